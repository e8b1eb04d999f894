"""Texte de la circulaire fictive BTS SAM, académie de Créteil, session 2028 (DOCX).

Les dates marquées [[CC:iso|texte]] sont écrites dans des contrôles de contenu Word (sélecteur de date),
[[CCVIDE]] est un contrôle de date laissé vide (texte indicatif), [[CHAMP:instruction|résultat]] est un
champ Word dont le résultat affiché est le texte.
"""

STEM = "circulaire_sam_2028_creteil"

EN_TETE = "Académie de Créteil – Division des examens et concours – DEC 5"
PIED = "Circulaire BTS SAM – session 2028"

LETTERHEAD_G = ["ACADÉMIE DE CRÉTEIL", "Liberté Égalité Fraternité", "",
                "Division des examens et concours", "Bureau DEC 5 – BTS",
                "4 rue Georges Enesco", "94010 Créteil Cedex", "",
                "Affaire suivie par : Mme Nadia Ferhat", "ce.dec5@ac-creteil.fr"]
LETTERHEAD_D = ["Créteil, le [[CC:2028-01-24|24 janvier 2028]]", "",
                "Le recteur de l'académie de Créteil", "", "à", "",
                "Mesdames et Messieurs les proviseurs des lycées publics et privés",
                "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation"]

OBJET = "Objet : BTS Support à l'action managériale (SAM) – organisation de la session 2028"
REFS = ("Référence : arrêté du 8 octobre 2018 portant définition et fixant les conditions de délivrance "
        "du BTS « Support à l'action managériale ».")
INTRO = ("La présente circulaire fixe le calendrier académique de la session 2028. Les dates ci-dessous "
         "s'imposent à tous les centres d'épreuves de l'académie.")

T_ECRITS = "ÉPREUVES ÉCRITES"
ENTETE_ECRITS = ["Épreuve", "Date", "Début", "Fin", "Durée"]
LIGNES_ECRITS = [
    ("E3 – Culture économique, juridique et managériale", "[[CC:2028-05-09|mardi 9 mai 2028]]", "14:00", "18:00", "4 h"),
    ("E1 – Culture générale et expression", "[[CC:2028-05-10|mercredi 10 mai 2028]]", "14:00", "18:00", "4 h"),
    ("E21 – Langue vivante étrangère A (écrit)", "[[CC:2028-05-11|jeudi 11 mai 2028]]", "10:00", "12:00", "2 h"),
    ("E6 – Collaboration à la gestion des ressources humaines", "[[CC:2028-05-12|vendredi 12 mai 2028]]", "13:30", "17:30", "4 h"),
]
NOTE_ECRITS = ("Le lundi 8 mai 2028 est férié. L'épreuve E2 – Expression et culture en langues vivantes "
               "étrangères comprend une sous-épreuve écrite (E21) et une sous-épreuve orale (E22).")

T_CENTRES = "CENTRES D'ÉPREUVES ÉCRITES"
CENTRES = [
    ["Lycée Gutenberg", "16 rue de Saussure", "94000 Créteil"],
    ["Lycée Paul Éluard", "15 avenue Jean Moulin", "93200 Saint-Denis"],
    ["Lycée Uruguay France", "1 avenue des Marronniers", "77210 Avon"],
]

T_ORAUX = "ÉPREUVES ORALES"
ENTETE_ORAUX = ["Épreuve", "Du", "Au", "Lieu"]
LIGNES_ORAUX = [
    ("E22 – Langue vivante étrangère B (oral)", "[[CC:2028-05-29|lundi 29 mai 2028]]", "[[CC:2028-05-31|mercredi 31 mai 2028]]", "Lycée Paul Éluard"),
    ("E4 – Optimisation des processus administratifs", "[[CC:2028-05-30|mardi 30 mai 2028]]", "[[CC:2028-06-02|vendredi 2 juin 2028]]", "Lycée Gutenberg"),
    ("E5 – Gestion de projet", "[[CC:2028-06-06|mardi 6 juin 2028]]", "[[CC:2028-06-09|vendredi 9 juin 2028]]", "Lycée Gutenberg"),
]
TEXTE_ORAUX = ["Le lundi 5 juin 2028 (lundi de Pentecôte) est férié : aucune interrogation n'est prévue ce jour.",
               "L'épreuve facultative EF1 – Langue vivante C se déroule le [[CC:2028-06-07|mercredi 7 juin 2028]] au lycée Uruguay France."]

T_DOSSIERS = "DOSSIERS PROFESSIONNELS"
TEXTE_DOSSIERS = [
    "Les dossiers des épreuves E4 et E5 sont à déposer sur la plateforme académique au plus tard le "
    "[[CC:2028-04-07|vendredi 7 avril 2028]] à 12 h.",
    "Le contrôle de conformité des dossiers E4 et E5 sera effectué le [[CC:2028-04-13|jeudi 13 avril 2028]] à 9 h 30 "
    "au lycée Gutenberg.",
]

T_FIN = "CALENDRIER DE FIN DE SESSION"
TEXTE_FIN = [
    "Réunion d'entente des correcteurs de l'épreuve E6 : [[CC:2028-05-16|mardi 16 mai 2028]] à 14 h, lycée Gutenberg.",
    "Jury de délibération : [[CHAMP:DOCPROPERTY DateJury \\@ \"dddd d MMMM yyyy\"|mardi 27 juin 2028]] à 10 h, rectorat de Créteil.",
    "Publication des résultats : [[CHAMP:DOCPROPERTY DateResultats|vendredi 30 juin 2028]] à 17 h.",
]

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours",
             "", "Claire Montaubert"]
COUPON = ["Accusé de réception – à retourner au bureau DEC 5",
          "Nom de l'établissement : ....................................................",
          "Date : [[CCVIDE]]        Signature du chef d'établissement :"]
