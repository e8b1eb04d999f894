"""Convocation et ordre de mission d'un examinateur — BTS Tourisme, académie de Toulouse, session 2025 (fictive)."""

EN_TETE = ["RÉGION ACADÉMIQUE OCCITANIE", "ACADÉMIE DE TOULOUSE", "Rectorat — Division des examens et concours",
           "DEC 5 — Examens post-baccalauréat", "75 rue Saint-Roch — CS 87703 — 31077 Toulouse Cedex 4"]

LIEU_DATE = "Toulouse, le 11 avril 2025"

TITRE = "CONVOCATION ET ORDRE DE MISSION — EXAMINATEUR / CORRECTEUR"
SOUS_TITRE = "Brevet de technicien supérieur « Tourisme » — session 2025"

IDENTITE = [("Nom, prénom", "ESTÈVE Laura"), ("Grade", "Professeure certifiée — économie-gestion"),
            ("Établissement d'affectation", "Lycée Déodat de Séverac, 26 boulevard Déodat de Séverac, Toulouse"),
            ("Référence", "arrêté rectoral de nomination des jurys du 2 avril 2025"),
            ("Numéro de mission", "TOU-2025-E3E4-0187")]

CASES = [("☒", "Correction de copies"), ("☒", "Interrogation orale"), ("☐", "Surveillance"),
         ("☒", "Membre du jury de délibération")]

INTRO = ("Madame, vous êtes désignée pour participer aux opérations d'évaluation ci-après. Cette mission "
         "fait partie de vos obligations de service ; elle ne peut être refusée qu'avec l'accord de votre chef "
         "d'établissement et de la DEC.")

MISSION_1_TITRE = "1. Correction de l'épreuve E4 — Élaboration d'une prestation touristique (écrite)"
MISSION_1 = [
    "Épreuve écrite passée par les candidats le mercredi 14 mai 2025.",
    "Réunion d'entente et retrait des lots de copies : vendredi 16 mai 2025 à 14 h 00, au centre de correction "
    "Lycée Ozenne, 9 rue Merly, 31000 Toulouse (salle des conférences).",
    "Correction : du vendredi 16 mai au mardi 27 mai 2025.",
    "Saisie des notes dans l'application et remise des copies corrigées au centre de correction : "
    "mardi 27 mai 2025 avant 18 h 00.",
]

MISSION_2_TITRE = "2. Interrogation — épreuve E3 Gestion de la relation clientèle touristique (ponctuelle orale)"
MISSION_2 = [
    "Centre d'interrogation : Lycée des métiers de l'hôtellerie et du tourisme Occitanie, 1 rue de l'Abbé Jules "
    "Lemire, 31026 Toulouse.",
    "Réunion d'harmonisation des examinateurs : mardi 3 juin 2025 à 8 h 00 (salle B 12).",
    "Interrogations : du mardi 3 juin au jeudi 5 juin 2025 selon les vacations ci-dessous.",
]
VACATIONS_ENTETE = ["Jour", "Matin", "Après-midi", "Candidats"]
VACATIONS = [["mardi 3 juin", "9 h 00 – 12 h 30", "13 h 30 – 17 h 30", "10"],
             ["mercredi 4 juin", "9 h 00 – 12 h 30", "13 h 30 – 17 h 30", "10"],
             ["jeudi 5 juin", "9 h 00 – 12 h 30", "—", "5"]]
MISSION_2_NOTE = ("Les grilles d'évaluation et le procès-verbal sont remis au chef de centre à l'issue de la "
                  "dernière interrogation.")

MISSION_3_TITRE = "3. Jury de délibération"
MISSION_3 = ["Vendredi 27 juin 2025 à 9 h 30, Rectorat de Toulouse, 75 rue Saint-Roch, salle Pierre-Paul Riquet "
             "(présence obligatoire, durée prévisible : une demi-journée)."]

FRAIS = ("Ordre de mission : ☒ sans frais (résidence administrative Toulouse) ☐ avec frais. Si un déplacement hors "
         "résidence devait intervenir, l'état de frais est à retourner à la DEC avant le 31 juillet 2025.")

SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours", "Thibault LACAZE"]

ACCUSE = ["ACCUSÉ DE RÉCEPTION (à retourner par courriel à dec5@ac-toulouse.fr)",
          "Je soussignée Laura ESTÈVE atteste avoir pris connaissance de la présente convocation.",
          "Vu et pris connaissance le : ……… / ……… / 2025          Signature :"]
