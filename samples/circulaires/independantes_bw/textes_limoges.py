"""BTS AMCR, académie de Limoges, session 2028 (texte inventé)."""
STEM = "circulaire_amcr_2028_limoges"
PIED = "Rectorat de Limoges – 13, rue François Chénieux – CS 23124 – 87031 Limoges Cedex 1"
TRAPS = ["2028-05-08", "2028-05-25", "2028-06-05", "2028-04-08", "2028-04-24", "2027-07-06", "2020-06-04", "2027-12-14"]

BLOCS = [
    ("entete", ["ACADÉMIE DE LIMOGES", "Liberté – Égalité – Fraternité", "",
                "Rectorat", "Division des examens et concours (DEC)", "Bureau des examens de l'enseignement supérieur", "",
                "Affaire suivie par : Patrick Lagorce", "Tél : 05 55 11 42 87", "Courriel : ce.dec-bts@ac-limoges.fr",
                "13, rue François Chénieux – CS 23124", "87031 Limoges Cedex 1"]),
    ("lieu_date", "Limoges, le 25 janvier 2028"),
    ("dest", ["Le recteur de l'académie de Limoges", "", "à", "",
              "Mesdames et Messieurs les chefs d'établissement",
              "(lycées et CFA préparant au BTS AMCR)", "s/c de Mesdames et Messieurs les IA-IPR et IEN-ET"]),
    ("objet", "BTS Architectures en métal : conception et réalisation (AMCR) – Organisation de la session 2028"),
    ("refs", ["Arrêté du 4 juin 2020 portant définition et fixant les conditions de délivrance du brevet de "
              "technicien supérieur « Architectures en métal : conception et réalisation » ;",
              "Note de service nationale du 14 décembre 2027 relative à l'organisation des épreuves de la session 2028."]),
    ("p", "J'ai l'honneur de vous communiquer ci-dessous les informations relatives à l'organisation de la session "
          "2028 du BTS AMCR dans l'académie de Limoges. Je vous saurais gré de bien vouloir porter ces instructions "
          "à la connaissance des enseignants et des candidats concernés."),
    ("h", "I. Épreuves écrites"),
    ("table", ["Date", "Horaire", "Épreuve", "Intitulé"], [
        ["Lundi 15 mai 2028", "8 h 00 à 12 h 00", "E41", "Analyse et conception d'ouvrage"],
        ["Lundi 15 mai 2028", "14 h 00 à 18 h 00", "E1", "Culture générale et expression"],
        ["Mardi 16 mai 2028", "9 h 00 à 11 h 00", "E2", "Anglais"],
        ["Mardi 16 mai 2028", "14 h 00 à 16 h 00", "E3", "Mathématiques"],
        ["Mercredi 17 mai 2028", "8 h 30 à 12 h 30", "E42", "Dimensionnement des structures"],
        ["Mercredi 17 mai 2028", "14 h 00 à 17 h 00", "E51", "Préparation de la réalisation"],
    ], [3.6, 3.6, 2.0, 7.0]),
    ("p", "Les sous-épreuves E41 et E42 constituent l'épreuve E4 « Étude et conception d'ouvrages ». La sous-épreuve "
          "E51 relève de l'épreuve E5 « Préparation et suivi de réalisation »."),
    ("p", "Je vous rappelle que les vacances de printemps s'étendent du samedi 8 avril au lundi 24 avril 2028 (reprise "
          "des cours) et que le lundi 8 mai 2028, le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 "
          "(Pentecôte) sont des jours fériés."),
    ("p", "Les propositions d'examinateurs et de correcteurs (enseignants de construction métallique et de génie "
          "civil) sont à retourner à la DEC au plus tard le vendredi 17 mars 2028."),
    ("h", "II. Épreuves pratiques et orales"),
    ("p", "La sous-épreuve pratique E52 « Réalisation et suivi en atelier » (durée totale : 12 heures réparties sur "
          "trois jours) se déroulera au lycée Raoul Dautry de Limoges du lundi 29 mai au mercredi 31 mai 2028."),
    ("p", "L'épreuve E6 « Projet » comprend la sous-épreuve E61 « Rapport d'activités en entreprise » et la "
          "sous-épreuve E62 « Soutenance du projet ». Les interrogations des deux sous-épreuves auront lieu du mardi "
          "6 juin au vendredi 9 juin 2028 au lycée Raoul Dautry. Les candidats recevront une convocation "
          "individuelle."),
    ("h", "III. Dépôt des dossiers et contrôle de conformité"),
    ("p", "Les rapports E61 et les dossiers de projet E62 sont déposés au lycée Raoul Dautry (secrétariat du DDFPT) "
          "au plus tard le vendredi 28 avril 2028 à 16 h 00. Le contrôle de conformité des dossiers sera effectué le "
          "jeudi 4 mai 2028 à 14 h 00 par une commission présidée par l'inspecteur de la spécialité. En l'absence de "
          "dossier ou en cas de non-conformité, le candidat ne pourra pas être interrogé et la mention « non valide » "
          "sera portée à l'épreuve."),
    ("h", "IV. Correction des épreuves écrites"),
    ("p", "Une réunion d'harmonisation des correcteurs des sous-épreuves E41 et E42 se tiendra le mardi 23 mai 2028 "
          "à 10 h 00 au rectorat de Limoges (salle du conseil). Les copies seront remises aux correcteurs à l'issue "
          "de cette réunion."),
    ("h", "V. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le jeudi 29 juin 2028 à 14 h 00 au lycée Raoul Dautry. Les résultats "
          "seront consultables à compter du lundi 3 juillet 2028 à 10 h 00 sur le site de l'académie."),
    ("p", "À titre indicatif, les résultats de la session 2027 avaient été publiés le mardi 6 juillet 2027."),
    ("h", "VI. Centres d'examen"),
    ("table", ["Centre d'examen", "Adresse", "Candidats concernés"], [
        ["Lycée Raoul Dautry", "14, rue du Puy Imbert – 87036 Limoges",
         "Haute-Vienne (écrits) ; épreuves pratiques et orales de tous les candidats"],
        ["Lycée Georges Cabanis", "6, boulevard Henry de Jouvenel – 19100 Brive-la-Gaillarde", "Corrèze (écrits)"],
        ["Lycée Jean Favard", "27, route de Courtille – 23000 Guéret", "Creuse (écrits)"],
    ], [4.2, 6.3, 5.7]),
    ("sig", ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours,", "",
             "Olivier Peyramaure"]),
]
