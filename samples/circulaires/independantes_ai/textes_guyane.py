"""Texte de la circulaire fictive BTS Tourisme, académie de la Guyane, session 2026 (DOCX, demi-journées)."""

ENTETE = [
    "RÉGION ACADÉMIQUE GUYANE",
    "Rectorat de la Guyane",
    "Division des examens et concours – DEC 2",
    "Bureau des examens de l'enseignement supérieur",
    "Affaire suivie par : Maïté Lapaix-Jonas",
    "Courriel : dec2-bts@ac-guyane.example",
]

LIEU_DATE = "Cayenne, le 9 mars 2026"

DESTINATAIRES = ("Le recteur de la région académique Guyane\n"
                 "à\n"
                 "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat,\n"
                 "Mesdames et Messieurs les directeurs des centres de formation d'apprentis")

OBJET = "Objet : BTS Tourisme – session 2026 – organisation des épreuves dans l'académie de la Guyane"

REFERENCES = [
    "Décret n° 2013-756 du 19 août 2013 portant règlement général du brevet de technicien supérieur ;",
    "Arrêté du 5 avril 2018 portant définition et fixant les conditions de délivrance du BTS Tourisme ;",
    "Note de service nationale relative au calendrier des épreuves écrites des BTS, session 2026.",
]

INTRO = ("La présente circulaire précise le calendrier et les modalités d'organisation des épreuves du BTS Tourisme "
         "pour les candidats inscrits dans l'académie de la Guyane. Je vous remercie d'en assurer la diffusion auprès "
         "des équipes pédagogiques et des candidats.")

SECTIONS = []  # (titre, [paragraphes]) ; le tableau des demi-journées est inséré après la section 2

HEURE = ("1. Heure de référence",
         ["Tous les horaires de la présente circulaire sont exprimés en heure légale de la Guyane (UTC−3), soit cinq "
          "heures de moins qu'à Paris pendant la période des épreuves. Les sujets des épreuves écrites sont propres à "
          "la zone Antilles-Guyane ; aucune conversion n'est à effectuer par les centres.",
          "Les candidats sont convoqués trente minutes avant le début de chaque épreuve. Aucun candidat n'est admis "
          "en salle après la première heure de composition."])

ECRITS = ("2. Épreuves écrites",
          ["Les épreuves écrites se déroulent dans les deux centres suivants :",
           "• Lycée Félix Éboué, rocade de Zéphir, 97300 Cayenne (candidats de l'île de Cayenne, de Kourou et de l'Est) ;",
           "• Lycée Bertène Juminer, avenue Paul Castaing, 97320 Saint-Laurent-du-Maroni (candidats de l'Ouest guyanais).",
           "Le calendrier est présenté ci-dessous par demi-journée. Une ligne sans épreuve signifie que la demi-journée "
           "est libre pour les candidats du BTS Tourisme."])

# Une ligne par demi-journée : (jour, demi-journée, horaire, épreuve, unité). Le jour n'est écrit que sur la ligne du matin.
DEMI_JOURNEES = [
    ("Lundi 11 mai 2026", "Matin", "7 h 30 – 11 h 30 (4 h)", "E1 – Culture générale et expression", "U1"),
    ("", "Après-midi", "—", "—", ""),
    ("Mardi 12 mai 2026", "Matin", "8 h 00 – 12 h 00 (4 h)", "E3 – Culture économique, juridique et managériale", "U3"),
    ("", "Après-midi", "13 h 30 – 16 h 30 (3 h)", "E4 – Tourisme et territoires", "U4"),
    ("Mercredi 13 mai 2026", "Matin", "—", "—", ""),
    ("", "Après-midi", "—", "—", ""),
    ("Jeudi 14 mai 2026", "Matin", "Jour férié (Ascension)", "—", ""),
    ("", "Après-midi", "Jour férié (Ascension)", "—", ""),
]
ENTETES_TABLEAU = ["Jour", "Demi-journée", "Horaire (heure de Guyane)", "Épreuve", "Unité"]

