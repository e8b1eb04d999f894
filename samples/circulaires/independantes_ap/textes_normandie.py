"""BTS CG, académie de Normandie, session 2025 — hand-written ODT exported by LibreOffice as a TAGGED PDF.
Two hidden passages: a white-on-white paragraph (an old, superseded calendar) and a paragraph covered by an opaque
image (old jury date). They are in the text layer but are not events of the session."""

EN_TETE = ["Région académique Normandie", "Rectorat de l'académie de Normandie", "Division des examens et concours – site de Caen"]
LIEU_DATE = "Caen, le 5 mars 2025"
OBJET = "Objet : BTS Comptabilité et gestion (CG) – session 2025 – organisation de l'examen"
REFS = "Références : arrêté du 29 juillet 2020 portant définition du BTS CG ; circulaire nationale du 16 janvier 2025."
INTRO = ("La présente circulaire précise l'organisation de la session 2025 dans l'académie de Normandie. Elle annule et "
         "remplace la version diffusée le 12 février 2025.")
S1 = "1. Épreuves écrites"
ECRITS_ENTETE = ["Date", "Épreuve", "Horaire"]
ECRITS = [("lundi 12 mai 2025", "E1 – Culture générale et expression", "14 h – 18 h"),
          ("mardi 13 mai 2025", "E4 – Culture économique, juridique et managériale", "14 h – 18 h"),
          ("mercredi 14 mai 2025", "E5 – Contrôle et production de l'information financière", "13 h 30 – 18 h")]
S1_CCF = ("Les épreuves E2 (communication en langue vivante étrangère : anglais) et E3 (mathématiques appliquées) sont "
          "évaluées en CCF. Les notes sont transmises au plus tard le mercredi 11 juin 2025.")
S2 = "2. Correction de l'épreuve E5"
S2_TXT = ("La réunion d'entente des correcteurs de l'épreuve E5 se tient le lundi 19 mai 2025 à 9 h au lycée Victor "
          "Grignard, 12 rue Guillaume Fouace, 50100 Cherbourg-en-Cotentin ; les corrections s'y déroulent du lundi 19 "
          "au vendredi 23 mai 2025.")
S3 = "3. Épreuve E6 – Fiabilisation de l'information et système d'information comptable"
S3_TXT = [
    "Dépôt des dossiers : au plus tard le vendredi 11 avril 2025 à 12 h au lycée Camille Saint-Saëns, 22 rue Saint-Lô, "
    "76000 Rouen.",
    "Contrôle de conformité : lundi 28 avril 2025 à 14 h.",
    "Interrogations : du lundi 2 au vendredi 6 juin 2025, au lycée Camille Saint-Saëns (Rouen) et au lycée Salvador "
    "Allende, 15 rue Guyon de Guercheville, 14200 Hérouville-Saint-Clair.",
]
# HIDDEN 1 — white text on white background (left over from the superseded version)
CACHE_BLANC = ("Calendrier E6 (version du 12 février 2025) : dépôt des dossiers au plus tard le vendredi 4 avril 2025 ; "
               "interrogations du lundi 26 au vendredi 30 mai 2025 au lycée Marie Curie, 16 rue Octave Greard, 14500 Vire.")
S4 = "4. Épreuve facultative"
S4_TXT = ("EF1 (langue vivante 2) : mardi 10 juin 2025, au lycée Salvador Allende, Hérouville-Saint-Clair. "
          "Le lundi 9 juin 2025 (lundi de Pentecôte) est férié.")
S5 = "5. Jury et résultats"
# HIDDEN 2 — paragraph covered by an opaque image (bandeau) anchored on it
CACHE_IMAGE = "Jury de délibération : jeudi 26 juin 2025 à 9 h, salle du conseil."
S5_TXT = ("Le jury se réunit le lundi 30 juin 2025 à 14 h au rectorat, site de Caen, 168 rue Caponière, 14061 Caen "
          "Cedex. Les résultats sont publiés le vendredi 4 juillet 2025 à 10 h.")
BANDEAU = "Région académique Normandie – Examens et concours"
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Thibault Lecoq"]
