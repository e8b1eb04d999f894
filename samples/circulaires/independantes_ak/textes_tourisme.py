"""Circulaire inter-académique BTS Tourisme, session 2027, académie pilote Rennes (fictive).
The calendar is annex 1 and is placed BEFORE the letter."""

EN_TETE = ("Région académique Bretagne – Académie de Rennes – DEC 3 – Examens de l'enseignement supérieur",)
PIED = "BTS Tourisme – session 2027 – groupement Rennes / Nantes / Normandie"

CAL_HEADER = ["Quand", "Quoi", "Qui / où"]
CAL_WIDTHS = [4.4, 7.0, 5.6]
CAL = [
    "AVANT LES ÉPREUVES",
    ["Vendredi 16 avril 2027, 16h00", "Date limite de dépôt des dossiers de l'épreuve E6 (parcours de professionnalisation)",
     "Établissement de formation → centre d'oral de l'académie (annexe 2)"],
    ["Vendredi 30 avril 2027, 12h00", "Date limite de dépôt des dossiers de l'épreuve E5 (candidats en forme ponctuelle)",
     "Candidats → centre d'oral de l'académie"],
    ["Mercredi 5 mai 2027, 14h00", "Commission de contrôle de conformité des dossiers E6",
     "Dans chaque centre d'oral"],
    "ÉPREUVES ÉCRITES (heure de métropole)",
    ["Lundi 10 mai 2027\n14h00 – 18h00", "E1 – Culture générale et expression", "Centres d'écrit (annexe 2)"],
    ["Mardi 11 mai 2027\n9h00 – 13h00", "E4 – Élaboration d'une prestation touristique", "Centres d'écrit"],
    ["Mercredi 12 mai 2027\n14h00 – 16h00", "E21 – Langue vivante A, partie écrite", "Centres d'écrit"],
    ["Jeudi 13 mai 2027\n10h00 – 12h00", "E22 – Langue vivante B, partie écrite", "Centres d'écrit"],
    "ORAUX ET ÉPREUVES PRATIQUES",
    ["Du mardi 18 mai au vendredi 21 mai 2027", "E21 et E22 – parties orales (candidats en forme ponctuelle)", "Centres d'oral, selon convocation"],
    ["Du lundi 31 mai au vendredi 4 juin 2027", "E5 – Gestion de l'information touristique (forme ponctuelle)", "Centres d'oral"],
    ["Mercredi 2 juin 2027", "EF1 – Langue vivante C facultative (oral)", "Lycée Bréquigny, Rennes, pour les trois académies"],
    ["Du lundi 7 juin au vendredi 11 juin 2027", "E6 – Parcours de professionnalisation (oral)", "Centres d'oral"],
    "CORRECTIONS, JURY, RÉSULTATS",
    ["Mardi 18 mai 2027, 9h30", "Réunion d'entente des correcteurs de l'épreuve E4", "Lycée Bréquigny, Rennes (salle B 104)"],
    ["Du mardi 18 mai au mercredi 26 mai 2027", "Correction des copies de l'épreuve E4", "En ligne, après la réunion d'entente"],
    ["Vendredi 21 mai 2027", "Date limite de transmission des livrets scolaires et des notes de CCF",
     "Établissements → centre de jury (Lycée Bréquigny)"],
    ["Mardi 22 juin 2027, 9h00", "Jury de délibération inter-académique", "Lycée Bréquigny, Rennes"],
    ["Vendredi 25 juin 2027, 14h00", "Publication des résultats", "Sites des trois académies"],
]

ANNEXE1 = [
    ("title", "ANNEXE 1 – CALENDRIER DE LA SESSION 2027"),
    ("center", "BTS TOURISME – Groupement inter-académique Rennes / Nantes / Normandie"),
    ("pi", "Cette annexe est placée en tête de l'envoi pour être affichée dans les établissements. Elle fait partie "
           "intégrante de la circulaire qui suit."),
    ("CAL",),
    ("small", "Rappel : l'épreuve E3 (Gestion de la relation clientèle touristique) est évaluée exclusivement en contrôle "
              "en cours de formation ; elle ne figure donc pas au calendrier. Aucune convocation n'est organisée "
              "pendant les vacances de printemps (zone B : du samedi 10 avril au lundi 26 avril 2027) ni le lundi "
              "17 mai 2027 (lundi de Pentecôte)."),
    ("break",),
]

