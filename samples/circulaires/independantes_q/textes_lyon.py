# -*- coding: utf-8 -*-
"""Académie de Lyon - BTS Comptabilité et gestion - session 2028.
Page HTML telle qu'exportée d'un CMS académique (fil d'Ariane, blocs div, tableaux rowspan/colspan,
tampon « Dernière mise à jour »). Texte entièrement inventé."""

STEM = "circulaire_cg_2028_lyon"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS Comptabilité et gestion – session 2028 : circulaire d'organisation | Académie de Lyon</title>
<meta name="generator" content="Jalios JCMS">
<style>
 body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1e1e1e; margin: 0; }
 .bandeau { background: #000091; color: #fff; padding: 8px 14px; font-size: 9pt; }
 .bandeau b { font-size: 11pt; letter-spacing: 1px; }
 .menu { border-bottom: 1px solid #ccc; padding: 4px 14px; font-size: 8.5pt; color: #555; }
 nav.fil-ariane { padding: 6px 14px; font-size: 8.5pt; color: #444; }
 nav.fil-ariane a { color: #000091; text-decoration: none; }
 .contenu { padding: 0 14px; }
 h1 { font-size: 15pt; color: #000091; margin: 6px 0 4px 0; }
 h2 { font-size: 12pt; color: #000091; border-bottom: 2px solid #e1000f; padding-bottom: 2px; margin-top: 16px; }
 .meta-article { font-size: 8.5pt; color: #666; margin-bottom: 10px; }
 .encadre { border-left: 4px solid #e1000f; background: #f6f6f6; padding: 6px 10px; margin: 8px 0; }
 .table-responsive { margin: 6px 0 10px 0; }
 table { border-collapse: collapse; width: 100%; font-size: 9pt; }
 th { background: #e3e3fd; border: 1px solid #888; padding: 3px 5px; }
 td { border: 1px solid #888; padding: 3px 5px; vertical-align: top; }
 caption { caption-side: top; text-align: left; font-weight: bold; padding: 3px 0; }
 .lettre { margin: 6px 0; }
 .signature { margin-left: 55%; margin-top: 14px; }
 footer { margin-top: 18px; border-top: 1px solid #ccc; padding: 6px 14px; font-size: 8pt; color: #666; }
 .outils { font-size: 8pt; color: #000091; }
</style>
</head>
<body>
<div class="bandeau"><b>ACADÉMIE DE LYON</b> &nbsp;|&nbsp; Liberté – Égalité – Fraternité
 &nbsp;&nbsp;&nbsp; <span style="float:right">Rechercher &nbsp; | &nbsp; Espace pro &nbsp; | &nbsp; Contact</span></div>
<div class="menu">L'académie &nbsp;·&nbsp; Scolarité &nbsp;·&nbsp; Examens et concours &nbsp;·&nbsp; Orientation &nbsp;·&nbsp; Ressources humaines</div>
<nav class="fil-ariane" aria-label="Fil d'Ariane">
 <a href="/">Accueil</a> &rsaquo; <a href="/examens">Examens et concours</a> &rsaquo;
 <a href="/examens/bts">Brevet de technicien supérieur</a> &rsaquo;
 <a href="/examens/bts/session-2028">Organisation de la session 2028</a> &rsaquo;
 <span>BTS Comptabilité et gestion</span>
</nav>

<div class="contenu">
<div class="article">
<h1>BTS Comptabilité et gestion (CG) – session 2028 : circulaire d'organisation</h1>
<div class="meta-article">Publié le 18/01/2028 &nbsp;·&nbsp; Dernière mise à jour : 02/02/2028 &nbsp;·&nbsp;
 Rubrique : Examens &gt; BTS &nbsp;·&nbsp; Auteur : Division des examens et concours – DEC 5</div>

<div class="outils">🖶 Imprimer &nbsp; ✉ Envoyer à un ami &nbsp; ⤓ Télécharger la version PDF (312 Ko)</div>

<div class="encadre"><b>Mise à jour du 02/02/2028 :</b> le lycée Lalande remplace le lycée Edgar Quinet
 comme centre d'écrit pour les candidats de l'Ain (§ 6). Les autres dispositions sont inchangées.</div>

<div class="lettre">
<p style="text-align:right">Lyon, le 18 janvier 2028</p>
<p>La rectrice de la région académique Auvergne-Rhône-Alpes,<br>rectrice de l'académie de Lyon,<br>chancelière des universités</p>
<p>à<br>Mesdames et Messieurs les chefs d'établissement, centres d'examen<br>
Mesdames et Messieurs les directeurs des établissements de formation et des CFA</p>
<p><b>Objet :</b> organisation du brevet de technicien supérieur Comptabilité et gestion – session 2028<br>
<b>Références :</b> arrêté du 23 novembre 2018 portant définition et fixant les conditions de délivrance du BTS
 Comptabilité et gestion ; circulaire nationale d'organisation du 7 décembre 2027.</p>
<p>La présente circulaire précise les modalités d'organisation de la session 2028 dans l'académie de Lyon.
 Elle doit être portée à la connaissance des équipes pédagogiques et des candidats.</p>
</div>

<h2>1. Épreuves écrites</h2>
<p>Les épreuves écrites se déroulent dans les centres désignés au § 6. Les candidats doivent être présents
 trente minutes avant le début de chaque épreuve. Les horaires sont donnés en heure de Lyon.</p>
<div class="table-responsive">
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<caption>Tableau 1 – Calendrier des épreuves écrites ponctuelles</caption>
<colgroup><col width="95"><col width="55"><col width="270"><col width="55"><col width="55"><col width="50"></colgroup>
<thead>
<tr><th rowspan="2">Date</th><th rowspan="2">Épreuve</th><th rowspan="2">Intitulé</th><th colspan="2">Horaires</th><th rowspan="2">Durée</th></tr>
<tr><th>Début</th><th>Fin</th></tr>
</thead>
<tbody>
<tr><td>lundi 15 mai 2028</td><td>E4</td><td>Culture économique, juridique et managériale</td><td>14h00</td><td>18h00</td><td>4 h</td></tr>
<tr><td rowspan="2">mardi 16 mai 2028</td><td>E1</td><td>Culture générale et expression</td><td>9h00</td><td>13h00</td><td>4 h</td></tr>
<tr><td>E3</td><td>Mathématiques appliquées</td><td>14h30</td><td>16h30</td><td>2 h</td></tr>
<tr><td>mercredi 17 mai 2028</td><td>E5</td><td>Traitement et contrôle des opérations comptables, fiscales et sociales</td><td>8h30</td><td>13h00</td><td>4 h 30</td></tr>
<tr><td colspan="6"><i>Aucune épreuve n'est organisée le jeudi 25 mai 2028 (Ascension).</i></td></tr>
</tbody>
</table>
</div>
<p>L'épreuve <b>E2 – Langue vivante étrangère 1 (anglais)</b> est évaluée exclusivement par contrôle en cours de
 formation dans les établissements habilités : elle ne figure pas au calendrier académique et ne donne lieu à
 aucune convocation du rectorat.</p>

<h2>2. Corrections et réunion d'entente</h2>
<p>Les copies des épreuves E1, E3, E4 et E5 sont numérisées dans les centres d'écrit et corrigées de manière
 dématérialisée du vendredi 19 mai au mercredi 31 mai 2028.</p>
<p>La réunion d'entente et d'harmonisation des correcteurs de l'épreuve E5 se tiendra le
 <b>jeudi 18 mai 2028 à 9 h 30</b> au lycée La Martinière Duchère (salle B 104).</p>

<h2>3. Épreuves orales</h2>
<p>Les interrogations de l'épreuve E6 – Parcours de professionnalisation se dérouleront du mercredi 31 mai au
 vendredi 2 juin, du mercredi 7 au vendredi 9 juin et du lundi 12 au mercredi 14 juin 2028, au lycée Édouard Branly
 à Lyon et au lycée Honoré d'Urfé à Saint-Étienne. Le lundi 5 juin 2028 (lundi de Pentecôte) est férié.</p>
<p>L'épreuve facultative EF1 – Langue vivante étrangère 2 aura lieu le mardi 6 juin 2028 au lycée Édouard Branly ;
 chaque candidat reçoit une convocation individuelle précisant son horaire de passage.</p>

<h2>4. Dossiers de l'épreuve E6</h2>
<p>Les dossiers de l'épreuve E6 (tableau de synthèse et fiches descriptives) sont à transmettre au centre
 d'interrogation au plus tard le <b>vendredi 7 avril 2028 à 12 h</b>. Tout dossier parvenu après cette échéance
 sera déclaré non conforme.</p>
<p>La commission de contrôle de conformité des dossiers E6 se réunira le <b>jeudi 13 avril 2028 à 14 h</b> au lycée
 La Martinière Duchère. Les établissements seront informés des éventuelles non-conformités avant les vacances de
 printemps (du samedi 15 avril au lundi 1er mai 2028).</p>

<h2>5. Livrets scolaires, jury et résultats</h2>
<p>Les livrets scolaires sont à déposer au lycée La Martinière Duchère au plus tard le vendredi 19 mai 2028.</p>
<div class="table-responsive">
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<thead><tr><th>Étape</th><th>Date et heure</th><th>Lieu</th></tr></thead>
<tbody>
<tr><td>Jury de délibération</td><td>jeudi 29 juin 2028 – 9 h 00</td><td>Rectorat de Lyon<br>92 rue de Marseille<br>69007 Lyon</td></tr>
<tr><td>Publication des résultats</td><td>vendredi 30 juin 2028 à partir de 10 h 00</td><td>Site internet de l'académie (Cyclades – espace candidat)</td></tr>
</tbody>
</table>
</div>

<h2>6. Centres d'examen</h2>
<div class="table-responsive">
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<thead><tr><th>Centre</th><th>Adresse</th><th>Ville</th><th>Épreuves</th></tr></thead>
<tbody>
<tr><td>Lycée La Martinière Duchère</td><td>300 avenue Andreï Sakharov<br>CS 30210<br>69338 Cedex 09</td><td>Lyon</td><td>E1, E3, E4, E5</td></tr>
<tr><td>Lycée Lalande</td><td>16 rue du Lycée<br>BP 90139<br>01004 Cedex</td><td>Bourg-en-Bresse</td><td>E1, E3, E4, E5</td></tr>
<tr><td>Lycée Honoré d'Urfé</td><td>1 impasse Le Châtelier<br>42100</td><td>Saint-Étienne</td><td>E1, E3, E4, E5, E6</td></tr>
<tr><td>Lycée Édouard Branly</td><td>25 rue de Tourvielle<br>69005</td><td>Lyon</td><td>E6, EF1</td></tr>
</tbody>
</table>
</div>

<h2>7. Établissements de formation</h2>
<p>Pour information, les établissements suivants préparent au BTS Comptabilité et gestion ; ils ne sont pas
 centres d'examen et n'accueillent aucune épreuve :</p>
<ul>
<li>Lycée Ampère Saxe – Lyon 3e</li>
<li>Lycée privé Sainte-Marie – Saint-Chamond</li>
<li>Lycée Carriat – Bourg-en-Bresse</li>
<li>CFA Formasup Ain-Rhône-Loire – Villeurbanne</li>
</ul>

<div class="signature">Pour la rectrice et par délégation,<br>le chef de la division des examens et concours<br><br><i>signé</i><br>Bruno Charvet</div>
</div>
</div>

<footer>
 Académie de Lyon – 92 rue de Marseille – 69007 Lyon &nbsp;|&nbsp; Contact : ce.dec5@ac-lyon.fr<br>
 Dernière mise à jour : 02/02/2028 &nbsp;|&nbsp; Mentions légales &nbsp;·&nbsp; Accessibilité : partiellement conforme &nbsp;·&nbsp; Plan du site
</footer>
</body>
</html>
"""
