"""Note nationale d'organisation, BTS Systèmes numériques, session 2028 (fictive). ~20 pages."""

EN_TETE = ("Académie de Lyon – Division des examens et concours – Bureau DEC 4 (BTS)",
           "Académie pilote nationale du BTS Systèmes numériques – session 2028")
PIED = "Note nationale d'organisation BTS SN – session 2028"

DEBUT = [
    ("lines", ["RÉGION ACADÉMIQUE AUVERGNE-RHÔNE-ALPES", "Académie de Lyon", "Division des examens et concours",
               "Bureau des examens de l'enseignement supérieur", "Affaire suivie par : Mme Solène Ravier-Dumas",
               "Tél. : 04 72 80 61 14 – ce.dec4@ac-lyon.fr", "92 rue de Marseille – BP 7227 – 69354 Lyon Cedex 07"]),
    ("right", "Lyon, le 19 janvier 2028"),
    ("lines", ["La rectrice de l'académie de Lyon,", "académie pilote nationale,", "",
               "à", "",
               "Mesdames et Messieurs les recteurs d'académie", "(divisions des examens et concours)",
               "Monsieur le vice-recteur de Mayotte", "Mesdames et Messieurs les chefs d'établissement",
               "Mesdames et Messieurs les inspecteurs d'académie – IPR STI"], "right"),
    ("pb", "Objet : Note nationale d'organisation du brevet de technicien supérieur « Systèmes numériques » (SN), "
           "option A « Informatique et réseaux » et option B « Électronique et communications » – Session 2028."),
    ("pi", "Références : code de l'éducation, articles D. 643-1 à D. 643-35 ; arrêté du 14 avril 2020 portant définition "
           "et fixant les conditions de délivrance du BTS Systèmes numériques ; note de service relative aux "
           "académies pilotes des BTS du 12 décembre 2027."),
    ("pi", "Pièces jointes : annexes 1 à 8 (liste des centres, grilles d'évaluation, modèles d'attestation, bordereaux)."),
    ("p", "L'académie de Lyon est chargée, pour la session 2028, du pilotage national du BTS Systèmes numériques. "
          "La présente note précise l'organisation générale de l'examen pour l'ensemble des académies. Elle ne se "
          "substitue pas aux circulaires académiques, qui préciseront les modalités locales (convocations, "
          "centres d'écrit, frais de déplacement des examinateurs). Je vous remercie de bien vouloir en assurer la "
          "diffusion auprès des établissements de formation et des candidats relevant de votre académie."),
    ("h", "Sommaire"),
    ("lines", ["1. Pilotage national et groupements d'académies", "2. Publics et inscriptions",
               "3. Règlement d'examen", "4. Sujets, reprographie et sujets de secours",
               "5. Calendrier de la session 2028", "6. Épreuves écrites", "7. Épreuve E5 – Intervention sur un système numérique",
               "8. Épreuve E6 – Valorisation de la donnée et projet", "9. Épreuves facultatives",
               "10. Corrections, harmonisation et remontée des notes", "11. Jurys et résultats",
               "12. Aménagements d'épreuves", "13. Fraude et incidents",
               "Annexe 1 – Centres d'épreuves E5 et E6 par académie", "Annexe 2 – Grille d'évaluation E5 (format paysage)",
               "Annexe 3 – Grille d'évaluation E61", "Annexe 4 – Grille d'évaluation E62",
               "Annexe 5 – Attestation de stage", "Annexe 6 – Fiche de non-conformité du dossier",
               "Annexe 7 – Attestation d'engagement étudiant (EF2)", "Annexe 8 – Bordereau de remontée des notes"]),
    ("break",),
    ("h", "1. Pilotage national et groupements d'académies"),
    ("p", "Pour la session 2028, les académies sont réunies en sept groupements. Dans chaque groupement, une académie "
          "pilote assure la conception logistique des épreuves écrites (réception et diffusion des sujets, "
          "organisation des corrections des épreuves E1, E2 et E3) pour les académies qui lui sont rattachées. "
          "L'académie pilote nationale (Lyon) assure la coordination d'ensemble, l'organisation de la réunion "
          "nationale d'entente de l'épreuve E4 et la centralisation des résultats statistiques."),
    ("table", {"header": ["Groupement", "Académie pilote", "Académies rattachées", "Service gestionnaire"],
               "widths": [2.3, 3.2, 6.5, 5],
               "rows": [["G1 – Nord", "Lille", "Amiens, Normandie", "DEC – pôle BTS, Lille"],
                        ["G2 – Ouest", "Rennes", "Nantes, Orléans-Tours", "DEC 3 – BTS, Rennes"],
                        ["G3 – Centre-Est", "Lyon", "Grenoble, Clermont-Ferrand, Dijon, Besançon", "DEC 4 – BTS, Lyon"],
                        ["G4 – Sud-Ouest", "Bordeaux", "Limoges, Poitiers, Toulouse", "DEC – BTS, Bordeaux"],
                        ["G5 – Méditerranée", "Aix-Marseille", "Nice, Corse, Montpellier", "DIEC – BTS, Aix-en-Provence"],
                        ["G6 – Île-de-France", "Versailles", "Paris, Créteil", "SIEC – pôle BTS, Arcueil"],
                        ["G7 – Est", "Nancy-Metz", "Strasbourg, Reims", "DEC 2 – BTS, Nancy"],
                        ["Outre-mer", "La Réunion", "Guadeloupe, Martinique, Guyane, Mayotte", "DEC – BTS, Saint-Denis"]]}),
    ("p", "Les académies et vice-rectorats d'outre-mer organisent les épreuves écrites aux mêmes dates ; les horaires "
          "locaux leur sont communiqués par une note particulière de l'académie de La Réunion. Les horaires figurant "
          "dans la présente note sont ceux de la métropole."),
    ("h", "2. Publics et inscriptions"),
    ("p", "Les candidats scolaires des établissements publics et privés sous contrat, les apprentis des centres de "
          "formation d'apprentis habilités à pratiquer le contrôle en cours de formation (CCF), les stagiaires de la "
          "formation professionnelle continue et les candidats individuels ou issus d'établissements privés hors "
          "contrat relèvent, selon le cas, de la forme ponctuelle ou du CCF. Le choix de l'option (A ou B) est "
          "définitif au moment de l'inscription. Aucun changement d'option n'est accepté après la clôture du registre "
          "des inscriptions fixée par chaque académie."),
    ("p", "Les candidats ajournés qui conservent le bénéfice de notes égales ou supérieures à 10 sur 20 doivent le "
          "préciser lors de l'inscription ; les notes sont conservées cinq ans à compter de leur date d'obtention. "
          "Les candidats titulaires d'un diplôme de niveau 5 ou supérieur peuvent demander la dispense des unités "
          "U1 et U2 dans les conditions prévues par le règlement d'examen."),
    ("p", "Les candidats qui présentent l'examen par la voie de la validation des acquis de l'expérience ne sont pas "
          "concernés par la présente note ; ils relèvent de la procédure propre à chaque dispositif académique de "
          "validation."),
    ("h", "3. Règlement d'examen"),
    ("p", "Le tableau ci-dessous rappelle, pour mémoire, la correspondance entre épreuves et unités ainsi que la forme "
          "des épreuves pour les candidats en forme ponctuelle. Il ne remplace pas l'annexe réglementaire."),
    ("table", {"header": ["Épreuve", "Unité", "Intitulé", "Coef.", "Forme ponctuelle", "Durée"],
               "widths": [1.6, 1.6, 7.2, 1.3, 3.1, 2.2],
               "rows": [["E1", "U1", "Culture générale et expression", "2", "écrite", "4 h"],
                        ["E2", "U2", "Langue vivante étrangère : anglais (compréhension écrite et expression écrite)", "2", "écrite", "2 h"],
                        ["E3", "U3", "Mathématiques", "3", "écrite", "2 h"],
                        ["E4", "U4", "Étude d'un système numérique et d'information", "5", "écrite", "6 h"],
                        ["E5", "U5", "Intervention sur un système numérique et d'information", "5", "pratique et orale", "4 h + 30 min"],
                        "E6 (U6) – Valorisation de la donnée et projet",
                        ["E61", "U61", "Rapport de stage en milieu professionnel", "2", "orale", "30 min"],
                        ["E62", "U62", "Projet technique", "6", "orale", "1 h"],
                        "Épreuves facultatives",
                        ["EF1", "UF1", "Langue vivante étrangère 2", "—", "orale", "20 min"],
                        ["EF2", "UF2", "Engagement étudiant", "—", "orale", "20 min"]]}),
    ("p", "Pour les candidats relevant du CCF, les épreuves E2 (partie orale), E5 et E61 sont évaluées en cours de "
          "formation selon les modalités définies par le référentiel ; les situations d'évaluation sont organisées "
          "par l'établissement de formation, qui transmet les notes selon le calendrier académique."),
    ("h", "4. Sujets, reprographie et sujets de secours"),
    ("p", "Les sujets des épreuves écrites sont élaborés sous la responsabilité de l'académie pilote nationale. Ils "
          "sont diffusés aux académies pilotes de groupement par voie dématérialisée sécurisée ; la reprographie est "
          "assurée par chaque académie dans des conditions garantissant la confidentialité. En cas d'incident, un "
          "sujet de secours peut être mis en œuvre sur décision de l'académie pilote nationale : les académies en "
          "sont informées par téléphone puis par courriel, et aucune initiative locale n'est admise."),
    ("p", "Les enveloppes de sujets ne sont ouvertes qu'en présence des candidats, à l'heure prévue, après "
          "vérification de leur intégrité par deux personnes. Tout défaut d'impression est signalé immédiatement à "
          "la cellule d'astreinte de l'académie pilote de groupement."),
    ("p", "Les dossiers techniques et les ressources numériques nécessaires à l'épreuve E4 (fichiers de simulation, "
          "documentations constructeurs) sont déposés sur l'espace sécurisé de l'académie pilote nationale. Les "
          "centres d'écrit vérifient, la veille de l'épreuve, que les postes informatiques mis à disposition des "
          "candidats disposent des logiciels figurant dans la liste publiée sur cet espace et qu'aucune connexion "
          "extérieure n'est possible pendant la durée de l'épreuve."),
    ("p", "Les candidats en situation de handicap bénéficiant d'une majoration de temps composent dans une salle "
          "distincte ; le chef de centre veille à ce que cette majoration soit compatible avec les horaires des "
          "épreuves suivantes de la même journée."),
    ("spacer", 0),  # tuned so that the calendar table straddles a page break
    ("h", "5. Calendrier de la session 2028"),
    ("p", "Le calendrier ci-dessous s'impose à toutes les académies. Les dates des épreuves écrites sont nationales ; "
          "les autres étapes peuvent être avancées par les académies, jamais retardées. Aucune épreuve n'est "
          "organisée le lundi 8 mai 2028 (férié), le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 "
          "(lundi de Pentecôte)."),
    ("CAL",),
    ("p", "Les horaires s'entendent en heure de Paris. Les académies d'outre-mer se reportent à la note particulière "
          "mentionnée au point 1."),
]

