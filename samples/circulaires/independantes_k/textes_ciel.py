# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS CIEL, académie de Nancy-Metz, session 2027 (document long)."""

STEM = "circulaire_ciel_2027_nancy-metz"

EN_TETE = ["Rectorat de la région académique Grand Est", "Académie de Nancy-Metz",
           "Division des examens et concours – DEC 3", "Bureau des brevets de technicien supérieur"]
PIED = "DEC 3 – Circulaire BTS CIEL – session 2027"

EXPEDITEUR = [
    "Affaire suivie par : Mme Laure Thiriet",
    "Tél. : 03 83 86 20 00",
    "Mél. : ce.dec3@ac-nancy-metz.fr",
    "2 rue Philippe de Gueldres",
    "CO n°13 – 54035 Nancy Cedex",
]
LIEU_DATE = "Nancy, le 18 janvier 2027"
DESTINATAIRES = ("Le recteur de la région académique Grand Est, recteur de l'académie de Nancy-Metz, "
                 "à Mesdames et Messieurs les chefs d'établissement des lycées publics et privés sous contrat "
                 "et les directeurs de CFA préparant au BTS CIEL ; s/c de Mesdames et Messieurs les IA-IPR "
                 "et IEN-ET de sciences et techniques industrielles.")
OBJET = ("Objet : organisation de l'examen du brevet de technicien supérieur « Cybersécurité, Informatique "
         "et réseaux, ÉLectronique » (CIEL), option A « Informatique et réseaux » et option B « Électronique "
         "et réseaux » – session 2027")
REFERENCES = [
    "Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "Arrêté du 22 juillet 2022 portant définition et fixant les conditions de délivrance du BTS CIEL ;",
    "Note nationale d'organisation des épreuves ponctuelles écrites des BTS du 4 décembre 2026.",
]
INTRO = ("La présente circulaire fixe le calendrier et les modalités d'organisation de la session 2027 du BTS "
         "CIEL dans l'académie de Nancy-Metz. Le calendrier figure en tête de document ; les annexes regroupent "
         "les grilles d'évaluation et les modèles de documents à utiliser par les centres d'épreuves.")

# --- 1. Calendrier --------------------------------------------------------------------------
CAL_ENTETE = ["Date", "Horaires", "Durée", "Épreuve", "Code"]
CAL_ECRITS = [
    ("Lundi 10 mai 2027", "14 h 00 – 18 h 00", "4 h", "Culture générale et expression", "E1"),
    ("Mardi 11 mai 2027", "8 h 00 – 14 h 00", "6 h",
     "Option A : Étude et conception de réseaux informatiques\nOption B : Étude et conception de systèmes "
     "électroniques (même horaire pour les deux options)", "E4"),
    ("Mercredi 12 mai 2027", "9 h 00 – 11 h 00", "2 h", "Anglais (épreuve écrite)", "E2"),
]
CAL_ORAUX = [
    ("Du mardi 1er au vendredi 4 juin 2027", "convocation individuelle", "1 h",
     "Option A : Exploitation et maintenance de réseaux informatiques\nOption B : Intervention et maintenance "
     "de systèmes électroniques", "E5"),
    ("Mercredi 2 juin 2027", "13:30 – 17:30", "20 min", "Langue vivante facultative (épreuve orale)", "EF1"),
    ("Du lundi 7 au jeudi 10 juin 2027", "convocation individuelle", "40 min",
     "Valorisation de la donnée et cybersécurité (épreuve orale)", "E6"),
]
CAL_CCF = ("E3 – Mathématiques : unité évaluée exclusivement en contrôle en cours de formation (CCF) pour "
           "l'ensemble des candidats inscrits dans l'académie à la session 2027 ; aucune date d'épreuve "
           "ponctuelle n'est fixée.")

