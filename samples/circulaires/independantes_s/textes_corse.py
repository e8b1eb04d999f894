"""Page HTML fictive (intranet du rectorat de Corse) : circulaire BTS MCO, session 2027.
La page est aussi convertie en PDF, puis photographiée au téléphone."""

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS MCO – session 2027 – circulaire d'organisation – Académie de Corse</title>
<style>
 body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1b1b35; }
 .bandeau { border-bottom: 3px solid #000091; padding-bottom: 4px; margin-bottom: 8px; }
 .bandeau b { font-size: 13pt; }
 .fil { font-size: 8pt; color: #555; }
 h1 { font-size: 14pt; color: #000091; margin: 6px 0; }
 h2 { font-size: 11.5pt; color: #000091; border-bottom: 1px solid #aaa; margin-top: 14px; }
 table { border-collapse: collapse; width: 100%; margin: 6px 0; }
 td, th { vertical-align: top; font-size: 9pt; }
 .meta { float: right; font-size: 9pt; text-align: right; }
 .encart { border: 1px dashed #000091; background: #f5f5fe; padding: 5px; margin: 8px 0; }
 .pied { font-size: 8pt; color: #666; border-top: 1px solid #aaa; margin-top: 16px; }
</style>
</head>
<body>
<div class="bandeau"><b>ACADÉMIE DE CORSE</b> &nbsp;|&nbsp; Liberté – Égalité – Fraternité
<div class="fil">Accueil › Examens et concours › BTS › Circulaires de la session 2027</div></div>

<div class="meta">Ajaccio, le 25 janvier 2027<br>Division des examens et concours – DEC 2<br>
Affaire suivie par : Paul-Antoine Santucci<br>ce.dec2@ac-corse.fr</div>

<h1>BTS Management commercial opérationnel (MCO)<br>Circulaire d'organisation – session 2027</h1>
<p><b>Destinataires :</b> Mesdames et Messieurs les chefs d'établissement, directeurs de CFA et organismes de
formation préparant au BTS MCO.</p>
<p><b>Références :</b> arrêté du 21 avril 2022 modifié (définition du BTS MCO) ; circulaire nationale
d'organisation du 30 novembre 2026. Les sujets nationaux sont acheminés par l'académie d'Aix-Marseille ;
l'organisation des épreuves en Corse relève du rectorat de Corse.</p>

<h2>1. Épreuves écrites – semaine du 10 mai 2027</h2>
<p>Le tableau ci-dessous présente une colonne par jour. Les horaires sont ceux de la Corse (heure de Paris).</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<col width="12%"><col width="22%"><col width="22%"><col width="22%"><col width="22%">
<tr><th bgcolor="#e3e3fd"></th><th bgcolor="#e3e3fd">lun. 10/05/27</th><th bgcolor="#e3e3fd">mar. 11/05/27</th><th bgcolor="#e3e3fd">mer. 12/05/27</th><th bgcolor="#e3e3fd">jeu. 13/05/27</th></tr>
<tr><th bgcolor="#e3e3fd">Matin</th><td>–</td><td>E2 – Communication en langue vivante étrangère<br>10h-12h</td><td>–</td><td>–</td></tr>
<tr><th bgcolor="#e3e3fd">Après-midi</th><td>E3 – Culture économique, juridique et managériale<br>14h-18h</td>
<td>E1 – Culture générale et expression<br>14h-18h</td><td>E5 – Gestion opérationnelle<br>14h-17h</td>
<td>E6 – Management de l'équipe commerciale<br>14:00 – 16:30</td></tr>
</table>
<p><b>Centres d'écrit :</b></p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<col width="40%"><col width="40%"><col width="20%">
<tr><th bgcolor="#e3e3fd">Centre</th><th bgcolor="#e3e3fd">Adresse</th><th bgcolor="#e3e3fd">Candidats</th></tr>
<tr><td>Lycée Laetitia Bonaparte</td><td>3 avenue Napoléon III<br>BP 907<br>20192 Ajaccio Cedex 4</td>
<td>Corse-du-Sud</td></tr>
<tr><td>Lycée Giocante de Casabianca</td><td>avenue Jean Zuccarelli<br>20200 Bastia</td><td>Haute-Corse</td></tr>
</table>

<h2>2. Épreuve E4 – sous-épreuves orales E41 et E42</h2>
<div class="encart">
<p>Les fiches et dossiers supports des sous-épreuves E41 et E42 sont remis au centre d'interrogation pour le
vendredi 30 avril 2027, 17 h, délai de rigueur. Le contrôle de conformité est réalisé le mercredi 5 mai 2027
à 9 h au lycée Laetitia Bonaparte.</p>
</div>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<col width="40%"><col width="25%"><col width="35%">
<tr><th bgcolor="#e3e3fd">Sous-épreuve</th><th bgcolor="#e3e3fd">Période d'interrogation</th><th bgcolor="#e3e3fd">Centres d'interrogation</th></tr>
<tr><td>E41 – Développement de la relation client et vente conseil</td><td>du lundi 31 mai au jeudi 3 juin 2027</td>
<td rowspan="2">Lycée Laetitia Bonaparte, Ajaccio<br>Lycée Jean Nicoli, cours Pierangeli, 20200 Bastia</td></tr>
<tr><td>E42 – Animation et dynamisation de l'offre commerciale</td><td>du lundi 7 au vendredi 11 juin 2027</td></tr>
</table>
<p>Réunion d'harmonisation des examinateurs E41 / E42 : vendredi 28 mai 2027 à 14 h, en visioconférence.</p>

<h2>3. Épreuves facultatives</h2>
<ul>
<li>EF1 – Communication en langue vivante étrangère 2,</li>
<li>EF2 – Parcours de professionnalisation à l'étranger,</li>
<li>EF3 – Entrepreneuriat :</li>
</ul>
<p>interrogations le mardi 25 mai 2027 au lycée Laetitia Bonaparte (Ajaccio), horaires sur convocation.</p>

<h2>4. Jury et résultats</h2>
<p>Le jury de délibération se réunira le mercredi 30 juin 2027 à 9 h au rectorat de Corse, boulevard
Pascal Rossini, Ajaccio. Les résultats seront publiés le jeudi 1er juillet 2027 à 14 h.</p>

<h2>5. Établissements de formation</h2>
<p>Pour information, les établissements suivants préparent au BTS MCO et ne sont pas centres d'examen :
lycée Fesch (Ajaccio), CFA de la CCI de Corse (Bastia), lycée Pascal Paoli (Corte).</p>

<p style="text-align:right">Pour le recteur et par délégation,<br>La cheffe de la DEC,<br>Marie-Dominique Luciani</p>
<div class="pied">Rectorat de Corse – boulevard Pascal Rossini – 20192 Ajaccio Cedex 4 – page mise à jour le
25/01/2027</div>
</body>
</html>
"""
