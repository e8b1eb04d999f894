"""BTS Communication, session 2029, académie de Montpellier, relayed by the cultural service of the French embassy in
Lebanon. Reference hours: Beirut (Paris in brackets). Invented content."""

TRAPS = ["2029-02-12", "2029-01-22", "2029-03-25", "2029-05-01", "2029-05-25"]

BLOCS = [
    ("entete", ["Ambassade de France au Liban", "Service de coopération et d'action culturelle",
                "Bureau des examens et concours français", "Espace Campus France – rue de Damas – Beyrouth"]),
    ("droite", "Beyrouth, le 12 février 2029"),
    ("titre", "Note d'information n° 2029-07 aux candidats et aux établissements"),
    ("p", "<b>Objet :</b> BTS Communication – session 2029 – calendrier et modalités pour les candidats composant au "
          "Liban (académie de rattachement : Montpellier)"),
    ("p", "La présente note reprend, pour les candidats du Liban, la circulaire d'organisation de l'académie de "
          "Montpellier du 22 janvier 2029, à laquelle elle ne se substitue pas."),
    ("encadre", "Important : sauf mention contraire, tous les horaires de cette note sont exprimés en heure de Beyrouth "
                "(UTC+3 à partir du dimanche 25 mars 2029). L'heure de Paris est indiquée entre parenthèses, pour "
                "information."),
    ("h", "1. Centres d'examen au Liban"),
    ("table", ["Pays", "Centre", "Ville", "Épreuves", "Horaires"], [
        ["Liban", "Grand Lycée franco-libanais", "Beyrouth", "écrits (Beyrouth, Mont-Liban, Sud)", "heure de Beyrouth"],
        ["Liban", "Lycée Alphonse-de-Lamartine", "Tripoli", "écrits (Liban-Nord, Akkar)", "heure de Beyrouth"],
        ["Liban", "Lycée Abdel-Kader", "Beyrouth", "oraux E4 et E6 (tous les candidats)", "heure de Beyrouth"],
    ]),
    ("p", "Les candidats se présentent au centre 45 minutes avant le début de chaque épreuve, munis de leur convocation "
          "et d'une pièce d'identité."),
    ("h", "2. Épreuves écrites"),
    ("table", ["Date", "Épreuve", "Heure de Beyrouth", "(heure de Paris)"], [
        ["Lundi 14 mai 2029", "E5 – Veille opérationnelle", "10 h 00 – 14 h 00", "(9 h 00 – 13 h 00)"],
        ["Mardi 15 mai 2029", "E1 – Culture générale et expression", "15 h 00 – 19 h 00", "(14 h 00 – 18 h 00)"],
        ["Mercredi 16 mai 2029", "E2 – Langue vivante étrangère A : anglais (écrit)", "10 h 00 – 12 h 00", "(9 h 00 – 11 h 00)"],
        ["Mercredi 16 mai 2029", "E3 – Culture économique, juridique et managériale", "15 h 00 – 19 h 00", "(14 h 00 – 18 h 00)"],
    ]),
    ("p", "Le mardi 1er mai 2029 et le vendredi 25 mai 2029 (fête de la Résistance et de la Libération) sont fériés au "
          "Liban : le service culturel est fermé ces jours-là."),
    ("h", "3. Dossiers E4 et E6 des candidats individuels"),
    ("p", "Les candidats individuels déposent leurs dossiers E4 (Conseil et relation annonceur) et E6 (Projet de "
          "communication) à l'Espace Campus France du service culturel de l'ambassade, rue de Damas, Beyrouth, "
          "<b>au plus tard le jeudi 29 mars 2029 à 13 h 00</b>. Aucun envoi postal n'est accepté."),
    ("p", "Les dossiers sont acheminés vers l'académie de Montpellier par la valise diplomatique du mardi 3 avril 2029. "
          "Le contrôle de conformité est effectué au rectorat de Montpellier le mardi 17 avril 2029 ; les candidats dont "
          "le dossier serait déclaré non conforme en seront informés par courriel."),
    ("h", "4. Acheminement des copies"),
    ("p", "À l'issue de chaque épreuve, les copies sont placées sous pli scellé et remises au service culturel par le "
          "chef de centre. La dernière valise diplomatique de la session, qui emporte l'ensemble des copies vers "
          "Montpellier, part de Beyrouth le vendredi 18 mai 2029."),
    ("h", "5. Épreuves orales"),
    ("table", ["Épreuve", "Période", "Lieu"], [
        ["E4 – Conseil et relation annonceur", "du lundi 28 au jeudi 31 mai 2029", "Lycée Abdel-Kader, Beyrouth"],
        ["E6 – Projet de communication", "du lundi 4 au vendredi 8 juin 2029", "Lycée Abdel-Kader, Beyrouth"],
    ]),
    ("p", "Les commissions de l'académie de Montpellier interrogent en visioconférence ; l'heure de passage figurant "
          "sur la convocation est l'heure de Beyrouth."),
    ("h", "6. Jury et résultats"),
    ("p", "Le jury de délibération se réunit au rectorat de Montpellier le jeudi 5 juillet 2029 à 9 h 00 (heure de "
          "Paris). Les résultats seront mis en ligne le vendredi 6 juillet 2029 à 10 h 00 heure de Paris, soit 11 h 00 "
          "à Beyrouth."),
    ("sig", ["Pour le conseiller de coopération et d'action culturelle,", "le responsable du bureau des examens",
             "Karim Haddad-Rossignol"]),
]
