"""Textes de la circulaire fictive BTS Commerce international, académie d'Aix-Marseille, session 2028."""

EN_TETE = ["ACADÉMIE D'AIX-MARSEILLE", "Division des examens et concours", "DIEC 4 — BTS tertiaires",
           "Place Lucien-Paye — 13621 Aix-en-Provence Cedex 1"]
LIEU_DATE = "Aix-en-Provence, le 7 février 2028"
OBJET = "Objet : BTS Commerce international (CI) — session 2028 — organisation des épreuves"
REFERENCES = ("Réf. : arrêté du 23 février 2022 portant définition et fixant les conditions de délivrance du BTS "
              "Commerce international ; circulaire nationale d'organisation du 14 décembre 2027.")
INTRO = [
    "J'ai l'honneur de vous faire connaître les dispositions arrêtées pour la session 2028 du BTS Commerce",
    "international. Je vous remercie de bien vouloir en assurer la diffusion auprès des candidats, des",
    "professeurs concernés et des personnels chargés de l'organisation des épreuves dans votre établissement.",
    "Les convocations seront adressées aux établissements par messagerie au cours du mois d'avril.",
]
TITRE_CAL = "I. CALENDRIER DES ÉPREUVES PONCTUELLES"
ENTETES = ["Épreuve", "Intitulé", "Date", "Horaire", "Durée"]
LIGNES = [
    ("E3", "Culture économique, juridique et managériale", "lun. 15/05/28", "14h-18h", "4 h"),
    ("E1", "Culture générale et expression", "16-05-2028", "13:30 – 17:30", "4 h"),
    ("E2", "Communication en langues vivantes étrangères", "", "", ""),
    ("E21", "Langue A — compréhension et expression écrites", "mer. 17/05/28", "10h-12h", "2 h"),
    ("E5", "Mise en œuvre des opérations internationales", "mer. 17/05/28", "14h-17h", "3 h"),
    ("E4", "Relation commerciale interculturelle (candidats hors CCF)", "du 23/05/28 au 24/05/28", "convocation",
     "30 min"),
    ("E22", "Langue A — oral", "voir ci-dessous", "convocation", "20 min"),
    ("E23", "Langue B — oral", "voir ci-dessous", "convocation", "20 min"),
    ("EF1", "Langue vivante C (facultative)", "jeu. 01/06/28", "convocation", "20 min"),
    ("E6", "Développement commercial international", "du 14/06/28 au 16/06/28", "convocation", "40 min"),
]
NOTE_TABLEAU = "Le lundi 8 mai 2028 est férié ; le jeudi 25 mai 2028 (Ascension) également."
ORAUX = [
    "Les épreuves orales E22 (langue A) et E23 (langue B) se dérouleront du lundi 29 mai au mercredi 31 mai,",
    "du mardi 6 au jeudi 8 juin et du lundi 12 au mardi 13 juin 2028, dans les centres désignés au IV.",
]
TITRE_E6 = "II. ÉPREUVE E6 — DOSSIERS"
E6 = [
    "Les fiches de prospection et de suivi de l'épreuve E6 sont à transmettre au plus tard le 28-04-2028 à 12 h",
    "au lycée Antoine-de-Ruffi, centre de gestion. Le contrôle de conformité aura lieu le mar. 09/05/28 à 14h.",
    "Les examinateurs de l'épreuve E6 participeront à la réunion d'entente le ven. 09/06/28 à 14h00 au lycée",
    "Calendal (salle polyvalente).",
]
TITRE_FIN = "III. LIVRETS, JURY, RÉSULTATS"
FIN = [
    "Les livrets scolaires sont à faire parvenir au lycée Antoine-de-Ruffi au plus tard le 02-06-2028.",
    "Jury de délibération : mar. 27/06/28 à 9h, au rectorat (salle du conseil).",
    "Publication des résultats : ven. 30/06/28 à 10h sur le site de l'académie.",
]
TITRE_CENTRES = "IV. CENTRES D'ÉPREUVES"
CENTRES = [
    ["Lycée Antoine-de-Ruffi", "14 traverse de la Joliette", "13002 MARSEILLE",
     "Écrits ; oraux E22, E23 ; E6"],
    ["Lycée Calendal", "5 avenue des Écoles-Militaires — BP 60213", "13617 AIX-EN-PROVENCE CEDEX 1",
     "Écrits ; E4 ; oraux E22, E23 ; EF1"],
    ["Lycée Jean-Henri-Fabre", "29 chemin de la Barthelasse", "84000 AVIGNON", "Écrits ; oraux E22, E23"],
]
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours",
             "Jean-Baptiste Orsoni"]
