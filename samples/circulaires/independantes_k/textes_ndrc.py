# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive BTS NDRC, académie de Poitiers, session 2028.

Certains paragraphes portent des modifications suivies Word : segments ("del", ...) supprimés,
("ins", ...) insérés. La version « propre » (PDF) garde les insertions et retire les suppressions.
"""

STEM = "circulaire_ndrc_2028_poitiers"

EN_TETE_GAUCHE = ["ACADÉMIE DE POITIERS", "Rectorat", "Division des examens et concours", "DEC 4 – BTS tertiaires"]
EN_TETE_DROITE = ["Poitiers, le 24 janvier 2028"]
PIED = "Rectorat de Poitiers – 22 rue Guillaume VII le Troubadour – 86020 Poitiers Cedex"

# première section, en deux colonnes
COL_GAUCHE = [
    "Affaire suivie par :",
    "M. Yannick Bourdon",
    "Tél. : 05 16 52 63 00",
    "dec4@ac-poitiers.fr",
    "",
    "Destinataires :",
    "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat",
    "Mesdames et Messieurs les directeurs de CFA",
    "Copie : IA-IPR économie et gestion",
]
OBJET = ("Objet : BTS Négociation et digitalisation de la relation client (NDRC) – circulaire d'organisation "
         "de la session 2028")
INTRO = ("La présente circulaire précise le calendrier académique et les modalités d'organisation des épreuves du "
         "BTS NDRC pour la session 2028. Elle complète la note nationale relative aux épreuves écrites. Les "
         "établissements voudront bien la porter à la connaissance des candidats et des formateurs.")

TITRE_ECRITS = "1. ÉPREUVES ÉCRITES (jours en colonnes)"
JOURS = ["Lundi 15 mai 2028", "Mardi 16 mai 2028", "Mercredi 17 mai 2028"]
MATIN = ["—", "—", "—"]
APRES_MIDI = [
    "14 h – 18 h\nE1 – Culture générale et expression\n(4 h)",
    "14 h – 18 h\nE3 – Culture économique, juridique et managériale\n(4 h)",
    "14 h – 17 h\nE5-A – Relation client à distance et digitalisation, partie écrite\n(3 h)",
]

TITRE_CENTRES = "2. CENTRES D'ÉPREUVES ÉCRITES"
CENTRES = [
    ("Lycée Camille Guérin", "33 rue de la Gibauderie – BP 601", "86022 Cedex", "POITIERS"),
    ("Lycée Paul Guérin", "19 rue des Fiefs", "79000", "NIORT"),
    ("Lycée Valin", "rue Henri Barbusse – BP 507", "17023 Cedex 1", "LA ROCHELLE"),
    ("Lycée Marguerite de Valois", "rue Louise Lériget", "16017 Cedex", "ANGOULÊME"),
]

TITRE_ORAUX = "3. ÉPREUVES ORALES ET PRATIQUES"
ORAUX = [
    "E5 B – Relation client à distance et digitalisation, partie pratique (40 min) : du lundi 29 au mercredi "
    "31 mai 2028, au lycée Camille Guérin (Poitiers) et au lycée Valin (La Rochelle).",
    "E2 – Communication en langue vivante étrangère, candidats hors CCF : jeudi 1er juin 2028.",
    "EF1 – Communication en langue vivante étrangère 2 (facultative) : vendredi 2 juin 2028.",
    "E4 – Relation client et négociation-vente, candidats hors CCF : du mardi 6 au vendredi 9 juin 2028 "
    "(le lundi 5 juin 2028, lundi de Pentecôte, est férié).",
    "E6 – Relation client et animation de réseaux, candidats hors CCF : du lundi 12 au mercredi 14 juin 2028.",
]
ORAUX_NOTE = ("Une réunion d'entente des examinateurs E4 et E6 se tiendra le mardi 6 juin 2028 à 8 h 30 au "
              "lycée Camille Guérin. L'épreuve E5 – B est évaluée par une commission de deux examinateurs.")

TITRE_DOSSIERS = "4. DOSSIERS DES ÉPREUVES E4 ET E6 (candidats hors CCF)"
# paragraphe avec modification suivie : l'ancienne date est supprimée, la nouvelle insérée
DOSSIER_SEGMENTS = [
    ("t", "Le dépôt des dossiers E4 et E6 est fixé au plus tard le "),
    ("del", "vendredi 31 mars 2028"),
    ("ins", "mercredi 5 avril 2028"),
    ("t", " à 12 h, au secrétariat du lycée Camille Guérin. Tout dossier parvenu après cette date ne pourra être "
          "examiné."),
]
LISTE_DOSSIER = [
    "la fiche d'inscription signée par le candidat ;",
    "les attestations de stage ou certificats de travail ;",
    "les fiches descriptives d'activités professionnelles (modèle national) ;",
    "le passeport professionnel imprimé.",
]
CONFORMITE = ("Le contrôle de conformité des dossiers E4 et E6 aura lieu le jeudi 13 avril 2028 à 14 h. "
              "En cas de non-conformité, le candidat ne peut être interrogé.")

TITRE_FAC = "5. ÉPREUVES FACULTATIVES"
FAC = [
    "EF2 – Parcours de professionnalisation à l'étranger : aucun candidat inscrit dans l'académie pour la "
    "session 2028.",
    "EF3 – Engagement étudiant : les attestations d'engagement sont à transmettre au rectorat au plus tard le "
    "vendredi 19 mai 2028.",
]

TITRE_JURY = "6. JURY ET RÉSULTATS"
JURY_ENTETE = ["Étape", "Date", "Lieu"]
JURY_LIGNES = [
    ("Jury de délibération", [("del", "mardi 27 juin 2028"), ("ins", "jeudi 29 juin 2028 à 9 h")],
     "Rectorat de Poitiers"),
    ("Publication des résultats", [("t", "vendredi 30 juin 2028 à 16 h")], "Site internet de l'académie"),
]
COMMENTAIRE = ("Date du jury avancée puis reportée : à confirmer avec la DEC lors de la réunion de service "
               "(voir courriel du 12/01).")
COMMENT_AUTEUR = "Y. Bourdon"

FORMATION_TITRE = "7. ÉTABLISSEMENTS DE FORMATION (information)"
FORMATION = [
    "CFA de la CCI de la Vienne – Poitiers",
    "MFR de Chauvigny – Chauvigny",
    "Lycée Saint-Jacques de Compostelle – Poitiers",
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le secrétaire général adjoint,", "Hervé Lacombe"]
