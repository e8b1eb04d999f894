"""Texte de la circulaire fictive BTS Comptabilité et gestion, académie de Lyon, session 2028 (DOCX + PDF)."""

EMETTEUR = ["RÉGION ACADÉMIQUE AUVERGNE-RHÔNE-ALPES", "ACADÉMIE DE LYON",
            "Division des examens et concours – DEC 5 Examens de l'enseignement supérieur"]
LIEU_DATE = "Lyon, le 8 février 2028"
DESTINATAIRES = ("Mesdames et Messieurs les chefs d'établissement, directeurs de CFA et responsables d'organismes de "
                 "formation préparant au BTS Comptabilité et gestion")
OBJET = "Objet : BTS Comptabilité et gestion (CG) – session 2028 – circulaire d'organisation"
REFS = ("Références : arrêté du 22 novembre 2019 portant définition et fixant les conditions de délivrance du BTS "
        "« Comptabilité et gestion » ; note nationale de calendrier du 16 novembre 2027.")
INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2028 du BTS Comptabilité et "
         "gestion. Le calendrier des épreuves écrites ci-dessous est celui de l'ensemble des BTS tertiaires de "
         "l'académie : la dernière colonne indique, pour chaque ligne, les spécialités convoquées. Seules les lignes "
         "où figure le BTS CG, explicitement ou parce qu'il n'est pas exclu d'une épreuve « tous BTS sauf … », "
         "concernent vos candidats.")
T1 = "I – Calendrier des épreuves écrites des BTS tertiaires (académie de Lyon)"
CAL_ENTETE = ["Date", "Horaires", "Épreuve", "BTS concernés"]
CAL = [
    ["lundi 15 mai 2028", "14 h – 18 h", "E1 – Culture générale et expression", "Tous les BTS"],
    ["mardi 16 mai 2028", "10 h – 12 h", "E2 – Langue vivante A (anglais) – écrit",
     "Tous les BTS tertiaires sauf GPME, MCO, NDRC et SAM"],
    ["mardi 16 mai 2028", "14 h – 18 h", "E3 – Culture économique, juridique et managériale\n(E4 pour le BTS CG)",
     "Assurance, Banque, CG, CI, Communication, GPME, MCO, NDRC, PI"],
    ["mercredi 17 mai 2028", "9 h – 13 h 30", "E5 – Traitement et contrôle des opérations comptables, fiscales et sociales",
     "CG"],
    ["mercredi 17 mai 2028", "14 h – 17 h", "E5 – Gestion opérationnelle", "MCO"],
    ["jeudi 18 mai 2028", "10 h – 12 h", "E3 – Mathématiques appliquées", "CG"],
    ["jeudi 18 mai 2028", "14 h – 17 h", "E4 – Développement et suivi de l'activité commerciale", "Banque"],
    ["vendredi 19 mai 2028", "9 h – 13 h 30", "E6 – Soutenir le fonctionnement et le développement de la PME", "GPME"],
    ["lundi 22 mai 2028", "14 h – 18 h", "E3 – Culture économique, juridique et managériale appliquée", "SAM, Tourisme"],
    ["mardi 23 mai 2028", "9 h – 12 h", "E5 – Relation client à distance et digitalisation (écrit)", "NDRC"],
    ["mardi 23 mai 2028", "14 h – 16 h", "E22 – Langue vivante B – écrit", "Tous les BTS tertiaires sauf CG"],
]
CAL_NOTE = ("Jeudi 25 mai 2028 (Ascension) et lundi 5 juin 2028 (lundi de Pentecôte) : jours fériés. Les candidats "
            "composant dans une académie d'outre-mer relèvent des horaires fixés par leur académie.")
T2 = "II – Épreuve E6 – Situations de contrôle de gestion et d'analyse financière"
E6 = [
    "Les candidats relevant du contrôle en cours de formation sont évalués dans leur établissement. Les notes de CCF "
    "de l'épreuve E6 sont saisies dans l'application nationale au plus tard le vendredi 9 juin 2028.",
    "Pour les candidats évalués en forme ponctuelle, le dossier (fiches descriptives des situations professionnelles "
    "et attestations de stage) est adressé au lycée Joseph-Marie Jacquard (Villeurbanne) au plus tard le vendredi "
    "7 avril 2028 à 16 h. La commission de contrôle de conformité s'y réunit le mercredi 26 avril 2028 à 14 h.",
    "Les interrogations orales ont lieu du mardi 30 mai au vendredi 2 juin 2028 au lycée Joseph-Marie Jacquard "
    "(Villeurbanne), au lycée Amédée Bonnet (Bourg-en-Bresse) et au lycée Jean Puy (Roanne), selon le département "
    "de l'établissement de formation du candidat.",
]
T3 = "III – Numérisation et correction des copies (E4 et E5)"
CORR = [
    "Les copies des épreuves E4 et E5 sont acheminées au lycée Claudine Thévenet (Lyon), où elles sont numérisées "
    "du jeudi 18 au vendredi 19 mai 2028.",
    "La réunion d'harmonisation des correcteurs de l'épreuve E5 se tient le mercredi 24 mai 2028 à 9 h 30 au lycée "
    "Claudine Thévenet. La correction dématérialisée de l'E5 se déroule du mercredi 24 au mercredi 31 mai 2028.",
]
T4 = "IV – Épreuve facultative et délibération"
FIN = [
    "EF1 – Langue vivante facultative (oral) : jeudi 1er juin 2028 à 14 h, au lycée Claudine Thévenet (Lyon).",
    "Jury de délibération : mardi 4 juillet 2028 à 14 h, au lycée Claudine Thévenet. Publication des résultats : "
    "mercredi 5 juillet 2028 à 10 h.",
]
T5 = "V – Centres d'examen"
CENTRES_ENTETE = ["Établissement", "Adresse", "Rôle"]
CENTRES = [
    ["Lycée Claudine Thévenet", "18 rue des Chartreux\n69001 Lyon", "numérisation, correction E5, EF1, jury"],
    ["Lycée Joseph-Marie Jacquard", "7 rue du Canal\n69100 Villeurbanne", "dépôt des dossiers E6, conformité, oraux E6"],
    ["Lycée Amédée Bonnet", "2 avenue de Jasseron\n01000 Bourg-en-Bresse", "oraux E6 (candidats de l'Ain)"],
    ["Lycée Jean Puy", "9 rue Jean Puy\n42300 Roanne", "oraux E6 (candidats de la Loire)"],
]
FORMATION = ("Rappel : la liste des établissements habilités au CCF (notamment le lycée Saint-Louis – Saint-Étienne et le "
             "lycée du Parc de la Tête d'Or – Lyon) figure en annexe de l'arrêté rectoral d'habilitation ; ces "
             "établissements ne sont pas centres d'épreuves ponctuelles.")
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours,", "Mathieu Carrel"]
PIED = "Rectorat de Lyon – 92 rue de Marseille – BP 7227 – 69354 Lyon Cedex 07"
