"""BTS Métiers du géomètre-topographe et de la modélisation numérique (MGTMN), académie d'Orléans-Tours, session 2028. Invented text."""
STEM = "circulaire_mgtmn_2028_orleans-tours"
AUTEUR = "Thomas Guérineau"
TITRE = "BTS MGTMN 2028 organisation"
EN_TETE_G = ["ACADÉMIE D'ORLÉANS-TOURS", "Liberté", "Égalité", "Fraternité"]
EN_TETE_D = ["Rectorat", "Division des examens et concours", "DEC 4 – Examens de l'enseignement supérieur",
             "Dossier suivi par : Thomas Guérineau", "Téléphone : 02 38 79 46 12", "Courriel : ce.dec4@ac-orleans-tours.fr",
             "21 rue Saint-Étienne", "45043 Orléans Cedex 1"]
LIEU_DATE = "Orléans, le 26 janvier 2028"
EXPEDITEUR = ["Le recteur de l'académie d'Orléans-Tours,", "chancelier des universités"]
DESTINATAIRES = ["à", "Mesdames et Messieurs les chefs d'établissement des lycées et CFA préparant au BTS MGTMN",
                 "s/c de Mesdames et Messieurs les inspecteurs d'académie – IA-DASEN"]
OBJET = ("Brevet de technicien supérieur Métiers du géomètre-topographe et de la modélisation numérique (MGTMN) – "
         "session 2028 – organisation des épreuves")
REFERENCES = ["Arrêté du 5 mai 2021 modifié portant définition et fixant les conditions de délivrance du BTS MGTMN",
              "Note de service n° 2027-182 du 14 décembre 2027 relative au calendrier des BTS session 2028"]
PJ = "Tableau de propositions d'examinateurs et de surveillants"

BLOCS = [
    ("p", "J'ai l'honneur de vous communiquer ci-dessous les dispositions retenues pour l'organisation de la session "
          "2028 du BTS MGTMN dans l'académie. Je vous saurais gré de bien vouloir en informer les candidats de votre "
          "établissement ainsi que les enseignants concernés."),
    ("h", "1. Calendrier de la session"),
    ("table", ["Épreuve", "Intitulé", "Nature", "Date(s)", "Horaires", "Lieu"], [
        ["E1", "Culture générale et expression", "écrite", "lundi 15 mai 2028", "14 h 00 - 18 h 00", "centres d'écrit"],
        ["E2", "Langue vivante étrangère : anglais", "orale (candidats hors CCF)", "du lundi 29 au mercredi 31 mai 2028", "selon convocation", "Lycée Pierre-Émile Martin"],
        ["E3", "Mathématiques", "écrite", "mardi 16 mai 2028", "10 h 00 - 12 h 00", "centres d'écrit"],
        ["E4", "Étude technique d'un projet de topographie", "écrite", "mercredi 17 mai 2028", "13 h 30 - 17 h 30", "centres d'écrit"],
        ["E5", "Épreuve professionnelle de synthèse", "", "", "", ""],
        ["E51", "Réalisation de travaux topographiques sur le terrain", "pratique", "du mardi 30 mai au vendredi 2 juin 2028", "selon convocation", "Lycée Pierre-Émile Martin"],
        ["E52", "Modélisation numérique et traitement des données", "pratique", "du mardi 6 au jeudi 8 juin 2028", "selon convocation", "Lycée Pierre-Émile Martin"],
        ["E6", "Soutenance du rapport de projet", "orale", "du lundi 12 au mercredi 14 juin 2028", "selon convocation", "Lycée Pierre-Émile Martin"],
    ], [1.8, 3.8, 2.2, 3.6, 3.1, 2.5]),
    ("p", "Le lundi 8 mai 2028 et le jeudi 25 mai 2028 (Ascension) sont fériés ; le lundi 5 juin 2028 (lundi de "
          "Pentecôte), journée de solidarité, n'est pas travaillé dans les centres concernés. Aucune épreuve n'est "
          "programmée ces jours-là."),
    ("h", "2. Centres d'épreuves"),
    ("p", "Épreuves écrites : Lycée Benjamin Franklin, 21 bis rue Eugène Vignat, 45000 Orléans (candidats du Loiret, "
          "de l'Eure-et-Loir et du Loir-et-Cher) ; Lycée Grandmont, avenue de Sévigné, 37200 Tours (candidats "
          "d'Indre-et-Loire, du Cher et de l'Indre)."),
    ("p", "Épreuves pratiques et orales (E2, E51, E52, E6) : Lycée Pierre-Émile Martin, 1 avenue de Gail, 18000 "
          "Bourges, pour l'ensemble des candidats de l'académie."),
    ("h", "3. Examinateurs et surveillants"),
    ("p", "Les propositions d'examinateurs et de surveillants, établies sur le tableau joint, sont à retourner à la "
          "DEC 4 avant le vendredi 10 mars 2028, délai de rigueur."),
    ("h", "4. Correction dématérialisée"),
    ("p", "Les copies de l'épreuve E4 sont numérisées dans les centres d'écrit et corrigées de manière dématérialisée "
          "du lundi 22 mai au mercredi 31 mai 2028. Les correcteurs recevront leurs identifiants de connexion par "
          "courriel."),
    ("h", "5. Rapport de projet de l'épreuve E6"),
    ("p", "Le rapport de projet est déposé en deux exemplaires papier, accompagnés d'une version numérique au format "
          "PDF, au Lycée Pierre-Émile Martin de Bourges au plus tard le lundi 3 avril 2028 à 17 h 00."),
    ("p", "Le contrôle de conformité des rapports aura lieu le jeudi 6 avril 2028 à 9 h 00. Les vacances de "
          "printemps (zone B) s'étendant du samedi 8 avril au lundi 24 avril 2028, les candidats dont le rapport "
          "serait déclaré non conforme en seront avisés avant cette période, par l'intermédiaire de leur "
          "établissement."),
    ("h", "6. Délibération et résultats"),
    ("p", "Le jury de délibération se tiendra le vendredi 30 juin 2028 à 10 h 00 au Lycée Benjamin Franklin, "
          "Orléans. Les résultats seront publiés le mercredi 5 juillet 2028 à 14 h 00."),
    ("p", "Je vous remercie pour votre précieuse collaboration."),
]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Laurent Pichereau"]
ANNEXE = [
    ("h", "Propositions d'examinateurs et de surveillants – BTS MGTMN session 2028"),
    ("table", ["Nom", "Prénom", "Discipline", "Épreuve(s)", "Établissement"], [["", "", "", "", ""], ["", "", "", "", ""], ["", "", "", "", ""]]),
    ("p", "Fait à …………………………, le …… / …… / 2028      Signature du chef d'établissement :"),
]
PIEGES = ["2028-01-26", "2021-05-05", "2027-12-14", "2028-05-08", "2028-05-25", "2028-06-05", "2028-04-08", "2028-04-24"]
