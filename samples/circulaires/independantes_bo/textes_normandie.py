# -*- coding: utf-8 -*-
"""BTS Études et réalisation d'agencement, académie de Normandie, session 2029 (fictitious).
LETTRE: plain text saved by an old Mac editor: Mac OS Roman, CR line endings, no declaration."""

LETTRE = """ACADÉMIE DE NORMANDIE
Rectorat – Division des examens et concours (DEC 2), site de Caen
168 rue Caponière – 14061 Caen Cedex
Dossier suivi par : Mme Armelle Lefrançois

Caen, le 13 février 2029

Le recteur de la région académique Normandie
à
Mesdames et Messieurs les chefs d’établissement
(lycées publics et privés, CFA)

OBJET : BTS Études et réalisation d’agencement (ERA) – session 2029
Calendrier et organisation des épreuves

RÉFÉRENCES : arrêté du 12 août 2021 portant définition du BTS « Études et réalisation d’agencement » ; note de service nationale du 11 janvier 2029.

Vous trouverez ci-après les informations nécessaires à l’organisation de la session 2029. Je vous remercie de les porter à la connaissance des candidats, des professeurs et des maîtres d’apprentissage.

1 – CENTRES

• Lycée Marcel Sembat, 128 rue Léon Salva, 76300 Sotteville-lès-Rouen : centre pilote (dépôt des dossiers, conformité, oraux U52) ;
• Lycée Pierre-Simon Laplace, 130 rue de la Délivrande, 14000 Caen : centre d’écrit, oraux U61 et U62, jury ;
• Lycée Aristide Briand, 2 rue Pierre Sémard, 27000 Évreux : centre d’écrit.

2 – DOSSIERS (U52 et U62)

Les dossiers « réalisation » (U52) et « présentation de l’activité professionnelle » (U62) sont remis au Lycée Marcel Sembat au plus tard le vendredi 16 mars 2029 à 12 h 00 (cachet de l’établissement faisant foi pour les envois postaux).
Le contrôle de conformité a lieu le mardi 27 mars 2029 à 14 h 00 au Lycée Marcel Sembat ; les établissements sont avisés sans délai des dossiers non conformes.

3 – ÉPREUVES ÉCRITES

mardi 15 mai 2029 ……… U1 Culture générale et expression ……… 14 h 00 – 18 h 00
mercredi 16 mai 2029 … U2 Anglais ……………………………………… 10 h 00 – 12 h 00
mercredi 16 mai 2029 … U41 Analyse d’un projet d’agencement … 14 h 00 – 18 h 00
jeudi 17 mai 2029 ……… U51 Conception technique (6 h) ………… 8 h 00 – 14 h 00
vendredi 18 mai 2029 … U3 Mathématiques ……………………………… 10 h 00 – 12 h 00

Pour l’unité U51 (épreuve de 6 heures), les candidats sont autorisés à se restaurer en salle à partir de 11 h 00, sans interruption de l’épreuve.
La réunion d’entente des correcteurs de l’unité U51 se tient le vendredi 18 mai 2029 à 14 h 30 au Lycée Pierre-Simon Laplace, à Caen.
L’unité U42 (arts appliqués à l’agencement) est évaluée en CCF dans les établissements.
Rappel des jours fériés : mardi 8 mai 2029, jeudi 10 mai 2029 (Ascension), lundi 21 mai 2029 (Pentecôte).

4 – ÉPREUVES ORALES

U52 – Réalisation d’un agencement : du lundi 28 mai au vendredi 1er juin 2029, Lycée Marcel Sembat.
U61 – Soutenance du rapport de stage et U62 – Présentation de l’activité professionnelle : du mardi 5 au jeudi 7 juin 2029, Lycée Pierre-Simon Laplace.

5 – JURY ET RÉSULTATS

Le jury de délibération se réunit le mardi 26 juin 2029 à 9 h 30 au Lycée Pierre-Simon Laplace.
Les résultats sont publiés le jeudi 28 juin 2029 à 15 h 00.
Les copies et les dossiers sont conservés par le centre pilote jusqu’au lundi 31 décembre 2029.

Les frais de reprographie des sujets de secours (environ 0,12 € la page) sont à la charge du centre d’écrit. Je remercie chacun pour son concours à la bonne marche de cette session et pour le soin apporté à l’œuvre commune.

Pour le recteur et par délégation,
Le chef de la DEC,
Hervé Mœglin
"""
