"""Texte de la circulaire fictive BTS Assurance, académie de Bordeaux, session 2029 (DOCX).
Piège principal : tableau pluriannuel 2026 | 2027 | 2028 | 2029 dont les cellules ne portent que « jj/mm »
(l'année n'est que dans l'en-tête de colonne) ; statistiques datées ; ancien centre d'oral en note."""

EN_TETE = ["Région académique Nouvelle-Aquitaine", "ACADÉMIE DE BORDEAUX",
           "Division des examens et concours – DEC 5 (BTS)"]
LIEU_DATE = "Bordeaux, le 8 février 2029"
DESTINATAIRES = ("La rectrice de l'académie de Bordeaux à Mesdames et Messieurs les chefs des établissements publics et "
                 "privés sous contrat, les directeurs de CFA et d'organismes de formation préparant au BTS Assurance")
OBJET = "Objet : BTS Assurance – calendrier et centres de la session 2029"
INTRO = ("Vous trouverez ci-dessous le calendrier de la session 2029. Pour répondre à la demande des équipes, le "
         "tableau rappelle aussi, à titre de comparaison, les dates retenues lors des trois sessions précédentes. "
         "Seule la colonne 2029, mise en valeur, s'applique à la présente session.")

T1 = "1. Calendrier comparé des sessions 2026 à 2029"
COL_ANNEES = ["2026", "2027", "2028", "2029"]
CAL_ENTETE = ["Épreuve / étape", "Horaire"] + COL_ANNEES
CAL = [
    ["Dépôt du dossier professionnel E6", "avant 17 h", "ven. 10/04", "ven. 16/04", "ven. 14/04", "ven. 13/04"],
    ["E3 – Culture économique, juridique et managériale (écrit)", "14 h – 18 h",
     "lun. 11/05", "lun. 10/05", "lun. 15/05", "lun. 14/05"],
    ["E1 – Culture générale et expression (écrit)", "14 h – 18 h", "mar. 12/05", "mar. 11/05", "mar. 16/05", "mar. 15/05"],
    ["E5 – Gestion des contrats et des sinistres (écrit)", "9 h – 13 h", "mer. 13/05", "mer. 12/05", "mer. 17/05", "mer. 16/05"],
    ["E2 – Langue vivante étrangère, E4 – Développement commercial et relation client, E6 – Dossier professionnel (oraux)",
     "selon convocation", "01/06 → 12/06", "31/05 → 11/06", "29/05 → 09/06", "28/05 → 08/06"],
    ["Jury de délibération", "14 h 30", "jeu. 02/07", "ven. 02/07", "jeu. 06/07", "lun. 02/07"],
    ["Publication des résultats", "10 h", "ven. 03/07", "lun. 05/07", "ven. 07/07", "mar. 03/07"],
]
CAL_NOTE = ("¹ En 2027 et 2028, les oraux étaient accueillis par le lycée Élie Faure de Lormont ; à compter de 2029, "
            "ils ont lieu au lycée Brémontier (voir point 3).")

T2 = "2. Précisions pour la session 2029"
PRECISIONS = [
    "Le dossier professionnel de l'épreuve E6 est déposé en deux exemplaires au secrétariat des examens du lycée "
    "Brémontier au plus tard le vendredi 13 avril 2029 à 17 h.",
    "La commission de contrôle de conformité des dossiers E6 se réunit le jeudi 19 avril 2029 à 9 h au lycée "
    "Brémontier ; les dossiers non conformes sont signalés aux établissements le jour même.",
    "Les épreuves écrites E3, E1 et E5 ont lieu respectivement les lundi 14, mardi 15 et mercredi 16 mai 2029.",
    "Les oraux E2, E4 et E6 se déroulent du lundi 28 mai au vendredi 8 juin 2029.",
    "L'épreuve facultative EF1 (langue vivante B) est organisée par les établissements de formation ; elle n'a pas "
    "de date académique.",
    "Le jury de délibération se réunit le lundi 2 juillet 2029 à 14 h 30 au rectorat de Bordeaux, 5 rue Joseph de "
    "Carayon-Latour, 33060 Bordeaux Cedex ; les résultats sont publiés le mardi 3 juillet 2029 à 10 h.",
]

T3 = "3. Centres d'épreuves 2029"
CENTRES = [
    ("Lycée Nicolas Brémontier", "152 cours de l'Yser", "33800 Bordeaux", "écrits, oraux, dépôt des dossiers E6"),
    ("Lycée Bernard Palissy", "164 boulevard de la Liberté", "47000 Agen", "écrits"),
    ("Lycée Saint-Cricq", "4 avenue des Étais", "64000 Pau", "écrits"),
]

T4 = "4. Données statistiques"
STATS_ENTETE = ["Session", "Inscrits", "Présents", "Admis", "Taux de réussite"]
STATS = [
    ["2026", "468", "441", "337", "76,4 %"],
    ["2027", "475", "452", "350", "77,4 %"],
    ["2028", "491", "466", "348", "74,7 %"],
]
STATS_NOTE = ("Effectifs de la session 2029 au 31 janvier 2029 : 512 inscrits. Les résultats de la session 2028 "
              "avaient été publiés le vendredi 7 juillet 2028.")
SIGNATURE = ["Pour la rectrice et par délégation,", "la cheffe de la division des examens et concours,",
             "Sandrine Etcheverry-Laborde"]
PIED = "Rectorat de Bordeaux – 5 rue Joseph de Carayon-Latour – CS 81499 – 33060 Bordeaux Cedex"
