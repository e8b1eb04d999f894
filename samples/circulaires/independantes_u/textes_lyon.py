"""Texte de la circulaire fictive : BTS SIO (numérotation 2024), académie de Lyon, session 2027.

Page web (HTML) d'un site académique ; convertie en PDF et en ODT par LibreOffice.
"""

STEM = "circulaire_sio_2027_lyon"

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>BTS SIO – session 2027 – circulaire d'organisation – Académie de Lyon</title>
<style>
 body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
 .bandeau { background: #000091; color: #fff; padding: 6px 10px; font-size: 9pt; }
 .fil { font-size: 8pt; color: #555; margin: 4px 0 10px 0; }
 h1 { font-size: 14pt; color: #000091; margin-bottom: 2px; }
 h2 { font-size: 11pt; color: #000091; border-bottom: 1px solid #000091; margin-top: 16px; }
 th, td { font-size: 9pt; vertical-align: top; }
 th { background: #e3e3fd; }
 .note { font-size: 8.5pt; font-style: italic; }
 .signature { margin-left: 9cm; margin-top: 14px; }
 footer { font-size: 7.5pt; color: #555; border-top: 1px solid #aaa; margin-top: 18px; padding-top: 4px; }
</style>
</head>
<body>
<div class="bandeau">RÉGION ACADÉMIQUE AUVERGNE-RHÔNE-ALPES · ACADÉMIE DE LYON · Examens et concours</div>
<div class="fil">Accueil &gt; Examens &gt; Enseignement supérieur &gt; BTS &gt; Circulaires d'organisation 2027</div>

<h1>BTS Services informatiques aux organisations (SIO) – session 2027</h1>
<p><b>Circulaire d'organisation académique</b> – options « Solutions d'infrastructure, systèmes et réseaux »
(SISR) et « Solutions logicielles et applications métiers » (SLAM)</p>

<table width="100%" border="0" cellpadding="2" cellspacing="0">
<tr><td width="60%">Division des examens et concours<br>DEC 5 – BTS tertiaires<br>
Affaire suivie par : Karim Benali<br>Tél. : 04 72 80 61 27<br>Mél : dec5-bts@ac-lyon.fr</td>
<td align="right">Lyon, le 3 février 2027</td></tr>
</table>

<p>La rectrice de la région académique Auvergne-Rhône-Alpes, rectrice de l'académie de Lyon,<br>
à Mesdames et Messieurs les chefs d'établissement, directeurs de CFA et responsables d'organismes de formation
préparant au BTS SIO.</p>

<p><b>Objet :</b> organisation des épreuves du BTS SIO – session 2027.<br>
<b>Référence :</b> arrêté du 8 juillet 2024 modifiant l'arrêté portant définition et fixant les conditions de
délivrance du BTS SIO (JO du 10 juillet 2024).</p>

<h2>1. Épreuves et unités</h2>
<p>Depuis la session 2025, les épreuves sont numérotées de E1 à E7. <b>Attention :</b> l'épreuve de cybersécurité
est désormais l'E7 (elle portait le numéro E6 avant la session 2025).</p>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<col width="8%"><col width="8%"><col width="56%"><col width="18%"><col width="10%">
<tr><th>Épreuve</th><th>Unité</th><th>Intitulé</th><th>Forme ponctuelle</th><th>Durée</th></tr>
<tr><td>E1</td><td>U1</td><td>Culture générale et expression</td><td>écrite</td><td>3 h</td></tr>
<tr><td>E2</td><td>U2</td><td>Expression et communication en langue anglaise</td><td>écrite + orale</td><td>2 h + 20 mn</td></tr>
<tr><td>E3</td><td>U3</td><td>Mathématiques pour l'informatique</td><td>écrite (hors CCF)</td><td>2 h</td></tr>
<tr><td>E4</td><td>U4</td><td>Culture économique, juridique et managériale pour l'informatique</td><td>écrite</td><td>4 h</td></tr>
<tr><td>E5</td><td>U5</td><td>Support et mise à disposition de services informatiques</td><td>orale</td><td>40 mn</td></tr>
<tr><td>E6</td><td>U6</td><td>Administration des systèmes et des réseaux (SISR) / Conception et développement
d'applications (SLAM)</td><td>pratique et orale</td><td>40 mn</td></tr>
<tr><td>E7</td><td>U7</td><td>Cybersécurité des services informatiques (option SISR ou SLAM)</td><td>écrite</td><td>4 h</td></tr>
<tr><td>EF1</td><td>UF1</td><td>Langue vivante 2 (facultative)</td><td>orale</td><td>20 mn</td></tr>
<tr><td>EF2</td><td>UF2</td><td>Engagement étudiant (facultative)</td><td>orale</td><td>20 mn</td></tr>
</table>

<h2>2. ÉPREUVES ÉCRITES</h2>
<p>Les épreuves écrites ont lieu dans les centres désignés au point 6, aux dates suivantes (année 2027) :</p>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<col width="12%"><col width="22%"><col width="22%"><col width="22%"><col width="22%">
<tr><th></th><th>mar. 11/05</th><th>mer. 12/05</th><th>jeu. 13/05</th><th>ven. 14/05</th></tr>
<tr><th>Matin</th><td>—</td><td>E2 – Anglais (écrit)<br>10h00-12h00</td>
<td>E3 – Mathématiques pour l'informatique (candidats hors CCF)<br>9h00-11h00</td>
<td>E7 – Cybersécurité des services informatiques<br>SISR et SLAM (sujets distincts)<br>8h30 – 12h30</td></tr>
<tr><th>Après-midi</th><td>E1 – Culture générale et expression<br>14h00-17h00</td>
<td>E4 – Culture économique, juridique et managériale pour l'informatique<br>14h00-18h00</td><td>—</td><td>—</td></tr>
</table>
<p class="note">Le lundi 17 mai 2027 (lundi de Pentecôte) est férié.</p>
<p>Les copies de l'E7 sont corrigées au lycée Édouard Branly du mardi 18 au mercredi 26 mai 2027. La réunion
d'harmonisation des correcteurs de l'E7 ouvre les corrections le mardi 18 mai 2027 à 14h.</p>

<h2>3. ÉPREUVES ORALES ET PRATIQUES</h2>
<ul>
<li><b>E5</b> (forme ponctuelle orale, 40 mn) : du lundi 31 mai au vendredi 4 juin 2027.</li>
<li><b>E6</b> (forme ponctuelle pratique et orale) : selon leur centre, les candidats seront convoqués du mardi 1er
au jeudi 3 juin, du lundi 7 au mercredi 9 juin et du lundi 14 au mardi 15 juin 2027.</li>
<li><b>EF1</b> – Langue vivante 2 : mercredi 2 juin 2027, à partir de 13:30.</li>
<li><b>EF2</b> – Engagement étudiant : la fiche d'engagement est à transmettre au centre d'épreuves au plus tard le
09/04/2027 ; l'oral se déroule pendant la période de l'E5.</li>
<li>Réunion d'entente des examinateurs de l'E6 : mercredi 26 mai 2027 à 14 h, lycée Frédéric Fays.</li>
</ul>
<p>Les candidats scolaires et apprentis des établissements habilités sont évalués en CCF pour E3, E5 et E6 ; ils ne
reçoivent pas de convocation pour ces épreuves.</p>

<h2>4. DOSSIERS E5 ET E6 – CONTRÔLE DE CONFORMITÉ</h2>
<p>Dépôt des dossiers E5 et E6 (tableau de synthèse, fiches descriptives de réalisation professionnelle) sur la
plateforme académique : <b>au plus tard le mercredi 7 avril 2027 à 12h00</b>.</p>
<p>Contrôle de conformité des dossiers E5 et E6 : jeudi 15 avril 2027, de 9 h à 12 h, au lycée Édouard Branly.
Tout dossier non conforme entraîne l'attribution de la mention « non valide » à l'épreuve concernée.</p>
<p class="note">Vacances de printemps (zone A) : du samedi 17 avril au lundi 3 mai 2027.</p>

<h2>5. JURY ET RÉSULTATS</h2>
<p>Le jury de délibération se réunira le lundi 28 juin 2027, 9 h 00, au rectorat de Lyon (salle du conseil).<br>
Publication des résultats : vendredi 2 juillet 2027 à 14 h.</p>

<h2>6. CENTRES D'ÉPREUVES ET RÉPARTITION DES CANDIDATS</h2>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<col width="24%"><col width="30%"><col width="22%"><col width="8%"><col width="8%"><col width="8%">
<tr><th>Centre d'épreuves</th><th>Adresse</th><th>Ville</th><th>SISR</th><th>SLAM</th><th>Total</th></tr>
<tr><td>Lycée Édouard Branly</td><td>25 rue de Tourvielle<br>CS 50012<br>69322 LYON CEDEX 05</td><td>Lyon</td><td>41</td><td>37</td><td>78</td></tr>
<tr><td>Lycée Frédéric Fays</td><td>46 rue Frédéric Fays<br>69100 VILLEURBANNE</td><td>Villeurbanne</td><td>29</td><td>33</td><td>62</td></tr>
<tr><td>Lycée Carriat</td><td>1 rue de Crouy<br>BP 90214<br>01005 BOURG-EN-BRESSE CEDEX</td><td>Bourg-en-Bresse</td><td>18</td><td>15</td><td>33</td></tr>
<tr><td>Lycée Simone Weil</td><td>63 avenue Albert Raimond<br>BP 102<br>42271 SAINT-PRIEST-EN-JAREZ CEDEX</td><td>Saint-Priest-en-Jarez</td><td>22</td><td>26</td><td>48</td></tr>
</table>
<p class="note">Organismes de formation non centres d'épreuves (leurs candidats sont comptés ci-dessus) : CFA
Formasup Ain-Rhône-Loire, Lyon ; Campus numérique Ynov, Lyon ; Institut Saint-Louis Saint-Bruno, Lyon.</p>

<div class="signature">Pour la rectrice et par délégation,<br>Le chef de la division des examens et concours,<br><br>
Olivier Ducasse</div>

<footer>Rectorat de l'académie de Lyon – 92 rue de Marseille – BP 7227 – 69354 Lyon Cedex 07 –
www.ac-lyon.fr</footer>
</body>
</html>
"""
