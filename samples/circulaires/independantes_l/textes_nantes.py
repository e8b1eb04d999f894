# -*- coding: utf-8 -*-
"""Page de l'intranet DEC, BTS NDRC, académie de Nantes, session 2026 (listes imbriquées, liste de définitions)."""

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS NDRC – session 2026 – Intranet DEC – Académie de Nantes</title>
<style>
 body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; margin: 0 1.2em; color: #222; }
 .bandeau { background: #000091; color: #fff; padding: 6px 10px; font-weight: bold; }
 .bandeau span { font-weight: normal; font-size: 8.5pt; }
 nav.ariane { font-size: 8pt; color: #555; margin: 4px 0 8px 0; }
 h1 { font-size: 14pt; color: #000091; margin: 6px 0; }
 h2 { font-size: 11.5pt; border-bottom: 1px solid #000091; margin-top: 14px; }
 .meta { font-size: 8.5pt; color: #555; }
 dl { margin-left: 0.5em; }
 dt { font-weight: bold; margin-top: 5px; }
 dd { margin-left: 1.8em; }
 table { border-collapse: collapse; font-size: 9pt; }
 th, td { border: 1px solid #888; padding: 3px 6px; vertical-align: top; }
 th { background: #e3e3fd; }
 .encart { border-left: 4px solid #e1000f; background: #fef4f4; padding: 4px 8px; margin: 8px 0; }
 footer { margin-top: 16px; font-size: 8pt; color: #555; border-top: 1px solid #ccc; }
</style>
</head>
<body>
<div class="bandeau">ACADÉMIE DE NANTES · Intranet des établissements <span>– Espace examens (DEC)</span></div>
<nav class="ariane">Accueil &gt; Examens &gt; Enseignement supérieur &gt; BTS &gt; Négociation et digitalisation de la relation client</nav>

<h1>BTS Négociation et digitalisation de la relation client (NDRC) – session 2026</h1>
<p class="meta">Publié le 04/03/2026 par la DEC 3 – rubrique « Organisation des examens »</p>

<p>Cette page tient lieu de circulaire académique d'organisation pour la session 2026. Elle s'adresse aux chefs
d'établissement, directeurs de CFA et responsables d'organismes de formation de l'académie de Nantes.</p>

<div class="encart">À noter : vacances de printemps du samedi 4 avril au lundi 20 avril 2026. Les opérations
de dépôt et de contrôle sont fixées en conséquence.</div>

<h2>1. Calendrier des épreuves</h2>
<ul>
 <li><strong>Épreuves écrites</strong> (centres d'écrit ci-dessous)
  <ul>
   <li>E1 – Culture générale et expression
    <ul><li>lundi 11 mai 2026 : 14h-18h</li></ul></li>
   <li>E3 – Culture économique, juridique et managériale
    <ul><li>mardi 12 mai 2026 : 14h-18h</li></ul></li>
   <li>E5 – Relation client à distance et digitalisation, 1ère partie (écrit, 3 h)
    <ul><li>mercredi 13 mai 2026 : 9h-12h</li></ul></li>
  </ul>
 </li>
 <li><strong>Épreuves orales et pratiques</strong> (candidats hors CCF)
  <ul>
   <li>E2 – Communication en langue vivante étrangère : du lundi 18 au mercredi 20 mai 2026</li>
   <li>E4 – Relation client et négociation-vente : du mardi 26 au vendredi 29 mai 2026</li>
   <li>E5, 2e partie (pratique, 40 min) : du lundi 1er au vendredi 5 juin 2026</li>
   <li>E6 – Relation client et animation de réseaux : du lundi 8 au jeudi 11 juin 2026</li>
  </ul>
 </li>
 <li><strong>Épreuves facultatives</strong>
  <ul>
   <li>EF1 – Communication en langue vivante étrangère 2 : mardi 2 juin 2026</li>
   <li>EF2 – Parcours de professionnalisation à l'étranger : évaluation en CCF, sans date académique</li>
   <li>EF3 – Entrepreneuriat : mercredi 3 juin 2026</li>
  </ul>
 </li>
</ul>

<h2>2. Étapes et échéances</h2>
<dl>
 <dt>Dépôt des dossiers E4 et E6 (candidats hors CCF)</dt>
 <dd>Au plus tard le 03-04-2026 à 12:00, au centre d'épreuves orales, contre récépissé.</dd>
 <dt>Contrôle de conformité</dt>
 <dd>09-04-2026 à 14:00, lycée Gabriel Guist'hau (Nantes). Les candidats dont le dossier est non conforme sont
     informés par courrier.</dd>
 <dt>Réunion d'entente des examinateurs E4 et E6</dt>
 <dd>Vendredi 22 mai 2026 à 14h, lycée Gabriel Guist'hau.</dd>
 <dt>Jury de délibération</dt>
 <dd>Mardi 30 juin 2026 à 9h30, rectorat.</dd>
 <dt>Publication des résultats</dt>
 <dd>Jeudi 2 juillet 2026 à partir de 10h.</dd>
</dl>

<h2>3. Centres d'épreuves</h2>
<table>
 <tr><th>Centre</th><th>Adresse</th><th>Ville</th><th>Épreuves</th></tr>
 <tr><td>Lycée Gabriel Guist'hau</td><td>3 rue Marie-Anne du Boccage<br>BP 44103</td><td>Nantes</td><td>écrits, E2, E4, E5, E6, EF1, EF3</td></tr>
 <tr><td>Lycée Réaumur</td><td>39 avenue Chanzy<br>CS 61825</td><td>Laval</td><td>écrits</td></tr>
 <tr><td>Lycée Touchard</td><td>8 place Washington</td><td>Le Mans</td><td>écrits, E4</td></tr>
</table>

<h2>4. Établissements de formation</h2>
<p>Pour information, les établissements suivants préparent au BTS NDRC ; ils ne sont pas centres d'épreuves :</p>
<ul>
 <li>Loire-Atlantique
  <ul><li>Lycée Saint-Félix – La Salle (Nantes)</li><li>CFA de la CCI (Saint-Nazaire)</li></ul></li>
 <li>Vendée
  <ul><li>Lycée Pierre Mendès France (La Roche-sur-Yon)</li></ul></li>
</ul>

<footer>Rectorat de l'académie de Nantes – DEC 3 – 4 rue de la Houssinière – BP 72616 – 44326 Nantes Cedex 3 ·
contact : ce.dec3@ac-nantes.fr</footer>
</body>
</html>
"""
