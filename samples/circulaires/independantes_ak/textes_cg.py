"""Circulaire académique BTS Comptabilité et gestion, session 2026, académie de Montpellier (fictive).
Drawn with reportlab: ruled calendar table broken across pages, one row split in two; landscape annex."""

EN_TETE = ["ACADÉMIE DE MONTPELLIER", "Division des examens et concours", "DEC 5 – Examens post-baccalauréat",
           "Affaire suivie par : Mme Nadège Fabre-Aubert", "Tél. : 04 67 91 47 22", "dec5-bts@ac-montpellier.fr",
           "31 rue de l'Université – CS 39004", "34064 Montpellier Cedex 2"]
LIEU_DATE = "Montpellier, le 2 février 2026"
DEST = ["La rectrice de la région académique Occitanie,", "rectrice de l'académie de Montpellier,", "",
        "à", "", "Mesdames et Messieurs les proviseurs", "des lycées publics et privés sous contrat",
        "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation"]
OBJET = "Objet : Organisation du BTS Comptabilité et gestion (CG) – Session 2026"
REFS = ("Références : arrêté du 29 avril 2021 modifiant l'arrêté portant définition et fixant les conditions de "
        "délivrance du BTS Comptabilité et gestion ; circulaire nationale d'organisation du 8 janvier 2026.")
PIED = "Rectorat de Montpellier – DEC 5 – Circulaire BTS CG session 2026"

SECTIONS_AVANT = [
    ("p", "La présente circulaire a pour objet de préciser les modalités d'organisation de la session 2026 du BTS "
          "Comptabilité et gestion dans l'académie de Montpellier (académie autonome pour cette spécialité). Elle "
          "complète la circulaire nationale d'organisation, à laquelle il convient de se reporter pour la définition "
          "des épreuves, et remplace toute instruction antérieure."),
    ("h", "I. Centres d'épreuves"),
    ("p", "Les épreuves écrites se déroulent dans les centres suivants, selon le département de l'établissement de "
          "formation du candidat. Les épreuves orales de E6 et de EF1 sont organisées au Lycée Joffre et au Lycée "
          "Dhuoda. Le jury se réunit au Lycée Joffre."),
    ("centres",),
    ("p", "Les candidats individuels et les candidats inscrits au titre de la formation continue sont affectés au "
          "centre de leur département de résidence. Les demandes de changement de centre ne sont pas recevables, "
          "sauf situation exceptionnelle appréciée par le service."),
    ("h", "II. Inscriptions, dispenses et bénéfices de notes"),
    ("p", "Les candidats vérifient sur leur confirmation d'inscription la forme de passage des épreuves (ponctuelle ou "
          "CCF), les dispenses d'épreuves (titulaires d'un diplôme de niveau 5 ou supérieur pour E1 et E2) et les "
          "notes conservées des sessions antérieures. Toute anomalie est signalée au bureau DEC 5 par "
          "l'établissement de formation dès réception de la confirmation. Aucune modification n'est admise après "
          "l'édition des convocations."),
    ("p", "Les candidats scolaires des établissements publics et privés sous contrat, ainsi que les apprentis des CFA "
          "habilités, passent l'épreuve E6 en contrôle en cours de formation ; les autres candidats la passent en "
          "forme ponctuelle dans les conditions fixées au point IV."),
    ("p", "Les livrets scolaires ou de formation sont renseignés par l'équipe pédagogique et signés par le chef "
          "d'établissement ; ils comportent l'appréciation de la certification des compétences numériques. Les "
          "établissements conservent une copie de chaque livret. Les livrets incomplets (absence d'appréciation "
          "globale, absence de signature, rubrique des stages non renseignée) sont retournés à l'établissement, ce "
          "qui retarde leur examen par le jury. Les candidats individuels ne disposent pas de livret : le jury "
          "délibère au vu des seules notes obtenues."),
    ("p", "Les établissements de formation désignent, pour chaque épreuve écrite, au moins un surveillant par tranche "
          "de quinze candidats présentés. La liste des surveillants est communiquée au chef de centre au plus tard "
          "quinze jours avant la première épreuve ; les surveillants se présentent au centre quarante-cinq minutes "
          "avant le début de l'épreuve."),
    ("p", "Les demandes d'aménagement d'épreuves des candidats en situation de handicap sont instruites par le "
          "service médical académique. La décision du recteur est notifiée au candidat et au chef du centre "
          "d'épreuves, qui organise la salle particulière, le matériel adapté et, le cas échéant, l'assistance d'un "
          "secrétaire. Les décisions prises pour une session antérieure ne sont pas reconduites automatiquement : "
          "une nouvelle demande doit être déposée. Les centres qui accueillent un candidat bénéficiant d'une "
          "majoration de temps veillent à ce que la pause méridienne soit préservée lorsque deux épreuves ont lieu le "
          "même jour."),
    ("h", "III. Calendrier de la session"),
    ("p", "Le tableau ci-dessous récapitule l'ensemble des étapes de la session dans l'académie. Les horaires sont "
          "ceux de la métropole. Le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) sont "
          "fériés : aucune convocation n'est prévue ces jours-là."),
]

