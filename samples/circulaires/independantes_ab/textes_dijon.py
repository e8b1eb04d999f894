# -*- coding: utf-8 -*-
"""Textes de la circulaire BTS MCO, académie de Dijon, session 2027 (fictive)."""
STEM = "circulaire_mco_2027_dijon"
ENTETE = ["RÉGION ACADÉMIQUE BOURGOGNE-FRANCHE-COMTÉ", "ACADÉMIE DE DIJON",
          "Division des examens et concours – DEC 4 (BTS)"]
ADRESSE = ["2G rue Général Delaborde – BP 81921", "21019 Dijon Cedex", "dec4-bts@ac-dijon.fr"]
LIEU_DATE = "Dijon, le 12 février 2027"
OBJET = "Objet : BTS Management commercial opérationnel (MCO) – session 2027 – calendrier et organisation"
REF = ("Réf. : arrêté du 17 avril 2018 modifié portant définition et fixant les conditions de délivrance du "
       "BTS MCO ; note de service du 7 décembre 2026.")
INTRO = ("Vous trouverez ci-après les informations utiles à l'organisation de la session 2027. La frise "
         "chronologique en page 2 constitue le calendrier de référence : toutes les heures sont données en "
         "heure de Paris.")
EPREUVES_ENTETE = ["Épreuve", "Intitulé", "Mode", "Durée"]
EPREUVES = [
    ["E1", "Culture générale et expression", "ponctuel écrit", "4 h"],
    ["E2", "Communication en langue vivante étrangère (anglais)", "ponctuel écrit", "2 h"],
    ["E3", "Culture économique, juridique et managériale", "ponctuel écrit", "4 h"],
    ["E41", "Développement de la relation client et vente conseil", "ponctuel oral", "30 min"],
    ["E42", "Animation, dynamisation de l'offre commerciale", "ponctuel oral", "30 min"],
    ["E5", "Gestion opérationnelle", "ponctuel écrit", "3 h"],
    ["E6", "Management de l'équipe commerciale", "ponctuel écrit", "2 h 30"],
    ["EF1", "Communication en langue vivante étrangère 2", "ponctuel oral", "20 min"],
    ["EF2", "Parcours de professionnalisation à l'étranger", "CCF uniquement", "–"],
]
EF2_NOTE = "EF2 est évaluée en CCF par l'établissement de formation : aucune date n'est fixée par le rectorat."
CENTRES_ENTETE = ["Centre d'examen", "Adresse", "Commune"]
CENTRES = [
    ["Lycée Hippolyte Fontaine", "20 boulevard Voltaire\nBP 37611", "21076 Dijon Cedex"],
    ["Lycée Henri Parriat", "49 rue de Gourdon", "71300 Montceau-les-Mines"],
    ["Lycée Mathias", "3 place Collège\nBP 90116", "71321 Chalon-sur-Saône Cedex"],
]
CENTRES_NOTE = ("Écrits : les trois centres. Oraux E41, E42 et EF1 : lycée Hippolyte Fontaine (Côte-d'Or, "
                "Yonne, Nièvre) et lycée Mathias (Saône-et-Loire).")
FRISE_TITRE = "Calendrier 2027 – frise chronologique"
# (date affichée, heure, texte, est_evenement)
FRISE = [
    ("Vendredi 09.04.2027", "avant 12 h 00",
     "Date limite de dépôt des dossiers E41 et E42 au rectorat – DEC 4", True),
    ("Mercredi 14.04.2027", "14 h 00", "Contrôle de conformité des dossiers E41 et E42", True),
    ("Lundi 10.05.2027", "14 h 00 – 17 h 00", "E5 Gestion opérationnelle (écrit)", True),
    ("Mardi 11.05.2027", "14 h 00 – 18 h 00", "E3 Culture économique, juridique et managériale", True),
    ("Mercredi 12.05.2027", "10 h 00 – 12 h 00\n14 h 00 – 18 h 00",
     "E2 Langue vivante étrangère (écrit)\nE1 Culture générale et expression", True),
    ("Jeudi 13.05.2027", "14 h 00 – 16 h 30", "E6 Management de l'équipe commerciale", True),
    ("Lundi 17.05.2027", "", "Lundi de Pentecôte – férié, aucune épreuve", False),
    ("Vendredi 28.05.2027", "9 h 30", "Réunion d'entente des examinateurs E41 et E42 – lycée Hippolyte Fontaine", True),
    ("Lundi 31.05 → Vendredi 04.06.2027", "selon convocation", "E41 – oraux de relation client et vente conseil", True),
    ("Lundi 07.06.2027", "selon convocation", "EF1 – langue vivante étrangère 2 (oral facultatif)", True),
    ("Mardi 08.06 → Jeudi 10.06.2027", "selon convocation", "E42 – oraux d'animation de l'offre commerciale", True),
    ("Mardi 29.06.2027", "9 h 00", "Jury de délibération – rectorat", True),
    ("Vendredi 02.07.2027", "10 h 00", "Publication des résultats", True),
]
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la DEC", "Thomas BERTHIER"]
PIED = "Académie de Dijon – DEC 4 – circulaire BTS MCO 2027"
