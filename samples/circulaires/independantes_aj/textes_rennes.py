# -*- coding: utf-8 -*-
"""BTS SIO, académie de Rennes, session 2027 (fictive). Dates by candidate category and by option."""

EN_TETE = ["ACADÉMIE DE RENNES", "Rectorat – Division des examens et concours",
           "Bureau DEC 3 – Examens de l'enseignement supérieur"]
SUIVI = ["Affaire suivie par : Gwenaëlle Le Bihan", "Tél. : 02 23 21 77 41", "Mél : dec3-bts@ac-rennes.fr"]
LIEU_DATE = "Rennes, le 18 février 2027"
DESTINATAIRES = ("Le recteur de l'académie de Rennes\nà\nMesdames et Messieurs les chefs d'établissement des lycées "
                 "publics et privés sous contrat, Mesdames et Messieurs les directeurs de CFA et de GRETA, "
                 "Monsieur le directeur de l'institut du CNED de Rennes")
OBJET = ("Objet : BTS Services informatiques aux organisations (SIO), options SISR et SLAM – "
         "organisation de la session 2027")
REFS = ("Réf. : arrêté du 8 juillet 2024 modifiant la définition et les conditions de délivrance du BTS SIO ; "
        "circulaire nationale d'organisation du 12 janvier 2027.")
INTRO = ("La présente circulaire précise l'organisation de la session 2027 dans l'académie. Les épreuves écrites "
         "sont communes à tous les candidats ; en revanche, les dates de dépôt des dossiers et la forme des "
         "épreuves professionnelles dépendent de la catégorie du candidat (tableau du point 2) et, pour "
         "l'épreuve E6, de l'option choisie (tableau du point 3). Je vous remercie d'en assurer la plus large "
         "diffusion auprès des équipes pédagogiques et des candidats.")

T1 = "1. Épreuves écrites – toutes catégories de candidats"
ECRITS_ENTETE = ["Date", "Horaire", "Épreuve"]
ECRITS = [
    ("lundi 10 mai 2027", "14 h 00 – 16 h 00", "E3 – Mathématiques pour l'informatique"),
    ("mardi 11 mai 2027", "14 h 00 – 18 h 00", "E1 – Culture générale et expression"),
    ("mercredi 12 mai 2027", "10 h 00 – 12 h 00", "E2 – Expression et communication en langue anglaise"),
    ("mercredi 12 mai 2027", "14 h 00 – 18 h 00", "E4 – Culture économique, juridique et managériale pour l'informatique"),
    ("jeudi 13 mai 2027", "8 h 30 – 12 h 30", "E7 – Cybersécurité des services informatiques – sujet de l'option SISR"),
    ("jeudi 13 mai 2027", "14 h 00 – 18 h 00", "E7 – Cybersécurité des services informatiques – sujet de l'option SLAM"),
]
ECRITS_NOTE = ("Le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont fériés ; le "
               "vendredi 7 mai 2027 (pont de l'Ascension), aucun centre n'est ouvert.")
CENTRES_INTRO = "Les candidats composent dans le centre du département de leur établissement de formation :"
CENTRES = [
    ("Lycée Joliot-Curie", "144 boulevard de Vitré – 35700 Rennes", "Ille-et-Vilaine et Côtes-d'Armor"),
    ("Lycée Kerichen", "rue Prince de Joinville – 29200 Brest", "Finistère"),
    ("Lycée Charles-de-Gaulle", "23 avenue Paul Cézanne – 56000 Vannes", "Morbihan"),
]

T2 = "2. Dossiers et épreuve E5 selon la catégorie de candidats"
T2_INTRO = ("Les candidats scolaires des lycées habilités passent l'épreuve E5 en contrôle en cours de formation "
            "(CCF) ; les autres catégories la passent en forme ponctuelle. Les dates ci-dessous sont des dates "
            "limites de réception.")
