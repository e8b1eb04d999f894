"""Document 1 — académie de Lyon, BTS Transport et prestations logistiques, session 2026 (Word)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

STEM = "circ_tpl_2026_lyon"

CALENDRIER = [
    ("Date", "Horaires", "Unité", "Épreuve", "Nature / lieu"),
    ("Mardi 12 mai 2026", "14h00 – 18h00", "U1", "Culture générale et expression", "Écrite – centres d'écrit"),
    ("Mercredi 13 mai 2026", "14h00 – 18h00", "U3", "Culture économique, juridique et managériale", "Écrite – centres d'écrit"),
    ("Lundi 18 mai 2026", "09h00 – 12h00", "U5.1", "Conception d'opérations de transport – étude de cas (1re séance)", "Écrite – centres d'écrit"),
    ("Mardi 19 mai 2026", "09h00 – 12h00", "U5.1", "Conception d'opérations de transport – étude de cas (2e séance)", "Écrite – centres d'écrit"),
    ("Du mercredi 27 mai au vendredi 5 juin 2026", "Selon convocation", "U5.2", "Soutenance du dossier d'organisation", "Orale – lycée Honoré d'Urfé"),
    ("Du mardi 2 juin au jeudi 4 juin 2026", "Selon convocation", "U6", "Pilotage et amélioration de la performance", "Orale – lycée Honoré d'Urfé"),
    ("Du lundi 8 juin au mercredi 10 juin 2026", "Selon convocation", "U2", "Anglais (candidats relevant de la forme ponctuelle)", "Orale – lycée Louis Armand"),
]

CENTRES = [
    ("Lycée Jean Lurçat", "4 rue Ludovic Arrachart", "69008 Lyon", "épreuves écrites (candidats du Rhône)"),
    ("Lycée Louis Armand", "507 rue Philippe Héron", "69400 Villefranche-sur-Saône", "épreuves écrites et oral U2"),
    ("Lycée Carriat", "1 rue de Crouy", "01000 Bourg-en-Bresse", "épreuves écrites (candidats de l'Ain)"),
    ("Lycée Honoré d'Urfé", "1 impasse des Lycéens", "42000 Saint-Étienne", "épreuves orales U5.2 et U6, dépôt des dossiers"),
]


def para(doc, text, bold=False, size=10.5, align=None, italic=False, space=4):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space)
    if align:
        p.alignment = align
    return p


def build(path):
    doc = Document()
    doc.sections[0].page_width, doc.sections[0].page_height = Cm(21), Cm(29.7)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    sec.header.paragraphs[0].text = "Rectorat de l'académie de Lyon – DEC 3 – Bureau des BTS"
    sec.footer.paragraphs[0].text = "Circulaire BTS TPL – session 2026"

    para(doc, "ACADÉMIE DE LYON", bold=True, size=13)
    para(doc, "Liberté\nÉgalité\nFraternité", italic=True, size=8)
    para(doc, "Division des examens et concours\nDEC 3 – Bureau des examens de l'enseignement supérieur\n"
              "Affaire suivie par : Mme Nadia Ferrand\nTél. : 04 72 80 61 12\nMél : dec3-bts@ac-lyon.fr", size=9)
    para(doc, "Lyon, le 3 février 2026", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Le recteur de la région académique Auvergne-Rhône-Alpes\nrecteur de l'académie de Lyon\n"
              "à\nMesdames et messieurs les chefs d'établissement\nMesdames et messieurs les directeurs de centre de formation",
         align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)
    para(doc, "Objet : organisation de l'examen du BTS Transport et prestations logistiques (TPL) – session 2026",
         bold=True)
    para(doc, "Référence : circulaire nationale d'organisation du 11 décembre 2025.", size=9.5)
    para(doc, "J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2026 du brevet de "
              "technicien supérieur Transport et prestations logistiques pour les candidats de l'académie de Lyon. "
              "Je vous remercie d'en assurer la plus large diffusion auprès des équipes pédagogiques et des candidats.")

    doc.add_heading("1. Calendrier des épreuves", level=2)
    para(doc, "L'épreuve E5 « Conception et organisation d'opérations de transport » comporte deux sous-épreuves : "
              "U5.1, écrite, organisée en deux séances de trois heures sur deux jours consécutifs, et U5.2, orale. "
              "Les candidats doivent être présents aux deux séances de la sous-épreuve U5.1.")
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(CALENDRIER):
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(9)
                    r.bold = i == 0
    for row in t.rows:
        row.cells[0].width = Cm(4.2)
        row.cells[1].width = Cm(2.6)
        row.cells[2].width = Cm(1.4)
        row.cells[3].width = Cm(5.4)
        row.cells[4].width = Cm(3.6)
    para(doc, "")
    para(doc, "L'unité U4 « Mise en œuvre d'opérations de transport et de prestations logistiques » est évaluée en "
              "contrôle en cours de formation. Les propositions de notes U4 sont transmises à la DEC 3 au plus tard "
              "le vendredi 29 mai 2026, accompagnées des grilles d'évaluation signées.")

    doc.add_heading("2. Dossiers des sous-épreuves U5.2 et de l'épreuve U6", level=2)
    para(doc, "Les dossiers U5.2 et U6 sont déposés en deux exemplaires papier au lycée Honoré d'Urfé à Saint-Étienne, "
              "au plus tard le vendredi 10 avril 2026 à 12 heures. Tout dossier parvenu après cette date sera "
              "considéré comme non conforme.")
    para(doc, "Le contrôle de conformité des dossiers U5.2 et U6 aura lieu le mardi 21 avril 2026 à 14 heures au "
              "lycée Honoré d'Urfé. Les candidats dont le dossier est déclaré non conforme en seront informés par "
              "écrit ; ils ne pourront pas se présenter à l'oral correspondant.")

    doc.add_heading("3. Corrections et commission d'harmonisation", level=2)
    para(doc, "Les copies des épreuves écrites sont numérisées par les centres d'écrit le soir même de l'épreuve. "
              "Les corrections dématérialisées se dérouleront du mercredi 20 mai au vendredi 5 juin 2026.")
    para(doc, "Une réunion d'entente relative à la sous-épreuve U5.1 est fixée au mardi 26 mai 2026 à 14h00, "
              "en visioconférence ; les correcteurs convoqués y participent obligatoirement.")
    para(doc, "La commission d'harmonisation des notes se réunira le mercredi 17 juin 2026 à 9h00 au lycée Louis "
              "Armand à Villefranche-sur-Saône, sous la présidence de l'inspecteur de la discipline.")

    doc.add_heading("4. Jury et résultats", level=2)
    para(doc, "Le jury de délibération se tiendra le jeudi 25 juin 2026 à 14h00 au rectorat de l'académie de Lyon, "
              "92 rue de Marseille, 69007 Lyon. Les résultats seront publiés le vendredi 26 juin 2026 à partir de "
              "10h00 sur le site de l'académie.")

    doc.add_heading("5. Centres d'examen", level=2)
    para(doc, "Les candidats sont convoqués dans les centres suivants :")
    for nom, adr, ville, role in CENTRES:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(nom)
        r.bold = True
        p.add_run(f"\n{adr}\n{ville}\n({role})")
    para(doc, "")
    para(doc, "Les établissements de formation veilleront à désigner des surveillants auprès de chaque centre "
              "d'écrit dont relèvent leurs candidats.")
    para(doc, "Pour le recteur et par délégation,\nla cheffe de la division des examens et concours\n\nClaire Vasseur",
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.save(path)
