"""Textes de la circulaire fictive BTS CPRP, académie de Limoges, session 2028 (DOCX -> PDF -> scan)
et de son rectificatif (ODT -> PDF)."""

EN_TETE = ["ACADÉMIE DE LIMOGES", "Rectorat – Division des examens et concours (DEC)",
           "Pôle des examens technologiques et professionnels supérieurs"]
PIED = "Rectorat de Limoges – 13 rue François Chénieux – CS 23124 – 87031 Limoges Cedex 1"
LIEU_DATE = "Limoges, le 7 février 2028"
OBJET = ("Objet : BTS Conception des processus de réalisation de produits (CPRP), options A et B – "
         "organisation de la session 2028")
REFERENCES = [
    "Décret n° 2013-756 du 19 août 2013 (règlement général du BTS) ;",
    "Arrêté du 3 avril 2012 modifié portant définition et fixant les conditions de délivrance du BTS CPRP ;",
    "Circulaire nationale d'organisation de la session 2028 du 17 janvier 2028.",
]
INTRO = ("Vous trouverez ci-après les informations relatives à l'organisation de l'examen. Le règlement "
         "d'examen est rappelé au point 1 ; le calendrier des épreuves écrites, présenté par centre, figure au "
         "point 2.")
TITRE_1 = "1. Rappel du règlement d'examen (candidats scolaires et apprentis)"
# (épreuve, unité, forme, durée)
REGLEMENT = [
    ("E1 – Culture générale et expression", "U1", "ponctuelle écrite", "4 h"),
    ("E2 – Langue vivante étrangère : anglais", "U2", "ponctuelle écrite", "2 h"),
    ("E3 – Mathématiques et physique-chimie", "", "", ""),
    ("     E.3.1 – Mathématiques", "U31", "ponctuelle écrite", "2 h"),
    ("     E.3.2 – Physique-chimie", "U32", "CCF uniquement", "–"),
    ("E4 – Conception préliminaire", "U4", "ponctuelle écrite", "4 h"),
    ("E5 – Projet industriel de conception et d'industrialisation", "U5", "ponctuelle orale", "1 h"),
    ("E6 – Élaboration de processus et suivi de réalisation", "", "", ""),
    ("     E.6.1 – Élaboration de processus de réalisation", "U61", "ponctuelle écrite", "4 h"),
    ("     E.6.2 – Gestion et suivi de la réalisation", "U62", "ponctuelle orale", "40 min"),
    ("EF1 – Langue vivante étrangère 2 (facultative)", "UF1", "orale", "20 min"),
]
CCF_NOTE = ("La sous-épreuve E.3.2 – Physique-chimie est évaluée exclusivement en contrôle en cours de formation "
            "par les établissements : elle ne figure pas au calendrier.")
TITRE_2 = "2. Calendrier des épreuves écrites par centre d'examen"
# colonnes : épreuves ; lignes : centres
COLONNES = ["E4\nConception préliminaire", "E1\nCulture générale", "E2\nAnglais", "E.3.1\nMathématiques",
            "E.6.1\nÉlaboration de processus"]
CENTRES = [
    (["Lycée Turgot", "6 rue Paul-Derignac", "BP 1153", "87031 Limoges Cedex 1"],
     ["mar. 16/05/28\n08h00-12h00", "mar. 16/05/28\n14h00-18h00", "mer. 17/05/28\n10h00-12h00",
      "mer. 17/05/28\n14h00-16h00", "jeu. 18/05/28\n08h00-12h00"]),
    (["Lycée Raymond Loewy", "place Joliot-Curie", "23300 La Souterraine"],
     ["mar. 16/05/28\n08h00-12h00", "mar. 16/05/28\n14h00-18h00", "voir lycée Turgot (*)",
      "mer. 17/05/28\n14h00-16h00", "jeu. 18/05/28\n08h00-12h00"]),
    (["Lycée Danton", "rue Danton", "19311 Brive-la-Gaillarde Cedex"],
     ["mar. 16/05/28\n8h-12h", "mar. 16/05/28\n14h-18h", "mer. 17/05/28\n10h-12h",
      "mer. 17/05/28\n14h-16h", "18-05-2028\n8h-12h"]),
]
TABLEAU_NOTE = ("(*) Les candidats inscrits au lycée Raymond Loewy composent l'épreuve E2 au lycée Turgot. "
                "Horaires de métropole. Aucune épreuve le lundi 8 mai 2028 (jour férié).")
