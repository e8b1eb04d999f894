# -*- coding: utf-8 -*-
"""Note nationale E : BTS Professions immobilières, session 2028 (DOCX -> PDF).

Portée nationale (pas d'académie organisatrice) ; tableau paysage avec une colonne d'horaires par
territoire ; sous-épreuves « E5-A », « E5 – B », « E5B » ; long tableau des regroupements
interacadémiques dont l'en-tête se répète d'une page à l'autre.
"""

STEM = "note_nationale_pi_2028"

ENTETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
          "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
          "Service de la stratégie des formations – DGESIP A1-2"]
PIED = "1 rue Descartes – 75231 Paris Cedex 05 – Note de service BTS PI – session 2028"

LIEU_DATE = "Paris, le 9 décembre 2027"
DESTINATAIRES = [
    "La ministre de l'enseignement supérieur et de la recherche",
    "à",
    "Mesdames et Messieurs les recteurs et rectrices d'académie (divisions des examens et concours)",
    "Monsieur le directeur du service interacadémique des examens et concours (SIEC)",
    "Mesdames et Messieurs les vice-recteurs de Polynésie française et de Nouvelle-Calédonie",
]
OBJET = ("Objet : brevet de technicien supérieur « Professions immobilières » (PI) – session 2028 – "
         "organisation de l'examen et calendrier national des épreuves écrites")
REFERENCES = [
    "arrêté du 10 avril 2018 modifié portant définition et fixant les conditions de délivrance du BTS PI ;",
    "note de service du 4 juillet 2024 relative à la dématérialisation des copies d'examen.",
]
INTRO = ("La présente note fixe, pour la session 2028, le calendrier national des épreuves écrites du BTS "
         "Professions immobilières ainsi que les périodes dans lesquelles les académies organisent les "
         "épreuves orales. Les académies pilotes précisent, par circulaire, les centres d'épreuves et "
         "les dates arrêtées localement.")

SEC1 = "Les épreuves de l'examen"
EPREUVES = [
    ("E1", "Culture générale et expression – écrite, 4 h"),
    ("E2", "Langue vivante étrangère : anglais – écrite, 2 h"),
    ("E3", "Conseil en ingénierie de l'immobilier – écrite, 4 h"),
    ("E4", "Communication professionnelle en français et en langue étrangère – évaluée exclusivement en "
           "contrôle en cours de formation à compter de la session 2028 ; aucune date nationale n'est fixée"),
    ("E5", "Techniques immobilières, en deux sous-épreuves : E5-A Transaction immobilière (écrite, 4 h) et "
           "E5 – B Gestion immobilière (écrite, 4 h)"),
    ("E6", "Activités professionnelles de synthèse – orale, 40 min"),
    ("EF1", "Langue vivante facultative – orale, 20 min, à la date fixée par chaque académie"),
]

SEC2 = "Calendrier national des épreuves écrites"
SEC2_TEXTE = ("Les horaires de la colonne « Métropole » sont ceux de Paris. Les épreuves se déroulent aux "
              "mêmes dates dans les départements et régions d'outre-mer, aux horaires locaux indiqués.")
CAL_ENTETE = ["Épreuve", "Date", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte",
              "Polynésie française", "Nouvelle-Calédonie", "Durée"]
