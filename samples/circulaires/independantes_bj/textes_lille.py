"""Académie de Lille — calendrier des examens des métiers d'art, de la mode et du design, session 2028. Inventé."""

EN_TETE = ["Académie de Lille", "Division des examens et concours", "DEC 4 – Pôle des examens des métiers d'art et du design"]
LIEU_DATE = "Lille, le 7 février 2028"
OBJET = ("Objet : calendrier de la session 2028 – DNMADE mention Mode, BTS Métiers de la mode – vêtements, "
         "BMA Ébéniste, CAP Métiers de la mode – vêtement flou")
INTRO = ("Le présent calendrier regroupe, diplôme par diplôme, les épreuves des formations de la mode et des "
         "métiers d'art de l'académie. Chaque bloc est autonome : les dates d'un diplôme ne valent pas pour les "
         "autres. Les dispositions communes (résultats, jours fériés) figurent en fin de document.")
SOMMAIRE = ["1. DNMADE mention Mode", "2. BTS Métiers de la mode – vêtements (MMV)", "3. BMA Ébéniste",
            "4. CAP Métiers de la mode – vêtement flou", "5. Dispositions communes"]
DNMADE = {
    "titre": "1. DNMADE mention Mode – 3e année (semestre 6)",
    "entete": ["Unité d'enseignement", "Objet", "Date", "Lieu"],
    "lignes": [
        ["UE 5.2", "Dépôt du mémoire", "mardi 2 mai 2028", "ESAAT, Roubaix"],
        ["UE 6.3", "Soutenance du projet et du mémoire", "du lundi 12 au vendredi 16 juin 2028", "ESAAT, Roubaix"],
        ["—", "Jury d'attribution du diplôme", "vendredi 23 juin 2028", "ESAAT, Roubaix"],
    ],
}
BTS = {
    "titre": "2. BTS Métiers de la mode – vêtements (MMV)",
    "entete": ["Code", "Épreuve", "Forme", "Date", "Horaire", "Lieu"],
    "lignes": [
        ["E1", "Culture générale et expression", "écrite", "mardi 16 mai 2028", "14 h 00 – 18 h 00", "Lycée Valentine-Labbé, La Madeleine"],
        ["E2", "Anglais", "écrite", "mercredi 17 mai 2028", "14 h 00 – 16 h 00", "Lycée Valentine-Labbé, La Madeleine"],
        ["E3 – U31", "Mathématiques", "écrite", "lundi 15 mai 2028", "8 h 00 – 10 h 00", "Lycée Valentine-Labbé, La Madeleine"],
        ["E3 – U32", "Sciences physiques et chimiques", "CCF", "—", "—", "établissement de formation"],
        ["E4", "Analyse technique et économique d'un produit de mode", "écrite", "vendredi 19 mai 2028", "13 h 00 – 17 h 00", "Lycée Louis-Loucheur, Roubaix"],
        ["E5", "Élaboration et industrialisation d'un prototype", "pratique", "du mardi 30 mai au vendredi 2 juin 2028", "selon convocation", "Lycée Louis-Loucheur, Roubaix"],
        ["E6", "Soutenance du projet professionnel", "orale", "du mardi 6 au vendredi 9 juin 2028", "selon convocation", "Lycée Louis-Loucheur, Roubaix"],
    ],
    "apres": [
        "Dépôt du dossier de l'épreuve E6 : vendredi 28 avril 2028 à 12 h, au secrétariat des examens du lycée Louis-Loucheur.",
        "Réunion d'entente des examinateurs de l'épreuve E5 : mardi 30 mai 2028 à 8 h 00, lycée Louis-Loucheur.",
        "Jury de délibération : jeudi 29 juin 2028 à 9 h 30, lycée Louis-Loucheur, 10 rue Émile-Zola, 59100 Roubaix.",
    ],
}
BMA = {
    "titre": "3. BMA Ébéniste",
    "entete": ["Unité", "Épreuve", "Date", "Horaire"],
    "lignes": [
        ["U10", "Arts appliqués et histoire de l'art (écrit)", "lundi 22 mai 2028", "9 h 00 – 13 h 00"],
        ["U20", "Réalisation d'un ouvrage (pratique)", "du mardi 30 mai au jeudi 8 juin 2028", "8 h 00 – 17 h 00"],
        ["U30", "Dossier technique (oral)", "vendredi 9 juin 2028", "selon convocation"],
    ],
    "apres": ["Centre : Lycée professionnel du Hainaut, 1 avenue de Villars, 59300 Valenciennes."],
}
CAP = {
    "titre": "4. CAP Métiers de la mode – vêtement flou",
    "entete": ["Épreuve", "Intitulé", "Date", "Horaire"],
    "lignes": [
        ["EP1", "Analyse et exploitation de données esthétiques et techniques", "mardi 16 mai 2028", "9 h 00 – 12 h 00"],
        ["EP2", "Réalisation d'un vêtement", "du mardi 6 au jeudi 8 juin 2028", "8 h 00 – 17 h 00"],
        ["EG1", "Français, histoire-géographie", "jeudi 15 juin 2028", "10 h 00 – 13 h 00"],
    ],
    "apres": ["Centre : Lycée professionnel Turgot, 2 rue de la Paix, 59100 Roubaix."],
}
COMMUNES_TITRE = "5. Dispositions communes"
COMMUNES = [
    "Publication des résultats : DNMADE le lundi 26 juin 2028 ; BTS le vendredi 30 juin 2028 à 14 h ; "
    "BMA et CAP le mercredi 5 juillet 2028.",
    "Aucune épreuve n'a lieu le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 (lundi de Pentecôte).",
    "Les convocations sont adressées par le rectorat de Lille (144, rue de Bavay, 59000 Lille) trois semaines "
    "avant la première épreuve de chaque diplôme.",
]
SIGNATURE = "Pour le recteur et par délégation,\nla cheffe de la division des examens et concours,\nOphélie Vandenbussche"
