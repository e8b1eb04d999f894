"""BTS Négociation et digitalisation de la relation client (NDRC), académie d'Orléans-Tours, session 2026 — texts
(invented). Theme: a web form of the rectorat printed by Chromium: radio buttons and checkboxes (the state is drawn,
never written), a ✔ column, and the application's metadata bar (created / modified / printed)."""

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche d'organisation NDRC 2026</title>
<style>
 @page { size: A4; margin: 14mm 14mm 16mm 14mm; }
 body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #222; }
 .appbar { background: #00458b; color: #fff; padding: 6px 10px; font-size: 9pt; }
 .meta { background: #eef2f7; border: 1px solid #c5d0de; padding: 4px 10px; font-size: 8pt; color: #445; margin-bottom: 10px; }
 h1 { font-size: 13pt; color: #00458b; margin: 8px 0 4px; }
 fieldset { border: 1px solid #b7c3d3; margin: 8px 0; padding: 6px 10px; }
 legend { font-weight: bold; color: #00458b; }
 label { display: block; margin: 3px 0; }
 table { border-collapse: collapse; width: 100%; margin: 4px 0; }
 th, td { border: 1px solid #9aa8bb; padding: 3px 5px; font-size: 9pt; text-align: left; }
 th { background: #dde6f1; }
 td.nw, th.nw { white-space: nowrap; }
 .ok { text-align: center; font-size: 11pt; color: #0a7a2f; }
 .right { text-align: right; }
 .small { font-size: 8pt; color: #555; }
</style></head><body>
<div class="appbar">Rectorat de l'académie d'Orléans-Tours · Application « Organisation des examens » · Fiches d'organisation BTS</div>
<div class="meta">Fiche n° NDRC-2026-07 · Créée le 02/03/2026 · Dernière modification le 13/03/2026 à 17:22 par dec4-gestion · Imprimée le 16/03/2026</div>
<p class="right">Orléans, le 12 mars 2026</p>
<h1>BTS Négociation et digitalisation de la relation client (NDRC) – session 2026</h1>
<p>Objet : organisation des épreuves dans l'académie d'Orléans-Tours. Destinataires : chefs des centres d'épreuves,
proviseurs et directeurs de CFA. Les choix enregistrés par la DEC 4 apparaissent cochés ; les autres possibilités
ne sont pas retenues.</p>

<fieldset><legend>Centre d'épreuves écrites</legend>
<label><input type="radio" name="centre"> Lycée Pothier, 2 bis rue Marcel Proust, 45000 Orléans</label>
<label><input type="radio" name="centre" checked> Lycée Jean Zay, 2 rue Ferdinand Buisson, 45000 Orléans</label>
<label><input type="radio" name="centre"> Lycée Balzac, 36 rue d'Entraigues, 37000 Tours</label>
</fieldset>

<fieldset><legend>Épreuves écrites</legend>
<table><tr><th class="nw">Date</th><th class="nw">Horaire</th><th class="nw">Épreuve</th><th>Intitulé</th></tr>
<tr><td class="nw">lundi 11 mai 2026</td><td class="nw">14 h 00 – 18 h 00</td><td class="nw">E1</td><td>Culture générale et expression</td></tr>
<tr><td class="nw">mardi 12 mai 2026</td><td class="nw">10 h 00 – 12 h 00</td><td class="nw">E2</td><td>Communication en langue vivante étrangère</td></tr>
<tr><td class="nw">mardi 12 mai 2026</td><td class="nw">14 h 00 – 18 h 00</td><td class="nw">E3</td><td>Culture économique, juridique et managériale</td></tr>
<tr><td class="nw">mercredi 13 mai 2026</td><td class="nw">9 h 00 – 12 h 00</td><td class="nw">E51</td><td>Relation client à distance et digitalisation – partie écrite</td></tr>
</table>
<p class="small">Le jeudi 14 mai 2026 (Ascension) ne comporte aucune épreuve.</p>
</fieldset>

<fieldset><legend>E52 – Relation client à distance et digitalisation – partie pratique (Lycée Jean Zay)</legend>
<table><tr><th>Période proposée</th><th>Retenue</th></tr>
<tr><td>du lundi 18 au mercredi 20 mai 2026</td><td class="ok">✔</td></tr>
<tr><td>du mercredi 20 au vendredi 22 mai 2026</td><td class="ok"></td></tr>
</table>
</fieldset>

<fieldset><legend>E4 et E6 – dossiers et épreuves orales</legend>
<p>Dépôt des dossiers E4 (relation client et négociation-vente) et E6 (relation client et animation de réseaux) sur
la plateforme académique : vendredi 3 avril 2026 à 12 h 00.</p>
<p>Commission de contrôle de conformité :</p>
<label><input type="radio" name="conf"> mardi 7 avril 2026 à 14 h 00</label>
<label><input type="radio" name="conf" checked> jeudi 9 avril 2026 à 14 h 00</label>
<p>Épreuves orales au Lycée Grandmont, avenue de Sévigné, 37200 Tours :</p>
<table><tr><th>Épreuve</th><th>Période</th></tr>
<tr><td>E4</td><td>du mardi 26 au vendredi 29 mai 2026</td></tr>
<tr><td>E6</td><td>du lundi 1er au jeudi 4 juin 2026</td></tr>
</table>
<p class="small">Le lundi 25 mai 2026 (lundi de Pentecôte) est férié.</p>
</fieldset>

<fieldset><legend>Délibération et résultats</legend>
<p>Jury de délibération : mardi 30 juin 2026 à 9 h 30, rectorat, 21 rue Saint-Étienne, 45043 Orléans.</p>
<p>Publication des résultats : jeudi 2 juillet 2026 à 10 h 00.</p>
</fieldset>

<fieldset><legend>Pièces jointes à la fiche</legend>
<label><input type="checkbox" checked> Calendrier détaillé des épreuves</label>
<label><input type="checkbox"> Liste des surveillants</label>
<label><input type="checkbox" checked> Fiche de contrôle de conformité vierge</label>
</fieldset>
<p class="right">Pour le recteur et par délégation,<br>le chef de la DEC 4,<br>Julien Morvan</p>
</body></html>
"""

TRAPS = [["2026-04-07", None], ["2026-05-20", "2026-05-22"], ["2026-03-02", None], ["2026-03-13", None],
         ["2026-03-16", None], ["2026-05-25", None], ["2026-05-14", None]]
TRAP_CENTRES = ["pothier", "balzac"]
