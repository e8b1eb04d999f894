"""BTS Analyses de biologie médicale (ABM), académie de Grenoble, session 2027 — diaporama du comité de pilotage
(ODP écrit à la main). Fictitious: people and phone numbers are invented."""
from diapos import T, TAB, G, S, W, LINE, title_block

NOM = "circulaire_abm_2027_grenoble"
VERT = "2E6B4F"
PIED_DATE = "09/12/2026"
PIED_TEXTE = "Copil BTS ABM – Rectorat de Grenoble, DEC"

_b = lambda t, c=VERT: (t, {"b": True, "color": c})


def tuile(x, jour, num, mois):
    """A calendar tile: weekday band, big day number, month — three shapes grouped."""
    return G([
        T(x, 2.6, 3.6, 0.9, [[(jour, {"b": True, "size": 13, "color": "FFFFFF"})]], fill=VERT, align="ctr", anchor="ctr"),
        T(x, 3.5, 3.6, 2.1, [[(num, {"b": True, "size": 40, "color": VERT})]], fill="FFFFFF", line=VERT, align="ctr",
          anchor="ctr"),
        T(x, 5.6, 3.6, 0.8, [[(mois, {"size": 13, "color": "404040"})]], fill="E3EFE8", align="ctr", anchor="ctr"),
    ], name=f"Tuile {num}")


SLIDES = [
    S(None, title_block("BTS Analyses de biologie médicale",
                        "Session 2027 – calendrier et organisation des épreuves (académie de Grenoble)",
                        "Comité de pilotage du mercredi 9 décembre 2026",
                        "Académie de Grenoble – Division des examens et concours", VERT), layout="title"),

    S("Épreuves écrites", [
        TAB(1.0, 2.3, 23.4, [9.8, 7.0, 6.6], [
            ["Épreuve", "Jour", "Horaires"],
            ["E1 – Culture générale et expression", "mardi 11 mai 2027", "13 h 30 – 17 h 30"],
            ["E31 – Mathématiques", "mercredi 12 mai 2027", "9 h – 11 h"],
            ["E32 – Physique-chimie", "mercredi 12 mai 2027", "14 h – 16 h"],
            ["E4 – Biologie et physiopathologie humaines", "jeudi 13 mai 2027", "8 h 30 – 12 h 30"],
        ], size=14, row_h=1.0, head_fill=VERT, band="E3EFE8"),
        T(1.0, 7.8, 23.4, 2.4, [
            [_b("E2"), " – Anglais : contrôle en cours de formation pour tous les candidats scolarisés ; "
             "pas de date académique."],
            ["Lundi 17 mai 2027 (lundi de Pentecôte) : aucune épreuve."],
        ], size=14, bullets=True),
    ]),

    S("Épreuve pratique E5 – Analyses de biologie médicale", [
        tuile(1.6, "mardi", "18", "mai 2027"),
        tuile(7.4, "mercredi", "19", "mai 2027"),
        tuile(13.2, "jeudi", "20", "mai 2027"),
        tuile(19.0, "vendredi", "21", "mai 2027"),
        T(1.2, 7.4, 23, 3.2, [
            "Deux demi-groupes par jour : 7 h 45 – 12 h 15 et 13 h 15 – 17 h 45.",
            "Centre unique : Lycée André-Argouges, Grenoble (plateau technique de biochimie).",
            "Répartition nominative des candidats par journée : envoyée aux établissements en avril.",
        ], size=14, bullets=True),
    ]),

    # Chevrons (custom shapes) carrying label and date; one date is struck through and replaced.
    S("Rapport de stage et épreuve orale E6", [
        G([
            T(0.6, 2.4, 6.4, 3.6, [[("Dépôt des rapports E6", {"b": True, "size": 12, "color": "FFFFFF"})],
                                   [("vendredi 19 mars 2027", {"strike": True, "size": 12, "color": "FFFFFF"})],
                                   [("vendredi 26 mars 2027", {"b": True, "size": 12, "color": "FFF2A8"}),
                                    (" (nouvelle date)", {"size": 10, "color": "FFF2A8"})]],
              geom="homePlate", fill="2E6B4F", align="ctr", anchor="ctr"),
            T(6.7, 2.4, 6.4, 3.6, [[("Contrôle de conformité", {"b": True, "size": 12, "color": "FFFFFF"})],
                                   [("mercredi 7 avril 2027 – 14 h", {"size": 12, "color": "FFFFFF"})]],
              geom="chevron", fill="3F8566", align="ctr", anchor="ctr"),
            T(12.8, 2.4, 6.4, 3.6, [[("Interrogations E6", {"b": True, "size": 12, "color": "FFFFFF"})],
                                    [("du lundi 31 mai au vendredi 4 juin 2027", {"size": 12, "color": "FFFFFF"})]],
              geom="chevron", fill="509F7D", align="ctr", anchor="ctr"),
            T(18.9, 2.4, 6.0, 3.6, [[("Lycée Marie-Reynoard", {"b": True, "size": 12, "color": "FFFFFF"})],
                                    [("Villard-Bonnot", {"size": 12, "color": "FFFFFF"})]],
              geom="chevron", fill="61B994", align="ctr", anchor="ctr"),
        ], name="Étapes E6"),
        T(1.0, 6.4, 23.4, 4.2, [
            "Rapports déposés en deux exemplaires au centre d'interrogation (cachet de la poste faisant foi).",
            "Un rapport non conforme entraîne la note zéro à l'épreuve E6.",
            "Les commissions d'interrogation sont composées d'un enseignant et d'un professionnel.",
        ], size=14, bullets=True),
    ], notes="Le report de la date de dépôt au 26 mars a été décidé par l'inspection ; le rappeler aux coordonnateurs."),

    S("Centres d'épreuves", [
        T(1.0, 2.4, 23.4, 5.4, [
            [_b("Écrits E1, E31, E32, E4"), " : Lycée Louise-Michel, Grenoble ; Lycée du Grésivaudan, Meylan"],
            [_b("Pratique E5"), " : Lycée André-Argouges, Grenoble"],
            [_b("Oral E6"), " : Lycée Marie-Reynoard, Villard-Bonnot"],
            [_b("Jury"), " : Rectorat de Grenoble, salle du conseil"],
        ], size=15, bullets=True),
        T(1.0, 8.6, 23.4, 1.8, [[("Sections de formation : Lycée Monge (Chambéry), Lycée Les Catalins (Montélimar), "
                                  "Lycée Vaucanson (Grenoble) – établissements de formation, non centres d'épreuves.",
                                  {"i": True, "size": 12, "color": "595959"})]]),
    ]),

    S("Correction, jury, résultats", [
        T(1.0, 2.4, 23.4, 6.0, [
            [_b("Réunion d'entente E4"), " : jeudi 20 mai 2027 à 14 h (visioconférence)"],
            [_b("Correction des copies E1 et E4"), " : du mardi 25 au vendredi 28 mai 2027"],
            [_b("Jury de délibération"), " : mercredi 30 juin 2027 à 14 h"],
            [_b("Résultats"), " : jeudi 1er juillet 2027 à 10 h"],
        ], size=16, bullets=True),
        T(1.0, 9.2, 23.4, 1.2, [[("Contact : M. Thibaut Morel-Jourdan – 04 76 00 00 00 – dec-bts@ac-grenoble.fr",
                                  {"size": 12, "color": "595959"})]]),
    ]),
]
