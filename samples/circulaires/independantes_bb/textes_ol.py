"""Texte de la note nationale fictive BTS Opticien-lunetier, session 2025 (ODT écrit à la main).
Calendrier en liste d'unités « U3 (E3) : lun. 12.05, 14-16h », glossaire des sigles en FIN de note."""

EMETTEUR = ["Ministère de l'Éducation nationale", "DGESIP – Sous-direction des examens post-bac", "Bureau BTS"]
LIEU_DATE = "Paris, le 20.01.2025"
DEST = "à Mmes et MM. les recteurs d'académie – DEC / SIEC"
OBJET = "Note de service – BTS Opticien-lunetier (OL) – session 2025 – calendrier national des épreuves ponct."
INTRO = ("La présente note fixe le calendrier national des épreuves écrites ponct. du BTS OL pour la session 2025. "
         "Les dates sont données en abrégé (jj.mm, année 2025) et les horaires en heure de métropole ; les académies "
         "d'outre-mer adaptent les horaires selon leur fuseau. Les sigles sont explicités en fin de note.")
T_CAL = "I. Écrits ponct. – calendrier national"
CAL = [
    "U3 (E3) – maths : lun. 12.05, 14-16h",
    "U1 (E1) – cult. gén. & expr. : mar. 13.05, 14-18h",
    "U2 (E2) – anglais : mer. 14.05, 10-12h",
    "U4 (E4) – étude tech. des syst. optiques : jeu. 15.05, 8h-12h",
    "E5 – analyse de la vision : U51 ven. 16.05, 8h-11h ; U52 ven. 16.05, 13h30/16h30",
]
NB_CAL = "NB : 01.05 et 08.05 fériés ; 29.05 (Ascension) : aucune épreuve nationale."
T_ACAD = "II. Unités organisées par les académies"
ACAD = [
    "U6 (E6) – mesures et contrôles, prat. : dates fixées par chaque DEC, fenêtre conseillée 02.06 → 13.06.",
    "UF1 (EF1) – LV fac. : or. ponct. ou CCF selon org. acad. (pas de date nat.).",
]
T_REU = "III. Réu. nat. d'entente (visio)"
REU = [
    ("U4 (E4)", "mar. 20.05", "14h", "lien transmis aux IA-IPR"),
    ("U51 / U52 (E5)", "mer. 21.05", "10h", "idem"),
]
T_TRANS = "IV. Remontées"
TRANS = "Stat. de notes (U4, U51, U52) : à transmettre par les DEC au bureau BTS pour le ven. 20.06 au plus tard."
T_GLOSS = "Glossaire des sigles et abréviations"
GLOSS = [
    ("CCF", "contrôle en cours de formation"), ("DEC", "division des examens et concours"),
    ("ponct.", "ponctuel(le)"), ("or. / prat.", "oral / pratique"), ("réu.", "réunion"),
    ("nat. / acad.", "national / académique"), ("LV fac.", "langue vivante facultative"),
    ("stat.", "statistiques"), ("SIEC", "service interacadémique des examens et concours"),
    ("U / E", "unité / épreuve du règlement d'examen"),
]
REFS = "Réf. : arrêté du 10.02.2021 portant définition du BTS OL ; décret du 19.08.2013 (règlement général du BTS)."
SIGNATURE = ["Pour le ministre et par délégation,", "la sous-directrice des examens post-bac,", "Claire Desmoulins-Achard"]
