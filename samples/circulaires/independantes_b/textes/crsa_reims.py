"""BTS CRSA, académie de Reims, session 2027 — calendrier imprimé depuis un tableur
(grille, lettres de colonnes, numéros de lignes, ville dans sa propre colonne, codes d'unités U51…)."""

ENTETE = "Académie de Reims – Division des examens et concours – DEC 2 Examens post-baccalauréat"
TITRE = "BTS CONCEPTION ET RÉALISATION DE SYSTÈMES AUTOMATIQUES (CRSA) – Session 2027"
ONGLET_1 = "Calendrier prévisionnel – unités"
ONGLET_2 = "Calendrier prévisionnel – opérations"
PIED = "CRSA_2027_calendrier.xlsx – édité le 16/11/2026 – page {p}/2"

COLONNES = ["Unité", "Intitulé", "Forme", "Date(s)", "Horaires", "Centre d'épreuves", "Ville", "Remise dossier"]
LARGEURS = [38, 170, 62, 118, 62, 118, 112, 92]

UNITES = [
    ["U1", "Culture générale et expression", "Écrit 4h", "lun. 10/05/2027", "14:00-18:00", "Lycée Franklin Roosevelt", "REIMS", ""],
    ["U2", "Langue vivante étrangère : anglais", "Écrit 2h", "mar. 11/05/2027", "10:00-12:00", "Lycée Franklin Roosevelt", "REIMS", ""],
    ["U31", "Mathématiques", "CCF", "", "", "établissement de formation", "", ""],
    ["U32", "Physique-chimie", "CCF", "", "", "établissement de formation", "", ""],
    ["U4", "Conception préliminaire d'un système automatique", "Écrit 4h", "mer. 12/05/2027", "08:00-12:00", "Lycée Franklin Roosevelt", "REIMS", ""],
    ["U51", "Conception détaillée d'une solution", "Pratique 6h", "lun. 31/05/2027 → ven. 04/06/2027", "08:00-17:00", "Lycée Pierre Bayen", "CHÂLONS-EN-CHAMPAGNE", ""],
    ["U52", "Réalisation et mise en service", "Pratique + oral", "lun. 07/06/2027 → mer. 09/06/2027", "selon convocation", "Lycée Gaspard Monge", "CHARLEVILLE-MÉZIÈRES", "ven. 14/05/2027 12:00"],
    ["U61", "Rapport d'activités en entreprise", "CCF", "", "", "établissement de formation", "", ""],
    ["U62", "Projet industriel – soutenance", "Oral 1h", "lun. 14/06/2027 → jeu. 17/06/2027", "08:00-18:00", "Lycée Franklin Roosevelt", "REIMS", "mer. 19/05/2027 17:00"],
    ["UF1", "Langue vivante facultative", "Oral 20 min", "jeu. 10/06/2027", "09:00-17:00", "Lycée François Arago", "REIMS", ""],
]

COLONNES_OPS = ["N°", "Opération", "Type", "Date", "Heure", "Lieu", "Ville", "Observations"]
OPERATIONS = [
    ["1", "Réunion d'entente des correcteurs U4", "Réunion", "mar. 18/05/2027", "14:00", "Lycée Franklin Roosevelt", "REIMS", "présence obligatoire"],
    ["2", "Saisie des notes de CCF (U31, U32, U61)", "Transmission", "ven. 21/05/2027", "avant 17:00", "application Lot", "", ""],
    ["3", "Contrôle de conformité des dossiers U62", "Commission", "jeu. 27/05/2027", "14:00", "Rectorat – DEC 2", "REIMS", "1 rue Navier"],
    ["4", "Jury de délibération", "Jury", "jeu. 01/07/2027", "09:00", "Rectorat", "REIMS", ""],
    ["5", "Affichage des résultats", "Résultats", "ven. 02/07/2027", "14:00", "Internet", "", ""],
]
NOTES = [
    "Les dossiers U52 et U62 sont remis au centre d'épreuves de l'unité, en deux exemplaires papier.",
    "Aucune remise de dossier n'est acceptée après l'heure limite indiquée dans la colonne H.",
]
