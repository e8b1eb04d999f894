"""Circulaire académique – BTS Comptabilité et gestion – académie de Rennes – session 2028 (fictitious).
Blocks consumed by build.py (long-document builder)."""
import textes_commun as C

TITRE_COURT = "Circulaire n° 2028-017 du 8 février 2028 – BTS Comptabilité et gestion (CG) – Session 2028"
PIED = "Rectorat de l'académie de Rennes – DEC 4, bureau des BTS tertiaires"

LETTERHEAD = ["RÉGION ACADÉMIQUE BRETAGNE", "ACADÉMIE DE RENNES", "Liberté – Égalité – Fraternité", "",
              "Rectorat – Division des examens et concours", "DEC 4 – Bureau des BTS tertiaires",
              "Affaire suivie par : Maïwenn Le Guillou", "Tél. : 02 23 21 74 58", "Mél : dec4-bts@ac-rennes.example"]
LIEU_DATE = "Rennes, le 8 février 2028"
DEST = ("Le recteur de la région académique Bretagne, recteur de l'académie de Rennes, chancelier des universités\n"
        "à\nMesdames et Messieurs les chefs d'établissement des lycées publics et privés sous contrat, "
        "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation continue")
OBJET = "Objet : organisation de la session 2028 du BTS Comptabilité et gestion (CG)"
REFS = ["Réf. : arrêté du 29 avril 2019 portant définition et fixant les conditions de délivrance du BTS CG ;",
        "arrêté du 11 juillet 2024 modifiant le règlement d'examen ; note nationale d'organisation du 18 janvier 2028.",
        "P. J. : 8 annexes."]

def _p(t):
    return ("p", t)

EPR = [("E1", "Culture générale et expression", "4", "écrite", "4 h"),
       ("E2", "Langue vivante étrangère 1 : anglais", "3", "écrite", "2 h"),
       ("E3", "Mathématiques appliquées", "3", "écrite", "2 h"),
       ("E4", "Culture économique, juridique et managériale", "6", "écrite", "4 h"),
       ("E5", "Traitement et contrôle des opérations comptables, fiscales et sociales", "9", "écrite", "4 h 30"),
       ("E6", "Parcours de professionnalisation (dossier et oral)", "5", "orale", "30 min"),
       ("EF1", "Langue vivante étrangère 2 (facultative)", "—", "orale", "20 min")]

BLOCKS = [("letterhead",),
          _p("La présente circulaire précise les conditions d'organisation de la session 2028 du brevet de technicien "
             "supérieur Comptabilité et gestion dans l'académie de Rennes. Elle complète la note nationale "
             "d'organisation citée en référence, dont elle ne reprend pas les dispositions générales. Je vous remercie "
             "d'en assurer la diffusion auprès des équipes pédagogiques, des candidats et des personnels concernés."),
          _p("Le sommaire ci-après renvoie aux huit annexes. Le calendrier de la session figure exclusivement en "
             "annexe 4 ; les autres pages n'en reprennent pas les échéances."),
          ("pb",), ("h1n", "SOMMAIRE"), ("toc",), ("pb",)]

