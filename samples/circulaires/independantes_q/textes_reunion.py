# -*- coding: utf-8 -*-
"""Académie de La Réunion - BTS NDRC - session 2026.
PDF dessiné directement avec reportlab : en-tête et pied répétés sur chaque page avec une date d'impression
(qui n'est pas un événement) ; horaires en heure de Paris ET en heure de La Réunion. Texte entièrement inventé."""

STEM = "circulaire_ndrc_2026_la-reunion"

EN_TETE_G = "ACADÉMIE DE LA RÉUNION – Division des examens et concours (DEC 2)"
EN_TETE_D = "BTS NDRC – session 2026"
PIED = "Circulaire DEC2/2026-07 – Imprimé le 03/03/2026 à 11:05"

LETTRE_G = [
    "ACADÉMIE DE LA RÉUNION",
    "Rectorat",
    "Division des examens et concours",
    "DEC 2 – Examens de l'enseignement supérieur",
    "Affaire suivie par : Mme Nadia Payet",
    "Tél. : 0262 48 10 10",
    "ce.dec2@ac-reunion.fr",
    "24 avenue Georges Brassens",
    "97702 Saint-Denis Messag Cedex 9",
]
LETTRE_D = [
    "Saint-Denis, le 16 février 2026",
    "",
    "Le recteur de l'académie de La Réunion,",
    "chancelier des universités",
    "à",
    "Mesdames et Messieurs les proviseurs des lycées",
    "publics et privés sous contrat,",
    "Mesdames et Messieurs les directeurs de CFA",
]
OBJET = ("Objet : brevet de technicien supérieur Négociation et digitalisation de la relation client (NDRC) – "
         "session 2026")
REFS = ("Réf. : arrêté du 4 avril 2018 portant définition et fixant les conditions de délivrance du BTS NDRC ; "
        "circulaire nationale d'organisation du 8 janvier 2026.")
INTRO = ("J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2026 du BTS NDRC dans "
         "l'académie. Toutes les heures indiquées dans la présente circulaire s'entendent en heure de La Réunion, "
         "sauf mention contraire.")

T1 = "1. Calendrier des épreuves écrites"
T1_ENTETE = ["Date", "Épreuve", "Heure de Paris", "Heure de La Réunion", "Durée"]
T1_LIGNES = [
    ("lundi 11 mai 2026", "E3 – Culture économique, juridique et managériale", "8h00 – 12h00", "10h00 – 14h00", "4 h"),
    ("mardi 12 mai 2026", "E1 – Culture générale et expression", "8h00 – 12h00", "10h00 – 14h00", "4 h"),
    ("mardi 12 mai 2026", "E5 A – Relation client à distance et digitalisation (partie écrite)", "13h00 – 16h00",
     "15h00 – 18h00", "3 h"),
]
T1_NOTES = [
    "Les sujets étant nationaux, les épreuves se déroulent simultanément en métropole et à La Réunion : seuls "
    "les horaires de la colonne « Heure de La Réunion » s'appliquent dans l'académie.",
    "Le jeudi 14 mai 2026 (Ascension) est férié.",
    "Les copies des épreuves E1, E3 et E5 A sont numérisées dans les centres et corrigées du lundi 18 au "
    "vendredi 22 mai 2026.",
    "Réunion d'entente nationale de l'épreuve E5 A en visioconférence : mercredi 13 mai 2026 à 11 h 30, heure "
    "de Paris, soit 13 h 30, heure de La Réunion. Les correcteurs désignés y participent depuis leur établissement.",
]

T2 = "2. Épreuves orales et pratiques"
T2_INTRO = ("L'épreuve E5 « Relation client à distance et digitalisation » comprend une partie écrite (E5 A) et une "
            "partie pratique sur poste informatique (E5B, 40 minutes).")
T2_ENTETE = ["Épreuve", "Période", "Lieu"]
T2_LIGNES = [
    ("E2 – Communication en langue vivante étrangère", "du lundi 18 au mercredi 20 mai 2026", "Lycée Leconte de Lisle"),
    ("E4 – Relation client et négociation-vente", "du mardi 26 au vendredi 29 mai 2026", "Lycée Bellepierre"),
    ("E5B – partie pratique", "du lundi 1er au vendredi 5 juin 2026", "Lycée Bellepierre\nLycée Ambroise Vollard"),
    ("E6 – Relation client et animation de réseaux", "du lundi 8 au jeudi 11 juin 2026", "Lycée Bellepierre"),
    ("EF1 – Langue vivante étrangère 2 (facultative)", "mercredi 3 juin 2026", "Lycée Leconte de Lisle"),
]
T2_NOTE = "Le lundi 25 mai 2026 (lundi de Pentecôte) est férié ; aucune interrogation n'est prévue ce jour-là."

T3 = "3. Dossiers des épreuves E4 et E6"
T3_TXT = [
    "Les dossiers des épreuves E4 et E6 (fiches de situations professionnelles et attestations) doivent être "
    "déposés au lycée Bellepierre au plus tard le mercredi 15 avril 2026 à 16 h 00 (heure de La Réunion). "
    "Les établissements tiendront compte des congés scolaires, du samedi 28 mars au dimanche 12 avril 2026.",
    "La commission de contrôle de conformité des dossiers E4 et E6 se réunira le jeudi 23 avril 2026 à 8 h 30 "
    "au lycée Bellepierre. Les candidats dont le dossier est déclaré non conforme en seront informés par écrit.",
]

T4 = "4. Jury et résultats"
T4_TXT = [
    "Le jury de délibération se réunira le vendredi 26 juin 2026 à 8 h 00 au rectorat, à Saint-Denis.",
    "Les résultats seront publiés le lundi 29 juin 2026 à 14 h 00 (heure locale) sur le site de l'académie.",
]

T5 = "5. Centres d'examen"
T5_ENTETE = ["Centre", "Adresse", "Ville", "Épreuves"]
T5_LIGNES = [
    ("Lycée Leconte de Lisle", "24 rue Jean Châtel\nBP 123\n97463 Cedex", "Saint-Denis", "E1, E3, E5 A, E2, EF1"),
    ("Lycée Bellepierre", "51 avenue Gaston Monnerville\n97400", "Saint-Denis", "E4, E5B, E6"),
    ("Lycée Ambroise Vollard", "3 avenue de Soweto\nBP 379\n97455 Cedex", "Saint-Pierre", "E1, E3, E5 A, E5B"),
    ("Lycée Jean Hinglo", "2 rue des Sans-Soucis\n97420", "Le Port", "E1, E3, E5 A"),
]
T5_FORM = ("Pour information, les établissements de formation suivants ne sont pas centres d'examen : "
           "lycée privé Saint-Charles (Saint-Pierre), lycée de Saint-Paul IV (Saint-Paul), "
           "CFA de la CCI Réunion (Sainte-Clotilde).")

SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,",
             "signé", "Jean-Marc Hoarau"]
