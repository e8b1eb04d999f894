"""BTS Maintenance des systèmes (MS), académie de Normandie, session 2028 — texts (invented).
Theme: a filled-in organisation form: ☒/☐ glyph ticks (text), boxes ticked by drawing (no text at all),
a « Mis à jour le » header beside the « Réf. … du … », a « Document édité le » footer."""

HEADER_L = "Région académique Normandie – Rectorat de l'académie de Normandie – DEC 2 – Examens du supérieur"
HEADER_R = "Réf. : DEC2/BTS/2028-017 du 20 décembre 2027 – Mis à jour le 9 février 2028"
FOOTER = "Document édité le 14/02/2028 à 08:41 – page {page}/{pages}"

LIEU_DATE = "Caen, le 7 février 2028"
TITRE = "FICHE D'ORGANISATION DES ÉPREUVES\nBTS Maintenance des systèmes (MS) – session 2028"
DEST = ("Destinataires : Mesdames et Messieurs les chefs des centres d'épreuves, proviseurs des lycées et "
        "directeurs de CFA concernés.")
MODE = ("Mode d'emploi : les rubriques à choix sont renseignées par la DEC ; seule la case cochée s'applique. "
        "Les cases non cochées correspondent à des possibilités non retenues pour la session 2028.")
# [[X]] / [[ ]] : ticks as glyphs (☒ / ☐) ; {{X}} / {{ }} : boxes drawn as vector graphics, no text
OPTION = "Option concernée : [[ ]] A – Systèmes de production   [[X]] B – Systèmes énergétiques et fluidiques   [[ ]] C – Systèmes éoliens"
MAJ = ("Mise à jour du 9 février 2028 : correction de la date du contrôle de conformité E6 (lire mardi 11 avril 2028 "
       "et non jeudi 13 avril 2028). Les autres rubriques sont inchangées.")

S1 = "1. Centre d'épreuves écrites (cocher le centre retenu)"
CENTRES_CHOIX = [
    "[[ ]] Lycée Jules Siegfried, 1 rue Dumé d'Aplemont, 76600 Le Havre",
    "[[X]] Lycée Marcel Sembat, 128 rue Léon Salva, 76300 Sotteville-lès-Rouen",
    "[[ ]] Lycée Jean Rostand, 98 route d'Ifs, 14000 Caen",
]
S1_P = "Calendrier des épreuves écrites (le lundi 8 mai 2028 est férié : aucune épreuve) :"
ECRITS = [
    ["Date", "Horaire", "Épreuve", "Intitulé"],
    ["mardi 9 mai 2028", "14 h 00 – 18 h 00", "E1", "Culture générale et expression"],
    ["mercredi 10 mai 2028", "10 h 00 – 12 h 00", "E31", "Mathématiques"],
    ["mercredi 10 mai 2028", "14 h 00 – 16 h 00", "E32", "Physique-chimie"],
    ["jeudi 11 mai 2028", "10 h 00 – 12 h 00", "E2", "Anglais"],
    ["vendredi 12 mai 2028", "8 h 00 – 14 h 00", "E4", "Analyse technique et organisation de la maintenance"],
]

S2 = "2. Épreuves pratiques et orales – Lycée Pierre-Simon Laplace, 130 rue de la Délivrande, 14000 Caen"
E51_P = "E51 – Intervention sur un système (épreuve pratique). Période retenue (cocher) :"
E51_CHOIX = [
    "{{ }} du lundi 15 au vendredi 19 mai 2028",
    "{{X}} du lundi 22 au mercredi 24 mai 2028",
]
E52_P = "E52 – Organisation de la maintenance (épreuve orale) : du mardi 30 mai au vendredi 2 juin 2028."
E6_FORME = "E6 – Rapport d'activités en entreprise. Forme de l'épreuve : [[X]] ponctuelle   [[ ]] contrôle en cours de formation"
E6_ITEMS = [
    "Dépôt du rapport au centre d'épreuves : vendredi 31 mars 2028 à 12 h 00.",
    "Contrôle de conformité : mardi 11 avril 2028 à 14 h 00.",
    "Soutenances : du mardi 6 au jeudi 8 juin 2028 (le lundi 5 juin 2028, lundi de Pentecôte, est férié).",
]
S3 = "3. Délibération et résultats"
JURY = "Jury de délibération : jeudi 29 juin 2028 à   [[ ]] 9 h 00   [[X]] 14 h 00, au rectorat, 168 rue Caponière, 14000 Caen."
RESULTATS = "Publication des résultats : vendredi 30 juin 2028 à 16 h 00."
SIGNATURE = "Pour le recteur et par délégation,\nle chef de la division des examens et concours,\nThierry Lemonnier"

TRAPS = [["2028-05-15", "2028-05-19"], ["2028-04-13", None], ["2027-12-20", None], ["2028-02-09", None],
         ["2028-02-14", None], ["2028-05-08", None], ["2028-06-05", None]]
TRAP_CENTRES = ["siegfried", "rostand"]
