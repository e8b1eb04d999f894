"""Note nationale fictive : BTS Conseil et commercialisation de solutions techniques (CCST), session 2027.
Page HTML dont le calendrier est une frise horizontale en flexbox (points, pastilles), sans <table>."""

CSS = """
@page { size: A4; margin: 15mm 13mm; }
* { box-sizing: border-box; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5px; color: #222; margin: 0; }
header { display: flex; gap: 14px; align-items: center; border-bottom: 2px solid #000091; padding-bottom: 8px; }
header .marianne { width: 48px; height: 48px; background: linear-gradient(90deg, #000091 33%, #fff 33% 66%, #e1000f 66%); border: 1px solid #ccc; }
header .inst { display: flex; flex-direction: column; }
header .inst b { font-size: 12px; }
.fil { font-size: 9px; color: #666; margin: 6px 0; }
h1 { font-size: 16px; margin: 8px 0 2px; }
.sous { color: #555; margin-bottom: 10px; }
h2 { font-size: 12.5px; margin: 14px 0 6px; color: #000091; }
p { line-height: 1.45; margin: 4px 0 6px; }
.frise { display: flex; flex-wrap: wrap; row-gap: 18px; margin: 8px 0 4px; }
.etape { width: 25%; display: flex; flex-direction: column; align-items: center; text-align: center; position: relative; padding: 0 4px; break-inside: avoid; }
.etape::before { content: ""; position: absolute; top: 30px; left: 0; right: 0; height: 3px; background: #c9d3f0; z-index: 0; }
.etape .quand { font-weight: bold; font-size: 10.5px; height: 22px; display: flex; align-items: flex-end; }
.etape .point { width: 14px; height: 14px; border-radius: 50%; background: #000091; border: 3px solid #fff; box-shadow: 0 0 0 2px #000091; margin: 3px 0 5px; z-index: 1; }
.etape.oral .point { background: #18753c; box-shadow: 0 0 0 2px #18753c; }
.etape.admin .point { background: #b34000; box-shadow: 0 0 0 2px #b34000; }
.etape .pastille { font-size: 8.5px; font-weight: bold; text-transform: uppercase; border-radius: 4px; padding: 1px 6px; background: #e3e3fd; color: #000091; }
.etape.oral .pastille { background: #b8fec9; color: #18753c; }
.etape.admin .pastille { background: #fee9e5; color: #b34000; }
.etape .quoi { margin-top: 4px; font-size: 9.5px; }
.etape .heure { color: #000091; font-weight: bold; font-size: 9.5px; }
.epreuves { display: flex; flex-wrap: wrap; gap: 6px; }
.ep { flex: 1 1 45%; border: 1px solid #ddd; border-left: 4px solid #000091; padding: 5px 8px; }
.ep .code { font-weight: bold; }
.ep .forme { float: right; font-size: 8.5px; background: #eee; border-radius: 8px; padding: 0 6px; }
.alerte { border-left: 4px solid #b34000; background: #fff4f1; padding: 6px 10px; margin-top: 10px; }
footer { margin-top: 16px; font-size: 8.5px; color: #666; border-top: 1px solid #ddd; padding-top: 4px; }
"""

# (classe, date affichée, pastille, quoi, heure)
ETAPES = [
    ("admin", "jeu. 15 avril 2027", "Dépôt", "Dépôt dématérialisé du dossier E6 (U6)", "jusqu'à 23 h 59"),
    ("admin", "ven. 7 mai 2027", "Conformité", "Fin du contrôle de conformité des dossiers E6 par les académies", ""),
    ("", "mar. 11 mai 2027", "Écrit", "E1 – Culture générale et expression", "14 h – 18 h (4 h)"),
    ("", "mer. 12 mai 2027", "Écrit", "E3 – Culture économique, juridique et managériale", "14 h – 18 h (4 h)"),
    ("", "jeu. 13 mai 2027", "Écrit", "E4 – Conception et chiffrage de solutions techniques", "8 h 30 – 12 h 30 (4 h)"),
    ("oral", "31 mai → 11 juin 2027", "Oral", "Fenêtre nationale des oraux E5", "dates fixées par chaque académie"),
    ("oral", "7 → 16 juin 2027", "Oral", "Fenêtre nationale des soutenances E6", "dates fixées par chaque académie"),
    ("admin", "ven. 18 juin 2027", "Notes", "Remontée de toutes les notes (CCF compris) dans l'application nationale", "délai de rigueur"),
    ("admin", "ven. 2 juil. 2027", "Jury", "Date limite des jurys de délibération", ""),
    ("admin", "mar. 6 juil. 2027", "Résultats", "Publication des résultats", "à partir de 10 h"),
]