CAL_HEADER = ["Date(s)", "Horaires", "Étape / épreuve", "Code", "Observations"]
CAL_WIDTHS = [3.6, 2.2, 4.8, 1.5, 4.9]
CAL = [
    ["Vendredi 28 avril 2028", "avant 17h00", "Dépôt des dossiers : rapport de stage et dossier de projet technique",
     "E61\nE62", "Dépôt dématérialisé sur la plateforme nationale ; le dossier papier est remis au centre d'interrogation "
                 "désigné en annexe 1."],
    ["Mardi 9 mai 2028", "à 14h00", "Contrôle de conformité des dossiers", "E61\nE62",
     "Commission réunie dans chaque centre d'interrogation ; fiche de non-conformité en annexe 6."],
    ["Mardi 16 mai 2028", "14h00 – 18h00", "Culture générale et expression", "E1", "Épreuve écrite nationale."],
    ["Mercredi 17 mai 2028", "10h00 – 12h00", "Mathématiques", "E3", "Calculatrice en mode examen autorisée."],
    ["Jeudi 18 mai 2028", "8h00 – 14h00", "Étude d'un système numérique et d'information", "E4",
     "Épreuve écrite de 6 heures, sujet commun aux deux options pour la partie A, sujet spécifique à chaque option "
     "pour la partie B.\n\nLes candidats ne sont pas autorisés à quitter la salle avant 10h00. Une collation peut être "
     "prise dans la salle d'examen sans interruption de l'épreuve."],
    ["Vendredi 19 mai 2028", "10h00 – 12h00", "Anglais (partie écrite)", "E2", "Dictionnaire non autorisé."],
    ["Du lundi 22 mai au mercredi 24 mai 2028", "selon convocation", "Intervention sur un système numérique et d'information (forme ponctuelle)", "E5",
     "Dans les centres de l'annexe 1. Les candidats en CCF ne sont pas concernés."],
    ["Lundi 22 mai 2028", "10h00", "Réunion nationale d'entente (visioconférence)", "E4",
     "Participation obligatoire des correcteurs désignés."],
    ["Du lundi 22 mai au vendredi 2 juin 2028", "—", "Correction dématérialisée", "E4",
     "Correction en ligne à l'issue de la réunion d'entente ; copies numérisées par les centres d'écrit le jour même de l'épreuve."],
    ["Du lundi 29 mai au vendredi 2 juin 2028", "selon convocation", "Langue vivante étrangère 2 (facultative)", "EF1",
     "Organisée par chaque académie."],
    ["Du mardi 6 juin au vendredi 16 juin 2028", "selon convocation", "Soutenances : rapport de stage et projet technique", "E61\nE62",
     "Commissions constituées par les académies pilotes de groupement ; un même candidat passe E61 et E62 le même jour."],
    ["Mardi 20 juin 2028", "avant 12h00", "Remontée des notes à l'académie pilote nationale", "—",
     "Bordereau de l'annexe 8, par groupement."],
    ["Du lundi 26 juin au jeudi 29 juin 2028", "—", "Jurys de délibération", "—", "Dans chaque académie."],
    ["Lundi 3 juillet 2028", "—", "Publication des résultats (au plus tard)", "—", "Sur les sites académiques."],
]

