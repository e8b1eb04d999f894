# -*- coding: utf-8 -*-
"""BTS Comptabilité et gestion (CG), académie de Rennes, session 2026 (fictitious). Written as HTML.
Markup read by build.py: ^{..} -> <sup>, ~ -> &nbsp;, _ -> &#8239; (narrow no-break space), ¦ -> &shy;,
[[sc:..]] -> small capitals (CSS font-variant), [[caps:..]] -> upper case by CSS only (text-transform), **..** -> <strong>."""

EMETTEUR = ["Académie de Rennes", "Division des examens et concours", "Bureau DEC 5 – BTS tertiaires",
            "96 rue d’Antrain – CS 10503 – 35705 Rennes Cedex 7"]
LIEU_DATE = "Rennes, le 27~janvier~2026"
TITRE = "[[sc:Brevet de technicien supérieur Comptabilité et gestion (CG)]]"
SOUS_TITRE = "Session 2026 – circulaire d’organisation académique"
DESTINATAIRES = ("Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, "
                 "Mesdames et Messieurs les directeurs de CFA et des organismes de formation")
INTRO = ("Cette circulaire fixe l’organisation de la session 2026 dans l’académie. Elle complète la note de service "
         "nationale du 8~décembre~2025 ; les modifications éventuelles vous seront signalées par courriel "
         "et publiées sur l’espace examens de l’académie.")

H_ECRITS = "[[sc:1 – Épreuves écrites]]"
ECRITS_NOTE = ("Tous les horaires sont donnés en heure de métropole. Les copies sont numérisées dans les centres "
               "du 11 au 19~mai~2026 ; la correction dématérialisée se déroule du 20~mai au 1^{er}~juin~2026.")
ECRITS_ENTETE = ["Date", "Épreuve", "Durée", "Horaire"]
ECRITS = [  # the date cell is upper-cased by CSS (text-transform), not in the HTML text
    ("[[caps:lundi 11~mai~2026]]", "E3 – Culture économique, juridique et managériale", "4~h", "14:00 – 18:00"),
    ("[[caps:mardi 12~mai~2026]]", "E1 – Culture générale et expression", "4~h", "14_h_00 – 18_h_00"),
    ("[[caps:mercredi 13~mai~2026]]", "E2 – Langue vivante étrangère : anglais (écrit)", "2~h", "10~heures – 12~heures"),
    ("lundi 18~MAI~2026", "E41 – Traitement et contrôle des opérations comptables, fiscales et sociales (écrit)",
     "4~h~30", "8h30 – 13h00"),
    ("mardi 19~MAI~2026", "E5 – Situations de contrôle de gestion et d’analyse financière", "4~h",
     "14~heures~30 – 18~heures~30"),
]
ECRITS_FERIES = ("Le jeudi 14~mai~2026 (Ascension) et le lundi 25~mai~2026 (Pentecôte) sont fériés ; "
                 "le vendredi 15~mai~2026 reste un jour ouvré sans épreuve.")
CENTRES_ECRITS = [
    ("Lycée Bréquigny", "7 avenue Georges-Graff, 35205 Rennes", "Ille-et-Vilaine, Côtes-d’Armor, Morbihan"),
    ("Lycée Kerichen", "rue Prince-de-Joinville, 29200 Brest", "Finistère"),
]

H_ORAUX = "[[sc:2 – Épreuves orales]]"
ORAUX = [
    ("E42 – Trai¦tement et con¦trôle des opé¦rations compta¦bles, fis¦cales et so¦ciales (oral)",
     "2–4~juin~2026", "Lycée Joseph-Loth, 4 rue J.-M. de Lamennais, 56300 Pontivy"),
    ("E6 – Par¦cours de pro¦fes¦sion¦na¦li¦sa¦tion",
     "du~8~au~12~juin~2026", "Lycée Joseph-Loth (Pontivy)"),
    ("EF1 – Langue vi¦vante facul¦tative",
     "15/16~juin~2026", "Lycée Chaptal, 35 rue Chaptal, 29000 Quimper"),
]
ORAUX_NOTE = ("Les convocations précisent l’heure de passage ; la 1^{re}~demi-journée commence à 8_h_15, "
              "la 2^{de} à 13_h_45.")

H_DOSSIERS = "[[sc:3 – Dossiers]]"
DOSSIERS = [
    ("Le dossier de l’épreuve E6 (tableau de synthèse et pièces justificatives) est déposé dans l’établissement "
     "de formation au plus tard le **vendredi 3~avril~2026 à 16:30**. Les établissements de formation transmettent "
     "ensuite les dossiers au centre d’interrogation."),
    ("Le contrôle de conformité des dossiers E6 est réalisé le mardi 5~mai~2026 à 14h au Lycée Joseph-Loth ; "
     "un dossier non conforme entraîne l’attribution de la mention « non valide »."),
    ("Engagement étudiant (EF2) : dé¦pôt des attestations au plus tard le jeudi 7~mai~2026, sur la plateforme "
     "académique."),
    ("Les vacances de printemps (zone B) ont lieu du samedi 18~avril au lundi 4~mai~2026 : aucun dépôt n’est "
     "enregistré pendant cette période."),
]

H_FIN = "[[sc:4 – Harmonisation, jury et résultats]]"
FIN = [
    ("Réunion d’harmonisation des examinateurs (E42, E6)", "vendredi 29~mai~2026, 9h15", "Lycée Joseph-Loth, salle polyvalente"),
    ("Jury de délibération", "mercredi 1^{er}~juillet~2026 à 9_h", "Rectorat de Rennes"),
    ("Publication des résultats", "vendredi 3~juillet~2026, à partir de 14~heures", "site de l’académie"),
]
CONTACT = ("Gestionnaire : Maëlle Le Goff – 02~23~21~77~40 – ce.dec5@ac-rennes.fr. Les établissements "
           "veilleront à la conformité des inscriptions avant la clôture du registre.")
SIGNATURE = ["Pour le recteur et par délégation,", "le secrétaire général adjoint,", "Yann-Erwan Quéméner"]