EPREUVES = [
    ("E1 · U1", "Culture générale et expression", "écrit 4 h"),
    ("E2 · U2", "Communication en langue vivante étrangère (anglais)", "CCF / oral"),
    ("E3 · U3", "Culture économique, juridique et managériale", "écrit 4 h"),
    ("E4 · U4", "Conception et chiffrage de solutions techniques", "écrit 4 h"),
    ("E5 · U5", "Développement de clientèle et négociation", "CCF / oral"),
    ("E6 · U6", "Projet de solution technique et commerciale", "oral sur dossier"),
    ("EF1 · UF1", "Langue vivante étrangère facultative", "oral"),
]


def html_page():
    etapes = "\n".join(
        f'  <div class="etape {c}"><div class="quand">{d}</div><div class="point"></div>'
        f'<span class="pastille">{p}</span><div class="quoi">{q}</div>'
        + (f'<div class="heure">{h}</div>' if h else "") + "</div>"
        for c, d, p, q, h in ETAPES)
    eps = "\n".join(f'  <div class="ep"><span class="forme">{f}</span><span class="code">{c}</span> – {t}</div>'
                    for c, t, f in EPREUVES)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Note d'information – BTS CCST – session 2027 – calendrier national</title>
<style>{CSS}</style></head>
<body>
<header><div class="marianne"></div>
<div class="inst"><b>Ministère de l'Enseignement supérieur et de la Recherche</b>
<span>Direction générale de l'enseignement supérieur et de l'insertion professionnelle</span>
<span>Service de la stratégie des formations – bureau des diplômes de BTS</span></div></header>
<div class="fil">Accueil › Formations › BTS › Organisation des examens › CCST</div>

<h1>Note d'information du 18 novembre 2026</h1>
<div class="sous">BTS Conseil et commercialisation de solutions techniques (CCST) – session 2027 – calendrier national
et modalités communes à toutes les académies</div>

<p>La présente note s'adresse aux rectrices et recteurs d'académie (divisions des examens et concours) ainsi qu'au
vice-rectorat et aux services des examens des collectivités d'outre-mer. Elle fixe le calendrier national de la
session 2027 ; les académies précisent dans leur circulaire les centres d'épreuves et les dates des oraux à
l'intérieur des fenêtres nationales.</p>
<p>Références : décret n° 2013-756 du 19 août 2013 ; arrêté du 6 mai 2021 portant définition du BTS Conseil et
commercialisation de solutions techniques.</p>

<h2>1. Frise de la session 2027</h2>
<p>Les horaires indiqués sont ceux de la métropole (heure de Paris). Les académies d'outre-mer appliquent les horaires
locaux fixés par leur service des examens.</p>
<div class="frise">
{etapes}
</div>

<h2>2. Épreuves de l'examen</h2>
<div class="epreuves">
{eps}
</div>
<p>Les épreuves E2 et E5 sont évaluées en contrôle en cours de formation pour les candidats des établissements
habilités et sous forme ponctuelle orale pour les autres candidats. L'épreuve facultative EF1 est organisée par
chaque académie ; elle n'a pas de date nationale.</p>

<div class="alerte"><b>Jours fériés :</b> le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de
Pentecôte) ne peuvent accueillir aucune épreuve. Le calendrier des sujets de secours sera communiqué
ultérieurement.</div>

<footer>Note d'information DGESIP – BTS CCST – session 2027 – diffusion : rectorats, vice-rectorats, SIEC.</footer>
</body></html>
"""