CAL_HEADER = ["Date", "Horaire", "Épreuve ou opération", "Code", "Lieu – observations"]
CAL = [
    ["Jeudi 16 avril 2026", "avant 16h00", "Date limite de dépôt des dossiers de l'épreuve E6 (candidats en forme ponctuelle)",
     "E6", "Dépôt contre récépissé au Lycée Joffre (Montpellier) ou au Lycée Dhuoda (Nîmes), selon le centre d'interrogation indiqué sur la confirmation d'inscription."],
    ["Mercredi 6 mai 2026", "14h00", "Commission de contrôle de conformité des dossiers", "E6", "Lycée Joffre, salle du conseil."],
    ["Lundi 11 mai 2026", "14h00 – 18h00", "Culture économique, juridique et managériale", "E4", "Centres d'écrit."],
    ["Mardi 12 mai 2026", "10h00 – 12h00", "Mathématiques appliquées", "E3", "Centres d'écrit."],
    ["Mardi 12 mai 2026", "14h00 – 18h00", "Culture générale et expression", "E1", "Centres d'écrit."],
    ["Mercredi 13 mai 2026", "10h00 – 12h00", "Langue vivante étrangère : anglais (écrit)", "E2", "Centres d'écrit."],
    ["Lundi 18 mai 2026", "13h30 – 18h00", "Traitement et contrôle des opérations comptables, fiscales et sociales", "E5",
     "Centres d'écrit. Épreuve de 4 h 30 sur poste informatique : les centres vérifient les postes la veille."],
    ["Mardi 19 mai 2026", "—", "Numérisation des copies", "E5", "Dans chaque centre d'écrit, selon la procédure Santorin."],
    ["Mercredi 20 mai 2026", "9h00", "Réunion d'entente des correcteurs", "E5", "Lycée Jean Mermoz, amphithéâtre."],
    ["Du mercredi 20 mai au jeudi 28 mai 2026", "—", "Correction dématérialisée", "E5", "En ligne, après la réunion d'entente."],
    ["Du mardi 26 mai au vendredi 5 juin 2026", "selon convocation",
     "Situations de contrôle de gestion et d'analyse financière – épreuve orale en forme ponctuelle",
     "E6",
     "Les interrogations ont lieu dans deux centres. Au Lycée Joffre (Montpellier) : candidats de l'Hérault, de l'Aude et des "
     "Pyrénées-Orientales. Au Lycée Dhuoda (Nîmes) : candidats du Gard et de la Lozère. Chaque commission comprend un professeur "
     "d'économie et gestion et un professionnel de l'expertise comptable ou du contrôle de gestion. Les candidats se présentent "
     "trente minutes avant l'heure indiquée sur leur convocation, munis d'une pièce d'identité, de leur dossier et d'une clé USB "
     "contenant les fichiers de leurs situations professionnelles. Aucun accès au réseau n'est possible pendant la préparation. "
     "La commission dispose du dossier déposé et de la fiche de conformité ; elle ne note pas le dossier lui-même. Un candidat "
     "absent sans justification reçoit la mention « absent » et ne peut être convoqué à une autre date. Les candidats "
     "bénéficiant d'un aménagement d'épreuve (majoration de temps, matériel adapté) sont convoqués en fin de demi-journée. Les "
     "chefs de centre transmettent les bordereaux de notation au bureau DEC 5 à l'issue de chaque journée d'interrogation."],
    ["Mercredi 3 juin 2026", "selon convocation", "Langue vivante facultative (oral)", "EF1", "Lycée Joffre et Lycée Dhuoda."],
    ["Jeudi 25 juin 2026", "9h30", "Jury de délibération", "—", "Lycée Joffre, Montpellier."],
    ["Vendredi 26 juin 2026", "17h00", "Publication des résultats", "—", "Site de l'académie et affichage au rectorat."],
]

