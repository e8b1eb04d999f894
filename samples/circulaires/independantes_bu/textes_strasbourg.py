"""Académie de Strasbourg — BTS Gestion de la PME (GPME) — session 2029. Named ranges in « Paramètres »,
centres looked up by VLOOKUP, a Statut column whose « Annulé » rows are greyed by conditional formatting,
a hidden sheet with the 2028 calendar and a very hidden list sheet."""

FICHIER = "calendrier_BTS_GPME_2029"
TITRE = ["Académie de Strasbourg – Rectorat – DEC 2 – examens de l'enseignement supérieur",
         "BTS Gestion de la PME (GPME) – session 2029 – calendrier académique"]
VERSION_LABEL = "Édition du :"
PARAMETRES = [
    ("VERSION", "Édition du calendrier", "=DATE(2029,2,5)"),
    ("DATE_DEPOT", "Date limite de dépôt des dossiers E4 et E5", "=DATE(2029,4,6)"),
    ("DEBUT_ECRITS", "Premier jour des épreuves écrites", "=DATE(2029,5,14)"),
    ("DATE_JURY", "Jury de délibération", "=DATE(2029,6,27)"),
]
# code centre, nom, ville (plage nommée CENTRES)
CENTRES = [
    ("ROS", "Lycée Jean Rostand", "Strasbourg"),
    ("SCH", "Lycée Albert Schweitzer", "Mulhouse"),
    ("CSE", "Lycée Camille Sée", "Colmar"),
    ("COU", "Lycée Louis Couffignal", "Strasbourg"),
    ("REC", "Rectorat – bureau DEC 2", "Strasbourg"),
]
ENTETE = ["Épreuve", "Intitulé / étape", "Date (début)", "Date (fin)", "Heure début", "Heure fin", "Code centre",
          "Centre", "Statut", "Observations"]
CHAMPS = ["code", "lib", "d", "f", "hd", "hf", "cc", "centre", "statut", "obs"]
CENTRE_F = '=VLOOKUP(G{r},CENTRES,2,FALSE)&", "&VLOOKUP(G{r},CENTRES,3,FALSE)'
LIGNES = [
    dict(code="", lib="Réunion d'information des candidats individuels", d="2029-03-07", hd="14:00", cc="COU",
         statut="Annulé", obs="remplacée par une notice en ligne"),
    dict(code="E4", lib="Dépôt des dossiers E4 (relation clients et fournisseurs)", d="=DATE_DEPOT", hd="17:00", cc="REC",
         statut="Maintenu", obs="dépôt sur la plateforme académique avant 17 h"),
    dict(code="E5", lib="Dépôt des dossiers E5 (gestion des risques)", d="=DATE_DEPOT", hd="17:00", cc="REC",
         statut="Maintenu", obs="idem E4"),
    dict(code="E4 / E5", lib="Commission de contrôle de conformité des dossiers E4 et E5", d="=DATE_DEPOT+6", hd="09:00",
         cc="REC", statut="Maintenu"),
    dict(code="E1", lib="Culture générale et expression", d="=DEBUT_ECRITS", hd="14:00", hf="18:00", cc="ROS", statut="Maintenu"),
    dict(code="E3", lib="Culture économique, juridique et managériale", d="=DEBUT_ECRITS+1", hd="14:00", hf="18:00",
         cc="ROS", statut="Maintenu"),
    dict(code="E6", lib="Soutenir le fonctionnement et le développement de la PME", d="=DEBUT_ECRITS+2", hd="09:00",
         hf="13:30", cc="ROS", statut="Maintenu"),
    dict(code="E4", lib="Gérer la relation avec les clients et les fournisseurs de la PME (oral ponctuel)", d="2029-05-22",
         f="2029-05-25", cc="SCH", statut="Maintenu"),
    dict(code="E5", lib="Gérer les risques de la PME (oral ponctuel) – première planification", d="2029-05-22",
         f="2029-05-25", cc="SCH", statut="Annulé", obs="voir ligne suivante"),
    dict(code="E5", lib="Gérer les risques de la PME (oral ponctuel)", d="2029-05-28", f="2029-06-01", cc="SCH",
         statut="Reporté", obs="nouvelle période validée le 5 février"),
    dict(code="E2", lib="Langue vivante étrangère (oral)", d="2029-06-04", f="2029-06-06", cc="CSE", statut="Maintenu"),
    dict(code="", lib="Jury de délibération", d="=DATE_JURY", hd="09:30", cc="REC", statut="Maintenu",
         note="Date à confirmer : en attente de la disponibilité du président de jury."),
    dict(code="", lib="Publication des résultats", d="=DATE_JURY+2", hd="10:00", cc="REC", statut="Maintenu",
         obs="sur le site de l'académie"),
]
STATUTS = ["Maintenu", "Reporté", "Annulé"]
ANCIEN_NOM = "Session 2028"
ANCIEN = [
    ("E1", "Culture générale et expression", "2028-05-15", "14:00", "Lycée Marc Bloch, Bischheim"),
    ("E3", "Culture économique, juridique et managériale", "2028-05-16", "14:00", "Lycée Marc Bloch, Bischheim"),
    ("E6", "Soutenir le fonctionnement et le développement de la PME", "2028-05-17", "09:00", "Lycée Marc Bloch, Bischheim"),
    ("", "Jury de délibération", "2028-06-28", "09:30", "Rectorat, Strasbourg"),
]
LEGENDE = "Les lignes au statut « Annulé » sont grisées automatiquement (mise en forme conditionnelle) et conservées pour mémoire."
