"""Académie de Toulouse - BTS Électrotechnique, session 2027 (SPIP-like page, fictitious content)."""

PAGE = {
    "stem": "page_et_2027_toulouse",
    "skin": "spip",
    "site": "Académie de Toulouse",
    "region": "Région académique Occitanie",
    "url": "https://disciplines.ac-toulouse.fr/examens/spip.php?article2417",
    "published_iso": "2027-02-01T08:15:00+01:00",
    "menu": ["Accueil", "Examens", "Concours", "Vie scolaire", "Enseignements", "Contacts"],
    "breadcrumb": ["Accueil", "Examens", "BTS", "BTS Électrotechnique"],
    "title": "BTS Électrotechnique - Session 2027 : organisation et calendrier",
    "meta": "mis en ligne le lundi 1er février 2027 par Bureau DEC-BTS",
    "chapo": "Organisation académique de la session 2027 du brevet de technicien supérieur Électrotechnique "
             "(ET). Calendrier des épreuves ponctuelles écrites, dépôt des dossiers, soutenances et délibération.",
    "body": """
<p>Référence : note de service nationale relative au calendrier des épreuves des BTS industriels du 14 décembre 2026.</p>

<h3 class="spip">1. Épreuves écrites ponctuelles</h3>
<table class="spip">
<thead><tr class="row_first"><th>Unité</th><th>Épreuve</th><th>Date</th><th>Horaires</th></tr></thead>
<tbody>
<tr class="row_odd"><td>U2</td><td>Langue vivante étrangère : anglais</td><td>lundi 10/05/2027</td><td>10h00 - 12h00</td></tr>
<tr class="row_even"><td>U1</td><td>Culture générale et expression</td><td>mardi 11/05/2027</td><td>14h00 - 18h00</td></tr>
<tr class="row_odd"><td>U31</td><td>Mathématiques</td><td>mercredi 12/05/2027</td><td>10h00 - 12h00</td></tr>
<tr class="row_even"><td>U32</td><td>Physique et chimie</td><td>mercredi 12/05/2027</td><td>14h00 - 16h00</td></tr>
<tr class="row_odd"><td>U41</td><td>Pré-étude et modélisation</td><td>mardi 18/05/2027</td><td>8h00 - 12h00</td></tr>
<tr class="row_even"><td>U42</td><td>Conception et industrialisation</td><td>jeudi 20/05/2027</td><td>8h00 - 12h00</td></tr>
</tbody>
</table>
<p>Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont des jours fériés&nbsp;: aucune épreuve n'y est fixée.</p>

<h3 class="spip">2. Dossiers et contrôle de conformité</h3>
<p>Les dossiers de projet (U51) et les rapports d'activités en entreprise (U61) sont déposés au centre d'épreuves
dont relève le candidat <strong>le vendredi 30 avril 2027, 17h dernier délai</strong>.</p>
<p>La commission de contrôle de conformité des dossiers se réunit le <strong>mardi 4 mai 2027</strong> dans chaque
centre. Les candidats dont le dossier est déclaré non conforme en sont informés par écrit.</p>

<h3 class="spip">3. Soutenances orales</h3>
<ul class="spip">
<li><strong>U51 - Projet</strong> : du lundi 31 mai au jeudi 3 juin 2027, lycée Déodat de Séverac (Toulouse) et lycée Louis Rascol (Albi)&nbsp;;</li>
<li><strong>U61 - Rapport d'activités en entreprise</strong> : du lundi 7 au mercredi 9 juin 2027, lycée Pierre-Paul Riquet (Saint-Orens-de-Gameville).</li>
</ul>
<p>Les notes des situations d'évaluation en cours de formation sont saisies dans Cyclades par les établissements
au plus tard le vendredi 11 juin 2027.</p>

<h3 class="spip">4. Délibération et résultats</h3>
<p>Le jury se réunit le <strong>mardi 29 juin 2027 à 14h</strong> au lycée Déodat de Séverac.
Les résultats seront consultables en ligne le <strong>mardi 6 juillet 2027</strong>.</p>

<h3 class="spip">5. Centres d'épreuves</h3>
<ul class="spip">
<li>Lycée Déodat de Séverac, 26 boulevard Déodat de Séverac, 31076 Toulouse</li>
<li>Lycée Pierre-Paul Riquet, avenue de Revel, 31650 Saint-Orens-de-Gameville</li>
<li>Lycée Louis Rascol, 10 rue de la République, 81012 Albi</li>
</ul>
""",
    "contact": """<h3 class="spip">Contact</h3>
<p>Rectorat de Toulouse - Division des examens et concours - Bureau des BTS industriels<br>
CS 87703 - 75 rue Saint-Roch, 31077 Toulouse Cedex 4<br>
M. Julien Castagné - 05 36 25 71 48 - dec-bts@ac-toulouse.fr</p>""",
    "sidebar": None,
    "footer_year": "2027",
}
