"""Page « BTS CRCI – session 2027 » of a fictitious académie de Nantes web site (RGAA-minded).
Traps: visible dates without year (year only in <time datetime> and the title); one hour given only to screen
readers (.sr-only); one stale datetime attribute copied from the 2026 page (2026-05-14, a Thursday) on a card
that reads « vendredi 14 mai »; aria-hidden date badges duplicating the cards; Ascension, Pentecôte, arrêté and
publication dates are not events."""

TITLE = "BTS CRCI – Organisation de la session 2027 – Académie de Nantes"

BODY = """
<a class="skip-link" href="#contenu">Aller au contenu</a>
<a class="skip-link" href="#pied">Aller au pied de page</a>
<header role="banner" class="entete">
  <div class="marque"><p class="marianne" aria-hidden="true">RÉPUBLIQUE<br>FRANÇAISE</p>
    <p class="nom-site">Académie de Nantes<span class="sr-only"> – Accueil</span></p>
    <p class="devise" aria-hidden="true">Liberté<br>Égalité<br>Fraternité</p></div>
  <nav aria-label="Menu principal" class="menu"><ul>
    <li><a href="#">L'académie</a></li><li><a href="#">Scolarité</a></li>
    <li><a href="#" aria-current="true">Examens et concours</a></li><li><a href="#">Personnels</a></li></ul></nav>
</header>
<nav aria-label="Vous êtes ici :" class="fil-ariane"><ol>
  <li><a href="#">Accueil</a></li><li><a href="#">Examens et concours</a></li>
  <li><a href="#">BTS</a></li><li><a href="#">Session 2027</a></li>
  <li><a aria-current="page">Conception et réalisation en chaudronnerie industrielle</a></li></ol></nav>
<div class="page">
<main id="contenu" tabindex="-1">
<h1>BTS Conception et réalisation en chaudronnerie industrielle (<abbr title="Conception et réalisation en chaudronnerie industrielle">CRCI</abbr>) : organisation de la session 2027</h1>
<p class="meta">Publié le <time datetime="2027-01-19">19 janvier 2027</time> – Division des examens et concours, bureau DEC&nbsp;3 (BTS)</p>

<p class="chapo">Cette page tient lieu de circulaire d'organisation de l'examen pour les établissements de formation
et les centres d'épreuves de l'académie. Elle complète l'arrêté du 9 avril 2019 portant définition du diplôme et
le règlement d'examen, qu'elle ne remplace pas.</p>

<section aria-labelledby="t-dossiers">
<h2 id="t-dossiers">Dossiers et contrôle de conformité</h2>
<ul class="cartes">
  <li class="carte"><span class="badge" aria-hidden="true"><b>30</b>avr.</span>
    <div><p class="carte-titre">Dépôt du rapport de projet – <abbr title="Épreuve E52 : projet de réalisation d'un ouvrage chaudronné">E52</abbr></p>
    <p><time datetime="2027-04-30T12:00">vendredi 30 avril 2027, 12 h</time>, délai de rigueur, au secrétariat
    des examens du lycée Eugène Livet (un exemplaire papier et un fichier PDF déposé sur la plateforme).</p></div></li>
  <li class="carte"><span class="badge" aria-hidden="true"><b>4</b>mai</span>
    <div><p class="carte-titre">Contrôle de conformité des rapports</p>
    <p><time datetime="2027-05-04T09:00">mardi 4 mai, 9 h</time>, au lycée Eugène Livet. Les établissements sont
    informés des non-conformités avant la fin de la semaine.</p></div></li>
</ul>
</section>

<section aria-labelledby="t-ecrits">
<h2 id="t-ecrits">Épreuves écrites <span aria-hidden="true">·</span> du 11 au 14 mai<span class="sr-only"> : du mardi 11 au vendredi 14 mai 2027</span></h2>
<p>Aucune épreuve n'a lieu le jeudi 6 mai 2027 (Ascension). Les sujets sont les mêmes dans les deux centres.</p>
<ul class="cartes">
  <li class="carte"><span class="badge" aria-hidden="true"><b>11</b>mai</span>
    <div><p class="carte-titre"><abbr title="Épreuve E1 : culture générale et expression">E1</abbr> Culture générale et expression</p>
    <p><time datetime="2027-05-11T14:00">mardi 11 mai, 14 h</time> – <time datetime="2027-05-11T18:00">18 h</time></p></div></li>
  <li class="carte"><span class="badge" aria-hidden="true"><b>12</b>mai</span>
    <div><p class="carte-titre"><abbr title="Épreuve E2 : langue vivante étrangère, anglais">E2</abbr> Anglais</p>
    <p><time datetime="2027-05-12T10:00">mercredi 12 mai</time><span class="sr-only">, de 10 h à 12 h</span>
    <span class="puce-duree" aria-hidden="true">durée 2 h</span></p></div></li>
  <li class="carte"><span class="badge" aria-hidden="true"><b>13</b>mai</span>
    <div><p class="carte-titre"><abbr title="Épreuve E31 : mathématiques">E31</abbr> Mathématiques puis
    <abbr title="Épreuve E32 : physique-chimie">E32</abbr> Physique-chimie</p>
    <p><time datetime="2027-05-13T08:00">jeudi 13 mai, 8 h</time> – 10 h (mathématiques) ;
    10 h 30 – 12 h 30 (physique-chimie)</p></div></li>
  <li class="carte"><span class="badge" aria-hidden="true"><b>14</b>mai</span>
    <div><p class="carte-titre"><abbr title="Épreuve E4 : étude et calcul des ouvrages">E4</abbr> Étude et calcul des ouvrages</p>
    <p><time datetime="2026-05-14T08:00">vendredi 14 mai, 8 h</time> – 12 h</p></div></li>
</ul>
<h3>Centres d'épreuves écrites</h3>
<ul>
  <li>Lycée Eugène Livet, 16 rue Dufour, 44000 Nantes : candidats de Loire-Atlantique et de Vendée ;</li>
  <li>Lycée Chevrollier, 2 rue Adrien Recouvreur, 49000 Angers : candidats de Maine-et-Loire, de la Mayenne et de la Sarthe.</li>
</ul>
</section>

<section aria-labelledby="t-oraux">
<h2 id="t-oraux">Épreuves orales et pratiques</h2>
<ul class="cartes">
  <li class="carte"><span class="badge" aria-hidden="true"><b>24</b>mai</span>
    <div><p class="carte-titre">Réunion d'entente des examinateurs</p>
    <p><time datetime="2027-05-24T14:00">lundi 24 mai, 14 h</time>, lycée Eugène Livet (salle du conseil).</p></div></li>
  <li class="carte"><span class="badge" aria-hidden="true"><b>25</b>mai</span>
    <div><p class="carte-titre">Oraux <abbr title="Épreuve E51 : conception détaillée d'un ouvrage">E51</abbr> et
    <abbr title="Épreuve E52 : projet de réalisation d'un ouvrage chaudronné">E52</abbr></p>
    <p>du <time datetime="2027-05-25">25 mai</time> au <time datetime="2027-06-04">4 juin</time><span class="sr-only"> : du mardi 25 mai au vendredi 4 juin 2027</span>,
    au lycée Eugène Livet ; convocations individuelles par les services du rectorat.</p></div></li>
  <li class="carte"><span class="badge" aria-hidden="true"><b>7</b>juin</span>
    <div><p class="carte-titre">Épreuves pratiques <abbr title="Épreuve E61 : préparation d'une réalisation">E61</abbr> et
    <abbr title="Épreuve E62 : réalisation et suivi de fabrication">E62</abbr></p>
    <p>du <time datetime="2027-06-07">lundi 7</time> au <time datetime="2027-06-09">mercredi 9 juin</time>, ateliers du lycée Eugène Livet.</p></div></li>
</ul>
<p class="note">Le lundi 17 mai 2027 (lundi de Pentecôte) n'est pas concerné : aucune convocation ne porte cette date.</p>
</section>

<section aria-labelledby="t-jury">
<h2 id="t-jury">Délibération et résultats</h2>
<ul class="cartes">
  <li class="carte"><span class="badge" aria-hidden="true"><b>22</b>juin</span>
    <div><p class="carte-titre">Jury de délibération</p>
    <p><time datetime="2027-06-22T09:00">mardi 22 juin, 9 h</time>, rectorat de Nantes (salle Erdre).</p></div></li>
  <li class="carte"><span class="badge" aria-hidden="true"><b>2</b>juil.</span>
    <div><p class="carte-titre">Publication des résultats</p>
    <p><time datetime="2027-07-02T10:00">vendredi 2 juillet, 10 h</time>, sur le site de l'académie et dans Cyclades.</p></div></li>
</ul>
</section>
</main>
<aside class="lateral" aria-label="Sur le même sujet">
  <h2>Sur le même sujet</h2>
  <ul><li><a href="#">Calendrier national des BTS</a></li>
  <li><a href="#">Archives : session 2026 (CRCI)</a></li>
  <li><a href="#">Foire aux questions des candidats</a></li></ul>
</aside>
</div>
<footer id="pied" role="contentinfo" class="pied">
  <p>Rectorat de l'académie de Nantes – 4 rue de la Houssinière – 44326 Nantes Cedex 3</p>
  <p><a href="#">Accessibilité : partiellement conforme</a> · <a href="#">Mentions légales</a> · <a href="#">Plan du site</a></p>
</footer>
"""
