"""Texte de la circulaire fictive : BTS Professions immobilières, académie de Nantes, session 2027.

Rendu : DOCX (python-docx) avec un Titre 2 par épreuve et les dates en puces dessous,
annexes en section paysage (tableau à cellules fusionnées), puis PDF par LibreOffice et scan à plat.
"""

STEM = "circulaire_pi_2027_nantes"

EN_TETE = [
    "ACADÉMIE DE NANTES",
    "Liberté – Égalité – Fraternité",
    "Rectorat – Division des examens et concours",
    "DEC 4 – Bureau des examens de l'enseignement supérieur",
]
LIEU_DATE = "Nantes, le 18 janvier 2027"
AFFAIRE = [
    "Affaire suivie par : Mme Solenn KERVADEC",
    "Tél. : 02 40 37 00 00",
    "Mél : dec4-bts@ac-nantes.example",
    "4 rue de la Houssinière – BP 72616",
    "44326 Nantes Cedex 3",
]
EXPEDITEUR = "La rectrice de l'académie de Nantes, chancelière des universités"
DESTINATAIRES = [
    "à",
    "Mesdames et Messieurs les chefs des établissements publics et privés préparant au BTS Professions immobilières",
    "Mesdames et Messieurs les chefs de centre d'examen",
]
OBJET = "Objet : BTS Professions immobilières (PI) – Session 2027 – Organisation des épreuves"
REFERENCES = [
    "Réf. : arrêté du 9 mars 2018 portant définition et fixant les conditions de délivrance du BTS « Professions immobilières » ;",
    "circulaire nationale d'organisation du 7 décembre 2026 diffusée par l'académie pilote de Rennes.",
]
INTRO = (
    "La présente circulaire précise, pour l'académie de Nantes, le calendrier et les modalités d'organisation "
    "des épreuves du BTS Professions immobilières. Je vous remercie de bien vouloir en assurer la diffusion "
    "auprès des équipes pédagogiques, des candidats et des personnels chargés de l'organisation des épreuves."
)

# (titre de niveau 1, paragraphe d'ouverture, [(titre 2, [puces], paragraphe après ou None)], paragraphes de fin)
SECTIONS = [
    (
        "I. ÉPREUVES ÉCRITES",
        "Les épreuves écrites se déroulent dans les centres d'examen désignés en annexe 2. Les candidats "
        "doivent être présents dans la salle trente minutes avant le début de chaque épreuve, munis de leur "
        "convocation et d'une pièce d'identité.",
        [
            ("E1 – Culture générale et expression",
             ["Mardi 11 mai 2027", "de 14 h 00 à 18 h 00 (durée : 4 heures)",
              "Correction dématérialisée (copies modèle CCYC)"], None),
            ("E3 – Culture économique, juridique et managériale",
             ["Mercredi 12 mai 2027", "14 h 00 – 18 h 00", "Durée : 4 h"], None),
            ("E5-1 – Techniques immobilières : transaction immobilière",
             ["Lundi 10 mai 2027", "13 h 30 – 17 h 30", "Durée : 4 h"], None),
            ("E5-2 – Techniques immobilières : gestion immobilière",
             ["Jeudi 13 mai 2027", "8 h 30 – 12 h 30", "Durée : 4 h"],
             "Les deux sous-épreuves de l'unité E5 sont corrigées au lycée Gabriel Guist'hau (Nantes) du "
             "mardi 18 au vendredi 21 mai 2027. Les copies y sont acheminées par les centres dans les 48 heures "
             "suivant chaque épreuve."),
        ],
        [
            "Rappel : le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés ; "
            "aucune épreuve ni réunion n'est programmée ces jours-là.",
        ],
    ),
    (
        "II. ÉPREUVES ORALES, PRATIQUES ET CCF",
        "Les convocations aux épreuves orales sont établies par les centres et adressées aux candidats au moins "
        "quinze jours avant la date de passage.",
        [
            ("E2 – Langue vivante étrangère : anglais",
             ["Épreuve orale ponctuelle (candidats ne relevant pas du CCF)",
              "Du lundi 31 mai au vendredi 4 juin 2027",
              "Lieu : centre d'examen de rattachement du candidat"], None),
            ("E4 – Communication professionnelle en français et en langue étrangère",
             ["Évaluée exclusivement en contrôle en cours de formation (CCF) par l'établissement de formation",
              "Aucune date n'est fixée par la DEC pour cette épreuve"], None),
            ("E6 – Conseil en ingénierie de l'immobilier",
             ["Le dossier professionnel est à transmettre au plus tard le vendredi 2 avril 2027 à 12 h au "
              "secrétariat des examens du lycée Gabriel Guist'hau.",
              "Contrôle de conformité des dossiers : mardi 13 avril 2027 à 14 h, au lycée Gabriel Guist'hau.",
              "Réunion d'entente des examinateurs : lundi 24 mai 2027 à 9 h 30 (salle B12).",
              "Interrogations : du mardi 25 au jeudi 27 mai, du mardi 1er au jeudi 3 juin et du lundi 7 au "
              "mercredi 9 juin 2027."],
             "Un dossier non transmis dans les délais ou déclaré non conforme ne permet pas au candidat de "
             "présenter l'épreuve : la mention « non valide » est alors portée."),
            ("EF1 – Langue vivante étrangère facultative",
             ["Mercredi 2 juin 2027",
              "Oral de 20 minutes précédé de 20 minutes de préparation",
              "Lycée Gabriel Guist'hau, Nantes"], None),
        ],
        [],
    ),
    (
        "III. LIVRETS SCOLAIRES, JURY ET RÉSULTATS",
        "Les livrets scolaires, classés par ordre alphabétique et accompagnés de l'attestation de remise "
        "(annexe 4), sont à adresser au lycée Gabriel Guist'hau au plus tard le vendredi 28 mai 2027.",
        [],
        [
            "Le jury de délibération se réunira le jeudi 24 juin 2027 à 9 h au lycée Gabriel Guist'hau.",
            "Les résultats seront publiés le vendredi 25 juin 2027 à partir de 14 h sur le portail Cyclades.",
            "Les vacances de printemps (du samedi 10 avril au lundi 26 avril 2027) ne modifient pas ce calendrier.",
        ],
    ),
]

