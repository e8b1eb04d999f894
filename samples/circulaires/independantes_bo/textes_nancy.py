# -*- coding: utf-8 -*-
"""BTS Électrotechnique, académie de Nancy-Metz, session 2027 (fictitious).
LETTRE: the letter as Word's « Texte brut » export (Windows encoding = cp1252, CRLF, tables become tabs).
CSV: annex 1 as Excel « CSV (séparateur : point-virgule) » (cp1252, CRLF)."""

LETTRE = """RÉGION ACADÉMIQUE GRAND EST
Rectorat de l’académie de Nancy-Metz
Division des examens et concours – DEC 3
Bureau des BTS industriels
Affaire suivie par : Mme Solène Kieffer
Tél. : 03 83 86 2X XX – Mél. : ce.dec3-bts@ac-nancy-metz.fr

\t\t\t\t\tNancy, le 16 février 2027

\t\t\t\t\tLa rectrice de la région académique Grand Est,
\t\t\t\t\trectrice de l’académie de Nancy-Metz,
\t\t\t\t\tchancelière des universités

\t\t\t\t\tà

\t\t\t\t\tMesdames et Messieurs les proviseurs
\t\t\t\t\tdes lycées publics et privés sous contrat
\t\t\t\t\tMesdames et Messieurs les directeurs de CFA

Objet : BTS Électrotechnique (ET) – session 2027 – organisation académique des épreuves
Réf. : arrêté du 30 juin 2020 portant définition et fixant les conditions de délivrance du BTS « Électrotechnique » ; note de service nationale du 8 janvier 2027 (calendrier des épreuves écrites).
P.J. : annexe 1 – calendrier académique (fichier « calendrier_et_2027.csv »)

J’ai l’honneur de vous faire connaître les modalités d’organisation de la session 2027 du BTS Électrotechnique dans l’académie de Nancy-Metz. Je vous remercie d’en assurer la diffusion auprès des équipes pédagogiques et des candidats, et de veiller à sa mise en œuvre.

1. Surveillance des épreuves écrites

Chaque établissement de formation communique au centre d’écrit dont il dépend la liste des professeurs mis à disposition pour la surveillance avant le vendredi 19 mars 2027, délai de rigueur. Les frais de déplacement des surveillants ne sont pas pris en charge ; les examinateurs des épreuves orales perçoivent l’indemnité forfaitaire réglementaire (15,25 € par demi-journée à titre indicatif).

2. Dossier technique du projet (unité U51)

Le dossier technique du projet est déposé en deux exemplaires papier et un exemplaire numérique (clé USB ou lien de dépôt)…
\t• date limite : vendredi 2 avril 2027 à 12 h 00, délai de rigueur ;
\t• lieu : Lycée Henri Loritz, 29 rue des Jardiniers, 54000 Nancy (secrétariat du DDFPT) ;
\t• tout dossier parvenu après cette date est refusé – aucune relance ne sera faite.
La commission de contrôle de conformité se réunit le jeudi 8 avril 2027 à 14 h 00 au Lycée Henri Loritz. Les établissements sont informés des dossiers non conformes au plus tard la veille des vacances de printemps (du samedi 17 avril au lundi 3 mai 2027).

3. Épreuves écrites ponctuelles

Les épreuves écrites se déroulent aux dates fixées nationalement, dans les trois centres d’écrit suivants :
\t– Lycée Henri Loritz – 29 rue des Jardiniers – 54000 Nancy ;
\t– Lycée Louis Vincent – 20 rue de Verdun – 57000 Metz ;
\t– Lycée Jules Ferry – 1 rue du Lycée – 88100 Saint-Dié-des-Vosges.

Unité\tIntitulé\tDate\tHoraire
U1\tCulture générale et expression\tmardi 11 mai 2027\t14 h 00 – 18 h 00
U2\tAnglais\tmercredi 12 mai 2027\t10 h 00 – 12 h 00
U41\tPré-étude et modélisation\tmercredi 12 mai 2027\t14 h 00 – 18 h 00
U31\tMathématiques\tjeudi 13 mai 2027\t10 h 00 – 12 h 00
U42\tConception et industrialisation\tjeudi 13 mai 2027\t14 h 00 – 18 h 00

L’unité U32 (physique-chimie) est évaluée en contrôle en cours de formation pour les candidats scolaires et apprentis : aucune date académique n’est fixée.
Rappel : aucune épreuve n’a lieu le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte).

4. Épreuves orales

Une commission d’harmonisation réunit les examinateurs de l’unité U51 le lundi 24 mai 2027 à 9 h 30 au Lycée Henri Loritz (salle B 112).
\t• U51 – Projet (soutenance) : du lundi 31 mai au vendredi 4 juin 2027, au Lycée Henri Loritz (Nancy) et au Lycée Louis Vincent (Metz) ;
\t• U61 – Rapport d’activités en entreprise : du mardi 8 au jeudi 10 juin 2027, dans les mêmes centres.
Les convocations des examinateurs sont adressées par l’application IMAG’IN ; l’ordre de passage des candidats est affiché dans les centres.

5. Notes, jury et résultats

Les notes des unités orales et des CCF sont saisies dans LOTANET au plus tard le vendredi 11 juin 2027. Les livrets scolaires sont déposés le même jour dans le centre d’oral.
Le jury de délibération se réunit le mercredi 23 juin 2027 à 9 h 00 au Lycée Henri Loritz, Nancy.
Les résultats sont publiés le vendredi 25 juin 2027 à partir de 10 h 00 sur le site de l’académie ; aucun résultat n’est communiqué par téléphone.

Je sais pouvoir compter sur votre collaboration et sur l’engagement de tous – « chacun à sa place » – pour la réussite de cette session.

\t\t\t\t\tPour la rectrice et par délégation,
\t\t\t\t\tle chef de la division des examens et concours,
\t\t\t\t\tBenoît Cœurdevey
"""

