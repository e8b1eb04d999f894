"""Académie de Reims - BTS Commerce international, session 2031 (Joomla-like page, fictitious content)."""

PAGE = {
    "stem": "page_ci_2031_reims",
    "skin": "classique",
    "site": "Académie de Reims",
    "region": "Région académique Grand Est",
    "url": "https://www.ac-reims.fr/index.php/examens/bts/commerce-international-session-2031",
    "published_iso": "2031-01-20T11:00:00+01:00",
    "menu": ["Accueil", "L'académie", "Examens", "Concours", "Orientation", "Nous contacter"],
    "breadcrumb": ["Accueil", "Examens", "BTS", "Commerce international"],
    "title": "BTS Commerce international – Session 2031",
    "meta": "Créé le lundi 20 janvier 2031 – Affichages : 1842",
    "chapo": "Organisation académique des épreuves du BTS Commerce international (CI), session 2031.",
    "body": """
<h2>Examinateurs</h2>
<p>Les chefs d'établissement transmettent au rectorat la liste des professeurs susceptibles d'être convoqués comme
examinateurs <strong>avant le vendredi 14 mars 2031</strong>.</p>

<h2>Calendrier</h2>
<table class="table table-striped">
  <thead><tr><th>Épreuve</th><th>Nature</th><th>Date(s)</th><th>Horaires</th></tr></thead>
  <tbody>
    <tr><td>E1 – Culture générale et expression</td><td>écrite</td><td>lundi 12 mai 2031</td><td>14:00 - 18:00</td></tr>
    <tr><td>E3 – Culture économique, juridique et managériale</td><td>écrite</td><td>mardi 13 mai 2031</td><td>14:00 - 18:00</td></tr>
    <tr><td>E5 – Mise en œuvre des opérations internationales</td><td>écrite</td><td>mercredi 14 mai 2031</td><td>09:00 - 12:00</td></tr>
    <tr><td>E4 – Relation commerciale interculturelle en français et en langue étrangère</td><td>orale</td><td>du lundi 26 au mercredi 28 mai 2031</td><td>selon convocation</td></tr>
    <tr><td>E2 – Communication en langues vivantes étrangères : E21 (langue A) et E22 (langue B)</td><td>orale</td><td>du mardi 3 au jeudi 5 juin 2031</td><td>selon convocation</td></tr>
    <tr><td>E6 – Développement commercial international</td><td>orale</td><td>du lundi 9 au vendredi 13 juin 2031</td><td>selon convocation</td></tr>
  </tbody>
</table>
<p>Pas d'interrogation le vendredi 23 mai 2031 (pont de l'Ascension) ni le lundi 2 juin 2031 (lundi de Pentecôte).</p>

<h2>Dossier de l'épreuve E6</h2>
<p>Le dossier de l'épreuve E6 est déposé en deux exemplaires au centre d'épreuves au plus tard le
<strong>vendredi 4 avril 2031 à 16:00</strong>. Le contrôle de conformité a lieu le <strong>jeudi 17 avril 2031 à
10:00</strong> au lycée Jean Jaurès.</p>

<h2>Délibération et résultats</h2>
<p>Le jury de délibération se tient le mardi 1er juillet 2031 à 14:00 au rectorat de Reims. Les résultats sont
affichés dans les centres et mis en ligne le vendredi 4 juillet 2031 à 10:00.</p>

<h2>Centres d'épreuves</h2>
<ul>
  <li>Lycée Jean Jaurès, 17 rue Ruinart de Brimont, 51100 Reims</li>
  <li>Lycée Chrestien de Troyes, 3 rue de Québec, 10009 Troyes</li>
  <li>Lycée Monge, 2 avenue de Saint-Julien, 08000 Charleville-Mézières</li>
</ul>
""",
    "contact": """<h2>Contact</h2>
<p>Rectorat de l'académie de Reims – Division des examens et concours, bureau DEC 2<br>
1 rue Navier, 51082 Reims Cedex<br>
Mme Aurélie Thiébaut – 03 26 05 68 21 – ce.dec2@ac-reims.fr</p>""",
    "sidebar": """<h3>Menu Examens</h3>
<ul><li>Baccalauréat</li><li>BTS</li><li>CAP – BEP</li><li>DNB</li><li>Diplômes comptables</li></ul>""",
    "footer_year": "2031",
}