SUITE = [
    ("h", "6. Épreuves écrites"),
    ("p", "Les candidats doivent se présenter munis de leur convocation et d'une pièce d'identité en cours de validité "
          "(une carte nationale d'identité ou un passeport expiré depuis moins de cinq ans est accepté). L'accès à la "
          "salle est refusé à tout candidat qui se présente après l'ouverture des enveloppes de sujets augmentée d'une "
          "heure ; aucune sortie définitive n'est autorisée avant la fin de la première heure."),
    ("p", "Les copies des épreuves E1, E3 et E4 sont numérisées par les centres d'écrit selon les consignes des académies "
          "pilotes de groupement. Les copies de l'épreuve E2 sont corrigées sur papier dans chaque groupement. Les "
          "copies ne doivent comporter aucun signe distinctif ; les brouillons ne sont pas corrigés."),
    ("p", "Usage de la calculatrice : seules les calculatrices disposant d'un mode examen activé, ou dépourvues de "
          "mémoire, sont autorisées pour l'épreuve E3. La calculatrice est interdite pour les épreuves E1 et E2. Pour "
          "l'épreuve E4, les candidats disposent d'un poste informatique sans accès à internet."),
    ("h", "7. Épreuve E5 – Intervention sur un système numérique et d'information"),
    ("p", "En forme ponctuelle, l'épreuve se déroule dans les centres désignés en annexe 1, sur des plateaux techniques "
          "conformes à la liste de matériel publiée par l'académie pilote nationale. Chaque candidat dispose de "
          "quatre heures de mise en œuvre suivies d'un entretien de trente minutes avec une commission composée de "
          "deux enseignants de la spécialité. La grille de l'annexe 2 est renseignée pour chaque candidat."),
    ("p", "Les académies vérifient, avant le début des épreuves, la disponibilité des plateaux techniques de chaque "
          "centre ; un centre qui ne pourrait accueillir les candidats de l'option B en informe sans délai l'académie "
          "pilote de groupement, qui procède à une nouvelle affectation."),
    ("p", "Les candidats en CCF sont évalués dans leur établissement de formation au cours de la seconde année. Les "
          "situations d'évaluation doivent être achevées avant la date de remontée des notes ; les grilles restent à "
          "la disposition du jury."),
    ("h", "8. Épreuve E6 – Valorisation de la donnée et projet"),
    ("p", "Sous-épreuve E61 : le rapport de stage (vingt pages hors annexes) est accompagné de l'attestation de stage "
          "de l'annexe 5, complétée et signée par l'entreprise d'accueil. Sous-épreuve E62 : le dossier de projet "
          "technique comprend la partie commune au groupe de projet et la partie personnelle du candidat."),
    ("p", "Les deux dossiers sont déposés au plus tard le vendredi 28 avril 2028 à 17h00 : dépôt sur la plateforme "
          "nationale et remise d'un exemplaire papier au centre d'interrogation. Tout dossier déposé après cette "
          "échéance est déclaré non conforme."),
    ("p", "Le contrôle de conformité a lieu le mardi 9 mai 2028 à 14h00 dans chaque centre d'interrogation. Il porte "
          "sur la présence du dossier, le respect de la durée de stage et la présence des attestations ; il ne "
          "préjuge pas de la note. En cas de non-conformité, la fiche de l'annexe 6 est notifiée au candidat, qui ne "
          "peut être interrogé ; la note zéro est attribuée à la sous-épreuve concernée et le diplôme ne peut être "
          "délivré."),
    ("p", "Les soutenances ont lieu du mardi 6 juin au vendredi 16 juin 2028 dans les centres de l'annexe 1. Les "
          "grilles des annexes 3 et 4 sont utilisées par les commissions ; elles ne sont pas communiquées aux "
          "candidats avant la délibération."),
    ("h", "9. Épreuves facultatives"),
    ("p", "EF1 – Langue vivante étrangère 2 : épreuve orale de vingt minutes, organisée par chaque académie du lundi "
          "29 mai au vendredi 2 juin 2028. Seuls les points au-dessus de la moyenne sont pris en compte."),
    ("p", "EF2 – Engagement étudiant : les modalités (dépôt de l'attestation de l'annexe 7 et entretien) sont fixées "
          "par chaque académie dans sa circulaire ; aucune date nationale n'est arrêtée pour cette épreuve."),
    ("h", "10. Corrections, harmonisation et remontée des notes"),
    ("p", "La réunion nationale d'entente de l'épreuve E4 se tient en visioconférence le lundi 22 mai 2028 à 10h00 ; "
          "la correction dématérialisée s'ouvre à son issue et se termine le vendredi 2 juin 2028. Les corrections "
          "des épreuves E1, E2 et E3 sont organisées par les académies pilotes de groupement, qui en fixent le "
          "calendrier."),
    ("p", "Chaque académie pilote de groupement transmet à l'académie pilote nationale le bordereau de l'annexe 8 au "
          "plus tard le mardi 20 juin 2028 avant 12h00."),
    ("h", "11. Jurys et résultats"),
    ("p", "Les jurys de délibération se réunissent dans chaque académie du lundi 26 juin au jeudi 29 juin 2028. Les "
          "livrets scolaires ou de formation sont mis à leur disposition. Les résultats sont publiés au plus tard le "
          "lundi 3 juillet 2028."),
    ("h", "12. Aménagements d'épreuves"),
    ("p", "Les aménagements accordés aux candidats en situation de handicap (majoration de temps, secrétaire, "
          "matériel adapté) sont notifiés par l'académie d'inscription. Pour les épreuves E5 et E62, le centre "
          "d'interrogation est informé au moins quinze jours avant la première convocation afin d'adapter le poste "
          "de travail et, le cas échéant, la durée de l'entretien."),
    ("h", "13. Fraude et incidents"),
    ("p", "Tout incident (retard de livraison des sujets, panne de plateau technique, suspicion de fraude) donne lieu à "
          "un rapport écrit du chef de centre, transmis le jour même à l'académie d'inscription et à l'académie pilote "
          "de groupement. En cas de suspicion de fraude, le candidat termine l'épreuve ; le procès-verbal est signé "
          "par les surveillants et par le candidat, qui peut y porter ses observations."),
    ("spacer", 1),
    ("lines", ["Pour la rectrice et par délégation,", "le secrétaire général adjoint,", "",
               "Arnaud Pelletier-Vasseur"], "right"),
]

