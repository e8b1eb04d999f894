"""Textes de la circulaire BTS CRSA 2026, académie de Lille (fictive). La date de la circulaire et la date limite de
dépôt sont des champs Word (résultat mis en cache) ; le tableau utilise sauts de ligne, taquets et puces dans les cellules."""

EN_TETE = "ACADÉMIE DE LILLE\nDivision des examens et concours\nBureau DEC 3 – BTS industriels"
LIEU = "Lille, le "
DATE_CHAMP = "20 janvier 2026"            # résultat en cache du champ CREATEDATE
DEPOT_CHAMP = "vendredi 17 avril 2026"    # résultat en cache du champ QUOTE
AFFAIRE = "Affaire suivie par : Thibault Vandercruyssen\nTél. : 03 20 15 64 32\nce.dec3@ac-lille.fr"
DESTINATAIRES = ("Mesdames et messieurs les proviseurs des lycées\net les directeurs de CFA préparant au BTS "
                 "Conception et réalisation de systèmes automatiques")
OBJET = "Objet : BTS Conception et réalisation de systèmes automatiques (CRSA) – session 2026 – calendrier académique"
INTRO = ("Vous trouverez ci-dessous le calendrier des épreuves ponctuelles de la session 2026 pour l'académie de Lille. "
         "Les épreuves écrites ont lieu dans les centres mentionnés sur les convocations ; les épreuves orales dans "
         "les centres indiqués dans la dernière colonne.")
TAB_TITRE = "Calendrier des épreuves – session 2026"
ENTETES = ["Épreuve", "Intitulé", "Date et horaires", "Centres"]
# mode : "br" = date, saut de ligne manuel, horaires ; "tab" = date ⇥ horaires (taquet dans la cellule) ;
# "puces" = liste à puces dans la cellule ; "texte" = texte simple
LIGNES = [
    ("E1", "Culture générale et expression", ("br", "lundi 11 mai 2026", "14 h 00 – 18 h 00"), ("texte", "Centre d'écrit de la convocation")),
    ("E2", "Langue vivante étrangère : anglais", ("br", "mardi 12 mai 2026", "10 h 00 – 12 h 00"), ("texte", "Centre d'écrit de la convocation")),
    ("E31", "Mathématiques", ("texte", "Contrôle en cours de formation"), ("texte", "Établissement de formation")),
    ("E32", "Physique-chimie", ("tab", "mardi 12 mai 2026", "14 h 00 – 16 h 00"), ("texte", "Centre d'écrit de la convocation")),
    ("E4", "Conception préliminaire d'un système automatique", ("tab", "mercredi 13 mai 2026", "8 h 00 – 12 h 00"), ("texte", "Centre d'écrit de la convocation")),
    ("E51", "Conception détaillée d'une chaîne fonctionnelle", ("tab", "vendredi 15 mai 2026", "8 h 00 – 12 h 00"), ("texte", "Centre d'écrit de la convocation")),
    ("E52", "Réalisation et mise en œuvre d'un système", ("texte", "Contrôle en cours de formation"), ("texte", "Établissement de formation")),
    ("E61", "Rapport d'activités en entreprise",
     ("puces", ["Dépôt du rapport : {DEPOT}, 12 h 00", "Soutenances : du lundi 1er au mercredi 3 juin 2026"]),
     ("puces", ["Lycée César Baggio – boulevard d'Alsace – 59000 Lille", "Lycée Jean Bart – 1 rue du Nouvel Arsenal – 59140 Dunkerque"])),
    ("E62", "Projet industriel de conception et de réalisation",
     ("puces", ["Dépôt du dossier : {DEPOT}, 12 h 00", "Contrôle de conformité : mardi 5 mai 2026, 14 h 00",
                "Revues de projet : du lundi 8 au jeudi 11 juin 2026"]),
     ("puces", ["Lycée César Baggio – boulevard d'Alsace – 59000 Lille", "Lycée Léonard de Vinci – rue du Pasteur Martin Luther King – 62100 Calais"])),
]
NOTE_FERIE = ("Le jeudi 14 mai 2026 (Ascension) est férié : aucune épreuve n'est organisée ce jour-là ni le "
              "vendredi 8 mai 2026.")
DEPOT_TXT = ("Les rapports E61 et les dossiers E62 sont déposés en deux exemplaires au lycée César Baggio (Lille), "
             "bureau du DDFPT, avant la date limite indiquée dans le tableau. Tout dossier non déposé à cette date "
             "entraîne la non-conformité.")
JURY = ("Le jury de délibération se réunit le vendredi 3 juillet 2026 à 9 h 30 au rectorat de Lille "
        "(144 rue de Bavay). Les résultats seront publiés le lundi 6 juillet 2026 à 10 h 00.")
SIGNATURE = "Pour le recteur et par délégation,\nla cheffe de la DEC,\nSéverine Delattre-Mahieu"
