# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive : BTS Professions immobilières, session 2025, académie de la Guyane.
Précédée d'un bordereau de télécopie ; les échéances sont présentées en liste à cocher."""

FAX_TITRE = "BORDEREAU DE TÉLÉCOPIE"
FAX = [
    ("Date d'envoi", "03/02/2025"),
    ("Expéditeur", "Rectorat de la Guyane – DEC, bureau des BTS"),
    ("Destinataires", "Lycée polyvalent Mont-Baduel ; Lycée Bois-Chaudat ; Lycée Paul-Jean Lama"),
    ("Nombre de pages", "3 (y compris celle-ci)"),
    ("Objet", "Circulaire BTS Professions immobilières – session 2025"),
]
FAX_NOTE = "En cas de mauvaise réception, merci de rappeler le bureau des BTS au 05 94 27 xx xx."

EN_TETE = ["ACADÉMIE DE LA GUYANE", "Rectorat – Division des examens et concours", "Bureau des BTS"]
LIEU_DATE = "Cayenne, le 31 janvier 2025"
OBJET = "Objet : BTS Professions immobilières (PI) – session 2025 – organisation des épreuves"
INTRO = ("Vous trouverez ci-dessous les échéances de la session 2025. Les heures sont celles de la Guyane (heure de Cayenne). "
         "Je vous remercie de cocher chaque échéance au fur et à mesure et de conserver ce document au secrétariat des examens.")

T_CHECK = "Échéances à respecter par les établissements"
CHECK = [
    "vendredi 11 avril 2025 à 12 h : dépôt au rectorat (allée des Manguiers, 97300 Cayenne) des dossiers des sous-épreuves E51 "
    "« Transaction immobilière » et E52 « Gestion immobilière » ;",
    "mercredi 23 avril 2025 à 8 h : contrôle de conformité des dossiers (les établissements restent joignables) ;",
    "jeudi 15 mai 2025 à 14 h : réunion d'entente des correcteurs de l'épreuve E6, au Lycée polyvalent Mont-Baduel ;",
    "vendredi 30 mai 2025 : transmission des notes de contrôle en cours de formation, toutes épreuves confondues ;",
    "jeudi 26 juin 2025 à 9 h : jury de délibération, au rectorat.",
]

T_CAL = "Calendrier des épreuves"
CAL_ENTETE = ["Épreuve", "Date", "Heure de Cayenne", "Lieu"]
CAL = [
    ["E1 Culture générale et expression", "lundi 12 mai 2025", "9 h – 13 h", "centres d'écrit"],
    ["E3 Culture économique, juridique et managériale", "mardi 13 mai 2025", "9 h – 13 h", "centres d'écrit"],
    ["E6 Conseil en ingénierie de l'immobilier", "mercredi 14 mai 2025", "9 h – 13 h", "centres d'écrit"],
    ["E2 Langue vivante étrangère (oral)", "du lundi 19 au mercredi 21 mai 2025", "convocation", "Lycée polyvalent Mont-Baduel"],
    ["E51 Transaction immobilière (oral)", "du lundi 2 au mercredi 4 juin 2025", "convocation", "Lycée polyvalent Mont-Baduel"],
    ["E52 Gestion immobilière (oral)", "du jeudi 5 au vendredi 6 juin 2025", "convocation", "Lycée polyvalent Mont-Baduel"],
    ["EF1 Langue vivante facultative", "mercredi 11 juin 2025", "convocation", "Lycée polyvalent Mont-Baduel"],
    ["E4 Communication professionnelle", "CCF", "—", "établissement de formation"],
]
CAL_NOTE = ("E5 « Techniques immobilières » comprend E51 et E52. Le lundi 9 juin 2025 (Pentecôte) et le mardi 10 juin 2025 "
            "(abolition de l'esclavage, férié en Guyane) ne sont pas travaillés ; le jeudi 29 mai 2025 (Ascension) non plus.")

T_CENTRES = "Centres d'écrit"
CENTRES = [
    "Lycée polyvalent Mont-Baduel, 1 route de Montabo, 97300 Cayenne ;",
    "Lycée Bois-Chaudat, avenue des Roches, 97310 Kourou ;",
    "Lycée Paul-Jean Lama, rue du Lieutenant-Castor, 97320 Saint-Laurent-du-Maroni.",
]
RESULTATS = "Les résultats sont publiés le vendredi 27 juin 2025 à 10 h."
FORMATION = ("Le Lycée privé Saint-Antoine (Cayenne) présente des candidats mais n'est pas centre d'épreuves ; "
             "ses candidats composent au Lycée polyvalent Mont-Baduel.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Ginette SAINT-ÉLOI"]
