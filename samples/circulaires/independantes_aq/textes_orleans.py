"""Circulaire fictive : BTS Fluides, énergies, domotique (FED), option C, académie d'Orléans-Tours, session 2025.
Spécialité presque entièrement en CCF : seules deux épreuves ont une date."""
EN_TETE = ["Académie d'Orléans-Tours", "Rectorat – Division des examens et concours (DEC)", "Bureau DEC 3 – BTS"]
LIEU_DATE = "Orléans, le 27 février 2025"
OBJET = ("Objet : BTS Fluides, énergies, domotique – option C Domotique et bâtiments communicants – session 2025 – "
         "épreuves ponctuelles et remontée des évaluations en CCF")
INTRO = ("Pour les candidats scolaires et les apprentis des CFA habilités, la quasi-totalité des unités de ce BTS est évaluée en "
         "contrôle en cours de formation. Seules deux épreuves donnent lieu à une convocation à date fixe : "
         "E1 et E4. Le tableau ci-dessous récapitule le mode d'évaluation de chaque unité.")
TAB_ENTETE = ("Épreuve", "Intitulé", "Mode (scolaires, apprentis CFA habilités)", "Date et horaire")
TAB = [
    ("E1", "Culture générale et expression", "Ponctuel écrit", "jeudi 15 mai 2025\n14 h – 18 h"),
    ("E2", "Anglais", "CCF – deux situations", "—"),
    ("E31", "Mathématiques", "CCF – deux situations", "—"),
    ("E32", "Physique et chimie", "CCF – deux situations", "—"),
    ("E4", "Analyse et définition d'un système", "Ponctuel écrit", "mardi 13 mai 2025\n8 h – 12 h"),
    ("E51", "Étude technique et conception", "CCF", "—"),
    ("E52", "Intégration et mise en œuvre", "CCF", "—"),
    ("E61", "Rapport d'activités en entreprise", "CCF", "—"),
    ("E62", "Projet domotique", "CCF", "—"),
]
TAB_NOTE = ("« — » : pas de convocation rectorale ; les situations de CCF sont organisées par l'équipe pédagogique, "
            "au moment choisi par elle, au cours de la formation.")
CENTRES_TITRE = "1. Centres des épreuves ponctuelles E1 et E4"
CENTRES = [
    "Lycée Jean Zay, 2 rue Ferdinand Buisson, 45000 Orléans – candidats du Loiret, de l'Eure-et-Loir et du Loir-et-Cher ;",
    "Lycée Albert Bayet, 9 rue du Commandant Bourgoin, 37000 Tours – candidats d'Indre-et-Loire, de l'Indre et du Cher.",
]
CCF_TITRE = "2. Harmonisation et remontée des notes de CCF"
CCF = [
    "Une réunion d'harmonisation des évaluations de CCF réunira les professeurs des sections le mercredi 21 mai 2025 à 14 h au Lycée Jean Zay (Orléans).",
    "Les propositions de notes de CCF sont saisies dans l'application nationale au plus tard le vendredi 6 juin 2025 à 17 h ; "
    "les grilles d'évaluation signées sont tenues à la disposition du jury.",
]
PONCTUEL = ("Les candidats relevant de la forme ponctuelle (candidats individuels, établissements non habilités) passent "
            "toutes les unités sous forme ponctuelle : leurs dates figurent sur leur convocation individuelle et ne sont pas reprises ici.")
JURY_TITRE = "3. Jury et résultats"
JURY = ("Le jury se réunira le mardi 1er juillet 2025 à 14 h au rectorat d'Orléans-Tours (21 rue Saint-Étienne, 45000 Orléans). "
        "Les résultats seront consultables le jeudi 3 juillet 2025 à partir de 10 h.")
INFO = ("Rappel : les vacances de printemps de la zone B s'étendent du samedi 5 avril au lundi 21 avril 2025. "
        "Établissements de formation : Lycée Benjamin Franklin (Orléans), Lycée Grandmont (Tours), CFA du BTP de Blois – "
        "ils ne sont pas centres d'examen.")
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la DEC", "Maëlle Courtaud"]
