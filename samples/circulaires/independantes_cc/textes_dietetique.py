"""BTS Diététique et nutrition, session 2029 — note de service nationale (fictive).
Rendered as DOCX (python-docx) and as a BO-like web page printed by Chromium headless."""
EN_TETE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Direction générale de l'enseignement scolaire",
           "Bureau des diplômes professionnels"]
TITRE_DOC = "BTS Diététique et nutrition – calendrier national de la session 2029"
BLOCS = [
    ("right", "Paris, le 14 décembre 2028"),
    ("title", "Note de service – Brevet de technicien supérieur « Diététique et nutrition » (DN)\n"
              "Calendrier national de la session 2029"),
    ("p", "Destinataires : Mesdames et Messieurs les recteurs et rectrices d'académie ; Mesdames et Messieurs les "
          "vice-recteurs ; Monsieur le directeur du Service interacadémique des examens et concours."),
    ("small", "Références : arrêté du 11 juin 2024 portant définition et fixant les conditions de délivrance du brevet "
              "de technicien supérieur « Diététique et nutrition » ; note de service du 7 décembre 2027 relative à "
              "la session 2028."),
    ("p", "La présente note arrête le calendrier des épreuves ponctuelles et des opérations nationales de la session "
          "2029 du BTS DN. Les horaires indiqués sont ceux de Paris ; ils sont adaptés localement par les "
          "académies et vice-rectorats d'outre-mer."),
    ("h", "1. Épreuves écrites (heure de Paris)"),
    ("table", [["Date", "Début", "Fin", "Épreuve"],
               ["Lundi 14 mai 2029", "14h00", "18h00", "E1 – Culture générale et expression"],
               ["Mardi 15 mai 2029", "09h00", "13h00", "E3 – Biochimie, physiologie et physiopathologie"],
               ["Mercredi 16 mai 2029", "09h00", "12h00", "E4 – Alimentation, nutrition et santé publique"],
               ["Mercredi 16 mai 2029", "14h00", "16h00", "E2 – Langue vivante étrangère : anglais (écrit)"]],
     [3.8, 1.8, 1.8, 9.0]),
    ("h", "2. Épreuves pratiques et orales"),
    ("li", "E6 – Activités technologiques d'alimentation (épreuve pratique, 4 heures) : du lundi 28 mai au "
           "vendredi 1er juin 2029."),
    ("li", "E5 – Démarche de soins diététiques (épreuve orale sur dossier) : du lundi 4 juin au vendredi "
           "15 juin 2029."),
    ("p", "Le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (lundi de Pentecôte) sont des jours fériés : "
          "aucune épreuve ni aucune opération n'y est programmée."),
    ("h", "3. Calendrier des opérations"),
    ("table", [["Opération", "Date"],
               ["Dépôt du dossier de l'épreuve E5 (date limite nationale)", "Mercredi 18 avril 2029"],
               ["Contrôle de conformité des dossiers E5", "Du lundi 23 au vendredi 27 avril 2029"],
               ["Réunion nationale d'entente des correcteurs (E3 et E4), en distanciel", "Jeudi 17 mai 2029, 9h30 – 16h30"],
               ["Numérisation des copies E3 et E4 par les centres d'écrit", "Au plus tard le vendredi 18 mai 2029, 17h00"],
               ["Correction dématérialisée des copies", "Du mardi 22 au mercredi 30 mai 2029"],
               ["Saisie des notes des épreuves ponctuelles et des CCF", "Au plus tard le lundi 18 juin 2029"],
               ["Jurys de délibération", "Du lundi 25 au mercredi 27 juin 2029"],
               ["Publication des résultats", "Vendredi 6 juillet 2029"]],
     [10.4, 6.0]),
    ("p", "Je vous saurais gré de veiller à la stricte application de ce calendrier."),
    ("sig", "Pour le ministre et par délégation,\nLa directrice générale de l'enseignement scolaire,\nMaud Tessier-Lebrun"),
]
