# -*- coding: utf-8 -*-
"""Texte de la circulaire fictive : BTS Électrotechnique, session 2029, académie de La Réunion.
Le DOCX porte des commentaires de relecture (non imprimés dans le PDF)."""

EN_TETE = ["ACADÉMIE DE LA RÉUNION", "Rectorat – Division des examens et concours", "DEC 4 – Examens de l'enseignement supérieur"]
LIEU_DATE = "Saint-Denis, le 20 novembre 2028"
EXPEDITEUR = "La rectrice de la région académique La Réunion"
DEST = "à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat proposant le BTS Électrotechnique"
OBJET = "Objet : BTS Électrotechnique – session 2029 – calendrier et organisation des épreuves"
REFS = ["Réf. : arrêté du 21 avril 2020 portant définition du BTS Électrotechnique ;",
        "circulaire nationale d'organisation du 14 octobre 2028."]

INTRO = ("La présente circulaire fixe le calendrier de la session 2029 pour l'académie. Toutes les heures y sont données en heure "
         "de La Réunion (UTC+4) ; pendant la session, La Réunion a deux heures d'avance sur Paris.")

T1 = "1. Avant la session"
AVANT = [
    ("Listes des lieux de stage", "Les établissements transmettent au rectorat la liste des lieux de stage de leurs étudiants au plus tard "
     "le mardi 19 décembre 2028. Le mercredi 20 décembre 2028, fête de l'abolition de l'esclavage (« fèt kaf »), les services sont fermés."),
    ("Dossiers de projet (E5)", "Les dossiers de l'épreuve E5 « Projet » sont déposés au rectorat, 24 avenue Georges-Brassens, 97490 Saint-Denis, "
     "au plus tard le vendredi 6 avril 2029 à 16 h."),
    ("Contrôle de conformité", "La commission de contrôle de conformité des dossiers E5 se réunit le jeudi 19 avril 2029 à 9 h."),
]

T2 = "2. Épreuves écrites"
T2_INTRO = ("Les épreuves écrites ont lieu au Lycée polyvalent Célimène Gaudieux, 2 chemin Bellevue, 97460 Saint-Paul, et au Lycée Héva, "
            "rue du Moufia, 97490 Saint-Denis. La première épreuve, E1, commence à 8 h : il est alors 6 h à Paris.")
CAL_ENTETE = ["Épreuve", "Intitulé", "Date", "Heure de La Réunion", "Observations"]
CAL = [
    ["E1", "Culture générale et expression", "lundi 14 mai 2029", "8 h – 12 h", "Sujet national"],
    ["E41", "Pré-étude et modélisation", "mardi 15 mai 2029", "8 h – 12 h", ""],
    ["E32", "Physique-chimie", "mercredi 16 mai 2029", "13 h – 15 h", "Calculatrice en mode examen"],
    ["E42", "Conception et industrialisation", "jeudi 17 mai 2029", "8 h – 12 h", "Jeudi 10 mai 2029 : Ascension (férié)"],
    ["E31", "Mathématiques", "CCF", "—", "Pas d'épreuve ponctuelle"],
]
CAL_NOTE = ("E3 regroupe E31 et E32 ; E4 regroupe E41 et E42. La réunion d'entente des correcteurs de E41 et E42 a lieu le "
            "vendredi 18 mai 2029 à 13 h 30 au Lycée Héva.")

T3 = "3. Épreuves orales"
ORAUX = [
    "E2 – Langue vivante étrangère (anglais) : les 22, 24 et 29 mai 2029, au Lycée Anchaing, 15 rue Marius-et-Ary-Leblond, 97410 Saint-Pierre "
    "(trois journées distinctes ; le lundi 21 mai 2029, lundi de Pentecôte, est férié) ;",
    "EF1 – Langue vivante facultative : vendredi 25 mai 2029, au Lycée Anchaing ;",
    "E5 – Projet : du lundi 4 au vendredi 8 juin 2029, au Lycée Anchaing ;",
    "E6 – Activités en entreprise : du lundi 11 au mercredi 13 juin 2029, au Lycée Anchaing.",
]

T4 = "4. Jury et résultats"
FIN = ("Le jury de délibération se réunit le mardi 3 juillet 2029 à 8 h au rectorat. Les résultats sont publiés le mercredi 4 juillet 2029 "
       "à 14 h, heure de La Réunion (12 h à Paris).")

FORMATION = ("Le CFA de l'industrie de Sainte-Clotilde et le Lycée professionnel de Bras-Panon forment des candidats mais ne sont pas centres d'épreuves.")

SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la division des examens et concours,", "Jean-Hugues PAYET-RIVIÈRE"]

# Commentaires de relecture accrochés au DOCX (invisibles dans le PDF) : ils contiennent des dates qui ne sont pas des événements.
COMMENTAIRES = {
    "jury": "Relecture DEC : le jury ne pourrait-il pas plutôt siéger le lundi 2 juillet 2029 ? À voir avec l'IEN.",
    "E32": "Vérifier l'horaire : 13 h 30 – 15 h 30 dans la version de 2027 ?",
}
