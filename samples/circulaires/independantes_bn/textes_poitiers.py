"""BTS Maintenance des systèmes (option A), académie de Poitiers, session 2029.
Plain text as typed in a text editor (ISO-8859-1, lines aligned with spaces, some longer than the printer's
line), printed through enscript and a2ps. All names, dates and references are invented."""

TEXTE = """\
ACADEMIE DE POITIERS                               Poitiers, le 22 janvier 2029
Rectorat - Division des examens et concours (DEC 2)
Bureau des examens de l'enseignement supérieur
Dossier suivi par : Mme Laëtitia Bonnaud - tél. 05 16 52 64 18

        Le recteur de l'académie de Poitiers
        à
        Mesdames et Messieurs les chefs d'établissement
        (lycées publics et privés, CFA) préparant au BTS Maintenance des systèmes

OBJET : BTS MAINTENANCE DES SYSTEMES - option A "Systèmes de production" (MS)
        Organisation de la session 2029

REF.  : arrêté du 9 mai 2014 modifié portant définition du BTS Maintenance des systèmes.

=============================================================================================

I. CENTRES D'EPREUVES

   - Lycée Réaumur, 14 rue Guynemer, 86000 Poitiers ....... écrits, U52, jury
   - Lycée Marcel Dassault, 40 avenue Marcel Dassault, 17300 Rochefort ....... écrits, U52
   - Lycée Guez de Balzac, 36 rue du Minage, 16000 Angoulême ....... écrits, U61, U62

II. UNITES CONSTITUTIVES DU DIPLOME

   U1   Culture générale et expression            écrit     4 h
   U2   Langue vivante étrangère : anglais        écrit     2 h
   U3   Mathématiques et physique-chimie
          U31  Mathématiques                      écrit     2 h
          U32  Physique-chimie                    écrit     2 h
   U4   Analyse technique en vue de l'intégration d'un bien     écrit     4 h
   U5   Activités de maintenance
          U51  Maintenance corrective (CCF)
          U52  Organisation de la maintenance     pratique  6 h
   U6   Epreuve professionnelle de synthèse
          U61  Activités de maintenance en entreprise       oral
          U62  Rapport de stage                   oral      30 min

III. CALENDRIER DES EPREUVES ECRITES (heure locale)

   DATE                        UNITE  EPREUVE                                             HORAIRE
   --------------------------  -----  --------------------------------------------------  ---------------
   Lundi 14 mai 2029           U1     Culture générale et expression                      14h00 - 18h00
   Mardi 15 mai 2029           U2     Langue vivante étrangère : anglais                  10h00 - 12h00
   Mardi 15 mai 2029           U31    Mathématiques                                       14h00 - 16h00
   Mercredi 16 mai 2029        U32    Physique-chimie                                     10h00 - 12h00
   Mercredi 16 mai 2029        U4     Analyse technique en vue de l'intégration d'un bien 14h00 - 18h00

   NB : le jeudi 10 mai 2029 (Ascension) et le vendredi 11 mai 2029 (pont) sont vaqués ; aucune
   convocation ne doit être fixée ces jours-là.

IV. EPREUVES PRATIQUES ET ORALES

   U51 (CCF)  : les notes proposées sont saisies dans l'application au plus tard le vendredi 25 mai 2029.
   U52        : du lundi 28 mai au vendredi 1er juin 2029, lycées Réaumur (Poitiers) et Marcel Dassault (Rochefort).
   U61        : du lundi 4 juin au mercredi 6 juin 2029, lycée Guez de Balzac (Angoulême).
   U62        : jeudi 7 et vendredi 8 juin 2029, lycée Guez de Balzac (Angoulême).

V. RAPPORTS DE STAGE (U62)

   Date limite de dépôt des rapports au lycée Guez de Balzac : mercredi 4 avril 2029 à 17h00.
   Contrôle de conformité : jeudi 12 avril 2029 à 10h00, au même lycée.
   Tout rapport parvenu après la date limite est déclaré non conforme ; le candidat ne peut alors pas être
   interrogé à l'unité U62.

VI. JURY ET RESULTATS

   Délibération du jury : mercredi 27 juin 2029 à 9h30, lycée Réaumur, Poitiers.
   Publication des résultats : vendredi 29 juin 2029 à 14h00.

Pour mémoire, la session 2028 s'était achevée par la publication des résultats le 30 juin 2028.

                                      Pour le recteur et par délégation,
                                      Le chef de la division des examens et concours
                                      Yannick Perrochon
"""