CAL_AUTRES = [
    ("Lundi 3 mai 2027 à 12 h 00", "Date limite de dépôt des dossiers de l'épreuve E6 au centre d'interrogation"),
    ("Mercredi 12 mai 2027 à 14 h 00", "Contrôle de conformité des dossiers E6 (lycée Henri Loritz, Nancy)"),
    ("Vendredi 28 mai 2027", "Date limite de transmission des propositions de notes de CCF de l'unité E3"),
    ("Lundi 31 mai 2027 à 9 h 30", "Réunion d'entente des examinateurs E5 et E6 (lycée Henri Loritz)"),
    ("Jeudi 24 juin 2027 à 9 h 00", "Jury de délibération (rectorat, Nancy)"),
    ("Vendredi 25 juin 2027 à 10 h 00", "Publication des résultats sur le site Cyclades"),
]
CAL_NB = ("N.B. : le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés ; "
          "aucune convocation ne peut être établie à ces dates.")

# --- 2. Centres ------------------------------------------------------------------------------
CENTRES_TITRE = "2. CENTRES D'ÉPREUVES"
CENTRES = [
    ("Lycée Henri Loritz", "29 rue des Jardiniers", "CS 84127", "54000 NANCY", "E1, E2, E4, E5, E6, EF1"),
    ("Lycée Louis de Cormontaigne", "12 place Cormontaigne", "BP 70624", "57010 METZ CEDEX 1", "E1, E2, E4, E5"),
    ("Lycée Blaise Pascal", "5 rue Paul Ney", "BP 70120", "57608 FORBACH CEDEX", "E1, E2, E4, E6"),
    ("Lycée Pierre Mendès France", "2 rue du Haut des Étages", "BP 1043", "88050 ÉPINAL CEDEX 9", "E5"),
]
CENTRES_NOTE = ("Les propositions de notes, bordereaux et procès-verbaux sont adressés au rectorat de l'académie "
                "de Nancy-Metz, DEC 3, 2 rue Philippe de Gueldres, CO n°13, 54035 Nancy Cedex.")

FORMATION_TITRE = "3. ÉTABLISSEMENTS DE FORMATION (pour information – ce ne sont pas des centres d'épreuves)"
FORMATION = [
    "Lycée Jean Prouvé – Nancy (formation initiale, option A)",
    "Pôle formation UIMM Lorraine – CFA de l'industrie – Maxéville (apprentissage, options A et B)",
    "Lycée Louis Bertrand – Briey (formation initiale, option B)",
    "Lycée Condorcet – Schœneck (formation initiale, option A)",
    "GRETA Lorraine Centre – Laxou (formation continue)",
]

ORGA_TITRE = "4. ORGANISATION DES ÉPREUVES"
ORGA = [
    ("4.1 Épreuves écrites",
     "Les candidats sont convoqués trente minutes avant le début de chaque épreuve. Aucun candidat n'est admis "
     "dans la salle après la première heure. Pour l'épreuve E4, le sujet commun aux deux options est "
     "accompagné d'un dossier technique propre à chaque option. Les copies sont numérisées par le centre "
     "d'épreuves dans les 48 heures."),
    ("4.2 Épreuve E5",
     "L'épreuve E5 se déroule sur plateau technique. Les chefs de centre communiquent au bureau DEC 3 la liste "
     "des postes de travail disponibles au plus tard quinze jours avant le début des interrogations. Les "
     "examinateurs sont convoqués par le rectorat."),
    ("4.3 Épreuve E6 – dossier",
     "Le dossier (rapport de projet et fiches de valorisation de la donnée) est remis en deux exemplaires au "
     "centre d'interrogation. Un dossier non déposé dans les délais, ou jugé non conforme lors du contrôle de "
     "conformité, entraîne l'attribution de la mention « non valide » à l'épreuve (annexe 1)."),
    ("4.4 Contrôle en cours de formation",
     "Les situations d'évaluation de l'unité E3 sont organisées par les équipes pédagogiques. Les propositions "
     "de notes sont saisies dans l'application Lotanet et les grilles conservées par l'établissement jusqu'au "
     "terme du délai de recours."),
    ("4.5 Épreuve facultative",
     "L'épreuve facultative EF1 (langue vivante autre que l'anglais) est organisée au lycée Henri Loritz. Seuls "
     "les points au-dessus de la moyenne sont pris en compte."),
]

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,",
             "Catherine Bailly-Maître"]

