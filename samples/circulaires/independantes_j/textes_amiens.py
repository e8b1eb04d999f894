"""Texte de la circulaire CG 2026 de l'académie d'Amiens (fictive).

Particularités : en-tête à taquets de tabulation, liste à puces des épreuves, section paysage
avec un calendrier dont les jours sont en colonnes (cellule « férié » fusionnée
verticalement), appels de note, tableau des oraux avec colonnes Du / Au / Horaires et dates
abrégées « mar. 26/05/26 », centres avec BP/CEDEX et ville dans une autre cellule, tableau des
établissements de formation qui ne sont pas des centres, date « 22-05-2026 », reçu à date
vierge.
"""

EN_TETE_GAUCHE = ["ACADÉMIE D'AMIENS", "Rectorat", "Division des examens et concours",
                  "Bureau DEC 5 – BTS", "20 boulevard d'Alsace-Lorraine", "80063 Amiens Cedex 9"]
LIEU_DATE = "Amiens, le 2 février 2026"
AFFAIRE = ["Affaire suivie par : M. Julien Vasseur", "Tél. : 03 22 82 39 61",
           "dec5@ac-amiens.fr"]
DESTINATAIRES = ("Le recteur de l'académie d'Amiens à Mesdames et Messieurs les chefs d'établissement "
                 "et directeurs de CFA préparant au BTS Comptabilité et gestion ; Mesdames et "
                 "Messieurs les chefs de centre d'épreuves")
OBJET = "Objet : circulaire d'organisation du BTS Comptabilité et gestion (CG) – session 2026"
REFERENCES = ("Réf. : arrêté du 29 avril 2014 modifié portant définition et fixant les conditions de "
              "délivrance du BTS Comptabilité et gestion.")

INTRO = ("J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2026 du BTS "
         "Comptabilité et gestion dans l'académie d'Amiens. Le règlement d'examen comprend les "
         "épreuves suivantes :")

EPREUVES = [
    "E1 – Culture générale et expression (écrite, 4 h)",
    "E2 – Langue vivante étrangère : anglais (écrite, 2 h)",
    "E3 – Mathématiques appliquées et culture économique, juridique et managériale : "
    "E31 Mathématiques appliquées (CCF uniquement) ; E32 Culture économique, juridique et "
    "managériale (écrite, 4 h)",
    "E4 – Traitement et contrôle des opérations comptables, fiscales et sociales : E41 Étude de "
    "cas (écrite, 4 h 30) ; E4.2 Pratiques comptables, fiscales et sociales (orale ou CCF)",
    "E5 – Situations de contrôle de gestion et d'analyse financière (écrite, 4 h)",
    "E6 – Parcours de professionnalisation (orale, 30 min)",
    "EF1 – Langue vivante 2 (orale, facultative) ; EF2 – Engagement étudiant (facultative)",
]

CCF = ("L'unité E31 est évaluée exclusivement en contrôle en cours de formation, y compris pour les "
       "candidats de la voie de l'apprentissage ; elle ne donne lieu à aucune convocation.")

CALENDRIER_TITRE = "CALENDRIER DES ÉPREUVES ÉCRITES – SEMAINE DU 11 MAI 2026"
CALENDRIER_JOURS = ["Lundi 11/05/2026", "Mardi 12/05/2026", "Mercredi 13/05/2026", "Jeudi 14/05/2026"]
CALENDRIER = {
    "Matin": [
        "E41 – Étude de cas (1)\n8h-12h30\ndurée 4 h 30",
        "E2 – Anglais\n10h-12h\ndurée 2 h",
        "E1 – Culture générale et expression\n9h-13h\ndurée 4 h",
    ],
    "Après-midi": [
        "—",
        "E32 – CEJM\n14h-18h\ndurée 4 h",
        "E5 – Contrôle de gestion et analyse financière (2)\n14h-18h\ndurée 4 h",
    ],
}
CALENDRIER_FERIE = "Ascension\njour férié\naucune épreuve"
CALENDRIER_NOTES = [
    "(1) Les candidats bénéficiant d'une majoration du temps de composition sont accueillis dans "
    "une salle distincte, dans le même centre.",
    "(2) Calculatrice autorisée en mode examen.",
    "Heures de métropole. Les candidats doivent être présents trente minutes avant le début de "
    "chaque épreuve.",
]

