"""BTS Notariat, académie de Corse, session 2030 (one table for written épreuves, date in the first column,
« de 8 h 30 à 12 h 30 »; the oral and the dossier in prose)."""
STEM = "circulaire_notariat_2030_corse"
FONT = "Liberation Sans"
HEAD_FILL = "DEEAF6"
EN_TETE = ["ACADÉMIE DE CORSE", "Liberté – Égalité – Fraternité", "",
           "Rectorat", "Division des examens et concours (DEC)", "Bureau des examens de l'enseignement supérieur",
           "Affaire suivie par : Marie-Dominique Santoni", "Tél. : 04 95 50 33 61", "dec-bts@ac-corse.fr"]
LIEU_DATE = "Ajaccio, le 4 mars 2030"
DESTINATAIRES = ("Le recteur de l'académie de Corse\n"
                 "à\n"
                 "Madame la proviseure du lycée Laetitia Bonaparte, Ajaccio\n"
                 "Monsieur le proviseur du lycée Giocante de Casabianca, Bastia\n"
                 "Mesdames et Messieurs les responsables des organismes de formation")
OBJET = "Objet : BTS Notariat – session 2030"
REFERENCES = ("Références : circulaire nationale d'organisation du 10 janvier 2030 ; circulaire académique de la "
              "session 2029 du 6 mars 2029, dont la présente annule les dispositions.")
PIED = "Rectorat de l'académie de Corse – Boulevard Pascal Rossini – BP 808 – 20192 Ajaccio Cedex 4"

BLOCKS = [
    ("p", "J'ai l'honneur de vous adresser les instructions relatives à l'organisation du BTS Notariat pour la "
          "session 2030. Les candidats de l'académie composent dans deux centres : le lycée Laetitia Bonaparte, "
          "3 avenue Napoléon III, 20000 Ajaccio (Corse-du-Sud) et le lycée Giocante de Casabianca, avenue Jean "
          "Zuccarelli, 20200 Bastia (Haute-Corse)."),
    ("p", "Les convocations seront disponibles sur Cyclades à partir du vendredi 22 mars 2030."),
    ("h", "I – Épreuves écrites"),
    ("table", [["Date", "Épreuve", "Horaires"],
               ["lundi 13 mai 2030", "E1 – Culture générale et expression", "de 14 h à 18 h"],
               ["mardi 14 mai 2030", "E4 – Droit général et droit notarial", "de 8 h 30 à 12 h 30"],
               ["mardi 14 mai 2030", "E2 – Langue vivante étrangère (anglais)", "de 14 h à 16 h"],
               ["mercredi 15 mai 2030", "E5 – Techniques notariales", "de 9 h à 13 h"],
               ["jeudi 16 mai 2030", "E3 – Environnement économique et managérial du notariat", "de 14 h à 17 h"]],
     [4.0, 8.4, 3.8]),
    ("p", "Le mercredi 8 mai 2030 est férié. La réunion d'entente des correcteurs de l'épreuve E5 se tiendra en "
          "visioconférence le vendredi 17 mai 2030 à 10 h."),
    ("h", "II – Épreuve orale E6 « Conduite et présentation d'activités professionnelles »"),
    ("p", "Le dossier professionnel est déposé au plus tard le vendredi 5 avril 2030 à 12 h au lycée Laetitia "
          "Bonaparte (candidats de Corse-du-Sud) ou au lycée Giocante de Casabianca (candidats de Haute-Corse). "
          "Le contrôle de conformité aura lieu le jeudi 11 avril 2030 à 14 h au lycée Laetitia Bonaparte."),
    ("p", "Les interrogations se dérouleront du lundi 3 juin au vendredi 7 juin 2030 au lycée Laetitia Bonaparte, "
          "Ajaccio, pour l'ensemble des candidats. L'Ascension tombe le jeudi 30 mai 2030 ; le lundi 10 juin 2030 "
          "(Pentecôte) est férié."),
    ("h", "III – Notes, jury et résultats"),
    ("p", "Les notes de contrôle en cours de formation et les livrets scolaires seront transmis au rectorat au plus "
          "tard le vendredi 14 juin 2030. Le jury de délibération se réunira le mardi 25 juin 2030 à 9 h au "
          "rectorat de Corse, Ajaccio. Les résultats seront publiés le jeudi 27 juin 2030 à 15 h."),
    ("sig", "Pour le recteur et par délégation,\nLa cheffe de la division des examens et concours,\n\nAnne-Marie Luciani"),
]
PIEGES_DATES = ["2030-01-10", "2029-03-06", "2030-05-08", "2030-05-30", "2030-06-10"]
PIEGES_CENTRES = []
