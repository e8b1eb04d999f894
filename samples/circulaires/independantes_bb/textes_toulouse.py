"""Texte de la circulaire fictive BTS Maintenance des véhicules, académie de Toulouse, session 2029.
Liste de contrôle des échéances avec cases à cocher ; dates « mar 15/5 » ; unités pointées « U4.1 »."""

EN_TETE = ["Académie de Toulouse", "DEC 4 – examens post-bac"]
LIEU_DATE = "Toulouse, le 5 février 2029"
OBJET = "BTS Maintenance des véhicules (MV) – session 2029 – échéancier"
REF = "Réf. : arrêté du 18/09/2023 portant règlement d'examen ; circ. nat. du 10/01/2029."
INTRO = ("Le présent échéancier est à afficher dans les sections MV. Chaque ligne est une échéance : cochez la case "
         "une fois l'opération faite. Dates sans année = 2029 ; heures de métropole.")

T_ECH = "Échéancier (ordre chronologique)"
ECH = [
    ("ven 30/3", "dép. doss. U6.2 (rapport de stage) – avant 16h – au Lyc. Déodat de Séverac"),
    ("mer 4/4", "ctrl conf. U6.2 – 9h-12h – Lyc. Déodat de Séverac (commission)"),
    ("lun 14/5", "écr. U1 – 14-18h"),
    ("mar 15/5", "écr. U3.1 (maths) – 8h-10h"),
    ("mar 15/5", "écr. U3.2 (phys.-chimie) – 14h-16h"),
    ("mer 16/5", "écr. U4.1 – 8h-12h"),
    ("jeu 17/5", "écr. U2 (anglais) – 10h-12h"),
    ("ven 18/5", "réu. d'entente U4.1 – 14h-17h – Lyc. Déodat de Séverac"),
    ("lun 28/5 → ven 1/6", "prat. ponct. E5 (U5.1-U5.2) – ateliers des centres"),
    ("lun 4/6 → jeu 7/6", "soutien. U6.2 – E6 – Lyc. Déodat de Séverac / Lyc. Jean Dupuy"),
    ("ven 8/6", "saisie notes CCF U4.2 et U6.1 – 12h dernier délai"),
    ("mar 3/7", "J. délib. – 14h – Lyc. Déodat de Séverac"),
    ("ven 6/7", "résultats – 10h – affichage et site acad."),
]
T_UNITES = "Unités et forme"
UNITES = [
    ("U1", "culture gén. et expr.", "écr. ponct. 4h"),
    ("U2", "anglais", "écr. ponct. 2h"),
    ("E3 (U3.1-U3.2)", "maths / phys.-chimie", "écr. ponct. 2h + 2h"),
    ("E4 (U4.1-U4.2)", "analyse des syst. / prépa. d'une interv.", "U4.1 écr. ponct. 4h ; U4.2 CCF"),
    ("E5 (U5.1-U5.2)", "diagnostic / réal. d'interv.", "prat. ponct."),
    ("E6 (U6.1-U6.2)", "org. de la maintenance / rapport de stage", "U6.1 CCF ; U6.2 soutien."),
]
T_CENTRES = "Centres"
CENTRES = [
    "Écrits : Lyc. Déodat de Séverac, 26 bd Déodat de Séverac, 31076 Toulouse ; "
    "Lyc. Jean Dupuy, 1 rue Aristide Berges, 65000 Tarbes ; Lyc. Gaston Monnerville, 42 rue Lavoisier, 46000 Cahors.",
    "Prat. E5 et soutien. U6.2 : Lyc. Déodat de Séverac (Toulouse) et Lyc. Jean Dupuy (Tarbes), selon convoc.",
]
HORS = ("Hors échéancier : jeu 10/5 (Ascension) et lun 21/5 (Pentecôte) fériés ; vac. print. du 14/4 au 30/4. "
        "Sections de formation (non centres) : Lyc. pro. Le Garros (Auch), CFA Automobile (Blagnac).")
SIGNATURE = ["Pour le recteur et par délégation", "Le chef de la DEC", "Mathieu Castaing-Lafforgue"]
PIED = "Rectorat de Toulouse – CS 87703 – 75 rue Saint-Roch – 31077 Toulouse cedex 4"
