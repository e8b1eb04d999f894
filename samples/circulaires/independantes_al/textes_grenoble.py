"""Texte de la circulaire fictive BTS Tourisme, académie de Grenoble, session 2028.
Le calendrier est « tapé » au clavier avec des espaces, en police à chasse fixe (Courier New)."""

EN_TETE = ["Académie de Grenoble", "Division des examens et concours – DEC 4 – BTS tertiaires"]
LIEU_DATE = "Grenoble, le 22 février 2028"
OBJET = "OBJET : BTS TOURISME – SESSION 2028 – Organisation des épreuves"
REFERENCES = [
    "Références : arrêté du 5 avril 2018 modifié portant définition du BTS Tourisme ;",
    "circulaire nationale d'organisation du 12 janvier 2028.",
]
INTRO = ("J'ai l'honneur de vous faire connaître les modalités d'organisation du BTS Tourisme pour la session 2028 dans "
         "l'académie de Grenoble. Je vous remercie d'en assurer la diffusion auprès des équipes et des candidats.")

H1 = "I - CALENDRIER DES EPREUVES ECRITES"
COURIER = [
    "SESSION 2028 - EPREUVES ECRITES (heures de métropole)",
    "================================================================",
    "Jour           Epreuve                                  Horaire",
    "----------------------------------------------------------------",
    "Mardi 9 mai    E1   Culture générale et expression      8h30-12h30",
    "               E21  Anglais (écrit)                     14h-16h",
    "Mercredi 10 mai",
    "               E3   Culture économique, juridique       14h-18h",
    "                    et managériale appliquée",
    "Jeudi 11 mai   E22  Langue vivante B (écrit)            8h30-10h30",
    "----------------------------------------------------------------",
    "E5 Gestion de l'information touristique : CCF uniquement",
]
APRES_COURIER = [
    "L'épreuve E3 se déroulera donc le mercredi 10 mai 2028 de 14 heures à 18 heures ; aucune épreuve n'a lieu le "
    "matin. Le lundi 8 mai 2028 est férié.",
    "Les copies de l'épreuve E1 sont corrigées dans les centres ; les notes et les copies corrigées sont remises au "
    "plus tard le jeudi 1er juin 2028 avant 18 heures au rectorat de Grenoble.",
    "L'épreuve E2 – Communication en langues vivantes étrangères comprend les sous-épreuves E21 et E22 ; leurs "
    "parties orales sont évaluées en CCF.",
]
H2 = "II - EPREUVES ORALES"
COURIER_ORAUX = [
    "Epreuve                                   Période               Centres",
    "----------------------------------------------------------------------------",
    "E4  Elaboration d'une prestation          30 mai - 2 juin       Louise-Michel",
    "    touristique                                                 Louis-Armand",
    "E6  Parcours de professionnalisation      6 juin - 9 juin       Louise-Michel",
    "                                                                Louis-Armand",
]
ORAUX = [
    "Le lundi 5 juin 2028 (lundi de Pentecôte) est férié ; les interrogations E6 commencent le mardi 6 juin.",
    "Le dossier de l'épreuve E6 (passeport professionnel et fiches) est déposé au centre d'interrogation au plus tard "
    "le vendredi 7 avril 2028 à 12 heures.",
    "La commission de contrôle de conformité des dossiers E6 siège le mercredi 3 mai 2028 de 14 heures à 17 heures. "
    "Les candidats dont le dossier est déclaré non conforme en sont informés par leur établissement.",
]
H3 = "III - CENTRES D'EPREUVES"
CENTRES = [
    "Lycée Louise-Michel, 30 rue Louise-Michel, 38100 Grenoble (écrits, E4, E6)",
    "Lycée Germaine-Tillion, 2 avenue du Rhône, 74000 Annecy (écrits)",
    "Lycée Louis-Armand, 321 rue du Grand-Champ, 73000 Chambéry (écrits, E4, E6)",
    "Lycée Camille-Vernet, 160 rue Faventines, 26000 Valence (écrits)",
]
H4 = "IV - JURY ET RESULTATS"
FIN = [
    "Le jury de délibération se réunira le mardi 27 juin 2028 à 9 heures au lycée Louise-Michel de Grenoble.",
    "Les résultats seront publiés le vendredi 30 juin 2028 à 14 heures.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la DEC", "Amandine Roux-Pellissier"]
