"""BTS Métiers de l'eau (ME), académie de la Guadeloupe, session 2031. Invented text."""
STEM = "circulaire_me_2031_guadeloupe"
AUTEUR = "Josiane Lollia-Bernier"
TITRE = "BTS Métiers de l'eau session 2031"
EN_TETE_G = ["ACADÉMIE DE LA GUADELOUPE", "Liberté", "Égalité", "Fraternité"]
EN_TETE_D = ["Rectorat", "Division des examens et concours (DEC)", "Pôle BTS",
             "Affaire suivie par : Josiane Lollia-Bernier", "Tél. : 0590 47 81 36", "Mél : dec-bts@ac-guadeloupe.fr",
             "Parc d'activités La Providence – ZAC de Dothémare – BP 480", "97183 Les Abymes Cedex"]
LIEU_DATE = "Les Abymes, le 10 février 2031"
EXPEDITEUR = ["Le recteur de la région académique Guadeloupe,", "recteur de l'académie de la Guadeloupe,", "chancelier des universités"]
DESTINATAIRES = ["à", "Mesdames et Messieurs les proviseurs des lycées préparant au BTS Métiers de l'eau",
                 "Mesdames et Messieurs les chefs de centre d'épreuves"]
OBJET = "BTS Métiers de l'eau (ME) – Session 2031 – Organisation des épreuves"
REFERENCES = ["Arrêté du 2 avril 2019 portant définition et fixant les conditions de délivrance du BTS Métiers de l'eau",
              "Note de service nationale d'organisation des BTS session 2031 du 20 janvier 2031"]
PJ = "Annexe : bordereau d'envoi des attestations de stage"

BLOCS = [
    ("p", "J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2031 du BTS Métiers de "
          "l'eau dans l'académie de la Guadeloupe. Les horaires indiqués sont exprimés en heure locale de la "
          "Guadeloupe."),
    ("h", "1. Centres d'épreuves"),
    ("table", ["Centre", "Adresse", "Épreuves"], [
        ["Lycée Baimbridge", "boulevard des Héros, 97139 Les Abymes", "épreuves écrites (Grande-Terre)"],
        ["Lycée Gerville-Réache", "rue Amédée Fengarol, 97100 Basse-Terre", "épreuves écrites (Basse-Terre)"],
        ["Lycée Louis Delgrès", "rue Henri Becquerel, 97160 Le Moule", "épreuves pratiques E51, E52 et épreuve orale E6"],
    ]),
    ("h", "2. Calendrier des épreuves"),
    ("table", ["Épreuve / Unité", "Intitulé", "Forme", "Date", "Horaires"], [
        ["E1 / U1", "Culture générale et expression", "écrite, 4 h", "lundi 12 mai 2031", "8 h 00 à 12 h 00"],
        ["E2 / U2", "Anglais", "écrite, 2 h", "mardi 13 mai 2031", "7 h 30 à 9 h 30"],
        ["E3 / U3", "Mathématiques et sciences physiques", "écrite, 3 h", "mardi 13 mai 2031", "10 h 00 à 13 h 00"],
        ["E4 / U4", "Étude technique et réglementaire", "écrite, 4 h", "mercredi 14 mai 2031", "7 h 30 à 11 h 30"],
        ["E5", "Conduite d'analyses et d'installations", "", "", ""],
        ["E51 / U51", "Travaux pratiques d'analyses physico-chimiques", "pratique", "du lundi 19 au mercredi 21 mai 2031", "selon convocation"],
        ["E52 / U52", "Microbiologie et conduite d'installation", "pratique", "du lundi 26 au mercredi 28 mai 2031 (hors mardi 27 mai)", "selon convocation"],
        ["E6 / U6", "Projet technique (soutenance)", "orale", "du mardi 3 au jeudi 5 juin 2031", "selon convocation"],
    ]),
    ("p", "Jours fériés : jeudi 22 mai 2031 (Ascension), mardi 27 mai 2031 (commémoration de l'abolition de "
          "l'esclavage), lundi 2 juin 2031 (lundi de Pentecôte). Aucune épreuve n'est organisée ces jours-là."),
    ("h", "3. Surveillance"),
    ("p", "Les établissements de formation transmettront au chef de centre la liste des surveillants désignés avant "
          "le vendredi 14 mars 2031, soit au retour des vacances de Carnaval (du samedi 22 février au dimanche "
          "2 mars 2031)."),
    ("h", "4. Épreuve E6 – dossier de projet"),
    ("p", "Le dossier de projet technique est déposé au Lycée Louis Delgrès, au Moule, au plus tard le mercredi "
          "2 avril 2031 à 12 h 00. Le contrôle de conformité se tiendra le lundi 7 avril 2031 à 8 h 30 ; les "
          "établissements seront informés des éventuelles non-conformités avant les vacances de Pâques (du samedi "
          "12 avril au dimanche 27 avril 2031)."),
    ("p", "Les attestations de stage sont transmises au Lycée Louis Delgrès avant le vendredi 16 mai 2031 à l'aide "
          "du bordereau joint."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le mardi 24 juin 2031 à 8 h 30 au rectorat, Les Abymes. Les résultats "
          "seront publiés le vendredi 27 juin 2031 à partir de 15 h 00."),
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Marie-Line Zénon"]
ANNEXE = [
    ("h", "Bordereau d'envoi des attestations de stage – BTS ME session 2031"),
    ("p", "Établissement : ……………………………………    Nombre d'attestations : ……"),
    ("p", "Envoyé le …… / …… / 2031    Signature et cachet :"),
]
PIEGES = ["2031-02-10", "2019-04-02", "2031-01-20", "2031-05-22", "2031-05-27", "2031-06-02", "2031-02-22", "2031-03-02", "2031-04-12", "2031-04-27"]
