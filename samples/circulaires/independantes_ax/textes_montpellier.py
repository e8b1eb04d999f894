"""BTS Management en hôtellerie-restauration, académie de Montpellier, session 2027.
Note d'une page (PDF reportlab), puis photographiée au téléphone une fois imprimée. Tout est fictif."""

EN_TETE = ["RÉGION ACADÉMIQUE OCCITANIE", "ACADÉMIE DE MONTPELLIER",
           "Division des examens et concours – DEC 4", "Bureau des BTS"]
REFERENCE = "Note d'information DEC4/2027-07"
LIEU_DATE = "Montpellier, le 28 janvier 2027"
DESTINATAIRES = ("à Mesdames et Messieurs les chefs des établissements\n"
                 "préparant au BTS Management en hôtellerie-restauration")
TITRE = "BTS MANAGEMENT EN HÔTELLERIE-RESTAURATION (MHR) – SESSION 2027"
SOUS_TITRE = "Calendrier académique des épreuves et des opérations"
INTRO = ("La présente note fixe, pour l'académie de Montpellier, le calendrier de la session 2027. "
         "Les horaires sont ceux de la métropole. Les convocations seront disponibles sur Cyclades.")

ENTETE_TABLE = ["Épreuve", "Intitulé / opération", "Forme", "Date(s)", "Horaire", "Lieu"]
TABLE = [
    ["E3", "Culture économique, juridique et managériale appliquée", "écrite", "lundi 10 mai 2027", "14\u00a0h – 18\u00a0h", "établissement de formation"],
    ["E1", "Culture générale et expression", "écrite", "mardi 11 mai 2027", "14\u00a0h – 18\u00a0h", "établissement de formation"],
    ["E4", "Entrepreneuriat et pilotage de l'entreprise hôtelière", "écrite", "mercredi 12 mai 2027", "9\u00a0h – 14\u00a0h", "établissement de formation"],
    ["E4", "Correction des copies (lots remis le 12 mai au soir)", "–", "du mardi 18 au vendredi 21 mai 2027", "", "Lycée Georges Frêche, Montpellier"],
    ["E21", "Langue vivante A – anglais", "orale", "du mardi 25 au vendredi 28 mai 2027", "", "Lycée Georges Frêche, Montpellier"],
    ["E22", "Langue vivante B", "orale", "du mardi 25 au vendredi 28 mai 2027", "", "Lycée Georges Frêche, Montpellier"],
    ["E5", "Réunion d'entente des examinateurs", "–", "mercredi 26 mai 2027", "14\u00a0h", "Lycée Jean Moulin, Béziers"],
    ["E5", "Management opérationnel (épreuve pratique)", "pratique", "du lundi 31 mai au jeudi 3 juin 2027", "8\u00a0h – 16\u00a0h", "Lycée Jean Moulin, Béziers"],
    ["EF1", "Langue vivante facultative", "orale", "mercredi 2 juin 2027", "", "Lycée Georges Frêche, Montpellier"],
    ["E6", "Conception et commercialisation de services en hôtellerie-restauration", "orale", "du lundi 7 au mercredi 9 juin 2027", "", "Lycée François Arago, Perpignan"],
]

DEPOT = ("Dossiers E6 : dépôt au centre d'interrogation au plus tard le vendredi 16 avril 2027 à 17\u00a0h "
         "(un exemplaire papier et un exemplaire numérique).")
JURY = "Jury de délibération : lundi 28 juin 2027 à 14\u00a0h, rectorat de Montpellier (salle Joffre)."
RESULTATS = "Résultats : mardi 29 juin 2027 à 16\u00a0h (Cyclades et affichage dans les centres)."
FERIE = ("Rappel : le lundi 17 mai 2027 (lundi de Pentecôte) est férié ; aucun candidat ni examinateur "
         "n'est convoqué ce jour-là.")

ADRESSES = [
    "Lycée Georges Frêche – 401 avenue de la Croix d'Argent – 34070 Montpellier",
    "Lycée Jean Moulin – 1 boulevard Edouard Herriot – 34500 Béziers",
    "Lycée François Arago – 22 avenue Paul Doumer – 66000 Perpignan",
    "Rectorat de Montpellier – 31 rue de l'Université – 34064 Montpellier cedex 2",
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Murielle Castagné"]
PIED = "DEC 4 – dec4-bts@ac-montpellier.fr – 04 67 91 00 00"

# ajoutés sur le papier avant la photo (absents du PDF d'origine) — ce ne sont pas des événements
TAMPON = ["LYCÉE J. MOULIN – BÉZIERS", "REÇU LE", "03 FÉV. 2027", "SECRÉTARIAT"]
MANUSCRIT = "voir DDFPT pour les salles !"
