# -*- coding: utf-8 -*-
"""Note de service nationale (fictive) : calendrier du BTS NDRC, session 2026.
Tableau « jours en colonnes », sections portrait / paysage, long tableau de regroupements
inter-académiques dont la ligne d'en-tête se répète sur la page suivante."""

ENTETE_GAUCHE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR", "ET DE LA RECHERCHE",
                 "Direction générale de l'enseignement supérieur", "et de l'insertion professionnelle"]
NUMERO = "Note de service n° 2025-184 du 20 novembre 2025"
TITRE = ("Brevet de technicien supérieur « Négociation et digitalisation de la relation client » (NDRC) – "
         "calendrier de la session 2026")
DEST = ("Destinataires : Mesdames et Messieurs les recteurs et rectrices d'académie ; Mesdames et Messieurs les "
        "chefs des divisions des examens et concours")
REFS = ["Références : code de l'éducation, articles D. 643-1 à D. 643-35 ;",
        "arrêté du 17 avril 2018 modifié portant définition et fixant les conditions de délivrance du BTS NDRC."]
INTRO = ("La présente note fixe, pour l'ensemble du territoire, les dates des épreuves écrites nationales du BTS NDRC "
         "ainsi que les périodes dans lesquelles les académies organisent les épreuves orales et pratiques. "
         "Elle est publiée au Bulletin officiel de l'enseignement supérieur.")
LISTE = [
    "E1 – Culture générale et expression ;",
    "E2 – Communication en langue vivante étrangère ;",
    "E3 – Culture économique, juridique et managériale ;",
    "E4 – Relation client et négociation-vente ;",
    "E5 – Relation client à distance et digitalisation, en deux parties : E5 – A (écrite) et E5 – B (pratique) ;",
    "E6 – Relation client et animation de réseaux ;",
    "EF1 – Langue vivante facultative, EF2 – Parcours de professionnalisation à l'étranger, EF3 – Entrepreneuriat.",
]
JOURS_TITRE = "I. Épreuves écrites nationales (heures de Paris)"
# colonnes = jours ; lignes = créneau matin / après-midi / territoires
JOURS = ["lun. 11/05/26", "mar. 12/05/26", "mer. 13/05/26", "jeu. 14/05/26"]
LIGNES = [
    ("Matin", ["—", "—", "E2 (écrit)\n10h-12h", "Ascension\n(férié)"]),
    ("Après-midi", ["E3\n14h-18h", "E1\n14h-18h", "E5 – A\n14h-17h", "—"]),
]
TERRITOIRES_NOTE = [
    "Antilles et Guyane : mêmes jours, sujets de secours ; horaires fixés localement par les recteurs.",
    "La Réunion et Mayotte : mêmes jours ; début des épreuves décalé selon le fuseau horaire local.",
    "Polynésie française et Nouvelle-Calédonie : calendrier spécifique fixé par les vice-rectorats.",
]
FENETRES_TITRE = "II. Périodes d'organisation des épreuves par les académies"
FENETRES_ENTETE = ["Épreuve", "Forme", "Période nationale"]
FENETRES = [
    ["E5 – B", "Pratique sur poste informatique (40 min)", "entre le lundi 18 mai et le vendredi 5 juin 2026"],
    ["E4 et E6", "Orales (forme ponctuelle)", "du 18 mai au 12 juin 2026"],
    ["EF1, EF2, EF3", "Orales facultatives", "du 1er au 12 juin 2026"],
]
FENETRES_NOTE = [
    "Les académies fixent la date limite de dépôt des dossiers E4 et E6, qui ne peut être postérieure au "
    "vendredi 10 avril 2026.",
    "Les notes sont transmises dans l'application nationale au plus tard le vendredi 19 juin 2026.",
    "Les jurys se réunissent au plus tard le vendredi 3 juillet 2026 ; les résultats sont publiés à compter du "
    "lundi 6 juillet 2026.",
]
REGROUP_TITRE = "III. Regroupements inter-académiques pour la conception et la correction (pour information)"
REGROUP_ENTETE = ["Académie pilote", "Académies rattachées", "Sujets E4 / E6"]
REGROUP = [
    ["Aix-Marseille", "Corse, Nice", "académiques"],
    ["Bordeaux", "Limoges, Poitiers", "académiques"],
    ["Clermont-Ferrand", "Grenoble, Lyon", "académiques"],
    ["Dijon", "Besançon", "académiques"],
    ["Lille", "Amiens", "académiques"],
    ["Montpellier", "Toulouse", "académiques"],
    ["Nancy-Metz", "Reims, Strasbourg", "académiques"],
    ["Nantes", "Rennes", "académiques"],
    ["Normandie", "—", "académiques"],
    ["Orléans-Tours", "—", "académiques"],
    ["Paris", "Créteil, Versailles (SIEC)", "académiques"],
    ["Martinique", "Guadeloupe, Guyane", "académiques"],
    ["La Réunion", "Mayotte", "académiques"],
] * 1
SIGNATURE = ["Pour la ministre et par délégation,", "Le directeur général de l'enseignement supérieur",
             "et de l'insertion professionnelle,", "", "Pascal Delorme"]
