"""Document 2 — note nationale (ministère), BTS Management opérationnel de la sécurité, session 2025 (Word, tableau paysage)."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH

STEM = "note_mos_2025_nationale"

TERR = ["Épreuve", "Date (métropole)", "Métropole", "La Réunion", "Mayotte", "Antilles (Guadeloupe, Martinique)",
        "Guyane", "Polynésie française", "Nouvelle-Calédonie"]
ROWS = [
    ["E1 – Culture générale et expression (4 h)", "Mardi 13 mai 2025", "14h00 – 18h00", "16h00 – 20h00",
     "15h00 – 19h00", "08h00 – 12h00", "09h00 – 13h00",
     "Sujet de secours : lundi 12 mai 2025, 07h30 – 11h30", "Sujet de secours : 08h00 – 12h00"],
    ["E3 – Culture économique, juridique et managériale (4 h)", "Mercredi 14 mai 2025", "14h00 – 18h00",
     "16h00 – 20h00", "15h00 – 19h00", "08h00 – 12h00", "09h00 – 13h00",
     "Sujet de secours : mardi 13 mai 2025, 07h30 – 11h30", "Sujet de secours : 08h00 – 12h00"],
    ["E4 – Management de la sécurité et gestion des ressources (4 h)", "Jeudi 15 mai 2025", "13h30 – 17h30",
     "15h30 – 19h30", "14h30 – 18h30", "07h30 – 11h30", "08h30 – 12h30",
     "Sujet de secours : mercredi 14 mai 2025, 07h30 – 11h30", "Sujet de secours : 08h00 – 12h00"],
]


def p(doc, text, bold=False, size=10.5, align=None, italic=False):
    par = doc.add_paragraph()
    r = par.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(size)
    par.paragraph_format.space_after = Pt(4)
    if align is not None:
        par.alignment = align
    return par


def build(path):
    doc = Document()
    doc.sections[0].page_width, doc.sections[0].page_height = Cm(21), Cm(29.7)
    s = doc.sections[0]
    s.left_margin = s.right_margin = Cm(2.2)
    doc.styles["Normal"].font.name = "Liberation Serif"
    p(doc, "MINISTÈRE DE L'ÉDUCATION NATIONALE\nMINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE", bold=True, size=11)
    p(doc, "Direction générale de l'enseignement supérieur et de l'insertion professionnelle\n"
           "Service de la stratégie des formations et de la vie étudiante\nBureau des diplômes de l'enseignement supérieur",
      size=9)
    p(doc, "Paris, le 10 janvier 2025", align=WD_ALIGN_PARAGRAPH.RIGHT)
    p(doc, "NOTE aux rectrices et recteurs d'académie, vice-recteurs et chefs de service de l'éducation, "
           "à l'attention des divisions des examens et concours", size=10)
    p(doc, "Objet : calendrier national de la session 2025 du BTS Management opérationnel de la sécurité (MOS)", bold=True)
    p(doc, "La présente note fixe, pour l'ensemble du territoire, le calendrier des épreuves ponctuelles écrites de "
           "la session 2025 du brevet de technicien supérieur Management opérationnel de la sécurité, ainsi que les "
           "périodes retenues pour les épreuves orales. Les académies précisent dans leurs circulaires les centres "
           "d'épreuves et les modalités locales de convocation.")
    doc.add_heading("1. Épreuves écrites", level=2)
    p(doc, "Les horaires sont indiqués en heure locale. Les épreuves écrites sont organisées simultanément en "
           "métropole, à La Réunion, à Mayotte, aux Antilles et en Guyane. En Polynésie française et en "
           "Nouvelle-Calédonie, en raison du décalage horaire, les candidats composent sur un sujet de secours "
           "aux dates et horaires figurant dans le tableau joint (page suivante).")
    doc.add_heading("2. Épreuves orales et épreuve en CCF", level=2)
    p(doc, "L'épreuve orale E5 « Management de la prévention et de la sûreté » se déroule du 2 au 13 juin 2025 "
           "dans les centres désignés par les académies. Le dossier support de l'épreuve E5 est remis au centre "
           "d'examen au plus tard le vendredi 18 avril 2025, le cachet de la poste faisant foi.")
    p(doc, "Pour les candidats relevant de la forme ponctuelle, l'épreuve orale E2 « Langue vivante étrangère : "
           "anglais » est organisée durant la même période, du 2 au 13 juin 2025.")
    p(doc, "L'épreuve E6 « Conduite d'une mission de sécurité » est évaluée exclusivement en contrôle en cours de "
           "formation ; aucune épreuve ponctuelle n'est organisée. Les notes de CCF (E2 et E6) sont saisies par les "
           "établissements au plus tard le vendredi 30 mai 2025.")
    p(doc, "L'épreuve facultative EF1 « Langue vivante 2 » (oral) a lieu la semaine du 16 juin 2025, selon "
           "l'organisation arrêtée par chaque académie.")
    doc.add_heading("3. Harmonisation, jurys et résultats", level=2)
    p(doc, "Une réunion nationale d'entente relative à l'épreuve E4 se tiendra le mardi 20 mai 2025 à 10h00 "
           "(heure de Paris), en visioconférence ; chaque académie y désigne un correcteur coordonnateur.")
    p(doc, "Les jurys de délibération se réunissent entre le 30 juin et le 4 juillet 2025. Les résultats sont "
           "publiés le mardi 8 juillet 2025 à 10h00 (heure de Paris).")
    p(doc, "Pour la ministre et par délégation,\nle chef du service de la stratégie des formations\n\nÉtienne Maréchal",
      align=WD_ALIGN_PARAGRAPH.RIGHT)

    ns = doc.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = s.page_height, s.page_width
    ns.left_margin = ns.right_margin = Cm(1.2)
    p(doc, "Annexe – Horaires des épreuves écrites par territoire – BTS MOS session 2025", bold=True, size=11)
    t = doc.add_table(rows=0, cols=len(TERR))
    t.style = "Table Grid"
    for i, row in enumerate([TERR] + ROWS):
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
            for par in c.paragraphs:
                for r in par.runs:
                    r.font.size = Pt(8.5)
                    r.bold = i == 0
    p(doc, "Les horaires sont donnés en heure locale de chaque territoire. Les candidats de Wallis-et-Futuna "
           "composent avec la Nouvelle-Calédonie.", size=9, italic=True)
    doc.save(path)
