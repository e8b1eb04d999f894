"""BTS Fluides, énergies, domotique (FED) — note nationale, session 2028 — DOCX, written calendar = JPEG (Word table screenshot)."""
EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Service de la stratégie des formations – bureau des examens du BTS"]
LIEU_DATE = "Paris, le 11 janvier 2028"
DESTINATAIRES = ("La ministre de l'enseignement supérieur et de la recherche à Mesdames et Messieurs les recteurs "
                 "d'académie, Mesdames et Messieurs les vice-recteurs, le directeur du SIEC")
OBJET = "Objet : BTS Fluides, énergies, domotique (FED) – note nationale d'organisation de la session 2028"
REFERENCES = ("Références : arrêté du 22 juin 2016 modifié portant définition et fixant les conditions de délivrance du "
              "BTS FED ; note de service du 3 novembre 2027 relative au calendrier des BTS.")
INTRO = ("La présente note fixe le calendrier national de la session 2028 du BTS Fluides, énergies, domotique, toutes "
         "options confondues, et les opérations qui relèvent des académies.")
T1 = "1. Épreuves écrites nationales"
T1_AVANT = ("Les épreuves écrites se déroulent aux dates et heures suivantes, exprimées en heure de Paris. Les "
            "académies d'outre-mer appliquent le tableau de correspondance horaire habituel.")
T1_APRES = ("Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (Pentecôte) sont fériés. "
            "La sous-épreuve E52 est évaluée exclusivement en CCF.")
T2 = "2. Épreuves orales et pratiques"
T2_TEXTE = ("Les sous-épreuves orales E61 « Rapport de stage » et E62 « Projet technique » sont organisées par chaque "
            "académie entre le lundi 29 mai et le vendredi 16 juin 2028. Le rapport de stage servant de support à E61 "
            "est remis au centre d'examen au plus tard le vendredi 12 mai 2028, selon les modalités fixées par l'académie.")
T3 = "3. Notes, jurys et résultats"
T3_TEXTE = ("La remontée des notes dans l'application nationale est close le mardi 20 juin 2028. Les jurys de "
            "délibération se tiennent au plus tard le vendredi 7 juillet 2028 et les résultats sont publiés à partir "
            "du lundi 10 juillet 2028.")
SIGNATURE = ["Pour la ministre et par délégation,", "la cheffe du service de la stratégie des formations,", "Agnès Perrin-Okafor"]

# ---- content of the PICTURE (Word table screenshot)
IMG_TITRE = "Session 2028 – calendrier des épreuves écrites (heure de Paris)"
IMG_ENTETE = ["Date", "Horaires", "Code", "Épreuve", "Durée"]
IMG_LIGNES = [
    ["Lundi 15 mai 2028", "8 h – 12 h", "E41", "Analyse et définition d'un système", "4 h"],
    ["", "14 h – 16 h", "E31", "Mathématiques", "2 h"],
    ["Mardi 16 mai 2028", "14 h – 18 h", "E1", "Culture générale et expression", "4 h"],
    ["Mercredi 17 mai 2028", "8 h – 12 h", "E42", "Conception et dimensionnement d'une installation", "4 h"],
    ["", "14 h – 16 h", "E32", "Physique-chimie", "2 h"],
    ["Jeudi 18 mai 2028", "10 h – 12 h", "E2", "Anglais", "2 h"],
    ["Vendredi 19 mai 2028", "8 h – 12 h", "E51", "Étude et organisation des travaux", "4 h"],
]
