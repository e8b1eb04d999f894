"""Circulaire académique BTS Professions immobilières, session 2025, académie d'Orléans-Tours (fictive).
Portrait calendar table that starts low on a page: header repeated, the E6 row split across the break."""

EN_TETE = ("Académie d'Orléans-Tours – Rectorat – Division des examens et concours – Bureau DEC 2",)
PIED = "Circulaire BTS Professions immobilières – session 2025"

DEBUT = [
    ("lines", ["ACADÉMIE D'ORLÉANS-TOURS", "Division des examens et concours", "DEC 2 – BTS",
               "Dossier suivi par : Mme Corinne Audebert", "Tél. : 02 38 79 41 26", "dec2@ac-orleans-tours.fr",
               "21 rue Saint-Étienne – 45043 Orléans Cedex 1"]),
    ("right", "Orléans, le 27 janvier 2025"),
    ("lines", ["Le recteur de la région académique Centre-Val de Loire,", "recteur de l'académie d'Orléans-Tours,", "",
               "à", "", "Mesdames et Messieurs les chefs d'établissement", "Mesdames et Messieurs les directeurs de CFA",
               "Mesdames et Messieurs les chefs des centres d'épreuves"], "right"),
    ("pb", "Objet : BTS Professions immobilières (PI) – Organisation de la session 2025 dans l'académie."),
    ("pi", "Référence : arrêté du 17 juillet 2023 modifiant la définition et les conditions de délivrance du BTS "
           "Professions immobilières ; circulaire nationale d'organisation du 6 janvier 2025."),
    ("p", "J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2025 du BTS Professions "
          "immobilières. L'académie d'Orléans-Tours organise l'examen pour ses seuls candidats (académie autonome). "
          "Je vous remercie de porter ces informations à la connaissance des équipes pédagogiques et des candidats."),
    ("h", "1. Centres d'épreuves"),
    ("table", {"header": ["Département", "Centre", "Adresse", "Épreuves"], "widths": [2.8, 4.6, 5.0, 4.6],
               "rows": [["Loiret", "Lycée Benjamin Franklin", "21 bis rue Eugène Vignat – 45000 Orléans", "Écrits ; oral E6 ; EF1 ; jury"],
                        ["Indre-et-Loire", "Lycée Grandmont", "Avenue de Sévigné – 37200 Tours", "Écrits ; oral E6"],
                        ["Loir-et-Cher", "Lycée Augustin Thierry", "13 avenue de Châteaudun – 41000 Blois", "Écrits"],
                        ["Eure-et-Loir", "Lycée Marceau", "2 rue Pierre Mendès France – 28000 Chartres", "Écrits"],
                        ["Cher et Indre", "Lycée Pierre-Émile Martin", "1 avenue de Gaulle – 18000 Bourges", "Écrits"]],
               "size": 9}),
    ("h", "2. Convocations et accueil des candidats"),
    ("p", "Les convocations sont transmises aux établissements de formation par courrier électronique ; les candidats "
          "individuels les téléchargent sur le portail des examens. Les candidats doivent se présenter trente minutes "
          "avant le début de chaque épreuve, munis de leur convocation et d'une pièce d'identité. Les candidats en "
          "retard peuvent être admis à composer jusqu'à la fin de la première heure, sans prolongation de la durée de "
          "l'épreuve ; la mention du retard est portée au procès-verbal."),
    ("p", "Les chefs de centre éditent les listes d'émargement et les étiquettes de table depuis l'application de "
          "gestion des examens. Ils désignent un responsable par salle et veillent à la présence de deux surveillants "
          "au moins par salle ; les établissements d'origine des candidats contribuent à la surveillance."),
    ("p", "Usage de la calculatrice : pour les sous-épreuves E51 et E52, la calculatrice en mode examen est autorisée ; "
          "elle est interdite pour les épreuves E1 et E2. Les téléphones et montres connectées sont éteints et "
          "déposés avec les effets personnels à l'entrée de la salle. Toute suspicion de fraude donne lieu à un "
          "rapport du chef de centre ; le candidat est autorisé à terminer l'épreuve."),
    ("h", "2 bis. Livrets scolaires et aménagements"),
    ("p", "Les livrets scolaires sont renseignés par l'équipe pédagogique et mis à la disposition du jury au Lycée "
          "Benjamin Franklin. Ils comportent l'avis de l'équipe sur l'obtention du diplôme et les appréciations des "
          "professeurs pour chaque enseignement. Un livret incomplet est retourné à l'établissement."),
    ("p", "Les candidats bénéficiant d'aménagements d'épreuves (tiers temps, secrétaire, matériel adapté) sont "
          "signalés aux chefs de centre par le bureau DEC 2. Les centres organisent une salle particulière et "
          "s'assurent que la majoration de temps ne compromet pas la pause entre deux épreuves d'une même journée. "
          "Les décisions antérieures ne sont pas reconduites automatiquement d'une session à l'autre."),
    ("h", "3. Calendrier"),
    ("p", "Le calendrier ci-dessous regroupe toutes les étapes de la session. Les horaires sont ceux de la métropole. "
          "Le jeudi 29 mai 2025 (Ascension) et le lundi 9 juin 2025 (lundi de Pentecôte) sont fériés."),
    ("CAL",),
    ("h", "4. Épreuve E4 – Communication professionnelle"),
    ("p", "L'épreuve E4 est évaluée exclusivement en contrôle en cours de formation pour tous les candidats de "
          "l'académie. Les établissements saisissent les notes et transmettent les grilles d'évaluation au plus tard "
          "le vendredi 23 mai 2025. Aucune convocation n'est émise par le rectorat pour cette épreuve."),
    ("h", "5. Épreuve E6 – Conduite et présentation d'activités professionnelles"),
    ("p", "Les dossiers (fiches descriptives d'activités et attestations de stage) sont déposés au plus tard le "
          "vendredi 4 avril 2025 à 16h00 au Lycée Benjamin Franklin. La commission de contrôle de conformité se "
          "réunit le mercredi 30 avril 2025 à 14h00 ; les décisions de non-conformité sont notifiées par écrit. Les "
          "interrogations ont lieu du lundi 2 juin au vendredi 6 juin 2025 au Lycée Benjamin Franklin et au Lycée "
          "Grandmont."),
    ("h", "6. Corrections, jury, résultats"),
    ("p", "La réunion d'entente des correcteurs des sous-épreuves E51 et E52 se tient le mardi 20 mai 2025 à 9h00 au "
          "Lycée Grandmont ; la correction des copies se termine le mercredi 28 mai 2025. Le jury de délibération se "
          "réunit le mardi 24 juin 2025 à 14h00 au Lycée Benjamin Franklin. Les résultats sont publiés le jeudi 26 juin "
          "2025 à 16h00 sur le site de l'académie."),
    ("lines", ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "",
               "Jean-Baptiste Marchais"], "right"),
]

