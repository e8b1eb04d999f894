"""BTS Électrotechnique, académie d'Orléans-Tours, session 2030.
HTML page (printed by Chromium, then the PDF is re-distilled by Ghostscript pdfwrite).
Hours are typeset the old way, with a superscript « h » (14<sup>h</sup>00). All names, dates and references invented."""

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>BTS ET 2030 - circulaire d'organisation</title>
<style>
@page { size: A4; margin: 16mm 17mm 18mm 17mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 9.8pt; line-height: 1.38; color: #111;
       font-feature-settings: "liga" 1, "kern" 1; text-align: justify; hyphens: auto; }
.entete { display: table; width: 100%; margin-bottom: 6mm; }
.entete > div { display: table-cell; vertical-align: top; }
.marque { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 12pt; letter-spacing: .5pt; }
.service { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #333; }
.lieu { text-align: right; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; margin: 5mm 0 2mm; color: #0b3d6b;
     font-variant: small-caps; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm; font-size: 9.5pt; }
th, td { border: .6pt solid #555; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #e4ecf5; font-family: 'DejaVu Sans', sans-serif; font-size: 8.8pt; }
td.h { white-space: nowrap; text-align: center; }
.nom { font-variant: small-caps; }
.note { font-size: 8.5pt; color: #333; }
.sig { margin-left: 55%; margin-top: 8mm; }
</style></head><body>
<div class="entete">
 <div><div class="marque">ACADÉMIE D'ORLÉANS-TOURS</div>
  <div class="service">Rectorat<br>Division des examens et concours — Bureau DEC 4<br>
  Affaire suivie par : M. Benoît Rabusseau<br>Tél. : 02 38 79 46 12<br>dec4-bts@ac-orleans-tours.fr</div></div>
 <div class="lieu">Orléans, le 5 mars 2030<br><br>
  <div style="text-align:left;margin-left:20%">La rectrice de l'académie d'Orléans-Tours<br>à<br>
  Mesdames et Messieurs les proviseurs<br>des lycées préparant au BTS Électrotechnique</div></div>
</div>

<p><b>Objet :</b> BTS Électrotechnique (ET) — organisation de la session 2030.<br>
<b>P. J. :</b> fiche de dépôt du rapport (à compléter par le candidat).</p>

<p>La présente circulaire définit les modalités d'organisation de la session 2030 du BTS Électrotechnique dans
l'académie d'Orléans-Tours. Elle annule les informations provisoires diffusées lors de la réunion des
coordonnateurs et doit être affichée dans chaque établissement afin que les candidats en prennent
connaissance suffisamment tôt. Les officiers d'examen des établissements vérifieront la fiabilité des
listes de candidats et signaleront toute difficulté au bureau DEC 4.</p>

<h2>1. Centres d'épreuves</h2>
<table>
<tr><th style="width:38%">Établissement</th><th>Adresse</th><th style="width:30%">Épreuves accueillies</th></tr>
<tr><td>Lycée <span class="nom">Benjamin Franklin</span></td><td>21 bis rue Eugène Vignat, 45000 Orléans</td>
    <td>écrits, E51, E52, jury</td></tr>
<tr><td>Lycée <span class="nom">Grandmont</span></td><td>avenue de Sévigné, 37200 Tours</td><td>écrits, E61, E62</td></tr>
<tr><td>Lycée <span class="nom">Augustin Thierry</span></td><td>13 avenue de Châteaudun, 41000 Blois</td><td>écrits</td></tr>
</table>

<h2>2. Épreuves écrites</h2>
<table>
<tr><th style="width:22%">Date</th><th style="width:9%">Épreuve</th><th>Intitulé</th><th style="width:14%">Début</th><th style="width:14%">Fin</th></tr>
<tr><td>mardi 14 mai 2030</td><td>E1</td><td>Culture générale et expression</td><td class="h">14<sup>h</sup>00</td><td class="h">18<sup>h</sup>00</td></tr>
<tr><td>mercredi 15 mai 2030</td><td>E2</td><td>Langue vivante étrangère : anglais</td><td class="h">9<sup>h</sup>00</td><td class="h">11<sup>h</sup>00</td></tr>
<tr><td>mercredi 15 mai 2030</td><td>E3</td><td>Mathématiques</td><td class="h">14<sup>h</sup>00</td><td class="h">16<sup>h</sup>00</td></tr>
<tr><td>jeudi 16 mai 2030</td><td>E41</td><td>Étude d'un système technique industriel : pré-étude et modélisation</td><td class="h">8<sup>h</sup>00</td><td class="h">12<sup>h</sup>00</td></tr>
<tr><td>vendredi 17 mai 2030</td><td>E42</td><td>Étude d'un système technique industriel : conception et industrialisation</td><td class="h">8<sup>h</sup>00</td><td class="h">12<sup>h</sup>00</td></tr>
</table>
<p class="note">Les épreuves E4, E5 et E6 sont des épreuves « parentes » : seules leurs sous-épreuves sont
convoquées. Les candidats sont appelés en salle trente minutes avant le début de chaque épreuve.</p>

<h2>3. Épreuves orales et pratiques</h2>
<table>
<tr><th style="width:14%">Épreuve</th><th style="width:40%">Intitulé</th><th>Période</th><th style="width:18%">Centre</th></tr>
<tr><td>E51</td><td>Conception et industrialisation — revue de projet</td><td>du lundi 20 au vendredi 24 mai 2030</td><td>lycée Benjamin Franklin</td></tr>
<tr><td>E61</td><td>Épreuve de synthèse en atelier</td><td>du lundi 27 au mercredi 29 mai 2030</td><td>lycée Grandmont</td></tr>
<tr><td>E52</td><td>Soutenance du projet</td><td>du lundi 3 au vendredi 7 juin 2030</td><td>lycée Benjamin Franklin</td></tr>
<tr><td>E62</td><td>Rapport de stage en entreprise</td><td>du mardi 11 au jeudi 13 juin 2030</td><td>lycée Grandmont</td></tr>
</table>
<p class="note">Le jeudi 30 mai 2030 (Ascension) et le vendredi 31 mai 2030 (pont) ainsi que le lundi 10 juin 2030
(lundi de Pentecôte) sont vaqués : aucune convocation n'est fixée ces jours-là.</p>

<h2>4. Rapports de stage (E62)</h2>
<p>Les rapports de stage sont remis au lycée Grandmont à Tours, au plus tard le <b>mercredi 10 avril 2030
à 12<sup>h</sup>00</b>, accompagnés de la fiche de dépôt jointe. Le contrôle de conformité se déroulera le
<b>mardi 16 avril 2030 à 9<sup>h</sup>00</b> ; un rapport absent ou non conforme ne permet pas au candidat
d'être interrogé.</p>

<h2>5. Jury et résultats</h2>
<p>Le jury final se réunira le jeudi 27 juin 2030 à 9<sup>h</sup>00 au lycée Benjamin Franklin. Les résultats
seront affichés et mis en ligne le lundi 1<sup>er</sup> juillet 2030 à 10<sup>h</sup>00.</p>

<div class="sig">Pour la rectrice et par délégation,<br>le chef de la division des examens et concours,<br><br>
<i>Thibault Lemarié-Vasseur</i></div>
</body></html>
"""
