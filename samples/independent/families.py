"""Attestation layout families: each writes a PDF (reportlab) or a DOCX/HTML for LibreOffice."""

from __future__ import annotations

import datetime as dt
import html
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from . import ink, rl
from .rl import CM, H, W
from .texts import Etudiant, Organisme, Personne, fr_du_au, fr_long, fr_num, semaines

REAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "real"  # ../shared/real from the repo root
NEGATIFS = ["boite_vide", "ligne_pointillee", "nom_seul", "lu_et_approuve", "signe_electroniquement",
            "logo_seul", "encre_etudiant"]


@dataclass
class Spec:
    """Everything an attestation shows, and the truth about it."""

    famille: str
    etudiant: Etudiant
    org: Organisme
    tuteur: Personne
    periodes: list[tuple[dt.date, dt.date]]
    style: str
    fait_le: dt.date
    signee: bool
    negatif: str | None
    variante: str
    seed: int
    fichier: str
    scan: str | None = None
    missions: list[str] = field(default_factory=list)
    gratification: str = ""

    @property
    def rng(self) -> random.Random:
        return random.Random(self.seed)

    @property
    def e(self) -> Personne:
        return self.etudiant.personne

    @property
    def il(self) -> str:
        return "elle" if self.e.feminin else "il"

    @property
    def ne(self) -> str:
        return "née" if self.e.feminin else "né"

    @property
    def eleve(self) -> str:
        return "étudiante" if self.e.feminin else "étudiant"

    def du_au(self, style: str | None = None) -> str:
        parts = [fr_du_au(a, b, style or self.style) for a, b in self.periodes]
        return " puis ".join(parts)

    @property
    def nb_semaines(self) -> float:
        return semaines(self.periodes)


@dataclass
class Rendu:
    """What a family produced: a finished PDF, or a source for LibreOffice (kind lo / lo_pdfa)."""

    kind: str
    path: Path


def fait_a(s: Spec, numerique: bool = False) -> str:
    d = fr_num(s.fait_le) if numerique else fr_long(s.fait_le)
    return f"Fait à {s.org.ville}, le {d}"


def corps(s: Spec) -> str:
    e = s.e
    return (f"Je soussigné{'e' if s.tuteur.feminin else ''} {s.tuteur.formel}, {s.tuteur.fonction.lower()} "
            f"de {s.org.nom}, atteste que {e.formel}, {s.eleve} en BTS Services informatiques aux organisations "
            f"(option {s.etudiant.option}) au {s.etudiant.lycee.split(',')[0]}, a effectué un stage au sein de "
            f"notre structure {s.du_au()}.")


def missions_text(s: Spec) -> str:
    return "Au cours de ce stage, " + s.il + " a notamment participé aux travaux suivants : " + \
        "; ".join(m[0].lower() + m[1:] for m in s.missions) + "."


# ---------------------------------------------------------------- reportlab zone helpers

def rl_zone(c, s: Spec, x: float, y_top: float, largeur: float = 6 * CM, cachet: bool | None = None) -> None:
    """The organisation's signature zone, top-left at (x, y_top): ink, or one of the unsigned negatives."""
    rng = s.rng
    if s.signee:
        if cachet if cachet is not None else rng.random() < 0.4:
            ink.rl_stamp(c, x + largeur * 0.65, y_top - 1.7 * CM, 1.5 * CM, s.org.nom, s.org.ville, rng,
                         forme=rng.choice(["rond", "rectangle"]))
        ink.rl_signature(c, x, y_top - 2.2 * CM, min(largeur, 5 * CM), rng)
        return
    neg = s.negatif
    c.saveState()
    if neg == "boite_vide":
        c.setLineWidth(0.6)
        c.rect(x, y_top - 2.6 * CM, largeur, 2.4 * CM)
    elif neg == "ligne_pointillee":
        c.setDash(1, 2)
        c.line(x, y_top - 1.8 * CM, x + largeur, y_top - 1.8 * CM)
    elif neg == "lu_et_approuve":
        c.setFont(rl.f("sans"), 10)
        c.drawString(x, y_top - 1.0 * CM, "Lu et approuvé")
    elif neg == "signe_electroniquement":
        c.setFont(rl.f("sans"), 8.5)
        c.drawString(x, y_top - 0.9 * CM, f"Signé électroniquement par {s.tuteur.complet}")
        c.drawString(x, y_top - 1.3 * CM, f"le {fr_num(s.fait_le)} à {rng.randint(8, 18)}:{rng.randint(0, 59):02d}")
    c.restoreState()


def rl_logo(c, s: Spec, x: float, y: float, size: float = 1.6 * CM, texte: bool = True) -> None:
    r, g, b = (v / 255 for v in s.org.couleur)
    c.saveState()
    c.setFillColorRGB(r, g, b)
    c.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(rl.f("sans-b"), size * 0.32)
    c.drawCentredString(x + size / 2, y + size * 0.38, s.org.sigle[:3])
    if texte:
        c.setFillColorRGB(r, g, b)
        c.setFont(rl.f("sans-b"), 15)
        c.drawString(x + size + 0.3 * CM, y + size * 0.55, s.org.nom)
        c.setFont(rl.f("sans"), 8)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(x + size + 0.3 * CM, y + size * 0.2, f"{s.org.adresse} — Tél. {s.org.telephone}")
    c.restoreState()


def rl_student_ink(c, s: Spec, x: float, y_top: float) -> None:
    ink.rl_signature(c, x, y_top - 2.0 * CM, 4 * CM, random.Random(s.seed + 99), encre="bleu")


# ---------------------------------------------------------------- reportlab families

