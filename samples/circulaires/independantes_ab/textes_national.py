# -*- coding: utf-8 -*-
"""Textes de la note nationale BTS Maintenance des systèmes, session 2028 (fictive)."""
STEM = "note_nationale_ms_2028"
ENTETE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Direction générale de l'enseignement scolaire",
          "Service de l'instruction publique et de l'action pédagogique", "Bureau des diplômes de l'enseignement supérieur court"]
LIEU_DATE = "Paris, le 22 novembre 2027"
DESTINATAIRES = "à Mesdames et Messieurs les recteurs et rectrices d'académie – divisions des examens et concours"
OBJET = ("Objet : note nationale d'organisation – BTS Maintenance des systèmes (MS), options A, B et C – "
         "session 2028")
REF = ("Réf. : décret n° 2013-756 du 19 août 2013 ; arrêté du 9 mai 2014 modifié portant définition du BTS "
       "Maintenance des systèmes.")
INTRO = ("La présente note fixe les dates nationales de la session 2028. Les horaires indiqués sont ceux de "
         "la métropole ; les académies d'outre-mer appliquent les horaires locaux qui leur seront communiqués. "
         "Les épreuves se déroulent dans les centres désignés par chaque académie.")
OPTIONS = ["Option A\nSystèmes de production", "Option B\nSystèmes énergétiques et fluidiques",
           "Option C\nSystèmes éoliens"]
# lignes du tableau : code, intitulé, puis soit une cellule commune (fusion des 3 options), soit 3 cellules
TABLEAU = [
    ("E1", "Culture générale et expression", "lun. 15/05/28 – 14h-18h"),
    ("E2", "Langue vivante étrangère : anglais", "mar. 16/05/28 – 10h-12h"),
    ("E31", "Mathématiques", "mar. 16/05/28 – 14h-16h"),
    ("E32", "Physique-chimie", "mer. 17/05/28 – 10h-12h"),
    ("E4", "Analyse technique en vue de l'intégration d'un bien",
     ["jeu. 18/05/28 – 13h-17h\nsujet A", "jeu. 18/05/28 – 13h-17h\nsujet B", "jeu. 18/05/28 – 13h-17h\nsujet C"]),
    ("E51", "Analyse et diagnostic de maintenance", "CCF"),
    ("E52", "Intervention sur un système", "CCF"),
    ("E61", "Rapport d'activités en entreprise", "oral – période nationale du mar. 06/06/28 au ven. 23/06/28"),
    ("E62", "Conduite d'un projet de maintenance", "oral – même période que E61"),
    ("EF1", "Langue vivante facultative", "oral – date fixée par l'académie"),
]
FERIES = ("Jours fériés de la période : jeu. 25/05/28 (Ascension) et lun. 05/06/28 (Pentecôte). "
          "Aucune épreuve n'est fixée ces jours-là.")
QR_TITRE = "Questions – réponses"
QR = [
    ("Les sujets de l'épreuve E4 sont-ils communs aux trois options ?",
     "Non. Chaque option dispose d'un sujet propre, mais les trois sujets sont passés le même jour, "
     "le jeu. 18/05/28 de 13h à 17h, afin de préserver la confidentialité."),
    ("Une concertation des correcteurs de l'épreuve E4 est-elle prévue ?",
     "Oui : une commission nationale de concertation E4 se réunira en visioconférence le ven. 19/05/28 à 14h. "
     "Les académies pilotes y désignent un correcteur référent par option."),
    ("Quand les notes de CCF doivent-elles être transmises ?",
     "Les notes des sous-épreuves E51 et E52 sont à saisir dans l'application nationale au plus tard le "
     "ven. 09/06/28 à 18h."),
    ("Où se déroulent les épreuves orales de l'option C ?",
     "Les sous-épreuves E61 et E62 de l'option C sont organisées dans deux centres à recrutement national, "
     "indiqués ci-dessous ; les options A et B relèvent des centres académiques."),
    ("Quand les résultats sont-ils publiés ?",
     "Les académies publient les résultats au plus tard le mer. 05/07/28."),
]
CENTRES_C = [
    ("Lycée Vauban", "1 rue de Saint-Omer", "62120 Aire-sur-la-Lys"),
    ("Lycée Jean Moulin", "Boulevard Édouard Herriot", "34500 Béziers"),
]
VISA = "Visa de l'académie : le …/…/20…          Signature :"
SIGNATURE = ["Pour le ministre et par délégation,", "La sous-directrice des formations", "Hélène MARCHAND"]
PIED = "Note nationale BTS MS – session 2028"
