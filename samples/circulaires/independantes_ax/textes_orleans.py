"""BTS Électrotechnique, académie d'Orléans-Tours, session 2028 — circulaire de deux pages
(DOCX → PDF LibreOffice), imprimée puis photographiée page par page. Tout est fictif."""

EN_TETE = ["Académie d'Orléans-Tours", "Rectorat", "Division des examens et concours",
           "DEC 2 – Bureau des BTS industriels", "Affaire suivie par : Thomas Rabier",
           "Tél. 02 38 79 00 00", "dec2-bts@ac-orleans-tours.fr", "21 rue Saint-Étienne", "45043 Orléans cedex 1"]
LIEU_DATE = "Orléans, le 9 février 2028"
DESTINATAIRES = ["La rectrice de l'académie d'Orléans-Tours", "à",
                 "Mesdames et Messieurs les proviseurs des lycées", "préparant au BTS Électrotechnique",
                 "Mesdames et Messieurs les directeurs des CFA", ]
OBJET = "Objet : BTS Électrotechnique – organisation de la session 2028"
REFERENCES = [
    "Réf. : arrêté du 4 juin 2020 portant définition et fixant les conditions de délivrance du BTS Électrotechnique ;",
    "circulaire nationale d'organisation de la session 2028 du 11 janvier 2028.",
]
INTRO = [
    "J'ai l'honneur de vous communiquer les modalités d'organisation du BTS Électrotechnique pour la session "
    "2028 dans l'académie d'Orléans-Tours. Je vous remercie d'en assurer la diffusion auprès des enseignants "
    "et des candidats concernés.",
    "Les épreuves écrites ont lieu dans l'établissement de formation pour les candidats scolaires et apprentis. "
    "Les candidats individuels et de la formation continue sont convoqués au Lycée Alain-Fournier, "
    "50 rue Stéphane Mallarmé, 18000 Bourges.",
    "Les épreuves E32 (physique et chimie), E51 (conduite de projet/chantier) et E62 (mise en œuvre et "
    "maintenance) sont évaluées exclusivement en contrôle en cours de formation : elles ne figurent pas "
    "au calendrier ci-après. Les propositions de notes seront saisies par les établissements.",
]
SECTION_DOSSIERS = "1. Dossiers et rapports"
DOSSIERS = [
    "Les dossiers de projet (E52) et les rapports d'activités en entreprise (E61) sont déposés par les "
    "établissements au centre d'interrogation au plus tard le vendredi 12 mai 2028 à 16h00, accompagnés du "
    "bordereau de remise.",
    "La commission de contrôle de conformité des dossiers E52 et E61 se réunit le mardi 23 mai 2028 à 14h00 "
    "au Lycée Benjamin Franklin. Les établissements sont informés le jour même des dossiers non conformes.",
]
SECTION_VACANCES = "2. Jours non ouvrés"
VACANCES = ("Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (Pentecôte) sont fériés ; le vendredi "
            "26 mai 2028 est libéré dans les établissements. Aucune opération d'examen n'est fixée à ces dates.")

# page 2
CAL_TITRE = "3. Calendrier de la session 2028"
CAL_ENTETE = ["Épreuve", "Nature", "Date", "Horaire", "Lieu"]
CAL = [
    ["E31 – Mathématiques", "écrite", "lundi 15 mai 2028", "14h00 – 16h00", "établissement de formation / Bourges"],
    ["E1 – Culture générale et expression", "écrite", "mardi 16 mai 2028", "14h00 – 18h00", "établissement de formation / Bourges"],
    ["E41 – Pré-étude et modélisation", "écrite", "mercredi 17 mai 2028", "08h00 – 12h00", "établissement de formation / Bourges"],
    ["E42 – Conception et industrialisation", "écrite", "jeudi 18 mai 2028", "08h00 – 12h00", "établissement de formation / Bourges"],
    ["E41 – E42 : réunion d'entente", "–", "lundi 22 mai 2028", "9h30", "Lycée Benjamin Franklin, Orléans"],
    ["E41 – E42 : correction des copies", "–", "du lundi 22 au mercredi 31 mai 2028", "", "Lycée Benjamin Franklin, Orléans"],
    ["E2 – Anglais (candidats hors CCF)", "orale", "mardi 6 juin 2028", "", "Lycée Benjamin Franklin, Orléans"],
    ["E61 – Rapport d'activités en entreprise", "orale", "du mercredi 7 au vendredi 9 juin 2028", "", "Lycée Grandmont, Tours"],
    ["E52 – Projet : soutenance", "orale", "du lundi 12 au jeudi 15 juin 2028", "", "Orléans : 18, 28, 41, 45 / Tours : 36, 37"],
]
CAL_NOTE = ("Soutenances E52 : les candidats des départements 18, 28, 41 et 45 sont interrogés au Lycée Benjamin "
            "Franklin, 21 bis rue Eugène Vignat, 45000 Orléans ; ceux des départements 36 et 37 au Lycée "
            "Grandmont, avenue de Sévigné, 37200 Tours.")
SECTION_FIN = "4. Délibérations et résultats"
FIN = [
    "Le jury de délibération se réunira le mardi 4 juillet 2028 à 9h00 au rectorat d'Orléans.",
    "Les résultats seront publiés le jeudi 6 juillet 2028 à 14h00.",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours", "Hervé Maupoint"]
