"""Document 5 — académie d'Amiens, BTS Maintenance des matériels de construction et de manutention, session 2026.
A one-page calendar drawn with reportlab (text placed at x/y, like a printed spreadsheet)."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import glob

STEM = "calendrier_mmcm_2026_amiens"

COLS = [("Unité", 40), ("Épreuve", 205), ("Nature", 60), ("Date et horaires", 175), ("Date limite de dépôt", 120),
        ("Lieu", 170)]
ROWS = [
    ["U1", "Culture générale et expression", "écrite", "mar. 12/05 – 14h00-18h00", "—", "Lycée Édouard Gand, Amiens"],
    ["U2", "Anglais", "CCF", "—", "—", "Établissement de formation"],
    ["U31", "Mathématiques", "écrite", "mer. 13/05 – 14h00-16h00", "—", "Lycée Édouard Gand, Amiens"],
    ["U32", "Physique-chimie", "écrite", "lun. 18/05 – 14h00-16h00", "—", "Lycée Édouard Gand, Amiens"],
    ["U4", "Analyse technique et diagnostic", "écrite", "mar. 19/05 – 08h00-12h00", "—", "Lycée Édouard Gand, Amiens"],
    ["U51", "Intervention sur matériel", "pratique", "du lun. 01/06 au ven. 05/06", "—", "Lycée Condorcet, Saint-Quentin"],
    ["U52", "Rapport d'activités en entreprise", "orale", "du mar. 09/06 au jeu. 11/06", "ven. 22/05 – 12h00", "Lycée Condorcet, Saint-Quentin"],
    ["U6", "Organisation de la maintenance", "orale", "mar. 16/06 (selon convocation)", "ven. 22/05 – 12h00", "Lycée Condorcet, Saint-Quentin"],
    ["", "Contrôle de conformité des dossiers U52 et U6", "", "mar. 26/05 – 14h00", "", "Lycée Condorcet, Saint-Quentin"],
    ["", "Jury de délibération", "", "jeu. 25/06 – 09h00", "", "Rectorat d'Amiens"],
    ["", "Publication des résultats", "", "ven. 26/06 – à partir de 14h00", "", "Site de l'académie"],
]


def font():
    for name, pat in (("Sans", "LiberationSans-Regular.ttf"), ("SansB", "LiberationSans-Bold.ttf")):
        hits = glob.glob(f"/usr/share/fonts/**/{pat}", recursive=True)
        pdfmetrics.registerFont(TTFont(name, hits[0]))


def build(path):
    font()
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("BTS MMCM – calendrier session 2026 – académie d'Amiens")
    x0, y = 30, H - 40
    c.setFont("SansB", 12)
    c.drawString(x0, y, "ACADÉMIE D'AMIENS – Division des examens et concours – DEC 4")
    y -= 18
    c.setFont("SansB", 11)
    c.drawString(x0, y, "BTS Maintenance des matériels de construction et de manutention (MMCM) – Session 2026")
    y -= 15
    c.setFont("Sans", 9)
    c.drawString(x0, y, "Calendrier académique des épreuves – les dates s'entendent en 2026, horaires en heure de Paris.")
    y -= 22
    # header row
    c.setFillGray(0.85)
    c.rect(x0 - 3, y - 5, sum(w for _, w in COLS) + 6, 17, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("SansB", 8.5)
    x = x0
    for name, w in COLS:
        c.drawString(x, y, name)
        x += w
    y -= 19
    c.setFont("Sans", 8.5)
    for i, row in enumerate(ROWS):
        x = x0
        for (name, w), txt in zip(COLS, row):
            c.drawString(x, y, txt)
            x += w
        c.setLineWidth(0.3)
        c.line(x0 - 3, y - 5, x0 + sum(w for _, w in COLS) + 3, y - 5)
        y -= 19
    y -= 10
    c.setFont("Sans", 8.5)
    notes = [
        "Les dossiers U52 et U6 sont déposés en deux exemplaires au lycée Condorcet, 12 rue du Lycée, 02100 Saint-Quentin.",
        "Épreuves écrites : lycée Édouard Gand, 70 boulevard de Saint-Quentin, 80000 Amiens. Jury : rectorat d'Amiens, 20 boulevard d'Alsace-Lorraine, 80000 Amiens.",
    ]
    for n in notes:
        c.drawString(x0, y, n)
        y -= 13
    c.setFont("Sans", 7.5)
    c.drawString(x0, 28, "Amiens, le 9 mars 2026 – DEC 4 – document à afficher dans les établissements")
    c.drawRightString(W - 30, 28, "page 1/1")
    c.showPage()
    c.save()
