"""The candidate's other pieces: a multi-page portfolio and the tableau de synthèse (PDF or XLSX)."""

from __future__ import annotations

import datetime as dt
import html
import random
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, Table, TableStyle

from . import rl
from .rl import CM, H, W
from .texts import MISSIONS_SISR, MISSIONS_SLAM, Etudiant, fr_du_au

COMPETENCES = ["B1.1 Gérer le patrimoine informatique", "B1.2 Répondre aux incidents et aux demandes",
               "B1.3 Développer la présence en ligne", "B1.4 Travailler en mode projet",
               "B1.5 Mettre à disposition des utilisateurs un service informatique",
               "B1.6 Organiser son développement professionnel"]


def realisations(e: Etudiant, rng: random.Random, stages: list[tuple[str, list]]) -> list[dict]:
    pool = list(MISSIONS_SISR if e.option == "SISR" else MISSIONS_SLAM)
    rng.shuffle(pool)
    out = []
    for i, titre in enumerate(pool[:rng.randint(4, 6)]):
        if i < len(stages):
            lieu, periodes = stages[i]
            cadre = f"Stage — {lieu}"
            quand = fr_du_au(*periodes[0], "numerique")[3:].replace(" au ", " – ")
        else:
            cadre = "Formation — " + rng.choice(["Atelier de professionnalisation", "Projet tutoré",
                                                 "Contexte GSB (laboratoire pharmaceutique)", "Contexte M2L"])
            quand = rng.choice(["1re année", "2e année, semestre 3", "2e année, semestre 4"])
        comps = sorted(rng.sample(range(6), rng.randint(2, 4)))
        out.append({"titre": titre, "cadre": cadre, "quand": quand, "comps": comps})
    return out


