"""Circulaire fictive BTS Professions immobilières, académie de Normandie, session 2029.
Texte brut de style Markdown (titres #, listes -, tableaux à barres verticales), lignes de 78 caractères au plus."""

TEXTE = """\
# ACADÉMIE DE NORMANDIE — Rectorat
## Division des examens et concours — Bureau DEC 3 (BTS)

Caen, le 29 janvier 2029

Affaire suivie par : Anne-Laure Quesnel-Birot — dec3-bts@ac-normandie.example

**Objet : BTS Professions immobilières (PI) — session 2029 — organisation
des épreuves dans l'académie de Normandie**

Références :
- décret n° 2013-756 du 19 août 2013 (règlement général du BTS) ;
- arrêté du 23 juin 2015 portant définition du BTS Professions immobilières ;
- note de service nationale fixant le calendrier des écrits, session 2029.

> Sauf mention contraire, les dates ci-dessous sont celles de l'année 2029
> et les horaires sont donnés en heure de Paris.

---

## 1. Épreuves écrites

Centres d'écrit :

| Centre                 | Adresse                | Ville                  |
|------------------------|------------------------|------------------------|
| Lycée Jules Siegfried  | 1 rue Dume d'Aplemont  | Le Havre               |
| Lycée Salvador Allende | 15 rue de la Fonderie  | Hérouville-Saint-Clair |

Calendrier des écrits :

| Jour          | Horaire           | Épreuve                        | Unité |
|---------------|-------------------|--------------------------------|-------|
| Mardi 15/5    | 14 h – 18 h (4 h) | E1 Culture générale et expr.   | U1    |
| Mercredi 16/5 | 14 h – 18 h (4 h) | E3 Culture éco., jur., manag.  | U3    |
| Jeudi 17/5    | 9 h – 12 h (3 h)  | E51 Techn. immo. : transaction | U51   |
| Jeudi 17/5    | 14 h – 17 h (3 h) | E52 Techn. immo. : gestion     | U52   |
| Vendredi 18/5 | 10 h – 12 h (2 h) | E2 Anglais (langue vivante)    | U2    |

Notes :
- L'épreuve E5 « Techniques immobilières » comporte deux sous-épreuves
  écrites, E51 et E52, passées le même jour.
- Les copies de E51 et E52 sont numérisées par les centres d'écrit le
  vendredi 18/5, au plus tard à 17 h, puis corrigées à l'écran.
- Réunion d'harmonisation des correcteurs de E51 et E52 : mercredi 23/5,
  9 h 30, Lycée Jules Siegfried, Le Havre (salle du conseil).

## 2. Épreuves orales

| Épreuve                                | Unité | Forme | Période / date   |
|----------------------------------------|-------|-------|------------------|
| E4 Communication professionnelle       | U4    | CCF   | en établissement |
| E6 Conseil en ingénierie de l'immob.   | U6    | oral  | 28/5 au 1/6      |
| EF1 Langue vivante facultative         | UF1   | oral  | Mardi 5/6        |

Lieu des oraux E6 et EF1 : Lycée Camille Saint-Saëns, 22 rue Saint-Lô, Rouen.

### 2.1 Dossier E6

- Dépôt des dossiers : au plus tard le vendredi 6 avril 2029 à 16 h, au
  rectorat de Normandie (DEC 3), 168 rue Caponière, 14061 Caen Cedex.
- Contrôle de conformité : mardi 17/4 à 9 h 30 ; la liste des dossiers
  non conformes est adressée aux établissements le jour même.
- Interrogations : du lundi 28 mai au vendredi 1er juin 2029.

### 2.2 E4

L'épreuve E4 est évaluée en CCF pour tous les candidats ; elle n'a pas de
date académique. Les notes sont saisies par les établissements.

## 3. Jury et résultats

| Étape                | Date          | Heure | Lieu                        |
|----------------------|---------------|-------|-----------------------------|
| Jury de délibération | Mercredi 27/6 | 14 h  | Rectorat de Normandie, Caen |
| Publication résultats| Jeudi 28/6    | 15 h  | Site de l'académie          |

## 4. Calendrier scolaire (pour mémoire, aucune épreuve)

- Vacances de printemps : du samedi 21 avril au lundi 7 mai 2029.
- Jeudi 10 mai 2029 (Ascension) et lundi 21 mai 2029 (Pentecôte) : fériés.

## 5. Établissements de formation (pour information)

- Lycée Guillaume Le Conquérant, Lillebonne — section PI, candidats
  convoqués au Lycée Jules Siegfried ;
- Institut Sainte-Ursule, Caen — section PI en alternance, candidats
  convoqués au Lycée Salvador Allende.

Pour la rectrice et par délégation,
le chef de la division des examens et concours,
Thibault Vasselin-Lemonnier
"""
