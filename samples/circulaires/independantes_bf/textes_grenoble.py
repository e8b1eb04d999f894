"""Note d'un CFA aux apprentis et maîtres d'apprentissage (BTS MHR, académie de Grenoble, session 2029).
Les dates officielles se distinguent seulement par le gras. Texte inventé."""

EN_TETE = ["CFA DE L'HÔTELLERIE ALPES-ISÈRE",
           "Site d'Échirolles : 9 rue du Dauphiné, 38130 Échirolles · Site de Voiron : 2 place des Tilleuls, 38500 Voiron",
           "04 76 00 83 40 · contact@cfa-hotellerie-alpes-isere.fr"]
PIED = "CFA de l'Hôtellerie Alpes-Isère – BTS MHR – note n° 2029-03"
LIEU_DATE = "Échirolles, le 8 janvier 2029"
DESTINATAIRES = "Aux apprentis de BTS MHR 2e année\net à leurs maîtres d'apprentissage"
OBJET = "Objet : BTS Management en hôtellerie-restauration – session 2029 : examens et alternance du second semestre"
INTRO = [
    "Madame, Monsieur,",
    "La circulaire d'organisation de la session 2029, publiée par le rectorat de l'académie de Grenoble le "
    "18 décembre 2028, est arrivée au CFA. Nous en reprenons ci-dessous les dates qui vous concernent, "
    "mêlées aux rendez-vous du CFA.",
    "Les dates imprimées en gras sont celles du rectorat : elles figureront sur les convocations. Les dates "
    "en caractères normaux sont des échéances internes du CFA.",
]
T1 = "1. Dates à retenir"
# (bold = official, text)
DATES = [
    (False, "jeudi 25 janvier 2029 à 17 h 30 : réunion des maîtres d'apprentissage, restaurant d'application du site d'Échirolles ;"),
    (False, "lundi 19 mars 2029 : remise du dossier E6 au formateur référent (version papier et version numérique) ;"),
    (False, "mardi 27 mars 2029 : épreuve pratique blanche E5 (cuisine 2 et restaurant pédagogique) ;"),
    (True, "vendredi 6 avril 2029 : date limite de dépôt des dossiers E6 au centre d'épreuves (le CFA les transmet) ;"),
    (False, "jeudi 12 avril 2029 : conseil de classe du second semestre ;"),
    (True, "lundi 23 avril 2029 à 14 h : contrôle de conformité des dossiers E6 ;"),
    (True, "mardi 15 mai 2029, 14 h – 18 h : E1 Culture générale et expression ;"),
    (True, "mercredi 16 mai 2029, 13 h 30 – 18 h : E4 Management de l'entreprise hôtelière et mercatique des services ;"),
    (True, "jeudi 17 mai 2029, 8 h 30 – 12 h 30 : E3 Entrepreneuriat et pilotage de l'entreprise hôtelière ;"),
    (True, "vendredi 25 mai 2029 : remontée au rectorat, par le CFA, des notes de CCF de E21 et E22 ;"),
    (True, "du mardi 29 au jeudi 31 mai 2029 : E5 option A (mercatique et gestion hôtelière), épreuve pratique ;"),
    (True, "du lundi 4 au jeudi 7 juin 2029 : E5 option B (management de la production culinaire), épreuve pratique ;"),
    (True, "du lundi 11 au mercredi 13 juin 2029 : E6 Conduite du changement dans l'entreprise hôtelière (oral) ;"),
    (True, "mercredi 27 juin 2029 : jury de délibération, au rectorat de Grenoble ;"),
    (True, "vendredi 29 juin 2029 à 16 h : publication des résultats."),
]
T2 = "2. Lieux des épreuves"
LIEUX = [
    "Épreuves écrites (E1, E3, E4) : lycée Louise-Michel, 30 rue Louise-Michel, 38100 Grenoble.",
    "E5 option A et E6 : lycée hôtelier Lesdiguières, 15 avenue Beaumarchais, 38000 Grenoble.",
    "E5 option B : le CFA de l'Hôtellerie Alpes-Isère, site d'Échirolles, est centre d'épreuves pratiques ; "
    "les candidats composent dans nos cuisines. Le site de Voiron n'est pas centre d'épreuves.",
    "E2 : les sous-épreuves E21 (langue vivante A) et E22 (langue vivante B) sont évaluées en CCF au CFA, "
    "habilité pour ce BTS.",
]
T3 = "3. Alternance du second semestre"
ALT_COLS = ["Période", "Lieu", "Remarques"]
ALTERNANCE = [
    ("du 08/01 au 19/01/2029", "CFA", [(False, "reprise ; présentation du calendrier")]),
    ("du 22/01 au 16/02/2029", "Entreprise", [(False, "—")]),
    ("du 19/02 au 02/03/2029", "CFA", [(False, "révisions E3 et E4")]),
    ("du 05/03 au 23/03/2029", "Entreprise", [(False, "remise du dossier E6 le 19/03 (par courriel)")]),
    ("du 26/03 au 06/04/2029", "CFA", [(False, "pratique blanche le 27/03 ; "), (True, "dépôt officiel des dossiers E6 le 06/04")]),
    ("du 09/04 au 11/05/2029", "Entreprise", [(False, "CFA fermé le jeudi 10 mai (Ascension)")]),
    ("du 14/05 au 25/05/2029", "CFA", [(True, "écrits les 15, 16 et 17 mai"), (False, " ; lundi 21 mai (Pentecôte) férié")]),
    ("du 28/05 au 15/06/2029", "Entreprise / épreuves", [(False, "libération pour E5 et E6 sur présentation de la convocation")]),
    ("à partir du 18/06/2029", "Entreprise", [(False, "jusqu'au terme du contrat d'apprentissage")]),
]
APRES = [
    "Nous demandons aux maîtres d'apprentissage de libérer les apprentis les jours d'épreuves et la veille "
    "des épreuves pratiques E5, afin qu'ils puissent préparer leur commande de denrées.",
]
SIGNATURE = ["La directrice du CFA,", "Claire Vuillermoz"]
SIGNATURE2 = ["Le coordinateur BTS MHR,", "Karim Benslimane"]
