"""Circulaire académique – BTS Bioanalyses et contrôles – académie de Dijon – session 2026 (fictitious). Plain HTML."""

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>BTS BioAC – session 2026 – circulaire d'organisation</title>
<style>
 @page { size: A4; margin: 1.6cm 1.8cm; }
 body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; margin: 0; color: #111; }
 .entete { display: table; width: 100%; }
 .entete div { display: table-cell; vertical-align: top; }
 .entete .droite { text-align: right; }
 h1 { font-size: 14pt; color: #6b1d5c; border-bottom: 2px solid #6b1d5c; padding-bottom: 3px; }
 h2 { font-size: 11.5pt; color: #6b1d5c; margin-top: 18px; }
 table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 9.5pt; }
 th, td { border: 1px solid #777; padding: 4px 6px; text-align: left; vertical-align: top; }
 th { background: #eadcea; }
 .petit { font-size: 8.5pt; font-style: italic; }
 .signature { margin-left: 55%; margin-top: 24px; }
</style></head>
<body>
<div class="entete">
 <div><b>ACADÉMIE DE DIJON</b><br>Rectorat<br>Division des examens et concours<br>Bureau DEC 3 – BTS<br>
  Dossier suivi par : Aurélien Montbard-Chaussy<br>Tél. : 03 80 44 87 12</div>
 <div class="droite">Dijon, le 3 février 2026<br><br>Le recteur de l'académie de Dijon<br>à<br>
  Mesdames et Messieurs les proviseurs des lycées<br>préparant au BTS Bioanalyses et contrôles</div>
</div>

<h1>Objet : BTS Bioanalyses et contrôles (BioAC) – organisation de la session 2026</h1>
<p class="petit">Références : arrêté du 12 mars 2018 portant définition du BTS Bioanalyses et contrôles ;
 circulaire nationale d'organisation du 9 janvier 2026.</p>

<p>J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2026 du BTS Bioanalyses et
contrôles pour l'académie de Dijon. Je vous remercie de bien vouloir en informer les équipes pédagogiques et les
candidats de votre établissement.</p>

<h2>1. Centres d'épreuves</h2>
<ul>
 <li>Lycée Henri Vincenot, 18 rue de Mirande, 21000 Dijon : épreuves écrites, épreuves pratiques E51 et E52,
  soutenances E6 ;</li>
 <li>Lycée Jacques Amyot, 3 rue de l'Étang Saint-Vigile, 89000 Auxerre : épreuves écrites ;</li>
 <li>Lycée Nicéphore Niépce, 141 avenue Boucicaut, 71100 Chalon-sur-Saône : épreuves écrites.</li>
</ul>
<p>Les candidats de la Nièvre composent à Auxerre. Les établissements de formation (lycée privé Sainte-Marthe de
Nevers, CFA agricole de Quetigny) ne sont pas centres d'épreuves.</p>

<h2>2. Calendrier</h2>
<table>
 <tr><th>Épreuve</th><th>Intitulé</th><th>Date</th><th>Horaire</th><th>Lieu</th></tr>
 <tr><td>E4</td><td>Bases scientifiques et technologiques de la biologie</td><td>lundi 11 mai 2026</td><td>9h00 – 13h00</td><td>trois centres d'écrit</td></tr>
 <tr><td>E1</td><td>Culture générale et expression</td><td>mardi 12 mai 2026</td><td>14h00 – 18h00</td><td>trois centres d'écrit</td></tr>
 <tr><td>E3</td><td>Mathématiques</td><td>mercredi 13 mai 2026</td><td>10h00 – 12h00</td><td>trois centres d'écrit</td></tr>
 <tr><td>E2</td><td>Anglais – oral ponctuel (candidats hors CCF)</td><td>du mardi 26 mai au vendredi 29 mai 2026</td><td>selon convocation</td><td>Lycée Henri Vincenot</td></tr>
 <tr><td>E51</td><td>Analyses de biologie médicale – épreuve pratique (6 h)</td><td>du lundi 1er juin au jeudi 4 juin 2026</td><td>selon convocation</td><td>Lycée Henri Vincenot</td></tr>
 <tr><td>E52</td><td>Contrôle qualité des produits – épreuve pratique (4 h)</td><td>du lundi 8 juin au mardi 9 juin 2026</td><td>selon convocation</td><td>Lycée Henri Vincenot</td></tr>
 <tr><td>E6</td><td>Projet – soutenance orale</td><td>du mercredi 10 juin au vendredi 12 juin 2026</td><td>selon convocation</td><td>Lycée Henri Vincenot</td></tr>
</table>
<p class="petit">Le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) sont fériés.
Les vacances de printemps de la zone A s'étendent du samedi 11 avril au lundi 27 avril 2026.</p>

<h2>3. Épreuve E6 – dossier de projet</h2>
<p>Le dossier de projet est déposé par l'établissement de formation au Lycée Henri Vincenot (Dijon) <b>au plus
tard le vendredi 10 avril 2026 à 12h00</b>, en deux exemplaires papier accompagnés du fichier numérique.
Un dossier déposé après cette date n'est pas recevable.</p>

<h2>4. Épreuves pratiques E51 et E52</h2>
<p>Une réunion d'entente des examinateurs des épreuves E51 et E52 se tiendra le <b>vendredi 29 mai 2026 à 14h00</b>
au Lycée Henri Vincenot. Les sujets sont communiqués aux laboratoires du centre dix jours avant la période
d'épreuve, sous pli confidentiel. L'épreuve E5 est organisée sous forme ponctuelle pour tous les candidats.</p>

<h2>5. Épreuves en CCF</h2>
<p>Pour les candidats scolaires et apprentis, l'épreuve E2 est évaluée en CCF. Les propositions de notes sont
transmises au bureau DEC 3 <b>au plus tard le vendredi 5 juin 2026</b>, accompagnées des fiches d'évaluation.</p>

<h2>6. Jury et résultats</h2>
<p>Le jury de délibération se réunira le <b>mardi 30 juin 2026 à 9h30</b> au rectorat de Dijon, 2G rue
Général Delaborde, 21000 Dijon. Les résultats seront publiés le <b>jeudi 2 juillet 2026 à 10h00</b> sur le site de
l'académie.</p>

<div class="signature">Pour le recteur et par délégation,<br>la cheffe de la division des examens et concours,<br>
<i>Signé :</i> Bérangère Saulieu-Thomas</div>
</body></html>
"""
