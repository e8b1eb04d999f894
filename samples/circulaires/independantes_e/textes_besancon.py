# -*- coding: utf-8 -*-
"""Textes du courriel imprimé fictif : BTS SAM, académie de Besançon, session 2026."""

STEM = "mel_sam_2026_besancon"

BANDEAU = "Messagerie académique – ac-besancon.fr"
IMPRIME = "Imprimé le 07/04/2026 à 10:42"
TITRE = "BTS SAM session 2026 – calendrier E4 / E5 / E6 et réunion d'entente"
ENTETES = [
    ("De", "DEC 3 – BTS <ce.dec3@ac-besancon.fr>"),
    ("À", "Chefs d'établissement BTS SAM <liste-bts-sam@ac-besancon.fr>"),
    ("Cc", "IEN-ET économie-gestion <ien-eg@ac-besancon.fr>"),
    ("Date", "mar. 07/04/2026 10:31"),
    ("Objet", "BTS SAM session 2026 – calendrier E4 / E5 / E6 et réunion d'entente"),
    ("Pièces jointes", "convocation_entente_E6.pdf (84 Ko)"),
]
CORPS = [
    "Mesdames et Messieurs les chefs d'établissement,",
    ("Vous trouverez ci-dessous le calendrier académique du BTS Support à l'action managériale (SAM) – "
     "session 2026, académie de Besançon. Il annule et remplace le message du 2 mars. Les épreuves E1 et E3 "
     "suivent le calendrier de la circulaire nationale."),
]
LISTE = [
    "E6 (écrit) : lun. 18/05/26, 13h30-17h30, dans les centres habituels (cf. convocations).",
    "E4 – dépôt des dossiers (fiches descriptives) : 17-04-2026 avant 16:00, au lycée Louis Pergaud.",
    "Contrôle de conformité E4 et E5 : mer. 06/05/26 à 14:00, lycée Louis Pergaud (Besançon).",
    "Réunion d'entente E6 : jeu. 21/05/26 9h30, en visio (lien dans la convocation jointe).",
    "Correction E6 : 26-05-2026 au 29-05-2026, centre de correction lycée Louis Pergaud.",
    "Oraux E4 : du lun. 01/06 au ven. 05/06/2026, lycée Jules Haag (Besançon) et lycée Germaine Tillion (Montbéliard).",
    "Oraux E5 : 08/06 → 10/06/2026, lycée Pasteur Mont-Roland (Dole).",
    "Jury : 01/07/2026 14h.",
    "Résultats : ven. 03/07/2026 à partir de 09:00.",
]
APRES = [
    "Merci de diffuser ce calendrier aux équipes et de nous signaler toute difficulté avant le 10 du mois.",
    "Bien cordialement,",
]
SIGNATURE = [
    "Sophie Grandjean",
    "Gestionnaire BTS tertiaires – DEC 3",
    "Rectorat de l'académie de Besançon",
    "10, rue de la Convention – 25030 Besançon Cedex",
    "03 81 65 47 22",
]
CITATION_ENTETE = "-------- Message d'origine --------"
CITATION = [
    ("De", "DEC 3 – BTS <ce.dec3@ac-besancon.fr>"),
    ("Date", "lun. 02/03/2026 16:05"),
    ("Objet", "BTS SAM 2026 – premières dates"),
]
CITATION_CORPS = [
    "Bonjour,",
    ("Premières informations (provisoires) : le contrôle de conformité des dossiers E4 et E5 est envisagé le "
     "29/04/2026. Les autres dates vous seront communiquées ultérieurement."),
    "Cordialement,",
    "La DEC 3",
]
