# -*- coding: utf-8 -*-
"""BTS Comptabilité et gestion, académie d'Orléans-Tours, session 2027.
Mail (.eml) whose body only says « veuillez trouver ci-joint » ; the circular is the attached PDF."""

# ----------------------------------------------------------------- the mail
MAIL_FROM = ("DEC 3 - Examens BTS - Rectorat d'Orléans-Tours", "dec3-bts@ac-orleans-tours.fr")
MAIL_TO = ("Chefs d'établissement - sections BTS CG", "liste-bts-cg@ac-orleans-tours.fr")
MAIL_CC = ("DDFPT Orléans-Tours", "ddfpt-tertiaire@ac-orleans-tours.fr")
MAIL_DATE = "Tue, 16 Feb 2027 09:12:44 +0100"
MAIL_SUBJECT = "BTS Comptabilité et gestion – session 2027 – circulaire d'organisation"
ATTACH_NAME = "Circulaire BTS CG session 2027 – académie Orléans-Tours.pdf"

MAIL_TEXT = """Mesdames et Messieurs les chefs d'établissement,

Veuillez trouver ci-joint la circulaire d'organisation du BTS Comptabilité et gestion pour la session 2027.

Je vous remercie de bien vouloir en assurer la diffusion auprès des équipes pédagogiques et des candidats concernés.

Bien cordialement,

--
Bureau DEC 3 – Examens de l'enseignement supérieur
Rectorat de l'académie d'Orléans-Tours
21 rue Saint-Étienne – 45043 Orléans Cedex 1
Tél. 02 38 79 46 12
"""

MAIL_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Mesdames et Messieurs les chefs d'établissement,</p>
<p>Veuillez trouver ci-joint la circulaire d'organisation du <b>BTS Comptabilité et gestion</b> pour la session 2027.</p>
<p>Je vous remercie de bien vouloir en assurer la diffusion auprès des équipes pédagogiques et des candidats concernés.</p>
<p>Bien cordialement,</p>
<p style="color:#555;font-size:9pt">--<br>Bureau DEC 3 – Examens de l'enseignement supérieur<br>
Rectorat de l'académie d'Orléans-Tours<br>21 rue Saint-Étienne – 45043 Orléans Cedex 1<br>Tél. 02 38 79 46 12</p>
</body></html>"""

# ----------------------------------------------------------------- the attached circular
EN_TETE = ["ACADÉMIE D'ORLÉANS-TOURS", "Rectorat", "Division des examens et concours – DEC 3",
           "Affaire suivie par : Mme Solène Marchadier", "Tél. 02 38 79 46 12", "dec3-bts@ac-orleans-tours.fr"]
LIEU_DATE = "Orléans, le 15 février 2027"
DESTINATAIRES = ("Le recteur de l'académie d'Orléans-Tours\nà\nMesdames et Messieurs les chefs d'établissement "
                 "des lycées publics et privés sous contrat\nMesdames et Messieurs les directeurs des CFA et organismes de formation")
OBJET = "Objet : BTS Comptabilité et gestion (CG) – Organisation de la session 2027"
REFERENCES = [
    "Réf. : décret n° 2013-756 du 19 août 2013 portant règlement général du brevet de technicien supérieur ;",
    "circulaire nationale d'organisation du BTS Comptabilité et gestion du 7 janvier 2027.",
]
INTRO = ("La présente circulaire précise les modalités d'organisation, dans l'académie d'Orléans-Tours, des épreuves du "
         "brevet de technicien supérieur Comptabilité et gestion pour la session 2027. Elle doit être portée à la "
         "connaissance des formateurs et des candidats.")

T1 = "1. Épreuves écrites"
T1_NOTE = ("Les épreuves écrites se déroulent au lycée Étienne Dolet, 4 rue du Faubourg Bannier, 45000 Orléans, "
           "pour l'ensemble des candidats de l'académie. Les horaires sont ceux de la métropole.")
ECRITS_ENTETE = ["Date", "Horaire", "Épreuve", "Durée"]
ECRITS = [
    ["Lundi 10 mai 2027", "13 h 30 – 18 h 00", "E5 – Traitement et contrôle des opérations comptables, fiscales et sociales", "4 h 30"],
    ["Mardi 11 mai 2027", "14 h 00 – 18 h 00", "E1 – Culture générale et expression", "4 h"],
    ["Mercredi 12 mai 2027", "14 h 00 – 18 h 00", "E4 – Culture économique, juridique et managériale", "4 h"],
]
T1_FERIES = ("Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte).")

T2 = "2. Épreuve E6 – Situations de contrôle de gestion et d'analyse financière"
T2_TEXTE = [
    "Les candidats présentant l'épreuve E6 sous la forme ponctuelle déposent leur dossier, en deux exemplaires, "
    "au plus tard le vendredi 2 avril 2027 à 16 h, au lycée Henri Becquerel, 12 avenue de la Gare, 28000 Chartres, "
    "à l'attention de M. Rodolphe Vannier, DDFPT.",
    "La commission de contrôle de conformité des dossiers E6 se réunit le mercredi 14 avril 2027 à 9 h au lycée "
    "Henri Becquerel. Les établissements sont informés des dossiers non conformes à l'issue de la commission.",
]

T3 = "3. Correction des épreuves écrites"
T3_TEXTE = [
    "Une réunion d'entente et d'harmonisation pour l'épreuve E5 est fixée au mercredi 19 mai 2027 à 14 h, "
    "au lycée Étienne Dolet (salle du conseil). Les correcteurs désignés y sont convoqués.",
    "Les copies des épreuves E4 et E5 sont corrigées du jeudi 20 au jeudi 27 mai 2027 ; les notes sont saisies "
    "par les correcteurs au fur et à mesure dans l'application dédiée.",
]

T4 = "4. Épreuves orales"
ORAUX_ENTETE = ["Épreuve", "Période", "Centre d'interrogation"]
ORAUX = [
    ["E2 – Langue vivante étrangère : anglais\n(candidats ponctuels)", "du mardi 25 au vendredi 28 mai 2027",
     "Lycée Étienne Dolet\n4 rue du Faubourg Bannier\n45000 Orléans"],
    ["EF1 – Langue vivante facultative", "mercredi 26 mai 2027", "Lycée Étienne Dolet\n45000 Orléans"],
    ["E6 – Situations de contrôle de gestion\net d'analyse financière", "du lundi 31 mai au vendredi 4 juin 2027",
     "Lycée Rabelais-Vaucanson\n1 rue Jacques Prévert\n37000 Tours"],
]
T4_NOTE = ("L'épreuve E3 – Mathématiques appliquées est évaluée en contrôle en cours de formation (CCF) uniquement ; "
           "les propositions de notes sont transmises avec les livrets scolaires.")

T5 = "5. Jury et résultats"
T5_TEXTE = [
    "Le jury de délibération se réunira le jeudi 24 juin 2027 à 9 h au lycée Étienne Dolet, Orléans.",
    "Les résultats seront publiés le vendredi 2 juillet 2027 à 10 h sur le site de l'académie.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,", "", "Solène Marchadier"]
