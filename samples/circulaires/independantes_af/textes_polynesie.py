# -*- coding: utf-8 -*-
"""Circulaire du vice-rectorat de la Polynésie française, BTS Comptabilité et gestion, session 2026.
Particularités : l'année n'apparaît que dans les titres, jours au format « 12/05 », horaires en heure de Tahiti
avec une colonne « heure de Paris » pour information (décalage de 12 h)."""

EN_TETE = ["RÉPUBLIQUE FRANÇAISE", "Vice-rectorat de la Polynésie française",
           "Direction des examens et concours – Bureau des examens de l'enseignement supérieur (DEC 3)"]
LIEU_DATE = "Papeete, le 16 février 2026"
NUMERO = "N° 0264 / VR / DEC 3"
OBJET = "Objet : BTS Comptabilité et gestion (CG) – organisation de la session 2026 en Polynésie française"
REF = ("Réf. : arrêté du 20 juillet 2018 modifié relatif au BTS Comptabilité et gestion ; "
       "circulaire nationale d'organisation du 9 décembre 2025.")
INTRO = ("Les épreuves ponctuelles de la session 2026 se déroulent aux dates du calendrier national. "
         "Sauf mention contraire, <b>toutes les heures indiquées sont en heure de Tahiti</b>. "
         "La colonne « heure de Paris » n'est donnée qu'à titre d'information pour les correspondants de métropole.")
EPREUVES = [
    ("E1", "Culture générale et expression", "écrit"),
    ("E2", "Langue vivante étrangère : anglais", "écrit"),
    ("E31", "Mathématiques appliquées (E3 – 1ère partie)", "écrit"),
    ("E32", "Culture économique, juridique et managériale (E3 – 2ème partie)", "écrit"),
    ("E4", "Traitement et contrôle des opérations comptables, fiscales et sociales", "écrit"),
    ("E5", "Situations de contrôle de gestion et d'analyse financière", "CCF uniquement"),
    ("E6", "Parcours de professionnalisation", "oral"),
    ("EF1", "Langue vivante étrangère facultative", "oral"),
]
CAL_TITRE = "Calendrier des épreuves écrites – BTS CG session 2026"
CAL_ENTETE = ["Jour", "Épreuve", "Heure de Tahiti", "Heure de Paris (pour information)", "Durée"]
# (jour, [ (épreuve, tahiti, paris, durée), ... ])
CAL = [
    ("lun. 11/05", [("E3 – 2ème partie : Culture économique, juridique et managériale", "7 h 00 – 11 h 00", "19 h 00 – 23 h 00", "4 h")]),
    ("mar. 12/05", [("E1 – Culture générale et expression", "7 h 00 – 11 h 00", "19 h 00 – 23 h 00", "4 h"),
                    ("E2 – Anglais (écrit)", "13 h 00 – 15 h 00", "1 h 00 – 3 h 00 (le 13/05)", "2 h")]),
    ("mer. 13/05", [("E4 – Traitement et contrôle des opérations comptables, fiscales et sociales", "7 h 00 – 11 h 30", "19 h 00 – 23 h 30", "4 h 30")]),
    ("jeu. 14/05", [("Ascension – jour férié, pas d'épreuve", "", "", "")]),
    ("ven. 15/05", [("E3 – 1ère partie : Mathématiques appliquées", "7 h 00 – 9 h 00", "19 h 00 – 21 h 00", "2 h")]),
]
E5_NOTE = ("L'épreuve E5 est évaluée exclusivement en contrôle en cours de formation ; aucune convocation n'est "
           "émise. Les établissements conservent les situations d'évaluation à la disposition du jury.")
ORAUX_TITRE = "Épreuve E6 et épreuve facultative"
ORAUX = [
    "Les dossiers E6 (tableau de synthèse et fiches descriptives) sont remis au vice-rectorat, bureau DEC 3, "
    "<b>avant le 10/04 à 11 h 00</b>, délai de rigueur.",
    "Contrôle de conformité des dossiers E6 : 17/04 à 8 h 00, au vice-rectorat.",
    "Réunion d'harmonisation des examinateurs E6 : 22/05 à 13 h 30, lycée Paul-Gauguin.",
    "Interrogations E6 : du 26/05 au 29/05, lycée Paul-Gauguin.",
    "EF1 (oral) : du 01/06 au 02/06, lycée Samuel-Raapoto.",
]
CENTRES_TITRE = "Centres d'épreuves"
CENTRES_ENTETE = ["Établissement", "Adresse", "Commune", "Épreuves"]
CENTRES = [
    ("Lycée Paul-Gauguin", "Rue du Commandant Destremeau<br>BP 4562 – 98713 Papeete", "Papeete (Tahiti)", "écrits, E6"),
    ("Lycée Samuel-Raapoto", "PK 4,5 côté mer<br>BP 14203 – 98701 Arue", "Arue (Tahiti)", "écrits, EF1"),
    ("Lycée d'Uturoa", "Route de ceinture<br>BP 2 – 98735 Uturoa", "Uturoa (Raiatea)", "écrits"),
]
FORMATION = ("Pour information, les candidats du lycée Aorai (Pirae) et du CFA de la CCISM (Papeete) "
             "composent au lycée Paul-Gauguin ; ces deux établissements ne sont pas centres d'épreuves.")
FIN_TITRE = "Délibérations et résultats"
FIN = [
    "Jury de délibération : 19/06 à 8 h 00, vice-rectorat (salle du conseil).",
    "Affichage des résultats : 23/06 à 16 h 00, dans les centres et sur le site du vice-rectorat.",
    "Le 29/06 (fête de l'autonomie) est férié : les services du vice-rectorat seront fermés.",
]
SIGNATURE = ["Le vice-recteur,", "Pour le vice-recteur et par délégation,", "le directeur des examens et concours,",
             "Teva Maraetaata"]