# Excel sheet « Calendrier » (the sheet « Centres » was not exported: CSV keeps only the active sheet)
CSV = [
    ["BTS ÉLECTROTECHNIQUE – SESSION 2027 – ACADÉMIE DE NANCY-METZ", "", "", "", "", "", "", "", "", ""],
    ["Annexe 1 : calendrier académique (les centres d’écrit figurent dans l’onglet « Centres »)", "", "", "", "", "", "", "", "", ""],
    ["", "", "", "", "", "", "", "", "", ""],
    ["Étape", "Unité", "Intitulé", "Jour", "Date", "Date de fin", "Début", "Fin", "Lieu", "Observations"],
    ["Dépôt dossier", "U51", "Dossier technique du projet", "vendredi", "02/04/2027", "", "", "12:00", "Lycée Henri Loritz – NANCY", "délai de rigueur ; 2 ex. papier + 1 numérique"],
    ["Conformité", "U51", "Contrôle de conformité des dossiers", "jeudi", "08/04/2027", "", "14:00", "", "Lycée Henri Loritz – NANCY", ""],
    ["Férié", "", "Ascension – aucune épreuve", "jeudi", "06/05/2027", "", "", "", "", ""],
    ["Écrit", "U1", "Culture générale et expression", "mardi", "11/05/2027", "", "14:00", "18:00", "voir onglet « Centres »", "4 h"],
    ["Écrit", "U2", "Anglais", "mercredi", "12/05/2027", "", "10:00", "12:00", "voir onglet « Centres »", "2 h"],
    ["Écrit", "U41", "Pré-étude et modélisation", "mercredi", "12/05/2027", "", "14:00", "18:00", "voir onglet « Centres »", "4 h"],
    ["Écrit", "U31", "Mathématiques", "jeudi", "13/05/2027", "", "10:00", "12:00", "voir onglet « Centres »", "2 h – calculatrice « mode examen »"],
    ["Écrit", "U42", "Conception et industrialisation", "jeudi", "13/05/2027", "", "14:00", "18:00", "voir onglet « Centres »", "4 h"],
    ["Férié", "", "Lundi de Pentecôte", "lundi", "17/05/2027", "", "", "", "", ""],
    ["Réunion", "U51", "Commission d’harmonisation des examinateurs", "lundi", "24/05/2027", "", "09:30", "", "Lycée Henri Loritz – NANCY", "salle B 112"],
    ["Oral", "U51", "Projet – soutenance", "lundi", "31/05/2027", "04/06/2027", "", "", "Lycée Henri Loritz (NANCY) ; Lycée Louis Vincent (METZ)", ""],
    ["Oral", "U61", "Rapport d’activités en entreprise", "mardi", "08/06/2027", "10/06/2027", "", "", "Lycée Henri Loritz (NANCY) ; Lycée Louis Vincent (METZ)", ""],
    ["Notes", "", "Saisie des notes dans LOTANET (oraux et CCF)", "vendredi", "11/06/2027", "", "", "", "", "au plus tard"],
    ["Jury", "", "Jury de délibération", "mercredi", "23/06/2027", "", "09:00", "", "Lycée Henri Loritz – NANCY", ""],
    ["Résultats", "", "Publication des résultats", "vendredi", "25/06/2027", "", "10:00", "", "site de l’académie", "à partir de 10 h"],
]
