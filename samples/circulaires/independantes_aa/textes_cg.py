"""Textes de la circulaire BTS Comptabilité et gestion, Nancy-Metz, session 2028 (fictive).
Les horaires des épreuves écrites ne figurent QUE dans les notes de bas de page."""

STEM = "circ_cg_2028_nancy-metz"

ENTETE = ["Académie de Nancy-Metz", "Rectorat – Division des examens et concours",
          "DEC 4 – Brevets de technicien supérieur"]
PIED = "Rectorat de l'académie de Nancy-Metz – 2 rue Philippe de Gueldres – CO n° 30013 – 54035 Nancy Cedex"
LIEU_DATE = "Nancy, le 24 janvier 2028"
OBJET = "Objet : BTS Comptabilité et gestion (CG) – session 2028 – instructions d'organisation"
# Chaque paragraphe : liste de segments ; un segment ("FN", texte) devient une note de bas de page.
INTRO = [
    ["Les épreuves du BTS Comptabilité et gestion de la session 2028 se dérouleront conformément au "
     "règlement d'examen", ("FN", "Arrêté du 10 février 2015 modifié portant définition et fixant les "
     "conditions de délivrance du BTS Comptabilité et gestion."),
     ". Les horaires précis des épreuves ponctuelles écrites sont indiqués en note."],
    ["Les candidats sont convoqués trente minutes avant le début de chaque épreuve. Aucune épreuve "
     "n'est organisée le jeudi 25 mai 2028 (Ascension), le vendredi 26 mai 2028 (pont) et le lundi "
     "5 juin 2028 (lundi de Pentecôte)."],
]
T1 = "1. Calendrier des épreuves"
TAB_ENTETES = ["Épreuve", "Unité", "Intitulé", "Forme", "Date"]
# (épreuve, unité, intitulé, forme, date, note de bas de page ou None)
TAB = [
    ("E1", "U1", "Culture générale et expression", "écrite, 3 h", "mardi 16 mai 2028",
     "De 14 h à 17 h."),
    ("E2", "U2", "Langue vivante étrangère : anglais", "écrite, 2 h", "mercredi 17 mai 2028",
     "De 10 h à 12 h. La partie orale est évaluée en CCF."),
    ("E3", "", "Mathématiques appliquées et culture économique, juridique et managériale", "", "", None),
    ("E31", "U31", "Mathématiques appliquées", "CCF", "—",
     "Pas d'épreuve ponctuelle organisée dans l'académie pour la session 2028."),
    ("E32", "U32", "Culture économique, juridique et managériale", "écrite, 4 h", "mercredi 17 mai 2028",
     "De 14 h à 18 h."),
    ("E4", "U4", "Traitement et contrôle des opérations comptables, fiscales et sociales",
     "écrite, 4 h 30", "mardi 16 mai 2028", "De 8 h à 12 h 30 – usage de la calculatrice autorisé."),
    ("E5", "U5", "Situations de contrôle de gestion et d'analyse financière", "pratique et orale",
     "du mardi 30 mai au vendredi 2 juin 2028", None),
    ("E6", "U6", "Parcours de professionnalisation", "orale, 30 min",
     "du mardi 6 au vendredi 9 juin 2028 et du lundi 12 au mercredi 14 juin 2028", None),
    ("EF1", "UF1", "Langue vivante étrangère 2 (facultative)", "orale, 20 min", "mercredi 24 mai 2028",
     "Accueil des candidats à partir de 8 h 30, lycée Pierre-Gringoire."),
    ("EF2", "UF2", "Engagement étudiant (facultative)", "CCF", "—", None),
]
T2 = "2. Dossiers de l'épreuve E6"
DOSSIER = [
    ["Les dossiers (tableau de synthèse et fiches d'activités) sont à transmettre au centre d'épreuve "
     "orale de rattachement au plus tard le vendredi 7 avril 2028", ("FN", "À 16 h, cachet de l'établissement "
     "faisant foi ; aucun envoi par courriel n'est accepté."), "."],
    ["Le contrôle de conformité est réalisé le mercredi 19 avril 2028", ("FN", "À 14 h, par une "
     "commission réunie au lycée Pierre-Gringoire."),
     " ; les établissements sont informés des non-conformités par écrit."],
]
T3 = "3. Correction, délibération et résultats"
SUITE = [
    ["Une réunion d'entente des correcteurs de l'épreuve E4 se tient le lundi 22 mai 2028",
     ("FN", "À 9 h, lycée Jean-Laurent Vautrin, amphithéâtre."), "."],
    ["Le jury de délibération siège le jeudi 29 juin 2028", ("FN", "À 14 h, au rectorat."),
     " et les résultats sont publiés le vendredi 7 juillet 2028", ("FN", "À partir de 10 h, sur le "
     "site de l'académie."), "."],
]
T4 = "4. Centres d'épreuves"
CENTRES_ENTETES = ["Centre", "Adresse", "Commune", "Épreuves"]
CENTRES = [
    ("Lycée Pierre-Gringoire", "14 rue des Tiercelins", "Nancy", "écrits, E5, E6, EF1"),
    ("Lycée Jean-Laurent Vautrin", "3 avenue de Blida – BP 30712", "Metz", "écrits, E5, E6"),
    ("Lycée Hippolyte-Bexon", "1 rue du Saut-le-Cerf", "Épinal", "écrits"),
]
FORMATION = ("Les établissements de formation suivants ne sont pas centres d'épreuves et adressent "
             "leurs candidats aux centres ci-dessus : Institut des Forges (Thionville), CFA Compta-Est "
             "(Bar-le-Duc), lycée privé Saint-Dié-Providence (Saint-Dié-des-Vosges).")
SIGNATURE = ["Pour le recteur et par délégation,", "La cheffe de la division des examens et concours",
             "Claire Moitrier"]
