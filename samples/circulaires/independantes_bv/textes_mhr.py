"""Note nationale, BTS Management en hôtellerie-restauration (MHR), session 2030 (EPUB). Invented content.
Chapters: list of (file id, title, blocks); blocks as in the other textes_*.py."""

TITRE = "BTS Management en hôtellerie-restauration — session 2030 — note d'organisation"
AUTEUR = "Ministère de l'Enseignement supérieur et de la Recherche — DGESIP A1-2"

CH_LETTRE = [
    ("p", "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE"),
    ("p", "Direction générale de l'enseignement supérieur et de l'insertion professionnelle — Service A1-2"),
    ("p", "Paris, le 12 novembre 2029"),
    ("p", "La ministre de l'Enseignement supérieur et de la Recherche à Mesdames et Messieurs les recteurs et "
          "rectrices d'académie, Mesdames et Messieurs les vice-recteurs, Monsieur le directeur du SIEC."),
    ("p", "Objet : calendrier national du BTS Management en hôtellerie-restauration (MHR) — session 2030."),
    ("p", "Référence : arrêté du 23 avril 2018 portant définition et fixant les conditions de délivrance du BTS MHR. "
          "La présente note remplace, pour la session 2030, la note du 8 novembre 2028 relative à la session 2029."),
    ("p", "Les épreuves écrites nationales se déroulent aux dates et heures (heure de Paris) indiquées au chapitre 2. "
          "Les épreuves pratiques et orales sont organisées par chaque académie à l'intérieur des périodes nationales "
          "fixées au chapitre 3. Aucune épreuve n'est organisée le jeudi 30 mai 2030 (Ascension) ni le lundi "
          "10 juin 2030 (lundi de Pentecôte)."),
    ("p", "Pour la ministre et par délégation, la cheffe du service : Hélène Morvan-Duclos"),
]
CH_ECRITS_TABLE = [
    ["Épreuve", "Intitulé", "Date", "Horaires (heure de Paris)"],
    ["E1", "Culture générale et expression", "mardi 14 mai 2030", "14 h 00 – 18 h 00"],
    ["E21", "Langue vivante étrangère A — écrit", "mercredi 15 mai 2030", "10 h 00 – 12 h 00"],
    ["E3", "Culture économique, juridique et managériale appliquée", "mercredi 15 mai 2030", "14 h 00 – 18 h 00"],
    ["E4", "Management de l'entreprise hôtelière et mercatique des services", "jeudi 16 mai 2030", "13 h 30 – 18 h 00"],
]
CH_ECRITS_NOTE = ("La sous-épreuve E22 (langue vivante étrangère B, oral) est organisée par les académies ; elle ne fait "
                  "pas l'objet d'une date nationale. E2 regroupe E21 et E22.")
CH_ORAUX = [
    ("h", "3.1 Épreuve E5 — Conception et pilotage de projets"),
    ("p", "Les épreuves pratiques E5 option A (management d'unité de restauration), E5 option B (management d'unité "
          "de production culinaire) et E5 option C (management d'unité d'hébergement) — codes E5A, E5B et E5C — se "
          "déroulent entre le lundi 20 mai et le vendredi 7 juin 2030."),
    ("h", "3.2 Épreuve E6 — Entrepreneuriat et pilotage de l'entreprise hôtelière"),
    ("p", "Les dossiers E6 sont transmis au centre d'épreuve au plus tard le vendredi 5 avril 2030. Les "
          "interrogations orales E6 se déroulent entre le lundi 3 juin et le vendredi 14 juin 2030."),
]
CH_FIN = [
    ("h", "4.1 Remontée des notes"),
    ("p", "Les notes de toutes les épreuves sont saisies dans l'application nationale avant le mardi 18 juin 2030 à "
          "12 h 00."),
    ("h", "4.2 Jurys et résultats"),
    ("p", "Les jurys de délibération se réunissent entre le lundi 24 juin et le vendredi 28 juin 2030. La publication "
          "des résultats a lieu le mardi 2 juillet 2030 à 10 h 00 dans toutes les académies."),
]
FICHE = [
    ("p", "Fiche de signalement d'incident — session 2030"),
    ("p", "Académie : ____________________   Centre : ____________________"),
    ("p", "Épreuve : ________   Date de l'incident : ____ / ____ / 2030   Heure : ___ h ___"),
    ("p", "Description : ______________________________________________"),
    ("p", "Signature du chef de centre : ____________________"),
]