BLOCKS += [
    ("h1", "1. Candidats et inscriptions"),
    _p("Les candidats scolaires, apprentis et stagiaires de la formation continue des établissements habilités "
       "passent l'ensemble des épreuves sous forme ponctuelle, à l'exception de la langue vivante facultative. Les "
       "candidats individuels et ceux des établissements privés hors contrat relèvent du même régime."),
    _p("Les confirmations d'inscription ont été retournées signées par les candidats. Toute modification (changement "
       "d'adresse, demande d'aménagement, report de note) est transmise au bureau DEC 4 par l'établissement de "
       "formation, et non directement par le candidat."),
    ("h2", "1.1 Aménagements d'épreuves"),
    _p("Les décisions d'aménagement sont notifiées aux candidats et aux centres d'épreuves. Le chef de centre organise "
       "une salle particulière lorsque la décision le prévoit et désigne un secrétaire ou un lecteur si nécessaire."),
    ("h2", "1.2 Bénéfices et dispenses"),
    _p("Les candidats ajournés conservent, sur leur demande, le bénéfice des notes égales ou supérieures à 10 sur 20 "
       "pendant cinq sessions. Les titulaires d'un BTS d'une autre spécialité sont dispensés des épreuves E1 et E2."),
    ("h1", "2. Règlement d'examen"),
    _p("Le tableau ci-dessous rappelle les épreuves et leurs coefficients, tels qu'ils résultent de l'arrêté du 29 avril "
       "2019 modifié par l'arrêté du 11 juillet 2024. Les durées sont celles de la forme ponctuelle."),
    ("table", ["Épreuve", "Intitulé", "Coef.", "Forme", "Durée"], [list(r) for r in EPR], [1.9, 9.1, 1.4, 2.2, 2.2],
     {"size": 9, "repeat": True}),
    ("note", "Arrêté du 29 avril 2019 (JORF du 14 mai 2019) ; arrêté du 11 juillet 2024 (JORF du 24 juillet 2024). Ces "
             "dates de textes ne sont pas des échéances de la session."),
    ("h2", "2.1 Définition des épreuves"),
] + [b for k, e in enumerate(EPR) for b in C.detail_epreuve(e[0], e[1], e[3], e[4], 600 + 11 * k)] + [
    ("h1", "3. Épreuves écrites"),
    ("h2", "3.1 Convocations et accueil"),
    _p("Les convocations sont mises en ligne dans l'espace candidat environ trois semaines avant la première épreuve. "
       "Les candidats se présentent au centre indiqué sur leur convocation au moins trente minutes avant le début de "
       "chaque épreuve, munis d'une pièce d'identité en cours de validité."),
    ("h2", "3.2 Surveillance"),
    _p("La surveillance est assurée par les personnels des établissements de formation, au prorata du nombre de "
       "candidats présentés. Chaque établissement transmet au centre d'écrit la liste des surveillants désignés, selon "
       "la procédure habituelle ; un tableau de service est affiché dans le centre la veille de chaque épreuve."),
    ("h2", "3.3 Correction"),
    _p("Les copies sont corrigées à l'écran après numérisation. Une commission d'entente précède la correction de "
       "l'épreuve E5 ; les correcteurs des autres épreuves reçoivent les éléments de correction avec leurs lots."),
    ("h2", "3.4 Consignes aux chefs de centre d'écrit"),
] + [_p(C.prose(700 + i, 6)) for i in range(10)] + [
    ("h1", "4. Épreuve E6 – parcours de professionnalisation"),
    _p("Le dossier comprend le tableau de synthèse des situations professionnelles, les fiches descriptives et les "
       "attestations de stage. Il est déposé en un exemplaire papier et un exemplaire numérique au centre d'oral "
       "auquel le candidat est affecté (annexe 2)."),
    _p("Une commission vérifie la conformité de chaque dossier. En cas de non-conformité, le candidat est informé par "
       "le centre ; il ne peut pas être interrogé et la mention « non valide » est portée à l'épreuve."),
    _p("L'interrogation dure trente minutes : présentation du parcours par le candidat puis entretien avec la "
       "commission, composée d'un professeur d'économie-gestion et d'un professionnel du secteur."),
    ("h2", "4.1 Compétences évaluées (rappel du référentiel)"),
    ("table", ["Bloc", "Compétence", "Savoirs associés", "Niveau"],
     C.referentiel(["Bloc 1 – Opérations commerciales", "Bloc 2 – Paie et social", "Bloc 3 – Fiscalité",
                    "Bloc 4 – Travaux de fin d'exercice", "Bloc 5 – Contrôle de gestion", "Bloc 6 – Système d'information"],
                   5151, 8), [3.5, 5.5, 6, 2], {"size": 8.5, "repeat": True}),
    ("h2", "4.2 Organisation des commissions d'interrogation"),
] + [_p(C.prose(750 + i, 5)) for i in range(4)] + [
    ("h1", "5. Centres d'épreuves"),
    _p("La liste des centres de l'ensemble des BTS du secteur tertiaire figure en annexe 2 ; seules les lignes « CG » "
       "concernent la présente circulaire. La liste des établissements de formation (annexe 3) est donnée pour "
       "information : ces établissements ne sont pas centres d'épreuves pour le BTS CG."),
    ("h1", "6. Jury et résultats"),
    _p("Le jury se réunit au centre désigné en annexe 4. Les résultats sont publiés sur le site académique ; aucun "
       "résultat n'est communiqué par téléphone. Les relevés de notes sont adressés aux candidats par voie "
       "dématérialisée."),
]
FAQ = [
    ("Le dossier E6 peut-il être envoyé par courriel ?", "Non : dépôt en main propre au centre d'oral, contre le "
     "récépissé du modèle B (annexe 6)."),
    ("Un candidat affecté à Brest peut-il être interrogé à Rennes ?", "Uniquement sur demande motivée adressée au "
     "bureau DEC 4, qui consulte les deux centres."),
    ("Les calculatrices sont-elles autorisées ?", "Oui en E3 et E5, en mode examen ; non en E1, E2 et E4."),
    ("L'épreuve facultative peut-elle être choisie en espagnol ?", "Oui, ainsi qu'en allemand, en italien et en breton."),
    ("Faut-il prévoir des ordinateurs pour l'épreuve E5 ?", "Non, l'épreuve est composée sur papier."),
    ("Un candidat peut-il quitter la salle pendant l'épreuve E4 ?", "Pas avant la fin de la deuxième heure."),
    ("Qui transmet les fiches d'évaluation E6 ?", "Le centre d'oral, au bureau DEC 4, avec le procès-verbal."),
    ("Les notes sont-elles communiquées avant la délibération ?", "Non."),
    ("Les pauses méridiennes sont-elles surveillées ?", "Les candidats sont libres entre deux épreuves."),
    ("Quel est le nombre maximal de candidats par commission et par jour ?", "Douze pour l'épreuve E6."),
    ("Les dossiers E6 sont-ils restitués ?", "Oui, après la publication des résultats, sur demande du candidat."),
    ("Que faire en cas de grève des transports ?", "Le chef de centre admet les retards dans la limite d'une heure."),
    ("Un apprenti peut-il joindre une attestation d'employeur en remplacement des attestations de stage ?", "Oui."),
    ("Peut-on utiliser un dictionnaire en E2 ?", "Non, aucun dictionnaire n'est autorisé."),
    ("Le sujet de secours est-il différent ?", "Oui, il est distinct du sujet principal et conservé séparément."),
    ("Les candidats libres passent-ils l'épreuve E6 ?", "Oui, avec un dossier constitué de leurs expériences "
     "professionnelles ; le modèle de tableau de synthèse est le même."),
    ("Le dossier E6 peut-il comporter des vidéos ?", "Oui, sur clé USB, dans la limite de dix minutes au total."),
    ("Les professionnels membres des commissions sont-ils rémunérés ?", "Oui, selon le barème des examinateurs."),
    ("Un candidat peut-il composer en E5 avec un code civil annoté ?", "Non, aucun code n'est autorisé."),
    ("Faut-il fournir un ordinateur pour la présentation E6 ?", "Le centre met à disposition un poste et un vidéoprojecteur."),
    ("Qui vérifie les attestations de stage ?", "La commission de conformité, lors du contrôle des dossiers."),
    ("Un candidat peut-il présenter l'épreuve facultative dans un autre centre que celui de l'E6 ?", "Non, l'épreuve "
     "facultative est organisée dans un seul centre."),
]
BLOCKS += [("h1", "7. Questions fréquentes")]
for i, (q, a) in enumerate(FAQ, 1):
    BLOCKS += [("q", f"Q{i} – {q}"), _p(a)]
