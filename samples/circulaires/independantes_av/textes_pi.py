# -*- coding: utf-8 -*-
"""BTS Professions immobilières (PI), national note, session 2029 (fictitious).
Markup read by build.py: ^{..} superscript run, ~ U+00A0, _ U+202F, ¦ soft hyphen (w:softHyphen),
[[sc:..]] small capitals, [[caps:..]] capitals by formatting only, **..** bold.
Dates in the table are split into several runs on purpose (see build.py)."""

EMETTEUR = ["MINISTÈRE DE L’ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
            "Direction générale de l’enseignement supérieur et de l’insertion professionnelle",
            "Service de la stratégie des formations – Département des formations de niveau bac + 2"]
LIEU_DATE = "Paris, le 1^{er}~décembre~2028"
DESTINATAIRES = ("à Mesdames et Messieurs les recteurs et rectrices d’académie, "
                 "à Monsieur le directeur du service interacadémique des examens et concours")
OBJET = "Objet : BTS Professions immobilières (PI) – organisation nationale de la session 2029"
REFS = ("Références : arrêté du 20~mars~2023 portant définition et fixant les conditions de délivrance du BTS "
        "Professions immobilières ; note de service du 6~octobre~2028 relative au calendrier des BTS.")
INTRO = ("La présente note fixe les dates nationales des épreu¦ves écrites de la session 2029 et les périodes "
         "dans lesquelles les académies organisent les épreuves orales. L’académie de Nantes, pilote de la "
         "spécialité, assure la conception des sujets et la coordination des corrections ; chaque académie "
         "organise les épreuves pour ses candidats et désigne ses centres.")

T_ECRITS = "[[sc:1. Calendrier national des épreuves écrites]]"
ECRITS_NOTE = "Horaires exprimés en heure de Paris. Les dates sont notées au format AAAA-MM-JJ."
ECRITS_ENTETE = ["Jour", "Date", "Épreuve", "Horaire"]
# (jour, date as a list of (text, style) runs, épreuve, horaire)
ECRITS = [
    ("Lundi", [("2029", ""), ("-", ""), ("05", "b"), ("-", ""), ("14", "b")], "E1 – Culture générale et expression",
     "14~heures – 18~heures"),
    ("Mardi", [("2029-", ""), ("05-15", "b")], "E2 – Langue vivante étrangère : anglais", "10:00 – 12:00"),
    ("Mardi", [("2029-05-", ""), ("15", "b")], "E3 – Conseil en ingénierie de l’immobilier", "14h-18h"),
    ("Mercredi", [("2029", "i"), ("-05-16", "")], "E51 – Techniques immobilières : transaction immobilière",
     "8_h_30 – 11_h_30"),
    ("Mercredi", [("2029-05-16", "")], "E52 – Techniques immobilières : gestion immobilière", "14H30 – 17H30"),
]
ECRITS_APRES = ("Le jeudi 10~mai~2029 (Ascension) et le lundi 21~mai~2029 (Pentecôte) sont fériés. "
                "Les sujets de secours sont acheminés selon les consignes du SIEC.")

T_ORAUX = "[[sc:2. Périodes des épreuves orales (organisation académique)]]"
ORAUX = [
    ("E4 – Communication professionnelle en français et en langue étrangère",
     "période du 28.05.2029 au 08.06.2029"),
    ("E6 – Formalisation de l’action professionnelle",
     "du 4 au 15~juin~2029, samedis exclus ; les candidats de 2^{e}~année de formation sont prioritaires"),
    ("EF1 – Langue vivante facultative", "11–15~juin~2029"),
]
ORAUX_NOTE = ("Chaque recteur arrête les dates exactes à l’intérieur de ces périodes et en informe les candidats par "
              "convocation individuelle.")

T_JALONS = "[[sc:3. Jalons de la session]]"
JALONS = [
    "Dépôt des dossiers E6 : date fixée par chaque recteur, au plus tard le [[caps:vendredi 20~avril~2029]].",
    "Réunion nationale d’harmonisation de l’épreuve E3 : jeudi 24~mai~2029, 10_h_00 (visioconférence).",
    "Remontée des notes à l’académie pilote : au plus tard le 22.06.2029.",
    "Jurys de délibération : entre le 27~juin et le 3~juillet~2029, dans chaque académie.",
    "Publication des résultats : vendredi 6~juillet~2029 à 10_h, heure de Paris.",
]
T_DIVERS = "[[sc:4. Dispositions diverses]]"
DIVERS = ("Les candidats en situation de handicap bénéficient des aménagements notifiés. La 1^{re}~heure de chaque "
          "épreuve écrite est sans sortie possible. Les académies transmettent leurs effectifs prévisionnels à "
          "l’académie pilote dès la clôture des inscrip¦tions.")
SIGNATURE = ["Pour la ministre et par délégation,", "la cheffe du service de la stratégie des formations,",
             "Bérangère Ollivier-Sainte-Croix"]
