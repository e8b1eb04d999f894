# -*- coding: utf-8 -*-
"""Circulaire fictive (PDF dessiné avec reportlab) et courriel imprimé : BTS Comptabilité et gestion,
académie de La Réunion, session 2028. Heures légales de La Réunion (UTC+4), Paris + 2 h en mai-juin."""

STEM = "circulaire_cg_2028_la-reunion"
STEM_COURRIEL = "courriel_cg_2028_la-reunion"

EN_TETE = ["ACADÉMIE DE LA RÉUNION", "Rectorat", "Division des examens et concours", "Bureau DEC 3 – BTS"]
COORD = ["Rectorat de La Réunion", "24 avenue Georges Brassens", "97702 Saint-Denis Messag Cedex 9",
         "Affaire suivie par : Mme Nathalie Payet", "Tél. 0262 48 10 10"]
LIEU_DATE = "Saint-Denis, le 7 février 2028"
OBJET = "Objet : BTS COMPTABILITÉ ET GESTION (CG) – session 2028 – calendrier et organisation"
REFS = ["Réf. : – arrêté du 3 avril 2018 portant définition et fixant les conditions de délivrance du BTS "
        "« Comptabilité et gestion » ;",
        "– circulaire nationale d'organisation du 10 janvier 2028."]
# Deux colonnes de texte en page 1
COLONNE_A = [
    "La présente circulaire fixe, pour l'académie de La Réunion, le calendrier de la session 2028 du BTS "
    "Comptabilité et gestion. Les épreuves écrites nationales se déroulent simultanément sur l'ensemble du "
    "territoire : les horaires indiqués ci-après sont donc exprimés en heure légale de La Réunion, l'heure de "
    "Paris n'étant rappelée que pour information.",
    "Les chefs de centre veilleront à ouvrir les sujets en présence des candidats et à respecter strictement "
    "l'heure de début. Aucun candidat ne peut être admis en salle au-delà d'une heure après le début de "
    "l'épreuve.",
]
COLONNE_B = [
    "L'épreuve E5 comporte deux sous-épreuves écrites : E5-A « Traitement et contrôle des opérations "
    "comptables, fiscales et sociales » et E5 – B « Situations de contrôle de gestion et d'analyse financière ».",
    "L'épreuve E6 « Parcours de professionnalisation » est une épreuve orale qui prend appui sur un dossier. "
    "L'unité facultative EF1 (langue vivante) est orale.",
    "Le jeudi 25 mai 2028 (Ascension) est férié.",
]
TITRE_CAL = "ANNEXE 1 – CALENDRIER DES ÉPREUVES ÉCRITES"
ENTETE_CAL = ["Date", "Code", "Épreuve", "Durée", "Heure de Paris", "Heure de La Réunion (1)", "Observations"]
CAL = [
    ["lundi 15 mai 2028", "E4", "Culture économique, juridique et managériale", "4 h", "08:00 – 12:00",
     "10:00 – 14:00", ""],
    ["mardi 16 mai 2028", "E1", "Culture générale et expression", "4 h", "13:00 – 17:00", "15:00 – 19:00",
     "Dictionnaire interdit"],
    ["mercredi 17 mai 2028", "E2", "Langue vivante étrangère : anglais (écrit)", "2 h", "08:00 – 10:00",
     "10:00 – 12:00", ""],
    ["mercredi 17 mai 2028", "E3", "Mathématiques appliquées", "2 h", "13:00 – 15:00", "15:00 – 17:00",
     "Calculatrice en mode examen (2)"],
    ["jeudi 18 mai 2028", "E5-A", "Traitement et contrôle des opérations comptables, fiscales et sociales",
     "4 h", "08:00 – 12:00", "10:00 – 14:00", "PGI sur poste"],
    ["vendredi 19 mai 2028", "E5 – B", "Situations de contrôle de gestion et d'analyse financière", "3 h",
     "08:00 – 11:00", "10:00 – 13:00", ""],
]
NOTES_CAL = ["(1) Heure légale de La Réunion (UTC+4). Les convocations indiquent uniquement l'heure locale.",
             "(2) Circulaire n° 2015-178 du 1er octobre 2015 relative à l'utilisation des calculatrices."]
