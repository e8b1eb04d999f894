"""BTS Tourisme, académie de Rennes, session 2027 — ODT, calendar = floating JPEG (Writer table exported and cropped)."""
EN_TETE = ["Académie de Rennes", "Division des examens et concours – DEC 3", "Pôle des examens post-baccalauréat"]
AFFAIRE = "Dossier suivi par Yann Le Guennec – 02 23 21 74 96 – dec3@ac-rennes.fr"
LIEU_DATE = "Rennes, le 15 février 2027"
DESTINATAIRES = ("à Mesdames et Messieurs les proviseurs des lycées publics et privés, "
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation préparant au BTS Tourisme")
OBJET = "Objet : BTS Tourisme – organisation de la session 2027"
REFERENCES = ("Références : arrêté du 5 avril 2012 modifié portant définition et fixant les conditions de délivrance "
              "du BTS Tourisme ; circulaire nationale d'organisation du 8 janvier 2027.")
INTRO = ("J'ai l'honneur de vous communiquer les informations relatives à l'organisation de la session 2027 du BTS "
         "Tourisme dans l'académie de Rennes. Le calendrier complet de la session figure dans le tableau ci-dessous, "
         "transmis sous forme d'image par le service gestionnaire ; il fait foi.")
T1 = "I – Calendrier de la session"
T1_APRES = ("Les jours fériés du jeudi 6 mai 2027 (Ascension) et du lundi 17 mai 2027 (lundi de Pentecôte) ont été "
            "neutralisés. Les vacances de printemps courent du samedi 10 avril au lundi 26 avril 2027.")
T2 = "II – Centres d'épreuves"
CENTRES = [
    "Lycée Louis Guilloux, 76 avenue des Buttes de Coësmes, 35700 Rennes (épreuves écrites, candidats d'Ille-et-Vilaine et des Côtes-d'Armor ; épreuve facultative EF1) ;",
    "Lycée Yves Thépot, 28 avenue Yves Thépot, 29000 Quimper (épreuves écrites, candidats du Finistère) ;",
    "Lycée Xavier Grall, 14 rue du Commerce, 56000 Vannes (épreuves écrites des candidats du Morbihan, dépôt des dossiers E6 et épreuves orales E3 et E6).",
]
T3 = "III – Correction de l'épreuve E4"
T3_TEXTE = ("Les correcteurs de l'épreuve E4 sont convoqués à la réunion d'entente le lundi 24 mai 2027 à 9 h 30 au "
            "Lycée Louis Guilloux. La correction se déroulera sur place du mardi 25 au vendredi 28 mai 2027.")
T4 = "IV – Délibération"
T4_TEXTE = ("Le jury de délibération siégera le mercredi 30 juin 2027 à 14 h 00 au rectorat de Rennes (96 rue d'Antrain). "
            "Les résultats seront mis en ligne le vendredi 2 juillet 2027 à 10 h 00.")
T5_TEXTE = ("Les sections de BTS Tourisme de l'académie (lycées de Dinard, Lannion, Pontivy et Brest) assurent les "
            "évaluations en CCF ; elles ne sont pas centres d'épreuves ponctuelles.")
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Erwan Kerdraon"]

# ---- content of the PICTURE
IMG_TITRE = "BTS TOURISME – Calendrier de la session 2027"
IMG_ENTETE = ["Dates", "Épreuves / opérations", "Horaires", "Lieu"]
IMG_LIGNES = [
    ["Vendredi 9 avril 2027", "Dépôt des dossiers E6 (Parcours de professionnalisation)", "avant 17 h 00", "Lycée Xavier Grall – Vannes"],
    ["Jeudi 29 avril 2027", "Contrôle de conformité des dossiers E6", "14 h 00", "Lycée Xavier Grall – Vannes"],
    ["Mercredi 12 mai 2027", "E1 – Culture générale et expression (écrit, 4 h)", "14 h 00 – 18 h 00", "Rennes, Quimper, Vannes"],
    ["Jeudi 13 mai 2027", "E4 – Élaboration d'une prestation touristique (écrit, 4 h)", "9 h 00 – 13 h 00", "Rennes, Quimper, Vannes"],
    ["Vendredi 14 mai 2027", "E5 – Gestion de l'information touristique (écrit, 2 h)", "14 h 00 – 16 h 00", "Rennes, Quimper, Vannes"],
    ["Du mardi 18 au vendredi 21 mai 2027", "E3 – Gestion de la relation clientèle touristique (oral)", "selon convocation", "Lycée Xavier Grall – Vannes"],
    ["Du lundi 31 mai au jeudi 3 juin 2027", "E6 – Parcours de professionnalisation (oral)", "selon convocation", "Lycée Xavier Grall – Vannes"],
    ["Mardi 8 juin 2027", "EF1 – Langue vivante étrangère C (facultative, oral)", "selon convocation", "Lycée Louis Guilloux – Rennes"],
    ["—", "E21 – Langue vivante A et E22 – Langue vivante B", "CCF", "établissement de formation"],
]