CENTRES = [
    ("Lille", "Lycée Gustave Eiffel", "96 rue Jules Lebleu", "Armentières", "E5 (A et B), E61, E62"),
    ("Normandie", "Lycée Marcel Sembat", "128 rue Léon Salva", "Sotteville-lès-Rouen", "E5 (A), E61, E62"),
    ("Rennes", "Lycée Joliot-Curie", "144 boulevard de Vitré", "Rennes", "E5 (A et B), E61, E62"),
    ("Nantes", "Lycée Livet", "16 rue Dufour", "Nantes", "E5 (B), E61, E62"),
    ("Lyon", "Lycée La Martinière Monplaisir", "41 rue Antoine Lumière", "Lyon", "E5 (A et B), E61, E62"),
    ("Grenoble", "Lycée Vaucanson", "27 rue Anatole France", "Grenoble", "E5 (A), E61, E62"),
    ("Bordeaux", "Lycée Les Iris", "13 rue Saint-Cricq", "Lormont", "E5 (A et B), E61, E62"),
    ("Toulouse", "Lycée Déodat de Séverac", "26 boulevard Déodat de Séverac", "Toulouse", "E5 (A et B), E61, E62"),
    ("Aix-Marseille", "Lycée Artaud", "90 chemin du Merlan à la Rose", "Marseille", "E5 (A et B), E61, E62"),
    ("Strasbourg", "Lycée Louis Couffignal", "11 route de la Fédération", "Strasbourg", "E5 (B), E61, E62"),
    ("Nancy-Metz", "Lycée Henri Loritz", "29 rue des Jardiniers", "Nancy", "E5 (A et B), E61, E62"),
    ("Versailles", "Lycée Newton-ENREA", "1 place Jules Verne", "Clichy", "E5 (A et B), E61, E62"),
]

