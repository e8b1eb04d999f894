"""Planning propre d'un centre d'examen — BTS Gestion de la PME, académie de Lille, session 2027 (fictif)."""

EN_TETE = "LYCÉE CONDORCET — LENS · Centre d'examen n° 0620113K · Académie de Lille"
TITRE = "Planning du centre — BTS Gestion de la PME (GPME) — session 2027"
VERSION = "Version du 15/04/2027 — document interne (affichage salle des professeurs et loge)"
ADRESSE = "Lycée Condorcet, 25 rue Étienne Dolet, 62300 Lens — chef de centre : M. Ludovic HAQUETTE, proviseur adjoint"

# one band per written day; bars: (code, label, start, end, tiers-temps end, room, candidates)
JOURS = [
    ("Lundi 10 mai 2027", [("E6", "E6 Soutenir le fonctionnement et le développement de la PME", "13:00", "17:30", "19:00",
                            "Bât. E, salle 105", 52)]),
    ("Mardi 11 mai 2027", [("E3", "E3 Culture économique, juridique et managériale", "08:00", "12:00", "13:20",
                            "Salle polyvalente", 54),
                           ("E2", "E2 Langue vivante étrangère A (écrit)", "14:00", "16:00", "16:40",
                            "Salle polyvalente", 49)]),
    ("Mercredi 12 mai 2027", [("E1", "E1 Culture générale et expression", "08:00", "12:00", "13:20",
                               "Salle polyvalente", 55)]),
]

SURVEILLANCE_ENTETE = ["Jour", "Prise de poste", "Ouverture des sujets", "Surveillants (salle polyvalente)",
                       "Surveillants (Bât. E)"]
SURVEILLANCE = [
    ["lun. 10/05", "12 h 30", "12 h 50", "—", "M. Delattre, Mme Kaczmarek, M. Benali"],
    ["mar. 11/05", "7 h 30", "7 h 50 / 13 h 50", "Mme Wattiez, M. Lefebvre, Mme Oudart, M. Nowak", "—"],
    ["mer. 12/05", "7 h 30", "7 h 50", "Mme Duquesne, M. Carpentier, Mme Boulanger, M. Leroy", "—"],
]

ORAUX_TITRE = "Épreuves orales au centre (salles du 2e étage, bâtiment A)"
ORAUX_ENTETE = ["Quand", "Quoi", "Horaires", "Salles"]
ORAUX = [
    ["lundi 31 mai 2027", "Commission d'entente des examinateurs E4 et E5", "8 h 00 – 9 h 00", "A 201"],
    ["du lundi 31 mai au mercredi 2 juin 2027", "E4 Gérer la relation avec les clients et les fournisseurs de la PME "
     "(oral)", "9 h 00 – 17 h 30 chaque jour", "A 202 à A 206"],
    ["jeudi 3 et vendredi 4 juin 2027", "E5 Gérer les risques de la PME (oral)", "8 h 30 – 17 h 00 (vendredi : fin 12 h 00)",
     "A 202 à A 205"],
    ["vendredi 4 juin 2027", "EF1 Langue vivante facultative (oral)", "14 h 00 – 17 h 00", "A 206"],
]

LOGISTIQUE_TITRE = "Logistique"
LOGISTIQUE = [
    "Réception des sujets (navette du rectorat) : vendredi 7 mai 2027 — coffre du secrétariat de direction.",
    "Le jeudi 6 mai 2027 (Ascension) le lycée est fermé ; aucune livraison possible.",
    "Envoi des copies au centre de correction — Lycée Van Der Meersch, 1 avenue Jean Lebas, 59100 Roubaix — chaque "
    "jour d'épreuve écrite, enlèvement par transporteur avant 17 h 00.",
    "Retour des bordereaux de notation E4, E5 et EF1 au rectorat (DEC 2, Lille) : vendredi 4 juin 2027 à 18 h 00 au plus tard.",
    "Tiers-temps : la partie hachurée des barres indique la fin de composition pour les candidats bénéficiant d'un "
    "temps majoré (salle A 012).",
]

PIED = "Lycée Condorcet — Lens · planning BTS GPME 2027 · v3"
