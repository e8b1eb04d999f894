# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS NDRC, académie de la Guyane, session 2027 (PDF dessiné avec reportlab)."""

STEM = "circulaire_ndrc_2027_guyane"

EN_TETE = ["ACADÉMIE DE LA GUYANE", "Rectorat – Division des examens et concours (DEC)",
           "Route de Baduel – BP 6011 – 97306 Cayenne Cedex"]
LIEU_DATE = "Cayenne, le 15 février 2027"
NUMERO = "Circulaire DEC n° 2027-014"
DEST = ["Le recteur de l'académie de la Guyane", "à",
        "Mesdames et Messieurs les proviseurs des lycées",
        "Madame la directrice du CFA de la CCI Guyane"]
OBJET = "Objet : BTS Négociation et digitalisation de la relation client (NDRC) – session 2027"
CORPS = [
    "La présente circulaire fixe l'organisation de la session 2027 du BTS NDRC dans l'académie de la Guyane. "
    "Les épreuves écrites nationales sont passées simultanément sur l'ensemble du territoire : les horaires "
    "applicables en Guyane figurent dans la colonne « Guyane » du tableau joint (page 2) ; les autres colonnes "
    "sont données pour information.",
    "Il est rappelé que les vacances de Carnaval se déroulent du samedi 6 au dimanche 14 février 2027 et que "
    "le jeudi 10 juin 2027 (commémoration de l'abolition de l'esclavage) est férié en Guyane : aucune "
    "épreuve n'est organisée ce jour-là.",
    "Épreuves E4 et E6 – dossiers : les dossiers professionnels (fiches E4 et E6) doivent être déposés au "
    "rectorat, bureau DEC 3, au plus tard le vendredi 2 avril 2027 à 12 h (heure de Cayenne). Le contrôle de "
    "conformité aura lieu le mercredi 7 avril 2027 à 14 h 30 au rectorat.",
    "Établissements de formation (pour information) : lycée Félix Éboué (Cayenne), lycée Melkior-Garré "
    "(Cayenne), lycée Bertène Juminer (Saint-Laurent-du-Maroni), CFA de la CCI Guyane (Cayenne). "
    "Seuls les lycées mentionnés en page 3 sont centres d'épreuves.",
]
SIGN = ["Pour le recteur et par délégation,", "Le chef de la DEC,", "Jean-Marc Sainte-Rose"]

# Page 2 (paysage) : horaires par territoire
P2_TITRE = "BTS NDRC – SESSION 2027 – ÉPREUVES ÉCRITES – HORAIRES LOCAUX PAR TERRITOIRE"
P2_ENTETE = ["Date", "Épreuve", "Durée", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte"]
P2_LIGNES = [
    ["lundi 10 mai 2027", "E1 – Culture générale et expression", "4 h", "14h00 – 18h00", "8h00 – 12h00", "9h00 – 13h00 (*)", "16h00 – 20h00", "15h00 – 19h00"],
    ["mardi 11 mai 2027", "E3 – Culture économique, juridique et managériale", "4 h", "13h30 – 17h30", "7h30 – 11h30", "8h30 – 12h30", "15h30 – 19h30", "14h30 – 18h30"],
    ["mercredi 12 mai 2027", "E5 A – Relation client à distance et digitalisation (écrit)", "3 h", "14h00 – 17h00", "8h00 – 11h00", "9h00 – 12h00", "16h00 – 19h00", "15h00 – 18h00"],
    ["jeudi 13 mai 2027", "E2 – Communication en langue vivante étrangère (écrit)", "2 h", "15h00 – 17h00", "9h00 – 11h00", "10h00 – 12h00", "17h00 – 19h00", "16h00 – 18h00"],
]
P2_NOTES = ["(*) Saint-Laurent-du-Maroni : ouverture des salles à 8 h 15, appel des candidats à 8 h 30.",
            "Nouvelle-Calédonie et Polynésie française : calendrier spécifique, non reproduit.",
            "Heures exprimées en heure locale de chaque territoire."]

# Page 3 (portrait) : épreuves orales et pratiques, centres, jury
P3_TITRE = "ÉPREUVES PRATIQUES ET ORALES – CENTRES – RÉSULTATS"
P3_ORAUX = [
    ("E5 B – pratique (digitalisation)", "du mardi 18 au jeudi 20 mai 2027"),
    ("Réunion d'entente des examinateurs E4 et E6", "vendredi 28 mai 2027, 8 h 30, rectorat"),
    ("E4 – Relation client et négociation-vente", "du lundi 31 mai au vendredi 4 juin 2027"),
    ("E6 – Relation client et animation de réseaux", "du lundi 7 au mercredi 9 juin 2027"),
    ("EF1 – Langue vivante facultative", "date et heure sur la convocation individuelle"),
]
P3_CENTRES = [
    ("Lycée Melkior-Garré", ["1 avenue Pasteur"], "Cayenne", "écrits, E4, E5 B, E6"),
    ("Lycée Bertène Juminer", ["Avenue Paul Castaing", "BP 152"], "Saint-Laurent-du-Maroni", "écrits, E4, E6"),
    ("Lycée Lama-Prévot", ["Route de Montjoly", "BP 6009"], "Rémire-Montjoly", "écrits"),
]
P3_JURY = [
    "Jury de délibération : mardi 29 juin 2027 à 15 h, rectorat de Cayenne.",
    "Publication des résultats : vendredi 2 juillet 2027 à 16 h (heure de Guyane).",
]
