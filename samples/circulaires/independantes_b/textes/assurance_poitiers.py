"""BTS Assurance, académie de Poitiers, session 2026 — circulaire au format lettre de rectorat.
Colonne latérale (cadre ancré à la page) + corps à droite. Les notes de bas de page sont
écrites [[note : ...]] dans le texte et deviennent de vraies notes ODF."""

LATERAL = [
    ("b", "Rectorat de l'académie de Poitiers"),
    ("", ""),
    ("b", "Division des examens et concours"),
    ("", "DEC 4 – Examens de l'enseignement supérieur"),
    ("", ""),
    ("", "Affaire suivie par :"),
    ("", "Nadia Ferrand"),
    ("", "Tél. : 05 16 52 64 00"),
    ("", "Mél : ce.dec4@ac-poitiers.fr"),
    ("", ""),
    ("", "22 rue Guillaume VII le Troubadour"),
    ("", "CS 40625"),
    ("", "86022 Poitiers Cedex"),
    ("", ""),
    ("", "Accueil téléphonique du lundi au vendredi, de 9 h à 12 h et de 14 h à 16 h 30."),
    ("", ""),
    ("", "Le service sera fermé du lundi 13 juillet au vendredi 14 août 2026."),
]

LIEU_DATE = "Poitiers, le 3 février 2026"
EXPEDITEUR = "Le recteur de l'académie de Poitiers,\nchancelier des universités"
DESTINATAIRES = [
    "à",
    "Mesdames et Messieurs les chefs d'établissement publics et privés sous contrat",
    "Mesdames et Messieurs les directeurs des centres de formation d'apprentis",
    "s/c de Mesdames et Messieurs les inspecteurs d'économie-gestion",
]
OBJET = "Objet : organisation du BTS Assurance – session 2026"
REFERENCES = ("Références : décret n° 2013-756 du 19 août 2013 ; arrêté du 1er juillet 2016 portant "
              "définition et fixant les conditions de délivrance du BTS Assurance ; note de service "
              "ministérielle du 9 décembre 2025.")

CORPS = [
    ("p", "La présente circulaire précise les modalités d'organisation de la session 2026 du BTS "
          "Assurance dans l'académie de Poitiers. Je vous remercie de la diffuser aux équipes "
          "pédagogiques et aux candidats concernés, et de veiller au respect des échéances qu'elle fixe."),
    ("h", "1. Inscriptions et convocations"),
    ("p", "Les convocations seront mises à disposition des établissements dans l'application Cyclades "
          "courant avril. Les candidats individuels les téléchargeront depuis leur espace personnel. "
          "Toute erreur d'état civil ou d'épreuve doit être signalée sans délai à la DEC 4."),
    ("h", "2. Calendrier des épreuves écrites"),
    ("p", "Les épreuves écrites se déroulent aux dates et heures suivantes (heure de Paris) :"),
    ("table", [
        ["Épreuve", "Date", "Horaires", "Durée"],
        ["E3 – Culture économique, juridique et managériale", "lundi 11 mai 2026", "14 h – 18 h", "4 h"],
        ["E2 – Langue vivante étrangère : anglais (partie écrite)[[note : La partie orale de l'épreuve E2 est évaluée en contrôle en cours de formation pour les candidats des établissements habilités ; les autres candidats sont interrogés pendant la période des oraux.]]",
         "mardi 12 mai 2026", "10 h – 12 h", "2 h"],
        ["E1 – Culture générale et expression", "mardi 12 mai 2026", "14 h – 18 h", "4 h"],
        ["E51 – Gestion des contrats : étude de cas", "mercredi 13 mai 2026", "14 h – 18 h", "4 h"],
    ]),
    ("p", "Les candidats composent dans l'un des centres d'écrit suivants, selon l'affectation portée "
          "sur leur convocation :"),
    ("ul", ["Lycée Camille Guérin, 33 rue de la Gibauderie, 86000 Poitiers ;",
            "Lycée Jean Dautet, 18 rue Delayant, 17000 La Rochelle ;",
            "Lycée Guez de Balzac, 1 place Beaulieu, 16000 Angoulême ;",
            "Lycée Jean Macé, 18 rue du Docteur Laffitte, 79000 Niort."]),
    ("h", "3. Épreuves orales et dossiers"),
    ("h2", "3.1 Épreuve E4 – Développement commercial et relation client"),
    ("p", "L'épreuve orale E4 se déroulera du mercredi 3 juin au vendredi 5 juin 2026 au lycée "
          "Camille Guérin de Poitiers. Les dossiers, en deux exemplaires, seront déposés au "
          "secrétariat du lycée au plus tard le vendredi 17 avril 2026 à 12 h."),
    ("h2", "3.2 Épreuve E5 – Gestion des contrats et des sinistres"),
    ("p", "Outre la sous-épreuve écrite E51 mentionnée ci-dessus, la sous-épreuve orale E52 "
          "(gestion des sinistres) aura lieu du lundi 8 juin au mercredi 10 juin 2026 au lycée "
          "Jean Dautet de La Rochelle. Le dossier support de la sous-épreuve E52 sera déposé "
          "au lycée Jean Dautet au plus tard le lundi 4 mai 2026 à 12 h."),
    ("p", "Chaque dossier comprend :"),
    ("ul", ["la fiche d'identification du candidat, datée et signée ;",
            "les attestations de stage ou le contrat d'apprentissage ;",
            "les fiches descriptives des situations professionnelles, visées par le formateur."]),
    ("p", "La commission de contrôle de conformité des dossiers E4 et E52 se réunira le mardi "
          "19 mai 2026 à 14 h au rectorat. Un dossier déclaré non conforme entraîne l'attribution "
          "de la mention « non valide » à l'épreuve concernée[[note : Article D. 643-15 du code de l'éducation ; le candidat est informé par la DEC avant le début des épreuves orales.]]."),
    ("h2", "3.3 Épreuve facultative"),
    ("p", "L'épreuve facultative de langue vivante (EF1) se tiendra le jeudi 4 juin 2026 au lycée "
          "Camille Guérin de Poitiers."),
    ("h", "4. Corrections et réunion d'entente"),
    ("p", "La réunion d'entente des correcteurs de la sous-épreuve E51 se tiendra le lundi 18 mai 2026 "
          "à 14 h en visioconférence[[note : Le lien de connexion sera adressé aux correcteurs par courriel le vendredi 15 mai 2026.]]. "
          "Les corrections se dérouleront ensuite du mardi 19 mai au vendredi 22 mai 2026 au lycée "
          "Guez de Balzac d'Angoulême."),
    ("h", "5. Livrets scolaires"),
    ("p", "Les livrets scolaires, complétés et classés par ordre alphabétique, seront transmis au "
          "lycée Camille Guérin au plus tard le vendredi 22 mai 2026."),
    ("h", "6. Délibérations et résultats"),
    ("p", "Le jury de délibération se réunira le mercredi 24 juin 2026 à 9 h au rectorat de Poitiers. "
          "Les résultats seront publiés le jeudi 25 juin 2026 à partir de 14 h."),
    ("p", "Je vous remercie de votre collaboration."),
]
SIGNATURE = ["Pour le recteur et par délégation,",
             "la cheffe de la division des examens et concours",
             "", "Claire Moreau-Lasserre"]
