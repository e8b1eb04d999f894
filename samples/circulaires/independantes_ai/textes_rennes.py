"""Page HTML de la circulaire fictive BTS GPME, académie de Rennes, session 2028.
Le calendrier est une grille CSS de cartes (div), avec pastilles de type ; aucun <table>."""

CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5px; color: #1d2433; margin: 0; }
.bandeau { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 3px solid #00529c; padding-bottom: 8px; }
.bandeau .logo { display: flex; flex-direction: column; gap: 2px; }
.bandeau .logo strong { font-size: 13px; color: #00529c; letter-spacing: .5px; }
.bandeau .meta { text-align: right; color: #4a5568; }
h1 { font-size: 17px; margin: 14px 0 4px; color: #00294f; }
h2 { font-size: 13px; margin: 16px 0 8px; color: #00529c; border-left: 5px solid #f2a900; padding-left: 7px; }
p { margin: 4px 0 6px; line-height: 1.45; }
.refs { font-size: 9.5px; color: #4a5568; }
.legende { display: flex; gap: 10px; margin: 6px 0 10px; }
.badge { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 9px; font-weight: bold; color: #fff; }
.b-ecrit { background: #2f6fb3; } .b-oral { background: #2e8b57; } .b-depot { background: #c46210; }
.b-jury { background: #7b3fa0; } .b-reunion { background: #6b7280; } .b-note { background: #a0303a; }
.grille { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }
.carte { border: 1px solid #cfd8e3; border-radius: 8px; overflow: hidden; display: flex; break-inside: avoid; }
.carte .tuile { width: 74px; background: #eef3f9; display: flex; flex-direction: column; align-items: center; justify-content: center; padding: 6px 2px; }
.carte .tuile .jour { font-size: 9px; text-transform: uppercase; color: #4a5568; }
.carte .tuile .nw { white-space: nowrap; font-size: 12px; }
.carte .tuile .date { font-size: 14px; font-weight: bold; color: #00294f; text-align: center; line-height: 1.15; }
.carte .corps { padding: 6px 8px; flex: 1; }
.carte .corps .titre { font-weight: bold; margin: 3px 0 2px; }
.carte .corps .heure { color: #00529c; font-weight: bold; }
.carte .corps .lieu { color: #4a5568; font-size: 9.5px; }
.carte.large { grid-column: span 2; }
.puces { display: flex; flex-wrap: wrap; gap: 6px; }
.puce { border: 1px solid #cfd8e3; border-radius: 14px; padding: 4px 10px; background: #f8fafc; }
.puce b { color: #00294f; }
.encadre { background: #fff8e6; border: 1px solid #f2a900; border-radius: 6px; padding: 6px 10px; margin-top: 10px; }
.signature { margin-top: 16px; text-align: right; }
.pied { margin-top: 18px; font-size: 8.5px; color: #718096; border-top: 1px solid #cfd8e3; padding-top: 4px; }
"""

# (classe du badge, libellé du badge, jour abrégé, date courte, titre, heure, lieu, large?)
CARTES = [
    ("b-depot", "Dépôt", "ven.", "7 avril", "E4 – Dépôt du dossier (candidats en forme ponctuelle)",
     "avant 17 h 00", "Rectorat de Rennes, DEC 5, 96 rue d'Antrain, Rennes", False),
    ("b-reunion", "Conformité", "jeu.", "13 avril", "E4 – Contrôle de conformité des dossiers",
     "14 h 00", "Rectorat de Rennes", False),
    ("b-ecrit", "Écrit", "mar.", "16 mai", "E1 – Culture générale et expression (U1)",
     "14 h 00 – 18 h 00 (4 h)", "Centres d'écrit", False),
    ("b-ecrit", "Écrit", "mer.", "17 mai", "E3 – Culture économique, juridique et managériale (U3)",
     "14 h 00 – 18 h 00 (4 h)", "Centres d'écrit", False),
    ("b-ecrit", "Écrit", "jeu.", "18 mai", "E5 – Gérer le personnel et contribuer à la GRH de la PME (U5)",
     "9 h 30 – 12 h 00 (2 h 30)", "Centres d'écrit", False),
    ("b-ecrit", "Écrit", "ven.", "19 mai", "E6 – Soutenir le fonctionnement et le développement de la PME (U6)",
     "8 h 30 – 13 h 00 (4 h 30)", "Centres d'écrit", False),
    ("b-reunion", "Entente", "lun.", "22 mai", "Commission d'entente des correcteurs E5 et E6",
     "9 h 00", "Lycée Bréquigny, Rennes", False),
    ("b-oral", "Oral", "lun. → ven.", "29 mai<br><span class=\"nw\">→ 2 juin</span>", "E4 – Gérer la relation avec les clients et les fournisseurs de la PME (U4)",
     "convocation individuelle", "Lycée Jean Guéhenno, Vannes", True),
    ("b-oral", "Oral", "mar. → ven.", "30 mai<br><span class=\"nw\">→ 02 juin</span>", "E2 – Communication en langue vivante étrangère (U2), forme ponctuelle",
     "convocation individuelle", "Lycée Eugène Freyssinet, Saint-Brieuc", False),
    ("b-oral", "Facultative", "jeudi", "1er juin", "EF1 – Langue vivante facultative (UF1)",
     "à partir de 8 h 30", "Lycée Eugène Freyssinet, Saint-Brieuc", False),
    ("b-note", "Notes CCF", "ven.", "9 juin", "Saisie des notes de CCF (E2, E4) dans l'application",
     "délai de rigueur", "Établissements de formation", False),
    ("b-jury", "Jury", "jeu.", "22 juin", "Jury de délibération",
     "9 h 30", "Lycée Bréquigny, Rennes", False),
    ("b-jury", "Résultats", "ven.", "23 juin", "Publication des résultats",
     "10 h 00", "Site de l'académie", False),
]

CENTRES_ECRIT = [
    ("Lycée Bréquigny", "7 avenue Georges Graff", "35200 Rennes"),
    ("Lycée Kérichen", "rue Prince de Joinville", "29200 Brest"),
    ("Lycée Dupuy-de-Lôme", "4 rue Jean Le Coutaller", "56100 Lorient"),
]


def html_page():
    cartes = []
    for cls, badge, jour, date, titre, heure, lieu, large in CARTES:
        cartes.append(f"""
  <div class="carte{' large' if large else ''}">
    <div class="tuile"><div class="jour">{jour}</div><div class="date">{date}</div></div>
    <div class="corps"><span class="badge {cls}">{badge}</span>
      <div class="titre">{titre}</div>
      <div class="heure">{heure}</div>
      <div class="lieu">{lieu}</div></div>
  </div>""")
    puces = "\n".join(f'  <div class="puce"><b>{n}</b><br>{a}<br>{v}</div>' for n, a, v in CENTRES_ECRIT)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>BTS GPME – session 2028 – circulaire d'organisation – académie de Rennes</title>
<style>{CSS}</style></head>
<body>
<div class="bandeau">
  <div class="logo"><strong>ACADÉMIE DE RENNES</strong><span>Rectorat – Division des examens et concours</span>
    <span>DEC 5 – Examens de l'enseignement supérieur</span></div>
  <div class="meta">Rennes, le 2 février 2028<br>Circulaire DEC 5 n° 2028-014<br>Affaire suivie par : Yannick Le Bihan-Corre</div>
</div>

<h1>BTS Gestion de la PME (GPME) – Session 2028<br>Organisation des épreuves et calendrier académique</h1>
<p class="refs">Références : décret n° 2013-756 du 19 août 2013 ; arrêté du 24 juillet 2018 portant définition et fixant
les conditions de délivrance du BTS Gestion de la PME ; note de service nationale du 30 novembre 2027 fixant le calendrier
des épreuves écrites.</p>

<p>Destinataires : Mesdames et Messieurs les chefs d'établissement, les directeurs de CFA et les candidats individuels
de l'académie de Rennes.</p>

<h2>1. Calendrier de la session</h2>
<p>Chaque carte correspond à une étape de la session. Les horaires des épreuves écrites sont ceux de la métropole ;
la date est rappelée dans la vignette de gauche (l'année est 2028 pour toutes les étapes).</p>
<div class="legende"><span class="badge b-ecrit">Écrit</span><span class="badge b-oral">Oral</span>
<span class="badge b-depot">Dépôt</span><span class="badge b-reunion">Réunion / contrôle</span>
<span class="badge b-note">Notes</span><span class="badge b-jury">Jury / résultats</span></div>
<div class="grille">{''.join(cartes)}
</div>

<h2>2. Centres d'épreuves écrites</h2>
<div class="puces">
{puces}
</div>
<p>Les épreuves orales se déroulent dans les centres indiqués sur les cartes : Lycée Jean Guéhenno, 79 avenue de la
Marne, 56000 Vannes (E4) et Lycée Eugène Freyssinet, 32 rue Mansart, 22000 Saint-Brieuc (E2 et EF1).</p>

<h2>3. Précisions par épreuve</h2>
<p><b>E2 (U2)</b> et <b>E4 (U4)</b> sont évaluées en contrôle en cours de formation pour les candidats scolaires et
apprentis des établissements habilités ; la forme ponctuelle concerne les autres candidats.
Le dossier E4 des candidats en forme ponctuelle est déposé au rectorat au plus tard le vendredi 7 avril 2028 à 17 h 00 ;
le contrôle de conformité a lieu le jeudi 13 avril 2028 à 14 h 00.</p>
<p><b>E1 (U1)</b> et <b>E3 (U3)</b> sont communes à plusieurs spécialités tertiaires : les sujets sont nationaux.
<b>E5 (U5)</b> et <b>E6 (U6)</b> sont des épreuves écrites propres à la spécialité.</p>
<p><b>EF1 (UF1)</b> : l'épreuve facultative de langue vivante a lieu le 1er juin 2028 ; l'ordre de passage est
fixé par le centre.</p>

<div class="encadre"><b>À noter :</b> le lundi 5 juin 2028 (lundi de Pentecôte) et le jeudi 25 mai 2028 (Ascension)
sont fériés ; aucun oral n'est organisé ces jours-là. Les vacances de printemps de la zone B se terminent le
lundi 24 avril 2028. Les sections de BTS GPME du Lycée privé Sainte-Anne-des-Landes (Pontivy) présentent leurs
candidats dans les centres ci-dessus.</div>

<div class="signature">Pour le recteur et par délégation,<br>La cheffe de la division des examens et concours,<br>
<b>Soizic Kervella-Danet</b></div>
<div class="pied">Académie de Rennes – 96 rue d'Antrain, CS 10503, 35705 Rennes Cedex 7 – document publié sur le site
de l'académie, rubrique « Examens et concours ».</div>
</body></html>
"""