CENTRES = [
    ["Lycée Joffre", "150 allée de la Citadelle", "Montpellier", "Hérault (nord), écrits, oraux E6 et EF1, jury"],
    ["Lycée Jean Mermoz", "717 avenue Jean Mermoz", "Montpellier", "Hérault (sud), écrits, réunion d'entente E5"],
    ["Lycée Dhuoda", "17 rue Dhuoda", "Nîmes", "Gard, écrits, oraux E6 et EF1"],
    ["Lycée Jean Moulin", "1 avenue des Martyrs de la Résistance", "Béziers", "Hérault (ouest), Aude, écrits"],
    ["Lycée Arago", "22 avenue Paul Doumer", "Perpignan", "Pyrénées-Orientales, écrits"],
    ["Lycée Chaptal", "Avenue Paulin Daudé", "Mende", "Lozère, écrits"],
]

SECTIONS_APRES = [
    ("h", "IV. Épreuve E6 en forme ponctuelle"),
    ("p", "Le dossier de l'épreuve E6 comprend la description de deux situations professionnelles, le tableau de "
          "synthèse et les attestations de stage. Il est déposé au plus tard le jeudi 16 avril 2026 avant 16h00. La "
          "commission de contrôle de conformité se réunit le mercredi 6 mai 2026 à 14h00 ; la liste des dossiers "
          "non conformes est notifiée aux candidats par courrier recommandé. Le modèle de fiche de conformité figure "
          "en annexe 2."),
    ("h", "V. Épreuves écrites : consignes aux chefs de centre"),
    ("p", "Les chefs de centre s'assurent que chaque salle dispose d'une horloge visible de tous les candidats, que les "
          "calculatrices utilisées sont en mode examen et que les téléphones sont éteints et rangés dans les sacs "
          "déposés à l'entrée de la salle. Les listes d'émargement sont éditées depuis l'application de gestion des "
          "examens. Les copies de E5 sont numérisées le lendemain de l'épreuve dans chaque centre ; les copies des "
          "autres épreuves sont acheminées vers les centres de correction par le service de valise académique."),
    ("p", "Pour l'épreuve E5, les postes informatiques sont équipés du progiciel de gestion intégré retenu par la "
          "circulaire nationale ; une salle de repli est prévue en cas de panne. Toute panne supérieure à dix "
          "minutes donne lieu à une compensation de temps consignée au procès-verbal."),
    ("h", "VI. Corrections"),
    ("p", "La réunion d'entente des correcteurs de l'épreuve E5 a lieu le mercredi 20 mai 2026 à 9h00 au Lycée Jean "
          "Mermoz ; la correction en ligne se poursuit jusqu'au jeudi 28 mai 2026. Les correcteurs des épreuves E1, "
          "E2, E3 et E4 reçoivent leurs lots selon le calendrier transmis par la circulaire nationale."),
    ("h", "VII. Jury et résultats"),
    ("p", "Le jury de délibération se réunit le jeudi 25 juin 2026 à 9h30 au Lycée Joffre. Les livrets scolaires "
          "sont déposés au centre de jury par les établissements de formation. Les résultats sont publiés le "
          "vendredi 26 juin 2026 à 17h00."),
    ("sig",),
]

SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,", "", "Olivier Castanier"]

GRILLE_E6 = [
    ("Analyse de la situation de contrôle de gestion", ["Identification du problème de gestion", "Pertinence des calculs de coûts",
                                                      "Interprétation des écarts"]),
    ("Analyse financière", ["Retraitements du bilan", "Calcul et commentaire des ratios", "Diagnostic de la structure financière"]),
    ("Mobilisation des outils numériques", ["Usage du tableur", "Qualité des tableaux de bord", "Sécurité et traçabilité des données"]),
    ("Communication", ["Structuration de l'exposé", "Argumentation", "Réponses aux questions de la commission"]),
]

CONFORMITE = [
    "Candidat : ..........................................................   N° d'inscription : ....................",
    "Centre d'interrogation :  ☐ Lycée Joffre (Montpellier)    ☐ Lycée Dhuoda (Nîmes)",
    "Dossier déposé le ..... / ..... / 20.....   à ..... h .....",
    "☐ Dossier conforme      ☐ Dossier non conforme – motif : ................................................................",
    "Contrôle réalisé le ..... / ..... / 20..... par la commission (noms et signatures) :",
    "",
    "Cachet du centre :",
]
