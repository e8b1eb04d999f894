# -*- coding: utf-8 -*-
"""Texte de l'arrêté vice-rectoral fictif : BTS Tourisme, session 2026, Nouvelle-Calédonie (calendrier austral)."""

EN_TETE = ["VICE-RECTORAT DE LA NOUVELLE-CALÉDONIE",
           "Direction générale des enseignements",
           "Division des examens et concours – Bureau des BTS"]

TITRE = "ARRÊTÉ n° 2026-0412/VR-DEC"
SOUS_TITRE = ("fixant l'organisation, le calendrier et les centres d'épreuves de la session 2026 "
              "du brevet de technicien supérieur « Tourisme » en Nouvelle-Calédonie et à Wallis-et-Futuna")

AUTORITE = "Le vice-recteur de la Nouvelle-Calédonie, directeur général des enseignements,"

VU = [
    "Vu le code de l'éducation, notamment ses articles D. 643-1 à D. 643-35 ;",
    "Vu la loi organique n° 99-209 du 19 mars 1999 modifiée relative à la Nouvelle-Calédonie ;",
    "Vu l'arrêté du 5 avril 2018 portant définition et fixant les conditions de délivrance du brevet de technicien supérieur « Tourisme » ;",
    "Vu la convention relative à l'organisation des examens conclue le 22 janvier 2024 entre l'État et la Nouvelle-Calédonie ;",
    "Considérant que l'année scolaire calédonienne débute en février et s'achève en décembre, et que la session de l'examen est en conséquence organisée en fin d'année civile ;",
]

ARRETE = "ARRÊTE"

ARTICLES = [
    ("Article 1er",
     "La session 2026 du BTS Tourisme est organisée en Nouvelle-Calédonie selon le calendrier de l'hémisphère sud. "
     "Les épreuves ponctuelles écrites ont lieu aux dates et heures figurant à l'annexe 1 du présent arrêté. "
     "Sauf mention contraire, tous les horaires sont exprimés en heure de Nouméa (UTC+11)."),
    ("Article 2",
     "Les épreuves écrites se déroulent dans les centres suivants :\n"
     "– Lycée polyvalent Marcel Kaloï, 12 avenue James-Cook, 98800 Nouméa (candidats de la province Sud et des îles Loyauté) ;\n"
     "– Lycée des Cocotiers, route territoriale 1, 98860 Koné (candidats de la province Nord) ;\n"
     "– Lycée d'État de Wallis-et-Futuna, BP 81, 98600 Mata-Utu (candidats de Wallis-et-Futuna).\n"
     "Les candidats de Wallis-et-Futuna composent sur les mêmes sujets et au même instant que ceux de Nouméa : "
     "le territoire ayant une heure d'avance, l'épreuve E1 y commence donc à 8 h 30, heure de Mata-Utu."),
    ("Article 3",
     "Le dossier de l'épreuve E6 « Parcours de professionnalisation » est remis en deux exemplaires, contre récépissé, "
     "au secrétariat du Lycée Louis Tiéta, 3 rue des Frangipaniers, 98800 Nouméa, au plus tard le vendredi 25 septembre 2026 à 11 h. "
     "Le jeudi 24 septembre 2026, fête de la citoyenneté, étant férié en Nouvelle-Calédonie, aucun dossier ne sera reçu ce jour-là.\n"
     "Le contrôle de conformité des dossiers E6 est conduit le mardi 6 octobre 2026 à 13 h au Lycée Louis Tiéta ; "
     "les candidats dont le dossier est déclaré non conforme en sont informés par courrier."),
    ("Article 4",
     "Les épreuves orales se déroulent au Lycée Louis Tiéta, à Nouméa :\n"
     "– E2 « Communication en langues vivantes étrangères » : sous-épreuves E21 (langue vivante A) et E22 (langue vivante B), "
     "du lundi 2 au jeudi 5 novembre 2026 ;\n"
     "– EF1 « Langue vivante C » (épreuve facultative) : vendredi 6 novembre 2026 ;\n"
     "– E6 « Parcours de professionnalisation » : du lundi 9 au vendredi 13 novembre 2026.\n"
     "Les candidats de Wallis-et-Futuna passent les épreuves orales par visioconférence depuis leur centre d'écrit, selon le même calendrier."),
    ("Article 5",
     "L'épreuve E3 « Gestion de la relation clientèle touristique » est évaluée en contrôle en cours de formation pour l'ensemble des candidats ; "
     "elle ne donne lieu à aucune convocation ponctuelle. Les propositions de notes d'E3 sont transmises à la division des examens et concours "
     "au plus tard le vendredi 20 novembre 2026."),
    ("Article 6",
     "Une réunion d'entente des correcteurs de l'épreuve E4 se tient le jeudi 29 octobre 2026 à 13 h 30 au vice-rectorat, "
     "1 avenue des Frères-Carcopino, 98800 Nouméa, salle Kanak."),
    ("Article 7",
     "Le jury de délibération se réunit le mercredi 2 décembre 2026 à 8 h au vice-rectorat. "
     "Les résultats sont publiés le vendredi 4 décembre 2026 à 14 h sur le site du vice-rectorat."),
    ("Article 8",
     "Les établissements de formation qui présentent des candidats – Lycée privé Sainte-Anne-des-Flots (Nouméa), "
     "Lycée professionnel agricole de Bourail et Institut calédonien des métiers du tourisme (Dumbéa) – ne sont pas centres d'épreuves ; "
     "ils informent leurs candidats du présent calendrier."),
    ("Article 9",
     "La cheffe de la division des examens et concours est chargée de l'exécution du présent arrêté, "
     "qui sera publié au bulletin officiel du vice-rectorat."),
]

FAIT = "Fait à Nouméa, le 15 juin 2026"
SIGNATURE = ["Pour le vice-recteur et par délégation,",
             "la cheffe de la division des examens et concours,",
             "Mélanie WAHNYAMALLA"]

ANNEXE_TITRE = "ANNEXE 1 – Calendrier des épreuves ponctuelles (heure de Nouméa)"
ANNEXE_ENTETE = ["Épreuve", "Intitulé", "Forme – durée", "Date", "Horaire"]
ANNEXE = [
    ["E1", "Culture générale et expression", "écrite – 4 h", "lun. 26.10.2026", "07 h 30 – 11 h 30"],
    ["E21", "Langue vivante A (anglais)", "orale", "voir article 4", "—"],
    ["E22", "Langue vivante B", "orale", "voir article 4", "—"],
    ["E3", "Gestion de la relation clientèle touristique", "CCF uniquement", "—", "—"],
    ["E4", "Élaboration d'une prestation touristique", "écrite – 4 h", "mar. 27.10.2026", "07 h 30 – 11 h 30"],
    ["E5", "Gestion de l'information touristique", "écrite – 4 h", "mer. 28.10.2026", "12 h 30 – 16 h 30"],
    ["E6", "Parcours de professionnalisation", "orale", "voir articles 3 et 4", "—"],
    ["EF1", "Langue vivante C (facultative)", "orale", "voir article 4", "—"],
]
ANNEXE_NOTE = ("Les sujets sont acheminés depuis la métropole par voie sécurisée. En cas d'alerte cyclonique, "
               "les épreuves sont reportées selon les consignes du haut-commissariat.")
