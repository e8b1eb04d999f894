"""BTS Opticien lunetier, note nationale, session 2027 — a Word document saved as « Page Web filtrée »."""

EN_TETE = [
    ("MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE", True),
    ("Direction générale de l'enseignement supérieur et de l'insertion professionnelle", False),
    ("Service de la stratégie des formations et de la vie étudiante – Bureau des formations technologiques", False),
]
LIEU_DATE = "Paris, le 14 décembre 2026"
DESTINATAIRES = ("Note à l'attention de Mesdames et Messieurs les recteurs et rectrices d'académie – "
                 "Divisions des examens et concours ; Mesdames et Messieurs les vice-recteurs")
OBJET = "Objet : brevet de technicien supérieur « Opticien lunetier » (OL) – session 2027 – calendrier national"
REFERENCES = "Références : arrêté du 12 avril 2021 modifié portant définition et fixant les conditions de délivrance du BTS Opticien lunetier"
INTRO = ("La présente note fixe le calendrier des épreuves ponctuelles écrites, organisées à date nationale, et les "
         "périodes dans lesquelles les académies organisent les épreuves pratiques et orales de la session 2027.")
S1 = "Épreuves écrites nationales (heure de Paris)"
T_ENTETE = ["Date", "Horaire", "Épreuve", "Intitulé", "Durée"]
# (date text or None when covered by rowspan, rowspan, horaire, code, intitulé, durée, hidden note)
T = [
    ("mardi 11 mai 2027", 1, "14 h – 18 h", "E1", "Culture générale et expression", "4 h", None),
    ("mercredi 12 mai 2027", 2, "10 h – 12 h", "E2", "Langue vivante étrangère : anglais", "2 h", None),
    (None, 0, "14 h – 16 h", "E3", "Mathématiques", "2 h", None),
    ("jeudi 13 mai 2027", 2, "9 h – 12 h", "E41", "Analyse de la vision", "3 h", None),
    (None, 0, "14 h – 17 h", "E42", "Optique géométrique et physique", "3 h",
     "[projet : E42 le vendredi 14 mai 2027 à 14 h – à arbitrer]"),
    ("vendredi 14 mai 2027", 1, "9 h – 13 h", "E51", "Étude technique des systèmes optiques", "4 h", None),
]
S1_NOTE = ("Pour les académies et vice-rectorats d'outre-mer, les horaires locaux sont fixés par les services "
           "académiques concernés et communiqués aux centres.")
S2 = "Épreuves pratiques et orales organisées par les académies"
S2_PUCES = [
    "E52 – Contrôle et réalisation d'équipements (sous-épreuve de l'épreuve E5) : du lundi 31 mai au vendredi 11 juin 2027 ;",
    "E61 – Examen de vue et adaptation (sous-épreuve de l'épreuve E6) : du lundi 14 juin au vendredi 18 juin 2027 ;",
    "E62 – Communication et relation client : contrôle en cours de formation uniquement, sans date nationale.",
]
S2_NOTE = ("Les académies tiennent compte du jeudi 6 mai 2027 (Ascension) et du lundi 17 mai 2027 (lundi de Pentecôte), "
           "jours fériés. L'épreuve E4 comprend les sous-épreuves E41 et E42.")
S3 = "Fin de session"
S3_TEXTE = [
    "Les notes de toutes les épreuves sont transmises au plus tard le vendredi 25 juin 2027.",
    "Les jurys de délibération se réunissent du lundi 28 juin au vendredi 2 juillet 2027.",
    "Les résultats sont publiés le mardi 6 juillet 2027 à partir de 10 h.",
]
SIGNATURE = ["Pour la ministre et par délégation,", "La cheffe du service de la stratégie des formations", "Hélène Vasseur-Rigaud"]
WORD_CREATED = "2026-12-09T08:47:00Z"
