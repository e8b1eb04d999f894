"""BTS NDRC, académie de Bordeaux, session 2028 (Word 2003 XML, then flat ODT by LibreOffice). Invented content.
Paragraph items are lists of runs: a run is a str or (str, "b") for bold; dates are split across runs on purpose."""

EN_TETE = ["Académie de Bordeaux", "Rectorat — DEC — Pôle des examens de l'enseignement supérieur",
           "Bureau des BTS tertiaires"]
LIEU_DATE = ["Bordeaux, le ", ("24", "b"), " janvier 2028"]
AFFAIRE = "Dossier suivi par M. Arnaud Lescarret — 05 57 57 38 12 — dec-bts@ac-bordeaux.fr"
OBJET = "Objet : BTS Négociation et digitalisation de la relation client (NDRC) — organisation de la session 2028"
REFS = [
    "Références : décret n° 2013-756 du 19 août 2013 ; arrêté du 8 mars 2018 portant définition du BTS NDRC ;",
    "circulaire nationale d'organisation du 6 décembre 2027.",
]
CORPS = [
    ("p", ["La présente circulaire précise le calendrier et les lieux des épreuves du BTS NDRC pour la session 2028. "
           "Elle s'adresse aux chefs d'établissement, aux directeurs de CFA et aux candidats individuels."]),
    ("h", ["I. Dossiers professionnels (E4 et E6)"]),
    ("p", ["Les dossiers des épreuves E4 (Relation client et négociation-vente) et E6 (Relation client et animation de "
           "réseaux) — fiches descriptives et attestations de stage — sont à déposer au lycée Gustave Eiffel, "
           "143 cours de la Marne, 33074 Bordeaux, au plus tard le ", ("vendredi 31", "b"), " mars 2028 à 17 h 00."]),
    ("p", ["Le contrôle de conformité des dossiers E4 et E6 se déroulera le mercredi ", ("12", "b"),
           " avril 2028 de 9 h 00 à 16 h 00 au lycée Gustave Eiffel."]),
    ("h", ["II. Épreuves écrites"]),
    ("p", ["Les épreuves écrites ont lieu au lycée Gustave Eiffel (Bordeaux) et au lycée Bernard Palissy, "
           "164 boulevard de la Liberté, 47000 Agen, selon le tableau ci-dessous. Le lundi 8 mai 2028 est férié."]),
    ("table", [
        ["Épreuve", "Intitulé", "Date", "Horaires"],
        ["E1", "Culture générale et expression", "mardi 9 mai 2028", "14 h 00 – 18 h 00"],
        ["E3", "Culture économique, juridique et managériale", "mercredi 10 mai 2028", "14 h 00 – 18 h 00"],
        ["E5A", "Relation client à distance et digitalisation — partie écrite", "jeudi 11 mai 2028", "9 h 00 – 12 h 00"],
    ]),
    ("h", ["III. Épreuves pratiques et orales"]),
    ("p", ["E5B — épreuve pratique (40 minutes) : du lundi ", ("15", "b"), " au vendredi 19 mai 2028, lycée Gustave Eiffel "
           "et lycée Bernard Palissy."]),
    ("p", ["EF1 — langue vivante étrangère facultative (oral) : mardi 16 mai 2028, lycée Gustave Eiffel."]),
    ("p", ["E4 — candidats en forme ponctuelle : du lundi 22 mai au mercredi 24 mai 2028 au lycée Louis Barthou, "
           "2 rue Louis Barthou, 64000 Pau. Une réunion d'harmonisation des examinateurs E4 et E6 précède les "
           "interrogations le lundi 22 mai 2028 à 8 h 30."]),
    ("p", ["E6 — du mardi 30 mai au vendredi 2 juin 2028, lycée Louis Barthou (Pau) et lycée Gustave Eiffel (Bordeaux)."]),
    ("p", ["E2 — langue vivante étrangère (oral, candidats en forme ponctuelle) : mercredi 31 mai et jeudi 1", ("er", "sup"),
           " juin 2028, lycée Gustave Eiffel. Aucune interrogation n'aura lieu le jeudi 25 mai 2028 (Ascension) ni "
           "le lundi 5 juin 2028 (lundi de Pentecôte)."]),
    ("h", ["IV. Jury et résultats"]),
    ("p", ["Le jury final se réunira le jeudi 29 juin 2028 à 14 h 00 au rectorat de Bordeaux, 5 rue Joseph de Carayon-"
           "Latour, 33060 Bordeaux. Les résultats seront mis en ligne le vendredi 30 juin 2028 à 10 h 00."]),
    ("sig", ["Pour le recteur et par délégation,"]),
    ("sig", ["le chef de la division des examens et concours,"]),
    ("sig", ["Grégoire Darrigade"]),
]
