"""Note nationale fictive — BTS Conception des processus de réalisation de produits (CPRP), session 2026.
Portée nationale : pas d'académie, horaires de métropole."""

EMETTEUR = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
            "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
            "Service de la stratégie des formations et de la vie étudiante – bureau des examens de BTS"]
LIEU_DATE = "Paris, le 15 décembre 2025"
DESTINATAIRES = "à Mesdames et Messieurs les recteurs d'académie – divisions des examens et concours"
OBJET = ("Objet : note d'organisation nationale – BTS Conception des processus de réalisation de produits "
         "(CPRP), options A « production unitaire » et B « production sérielle » – session 2026")
REFS = ("Références : arrêté du 3 juin 2022 portant répartition des épreuves obligatoires générales et "
        "professionnelles ; arrêté du 22 juillet 2008 modifié fixant les modalités d'organisation.")
INTRO = ("Cette note fixe les dates nationales des épreuves ponctuelles écrites et les périodes nationales "
         "des épreuves orales. Les horaires indiqués sont ceux de la métropole ; chaque académie d'outre-mer "
         "les convertit pour ses centres.")

T_CAL = "1. Calendrier national des épreuves"
CAL_ENTETE = ["Épreuve", "Unité", "Intitulé", "Date", "Horaire (métropole)", "Durée", "Forme"]
CAL = [
    ("E4", "U4", "Conception préliminaire", "lun. 11/05/26", "8 h – 12 h", "4 h", "écrite"),
    ("E1", "U1", "Culture générale et expression", "mar. 12/05/26", "14 h – 18 h", "4 h", "écrite"),
    ("E31", "U31", "Mathématiques", "mer. 13/05/26", "10 h – 12 h", "2 h", "écrite"),
    ("E32", "U32", "Physique-chimie", "mer. 13/05/26", "14 h – 16 h", "2 h", "écrite"),
    ("E51", "U51", "Conception détaillée et pré-industrialisation", "lun. 18/05/26", "8 h – 14 h", "6 h", "écrite"),
    ("E2", "U2", "Langue vivante étrangère : anglais", "fixée par les académies", "—", "—", "CCF / orale"),
    ("E52", "U52", "Industrialisation – réalisation", "CCF uniquement", "—", "—", "CCF"),
    ("E61", "U61", "Rapport d'activités en entreprise", "du 01/06/26 au 12/06/26", "selon convocation", "40 min", "orale"),
    ("E62", "U62", "Projet industriel de conception et d'industrialisation", "du 08/06/26 au 19/06/26", "selon convocation", "1 h", "orale"),
    ("EF1", "UF1", "Langue vivante facultative", "fixée par les académies", "—", "20 min", "orale"),
]
CAL_NOTE = ("Les jeudi 14 mai 2026 (Ascension) et lundi 25 mai 2026 (Pentecôte) sont fériés. "
            "Les sujets de secours sont détenus par le SIEC, 7 rue Ernest Renan, 94114 Arcueil Cedex.")

T_JALONS = "2. Autres jalons nationaux"
JALONS = [
    "Dossiers de l'épreuve E61 : à déposer dans les centres d'examen au plus tard le lundi 4 mai 2026 à 17 h.",
    "Réunion nationale d'harmonisation E4 (visioconférence) : mercredi 20 mai 2026 à 14 h.",
    "Réunion nationale d'harmonisation E51 (visioconférence) : jeudi 21 mai 2026 à 10 h.",
    "Remontée des notes par les académies : au plus tard le mercredi 24 juin 2026.",
    "Jurys de délibération : au plus tard le vendredi 3 juillet 2026.",
    "Publication des résultats : mardi 7 juillet 2026 à partir de 10 h.",
]
T_DIVERS = "3. Dispositions diverses"
DIVERS = ("Les académies communiquent à leurs centres les listes d'émargement. Le procès-verbal de déroulement "
          "de l'épreuve est complété par le chef de centre (« le …/…/20… à … h … ») et joint aux copies.")
SIGNATURE = ["Pour la ministre et par délégation,", "la cheffe du bureau des examens de BTS,", "Claire DUMOULIN-ROY"]
