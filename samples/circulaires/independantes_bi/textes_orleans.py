"""Circulaire académique – BTS Fluides, énergies, domotique – académie d'Orléans-Tours – session 2029 (fictitious).
Hand-written ODF XML."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS}><office:meta><dc:title>BTS FED session 2029</dc:title></office:meta></office:document-meta>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}>
 <office:font-face-decls/>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.12cm"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="11pt" fo:language="fr" fo:country="FR"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>
 </office:automatic-styles>
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>"""

AUTO = """
 <style:style style:name="Titre" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#0b4f6c"/></style:style>
 <style:style style:name="Droite" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Petit" style:family="paragraph"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
 <style:style style:name="Objet" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm"/>
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Dest" style:family="paragraph"><style:paragraph-properties fo:margin-left="8.5cm"/></style:style>
 <style:style style:name="Sign" style:family="paragraph"><style:paragraph-properties fo:margin-left="9cm" fo:margin-top="0.2cm"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="CellB" style:family="paragraph"><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="G" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Tab" style:family="table"><style:table-properties style:width="16.6cm" table:align="center"/></style:style>
 <style:style style:name="TabA" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="TabB" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="TabC" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="TabD" style:family="table-column"><style:table-column-properties style:column-width="3.8cm"/></style:style>
 <style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #555555"/></style:style>
 <style:style style:name="TH" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #555555" fo:background-color="#d5e8f0"/></style:style>
"""

HEAD = ["ACADÉMIE D'ORLÉANS-TOURS", "Rectorat – Division des examens et concours (DEC)",
        "Bureau des examens de l'enseignement supérieur", "Affaire suivie par : Clémence Vauquois-Herbault",
        "Tél. : 02 38 79 46 21"]
LIEU = "Orléans, le 22 janvier 2029"
DEST = ["La rectrice de la région académique Centre-Val de Loire,", "rectrice de l'académie d'Orléans-Tours",
        "à", "Mesdames et Messieurs les proviseurs", "des lycées préparant au BTS FED"]
OBJET = "Objet : BTS Fluides, énergies, domotique (FED) – options A, B et C – organisation de la session 2029"
REF = "Référence : arrêté du 25 juin 2013 modifié portant définition du BTS FED ; note nationale du 11 janvier 2029."

INTRO = ("La présente circulaire fixe le calendrier et les lieux des épreuves de la session 2029 du BTS Fluides, "
         "énergies, domotique dans l'académie d'Orléans-Tours. Elle est à porter à la connaissance des candidats.")
CENTRES = [
    "Lycée Gaston Couté, 12 rue du Faubourg Bannier, 45000 Orléans : épreuves écrites (candidats du Loiret, du Loir-et-Cher et de l'Eure-et-Loir) ;",
    "Lycée Albert Bayet, 9 rue Lakanal, 37000 Tours : épreuves écrites (autres départements), épreuve pratique E51, soutenances E6.",
]
CAL_HEAD = ["Épreuve", "Intitulé", "Date", "Horaire"]
CAL = [
    ("E4", "Analyse et définition d'un système (écrit)", "lundi 14 mai 2029", "8 h – 12 h"),
    ("E1", "Culture générale et expression (écrit)", "mardi 15 mai 2029", "14 h – 18 h"),
    ("E31", "Mathématiques (écrit)", "mercredi 16 mai 2029", "10 h – 12 h"),
    ("E32", "Physique et chimie (écrit)", "mercredi 16 mai 2029", "14 h – 16 h"),
    ("E2", "Anglais (oral ponctuel)", "du mardi 22 mai au vendredi 25 mai 2029", "selon convocation"),
    ("E51", "Conception et réalisation d'une installation (pratique)", "du lundi 28 mai au vendredi 1er juin 2029", "selon convocation"),
    ("E52", "Mise en service et maintenance", "CCF uniquement – pas de date", "—"),
    ("E6", "Rapport de stage (soutenance orale)", "du lundi 4 juin au mercredi 6 juin 2029", "selon convocation"),
]
PARAS_APRES = [
    ("Titre", "3. Épreuve E6 – rapport de stage"),
    ("Standard", "Le rapport de stage est déposé au Lycée Albert Bayet (Tours) au plus tard le vendredi 20 avril 2029 "
                 "à 12 h. Une commission en contrôle la conformité le mercredi 2 mai 2029 à 14 h ; les candidats dont "
                 "le rapport n'est pas conforme en sont informés par écrit."),
    ("Titre", "4. Épreuves E3 et E5"),
    ("Standard", "L'épreuve E3 comporte deux sous-épreuves écrites, E31 et E32, notées séparément. L'épreuve E5 comporte "
                 "la sous-épreuve pratique E51, passée sous forme ponctuelle, et la sous-épreuve E52, évaluée en CCF "
                 "pour tous les candidats."),
    ("Petit", "Le lundi 21 mai 2029 (lundi de Pentecôte) et le jeudi 10 mai 2029 (Ascension) sont fériés."),
    ("Titre", "5. Jury et résultats"),
    ("Standard", "Le jury de délibération se réunira le mercredi 27 juin 2029 à 14 h au rectorat, 21 rue Saint-Étienne, "
                 "45000 Orléans. Les résultats seront publiés le vendredi 29 juin 2029 sur le site académique."),
]


def p(style, text):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def cell(text, style="TC", pstyle="Cell"):
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{p(pstyle, text)}</table:table-cell>'


def content():
    body = []
    for i, line in enumerate(HEAD):
        body.append(p("CellB" if i == 0 else "Cell", line))
    body.append(p("Droite", LIEU))
    for line in DEST:
        body.append(p("Dest", line))
    body.append(p("Objet", OBJET))
    body.append(p("Petit", REF))
    body.append(p("Standard", INTRO))
    body.append(p("Titre", "1. Centres d'épreuves"))
    for c in CENTRES:
        body.append(p("Standard", "– " + c))
    body.append(p("Titre", "2. Calendrier des épreuves"))
    rows = ['<table:table-row>' + "".join(cell(h, "TH", "CellB") for h in CAL_HEAD) + '</table:table-row>']
    for r in CAL:
        rows.append('<table:table-row>' + "".join(cell(v) for v in r) + '</table:table-row>')
    body.append('<table:table table:name="Calendrier" table:style-name="Tab">'
                '<table:table-column table:style-name="TabA"/><table:table-column table:style-name="TabB"/>'
                '<table:table-column table:style-name="TabC"/><table:table-column table:style-name="TabD"/>'
                '<table:table-header-rows>' + rows[0] + '</table:table-header-rows>' + "".join(rows[1:]) + '</table:table>')
    for style, text in PARAS_APRES:
        body.append(p(style, text))
    for line in ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,",
                 "Signé : Thibault Ménétreau-Lasne"]:
        body.append(p("Sign", line))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
            f'<office:automatic-styles>{AUTO}</office:automatic-styles>'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
