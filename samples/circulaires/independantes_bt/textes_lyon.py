"""BTS Électrotechnique, académie de Lyon, session 2027: Thunderbird .ics export + DOCX letter. All invented."""
MONPLAISIR = "Lycée La Martinière Monplaisir, 41 rue Antoine Lumière, 69008 Lyon"
MIMARD = "Lycée Étienne Mimard, 32 rue Étienne Mimard, 42000 Saint-Étienne"
SEMBAT = "Lycée Marcel Sembat, 20 boulevard Marcel Sembat, 69200 Vénissieux"
ARMAND = "Lycée Louis Armand, 228 rue Jean-Baptiste Martini, 69400 Villefranche-sur-Saône"
RECTORAT = "Rectorat de Lyon, 92 rue de Marseille, 69007 Lyon"
ECRITS = "Lycée La Martinière Monplaisir (Lyon) ; candidats de la Loire : Lycée Étienne Mimard (Saint-Étienne)"

CALNAME = "BTS Électrotechnique – session 2027 – académie de Lyon"
CALDESC = ("Calendrier de la session 2027 du BTS Électrotechnique, annexe à la circulaire rectorale DEC 2 "
           "du 14 janvier 2027. Heures exprimées en heure de Paris. À importer dans Outlook, Thunderbird "
           "ou l'agenda de l'ENT.")

# local times (Europe/Paris); allday = (first day, exclusive end) as written in the .ics
EVENTS = [
    dict(uid="et2027-depot-e5e6", allday=("2027-04-16", "2027-04-17"),
         summary="Date limite de dépôt des dossiers E5 (projet) et des rapports de stage E6",
         loc=MONPLAISIR, alarm="-P3D",
         desc="Dépôt au secrétariat des examens du lycée La Martinière Monplaisir, avant 17 h 00, contre "
              "récépissé. Aucun envoi par courriel, aucune clé USB : dossier papier en deux exemplaires, "
              "fiche de conformité signée par le professeur, tampon de l'établissement."),
    dict(uid="et2027-conformite", start="2027-04-21T14:00", end="2027-04-21T17:00", rrule="FREQ=WEEKLY;COUNT=2",
         summary="Commission de contrôle de conformité E5 / E6", loc=MONPLAISIR,
         desc="Contrôle de conformité des dossiers E5 et des rapports E6 ; deux séances, les mercredis 21 et 28 "
              "avril 2027, de 14 h à 17 h. Les professeurs d'enseignement professionnel désignés y assistent."),
    dict(uid="et2027-e1", start="2027-05-10T14:00", end="2027-05-10T18:00",
         summary="E1 – Culture générale et expression (écrit, 4 h)", loc=ECRITS,
         desc="Accueil des candidats à 13 h 30, pièce d'identité et convocation obligatoires."),
    dict(uid="et2027-e2", start="2027-05-11T10:00", end="2027-05-11T12:00",
         summary="E2 – Langue vivante étrangère : anglais (écrit, 2 h)", loc=ECRITS, desc="Dictionnaire non autorisé."),
    dict(uid="et2027-e31", start="2027-05-11T14:00", end="2027-05-11T16:00",
         summary="E31 – Mathématiques (écrit, 2 h)", loc=ECRITS, desc="Calculatrice en mode examen autorisée."),
    dict(uid="et2027-e32", start="2027-05-12T10:00", end="2027-05-12T12:00",
         summary="E32 – Physique-chimie (écrit, 2 h)", loc=ECRITS, desc="Calculatrice en mode examen autorisée."),
    dict(uid="et2027-e41", start="2027-05-12T14:00", end="2027-05-12T18:00",
         summary="E41 – Étude d'un système technique industriel : pré-étude et modélisation (écrit, 4 h)",
         loc=ECRITS, desc="Dossier technique et dossier réponse fournis par le centre."),
    dict(uid="et2027-e42", start="2027-05-13T08:00", end="2027-05-13T14:00",
         summary="E42 – Étude d'un système technique industriel : conception et industrialisation (écrit, 6 h)",
         loc=ECRITS, desc="Épreuve de 6 h ; les candidats peuvent se restaurer en salle."),
    dict(uid="et2027-entente-0519", start="2027-05-19T09:00", end="2027-05-19T12:00", status="CANCELLED",
         summary="ANNULÉ : Réunion d'entente E41 / E42", loc=MONPLAISIR,
         desc="Événement annulé ; voir la réunion du lendemain."),
    dict(uid="et2027-entente", start="2027-05-20T09:00", end="2027-05-20T12:00",
         summary="Réunion d'entente et d'harmonisation des correcteurs E41 / E42", loc=MONPLAISIR,
         desc="Présence obligatoire des correcteurs convoqués ; remise des lots de copies à l'issue de la réunion."),
    dict(uid="et2027-pentecote", allday=("2027-05-17", "2027-05-18"), transp=True, categories="Férié",
         summary="Lundi de Pentecôte (férié) – aucune convocation", loc="", desc="Jour férié."),
    dict(uid="et2027-e5", allday=("2027-05-25", "2027-06-05"),
         summary="E5 – Projet technique : soutenances orales", loc=SEMBAT,
         desc="Soutenances du mardi 25 mai au vendredi 4 juin 2027, selon le planning de passage affiché au centre, "
              "commission de deux examinateurs, 40 minutes par candidat."),
    dict(uid="et2027-e6", allday=("2027-06-07", "2027-06-12"),
         summary="E6 – Épreuve professionnelle de synthèse : oraux", loc=ARMAND,
         desc="Oraux du lundi 7 au vendredi 11 juin 2027 ; présentation du rapport de stage, 30 minutes."),
    dict(uid="et2027-saisie", allday=("2027-06-18", "2027-06-19"),
         summary="Date limite de saisie des notes E5 et E6 dans Cyclades", loc="", alarm="-P1D",
         desc="Saisie par les chefs de centre, bordereaux signés transmis au rectorat le même jour."),
    dict(uid="et2027-jury", start="2027-06-29T09:00", end="2027-06-29T12:00",
         summary="Jury de délibération BTS Électrotechnique", loc=RECTORAT, desc="Salle 204, bâtiment B."),
    dict(uid="et2027-resultats", start="2027-07-01T10:00", end="2027-07-01T10:30",
         summary="Publication des résultats", loc="",
         desc="Résultats consultables sur le site de l'académie (Cyclades, espace candidat) et affichés dans les centres."),
]