TITRE_3 = "3. Épreuves orales et pratiques"
ORAUX = [
    "E5 – Projet industriel de conception et d'industrialisation : soutenances du mardi 6 au vendredi 9 juin "
    "2028 au lycée Turgot (le lundi 5 juin 2028, lundi de Pentecôte, est férié).",
    "E.6.2 – Gestion et suivi de la réalisation : interrogations du lundi 12 au mercredi 14 juin 2028 au lycée "
    "Turgot.",
    "EF1 – Langue vivante étrangère 2 : mer. 24/05/28, lycée Turgot, selon convocation.",
]
TITRE_4 = "4. Dossiers, réunions, jury"
ETAPES = [
    "Dépôt des dossiers de projet industriel (E5), en deux exemplaires papier accompagnés de la version "
    "numérique : au plus tard le vendredi 28 avril 2028 à 16 h, au secrétariat du DDFPT du lycée Turgot.",
    "Contrôle de conformité des dossiers E5 : mercredi 3 mai 2028 à 13 h 30, lycée Turgot.",
    "Réunion d'entente des correcteurs E4 : lundi 22 mai 2028 à 9 h, lycée Turgot.",
    "Réunion d'harmonisation des commissions E5 : vendredi 2 juin 2028 à 14 h, lycée Turgot.",
    "Jury de délibération : jeudi 22 juin 2028 à 9 h 30, lycée Turgot.",
    "Publication des résultats : mardi 27 juin 2028 à 10 h.",
]
TITRE_5 = "5. Établissements de formation (ne sont pas centres d'examen)"
FORMATION = ("Lycée Georges Cabanis (Brive-la-Gaillarde) – Pôle formation UIMM Limousin (Limoges) – "
             "Lycée Jean Favard (Guéret).")
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la DEC", "Nathalie Vergnaud"]

# ---------------- rectificatif ----------------
R_LIEU_DATE = "Limoges, le 13 mars 2028"
R_OBJET = ("Objet : RECTIFICATIF n° 1 à la circulaire du 7 février 2028 – BTS Conception des processus de "
           "réalisation de produits (CPRP) – session 2028")
R_INTRO = ("Des modifications sont apportées au calendrier publié par la circulaire citée en objet. Les "
           "dispositions qui ne sont pas mentionnées ci-dessous demeurent inchangées.")
R_POINTS = [
    "Épreuve E5 – Projet industriel de conception et d'industrialisation : la période d'interrogation « du "
    "mardi 6 au vendredi 9 juin 2028 » est remplacée par la période du mercredi 7 au vendredi 9 juin 2028.",
    "Contrôle de conformité des dossiers E5 : la date du mercredi 3 mai 2028 est remplacée par celle du mardi "
    "2 mai 2028, à 13 h 30, au lycée Turgot, 6 rue Paul-Derignac, 87031 Limoges Cedex 1.",
    "Jury de délibération : la date du jeudi 22 juin 2028 est remplacée par celle du vendredi 23 juin 2028 à "
    "9 h 30.",
]
R_TABLEAU = [  # (objet, date initiale, nouvelle date)
    ("Interrogations E5", "6 au 9 juin 2028", "7 au 9 juin 2028"),
    ("Conformité E5", "3 mai 2028", "2 mai 2028 – 13 h 30"),
    ("Jury", "22 juin 2028", "23 juin 2028 – 9 h 30"),
]
R_RAPPEL = ("Sans changement : la date limite de dépôt des dossiers E5 reste fixée au vendredi 28 avril 2028 à "
            "16 h, au lycée Turgot.")
R_SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la DEC", "Nathalie Vergnaud"]
