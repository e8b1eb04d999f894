"""Courriel fictif (texte brut) : BTS Comptabilité et gestion (CG), académie de Limoges, session 2026.
Chaque ligne du calendrier porte une étiquette entre crochets : [CONFIRMÉ], [MODIFIÉ], [SOUS RÉSERVE],
[À PRÉCISER] ; la date prévisionnelle est rappelée après « prévu : » et la date définitive après « => »."""

MAIL = """\
From: DEC Limoges - Bureau des BTS <dec-bts@ac-limoges.example>
To: Proviseurs lycees BTS CG <liste-bts-cg@ac-limoges.example>
Cc: IA-IPR economie-gestion <ipr-ecogest@ac-limoges.example>
Date: Tue, 3 Mar 2026 10:42:17 +0100
Subject: BTS CG session 2026 - calendrier definitif (remplace le previsionnel)
Content-Type: text/plain; charset=UTF-8

Mesdames et Messieurs les proviseurs,

Limoges, le 3 mars 2026

Le calendrier previsionnel de la session 2026 du BTS Comptabilite et gestion
(CG), diffuse le 12 janvier 2026, comportait des dates provisoires. Vous
trouverez ci-dessous, pour chaque ligne, la date prevue puis la date retenue.

Legende :
  [CONFIRME]      la date prevue est maintenue telle quelle
  [MODIFIE]       la date prevue est remplacee par la date apres "=>"
  [FIXE]          la date n'etait pas connue ; elle est fixee apres "=>"
  [SOUS RESERVE]  date toujours provisoire, confirmation par note ulterieure
  [A PRECISER]    aucune date a ce jour

--- Epreuves ecrites -----------------------------------------------------

[FIXE]      E41 Traitement et controle des operations comptables,
            fiscales et sociales (partie ecrite de E4)
            prevu : semaine 20 (date exacte communiquee ulterieurement)
            => lundi 11 mai 2026, 13h30 - 17h30

[CONFIRME]  E1 Culture generale et expression
            prevu : mardi 12 mai 2026, 14h - 18h (a confirmer)

[FIXE]      E2 Langue vivante etrangere : anglais
            prevu : xx/05/2026 (matin)
            => mercredi 13 mai 2026, 9h - 11h

[CONFIRME]  E3 Mathematiques appliquees
            prevu : mercredi 13 mai 2026, 14h - 16h (sous reserve)

[MODIFIE]   E5 Situations de controle de gestion et d'analyse financiere
            prevu : vendredi 22 mai 2026 (sous reserve)
            => mardi 19 mai 2026, 14h - 18h

--- Epreuves orales ------------------------------------------------------

[FIXE]      E42 Oral (partie orale de E4)
            prevu : date a preciser
            => du lundi 1er au vendredi 5 juin 2026

[CONFIRME]  Depot des dossiers E6 (parcours de professionnalisation)
            prevu : mercredi 20 mai 2026, avant 16h

[FIXE]      Controle de conformite des dossiers E6
            prevu : semaine 22 (date exacte communiquee ulterieurement)
            => mardi 26 mai 2026, 14h

[FIXE]      E6 Parcours de professionnalisation (oral)
            prevu : voir note ulterieure
            => du lundi 8 au mercredi 10 juin 2026

[SOUS RESERVE] Reunion d'entente des examinateurs E6
            prevu : jeudi 4 juin 2026 (sous reserve)

--- Deliberation -----------------------------------------------------------

[FIXE]      Jury de deliberation
            prevu : xx/06/2026
            => jeudi 2 juillet 2026, 9h30, rectorat de Limoges

[A PRECISER] Publication des resultats
            prevu : date a preciser

--- Centres ----------------------------------------------------------------

Ecrits (E1, E2, E3, E41, E5) :
  - Lycee Turgot, 6 rue Paul-Derignac, 87000 Limoges
  - Lycee Edmond-Perrier, 6 avenue Henri-de-Bournazel, 19000 Tulle
Oraux E42 et E6, depot des dossiers E6, controle de conformite :
  - Lycee Turgot, Limoges

Rappel : le lundi 25 mai 2026 (lundi de Pentecote) est ferie ; aucune
convocation ne sera emise pour ce jour.

Bien cordialement,

--
Bureau des BTS - Division des examens et concours
Rectorat de l'academie de Limoges
13 rue Francois-Chenieux - 87031 Limoges Cedex 1
Gestionnaire : Armelle Peyrichou
"""
