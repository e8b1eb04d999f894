# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS Maintenance des systèmes, académie de Strasbourg, session 2026."""

STEM = "circulaire_ms_2026_strasbourg"

EN_TETE = ["Académie de Strasbourg", "Rectorat", "Division des examens et concours",
           "DEC 2 – Examens de l'enseignement supérieur"]
ADRESSE = "6 rue de la Toussaint – 67975 Strasbourg Cedex 9 – Tél. 03 88 23 38 00"
LIEU_DATE = "Strasbourg, le 9 mars 2026"
REF = "Réf. : DEC2/BTS/2026-031"
DESTINATAIRES = ["Le recteur de la région académique Grand Est,", "recteur de l'académie de Strasbourg,",
                 "à", "Mesdames et Messieurs les proviseurs", "des lycées publics et privés sous contrat",
                 "Mesdames et Messieurs les directeurs de CFA"]
OBJET = "Objet : BTS Maintenance des systèmes (MS) – options A, B et C – session 2026"
VISAS = [
    "Arrêté du 9 avril 2014 modifié portant définition du BTS Maintenance des systèmes ;",
    "Circulaire nationale d'organisation du 15 décembre 2025.",
]
INTRO = [
    "J'ai l'honneur de vous faire connaître ci-dessous le calendrier de la session 2026 du BTS Maintenance "
    "des systèmes pour les trois options : option A « systèmes de production », option B « systèmes "
    "énergétiques et fluidiques », option C « systèmes éoliens ».",
    "Les épreuves générales E1 et E3 (sous-épreuves U31 et U32) sont communes aux trois options. "
    "L'épreuve E2 (anglais) est évaluée en contrôle en cours de formation pour tous les candidats de "
    "l'académie. L'épreuve E4 donne lieu à des sujets distincts selon l'option.",
    "L'épreuve E5 comprend une sous-épreuve écrite (E.5.1) et une sous-épreuve pratique (E5 – 2) ; "
    "l'épreuve E6 comprend un oral sur rapport (E61) et une sous-épreuve E62 évaluée en CCF.",
    "Les épreuves écrites se déroulent dans les trois centres selon le lieu de formation du candidat. Les "
    "épreuves pratiques E5 – 2 sont regroupées par option. Les horaires indiqués sont ceux de la métropole.",
    "Les vacances de printemps s'étendent du samedi 18 avril au lundi 4 mai 2026 ; aucune convocation "
    "ne sera émise pendant cette période.",
]

TAB_ENTETE = ["Date", "Début", "Fin", "Durée", "Épreuve", "Option(s)", "Lieu"]
# None dans la colonne date = cellule fusionnée avec la ligne précédente
COUFFIGNAL = "Lycée Louis Couffignal\n11 route de la Fédération\n67100 Strasbourg"
PASCAL = "Lycée Blaise Pascal\n74 rue du Logelbach\n68000 Colmar"
NESSEL = "Lycée Heinrich-Nessel\n123 route de Strasbourg\nBP 40219\n67504 Haguenau Cedex"
TROIS = "Centre de formation du candidat (Couffignal, Pascal ou Nessel)"
SECTION_ECRIT = "ÉPREUVES ÉCRITES"
SECTION_PRATIQUE = "ÉPREUVES PRATIQUES ET ORALES"
LIGNES_ECRIT = [
    ["lun. 11/05/26", "14h00", "18h00", "4 h", "E1 – Culture générale et expression", "A, B, C", TROIS],
    ["mar. 12/05/26", "8h00", "10h00", "2 h", "E3 – U31 Mathématiques", "A, B, C", TROIS],
    [None, "14h00", "16h00", "2 h", "E3 – U32 Physique-chimie", "A, B, C", TROIS],
    ["mer. 13/05/26", "8h00", "12h00", "4 h", "E4 – Analyse technique en vue de l'intégration d'un bien", "A et B", TROIS],
    [None, "13h00", "17h00", "4 h", "E4 – Analyse technique en vue de l'intégration d'un bien", "C", NESSEL],
    ["mar. 19/05/26", "13h30", "16h30", "3 h", "E.5.1 – Organisation de l'activité de maintenance", "A, B, C", TROIS],
]
LIGNES_PRATIQUE = [
    ["du lun. 01/06/26 au jeu. 04/06/26", "selon convocation", "", "6 h", "E5 – 2 Maintenance corrective d'un bien", "A", COUFFIGNAL],
    ["du lun. 08/06/26 au mer. 10/06/26", "selon convocation", "", "6 h", "E5 – 2 Maintenance corrective d'un bien", "B", PASCAL],
    ["du lun. 15/06/26 au mar. 16/06/26", "selon convocation", "", "6 h", "E5 – 2 Maintenance corrective d'un bien", "C", NESSEL],
    ["du mar. 02/06/26 au ven. 05/06/26", "selon convocation", "", "40 min", "E61 – Rapport d'activités en entreprise (oral)", "A, B, C", "Couffignal (A, C) – Pascal (B)"],
    ["mer. 03/06/26", "14h00", "17h00", "20 min / cand.", "EF1 – Langue vivante 2 (facultative)", "A, B, C", COUFFIGNAL],
    ["—", "", "", "", "E62 – Maintenance préventive et amélioration : CCF uniquement, pas de date", "A, B, C", "Établissement de formation"],
    ["—", "", "", "", "E2 – Anglais : CCF uniquement", "A, B, C", "Établissement de formation"],
]
NOTE_TABLEAU = ("Les dates ci-dessus sont fermes. Une prolongation d'une demi-journée peut être accordée par le "
                "centre en cas d'effectif supérieur à 24 candidats.")

H_DOSSIERS = "Rapports d'activités en entreprise (E61) et contrôle de conformité"
DOSSIERS = [
    "Dépôt des rapports E61 au centre d'épreuves : jeudi 02-04-2026, 16h00 au plus tard.",
    "Contrôle de conformité : mardi 14-04-2026 à 14h00, lycée Louis Couffignal (salle B12). Les rapports non "
    "conformes seront signalés aux établissements par courriel.",
]
H_REUNIONS = "Réunions, jury, résultats"
REUNIONS = [
    "Réunion d'entente des correcteurs E4 : lundi 18 mai 2026, 9h00, rectorat (salle 105).",
    "Jury de délibération : vendredi 26 juin 2026 à 14h, rectorat.",
    "Publication des résultats : mercredi 1er juillet 2026 à 10h.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours", "",
             "Thierry Obrecht"]
