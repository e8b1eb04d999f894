"""Note d'information d'un lycée à ses étudiants (BTS CG, académie d'Orléans-Tours, session 2025), avec frise
« officiel / interne » et reproduction de l'annexe de la circulaire rectorale. Texte inventé."""

EN_TETE = ["LYCÉE GRANDMONT", "Sections de techniciens supérieurs tertiaires",
           "avenue de Sévigné – 37200 Tours", "Tél. 02 47 00 58 12"]
LIEU_DATE = "Tours, le 6 mars 2025"
TITRE = "NOTE D'INFORMATION N° 14 – Étudiants de BTS CG, 2e année"
OBJET = "Objet : session 2025 du BTS Comptabilité et gestion – ce qui est officiel, ce qui est interne"
CORPS = [
    "La circulaire d'organisation de l'académie d'Orléans-Tours (rectorat, Division des examens et concours, "
    "circulaire du 20 février 2025) fixe les dates de la session 2025. Son annexe 2 est reproduite en page 3 "
    "de cette note.",
    "La page 2 présente sur une même frise les échéances officielles (au-dessus de l'axe) et les étapes "
    "internes du lycée (au-dessous de l'axe). Seules les premières figurent sur les convocations ; les "
    "secondes nous permettent de préparer les dossiers et de vous entraîner.",
    "Le lycée Grandmont n'est pas centre d'examen pour le BTS CG en 2025 : les épreuves écrites ont lieu au "
    "lycée Vaucanson de Tours et l'oral E6 au lycée Benjamin-Franklin d'Orléans.",
    "L'épreuve E1 comporte deux sous-épreuves : E11 (culture générale et expression, écrite) et E12 "
    "(anglais, orale). E12 et l'épreuve E2 (mathématiques appliquées) sont évaluées en CCF au lycée : "
    "vos professeurs vous communiqueront les dates des situations d'évaluation.",
    "Le passeport professionnel E6 doit être remis à votre professeur référent le vendredi 21 mars 2025 "
    "au plus tard. Le lycée vérifie chaque passeport puis le transmet au centre d'interrogation avant la "
    "date limite fixée par le rectorat.",
    "Pour information, la cérémonie de remise des diplômes aura lieu au lycée le vendredi 14 novembre 2025.",
]
SIGNATURE = ["Le proviseur adjoint chargé du post-bac,", "Olivier Bernardeau"]
PIED = "Lycée Grandmont – note d'information n° 14"

FRISE_TITRE = "Frise de fin d'année – BTS CG 2025"
FRISE_LEGENDE = "▲ au-dessus : RECTORAT (dates officielles)      ▼ au-dessous : LYCÉE (dates internes)"
# (ISO date, level, lines) ; level > 0 above the axis (official), < 0 below (internal)
OFFICIEL = [
    ("2025-04-07", 2, ["lundi 7 avril 2025, 12 h", "Dépôt des dossiers E6", "au centre (par le lycée)"]),
    ("2025-04-22", 1, ["mardi 22 avril 2025, 14 h", "Contrôle de conformité E6"]),
    ("2025-05-12", 4, ["lundi 12 mai 2025", "E11 – 14 h à 17 h"]),
    ("2025-05-13", 3, ["mardi 13 mai 2025", "E4 – 13 h 30 à 18 h"]),
    ("2025-05-14", 2, ["mercredi 14 mai 2025", "E3 – 14 h à 18 h"]),
    ("2025-05-15", 1, ["jeudi 15 mai 2025", "E5 – 14 h à 18 h"]),
    ("2025-05-19", 5, ["lundi 19 mai 2025, 9 h", "Entente des correcteurs E4"]),
    ("2025-06-03", 3, ["du 3 au 6 juin 2025", "Oral E6 (Benjamin-Franklin)"]),
    ("2025-06-26", 1, ["jeudi 26 juin 2025, 9 h", "Jury de délibération"]),
    ("2025-07-02", 4, ["mercredi 2 juillet 2025, 10 h", "Résultats"]),
]
INTERNE = [
    ("2025-03-21", -1, ["vendredi 21 mars 2025", "Passeport E6 au professeur référent"]),
    ("2025-03-24", -3, ["du 24 au 27 mars 2025", "BTS blanc"]),
    ("2025-04-02", -2, ["mercredi 2 avril 2025", "Oral blanc E6"]),
    ("2025-05-20", -2, ["mardi 20 mai 2025, 17 h 30", "Conseil de classe"]),
    ("2025-05-23", -4, ["vendredi 23 mai 2025", "Fin des cours BTS 2"]),
]
FRISE_NOTE = ("Les jours fériés (lundi 21 avril, jeudi 1er mai, jeudi 8 mai, jeudi 29 mai et lundi 9 juin 2025) "
              "ne sont pas représentés.")

REPRO_TITRE = "Reproduction – annexe 2 de la circulaire rectorale du 20 février 2025"
R_ENTETE = ["ACADÉMIE D'ORLÉANS-TOURS", "Rectorat – Division des examens et concours – DEC 3"]
R_DATE = "Orléans, le 20 février 2025"
R_TITRE = "Annexe 2 – Calendrier de la session 2025 – BTS Comptabilité et gestion"
R_COLS = ["Épreuve", "Intitulé", "Date", "Horaire", "Centre"]
R_LIGNES = [
    ("E11", "Culture générale et expression", "lundi 12 mai 2025", "14 h 00 – 17 h 00", "Lycée Vaucanson, Tours"),
    ("E12", "Anglais (oral)", "CCF ou ponctuel : annexe 4", "—", "—"),
    ("E2", "Mathématiques appliquées", "CCF", "—", "—"),
    ("E4", "Traitement et contrôle des opérations\ncomptables, fiscales et sociales", "mardi 13 mai 2025",
     "13 h 30 – 18 h 00", "Lycée Vaucanson, Tours"),
    ("E3", "Culture économique, juridique\net managériale", "mercredi 14 mai 2025", "14 h 00 – 18 h 00",
     "Lycée Vaucanson, Tours"),
    ("E5", "Situations de contrôle de gestion\net d'analyse financière", "jeudi 15 mai 2025", "14 h 00 – 18 h 00",
     "Lycée Vaucanson, Tours"),
    ("E6", "Parcours de professionnalisation (oral)", "du mardi 3 au\nvendredi 6 juin 2025", "sur convocation",
     "Lycée Benjamin-Franklin,\nOrléans"),
]
R_TEXTE = [
    "Dossiers E6 : transmission par l'établissement de formation au centre d'interrogation au plus tard le "
    "lundi 7 avril 2025 à 12 h 00.",
    "Contrôle de conformité des dossiers E6 : mardi 22 avril 2025 à 14 h 00, lycée Benjamin-Franklin.",
    "Réunion d'entente et d'harmonisation des correcteurs de l'épreuve E4 : lundi 19 mai 2025 à 9 h 00, "
    "lycée Vaucanson.",
    "Jury de délibération : jeudi 26 juin 2025 à 9 h 00, au rectorat (Orléans). Publication des résultats : "
    "mercredi 2 juillet 2025 à 10 h 00.",
]
R_PIED = "Rectorat de l'académie d'Orléans-Tours – 21 rue Saint-Étienne – 45043 Orléans cedex 1 – page 7/12"
