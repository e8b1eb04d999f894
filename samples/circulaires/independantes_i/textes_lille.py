# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive : BTS Comptabilité et gestion, académie de Lille, session 2028 (ODT).
Calendrier découpé en un petit tableau par épreuve, titre au-dessus de chaque tableau."""

STEM = "circulaire_cg_2028_lille"

EN_TETE = ["Académie de Lille", "Rectorat", "Division des examens et concours", "DEC 4 – Brevets de technicien supérieur"]
ADRESSE = ["144, rue de Bavay – BP 709", "59033 Lille Cedex"]
SUIVI = ["Dossier suivi par : Julien Vandamme", "Téléphone : 03 20 15 60 00", "Courriel : dec4@ac-lille.fr"]
LIEU_DATE = "Lille, le 7 février 2028"
DESTINATAIRES = ("La rectrice de l'académie de Lille, chancelière des universités, à Mesdames et Messieurs les "
                 "proviseurs des lycées publics et privés sous contrat, Mesdames et Messieurs les directeurs de CFA")
OBJET = "Objet : BTS Comptabilité et gestion (CG) – session 2028 – organisation des épreuves"
REFERENCES = ("Références : arrêté du 29 avril 2019 portant définition et fixant les conditions de délivrance du "
              "BTS Comptabilité et gestion ; circulaire nationale d'organisation du 12 janvier 2028.")
INTRO = ("La présente circulaire précise les modalités d'organisation de la session 2028 du BTS Comptabilité et "
         "gestion dans l'académie de Lille. Elle complète la circulaire nationale citée en référence, qui demeure "
         "le texte de base. Je vous remercie d'en assurer la plus large diffusion auprès des équipes et des candidats.")

S1 = "1. Calendrier des épreuves"
S1_INTRO = ("Chaque épreuve fait l'objet d'un tableau distinct. Les heures sont celles de la métropole. "
            "L'épreuve E4 comporte deux sous-épreuves : E4.1 (écrite) et E4.2 (contrôle en cours de formation).")
ENTETE_ECRIT = ("Date", "Début", "Fin", "Lieu")

# (titre affiché au-dessus du tableau, lignes du tableau (entête comprise))
TABLEAUX = [
    ("Épreuve E1 – Culture générale et expression (écrite – 4 heures)",
     [ENTETE_ECRIT, ("Lundi 15 mai 2028", "14 h 00", "18 h 00", "Centres d'écrit (voir § 2)")]),
    ("Épreuve E4.1 – Culture économique, juridique et managériale (écrite – 4 heures)",
     [ENTETE_ECRIT, ("Mardi 16 mai 2028", "14 h 00", "18 h 00", "Centres d'écrit (voir § 2)")]),
    ("Épreuve E3 – Mathématiques appliquées (écrite – 2 heures)",
     [ENTETE_ECRIT, ("Mercredi 17 mai 2028", "10 h 00", "12 h 00", "Centres d'écrit (voir § 2)")]),
    ("Épreuve E5 – Contrôle et production de l'information financière (écrite – 4 heures 30)",
     [ENTETE_ECRIT, ("Jeudi 18 mai 2028", "8 h 30", "13 h 00", "Centres d'écrit (voir § 2)"),
      ("Réunion d'entente des correcteurs", "9 h 00", "", "Mardi 30 mai 2028 – visioconférence"),
      ("Correction dématérialisée", "", "", "Du mardi 30 mai au vendredi 9 juin 2028")]),
    ("Épreuve E2 – Langue vivante étrangère : anglais (orale – 20 minutes, candidats ponctuels)",
     [("Période", "Lieu"), ("Du lundi 29 mai au mercredi 31 mai 2028", "Lycée Baggio – Lille")]),
    ("Épreuve facultative EF1 – Langue vivante étrangère 2 (orale – 20 minutes)",
     [("Date", "Lieu"), ("Jeudi 1er juin 2028 (convocation individuelle)", "Lycée Baggio – Lille")]),
    ("Épreuve E6 – Parcours de professionnalisation (orale – 30 minutes)",
     [("Étape", "Date"),
      ("Dossier du candidat", "À transmettre au plus tard le vendredi 7 avril 2028 à 12 h au rectorat (DEC 4)"),
      ("Contrôle de conformité", "Mercredi 26 avril 2028 à 14 h"),
      ("Réunion d'harmonisation des commissions", "Lundi 12 juin 2028 à 8 h 30"),
      ("Interrogations", "Du lundi 12 au vendredi 16 juin 2028 – Lycée Baggio")]),
]
E42 = ("Épreuve E4.2 – Culture économique, juridique et managériale appliquée : évaluée exclusivement en contrôle "
       "en cours de formation ; aucune date académique n'est fixée.")
NOTE_CAL = ("Le lundi 5 juin 2028 (lundi de Pentecôte) est férié : aucune interrogation n'est programmée. "
            "Pour mémoire, les vacances de printemps courent du samedi 15 avril au lundi 1er mai 2028.")

S2 = "2. Centres d'épreuves écrites"
S2_INTRO = "Les candidats sont convoqués dans l'un des centres suivants, selon leur établissement d'inscription :"
CENTRES = [
    ["Lycée Baggio", "Boulevard d'Alsace", "59000 LILLE"],
    ["Lycée Colbert", "2, parvis Jean-Baptiste Colbert", "BP 90129", "59200 TOURCOING"],
    ["Lycée Auguste Mariette", "69, rue Beaurepaire", "62321 BOULOGNE-SUR-MER CEDEX"],
    ["Lycée Robespierre", "Avenue des Fusillés", "62022 ARRAS CEDEX"],
]
S2_NOTE = ("Les établissements de formation suivants ne sont pas centres d'épreuves : Lycée privé Saint-Paul (Lille), "
           "Lycée Pasteur (Hénin-Beaumont), CFA ISCA (Villeneuve-d'Ascq).")

S3 = "3. Notes, jury et résultats"
S3_ITEMS = [
    "Les notes de CCF des épreuves E2 et E4.2 sont à saisir dans Cyclades au plus tard le vendredi 2 juin 2028.",
    "Le jury de délibération se réunira le mardi 4 juillet 2028 à 9 h au rectorat.",
    "Les résultats seront publiés le mercredi 5 juillet 2028 à 10 h.",
]
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours", "Marc Delannoy"]
PIED = "DEC 4 – Circulaire BTS CG – session 2028"
