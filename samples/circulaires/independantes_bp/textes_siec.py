"""SIEC (Arcueil) - BTS Support à l'action managériale, session 2027. All invented."""

EN_TETE = [
    "RÉGION ACADÉMIQUE ÎLE-DE-FRANCE",
    "Liberté · Égalité · Fraternité",
    "Service interacadémique des examens et concours",
    "Division des examens de l'enseignement supérieur — Bureau DEC 4 (BTS tertiaires)",
]
PIED = "SIEC — Maison des examens — 7 rue Ernest Renan — 94110 Arcueil — www.siec.education.fr"

BLOCS = [
    ("right", "Arcueil, le mercredi 13 janvier 2027"),
    ("p", "Affaire suivie par : Nadège Ferrand-Lopez\nBureau DEC 4 — tél. 01 49 12 23 87\nce.dec4-bts@siec.education.fr"),
    ("indent", "Le directeur du SIEC\n\nà\n\nMesdames et Messieurs les chefs d'établissement\ndes lycées publics et privés préparant au BTS SAM\ndes académies de Créteil, de Paris et de Versailles\n\ns/c de Mesdames et Messieurs les IA-IPR d'économie et gestion"),
    ("bold", "Objet : BTS Support à l'action managériale (SAM) — session 2027 — organisation des épreuves pour les académies de Créteil-Paris-Versailles"),
    ("p", "Référence : circulaire nationale d'organisation du 7 décembre 2026 (académie pilote : Nancy-Metz)."),
    ("p", "Le SIEC organise, pour le compte des trois recteurs d'Île-de-France, l'ensemble des épreuves du BTS SAM de la "
          "session 2027. La présente note précise le calendrier applicable aux candidats scolaires, apprentis, de la formation "
          "continue et individuels inscrits dans les académies de Créteil, de Paris et de Versailles ; elle se substitue aux "
          "consignes que vous auriez pu recevoir de votre rectorat de rattachement."),
    ("h", "1. Épreuves écrites ponctuelles"),
    ("p", "Les épreuves écrites se dérouleront dans les centres d'écrit désignés ci-dessous, selon le calendrier suivant :"),
    ("table", [
        ["Épreuve", "Unité", "Intitulé", "Date", "Horaires"],
        ["E3", "U3", "Culture économique, juridique et managériale", "mardi 11 mai 2027", "14 h 00 – 18 h 00"],
        ["E1", "U1", "Culture générale et expression", "mercredi 12 mai 2027", "9 h 00 – 13 h 00"],
        ["E21", "U21", "Langue vivante étrangère A — écrit", "mercredi 12 mai 2027", "14 h 30 – 16 h 30"],
        ["E6", "U6", "Collaboration à la gestion des ressources humaines", "jeudi 13 mai 2027", "9 h 00 – 13 h 00"],
    ], [1.5, 1.4, 6.2, 3.6, 3.3]),
    ("p", "L'épreuve E2 (U2) « Expression et culture en langues vivantes étrangères » comporte deux sous-épreuves : l'écrit E21 "
          "ci-dessus et l'oral E22 (U22) décrit au point 2."),
    ("p", "Centres d'écrit :\n"
          "— académie de Paris : lycée Jules Siegfried, 12 rue d'Abbeville, 75010 Paris ;\n"
          "— académie de Créteil : lycée Gutenberg, 16 rue de Saussure, 94000 Créteil, et lycée Louise Michel, 70 avenue Jean Jaurès, 93000 Bobigny ;\n"
          "— académie de Versailles : lycée Jules Ferry, 29 rue du Maréchal Joffre, 78000 Versailles, et lycée Camille Pissarro, 1 rue Henri Matisse, 95300 Pontoise."),
    ("p", "Le jeudi 6 mai 2027 (Ascension) et le vendredi 7 mai 2027 sont libérés ; le lundi 17 mai 2027 (lundi de Pentecôte) "
          "n'est retenu pour aucune épreuve. Les vacances de printemps de la zone C s'étendent du samedi 17 avril au lundi 3 mai 2027 : "
          "aucune convocation n'est fixée pendant cette période."),
    ("h", "2. Épreuves orales"),
    ("p", "E22 (U22) — oral de langue vivante A : du mardi 25 mai au vendredi 28 mai 2027, dans les centres d'écrit.\n"
          "E4 (U4) — Optimisation des processus administratifs : du lundi 31 mai au vendredi 4 juin 2027.\n"
          "E5 (U5) — Gestion de projet : du lundi 7 juin au vendredi 11 juin 2027.\n"
          "Les oraux E4 et E5 des candidats ponctuels se tiennent au lycée Jules Siegfried (Paris), au lycée Gutenberg (Créteil) "
          "et au lycée Jules Ferry (Versailles)."),
    ("p", "Une réunion d'entente des correcteurs de l'épreuve E6 (U6) aura lieu le jeudi 27 mai 2027 à 14 h 00 au lycée Jules Siegfried."),
    ("h", "3. Dossiers des épreuves E4 et E5 — contrôle de conformité"),
    ("p", "Les établissements transmettent au bureau DEC 4 la liste des professeurs proposés comme examinateurs des épreuves E4 et E5 "
          "avant le vendredi 12 mars 2027."),
    ("p", "Les dossiers support des épreuves E4 (U4) et E5 (U5) sont déposés par les candidats dans leur centre d'oral "
          "au plus tard le vendredi 2 avril 2027 à 16 h 00. Le contrôle de conformité des dossiers E4 et E5 sera réalisé le "
          "mardi 13 avril 2027 à 9 h 00 dans chaque centre d'oral. Les convocations seront mises en ligne à partir du lundi 19 avril 2027."),
    ("h", "4. Notes, jury et résultats"),
    ("p", "Les notes des unités évaluées en CCF sont saisies dans Cyclades au plus tard le vendredi 4 juin 2027. "
          "Le jury de délibération, commun aux trois académies, se réunira le jeudi 1er juillet 2027 à 9 h 30 au SIEC, à Arcueil. "
          "Les résultats seront publiés le vendredi 2 juillet 2027 à 14 h 00."),
    ("p", "Je vous remercie de bien vouloir assurer la diffusion de la présente note auprès des équipes pédagogiques et des candidats."),
    ("sig", "Pour les recteurs des académies de Créteil, de Paris et de Versailles,\net par délégation,\nle directeur du SIEC,\n\nBertrand Moissac-Léger"),
    ("small", "Copie : rectorat de Paris (DAFPIC), rectorat de Créteil (DAFCO), rectorat de Versailles (DAFPA)."),
]

# dates cited that are NOT events of the session (must not be in the gold)
PIEGES = ["2027-01-13", "2026-12-07", "2027-05-06", "2027-05-07", "2027-05-17", "2027-04-17", "2027-05-03"]