# --- Annexes (grilles, modèles) : aucune des dates qu'elles contiennent n'est un événement ------------
ANNEXE1_TITRE = "ANNEXE 1 – FICHE DE CONTRÔLE DE CONFORMITÉ DU DOSSIER E6"
ANNEXE1_LIGNES = [
    ("Nom et prénom du candidat", ""),
    ("Numéro de candidat", ""),
    ("Date de dépôt du dossier", "le …… / …… / 20……"),
    ("Dossier remis en deux exemplaires", "☐ oui   ☐ non"),
    ("Rapport de projet présent", "☐ oui   ☐ non"),
    ("Fiches de valorisation de la donnée (3 minimum)", "☐ oui   ☐ non"),
    ("Attestation de stage signée", "☐ oui   ☐ non"),
    ("Décision de la commission", "☐ conforme   ☐ non conforme"),
    ("Motif de non-conformité", ""),
    ("Date du contrôle", "…… / …… / 20……"),
    ("Nom et signature du président de la commission", ""),
]

COMPETENCES_E5 = [
    ("C01", "Communiquer en situation professionnelle (français et anglais)"),
    ("C03", "Gérer un projet"),
    ("C04", "Analyser un système informatique"),
    ("C06", "Valider un système informatique"),
    ("C07", "Réaliser des maquettes et prototypes"),
    ("C08", "Coder"),
    ("C09", "Installer un réseau informatique"),
    ("C10", "Exploiter un réseau informatique"),
    ("C11", "Maintenir un réseau informatique"),
]
INDICATEURS = [
    "La démarche est structurée et argumentée",
    "Les outils et ressources sont correctement mobilisés",
    "Les règles de sécurité et de cybersécurité sont respectées",
    "Les résultats obtenus sont analysés et critiqués",
    "La documentation produite est exploitable",
    "Le vocabulaire technique est maîtrisé",
]
NIVEAUX = ["Non maîtrisé", "Insuffisant", "Satisfaisant", "Très satisfaisant"]

COMPETENCES_E6 = [
    ("C02", "Organiser une intervention"),
    ("C05", "Concevoir un système informatique"),
    ("C08", "Coder"),
    ("C10", "Exploiter un réseau informatique"),
    ("C12", "Valoriser la donnée"),
    ("C13", "Sécuriser les données et les échanges"),
]

ATTESTATION_TITRE = "ANNEXE 4 – ATTESTATION DE STAGE EN MILIEU PROFESSIONNEL (modèle)"
ATTESTATION_LIGNES = [
    ("Entreprise / organisme d'accueil", ""),
    ("Adresse", ""),
    ("Tuteur (nom, fonction)", ""),
    ("Stagiaire (nom, prénom)", ""),
    ("Période 1", "du …… / …… / …… au …… / …… / ……"),
    ("Période 2", "du …… / …… / …… au …… / …… / ……"),
    ("Exemple de saisie", "du 04/01/2027 au 12/02/2027 (6 semaines)"),
    ("Nombre total de semaines", ""),
    ("Activités confiées", ""),
    ("Fait à", "……………………, le …… / …… / 20……"),
    ("Cachet de l'entreprise et signature", ""),
]

PV_TITRE = "ANNEXE 5 – PROCÈS-VERBAL DE SOUTENANCE (modèle à compléter par le centre)"
PV_LIGNES = [
    ("Centre d'interrogation", ""),
    ("Date de l'interrogation", "…… / …… / 2027"),
    ("Heure de début", "…… h ……"),
    ("Membres de la commission", ""),
    ("Note proposée (sur 20)", ""),
    ("Observations", ""),
]

BORDEREAU_TITRE = "ANNEXE 6 – BORDEREAU DE PROPOSITION DE NOTES DE CCF – UNITÉ E3 MATHÉMATIQUES"
BORDEREAU_INFO = ("Établissement : …………………………………   Option : ☐ A  ☐ B   "
                  "Date d'envoi : …… / …… / 20……")
BORDEREAU_ENTETE = ["N°", "Nom", "Prénom", "Situation 1 (/10)", "Situation 2 (/10)", "Note proposée (/20)"]
BORDEREAU_LIGNES = 30