# ---------- DOCX letter
ENTETE = ["RÉGION ACADÉMIQUE AUVERGNE-RHÔNE-ALPES", "ACADÉMIE DE LYON", "Division des examens et concours – DEC 2",
          "Bureau des BTS industriels"]
LIEU_DATE = "Lyon, le 14 janvier 2027"
AFFAIRE = ["Affaire suivie par : Nadège Roux-Vial", "Tél. : 04 72 80 61 17", "Mél : dec2-bts@ac-lyon.example"]
DEST = ["Le recteur de l'académie de Lyon", "à", "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat",
        "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation"]
OBJET = "Objet : BTS Électrotechnique – organisation de la session 2027"
REFS = ["Références : arrêté du 4 juin 2020 portant définition et fixant les conditions de délivrance du BTS "
        "Électrotechnique ; note de service nationale du 9 décembre 2026.",
        "Pièce jointe : calendrier_et_2027_lyon.ics (fichier agenda)."]
INTRO = ("La présente circulaire précise l'organisation de la session 2027 du BTS Électrotechnique dans l'académie de "
         "Lyon. L'ensemble des dates ci-dessous figure également dans le fichier agenda joint (format iCalendar, .ics), "
         "que vos services peuvent importer dans Outlook, Thunderbird ou l'agenda de l'ENT ; les heures y sont "
         "exprimées en heure de Paris.")
