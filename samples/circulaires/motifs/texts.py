"""Circulars written for this project to exercise what real national and académie circulars do.

Every text below was written for BTS Pipeline (no circular's wording copied): the specialties, académies,
lycées and dates are plausible, the phrasings are the patterns of issue 11. Each circular comes with its
gold, written by hand from the text before any extraction was run on it.

Markup: P(text) paragraph (heading=1/2 for Word headings, bold), T(rows, merges, …) a Word table where None
marks a cell covered by a merge, PB() a page break. `split` says whether a circular tunes the extractors
("dev") or only measures them ("holdout": its extraction output is never looked at while tuning).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class P:
    text: str
    bold: bool = False
    heading: int | None = None


@dataclass
class T:
    rows: list[list[str | None]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1)
    borders: bool = True
    widths: list[float] | None = None  # centimetres
    header: bool = True
    font: float | None = None  # points


@dataclass
class PB:
    pass


@dataclass
class Circular:
    name: str
    split: str  # "dev" | "holdout"
    landscape: bool
    body: list[Any]
    gold: dict[str, Any]
    scan: bool = False  # also build an image-only (scanned) PDF of it


def grids(specialty: str, session: int, codes: list[str], pages: int) -> list[Any]:
    """Evaluation grids: many pages of tables with criteria, marks and blank dates, no event."""
    criteria = [
        "Qualité de l'analyse de la situation proposée",
        "Pertinence des solutions retenues et de leur justification",
        "Maîtrise des outils et des méthodes mobilisés",
        "Clarté et rigueur de la communication orale",
        "Capacité à argumenter face aux questions de la commission",
        "Respect des consignes et du temps imparti",
    ]
    out: list[Any] = []
    for i in range(pages):
        code = codes[i % len(codes)]
        out.append(PB())
        out.append(P(f"BTS {specialty} – Session {session} – Grille d'évaluation de l'épreuve {code} "
                     f"(fiche {i + 1})", bold=True))
        out.append(P("Nom et prénom du candidat : ……………………………… N° d'inscription : ………………"))
        rows: list[list[str | None]] = [["Critères d'évaluation", "TI", "I", "S", "TS", "Observations"]]
        for c in criteria:
            rows.append([c, "☐", "☐", "☐", "☐", ""])
        rows.append(["Note proposée sur 20", None, None, None, None, "……… / 20"])
        out.append(T(rows, merges=[(len(rows) - 1, 0, len(rows) - 1, 4)], widths=[7, 1, 1, 1, 1, 5]))
        out.append(P("Date de l'interrogation : …/…/20… Nom et signature des examinateurs :"))
        out.append(P("Compétences évaluées : conduire l'analyse, proposer, justifier, communiquer. Chaque "
                     "critère est apprécié sur l'ensemble de la prestation du candidat."))
    return out


TERRITORIES: list[str | None] = ["Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte", "Polynésie française",
               "Nouvelle-Calédonie"]

# ----------------------------------------------------------------------------------------- NDRC 2025 (dev)

NDRC_2025 = Circular(
    name="circulaire_ndrc_2025_nationale",
    split="dev",
    landscape=True,
    body=[
        P("MINISTÈRE DE L'ÉDUCATION NATIONALE", bold=True),
        P("Direction générale de l'enseignement scolaire"),
        P("Bureau des diplômes professionnels"),
        P("Note de service émise le 14 novembre 2024"),
        P("Destinataires : Mesdames et Messieurs les recteurs et rectrices d'académie ; Mesdames et "
          "Messieurs les vice-recteurs ; Monsieur le directeur du service interacadémique des examens et "
          "concours"),
        P("Objet : calendrier national de la session 2025 du brevet de technicien supérieur Négociation et "
          "digitalisation de la relation client (NDRC)"),
        P("Références : arrêté du 29 avril 2018 portant définition du BTS NDRC ; note de service du 3 "
          "octobre 2023 relative aux épreuves ponctuelles."),
        P("La présente note fixe les dates et horaires des épreuves ponctuelles de la session 2025 pour "
          "l'ensemble des territoires. Les sujets de l'épreuve E1 sont élaborés à l'initiative de "
          "l'académie de Lyon ; ceux de l'épreuve E5 sont préparés par l'académie de Rennes."),
        P("Annexe 1 – Calendrier des épreuves", heading=1),
        T([
            [*("Épreuve", "Date", "Durée"), *TERRITORIES],
            ["ÉPREUVES ÉCRITES"] + [None] * 9,
            ["E1 – Culture générale et expression", "Lundi 12 mai 2025", "4 h", "14h00 – 18h00",
             "8h00 – 12h00", "9h00 – 13h00", "16h00 – 20h00", "15h00 – 19h00",
             "8h00 – 12h00 (sujet spécifique)", "7h30 – 11h30 (sujet spécifique)"],
            ["E2 – Communication en langue vivante étrangère", "Mardi 13 mai 2025", "2 h", "10h00 – 12h00",
             "7h30 – 9h30", "7h30 – 9h30", "12h00 – 14h00", "11h00 – 13h00",
             "7h30 – 9h30 (sujet spécifique)", "8h00 – 10h00 (sujet spécifique)"],
            ["E3 – Culture économique, juridique et managériale", "Mardi 13 mai 2025", "4 h",
             "14h00 – 18h00 (pas de sortie avant la fin de la 2e heure)", "8h00 – 12h00", "9h00 – 13h00",
             "16h00 – 20h00", "15h00 – 19h00", "12h30 – 16h30 (sujet spécifique)",
             "13h00 – 17h00 (sujet spécifique)"],
            ["E5-A – Relation client à distance et digitalisation : épreuve écrite", "Mercredi 14 mai 2025",
             "3 h", "9h00 – 12h00", "7h30 – 10h30", "7h30 – 10h30", "11h00 – 14h00", "10h00 – 13h00",
             "7h30 – 10h30 (sujet spécifique)", "13h00 – 16h00 (sujet spécifique)"],
            ["ÉPREUVES ORALES ET PRATIQUES"] + [None] * 9,
            ["E5-B – Relation client à distance et digitalisation : épreuve pratique",
             "Du lundi 2 au mercredi 4 juin, du mardi 10 au jeudi 12 juin et du lundi 16 au vendredi 20 "
             "juin 2025", "40 min", "Selon la convocation du centre d'interrogation"] + [None] * 6,
            ["Autres épreuves orales (E4, E6) : organisation laissée à l'initiative des recteurs"] + [None] * 9,
            ["RÉUNION D'ENTENTE NATIONALE"] + [None] * 9,
            ["E5-A – Réunion d'entente des correcteurs", "Jeudi 15 mai 2025", "", "10h00",
             "Visioconférence"] + [None] * 5,
        ], merges=[(1, 0, 1, 9), (6, 0, 6, 9), (7, 3, 7, 9), (8, 0, 8, 9), (9, 0, 9, 9), (10, 4, 10, 9)],
            widths=[5.2, 3.4, 1.4, 2.4, 2.1, 2.1, 2.1, 2.1, 2.4, 2.4], font=8),
        P("Les horaires sont donnés en heure locale de chaque territoire."),
        P("Pour l'épreuve E5-B, le lundi 9 juin 2025 est férié : aucune interrogation n'est prévue ce "
          "jour-là."),
        P("Les dossiers de l'épreuve E5-B (fiches de situations de relation client) seront transmis au "
          "centre d'interrogation au plus tard le vendredi 23 mai 2025."),
        P("Annexe 2 – Modèle d'attestation", heading=1),
        P("Je soussigné(e) ……………………………, responsable de l'organisation d'accueil, atteste que "
          "……………………………… a réalisé les activités décrites dans la fiche de situation."),
        P("Fait à ……………………, le …/…/20…"),
        P("Annexe 3 – Grilles d'aide à l'évaluation", heading=1),
        *grids("NDRC", 2025, ["E4", "E5-B", "E6"], 40),
        PB(),
        P("Pour le ministre et par délégation,"),
        P("Le directeur général de l'enseignement scolaire"),
    ],
    gold={
        "examen": {"sigle": "NDRC", "session": 2025, "academie": None},
        "portee": "nationale",
        "date_document": "2024-11-14",
        "codes": ["E1", "E2", "E3", "E4", "E5", "E5A", "E5B", "E6"],
        "codes_optionnels": [],
        "centres": [],
        "centres_optionnels": [],
        "dates": [["2025-05-12", None], ["2025-05-13", None], ["2025-05-14", None], ["2025-05-15", None],
                  ["2025-06-02", "2025-06-04"], ["2025-06-10", "2025-06-12"], ["2025-06-16", "2025-06-20"],
                  ["2025-05-23", None]],
        "dates_optionnelles": [],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2025-05-12T14:00", "fin": "2025-05-12T18:00"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2025-05-13T10:00", "fin": "2025-05-13T12:00"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2025-05-13T14:00", "fin": "2025-05-13T18:00"},
            {"type": "epreuve", "epreuves": [["E5A"]], "debut": "2025-05-14T09:00", "fin": "2025-05-14T12:00"},
            {"type": "epreuve", "epreuves": [["E5B"]], "debut": "2025-06-02", "fin": "2025-06-04"},
            {"type": "epreuve", "epreuves": [["E5B"]], "debut": "2025-06-10", "fin": "2025-06-12"},
            {"type": "epreuve", "epreuves": [["E5B"]], "debut": "2025-06-16", "fin": "2025-06-20"},
            {"type": "reunion", "epreuves": [["E5A"]], "debut": "2025-05-15T10:00"},
            {"type": "depot_dossier", "epreuves": [["E5B"]], "debut": "2025-05-23"},
        ],
    },
)

# ----------------------------------------------------------------------------------------- CPRP 2026 (dev)

CPRP_2026 = Circular(
    name="circulaire_cprp_2026_grenoble",
    split="dev",
    landscape=False,
    scan=True,
    body=[
        P("Région académique Auvergne-Rhône-Alpes"),
        P("ACADÉMIE DE GRENOBLE", bold=True),
        P("Division des examens et concours – bureau des BTS"),
        P("Grenoble, le 12 janvier 2026"),
        P("Le recteur de la région académique, recteur de l'académie de Grenoble"),
        P("à"),
        P("Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat"),
        P("Objet : BTS Conception des processus de réalisation de produits – organisation de la session 2026"),
        P("Références : arrêté du 22 juillet 2008 ; note de service nationale émise le 4 novembre 2025."),
        P("La présente circulaire précise l'organisation des épreuves de la session 2026. Les candidats "
          "inscrits dans l'académie de Lyon au titre de la formation continue ne sont pas concernés."),
        P("I. CENTRES D'EXAMEN", heading=1),
        P("Centre d'écrit et d'oral n° 1 :"),
        P("Lycée D. Villars"),
        P("4 place de Verdun"),
        P("05000 Gap"),
        P("Centre d'écrit et d'oral n° 2 :"),
        P("Lycée Vaucanson – 27 rue Anatole France – BP 1207 – 38030 Grenoble CEDEX 2"),
        P("Centre d'oral n° 3 :"),
        T([["Établissement", "Adresse"],
           ["Lycée du Granier", "185 avenue Joseph Fontanet\n73490 La Ravoire"]], widths=[6, 10]),
        P("II. ÉPREUVES ÉCRITES", heading=1),
        T([
            ["Épreuve", "Date", "Horaires", "Centres"],
            ["E.1 – Culture générale et expression", "Lundi 11 mai 2026", "8h30 – 12h30",
             "Lycée D. Villars (Gap)\nLycée Vaucanson (Grenoble)"],
            ["E.2 – Langue vivante étrangère : anglais", None, "14h00 – 16h00", None],
            ["E.3.1 – Mathématiques", "Mardi 12 mai 2026", "10h00 – 12h00", None],
            ["E.3.2 – Physique-chimie", None, "14h00 – 16h00", None],
            ["E.4 – Conception préliminaire", "Mercredi 13 mai 2026",
             "8h00 – 14h00\n(pas de sortie avant la fin de la 3e heure)", None],
        ], merges=[(1, 1, 2, 1), (3, 1, 4, 1), (1, 3, 5, 3)], widths=[6, 3.5, 3.5, 4]),
        P("Le jeudi 14 mai 2026 (Ascension) est férié ; aucune épreuve n'est organisée ce jour-là."),
        P("III. ÉPREUVES ORALES ET PRATIQUES", heading=1),
        P("Les dossiers numériques de l'épreuve E.5 sont à déposer sur la plateforme académique avant le "
          "lundi 30 mars 2026 à 12 h ; les dossiers papier seront remis au centre d'interrogation le même "
          "jour à 17 h."),
        P("Les dossiers de l'épreuve E.6.1 seront transmis au lycée Vaucanson au plus tard le vendredi 3 "
          "avril 2026."),
        T([
            ["Épreuve", "Dates", "Lieu"],
            ["E.5 – Pilotage et suivi de la réalisation", "18/05 au 20/05/2026", "Lycée Vaucanson, Grenoble"],
            ["E.6.1 – Projet industriel : soutenance", "Mercredi 27 et jeudi 28 mai 2026",
             "Lycée du Granier, La Ravoire"],
            ["E.6.2 – Rapport d'activités en entreprise", "Contrôle en cours de formation", "—"],
        ], widths=[7, 5, 5]),
        P("Les candidats dont le dossier est incomplet en seront avisés par courriel. Une attestation de "
          "remise est délivrée : « dossier reçu le …/…/20… par …………… »."),
        P("IV. JURY ET RÉSULTATS", heading=1),
        P("Le jury de délibération se réunira le mardi 23 juin 2026 à 9 h au lycée Vaucanson à Grenoble."),
        P("Les résultats seront publiés le vendredi 26 juin 2026 à 10 h."),
        P("Pour le recteur et par délégation,"),
        P("La cheffe de la division des examens et concours"),
    ],
    gold={
        "examen": {"sigle": "CPRP", "session": 2026, "academie": "Grenoble"},
        "portee": "academique",
        "date_document": "2026-01-12",
        "codes": ["E1", "E2", "E31", "E32", "E4", "E5", "E61", "E62"],
        "codes_optionnels": ["E3", "E6"],
        "centres": [{"mots": ["villars"], "ville": "Gap"}, {"mots": ["vaucanson"], "ville": "Grenoble"},
                    {"mots": ["granier"], "ville": "La Ravoire"}],
        "centres_optionnels": [],
        "dates": [["2026-05-11", None], ["2026-05-12", None], ["2026-05-13", None],
                  ["2026-05-18", "2026-05-20"], ["2026-05-27", "2026-05-28"], ["2026-04-03", None],
                  ["2026-03-30", None], ["2026-06-23", None], ["2026-06-26", None]],
        "dates_optionnelles": [["2026-05-27", None], ["2026-05-28", None]],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2026-05-11T08:30", "fin": "2026-05-11T12:30"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2026-05-11T14:00", "fin": "2026-05-11T16:00"},
            {"type": "epreuve", "epreuves": [["E31"]], "debut": "2026-05-12T10:00", "fin": "2026-05-12T12:00"},
            {"type": "epreuve", "epreuves": [["E32"]], "debut": "2026-05-12T14:00", "fin": "2026-05-12T16:00"},
            {"type": "epreuve", "epreuves": [["E4"]], "debut": "2026-05-13T08:00", "fin": "2026-05-13T14:00"},
            {"type": "epreuve", "epreuves": [["E5"]], "debut": "2026-05-18", "fin": "2026-05-20"},
            {"type": "epreuve", "epreuves": [["E61"]], "debut": "2026-05-27"},
            {"type": "depot_dossier", "epreuves": [["E5"]], "debut": "2026-03-30T12:00"},
            {"type": "depot_dossier", "epreuves": [["E5"]], "debut": "2026-03-30T17:00"},
            {"type": "depot_dossier", "epreuves": [["E61"]], "debut": "2026-04-03"},
            {"type": "jury", "debut": "2026-06-23T09:00"},
            {"type": "resultats", "debut": "2026-06-26T10:00"},
        ],
    },
)

# -------------------------------------------------------------------------------------- Tourisme 2025 (dev)

TOURISME_2025 = Circular(
    name="circulaire_tourisme_2025_la-reunion",
    split="dev",
    landscape=False,
    body=[
        P("RÉGION ACADÉMIQUE LA RÉUNION", bold=True),
        P("Rectorat – Division des examens et concours"),
        P("Saint-Denis, le 6 février 2025"),
        P("Objet : BTS Tourisme – session 2025 – calendrier et organisation des épreuves"),
        P("Le recteur de la région académique de La Réunion"),
        P("à"),
        P("Mesdames et Messieurs les chefs d'établissement"),
        P("Le calendrier national des épreuves écrites a été fixé par la note de service émise le 21 "
          "octobre 2024. Il est rappelé ci-dessous ; les candidats de l'académie composent aux horaires de "
          "La Réunion."),
        P("1. Épreuves écrites", heading=1),
        P("Les épreuves écrites ont lieu au lycée Bellepierre à Saint-Denis."),
        T([
            ["Épreuves", "Date", "Durée", "Métropole", "La Réunion", "Mayotte"],
            ["E1 – Culture générale et expression", "Lundi 12 mai 2025", "4 h", "14h00 – 18h00",
             "16h00 – 20h00", "15h00 – 19h00"],
            ["E2 – Communication en langues vivantes étrangères : anglais", "Mardi 13 mai 2025", "2 h",
             "10h00 – 12h00", "12h00 – 14h00", "11h00 – 13h00"],
            ["E4 – Élaboration d'une prestation touristique", "Mercredi 14 mai 2025", "4 h", "9h00 – 13h00",
             "11h00 – 15h00", "10h00 – 14h00"],
            ["E5 – Gestion de l'information touristique", "Jeudi 15 mai 2025", "3 h", "14h00 – 17h00",
             "16h00 – 19h00", "15h00 – 18h00"],
        ], widths=[5.5, 3.2, 1.3, 2.3, 2.3, 2.3]),
        P("Le jeudi 29 mai 2025 (Ascension) est férié."),
        P("2. Épreuves orales", heading=1),
        T([
            ["Épreuve", "Période", "Centre"],
            ["E3 – Gestion de la relation clientèle touristique", "Mercredi 21 et jeudi 22 mai 2025",
             "Lycée Lislet Geoffroy, Saint-Denis"],
            ["E.F.1 – Langue vivante étrangère 2 (épreuve facultative)", "Mardi 3 juin 2025",
             "Lycée Bellepierre, Saint-Denis"],
            ["E6 – Parcours de professionnalisation", "Contrôle en cours de formation",
             "Établissement de formation"],
        ], borders=False, widths=[6.5, 2.6, 5]),
        P("Les dossiers de l'épreuve E3 (fiches de compte rendu d'activités) sont à renvoyer avant le "
          "vendredi 9 mai 2025 à la division des examens et concours."),
        P("Les livrets de l'épreuve E6 seront transmis par les établissements au plus tard le vendredi 16 mai "
          "2025 ; la commission de contrôle de conformité se tiendra le même jour à 14 h."),
        P("3. Établissements de formation concernés", heading=1),
        P("Lycée hôtelier La Renaissance (Saint-Paul) ; CFA académique (Saint-Pierre) ; Lycée Jean Hinglo "
          "(Le Port)."),
        P("4. Jury", heading=1),
        P("La délibération du jury aura lieu le mardi 24 juin 2025 à 14 h au rectorat à Saint-Denis."),
        P("Publication des résultats : vendredi 27 juin 2025 à 10 h."),
        P("Le recteur de la région académique de La Réunion"),
    ],
    gold={
        "examen": {"sigle": "TOURISME", "session": 2025, "academie": "La Réunion"},
        "portee": "academique",
        "date_document": "2025-02-06",
        "codes": ["E1", "E2", "E3", "E4", "E5", "E6", "EF1"],
        "codes_optionnels": [],
        "centres": [{"mots": ["bellepierre"], "ville": "Saint-Denis"},
                    {"mots": ["lislet"], "ville": "Saint-Denis"}],
        "centres_optionnels": [{"mots": ["rectorat"], "ville": "Saint-Denis"}],
        "dates": [["2025-05-12", None], ["2025-05-13", None], ["2025-05-14", None], ["2025-05-15", None],
                  ["2025-05-21", "2025-05-22"], ["2025-06-03", None], ["2025-05-09", None],
                  ["2025-05-16", None], ["2025-06-24", None], ["2025-06-27", None]],
        "dates_optionnelles": [["2025-05-21", None], ["2025-05-22", None]],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2025-05-12T16:00", "fin": "2025-05-12T20:00"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2025-05-13T12:00", "fin": "2025-05-13T14:00"},
            {"type": "epreuve", "epreuves": [["E4"]], "debut": "2025-05-14T11:00", "fin": "2025-05-14T15:00"},
            {"type": "epreuve", "epreuves": [["E5"]], "debut": "2025-05-15T16:00", "fin": "2025-05-15T19:00"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2025-05-21"},
            {"type": "epreuve", "epreuves": [["EF1"]], "debut": "2025-06-03"},
            {"type": "depot_dossier", "epreuves": [["E3"]], "debut": "2025-05-09"},
            {"type": "controle_conformite", "debut": "2025-05-16T14:00"},
            {"type": "jury", "debut": "2025-06-24T14:00"},
            {"type": "resultats", "debut": "2025-06-27T10:00"},
        ],
    },
)

# ------------------------------------------------------------------------------------- SAM 2026 (holdout)

SAM_2026 = Circular(
    name="circulaire_sam_2026_nationale",
    split="dev",  # holdout v1: measured once (README), then used to fix what it showed
    landscape=True,
    body=[
        P("MINISTÈRE DE L'ÉDUCATION NATIONALE", bold=True),
        P("Direction générale de l'enseignement scolaire – sous-direction des diplômes"),
        P("Note de service émise le 2 décembre 2025"),
        P("Aux rectrices et recteurs d'académie, aux vice-recteurs"),
        P("Objet : BTS Support à l'action managériale (SAM) – calendrier de la session 2026"),
        P("Texte de référence : arrêté du 6 août 2018 portant définition et fixant les conditions de "
          "délivrance du BTS SAM."),
        P("Les sujets de l'épreuve E4 sont conçus à l'initiative de l'académie de Montpellier. Le "
          "calendrier ci-dessous s'applique à tous les centres d'examen."),
        P("Calendrier de la session 2026", heading=1),
        T([
            ["Épreuve", "Date", "Durée", "Métropole", "Guadeloupe – Martinique", "Guyane",
             "La Réunion – Mayotte", "Polynésie française", "Nouvelle-Calédonie"],
            ["ÉPREUVES ÉCRITES"] + [None] * 8,
            ["E1 – Culture générale et expression", "Mardi 12 mai 2026", "4 h", "13h30 – 17h30",
             "7h30 – 11h30", "8h30 – 12h30", "15h30 – 19h30", "(sujet spécifique) 7h30 – 11h30",
             "(sujet spécifique) 12h00 – 16h00"],
            ["E2 – Culture économique, juridique et managériale", "Mercredi 13 mai 2026", "4 h",
             "9h00 – 13h00 (pas de sortie avant la fin de la 2e heure)", "7h00 – 11h00", "8h00 – 12h00",
             "11h00 – 15h00", "(sujet spécifique) 8h00 – 12h00", "(sujet spécifique) 7h30 – 11h30"],
            ["E3 – Langue vivante étrangère A : compréhension de l'écrit", "Jeudi 14 mai 2026", "2 h",
             "10h00 – 12h00", "7h00 – 9h00", "7h30 – 9h30", "12h00 – 14h00", "(sujet spécifique) 7h00 – 9h00",
             "(sujet spécifique) 13h00 – 15h00"],
            ["E4 A – Optimisation des processus administratifs : étude de cas", "Vendredi 15 mai 2026", "4 h",
             "14h00 – 18h00", "8h00 – 12h00", "9h00 – 13h00", "16h00 – 20h00",
             "(sujet spécifique) 8h00 – 12h00", "(sujet spécifique) 12h30 – 16h30"],
            ["ÉPREUVES ORALES ET PRATIQUES"] + [None] * 8,
            ["E4 B – Optimisation des processus administratifs : présentation orale",
             "Du mardi 26 au vendredi 29 mai, du lundi 1er au mercredi 3 juin et du lundi 8 au jeudi 11 juin "
             "2026", "30 min", "Selon la convocation du centre"] + [None] * 5,
            ["E5 – Gestion de projet", "Du lundi 1er au vendredi 5 juin 2026", "40 min",
             "Selon la convocation du centre"] + [None] * 5,
            ["RÉUNION D'ENTENTE NATIONALE"] + [None] * 8,
            ["E4 A", "Lundi 18 mai 2026", "", "14h00", "Visioconférence"] + [None] * 4,
            ["Autres épreuves orales (E3 partie orale, E6) : calendrier laissé à l'initiative des recteurs"]
            + [None] * 8,
        ], merges=[(1, 0, 1, 8), (6, 0, 6, 8), (7, 3, 7, 8), (8, 3, 8, 8), (9, 0, 9, 8), (10, 4, 10, 8),
                   (11, 0, 11, 8)],
            widths=[5.4, 3.6, 1.4, 2.6, 2.4, 2.2, 2.4, 2.6, 2.6], font=8),
        P("Le lundi 25 mai 2026 (lundi de Pentecôte) est férié."),
        P("Les dossiers de l'épreuve E5 seront transmis aux centres d'interrogation au plus tard le vendredi "
          "22 mai 2026."),
        P("Les dossiers de l'épreuve E4 B sont à renvoyer avant le lundi 18 mai 2026."),
        P("Modèle d'attestation de conformité", heading=1),
        P("Je soussigné(e) ……………………, chef(fe) de centre, atteste la conformité du dossier de ……………………."),
        P("Fait à ……………………, le …/…/20…"),
        P("Grilles d'évaluation", heading=1),
        *grids("SAM", 2026, ["E4 B", "E5", "E6"], 12),
        PB(),
        P("Pour le ministre et par délégation, la directrice générale de l'enseignement scolaire"),
    ],
    gold={
        "examen": {"sigle": "SAM", "session": 2026, "academie": None},
        "portee": "nationale",
        "date_document": "2025-12-02",
        "codes": ["E1", "E2", "E3", "E4", "E4A", "E4B", "E5", "E6"],
        "codes_optionnels": [],
        "centres": [],
        "centres_optionnels": [],
        "dates": [["2026-05-12", None], ["2026-05-13", None], ["2026-05-14", None], ["2026-05-15", None],
                  ["2026-05-26", "2026-05-29"], ["2026-06-01", "2026-06-03"], ["2026-06-08", "2026-06-11"],
                  ["2026-06-01", "2026-06-05"], ["2026-05-18", None], ["2026-05-22", None]],
        "dates_optionnelles": [],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2026-05-12T13:30", "fin": "2026-05-12T17:30"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2026-05-13T09:00", "fin": "2026-05-13T13:00"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2026-05-14T10:00", "fin": "2026-05-14T12:00"},
            {"type": "epreuve", "epreuves": [["E4A"]], "debut": "2026-05-15T14:00", "fin": "2026-05-15T18:00"},
            {"type": "epreuve", "epreuves": [["E4B"]], "debut": "2026-05-26", "fin": "2026-05-29"},
            {"type": "epreuve", "epreuves": [["E4B"]], "debut": "2026-06-01", "fin": "2026-06-03"},
            {"type": "epreuve", "epreuves": [["E4B"]], "debut": "2026-06-08", "fin": "2026-06-11"},
            {"type": "epreuve", "epreuves": [["E5"]], "debut": "2026-06-01", "fin": "2026-06-05"},
            {"type": "reunion", "epreuves": [["E4A"]], "debut": "2026-05-18T14:00"},
            {"type": "depot_dossier", "epreuves": [["E5"]], "debut": "2026-05-22"},
            {"type": "depot_dossier", "epreuves": [["E4B"]], "debut": "2026-05-18"},
        ],
    },
)

# -------------------------------------------------------------------------------------- CG 2025 (holdout)

CG_2025 = Circular(
    name="circulaire_cg_2025_rennes",
    split="dev",  # holdout v1: measured once (README), then used to fix what it showed
    landscape=False,
    scan=True,
    body=[
        P("Région académique Bretagne"),
        P("Division des examens et concours – DEC 4"),
        P("Rennes, le 20 janvier 2025"),
        P("Objet : BTS Comptabilité et gestion (CG) – session 2025 – organisation inter-académique"),
        P("Les modalités ci-dessous reprennent la convention de regroupement établie à l'initiative de "
          "l'académie de Nantes pour les épreuves orales."),
        P("Académie pilote : Rennes"),
        P("Académies associées : Caen, Nantes"),
        P("1 – Centres d'examen", heading=1),
        P("Centres d'écrit : Lycée Bertrand d'Argentré, 15 rue du Collège, 35500 Vitré ; Lycée "
          "Chateaubriand, 136 boulevard de Vitré, CS 10637, 35706 Rennes CEDEX 7."),
        P("Centre d'oral :"),
        P("Lycée Alain-René Lesage"),
        P("20 rue Winston Churchill – BP 10"),
        P("56017 Vannes CEDEX"),
        P("Les candidats libres composent au lycée B. Argentré."),
        P("Établissements de formation : Lycée Jean Guéhenno (Fougères), CFA de la CCI (Ploufragan), "
          "Lycée Saint-Martin (Rennes)."),
        P("2 – Épreuves écrites", heading=1),
        T([
            ["Épreuve", "Date", "Heure", "Durée"],
            ["E1 – Culture générale et expression", "Lundi 12 mai 2025", "14h00 – 18h00", "4 h"],
            ["E2 – Langue vivante étrangère : anglais", "Mardi 13 mai 2025", "10h00 – 12h00", "2 h"],
            ["E3 – Mathématiques appliquées", None, "14h00 – 16h00", "2 h"],
            ["E4 – Culture économique, juridique et managériale", "Mercredi 14 mai 2025",
             "9h00 – 13h00 (1re partie)", "4 h"],
            [None, "Jeudi 15 mai 2025", "9h00 – 11h00 (2e partie)", "2 h"],
            ["E5 – Situations de contrôle de gestion et d'analyse financière", "Vendredi 16 mai 2025",
             "8h30 – 12h30", "4 h"],
        ], merges=[(2, 1, 3, 1), (4, 0, 5, 0)], widths=[7, 3.6, 3.6, 1.6]),
        P("3 – Épreuve orale E6", heading=1),
        P("L'épreuve orale E6 se déroulera du lundi 2 au mercredi 4 juin et du mardi 10 au vendredi 13 juin "
          "2025 au lycée Chateaubriand à Rennes et au lycée Lesage à Vannes."),
        P("Le lundi 9 juin 2025 (Pentecôte) est férié."),
        P("Les dossiers E6 (tableaux de synthèse et attestations) seront transmis à la division des examens "
          "au plus tard le vendredi 25 avril 2025."),
        P("La commission d'examen de conformité se réunira le mardi 6 mai 2025 à 10 h au lycée "
          "Chateaubriand."),
        P("Les fiches d'évaluation sont à renvoyer avant le lundi 16 juin 2025."),
        P("Texte de référence : arrêté du 6 mars 2019 modifié. Modèle de reçu : « remis le …/…/20… »."),
        P("4 – Jury", heading=1),
        P("Le jury se réunira le jeudi 26 juin 2025 à 14 h au lycée Chateaubriand."),
        P("Publication des résultats : vendredi 27 juin 2025 à 10 h."),
        P("Pour la rectrice et par délégation, le secrétaire général adjoint"),
    ],
    gold={
        "examen": {"sigle": "CG", "session": 2025, "academie": "Rennes"},
        "portee": "academique",
        "date_document": "2025-01-20",
        "codes": ["E1", "E2", "E3", "E4", "E5", "E6"],
        "codes_optionnels": [],
        "centres": [{"mots": ["argentre"], "ville": "Vitré"}, {"mots": ["chateaubriand"], "ville": "Rennes"},
                    {"mots": ["lesage"], "ville": "Vannes"}],
        "centres_optionnels": [],
        "dates": [["2025-05-12", None], ["2025-05-13", None], ["2025-05-14", None], ["2025-05-15", None],
                  ["2025-05-16", None], ["2025-06-02", "2025-06-04"], ["2025-06-10", "2025-06-13"],
                  ["2025-04-25", None], ["2025-05-06", None], ["2025-06-16", None], ["2025-06-26", None],
                  ["2025-06-27", None]],
        "dates_optionnelles": [],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2025-05-12T14:00", "fin": "2025-05-12T18:00"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2025-05-13T10:00", "fin": "2025-05-13T12:00"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2025-05-13T14:00", "fin": "2025-05-13T16:00"},
            {"type": "epreuve", "epreuves": [["E4"]], "debut": "2025-05-14T09:00", "fin": "2025-05-14T13:00"},
            {"type": "epreuve", "epreuves": [["E4"]], "debut": "2025-05-15T09:00", "fin": "2025-05-15T11:00"},
            {"type": "epreuve", "epreuves": [["E5"]], "debut": "2025-05-16T08:30", "fin": "2025-05-16T12:30"},
            {"type": "epreuve", "epreuves": [["E6"]], "debut": "2025-06-02", "fin": "2025-06-04"},
            {"type": "epreuve", "epreuves": [["E6"]], "debut": "2025-06-10", "fin": "2025-06-13"},
            {"type": "depot_dossier", "epreuves": [["E6"]], "debut": "2025-04-25"},
            {"type": "controle_conformite", "debut": "2025-05-06T10:00"},
            {"type": "jury", "debut": "2025-06-26T14:00"},
            {"type": "resultats", "debut": "2025-06-27T10:00"},
        ],
    },
)

# ----------------------------------------------------------------------------- CI 2027 (holdout v2)

CI_2027 = Circular(
    name="circulaire_ci_2027_lille",
    split="dev",  # holdout v2: measured once (README), then used to fix what it showed
    landscape=False,
    scan=True,
    body=[
        P("Rectorat de la région académique Hauts-de-France"),
        P("Division des examens et concours – pôle BTS"),
        P("Lille, le 18 janvier 2027"),
        P("Objet : brevet de technicien supérieur Commerce international – session 2027"),
        P("Pièces jointes : calendrier des épreuves, liste des centres, modèle de bordereau."),
        P("Le présent document fixe l'organisation des épreuves pour les candidats scolarisés, apprentis et "
          "libres. La banque de sujets a été constituée à l'initiative de l'académie d'Amiens."),
        P("A. Lieux d'examen", heading=2),
        P("Épreuves écrites et orales :"),
        P("Lycée Gaston Berger"),
        P("Avenue Gaston Berger"),
        P("59000 Lille"),
        P("Épreuves orales seulement : Lycée Voltaire, 12 rue des Acacias, BP 204, 59300 Valenciennes CEDEX."),
        P("Lieux de formation : Lycée Baggio (Lille), CFA du commerce (Roubaix), Lycée Jean Rostand (Roubaix)."),
        P("B. Épreuves écrites", heading=2),
        T([
            ["Épreuve", "Date", "Horaires", "Durée"],
            ["E1 – Culture générale et expression", "Lundi 10 mai 2027", "8h30 – 12h30", "4 h"],
            ["E2 – Langue vivante A : anglais", None, "14h00 – 16h00", "2 h"],
            ["E3 – Culture économique, juridique et managériale", "Mardi 11 mai 2027", "13h30 – 17h30", "4 h"],
            ["E5 – A : Prospection et suivi de clientèle (partie écrite)", "Mercredi 12 mai 2027",
             "9h00 – 12h00\n(pas de sortie avant 10h00)", "3 h"],
        ], merges=[(1, 1, 2, 1)], widths=[7, 4, 4, 2]),
        P("Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (Pentecôte) sont fériés."),
        P("C. Épreuves orales", heading=2),
        P("Les épreuves orales E4 se dérouleront du mercredi 2 au vendredi 4 juin et du lundi 7 au mercredi 9 "
          "juin 2027 au lycée Gaston Berger à Lille."),
        P("L'épreuve E5 – B (partie orale) aura lieu le jeudi 10 juin 2027 au lycée Voltaire de Valenciennes."),
        P("Les dossiers E4 sont à renvoyer avant le vendredi 14 mai 2027 à 16 h au lycée Gaston Berger."),
        P("La réunion d'harmonisation des correcteurs de l'épreuve E5 – A se tiendra le mardi 25 mai 2027 à "
          "9 h 30."),
        P("L'épreuve E6 est évaluée en contrôle en cours de formation."),
        P("Bordereau de remise : « reçu le …/…/20… à … h … »."),
        P("D. Délibération", heading=2),
        P("Le jury de délibération se réunira le mercredi 23 juin 2027 à 10 h au rectorat de Lille."),
        P("Les résultats seront publiés le vendredi 25 juin 2027 à 14 h."),
        P("Pour le recteur de l'académie de Lille et par délégation,"),
        P("Le chef de la division des examens et concours"),
    ],
    gold={
        "examen": {"sigle": "CI", "session": 2027, "academie": "Lille"},
        "portee": "academique",
        "date_document": "2027-01-18",
        "codes": ["E1", "E2", "E3", "E4", "E5", "E5A", "E5B", "E6"],
        "codes_optionnels": [],
        "centres": [{"mots": ["berger"], "ville": "Lille"}, {"mots": ["voltaire"], "ville": "Valenciennes"}],
        "centres_optionnels": [{"mots": ["rectorat"], "ville": "Lille"}],
        "dates": [["2027-05-10", None], ["2027-05-11", None], ["2027-05-12", None],
                  ["2027-06-02", "2027-06-04"], ["2027-06-07", "2027-06-09"], ["2027-06-10", None],
                  ["2027-05-14", None], ["2027-05-25", None], ["2027-06-23", None], ["2027-06-25", None]],
        "dates_optionnelles": [],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2027-05-10T08:30", "fin": "2027-05-10T12:30"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2027-05-10T14:00", "fin": "2027-05-10T16:00"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2027-05-11T13:30", "fin": "2027-05-11T17:30"},
            {"type": "epreuve", "epreuves": [["E5A"]], "debut": "2027-05-12T09:00", "fin": "2027-05-12T12:00"},
            {"type": "epreuve", "epreuves": [["E4"]], "debut": "2027-06-02", "fin": "2027-06-04"},
            {"type": "epreuve", "epreuves": [["E4"]], "debut": "2027-06-07", "fin": "2027-06-09"},
            {"type": "epreuve", "epreuves": [["E5B"]], "debut": "2027-06-10"},
            {"type": "depot_dossier", "epreuves": [["E4"]], "debut": "2027-05-14T16:00"},
            {"type": "reunion", "epreuves": [["E5A"]], "debut": "2027-05-25T09:30"},
            {"type": "jury", "debut": "2027-06-23T10:00"},
            {"type": "resultats", "debut": "2027-06-25T14:00"},
        ],
    },
)

# ----------------------------------------------------------------------------- MHR 2027 (holdout v2)

MHR_2027 = Circular(
    name="circulaire_mhr_2027_nationale",
    split="dev",  # holdout v2: measured once (README), then used to fix what it showed
    landscape=True,
    body=[
        P("MINISTÈRE DE L'ÉDUCATION NATIONALE", bold=True),
        P("Direction générale de l'enseignement scolaire – bureau des diplômes"),
        P("Note de service émise le 9 décembre 2026"),
        P("Mesdames et Messieurs les recteurs et rectrices d'académie ; Monsieur le vice-recteur de "
          "Nouvelle-Calédonie"),
        P("Objet : session 2027 du BTS Management en hôtellerie restauration (MHR) – calendrier national"),
        P("Référence : arrêté du 27 mai 2018 portant définition du BTS MHR."),
        P("Les sujets des épreuves E3 sont mis au point à l'initiative de l'académie de Nancy-Metz ; la "
          "présente note s'applique à tous les centres."),
        P("Calendrier national", heading=1),
        T([
            ["Épreuve", "Date", "Durée", "Métropole", "Antilles – Guyane", "Réunion – Mayotte", "Polynésie",
             "Nouvelle-Calédonie"],
            ["ÉPREUVES ÉCRITES"] + [None] * 7,
            ["E1 – Culture générale et expression", "Mardi 11 mai 2027", "4 h", "14h00 – 18h00",
             "8h00 – 12h00", "16h00 – 20h00", "(sujet spécifique) 8h00 – 12h00", "(sujet spécifique) 7h00 – 11h00"],
            ["E2 – Communication en langue vivante étrangère", "Mercredi 12 mai 2027", "2 h", "9h00 – 11h00",
             "7h00 – 9h00", "11h00 – 13h00", "(sujet spécifique) 7h00 – 9h00", "(sujet spécifique) 13h00 – 15h00"],
            ["E3 – A : Entrepreneuriat et pilotage de l'entreprise", "Jeudi 13 mai 2027", "4 h",
             "13h30 – 17h30 (pas de sortie avant la fin de la 2e heure)", "7h30 – 11h30", "15h30 – 19h30",
             "(sujet spécifique) 7h30 – 11h30", "(sujet spécifique) 8h00 – 12h00"],
            ["ÉPREUVES ORALES ET PRATIQUES"] + [None] * 7,
            ["E3B – Management de la production de services",
             "Du lundi 31 mai au vendredi 4 juin, du lundi 7 au vendredi 11 juin et du lundi 14 au mercredi 16 "
             "juin 2027", "1 h", "Selon la convocation"] + [None] * 4,
            ["RÉUNION D'ENTENTE NATIONALE"] + [None] * 7,
            ["E3 – A", "Mardi 18 mai 2027", "", "10h00", "Classe virtuelle"] + [None] * 3,
            ["Autres épreuves orales (E4, E5) : dates laissées à l'initiative des recteurs"] + [None] * 7,
        ], merges=[(1, 0, 1, 7), (5, 0, 5, 7), (6, 3, 6, 7), (7, 0, 7, 7), (8, 4, 8, 7), (9, 0, 9, 7)],
            font=8),
        P("Le lundi 17 mai 2027 est férié (lundi de Pentecôte)."),
        P("Les dossiers de l'épreuve E3B seront transmis aux centres d'interrogation au plus tard le vendredi "
          "21 mai 2027."),
        P("Modèle d'attestation de stage", heading=1),
        P("Je soussigné(e) …………………… atteste que le stagiaire a accompli sa période en entreprise."),
        P("Fait à ……………, le …/…/20…"),
        P("Grilles d'évaluation", heading=1),
        *grids("MHR", 2027, ["E3B", "E4", "E5"], 6),
        PB(),
        P("Pour le ministre et par délégation, le directeur général de l'enseignement scolaire"),
    ],
    gold={
        "examen": {"sigle": "MHR", "session": 2027, "academie": None},
        "portee": "nationale",
        "date_document": "2026-12-09",
        "codes": ["E1", "E2", "E3", "E3A", "E3B", "E4", "E5"],
        "codes_optionnels": [],
        "centres": [],
        "centres_optionnels": [],
        "dates": [["2027-05-11", None], ["2027-05-12", None], ["2027-05-13", None],
                  ["2027-05-31", "2027-06-04"], ["2027-06-07", "2027-06-11"], ["2027-06-14", "2027-06-16"],
                  ["2027-05-18", None], ["2027-05-21", None]],
        "dates_optionnelles": [],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2027-05-11T14:00", "fin": "2027-05-11T18:00"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2027-05-12T09:00", "fin": "2027-05-12T11:00"},
            {"type": "epreuve", "epreuves": [["E3A"]], "debut": "2027-05-13T13:30", "fin": "2027-05-13T17:30"},
            {"type": "epreuve", "epreuves": [["E3B"]], "debut": "2027-05-31", "fin": "2027-06-04"},
            {"type": "epreuve", "epreuves": [["E3B"]], "debut": "2027-06-07", "fin": "2027-06-11"},
            {"type": "epreuve", "epreuves": [["E3B"]], "debut": "2027-06-14", "fin": "2027-06-16"},
            {"type": "reunion", "epreuves": [["E3A"]], "debut": "2027-05-18T10:00"},
            {"type": "depot_dossier", "epreuves": [["E3B"]], "debut": "2027-05-21"},
        ],
    },
)

# ------------------------------------------------------------------------------ MS 2026 (holdout v3)

MS_2026 = Circular(
    name="circulaire_ms_2026_nancy-metz",
    split="dev",  # holdout v3: measured once (README), then used to fix what it showed
    landscape=False,
    scan=True,
    body=[
        P("Région académique Grand Est"),
        P("Rectorat – division des examens et concours – DEC 2"),
        P("Nancy, le 2 février 2026"),
        P("Objet : BTS Maintenance des systèmes (MS) – organisation de la session 2026"),
        P("Références : arrêté du 22 juillet 2008 ; note de service nationale émise le 18 novembre 2025."),
        P("Les candidats inscrits dans l'académie de Strasbourg passent leurs épreuves dans leur académie ; la "
          "présente circulaire ne les concerne pas."),
        P("1. Centres d'épreuves", heading=1),
        P("Écrits et épreuves E5 A :"),
        P("Lycée Henri Loritz"),
        P("29 rue des Jardiniers"),
        P("CS 34210"),
        P("54042 Nancy CEDEX"),
        P("Épreuve E5 B : Lycée Louis Vincent, 4 rue de Verdun, 57000 Metz."),
        P("Établissements de formation : CFA Gustave Eiffel (Lunéville) ; Lycée Cyfflé (Nancy)."),
        P("2. Épreuves écrites", heading=1),
        T([
            ["Épreuve", "Date", "Horaires"],
            ["E.1 – Culture générale et expression", "Lundi 11 mai 2026", "8h00 – 12h00"],
            ["E.2 – Langue vivante étrangère : anglais", None, "14h00 – 16h00"],
            ["E.3 – Mathématiques", "Mardi 12 mai 2026", "10h00 – 12h00"],
            ["E.4.1 – Analyse technique d'un système", "Mercredi 13 mai 2026", "8h00 – 14h00"],
        ], merges=[(1, 1, 2, 1)], widths=[8, 4.5, 4.5]),
        P("Le lundi 25 mai 2026 est un jour férié."),
        P("3. Épreuves pratiques et orales", heading=1),
        P("Les rapports de stage (dossiers E.4.2) seront déposés sur la plateforme académique au plus tard le lundi "
          "27 avril 2026 à 12 h."),
        P("Les épreuves E5 A se dérouleront du lundi 1er au mercredi 3 juin et du lundi 8 au mercredi 10 juin 2026 au "
          "lycée Loritz à Nancy."),
        T([
            ["Épreuve", "Dates", "Centre"],
            ["E5 B – Intervention sur un système", "Jeudi 11 et vendredi 12 juin 2026", "Lycée Louis Vincent, Metz"],
            ["E6 – Rapport d'activités", "Contrôle en cours de formation", "—"],
        ], widths=[7, 5, 5]),
        P("Une réunion d'entente des examinateurs de l'épreuve E5 B aura lieu le jeudi 4 juin 2026 à 14 h au lycée "
          "Louis Vincent."),
        P("Feuille d'émargement : date de l'épreuve …/…/20…"),
        P("4. Jury", heading=1),
        P("Le jury de délibération se réunira le mardi 30 juin 2026 à 9 h au rectorat de Nancy."),
        P("Les résultats seront publiés le vendredi 3 juillet 2026 à 10 h."),
        P("La rectrice de l'académie de Nancy-Metz"),
    ],
    gold={
        "examen": {"sigle": "MS", "session": 2026, "academie": "Nancy-Metz"},
        "portee": "academique",
        "date_document": "2026-02-02",
        "codes": ["E1", "E2", "E3", "E41", "E42", "E5", "E5A", "E5B", "E6"],
        "codes_optionnels": ["E4"],
        "centres": [{"mots": ["loritz"], "ville": "Nancy"}, {"mots": ["vincent"], "ville": "Metz"}],
        "centres_optionnels": [{"mots": ["rectorat"], "ville": "Nancy"}],
        "dates": [["2026-05-11", None], ["2026-05-12", None], ["2026-05-13", None], ["2026-04-27", None],
                  ["2026-06-01", "2026-06-03"], ["2026-06-08", "2026-06-10"], ["2026-06-11", "2026-06-12"],
                  ["2026-06-04", None], ["2026-06-30", None], ["2026-07-03", None]],
        "dates_optionnelles": [["2026-06-11", None], ["2026-06-12", None]],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2026-05-11T08:00", "fin": "2026-05-11T12:00"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2026-05-11T14:00", "fin": "2026-05-11T16:00"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2026-05-12T10:00", "fin": "2026-05-12T12:00"},
            {"type": "epreuve", "epreuves": [["E41"]], "debut": "2026-05-13T08:00", "fin": "2026-05-13T14:00"},
            {"type": "depot_dossier", "epreuves": [["E42"]], "debut": "2026-04-27T12:00"},
            {"type": "epreuve", "epreuves": [["E5A"]], "debut": "2026-06-01", "fin": "2026-06-03"},
            {"type": "epreuve", "epreuves": [["E5A"]], "debut": "2026-06-08", "fin": "2026-06-10"},
            {"type": "epreuve", "epreuves": [["E5B"]], "debut": "2026-06-11"},
            {"type": "reunion", "epreuves": [["E5B"]], "debut": "2026-06-04T14:00"},
            {"type": "jury", "debut": "2026-06-30T09:00"},
            {"type": "resultats", "debut": "2026-07-03T10:00"},
        ],
    },
)

# ---------------------------------------------------------------------------- GPME 2025 (holdout v3)

GPME_2025 = Circular(
    name="circulaire_gpme_2025_nationale",
    split="dev",  # holdout v3: measured once (README), then used to fix what it showed
    landscape=True,
    body=[
        P("MINISTÈRE DE L'ÉDUCATION NATIONALE", bold=True),
        P("Direction générale de l'enseignement scolaire"),
        P("Note de service émise le 20 novembre 2024"),
        P("Aux recteurs et rectrices d'académie ; au vice-recteur de Nouvelle-Calédonie"),
        P("Objet : BTS Gestion de la PME – calendrier de la session 2025"),
        P("Les sujets de l'épreuve E5 sont préparés à l'initiative de l'académie de Poitiers."),
        P("Annexe – calendrier des épreuves", heading=1),
        T([
            ["Épreuve", "Date", "Durée", "Métropole", "Guadeloupe", "Martinique", "Guyane", "La Réunion",
             "Saint-Pierre-et-Miquelon", "Nouvelle-Calédonie"],
            ["ÉPREUVES ÉCRITES"] + [None] * 9,
            ["E1 – Culture générale et expression", "Lundi 12 mai 2025", "4 h", "14h00 – 18h00", "8h00 – 12h00",
             "8h00 – 12h00", "9h00 – 13h00", "16h00 – 20h00", "9h00 – 13h00", "(sujet spécifique) 7h30 – 11h30"],
            ["E2 – Communication en langue vivante étrangère", "Mardi 13 mai 2025", "2 h", "10h00 – 12h00",
             "7h30 – 9h30", "7h30 – 9h30", "7h30 – 9h30", "12h00 – 14h00", "7h30 – 9h30",
             "(sujet spécifique) 8h00 – 10h00"],
            ["E3 – Culture économique, juridique et managériale", "Mardi 13 mai 2025", "4 h",
             "14h00 – 18h00 (pas de sortie avant 16h00)", "8h00 – 12h00", "8h00 – 12h00", "9h00 – 13h00",
             "16h00 – 20h00", "9h00 – 13h00", "(sujet spécifique) 12h00 – 16h00"],
            ["E5-A – Gestion des ressources humaines : étude de cas", "Mercredi 14 mai 2025", "4 h",
             "9h00 – 13h00", "7h30 – 11h30", "7h30 – 11h30", "7h30 – 11h30", "11h00 – 15h00", "7h30 – 11h30",
             "(sujet spécifique) 13h00 – 17h00"],
            ["ÉPREUVES ORALES"] + [None] * 9,
            ["E5-B – Gestion des ressources humaines : oral",
             "Du lundi 19 au vendredi 23 mai, du lundi 2 au mercredi 4 juin et du lundi 16 au mercredi 18 juin 2025",
             "30 min", "Selon la convocation"] + [None] * 6,
            ["RÉUNION D'ENTENTE NATIONALE"] + [None] * 9,
            ["E5-A", "Jeudi 15 mai 2025", "", "9h30", "Visioconférence"] + [None] * 5,
            ["Autres épreuves orales (E4, E6) : dates laissées à l'initiative des recteurs"] + [None] * 9,
        ], merges=[(1, 0, 1, 9), (6, 0, 6, 9), (7, 3, 7, 9), (8, 0, 8, 9), (9, 4, 9, 9), (10, 0, 10, 9)],
            font=8),
        P("Le lundi 9 juin 2025 (lundi de Pentecôte) est férié."),
        P("Les dossiers de l'épreuve E5-B sont à renvoyer avant le vendredi 9 mai 2025."),
        P("Grilles d'évaluation", heading=1),
        *grids("GPME", 2025, ["E4", "E5-B", "E6"], 8),
        PB(),
        P("Pour le ministre et par délégation, le directeur général de l'enseignement scolaire"),
    ],
    gold={
        "examen": {"sigle": "GPME", "session": 2025, "academie": None},
        "portee": "nationale",
        "date_document": "2024-11-20",
        "codes": ["E1", "E2", "E3", "E4", "E5", "E5A", "E5B", "E6"],
        "codes_optionnels": [],
        "centres": [],
        "centres_optionnels": [],
        "dates": [["2025-05-12", None], ["2025-05-13", None], ["2025-05-14", None], ["2025-05-15", None],
                  ["2025-05-19", "2025-05-23"], ["2025-06-02", "2025-06-04"], ["2025-06-16", "2025-06-18"],
                  ["2025-05-09", None]],
        "dates_optionnelles": [],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2025-05-12T14:00", "fin": "2025-05-12T18:00"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2025-05-13T10:00", "fin": "2025-05-13T12:00"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2025-05-13T14:00", "fin": "2025-05-13T18:00"},
            {"type": "epreuve", "epreuves": [["E5A"]], "debut": "2025-05-14T09:00", "fin": "2025-05-14T13:00"},
            {"type": "epreuve", "epreuves": [["E5B"]], "debut": "2025-05-19", "fin": "2025-05-23"},
            {"type": "epreuve", "epreuves": [["E5B"]], "debut": "2025-06-02", "fin": "2025-06-04"},
            {"type": "epreuve", "epreuves": [["E5B"]], "debut": "2025-06-16", "fin": "2025-06-18"},
            {"type": "reunion", "epreuves": [["E5A"]], "debut": "2025-05-15T09:30"},
            {"type": "depot_dossier", "epreuves": [["E5B"]], "debut": "2025-05-09"},
        ],
    },
)

# ------------------------------------------------------------------------------ SN 2026 (holdout v4)

SN_2026 = Circular(
    name="circulaire_sn_2026_toulouse",
    split="holdout",
    landscape=False,
    scan=True,
    body=[
        P("Rectorat de l'académie de Toulouse"),
        P("Division des examens et concours"),
        P("Toulouse, le 26 janvier 2026"),
        P("Objet : BTS Systèmes numériques – session 2026 – dispositions d'organisation"),
        P("Le calendrier ci-dessous a été arrêté en lien avec l'académie de Montpellier pour les candidats "
          "libres."),
        P("I – Centres", heading=1),
        P("Centre principal :"),
        P("Lycée Pierre-Paul Riquet"),
        P("22 avenue de Fonsorbes"),
        P("31490 Saint-Orens"),
        T([["Centre d'oral", "Ville"], ["Lycée Champollion", "Figeac"]], widths=[8, 8]),
        P("II – Épreuves écrites", heading=1),
        T([
            ["Épreuve", "Date", "Horaires"],
            ["E1 – Culture générale et expression", "Lundi 11 mai 2026", "9h00 – 13h00"],
            ["E2 – Anglais", None, "14h30 – 16h30"],
            ["E3 – Mathématiques", "Mardi 12 mai 2026", "8h00 – 10h00"],
            ["E4 – Étude d'un système numérique", "Mercredi 13 mai 2026", "8h00 – 12h00 (partie 1)"],
            [None, "Vendredi 15 mai 2026", "8h00 – 12h00 (partie 2)"],
        ], merges=[(1, 1, 2, 1), (4, 0, 5, 0)], widths=[7, 5, 5]),
        P("Le lundi 25 mai 2026 (Pentecôte) est férié."),
        P("III – Épreuves orales", heading=1),
        P("Les dossiers techniques E6 doivent parvenir au centre d'examen au plus tard le vendredi 15 mai 2026."),
        P("L'épreuve E6 se tiendra du lundi 1er au vendredi 5 juin 2026 au lycée Riquet à Saint-Orens."),
        P("L'épreuve E5 aura lieu les lundi 8, mardi 9 et mercredi 10 juin 2026 au lycée Champollion à Figeac."),
        P("Réunion d'harmonisation E5 : mardi 16 juin 2026 à 14 h, en visioconférence."),
        P("Accusé de réception du dossier : reçu le …/…/2026."),
        P("IV – Délibération", heading=1),
        P("Le jury de délibération se réunira le jeudi 2 juillet 2026 à 10 h."),
        P("Publication des résultats : vendredi 3 juillet 2026 à 14 h."),
        P("Pour le recteur de l'académie de Toulouse et par délégation"),
    ],
    gold={
        "examen": {"sigle": "SN", "session": 2026, "academie": "Toulouse"},
        "portee": "academique",
        "date_document": "2026-01-26",
        "codes": ["E1", "E2", "E3", "E4", "E5", "E6"],
        "codes_optionnels": [],
        "centres": [{"mots": ["riquet"], "ville": "Saint-Orens"}, {"mots": ["champollion"], "ville": "Figeac"}],
        "centres_optionnels": [],
        "dates": [["2026-05-11", None], ["2026-05-12", None], ["2026-05-13", None], ["2026-05-15", None],
                  ["2026-06-01", "2026-06-05"], ["2026-06-08", "2026-06-10"], ["2026-06-16", None],
                  ["2026-07-02", None], ["2026-07-03", None]],
        "dates_optionnelles": [["2026-06-08", None], ["2026-06-09", None], ["2026-06-10", None]],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2026-05-11T09:00", "fin": "2026-05-11T13:00"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2026-05-11T14:30", "fin": "2026-05-11T16:30"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2026-05-12T08:00", "fin": "2026-05-12T10:00"},
            {"type": "epreuve", "epreuves": [["E4"]], "debut": "2026-05-13T08:00", "fin": "2026-05-13T12:00"},
            {"type": "epreuve", "epreuves": [["E4"]], "debut": "2026-05-15T08:00", "fin": "2026-05-15T12:00"},
            {"type": "depot_dossier", "epreuves": [["E6"]], "debut": "2026-05-15"},
            {"type": "epreuve", "epreuves": [["E6"]], "debut": "2026-06-01", "fin": "2026-06-05"},
            {"type": "epreuve", "epreuves": [["E5"]], "debut": "2026-06-08"},
            {"type": "reunion", "epreuves": [["E5"]], "debut": "2026-06-16T14:00"},
            {"type": "jury", "debut": "2026-07-02T10:00"},
            {"type": "resultats", "debut": "2026-07-03T14:00"},
        ],
    },
)

# ----------------------------------------------------------------------------- CJN 2026 (holdout v4)

CJN_2026 = Circular(
    name="circulaire_cjn_2026_nationale",
    split="holdout",
    landscape=True,
    body=[
        P("MINISTÈRE DE L'ÉDUCATION NATIONALE", bold=True),
        P("Direction générale de l'enseignement scolaire"),
        P("Note de service émise le 5 décembre 2025"),
        P("Mesdames et Messieurs les recteurs d'académie"),
        P("Objet : BTS Collaborateur juriste notarial – session 2026"),
        P("Le sujet de l'épreuve E3 est élaboré à l'initiative de l'académie de Bordeaux."),
        P("Calendrier", heading=1),
        T([
            ["Épreuve", "Date", "Durée", "Métropole", "Antilles – Guyane", "La Réunion", "Polynésie française"],
            ["ÉPREUVES ÉCRITES"] + [None] * 6,
            ["E1 – Culture générale et expression", "Lundi 11 mai 2026", "4 h", "14h00 – 18h00", "8h00 – 12h00",
             "16h00 – 20h00", "(sujet spécifique) 8h00 – 12h00"],
            ["E2 – Langue vivante étrangère", "Mardi 12 mai 2026", "2 h", "10h00 – 12h00", "7h30 – 9h30",
             "12h00 – 14h00", "(sujet spécifique) 7h30 – 9h30"],
            ["E3 – Droit général et droit notarial", "Mardi 12 mai 2026", "3 h", "14h00 – 17h00", "8h00 – 11h00",
             "16h00 – 19h00", "(sujet spécifique) 12h00 – 15h00"],
            ["E4 – A : Techniques notariales (écrit)", "Mercredi 13 mai 2026", "4 h", "9h00 – 13h00",
             "7h30 – 11h30", "11h00 – 15h00", "(sujet spécifique) 13h00 – 17h00"],
            ["ÉPREUVE ORALE"] + [None] * 6,
            ["E4 – B : Techniques notariales (oral)",
             "Du mardi 2 au jeudi 4 juin et du mardi 9 au jeudi 11 juin 2026", "30 min", "Selon la convocation"]
            + [None] * 3,
            ["RÉUNION D'ENTENTE NATIONALE"] + [None] * 6,
            ["E4 – A", "Vendredi 15 mai 2026", "", "10h00", "Visioconférence"] + [None] * 2,
            ["Autres épreuves (E5, E6) : organisation laissée à l'initiative des recteurs"] + [None] * 6,
        ], merges=[(1, 0, 1, 6), (6, 0, 6, 6), (7, 3, 7, 6), (8, 0, 8, 6), (9, 4, 9, 6), (10, 0, 10, 6)],
            font=8),
        P("Les dossiers de l'épreuve E4 – B seront transmis aux centres au plus tard le vendredi 22 mai 2026."),
        P("Grilles d'évaluation", heading=1),
        *grids("CJN", 2026, ["E4 – B", "E5", "E6"], 4),
        PB(),
        P("Pour le ministre et par délégation"),
    ],
    gold={
        "examen": {"sigle": "CJN", "session": 2026, "academie": None},
        "portee": "nationale",
        "date_document": "2025-12-05",
        "codes": ["E1", "E2", "E3", "E4", "E4A", "E4B", "E5", "E6"],
        "codes_optionnels": [],
        "centres": [],
        "centres_optionnels": [],
        "dates": [["2026-05-11", None], ["2026-05-12", None], ["2026-05-13", None],
                  ["2026-06-02", "2026-06-04"], ["2026-06-09", "2026-06-11"], ["2026-05-15", None],
                  ["2026-05-22", None]],
        "dates_optionnelles": [],
        "cles": [
            {"type": "epreuve", "epreuves": [["E1"]], "debut": "2026-05-11T14:00", "fin": "2026-05-11T18:00"},
            {"type": "epreuve", "epreuves": [["E2"]], "debut": "2026-05-12T10:00", "fin": "2026-05-12T12:00"},
            {"type": "epreuve", "epreuves": [["E3"]], "debut": "2026-05-12T14:00", "fin": "2026-05-12T17:00"},
            {"type": "epreuve", "epreuves": [["E4A"]], "debut": "2026-05-13T09:00", "fin": "2026-05-13T13:00"},
            {"type": "epreuve", "epreuves": [["E4B"]], "debut": "2026-06-02", "fin": "2026-06-04"},
            {"type": "epreuve", "epreuves": [["E4B"]], "debut": "2026-06-09", "fin": "2026-06-11"},
            {"type": "reunion", "epreuves": [["E4A"]], "debut": "2026-05-15T10:00"},
            {"type": "depot_dossier", "epreuves": [["E4B"]], "debut": "2026-05-22"},
        ],
    },
)

CIRCULARS = [NDRC_2025, CPRP_2026, TOURISME_2025, SAM_2026, CG_2025, CI_2027, MHR_2027, MS_2026, GPME_2025,
             SN_2026, CJN_2026]
