# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive BTS Commerce international, académie de Nice, session 2027."""

STEM = "circulaire_ci_2027_nice"

GAUCHE = ["ACADÉMIE DE NICE", "Rectorat", "Division des examens et concours", "DEC 2 – Examens de l'enseignement supérieur",
          "Dossier suivi par : M. Laurent Giacometti", "Tél. 04 93 53 71 18", "ce.dec2@ac-nice.fr"]
DROITE = ["Nice, le 21 janvier 2027", "", "La rectrice de l'académie de Nice", "à",
          "Mesdames et Messieurs les proviseurs des lycées", "Mesdames et Messieurs les directeurs de CFA",
          "(établissements préparant au BTS Commerce international)"]
OBJET = "Objet : BTS Commerce international (CI) – session 2027 – calendrier et centres d'épreuves"
REFS = ["Réf. : – arrêté du 3 mai 2017 portant définition et fixant les conditions de délivrance du BTS "
        "Commerce international ;",
        "– note de service nationale du 8 décembre 2026 relative au calendrier des BTS."]
INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2027 du BTS Commerce "
         "international dans l'académie de Nice. Les convocations seront disponibles sur Cyclades.")

T1 = "1. Épreuves écrites"
T1_NOTE = "Le calendrier des épreuves écrites figure dans le tableau ci-dessous (horaires de métropole)."
# tableau jours en colonnes
JOURS = ["lun. 10/05/27", "mar. 11/05/27"]
CRENEAUX = [
    ("Matin", ["E5 – Mise en œuvre des opérations internationales\n9h-12h (1)", "—"]),
    ("Après-midi", ["E1 – Culture générale et expression\n14h-18h (2)",
                    "E3 – Culture économique, juridique et managériale\n14h-18h"]),
]
NOTES_BAS = ["(1) Sortie définitive autorisée à l'issue de la première heure.",
             "(2) Épreuve commune à l'ensemble des spécialités de BTS."]
CENTRES_ECRIT_T = "Centres d'épreuves écrites"
CENTRES_ECRIT = [
    ("Lycée Masséna", "2, avenue Félix Faure\n06000", "Nice"),
    ("Lycée Jules Ferry", "82, boulevard de la République\n06400", "Cannes"),
    ("Lycée Bonaparte", "Avenue Winston Churchill\nBP 5075 – 83097 Cedex", "Toulon"),
]

T2 = "2. Épreuves orales (candidats évalués en forme ponctuelle)"
ORAUX = [
    "E4-1 – Relation commerciale interculturelle en langue française : du mardi 18 au vendredi 21 mai 2027, "
    "lycée Les Eucalyptus, 7, avenue des Eucalyptus, 06200 Nice.",
    "E21 et E22 – Communication en langues vivantes étrangères A et B (épreuve E2) : du lundi 31 mai au "
    "vendredi 4 juin 2027, lycée Rouvière, rue Sainte-Claire Deville, 83000 Toulon.",
    "EF1 – Langue vivante facultative : mardi 1er juin 2027, lycée Rouvière (Toulon).",
    "E4-2 – Relation commerciale interculturelle en langue étrangère : du lundi 7 au mercredi 9 juin 2027, "
    "lycée Les Eucalyptus (Nice).",
    "E6 – Développement commercial international : du lundi 14 au jeudi 17 juin 2027, lycée Les Eucalyptus (Nice).",
]
ORAUX_NOTE = ("Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés ; "
              "l'épreuve E4 (sous-épreuves E41 et E42) est évaluée en CCF pour les candidats scolaires et apprentis.")

T3 = "3. Dossiers, réunions, jury et résultats"
OPERATIONS_ENTETE = ["Opération", "Date", "Heure", "Lieu"]
OPERATIONS = [
    ("Dépôt des dossiers de prospection E6", "ven. 19/03/2027", "16h", "Rectorat – DEC 2"),
    ("Contrôle de conformité des dossiers E6 (3)", "30-03-2027", "14h", "Lycée Les Eucalyptus"),
    ("Réunion d'entente des examinateurs E4-2", "04-06-2027", "10h", "Lycée Les Eucalyptus"),
    ("Réunion d'harmonisation E6", "10-06-2027", "13:30", "Visioconférence"),
    ("Jury de délibération", "30-06-2027", "9h00", "Rectorat, 53 avenue Cap de Croix, 06181 Nice Cedex 2"),
    ("Publication des résultats", "02-07-2027", "à partir de 10h", "Site internet de l'académie"),
]
NOTE_3 = ("(3) Le lundi 29 mars 2027 (lundi de Pâques) étant férié, le contrôle de conformité est "
          "organisé le lendemain.")

T4 = "4. Affectation des établissements de formation"
T4_NOTE = ("Les établissements ci-dessous sont des lieux de formation ; ils ne sont pas centres d'examen. "
           "Les candidats composent dans le centre indiqué.")
AFFECT_ENTETE = ["Établissement de formation", "Ville", "Centre d'écrit", "Centre d'oral"]
_N = ("Lycée Masséna", "Les Eucalyptus")
_C = ("Lycée Jules Ferry", "Les Eucalyptus")
_T = ("Lycée Bonaparte", "Lycée Rouvière")
AFFECTATIONS = [
    ("Lycée Guillaume Apollinaire", "Nice") + _N,
    ("Lycée Honoré d'Estienne d'Orves", "Nice") + _N,
    ("Lycée Calmette", "Nice") + _N,
    ("CFA CCI Nice Côte d'Azur", "Nice") + _N,
    ("IDRAC Business School", "Nice") + _N,
    ("Institut Sainte-Geneviève (privé)", "Nice") + _N,
    ("Lycée du Parc impérial", "Nice") + _N,
    ("Lycée Thierry Maulnier", "Nice") + _N,
    ("Lycée Carnot", "Cannes") + _C,
    ("Lycée Stanislas (privé)", "Cannes") + _C,
    ("Lycée Tocqueville", "Grasse") + _C,
    ("Lycée Audiberti", "Antibes") + _C,
    ("Lycée Simone Veil", "Valbonne") + _C,
    ("Lycée Alexis de Tocqueville (section européenne)", "Grasse") + _C,
    ("Lycée Pierre et Marie Curie", "Menton") + _N,
    ("Lycée Dumont d'Urville", "Toulon") + _T,
    ("Lycée Raynouard", "Brignoles") + _T,
    ("Lycée Saint-Exupéry", "Saint-Raphaël") + _T,
    ("Lycée Costebelle", "Hyères") + _T,
    ("Lycée Jean Aicard", "Hyères") + _T,
    ("Lycée du Coudon", "La Garde") + _T,
    ("Lycée Beaussier", "La Seyne-sur-Mer") + _T,
    ("CFA régional du Var", "La Seyne-sur-Mer") + _T,
    ("Lycée Jean Moulin", "Draguignan") + _T,
    ("Lycée Galliéni", "Fréjus") + _T,
    ("Lycée Maintenon (privé)", "Hyères") + _T,
    ("Candidats individuels et CNED (Alpes-Maritimes)", "—") + _N,
    ("Candidats individuels et CNED (Var)", "—") + _T,
]
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours",
             "", "Pascal ORSINI"]
