"""BTS Maintenance des systèmes, académie de Rennes, session 2029 — a flat OpenDocument text (.fodt), one XML file.
Table cells: a dict {"t": text, "rs": n} spans n rows; None is the covered cell below it."""

META = {"createur": "Gwenaëlle Le Bihan", "creation": "2028-11-27T16:42:10", "modification": "2029-01-14T09:05:31"}

ENTETE = [
    ("titre", "ACADÉMIE DE RENNES"),
    ("p", "Rectorat – Division des examens et concours (DEC)\nBureau des BTS de la production\n96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"),
    ("droite", "Rennes, le 15 janvier 2029"),
    ("p", "Le recteur de l'académie de Rennes\nà\nMesdames et Messieurs les proviseurs\nMesdames et Messieurs les directeurs de CFA"),
    ("gras", "Objet : BTS Maintenance des systèmes (MS) – options A « Systèmes de production », B « Systèmes énergétiques "
             "et fluidiques », C « Systèmes éoliens » – session 2029"),
    ("p", "Affaire suivie par : Gwenaëlle Le Bihan – 02 23 21 74 06"),
]

CORPS = [
    ("h", "1. Épreuves écrites ponctuelles"),
    ("p", "Les sujets de l'épreuve E4 – U4 sont propres à chaque option ; ils sont composés à la même heure."),
    ("table", [4.0, 2.6, 2.6, 7.6],
     ["Jour", "Horaire", "Épreuve – unité", "Intitulé"],
     [[{"t": "Mercredi 16 mai 2029"}, "14 h – 18 h", "E1 – U1", "Culture générale et expression"],
      [{"t": "Jeudi 17 mai 2029", "rs": 2}, "10 h – 12 h", "E31 – U31", "Mathématiques"],
      [None, "14 h – 16 h", "E32 – U32", "Physique-chimie"],
      [{"t": "Vendredi 18 mai 2029"}, "8 h – 12 h", "E4 – U4", "Analyse technique en vue de l'intervention (options A, B, C)"]]),
    ("p", "E3 – U3 regroupe les sous-épreuves E31 – U31 et E32 – U32. L'épreuve E2 – U2 (anglais) est évaluée en "
          "contrôle en cours de formation pour tous les candidats."),
    ("p", "Centres d'écrits : lycée Joliot-Curie (Rennes), lycée Vauban (Brest), lycée Dupuy de Lôme (Lorient)."),
    ("p", "Rappel : le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (lundi de Pentecôte) sont fériés ; les "
          "vacances de printemps (zone B) vont du samedi 7 avril au lundi 23 avril 2029."),
    ("h", "2. Épreuve E5 – U5 : activités de maintenance"),
    ("p", "La sous-épreuve E51 – U51 « Organisation de la maintenance » est évaluée en CCF. La sous-épreuve "
          "E52 – U52 « Réalisation d'interventions de maintenance » est une épreuve pratique ponctuelle organisée par option :"),
    ("table", [3.4, 4.5, 4.5, 4.5],
     ["", "Option A", "Option B", "Option C"],
     [["Centre", "Lycée Vauban\nBrest", "Lycée Dupuy de Lôme\nLorient", "Lycée Henri Avril\nLamballe-Armor"],
      ["Période", "du lundi 28 mai au vendredi 1er juin 2029", "du lundi 28 mai au mercredi 30 mai 2029", "du mardi 29 mai au vendredi 1er juin 2029"],
      ["Horaires", "8 h – 16 h", "8 h 30 – 16 h 30", "8 h – 16 h"]]),
    ("h", "3. Épreuve E6 – U6 : rapport d'activités en entreprise (oral)"),
    ("liste", ["Dépôt du rapport en deux exemplaires au lycée Joliot-Curie (Rennes) : le lundi 30 avril 2029 avant 17 h ;",
               "Contrôle de conformité : le mercredi 9 mai 2029 à 14 h ;",
               "Soutenances : du lundi 4 juin au mercredi 6 juin 2029, au lycée Joliot-Curie."]),
    ("h", "4. Épreuve facultative"),
    ("p", "EF1 – UF1 (langue vivante étrangère) : le mardi 22 mai 2029, au lycée Joliot-Curie (Rennes)."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le jeudi 28 juin 2029 à 9 h au lycée Joliot-Curie. Les résultats "
          "seront publiés le mardi 3 juillet 2029 à 14 h."),
    ("h", "Annexe – adresses des centres"),
    ("table", [5.2, 7.0, 4.6],
     ["Centre", "Adresse", "Épreuves"],
     [["Lycée Joliot-Curie", "144 boulevard de Vitré, 35700 Rennes", "écrits, E6, EF1, jury"],
      ["Lycée Vauban", "rue de Kerichen, 29200 Brest", "écrits, E52 option A"],
      ["Lycée Dupuy de Lôme", "4 rue Jean Le Coutaller, 56100 Lorient", "écrits, E52 option B"],
      ["Lycée Henri Avril", "7 rue de Dinard, 22400 Lamballe-Armor", "E52 option C"]]),
    ("droite", "Pour le recteur et par délégation,\nla cheffe de la DEC\n\nAnne-Sophie Kerjean"),
]

BLOCS = ENTETE + CORPS
