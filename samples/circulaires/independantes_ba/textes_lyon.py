"""BTS Professions immobilières, académie de Lyon, session 2028 — a Google Docs document downloaded as HTML.
Each paragraph: (kind, [runs]); a run is (text, flags) with flags in 'b' bold, 'i' italic, 'h' yellow highlight,
'u' link, 'c:N' anchor of comment N (the comment texts are printed at the end, as Google Docs does)."""

P = [
    ("right", [("ACADÉMIE DE LYON", "b")]),
    ("right", [("Direction des examens et concours", "")]),
    ("right", [("DEC 2 – Bureau des BTS tertiaires", "")]),
    ("empty", []),
    ("p", [("Affaire suivie par : Nadia Ferrand", "i")]),
    ("p", [("Tél. 04 72 80 61 17 – ", "i"), ("dec2-bts@ac-lyon.fr", "u")]),
    ("empty", []),
    ("right", [("Lyon, le 8 février 2028", "")]),
    ("empty", []),
    ("p", [("La rectrice de la région académique Auvergne-Rhône-Alpes, rectrice de l'académie de Lyon", "")]),
    ("p", [("à", "")]),
    ("p", [("Mesdames et Messieurs les chefs d'établissement (centres d'épreuves et établissements de formation)", "")]),
    ("empty", []),
    ("p", [("Objet : ", "b"), ("BTS Professions immobilières (PI) – session 2028 – organisation des épreuves", "b")]),
    ("p", [("Référence : note de service nationale du 30 novembre 2027 relative au calendrier des BTS", "i")]),
    ("empty", []),
    ("p", [("La présente circulaire précise l'organisation, dans l'académie, des épreuves ponctuelles du BTS "
            "Professions immobilières. Elle doit être portée à la connaissance des candidats et des professeurs concernés.", "")]),
    ("empty", []),
    ("h", [("1. Épreuves écrites (heure de Lyon)", "b")]),
    ("p", [("– E1 Culture générale et expression : ", ""), ("mardi 16 mai 2028", "b"), ("", "c:1"), (", de 14 h à 18 h ;", "")]),
    ("p", [("– E2 Langue vivante étrangère : anglais : ", ""), ("mercredi 17 mai 2028", "b"), (", de ", ""), ("10 h", "h"),
           (" à 12 h ;", "")]),
    ("p", [("– E3 Conseil en ingénierie de l'immobilier : ", ""), ("mercredi 17 mai 2028", "b"), (", de 14 h à 18 h.", "")]),
    ("p", [("Les candidats composent dans les centres suivants :", "")]),
    ("p", [("•\u00a0\u00a0Lycée Ampère-Saxe, 29 rue de Bonald, 69007 Lyon ;", "")]),
    ("p", [("•\u00a0\u00a0Lycée Carriat, 1 rue de Crouy, 01000 Bourg-en-Bresse ;", "")]),
    ("p", [("•\u00a0\u00a0Lycée Honoré-d'Urfé, 1 impasse Le Châtelier, 42000 Saint-Étienne.", "")]),
    ("empty", []),
    ("h", [("2. Dossiers des sous-épreuves E51 et E52", "b")]),
    ("p", [("Les dossiers de la sous-épreuve E51 Transaction immobilière et de la sous-épreuve E52 Gestion immobilière "
            "(épreuve E5 Techniques immobilières) sont déposés ", ""), ("au plus tard le vendredi 7 avril 2028 à 12 h", "b"),
           (" au lycée Ampère-Saxe. Le contrôle de conformité de ces dossiers aura lieu le ", ""),
           ("jeudi 13 avril 2028 à 14 h", "b"), ("", "c:2"), (".", "")]),
    ("p", [("Un dossier non conforme ou non déposé dans les délais entraîne l'attribution de la mention « non valide » "
            "à la sous-épreuve concernée.", "")]),
    ("empty", []),
    ("h", [("3. Épreuves orales", "b")]),
    ("table", None),
    ("p", [("Une réunion d'entente des examinateurs des sous-épreuves E51 et E52 se tiendra le ", ""),
           ("vendredi 2 juin 2028 à 9 h 30", "b"), (" au lycée Ampère-Saxe.", "")]),
    ("p", [("Le lundi 5 juin 2028 (lundi de Pentecôte) est férié : aucune interrogation n'est prévue ce jour-là.", "i")]),
    ("empty", []),
    ("h", [("4. Délibérations et résultats", "b")]),
    ("p", [("– jury de délibération : ", ""), ("mardi 27 juin 2028 à 14 h", "b"), (", au rectorat de Lyon ;", "")]),
    ("p", [("– publication des résultats : ", ""), ("jeudi 29 juin 2028 à 10 h", "b"), (" sur le site académique (", ""),
           ("www.ac-lyon.fr/examens", "u"), (").", "")]),
    ("empty", []),
    ("right", [("Pour la rectrice et par délégation,", "")]),
    ("right", [("la cheffe de la division des examens et concours", "")]),
    ("right", [("Claire Mounier-Bastide", "b")]),
]
TABLE_ENTETE = ["Épreuve", "Modalité", "Dates", "Centre"]
TABLE = [
    ("E4 Communication professionnelle en français et en langue étrangère", "oral ponctuel (candidats hors CCF)",
     "du 29 au 31 mai 2028", "Lycée Ampère-Saxe, Lyon"),
    ("EF1 Langue vivante facultative", "oral", "jeudi 1er juin 2028", "Lycée Carriat, Bourg-en-Bresse"),
    ("E51 Transaction immobilière", "oral", "du 6 au 8 juin 2028", "Lycée Ampère-Saxe, Lyon"),
    ("E52 Gestion immobilière", "oral", "du 12 au 14 juin 2028", "Lycée Ampère-Saxe, Lyon"),
]
COMMENTAIRES = {
    1: ("Nadia Ferrand", "Vérifié avec le bureau national le 12/01 : conforme à la note de service."),
    2: ("Sophie Brun", "Attention aux vacances de printemps (du samedi 15 avril au lundi 1er mai 2028) : "
                       "prévenir les établissements avant."),
}
