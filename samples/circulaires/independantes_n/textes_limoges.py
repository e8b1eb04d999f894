"""Texte de la circulaire fictive BTS CG, académie de Limoges, session 2026.

Construit en DOCX (python-docx) puis converti en ODT et en PDF par LibreOffice.
Section 2 en paysage : calendrier avec les jours en colonnes. Tableau de répartition long,
à ligne d'en-tête répétée, qui passe sur deux pages.
"""

STEM = "circulaire_cg_2026_limoges"

EN_TETE = "Rectorat de l'académie de Limoges – DEC 2"
PIED = "BTS Comptabilité et gestion – session 2026"

LETTERHEAD = [
    "ACADÉMIE DE LIMOGES",
    "Division des examens et concours – DEC 2 (BTS)",
    "13 rue François Chénieux – 87031 Limoges Cedex 1",
]
LIEU_DATE = "Limoges, le 26 janvier 2026"
DESTINATAIRES = "La rectrice de l'académie de Limoges à Mesdames et Messieurs les chefs d'établissement"
OBJET = "Objet : BTS Comptabilité et gestion (CG) – session 2026 – organisation académique"
REFS = "Réf. : arrêté du 22 avril 2019 portant définition et fixant les conditions de délivrance du BTS « Comptabilité et gestion »."

NUM_1 = [
    "Les candidats sont convoqués par le rectorat ; la convocation précise le centre et l'horaire.",
    "Les vacances de printemps (zone A) se dérouleront du samedi 4 avril au lundi 20 avril 2026 ; aucun envoi n'est attendu pendant cette période.",
    "Les épreuves écrites se déroulent selon le calendrier de l'annexe 1 (page suivante, présentation paysage).",
]

TITRE_ANNEXE1 = "ANNEXE 1 – CALENDRIER DES ÉPREUVES ÉCRITES"
# jours en colonnes
JOURS = ["lun. 11/05/26", "mar. 12/05/26", "mer. 13/05/26", "lun. 18/05/26"]
LIGNES_JOURS = [
    ("Matin", ["—", "—", "E4 – Traitement et contrôle des opérations comptables, fiscales et sociales\n8h-12h30 (4 h 30)",
               "E5 – Situations de contrôle de gestion et d'analyse financière\nde 8 h à 12 h (épreuve sur poste informatique)"]),
    ("Après-midi", ["E3 – Culture économique, juridique et managériale\n14h-18h", "E1 – Culture générale et expression\n14h-18h", "—", "—"]),
]
NOTE_ANNEXE1 = "Jeudi 14 mai et vendredi 15 mai 2026 : pas d'épreuve (Ascension et pont)."

TITRE_2 = "2. ÉPREUVES ORALES"
NUM_2 = [
    "E6 – Parcours de professionnalisation : du 01-06-2026 au 05-06-2026, au lycée Suzanne Valadon.",
    "EF1 – Langue vivante étrangère facultative : le 03-06-2026, de 8 h à 12 h, au lycée Suzanne Valadon.",
    "E2 – Langue vivante étrangère (candidats relevant de la forme ponctuelle) : du 08-06-2026 au 10-06-2026, au lycée Edmond Perrier.",
]

TITRE_3 = "3. DOSSIERS E6"
TEXTE_3 = [
    "Les dossiers de l'épreuve E6 (tableau de synthèse et fiches de situations professionnelles) devront "
    "parvenir au centre d'examen pour le vendredi 27 mars 2026, 16h00 dernier délai.",
    "La commission de contrôle de conformité des dossiers E6 siégera le jeudi 2 avril 2026 à 14h au "
    "lycée Suzanne Valadon.",
]

TITRE_4 = "4. CENTRES D'ÉPREUVES ÉCRITES"
CENTRES = [
    ("Lycée Suzanne Valadon", "39 rue François Perrin", "87000 Limoges"),
    ("Lycée Edmond Perrier", "6 avenue Henri de Bournazel", "19000 Tulle"),
    ("Lycée Jean Favard", "27 route de Courtille", "23000 Guéret"),
]

TITRE_5 = "5. RÉPARTITION DES CANDIDATS PAR ÉTABLISSEMENT DE FORMATION"
TEXTE_5 = "Les établissements ci-dessous sont des établissements de formation ; ils ne sont pas centres d'épreuves."
ENTETE_5 = ["Établissement de formation", "Ville", "Statut", "Effectif", "Centre d'écrits"]
LIGNES_5 = [
    ("Lycée Gay-Lussac", "Limoges", "scolaire", "31", "Valadon"),
    ("Lycée Saint-Jean", "Limoges", "scolaire (privé)", "18", "Valadon"),
    ("CFA de la CCI Limoges Haute-Vienne", "Limoges", "apprentissage", "24", "Valadon"),
    ("Lycée Paul Éluard", "Saint-Junien", "scolaire", "12", "Valadon"),
    ("Lycée Jean Giraudoux", "Bellac", "scolaire", "9", "Valadon"),
    ("Lycée Georges Cabanis", "Brive-la-Gaillarde", "scolaire", "27", "Perrier"),
    ("Lycée Bahuet", "Brive-la-Gaillarde", "scolaire (privé)", "11", "Perrier"),
    ("CFA BTP Corrèze", "Tulle", "apprentissage", "7", "Perrier"),
    ("Lycée Bernart de Ventadour", "Ussel", "scolaire", "10", "Perrier"),
    ("Lycée Pierre Bourdan", "Guéret", "scolaire", "14", "Favard"),
    ("Lycée Raymond Loewy", "La Souterraine", "scolaire", "8", "Favard"),
    ("GRETA du Limousin", "Limoges", "formation continue", "6", "Valadon"),
    ("CNED (candidats inscrits)", "—", "enseignement à distance", "5", "Valadon"),
    ("Candidats individuels", "—", "libres", "17", "Valadon"),
]

TITRE_6 = "6. CORRECTIONS, JURY ET RÉSULTATS"
NUM_6 = [
    "Réunion d'entente des correcteurs de l'épreuve E4 : mercredi 20 mai 2026, 9h30, rectorat.",
    "Jury de délibération : lundi 29 juin 2026 à 9h00.",
    "Publication des résultats : mercredi 1er juillet 2026, 14h.",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la DEC", "", "Thierry Lascaux"]
