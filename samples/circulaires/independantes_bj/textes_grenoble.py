"""Page du site du rectorat de Grenoble — calendrier des BTS, session 2027. Texte inventé."""

SITE = "Académie de Grenoble"
MENU = ["Accueil", "Examens et concours", "Lycée", "Enseignement supérieur", "Ressources", "Contacts"]
FIL = ["Accueil", "Examens et concours", "BTS", "Calendrier session 2027"]
TITRE = "BTS – calendrier des épreuves de la session 2027"
PUBLIE = "Publié le 14 janvier 2027"
CHAPO = ("Cette page rassemble le calendrier de toutes les spécialités de BTS du secteur tertiaire organisées "
         "dans l'académie de Grenoble. Les épreuves communes (tableau 1) concernent plusieurs spécialités ; "
         "les épreuves propres à chaque spécialité figurent dans le tableau 2. Pour la langue vivante (E2), "
         "repérez le groupe de votre spécialité dans la colonne « Groupe LV » du tableau 2.")
T1 = "1. Épreuves communes – BTS (toutes spécialités)"
COMMUNES_ENTETE = ["Épreuve", "Date", "Horaire", "Spécialités concernées"]
COMMUNES = [
    ["E1 – Culture générale et expression", "lundi 10 mai 2027", "14h00 – 18h00",
     "Toutes les spécialités du tableau 2"],
    ["E2 – Anglais (écrit) – groupe A", "mardi 11 mai 2027", "10h00 – 12h00", "Spécialités du groupe A"],
    ["E2 – Anglais (écrit) – groupe B", "mardi 11 mai 2027", "14h00 – 16h00", "Spécialités du groupe B"],
    ["E2 – Anglais (écrit) – groupe C", "mercredi 12 mai 2027", "9h00 – 11h00", "Spécialités du groupe C"],
    ["Culture économique, juridique et managériale (CEJM)", "mercredi 12 mai 2027", "14h00 – 18h00",
     "CG (E4) ; GPME, MCO, NDRC, SAM (E3)"],
]
T2 = "2. Épreuves écrites propres à chaque spécialité"
SPEC_ENTETE = ["Spécialité", "Groupe LV", "Épreuve", "Date", "Horaire"]
SPEC = [
    ["Assurance", "A", "E4 – Gestion des contrats et des sinistres", "jeudi 13 mai 2027", "14h00 – 18h00"],
    ["Banque, conseiller de clientèle", "A", "E4 – Gestion de la relation client", "vendredi 14 mai 2027", "9h00 – 12h00"],
    ["Comptabilité et gestion (CG)", "B", "E5 – Traitement et contrôle des opérations comptables", "jeudi 13 mai 2027", "8h00 – 12h30"],
    ["Gestion de la PME (GPME)", "B", "E6 – Gestion des risques", "vendredi 14 mai 2027", "9h00 – 12h00"],
    ["Management commercial opérationnel (MCO)", "B", "E5 – Management de l'équipe commerciale", "vendredi 14 mai 2027", "14h00 – 17h00"],
    ["Professions immobilières (PI)", "C", "E3 – Conseil en ingénierie de l'immobilier", "jeudi 13 mai 2027", "9h00 – 13h00"],
    ["Professions immobilières (PI)", "C", "E52 – Gestion immobilière (partie écrite de E5)", "vendredi 14 mai 2027", "14h00 – 17h00"],
    ["Tourisme", "C", "E4 – Élaboration d'une prestation touristique", "jeudi 13 mai 2027", "14h00 – 18h00"],
    ["Gestion des transports et logistique associée (GTLA)", "A", "E4 – Mise en œuvre d'opérations de transport", "vendredi 14 mai 2027", "8h00 – 12h00"],
]
T3 = "3. Dossiers, épreuves orales et jurys"
ORAL_ENTETE = ["Spécialité", "Dépôt des dossiers", "Épreuves orales", "Jury de délibération"]
ORAUX = [
    ["Assurance", "—", "du mardi 25 mai au mardi 1er juin 2027", "jeudi 1er juillet 2027"],
    ["Comptabilité et gestion (CG)", "E6 : vendredi 9 avril 2027, 16 h", "du lundi 31 mai au vendredi 11 juin 2027", "mercredi 30 juin 2027"],
    ["Management commercial opérationnel (MCO)", "E41 : vendredi 2 avril 2027", "du lundi 31 mai au mardi 8 juin 2027", "lundi 28 juin 2027"],
    ["Professions immobilières (PI)", "E6 : vendredi 16 avril 2027, avant 16 h", "E51 et E6 : du mardi 25 mai au vendredi 4 juin 2027", "mardi 29 juin 2027"],
    ["Tourisme", "E5 : vendredi 2 avril 2027", "du mercredi 26 mai au jeudi 3 juin 2027", "mardi 29 juin 2027"],
]
NOTES_ORAUX = [
    "Professions immobilières : l'épreuve E5 – Techniques immobilières comprend E51 – Transaction immobilière "
    "(orale) et E52 – Gestion immobilière (écrite, tableau 2). L'épreuve E4 – Communication professionnelle en "
    "français et en langue étrangère est évaluée uniquement en contrôle en cours de formation.",
    "Les centres d'interrogation des épreuves orales sont ceux des épreuves écrites (rubrique 4), sauf mention "
    "contraire sur la convocation.",
]
T4 = "4. Centres d'épreuves écrites"
CENTRES = [
    ("Assurance, Banque", "Lycée Champollion, 1 cours La Fontaine, 38000 Grenoble"),
    ("Comptabilité et gestion, GPME", "Lycée Pablo-Neruda, 35 rue Henri-Wallon, 38400 Saint-Martin-d'Hères"),
    ("MCO", "Lycée Édouard-Herriot, 2 rue Pierre-Sémard, 38200 Vienne"),
    ("Professions immobilières", "Lycée Ferdinand-Buisson, 21 boulevard Édgar-Kofler, 38500 Voiron ; "
     "Lycée Louis-Armand, 321 rue du Grand-Champ, 73000 Chambéry (candidats de Savoie et de Haute-Savoie)"),
    ("Tourisme, GTLA", "Lycée Gabriel-Fauré, 2 avenue du Rhône, 74000 Annecy"),
]
T5 = "5. Résultats"
RESULTATS = ("Les résultats de toutes les spécialités de BTS seront publiés le mercredi 7 juillet 2027 à 10 h "
             "sur le site de l'académie et affichés dans les centres d'écrit.")
RAPPEL = ("Rappel : aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 "
          "(lundi de Pentecôte).")
ACTUS = [("12 janvier 2027", "Inscriptions au baccalauréat : ouverture du service en ligne"),
         ("8 janvier 2027", "Concours de recrutement des personnels administratifs : résultats d'admissibilité"),
         ("15 décembre 2026", "BTS : les épreuves de remplacement de la session 2026 en chiffres")]
PIED = ["Rectorat de l'académie de Grenoble – 7, place Bir-Hakeim – CS 81065 – 38021 Grenoble Cedex 1",
        "Mentions légales · Accessibilité : partiellement conforme · Plan du site"]