def f_formulaire_signature_decalee(s: Spec, out: Path) -> Rendu:
    """A school's own form; the tutor's ink right of, under, far right of or far below its label."""
    c = rl.new_canvas(out, "Microsoft® Word pour Microsoft 365")
    rng = s.rng
    x0 = 2.2 * CM
    c.setFont(rl.f("arial-b"), 11)
    c.drawString(x0, H - 2 * CM, s.etudiant.lycee.split(",")[0].upper())
    c.setFont(rl.f("arial"), 8.5)
    c.drawString(x0, H - 2.45 * CM, "Section de technicien supérieur — BTS SIO")
    c.setFont(rl.f("arial-b"), 16)
    c.drawCentredString(W / 2, H - 4 * CM, "ATTESTATION DE STAGE")
    c.setFont(rl.f("arial"), 9.5)
    c.drawCentredString(W / 2, H - 4.6 * CM, "(à compléter par l'organisme d'accueil)")
    st = rl.style("arial", 10.5, leading=15)
    y = H - 5.8 * CM
    lignes = [
        ("Organisme d'accueil", f"{s.org.nom}, {s.org.adresse}"),
        ("Tuteur / tutrice", f"{s.tuteur.formel}, {s.tuteur.fonction}"),
        ("Stagiaire", f"{s.e.formel}, {s.ne} le {fr_num(s.etudiant.naissance)}"),
        ("Formation", f"BTS SIO option {s.etudiant.option} — {s.etudiant.lycee}"),
        ("Période de stage", s.du_au()[0].upper() + s.du_au()[1:]),
        ("Durée effective", f"{s.nb_semaines:g} semaines".replace(".", ",")),
    ]
    for k, v in lignes:
        y = rl.para(c, f"<b>{k} :</b> {html.escape(v)}", x0, y, W - 2 * x0, st) - 0.25 * CM
    y = rl.para(c, html.escape(missions_text(s)), x0, y - 0.3 * CM, W - 2 * x0, st)
    y = rl.para(c, html.escape(fait_a(s)), x0, y - 0.8 * CM, W - 2 * x0, st)
    y -= 1.2 * CM
    c.setFont(rl.f("arial-b"), 10.5)
    label = "Signature du tuteur et cachet de l'entreprise :" if rng.random() < 0.5 else "Signature du tuteur :"
    c.drawString(x0, y, label)
    c.setFont(rl.f("arial"), 10)
    c.drawString(x0, y - 0.5 * CM, s.tuteur.complet)
    lw = c.stringWidth(label, rl.f("arial-b"), 10.5)
    pos = {"droite": (x0 + lw + 0.3 * CM, y + 1.0 * CM), "dessous": (x0 + 0.5 * CM, y - 0.6 * CM),
           "loin_droite": (W - 7.5 * CM, y + 0.9 * CM), "loin_dessous": (x0 + 2 * CM, y - 4.5 * CM)}[s.variante]
    rl_zone(c, s, pos[0], pos[1], 5.5 * CM)
    c.setFont(rl.f("arial"), 7)
    c.setFillColor(colors.grey)
    c.drawString(x0, 1.2 * CM, "Document à joindre au dossier E5 — épreuve « Support et mise à disposition de "
                 "services informatiques »")
    c.save()
    return Rendu("pdf", out)


def f_lettre_cachet(s: Spec, out: Path) -> Rendu:
    """A company letter on letterhead; a coloured stamp overlapping the text, ink on it."""
    c = rl.new_canvas(out, "PDFCreator 5.1")
    rng = s.rng
    if s.negatif != "nom_seul" or rng.random() < 0.7:
        rl_logo(c, s, 2 * CM, H - 3.3 * CM)
    st = rl.style("serif", 11.5, "justify", leading=17)
    y = H - 5.5 * CM
    c.setFont(rl.f("serif"), 11)
    c.drawRightString(W - 2.2 * CM, y, fait_a(s))
    y -= 2 * CM
    c.setFont(rl.f("serif-b"), 13)
    c.drawString(2.5 * CM, y, "Objet : attestation de stage")
    y -= 1.2 * CM
    y = rl.para(c, "À qui de droit,", 2.5 * CM, y, W - 5 * CM, st) - 0.4 * CM
    y = rl.para(c, html.escape(corps(s)), 2.5 * CM, y, W - 5 * CM, st) - 0.4 * CM
    y = rl.para(c, html.escape(missions_text(s)), 2.5 * CM, y, W - 5 * CM, st) - 0.4 * CM
    y = rl.para(c, "Cette attestation est délivrée à l'intéressé" + ("e" if s.e.feminin else "")
                + " pour servir et valoir ce que de droit.", 2.5 * CM, y, W - 5 * CM, st) - 1.0 * CM
    xs = W - 8.5 * CM
    if s.negatif == "logo_seul":
        c.setFont(rl.f("serif"), 11)
        c.drawString(xs, y, "La Direction")
    else:
        c.setFont(rl.f("serif"), 11)
        c.drawString(xs, y, s.tuteur.formel)
        c.drawString(xs, y - 0.5 * CM, s.tuteur.fonction)
    if s.signee:
        # stamp overlapping the last lines of text and the name
        ink.rl_stamp(c, xs + rng.uniform(0.5, 3.5) * CM, y + rng.uniform(-0.5, 1.2) * CM, rng.uniform(1.3, 1.9) * CM,
                     s.org.nom, s.org.ville, rng, forme=s.variante)
        ink.rl_signature(c, xs - rng.uniform(0, 1) * CM, y - 3.0 * CM, 5 * CM, rng)
    else:
        rl_zone(c, s, xs, y - 0.8 * CM)
    c.setFont(rl.f("sans"), 7)
    c.setFillColor(colors.grey)
    c.drawCentredString(W / 2, 1.2 * CM, f"{s.org.nom} — SIRET {s.org.siret} — {s.org.adresse}")
    c.save()
    return Rendu("pdf", out)


