# -*- coding: utf-8 -*-
"""Page web fictive : BTS Métiers de l'audiovisuel, académie de Nice, session 2026 (onglets + sections repliables)."""

STEM = "circulaire_mav_2026_nice"

OPTIONS = [
    # (id, libellé, E4 horaires, E4 durée, E5 période, centre E5)
    ("gp", "Gestion de la production", ("09:00", "13:00"), "4 h",
     "du lundi 18 au mardi 19 mai 2026", "Lycée Les Eucalyptus (Nice)"),
    ("mi", "Métiers de l'image", ("08:00", "14:00"), "6 h",
     "du mardi 26 au jeudi 28 mai 2026", "Lycée Les Eucalyptus (Nice)"),
    ("ms", "Métiers du son", ("08:00", "14:00"), "6 h",
     "du mardi 26 au mercredi 27 mai 2026", "Lycée Carnot (Cannes)"),
    ("tiee", "Techniques d'ingénierie et exploitation des équipements", ("08:00", "14:00"), "6 h",
     "du mercredi 20 au vendredi 22 mai 2026", "Lycée Léonard de Vinci (Antibes)"),
    ("mmp", "Métiers du montage et de la postproduction", ("08:00", "14:00"), "6 h",
     "du lundi 1er au mercredi 3 juin 2026", "Lycée Carnot (Cannes)"),
]

CSS = """
body{font-family:'Liberation Sans',Arial,sans-serif;font-size:11pt;max-width:60em;margin:1em auto;color:#222}
header.bandeau{border-bottom:3px solid #000091;padding-bottom:.5em;margin-bottom:1em}
header.bandeau .marianne{font-weight:bold;letter-spacing:.05em}
nav.ariane{font-size:9pt;color:#555}
details{border:1px solid #bbb;margin:.6em 0;padding:.3em .8em}
summary{font-weight:bold;cursor:pointer;color:#000091}
table{border-collapse:collapse;margin:.5em 0;width:100%}
th,td{border:1px solid #999;padding:3px 6px;vertical-align:top;font-size:10pt}
th{background:#e8e8f4}
.onglets input[type=radio]{display:none}
.onglets label{display:inline-block;padding:4px 10px;border:1px solid #999;border-bottom:none;margin-right:2px;background:#eee}
.onglets .panneau{display:none;border:1px solid #999;padding:.5em}
#t-gp:checked ~ .p-gp,#t-mi:checked ~ .p-mi,#t-ms:checked ~ .p-ms,#t-tiee:checked ~ .p-tiee,#t-mmp:checked ~ .p-mmp{display:block}
footer{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:2em}
@media print{details>*{display:block}.onglets .panneau{display:block}}
"""


