# -*- coding: utf-8 -*-
"""Calendrier « paysage » du BTS Tourisme, académie de Versailles, session 2028 : jours en colonnes,
demi-journées en lignes, dates sans jour de la semaine ni année (« 15 mai »)."""

EN_TETE_G = ["ACADÉMIE DE VERSAILLES", "Division des examens et concours", "Bureau DEC 5 – BTS tertiaires"]
EN_TETE_D = ["Versailles, le 12 janvier 2028", "Réf. : DEC5/BTS/2028-017", "Affaire suivie par Mme Okonkwo"]
TITRE = "BTS TOURISME – SESSION 2028 – PLANNING DES ÉPREUVES"
SOUS_TITRE = "Épreuves écrites ponctuelles (heure de Paris)"
JOURS = ["15 mai", "16 mai", "17 mai"]
DEMI = ["Matin", "Après-midi"]
GRILLE = {
    ("Matin", "15 mai"): "—",
    ("Après-midi", "15 mai"): "E1 – Culture générale et expression\n14h-18h (4 h)",
    ("Matin", "16 mai"): "E3 – Culture économique, juridique et managériale\n8h-12h (4 h)",
    ("Après-midi", "16 mai"): "—",
    ("Matin", "17 mai"): "E5 – Élaboration d'une prestation touristique\n9h-13h (4 h)",
    ("Après-midi", "17 mai"): "—",
}
CODES_TITRE = "Rappel des unités"
CODES = [
    "E1 Culture générale et expression – écrit",
    "E2 Communication en langues vivantes étrangères : E21 langue A (oral), E22 langue B (oral)",
    "E3 Culture économique, juridique et managériale – écrit",
    "E4 Gestion de la relation clientèle touristique – oral",
    "E5 Élaboration d'une prestation touristique – écrit",
    "E6 Gestion de l'information touristique – pratique",
    "E7 Parcours de professionnalisation – oral",
    "EF1 Langue vivante C facultative – oral",
]
P2_TITRE = "Épreuves orales et pratiques – dossiers"
P2 = [
    "E21, E22 et EF1 (oraux de langues) : du 29 mai au 2 juin, lycée Jules-Ferry.",
    "E4 : du 6 au 9 juin, lycée Jean-Pierre-Vernant.",
    "E6 : du 12 au 14 juin, lycée Galilée (salles informatiques B12 et B14).",
    "E7 : du 19 au 23 juin, lycée Jean-Pierre-Vernant. Réunion d'entente des commissions le 19 juin à 8 h 30.",
    "Dossiers E7 : à faire parvenir au centre d'interrogation au plus tard le 28 avril à 16 h (cachet de la "
    "poste non pris en compte).",
    "Contrôle de conformité des dossiers E7 : 3 mai, 14 h, lycée Jean-Pierre-Vernant.",
    "Jury de délibération : 29 juin, 9 h, rectorat de Versailles.",
    "Publication des résultats : 4 juillet à 10 h.",
]
FERIES = "Jours fériés : 25 mai (Ascension) et 5 juin (lundi de Pentecôte)."
CENTRES_TITRE = "Centres d'épreuves"
CENTRES = [
    ["Lycée Jules-Ferry", "29, rue du Maréchal-Joffre\nBP 122\n78001 Versailles CEDEX", "écrits, E21, E22, EF1"],
    ["Lycée Jean-Pierre-Vernant", "21, rue du Docteur-Ledermann\n92310 Sèvres", "écrits, E4, E7"],
    ["Lycée Galilée", "11, avenue du Jour\n95800 Cergy", "écrits, E6"],
]
FORMATION = ("Établissements de formation (non centres) : lycée Notre-Dame-du-Grandchamp (Versailles), "
             "CFA des métiers du tourisme (Guyancourt).")
SIGNATURE = "Pour le recteur et par délégation, le chef de la DEC – Antoine Lequertier"
