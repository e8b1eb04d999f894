"""Textes de la circulaire fictive : BTS Gestion de la PME (GPME), académie de la Guadeloupe, session 2027.
Mise en page : courriel imprimé (page HTML), horaires en heure de Paris et en heure de Guadeloupe."""

STEM = "circulaire_gpme_2027_guadeloupe"

COURRIEL = [
    ("De", "DEC – Bureau des BTS &lt;dec.bts@ac-guadeloupe.fr&gt;"),
    ("Envoyé", "mardi 26 janvier 2027 09:14"),
    ("À", "ce.lycees-bts@ac-guadeloupe.fr"),
    ("Cc", "ien-et-eco-gestion@ac-guadeloupe.fr"),
    ("Objet", "BTS GPME – session 2027 – organisation académique"),
    ("Pièces jointes", "accuse_reception_gpme.pdf"),
]
TITRE_MARQUE = "ACADÉMIE DE LA GUADELOUPE – Rectorat – Division des examens et concours"
SALUT = "Mesdames et Messieurs les chefs d'établissement,"
INTRO = ("Vous trouverez ci-dessous l'organisation académique du BTS Gestion de la PME (GPME) pour la session "
         "2027, établie conformément à la circulaire nationale d'organisation du 3 décembre 2026. Les épreuves "
         "écrites étant nationales, elles se déroulent simultanément en métropole et en Guadeloupe.")

T1 = "1. Épreuves écrites"
P1 = "Les horaires applicables en Guadeloupe sont ceux de la dernière colonne."
CAL_ENTETE = ["Date", "Épreuve", "Durée", "Heure de Paris", "Heure de Guadeloupe"]
CALENDRIER = [
    ("lundi 10 mai 2027", "E3 – Culture économique, juridique et managériale", "4 h", "14h00 – 18h00",
     "8h00 – 12h00"),
    ("mardi 11 mai 2027", "E1 – Culture générale et expression", "4 h", "14h00 – 18h00", "8h00 – 12h00"),
    ("mercredi 12 mai 2027", "E7 – Soutenir le fonctionnement et le développement de la PME", "4 h 30",
     "13h30 – 18h00", "7h30 – 12h00"),
    ("jeudi 13 mai 2027", "E6 – Gérer le personnel et contribuer à la GRH de la PME", "2 h 30", "14h00 – 16h30",
     "8h00 – 10h30"),
]

T2 = "2. Centres d'épreuves"
CENTRES_ENTETE = ["Centre", "Adresse", "Commune"]
CENTRES = [
    ("Lycée Baimbridge", "Boulevard des Héros – BP 211 – 97139", "Les Abymes"),
    ("Lycée Gerville-Réache", "38 rue Amédée Fengarol – 97100", "Basse-Terre"),
    ("Lycée Charles Coeffin", "Trioncelle – 97122", "Baie-Mahault"),
]
P2 = "Les épreuves orales ponctuelles ont toutes lieu au lycée Baimbridge."

T3 = "3. Épreuves orales (heure locale)"
PUCES3 = [
    "E4 – Gérer la relation avec les clients et les fournisseurs de la PME (candidats ponctuels) : les dossiers "
    "sont à déposer au lycée Baimbridge au plus tard le vendredi 9 avril 2027 à 12 h (heure locale) ; contrôle "
    "de conformité le mercredi 14 avril 2027 à 8 h 30.",
    "Une réunion d'harmonisation des examinateurs E4 se tiendra le lundi 31 mai 2027 à 7 h 30, avant le début "
    "des interrogations E4 (du lundi 31 mai au mercredi 2 juin 2027).",
    "E2 – Communication en langue vivante étrangère (candidats hors CCF) : du lun. 07/06/27 au mar. 08/06/27.",
    "E5 – Participer à la gestion des risques de la PME : contrôle en cours de formation uniquement, sans "
    "convocation académique.",
    "Épreuves facultatives EF1 (langue vivante) et EF2 (engagement étudiant) : les candidats inscrits seront "
    "convoqués individuellement.",
]
P3 = ("Attention : le jeudi 6 mai 2027 (Ascension), le lundi 17 mai 2027 (Pentecôte) et le jeudi 27 mai 2027 "
      "(commémoration de l'abolition de l'esclavage) sont fériés en Guadeloupe.")

T4 = "4. Jury et résultats"
P4 = ("Le jury de délibération se réunira le mardi 29 juin 2027 à 8 h au rectorat (Les Abymes). Les résultats "
      "seront publiés le mercredi 30 juin 2027 à 16 h (heure de Guadeloupe).")

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours",
             "Murielle Jean-Baptiste",
             "Rectorat de la Guadeloupe – Parc d'activités La Providence – ZAC de Dothémare – 97139 Les Abymes"]
