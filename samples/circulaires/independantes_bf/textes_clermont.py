"""Billet d'un professeur sur l'ENT d'un lycée (BTS Électrotechnique, académie de Clermont-Ferrand,
session 2028), avec commentaires des étudiants. Texte inventé."""

ENT_NOM = "ENT Lycée connecté 63"
ETAB = "Lycée Pierre-Joël-Bonté – Riom"
FIL = ["Accueil", "BTS ÉLEC 2", "Actualités de la classe"]
MENU = ["Messagerie", "Cahier de textes", "Vie scolaire", "Actualités", "Documents", "Agenda"]
TITRE = "Examen 2028 : le calendrier officiel est arrivé (+ nos dates à nous)"
META = "Publié par M. Thierry Dufraisse (génie électrique) · lundi 24 janvier 2028 à 17:42 · 38 lectures"
CORPS_1 = [
    "Bonsoir à tous,",
    "Le rectorat de Clermont-Ferrand a publié la circulaire d'organisation de la session 2028 du BTS "
    "Électrotechnique (document joint, 11 pages). Je vous mets ci-dessous l'aperçu de la page 3, qui "
    "récapitule tout. Lisez quand même la circulaire en entier !",
]
PJ = "Circulaire_BTS_Electrotechnique_2028_ac-clermont.pdf · 1,2 Mo · aperçu de la page 3/11"
APERCU_ENTETE = "Académie de Clermont-Ferrand – Rectorat – DEC 3"
APERCU_TITRE = "Annexe 1 – Calendrier de la session 2028 – BTS Électrotechnique"
APERCU_COLS = ["Unité", "Intitulé", "Forme", "Date(s)", "Horaire", "Centre"]
APERCU = [
    ("U1", "Culture générale et expression", "écrite", "mardi 9 mai 2028", "14 h – 18 h", "Lycée Pierre-Joël-Bonté, Riom"),
    ("U2", "Anglais", "CCF", "—", "—", "établissement de formation"),
    ("U31", "Mathématiques", "CCF", "—", "—", "établissement de formation"),
    ("U32", "Physique-chimie", "CCF", "—", "—", "établissement de formation"),
    ("U41", "Pré-étude et modélisation", "écrite", "mercredi 10 mai 2028", "8 h – 12 h", "Lycée Pierre-Joël-Bonté, Riom"),
    ("U42", "Conception et industrialisation", "écrite", "jeudi 11 mai 2028", "13 h – 17 h", "Lycée Pierre-Joël-Bonté, Riom"),
    ("U51", "Réalisation et mise en service d'un projet", "CCF", "—", "—", "établissement de formation"),
    ("U52", "Projet – soutenance", "orale", "du lundi 29 mai au vendredi 2 juin 2028", "sur convocation",
     "Lycée Lafayette, Clermont-Ferrand"),
    ("U61", "Rapport d'activités en entreprise", "orale", "du lundi 12 au mercredi 14 juin 2028", "sur convocation",
     "voir additif"),
]
APERCU_NOTES = [
    "Dépôt des dossiers U52 (rapport de projet, 2 exemplaires) au centre d'interrogation : mercredi 5 avril 2028, 17 h.",
    "Contrôle de conformité des dossiers U52 : mardi 18 avril 2028, 9 h.",
    "Jury de délibération : vendredi 30 juin 2028. Publication des résultats : mercredi 5 juillet 2028, 9 h.",
]
APERCU_PIED = "Circulaire BTS Électrotechnique – session 2028 – page 3/11"
CORPS_2 = "Ce qui nous concerne en plus (dates du lycée, pas du rectorat) :"
CHECKLIST = [
    "vendredi 24 mars 2028 : rendu du rapport de projet U52 sur l'ENT (espace « Devoirs »). C'est moi qui "
    "envoie ensuite les 2 exemplaires papier au centre ;",
    "jeudi 30 mars 2028 : soutenance blanche U52, salle B12 ;",
    "lundi 15 mai 2028 à 17 h : conseil de classe (avis d'examen pour le livret scolaire) ;",
    "pas de cours pendant vos écrits ; reprise de l'atelier le vendredi 12 mai 2028.",
]
CORPS_3 = ("Attention : notre lycée est centre d'écrits cette année, vous composez donc ici (bâtiment C, "
           "salles C201 à C204). Pas d'excuse pour le retard !")
TAGS = ["#examen", "#BTS2028", "#calendrier"]
COMMENTAIRES = [
    ("Inès R.", "25/01/2028 à 08:15", False,
     "Merci monsieur ! Pour l'U61 c'est où du coup ? Dans le tableau il y a marqué « voir additif »."),
    ("T. Dufraisse", "25/01/2028 à 12:02", True,
     "Bonne question : l'additif du rectorat est arrivé ce midi. L'U61 aura lieu au lycée Jean-Zay, "
     "rue Jean-Zay, 63300 Thiers, toujours du lundi 12 au mercredi 14 juin 2028. Convocations individuelles "
     "début juin."),
    ("Maxime T.", "26/01/2028 à 19:47", False,
     "La soutenance blanche c'est toujours le 30 mars ? J'ai un rendez-vous médical ce jour-là."),
    ("T. Dufraisse", "27/01/2028 à 07:58", True,
     "Je la décale au mardi 4 avril 2028 pour tout le monde (la salle B12 n'est pas libre le 30). "
     "Ça ne change rien aux dates officielles."),
]
PIED = "© 2028 ENT Lycée connecté 63 · Mentions légales · Accessibilité · Dernière connexion : 27/01/2028 08:03"
