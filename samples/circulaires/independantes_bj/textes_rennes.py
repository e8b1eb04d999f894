"""Académie de Rennes — calendrier post-bac 2026 (DCG, DSCG, BTS). Texte entièrement inventé."""

EN_TETE = ["RÉGION ACADÉMIQUE BRETAGNE", "Liberté – Égalité – Fraternité", "ACADÉMIE DE RENNES",
           "Division des examens et concours – DEC 3", "Bureau des examens post-baccalauréat"]
EXPEDITEUR = ("Rectorat de l'académie de Rennes\n96, rue d'Antrain – CS 10503\n35705 Rennes Cedex 7\n"
              "Affaire suivie par : Gwenola Le Bihan-Tanguy\nTél. 02 23 21 7x xx – ce.dec3@ac-rennes.fr")
LIEU_DATE = "Rennes, le 2 février 2026"
DESTINATAIRES = ("La rectrice de l'académie de Rennes\n\nà\n\nMesdames et Messieurs les proviseurs des lycées "
                 "publics et privés sous contrat préparant au DCG, au DSCG et aux BTS tertiaires\n"
                 "Mesdames et Messieurs les directeurs des CFA et des organismes de formation")
OBJET = "Objet : calendrier des épreuves écrites des examens post-baccalauréat – session 2026 – DCG, DSCG, BTS"
REFERENCES = [
    "Réf. : arrêté du 22 décembre 2025 fixant le calendrier de la session 2026 du DCG et du DSCG ;",
    "note de service nationale du 14 octobre 2025 relative au calendrier des épreuves écrites des BTS.",
]
INTRO = ("Vous trouverez ci-dessous, classées par ordre chronologique, les épreuves écrites de la session 2026 "
         "organisées dans l'académie pour le diplôme de comptabilité et de gestion (DCG), le diplôme supérieur "
         "de comptabilité et de gestion (DSCG) et les brevets de technicien supérieur du secteur tertiaire. "
         "Plusieurs examens se déroulent le même jour : la colonne « Examen » indique à qui chaque ligne "
         "s'adresse, la colonne « Centres » renvoie à la liste des centres d'écrit placée sous le tableau. "
         "Je vous remercie de diffuser ce calendrier aux candidats et aux équipes pédagogiques.")
T1 = "1. Calendrier chronologique des épreuves écrites"
CAL_ENTETE = ["Date", "Horaire", "Examen", "Épreuve", "Durée", "Centres"]
CAL = [
    ["lundi 11 mai 2026", "9 h 00 – 13 h 00", "DCG", "UE 1 – Fondamentaux du droit", "4 h", "D"],
    ["lundi 11 mai 2026", "14 h 00 – 16 h 00", "BTS CG", "E3 – Mathématiques appliquées", "2 h", "A, B, C"],
    ["lundi 11 mai 2026", "14 h 00 – 18 h 00", "DSCG", "UE 1 – Gestion juridique, fiscale et sociale", "4 h", "D"],
    ["mardi 12 mai 2026", "9 h 00 – 13 h 00", "DCG", "UE 5 – Économie contemporaine", "4 h", "D"],
    ["mardi 12 mai 2026", "14 h 00 – 18 h 00", "BTS (toutes spécialités)¹", "E1 – Culture générale et expression", "4 h", "A, B, C, E, F"],
    ["mercredi 13 mai 2026", "10 h 00 – 12 h 00", "BTS CG, GPME, MCO, NDRC, SAM", "E2 – Langue vivante étrangère A : anglais (écrit)", "2 h", "A, B, C, E, F"],
    ["mercredi 13 mai 2026", "14 h 00 – 18 h 00", "BTS GPME, MCO, NDRC, SAM", "E3 – Culture économique, juridique et managériale", "4 h", "E, F"],
    ["jeudi 14 mai 2026", "—", "—", "Ascension : aucune épreuve", "—", "—"],
    ["vendredi 15 mai 2026", "9 h 00 – 12 h 00", "DCG", "UE 6 – Finance d'entreprise", "3 h", "D"],
    ["vendredi 15 mai 2026", "14 h 00 – 18 h 00", "DSCG", "UE 2 – Finance", "4 h", "D"],
    ["lundi 18 mai 2026", "9 h 00 – 13 h 30", "BTS CG", "E4 – Traitement et contrôle des opérations comptables, fiscales et sociales", "4 h 30", "A, B, C"],
    ["lundi 18 mai 2026", "14 h 00 – 17 h 00", "BTS MCO", "E5 – Management de l'équipe commerciale", "3 h", "E, F"],
    ["mardi 19 mai 2026", "9 h 00 – 13 h 00", "BTS CG", "E5 – Situations de contrôle de gestion et d'analyse financière", "4 h", "A, B, C"],
    ["mardi 19 mai 2026", "14 h 00 – 18 h 00", "DCG", "UE 9 – Comptabilité", "4 h", "D"],
    ["mercredi 20 mai 2026", "9 h 00 – 13 h 00", "DCG", "UE 11 – Contrôle de gestion", "4 h", "D"],
    ["jeudi 21 mai 2026", "14 h 00 – 18 h 00", "DSCG", "UE 4 – Comptabilité et audit", "4 h", "D"],
]
NOTE_CAL = ("¹ Toutes les spécialités de BTS présentées dans ce calendrier composent l'épreuve E1 le même jour ; "
            "les candidats au DCG et au DSCG ne sont pas concernés.")