CAL_HEADER = ["Date", "Horaire", "Épreuve / étape", "Observations"]
CAL_WIDTHS = [3.4, 2.4, 5.2, 6.0]
CAL = [
    ["Vendredi 4 avril 2025", "16h00", "Date limite de dépôt des dossiers E6", "Au Lycée Benjamin Franklin, bureau des examens."],
    ["Mercredi 30 avril 2025", "14h00", "Contrôle de conformité des dossiers E6", "Commission réunie au Lycée Benjamin Franklin."],
    ["Lundi 12 mai 2025", "14h00 – 18h00", "E3 – Conseil en ingénierie de l'immobilier", "Écrit, 5 centres."],
    ["Mardi 13 mai 2025", "14h00 – 18h00", "E1 – Culture générale et expression", "Écrit, 5 centres."],
    ["Mercredi 14 mai 2025", "9h00 – 13h00", "E51 – Techniques immobilières : transaction immobilière", "Écrit, 5 centres."],
    ["Jeudi 15 mai 2025", "9h00 – 13h00", "E52 – Techniques immobilières : gestion immobilière", "Écrit, 5 centres."],
    ["Vendredi 16 mai 2025", "10h00 – 12h00", "E2 – Langue vivante étrangère : anglais", "Écrit, 5 centres."],
    ["Mardi 20 mai 2025", "9h00", "Réunion d'entente des correcteurs E51 et E52", "Lycée Grandmont, Tours."],
    ["Du mardi 20 mai au mercredi 28 mai 2025", "—", "Correction des copies E51 et E52", "Correction dématérialisée."],
    ["Mercredi 21 mai 2025", "selon convocation", "EF1 – Langue vivante facultative (oral)", "Lycée Benjamin Franklin."],
    ["Vendredi 23 mai 2025", "—", "Transmission des notes de CCF de l'épreuve E4", "Saisie en ligne et envoi des grilles."],
    ["Du lundi 2 juin au vendredi 6 juin 2025", "selon convocation", "E6 – Conduite et présentation d'activités professionnelles (oral)",
     "Deux commissions au Lycée Benjamin Franklin (Orléans) et deux au Lycée Grandmont (Tours). Les candidats du Loiret, "
     "du Loir-et-Cher, de l'Eure-et-Loir et du Cher sont interrogés à Orléans ; ceux de l'Indre-et-Loire et de l'Indre à Tours. "
     "Chaque commission associe un professeur chargé des enseignements professionnels et un professionnel de "
     "l'immobilier (agent immobilier, administrateur de biens ou syndic). Le candidat présente pendant dix minutes deux "
     "situations issues de son dossier, puis la commission conduit un entretien de vingt minutes. Les candidats dont le "
     "dossier a été déclaré non conforme ne sont pas convoqués. Les commissions disposent d'une salle équipée d'un "
     "vidéoprojecteur ; le candidat peut apporter son ordinateur portable, sans connexion au réseau."],
    ["Mardi 24 juin 2025", "14h00", "Jury de délibération", "Lycée Benjamin Franklin, Orléans."],
    ["Jeudi 26 juin 2025", "16h00", "Publication des résultats", "Site de l'académie."],
]

ANNEXES = [
    ("break",), ("title", "ANNEXE – Attestation de stage (épreuve E6)"),
    ("form", ["Entreprise (agence, cabinet d'administration de biens, syndic, promoteur…) : .................................",
              "Carte professionnelle n° : ..........................   Représentée par : ......................................",
              "atteste que ........................................................, étudiant(e) en BTS Professions immobilières, "
              "a effectué un stage du ..... / ..... / 20..... au ..... / ..... / 20.....",
              "Activités principales :  ☐ transaction   ☐ gestion locative   ☐ copropriété   ☐ autre : .......................",
              "Fait à ............................................, le ..... / ..... / 20.....",
              "Signature et cachet :"], 10),
    ("p", "Les attestations sont jointes au dossier E6. Une attestation incomplète ou non signée rend le dossier non conforme."),
]


def blocs(spacer=0):
    out = []
    for b in DEBUT:
        if b == ("CAL",):
            if spacer:
                out.append(("spacer", spacer))
            out.append(("table", {"header": CAL_HEADER, "widths": CAL_WIDTHS, "rows": CAL, "size": 9}))
        else:
            out.append(b)
    return out + ANNEXES
