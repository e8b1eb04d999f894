"""BTS Gestion de la PME, session 2028, académie de Strasbourg: centres étrangers d'Europe.
Reference hours: Paris; the centres table gives local hours (London, Dublin, Lisbon one hour earlier). Invented."""

TRAPS = ["2028-02-01", "2018-02-20", "2027-11-30", "2028-05-08", "2028-05-25", "2028-06-05", "2027-07-07"]

LONDRES = "E6 : 12 h 30 – 17 h 00 ; E1 : 8 h 00 – 12 h 00 ; E3 : 13 h 30 – 17 h 30 ; E2 : 9 h 00 – 11 h 00"
PARIS = "identiques à l'heure de Paris"

BLOCS = [
    ("entete", ["Académie de Strasbourg", "Rectorat – Division des examens et concours – DEC 2",
                "Section des BTS – centres d'examen à l'étranger (Europe)", "Dossier suivi par : Mathieu Kleinclaus",
                "Tél. : 03 88 23 37 54"]),
    ("droite", "Strasbourg, le 1er février 2028"),
    ("droite", "La rectrice de l'académie de Strasbourg à Mesdames et Messieurs les proviseurs des lycées français de "
               "Bruxelles, Luxembourg, Londres, Lisbonne et Dublin ; Mesdames et Messieurs les conseillers culturels "
               "des ambassades de France ; Monsieur le proviseur du lycée Jean-Rostand de Strasbourg"),
    ("p", "<b>Objet :</b> BTS Gestion de la PME (GPME) – session 2028 – candidats des centres étrangers d'Europe"),
    ("p", "<b>Références :</b> arrêté du 20 février 2018 modifié portant définition du BTS Gestion de la PME ; "
          "calendrier national des épreuves écrites publié au bulletin officiel du 30 novembre 2027."),
    ("h", "1. Heure de référence"),
    ("p", "Tous les horaires de la présente circulaire sont ceux de Paris (heure d'été, UTC+2). Ils s'appliquent tels "
          "quels à Bruxelles et à Luxembourg. À Londres, Dublin et Lisbonne (UTC+1), les épreuves commencent une heure "
          "plus tôt à l'horloge locale ; les horaires locaux figurent au tableau du § 2 pour l'information des centres."),
    ("h", "2. Centres d'examen"),
    ("table", ["Pays", "Centre", "Ville", "Horaires (heure locale)"], [
        ["Belgique", "Lycée français Jean-Monnet", "Bruxelles", PARIS],
        ["Luxembourg", "Lycée Vauban", "Luxembourg", PARIS],
        ["Royaume-Uni", "Lycée français Charles-de-Gaulle", "Londres", LONDRES],
        ["Irlande", "Lycée français d'Irlande", "Dublin", LONDRES],
        ["Portugal", "Lycée français Charles-Lepierre", "Lisbonne", LONDRES],
        ["France", "Lycée Jean-Rostand (correction, conformité, commissions d'oral)", "Strasbourg", "—"],
    ]),
    ("h", "3. Calendrier des épreuves écrites (heure de Paris)"),
    ("table", ["Date", "Épreuve", "Horaire"], [
        ["Mardi 16 mai 2028", "E6 – Soutenir le fonctionnement et le développement de la PME", "13 h 30 – 18 h 00"],
        ["Mercredi 17 mai 2028", "E1 – Culture générale et expression", "9 h 00 – 13 h 00"],
        ["Mercredi 17 mai 2028", "E3 – Culture économique, juridique et managériale", "14 h 30 – 18 h 30"],
        ["Jeudi 18 mai 2028", "E2 – Communication en langue vivante étrangère (écrit)", "10 h 00 – 12 h 00"],
    ]),
    ("p", "Le lundi 8 mai 2028 et le jeudi 25 mai 2028 (Ascension) sont fériés en France ; les centres étrangers "
          "appliquent en outre les jours fériés locaux, sans incidence sur le présent calendrier."),
    ("h", "4. Dossiers E4 et E5 – dépôt auprès du service culturel"),
    ("p", "Les candidats inscrits hors établissement (candidats individuels, formation à distance) déposent leurs "
          "dossiers E4 (Gérer la relation avec les clients et les fournisseurs de la PME) et E5 (Gérer le personnel et "
          "contribuer à la gestion des ressources humaines de la PME) auprès du service culturel de l'ambassade de France "
          "de leur pays de résidence, <b>au plus tard le mercredi 5 avril 2028</b>."),
    ("p", "Le service culturel transmet les dossiers au lycée Jean-Rostand de Strasbourg avant le mardi 11 avril 2028. "
          "Le contrôle de conformité des dossiers E4 et E5 se tient au lycée Jean-Rostand le <b>jeudi 13 avril 2028 à "
          "14 h 00</b>."),
    ("h", "5. Épreuves orales"),
    ("p", "E4 : du lundi 29 mai au vendredi 2 juin 2028. E5 : du mardi 6 au vendredi 9 juin 2028 (le lundi 5 juin "
          "2028, lundi de Pentecôte, est férié). Les oraux ont lieu dans chaque centre, par visioconférence avec des "
          "commissions siégeant au lycée Jean-Rostand ; les heures de convocation sont données en heure locale."),
    ("h", "6. Copies"),
    ("p", "Les copies sont remises le jour même au service culturel, qui les achemine par valise diplomatique vers le "
          "lycée Jean-Rostand, centre de correction. À titre indicatif, le départ de la valise est prévu le vendredi "
          "19 mai 2028 ; le calendrier des valises propre à chaque poste prévaut."),
    ("h", "7. Jury et résultats"),
    ("p", "Le jury de délibération se réunit le mardi 4 juillet 2028 à 14 h 00 au rectorat de Strasbourg. Les résultats "
          "seront publiés le jeudi 6 juillet 2028 à partir de 10 h 00 (heure de Paris). Pour mémoire, les résultats de la "
          "session 2027 avaient été publiés le mercredi 7 juillet 2027."),
    ("sig", ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours",
             "Thierry Oberlé-Vasseur"]),
]
