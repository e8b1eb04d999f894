"""Académie de Strasbourg - BTS CRSA, session 2030 (TYPO3-like page, fictitious content)."""

PAGE = {
    "stem": "page_crsa_2030_strasbourg",
    "skin": "portail",
    "site": "Académie de Strasbourg",
    "region": "Région académique Grand Est",
    "url": "https://www.ac-strasbourg.fr/examens/bts/crsa-session-2030/",
    "published_iso": "2030-02-06T09:30:00+01:00",
    "menu": ["Académie", "Pédagogie", "Examens", "Concours", "Personnels", "Services"],
    "breadcrumb": ["Accueil", "Examens", "Brevet de technicien supérieur", "Conception et réalisation de systèmes automatiques"],
    "title": "BTS Conception et réalisation de systèmes automatiques (CRSA) – Session 2030",
    "meta": "Date de publication : 06/02/2030",
    "chapo": "Calendrier et organisation des épreuves ponctuelles de la session 2030 dans l'académie de Strasbourg.",
    "body": """
<h2>Épreuves écrites</h2>
<table class="contenttable">
  <thead><tr><th>Date</th><th>Heure</th><th>Unité</th><th>Épreuve</th></tr></thead>
  <tbody>
    <tr><td>lun. 13/05/2030</td><td>14:00 – 18:00</td><td>U1</td><td>Culture générale et expression</td></tr>
    <tr><td>mar. 14/05/2030</td><td>10:00 – 12:00</td><td>U2</td><td>Anglais</td></tr>
    <tr><td>mar. 14/05/2030</td><td>14:00 – 16:00</td><td>U31</td><td>Mathématiques</td></tr>
    <tr><td>mer. 15/05/2030</td><td>10:00 – 12:00</td><td>U32</td><td>Physique-chimie</td></tr>
    <tr><td>jeu. 16/05/2030</td><td>08:00 – 12:00</td><td>U41</td><td>Conception préliminaire d'un système automatique</td></tr>
  </tbody>
</table>
<p>Les unités U42 et U61 sont évaluées en contrôle en cours de formation dans les établissements ; elles ne figurent pas au calendrier ci-dessus.</p>

<h2>Épreuves pratiques et orales</h2>
<table class="contenttable">
  <thead><tr><th>Période</th><th>Unité</th><th>Épreuve</th><th>Centre</th></tr></thead>
  <tbody>
    <tr><td>du 03/06/2030 au 05/06/2030</td><td>U51</td><td>Conception détaillée – réalisation et mise en œuvre</td><td>Lycée Louis Couffignal, Strasbourg ; Lycée Théodore Deck, Guebwiller</td></tr>
    <tr><td>du 11/06/2030 au 14/06/2030</td><td>U62</td><td>Projet – soutenance</td><td>Lycée Louis Couffignal, Strasbourg</td></tr>
  </tbody>
</table>
<p>Une réunion d'entente des examinateurs de l'unité U62 se tient le mardi 11 juin 2030 à 8 h 30 au lycée Louis
Couffignal, avant les premières soutenances.</p>

<h2>Dossiers de projet</h2>
<p>Le rapport de projet (U62) est déposé au lycée Louis Couffignal au plus tard le vendredi 26 avril 2030 à 16 h 00.
Le vendredi saint 19 avril 2030 étant férié en Alsace-Moselle, le secrétariat ne reçoit aucun dépôt ce jour-là.</p>
<p>Le contrôle de conformité des rapports a lieu le lundi 6 mai 2030 à 14 h 00.</p>

<h2>Délibération</h2>
<p>Jury : mercredi 26 juin 2030 à 9 h 30, lycée Louis Couffignal.<br>
Publication des résultats : mercredi 3 juillet 2030 à 14 h 00.</p>

<h2>Centres d'épreuves</h2>
<ul>
  <li>Lycée Louis Couffignal – 11 route de la Fédération, 67100 Strasbourg</li>
  <li>Lycée Théodore Deck – 5 rue des Chanoines, 68500 Guebwiller</li>
  <li>Lycée Heinrich-Nessel – 123 route de Strasbourg, 67500 Haguenau (épreuves écrites)</li>
</ul>
""",
    "contact": """<h2>Contact</h2>
<address>Rectorat de l'académie de Strasbourg – DEC, bureau des BTS<br>
6 rue de la Toussaint, 67975 Strasbourg Cedex 9<br>
M. Frédéric Wendling – 03 88 23 35 57 – dec-bts@ac-strasbourg.fr</address>""",
    "sidebar": """<h3>Actualités</h3>
<ul class="actus">
  <li><span class="date">04.02.2030</span> Journée de l'apprentissage au lycée</li>
  <li><span class="date">28.01.2030</span> Concours général des métiers : inscriptions</li>
</ul>
<h3>Voir aussi</h3>
<ul><li>BTS : calendrier national</li><li>Aménagements d'épreuves</li></ul>""",
    "footer_year": "2030",
}
