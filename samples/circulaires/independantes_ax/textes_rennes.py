"""BTS Tourisme, académie de Rennes, session 2026 — message reçu dans le webmail académique,
capturé à l'écran (PNG). Tout est fictif : personnes, adresses, numéros."""

TITRE_ONGLET = "Messagerie académique – Boîte de réception (12)"

DOSSIERS = [
    ("Boîte de réception", "12"), ("Examens BTS", "4"), ("Brouillons", ""), ("Envoyés", ""),
    ("Archives 2025", ""), ("Indésirables", "3"), ("Corbeille", ""),
]

# mini-calendrier du widget (mois courant à l'écran, pas un événement)
MINI_CAL_MOIS = "janvier 2026"

# liste des messages (colonne du milieu) : expéditeur, objet, date affichée, lu ?
MESSAGES = [
    ("DEC 3 – Bureau des BTS", "Session 2026 – BTS Tourisme – organisation des épreuves", "10:42", False, True),
    ("Proviseur adjoint", "Salles du bâtiment C pendant les écrits", "09:15", False, False),
    ("DAFPIC", "Réunion des DDFPT – jeudi 22 janvier 2026", "14/01/2026", True, False),
    ("Service des examens", "BTS session 2027 : pré-inscriptions ouvertes le 5 octobre", "13/01/2026", True, False),
    ("Intendance", "Repas des examinateurs – bons de commande", "12/01/2026", True, False),
    ("Rectorat – DSI", "Maintenance de la messagerie samedi 17/01", "09/01/2026", True, False),
    ("Inspection ECOGEST", "Commission de choix de sujets – compte rendu", "08/01/2026", True, False),
]

# en-tête du message ouvert
DE = "DEC 3 – Bureau des BTS &lt;dec3-bts@ac-rennes.fr&gt;"
A = "Chefs des centres d'épreuves BTS Tourisme ; DDFPT des sections Tourisme"
CC = "IA-IPR Économie-gestion ; Mme Le Gall (DEC 3)"
DATE = "jeu. 15/01/2026 10:42"
OBJET = "Session 2026 – BTS Tourisme – organisation des épreuves"
PJ = [("Circulaire_BTS_Tourisme_2026.pdf", "318 Ko"), ("Annexe_convocations_examinateurs.xlsx", "42 Ko")]

CORPS_INTRO = [
    "Mesdames et Messieurs les chefs d'établissement,",
    "Vous trouverez en pièce jointe la circulaire d'organisation du BTS Tourisme pour la session 2026 "
    "dans l'académie de Rennes, signée ce jour (15 janvier 2026). Pour faciliter la préparation de vos "
    "plannings, les principales échéances sont reprises ci-dessous.",
]

TABLE_TITRE = "1. Épreuves écrites (heure de métropole)"
TABLE_ECRITS = [
    ("Épreuve", "Intitulé", "Date", "Horaire"),
    ("E3", "Tourisme et territoires", "lundi 11 mai 2026", "14h00 – 17h00"),
    ("E1", "Culture générale et expression", "mardi 12 mai 2026", "14h00 – 18h00"),
    ("E5", "Élaboration d'une prestation touristique", "mercredi 13 mai 2026", "09h00 – 13h00"),
]
NOTE_ECRITS = ("Les écrits ont lieu dans l'établissement de formation du candidat. Le jeudi 14 mai 2026 "
               "(Ascension) est férié : aucune convocation ne peut être émise pour cette date.")

TABLE2_TITRE = "2. Épreuves orales et pratiques (candidats hors CCF)"
TABLE_ORAUX = [
    ("Épreuve", "Période", "Centre d'interrogation"),
    ("E4 – Gestion de la relation clientèle touristique", "du mardi 26 au vendredi 29 mai 2026",
     "Lycée Jacques Cartier, 31 rue de la Balue, 35400 Saint-Malo"),
    ("E21 – Langue vivante A (oral)", "du lundi 1er au vendredi 5 juin 2026",
     "Lycée Bréquigny, 7 avenue Georges Graff, 35200 Rennes"),
    ("E22 – Langue vivante B (oral)", "du lundi 1er au vendredi 5 juin 2026",
     "Lycée Bréquigny, Rennes"),
    ("EF1 – Langue vivante C facultative", "mardi 2 juin 2026",
     "Lycée Bréquigny, Rennes"),
    ("E6 – Gestion de l'information touristique", "lundi 8 et mardi 9 juin 2026",
     "Lycée Dupuy de Lôme, 4 rue Jean Le Coutaller, 56100 Lorient"),
    ("E7 – Parcours de professionnalisation", "du mardi 9 au vendredi 12 juin 2026",
     "Lycée de Kerichen, rue Prince de Joinville, 29200 Brest"),
]
NOTE_ORAUX = ("Le lundi 25 mai 2026 (lundi de Pentecôte) est férié. Pour les candidats scolaires, E6 est "
              "évaluée en contrôle en cours de formation dans l'établissement.")

ECHEANCES_TITRE = "3. Autres échéances"
ECHEANCES = [
    "<b>Dépôt</b> des fiches descriptives E4 et des dossiers E7 au centre d'interrogation : "
    "au plus tard le <b>vendredi 17 avril 2026 à 12h00</b>.",
    "<b>Contrôle de conformité</b> des dossiers E7 : mardi 5 mai 2026 à 14h00, au Lycée de Kerichen (Brest).",
    "<b>Livrets scolaires</b> : à remettre au Lycée Bréquigny au plus tard le vendredi 29 mai 2026.",
    "<b>Jury de délibération</b> : jeudi 2 juillet 2026 à 9h00, Lycée Bréquigny (Rennes).",
    "<b>Publication des résultats</b> : vendredi 3 juillet 2026 à 10h00 sur le site Cyclades.",
]

CORPS_FIN = [
    "Je vous remercie de bien vouloir diffuser ces informations aux équipes pédagogiques concernées.",
    "Bien cordialement,",
]
SIGNATURE = [
    "Gwenaëlle Le Gall",
    "Gestionnaire BTS tertiaires – DEC 3",
    "Rectorat de Rennes – Division des examens et concours",
    "96 rue d'Antrain – 35705 Rennes cedex 7 – 02 23 21 00 00",
]

# barre latérale droite : rappels d'agenda (distracteurs, pas des événements de la session)
AGENDA = [
    ("mar. 20/01", "09:30", "Commission de choix de sujets (visio)"),
    ("jeu. 22/01", "14:00", "Réunion des DDFPT"),
    ("lun. 26/01", "10:00", "Point hebdomadaire DEC 3"),
]
