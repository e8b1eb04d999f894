"""Circulaire académique BTS Tourisme, académie de Poitiers, session 2026 (fictive).
Prose seule : aucun tableau. Chaque élément est (style, texte)."""

EN_TETE = [
    "ACADÉMIE DE POITIERS",
    "Rectorat – Division des examens et concours (DEC 4)",
    "Bureau des brevets de technicien supérieur",
    "22 rue Guillaume-VII-le-Troubadour – 86000 Poitiers",
]

CORPS = [
    ("droite", "Poitiers, le 22 janvier 2026"),
    ("droite", "La rectrice de l'académie de Poitiers\nChancelière des universités\n\nà\n\nMesdames et Messieurs les proviseurs des lycées publics et privés sous contrat\nMesdames et Messieurs les directeurs des centres de formation d'apprentis\n(pour information : Mesdames et Messieurs les inspecteurs d'économie et gestion)"),
    ("p", "Affaire suivie par : Mme Solène Berthomé – Tél. 05 16 52 64 31 – solene.berthome@ac-poitiers.example"),
    ("objet", "Objet : organisation de la session 2026 du brevet de technicien supérieur Tourisme"),
    ("p", "Références : décret n° 2013-756 du 19 août 2013 portant règlement général du brevet de technicien supérieur ; "
          "arrêté du 5 avril 2012 portant définition et fixant les conditions de délivrance du BTS Tourisme, modifié ; "
          "circulaire nationale d'organisation de l'examen du 9 décembre 2025 ; note de service académique du "
          "2 septembre 2025 relative à la surveillance des épreuves écrites."),
    ("p", "J'ai l'honneur de vous faire connaître les modalités selon lesquelles se déroulera, dans l'académie de Poitiers, "
          "la session 2026 du brevet de technicien supérieur Tourisme. L'académie organise seule cette spécialité et "
          "n'est rattachée à aucune autre académie pour la présente session. Je vous remercie de bien vouloir porter "
          "ces informations à la connaissance des enseignants concernés, des candidats que vous présentez et, le cas "
          "échéant, des tuteurs en entreprise."),

    ("h1", "1. Dispositions générales"),
    ("h2", "1.1 Inscriptions et candidats"),
    ("p", "Les inscriptions, qui étaient ouvertes du 13 octobre au 18 novembre 2025 sur le service en ligne de "
          "l'académie, sont désormais closes ; aucune demande tardive ne sera plus examinée. Le nombre de candidats "
          "inscrits s'établit à 412, dont 318 candidats scolaires, 61 apprentis et 33 candidats relevant de la forme "
          "ponctuelle. Je vous rappelle qu'avant le 13 mars 2026, il appartient à chaque chef d'établissement de vérifier, "
          "dans l'application Cyclades, l'exactitude des options choisies par ses candidats et notamment de la langue "
          "vivante B ; cette vérification se fait sur place et ne donne lieu à aucun envoi au rectorat. Les corrections "
          "éventuelles me sont signalées par courriel."),
    ("p", "Les candidats sont formés, dans l'académie, par les sections de technicien supérieur du lycée "
          "Saint-Jacques-de-Compostelle de Poitiers, du lycée Guez-de-Balzac d'Angoulême et du CFA de la chambre de "
          "commerce et d'industrie de Rochefort. Ces établissements de formation ne sont pas centres d'épreuves pour "
          "la session 2026 : leurs candidats sont convoqués dans les centres désignés au point 2 ci-après."),
    ("h2", "1.2 Calendrier de l'année scolaire"),
    ("p", "Pour mémoire, la zone A, dont relève l'académie, sera en congé d'hiver du samedi 7 février au lundi 23 février "
          "2026 et en congé de printemps du samedi 18 avril au lundi 4 mai 2026. Les vendredis 1er mai et 8 mai 2026 "
          "sont fériés, de même que le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) ; "
          "aucune épreuve n'est fixée à ces dates et le vendredi 15 mai 2026, jour de pont, est laissé libre."),
    ("p", "La comparaison avec la session précédente appelle une remarque : en 2025, l'épreuve E1 s'était tenue le "
          "mardi 13 mai 2025, et les oraux s'étaient achevés le vendredi 6 juin 2025. Le calendrier de 2026 est "
          "légèrement resserré afin de libérer la dernière semaine de juin pour les délibérations."),
    ("h2", "1.3 Surveillance des épreuves écrites"),
    ("p", "La surveillance est assurée sous l'autorité du chef du centre d'épreuves, à raison de deux surveillants au moins "
          "par salle. Tous les établissements qui présentent des candidats contribuent à cette mission. À cet effet, "
          "chaque établissement d'origine communique au centre d'écrit où sont affectés ses candidats les noms des "
          "professeurs désignés pour la surveillance, au plus tard le vendredi 3 avril 2026, en indiquant pour chacun "
          "l'épreuve et la demi-journée retenues."),

    ("h1", "2. Les épreuves écrites"),
    ("p", "Les deux épreuves écrites de la session sont organisées dans deux centres : le lycée Aliénor-d'Aquitaine, "
          "41 rue Pierre-de-Coubertin, 86000 Poitiers, pour les candidats de la Vienne, des Deux-Sèvres et de la "
          "Charente, et le lycée Valin, rue Albert-Ier, 17000 La Rochelle, pour les candidats de la Charente-Maritime."),
    ("h2", "2.1 Épreuve E1 – Culture générale et expression"),
    ("p", "L'épreuve E1 se déroulera le mardi 12 mai 2026 de 14 h 00 à 18 h 00. Les candidats sont appelés en salle "
          "à 13 h 30 ; aucune sortie n'est autorisée avant la fin de la deuxième heure de composition. Les candidats "
          "qui bénéficient d'un temps majoré composent dans une salle distincte, dont le chef de centre fixe "
          "l'emplacement."),
    ("h2", "2.2 Épreuve E5 – Gestion de l'information touristique"),
    ("p", "La partie écrite de l'épreuve E5 aura lieu le mercredi 13 mai 2026 de 9 h 00 à 12 h 00, dans les mêmes "
          "centres. Les sujets sont acheminés par voie sécurisée ; les chefs de centre en accusent réception dès leur "
          "arrivée et les conservent au coffre jusqu'à l'ouverture des enveloppes en présence des candidats."),
    ("p", "Les copies de ces deux épreuves sont numérisées dans le centre le jour même et corrigées à l'écran ; "
          "les modalités de correction seront précisées aux correcteurs dans leur convocation."),

    ("h1", "3. Les épreuves orales et les dossiers"),
    ("h2", "3.1 Dépôt des dossiers des épreuves E4 et E6"),
    ("p", "L'épreuve E4 – Élaboration d'une prestation touristique et l'épreuve E6 – Parcours de professionnalisation "
          "prennent appui sur un dossier établi par le candidat. Les dossiers, en deux exemplaires, devront parvenir "
          "au centre d'interrogation au plus tard le vendredi 10 avril 2026 à 17 h. Un dossier parvenu après cette "
          "date ou incomplet ne pourra être pris en compte, et le candidat sera informé qu'il ne pourra pas être "
          "interrogé."),
    ("p", "La commission de contrôle de conformité des dossiers des épreuves E4 et E6 se réunira le mardi 14 avril 2026 "
          "à 14 h, au lycée Jean-Macé, 18 rue du Pont-Pilet, 79000 Niort. Les décisions de non-conformité sont "
          "notifiées aux candidats dans les meilleurs délais, avant le départ en congé de printemps."),
    ("h2", "3.2 Calendrier des interrogations"),
    ("p", "Les oraux des épreuves E4 et E6 sont organisés au lycée Jean-Macé de Niort. Une réunion d'entente des "
          "commissions d'interrogation de l'épreuve E4 est fixée au lundi 18 mai 2026 à 8 h 30, dans ce même lycée ; "
          "la présence de tous les examinateurs est requise."),
    ("p", "a) L'épreuve E4 se déroulera du lundi 18 mai au vendredi 22 mai 2026, les interrogations commençant à "
          "l'issue de la réunion d'entente le premier jour."),
    ("p", "b) L'épreuve E6 se déroulera du mardi 26 mai au vendredi 29 mai 2026."),
    ("p", "c) Les épreuves de langues vivantes sont organisées au lycée Aliénor-d'Aquitaine de Poitiers : l'épreuve E21 "
          "(anglais) le lundi 1er juin et le mardi 2 juin 2026, l'épreuve E22 (seconde langue vivante) le mercredi "
          "3 juin 2026."),
    ("p", "d) L'épreuve facultative EF1 de langue vivante aura lieu le jeudi 4 juin 2026, au lycée Valin de "
          "La Rochelle, pour l'ensemble des candidats qui l'ont choisie lors de leur inscription."),
    ("p", "Les convocations précisent à chaque candidat le jour et l'heure de son passage. Un candidat absent à "
          "l'heure fixée ne peut être interrogé à un autre moment, sauf cas de force majeure dûment justifié."),
    ("h2", "3.3 Épreuve E3 – Gestion de la relation clientèle touristique"),
    ("p", "L'épreuve E3 est évaluée exclusivement en contrôle en cours de formation : elle ne fait l'objet d'aucune "
          "convocation. Les établissements habilités saisissent les propositions de notes et me les transmettent, "
          "accompagnées des grilles d'évaluation, au plus tard le vendredi 29 mai 2026 à 12 h. Au-delà de cette "
          "échéance, la note manquante sera considérée comme une absence."),

    ("h1", "4. Délibérations, résultats et suites de la session"),
    ("h2", "4.1 Jury et publication des résultats"),
    ("p", "Le jury de délibération se réunira le jeudi 25 juin 2026 à 9 h 30, au rectorat de Poitiers. "
          "Les résultats seront publiés le vendredi 3 juillet 2026 à partir de 10 h sur le site de l'académie ; "
          "aucun résultat ne sera communiqué par téléphone."),
    ("h2", "4.2 Communication des copies"),
    ("p", "Les candidats peuvent demander la communication de leurs copies du lundi 6 juillet au vendredi "
          "4 septembre 2026, par le formulaire disponible sur le site de l'académie. Les relevés de notes sont "
          "adressés aux candidats par voie postale dans le courant du mois de juillet ; les diplômes seront remis "
          "par les établissements à la rentrée suivante."),
    ("h2", "4.3 Rappel"),
    ("p", "Je vous remercie de veiller à ce que ces dispositions soient connues de tous. Le bureau des brevets de "
          "technicien supérieur reste à votre disposition pour toute précision complémentaire."),
    ("signature", "Pour la rectrice et par délégation,\nLe secrétaire général adjoint,\n\nThibault Maréchaux"),
]