CORRECTION = ("3. Correction des épreuves écrites",
              ["Les copies des épreuves E1, E3 et E4 sont corrigées au Lycée Félix Éboué, centre de correction unique, "
               "du mardi 19 mai au vendredi 22 mai 2026. Les copies du centre de Saint-Laurent-du-Maroni y sont "
               "acheminées par la navette rectorale.",
               "Une réunion d'entente des correcteurs de l'épreuve E4 se tiendra le mardi 19 mai 2026 à 8 h 00 dans le "
               "même établissement, avant la remise des lots de copies."])

ORAUX_TITRE = "4. Épreuves orales et pratiques"
ORAUX = [
    ("4.1 E2 – Communication en langues vivantes étrangères",
     ["La sous-épreuve E21 (unité U21, langue vivante A) et la sous-épreuve E22 (unité U22, langue vivante B) sont "
      "évaluées en contrôle en cours de formation pour les candidats des établissements habilités.",
      "Candidats hors CCF (forme ponctuelle) : les interrogations orales ont lieu au Lycée Léon-Gontran-Damas, "
      "route de Montjoly, 97354 Remire-Montjoly, du mardi 2 au jeudi 4 juin 2026."]),
    ("4.2 E5 – Gestion de la relation clientèle touristique (U5)",
     ["Dans l'académie de la Guyane, l'épreuve E5 est évaluée exclusivement en contrôle en cours de formation, y "
      "compris pour les candidats issus de la formation continue. Aucune session ponctuelle n'est organisée."]),
    ("4.3 E6 – Élaboration d'une prestation touristique (U6)",
     ["Les dossiers des candidats sont déposés au plus tard le vendredi 17 avril 2026 à 12 h 00 (heure de Guyane) "
      "au rectorat, DEC 2, route de Baduel, 97300 Cayenne.",
      "Le contrôle de conformité des dossiers E6 aura lieu le mercredi 22 avril 2026 à 14 h 00 ; les établissements "
      "seront informés des dossiers non conformes dans les quarante-huit heures.",
      "Les interrogations se déroulent du lundi 1er juin au vendredi 5 juin 2026 au Lycée Melkior-Garré, "
      "avenue de la Liberté, 97300 Cayenne."]),
    ("4.4 E7 – Gestion de l'information touristique (U7)",
     ["Épreuve pratique sur poste informatique, organisée les mardi 26 et mercredi 27 mai 2026 au Lycée "
      "Gaston-Monnerville, 97310 Kourou. Les horaires de passage figurent sur les convocations individuelles."]),
]

NOTES = ("5. Notes de CCF et livrets scolaires",
         ["Les notes de contrôle en cours de formation (E21, E22, E5) sont saisies dans l'application académique "
          "au plus tard le vendredi 29 mai 2026.",
          "Les livrets scolaires sont transmis à la DEC 2 au plus tard le vendredi 12 juin 2026."])

JURY = ("6. Jury et résultats",
        ["Le jury de délibération se réunira le jeudi 25 juin 2026 à 9 h 00 au rectorat, route de Baduel, Cayenne.",
         "Les résultats seront publiés le vendredi 26 juin 2026 à 16 h 00 (heure de Guyane)."])

RAPPELS = ("7. Rappels",
           ["Jours fériés pendant la session : jeudi 14 mai 2026 (Ascension), lundi 25 mai 2026 (lundi de Pentecôte) "
            "et mercredi 10 juin 2026 (commémoration de l'abolition de l'esclavage, férié en Guyane).",
            "Pour information, les sections de BTS Tourisme de l'académie sont implantées au Lycée Melkior-Garré "
            "(Cayenne) et à l'Institut de formation Les Palmistes (Matoury) ; ce dernier n'est pas centre d'examen."])

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,",
             "Line Théodose-Marchal"]
