"""Note fictive BTS MCO, académie de la Guyane, session 2028, publiée en page HTML.
Mise en page : tableau horaire en heure de Guyane avec rappel entre parenthèses de l'heure de Paris
(piège), dates « 15-05-2028 » et heures « 09:00 », liste de définitions (<dl>) des étapes clés,
centres avec adresse sur plusieurs lignes et ville dans une cellule séparée."""

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>BTS MCO – session 2028 – note d'organisation – Académie de la Guyane</title>
<style>
@page { size: A4; margin: 1.5cm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; margin: 0; color: #222; }
.bandeau { border-left: 8px solid #0b6e4f; padding-left: 10px; }
.bandeau p { margin: 1px 0; }
h1 { font-size: 13pt; color: #0b6e4f; margin-top: 18px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { border: 1px solid #777; padding: 3px 5px; vertical-align: top; }
h2 { font-size: 11pt; background: #e7f2ee; padding: 3px 6px; }
th { background: #cfe6dc; }
td.nw, span.nw { white-space: nowrap; }
td.paris { color: #666; font-size: 8pt; }
dl { border: 1px dashed #0b6e4f; padding: 6px 10px; }
dt { font-weight: bold; margin-top: 4px; }
dd { margin-left: 24px; }
.note { font-size: 8.5pt; }
.sig { margin-left: 55%; margin-top: 20px; }
</style></head>
<body>
<div class="bandeau">
<p><b>ACADÉMIE DE LA GUYANE</b></p>
<p>Rectorat – Division des examens et concours (DEC)</p>
<p>Route de Baduel – BP 6011 – 97306 Cayenne Cedex</p>
</div>
<p style="text-align:right">Cayenne, le 08-02-2028</p>
<p>Réf. : DEC/BTS/2028-017</p>
<h1>BTS Management commercial opérationnel (MCO) – session 2028<br>Note d'organisation des épreuves</h1>
<p>Textes de référence : arrêté du 21 mars 2019 portant définition du BTS MCO ; note nationale
d'organisation de la session 2028.</p>
<p><b>Important :</b> tous les horaires de cette note sont exprimés en <b>heure de Guyane</b>.
L'heure de Paris n'est rappelée qu'à titre indicatif, en petits caractères*.</p>

<h2>1. Épreuves écrites</h2>
<table>
<thead><tr><th>Date</th><th>Épreuve</th><th>Unité</th><th>Heure de Guyane</th><th>Durée</th></tr></thead>
<tbody>
<tr><td class="nw">15-05-2028</td><td>E3 – Culture économique, juridique et managériale</td><td>U3</td>
<td>09:00 – 13:00<br><span class="paris">(14:00 – 18:00 Paris*)</span></td><td>4 h</td></tr>
<tr><td class="nw">16-05-2028</td><td>E1 – Culture générale et expression</td><td>U1</td>
<td>09:00 – 13:00<br><span class="paris">(14:00 – 18:00 Paris*)</span></td><td>4 h</td></tr>
<tr><td class="nw">17-05-2028</td><td>E2 – Communication en langue vivante étrangère (écrit)</td><td>U2</td>
<td>08:00 – 10:00<br><span class="paris">(13:00 – 15:00 Paris*)</span></td><td>2 h</td></tr>
<tr><td class="nw">18-05-2028</td><td>E5 – Assurer la gestion opérationnelle</td><td>U5</td>
<td>09:00 – 12:00<br><span class="paris">(14:00 – 17:00 Paris*)</span></td><td>3 h</td></tr>
<tr><td class="nw">19-05-2028</td><td>E6 – Manager l'équipe commerciale</td><td>U6</td>
<td>09:00 – 11:30<br><span class="paris">(14:00 – 16:30 Paris*)</span></td><td>2 h 30</td></tr>
</tbody></table>
<p class="note">* Heure de Paris donnée pour information : elle ne s'applique pas aux candidats de Guyane.
Les candidats doivent être présents 30 minutes avant le début de l'épreuve.</p>

<h2>2. Épreuves orales (candidats ponctuels)</h2>
<table>
<thead><tr><th>Épreuve</th><th>Période</th><th>Centre</th></tr></thead>
<tbody>
<tr><td>E4 – Relation client et animation de l'offre : E41 « Développer la relation client et assurer la vente conseil » (U41)</td>
<td class="nw">du 29-05-2028<br>au 02-06-2028</td><td rowspan="2">Lycée Melkior-Garré (Cayenne)</td></tr>
<tr><td>E42 « Animer et dynamiser l'offre commerciale » (U42)</td><td class="nw">du 06-06-2028<br>au 09-06-2028</td></tr>
<tr><td>EF1 – Langue vivante 2 (facultative)</td><td class="nw">31-05-2028 à 13:30</td><td>Lycée Melkior-Garré</td></tr>
<tr><td>EF2 – Entrepreneuriat (facultative)</td><td colspan="2">non organisée dans l'académie pour la session 2028</td></tr>
</tbody></table>
<p class="note">Jours fériés : 25-05-2028 (Ascension), 05-06-2028 (lundi de Pentecôte) et 10-06-2028
(commémoration de l'abolition de l'esclavage).</p>

<h2>3. Étapes clés</h2>
<dl>
<dt>14-04-2028 – 12:00</dt>
<dd>Date limite de dépôt des dossiers E41 et E42 (fiches et attestations de stage) au lycée Melkior-Garré.</dd>
<dt>25-04-2028 – 09:00</dt>
<dd>Contrôle de conformité des dossiers E41 et E42.</dd>
<dt>22-05-2028 – 08:30</dt>
<dd>Réunion d'entente des correcteurs E5 et E6 (lycée Léon-Gontran Damas).</dd>
<dt>du 22-05-2028 au 30-05-2028</dt>
<dd>Correction des copies (toutes épreuves écrites).</dd>
<dt>22-06-2028 – 08:00</dt>
<dd>Jury de délibération, rectorat de Cayenne.</dd>
<dt>27-06-2028 – 10:00</dt>
<dd>Publication des résultats sur le site de l'académie.</dd>
</dl>

<h2>4. Centres d'épreuves écrites</h2>
<table>
<thead><tr><th>Établissement</th><th>Adresse</th><th>Commune</th></tr></thead>
<tbody>
<tr><td>Lycée Melkior-Garré</td><td>Avenue Léopold Héder<br>BP 5022<br>97305 CAYENNE CEDEX</td><td>Cayenne</td></tr>
<tr><td>Lycée Léon-Gontran Damas</td><td>Route de Montjoly<br>97354</td><td>Rémire-Montjoly</td></tr>
<tr><td>Lycée Bertène Juminer</td><td>Rue Paul Castaing<br>97320</td><td>Saint-Laurent-du-Maroni</td></tr>
</tbody></table>
<p class="note">Les candidats de la MFR de Mana et du CFA de la CCI de Guyane (Kourou), établissements de
formation, composent dans le centre indiqué sur leur convocation.</p>

<div class="sig"><p>Pour le recteur et par délégation,<br>La cheffe de la DEC,<br>Marie-Line Horth</p></div>
</body></html>
"""
