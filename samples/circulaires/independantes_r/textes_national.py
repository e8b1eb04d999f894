"""Textes de la note nationale fictive : BTS Électrotechnique, session 2028 (portée nationale, sans académie)."""

STEM = "note_nationale_electrotechnique_2028"

EN_TETE = "MINISTÈRE DE L'ÉDUCATION NATIONALE"
SOUS_EN_TETE = "Direction générale de l'enseignement scolaire – Bureau des diplômes professionnels"
PIED = "Note nationale d'organisation – BTS Électrotechnique – session 2028"
LIEU_DATE = "Paris, le 6 décembre 2027"
TITRE = "NOTE NATIONALE D'ORGANISATION\nBREVET DE TECHNICIEN SUPÉRIEUR ÉLECTROTECHNIQUE – SESSION 2028"
DESTINATAIRES = [
    "Mesdames et Messieurs les recteurs et rectrices d'académie – divisions des examens et concours",
    "Messieurs les vice-recteurs de la Polynésie française et de la Nouvelle-Calédonie",
    "Monsieur le directeur du service interacadémique des examens et concours",
]
REFERENCES = [
    "Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
    "arrêté du 31 mai 2006 modifié portant définition et fixant les conditions de délivrance du BTS "
    "Électrotechnique ;",
    "la présente note annule et remplace la note du 14 novembre 2027.",
]

T1 = "1. Règlement d'examen"
REG_ENTETE = ["Épreuve", "Unité", "Intitulé", "Forme", "Durée"]
REGLEMENT = [
    ("E1", "U1", "Culture générale et expression", "écrite", "4 h"),
    ("E2", "U2", "Langue vivante étrangère : anglais", "écrite", "2 h"),
    ("E3", "", "Mathématiques et physique-chimie", "", ""),
    ("E3.1", "U31", "Mathématiques", "CCF (écrite pour les candidats hors CCF)", "2 h"),
    ("E.3.2", "U32", "Physique-chimie", "écrite", "2 h"),
    ("E4", "", "Étude d'un système technique industriel", "", ""),
    ("E.4.1", "U41", "Pré-étude et modélisation", "écrite", "4 h"),
    ("E.4.2", "U42", "Conception et industrialisation", "écrite", "4 h"),
    ("E5", "U5", "Essais de systèmes", "pratique", "6 h"),
    ("E6", "", "Conduite de projet/chantier", "", ""),
    ("E 6.1", "U61", "Rapport d'activités en entreprise", "orale", "30 min"),
    ("E 6.2", "U62", "Projet technique", "orale", "1 h"),
    ("EF1", "UF1", "Langue vivante étrangère facultative", "orale", "20 min"),
]

T2 = "2. Calendrier des épreuves écrites"
P2 = ("Les épreuves écrites se déroulent aux dates indiquées ci-dessous. Les horaires sont donnés en heure "
      "locale de chaque territoire ; les sujets marqués d'un astérisque sont des sujets spécifiques.")
CAL_ENTETE_1 = ["Date", "Épreuve", "Durée", "Horaires (heure locale)", None, None, None, None, None, None]
CAL_ENTETE_2 = [None, None, None, "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte", "Polynésie",
                "Nouvelle-Calédonie"]
CALENDRIER = [
    ("lundi 15 mai 2028", "E1 – Culture générale et expression", "4 h",
     ["14h00-18h00", "8h00-12h00", "9h00-13h00", "16h00-20h00", "15h00-19h00", "7h30-11h30*", "13h00-17h00*"]),
    ("mardi 16 mai 2028", "E2 – Anglais", "2 h",
     ["10h00-12h00", "7h00-9h00*", "7h00-9h00*", "12h00-14h00", "11h00-13h00", "7h30-9h30*", "13h00-15h00*"]),
    ("mardi 16 mai 2028", "E.3.2 – Physique-chimie", "2 h",
     ["14h00-16h00", "8h00-10h00", "9h00-11h00", "16h00-18h00", "15h00-17h00", "10h00-12h00*", "15h30-17h30*"]),
    ("mercredi 17 mai 2028", "E.4.1 – Pré-étude et modélisation", "4 h",
     ["8h00-12h00", "7h00-11h00*", "7h30-11h30*", "10h00-14h00", "9h00-13h00", "7h30-11h30*", "13h00-17h00*"]),
    ("jeudi 18 mai 2028", "E.4.2 – Conception et industrialisation", "4 h",
     ["8h00-12h00", "7h00-11h00*", "7h30-11h30*", "10h00-14h00", "9h00-13h00", "7h30-11h30*", "13h00-17h00*"]),
    ("vendredi 19 mai 2028", "E3.1 – Mathématiques (candidats hors CCF)", "2 h",
     ["14h00-16h00", "8h00-10h00", "9h00-11h00", "16h00-18h00", "15h00-17h00", "7h30-9h30*", "13h00-15h00*"]),
]
CAL_NOTE = ("* Sujet spécifique. Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (lundi de Pentecôte) "
            "sont fériés : aucune épreuve n'est organisée ces jours-là.")
OBSERVATIONS = ("Observations communes à toutes les épreuves écrites : aucune sortie avant la fin de la première "
                "heure ; calculatrice en mode examen autorisée pour E.3.2, E.4.1, E.4.2 et E3.1 ; documents "
                "interdits sauf mention contraire portée sur le sujet. Les centres veillent à la numérisation des "
                "copies le jour même de l'épreuve.")

T3 = "3. Épreuves pratiques et orales"
P3A = ("Épreuve E5 – Essais de systèmes : période nationale du lundi 29 mai au vendredi 16 juin 2028. Chaque "
       "académie fixe les dates de passage à l'intérieur de cette période.")
P3B = ("Épreuve E6 – sous-épreuves E 6.1 et E 6.2 : les interrogations se déroulent du mardi 6 juin au vendredi "
       "23 juin 2028. Les rapports d'activités en entreprise (E 6.1) sont à transmettre au centre d'interrogation "
       "au plus tard le vendredi 12 mai 2028.")
P3C = ("Une réunion nationale d'entente des correcteurs des sous-épreuves E.4.1 et E.4.2 se tiendra en "
       "visioconférence le vendredi 19 mai 2028 à 10 h.")
P3D = ("Épreuve facultative EF1 : organisée par chaque académie ; aucune date nationale n'est fixée.")

T4 = "4. Délibérations et résultats"
P4 = ("Les jurys de délibération se tiendront au plus tard le vendredi 30 juin 2028. La publication des "
      "résultats interviendra le mardi 4 juillet 2028.")

SIGNATURE = ["Pour le ministre et par délégation,", "Le chef du bureau des diplômes professionnels", "",
             "Antoine Leclerc-Vidal"]
