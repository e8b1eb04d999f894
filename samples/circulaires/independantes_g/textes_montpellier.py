"""Texte de la circulaire fictive : BTS Électrotechnique, académie de Montpellier, session 2026.
Lettre en deux colonnes (bloc service à gauche) + annexe 1 exportée d'un tableur."""

STEM = "circulaire_electrotechnique_2026_montpellier"

ENTETE = "ACADÉMIE DE MONTPELLIER  ·  Région académique Occitanie"

COLONNE_GAUCHE = [
    "Rectorat",
    "Division des examens",
    "et concours",
    "DEC 3 – BTS",
    "",
    "Affaire suivie par",
    "Thierry Aubagne",
    "Tél. 04 67 91 47 32",
    "ce.dec3@ac-montpellier.fr",
    "",
    "31 rue de l'Université",
    "CS 39004",
    "34064 Montpellier Cedex 2",
]

DATE_LIEU = "Montpellier, le 2 février 2026"
DESTINATAIRES = ("La rectrice de la région académique Occitanie,\nrectrice de l'académie de Montpellier,\n"
                 "à\nMesdames et Messieurs les chefs d'établissement\nMesdames et Messieurs les directeurs de CFA")
OBJET = "Objet : BTS Électrotechnique – organisation de la session 2026"
REFS = ("Réf. : arrêté du 25 juin 2020 modifié portant définition et fixant les conditions de délivrance du BTS "
        "« Électrotechnique » ; note de service n° 2025-178 du 19 novembre 2025 relative au calendrier de la session 2026.")
PJ = "P.J. : annexe 1 – calendrier des épreuves (export tableur)"

CORPS = [
    ("h", "I – ÉPREUVES ÉCRITES"),
    ("p", "Les épreuves écrites ponctuelles se tiennent au lycée Jean Mermoz (Montpellier), au lycée Dhuoda (Nîmes) "
          "et au lycée Jean Lurçat (Perpignan), selon le calendrier suivant :"),
    ("li", "E1 – culture générale et expression : lundi 11 mai 2026, de 14 h à 18 h ;"),
    ("li", "E3 – mathématiques (candidats hors CCF) : mardi 12 mai 2026, de 10 h à 12 h ;"),
    ("li", "E.4.1 – pré-étude et modélisation : mardi 12 mai 2026, de 14 h à 18 h ;"),
    ("li", "E.4.2 – conception et industrialisation : mercredi 13 mai 2026, de 8 h à 11 h."),
    ("p", "Les centres seront fermés le jeudi 14 mai 2026 (Ascension) et le vendredi 15 mai 2026 (pont). Une "
          "commission d'harmonisation des barèmes E.4.1 et E.4.2 réunira les correcteurs le mardi 19 mai 2026 à 9 h "
          "au lycée Jean Mermoz."),
    ("h", "II – ÉPREUVES ÉVALUÉES EN CCF"),
    ("p", "Les épreuves E2 – langue vivante étrangère : anglais et E.6.1 – réalisation d'un ouvrage électrique sont "
          "évaluées exclusivement en contrôle en cours de formation dans l'académie ; aucune date n'est fixée par le "
          "service. Les propositions de notes sont saisies dans Cyclades au plus tard le mercredi 20 mai 2026."),
    ("h", "III – PROJET ET ÉPREUVES ORALES"),
    ("p", "E5 – Projet. Le dossier technique du projet est à déposer en deux exemplaires au centre d'interrogation au "
          "plus tard le vendredi 3 avril 2026 à 16 h. Le contrôle de conformité se tiendra le lundi 13 avril 2026 à "
          "9 h. La réunion d'entente des commissions aura lieu le vendredi 22 mai 2026 à 14 h au lycée Jean Mermoz. "
          "Les soutenances se dérouleront du mardi 26 au vendredi 29 mai 2026 et du lundi 1er au mercredi 3 juin 2026 "
          "aux lycées Jean Mermoz (Montpellier) et Jean Moulin (Béziers)."),
    ("p", "E.6.2 – Rapport d'activités en entreprise. Le rapport doit parvenir au centre au plus tard le vendredi "
          "17 avril 2026 à 12 h, avant les vacances de printemps (du samedi 18 avril au lundi 4 mai 2026). Les "
          "interrogations auront lieu du lundi 8 au jeudi 11 juin 2026."),
    ("p", "EF1 – Langue vivante facultative : du jeudi 4 au vendredi 5 juin 2026, lycée Jean Mermoz."),
    ("h", "IV – CENTRES D'ÉPREUVES"),
    ("adr", ["Lycée Jean Mermoz", "717 avenue Jean Mermoz", "CS 10014", "34060 MONTPELLIER CEDEX 2"]),
    ("adr", ["Lycée Dhuoda", "17 rue Dhuoda", "30913 NÎMES CEDEX 2"]),
    ("adr", ["Lycée Jean Lurçat", "25 avenue Albert Camus", "BP 40", "66000 PERPIGNAN"]),
    ("adr", ["Lycée Jean Moulin", "1 avenue de la Marne", "34500 BÉZIERS"]),
    ("p", "Établissements de formation dont les candidats sont répartis dans les centres ci-dessus (ils ne "
          "reçoivent pas d'épreuves) : lycée Louis Feuillade (Lunel), lycée Jules Fil (Carcassonne), "
          "CFAI Occitanie (Baillargues)."),
    ("h", "V – DÉLIBÉRATION ET RÉSULTATS"),
    ("p", "Le jury de délibération se réunira le jeudi 25 juin 2026 à 9 h 30 au rectorat, 31 rue de l'Université à "
          "Montpellier. Les résultats seront publiés le mardi 30 juin 2026 à partir de 14 h."),
]

SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours,",
             "Olivier Castanier"]

# ---- Annexe 1 (tableur) ----
ANNEXE_TITRE = "ANNEXE 1 – BTS ÉLECTROTECHNIQUE – SESSION 2026 – CALENDRIER ACADÉMIQUE"
ANNEXE_ENTETE = ["Code", "Épreuve", "Forme", "Date début", "Date fin", "Heure début", "Heure fin", "Durée",
                 "Centre(s)", "Observations"]
# dates ISO (affichées JJ/MM/AAAA par le tableur), heures "HH:MM"
ANNEXE_EPREUVES = [
    ("E1", "Culture générale et expression", "écrit", "2026-05-11", None, "14:00", "18:00", "04:00",
     "Mermoz, Dhuoda, Lurçat", ""),
    ("E3", "Mathématiques", "écrit", "2026-05-12", None, "10:00", "12:00", "02:00",
     "Mermoz, Dhuoda, Lurçat", "candidats hors CCF"),
    ("E4.1", "Pré-étude et modélisation", "écrit", "2026-05-12", None, "14:00", "18:00", "04:00",
     "Mermoz, Dhuoda, Lurçat", ""),
    ("E4.2", "Conception et industrialisation", "écrit", "2026-05-13", None, "08:00", "11:00", "03:00",
     "Mermoz, Dhuoda, Lurçat", ""),
    ("E2", "Anglais", "CCF", None, None, None, None, None, "établissement de formation", "pas de date académique"),
    ("E6.1", "Réalisation d'un ouvrage électrique", "CCF", None, None, None, None, None,
     "établissement de formation", "pas de date académique"),
    ("E5", "Projet – soutenance", "oral", "2026-05-26", "2026-05-29", None, None, "01:00", "Mermoz, Moulin",
     "1re période"),
    ("E5", "Projet – soutenance", "oral", "2026-06-01", "2026-06-03", None, None, "01:00", "Mermoz, Moulin",
     "2e période"),
    ("EF1", "Langue vivante facultative", "oral", "2026-06-04", "2026-06-05", None, None, "00:20", "Mermoz", ""),
    ("E6.2", "Rapport d'activités en entreprise", "oral", "2026-06-08", "2026-06-11", None, None, "00:40",
     "Mermoz, Moulin", ""),
]
ANNEXE_JALONS_TITRE = "Jalons de la session"
ANNEXE_JALONS_ENTETE = ["Opération", "Date", "Heure", "Lieu"]
ANNEXE_JALONS = [
    ("Dépôt du dossier technique E5", "2026-04-03", "16:00", "centre d'interrogation"),
    ("Contrôle de conformité E5", "2026-04-13", "09:00", "centre d'interrogation"),
    ("Remise du rapport E6.2", "2026-04-17", "12:00", "centre d'interrogation"),
    ("Harmonisation E4.1 / E4.2", "2026-05-19", "09:00", "lycée Jean Mermoz"),
    ("Saisie des notes de CCF", "2026-05-20", None, "Cyclades"),
    ("Réunion d'entente E5", "2026-05-22", "14:00", "lycée Jean Mermoz"),
    ("Jury de délibération", "2026-06-25", "09:30", "rectorat"),
    ("Publication des résultats", "2026-06-30", "14:00", "internet"),
]
