"""Texte de la note nationale fictive BTS Commerce international, session 2027 (page HTML).

Converti en PDF par LibreOffice. Colonnes d'horaires par territoire ; notes de bas de page.
"""

STEM = "note_nationale_ci_2027"

TITRE_PAGE = "Note de service – BTS Commerce international – session 2027"
EMETTEUR = ["Ministère de l'Enseignement supérieur et de la Recherche",
            "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
            "Service de la stratégie des formations – Bureau des diplômes de l'enseignement supérieur"]
NOR = "Note de service du 30 novembre 2026"
DESTINATAIRES = ("Destinataires : rectrices et recteurs d'académie ; vice-recteurs de Mayotte, de "
                 "Polynésie française et de Nouvelle-Calédonie ; directeur du SIEC.")
OBJET = "Objet : organisation de la session 2027 du BTS Commerce international (CI)."
REFS = ("Références : code de l'éducation, articles D643-1 à D643-35-1 ; arrêté du 22 juillet 2008 relatif "
        "au contrôle de conformité des dossiers ; arrêté du 14 mars 2022 portant définition du BTS "
        "« Commerce international ».")

INTRO = ("La présente note fixe le calendrier national des épreuves écrites de la session 2027 et les "
         "dates limites communes à toutes les académies. Les académies organisent les épreuves orales "
         "dans le cadre ainsi défini.")

H1 = "1. Épreuves écrites"
P1 = "Les heures indiquées sont les heures locales de chaque territoire<sup>1</sup>."
ENTETE_TERR = ["Épreuve", "Date", "Durée", "Métropole", "Antilles", "Guyane", "La Réunion", "Mayotte",
               "Polynésie", "Nouvelle-Calédonie"]
LIGNES_TERR = [
    ["E4 – Culture économique, juridique et managériale", "lundi 10 mai 2027", "4 h",
     "14h00-18h00", "8h00-12h00", "9h00-13h00", "16h00-20h00", "15h00-19h00", "8h00-12h00", "7h30-11h30"],
    ["E1 – Culture générale et expression", "mardi 11 mai 2027", "4 h",
     "14h00-18h00", "8h00-12h00", "9h00-13h00", "16h00-20h00", "15h00-19h00", "8h00-12h00", "7h30-11h30"],
    ["E21 – Langue vivante étrangère A, compréhension et expression écrites", "mercredi 12 mai 2027", "2 h",
     "10h00-12h00", "7h00-9h00", "8h00-10h00", "12h00-14h00", "11h00-13h00", "7h00-9h00", "8h00-10h00"],
    ["E5 – Mise en œuvre des opérations internationales", "jeudi 13 mai 2027", "3 h",
     "13h30-16h30", "7h30-10h30", "8h30-11h30", "15h30-18h30", "14h30-17h30", "7h30-10h30", "7h30-10h30"],
]
NOTE_TABLE = ("Sortie des salles interdite avant la fin de la première heure. Les candidats relevant du "
              "SIEC composent selon l'horaire de métropole<sup>2</sup>.")

H2 = "2. Épreuves orales et en contrôle en cours de formation"
P2 = ("Les épreuves orales E22 (Langue vivante étrangère A, production et interaction orales), E3 "
      "(Langue vivante étrangère B) et E6 (Développement commercial international) sont organisées par "
      "chaque académie entre le mardi 18 mai et le vendredi 11 juin 2027. L'épreuve E2 est ainsi "
      "constituée des sous-épreuves E21 (écrite) et E22 (orale).")
P2B = ("Les épreuves facultatives EF1 (Langue vivante étrangère C) et EF2 (Engagement étudiant) sont "
       "organisées par les académies selon leur propre calendrier.")

H3 = "3. Dossiers et contrôle de conformité"
P3 = ("Les dossiers de l'épreuve E6 doivent être remis au centre d'épreuves au plus tard le vendredi "
      "9 avril 2027 à 12 h. Le contrôle de conformité de ces dossiers est conduit par les académies du "
      "lundi 12 au vendredi 16 avril 2027<sup>3</sup>.")

H4 = "4. Correction, harmonisation et résultats"
P4 = [
    "Une réunion nationale d'harmonisation des correcteurs de l'épreuve E5 se tiendra en visioconférence le vendredi 14 mai 2027 à 10 h.",
    "La correction dématérialisée des copies se déroulera du mardi 18 mai au mardi 1er juin 2027.",
    "Les notes de toutes les épreuves seront saisies par les académies au plus tard le vendredi 18 juin 2027.",
    "Les résultats seront publiés par chaque académie au plus tard le mardi 6 juillet 2027.",
]
SIGN = ["Pour la ministre et par délégation,", "Le chef du service de la stratégie des formations",
        "Arnaud Dellestable"]
NOTES = [
    "1. Pour les académies d'outre-mer, les horaires tiennent compte du décalage horaire en vigueur en mai 2027.",
    "2. Service interacadémique des examens et concours (SIEC), Arcueil, pour les candidats des centres étrangers.",
    "3. Arrêté du 22 juillet 2008, BO n° 32 du 28 août 2008.",
]
