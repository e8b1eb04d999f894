# -*- coding: utf-8 -*-
"""Région académique Normandie - BTS CRSA - session 2027.
Document ODT à sections, avec table des matières ; calendrier où les sous-épreuves sont notées U41/U42
à côté de l'épreuve parente E4. Texte entièrement inventé."""

STEM = "circulaire_crsa_2027_normandie"

EN_TETE = "Région académique Normandie – Rectorat – Division des examens et concours – DEC 2"
PIED = "Circulaire BTS CRSA – session 2027"

ENTETE_LETTRE = [
    "RÉGION ACADÉMIQUE NORMANDIE",
    "Rectorat",
    "Division des examens et concours",
    "Bureau DEC 2 – Brevets de technicien supérieur",
    "Affaire suivie par : Loïc Hamel",
    "Tél. : 02 31 30 15 00",
    "Mél : ce.dec2@ac-normandie.fr",
    "168 rue Caponière – BP 46184 – 14061 Caen Cedex",
]
LIEU_DATE = "Caen, le 25 janvier 2027"
DESTINATAIRES = [
    "Le recteur de la région académique Normandie,",
    "recteur de l'académie de Normandie,",
    "chancelier des universités",
    "à",
    "Mesdames et Messieurs les proviseurs des lycées centres d'examen",
    "Mesdames et Messieurs les directeurs des établissements de formation",
]
OBJET = ("Objet : brevet de technicien supérieur Conception et réalisation de systèmes automatiques (CRSA) – "
         "session 2027 – circulaire d'organisation")
REFERENCES = [
    "Réf. : arrêté du 19 février 2014 modifié portant définition et fixant les conditions de délivrance du BTS CRSA ;",
    "note de service du 30 novembre 2026 relative au calendrier national des épreuves écrites des BTS.",
]
INTRO = ("La présente circulaire fixe, pour l'académie de Normandie, le calendrier et les modalités d'organisation "
         "de la session 2027. Je vous remercie d'en assurer la diffusion auprès des équipes pédagogiques "
         "et des candidats.")

# (titre de section, id de section ODT)
SECTIONS = [
    ("1. Calendrier des épreuves", "S1_calendrier"),
    ("2. Épreuves orales et pratiques", "S2_oraux"),
    ("3. Dossiers et contrôle de conformité", "S3_dossiers"),
    ("4. Corrections, réunions, jury et résultats", "S4_jury"),
    ("5. Centres d'examen", "S5_centres"),
    ("Annexe – Attestation de remise du rapport U61", "S6_annexe"),
]

CAL_INTRO = ("Les épreuves écrites ponctuelles se déroulent selon le calendrier ci-dessous (heure de Paris). "
             "Aucune épreuve n'a lieu le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte).")
CAL_ENTETE = ["Épreuve", "Unité", "Intitulé", "Date", "Horaire", "Durée"]
# Lignes : (épreuve parente ou None si fusionnée avec la ligne précédente, unité, intitulé, date, horaire, durée)
# rowspan : nombre de lignes couvertes par la cellule « Épreuve ».
CAL_LIGNES = [
    ("E1", 1, "U1", "Culture générale et expression", "mardi 11 mai 2027", "14 h – 18 h", "4 h"),
    ("E2", 1, "U2", "Anglais", "CCF", "—", "—"),
    ("E3 – Mathématiques et physique-chimie", 2, "U31", "Mathématiques", "CCF", "—", "—"),
    (None, 0, "U32", "Physique-chimie", "mercredi 12 mai 2027", "10 h – 12 h", "2 h"),
    ("E4 – Conception préliminaire d'un système automatique", 2, "U41", "Analyse et spécification",
     "jeudi 13 mai 2027", "8 h – 12 h", "4 h"),
    (None, 0, "U42", "Conception préliminaire des chaînes fonctionnelles", "vendredi 14 mai 2027", "8 h – 12 h", "4 h"),
    ("E5", 1, "U5", "Conception détaillée et réalisation", "voir § 2", "", "6 h"),
    ("E6 – Épreuve professionnelle de synthèse", 2, "U61", "Rapport d'activités en entreprise", "voir § 2", "", "40 min"),
    (None, 0, "U62", "Projet pluritechnique encadré", "voir § 2", "", "1 h"),
]
CAL_NOTE = ("Les unités U2 et U31 sont évaluées par contrôle en cours de formation pour l'ensemble des candidats "
            "scolaires et apprentis des établissements habilités.")

