# -*- coding: utf-8 -*-
"""Circulaire d'organisation, BTS GPME, académie de La Réunion, session 2027 (heures locales)."""

ENTETE_G = ["RÉGION ACADÉMIQUE", "LA RÉUNION", "Liberté", "Égalité", "Fraternité"]
ENTETE_D = ["Rectorat", "Division des examens et concours", "Bureau de l'enseignement supérieur (DEC 3)",
            "24 avenue Georges Brassens", "97702 Saint-Denis Messag Cedex 9"]
LIEU_DATE = "Saint-Denis, le 25 janvier 2027"
DESTINATAIRES = ("Le recteur de la région académique La Réunion à Mesdames et Messieurs les chefs d'établissement "
                 "publics et privés, directeurs de CFA et d'organismes de formation")
OBJET = "Objet : BTS Gestion de la PME (GPME) – session 2027 – circulaire d'organisation"
REFERENCES = ("Réf. : code de l'éducation, art. D. 643-1 et suivants ; arrêté du 23 juillet 2018 portant définition "
              "du BTS GPME ; note nationale d'organisation du 7 décembre 2026.")
INTRO = ("La présente circulaire précise le calendrier de la session 2027 pour les candidats de l'académie de "
         "La Réunion. Sauf mention contraire, toutes les heures indiquées sont exprimées en heure locale de "
         "La Réunion (UTC+4). La colonne « Métropole » est donnée pour information.")

T_ECRITS = "I. ÉPREUVES ÉCRITES"
ECRITS_ENTETE = ["Épreuve", "Intitulé", "Date", "Métropole\n(heure de Paris)", "La Réunion\n(heure locale)", "Durée"]
ECRITS = [
    ["E3", "Culture économique, juridique et managériale", "lundi 10 mai 2027", "14h00 – 18h00", "08h00 – 12h00 (1)", "4 h"],
    ["E1", "Culture générale et expression", "mardi 11 mai 2027", "14h00 – 18h00", "08h00 – 12h00 (1)", "4 h"],
    ["E6", "Soutenir le fonctionnement et le développement de la PME", "mercredi 12 mai 2027", "09h00 – 13h30",
     "11h00 – 15h30 (2)", "4 h 30"],
]
ECRITS_NOTES = [
    "(1) Sujets spécifiques zone océan Indien : les horaires de métropole ne s'appliquent pas aux candidats de l'académie.",
    "(2) Sujet national commun : épreuve simultanée avec la métropole (décalage horaire de + 2 h).",
    "Rappel : le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (Pentecôte) sont fériés.",
]

T_ORAUX = "II. ÉPREUVES ORALES ET CCF"
ORAUX = [
    "E2 – Communication en langue vivante étrangère (candidats hors CCF) : du lundi 31 mai au mercredi 2 juin 2027, "
    "au lycée Bellepierre.",
    "E4 – Gérer la relation avec les clients et les fournisseurs de la PME (candidats hors CCF) : du mardi 25 au "
    "jeudi 27 mai 2027 et du lundi 7 au mercredi 9 juin 2027, au lycée Bellepierre et au lycée Roland Garros.",
    "EF1 – Langue vivante étrangère 2 (épreuve facultative) : jeudi 3 juin 2027 à 13h30, lycée Antoine Roussin.",
    "E5 – Gérer le personnel et contribuer à la GRH de la PME : évaluation en CCF uniquement, y compris pour les "
    "candidats des organismes de formation habilités ; aucune date académique.",
]

T_CENTRES = "III. CENTRES D'ÉPREUVES"
CENTRES_ENTETE = ["Centre", "Adresse", "Ville", "Épreuves"]
CENTRES = [
    ["Lycée Bellepierre", "51 avenue Gaston Monnerville\nBP 30207 – 97400 Saint-Denis", "Saint-Denis", "écrits, E2, E4"],
    ["Lycée Roland Garros", "2 rue Roland Garros\nBP 94 – 97839 Le Tampon Cedex", "Le Tampon", "écrits, E4"],
    ["Lycée Antoine Roussin", "25 rue Leconte de Lisle\nBP 138 – 97899 Saint-Louis Cedex", "Saint-Louis", "écrits, EF1"],
]
NON_CENTRES = ("Établissements de formation (ne sont pas centres d'épreuves) : lycée Saint-Charles (Saint-Pierre), "
               "lycée Lislet Geoffroy (Saint-Denis), CFA de la CCI Réunion (Sainte-Clotilde).")

T_ADMIN = "IV. CALENDRIER DES OPÉRATIONS (heure locale)"
ADMIN_ENTETE = ["Opération", "Date", "Heure", "Observations"]
ADMIN = [
    ["Dépôt des dossiers E4 (candidats hors CCF)", "vendredi 16 avril 2027", "12h00",
     "Au centre d'oral, contre récépissé. Tout dossier parvenu après l'échéance est refusé ; le candidat ne peut "
     "alors être interrogé."],
    ["Contrôle de conformité des dossiers E4", "mercredi 28 avril 2027", "14h00",
     "Lycée Bellepierre, par la commission désignée par le recteur. Notification aux candidats concernés sous "
     "huitaine."],
    ["Numérisation des copies", "du lundi 10 au mercredi 12 mai 2027", "–",
     "Dans chaque centre, le soir même de l'épreuve ; contrôle exhaustif avant validation dans Santorin."],
    ["Réunion d'entente des correcteurs E6", "vendredi 14 mai 2027", "08h30",
     "Visioconférence ; lien transmis aux correcteurs convoqués."],
    ["Corrections dématérialisées", "du mardi 18 au vendredi 28 mai 2027", "–",
     "Quatre demi-journées banalisées accordées aux correcteurs ; aucune copie ne circule sous format papier."],
    ["Transmission des notes de CCF (E5)", "vendredi 4 juin 2027", "–",
     "Saisie dans Cyclades par les établissements de formation, puis envoi des grilles signées."],
    ["Jury de délibération", "lundi 28 juin 2027", "08h00", "Rectorat, salle du conseil."],
    ["Publication des résultats", "mercredi 30 juin 2027", "16h00", "Heure locale ; affichage dans les centres et en ligne."],
]
CONCLUSION = ("Le 20 décembre, jour férié à La Réunion, ne fait l'objet d'aucune opération. Je vous remercie de "
              "bien vouloir assurer la diffusion de la présente circulaire auprès des équipes et des candidats.")
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la DEC,", "Marie-Claude HOARAU"]
PIED = "Circulaire BTS GPME 2027 – académie de La Réunion"
