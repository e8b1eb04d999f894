"""Page « BTS MECP – session 2028 » of a fictitious académie de Toulouse web site, built with accordions
(<details>/<summary>) that are CLOSED by default, <abbr title> on every code and a « Tout déplier » button.
Printed as is by Chromium, the closed panels vanish (only the introduction and the summaries remain); printed
after « Tout déplier », everything is there. Traps: 8 mai, Ascension, lundi de Pentecôte, publication date."""

TITLE = "BTS MECP – Session 2028 – Académie de Toulouse"

BODY = """
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header role="banner" class="entete">
  <div class="marque"><p class="marianne" aria-hidden="true">RÉPUBLIQUE<br>FRANÇAISE</p>
    <p class="nom-site">Académie de Toulouse</p>
    <p class="devise" aria-hidden="true">Liberté<br>Égalité<br>Fraternité</p></div>
</header>
<nav aria-label="Fil d'Ariane" class="fil-ariane"><ol>
  <li><a href="#">Accueil</a></li><li><a href="#">Examens</a></li><li><a href="#">Brevet de technicien supérieur</a></li>
  <li><a aria-current="page">Métiers de l'esthétique-cosmétique-parfumerie – session 2028</a></li></ol></nav>
<div class="page">
<main id="contenu" tabindex="-1">
<h1>BTS Métiers de l'esthétique-cosmétique-parfumerie (<abbr title="Métiers de l'esthétique-cosmétique-parfumerie">MECP</abbr>) : circulaire d'organisation de la session 2028</h1>
<p class="meta">Publié le <time datetime="2028-02-08">8 février 2028</time> – Division des examens et concours (DEC 4)</p>

<div class="encadre" role="note" aria-label="À retenir">
<p><strong>À retenir.</strong> Les épreuves écrites se dérouleront du mardi 9 au vendredi 12 mai 2028 au lycée
des Arènes (Toulouse) et au lycée Françoise (Tournefeuille). Le dossier de l'épreuve E6 est à déposer au plus
tard le vendredi 7 avril 2028. Les résultats seront publiés le vendredi 30 juin 2028.</p>
</div>

<p>Le détail de chaque étape figure dans les rubriques ci-dessous. Activez une rubrique pour l'ouvrir, ou
utilisez le bouton « Tout déplier ».</p>
<p><button type="button" id="tout" aria-controls="rubriques">Tout déplier</button></p>

<div id="rubriques" class="accordeons">
<details>
  <summary><span class="chevron" aria-hidden="true">▸</span> Épreuves écrites ponctuelles<span class="sr-only"> (rubrique repliée)</span></summary>
  <div class="panneau">
  <p>Convocation des candidats trente minutes avant le début de chaque épreuve. Le lundi 8 mai 2028 est férié.</p>
  <ul>
    <li><abbr title="Culture générale et expression">E1</abbr> – Culture générale et expression : mardi 9 mai 2028, de 13 h 30 à 17 h 30</li>
    <li><abbr title="Langue vivante étrangère : anglais">E2</abbr> – Anglais : mercredi 10 mai 2028, de 9 h à 11 h</li>
    <li><abbr title="Sciences physiques et chimiques appliquées">E41</abbr> – Physique-chimie : mercredi 10 mai 2028, de 14 h à 16 h</li>
    <li><abbr title="Biologie et sciences de la peau">E42</abbr> – Biologie : jeudi 11 mai 2028, de 9 h à 12 h</li>
    <li><abbr title="Environnement professionnel et réglementation">E3</abbr> – Environnement professionnel : vendredi 12 mai 2028, de 9 h à 13 h</li>
  </ul>
  </div>
</details>
<details>
  <summary><span class="chevron" aria-hidden="true">▸</span> Épreuve pratique E52<span class="sr-only"> (rubrique repliée)</span></summary>
  <div class="panneau">
  <p><abbr title="Épreuve E52 : techniques esthétiques et cosmétiques, épreuve pratique">E52</abbr> : du lundi 15 au
  vendredi 19 mai 2028, en instituts d'application du lycée des Arènes et du lycée Françoise. Les candidats
  fournissent leur modèle ; la liste des modèles est jointe à la convocation.</p>
  </div>
</details>
<details>
  <summary><span class="chevron" aria-hidden="true">▸</span> Dossier E6 et contrôle de conformité<span class="sr-only"> (rubrique repliée)</span></summary>
  <div class="panneau">
  <p>Le dossier de l'<abbr title="Épreuve professionnelle de synthèse">E6</abbr> est déposé au plus tard le vendredi
  7 avril 2028 avant 17 h au secrétariat des examens du lycée des Arènes, 1 place Émile Mâle, 31300 Toulouse.</p>
  <p>Le contrôle de conformité aura lieu le mardi 18 avril 2028 à 14 h dans ce même lycée ; les dossiers non
  conformes sont signalés aux établissements d'origine dans les quarante-huit heures.</p>
  </div>
</details>
<details>
  <summary><span class="chevron" aria-hidden="true">▸</span> Épreuves orales E51 et E6<span class="sr-only"> (rubrique repliée)</span></summary>
  <div class="panneau">
  <p>Les épreuves orales <abbr title="Épreuve E51 : conseil et expertise scientifiques et technologiques">E51</abbr>
  et <abbr title="Épreuve professionnelle de synthèse">E6</abbr> se tiennent du mardi 30 mai au vendredi 9 juin 2028,
  au lycée des Arènes (Toulouse) et au lycée Françoise, 2 rue Jules Verne, 31170 Tournefeuille. Le jeudi 25 mai
  2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) ne sont pas concernés.</p>
  </div>
</details>
<details>
  <summary><span class="chevron" aria-hidden="true">▸</span> Jury et résultats<span class="sr-only"> (rubrique repliée)</span></summary>
  <div class="panneau">
  <p>Le jury de délibération se réunit le mardi 27 juin 2028 à 9 h 30 au lycée des Arènes. Les résultats sont
  publiés le vendredi 30 juin 2028 à 14 h.</p>
  </div>
</details>
</div>
</main>
</div>
<footer role="contentinfo" class="pied">
  <p>Rectorat de l'académie de Toulouse – place Saint-Jacques – 31073 Toulouse Cedex 7</p>
  <p><a href="#">Accessibilité : partiellement conforme</a> · <a href="#">Données personnelles</a></p>
</footer>
<script>
document.getElementById('tout').addEventListener('click', function () {
  var ouvrir = this.textContent === 'Tout déplier';
  document.querySelectorAll('#rubriques details').forEach(function (d) { d.open = ouvrir; });
  this.textContent = ouvrir ? 'Tout replier' : 'Tout déplier';
});
</script>
"""
