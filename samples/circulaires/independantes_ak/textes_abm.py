"""Circulaire inter-académique BTS Analyses de biologie médicale, session 2029 : académie pilote Lille,
académie rattachée Amiens (fictive). Calendar in a landscape annex; one row breaks across two pages."""

EN_TETE = ("Région académique Hauts-de-France – Académie de Lille – Division des examens et concours",)
PIED = "BTS ABM – session 2029 – circulaire inter-académique Lille / Amiens"

LETTRE = [
    ("lines", ["ACADÉMIE DE LILLE", "Rectorat de Lille – Division des examens et concours", "Bureau DEC 3 – BTS et diplômes post-bac",
               "Affaire suivie par : M. Thibault Vandamme", "Tél. : 03 20 15 62 37", "ce.dec3-bts@ac-lille.fr",
               "144 rue de Bavay – BP 709 – 59033 Lille Cedex"]),
    ("right", "Lille, le 15 janvier 2029"),
    ("lines", ["Le recteur de la région académique Hauts-de-France,", "recteur de l'académie de Lille,", "", "à", "",
               "Mesdames et Messieurs les proviseurs des lycées", "préparant au BTS ABM (académies de Lille et d'Amiens)",
               "s/c de Madame la rectrice de l'académie d'Amiens", "(Rectorat d'Amiens – DEC 2 – 20 boulevard d'Alsace-Lorraine – Amiens)"], "right"),
    ("pb", "Objet : Organisation inter-académique du BTS Analyses de biologie médicale (ABM) – Session 2029."),
    ("pi", "Références : arrêté du 22 juillet 2022 portant définition et fixant les conditions de délivrance du BTS "
           "Analyses de biologie médicale ; convention inter-académique Lille-Amiens du 3 octobre 2025."),
    ("pi", "Annexes : 1. calendrier de la session (format paysage) – 2. centres d'épreuves – 3 à 5. grilles d'évaluation "
           "des sous-épreuves pratiques – 6. attestation de stage – 7. fiche de besoins en matériel et réactifs – "
           "8. fiche d'évaluation de l'épreuve E6."),
    ("p", "En application de la convention citée en référence, l'académie de Lille, académie pilote, organise pour la "
          "session 2029 l'examen du BTS Analyses de biologie médicale pour les candidats des académies de Lille et "
          "d'Amiens (académie rattachée). Les dates de la session figurent dans le calendrier de l'annexe 1 ; la "
          "présente lettre précise les principes d'organisation et les responsabilités de chacun."),
    ("h", "1. Répartition des rôles entre les deux académies"),
    ("p", "L'académie de Lille (pilote) assure les inscriptions des deux académies, l'édition des convocations, la "
          "constitution des commissions d'interrogation et de correction, l'organisation des sous-épreuves pratiques "
          "et la présidence du jury. L'académie d'Amiens organise, dans ses centres d'écrit, la surveillance des "
          "épreuves écrites de ses candidats et transmet les copies au centre de numérisation désigné. Les frais de "
          "déplacement des examinateurs sont pris en charge par l'académie dont relève leur établissement d'exercice."),
    ("table", {"rows": [["Académie pilote", "Lille"], ["Académie rattachée", "Amiens"],
                        ["Candidats inscrits (prévision)", "Lille : 212 – Amiens : 97"],
                        ["Centre du jury", "Lycée Valentine Labbé, La Madeleine"]],
               "widths": [6, 11], "size": 9.5, "repeat": False}),
    ("h", "2. Épreuves écrites"),
    ("p", "Les épreuves écrites E1, E2, E3 et E4 se déroulent dans les quatre centres d'écrit de l'annexe 2, aux dates "
          "nationales rappelées à l'annexe 1. Les copies sont numérisées dans chaque centre le jour de l'épreuve. Les "
          "candidats composent sur les copies du modèle national ; les brouillons sont ramassés mais non corrigés."),
    ("p", "Pour l'épreuve E4 (Sciences physiques et chimiques), la calculatrice en mode examen est autorisée. Les "
          "candidats dispensés de E1 et E2 au titre d'un diplôme antérieur n'ont pas à se présenter ; leur dispense "
          "figure sur la convocation."),
    ("h", "3. Sous-épreuves pratiques E51, E52 et E53"),
    ("p", "Les sous-épreuves pratiques de l'épreuve E5 (Analyses de biologie médicale) sont organisées au Lycée "
          "Valentine Labbé pour les candidats de l'académie de Lille et au Lycée Robert de Luzarches pour les "
          "candidats de l'académie d'Amiens. Elles se déroulent sur six heures, en deux demi-journées pour E52. "
          "Chaque établissement de formation renseigne la fiche de besoins en matériel et réactifs de l'annexe 7 "
          "et la retourne au centre d'épreuve pratique au plus tard à la date fixée au calendrier, afin que les "
          "commandes puissent être passées en temps utile."),
    ("p", "Une réunion de préparation des sous-épreuves pratiques réunit les examinateurs et les personnels de "
          "laboratoire des deux centres ; elle arrête les sujets, les barèmes et la répartition des postes de "
          "travail. Les grilles d'évaluation des annexes 3, 4 et 5 sont seules utilisées."),
    ("p", "Les règles d'hygiène et de sécurité du laboratoire s'appliquent aux candidats : blouse en coton à manches "
          "longues, cheveux attachés, lunettes de protection. Un candidat qui ne respecte pas ces règles peut se voir "
          "refuser l'accès à la salle de travaux pratiques ; il est alors considéré comme absent."),
    ("h", "4. Épreuve E6 – Épreuve professionnelle de synthèse"),
    ("p", "Le rapport de stage, accompagné des attestations de stage (annexe 6), est déposé en deux exemplaires au "
          "centre d'interrogation de l'académie du candidat. Un rapport remis après la date limite, ou des stages "
          "d'une durée inférieure à la durée réglementaire, entraînent la non-conformité : le candidat ne peut alors "
          "être interrogé. Les interrogations ont lieu au Lycée Baggio (Lille) et au Lycée Paul Langevin (Beauvais)."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury inter-académique se réunit au Lycée Valentine Labbé. Les livrets scolaires y sont déposés par les "
          "établissements au plus tard la veille du jury. Les résultats sont publiés simultanément sur les sites des "
          "deux académies."),
    ("p", "Je vous remercie de l'attention que vous porterez à l'application de ces consignes et de leur diffusion "
          "auprès des équipes pédagogiques concernées."),
    ("lines", ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "",
               "Delphine Wattebled"], "right"),
]

