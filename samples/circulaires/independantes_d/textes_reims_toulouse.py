"""Texte des documents 5 (lettre Métiers de la chimie, Reims 2028) et 6 (MMV, Toulouse 2027)."""

CHI_ENTETE = [
    "Académie de Reims",
    "Rectorat – Division des examens et concours (DEC 2)",
    "1 rue Navier – 51082 Reims Cedex",
    "Reims, le 14 janvier 2028",
    "Le chef de la division des examens et concours",
    "à",
    "Madame la proviseure du lycée Roosevelt, Reims",
    "Monsieur le proviseur du lycée Pierre Bayen, Châlons-en-Champagne",
]
CHI_OBJET = "Objet : BTS Métiers de la chimie – session 2028"
CHI_CORPS_AVANT = [
    "Madame la proviseure, Monsieur le proviseur,",
    "J'ai l'honneur de vous faire connaître le calendrier académique des épreuves du BTS "
    "Métiers de la chimie pour la session 2028. Vos établissements accueilleront les "
    "candidats de l'académie selon la répartition indiquée dans l'encadré ci-dessous.",
]
CHI_ENCADRE_TITRE = "CALENDRIER DE LA SESSION 2028"
CHI_ENCADRE = [
    "Épreuves écrites – lycée Roosevelt, Reims",
    "E1 Culture générale et expression : 09/05/2028, 14h-18h",
    "E2 Anglais : 10/05/2028, 9h30-11h30",
    "E31 Mathématiques : 10/05/2028, 14h-16h",
    "E32 Physique-chimie : 11/05/2028, 9h30-11h30",
    "E4 Chimie et procédés – étude de cas : 12/05/2028, 9h30-12h30",
    "Épreuves pratiques et orales",
    "E5 Travaux pratiques de laboratoire (lycée Roosevelt) : du 06/06 au 09/06/2028",
    "E6 Soutenance du projet (lycée Pierre Bayen, Châlons-en-Champagne) : du 13/06 au 15/06/2028",
    "Étapes",
    "Dépôt des dossiers de projet E6 : 21/04/2028 avant 12h00",
    "Contrôle de conformité des dossiers E6 : 26/04/2028",
    "Jury de délibération : 29/06/2028 à 9h30 (rectorat)",
    "Résultats : 30/06/2028 à partir de 14h",
]
CHI_CORPS_APRES = [
    "Les dossiers E6 sont remis sous forme numérique sur la plateforme académique et en un "
    "exemplaire papier au secrétariat du lycée Pierre Bayen. Les convocations individuelles "
    "seront adressées aux candidats par vos soins.",
    "Je vous prie d'agréer, Madame la proviseure, Monsieur le proviseur, l'expression de ma "
    "considération distinguée.",
    "Le chef de la division des examens et concours",
]

# ---------------------------------------------------------------- Toulouse
MMV_ENTETE = [
    "ACADÉMIE DE TOULOUSE",
    "Liberté Égalité Fraternité",
    "Rectorat – Division des examens et concours",
    "Bureau DEC 5 – Brevets de technicien supérieur",
    "Toulouse, le 22 février 2027",
    "La rectrice de l'académie de Toulouse",
    "à",
    "Mesdames et Messieurs les chefs d'établissement",
]
MMV_OBJET = "Objet : BTS Métiers de la mode – vêtements (MMV) – session 2027"
MMV_PORTRAIT_1 = [
    ("h", "1. Cadre général"),
    ("p", "La présente circulaire fixe le calendrier académique des épreuves du BTS MMV pour la "
          "session 2027. Le calendrier détaillé figure en page 2 (format paysage)."),
    ("p", "L'épreuve E5 « Gestion de production et qualité » est évaluée exclusivement en "
          "contrôle en cours de formation (CCF) pour tous les candidats scolaires et apprentis "
          "des établissements habilités ; elle ne fait l'objet d'aucune convocation ponctuelle."),
    ("p", "L'épreuve facultative EF1 (langue vivante 2) ne peut être choisie qu'au moment de "
          "l'inscription ; seuls les points au-dessus de 10 sur 20 sont pris en compte."),
]
MMV_CALENDRIER_TITRE = "2. Calendrier de la session 2027"
MMV_CALENDRIER = [
    ["Épreuve", "Nature", "Date", "Horaires", "Centre"],
    ["E1 – Culture générale et expression", "écrite", "lundi 10 mai 2027", "14 h 00 – 18 h 00", "Lycée Déodat de Séverac, Toulouse"],
    ["E2 – Anglais", "écrite", "mardi 11 mai 2027", "14 h 00 – 16 h 00", "Lycée Déodat de Séverac, Toulouse"],
    ["E3 – Mathématiques", "écrite", "mercredi 12 mai 2027", "10 h 00 – 12 h 00", "Lycée Déodat de Séverac, Toulouse"],
    ["E4 – Étude technique du vêtement", "écrite", "jeudi 13 mai 2027", "8 h 00 – 13 h 00", "Lycée Déodat de Séverac, Toulouse"],
    ["E5 – Gestion de production et qualité", "CCF uniquement", "—", "—", "établissement de formation"],
    ["E6 – Projet de développement de produit", "orale", "du mardi 1er juin au vendredi 4 juin 2027", "selon convocation", "Lycée Les Arènes, Toulouse"],
    ["EF1 – Langue vivante 2 (épreuve facultative)", "orale", "lundi 7 juin 2027", "selon convocation", "Lycée Les Arènes, Toulouse"],
]
MMV_PORTRAIT_2 = [
    ("h", "3. Dossiers de projet E6 et contrôle de conformité"),
    ("p", "Les dossiers de projet E6 sont déposés au lycée Les Arènes au plus tard le vendredi "
          "30 avril 2027 à 12 h 00. Le contrôle de conformité des dossiers E6 est effectué le "
          "mercredi 19 mai 2027 à 14 h 00 par la commission académique réunie au lycée Les Arènes."),
    ("h", "4. Notes de CCF"),
    ("p", "Les notes de l'épreuve E5 évaluée en CCF sont saisies par les établissements au plus "
          "tard le vendredi 21 mai 2027 ; les documents d'évaluation restent à la disposition du jury."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury de délibération se réunit le jeudi 24 juin 2027 à 9 h 00 au rectorat de "
          "Toulouse. Les résultats sont publiés le vendredi 25 juin 2027 à 16 h 00."),
    ("p", "Pour la rectrice et par délégation, le chef de la division des examens et concours"),
]
