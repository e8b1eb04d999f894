# -*- coding: utf-8 -*-
"""Circulaire C : BTS Management en hôtellerie-restauration, session 2027, académie de Corse
(DOCX -> ODT -> PDF ; puis scan « télécopie » à 200 dpi).

Lettre à deux colonnes (colonne latérale de l'expéditeur) ; le calendrier ne nomme les épreuves que
par leur intitulé, un tableau séparé donne la correspondance intitulé -> code.
"""

STEM = "circulaire_mhr_2027_corse"

MARQUE = ["ACADÉMIE", "DE CORSE", "", "Liberté", "Égalité", "Fraternité"]

COLONNE_LATERALE = [
    "Rectorat de Corse",
    "",
    "Division des examens",
    "et concours",
    "DEC 2 – BTS",
    "",
    "Affaire suivie par :",
    "Mme Paoli",
    "Tél. : 04 95 50 xx xx",
    "Mél. : ce.dec2@ac-corse.fr",
    "",
    "Boulevard Pascal Rossini",
    "BP 808",
    "20192 Ajaccio Cedex 4",
]

LIEU_DATE = "Ajaccio, le 18 janvier 2027"
EXPEDITEUR = "Le recteur de l'académie de Corse"
DESTINATAIRES = ("à Mesdames et Messieurs les proviseurs des lycées, les directeurs des CFA et "
                 "les chefs de centre d'examen")
OBJET = ("Objet : BTS Management en hôtellerie-restauration (MHR) – session 2027 – "
         "organisation et calendrier des épreuves")
REFERENCES = ("Réf. : arrêté du 19 juin 2018 portant définition du BTS MHR ; note de service nationale "
              "du 30 novembre 2026.")
INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2027 du BTS "
         "Management en hôtellerie-restauration, option A « management d'unité de restauration », "
         "pour les candidats de l'académie de Corse.")

I_TITRE = "I – CORRESPONDANCE DES ÉPREUVES"
I_TEXTE = ("Le calendrier du point II désigne les épreuves par leur seul intitulé ; le tableau ci-dessous "
           "en donne les codes réglementaires.")
I_ENTETE = ["Code", "Intitulé", "Nature", "Durée"]
I_TABLE = [
    ("E1", "Culture générale et expression", "écrite", "4 h"),
    ("E2", "Communication en langues vivantes étrangères", None, None),
    ("E21", "Langue vivante étrangère A", "écrite", "2 h"),
    ("E22", "Langue vivante étrangère B", "orale", "20 min"),
    ("E3", "Entrepreneuriat et pilotage de l'entreprise hôtelière", "écrite", "4 h"),
    ("E4", "Management de l'entreprise hôtelière et mercatique des services", "écrite", "4 h"),
    ("E5", "Conception et production de services en hôtellerie-restauration", None, None),
    ("E51", "Conception et production de services – étude de cas", "écrite", "3 h"),
    ("E52", "Conception et production de services – épreuve pratique", "pratique", "5 h"),
    ("E6", "Conduite du projet entrepreneurial", "orale", "30 min"),
    ("EF1", "Langue vivante facultative", "orale", "20 min"),
]

II_TITRE = "II – CALENDRIER DES ÉPREUVES"
II_ENTETE = ["Date", "Horaire", "Épreuve"]
# (date, horaire, intitulé) ; une date "" prolonge la date précédente (cellule fusionnée)
II_TABLE = [
    ("Mardi 11 mai 2027", "14 h – 18 h", "Culture générale et expression"),
    ("Mercredi 12 mai 2027", "10 h – 12 h", "Langue vivante étrangère A"),
    ("", "14 h – 18 h", "Entrepreneuriat et pilotage de l'entreprise hôtelière"),
    ("Jeudi 13 mai 2027", "8 h 30 – 12 h 30", "Management de l'entreprise hôtelière et mercatique des services"),
    ("Vendredi 14 mai 2027", "9 h – 12 h", "Conception et production de services – étude de cas"),
    ("Du mercredi 19 au jeudi 20 mai 2027", "selon convocation", "Langue vivante étrangère B (oral)"),
    ("Vendredi 21 mai 2027", "selon convocation", "Langue vivante facultative (oral)"),
    ("Du mardi 25 mai au vendredi 4 juin 2027", "8 h – 13 h ou 14 h – 19 h",
     "Conception et production de services – épreuve pratique"),
    ("Du lundi 7 au jeudi 10 juin 2027", "selon convocation", "Conduite du projet entrepreneurial (oral)"),
]
II_NOTE = ("Le lundi 17 mai 2027 (lundi de Pentecôte) est férié. Les candidats sont convoqués trente "
           "minutes avant le début des épreuves écrites.")

III_TITRE = "III – CENTRES D'ÉPREUVES"
III_ENTETE = ["Centre", "Adresse", "Épreuves accueillies"]
III_TABLE = [
    ("Lycée Laetitia Bonaparte", "3 avenue Napoléon III\nBP 821\n20192 Ajaccio Cedex 4",
     "Épreuves écrites – candidats de Corse-du-Sud"),
    ("Lycée Giocante de Casabianca", "Avenue Jean Zuccarelli\n20200 Bastia",
     "Épreuves écrites – candidats de Haute-Corse"),
    ("Lycée des métiers de l'hôtellerie Santa Maria", "Chemin de la Sposata\n20090 Ajaccio",
     "Épreuve pratique, épreuves orales"),
]
III_FORMATION = ("Les établissements de formation (lycée Fesch à Ajaccio, lycée Pascal Paoli à Corte, "
                 "lycée du Fango à Bastia) ne sont pas centres d'épreuves pour cette spécialité.")

IV_TITRE = "IV – CORRECTION"
IV_TEXTE = ("Les copies des épreuves écrites seront corrigées du mardi 18 mai au vendredi 21 mai 2027 "
            "au lycée Laetitia Bonaparte.")

V_TITRE = "V – PROJET ENTREPRENEURIAL ET ÉPREUVE PRATIQUE"
V_PUCES = [
    "Dépôt des dossiers de projet entrepreneurial : au plus tard le lundi 19 avril 2027 à 16 h, "
    "au secrétariat du DDFPT du lycée Santa Maria.",
    "Contrôle de conformité de ces dossiers : jeudi 22 avril 2027 à 14 h.",
    "Réunion d'entente des examinateurs de l'épreuve pratique : lundi 24 mai 2027 à 10 h, lycée Santa Maria.",
]

VI_TITRE = "VI – JURY ET RÉSULTATS"
VI_TEXTE = ("Le jury de délibération se réunira le mardi 29 juin 2027 à 9 h au rectorat de Corse. "
            "Les résultats seront affichés et mis en ligne le jeudi 1er juillet 2027 à 14 h.")
VI_PV = "Procès-verbal d'épreuve à retourner signé, daté du ……/……/2027, avec les bordereaux de notes."

SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours", "",
             "Antoine SANTONI"]

FAX_ENTETE = "19/01/2027 09:14   DE: RECTORAT CORSE DEC2  +33 4 95 50 xx xx   A: LYCEES BTS MHR   P.{p:03d}/{n:03d}"
