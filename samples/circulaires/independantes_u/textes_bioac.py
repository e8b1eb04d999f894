"""Texte de la note nationale fictive : BTS Bioanalyses et contrôles (BioAC), session 2027.
Portée nationale (aucune académie organisatrice) ; horaires par territoire ; sous-épreuves."""

STEM = "note_bioac_2027_nationale"

ENTETE_GAUCHE = "Ministère de l'Éducation nationale – DGESCO A2-3"
ENTETE_DROITE = "BTS BioAC – session 2027"
PIED = "110 rue de Grenelle – 75357 Paris SP 07"

LETTERHEAD = [
    "**MINISTÈRE DE L'ÉDUCATION NATIONALE**",
    "Direction générale de l'enseignement scolaire",
    "Service de l'instruction publique et de l'action pédagogique",
    "Bureau des diplômes professionnels – DGESCO A2-3",
]
LIEU_DATE = "Paris, le 14 décembre 2026"
TITRE = "NOTE DE SERVICE NATIONALE D'ORGANISATION"
DESTINATAIRES = ("La ministre de l'Éducation nationale à Mesdames et Messieurs les recteurs et rectrices "
                 "d'académie (divisions des examens et concours) ; Mesdames et Messieurs les vice-recteurs "
                 "(Polynésie française, Nouvelle-Calédonie, Wallis-et-Futuna).")
OBJET = ("**Objet :** brevet de technicien supérieur Bioanalyses et contrôles (BioAC) – organisation de la "
         "session 2027")
REFERENCES = ("**Références :** arrêté du 29 mai 2012 portant définition et fixant les conditions de délivrance "
              "du BTS Bioanalyses et contrôles ; note de service du 10 octobre 2026 relative au calendrier "
              "général des BTS.")
INTRO = ("La présente note précise les dates et horaires nationaux des épreuves écrites, les fenêtres nationales "
         "des épreuves pratiques et orales, ainsi que les opérations communes à toutes les académies. Les "
         "académies fixent le lieu des épreuves et convoquent les candidats.")

EPREUVES_TITRE = "1. ÉPREUVES DE L'EXAMEN"
T_EPREUVES_ENTETE = ["Épreuve", "Sous-épreuve / partie", "Unité", "Forme ponctuelle", "Durée"]
# None = fusion verticale avec la ligne précédente (colonne Épreuve)
T_EPREUVES = [
    ["E1 – Culture générale et expression", "—", "U1", "écrite", "4 h"],
    ["E2 – Langue vivante étrangère : anglais", "—", "U2", "orale", "20 min"],
    ["E3 – Mathématiques et sciences physiques et chimiques", "1ère partie : mathématiques", "U31", "écrite", "2 h"],
    [None, "2e partie : sciences physiques et chimiques", "U32", "écrite", "2 h"],
    ["E4 – Bases scientifiques et technologiques de l'analyse",
     "E.4.1 – Biochimie et chimie analytique", "U41", "écrite", "3 h"],
    [None, "E.4.2 – Microbiologie et biologie cellulaire", "U42", "écrite", "3 h"],
    ["E5 – Analyses et contrôles", "E5-A – Analyses physico-chimiques et biochimiques", "U51", "pratique", "6 h"],
    [None, "E5 – B – Analyses microbiologiques", "U52", "pratique", "6 h"],
    ["E6 – Projet technologique", "—", "U6", "orale", "40 min"],
    ["EF1 – Langue vivante étrangère 2 (facultative)", "—", "UF1", "orale", "20 min"],
]

ECRITS_TITRE = "2. CALENDRIER DES ÉPREUVES ÉCRITES (HORAIRES LOCAUX)"
T_ECRITS_ENTETE = ["Date", "Épreuve", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte",
                   "Polynésie", "Nouvelle-Calédonie", "Durée"]
