"""BTS Comptabilité et gestion, académie de Lille, session 2026 — rendered as a hand-written RTF file.
Block model shared by the builders: (kind, payload)."""

ENTETE = [
    ("titre", "ACADÉMIE DE LILLE"),
    ("petit", "Liberté – Égalité – Fraternité"),
    ("p", "Rectorat – Division des examens et concours\nDEC 3 – Bureau des BTS tertiaires\n144 rue de Bavay – BP 709 – 59033 Lille Cedex"),
    ("droite", "Lille, le 22 janvier 2026"),
    ("p", "Affaire suivie par : Solène Vandamme\nTél. : 03 20 15 64 27 – ce.dec3@ac-lille.fr"),
    ("p", "La rectrice de l'académie de Lille\nà\nMesdames et Messieurs les chefs d'établissement des lycées publics et privés sous contrat\nMesdames et Messieurs les directeurs de CFA et d'organismes de formation"),
    ("gras", "Objet : BTS Comptabilité et gestion (CG) – session 2026 – organisation des épreuves ponctuelles"),
    ("p", "Références : arrêté du 9 février 2021 portant définition et fixant les conditions de délivrance du BTS "
          "Comptabilité et gestion ; note de service nationale du 12 décembre 2025 relative au calendrier des BTS."),
    ("p", "La présente circulaire précise, pour l'académie de Lille, le calendrier et les lieux des épreuves de la "
          "session 2026. Je vous remercie d'en assurer la diffusion auprès des équipes pédagogiques et des candidats."),
]

CORPS = [
    ("h", "I. Épreuves écrites"),
    ("p", "Rappel : l'épreuve E4 « Culture économique, juridique et managériale » comprend deux sous-épreuves : "
          "E41 (écrit ponctuel de 4 heures) et E42 « CEJM appliquée » (contrôle en cours de formation)."),
    ("table", [2.0, 7.2, 4.0, 3.6],
     ["Épreuve", "Intitulé", "Date", "Horaires"],
     [["E41", "Culture économique, juridique et managériale", "Lundi 11 mai 2026", "14 h 00 – 18 h 00"],
      ["E1", "Culture générale et expression", "Mardi 12 mai 2026", "14 h 00 – 18 h 00"],
      ["E2", "Langue vivante étrangère : anglais\n(partie écrite)", "Mercredi 13 mai 2026", "10 h 00 – 12 h 00"],
      ["E3", "Mathématiques appliquées", "Mercredi 13 mai 2026", "14 h 00 – 16 h 00"],
      ["E5", "Traitement et contrôle des opérations\ncomptables, fiscales et sociales", "Lundi 18 mai 2026", "8 h 30 – 13 h 00"]]),
    ("p", "Le jeudi 14 mai 2026 (Ascension) et le lundi 25 mai 2026 (lundi de Pentecôte) sont fériés : aucune épreuve "
          "n'est organisée ces jours-là. Pour mémoire, les vacances de printemps de la zone B s'étendent du "
          "samedi 4 avril au lundi 20 avril 2026."),
    ("h2", "Centres d'épreuves écrites"),
    ("table", [5.2, 6.8, 4.8],
     ["Centre", "Adresse", "Candidats affectés"],
     [["Lycée Gaston Berger", "Avenue Gaston Berger\n59016 Lille Cedex", "Métropole lilloise (hors Roubaix-Tourcoing)"],
      ["Lycée Jean Rostand", "361 Grande Rue\n59100 Roubaix", "Bassins de Roubaix, Tourcoing et Armentières"],
      ["Lycée Mariette", "69 rue Beaurepaire\n62200 Boulogne-sur-Mer", "Pas-de-Calais et Côte d'Opale"]]),
    ("h", "II. Correction des copies"),
    ("p", "Les copies des épreuves E41 et E5 sont corrigées de façon dématérialisée (Santorin). La réunion d'entente "
          "de l'épreuve E5 se tiendra le mardi 19 mai 2026 à 9 h 30, en visioconférence ; la présence des correcteurs "
          "désignés est obligatoire."),
    ("p", "Période de correction dématérialisée (E41 et E5) : du mercredi 20 mai au vendredi 29 mai 2026."),
    ("h", "III. Épreuves pratiques et orales"),
    ("gras", "E6 – Situations de contrôle de la production de l'information financière et de gestion (pratique)"),
    ("p", "Les candidats ponctuels sont convoqués du mardi 26 mai au jeudi 28 mai 2026 au lycée Gaston Berger (Lille) "
          "ou au lycée Jean Rostand (Roubaix), selon leur centre d'écrit."),
    ("gras", "E7 – Parcours de professionnalisation (oral)"),
    ("liste", ["Dépôt du dossier (deux exemplaires) au centre d'interrogation : au plus tard le jeudi 2 avril 2026 à 12 h 00 ;",
               "Contrôle de conformité des dossiers par la commission du centre : jeudi 23 avril 2026 à 14 h 00 ;",
               "Interrogations : du lundi 1er juin au vendredi 5 juin 2026, au lycée Gaston Berger (Lille) et au lycée Jean Rostand (Roubaix)."]),
    ("gras", "EF1 – Langue vivante facultative (oral)"),
    ("p", "L'épreuve facultative se déroulera le mercredi 20 mai 2026 au lycée Mariette (Boulogne-sur-Mer), pour "
          "l'ensemble des candidats inscrits."),
    ("gras", "E42 – CEJM appliquée"),
    ("p", "La sous-épreuve E42 est évaluée exclusivement en contrôle en cours de formation. Les notes sont saisies "
          "dans Cyclades par les établissements au plus tard le vendredi 22 mai 2026."),
    ("h", "IV. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le mardi 30 juin 2026 à 9 h 00 au rectorat de Lille (salle Vauban). "
          "Les résultats seront publiés le jeudi 2 juillet 2026 à 14 h 00 sur le site de l'académie."),
    ("h2", "Établissements de formation concernés (pour information)"),
    ("p", "Lycée Saint-Paul (Lille) – Lycée Pasteur (Hénin-Beaumont) – Institut Saint-Vincent (Calais) – CFA Formasup "
          "Hauts-de-France (Villeneuve-d'Ascq). Ces établissements ne sont pas centres d'épreuves."),
    ("droite", "Pour la rectrice et par délégation,\nla cheffe de la division des examens et concours\n\nMarianne Dewavrin"),
]

BLOCS = ENTETE + CORPS
