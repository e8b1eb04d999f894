# -*- coding: utf-8 -*-
"""Page d'intranet fictive (académie de Nantes) : BTS Comptabilité et gestion, session 2028."""

IMPRESSION_HAUT = ("21/03/2028 10:12", "BTS CG 2028 – organisation | Intranet académique")
IMPRESSION_BAS = ("https://intranet.ac-nantes.fr/examens/bts/comptabilite-gestion-2028", "1/1")
BANDEAU = "PIA – Portail intranet académique · Académie de Nantes"
MENU = ["Accueil", "Mon espace", "Examens et concours", "Ressources humaines", "Pédagogie",
        "Annuaire", "Applications (Cyclades, Imagin, Lotanet)", "Aide"]
FIL = ["Accueil", "Examens et concours", "BTS", "Comptabilité et gestion"]
MENU_LATERAL = ["BTS – calendrier national 2028", "BTS Tourisme – session 2028",
                "BTS MCO – session 2028", "Convocations des examinateurs", "Frais de déplacement (DT Chorus)"]
TITRE = "BTS Comptabilité et gestion (CG) – session 2028 : organisation académique"
META = "Publié le 08/02/2028 par la DEC – Bureau des BTS · Public : chefs de centre, équipes pédagogiques"
CHAPO = ("Cette page tient lieu de circulaire d'organisation pour la session 2028. Elle rassemble, "
         "sous forme de questions-réponses, les informations utiles aux établissements. Texte de référence : "
         "arrêté du 29 juillet 2019 modifié portant définition du BTS Comptabilité et gestion.")

TITRE_TABLEAU = "Calendrier des épreuves écrites (heure de Paris)"
# lignes = jours, cellule = liste d'épreuves avec horaires
JOURS = [
    ("Lundi 15 mai 2028", ["E1 – Culture générale et expression : 14h-18h"]),
    ("Mardi 16 mai 2028", ["E2 – Langue vivante étrangère : anglais (écrit) : 10h-12h",
                           "E5 – Situations de contrôle de gestion et d'analyse financière : 14h-18h"]),
    ("Mercredi 17 mai 2028", ["E4-1 – Traitement et contrôle des opérations comptables, fiscales et "
                              "sociales (écrit) : 8h30-13h"]),
]

FAQ = [
    ("Quand se déroule l'oral de la deuxième partie de l'E4 ?",
     ["La partie orale E4-2 a lieu le lundi 22 et le mardi 23 mai 2028, au centre "
      "indiqué sur la convocation."]),
    ("Quelles sont les dates de l'épreuve E6 – Parcours de professionnalisation ?",
     ["Les commissions d'interrogation E6 siégeront du lundi 29 au mercredi 31 mai, du mardi 6 au jeudi "
      "8 juin et du lundi 12 au vendredi 16 juin 2028. Le jeudi 25 mai (Ascension) et le lundi 5 juin "
      "(Pentecôte) sont fériés."]),
    ("Jusqu'à quand les établissements peuvent-ils envoyer les dossiers E6 ?",
     ["Les dossiers E6 sont à transmettre au centre d'interrogation au plus tard le vendredi 7 avril 2028 "
      "à 12 h, en version numérique et en un exemplaire papier."]),
    ("Un contrôle de conformité est-il prévu ?",
     ["Oui : la commission de contrôle de conformité des dossiers E6 se réunit le mardi 25 avril 2028 à "
      "14 h. Les établissements sont informés des non-conformités le lendemain."]),
    ("Les examinateurs E6 se réunissent-ils avant les oraux ?",
     ["Une réunion d'entente est organisée le mercredi 24 mai 2028 à 14 h 30 au lycée Gabriel Guist'hau."]),
    ("L'épreuve E3 – Mathématiques appliquées donne-t-elle lieu à une convocation ?",
     ["Non. Pour les candidats scolaires et apprentis des établissements habilités, E3 est évaluée "
      "uniquement en CCF ; aucune date académique n'est fixée."]),
    ("Et l'épreuve facultative de langue vivante (EF1) ?",
     ["Elle se déroule le vendredi 9 juin 2028, par oral, au lycée Gabriel Guist'hau pour l'ensemble de "
      "l'académie."]),
    ("Quand les résultats seront-ils connus ?",
     ["Le jury de délibération se tient le jeudi 29 juin 2028 à 14 h à la Maison des examens de Nantes. "
      "Les résultats sont publiés le vendredi 30 juin 2028 à 16 h sur le site de l'académie."]),
]

CENTRES_TITRE = "Centres d'épreuves orales"
CENTRES = [
    ("Lycée Gabriel Guist'hau", "3 rue Marie-Anne du Boccage", "44000", "Nantes"),
    ("Lycée Douanier Rousseau", "7 rue des Drs Calmette et Guérin, BP 1217", "53012", "Laval Cedex"),
    ("Lycée Joachim du Bellay", "1 avenue Marie Talet", "49105", "Angers"),
]
CONTACT = ("Contact : DEC – bureau des BTS, rectorat de Nantes – dec-bts@ac-nantes.fr. "
           "Dernière vérification des liens : 08/02/2028.")
