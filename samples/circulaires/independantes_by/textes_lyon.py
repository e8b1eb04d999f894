"""Page « BTS ABM – session 2029 » of a fictitious académie de Lyon web site: data tables written for screen
readers (<caption>, <th scope="col|row|rowgroup">, id/headers). The date of the second épreuve of a day is only in a
row header spanning two rows (rowspan + headers=), the period of the practical épreuves and of the oral is only in a
group header row (<th colspan id=...>) that the cells reference through headers=. Traps: Ascension, lundi de
Pentecôte (a row of the table), publication date."""

TITLE = "BTS ABM – Calendrier de la session 2029 – Académie de Lyon"

BODY = """
<a class="skip-link" href="#contenu">Aller au contenu</a>
<a class="skip-link" href="#ecrits">Aller au calendrier des écrits</a>
<header role="banner" class="entete">
  <div class="marque"><p class="marianne" aria-hidden="true">RÉPUBLIQUE<br>FRANÇAISE</p>
    <p class="nom-site">Académie de Lyon</p>
    <p class="devise" aria-hidden="true">Liberté<br>Égalité<br>Fraternité</p></div>
</header>
<nav aria-label="Vous êtes ici :" class="fil-ariane"><ol>
  <li><a href="#">Accueil</a></li><li><a href="#">Examens</a></li><li><a href="#">BTS</a></li>
  <li><a href="#">Session 2029</a></li><li><a aria-current="page">Analyses de biologie médicale</a></li></ol></nav>
<div class="page">
<main id="contenu" tabindex="-1">
<h1>BTS Analyses de biologie médicale (<abbr title="Analyses de biologie médicale">ABM</abbr>) : calendrier et organisation de la session 2029</h1>
<p class="meta">Publié le <time datetime="2029-01-15">15 janvier 2029</time> – Division des examens et concours, pôle BTS</p>

<p class="chapo">Madame, Monsieur le chef d'établissement, vous trouverez ci-dessous l'organisation des épreuves de
la session 2029. Les tableaux sont structurés pour être lus par les technologies d'assistance ; une version
imprimable est disponible depuis le menu du navigateur.</p>

<h2>Dossier de l'épreuve E6 et conformité</h2>
<p>Le rapport de stage support de l'épreuve <abbr title="Épreuve E6 : soutenance du rapport de stage">E6</abbr>
(unité U6) est transmis par l'établissement de formation au lycée La Martinière Monplaisir, 41 rue Antoine Lumière,
69008 Lyon, <strong>au plus tard le vendredi 27 avril 2029 à 12 h</strong>. La commission de contrôle de conformité
se réunit le jeudi 3 mai 2029 à 14 h dans ce lycée.</p>

<table id="ecrits" class="donnees">
  <caption>Épreuves écrites ponctuelles<span class="sr-only"> de la session 2029 ; heures de Paris ; un jour peut
  porter deux épreuves : la date est alors l'en-tête des deux lignes</span></caption>
  <thead><tr>
    <th scope="col" id="c-date">Date</th><th scope="col" id="c-ep">Épreuve</th><th scope="col" id="c-u">Unité</th>
    <th scope="col" id="c-h">Horaire</th></tr></thead>
  <tbody>
  <tr><th scope="row" id="d14">Lundi 14 mai 2029</th>
    <td headers="d14 c-ep">E1 Culture générale et expression</td><td headers="d14 c-u">U1</td><td headers="d14 c-h">14 h – 18 h</td></tr>
  </tbody>
  <tbody>
  <tr><th scope="rowgroup" rowspan="2" id="d15">Mardi 15 mai 2029</th>
    <td headers="d15 c-ep">E31 Mathématiques</td><td headers="d15 c-u">U31</td><td headers="d15 c-h">8 h – 10 h</td></tr>
  <tr><td headers="d15 c-ep">E32 Sciences physiques et chimiques</td><td headers="d15 c-u">U32</td><td headers="d15 c-h">10 h 30 – 12 h 30</td></tr>
  </tbody>
  <tbody>
  <tr><th scope="rowgroup" rowspan="2" id="d16">Mercredi 16 mai 2029</th>
    <td headers="d16 c-ep">E2 Anglais</td><td headers="d16 c-u">U2</td><td headers="d16 c-h">9 h – 11 h</td></tr>
  <tr><td headers="d16 c-ep">E4 Étude de documents scientifiques et techniques</td><td headers="d16 c-u">U4</td><td headers="d16 c-h">14 h – 18 h</td></tr>
  </tbody>
</table>
<p>Centres d'écrits : lycée La Martinière Monplaisir, Lyon (Rhône, Loire) ; lycée Carriat, 1 rue de Crouy,
01000 Bourg-en-Bresse (Ain). Le jeudi 10 mai 2029 (Ascension) ne porte aucune épreuve.</p>

<table id="pratiques" class="donnees">
  <caption>Épreuves pratiques et orale<span class="sr-only"> ; chaque période est l'en-tête de groupe des lignes qui la suivent</span></caption>
  <thead><tr>
    <th scope="col" id="p-ep">Épreuve</th><th scope="col" id="p-u">Unité</th><th scope="col" id="p-c">Centre</th></tr></thead>
  <tbody>
  <tr><th colspan="3" scope="colgroup" id="g1" class="groupe">Du mardi 22 mai au vendredi 1er juin 2029</th></tr>
  <tr><td headers="g1 p-ep">E51 Analyses de biochimie médicale</td><td headers="g1 p-u">U51</td>
      <td headers="g1 p-c">Lycée La Martinière Monplaisir, Lyon</td></tr>
  <tr><td headers="g1 p-ep">E52 Analyses de microbiologie et d'hématologie</td><td headers="g1 p-u">U52</td>
      <td headers="g1 p-c">Lycée La Martinière Monplaisir, Lyon</td></tr>
  <tr><td colspan="3" class="neutre">Lundi 21 mai 2029 (lundi de Pentecôte) : pas d'épreuve.</td></tr>
  </tbody>
  <tbody>
  <tr><th colspan="3" scope="colgroup" id="g2" class="groupe">Du lundi 4 au jeudi 7 juin 2029</th></tr>
  <tr><td headers="g2 p-ep">E6 Soutenance du rapport de stage</td><td headers="g2 p-u">U6</td>
      <td headers="g2 p-c">Lycée La Martinière Monplaisir, Lyon</td></tr>
  <tr><td headers="g2 p-ep">E6 Soutenance du rapport de stage (candidats du sud du Rhône)</td><td headers="g2 p-u">U6</td>
      <td headers="g2 p-c">Lycée Ella Fitzgerald, Saint-Romain-en-Gal</td></tr>
  </tbody>
</table>

<h2>Délibération et résultats</h2>
<p>Le jury se réunit le jeudi 21 juin 2029 à 9 h au rectorat de Lyon, 92 rue de Marseille. Les résultats sont
publiés le mardi 26 juin 2029 à partir de 10 h.</p>
</main>
</div>
<footer role="contentinfo" class="pied">
  <p>Rectorat de l'académie de Lyon – 92 rue de Marseille – 69354 Lyon Cedex 07</p>
  <p><a href="#">Accessibilité</a> · <a href="#">Mentions légales</a></p>
</footer>
"""
