# -*- coding: utf-8 -*-
"""Textes de la circulaire fictive : BTS Comptabilité et gestion, vice-rectorat de la Nouvelle-Calédonie,
session 2026. PDF dessiné directement (reportlab) : page 1 en portrait, page 2 en paysage."""

STEM = "circulaire_cg_2026_nouvelle-caledonie"

ENTETE = ["VICE-RECTORAT DE LA NOUVELLE-CALÉDONIE", "Direction des examens et concours – DEC",
          "Pôle enseignement supérieur"]
REF_INTERNE = "N/Réf. : VR/DEC/BTS/2026-031"
LIEU_DATE = "Nouméa, le 3 mars 2026"
DESTINATAIRES = ["Le vice-recteur, directeur général des enseignements",
                 "à",
                 "Mesdames et Messieurs les chefs d'établissement",
                 "Mesdames et Messieurs les directeurs de CFA"]
OBJET = "Objet : BTS Comptabilité et gestion (CG) – organisation de la session 2026"
REFERENCES = ("Réf. : arrêté du 29 juillet 2014 portant définition du BTS CG ; note de service nationale "
              "du 12 janvier 2026.")

CORPS = [
    ("La session 2026 du BTS Comptabilité et gestion se déroulera en Nouvelle-Calédonie selon le calendrier "
     "figurant en page 2. Les heures sont exprimées en heure de Nouméa ; les sujets sont spécifiques au "
     "vice-rectorat."),
    ("Épreuves concernées : E1 Culture générale et expression ; E2 Langue vivante étrangère (anglais) ; "
     "E3 Mathématiques appliquées ; E4 Culture économique, juridique et managériale ; E5 Traitement et "
     "contrôle des opérations comptables, fiscales et sociales, composée de l'épreuve E.5.1 (1ère partie, "
     "écrite) et de l'épreuve E.5.2 (2e partie, pratique) ; E6 Situations de contrôle de gestion et "
     "d'analyse financière ; EF1 Langue vivante 2 (facultative)."),
    ("L'épreuve E3 est évaluée exclusivement en contrôle en cours de formation : aucune date n'est fixée "
     "par le vice-rectorat. Les notes sont saisies par les établissements."),
    ("Dossiers professionnels E5.2 : ils sont à remettre au bureau des examens du vice-rectorat au plus "
     "tard le 24-04-2026 à 11:00. Les établissements rappellent aux candidats que les vacances scolaires "
     "(du 4 au 19 avril 2026) ne reportent pas cette échéance."),
    ("Le contrôle de conformité des dossiers E5.2 aura lieu le mercredi 6 mai 2026 à 8 h au vice-rectorat."),
    ("Les copies des épreuves E1 et E4 seront corrigées du mardi 26 au vendredi 29 mai 2026 au lycée "
     "Jules Garnier."),
    ("Le jury se réunira le jeudi 25 juin 2026 à 13:30. Les résultats seront affichés dans les centres et "
     "publiés en ligne le vendredi 26 juin 2026 à 16:00."),
]
SIGNATURE = ["Pour le vice-recteur et par délégation,", "Le directeur des examens et concours",
             "Paul Wamytan"]
PIED = "Vice-rectorat de la Nouvelle-Calédonie – 1 avenue des Frères Carcopino – BP G4 – 98848 Nouméa Cedex"

P2_TITRE = "Calendrier de la session 2026 – BTS CG (heure de Nouméa)"
# Date | Épreuve | Début | Fin | Durée | Heure de Paris (indicatif)
CAL_ENTETE = ["Date", "Épreuve", "Début", "Fin", "Durée", "Heure de Paris (indicatif)"]
CAL = [
    ("18-05-2026", "E1 – Culture générale et expression", "07:30", "11:30", "4 h", "22:30 (veille)"),
    ("19-05-2026", "E4 – Culture économique, juridique et managériale", "07:30", "11:30", "4 h", "22:30 (veille)"),
    ("20-05-2026", "E5.1 – Traitement et contrôle des opérations (écrit)", "07:30", "12:00", "4 h 30", "22:30 (veille)"),
    ("21-05-2026", "E6 – Contrôle de gestion et analyse financière", "13:30", "17:30", "4 h", "04:30"),
]
ORAUX_TITRE = "Épreuves orales et pratiques (candidats ponctuels)"
ORAUX = [
    ("01-06-2026 au 03-06-2026", "E2 – Anglais, oral", "selon convocation"),
    ("04-06-2026", "EF1 – Langue vivante 2 (facultative)", "après-midi"),
    ("08-06-2026 au 12-06-2026", "E5.2 – Épreuve pratique (2e partie)", "selon convocation"),
]
CENTRES_TITRE = "Centres d'épreuves"
CENTRES = [
    ("Lycée Jules Garnier", "8 rue Gervolino, Nouville", "Nouméa"),
    ("Lycée Lapérouse", "4 rue du Contre-amiral Joseph Bouzet", "Nouméa"),
    ("Lycée du Grand Nouméa", "Avenue de Koutio", "Dumbéa"),
]
FORMATION = ("Établissements de formation (non centres) : lycée Do Kamo (Nouméa), CFA de la CCI (Nouméa). "
             "Jours fériés : jeudi 14 mai 2026 (Ascension), lundi 25 mai 2026 (Pentecôte).")
