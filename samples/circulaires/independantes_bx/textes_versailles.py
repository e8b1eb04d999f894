"""BTS Pilotage de procédés (PP), académie de Versailles, session 2028 (two tables, date in the first column,
« de 8 h à 10 h »). Also printed and scanned."""
STEM = "circulaire_pp_2028_versailles"
FONT = "Liberation Serif"
HEAD_FILL = "DDDDDD"
EN_TETE = ["ACADÉMIE DE VERSAILLES", "Liberté – Égalité – Fraternité", "",
           "Rectorat", "Division des examens et concours – DEC 3", "Bureau des BTS industriels",
           "Affaire suivie par : Nathalie Guérin-Dufresne", "Tél. : 01 30 83 47 25",
           "Courriel : dec3-bts-industriels@ac-versailles.fr"]
LIEU_DATE = "Versailles, le 17 février 2028"
DESTINATAIRES = ("Le recteur de l'académie de Versailles\n"
                 "à\n"
                 "Mesdames et Messieurs les proviseurs des lycées préparant au BTS Pilotage de procédés\n"
                 "Mesdames et Messieurs les directeurs des centres de formation d'apprentis\n"
                 "Madame l'inspectrice IEN ET STI, pour information")
OBJET = "Objet : BTS Pilotage de procédés (PP) – Session 2028 – Calendrier et organisation des épreuves"
REFERENCES = ("Références :\n"
              "– arrêté du 2 juin 2015 portant définition et fixant les conditions de délivrance du BTS Pilotage de procédés ;\n"
              "– circulaire nationale d'organisation des BTS de la session 2028 du 12 janvier 2028.")
PIED = "Rectorat de l'académie de Versailles – 3 boulevard de Lesseps – 78017 Versailles Cedex"

BLOCKS = [
    ("p", "J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2028 du BTS Pilotage "
          "de procédés. Je vous saurais gré de bien vouloir porter ces informations à la connaissance des "
          "enseignants et des candidats concernés."),
    ("h", "1. Centres d'épreuves"),
    ("p", "Épreuves écrites : Lycée du Parc de Vilgénis, 80 rue de Versailles, 91300 Massy ; Lycée Jean Jaurès, "
          "25 rue Charles Lecocq, 95100 Argenteuil (candidats du Val-d'Oise et des Yvelines).\n"
          "Épreuve pratique E5 : Lycée Jean-Pierre Timbaud, 4 rue Henri Douard, 91220 Brétigny-sur-Orge.\n"
          "Épreuve orale E6 et oral d'anglais : Lycée du Parc de Vilgénis, Massy."),
    ("p", "Le lycée Jules Ferry de Versailles, qui accueillait les épreuves pratiques lors de la session 2027, "
          "n'est plus centre d'épreuves pour cette spécialité."),
    ("p", "Les convocations seront mises en ligne sur Cyclades le vendredi 24 mars 2028."),
    ("h", "2. Tableau A – Épreuves écrites"),
    ("table", [["Date", "Horaires", "Épreuve", "Durée"],
               ["mardi 16 mai 2028", "de 14 h à 18 h", "E1 – Culture générale et expression", "4 h"],
               ["mercredi 17 mai 2028", "de 8 h à 10 h", "E31 – Mathématiques", "2 h"],
               ["mercredi 17 mai 2028", "de 10 h 30 à 12 h 30", "E32 – Physique-chimie", "2 h"],
               ["jeudi 18 mai 2028", "de 8 h à 12 h", "E4 – Étude et analyse d'un procédé", "4 h"]],
     [3.8, 3.6, 7.4, 1.6]),
    ("p", "Les sous-épreuves E31 et E32 constituent l'épreuve E3 « Mathématiques et physique-chimie »."),
    ("p", "Commission d'entente de l'épreuve E4 : vendredi 19 mai 2028 à 10 h, au lycée du Parc de Vilgénis."),
    ("h", "3. Tableau B – Épreuves pratiques et orales"),
    ("table", [["Période", "Épreuve", "Centre"],
               ["du lundi 29 mai au vendredi 2 juin 2028", "E5 – Conduite et optimisation d'un procédé (pratique, 6 h)",
                "Lycée Jean-Pierre Timbaud, Brétigny-sur-Orge"],
               ["du lundi 29 mai au vendredi 2 juin 2028", "E2 – Anglais, oral ponctuel (candidats hors CCF)",
                "Lycée du Parc de Vilgénis, Massy"],
               ["du mardi 6 juin au jeudi 8 juin 2028", "E6 – Projet industriel : soutenance",
                "Lycée du Parc de Vilgénis, Massy"]],
     [5.0, 6.6, 4.8]),
    ("p", "Pour les candidats scolaires et apprentis des établissements habilités, l'épreuve E2 est évaluée en "
          "contrôle en cours de formation. Jours fériés pendant la période : lundi 8 mai, jeudi 25 mai (Ascension) "
          "et lundi 5 juin 2028 (Pentecôte)."),
    ("h", "4. Dossier de projet E6"),
    ("p", "Le dossier de projet est déposé par l'établissement au lycée du Parc de Vilgénis au plus tard le "
          "vendredi 7 avril 2028 à 12 h. Le contrôle de conformité aura lieu le jeudi 13 avril 2028 à 14 h. "
          "Les non-conformités seront notifiées aux établissements avant les vacances de printemps (du samedi "
          "15 avril au dimanche 30 avril 2028)."),
    ("h", "5. Notes, jury et résultats"),
    ("p", "Les notes de CCF et des épreuves pratiques et orales seront saisies au plus tard le vendredi 9 juin 2028."),
    ("p", "Le jury de délibération se tiendra le lundi 26 juin 2028 à 14 h au lycée du Parc de Vilgénis, Massy. "
          "Les résultats seront publiés le mercredi 28 juin 2028 à 16 h."),
    ("sig", "Pour le recteur et par délégation,\nLa cheffe de la division des examens et concours,\n\nIsabelle Rouvière"),
    ("pagebreak",),
    ("h", "Annexe – Attestation de dépôt du dossier E6"),
    ("p", "Le centre de dépôt atteste avoir reçu ____ dossier(s) de l'établissement : ________________________\n"
          "Reçu le ___ / ___ / 2028 à ___ h ___\n"
          "Signature et cachet :"),
]
PIEGES_DATES = ["2028-01-12", "2028-05-08", "2028-05-25", "2028-06-05", "2028-04-15", "2028-04-30"]
PIEGES_CENTRES = [("ferry", "Versailles")]