def _screenshot(c, x: float, y: float, w: float, h: float, rng: random.Random) -> None:
    """A fake screenshot: window bar, side menu, text lines."""
    c.saveState()
    c.setFillColor(colors.HexColor("#f4f6f8"))
    c.setStrokeColor(colors.HexColor("#9aa5b1"))
    c.rect(x, y, w, h, fill=1)
    c.setFillColor(colors.HexColor(rng.choice(["#2d3e50", "#1e5f74", "#3b3b98", "#333333"])))
    c.rect(x, y + h - 0.6 * CM, w, 0.6 * CM, fill=1, stroke=0)
    for i, col in enumerate(["#ff5f56", "#ffbd2e", "#27c93f"]):
        c.setFillColor(colors.HexColor(col))
        c.circle(x + 0.3 * CM + i * 0.35 * CM, y + h - 0.3 * CM, 0.1 * CM, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#dfe4ea"))
    c.rect(x, y, 3 * CM, h - 0.6 * CM, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#b0b8c1"))
    yy = y + h - 1.2 * CM
    while yy > y + 0.4 * CM:
        c.rect(x + 3.4 * CM, yy, rng.uniform(0.3, 0.9) * (w - 4 * CM), 0.18 * CM, fill=1, stroke=0)
        yy -= 0.45 * CM
    c.restoreState()


def portfolio_pdf(e: Etudiant, rng: random.Random, stages: list[tuple[str, list]], out: Path,
                  mention_attestations: bool) -> int:
    """A 4–8 page portfolio; returns its page count."""
    c = rl.new_canvas(out, rng.choice(["Microsoft® Word pour Microsoft 365", "LibreOffice 7.5",
                                       "Canva", "Google Docs Renderer"]), "Portfolio")
    p = e.personne
    accent = colors.HexColor(rng.choice(["#1d3557", "#6a2c70", "#0b6e4f", "#b5179e", "#264653"]))
    c.setFillColor(accent)
    c.rect(0, H - 9 * CM, W, 9 * CM, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(rl.f("sans-b"), 28)
    c.drawString(2 * CM, H - 4 * CM, rng.choice(["Portfolio", "Dossier professionnel", "Portfolio professionnel"]))
    c.setFont(rl.f("sans"), 14)
    c.drawString(2 * CM, H - 5.2 * CM, f"BTS Services informatiques aux organisations — option {e.option}")
    c.drawString(2 * CM, H - 6.2 * CM, "Épreuve E5 — Support et mise à disposition de services informatiques")
    c.setFillColor(colors.black)
    c.setFont(rl.f("sans-b"), 18)
    c.drawString(2 * CM, H - 12 * CM, f"{p.prenom} {p.nom.upper()}")
    c.setFont(rl.f("sans"), 12)
    c.drawString(2 * CM, H - 13 * CM, f"Candidat n° {e.numero} — session 2026")
    c.drawString(2 * CM, H - 13.8 * CM, e.lycee)
    c.drawString(2 * CM, H - 14.6 * CM, e.email)
    c.showPage()
    reals = realisations(e, rng, stages)
    st = rl.style("sans", 10.5, "justify", leading=15)
    sth = rl.style("sans-b", 14, leading=18, textColor=accent, spaceAfter=6)
    items: list = [Paragraph("Sommaire", sth)]
    for i, r in enumerate(reals, 1):
        items.append(Paragraph(f"{i}. {html.escape(r['titre'])} <font color='#777777'>({html.escape(r['cadre'])})"
                               "</font>", st))
    items += [0.5 * CM, Paragraph("Présentation", sth), Paragraph(html.escape(
        f"Je m'appelle {p.prenom} {p.nom}, {e.extra.get('age', 20)} ans, étudiant{'e' if p.feminin else ''} "
        f"en deuxième année de BTS SIO option {e.option}. Ce portfolio présente les réalisations "
        "professionnelles menées en formation et en milieu professionnel, ainsi que ma veille technologique."), st)]
    if stages:
        items += [0.4 * CM, Paragraph("Parcours en milieu professionnel", sth)]
        for lieu, periodes in stages:
            items.append(Paragraph("• " + html.escape(f"{lieu} : " + " puis ".join(
                fr_du_au(a, b, "long") for a, b in periodes)), st))
        if mention_attestations:
            items.append(Paragraph("Les attestations de stage correspondantes sont jointes au dossier.", st))
    rl.flow(c, items, 2 * CM, H - 2 * CM, W - 4 * CM, 2 * CM, H - 2 * CM)
    c.showPage()
    for i, r in enumerate(reals, 1):
        y = H - 2 * CM
        y = rl.para(c, f"Réalisation {i} — {html.escape(r['titre'])}", 2 * CM, y, W - 4 * CM, sth) - 0.2 * CM
        y = rl.para(c, f"<b>Cadre :</b> {html.escape(r['cadre'])} — <b>Période :</b> {html.escape(r['quand'])}",
                    2 * CM, y, W - 4 * CM, st) - 0.3 * CM
        txt = rng.choice([
            "Contexte : l'organisation souhaitait fiabiliser son système d'information et réduire le temps de "
            "traitement des demandes des utilisateurs. J'ai analysé l'existant, proposé une solution, puis "
            "rédigé la documentation technique et utilisateur.",
            "Contexte : le service disposait d'outils hétérogènes et peu documentés. Après une étude comparative "
            "de trois solutions, la solution retenue a été maquettée puis déployée en production.",
        ])
        y = rl.para(c, html.escape(txt), 2 * CM, y, W - 4 * CM, st) - 0.4 * CM
        _screenshot(c, 2.5 * CM, y - 7 * CM, W - 5 * CM, 7 * CM, rng)
        y -= 7.6 * CM
        c.setFont(rl.f("sans"), 8.5)
        c.setFillColor(colors.grey)
        c.drawCentredString(W / 2, y, f"Figure {i} — capture d'écran de la solution mise en œuvre")
        c.setFillColor(colors.black)
        y -= 0.6 * CM
        rows = [["Compétence", "Mobilisée"]] + [[k, "X" if j in r["comps"] else ""] for j, k in enumerate(COMPETENCES)]
        t = Table(rows, colWidths=[12 * CM, 3 * CM])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), rl.f("sans"), 9),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9ecef")),
                               ("ALIGN", (1, 0), (1, -1), "CENTER")]))
        _, h = t.wrapOn(c, W, H)
        t.drawOn(c, 2 * CM, y - h)
        c.setFont(rl.f("sans"), 8)
        c.drawRightString(W - 2 * CM, 1.2 * CM, f"{p.prenom} {p.nom.upper()} — portfolio E5")
        c.showPage()
    n = c.getPageNumber() - 1
    c.save()
    return n


