"""Texte de la circulaire fictive : BTS Support à l'action managériale (SAM), académie de Clermont-Ferrand,
session 2028. L'année n'est écrite QUE dans le titre : aucune date du texte ne porte d'année.

Rendu : DOCX (python-docx : lettre dont le corps est sur deux colonnes, puis tableau long dont la ligne
d'en-tête se répète d'une page à l'autre, notes de bas de tableau), converti en ODT puis en PDF par LibreOffice ;
une photo au téléphone sous une lampe de bureau est tirée du PDF."""

STEM = "circulaire_sam_2028_clermont-ferrand"

EN_TETE_GAUCHE = ["ACADÉMIE", "DE CLERMONT-FERRAND", "Liberté · Égalité · Fraternité"]
EN_TETE_DROITE = [
    "Rectorat",
    "Division des examens et concours",
    "DEC 3 – Examens de l'enseignement supérieur",
    "3 avenue Vercingétorix",
    "63033 Clermont-Ferrand Cedex 1",
]
LIEU_DATE = "Clermont-Ferrand, le lundi 17 janvier"
REFERENCE = "N/Réf. : DEC3/BTS/SAM/004"
TITRE = "BTS SUPPORT À L'ACTION MANAGÉRIALE (SAM) – SESSION 2028"
SOUS_TITRE = "Circulaire académique d'organisation des épreuves"
DESTINATAIRES = ("Destinataires : Mesdames et Messieurs les chefs d'établissement des lycées publics et privés "
                 "et les directeurs de CFA préparant au BTS SAM ; Mesdames et Messieurs les chefs de centre.")

# Corps sur deux colonnes : (titre, [paragraphes])
CORPS = [
    ("1. Épreuves écrites ponctuelles", [
        "Les épreuves E1, E3 et E6 se déroulent dans les trois centres désignés au tableau 1, selon les "
        "horaires qui y figurent. Les candidats se présentent trente minutes avant le début de l'épreuve.",
        "Les copies sont numérisées par les centres le jour même. La réunion d'entente des correcteurs E6 "
        "a lieu le lundi 22 mai à 10 h au rectorat (salle 204) ; la correction des copies E6 se déroule du "
        "mardi 23 au mardi 30 mai (2).",
    ]),
    ("2. Épreuve E5 – Gestion de projet", [
        "Le dossier de projet doit être déposé au secrétariat des examens du lycée Sidoine Apollinaire au "
        "plus tard le vendredi 7 avril, 12 h (date limite de dépôt, le cachet de la poste ne faisant pas foi).",
        "Le contrôle de conformité des dossiers aura lieu le mercredi 19 avril à 14 h.",
        "Les interrogations orales se tiennent du lundi 29 mai au vendredi 2 juin, au lycée Sidoine Apollinaire.",
    ]),
    ("3. Langues vivantes", [
        "Les épreuves orales E.2.1 (langue A) et E.2.2 (langue B) se dérouleront du mardi 6 au jeudi 8 juin (1). "
        "L'épreuve facultative EF1 (langue C) aura lieu le vendredi 9 juin.",
    ]),
    ("4. Épreuve en CCF", [
        "L'épreuve E4 – Optimisation des processus administratifs est évaluée exclusivement en contrôle en "
        "cours de formation : aucune date n'est fixée par la DEC.",
    ]),
    ("5. Jury et résultats", [
        "Le jury de délibération se réunira le mardi 27 juin à 9 h au lycée Sidoine Apollinaire. Les "
        "résultats seront publiés le mercredi 28 juin à 15 h.",
        "Établissements de formation (ils ne sont pas centres d'examen) : lycée La Fayette (Clermont-Ferrand), "
        "lycée Jean Monnet (Yzeure), lycée Saint-Géraud (Aurillac).",
    ]),
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours", "",
             "Thibault VERNIÈRES"]

CONSIGNES_TITRE = "6. Consignes aux chefs de centre"
CONSIGNES = [
    "Vérifier dès réception des sujets l'intégrité des enveloppes et le nombre d'exemplaires.",
    "Afficher les listes de candidats éditées depuis Cyclades à l'entrée de chaque salle.",
    "Prévoir au minimum deux surveillants par salle ; les établissements de formation contribuent à la "
    "surveillance au prorata du nombre de leurs candidats.",
    "Signaler sans délai à la DEC 3 toute absence de sujet, toute suspicion de fraude et tout incident.",
    "Conserver les procès-verbaux de déroulement et les listes d'émargement jusqu'à la fin de la session.",
    "Accueillir les candidats bénéficiant d'aménagements dans une salle adaptée, avec le matériel notifié.",
    "Transmettre les copies non dématérialisées sous pli fermé, classées par épreuve et par ordre alphabétique.",
]

TABLEAU_TITRE = "Tableau 1 – Calendrier des épreuves et répartition par centre"
TABLEAU_ENTETE = ["Date", "Épreuve", "Horaires", "Centre", "Ville", "Candidats"]
CENTRES = [
    ("Lycée Sidoine Apollinaire\n20 rue Jean Richepin\nBP 10", "Clermont-Ferrand", "41"),
    ("Lycée Émile Duclaux\n16 rue du Docteur Mallet\nBP 519", "Aurillac", "18"),
    ("Lycée Paul Constans\n1 rue Christophe Thivrier", "Montluçon", "22"),
]
ECRITS = [
    ("mar. 16/05", "E1 – Culture générale et expression", "14h-18h"),
    ("mer. 17/05", "E3 – Culture économique, juridique et managériale", "14h-18h"),
    ("jeu. 18/05", "E6 – Collaboration à la gestion des ressources humaines", "9h-13h"),
]
ORAUX = [
    ("du 29/05 au 02/06", "E5 – Gestion de projet (oral)", "8h-18h", "Lycée Sidoine Apollinaire", "Clermont-Ferrand", "81"),
    ("du 06/06 au 08/06", "E.2.1 / E.2.2 – Langues A et B (oral)", "8h-17h", "Lycée Sidoine Apollinaire", "Clermont-Ferrand", "81"),
    ("ven. 09/06", "EF1 – Langue C facultative", "13h-17h", "Lycée Sidoine Apollinaire", "Clermont-Ferrand", "12"),
]
NOTES = [
    "(1) Le lundi 5 juin, lundi de Pentecôte, est férié.",
    "(2) Le jeudi 25 mai (Ascension) n'est pas travaillé ; aucune correction n'est prévue ce jour-là.",
    "(3) Fiche de remise des dossiers à compléter par le centre : « reçu le …/…/…… à …… h …… ».",
]
PIED = "Circulaire BTS SAM – DEC 3 – Clermont-Ferrand"
