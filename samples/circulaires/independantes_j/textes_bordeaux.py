"""Texte de la circulaire NDRC 2027 de l'académie de Bordeaux (fictive), publiée en page web.

Particularités : tableau des écrits dont une colonne porte à la fois la date et l'horaire
(« Mardi 11 mai 2027 – 14 h/18 h ») ; plusieurs périodes d'oral dans une seule phrase ;
sous-épreuves écrites « E5 – A », « E5B » ; liste d'établissements de formation rattachés
qui ne sont pas des centres ; bordereau à date vierge.
"""

TITRE_PAGE = "BTS NDRC – session 2027 – circulaire d'organisation | Académie de Bordeaux"

FIL_ARIANE = "Accueil › Examens et concours › BTS › Circulaires d'organisation 2027"

BANDEAU = [
    "Académie de Bordeaux",
    "Rectorat – Division des examens et concours – DEC 2 (BTS)",
]

H1 = ("BTS Négociation et digitalisation de la relation client (NDRC) – session 2027 : "
      "circulaire d'organisation")

META = "Bordeaux, le 8 février 2027 – Réf. : DEC2/BTS/2027-014"

DESTINATAIRES = ("La rectrice de la région académique Nouvelle-Aquitaine, rectrice de l'académie "
                 "de Bordeaux, à Mesdames et Messieurs les chefs d'établissement, directeurs de CFA "
                 "et chefs de centre d'épreuves.")

REFERENCES = [
    "Arrêté du 4 avril 2018 portant définition et fixant les conditions de délivrance du BTS NDRC",
    "Note de service nationale du 21 janvier 2027 fixant le calendrier des épreuves écrites des BTS",
]

INTRO = ("Cette circulaire précise l'organisation de la session 2027 dans l'académie. Elle est "
         "complétée par les convocations éditées dans Cyclades, que chaque établissement remettra "
         "aux candidats contre émargement.")

# tableau 1 : épreuves écrites
ECRITS_ENTETE = ["Épreuve", "Intitulé", "Date et horaires", "Durée", "Coef."]
ECRITS = [
    ["E3", "Culture économique, juridique et managériale", "Mardi 11 mai 2027 – 14 h/18 h", "4 h", "3"],
    ["E1", "Culture générale et expression", "Mercredi 12 mai 2027 – 8 h 30/12 h 30", "4 h", "3"],
    ["E5 – A", "Relation client à distance et digitalisation – partie écrite",
     "Jeudi 13 mai 2027 – 14 h/17 h", "3 h", "2"],
]
ECRITS_NOTE = ("* Les horaires sont ceux de la métropole. Aucune sortie n'est autorisée avant la fin "
               "de la première heure de composition.")

NUMERISATION = ("Les copies des épreuves E1, E3 et E5 – A sont numérisées par les centres eux-mêmes ; "
                "la numérisation devra être achevée au plus tard le vendredi 14 mai 2027 à 12 h. La "
                "correction dématérialisée se déroulera du mardi 18 mai au mercredi 2 juin 2027 (le "
                "lundi 17 mai, lundi de Pentecôte, est férié).")

ORAUX_TITRE = "ÉPREUVES ORALES ET PRATIQUES"
ORAUX = [
    ("E4 – Relation client et négociation-vente",
     "Pour les candidats relevant de la forme ponctuelle, l'épreuve E4 se déroulera, selon les "
     "centres, du lundi 24 au mercredi 26 mai, du mardi 1er au jeudi 3 juin et du lundi 7 au "
     "vendredi 11 juin 2027. Chaque centre affichera son planning de passage au plus tard huit "
     "jours avant la première interrogation."),
    ("E5 – B – Relation client à distance et digitalisation, partie pratique",
     "La partie pratique (E5B, 40 minutes sur poste informatique) aura lieu du jeudi 27 au "
     "vendredi 28 mai 2027 au lycée Gustave Eiffel et au lycée Bernard Palissy. Une réunion "
     "d'entente des examinateurs E5B est fixée au jeudi 20 mai 2027 à 14 h au lycée Gustave "
     "Eiffel."),
    ("E6 – Relation client et animation de réseaux",
     "Interrogations du lundi 14 au vendredi 18 juin 2027, dans les mêmes centres que l'épreuve E4."),
    ("E2 – Communication en langue vivante étrangère",
     "Évaluée en contrôle en cours de formation pour les candidats des établissements habilités ; "
     "les candidats individuels reçoivent une convocation personnelle."),
    ("EF1 – Langue vivante facultative",
     "Oral unique : mer. 19/05/27, lycée des Graves (Gradignan)."),
]