ORAUX_INTRO = "Les épreuves orales et pratiques sont organisées comme suit :"
ORAUX = [
    "U5 – épreuve pratique : du lundi 31 mai au vendredi 4 juin 2027, au lycée Jules Verne (Mondeville) "
    "et au lycée Marcel Sembat (Sotteville-lès-Rouen) ;",
    "U61 – soutenance du rapport d'activités : du lundi 7 au mercredi 9 juin 2027, au lycée Jules Verne ;",
    "U62 – soutenance du projet pluritechnique : du lundi 14 au vendredi 18 juin 2027, au lycée Marcel Sembat.",
]
ORAUX_NOTE = "Les candidats sont convoqués individuellement ; l'ordre de passage est affiché dans chaque centre."

DOSSIERS = [
    "Le rapport d'activités en entreprise (U61) devra parvenir en deux exemplaires au lycée Jules Verne au plus tard "
    "le lundi 3 mai 2027, le cachet de la poste faisant foi. Les établissements veilleront à anticiper la période "
    "des vacances de printemps (du samedi 10 au lundi 26 avril 2027).",
    "Le dossier technique du projet U62 sera déposé sur la plateforme académique avant le vendredi 21 mai 2027, 17 h.",
    "Le contrôle de conformité des dossiers U62 aura lieu le mardi 25 mai 2027 à 10 h au lycée Marcel Sembat. "
    "Un dossier non conforme entraîne l'attribution de la mention « non valide » à l'unité U62.",
]

JURY = [
    "Réunion d'entente des correcteurs U41 et U42 : mercredi 19 mai 2027 à 9 h 00, lycée Jules Verne (salle des "
    "commissions). Les corrections se dérouleront ensuite du mercredi 19 mai au vendredi 28 mai 2027.",
    "Commission de concertation des examinateurs U5 et U62 : jeudi 27 mai 2027 à 14 h (visioconférence).",
    "Jury de délibération : mardi 29 juin 2027 à 9 h 30, lycée Jules Verne, Mondeville.",
    "Publication des résultats : jeudi 1er juillet 2027 à partir de 14 h, sur le site de l'académie.",
]

CENTRES_ENTETE = ["Centre d'examen", "Adresse", "Épreuves accueillies"]
CENTRES = [
    ("Lycée Jules Verne", "12 rue Lucien Bonnet\n14120 Mondeville", "U1, U32, U41, U42, U5, U61, jury"),
    ("Lycée Marcel Sembat", "128 rue Léon Salva\n76300 Sotteville-lès-Rouen", "U1, U32, U41, U42, U5, U62"),
    ("Lycée Jules Siegfried", "1 rue Dumé d'Aplemont\n76600 Le Havre", "U1, U32, U41, U42"),
]
FORMATION_INTRO = ("Établissements de formation de l'académie (pour information, ils ne sont pas centres d'examen) :")
FORMATION = [
    "Lycée Claude Lehec – Saint-Hilaire-du-Harcouët",
    "Lycée Alexis de Tocqueville – Cherbourg-en-Cotentin",
    "Pôle formation UIMM Normandie – Évreux",
]

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,",
             "signé", "Anne Lefrançois"]

ANNEXE = [
    "Je soussigné(e) ………………………………………, chef(fe) d'établissement,",
    "certifie avoir remis ……… rapports d'activités en entreprise (unité U61) au lycée Jules Verne.",
    "Fait à ……………………………, le …/…/20…",
    "Signature et cachet de l'établissement :",
]