BLOCKS += [("sign", ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours",
                     "Signé : Nolwenn Tanguy-Ferrec"]), ("pb",)]

# ------------------------------------------------------------------ ANNEXE 1 coefficients & history (filler)
ANNEXE1 = [("h1", "ANNEXE 1 – Textes et coefficients : tableau de correspondance"),
           _p("Correspondance entre les épreuves de l'ancien règlement et celles du règlement en vigueur, pour les "
              "candidats qui demandent le report de notes obtenues sous l'ancien règlement."),
           ("table", ["Ancien règlement (arrêté du 7 juillet 2014)", "Coef.", "Règlement en vigueur (arrêté du 29 avril 2019)", "Coef."],
            [["Culture générale et expression", "4", "E1 – Culture générale et expression", "4"],
             ["Anglais", "3", "E2 – Langue vivante étrangère 1 : anglais", "3"],
             ["Mathématiques", "2", "E3 – Mathématiques appliquées", "3"],
             ["Économie – droit", "4", "E4 – Culture économique, juridique et managériale", "6"],
             ["Management des entreprises", "2", "E4 – Culture économique, juridique et managériale", "6"],
             ["Traitement des opérations comptables", "8", "E5 – Traitement et contrôle des opérations", "9"],
             ["Situations professionnelles", "5", "E6 – Parcours de professionnalisation", "5"],
             ["Langue facultative", "—", "EF1 – Langue vivante étrangère 2 (facultative)", "—"]],
            [6, 1.3, 8.2, 1.3], {"size": 9}),
           ("note", "Le report n'est possible que pour les notes égales ou supérieures à 10 sur 20 obtenues lors des "
                    "cinq dernières sessions."), ("pb",)]

