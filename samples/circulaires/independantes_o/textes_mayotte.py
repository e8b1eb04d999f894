# -*- coding: utf-8 -*-
"""Circulaire D : BTS Management commercial opérationnel, session 2027, académie de Mayotte
(PDF dessiné directement avec reportlab ; puis photo de téléphone).

Horaires donnés en heure de Paris ET en heure de Mayotte (colonnes séparées) ; la circulaire
précise que l'heure de référence est celle de Mayotte.
"""

STEM = "circulaire_mco_2027_mayotte"

ENTETE = ["RÉPUBLIQUE FRANÇAISE", "ACADÉMIE DE MAYOTTE", "Rectorat – Division des examens et concours (DEC)"]
PIED = "Rectorat de Mayotte – BP 76 – 97600 Mamoudzou – Tél. 02 69 61 xx xx – dec@ac-mayotte.fr"

LIEU_DATE = "Mamoudzou, le 1er février 2027"
N_REF = "N/Réf. : DEC/BTS/2027-012"
DESTINATAIRES = ("Le recteur de l'académie de Mayotte à Mesdames et Messieurs les proviseurs, "
                 "les directeurs de CFA et les chefs de centre d'examen")
OBJET = "Objet : BTS Management commercial opérationnel (MCO) – session 2027"
REFERENCES = ("Réf. : arrêté du 21 juin 2019 portant définition du BTS MCO ; note de service nationale du "
              "3 décembre 2026 fixant le calendrier des épreuves écrites.")

AVERTISSEMENT = ("IMPORTANT – Sauf mention contraire, tous les horaires de la présente circulaire sont "
                 "exprimés en heure de Mayotte (UTC+3), soit l'heure de Paris + 1 h pendant la période "
                 "des épreuves. La colonne « heure de Paris » n'est donnée qu'à titre indicatif.")

T1_TITRE = "1. Épreuves écrites"
T1_ENTETE = ["Date", "Épreuve", "Heure de Paris", "Heure de Mayotte", "Durée"]
# date "" = même jour que la ligne précédente (cellule fusionnée)
T1_LIGNES = [
    ("lundi 10 mai 2027", "E3 – Culture économique, juridique et managériale", "14h00 – 18h00", "15h00 – 19h00", "4 h"),
    ("mardi 11 mai 2027", "E2 – Communication en langue vivante étrangère (écrit)", "10h00 – 12h00", "11h00 – 13h00", "2 h"),
    ("", "E1 – Culture générale et expression", "14h00 – 18h00", "15h00 – 19h00", "4 h"),
    ("mercredi 12 mai 2027", "E5 – Gestion opérationnelle", "14h00 – 17h00", "15h00 – 18h00", "3 h"),
    ("jeudi 13 mai 2027", "E6 – Management de l'équipe commerciale", "14h00 – 16h30", "15h00 – 17h30", "2 h 30"),
]
T1_NOTE = ("(1) Jours fériés : mardi 27 avril 2027 (commémoration de l'abolition de l'esclavage) et "
           "jeudi 6 mai 2027 (Ascension). Les candidats sont convoqués 30 minutes avant l'heure de début.")

T2_TITRE = "2. Centres d'épreuves écrites"
T2_ENTETE = ["Établissement", "Adresse", "Commune"]
T2_LIGNES = [
    ("Lycée Younoussa Bamana", "Rue du Lycée\nBP 43", "97600 Mamoudzou"),
    ("Lycée de Petite-Terre", "Boulevard des Crabes", "97615 Pamandzi"),
    ("Lycée polyvalent de Kahani", "Route nationale 1\nvillage de Kahani", "97670 Ouangani"),
]

T3_TITRE = "3. Épreuves orales et épreuves facultatives"
T3_PUCES = [
    "E2 – partie orale (candidats relevant de la forme ponctuelle) : mardi 25 mai 2027, lycée Younoussa Bamana.",
    "Épreuves facultatives EF1 (langue vivante), EF2 (parcours de professionnalisation à l'étranger) et "
    "EF3 (entrepreneuriat) : mercredi 26 mai 2027, lycée Younoussa Bamana.",
    "E41 – Développement de la relation client et vente conseil : du lundi 31 mai au jeudi 3 juin 2027.",
    "E42 – Animation, dynamisation de l'offre commerciale : du lundi 7 au mercredi 9 juin 2027.",
]
T3_NOTE = "Le lundi 17 mai 2027 (lundi de Pentecôte) est férié."

T4_TITRE = "4. Dossiers E41 et E42"
T4_PUCES = [
    "Date limite de dépôt des dossiers (fiches E41 et E42) au rectorat – DEC : vendredi 23 avril 2027, "
    "12 h 00 (heure de Mayotte).",
    "Contrôle de conformité des dossiers : mercredi 28 avril 2027 à 8 h 30, rectorat, bâtiment B.",
    "Réunion d'entente des examinateurs E41 et E42 : vendredi 28 mai 2027 à 13 h 30 (visioconférence).",
]

T5_TITRE = "5. Établissements de formation (pour information)"
T5_TEXTE = ("Les établissements suivants préparent au BTS MCO mais ne sont pas centres d'épreuves : "
            "lycée des Lumières (Mamoudzou), lycée de Sada (Sada), lycée de Chirongui (Chirongui), "
            "CFA de la CCI de Mayotte (Mamoudzou).")

T6_TITRE = "6. Jury et résultats"
T6_TEXTE = ("Le jury de délibération se réunira le jeudi 24 juin 2027 à 8 h au rectorat de Mayotte, à "
            "Mamoudzou. Les résultats seront publiés le vendredi 25 juin 2027 à 16 h (heure de Mayotte).")

SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours", "",
             "Zaïnaba ATTOUMANI"]
