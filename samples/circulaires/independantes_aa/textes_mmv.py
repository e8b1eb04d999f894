"""Textes de la note nationale BTS Métiers de la mode – vêtements, session 2027 (fictive).
Encadré « À retenir » dans la marge gauche ; tableau des horaires par territoire (territoires en lignes)."""

STEM = "note_mmv_2027_nationale"

ENTETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
          "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
          "Service de la stratégie des formations – DGESIP A1-2"]
LIEU_DATE = "Paris, le 16 novembre 2026"
DEST = ("La directrice générale de l'enseignement supérieur et de l'insertion professionnelle à "
        "Mesdames et Messieurs les recteurs et rectrices d'académie, divisions des examens et concours")
OBJET = ("Objet : BTS Métiers de la mode – vêtements (MMV) – note nationale d'organisation de la session 2027")
CORPS = [
    "La présente note fixe le calendrier national des épreuves ponctuelles écrites du BTS Métiers de la "
    "mode – vêtements pour la session 2027. Les heures sont indiquées en heure de Paris ; les horaires "
    "propres à chaque territoire figurent en page 2.",
    "Épreuves écrites nationales : E2 Anglais le mardi 11 mai 2027 de 10 h à 12 h ; E1 Culture générale "
    "et expression le même jour de 14 h à 17 h ; E4 Analyse et développement du produit le mercredi "
    "12 mai 2027 de 8 h à 12 h ; E3-1 Mathématiques le jeudi 13 mai 2027 de 10 h à 12 h et E3-2 "
    "Physique-chimie le même jour de 14 h à 16 h (épreuve E3 : Mathématiques et sciences physiques).",
    "Épreuves pratiques et orales : la sous-épreuve E5-1 Développement du modèle est organisée par les "
    "académies entre le lundi 31 mai et le vendredi 11 juin 2027 ; la sous-épreuve E5-2 "
    "Industrialisation et l'épreuve E6 Projet professionnel se déroulent du lundi 14 au vendredi "
    "25 juin 2027. L'épreuve facultative EF1 (langue vivante) est placée par chaque académie pendant "
    "la période des oraux.",
    "Aucune épreuve n'est fixée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (Pentecôte).",
    "Les résultats ne pourront être publiés avant le jeudi 1er juillet 2027. Les académies pilotes "
    "transmettent les procès-verbaux de délibération et les statistiques à la DGESIP au plus tard le "
    "vendredi 9 juillet 2027 à 17 h.",
    "Les académies pilotes désignent les centres d'épreuves et en informent les candidats par la "
    "convocation. Toute difficulté est signalée au bureau DGESIP A1-2, 1 rue Descartes, 75231 Paris Cedex 05.",
]
ENCADRE_TITRE = "À RETENIR"
ENCADRE = ["11-05-2027", "E2 : 10:00", "E1 : 14:00", "", "12-05-2027", "E4 : 08:00", "",
           "13-05-2027", "E3-1 : 10:00", "E3-2 : 14:00", "", "31-05-2027 >", "11-06-2027", "E5-1", "",
           "14-06-2027 >", "25-06-2027", "E5-2 et E6", "", "Résultats :", "01-07-2027",
           "", "PV à la DGESIP :", "09-07-2027, 17:00"]
SIGNATURE = ["Pour la ministre et par délégation,", "L'adjoint à la cheffe de service,", "Antoine Rivallain"]

P2_TITRE = "Annexe – Horaires des épreuves écrites par territoire (heure locale)"
P2_COLS = ["Territoire", "E2\nmar. 11 mai", "E1\nmar. 11 mai", "E4\nmer. 12 mai", "E3-1\njeu. 13 mai",
           "E3-2\njeu. 13 mai"]
P2_ROWS = [
    ("Métropole (heure de Paris)", "10h-12h", "14h-17h", "8h-12h", "10h-12h", "14h-16h"),
    ("Guadeloupe, Martinique", "7h-9h", "8h-11h", "7h-11h", "7h-9h", "8h-10h"),
    ("Guyane", "7h-9h", "9h-12h", "7h-11h", "7h-9h", "9h-11h"),
    ("La Réunion", "12h-14h", "16h-19h", "10h-14h", "12h-14h", "16h-18h"),
    ("Mayotte", "11h-13h", "15h-18h", "9h-13h", "11h-13h", "15h-17h"),
    ("Polynésie française, Nouvelle-Calédonie", "note spécifique", "note spécifique",
     "note spécifique", "note spécifique", "note spécifique"),
]
P2_NOTE = ("Les sujets des territoires ultramarins sont des sujets spécifiques lorsque l'horaire local "
           "diffère de celui de la métropole. Les candidats sont convoqués 30 minutes avant l'épreuve.")