CAL_HEADER = ["Dates", "Horaires", "Épreuve / opération", "Code", "Lille (pilote)", "Amiens (rattachée)", "Observations"]
CAL_WIDTHS = [3.5, 2.3, 4.6, 1.4, 4.0, 4.0, 5.7]
CAL = [
    "Préparation",
    ["Vendredi 13 avril 2029", "—", "Retour des fiches de besoins en matériel et réactifs (annexe 7)", "—",
     "au Lycée Valentine Labbé", "au Lycée Robert de Luzarches", "Une fiche par établissement et par sous-épreuve."],
    ["Vendredi 4 mai 2029", "avant 12h00", "Date limite de dépôt des rapports de stage", "E6",
     "Lycée Baggio, Lille", "Lycée Paul Langevin, Beauvais", "Deux exemplaires, avec les attestations de stage."],
    "Épreuves écrites (dates nationales)",
    ["Lundi 14 mai 2029", "14h00 – 18h00", "Culture générale et expression", "E1", "4 centres d'écrit", "", "Numérisation le jour même."],
    ["Mardi 15 mai 2029", "10h00 – 12h00", "Mathématiques", "E3", "4 centres d'écrit", "", ""],
    ["Mardi 15 mai 2029", "14h00 – 17h00", "Sciences physiques et chimiques", "E4", "4 centres d'écrit", "", "Calculatrice autorisée."],
    ["Mercredi 16 mai 2029", "10h00 – 12h00", "Anglais", "E2", "4 centres d'écrit", "", ""],
    "Sous-épreuves pratiques",
    ["Jeudi 24 mai 2029", "14h00", "Réunion de préparation des sous-épreuves pratiques", "E51\nE52\nE53",
     "Lycée Valentine Labbé", "(visioconférence)", "Examinateurs et personnels de laboratoire."],
    ["Du lundi 28 mai au mardi 29 mai 2029", "8h00 – 14h00", "Biochimie – biologie moléculaire", "E51",
     "Lycée Valentine Labbé", "Lycée Robert de Luzarches", ""],
    ["Du mercredi 30 mai au vendredi 1er juin 2029", "8h00 – 11h00 puis 13h30 – 16h30",
     "Microbiologie (deux demi-journées)", "E52", "Lycée Valentine Labbé", "Lycée Robert de Luzarches",
     "Première demi-journée : ensemencements, isolements et mise en culture selon le sujet tiré au sort ; les "
     "candidats sont répartis en deux groupes par centre, le premier groupe composant le matin et le second "
     "l'après-midi.\n\nSeconde demi-journée, le lendemain : lecture des cultures, identification et "
     "antibiogramme, rédaction du compte rendu. Les géloses sont conservées à 37 °C par les personnels de "
     "laboratoire entre les deux demi-journées ; aucune manipulation n'est autorisée en l'absence des "
     "examinateurs.\n\nLes candidats apportent leur blouse, leurs lunettes de protection et un marqueur "
     "indélébile ; le reste du matériel est fourni par le centre. En cas de contamination d'une culture "
     "imputable au centre, le candidat est autorisé à recommencer la manipulation dans la limite du temps "
     "restant, sur décision des examinateurs, et mention en est faite au procès-verbal de l'épreuve.\n\n"
     "Les candidats bénéficiant d'une majoration de temps sont placés au premier groupe afin que la majoration "
     "puisse s'appliquer sans empiéter sur le second groupe."],
    ["Du lundi 4 juin au mardi 5 juin 2029", "8h00 – 13h00", "Hématologie – immunologie", "E53",
     "Lycée Valentine Labbé", "Lycée Robert de Luzarches", "Frottis colorés fournis par le centre."],
    "Épreuve orale, jury, résultats",
    ["Du lundi 11 juin au jeudi 14 juin 2029", "selon convocation", "Épreuve professionnelle de synthèse", "E6",
     "Lycée Baggio, Lille", "Lycée Paul Langevin, Beauvais", "Exposé de 20 minutes suivi d'un entretien."],
    ["Mercredi 27 juin 2029", "9h00", "Jury de délibération inter-académique", "—", "Lycée Valentine Labbé, La Madeleine", "", ""],
    ["Vendredi 29 juin 2029", "10h00", "Publication des résultats", "—", "Sites académiques", "Sites académiques", ""],
]
CAL_NOTE = ("Aucune épreuve n'est organisée le jeudi 10 mai 2029 (Ascension) ni le lundi 21 mai 2029 (lundi de "
            "Pentecôte). Les horaires sont ceux de la métropole.")

