# -*- coding: utf-8 -*-
"""Circulaire A : BTS Comptabilité et gestion, session 2028, académie d'Orléans-Tours (DOCX -> PDF).

Calendrier des écrits en annexe, placée APRÈS la signature, sous forme de tableau
jours en colonnes / lignes « Matin » et « Après-midi ».
"""

STEM = "circulaire_cg_2028_orleans-tours"

ENTETE_GAUCHE = ["RÉGION ACADÉMIQUE", "CENTRE-VAL DE LOIRE", "ACADÉMIE D'ORLÉANS-TOURS"]
ENTETE_DROITE = ["Division des examens et concours", "Bureau DEC 3 – Brevets de technicien supérieur",
                 "Affaire suivie par : Sophie Garnier", "Tél. : 02 38 79 xx xx", "ce.dec3@ac-orleans-tours.fr"]
PIED = "Rectorat de l'académie d'Orléans-Tours – 21 rue Saint-Étienne – 45043 Orléans Cedex 1"

LIEU_DATE = "Orléans, le 24 janvier 2028"

EXPEDITEUR = ["La rectrice de l'académie d'Orléans-Tours,", "chancelière des universités"]
DESTINATAIRES = ["à", "Mesdames et Messieurs les chefs d'établissement publics et privés sous contrat",
                 "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation",
                 "Mesdames et Messieurs les chefs de centre d'épreuves"]

OBJET = ("Objet : Brevet de technicien supérieur Comptabilité et gestion (CG) – session 2028 – "
         "organisation des épreuves")

REFERENCES = [
    "Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "Décret n° 2013-756 du 19 août 2013 portant règlement général du BTS ;",
    "Arrêté du 29 mars 2019 portant définition et fixant les conditions de délivrance du BTS « Comptabilité et gestion » ;",
    "Note de service nationale d'organisation de la session 2028 du 11 décembre 2027.",
]
PJ = ["Annexe 1 : calendrier des épreuves écrites (après la signature)",
      "Annexe 2 : bordereau de transmission des livrets scolaires"]

INTRO = ("La présente circulaire précise les modalités d'organisation de la session 2028 du BTS "
         "Comptabilité et gestion dans l'académie d'Orléans-Tours. Je vous remercie d'en assurer la "
         "diffusion auprès des équipes pédagogiques, des examinateurs et des candidats.")

S1_TITRE = "1. Établissements de formation"
S1_TEXTE = ("Pour information, les établissements ci-dessous préparent les candidats de l'académie. "
            "Ils ne sont pas centres d'épreuves : les candidats y sont inscrits mais composent dans les "
            "centres désignés au point 3.")
S1_LISTE = ["Lycée Benjamin Franklin – Orléans (45)",
            "Lycée Descartes – Tours (37)",
            "Lycée Marceau – Chartres (28)",
            "Lycée Jean Giraudoux – Châteauroux (36)",
            "CFA de la CCI du Loir-et-Cher – Blois (41)"]

S2_TITRE = "2. Liste des épreuves"
# (code, intitulé, forme, durée) ; un code None = ligne fusionnée (épreuve mère)
S2_TABLE_ENTETE = ["Code", "Intitulé de l'épreuve", "Forme", "Durée"]
S2_TABLE = [
    ("E1", "Culture générale et expression", "écrite", "4 h"),
    ("E2", "Langue vivante étrangère A : anglais", "CCF", "–"),
    ("E3", "Culture économique, juridique et managériale", "écrite", "4 h"),
    ("E4", "Traitement et contrôle des opérations comptables, fiscales et sociales", None, None),
    ("E41", "Étude de cas", "écrite", "4 h"),
    ("E42", "Épreuve orale sur dossier numérique", "orale", "30 min"),
    ("E5", "Situations de contrôle de gestion et d'analyse financière", "écrite", "4 h"),
    ("E6", "Parcours de professionnalisation", "orale", "30 min"),
    ("EF1", "Langue vivante facultative", "orale", "20 min"),
]

S3_TITRE = "3. Épreuves écrites"
S3_TEXTE = ("Le calendrier des épreuves écrites, fixé au plan national, figure en annexe 1, après la "
            "signature de la présente circulaire. Les épreuves écrites se déroulent dans les centres suivants :")
S3_ENTETE = ["Centre d'épreuves", "Adresse", "Code postal – Ville"]
# (département fusionné) puis lignes
S3_CENTRES = [
    ("Loiret (45)", [
        ("Lycée Pothier", "2 bis rue Marcel Proust\nBP 1234", "45044 Orléans Cedex 1"),
    ]),
    ("Indre-et-Loire (37)", [
        ("Lycée Paul-Louis Courier", "2 place Grégoire de Tours", "37000 Tours"),
    ]),
    ("Cher (18) et Loir-et-Cher (41)", [
        ("Lycée Marguerite de Navarre", "50 rue de Vauvert", "18000 Bourges"),
        ("Lycée Augustin Thierry", "13 avenue de Châteaudun\nBP 169", "41005 Blois Cedex"),
    ]),
]
S3_CORRECTION = ("Les copies des épreuves E1, E3, E41 et E5 sont numérisées dans les centres. La correction "
                 "dématérialisée aura lieu du lundi 22 mai au mercredi 31 mai 2028 ; le jeudi 25 mai "
                 "(Ascension) et le vendredi 26 mai 2028 ne sont pas travaillés.")

