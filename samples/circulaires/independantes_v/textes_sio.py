# -*- coding: utf-8 -*-
"""Textes de la note nationale fictive BTS SIO, session 2028 (page HTML, convertie en PDF)."""

STEM = "note_nationale_sio_2028"

FIL = "Accueil › Bulletin officiel › Enseignement supérieur › Brevet de technicien supérieur"
RUBRIQUE = "Brevet de technicien supérieur"
TITRE = ("BTS Services informatiques aux organisations : organisation de la session 2028 "
         "(options SISR et SLAM)")
META = ["Note de service du 6-12-2027", "NOR : ESRS2733418N", "MESR – DGESIP A1-2"]
DEST = ("Texte adressé aux rectrices et recteurs d'académie ; aux vice-recteurs ; aux cheffes et chefs de "
        "division des examens et concours")
INTRO = [
    "La présente note précise, pour la session 2028, l'organisation des épreuves du BTS Services "
    "informatiques aux organisations (SIO) dans sa version issue de l'arrêté du 8 juillet 2024 (JORF du "
    "10 juillet 2024). Elle concerne les deux options : solutions d'infrastructure, systèmes et réseaux "
    "(SISR) et solutions logicielles et applications métiers (SLAM).",
    "Pour mémoire, depuis la session 2025, les épreuves professionnelles sont numérotées E4 (culture "
    "économique, juridique et managériale pour l'informatique), E5 (support et mise à disposition de "
    "services informatiques), E6 (épreuve spécifique à l'option : administration des systèmes et des "
    "réseaux en SISR, conception et développement d'applications en SLAM) et E7 (cybersécurité des "
    "services informatiques).",
]
H_ECRIT = "1. Épreuves écrites ponctuelles (heure de Paris)"
ECRIT_ENTETE = ["Jour", "Épreuve", "Horaire", "Durée"]
ECRIT = [
    ["lundi 15 mai 2028", "E1 – Culture générale et expression", "14 h – 17 h", "3 h"],
    ["mardi 16 mai 2028", "E4 – Culture économique, juridique et managériale pour l'informatique", "14 h – 18 h", "4 h"],
    ["mercredi 17 mai 2028", "E2 – Expression et communication en langue anglaise (écrit)", "10 h – 12 h", "2 h"],
    ["mercredi 17 mai 2028", "E7 – Cybersécurité des services informatiques (sujet SISR ou SLAM)", "14 h – 18 h", "4 h"],
    ["jeudi 18 mai 2028", "EF2 – Mathématiques approfondies (facultative)", "10 h – 12 h", "2 h"],
    ["jeudi 18 mai 2028", "E3 – Mathématiques pour l'informatique (candidats ponctuels)", "14 h – 16 h", "2 h"],
]
ECRIT_APRES = [
    "Les académies d'outre-mer appliquent le calendrier ci-dessus selon les correspondances horaires de "
    "l'annexe 2 (non reproduite) ; la Nouvelle-Calédonie et la Polynésie française disposent d'un calendrier "
    "propre.",
    "Les copies des épreuves E1, E4 et E7 sont numérisées par les centres d'épreuves au plus tard le "
    "vendredi 19 mai 2028 à 18 h.",
    "Une réunion d'entente nationale des correcteurs E7 se tient en visioconférence le lundi 22 mai 2028 "
    "à 14 h ; la correction dématérialisée des copies E7 a lieu du lundi 22 mai au vendredi 2 juin 2028.",
]
H_PRO = "2. Épreuves E5 et E6"
PRO = [
    "Les candidats remettent leurs dossiers E5 et E6 (tableau de synthèse, fiches descriptives de "
    "réalisation professionnelle) au plus tard le vendredi 7 avril 2028 à 17 h, heure locale, selon les "
    "modalités fixées par chaque académie.",
    "Le contrôle de conformité des dossiers est organisé par les académies au plus tard le vendredi "
    "21 avril 2028.",
    "Les épreuves ponctuelles E5 et E6 se déroulent entre le lundi 29 mai et le vendredi 16 juin 2028, "
    "aux dates arrêtées par chaque recteur. Aucune interrogation n'a lieu le jeudi 25 mai 2028 (Ascension) "
    "ni le lundi 5 juin 2028 (lundi de Pentecôte).",
]
H_FAC = "3. Épreuves facultatives"
FAC = ("Les épreuves facultatives EF1 (langue vivante 2), EF3 (parcours de certification complémentaire) et "
       "EF4 (engagement étudiant) sont organisées par les académies ; l'épreuve EF2 suit le calendrier national "
       "ci-dessus.")
H_JURY = "4. Jurys et résultats"
JURY = ("Les jurys de délibération se réunissent au plus tard le vendredi 30 juin 2028. Les résultats sont "
        "publiés à partir du mercredi 5 juillet 2028.")
SIGN = ["Pour la ministre de l'Enseignement supérieur et de la Recherche, et par délégation,",
        "La cheffe du service de la stratégie des formations et de la vie étudiante,", "Anne-Laure Delpech"]
PIED = "© Ministère de l'Enseignement supérieur et de la Recherche – Bulletin officiel n° 46 du 14 décembre 2027"
