# -*- coding: utf-8 -*-
"""Page d'intranet académique (Besançon) imprimée : menu, fil d'Ariane, FAQ du BTS SIO, session 2027
(codes de la réforme de 2024 : E1…E7, EF1…EF4 ; unités U1…U7, UF1…UF4)."""

MENU = ["Accueil", "Mon espace", "Examens et concours", "Ressources humaines", "Pédagogie", "Annuaire", "Aide"]
SOUS_MENU = ["Baccalauréat", "BTS", "DNB", "CAP – BEP", "Calendriers", "Documents à télécharger"]
ARIANE = "Accueil › Examens et concours › BTS › Services informatiques aux organisations"
TITRE = "BTS SIO – Session 2027 : foire aux questions des centres d'examen"
META = "Publié le 11/01/2027 par la DEC – Bureau des BTS | Rubrique : Examens › BTS | 4 min de lecture"
CHAPO = ("Cette page répond aux questions les plus fréquentes des établissements sur l'organisation du BTS "
         "Services informatiques aux organisations (SIO) pour la session 2027, première session complète "
         "avec la nouvelle numérotation des épreuves. Elle vaut circulaire d'organisation pour l'académie de Besançon.")

UNITES_TITRE = "Correspondance épreuves / unités"
UNITES = [("E1", "U1", "Culture générale et expression"),
          ("E2", "U2", "Expression et communication en langue anglaise"),
          ("E3", "U3", "Mathématiques pour l'informatique"),
          ("E4", "U4", "Culture économique, juridique et managériale pour l'informatique"),
          ("E5", "U5", "Support et mise à disposition de services informatiques"),
          ("E6", "U6", "Administration des systèmes et des réseaux / Conception et développement d'applications"),
          ("E7", "U7", "Cybersécurité des services informatiques"),
          ("EF1", "UF1", "Langue vivante 2 (facultative)"),
          ("EF2", "UF2", "Mathématiques approfondies (facultative)"),
          ("EF3", "UF3", "Parcours de certification complémentaire (facultative)"),
          ("EF4", "UF4", "Engagement étudiant (facultative)")]

FAQ = [
    ("Quand ont lieu les épreuves écrites ?",
     ["Les épreuves écrites se déroulent sur une seule semaine :",
      "• E2 (partie écrite) : lundi 10 mai 2027, de 10 h à 12 h ;",
      "• E1 : mardi 11 mai 2027, de 14 h à 17 h ;",
      "• E4 : mercredi 12 mai 2027, de 13 h 30 à 17 h 30 ;",
      "• E7 : jeudi 13 mai 2027, de 8 h 30 à 12 h 30 (sujets distincts SISR / SLAM) ;",
      "• EF2 : vendredi 14 mai 2027, de 14 h à 16 h.",
      "Rappel : le jeudi 6 mai 2027 (Ascension) est férié."]),
    ("L'épreuve E3 fait-elle l'objet d'une convocation ?",
     ["Non. E3 est évaluée en contrôle en cours de formation par les établissements habilités ; "
      "il n'y a pas de date académique. Il en va de même de l'épreuve facultative EF4 pour les candidats scolaires."]),
    ("Jusqu'à quand peut-on déposer les dossiers E5 et E6 ?",
     ["Les dossiers numériques (portefeuille de compétences, fiches de réalisation) sont à verser sur la plateforme "
      "académique au plus tard le vendredi 9 avril 2027 à 17 h.",
      "Les vacances de printemps de la zone A courent du samedi 10 avril au lundi 26 avril 2027 : aucun dépôt tardif "
      "ne sera accepté."]),
    ("Quand se tient le contrôle de conformité ?",
     ["La commission de contrôle de conformité des dossiers E5 et E6 se réunit le mardi 27 avril 2027 à 14 h "
      "au lycée Jules Haag. Les établissements sont informés des non-conformités sous 48 heures."]),
    ("Quelles sont les dates des épreuves pratiques et orales ?",
     ["E5 (forme ponctuelle) : du lundi 31 mai au vendredi 4 juin 2027.",
      "E6 : du lundi 7 au mercredi 9 juin 2027 et du lundi 14 au mardi 15 juin 2027.",
      "EF1 (langue vivante 2) : mercredi 2 juin 2027. EF3 : jeudi 3 juin 2027.",
      "Une réunion d'entente des examinateurs E5 / E6 est organisée le vendredi 28 mai 2027 à 14 h, en visioconférence."]),
    ("Où se déroulent les épreuves ?",
     ["Trois centres d'épreuves sont ouverts :"]),
    ("Mon établissement forme au BTS SIO : est-il centre d'examen ?",
     ["Pas nécessairement. Les candidats du CFA Sup Franche-Comté (Besançon), du lycée Victor Bérard (Morez) et de "
      "l'IUT Nord Franche-Comté (Belfort) sont rattachés aux centres ci-dessus."]),
    ("Quand les résultats sont-ils connus ?",
     ["Le jury final délibère le mardi 29 juin 2027 à 9 h au rectorat de Besançon. Les résultats sont publiés "
      "le vendredi 2 juillet 2027 à partir de 14 h."]),
]
CENTRES = [("Lycée Jules Haag", "1 rue Labbé", "25000 Besançon"),
           ("Lycée Germaine Tillion", "Rue du Chanoine Dubuisson, BP 71057", "25200 Montbéliard CEDEX"),
           ("Lycée privé Pasteur Mont-Roland", "9 avenue Rockefeller", "39100 Dole")]
CONTACT = "Contact : dec-bts@ac-besancon.fr – Rectorat de Besançon, 10 rue de la Convention, 25030 Besançon CEDEX"
PIED = ["Mentions légales", "Accessibilité : partiellement conforme", "Plan du site", "© Académie de Besançon"]