def page():
    h = []
    a = h.append
    a('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">')
    a("<title>BTS Métiers de l'audiovisuel – session 2026 – Organisation des épreuves | Académie de Nice</title>")
    a('<meta name="description" content="Calendrier et centres du BTS MAV, session 2026, académie de Nice">')
    a("<style>" + CSS + "</style>\n</head>\n<body>")
    a('<header class="bandeau"><div class="marianne">RÉPUBLIQUE FRANÇAISE</div>'
      '<div>Académie de Nice – Rectorat</div>'
      '<div>Division des examens et concours – DEC 3 (BTS)</div></header>')
    a('<nav class="ariane">Accueil › Examens et concours › BTS › Circulaires d\'organisation › MAV</nav>')
    a("<h1>BTS Métiers de l'audiovisuel (MAV) – session 2026</h1>")
    a("<p><em>Circulaire d'organisation publiée le 3 février 2026 – mise à jour de la page : voir pied de page.</em></p>")
    a("<p>Références : arrêté du 29 mars 2018 modifié portant définition du BTS « Métiers de l'audiovisuel » ; "
      "circulaire nationale d'organisation du 15 décembre 2025.</p>")
    a("<p>Cette page remplace l'envoi papier. Les chefs de centre sont invités à déplier chaque rubrique et à "
      "consulter l'onglet correspondant à l'option de leurs candidats. Le bâtiment du rectorat (53 avenue Cap de "
      "Nice, 06181 Nice Cedex 2) reste le destinataire des dossiers.</p>")

    a('<details open><summary>1. Épreuves écrites communes à toutes les options</summary>')
    a("<table><thead><tr><th>Date</th><th>Épreuve</th><th>Début</th><th>Fin</th><th>Durée</th></tr></thead><tbody>")
    for row in [("lundi 11 mai 2026", "E1 – Culture audiovisuelle et artistique", "14:00", "18:00", "4 h"),
                ("mardi 12 mai 2026", "E2 – Anglais", "10:00", "12:00", "2 h"),
                ("mardi 12 mai 2026", "E3 – Environnement économique et juridique de l'audiovisuel", "14:00", "17:00", "3 h")]:
        a("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    a("</tbody></table>")
    a("<p>Centre d'écrit unique : <strong>Lycée Les Eucalyptus</strong>, 7 avenue des Eucalyptus, 06200 Nice. "
      "Le jeudi 14 mai 2026 (Ascension) et le vendredi 15 mai 2026 sont vaqués ; le lundi 25 mai 2026 (Pentecôte) aussi.</p>")
    a("</details>")

    a('<details open><summary>2. Épreuves E4 et E5 par option</summary>')
    a("<p>L'épreuve E4 « Technologie des équipements et supports » est écrite et a lieu le mercredi 13 mai 2026 "
      "pour toutes les options, avec un horaire propre à chaque option. L'épreuve E5 « Techniques et mise en œuvre » "
      "est pratique.</p>")
    a('<div class="onglets">')
    for i, (oid, lib, *_rest) in enumerate(OPTIONS):
        chk = " checked" if i == 0 else ""
        a(f'<input type="radio" name="opt" id="t-{oid}"{chk}><label for="t-{oid}">{lib}</label>')
    for oid, lib, (d, f), duree, e5, centre in OPTIONS:
        a(f'<div class="panneau p-{oid}"><h3>Option « {lib} »</h3>')
        a("<table><tr><th>Épreuve</th><th>Date</th><th>Horaire</th><th>Durée</th><th>Centre</th></tr>")
        a(f"<tr><td>E4 (écrit)</td><td>mercredi 13 mai 2026</td><td>{d} – {f}</td><td>{duree}</td><td>Lycée Les Eucalyptus (Nice)</td></tr>")
        a(f"<tr><td>E5 (pratique)</td><td>{e5}</td><td>convocation individuelle</td><td>selon sujet</td><td>{centre}</td></tr>")
        a("</table></div>")
    a("</div>")
    a("<p>Réunion d'entente des examinateurs de l'épreuve E5 (toutes options), en visioconférence : "
      "lundi 4 mai 2026 à 14 h.</p>")
    a("</details>")

    a('<details><summary>3. Épreuve E6 « Projet » et dossiers</summary>')
    a("<p>L'épreuve E6 comporte deux parties :</p><ul>"
      "<li>1ère partie (unité U61) – projet de l'option : soutenance orale du lundi 8 au vendredi 12 juin 2026 "
      "au Lycée Léonard de Vinci, 214 rue Jean Joannon, 06633 Antibes Cedex ;</li>"
      "<li>2e partie (unité U62) – situation en milieu professionnel : évaluée en contrôle en cours de formation, "
      "sans convocation.</li></ul>")
    a("<p>Les dossiers de projet (U61) sont déposés à la DEC 3 du rectorat au plus tard le mercredi 22 avril 2026 "
      "à 17 h, le cachet de la poste ne faisant pas foi. Attention : les vacances de printemps (zone B) courent "
      "du samedi 4 au lundi 20 avril 2026.</p>")
    a("<p>Le contrôle de conformité des dossiers U61 aura lieu le jeudi 30 avril 2026 à 9 h au rectorat.</p>")
    a("<p>Langue vivante facultative (EF1), oral de 15 minutes : mercredi 10 juin 2026, lycée Les Eucalyptus.</p>")
    a("</details>")

    a('<details><summary>4. Centres d\'épreuves</summary>')
    a("<table><tr><th>Centre</th><th>Adresse</th><th>Ville</th><th>Épreuves</th></tr>"
      "<tr><td>Lycée Les Eucalyptus</td><td>7 avenue des Eucalyptus</td><td>06200 Nice</td><td>E1, E2, E3, E4, E5 (GP, MI), EF1</td></tr>"
      "<tr><td>Lycée Carnot</td><td>90 boulevard Carnot<br>BP 229</td><td>06406 Cannes Cedex</td><td>E5 (MS, MMP)</td></tr>"
      "<tr><td>Lycée Léonard de Vinci</td><td>214 rue Jean Joannon</td><td>06633 Antibes Cedex</td><td>E5 (TIEE), E6</td></tr>"
      "</table>")
    a("<p>Pour information, les établissements de formation suivants préparent au BTS MAV mais ne sont pas centres "
      "d'épreuves : École privée Cinécole Azur (Nice) ; CFA des métiers de l'image et du son (Sophia Antipolis).</p>")
    a("</details>")

    a('<details><summary>5. Jury et résultats</summary>')
    a("<p>Le jury de délibération se tiendra le mardi 23 juin 2026 à 14 h au rectorat. Les résultats seront "
      "consultables le vendredi 26 juin 2026 à partir de 10 h.</p>")
    a("</details>")
    a("<p>Le recteur de l'académie de Nice,<br>pour le recteur et par délégation, le chef de la DEC,<br>Marc Ottaviani</p>")
    a("<footer>© Académie de Nice – page mise à jour le 3 février 2026 – "
      "contact : dec3@ac-nice.fr – mentions légales – accessibilité : partiellement conforme</footer>")
    a("</body>\n</html>\n")
    return "\n".join(h)
