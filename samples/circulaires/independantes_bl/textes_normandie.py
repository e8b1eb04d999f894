"""BTS Gestion de la PME (GPME), académie de Normandie, session 2027 — diaporama de la réunion des chefs de centre
(ODP écrit à la main : grille de zones de texte sans tableau, légende de couleurs, connecteurs).
Fictitious: people and phone numbers are invented."""
from diapos import T, S, W, LINE, title_block

NOM = "circulaire_gpme_2027_normandie"
BLEU = "1F5FA8"
ORANGE = "E07B00"
VERT = "3A8A3A"
GRIS = "4D4D4D"
PIED_DATE = "Réunion du 19 novembre 2026"
PIED_TEXTE = "Académie de Normandie – DEC – Pôle BTS"

_b = lambda t, c=GRIS: (t, {"b": True, "color": c})

# written calendar drawn as a grid of separate text boxes; written column by column (all days, then all
# épreuves, then all hours), so the drawing order is not the reading order of a row.
GRILLE = [("Jour", "Épreuve", "Horaire"),
          ("mercredi 12 mai 2027", "E1 – Culture générale et expression", "14 h – 18 h"),
          ("jeudi 13 mai 2027", "E3 – Culture économique, juridique et managériale", "14 h – 18 h"),
          ("vendredi 14 mai 2027", "E5 – Soutenir le fonctionnement et le développement de la PME", "8 h 30 – 13 h")]
COLS = [(1.0, 6.2), (7.3, 11.8), (19.2, 5.2)]


def grille():
    shapes = []
    for c, (x, w) in enumerate(COLS):
        for r, row in enumerate(GRILLE):
            head = r == 0
            shapes.append(T(x, 2.3 + r * 1.35, w, 1.25, [[(row[c], {"b": head, "size": 14,
                                                                      "color": "FFFFFF" if head else GRIS})]],
                            fill=GRIS if head else ("EDEDED" if r % 2 else "FFFFFF"), line="BFBFBF", anchor="ctr",
                            name=f"Case {r}-{c}"))
    return shapes


def bloc(x, fill, lignes):
    return T(x, 5.6, 7.4, 2.2, [[(lignes[0], {"b": True, "size": 15, "color": "FFFFFF"})]]
             + [[(l, {"size": 13, "color": "FFFFFF"})] for l in lignes[1:]], geom="roundRect", fill=fill,
             align="ctr", anchor="ctr")


SLIDES = [
    S(None, title_block("BTS Gestion de la PME – session 2027",
                        "Organisation des épreuves dans l'académie de Normandie",
                        "Réunion des chefs de centre – jeudi 19 novembre 2026 – Caen et Rouen (visioconférence)",
                        "Région académique Normandie – Division des examens et concours", BLEU), layout="title"),

    S("Épreuves écrites ponctuelles", grille() + [
        T(1.0, 8.0, 23.4, 2.4, [
            [_b("E2"), " – Communication en langue vivante étrangère : CCF (aucune date académique)."],
            ["Jeudi 6 mai 2027 (Ascension) : les centres sont fermés."],
        ], size=13, bullets=True),
    ]),

    # Colour legend: the date blocks carry no code, only the colour of the legend.
    S("Épreuves orales : périodes d'interrogation", [
        T(1.0, 2.2, 0.6, 0.6, [""], fill=BLEU),
        T(1.8, 2.05, 22, 0.9, ["E4 – Gérer la relation avec les clients et les fournisseurs de la PME"], size=14),
        T(1.0, 3.0, 0.6, 0.6, [""], fill=ORANGE),
        T(1.8, 2.85, 22, 0.9, ["E6 – Gérer les risques de la PME"], size=14),
        T(1.0, 3.8, 0.6, 0.6, [""], fill=VERT),
        T(1.8, 3.65, 22, 0.9, ["EF1 – Langue vivante facultative"], size=14),
        bloc(16.8, VERT, ["jeudi 10 juin 2027", "Lycée Marcel-Gambier", "Lisieux"]),
        bloc(1.0, BLEU, ["du 25 au 28 mai 2027", "Lycée Gustave-Flaubert", "Rouen"]),
        bloc(8.9, ORANGE, ["du 1er au 4 juin 2027", "Lycée Gustave-Flaubert", "Rouen"]),
        T(1.0, 8.6, 23.4, 1.6, [[("Convocations envoyées aux candidats trois semaines avant la première interrogation.",
                                  {"i": True, "size": 12, "color": "595959"})]]),
    ]),

    S("Dossiers des épreuves E4 et E6", [
        T(1.0, 2.3, 23.4, 4.2, [
            [_b("Dépôt"), " des dossiers E4 et E6 sur la plateforme académique : au plus tard le jeudi 1er avril 2027 à 17 h"],
            [_b("Commission de conformité"), " : jeudi 8 avril 2027 à 10 h, rectorat de Rouen"],
        ], size=16, bullets=True),
        T(1.0, 7.0, 23.4, 3.0, [[("Vacances de printemps (zone B) : du samedi 10 au lundi 26 avril 2027. "
                                  "Aucune réclamation ne sera traitée pendant cette période.",
                                  {"size": 13, "color": "595959"})]], fill="F2F2F2"),
    ]),

    # Steps linked by connectors (draw:connector glued to the boxes).
    S("Après les écrits", [
        T(0.8, 3.0, 5.2, 2.6, [[_b("Entente E5", "FFFFFF")], [("mardi 18 mai 2027", {"color": "FFFFFF"})],
                               [("9 h 30", {"color": "FFFFFF"})]], fill=BLEU, align="ctr", anchor="ctr", sid="n1"),
        T(7.0, 3.0, 5.2, 2.6, [[_b("Correction", "FFFFFF")], [("copies dématérialisées", {"color": "FFFFFF"})]],
          fill=BLEU, align="ctr", anchor="ctr", sid="n2"),
        T(13.2, 3.0, 5.2, 2.6, [[_b("Jury", "FFFFFF")], [("vendredi 2 juillet 2027", {"color": "FFFFFF"})],
                                [("9 h", {"color": "FFFFFF"})]], fill=BLEU, align="ctr", anchor="ctr", sid="n3"),
        T(19.4, 3.0, 5.2, 2.6, [[_b("Résultats", "FFFFFF")], [("le même jour", {"color": "FFFFFF"})],
                                [("17 h", {"color": "FFFFFF"})]], fill=BLEU, align="ctr", anchor="ctr", sid="n4"),
        LINE(6.0, 4.3, 7.0, 4.3, arrow=True, start="n1", end="n2"),
        LINE(12.2, 4.3, 13.2, 4.3, arrow=True, start="n2", end="n3"),
        LINE(18.4, 4.3, 19.4, 4.3, arrow=True, start="n3", end="n4"),
        T(1.0, 7.0, 23.4, 3.2, [
            [_b("Centres d'écrit"), " : Lycée Jules-Siegfried, Le Havre ; Lycée Jean-Rostand, Caen"],
            [_b("Jury"), " : rectorat de Rouen"],
        ], size=15, bullets=True),
    ]),
]
