"""BTS Négociation et digitalisation de la relation client – académie de Nantes – session 2028 (fictitious).
HTML printed by Chromium, annotated in two incremental revisions: the second one deletes an annotation."""

HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>BTS NDRC 2028 - Nantes</title>
<style>
@page { size: A4; margin: 1.6cm 5.2cm 1.6cm 1.8cm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.35; color: #111; }
.entete { color: #003366; font-weight: bold; font-size: 9pt; }
.entete span { display: block; font-weight: normal; }
.date { text-align: right; margin: 10px 0; }
h2 { font-size: 10.5pt; color: #003366; margin: 12px 0 4px; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
th, td { border: 1px solid #555; padding: 3px 5px; vertical-align: top; }
th { background: #dde6f0; }
.sig { margin-left: 45%; margin-top: 14px; }
</style></head><body>
<div class="entete">ACADÉMIE DE NANTES<span>Rectorat – Division des examens et concours – DEC 3 (BTS)</span>
<span>4 rue de la Houssinière – 44322 Nantes Cedex 3</span></div>
<p class="date">Nantes, le 2 mars 2028</p>
<p>Le recteur de l'académie de Nantes à Mesdames et Messieurs les chefs d'établissement préparant au BTS
Négociation et digitalisation de la relation client</p>
<p><b>Objet : BTS Négociation et digitalisation de la relation client (NDRC) – session 2028</b></p>
<h2>1. Centres</h2>
<p>Écrits : lycée Livet, 16 rue Dufour, 44000 Nantes ; lycée Chevrollier, 2 rue Adrien Recouvreur, 49000 Angers.
Oraux E4 et E6 : lycée Gabriel Guist'hau, 3 rue Marie-Anne du Boccage, 44000 Nantes.</p>
<h2>2. Calendrier</h2>
<table>
<tr><th>Date</th><th>Horaire</th><th>Épreuve</th><th>Centre</th></tr>
<tr><td>mardi 16 mai 2028</td><td>14 h – 18 h</td><td>E3 – Culture économique, juridique et managériale</td><td>Livet, Chevrollier</td></tr>
<tr><td>mercredi 17 mai 2028</td><td>14 h – 18 h</td><td>E1 – Culture générale et expression</td><td>Livet, Chevrollier</td></tr>
<tr><td>jeudi 18 mai 2028</td><td>14 h – 17 h</td><td>E5 – Relation client à distance et digitalisation (partie écrite)</td><td>Livet, Chevrollier</td></tr>
<tr><td>du lundi 29 au mercredi 31 mai 2028</td><td>sur convocation</td><td>E5 – partie pratique</td><td>Livet, Chevrollier</td></tr>
<tr><td>du mercredi 7 au vendredi 9 juin 2028</td><td>sur convocation</td><td>E4 – Relation client et négociation-vente</td><td>Guist'hau</td></tr>
<tr><td>du lundi 12 au mercredi 14 juin 2028</td><td>sur convocation</td><td>E6 – Relation client et animation de réseaux</td><td>Guist'hau</td></tr>
</table>
<p>E2 – Communication en langue vivante étrangère : évaluation en cours de formation ; les candidats ponctuels
sont convoqués par leur centre. Jours fériés : jeudi 25 mai 2028 (Ascension) et lundi 5 juin 2028.</p>
<h2>3. Dossiers E4 et E6</h2>
<p>Les dossiers sont déposés au lycée Gabriel Guist'hau au plus tard le jeudi 13 avril 2028 à 12 h.
Le contrôle de conformité aura lieu le mercredi 19 avril 2028 à 10 h.</p>
<h2>4. Jury et résultats</h2>
<p>Le jury se réunira le mardi 27 juin 2028 à 9 h au rectorat de Nantes. Les résultats seront publiés
le jeudi 29 juin 2028 à 14 h.</p>
<p class="sig">Pour le recteur et par délégation,<br>la cheffe de la DEC<br><br>Gwenaëlle Prigent</p>
</body></html>
"""

AUTEUR = "DEC 3 – Y. Le Goff"
QUAND = "D:20280320091500+01'00'"
ANNOTS = [
    {"kind": "strikeout", "anchor": "mercredi 19 avril 2028 à 10 h", "author": AUTEUR, "popup_open": True,
     "contents": "Remplacer par : jeudi 20 avril 2028 à 14 h (salle du conseil, lycée Guist'hau). "
                 "Y. Le Goff, DEC 3"},
    {"kind": "note", "anchor": "du mercredi 7 au vendredi 9 juin 2028", "author": AUTEUR, "open": True,
     "contents": "Précision DEC 3 : réunion d'harmonisation des examinateurs E4 le mardi 6 juin 2028 à 14 h "
                 "au lycée Livet (Nantes). Présence obligatoire des examinateurs convoqués."},
    {"kind": "note", "anchor": "Jours fériés", "author": "M. Cadiou (relecture)", "open": False,
     "contents": "Le lundi 5 juin est férié : rien n'est planifié ce jour-là, c'est bien le cas."},
    {"kind": "highlight", "anchor": "mardi 16 mai 2028", "author": AUTEUR},
    {"kind": "highlight", "anchor": "mercredi 17 mai 2028", "author": AUTEUR},
    {"kind": "freetext", "anchor": "Le jury se réunira", "author": AUTEUR, "deleted": True,
     "text": "Jury avancé au lundi 26 juin 2028 à 9 h."},
]
