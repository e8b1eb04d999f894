# -*- coding: utf-8 -*-
"""Textes de la circulaire BTS Design graphique, académie de Strasbourg, session 2027 (fictive)."""
STEM = "circulaire_design-graphique_2027_strasbourg"
ENTETE = ["Académie de Strasbourg", "Rectorat – Division des examens et concours", "DEC 2 – Bureau des BTS",
          "6 rue de la Toussaint – 67975 Strasbourg Cedex 9"]
LIEU_DATE = "Strasbourg, le 18 janvier 2027"
OBJET = "Objet : BTS Design graphique – session 2027 – organisation et calendrier des épreuves"
REF = ("Références : arrêté du 26 avril 2023 portant définition du BTS Design graphique ; "
       "circulaire nationale d'organisation du 2 décembre 2026.")
INTRO = [
    ("Les épreuves du BTS Design graphique de la session 2027 se dérouleront selon le calendrier ci-dessous. "
     "Les horaires s'entendent en heure légale. Les sous-épreuves sont désignées selon la numérotation du "
     "règlement d'examen (E.3.1, E.3.2, E.5.1, E.5.2)."),
    ("Dossiers. Au plus tard le mardi 30-03-2027 à 12h, les dossiers de projet (E.5.2) et les dossiers de "
     "professionnalisation (E6) sont à remettre au rectorat – DEC 2, à l'adresse ci-dessus. Le vendredi saint "
     "26 mars 2027, jour férié en Alsace-Moselle, le bureau sera fermé."),
    ("Contrôle de conformité : jeudi 8 avril 2027 à 14h, au rectorat. Un dossier non conforme entraîne "
     "l'attribution de la mention « non valide » à la sous-épreuve concernée."),
    ("Soutenances E.5.2 : du lundi 7 juin au vendredi 11 juin 2027 et du lundi 14 au mardi 15 juin 2027, "
     "selon l'ordre de passage publié par chaque centre."),
]
TABLE_TITRE = "CALENDRIER DES ÉPREUVES"
TABLE_ENTETE = ["Date", "Horaire", "Durée", "Épreuve", "Nature", "Centre(s)"]
# ligne : date, horaire, durée, épreuve, nature ; centre géré par fusion (groupe)
GROUPE_ECRITS = [
    ["lundi 10-05-2027", "13h30-17h30", "4 h", "E.3.1 Culture du design graphique", "écrite"],
    ["mardi 11-05-2027", "14h-18h", "4 h", "E1 Culture générale et expression", "écrite"],
    ["mercredi 12-05-2027", "9h-12h", "3 h", "E.3.2 Analyse et médiation du message visuel", "écrite"],
]
CENTRE_ECRITS = "Lycée Marie Curie\n7 rue de Leicester\nBP 10031\n67084 Strasbourg Cedex"
GROUPE_PRATIQUES = [
    ["mardi 18-05-2027 et mercredi 19-05-2027", "8h-14h chaque jour", "12 h", "E.5.1 Conception et créativité "
     "– 1ère et 2e journée (les candidats conservent la même place les deux jours)", "pratique"],
    ["du lundi 7 juin au vendredi 11 juin 2027 et du lundi 14 au mardi 15 juin 2027", "selon convocation",
     "50 min", "E.5.2 Soutenance du projet de design graphique", "orale"],
    ["mercredi 16-06-2027", "selon convocation", "20 min", "EF1 Langue vivante facultative", "orale"],
    ["jeudi 17-06-2027 et vendredi 18-06-2027", "selon convocation", "30 min",
     "E6 Parcours de professionnalisation", "orale"],
]
CENTRE_PRATIQUES = ("Lycée Le Corbusier\n15 rue Lixenbuhl\nBP 50129\n67404 Illkirch-Graffenstaden Cedex\n\n"
                    "Lycée Lambert\n73 rue Josué Hofer\n68200 Mulhouse\n\n(répartition des candidats "
                    "sur la convocation)")
GROUPE_CCF = [
    ["–", "–", "–", "E2 Langue vivante étrangère : anglais", "CCF"],
    ["–", "–", "–", "E4 Pratique plastique et expérimentation", "CCF"],
]
CENTRE_CCF = "Établissement de formation"
APRES = [
    ("Réunion d'entente et d'harmonisation des correcteurs de la sous-épreuve E.3.1 : jeudi 20-05-2027 à 14h, "
     "lycée Marie Curie."),
    "Jury de délibération : mercredi 30 juin 2027 à 14h, rectorat.",
    "Publication des résultats : lundi 5 juillet 2027 à 10h.",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours",
             "Marc SCHNEIDER"]
