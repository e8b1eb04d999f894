"""Note de service nationale, BTS Gestion de la PME, session 2029 — DOCX (python-docx) et son PDF
LibreOffice, document né numérique. Tout est fictif."""

MINISTERE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
             "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
             "Service de la stratégie des formations – bureau des BTS"]
LIEU_DATE = "Paris, le 12 décembre 2028"
DESTINATAIRES = ("Mesdames et Messieurs les recteurs et rectrices d'académie – "
                 "Divisions des examens et concours")
OBJET = "Objet : BTS Gestion de la PME (GPME) – session 2029 – calendrier national et échéancier des académies"
REFERENCES = ("Références : arrêté du 18 juillet 2018 modifié portant définition du BTS Gestion de la PME ; "
              "note de service du 3 octobre 2028 relative au calendrier des BTS.")
INTRO = ("La présente note fixe les dates des épreuves écrites nationales de la session 2029 et l'échéancier "
         "commun aux académies. Les horaires sont donnés en heure de Paris ; les académies d'outre-mer "
         "appliquent les horaires fixés par leur propre circulaire.")

ECRITS_TITRE = "1. Épreuves écrites nationales"
ECRITS_ENTETE = ["Épreuve", "Intitulé", "Date", "Horaire (heure de Paris)", "Durée"]
ECRITS = [
    ["E3", "Culture économique, juridique et managériale", "lundi 14 mai 2029", "14h00 – 18h00", "4 h"],
    ["E1", "Culture générale et expression", "mardi 15 mai 2029", "14h00 – 18h00", "4 h"],
    ["E6", "Soutenir le fonctionnement et le développement de la PME", "mercredi 16 mai 2029", "13h30 – 18h00", "4 h 30"],
]
ORAUX_TITRE = "2. Épreuves orales et en CCF"
ORAUX = [
    "E4 (Gérer la relation avec les clients et les fournisseurs de la PME) et E51 (Participer à la gestion "
    "des risques de la PME) : épreuves orales organisées par les académies dans la période nationale "
    "comprise entre le mardi 22 mai et le vendredi 8 juin 2029, le lundi 21 mai 2029 (Pentecôte) étant férié.",
    "E2 (Communication en langue vivante étrangère) et E52 (Gérer le personnel et contribuer à la gestion "
    "des ressources humaines) : contrôle en cours de formation ou épreuve ponctuelle fixée par chaque académie.",
    "Épreuves facultatives EF1 (langue vivante) et EF2 (engagement étudiant) : dates fixées par les académies.",
]

LISTE_TITRE = "3. Échéancier des académies (liste à cocher)"
LISTE_ENTETE = ["", "Échéance", "Opération", "Qui"]
# cases à cocher ☐ ; dates en notation pointée jj.mm.aaaa
LISTE = [
    ["ven. 09.03.2029", "Transmission au bureau des BTS des effectifs de candidats inscrits par académie", "DEC"],
    ["ven. 13.04.2029", "Dépôt des dossiers E4 et E51 par les candidats (date limite de dépôt dans les centres)", "Centres"],
    ["ven. 27.04.2029", "Fin du contrôle de conformité des dossiers E4 et E51", "Centres / DEC"],
    ["voir § 1", "Épreuves écrites nationales E3, E1, E6 (dates et horaires au tableau 1)", "Centres d'écrit"],
    ["jeu. 24.05.2029 – 10h00", "Réunion nationale d'harmonisation E6 (visioconférence)", "Correcteurs référents"],
    ["ven. 15.06.2029", "Date limite de transmission des notes (toutes épreuves) dans l'application", "DEC"],
    ["ven. 29.06.2029", "Jurys de délibération : date limite de tenue", "Présidents de jury"],
    ["mar. 03.07.2029 – 10h00", "Publication nationale des résultats", "DGESIP"],
    ["__.__.2029", "Réunion académique d'entente E4 / E51 (à compléter par l'académie)", "IA-IPR"],
]
NOTE_LISTE = ("La dernière ligne est à compléter localement ; le jeudi 10.05.2029 (Ascension) ne peut "
              "accueillir aucune épreuve.")
SIGNATURE = ["Pour la ministre et par délégation,", "La cheffe du service de la stratégie des formations",
             "Anne-Sophie Kervella"]