LETTRE = [
    ("lines", ["ACADÉMIE DE RENNES", "Rectorat de Rennes – Division des examens et concours – DEC 3", "Affaire suivie par : M. Yannick Le Goff",
               "Tél. : 02 23 21 74 58", "Mél : dec3-bts@ac-rennes.fr", "96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"]),
    ("right", "Rennes, le 8 février 2027"),
    ("lines", ["Le recteur de la région académique Bretagne,", "recteur de l'académie de Rennes,", "", "à", "",
               "Mesdames et Messieurs les chefs d'établissement", "des académies de Rennes, Nantes et Normandie",
               "Mesdames et Messieurs les directeurs de CFA"], "right"),
    ("pb", "Objet : Circulaire inter-académique d'organisation du BTS Tourisme – Session 2027."),
    ("pi", "Références : arrêté du 5 avril 2018 portant définition et fixant les conditions de délivrance du BTS Tourisme ; "
           "circulaire nationale d'organisation du 11 janvier 2027."),
    ("pi", "Annexes : 1. calendrier (placé en tête) – 2. centres d'épreuves par académie – 3. établissements de "
           "formation (pour information) – 4. fiche de dépôt du dossier E6 – 5. bordereau d'envoi des livrets."),
    ("table", {"rows": [["Académie pilote : RENNES", "Académies rattachées : NANTES et NORMANDIE"]],
               "widths": [8.5, 8.5], "size": 10}),
    ("p", "L'académie de Rennes assure pour la session 2027 l'organisation de l'examen cité en objet pour les candidats "
          "des académies de Rennes, de Nantes et de Normandie. Le calendrier de la session figure en annexe 1, placée "
          "en tête du présent envoi : il n'est pas repris intégralement ci-dessous et il fait foi en cas de doute."),
    ("h", "I. Convocations"),
    ("p", "Les convocations des candidats scolaires et apprentis sont adressées aux établissements de formation, qui "
          "les remettent aux intéressés contre émargement. Les candidats individuels téléchargent leur convocation "
          "sur le portail des examens ; ils sont informés de sa mise en ligne par un courriel environ trois semaines "
          "avant la première épreuve. Toute erreur sur la convocation (nom, langue, option) est signalée sans délai "
          "au bureau DEC 3."),
    ("h", "II. Épreuves écrites"),
    ("p", "Les épreuves écrites se déroulent dans les centres d'écrit de chaque académie (annexe 2), du lundi 10 mai au "
          "jeudi 13 mai 2027. Les chefs de centre organisent la surveillance avec le concours des établissements "
          "d'origine des candidats, qui désignent au moins un surveillant par épreuve. Les copies de l'épreuve E4 "
          "sont numérisées dans les centres d'écrit le jour de l'épreuve ; les copies de E1, E21 et E22 sont "
          "acheminées par valise vers les centres de correction désignés par chaque académie."),
    ("p", "Les candidats ne peuvent quitter définitivement la salle avant la fin de la première heure. Les "
          "dictionnaires sont interdits pour les épreuves de langue, à l'exception des dictionnaires bilingues "
          "autorisés pour les candidats dont la langue maternelle n'est pas le français, sur décision du recteur."),
    ("h", "III. Épreuves E5 et E6"),
    ("p", "Le dossier de l'épreuve E6 (tableau de synthèse du parcours et fiches descriptives) est déposé par "
          "l'établissement de formation au centre d'oral de son académie au plus tard le vendredi 16 avril 2027 à "
          "16h00, accompagné de la fiche de l'annexe 4. Les candidats en forme ponctuelle à l'épreuve E5 déposent "
          "leur dossier au plus tard le vendredi 30 avril 2027 à 12h00."),
    ("p", "La commission de contrôle de conformité des dossiers E6 se réunit le mercredi 5 mai 2027 à 14h00 dans "
          "chaque centre d'oral. Un dossier non conforme ne permet pas l'interrogation : le candidat en est informé "
          "par écrit et la mention « non valide » est portée à l'épreuve."),
    ("p", "Les interrogations de l'épreuve E5 ont lieu du lundi 31 mai au vendredi 4 juin 2027, celles de l'épreuve E6 "
          "du lundi 7 juin au vendredi 11 juin 2027, dans les trois centres d'oral : Lycée Bréquigny à Rennes, "
          "Lycée Nelson Mandela à Nantes et Lycée Flaubert à Rouen."),
    ("h", "IV. Langues vivantes"),
    ("p", "Les parties orales des épreuves E21 et E22 pour les candidats en forme ponctuelle sont organisées du mardi "
          "18 mai au vendredi 21 mai 2027. Pour les candidats en CCF, les situations d'évaluation sont conduites en "
          "établissement. L'épreuve facultative EF1 (langue vivante C) a lieu le mercredi 2 juin 2027 au Lycée "
          "Bréquigny pour les candidats des trois académies ; les langues rares font l'objet d'une convocation "
          "particulière."),
    ("h", "V. Corrections"),
    ("p", "La réunion d'entente des correcteurs de l'épreuve E4 se tient le mardi 18 mai 2027 à 9h30 au Lycée "
          "Bréquigny ; la correction en ligne se poursuit jusqu'au mercredi 26 mai 2027. Les correcteurs sont "
          "désignés par chaque académie selon la répartition des copies arrêtée par le centre pilote."),
    ("h", "VI. Livrets scolaires, jury et résultats"),
    ("p", "Les livrets scolaires et les notes de CCF sont transmis au centre de jury au plus tard le vendredi 21 mai "
          "2027, avec le bordereau de l'annexe 5. Le jury de délibération inter-académique se réunit le mardi 22 juin "
          "2027 à 9h00 au Lycée Bréquigny. Les résultats sont publiés le vendredi 25 juin 2027 à 14h00."),
    ("p", "Je vous remercie de veiller à la stricte application de ces consignes."),
    ("lines", ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "",
               "Gwenaëlle Kerhervé"], "right"),
]

