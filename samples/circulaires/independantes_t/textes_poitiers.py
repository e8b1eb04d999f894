# -*- coding: utf-8 -*-
"""Circulaire fictive : BTS Management en hôtellerie-restauration, académie de Poitiers, session 2027 (ODT)."""

STEM = "circulaire_mhr_2027_poitiers"

COLONNE_GAUCHE = ["Rectorat de l'académie de Poitiers", "Division des examens et concours",
                  "DEC 2 – Bureau des BTS", "", "Dossier suivi par : M. Thierry Moreau",
                  "Tél. 05 16 52 65 00", "dec2@ac-poitiers.fr",
                  "22 rue Guillaume VII le Troubadour", "CS 40625", "86022 Poitiers Cedex"]
COLONNE_DROITE = ["Poitiers, le 18 janvier 2027", "",
                  "Le recteur de l'académie de Poitiers",
                  "à",
                  "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat préparant au "
                  "BTS MHR",
                  "Mesdames et Messieurs les directeurs de CFA",
                  "s/c de Mesdames et Messieurs les IA-IPR d'économie-gestion"]
OBJET = "Objet : BTS MANAGEMENT EN HÔTELLERIE-RESTAURATION (MHR) – organisation de la session 2027"
REFS = ("Réf. : arrêté du 29 juin 2018 portant définition et fixant les conditions de délivrance du BTS MHR ; "
        "circulaire nationale d'organisation du 4 décembre 2026.")
