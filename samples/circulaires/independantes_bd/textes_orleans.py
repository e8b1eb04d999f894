"""BTS Gestion de la PME (GPME), académie d'Orléans-Tours, session 2029 (fictitious).
Rendered as DOCX and an ordinary LibreOffice PDF (the comparison document)."""
TITRE = "Circulaire BTS GPME 2029 - Orléans-Tours"
BLOCS = [
    ("entete",
     ["ACADÉMIE D'ORLÉANS-TOURS", "Rectorat – Division des examens et concours",
      "Bureau DEC 4 – Examens de l'enseignement supérieur", "Affaire suivie par : Hervé Chollet",
      "Tél. : 02 38 79 46 12", "21 rue Saint-Étienne", "45043 Orléans Cedex 1"],
     ["Orléans, le 12 février 2029", "", "Le recteur de l'académie d'Orléans-Tours", "à",
      "Mesdames et Messieurs les chefs d'établissement"]),
    ("objet", "BTS Gestion de la PME (GPME) – Session 2029 – Organisation des épreuves"),
    ("ref", "Arrêté du 20 juillet 2018 portant définition et fixant les conditions de délivrance du BTS « Gestion de la PME »."),
    ("p", "La présente circulaire précise l'organisation de la session 2029 du BTS Gestion de la PME dans l'académie "
          "d'Orléans-Tours."),
    ("h", "1. Épreuves écrites"),
    ("table", [0.22, 0.17, 0.61], ["Date", "Horaire", "Épreuve"], [
        ["Lundi 14 mai 2029", "14h00 – 18h00", "E1 – Culture générale et expression"],
        ["Mardi 15 mai 2029", "14h00 – 18h00", "E3 – Culture économique, juridique et managériale"],
        ["Mercredi 16 mai 2029", "8h30 – 13h00", "E6 – Soutenir le fonctionnement et le développement de la PME"],
    ]),
    ("p", "L'épreuve E2 – Langue vivante étrangère est évaluée en CCF. Une réunion d'entente sur le barème de "
          "l'épreuve E6 se tiendra le jeudi 17 mai 2029 à 14h00 au lycée Jean Zay."),
    ("p", "Centres d'épreuves écrites :"),
    ("liste", ["Lycée Jean Zay – 2 rue Ferdinand Buisson – 45000 Orléans",
               "Lycée Balzac – 36 rue d'Entraigues – 37000 Tours",
               "Lycée Marceau – 2 rue Pierre Mendès France – 28000 Chartres",
               "Lycée Augustin Thierry – 13 avenue de Châteaudun – 41000 Blois"]),
    ("h", "2. Épreuves orales E4 et E5"),
    ("p", "Les dossiers des épreuves E4 et E5 sont déposés au plus tard le vendredi 6 avril 2029 à 12h00 au lycée "
          "Balzac de Tours. Le contrôle de conformité aura lieu le mercredi 18 avril 2029 à 13h30."),
    ("table", [0.44, 0.30, 0.26], ["Épreuve", "Période", "Centres"], [
        ["E4 – Gérer la relation avec les clients et les fournisseurs de la PME", "du mardi 22 mai au vendredi 25 mai 2029",
         "Lycée Balzac (Tours), lycée Jean Zay (Orléans)"],
        ["E5 – Participer à la gestion des risques et gérer le personnel", "du lundi 28 mai au jeudi 31 mai 2029",
         "Lycée Balzac (Tours), lycée Jean Zay (Orléans)"],
        ["EF1 – Langue vivante facultative", "mercredi 23 mai 2029", "Lycée Jean Zay (Orléans)"],
    ]),
    ("p", "Le lundi 21 mai 2029 (Pentecôte) est férié. Les établissements de formation privés (lycée Saint-François "
          "de Sales à Gien, CFA de la CMA à Joué-lès-Tours) ne sont pas centres d'épreuves."),
    ("h", "3. Jury et résultats"),
    ("table", [0.42, 0.32, 0.26], ["Étape", "Date", "Lieu"], [
        ["Jury de délibération", "Mardi 26 juin 2029 à 9h30", "Rectorat, Orléans"],
        ["Publication des résultats", "Vendredi 29 juin 2029 à 10h00", "Site de l'académie"],
    ]),
    ("signature", ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "", "Hervé Chollet"]),
]