DOSSIERS_TITRE = "DOSSIERS SUPPORTS DES ÉPREUVES E4 ET E6"
DOSSIERS_ENTETE = ["Dossier", "À transmettre au plus tard", "Destinataire"]
DOSSIERS = [
    ["Fiches descriptives de situations de négociation (E4)", "vendredi 9 avril 2027, 12 h",
     "centre d'épreuves du candidat"],
    ["Dossier d'animation de réseaux (E6)", "lundi 3 mai 2027, avant 17 h",
     "centre d'épreuves du candidat"],
]
DOSSIERS_TEXTE = ("Le contrôle de conformité des dossiers E4 et E6 aura lieu le mardi 4 mai 2027 à "
                  "9 h 30 au rectorat (DEC 2). Pendant les vacances de printemps, du samedi 10 avril "
                  "au lundi 26 avril 2027, les centres ne réceptionnent aucun envoi.")

CENTRES_TITRE = "CENTRES D'ÉPREUVES"
CENTRES_ENTETE = ["Centre d'épreuves", "Adresse", "Établissements de formation rattachés"]
CENTRES = [
    ["Lycée Gustave Eiffel", "143 cours de la Marne<br>CS 21940<br>33074 Bordeaux Cedex",
     "Lycée Saint-Louis (Bordeaux) ; CFA de la CCI Bordeaux Gironde (Bruges) ; candidats "
     "individuels de la Gironde"],
    ["Lycée des Graves", "238 cours du Général de Gaulle<br>33170 Gradignan",
     "Lycée Sainte-Marie Grand Lebrun (Bordeaux) ; École supérieure de vente (Mérignac)"],
    ["Lycée Saint-John Perse", "2 rue J. Ferry<br>64000 Pau",
     "Lycée Louis Barthou (Pau) ; CFA du commerce des Pyrénées (Pau) ; Lycée Saint-Thomas "
     "d'Aquin (Oloron-Sainte-Marie)"],
    ["Lycée Bernard Palissy", "164 boulevard de la Liberté<br>47000 Agen",
     "Lycée Jean-Baptiste de Baudre (Agen) ; CFA de Lot-et-Garonne (Agen)"],
]
CENTRES_NOTE = ("Les établissements de formation ne sont pas centres d'épreuves : leurs candidats "
                "sont convoqués dans le centre de rattachement indiqué ci-dessus.")

RESULTATS_TITRE = "DÉLIBÉRATION ET RÉSULTATS"
RESULTATS = [
    "Jury de délibération : jeudi 1er juillet 2027 – 9 h, rectorat de Bordeaux.",
    "Publication des résultats : vendredi 2 juillet 2027 à partir de 14 h, sur le site de l'académie.",
]

SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,",
             "Olivier Laborde-Castaing"]

BORDEREAU_TITRE = "Annexe – Bordereau d'envoi des dossiers E4"
BORDEREAU = [
    "Établissement : ……………………………………………",
    "Nombre de dossiers : ……",
    "Date d'envoi : le …/…/20…",
    "Signature du chef d'établissement :",
]

PIED = ("Rectorat de Bordeaux – 5 rue Joseph de Carayon-Latour – CS 81499 – 33060 Bordeaux Cedex – "
        "page publiée le 8 février 2027")
