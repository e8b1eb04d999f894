# -*- coding: utf-8 -*-
"""Circulaire fictive : BTS Électrotechnique, académie de Montpellier, session 2025.
Calendrier avec une sous-ligne « ↳ tiers-temps » sous chaque épreuve ; session de remplacement dans une
section séparée (nouvelle page) ; candidats VAE ; E6 en CCF seulement."""

EN_TETE = ["Académie de Montpellier", "Rectorat", "Division des examens et concours – DEC 2"]
LIEU_DATE = "Montpellier, le 3 février 2025"
DESTINATAIRES = ("à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, "
                 "Mesdames et Messieurs les directeurs de CFA – BTS Électrotechnique")
OBJET = "Objet : BTS Électrotechnique (ET) – session 2025 – organisation des épreuves ponctuelles"
REFS = ["Références : arrêté du 11 juin 2020 portant définition du BTS Électrotechnique ;",
        "circulaire nationale d'organisation de la session 2025 du 9 janvier 2025."]
INTRO = ("La présente circulaire précise le calendrier académique de la session 2025 du BTS Électrotechnique, "
         "les régimes particuliers et l'organisation de la session de remplacement de septembre.")

T1 = "I. Épreuves écrites – session normale"
T1_TXT = ("Centres d'écrit : Lycée Jean-Mermoz, 717 avenue Jean-Mermoz, 34000 Montpellier ; Lycée Dhuoda, "
          "17 rue Dhuoda, 30900 Nîmes ; Lycée Pablo-Picasso, 120 avenue du Général-Jean-Gilles, 66000 Perpignan.")
CAL_ENTETE = ["Date", "Épreuve", "Horaire", "Durée"]
# date, épreuve, horaire normal, durée, fin tiers-temps
CAL = [
    ("lundi 12 mai 2025", "E1 – Culture générale et expression", "14 h – 18 h", "4 h", "14 h – 19 h 20"),
    ("mardi 13 mai 2025", "E3 – Mathématiques", "10 h – 12 h", "2 h", "10 h – 12 h 40"),
    ("mardi 13 mai 2025", "E2 – Langue vivante étrangère : anglais", "14 h – 16 h", "2 h", "14 h – 16 h 40"),
    ("mercredi 14 mai 2025", "E41 – Pré-étude et modélisation", "8 h – 12 h", "4 h", "8 h – 13 h 20"),
    ("jeudi 15 mai 2025", "E42 – Conception et industrialisation", "8 h – 14 h", "6 h", "8 h – 16 h"),
]
TT_LIBELLE = "↳ candidats bénéficiant d'un tiers-temps"
CAL_NOTE = ("Les lignes « ↳ » ne concernent que les candidats dont l'aménagement d'épreuve a été notifié ; "
            "ils composent dans une salle isolée de leur centre d'écrit.")

T2 = "II. Épreuves orales et dossiers"
ORAUX = [
    "Dépôt des dossiers de projet (E51) : au plus tard le vendredi 25 avril 2025 à 17 h, au Lycée Jean-Moulin, "
    "boulevard Joliot-Curie, 34500 Béziers.",
    "Contrôle de conformité des dossiers E51 : mardi 6 mai 2025 à 14 h, Lycée Jean-Moulin, Béziers.",
    "E51 – Projet technique (soutenance orale) : du lundi 2 au jeudi 5 juin 2025, Lycée Jean-Moulin, Béziers.",
    "E6 – Rapport d'activités en entreprise : évaluée en contrôle en cours de formation uniquement ; "
    "aucune convocation n'est émise par le rectorat.",
]
CODES_NOTE = "L'épreuve E4 se compose des sous-épreuves E41 et E42 ; l'épreuve E5 est réduite, pour cette session, à la sous-épreuve E51."
T3 = "III. Régimes particuliers"
REGIMES = [
    "Tiers-temps : l'heure de début et l'horaire de référence ne changent pas ; seule l'heure de fin est reportée "
    "(voir les lignes « ↳ » du tableau).",
    "Candidats VAE : ils ne composent pas ; le DAVA les convoque individuellement devant le jury de validation.",
    "Candidats en formation continue ayant un bénéfice de notes : dispense des épreuves correspondantes.",
]
T4 = "IV. Délibération"
JURY = ("Jury de délibération : mercredi 2 juillet 2025 à 9 h, rectorat de Montpellier, 31 rue de l'Université. "
        "Publication des résultats : vendredi 4 juillet 2025 à 10 h.")
T5 = "V. Session de remplacement – septembre 2025"
T5_TXT = ("Les candidats empêchés pour un motif de force majeure (maladie, accident, décès d'un proche) adressent "
          "leur demande, avec les justificatifs, à la DEC au plus tard le lundi 7 juillet 2025. Les épreuves de "
          "remplacement ont toutes lieu au Lycée Jean-Mermoz, Montpellier.")
REMP = [
    ("mardi 9 septembre 2025", "E3 – Mathématiques", "10 h – 12 h", "2 h", "10 h – 12 h 40"),
    ("mardi 9 septembre 2025", "E1 – Culture générale et expression", "14 h – 18 h", "4 h", "14 h – 19 h 20"),
    ("mercredi 10 septembre 2025", "E41 – Pré-étude et modélisation", "8 h – 12 h", "4 h", "8 h – 13 h 20"),
    ("mercredi 10 septembre 2025", "E2 – Langue vivante étrangère : anglais", "14 h – 16 h", "2 h", "14 h – 16 h 40"),
    ("jeudi 11 septembre 2025", "E42 – Conception et industrialisation", "8 h – 14 h", "6 h", "8 h – 16 h"),
]
REMP_APRES = ("E51 (soutenance) : lundi 22 septembre 2025, Lycée Jean-Mermoz. Jury de la session de remplacement : "
              "vendredi 3 octobre 2025 à 14 h, rectorat de Montpellier.")
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,", "Jordi Castanier"]
PIED = "Rectorat de Montpellier – DEC 2 – BTS Électrotechnique session 2025"
