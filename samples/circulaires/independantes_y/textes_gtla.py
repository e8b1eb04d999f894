"""Note nationale fictive, BTS Gestion des transports et logistique associée, session 2027."""
STEM = "note_gtla_2027_nationale"
EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Service de la stratégie des formations et de la vie étudiante", "DGESIP A1-3"]
LIEU_DATE = "Paris, le 3 décembre 2026"
DEST = ("La ministre de l'Enseignement supérieur et de la Recherche à Mesdames et Messieurs les recteurs et "
        "rectrices d'académie ; Messieurs les vice-recteurs de Nouvelle-Calédonie, de la Polynésie française "
        "et de Wallis-et-Futuna ; Monsieur le directeur du service interacadémique des examens et concours")
OBJET = ("Objet : BTS Gestion des transports et logistique associée (GTLA) – organisation nationale de la "
         "session 2027")
REFS = "Réf. : arrêté du 5 mai 2022 portant définition du BTS GTLA ; note de service du 18 octobre 2026."
INTRO = ("La présente note précise le calendrier national des épreuves écrites de la session 2027 et les "
         "échéances communes à toutes les académies. Les épreuves orales et pratiques sont organisées par "
         "les académies.")
EPREUVES_TITRE = "1. Épreuves"
EPREUVES_ENTETE = ["Épreuve", "Intitulé", "Mode d'évaluation"]
EPREUVES = [["E1", "Culture générale et expression", "ponctuel écrit – 4 h"],
            ["E2", "Langues vivantes étrangères", "—"],
            ["E2-1", "Anglais", "ponctuel écrit – 2 h"],
            ["E2-2", "Langue vivante B", "ponctuel oral (organisation académique)"],
            ["E3", "Culture économique, juridique et managériale", "ponctuel écrit – 4 h"],
            ["E4", "Mise en œuvre d'opérations de transport et de prestations logistiques", "ponctuel écrit – 5 h"],
            ["E5", "Pilotage et amélioration des opérations", "ponctuel oral (organisation académique)"],
            ["E6", "Pérennisation et développement de l'activité", "CCF uniquement"],
            ["EF1", "Langue vivante facultative", "ponctuel oral"],
            ["EF2", "Engagement étudiant", "modalités académiques"]]
CAL_TITRE = "2. Calendrier national des épreuves écrites"
CAL_JOURS = ["lundi 10 mai 2027", "mardi 11 mai 2027", "mercredi 12 mai 2027"]
CAL = [("Métropole (heure de Paris)", ["E1 : 14 h – 18 h", "E2-1 : 10 h – 12 h\nE3 : 14 h – 18 h", "E4 : 9 h – 14 h"]),
       ("Antilles – Guyane (heure locale)", ["E1 : 8 h – 12 h", "E2-1 : 8 h – 10 h\nE3 : 13 h – 17 h",
                                             "E4 : 7 h – 12 h"]),
       ("La Réunion (heure locale)", ["E1 : 16 h – 20 h", "E2-1 : 12 h – 14 h\nE3 : 16 h – 20 h",
                                      "E4 : 11 h – 16 h"]),
       ("Mayotte (heure locale)", ["E1 : 15 h – 19 h", "E2-1 : 11 h – 13 h\nE3 : 15 h – 19 h", "E4 : 10 h – 15 h"]),
       ("Nouvelle-Calédonie, Polynésie française", None)]
CAL_FUSION = "Calendrier spécifique arrêté par chaque vice-rectorat (sujets spécifiques)"
CAL_NOTE = ("Seuls les horaires de métropole font foi pour la présente note ; les autres horaires sont donnés à "
            "titre indicatif. Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (Pentecôte) sont fériés.")
SUITE = [("3. Épreuves orales et contrôle en cours de formation",
          ["Les épreuves E2-2, E5 et l'épreuve facultative EF1 sont organisées par les académies entre le mardi "
           "18 mai et le vendredi 11 juin 2027.",
           "Les notes de CCF de l'épreuve E6 sont transmises aux services académiques au plus tard le vendredi "
           "28 mai 2027."]),
         ("4. Harmonisation",
          ["Une réunion nationale d'harmonisation de la correction de l'épreuve E4 se tiendra le jeudi 20 mai 2027 "
           "à 10 h, en visioconférence, sous l'autorité de l'inspection générale."]),
         ("5. Délibérations et résultats",
          ["Les jurys académiques délibèrent au plus tard le vendredi 2 juillet 2027.",
           "Les résultats sont publiés à partir du mardi 6 juillet 2027, à l'heure fixée par chaque académie."])]
SIGNATURE = ["Pour la ministre et par délégation,", "La cheffe du service de la stratégie des formations",
             "et de la vie étudiante,", "", "Claire Dumoulin-Béraud"]
PIED = "DGESIP A1-3 – Note BTS GTLA – session 2027"