T2 = "2. Centres d'écrit"
CENTRES_INTRO = "Chaque lettre de la colonne « Centres » correspond à l'établissement suivant :"
CENTRES = [
    ("A", "Lycée Bréquigny, 7 avenue Georges-Graff, 35200 Rennes", "BTS CG (Ille-et-Vilaine, Côtes-d'Armor)"),
    ("B", "Lycée Jules-Lesven, 34 rue Jules-Lesven, 29200 Brest", "BTS CG (Finistère)"),
    ("C", "Lycée Alain-René-Lesage, 20 rue Winston-Churchill, 56000 Vannes", "BTS CG (Morbihan)"),
    ("D", "Centre d'examens de la Courrouze, 3 rue Jules-Maillard, 35000 Rennes", "DCG et DSCG (toute l'académie)"),
    ("E", "Lycée Victor-et-Hélène-Basch, 15 avenue Charles-Tillon, 35000 Rennes", "BTS GPME, MCO, NDRC, SAM (35, 22)"),
    ("F", "Lycée Dupuy-de-Lôme, 4 rue Jean-Le-Coutaller, 56100 Lorient", "BTS GPME, MCO, NDRC, SAM (29, 56)"),
]
T3 = "3. Autres échéances de la session"
ECH_ENTETE = ["Examen", "Objet", "Date", "Lieu"]
ECH = [
    ["DSCG", "Dépôt du mémoire (UE 7)", "mercredi 1er avril 2026", "plateforme nationale"],
    ["BTS CG", "Dépôt des dossiers de l'épreuve E6 – Parcours de professionnalisation", "vendredi 10 avril 2026, 17 h", "centre A, B ou C"],
    ["BTS (toutes spécialités)", "Saisie des notes de CCF dans Cyclades", "au plus tard le vendredi 29 mai 2026", "établissement de formation"],
    ["BTS CG", "Interrogations orales E6", "du lundi 1er juin au jeudi 11 juin 2026", "Lycée Bréquigny, Rennes"],
    ["DSCG", "Soutenances du mémoire (UE 7)", "du lundi 8 juin au vendredi 19 juin 2026", "centre D"],
    ["BTS CG", "Jury de délibération", "jeudi 2 juillet 2026, 9 h", "Lycée Bréquigny, Rennes"],
    ["BTS (toutes spécialités)", "Publication des résultats", "vendredi 3 juillet 2026, 10 h", "site de l'académie"],
    ["DCG, DSCG", "Publication des résultats", "mardi 25 août 2026", "site national"],
]
CONCLUSION = ("Les convocations seront envoyées aux candidats par les centres au plus tard trois semaines avant la "
              "première épreuve. Pour les épreuves E2 et E6 du BTS CG, les candidats en situation de handicap "
              "bénéficiant d'un aménagement le signaleront au centre dès réception de la convocation.")
SIGNATURE = "Pour la rectrice et par délégation,\nle chef de la division des examens et concours\n\nYann-Érwan Kerhervé"
PIED = "DEC 3 – Calendrier post-bac – session 2026"
