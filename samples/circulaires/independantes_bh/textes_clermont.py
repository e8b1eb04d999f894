# -*- coding: utf-8 -*-
"""BTS Gestion de la PME, académie de Clermont-Ferrand, session 2029.
A page of the académie's web site saved by the browser as .mhtml (Blink style, quoted-printable, CSS + images)."""

URL = "https://www.ac-clermont.fr/examens/bts/gestion-de-la-pme-session-2029"
SAVED = "Tue, 6 Mar 2029 10:21:07 +0100"
TITLE = "BTS Gestion de la PME – session 2029 : organisation des épreuves | Académie de Clermont-Ferrand"

NAV = ["Accueil", "Examens et concours", "BTS", "Gestion de la PME"]
MENU = ["L'académie", "Scolarité", "Examens et concours", "Orientation", "Ressources humaines", "Contact"]
H1 = "BTS Gestion de la PME (GPME) – session 2029 : organisation des épreuves"
PUBLIE = "Publié le 12/02/2029"
MAJ = "Mis à jour le 05/03/2029"
CHAPO = ("La circulaire rectorale DEC/2029-017 du 9 février 2029 fixe l'organisation de la session 2029 du BTS Gestion "
         "de la PME dans l'académie de Clermont-Ferrand. Retrouvez ci-dessous son contenu, onglet par onglet.")

TABS = ["Épreuves écrites", "Dossier E4", "Oraux", "Jury et résultats"]

ECRITS_INTRO = ("Centre d'écrit unique : lycée Gergovie, 27 rue de la Roche Blanche, 63000 Clermont-Ferrand.")
ECRITS = [
    ("lundi 14 mai 2029", "14h-18h", "E3", "Culture économique, juridique et managériale"),
    ("mardi 15 mai 2029", "14h-18h", "E1", "Culture générale et expression"),
    ("mercredi 16 mai 2029", "13h30-18h", "E6", "Soutenir le fonctionnement et le développement de la PME"),
]
ECRITS_NOTE = "Le jeudi 10 mai 2029 (Ascension) est férié ; aucune épreuve n'est prévue ce jour-là."

DOSSIER = [
    "Les dossiers de l'épreuve E4 « Gérer la relation avec les clients et les fournisseurs de la PME » sont déposés "
    "au plus tard le vendredi 6 avril 2029 à 12h au lycée Lucie Aubrac, 5 avenue Thermale, 03200 Vichy.",
    "Le contrôle de conformité des dossiers E4 a lieu le mardi 17 avril 2029 ; les dossiers non conformes sont "
    "signalés aux établissements.",
]
ORAUX = [
    ("E2", "Communication en langue vivante étrangère (candidats ponctuels)", "du mardi 22 au jeudi 24 mai 2029",
     "Lycée Gergovie, Clermont-Ferrand"),
    ("E4", "Gérer la relation avec les clients et les fournisseurs de la PME", "du lundi 4 au vendredi 8 juin 2029",
     "Lycée Lucie Aubrac, Vichy ; lycée Charles-Henri Jacquard, 14 rue des Forges, 03100 Montluçon"),
]
ORAUX_NOTE = ("L'épreuve E5 « Participer à la gestion des risques de la PME » est évaluée exclusivement en CCF. "
              "Le lundi 21 mai 2029 (Pentecôte) est férié.")
JURY = [
    "Le jury de délibération se réunit le mardi 26 juin 2029 à 9h au lycée Gergovie, Clermont-Ferrand.",
    "Les résultats sont publiés le vendredi 29 juin 2029 à 14h sur le site de l'académie.",
]
CONTACT = "Contact : Division des examens et concours – bureau DEC 4 – dec4@ac-clermont.fr"
A_LIRE = ["Baccalauréat professionnel : calendrier de la session 2029",
          "Devenir correcteur ou examinateur : s'inscrire dans l'application",
          "Fraude aux examens : rappel de la réglementation"]
FOOTER = "© Académie de Clermont-Ferrand – Mentions légales – Accessibilité : partiellement conforme"