TITRE_ORG = "ANNEXE 2 – ORAUX, DOSSIERS ET CALENDRIER DE GESTION"
ENTETE_ORG = ["Opération", "Date(s)", "Heure locale", "Lieu"]
ORG = [
    ["Date limite de dépôt des dossiers E6 (2 exemplaires)", "mercredi 26 avril 2028", "12 h", "Rectorat – DEC 3"],
    ["Contrôle de conformité des dossiers E6", "jeudi 4 mai 2028", "8 h 30", "Rectorat – DEC 3"],
    ["Numérisation des copies E1, E3, E4, E5-A, E5 – B", "du lundi 22 au mardi 23 mai 2028", "—",
     "Lycée Bellepierre, Saint-Denis"],
    ["Correction dématérialisée des copies", "du mercredi 24 mai au vendredi 2 juin 2028", "—", "à distance"],
    ["Réunion d'entente des examinateurs E6", "vendredi 9 juin 2028", "8 h", "Lycée Bellepierre"],
    ["Épreuve orale E6", "du lundi 12 au vendredi 16 juin 2028", "convocation", "voir centres ci-dessous"],
    ["Épreuve facultative EF1 (oral)", "lundi 19 juin 2028", "convocation", "Lycée Leconte de Lisle"],
    ["Jury de délibération", "jeudi 29 juin 2028", "8 h 30", "Rectorat"],
    ["Publication des résultats", "vendredi 30 juin 2028", "16 h", "Cyclades"],
]
TITRE_CENTRES = "ANNEXE 3 – CENTRES D'ÉPREUVES"
CENTRES = [
    ["Lycée Leconte de Lisle", "Rue Leconte de Lisle, 97490 Sainte-Clotilde", "Saint-Denis",
     "écrits (candidats du Nord et de l'Est), oraux E6, EF1"],
    ["Lycée Roland Garros", "Rue Roland Garros, BP 348, 97839 Le Tampon Cedex", "Le Tampon",
     "écrits (candidats du Sud), oraux E6"],
    ["Lycée Jean Hinglo", "2 rue des Sans-Soucis, 97825 Le Port Cedex", "Le Port",
     "écrits (candidats de l'Ouest)"],
    ["Lycée Bellepierre", "Avenue Gaston Monnerville, 97475 Saint-Denis Cedex", "Saint-Denis",
     "numérisation, réunion d'entente"],
]
FORMATION = ("Établissements de formation (ne sont pas centres d'épreuves) : CFA académique de La Réunion "
             "(Saint-Pierre), Institut privé Saint-Charles (Saint-Pierre).")
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours",
             "Olivier Hoarau"]
PIED = "Rectorat de La Réunion – DEC 3 – BTS CG 2028 – page {p}/{n}"

COURRIEL = """De : DEC3 BTS <dec3-bts@ac-reunion.fr>
Envoyé : lundi 22 mai 2028 10:42
À : ce.9740001a@ac-reunion.fr; ce.9740045z@ac-reunion.fr; ddfpt.garros@ac-reunion.fr
Cc : ien-eg@ac-reunion.fr
Objet : RE: BTS CG 2028 - planning des oraux E6 et reunion d'entente
Importance : Haute

Mesdames, Messieurs,

Suite à vos retours, voici le planning définitif de l'épreuve orale E6 « Parcours de
professionnalisation » du BTS Comptabilité et gestion, session 2028 (heures de La Réunion) :

  - Lycée Leconte de Lisle (Saint-Denis) : du lundi 12 au mercredi 14 juin 2028,
    candidats du Nord, de l'Est et de l'Ouest ;
  - Lycée Roland Garros (Le Tampon) : jeudi 15 et vendredi 16 juin 2028, candidats du Sud.

La réunion d'entente des examinateurs E6 se tiendra le vendredi 9 juin 2028 à 8 h au
lycée Bellepierre (Saint-Denis), salle B12. La présence de tous les examinateurs est obligatoire.

Les grilles d'évaluation E6 signées sont à retourner à la DEC 3 (rectorat, Saint-Denis) au plus
tard le lundi 19 juin 2028 à 12 h.

L'oral de l'unité facultative EF1 aura lieu le lundi 19 juin 2028, de 8 h à 12 h, au lycée
Leconte de Lisle.

Pour rappel, le jury de délibération est fixé au jeudi 29 juin 2028 à 8 h 30.

Bien cordialement,

--
Bureau DEC 3 - BTS
Division des examens et concours
Rectorat de La Réunion - 24 avenue Georges Brassens - 97702 Saint-Denis Messag Cedex 9
Tél. 0262 48 10 10

> Le jeu. 11 mai 2028 à 15:07, DDFPT lycée Roland Garros a écrit :
> Bonjour, pouvez-vous nous confirmer les dates des oraux au Tampon ? Merci.
"""
