"""BTS MGTMN, académie de Clermont-Ferrand, session 2027 (texte inventé)."""
STEM = "circulaire_mgtmn_2027_clermont-ferrand"
PIED = "Rectorat de l'académie de Clermont-Ferrand – 3, avenue Vercingétorix – 63033 Clermont-Ferrand Cedex 1"
TRAPS = ["2027-05-06", "2027-05-17", "2027-04-17", "2027-05-03", "2026-10-09", "2019-07-08", "2026-12-17"]

BLOCS = [
    ("entete", ["ACADÉMIE DE CLERMONT-FERRAND", "Liberté – Égalité – Fraternité", "",
                "Rectorat", "Division des examens et concours", "Pôle examens de l'enseignement supérieur", "",
                "Affaire suivie par : Agnès Chambon", "Tél. : 04 73 99 34 21", "Mél : dec-bts@ac-clermont.fr",
                "3, avenue Vercingétorix", "63033 Clermont-Ferrand Cedex 1"]),
    ("lieu_date", "Clermont-Ferrand, le 2 février 2027"),
    ("dest", ["Le recteur de l'académie de Clermont-Ferrand", "", "à", "",
              "Mesdames et Messieurs les proviseurs",
              "Mesdames et Messieurs les chefs de centre d'examen"]),
    ("objet", "BTS Métiers du géomètre-topographe et de la modélisation numérique (MGTMN) – Session 2027"),
    ("refs", ["Arrêté du 8 juillet 2019 portant définition et fixant les conditions de délivrance du BTS MGTMN ;",
              "Circulaire nationale d'organisation de la session 2027 du 17 décembre 2026."]),
    ("pj", "Bordereau d'envoi des dossiers"),
    ("p", "Vous trouverez ci-après les modalités d'organisation de la session 2027 du BTS Métiers du "
          "géomètre-topographe et de la modélisation numérique. Comme convenu lors de la réunion bilan de la "
          "session 2026 du vendredi 9 octobre 2026, l'ensemble des épreuves pratiques et orales est regroupé au "
          "lycée Roger Claustres."),
    ("h", "1. Épreuves écrites"),
    ("table", ["Unité", "Épreuve", "Date", "Horaires"], [
        ["U1", "Culture générale et expression", "lundi 10 mai 2027", "14h00-18h00"],
        ["U2", "Anglais", "mardi 11 mai 2027", "10h00-12h00"],
        ["U3", "Mathématiques", "mardi 11 mai 2027", "14h00-17h00"],
        ["U41", "Topométrie et traitement des données", "mercredi 12 mai 2027", "8h00-12h00"],
        ["U42", "Foncier, urbanisme et droit de la propriété", "vendredi 14 mai 2027", "8h30-11h30"],
    ], [1.6, 7.4, 4.2, 3.0]),
    ("p", "Aucune épreuve n'aura lieu le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (Pentecôte). Les "
          "vacances de printemps se déroulent du samedi 17 avril au lundi 3 mai 2027."),
    ("h", "2. Dossiers – contrôle de conformité"),
    ("p", "Les rapports d'activités en entreprise (U52) et les dossiers de projet de modélisation numérique (U6) "
          "doivent parvenir au lycée Roger Claustres au plus tard le mercredi 7 avril 2027 à 16h00, accompagnés du "
          "bordereau joint."),
    ("p", "Le contrôle de conformité des dossiers se déroulera le mardi 13 avril 2027 à 9h00 au lycée Roger "
          "Claustres. Les établissements seront avisés des dossiers non conformes."),
    ("h", "3. Épreuves pratiques et orales"),
    ("table", ["Unité", "Épreuve", "Dates", "Lieu"], [
        ["U51", "Levés et implantations sur le terrain (pratique)", "du mardi 18 au vendredi 21 mai 2027",
         "Lycée Roger Claustres"],
        ["U6", "Projet de modélisation numérique (oral)", "jeudi 27 et vendredi 28 mai 2027", "Lycée Roger Claustres"],
        ["U52", "Rapport d'activités en entreprise (oral)", "du mardi 1er au jeudi 3 juin 2027",
         "Lycée Roger Claustres"],
    ], [1.6, 6.6, 4.8, 3.2]),
    ("p", "Les notes des unités U51, U52 et U6 sont saisies par le centre au plus tard le lundi 7 juin 2027 à 12h00."),
    ("h", "4. Correction"),
    ("p", "La réunion d'entente des correcteurs de l'unité U41 aura lieu le mercredi 19 mai 2027 à 13h30 au lycée "
          "Roger Claustres ; les copies y seront remises aux correcteurs."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le vendredi 25 juin 2027 à 9h00 au rectorat de Clermont-Ferrand. Les "
          "résultats seront publiés le mercredi 30 juin 2027 à 14h00."),
    ("h", "6. Centres d'examen"),
    ("table", ["Centre", "Adresse", "Candidats"], [
        ["Lycée Roger Claustres", "22, rue Jean-Baptiste Torrilhon – 63000 Clermont-Ferrand",
         "Écrits (Puy-de-Dôme, Cantal) ; épreuves pratiques et orales"],
        ["Lycée Paul Constans", "2, rue Christophe Thivrier – 03100 Montluçon", "Écrits (Allier)"],
        ["Lycée Charles et Adrien Dupuy", "2, avenue Baptiste Marcet – 43000 Le Puy-en-Velay", "Écrits (Haute-Loire)"],
    ], [4.6, 6.4, 5.2]),
    ("sig", ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,", "",
             "Isabelle Fournioux"]),
    ("saut",),
    ("h", "BORDEREAU D'ENVOI DES DOSSIERS U52 ET U6 – BTS MGTMN – SESSION 2027"),
    ("p", "Établissement : ……………………………………………………………"),
    ("table", ["Nom du candidat", "N° candidat", "Rapport U52", "Dossier U6"], [["", "", "", ""], ["", "", "", ""],
                                                                              ["", "", "", ""]], [5.6, 3.6, 3.5, 3.5]),
    ("p", "Date d'envoi : ___/___/2027        Signature du chef d'établissement :"),
]
