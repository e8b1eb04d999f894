# -*- coding: utf-8 -*-
"""Textes de la note nationale fictive : BTS Support à l'action managériale (SAM), session 2025.
DOCX avec une section paysage (calendrier par territoire)."""

STEM = "note_nationale_sam_2025"

ENTETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
          "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
          "Service de la stratégie des formations – Bureau des BTS"]
LIEU_DATE = "Paris, le 18 décembre 2024"
DESTINATAIRES = ("à Mesdames et Messieurs les recteurs et rectrices d'académie, Mesdames et Messieurs les "
                 "vice-recteurs, Monsieur le directeur du SIEC")
TITRE = "NOTE NATIONALE D'ORGANISATION"
OBJET = "Objet : BTS Support à l'action managériale (SAM) – session 2025"
REFERENCES = [
    "Arrêté du 14 mars 2018 portant définition et fixant les conditions de délivrance du BTS SAM ;",
    "Note de service relative au calendrier des BTS, session 2025, publiée au BOESR du 21 novembre 2024.",
]
PREAMBULE = ("La présente note fixe, pour l'ensemble des académies, le calendrier national des épreuves du "
             "BTS SAM. Les académies en déclinent les modalités dans leurs circulaires locales.")

EPREUVES_TITRE = "1. Épreuves"
EPREUVES = [
    "E1 – Culture générale et expression (écrite, 4 h)",
    "E2 – Expression et culture en langues vivantes étrangères :",
    "    E21 – Langue A (écrite, 2 h) ; E22 – Langue B (orale)",
    "E3 – Culture économique, juridique et managériale (écrite, 4 h)",
    "E4 – Optimisation des processus administratifs (orale, CCF ou ponctuelle)",
    "E5 – Gestion de projet (orale, CCF ou ponctuelle)",
    "E6 – Collaboration à la gestion des ressources humaines (écrite, 4 h)",
    "EF1 – Langue vivante C (facultative) ; EF2 – Engagement étudiant (facultative, sur dossier)",
]

CAL_TITRE = "2. Calendrier des épreuves écrites (sujets nationaux)"
CAL_ENTETE = ["Date", "Épreuve", "Durée", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte",
              "Polynésie française", "Nouvelle-Calédonie"]
POLY = "sujet spécifique (1)"
CAL = [
    ("Lundi 12 mai 2025", "E6 – Collaboration à la GRH", "4 h", "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h"),
    ("Mardi 13 mai 2025", "E3 – CEJM", "4 h", "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h"),
    ("Mercredi 14 mai 2025", "E1 – Culture générale et expression", "4 h", "14h-18h", "8h-12h", "9h-13h", "16h-20h", "15h-19h"),
    ("Jeudi 15 mai 2025", "E21 – Langue A", "2 h", "14h-16h", "8h-10h", "9h-11h", "16h-18h", "15h-17h"),
]
CAL_NOTES = [
    "(1) Polynésie française et Nouvelle-Calédonie : le calendrier est fixé par le vice-rectorat.",
    "(2) Les jeudis 8 mai et 29 mai 2025 sont fériés.",
]

ORAUX_TITRE = "3. Épreuves orales"
ORAUX = [
    ("Les épreuves orales ponctuelles E4 et E5 se dérouleront du mardi 3 au vendredi 6 juin, du mardi 10 au "
     "jeudi 12 juin et du lundi 16 au mercredi 18 juin 2025, selon l'organisation arrêtée par chaque académie."),
    "L'épreuve orale E22 (langue B) est organisée dans la période du 19 au 23 mai 2025.",
    "L'épreuve facultative EF1 se tient du lundi 26 au mercredi 28 mai 2025.",
    "L'épreuve facultative EF2 est évaluée sur dossier par le jury ; elle ne fait l'objet d'aucune convocation.",
]

DOSSIERS_TITRE = "4. Dossiers, conformité et réunions"
DOSSIERS = [
    ("Les dossiers des épreuves E4 et E5 des candidats ponctuels sont à déposer dans l'académie "
     "d'inscription au plus tard le vendredi 4 avril 2025 à 12 h (heure locale)."),
    "Le contrôle de conformité des dossiers E4 et E5 est achevé au plus tard le vendredi 25 avril 2025.",
    ("Une réunion d'entente nationale CEJM (E3) est fixée au lundi 19 mai 2025 à 10 h ; la réunion nationale "
     "d'harmonisation de l'épreuve E6 se tiendra en visioconférence le mercredi 21 mai 2025 à 14 h."),
    "Les académies transmettent les notes de CCF au plus tard le vendredi 13 juin 2025.",
]

JURY_TITRE = "5. Jurys et résultats"
JURY = ("Les délibérations des jurys auront lieu entre le lundi 30 juin et le vendredi 4 juillet 2025. La "
        "publication des résultats interviendra le mardi 8 juillet 2025 à 10 h.")
SIGNATURE = ["Pour la ministre et par délégation,", "La cheffe du service de la stratégie des formations",
             "Anne-Laure Devaux"]
PIED = "Note nationale BTS SAM – session 2025"
