"""Textes de la circulaire BTS Prothésiste dentaire, Orléans-Tours, session 2027 (fictive)."""

STEM = "circ_pd_2027_orleans-tours"

ENTETE = ["RÉGION ACADÉMIQUE CENTRE-VAL DE LOIRE", "ACADÉMIE D'ORLÉANS-TOURS",
          "Division des examens et concours – Bureau DEC 3 (BTS)"]
AFFAIRE = "Affaire suivie par : Mme Ondine Perrichon – Tél. 02 38 79 4x xx – dec3-bts@ac-orleans-tours.fr"
LIEU_DATE = "Orléans, le 18 janvier 2027"
DESTINATAIRES = ("La rectrice de la région académique Centre-Val de Loire, rectrice de l'académie "
                 "d'Orléans-Tours, chancelière des universités, à Mesdames et Messieurs les chefs "
                 "d'établissement des centres d'épreuves et des établissements de formation")
OBJET = ("Objet : organisation du brevet de technicien supérieur Prothésiste dentaire – session 2027")
REFERENCES = [
    "Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "Arrêté du 22 juin 2015 portant définition et fixant les conditions de délivrance du BTS Prothésiste dentaire ;",
    "Note de service nationale d'organisation de la session 2027 du 9 novembre 2026.",
]
INTRO = ("La présente circulaire fixe le calendrier et les modalités d'organisation des épreuves du BTS "
         "Prothésiste dentaire pour la session 2027. Les candidats de l'académie de Limoges et de "
         "l'académie de Poitiers inscrits dans cette spécialité composent dans les centres ci-dessous.")

# Tableau TRANSPOSÉ : une colonne par épreuve, une ligne par rubrique.
EPREUVES_ECRITES = [  # code, intitulé, date, horaire (en toutes lettres), durée, coef
    ("E4", "Étude de cas prothétique", "Mardi 11 mai 2027", "de 8 heures à midi", "4 h", "4"),
    ("E1", "Culture générale et expression", "Mardi 11 mai 2027", "14 heures – 17 heures", "3 h", "2"),
    ("E2", "Anglais (écrit)", "Mercredi 12 mai 2027", "de 10 heures à midi", "2 h", "2"),
    ("E3", "Sciences physiques et chimiques", "Mercredi 12 mai 2027", "14 heures – 16 heures", "2 h", "2"),
    ("E6", "Gestion de l'entreprise de prothèse dentaire", "Jeudi 13 mai 2027", "14 heures – 17 heures 30", "3 h 30", "3"),
]
RUBRIQUES = ["Épreuve", "Intitulé", "Date", "Horaire", "Durée", "Coefficient"]
NOTE_TABLE = ("Les candidats sont convoqués une demi-heure avant le début de chaque épreuve. "
              "Aucune épreuve n'a lieu le jeudi de l'Ascension (6 mai 2027) ni le lundi de Pentecôte "
              "(17 mai 2027).")

PRATIQUES_TITRE = "II. ÉPREUVES PRATIQUES ET ORALES"
PRATIQUES = [
    ("E5 – Épreuve professionnelle de synthèse",
     "La sous-épreuve E 51 « Conception et réalisation d'une prothèse » (pratique, 18 heures réparties "
     "sur trois jours) se déroule du lundi 31 mai au mercredi 2 juin 2027 au lycée Auguste-Choisy, "
     "dans les laboratoires du pôle santé."),
    ("",
     "La sous-épreuve E 52 « Présentation du dossier professionnel » (orale, 40 minutes) a lieu "
     "du lundi 7 au mercredi 9 juin 2027 et le vendredi 11 juin 2027 au lycée Paul-Émile Blanchet."),
    ("EF1 – Langue vivante facultative",
     "Épreuve orale de 20 minutes : jeudi 20 mai 2027 à partir de 9 heures, lycée Paul-Émile Blanchet."),
    ("EF2 – Engagement étudiant",
     "Évaluée exclusivement en contrôle en cours de formation : aucune convocation n'est émise."),
]

DOSSIERS_TITRE = "III. DOSSIERS PROFESSIONNELS (E 52)"
DOSSIERS = [
    "Les dossiers professionnels, en deux exemplaires reliés, sont à transmettre au plus tard le "
    "vendredi 9 avril 2027 à 12 heures au secrétariat du chef de travaux du lycée Paul-Émile Blanchet. "
    "Tout dossier parvenu après cette date sera déclaré non conforme.",
    "La commission de contrôle de conformité se réunit le mardi 27 avril 2027 à 14 heures au même lycée. "
    "Les vacances de printemps (du samedi 10 avril au lundi 26 avril 2027) ne suspendent pas ce délai.",
]

CALENDRIER_TITRE = "IV. CORRECTIONS, JURY ET RÉSULTATS"
CALENDRIER = [
    "Réunion d'entente des correcteurs des épreuves E4 et E6 : vendredi 14 mai 2027 à 9 h 30, "
    "lycée Auguste-Choisy, salle du conseil.",
    "Jury de délibération : jeudi 24 juin 2027 à 9 heures, rectorat, site d'Orléans.",
    "Publication des résultats : vendredi 2 juillet 2027 à 10 heures sur le site Cyclades.",
]

CENTRES_TITRE = "V. CENTRES D'ÉPREUVES"
CENTRES = [  # nom, adresse, cp ville
    ("Lycée Auguste-Choisy", "12 rue de la Chênaie – BP 4217", "37042 TOURS CEDEX 1",
     "Épreuves écrites (candidats de Tours, Limoges, Poitiers) ; E 51"),
    ("Lycée Paul-Émile Blanchet", "5 avenue des Droits-de-l'Homme", "45000 ORLÉANS",
     "Épreuves écrites (candidats d'Orléans) ; E 52 ; EF1"),
]
FORMATION = ("Pour information, établissements de formation préparant au diplôme (ne sont pas centres "
             "d'épreuves) : lycée Jean-Rostand-Pelletier (Bourges), CFA régional des métiers de la santé "
             "(Chartres), lycée privé Sainte-Solange (Blois).")
ENVOI = ("Les procès-verbaux et bordereaux sont adressés au rectorat de l'académie d'Orléans-Tours, DEC 3, "
         "21 rue Saint-Étienne, 45043 ORLÉANS CEDEX 1.")

COUPON = ["Accusé de réception à retourner à la DEC 3",
          "Établissement : ……………………………………………………",
          "Nom du signataire : ………………………………………",
          "Fait à ……………………, le …/…/20…       Signature et cachet"]
SIGNATURE = ["Pour la rectrice et par délégation,", "La cheffe de la division des examens et concours,",
             "Hélène Vasseur-Grandjean"]