# ------------------------------------------------------------------ ANNEXE 2 centres, several specialties
CENTRES = [
    ("CG", "Lycée Émile Souvestre", "14 rue du Général Leclerc", "35000", "Rennes", "Écrits ; oral E6 ; EF1 ; jury"),
    ("CG", "Lycée Corentin Kérisit", "3 rue de Kerfautras", "29200", "Brest", "Écrits ; oral E6"),
    ("CG", "Lycée Louise Bodin", "22 avenue du Maréchal Juin", "56000", "Vannes", "Écrits"),
    ("CG", "Lycée Yann Sohier", "9 rue des Capucins", "22000", "Saint-Brieuc", "Écrits"),
    ("GPME", "Lycée Paul Féval", "2 rue de Léhon", "22100", "Dinan", "Écrits et oraux"),
    ("GPME", "Lycée Xavier Grall", "31 rue du Blavet", "56300", "Pontivy", "Écrits et oraux"),
    ("GPME", "Lycée Émile Souvestre", "14 rue du Général Leclerc", "35000", "Rennes", "Oraux"),
    ("SAM", "Lycée Anne-Marie Javouhey", "5 rue des Augustins", "22300", "Lannion", "Écrits et oraux"),
    ("SAM", "Lycée Louise Bodin", "22 avenue du Maréchal Juin", "56000", "Vannes", "Oraux"),
    ("NDRC", "Lycée Tristan Corbière", "16 rue de Callac", "29600", "Morlaix", "Écrits"),
    ("NDRC", "Lycée Marguerite Gourlaouen", "40 route de Brest", "29000", "Quimper", "Écrits et oraux"),
    ("NDRC", "Lycée Corentin Kérisit", "3 rue de Kerfautras", "29200", "Brest", "Oraux"),
    ("MCO", "Lycée Jean Guéhenno", "11 rue du Nançon", "35300", "Fougères", "Écrits et oraux"),
    ("MCO", "Lycée Jacques Quartier", "4 boulevard Rochebonne", "35400", "Saint-Malo", "Écrits et oraux"),
    ("MCO", "Lycée Marguerite Gourlaouen", "40 route de Brest", "29000", "Quimper", "Oraux"),
    ("Tourisme", "Lycée Pierre Le Baud", "7 place de la Mairie", "56100", "Lorient", "Écrits et oraux"),
    ("Tourisme", "Lycée Tristan Corbière", "16 rue de Callac", "29600", "Morlaix", "Oraux"),
    ("SIO", "Lycée Victor Le Gorgeu", "8 rue du Bouguen", "29200", "Brest", "Écrits et oraux"),
    ("SIO", "Lycée Sévigné-Beaulieu", "25 avenue des Buttes de Coësmes", "35700", "Rennes", "Écrits et oraux"),
    ("SIO", "Lycée Charles de Gaulle", "15 rue du Port", "56000", "Vannes", "Oraux"),
    ("CI", "Lycée Chateaubriand-Armor", "36 rue Jean Macé", "35000", "Rennes", "Écrits et oraux"),
    ("CI", "Lycée Kernevez", "2 rue de Pont-l'Abbé", "29000", "Quimper", "Oraux"),
    ("Assurance", "Lycée Henri Avril", "3 place de la Gare", "22400", "Lamballe", "Écrits et oraux"),
    ("Banque", "Lycée Jean Moulin", "10 rue de Rohan", "56300", "Pontivy", "Écrits et oraux"),
    ("PI", "Lycée Bertrand du Guesclin", "21 rue de la Poterie", "35500", "Vitré", "Écrits et oraux"),
    ("GTLA", "Lycée du Porzou", "1 rue du Vieux Port", "29100", "Douarnenez", "Écrits et oraux"),
    ("Communication", "Lycée Théophile Laennec", "6 rue Brizeux", "29100", "Douarnenez", "Oraux"),
    ("ESF", "Lycée Jeanne Jugan", "4 rue des Ursulines", "35400", "Saint-Malo", "Écrits et oraux"),
    ("SP3S", "Lycée Anne de Rohan", "12 rue du Château", "56300", "Pontivy", "Écrits et oraux"),
]
ANNEXE2 = [("h1", "ANNEXE 2 – Centres d'épreuves des BTS du secteur tertiaire – session 2028"),
           _p("Tableau commun aux circulaires des BTS tertiaires de l'académie. Les lignes qui ne portent pas la "
              "mention « CG » concernent d'autres spécialités et sont reproduites pour information."),
           ("table", ["Spécialité", "Centre", "Adresse", "CP", "Ville", "Nature des épreuves"],
            [list(c) for c in CENTRES], [1.9, 4.3, 4.2, 1.4, 2.4, 3.3], {"size": 8.5, "repeat": True}),
           ("note", "Les candidats de Quimper, Lorient et Morlaix présentant le BTS CG composent à Brest ; ceux de "
                    "Saint-Malo et Fougères composent à Rennes."), ("pb",)]

