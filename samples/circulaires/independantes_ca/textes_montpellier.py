"""BTS Agencement de l'environnement architectural (AEA), académie de Montpellier, session 2027. Invented text."""
STEM = "circulaire_aea_2027_montpellier"
AUTEUR = "Sandrine Vidal-Roussel"
TITRE = "BTS AEA session 2027 - circulaire académique"
EN_TETE_G = ["RÉGION ACADÉMIQUE OCCITANIE", "ACADÉMIE DE MONTPELLIER", "Liberté", "Égalité", "Fraternité"]
EN_TETE_D = ["Rectorat", "Division des examens et concours", "DEC 5 – Examens de l'enseignement supérieur",
             "Affaire suivie par : Sandrine Vidal-Roussel", "Tél. : 04 67 91 48 27", "Mél : dec5-bts@ac-montpellier.fr",
             "31 rue de l'Université – CS 39004", "34064 Montpellier Cedex 2"]
LIEU_DATE = "Montpellier, le 12 février 2027"
EXPEDITEUR = ["La rectrice de la région académique Occitanie,", "rectrice de l'académie de Montpellier,", "chancelière des universités"]
DESTINATAIRES = ["à", "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat préparant au BTS AEA",
                 "Mesdames et Messieurs les chefs de centre d'épreuves", "Mesdames et Messieurs les directeurs de CFA"]
OBJET = "BTS Agencement de l'environnement architectural (AEA) – Organisation de la session 2027"
REFERENCES = ["Arrêté du 18 juillet 2019 portant définition et fixant les conditions de délivrance du BTS AEA",
              "Note de service nationale d'organisation des BTS, session 2027, du 7 janvier 2027"]
PJ = "Annexe 1 : bordereau de dépôt du dossier E6"

BLOCS = [
    ("p", "La présente circulaire précise les modalités d'organisation de la session 2027 du brevet de technicien "
          "supérieur Agencement de l'environnement architectural dans l'académie de Montpellier. Je vous remercie d'en "
          "assurer une large diffusion auprès des équipes pédagogiques et des candidats."),
    ("h", "I. Centres d'épreuves"),
    ("table", ["Centre", "Adresse", "Épreuves accueillies"], [
        ["Lycée Jean Mermoz", "717 avenue Jean Mermoz, 34060 Montpellier", "Épreuves écrites (candidats de l'Hérault, de l'Aude et des Pyrénées-Orientales)"],
        ["Lycée Ernest Hemingway", "98 avenue Jean Jaurès, 30900 Nîmes", "Épreuves écrites (candidats du Gard et de la Lozère)"],
        ["Lycée Georges Pompidou", "351 avenue Pierre Mendès-France, 34170 Castelnau-le-Lez", "Épreuve pratique E5, épreuve E6 (U61, U62), dépôt des dossiers, jury"],
    ]),
    ("h", "II. Calendrier des épreuves ponctuelles"),
    ("table", ["Date", "Horaires", "Épreuve", "Unité", "Intitulé", "Durée"], [
        ["lundi 10 mai 2027", "8 h 00 – 12 h 00", "E4", "U4", "Analyse et diagnostic de l'existant", "4 h"],
        ["mardi 11 mai 2027", "14 h 00 – 18 h 00", "E1", "U1", "Culture générale et expression", "4 h"],
        ["mercredi 12 mai 2027", "10 h 00 – 12 h 00", "E2", "U2", "Langue vivante étrangère : anglais", "2 h"],
        ["mercredi 12 mai 2027", "14 h 00 – 16 h 00", "E3", "U31", "Mathématiques", "2 h"],
        ["vendredi 14 mai 2027", "8 h 00 – 14 h 00", "E5", "U5", "Conception détaillée et communication technique (épreuve pratique, Lycée Georges Pompidou)", "6 h"],
    ]),
    ("p", "Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le vendredi 7 mai 2027. Les candidats "
          "se présentent au centre trente minutes avant le début de chaque épreuve, munis de leur convocation et d'une "
          "pièce d'identité."),
    ("p", "La sous-épreuve U32 Physique-chimie est évaluée en contrôle en cours de formation (CCF) pour les candidats "
          "scolaires et apprentis des établissements habilités. Les notes de CCF de U32 seront saisies dans "
          "l'application de gestion au plus tard le vendredi 21 mai 2027."),
    ("p", "Surveillance : les établissements de formation communiqueront au centre d'écrit de leurs candidats la liste "
          "des personnels désignés pour la surveillance avant le vendredi 26 mars 2027 (une personne par épreuve au "
          "moins)."),
    ("p", "Correction : une réunion d'entente des correcteurs de l'épreuve E4 se tiendra le jeudi 20 mai 2027 à "
          "14 h 00 au Lycée Jean Mermoz, Montpellier."),
    ("h", "III. Épreuve E6 – Projet d'agencement (U61 et U62)"),
    ("p", "Le rapport d'activités en milieu professionnel (U61) et le dossier de projet (U62) sont déposés en deux "
          "exemplaires, accompagnés du bordereau figurant en annexe 1, au secrétariat des examens du Lycée Georges "
          "Pompidou, au plus tard le vendredi 9 avril 2027 à 12 h 00. Aucun dossier ne sera accepté après cette "
          "échéance ; l'envoi postal est possible, le cachet de la poste ne faisant pas foi."),
    ("p", "Le contrôle de conformité des dossiers sera effectué le mercredi 14 avril 2027 à 14 h 00 au Lycée Georges "
          "Pompidou par une commission présidée par l'inspecteur de la spécialité. Les établissements seront informés "
          "des non-conformités avant les vacances de printemps (zone C), qui débutent le samedi 17 avril 2027 ; les "
          "cours reprendront le lundi 3 mai 2027."),
    ("table", ["Unité", "Période d'interrogation", "Lieu"], [
        ["U61 – Présentation du rapport d'activités", "du mardi 25 au jeudi 27 mai 2027", "Lycée Georges Pompidou, Castelnau-le-Lez"],
        ["U62 – Soutenance du projet d'agencement", "du lundi 31 mai au vendredi 4 juin 2027", "Lycée Georges Pompidou, Castelnau-le-Lez"],
    ]),
    ("p", "Les convocations individuelles précisent le jour et l'heure de passage de chaque candidat."),
    ("h", "IV. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le mardi 29 juin 2027 à 9 h 00 au Lycée Georges Pompidou. Les résultats "
          "seront publiés le vendredi 2 juillet 2027 à partir de 10 h 00 sur le site de l'académie."),
    ("p", "Pour mémoire, le jury de la session 2026 s'était réuni le mardi 30 juin 2026 ; l'avancement de la date cette "
          "année impose le strict respect des échéances de saisie des notes."),
    ("p", "Mes services restent à votre disposition pour toute précision complémentaire."),
]
SIGNATURE = ["Pour la rectrice et par délégation,", "la cheffe de la division des examens et concours,", "Hélène Barthès-Combes"]
ANNEXE = [
    ("h", "Annexe 1 – Bordereau de dépôt du dossier E6 (U61 – U62) – BTS AEA session 2027"),
    ("p", "Nom et prénom du candidat : ………………………………………………"),
    ("p", "Numéro de candidat : ……………………    Établissement de formation : ……………………………………"),
    ("p", "Nombre d'exemplaires déposés : ……    Date de dépôt : …… / …… / 2027    Heure : ……"),
    ("p", "Signature du candidat :                    Cachet et visa du centre :"),
]
PIEGES = ["2027-02-12", "2027-01-07", "2019-07-18", "2027-05-06", "2027-05-07", "2027-04-17", "2027-05-03", "2026-06-30"]