CENTRES = [
    "Académie de Lille",
    ["Lycée Valentine Labbé", "41 rue Paul Doumer", "La Madeleine", "Écrits ; sous-épreuves pratiques E51, E52, E53 ; jury"],
    ["Lycée Baggio", "Boulevard d'Alsace", "Lille", "Écrits ; épreuve E6"],
    "Académie d'Amiens",
    ["Lycée Robert de Luzarches", "4 rue Le Mire", "Amiens", "Écrits ; sous-épreuves pratiques E51, E52, E53"],
    ["Lycée Paul Langevin", "3 avenue Montaigne", "Beauvais", "Écrits ; épreuve E6"],
]

GRILLES = {
    "E51": ("Biochimie – biologie moléculaire", [
        ("Organisation du poste de travail", ["Préparation du matériel", "Respect des règles d'hygiène et de sécurité", "Gestion du temps"]),
        ("Mise en œuvre des techniques", ["Préparation des réactifs et des gammes", "Dosages spectrophotométriques", "Extraction et amplification d'ADN", "Électrophorèse"]),
        ("Validation et exploitation des résultats", ["Contrôles de qualité", "Calculs et incertitudes", "Validation analytique"]),
        ("Compte rendu", ["Présentation des résultats", "Interprétation", "Vocabulaire scientifique"])]),
    "E52": ("Microbiologie", [
        ("Organisation et sécurité", ["Travail en zone protégée", "Élimination des déchets", "Traçabilité"]),
        ("Isolement et culture", ["Ensemencement", "Choix des milieux", "Lecture des cultures"]),
        ("Identification", ["Examen microscopique", "Galerie biochimique", "Antibiogramme et lecture"]),
        ("Compte rendu", ["Démarche d'identification", "Interprétation clinique", "Rigueur de la rédaction"])]),
    "E53": ("Hématologie – immunologie", [
        ("Organisation", ["Préparation du poste", "Sécurité biologique", "Gestion des échantillons"]),
        ("Cytologie", ["Réalisation d'un frottis", "Coloration", "Formule leucocytaire", "Observation des anomalies"]),
        ("Immunologie", ["Groupage sanguin", "Recherche d'anticorps", "Technique immuno-enzymatique"]),
        ("Validation", ["Contrôles", "Confrontation des résultats", "Compte rendu"])]),
}