FORMATION = [("Lycée privé Sainte-Anne-d'Auray", "Lorient"), ("Lycée Notre-Dame du Kreisker", "Saint-Pol-de-Léon"),
             ("Institut Saint-Melaine", "Redon"), ("CFA Compta Bretagne", "Cesson-Sévigné"),
             ("Lycée privé Jean-Paul II", "Plérin"), ("Lycée Yves Thépot", "Quimper"),
             ("Greta Bretagne Sud", "Vannes"), ("CNED – site de Rennes", "Rennes")]
ANNEXE3 = [("h1", "ANNEXE 3 – Établissements de formation préparant au BTS CG (pour information)"),
           _p("Ces établissements présentent des candidats ; ils ne sont pas centres d'épreuves pour le BTS CG."),
           ("table", ["Établissement", "Commune", "Statut des candidats"],
            [[n, v, ["scolaires", "apprentis", "formation continue"][i % 3]] for i, (n, v) in enumerate(FORMATION)],
            [8, 4.5, 4.5], {"size": 9}), ("pb",)]

# ------------------------------------------------------------------ ANNEXE 4: calendar (landscape)
CAL_HEAD = ["Épreuve / opération", "Date", "Horaire", "Lieu", "Observations"]
CAL_A = [
    ("E5 – Traitement et contrôle des opérations comptables, fiscales et sociales", "lundi 15 mai 2028",
     "9 h 00 – 13 h 30", "Centres d'écrit", "Sortie interdite avant 11 h 00"),
    ("E1 – Culture générale et expression", "mardi 16 mai 2028", "14 h 00 – 18 h 00", "Centres d'écrit", "—"),
    ("E2 – Langue vivante étrangère 1 : anglais", "mercredi 17 mai 2028", "10 h 00 – 12 h 00", "Centres d'écrit", "—"),
    ("E3 – Mathématiques appliquées", "mercredi 17 mai 2028", "14 h 00 – 16 h 00", "Centres d'écrit", "Calculatrice en mode examen"),
    ("E4 – Culture économique, juridique et managériale", "jeudi 18 mai 2028", "14 h 00 – 18 h 00", "Centres d'écrit", "—"),
    ("Commission d'entente et d'harmonisation – épreuve E5", "vendredi 19 mai 2028", "14 h 00",
     "Lycée Émile Souvestre, Rennes", "Correcteurs convoqués"),
    ("Correction dématérialisée des épreuves écrites", "du lundi 22 mai au mercredi 31 mai 2028", "—", "À distance", "—"),
]
CAL_B = [
    ("E6 – Dépôt du dossier au centre d'oral", "au plus tard le vendredi 7 avril 2028", "16 h 00",
     "Lycée Émile Souvestre, Rennes ou Lycée Corentin Kérisit, Brest", "Récépissé modèle B"),
    ("E6 – Contrôle de conformité des dossiers", "mardi 2 mai 2028", "14 h 00", "Centres d'oral", "Commission de conformité"),
    ("E6 – Réunion d'entente des examinateurs", "jeudi 1er juin 2028", "9 h 30", "Lycée Émile Souvestre, Rennes", "—"),
    ("E6 – Interrogations orales", "du mardi 6 juin au vendredi 16 juin 2028", "selon convocation",
     "Lycée Émile Souvestre, Rennes ; Lycée Corentin Kérisit, Brest", "—"),
    ("EF1 – Langue vivante facultative", "du mardi 6 juin au vendredi 9 juin 2028", "selon convocation",
     "Lycée Émile Souvestre, Rennes", "—"),
    ("Saisie des notes d'oral par les centres", "au plus tard le lundi 19 juin 2028", "12 h 00", "Application académique", "—"),
    ("Jury de délibération", "jeudi 29 juin 2028", "9 h 00", "Lycée Émile Souvestre, Rennes", "—"),
    ("Publication des résultats", "vendredi 30 juin 2028", "14 h 00", "Site académique", "—"),
]
ANNEXE4 = [("landscape",),
           ("h1", "ANNEXE 4 – Calendrier de la session 2028"),
           ("h2", "4-A. Épreuves écrites et correction"),
           ("cal", CAL_HEAD, [("§", "Épreuves écrites ponctuelles (heure de métropole)")] + CAL_A, [8.2, 5.2, 3.2, 5.5, 3.6]),
           ("note", "Les vacances de printemps de l'académie (zone B) s'étendent du samedi 8 avril au lundi 24 avril "
                    "2028 ; le lundi 8 mai 2028 et le jeudi 25 mai 2028 (Ascension) sont fériés."),
           ("pb",),
           ("h2", "4-B. Épreuve E6, épreuve facultative et fin de session"),
           ("cal", CAL_HEAD, [("§", "Dossier et interrogations E6 ; langue facultative ; délibération")] + CAL_B,
            [8.2, 5.2, 3.2, 5.5, 3.6]),
           ("note", "Le lundi 5 juin 2028 (lundi de Pentecôte) est férié : aucune interrogation n'est organisée ce jour-là."),
           ("portrait",)]

