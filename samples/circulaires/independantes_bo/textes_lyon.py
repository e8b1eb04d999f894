# -*- coding: utf-8 -*-
"""BTS Gestion de la PME, académie de Lyon, session 2030 (fictitious).
Blocks rendered twice:
  - Markdown export of an intranet note whose text had been pasted from a bad export: the accents are
    double-encoded (UTF-8 read as cp1252, written again as UTF-8) -> « Ã©preuve », « dÃ©pÃ´t »; the .md file
    itself is valid UTF-8;
  - a page of an old web CMS: bytes in windows-1252 but <meta charset="utf-8">."""

TITRE = "BTS Gestion de la PME (GPME) – session 2030 – circulaire d’organisation académique"

BLOCS = [
    ("h1", TITRE),
    ("p", "**Rectorat de l’académie de Lyon** – Division des examens et concours (DEC 3) – 92 rue de Marseille, 69007 Lyon"),
    ("p", "Lyon, le 5 février 2030"),
    ("p", "Destinataires : chefs d’établissement des lycées publics et privés sous contrat, directeurs de CFA et d’organismes de formation."),
    ("p", "Références : arrêté du 30 août 2018 modifié portant définition du BTS GPME ; note de service nationale du 10 janvier 2030."),
    ("h2", "1. Centres d’examen"),
    ("ul", ["Lycée La Martinière Duchère, 300 avenue Andreï Sakharov, 69009 Lyon – centre pilote (dépôts, conformité, écrits, oraux, jury)",
            "Lycée Carriat, 1 rue de Crouy, 01000 Bourg-en-Bresse – écrits",
            "Lycée Honoré d’Urfé, 1 impasse Le Châtelier, 42000 Saint-Étienne – écrits et oraux E2"]),
    ("h2", "2. Dossiers E4 et E6"),
    ("p", "Les dossiers des épreuves **E4** (gérer la relation avec les clients et les fournisseurs) et **E6** (soutenir le fonctionnement et le développement de la PME) sont déposés au Lycée La Martinière Duchère **au plus tard le mardi 2 avril 2030 à 12 h 00**."),
    ("p", "La commission de contrôle de conformité se réunit le **mercredi 10 avril 2030 à 14 h 00** ; les établissements reçoivent la liste des dossiers non conformes dans la semaine qui suit."),
    ("h2", "3. Épreuves écrites"),
    ("table", [["Épreuve", "Intitulé", "Date", "Horaire"],
               ["E3", "Culture économique, juridique et managériale", "lundi 13 mai 2030", "14 h – 18 h"],
               ["E1", "Culture générale et expression", "mardi 14 mai 2030", "14 h – 18 h"],
               ["E5", "Gérer le personnel et contribuer à la GRH", "mercredi 15 mai 2030", "14 h – 18 h"]]),
    ("p", "Fermeture des centres : mercredi 1er mai et mercredi 8 mai 2030, jeudi 30 mai 2030 (Ascension), lundi 10 juin 2030 (Pentecôte)."),
    ("h2", "4. Épreuves orales"),
    ("ul", ["Réunion d’harmonisation des examinateurs E4 : jeudi 16 mai 2030 à 9 h 00, Lycée La Martinière Duchère",
            "E4 : du lundi 20 au vendredi 24 mai 2030, Lycée La Martinière Duchère",
            "E2 (langue vivante étrangère, oral) : du lundi 27 au mercredi 29 mai 2030, Lycée La Martinière Duchère et Lycée Honoré d’Urfé",
            "E6 : du lundi 3 au jeudi 6 juin 2030, Lycée La Martinière Duchère"]),
    ("p", "Les notes des oraux et des CCF sont saisies au plus tard le mercredi 12 juin 2030 à midi ; passé ce délai, l’établissement prévient la DEC par courriel."),
    ("h2", "5. Jury et résultats"),
    ("p", "Jury de délibération : **jeudi 27 juin 2030 à 9 h 30**, Lycée La Martinière Duchère. Résultats : **mardi 2 juillet 2030 à 10 h 00**, sur le site de l’académie."),
    ("p", "Pour mémoire, les résultats de la session 2029 avaient été publiés le jeudi 5 juillet 2029 : cette date n’est pas reconduite."),
    ("p", "Pour le recteur et par délégation, la cheffe de la DEC, Aurélie Beaufrère-Nguyễn"),
]
