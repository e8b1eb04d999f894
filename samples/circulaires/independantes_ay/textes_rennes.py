"""Circulaire BTS Comptabilité et gestion, académie de Rennes, session 2026 (fictive).
Rétroplanning en « J ± n » : J est donné une seule fois, au-dessus du tableau."""

EN_TETE = ["RÉGION ACADÉMIQUE BRETAGNE", "Académie de Rennes — Division des examens et concours (DEC 3)",
           "Bureau des BTS tertiaires"]
LIEU_DATE = "Rennes, le 2 février 2026"
DESTINATAIRES = ("Le recteur de la région académique Bretagne, recteur de l'académie de Rennes, à "
                 "Mesdames et Messieurs les chefs d'établissement centres d'examen ; "
                 "Mesdames et Messieurs les professeurs concernés (s/c des chefs d'établissement)")
AFFAIRE = "Affaire suivie par : Mme Gwenola Le Bihan — 02 23 21 70 00 — ce.dec3@ac-rennes.fr"
OBJET = ("Objet : BTS Comptabilité et gestion (CG) — session 2026 — organisation des épreuves "
         "et rétroplanning académique")
REFERENCES = [
    "Références : arrêté du 29 avril 2019 portant définition et fixant les conditions de délivrance du BTS "
    "« Comptabilité et gestion » ; note nationale d'organisation de la session 2026 du 27 novembre 2025.",
]
INTRO = [
    "La présente circulaire fixe l'organisation académique de la session 2026 du BTS Comptabilité et gestion. "
    "Afin de faciliter la préparation des centres, toutes les échéances sont exprimées par rapport à un jour de "
    "référence unique, noté J.",
    "J désigne le jour de la première épreuve écrite, soit le mardi 12 mai 2026. Les décalages « J + n » et "
    "« J − n » sont comptés en jours calendaires (samedis, dimanches et jours fériés compris). Les heures "
    "indiquées sont celles de Rennes.",
]
TITRE_TABLEAU = "1. Rétroplanning de la session"
# columns: Repère, Heure, Opération, Épreuve, Lieu, Date à reporter par le centre
ENTETES = ["Repère", "Heure", "Opération", "Épreuve", "Lieu", "Date à reporter\npar le centre"]
BLANC = "…… / …… / 2026"
LIGNES = [
    ["J − 21", "avant 12 h", "Dépôt des dossiers de parcours de professionnalisation (deux exemplaires)",
     "E6", "Lycée Bréquigny, Rennes (secrétariat BTS)", BLANC],
    ["J − 14", "14 h", "Commission de contrôle de conformité des dossiers", "E6", "Lycée Bréquigny, Rennes", BLANC],
    ["J", "14 h – 18 h", "Culture générale et expression (écrit, 4 h)", "E1", "Centres d'écrit (§ 2)", BLANC],
    ["J + 1", "9 h – 11 h", "Langue vivante étrangère : anglais (écrit, 2 h)", "E2", "Centres d'écrit (§ 2)", BLANC],
    ["J + 1", "14 h – 18 h", "Culture économique, juridique et managériale (écrit, 4 h)", "E4",
     "Centres d'écrit (§ 2)", BLANC],
    ["J + 2", "—", "Jour férié (Ascension) : aucune épreuve, centres fermés", "—", "—", "—"],
    ["J + 6", "9 h – 13 h 30", "Traitement et contrôle des opérations comptables, fiscales et sociales (écrit, 4 h 30)",
     "E5", "Centres d'écrit (§ 2)", BLANC],
    ["J + 6", "15 h – 17 h", "Mathématiques appliquées (écrit, 2 h)", "E3", "Centres d'écrit (§ 2)", BLANC],
    ["J + 7", "14 h", "Réunion d'entente des correcteurs", "E5", "Lycée Bréquigny, Rennes", BLANC],
    ["J + 8 à J + 15", "—", "Correction des copies (retour des lots le dernier jour avant 16 h)", "E5",
     "Lycée Bréquigny, Rennes", BLANC],
    ["J + 20 à J + 23", "8 h – 18 h", "Oraux : parcours de professionnalisation", "E6",
     "Lycée Bréquigny, Rennes", BLANC],
    ["J + 24", "selon convocation", "Épreuve facultative de langue vivante (oral)", "EF1", "Lycée Bréquigny, Rennes", BLANC],
    ["J + 30", "avant 18 h", "Saisie des notes d'oral dans l'application nationale", "—", "Centres d'oral", BLANC],
    ["J + 43", "9 h", "Délibération du jury", "—", "Rectorat de Rennes, 96 rue d'Antrain", BLANC],
]
NOTE_TABLEAU = ("Les résultats sont publiés le lendemain de la délibération du jury, à 10 h, sur le site de "
                "l'académie. Aucun résultat n'est communiqué par téléphone.")
TITRE_CENTRES = "2. Centres d'épreuves écrites"
CENTRES = [
    ("Lycée Bréquigny", "7 avenue Georges-Graff", "35205 Rennes CEDEX 2", "centre pilote, oraux E6 et EF1"),
    ("Lycée Dupuy-de-Lôme", "4 rue Jean-Le-Coutaller", "56100 Lorient", "écrits"),
    ("Lycée Ernest-Renan", "2 boulevard Hérault", "22000 Saint-Brieuc", "écrits"),
    ("Lycée de l'Harteloire", "1 rue du Guesclin", "29200 Brest", "écrits"),
]
SUITE = [
    ("3. Remarques", [
        "Le tableau ne comporte volontairement aucune date calendaire : la colonne « Date à reporter par le centre » "
        "est destinée à l'usage interne des centres, qui la complètent à partir du jour J.",
        "Les candidats relevant du contrôle en cours de formation ne passent pas l'épreuve E6 en forme ponctuelle ; "
        "leur dossier est néanmoins déposé dans les mêmes conditions.",
        "Les sujets de secours sont conservés dans le coffre du centre jusqu'au lendemain de la dernière épreuve écrite.",
    ]),
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours,", "Yann Kerdoncuff"]
