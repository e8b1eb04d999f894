"""BTS Fluides, énergies, domotique – note nationale – session 2029 (fictitious). A Mac-made .zip with a nested annexes.zip."""

EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Service de la stratégie des formations – bureau des diplômes de niveau 5"]

NOTE = [
    ("right", "Paris, le 22 janvier 2029"),
    ("title", "NOTE NATIONALE D'ORGANISATION\nBTS Fluides, énergies, domotique (FED) – session 2029\n"
              "Options A – Génie climatique et fluidique, B – Froid et conditionnement d'air, C – Domotique et bâtiments communicants"),
    ("small", "Destinataires : mesdames et messieurs les recteurs d'académie (divisions des examens et concours), "
              "vice-recteurs, directeurs des services de l'éducation nationale des COM.\n"
              "Références : arrêté du 22 mars 2014 modifié portant définition du BTS FED ; note nationale de la "
              "session 2028 du 17 janvier 2028 (abrogée)."),
    ("p", "La présente note fixe les dates nationales des épreuves ponctuelles écrites de la session 2029 et "
          "encadre les épreuves organisées par les académies. Le calendrier horaire des épreuves écrites figure "
          "en annexe 1 (archive « annexes »), les grilles d'évaluation en annexe 2. Les horaires sont donnés en "
          "heure de métropole ; les académies d'outre-mer les transposent selon leurs règles habituelles."),
    ("h", "1. Liste des épreuves"),
    ("table", [["Épreuve", "Intitulé", "Forme ponctuelle", "Organisation"],
               ["E1", "Culture générale et expression", "écrite, 4 h", "date nationale (annexe 1)"],
               ["E2", "Anglais", "orale ou CCF", "académique, sans date nationale"],
               ["E3", "Mathématiques et physique-chimie", "", ""],
               ["E31", "Mathématiques", "écrite, 2 h", "date nationale (annexe 1)"],
               ["E32", "Physique et chimie", "écrite, 2 h", "date nationale (annexe 1)"],
               ["E4", "Conception", "", ""],
               ["E41", "Analyse et définition d'un système", "écrite, 4 h", "date nationale (annexe 1)"],
               ["E42", "Conception d'une installation (sujet par option)", "écrite, 6 h", "date nationale (annexe 1)"],
               ["E5", "Mise en œuvre", "", ""],
               ["E51", "Management de chantier", "orale, 40 min", "académique (période nationale)"],
               ["E52", "Essais et mesures", "pratique, 6 h", "académique (période nationale)"],
               ["E6", "Activités professionnelles", "", ""],
               ["E61", "Rapport de stage", "orale, 30 min", "académique (période nationale)"],
               ["EF1", "Langue vivante facultative", "orale, 20 min", "académique, sans date nationale"]],
     [1.6, 7.0, 3.4, 5.0]),
    ("h", "2. Épreuves organisées par les académies"),
    ("p", "Les épreuves E51, E52 et E61 se déroulent, dans chaque académie, entre le mardi 22 mai et le vendredi "
          "8 juin 2029. Le lundi 21 mai 2029 (lundi de Pentecôte) est férié."),
    ("p", "Les rapports de stage (E61) sont déposés à la date fixée par chaque académie, et au plus tard le "
          "vendredi 27 avril 2029."),
    ("h", "3. Notes et résultats"),
    ("p", "Les notes de toutes les épreuves sont saisies au plus tard le mercredi 13 juin 2029. Les académies "
          "publient les résultats au plus tard le vendredi 6 juillet 2029."),
    ("sig", "Pour la ministre et par délégation,\nla cheffe du service de la stratégie des formations\n\nMarianne Oudot-Leclerc"),
]

CAL_TITRE = "Annexe 1 – BTS FED – session 2029 – calendrier national des épreuves écrites (heure de métropole)"
CAL = [["Jour", "Horaire", "Épreuve", "Intitulé", "Options"],
       ["lundi 14 mai 2029", "14 h 00 – 18 h 00", "E1", "Culture générale et expression", "toutes"],
       ["mardi 15 mai 2029", "8 h 00 – 10 h 00", "E31", "Mathématiques", "toutes"],
       ["mardi 15 mai 2029", "10 h 30 – 12 h 30", "E32", "Physique et chimie", "toutes"],
       ["mercredi 16 mai 2029", "8 h 00 – 12 h 00", "E41", "Analyse et définition d'un système", "toutes"],
       ["jeudi 17 mai 2029", "8 h 00 – 14 h 00", "E42", "Conception d'une installation", "A, B, C (sujet par option)"]]

GRILLE = [
    ("title", "Annexe 2 – Grille d'évaluation de l'épreuve E52 – Essais et mesures\nBTS FED – session 2029"),
    ("form", "Candidat :"), ("form", "Option :  ☐ A   ☐ B   ☐ C"),
    ("table", [["Critère", "Barème", "Note"],
               ["Préparation de l'intervention", "/ 4", ""], ["Réalisation des essais", "/ 8", ""],
               ["Analyse des mesures", "/ 5", ""], ["Compte rendu", "/ 3", ""], ["Total", "/ 20", ""]], [9, 3, 3]),
    ("form", "Date : ___ / ___ / 2029     Examinateurs (noms, signatures) :"),
]

LISEZMOI = """Note nationale BTS FED - session 2029
- Note_organisation_BTS_FED_2029.docx : la note
- annexes.zip : annexe 1 (calendrier des écrits) et annexe 2 (grille E52)
"""
