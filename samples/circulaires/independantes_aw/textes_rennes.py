"""Textes de la circulaire BTS CG 2027, académie de Rennes (fictive). Les codes d'épreuve de la liste numérotée
ne figurent PAS dans le texte : ils sont produits par la numérotation automatique (« Épreuve E%1 – », « E%1%2 – »)."""

EN_TETE = ["Académie de Rennes", "Division des examens et concours – DEC 4", "Bureau des brevets de technicien supérieur"]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"
LIEU_DATE = "Rennes, le 18 janvier 2027"
AFFAIRE = "Affaire suivie par : Gwenola Tanguy – tél. 02 23 21 74 58 – dec4-bts@ac-rennes.fr"
DESTINATAIRES = ("Le recteur de l'académie de Rennes\nà\nMesdames et messieurs les chefs d'établissement publics et "
                 "privés sous contrat dispensant la formation au BTS Comptabilité et gestion\nMesdames et messieurs les "
                 "directeurs des centres de formation d'apprentis")
OBJET = "Objet : Organisation de l'examen du BTS Comptabilité et gestion (CG) – session 2027"
REFERENCE = ("Référence : circulaire nationale d'organisation de la session 2027 du 7 décembre 2026 "
             "(académie pilote : Nantes)")
INTRO = ("La présente circulaire précise, pour l'académie de Rennes, le calendrier et les modalités d'organisation "
         "des épreuves ponctuelles du BTS Comptabilité et gestion. Je vous remercie de bien vouloir en assurer la "
         "diffusion auprès des équipes pédagogiques et des candidats concernés.")

# Titres de niveau 1 et 2 : numérotés automatiquement par le style (I., II. … / A., B. …)
H_CONVOC = "Convocations"
CONVOC = ("Les convocations sont mises à disposition des établissements dans l'application Cyclades. Les candidats "
          "individuels téléchargent la leur depuis leur espace personnel. Les épreuves écrites se déroulent dans le "
          "centre indiqué sur la convocation.")
H_ECRITS = "Calendrier des épreuves ponctuelles écrites"
ECRITS_INTRO = ("Les épreuves écrites se déroulent selon le calendrier ci-dessous (horaires de métropole, identiques pour "
                "tous les centres de l'académie) :")
# (niveau, intitulé, ligne après le saut de ligne manuel ou None)
EPREUVES = [
    (0, "Culture générale et expression", "mardi 11 mai 2027 – de 14 h 00 à 18 h 00"),
    (0, "Langue vivante étrangère : anglais (compréhension et expression écrites)", "mercredi 12 mai 2027 – de 10 h 00 à 12 h 00"),
    (0, "Mathématiques appliquées et culture économique, juridique et managériale", None),
    (1, "Mathématiques appliquées", "mercredi 12 mai 2027 – de 14 h 00 à 16 h 00"),
    (1, "Culture économique, juridique et managériale", "lundi 10 mai 2027 – de 14 h 00 à 18 h 00"),
    (0, "Traitement et contrôle des opérations comptables, fiscales et sociales", None),
    (1, "Épreuve écrite", "jeudi 13 mai 2027 – de 9 h 00 à 13 h 00"),
    (1, "Épreuve orale : évaluée en contrôle en cours de formation pour tous les candidats scolaires et apprentis "
        "(aucune épreuve ponctuelle dans l'académie)", None),
    (0, "Situations de contrôle de gestion et d'analyse financière", "vendredi 14 mai 2027 – de 9 h 00 à 13 h 00"),
    (0, "Parcours de professionnalisation : épreuve orale, voir la partie IV ci-dessous", None),
]
FERIES = ("Aucune épreuve n'a lieu le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte). "
          "Les vacances de printemps de la zone B s'achèvent le lundi 3 mai 2027 au matin.")
H_CORR = "Correction des épreuves écrites"
CORR = [
    "Les copies des épreuves E41 et E5 sont numérisées dans les centres d'écrit et corrigées de manière dématérialisée.",
    "Réunion d'entente des correcteurs E41 et E5 : mercredi 19 mai 2027 à 14 h 00, en visioconférence.",
    "Période de correction des copies E41 et E5 : du jeudi 20 mai au mercredi 26 mai 2027.",
]
H_E6 = "Épreuve orale E6 – Parcours de professionnalisation"
H_E6_DEPOT = "Dépôt des dossiers"
E6_DEPOT = ("Les dossiers de l'épreuve E6 (deux exemplaires papier accompagnés du passeport professionnel imprimé) "
            "sont déposés au plus tard le vendredi 2 avril 2027 à 12 h 00 au lycée Bréquigny, 7 avenue Georges-Graff, "
            "35205 Rennes Cedex 2, à l'attention de M. Erwan Le Dantec, DDFPT.")
H_E6_CONF = "Contrôle de conformité"
E6_CONF = ("La commission de contrôle de conformité des dossiers E6 se réunit le mardi 13 avril 2027 à 14 h 00 au "
           "lycée Bréquigny. Les établissements sont informés des éventuelles non-conformités le lendemain.")
H_E6_ORAL = "Interrogations"
E6_ORAL = "Les interrogations se déroulent du lundi 31 mai au vendredi 4 juin 2027 dans les centres suivants :"
CENTRES_E6 = [
    "Lycée Bréquigny – 7 avenue Georges-Graff – 35205 Rennes Cedex 2",
    "Lycée Dupuy de Lôme – 4 rue Jean Le Coutaller – 56100 Lorient",
    "Lycée Kerichen – rue Prince de Joinville – 29200 Brest",
]
H_LIVRETS = "Livrets scolaires"
LIVRETS = ("Les livrets scolaires, complétés et signés, sont transmis au plus tard le vendredi 21 mai 2027 au lycée "
           "Bréquigny (Rennes), accompagnés d'un bordereau nominatif.")
H_JURY = "Délibérations et résultats"
JURY = ("Le jury de délibération se réunit le mardi 29 juin 2027 à 9 h 00 au rectorat de Rennes. Les résultats sont "
        "publiés le jeudi 1er juillet 2027 à partir de 10 h 00 sur le site de l'académie.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "Maëlle Le Gurun"]
