# -*- coding: utf-8 -*-
"""Note nationale fictive : BTS Opticien-lunetier, session 2028.
Session normale puis, dans une partie séparée, la session de remplacement ; colonne des fins « tiers-temps »."""

EMETTEUR = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
            "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
            "Service de coordination nationale des examens de BTS"]
REF = "Note n° DGESIP-BTS/2028-07 – version 2"
LIEU_DATE = "Paris, le 24 janvier 2028"
DESTINATAIRES = "à Mesdames et Messieurs les recteurs et rectrices d'académie – Divisions des examens et concours"
OBJET = "Objet : BTS Opticien-lunetier (OL) – session 2028 – calendrier national des épreuves ponctuelles"
INTRO = [
    "La présente note fixe le calendrier national des épreuves ponctuelles écrites de la session 2028 du BTS "
    "Opticien-lunetier, ainsi que celui de la session de remplacement. Les horaires sont exprimés en heure de Paris ; "
    "les académies d'outre-mer appliquent le décalage horaire habituel et en informent leurs centres.",
    "Les épreuves pratiques et orales sont organisées par chaque académie dans le respect des périodes indiquées.",
]
T1 = "I. SESSION NORMALE 2028"
T1A = "A. Épreuves écrites"
CAL_ENTETE = ["Date", "Épreuve", "Horaire", "Fin tiers-temps*"]
CAL = [
    ("lundi 15 mai 2028", "E1 – Culture générale et expression", "14 h – 18 h", "19 h 20"),
    ("mardi 16 mai 2028", "E31 – Mathématiques", "10 h – 12 h", "12 h 40"),
    ("mardi 16 mai 2028", "E4 – Étude technique des systèmes optiques", "14 h – 17 h", "18 h"),
    ("mercredi 17 mai 2028", "E2 – Anglais", "10 h – 12 h", "12 h 40"),
    ("mercredi 17 mai 2028", "E51 – Analyse de la vision (écrit)", "14 h – 17 h", "18 h"),
    ("jeudi 18 mai 2028", "E32 – Physique-chimie", "10 h – 12 h", "12 h 40"),
]
CAL_NOTE = ("* Colonne indicative : heure de fin pour les candidats bénéficiant d'une majoration d'un tiers du temps. "
            "L'horaire de référence de l'épreuve reste celui de la colonne « Horaire ».")
T1B = "B. Autres épreuves et opérations"
AUTRES = [
    "E52 – Analyse de la vision (épreuve pratique) : du lundi 29 mai au vendredi 9 juin 2028, selon le calendrier de "
    "chaque académie.",
    "E6 – Contrôle et mesures : évaluation en contrôle en cours de formation uniquement (pas d'épreuve ponctuelle).",
    "EF1 – Langue vivante facultative : épreuve orale organisée par les académies, sans date nationale.",
    "Réunion nationale d'entente des correcteurs E4 et E51 : vendredi 19 mai 2028 à 10 h, en visioconférence.",
    "Saisie des notes dans l'application nationale : au plus tard le mercredi 21 juin 2028.",
    "Jurys de délibération : au plus tard le vendredi 30 juin 2028.",
]
CODES_NOTE = ("Rappel : l'épreuve E3 (Mathématiques et physique-chimie) comprend les sous-épreuves E31 et E32 ; "
              "l'épreuve E5 comprend E51 (écrit) et E52 (pratique).")
T2 = "II. SESSION DE REMPLACEMENT – SEPTEMBRE 2028"
T2_TXT = ("Peuvent s'inscrire à la session de remplacement les candidats qui, pour une cause de force majeure dûment "
          "constatée, n'ont pu se présenter à tout ou partie des épreuves de la session normale. Les demandes, avec les "
          "justificatifs, parviennent au rectorat de l'académie d'inscription au plus tard le vendredi 7 juillet 2028.")
REMP = [
    ("lundi 11 septembre 2028", "E1 – Culture générale et expression", "14 h – 18 h", "19 h 20"),
    ("mardi 12 septembre 2028", "E31 – Mathématiques", "10 h – 12 h", "12 h 40"),
    ("mardi 12 septembre 2028", "E4 – Étude technique des systèmes optiques", "14 h – 17 h", "18 h"),
    ("mercredi 13 septembre 2028", "E2 – Anglais", "10 h – 12 h", "12 h 40"),
    ("mercredi 13 septembre 2028", "E51 – Analyse de la vision (écrit)", "14 h – 17 h", "18 h"),
    ("jeudi 14 septembre 2028", "E32 – Physique-chimie", "10 h – 12 h", "12 h 40"),
]
REMP_APRES = [
    "E52 (pratique) : du lundi 18 au vendredi 22 septembre 2028, dans un centre désigné par chaque académie.",
    "Jury de la session de remplacement : vendredi 13 octobre 2028.",
]
T3 = "III. CANDIDATS RELEVANT D'UN RÉGIME PARTICULIER"
REGIMES = [
    "Les candidats en situation de handicap bénéficient des aménagements notifiés par le recteur (majoration de temps, "
    "secrétaire, matériel adapté). Les centres prévoient les salles nécessaires.",
    "Les candidats à la VAE ne passent pas les épreuves ponctuelles : leur dossier est examiné par un jury dont la "
    "date est fixée par chaque académie.",
]
VERSIONS_T = "Historique des versions"
VERSIONS = [
    ("v1", "6 décembre 2027", "version initiale"),
    ("v2", "24 janvier 2028", "ajout de la session de remplacement (partie II) et de la colonne « Fin tiers-temps »"),
]
SIGNATURE = ["Pour la ministre et par délégation,", "la cheffe du service de coordination", "Hélène Vasseur-Kerjean"]
PIED = "Note DGESIP-BTS/2028-07 v2 – BTS Opticien-lunetier – session 2028"
