"""Circulaire fictive : BTS Bioanalyses et contrôles (BioAC), académie de Rennes, session 2027.
Rappel du calendrier prévisionnel (tableau, avec « à confirmer », « xx/05/2027 », « semaine 22 … »)
puis calendrier définitif rédigé en liste numérotée."""

EN_TETE = ["Académie de Rennes", "Rectorat — Division des examens et concours", "Bureau DEC 3 — BTS",
           "Affaire suivie par : Gwenaëlle Le Moal", "Tél. : 02 23 21 xx xx (standard)"]
LIEU_DATE = "Rennes, le 15 mars 2027"
DESTINATAIRES = ("Le recteur de la région académique Bretagne, recteur de l'académie de Rennes, "
                 "à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat "
                 "préparant au BTS Bioanalyses et contrôles")
OBJET = "Objet : BTS Bioanalyses et contrôles (BioAC) — session 2027 — calendrier définitif des épreuves"
REFERENCE = ("Réf. : note d'information DEC 3 du 18 janvier 2027 (calendrier prévisionnel) ; "
             "arrêté du 11 avril 2022 portant définition du BTS Bioanalyses et contrôles.")

INTRO = ("La note d'information du 18 janvier 2027 vous a communiqué un calendrier prévisionnel établi sous réserve "
         "de la disponibilité des centres d'épreuves et des laboratoires. Les centres sont désormais arrêtés ; "
         "la présente circulaire fixe le calendrier définitif de la session 2027. Le tableau de la partie 1 "
         "n'est reproduit que pour mémoire : seules les dates de la partie 2 font foi.")

T1 = "1. Rappel — calendrier prévisionnel (note du 18 janvier 2027)"
PREVISIONNEL_ENTETES = ["Épreuve / étape", "Date prévisionnelle", "Horaire", "Observation"]
PREVISIONNEL = [
    ["E1 — Culture générale et expression", "mardi 11 mai 2027", "9 h – 13 h", "à confirmer"],
    ["E2 — Langue vivante étrangère : anglais", "mardi 11 mai 2027", "14 h – 16 h", "à confirmer"],
    ["E3 — Mathématiques et sciences physiques", "xx/05/2027", "durée 2 h", "date à préciser"],
    ["E4 — Biologie et biotechnologies", "mercredi 12 mai 2027", "8 h – 14 h", "sous réserve"],
    ["E5 — Épreuve pratique de bioanalyses", "semaine 22 (date exacte communiquée ultérieurement)", "—", "—"],
    ["E6 — Soutenance du projet", "voir note ultérieure", "—", "—"],
    ["Dépôt des rapports de projet (E6)", "vendredi 21 mai 2027", "12 h", "à confirmer"],
    ["Contrôle de conformité des rapports (E6)", "mardi 25 mai 2027", "14 h", "sous réserve"],
    ["EF1 — Langue vivante facultative", "voir note ultérieure", "—", "—"],
    ["Jury de délibération", "xx/06/2027", "—", "date à préciser"],
    ["Publication des résultats", "date à préciser", "—", "—"],
]

T2 = "2. Calendrier définitif"
DEFINITIF = [
    ("Épreuves écrites.",
     "Elles se déroulent au lycée Théodore-Botrel, 12 rue de la Corderie, 22000 Saint-Brieuc, et au lycée de Kerbrat, "
     "5 allée des Bruyères, 29000 Quimper :",
     ["E1 — Culture générale et expression : mardi 11 mai 2027, de 9 h à 13 h (date confirmée) ;",
      "E2 — Anglais : mardi 11 mai 2027, de 14 h 30 à 16 h 30 (horaire modifié) ;",
      "E3 — Mathématiques et sciences physiques : mercredi 12 mai 2027, de 9 h à 11 h ;",
      "E4 — Biologie et biotechnologies : jeudi 13 mai 2027, de 8 h à 14 h (l'épreuve est décalée d'un jour)."]),
    ("Épreuve pratique E5.",
     "La « semaine 22 » annoncée est précisée : l'épreuve E5 a lieu du lundi 31 mai au jeudi 3 juin 2027 au lycée "
     "Marcel-Callo, 21 avenue Étienne-Gascon, 35600 Redon. La convocation individuelle indique la demi-journée de passage.",
     []),
    ("Projet E6.",
     "Les rapports de projet sont déposés au plus tard le vendredi 21 mai 2027 à 12 h (date confirmée) au rectorat, "
     "bureau DEC 3, 96 rue d'Antrain, 35000 Rennes. Le contrôle de conformité se tient le mercredi 26 mai 2027 à 14 h "
     "(et non le mardi 25 mai comme prévu initialement). Les soutenances ont lieu du lundi 14 au mercredi 16 juin 2027 "
     "au lycée Marcel-Callo de Redon.",
     []),
    ("Épreuve facultative EF1.",
     "Sa date n'est pas encore arrêtée ; elle fera l'objet d'une note ultérieure.", []),
    ("Délibération et résultats.",
     "Le jury se réunit le jeudi 1er juillet 2027 à 9 h au rectorat. La date de publication des résultats sera "
     "communiquée ultérieurement.", []),
]

T3 = "3. Informations diverses"
DIVERS = [
    "Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte).",
    "Les candidats scolarisés au lycée Jacques-Cartier de Saint-Malo (établissement de formation) composent à Saint-Brieuc.",
    "Toute demande d'aménagement d'épreuves déjà accordée reste valable ; aucune nouvelle demande ne peut être reçue.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Maëlle Kerhervé"]
