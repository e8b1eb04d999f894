"""Rennes, BTS Électrotechnique, session 2028: French/Breton letterhead (HTML, printed by Chromium)."""
EN_TETE = (
    ["RÉPUBLIQUE FRANÇAISE", "Académie de Rennes", "Rectorat – Division des examens et concours",
     "Bureau DEC 4 – BTS industriels", "96 rue d'Antrain – 35705 Rennes Cedex 7"],
    ["REPUBLIK FRAÑS", "Akademiezh Roazhon", "Rektoraj – Rann an arnodennoù hag ar c'henstrivadegoù",
     "Burev DEC 4 – BTS greanterezh", "96 straed Antrain – 35705 Roazhon"],
)
BANNIERE = ("Gouel Breizh 2028 – 19 a viz Mae · Fête de la Bretagne : du vendredi 19 mai au dimanche 21 mai 2028, "
            "animations dans les lycées")
LIEU_DATE = ["Rennes, le 14 février 2028", "Roazhon, d'ar 14 a viz C'hwevrer 2028"]
ANNEE = "Bloavezh-skol / Année scolaire 2027-2028"
AFFAIRE = ["Affaire suivie par : M. Goulven Le Bihan – DEC 4", "Tél. 02 23 21 74 06 – dec4@ac-rennes.fr"]
DESTINATAIRES = ("Le recteur de la région académique Bretagne, recteur de l'académie de Rennes\nà\n"
                 "Mesdames et Messieurs les chefs d'établissement des lycées préparant au BTS Électrotechnique")
OBJET = "Objet / Danvez : BTS Électrotechnique (ET) – session 2028 – calendrier et centres d'épreuves"
REFERENCES = ["Réf. : arrêté du 23 mars 2026 modifiant le règlement d'examen du BTS Électrotechnique ;",
              "circulaire nationale d'organisation du 11 janvier 2028."]
BLOCS = [
    ("p", "J'ai l'honneur de vous communiquer le calendrier de la session 2028 du BTS Électrotechnique pour l'académie "
          "de Rennes. En application de la convention relative à la langue bretonne, l'en-tête et les titres sont "
          "bilingues ; les communes sont nommées en français, suivies le cas échéant de leur nom breton."),
    ("h", "1. Deiziadur an arnodennoù skrivet · Calendrier des épreuves écrites"),
    ("table", [["Date", "Horaire", "Épreuve", "Centres"],
               ["mercredi 10 mai 2028", "14 h 00 – 18 h 00", "E1 – Culture générale et expression",
                "Lycée Joliot-Curie, Rennes (Roazhon) ; lycée Chaptal, Quimper (Kemper)"],
               ["jeudi 11 mai 2028", "8 h 00 – 10 h 00", "E31 – Mathématiques", "idem"],
               ["jeudi 11 mai 2028", "10 h 30 – 12 h 30", "E32 – Physique-chimie", "idem"],
               ["mardi 16 mai 2028", "13 h 30 – 17 h 30", "E41 – Étude électrotechnique d'un système : pré-étude et modélisation", "idem"],
               ["mercredi 17 mai 2028", "8 h 00 – 12 h 00", "E42 – Conception et industrialisation", "idem"]]),
    ("note", "Les lundi 8 mai 2028, jeudi 25 mai 2028 (Ascension) et lundi 5 juin 2028 (lundi de Pentecôte) sont fériés."),
    ("p", "L'épreuve E2 (anglais) et la sous-épreuve E51 (conduite de projet) sont évaluées en contrôle en cours de "
          "formation pour les candidats des établissements habilités ; elles ne figurent pas au calendrier ci-dessus."),
    ("h", "2. Teuliadoù · Dossiers"),
    ("p", "Le dossier de projet (sous-épreuve E52) et le rapport de stage (sous-épreuve E61) sont déposés au plus tard le "
          "vendredi 21 avril 2028 à 12 h 00 dans le centre où le candidat soutiendra."),
    ("p", "Le contrôle de conformité des dossiers E52 et E61 se tiendra le mercredi 3 mai 2028 à 14 h 00 au lycée "
          "Joliot-Curie, Rennes (Roazhon)."),
    ("h", "3. Arnodennoù dre gomz hag ober · Épreuves orales et pratiques"),
    ("table", [["Sous-épreuve", "Période", "Centre"],
               ["E52 – Projet (soutenance)", "du lundi 29 mai au vendredi 2 juin 2028", "Lycée Dupuy de Lôme, Lorient (An Oriant)"],
               ["E62 – Essais et mesures (pratique)", "du mardi 6 au vendredi 9 juin 2028", "Lycée Dupuy de Lôme, Lorient (An Oriant)"],
               ["E61 – Rapport d'activités en entreprise (oral)", "lundi 12 et mardi 13 juin 2028", "Lycée Vauban, Brest"]]),
    ("p", "Les candidats du lycée Freyssinet, Saint-Brieuc (Sant-Brieg), et du lycée Jean Guéhenno, Vannes (Gwened), "
          "composent au lycée Joliot-Curie de Rennes pour les écrits et à Lorient pour les épreuves pratiques."),
    ("h", "4. Bodad barnerien · Jury et résultats"),
    ("p", "Le jury de délibération se réunira le jeudi 29 juin 2028 à 14 h 00 au rectorat, Rennes (Roazhon). "
          "La publication des résultats est fixée au mardi 4 juillet 2028 à 10 h 00."),
    ("p", "Je vous remercie de votre collaboration. Trugarez deoc'h."),
]
SIGNATURE = [("Pour le recteur et par délégation,", "Evit ar rektor ha dre zileuriadur,"),
             ("Le chef de la division des examens et concours", "Penn rann an arnodennoù"),
             ("Erwan Kerlouégan", "Erwan Kerlouegan")]
PIED = "Rektoraj Akademiezh Roazhon · Rectorat de l'académie de Rennes – 96 rue d'Antrain, Rennes – www.ac-rennes.fr"
TRAPS = ["2028-05-19", "2028-05-21", "2028-05-08", "2028-05-25", "2028-06-05", "2028-02-14"]
