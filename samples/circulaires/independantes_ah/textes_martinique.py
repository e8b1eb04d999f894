"""Circulaire fictive — Académie de la Martinique, BTS Négociation et digitalisation de la relation client, session 2027.
Horaires en heure locale (Paris − 6 h en mai-juin). Calendrier en jours-colonnes."""

EN_TETE = ["ACADÉMIE DE LA MARTINIQUE", "Division des examens et concours (DEC)", "Bureau des examens post-bac"]
LIEU_DATE = "Schœlcher, le 1er février 2027"
OBJET = "Objet : BTS Négociation et digitalisation de la relation client (NDRC) – session 2027 – organisation académique"
INTRO = [
    "La présente circulaire fixe le calendrier académique de la session 2027. Les épreuves écrites nationales "
    "se déroulent le même jour qu'en métropole, aux horaires locaux indiqués dans le tableau de la page 2.",
    "Épreuve E5 – Relation client à distance et digitalisation : elle comprend une partie écrite (E5 A) et "
    "une partie pratique (E5 B) évaluées séparément.",
]
TITRE_ORAUX = "Épreuves orales et pratiques (candidats hors CCF)"
ORAUX = [
    "E2 – Communication en langue vivante étrangère : oral le jeudi 20 mai 2027.",
    "E5 B – épreuve pratique sur poste informatique : du lundi 24 au mercredi 26 mai 2027.",
    "E4 – Relation client et négociation-vente : du lundi 31 mai au jeudi 3 juin 2027.",
    "E6 – Relation client et animation de réseaux : du lundi 7 au mercredi 9 juin 2027.",
    "EF2 – Parcours de professionnalisation à l'étranger : vendredi 4 juin 2027.",
    "EF1 – Langue vivante facultative : mardi 8 juin 2027.",
    "EF3 – Engagement étudiant : évaluation sur dossier par l'établissement, sans convocation.",
]
FERIES = ("Jours fériés : lundi 17 mai 2027 (Pentecôte) et samedi 22 mai 2027 (commémoration de l'abolition "
          "de l'esclavage). Aucune épreuve n'est programmée ces jours-là.")
TITRE_DOSSIERS = "Dossiers E4 et E6"
DOSSIERS = [
    "Le dépôt des fichiers E4 et E6 sur la plateforme académique se fera au plus tard le mercredi 7 avril 2027 "
    "à 12 h (heure de Martinique).",
    "La commission de contrôle de conformité se réunira le vendredi 16 avril 2027 à 8 h 30 au lycée Joseph Gaillard.",
    "Réunion d'entente des examinateurs E4 et E6 : jeudi 27 mai 2027 à 14 h, lycée Joseph Gaillard.",
]

# page 2 — days as columns
CAL_TITRE = "Calendrier des épreuves écrites – session 2027"
CAL_JOURS = ["Lundi 10 mai 2027", "Mardi 11 mai 2027", "Mercredi 12 mai 2027"]
CAL_LIGNES = [  # label (écrit verticalement), valeurs par jour
    ("Épreuve", ["E1 – Culture générale\net expression", "E3 – Culture économique,\njuridique et managériale",
                 "E5 A – Relation client à\ndistance (partie écrite)"]),
    ("Heure de Paris", ["14 h – 18 h", "14 h – 18 h", "14 h – 17 h"]),
    ("Heure de Martinique", ["8 h – 12 h", "8 h – 12 h", "8 h – 11 h"]),
    ("Durée", ["4 h", "4 h", "3 h"]),
    ("Centres", ["Gaillard / Fanon", "Gaillard / Fanon", "Gaillard / Fanon"]),
]
CAL_NOTE = ("Les candidats doivent être présents dans la salle 30 minutes avant le début de l'épreuve, "
            "heure de Martinique.")

# page 3
TITRE_CENTRES = "Centres d'épreuves"
CENTRES = [
    ("Lycée Joseph Gaillard", ["Rue Marie-Thérèse Gertrude", "97200 Fort-de-France"], "écrits, E2, E4"),
    ("Cité scolaire Frantz Fanon", ["Route de Cosmy", "BP 129", "97220 La Trinité"], "écrits, E5 B, EF1, EF2"),
    ("Lycée Montgérald", ["Quartier Montgérald", "97290 Le Marin"], "E6"),
]
FORMATION = ("Établissements de formation : lycée Acajou 2 (Le Lamentin), CFA de la CCI Martinique (Le Lamentin). "
             "Ils ne sont pas centres d'épreuves.")
TITRE_FIN = "Délibérations"
FIN = [
    "Jury de délibération : lundi 28 juin 2027 à 8 h, rectorat.",
    "Publication des résultats : mercredi 30 juin 2027 à 17 h.",
]
ADRESSE_RECTORAT = "Rectorat de la Martinique – Les Hauts de Terreville – 97279 Schœlcher Cedex"
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la DEC,", "Max-Henri LÉONCE"]
