"""Texte de la circulaire fictive : BTS SAM, région académique Normandie, session 2025 (page web)."""

STEM = "circulaire_sam_2025_normandie"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS SAM – session 2025 – circulaire d'organisation | Académie de Normandie</title>
<style>
 body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; margin: 1.2em 2em; color: #222; }
 .bandeau { border-bottom: 3px solid #000091; padding-bottom: .4em; margin-bottom: .6em; }
 .bandeau b { font-size: 13pt; }
 .fil { font-size: 8pt; color: #555; }
 h1 { font-size: 15pt; color: #000091; }
 h2 { font-size: 12pt; border-bottom: 1px solid #999; margin-top: 1.2em; }
 table { border-collapse: collapse; margin: .5em 0; }
 th, td { border: 1px solid #444; padding: 3px 6px; vertical-align: top; }
 th { background: #e3e3fd; }
 .adr { display: inline-block; width: 30%; vertical-align: top; margin: 0 1em .8em 0; }
 .notes { font-size: 8pt; border-top: 1px solid #999; margin-top: 1.5em; }
 .sign { margin-left: 55%; margin-top: 1.5em; }
</style>
</head>
<body>
<div class="bandeau"><b>RÉGION ACADÉMIQUE NORMANDIE</b><br>
Académie de Normandie – Division des examens et concours – Pôle BTS</div>
<div class="fil">Accueil › Examens › BTS › Circulaires d'organisation</div>

<h1>BTS Support à l'action managériale (SAM) – session 2025<br>Circulaire d'organisation</h1>

<p style="text-align:right">Caen, le 30 janvier 2025</p>
<p>Le recteur de la région académique Normandie, chancelier des universités,<br>
à Mesdames et Messieurs les chefs d'établissement et directeurs de CFA</p>
<p><b>Références :</b> arrêté du 16 mai 2018 portant définition et fixant les conditions de délivrance du BTS
« Support à l'action managériale » ; note de service du 6 décembre 2024 relative au calendrier national.</p>
<p>Depuis la réunion des académies de Caen et de Rouen, les opérations d'examen sont conduites par deux sites :
le <b>site de Caen</b> (Calvados, Manche, Orne) et le <b>site de Rouen</b> (Eure, Seine-Maritime).</p>

<h2>1. Épreuves écrites</h2>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th></th><th>lun. 12/05/25</th><th>mar. 13/05/25</th><th>mer. 14/05/25</th></tr>
<tr><th>Matin</th><td>—</td><td>E21 – Langue vivante A (écrit)<br>10h-12h</td><td>—</td></tr>
<tr><th>Après-midi</th><td>E1 – Culture générale et expression<br>14h-18h</td>
<td>E3 – Culture économique, juridique et managériale<br>14h-18h</td>
<td>E6 – Collaboration à la gestion des ressources humaines<br>13h30-17h30</td></tr>
</table>
<p>L'épreuve E2 – Expression et culture en langues vivantes étrangères comprend la sous-épreuve E21 (langue A,
ci-dessus) et la sous-épreuve E22 (langue B), évaluée exclusivement en CCF<sup>1</sup>.</p>

<h2>2. Épreuves orales</h2>
<ol>
<li><b>E4 – Optimisation des processus administratifs</b> : les interrogations auront lieu du mardi 27 au
mercredi 28 mai, du lundi 2 au mercredi 4 juin et du mardi 10 au vendredi 13 juin 2025.</li>
<li><b>E5 – Gestion de projet</b> : du lundi 19 au vendredi 23 mai 2025.</li>
<li><b>EF1 – Langue vivante C facultative</b> : jeudi 22 mai 2025, 8h30-12h.</li>
</ol>
<p>Les dossiers de l'épreuve E5 sont remis selon le site de rattachement de l'établissement<sup>2</sup> :</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Site</th><th>Dossiers E5 à remettre au plus tard le</th><th>Heure</th><th>Lieu de remise</th></tr>
<tr><td>Site de Caen</td><td>28-03-2025</td><td>12h</td><td>Lycée Victor Hugo, Caen</td></tr>
<tr><td>Site de Rouen</td><td>31-03-2025</td><td>17h</td><td>Lycée Jeanne d'Arc, Rouen</td></tr>
</table>
<p>Contrôle de conformité des dossiers E5 (commission commune aux deux sites, en visioconférence) : jeudi 3 avril
2025 à 14 h.</p>
<p>Réunions d'entente des commissions E5 : site de Caen le lundi 12/05/2025, 9h-12h, au lycée Victor Hugo ;
site de Rouen le mardi 13/05/2025 à 9 h 30, au lycée Jeanne d'Arc.</p>
<p>Rappel : jeudi 29 mai 2025 (Ascension), pont du vendredi 30 mai et lundi 9 juin 2025 (Pentecôte) ; vacances
de printemps de la zone B du samedi 5 au lundi 21 avril 2025.</p>

<h2>3. Centres d'examen</h2>
<div class="adr"><b>Lycée Victor Hugo</b><br>16 rue du Défilé<br>14000 Caen</div>
<div class="adr"><b>Lycée Jeanne d'Arc</b><br>Rue Sainte-Geneviève-du-Mont<br>BP 1044<br>76000 Rouen</div>
<div class="adr"><b>Lycée Jules Siegfried</b><br>1 rue Dumé d'Aplemont<br>BP 1054<br>76061 Le Havre Cedex</div>
<div class="adr"><b>Lycée Marguerite de Navarre</b><br>Avenue du Général Leclerc<br>61014 Alençon Cedex</div>
<div class="adr"><b>Lycée Aristide Briand</b><br>2 rue de Verdun<br>27025 Évreux Cedex</div>
<p>Les candidats des établissements suivants sont convoqués dans ces centres (ces établissements ne sont pas
centres d'examen) : lycée Camille Saint-Saëns (Rouen), lycée Alain (Alençon), CFA IFA Marcel Sauvage
(Mont-Saint-Aignan).</p>

<h2>4. Délibération et résultats</h2>
<p>Le jury se réunira le mercredi 2 juillet 2025 à 9 h au rectorat – site de Rouen, 25 rue de Fontenelle,
76037 Rouen Cedex 1. Les résultats seront publiés le vendredi 4 juillet 2025 à 14 h.</p>

<div class="sign">Pour le recteur et par délégation,<br>la directrice des examens et concours,<br>
Hélène Vauquelin</div>

<div class="notes">
<p><sup>1</sup> Les notes de CCF sont saisies par les établissements de formation dans Cyclades.</p>
<p><sup>2</sup> Calvados, Manche et Orne : site de Caen ; Eure et Seine-Maritime : site de Rouen.</p>
</div>
</body>
</html>
"""
