"""Texte de la circulaire fictive BTS Électrotechnique, académie de Grenoble, session 2027.
Calendrier en abréviations, légende des abréviations AVANT le calendrier, dates « mar 11/05 » sans année."""

EN_TETE = ["Académie de Grenoble", "Division des examens et concours – DEC 3", "Bureau des BTS industriels"]
LIEU_DATE = "Grenoble, le 8 mars 2027"
DESTINATAIRES = ("Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat ; "
                 "Mesdames et Messieurs les directeurs des CFA et organismes de formation")
OBJET = "Objet : BTS Électrotechnique (ET) – Session 2027 – Calendrier d'organisation académique"
REFS = ["Réf. : circ. nat. d'org. du 14/01/2027 ; arrêté du 22/07/2008 modifié portant définition du BTS ET."]
INTRO = ("Vous trouverez ci-dessous le calendrier de la session 2027. Pour gagner de la place, le tableau est "
         "rédigé en abrégé : reportez-vous à la légende qui le précède. Sauf mention contraire, les dates "
         "s'entendent pour l'année 2027 et les heures sont celles de métropole.")

T_LEGENDE = "1. Abréviations utilisées"
LEGENDE = [
    ("dép. doss.", "dépôt des dossiers (rapport / dossier de projet) au centre d'interrogation"),
    ("ctrl conf.", "contrôle de conformité des dossiers"),
    ("réu. d'entente", "réunion d'entente (harmonisation) des examinateurs"),
    ("soutien.", "soutenance orale"),
    ("J. délib.", "jury de délibération"),
    ("CCF", "contrôle en cours de formation (pas de convocation académique)"),
    ("ponct.", "forme ponctuelle"),
    ("écr. / or. / prat.", "épreuve écrite / orale / pratique"),
    ("LGT / Lyc.", "lycée général et technologique / lycée"),
]

T_CAL = "2. Calendrier abrégé – session 2027"
CAL_ENTETE = ["Date", "Unité", "Nat.", "Horaire", "Lieu / obs."]
# (ligne de groupe « épreuve (unités) », puis lignes)
CAL = [
    ("E1 (U1) – Culture gén. et expression", [
        ("mar 11/05", "U1", "écr. ponct.", "14-18h", "centres d'écrit (§ 3)")]),
    ("E2 (U2) – Anglais", [
        ("—", "U2", "CCF", "—", "tous candidats en CCF : pas de date acad.")]),
    ("E3 (U31-U32) – Maths et physique-chimie", [
        ("mer 12/05", "U31", "écr. ponct.", "8h-10h", "centres d'écrit"),
        ("mer 12/05", "U32", "écr. ponct.", "10h30-12h30", "centres d'écrit")]),
    ("E4 (U41-U42) – Étude d'un syst. tech. industriel", [
        ("jeu 13/05", "U41", "écr. ponct.", "8h-12h", "centres d'écrit"),
        ("ven 21/05", "U42", "écr. ponct.", "8h-14h", "centres d'écrit – prévoir repas")]),
    ("E5 (U51-U52) – Projet", [
        ("—", "U51", "CCF", "—", "suivi de projet, en établissement"),
        ("ven 02/04", "U52", "dép. doss.", "avant 17h", "au centre d'interrogation"),
        ("mar 06/04", "U52", "ctrl conf.", "9h", "LGT Vaucanson"),
        ("jeu 27/05", "U52", "réu. d'entente", "14-17h", "LGT Vaucanson"),
        ("lun 31/05 → ven 04/06", "U52", "soutien.", "8h-18h", "Vaucanson / Louis Armand")]),
    ("E6 (U61-U62) – Essais et activités en entreprise", [
        ("—", "U61", "CCF", "—", "essais en établissement"),
        ("ven 02/04", "U62", "dép. doss.", "avant 17h", "rapport d'activités, même envoi que U52"),
        ("lun 07/06 → mer 09/06", "U62", "soutien.", "8h-17h30", "Vaucanson / Louis Armand")]),
    ("EF1 (UF1) – LV facultative", [
        ("mar 25/05 → mer 26/05", "UF1", "or. ponct.", "13h30/17h30", "LGT Vaucanson")]),
]

T_CENTRES = "3. Centres"
CENTRES = [
    ("Écrits (U1, U31, U32, U41, U42)",
     ["LGT Vaucanson, 27 rue Anatole France, 38030 Grenoble",
      "Lyc. Algoud-Laffemas, 37 rue Barthélémy de Laffemas, 26901 Valence",
      "Lyc. Louis Armand, 321 rue du Grand Champ, 73020 Chambéry"]),
    ("Ctrl conf., réu. d'entente, soutien. U52 / U62, UF1",
     ["LGT Vaucanson – Grenoble (candidats de l'Isère et de la Drôme-Ardèche)",
      "Lyc. Louis Armand – Chambéry (candidats des Savoies)"]),
]
SECTIONS = ("Pour mémoire, sections de formation (ne sont pas centres d'examen cette session) : "
            "Lyc. du Grésivaudan (Meylan), Lyc. Ferdinand Buisson (Voiron), CFA de l'Industrie (Moirans).")

T_FIN = "4. Fin de session"
FIN = [
    ("notes CCF (U2, U51, U61)", "saisie dans l'application avant ven 11/06, 12h"),
    ("livrets sco.", "à déposer au LGT Vaucanson pour le ven 18/06"),
    ("J. délib.", "mer 30/06, 9h – LGT Vaucanson, salle du conseil"),
    ("résultats", "publication ven 02/07 à 10h"),
]
RAPPELS = ("Rappels : lun 17/05 férié (Pentecôte) – aucune convocation ; vac. print. (zone A) du 10/04 au 26/04 : "
           "les établissements sont invités à anticiper l'envoi des doss. U52 / U62.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Hélène Marchetti-Roux"]
PIED = "Rectorat de Grenoble – 7 place Bir-Hakeim – 38000 Grenoble – DEC 3"
