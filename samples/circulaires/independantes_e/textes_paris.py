# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive : BTS NDRC, académie de Paris, session 2025."""

STEM = "circulaire_ndrc_2025_paris"

ENTETE = ["ACADÉMIE DE PARIS", "Rectorat – Division des examens et concours", "Liberté Égalité Fraternité"]
PIED = "Rectorat de Paris – 12, boulevard d'Indochine – 75933 Paris Cedex 19"

BLOC = [
    "DEC – Bureau des BTS",
    "Affaire suivie par :\tN. Haddad / S. Lefèvre",
    "Téléphone :\t01 44 62 41 90",
    "Mél :\tdec-bts@ac-paris.fr",
]
LIEU_DATE = "Paris, le 3 mars 2025"
DEST = ("Le recteur de la région académique Île-de-France, recteur de l'académie de Paris, "
        "à Mesdames et Messieurs les proviseurs et directeurs d'établissements de formation")
OBJET = "Objet : BTS Négociation et digitalisation de la relation client (NDRC) – session 2025 – organisation académique"
REFS = "Références : arrêté du 22 février 2018 modifié ; circulaire nationale d'organisation du 20 décembre 2024."

INTRO = [
    ("La session 2025 du BTS NDRC concerne dans l'académie de Paris 1 412 candidats inscrits. La présente circulaire "
     "complète la circulaire nationale : elle fixe les dates académiques, les centres et les modalités de transmission "
     "des documents. Les périodes de congés de printemps (zone C : du samedi 19 avril au dimanche 4 mai 2025) "
     "ont été prises en compte."),
]

SECTIONS = []  # rempli ci-dessous : (titre, [paragraphes ou ('liste', [...]) ou ('table', nom)])

T_ECRITS = "I. ÉPREUVES ÉCRITES"
ECRITS_ENTETE = ["Épreuve", "Date", "Horaires", "Durée"]
ECRITS = [
    ("E5-A Relation client à distance et digitalisation (partie écrite)", "lundi 12 mai 2025", "14h00 – 17h00", "3 h"),
    ("E3 Culture économique, juridique et managériale", "mardi 13 mai 2025", "14h00 – 18h00", "4 h"),
    ("E1 Culture générale et expression", "mercredi 14 mai 2025", "14h00 – 18h00", "4 h"),
]
ECRITS_TEXTE = [
    ("Les copies de l'épreuve E5-A sont numérisées dans chaque centre et déposées sur la plateforme de correction "
     "au plus tard le mardi 13 mai 2025 à 12 h. Les copies des épreuves E1 et E3 suivent le circuit national."),
    ("La réunion d'entente des correcteurs de E5-A aura lieu le jeudi 22 mai 2025 à 14 h 30 au lycée Turgot. "
     "La correction de E5-A se déroulera du vendredi 23 mai au mercredi 4 juin 2025."),
]

T_ORAUX = "II. ÉPREUVES ORALES ET PRATIQUES"
ORAUX = [
    ("L'épreuve E2 – Communication en langue vivante étrangère – est passée en CCF par les candidats scolaires. "
     "Les candidats relevant de la forme ponctuelle sont interrogés au lycée Maximilien Vox du lundi 19 au vendredi "
     "23 mai 2025."),
    ("La partie pratique de l'épreuve E5, notée E5 B (épreuve sur poste informatique, 40 minutes), se déroulera "
     "au lycée Jules Siegfried du mardi 20 au jeudi 22 mai 2025."),
    ("L'épreuve E4 – Relation client et négociation-vente – se déroulera du lundi 26 au mercredi 28 mai, du lundi "
     "2 au jeudi 5 juin et du mardi 10 au vendredi 13 juin 2025, dans les centres désignés en annexe 1. "
     "Le jeudi 29 mai (Ascension) et le lundi 9 juin 2025 (Pentecôte) sont fériés."),
    ("L'épreuve E6 – Relation client et animation de réseaux – se déroulera pour les candidats ponctuels les lundi 16 "
     "et mardi 17 juin 2025 au lycée Henri Bergson."),
    ("L'épreuve facultative EF1 (langue vivante 2) aura lieu le mercredi 11 juin 2025 à partir de 13 h 30 au lycée "
     "Henri Bergson."),
]
ORAUX_RAPPEL = [
    "E5 – A : partie écrite nationale (cf. I) ;",
    "E5 – B : partie pratique académique ;",
    "la note de E5 est la moyenne pondérée des deux parties.",
]

