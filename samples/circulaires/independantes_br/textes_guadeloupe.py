"""BTS Électrotechnique, session 2030, académie de la Guadeloupe (with Saint-Martin).
Reference hours: Guadeloupe's own (UTC-4; Paris shown beside). Invented content."""

TRAPS = ["2030-02-04", "2020-04-09", "2029-12-13", "2030-05-27", "2030-05-28", "2030-05-30", "2030-06-10"]

BLOCS = [
    ("entete", ["Académie de la Guadeloupe", "Rectorat – Division des examens et concours",
                "Parc d'activités La Providence – ZAC de Dothémare – 97139 Les Abymes",
                "Dossier suivi par : Murielle Bélénus – 0590 47 81 26"]),
    ("droite", "Les Abymes, le 4 février 2030"),
    ("droite", "Le recteur de la région académique Guadeloupe à Mesdames et Messieurs les proviseurs des lycées publics "
               "et privés sous contrat ; Madame la cheffe du service de l'éducation de Saint-Martin"),
    ("p", "<b>Objet :</b> Brevet de technicien supérieur Électrotechnique (ELT) – session 2030 – organisation des épreuves"),
    ("p", "<b>Références :</b> arrêté du 9 avril 2020 portant définition du BTS Électrotechnique ; note nationale du "
          "13 décembre 2029 fixant le calendrier des épreuves écrites."),
    ("h", "1. Horaires"),
    ("p", "Tous les horaires ci-dessous sont <b>en heure légale de la Guadeloupe (UTC−4)</b>, valable également à "
          "Saint-Martin et à Saint-Barthélemy. Pendant l'heure d'été métropolitaine, l'écart avec Paris est de six "
          "heures. Les épreuves sur sujet national se déroulent simultanément avec la métropole ; l'heure de Paris est "
          "rappelée pour information. L'épreuve de mathématiques (E31), programmée le matin en métropole, est composée "
          "l'après-midi en Guadeloupe sur un sujet spécifique Antilles-Guyane."),
    ("h", "2. Centres d'épreuves"),
    ("table", ["Centre", "Ville", "Rôle"], [
        ["Lycée de Baimbridge", "Les Abymes", "épreuves écrites"],
        ["Lycée Gerville-Réache", "Basse-Terre", "épreuves écrites (Basse-Terre et Marie-Galante)"],
        ["Lycée des Îles du Nord", "Saint-Martin", "épreuves écrites des candidats de Saint-Martin et de Saint-Barthélemy"],
        ["Lycée Carnot", "Pointe-à-Pitre", "contrôle de conformité ; épreuves orales E5 et E6"],
    ]),
    ("h", "3. Épreuves écrites"),
    ("table", ["Date", "Épreuve", "Heure de Guadeloupe", "Heure de Paris"], [
        ["lundi 13 mai 2030", "E41 – Pré-étude et modélisation", "8 h 00 – 12 h 00", "14 h 00 – 18 h 00"],
        ["mardi 14 mai 2030", "E1 – Culture générale et expression", "8 h 00 – 12 h 00", "14 h 00 – 18 h 00"],
        ["mercredi 15 mai 2030", "E32 – Physique et chimie", "8 h 00 – 10 h 00", "14 h 00 – 16 h 00"],
        ["mercredi 15 mai 2030", "E31 – Mathématiques (sujet spécifique Antilles-Guyane)", "13 h 00 – 15 h 00", "—"],
        ["jeudi 16 mai 2030", "E2 – Langue vivante étrangère : anglais", "8 h 00 – 10 h 00", "14 h 00 – 16 h 00"],
        ["vendredi 17 mai 2030", "E42 – Conception et industrialisation", "8 h 00 – 12 h 00", "14 h 00 – 18 h 00"],
    ]),
    ("p", "E3 – Mathématiques et physique-chimie regroupe E31 et E32 ; E4 – Étude d'un système technique industriel "
          "regroupe E41 et E42."),
    ("p", "Les copies des candidats composant au lycée des Îles du Nord sont acheminées vers Pointe-à-Pitre par le "
          "premier vol disponible et parviennent au rectorat au plus tard le lundi 20 mai 2030."),
    ("h", "4. Dossiers E5 et E6"),
    ("p", "Les dossiers de projet (E5) et les rapports d'activités en entreprise (E6) sont déposés au rectorat (DEC) "
          "<b>au plus tard le vendredi 5 avril 2030 à 12 h 00</b>. Les candidats de Saint-Martin et de Saint-Barthélemy "
          "les remettent au service de l'éducation de Saint-Martin, qui les transmet au rectorat. Le contrôle de "
          "conformité des rapports E6 a lieu le mardi 16 avril 2030 à 8 h 30 au lycée Carnot."),
    ("h", "5. Épreuves orales"),
    ("table", ["Épreuve", "Période", "Lieu"], [
        ["E5 – Projet", "du lundi 3 au jeudi 6 juin 2030", "Lycée Carnot, Pointe-à-Pitre"],
        ["E6 – Rapport d'activités en entreprise", "du mardi 11 au jeudi 13 juin 2030", "Lycée Carnot, Pointe-à-Pitre"],
    ]),
    ("p", "Jours fériés : le lundi 27 mai 2030 (commémoration de l'abolition de l'esclavage) en Guadeloupe, le mardi "
          "28 mai 2030 à Saint-Martin ; le jeudi 30 mai 2030 (Ascension) et le lundi 10 juin 2030 (lundi de Pentecôte)."),
    ("h", "6. Jury et résultats"),
    ("p", "Le jury de délibération se réunit le mercredi 26 juin 2030 à 8 h 30 au rectorat. Les résultats seront "
          "publiés le jeudi 27 juin 2030 à 10 h 00 (16 h 00 heure de Paris)."),
    ("sig", ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours",
             "Ghislaine Ancelin-Jabot"]),
]
