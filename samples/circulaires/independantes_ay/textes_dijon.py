"""Circulaire BTS Tourisme, académie de Dijon, session 2027 (fictive).
Prose où chaque date renvoie à la précédente : lendemain, même jour, semaine suivante, veille, premier … du mois."""

BANDEAU = "Académie de Dijon — Région académique Bourgogne-Franche-Comté"
SERVICE = "Division des examens et concours — Pôle BTS (DEC 4)"
LIEU_DATE = "Dijon, le lundi 18 janvier 2027"
TITRE = "BTS Tourisme — session 2027"
SOUS_TITRE = "Circulaire d'organisation académique des épreuves ponctuelles"
DESTINATAIRES = ("à l'attention de Mesdames et Messieurs les proviseurs des lycées centres d'épreuves, "
                 "des directeurs de centres de formation et des professeurs de la section")
REFERENCES = ("Références : arrêté du 5 avril 2018 portant définition du BTS Tourisme ; note de service nationale "
              "relative au calendrier de la session 2027.")

SECTIONS = [
    ("1. Principe de la présente circulaire", [
        "Pour éviter les erreurs de report constatées lors de la session précédente, le calendrier est décrit "
        "ci-dessous par enchaînement : chaque étape est datée par rapport à l'étape qui la précède. Le seul jour fixé "
        "par la note nationale est celui de la première épreuve écrite (§ 3.1). Les heures sont celles de Dijon.",
    ]),
    ("2. Dossiers de l'épreuve E4", [
        "2.1. Les dossiers de l'épreuve E4 (Élaboration d'une prestation touristique) des candidats ponctuels sont "
        "déposés au lycée Le Castel, à Dijon, au plus tard <b>quatre semaines jour pour jour avant la première "
        "épreuve écrite</b> (§ 3.1), avant 17 h.",
        "2.2. La commission de contrôle de conformité se réunit le jeudi de la semaine suivant cette date limite de "
        "dépôt, à 9 h 30, au lycée Le Castel.",
    ]),
    ("3. Épreuves écrites", [
        "3.1. La session s'ouvre le <b>lundi 10 mai 2027</b> avec l'épreuve E1 (Culture générale et expression), "
        "de 14 h à 18 h.",
        "3.2. L'épreuve E5 (Gestion de l'information touristique) a lieu le lendemain, de 9 h à 13 h.",
        "3.3. Les copies de l'épreuve E5 sont remises au centre de numérisation, lycée Hippolyte-Fontaine "
        "(20 boulevard Voltaire, 21000 Dijon), le même jour à 17 h au plus tard.",
        "3.4. Les centres d'écrit sont : le lycée Le Castel (22 rue Daubenton, 21000 Dijon), le lycée Mathias "
        "(3 place Mathias, 71100 Chalon-sur-Saône) et le lycée Parc des Chaumes (route de Lormes, 89200 Avallon).",
    ]),
    ("4. Épreuves orales de langues", [
        "4.1. Les épreuves orales E21 (langue A) et E22 (langue B), qui composent l'épreuve E2 (Communication en "
        "langues vivantes étrangères), se déroulent la semaine suivant celle des écrits, du mardi au jeudi, le lundi "
        "17 mai étant le lundi de Pentecôte.",
        "4.2. L'épreuve facultative EF1 (langue vivante C) est organisée l'après-midi du dernier de ces trois jours, "
        "à partir de 14 h, au lycée Le Castel.",
    ]),
    ("5. Épreuve E4 (oral ponctuel)", [
        "5.1. Les interrogations E4 commencent le premier mardi de juin et s'achèvent le vendredi de la même semaine.",
        "5.2. Les commissions d'interrogation tiennent leur réunion d'entente la veille du premier oral, à 14 h, au "
        "lycée Le Castel.",
        "5.3. L'épreuve E3 (Gestion de la relation clientèle touristique) est évaluée exclusivement en contrôle en "
        "cours de formation pour tous les candidats de l'académie : elle ne donne lieu à aucune convocation.",
    ]),
    ("6. Jury et résultats", [
        "6.1. Le jury se réunit au rectorat de Dijon (2 G rue Général-Delaborde) le premier lundi de juillet, à 9 h.",
        "6.2. Les résultats sont publiés le surlendemain, à 10 h.",
    ]),
]
RAPPEL_TITRE = "Rappel : aucune épreuve le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (Pentecôte)."
SIGNATURE = ["Pour la rectrice et par délégation,", "la cheffe de la DEC,", "Solène Bourgeois-Varenne"]
