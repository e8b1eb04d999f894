"""Document 3 — académie de la Martinique, BTS Bioanalyses et contrôles, session 2027 (HTML -> LibreOffice -> PDF).
The written exams are given in a national table; the Martinique column holds this académie's hours."""

STEM = "circ_bioac_2027_martinique"

HEAD = ["Unité", "Épreuve", "Date", "Métropole", "Martinique – Guadeloupe", "Guyane", "La Réunion", "Mayotte"]
ROWS = [
    ["U1", "Culture générale et expression", "Lundi 10 mai 2027", "14h00-18h00", "08h00-12h00", "09h00-13h00", "16h00-20h00", "15h00-19h00"],
    ["U31", "Mathématiques", "Mardi 11 mai 2027", "14h00-16h00", "08h00-10h00", "09h00-11h00", "16h00-18h00", "15h00-17h00"],
    ["U32", "Physique-chimie", "Mercredi 12 mai 2027", "13h30-15h30", "07h30-09h30", "08h30-10h30", "15h30-17h30", "14h30-16h30"],
    ["U4", "Biologie et technologies d'analyse", "Jeudi 13 mai 2027", "13h00-17h00", "07h00-11h00", "08h00-12h00", "15h00-19h00", "14h00-18h00"],
]

CSS = """
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; }
h1 { font-size: 13pt; } h2 { font-size: 11.5pt; margin-top: 14pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #444; padding: 3pt; font-size: 8.5pt; vertical-align: top; }
th { background: #dde3ea; }
.droite { text-align: right; } .petit { font-size: 8.5pt; color: #333; }
"""


def html():
    rows = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in HEAD) + "</tr>"
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>BTS BioAC session 2027 – Martinique</title>
<style>{CSS}</style></head><body>
<p><b>ACADÉMIE DE LA MARTINIQUE</b><br><i>Liberté – Égalité – Fraternité</i></p>
<p class="petit">Rectorat de la Martinique<br>Division des examens et concours – Bureau des BTS<br>
Les Hauts de Terreville – 97279 Schœlcher Cedex<br>Affaire suivie par : M. Ruddy Lancry – dec-bts@ac-martinique.fr</p>
<p class="droite">Schœlcher, le 15 février 2027</p>
<p class="droite">Le recteur de la région académique Martinique<br>à<br>Mesdames et Messieurs les proviseurs des lycées
publics et privés sous contrat</p>
<p><b>Objet : BTS Bioanalyses et contrôles (BioAC) – organisation de la session 2027 dans l'académie de la Martinique</b></p>
<p>Référence : circulaire nationale d'organisation du BTS Bioanalyses et contrôles, session 2027.</p>
<p>La présente circulaire précise les modalités d'organisation de l'examen pour les candidats inscrits dans l'académie
de la Martinique. Les épreuves écrites se déroulent aux dates nationales ; les horaires applicables en Martinique sont
ceux de la colonne « Martinique – Guadeloupe » du tableau national reproduit ci-dessous.</p>

<h2>I. Épreuves écrites</h2>
<p>Extrait du calendrier national des épreuves écrites (horaires en heure locale) :</p>
<table>{head}
{rows}
</table>
<p>Les candidats de l'académie composent au <b>lycée Bellevue</b>, rue Marie-Thérèse Gertrude, 97200 Fort-de-France.
Ils doivent se présenter trente minutes avant le début de chaque épreuve, munis de leur convocation et d'une pièce
d'identité. L'unité U2 « Anglais » est évaluée en contrôle en cours de formation pour l'ensemble des candidats de
l'académie.</p>

<h2>II. Épreuve pratique U5</h2>
<p>L'épreuve pratique U5 « Analyses de biologie et de contrôle » se déroulera du lundi 31 mai au vendredi 4 juin 2027
au <b>lycée Joseph Gaillard</b>, 45 rue Joseph Gaillard, 97200 Fort-de-France, selon le planning de passage adressé
aux établissements. Les blouses et équipements de protection individuelle sont obligatoires.</p>

<h2>III. Épreuve orale U6 – projet</h2>
<p>Le rapport de projet support de l'épreuve U6 est déposé en deux exemplaires au lycée Joseph Gaillard au plus tard
le vendredi 7 mai 2027 à 16h00 (heure de la Martinique). Le contrôle de conformité des rapports aura lieu le mercredi
19 mai 2027 à 8h30 au lycée Joseph Gaillard.</p>
<p>Les soutenances orales U6 se tiendront du mardi 8 juin au jeudi 10 juin 2027 au lycée Joseph Gaillard.</p>

<h2>IV. Jury et résultats</h2>
<p>Le jury de délibération se réunira le mardi 29 juin 2027 à 9h00 au rectorat de la Martinique, Les Hauts de
Terreville, 97279 Schœlcher. Les résultats seront consultables le mercredi 30 juin 2027 à partir de 14h00.</p>

<p class="droite">Pour le recteur et par délégation,<br>la cheffe de la division des examens et concours<br><br>
Josiane Marie-Sainte</p>
</body></html>
"""


def build(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(html())
