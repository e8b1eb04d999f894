"""BTS Analyses de biologie médicale, académie de Nantes, session 2027 — circulaire au format
lettre de rectorat réalisée avec python-docx : tableau de mise en page à 2 colonnes
(colonne latérale à gauche, corps à droite). Notes appelées par ¹ ² et regroupées en bas de partie."""

LATERAL = [
    ("b", "Rectorat de l'académie de Nantes"),
    ("", ""),
    ("b", "Division des examens et concours"),
    ("", "DEC 2 – Bureau des BTS"),
    ("", ""),
    ("", "Affaire suivie par"),
    ("", "Yannick Le Goff"),
    ("", "Tél. 02 40 37 33 50"),
    ("", "Mél. ce.dec2-bts@ac-nantes.fr"),
    ("", ""),
    ("", "4 rue de la Houssinière"),
    ("", "BP 72616"),
    ("", "44326 Nantes Cedex 3"),
    ("", ""),
    ("i", "Accueil du public : du lundi au vendredi, 8 h 30 – 12 h et 13 h 30 – 17 h"),
    ("", ""),
    ("i", "Permanence téléphonique renforcée du lundi 3 mai au vendredi 14 mai 2027"),
]

LIEU_DATE = "Nantes, le 11 janvier 2027"
EXPEDITEUR = ["La rectrice de la région académique Pays de la Loire,",
              "rectrice de l'académie de Nantes,", "chancelière des universités"]
DESTINATAIRES = ["à",
                 "Mesdames et Messieurs les chefs d'établissement",
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation"]
OBJET = "Objet : BTS Analyses de biologie médicale (ABM) – organisation de la session 2027"
REFERENCES = "Réf. : arrêté du 25 avril 2022 portant définition et fixant les conditions de délivrance du BTS ABM."

CORPS = [
    ("p", "J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2027 du "
          "brevet de technicien supérieur Analyses de biologie médicale. L'académie de Nantes "
          "organise l'examen pour l'ensemble de ses candidats ; les centres désignés ci-dessous "
          "accueillent les candidats de toutes les voies de formation."),
    ("h", "I. Calendrier des épreuves"),
    ("p", "Les épreuves ponctuelles se dérouleront selon le calendrier suivant :"),
    ("table", [
        ["Épreuve", "Date", "Horaires", "Durée"],
        ["E1 – Culture générale et expression", "lundi 10 mai 2027", "14 h 00 – 18 h 00", "4 h"],
        ["E2 – Anglais", "mardi 11 mai 2027", "10 h 00 – 12 h 00", "2 h"],
        ["E31 – Mathématiques", "CCF ¹", "—", "—"],
        ["E32 – Sciences physiques et chimiques", "mercredi 12 mai 2027", "10 h 00 – 12 h 00", "2 h"],
        ["E4 – Biologie et physiopathologie humaines", "mercredi 12 mai 2027", "14 h 00 – 17 h 00", "3 h"],
        ["E51 – Analyses de biologie médicale : épreuve écrite", "jeudi 13 mai 2027", "14 h 00 – 18 h 00", "4 h"],
        ["E52 – Analyses de biologie médicale : épreuve pratique", "du lundi 31 mai au vendredi 4 juin 2027", "selon convocation", "2 × 4 h"],
        ["E6 – Soutenance du rapport de stage", "du lundi 7 juin au mercredi 9 juin 2027", "selon convocation", "40 min"],
    ]),
    ("p", "Les épreuves écrites ont lieu au lycée Gabriel Guist'hau, 3 rue Marie-Anne du Boccage, "
          "44000 Nantes, pour les candidats de Loire-Atlantique et de Vendée, et au lycée Chevrollier, "
          "2 rue Adrien Recouvreur, 49000 Angers, pour les candidats du Maine-et-Loire, de la Mayenne "
          "et de la Sarthe."),
    ("notes", ["¹ L'épreuve E3 comprend deux sous-épreuves : la sous-épreuve E31 est évaluée en contrôle "
               "en cours de formation ; les notes sont transmises à la DEC 2 au plus tard le vendredi 21 mai 2027."]),
    ("h", "II. Épreuves pratiques et orales"),
    ("p", "L'épreuve E5 – Analyses de biologie médicale comporte une sous-épreuve écrite (E51) et une "
          "sous-épreuve pratique (E52). La sous-épreuve E52 se déroule au lycée Chevrollier, 2 rue "
          "Adrien Recouvreur, 49000 Angers. Les examinateurs sont convoqués à une réunion "
          "d'harmonisation le mercredi 26 mai 2027 à 14 h au lycée Chevrollier."),
    ("p", "L'épreuve E6 se déroule au lycée Touchard-Washington, place Washington, 72000 Le Mans²."),
    ("notes", ["² Les candidats sont convoqués individuellement ; l'ordre de passage est affiché dans le centre la veille de l'épreuve."]),
    ("h", "III. Dossiers à transmettre"),
    ("p", "Les établissements veilleront au respect des échéances suivantes :"),
    ("ul", ["rapports de stage E6 (deux exemplaires) : dépôt au lycée Touchard-Washington au plus tard le vendredi 14 mai 2027 à 12 h ;",
            "fiches de synthèse des travaux pratiques E52 et attestations de formation : dépôt au lycée Chevrollier au plus tard le mercredi 19 mai 2027 à 17 h ;",
            "contrôle de conformité des rapports de stage E6 : jeudi 20 mai 2027 à 14 h, au lycée Touchard-Washington."]),
    ("p", "Tout dossier non déposé dans les délais entraîne la mention « non valide » pour l'épreuve concernée."),
    ("h", "IV. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le jeudi 24 juin 2027 à 14 h au rectorat de Nantes. "
          "Les résultats seront publiés le vendredi 25 juin 2027 à 10 h sur le site de l'académie."),
    ("p", "Je vous remercie de votre précieuse collaboration."),
]
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours", "", "Erwan Kerbrat"]