CRITERES = {
    "E5": [("C01", "Analyser le cahier des charges d'une intervention", ["identification des contraintes", "repérage des éléments du système", "formulation des besoins du client"]),
           ("C03", "Préparer l'intervention et planifier les opérations", ["choix des outils", "ordonnancement des tâches", "prise en compte de la sécurité"]),
           ("C06", "Installer et configurer un équipement", ["conformité du câblage ou du déploiement", "paramétrage", "sauvegarde de la configuration"]),
           ("C07", "Réaliser des tests et des mesures", ["protocole de test", "exploitation des mesures", "comparaison aux attendus"]),
           ("C09", "Diagnostiquer un dysfonctionnement", ["démarche de diagnostic", "localisation de la défaillance", "proposition de remédiation"]),
           ("C10", "Rendre compte de l'intervention", ["compte rendu écrit", "vocabulaire technique", "qualité de l'échange oral"])],
    "E61": [("C02", "Présenter l'entreprise et son organisation", ["secteur d'activité", "organisation du service", "place du stagiaire"]),
            ("C04", "Décrire les activités conduites", ["description des tâches", "outils mobilisés", "degré d'autonomie"]),
            ("C11", "Analyser une situation professionnelle", ["problématique", "démarche suivie", "regard critique"]),
            ("C12", "Communiquer à l'oral", ["structure de l'exposé", "réponses aux questions", "expression"])],
    "E62": [("C03", "Gérer le projet", ["planification", "suivi des tâches", "outils collaboratifs"]),
            ("C05", "Concevoir une solution", ["analyse fonctionnelle", "choix technologiques argumentés", "modélisation"]),
            ("C08", "Réaliser et intégrer", ["développement ou réalisation", "intégration", "validation"]),
            ("C10", "Documenter", ["dossier technique", "notice utilisateur", "gestion des versions"]),
            ("C12", "Soutenir le projet", ["présentation", "démonstration", "réponses au jury"])],
}


