"""Texte de la circulaire fictive BTS GPME, académie de Rennes, session 2027 (DOCX + PDF + photocopie)."""

EMETTEUR = [
    "Académie de Rennes",
    "Rectorat – Division des examens et concours",
    "Bureau DEC 3 – Examens post-baccalauréat",
    "Affaire suivie par : Mme Gwenola Le Bihan – ce.dec3@ac-rennes.fr – 02 23 21 7x xx",
]
LIEU_DATE = "Rennes, le 26 janvier 2027"
DESTINATAIRES = ("Le recteur de la région académique Bretagne, recteur de l'académie de Rennes\n"
                 "à\n"
                 "Mesdames et messieurs les chefs d'établissement des lycées publics et privés sous contrat\n"
                 "préparant au BTS Gestion de la PME\n"
                 "Mesdames et messieurs les directeurs des CFA et organismes de formation")
OBJET = "Objet : organisation du BTS Gestion de la PME (GPME) – session 2027"
REFERENCES = [
    "Réf. : arrêté du 17 avril 2018 portant définition et fixant les conditions de délivrance du BTS GPME ;",
    "circulaire nationale d'organisation du BTS GPME – session 2027 – du 9 décembre 2026.",
]
INTRO = ("La présente circulaire précise le calendrier et les modalités de déroulement de la session 2027 du BTS "
         "Gestion de la PME dans l'académie de Rennes. Le calendrier des épreuves écrites reproduit ci-dessous est "
         "celui arrêté pour l'ensemble des BTS du secteur tertiaire de l'académie : il est commun à plusieurs "
         "spécialités. Je vous demande de veiller à ne retenir que les lignes qui concernent le BTS GPME et les "
         "épreuves communes auxquelles vos candidats sont inscrits.")

T1 = "1. Calendrier académique des épreuves écrites des BTS tertiaires – session 2027"
T1A = "1.1 Épreuves communes à plusieurs spécialités"
COMMUNES_ENTETE = ["Date", "Horaires", "Épreuve", "Spécialités concernées"]
COMMUNES = [
    ["Lundi 10 mai 2027", "14 h 00 – 16 h 00", "Langue vivante étrangère A – partie écrite",
     "CG – CI – Communication – Tourisme"],
    ["Mardi 11 mai 2027", "14 h 00 – 18 h 00", "E1 – Culture générale et expression",
     "Toutes les spécialités tertiaires"],
    ["Mercredi 12 mai 2027", "14 h 00 – 18 h 00", "E3 – Culture économique, juridique et managériale (CEJM)",
     "Assurance – Banque – CI – Communication – GPME – MCO – NDRC – PI"],
    ["Vendredi 14 mai 2027", "9 h 00 – 13 h 00", "Culture économique, juridique et managériale appliquée (CEJMA)",
     "SAM – Tourisme"],
]
T1B = "1.2 Épreuves propres à chaque spécialité"
SPECIFIQUES_ENTETE = ["Spécialité", "Épreuve", "Date", "Horaires"]
# (spécialité, [(épreuve, date, horaires), ...]) – la première cellule est fusionnée verticalement
SPECIFIQUES = [
    ("Assurance", [("E5 – Gestion des contrats et des sinistres", "Jeudi 13 mai 2027", "14 h 00 – 18 h 00")]),
    ("Banque – conseiller de clientèle", [("E4 – Développement et suivi de l'activité commerciale",
                                            "Vendredi 14 mai 2027", "14 h 00 – 17 h 00")]),
    ("Comptabilité et gestion (CG)", [("E5 – Traitement et contrôle des opérations comptables, fiscales et sociales",
                                       "Jeudi 13 mai 2027", "9 h 00 – 13 h 30")]),
    ("Commerce international (CI)", [("E4 – Mise en œuvre des opérations internationales",
                                      "Vendredi 14 mai 2027", "9 h 00 – 13 h 00")]),
    ("Communication", [("E4 – Cultures de la communication", "Jeudi 20 mai 2027", "14 h 00 – 18 h 00")]),
    ("Gestion de la PME (GPME)", [("E6 – Soutenir le fonctionnement et le développement de la PME",
                                   "Mardi 18 mai 2027", "14 h 00 – 18 h 30")]),
    ("Management commercial opérationnel (MCO)", [("E5 – Gestion opérationnelle", "Jeudi 13 mai 2027",
                                                   "14 h 00 – 17 h 00")]),
    ("Négociation et digitalisation de la relation client (NDRC)",
     [("E5 – Relation client à distance et digitalisation (partie écrite)", "Vendredi 21 mai 2027", "9 h 00 – 12 h 00")]),
    ("Professions immobilières (PI)", [("E5 – Conseil en ingénierie de l'immobilier", "Mardi 18 mai 2027",
                                        "9 h 00 – 13 h 00")]),
]
CAL_NOTE = ("Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de "
            "Pentecôte). Les candidats au BTS GPME ne passent pas la partie écrite de langue vivante : l'épreuve E2 "
            "de leur spécialité est orale (voir § 2).")

