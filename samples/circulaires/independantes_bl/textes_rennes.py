"""BTS Tourisme, académie de Rennes, session 2026 — diaporama de la réunion des chefs de centre (PPTX).
Fictitious: people, phone numbers and addresses are invented."""
from diapos import T, TAB, G, S, W, title_block

NOM = "circulaire_tourisme_2026_rennes"
BLEU = "1B5E7A"
PIED_DATE = "27/11/2025"
PIED_TEXTE = "Rectorat de Rennes – DEC 3 – Bureau des BTS tertiaires"

_b = lambda t, c=BLEU: (t, {"b": True, "color": c})

SLIDES = [
    S(None, title_block("BTS Tourisme – session 2026",
                        "Organisation des épreuves dans l'académie de Rennes",
                        "Réunion des chefs de centre et des coordonnateurs – jeudi 27 novembre 2025",
                        "Académie de Rennes – Division des examens et concours", BLEU), layout="title"),

    S("Ordre du jour", [
        T(1.5, 2.6, 22, 8, ["Calendrier des épreuves écrites ponctuelles",
                            "Épreuves orales : dossiers, conformité, interrogations",
                            "Centres d'épreuves",
                            "Correction, jury et résultats",
                            "Questions diverses"], size=20, bullets=True),
    ], notes="Accueil des participants. Rappeler que le diaporama sera déposé sur l'espace collaboratif des chefs de centre."),

    S("Épreuves écrites ponctuelles", [
        TAB(1.2, 2.3, 23, [5.0, 5.2, 12.8], [
            ["Date", "Horaire", "Épreuve"],
            ["lundi 11 mai 2026", "14 h 00 – 18 h 00", "E1 – Culture générale et expression"],
            ["mardi 12 mai 2026", "9 h 00 – 13 h 00", "E4 – Élaboration d'une prestation touristique"],
            ["mercredi 13 mai 2026", "14 h 00 – 16 h 00", "E5 – Gestion de l'information touristique"],
        ], size=15, row_h=1.05, head_fill=BLEU),
        T(1.2, 7.1, 23, 2.6, [
            [_b("E3"), " – Gestion de la relation clientèle touristique : évaluée en contrôle en cours de formation (CCF) ; aucune date académique."],
            ["Jeudi 14 mai 2026 (Ascension) : pas d'épreuve."],
        ], size=14, bullets=True),
        T(1.2, 10.1, 23, 1.2, [[("Horaires de métropole. Accueil des candidats 30 minutes avant le début de chaque épreuve.",
                                  {"i": True, "size": 12, "color": "595959"})]]),
    ], notes="Insister sur l'ouverture des sujets devant les candidats et sur le procès-verbal de déroulement."),

    # SmartArt-like process: a group of chevrons; the date labels are separate text boxes under each chevron,
    # written in the reverse order of the chevrons in the XML.
    S("Épreuves orales : les étapes", [
        G([T(0.6 + i * 4.85, 2.6, 4.9, 2.1, [[(lab, {"b": True, "size": 13, "color": "FFFFFF"})]],
             geom="homePlate" if i == 0 else "chevron", fill=["2E7D9A", "3D8EAB", "4C9FBC", "5BB0CD", "1B5E7A"][i],
             align="ctr", anchor="ctr", name=f"Étape {i + 1}")
           for i, lab in enumerate(["Dépôt des dossiers E6", "Contrôle de conformité E6", "Oraux E21 – E22 – EF1",
                                    "Oral E6", "Jury de délibération"])], name="Processus oraux"),
        T(0.6 + 4 * 4.85 + 0.3, 5.0, 4.3, 2.0, ["jeudi 2 juillet 2026", "9 h"], size=13, align="ctr"),
        T(0.6 + 3 * 4.85 + 0.3, 5.0, 4.3, 2.0, ["du lundi 1er", "au vendredi 5 juin 2026"], size=13, align="ctr"),
        T(0.6 + 2 * 4.85 + 0.3, 5.0, 4.3, 2.0, ["du lundi 18", "au vendredi 22 mai 2026"], size=13, align="ctr"),
        T(0.6 + 1 * 4.85 + 0.3, 5.0, 4.3, 2.0, ["jeudi 2 avril 2026", "9 h 30"], size=13, align="ctr"),
        T(0.6 + 0 * 4.85 + 0.3, 5.0, 4.3, 2.0, ["date limite :", "voir la note de séance"], size=13, align="ctr",
          color="8A8A8A"),
        T(1.2, 8.0, 23, 2.8, [
            "E21 (langue vivante A) et E22 (langue vivante B) : oral ponctuel pour les candidats hors CCF.",
            "EF1 (langue vivante facultative) : mêmes journées, sur inscription.",
            "E6 – Parcours de professionnalisation : dossier numérique obligatoire.",
        ], size=13, bullets=True),
    ], notes=("À dire en séance : la date limite de dépôt des dossiers E6 (parcours de professionnalisation) est fixée "
              "au vendredi 27 mars 2026 à 12 h, au lycée Louis-Guilloux à Rennes, centre de regroupement. "
              "Aucun dossier ne sera accepté après cette heure. Le contrôle de conformité suit le jeudi 2 avril.")),

    S("Centres d'épreuves", [
        T(1.2, 2.4, 11.2, 1.0, [[_b("Épreuves écrites")]], size=17),
        T(1.2, 3.4, 11.2, 4.0, ["Lycée Louis-Guilloux – Rennes", "Lycée Bertrand-d'Argentré – Vitré"], size=15,
          bullets=True),
        T(13.0, 2.4, 11.2, 1.0, [[_b("Épreuves orales")]], size=17),
        T(13.0, 3.4, 11.2, 4.0, ["E21, E22, EF1 : Lycée Jean-Guéhenno – Fougères",
                                 "E6 : Lycée hôtelier Yvon-Bourges – Dinard",
                                 "Jury : Lycée Louis-Guilloux – Rennes"], size=15, bullets=True),
        T(1.2, 8.4, 23, 2.4, [[("Établissements de formation de l'académie (pour information, ils ne sont pas centres) : "
                                "Lycée de Kerustum (Quimper), Lycée Sainte-Geneviève (Lorient), CFA du tourisme de Saint-Malo.",
                                {"size": 12, "color": "595959", "i": True})]], fill="F2F2F2"),
    ]),

    S("Correction, jury et résultats", [
        T(1.2, 2.4, 23, 6.5, [
            [_b("Réunion d'entente E4"), " (correcteurs) : mercredi 20 mai 2026 à 14 h, lycée Louis-Guilloux"],
            [_b("Jury de délibération"), " : jeudi 2 juillet 2026 à 9 h"],
            [_b("Publication des résultats"), " : vendredi 3 juillet 2026 à partir de 10 h"],
            [("Vacances de printemps (zone B) : du samedi 4 au lundi 20 avril 2026", {"color": "8A8A8A"})],
        ], size=17, bullets=True),
    ]),

    S("Contacts", [
        T(1.2, 2.4, 23, 5, ["Gestionnaire BTS Tourisme : Mme Gwenaëlle Le Bihan – 02 23 21 00 00",
                            "Adjoint : M. Yannick Corre – dec3-bts@ac-rennes.fr",
                            "Rectorat de Rennes, 96 rue d'Antrain, Rennes"], size=16, bullets=True),
        T(1.2, 8.4, 23, 1.2, [[("Diaporama présenté en séance le 27/11/2025 – ne vaut pas convocation.",
                                {"i": True, "size": 12, "color": "595959"})]]),
    ]),
]
