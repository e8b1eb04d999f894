"""Textes de la circulaire BTS Professions immobilières, académie de Poitiers, session 2027 (fictive)."""

EN_TETE = "Académie de Poitiers – Rectorat – DEC 2 (examens de l'enseignement supérieur)"
LIEU_DATE = "Poitiers, le 8 février 2027"
OBJET = "Objet : BTS Professions immobilières (PI) – organisation de la session 2027"
REFERENCES = ("Réf. : arrêté du 8 avril 2022 portant définition et fixant les conditions de délivrance du BTS "
              "Professions immobilières ; circulaire nationale d'organisation de la session 2027.")
INTRO = ("Le calendrier ci-dessous distingue les candidats scolaires et apprentis évalués en contrôle en cours de "
         "formation (CCF) et les candidats individuels ou relevant de la forme ponctuelle. Les épreuves écrites "
         "sont communes à tous les candidats.")
TITRE_ECRITS = "1. ÉPREUVES ÉCRITES (tous candidats)"
# tableau jours en colonnes
JOURS = ["Lun. 10/05/27", "Mar. 11/05/27", "Mer. 12/05/27", "Jeu. 13/05/27"]
MATIN = ["—", "E2 – Anglais\n10:00 – 12:00", "E5.1 – Transaction immobilière\n08:00 – 12:00", "—"]
APREM = ["E1 – Culture générale et expression\n14:00 – 18:00",
         "E3 – Conseil en ingénierie de l'immobilier\n14:00 – 18:00", "—",
         "E5-2 – Gestion immobilière\n13:00 – 17:00"]
NOTE_ECRITS = ("Lundi 17 mai 2027 (lundi de Pentecôte) : aucune épreuve. Les candidats doivent être présents "
               "30 minutes avant le début de chaque épreuve.")
TITRE_ORAUX = "2. ÉPREUVES ORALES"
ORAUX_ENTETE = ["Épreuve", "Candidats scolaires et apprentis (CCF)", "Candidats individuels / forme ponctuelle"]
ORAUX = [
    ("E4 – Communication professionnelle",
     "Évaluée en CCF par l'établissement : pas de convocation",
     "Oral ponctuel du mardi 18 au vendredi 21 mai 2027"),
    ("E6 – Conduite et présentation d'activités professionnelles",
     "Du lundi 31 mai au mercredi 2 juin, puis du lundi 7 au mercredi 9 juin 2027",
     "Du jeudi 10 au vendredi 11 juin 2027"),
]
EF1 = ("EF1 – Langue vivante étrangère 2 (facultative) : mercredi 19 mai 2027, de 8 h à 12 h et de 13 h 30 à 17 h, "
       "au lycée Camille Guérin, pour l'ensemble des candidats inscrits.")
TITRE_DOSSIERS = "3. DOSSIERS ET COMMISSIONS"
DOSSIERS = [
    "Fiches descriptives d'activités E4 (candidats individuels uniquement) : à faire parvenir au centre d'examen "
    "au plus tard le vendredi 12 mars 2027 à 12 h.",
    "Dossiers E6 (tous candidats) : dépôt au centre d'examen au plus tard le vendredi 19 mars 2027 à 16 h, "
    "le cachet de la poste ne faisant pas foi.",
    "Contrôle de conformité des dossiers E6 : jeudi 1er avril 2027 à 9 h, rectorat de Poitiers, salle du conseil.",
    "Réunion d'entente des commissions d'interrogation E6 : vendredi 28 mai 2027 à 14 h (visioconférence).",
    "Jury de délibération : mardi 29 juin 2027 à 9 h, rectorat de Poitiers.",
    "Publication des résultats : jeudi 1er juillet 2027 à 10 h.",
]
NOTE_VACANCES = "Rappel : vacances de printemps du samedi 10 avril au lundi 26 avril 2027."
TITRE_CENTRES = "4. CENTRES D'EXAMEN"
CENTRES = [
    ("Lycée Camille Guérin", "33 rue de la Gibauderie\nBP 629", "86022 POITIERS CEDEX", "Écrits, E4, E6, EF1"),
    ("Lycée Marguerite de Valois", "Rue Louise Lériget\nCS 72317", "16017 ANGOULÊME CEDEX", "Écrits, E6"),
    ("Lycée Valin", "Rue Henri Barbusse\nBP 567", "17023 LA ROCHELLE CEDEX 1", "Écrits, E6"),
]
FORMATION_TITRE = "Établissements préparant au diplôme (pour information, ne sont pas centres d'examen) :"
FORMATION = ["IFC Poitiers", "CFA de la CCI Charente-Maritime – Lagord", "École Supérieure de l'Immobilier – Niort (hors contrat)"]
VISA = "Vu et pris connaissance le …/…/20…  – cachet de l'établissement :"
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la DEC,", "Thierry BOISSONNEAU"]