ORAUX_TITRE = "ÉPREUVES ORALES"
ORAUX_ENTETE = ["Épreuve", "Du", "Au", "Horaires", "Centre(s)"]
ORAUX = [
    ["E4.2 – Pratiques comptables, fiscales et sociales (ponctuels)", "mar. 26/05/26",
     "jeu. 28/05/26", "8 h – 18 h", "Lycée Louis Thuillier"],
    ["E6 – Parcours de professionnalisation (1re période)", "lun. 01/06/26", "mer. 03/06/26",
     "8 h – 12 h / 13 h 30 – 17 h 30", "Lycée Louis Thuillier ; Lycée Félix Faure"],
    ["EF1 – Langue vivante 2", "jeu. 04/06/26", None, "9 h – 12 h", "Lycée Félix Faure"],
    ["E6 – Parcours de professionnalisation (2e période)", "lun. 08/06/26", "mar. 09/06/26",
     "8 h – 12 h / 13 h 30 – 17 h 30", "Lycée Pierre de La Ramée"],
]

DOSSIERS_TITRE = "DOSSIERS ET CONTRÔLE DE CONFORMITÉ"
DOSSIERS = [
    "Passeport professionnel (E6) : dépôt au rectorat, bureau DEC 5, au plus tard le jeudi "
    "2 avril 2026 à 12 h.",
    "Dossiers E4.2 des candidats ponctuels : à déposer au centre d'épreuves au plus tard le "
    "lundi 27 avril 2026 à 16 h.",
    "Contrôle de conformité des dossiers E4.2 et E6 : mardi 5 mai 2026 à 9 h, rectorat, salle 104.",
]
VACANCES = ("Les vacances de printemps (zone B) s'étendent du samedi 4 avril au lundi 20 avril 2026 : "
            "aucun dossier ne sera réceptionné pendant cette période.")

REUNIONS_TITRE = "RÉUNIONS ET TRANSMISSIONS"
REUNIONS = [
    "Réunion d'entente des correcteurs E41 et E5 : mardi 19 mai 2026, 9 h 30, lycée Louis Thuillier.",
    "22-05-2026 : date limite de saisie des notes de CCF (E31, E4.2 des scolaires) et de "
    "transmission des livrets scolaires.",
    "Réunion d'entente des examinateurs E6 : vendredi 29 mai 2026, 14 h, lycée Louis Thuillier.",
]

CENTRES_TITRE = "CENTRES D'ÉPREUVES"
CENTRES_ENTETE = ["Centre d'épreuves", "Adresse", "Ville", "Épreuves"]
CENTRES = [
    ["Lycée Louis Thuillier", ["70 boulevard de Saint-Quentin", "BP 2707", "80027 AMIENS CEDEX 1"],
     "Amiens", "écrits, E4.2, E6"],
    ["Lycée Pierre de La Ramée", ["1 rue Jules Siegfried", "02100 SAINT-QUENTIN"],
     "Saint-Quentin", "écrits, E6"],
    ["Lycée Félix Faure", ["31 boulevard Amyot d'Inville", "BP 20915", "60009 BEAUVAIS CEDEX"],
     "Beauvais", "écrits, E6, EF1"],
]

FORMATION_TITRE = "Établissements de formation et centre de rattachement (pour information)"
FORMATION_ENTETE = ["Établissement de formation", "Ville", "Centre de rattachement"]
FORMATION = [
    ["Lycée Saint-Riquier", "Amiens", "Lycée Louis Thuillier"],
    ["CFA Proméo", "Beauvais", "Lycée Félix Faure"],
    ["Lycée Henri Martin", "Saint-Quentin", "Lycée Pierre de La Ramée"],
    ["Institut Charles Quentin", "Pierrefonds", "Lycée Félix Faure"],
]

RESULTATS_TITRE = "JURY ET RÉSULTATS"
RESULTATS = [
    "Jury de délibération : mardi 30 juin 2026 à 9 h, au rectorat.",
    "Publication des résultats : jeudi 2 juillet 2026 à 10 h.",
]

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours",
             "Nathalie Delattre-Poiret"]

RECU = ["Accusé de réception du dossier (à conserver par le candidat)",
        "Dossier reçu le …/…/20… à …… h ……",
        "Cachet du centre :"]

PIED = "Rectorat d'Amiens – DEC 5 – BTS CG session 2026"
