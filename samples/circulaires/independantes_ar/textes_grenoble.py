"""Circulaire fictive : BTS Comptabilité et gestion (CG), académie de Grenoble, session 2029."""
STEM = "circulaire_cg_2029_grenoble"
COPIEUR = "Canon iR-ADV C5840 - 29/01/2029 14:07 - Lycée Vaugelas secrétariat - {p}/{n}"
BLOCS = [
    ("entete", "Région académique Auvergne-Rhône-Alpes\nAcadémie de Grenoble\nDivision des examens et concours – DEC 4"),
    ("droite", "Grenoble, le 22 janvier 2029"),
    ("p", "La rectrice de l'académie de Grenoble\nà Mesdames et Messieurs les chefs d'établissement"),
    ("objet", "Objet : BTS Comptabilité et gestion (CG) – calendrier de la session 2029"),
    ("p", "Vous trouverez ci-dessous le calendrier arrêté pour la session 2029. Les convocations seront "
          "éditées dans l'application Cyclades et mises à disposition des établissements."),
    ("h", "Épreuves écrites ponctuelles"),
    ("table", [["Date", "Horaire", "Épreuve"],
               ["lundi 14 mai 2029", "9 h 00 – 13 h 00", "E1 – Culture générale et expression"],
               ["lundi 14 mai 2029", "14 h 00 – 16 h 00", "E2 – Langue vivante étrangère : anglais"],
               ["mardi 15 mai 2029", "10 h 00 – 12 h 00", "E3 – Mathématiques appliquées"],
               ["mercredi 16 mai 2029", "8 h 30 – 12 h 30", "E4 – Traitement et contrôle des opérations\ncomptables, fiscales et sociales"]],
     [4.2, 3.8, 8.4]),
    ("p", "Le jeudi 10 mai 2029 (Ascension) et le vendredi 11 mai 2029 (pont) sont vaqués."),
    ("h", "Épreuve E5"),
    ("p", "L'épreuve E5 « Situations de contrôle de gestion et d'analyse financière » est passée en CCF par les "
          "candidats scolaires et apprentis ; aucune convocation académique n'est prévue."),
    ("h", "Épreuve E6 – Parcours de professionnalisation (oral)"),
    ("p", "Les dossiers E6 sont à déposer au centre d'interrogation le mercredi 18 avril 2029 à 12 h 00 au plus tard. "
          "Une réunion d'entente des examinateurs E6 se tiendra le lundi 28 mai 2029 à 14 h 00 au lycée Louise Michel. "
          "Les interrogations auront lieu du lundi 4 au vendredi 8 juin 2029 dans les centres suivants :"),
    ("puce", "Lycée Louise Michel, 30 rue Louise Michel, 38100 Grenoble ;"),
    ("puce", "Lycée Vaugelas, 3 place du Palais de Justice, 73000 Chambéry."),
    ("h", "Délibération"),
    ("p", "Le jury se réunira le mercredi 4 juillet 2029 à 14 h 00 au rectorat de Grenoble, 7 place Bir-Hakeim."),
    ("sig", "Pour la rectrice et par délégation,\nle chef de la DEC,\nBastien Fauchier-Morel"),
]
