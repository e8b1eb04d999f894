"""BTS Tourisme – académie de Montpellier – session 2027 (fictitious). Pieces of a PDF portfolio and of a .zip."""

EN_TETE = ["RÉGION ACADÉMIQUE OCCITANIE – ACADÉMIE DE MONTPELLIER",
           "Division des examens et concours – bureau DEC 5 – BTS tertiaires"]

CIRCULAIRE = [
    ("right", "Montpellier, le 16 mars 2027"),
    ("small", "Dossier suivi par : M. Florian Azaïs – 04 67 91 48 27 – dec5@ac-montpellier.fr\n"
              "Rectorat – 31 rue de l'Université – 34064 Montpellier Cedex 2"),
    ("indent", "La rectrice de l'académie de Montpellier\nà\nMesdames et Messieurs les proviseurs des lycées "
               "préparant au BTS Tourisme\nMesdames et Messieurs les directeurs de CFA"),
    ("bold", "Objet : BTS Tourisme – session 2027 – circulaire d'organisation"),
    ("small", "Références : arrêté du 5 avril 2018 modifié portant définition du BTS Tourisme ; note de service "
              "du 11 janvier 2027. Annexes (pièces séparées) : 1 – calendrier ; 2 – fiche de contrôle de conformité E6."),
    ("h", "I – Épreuves écrites"),
    ("p", "Les épreuves E1 (culture générale et expression), E4 (élaboration d'une prestation touristique) et E5 "
          "(tourisme et territoires) se déroulent au lycée Georges Frêche, 401 rue Le Titien, 34000 Montpellier, "
          "et au lycée Alphonse Daudet, 3 boulevard Victor Hugo, 30000 Nîmes. Leurs dates et horaires figurent "
          "dans l'annexe 1 (calendrier)."),
    ("p", "La commission d'entente de l'épreuve E4 se tiendra le jeudi 20 mai 2027 à 9 h 30 au lycée Georges Frêche."),
    ("h", "II – Épreuves orales"),
    ("p", "E2 – Communication en langues vivantes étrangères : les sous-épreuves E21 (anglais) et E22 (langue "
          "vivante B) des candidats ponctuels ont lieu au lycée Paul Valéry, 55 rue Paul Valéry, 34200 Sète, "
          "pendant la période indiquée en annexe 1."),
    ("p", "E3 – Gestion de la relation clientèle touristique : évaluée exclusivement en CCF dans les établissements "
          "de formation ; aucune date académique n'est fixée."),
    ("p", "E6 – Parcours de professionnalisation : les dossiers sont déposés au lycée Georges Frêche au plus tard "
          "le vendredi 9 avril 2027 à 17 h. Le contrôle de conformité aura lieu le mardi 4 mai 2027 à 14 h "
          "(fiche de l'annexe 2). Les interrogations se déroulent au lycée Georges Frêche (voir annexe 1)."),
    ("p", "Le lundi de Pentecôte (17 mai 2027) est férié : aucune convocation ne peut être fixée ce jour-là."),
    ("h", "III – Délibération"),
    ("p", "Le jury se réunira le mercredi 30 juin 2027 à 14 h au rectorat de Montpellier. Les résultats seront "
          "affichés dans les centres et publiés en ligne le vendredi 2 juillet 2027 à 16 h."),
    ("sig", "Pour la rectrice et par délégation,\nle chef de la division des examens et concours\n\nBertrand Castanier"),
]

CAL_TITRE = "Annexe 1 – BTS Tourisme – session 2027 – calendrier académique"
ECRITS = [["Épreuve", "Date", "Horaire", "Centres"],
          ["E1 – Culture générale et expression", "mardi 11 mai 2027", "14 h 00 – 18 h 00", "Frêche (Montpellier), Daudet (Nîmes)"],
          ["E4 – Élaboration d'une prestation touristique", "mercredi 12 mai 2027", "9 h 00 – 13 h 00", "Frêche (Montpellier), Daudet (Nîmes)"],
          ["E5 – Tourisme et territoires", "jeudi 13 mai 2027", "14 h 00 – 17 h 00", "Frêche (Montpellier), Daudet (Nîmes)"]]
ORAUX = [["Épreuve", "Période", "Centre"],
         ["E21 – Anglais (oral ponctuel)", "du lundi 31 mai au vendredi 4 juin 2027", "Lycée Paul Valéry, Sète"],
         ["E22 – Langue vivante B (oral ponctuel)", "du lundi 31 mai au vendredi 4 juin 2027", "Lycée Paul Valéry, Sète"],
         ["E6 – Parcours de professionnalisation", "du lundi 7 juin au jeudi 10 juin 2027", "Lycée Georges Frêche, Montpellier"]]

FICHE = [
    ("title", "Annexe 2 – Fiche de contrôle de conformité du dossier E6\nBTS Tourisme – session 2027"),
    ("form", "Candidat (nom, prénom, n°) :"), ("form", "Établissement :"),
    ("form", "Dossier reçu le : ___ / ___ / 2027"),
    ("p", "☐ Dossier conforme        ☐ Dossier non conforme (motif) : ______________________________"),
    ("form", "Date du contrôle : ___ / ___ / 2027      Nom et signature du président de la commission :"),
]

COUVERTURE = ["Académie de Montpellier – Division des examens et concours",
              "BTS TOURISME – SESSION 2027",
              "Dossier d'organisation (portfolio PDF)",
              "Ce document est un portfolio : il contient trois pièces jointes, consultables dans le panneau",
              "« Pièces jointes » de votre lecteur PDF (Adobe Acrobat Reader recommandé).",
              "1. 01_Circulaire_BTS_Tourisme_session_2027.docx",
              "2. 02_Annexe_1_Calendrier_session_2027.pdf",
              "3. 03_Annexe_2_Fiche_controle_conformite_E6.pdf"]
