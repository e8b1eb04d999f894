"""BTS Comptabilité et gestion (CG), académie de Lille, session 2028 — diaporama de la réunion des coordonnateurs
(PPTX : sections, diapositive masquée, tableau à deux lignes par cellule, bulle de rappel).
Fictitious: people and phone numbers are invented."""
from diapos import T, TAB, S, W, title_block

NOM = "circulaire_cg_2028_lille"
ROUGE = "8C1D40"
PIED_DATE = "18/11/2027"
PIED_TEXTE = "Académie de Lille – DEC – BTS CG"

_b = lambda t, c=ROUGE: (t, {"b": True, "color": c})

SECTIONS = [("Introduction", [0, 1]), ("Écrits", [2, 3]), ("Oraux", [4, 5]), ("Centres et fin de session", [6, 7])]

SLIDES = [
    S(None, title_block("BTS Comptabilité et gestion",
                        "Session 2028 – organisation des épreuves dans l'académie de Lille",
                        "Réunion des coordonnateurs de section – 18 novembre 2027",
                        "Région académique Hauts-de-France – Académie de Lille", ROUGE), layout="title"),

    # Hidden slide kept from last year's deck: the 2027 calendar, not shown and not printed.
    S("Pour mémoire : session 2027 (diapositive masquée)", [
        T(1.2, 2.4, 23, 6, ["E1 : lundi 10 mai 2027, 14 h – 18 h",
                            "E4 : mercredi 12 mai 2027, 9 h – 13 h 30",
                            "Dépôt des dossiers E6 : vendredi 2 avril 2027",
                            "Jury : jeudi 1er juillet 2027"], size=16, bullets=True),
    ], hidden=True),

    S("Calendrier des épreuves écrites", [
        TAB(0.9, 2.2, 23.6, [3.6, 3.2, 1.8, 15.0], [
            ["Date", "Horaire", "Unité", "Épreuve"],
            ["Lundi\n15 mai 2028", "14 h – 18 h", "U1", "E1 – Culture générale et expression"],
            ["Mardi\n16 mai 2028", "14 h – 18 h", "U3", "E3 – Culture économique, juridique et managériale"],
            ["Mercredi\n17 mai 2028", "9 h – 13 h 30", "U4", "E4 – Traitement et contrôle des opérations comptables,\n"
                                                            "fiscales et sociales"],
            ["Jeudi\n18 mai 2028", "14 h – 18 h", "U5", "E5 – Situations de contrôle de gestion et d'analyse financière"],
        ], size=13, row_h=1.45, head_fill=ROUGE, band="F6E6EC"),
    ]),

    S("Correction des écrits", [
        T(1.2, 2.4, 14.5, 6.5, [
            "Copies dématérialisées : correction à l'écran.",
            "Lots attribués par le rectorat dès la fin de chaque épreuve.",
            "Réunion d'entente obligatoire pour les correcteurs de l'épreuve E4.",
        ], size=16, bullets=True),
        T(16.4, 2.6, 7.8, 3.6, [[_b("Entente E4", "FFFFFF")], [("mercredi 24 mai 2028", {"color": "FFFFFF"})],
                                [("14 h – lycée Gaston-Berger", {"color": "FFFFFF", "size": 13})]],
          geom="wedgeRectCallout", fill=ROUGE, size=16, align="ctr", anchor="ctr"),
    ]),

    S("Épreuve E6 – Parcours de professionnalisation", [
        T(1.2, 2.4, 11.4, 7.5, [
            [_b("Dépôt des dossiers"), " : vendredi 31 mars 2028, 12 h, sur la plateforme académique"],
            [_b("Contrôle de conformité"), " : mardi 11 avril 2028, 9 h"],
            [_b("Interrogations"), " : du lundi 29 mai au vendredi 2 juin 2028"],
        ], size=15, bullets=True),
        T(13.2, 2.4, 11.0, 7.5, [
            "Le dossier numérique comprend le passeport professionnel et les deux fiches de situation.",
            "Dossier absent ou non conforme : le candidat ne peut être interrogé.",
            "Commission : un professeur d'économie-gestion et un professionnel.",
        ], size=14, bullets=True, fill="F2F2F2"),
    ]),

    S("Langues vivantes", [
        T(1.2, 2.4, 23, 6.5, [
            [_b("E2"), " – Langue vivante étrangère A (oral ponctuel, candidats hors CCF) : du mardi 6 au vendredi 9 juin 2028"],
            [_b("EF1"), " – Langue vivante facultative : du mardi 13 au vendredi 16 juin 2028"],
            [("Lundi 5 juin 2028 : lundi de Pentecôte, aucune interrogation.", {"color": "8A8A8A"})],
        ], size=16, bullets=True),
    ]),

    S("Centres d'épreuves", [
        T(1.2, 2.4, 23, 6, [
            [_b("Écrits"), " : Lycée Gaston-Berger, Lille ; Lycée Baudelaire, Roubaix"],
            [_b("Oral E6"), " : Lycée Colbert, Tourcoing"],
            [_b("Oraux E2 et EF1"), " : Lycée Voltaire, Wingles"],
        ], size=16, bullets=True),
    ]),

    S("Fin de session", [
        T(1.2, 2.4, 23, 5, [
            [_b("Jury de délibération"), " : vendredi 30 juin 2028 à 14 h, rectorat de Lille"],
            [_b("Publication des résultats"), " : mardi 4 juillet 2028 à 10 h"],
        ], size=17, bullets=True),
        T(1.2, 8.6, 23, 1.4, [[("Contact : Mme Sandrine Vandewalle – ce.dec-bts@ac-lille.fr – 03 20 00 00 00",
                                {"size": 12, "color": "595959"})]]),
    ]),
]