SIGNATURE = [
    "Pour la rectrice et par délégation,",
    "La cheffe de la division des examens et concours",
    "",
    "Annaïg MORVAN",
]

# Annexe 1 : tableau récapitulatif (colonnes : Unité, Sous-épreuve, Date, Début, Fin, Durée)
ANNEXE1_TITRE = "Annexe 1 – Calendrier récapitulatif des épreuves écrites"
ANNEXE1_ENTETE = ["Unité", "Épreuve / sous-épreuve", "Date", "Début", "Fin", "Durée"]
ANNEXE1_LIGNES = [
    ["E1", "Culture générale et expression", "mar. 11/05/27", "14:00", "18:00", "4 h"],
    ["E3", "Culture économique, juridique et managériale", "mer. 12/05/27", "14:00", "18:00", "4 h"],
    ["E5", "E5-1 Transaction immobilière", "lun. 10/05/27", "13:30", "17:30", "4 h"],
    ["", "E5-2 Gestion immobilière", "jeu. 13/05/27", "08:30", "12:30", "4 h"],
]
ANNEXE1_NOTE = ("Aucune sortie n'est autorisée avant la fin de la deuxième heure. Un candidat arrivant après "
                "l'ouverture des sujets peut être admis jusqu'à la fin de la première heure ; aucun temps "
                "supplémentaire ne lui est accordé.")

ANNEXE2_TITRE = "Annexe 2 – Centres d'examen"
ANNEXE2_ENTETE = ["Centre", "Adresse", "Code postal – Ville", "Épreuves"]
ANNEXE2_LIGNES = [
    ["Lycée Gabriel Guist'hau", "3 rue Marie-Anne du Boccage\nBP 41607", "44016 NANTES CEDEX 1",
     "Écrits, E2, E6, EF1 ; correction E5"],
    ["Lycée Chevrollier", "2 rue Adrien Recouvreur\nBP 21649", "49016 ANGERS CEDEX 01", "Écrits, E2"],
    ["Lycée Touchard-Washington", "8 place Washington", "72002 LE MANS CEDEX 1", "Écrits, E2"],
    ["Lycée Pierre Mendès France", "Boulevard Arago\nBP 229", "85006 LA ROCHE-SUR-YON CEDEX", "Écrits, E2"],
]

ANNEXE3_TITRE = "Annexe 3 – Établissements de formation (pour information : ils ne sont pas centres d'examen)"
ANNEXE3_LISTE = [
    "Lycée Saint-Félix-La Salle – Nantes",
    "Lycée Notre-Dame – Fontenay-le-Comte",
    "CFA des métiers de l'immobilier des Pays de la Loire – Saint-Herblain",
    "Institut Sainte-Catherine – Cholet",
]

ANNEXE4_TITRE = "Annexe 4 – Attestation de remise des livrets scolaires"
ANNEXE4_TEXTE = [
    "Je soussigné(e) ………………………………………, chef d'établissement du ………………………………………,",
    "atteste avoir remis ……… livrets scolaires de candidats au BTS Professions immobilières.",
    "Fait à ……………………………, le …/…/20…",
    "Signature et cachet de l'établissement :",
]
PIED = "Rectorat de Nantes – DEC 4 – BTS PI session 2027 – page "