def grid(code, titre, landscape=False):
    rows = []
    for comp, lib, indic in CRITERES[code]:
        rows.append(f"{comp} – {lib}")
        for ind in indic:
            rows.append([ind, "", "", "", "", ""])
    widths = [9.5, 2.6, 2.6, 2.6, 2.6, 5.8] if landscape else [6.2, 1.7, 1.7, 1.7, 1.7, 4.2]
    return [("h", titre),
            ("lines", ["Session 2028 – Académie : ............................   Centre : ...........................................",
                       "Nom et prénom du candidat : ...............................................   N° candidat : ......................",
                       "Option :  ☐ A Informatique et réseaux   ☐ B Électronique et communications"]),
            ("table", {"header": ["Indicateurs d'évaluation", "Non maîtrisé", "Insuffisant", "Satisfaisant", "Très satisfaisant", "Observations"],
                       "widths": widths, "rows": rows, "size": 8, "cant_split": True}),
            ("lines", ["Note proposée : ........ / 20", "Date de l'évaluation : ..... / ..... / 20.....",
                       "Nom et signature des examinateurs :", "", ""])]


def annexes():
    out = [("break",), ("title", "ANNEXE 1 – Centres d'épreuves E5 et E6 par académie"),
           ("p", "Les centres ci-dessous accueillent l'épreuve E5 en forme ponctuelle et les soutenances des sous-épreuves "
                 "E61 et E62 pour l'ensemble des candidats de l'académie, quelle que soit leur forme d'évaluation. Les "
                 "centres d'écrit sont désignés par chaque académie dans sa circulaire."),
           ("table", {"header": ["Académie", "Centre", "Adresse", "Ville", "Épreuves"],
                      "widths": [2.6, 4.4, 4.4, 3.2, 3.0], "rows": [list(c) for c in CENTRES], "size": 8.5}),
           ("p", "Les académies de Amiens, Orléans-Tours, Clermont-Ferrand, Dijon, Besançon, Limoges, Poitiers, Nice, "
                 "Corse, Montpellier, Paris, Créteil, Reims et les académies d'outre-mer orientent leurs candidats vers "
                 "le centre de leur académie pilote de groupement, sauf convention particulière.")]
    out += [("landscape",)] + grid("E5", "ANNEXE 2 – Grille d'aide à l'évaluation – Épreuve E5 (U5)", landscape=True)
    out += [("portrait",)] + grid("E61", "ANNEXE 3 – Grille d'aide à l'évaluation – Sous-épreuve E61 (U61)")
    out += [("break",)] + grid("E62", "ANNEXE 4 – Grille d'aide à l'évaluation – Sous-épreuve E62 (U62)")
    out += [("break",), ("title", "ANNEXE 5 – Attestation de stage"),
            ("form", ["Je soussigné(e) ......................................................, représentant l'entreprise "
                      "..........................................................................",
                      "atteste que l'étudiant(e) ....................................................................., "
                      "inscrit(e) en BTS Systèmes numériques, option ......, a effectué un stage",
                      "du ..... / ..... / 20..... au ..... / ..... / 20....., soit ........ semaines,",
                      "dans le service ..........................................................................................",
                      "Activités confiées : ........................................................................................"
                      "..................................................................................................................",
                      "Fait à ............................................, le ..... / ..... / 20.....",
                      "Signature et cachet de l'entreprise :"], 10),
            ("p", "Cette attestation est obligatoire : son absence entraîne la non-conformité du dossier E61 (voir point 8)."),
            ("break",), ("title", "ANNEXE 6 – Fiche de non-conformité du dossier"),
            ("form", ["Centre d'interrogation : .......................................................................",
                      "Sous-épreuve :  ☐ E61 – Rapport de stage     ☐ E62 – Projet technique",
                      "Candidat : .............................................................   N° : ..........................",
                      "Motif(s) de non-conformité :",
                      "☐ absence de dépôt du dossier à la date fixée       ☐ durée de stage inférieure à la durée réglementaire",
                      "☐ attestation(s) de stage absente(s) ou non signée(s)       ☐ dossier ne correspondant pas à l'option",
                      "Contrôle effectué le ..... / ..... / 20..... par :",
                      "Nom, qualité et signature du président de la commission :",
                      "Notification au candidat le ..... / ..... / 20.....   Signature du candidat :"], 10),
            ("break",), ("title", "ANNEXE 7 – Attestation d'engagement étudiant (EF2 – UF2)"),
            ("form", ["Nom de la structure (association, collectivité, service civique…) : ......................................",
                      "Nom du responsable : ..................................................   Fonction : ..............................",
                      "atteste que M. / Mme ........................................................... a exercé les activités suivantes :",
                      "......................................................................................................................"
                      "......................................................................................................................",
                      "Période : du ..... / ..... / 20..... au ..... / ..... / 20.....   Volume horaire estimé : ........",
                      "Fait à ............................................, le ..... / ..... / 20.....",
                      "Signature et cachet :"], 10),
            ("p", "L'attestation est remise selon les modalités de l'académie d'inscription."),
            ("break",), ("title", "ANNEXE 8 – Bordereau de remontée des notes"),
            ("p", "À retourner par l'académie pilote de groupement à l'académie pilote nationale (ce.dec4@ac-lyon.fr) "
                  "dans le délai fixé au calendrier. Une ligne par académie."),
            ("table", {"header": ["Académie", "Inscrits", "Présents", "Moyenne E4", "Moyenne E5", "Moyenne E61", "Moyenne E62", "Observations"],
                       "widths": [2.6, 1.6, 1.6, 1.8, 1.8, 1.9, 1.9, 3.8],
                       "rows": [[a, "", "", "", "", "", "", ""] for a in
                                ["Lille", "Amiens", "Normandie", "Rennes", "Nantes", "Orléans-Tours", "Lyon", "Grenoble",
                                 "Clermont-Ferrand", "Dijon", "Besançon", "Bordeaux", "Limoges", "Poitiers", "Toulouse",
                                 "Aix-Marseille", "Nice", "Corse", "Montpellier", "Versailles", "Paris", "Créteil",
                                 "Nancy-Metz", "Strasbourg", "Reims", "La Réunion", "Guadeloupe", "Martinique",
                                 "Guyane", "Mayotte"]]}),
            ("lines", ["Groupement : ........   Date d'envoi : ..... / ..... / 20.....", "Nom et signature du responsable :"])]
    return out


def blocs(spacer=0):
    out = []
    for b in DEBUT:
        if b == ("spacer", 0):
            out.append(("spacer", spacer))
        elif b == ("CAL",):
            out.append(("table", {"header": CAL_HEADER, "widths": CAL_WIDTHS, "rows": CAL, "size": 8.5}))
        else:
            out.append(b)
    return out + SUITE + annexes()
