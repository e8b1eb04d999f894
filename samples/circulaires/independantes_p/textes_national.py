"""Texte de la note nationale fictive : BTS Négociation et digitalisation de la relation client (NDRC),
session 2026, portée nationale (aucune académie organisatrice).

Rendu : DOCX (python-docx) ; première section portrait (en-tête ministériel à tabulations, liste numérotée),
section paysage pour le calendrier : une colonne d'horaires par territoire, colonne Durée, cellules fusionnées
et notes dans les cellules ; PDF par LibreOffice. Heures de référence des événements : Métropole."""

STEM = "note_nationale_ndrc_2026"

EN_TETE = [
    "MINISTÈRE DE L'ÉDUCATION NATIONALE",
    "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
    "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
    "Service de la stratégie des formations – Bureau des diplômes de l'enseignement supérieur court",
]
LIEU_DATE = "Paris, le 27 novembre 2025"
REFERENCE = "Note de service n° 2025-BTS-NDRC"
TITRE = "Note nationale d'organisation – Brevet de technicien supérieur « Négociation et digitalisation de la relation client » (NDRC) – Session 2026"
DESTINATAIRES = [
    "Mesdames et Messieurs les recteurs et rectrices d'académie – Divisions des examens et concours",
    "Monsieur le vice-recteur de la Polynésie française",
    "Monsieur le vice-recteur de la Nouvelle-Calédonie",
    "Monsieur le chef du service de l'éducation de Wallis-et-Futuna",
]
INTRO = (
    "La présente note fixe, pour l'ensemble du territoire, le calendrier des épreuves écrites de la session "
    "2026 du BTS NDRC et les périodes nationales dans lesquelles les académies organisent les épreuves "
    "orales et pratiques. Elle abroge la note du 28 novembre 2024 relative à la session 2025. "
    "Les heures indiquées dans le texte sont celles de la Métropole ; les horaires locaux figurent en annexe."
)

POINTS = [
    ("Épreuves écrites",
     "Les épreuves écrites E3 (Culture économique, juridique et managériale), E1 (Culture générale et "
     "expression) et E5-A (Relation client à distance et digitalisation, partie écrite) ont lieu les lundi 11, "
     "mardi 12 et mercredi 13 mai 2026, selon les horaires du tableau figurant en annexe. Elles font l'objet "
     "d'une correction dématérialisée."),
    ("Correction et entente",
     "Une réunion nationale d'entente des correcteurs de l'épreuve E5-A se tiendra en visioconférence le "
     "lundi 18 mai 2026 à 10 h. La correction dématérialisée des copies E1, E3 et E5-A se déroule du "
     "mercredi 20 mai au mardi 2 juin 2026."),
    ("Dossiers des candidats",
     "Les dossiers support des épreuves E4 (Relation client et négociation-vente) et E6 (Relation client et "
     "animation de réseaux) des candidats relevant de la forme ponctuelle sont à remettre au centre d'examen "
     "au plus tard le vendredi 17 avril 2026. Chaque académie organise le contrôle de conformité à une date "
     "qu'elle fixe et communique aux établissements."),
    ("Épreuves orales et pratiques",
     "Les épreuves ponctuelles orales et pratiques E4, E5 B (partie pratique de l'épreuve E5) et E6 se "
     "déroulent dans la période nationale comprise entre le mardi 26 mai et le vendredi 12 juin 2026. "
     "Les académies fixent les dates de convocation dans cette période."),
    ("Épreuves évaluées en CCF et épreuves facultatives",
     "L'épreuve E2 (Communication en langue vivante étrangère) est évaluée en CCF pour les candidats "
     "scolaires et apprentis des établissements habilités ; pour les autres candidats, elle est orale et "
     "organisée par l'académie. Les épreuves facultatives EF1 (Communication en langue vivante étrangère 2) "
     "et EF2 (Engagement étudiant) sont organisées par chaque académie, sans date nationale."),
    ("Résultats",
     "Les résultats seront publiés au plus tard le vendredi 3 juillet 2026. Le lundi 25 mai 2026 (lundi de "
     "Pentecôte) et le jeudi 14 mai 2026 (Ascension) sont fériés : aucune épreuve n'est fixée ces jours-là."),
]
SIGNATURE = ["Pour la ministre et par délégation,",
             "Le directeur général de l'enseignement supérieur et de l'insertion professionnelle", "",
             "[signé]"]

ANNEXE_TITRE = "Annexe – Calendrier des épreuves écrites ponctuelles – Session 2026 (horaires en heure locale)"
TERRITOIRES = ["Métropole", "Antilles (Guadeloupe, Martinique)", "Guyane", "La Réunion", "Mayotte",
               "Polynésie française", "Nouvelle-Calédonie"]
# lignes : (code affiché, intitulé, date, durée, [horaires par territoire])
LIGNES = [
    ("E3", "Culture économique, juridique et managériale", "lundi 11 mai 2026", "4 h",
     ["14h00 – 18h00", "8h00 – 12h00", "9h00 – 13h00", "16h00 – 20h00", "15h00 – 19h00",
      "8h00 – 12h00 (1)", "8h00 – 12h00 (1)"]),
    ("E1", "Culture générale et expression", "mardi 12 mai 2026", "4 h",
     ["14h00 – 18h00", "8h00 – 12h00", "9h00 – 13h00", "16h00 – 20h00", "15h00 – 19h00",
      "8h00 – 12h00 (1)", "8h00 – 12h00 (1)"]),
    ("E5-A", "Relation client à distance et digitalisation – partie écrite", "mercredi 13 mai 2026", "3 h",
     ["14h00 – 17h00", "8h00 – 11h00", "9h00 – 12h00", "16h00 – 19h00", "15h00 – 18h00",
      "8h00 – 11h00 (1)", "8h00 – 11h00 (1)"]),
]
LIGNE_E5B = ("E5 B", "Relation client à distance et digitalisation – partie pratique",
             "Épreuve pratique : dates fixées par chaque académie entre le mardi 26 mai et le vendredi 12 juin 2026 (cf. point 4).")
NOTE_TABLEAU = ("(1) En Polynésie française et en Nouvelle-Calédonie, les candidats composent sur un sujet "
                "spécifique, aux horaires locaux indiqués. Aucune sortie n'est autorisée avant la fin de la "
                "première heure.")
PIED = "Note nationale BTS NDRC – session 2026"
