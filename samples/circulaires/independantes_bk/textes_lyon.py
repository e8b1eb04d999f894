"""BTS Professions immobilières (PI), académie de Lyon, session 2026 — DOCX, calendar = pasted Excel screenshot (PNG, inline)."""
EN_TETE = ["RÉGION ACADÉMIQUE AUVERGNE-RHÔNE-ALPES", "Académie de Lyon",
           "Direction des examens et concours – DEC 4", "Bureau des brevets de technicien supérieur"]
AFFAIRE = ["Affaire suivie par : Solène Marchetti", "Tél. : 04 72 80 61 27", "Mél : ce.dec4-bts@ac-lyon.fr",
           "92 rue de Marseille – BP 7227", "69354 Lyon Cedex 07"]
LIEU_DATE = "Lyon, le 2 mars 2026"
DESTINATAIRES = ("Le recteur de la région académique Auvergne-Rhône-Alpes, recteur de l'académie de Lyon,\n"
                 "à\nMesdames et Messieurs les chefs des établissements publics et privés sous contrat,\n"
                 "Mesdames et Messieurs les directeurs des centres de formation d'apprentis,\n"
                 "préparant au BTS Professions immobilières")
OBJET = "Objet : organisation du BTS Professions immobilières (PI) – session 2026"
REFERENCES = [
    "Réf. : code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "arrêté du 16 avril 2018 portant définition et fixant les conditions de délivrance du BTS « Professions immobilières » ;",
    "circulaire nationale d'organisation de la session 2026 du 19 janvier 2026 (académie pilote : Nantes).",
]
INTRO = ("La présente circulaire précise les modalités d'organisation de la session 2026 du brevet de technicien "
         "supérieur Professions immobilières dans l'académie de Lyon. Je vous remercie d'en assurer la diffusion "
         "auprès des équipes pédagogiques, des candidats et des personnels concernés.")
T1 = "1. Calendrier des épreuves"
T1_AVANT = ("Le tableau ci-dessous est extrait du classeur de gestion de la session tenu par le bureau DEC 4. "
            "Il récapitule les dates, horaires (heure de métropole) et centres de toutes les épreuves ponctuelles, "
            "écrites et orales. Les candidats sont convoqués 30 minutes avant le début de chaque épreuve écrite.")
T1_APRES = [
    "L'épreuve E4 « Communication professionnelle en français et en langue étrangère » est évaluée exclusivement "
    "en contrôle en cours de formation (CCF) par les établissements ; elle ne fait l'objet d'aucune convocation académique.",
    "L'épreuve facultative EF2 « Engagement étudiant » est évaluée à partir du dossier transmis par l'établissement "
    "de formation ; aucune date n'est arrêtée au niveau académique.",
    "Attention : le lundi 25 mai 2026 (lundi de Pentecôte) est férié ; aucune interrogation n'est organisée ce jour-là.",
]
T2 = "2. Dossiers des épreuves professionnelles E51 et E52"
T2_TEXTE = [
    "Les dossiers support des épreuves orales E51 « Transaction immobilière » et E52 « Gestion immobilière » "
    "(deux exemplaires papier et la version numérique) sont déposés au plus tard le vendredi 10 avril 2026 à 12 h 00 "
    "au Lycée Élise Rivet, à l'attention du DDFPT. Les vacances de printemps (du samedi 11 avril au lundi 27 avril 2026) "
    "ne permettent aucun dépôt tardif.",
    "La commission de contrôle de conformité des dossiers E51 et E52 se réunira le mardi 28 avril 2026 à 14 h 00 "
    "au Lycée Élise Rivet. Les établissements seront informés le jour même des dossiers déclarés non conformes.",
]
T3 = "3. Livrets scolaires et notes de CCF"
T3_TEXTE = ("Les livrets scolaires, complétés et signés, ainsi que les notes de CCF de l'épreuve E4, sont transmis "
            "au Lycée Élise Rivet au plus tard le vendredi 22 mai 2026.")
T4 = "4. Centres d'épreuves"
CENTRES = [
    ("Épreuves écrites (candidats du Rhône et de l'Ain)", "Lycée Élise Rivet", "14 rue Pierre Delore\n69008 Lyon"),
    ("Épreuves écrites (candidats de la Loire)", "Lycée Jean Dasté", "7 rue Jules Ledin\n42000 Saint-Étienne"),
    ("Épreuves orales E51, E52 et EF1", "Lycée Germaine Tillion", "190 route de Riottier\n69400 Villefranche-sur-Saône"),
]
T4_NOTE = ("Pour mémoire, les sections de formation de l'académie (Lycée Saint-Marc à Lyon 2e, Lycée Albert Camus à "
           "Rillieux-la-Pape, CFA Immo-Rhône à Vénissieux) ne sont pas centres d'épreuves.")
T5 = "5. Jury et résultats"
T5_TEXTE = ("Le jury de délibération se réunira le jeudi 25 juin 2026 à 9 h 00 au rectorat de Lyon, 92 rue de Marseille, "
            "69007 Lyon. Les résultats seront publiés le vendredi 3 juillet 2026 à 10 h 00 sur le site académique.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Hélène Vasseur-Mbaye"]

# ---- content of the PICTURE (Excel screenshot); nowhere else in the document as text
IMG_TITRE = "BTS PROFESSIONS IMMOBILIÈRES – SESSION 2026 – calendrier académique (Lyon)"
IMG_ENTETE = ["Épreuve", "Intitulé", "Nature", "Du", "Au", "Début", "Fin", "Centre"]
IMG_LIGNES = [
    ["E1", "Culture générale et expression", "écrite", "lun. 11/05/2026", "", "14:00", "18:00", "Rivet (Lyon) / Dasté (St-Étienne)"],
    ["E3", "Culture économique, juridique et managériale", "écrite", "mar. 12/05/2026", "", "14:00", "18:00", "Rivet (Lyon) / Dasté (St-Étienne)"],
    ["E2", "Langue vivante étrangère : anglais", "écrite", "mer. 13/05/2026", "", "10:00", "12:00", "Rivet (Lyon) / Dasté (St-Étienne)"],
    ["E6", "Conseil en ingénierie de l'immobilier", "écrite", "mer. 13/05/2026", "", "14:00", "18:00", "Rivet (Lyon) / Dasté (St-Étienne)"],
    ["E4", "Communication professionnelle", "CCF", "", "", "", "", "établissement de formation"],
    ["E51", "Transaction immobilière", "orale", "mar. 26/05/2026", "ven. 29/05/2026", "convoc.", "", "Tillion (Villefranche)"],
    ["E52", "Gestion immobilière", "orale", "lun. 01/06/2026", "mer. 03/06/2026", "convoc.", "", "Tillion (Villefranche)"],
    ["EF1", "Langue vivante étrangère 2 (facultative)", "orale", "jeu. 04/06/2026", "", "convoc.", "", "Tillion (Villefranche)"],
]