T2 = "2. Épreuves orales du BTS GPME (candidats évalués par épreuve ponctuelle)"
ORAUX_INTRO = ("Les candidats scolarisés dans un établissement habilité au contrôle en cours de formation ne sont pas "
               "concernés par ce paragraphe, à l'exception de l'épreuve facultative.")
ORAUX = [
    "E2 – Communication en langue vivante étrangère (oral) : du lundi 31 mai au mercredi 2 juin 2027, "
    "au lycée Théodore Botrel (Saint-Malo) et au lycée Joséphine Pencalet (Douarnenez).",
    "E4 – Gérer la relation avec les clients et les fournisseurs de la PME : du lundi 7 au jeudi 10 juin 2027, "
    "dans les mêmes centres.",
    "E5 – Participer à la gestion des risques de la PME : du lundi 14 au mercredi 16 juin 2027, dans les mêmes centres.",
    "EF1 – Langue vivante facultative : mardi 8 juin 2027 à partir de 8 h 30, au lycée Théodore Botrel (Saint-Malo) "
    "uniquement.",
]

T3 = "3. Dossiers des épreuves E4 et E5"
DOSSIERS = ("Les dossiers professionnels des épreuves E4 et E5 des candidats évalués par épreuve ponctuelle doivent "
            "parvenir au centre de dépôt au plus tard le vendredi 16 avril 2027 à 12 h 00 (le cachet de la poste ne "
            "fait pas foi). Les vacances de printemps de la zone B se déroulant du samedi 17 avril au lundi 3 mai "
            "2027, aucun délai supplémentaire ne sera accordé. La commission de contrôle de conformité des dossiers "
            "E4 se réunira le mardi 4 mai 2027 à 14 h 00 au centre de dépôt ; les candidats dont le dossier serait "
            "déclaré non conforme en seront informés par le centre.")

T4 = "4. Correction de l'épreuve écrite E6"
CORRECTION = ("La commission d'entente de l'épreuve E6 se tiendra le mercredi 19 mai 2027 à 9 h 30 au lycée Paul "
              "Sérusier (Carhaix-Plouguer). La correction des copies d'E6 aura lieu sur place du mercredi 19 mai au "
              "mercredi 26 mai 2027. Les épreuves E1 et E3, communes à plusieurs spécialités, sont corrigées selon "
              "l'organisation propre à chaque épreuve commune, communiquée séparément aux correcteurs.")

T5 = "5. Livrets scolaires, délibération et résultats"
FIN = [
    "Les livrets scolaires des candidats scolaires et apprentis, complétés et signés, seront transmis au plus tard le "
    "vendredi 28 mai 2027 au centre de correction (lycée Paul Sérusier).",
    "Le jury de délibération se réunira le jeudi 1er juillet 2027 à 14 h 00 au rectorat de Rennes (salle du "
    "Parlement, 96 rue d'Antrain). Les résultats seront publiés le vendredi 2 juillet 2027 à 10 h 00.",
]

T6 = "6. Adresses des centres"
CENTRES = [
    ("Lycée Théodore Botrel", "centre de dépôt des dossiers – oraux E2, E4, E5, EF1",
     ["12 boulevard de la Rance", "35400 Saint-Malo"]),
    ("Lycée Joséphine Pencalet", "oraux E2, E4, E5", ["4 rue des Sardiniers", "29100 Douarnenez"]),
    ("Lycée Paul Sérusier", "correction E6 – commission d'entente", ["Avenue de Waldkappel", "29270 Carhaix-Plouguer"]),
]
FORMATION_TITRE = "Pour information, établissements préparant au BTS GPME dans l'académie (ils ne sont pas centres d'examen) :"
FORMATION = ["Lycée Sainte-Anne – Lannion", "Lycée Jean Guéhenno – Vannes", "Lycée Kerichen – Brest",
             "CFA de la CCI Ille-et-Vilaine – Rennes"]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,", "Annaïg Trémel"]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"
