"""BTS Analyses de biologie médicale (ABM), académie de Créteil, session 2027 (two tables, date in the third
column, hours « 14:00-18:00 »)."""
STEM = "circulaire_abm_2027_creteil"
FONT = "Liberation Sans"
HEAD_FILL = "E2EFD9"
EN_TETE = ["ACADÉMIE DE CRÉTEIL", "Liberté – Égalité – Fraternité", "",
           "Division des examens et concours", "Bureau DEC 5 – Brevets de technicien supérieur",
           "Dossier suivi par : Karim Benslimane", "Tél. : 01 57 02 64 18", "dec5-bts@ac-creteil.fr"]
LIEU_DATE = "Créteil, le 25 février 2027"
DESTINATAIRES = ("La rectrice de l'académie de Créteil\n"
                 "à\n"
                 "Mesdames et Messieurs les chefs d'établissement\n"
                 "(lycées publics et privés sous contrat préparant au BTS ABM)\n"
                 "Mesdames et Messieurs les directeurs de CFA")
OBJET = "Objet : Brevet de technicien supérieur Analyses de biologie médicale (ABM) – session 2027"
REFERENCES = ("Réf. : arrêté du 14 avril 2022 portant définition et fixant les conditions de délivrance du BTS "
              "Analyses de biologie médicale ; circulaire nationale d'organisation du 8 janvier 2027.")
PIED = "Rectorat de l'académie de Créteil – 4 rue Georges Enesco – 94010 Créteil Cedex"

BLOCKS = [
    ("p", "J'ai l'honneur de vous communiquer les informations relatives à l'organisation de la session 2027 du "
          "BTS Analyses de biologie médicale dans l'académie de Créteil."),
    ("h", "I. Centres d'épreuves"),
    ("p", "Les épreuves écrites ont lieu :\n"
          "– au lycée Louise Michel, 70 avenue Jean Jaurès, 93000 Bobigny, pour les candidats de la "
          "Seine-Saint-Denis et du Val-de-Marne ;\n"
          "– au lycée Léonard de Vinci, 2 bis rue Édouard Branly, 77000 Melun, pour les candidats de Seine-et-Marne."),
    ("p", "Les épreuves pratiques et orales sont organisées au lycée Jean Macé, 34 rue Camille Blanc, "
          "94400 Vitry-sur-Seine, pour l'ensemble des candidats."),
    ("h", "II. Tableau 1 – Épreuves écrites"),
    ("table", [["Code", "Épreuve", "Date", "Horaire", "Durée"],
               ["E1", "Culture générale et expression", "lundi 10 mai 2027", "14:00-18:00", "4 h"],
               ["E2", "Anglais", "mardi 11 mai 2027", "10:00-12:00", "2 h"],
               ["E3", "Mathématiques et sciences physiques et chimiques", "", "", ""],
               ["E31", "Mathématiques", "mardi 11 mai 2027", "14:00-16:00", "2 h"],
               ["E32", "Sciences physiques et chimiques", "mercredi 12 mai 2027", "08:00-10:00", "2 h"],
               ["E4", "Biologie et physiopathologie humaines", "mercredi 12 mai 2027", "13:30-17:30", "4 h"]],
     [1.4, 6.6, 3.6, 2.8, 1.6]),
    ("p", "Le jeudi 6 mai 2027 (Ascension) et le vendredi 7 mai 2027 ne comportent aucune épreuve."),
    ("p", "Réunion d'entente et de répartition des copies de l'épreuve E4 : jeudi 13 mai 2027 à 14:00, au lycée "
          "Louise Michel, Bobigny. Les correcteurs y sont convoqués."),
    ("h", "III. Tableau 2 – Épreuves pratiques et orales"),
    ("table", [["Code", "Épreuve", "Période", "Centre"],
               ["E5", "Analyses de biologie médicale (épreuve pratique, 6 h)",
                "du mardi 18 mai au vendredi 21 mai 2027", "Lycée Jean Macé, Vitry-sur-Seine"],
               ["E6", "Soutenance du rapport d'activités (oral, 40 min)",
                "du mardi 1er juin au jeudi 3 juin 2027", "Lycée Jean Macé, Vitry-sur-Seine"]],
     [1.4, 6.0, 4.6, 4.0]),
    ("p", "Le lundi 17 mai 2027, lundi de Pentecôte, est férié. Les candidats sont convoqués par demi-journée ; "
          "le planning détaillé est établi par le centre."),
    ("h", "IV. Rapport d'activités (E6) : dépôt et contrôle de conformité"),
    ("p", "Les rapports d'activités en entreprise (deux exemplaires papier et une version PDF) sont à déposer au "
          "lycée Jean Macé au plus tard le vendredi 2 avril 2027 à 12:00. Le contrôle de conformité sera effectué "
          "par la commission le jeudi 8 avril 2027 à 09:30. En cas de non-conformité, le candidat en est informé "
          "par le centre et ne peut pas être interrogé."),
    ("p", "Rappel : lors de la session 2026, plusieurs rapports étaient parvenus après la date limite, alors fixée "
          "au vendredi 3 avril 2026. Aucun délai supplémentaire ne sera accordé."),
    ("h", "V. Notes, jury et résultats"),
    ("p", "– Saisie des notes des épreuves E5 et E6 et remise des livrets scolaires : au plus tard le vendredi "
          "11 juin 2027.\n"
          "– Jury de délibération : jeudi 24 juin 2027 à 09:00, rectorat de Créteil, 4 rue Georges Enesco, Créteil.\n"
          "– Publication des résultats : vendredi 2 juillet 2027 à partir de 10:00 sur Cyclades.\n"
          "– Les relevés de notes seront expédiés aux candidats à partir du vendredi 9 juillet 2027."),
    ("sig", "Pour la rectrice et par délégation,\nLe chef de la division des examens et concours,\n\nÉtienne Morvan"),
    ("pagebreak",),
    ("h", "Annexe – Fiche de contrôle de conformité du rapport E6"),
    ("p", "Nom du candidat : ______________________   N° candidat : ____________\n"
          "Date du contrôle : ..... / ..... / 2027\n"
          "Rapport remis dans les délais :  ☐ oui   ☐ non\n"
          "Attestations de stage jointes :  ☐ oui   ☐ non\n"
          "Décision de la commission :  ☐ conforme   ☐ non conforme\n"
          "Signature du président de la commission :"),
]
PIEGES_DATES = ["2027-01-08", "2027-05-06", "2027-05-07", "2027-05-17", "2026-04-03"]
PIEGES_CENTRES = []
