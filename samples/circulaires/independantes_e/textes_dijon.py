# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive : BTS Tourisme, académie de Dijon, session 2026."""

STEM = "circulaire_tourisme_2026_dijon"

ENTETE_GAUCHE = ["RÉGION ACADÉMIQUE", "BOURGOGNE-FRANCHE-COMTÉ", "ACADÉMIE DE DIJON"]
ENTETE_DROITE = ["Liberté", "Égalité", "Fraternité"]
PIED = "Rectorat de l'académie de Dijon – 2G, rue du Général Delaborde – BP 81921 – 21019 Dijon Cedex"

EXPEDITEUR = [
    ("Division des examens et concours", True),
    ("DEC 3 – Bureau des examens post-baccalauréat", False),
    ("", False),
    ("Affaire suivie par :\tClaire Vernerey", False),
    ("Téléphone :\t03 80 44 87 12", False),
    ("Courriel :\tce.dec3-bts@ac-dijon.fr", False),
]

LIEU_DATE = "Dijon, le 4 février 2026"

DESTINATAIRES = [
    "La rectrice de la région académique Bourgogne-Franche-Comté,",
    "rectrice de l'académie de Dijon,",
    "chancelière des universités",
    "",
    "à",
    "",
    "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat",
    "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation",
]

OBJET = "Brevet de technicien supérieur Tourisme – organisation de la session 2026"
REFERENCES = [
    "arrêté du 5 avril 2018 portant définition et fixant les conditions de délivrance du BTS « Tourisme » ;",
    "note nationale d'organisation du 15 décembre 2025.",
]
PJ = "annexe 1 : centres d'épreuves – annexe 2 : accusé de réception"

INTRO = (
    "La présente circulaire précise les modalités d'organisation de la session 2026 du BTS Tourisme "
    "dans l'académie de Dijon. Je vous remercie d'en assurer la diffusion auprès des équipes "
    "pédagogiques et des candidats, et de me retourner l'accusé de réception joint (annexe 2)."
)

T1 = "1. Calendrier des épreuves"

EPREUVES_ECRITES_TITRE = "ÉPREUVES ÉCRITES"
EPREUVES_ECRITES_NOTE = (
    "Les épreuves écrites se déroulent dans les cinq centres de l'annexe 1. L'épreuve E2 – Communication "
    "en langues vivantes étrangères – comprend deux sous-épreuves : E21 (langue A), qui associe une partie "
    "écrite et une partie orale, et E22 (langue B), orale."
)
ECRITS_ENTETE = ["Date", "Code", "Épreuve", "Début", "Fin", "Durée"]
# (date, code, intitulé, début, fin, durée) ; date None = même date que la ligne précédente (cellule fusionnée)
ECRITS = [
    ("Lundi 11 mai 2026", "E4", "Élaboration d'une prestation touristique", "13 h 30", "17 h 30", "4 h"),
    ("Mardi 12 mai 2026", "E21", "Communication en langue vivante étrangère A – partie écrite", "9 h 00", "11 h 00", "2 h"),
    (None, "E1", "Culture générale et expression", "14 h 00", "18 h 00", "4 h"),
]
ECRITS_NOTE_CELLULE = ("Aucune sortie définitive de la salle n'est autorisée pendant la première heure. "
                       "Le dictionnaire bilingue est autorisé pour E21.")

EPREUVES_ORALES_TITRE = "ÉPREUVES ORALES ET PRATIQUES"
ORAUX_ENTETE = ["Épreuve", "Période", "Centre(s)"]
ORAUX = [
    ("E21 (partie orale) et E22 – Langues vivantes A et B", "du lundi 1er au mercredi 3 juin 2026",
     "Lycée Le Castel (Dijon)\nLycée Mathias (Chalon-sur-Saône)"),
    ("EF1 – Langue vivante C (épreuve facultative)", "jeudi 4 juin 2026, de 8 h 30 à 12 h",
     "Lycée Le Castel (Dijon)"),
    ("E5 – Gestion de l'information touristique (épreuve pratique sur poste)", "du lundi 8 au mercredi 10 juin 2026",
     "Lycée Hippolyte Fontaine (Dijon)"),
    ("E6 – Parcours de professionnalisation (oral)", "du lundi 15 au mercredi 17 juin 2026",
     "Lycée Hippolyte Fontaine (Dijon)"),
]
ORAL_CCF = ("E3 – Gestion de la relation clientèle touristique",
            "Évaluée exclusivement en contrôle en cours de formation dans l'académie : aucune date ponctuelle. "
            "Les candidats relevant de la forme ponctuelle sont rattachés à l'académie de Besançon.")