CAL_LIGNES = [
    ("E1 – Culture générale et expression", "mardi 9 mai 2028", "14h00-18h00", "8h00-12h00", "9h00-13h00",
     "16h00-20h00", "15h00-19h00", "sujet spécifique ¹", "sujet spécifique ¹", "4 h"),
    ("E3 – Conseil en ingénierie de l'immobilier", "mercredi 10 mai 2028", "13h30-17h30", "7h30-11h30",
     "8h30-12h30", "15h30-19h30", "14h30-18h30", "sujet spécifique ¹", "sujet spécifique ¹", "4 h"),
    ("E5A – Transaction immobilière", "jeudi 11 mai 2028", "8h30-12h30",
     "sujet de secours ²\n8h00-12h00", "sujet de secours ²\n8h00-12h00", "10h30-14h30", "9h30-13h30",
     "sujet spécifique ¹", "sujet spécifique ¹", "4 h"),
    ("E2 – Anglais", "jeudi 11 mai 2028", "14h00-16h00", "8h00-10h00", "9h00-11h00", "16h00-18h00",
     "15h00-17h00", "sujet spécifique ¹", "sujet spécifique ¹", "2 h"),
    ("E5B – Gestion immobilière", "vendredi 12 mai 2028", "8h30-12h30",
     "sujet de secours ²\n8h00-12h00", "sujet de secours ²\n8h00-12h00", "10h30-14h30", "9h30-13h30",
     "sujet spécifique ¹", "sujet spécifique ¹", "4 h"),
]
CAL_NOTES = [
    "¹ Polynésie française et Nouvelle-Calédonie : sujets spécifiques ; les dates et horaires sont fixés par "
    "arrêté du vice-recteur.",
    "² Antilles et Guyane : sujet de secours, composé le même jour aux horaires locaux indiqués.",
    "Le lundi 8 mai 2028 (Victoire 1945) est férié ; aucune épreuve n'est organisée le jeudi 25 mai 2028 "
    "(Ascension).",
]

SEC3 = "Réunion nationale d'entente"
SEC3_TEXTE = ("Une réunion nationale d'entente relative aux sous-épreuves E5-A et E5 B se tiendra en "
              "visioconférence le lundi 15 mai 2028 à 14 h. Chaque académie pilote y délègue un "
              "professeur correcteur référent.")

SEC4 = "Épreuve E6 – Activités professionnelles de synthèse"
SEC4_PUCES = [
    "Date limite de dépôt des dossiers E6 dans les centres d'interrogation : vendredi 21 avril 2028.",
    "Période des interrogations, arrêtée par chaque académie à l'intérieur de la fenêtre nationale : "
    "du lundi 29 mai au vendredi 16 juin 2028 ; le lundi 5 juin 2028 (lundi de Pentecôte) est exclu.",
]

SEC5 = "Délibérations, résultats et bilan"
SEC5_PUCES = [
    "Les jurys de délibération se tiennent du lundi 26 au jeudi 29 juin 2028.",
    "Les résultats sont publiés le vendredi 30 juin 2028 à partir de 14 h (heure de Paris) pour "
    "l'ensemble des académies.",
    "Les académies pilotes transmettent à la DGESIP le bilan statistique de la session au plus tard le "
    "vendredi 7 juillet 2028.",
]

SEC6 = "Regroupements interacadémiques"
SEC6_TEXTE = ("Le tableau ci-dessous rappelle, pour information, les regroupements retenus pour la session "
              "2028. Les académies pilotes désignent les centres d'épreuves et de correction.")
REG_ENTETE = ["Académie pilote", "Académies rattachées", "Candidats (prévision)"]
REG_LIGNES = [
    ("Aix-Marseille", "Corse", "412"),
    ("Besançon", "Dijon", "188"),
    ("Bordeaux", "Limoges, Poitiers", "506"),
    ("Clermont-Ferrand", "—", "121"),
    ("Grenoble", "—", "274"),
    ("Lille", "Amiens", "538"),
    ("Lyon", "—", "461"),
    ("Montpellier", "—", "352"),
    ("Nancy-Metz", "Strasbourg, Reims", "417"),
    ("Nantes", "—", "389"),
    ("Normandie", "—", "296"),
    ("Orléans-Tours", "—", "233"),
    ("Paris (SIEC)", "Créteil, Versailles", "1 874"),
    ("Rennes", "—", "318"),
    ("Toulouse", "—", "402"),
    ("Guadeloupe", "—", "64"),
    ("Martinique", "—", "51"),
    ("Guyane", "—", "22"),
    ("La Réunion", "Mayotte", "143"),
    ("Polynésie française", "—", "18"),
    ("Nouvelle-Calédonie", "—", "15"),
]

SIGNATURE = ["Pour la ministre et par délégation,",
             "La cheffe du service de la stratégie des formations", "", "Claire DUVERNOIS"]
