"""Lettre aux familles d'un lycée (BTS Tourisme, académie de Rennes, session 2026). Texte inventé."""

EN_TETE = [
    "LYCÉE LES AJONCS",
    "Lycée polyvalent – Sections de techniciens supérieurs",
    "12 rue de Kerlann – 56100 Lorient",
    "Tél. 02 97 00 41 18 – ce.0561234x@ac-rennes.fr",
]
PIED = "Lycée Les Ajoncs – Lorient – Lettre aux familles BTS Tourisme 2e année"
LIEU_DATE = "Lorient, le 2 février 2026"
DESTINATAIRES = "Aux familles des étudiants de BTS Tourisme (2e année)\ns/c des étudiants"
OBJET = "Objet : BTS Tourisme – session 2026 – calendrier des épreuves et dates du lycée"
INTRO = [
    "Madame, Monsieur, chers étudiants,",
    "Le rectorat de l'académie de Rennes (Division des examens et concours) a publié la circulaire "
    "d'organisation de la session 2026 du BTS Tourisme. Vous trouverez ci-dessous les passages qui "
    "concernent nos étudiants, puis le calendrier de fin d'année, dans lequel nous avons fait figurer "
    "à la fois les dates officielles et les étapes internes au lycée.",
]
EXTRAIT_TITRE = "Extrait de la circulaire rectorale du 19 janvier 2026 (DEC 4 – BTS tertiaires)"
EXTRAIT = [
    "Les épreuves écrites ponctuelles se déroulent au lycée Marie-Le Franc, 128 boulevard Léon-Blum, "
    "56100 Lorient, pour l'ensemble des candidats du Morbihan et du sud du Finistère.",
    "E1 – Culture générale et expression : lundi 11 mai 2026, de 14 h à 18 h.",
    "E4 – Élaboration d'une prestation touristique : mardi 12 mai 2026, de 14 h à 18 h.",
    "E6 – Parcours de professionnalisation (épreuve orale) : du lundi 1er juin au vendredi 5 juin 2026, "
    "au lycée de Kerneuzec, allée de Kerneuzec, 29300 Quimperlé.",
    "Les dossiers E6 (passeport professionnel et attestations de stage) sont transmis par l'établissement "
    "de formation au centre d'interrogation au plus tard le vendredi 3 avril 2026 à 12 h. La commission "
    "de contrôle de conformité se réunit le mardi 14 avril 2026 à 14 h au centre d'interrogation.",
    "E2 (E21 – langue vivante A, E22 – langue vivante B), E3 – Gestion de la relation clientèle "
    "touristique et E5 – Gestion de l'information touristique sont évaluées par contrôle en cours de "
    "formation dans les établissements habilités.",
    "Le jury de délibération se réunit le jeudi 25 juin 2026 au rectorat de Rennes ; les résultats sont "
    "publiés le vendredi 3 juillet 2026 à 10 h.",
]
CAL_TITRE = "Calendrier de fin d'année : dates officielles (★) et dates du lycée"
CAL_ENTETE = ["", "Date", "Étape", "Où / qui"]
CAL = [
    ("", "jeudi 12 février 2026, 18 h", "Réunion parents-professeurs BTS", "Lycée – salle polyvalente"),
    ("", "du lundi 16 au mercredi 18 mars 2026", "BTS blanc (E1 et E4)", "Lycée"),
    ("", "vendredi 20 mars 2026", "Remise du dossier E6 complet au professeur référent (Mme Le Goff)", "Lycée"),
    ("", "jeudi 2 avril 2026", "Oral blanc E6 (professeurs et professionnels du tourisme)", "Lycée"),
    ("★", "vendredi 3 avril 2026, 12 h", "Date limite de transmission des dossiers E6 au centre "
     "d'interrogation (le lycée s'en charge)", "Lycée de Kerneuzec"),
    ("★", "mardi 14 avril 2026, 14 h", "Contrôle de conformité des dossiers E6", "Lycée de Kerneuzec"),
    ("", "du samedi 18 avril au lundi 4 mai 2026", "Vacances de printemps (reprise le lundi 4 mai au matin)", "—"),
    ("★", "lundi 11 mai 2026, 14 h – 18 h", "E1 Culture générale et expression", "Lycée Marie-Le Franc"),
    ("★", "mardi 12 mai 2026, 14 h – 18 h", "E4 Élaboration d'une prestation touristique", "Lycée Marie-Le Franc"),
    ("", "jeudi 14 et vendredi 15 mai 2026", "Ascension et pont : lycée fermé", "—"),
    ("", "mardi 26 mai 2026, 17 h 30", "Conseil de classe du second semestre (avis du livret scolaire)", "Lycée"),
    ("★", "du lundi 1er au vendredi 5 juin 2026", "E6 Parcours de professionnalisation (oral), sur "
     "convocation individuelle", "Lycée de Kerneuzec"),
    ("★", "jeudi 25 juin 2026", "Jury de délibération", "Rectorat de Rennes"),
    ("★", "vendredi 3 juillet 2026, 10 h", "Publication des résultats", "En ligne"),
]
CAL_LEGENDE = ("★ : date officielle fixée par le rectorat. Les autres lignes sont des dates internes au "
               "lycée : elles ne figurent pas sur les convocations.")
APRES = [
    "La date du vendredi 20 mars est une date du lycée : elle laisse à l'équipe le temps de vérifier "
    "chaque dossier avant son envoi au centre. Un dossier incomplet à cette date sera signalé aux familles.",
    "Le lycée Les Ajoncs n'est pas centre d'examen pour le BTS Tourisme : les étudiants composent au "
    "lycée Marie-Le Franc et passent l'oral E6 à Quimperlé. Les convocations leur parviendront directement.",
    "Nous restons à votre disposition pour tout renseignement.",
]
SIGNATURE = ["Le proviseur,", "Yann Kerhervé"]
COUPON_CISEAUX = "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"
COUPON = [
    "COUPON À RETOURNER AU PROFESSEUR PRINCIPAL AVANT LE LUNDI 9 FÉVRIER 2026",
    "Je soussigné(e) ……………………………………………, responsable de l'étudiant(e) "
    "……………………………………………, atteste avoir pris connaissance du calendrier de la session 2026.",
    "☐ Je participerai à la réunion parents-professeurs du 12 février.      ☐ Je n'y participerai pas.",
    "Date : ……… / ……… / 2026                    Signature :",
]
