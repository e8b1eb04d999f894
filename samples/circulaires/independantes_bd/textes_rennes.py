"""BTS Comptabilité et gestion, académie de Rennes, session 2027 (fictitious).
Rendered as DOCX, then LibreOffice PDF whose /ToUnicode maps are removed."""
TITRE = "Circulaire BTS CG 2027 - Rennes"
BLOCS = [
    ("entete",
     ["ACADÉMIE DE RENNES", "Rectorat", "Division des examens et concours", "DEC 3 – Bureau des BTS",
      "Affaire suivie par : Gwenaëlle Le Bihan", "Tél. : 02 23 21 74 18", "Mél : dec3-bts@ac-rennes.fr",
      "96 rue d'Antrain – CS 10503", "35705 Rennes Cedex 7"],
     ["Rennes, le 1er février 2027", "", "Le recteur de l'académie de Rennes", "à",
      "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat",
      "Mesdames et Messieurs les directeurs de CFA"]),
    ("objet", "BTS Comptabilité et gestion (CG) – Session 2027 – Organisation des épreuves"),
    ("ref", "Arrêté du 29 mars 2019 modifié portant définition et fixant les conditions de délivrance du brevet de technicien supérieur « Comptabilité et gestion »."),
    ("p", "La présente circulaire précise l'organisation de la session 2027 du BTS Comptabilité et gestion dans "
          "l'académie de Rennes. Je vous remercie de la porter à la connaissance des candidats, des équipes "
          "pédagogiques et des services de scolarité."),
    ("h", "1. Épreuves écrites"),
    ("p", "Les épreuves écrites se dérouleront aux dates et horaires suivants :"),
    ("table", [0.22, 0.17, 0.49, 0.12], ["Date", "Horaire", "Épreuve", "Durée"], [
        ["Lundi 10 mai 2027", "14h00 – 18h00", "E1 – Culture générale et expression", "4 h"],
        ["Mardi 11 mai 2027", "14h00 – 18h00", "E4 – Culture économique, juridique et managériale", "4 h"],
        ["Mercredi 12 mai 2027", "9h00 – 13h30", "E5 – Traitement et contrôle des opérations comptables, fiscales et sociales", "4 h 30"],
        ["Jeudi 13 mai 2027", "10h00 – 12h00", "E2 – Langue vivante étrangère : anglais", "2 h"],
    ]),
    ("p", "L'épreuve E3 – Mathématiques appliquées est évaluée exclusivement en contrôle en cours de formation (CCF) "
          "pour les candidats scolaires et apprentis des établissements habilités ; elle ne donne lieu à aucune convocation."),
    ("p", "Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés : aucune épreuve "
          "n'est organisée ces jours-là."),
    ("h", "2. Centres d'épreuves écrites"),
    ("liste", ["Lycée Bréquigny – 7 avenue Georges Graff – 35200 Rennes",
               "Lycée Dupuy de Lôme – 4 rue Jean Le Coutaller – 56100 Lorient",
               "Lycée de Kerichen – rue Prince de Joinville – 29200 Brest",
               "Lycée Ernest Renan – 2 bis boulevard Hérault – 22000 Saint-Brieuc"]),
    ("p", "La répartition des candidats entre les centres figure sur leur convocation. Les établissements de formation "
          "qui ne sont pas centres (lycée Saint-Vincent – La Providence à Rennes, lycée Saint-Louis à Lorient, CFA de la "
          "CCI à Ploufragan) désignent néanmoins des surveillants pour le centre de leurs candidats."),
    ("h", "3. Épreuve E6 – Parcours de professionnalisation (oral)"),
    ("p", "Le dossier de l'épreuve E6 (fiches descriptives et tableau de synthèse) est déposé sous forme numérique sur la "
          "plateforme académique au plus tard le vendredi 2 avril 2027 à 12h00. Le contrôle de conformité des dossiers "
          "aura lieu le jeudi 15 avril 2027 à 14h00 au lycée Joliot-Curie de Rennes. Les vacances de printemps "
          "(zone B) s'étendent du samedi 17 avril au dimanche 2 mai 2027."),
    ("p", "Les interrogations se dérouleront du mardi 25 mai au vendredi 4 juin 2027 au lycée Joliot-Curie, "
          "144 boulevard de Vitré, 35700 Rennes. Durée : 30 minutes (exposé 10 minutes, entretien 20 minutes)."),
    ("h", "4. Épreuve facultative"),
    ("p", "L'épreuve facultative EF1 – Langue vivante étrangère 2 (allemand, espagnol, italien) se déroulera le "
          "mercredi 2 juin 2027 au lycée Joliot-Curie de Rennes (oral : 20 minutes de préparation, 20 minutes d'interrogation)."),
    ("h", "5. Correction, délibération et résultats"),
    ("table", [0.42, 0.30, 0.28], ["Étape", "Date", "Lieu"], [
        ["Réunion d'entente et d'harmonisation E5", "Mardi 18 mai 2027 à 9h30", "Lycée Bréquigny, Rennes"],
        ["Saisie des notes de CCF et d'oral dans Cyclades", "au plus tard le vendredi 11 juin 2027", "—"],
        ["Jury de délibération", "Jeudi 24 juin 2027 à 9h00", "Lycée Bréquigny, Rennes"],
        ["Publication des résultats", "Vendredi 2 juillet 2027 à 10h00", "Site de l'académie"],
    ]),
    ("p", "Je vous remercie de veiller à la bonne diffusion de ces informations."),
    ("signature", ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "", "Maëlle Guillou"]),
]