T_DOSSIERS = "III. DOSSIERS, CONFORMITÉ ET DOCUMENTS À TRANSMETTRE"
DOSSIERS = [
    ("Les dossiers des épreuves E4 (fiches de négociation-vente) et E6 (fiches d'animation de réseaux) sont "
     "déposés sur la plateforme académique au plus tard le vendredi 11 avril 2025 à 12 h. Passé ce délai, le "
     "dépôt est fermé."),
    ("Le contrôle de conformité se déroulera du lundi 14 au mercredi 16 avril 2025 ; les établissements seront "
     "informés des non-conformités par courriel."),
    ("Les livrets scolaires sont à transmettre au lycée Turgot au plus tard le vendredi 6 juin 2025."),
]

T_JURY = "IV. JURY ET RÉSULTATS"
JURY = [
    "Le jury de délibération se réunira le mercredi 25 juin 2025 à 9 h au rectorat de Paris.",
    ("Les résultats seront publiés le vendredi 4 juillet 2025 à 14 h. Les relevés de notes seront "
     "disponibles en ligne à compter de cette date."),
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours", "", "Hélène Carbonnel"]

ANNEXE1_TITRE = "Annexe 1 – Centres d'épreuves"
CENTRES_ENTETE = ["N°", "Centre", "Adresse", "CP – Ville", "Épreuves"]
CENTRES = [
    ("1", "Lycée Jean Lurçat", "48, avenue des Gobelins", "75013 Paris", "écrits, E4"),
    ("2", "Lycée Turgot", "69, rue de Turbigo", "75003 Paris", "écrits, réunion E5-A"),
    ("3", "Lycée Jules Siegfried", "12, rue d'Abbeville", "75010 Paris", "écrits, E5 B"),
    ("4", "Lycée Élisa Lemonnier", "20, avenue Armand Rousseau", "75012 Paris", "écrits, E4"),
    ("5", "Lycée Charles de Foucauld", "5, rue de la Madone", "75018 Paris", "E4"),
    ("6", "Lycée Edgar Quinet", "63, rue des Martyrs", "75009 Paris", "écrits"),
    ("7", "Lycée Henri Bergson", "27, rue Édouard Pailleron", "75019 Paris", "écrits, E6, EF1"),
    ("8", "Lycée Maximilien Vox", "5, rue Madame", "75006 Paris", "E2 ponctuel"),
]

ANNEXE2_TITRE = "Annexe 2 – Établissements de formation et centre de rattachement (écrits)"
ANNEXE2_NOTE = "Les établissements ci-dessous ne sont pas centres d'épreuves : leurs candidats composent dans le centre indiqué."
FORMATION_ENTETE = ["Établissement de formation", "Statut", "Centre de rattachement"]
FORMATION = [
    ("Lycée Carnot", "public", "Lycée Edgar Quinet"),
    ("Lycée Paul Poiret", "public", "Lycée Turgot"),
    ("Lycée Jean Jaurès", "public", "Lycée Henri Bergson"),
    ("Lycée Rabelais", "public", "Lycée Henri Bergson"),
    ("Lycée Léonard de Vinci", "public", "Lycée Jean Lurçat"),
    ("Lycée Gabriel Fauré", "public", "Lycée Jean Lurçat"),
    ("Lycée Paul Valéry", "public", "Lycée Élisa Lemonnier"),
    ("Lycée Théophile Gautier", "public", "Lycée Élisa Lemonnier"),
    ("Lycée Jacques Monod", "public", "Lycée Jules Siegfried"),
    ("Lycée privé Saint-Vincent-de-Paul", "privé sous contrat", "Lycée Jules Siegfried"),
    ("Lycée privé Notre-Dame de Sion", "privé sous contrat", "Lycée Edgar Quinet"),
    ("Lycée privé Saint-Michel de Picpus", "privé sous contrat", "Lycée Élisa Lemonnier"),
    ("CFA Stephenson", "CFA", "Lycée Turgot"),
    ("CFA de la relation client (CFA RC Paris)", "CFA", "Lycée Turgot"),
    ("CFA des métiers du commerce – Paris Est", "CFA", "Lycée Henri Bergson"),
    ("École supérieure de vente et négociation", "hors contrat", "Lycée Jean Lurçat"),
    ("Institut commercial de Paris-Bastille", "hors contrat", "Lycée Élisa Lemonnier"),
    ("Campus numérique de la relation client", "hors contrat", "Lycée Jules Siegfried"),
    ("GRETA de Paris – Commerce", "formation continue", "Lycée Edgar Quinet"),
    ("CNED et candidats individuels", "—", "Lycée Turgot"),
    ("Lycée Lucas de Nehou", "public", "Lycée Edgar Quinet"),
    ("Lycée Dorian", "public", "Lycée Henri Bergson"),
    ("Lycée Marcel Deprez", "public", "Lycée Jules Siegfried"),
    ("CFA Commerce & Services Paris Sud", "CFA", "Lycée Jean Lurçat"),
]
