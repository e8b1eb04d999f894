"""National page « BTS MHR – session 2030 » of a fictitious ministry site: <abbr title> on every code (the parent
épreuves E2 and E5 are only in title attributes), aria-hidden decorative date tiles duplicating each step,
visually hidden (.visually-hidden, clip) expansions of short dates, <time datetime>; the hour of the written
English (E21) is only in the datetime attribute, never in the text. Traps: note de service and arrêté dates,
Ascension, lundi de Pentecôte, publication date."""

TITLE = "BTS Management en hôtellerie-restauration : calendrier national de la session 2030"

def tuile(jour, num, mois):
    return f'<span class="tuile" aria-hidden="true"><span>{jour}</span><b>{num}</b><span>{mois}</span></span>'

BODY = f"""
<a class="skip-link" href="#contenu">Aller au contenu</a>
<a class="skip-link" href="#menu">Aller au menu</a>
<header role="banner" class="entete">
  <div class="marque"><p class="marianne" aria-hidden="true">RÉPUBLIQUE<br>FRANÇAISE</p>
    <p class="nom-site">Ministère de l'Enseignement supérieur<span class="sr-only">, de la Recherche et de l'Espace</span></p>
    <p class="devise" aria-hidden="true">Liberté<br>Égalité<br>Fraternité</p></div>
  <nav id="menu" aria-label="Menu principal" class="menu"><ul><li><a href="#">Formations</a></li>
    <li><a href="#" aria-current="true">Examens</a></li><li><a href="#">Ressources</a></li></ul></nav>
</header>
<nav aria-label="Fil d'Ariane" class="fil-ariane"><ol>
  <li><a href="#">Accueil</a></li><li><a href="#">Examens</a></li><li><a href="#">BTS</a></li>
  <li><a aria-current="page">Calendrier national MHR 2030</a></li></ol></nav>
<div class="page">
<main id="contenu" tabindex="-1">
<h1>BTS Management en hôtellerie-restauration (<abbr title="Management en hôtellerie-restauration">MHR</abbr>) : calendrier national de la session 2030</h1>
<p class="meta">Publié le <time datetime="2030-01-14">14 janvier 2030</time> – Sous-direction des examens, bureau des diplômes de l'enseignement supérieur</p>

<p class="chapo">La présente note fixe, pour toutes les académies, le calendrier des épreuves de la session 2030. Elle
s'inscrit dans le cadre de l'arrêté du 12 mars 2026 portant définition du diplôme et de la note de service du
4 septembre 2029 relative au calendrier des BTS. Les recteurs précisent les lieux et l'organisation locale.</p>

<section aria-labelledby="t1">
<h2 id="t1">Dossier de l'épreuve professionnelle de synthèse</h2>
<div class="etape">{tuile("VEN.", "19", "AVR.")}
<p>Les dossiers de l'<abbr title="Épreuve professionnelle de synthèse">E6</abbr> sont remis au centre d'examen
désigné par le recteur <strong>au plus tard le <time datetime="2030-04-19">vendredi 19 avril 2030</time></strong>.</p></div>
</section>

<section aria-labelledby="t2">
<h2 id="t2">Épreuves écrites : du 13 au 15 mai<span class="visually-hidden"> (du lundi 13 au mercredi 15 mai 2030)</span></h2>
<p>Heures de Paris. Les académies d'outre-mer reçoivent une note distincte.</p>
<div class="etape">{tuile("LUN.", "13", "MAI")}
<p><abbr title="Culture générale et expression">E1</abbr> Culture générale et expression :
<time datetime="2030-05-13T14:00">lundi 13 mai, 14 h</time> – <time datetime="2030-05-13T18:00">18 h</time><span class="visually-hidden"> 2030</span></p></div>
<div class="etape">{tuile("MAR.", "14", "MAI")}
<p><abbr title="Épreuve E2, langue vivante étrangère A, partie écrite">E21</abbr> Anglais, épreuve écrite :
<time datetime="2030-05-14T09:00">mardi 14 mai</time><span class="visually-hidden"> 2030, le matin</span>.<br>
<abbr title="Management de l'entreprise hôtelière et mercatique des services">E4</abbr> Management de l'entreprise
hôtelière : <time datetime="2030-05-14T14:00">mardi 14 mai, 14 h</time> – 18 h.</p></div>
<div class="etape">{tuile("MER.", "15", "MAI")}
<p><abbr title="Épreuve E5, conception et production de services, partie écrite">E51</abbr> Conception et production
de services : <time datetime="2030-05-15T09:00">mercredi 15 mai, 9 h</time> – 13 h.</p></div>
</section>

<section aria-labelledby="t3">
<h2 id="t3">Épreuves orales et pratiques : du 20 mai au 7 juin<span class="visually-hidden"> (du lundi 20 mai au vendredi 7 juin 2030)</span></h2>
<div class="etape">{tuile("LUN.", "20", "MAI")}
<p>Pendant cette période, chaque académie organise :
<abbr title="Épreuve E2, langue vivante étrangère A, partie orale">E22</abbr> (anglais, oral),
<abbr title="Langue vivante étrangère B">E3</abbr> (langue vivante B),
<abbr title="Épreuve E5, conception et production de services, partie pratique">E52</abbr> (épreuve pratique en
restaurant et cuisine d'application) et <abbr title="Épreuve professionnelle de synthèse">E6</abbr>.
Le jeudi 30 mai 2030 (Ascension) et le lundi 10 juin 2030 (lundi de Pentecôte) sont fériés.</p></div>
</section>

<section aria-labelledby="t4">
<h2 id="t4">Notes, jurys, résultats</h2>
<div class="etape">{tuile("MAR.", "11", "JUIN")}
<p>Saisie des notes dans l'application nationale : au plus tard le <time datetime="2030-06-11">mardi 11 juin 2030</time>.</p></div>
<div class="etape">{tuile("LUN.", "17", "JUIN")}
<p>Jurys de délibération : entre le <time datetime="2030-06-17">17</time> et le <time datetime="2030-06-21">21 juin</time><span class="visually-hidden"> 2030, du lundi au vendredi</span>, selon le calendrier de chaque académie.</p></div>
<div class="etape">{tuile("VEN.", "28", "JUIN")}
<p>Publication des résultats : à partir du <time datetime="2030-06-28">vendredi 28 juin 2030</time>.</p></div>
</section>
</main>
</div>
<footer role="contentinfo" class="pied">
  <p>Ministère de l'Enseignement supérieur – 1 rue Descartes – 75231 Paris Cedex 05</p>
  <p><a href="#">Accessibilité : totalement conforme</a> · <a href="#">Plan du site</a></p>
</footer>
"""
