"""Textes de la note BTS Tourisme, Limoges, session 2026 (fictive) : page « questions-réponses »."""

STEM = "circ_tourisme_2026_limoges"

TITRE = "BTS Tourisme – session 2026 : questions-réponses d'organisation"
ENTETE = "Académie de Limoges · Division des examens et concours · Bureau des BTS"
PUBLIE = "Note publiée à Limoges, le 9 mars 2026 – référence DEC/BTS/26-031"
CHAPO = ("Cette note, présentée sous forme de questions et réponses, remplace la circulaire "
         "d'organisation habituelle. Elle s'adresse aux chefs d'établissement, aux formateurs et aux "
         "candidats du BTS Tourisme.")
FAQ = [
    ("Quelles épreuves composent le diplôme ?",
     ["E1 Culture générale et expression ; E2 Communication en langues vivantes étrangères, en deux "
      "sous-épreuves E2.1 (langue A) et E2.2 (langue B) ; E3 Gestion de la relation clientèle touristique ; "
      "E4 Élaboration d'une prestation touristique ; E5 Gestion de l'information touristique ; "
      "E6 Parcours de professionnalisation ; épreuves facultatives EF1 (langue vivante C) et EF2 "
      "(engagement étudiant)."]),
    ("Quand ont lieu les épreuves écrites ?",
     ["E1 : mardi 12 mai 2026, de 14 h à 17 h.",
      "E4 : mercredi 13 mai 2026, de 8 h 30 à 12 h 30.",
      "Il n'y a pas d'épreuve le jeudi 14 mai 2026, jour de l'Ascension."]),
    ("Et l'épreuve E5 ?",
     ["L'épreuve E5 est évaluée en contrôle en cours de formation pour tous les candidats de "
      "l'académie : aucune date n'est fixée par le rectorat. Il en est de même pour EF2."]),
    ("Quand passe-t-on les oraux de langues ?",
     ["E2.1 : du mardi 26 au vendredi 29 mai 2026. E2.2 : du lundi 1er au mercredi 3 juin 2026. "
      "L'épreuve facultative EF1 a lieu le mercredi 10 juin 2026 au matin."]),
    ("Quand passe-t-on les épreuves professionnelles orales ?",
     ["E3 : du jeudi 4 au vendredi 5 juin 2026. E6 : du lundi 8 au vendredi 12 juin 2026."]),
    ("Jusqu'à quand peut-on rendre le dossier E6 ?",
     ["Le dossier E6 (fiches descriptives et attestations de stage) doit parvenir au centre d'épreuve au "
      "plus tard le vendredi 27 mars 2026 à 12 h. Date limite de dépôt impérative : aucun dossier ne "
      "sera accepté pendant les vacances de printemps (du samedi 4 avril au lundi 20 avril 2026)."]),
    ("Qui vérifie les dossiers, et quand ?",
     ["Le contrôle de conformité des dossiers E6 est effectué le jeudi 2 avril 2026 à 14 h au lycée "
      "Jeanne-Villepreux."]),
    ("Les examinateurs se réunissent-ils ?",
     ["Oui : réunion d'entente des examinateurs des épreuves E3 et E6 le mardi 19 mai 2026 à 14 h, "
      "lycée Jeanne-Villepreux, salle polyvalente."]),
    ("Où se déroulent les épreuves ?",
     ["Lycée Jeanne-Villepreux, 9 avenue de Naugeat, BP 3321, 87036 Limoges Cedex : écrits, E2.1, "
      "E2.2, E3, E6 et EF1.",
      "Lycée Lacombe-Vialle, 21 boulevard du Salan, 19100 Brive-la-Gaillarde : écrits uniquement.",
      "Les autres établissements qui préparent au BTS Tourisme (lycée des Combrailles d'Ussel, MFR de "
      "Saint-Junien) ne sont pas centres d'épreuves."]),
    ("Quand connaîtra-t-on les résultats ?",
     ["Le jury se réunit le mardi 30 juin 2026 à 9 h 30 au rectorat de Limoges, 13 rue François-Chénieux. "
      "Les résultats sont publiés le jeudi 2 juillet 2026 à partir de 14 h."]),
]
SIGNATURE = "Pour la rectrice et par délégation, le chef de la division des examens et concours, Franck Delpeyrat"
