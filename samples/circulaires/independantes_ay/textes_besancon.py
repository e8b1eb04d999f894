"""Courriel de la DEC de Besançon, BTS Électrotechnique, session 2029 (fictif), en texte brut."""

MAIL = """\
De : DEC Besançon - Bureau des BTS <ce.dec-bts@ac-besancon.fr>
Envoyé : mardi 3 avril 2029 09:12
À : chefs-centres-bts-et@ac-besancon.fr
Cc : ien-et@ac-besancon.fr; ddfpt-electrotechnique@ac-besancon.fr
Objet : BTS Electrotechnique (ET) - session 2029 - calendrier academique (remplace le tableau joint a mon message du 12 mars)

Mesdames et Messieurs les chefs de centre,

Suite a plusieurs questions, je vous transmets ci-dessous le calendrier de la
session 2029 du BTS Electrotechnique pour l'academie de Besancon. Il remplace le
tableau joint a mon message du 12 mars 2029, qui comportait des erreurs.
Les heures indiquees sont celles de Besancon.

Pour la lecture des echeances :
  J = premier jour des epreuves ecrites, soit le lundi 14 mai 2029.
  "J-10" signifie dix jours calendaires avant J.


1) DOSSIERS DE PROJET (E6)
--------------------------
Les dossiers de projet de l'epreuve E6 (Conduite de projet / chantier) sont a
deposer au lycee Jules-Haag, 1 rue Labbe, 25000 Besancon, a J-10 avant midi
(12 h), en deux exemplaires papier et une version numerique.

La commission de controle de conformite se reunira la semaine suivant le depot.
La date exacte vous sera communiquee ulterieurement.


2) EPREUVES ECRITES
-------------------
* lundi 14 mai 2029
    E1  Culture generale et expression ............ 14 h - 18 h
* le lendemain
    E31 Mathematiques ............................. 8 h - 10 h
    E32 Physique et chimie ........................ 10 h 30 - 12 h 30
* mercredi 16 mai 2029
    E41 Etude d'un systeme technique : pre-etude .. 8 h - 12 h
    E2  Anglais ................................... le meme jour a 14 h (duree : 2 h)

E42 (Conception et industrialisation) : CCF uniquement pour tous les candidats,
aucune convocation.

Centres d'ecrit :
  - Lycee Jules-Haag, 1 rue Labbe, 25000 Besancon
  - Lycee Georges-Cuvier, 1 place Joffre, 25200 Montbeliard
  - Lycee Xavier-Marmier, 53 rue de Doubs, 25300 Pontarlier

Les copies sont acheminees par les centres au lycee Jules-Haag (centre de
correction) le lendemain de la derniere epreuve ecrite, avant 10 h.


3) EPREUVES ORALES
------------------
E6 : du premier lundi de juin au mercredi de la meme semaine, au lycee
     Georges-Cuvier de Montbeliard. Reunion d'entente des commissions E6 le
     vendredi precedant le premier oral, a 14 h, au meme lycee.

E5 (Projet technique, soutenance) : la semaine suivante, du lundi au mercredi,
     au lycee Jules-Haag de Besancon.

Rappel : lundi 21 mai 2029 (Pentecote) et jeudi 10 mai 2029 (Ascension) sont
feries ; aucune operation n'est prevue ces jours-la.


4) JURY ET RESULTATS
--------------------
Deliberation : mardi 26 juin 2029 a 9 h, rectorat de Besancon, salle Vauban.
Publication des resultats : le lendemain a 14 h.


Je vous remercie de diffuser ce message aux equipes concernees.

Bien cordialement,

--
Thibault Girardot
Chef du bureau des BTS - DEC 3
Rectorat de l'academie de Besancon
10 rue de la Convention - 25030 Besancon Cedex
"""
