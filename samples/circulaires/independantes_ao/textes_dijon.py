# -*- coding: utf-8 -*-
"""Chaîne de courriels fictive : BTS Professions immobilières, académie de Dijon, session 2027.
Le message le plus récent (en haut) corrige deux dates du message transféré (en bas)."""

MAIL = """\
De : Sophie MARCHETTI <sophie.marchetti@ac-dijon.fr>
Envoyé : jeudi 11 mars 2027 09:14
À : Liste BTS-PI-Etablissements <bts-pi-etab@ac-dijon.fr>
Cc : DEC 3 <dec3@ac-dijon.fr>
Objet : TR: BTS Professions immobilières - session 2027 - calendrier des épreuves [RECTIFICATIF]

Mesdames et Messieurs les chefs d'établissement,

Je vous transfère ci-dessous le message du 2 mars, qui comportait deux erreurs. Merci de tenir compte
des corrections suivantes, qui annulent les dates correspondantes du message d'origine :

  1) Oral E51 - Transaction immobilière : du mardi 25 mai au jeudi 27 mai 2027
     (et non du mardi 18 au jeudi 20 mai comme indiqué plus bas), toujours au lycée Hippolyte-Fontaine, Dijon.

  2) Dépôt des dossiers E51 et E52 : au plus tard le vendredi 9 avril 2027 à 16 h
     (et non le vendredi 2 avril).

Tout le reste du message est inchangé (écrits, oral E52, EF1, commission de conformité, jury).

PS : les candidats inscrits au titre de la VAE ne sont pas concernés par ce calendrier ; le DAVA
leur adressera directement leur convocation devant le jury.

Bien cordialement,

Sophie Marchetti
Gestionnaire BTS tertiaires - DEC 3
Rectorat de l'académie de Dijon
2G rue Général Delaborde - BP 81921 - 21019 Dijon Cedex
03 80 44 88 31

---------- Message transféré ----------
De : Sophie MARCHETTI <sophie.marchetti@ac-dijon.fr>
Date : mar. 2 mars 2027 à 15:37
Objet : BTS Professions immobilières - session 2027 - calendrier des épreuves
À : Liste BTS-PI-Etablissements <bts-pi-etab@ac-dijon.fr>


Mesdames et Messieurs les chefs d'établissement,

Vous trouverez ci-dessous l'organisation académique de la session 2027 du BTS Professions
immobilières (PI). La circulaire complète suivra par courrier.

1. ÉPREUVES ÉCRITES

Centres d'écrit :
  - Lycée Le Castel, 22 rue Daubenton, 21000 Dijon (Côte-d'Or, Yonne, Nièvre)
  - Lycée Pontus-de-Tyard, 13 rue des Gaillardons, 71100 Chalon-sur-Saône (Saône-et-Loire)

  Date                   Épreuve                                          Horaire
  ---------------------  -----------------------------------------------  -------------
  lundi 10 mai 2027      E1 - Culture générale et expression              14 h - 18 h
  mardi 11 mai 2027      E2 - Langue vivante étrangère (anglais)          10 h - 12 h
  mercredi 12 mai 2027   E3 - Conseil en ingénierie de l'immobilier       9 h - 13 h

Régime particulier : les candidats bénéficiant d'un tiers-temps composent jusqu'à 19 h 20 pour E1,
12 h 40 pour E2 et 14 h 20 pour E3, dans une salle à part du même centre. L'heure de début ne change pas.

2. ÉPREUVES ORALES

  E4 - Communication professionnelle en français et en langue étrangère : évaluée en contrôle en cours
  de formation dans les établissements ; aucune convocation n'est émise par le rectorat.

  E5 - Techniques immobilières :
    * E51 - Transaction immobilière : du mardi 18 au jeudi 20 mai 2027,
      lycée Hippolyte-Fontaine, 20 boulevard Voltaire, 21000 Dijon ;
    * E52 - Gestion immobilière : du lundi 31 mai au mercredi 2 juin 2027,
      lycée Niépce-Balleure, 141 avenue Boucicaut, 71100 Chalon-sur-Saône.

  EF1 - Langue vivante facultative : jeudi 3 juin 2027, lycée Le Castel, Dijon.

3. DOSSIERS

Les dossiers des sous-épreuves E51 et E52 sont à déposer au lycée Hippolyte-Fontaine (secrétariat
du BTS) au plus tard le vendredi 2 avril 2027 à 16 h. La commission de contrôle de conformité se
réunira le mardi 20 avril 2027 à 14 h dans ce lycée.

4. DÉLIBÉRATION ET RÉSULTATS

Jury : mercredi 30 juin 2027 à 14 h, rectorat de Dijon.
Résultats : vendredi 2 juillet 2027 à partir de 10 h (affichage dans les centres et publication en ligne).

Merci de diffuser ces informations aux équipes et aux candidats.

Sophie Marchetti
Gestionnaire BTS tertiaires - DEC 3
"""
