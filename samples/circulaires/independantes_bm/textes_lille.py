"""BTS Comptabilité et gestion – académie de Lille – session 2026 (fictitious). Bundle sent as a .zip."""

EN_TETE = ["ACADÉMIE DE LILLE", "Liberté · Égalité · Fraternité", "Rectorat – Division des examens et concours (DEC 3)",
           "Bureau des brevets de technicien supérieur"]

CIRCULAIRE = [
    ("right", "Lille, le 12 février 2026"),
    ("small", "Affaire suivie par : Mme Solène Vandamme\nTél. : 03 20 15 62 48 – Mél : ce.dec3-bts@ac-lille.fr\n"
              "Rectorat de l'académie de Lille – 144 rue de Bavay – 59000 Lille"),
    ("indent", "Le recteur de la région académique Hauts-de-France,\nrecteur de l'académie de Lille\n\nà\n\n"
               "Mesdames et Messieurs les chefs d'établissement des lycées publics et privés sous contrat\n"
               "Mesdames et Messieurs les directeurs de CFA et de GRETA"),
    ("bold", "Objet : BTS Comptabilité et gestion (CG) – organisation de la session 2026"),
    ("small", "Références : arrêté du 29 avril 2014 portant définition du BTS Comptabilité et gestion ; "
              "note de service ministérielle du 8 janvier 2026 relative au calendrier des BTS."),
    ("small", "Pièces jointes (dans l'archive) : annexe 1 – calendrier des épreuves ponctuelles (classeur tableur) ; "
              "annexe 2 – bordereau de dépôt du dossier E6."),
    ("p", "La présente circulaire précise l'organisation académique de la session 2026 du BTS Comptabilité et gestion. "
          "Elle remplace, pour cette session, la circulaire de l'an passé, conservée dans le dossier « archives » de "
          "l'envoi pour mémoire uniquement : ses dates ne sont plus valables."),
    ("h", "1. Centres d'épreuves écrites"),
    ("p", "Les candidats sont répartis dans les centres suivants selon leur établissement de formation :"),
    ("table", [["Centre d'épreuves", "Adresse", "Candidats affectés"],
               ["Lycée Gaston Berger", "Avenue Gaston Berger – 59000 Lille", "Métropole lilloise, CNED, candidats libres"],
               ["Lycée Jean Rostand", "361 Grande Rue – 59100 Roubaix", "Roubaix, Tourcoing, Armentières"],
               ["Lycée Châtelet", "Rue Paul Lafargue – 59500 Douai", "Douaisis, Valenciennois, Cambrésis"],
               ["Lycée Auguste Mariette", "69 rue Beaurepaire – 62200 Boulogne-sur-Mer", "Côte d'Opale, Arrageois"]],
     [4.2, 6.0, 6.0]),
    ("p", "Les dates et horaires des épreuves ponctuelles E1 à E5 ne sont pas reproduits dans cette lettre : ils "
          "figurent dans l'annexe 1 (fichier « Annexe 1 - calendrier épreuves.xlsx », onglet « Écrits 2026 »)."),
    ("h", "2. Surveillance"),
    ("p", "Chaque établissement de formation transmet au centre d'écrits dont relèvent ses étudiants la liste des "
          "surveillants qu'il désigne (un par épreuve au moins) avant le vendredi 27 mars 2026."),
    ("h", "3. Épreuve E5 (U5) – Traitement et contrôle des opérations comptables, fiscales et sociales"),
    ("p", "Les candidats scolaires des établissements habilités sont évalués en contrôle en cours de formation. "
          "Les autres candidats passent l'épreuve ponctuelle pratique sur poste informatique (4 h 30) dont la date "
          "est donnée en annexe 1."),
    ("h", "4. Épreuve E6 (U6) – Parcours de professionnalisation"),
    ("p", "Dépôt des dossiers : le passeport professionnel et le tableau de synthèse sont déposés au centre "
          "d'interrogation au plus tard le vendredi 3 avril 2026 à 12 h, accompagnés du bordereau de l'annexe 2. "
          "Aucun dépôt ne pourra avoir lieu pendant les vacances de printemps (du samedi 4 avril au lundi 20 avril 2026)."),
    ("p", "Contrôle de conformité : la commission académique se réunit le mardi 21 avril 2026 à 14 h au lycée "
          "Gaston Berger. Les dossiers non conformes sont signalés aux établissements le lendemain."),
    ("p", "Réunion d'harmonisation des commissions d'interrogation : mercredi 27 mai 2026 à 9 h, lycée Gaston Berger."),
    ("p", "Interrogations : du mercredi 27 mai (après-midi) au vendredi 5 juin 2026, au lycée Gaston Berger (Lille) "
          "et au lycée Auguste Mariette (Boulogne-sur-Mer). Les convocations précisent le centre de chaque candidat."),
    ("h", "5. Épreuve facultative EF1 (UF1) – Langue vivante étrangère 2"),
    ("p", "Épreuve orale de 20 minutes, du lundi 1er juin au mercredi 3 juin 2026, au lycée Jean Rostand à Roubaix."),
    ("h", "6. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le jeudi 25 juin 2026 à 9 h au rectorat (144 rue de Bavay, Lille, "
          "salle Jean Monnet). Les résultats seront publiés le vendredi 3 juillet 2026 à partir de 10 h."),
    ("sig", "Pour le recteur et par délégation,\nla cheffe de la division des examens et concours\n\nClaire Dewailly"),
]