CENTRES = [
    "Académie de Rennes",
    ["Lycée Bréquigny", "7 avenue Georges Graff – 35205 Rennes", "Écrits (Ille-et-Vilaine, Morbihan), oraux E5 et E6, EF1, jury"],
    ["Lycée Dupuy de Lôme", "1 rue Dupuy de Lôme – 29200 Brest", "Écrits (Finistère, Côtes-d'Armor)"],
    "Académie de Nantes",
    ["Lycée Nelson Mandela", "2 rue de la Rainière – 44300 Nantes", "Écrits (Loire-Atlantique, Vendée), oraux E5 et E6"],
    ["Lycée Europe Robert Schuman", "39 avenue de l'Europe – 49300 Cholet", "Écrits (Maine-et-Loire, Sarthe, Mayenne)"],
    "Académie de Normandie",
    ["Lycée Flaubert", "1 rue Albert Lebrun – 76000 Rouen", "Écrits (Seine-Maritime, Eure), oraux E5 et E6"],
    ["Lycée Malherbe", "14 avenue Albert Sorel – 14000 Caen", "Écrits (Calvados, Manche, Orne)"],
]

FORMATION = [
    ["Rennes", "Lycée Sévigné", "Cesson-Sévigné", "scolaires"],
    ["Rennes", "Lycée de la Croix Rouge", "Brest", "scolaires"],
    ["Rennes", "CFA du tourisme et de l'hôtellerie", "Saint-Malo", "apprentis"],
    ["Nantes", "Lycée Saint-Stanislas", "Nantes", "scolaires"],
    ["Nantes", "Lycée Bellevue", "Le Mans", "scolaires"],
    ["Nantes", "Lycée Touchard", "Le Mans", "scolaires"],
    ["Normandie", "Lycée Jean Rostand", "Caen", "scolaires"],
    ["Normandie", "Lycée Porte Océane", "Le Havre", "scolaires"],
    ["Normandie", "IFA Marcel Sauvage", "Mont-Saint-Aignan", "apprentis"],
]

ANNEXES = [
    ("break",), ("title", "ANNEXE 2 – Centres d'épreuves par académie"),
    ("table", {"header": ["Centre", "Adresse", "Épreuves et candidats accueillis"], "widths": [4.5, 6.2, 6.3],
               "rows": CENTRES, "size": 9}),
    ("p", "Les candidats sont affectés dans le centre d'écrit de leur département de formation ; les candidats "
          "individuels sont affectés selon leur domicile."),
    ("h", "ANNEXE 3 – Établissements de formation du groupement (pour information)"),
    ("p", "Ces établissements préparent au BTS Tourisme ; ils ne sont pas centres d'épreuves pour la session 2027 et "
          "ne doivent recevoir aucun envoi de copies ou de dossiers."),
    ("table", {"header": ["Académie", "Établissement", "Ville", "Public"], "widths": [3, 6, 4.5, 3.5],
               "rows": FORMATION, "size": 9}),
    ("break",), ("title", "ANNEXE 4 – Fiche de dépôt du dossier E6"),
    ("form", ["Établissement de formation : ....................................................................  Académie : .................",
              "Centre d'oral destinataire : ☐ Lycée Bréquigny (Rennes)   ☐ Lycée Nelson Mandela (Nantes)   ☐ Lycée Flaubert (Rouen)",
              "Nombre de dossiers déposés : ........   Liste nominative jointe : ☐ oui",
              "Déposé le ..... / ..... / 2027 à ..... h .....   par : ...........................................",
              "Reçu par (nom, signature, cachet du centre) : ..................................................",
              "Le ..... / ..... / 2027"], 10),
    ("h", "ANNEXE 5 – Bordereau d'envoi des livrets scolaires"),
    ("table", {"header": ["N°", "Nom", "Prénom", "N° candidat", "Livret", "Notes CCF (E3, E21, E22, E5)"],
               "widths": [1, 4, 3.5, 2.6, 1.6, 4.3],
               "rows": [[str(i), "", "", "", "☐", ""] for i in range(1, 19)], "size": 9}),
    ("lines", ["Nombre total de livrets : ........   Date d'envoi : ..... / ..... / 20.....",
               "Cachet de l'établissement et signature du chef d'établissement :"]),
]


def blocs():
    out = []
    for b in ANNEXE1:
        out.append(("table", {"header": CAL_HEADER, "widths": CAL_WIDTHS, "rows": CAL, "size": 9}) if b == ("CAL",) else b)
    return out + LETTRE + ANNEXES
