# -*- coding: utf-8 -*-
"""BTS CIEL (Cybersécurité, informatique et réseaux, électronique), académie de Rennes, session 2028.
A lycée forwards the rectorat's mail; the circular is the HTML body of the forwarded message."""

OUTER_FROM = ("Yann Le Goff", "yann.le-goff@ac-rennes.fr")
OUTER_TO = [("Équipe pédagogique BTS CIEL", "bts-ciel-profs@lycee-mezieres-vitre.fr")]
OUTER_DATE = "Fri, 10 Mar 2028 11:02:37 +0100"
OUTER_DATE_FR = "vendredi 10 mars 2028 11:02"
OUTER_SUBJECT = "TR: BTS CIEL session 2028 – circulaire d'organisation"
OUTER_TEXT = """Bonjour à toutes et à tous,

Je vous transfère la circulaire d'organisation du BTS CIEL reçue hier du rectorat (message joint).
Merci d'en prendre connaissance et de la relayer aux étudiants de seconde année.

Bonne fin de semaine,

Yann Le Goff
DDFPT – Lycée Anne de Mézières, Vitré
"""
OUTER_HTML_INTRO = ["Bonjour à toutes et à tous,",
                    "Je vous transfère la circulaire d'organisation du BTS CIEL reçue hier du rectorat. "
                    "Merci d'en prendre connaissance et de la relayer aux étudiants de seconde année.",
                    "Bonne fin de semaine,", "Yann Le Goff<br>DDFPT – Lycée Anne de Mézières, Vitré"]

INNER_FROM = ("Rectorat de Rennes - DEC 2 Examens BTS", "dec2-bts@ac-rennes.fr")
INNER_TO = ("Établissements BTS CIEL", "diffusion-bts-ciel@ac-rennes.fr")
INNER_DATE = "Thu, 9 Mar 2028 08:47:12 +0100"
INNER_DATE_FR = "jeudi 9 mars 2028 08:47"
INNER_SUBJECT = "BTS CIEL session 2028 – circulaire d'organisation"

TITRE = "BTS Cybersécurité, Informatique et réseaux, Électronique (CIEL) – options IR et ER – Session 2028"
SOUS_TITRE = "Circulaire d'organisation – Académie de Rennes"
LIEU_DATE = "Rennes, le 8 mars 2028"
INTRO = ("Mesdames et Messieurs les chefs d'établissement, vous trouverez ci-dessous les informations relatives à "
         "l'organisation des épreuves du BTS CIEL (option A Informatique et réseaux, option B Électronique et réseaux) "
         "pour la session 2028. Les épreuves sont désignées par leur unité.")

ECRITS_TITRE = "Épreuves écrites (centre unique : lycée Émile Souvestre, 18 boulevard de la Duchesse Anne, 35000 Rennes)"
ECRITS_ENTETE = ["Unité", "Intitulé", "Date", "Horaire"]
ECRITS = [
    ["U1", "Culture générale et expression", "mercredi 10 mai 2028", "14h00 - 18h00"],
    ["U2", "Anglais (écrit)", "jeudi 11 mai 2028", "10h00 - 12h00"],
    ["U3", "Mathématiques (candidats hors CCF uniquement)", "vendredi 12 mai 2028", "9h00 - 11h00"],
    ["U4", "Étude d'un système numérique et d'information (sujet propre à chaque option)", "mardi 16 mai 2028", "8h00 - 14h00"],
]
ECRITS_NOTE = "Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) sont fériés."

PRATIQUES_TITRE = "Épreuves pratiques et orales"
PRATIQUES_ENTETE = ["Unité", "Nature", "Dates", "Centre"]
PRATIQUES = [
    ["U5", "Intervention sur un système numérique et d'information – épreuve pratique (candidats ponctuels ; CCF pour les scolaires)",
     "du lundi 29 mai au vendredi 2 juin 2028", "Lycée Ker Avel, 3 rue de Kerampont, 22300 Lannion"],
    ["UF1", "Langue vivante facultative – oral", "mercredi 31 mai 2028", "Lycée Émile Souvestre, 35000 Rennes"],
    ["U6", "Valorisation de la donnée et cybersécurité – oral", "du mardi 6 au vendredi 9 juin 2028",
     "Lycée Pierre-Jakez Hélias, 27 rue de Kerichen, 29200 Brest"],
]
DOSSIER = ("Dossier U6 : les candidats déposent leur dossier (format numérique et un exemplaire papier) au plus tard "
           "le vendredi 7 avril 2028 à 12h00, au lycée Pierre-Jakez Hélias à Brest (secrétariat des examens).")
CCF = ("Notes de CCF (U3, U5 pour les candidats scolaires) : saisie dans l'application par les établissements au plus "
       "tard le mercredi 14 juin 2028.")
JURY = ("Jury de délibération : mardi 27 juin 2028 à 14h00, lycée Émile Souvestre, Rennes. "
        "Publication des résultats : vendredi 30 juin 2028 à partir de 14h00.")
SIGNATURE = "Pour le recteur et par délégation, le chef de la DEC 2, Erwan Quéméner"