def grille(code, num):
    titre, crit = GRILLES[code]
    rows = []
    for c, inds in crit:
        rows.append(c)
        rows += [[i, "", "", "", "", ""] for i in inds]
    return [("break",), ("title", f"ANNEXE {num} – Grille d'évaluation – Sous-épreuve {code} : {titre}"),
            ("lines", ["Session 2029 – Centre : ..........................................................",
                       "Candidat : ..............................................   N° : ....................   Poste : ........",
                       "Date : ..... / ..... / 20.....   Demi-journée : ☐ matin  ☐ après-midi"]),
            ("table", {"header": ["Compétences / indicateurs", "0", "1", "2", "3", "Observations"],
                       "widths": [7.2, 1.1, 1.1, 1.1, 1.1, 5.4], "rows": rows, "size": 8.5, "cant_split": True}),
            ("p", "Barème : 0 = non réalisé ; 1 = réalisé avec des erreurs importantes ; 2 = réalisé avec des erreurs "
                  "mineures ; 3 = réalisé correctement. La note sur 20 est calculée selon la pondération communiquée "
                  "lors de la réunion de préparation."),
            ("lines", ["Note proposée : ........ / 20", "Examinateur 1 (nom, signature) : ....................................",
                       "Examinateur 2 (nom, signature) : ...................................."])]


def annexes_fin():
    out = [("portrait",), ("title", "ANNEXE 2 – Centres d'épreuves"),
           ("table", {"header": ["Centre", "Adresse", "Ville", "Épreuves"], "widths": [4.5, 4.2, 3.0, 5.3],
                      "rows": CENTRES, "size": 9})]
    out += grille("E51", 3) + grille("E52", 4) + grille("E53", 5)
    out += [("break",), ("title", "ANNEXE 6 – Attestation de stage"),
            ("form", ["Organisme d'accueil (laboratoire, établissement de santé, industrie) : ..............................................",
                      "Nom du tuteur : ..................................................   Qualité : ........................................",
                      "atteste que .............................................................., étudiant(e) en BTS Analyses de biologie "
                      "médicale, a effectué un stage du ..... / ..... / 20..... au ..... / ..... / 20.....",
                      "soit ........ semaines, dans le(s) secteur(s) suivant(s) : ☐ biochimie  ☐ microbiologie  ☐ hématologie  ☐ immunologie  ☐ autre",
                      "Absences : ........ jours.",
                      "Fait à ............................................, le ..... / ..... / 20.....",
                      "Signature et cachet de l'organisme :"], 10),
            ("break",), ("title", "ANNEXE 7 – Fiche de besoins en matériel et réactifs"),
            ("p", "Fiche à retourner au centre d'épreuve pratique de l'académie dans le délai fixé au calendrier (annexe 1). "
                  "Une fiche par sous-épreuve."),
            ("lines", ["Établissement de formation : ..............................................   Sous-épreuve : ☐ E51  ☐ E52  ☐ E53",
                       "Nombre de candidats : ........"]),
            ("table", {"header": ["Matériel ou réactif", "Référence", "Quantité par candidat", "Quantité totale", "Observations"],
                       "widths": [5.5, 2.6, 2.6, 2.4, 3.9], "rows": [["", "", "", "", ""] for _ in range(16)], "size": 9}),
            ("lines", ["Date : ..... / ..... / 20.....   Signature du chef de travaux : ................................"]),
            ("break",), ("title", "ANNEXE 8 – Fiche d'évaluation de l'épreuve E6"),
            ("table", {"header": ["Critères", "Points", "Observations"], "widths": [8, 2, 7],
                       "rows": [["Présentation du ou des lieux de stage", "/ 3", ""],
                                ["Description des activités techniques réalisées", "/ 5", ""],
                                ["Analyse d'une situation professionnelle", "/ 5", ""],
                                ["Qualité de l'exposé oral", "/ 3", ""],
                                ["Pertinence des réponses lors de l'entretien", "/ 4", ""],
                                ["Total", "/ 20", ""]], "size": 9.5}),
            ("lines", ["Candidat : ........................................   Date : ..... / ..... / 20.....",
                       "Commission (noms et signatures) : ............................................................"])]
    return out


def blocs():
    return (LETTRE + [("landscape",), ("title", "ANNEXE 1 – Calendrier de la session 2029"),
                      ("table", {"header": CAL_HEADER, "widths": CAL_WIDTHS, "rows": CAL, "size": 9}),
                      ("small", CAL_NOTE)] + annexes_fin())