CAL_TITRE = ["Académie de Lille – BTS Comptabilité et gestion – Session 2026",
             "Annexe 1 : calendrier des épreuves ponctuelles (heure de métropole)"]
CAL_ENTETE = ["Date", "Début", "Fin", "Épreuve", "Unité", "Intitulé", "Durée", "Nature"]
CAL = [  # (iso date, start, end, épreuve, unité, intitulé, durée, nature)
    ("2026-05-11", "14:00", "18:00", "E1", "U1", "Culture générale et expression", "4 h", "écrite"),
    ("2026-05-12", "10:00", "12:00", "E3", "U3", "Mathématiques appliquées", "2 h", "écrite"),
    ("2026-05-12", "14:00", "18:00", "E4", "U4", "Culture économique, juridique et managériale", "4 h", "écrite"),
    ("2026-05-13", "10:00", "12:00", "E2", "U2", "Langue vivante étrangère : anglais", "2 h", "écrite"),
    ("2026-05-18", "09:00", "13:30", "E5", "U5", "Traitement et contrôle des opérations comptables, fiscales et sociales",
     "4 h 30", "pratique sur poste"),
]
CAL_NOTE = "Jeudi 14 mai 2026 (Ascension) et vendredi 15 mai 2026 : pas d'épreuve."
ORAUX_ENTETE = ["Épreuve", "Unité", "Période", "Centre(s)"]
ORAUX = [
    ["E6", "U6", "du 27/05/2026 au 05/06/2026", "Lycée Gaston Berger – Lille ; Lycée Auguste Mariette – Boulogne-sur-Mer"],
    ["EF1", "UF1", "du 01/06/2026 au 03/06/2026", "Lycée Jean Rostand – Roubaix"],
]

BORDEREAU = [
    ("title", "ANNEXE 2 – BORDEREAU DE DÉPÔT DU DOSSIER E6\nBTS Comptabilité et gestion – session 2026"),
    ("p", "À remplir par le candidat et à remettre avec le passeport professionnel et le tableau de synthèse."),
    ("form", "Nom :"), ("form", "Prénom :"), ("form", "N° de candidat :"), ("form", "Établissement de formation :"),
    ("form", "Centre d'interrogation :"),
    ("form", "Date de dépôt : ____ / ____ / 2026        Heure : ____ h ____"),
    ("p", "Signature du candidat :                                        Cachet et visa du centre :"),
    ("small", "Rappel : la date limite de dépôt est fixée au paragraphe 4 de la circulaire académique."),
]

LISEZMOI = """BTS COMPTABILITE ET GESTION - SESSION 2026 - ACADEMIE DE LILLE
Contenu de l'archive envoyée par la DEC 3 (12/02/2026)

  Circulaire BTS CG session 2026.pdf         la circulaire d'organisation (à diffuser)
  Annexe 1 - calendrier épreuves.xlsx        calendrier des épreuves ponctuelles (2 onglets)
  Annexe 2 - bordereau dépôt E6.docx         bordereau vierge à imprimer
  archives\\                                  circulaire de la session précédente, pour mémoire

En cas de fichier illisible, contacter ce.dec3-bts@ac-lille.fr.
"""

ANCIENNE = [
    ("right", "Lille, le 10 février 2025"),
    ("bold", "Objet : BTS Comptabilité et gestion (CG) – organisation de la session 2025"),
    ("p", "Centres d'épreuves écrites : lycée Gaston Berger (Lille), lycée Faidherbe (Lille), lycée Châtelet (Douai)."),
    ("table", [["Date", "Horaire", "Épreuve"],
               ["lundi 12 mai 2025", "14 h – 18 h", "E1 – Culture générale et expression"],
               ["mardi 13 mai 2025", "10 h – 12 h", "E3 – Mathématiques appliquées"],
               ["mardi 13 mai 2025", "14 h – 18 h", "E4 – Culture économique, juridique et managériale"],
               ["mercredi 14 mai 2025", "10 h – 12 h", "E2 – Anglais"],
               ["lundi 19 mai 2025", "9 h – 13 h 30", "E5 – épreuve pratique"]], [4.5, 3.5, 8.5]),
    ("p", "E6 : dépôt des dossiers au plus tard le vendredi 4 avril 2025 à 12 h ; contrôle de conformité le mardi "
          "22 avril 2025 ; interrogations du mercredi 28 mai au vendredi 6 juin 2025."),
    ("p", "Jury : jeudi 26 juin 2025 à 9 h. Résultats : vendredi 4 juillet 2025."),
    ("sig", "Pour le recteur et par délégation,\nClaire Dewailly"),
]
