# -*- coding: utf-8 -*-
"""Fiche de session fictive BTS GPME, académie de Lille, session 2026 : page d'un portail « examens »
imprimée depuis le navigateur (formulaire en lecture seule : libellés à gauche, valeurs à droite)."""

URL = "https://examens.ac-lille.example/portail/bts/gpme/session-2026/fiche?id=4471"
BANDEAU = "Académie de Lille — Portail examens — Fiche d'organisation de session"
IMPRIME = "27/01/2026 16:05"
ONGLETS = ["Identification", "Calendrier", "Dossiers", "Centres", "Jury"]

IDENTIFICATION = [
    ("Diplôme", "Brevet de technicien supérieur"),
    ("Spécialité", "Gestion de la PME (GPME)"),
    ("Session", "2026"),
    ("Service émetteur", "Rectorat de Lille — DEC 2, bureau des BTS tertiaires"),
    ("Date de publication", "27/01/2026"),
    ("Textes de référence", "Arrêté du 19 avril 2018 modifié ; circulaire nationale d'organisation du 15 décembre 2025"),
    ("Statut de la fiche", "Validée"),
]

CALENDRIER_ECRIT = [  # libellé, valeur
    ("E3 Culture économique, juridique et managériale", "mar. 12/05/26  —  14:00 → 18:00"),
    ("E1 Culture générale et expression", "mer. 13/05/26  —  14:00 → 18:00"),
    ("E6 Soutenir le fonctionnement et le développement de la PME", "lun. 18/05/26  —  13:30 → 18:00  (4 h 30)"),
]
CALENDRIER_ORAL = [
    ("E2 Communication en langue vivante étrangère (ponctuel)", "mar. 26/05/26  —  convocation individuelle entre 08:00 et 17:30"),
    ("EF1 Langue vivante facultative", "mer. 27/05/26"),
    ("E4 Gérer la relation avec les clients et les fournisseurs", "semaine du 1er au 5 juin 2026"),
    ("E5 Participer à la gestion des risques de la PME",
     "du lundi 8 au mercredi 10 juin et du lundi 15 au mardi 16 juin 2026"),
]
NOTE_CALENDRIER = ("Information : jeudi 14/05/26 (Ascension) et lundi 25/05/26 (Pentecôte) sont fériés. "
                   "Vacances de printemps de la zone B : du samedi 18/04/26 au lundi 04/05/26.")

ETAPES_TITRE = "Étapes à respecter par les établissements"
ETAPES = [  # (texte avant, échéance en gras, texte après)
    ("Dépôt des dossiers E4 (fiches de situations professionnelles et tableau de synthèse) dans l'espace de dépôt, ",
     "au plus tard le mardi 14 avril 2026 à 12 h", "."),
    ("Envoi des dossiers d'engagement étudiant EF2 : ", "jeudi 30 avril 2026, dernier délai", " (aucune heure limite)."),
    ("Contrôle de conformité des dossiers E4 par la commission académique : ", "jeudi 7 mai 2026 à 9 h", "."),
    ("Réunion d'harmonisation des correcteurs de E6 (visioconférence) : ", "mardi 19 mai 2026 à 14 h", "."),
    ("Correction des copies de E6 : ", "du mercredi 20 au mercredi 27 mai 2026", "."),
    ("Jury de délibération au rectorat de Lille : ", "jeudi 2 juillet 2026 à 9 h", "."),
    ("Publication des résultats : ", "lundi 6 juillet 2026 à 14 h", "."),
]

CENTRES = [  # nom, adresse (lignes), ville, épreuves
    ("Lycée Jeanne Mauduit", "18 rue des Tisserands\nBP 50027", "59000 Lille", "E1, E3, E6, E4, E5"),
    ("Lycée Émile Verhaeren", "3 boulevard de la Filature", "59100 Roubaix", "E1, E3, E6, E2, EF1"),
    ("Lycée Henriette Dupuis", "41 avenue des Beffrois\nCS 20104", "62000 Arras", "E1, E3, E6, E4, E5"),
]
ANNULE = "Champ « Date de la commission de recours » : le …/…/2026 (non renseigné)"
PIED = "Portail examens — version imprimable — page {p}/{n}"