S4_TITRE = "4. Épreuve E2 – évaluation en contrôle en cours de formation"
S4_TEXTE = ("Aucun candidat de l'académie ne relève de la forme ponctuelle pour l'épreuve E2, évaluée "
            "exclusivement en CCF. Les propositions de notes sont à saisir dans l'application Cyclades au "
            "plus tard le mercredi 24 mai 2028.")

S5_TITRE = "5. Sous-épreuve E4-2 – épreuve orale sur dossier numérique"
S5_PUCES = [
    "Dépôt des dossiers numériques sur la plateforme académique : jusqu'au mercredi 3 mai 2028, 17 h.",
    "Interrogations : du mardi 6 juin au vendredi 9 juin 2028, au lycée Pothier (Orléans) et au lycée "
    "Paul-Louis Courier (Tours). Le lundi 5 juin 2028, lundi de Pentecôte, est férié.",
]

S6_TITRE = "6. Épreuve E6 – Parcours de professionnalisation"
S6_PUCES = [
    "Les dossiers (fiches descriptives et attestations de stage) sont à transmettre au centre "
    "d'interrogation au plus tard le vendredi 28 avril 2028 à 12 h.",
    "Contrôle de conformité des dossiers : mardi 9 mai 2028 à 14 h au lycée Pothier, le lundi 8 mai "
    "étant férié.",
    "Interrogations : du lundi 12 juin au jeudi 15 juin 2028.",
]
S6_REUNION = ("Une réunion d'entente des examinateurs des épreuves E42 et E6 se tiendra le jeudi 1er juin "
              "2028 à 9 h 30 au lycée Pothier, salle B12.")

S7_TITRE = "7. Épreuve facultative EF1"
S7_TEXTE = ("Les candidats inscrits à l'épreuve facultative EF1 seront interrogés du mardi 30 mai au "
            "mercredi 31 mai 2028 au lycée Pothier. Aucune interrogation n'est organisée pendant le pont "
            "de l'Ascension.")

S8_TITRE = "8. Livrets scolaires"
S8_TEXTE = ("Les livrets scolaires, classés par ordre alphabétique et accompagnés du bordereau de "
            "l'annexe 2, sont à adresser au rectorat – DEC 3 au plus tard le vendredi 2 juin 2028.")

S9_TITRE = "9. Jury et résultats"
S9_TEXTE = ("Le jury de délibération se réunira le mardi 27 juin 2028 à 9 h au lycée Pothier. "
            "Les résultats seront publiés le vendredi 30 juin 2028 à partir de 10 h sur le site "
            "académique.")

SIGNATURE = ["Pour la rectrice et par délégation,", "La cheffe de la division des examens et concours",
             "", "Hélène MARCHAND"]

ANNEXE1_TITRE = "ANNEXE 1 – CALENDRIER DES ÉPREUVES ÉCRITES – BTS CG – SESSION 2028"
ANNEXE1_JOURS = ["Lundi 15 mai 2028", "Mardi 16 mai 2028", "Mercredi 17 mai 2028", "Jeudi 18 mai 2028"]
# lignes (libellé, [cellules par jour]) ; "" = pas d'épreuve
ANNEXE1_LIGNES = [
    ("Matin", ["", "E3 – Culture économique, juridique et managériale\n8 h 30 – 12 h 30\n(4 h)",
               "E41 – Étude de cas\n8 h 30 – 12 h 30\n(4 h)", ""]),
    ("Après-midi", ["E1 – Culture générale et expression\n13 h 30 – 17 h 30\n(4 h)", "", "",
                    "E5 – Situations de contrôle de gestion et d'analyse financière\n13 h 30 – 17 h 30\n(4 h)"]),
]
ANNEXE1_NOTES = [
    "Les candidats sont convoqués 30 minutes avant le début de chaque épreuve.",
    "Aucune sortie n'est autorisée avant la fin de la première heure de composition.",
    "Les candidats bénéficiant d'un temps majoré composent dans une salle dédiée.",
]

ANNEXE2_TITRE = "ANNEXE 2 – BORDEREAU DE TRANSMISSION DES LIVRETS SCOLAIRES"
ANNEXE2_LIGNES = [
    "Établissement : ………………………………………………………",
    "Nombre de livrets transmis : ………",
    "Date d'envoi : le …/…/2028",
    "Signature et cachet du chef d'établissement :",
]
