"""Texte de la circulaire fictive BTS Gestion de la PME, académie de Besançon, session 2026."""

EN_TETE = ["RÉGION ACADÉMIQUE BOURGOGNE-FRANCHE-COMTÉ", "ACADÉMIE DE BESANÇON",
           "Division des examens et concours – Pôle BTS"]
REF_DOSSIER = "DEC/BTS/2026-014"
LIEU_DATE = "Besançon, le 3 février 2026"
OBJET = "Circulaire d'organisation – BTS Gestion de la PME (GPME) – Session 2026"
REFERENCES = ("Références : arrêté du 23 mai 2018 portant définition et fixant les conditions de délivrance du BTS "
              "Gestion de la PME ; note de service nationale du 18 décembre 2025.")
INTRO = [
    "Le tableau ci-dessous récapitule, semaine par semaine, les opérations de la session 2026. Les numéros de "
    "semaine (S14, S20…) correspondent au calendrier scolaire affiché dans les établissements.",
    "Les épreuves en contrôle en cours de formation (CCF), notamment E2 – Communication en langue vivante "
    "étrangère, sont organisées par les établissements habilités et ne figurent pas dans ce tableau.",
]
H_TABLEAU = "Calendrier de la session 2026"
ENTETE = ["Sem.", "Date(s)\net horaires", "Opération / épreuve", "Lieu(x)"]
# la 4e colonne : soit du texte, soit une liste de (centre, ville) -> tableau imbriqué
LIGNES = [
    ["S14", "jeudi 2 avril\navant 17h00",
     "Dépôt des dossiers professionnels E4 et E5\n(candidats en forme ponctuelle)",
     "Lycée Jean-Vuillemin, Besançon\n(secrétariat BTS)"],
    ["S16", "mardi 14 avril\n9h00-12h00", "Contrôle de conformité des dossiers E4 et E5",
     "Lycée Jean-Vuillemin, Besançon"],
    ["S20", "lundi 11 mai\n8h30-12h30\n14h00-18h00",
     "E1 – Culture générale et expression\nE3 – Culture économique, juridique et managériale",
     [("Lycée Jean-Vuillemin", "Besançon"), ("Lycée Marcel-Aymé", "Dole"), ("Lycée Édouard-Belin", "Vesoul")]],
    ["S20", "mardi 12 mai\n9h00-13h30",
     "E6 – Soutenir le fonctionnement et le\ndéveloppement de la PME (écrit, 4 h 30)",
     [("Lycée Jean-Vuillemin", "Besançon"), ("Lycée Marcel-Aymé", "Dole"), ("Lycée Édouard-Belin", "Vesoul")]],
    ["S20", "mercredi 13 mai\n14h00-16h00", "EF1 – Langue vivante facultative (écrit)",
     "Lycée Jean-Vuillemin, Besançon"],
    ["S21", "mercredi 20 mai\n14h00", "Réunion d'entente E6 et remise des copies aux correcteurs",
     "Lycée Jean-Vuillemin, Besançon\nsalle polyvalente"],
    ["S21-S23", "du jeudi 21 mai\nau mercredi 3 juin", "Correction des copies E6 (à domicile)", "—"],
    ["S22", "du mardi 26 mai\nau vendredi 29 mai", "E4 – Gérer la relation avec les clients\net les fournisseurs de la PME (oral)",
     [("Lycée Jean-Vuillemin", "Besançon"), ("Lycée Denfert-Rochereau", "Belfort")]],
    ["S23", "du lundi 1er juin\nau jeudi 4 juin", "E5 – Participer à la gestion des risques\nde la PME (oral)",
     [("Lycée Marcel-Aymé", "Dole"), ("Lycée Denfert-Rochereau", "Belfort")]],
    ["S23", "vendredi 5 juin\navant 12h00", "Saisie des notes de CCF dans Cyclades (E2, E4, E5)",
     "établissements de formation"],
    ["S26", "jeudi 25 juin\n9h30", "Jury de délibération", "Lycée Jean-Vuillemin, Besançon"],
    ["S27", "mercredi 1er juillet\nà partir de 10h00", "Publication des résultats", "site internet académique"],
]
APRES_TABLEAU = [
    "Le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) sont fériés. Les vacances de "
    "printemps de la zone A s'achèvent le lundi 20 avril 2026 au matin.",
    "Les sujets sont retirés par les chefs de centre au rectorat de Besançon selon les modalités habituelles.",
]
H_ADRESSES = "Adresses des centres"
ADRESSES = [
    "Lycée Jean-Vuillemin – 9 rue de Vesoul – 25000 Besançon",
    "Lycée Marcel-Aymé – 3 avenue de Lahr – 39100 Dole",
    "Lycée Édouard-Belin – 18 rue Édouard-Belin – 70000 Vesoul",
    "Lycée Denfert-Rochereau – 12 rue de Mulhouse – 90000 Belfort",
]
H_DIVERS = "Consignes diverses"
DIVERS = [
    "Les candidats individuels apportent deux exemplaires de leur dossier professionnel ; l'absence de dossier "
    "entraîne la note zéro à l'épreuve concernée.",
    "Les établissements de formation (lycée privé Sainte-Ursule de Besançon, lycée Les Haberges de Vesoul, CFA "
    "Hilaire-de-Chardonnet) transmettent la liste de leurs candidats au pôle BTS.",
]
ATTENTION = ("Attention : modification. À la suite de la rectification du calendrier national, l'épreuve E6 initialement "
             "prévue le mardi 12 mai se déroulera le mercredi 13 mai 2026, aux mêmes horaires (9h00-13h30) et dans les "
             "mêmes centres. Les autres dates du tableau sont inchangées.")
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours",
             "Hervé Grandjean"]
