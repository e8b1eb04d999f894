"""Texte de la circulaire fictive : BTS Management commercial opérationnel, académie de Nantes, session 2027."""

ENTETE = [("ACADÉMIE DE NANTES", "Division des examens et concours"),
          ("Liberté – Égalité – Fraternité", "Bureau DEC 3 – BTS"),
          ("", "Affaire suivie par : Maël Guérin"),
          ("", "Tél. 02 40 37 38 12 – ce.dec3@ac-nantes.fr")]
PIED = "Rectorat de l'académie de Nantes – 4 rue de la Houssinière – BP 72616 – 44326 Nantes Cedex 3"
LIEU_DATE = "Nantes, le 3 février 2027"
DESTINATAIRES = ("Le recteur de l'académie de Nantes\nà\nMesdames et Messieurs les chefs d'établissement\n"
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = "BTS Management commercial opérationnel (MCO) – session 2027 – organisation des épreuves"
REFERENCES = ["arrêté du 15 mai 2018 portant définition et fixant les conditions de délivrance du BTS MCO ;",
              "circulaire nationale d'organisation du 14 décembre 2026."]
INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2027 du BTS MCO "
         "dans l'académie de Nantes. Les horaires indiqués sont ceux de la métropole.")

T1 = "I. ÉPREUVES ÉCRITES"
ECRITS = [
    ("Mardi 11 mai 2027", ["E3 – Culture économique, juridique et managériale : de 14 h à 18 h"]),
    ("Mercredi 12 mai 2027", ["E2 – Communication en langue vivante étrangère (partie écrite) : de 10 h à 12 h",
                              "E1 – Culture générale et expression : de 14 h à 18 h"]),
    ("Jeudi 13 mai 2027", ["E5 – Gestion opérationnelle : de 14 h à 17 h"]),
    ("Vendredi 14 mai 2027", ["E6 – Management de l'équipe commerciale : de 14 h à 16 h 30"]),
]
NUMERISATION = ("Les copies sont numérisées dans chaque centre d'épreuves, le soir même ou le lendemain matin, "
                "du mardi 11 au vendredi 14 mai 2027. Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 "
                "(lundi de Pentecôte) sont fériés.")

T2 = "II. ÉPREUVES ORALES"
ORAUX = [
    "Les candidats non évalués en CCF passent l'épreuve E41 – Développement de la relation client et vente "
    "conseil du mardi 18 au jeudi 20 mai, du lundi 24 au mercredi 26 mai et du mardi 1er au vendredi 4 juin "
    "2027, dans le centre indiqué sur leur convocation.",
    "L'épreuve E42 – Animation et dynamisation de l'offre commerciale se déroule du lundi 7 au jeudi "
    "10 juin 2027.",
    "Épreuves facultatives : EF1 – Langue vivante étrangère 2, le mercredi 2 juin 2027 ; EF3 – "
    "Entrepreneuriat, le vendredi 11 juin 2027.",
]

T3 = "III. CALENDRIER ADMINISTRATIF"
COL_ADMIN = ["Opération", "Date", "Heure", "Lieu"]
ADMIN = [
    ("Dépôt des dossiers E41 et E42 (candidats hors CCF)", "vendredi 9 avril 2027", "16 h",
     "Centre d'épreuves"),
    ("Dossier EF3 à transmettre au centre d'épreuves", "vendredi 16 avril 2027", "—", "Centre d'épreuves"),
    ("Contrôle de conformité des dossiers E41 et E42", "mercredi 5 mai 2027", "14 h", "Chaque centre"),
    ("Réunion d'entente des examinateurs E41 et E42", "vendredi 14 mai 2027", "9 h 30",
     "Lycée Guist'hau, Nantes"),
    ("Saisie des notes de CCF (E41, E42) dans Cyclades", "vendredi 28 mai 2027", "—", "—"),
    ("Jury de délibération", "jeudi 24 juin 2027", "9 h", "Rectorat de Nantes"),
    ("Publication des résultats", "jeudi 1er juillet 2027", "10 h", "Site académique"),
]
VACANCES = ("Vacances de printemps (zone B) : du samedi 17 avril au lundi 3 mai 2027. Aucun dépôt n'est "
            "accepté pendant cette période.")

T4 = "IV. CENTRES D'ÉPREUVES"
COL_CENTRES = ["Centre d'épreuves", "Épreuves"]
CENTRES = [
    (["Lycée Gabriel Guist'hau", "3 rue Marie-Anne du Boccage", "BP 44105", "44041 NANTES CEDEX 1"],
     "Écrits, E41, E42, EF1"),
    (["Lycée Pierre Mendès-France", "Boulevard Arago", "BP 619", "85021 LA ROCHE-SUR-YON CEDEX"], "Écrits, E41"),
    (["Lycée Touchard-Washington", "8 place Washington", "72002 LE MANS CEDEX 1"], "Écrits, E41, E42"),
    (["Lycée Sadi Carnot – Jean Bertin", "25 rue Marceau", "49400 SAUMUR"], "Écrits, EF3"),
]

T5 = "V. ÉTABLISSEMENTS DE FORMATION"
FORMATION_INTRO = ("Pour information, les établissements suivants présentent des candidats ; ils ne sont pas "
                   "centres d'épreuves et ne reçoivent aucun candidat le jour des épreuves :")
FORMATION = ["CFA de la CCI Nantes – Saint-Nazaire (Saint-Nazaire)",
             "Lycée Saint-Félix – La Salle (Nantes)",
             "Lycée Notre-Dame du Roc (La Roche-sur-Yon)",
             "Institut de formation commerciale de l'Anjou (Cholet)"]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours", "",
             "Yann-Erwan Bouvier"]
ANNEXE = "Fait à ………………………, le …/…/20…        Cachet et signature du chef de centre"
