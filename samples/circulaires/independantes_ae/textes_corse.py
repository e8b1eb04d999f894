"""Circulaire fictive BTS SIO (référentiel rénové, codes de l'arrêté du 8 juillet 2024), académie de Corse,
session 2026. Mise en page : tableau « étapes » (lignes = épreuves, colonnes = étapes successives),
dates abrégées « lun. 11/05/26 », horaires « 14h-18h », astérisques expliqués sous le tableau."""

EN_TETE = ["ACADÉMIE DE CORSE", "ACADEMIA DI CORSICA", "Rectorat – DEC – Pôle des examens de l'enseignement supérieur",
           "Boulevard Pascal Rossini – BP 808 – 20192 Ajaccio Cedex 4"]
LIEU_DATE = "Ajaccio, le 4 février 2026"
OBJET = "Objet : BTS Services informatiques aux organisations (SIO) – options SISR et SLAM – session 2026"
REFS = ("Références : arrêté du 8 juillet 2024 modifiant l'arrêté portant définition du BTS SIO (JORF du "
        "10 juillet 2024) ; note de service nationale d'organisation de la session 2026.")
INTRO = ("La session 2026 est la deuxième organisée selon le règlement d'examen rénové. Les unités sont "
         "désormais numérotées de U1 à U7, les unités facultatives de UF1 à UF4. Nous vous remercions de "
         "diffuser cette note aux équipes pédagogiques et aux candidats.")

T1_TITRE = "1. Épreuves écrites ponctuelles (heure de Corse = heure de Paris)"
T1_ENTETE = ["Date", "Épreuve", "Unité", "Horaire", "Durée"]
T1 = [
    ("lun. 11/05/26", "E4 Culture économique, juridique et managériale pour l'informatique", "U4", "14h-18h", "4 h"),
    ("mar. 12/05/26", "E1 Culture générale et expression", "U1", "14h-17h", "3 h"),
    ("mer. 13/05/26", "E2 Expression et communication en langue anglaise – écrit", "U2", "10h-12h", "2 h"),
    ("mer. 13/05/26", "EF2 Mathématiques approfondies (facultative)", "UF2", "14h-16h", "2 h"),
    ("lun. 18/05/26", "E3 Mathématiques pour l'informatique *", "U3", "14h-16h", "2 h"),
    ("mar. 19/05/26", "E7 Cybersécurité des services informatiques **", "U7", "9h-13h", "4 h"),
]
T1_NOTES = [
    "* E3 : épreuve ponctuelle réservée aux candidats non évalués en CCF (candidats individuels, "
    "établissements privés hors contrat, formation à distance).",
    "** E7 : sujet spécifique à chaque option (SISR / SLAM) ; même horaire pour les deux options.",
    "Centres des épreuves écrites : lycée Laetitia Bonaparte (Ajaccio) et lycée Giocante de Casabianca (Bastia), "
    "selon la convocation.",
]

T2_TITRE = "2. Épreuves professionnelles et facultatives – étapes"
T2_ENTETE = ["Épreuve", "Date limite d'envoi des pièces", "Commission de conformité", "Période d'oral", "Centre"]
T2 = [
    ("E5 Support et mise à disposition de services informatiques (U5)",
     "ven. 03/04/26, 12h ¹", "jeu. 16/04/26, 14h", "du lun. 01/06/26 au ven. 05/06/26", "Ajaccio"),
    ("E6 Administration des systèmes et des réseaux (SISR) / Conception et développement d'applications (SLAM) (U6)",
     "ven. 03/04/26, 12h ¹", "jeu. 16/04/26, 14h", "du lun. 08/06/26 au mer. 10/06/26", "Bastia"),
    ("EF1 Langue vivante 2 (UF1)", "—", "—", "mer. 03/06/26, à partir de 8h30", "Ajaccio"),
    ("EF3 Parcours de certification complémentaire (UF3)", "mer. 06/05/26 ²", "—", "lun. 08/06/26", "Bastia"),
    ("EF4 Engagement étudiant (UF4)", "—", "—", "CCF en établissement (pas de convocation)", "—"),
]
T2_NOTES = [
    "¹ Le dossier numérique (tableau de synthèse et fiches de réalisation) est déposé sur la plateforme "
    "académique ; aucun envoi papier.",
    "² Envoi de l'attestation de certification par le candidat au centre de Bastia.",
]

CENTRES_TITRE = "3. Centres d'examen"
CENTRES = [
    ("Lycée Laetitia Bonaparte", "3 avenue Napoléon III", "20000", "Ajaccio"),
    ("Lycée Giocante de Casabianca", "Avenue Jean Zuccarelli", "20200", "Bastia"),
]
FORMATION = ("Préparent également au BTS SIO (établissements de formation, non centres d'examen) : "
             "CFA universitaire de Corse (Corte), organisme Form'Insula (Porto-Vecchio).")

SUITE_TITRE = "4. Corrections, concertation, jury"
SUITE = [
    "Correction des copies U4 et U7 : du mercredi 20 au mardi 26 mai 2026, au rectorat.",
    "Réunion d'entente des examinateurs E5 et E6 : mercredi 27 mai 2026 à 14h (visioconférence).",
    "Saisie des notes de CCF (E3, EF4) : au plus tard le vendredi 29 mai 2026.",
    "Jury de délibération : jeudi 25 juin 2026 à 9h, rectorat d'Ajaccio.",
    "Publication des résultats : lundi 29 juin 2026 à 10 h.",
]
CONGES = ("Rappel : les vacances de printemps en Corse s'étendent du samedi 18 avril au lundi 4 mai 2026 ; "
          "la plateforme de dépôt reste ouverte pendant cette période.")
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours,", "Ghjuvan Santoni"]
