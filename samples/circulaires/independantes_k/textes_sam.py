# -*- coding: utf-8 -*-
"""Page HTML fictive : circulaire BTS SAM du vice-rectorat des îles Wallis et Futuna, session 2027.

Horaires donnés en heure locale (UTC+12) ; la colonne « heure de Paris » n'est qu'une correspondance.
"""

STEM = "circulaire_sam_2027_wallis-et-futuna"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS SAM – session 2027 – Vice-rectorat des îles Wallis et Futuna</title>
<style>
 body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
 div.header { border-bottom: 3px solid #1b4f8a; margin-bottom: 10px; }
 div.header .logo { font-weight: bold; color: #1b4f8a; font-size: 13pt; }
 p.nav { font-size: 8pt; color: #666; margin-bottom: 8px; }
 h1 { font-size: 14pt; color: #1b4f8a; }
 h2 { font-size: 11pt; background: #e8eef6; padding: 3px 6px; margin-top: 14px; }
 th, td { font-size: 9pt; vertical-align: top; }
 th { background: #dfe6ef; }
 td.paris { color: #555; font-style: italic; }
 .meta { font-size: 8.5pt; color: #444; }
 .sign { margin-top: 18px; margin-left: 55%; }
 p.footer { margin-top: 20px; border-top: 1px solid #aaa; font-size: 8pt; color: #666; }
</style>
</head>
<body>
<div class="header">
 <div class="logo">VICE-RECTORAT DES ÎLES WALLIS ET FUTUNA</div>
 <div>Service des examens et concours (SEC)</div>
 <div class="meta">BP 244 – 98600 Mata-Utu – Wallis – Tél. (681) 72 28 28</div>
</div>
<p class="nav">Accueil &gt; Examens &gt; BTS &gt; Support à l'action managériale</p>
<p class="meta">Publié le 03/02/2027 – mis à jour à la même date</p>

<h1>BTS Support à l'action managériale (SAM) – Session 2027<br>Circulaire d'organisation</h1>
<p>Mata-Utu, le 3 février 2027</p>
<p><b>Le vice-recteur, directeur général des enseignements,</b> à Monsieur le proviseur du lycée d'État de
Wallis-et-Futuna et à Monsieur le principal du collège de Fiua (Futuna).</p>
<p>Références : arrêté du 9 avril 2018 portant définition et fixant les conditions de délivrance du BTS SAM ;
circulaire nationale d'organisation de la session 2027 du 30 novembre 2026.</p>

<p><b>Important – heures locales.</b> Toutes les heures figurant dans la présente circulaire sont exprimées en
<b>heure locale de Wallis-et-Futuna (UTC+12)</b>. L'heure de Paris (UTC+2 en mai) n'est indiquée qu'à titre de
correspondance avec le calendrier national : pour les épreuves du matin, l'heure de Paris correspond à la veille
au soir.</p>

<h2>1. Épreuves écrites</h2>
<table width="100%" border="1" cellpadding="2" cellspacing="0">
<tr><th width="17%">Date (heure locale)</th><th width="38%">Épreuve</th><th width="15%">Horaire Wallis-et-Futuna</th><th width="22%">Correspondance heure de Paris</th><th width="8%">Durée</th></tr>
<tr><td>Mardi 11 mai 2027</td><td>E1 – Culture générale et expression</td><td>7 h 30 – 11 h 30</td><td class="paris">21 h 30 – 1 h 30 (la veille, lundi 10 mai)</td><td>4 h</td></tr>
<tr><td>Mercredi 12 mai 2027</td><td>E3 – Culture économique, juridique et managériale</td><td>7 h 30 – 11 h 30</td><td class="paris">21 h 30 – 1 h 30 (la veille)</td><td>4 h</td></tr>
<tr><td>Jeudi 13 mai 2027</td><td>E6 – Collaboration à la gestion des ressources humaines</td><td>13 h 00 – 17 h 00</td><td class="paris">3 h 00 – 7 h 00 (même jour)</td><td>4 h</td></tr>
<tr><td>Vendredi 14 mai 2027</td><td>E21 – Langue vivante étrangère A (partie écrite) – sous-épreuve de l'épreuve E2 « Expression et culture en langues vivantes étrangères »</td><td>8 h 00 – 10 h 00</td><td class="paris">22 h 00 – 24 h 00 (la veille)</td><td>2 h</td></tr>
</table>
<p>Les candidats sont convoqués 30 minutes avant le début de chaque épreuve. Le mercredi 28 avril 2027
(fête de saint Pierre Chanel) est un jour férié sur le territoire.</p>

<h2>2. Épreuves orales</h2>
<table width="100%" border="1" cellpadding="2" cellspacing="0">
<tr><th width="38%">Épreuve</th><th width="27%">Période</th><th width="35%">Lieu</th></tr>
<tr><td>E 22 – Langue vivante étrangère B (oral)</td><td>du lundi 31 mai au mercredi 2 juin 2027</td><td>Lycée d'État – Mata-Utu ; pour les candidats de Futuna : collège de Fiua</td></tr>
<tr><td>EF1 – Langue vivante étrangère C (facultative)</td><td>vendredi 4 juin 2027</td><td>Lycée d'État – Mata-Utu</td></tr>
<tr><td>E4 – Optimisation des processus administratifs</td><td>lundi 7 et mardi 8 juin 2027</td><td>Lycée d'État – Mata-Utu</td></tr>
<tr><td>E5 – Gestion de projet</td><td>mercredi 9 et jeudi 10 juin 2027</td><td>Lycée d'État – Mata-Utu</td></tr>
</table>

<h2>3. Dossiers des épreuves E4 et E5 (candidats relevant de la forme ponctuelle)</h2>
<p>Les dossiers doivent parvenir au service des examens et concours au plus tard le
<b>vendredi 23 avril 2027 à 15 h 00 (heure locale)</b>. Le contrôle de conformité sera effectué le
jeudi 29 avril 2027 à 8 h 00 par la commission présidée par l'inspecteur de la discipline.</p>
<p>Pour les candidats évalués en CCF, les bordereaux de notes E4 et E5 sont à transmettre au plus tard le
vendredi 21 mai 2027.</p>

<h2>4. Centres d'épreuves</h2>
<table width="100%" border="1" cellpadding="2" cellspacing="0">
<tr><th width="45%">Établissement</th><th width="30%">Adresse</th><th width="25%">Localité</th></tr>
<tr><td>Lycée d'État de Wallis-et-Futuna</td><td>BP 1<br>98600 Wallis</td><td>Mata-Utu</td></tr>
<tr><td>Collège de Fiua (Futuna, royaume de Sigave)</td><td>98620 Futuna</td><td>Leava</td></tr>
</table>

<h2>5. Jury et résultats</h2>
<p>Le jury de délibération se réunira le lundi 28 juin 2027 à 8 h 00 (heure locale) au vice-rectorat.
Les résultats seront affichés au vice-rectorat et mis en ligne le mardi 29 juin 2027 à 12 h 00 (heure locale).</p>

<div class="sign">Pour le vice-recteur et par délégation,<br>La cheffe du service des examens et concours,<br>
Malia Tauvale</div>

<p class="footer">Vice-rectorat des îles Wallis et Futuna – www.ac-wf.wf – page imprimée depuis le site internet</p>
</body>
</html>
"""
