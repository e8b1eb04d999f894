"""Courriel d'un CFA à ses apprentis (BTS GPME, académie de Poitiers, session 2027). Texte inventé."""

MAIL = """\
De : Nathalie Brossard <n.brossard@cfa-tertia86.fr>
À : apprentis-gpme2@cfa-tertia86.fr
Cc : coordination-bts@cfa-tertia86.fr
Date : mardi 19 janvier 2027 08:47
Objet : [BTS GPME 2e année] Session 2027 : calendrier officiel + nos dates CFA
Pièce jointe : circulaire_BTS_GPME_2027_ac-poitiers.pdf (412 Ko)

Bonjour à toutes et à tous,

Le rectorat de Poitiers nous a transmis la circulaire d'organisation du
BTS Gestion de la PME pour la session 2027. Je vous recopie ci-dessous
les passages qui vous concernent (lignes qui commencent par « > »).
J'ai intercalé, sur les lignes marquées [CFA], nos propres échéances :
ce sont des dates internes au CFA, elles n'apparaîtront pas sur vos
convocations.

Rappel : vous êtes inscrits en forme ponctuelle (le CFA n'est pas
habilité au CCF pour ce BTS). Vous passez donc toutes les épreuves dans
les centres désignés par le rectorat, pas au CFA.

> ACADÉMIE DE POITIERS - Rectorat - DEC 2 (examens post-baccalauréat)
> Circulaire d'organisation du BTS « Gestion de la PME » - session 2027
> Poitiers, le 11 janvier 2027
>
> 1. Épreuves écrites
> Le calendrier des épreuves écrites est celui de la circulaire
> nationale d'organisation, dont le tableau est reproduit ci-après :
>
>> Mardi 11 mai 2027     14h00-18h00  E1   Culture générale et expression
>> Mercredi 12 mai 2027  13h30-18h00  E6   Soutenir le fonctionnement et
>>                                         le développement de la PME
>> Jeudi 13 mai 2027     14h00-18h00  E3   Culture économique, juridique
>>                                         et managériale
>> Vendredi 14 mai 2027  09h00-11h30  E52  Gérer le personnel et
>>                                         contribuer à la GRH de la PME
>
> Les candidats de la Vienne et des Deux-Sèvres composent au lycée
> Aliénor-d'Aquitaine, 41 rue Pierre-de-Coubertin, 86000 Poitiers.
>
[CFA] BTS blanc au CFA : mardi 13 et mercredi 14 avril 2027, même ordre
[CFA] des épreuves, salle 104.
>
> 2. Épreuves orales (E2, E4, E51)
> - E2 Langue vivante étrangère (anglais) : mercredi 26 et jeudi 27 mai
>   2027, lycée Camille-Guérin, 33 rue de la Gibauderie, 86000 Poitiers.
> - E4 Gérer la relation avec les clients et les fournisseurs de la
>   PME : du lundi 31 mai au vendredi 4 juin 2027, lycée Camille-Guérin,
>   Poitiers.
> - E51 Participer à la gestion des risques de la PME (sous-épreuve de
>   l'épreuve E5) : du mardi 8 au jeudi 10 juin 2027, lycée
>   Marguerite-de-Valois, rue Louis-Desbrandes, 16000 Angoulême.
>
> 3. Dossiers des épreuves E4 et E51
> Les dossiers des candidats (tableau de synthèse, fiches, attestations)
> sont adressés par l'établissement de formation au centre
> d'interrogation au plus tard le vendredi 9 avril 2027, le cachet de la
> poste faisant foi.
[CFA] Pour que nous puissions les envoyer à temps :
[CFA]  - dépôt de vos fiches sur la plateforme du CFA au plus tard le
[CFA]    lundi 15 mars 2027 ;
[CFA]  - relecture par vos formateurs du 22 au 26 mars 2027 ;
[CFA]  - attestations signées par votre maître d'apprentissage avant le
[CFA]    mercredi 31 mars 2027.
> La commission de contrôle de conformité des dossiers E4 et E51 se
> réunit le jeudi 22 avril 2027 à 14h00 au lycée Camille-Guérin. Un
> dossier non conforme entraîne l'attribution de la mention « non
> valide » à l'épreuve.
>
> 4. Délibération et résultats
> Le jury se réunit au rectorat de Poitiers le vendredi 2 juillet 2027.
> Les résultats sont consultables en ligne à compter du mardi 6 juillet
> 2027.

Côté CFA, notez aussi :
  * réunion d'information pour vos maîtres d'apprentissage : jeudi
    4 février 2027 à 18h, amphithéâtre du CFA (invitation par courrier) ;
  * période au CFA du lundi 3 au vendredi 21 mai 2027, retour en
    entreprise le lundi 24 mai (sauf jours d'oraux) ;
  * le lundi 17 mai 2027 (lundi de Pentecôte), le CFA est fermé.

Le CFA n'est centre d'aucune épreuve : ne venez pas au CFA les jours
d'examen, allez directement au centre indiqué sur votre convocation.

Bonne journée,
--
Nathalie Brossard
Coordinatrice BTS tertiaires - CFA Tertia 86
12 avenue du Recteur-Pineau, 86000 Poitiers
05 49 00 27 63
"""
