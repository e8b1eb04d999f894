"""BTS GPME, académie de Poitiers, session 2028 — DOCX, written exams = Word table (text), orals = floating PNG picture."""
EN_TETE = ["ACADÉMIE DE POITIERS", "Rectorat – Division des examens et concours", "Bureau DEC 2 – examens de l'enseignement supérieur"]
LIEU_DATE = "Poitiers, le 20 mars 2028"
AFFAIRE = "Affaire suivie par : Mathilde Rousseau-Diallo – 05 16 52 63 18"
DESTINATAIRES = "Le recteur de l'académie de Poitiers à Mesdames et Messieurs les chefs d'établissement et directeurs de CFA"
OBJET = "Objet : BTS Gestion de la PME (GPME) – session 2028 – organisation des épreuves"
REFERENCES = ("Références : arrêté du 20 juillet 2018 portant définition et fixant les conditions de délivrance du BTS "
              "« Gestion de la PME » ; circulaire nationale d'organisation du 12 janvier 2028.")
INTRO = ("Vous trouverez ci-après les informations nécessaires à l'organisation de la session 2028 du BTS GPME. "
         "Les épreuves écrites se déroulent aux dates nationales ; les épreuves orales sont organisées par l'académie.")
T1 = "1. Épreuves écrites (heure de métropole)"
ECRITS_ENTETE = ["Date", "Horaires", "Épreuve", "Durée"]
ECRITS = [
    ["Lundi 15 mai 2028", "14 h 00 – 18 h 00", "E3 – Culture économique, juridique et managériale", "4 h"],
    ["Mardi 16 mai 2028", "14 h 00 – 18 h 00", "E1 – Culture générale et expression", "4 h"],
    ["Mercredi 17 mai 2028", "9 h 00 – 13 h 00", "E6 – Soutenir le fonctionnement et le développement de la PME", "4 h"],
    ["Jeudi 18 mai 2028", "10 h 00 – 12 h 00", "E2 – Communication en langue vivante étrangère (anglais)", "2 h"],
]
T1_CENTRES = "Les épreuves écrites ont lieu dans les deux centres suivants :"
CENTRES = [
    "Lycée Aliénor d'Aquitaine, 41 rue Pierre de Coubertin, 86000 Poitiers (candidats de la Vienne et des Deux-Sèvres) ;",
    "Lycée Gaspard de Coligny, 9 rue Albert Ier, 17000 La Rochelle (candidats de la Charente et de la Charente-Maritime).",
]
T2 = "2. Épreuves orales"
T2_AVANT = ("Les épreuves orales E4 et E5 et l'épreuve facultative EF1 sont regroupées dans un centre unique, "
            "indiqué dans le planning ci-dessous établi par le centre d'oral.")
T2_APRES = "Les candidats reçoivent une convocation individuelle précisant leur heure de passage."
T3 = "3. Dossiers et contrôle de conformité"
T3_TEXTE = ("Les dossiers professionnels des épreuves E4 et E5 sont déposés au plus tard le vendredi 7 avril 2028 à "
            "16 h 00 au rectorat de Poitiers, bureau DEC 2, 22 rue Guillaume VII le Troubadour, 86000 Poitiers. "
            "La commission de contrôle de conformité des dossiers E4 et E5 se tiendra le mardi 2 mai 2028 à 14 h 00.")
T4 = "4. Notes de CCF, jury et résultats"
T4_TEXTE = ("Les notes de CCF sont saisies dans l'application nationale au plus tard le vendredi 19 mai 2028. "
            "Le jury de délibération se réunira le vendredi 30 juin 2028 à 9 h 30. "
            "Les résultats seront publiés le mardi 4 juillet 2028 à 10 h 00.")
T4_NOTE = "Rappel : le jeudi 25 mai 2028 (Ascension) est un jour férié."
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la DEC,", "Corinne Ménard-Lefebvre"]

# ---- content of the PICTURE (orals planning, Excel-like)
IMG_TITRE = "BTS GPME 2028 – planning des épreuves orales\nCentre : Lycée Guez de Balzac, Angoulême"
IMG_ENTETE = ["Épreuve", "Du", "Au", "Matin", "Après-midi", "Observations"]
IMG_LIGNES = [
    ["E4 – Relation clients et fournisseurs", "lun. 29/05/2028", "mer. 31/05/2028", "08:30-12:30", "13:30-17:30", ""],
    ["E5 – Gestion des risques / personnel", "jeu. 01/06/2028", "ven. 02/06/2028", "08:30-12:30", "13:30-17:30", "1re série"],
    ["E5 – Gestion des risques / personnel", "mar. 06/06/2028", "mer. 07/06/2028", "08:30-12:30", "13:30-17:30", "2e série"],
    ["EF1 – LVE 2 (facultative)", "jeu. 08/06/2028", "", "08:30-12:30", "", ""],
]
IMG_NOTE = "lun. 05/06/2028 : férié (Pentecôte) – pas d'oral"
