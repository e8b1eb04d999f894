"""Texte de la note nationale fictive BTS Conseil et commercialisation de solutions techniques, session 2027."""

EN_TETE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Direction générale de l'enseignement scolaire",
           "Bureau des diplômes professionnels et des BTS – DGESCO A2-3"]
LIEU_DATE = "Paris, le 30 novembre 2026"
DESTINATAIRES = ("à Mesdames et Messieurs les recteurs d'académie – Divisions des examens et concours ; "
                 "Monsieur le directeur du SIEC")
OBJET = ("Note de service – BTS Conseil et commercialisation de solutions techniques (CCST) – calendrier national "
         "de la session 2027")
REFERENCES = ("Références : arrêté du 15 juin 2022 portant définition et fixant les conditions de délivrance du BTS "
              "CCST ; note de service n° 2026-181 du 2 octobre 2026 (calendrier des BTS).")
INTRO = ("La présente note fixe les dates nationales des épreuves écrites de la session 2027 et la période dans "
         "laquelle les académies organisent les épreuves orales. Les horaires sont donnés en heure de Paris ; les "
         "académies d'outre-mer appliquent les horaires qu'elles communiquent à leurs candidats.")
CADRE_TITRE = "CALENDRIER NATIONAL – SESSION 2027"
# Épreuve | (vide) | Nature | (vide) | Date | Horaire
ENTETE = ["Épreuve", "", "Nature", "", "Date", "Horaire\n(heure de Paris)"]
LIGNES = [
    ["E2 – Communication en\nlangue vivante étrangère\n(anglais)", "", "écrite\n2 h", "", "lundi\n10 mai 2027", "14h-16h"],
    ["E1 – Culture générale\net expression", "", "écrite\n4 h", "", "mardi\n11 mai 2027", "14h-18h"],
    ["E3 – Culture économique,\njuridique et managériale", "", "écrite\n4 h", "", "mercredi\n12 mai 2027", "14h-18h"],
    ["E4 – Conception et négociation\nde solutions techniques", "", "orale", "", "du mardi 18 mai\nau vendredi 11 juin 2027",
     "convocation\nacadémique"],
    ["E5 – Management de l'activité\ncommerciale", "", "orale", "", "du mardi 18 mai\nau vendredi 11 juin 2027",
     "convocation\nacadémique"],
    ["E6 – Développement de clientèle\net relation client", "", "orale", "", "du mardi 18 mai\nau vendredi 11 juin 2027",
     "convocation\nacadémique"],
]
APRES = [
    "L'épreuve facultative EF1 (langue vivante 2) est organisée par chaque académie à une date qu'elle fixe.",
    "Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés ; aucune "
    "interrogation ne peut y être programmée.",
    "Les notes de toutes les épreuves sont saisies dans l'application Cyclades au plus tard le vendredi 18 juin 2027.",
    "Les jurys de délibération se tiennent entre le lundi 28 juin et le vendredi 2 juillet 2027. Les résultats sont "
    "publiés au plus tard le mercredi 7 juillet 2027.",
]
H_SUJETS = "Sujets"
SUJETS = ("Les sujets nationaux sont acheminés par les services de chaque académie. Les sujets de secours sont "
          "conservés sous pli scellé et ne sont ouverts que sur instruction du bureau.")
ATTENTION = ("Attention : modification de l'horaire de l'épreuve E2. Afin d'éviter tout chevauchement avec une autre "
             "spécialité, l'épreuve E2 du lundi 10 mai 2027 se déroulera de 10h à 12h (heure de Paris), et non de 14h "
             "à 16h comme indiqué dans le tableau ci-dessus.")
SIGNATURE = ["Pour le ministre et par délégation,", "la sous-directrice des lycées et de la formation professionnelle",
             "Catherine Delmas-Ferrand"]
