"""Page ENT « Actualités examens » – BTS SAM, académie de Nice, session 2028 (fictive). HTML."""

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>ENT académique – Actualités examens – BTS SAM 2028</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
.bandeau { background: #004a80; color: #fff; padding: 6px; font-size: 9pt; }
.fil { color: #666; font-size: 8pt; }
h1 { font-size: 15pt; color: #004a80; margin-bottom: 2px; }
.meta { color: #777; font-size: 8pt; }
td.carte { border: 1px solid #b8c7d6; background: #f4f8fb; vertical-align: top; padding: 6px;  }
.badge { background: #e0662a; color: #fff; font-size: 7.5pt; padding: 1px 4px; }
h2 { font-size: 11pt; margin: 3px 0; color: #004a80; }
ul { margin-top: 2px; }
.pied { font-size: 7.5pt; color: #888; border-top: 1px solid #ccc; }
</style></head>
<body>
<table width="100%" cellpadding="4"><tr><td bgcolor="#004a80"><font color="#ffffff"><b>ENT Académie de Nice</b> &nbsp;|&nbsp; Mon espace &nbsp;|&nbsp; Examens et concours &nbsp;|&nbsp; Actualités &nbsp;|&nbsp; Se déconnecter</font></td></tr></table>
<p class="fil">Accueil › Examens › BTS › Actualités</p>
<h1>BTS Support à l'action managériale (SAM) – session 2028 : le calendrier académique</h1>
<p class="meta">Publié le 10/01/2028 par la DEC – pôle BTS · Note DEC n° 2028-014 du 10 janvier 2028 · Référence : arrêté du 28 mars 2019 définissant le BTS SAM</p>
<p>Vous trouverez ci-dessous, carte par carte, les informations utiles à l'organisation de la session 2028 dans l'académie de Nice. Les horaires sont ceux de la métropole.</p>
<table width="100%" cellspacing="8">
<tr>
<td class="carte" bgcolor="#f4f8fb"><span class="badge"><font color="#c0501a" size="2"><b>ÉCRITS</b></font></span>
<h2>Épreuves écrites ponctuelles</h2>
<ul>
<li><b>lun. 15-05-2028</b> · 14:00-18:00 · E1 Culture générale et expression</li>
<li><b>mar. 16-05-2028</b> · 10:00-12:00 · E21 Langue vivante A (partie écrite)</li>
<li><b>mar. 16-05-2028</b> · 14:00-18:00 · E3 Culture économique, juridique et managériale</li>
<li><b>mer. 17-05-2028</b> · 13:30-17:30 · E6 Collaboration à la gestion des ressources humaines</li>
</ul>
<p>Centres : lycée Les Eucalyptus (Nice), lycée Jules Ferry (Cannes), lycée Dumont d'Urville (Toulon).</p>
</td></tr>
<tr><td class="carte" bgcolor="#f4f8fb"><span class="badge"><font color="#c0501a" size="2"><b>CORRECTION</b></font></span>
<h2>Correction des copies E6</h2>
<p>Les copies de l'épreuve E6 seront corrigées du jeu. 18-05-2028 au mar. 23-05-2028 au lycée Les Eucalyptus (centre de correction). Remise des copies corrigées le dernier jour avant 17:00.</p>
<p><i>Pas d'épreuve le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 (Pentecôte).</i></p>
</td>
</tr>
<tr>
<td class="carte" bgcolor="#f4f8fb"><span class="badge"><font color="#c0501a" size="2"><b>ORAUX</b></font></span>
<h2>Épreuves orales</h2>
<ul>
<li>E22 Langue vivante B (candidats individuels) : mer. 24-05-2028, lycée Jules Ferry.</li>
<li>E4 Optimisation des processus administratifs : du 29-05-2028 au 02-06-2028.</li>
<li>E5 Gestion de projet : les commissions siégeront du lundi 29 mai au mercredi 31 mai, du mardi 6 au jeudi 8 juin et du lundi 12 au mercredi 14 juin 2028.</li>
<li>EF1 Langue vivante C (facultative) : du 19-06-2028 au 20-06-2028.</li>
<li>EF2 Engagement étudiant (facultative) : évaluée en CCF, aucune convocation.</li>
</ul>
</td></tr>
<tr><td class="carte" bgcolor="#f4f8fb"><span class="badge"><font color="#c0501a" size="2"><b>DOSSIERS</b></font></span>
<h2>Fiches projets E5 et contrôle de conformité</h2>
<p>Les fiches projets E5 des candidats sont à envoyer sur la plateforme au plus tard le <b>07-04-2028 à 17:00</b>.</p>
<p>Contrôle de conformité des dossiers E4 et E5 : <b>13-04-2028, 09:30</b>, rectorat de Nice, salle Matisse.</p>
<p>Réunion d'entente des examinateurs E5 : mer. 24-05-2028 à 14:00 (visioconférence).</p>
</td>
</tr>
<tr>
<td class="carte" bgcolor="#f4f8fb"><span class="badge"><font color="#c0501a" size="2"><b>JURY</b></font></span>
<h2>Délibérations et résultats</h2>
<p>Jury de délibération : lun. 03-07-2028, 10:00, rectorat de Nice.</p>
<p>Résultats : mer. 05-07-2028 à 10:00 sur le site de l'académie.</p>
</td></tr>
<tr><td class="carte" bgcolor="#f4f8fb"><span class="badge"><font color="#c0501a" size="2"><b>CENTRES</b></font></span>
<h2>Adresses des centres d'épreuves</h2>
<p>Lycée Les Eucalyptus<br>7 avenue des Eucalyptus<br>06200 NICE</p>
<p>Lycée Jules Ferry<br>82 boulevard de la République<br>CS 40051<br>06401 CANNES CEDEX</p>
<p>Lycée Dumont d'Urville<br>212 avenue Amiral Jean Bart<br>83000 TOULON</p>
</td>
</tr>
</table>
<h2>Établissements de formation de l'académie (pour information)</h2>
<p>CFA Riviera Tertiaire (Antibes) · Lycée privé Saint-Exupéry des Oliviers (Grasse) · Institut Méditerranée Management (Fréjus). Ces établissements ne sont pas centres d'épreuves.</p>
<p class="pied">© Académie de Nice – DEC · Mentions légales · Accessibilité · Plan du site · Contact : dec-bts@ac-nice.example</p>
</body></html>
"""