H_CAL = "1. Calendrier de la session"
CAL_HEAD = ["Épreuve ou opération", "Date", "Horaire", "Lieu"]
CAL_ROWS = [
    ["Dépôt des dossiers E5 (projet) et des rapports de stage E6", "vendredi 16 avril 2027", "avant 17 h", "Lycée La Martinière Monplaisir, Lyon"],
    ["Contrôle de conformité E5 / E6", "mercredis 21 et 28 avril 2027", "14 h – 17 h", "Lycée La Martinière Monplaisir, Lyon"],
    ["E1 – Culture générale et expression", "lundi 10 mai 2027", "14 h – 18 h", "Centres d'écrit (ci-dessous)"],
    ["E2 – Anglais", "mardi 11 mai 2027", "10 h – 12 h", "Centres d'écrit"],
    ["E3 – Mathématiques et physique-chimie : E31 – Mathématiques", "mardi 11 mai 2027", "14 h – 16 h", "Centres d'écrit"],
    ["E32 – Physique-chimie", "mercredi 12 mai 2027", "10 h – 12 h", "Centres d'écrit"],
    ["E4 – Étude d'un système technique industriel : E41 – Pré-étude et modélisation", "mercredi 12 mai 2027", "14 h – 18 h", "Centres d'écrit"],
    ["E42 – Conception et industrialisation", "jeudi 13 mai 2027", "8 h – 14 h", "Centres d'écrit"],
    ["Réunion d'entente des correcteurs E41 / E42", "jeudi 20 mai 2027", "9 h – 12 h", "Lycée La Martinière Monplaisir, Lyon"],
    ["E5 – Projet technique (soutenances)", "du mardi 25 mai au vendredi 4 juin 2027", "selon planning", "Lycée Marcel Sembat, Vénissieux"],
    ["E6 – Épreuve professionnelle de synthèse (oral)", "du lundi 7 au vendredi 11 juin 2027", "selon planning", "Lycée Louis Armand, Villefranche-sur-Saône"],
    ["Saisie des notes E5 et E6 (Cyclades)", "vendredi 18 juin 2027", "dernier délai", "—"],
    ["Jury de délibération", "mardi 29 juin 2027", "9 h", "Rectorat de Lyon"],
    ["Publication des résultats", "jeudi 1er juillet 2027", "10 h", "Cyclades, espace candidat"],
]
H_ECRITS = "2. Centres d'épreuves écrites"
ECRITS_TXT = ["Lycée La Martinière Monplaisir, 41 rue Antoine Lumière, 69008 Lyon : candidats du Rhône et de l'Ain.",
              "Lycée Étienne Mimard, 32 rue Étienne Mimard, 42000 Saint-Étienne : candidats de la Loire.",
              "Les candidats sont accueillis trente minutes avant le début de chaque épreuve. Le lundi de Pentecôte "
              "17 mai 2027 étant férié, aucune convocation n'est fixée ce jour-là."]
H_DOSS = "3. Dossiers E5 et rapports E6"
DOSS_TXT = ("Les dossiers sont déposés en deux exemplaires papier au secrétariat des examens du lycée La Martinière "
            "Monplaisir, contre récépissé, au plus tard le vendredi 16 avril 2027 à 17 h. La commission de contrôle de "
            "conformité se réunit les mercredis 21 et 28 avril 2027 de 14 h à 17 h ; un dossier non conforme entraîne "
            "l'attribution de la mention « non valide » à l'épreuve.")
H_ORAUX = "4. Épreuves orales, jury et résultats"
ORAUX_TXT = ("Les soutenances E5 ont lieu au lycée Marcel Sembat de Vénissieux, les oraux E6 au lycée Louis Armand de "
             "Villefranche-sur-Saône, selon les plannings adressés aux centres. Les notes sont saisies au plus tard le "
             "vendredi 18 juin 2027. Le jury se réunit le mardi 29 juin 2027 à 9 h au rectorat ; les résultats sont "
             "publiés le jeudi 1er juillet 2027 à 10 h.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Isabelle Charvet-Morand"]
