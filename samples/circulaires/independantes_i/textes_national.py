# -*- coding: utf-8 -*-
"""Texte de la note nationale fictive : BTS Support à l'action managériale, session 2028 (page HTML façon BO)."""

STEM = "note_nationale_sam_2028"

RUBRIQUE = "Enseignement supérieur et recherche"
TITRE = ("Brevet de technicien supérieur – Calendrier et organisation des épreuves de la session 2028 du BTS "
         "Support à l'action managériale")
REFERENCE = "Note de service n° 2027-214 du 22-11-2027"
NOR = "NOR : ESRS2733145N"
SERVICE = "MESR – DGESIP A1-2"
DESTINATAIRES = ("Texte adressé aux rectrices et recteurs d'académie ; au vice-recteur de Mayotte ; aux "
                 "vice-recteurs de Polynésie française et de Nouvelle-Calédonie ; au chef du service "
                 "interacadémique des examens et concours")
VISAS = ("Vu l'arrêté du 19 avril 2018 portant définition et fixant les conditions de délivrance du BTS Support à "
         "l'action managériale. La présente note remplace, pour la session 2028, la note de service du "
         "18 novembre 2026.")
INTRO = ("Les sujets des épreuves écrites sont élaborés sous la responsabilité de l'académie pilote de Rennes. "
         "Rappel : le serveur d'inscription fermera le 16-12-2027 à 17h00.")
S1 = "1. Épreuves écrites"
S1_TEXTE = ("Les épreuves écrites ont lieu simultanément dans tous les territoires ; les horaires sont donnés en "
            "heure locale.")
ENTETE = ("Épreuve (unité)", "Date", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte",
          "Polynésie française", "Nouvelle-Calédonie", "Durée")
LIGNES = [
    ("E1 (U1) – Culture générale et expression", "lundi 15 mai 2028",
     "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h", "(1)", "(1)", "4 h"),
    ("E3 (U3) – Culture économique, juridique et managériale", "mardi 16 mai 2028",
     "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h", "(1)", "(1)", "4 h"),
    ("E6 (U6) – Collaboration à la gestion des ressources humaines", "mercredi 17 mai 2028",
     "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h", "(1)", "(1)", "4 h"),
]
NOTE_1 = ("(1) En Polynésie française et en Nouvelle-Calédonie, les épreuves se déroulent selon un calendrier "
          "spécifique arrêté par le vice-recteur.")
FERIES = "Aucune épreuve n'est organisée le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 (Pentecôte)."
S2 = "2. Épreuves orales et contrôle en cours de formation"
S2_ITEMS = [
    "Les épreuves E4 – Optimisation des processus administratifs et E5 – Gestion de projet, pour les candidats "
    "relevant de la forme ponctuelle, sont organisées par les académies entre le lundi 29 mai et le vendredi "
    "16 juin 2028.",
    "L'épreuve E2 – Expression et culture en langues vivantes étrangères comporte deux sous-épreuves, E2.1 "
    "(langue vivante A) et E2.2 (langue vivante B), dont les dates sont fixées par chaque académie.",
    "Les épreuves facultatives EF1 – Langue vivante étrangère C et EF2 – Engagement étudiant sont organisées "
    "localement.",
]
S3 = "3. Corrections, notes et jurys"
S3_ITEMS = [
    "Une réunion nationale d'entente des correcteurs de l'épreuve E6 se tiendra en visioconférence le vendredi "
    "19 mai 2028 à 14 h (heure de Paris).",
    "Les corrections dématérialisées de l'épreuve E6 se dérouleront du lundi 22 mai au vendredi 2 juin 2028.",
    "Les notes sont à remonter dans Cyclades au plus tard le 16-06-2028 à 18h00.",
    "Les jurys de délibération se réunissent entre le lundi 26 juin et le vendredi 30 juin 2028.",
    "Les résultats sont publiés à compter du mercredi 5 juillet 2028, 10 h (heure de Paris).",
]
SIGNATURE = ["Pour le ministre et par délégation,",
             "La directrice générale de l'enseignement supérieur et de l'insertion professionnelle,",
             "Isabelle Courtin-Marais"]
