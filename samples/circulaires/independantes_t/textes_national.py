# -*- coding: utf-8 -*-
"""Note nationale fictive : BTS Management commercial opérationnel (MCO), session 2026.
Partie 1 : note (DOCX -> PDF) ; partie 2 : calendrier imprimé depuis un tableur (XLSX -> PDF paysage)."""

STEM = "note_nationale_mco_2026"

EN_TETE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Direction générale de l'enseignement scolaire",
           "Service de l'instruction publique et de l'action pédagogique",
           "Sous-direction des lycées et de la formation professionnelle – Bureau des examens (DGESCO A2-2)"]
LIEU_DATE = "Paris, le 14 novembre 2025"
DESTINATAIRES = ("à Mesdames et Messieurs les recteurs et rectrices d'académie – Divisions des examens et "
                 "concours ; Monsieur le vice-recteur de Mayotte ; Messieurs les vice-recteurs de Polynésie "
                 "française et de Nouvelle-Calédonie ; Monsieur le directeur du SIEC")
OBJET = "Objet : BTS Management commercial opérationnel (MCO) – session 2026 – calendrier national des épreuves"
REFS = ["arrêté du 25 février 2019 portant définition et fixant les conditions de délivrance du BTS MCO ;",
        "note de service du 3 octobre 2025 relative au calendrier des BTS, session 2026."]
PARAS = [
    "La présente note fixe le calendrier national des épreuves écrites du BTS MCO pour la session 2026. Le "
    "calendrier détaillé figure en annexe (tableau imprimé). Les horaires de l'annexe sont ceux de la métropole ; "
    "le tableau 2 ci-dessous précise les horaires applicables dans les territoires ultramarins.",
    "Les épreuves E41 « Développement de la relation client et vente conseil » et E42 « Animation et "
    "dynamisation de l'offre commerciale » (épreuve E4) sont organisées par les académies dans la période du "
    "lundi 1er juin au vendredi 19 juin 2026, sous forme ponctuelle pour les candidats qui ne relèvent pas du "
    "contrôle en cours de formation.",
    "Les unités facultatives EF1 (langue vivante), EF2 (parcours de professionnalisation à l'étranger) et EF3 "
    "(entrepreneuriat) sont organisées à l'initiative des académies, qui en fixent les dates.",
    "Une réunion nationale d'harmonisation de l'épreuve E3 se tiendra en visioconférence le mardi 19 mai 2026 "
    "à 14 h ; la réunion nationale d'entente de l'épreuve E5 le mercredi 20 mai 2026 à 10 h. Les académies "
    "y désignent chacune un correcteur référent.",
    "Les académies transmettent les notes et les statistiques de la session au bureau DGESCO A2-2 au plus tard "
    "le vendredi 26 juin 2026. Les résultats sont publiés par les académies au plus tard le vendredi 3 juillet 2026.",
    "Il est rappelé que le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) sont fériés.",
]
TITRE_T2 = "Tableau 2 – Heure de début des épreuves écrites selon le territoire (heure locale)"
T2_ENTETE = ["Épreuve", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte", "Polynésie française",
             "Nouvelle-Calédonie", "Durée"]
T2 = [
    ["E3", "14:00", "08:00", "09:00", "16:00", "15:00", "sujet spécifique*", "sujet spécifique*", "4 h"],
    ["E2", "10:00", "04:00 → 07:30**", "05:00 → 07:30**", "12:00", "11:00", "sujet spécifique*",
     "sujet spécifique*", "2 h"],
    ["E1", "14:00", "08:00", "09:00", "16:00", "15:00", "sujet spécifique*", "sujet spécifique*", "4 h"],
    ["E5", "14:00", "08:00", "09:00", "16:00", "15:00", "sujet spécifique*", "sujet spécifique*", "3 h"],
    ["E6", "14:00", "08:00", "09:00", "16:00", "15:00", "sujet spécifique*", "sujet spécifique*", "2 h 30"],
]
T2_NOTES = ["* Polynésie française et Nouvelle-Calédonie : sujets et calendrier propres fixés par le vice-rectorat.",
            "** Début avancé à 07:30 heure locale avec isolement des candidats (sujet de secours)."]
SIGNATURE = ["Pour le ministre et par délégation,", "Pour le directeur général de l'enseignement scolaire,",
             "La cheffe du bureau des examens", "Claire Vasseur"]

# Annexe tableur (métropole)
XL_TITRE = "BTS MCO – SESSION 2026 – CALENDRIER NATIONAL DES ÉPREUVES ÉCRITES (heure de Paris)"
XL_SOUS_TITRE = "Annexe à la note DGESCO A2-2 du 14/11/2025"
XL_ENTETE = ["Date", "Code", "Épreuve", "Forme", "Début", "Fin", "Durée", "Coef."]
XL = [
    ["lun. 11/05/2026", "E3", "Culture économique, juridique et managériale", "écrite", "14:00", "18:00", "4 h", 3],
    ["mar. 12/05/2026", "E2", "Communication en langue vivante étrangère (compréhension de l'écrit)", "écrite",
     "10:00", "12:00", "2 h", 1.5],
    ["mar. 12/05/2026", "E1", "Culture générale et expression", "écrite", "14:00", "18:00", "4 h", 3],
    ["mer. 13/05/2026", "E5", "Gestion opérationnelle", "écrite", "14:00", "17:00", "3 h", 3],
    ["lun. 18/05/2026", "E6", "Management de l'équipe commerciale", "écrite", "14:00", "16:30", "2 h 30", 3],
]
XL_PIED = ["E41 / E42 : période académique du 01/06/2026 au 19/06/2026 (CCF ou ponctuel oral).",
           "Jours fériés : jeu. 14/05/2026 (Ascension) ; lun. 25/05/2026 (Pentecôte)."]
