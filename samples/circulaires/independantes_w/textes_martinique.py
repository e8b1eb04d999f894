# -*- coding: utf-8 -*-
"""Lettre de convocation des chefs de centre valant circulaire, BTS MCO, académie de la Martinique, session 2028.
Calendrier commun avec une autre spécialité (GPME, lignes « pour information ») ; heures de Paris et de Martinique."""

ENTETE = ["RÉGION ACADÉMIQUE MARTINIQUE", "Rectorat de la Martinique",
          "Division des examens et concours – Pôle BTS"]
ADRESSE = "Les Hauts de Terreville – 97279 Schoelcher CEDEX"
LIEU_DATE = "Schoelcher, le 7 février 2028"
DEST = ["Le recteur de la région académique Martinique",
        "à",
        "Mesdames et Messieurs les proviseurs, chefs des centres d'épreuves du BTS MCO"]
OBJET = "Objet : CONVOCATION – Organisation du BTS Management commercial opérationnel (MCO) – session 2028"
REF = "Réf. : arrêté du 21 mars 2019 portant définition du BTS MCO ; note de service ministérielle du 16 novembre 2027."
CORPS = [
    "Madame la Proviseure, Monsieur le Proviseur,",
    "Vous êtes convoqué(e), ou votre représentant(e), à la réunion de préparation de la session 2028 qui se tiendra "
    "le mardi 4 avril 2028 à 9 h au rectorat (salle Aimé Césaire).",
    "Je vous communique ci-après le calendrier des épreuves ponctuelles du BTS MCO. Les heures qui font foi pour "
    "les candidats sont celles de la Martinique ; l'heure de Paris est indiquée pour mémoire. Les lignes relatives "
    "au BTS GPME, dont les épreuves générales se déroulent dans les mêmes centres, sont données pour information "
    "et font l'objet d'une circulaire distincte.",
]
TABLE_TITRE = "CALENDRIER DES ÉPREUVES ÉCRITES"
TABLE_ENTETE = ["Date", "Spécialité", "Épreuve", "Heure de Paris", "Heure de Martinique"]
TABLE = [
    ["ven. 12/05/2028", "GPME (pour information)", "E4 – Gérer la relation avec les clients et les fournisseurs", "14 h – 18 h", "8 h – 12 h"],
    ["lun. 15/05/2028", "MCO", "E3 – Culture économique, juridique et managériale", "14 h – 18 h", "8 h – 12 h"],
    ["mar. 16/05/2028", "MCO", "E1 – Culture générale et expression", "14 h – 18 h", "8 h – 12 h"],
    ["mer. 17/05/2028", "MCO", "E5 – Gestion opérationnelle", "14 h – 17 h", "8 h – 11 h"],
    ["jeu. 18/05/2028", "MCO", "E6 – Management de l'équipe commerciale", "14 h – 16 h 30", "8 h – 10 h 30"],
    ["ven. 19/05/2028", "MCO", "E2 – Communication en langue vivante étrangère (écrit)", "14 h – 16 h", "8 h – 10 h"],
    ["mar. 23/05/2028", "GPME (pour information)", "E6 – Soutenir le fonctionnement et le développement de la PME", "14 h – 18 h 30", "8 h – 12 h 30"],
]
TABLE_NOTE = ("Le lundi 22 mai 2028 (commémoration de l'abolition de l'esclavage) est férié en Martinique ; "
              "le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (Pentecôte) le sont également.")
ORAUX_TITRE = "ÉPREUVES ORALES ET FACULTATIVES (MCO)"
ORAUX = [
    "E41 – Développement de la relation client et vente conseil : du lundi 29 mai au vendredi 2 juin 2028.",
    "E42 – Animation et dynamisation de l'offre commerciale : du mardi 6 au vendredi 9 juin 2028.",
    "EF1 – Langue vivante facultative : lundi 12 juin 2028 ; EF2 – Parcours de professionnalisation à l'étranger "
    "et EF3 – Entrepreneuriat : mardi 13 juin 2028.",
    "Réunion d'entente des interrogateurs E41 et E42 : lundi 29 mai 2028 à 7 h 30, lycée Joseph Gaillard.",
]
DOSSIERS = [
    "Les dossiers des candidats pour E41 et E42 (fiches de communication et fiches d'activités) devront parvenir "
    "au centre d'épreuves au plus tard le vendredi 14 avril 2028 à 12 h, heure de Martinique.",
    "La commission de contrôle de conformité se réunira le mercredi 26 avril 2028 à 14 h 30.",
]
CENTRES_TITRE = "CENTRES D'ÉPREUVES MCO"
CENTRES = [("Lycée Joseph Gaillard", "Rue Marie-Thérèse Gertrude, BP 642", "97262 Fort-de-France CEDEX"),
           ("Lycée Frantz Fanon", "Route de Cosmy", "97220 La Trinité"),
           ("Lycée polyvalent Acajou 2", "Quartier Acajou", "97232 Le Lamentin")]
CENTRES_NOTE = "Les candidats GPME composent au lycée Joseph Zobel, Quartier Thoraille, 97215 Rivière-Salée."
FIN = [
    "Le jury de délibération se réunira le vendredi 30 juin 2028 à 8 h au rectorat.",
    "Les résultats seront publiés le mercredi 5 juillet 2028 à 15 h (heure locale).",
    "Je vous remercie de votre précieuse collaboration.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours,", "", "Gilles Rosemain"]
