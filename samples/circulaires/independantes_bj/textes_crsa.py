"""Note de service nationale — calendrier des épreuves écrites communes des BTS, session 2028. Inventée."""

EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Service de la stratégie des formations – Bureau des formations post-bac courtes (DGESIP A1-3)"]
REF = "Note de service n° 2027-184 du 27 octobre 2027"
OBJET = "Brevet de technicien supérieur – calendrier national des épreuves écrites communes – session 2028"
DEST = ("Destinataires : Mesdames et Messieurs les recteurs et rectrices d'académie ; Monsieur le vice-recteur de "
        "Mayotte ; Monsieur le directeur du service interacadémique des examens et concours (SIEC)")
VISAS = ("Texte de référence : arrêté du 9 mai 1995 modifié relatif au règlement général du BTS. "
         "La présente note remplace, pour la session 2028, la note de service n° 2026-157 du 4 novembre 2026.")
INTRO = ("Les épreuves écrites ci-dessous sont organisées à date nationale. Elles sont communes à plusieurs "
         "spécialités : chaque tableau comporte une ligne par groupement de spécialités. Les horaires sont ceux "
         "de la France métropolitaine ; les recteurs des académies d'outre-mer fixent les horaires locaux. Les "
         "épreuves orales et pratiques, les dépôts de dossiers et les jurys relèvent des académies.")
S1 = "I. Épreuve commune à toutes les spécialités – E1 (unité U1)"
S1_ENTETE = ["Épreuve", "Spécialités", "Date", "Horaire"]
S1_LIGNES = [["E1 – U1 Culture générale et expression", "Toutes, sauf Métiers de l'audiovisuel et Design d'espace",
              "mardi 16 mai 2028", "14h00 – 18h00"]]
S2 = "II. Langue vivante étrangère A : anglais – E2 (unité U2)"
S2_ENTETE = ["Groupement", "Spécialités concernées", "Date", "Horaire"]
S2_LIGNES = [
    ["T", "Spécialités tertiaires : CG, GPME, MCO, NDRC, SAM, SIO, Tourisme, Professions immobilières", "lundi 15 mai 2028", "14h00 – 16h00"],
    ["I1", "Contrôle industriel et régulation automatique (CIRA) ; Conception et réalisation de systèmes automatiques (CRSA) ; Électrotechnique ; Maintenance des systèmes ; Systèmes numériques", "mercredi 17 mai 2028", "10h00 – 12h00"],
    ["I2", "Bâtiment ; Travaux publics ; Management économique de la construction ; Fluides, énergies, domotique ; Métiers de la mode – vêtements", "mercredi 17 mai 2028", "14h00 – 16h00"],
]
S3 = "III. Mathématiques – E3, sous-épreuve U31"
S3_LIGNES = [
    ["A", "CIRA ; CRSA ; Électrotechnique ; Systèmes numériques ; Systèmes photoniques", "lundi 15 mai 2028", "10h00 – 12h00"],
    ["B", "Bâtiment ; Travaux publics ; Management économique de la construction ; Fluides, énergies, domotique ; Maintenance des systèmes", "lundi 15 mai 2028", "14h00 – 16h00"],
    ["C", "Métiers de la mode – vêtements ; Innovation textile ; Métiers de la chimie", "lundi 15 mai 2028", "8h00 – 10h00"],
    ["D", "Bioanalyses et contrôles ; Qualité dans les industries alimentaires et les bio-industries", "jeudi 18 mai 2028", "8h00 – 10h00"],
]
S4 = "IV. Physique-chimie – E3, sous-épreuve U32"
S4_LIGNES = [
    ["1", "CIRA ; CRSA ; Maintenance des systèmes", "jeudi 18 mai 2028", "14h00 – 16h00"],
    ["2", "Électrotechnique ; Systèmes numériques ; Fluides, énergies, domotique", "jeudi 18 mai 2028", "10h00 – 12h00"],
    ["—", "Métiers de la mode – vêtements ; Innovation textile : U32 évaluée en CCF", "—", "—"],
]
S5 = "V. Épreuves écrites de spécialité organisées à date nationale – une ligne par spécialité"
S5_ENTETE = ["Spécialité", "Épreuve", "Date", "Horaire"]
S5_LIGNES = [
    ["Bâtiment", "E4 – U41 Analyse technique d'un ouvrage", "vendredi 19 mai 2028", "8h00 – 12h00"],
    ["Contrôle industriel et régulation automatique", "E4 – U41 Étude d'un système de contrôle", "vendredi 19 mai 2028", "8h00 – 12h00"],
    ["Conception et réalisation de systèmes automatiques", "E4 – U4 Conception préliminaire d'un système automatique", "vendredi 19 mai 2028", "8h00 – 12h00"],
    ["Électrotechnique", "E4 – U41 Pré-étude et modélisation", "vendredi 19 mai 2028", "13h00 – 17h00"],
    ["Maintenance des systèmes", "E4 – U42 Analyse et intervention", "vendredi 19 mai 2028", "13h00 – 17h00"],
    ["Métiers de la mode – vêtements", "E4 Analyse technique et économique d'un produit de mode", "vendredi 19 mai 2028", "13h00 – 17h00"],
    ["Systèmes numériques", "E4 – U42 Étude d'un système numérique", "vendredi 19 mai 2028", "13h00 – 17h00"],
]
FERIES = ("Pour mémoire, aucune épreuve écrite n'est fixée le lundi 1er mai, le lundi 8 mai, le jeudi 25 mai "
          "(Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte).")
SUJETS = ("Les sujets sont acheminés dans les académies par le SIEC. Toute anomalie constatée à l'ouverture des "
          "enveloppes est signalée sans délai au bureau DGESIP A1-3.")
SIGNATURE = "Pour la ministre et par délégation,\nla cheffe du service de la stratégie des formations\n\nAgathe Monteil-Brossard"
