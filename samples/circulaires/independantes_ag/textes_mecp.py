# -*- coding: utf-8 -*-
"""Note inter-académique fictive BTS MECP, session 2027, académie pilote Aix-Marseille."""

ENTETE = ["Région académique Provence-Alpes-Côte d'Azur", "Académie d'Aix-Marseille — académie pilote",
          "Division des examens et concours — DIEC 2"]
LIEU_DATE = "Aix-en-Provence, le 12 janvier 2027"
OBJET = ("Objet : note d'organisation inter-académique — BTS Métiers de l'esthétique-cosmétique-parfumerie (MECP), "
         "session 2027")
GROUPEMENT = ("Académie pilote : Aix-Marseille. Académies rattachées : Nice, Corse. Les candidats des trois académies "
              "composent sur les mêmes sujets et relèvent d'un jury unique.")
REFERENCES = [
    "Arrêté du 22 juillet 2019 portant définition du BTS Métiers de l'esthétique-cosmétique-parfumerie ;",
    "Note nationale d'organisation du 30 novembre 2026.",
]
EPREUVES = [
    ("E1", "Culture générale et expression", "écrit", "4 h"),
    ("E2", "Langue vivante étrangère — anglais", "écrit", "2 h"),
    ("E3", "Conseil et expertise scientifiques et technologiques", "écrit", "3 h"),
    ("E4", "Environnement professionnel et management", "CCF", "—"),
    ("E5-A", "Conception de prestations esthétiques", "écrit", "3 h"),
    ("E5 – B", "Mise en œuvre de techniques esthétiques", "pratique", "4 h"),
    ("E6", "Soutenance de projet", "oral", "40 min"),
    ("EF1", "Langue vivante facultative", "oral", "20 min"),
]
NOTE_E4 = "E4 est évaluée en contrôle en cours de formation pour tous les candidats : pas de convocation."

ECRITS_TITRE = "I — ÉPREUVES ÉCRITES (horaires de métropole, communs aux trois académies)"
# colonnes : Jour | Matin | Après-midi
ECRITS = [
    ("lundi 10 mai 2027", "—", "E5-A Conception de prestations\n13 h 30 à 16 h 30"),
    ("mardi 11 mai 2027", "—", "E3 Conseil et expertise\n14 h à 17 h"),
    ("mercredi 12 mai 2027", "E2 Anglais\n10 h à 12 h", "E1 Culture générale\n14 h à 18 h"),
]
CORRECTION = ("Les copies des épreuves E1, E3 et E5-A sont corrigées du mardi 18 au mercredi 26 mai 2027 "
              "(centre de correction : lycée Marie Gasquet).")

CENTRES_TITRE = "II — ÉPREUVES PRATIQUES ET ORALES PAR CENTRE"
# colonnes : Académie | Centre | Adresse | E5 – B pratique | E6 soutenance
CENTRES = [
    ("Aix-Marseille", "Lycée Marie Gasquet", "38 rue des Roseraies\n13008 Marseille",
     "du lundi 24 au vendredi 28 mai 2027", "du lundi 7 au mercredi 9 juin 2027"),
    ("Nice", "Lycée Pasteur-Cimiez", "5 boulevard de Cimiez\n06000 Nice",
     "du mardi 1er au jeudi 3 juin 2027", "jeudi 10 et vendredi 11 juin 2027"),
    ("Corse", "Lycée Laetitia Bonaparte", "3 avenue Napoléon III\n20000 Ajaccio",
     "mardi 1er et mercredi 2 juin 2027", "lundi 14 juin 2027"),
]
EF1 = "L'épreuve facultative EF1 se déroule le vendredi 4 juin 2027 au lycée Marie Gasquet pour l'ensemble des candidats."
ENTENTE = ("Réunion d'entente des examinateurs de E5 – B : vendredi 21 mai 2027 à 14 h, en visioconférence "
           "(lien adressé par l'académie pilote).")

DOSSIER_TITRE = "III — DOSSIER DE PROJET (E6)"
DOSSIER = [
    "Dépôt des dossiers de projet E6 sur la plateforme inter-académique : jeudi 8 avril 2027, 12 h, délai de rigueur.",
    "Contrôle de conformité des dossiers : mercredi 5 mai 2027 à 9 h 30, lycée Marie Gasquet.",
]
JURY_TITRE = "IV — JURY"
JURY = [
    "Jury de délibération : lundi 28 juin 2027 à 9 h, rectorat d'Aix-Marseille, place Lucien Paye, Aix-en-Provence.",
    "Publication des résultats : mercredi 30 juin 2027 à 15 h.",
]
NONDATES = ("Rappel : le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (Pentecôte) sont fériés. "
            "Les vacances de printemps de la zone B s'achèvent le lundi 26 avril 2027.")

FORMATION_TITRE = "Annexe 1 — Établissements de formation des trois académies (pour information ; ces établissements ne sont pas centres d'épreuves)"
FORMATION = [
    ("Aix-Marseille", "Lycée Jean Perrin (section MECP)", "Marseille", "publique"),
    ("Aix-Marseille", "École Esthétis Provence", "Aix-en-Provence", "privée hors contrat"),
    ("Aix-Marseille", "CFA des métiers de la beauté", "Avignon", "apprentissage"),
    ("Aix-Marseille", "Institut Calissons Beauté", "Aix-en-Provence", "privée hors contrat"),
    ("Aix-Marseille", "Lycée Frédéric Mistral", "Avignon", "publique"),
    ("Aix-Marseille", "Cours Sainte-Victoire", "Gap", "privée sous contrat"),
    ("Nice", "Lycée Les Palmiers", "Nice", "publique"),
    ("Nice", "CFA Azur Esthétique", "Antibes", "apprentissage"),
    ("Nice", "École Riviera Parfums", "Grasse", "privée hors contrat"),
    ("Nice", "Lycée Tocqueville-Parfumerie", "Grasse", "publique"),
    ("Nice", "Institut Estérel", "Fréjus", "privée hors contrat"),
    ("Nice", "GRETA Var Est", "Draguignan", "formation continue"),
    ("Corse", "Lycée Fesch-Beauté", "Ajaccio", "publique"),
    ("Corse", "CFA de Haute-Corse", "Bastia", "apprentissage"),
    ("Corse", "École Corsica Esthétique", "Porto-Vecchio", "privée hors contrat"),
]  # liste longue : le tableau peut passer sur deux pages (ligne d en-tête répétée)
SIGNATURE = ["Pour le recteur et par délégation,", "Le chef de la division des examens et concours", "Pierre-Yves ROUSTAN"]
PIED = "DIEC 2 — Note inter-académique MECP 2027"
