# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive : BTS Maintenance des systèmes option A, académie de Clermont-Ferrand,
session 2027. DOCX à trois sections (portrait / paysage / portrait)."""

STEM = "circulaire_ms_2027_clermont-ferrand"

EN_TETE = ["ACADÉMIE DE CLERMONT-FERRAND", "Rectorat", "Division des examens et concours",
           "DEC 2 – Bureau des BTS"]
ADRESSE = ["3, avenue Vercingétorix", "63033 Clermont-Ferrand Cedex 1"]
LIEU_DATE = "Clermont-Ferrand, le 12 février 2027"
SUIVI = "Affaire suivie par : Hélène Chassaing – 04 73 99 30 00 – ce.dec2@ac-clermont.fr"
DESTINATAIRES = ["Le recteur de l'académie de Clermont-Ferrand", "à",
                 "Mesdames et Messieurs les proviseurs", "Mesdames et Messieurs les directeurs de CFA"]
OBJET = ("BTS Maintenance des systèmes, option A – Systèmes de production (MS) – session 2027 – "
         "calendrier et organisation des épreuves")
REFERENCES = ["Arrêté du 9 avril 2014 modifié portant définition du BTS Maintenance des systèmes",
              "Circulaire nationale d'organisation de la session 2027 du 7 janvier 2027"]
INTRO = ("J'ai l'honneur de vous communiquer ci-après le calendrier académique de la session 2027 du BTS "
         "Maintenance des systèmes, option A. Le tableau de la page suivante récapitule l'ensemble des épreuves ; "
         "les centres et les formalités figurent à la suite.")
PREAMBULE = [
    "Les candidats doivent se présenter munis de leur convocation et d'une pièce d'identité.",
    "Les calculatrices sont autorisées en mode examen pour les épreuves E3 et E4.",
    "Aucune épreuve n'a lieu le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte).",
    "Vacances de printemps (zone A) : du samedi 10 avril au lundi 26 avril 2027.",
]

TITRE_CAL = "CALENDRIER DES ÉPREUVES – SESSION 2027"
ENTETE_CAL = ("Épreuve", "Intitulé", "Forme", "Date", "Début", "Fin", "Durée", "Observations")
# Une ligne par (sous-)épreuve ; la première colonne est fusionnée verticalement pour E3, E5 et E6.
# (code affiché, nombre de lignes fusionnées, [lignes])
CALENDRIER = [
    ("SECTION", "ÉPREUVES ÉCRITES"),
    ("E1", [("Culture générale et expression", "Écrite", "Lundi 10 mai 2027", "14h00", "18h00", "4 h",
             "Sujet national")]),
    ("E3\nMathématiques et physique-chimie",
     [("1ère partie – Mathématiques", "Écrite", "Mercredi 12 mai 2027", "8h00", "10h00", "2 h", ""),
      ("2ème partie – Physique-chimie", "Écrite", "Mercredi 12 mai 2027", "10h30", "12h30", "2 h",
       "Pause de 30 min entre les deux parties")]),
    ("E4", [("Analyse des systèmes et préparation d'une intervention", "Écrite", "Mardi 11 mai 2027", "8h00",
             "12h00", "4 h", "Réunion d'entente des correcteurs le vendredi 14 mai 2027 à 9 h 30 (Lycée La "
             "Fayette) ; correction du mardi 18 au vendredi 21 mai 2027")]),
    ("SECTION", "ÉPREUVES PRATIQUES ET ORALES"),
    ("E2", [("Anglais", "CCF", "—", "—", "—", "—", "Évaluée exclusivement en CCF (1)")]),
    ("E5\nActivités de maintenance corrective",
     [("E5 A – Organisation de l'intervention de maintenance", "Pratique",
       "Du lundi 31 mai au mercredi 2 juin 2027", "selon convocation", "", "4 h", "Lycée La Fayette"),
      ("E5 B – Maintenance corrective d'un bien", "Pratique", "Du jeudi 3 au vendredi 4 juin 2027",
       "selon convocation", "", "6 h", "Lycée La Fayette")]),
    ("E6\nÉpreuve professionnelle de synthèse",
     [("E.6.1 – Rapport d'activités en entreprise", "Orale", "Du lundi 7 au mercredi 9 juin 2027", "", "",
       "20 min", "Réunion d'harmonisation des commissions le lundi 7 juin 2027 à 8 h (2)"),
      ("E.6.2 – Conduite d'un projet de maintenance améliorative", "Orale",
       "Du jeudi 10 au vendredi 11 juin et du lundi 14 au mardi 15 juin 2027", "", "", "40 min", "(2)")]),
    ("EF1", [("Langue vivante étrangère 2 (facultative)", "Orale", "Mercredi 2 juin 2027", "13h30", "", "20 min",
              "Lycée La Fayette")]),
]
NOTES_CAL = [
    "(1) Les notes de CCF de l'épreuve E2 sont à saisir dans Cyclades au plus tard le vendredi 28 mai 2027.",
    "(2) Les rapports et dossiers de projet sont soumis au contrôle de conformité (voir § 3).",
]

S2 = "2. Centres d'épreuves"
ENTETE_CENTRES = ("Centre", "Adresse", "Ville")
CENTRES = [
    ("Lycée La Fayette", "21, boulevard Robert Schuman\nBP 10045\n63002 Clermont-Ferrand Cedex 1", "Clermont-Ferrand"),
    ("Lycée Paul Constans", "31, rue Christophe Thivrier\n03100 Montluçon", "Montluçon"),
    ("Lycée Charles et Adrien Dupuy", "2, avenue Baptiste Marcet\nBP 20\n43003 Le Puy-en-Velay Cedex",
     "Le Puy-en-Velay"),
]
S2_NOTE = ("Les épreuves écrites ont lieu dans les trois centres ; les épreuves pratiques (E5) et orales (E6, EF1) "
           "se déroulent exclusivement au Lycée La Fayette.")
S2_FORMATION = ("Établissements de formation (ne sont pas centres d'épreuves) : Lycée Jean Zay (Thiers), "
                "Pôle formation UIMM Auvergne (Clermont-Ferrand), Lycée Blaise Pascal (Ambert).")

S3 = "3. Dossiers de l'épreuve E6"
S3_TEXTE = ("Les rapports d'activités (E.6.1) et les dossiers de projet (E.6.2) sont à déposer au Lycée La Fayette, "
            "secrétariat du DDFPT, au plus tard le mercredi 28 avril 2027 à 12 h 00. Le contrôle de conformité "
            "se tiendra le mardi 4 mai 2027 à 14 h ; les candidats dont le dossier est déclaré non conforme "
            "en seront informés individuellement.")
S4 = "4. Délibérations et résultats"
S4_ITEMS = ["Jury de délibération : jeudi 1er juillet 2027 à 9 h 00, rectorat.",
            "Publication des résultats : vendredi 2 juillet 2027 à 14 h."]
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours,",
             "Anne-Sophie Rigal"]
PIED = "Rectorat de Clermont-Ferrand – DEC 2 – BTS MS session 2027"