def f_deux_pages(s: Spec, out: Path) -> Rendu:
    """A long attestation with an appraisal; the signature block at the bottom of page 2."""
    c = rl.new_canvas(out, "Microsoft® Word 2019")
    rng = s.rng
    st = rl.style("arial", 10.5, "justify", leading=15)
    sth = rl.style("arial-b", 12, leading=16, spaceBefore=6)
    x0, larg = 2.2 * CM, W - 4.4 * CM

    def entete(cv):
        rl_logo(cv, s, x0, H - 2.6 * CM, 1.2 * CM)

    entete(c)
    items: list = [Paragraph("ATTESTATION DE STAGE ET APPRÉCIATION DU TUTEUR", rl.style("arial-b", 15, "center")),
                   0.6 * CM, Paragraph(html.escape(corps(s)), st), 0.3 * CM,
                   Paragraph("Présentation de la structure d'accueil", sth),
                   Paragraph(html.escape(
                       f"{s.org.nom} ({s.org.adresse}) emploie une équipe informatique chargée du maintien en "
                       "condition opérationnelle du système d'information, du support aux utilisateurs et des "
                       "projets d'évolution. Le stagiaire a été intégré à cette équipe, a disposé d'un poste de "
                       "travail, d'un accès au système de gestion des tickets et d'un environnement de test "
                       "dédié. Des points hebdomadaires avec le tuteur ont permis de suivre l'avancement des "
                       "travaux, de valider les choix techniques et de préparer la documentation remise en fin "
                       "de stage. ") * 2, st),
                   Paragraph("1. Missions confiées", sth)]
    for m in s.missions:
        items += [Paragraph("• " + html.escape(m) + ". " + rng.choice([
            "Travail réalisé en autonomie après une phase de découverte de l'existant.",
            "Réalisé en binôme avec un technicien du service, documentation rédigée par le stagiaire.",
            "Mise en production validée par le responsable, procédure ajoutée à la base de connaissances.",
        ]), st), 0.15 * CM]
    items += [Paragraph("2. Appréciation", sth)]
    rows = [["Critère", "Très bien", "Bien", "Passable", "Insuffisant"]]
    for crit in ["Ponctualité, assiduité", "Intégration dans l'équipe", "Qualité du travail", "Autonomie",
                 "Communication écrite et orale", "Respect des procédures de sécurité", "Curiosité technique"]:
        k = rng.choice([1, 1, 2, 2, 3])
        rows.append([crit] + ["X" if i == k else "" for i in range(1, 5)])
    t = Table(rows, colWidths=[7 * CM, 2.4 * CM, 2.4 * CM, 2.4 * CM, 2.4 * CM])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), rl.f("arial"), 9.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                           ("ALIGN", (1, 1), (-1, -1), "CENTER")]))
    items += [t, 0.4 * CM, Paragraph("3. Commentaire du tuteur", sth),
              Paragraph(html.escape(rng.choice([
                  f"{s.e.prenom} a fait preuve de sérieux et d'une réelle motivation tout au long du stage. "
                  "Les objectifs fixés ont été atteints et les livrables sont exploitables par l'équipe.",
                  f"Stagiaire agréable et impliqué{'e' if s.e.feminin else ''}, qui a su s'adapter à nos outils. "
                  "Quelques difficultés au départ sur la rédaction des procédures, vite surmontées.",
              ]) + " " + "Nous recommandons vivement ce profil pour une poursuite d'études ou un premier emploi. " * 3),
                  st), 0.3 * CM]
    items += [Paragraph("4. Absences", sth),
              Paragraph("Aucune absence non justifiée n'a été constatée pendant la période de stage. "
                        "Les éventuels jours d'absence justifiés ont été rattrapés en accord avec le tuteur.", st)]
    y = rl.flow(c, items, x0, H - 3.5 * CM, larg, 2.5 * CM, H - 3.5 * CM, entete)
    if c.getPageNumber() == 1:
        c.showPage()
        entete(c)
        y = H - 3.5 * CM
        rl.para(c, "5. Observations complémentaires : néant.", x0, y, larg, st)
    c.setFont(rl.f("arial"), 10.5)
    yb = 7.5 * CM
    c.drawString(x0, yb + 1.0 * CM, fait_a(s))
    c.setFont(rl.f("arial-b"), 10)
    c.drawString(x0, yb, "Le tuteur (nom, qualité, signature)")
    c.drawString(W / 2 + 1 * CM, yb, "Le stagiaire")
    c.setFont(rl.f("arial"), 10)
    c.drawString(x0, yb - 0.5 * CM, f"{s.tuteur.complet}, {s.tuteur.fonction}")
    c.drawString(W / 2 + 1 * CM, yb - 0.5 * CM, s.e.complet)
    rl_zone(c, s, x0, yb - 0.7 * CM, 6 * CM)
    if s.signee and rng.random() < 0.6 or s.negatif == "encre_etudiant":
        rl_student_ink(c, s, W / 2 + 1 * CM, yb - 0.8 * CM)
    c.setFont(rl.f("arial"), 8)
    c.drawRightString(W - 2 * CM, 1.2 * CM, "Page 2/2")
    c.save()
    return Rendu("pdf", out)


def f_certificat_travail(s: Spec, out: Path) -> Rendu:
    """An HR "certificat de travail" template used for a trainee."""
    c = rl.new_canvas(out, "Sage Paie & RH i7")
    rng = s.rng
    rl_logo(c, s, 2 * CM, H - 3 * CM, 1.4 * CM)
    c.setFont(rl.f("serif-b"), 17)
    c.drawCentredString(W / 2, H - 5.5 * CM, "CERTIFICAT DE TRAVAIL")
    st = rl.style("serif", 12, "justify", leading=19)
    (a, b) = s.periodes[0]
    qualite = rng.choice(["stagiaire technicien informatique", "stagiaire au service informatique",
                          "stagiaire développeur" if s.etudiant.option == "SLAM" else "stagiaire technicien réseaux"])
    if s.variante == "depuis":
        periode = (f"depuis le {fr_long(a)} jusqu'au terme de son contrat le {fr_long(b)}")
        verbe = f"a été employé{'e' if s.e.feminin else ''} en qualité de {qualite} {periode}"
    else:
        verbe = f"a été employé{'e' if s.e.feminin else ''} dans notre entreprise {s.du_au('long')} " \
                f"en qualité de {qualite}"
    txt = (f"Je soussigné{'e' if s.tuteur.feminin else ''} {s.tuteur.formel}, agissant en qualité de "
           f"{s.tuteur.fonction.lower()} de la société {s.org.nom}, dont le siège est situé {s.org.adresse}, "
           f"SIRET {s.org.siret}, certifie que {s.e.formel}, {s.ne} le {fr_long(s.etudiant.naissance)}, "
           f"demeurant {s.etudiant.adresse}, {verbe}, dans le cadre d'une convention de stage conclue avec le "
           f"{s.etudiant.lycee.split(',')[0]}.")
    y = rl.para(c, html.escape(txt), 2.5 * CM, H - 7.5 * CM, W - 5 * CM, st) - 0.5 * CM
    y = rl.para(c, f"{s.e.civilite} {s.e.nom.upper()} nous quitte libre de tout engagement.",
                2.5 * CM, y, W - 5 * CM, st) - 0.5 * CM
    y = rl.para(c, "Le présent certificat est délivré pour servir et valoir ce que de droit.",
                2.5 * CM, y, W - 5 * CM, st) - 1.2 * CM
    c.setFont(rl.f("serif"), 12)
    c.drawString(W - 9 * CM, y, fait_a(s))
    c.drawString(W - 9 * CM, y - 0.7 * CM, f"{s.tuteur.fonction},")
    if s.negatif != "logo_seul":
        c.drawString(W - 9 * CM, y - 1.3 * CM, s.tuteur.formel)
    rl_zone(c, s, W - 9 * CM, y - 1.5 * CM, 6 * CM)
    c.save()
    return Rendu("pdf", out)


