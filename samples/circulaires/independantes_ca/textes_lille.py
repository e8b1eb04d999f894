"""BTS Métiers de la mode - vêtements (MMV), académie de Lille, session 2030. Invented text."""
STEM = "circulaire_mmv_2030_lille"
AUTEUR = "Mathilde Desreumaux"
TITRE = "BTS MMV - session 2030"
EN_TETE_G = ["RÉGION ACADÉMIQUE HAUTS-DE-FRANCE", "ACADÉMIE DE LILLE", "Liberté", "Égalité", "Fraternité"]
EN_TETE_D = ["Division des examens et concours", "DEC 2 – Bureau des BTS", "Affaire suivie par : Mathilde Desreumaux",
             "Tél : 03 20 15 62 38", "Mél : dec2-bts@ac-lille.fr", "144 rue de Bavay – BP 709", "59033 Lille Cedex"]
LIEU_DATE = "Lille, le 18 février 2030"
EXPEDITEUR = ["Le recteur de la région académique Hauts-de-France,", "recteur de l'académie de Lille,", "chancelier des universités"]
DESTINATAIRES = ["à", "Mesdames et Messieurs les chefs d'établissement et directeurs de CFA",
                 "préparant au BTS Métiers de la mode – vêtements"]
OBJET = "BTS Métiers de la mode – vêtements (MMV) : organisation de la session 2030"
REFERENCES = ["Arrêté du 25 mars 2020 portant définition et fixant les conditions de délivrance du BTS MMV",
              "Circulaire nationale d'organisation des BTS du 16 janvier 2030"]
PJ = "Annexe : attestation de dépôt du dossier U6"

BLOCS = [
    ("p", "Vous trouverez ci-après les informations relatives à l'organisation de la session 2030 du BTS Métiers "
          "de la mode – vêtements pour l'académie de Lille. Je vous remercie de les porter à la connaissance des "
          "candidats et des équipes pédagogiques."),
    ("h", "A. Épreuves écrites ponctuelles"),
    ("p", "Centres d'écrit : Lycée Gaston Berger, avenue Gaston Berger, 59000 Lille ; Lycée Gambetta, 80 boulevard "
          "Gambetta, 59200 Tourcoing."),
    ("table", ["Date", "Horaire", "Unité", "Épreuve"], [
        ["lundi 13 mai 2030", "08h00 - 12h00", "U41", "Analyse technique et esthétique d'un modèle"],
        ["mardi 14 mai 2030", "14h00 - 18h00", "U1", "Culture générale et expression"],
        ["mercredi 15 mai 2030", "10h00 - 12h00", "U2", "Anglais"],
        ["mercredi 15 mai 2030", "14h00 - 16h00", "U31", "Mathématiques"],
        ["jeudi 16 mai 2030", "10h00 - 12h00", "U32", "Physique-chimie"],
        ["jeudi 16 mai 2030", "13h30 - 17h30", "U5", "Industrialisation d'un modèle"],
    ]),
    ("p", "Le mercredi 8 mai 2030 est férié. Aucune épreuve n'a lieu le jeudi 30 mai 2030 (Ascension), le vendredi "
          "31 mai 2030 (pont) et le lundi 10 juin 2030 (lundi de Pentecôte)."),
    ("h", "B. Épreuves pratiques et orales"),
    ("table", ["Unité", "Épreuve", "Période", "Centre"], [
        ["U42", "Élaboration du modèle (pratique, 16 h réparties)", "du lundi 20 mai au vendredi 24 mai 2030", "Lycée Jean Moulin, 49 boulevard du Général de Gaulle, 59100 Roubaix"],
        ["UF1", "Langue vivante étrangère 2 (épreuve facultative, oral)", "du mardi 21 au jeudi 23 mai 2030", "Lycée Gaston Berger, Lille"],
        ["U6", "Projet professionnel (oral)", "du lundi 3 au jeudi 6 juin 2030", "Lycée Jean Moulin, Roubaix"],
    ]),
    ("p", "Une réunion d'harmonisation des examinateurs de l'unité U42 se tiendra le mardi 28 mai 2030 à 14h00 au "
          "Lycée Jean Moulin."),
    ("h", "C. Dossier de l'unité U6"),
    ("p", "Les fiches de stage, visées par le tuteur, seront transmises au Lycée Jean Moulin avant le vendredi 15 mars "
          "2030."),
    ("p", "Le dossier de projet professionnel est déposé en deux exemplaires au Lycée Jean Moulin au plus tard le "
          "vendredi 5 avril 2030, 12h00. Le contrôle de conformité aura lieu le jeudi 11 avril 2030 à 14h00, avant les "
          "vacances de printemps (du samedi 13 avril au lundi 29 avril 2030)."),
    ("h", "D. Jury et résultats"),
    ("p", "Le jury se réunira le jeudi 27 juin 2030 à 9h00 au rectorat de Lille. Les résultats seront consultables "
          "le lundi 1er juillet 2030 à partir de 10h00."),
]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Jérôme Vandewalle"]
ANNEXE = [
    ("h", "Attestation de dépôt du dossier U6 – BTS MMV session 2030"),
    ("p", "Je soussigné(e) ……………………………… certifie avoir reçu le dossier de M./Mme ………………………………"),
    ("p", "le …… / …… / 2030 à …… h ……    Cachet de l'établissement :"),
]
PIEGES = ["2030-02-18", "2020-03-25", "2030-01-16", "2030-05-08", "2030-05-30", "2030-05-31", "2030-06-10", "2030-04-13", "2030-04-29"]
