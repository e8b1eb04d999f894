"""Fiche récapitulative de la DEC — BTS Professions immobilières, académie de Dijon, session 2028 (fictive)."""

EN_TETE = ["Académie de Dijon", "Rectorat — Division des examens et concours — DEC 3 (BTS)",
           "2G rue du Général Delaborde — 21000 Dijon"]
TITRE = "Fiche récapitulative — BTS Professions immobilières (PI)"
META = [("Session", "2028"), ("Code spécialité", "320 313 07"), ("Mise à jour", "2028-03-20"),
        ("Statut", "☒ validée DEC  ☐ provisoire"), ("Gestionnaire", "Mme Anne-Sophie DELORME — 03 80 44 85 61")]

CENTRES = [
    ("Écrits", "Lycée Hippolyte Fontaine", "20 boulevard Voltaire, 21000 Dijon"),
    ("Oraux", "Lycée Nicéphore Niépce", "141 avenue Boucicaut, 71100 Chalon-sur-Saône"),
]

DOSSIERS = [
    ("Dépôt des dossiers E4 et E6", "2028-04-07 (ven.) au plus tard 12:00, au centre des oraux"),
    ("Contrôle de conformité des dossiers", "2028-04-18 (mar.) 14:00, Lycée Nicéphore Niépce"),
]

# code, intitulé, forme (ponctuel, CCF), date, horaires, centre
EPREUVES = [
    ("E1", "Culture générale et expression", "☒", "☐", "2028-05-16 (mar.)", "14:00-18:00", "Écrits"),
    ("E2", "Communication en langue vivante étrangère : anglais", "☐", "☒", "—", "—", "—"),
    ("E3", "Conseil en ingénierie de l'immobilier", "☒", "☐", "2028-05-17 (mer.)", "08:00-12:00", "Écrits"),
    ("E4", "Communication professionnelle en français et en langue étrangère", "☒", "☐",
     "2028-06-06 (mar.) → 2028-06-07 (mer.)", "selon convocation", "Oraux"),
    ("E5", "Techniques immobilières", "", "", "", "", ""),
    ("E51", "  Transaction immobilière", "☒", "☐", "2028-05-18 (jeu.)", "08:00-12:00", "Écrits"),
    ("E52", "  Gestion immobilière", "☒", "☐", "2028-05-16 (mar.)", "08:00-12:00", "Écrits"),
    ("E6", "Action professionnelle", "☒", "☐", "2028-06-06 (mar.) → 2028-06-09 (ven.)", "selon convocation", "Oraux"),
    ("EF1", "Langue vivante facultative", "☒", "☐", "2028-06-09 (ven.)", "09:00-12:00", "Oraux"),
]

SUIVI = [
    ("Correction des copies (E1, E3, E51, E52)", "2028-05-22 (lun.) → 2028-06-02 (ven.)"),
    ("Réunion d'entente E51 / E52", "2028-05-24 (mer.) 09:00, Lycée Hippolyte Fontaine"),
    ("Saisie des notes (tous examinateurs)", "au plus tard 2028-06-14 (mer.) 17:00"),
    ("Jury de délibération", "2028-06-28 (mer.) 09:30, Lycée Hippolyte Fontaine, salle du conseil"),
    ("Publication des résultats", "2028-07-05 (mer.) 10:00, site internet de l'académie"),
]

NE_PAS_CONFONDRE = [
    ("Vacances de printemps (zone A)", "2028-04-15 → 2028-05-01 : aucune opération"),
    ("Ascension", "2028-05-25 (jeu.), férié"),
    ("Lundi de Pentecôte", "2028-06-05, férié — pas d'oral"),
    ("Texte de référence", "arrêté du 23 février 2021 portant définition du diplôme (fictif, pour mémoire)"),
]

PIED = "Fiche générée le 2028-03-20 — la version en ligne fait foi — DEC 3 / BTS PI / 2028"
