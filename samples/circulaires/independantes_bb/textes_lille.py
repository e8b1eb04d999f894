"""Texte du mémo fictif BTS Comptabilité et gestion, académie de Lille, session 2026.
Style télégraphique, abréviations SANS légende, dates « 11.05 », heures « 13h30/17h30 », unités seulement."""

EN_TETE = ["Académie de Lille", "DEC – Pôle BTS tertiaires", "Mémo n° 4 / BTS"]
TITRE = "BTS CG – Session 2026 – Mémo d'organisation"
LIEU_DATE = "Lille, le 12.02.2026"
A = "À : chefs d'étab. (sections CG), resp. CFA / OF, IA-IPR éco-gestion"
REF = "Réf. : circ. nat. d'org. BTS CG du 15.01.2026."
INTRO = ("Mémo court : toutes les dates de ce document sont en 2026 ; heures de métropole. "
         "Les convocations sont éditées par la DEC (pas d'envoi papier).")

S_ECR = "Écrits ponct. (toutes catégories)"
ECRITS = [
    ("11.05 lun", "U3", "14h/18h", "CEJM"),
    ("12.05 mar", "U1", "14h/18h", "culture gén. & expr."),
    ("13.05 mer", "U2", "10-12h", "anglais, écr."),
    ("18.05 lun", "U4", "13h30/18h", "trait. & ctrl des opé. compta., fisc. & soc."),
    ("19.05 mar", "U5", "13h30/17h30", "ctrl de gestion & analyse fin."),
]
ECR_CENTRES = ("Centres d'écrit : Lyc. Gaston Berger (Lille), Lyc. Voltaire (Wingles), "
               "Lyc. Auguste Mariette (Boulogne-sur-Mer) – cf. convoc.")
FERIES = "NB : 14.05 férié (Ascension) ; 25.05 férié (Pentecôte) – pas d'épreuve."

S_U6 = "U6 – parcours de prof. (or.)"
U6 = [
    "sco. / app. : CCF en étab. → notes à saisir pour le 05.06 (dernier délai)",
    "ponct. (autres cand.) : dép. doss. ven. 27.03, 17h dernier délai, au Lyc. Gaston Berger (Lille)",
    "ctrl conf. : mer. 01.04 à partir de 9h, Lyc. Gaston Berger",
    "soutien. ponct. : du 26.05 au 29.05, Lyc. Gaston Berger (Lille) et Lyc. Auguste Mariette (Boulogne-sur-Mer)",
]
S_UF1 = "UF1 – LV fac. (or. ponct.)"
UF1 = ["01.06 → 02.06, Lyc. Gaston Berger (Lille) ; 20 min de prép. + 20 min d'or."]

S_CORR = "Corrections / réu. d'entente"
CORR = [
    "réu. d'entente U4 : jeu. 21.05, 9h-12h, Lyc. Gaston Berger",
    "réu. d'entente U5 : jeu. 21.05, 14h-17h, Lyc. Gaston Berger",
    "corr. U4-U5 : 22.05 → 03.06 (copies num., correction en ligne)",
]
S_FIN = "Délib. / résultats"
FIN = [
    "J. délib. : mar. 30.06, 9h30, Lyc. Faidherbe (Lille)",
    "publ. résultats : ven. 03.07 – 10h",
]
VAC = "Vac. print. zone B : 04.04 → 20.04 (aucune opération DEC)."
SECTIONS = "Étab. de formation (info, pas centres) : Lyc. Colbert (Tourcoing), Lyc. Jean Rostand (Roubaix)."
CONTACT = "Contact : dec-bts-tertiaire@ac-lille.fr – gest. : M. Thibault Vanhoutte, 03 20 15 60 00"
SIGNATURE = ["P/le recteur et p.d.", "le chef de la DEC", "Karim Ouazzani"]
PIED = "Rectorat de Lille – 144 rue de Bavay – 59000 Lille"
