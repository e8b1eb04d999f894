"""BTS Commerce international, session 2027, académie de Bordeaux: centres étrangers (Maroc, Sénégal, Côte d'Ivoire).
Reference hours: Paris. Local hours are given beside them. Invented content."""

TRAPS = ["2027-01-18", "2022-02-03", "2026-11-24", "2027-05-06", "2027-05-15", "2027-05-16", "2027-05-17"]

BLOCS = [
    ("entete", ["Académie de Bordeaux", "Rectorat – Division des examens et concours",
                "Bureau DEC 3 – Brevets de technicien supérieur", "Pôle des centres d'examen à l'étranger",
                "Affaire suivie par : Solène Darriet-Lacombe", "Tél. : 05 57 57 38 12",
                "Mél : dec3-etranger@ac-bordeaux.example"]),
    ("droite", "Bordeaux, le 18 janvier 2027"),
    ("droite", "Le recteur de la région académique Nouvelle-Aquitaine, recteur de l'académie de Bordeaux"),
    ("droite", "à"),
    ("droite", "Mesdames et Messieurs les chefs des établissements d'enseignement français à l'étranger, centres "
               "d'examen ; Mesdames et Messieurs les conseillers de coopération et d'action culturelle des ambassades "
               "de France au Maroc, au Sénégal et en Côte d'Ivoire (s/c de l'AEFE)"),
    ("p", "<b>Objet :</b> BTS Commerce international (CI) – session 2027 – organisation des épreuves dans les centres "
          "étrangers rattachés à l'académie de Bordeaux"),
    ("p", "<b>Références :</b> arrêté du 3 février 2022 portant définition et fixant les conditions de délivrance du "
          "brevet de technicien supérieur « Commerce international » ; note de service du 24 novembre 2026 fixant le "
          "calendrier national des épreuves écrites des BTS, session 2027."),
    ("p", "L'académie de Bordeaux organise, pour la session 2027, les épreuves du BTS Commerce international des "
          "candidats scolarisés ou résidant au Maroc, au Sénégal et en Côte d'Ivoire. La présente circulaire précise "
          "les centres retenus, le calendrier, les modalités de dépôt des dossiers et d'acheminement des copies."),
    ("h", "1. Heure de référence"),
    ("p", "Les épreuves écrites se déroulent simultanément dans tous les centres, sur les sujets nationaux. "
          "<b>Les horaires de la présente circulaire sont exprimés en heure de Paris, qui fait seule référence.</b> "
          "Les heures locales sont indiquées pour l'organisation des salles : en mai et juin 2027, le Maroc est à "
          "l'heure de Paris moins une heure (GMT+1), le Sénégal et la Côte d'Ivoire à l'heure de Paris moins deux "
          "heures (GMT). Une épreuve commençant à 8 h heure de Paris commence ainsi à 7 h heure locale à Rabat, "
          "Casablanca et Marrakech, et à 6 h heure locale à Dakar et Abidjan."),
    ("h", "2. Centres d'examen"),
    ("table", ["Pays", "Centre d'examen", "Ville", "Horaires (heure locale)", "Dépôt des dossiers"], [
        ["Maroc", "Lycée Descartes", "Rabat", "heure de Paris − 1 h", "Service culturel de l'ambassade de France, Rabat"],
        ["Maroc", "Lycée Lyautey", "Casablanca", "heure de Paris − 1 h", "Service culturel de l'ambassade de France, Rabat"],
        ["Maroc", "Lycée Victor-Hugo", "Marrakech", "heure de Paris − 1 h", "Service culturel de l'ambassade de France, Rabat"],
        ["Sénégal", "Lycée Jean-Mermoz", "Dakar", "heure de Paris − 2 h", "Service culturel de l'ambassade de France, Dakar"],
        ["Côte d'Ivoire", "Lycée Blaise-Pascal", "Abidjan", "heure de Paris − 2 h", "Service culturel de l'ambassade de France, Abidjan"],
    ]),
    ("p", "La correction des copies de l'ensemble des centres étrangers est assurée au lycée Gustave-Eiffel, "
          "143 cours de la Marne, 33000 Bordeaux."),
    ("h", "3. Calendrier des épreuves écrites"),
    ("table", ["Date", "Épreuve", "Heure de Paris (référence)", "Heure locale Maroc", "Heure locale Sénégal, Côte d'Ivoire"], [
        ["Mardi 11 mai 2027", "E5 – Mise en œuvre des opérations internationales", "14 h 00 – 18 h 00", "13 h 00 – 17 h 00", "12 h 00 – 16 h 00"],
        ["Mercredi 12 mai 2027", "E1 – Culture générale et expression", "9 h 00 – 13 h 00", "8 h 00 – 12 h 00", "7 h 00 – 11 h 00"],
        ["Mercredi 12 mai 2027", "E3 – Culture économique, juridique et managériale", "14 h 30 – 18 h 30", "13 h 30 – 17 h 30", "12 h 30 – 16 h 30"],
        ["Jeudi 13 mai 2027", "E21 – Langue vivante étrangère A (écrit)", "10 h 00 – 12 h 00", "9 h 00 – 11 h 00", "8 h 00 – 10 h 00"],
    ]),
    ("p", "L'épreuve E2 – Communication en langues vivantes étrangères comprend deux sous-épreuves : E21 (langue A, "
          "écrite, ci-dessus) et E22 (langue B, orale, voir § 5)."),
    ("p", "Le jeudi 6 mai 2027 (Ascension) est férié en France. L'Aïd el-Kébir (Tabaski), attendu le dimanche 16 mai "
          "2027 sous réserve de l'observation de la lune, pourra entraîner la fermeture des établissements au Maroc, au "
          "Sénégal et en Côte d'Ivoire du samedi 15 au lundi 17 mai 2027 : aucune épreuve n'est programmée ces jours-là."),
    ("h", "4. Dossiers de l'épreuve E6 – dépôt par l'intermédiaire du service culturel"),
    ("p", "Les candidats déposent leur dossier E6 (Développement commercial international) en deux exemplaires auprès "
          "du service culturel de l'ambassade de France de leur pays de résidence (Rabat pour l'ensemble du Maroc, Dakar, "
          "Abidjan) <b>au plus tard le vendredi 2 avril 2027</b>, le cachet du service culturel faisant foi."),
    ("p", "Les services culturels transmettent les dossiers au rectorat de Bordeaux (DEC 3) par valise diplomatique "
          "<b>au plus tard le vendredi 9 avril 2027</b>."),
    ("p", "Le contrôle de conformité des dossiers E6 a lieu au rectorat de Bordeaux le <b>mardi 20 avril 2027 à "
          "14 h 00</b> (heure de Paris). Les non-conformités sont notifiées aux candidats par l'intermédiaire du "
          "service culturel."),
    ("h", "5. Épreuves orales"),
    ("p", "Les épreuves orales se déroulent dans le centre d'écrit de chaque pays (lycée Descartes pour l'ensemble du "
          "Maroc), devant des commissions de l'académie de Bordeaux siégeant sur place ou en visioconférence. "
          "Les convocations indiquent l'heure locale de passage."),
    ("table", ["Épreuve", "Période"], [
        ["E22 – Langue vivante étrangère B (oral)", "du mardi 25 au vendredi 28 mai 2027"],
        ["E4 – Relation commerciale interculturelle en langue étrangère", "du lundi 31 mai au vendredi 4 juin 2027"],
        ["E6 – Développement commercial international", "du lundi 7 au jeudi 10 juin 2027"],
    ]),
    ("h", "6. Acheminement et correction des copies"),
    ("p", "À l'issue de chaque épreuve, les copies sont placées sous enveloppes scellées, une par épreuve, et remises le "
          "jour même au service culturel. Elles sont acheminées vers Bordeaux par valise diplomatique : "
          "<b>envoi des copies par valise diplomatique au plus tard le vendredi 14 mai 2027</b>."),
    ("p", "La correction a lieu au lycée Gustave-Eiffel de Bordeaux du mercredi 19 au vendredi 21 mai 2027."),
    ("h", "7. Jury et résultats"),
    ("p", "Le jury de délibération se réunit le jeudi 1er juillet 2027 à 9 h 00 (heure de Paris) au rectorat de "
          "Bordeaux. Les résultats seront publiés le vendredi 2 juillet 2027 à 10 h 00 heure de Paris, soit 9 h à Rabat, "
          "Casablanca et Marrakech et 8 h à Dakar et à Abidjan."),
    ("sig", ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours",
             "Hélène Marquestaut-Biraben"]),
]
