"""Bordeaux, BTS GPME, session 2030: French/Basque/Occitan letterhead (ODT and PDF by LibreOffice)."""
EN_TETE = (
    ["RÉPUBLIQUE FRANÇAISE", "Académie de Bordeaux", "Division des examens et concours – DEC 3",
     "5 rue Joseph de Carayon-Latour – 33060 Bordeaux Cedex"],
    ["FRANTZIAKO ERREPUBLIKA · REPUBLICA FRANCESA", "Bordeleko Akademia · Acadèmia de Bordèu",
     "Azterketa eta lehiaketa saila · Division deus examens e concors", "Pau · Baiona · Bordèu"],
)
BANNIERE = ("Euskararen Eguna – Journée internationale de la langue basque : mardi 3 décembre 2030 · "
            "Mai d'una lenga, mai d'un camin")
LIEU_DATE = ["Bordeaux, le 7 février 2030", "Bordele, 2030eko otsailaren 7a · Bordèu, lo 7 de febrièr de 2030"]
ANNEE = "Ikasturtea / Annada escolara / Année scolaire 2029-2030"
AFFAIRE = ["Dossier suivi par : M. Peio Etchegaray – DEC 3", "Tél. 05 57 57 38 61 – dec3-bts@ac-bordeaux.fr"]
DESTINATAIRES = ("Le recteur de la région académique Nouvelle-Aquitaine, recteur de l'académie de Bordeaux\nà\n"
                 "Mesdames et Messieurs les chefs d'établissement – Pyrénées-Atlantiques")
OBJET = "Objet / Gaia / Objècte : BTS Gestion de la PME (GPME) – session 2030 – organisation des épreuves"
REFERENCES = ["Références : arrêté du 21 mai 2018 portant définition du BTS GPME ;",
              "circulaire nationale du 10 janvier 2030."]
BLOCS = [
    ("p", "La présente circulaire précise l'organisation de la session 2030 du BTS Gestion de la PME pour les centres "
          "d'épreuves des Pyrénées-Atlantiques. L'en-tête est trilingue (français, basque, occitan) ; les communes sont "
          "désignées en français, suivies de leur nom basque quand il existe."),
    ("h", "1. Épreuves écrites – Idatzizko probak – Espròvas escrichas"),
    ("p", "Idatzizko probak: 2030eko maiatzaren 13tik 16ra (voir tableau)."),
    ("table", [["Date", "Horaires", "Épreuve", "Centres"],
               ["lundi 13 mai 2030", "14 h 00 – 18 h 00", "E1 – Culture générale et expression",
                "Lycée René Cassin, Bayonne (Baiona) ; lycée Saint-Cricq, Pau"],
               ["mardi 14 mai 2030", "14 h 00 – 18 h 00", "E3 – Culture économique, juridique et managériale", "idem"],
               ["mercredi 15 mai 2030", "9 h 00 – 11 h 30", "E5 – Gérer le personnel et contribuer à la GRH de la PME", "idem"],
               ["jeudi 16 mai 2030", "13 h 30 – 18 h 00", "E6 – Soutenir le fonctionnement et le développement de la PME", "idem"]]),
    ("note", "Rappel : le mercredi 1er mai et le mercredi 8 mai 2030, le jeudi 30 mai 2030 (Ascension) et le "
             "lundi 10 juin 2030 (Pentecôte) sont fériés."),
    ("h", "2. Épreuve E4 – dossier – Txostena"),
    ("p", "Le dossier de l'épreuve E4 (gérer la relation avec les clients et les fournisseurs de la PME) est déposé au "
          "plus tard le vendredi 12 avril 2030 au lycée Cantau, Anglet (Angelu)."),
    ("p", "Le contrôle de conformité des dossiers E4 aura lieu le mercredi 24 avril 2030 à 14 h 00 au lycée Cantau, "
          "Anglet (Angelu)."),
    ("h", "3. Épreuves orales – Ahozko probak – Espròvas oraus"),
    ("table", [["Épreuve", "Période", "Centre"],
               ["E2 – Communication en langue vivante étrangère (oral)", "du lundi 20 au mercredi 22 mai 2030",
                "Lycée Ramiro Arrue, Saint-Jean-de-Luz (Donibane Lohizune)"],
               ["E4 – Gérer la relation avec les clients et les fournisseurs de la PME", "du mardi 4 au vendredi 7 juin 2030",
                "Lycée Cantau, Anglet (Angelu)"]]),
    ("p", "Les candidats du lycée Saint-Joseph, Hasparren (Hazparne), et du lycée de Navarre, Saint-Jean-Pied-de-Port "
          "(Donibane Garazi), composent à Bayonne pour les écrits."),
    ("h", "4. Jury et résultats – Epaimahaia eta emaitzak"),
    ("p", "Le jury de délibération se tiendra le jeudi 27 juin 2030 à 14 h 00 au rectorat de Bordeaux. Les résultats "
          "seront publiés le lundi 1er juillet 2030 à 10 h 00."),
    ("p", "Eskerrik asko zuen laguntzagatik. Mercés a totes."),
]
SIGNATURE = [("Pour le recteur et par délégation,", "Errektorearen izenean · Per lo rector e per delegacion,"),
             ("La cheffe de la division des examens et concours", "Azterketa sailburua · La cap de division"),
             ("Maïder Irigoyen-Lacoste", "Maider Irigoien-Lacoste")]
PIED = "Bordeleko Akademia · Acadèmia de Bordèu · Académie de Bordeaux – www.ac-bordeaux.fr"
TRAPS = ["2030-12-03", "2030-05-01", "2030-05-08", "2030-05-30", "2030-06-10", "2030-02-07"]
