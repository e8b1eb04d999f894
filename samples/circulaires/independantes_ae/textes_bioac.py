"""Note nationale fictive, BTS Bioanalyses et contrôles (BioAC), session 2028.
Mise en page : section portrait de prose, puis section paysage avec un tableau chronologique
« Début / Fin » à colonnes séparées, coupé sur deux pages avec ligne d'en-tête répétée ;
tableau réglementaire avec notation « E.5.1 » ; formulaire à blancs « le …/…/20… »."""

EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Service DGESIP A1 – Sous-direction des formations"]
LIEU_DATE = "Paris, le 14 décembre 2027"
TITRE = "Note de service relative à l'organisation de l'examen du BTS Bioanalyses et contrôles – session 2028"
DESTINATAIRES = ("Destinataires : mesdames et messieurs les recteurs et rectrices d'académie ; monsieur le directeur "
                 "du service inter-académique des examens et concours (SIEC) ; vice-rectorats.")
REFS = "Références : arrêté du 17 mars 2020 portant définition et fixant les conditions de délivrance du BTS « Bioanalyses et contrôles »."
PROSE = [
    ("h", "1. Champ de la note"),
    ("p", "La présente note fixe, pour la session 2028, les dates des épreuves écrites nationales du BTS "
          "Bioanalyses et contrôles (BioAC) et les périodes dans lesquelles les académies organisent les "
          "épreuves pratiques et orales. Les horaires indiqués sont ceux de la métropole ; les services "
          "académiques des territoires ultramarins adaptent les horaires selon le décalage local. "
          "Le SIEC (Arcueil) assure la coordination des sujets pour les académies d'Île-de-France."),
    ("h", "2. Épreuves et unités"),
    ("reg", None),
    ("h", "3. Sujets des épreuves pratiques"),
    ("p", "L'épreuve E5 « Mise en œuvre de bioanalyses » comporte deux sous-épreuves. Les sujets des épreuves E.5.1 et E.5.2 sont déposés sur la plateforme nationale de mise à "
          "disposition ; les académies y ont accès à compter du lundi 3 avril 2028. Les centres commandent "
          "les réactifs et les souches à l'aide de la fiche technique jointe au sujet."),
    ("h", "4. Calendrier"),
    ("p", "Le calendrier figure dans le tableau ci-après. Les académies veillent à ne convoquer aucun candidat "
          "le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 (lundi de Pentecôte)."),
]
REG_ENTETE = ["Épreuve", "Unité", "Intitulé", "Forme ponctuelle", "Durée"]
REG = [
    ("E1", "U1", "Culture générale et expression", "écrite", "4 h"),
    ("E2", "U2", "Langue vivante étrangère : anglais", "orale", "20 min"),
    ("E3", "U31", "Mathématiques", "écrite", "2 h"),
    ("", "U32", "Physique-chimie", "écrite", "2 h"),
    ("E4", "U4", "Bioanalyses : approche scientifique et technologique", "écrite", "4 h"),
    ("E.5.1", "U51", "Analyses microbiologiques et de biologie moléculaire", "pratique", "6 h"),
    ("E.5.2", "U52", "Contrôles biochimiques et physico-chimiques", "pratique", "6 h"),
    ("E6", "U6", "Projet technologique et professionnel", "orale", "40 min"),
    ("EF1", "—", "Langue vivante 2 (facultative)", "orale", "20 min"),
]
CHRONO_ENTETE = ["N°", "Étape", "Épreuve(s)", "Début", "Fin", "Observations"]
CHRONO = [
    ("1", "Remontée des effectifs prévisionnels par les académies", "toutes", "14/01/2028", "—", "tableau normalisé"),
    ("2", "Ouverture de la plateforme des sujets pratiques", "E.5.1, E.5.2", "03/04/2028", "—", "accès des centres"),
    ("3", "Épreuve écrite", "E4 (U4)", "15/05/2028 13 h 30", "15/05/2028 17 h 30", "sujet national"),
    ("4", "Épreuve écrite", "E1 (U1)", "16/05/2028 8 h 00", "16/05/2028 12 h 00", "sujet national"),
    ("5", "Épreuve écrite – 1ère partie", "E3 Mathématiques (U31)", "17/05/2028 10 h 00", "17/05/2028 12 h 00", "calculatrice autorisée"),
    ("6", "Épreuve écrite – 2e partie", "E3 Physique-chimie (U32)", "17/05/2028 14 h 00", "17/05/2028 16 h 00", "calculatrice autorisée"),
    ("7", "Oral ponctuel d'anglais", "E2 (U2)", "22/05/2028", "09/06/2028", "période académique"),
    ("8", "Réunion nationale d'harmonisation", "E4", "23/05/2028 14 h 00", "—", "visioconférence"),
    ("9", "Épreuves pratiques", "E.5.1 et E.5.2", "29/05/2028", "16/06/2028", "dates fixées par chaque académie"),
    ("10", "Soutenances", "E6 (U6)", "12/06/2028", "23/06/2028", "période académique"),
    ("11", "Transmission des notes (toutes épreuves)", "toutes", "26/06/2028 12 h 00", "—", "délai de rigueur"),
    ("12", "Jurys de délibération", "—", "27/06/2028", "05/07/2028", "au choix de chaque académie"),
    ("13", "Publication des résultats (au plus tard)", "—", "07/07/2028", "—", "toutes académies"),
]
CHRONO_NOTE = ("La langue vivante 2 facultative (EF1) est organisée par les académies pendant la période de "
               "l'épreuve E2.")
FORMULAIRE = ["Attestation de réception des sujets pratiques",
              "Centre : ………………………………   Académie : ………………………",
              "Sujets E.5.1 / E.5.2 reçus le …/…/20…   Visa du chef de centre :"]
SIGNATURE = ["Pour la ministre et par délégation,", "La cheffe du service de la stratégie des formations,", "Claire Le Berre"]
