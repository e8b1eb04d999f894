# -*- coding: utf-8 -*-
"""Académie de Rennes - BTS Bâtiment - session 2027.
Courriel imprimé depuis le webmail (en-têtes De/Envoyé/À/Objet, message transféré cité, bandeau d'impression).
Texte entièrement inventé."""

STEM = "courriel_batiment_2027_rennes"

HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Messagerie académique - Impression</title>
<style>
 body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 9.5pt; margin: 0; }
 .impr { font-size: 7.5pt; color: #555; margin: 0; }
 .impr span { float: right; }
 table.entetes td { padding: 0; vertical-align: top; font-size: 9pt; }
 table.entetes td.l { font-weight: bold; width: 70px; }
 p, li { margin-top: 0; margin-bottom: 5px; }
 blockquote { margin: 8px 0 0 14px; color: #333; }
 .sig { color: #444; font-size: 8.5pt; margin-top: 10px; }
 .bas { font-size: 7.5pt; color: #555; margin-top: 10px; }
</style></head>
<body>
<table width="100%" cellspacing="0" cellpadding="0"><tr><td class="impr">Messagerie académique – Zimbra</td><td class="impr" align="right">Yannick Le Goff &lt;ce.dec4@ac-rennes.fr&gt;</td></tr></table>
<hr>
<p style="font-size:12pt"><b>TR : BTS Bâtiment – session 2027 – épreuve E6, soutenances et réunion d'entente</b></p>
<table class="entetes" cellspacing="0" cellpadding="1">
<tr><td class="l">De :</td><td>DEC 4 – BTS &lt;ce.dec4@ac-rennes.fr&gt;</td></tr>
<tr><td class="l">Envoyé :</td><td>mardi 9 mars 2027 10:12</td></tr>
<tr><td class="l">À :</td><td>ce.0350029@ac-rennes.fr; ce.0290013@ac-rennes.fr; liste-bts-batiment@ac-rennes.fr</td></tr>
<tr><td class="l">Cc :</td><td>IEN-ET STI &lt;ien-sti@ac-rennes.fr&gt;</td></tr>
<tr><td class="l">Objet :</td><td>TR : BTS Bâtiment – session 2027 – épreuve E6, soutenances et réunion d'entente</td></tr>
<tr><td class="l">Pièces jointes :</td><td>liste_commissions_E62.pdf (84 Ko)</td></tr>
</table>
<hr>
<div class="corps">
<p>Mesdames et Messieurs les chefs de centre,</p>
<p>Je vous prie de trouver ci-dessous le calendrier arrêté pour l'épreuve E6 « Épreuve professionnelle de
synthèse » du BTS Bâtiment, session 2027 :</p>
<ul>
<li><b>Sous-épreuve E61 – Rapport de stage en entreprise</b> : remise des rapports au lycée Joliot-Curie (Rennes)
 le lundi 3 mai 2027 à 12h00 dernier délai ; soutenances du lundi 31 mai au mercredi 2 juin 2027, au lycée
 Joliot-Curie.</li>
<li><b>Sous-épreuve E62 – Projet de synthèse</b> : soutenances du lundi 7 au jeudi 10 juin 2027, au lycée Vauban
 (Brest). La réunion d'entente des commissions E62 se tiendra le mercredi 2 juin 2027 à 14h00 au lycée Vauban.</li>
<li><b>Jury de délibération</b> : mardi 29 juin 2027 à 9h00, au rectorat de Rennes.</li>
</ul>
<p>Adresses des centres :<br>
Lycée Joliot-Curie – 144 boulevard de Vitré – 35700 Rennes<br>
Lycée Vauban – rue de Kerichen – 29200 Brest<br>
Rectorat de l'académie de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7</p>
<p>Les épreuves écrites se déroulent conformément au calendrier national (note du 14 décembre 2026) ;
les convocations seront adressées aux candidats à la fin du mois d'avril.</p>
<p>Bien cordialement,</p>
<p class="sig">Yannick Le Goff<br>Gestionnaire BTS – DEC 4<br>Rectorat de l'académie de Rennes<br>Tél. 02 23 21 74 40</p>

<blockquote>
<p>-------- Message d'origine --------<br>
<b>De :</b> IEN-ET STI &lt;ien-sti@ac-rennes.fr&gt;<br>
<b>Date :</b> lun. 8 mars 2027 à 17:40<br>
<b>Objet :</b> BTS Bâtiment E6 – propositions de calendrier</p>
<p>Bonjour,<br>suite à notre échange, je valide les dates proposées pour les soutenances E61 et E62 ainsi que la
réunion d'entente à Brest. Merci de diffuser aux centres.<br>Cordialement,<br>L'inspecteur de l'éducation nationale
– STI</p>
</blockquote>
</div>
<hr>
<table width="100%" cellspacing="0" cellpadding="0"><tr><td class="bas">https://messagerie.ac-rennes.fr/zimbra/h/printmessage?id=48213</td><td class="bas" align="right">1/1</td></tr></table>
</body></html>
"""