ORAUX_TEXTE = (
    "Les candidats sont convoqués individuellement par le centre, qui fixe l'heure de passage. "
    "Pour les sous-épreuves E2-1 (partie orale) et E2-2, le temps de préparation est de 20 minutes."
)

T2 = "2. Dossiers de l'épreuve E6"
DOSSIERS = [
    ("Les dossiers de l'épreuve E6 (tableau de synthèse du parcours, fiches descriptives et attestations "
     "de stage) sont à transmettre au lycée Hippolyte Fontaine, secrétariat des examens, au plus tard le "
     "vendredi 10 avril 2026 à 12 h. Un envoi par la poste doit parvenir avant ce délai : le cachet ne fait pas foi."),
    ("Le contrôle de conformité des dossiers E6 aura lieu le mardi 14 avril 2026 à 14 h au lycée Hippolyte "
     "Fontaine. Les établissements dont un dossier serait déclaré non conforme en seront informés avant les "
     "congés de printemps (du samedi 18 avril au lundi 4 mai 2026)."),
]
DOSSIERS_LISTE = [
    "une chemise cartonnée par candidat, au nom et numéro de candidat ;",
    "les fiches classées dans l'ordre du tableau de synthèse ;",
    "un bordereau récapitulatif signé par le chef d'établissement.",
]

T3 = "3. Corrections et harmonisation"
CORRECTIONS = [
    ("La réunion d'entente et d'harmonisation des correcteurs de l'épreuve E4 se tiendra le mercredi 20 mai 2026 "
     "à 9 h 30 au lycée Le Castel, salle du conseil. Les corrections dématérialisées se dérouleront du jeudi "
     "21 mai au vendredi 29 mai 2026 inclus. Le lundi 25 mai 2026 (lundi de Pentecôte) est férié."),
    ("Les propositions de notes de CCF de l'épreuve E3 sont à saisir dans l'application de gestion des examens "
     "au plus tard le mercredi 27 mai 2026 à 17 h, accompagnées des grilles d'évaluation signées."),
]

T4 = "4. Jury et résultats"
JURY = [
    ("Le jury de délibération se réunira au rectorat de Dijon le mardi 30 juin 2026 à 9 h 00. "
     "Les livrets scolaires seront présentés au jury par le centre Hippolyte Fontaine."),
    ("Les résultats seront publiés le vendredi 3 juillet 2026 à partir de 10 h sur le site de l'académie. "
     "Aucun résultat n'est communiqué par téléphone."),
]

SIGNATURE = ["Pour la rectrice et par délégation,", "la cheffe de la division des examens et concours,", "", "Isabelle Morot-Lagarde"]

ANNEXE1_TITRE = "Annexe 1 – Centres d'épreuves"
CENTRES_ENTETE = ["Centre d'épreuves", "Adresse", "Ville", "Épreuves"]
CENTRES = [
    ("Lycée Le Castel", "22, rue Daubenton\nBP 37412\n21074 CEDEX", "Dijon", "écrits ; E21 oral, E22 ; EF1"),
    ("Lycée Hippolyte Fontaine", "20, boulevard Voltaire\nBP 17409\n21074 CEDEX", "Dijon", "écrits ; E5 ; E6"),
    ("Lycée Mathias", "3, place Mathias\n71100", "Chalon-sur-Saône", "écrits ; E21 oral, E22"),
    ("Lycée Jules Renard", "11, boulevard Saint-Exupéry\n58019 CEDEX", "Nevers", "écrits"),
    ("Lycée Vauban", "22, place des Cordeliers\n89000", "Auxerre", "écrits"),
]
FORMATION_TITRE = "Établissements de formation de l'académie (ils ne sont pas centres d'épreuves)"
FORMATION = [
    "Lycée privé Saint-Bénigne – Dijon",
    "CFA des métiers du tourisme et de l'hôtellerie – Dijon",
    "Lycée Hilaire de Chardonnet – Chalon-sur-Saône",
    "Institut de formation aux métiers du tourisme – Beaune",
    "Candidats inscrits au CNED : centre indiqué sur la convocation",
]

ANNEXE2_TITRE = "Annexe 2 – Accusé de réception"
ANNEXE2 = [
    "Établissement : ……………………………………………………………",
    "Je soussigné(e) ……………………………………, chef d'établissement, atteste avoir reçu la circulaire "
    "d'organisation du BTS Tourisme – session 2026 et l'avoir diffusée aux équipes concernées.",
    "Fait à ……………………, le …/…/20…",
    "Signature et cachet :",
]
