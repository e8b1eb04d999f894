"""Note nationale (ministère) — BTS Gestion des transports et logistique associée, session 2025.
Tableau en paysage : une colonne d'horaires par territoire + colonne « Durée »."""

ENTETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
          "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
          "Bureau des diplômes post-baccalauréat"]
LIEU_DATE = "Paris, le 18 décembre 2024"
EXPEDITEUR = "Le ministre chargé de l'enseignement supérieur"
DESTINATAIRES = ["à",
                 "Mesdames et Messieurs les recteurs et rectrices d'académie",
                 "Messieurs les vice-recteurs de Nouvelle-Calédonie et de Polynésie française",
                 "Mesdames et Messieurs les chefs des divisions des examens et concours"]
OBJET = ("Objet : BTS Gestion des transports et logistique associée (GTLA) – session 2025 – "
         "calendrier national des épreuves")
REFERENCE = "Référence : arrêté du 2 mars 2021 portant définition et fixant les conditions de délivrance du BTS GTLA."

INTRO = ("La présente note fixe le calendrier des épreuves ponctuelles écrites de la session 2025. "
         "Les horaires sont exprimés en heure locale de chaque territoire. En Nouvelle-Calédonie et "
         "en Polynésie française, les candidats composent sur des sujets spécifiques.")

TITRE_1 = "1. Épreuves écrites"
ENTETES = ["Épreuve", "Durée", "Date", "Métropole", "Antilles-Guyane", "La Réunion",
           "Mayotte", "Nouvelle-Calédonie", "Polynésie française"]
LIGNES = [
    ["E1 – Culture générale et expression", "4 h", "lundi 12 mai 2025",
     "14h00-18h00", "8h00-12h00", "16h00-20h00", "15h00-19h00", "7h30-11h30", "7h30-11h30"],
    ["Sous-épreuve E21 – Anglais : compréhension et expression écrites", "2 h", "mardi 13 mai 2025",
     "10h00-12h00", "7h30-9h30", "12h00-14h00", "11h00-13h00", "8h00-10h00", "8h00-10h00"],
    ["Sous-épreuve E31 – Culture économique, juridique et managériale", "4 h", "mardi 13 mai 2025",
     "14h00-18h00", "8h00-12h00", "16h00-20h00", "15h00-19h00", "12h30-16h30", "12h30-16h30"],
    ["E4 – partie A – Mise en œuvre d'opérations de transport (étude de cas)", "3 h", "mercredi 14 mai 2025",
     "14h00-17h00", "8h00-11h00", "16h00-19h00", "15h00-18h00", "7h30-10h30", "7h30-10h30"],
    ["E5.1 – Pilotage et conception de prestations logistiques", "4 h", "jeudi 15 mai 2025",
     "14h00-18h00", "8h00-12h00", "16h00-20h00", "15h00-19h00", "7h30-11h30", "7h30-11h30"],
    ["EF1 Langue vivante facultative", "oral 20 min", "calendrier académique",
     "—", "—", "—", "—", "—", "—"],
    ["E6 – Pilotage de l'activité en situation professionnelle", "CCF", "sans date nationale",
     "—", "—", "—", "—", "—", "—"],
]

TITRE_2 = "2. Épreuves orales et dossiers"
PARAS_2 = [
    "Les épreuves orales ponctuelles (sous-épreuve E22 – Anglais : production et interaction orales, "
    "E4 – partie B et E5.2) ainsi que l'épreuve facultative EF1 se dérouleront, selon le calendrier "
    "arrêté par chaque académie, du 2 au 6 juin, du 9 au 13 juin et du 16 au 20 juin 2025.",
    "Les dossiers support de l'épreuve E5.2 sont transmis par les candidats aux centres d'examen au "
    "plus tard le vendredi 25 avril 2025, le cachet de la poste faisant foi.",
    "L'épreuve E6 est évaluée exclusivement en contrôle en cours de formation ; elle ne donne lieu à "
    "aucune convocation nationale.",
]

TITRE_3 = "3. Réunions nationales d'entente"
PARAS_3 = [
    "Une réunion nationale d'entente se tiendra en visioconférence :",
]
PUCES_3 = [
    "pour l'épreuve E4 – partie A, le mardi 20 mai 2025 à 14 h ;",
    "pour la sous-épreuve E5.1, le mercredi 21 mai 2025 à 10 h.",
]
PARAS_3B = ["Chaque académie y désigne un professeur correcteur référent."]

TITRE_4 = "4. Délibérations et résultats"
PARAS_4 = [
    "Les jurys de délibération se réuniront au plus tard le jeudi 3 juillet 2025. Les résultats "
    "seront publiés à partir du vendredi 4 juillet 2025.",
]
SIGNATURE = ["Pour le ministre et par délégation,", "la cheffe du bureau des diplômes post-baccalauréat", "", "Hélène Garnier-Duval"]
