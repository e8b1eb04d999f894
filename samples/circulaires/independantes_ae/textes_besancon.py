"""Texte de la circulaire fictive BTS CIRA, académie de Besançon, session 2028.
Mise en page : page en deux colonnes (prose à gauche, calendrier façon tableur à droite,
mois en ligne fusionnée au-dessus des jours, horaires « 8h30/12h30 »)."""

EN_TETE = [
    "RÉGION ACADÉMIQUE BOURGOGNE-FRANCHE-COMTÉ",
    "ACADÉMIE DE BESANÇON",
    "Rectorat – Division des examens et concours",
    "Bureau DEC 3 – Examens post-baccalauréat",
]
LIEU_DATE = "Besançon, le 26 janvier 2028"
EXPEDITEUR = "Le recteur de l'académie de Besançon\nà\nMesdames et messieurs les proviseurs des lycées publics et privés sous contrat,\nMesdames et messieurs les directeurs de CFA"
AFFAIRE = "Affaire suivie par : M. Grandjean – 03 81 65 00 00 – ce.dec3@ac-besancon.fr"
OBJET = ("Objet : Brevet de technicien supérieur « Contrôle industriel et régulation automatique » (CIRA) – "
         "session 2028 – organisation des épreuves")
REFERENCES = [
    "Réf. : arrêté du 2 mai 2013 portant définition et fixant les conditions de délivrance du BTS CIRA ;",
    "circulaire nationale d'organisation du 12 décembre 2027.",
]

# Colonne gauche : la prose
PROSE = [
    ("h", "I. Principes"),
    ("p", "La présente note précise le calendrier académique de la session 2028. Les épreuves écrites se "
          "déroulent selon le calendrier figurant dans la colonne de droite ; les horaires sont ceux de la "
          "métropole. Aucune épreuve n'a lieu le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 "
          "(lundi de Pentecôte)."),
    ("h", "II. Épreuves écrites"),
    ("p", "Les candidats sont convoqués 30 minutes avant le début de chaque épreuve. Les copies de l'épreuve "
          "E4 sont corrigées sur place, au lycée Jules Haag, après la réunion d'entente du vendredi "
          "19 mai 2028 à 9h30 ; la correction se poursuit jusqu'au mercredi 24 mai 2028 inclus."),
    ("h", "III. Épreuves pratiques et orales"),
    ("p", "E5-A « Mise en œuvre d'un système de contrôle industriel » : du lundi 29 mai au vendredi "
          "2 juin 2028, lycée Georges Cuvier, Montbéliard."),
    ("p", "E5 – B « Conduite et optimisation d'une installation » : du mardi 6 au vendredi 9 juin 2028, "
          "lycée Édouard Belin, Vesoul."),
    ("p", "E6 « Rapport d'activités en entreprise » (U6), soutenance orale : du lundi 12 au mercredi "
          "14 juin 2028, lycée Jules Haag, Besançon."),
    ("h", "IV. Rapports d'activités (E6)"),
    ("p", "Les rapports, en deux exemplaires papier accompagnés de l'attestation de stage, sont à "
          "transmettre au centre d'examen au plus tard le vendredi 21 avril 2028 à 16 h, délai de rigueur. "
          "La commission de contrôle de conformité se réunira le mardi 2 mai 2028 à 9 h au lycée Jules Haag."),
    ("h", "V. Notes, jury, résultats"),
    ("p", "Les notes de CCF (E2 oral, E3 situations pour les candidats scolaires) sont saisies au plus tard "
          "le jeudi 15 juin 2028 à 12 h. Le jury de délibération se réunira le mardi 27 juin 2028 à "
          "9 h 00 au rectorat de Besançon. Les résultats seront publiés le vendredi 30 juin 2028 "
          "à partir de 14 h."),
]

# Colonne droite : calendrier « tableur »
CAL_TITRE = "CALENDRIER – ÉPREUVES PONCTUELLES"
CAL_ENTETE = ["Jour", "Épreuve", "Horaires"]
CAL = [
    ("MOIS", "MAI 2028"),
    ("mar. 16", "E1 – Culture générale et expression (U1)", "8h30/12h30"),
    ("mar. 16", "E2 – Anglais, écrit (U2)", "14h/16h"),
    ("mer. 17", "E3 – 1ère partie : Mathématiques (U31)", "8h30/10h30"),
    ("mer. 17", "E3 – 2e partie : Physique-chimie (U32)", "13h30/15h30"),
    ("jeu. 18", "E4 – Étude d'un système de contrôle industriel (U4)", "8h/12h"),
    ("lun. 29 → ven. 2 juin", "E5-A (pratique) – Montbéliard", "journée"),
    ("mer. 31", "EF1 – Langue vivante 2 (facultative), oral", "à partir de 13h30"),
    ("MOIS", "JUIN 2028"),
    ("mar. 6 → ven. 9", "E5 – B (pratique) – Vesoul", "journée"),
    ("lun. 12 → mer. 14", "E6 – soutenance (U6)", "selon convocation"),
]
CAL_NOTE = "* Les horaires sont ceux de la métropole (heure de Paris)."

CENTRES_TITRE = "Centres d'épreuves"
CENTRES = [
    ("Lycée Jules Haag", ["1 rue Labbé", "25041 BESANÇON CEDEX"], "Besançon", "E1 à E4, E6"),
    ("Lycée Georges Cuvier", ["1 place Jean Monnet – BP 21107", "25206 MONTBÉLIARD CEDEX"], "Montbéliard", "E5-A"),
    ("Lycée Édouard Belin", ["18 rue Édouard Belin", "70000 VESOUL"], "Vesoul", "E5 – B"),
]
FORMATION = ("Établissements de formation (pour information, ne sont pas centres d'épreuves) : "
             "CFAI Doubs-Nord Franche-Comté (Exincourt), GRETA Haute-Saône (Lure).")
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,", "Hélène Vuillemin"]
ANNEXE = ["Annexe – attestation de remise du rapport (E6)",
          "Nom du candidat : ……………………………   Établissement : ……………………………",
          "Rapport remis en deux exemplaires.   Fait à ……………………, le …/…/20…",
          "Signature du chef d'établissement :"]
