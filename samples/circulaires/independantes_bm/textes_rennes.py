"""BTS Opticien-lunetier – académie de Rennes – session 2028 (fictitious). One PDF merged from four pieces."""

EN_TETE = ["ACADÉMIE DE RENNES", "Rectorat – DEC – Bureau DEC 2 (examens post-baccalauréat)",
           "96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"]

LETTRE = [
    ("right", "Rennes, le 29 février 2028"),
    ("small", "Affaire suivie par Mme Nolwenn Le Bihan – 02 23 21 73 96 – dec2@ac-rennes.fr"),
    ("indent", "Le recteur de l'académie de Rennes\nà\nMesdames et Messieurs les chefs des établissements "
               "préparant au BTS Opticien-lunetier"),
    ("bold", "Objet : BTS Opticien-lunetier (OL) – session 2028 – lettre d'organisation et annexes"),
    ("small", "Référence : arrêté du 3 février 2023 portant définition du BTS Opticien-lunetier.\n"
              "Le présent envoi réunit en un seul fichier : la lettre (page 1), l'annexe 1 – calendrier (page 2), "
              "l'annexe 2 – bordereau d'envoi des dossiers E6 (page 3) et l'annexe 3 – fiche de candidature "
              "examinateur (page 4)."),
    ("h", "1. Centres"),
    ("p", "Épreuves écrites : lycée Bréquigny, 7 avenue Georges Graff, 35200 Rennes, et lycée Vauban, rue de "
          "Kerichen, 29200 Brest. Épreuve pratique E42 et interrogations E6 : lycée Bréquigny (Rennes). "
          "Épreuve pratique E52 (examen de vue) : lycée Jean Guéhenno, 79 avenue de la Marne, 56000 Vannes."),
    ("p", "Le calendrier détaillé (annexe 1) est joint à la suite de la présente lettre. Aucune épreuve n'a lieu "
          "le lundi 8 mai 2028, le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 (lundi de Pentecôte)."),
    ("h", "2. Épreuve E6 – Gestion de l'entreprise et communication professionnelle"),
    ("p", "Les dossiers E6 sont adressés au lycée Bréquigny au plus tard le vendredi 7 avril 2028 à 12 h, "
          "accompagnés du bordereau d'envoi (annexe 2). Le contrôle de conformité aura lieu le mardi 18 avril 2028 "
          "à 14 h au lycée Bréquigny."),
    ("h", "3. Épreuves pratiques E42 et E52"),
    ("p", "Les centres saisissent les notes de l'épreuve E42 dans l'application de gestion des examens au plus "
          "tard le vendredi 19 mai 2028. Les notes de E52 sont remises au président de jury."),
    ("h", "4. Examinateurs"),
    ("p", "Les professeurs et professionnels souhaitant participer aux commissions d'interrogation renvoient la "
          "fiche de l'annexe 3 au rectorat (DEC 2) avant le mercredi 15 mars 2028."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury se réunira le jeudi 29 juin 2028 à 9 h 30 au rectorat de Rennes. Les résultats seront "
          "publiés le vendredi 30 juin 2028 à 14 h."),
    ("sig", "Pour le recteur et par délégation,\nla cheffe de la DEC\n\nAnne-Sophie Kerjean"),
]

CAL_TITRE = "Annexe 1 – Calendrier des épreuves – BTS Opticien-lunetier – session 2028"
ECRITS = [["Date", "Horaire", "Épreuve", "Intitulé", "Durée", "Centres"],
          ["mardi 9 mai 2028", "14 h – 18 h", "E1", "Culture générale et expression", "4 h", "Bréquigny (Rennes), Vauban (Brest)"],
          ["mercredi 10 mai 2028", "10 h – 12 h", "E3", "Mathématiques", "2 h", "Bréquigny (Rennes), Vauban (Brest)"],
          ["mercredi 10 mai 2028", "14 h – 17 h", "E41", "Optique géométrique et physique", "3 h", "Bréquigny (Rennes), Vauban (Brest)"],
          ["jeudi 11 mai 2028", "9 h – 12 h", "E51", "Analyse de la vision – étude de cas", "3 h", "Bréquigny (Rennes), Vauban (Brest)"],
          ["jeudi 11 mai 2028", "14 h – 16 h", "E2", "Anglais", "2 h", "Bréquigny (Rennes), Vauban (Brest)"]]
PRATIQUES = [["Épreuve", "Intitulé", "Période", "Centre"],
             ["E42", "Mesures et contrôles optiques (épreuve pratique)", "du lundi 15 au mercredi 17 mai 2028", "Lycée Bréquigny – Rennes"],
             ["E52", "Examen de vue (épreuve pratique)", "du lundi 29 mai au vendredi 2 juin 2028", "Lycée Jean Guéhenno – Vannes"],
             ["E6", "Gestion de l'entreprise et communication professionnelle (oral)", "du mardi 6 au jeudi 8 juin 2028", "Lycée Bréquigny – Rennes"]]
CAL_NOTE = "Les épreuves E4 et E5 comportent chacune deux sous-épreuves (E41/E42, E51/E52). Heures de métropole."

BORDEREAU = [
    ("title", "Annexe 2 – Bordereau d'envoi des dossiers E6\nBTS Opticien-lunetier – session 2028"),
    ("form", "Établissement expéditeur :"), ("form", "Nombre de dossiers joints :"),
    ("table", [["N°", "Nom du candidat", "N° candidat", "Dossier complet (oui/non)"]] + [[str(i), "", "", ""] for i in range(1, 9)],
     [1.2, 6.5, 3.5, 4.5]),
    ("form", "Date d'envoi : ____ / ____ / 2028"),
    ("p", "Visa du chef d'établissement :"),
]

FICHE = [
    ("title", "Annexe 3 – Fiche de candidature examinateur\nBTS Opticien-lunetier – session 2028"),
    ("bold", "À retourner au rectorat (DEC 2) avant le mercredi 15 mars 2028."),
    ("form", "Nom, prénom :"), ("form", "Qualité (enseignant / professionnel) :"), ("form", "Établissement ou entreprise :"),
    ("p", "Épreuves souhaitées :   ☐ E42     ☐ E52     ☐ E6"),
    ("form", "Disponibilités (jours) : ____________________________________________"),
    ("form", "Fait à ______________________, le ____ / ____ / 2028      Signature :"),
]
