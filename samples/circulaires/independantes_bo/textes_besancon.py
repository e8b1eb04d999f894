# -*- coding: utf-8 -*-
"""BTS Conception et réalisation de systèmes automatiques, académie de Besançon, session 2028 (fictitious).
LETTRE: typed in Windows Notepad and saved as « Unicode » (UTF-16 LE with BOM, CRLF).
CALENDRIER: Excel sheet saved as « Texte Unicode (*.txt) » (UTF-16 LE with BOM, tab-separated, CRLF,
multi-line cells quoted with a bare LF inside)."""

LETTRE = """Rectorat de l'académie de Besançon
DEC - Pôle des examens de l'enseignement technologique et professionnel
10 rue de la Convention - 25030 Besançon Cedex
Affaire suivie par : M. Thibault Grandjean - poste 52 18

Besançon, le 2 mars 2028

Objet : BTS CONCEPTION ET RÉALISATION DE SYSTÈMES AUTOMATIQUES (CRSA) - SESSION 2028
        Organisation des épreuves dans l'académie de Besançon

Références : arrêté du 17 juillet 2019 portant définition du BTS CRSA ;
             circulaire nationale d'organisation du 14 janvier 2028.

Destinataires : Mesdames et Messieurs les chefs d'établissement (lycées publics et privés, CFA, GRETA)

-------------------------------------------------------------------------------
I. CENTRES D'ÉPREUVES
-------------------------------------------------------------------------------

  Centre                        Adresse                               Épreuves
  Lycée Jules Haag              1 rue Labbé, 25000 Besançon           écrits, oraux, jury
  Lycée Édouard Belin           18 rue Édouard Belin, 70000 Vesoul    écrits
  Lycée Cuvier                  1 place du Champ de Foire,            écrits, oraux
                                25200 Montbéliard

-------------------------------------------------------------------------------
II. DOSSIER DU PROJET INDUSTRIEL (U62)
-------------------------------------------------------------------------------

Dépôt des dossiers → au plus tard le vendredi 7 avril 2028 à 17 h 00
                     Lycée Jules Haag, bureau du DDFPT (bâtiment C)
Contrôle de conformité → mercredi 12 avril 2028 à 14 h 00, même lieu.

Un dossier non conforme ou non déposé entraîne l'attribution de la mention « non valide » à l'unité U62 ;
le candidat ne peut pas être interrogé.

-------------------------------------------------------------------------------
III. ÉPREUVES ÉCRITES (dates nationales)
-------------------------------------------------------------------------------

  mardi 9 mai 2028       14h00-18h00   U1   Culture générale et expression
  mercredi 10 mai 2028   10h00-12h00   U2   Anglais
  mercredi 10 mai 2028   14h00-18h00   U4   Conception préliminaire d'un système automatisé
  jeudi 11 mai 2028      10h00-12h00   U31  Mathématiques
  vendredi 12 mai 2028   08h00-12h00   U51  Conception détaillée - chaîne d'énergie et d'information

U32 (physique-chimie) : contrôle en cours de formation, sans date académique.
NB : lundi 8 mai 2028 férié ; jeudi 25 mai 2028 (Ascension) et lundi 5 juin 2028 (Pentecôte) : établissements fermés.

-------------------------------------------------------------------------------
IV. ÉPREUVES ORALES ET PRATIQUES
-------------------------------------------------------------------------------

  U52  Réalisation et mise au point        du mardi 30 mai au vendredi 2 juin 2028
                                           Lycée Jules Haag et Lycée Cuvier
  U61  Rapport d'activités en entreprise   du mardi 6 au vendredi 9 juin 2028
  U62  Projet industriel (soutenance)      du mardi 6 au vendredi 9 juin 2028
                                           Lycée Jules Haag uniquement

Les livrets scolaires sont transmis au Lycée Jules Haag au plus tard le vendredi 16 juin 2028.

-------------------------------------------------------------------------------
V. JURY - RÉSULTATS
-------------------------------------------------------------------------------

Jury de délibération : mardi 27 juin 2028 à 14 h 00, Lycée Jules Haag (salle du conseil).
Publication des résultats : vendredi 30 juin 2028 à 10 h 00 (site académique et Cyclades).

Pour le recteur et par délégation,
La cheffe de la division des examens et concours
Maëlle Œhlmann
"""

NL = "\n"  # bare LF inside a quoted Excel cell
CALENDRIER = [
    ["BTS CRSA - session 2028 - calendrier académique (Besançon)", "", "", "", "", ""],
    ["Unité", "Intitulé", "Nature", "Date", "Horaire", "Lieu"],
    ["U62", "Dépôt du dossier de projet industriel", "dépôt", "07/04/2028", "avant 17:00", "Lycée Jules Haag" + NL + "BESANÇON"],
    ["U62", "Contrôle de conformité", "commission", "12/04/2028", "14:00", "Lycée Jules Haag" + NL + "BESANÇON"],
    ["U1", "Culture générale et expression", "écrit", "09/05/2028", "14:00-18:00", "Haag (Besançon), Belin (Vesoul), Cuvier (Montbéliard)"],
    ["U2", "Anglais", "écrit", "10/05/2028", "10:00-12:00", "Haag (Besançon), Belin (Vesoul), Cuvier (Montbéliard)"],
    ["U4", "Conception préliminaire d'un système automatisé", "écrit", "10/05/2028", "14:00-18:00", "Haag (Besançon), Belin (Vesoul), Cuvier (Montbéliard)"],
    ["U31", "Mathématiques", "écrit", "11/05/2028", "10:00-12:00", "Haag (Besançon), Belin (Vesoul), Cuvier (Montbéliard)"],
    ["U32", "Physique-chimie", "CCF", "", "", "établissement de formation"],
    ["U51", "Conception détaillée", "écrit", "12/05/2028", "08:00-12:00", "Haag (Besançon), Belin (Vesoul), Cuvier (Montbéliard)"],
    ["U52", "Réalisation et mise au point", "pratique", "du 30/05/2028 au 02/06/2028", "", "Lycée Jules Haag" + NL + "Lycée Cuvier (Montbéliard)"],
    ["U61", "Rapport d'activités en entreprise", "oral", "du 06/06/2028 au 09/06/2028", "", "Lycée Jules Haag"],
    ["U62", "Projet industriel - soutenance", "oral", "du 06/06/2028 au 09/06/2028", "", "Lycée Jules Haag"],
    ["", "Jury de délibération", "jury", "27/06/2028", "14:00", "Lycée Jules Haag - salle du conseil"],
    ["", "Publication des résultats", "résultats", "30/06/2028", "10:00", "site académique \"Cyclades\""],
]
