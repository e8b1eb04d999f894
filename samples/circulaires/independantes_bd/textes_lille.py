"""BTS Systèmes numériques (SN), académie de Lille, session 2028 (fictitious).
Rendered as a PDF where every glyph is a filled vector path (no font at all), plus a Markdown copy."""
TITRE = "Circulaire BTS SN 2028 - Lille"
BLOCS = [
    ("entete",
     ["RÉGION ACADÉMIQUE HAUTS-DE-FRANCE", "Académie de Lille", "Rectorat – Division des examens et concours",
      "Bureau DEC 5 – Brevets de technicien supérieur", "Affaire suivie par : Thibault Vanhoutte",
      "Tél. : 03 20 15 62 47", "144 rue de Bavay – BP 709", "59033 Lille Cedex"],
     ["Lille, le 7 mars 2028", "", "Le recteur de la région académique Hauts-de-France,",
      "recteur de l'académie de Lille", "à", "Mesdames et Messieurs les chefs d'établissement"]),
    ("objet", "BTS Systèmes numériques, option A Informatique et réseaux (SN) – Session 2028"),
    ("ref", "Arrêté du 3 juin 2021 portant définition et fixant les conditions de délivrance du BTS « Systèmes numériques »."),
    ("p", "J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2028 du BTS Systèmes "
          "numériques, option Informatique et réseaux, pour l'académie de Lille."),
    ("h", "I. Épreuves écrites"),
    ("table", [0.22, 0.17, 0.61], ["Date", "Horaire", "Épreuve"], [
        ["Lundi 15 mai 2028", "14h00 – 18h00", "E1 – Culture générale et expression"],
        ["Mardi 16 mai 2028", "9h00 – 11h00", "E2 – Anglais"],
        ["Mardi 16 mai 2028", "14h00 – 16h00", "E31 – Mathématiques"],
        ["Mercredi 17 mai 2028", "8h00 – 14h00", "E4 – Étude d'un système numérique et d'information"],
    ]),
    ("p", "La sous-épreuve E32 – Physique-chimie est évaluée en CCF uniquement."),
    ("p", "Les épreuves écrites ont lieu dans les centres suivants :"),
    ("liste", ["Lycée Gaston Berger – avenue Gaston Berger – 59000 Lille",
               "Lycée Jean Bart – 1 rue du Chevalier Jean Bart – 59140 Dunkerque",
               "Lycée Condorcet – 25 rue Étienne Dolet – 62300 Lens"]),
    ("p", "Une réunion d'entente sur le barème de l'épreuve E4 se tiendra le jeudi 18 mai 2028 à 14h00 au lycée "
          "Gaston Berger ; la présence des correcteurs convoqués est obligatoire."),
    ("h", "II. Épreuves pratiques et orales"),
    ("table", [0.40, 0.32, 0.28], ["Épreuve", "Période", "Lieu"], [
        ["E5 – Intervention sur un système numérique (pratique, 4 h)", "du lundi 29 mai au vendredi 2 juin 2028",
         "Lycée César Baggio, boulevard d'Alsace, 59000 Lille"],
        ["E6 – Projet technique (soutenance, 1 h)", "du mardi 6 juin au vendredi 9 juin 2028", "Lycée César Baggio, Lille"],
    ]),
    ("p", "Les dossiers de projet E6 sont déposés en deux exemplaires au lycée César Baggio au plus tard le "
          "vendredi 12 mai 2028 à 17h00. Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (Pentecôte) sont fériés."),
    ("p", "Les établissements de formation (lycée Louis Pasteur de Somain, lycée privé Saint-Paul de Lille) "
          "transmettent au centre la liste de leurs candidats et de leurs examinateurs."),
    ("h", "III. Notes, jury et résultats"),
    ("p", "Les notes de CCF et d'épreuves pratiques sont saisies au plus tard le mardi 13 juin 2028. Le jury de "
          "délibération se réunira le lundi 26 juin 2028 à 14h00 au rectorat de Lille. Les résultats seront publiés "
          "le vendredi 30 juin 2028 à 10h00."),
    ("signature", ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "", "Arnaud Delecroix"]),
]
