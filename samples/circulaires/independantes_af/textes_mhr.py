# -*- coding: utf-8 -*-
"""Note nationale d'organisation, BTS Management en hôtellerie-restauration, session 2027 (fictive)."""

EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Service de la stratégie des formations – Bureau des diplômes (DGESIP A1-2)"]
PIED = "Note nationale BTS MHR – session 2027 – page "
LIEU_DATE = "Paris, le 4 décembre 2026"
DESTINATAIRES = ["Mesdames et Messieurs les recteurs et rectrices d'académie,",
                 "Mesdames et Messieurs les vice-recteurs,",
                 "Monsieur le directeur du service interacadémique des examens et concours"]
OBJET = "Objet : brevet de technicien supérieur « Management en hôtellerie-restauration » (MHR) – session 2027"
REFERENCES = [
    "arrêté du 20 juillet 2018 portant définition et fixant les conditions de délivrance du BTS MHR ;",
    "arrêté du 16 novembre 2018 relatif à la mise en œuvre du contrôle en cours de formation ;",
    "note de service du 2 octobre 2026 relative au calendrier des examens de l'enseignement supérieur.",
]
INTRO = ("La présente note fixe le calendrier national des épreuves écrites ponctuelles de la session 2027 et "
         "précise les périodes à l'intérieur desquelles les académies organisent les épreuves pratiques et orales. "
         "Les horaires sont exprimés en heure de Paris.")
UNITES_TITRE = "I. Unités de la spécialité"
UNITES = [
    "E1 – Culture générale et expression",
    "E2 – Communication en langues vivantes étrangères : E21 (langue A) et E22 (langue B)",
    "E3 – Management de l'entreprise hôtelière et de restauration",
    "E4 – Conception et commercialisation de services en hôtellerie-restauration",
    "E5 – Pilotage de la production et du service, selon l'option : E5-A management d'unité de restauration, "
    "E5 B management d'unité de production culinaire, E5C management d'unité d'hébergement",
    "E6 – Entrepreneuriat en hôtellerie-restauration",
    "EF1 – Langue vivante étrangère C (facultative)",
]
CAL_TITRE = "II. Calendrier national des épreuves écrites"
CAL_INTRO = ("Aucune épreuve n'est organisée le lundi 17 mai 2027 (lundi de Pentecôte). Les sujets de secours sont "
             "tenus à la disposition des académies dans les conditions habituelles. Le tableau ci-dessous se lit "
             "ligne par ligne ; la colonne « Observations » complète les informations relatives à chaque épreuve "
             "et doit être portée à la connaissance des chefs de centre. Les candidats handicapés bénéficiant d'un "
             "temps majoré commencent à la même heure que les autres candidats.")
CAL_INTRO_SUITE = [
    "Les chefs de centre veillent à ce que les sujets soient ouverts en présence des candidats, à l'heure exacte "
    "indiquée. Tout retard supérieur à une heure interdit l'accès à la salle ; aucun temps supplémentaire n'est "
    "accordé au candidat retardataire admis à composer.",
    "Les épreuves écrites des options A, B et C de l'unité E5 ont lieu le même jour et à la même heure ; les "
    "candidats composent exclusivement sur le sujet de l'option dans laquelle ils sont inscrits. Une erreur "
    "d'option constatée après l'ouverture des sujets doit être signalée sans délai au bureau des examens.",
    "Les académies organisatrices de la correction dématérialisée reçoivent les consignes de numérisation par "
    "une note distincte. Les corrigés et barèmes sont adressés aux seuls coordonnateurs désignés.",
    "Les procès-verbaux de déroulement sont établis pour chaque demi-journée d'épreuve et transmis avec les "
    "copies ; ils mentionnent les incidents, les absences et les éventuelles fraudes constatées.",
]
CAL_ENTETE = ["Date", "Épreuve", "Intitulé", "Début", "Fin", "Durée", "Observations"]
LONG = ("Calculatrice non autorisée. Le sujet comporte un dossier documentaire ; les candidats restent en salle "
        "au moins une heure après le début de l'épreuve. Les copies sont numérisées dans chaque académie puis "
        "corrigées en ligne. Les brouillons ne sont pas ramassés ; les annexes à rendre sont agrafées à la copie "
        "après anonymisation.")
CAL = [
    ["mar. 18/05/27", "E1", "Culture générale et expression", "13:30", "17:30", "4 h", LONG],
    ["mer. 19/05/27", "E3", "Management de l'entreprise hôtelière et de restauration", "08:30", "12:30", "4 h",
     "Calculatrice autorisée (mode examen). " + LONG],
    ["jeu. 20/05/27", "E4", "Conception et commercialisation de services en hôtellerie-restauration",
     "08:30", "12:30", "4 h", "Sujet commun aux trois options. " + LONG],
    ["ven. 21/05/27", "E5-A", "Management d'unité de restauration – partie écrite", "13:30", "17:30", "4 h",
     "Sujet propre à l'option A. " + LONG],
    [None, "E5 B", "Management d'unité de production culinaire – partie écrite", "13:30", "17:30", "4 h",
     "Sujet propre à l'option B. " + LONG],
    [None, "E5C", "Management d'unité d'hébergement – partie écrite", "13:30", "16:30", "3 h",
     "Sujet propre à l'option C (1). " + LONG],
]
CAL_NOTE = ("(1) Nouvelle-Calédonie, Polynésie française, Wallis-et-Futuna : sujets et horaires spécifiques "
            "communiqués par les vice-rectorats.")
ORAUX_TITRE = "III. Épreuves pratiques et orales"
ORAUX = [
    "Les épreuves E21, E22, E6 et EF1, ainsi que la partie pratique de l'épreuve E5, sont organisées par les "
    "académies ; la partie pratique de l'E5 et l'épreuve E6 se déroulent entre le lundi 24 mai et le vendredi "
    "11 juin 2027.",
    "Une réunion nationale d'entente des coordonnateurs de correction de l'épreuve E4 se tiendra en "
    "visioconférence le mercredi 26 mai 2027 à 14 h.",
    "Les résultats ne pourront pas être communiqués aux candidats avant le mardi 6 juillet 2027 à 10 h.",
    "Les statistiques de la session sont transmises au bureau DGESIP A1-2 au plus tard le vendredi 9 juillet 2027.",
]
SIGNATURE = ["Pour la ministre et par délégation,", "Le chef du service de la stratégie des formations,", "",
             "Hervé Quiniou"]
