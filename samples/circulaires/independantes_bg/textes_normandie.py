"""BTS CRSA, académie de Normandie, session 2027 — built as DOCX then saved as Word 97-2003 (.doc) by LibreOffice."""

ENTETE = [
    ("titre", "RÉGION ACADÉMIQUE NORMANDIE"),
    ("p", "Rectorat de l'académie de Normandie\nDivision des examens et concours – Pôle BTS industriels\nSite de Rouen : 25 rue de Fontenelle – 76037 Rouen Cedex 1"),
    ("droite", "Caen, le 18 janvier 2027"),
]

MEMO = [
    ("DESTINATAIRES", "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat\n"
                      "Mesdames et Messieurs les directeurs de CFA"),
    ("AFFAIRE SUIVIE PAR", "Yannick Lemonnier – 02 31 30 16 52 – dec-bts-industriels@ac-normandie.fr"),
    ("OBJET", "BTS Conception et réalisation de systèmes automatiques (CRSA) – Session 2027"),
    ("RÉF.", "Arrêté du 23 juin 2014 modifié portant définition du BTS CRSA ; note de service nationale du 30 novembre 2026"),
    ("P.J.", "2 annexes (centres d'épreuves ; bordereau de dépôt E62)"),
]

CORPS = [
    ("h", "1. Structure de l'examen (rappel)"),
    ("liste", ["E1 – Culture générale et expression",
               "E2 – Anglais",
               "E3 – Mathématiques et physique-chimie : E31 Mathématiques ; E32 Physique-chimie",
               "E4 – Conception préliminaire d'un système automatisé",
               "E5 – Conception détaillée : E51 Conception détaillée d'une chaîne fonctionnelle ; E52 Industrialisation d'un système",
               "E6 – Réalisation et mise en service : E61 Réalisation, mise en service et exploitation ; E62 Projet technique",
               "EF1 – Langue vivante étrangère 2 (facultative)"]),
    ("h", "2. Calendrier des épreuves écrites"),
    ("table", [3.6, 2.4, 1.9, 7.0, 1.5],
     ["Date", "Horaire", "Épreuve", "Intitulé", "Durée"],
     [["Lundi 10/05/2027", "14 h – 18 h", "E1", "Culture générale et expression", "4 h"],
      ["Mardi 11/05/2027", "10 h – 12 h", "E2", "Anglais", "2 h"],
      ["Mardi 11/05/2027", "14 h – 16 h", "E31", "Mathématiques", "2 h"],
      ["Mercredi 12/05/2027", "8 h – 10 h", "E32", "Physique-chimie", "2 h"],
      ["Jeudi 20/05/2027", "8 h – 12 h", "E4", "Conception préliminaire d'un système automatisé", "4 h"],
      ["Vendredi 21/05/2027", "8 h – 12 h", "E51", "Conception détaillée d'une chaîne fonctionnelle", "4 h"]]),
    ("p", "Aucune épreuve n'est placée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte)."),
    ("p", "Les épreuves écrites ont lieu au lycée Marcel Sembat (Sotteville-lès-Rouen), au lycée Jules Verne "
          "(Mondeville) et au lycée Alexis de Tocqueville (Cherbourg-en-Cotentin) ; adresses en annexe 1."),
    ("h", "3. Correction"),
    ("p", "La réunion d'entente des correcteurs des épreuves E4 et E51 se tiendra le mardi 25 mai 2027 à 9 h 30 au "
          "lycée Marcel Sembat. La correction se déroulera du mardi 25 mai au mardi 1er juin 2027."),
    ("h", "4. Épreuves en CCF et épreuves orales"),
    ("p", "Les sous-épreuves E52 et E61 sont évaluées en contrôle en cours de formation pour tous les candidats : "
          "elles ne donnent lieu à aucune convocation académique."),
    ("p", "Sous-épreuve E62 – Projet technique :"),
    ("liste", ["dépôt du dossier au lycée Marcel Sembat le mercredi 5 mai 2027 à 12 h au plus tard ;",
               "contrôle de conformité des dossiers le mardi 18 mai 2027 à 9 h ;",
               "soutenances du lundi 7 juin au jeudi 10 juin 2027, au lycée Marcel Sembat (Sotteville-lès-Rouen)."]),
    ("p", "Épreuve facultative EF1 : le mercredi 2 juin 2027, au lycée Alexis de Tocqueville (Cherbourg-en-Cotentin)."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury se réunira le jeudi 24 juin 2027 à 14 h au rectorat, site de Rouen. Les résultats seront "
          "publiés le vendredi 2 juillet 2027 à 10 h."),
    ("droite", "Pour le recteur et par délégation,\nle chef de la division des examens et concours\n\nÉtienne Hébert"),
]

ANNEXE = [
    ("h", "Annexe 1 – Centres d'épreuves"),
    ("table", [5.0, 7.4, 4.0],
     ["Centre", "Adresse", "Épreuves"],
     [["Lycée Marcel Sembat", "128 rue Léon Salva\n76300 Sotteville-lès-Rouen", "écrits, E62, entente"],
      ["Lycée Jules Verne", "12 rue Lucien Bossoutrot\n14120 Mondeville", "écrits"],
      ["Lycée Alexis de Tocqueville", "34 avenue Henri Poincaré\n50100 Cherbourg-en-Cotentin", "écrits, EF1"]]),
    ("h", "Annexe 2 – Bordereau de dépôt du dossier E62"),
    ("p", "Établissement : ……………………………………   Nombre de dossiers : ……\n"
          "Date de dépôt : ……/……/2027   Signature du chef de centre :"),
]
