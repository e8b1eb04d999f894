"""Document 4 — académie de Besançon, BTS Travaux publics, session 2028.
Written as flat OpenDocument (.fodt) by hand; LibreOffice Writer converts it to .odt and .pdf."""
from xml.sax.saxutils import escape

STEM = "circ_tp_2028_besancon"

BODY = [
    ("p", "ACADÉMIE DE BESANÇON", "Titre"),
    ("p", "Rectorat – Division des examens et concours – DEC 2 Enseignement supérieur", "Petit"),
    ("p", "Affaire suivie par : Mme Sophie Cuenot – Tél. 03 81 65 48 20 – dec2@ac-besancon.fr", "Petit"),
    ("p", "Besançon, le 25 janvier 2028", "Droite"),
    ("p", "Le recteur de l'académie de Besançon à Mesdames et Messieurs les proviseurs des lycées et les directeurs "
          "des centres de formation d'apprentis", "Droite"),
    ("p", "Objet : BTS Travaux publics (TP) – Organisation de la session 2028", "Gras"),
    ("p", "La présente circulaire fixe le déroulement des épreuves de la session 2028 du BTS Travaux publics pour les "
          "candidats de l'académie de Besançon. Elle doit être portée à la connaissance de tous les candidats.", None),
    ("h", "1. Épreuves écrites", 1),
    ("p", "Les épreuves écrites se déroulent au lycée Pierre-Adrien Pâris, 33 route de Gray, 25000 Besançon.", None),
    ("h", "1.1 Culture générale et expression (U1)", 2),
    ("p", "L'épreuve U1 aura lieu le mardi 16 mai 2028 de 14h00 à 18h00.", None),
    ("h", "1.2 Mathématiques (U31) et physique-chimie (U32)", 2),
    ("p", "La sous-épreuve de mathématiques U31 se déroulera le mercredi 17 mai 2028 de 10h00 à 12h00. Le même jour, "
          "de 14h00 à 16h00, les candidats composeront en physique-chimie (U32).", None),
    ("h", "1.3 Étude technique et économique (U4)", 2),
    ("p", "L'épreuve U4, d'une durée de six heures, aura lieu le jeudi 18 mai 2028 de 8h00 à 14h00. Les candidats "
          "sont autorisés à se restaurer dans la salle d'examen sans interrompre leur composition.", None),
    ("p", "Une réunion d'entente des correcteurs de l'épreuve U4 est fixée au vendredi 19 mai 2028 à 14h00 au "
          "lycée Pierre-Adrien Pâris.", None),
    ("p", "L'unité U2 « Anglais » est évaluée en contrôle en cours de formation ; aucune épreuve ponctuelle n'est "
          "organisée dans l'académie.", None),
    ("p", "Il est rappelé que le jeudi 25 mai 2028 (Ascension) est un jour férié : aucune épreuve ni réunion "
          "n'est programmée ce jour-là.", None),
    ("h", "2. Épreuves pratiques et orales", 1),
    ("h", "2.1 Préparation et organisation de chantier (U5)", 2),
    ("p", "L'épreuve U5 se déroulera du lundi 29 mai au vendredi 9 juin 2028 au lycée Germaine Tillion, "
          "9 avenue des Alliés, 25200 Montbéliard, à l'exception du lundi 5 juin 2028, lundi de Pentecôte, "
          "jour férié. Chaque candidat est convoqué pour une demi-journée.", None),
    ("h", "2.2 Rapport et soutenance de projet (U6)", 2),
    ("p", "Le rapport de projet est déposé au lycée Pierre-Adrien Pâris au plus tard le vendredi 28 avril 2028 à "
          "17h00, accompagné de l'attestation figurant en annexe. Le contrôle de conformité des rapports sera "
          "réalisé le mercredi 10 mai 2028 par la commission académique.", None),
    ("p", "Les soutenances U6 auront lieu les lundi 12 et mardi 13 juin 2028 au lycée Pierre-Adrien Pâris.", None),
    ("h", "3. Jury et publication des résultats", 1),
    ("p", "Le jury de délibération se réunira le mercredi 28 juin 2028 à 9h30 au rectorat de l'académie de "
          "Besançon, 10 rue de la Convention, 25030 Besançon Cedex. Les résultats seront publiés le même jour à "
          "partir de 17h00.", None),
    ("p", "Pour le recteur et par délégation, le chef de la division des examens et concours – Laurent Girardot",
     "Droite"),
    ("h", "Annexe – Attestation de remise du rapport de projet U6", "annexe"),
    ("p", "Je soussigné(e) ……………………………………, chef d'établissement / directeur de CFA, atteste que le candidat "
          "…………………………………… a remis son rapport de projet U6 en deux exemplaires.", None),
    ("p", "Date de remise : ____ / ____ / 2028        Heure : ____ h ____", None),
    ("p", "Période de projet en entreprise : du ____ / ____ / 2028 au ____ / ____ / 2028", None),
    ("p", "Fait à ………………………………, le …… / …… / 2028", None),
    ("p", "Signature et cachet de l'établissement :", None),
]

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.18cm" fo:text-align="justify"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:text-align="start"/>
  <style:text-properties fo:font-size="12.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:text-align="start"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:font-style="italic"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Titre" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Petit" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="start"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="Droite" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="Gras" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Annexe" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
  fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:footer><text:p text:style-name="Petit">Académie de Besançon – BTS Travaux publics – session 2028</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
"""


def fodt():
    out = [HEAD]
    for kind, text, st in BODY:
        t = escape(text)
        if kind == "h":
            if st == "annexe":
                out.append(f'<text:h text:style-name="Annexe" text:outline-level="1">{t}</text:h>\n')
            else:
                out.append(f'<text:h text:style-name="Heading_20_{st}" text:outline-level="{st}">{t}</text:h>\n')
        else:
            out.append(f'<text:p text:style-name="{st or "Standard"}">{t}</text:p>\n')
    out.append("</office:text></office:body></office:document>\n")
    return "".join(out)


def build(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(fodt())