INTRO = [
    "J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2027 du BTS Management "
    "en hôtellerie-restauration. Je vous remercie de bien vouloir en assurer la diffusion auprès des équipes "
    "pédagogiques et des candidats.",
    "Les convocations seront mises à disposition des établissements sur Cyclades. Aucun envoi papier ne sera "
    "effectué. Les candidats individuels les téléchargent eux-mêmes.",
    "Rappel des périodes sans épreuve : vacances de printemps (zone A) du samedi 10 au lundi 26 avril 2027, "
    "jeudi 6 mai 2027 (Ascension) et lundi 17 mai 2027 (lundi de Pentecôte).",
]
TITRE_0 = "Informations générales"
GENERAL = [
    "Surveillance : les chefs de centre désignent au moins deux surveillants par salle de trente candidats ; la "
    "liste des surveillants est affichée à l'entrée des salles.",
    "Calculatrices : le mode examen est exigé pour l'épreuve E4 (circulaire n° 2015-178 du 1er octobre 2015).",
    "Candidats en situation de handicap : les aménagements accordés figurent sur la convocation ; les chefs de "
    "centre prévoient une salle particulière et, le cas échéant, un secrétaire.",
    "Retards : aucun candidat n'est admis à composer au-delà d'une heure après le début de l'épreuve écrite ; "
    "pour les épreuves pratiques et orales, le candidat en retard est reçu en fin de liste si l'organisation le permet.",
    "Fraude : toute suspicion de fraude fait l'objet d'un procès-verbal transmis sans délai à la DEC 2, "
    "accompagné des pièces et du rapport du surveillant.",
    "Tenue professionnelle : elle est exigée pour les épreuves E6 ; un candidat sans tenue complète peut être "
    "refusé par la commission d'interrogation.",
    "Livrets scolaires : ils sont édités par les établissements sur le modèle national et signés par le chef "
    "d'établissement.",
]
TITRE_1 = "1. Tableau général des épreuves"
ENTETE = ["Épreuve", "Intitulé", "Forme", "Durée", "Date", "Horaire", "Centre / observations"]
LIGNES = [
    ["E1", "Culture générale et expression", "écrite", "4 h", "lun. 10/05/27", "14h-18h", "Lycée Kyoto"],
    ["E2", "Communication en langues vivantes étrangères", "", "", "", "", "deux sous-épreuves :"],
    ["E21", "Langue vivante étrangère A – écrit", "écrite", "2 h", "mar. 11/05/27", "10h-12h",
     "Lycée Kyoto – accueil des candidats de 9 h 30"],
    ["E22", "Langue vivante étrangère B – oral", "orale", "20 min", "31/05/27 au 02/06/27",
     "convocation", "Lycée Marguerite de Valois"],
    ["E3", "Management de l'entreprise hôtelière et mercatique des services", "écrite", "4 h",
     "mar. 11/05/27", "14h-18h", "Lycée Kyoto"],
    ["E4", "Entrepreneuriat et pilotage de l'entreprise hôtelière", "écrite", "4 h", "mer. 12/05/27",
     "13h30-17h30", "Lycée Kyoto (tiers-temps : jusqu'à 18h50)"],
    ["E5", "Conduite du changement dans l'entreprise hôtelière", "orale", "30 min", "14/06/27 au 16/06/27",
     "convocation", "Lycée Pierre Loti"],
    ["E6", "Pilotage de la production de services (selon option)", "pratique", "", "", "", "voir § 2"],
    ["E6 A", "Option A – management d'unité de restauration", "pratique", "5 h", "24/05/27 au 26/05/27",
     "de 8 h à 13 h ou de 14 h à 19 h", "Lycée Kyoto"],
    ["E6 – B", "Option B – management d'unité de production culinaire", "pratique", "5 h",
     "01/06/27 au 03/06/27", "de 8 h à 13 h", "Lycée Pierre Loti"],
    ["E6C", "Option C – management d'unité d'hébergement", "pratique", "4 h", "07/06/27 au 09/06/27",
     "de 8 h à 12 h", "Lycée Marguerite de Valois"],
]
TITRE_2 = "2. Épreuves pratiques E6 et orales"
TEXTE_2 = [
    "Les épreuves pratiques E6 se dérouleront du lundi 24 au mercredi 26 mai (option A), du mardi 1er au "
    "jeudi 3 juin (option B) et du lundi 7 au mercredi 9 juin 2027 (option C). Les candidats se présentent en "
    "tenue professionnelle complète.",
    "L'oral de langue vivante B (E22) est organisé du lundi 31 mai au mercredi 2 juin 2027 ; l'oral E5 du "
    "lundi 14 au mercredi 16 juin 2027.",
    "Une réunion d'entente des commissions d'interrogation E6 (options A, B et C) se tiendra le vendredi "
    "21 mai 2027 à 14 h au lycée Kyoto.",
]
TITRE_3 = "3. Dossiers de l'épreuve E5"
TEXTE_3 = [
    "Date limite de dépôt des dossiers E5 à la DEC 2 (deux exemplaires) : vendredi 9 avril 2027 à 16 h.",
    "Le contrôle de conformité des dossiers E5 sera effectué le mardi 27 avril 2027 à 14 h. Les établissements "
    "seront informés des non-conformités dans la semaine suivante.",
]
TITRE_4 = "4. Corrections, livrets et délibérations"
TEXTE_4 = [
    "Les copies des épreuves E1, E3 et E4 sont corrigées de façon dématérialisée du mercredi 19 au mercredi "
    "26 mai 2027.",
    "Les livrets scolaires doivent parvenir au lycée Kyoto au plus tard le vendredi 4 juin 2027.",
    "Le jury de délibération siégera le mardi 29 juin 2027 à 9 h au lycée Kyoto ; la publication des résultats "
    "interviendra le jeudi 1er juillet 2027 à 14 h.",
]
TITRE_5 = "5. Centres d'épreuves"
CENTRES = [
    ["Lycée hôtelier Kyoto", "35 rue Pierre de Coubertin\nBP 507", "86012 Poitiers Cedex"],
    ["Lycée Pierre Loti", "1 rue du Collège", "17300 Rochefort"],
    ["Lycée Marguerite de Valois", "Rue Louise Leriget\nCS 62315", "16023 Angoulême Cedex"],
]
FORMATION = ("Pour mémoire, les candidats en apprentissage du CFA de l'hôtellerie de Niort et de l'école privée "
             "Sainte-Marthe de La Rochelle sont affectés dans les centres ci-dessus.")
SIGNATURE = ["Pour le recteur et par délégation", "Le secrétaire général adjoint", "Jean-Luc Brard"]
PIED = "Rectorat de Poitiers – DEC 2 – BTS MHR 2027"
