"""Académie de Nantes - BTS SAM, session 2029 (WordPress-like page, fictitious content)."""

PAGE = {
    "stem": "page_sam_2029_nantes",
    "skin": "blog",
    "site": "Académie de Nantes",
    "region": "Région académique Pays de la Loire",
    "url": "https://www.ac-nantes.fr/examens/bts/bts-support-a-l-action-manageriale-session-2029/",
    "published_iso": "2029-01-12T14:05:00+01:00",
    "menu": ["Accueil", "Actualités", "Élèves et parents", "Examens", "Personnels", "Partenaires"],
    "breadcrumb": ["Accueil", "Examens", "BTS", "Support à l'action managériale"],
    "title": "BTS Support à l'action managériale (SAM) : organisation de la session 2029",
    "meta": "Publié le 12 janvier 2029 · Mis à jour le 5 mars 2029 · Catégorie : Examens – BTS",
    "chapo": "Calendrier académique et modalités pratiques de la session 2029 du BTS Support à l'action "
             "managériale. Mise à jour du 5 mars 2029 : ajout du centre de La Roche-sur-Yon.",
    "body": """
<h2>1. Épreuves écrites</h2>
<table class="wp-block-table">
  <thead><tr><th>Date</th><th>Horaires</th><th>Épreuve</th></tr></thead>
  <tbody>
    <tr><td>Lundi 14 mai 2029</td><td>14 h – 18 h</td><td>E1 – Culture générale et expression</td></tr>
    <tr><td>Mardi 15 mai 2029</td><td>14 h – 18 h</td><td>E3 – Culture économique, juridique et managériale</td></tr>
    <tr><td>Mercredi 16 mai 2029</td><td>9 h – 13 h</td><td>E6 – Collaboration à la gestion des ressources humaines</td></tr>
  </tbody>
</table>
<p>Les livrets scolaires sont transmis au centre d'épreuves au plus tard le vendredi 18 mai 2029.</p>

<h2>2. Épreuves orales</h2>
<h3>E2 – Expression et culture en langues vivantes étrangères</h3>
<p>Les oraux de langue A (E21) et de langue B (E22) se déroulent du lundi 28 mai au vendredi 1er juin 2029.</p>
<h3>E4 – Optimisation des processus administratifs</h3>
<p>Du lundi 4 au vendredi 8 juin 2029, dans les quatre centres.</p>
<h3>E5 – Gestion de projet</h3>
<p>Du lundi 11 au mercredi 13 juin 2029, au lycée Gabriel Guist'hau (Nantes) et au lycée Chevrollier (Angers).</p>

<h2>3. Dossiers E4 et E5</h2>
<p>Les dossiers professionnels des épreuves E4 et E5 doivent parvenir au centre d'épreuves
<strong>au plus tard le vendredi 13 avril 2029 à 12 h</strong>, cachet de la poste ou récépissé de dépôt faisant foi.
Le contrôle de conformité aura lieu le <strong>mercredi 25 avril 2029 à 9 h 30</strong>.</p>

<h2>4. Délibérations et résultats</h2>
<p>Le jury de délibération se réunira le <strong>lundi 2 juillet 2029 à 14 h</strong> au lycée Gabriel Guist'hau.
Les résultats seront publiés le <strong>jeudi 5 juillet 2029 à 10 h</strong>.</p>

<h2>5. Centres d'épreuves</h2>
<ul>
  <li>Lycée Gabriel Guist'hau – 3 rue Marie-Anne du Boccage, 44000 Nantes</li>
  <li>Lycée Chevrollier – 2 rue Adrien Recouvreur, 49000 Angers</li>
  <li>Lycée Touchard-Washington – 8 place Washington, 72000 Le Mans</li>
  <li>Lycée Pierre Mendès France – boulevard Arago, 85000 La Roche-sur-Yon <em>(ajouté le 5 mars 2029)</em></li>
</ul>
""",
    "contact": """<div class="wp-block-group contact"><h2>Une question ?</h2>
<p>Rectorat de Nantes – Division des examens et concours (DEC 4)<br>
4 rue de la Houssinière, BP 72616, 44326 Nantes Cedex 3<br>
Mme Nolwenn Le Bihan – 02 40 37 33 18 – dec4.bts@ac-nantes.fr</p></div>""",
    "sidebar": None,
    "footer_year": "2029",
}
