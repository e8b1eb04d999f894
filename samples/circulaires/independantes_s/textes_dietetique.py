"""Textes de la note nationale fictive d'organisation du BTS Diététique et nutrition, session 2027
(PDF dessiné avec reportlab, paysage, tableau sur deux pages avec en-tête répété)."""

EMETTEUR = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
            "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
            "Service de la stratégie des formations – Bureau des diplômes de BTS"]
LIEU_DATE = "Paris, le 14 décembre 2026"
TITRE = "Note nationale d'organisation – BTS Diététique et nutrition – session 2027"
DESTINATAIRES = ("Destinataires : Mesdames et Messieurs les recteurs et rectrices d'académie (divisions des "
                 "examens et concours) ; vice-rectorats ; services de l'éducation des collectivités d'outre-mer.")
REFERENCES = ("Références : arrêté du 2 mars 2023 portant définition et fixant les conditions de délivrance du "
              "BTS « Diététique et nutrition » ; note de service du 14 octobre 2026 relative au calendrier des "
              "BTS.")
INTRO = [
    "La présente note fixe le calendrier national des épreuves ponctuelles écrites de la session 2027 et les "
    "périodes dans lesquelles les académies organisent les épreuves pratiques et orales. Les horaires sont "
    "indiqués en heure locale de chaque territoire ; pour la métropole, l'heure de Paris.",
    "Les épreuves se composent comme suit : E1 Culture générale et expression ; E2 Langue vivante étrangère : "
    "anglais ; E3 Bases scientifiques de la diététique (sous-épreuves E3-A Biochimie et physiologie, E3 – B "
    "Physiopathologie) ; E4 Alimentation et nutrition (E.4.1 Nutrition appliquée, écrite ; E.4.2 Techniques "
    "culinaires diététiques, pratique) ; E5 Démarche de soins diététiques (E5 A Étude de cas clinique, écrite ; "
    "E5B Projet d'éducation nutritionnelle, orale) ; E6 Activités professionnelles en diététique ; EF1 Langue "
    "vivante étrangère 2 (facultative).",
]
INTRO_SUITE = [
    "Les recteurs veillent à ce que les centres d'épreuves disposent des sujets de secours et organisent, le "
    "cas échéant, les aménagements d'épreuves accordés aux candidats en situation de handicap (majoration de "
    "temps, secrétaire, matériel adapté). Les candidats bénéficiant d'un tiers temps composent dans une salle "
    "distincte ; l'heure de fin indiquée au tableau est alors prolongée du temps accordé.",
    "Calculatrice : pour les sous-épreuves E3-A et E.4.1, l'usage de la calculatrice est autorisé dans les "
    "conditions prévues par la réglementation en vigueur (mode examen). Pour les autres épreuves écrites, tout "
    "matériel électronique est interdit.",
    "Les copies des épreuves écrites sont dématérialisées : les centres d'épreuves procèdent à la numérisation "
    "selon les consignes académiques. Les sujets sont conservés sous pli scellé jusqu'à l'ouverture en présence "
    "des candidats.",
]
TITRE_TABLEAU = "1. Calendrier des épreuves écrites (heure locale)"
TERRITOIRES = ["Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte", "Polynésie\nfrançaise", "Nouvelle-\nCalédonie"]
# (date, épreuve, durée, horaires par territoire)
LIGNES = [
    ("lundi 10 mai 2027", "E3-A Biochimie et physiologie\n(1ère partie de l'épreuve E3)", "2 h",
     ["10h00-12h00", "07h30-09h30", "07h30-09h30", "12h00-14h00", "11h00-13h00", "07h00-09h00", "18h00-20h00"]),
    ("lundi 10 mai 2027", "E3 – B Physiopathologie\n(2e partie de l'épreuve E3)", "2 h",
     ["14h00-16h00", "10h30-12h30", "10h30-12h30", "16h00-18h00", "15h00-17h00", "09h30-11h30", "—  (1)"]),
    ("mardi 11 mai 2027", "E1 Culture générale et expression", "4 h",
     ["14h00-18h00", "08h00-12h00", "08h00-12h00", "16h00-20h00", "15h00-19h00", "07h00-11h00", "08h00-12h00 (1)"]),
    ("mercredi 12 mai 2027", "E.4.1 Nutrition appliquée", "3 h",
     ["09h00-12h00", "07h00-10h00", "07h00-10h00", "11h00-14h00", "10h00-13h00", "06h30-09h30", "17h00-20h00"]),
    ("mercredi 12 mai 2027", "E5 A Étude de cas clinique", "3 h",
     ["14h00-17h00", "10h30-13h30", "10h30-13h30", "16h00-19h00", "15h00-18h00", "10h00-13h00", "—  (1)"]),
    ("jeudi 13 mai 2027", "E2 Langue vivante étrangère : anglais (écrit)", "2 h",
     ["10h00-12h00", "07h30-09h30", "07h30-09h30", "12h00-14h00", "11h00-13h00", "07h00-09h00", "18h00-20h00"]),
]
NOTES_TABLEAU = [
    "(1) Nouvelle-Calédonie : les épreuves E3 – B, E5 A et E1 sont organisées sur sujets de secours ; le "
    "vice-rectorat communique les horaires aux candidats.",
    "Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de "
    "Pentecôte).",
]
TITRE_PERIODES = "2. Épreuves pratiques et orales organisées par les académies"
PERIODES = [
    ("E.4.2 Techniques culinaires diététiques (pratique, 4 h)", "du lundi 31 mai au vendredi 11 juin 2027",
     "Dates et centres fixés par chaque académie"),
    ("E5B Projet d'éducation nutritionnelle (orale, 40 min)", "du lundi 7 au vendredi 18 juin 2027",
     "Dossier transmis selon les modalités académiques"),
    ("E6 Activités professionnelles en diététique", "—", "CCF uniquement : aucune date nationale"),
    ("EF1 Langue vivante étrangère 2", "—", "Dates fixées par chaque académie"),
]
TITRE_ETAPES = "3. Étapes nationales"
ETAPES = [
    "Réunion nationale d'entente de la sous-épreuve E5 A, en visioconférence : vendredi 14 mai 2027 à 10 h.",
    "Saisie des notes dans l'application nationale : à effectuer au plus tard le mardi 22 juin 2027.",
    "Les jurys de délibération se tiennent au plus tard le vendredi 2 juillet 2027.",
    "Publication des résultats : à partir du lundi 5 juillet 2027.",
]
SIGNATURE = ["Pour la ministre et par délégation,", "Le chef du service de la stratégie des formations",
             "Étienne Berthomieu"]
PIED = "Note nationale BTS Diététique et nutrition – session 2027 – page {page}"
