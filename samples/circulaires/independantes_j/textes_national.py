"""Texte de la note nationale GPME 2027 (fictive), dessinée directement avec reportlab.

Particularités : portée nationale (aucune académie organisatrice), tableau paysage avec une
colonne d'horaires par territoire, colonne Durée, unités U et épreuves E côte à côte, appels
de note, tableau coupé sur deux pages avec en-tête répété, heures « 13:30 ».
"""

EN_TETE = [
    "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
    "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
    "Service de la stratégie des formations et de la vie étudiante",
    "Bureau des brevets de technicien supérieur – DGESIP A1-3",
]
LIEU_DATE = "Paris, le 18 janvier 2027"
NUMERO = "Note n° 2027-0047"
DESTINATAIRES = ("à Mesdames et Messieurs les recteurs et rectrices d'académie, Mesdames et Messieurs "
                 "les vice-recteurs, Mesdames et Messieurs les chefs de division des examens et concours")
OBJET = ("Objet : BTS Gestion de la PME (GPME) – session 2027 – calendrier national des épreuves "
         "écrites ponctuelles")
REFERENCES = ("Références : arrêté du 20 avril 2018 portant définition et fixant les conditions de "
              "délivrance du BTS Gestion de la PME ; note de service du 12 octobre 2026 relative au "
              "calendrier des examens de la session 2027.")

PARAGRAPHES = [
    "La présente note fixe, pour l'ensemble du territoire, les dates et heures des épreuves "
    "écrites ponctuelles du brevet de technicien supérieur Gestion de la PME pour la session "
    "2027. Elle s'impose à toutes les académies, qui en assurent la diffusion auprès des centres "
    "d'épreuves et des établissements de formation.",
    "Les épreuves écrites sont communes à tous les candidats, quel que soit leur statut. Les "
    "sujets sont identiques en métropole et dans les départements et régions d'outre-mer où les "
    "épreuves se déroulent simultanément ; des sujets spécifiques sont prévus pour la Polynésie "
    "française et la Nouvelle-Calédonie, dont les horaires sont fixés localement.",
    "Les épreuves E2, E4 et E5 ainsi que les épreuves facultatives EF1 et EF2 ne figurent pas "
    "dans le calendrier national : elles sont évaluées en contrôle en cours de formation ou "
    "organisées sous forme ponctuelle par chaque académie, selon son propre calendrier.",
    "Aucune épreuve nationale n'est fixée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai "
    "2027 (lundi de Pentecôte). Les centres veilleront à ouvrir les salles au moins trente "
    "minutes avant l'heure de début indiquée.",
]

TABLEAU_TITRE = "Calendrier des épreuves – heures locales de chaque territoire"
TABLEAU_ENTETE = ["Unité", "Épreuve", "Date", "Métropole", "Antilles", "Guyane", "La Réunion",
                  "Mayotte", "Polynésie (1)", "Nouvelle-\nCalédonie (1)", "Durée"]
SUJET_LOCAL = "sujet spécifique (1)"
ORGANISE = "organisée par les académies (2)"
TABLEAU = [
    ["U6", "E6 – Gérer le personnel et contribuer à la gestion des ressources humaines de la PME",
     "Lundi 10 mai 2027", "14:00 – 16:30", "08:00 – 10:30", "09:00 – 11:30", "16:00 – 18:30",
     "15:00 – 17:30", SUJET_LOCAL, SUJET_LOCAL, "2 h 30"],
    ["U3", "E3 – Culture économique, juridique et managériale",
     "Mardi 11 mai 2027", "14:00 – 18:00", "08:00 – 12:00", "09:00 – 13:00", "16:00 – 20:00",
     "15:00 – 19:00", SUJET_LOCAL, SUJET_LOCAL, "4 h"],
    ["U1", "E1 – Culture générale et expression",
     "Mercredi 12 mai 2027", "08:30 – 12:30", "07:30 – 11:30 (3)", "07:30 – 11:30 (3)",
     "10:30 – 14:30", "09:30 – 13:30", SUJET_LOCAL, SUJET_LOCAL, "4 h"],
    ["U7", "E7 – Soutenir le fonctionnement et le développement de la PME",
     "Jeudi 13 mai 2027", "13:30 – 18:00", "07:30 – 12:00", "08:30 – 13:00", "15:30 – 20:00",
     "14:30 – 19:00", SUJET_LOCAL, SUJET_LOCAL, "4 h 30"],
    ["U2", "E2 – Communication en langue vivante étrangère", ORGANISE],
    ["U4", "E4 – Gérer la relation avec les clients et les fournisseurs de la PME", ORGANISE],
    ["U5", "E5 – Participer à la gestion des risques de la PME", ORGANISE],
    ["UF1", "EF1 – Langue vivante étrangère 2 (facultative)", ORGANISE],
    ["UF2", "EF2 – Engagement étudiant (facultative)", ORGANISE],
]
NOTES = [
    "(1) Les vice-rectorats de Polynésie française et de Nouvelle-Calédonie fixent l'horaire local "
    "des sujets spécifiques et le communiquent au bureau DGESIP A1-3.",
    "(2) Contrôle en cours de formation ou forme ponctuelle selon le statut du candidat.",
    "(3) Sujet de secours distinct du sujet de métropole.",
]

APRES = [
    "Délibérations et résultats. Les jurys de délibération se tiendront entre le lundi 28 juin "
    "et le jeudi 1er juillet 2027. Les résultats seront publiés simultanément dans toutes les "
    "académies le vendredi 2 juillet 2027 à 10 h (heure de Paris).",
    "Bilan de session. Les académies transmettront les statistiques de la session au bureau "
    "DGESIP A1-3 au plus tard le vendredi 9 juillet 2027, au moyen du tableau habituel.",
    "Les candidats empêchés pour cas de force majeure dûment justifié pourront être autorisés à "
    "se présenter à des épreuves de remplacement, dont le calendrier fera l'objet d'une note "
    "ultérieure.",
]

SIGNATURE = ["Pour la ministre et par délégation,", "le chef du service de la stratégie des formations",
             "et de la vie étudiante,", "Bertrand Aubry-Lemaire"]
PIED = "DGESIP A1-3 – Note n° 2027-0047 – BTS GPME session 2027"
