"""Académie de Bordeaux - BTS NDRC, session 2028 (page of an académie site, fictitious content)."""

PAGE = {
    "stem": "page_ndrc_2028_bordeaux",
    "skin": "moderne",
    "site": "Académie de Bordeaux",
    "region": "Région académique Nouvelle-Aquitaine",
    "url": "https://www.ac-bordeaux.fr/bts-ndrc-session-2028-calendrier-et-organisation-128417",
    "published_iso": "2028-01-18T10:42:00+01:00",
    "menu": ["L'académie", "Orientation", "Scolarité", "Examens et concours", "Ressources humaines", "Établissements"],
    "breadcrumb": ["Accueil", "Examens et concours", "Examens", "BTS", "Organisation des épreuves"],
    "title": "BTS Négociation et digitalisation de la relation client (NDRC) – session 2028 : calendrier et organisation",
    "meta": "Publié le 18/01/2028 · Division des examens et concours · Temps de lecture : 4 min",
    "chapo": "Cette page précise l'organisation académique de la session 2028 du BTS NDRC : calendrier des "
             "épreuves écrites, périodes des épreuves orales et pratiques, dépôt des dossiers, jury et publication "
             "des résultats. Elle s'adresse aux chefs d'établissement, aux formateurs et aux candidats.",
    "body": """
<h2>Textes de référence</h2>
<ul>
  <li>Code de l'éducation, articles D. 643-1 à D. 643-35 (règlement général du BTS)&nbsp;;</li>
  <li>note de service nationale d'organisation des BTS du secteur tertiaire du 9 décembre 2027.</li>
</ul>

<h2>Calendrier des épreuves écrites</h2>
<p>Les épreuves écrites ponctuelles se déroulent dans les quatre centres listés plus bas. Les candidats se présentent
trente minutes avant le début de chaque épreuve, munis de leur convocation et d'une pièce d'identité.</p>
<div class="table-responsive">
<table class="tableau">
  <caption>Épreuves écrites – session 2028 (heure de métropole)</caption>
  <thead><tr><th>Épreuve</th><th>Intitulé</th><th>Date</th><th>Horaire</th></tr></thead>
  <tbody>
    <tr><td>E1</td><td>Culture générale et expression</td><td>lundi 15 mai 2028</td><td>14 h 00 – 18 h 00</td></tr>
    <tr><td>E3</td><td>Culture économique, juridique et managériale</td><td>mardi 16 mai 2028</td><td>14 h 00 – 18 h 00</td></tr>
    <tr><td>E5A</td><td>Relation client à distance et digitalisation – partie écrite</td><td>mercredi 17 mai 2028</td><td>14 h 00 – 17 h 00</td></tr>
  </tbody>
</table>
</div>
<p>La réunion d'harmonisation des correcteurs de l'épreuve E5A se tient le <strong>jeudi 18 mai 2028 à 9 h 00</strong>
au lycée Gustave Eiffel de Bordeaux. Les copies sont remises aux correcteurs à l'issue de la réunion.</p>

<h2>Épreuves orales et pratiques</h2>
<p>L'épreuve E5 comporte une partie écrite (E5A, ci-dessus) et une partie pratique sur poste informatique (E5B).</p>
<div class="table-responsive">
<table class="tableau">
  <thead><tr><th>Épreuve</th><th>Intitulé</th><th>Période</th><th>Lieu</th></tr></thead>
  <tbody>
    <tr><td>E2</td><td>Communication en langue vivante étrangère (candidats évalués en forme ponctuelle)</td><td>du lundi 22 au mercredi 24 mai 2028</td><td>Lycée Gustave Eiffel, Bordeaux</td></tr>
    <tr><td>E5B</td><td>Relation client à distance et digitalisation – partie pratique</td><td>du lundi 29 mai au vendredi 2 juin 2028</td><td>Dans chaque centre</td></tr>
    <tr><td>E4</td><td>Relation client et négociation-vente</td><td>du mardi 6 au vendredi 9 juin 2028</td><td>Dans chaque centre</td></tr>
    <tr><td>E6</td><td>Relation client et animation de réseaux</td><td>du lundi 12 au mercredi 14 juin 2028</td><td>Lycée Gustave Eiffel (Bordeaux) et lycée Saint-John Perse (Pau)</td></tr>
  </tbody>
</table>
</div>
<p class="encart">Aucune interrogation n'est organisée le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028
(lundi de Pentecôte). Les convocations précisent le jour et l'heure de passage de chaque candidat.</p>

<h2>Dossiers des épreuves E4 et E6</h2>
<p>Les dossiers des épreuves E4 (fiches de négociation-vente) et E6 (fiches d'animation de réseaux) sont déposés
par l'établissement de formation auprès du centre d'épreuves <strong>au plus tard le vendredi 7 avril 2028 à
12 h 00</strong>. Un dossier remis après cette date ne peut pas être accepté.</p>
<p>Le contrôle de conformité des dossiers E4 et E6 est réalisé dans chaque centre le <strong>mercredi 19 avril 2028
à 14 h 00</strong>. En cas de non-conformité, le candidat est informé par le centre et ne peut pas être interrogé.</p>
<p>Les livrets scolaires des candidats scolaires et apprentis sont adressés au centre d'épreuves au plus tard le
mardi 2 mai 2028.</p>

<h2>Jury et résultats</h2>
<p>Le jury de délibération se réunit le <strong>jeudi 29 juin 2028 à 9 h 00</strong> au rectorat de Bordeaux.
Les résultats sont publiés le <strong>vendredi 7 juillet 2028 à partir de 10 h 00</strong> sur le site académique
et dans les centres d'épreuves. Les relevés de notes sont ensuite adressés aux candidats.</p>

<h2>Centres d'épreuves</h2>
<ul class="centres">
  <li><strong>Lycée Gustave Eiffel</strong> – 143 cours de la Marne, 33074 Bordeaux (centre pilote)</li>
  <li><strong>Lycée Saint-John Perse</strong> – 2 avenue Copernic, 64000 Pau</li>
  <li><strong>Lycée Bernard Palissy</strong> – 164 boulevard de la Liberté, 47000 Agen</li>
  <li><strong>Lycée Albert Claveille</strong> – 80 rue Victor Hugo, 24000 Périgueux</li>
</ul>
""",
    "contact": """<h2>Contact</h2>
<p><strong>Rectorat de Bordeaux – Division des examens et concours (DEC 3), bureau des BTS</strong><br>
5 rue Joseph de Carayon-Latour, CS 81499, 33060 Bordeaux Cedex<br>
Gestionnaire : Mme Sandrine Lacoste-Merle – 05 57 57 39 62 – ce.dec3-bts@ac-bordeaux.fr</p>""",
    "sidebar": """<h3>Dans la même rubrique</h3>
<ul><li>BTS : inscriptions et registre</li><li>BTS : aménagements d'épreuves</li><li>BTS : consultation des copies</li></ul>
<h3>Actualités</h3>
<ul class="actus">
  <li><span class="date">12/01/2028</span> Semaine de l'orientation dans les lycées de l'académie</li>
  <li><span class="date">09/01/2028</span> Recrutement de professeurs contractuels : campagne ouverte</li>
  <li><span class="date">20/12/2027</span> Bourses de lycée : la campagne complémentaire</li>
</ul>""",
    "footer_year": "2028",
}
