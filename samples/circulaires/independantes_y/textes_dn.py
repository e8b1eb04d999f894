"""Textes de la circulaire fictive Orléans-Tours, BTS Diététique et nutrition, session 2027."""
STEM = "circulaire_dn_2027_orleans-tours"
EN_TETE = ["RÉGION ACADÉMIQUE CENTRE-VAL DE LOIRE", "ACADÉMIE D'ORLÉANS-TOURS",
           "Liberté – Égalité – Fraternité"]
BUREAU = ["Rectorat", "Division des examens et concours", "DEC 3 – Bureau des BTS",
          "Affaire suivie par : Mme Solène Vérand", "Tél. : 02 38 79 41 12",
          "Mél : ce.dec3@ac-orleans-tours.fr", "21, rue Saint-Étienne", "45043 Orléans Cedex 1"]
LIEU_DATE = "Orléans, le 8 février 2027"
DESTINATAIRES = ("Le recteur de la région académique Centre-Val de Loire, recteur de l'académie d'Orléans-Tours, "
                 "chancelier des universités\n\nà\n\nMesdames et Messieurs les chefs des établissements "
                 "centres d'épreuves et de formation")
OBJET = "Objet : organisation du BTS DIÉTÉTIQUE ET NUTRITION (DN) – session 2027"
REFS = ["arrêté du 13 juin 2023 portant définition et fixant les conditions de délivrance du brevet de technicien "
        "supérieur « Diététique et nutrition » ;",
        "circulaire nationale d'organisation de la session 2027 du 14 janvier 2027."]
INTRO = ("J'ai l'honneur de vous faire connaître ci-après les dispositions arrêtées pour la session 2027 du "
         "BTS Diététique et nutrition. Je vous remercie d'en assurer la plus large diffusion auprès des "
         "équipes pédagogiques et des candidats.")
ECRITS_TITRE = "1. ÉPREUVES ÉCRITES PONCTUELLES"
ECRITS_ENTETE = "Date\tÉpreuve\tHoraire\tDurée"
ECRITS = [("lun. 10/05/27", "E1 – Culture générale et expression", "14h00 – 18h00", "4 h"),
          ("mar. 11/05/27", "E4.1 – Bases scientifiques de l'alimentation", "08h00 – 11h00", "3 h"),
          ("mer. 12/05/27", "E3 – Biologie et physiopathologie appliquées", "09h00 – 12h00", "3 h")]
ECRITS_NOTE = ("Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le vendredi 7 mai 2027 "
               "(pont). Les candidats doivent être présents 30 minutes avant le début de chaque épreuve.")
CENTRES_ECRITS_TITRE = "Centres d'épreuves écrites"
CENTRES_ECRITS = [["Lycée Grandmont", "Avenue de Sévigné", "37204 TOURS CEDEX 3",
                   "(candidats d'Indre-et-Loire, de Loir-et-Cher et de l'Indre)"],
                  ["Lycée Benjamin Franklin", "21 bis rue Eugène Vignat – BP 8909", "45089 ORLÉANS CEDEX 2",
                   "(candidats du Loiret, du Cher et d'Eure-et-Loir)"]]
CCF_TITRE = "2. ÉPREUVE ÉVALUÉE EN CONTRÔLE EN COURS DE FORMATION"
CCF = ("L'épreuve E2 – Langue vivante étrangère : anglais est évaluée exclusivement en CCF pour tous les "
       "candidats. Elle ne figure donc pas au calendrier ; les propositions de notes sont saisies avec les "
       "autres notes (voir point 5).")
E6_TITRE = "3. RAPPORT D'ACTIVITÉS PROFESSIONNELLES (E6)"
E6 = ["Le rapport de l'épreuve E6 – Management de la qualité en restauration collective est à transmettre "
      "en deux exemplaires au centre d'interrogation (Lycée Marguerite de Navarre, Bourges) au plus tard le "
      "vendredi 23 avril 2027 à 12 h, le cachet de la poste ne faisant pas foi.",
      "La commission de contrôle de conformité se réunira le mardi 4 mai 2027 à 14 h dans ce même lycée. "
      "Les candidats dont le rapport est déclaré non conforme en seront informés par le centre.",
      "Rappel : vacances de printemps (zone B) du samedi 10 avril au lundi 26 avril 2027 au matin ; les "
      "établissements veilleront à recueillir les rapports avant le départ en congés."]
