# -*- coding: utf-8 -*-
"""Diaporama (export PDF d'une présentation) de la DEC de Créteil : BTS Tourisme, session 2026.
Dates au format AAAA-MM-JJ dans le tableau (export d'agenda) ; plusieurs fenêtres dans une même puce."""

PIED = "Rectorat de Créteil – DEC 3 Examens post-bac – 03/02/2026"
DIAPOS = [
    {"titre": "BTS Tourisme – Session 2026",
     "sous_titre": "Réunion d'information des chefs de centre et des coordonnateurs",
     "puces": ["Académie de Créteil – Division des examens et concours",
               "Diaporama présenté le mardi 3 février 2026, salle du conseil, rectorat de Créteil",
               "Vaut circulaire d'organisation de la session 2026"]},
    {"titre": "Cadre réglementaire et rappels",
     "puces": ["Arrêté du 5 avril 2018 portant définition du BTS Tourisme",
               "Épreuves : E1, E2 (E21 langue A, E22 langue B), E3, E4, E5, E6 et l'épreuve facultative EF1",
               "E3 – Gestion de la relation clientèle touristique : évaluée en CCF uniquement, pas de convocation",
               "Vacances de printemps (zone C) : du samedi 18 avril au lundi 4 mai 2026",
               "Jours fériés : vendredi 1er mai, vendredi 8 mai, jeudi 14 mai et lundi 25 mai 2026"]},
    {"titre": "Épreuves écrites et pratiques",
     "tableau": [["Date (AAAA-MM-JJ)", "Jour", "Épreuve", "Horaire", "Durée"],
                 ["2026-05-11", "lun.", "E1 – Culture générale et expression", "14:00 – 18:00", "4 h"],
                 ["2026-05-12", "mar.", "E4 – Élaboration d'une prestation touristique", "09:00 – 13:00", "4 h"],
                 ["2026-05-13", "mer.", "E5 – Gestion de l'information touristique (sur poste)", "13:30 – 16:30", "3 h"]],
     "note": "Accueil des candidats 30 min avant l'heure indiquée."},
    {"titre": "Épreuves orales",
     "puces": ["E6 – Parcours de professionnalisation : du mardi 26 au vendredi 29 mai 2026 et du lundi 1er au mercredi 3 juin 2026",
               "E21 / E22 – Langues vivantes A et B (oral) : du jeudi 4 au mardi 9 juin 2026",
               "EF1 – Langue vivante facultative : mercredi 10 juin 2026",
               "Plannings de passage transmis aux centres par courriel"]},
    {"titre": "Dossiers E6 : le fil du calendrier",
     "frise": [("10 avril 2026", "16h00", "Remise des dossiers E6 au centre d'examen (au plus tard)"),
               ("5 mai 2026", "14h00", "Contrôle de conformité des dossiers E6"),
               ("18 mai 2026", "9h30", "Concertation des correcteurs E4")]},
    {"titre": "Centres d'épreuves",
     "cartes": [("Lycée Marcelin Berthelot", "6 boulevard Maurice Berteaux", "94100 Saint-Maur-des-Fossés"),
                ("Lycée Flora Tristan", "12 avenue du Mont-d'Est", "93160 Noisy-le-Grand"),
                ("Lycée Léonard de Vinci", "2 bis rue Edouard Branly, BP 9", "77011 Melun CEDEX")],
     "note": ("Établissements de formation rattachés (non centres) : lycée Jean Moulin (Torcy), "
              "CFA Tourisme Est-francilien (Champs-sur-Marne), lycée Paul Éluard (Saint-Denis).")},
    {"titre": "Après les épreuves",
     "puces": ["Jury de délibération : jeudi 25 juin 2026 – 9h00",
               "Publication des résultats : mardi 30 juin 2026 – 10h00",
               "Contact : ce.dec3-bts@ac-creteil.fr"]},
]
