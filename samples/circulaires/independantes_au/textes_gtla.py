"""Note nationale d'organisation, BTS Gestion des transports et logistique associée, session 2025 (fictive).
Académie pilote : Rouen. Prose seule."""

EN_TETE = [
    "ACADÉMIE DE NORMANDIE – site de Rouen",
    "Académie pilote nationale du BTS Gestion des transports et logistique associée",
    "Rectorat – Division des examens et concours – Bureau des examens nationaux",
]

CORPS = [
    ("droite", "Rouen, le 10 décembre 2024"),
    ("droite", "La rectrice de la région académique Normandie\n\nà\n\nMesdames et Messieurs les recteurs d'académie\nDivisions des examens et concours\nMesdames et Messieurs les vice-recteurs\nMonsieur le directeur du SIEC"),
    ("objet", "Objet : note nationale d'organisation du brevet de technicien supérieur Gestion des transports et "
              "logistique associée (GTLA) – session 2025"),
    ("p", "Références : code de l'éducation, articles D. 643-1 à D. 643-35 ; décret n° 2013-756 du 19 août 2013 ; "
          "arrêté du 30 juin 2021 portant définition et fixant les conditions de délivrance du BTS GTLA ; note de "
          "service relative au calendrier des examens de l'enseignement supérieur du 3 octobre 2024."),
    ("p", "Dossier suivi par : Mme Pauline Lecarpentier, responsable du pôle national – 02 32 08 91 56 – "
          "pole-gtla@ac-normandie.example"),
    ("p", "L'académie de Normandie, par son site de Rouen, assure pour la session 2025 la fonction d'académie pilote "
          "nationale du BTS Gestion des transports et logistique associée. La présente note précise le calendrier "
          "national des épreuves écrites, les échéances communes à toutes les académies et les règles relatives aux "
          "épreuves orales, dont l'organisation relève de chaque académie. Elle ne désigne aucun centre d'épreuves : "
          "ceux-ci sont fixés par les circulaires académiques."),

    ("h1", "1. Principes généraux"),
    ("h2", "1.1 Structure de l'examen"),
    ("p", "Le règlement d'examen comprend les épreuves suivantes : E1 – Culture générale et expression ; E2 – Langues "
          "vivantes étrangères, qui se compose de la sous-épreuve E21 (anglais, écrite) et de la sous-épreuve E22 "
          "(langue vivante B, orale) ; E3 – Culture économique, juridique et managériale ; E4 – Mise en œuvre "
          "d'opérations de transport et de prestations logistiques ; E5 – Conception d'opérations de transport et de "
          "prestations logistiques ; E6 – Pérennisation et développement de l'activité de l'entreprise de transport "
          "et de logistique ; EF1 – Langue vivante facultative."),
    ("p", "Pour les candidats scolaires des établissements publics et privés sous contrat, les apprentis des CFA "
          "habilités et les stagiaires de la formation professionnelle continue des établissements publics habilités, "
          "l'épreuve E22 et l'épreuve E6 peuvent être évaluées en contrôle en cours de formation selon les modalités "
          "fixées par le règlement d'examen ; les dispositions de la présente note relatives à ces deux épreuves "
          "concernent alors les seuls candidats relevant de la forme ponctuelle."),
    ("h2", "1.2 Inscriptions et effectifs"),
    ("p", "Les inscriptions ont été ouvertes, dans la plupart des académies, du 8 octobre au 14 novembre 2024. Afin de "
          "permettre le calcul du nombre de sujets à imprimer, chaque académie transmet à l'académie pilote les "
          "statistiques de ses inscrits, ventilées par épreuve et par langue, au plus tard le vendredi 31 janvier 2025. "
          "Avant le 15 mars 2025, chaque académie vérifie par ailleurs la cohérence des inscriptions en langue "
          "vivante B avec l'offre de ses centres ; cette vérification relève de sa seule responsabilité et ne donne "
          "lieu à aucune remontée vers l'académie pilote."),
    ("h2", "1.3 Calendrier de l'année"),
    ("p", "Les jeudis 1er mai et 8 mai 2025, le jeudi 29 mai 2025 (Ascension) et le lundi 9 juin 2025 (Pentecôte) sont "
          "des jours fériés. Le vendredi 30 mai 2025 est un jour de pont dans de nombreux établissements : les académies "
          "sont invitées à ne pas y convoquer de candidats. À titre de rappel, lors de la session 2024, l'épreuve E4 "
          "avait eu lieu le mercredi 15 mai 2024 et les épreuves écrites s'étaient étendues sur quatre jours."),

    ("h1", "2. Épreuves écrites nationales"),
    ("h2", "2.1 Calendrier"),
    ("p", "Les épreuves écrites se déroulent à la même date et aux mêmes heures dans toutes les académies de métropole "
          "et des départements d'outre-mer de la zone Atlantique, les horaires ci-après étant ceux de Paris ; les "
          "vice-rectorats du Pacifique reçoivent un calendrier distinct."),
    ("p", "a) L'épreuve E1 aura lieu le lundi 12 mai 2025, de 14 h à 18 h."),
    ("p", "b) L'épreuve E3 aura lieu le mardi 13 mai 2025, de 14 h à 18 h."),
    ("p", "c) L'épreuve E4 aura lieu le mercredi 14 mai 2025, de 13 h 30 à 17 h 30."),
    ("p", "d) L'épreuve E5 aura lieu le jeudi 15 mai 2025, de 9 h à 13 h."),
    ("p", "e) La sous-épreuve écrite E21 aura lieu le vendredi 16 mai 2025, de 10 h à 12 h."),
    ("h2", "2.2 Sujets et harmonisation"),
    ("p", "Les sujets sont élaborés par l'académie pilote et diffusés par le SIEC aux académies. Un sujet de secours "
          "est prévu pour chaque épreuve ; son éventuel déclenchement est décidé par l'académie pilote, qui en informe "
          "sans délai les divisions des examens. Une réunion nationale d'harmonisation des corrigés des épreuves E4 et "
          "E5, destinée aux responsables académiques de correction, se tiendra le vendredi 16 mai 2025 à 14 h en "
          "visioconférence ; les éléments de corrigé définitifs seront mis en ligne à son issue."),

    ("h1", "3. Épreuves orales et dossiers"),
    ("h2", "3.1 Dossier de l'épreuve E6"),
    ("p", "Le dossier support de l'épreuve E6 est remis par le candidat au service désigné par son académie au plus "
          "tard le vendredi 4 avril 2025, date limite nationale de dépôt. Chaque académie peut fixer une date "
          "antérieure ; elle organise le contrôle de conformité des dossiers selon son propre calendrier, dont la "
          "présente note ne fixe pas la date."),
    ("h2", "3.2 Période nationale des épreuves orales"),
    ("p", "Les épreuves orales E22, E6 et EF1 se déroulent, selon le calendrier fixé par chaque académie, entre le "
          "lundi 19 mai et le vendredi 13 juin 2025. Aucune interrogation ne peut être organisée en dehors de cette "
          "période, sauf autorisation expresse de l'académie pilote pour les candidats empêchés en raison d'un cas "
          "de force majeure."),

    ("h1", "4. Fin de session"),
    ("h2", "4.1 Remontée des notes"),
    ("p", "Les académies transmettent à l'académie pilote l'ensemble des notes, y compris celles de contrôle en cours "
          "de formation, au plus tard le vendredi 20 juin 2025, afin de permettre l'établissement des statistiques "
          "nationales présentées aux présidents de jury."),
    ("h2", "4.2 Jurys et résultats"),
    ("p", "Les jurys de délibération se tiennent dans chaque académie au plus tard le vendredi 4 juillet 2025. La "
          "publication des résultats est fixée au niveau national au mardi 8 juillet 2025 à 10 h. Les candidats "
          "pourront solliciter la communication de leurs copies à partir du mercredi 9 juillet 2025 auprès de leur "
          "académie d'inscription."),
    ("h2", "4.3 Bilan de session"),
    ("p", "Un bilan de session sera adressé par chaque académie à l'académie pilote ; les observations recueillies "
          "alimenteront la préparation de la session suivante. Je vous remercie de votre collaboration."),
    ("signature", "Pour la rectrice de région académique et par délégation,\nla cheffe de la division des examens et concours,\n\nHélène Duboc-Marival"),
]
