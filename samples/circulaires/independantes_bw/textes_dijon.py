"""BTS Métiers de la chimie, académie de Dijon, session 2029 (texte inventé)."""
STEM = "circulaire_chimie_2029_dijon"
PIED = "Rectorat de l'académie de Dijon – 2G, rue Général Delaborde – BP 81921 – 21019 Dijon Cedex"
TRAPS = ["2029-05-10", "2029-05-21", "2029-04-07", "2029-04-23", "2028-06-27", "2028-01-31", "2021-03-26", "2028-12-19"]

BLOCS = [
    ("entete", ["RÉGION ACADÉMIQUE BOURGOGNE-FRANCHE-COMTÉ", "ACADÉMIE DE DIJON", "Liberté – Égalité – Fraternité", "",
                "Rectorat", "Division des examens et concours", "DEC 4 – Brevets de technicien supérieur", "",
                "Dossier suivi par : Claire Vuillemin", "Tél. : 03 80 44 86 12", "Mél : dec4@ac-dijon.fr",
                "2G, rue Général Delaborde – BP 81921", "21019 Dijon Cedex"]),
    ("lieu_date", "Dijon, le 6 février 2029"),
    ("dest", ["Le recteur de la région académique Bourgogne-Franche-Comté,", "recteur de l'académie de Dijon", "",
              "à", "", "Mesdames et Messieurs les proviseurs des lycées",
              "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation"]),
    ("objet", "Circulaire d'organisation du BTS Métiers de la chimie – session 2029"),
    ("refs", ["Arrêté du 26 mars 2021 portant définition et fixant les conditions de délivrance du BTS Métiers de la "
              "chimie ;",
              "Circulaire nationale d'organisation de l'examen du 19 décembre 2028."]),
    ("p", "La présente circulaire fixe le calendrier et les modalités d'organisation de la session 2029 du BTS Métiers "
          "de la chimie pour les candidats de l'académie de Dijon. Elle abroge la circulaire académique du 31 janvier "
          "2028 relative à la session 2028."),
    ("h", "1. Calendrier récapitulatif"),
    ("table", ["Étape", "Date", "Lieu / observations"], [
        ["Transmission de la liste des professeurs surveillants", "Vendredi 9 mars 2029",
         "Au centre d'écrit de rattachement"],
        ["Dépôt des dossiers de projet E6 (U6)", "Mercredi 18 avril 2029, 17h", "Lycée Hippolyte Fontaine, Dijon"],
        ["Contrôle de conformité des dossiers E6", "Mardi 24 avril 2029, 9h30", "Lycée Hippolyte Fontaine, Dijon"],
        ["Épreuves écrites", "Voir le paragraphe 2", "Centres d'écrit (paragraphe 5)"],
        ["Réunion d'entente des correcteurs E4 (U4)", "Vendredi 18 mai 2029, 14h", "Visioconférence"],
        ["Épreuve pratique E51 (U51)", "Du mardi 22 au vendredi 25 mai 2029",
         "Lycée Nicéphore Niépce, Chalon-sur-Saône"],
        ["Épreuve orale E52 (U52)", "Du lundi 28 au mercredi 30 mai 2029", "Lycée Hippolyte Fontaine, Dijon"],
        ["Soutenance du projet E6 (U6)", "Jeudi 31 mai et vendredi 1er juin 2029", "Lycée Hippolyte Fontaine, Dijon"],
        ["Envoi des livrets scolaires", "Lundi 4 juin 2029 au plus tard", "Lycée Hippolyte Fontaine, Dijon"],
        ["Jury de délibération", "Mardi 26 juin 2029, 9h30", "Rectorat de Dijon"],
        ["Publication des résultats", "Jeudi 28 juin 2029, 10h", "Site internet de l'académie"],
    ], [6.2, 5.0, 5.0]),
    ("h", "2. Épreuves écrites"),
    ("table", ["Épreuve", "Unité", "Intitulé", "Date", "Horaire"], [
        ["E1", "U1", "Culture générale et expression", "Lundi 14 mai 2029", "14h – 18h"],
        ["E2", "U2", "Anglais", "Mardi 15 mai 2029", "10h – 12h"],
        ["E4", "U4", "Chimie et techniques analytiques", "Mercredi 16 mai 2029", "8h – 12h"],
        ["E3", "U3", "Mathématiques", "Mercredi 16 mai 2029", "14h – 17h"],
    ], [1.8, 1.6, 6.0, 4.0, 2.8]),
    ("p", "Le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (lundi de Pentecôte) sont fériés. Les vacances "
          "de printemps de la zone A s'étendent du samedi 7 avril au lundi 23 avril 2029 : les établissements "
          "veilleront à faire signer les dossiers de projet avant cette période."),
    ("h", "3. Épreuves pratiques et orales"),
    ("p", "L'épreuve E5 « Épreuve professionnelle de synthèse » comporte deux sous-épreuves : E51 (U51), épreuve "
          "pratique en laboratoire d'une durée de 6 heures, organisée au lycée Nicéphore Niépce de Chalon-sur-Saône, "
          "et E52 (U52), épreuve orale de 45 minutes organisée au lycée Hippolyte Fontaine de Dijon. L'épreuve E6 "
          "(U6) « Projet » donne lieu à une soutenance orale de 40 minutes."),
    ("p", "Les dossiers de projet E6 sont déposés au lycée Hippolyte Fontaine au plus tard le mercredi 18 avril 2029 "
          "à 17h. La commission de contrôle de conformité se réunira le mardi 24 avril 2029 à 9h30 ; les candidats "
          "dont le dossier est déclaré non conforme en seront informés par leur établissement."),
    ("h", "4. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le mardi 26 juin 2029 à 9h30 au rectorat de Dijon. Les résultats "
          "seront publiés le jeudi 28 juin 2029 à 10h. Pour rappel, le jury de la session 2028 s'était tenu le mardi "
          "27 juin 2028."),
    ("h", "5. Centres d'examen"),
    ("table", ["Centre", "Adresse", "Rôle"], [
        ["Lycée Hippolyte Fontaine", "20, boulevard Voltaire – 21000 Dijon",
         "Centre d'écrit (Côte-d'Or, Yonne) ; dépôt et conformité ; E52 ; E6"],
        ["Lycée Nicéphore Niépce", "141, avenue Boucicaut – 71100 Chalon-sur-Saône",
         "Centre d'écrit (Saône-et-Loire) ; E51"],
        ["Lycée Raoul Follereau", "9, boulevard Saint-Exupéry – 58000 Nevers", "Centre d'écrit (Nièvre)"],
    ], [4.5, 6.0, 5.7]),
    ("sig", ["Pour le recteur et par délégation,", "La secrétaire générale adjointe,", "", "Hélène Bonnardot"]),
]
