"""Textes de la page intranet fictive de l'académie de Toulouse, BTS SP3S, session 2026."""
STEM = "circulaire_sp3s_2026_toulouse"
IMPRESSION = "02/03/2026 14:37"
URL = "https://intranet.ac-toulouse.fr/examens/bts/sp3s-session-2026"
TITRE_ONGLET = "BTS SP3S – session 2026 | Intranet académique"
SITE = "Intranet de l'académie de Toulouse – Espace établissements"
MENU = ["Accueil", "Mon espace", "Examens et concours", "BTS", "Ressources humaines", "Outils", "Aide",
        "Se déconnecter"]
FIL = ["Accueil", "Examens et concours", "BTS", "SP3S"]
RUBRIQUE = ["BTS MCO – session 2026", "BTS NDRC – session 2026", "BTS SP3S – session 2026",
            "BTS ESF – session 2026", "Fiches de procédure", "Annuaire de la DEC"]
TITRE = "BTS Services et prestations des secteurs sanitaire et social (SP3S) – session 2026 : organisation"
CHAPO = ("Note DEC 4 n° 2026-014 du 15 janvier 2026 à l'attention des chefs d'établissement, des professeurs "
         "et des candidats. Cette page reprend la note sous forme de questions-réponses.")
MAJ = "Mis à jour le 3 février 2026 (ajout de la question 8)"
EPREUVES = [("E1", "Culture générale et expression", "écrite, 4 h"),
            ("E2", "Langue vivante étrangère", "écrite, 2 h"),
            ("E3", "Institutions et réseaux", "écrite, 4 h"),
            ("E4", "Prestations et services", "écrite, 4 h"),
            ("E5", "Techniques de l'information et de la communication professionnelle", ""),
            ("E5 A", "– première partie : gestion de l'information", "pratique, CCF uniquement"),
            ("E5-B", "– seconde partie : communication professionnelle", "orale, 30 min"),
            ("E6", "Conception et mise en œuvre de projet", "orale sur dossier, 40 min"),
            ("EF1", "Langue vivante facultative", "orale, 20 min")]
JOURS = [("Lundi 11 mai 2026", ["E1 – Culture générale et expression : 8h-12h",
                                "E2 – Langue vivante étrangère : 14h-16h"]),
         ("Mardi 12 mai 2026", ["E3 – Institutions et réseaux : 8h-12h"]),
         ("Mercredi 13 mai 2026", ["E4 – Prestations et services : 9h-13h"]),
         ("Jeudi 14 mai 2026", ["Ascension – jour férié, aucune épreuve"])]
CENTRES = [("Lycée Ozenne", "9 rue Merly – BP 7011", "31070", "TOULOUSE CEDEX 7", "écrits, E5-B, E6, EF1"),
           ("Lycée Louis Rascol", "10 rue de la République – BP 218", "81012", "ALBI CEDEX 9", "écrits"),
           ("Lycée Antoine Bourdelle", "3 boulevard Édouard Herriot – BP 783", "82013", "MONTAUBAN CEDEX",
            "E6")]
FAQ = [
 ("1. Quelles épreuves composent le diplôme ?", "EPREUVES"),
 ("2. Quand se déroulent les épreuves écrites ?", "JOURS"),
 ("3. Où les candidats sont-ils convoqués ?", "CENTRES"),
 ("4. Quand ont lieu les épreuves orales ?",
  ["L'épreuve E5-B se déroulera du mardi 26 au vendredi 29 mai 2026 (le lundi 25 mai est férié).",
   "Les interrogations de l'épreuve E6 auront lieu du lundi 1er au mercredi 3 juin, du lundi 8 au vendredi "
   "12 juin et du lundi 15 au mardi 16 juin 2026.",
   "L'épreuve facultative EF1 est fixée au mercredi 20 mai 2026 (après-midi) au Lycée Ozenne."]),
 ("5. Comment et quand remettre le dossier E6 ?",
  ["Chaque candidat fait parvenir son dossier en deux exemplaires au Lycée Ozenne au plus tard le vendredi "
   "10 avril 2026 à 16 h. Les dossiers arrivés après cette date ne seront pas acceptés.",
   "Les dossiers font l'objet d'un contrôle de conformité le jeudi 16 avril 2026 à 14 h au Lycée Ozenne ; "
   "les établissements sont prévenus avant les vacances de printemps (du samedi 18 avril au lundi 4 mai "
   "2026)."]),
 ("6. Les examinateurs sont-ils réunis avant les oraux ?",
  ["Oui : une réunion d'harmonisation des examinateurs des épreuves E5-B et E6 se tient le vendredi 22 mai "
   "2026 à 14 h au Lycée Ozenne (salle polyvalente). La présence est obligatoire."]),
 ("7. L'épreuve E5 A est-elle organisée à une date fixe ?",
  ["Non. La première partie (E5 A) est évaluée en contrôle en cours de formation dans l'établissement ; "
   "les grilles sont conservées par l'établissement et les notes saisies dans Lotanet."]),
 ("8. Quand les résultats sont-ils connus ?",
  ["Le jury de délibération se réunit le jeudi 2 juillet 2026 à 9 h au rectorat de Toulouse (place "
   "Saint-Jacques). Les résultats sont publiés le vendredi 3 juillet 2026 à 14 h sur le site de l'académie."]),
 ("9. Quels établissements préparent au BTS SP3S dans l'académie ?",
  ["Pour information (ces établissements ne sont pas centres d'examen) : Lycée Déodat de Séverac "
   "(Toulouse), Institut Limayrac (Toulouse), Lycée Jean Dupuy (Tarbes), CFA régional sanitaire et social "
   "(Castres)."]),
]
CONTACT = "Contact : DEC 4 – bureau des BTS – ce.dec4@ac-toulouse.fr – 05 36 25 70 00"
PIED_SITE = "© Académie de Toulouse – Mentions légales – Accessibilité : partiellement conforme – Plan du site"
