"""Circulaire fictive : BTS Gestion de la PME (GPME), académie de Dijon, session 2028 (DOCX)."""
STEM = "circulaire_gpme_2028_dijon"
COPIEUR = "SHARP MX-3071 - 08/02/2028 10:15 - Lycée Carnot CDI - p.{p}/{n}"
BLOCS = [
    ("entete", "RÉGION ACADÉMIQUE BOURGOGNE-FRANCHE-COMTÉ\nACADÉMIE DE DIJON\nDivision des examens et concours – DEC 2"),
    ("droite", "Dijon, le 3 février 2028"),
    ("p", "Le recteur de l'académie de Dijon\nà Mesdames et Messieurs les proviseurs"),
    ("objet", "Objet : BTS Gestion de la PME (GPME) – session 2028 – calendrier et organisation"),
    ("p", "Référence : note de service nationale du 12 décembre 2027."),
    ("h", "I. Épreuves écrites ponctuelles"),
    ("table", [["Épreuve", "Intitulé", "Jour", "Date", "Heures"],
               ["E1", "Culture générale et expression", "mardi", "16.05.2028", "14h00 - 18h00"],
               ["E3", "Culture économique, juridique et managériale", "mercredi", "17.05.2028", "09h00 - 13h00"],
               ["E2", "Communication en langue vivante étrangère (écrit)", "jeudi", "18.05.2028", "10h00 - 12h00"],
               ["E5", "Soutenir le fonctionnement et le développement de la PME", "lundi", "22.05.2028", "13h30 - 18h00"]],
     [1.6, 7.0, 2.0, 2.6, 3.2]),
    ("p", "Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) sont fériés."),
    ("h", "II. Épreuve orale E4"),
    ("p", "E4 – Gérer la relation avec les clients et les fournisseurs de la PME. Les dossiers sont à déposer dans le centre "
          "d'interrogation le vendredi 28 avril 2028, 17h00 dernier délai. Les interrogations se dérouleront du "
          "mercredi 7 au vendredi 9 juin 2028 dans les centres suivants :"),
    ("puce", "Lycée Carnot, 16 boulevard Thiers, 21000 Dijon ;"),
    ("puce", "Lycée Hilaire de Chardonnet, 1 rue Henri Dunant, 71100 Chalon-sur-Saône."),
    ("h", "III. Épreuve E6"),
    ("p", "E6 – Gérer le personnel et contribuer à la GRH de la PME : évaluation en CCF uniquement."),
    ("h", "IV. Jury"),
    ("p", "Le jury de délibération se tiendra le jeudi 29 juin 2028 à 14h00 au rectorat de Dijon, 2G rue Général Delaborde."),
    ("sig", "Le chef de la division des examens et concours,\nOlivier Bachelard-Roy"),
]
