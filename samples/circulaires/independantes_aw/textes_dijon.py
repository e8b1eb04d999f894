"""Textes de la circulaire BTS PI 2025, académie de Dijon (fictive). Les articles sont numérotés par le style de
titre (« Article %1 – ») ; les épreuves par des listes « Épreuve E%1 – » dont certaines recommencent à 4, 5 ou 7
(startOverride), et les sous-épreuves par « E%1%2 – »."""

EN_TETE = "Région académique Bourgogne-Franche-Comté – Académie de Dijon"
SERVICE = "Division des examens et concours – Pôle BTS"
LIEU_DATE = "Dijon, le 28 janvier 2025"
OBJET = "BTS Professions immobilières (PI) – session 2025 – organisation des épreuves dans l'académie de Dijon"
VISAS = [
    "Vu le code de l'éducation, notamment ses articles D. 643-1 à D. 643-35 ;",
    "Vu la circulaire nationale d'organisation de l'examen du 2 décembre 2024 ;",
]
A_OBJET = "Objet de la présente circulaire"
OBJET_TXT = ("La présente circulaire fixe le calendrier académique des épreuves ponctuelles du BTS Professions "
             "immobilières pour la session 2025.")
A_ECRITS = "Épreuves écrites"
ECRITS_TXT = "Les épreuves écrites ont lieu aux dates et heures suivantes :"
LISTE1 = [(0, "Culture générale et expression – lundi 12 mai 2025, de 14 h 00 à 18 h 00"),
          (0, "Langue vivante étrangère : anglais – mardi 13 mai 2025, de 10 h 00 à 12 h 00"),
          (0, "Culture économique, juridique et managériale – mardi 13 mai 2025, de 14 h 00 à 18 h 00")]
ENTRE = "L'épreuve E4, orale, est traitée à l'article 3."
LISTE2 = [(0, "Techniques immobilières"),                          # numérotation qui reprend à 5
          (1, "Transaction immobilière – mercredi 14 mai 2025, de 9 h 00 à 13 h 00"),
          (1, "Gestion immobilière – jeudi 15 mai 2025, de 9 h 00 à 13 h 00"),
          (0, "Conseil en ingénierie de l'immobilier – vendredi 16 mai 2025, de 9 h 00 à 13 h 00")]
ASCENSION = "Le jeudi 29 mai 2025 (Ascension) et le lundi 9 juin 2025 (lundi de Pentecôte) sont fériés."
A_ORAUX = "Épreuves orales"
LISTE3 = [(0, "Communication professionnelle en français et en langue étrangère – interrogations du lundi 2 juin "
              "au mercredi 4 juin 2025 au lycée Le Castel (Dijon) et au lycée Henri Parriat (Montceau-les-Mines)")]
LISTE4 = [(0, "Actions professionnelles – interrogations du mardi 10 juin au vendredi 13 juin 2025 au lycée Le Castel "
              "(Dijon) et au lycée Raoul Follereau (Nevers)")]
A_DOSSIERS = "Dossiers de l'épreuve E7"
DOSSIERS = [
    "Date limite de dépôt des dossiers : vendredi 11 avril 2025 à 12 h 00, au lycée Le Castel, 22 rue du Castel, 21000 Dijon.",
    "Commission de contrôle de conformité : jeudi 24 avril 2025 à 14 h 00, au lycée Le Castel.",
]
A_CENTRES = "Adresses des centres d'interrogation"
CENTRES = [
    "Lycée Le Castel – 22 rue du Castel – 21000 Dijon",
    "Lycée Henri Parriat – 49 rue de Gourdon – 71300 Montceau-les-Mines",
    "Lycée Raoul Follereau – 3 boulevard Saint-Exupéry – 58000 Nevers",
]
A_JURY = "Délibération et résultats"
JURY = ("Le jury se réunit le jeudi 3 juillet 2025 à 14 h 00 au rectorat de Dijon (2G rue Général Delaborde). "
        "Les résultats sont publiés le vendredi 4 juillet 2025 à 10 h 00.")
SIGNATURE = "Le recteur de l'académie de Dijon,\npour le recteur et par délégation,\nle chef de la DEC,\nArnaud Morel-Bouchot"
