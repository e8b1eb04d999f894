# -*- coding: utf-8 -*-
"""Page HTML fictive : BTS Comptabilité et gestion, session 2028, académie de Mayotte.
Une mise à jour a barré (<del>) une date et une heure et inséré (<ins>) les nouvelles."""

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS CG – session 2028 – circulaire d'organisation – Académie de Mayotte</title>
<style>
  @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
  body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #1b1b1b; }
  header.bandeau { border-bottom: 3px solid #00727a; padding-bottom: 6px; margin-bottom: 10px; }
  header.bandeau .acad { font-weight: bold; font-size: 13pt; color: #00727a; }
  header.bandeau .div { font-size: 9pt; }
  .maj { border: 1px dashed #b35900; background: #fff4e5; padding: 6px 9px; margin: 10px 0; font-size: 9.5pt; }
  del { color: #8a1c1c; text-decoration: line-through; }
  ins { color: #0b5d1e; text-decoration: underline; font-weight: bold; }
  h1 { font-size: 14pt; margin: 8px 0; }
  h2 { font-size: 11.5pt; color: #00727a; margin: 14px 0 5px 0; }
  table { border-collapse: collapse; width: 100%; margin: 6px 0; }
  caption { text-align: left; font-weight: bold; padding: 3px 0; }
  th, td { border: 1px solid #7a7a7a; padding: 4px 6px; vertical-align: top; font-size: 9.5pt; }
  th { background: #e3f1f2; }
  .lieu { text-align: right; }
  .sig { margin-left: 55%; margin-top: 16px; }
  address { font-style: normal; }
  .petit { font-size: 8.5pt; color: #444; }
</style>
</head>
<body>
<header class="bandeau">
  <div class="acad">ACADÉMIE DE MAYOTTE</div>
  <div class="div">Rectorat – Division des examens et concours (DEC 3) – Bureau des examens de l'enseignement supérieur</div>
</header>

<p class="lieu">Mamoudzou, le 3 avril 2028</p>

<h1>BTS Comptabilité et gestion (CG) – session 2028<br>Circulaire d'organisation des épreuves</h1>

<p><em>Destinataires : Mesdames et Messieurs les chefs d'établissement ; les professeurs de la section CG ; les candidats individuels.</em></p>

<div class="maj"><strong>Mise à jour du 2 mai 2028.</strong> En raison des restrictions d'eau annoncées par la préfecture, l'épreuve E5
est décalée d'un jour et l'heure de publication des résultats est modifiée. Les éléments supprimés sont barrés, les nouveaux
sont soulignés ; le reste de la circulaire est inchangé.</div>

<h2>1. Heure de référence</h2>
<p>Tous les horaires de cette circulaire sont exprimés en <strong>heure de Mayotte</strong> (UTC+3). À titre d'exemple,
l'épreuve E1, de 13 h à 17 h à Mayotte, se déroule de 12 h à 16 h à Paris ; les candidats composent au même instant que
ceux de métropole.</p>

<h2>2. Centres d'épreuves écrites</h2>
<p>Les candidats sont convoqués dans l'un des deux centres suivants, selon leur commune de résidence :</p>
<address><strong>Lycée polyvalent Maoulida Chanfi</strong> – rue du Stade de Cavani, 97600 Mamoudzou (Grande-Terre)</address>
<address><strong>Lycée des Baobabs</strong> – boulevard des Crabes, 97615 Dzaoudzi (Petite-Terre)</address>

<h2>3. Calendrier des épreuves écrites</h2>
<table>
  <caption>Épreuves ponctuelles écrites – mai 2028</caption>
  <thead><tr><th>Jour</th><th>Épreuve</th><th>Horaire (heure de Mayotte)</th><th>Durée</th></tr></thead>
  <tbody>
    <tr><td><time datetime="2028-05-15">lundi 15 mai</time></td><td>E1 – Culture générale et expression</td><td>13 h – 17 h</td><td>4 h</td></tr>
    <tr><td><time datetime="2028-05-16">mardi 16 mai</time></td><td>E41 – Culture économique, juridique et managériale</td><td>13 h – 17 h</td><td>4 h</td></tr>
    <tr><td><time datetime="2028-05-17">mercredi 17 mai</time></td><td>E3 – Mathématiques appliquées</td><td>8 h – 10 h</td><td>2 h</td></tr>
    <tr><td><time datetime="2028-05-17">mercredi 17 mai</time></td><td>E42 – Culture économique, juridique et managériale appliquée</td><td>13 h – 15 h</td><td>2 h</td></tr>
    <tr><td><del><time datetime="2028-05-18">jeudi 18 mai</time></del><br><ins><time datetime="2028-05-19">vendredi 19 mai</time></ins></td><td>E5 – Situations de contrôle de gestion et d'analyse financière</td><td>8 h – 12 h 30</td><td>4 h 30</td></tr>
  </tbody>
</table>
<p class="petit">E4 est composée des deux sous-épreuves E41 et E42 ci-dessus. Le jeudi 27 avril 2028, commémoration de l'abolition de
l'esclavage, est férié à Mayotte ; le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) le sont aussi.</p>

<h2>4. Épreuve E6 – parcours de professionnalisation</h2>
<p>Le dossier numérique est déposé sur la plateforme académique au plus tard le <strong>vendredi 28 avril 2028 à 12 h</strong>
(le jeudi 27 avril étant férié). La commission de contrôle de conformité siège le <strong>mercredi 10 mai 2028 à 8 h</strong>
au rectorat, BP 76, 97600 Mamoudzou.</p>

<h2>5. Épreuves orales</h2>
<p>Toutes les épreuves orales ont lieu au <strong>Lycée Saïd Mdahoma</strong>, route nationale 2, 97640 Sada :</p>
<ul>
  <li>E2 – Langue vivante étrangère (anglais) : du lundi 22 au mercredi 24 mai 2028 ;</li>
  <li>E6 – Parcours de professionnalisation : du lundi 29 mai au jeudi 1er juin 2028 ;</li>
  <li>EF1 – Langue vivante facultative : mardi 6 juin 2028.</li>
</ul>

<h2>6. Correction et réunion d'entente</h2>
<p>Les copies sont corrigées de façon dématérialisée. Les correcteurs de l'épreuve E5 sont réunis pour l'entente le
<strong>lundi 22 mai 2028 à 13 h</strong> au Lycée polyvalent Maoulida Chanfi.</p>

<h2>7. Jury et résultats</h2>
<p>Le jury de délibération se réunit le <strong>jeudi 22 juin 2028 à 8 h 30</strong> au rectorat. Les résultats sont publiés
le vendredi 23 juin 2028 à <del>14 h</del> <ins>15 h</ins>.</p>

<h2>8. Établissements de formation</h2>
<p class="petit">Les candidats sont préparés au Lycée polyvalent Maoulida Chanfi, au CFA de la chambre de commerce et d'industrie de
Mayotte (Kawéni) et à l'antenne du CNED ; le CFA et l'antenne du CNED ne sont pas centres d'épreuves.</p>

<div class="sig">Pour le recteur et par délégation,<br>la cheffe de la division des examens et concours,<br><strong>Zaïnaba ATTOUMANI-LEBRUN</strong></div>
</body>
</html>
"""
