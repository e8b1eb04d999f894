# -*- coding: utf-8 -*-
"""Textes de la circulaire BTS NDRC, académie de Mayotte, session 2028 (fictive)."""
STEM = "circulaire_ndrc_2028_mayotte"
ENTETE = ["Académie de Mayotte", "Rectorat – Division des examens et concours (DEC)",
          "BP 76 – 97600 Mamoudzou"]
LIEU_DATE = "Mamoudzou, le 3 mars 2028"
TITRE = ("Circulaire d'organisation – BTS Négociation et digitalisation de la relation client (NDRC) – "
         "session 2028")
HEURE_LOCALE = ("Toutes les heures de cette circulaire sont exprimées en heure de Mayotte (UTC+3). "
                "En mai et juin, Mayotte a une heure d'avance sur Paris : les écrits nationaux commencent "
                "donc une heure plus tard qu'en métropole. L'heure de Paris est rappelée entre crochets.")
INTRO = ("La présente circulaire fixe le calendrier académique de la session 2028. Elle est accompagnée de "
         "l'export de l'agenda de la DEC, que les établissements peuvent importer dans leur messagerie.")
EPREUVES = [
    ("E1", "Culture générale et expression", "écrite, 4 h"),
    ("E2", "Communication en langue vivante étrangère : anglais", "écrite, 2 h"),
    ("E3", "Culture économique, juridique et managériale", "écrite, 4 h"),
    ("E4", "Relation client et négociation-vente", "orale (CCF pour les scolaires)"),
    ("E5", "Relation client à distance et digitalisation", "deux parties : E5-A et E5-B"),
    ("E5-A", "partie écrite", "écrite, 3 h"),
    ("E5-B", "partie pratique", "pratique sur poste, 40 min"),
    ("E6", "Relation client et animation de réseaux", "orale"),
    ("EF1", "Langue vivante facultative", "orale, 20 min"),
]
EF2 = ("L'épreuve facultative EF2 « Parcours de professionnalisation à l'étranger » n'est pas proposée "
       "à Mayotte pour la session 2028.")
# agenda : (jour, [ (heure, intitulé, lieu, heure_paris) ]) ; jour_fin pour les périodes
AGENDA = [
    ("ven. 14 avril 2028", None, [("12:00", "Date limite : dossiers E4 et E6 (candidats hors CCF) à "
                                   "transmettre au rectorat – DEC", "Rectorat, Mamoudzou", "11:00")]),
    ("mar. 25 avril 2028", None, [("08:30", "Contrôle de conformité des dossiers E4 et E6",
                                   "Rectorat, salle du conseil", "07:30")]),
    ("jeu. 27 avril 2028", None, [("—", "Férié à Mayotte (abolition de l'esclavage) : services fermés", "", None)]),
    ("lun. 15 mai 2028", None, [("15:00 – 19:00", "E3 Culture économique, juridique et managériale",
                                 "Lycée des Lumières", "14:00 – 18:00")]),
    ("mar. 16 mai 2028", None, [("11:00 – 13:00", "E2 Langue vivante étrangère : anglais (écrit)",
                                 "Lycée des Lumières", "10:00 – 12:00"),
                                ("15:00 – 19:00", "E1 Culture générale et expression",
                                 "Lycée des Lumières", "14:00 – 18:00")]),
    ("mer. 17 mai 2028", None, [("15:00 – 18:00", "E5 – A Relation client à distance et digitalisation "
                                 "(partie écrite)", "Lycée des Lumières", "14:00 – 17:00")]),
    ("jeu. 25 mai 2028", None, [("—", "Ascension : férié", "", None)]),
    ("lun. 29 mai 2028", "ven. 2 juin 2028", [("journée", "E5 – B épreuve pratique (40 min par candidat)",
                                               "Lycée des Lumières ; Lycée de Sada", None)]),
    ("ven. 2 juin 2028", None, [("13:30", "Réunion d'entente des examinateurs E4 et E6",
                                 "Lycée Younoussa Bamana", "12:30")]),
    ("lun. 5 juin 2028", None, [("—", "Lundi de Pentecôte : férié", "", None)]),
    ("mar. 6 juin 2028", "ven. 9 juin 2028", [("journée", "E4 Relation client et négociation-vente (oral)",
                                               "Lycée Younoussa Bamana", None)]),
    ("lun. 12 juin 2028", "mer. 14 juin 2028", [("journée", "E6 Relation client et animation de réseaux (oral)",
                                                 "Lycée Younoussa Bamana", None)]),
    ("jeu. 15 juin 2028", None, [("08:00 – 12:00", "EF1 Langue vivante facultative (oral, selon convocation)",
                                  "Lycée des Lumières", None)]),
    ("lun. 26 juin 2028", None, [("08:30", "Jury de délibération", "Rectorat", None)]),
    ("jeu. 29 juin 2028", None, [("16:00", "Publication des résultats", "site du rectorat", "15:00")]),
]
CENTRES = [
    ("Lycée des Lumières", ["Rue du Commandant Passot", "BP 1060"], "97600 Mamoudzou",
     "écrits E1, E2, E3, E5-A ; E5-B ; EF1"),
    ("Lycée Younoussa Bamana", ["Boulevard Halidi Selemani"], "97600 Mamoudzou", "oraux E4 et E6"),
    ("Lycée de Sada", ["Route nationale 3"], "97640 Sada", "E5-B (candidats du sud de l'île)"),
]
FORMATION = ("Établissements de formation (pour information, ne sont pas centres d'examen) : lycée polyvalent "
             "de Kahani (Ouangani), CFA de la CCI de Mayotte (Mamoudzou), GRETA de Mayotte.")
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la DEC", "Zaïnaba ATTOUMANI"]
