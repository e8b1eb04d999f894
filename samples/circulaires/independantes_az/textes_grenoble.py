"""Export d'agenda (style mémo) d'un président de jury — BTS Électrotechnique, académie de Grenoble, session 2029 (fictif)."""

PROPRIETAIRE = "Rodolphe ARMAND"
ENTETE = "Rodolphe ARMAND — Calendrier"
IMPRIME = "Imprimé le : mer. 02/05/2029 10:14"
FUSEAU = "Fuseau horaire : (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
PERIODE = "Période imprimée : jeu. 03/05/2029 – ven. 27/07/2029 · Catégories : toutes"

# each event: list of (label, value), then description lines
EVENEMENTS = [
    ([("Objet", "Conseil de département GEII"), ("Emplacement", "IUT 1 Grenoble, salle du conseil"),
      ("Début", "jeu. 03/05/2029 13:30"), ("Fin", "jeu. 03/05/2029 15:30"), ("Périodicité", "(aucune)"),
      ("Catégories", "IUT")], []),
    ([("Objet", "BTS ET 2029 – Réunion des présidents de jury (visio)"), ("Emplacement", "Visioconférence (lien DEC)"),
      ("Début", "lun. 07/05/2029 10:00"), ("Fin", "lun. 07/05/2029 11:30"), ("Périodicité", "(aucune)"),
      ("Organisateur", "DEC 4 – Rectorat de Grenoble"), ("Catégories", "BTS ET 2029")],
     ["Ordre du jour : calendrier de la session, commissions E51/E52, jury.",
      "Pour mémoire, épreuves écrites de la session (pas de présence du président requise) :",
      "– E41 Étude d'un système technique industriel : mardi 15 mai 2029, 8 h 00 – 12 h 00",
      "– E42 Conception et industrialisation : mercredi 16 mai 2029, 13 h 00 – 17 h 00",
      "– E6 (rapport d'activités en entreprise) : évalué en CCF, pas de commission ponctuelle."]),
    ([("Objet", "Dentiste – Dr Ferrand"), ("Emplacement", "12 cours Berriat"),
      ("Début", "ven. 18/05/2029 17:30"), ("Fin", "ven. 18/05/2029 18:15"), ("Afficher comme", "Absent(e)"),
      ("Catégories", "Privé")], []),
    ([("Objet", "BTS ET 2029 – Contrôle de conformité des dossiers de projet E51"),
      ("Emplacement", "Lycée Vaucanson, 27 rue Anatole France, 38000 Grenoble – salle 014"),
      ("Début", "lun. 28/05/2029 14:00"), ("Fin", "lun. 28/05/2029 16:00"), ("Périodicité", "(aucune)"),
      ("Organisateur", "DEC 4 – Rectorat de Grenoble"), ("Catégories", "BTS ET 2029")],
     ["Vérifier les fiches de conformité signées par les deux lycées."]),
    ([("Objet", "Jury VAE – Licence professionnelle MEE"), ("Emplacement", "IUT 1 Grenoble, bât. GEII, salle 112"),
      ("Début", "mar. 05/06/2029 09:00"), ("Fin", "mar. 05/06/2029 12:00"), ("Catégories", "IUT")], []),
    ([("Objet", "BTS ET 2029 – Interrogations E51 (passage dans les commissions)"),
      ("Emplacement", "Lycée Vaucanson (Grenoble) puis Lycée Ferdinand Buisson, 21 boulevard Edgar Kofler, 38500 Voiron"),
      ("Début", "lun. 11/06/2029 08:00"), ("Fin", "lun. 11/06/2029 17:30"),
      ("Périodicité", "Se produit tous les jours du lun. 11/06/2029 au mer. 13/06/2029 de 08:00 à 17:30"),
      ("Organisateur", "DEC 4 – Rectorat de Grenoble"), ("Catégories", "BTS ET 2029")],
     ["Présence du président souhaitée dans chaque commission au moins une demi-journée."]),
    ([("Objet", "BTS ET 2029 – Réunion d'harmonisation E52"),
      ("Emplacement", "Lycée Ferdinand Buisson, Voiron – salle des professeurs"),
      ("Début", "jeu. 14/06/2029 09:30"), ("Fin", "jeu. 14/06/2029 12:00"), ("Périodicité", "(aucune)"),
      ("Catégories", "BTS ET 2029")], []),
    ([("Objet", "BTS ET 2029 – Oraux E52 (commission n° 2)"),
      ("Emplacement", "Lycée Ferdinand Buisson, Voiron – atelier B"),
      ("Début", "jeu. 14/06/2029 13:30"), ("Fin", "jeu. 14/06/2029 17:30"), ("Périodicité", "(aucune)"),
      ("Catégories", "BTS ET 2029")], []),
    ([("Objet", "BTS ET 2029 – Jury de délibération"),
      ("Emplacement", "Rectorat de Grenoble, 7 place Bir-Hakeim, 38000 Grenoble – salle 120"),
      ("Début", "jeu. 28/06/2029 14:00"), ("Fin", "jeu. 28/06/2029 17:00"), ("Périodicité", "(aucune)"),
      ("Organisateur", "DEC 4 – Rectorat de Grenoble"), ("Catégories", "BTS ET 2029")],
     ["Apporter la clé de signature électronique des PV."]),
    ([("Objet", "Résultats BTS ET 2029 – mise en ligne"), ("Emplacement", ""),
      ("Début", "ven. 06/07/2029"), ("Fin", "ven. 06/07/2029"), ("Événement", "Toute la journée"),
      ("Catégories", "BTS ET 2029")],
     ["Publication des résultats à 10:00 sur le site de l'académie ; relevés de notes envoyés ensuite."]),
    ([("Objet", "Congés"), ("Emplacement", ""), ("Début", "lun. 16/07/2029"), ("Fin", "ven. 27/07/2029"),
      ("Événement", "Toute la journée"), ("Afficher comme", "Absent(e)"), ("Catégories", "Privé")], []),
]
