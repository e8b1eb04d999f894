"""Courriel imprimé fictif (BTS Professions immobilières, académie de Toulouse, session 2026).

Dessiné avec reportlab comme l'impression d'un client de messagerie.
"""

STEM = "courriel_pi_2026_toulouse"

BARRE = "Messagerie académique – ac-toulouse.fr"
ENTETES = [
    ("Objet", "BTS PI session 2026 - rectificatif E4 et oraux E5"),
    ("De", "DEC 4 Bureau des BTS <dec4-bts@ac-toulouse.fr>"),
    ("Date", "09/03/2026 10:42"),
    ("Pour", "chefs d'établissement BTS PI ; ce.0310040x ; ce.0460010c"),
    ("Copie", "IEN-ET économie-gestion"),
]
CORPS = [
    "Mesdames, Messieurs,",
    "",
    "Je vous prie de trouver ci-dessous un rectificatif à la circulaire académique du 2 février 2026",
    "relative au BTS Professions immobilières (PI).",
    "",
    "1) Épreuve écrite E4 - Conseil en ingénierie de l'immobilier (4 h)",
    "   L'épreuve aura lieu le mar. 12/05/26, 14h-18h, et non le lundi 11 mai comme indiqué",
    "   par erreur dans la circulaire.",
    "",
    "2) Épreuve E5 - Techniques immobilières (oraux)",
    "   - E51 Transaction immobilière : du lun. 01/06/26 au mer. 03/06/26",
    "   - E52 Gestion immobilière     : du jeu. 04/06/26 au ven. 05/06/26",
    "",
    "   Lieux d'interrogation :",
    "     Lycée Déodat de Séverac",
    "     26 boulevard Déodat de Séverac",
    "     31076 TOULOUSE CEDEX 3",
    "   et, pour les candidats du Lot,",
    "     Lycée Champollion",
    "     13 avenue Fernand Pezet",
    "     46100 FIGEAC",
    "",
    "3) Dossiers E52 : à remettre au centre d'interrogation le 13-04-2026 à 12h00 au plus tard.",
    "   Contrôle de conformité : jeudi 16 avril 2026 à 10h, au rectorat.",
    "",
    "4) Le jury se réunira le mardi 23 juin 2026, 14h00.",
    "",
    "Le reste de la circulaire est inchangé.",
    "",
    "Cordialement,",
    "",
    "--",
    "Bureau des BTS - DEC 4",
    "Rectorat de Toulouse - 75 rue Saint-Roch - 31400 Toulouse",
    "Tél. 05 36 25 70 00",
]
PIED = "https://messagerie.ac-toulouse.fr/?_task=mail&_action=print            1/1"