T_ECRITS = [
    ["Lundi 10 mai 2027", "E1 – Culture générale et expression",
     "14h00 – 18h00", "8h00 – 12h00", "9h00 – 13h00", "16h00 – 20h00", "15h00 – 19h00", "7h30 – 11h30 (a)",
     "7h30 – 11h30 (b)", "4 h"],
    ["Mardi 11 mai 2027", "E.4.1 – Biochimie et chimie analytique",
     "8h00 – 11h00", "7h00 – 10h00", "7h00 – 10h00", "10h00 – 13h00", "9h00 – 12h00", "7h30 – 10h30 (a)",
     "7h30 – 10h30 (b)", "3 h"],
    [None, "E.4.2 – Microbiologie et biologie cellulaire",
     "13h00 – 16h00", "13h00 – 16h00", "13h00 – 16h00", "15h00 – 18h00", "14h00 – 17h00", "13h00 – 16h00 (a)",
     "13h00 – 16h00 (b)", "3 h"],
    ["Mercredi 12 mai 2027", "E3 – 1ère partie : mathématiques",
     "9h00 – 11h00", "7h30 – 9h30", "7h30 – 9h30", "11h00 – 13h00", "10h00 – 12h00", "7h30 – 9h30 (a)",
     "7h30 – 9h30 (b)", "2 h"],
    [None, "E3 – 2e partie : sciences physiques et chimiques",
     "14h00 – 16h00", "13h00 – 15h00", "13h00 – 15h00", "16h00 – 18h00", "15h00 – 17h00", "13h00 – 15h00 (a)",
     "13h00 – 15h00 (b)", "2 h"],
]
T_ECRITS_NOTES = [
    "(a) Polynésie française : sujets spécifiques, même jour calendaire.",
    "(b) Nouvelle-Calédonie : sujets spécifiques, épreuve décalée au lendemain matin, heure locale.",
    "Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont des jours fériés.",
]

PRATIQUES_TITRE = "3. ÉPREUVES PRATIQUES ET ORALES – FENÊTRES NATIONALES"
PRATIQUES = [
    "E5-A – Analyses physico-chimiques et biochimiques : du mardi 18 au vendredi 21 mai 2027.",
    "E5 – B – Analyses microbiologiques : du lundi 24 au vendredi 28 mai 2027.",
    "E6 – Projet technologique (soutenance) : du lundi 31 mai au vendredi 11 juin 2027.",
    "E2 et EF1 : épreuves orales organisées par chaque académie selon son propre calendrier.",
]
PRATIQUES_NOTE = ("À l'intérieur de ces fenêtres, chaque académie arrête les dates de passage et en informe les "
                  "candidats par la convocation.")

PROJET_TITRE = "4. PROJET TECHNOLOGIQUE (E6)"
PROJET = [
    "Les dossiers de projet sont à transmettre aux centres d'examen au plus tard le lundi 19 avril 2027.",
    "Le contrôle de conformité des dossiers E6 est réalisé par les centres au plus tard le vendredi "
    "30 avril 2027, à l'aide de la fiche figurant en annexe 3.",
]

HARMO_TITRE = "5. HARMONISATION ET ENTENTE"
HARMO = [
    "Une réunion nationale d'harmonisation de l'épreuve E4 (E.4.1 et E.4.2) se tiendra le mercredi "
    "19 mai 2027 à 10 h, en visioconférence. Les académies réunissent ensuite leurs correcteurs en "
    "réunion d'entente, à des dates qu'elles fixent.",
]

FIN_TITRE = "6. NOTES, JURYS ET RÉSULTATS"
FIN = [
    "Les notes des épreuves E5 et E6 sont transmises aux services académiques au plus tard le mercredi "
    "16 juin 2027.",
    "Les jurys de délibération se tiennent au plus tard le vendredi 2 juillet 2027.",
    "Les résultats sont publiés à partir du lundi 5 juillet 2027.",
]
SIGNATURE = [
    "Pour la ministre et par délégation,",
    "Le directeur général de l'enseignement scolaire,",
    "",
    "Marc-Antoine Delorme",
]
