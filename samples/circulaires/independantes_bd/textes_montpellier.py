"""BTS Management en hôtellerie-restauration (MHR), académie de Montpellier, session 2026 (fictitious).
Rendered as a PDF whose text uses Type3 fonts with scrambled character codes, plus a plain-text copy."""
TITRE = "Circulaire BTS MHR 2026 - Montpellier"
BLOCS = [
    ("entete",
     ["ACADÉMIE DE MONTPELLIER", "Rectorat – Division des examens et concours", "Bureau des examens post-baccalauréat",
      "Affaire suivie par : Nathalie Pujol", "Tél. : 04 67 91 48 26", "31 rue de l'Université – CS 39004",
      "34064 Montpellier Cedex 2"],
     ["Montpellier, le 19 janvier 2026", "", "La rectrice de l'académie de Montpellier", "à",
      "Mesdames et Messieurs les chefs d'établissement"]),
    ("objet", "BTS Management en hôtellerie-restauration (MHR) – Session 2026 – Calendrier et organisation"),
    ("ref", "Arrêté du 28 mars 2018 portant définition et fixant les conditions de délivrance du BTS « Management en hôtellerie-restauration »."),
    ("p", "La présente circulaire fixe le calendrier de la session 2026 du BTS Management en hôtellerie-restauration "
          "dans l'académie de Montpellier."),
    ("h", "1. Épreuves écrites"),
    ("table", [0.24, 0.18, 0.58], ["Date", "Horaire", "Épreuve"], [
        ["Lundi 11 mai 2026", "14h00 – 18h00", "E1 – Culture générale et expression"],
        ["Mardi 12 mai 2026", "13h30 – 17h30", "E4 – Management de l'entreprise hôtelière et de restauration"],
        ["Mercredi 13 mai 2026", "10h00 – 12h00", "E21 – Langue vivante A, partie écrite"],
    ]),
    ("p", "La partie orale E22 de la langue vivante A et l'épreuve E3 – Langue vivante B sont évaluées en CCF : "
          "elles ne donnent lieu à aucune convocation académique."),
    ("p", "Centres d'épreuves écrites :"),
    ("liste", ["Lycée Jean Mermoz – 717 avenue Jean Mermoz – 34000 Montpellier",
               "Lycée Léon Blum – 15 avenue Paul Cézanne – 66000 Perpignan",
               "Lycée Ernest Hemingway – 98 avenue Jean Jaurès – 30900 Nîmes"]),
    ("h", "2. Épreuves pratiques de management opérationnel"),
    ("table", [0.44, 0.28, 0.28], ["Épreuve", "Dates", "Centre"], [
        ["E51 – Management opérationnel de la restauration", "du lundi 18 au vendredi 22 mai 2026", "Lycée Georges Frêche, Montpellier"],
        ["E52 – Management opérationnel de l'hébergement", "du mardi 26 au jeudi 28 mai 2026", "Lycée Georges Frêche, Montpellier"],
    ]),
    ("p", "Le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (Pentecôte) sont fériés."),
    ("h", "3. Épreuve E6 – Conduite d'un projet entrepreneurial"),
    ("p", "Le dossier est déposé au plus tard le vendredi 3 avril 2026 à 16h00 au lycée Georges Frêche (pôle "
          "hôtelier, 401 rue Le Titien, 34000 Montpellier). Le contrôle de conformité se tient le jeudi 16 avril 2026 "
          "à 9h00. Les soutenances ont lieu du lundi 1er juin au vendredi 5 juin 2026 dans le même lycée."),
    ("p", "Les sections de BTS MHR du lycée privé Notre-Dame de la Merci (Montpellier) et du CFA régional de "
          "l'hôtellerie de Béziers sont des établissements de formation et non des centres d'épreuves."),
    ("h", "4. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le mercredi 24 juin 2026 à 14h00 au rectorat. Les résultats seront "
          "consultables à partir du vendredi 3 juillet 2026 sur le site de l'académie."),
    ("signature", ["Pour la rectrice et par délégation,", "la cheffe de la division des examens et concours,", "", "Corinne Fabre"]),
]
