"""BTS MOS, académie de Poitiers, session 2030 (texte inventé)."""
STEM = "circulaire_mos_2030_poitiers"
PIED = "Rectorat de l'académie de Poitiers – 22, rue Guillaume VII le Troubadour – CS 40625 – 86022 Poitiers Cedex"
TRAPS = ["2030-05-08", "2030-05-30", "2030-06-10", "2030-04-20", "2030-05-06", "2029-06-28", "2022-04-21", "2030-01-10"]

BLOCS = [
    ("entete", ["ACADÉMIE DE POITIERS", "Liberté – Égalité – Fraternité", "",
                "Rectorat", "Division des examens et concours", "DEC 2 – Bureau des BTS", "",
                "Affaire suivie par : Mathieu Rambaud", "Tél. 05 16 52 63 40", "ce.dec2@ac-poitiers.fr",
                "22, rue Guillaume VII le Troubadour", "CS 40625 – 86022 Poitiers Cedex"]),
    ("lieu_date", "Poitiers, le 15 janvier 2030"),
    ("dest", ["La rectrice de l'académie de Poitiers", "", "à", "",
              "Mesdames et Messieurs les chefs d'établissement publics et privés",
              "Mesdames et Messieurs les directeurs de centres de formation d'apprentis"]),
    ("objet", "Brevet de technicien supérieur Management opérationnel de la sécurité (MOS) – session 2030 – "
              "organisation des épreuves"),
    ("refs", ["Arrêté du 21 avril 2022 portant définition et fixant les conditions de délivrance du BTS Management "
              "opérationnel de la sécurité ;",
              "Circulaire nationale d'organisation des épreuves du 10 janvier 2030."]),
    ("p", "J'ai l'honneur de vous faire connaître les dispositions arrêtées pour l'organisation de la session 2030 "
          "du BTS MOS dans l'académie de Poitiers. Je vous remercie de les porter à la connaissance des équipes "
          "pédagogiques et des candidats, y compris des candidats individuels."),
    ("h", "1. Épreuves écrites"),
    ("table", ["Jour", "Horaire", "Code", "Épreuve"], [
        ["Lundi 13 mai 2030", "14 h – 18 h", "E3", "Culture économique, juridique et managériale appliquée"],
        ["Mardi 14 mai 2030", "14 h – 18 h", "E1", "Culture générale et expression"],
        ["Mercredi 15 mai 2030", "10 h – 12 h", "E2", "Langue vivante étrangère : anglais"],
        ["Jeudi 16 mai 2030", "9 h – 13 h", "E4", "Management de la sécurité et de la sûreté"],
    ], [3.8, 2.8, 1.6, 8.0]),
    ("p", "Les établissements de formation communiquent au centre d'écrit la liste des personnels désignés pour la "
          "surveillance au plus tard le vendredi 15 mars 2030."),
    ("p", "Pour l'organisation des établissements, je rappelle que les vacances de printemps s'étendent du samedi "
          "20 avril au lundi 6 mai 2030 et que le mercredi 8 mai 2030, le jeudi 30 mai 2030 (Ascension) et le lundi "
          "10 juin 2030 (Pentecôte) sont fériés."),
    ("h", "2. Dossiers des épreuves E5 et E6"),
    ("p", "Les dossiers de l'épreuve E5 « Prévention et gestion des risques » et de l'épreuve E6 « Management des "
          "équipes et relation client » sont adressés au lycée Aliénor d'Aquitaine de Poitiers au plus tard le "
          "vendredi 5 avril 2030 à 12 h, le cachet de la poste faisant foi pour les candidats individuels."),
    ("p", "Le contrôle de conformité aura lieu le jeudi 11 avril 2030 à 14 h au lycée Aliénor d'Aquitaine. Un "
          "dossier non conforme entraîne l'attribution de la mention « non valide » à l'épreuve concernée."),
    ("h", "3. Épreuves orales"),
    ("p", "Les interrogations orales de l'épreuve E5 se dérouleront du lundi 20 au vendredi 24 mai 2030 ; celles de "
          "l'épreuve E6 du lundi 3 au mercredi 5 juin 2030. Elles sont organisées au lycée Aliénor d'Aquitaine pour "
          "l'ensemble des candidats de l'académie."),
    ("h", "4. Correction"),
    ("p", "La commission d'entente de l'épreuve E4 se réunira le mardi 21 mai 2030 à 10 h au lycée Aliénor "
          "d'Aquitaine. Les correcteurs des autres épreuves écrites recevront leurs copies numérisées selon le "
          "calendrier national."),
    ("h", "5. Jury, résultats et communication des copies"),
    ("p", "Le jury de délibération se tiendra le jeudi 27 juin 2030 à 14 h au lycée Aliénor d'Aquitaine. Les "
          "résultats seront publiés le mardi 2 juillet 2030 à partir de 10 h. Les candidats pourront demander "
          "communication de leurs copies jusqu'au vendredi 12 juillet 2030."),
    ("p", "Les candidats ajournés lors de la session 2029 (jury du jeudi 28 juin 2029) conservent, sur leur demande, "
          "le bénéfice des notes égales ou supérieures à 10 sur 20."),
    ("h", "6. Centres d'examen"),
    ("table", ["Centre", "Adresse", "Épreuves"], [
        ["Lycée Aliénor d'Aquitaine", "41, rue Pierre de Coubertin – 86000 Poitiers",
         "Écrits (Vienne, Charente) ; dossiers ; oraux E5 et E6 ; jury"],
        ["Lycée Jean Dautet", "18, rue Delayant – 17000 La Rochelle", "Écrits (Charente-Maritime)"],
        ["Lycée Paul Guérin", "19, rue des Fiefs – 79000 Niort", "Écrits (Deux-Sèvres)"],
    ], [4.6, 6.0, 5.6]),
    ("sig", ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours,", "",
             "Vincent Arnaudeau"]),
]
