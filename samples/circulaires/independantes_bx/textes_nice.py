"""BTS Assurance, académie de Nice, session 2026 (calendar: one table, date in the first column, « de 9 h à 13 h »)."""
STEM = "circulaire_assurance_2026_nice"
FONT = "Liberation Sans"
HEAD_FILL = "D9E2F3"
EN_TETE = ["RÉGION ACADÉMIQUE PROVENCE-ALPES-CÔTE D'AZUR", "ACADÉMIE DE NICE",
           "Liberté – Égalité – Fraternité", "",
           "Rectorat", "Division des examens et concours", "DEC 4 – Examens de l'enseignement supérieur",
           "Affaire suivie par : Sandrine Orsatelli", "Tél. : 04 93 53 71 42", "Mél : ce.dec4@ac-nice.fr"]
LIEU_DATE = "Nice, le 12 février 2026"
DESTINATAIRES = ("Le recteur de l'académie de Nice\n"
                 "à\n"
                 "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat\n"
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation\n"
                 "s/c de Mesdames et Messieurs les IA-IPR d'économie et gestion")
OBJET = "Objet : BTS Assurance – Session 2026 – Organisation des épreuves"
REFERENCES = ("Références :\n"
              "– décret n° 95-665 du 9 mai 1995 modifié portant règlement général du brevet de technicien supérieur ;\n"
              "– arrêté du 21 mars 2019 portant définition et fixant les conditions de délivrance du BTS Assurance ;\n"
              "– note de service nationale relative à l'organisation de la session 2026 du 15 janvier 2026.")
PIED = "Rectorat de l'académie de Nice – 53 avenue Cap de Croix – 06181 Nice Cedex 2 – www.ac-nice.fr"

BLOCKS = [
    ("p", "La présente circulaire précise les modalités d'organisation du BTS Assurance pour la session 2026 dans "
          "l'académie de Nice. Je vous remercie d'en assurer la diffusion auprès des équipes pédagogiques, des "
          "candidats et des personnels chargés de l'organisation des épreuves."),
    ("h", "1. Inscriptions et convocations"),
    ("p", "Les convocations seront mises à disposition des établissements dans l'application Cyclades à partir du "
          "vendredi 20 mars 2026. Les candidats individuels les téléchargeront depuis leur espace candidat. "
          "Les candidats ajournés à la session 2025 conservent, à leur demande, le bénéfice des notes égales ou "
          "supérieures à 10 sur 20 pendant cinq sessions."),
    ("h", "2. Épreuves écrites"),
    ("p", "Les épreuves écrites se dérouleront dans les deux centres suivants :\n"
          "– Lycée Masséna, 2 avenue Félix Faure, 06000 Nice (candidats des Alpes-Maritimes) ;\n"
          "– Lycée Dumont d'Urville, 212 avenue Amiral Jaujard, 83000 Toulon (candidats du Var)."),
    ("table", [["Date", "Horaires", "Épreuve", "Durée", "Coef."],
               ["lundi 11 mai 2026", "de 9 h à 13 h", "E4 – Gestion des contrats et des sinistres", "4 h", "4"],
               ["mardi 12 mai 2026", "de 14 h à 18 h", "E1 – Culture générale et expression", "4 h", "2"],
               ["mercredi 13 mai 2026", "de 10 h à 12 h", "E2 – Langue vivante étrangère : anglais (écrit)", "2 h", "1"],
               ["mercredi 13 mai 2026", "de 14 h à 18 h", "E3 – Culture économique, juridique et managériale", "4 h", "3"],
               ["jeudi 14 mai 2026", "—", "Ascension : aucune épreuve", "—", "—"]],
     [3.6, 2.8, 7.2, 1.4, 1.2]),
    ("p", "Les candidats doivent se présenter trente minutes avant le début de chaque épreuve. Aucun candidat ne "
          "sera admis dans la salle après la première heure de composition."),
    ("p", "Une commission d'entente réunira les correcteurs de l'épreuve E4 le mercredi 20 mai 2026 à 14 h au lycée "
          "Masséna ; les copies leur seront remises à cette occasion."),
    ("h", "3. Épreuve E5 : dépôt des dossiers et contrôle de conformité"),
    ("p", "L'épreuve E5 « Relation client et développement commercial » est une épreuve orale qui prend appui sur un "
          "dossier professionnel. Les dossiers seront déposés par les établissements, en deux exemplaires, au plus "
          "tard le vendredi 10 avril 2026 à 12 h :\n"
          "– au lycée Carnot, 90 boulevard Carnot, 06400 Cannes, pour les candidats des Alpes-Maritimes ;\n"
          "– au lycée Dumont d'Urville à Toulon pour les candidats du Var.\n"
          "Chaque envoi sera accompagné du bordereau de dépôt figurant en annexe."),
    ("p", "Le contrôle de conformité des dossiers aura lieu le mardi 14 avril 2026 à 14 h dans chacun des deux "
          "centres. Les établissements dont un dossier serait déclaré non conforme en seront informés avant les "
          "vacances de printemps (du samedi 18 avril au dimanche 3 mai 2026) afin d'avertir le candidat."),
    ("h", "4. Épreuves orales"),
    ("table", [["Épreuve", "Période d'interrogation", "Centres"],
               ["E5 – Relation client et développement commercial (oral, 40 min)",
                "du lundi 18 mai au vendredi 22 mai 2026", "Lycée Carnot, Cannes\nLycée Dumont d'Urville, Toulon"],
               ["E6 – Communication et situations professionnelles (oral, 30 min)",
                "du mardi 26 mai au vendredi 29 mai 2026", "Lycée Carnot, Cannes\nLycée Dumont d'Urville, Toulon"]],
     [7.0, 5.0, 4.2]),
    ("p", "Le lundi 25 mai 2026 (lundi de Pentecôte) est férié : aucune interrogation n'est prévue ce jour-là. "
          "Les plannings de passage sont établis par les centres et communiqués aux examinateurs par courriel."),
    ("h", "5. Notes, livrets scolaires, jury et résultats"),
    ("p", "Les notes des épreuves orales et les livrets scolaires devront être saisis dans l'application Lotanet au "
          "plus tard le vendredi 5 juin 2026."),
    ("p", "Le jury de délibération se réunira le mardi 23 juin 2026 à 9 h 30 au rectorat de Nice, 53 avenue Cap de "
          "Croix. La présence des professeurs convoqués est impérative."),
    ("p", "Les résultats seront publiés le vendredi 26 juin 2026 à 14 h sur le site Cyclades (espace candidat). "
          "Pour mémoire, les résultats de la session 2025 avaient été publiés le jeudi 3 juillet 2025."),
    ("p", "Je vous remercie de votre collaboration."),
    ("sig", "Pour le recteur et par délégation,\nLa cheffe de la division des examens et concours,\n\nCatherine Lanfranchi"),
    ("pagebreak",),
    ("h", "Annexe – Bordereau de dépôt des dossiers E5"),
    ("p", "Établissement : ________________________________________\n"
          "Nombre de dossiers déposés : ______\n"
          "Date de dépôt : ___ / ___ / 2026          Heure : ___ h ___\n"
          "Nom et signature du déposant :\n\n"
          "Cachet du centre de dépôt :"),
]
PIEGES_DATES = ["2026-01-15", "2026-04-18", "2026-05-03", "2026-05-14", "2026-05-25", "2025-07-03"]
PIEGES_CENTRES = []
