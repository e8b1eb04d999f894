"""Texte des documents 3 (page web MAV, Nice 2026) et 4 (Bâtiment, Guyane 2025)."""

MAV_HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>BTS Métiers de l'audiovisuel – session 2026 | Académie de Nice</title>
<style>
body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;color:#222}
.bandeau{background:#000091;color:#fff;padding:6px 10px;font-weight:bold}
.fil{font-size:8.5pt;color:#555}
h1{font-size:17pt;color:#000091}
h2{font-size:13pt;border-bottom:1px solid #000091;margin-top:14pt}
.encadre{border:1px solid #888;background:#f3f3f8;padding:6px}
dt{font-weight:bold;margin-top:6pt}
.pied{font-size:8pt;color:#666;border-top:1px solid #ccc;margin-top:18pt}
</style></head><body>
<div class="bandeau">RÉPUBLIQUE FRANÇAISE &nbsp;|&nbsp; Académie de Nice</div>
<p class="fil">Accueil &gt; Examens et concours &gt; Brevet de technicien supérieur &gt; Circulaires de session</p>
<h1>BTS Métiers de l'audiovisuel (MAV) – organisation de la session 2026</h1>
<p class="fil">Publié le 12 janvier 2026 – Division des examens et concours, bureau DEC 3</p>

<p>Cette page tient lieu de circulaire académique d'organisation des épreuves ponctuelles
du BTS Métiers de l'audiovisuel, toutes options confondues, pour les candidats inscrits dans
l'académie de Nice (scolaires, apprentis, formation continue et candidats individuels).</p>

<h2>1. Épreuves écrites</h2>
<p>Les épreuves écrites se déroulent au :</p>
<p><b>Lycée Les Eucalyptus</b><br>7 avenue des Eucalyptus, 06200 Nice</p>
<ul>
<li>E1 – Culture générale et expression : lundi 11 mai 2026, 14 h – 18 h</li>
<li>E2 – Anglais : mercredi 13 mai 2026, 10 h – 12 h</li>
<li>E3 – Culture audiovisuelle et artistique : mercredi 13 mai 2026, 14 h – 18 h</li>
<li>E4 – Technologie des équipements et supports : vendredi 15 mai 2026, 8 h 30 – 12 h 30</li>
</ul>
<p class="encadre">Les candidats doivent se présenter munis de leur convocation et d'une pièce
d'identité. Aucun candidat n'est admis en salle après la publication des sujets.</p>

<h2>2. Épreuves pratiques et orales</h2>
<dl>
<dt>E5 – Techniques et mise en œuvre (épreuve pratique)</dt>
<dd>Du mardi 26 mai au vendredi 29 mai 2026, au centre technique du :</dd>
<dd><b>Lycée Dumont d'Urville</b><br>212 avenue Amiral Jaujard, 83000 Toulon</dd>
<dd>Le lundi 25 mai (Pentecôte) n'est pas travaillé ; les candidats reçoivent leur
convocation individuelle précisant le plateau et l'heure de passage.</dd>
<dt>E6 – Projet de réalisation (épreuve orale)</dt>
<dd>Du lundi 8 juin au mercredi 10 juin 2026, au lycée Les Eucalyptus à Nice.</dd>
</dl>

<h2>3. Dossiers et réunions</h2>
<ul>
<li>Dépôt des dossiers de projet E6 : au plus tard le vendredi 17 avril 2026 à 17 h, au
secrétariat des examens du lycée Les Eucalyptus.</li>
<li>Réunion d'harmonisation des examinateurs E5 : lundi 18 mai 2026 à 14 h, lycée Dumont
d'Urville.</li>
</ul>

<h2>4. Délibération et résultats</h2>
<p>Le jury de délibération se réunit le jeudi 25 juin 2026 au rectorat de Nice. Les
résultats sont publiés le vendredi 26 juin 2026 à 14 h sur le site de l'académie.</p>

<p class="pied">Rectorat de l'académie de Nice – 53 avenue Cap de Croix, 06181 Nice Cedex 2 –
Mentions légales – Accessibilité : partiellement conforme</p>
</body></html>
"""

# ---------------------------------------------------------------- Guyane
GUY_ENTETE = [
    "ACADÉMIE DE LA GUYANE",
    "Liberté Égalité Fraternité",
    "Division des examens et concours – Pôle BTS",
    "Cayenne, le 3 mars 2025",
    "Le recteur de la région académique Guyane",
    "à",
    "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat",
]
GUY_OBJET = "Objet : BTS Bâtiment – session 2025 – calendrier et organisation des épreuves"
GUY_INTRO = [
    "Les épreuves écrites du BTS Bâtiment sont à sujet national et se déroulent simultanément "
    "sur l'ensemble du territoire. Le tableau ci-dessous rappelle les horaires fixés par la "
    "circulaire nationale (heure de Paris) et indique, dans la dernière colonne, les horaires "
    "applicables en Guyane, seuls opposables aux candidats de l'académie.",
    "Les épreuves écrites ont lieu au lycée Félix Éboué, rocade de Zéphir, à Cayenne.",
]
GUY_TABLEAU = [
    ["Épreuve", "Date", "Horaires métropole (heure de Paris)", "Horaires Guyane (heure locale)"],
    ["E1 – Culture générale et expression", "lundi 12 mai 2025", "14 h 00 – 18 h 00", "9 h 00 – 13 h 00"],
    ["E2 – Langue vivante étrangère : anglais", "mardi 13 mai 2025", "15 h 00 – 17 h 00", "10 h 00 – 12 h 00"],
    ["E3 – Sous-épreuve E31 : mathématiques", "mercredi 14 mai 2025", "14 h 00 – 16 h 00", "9 h 00 – 11 h 00"],
    ["E3 – Sous-épreuve E32 : physique-chimie", "mercredi 14 mai 2025", "16 h 30 – 18 h 30", "11 h 30 – 13 h 30"],
    ["E4 – Étude technique et économique", "jeudi 15 mai 2025", "13 h 00 – 19 h 00", "8 h 00 – 14 h 00"],
]
GUY_APRES = [
    "Épreuves pratiques et orales (lycée Léon-Gontran Damas, Rémire-Montjoly) :",
    "– E6 « Rapport d'activités en milieu professionnel » (oral) : du lundi 2 juin au vendredi 6 juin 2025 ;",
    "– E5 « Préparation et suivi de chantier » (pratique) : du mardi 10 juin au jeudi 12 juin 2025.",
    "Les rapports d'activités E6 sont déposés en deux exemplaires au lycée Léon-Gontran Damas "
    "au plus tard le vendredi 16 mai 2025 à 12 h 00 (heure locale). Tout rapport non remis "
    "dans ce délai entraîne la non-validité de l'épreuve.",
    "La réunion d'entente des examinateurs de l'épreuve E6 se tient le lundi 26 mai 2025 à "
    "14 h 00 au lycée Léon-Gontran Damas.",
    "Le jury de délibération se réunit le lundi 30 juin 2025 à 8 h 30 au rectorat de Cayenne. "
    "Les résultats seront affichés dans les établissements et publiés en ligne le mardi 1er juillet 2025.",
    "Le recteur de la région académique Guyane",
]
