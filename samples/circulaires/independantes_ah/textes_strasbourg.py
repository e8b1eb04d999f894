"""Circulaire fictive sous forme de questions-réponses — Académie de Strasbourg, BTS Commerce international, session 2028.
Les dates du corps du texte ne portent pas l'année (« le mardi 16 mai prochain ») : seule le titre la donne."""

TITRE = "BTS Commerce international – session 2028"
SOUS_TITRE = "Organisation de l'examen : questions et réponses à l'usage des établissements"
EMETTEUR = "Académie de Strasbourg – Division des examens et concours – Bureau des BTS (DEC 5)"
LIEU_DATE = "Strasbourg, le 19 janvier 2028"
CHAPO = ("Cette note remplace la circulaire habituelle. Elle reprend, sous forme de questions, les points "
         "d'organisation propres à l'académie. Elle est prise en application du décret n° 95-665 du 9 mai 1995 "
         "portant règlement général du brevet de technicien supérieur.")

ECRITS_Q = "1. Quand ont lieu les épreuves écrites ?"
ECRITS_R = "Les écrits se déroulent sur quatre jours consécutifs, à partir du lundi 15 mai prochain :"
ECRITS = [  # jour, épreuve, horaire (heure de Strasbourg)
    ("lundi 15 mai", "E2 – A : langue vivante étrangère A, écrit", "10h-12h"),
    ("mardi 16 mai", "E1 : culture générale et expression", "14h-18h"),
    ("mercredi 17 mai", "E3 : culture économique, juridique et managériale", "14h-18h"),
    ("jeudi 18 mai", "E5 : mise en œuvre des opérations internationales", "13:30 – 16:30"),
]
ECRITS_APRES = "Aucun retard supérieur à une heure n'est admis ; l'accès à la salle est refusé ensuite."

ORAUX_Q = "2. Et les épreuves orales ?"
ORAUX_R = [
    "Les oraux de l'épreuve E4 (études et veille des marchés étrangers) se dérouleront du mardi 30 mai au "
    "vendredi 2 juin, du mardi 6 au jeudi 8 juin et du lundi 12 au mercredi 14 juin, le lundi 5 juin "
    "(lundi de Pentecôte) étant férié.",
    "L'épreuve E6 (développement commercial international) est organisée du lundi 19 au vendredi 23 juin.",
    "L'oral de langue vivante B (E2 – B) a lieu du lundi 22 au mercredi 24 mai ; le jeudi 25 mai "
    "(Ascension) est férié.",
]

FACULT_Q = "3. Un candidat peut-il présenter une épreuve facultative ?"
FACULT_R = ("Oui. L'épreuve facultative de langue vivante (EF1) est fixée au mercredi 7 juin, au lycée "
            "Jean Rostand. L'inscription ne peut plus être modifiée après la clôture des registres.")

DOSSIERS_Q = "4. Quand transmettre les dossiers des épreuves E4 et E6 ?"
DOSSIERS_R = ("Les dossiers sont à transmettre au plus tard le vendredi 7 avril à 12 h au centre où le candidat "
              "passera son oral. Passé ce délai, le candidat ne pourra pas être interrogé.")

CONFORMITE_Q = "5. Y a-t-il un contrôle de conformité des dossiers ?"
CONFORMITE_R = ("Oui : la commission de contrôle de conformité se réunira le mardi 18 avril à 14 h. Les "
                "établissements seront informés des dossiers non conformes dans les deux jours.")

ENTENTE_Q = "6. Les examinateurs se réunissent-ils ?"
ENTENTE_R = ("Une réunion d'entente des examinateurs d'E6 est prévue le vendredi 16 juin à 9 h 30 au lycée "
             "Louis Couffignal.")

CENTRES_Q = "7. Où se déroulent les oraux ?"
CENTRES = [
    ("E4 et EF1", "Lycée Jean Rostand", ["18 boulevard de la Victoire", "67084 Strasbourg Cedex"]),
    ("E6", "Lycée Louis Couffignal", ["11 route de la Fédération", "BP 40067", "67025 Strasbourg Cedex"]),
    ("E2 – B", "Lycée Robert Schuman", ["2 quai des Pêcheurs", "67504 Haguenau Cedex"]),
]
CENTRES_NOTE = ("Les candidats formés au CFA de la CCI Alsace Eurométropole ou au lycée Marguerite Yourcenar "
                "d'Erstein sont répartis entre ces centres ; ces établissements de formation ne sont pas centres "
                "d'épreuves.")

JURY_Q = "8. Quand les résultats seront-ils connus ?"
JURY_R = ("Le jury de délibération se réunira le jeudi 29 juin à 14 h au rectorat (bureau DEC 5, 6 rue de la "
          "Toussaint, Strasbourg). Les résultats seront publiés le vendredi 30 juin à 10 h sur le site de "
          "l'académie.")

CONTACT = "Contact : dec5-bts@ac-strasbourg.fr – 03 88 23 XX XX"
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,", "Thierry KLEINMANN"]
