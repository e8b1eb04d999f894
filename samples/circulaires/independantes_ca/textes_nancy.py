"""BTS Systèmes photoniques (SP), académie de Nancy-Metz, session 2029. Invented text."""
STEM = "circulaire_sp_2029_nancy-metz"
AUTEUR = "Claire Humbert-Weiss"
TITRE = "Circulaire BTS SP 2029"
EN_TETE_G = ["RÉGION ACADÉMIQUE GRAND EST", "ACADÉMIE DE NANCY-METZ", "Liberté", "Égalité", "Fraternité"]
EN_TETE_D = ["Division des examens et concours", "DEC 3 – Brevets de technicien supérieur",
             "Affaire suivie par : Claire Humbert-Weiss", "Tél. 03 83 86 21 74", "dec3@ac-nancy-metz.fr",
             "2 rue Philippe de Gueldres – CO n° 30013", "54035 Nancy Cedex"]
LIEU_DATE = "Nancy, le 5 mars 2029"
EXPEDITEUR = ["Le recteur de l'académie de Nancy-Metz"]
DESTINATAIRES = ["à", "Mesdames et Messieurs les proviseurs des lycées préparant au BTS Systèmes photoniques",
                 "Monsieur le directeur du CFA de l'industrie de Lorraine"]
OBJET = "Brevet de technicien supérieur Systèmes photoniques (SP) – session 2029"
REFERENCES = ["Arrêté du 16 février 2018 portant définition et fixant les conditions de délivrance du BTS Systèmes photoniques",
              "Note nationale de cadrage de la session 2029 du 23 janvier 2029"]
PJ = "Fiche de dépôt du dossier de projet (U5)"

BLOCS = [
    ("p", "La présente circulaire a pour objet de préciser l'organisation de la session 2029 du BTS Systèmes "
          "photoniques dans l'académie de Nancy-Metz."),
    ("h", "1 – Épreuves écrites"),
    ("p", "Les épreuves écrites se déroulent au Lycée Henri Loritz, 29 rue des Jardiniers, 54000 Nancy (candidats "
          "de Meurthe-et-Moselle et des Vosges) et au Lycée Louis Vincent, rue de Verdun, 57000 Metz (candidats de "
          "Moselle et de la Meuse), selon le calendrier suivant :"),
    ("table", ["Unité", "Intitulé", "Date", "Horaire", "Durée"], [
        ["U4", "Étude et conception d'un système photonique", "lundi 14 mai 2029", "9 h – 13 h", "4 h"],
        ["U1", "Culture générale et expression", "mardi 15 mai 2029", "14 h – 18 h", "4 h"],
        ["U31", "Mathématiques", "mercredi 16 mai 2029", "10 h – 12 h", "2 h"],
        ["U32", "Physique", "mercredi 16 mai 2029", "14 h – 17 h", "3 h"],
        ["U2", "Anglais", "CCF", "—", "—"],
    ]),
    ("p", "Le mardi 8 mai 2029 et le jeudi 10 mai 2029 (Ascension) sont fériés, de même que le lundi 21 mai 2029 "
          "(Pentecôte)."),
    ("p", "L'unité U2 est évaluée en contrôle en cours de formation dans les établissements. Les notes sont saisies "
          "au plus tard le vendredi 25 mai 2029."),
    ("p", "Une commission d'harmonisation des notes de l'unité U4 se réunira le lundi 28 mai 2029 à 14 h au Lycée "
          "Henri Loritz."),
    ("h", "2 – Épreuve E5 : projet (U5)"),
    ("p", "Le dossier de projet, accompagné de la fiche de dépôt jointe, est déposé au Lycée Henri Loritz au plus "
          "tard le vendredi 6 avril 2029 à 16 h 00."),
    ("p", "La commission de contrôle de conformité se réunira le mardi 24 avril 2029 de 9 h à 12 h, au retour des "
          "vacances de printemps (du samedi 7 au dimanche 22 avril 2029)."),
    ("p", "Les soutenances de projet (U5) auront lieu du mardi 29 mai au vendredi 1er juin 2029 au Lycée Henri "
          "Loritz (candidats de Meurthe-et-Moselle et des Vosges) et au Lycée Cormontaigne, 12 place Cormontaigne, "
          "57000 Metz (candidats de Moselle et de la Meuse)."),
    ("h", "3 – Épreuve E6 : stage en milieu professionnel (U6)"),
    ("p", "Les oraux de l'unité U6 se tiendront du lundi 4 au mercredi 6 juin 2029 dans les mêmes centres que les "
          "soutenances de projet."),
    ("h", "4 – Examinateurs"),
    ("p", "Les propositions d'examinateurs pour les unités U5 et U6 me parviendront avant le vendredi 23 mars 2029."),
    ("h", "5 – Jury et résultats"),
    ("p", "Le jury de délibération se réunira le mardi 26 juin 2029 à 14 h 00 au rectorat, salle 112. Les résultats "
          "seront publiés le vendredi 29 juin 2029."),
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Valérie Mangin-Stoll"]
ANNEXE = [
    ("h", "Fiche de dépôt du dossier de projet (U5) – BTS SP session 2029"),
    ("p", "Candidat : ……………………………………    Établissement : ……………………………………"),
    ("p", "Dossier reçu le : …… / …… / 2029 à …… h ……    Visa du centre :"),
]
PIEGES = ["2029-03-05", "2018-02-16", "2029-01-23", "2029-05-08", "2029-05-10", "2029-05-21", "2029-04-07", "2029-04-22"]
