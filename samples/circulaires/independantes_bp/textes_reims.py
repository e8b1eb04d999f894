"""Région académique Grand Est letterhead, letter signed for the académie de Reims - BTS NDRC, session 2029. All invented."""

EN_TETE = [
    "RÉGION ACADÉMIQUE GRAND EST",
    "Liberté  Égalité  Fraternité",
    "Direction des examens et concours — DEC",
    "Pôle des examens post-baccalauréat",
]
PIED = "Division des examens et concours — 1 rue Navier — 51082 Reims cedex — dec-bts@ac-reims.fr"

BLOCS = [
    ("right", "Reims, le 16 janvier 2029"),
    ("p", "Réf. : DEC/PEPB/2029-014\nAffaire suivie par : Sandrine Waltz\nTél. : 03 26 05 69 31"),
    ("indent", "à\n\nMesdames et Messieurs les chefs d'établissement\nformant au BTS Négociation et digitalisation\nde la relation client"),
    ("bold", "Objet : BTS NDRC — session 2029 — organisation des épreuves"),
    ("p", "Références : arrêté du recteur de la région académique Grand Est du 3 décembre 2028 fixant le calendrier régional des "
          "examens ; note régionale du 12 novembre 2028 relative aux frais de déplacement des examinateurs."),
    ("p", "Le calendrier régional arrêté à Strasbourg par le recteur de région académique laisse à chaque académie l'organisation "
          "matérielle des épreuves. Les candidats inscrits dans les académies de Nancy-Metz et de Strasbourg relèvent des "
          "circulaires de leur propre académie ; la présente circulaire ne concerne que les candidats inscrits dans les "
          "établissements de la Marne, de l'Aube, des Ardennes et de la Haute-Marne."),
    ("h", "1. Épreuves écrites"),
    ("table", [
        ["Date", "Épreuve", "Horaires"],
        ["Lundi 14 mai 2029", "E3 — Culture économique, juridique et managériale", "14 h – 18 h"],
        ["Mardi 15 mai 2029", "E1 — Culture générale et expression", "9 h – 13 h"],
        ["Mercredi 16 mai 2029", "E51 — Relation client à distance et digitalisation (écrit)", "9 h 30 – 12 h 30"],
    ], [4.0, 9.0, 3.5]),
    ("p", "Les copies sont numérisées au centre de numérisation du rectorat, à Reims, le jeudi 17 mai 2029. Le jeudi 10 mai 2029 "
          "(Ascension) et le lundi 21 mai 2029 (Pentecôte) sont fériés."),
    ("p", "Centres d'écrit : lycée Jean Jaurès (Reims) ; lycée Pierre Bayen (Châlons-en-Champagne) ; "
          "lycée Chrestien de Troyes (Troyes) ; lycée Monge (Charleville-Mézières)."),
    ("h", "2. Épreuves orales et pratiques"),
    ("p", "E2 — Communication en langue vivante étrangère (candidats ponctuels) : du mardi 22 au jeudi 24 mai 2029.\n"
          "E52 — Relation client à distance et digitalisation (épreuve pratique) : du lundi 28 au mercredi 30 mai 2029.\n"
          "E4 — Relation client et négociation-vente, et E6 — Relation client et animation de réseaux : du lundi 4 juin au "
          "vendredi 15 juin 2029.\n"
          "L'épreuve E5 comporte la partie écrite E51 et la partie pratique E52. Les oraux ont lieu aux lycées Jean Jaurès (Reims) "
          "et Chrestien de Troyes (Troyes)."),
    ("h", "3. Dossiers E4 et E6"),
    ("p", "Les candidats ponctuels déposent leurs dossiers E4 et E6 au centre d'oral au plus tard le vendredi 13 avril 2029 à 12 h 00. "
          "Le contrôle de conformité des dossiers aura lieu le jeudi 26 avril 2029 à 14 h 00. "
          "Les notes de CCF sont saisies dans Cyclades avant le vendredi 1er juin 2029."),
    ("h", "4. Jury et résultats"),
    ("p", "Le jury de délibération se tiendra le mercredi 27 juin 2029 à 10 h 00 au lycée Jean Jaurès, Reims. "
          "Les résultats seront publiés le jeudi 28 juin 2029 à 17 h 00 ; les relevés de notes pourront être retirés à partir "
          "du lundi 2 juillet 2029."),
    ("sig", "Pour le recteur de l'académie de Reims\net par délégation,\nla cheffe de la division des examens et concours,\n\nMarion Kieffer-Aubry"),
]

PIEGES = ["2029-01-16", "2028-12-03", "2028-11-12", "2029-05-10", "2029-05-21"]
