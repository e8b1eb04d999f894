"""BTS Management en hôtellerie-restauration, session 2026, académie de La Réunion (with Mayotte candidates).
Reference hours: La Réunion's own (Paris and Mayotte shown beside). Invented content."""

TRAPS = ["2026-03-09", "2018-04-05", "2025-12-12", "2026-04-30", "2026-05-14", "2026-05-15", "2026-05-25"]

BLOCS = [
    ("entete", ["Région académique La Réunion", "Académie de La Réunion",
                "Rectorat – Division des examens et concours – DEC 4", "24 avenue Georges-Brassens – 97702 Saint-Denis cedex 9",
                "Affaire suivie par : Nadia Payet-Hoarau – 02 62 48 13 70"]),
    ("droite", "Saint-Denis, le 9 mars 2026"),
    ("droite", "Le recteur de l'académie de La Réunion à Mesdames et Messieurs les proviseurs des lycées et les "
               "directeurs des centres de formation préparant au BTS MHR ; Monsieur le recteur de l'académie de Mayotte "
               "(pour information)"),
    ("p", "<b>Objet :</b> BTS Management en hôtellerie-restauration (MHR) – session 2026 – circulaire d'organisation"),
    ("p", "<b>Références :</b> arrêté du 5 avril 2018 portant définition et fixant les conditions de délivrance du BTS "
          "MHR ; circulaire nationale d'organisation du 12 décembre 2025."),
    ("h", "1. Horaires"),
    ("p", "Les horaires de la présente circulaire sont <b>ceux de La Réunion (UTC+4)</b>. Les sujets étant nationaux et "
          "communs à la métropole, les épreuves écrites sont décalées en conséquence : l'heure de Paris est rappelée "
          "entre parenthèses pour information. Les candidats de Mayotte (UTC+3) composent simultanément, soit une heure "
          "plus tôt à l'horloge de Mayotte."),
    ("h", "2. Centres d'épreuves"),
    ("table", ["Centre", "Commune", "Épreuves"], [
        ["Lycée Bellepierre", "Saint-Denis", "écrits (bassins nord et est) ; oraux E22 et E4"],
        ["Lycée Roland-Garros", "Le Tampon", "écrits (bassins sud et ouest)"],
        ["Lycée hôtelier La Renaissance", "Saint-Paul", "épreuves pratiques E5A, E5B et E5C"],
        ["Lycée Younoussa-Bamana", "Mamoudzou (Mayotte)", "écrits des candidats de Mayotte"],
    ]),
    ("h", "3. Épreuves écrites"),
    ("table", ["Date", "Épreuve", "Heure de La Réunion", "(heure de Paris)", "Mayotte (heure locale)"], [
        ["mardi 12 mai 2026", "E3 – Management de l'entreprise hôtelière et de restauration", "13 h 00 – 17 h 00", "(11 h 00 – 15 h 00)", "12 h 00 – 16 h 00"],
        ["mercredi 13 mai 2026", "E1 – Culture générale et expression", "10 h 00 – 14 h 00", "(8 h 00 – 12 h 00)", "9 h 00 – 13 h 00"],
        ["mercredi 13 mai 2026", "E21 – Langue vivante étrangère A (écrit)", "16 h 00 – 18 h 00", "(14 h 00 – 16 h 00)", "15 h 00 – 17 h 00"],
    ]),
    ("p", "L'épreuve E2 – Communication en langues vivantes étrangères comprend E21 (écrit, ci-dessus) et E22 (oral). "
          "Le jeudi 14 mai 2026 (Ascension) est férié ; le vendredi 15 mai 2026 est vaqué dans l'académie."),
    ("p", "Les copies des candidats de Mayotte sont acheminées vers le rectorat de La Réunion par le vol du samedi "
          "16 mai 2026."),
    ("p", "Le dispositif de report des épreuves en cas d'alerte cyclonique rouge reste applicable jusqu'au jeudi "
          "30 avril 2026, fin de la saison cyclonique."),
    ("h", "4. Dossier de l'épreuve E4"),
    ("p", "Le dossier de l'épreuve E4 (Entrepreneuriat et pilotage de l'entreprise hôtelière) est déposé au rectorat, "
          "DEC 4, <b>au plus tard le vendredi 10 avril 2026 à 12 h 00</b>. Le contrôle de conformité a lieu le "
          "mercredi 22 avril 2026 à 14 h 00 au lycée Bellepierre."),
    ("h", "5. Épreuves orales et pratiques"),
    ("p", "L'épreuve E5 – Conception et production de services en hôtellerie-restauration comporte trois options, "
          "évaluées séparément : E5A, E5B et E5C."),
    ("table", ["Épreuve", "Dates", "Lieu"], [
        ["E22 – Langue vivante étrangère B (oral)", "du lundi 18 au mercredi 20 mai 2026", "Lycée Bellepierre"],
        ["Commission d'harmonisation des évaluateurs E5", "mardi 26 mai 2026 à 8 h 30", "Lycée hôtelier La Renaissance"],
        ["E5B – Production culinaire", "du lundi 1er au mercredi 3 juin 2026", "Lycée hôtelier La Renaissance"],
        ["E5A – Management d'unité de restauration", "du jeudi 4 au vendredi 5 juin 2026", "Lycée hôtelier La Renaissance"],
        ["E5C – Hébergement et services associés", "du jeudi 4 au vendredi 5 juin 2026", "Lycée hôtelier La Renaissance"],
        ["E4 – Entrepreneuriat et pilotage de l'entreprise hôtelière (oral)", "du lundi 8 au jeudi 11 juin 2026", "Lycée Bellepierre"],
    ]),
    ("p", "Le lundi 25 mai 2026 (lundi de Pentecôte) est férié. Les candidats de Mayotte passent les épreuves orales et "
          "pratiques à La Réunion ; leurs frais de déplacement sont pris en charge dans les conditions habituelles."),
    ("h", "6. Jury et résultats"),
    ("p", "Le jury de délibération se réunit le jeudi 25 juin 2026 à 8 h 00 (heure de La Réunion) au rectorat, salle du "
          "conseil. Les résultats seront publiés le vendredi 26 juin 2026 à 14 h 00, heure de La Réunion (12 h 00 à "
          "Paris, 13 h 00 à Mayotte)."),
    ("sig", ["Pour le recteur et par délégation,", "le chef de la division des examens et concours",
             "Jean-Luc Técher"]),
]