CAT_ENTETE = ["Étape", "SCO", "APP", "FC", "CI / CNED"]
CAT = [
    ("Dossier E5 – tableau de synthèse et attestations de stage",
     "CCF – pas de dépôt", "ven. 2 avril 2027, 12\u00a0h", "mer. 7 avril 2027, 12\u00a0h", "ven. 26 mars 2027 (*)"),
    ("Épreuve E5 – Support et mise à disposition de services informatiques",
     "CCF en établissement", "du mar. 18 au ven. 21 mai 2027, lycée Joliot-Curie", "idem APP", "idem APP"),
    ("Saisie des notes de CCF de l'épreuve E5",
     "au plus tard le ven. 28 mai 2027", "—", "—", "—"),
    ("Dossier E6 – dossier de réalisations professionnelles (option SISR ou SLAM)",
     "ven. 9 avril 2027, 12\u00a0h", "idem SCO", "ven. 9 avril 2027, 17\u00a0h", "ven. 2 avril 2027 (*)"),
    ("Contrôle de conformité des dossiers E6",
     "mar. 4 mai 2027, 9\u00a0h", "idem", "idem", "idem"),
]
CAT_LEGENDE = ("SCO : candidats scolaires (lycées publics et privés sous contrat) – APP : apprentis (CFA et UFA) – "
               "FC : stagiaires de la formation continue – CI / CNED : candidats individuels et élèves inscrits au "
               "CNED. (*) Envoi en recommandé au rectorat de Rennes, DEC 3, 96 rue d'Antrain, CS 10503, 35705 Rennes "
               "Cedex 7, le cachet de La Poste faisant foi. Les autres dossiers sont déposés au centre d'interrogation "
               "de l'option (point 3).")
T2_VACANCES = ("Attention : les vacances de printemps de la zone B s'étendent du samedi 10 avril au lundi 26 avril "
               "2027 ; aucun dépôt n'est possible pendant cette période.")

T3 = "3. Épreuve E6 selon l'option"
OPT_ENTETE = ["", "Option SISR – Administration des systèmes et des réseaux",
              "Option SLAM – Conception et développement d'applications"]
OPT = [
    ("Période d'interrogation (toutes catégories)", "du lundi 31 mai au vendredi 4 juin 2027",
     "du lundi 7 au mercredi 9 juin 2027"),
    ("Centre d'interrogation", "Lycée Joliot-Curie, Rennes", "Lycée Kerichen, Brest"),
    ("Réunion d'entente des examinateurs", "mercredi 26 mai 2027 à 14 h, lycée Joliot-Curie",
     "même réunion, en visioconférence depuis Brest"),
    ("Écrit E7 du 13 mai (rappel)", "8 h 30 – 12 h 30", "14 h 00 – 18 h 00"),
]
OPT_NOTE = ("Les convocations individuelles précisent le jour et l'heure de passage ; un candidat ne peut pas "
            "changer d'option après son inscription.")

T4 = "4. Épreuve facultative"
UF = ("L'épreuve facultative UF1 (langue vivante étrangère autre que l'anglais) se déroule à l'oral du mardi 1er "
      "au jeudi 3 juin 2027 au lycée Joliot-Curie de Rennes, pour toutes les catégories de candidats.")

T5 = "5. Délibérations et résultats"
JURY = ("Le jury de délibération se réunira le jeudi 24 juin 2027 à 9 h au rectorat de Rennes. Les résultats "
        "seront publiés le vendredi 2 juillet 2027 à 10 h sur le site Cyclades.")

T6 = "6. Session de remplacement"
REMPLACEMENT = ("Les candidats qui, pour une cause de force majeure dûment constatée, n'ont pu se présenter à tout ou "
                "partie des épreuves pourront être autorisés par le recteur à se présenter à la session de "
                "remplacement de septembre 2027. À titre indicatif, ses épreuves écrites sont prévues du mardi 7 au "
                "jeudi 9 septembre 2027 ; un calendrier spécifique sera diffusé. La demande, accompagnée des "
                "justificatifs, est adressée au plus tard huit jours après l'épreuve manquée.")

T7 = "7. Établissements de formation concernés"
FORMATION = ("Lycée Chateaubriand (Rennes), lycée Saint-Joseph (Lorient), lycée Le Likès (Quimper), CFA de la CCI "
             "(Ploufragan), GRETA Bretagne Sud. Ces établissements ne sont pas centres d'épreuves : ils transmettent "
             "les dossiers de leurs candidats selon le tableau du point 2.")

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,",
             "Maëlle Kerhervé"]
PIED = "Rectorat de Rennes – 96 rue d'Antrain – CS 10503 – 35705 Rennes Cedex 7"
