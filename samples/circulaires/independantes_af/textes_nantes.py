# -*- coding: utf-8 -*-
"""Courriel en texte brut (tableau aligné par espaces), BTS Électrotechnique, académie de Nantes, session 2027."""

COURRIEL = """\
De : DEC 2 - Examens post-bac <dec2-bts@ac-nantes.fr>
Date : mar. 9 févr. 2027 10:42
À : ddfpt-liste@ac-nantes.fr
Cc : ien-sti@ac-nantes.fr
Objet : [BTS ELT 2027] Calendrier et organisation - a diffuser aux equipes

Bonjour,

Veuillez trouver ci-dessous le calendrier de la session 2027 du BTS
Electrotechnique (ELT) pour l'académie de Nantes. Ce message remplace le
courriel envoyé le 2 févr. 2027, dont le tableau comportait une coquille.

1) EPREUVES ECRITES (heure de Nantes)

  Epreuve                              Date            Horaire          Duree
  -----------------------------------  --------------  ---------------  -----
  E1    Culture generale et expression lun. 10/05/27   14h00 - 18h00    4 h
  E2    Anglais                        mar. 11/05/27   10h00 - 12h00    2 h
  E.4.1 Pre-etude et modelisation      mar. 11/05/27   14h00 - 18h00    4 h
  E.4.2 Conception et                  mer. 12/05/27   08h00 - 14h00    6 h
        industrialisation
  -----------------------------------  --------------  ---------------  -----

  E31 (Mathematiques) et E32 (Physique-chimie) : CCF pour tous les
  candidats de l'académie, pas de convocation.

2) EPREUVES PRATIQUES ET ORALES

  E5  Intervention sur un equipement  du lun. 31/05/27 au ven. 04/06/27
      electrique (pratique)           (convocations individuelles)

  E6-1 Rapport d'activites en entreprise
  E6-2 Projet
       - rapports E61 et dossiers projet E62 : a deposer au lycee Livet
         au plus tard le ven. 02/04/27 a 17h
       - commission de conformite E61/E62 : jeu. 15/04/27 a 14:00
       - reunion d'harmonisation des jurys E62 : lun. 07/06/27 a 08h30
       - soutenances E62 : du lun. 07/06/27 au jeu. 10/06/27

3) CENTRES

  Centre                          Adresse                         Epreuves
  ------------------------------  ------------------------------  ---------------
  Lycee Livet                     16 rue Dufour                   ecrits, E5, E62
                                  44042 Nantes CEDEX 1
  Lycee Sadi Carnot - Jean Bertin 25 rue Marceau                  ecrits, E5
                                  49400 Saumur
  Lycee Pierre Mendes France      Boulevard Arago                 ecrits
                                  85021 La Roche-sur-Yon CEDEX
  ------------------------------  ------------------------------  ---------------

4) DELIBERATIONS ET RESULTATS

  Jury : ven. 02/07/27 - 09h00, lycee Livet.
  Resultats : mer. 07/07/27 a partir de 14h00 (site Cyclades).

Rappel : le lundi 29/03/27 (Paques) et le jeudi 06/05/27 (Ascension) sont
feries ; les etablissements restent fermes.

Merci de faire suivre aux professeurs concernes.

Cordialement,

--
Bureau DEC 2 - BTS secteur industriel
Rectorat de l'academie de Nantes
4 rue de la Houssiniere - BP 72616 - 44326 Nantes CEDEX 3
Tel. 02 40 37 37 37

> Le 2 févr. 2027 à 16:05, DEC 2 - Examens post-bac a écrit :
> Bonjour, premiere version du calendrier ELT 2027 (annule et remplace
> par le present message).
"""
