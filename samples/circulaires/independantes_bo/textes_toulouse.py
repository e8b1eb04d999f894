# -*- coding: utf-8 -*-
"""BTS Support à l'action managériale, académie de Toulouse, session 2026 (fictitious).
Blocks shared by the DOCX (python-docx) and by its « page Web filtrée » imitation (HTML).
Symbol / Wingdings characters:
  - literal private-use characters U+F0xx inside the text runs (font Wingdings, or Symbol for U+F0B7 / U+F0AE);
  - [W:F0E0]-style markers become <w:sym w:font="Wingdings" w:char="F0E0"/> (no w:t at all) in the DOCX.
In the HTML (as Word writes it) each such character is its low byte in a Wingdings / Symbol span:
U+F0E0 -> « à », U+F0A7 -> « § », U+F0D8 -> « Ø », U+F0FC -> « ü », U+F0E8 -> « è », U+F0B7 -> « · »."""

BUL = "\uf0a7"   # Wingdings small square (bullet)
FLE = "\uf0d8"   # Wingdings arrowhead ➢
ARW = "\uf0e0"   # Wingdings right arrow →
OK = "\uf0fc"    # Wingdings check mark ✓
SBUL = "\uf0b7"  # Symbol bullet •
SARW = "\uf0ae"  # Symbol right arrow →
SYMBOL_FONT = {SBUL, SARW}

EN_TETE = ["Académie de Toulouse", "Rectorat – Division des examens et concours", "DEC 4 – Bureau des BTS tertiaires",
           "Dossier suivi par : M. Rémi Castagné – ce.dec4@ac-toulouse.fr"]

BLOCS = [
    ("right", "Toulouse, le 27 janvier 2026"),
    ("right", "Le recteur de l’académie de Toulouse\nà\nMesdames et Messieurs les chefs d’établissement\ndes lycées publics et privés et des CFA"),
    ("b", "Objet : BTS Support à l’action managériale (SAM) – session 2026 – organisation académique"),
    ("p", "Références : arrêté du 17 avril 2018 portant définition du BTS SAM ; circulaire nationale d’organisation du 9 janvier 2026."),
    ("p", "La présente circulaire précise le calendrier et les lieux des épreuves de la session 2026. Je vous remercie d’en assurer la plus large diffusion."),
    ("h", "1. Centres d’examen"),
    ("li", BUL, "Lycée Ozenne, 9 rue Merly, 31000 Toulouse – centre pilote : dépôts, conformité, écrits, oraux E4 et E5, jury ;"),
    ("li", BUL, "Lycée Antoine Bourdelle, 3 boulevard Edouard Herriot, 82000 Montauban – écrits et oraux E22 ;"),
    ("li", BUL, "Lycée Lapérouse, 2 lices Georges Pompidou, 81000 Albi – écrits."),
    ("h", "2. Dossiers des épreuves E4 et E5"),
    ("li", FLE, "Dépôt des dossiers E4 et E5 [W:F0E0] vendredi 3 avril 2026 à 12 h 00 au plus tard, au secrétariat des examens du Lycée Ozenne."),
    ("li", FLE, "Contrôle de conformité [W:F0E0] mercredi 15 avril 2026 à 14 h 00, Lycée Ozenne."),
    ("p", OK + " Un dossier non conforme est signalé au candidat, qui peut néanmoins se présenter à l’épreuve ; la note « 0 » n’est jamais attribuée d’office."),
    ("h", "3. Épreuves écrites"),
    ("table", [["Épreuve", "Intitulé", "Date", "Horaire"],
               ["E3", "Culture économique, juridique et managériale", "lundi 11 mai 2026", "14 h 00 " + ARW + " 18 h 00"],
               ["E1", "Culture générale et expression", "mardi 12 mai 2026", "14 h 00 " + ARW + " 18 h 00"],
               ["E21", "Langue vivante étrangère A – écrit", "mercredi 13 mai 2026", "10 h 00 " + ARW + " 12 h 00"],
               ["E6", "Collaboration à la gestion des ressources humaines", "mercredi 13 mai 2026", "14 h 00 " + ARW + " 18 h 00"]]),
    ("p", "Les centres restent fermés le vendredi 1er mai et le vendredi 8 mai 2026, ainsi que le jeudi 14 mai 2026 (Ascension) ; aucune convocation n’est émise pour le lundi 25 mai 2026 (lundi de Pentecôte)."),
    ("h", "4. Épreuves orales"),
    ("p", "E2 – Expression et culture en langues vivantes étrangères :"),
    ("li", SBUL, "E22 – Langue vivante A, oral : lundi 18 mai 2026 [W:F0E8] vendredi 22 mai 2026, Lycée Ozenne et Lycée Antoine Bourdelle ;"),
    ("li", SBUL, "E4 – Optimisation des processus administratifs : du mardi 26 au vendredi 29 mai 2026, Lycée Ozenne ;"),
    ("li", SBUL, "E5 – Gestion de projet : du lundi 1er au vendredi 5 juin 2026, Lycée Ozenne."),
    ("p", "Réunion d’harmonisation des examinateurs de l’épreuve E5 " + SARW + " lundi 8 juin 2026 à 14 h 00, Lycée Ozenne (amphithéâtre)."),
    ("h", "5. Jury et résultats"),
    ("li", OK, "Jury de délibération : mercredi 24 juin 2026 à 9 h 30, Lycée Ozenne."),
    ("li", OK, "Publication des résultats : vendredi 26 juin 2026 à 14 h 00, sur le site de l’académie."),
    ("p", "Je vous remercie de votre collaboration."),
    ("sig", "Pour le recteur et par délégation,\nla cheffe de la division des examens et concours,\nHélène Sarrazin-Py"),
]
