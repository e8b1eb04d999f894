# -*- coding: utf-8 -*-
"""BTS Tourisme, académie de Bordeaux, session 2027 (fictitious).
Markup read by build.py: ^{..} superscript run, ~ no-break space U+00A0, _ narrow no-break space U+202F,
¦ soft hyphen (w:softHyphen), ‑ (U+2011) non-breaking hyphen (w:noBreakHyphen), [[sc:..]] small capitals,
[[caps:..]] all capitals by formatting only, **..** bold."""

EN_TETE = [
    "**Académie de Bordeaux**",
    "Rectorat – Division des examens et concours (DEC 4)",
    "Bureau des brevets de technicien supérieur",
    "5 rue Joseph de Carayon-Latour – CS 81499 – 33060 Bordeaux Cedex",
]
AFFAIRE = [
    "Affaire suivie par : Armelle Dufourcq-Larrieu",
    "Tél. : 05~57~57~38~12",
    "Mél : ce.dec4@ac-bordeaux.fr",
]
LIEU_DATE = "Bordeaux, le 1^{er}~février~2027"
DESTINATAIRES = ("Le recteur de l’académie de Bordeaux à Mesdames et Messieurs les chefs d’établissement "
                 "publics et privés sous contrat préparant au BTS Tourisme")
OBJET = "Objet : organisation de la session 2027 du BTS Tourisme"
REFERENCES = ("Réf. : arrêté du 5~avril~2018 portant définition et fixant les conditions de délivrance du BTS Tourisme ; "
              "note de service nationale du 12~janvier~2027.")
INTRO = ("La présente circulaire précise le calendrier et les modalités d’organisation des épreu¦ves de la session 2027 "
         "du brevet de technicien supérieur Tourisme dans l’académie. Je vous remercie d’en assurer la diffusion "
         "auprès des équipes pédagogiques et des candidats, et de veiller à ce que chaque candidat prenne connaissance "
         "de sa convocation dès sa mise en ligne sur l’application Cyclades.")

T1 = "[[sc:I. Épreuves écrites]]"
T1_INTRO = ("Les épreu¦ves écrites se déroulent aux dates et horaires ci-après. L’heure indiquée est celle du début "
            "de l’épreuve : les candidats sont présents dans la salle de composition trente minutes avant.")
ECRITS_ENTETE = ["Date", "Épreuve", "Horaire"]
ECRITS = [
    ("Lundi 10~mai~2027", "E21 – Langue vivante A (anglais), partie écrite", "14H00 – 16H00"),
    ("Mardi 11~mai~2027", "E3 – Tourisme et territoires", "9_h_00 – 12_h_00"),
    ("Mercredi 12~mai~2027", "E1 – Culture générale et expression", "14h30 - 18h30"),
]
T1_CENTRES = ("Les candidats de la Gironde, de la Dordogne et du Lot-et-Garonne composent au **Lycée Camille Jul¦lian**, "
              "29 rue de la Croix-Blanche, 33000 Bordeaux ; ceux des Landes et des Pyrénées-Atlantiques au "
              "**Lycée Saint‑John Perse**, 2 avenue du Président-Kennedy, 64000 Pau.")
T1_FERIES = ("Le jeudi 6~mai~2027 (Ascension) et le lundi 17~mai~2027 (lundi de Pentecôte) sont fériés : "
             "aucune épreuve n’est organisée ces jours-là.")

T2 = "[[sc:II. Épreuves orales et ponctuelles]]"
ORAUX = [
    ("E22 – Langue vivante B (2^{e}~langue)",
     "interrogations orales du 25 au 28~mai~2027 au Lycée Gaston‑Crampe, avenue des Écoles, 40800 Aire-sur-l’Adour."),
    ("E5 – Élaboration d’une prestation touristique",
     "oral ponctuel du 31~mai au 4~juin~2027 au Lycée hôtelier et touristique Pierre Loti, 12 avenue de la Reine-Nathalie, "
     "64200 Biarritz."),
    ("E4 – Gestion de la relation clientèle touristique",
     "candidats hors contrôle en cours de formation (CCF) seulement : 2–3~juin~2027, au même centre."),
    ("EF1 – Langue vivante facultative",
     "7/8~juin~2027, Lycée Camille Jullian (Bordeaux), sur convocation."),
    ("E6 – Gestion de l’information touristique",
     "évaluée exclusivement en contrôle en cours de formation ; aucune convocation n’est émise."),
]
T2_NOTE = ("Les candidats inscrits au titre de la 1^{re}~session comme ceux qui se représentent "
           "(2^{e} ou 3^{e}~présentation) reçoivent une convocation individuelle.")

T3 = "[[sc:III. Dossiers, conformité, engagement étudiant]]"
T3_DOSSIER_A = "Le dossier de l’épreuve E5 (fiches de prestation et annexes) doit parvenir au centre d’interrogation au plus tard le "
T3_DOSSIER_CAPS = "vendredi 9~avril~2027 à 12_h_00"
T3_DOSSIER_B = ", délai de rigueur. Aucun dé¦pôt par courriel n’est accepté."
T3_CONFORMITE = ("La commission de contrôle de conformité des dossiers E5 se réunit le jeudi 29~avril~2027 à 9:30 "
                 "au Lycée Pierre Loti ; les établissements sont informés le jour même des dossiers non conformes.")
T3_VACANCES = ("Pour mémoire, les vacances de printemps s’étendent du samedi 10~avril au dimanche 25~avril~2027 : "
               "les envois postés pendant cette période ne sont pas réceptionnés.")
T3_EF2 = ("Engagement étudiant (EF2) : les attestations et le dossier de l’étudiant sont déposés sur la plateforme "
          "académique avant le lundi 3~mai~2027, 17h.")

T4 = "[[sc:IV. Fin de session]]"
FIN = [
    "Commission d’entente de l’épreuve E5 : mardi 18~mai~2027 à 14h00, Lycée Pierre Loti (Biarritz).",
    "Saisie des notes de CCF (E4, E6) dans l’application : au plus tard le mardi 1^{er}~juin~2027.",
    "Jury de délibération : vendredi 25~juin~2027 à 9 heures 30, rectorat de Bordeaux (salle Montaigne).",
    "Publication des résultats : mardi 29~juin~2027 à partir de 10_h, sur le site de l’académie.",
]

T5 = "[[sc:V. Établissements de formation concernés]]"
T5_INTRO = "Pour information, les sections suivantes présentent des candidats à la session 2027 (ce ne sont pas des centres d’épreuves) :"
ETABLISSEMENTS = [
    "Lycée Sainte-Marie Grand Lebrun, Bordeaux",
    "Lycée Grand Air, Arcachon",
    "Lycée Saint-Thomas d’Aquin, Mont-de-Marsan",
    "CFA régional du tourisme, Mérignac",
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,",
             "Hélène Barthélémy-Oyhénart"]
PIED = "Rectorat de Bordeaux – DEC 4 – circulaire BTS Tourisme 2027"
