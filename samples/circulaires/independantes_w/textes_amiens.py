# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive BTS Bâtiment, académie d'Amiens, session 2028.
Mise en page : semainier (lignes = jours, cellules = plusieurs épreuves avec horaires)
+ planning de type Gantt par semaines pour les oraux (section paysage)."""

ENTETE = ["ACADÉMIE D'AMIENS", "Rectorat", "Division des examens et concours",
          "Bureau DEC 3 – Examens post-baccalauréat"]
PIED = "Rectorat de l'académie d'Amiens – 20 boulevard d'Alsace-Lorraine – 80063 Amiens CEDEX 9"
LIEU_DATE = "Amiens, le 24 janvier 2028"
DEST = ["Le recteur de la région académique Hauts-de-France,",
        "recteur de l'académie d'Amiens,",
        "à",
        "Mesdames et Messieurs les chefs d'établissement,",
        "centres d'examen du BTS Bâtiment"]
AFFAIRE = "Affaire suivie par : M. Th. Lemaire – Tél. 03 22 82 38 00 – ce.dec3@ac-amiens.fr"
OBJET = "Objet : BTS Bâtiment – Session 2028 – Organisation des épreuves ponctuelles"
REFERENCES = [
    "Réf. : arrêté du 6 mars 2018 portant définition et fixant les conditions de délivrance du BTS « Bâtiment » ;",
    "note de service ministérielle du 17 novembre 2027 relative au calendrier des BTS, session 2028.",
]
INTRO = ("J'ai l'honneur de vous faire connaître ci-dessous le déroulement des épreuves du brevet de technicien "
         "supérieur Bâtiment pour la session 2028. Le présent document remplace toute information antérieure. "
         "Il vous appartient d'en assurer la diffusion auprès des enseignants concernés.")

SEMAINIER_TITRE = "1. Semainier des épreuves écrites (semaine 19)"
SEMAINIER_NOTE = ("Le lundi 8 mai 2028 étant férié, aucune épreuve n'est programmée ce jour-là. Les candidats sont "
                  "convoqués 30 minutes avant le début de chaque épreuve.")
# (jour, matin[(code, intitulé, horaire)], après-midi[...])
SEMAINIER = [
    ("Mardi 9 mai 2028",
     [("E.4.1", "Dimensionnement et vérification d'ouvrages", "8h00 – 12h00")],
     [("E1", "Culture générale et expression", "14h00 – 18h00")]),
    ("Mercredi 10 mai 2028",
     [("E3.2", "Physique-chimie", "8h00 – 10h00"),
      ("E2", "Anglais (candidats ponctuels)", "10h30 – 12h30")],
     []),
    ("Jeudi 11 mai 2028",
     [("E5", "Organisation et suivi de chantier", "8h00 – 12h00")],
     [("E4-2", "Étude technique et économique", "13h30 – 17h30")]),
]
CCF_NOTE = ("E3.1 Mathématiques : épreuve évaluée en contrôle en cours de formation (CCF) pour l'ensemble des "
            "candidats de l'académie. Aucune convocation rectorale n'est émise pour cette sous-épreuve.")

DOSSIERS_TITRE = "2. Dossiers des épreuves E6.1 et E6.2"
DOSSIERS = [
    "Les rapports d'activités en entreprise (E6.1) et les dossiers de projet de synthèse (E6.2) sont à "
    "transmettre au centre d'examen au plus tard le vendredi 7 avril 2028 à 16 h, le cachet de "
    "l'établissement faisant foi.",
    "Attention : les vacances de printemps s'étendent du samedi 8 avril au lundi 24 avril 2028 ; aucun envoi "
    "ne sera accepté pendant cette période.",
    "Le contrôle de conformité des dossiers E6.1 et E6.2 aura lieu le mardi 2 mai 2028 à 9 h 30 au lycée "
    "Robert de Luzarches (salle B 214). Les dossiers non conformes seront signalés aux candidats le jour même.",
]

GANTT_TITRE = "3. Planning des épreuves orales et des réunions (semaines 20 à 24)"
GANTT_SEMAINES = ["S20\n15/05 → 19/05", "S21\n22/05 → 26/05", "S22\n29/05 → 02/06",
                  "S23\n05/06 → 09/06", "S24\n12/06 → 16/06"]
# (libellé de ligne, index de semaine, texte de cellule)
GANTT = [
    ("Réunion d'entente des examinateurs E6.1 / E6.2 (rectorat, salle Jules Verne)", 1, "mer. 24/05 – 14 h"),
    ("E6.2 – Projet de synthèse (soutenance orale)", 2, "29/05 → 02/06"),
    ("EF1 – Langue vivante facultative (oral)", 3, "mar. 06/06 → jeu. 08/06"),
    ("E6.1 – Rapport d'activités en entreprise (oral)", 4, "12/06 → 16/06"),
]
GANTT_NOTE = ("Jours fériés : jeudi 25 mai 2028 (Ascension) et lundi 5 juin 2028 (Pentecôte). Les oraux EF1 "
              "se déroulent au lycée Robert de Luzarches ; les oraux E6.1 et E6.2 dans chacun des centres ci-dessous.")

CENTRES_TITRE = "4. Centres d'examen"
# (nom, adresse lignes, ville)
CENTRES = [
    ("Lycée polyvalent Robert de Luzarches", ["4 rue Le Mongnier", "BP 40123"], "80090 Amiens CEDEX 1"),
    ("Lycée des métiers du BTP Hector Guimard", ["12 rue de la Chaussée Romaine"], "02100 Saint-Quentin"),
    ("Lycée Marie-Curie-Sklodowska", ["1 avenue de Huy", "CS 30417"], "60200 Compiègne"),
]
FORMATION_TITRE = "Établissements de formation rattachés (ne sont pas centres d'épreuves)"
FORMATION = [
    "CFA BTP de la Somme – Amiens (apprentis rattachés au lycée Robert de Luzarches)",
    "Lycée Jean Racine – Montdidier (candidats rattachés au lycée Robert de Luzarches)",
    "GRETA Oise – Creil (candidats de la formation continue rattachés au lycée Marie-Curie-Sklodowska)",
]

FIN_TITRE = "5. Délibérations et résultats"
FIN = [
    "Le jury de délibération se réunira le jeudi 29 juin 2028 à 9 h au rectorat d'Amiens.",
    "Les résultats seront publiés le vendredi 7 juillet 2028 à partir de 10 h sur le site de l'académie.",
    "Les relevés de notes seront adressés aux candidats à compter du ……/……/20…… (date communiquée ultérieurement).",
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,",
             "", "Claire Vasseur"]
