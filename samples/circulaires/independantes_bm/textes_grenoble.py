"""BTS Professions immobilières – académie de Grenoble – session 2027 (fictitious).
DOCX letter with the calendar workbook embedded as an OLE icon; PDF of the letter with the pieces as file attachments."""

EN_TETE = ["ACADÉMIE DE GRENOBLE", "Division des examens et concours – DEC 4 – BTS",
           "7 place Bir-Hakeim – CS 81065 – 38021 Grenoble Cedex 1"]

LETTRE = [
    ("right", "Grenoble, le 2 mars 2027"),
    ("small", "Affaire suivie par : M. Yannick Bouvier-Garzon – 04 76 74 72 18 – dec4@ac-grenoble.fr"),
    ("indent", "Le recteur de l'académie de Grenoble\nà\nMesdames et Messieurs les chefs d'établissement et "
               "directeurs de CFA préparant au BTS Professions immobilières"),
    ("bold", "Objet : BTS Professions immobilières (PI) – session 2027"),
    ("small", "Référence : arrêté du 17 mars 2021 portant définition du BTS Professions immobilières."),
    ("p", "J'ai l'honneur de vous communiquer les modalités d'organisation de la session 2027. Le calendrier complet "
          "des épreuves (écrites et orales) est fourni sous la forme d'un classeur joint (annexe 1) : merci de "
          "l'ouvrir et de le diffuser aux équipes pédagogiques."),
    ("h", "1. Centres d'épreuves"),
    ("p", "Épreuves écrites E1, E3, E51 et E52 : lycée Louise Michel, 30 rue Louise Michel, 38100 Grenoble, et "
          "lycée Vaugelas, 52 avenue de Lyon, 73000 Chambéry. Épreuves orales E2, E4 et E6 : lycée Ferdinand "
          "Buisson, 21 boulevard Edgar Kofler, 38500 Voiron."),
    ("h", "2. Épreuve E6 – Conduite et présentation d'activités professionnelles : dossier"),
    ("p", "Les dossiers de l'épreuve E6 sont déposés au lycée Ferdinand Buisson avant le mercredi 14 avril 2027 "
          "à 16 h, avec la fiche de dépôt (annexe 2). Le contrôle de conformité aura lieu le mardi 27 avril 2027 "
          "à 10 h."),
    ("h", "3. Épreuve E5 – Techniques immobilières"),
    ("p", "Les deux sous-épreuves écrites E51 (transaction immobilière) et E52 (gestion immobilière) se déroulent "
          "aux dates indiquées dans le classeur."),
    ("h", "4. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le jeudi 1er juillet 2027 à 14 h au rectorat. Les résultats seront "
          "publiés le vendredi 2 juillet 2027 à 10 h."),
    ("p", "La circulaire de la session 2026 est jointe à titre de comparaison uniquement."),
    ("sig", "Pour le recteur et par délégation,\nle chef de la division des examens et concours\n\nDidier Montmayeur"),
]
LETTRE_DOCX_NOTE = "Annexe 1 – Calendrier de la session 2027 (double-cliquer sur l'icône pour ouvrir le classeur) :"

CAL_TITRE = "BTS Professions immobilières – session 2027 – académie de Grenoble – calendrier des épreuves"
CAL_ENTETE = ["Épreuve", "Intitulé", "Du", "Au", "Début", "Fin", "Centre(s)"]
CAL = [  # épreuve, intitulé, du (iso), au (iso or None), début, fin, centres
    ("E51", "Transaction immobilière", "2027-05-10", None, "14:00", "18:00", "Louise Michel (Grenoble) ; Vaugelas (Chambéry)"),
    ("E1", "Culture générale et expression", "2027-05-11", None, "14:00", "18:00", "Louise Michel (Grenoble) ; Vaugelas (Chambéry)"),
    ("E3", "Conseil en ingénierie de l'immobilier", "2027-05-12", None, "14:00", "18:00", "Louise Michel (Grenoble) ; Vaugelas (Chambéry)"),
    ("E52", "Gestion immobilière", "2027-05-13", None, "09:00", "13:00", "Louise Michel (Grenoble) ; Vaugelas (Chambéry)"),
    ("E2", "Communication en langue vivante étrangère : anglais (oral)", "2027-05-25", "2027-05-28", None, None, "Ferdinand Buisson (Voiron)"),
    ("E4", "Communication professionnelle (oral)", "2027-05-31", "2027-06-02", None, None, "Ferdinand Buisson (Voiron)"),
    ("E6", "Conduite et présentation d'activités professionnelles (oral)", "2027-06-07", "2027-06-11", None, None, "Ferdinand Buisson (Voiron)"),
]

FICHE = [
    ("title", "Annexe 2 – Fiche de dépôt du dossier E6\nBTS Professions immobilières – session 2027"),
    ("form", "Nom et prénom du candidat :"), ("form", "N° d'inscription :"), ("form", "Établissement :"),
    ("form", "Dossier déposé le ___ / ___ / 2027 à ___ h ___"),
    ("p", "Signature du candidat :                              Signature et cachet du centre :"),
]

ANCIENNE = [
    ("right", "Grenoble, le 3 mars 2026"),
    ("bold", "Objet : BTS Professions immobilières (PI) – session 2026"),
    ("p", "Centres d'écrits : lycée Louise Michel (Grenoble) et lycée des Portes de l'Oisans (Vizille)."),
    ("table", [["Épreuve", "Date", "Horaire"],
               ["E1", "lundi 11 mai 2026", "14 h – 18 h"], ["E51", "mardi 12 mai 2026", "14 h – 18 h"],
               ["E3", "mercredi 13 mai 2026", "14 h – 18 h"], ["E52", "vendredi 15 mai 2026", "9 h – 13 h"]], [3, 6, 5]),
    ("p", "Dépôt des dossiers E6 : mercredi 15 avril 2026 à 16 h. Oraux E6 : du lundi 8 au vendredi 12 juin 2026. "
          "Jury : jeudi 2 juillet 2026 à 14 h."),
    ("sig", "Pour le recteur et par délégation,\nDidier Montmayeur"),
]
