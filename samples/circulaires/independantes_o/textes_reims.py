# -*- coding: utf-8 -*-
"""Circulaire B : BTS Tourisme, session 2026, académie de Reims (page HTML -> PDF).

Dates abrégées (« lun. 11 mai », sans année), formes tableur (« 26-mai-26 »), « 1 juin » sans « er »,
plusieurs fenêtres dans une phrase, colonnes début/fin, sous-épreuves notées « E.2.1 ».
"""

STEM = "circulaire_tourisme_2026_reims"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS Tourisme – session 2026 – circulaire d'organisation – Académie de Reims</title>
<style>
 body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
 .bandeau { border-bottom: 3px solid #003d7c; padding-bottom: 4px; margin-bottom: 8px; }
 .bandeau .marque { font-weight: bold; color: #003d7c; font-size: 13pt; }
 .fil { font-size: 8pt; color: #666; }
 h1 { font-size: 14pt; color: #003d7c; margin: 10px 0 4px 0; }
 h2 { font-size: 11pt; background: #e6edf5; padding: 3px 6px; margin-top: 14px; }
 td { vertical-align: top; font-size: 9pt; }
 th { font-size: 9pt; }
 .note { font-size: 8pt; color: #444; }
 .signature { margin-left: 55%; margin-top: 16px; }
 .pied { border-top: 1px solid #999; margin-top: 18px; font-size: 8pt; color: #555; }
</style>
</head>
<body>
<p style="color:#003d7c; font-size:13pt"><b>Académie de Reims</b> &nbsp;|&nbsp; Région académique Grand Est</p>
<p class="fil">Accueil › Examens et concours › BTS › Circulaires d'organisation</p>
<hr>

<h1>BTS TOURISME – SESSION 2026<br>Circulaire d'organisation de l'examen</h1>

<p><b>Division des examens et concours – DEC 4</b><br>
Référence : DEC4/BTS/2026-07<br>
Reims, le 2 février 2026</p>

<p>Le recteur de l'académie de Reims<br>
à<br>
Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat,<br>
Mesdames et Messieurs les directeurs de CFA et d'organismes de formation.</p>

<p><b>Objet :</b> organisation de l'examen du brevet de technicien supérieur Tourisme – session 2026.<br>
<b>Références :</b> arrêté du 5 avril 2018 portant définition et fixant les conditions de délivrance du BTS
Tourisme ; note de service nationale du 14 novembre 2025 relative au calendrier des épreuves écrites.</p>

<p>Préparent au BTS Tourisme dans l'académie (établissements de formation, qui ne sont <u>pas</u>
centres d'examen) : lycée Jean-Jaurès (Reims), lycée Sainte-Maure (Troyes), CFA Sup Champagne-Ardenne
(Châlons-en-Champagne).</p>

<h2>1. Les épreuves de l'examen</h2>
<table width="100%" border="1" cellpadding="2" cellspacing="0">
<tr><th width="12%">Épreuve</th><th width="58%">Intitulé</th><th width="30%">Mode d'évaluation</th></tr>
<tr><td>E1</td><td>Culture générale et expression</td><td>écrit, 4 h</td></tr>
<tr><td>E2</td><td colspan="2">Communication en langues vivantes étrangères</td></tr>
<tr><td>E.2.1</td><td>Langue vivante A – anglais</td><td>écrit, 2 h</td></tr>
<tr><td>E.2.2</td><td>Langue vivante B</td><td>oral, 20 min</td></tr>
<tr><td>E3</td><td>Tourisme et territoires</td><td>écrit, 3 h</td></tr>
<tr><td>E4</td><td>Gestion de la relation clientèle touristique</td><td>CCF uniquement</td></tr>
<tr><td>E5</td><td>Élaboration d'une prestation touristique</td><td>oral, 40 min (dossier)</td></tr>
<tr><td>E6</td><td>Gestion de l'information touristique</td><td>oral, 30 min</td></tr>
<tr><td>EF1</td><td>Langue vivante C (facultative)</td><td>oral, 20 min</td></tr>
</table>

<h2>2. ÉPREUVES ÉCRITES</h2>
<table width="100%" border="1" cellpadding="2" cellspacing="0">
<tr><th width="16%">Date</th><th width="48%">Épreuve</th><th width="12%">Début</th><th width="12%">Fin</th><th width="12%">Durée</th></tr>
<tr><td>lun. 11 mai</td><td>E.2.1 – Anglais (écrit)</td><td>14h</td><td>16h</td><td>2 h</td></tr>
<tr><td>mar. 12 mai</td><td>E1 – Culture générale et expression<br><span class="note">accueil des candidats à 13:30</span></td><td>14h00</td><td>18h00</td><td>4 h</td></tr>
<tr><td>mer. 13 mai</td><td>E3 – Tourisme et territoires</td><td>9 h</td><td>12 h</td><td>3 h</td></tr>
</table>
<p class="note">Pas d'épreuve le jeudi 14 mai 2026 (Ascension).</p>

<p>Centres d'épreuves écrites :</p>
<table width="100%" border="1" cellpadding="2" cellspacing="0">
<tr><th width="36%">Établissement</th><th width="34%">Adresse</th><th width="30%">Ville</th></tr>
<tr><td>Lycée Hugues Libergier</td><td>55 rue Libergier</td><td>51100 Reims</td></tr>
<tr><td>Lycée Chrestien de Troyes</td><td>3 rue de Québec<br>CS 10073</td><td>10009 Troyes Cedex</td></tr>
<tr><td>Lycée Gaspard Monge</td><td>2 avenue de Saint-Julien</td><td>08000 Charleville-Mézières</td></tr>
</table>

<p>Correction des copies (E1, E.2.1 et E3) : du lun. 18 au ven. 22 mai 2026, au lycée Hugues Libergier.</p>

<h2>3. ÉPREUVES ORALES</h2>
<p>Les épreuves orales ponctuelles E5 et E6 se dérouleront du lundi 1 juin au mercredi 3 juin, du mardi 9
au jeudi 11 juin et du lundi 15 au mercredi 17 juin 2026, au lycée Hugues Libergier (Reims) et au lycée
Chrestien de Troyes (Troyes), selon la convocation de chaque candidat.</p>
<table width="100%" border="1" cellpadding="2" cellspacing="0">
<tr><th width="30%">Épreuve</th><th width="15%">Début</th><th width="15%">Fin</th><th width="40%">Lieu</th></tr>
<tr><td>E.2.2 – LV B (oral)</td><td>26-mai-26</td><td>29-mai-26</td><td>Lycée Hugues Libergier – Reims</td></tr>
<tr><td>EF1 – LV C facultative</td><td>04-juin-26</td><td>04-juin-26</td><td>Lycée Hugues Libergier – Reims</td></tr>
</table>
<p class="note">Le lundi 25 mai 2026 (lundi de Pentecôte) est férié.</p>
<p>Réunion d'entente des examinateurs E5 et E6 : jeu. 28 mai 2026 à 9h30, lycée Hugues Libergier.</p>

<h2>4. DOSSIERS ET CONTRÔLE DE CONFORMITÉ</h2>
<p>Les dossiers de l'épreuve E5 (fiches descriptives des prestations) sont à transmettre au plus tard le
jeudi 2 avril 2026 à 12 h au rectorat – DEC 4, soit avant les vacances de printemps (zone B : du samedi
4 avril au lundi 20 avril 2026).</p>
<p>Contrôle de conformité des dossiers E5 : mar. 5 mai 2026, 14h, au rectorat de Reims (salle 204).</p>

<h2>5. CONTRÔLE EN COURS DE FORMATION</h2>
<p>L'épreuve E4 est évaluée exclusivement en CCF. Les notes de CCF de l'épreuve E4 sont à saisir au plus
tard le 12-juin-26<sup>(1)</sup>.</p>

<h2>6. JURY ET RÉSULTATS</h2>
<p>Jury de délibération : mer. 1er juillet 2026 à 14 h, rectorat de Reims.<br>
Publication des résultats : 03/07/26 – 10:00, sur le site de l'académie.</p>

<div class="signature">Pour le recteur et par délégation,<br>le chef de la division des examens et concours,<br><br>Marc LEFORT</div>

<p class="note">(1) Les fiches d'évaluation restent dans l'établissement et sont tenues à la disposition du
jury ; un modèle vierge est disponible sur l'espace établissements (« date d'évaluation : __/__/2026 »).</p>

<div class="pied">Rectorat de l'académie de Reims – 1 rue Navier – 51082 Reims Cedex – www.ac-reims.fr</div>
</body>
</html>
"""
