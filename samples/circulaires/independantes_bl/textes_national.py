"""BTS Opticien-lunetier (OL), session 2029 — note nationale présentée en webinaire (ODP écrit à la main, puis
enregistré en PPTX par LibreOffice). Fictitious: people are invented."""
from diapos import T, TAB, G, S, W, LINE, title_block

NOM = "note_nationale_ol_2029"
BLEU = "28366F"
PIED_DATE = "12 décembre 2028"
PIED_TEXTE = "MENJ – DGESCO / DGESIP – Bureau des examens de l'enseignement supérieur"

_b = lambda t, c=BLEU: (t, {"b": True, "color": c})

# timeline: (x of the dot, label above?, lines)
JALONS = [
    (2.0, True, ["Écrits nationaux", "à partir du lundi 14 mai 2029"]),
    (7.2, False, ["Entente nationale E4", "mercredi 23 mai 2029, 10 h"]),
    (12.2, True, ["Pratiques et oraux", "28 mai → 15 juin 2029"]),
    (17.4, False, ["Saisie des notes", "vendredi 22 juin 2029"]),
    (22.4, True, ["Jurys académiques", "à partir du mardi 26 juin 2029"]),
]


def frise():
    shapes = [LINE(1.0, 6.6, 24.4, 6.6, color=BLEU, width=0.12)]
    for x, above, lines in JALONS:
        shapes.append(T(x - 0.35, 6.25, 0.7, 0.7, [""], geom="ellipse", fill=BLEU))
        y = 3.6 if above else 7.6
        shapes.append(LINE(x, y + 2.2 if above else 6.95, x, 6.25 if above else y, color="8A8A8A", width=0.03))
        shapes.append(T(x - 2.4, y, 4.8, 2.2, [[(lines[0], {"b": True, "size": 12, "color": BLEU})],
                                               [(lines[1], {"size": 12})]], align="ctr",
                        anchor="b" if above else "t"))
    return shapes


SLIDES = [
    S(None, title_block("BTS Opticien-lunetier – session 2029",
                        "Note nationale d'organisation : calendrier et points de vigilance",
                        "Webinaire des divisions des examens – 12 décembre 2028",
                        "Ministère de l'Éducation nationale et de la Jeunesse", BLEU), layout="title"),

    S("Épreuves écrites nationales", [
        TAB(1.0, 2.2, 23.4, [11.4, 6.2, 5.8], [
            ["Épreuve", "Date", "Horaire (métropole)"],
            ["E1 – Culture générale et expression", "lundi 14 mai 2029", "14 h – 18 h"],
            ["E3 – Mathématiques", "mardi 15 mai 2029", "10 h – 12 h"],
            ["E4 – Étude technique des systèmes optiques", "mercredi 16 mai 2029", "13 h 30 – 17 h 30"],
            ["E51 – Analyse de la vision (partie écrite)", "jeudi 17 mai 2029", "9 h – 12 h"],
        ], size=14, row_h=1.0, head_fill=BLEU, band="E6E9F4"),
        T(1.0, 7.6, 23.4, 2.6, [
            "Outre-mer : les horaires locaux sont fixés par chaque vice-rectorat ou académie.",
            "Jeudi 10 mai 2029 (Ascension) et lundi 21 mai 2029 (Pentecôte) : aucune épreuve.",
        ], size=13, bullets=True),
    ], notes="Les sujets de secours sont détenus par le SIEC d'Arcueil ; procédure habituelle en cas d'incident."),

    S("Épreuves pratiques et orales (organisation académique)", [
        T(1.0, 2.3, 23.4, 6.8, name="corps", paras=[
            [_b("E52"), " – Mesures et contrôles (pratique)"],
            [_b("E61"), " – Contrôle et réalisation d'équipements (pratique)"],
            [_b("E62"), " – Relation client et communication professionnelle (oral)"],
            ["Période nationale : entre le lundi 28 mai et le vendredi 15 juin 2029 ; chaque académie fixe ses dates."],
            [_b("E2"), " – Anglais : CCF ou oral ponctuel selon le statut du candidat (dates académiques)."],
        ], size=15, bullets=True),
    ]),

    S("Les grandes étapes", frise(), notes="Rappeler aux académies de ne pas fixer d'oral le lundi 21 mai 2029."),

    S("Points de vigilance", [
        T(1.0, 2.3, 11.2, 7.0, [
            "Sujets : téléchargement sécurisé la veille de chaque épreuve.",
            "Copies numérisées par les centres le jour même.",
            "Sujets de secours : SIEC, Arcueil.",
        ], size=15, bullets=True),
        T(13.0, 2.3, 11.4, 7.0, [
            [_b("Remontée des notes")],
            "Toutes les notes (écrits, pratiques, oraux, CCF) sont saisies au plus tard le vendredi 22 juin 2029.",
            "Les jurys académiques se tiennent à partir du mardi 26 juin 2029.",
        ], size=15, fill="E6E9F4"),
    ]),
]
