"""Note nationale fictive : BTS Pilotage de procédés (PP), session 2026."""
STEM = "note_nationale_pp_2026"
COPIEUR = "XEROX AltaLink C8130 - scan 16/01/2026 - {p}/{n}"
BLOCS = [
    ("entete", "Ministère de l'Éducation nationale\nDirection générale de l'enseignement scolaire\nBureau des diplômes professionnels – DGESCO A2-3"),
    ("droite", "Paris, le 9 janvier 2026"),
    ("p", "à Mesdames et Messieurs les recteurs d'académie\n(divisions des examens et concours)"),
    ("objet", "Objet : BTS Pilotage de procédés (PP) – calendrier national des épreuves écrites de la session 2026"),
    ("p", "Référence : arrêté du 4 mars 2019 modifié portant définition du BTS « Pilotage de procédés »."),
    ("p", "La présente note fixe les dates et horaires des épreuves écrites ponctuelles communes à toutes les académies. "
          "Les horaires sont donnés en heure de Paris ; les académies d'outre-mer en assurent la transposition."),
    ("table", [["Épreuve", "Intitulé", "Date", "Horaire"],
               ["E1", "Culture générale et expression", "mardi 12 mai 2026", "14 h 00 – 18 h 00"],
               ["E2", "Anglais", "mercredi 13 mai 2026", "10 h 00 – 12 h 00"],
               ["E31", "Mathématiques (E3)", "mercredi 13 mai 2026", "14 h 00 – 16 h 00"],
               ["E32", "Physique-chimie (E3)", "lundi 18 mai 2026", "9 h 00 – 11 h 00"],
               ["E4", "Étude d'un procédé industriel", "mardi 19 mai 2026", "8 h 00 – 12 h 00"]],
     [2.0, 6.4, 4.4, 3.6]),
    ("p", "Le jeudi 14 mai 2026 (Ascension) est férié. Les épreuves E5 « Conduite et optimisation d'un procédé » et "
          "E6 « Projet industriel » sont évaluées en contrôle en cours de formation dans toutes les académies."),
    ("p", "Les académies transmettent à la DGESCO le bilan statistique de la session au plus tard le vendredi 19 juin 2026."),
    ("sig", "Pour le ministre et par délégation,\nle sous-directeur des lycées et de la formation professionnelle,\nArnaud Teissier-Villon"),
]
