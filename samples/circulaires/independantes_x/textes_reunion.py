# -*- coding: utf-8 -*-
"""Note de service fictive : BTS Tourisme, académie de La Réunion, session 2027 (heures locales)."""

EN_TETE = ["ACADÉMIE DE LA RÉUNION", "Rectorat – Division des examens et concours (DEC 4)",
           "24 avenue Georges Brassens – 97702 Saint-Denis Messag Cedex 9"]
LIEU_DATE = "Saint-Denis, le 15 février 2027"
DESTINATAIRES = ("Le recteur de la région académique La Réunion à Mesdames et Messieurs les proviseurs des "
                 "lycées et directeurs des CFA préparant au BTS Tourisme")
OBJET = "Objet : BTS Tourisme – session 2027 – calendrier académique et organisation des épreuves"
REF = ("Réf. : arrêté du 5 avril 2018 portant définition du BTS Tourisme ; calendrier national des BTS "
       "publié le 1er décembre 2026.")
AVERTISSEMENT = ("IMPORTANT – Toutes les heures de la présente note sont données en heure de La Réunion. "
                 "En mai et juin, l'heure de La Réunion est en avance de 2 heures sur l'heure de Paris ; "
                 "l'heure de Paris figure entre parenthèses pour mémoire.")
TITRE_ECRITS = "I – ÉPREUVES ÉCRITES"
# lignes = jours ; une cellule liste plusieurs épreuves
ECRITS = [
    ("lundi\n10 mai 2027", "E1 – Culture générale et expression\n16 h – 20 h  (14 h – 18 h heure de Paris)"),
    ("mardi\n11 mai 2027", "E2.1 – Anglais (écrit)\n12 h – 14 h  (10 h – 12 h heure de Paris)\n\n"
                           "E5 – Tourisme et territoires\n16 h – 19 h  (14 h – 17 h heure de Paris)"),
]
NOTE_ECRITS = ("Accueil des candidats 30 min avant le début de chaque épreuve. Les candidats en situation "
               "de handicap bénéficiant d'un temps majoré terminent 1 h 20 après l'horaire indiqué.")
TITRE_ORAUX = "II – ÉPREUVES ORALES ET CCF"
ORAUX = [
    ("E2.2 – Langue vivante B (oral)", "du mardi 25 au jeudi 27 mai 2027"),
    ("EF1 – Langue vivante C facultative", "28-05-2027"),
    ("E6 – Parcours de professionnalisation", "du lundi 31 mai au vendredi 4 juin 2027"),
    ("E3 – Gestion de la relation clientèle touristique", "CCF – pas de convocation"),
    ("E4 – Élaboration d'une prestation touristique", "CCF – pas de convocation"),
]
TITRE_DOSSIERS = "III – DOSSIERS E6, CONFORMITÉ ET RÉUNION"
DOSSIERS = [
    "Les dossiers E6 doivent parvenir au lycée Lislet Geoffroy au plus tard le 16-04-2027 à 12 h (heure de "
    "La Réunion). Aucun envoi ne sera accepté après cette échéance.",
    "La commission de contrôle de conformité se réunira le jeudi 22 avril 2027 à 8 h 30.",
    "Les examinateurs E6 sont convoqués à une réunion d'entente le lundi 31 mai 2027 à 7 h 30, avant le "
    "début des interrogations.",
]
TITRE_CENTRES = "IV – CENTRES D'ÉPREUVES"
CENTRES = [
    ("Lycée Lislet Geoffroy\n27 rue Lislet Geoffroy\nBP 40", "Saint-Denis", "Écrits, E6, EF1"),
    ("Lycée Ambroise Vollard\n3 avenue de Soweto", "Saint-Pierre", "Écrits, E6, E2.2"),
    ("Lycée Jean Hinglo\n2 rue des Sans-Soucis", "Le Port", "Écrits"),
]
FORMATION = ("Les candidats formés au CFA de la CCI Réunion (Sainte-Clotilde) et au lycée hôtelier "
             "La Renaissance (Saint-Paul) composent dans les centres ci-dessus ; ces deux établissements "
             "ne sont pas centres d'épreuves.")
TITRE_FIN = "V – DÉLIBÉRATION ET RÉSULTATS"
FIN = [
    "Jury de délibération : mardi 22 juin 2027 à 8 h, rectorat de Saint-Denis.",
    "Publication des résultats : mercredi 23 juin 2027 à 16 h (14 h heure de Paris).",
    "Les vacances de l'hiver austral débutent le samedi 3 juillet 2027 : les établissements veilleront à "
    "remettre les livrets avant cette date.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la DEC,", "Jean-Marc Payet"]
