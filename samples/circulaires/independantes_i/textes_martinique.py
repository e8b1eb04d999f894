# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive : BTS Gestion de la PME, académie de la Martinique, session 2026.
PDF dessiné directement (reportlab) : page 1 lettre à deux colonnes, page 2 à l'italienne (annexe horaires)."""

STEM = "circulaire_gpme_2026_martinique"

MARQUE = ["RÉGION ACADÉMIQUE", "MARTINIQUE", "Liberté", "Égalité", "Fraternité"]
COLONNE_GAUCHE = [
    ("b", "Rectorat de la Martinique"),
    ("", "Division des examens"),
    ("", "et concours (DEC)"),
    ("", ""),
    ("b", "DEC 3"),
    ("", "Examens de l'enseignement"),
    ("", "supérieur"),
    ("", ""),
    ("", "Dossier suivi par"),
    ("", "Sylvie Larcher"),
    ("", "Tél. 0596 52 25 00"),
    ("", "dec3@ac-martinique.fr"),
    ("", ""),
    ("", "Les Hauts de Terreville"),
    ("", "97279 Schœlcher Cedex"),
]
LIEU_DATE = "Schœlcher, le 2 mars 2026"
DESTINATAIRES = ("Le recteur de la région académique Martinique\nà\nMesdames et Messieurs les chefs "
                 "d'établissement et directeurs de CFA\nMesdames et Messieurs les chefs de centre d'épreuves")
OBJET = "Objet : BTS Gestion de la PME (GPME) – session 2026 – organisation des épreuves"
REFERENCES = ("Réf. : arrêté du 20 février 2018 portant définition et fixant les conditions de délivrance du BTS "
              "Gestion de la PME ; circulaire nationale d'organisation du 15 décembre 2025.")
PARAGRAPHES = [
    ("h", "1. Horaires des épreuves écrites"),
    ("p", "Les sujets sont nationaux et les épreuves écrites débutent au même instant dans tous les territoires. "
          "Les horaires à retenir en Martinique sont ceux de la colonne « Antilles » du tableau figurant en "
          "annexe (page 2). Les candidats sont accueillis 30 minutes avant le début de chaque épreuve."),
    ("h", "2. Centres d'épreuves"),
    ("c", ["Lycée Joseph Gaillard", "Rue Marie-Thérèse Gertrude", "97261 Fort-de-France Cedex",
           "(épreuves écrites et orales)"]),
    ("c", ["Lycée Acajou 2", "Quartier Acajou – BP 409", "97232 Le Lamentin", "(épreuves écrites)"]),
    ("c", ["Lycée Joseph Pernock", "Quartier Morne Bellevue", "97214 Le Lorrain", "(épreuves écrites)"]),
    ("h", "3. Épreuves orales et dossiers"),
    ("p", "E4 – Gérer la relation avec les clients et les fournisseurs de la PME (candidats relevant de la "
          "forme ponctuelle) : interrogations du mardi 26 au vendredi 29 mai 2026 au Lycée Joseph Gaillard. "
          "Les dossiers E4 devront parvenir à la DEC au plus tard le vendredi 3 avril 2026 à 12 h 00 (heure de "
          "Martinique) ; le contrôle de conformité aura lieu le jeudi 16 avril 2026 à 8 h 30."),
    ("p", "E2 – Communication en langue vivante étrangère (candidats ponctuels) : du lundi 1er au "
          "mercredi 3 juin 2026."),
    ("p", "EF1 – Langue vivante étrangère facultative : mercredi 3 juin 2026, de 8 h à 12 h."),
    ("p", "E5 – Gérer le personnel et participer à la gestion des risques de la PME : épreuve évaluée "
          "uniquement en contrôle en cours de formation ; aucune date n'est arrêtée par la présente circulaire."),
    ("p", "Le vendredi 22 mai 2026 (commémoration de l'abolition de l'esclavage) et le lundi 25 mai 2026 "
          "(lundi de Pentecôte) sont fériés : aucun candidat ne sera convoqué ces jours-là."),
]
ANNEXE_TITRE = "ANNEXE – Calendrier des épreuves écrites – BTS GPME session 2026 (heures locales)"
ENTETE_HORAIRES = ("Épreuve", "Date", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte", "Durée")
HORAIRES = [
    ("E3 – Culture économique, juridique\net managériale", "lundi 11 mai 2026",
     "14h00-18h00", "08h00-12h00", "09h00-13h00", "16h00-20h00", "15h00-19h00", "4 h"),
    ("E1 – Culture générale et expression", "mardi 12 mai 2026",
     "14h00-18h00", "08h00-12h00", "09h00-13h00", "16h00-20h00", "15h00-19h00", "4 h"),
    ("E6 – Soutenir le fonctionnement et le\ndéveloppement de la PME", "mercredi 13 mai 2026",
     "13h30-18h00", "07h30-12h00", "08h30-13h00", "15h30-20h00", "14h30-19h00", "4 h 30"),
]
NOTE_HORAIRES = "Heure légale de la Martinique : UTC−4 (pas de changement d'heure)."
ETAPES_TITRE = "Étapes académiques (heure de Martinique)"
ENTETE_ETAPES = ("Étape", "Date", "Heure")
ETAPES = [
    ("Réunion d'entente des correcteurs E6 (visioconférence)", "lun. 18/05/26", "14:00"),
    ("Correction dématérialisée des copies E6", "du mar. 19/05/26 au mer. 27/05/26", "—"),
    ("Remontée des notes de CCF (E2, E4, E5) dans Cyclades", "ven. 29/05/26", "17:00"),
    ("Jury de délibération (rectorat)", "lun. 22/06/26", "08:00"),
    ("Publication des résultats", "ven. 26/06/26", "16:00"),
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours,",
             "Patrick Rosier"]
PIED = "Rectorat de la Martinique – DEC 3 – BTS GPME 2026"
