"""Textes de la circulaire fictive : BTS Professions immobilières (PI), académie de Nancy-Metz, session 2026.
Mise en page : lettre à deux colonnes (bandeau de service à gauche), dessinée directement avec reportlab."""

STEM = "circulaire_pi_2026_nancy-metz"

MARQUE = ["ACADÉMIE", "DE NANCY-METZ", "Liberté", "Égalité", "Fraternité"]
BANDEAU = [
    ("b", "Rectorat"),
    ("", "Division des examens et concours"),
    ("", "DEC 2 – Examens de l'enseignement supérieur"),
    ("", ""),
    ("b", "Affaire suivie par"),
    ("", "M. Laurent Hébert"),
    ("", "Tél. : 03 83 86 21 49"),
    ("", "Mél : ce.dec2@ac-nancy-metz.fr"),
    ("", ""),
    ("b", "Adresse postale"),
    ("", "2 rue Philippe de Gueldres"),
    ("", "CO n° 30013"),
    ("", "54035 Nancy Cedex"),
]
LIEU_DATE = "Nancy, le 26 janvier 2026"
DE_A = ["La rectrice de la région académique Grand Est, rectrice de l'académie de Nancy-Metz,",
        "à",
        "Mesdames et Messieurs les chefs d'établissement et directeurs de centres de formation préparant au BTS "
        "Professions immobilières"]
OBJET = "Objet : BTS Professions immobilières (PI) – session 2026 – calendrier et organisation"
REF = ("Réf. : arrêté du 23 juillet 2019 portant définition et fixant les conditions de délivrance du BTS "
       "« Professions immobilières » ; circulaire nationale d'organisation du 9 décembre 2025.")

T1 = "1. Épreuves écrites"
P1 = ("Les épreuves écrites ont lieu aux dates suivantes. Le jeudi 14 mai 2026 (Ascension) et le vendredi "
      "15 mai 2026 (pont) sont libérés.")
GRILLE_JOURS = ["", "lun. 11/05/26", "mar. 12/05/26", "mer. 13/05/26"]
GRILLE = [
    ["Matin", "—", "E2 – Anglais\n10h-12h", "—"],
    ["Après-midi", "E1 – Culture générale\net expression\n14h-18h", "E3 – CEJM\n14h-18h",
     "E4 – Conseil en ingénierie\nde l'immobilier\n13:30-17:30"],
]
P1B = "Centres d'épreuves écrites :"
CENTRES_ENTETE = ["Centre", "Adresse", "Ville"]
CENTRES = [
    ("Lycée Frédéric Chopin", "39 rue du Sergent Blandan – 54000", "Nancy"),
    ("Lycée Robert Schuman", "4 rue Monseigneur Pelt – BP 40025 – 57071 CEDEX 3", "Metz"),
    ("Lycée Pierre Mendès France", "2 rue du Haut des Étages – 88000", "Épinal"),
]

T2 = "2. Épreuve E5 – Techniques immobilières"
P2 = ("L'épreuve E5 comporte deux sous-épreuves orales : E51 – Transaction immobilière et E52 – Gestion "
      "immobilière. Elles prennent appui sur les dossiers professionnels des candidats.")
PUCES2 = [
    "Dépôt des dossiers professionnels : vendredi 27 mars 2026 à 16 h au lycée Frédéric Chopin, délai de rigueur.",
    "Contrôle de conformité des dossiers : mardi 31 mars 2026 à 9 h.",
    "Réunion d'entente des examinateurs : jeudi 28 mai 2026 à 14 h (visioconférence).",
]
P2B = ("Les sous-épreuves E51 et E52 se dérouleront au lycée Frédéric Chopin du lundi 1er au mercredi 3 juin, "
       "du lundi 8 au mercredi 10 juin et du lundi 15 au vendredi 19 juin 2026.")

T3 = "3. Autres épreuves"
P3 = ("E6 – Communication professionnelle en français et en langue étrangère : évaluation en contrôle en cours "
      "de formation ; les notes sont à saisir dans Cyclades au plus tard le 05/06/2026.")
P3B = "EF1 – Langue vivante facultative : 18-05-2026, de 8 h à 12 h, au lycée Frédéric Chopin."

T4 = "4. Délibérations"
P4 = ("Le jury se réunira le mercredi 1er juillet 2026 à 9 h 30 au rectorat. Les résultats seront publiés le "
      "vendredi 3 juillet 2026 à partir de 10 h. Aucune convocation ne sera émise pendant les vacances de "
      "printemps, du samedi 11 avril au lundi 27 avril 2026.")

SIGNATURE = ["Pour la rectrice et par délégation,", "La cheffe de la division des examens et concours",
             "Nathalie Colin"]
PIED = "Rectorat de l'académie de Nancy-Metz – 2 rue Philippe de Gueldres – CO n° 30013 – 54035 Nancy Cedex"