def _rh_bandeau(c, s: Spec, logiciel: str) -> None:
    c.setFillColor(colors.HexColor("#1f3a5f"))
    c.rect(0, H - 1.6 * CM, W, 1.6 * CM, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(rl.f("sans-b"), 12)
    c.drawString(1.5 * CM, H - 1.05 * CM, s.org.nom)
    c.setFont(rl.f("sans"), 8)
    c.drawRightString(W - 1.5 * CM, H - 1.05 * CM, f"{logiciel} — Module Stages & Alternance")
    c.setFillColor(colors.black)


def _rh_pied(c, s: Spec, logiciel: str) -> None:
    c.setFont(rl.f("sans"), 7)
    c.setFillColor(colors.grey)
    c.drawString(1.5 * CM, 1 * CM, f"Document généré par {logiciel} le {fr_num(s.fait_le)} — réf. "
                 f"STG-{s.fait_le.year}-{s.seed % 10000:04d}")
    c.drawRightString(W - 1.5 * CM, 1 * CM, "Page 1/1")
    c.setFillColor(colors.black)


def _cellstyle() -> TableStyle:
    return TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8c9d")),
                       ("FONT", (0, 0), (-1, -1), rl.f("sans"), 9.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7"))])


def f_rh_champs(s: Spec, out: Path) -> Rendu:
    """An HR-software export: labelled fields "Date de début : … / Date de fin : …"."""
    logiciel = s.rng.choice(["Kiwi RH 4.2", "Lucca Core", "Eurécia", "Payfit"])
    c = rl.new_canvas(out, logiciel, "Attestation de fin de stage")
    _rh_bandeau(c, s, logiciel)
    c.setFont(rl.f("sans-b"), 15)
    c.drawString(1.5 * CM, H - 3.2 * CM, "Attestation de fin de stage")
    x0, larg = 1.5 * CM, W - 3 * CM
    y = H - 4.2 * CM

    def bloc(titre, rows, y):
        c.setFont(rl.f("sans-b"), 10.5)
        c.drawString(x0, y, titre)
        t = Table([[k, v] for k, v in rows], colWidths=[5.5 * CM, larg - 5.5 * CM])
        t.setStyle(_cellstyle())
        _, h = t.wrapOn(c, larg, H)
        t.drawOn(c, x0, y - 0.2 * CM - h)
        return y - 0.2 * CM - h - 0.7 * CM

    y = bloc("Stagiaire", [("Nom", s.e.nom.upper()), ("Prénom", s.e.prenom),
                           ("Date de naissance", fr_num(s.etudiant.naissance)),
                           ("Établissement", s.etudiant.lycee), ("Formation", f"BTS SIO — {s.etudiant.option}")], y)
    rows = []
    for i, (a, b) in enumerate(s.periodes):
        suf = f" ({i + 1})" if len(s.periodes) > 1 else ""
        rows += [(f"Date de début{suf} :", fr_num(a)), (f"Date de fin{suf} :", fr_num(b))]
    rows += [("Durée", f"{int(round(s.nb_semaines * 5))} jours ouvrés"), ("Service", s.rng.choice(
        ["DSI", "Support informatique", "Infrastructure", "Études et développement"])),
        ("Tuteur", f"{s.tuteur.complet} ({s.tuteur.fonction})"), ("Gratification totale", s.gratification or "—")]
    y = bloc("Stage", rows, y)
    c.setFont(rl.f("sans"), 9.5)
    c.drawString(x0, y, fait_a(s, numerique=True))
    y -= 1.0 * CM
    c.setFont(rl.f("sans-b"), 10)
    c.drawString(x0 + 9 * CM, y, "Visa du responsable")
    c.setFont(rl.f("sans"), 9.5)
    c.drawString(x0 + 9 * CM, y - 0.45 * CM, s.tuteur.complet)
    rl_zone(c, s, x0 + 9 * CM, y - 0.5 * CM, 6.5 * CM)
    _rh_pied(c, s, logiciel)
    c.save()
    return Rendu("pdf", out)


def f_rh_tableau(s: Spec, out: Path) -> Rendu:
    """An HR form with a "Du | … | Au | …" table (values in their own cells) and two signature cells."""
    logiciel = s.rng.choice(["Cegid HR", "Sage Paie & RH", "Kelio", "Foederis"])
    c = rl.new_canvas(out, logiciel)
    _rh_bandeau(c, s, logiciel)
    x0, larg = 1.8 * CM, W - 3.6 * CM
    c.setFont(rl.f("sans-b"), 15)
    c.drawCentredString(W / 2, H - 3.3 * CM, "ATTESTATION DE STAGE")
    st = rl.style("sans", 10, "justify", leading=14)
    y = rl.para(c, html.escape(f"{s.org.nom} ({s.org.adresse}) certifie avoir accueilli en stage "
                               f"{s.e.formel}, {s.eleve} en BTS SIO option {s.etudiant.option} "
                               f"({s.etudiant.lycee}), aux dates suivantes :"), x0, H - 4.4 * CM, larg, st)
    rows = [["Période", "Du", fr_num(a), "Au", fr_num(b)] for a, b in s.periodes]
    rows[0][0] = "Période" if len(rows) == 1 else "Période 1"
    for i in range(1, len(rows)):
        rows[i][0] = f"Période {i + 1}"
    t = Table(rows, colWidths=[3 * CM, 1.5 * CM, 4 * CM, 1.5 * CM, 4 * CM])
    t.setStyle(_cellstyle())
    _, h = t.wrapOn(c, larg, H)
    t.drawOn(c, x0, y - 0.4 * CM - h)
    y -= h + 1.0 * CM
    y = rl.para(c, html.escape(missions_text(s)), x0, y, larg, st) - 0.6 * CM
    y = rl.para(c, html.escape(fait_a(s, numerique=True)), x0, y, larg, st) - 0.5 * CM
    sig = Table([["Pour l'organisme d'accueil\n" + s.tuteur.complet, "Le ou la stagiaire\n" + s.e.complet],
                 ["", ""]], colWidths=[larg / 2, larg / 2], rowHeights=[1.1 * CM, 3.2 * CM])
    sig.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                             ("FONT", (0, 0), (-1, -1), rl.f("sans"), 9.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    _, h = sig.wrapOn(c, larg, H)
    sig.drawOn(c, x0, y - h)
    top = y - 1.1 * CM
    if s.negatif != "boite_vide":
        rl_zone(c, s, x0 + 0.4 * CM, top, 5.5 * CM, cachet=False)
    if s.negatif == "encre_etudiant" or (s.signee and s.rng.random() < 0.5):
        rl_student_ink(c, s, x0 + larg / 2 + 0.6 * CM, top - 0.2 * CM)
    _rh_pied(c, s, logiciel)
    c.save()
    return Rendu("pdf", out)


def f_lettre_deux_periodes(s: Spec, out: Path) -> Rendu:
    """One employer, two internship periods (first and second year), a short Times letter."""
    c = rl.new_canvas(out, "LibreOffice 7.3 / Writer (impression PDF)")
    st = rl.style("serif", 12, "justify", leading=18)
    c.setFont(rl.f("serif-b"), 12)
    c.drawString(2.5 * CM, H - 2.5 * CM, s.org.nom)
    c.setFont(rl.f("serif"), 10.5)
    c.drawString(2.5 * CM, H - 3.0 * CM, s.org.adresse)
    c.drawString(2.5 * CM, H - 3.5 * CM, f"Tél. {s.org.telephone} — contact@{s.org.domaine}")
    c.setFont(rl.f("serif-b"), 14)
    c.drawCentredString(W / 2, H - 6 * CM, "ATTESTATION DE STAGES")
    (a1, b1), (a2, b2) = s.periodes[0], s.periodes[-1]
    txt = (f"Je soussigné{'e' if s.tuteur.feminin else ''} {s.tuteur.formel}, {s.tuteur.fonction.lower()}, "
           f"certifie que {s.e.formel} a effectué deux périodes de stage dans notre service informatique, "
           f"la première {fr_du_au(a1, b1, s.style)}, la seconde {fr_du_au(a2, b2, s.style)}, "
           f"dans le cadre de sa préparation au BTS SIO (option {s.etudiant.option}).")
    y = rl.para(c, html.escape(txt), 2.5 * CM, H - 7.5 * CM, W - 5 * CM, st) - 0.5 * CM
    y = rl.para(c, html.escape(missions_text(s)), 2.5 * CM, y, W - 5 * CM, st) - 1.2 * CM
    c.setFont(rl.f("serif"), 12)
    c.drawString(W - 9 * CM, y, fait_a(s))
    c.drawString(W - 9 * CM, y - 0.6 * CM, s.tuteur.formel)
    rl_zone(c, s, W - 9 * CM, y - 0.8 * CM, 6 * CM)
    c.save()
    return Rendu("pdf", out)


# ---------------------------------------------------------------- DOCX families (LibreOffice converts)

def _docx():
    import docx  # noqa: F401  (python-docx)
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor
    return Document, Cm, Pt, RGBColor, WD_ALIGN_PARAGRAPH, WD_TABLE_ALIGNMENT


def _imgs(s: Spec, work: Path) -> dict[str, Path]:
    """Signature, stamp and logo pictures for a DOCX/HTML attestation."""
    rng = s.rng
    stem = Path(s.fichier).stem.replace(" ", "_")
    d = {
        "sig": ink.save_png(ink.signature_png(rng, 520), work / f"{stem}_sig.png"),
        "sig_etu": ink.save_png(ink.signature_png(random.Random(s.seed + 7), 420, encre="bleu"),
                                work / f"{stem}_sig_etu.png"),
        "cachet": ink.save_png(ink.stamp_png(rng, s.org.nom, s.org.ville, f"SIRET {s.org.siret[:11]}"),
                               work / f"{stem}_cachet.png"),
        "logo": ink.save_png(ink.logo_png(rng, s.org.nom, s.org.sigle, s.org.couleur), work / f"{stem}_logo.png"),
    }
    return d


def docx_zone(par_factory: Callable, s: Spec, im: dict[str, Path], largeur_cm: float = 4.5,
              cachet: bool | None = None) -> None:
    """Fill the organisation's signature zone in a DOCX: ink picture(s) or a negative."""
    _, Cm, Pt, *_ = _docx()
    if s.signee:
        p = par_factory()
        if cachet if cachet is not None else s.rng.random() < 0.35:
            p.add_run().add_picture(str(im["cachet"]), width=Cm(3.2))
        p.add_run().add_picture(str(im["sig"]), width=Cm(largeur_cm))
        return
    neg = s.negatif
    if neg == "lu_et_approuve":
        par_factory().add_run("Lu et approuvé")
    elif neg == "signe_electroniquement":
        par_factory().add_run(f"Signé électroniquement par {s.tuteur.complet} le {fr_num(s.fait_le)}")
    elif neg == "ligne_pointillee":
        par_factory().add_run("." * 60)
    elif neg == "boite_vide":
        for _ in range(3):
            par_factory()


def set_par(p, text: str) -> None:
    """Put text in the paragraph's first run and empty the other runs."""
    runs = p.runs
    if not runs:
        p.add_run(text)
        return
    runs[0].text = text
    for r in runs[1:]:
        r.text = ""


def _cells(table) -> list:
    seen, out = set(), []
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                out.append(cell)
    return out


def _check_boxes(p, which: list[int]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    boxes = p._p.findall(".//" + qn("w:checkBox"))
    for i, b in enumerate(boxes):
        if i in which:
            el = OxmlElement("w:checked")
            el.set(qn("w:val"), "1")
            b.append(el)


def _cell_par(cell):
    return lambda: cell.add_paragraph()


def f_sio_modele_national(s: Spec, work: Path) -> Rendu:
    """The national BTS SIO model (../shared/real), filled with python-docx, converted by LibreOffice."""
    Document, Cm, Pt, *_ = _docx()
    src = REAL_DIR / "attestations" / f"sio_attestation_stage_2021_{s.variante}.docx"
    doc = Document(str(src))
    im = _imgs(s, work)
    t = doc.tables
    logo_cell = t[0].rows[0].cells[0]
    if s.signee or s.negatif in ("logo_seul", "boite_vide") or s.rng.random() < 0.5:
        set_par(logo_cell.paragraphs[0], "")
        logo_cell.paragraphs[0].add_run().add_picture(str(im["logo"]), width=Cm(4.2))
    org = t[1].rows[0].cells[0].paragraphs
    set_par(org[1], f"Nom ou dénomination sociale : {s.org.nom}")
    set_par(org[2], f"Adresse : {s.org.rue}")
    set_par(org[3], f"{s.org.cp} {s.org.ville}")
    org[4].runs[-1].text = f"\u00a0: {s.org.telephone}"
    st = t[2].rows[0].cells[0].paragraphs
    r = st[1].runs
    r[0].text = f"Nom : {s.e.nom.upper()}    Prénom : {s.e.prenom}    Sexe : F "
    r[-1].text = f"le : {fr_num(s.etudiant.naissance)}"
    _check_boxes(st[1], [0] if s.e.feminin else [1])
    set_par(st[2], f"Adresse : {s.etudiant.adresse}")
    st[3].runs[-1].text = f"\u00a0: {s.etudiant.telephone}    Mél : {s.etudiant.email}"
    _check_boxes(st[4], [0] if s.etudiant.option == "SISR" else [1])
    runs = st[6].runs
    runs[1].text = " (nom de l’établissement d’enseignement supérieur ou de l’organisme de formation) : " + \
        s.etudiant.lycee
    for x in runs[2:]:
        x.text = ""
    (a, b) = s.periodes[0]
    dp = t[3].rows[0].cells[0].paragraphs
    runs = dp[2].runs
    i_au = next(i for i, x in enumerate(runs) if x.text.strip() == "au")
    runs[2].text = f" {a.day} / {a.month:02d} / {a.year}  "
    for x in runs[3:i_au]:
        x.text = ""
    runs[i_au + 1].text = f" {b.day} / {b.month:02d} / {b.year}"
    for x in runs[i_au + 2:]:
        x.text = ""
    dr = dp[4].runs
    i_nb = next(i for i, x in enumerate(dr) if "nombre de semaines" in x.text)
    dr[3].text = f" {s.nb_semaines:g} ".replace(".", ",")
    for x in dr[4:i_nb]:
        x.text = ""
    dr[i_nb + 1].font.strike = True  # "/ de mois" struck out, as the form asks
    g = t[3].rows[1].cells[0].paragraphs[0].runs
    g[-1].text = f" de {s.gratification or '0'} €"
    sit = t[4].rows[1].cells[0].tables[0]
    for i, m in enumerate(s.missions[:4]):
        cells = sit.rows[i + 1].cells
        set_par(cells[0].paragraphs[0], m)
        set_par(cells[1].paragraphs[0], s.rng.choice(["A1.1.1, A1.2.4", "A4.1.1", "A2.2.1, A3.3.1", "A5.2.3"]))
    sc = t[4].rows[2].cells[1]
    p = sc.paragraphs
    set_par(p[0], f"FAIT À {s.org.ville.upper()} LE {fr_num(s.fait_le)}")
    if s.negatif not in ("logo_seul", "boite_vide"):
        sc.add_paragraph(f"{s.tuteur.complet}, {s.tuteur.fonction}")
    docx_zone(_cell_par(sc), s, im)
    out = work / (Path(s.fichier).stem + ".docx")
    doc.save(str(out))
    return Rendu("lo", out)


def f_ciel_modele_ecole(s: Spec, work: Path) -> Rendu:
    """A BTS CIEL school's blank attestation (../shared/real), reused for an SIO student, filled."""
    Document, Cm, *_ = _docx()
    doc = Document(str(REAL_DIR / "attestations" / "ciel_attestation_stage.docx"))
    im = _imgs(s, work)
    (a, b) = s.periodes[0]
    vals = {
        "Nom ou Dénomination sociale": s.org.nom, "Adresse": None, "Téléphone": None, "Email": None,
    }
    t0, t1, t2, t3 = doc.tables
    for cell in _cells(t0):
        txt = cell.text.strip()
        for k in vals:
            if txt.startswith(k):
                v = {"Adresse": s.org.adresse, "Téléphone": s.org.telephone,
                     "Email": f"contact@{s.org.domaine}"}.get(k, vals[k])
                set_par(cell.paragraphs[0], f"{k}\u00a0: {v}")
    for cell in _cells(t1):
        txt = cell.text.strip()
        rep = {"Nom": s.e.nom.upper(), "Prénom": s.e.prenom, "Adresse": s.etudiant.adresse,
               "Téléphone": s.etudiant.telephone, "Email": s.etudiant.email}
        for k, v in rep.items():
            if txt.startswith(k + "\u00a0:") or txt.startswith(k + " :"):
                set_par(cell.paragraphs[0], f"{k}\u00a0: {v}")
        if txt.startswith("Né(e)"):
            set_par(cell.paragraphs[0], f"Né(e) le\u00a0: {fr_num(s.etudiant.naissance)}")
        if txt.startswith("Sexe"):
            _check_boxes(cell.paragraphs[0], [0] if s.e.feminin else [1])
    for cell in _cells(t2):
        txt = cell.text.strip()
        if txt.startswith("Durée du stage"):
            set_par(cell.paragraphs[0], f"Durée du stage\u00a0: {s.nb_semaines:g} semaines".replace(".", ","))
        elif txt.startswith("Du"):
            set_par(cell.paragraphs[0], f"Du\u00a0: {a.day:02d} / {a.month:02d} / {a.year}        au\u00a0: "
                                        f"{b.day:02d} / {b.month:02d} / {b.year}")
        elif txt.startswith("Montant"):
            set_par(cell.paragraphs[0], f"Montant total de la gratification versée au stagiaire\u00a0: "
                                        f"{s.gratification or 'néant'}")
    for cell in _cells(t3):
        txt = cell.text.strip()
        if txt.startswith("Fait à"):
            set_par(cell.paragraphs[0], f"Fait à\u00a0: {s.org.ville}")
        elif txt.startswith("Le"):
            set_par(cell.paragraphs[0], f"Le\u00a0: {s.fait_le.day:02d} / {s.fait_le.month:02d} / {s.fait_le.year}")
        elif txt.startswith("Nom, fonction"):
            if s.negatif not in ("boite_vide",):
                cell.add_paragraph(f"{s.tuteur.complet} — {s.tuteur.fonction}")
            docx_zone(_cell_par(cell), s, im, 4.0)
    out = work / (Path(s.fichier).stem + ".docx")
    doc.save(str(out))
    return Rendu("lo", out)


def _new_doc(font_name: str = "Liberation Sans", size: float = 11):
    Document, Cm, Pt, *_ = _docx()
    doc = Document()
    stl = doc.styles["Normal"]
    stl.font.name = font_name
    stl.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    return doc


def _no_borders(table) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def f_word_lettre_tableau(s: Spec, work: Path) -> Rendu:
    """A Word letter: logo at the top, body, a two-cell signature table "Le tuteur | L'étudiant"."""
    Document, Cm, Pt, RGBColor, AL, _ = _docx()
    doc = _new_doc("Carlito" if s.rng.random() < 0.5 else "Liberation Sans")
    im = _imgs(s, work)
    if s.negatif != "nom_seul" or s.rng.random() < 0.5:
        doc.add_paragraph().add_run().add_picture(str(im["logo"]), width=Cm(7))
    doc.add_paragraph(f"{s.org.adresse}\nTél. : {s.org.telephone}")
    p = doc.add_paragraph(fait_a(s))
    p.alignment = AL.RIGHT
    h = doc.add_paragraph()
    h.alignment = AL.CENTER
    r = h.add_run("ATTESTATION DE STAGE")
    r.bold, r.font.size = True, Pt(16)
    doc.add_paragraph(corps(s)).alignment = AL.JUSTIFY
    doc.add_paragraph(missions_text(s)).alignment = AL.JUSTIFY
    doc.add_paragraph("Cette attestation est établie à la demande de l'intéressé"
                      + ("e" if s.e.feminin else "") + " pour faire valoir ce que de droit.")
    doc.add_paragraph()
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = f"Le tuteur\n{s.tuteur.complet}, {s.tuteur.fonction}" if s.negatif != "logo_seul" else \
        "Le tuteur"
    t.cell(0, 1).text = f"L'étudiant{'e' if s.e.feminin else ''}\n{s.e.complet}"
    t.rows[1].height = Cm(3.5)
    c0, c1 = t.cell(1, 0), t.cell(1, 1)
    docx_zone(lambda: c0.paragraphs[0] if not c0.paragraphs[0].runs else c0.add_paragraph(), s, im)
    if s.negatif == "encre_etudiant" or (s.signee and s.rng.random() < 0.6):
        c1.paragraphs[0].add_run().add_picture(str(im["sig_etu"]), width=Cm(3.8))
    out = work / (Path(s.fichier).stem + ".docx")
    doc.save(str(out))
    return Rendu("lo", out)


def f_lettre_tuteur_sans_libelle(s: Spec, work: Path) -> Rendu:
    """A letter closing "Le tuteur de stage," + printed name; ink above or beside the name, no label."""
    Document, Cm, Pt, RGBColor, AL, _ = _docx()
    doc = _new_doc("Liberation Serif", 12)
    im = _imgs(s, work)
    if s.negatif == "logo_seul" or s.rng.random() < 0.5:
        doc.add_paragraph().add_run().add_picture(str(im["logo"]), width=Cm(6))
    else:
        p = doc.add_paragraph()
        p.add_run(s.org.nom).bold = True
        doc.add_paragraph(s.org.adresse)
    doc.add_paragraph()
    h = doc.add_paragraph()
    h.alignment = AL.CENTER
    h.add_run("Attestation").bold = True
    doc.add_paragraph(corps(s)).alignment = AL.JUSTIFY
    doc.add_paragraph(missions_text(s)).alignment = AL.JUSTIFY
    doc.add_paragraph(fait_a(s))
    doc.add_paragraph()
    closing = "La tutrice de stage," if s.tuteur.feminin else "Le tuteur de stage,"
    if s.variante == "a_cote":
        t = doc.add_table(rows=1, cols=2)
        _no_borders(t)
        t.cell(0, 0).text = f"{closing}\n{s.tuteur.complet}\n{s.tuteur.fonction}"
        cell = t.cell(0, 1)
        if s.signee:
            cell.paragraphs[0].add_run().add_picture(str(im["sig"]), width=Cm(4.5))
        elif s.negatif == "lu_et_approuve":
            cell.paragraphs[0].add_run("Lu et approuvé")
    else:
        p = doc.add_paragraph(closing)
        p.paragraph_format.left_indent = Cm(9)
        if s.signee:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(9)
            q.add_run().add_picture(str(im["sig"]), width=Cm(4.5))
        elif s.negatif == "lu_et_approuve":
            q = doc.add_paragraph("Lu et approuvé")
            q.paragraph_format.left_indent = Cm(9)
        q = doc.add_paragraph(f"{s.tuteur.complet}\n{s.tuteur.fonction}")
        q.paragraph_format.left_indent = Cm(9)
    out = work / (Path(s.fichier).stem + ".docx")
    doc.save(str(out))
    return Rendu("lo", out)


def f_pdfa_collectivite(s: Spec, work: Path) -> Rendu:
    """A local authority's attestation, exported by LibreOffice as PDF/A-2."""
    Document, Cm, Pt, RGBColor, AL, _ = _docx()
    doc = _new_doc("Liberation Sans", 11)
    im = _imgs(s, work)
    t = doc.add_table(rows=1, cols=2)
    _no_borders(t)
    c0 = t.cell(0, 0)
    c0.paragraphs[0].add_run("RÉPUBLIQUE FRANÇAISE").bold = True
    c0.add_paragraph("Liberté — Égalité — Fraternité")
    c0.add_paragraph(s.org.nom)
    c0.add_paragraph("Direction des systèmes d'information")
    t.cell(0, 1).paragraphs[0].add_run().add_picture(str(im["logo"]), width=Cm(5))
    doc.add_paragraph()
    doc.add_paragraph(f"Affaire suivie par : {s.tuteur.complet}\nRéf. : DSI/{s.fait_le.year}/{s.seed % 997:03d}")
    h = doc.add_paragraph()
    h.alignment = AL.CENTER
    r = h.add_run("ATTESTATION DE STAGE")
    r.bold, r.font.size = True, Pt(15)
    doc.add_paragraph(
        f"{'La' if s.tuteur.feminin else 'Le'} {s.tuteur.fonction.lower()} de la collectivité atteste que "
        f"{s.e.formel}, {s.eleve} en BTS SIO au {s.etudiant.lycee}, a été accueilli"
        f"{'e' if s.e.feminin else ''} en stage au sein de la direction des systèmes d'information "
        f"{s.du_au()}, conformément à la convention signée entre les parties.").alignment = AL.JUSTIFY
    doc.add_paragraph(missions_text(s)).alignment = AL.JUSTIFY
    doc.add_paragraph(fait_a(s))
    p = doc.add_paragraph("Pour le Maire et par délégation," if "Mairie" in s.org.nom else "Pour la direction,")
    p.paragraph_format.left_indent = Cm(9)
    p = doc.add_paragraph(f"{s.tuteur.complet}\n{s.tuteur.fonction}")
    p.paragraph_format.left_indent = Cm(9)

    def par():
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(9)
        return q

    docx_zone(par, s, im, 4.5, cachet=s.rng.random() < 0.5)
    out = work / (Path(s.fichier).stem + ".docx")
    doc.save(str(out))
    return Rendu("lo_pdfa", out)


def f_ndrc_modele(s: Spec, work: Path) -> Rendu:
    """Like the NDRC national model: stamp cell top-left, signature cell beside the legal text."""
    Document, Cm, Pt, RGBColor, AL, _ = _docx()
    doc = _new_doc("Liberation Sans", 10)
    im = _imgs(s, work)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0.paragraphs[0].add_run("Cachet de l'organisme d'accueil").italic = True
    if s.signee and s.rng.random() < 0.7:
        c0.add_paragraph().add_run().add_picture(str(im["cachet"]), width=Cm(3.4))
    else:
        c0.add_paragraph("\n\n")
    p = c1.paragraphs[0]
    p.alignment = AL.CENTER
    r = p.add_run("ATTESTATION DE STAGE")
    r.bold, r.font.size = True, Pt(14)
    c1.add_paragraph("BTS Services informatiques aux organisations — session 2026").alignment = AL.CENTER
    c1.add_paragraph("(joindre autant d'attestations que de lieux et de périodes de stage)").alignment = AL.CENTER
    doc.add_paragraph()
    doc.add_paragraph(f"Je soussigné(e) {s.tuteur.complet}, {s.tuteur.fonction}, représentant l'organisme "
                      f"d'accueil {s.org.nom}, {s.org.adresse}, certifie que le stagiaire :")
    doc.add_paragraph(f"Nom : {s.e.nom.upper()}        Prénom : {s.e.prenom}")
    doc.add_paragraph(f"Établissement de formation : {s.etudiant.lycee}")
    (a, b) = s.periodes[0]
    doc.add_paragraph(f"a effectué un stage du {fr_num(a)} au {fr_num(b)}")
    doc.add_paragraph(f"Représentant une durée totale de {s.nb_semaines:g} semaines".replace(".", ","))
    doc.add_paragraph(f"Activités confiées : {'; '.join(s.missions[:3])}.")
    t2 = doc.add_table(rows=1, cols=2)
    t2.style = "Table Grid"
    legal = t2.cell(0, 0)
    legal.paragraphs[0].add_run(
        "La durée totale du stage est appréciée en tenant compte de la présence effective du stagiaire dans "
        "l'organisme, sous réserve des droits à congés et autorisations d'absence prévus à l'article L.124-13 "
        "du code de l'éducation. Chaque période au moins égale à 7 heures de présence consécutives ou non est "
        "considérée comme équivalente à un jour de stage.").font.size = Pt(8)
    legal.add_paragraph(fait_a(s, numerique=True))
    sig = t2.cell(0, 1)
    sig.paragraphs[0].add_run("Nom, fonction et signature du représentant de l'organisme d'accueil").bold = True
    if s.negatif != "boite_vide":
        sig.add_paragraph(f"{s.tuteur.complet}, {s.tuteur.fonction}")
    docx_zone(_cell_par(sig), s, im, 4.0, cachet=False)
    out = work / (Path(s.fichier).stem + ".docx")
    doc.save(str(out))
    return Rendu("lo", out)


def f_html_lettre(s: Spec, work: Path) -> Rendu:
    """An HTML letter (intranet / webmail template) converted to PDF by LibreOffice."""
    im = _imgs(s, work)
    e = html.escape

    def img(key: str, w: int) -> str:
        from PIL import Image

        with Image.open(im[key]) as pic:
            h = round(w * pic.height / pic.width)
        return f'<img src="{im[key].name}" width="{w}" height="{h}" style="width:{w}px;height:{h}px">'

    if s.signee:
        zone = img("sig", 190)
        if s.rng.random() < 0.4:
            zone = img("cachet", 110) + " " + zone
    else:
        zone = {"lu_et_approuve": "Lu et approuvé",
                "signe_electroniquement": f"Signé électroniquement par {e(s.tuteur.complet)}",
                "boite_vide": "&nbsp;<br>&nbsp;<br>&nbsp;<br>&nbsp;", "ligne_pointillee": "." * 50}.get(
            s.negatif or "", "")
    border = ' style="border:1px solid #444; height:3.5cm; width:8cm; vertical-align:top"' \
        if s.negatif == "boite_vide" or s.variante == "cadre" else ' style="vertical-align:top; width:8cm"'
    logo = img("logo", 260) if s.negatif != "nom_seul" or s.rng.random() < 0.5 \
        else f"<b>{e(s.org.nom)}</b>"
    label = "Signature et cachet :" if s.variante == "cadre" else "Pour l'entreprise,"
    body = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Attestation de stage</title>
<style>body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; }}
h1 {{ font-size: 16pt; text-align: center; color: #223; }} p {{ text-align: justify; }}</style></head>
<body>
<table width="100%"><tr><td>{logo}</td><td align="right">{e(s.org.adresse)}<br>{e(s.org.telephone)}<br>
contact@{e(s.org.domaine)}</td></tr></table>
<h1>Attestation de stage</h1>
<p>{e(corps(s))}</p>
<p>{e(missions_text(s))}</p>
<p align="right">{e(fait_a(s))}</p>
<table width="100%"><tr><td width="50%"></td>
<td><p style="text-align:left">{label}<br>{e(s.tuteur.complet)}<br><i>{e(s.tuteur.fonction)}</i></p></td></tr>
<tr><td></td><td{border}>{zone}</td></tr></table>
</body></html>"""
    out = work / (Path(s.fichier).stem + ".html")
    out.write_text(body, encoding="utf-8")
    return Rendu("lo_html", out)


FAMILLES: dict[str, dict] = {
    "sio_modele_national": dict(fn=f_sio_modele_national, reel=True, variantes=["SIO1", "SIO2"],
                                negatifs=["boite_vide", "nom_seul", "lu_et_approuve", "logo_seul"], une_periode=True,
                                imite="modèle national d'attestation BTS SIO rempli sous Word, PDF par LibreOffice"),
    "ciel_modele_ecole": dict(fn=f_ciel_modele_ecole, reel=True, variantes=["-"], une_periode=True,
                              negatifs=["boite_vide", "nom_seul", "signe_electroniquement"],
                              imite="modèle d'attestation d'un lycée (BTS CIEL) réutilisé, rempli, PDF LibreOffice"),
    "word_lettre_tableau": dict(fn=f_word_lettre_tableau, variantes=["-"],
                                negatifs=["boite_vide", "nom_seul", "lu_et_approuve", "encre_etudiant", "logo_seul"],
                                imite="lettre Word avec logo en tête et tableau « Le tuteur | L'étudiant »"),
    "lettre_tuteur_sans_libelle": dict(fn=f_lettre_tuteur_sans_libelle, variantes=["dessus", "a_cote"],
                                       negatifs=["nom_seul", "lu_et_approuve", "logo_seul"],
                                       imite="lettre « Le tuteur de stage, » + nom, signature au-dessus ou à côté"),
    "formulaire_signature_decalee": dict(fn=f_formulaire_signature_decalee,
                                         variantes=["droite", "dessous", "loin_droite", "loin_dessous"],
                                         negatifs=["boite_vide", "ligne_pointillee", "nom_seul", "lu_et_approuve",
                                                   "signe_electroniquement"],
                                         imite="formulaire d'établissement, signature décalée du libellé"),
    "lettre_cachet": dict(fn=f_lettre_cachet, variantes=["rond", "rectangle"],
                          negatifs=["nom_seul", "logo_seul", "signe_electroniquement"],
                          imite="lettre d'entreprise à en-tête, cachet couleur chevauchant le texte"),
    "html_lettre": dict(fn=f_html_lettre, variantes=["cadre", "libre"],
                        negatifs=["boite_vide", "ligne_pointillee", "nom_seul", "signe_electroniquement", "logo_seul"],
                        imite="page HTML (modèle intranet) convertie en PDF par LibreOffice"),
    "pdfa_collectivite": dict(fn=f_pdfa_collectivite, variantes=["-"],
                              negatifs=["nom_seul", "signe_electroniquement", "lu_et_approuve"],
                              imite="attestation d'une collectivité exportée en PDF/A-2 par LibreOffice"),
    "deux_pages": dict(fn=f_deux_pages, variantes=["-"], negatifs=["boite_vide", "encre_etudiant", "nom_seul"],
                       imite="attestation + appréciation sur deux pages, signatures en bas de la page 2"),
    "certificat_travail": dict(fn=f_certificat_travail, variantes=["du_au", "depuis"], une_periode=True,
                               negatifs=["nom_seul", "lu_et_approuve", "signe_electroniquement"],
                               imite="certificat de travail d'un logiciel de paie, « employé(e) du … au … »"),
    "rh_champs": dict(fn=f_rh_champs, variantes=["-"], negatifs=["boite_vide", "nom_seul", "signe_electroniquement"],
                      imite="export d'un logiciel RH, champs « Date de début : / Date de fin : »"),
    "rh_tableau": dict(fn=f_rh_tableau, variantes=["-"],
                       negatifs=["boite_vide", "encre_etudiant", "lu_et_approuve", "nom_seul"],
                       imite="formulaire RH, tableau « Du | … | Au | … », deux cases de signature"),
    "ndrc_modele": dict(fn=f_ndrc_modele, variantes=["-"], une_periode=True,
                        negatifs=["boite_vide", "nom_seul", "lu_et_approuve"],
                        imite="modèle type NDRC : cachet en haut à gauche, signature à côté du texte légal"),
    "lettre_deux_periodes": dict(fn=f_lettre_deux_periodes, variantes=["-"], deux_periodes=True,
                                 negatifs=["nom_seul", "lu_et_approuve", "ligne_pointillee"],
                                 imite="une lettre pour deux périodes chez le même employeur (1re et 2e année)"),
}
RL_FAMILIES = {k for k, v in FAMILLES.items() if v["fn"].__code__.co_varnames[1] == "out"}
