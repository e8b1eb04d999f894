# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive : BTS NDRC, académie de Toulouse, session 2027 (formulaire Word)."""

STEM = "circulaire_ndrc_2027_toulouse"

EN_TETE = [
    "RÉGION ACADÉMIQUE OCCITANIE",
    "ACADÉMIE DE TOULOUSE",
    "Rectorat",
    "Division des examens et concours – Bureau DEC 3 (BTS)",
]
EXPEDITEUR = [
    "Affaire suivie par : Nadia Ferrand",
    "Tél. : 05 36 25 70 00",
    "Mél : dec3-bts@ac-toulouse.fr",
    "CS 87703 – 75, rue Saint-Roch",
    "31077 Toulouse Cedex 4",
]
LIEU_DATE = "Toulouse, le 18 janvier 2027"
DESTINATAIRES = ("Le recteur de l'académie de Toulouse\nà\nMesdames et Messieurs les chefs d'établissement "
                 "et directeurs de CFA dispensant la formation")
REF_FORMULAIRE = "Formulaire DEC3-BTS-F04 – version 2027"
OBJET = ("Brevet de technicien supérieur « Négociation et digitalisation de la relation client » (NDRC) – "
         "session 2027 – formulaire d'organisation et calendrier académique")
REFERENCES = [
    "Arrêté du 26 février 2018 portant définition et fixant les conditions de délivrance du BTS NDRC ;",
    "Note de service nationale d'organisation des épreuves du 2 décembre 2026.",
]
INTRO = ("Le présent formulaire tient lieu de circulaire académique d'organisation. La partie A est à compléter "
         "par l'établissement ; les parties B à D fixent les étapes et le calendrier de la session 2027, "
         "que je vous remercie de porter à la connaissance des équipes pédagogiques et des candidats.")

PARTIE_A = "PARTIE A – À COMPLÉTER PAR L'ÉTABLISSEMENT"
CHAMPS_A = [
    ("Établissement (nom, ville)", ""),
    ("UAI / code RNE", "__ __ __ __ __ __ __ __"),
    ("Référent BTS NDRC (nom, mél)", ""),
    ("Statut", "☐ Lycée public    ☐ Privé sous contrat    ☐ CFA / UFA    ☐ Hors contrat"),
    ("Effectif prévisionnel de candidats", "Scolaires : ……   Apprentis : ……   Formation continue : ……"),
    ("Date et signature du chef d'établissement", "Fait à ……………………, le …/…/20…"),
]

PARTIE_B = "PARTIE B – ÉTAPES DE LA SESSION"
ENTETE_B = ("Étape", "Date limite")
ETAPES = [
    ("Retour de la partie A du présent formulaire à la DEC 3 (effectifs prévisionnels)",
     "ven. 05/02/2027 – 12:00"),
    ("Dépôt des fiches d'activités professionnelles des épreuves E4 et E6 sur la plateforme académique",
     "ven. 02/04/2027 – 12:00"),
    ("Contrôle de conformité des fiches E4 / E6 (commission académique, rectorat)",
     "mer. 14/04/2027 – 14:00"),
    ("Retour des fiches déclarées non conformes, après mise en conformité",
     "mer. 21/04/2027 – 12:00"),
    ("Unité facultative EF2 (parcours de professionnalisation à l'étranger) : attestation et rapport à "
     "transmettre à la DEC 3", "ven. 30/04/2027 – 12:00"),
    ("Réunion d'entente des examinateurs E4 et E6 (Lycée Déodat de Séverac, amphithéâtre)",
     "lun. 24/05/2027 – 09:30"),
    ("Saisie des notes de CCF de l'épreuve E2 dans Cyclades", "ven. 28/05/2027 – 17:00"),
    ("Jury de délibération (rectorat, salle 3.12)", "mer. 30/06/2027 – 09:00"),
    ("Publication des résultats sur le site de l'académie", "ven. 02/07/2027 – 10:00"),
]
NOTE_B = ("Les heures indiquées sont des heures limites de réception. Aucun envoi postal n'est accepté pour les "
          "fiches E4 et E6. Pendant les vacances de printemps (du samedi 17 avril au lundi 3 mai 2027), "
          "la plateforme reste ouverte mais aucune assistance n'est assurée.")

PARTIE_C = "PARTIE C – ÉPREUVES ÉCRITES"
ECRITS = [
    "E3 – Culture économique, juridique et managériale : mardi 11 mai 2027, de 14 h à 18 h (4 h)",
    "E1 – Culture générale et expression : mercredi 12 mai 2027, de 14 h à 18 h (4 h)",
    "E5-A – Relation client à distance et digitalisation, partie écrite : jeudi 13 mai 2027, de 14 h à 17 h (3 h)",
]
NOTE_C = ("L'épreuve E5 comporte deux parties : E5-A, écrite, et E5 – B, pratique (voir partie D). "
          "Le vendredi 7 mai 2027 (pont de l'Ascension), les services du rectorat sont fermés.")
ENTETE_CENTRES = ("Centre d'écrit", "Adresse", "Code postal – Ville", "Candidats affectés")
CENTRES = [
    ("Lycée Ozenne", "9, rue Merly", "31070 TOULOUSE CEDEX 7", "Haute-Garonne, Ariège"),
    ("Lycée Bourdelle", "3, boulevard Édouard Herriot\nBP 789", "82013 MONTAUBAN CEDEX", "Tarn-et-Garonne, Lot, Gers"),
    ("Lycée Louis Rascol", "10, rue de la République\nBP 218", "81012 ALBI CEDEX 9", "Tarn, Aveyron"),
]

PARTIE_D = "PARTIE D – ÉPREUVES ORALES ET PRATIQUES"
INTRO_D = ("Les épreuves orales et pratiques se déroulent toutes au centre unique :")
CENTRE_ORAL = ["Lycée Déodat de Séverac", "26, boulevard Déodat de Séverac", "31076 Toulouse Cedex 3"]
ORAUX = [
    "E5 – B, épreuve pratique (40 min) : du mardi 25 au jeudi 27 mai 2027.",
    "E4 – Relation client et négociation-vente (candidats relevant de la forme ponctuelle) : "
    "du lundi 31 mai au vendredi 4 juin 2027.",
    "E6 – Relation client et animation de réseaux : les interrogations auront lieu du lundi 7 au mercredi 9 juin "
    "et du lundi 14 au mardi 15 juin 2027.",
    "EF1 – Langue vivante étrangère 2 (épreuve facultative) : mercredi 2 juin 2027, de 8 h 30 à 12 h 30.",
]
NOTE_D = ("E2 – Communication en langue vivante étrangère : l'épreuve est évaluée en contrôle en cours de "
          "formation pour l'ensemble des candidats de l'académie ; aucune date n'est fixée par le présent "
          "formulaire. L'unité facultative EF2 est évaluée sur dossier, sans interrogation orale.")
FORMATION_TITRE = "Établissements de formation concernés (pour information – ils ne sont pas centres d'épreuves) :"
FORMATION = [
    "Lycée privé Les Arènes – Toulouse",
    "Lycée Saint-Exupéry – Blagnac",
    "CFA Commerce et Services de l'Aveyron – Rodez",
    "UFA Jean-Baptiste de La Salle – Toulouse",
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,",
             "Claire Montagné"]
PIED = "Académie de Toulouse – DEC 3 – BTS NDRC session 2027"
