"""BTS Management économique de la construction, académie de Lille, session 2029 — an Outlook message saved as .html.
The reply gives the orals; the quoted older message (same sender) gives the written tests, still valid."""

DE = "DEC3-BTS (Rectorat de Lille) &lt;dec3-bts@ac-lille.fr&gt;"
ENVOYE = "mardi 13 mars 2029 10:42"
A = "Chefs d'établissement – centres BTS MEC"
CC = "Delattre Karine; IEN-ET Génie civil"
OBJET = "RE: BTS MEC session 2029 – calendrier des épreuves orales et des dépôts"

CORPS = [
    "Mesdames, Messieurs,",
    "Vous trouverez ci-dessous le calendrier des épreuves orales et des dépôts de dossiers du BTS Management économique "
    "de la construction (MEC), session 2029. Le calendrier des épreuves écrites, transmis le 6 février (voir mon message "
    "ci-dessous), reste inchangé.",
]
TABLE_ENTETE = ["Épreuve", "Opération", "Date(s)", "Lieu"]
TABLE = [
    ("E52 – Étude de cas en entreprise", "Dépôt des dossiers", "au plus tard le vendredi 6 avril 2029 à 16h00", "Lycée Baggio, Lille"),
    ("E52 – Étude de cas en entreprise", "Oral", "du lundi 28 mai au mercredi 30 mai 2029", "Lycée Baggio, Lille"),
    ("E62 – Rapport de stage", "Oral", "du jeudi 31 mai au vendredi 1er juin 2029", "Lycée Baggio, Lille"),
    ("E61 – Épreuve professionnelle de synthèse", "CCF", "pas d'épreuve ponctuelle", "—"),
]
PUCES_INTRO = "Autres dates à retenir :"
PUCES = [
    "contrôle de conformité des dossiers E52 : mardi 17 avril 2029 à 14h00 (lycée Baggio) ;",
    "réunion d'entente des examinateurs E52 et E62 : lundi 28 mai 2029 à 8h30, avant les premières interrogations ;",
    "jury de délibération : mercredi 27 juin 2029 à 9h00 au rectorat ;",
    "publication des résultats : vendredi 29 juin 2029 à 14h00.",
]
FIN = [
    "Le lundi de Pentecôte (21 mai 2029) reste férié.",
    "Je vous remercie de bien vouloir diffuser ces informations aux équipes pédagogiques.",
    "Bien cordialement,",
]
SIGNATURE = [
    ("Karine Delattre", True),
    ("Gestionnaire BTS – DEC 3", False),
    ("Rectorat de l'académie de Lille", False),
    ("144 rue de Bavay – BP 709 – 59033 Lille Cedex", False),
    ("Tél. : 03 20 15 61 94", False),
]
# quoted older message
Q_DE = "Delattre Karine"
Q_ENVOYE = "mardi 6 février 2029 15:18"
Q_A = "Chefs d'établissement – centres BTS MEC"
Q_OBJET = "BTS MEC session 2029 – calendrier des épreuves écrites"
Q_CORPS = [
    "Mesdames, Messieurs,",
    "Voici le calendrier des épreuves écrites du BTS MEC pour la session 2029 (horaires de métropole).",
]
Q_TABLE_ENTETE = ["Date", "Horaire", "Épreuve"]
Q_TABLE = [
    ("lundi 14 mai 2029", "14h00 – 18h00", "E1 – Culture générale et expression"),
    ("mardi 15 mai 2029", "10h00 – 12h00", "E2 – Langue vivante étrangère : anglais"),
    ("mardi 15 mai 2029", "14h00 – 18h00", "E4 – Étude économique et juridique d'un projet"),
    ("mercredi 16 mai 2029", "13h00 – 17h00", "E51 – Estimation et métré d'ouvrages"),
]
Q_SUITE = [
    "Les sous-épreuves E31 (mathématiques) et E32 (physique-chimie) sont évaluées en CCF.",
    "Centres d'épreuves écrites : lycée Baggio (Lille), lycée Robespierre (Arras), lycée du Hainaut (Valenciennes).",
    "Les dates des épreuves orales vous seront communiquées ultérieurement.",
    "Cordialement,",
    "K. Delattre",
]
# text that Outlook keeps only for Word (conditional comment) — a browser never shows it
MSO_ONLY = "Brouillon : oraux E52 envisagés du 22 au 24 mai 2029"