# ------------------------------------------------------------------ ANNEXES 5-7 (filler)
COMPS = {"E6": ["Présenter son parcours de professionnalisation", "Analyser une situation professionnelle",
                "Mobiliser les outils de gestion", "Communiquer à l'oral", "Adopter une posture réflexive"],
         "EF1": ["Compréhension de l'écrit", "Expression orale", "Interaction orale"]}
ANNEXE5 = [("h1", "ANNEXE 5 – Grilles d'évaluation des épreuves orales")]
for i, (code, comps) in enumerate(COMPS.items()):
    intit = {e[0]: e[1] for e in EPR}[code]
    for part in range(5 if code == "E6" else 1):
        g = C.grille(code, intit, comps, 2000 + 10 * i + part)
        if part:
            g["titre"] += f" (situation professionnelle n° {part + 1})"
        ANNEXE5 += [("grid", g), ("pb",)]
    ANNEXE5 += [("form", C.appreciation(code, intit)), ("pb",)]
ANNEXE6 = [("h1", "ANNEXE 6 – Modèles de documents"),
           ("form", C.fiche_descriptive("Fiche descriptive de situation professionnelle (dossier E6)", 4)), ("pb",),
           ("form", C.fiche_descriptive("Fiche descriptive de situation professionnelle (suite)", 4)), ("pb",)]
for titre, lines in C.ATTESTATIONS:
    ANNEXE6 += [("h3", titre), ("form", lines), ("pb",)]
ANNEXE7 = [("h1", "ANNEXE 7 – Tableau de synthèse des situations professionnelles (modèle)"),
           _p("Le tableau est renseigné par le candidat et visé par l'établissement de formation."),
           ("table", ["N°", "Intitulé de la situation", "Contexte", "Processus", "Période de réalisation", "Visa"],
            [[str(i), "", "", "P" + str(1 + i % 7), "du ..../..../20.... au ..../..../20....", ""] for i in range(1, 13)],
            [1, 5, 3, 1.8, 4.5, 2], {"size": 8.5, "repeat": True, "height": 1.4})]

ANNEXE7 += [("pb",), ("h1", "ANNEXE 8 – Procès-verbal de la commission de conformité (modèle)"),
            _p("Un procès-verbal est établi par centre d'oral. Il est signé par tous les membres de la commission."),
            ("table", ["N° candidat", "Nom", "Prénom", "Dossier complet", "Attestations", "Conforme", "Motif"],
             [["", "", "", "oui / non", "oui / non", "oui / non", ""] for _ in range(24)],
             [2.2, 3, 2.6, 2.2, 2.2, 2, 3.5], {"size": 8.5, "repeat": True, "height": 0.9}),
            ("form", ["Fait à ............................................, le ......./......./20.......",
                      "Signatures des membres de la commission"])]
BLOCKS += ANNEXE1 + ANNEXE2 + ANNEXE3 + ANNEXE4 + ANNEXE5 + ANNEXE6 + ANNEXE7
