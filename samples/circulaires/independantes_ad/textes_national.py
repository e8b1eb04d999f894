"""Textes de la note nationale fictive BTS Pilotage de procédés, session 2026."""

EN_TETE = "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE\tNote de service — BTS PP 2026"
EMETTEUR = ("Direction générale de l'enseignement supérieur et de l'insertion professionnelle\n"
            "Service de la stratégie des formations et de la vie étudiante\n"
            "Sous-direction des formations — Bureau des diplômes de BTS")
LIEU_DATE = "Paris, le 3 décembre 2025"
DESTINATAIRES = ("à\nMesdames et Messieurs les recteurs et rectrices d'académie\n"
                 "Mesdames et Messieurs les vice-recteurs\n"
                 "Monsieur le directeur du service interacadémique des examens et concours")
OBJET = "Objet : brevet de technicien supérieur Pilotage de procédés (PP) — session 2026 — calendrier national"
REFERENCES = ("Réf. : arrêté du 24 juin 2016 portant définition et fixant les conditions de délivrance du BTS "
              "Pilotage de procédés ; note de service n° 2024-118 du 16 octobre 2024.")
INTRO = ("La présente note fixe le calendrier des épreuves ponctuelles écrites de la session 2026, communes à "
         "l'ensemble des académies, ainsi que les périodes dans lesquelles les académies organisent les épreuves "
         "orales. Les sujets sont nationaux.")
TITRE_ECRITS = "I. Épreuves écrites (horaires de la France métropolitaine)"
# (code, intitulé, date, horaire)
ECRITS = [
    ("E4", "Étude et analyse d'un procédé", "11-05-2026", "8 h 00 – 12 h 00"),
    ("E1", "Culture générale et expression", "12-05-2026", "14 h 00 – 18 h 00"),
    ("E3 – 2", "Physique-chimie", "13-05-2026", "10 h 00 – 12 h 00"),
    ("E2", "Anglais", "13-05-2026", "14 h 00 – 16 h 00"),
]
NOTE_ECRITS = ("Les académies et vice-rectorats d'outre-mer adaptent ces horaires selon le tableau de "
               "correspondance commun à l'ensemble des BTS. Le lundi 25 mai 2026 (lundi de Pentecôte) est férié.")

TITRE_TABLEAU = "II. Modalités d'évaluation par épreuve"
ENTETES = ["Épreuve", "Intitulé", "Forme ponctuelle", "Durée", "CCF", "Observations"]
LIGNES = [
    ("E1", "Culture générale et expression", "écrite", "4 h", "non", ""),
    ("E2", "Anglais", "écrite", "2 h", "non", "Dictionnaire bilingue non autorisé."),
    ("E3", "Mathématiques et physique-chimie", "", "", "", "Comprend les sous-épreuves E3 – 1 et E3 – 2."),
    ("E31", "Mathématiques", "—", "—", "oui", "Évaluée exclusivement en CCF, y compris pour les candidats "
     "de la formation continue ; aucune date nationale."),
    ("E32", "Physique-chimie", "écrite", "2 h", "non", ""),
    ("E4", "Étude et analyse d'un procédé", "écrite", "4 h", "non",
     "Réunion nationale d'entente des concepteurs et correcteurs référents : jeudi 21 mai 2026 à 10 h, "
     "en visioconférence."),
    ("E5", "Pilotage et optimisation d'un procédé", "", "", "", "1ère partie : E51 ; 2e partie : E52."),
    ("E51", "Conduite d'une installation (1ère partie)", "pratique", "6 h", "oui", "CCF uniquement."),
    ("E52", "Optimisation et amélioration (2e partie)", "orale", "40 min", "non", "Voir III."),
    ("E6", "Rapport d'activités en entreprise", "orale", "30 min", "non", "Voir III."),
    ("EF1", "Langue vivante étrangère facultative", "orale", "20 min", "non", "Calendrier académique."),
]
TITRE_ORAUX = "III. Épreuves orales, jurys et résultats"
ORAUX = [
    "Les épreuves orales E52 et E6 se déroulent entre le lundi 1er juin et le vendredi 19 juin 2026, selon le "
    "calendrier arrêté par chaque académie ; l'épreuve facultative EF1 est organisée à la même période.",
    "La saisie des notes dans l'application nationale sera achevée au plus tard le vendredi 26 juin 2026.",
    "Les jurys de délibération se réuniront au plus tard le vendredi 3 juillet 2026.",
    "Les résultats seront publiés le mardi 7 juillet 2026 à partir de 10 h.",
    "Les modalités de la session 2027 feront l'objet d'une note ultérieure.",
]
SIGNATURE = ("Pour la ministre et par délégation,\nle chef du service de la stratégie des formations\n\n"
             "Antoine Lefebvre-Roux")
