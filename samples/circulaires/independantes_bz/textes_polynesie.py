"""Polynésie française, BTS MHR, session 2026: French/Tahitian letterhead (DOCX)."""
EN_TETE = (
    ["RÉPUBLIQUE FRANÇAISE", "Vice-rectorat de la Polynésie française",
     "Division des examens et concours (DEC)", "BP 1632 – 98713 Papeete – Tahiti"],
    ["HAU FARĀNI", "Ti'a Fa'atere Haapiiraa nō Pōrīnetia Farāni",
     "Pū hi'opo'ara'a", "Pape'ete – Tahiti"],
)
BANNIERE = "Ia ora na ! Heiva i Tahiti – Tiurai 2026 : les lycées hôteliers à l'honneur"
LIEU_DATE = ["Papeete, le 20 janvier 2026", "Pape'ete, i te 20 no Tenuare 2026"]
ANNEE = "Matahiti haapiiraa / Année scolaire 2025-2026"
AFFAIRE = ["Affaire suivie par : Mme Hinatea Teriitehau – DEC", "Tél. 40 47 84 12 – dec@ac-polynesie.pf"]
DESTINATAIRES = ("Le vice-recteur de la Polynésie française\nà\nMesdames et Messieurs les proviseurs des lycées "
                 "préparant au BTS Management en hôtellerie-restauration")
OBJET = ("Objet / Tumu parau : BTS Management en hôtellerie-restauration (MHR) – session 2026 – "
         "calendrier des épreuves en Polynésie française")
REFERENCES = ["Réf. : arrêté du 13 avril 2018 portant définition du BTS MHR ;",
              "circulaire nationale d'organisation du 8 décembre 2025."]
BLOCS = [
    ("p", "J'ai l'honneur de vous adresser le calendrier de la session 2026 du BTS Management en hôtellerie-restauration "
          "pour la Polynésie française. Toutes les heures sont données en heure de Tahiti. Les noms de communes sont "
          "écrits en français, suivis de leur graphie tahitienne."),
    ("h", "1. Épreuves écrites – Tārena o te mau hi'opo'ara'a pāpa'i"),
    ("table", [["Date", "Horaires (heure de Tahiti)", "Épreuve", "Centres"],
               ["mardi 12 mai 2026", "7 h 30 – 11 h 30", "E1 – Culture générale et expression",
                "Lycée Paul-Gauguin, Papeete (Pape'ete) ; lycée polyvalent d'Uturoa, Uturoa (Ra'iātea)"],
               ["mercredi 13 mai 2026", "7 h 30 – 12 h 00", "E3 – Management de l'entreprise hôtelière et de restauration", "idem"]]),
    ("note", "Hi'opo'ara'a pāpa'i : 12 e 13 no Me 2026. Jours fériés : jeudi 5 mars 2026 (arrivée de l'Évangile), "
             "jeudi 14 mai 2026 (Ascension), lundi 25 mai 2026 (Pentecôte), lundi 29 juin 2026 (fête de l'autonomie)."),
    ("h", "2. Langues vivantes – Reo"),
    ("p", "Les épreuves orales de langue vivante E21 (anglais) et E22 (seconde langue) se dérouleront du lundi 18 au "
          "mercredi 20 mai 2026 au lycée hôtelier de Tahiti, Punaauia (Puna'auia)."),
    ("h", "3. Dossier E4 – Puta"),
    ("p", "Le dossier de l'épreuve E4 (conception et commercialisation de services) est remis au plus tard le "
          "vendredi 17 avril 2026 au lycée hôtelier de Tahiti, Punaauia. Le contrôle de conformité se tiendra le "
          "mardi 28 avril 2026 à 8 h 00 au même lycée."),
    ("h", "4. Épreuves orales et pratiques – Hi'opo'ara'a vaha e te ohipa"),
    ("table", [["Épreuve", "Période", "Centre"],
               ["E4 – Conception et commercialisation de services (oral)", "du lundi 1er au vendredi 5 juin 2026",
                "Lycée hôtelier de Tahiti, Punaauia (Puna'auia)"],
               ["E5 – Conception et production de services (pratique)", "du lundi 8 au vendredi 12 juin 2026",
                "Lycée hôtelier de Tahiti, Punaauia (Puna'auia)"],
               ["E6 – Entrepreneuriat et pilotage de l'entreprise (oral)", "du lundi 15 au mercredi 17 juin 2026",
                "Lycée hôtelier de Tahiti, Punaauia (Puna'auia)"]]),
    ("p", "L'épreuve E2 regroupe les sous-épreuves E21 et E22. Les candidats du lycée de Taravao, Taiarapu-Est, et du "
          "lycée professionnel de Faa'a composent au lycée Paul-Gauguin pour les écrits."),
    ("h", "5. Jury et résultats – Ti'a hi'opo'a e te mau fa'ahope'ara'a"),
    ("p", "Le jury se réunira le jeudi 25 juin 2026 à 8 h 00 au vice-rectorat, Papeete. Les résultats seront affichés "
          "le vendredi 26 juin 2026 à 16 h 00 (heure de Tahiti)."),
    ("p", "Māuruuru roa no to outou tauturu. Je vous remercie de votre collaboration."),
]
SIGNATURE = [("Pour le vice-recteur et par délégation,", "Nō te Ti'a Fa'atere,"),
             ("La cheffe de la division des examens et concours", "Te ti'a o te Pū hi'opo'ara'a"),
             ("Hinatea Teriitehau", "Hinatea Teri'itehau")]
PIED = "Vice-rectorat de la Polynésie française · Ti'a Fa'atere Haapiiraa – Papeete, Tahiti"
TRAPS = ["2026-03-05", "2026-05-14", "2026-05-25", "2026-06-29", "2026-01-20"]
