"""Texte de la note nationale fictive : calendrier des épreuves écrites, session 2029, adressée pour le BTS
Professions immobilières (PDF reportlab). La spécialité n'est nommée que dans le titre et dans le tableau."""

EMETTEUR = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
            "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
            "Service de la stratégie des formations – Département des diplômes de niveau III (DGESIP A1-3)"]
NUMERO = "Note n° 2028-0417"
LIEU_DATE = "Paris, le 14 novembre 2028"
DESTINATAIRES = ("Mesdames et Messieurs les recteurs et rectrices d'académie – Divisions des examens et concours\n"
                 "Monsieur le directeur du service interacadémique des examens et concours")
TITRE = ["BREVET DE TECHNICIEN SUPÉRIEUR PROFESSIONS IMMOBILIÈRES", "Session 2029",
         "Calendrier national des épreuves écrites"]
REFS = ("Références : code de l'éducation, articles D. 643-1 à D. 643-35 ; arrêté du 9 octobre 2017 modifié relatif "
        "au calendrier des sessions d'examen.")
INTRO = [
    "Le calendrier des épreuves écrites de la session 2029 des brevets de technicien supérieur du secteur des services "
    "est fixé ci-après. Il est identique pour toutes les spécialités : le même tableau est joint à chacune des notes "
    "d'organisation de la session. Les épreuves communes figurent en tête ; les épreuves propres à chaque spécialité "
    "suivent, par ordre alphabétique des spécialités.",
    "Les horaires sont indiqués en heure de Paris. Les académies et vice-rectorats d'outre-mer fixent les horaires "
    "locaux en application de la note relative aux décalages horaires, qui leur est adressée séparément.",
]
ENTETE = ["Code", "Épreuve", "Date", "Horaires (heure de Paris)", "Durée"]
# ("BANDE", libellé) pour une ligne-bandeau ; sinon (code, intitulé, date, horaires, durée)
LIGNES = [
    ("BANDE", "ÉPREUVES COMMUNES"),
    ("E1", "Culture générale et expression – toutes spécialités", "Lundi 14 mai 2029", "14 h 00 – 18 h 00", "4 h"),
    ("E2", "Langue vivante étrangère A, épreuve écrite – toutes spécialités à l'exception de CG, GPME, MCO, NDRC et SAM",
     "Mardi 15 mai 2029", "10 h 00 – 12 h 00", "2 h"),
    ("E3", "Culture économique, juridique et managériale – toutes spécialités à l'exception de CJN, MHR, SAM et "
     "Tourisme (épreuve E4 pour la spécialité CG)", "Mardi 15 mai 2029", "14 h 00 – 18 h 00", "4 h"),
    ("BANDE", "ASSURANCE"),
    ("E4", "Développement commercial et gestion de la relation client", "Mercredi 16 mai 2029", "14 h 00 – 17 h 00", "3 h"),
    ("BANDE", "BANQUE – CONSEILLER DE CLIENTÈLE (PARTICULIERS)"),
    ("E4", "Développement et suivi de l'activité commerciale", "Mercredi 16 mai 2029", "9 h 00 – 12 h 00", "3 h"),
    ("BANDE", "COLLABORATEUR JURISTE NOTARIAL (CJN)"),
    ("E3", "Droit général et droit notarial", "Jeudi 17 mai 2029", "14 h 00 – 18 h 00", "4 h"),
    ("E4", "Techniques notariales", "Vendredi 18 mai 2029", "9 h 00 – 13 h 00", "4 h"),
    ("BANDE", "COMMERCE INTERNATIONAL (CI)"),
    ("E4", "Mise en œuvre des opérations internationales", "Mercredi 16 mai 2029", "14 h 00 – 18 h 00", "4 h"),
    ("E22", "Langue vivante étrangère B, épreuve écrite", "Vendredi 18 mai 2029", "10 h 00 – 12 h 00", "2 h"),
    ("BANDE", "COMMUNICATION"),
    ("E4", "Cultures de la communication", "Mercredi 23 mai 2029", "14 h 00 – 18 h 00", "4 h"),
    ("BANDE", "COMPTABILITÉ ET GESTION (CG)"),
    ("E5", "Traitement et contrôle des opérations comptables, fiscales et sociales", "Mercredi 16 mai 2029",
     "9 h 00 – 13 h 30", "4 h 30"),
    ("BANDE", "GESTION DE LA PME (GPME)"),
    ("E6", "Soutenir le fonctionnement et le développement de la PME", "Jeudi 17 mai 2029", "14 h 00 – 18 h 30", "4 h 30"),
    ("BANDE", "MANAGEMENT COMMERCIAL OPÉRATIONNEL (MCO)"),
    ("E5", "Gestion opérationnelle", "Jeudi 17 mai 2029", "14 h 00 – 17 h 00", "3 h"),
    ("BANDE", "MANAGEMENT EN HÔTELLERIE-RESTAURATION (MHR)"),
    ("E3", "Management de l'entreprise hôtelière et de restauration", "Jeudi 24 mai 2029", "14 h 00 – 18 h 00", "4 h"),
    ("BANDE", "NÉGOCIATION ET DIGITALISATION DE LA RELATION CLIENT (NDRC)"),
    ("E5", "Relation client à distance et digitalisation – partie écrite", "Mercredi 23 mai 2029", "9 h 00 – 12 h 00", "3 h"),
    ("BANDE", "PROFESSIONS IMMOBILIÈRES"),
    ("E5", "Conseil en ingénierie de l'immobilier", "Jeudi 17 mai 2029", "9 h 00 – 13 h 00", "4 h"),
    ("E61", "Techniques immobilières : transaction immobilière", "Mardi 22 mai 2029", "14 h 00 – 16 h 00", "2 h"),
    ("E62", "Techniques immobilières : gestion immobilière", "Mardi 22 mai 2029", "16 h 30 – 18 h 30", "2 h"),
    ("BANDE", "SUPPORT À L'ACTION MANAGÉRIALE (SAM)"),
    ("E3", "Culture économique, juridique et managériale appliquée", "Mercredi 16 mai 2029", "14 h 00 – 18 h 00", "4 h"),
    ("BANDE", "TOURISME"),
    ("E3", "Culture économique, juridique et managériale appliquée", "Mercredi 16 mai 2029", "14 h 00 – 18 h 00", "4 h"),
    ("E22", "Langue vivante étrangère B, épreuve écrite", "Vendredi 18 mai 2029", "10 h 00 – 12 h 00", "2 h"),
]
APRES = [
    "Aucune épreuve écrite n'est organisée le jeudi 10 mai 2029 (Ascension) ni le lundi 21 mai 2029 (lundi de "
    "Pentecôte).",
    "Les épreuves orales et pratiques, notamment les épreuves E4 et E7 de la spécialité, ainsi que les épreuves "
    "facultatives, sont organisées par les académies selon leur propre calendrier, qui sera précisé par les "
    "circulaires académiques d'organisation.",
    "Les sujets de secours sont tenus à la disposition des services académiques dans les conditions habituelles. "
    "Toute difficulté dans l'application du présent calendrier doit être signalée sans délai au bureau des examens.",
]
SIGNATURE = ["Pour la ministre et par délégation,", "La cheffe du service de la stratégie des formations",
             "et de la vie étudiante,", "Hélène Vasseur-Castagné"]
PIED = "1 rue Descartes – 75231 Paris Cedex 05 – note 2028-0417 – page {p}"
