"""Texte de la circulaire fictive : BTS Tourisme, académie de la Martinique, session 2028.

Rendu : page HTML autonome (styles en ligne), convertie en PDF par LibreOffice.
Toutes les heures des événements sont en heure de la Martinique ; l'heure de Paris figure « pour mémoire ».
Planning des oraux par demi-journée avec le nombre de candidats convoqués."""

STEM = "circulaire_tourisme_2028_martinique"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS Tourisme – session 2028 – circulaire académique</title>
<style>
 body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #111; }
 .entete { border-bottom: 2px solid #00567a; padding-bottom: 6px; }
 .entete td { vertical-align: top; font-size: 9pt; }
 .marque { font-weight: bold; font-size: 13pt; color: #00567a; }
 h1 { font-size: 13pt; text-align: center; color: #00567a; margin: 14px 0 4px 0; }
 h2 { font-size: 11.5pt; background: #00567a; color: white; padding: 3px 6px; margin-top: 16px; }
 h3 { font-size: 10.5pt; color: #00567a; border-bottom: 1px solid #9bbfcf; margin-bottom: 3px; }
 table.cal th, table.cal td { font-size: 9pt; vertical-align: top; }
 table.cal th { background: #dbe9f0; }
 .note { font-size: 8.5pt; font-style: italic; }
 .adresse { margin: 4px 0 8px 18px; font-size: 9pt; }
 .signature { margin-left: 55%; margin-top: 18px; }
</style>
</head>
<body>
<table class="entete" width="100%" cellspacing="0" cellpadding="2"><tr>
 <td width="55%"><span class="marque">RÉGION ACADÉMIQUE<br>MARTINIQUE</span><br><i>Liberté<br>Égalité<br>Fraternité</i></td>
 <td>Rectorat de la Martinique<br>Division des examens et concours (DEC)<br>Bureau des examens de l'enseignement supérieur<br>
 Les Hauts de Terreville<br>97279 Schoelcher Cedex<br>Affaire suivie par : M. Lucien ADÉLAÏDE<br>Tél. : 0596 52 00 00</td>
</tr></table>

<p style="text-align:right">Schoelcher, le 15 février 2028</p>

<p>Le recteur de la région académique Martinique<br>à<br>
Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat,<br>
Mesdames et Messieurs les directeurs des centres de formation d'apprentis</p>

<h1>BTS TOURISME – SESSION 2028<br>Circulaire académique d'organisation des épreuves</h1>

<p><b>Réf.</b> : note de service nationale du 30 novembre 2027 fixant le calendrier des épreuves écrites des BTS.</p>

<p><b>Important :</b> toutes les heures figurant dans la présente circulaire sont exprimées en <b>heure de la
Martinique</b> (UTC−4). L'heure de Paris n'est rappelée qu'à titre indicatif.</p>

<h2>ÉPREUVES ÉCRITES</h2>
<table class="cal" width="100%" border="1" cellspacing="0" cellpadding="3">
<tr><th width="26%">Épreuve</th><th width="15%">Date</th><th width="13%">Heure de Paris<br>(pour mémoire)</th><th width="13%">Heure de la Martinique</th><th width="7%">Durée</th><th width="26%">Centres</th></tr>
<tr><td><b>E1</b> – Culture générale et expression</td><td>mardi 16 mai 2028</td><td>14h00 – 18h00</td><td><b>8h00 – 12h00</b></td><td>4 h</td>
 <td rowspan="2">Lycée Victor Schoelcher (Fort-de-France)<br>Lycée Frantz Fanon (La Trinité)</td></tr>
<tr><td><b>E4</b> – Élaboration d'une prestation touristique</td><td>mercredi 17 mai 2028</td><td>13h30 – 17h30</td><td><b>7h30 – 11h30</b></td><td>4 h</td></tr>
<tr><td colspan="6" class="note">Les candidats sont accueillis à partir de 7h00. Les lundi 22 mai 2028 (commémoration de
l'abolition de l'esclavage) et jeudi 25 mai 2028 (Ascension) sont fériés.</td></tr>
</table>

<p>Adresses des centres d'écrit :</p>
<div class="adresse">Lycée Victor Schoelcher<br>Boulevard Robert Attuly<br>BP 665<br>97262 Fort-de-France Cedex</div>
<div class="adresse">Lycée Frantz Fanon<br>Route de Cosmy<br>97220 La Trinité</div>

<h2>ÉPREUVES ORALES ET PRATIQUES</h2>
<p>Sauf mention contraire, les épreuves orales et pratiques ont lieu au :</p>
<div class="adresse">Lycée de Bellevue<br>Rue Marie-Thérèse Gertrude<br>BP 7052<br>97262 Fort-de-France Cedex</div>

<h3>E2 – Communication en langues vivantes étrangères (E21 langue A, E22 langue B) et EF1</h3>
<p>Planning par demi-journée (nombre de candidats convoqués) :</p>
<table class="cal" width="100%" border="1" cellspacing="0" cellpadding="3">
<tr><th width="32%">Épreuve</th><th width="24%">Jour</th><th width="16%">Demi-journée</th><th width="16%">Horaires</th><th width="12%">Candidats</th></tr>
<tr><td rowspan="3">E21 – Langue A (anglais)</td><td rowspan="2">mardi 30 mai 2028</td><td>matin</td><td>7h30 – 12h00</td><td>8</td></tr>
<tr><td>après-midi</td><td>13h30 – 17h00</td><td>7</td></tr>
<tr><td>mercredi 31 mai 2028</td><td>matin</td><td>7h30 – 12h00</td><td>8</td></tr>
<tr><td rowspan="2">E22 – Langue B (espagnol)</td><td rowspan="2">jeudi 1er juin 2028</td><td>matin</td><td>7h30 – 12h00</td><td>9</td></tr>
<tr><td>après-midi</td><td>13h30 – 16h30</td><td>6</td></tr>
<tr><td>E22 – Langue B (allemand)</td><td rowspan="2">vendredi 2 juin 2028</td><td>matin</td><td>7h30 – 10h30</td><td>4</td></tr>
<tr><td>EF1 – Langue vivante C (facultative)</td><td>après-midi</td><td>13h30 – 15h30</td><td>5</td></tr>
<tr><td colspan="4"><b>Total des candidats convoqués</b></td><td><b>47</b></td></tr>
</table>

<h3>E3 – Gestion de la relation clientèle touristique</h3>
<p>Épreuve évaluée exclusivement en contrôle en cours de formation : aucune convocation n'est émise par la DEC.</p>

<h3>E6 – Parcours de professionnalisation</h3>
<ul>
<li>Date limite de dépôt des dossiers E6 au lycée de Bellevue : <b>vendredi 21 avril 2028 à 12h00</b>.</li>
<li>Contrôle de conformité des dossiers : mercredi 3 mai 2028, 8h30 (commission réunie au lycée de Bellevue).</li>
<li>Réunion d'entente des examinateurs : mardi 6 juin 2028 à 8h00.</li>
<li>Interrogations : du mercredi 7 au vendredi 9 juin 2028.</li>
</ul>

<h3>E5 – Gestion de l'information touristique</h3>
<p>Épreuve pratique sur poste informatique : du lundi 12 au mardi 13 juin 2028, salle B104 du lycée de Bellevue.</p>

<h2>DÉLIBÉRATIONS ET RÉSULTATS</h2>
<p>Le jury se réunira le <b>jeudi 29 juin 2028 à 8h30</b> au lycée de Bellevue.<br>
Les résultats seront publiés le <b>vendredi 30 juin 2028 à 16h00</b> (heure de la Martinique), soit 22h00 à Paris.</p>

<p class="note">Pour information, les établissements de formation suivants ne sont pas centres d'examen :
Lycée Saint-Joseph de Cluny (Fort-de-France), Lycée Nord Caraïbe (Bellefontaine), CFA de la CCI Martinique
(Le Lamentin). Les vacances de Pâques s'étendent du samedi 8 au dimanche 23 avril 2028.</p>

<div class="signature">Pour le recteur et par délégation,<br>Le chef de la division des examens et concours<br><br>
Rodrigue MONTRÉSOR</div>
</body>
</html>
"""