GANTT_TITRE = "4. PLANNING DES ÉPREUVES ORALES ET PRATIQUES"
GANTT_SOUS_TITRE = ("Lecture : les cases grisées indiquent les jours d'interrogation ; ◆ = réunion. "
                    "Colonne grisée = lundi de Pentecôte (férié).")
# semaines : (libellé, [(jour, numéro, mois)])
SEMAINES = [("S20 – mai", [("L", 17, 5), ("M", 18, 5), ("M", 19, 5), ("J", 20, 5), ("V", 21, 5)]),
            ("S21 – mai", [("L", 24, 5), ("M", 25, 5), ("M", 26, 5), ("J", 27, 5), ("V", 28, 5)]),
            ("S22 – mai / juin", [("L", 31, 5), ("M", 1, 6), ("M", 2, 6), ("J", 3, 6), ("V", 4, 6)]),
            ("S23 – juin", [("L", 7, 6), ("M", 8, 6), ("M", 9, 6), ("J", 10, 6), ("V", 11, 6)])]
FERIE = (17, 5)
# ligne : (libellé, jours actifs [(j, m)], marque, période)
GANTT = [("EF1 – Langue vivante facultative (oral)", [(18, 5)], "", "18/05"),
         ("E4.2 – Éducation et conseil nutritionnel (oral)", [(25, 5), (26, 5), (27, 5), (28, 5)], "",
          "25/05 → 28/05"),
         ("Réunion d'entente E5 / E6", [(26, 5)], "◆", "26/05 – 14 h"),
         ("E5 – Démarche de soin diététique (pratique)", [(31, 5), (1, 6), (2, 6), (3, 6), (4, 6)], "",
          "31/05 → 04/06"),
         ("E6 – Management de la qualité en restauration collective (oral)", [(7, 6), (8, 6), (9, 6)], "",
          "07/06 → 09/06")]
CENTRES_ORAUX_ENTETE = ["Épreuve(s)", "Centre d'interrogation", "Adresse", "Ville"]
CENTRES_ORAUX = [["E4.2, E6 et réunion d'entente", "Lycée Marguerite de Navarre", "50 rue de Vauvert – BP 134",
                  "18016 BOURGES CEDEX"],
                 ["E5", "Lycée Grandmont", "Avenue de Sévigné", "37204 TOURS CEDEX 3"],
                 ["EF1", "Lycée Benjamin Franklin", "21 bis rue Eugène Vignat", "45089 ORLÉANS CEDEX 2"]]
E4_NOTE = ("L'épreuve E4 – Alimentation, nutrition et santé comporte deux sous-épreuves : E4.1 (écrite) et "
           "E4.2 (orale).")
FIN_TITRE = "5. NOTES, DÉLIBÉRATION ET RÉSULTATS"
FIN = ["Saisie des notes et des propositions de notes de CCF dans Lotanet : au plus tard le jeudi 10 juin 2027 "
       "à 17 h.",
       "Jury de délibération : mardi 22 juin 2027 à 9 h 00, rectorat d'Orléans-Tours, salle 204.",
       "Publication des résultats : vendredi 25 juin 2027 à 14 h sur le portail Cyclades."]
FORMATION_TITRE = "Établissements de formation concernés (pour information – ne sont pas centres d'épreuves)"
FORMATION = ["Lycée Grandmont – Tours", "Lycée Sainte-Marie – Blois", "Lycée Saint-Paul-Bourdon-Blanc – Orléans",
             "CFA Campus des métiers et de l'artisanat – Joué-lès-Tours"]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,", "",
             "Hélène Marchadier"]
ANNEXE_TITRE = "ANNEXE – Attestation de remise du rapport E6"
ANNEXE = ["Nom et prénom du candidat : ……………………………………………",
          "Numéro de candidat : ……………………",
          "Rapport remis en deux exemplaires au centre d'interrogation.",
          "Fait à ……………………………, le …/…/20…", "Signature et cachet du centre :"]
PIED = "DEC 3 – Circulaire BTS DN – session 2027"
