"""Circulaire fictive — Académie de Créteil, BTS Support à l'action managériale, session 2027."""

EN_TETE = ["Académie de Créteil", "Division des examens et concours", "Bureau DEC 3 – BTS tertiaires"]
PIED = "Rectorat de Créteil – DEC 3 – 4 rue Georges Enesco – 94010 Créteil Cedex"
LIEU_DATE = "Créteil, le 4 février 2027"
DESTINATAIRES = ("Le recteur de la région académique Île-de-France, recteur de l'académie de Créteil\n"
                 "à\n"
                 "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat,\n"
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation")
OBJET = "Objet : BTS Support à l'action managériale (SAM) – organisation de la session 2027"
REFERENCES = [
    "Réf. : décret n° 95-665 du 9 mai 1995 modifié portant règlement général du brevet de technicien supérieur ;",
    "note de service nationale d'organisation des épreuves écrites du 12 janvier 2027.",
]
INTRO = ("La présente circulaire précise le calendrier académique de la session 2027 du BTS Support à "
         "l'action managériale. Je vous remercie d'en assurer la diffusion auprès des équipes pédagogiques, "
         "des candidats et des examinateurs concernés.")

T1 = "1. Épreuves écrites ponctuelles"
T1_NOTE = ("Les horaires ci-dessous sont ceux de la métropole. Les candidats composent dans le centre "
           "indiqué sur leur convocation.")
# tab-aligned calendar (no table): date <tab> épreuve <tab> horaire <tab> durée
CAL_ENTETE = ("Date", "Épreuve", "Horaire", "Durée")
CAL = [
    ("lun. 10/05/27", "E1 – Culture générale et expression", "14 h 00 – 18 h 00", "4 h"),
    ("mar. 11/05/27", "E3 – Culture économique, juridique et managériale", "14 h 00 – 18 h 00", "4 h"),
    ("mer. 12/05/27", "E.2.1 – Langue vivante A (compréhension et expression écrites)", "10 h 00 – 12 h 00", "2 h"),
    ("", "E6 – Collaboration à la gestion des ressources humaines", "14 h 00 – 18 h 00", "4 h"),
]
CAL_REMARQUE = ("Rappel : le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (Pentecôte) sont fériés ; "
                "aucune épreuve n'est organisée ces jours-là. Vacances de printemps (zone C) : du samedi 17 avril "
                "au lundi 3 mai 2027.")

T2 = "2. Épreuves orales et épreuves facultatives"
T2_INTRO = ("Les candidats scolarisés dans un établissement habilité au contrôle en cours de formation (CCF) "
            "ne sont pas concernés par les épreuves ponctuelles E4 et E5. Le tableau ci-dessous s'applique aux "
            "autres candidats.")
# two header levels: « Dépôt du dossier » over Date limite | Heure ; « Période d'interrogation » over Début | Fin
ORAUX = [
    ("E4 – Optimisation des processus administratifs", "29/03/2027", "12 h", "18/05/2027", "21/05/2027",
     "Lycée Louise Michel\n7 rue Pierre Marie Derrien\n94500 Champigny-sur-Marne"),
    ("E5 – Gestion de projet", "29/03/2027", "12 h", "25/05/2027", "28/05/2027",
     "Lycée Marcelin Berthelot\n6 boulevard Maurice Berteaux\nBP 47\n94101 Saint-Maur-des-Fossés CEDEX"),
    ("E22 – Langue vivante B (oral)", "sans objet", "", "31/05/2027", "02/06/2027",
     "Lycée Paul Éluard\n15-17 avenue Jean Moulin\n93206 Saint-Denis CEDEX"),
    ("EF1 – Langue vivante C (facultative)", "sans objet", "", "03/06/2027", "03/06/2027",
     "Lycée Paul Éluard, Saint-Denis"),
]
T2_EF2 = ("EF2 – Engagement étudiant : l'évaluation est conduite par l'établissement de formation ; "
          "aucune convocation n'est émise par le rectorat.")
T2_DOSSIER = ("Les dossiers sont remis en deux exemplaires au secrétariat du centre d'interrogation. Tout dossier "
              "parvenu après la date limite sera refusé.")

T3 = "3. Contrôle de conformité et réunions"
T3_LIGNES = [
    "La commission de contrôle de conformité des dossiers E4 et E5 se réunira le jeudi 8 avril 2027 à 9 h 30 au lycée Louise Michel.",
    "Réunion d'entente des examinateurs E4 : vendredi 14 mai 2027 à 14 h, lycée Louise Michel.",
    "Réunion d'entente des examinateurs E5 : lundi 24 mai 2027 à 9 h, lycée Marcelin Berthelot.",
]

T4 = "4. Notes de CCF, jury et résultats"
T4_LIGNES = [
    "Les notes de CCF des candidats scolaires et apprentis doivent être saisies dans Cyclades au plus tard le vendredi 4 juin 2027.",
    "Le jury de délibération se réunira le mardi 29 juin 2027 à 9 h à la Maison des examens d'Arcueil.",
    "Les résultats seront publiés le vendredi 2 juillet 2027 à partir de 14 h.",
]

T5 = "5. Établissements de formation (pour information, ne sont pas centres d'épreuves)"
ETABLISSEMENTS = [
    "Lycée Gustave Eiffel – Gagny",
    "Lycée Condorcet – Montreuil",
    "CFA Descartes – Champs-sur-Marne",
    "Lycée Jean Macé – Vitry-sur-Seine",
]

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Nathalie FERRAND-OUDOT"]

ANNEXE_TITRE = "Annexe – Attestation de remise des dossiers E4 / E5"
ANNEXE = [
    "Établissement : ………………………………………………",
    "Nombre de dossiers remis : ……",
    "Fait à ……………………, le …/…/20…",
    "Signature et cachet du chef d'établissement :",
]