def _rows(e: Etudiant, reals: list[dict]) -> list[list[str]]:
    rows = [["N°", "Intitulé de la réalisation professionnelle", "Lieu / cadre", "Période"]
            + [k.split()[0] for k in COMPETENCES]]
    for i, r in enumerate(reals, 1):
        rows.append([str(i), r["titre"], r["cadre"], r["quand"]] + ["X" if j in r["comps"] else "" for j in range(6)])
    return rows


def tableau_pdf(e: Etudiant, rng: random.Random, stages: list[tuple[str, list]], out: Path) -> None:
    """The tableau de synthèse as a landscape PDF."""
    from reportlab.pdfgen import canvas as rl_canvas

    c = rl_canvas.Canvas(str(out), pagesize=landscape(A4), invariant=1)
    c.setTitle("Tableau de synthèse")
    LW, LH = landscape(A4)
    c.setFont(rl.f("sans-b"), 13)
    c.drawString(1.5 * CM, LH - 1.8 * CM, "BTS SIO — Tableau de synthèse des réalisations professionnelles")
    c.setFont(rl.f("sans"), 10)
    c.drawString(1.5 * CM, LH - 2.5 * CM, f"Session 2026 — Épreuve E5 — Option {e.option}")
    c.drawString(1.5 * CM, LH - 3.1 * CM, f"Nom et prénom : {e.personne.nom.upper()} {e.personne.prenom}    "
                 f"N° candidat : {e.numero}    Établissement : {e.lycee}")
    reals = realisations(e, rng, stages)
    st = rl.style("sans", 8.5, leading=10.5)
    rows = _rows(e, reals)
    data = [rows[0]] + [[Paragraph(html.escape(x), st) if j in (1, 2, 3) else x for j, x in enumerate(r)]
                        for r in rows[1:]]
    t = Table(data, colWidths=[1 * CM, 8.5 * CM, 5.5 * CM, 3.6 * CM] + [1.45 * CM] * 6, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), rl.f("sans"), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (4, 1), (-1, -1), "CENTER")]))
    _, h = t.wrapOn(c, LW, LH)
    t.drawOn(c, 1.5 * CM, LH - 3.8 * CM - h)
    c.save()


def tableau_xlsx(e: Etudiant, rng: random.Random, stages: list[tuple[str, list]], out: Path) -> None:
    """The tableau de synthèse as a spreadsheet (the national model is distributed as a workbook)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Tableau de synthèse"
    ws["A1"] = "BTS SIO — Tableau de synthèse des réalisations professionnelles"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"Session 2026 — E5 — option {e.option}"
    ws["A3"] = f"Candidat : {e.personne.nom.upper()} {e.personne.prenom} — n° {e.numero}"
    thin = Side(style="thin")
    reals = realisations(e, rng, stages)
    for i, row in enumerate(_rows(e, reals)):
        for j, v in enumerate(row):
            cell = ws.cell(row=5 + i, column=1 + j, value=v)
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if i == 0:
                cell.font = Font(bold=True)
                cell.fill = PatternFill("solid", fgColor="D9E2F3")
    for col, w in zip("ABCDEFGHIJ", [5, 50, 32, 20, 7, 7, 7, 7, 7, 7], strict=True):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.properties.creator = "Candidat"
    wb.properties.created = dt.datetime(2026, 3, 1, 10, 0)
    wb.properties.modified = dt.datetime(2026, 3, 1, 10, 0)
    wb.save(str(out))
