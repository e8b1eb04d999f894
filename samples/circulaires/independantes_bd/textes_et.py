"""BTS Électrotechnique (ET), note nationale d'organisation, session 2027 (fictitious).
Rendered as a PDF whose embedded TrueType font swaps digits: the text layer gives other digits than the page shows."""
TITRE = "Note nationale BTS ET 2027"
BLOCS = [
    ("entete",
     ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Note nationale d'organisation",
      "Établie par l'académie pilote pour l'ensemble des académies", "Bureau des examens de l'enseignement supérieur"],
     ["Le 14 décembre 2026", "", "à", "Mesdames et Messieurs les recteurs d'académie",
      "Divisions des examens et concours"]),
    ("objet", "BTS Électrotechnique (ET) – Session 2027 – Calendrier national des épreuves"),
    ("ref", "Arrêté du 17 mai 2006 modifié portant définition et fixant les conditions de délivrance du BTS « Électrotechnique »."),
    ("p", "La présente note fixe le calendrier national de la session 2027 du BTS Électrotechnique. Les épreuves écrites "
          "se déroulent le même jour et aux mêmes heures (heure de Paris) dans toutes les académies de métropole."),
    ("h", "1. Épreuves écrites nationales"),
    ("table", [0.22, 0.17, 0.49, 0.12], ["Date", "Horaire", "Épreuve", "Durée"], [
        ["Lundi 10 mai 2027", "14h00 – 18h00", "E1 – Culture générale et expression", "4 h"],
        ["Mardi 11 mai 2027", "10h00 – 12h00", "E2 – Langue vivante étrangère : anglais", "2 h"],
        ["Mardi 11 mai 2027", "14h00 – 16h00", "E31 – Mathématiques", "2 h"],
        ["Mercredi 12 mai 2027", "8h00 – 12h00", "E41 – Étude électrotechnique d'un système", "4 h"],
        ["Jeudi 13 mai 2027", "8h00 – 14h00", "E42 – Étude de conception et de réalisation", "6 h"],
    ]),
    ("p", "La sous-épreuve E32 – Physique-chimie et l'épreuve E6 – Épreuve professionnelle de synthèse sont évaluées "
          "en CCF dans toutes les académies. Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (Pentecôte) sont fériés."),
    ("h", "2. Épreuve E5 – Conduite de projet"),
    ("p", "Chaque académie organise les soutenances de l'épreuve E5 entre le lundi 31 mai et le vendredi 11 juin 2027 "
          "et en communique le calendrier à ses centres."),
    ("h", "3. Harmonisation, notes et jurys"),
    ("liste", ["Réunion nationale d'harmonisation de la correction de E41 : jeudi 20 mai 2027 à 10h00 (visioconférence).",
               "Transmission des notes à l'académie pilote : au plus tard le mercredi 16 juin 2027.",
               "Jurys de délibération : au plus tard le vendredi 2 juillet 2027."]),
    ("signature", ["Pour le ministre et par délégation,", "la sous-directrice des examens,", "", "Isabelle Marchand"]),
]
