"""BTS CPRP, académie d'Amiens, session 2027 (texte inventé)."""
STEM = "circulaire_cprp_2027_amiens"
PIED = "Rectorat de l'académie d'Amiens – 20, boulevard d'Alsace-Lorraine – 80063 Amiens Cedex 9"
TRAPS = ["2027-05-06", "2027-05-17", "2027-04-17", "2027-05-02", "2026-06-30", "2018-04-11", "2026-12-08"]

BLOCS = [
    ("entete", ["RÉGION ACADÉMIQUE HAUTS-DE-FRANCE", "ACADÉMIE D'AMIENS", "Liberté – Égalité – Fraternité", "",
                "Rectorat", "Division des examens et concours",
                "DEC 3 – Examens de l'enseignement technologique et supérieur", "",
                "Affaire suivie par : Sylvie Maréchal", "Tél. : 03 22 82 39 57", "Mél : dec3-bts@ac-amiens.fr",
                "20, boulevard d'Alsace-Lorraine", "80063 Amiens Cedex 9"]),
    ("lieu_date", "Amiens, le 19 janvier 2027"),
    ("dest", ["La rectrice de l'académie d'Amiens", "Chancelière des universités", "", "à", "",
              "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat préparant au BTS CPRP",
              "Mesdames et Messieurs les directeurs de CFA", "Mesdames et Messieurs les chefs de centre d'examen"]),
    ("objet", "Organisation de l'examen du brevet de technicien supérieur « Conception des processus de réalisation "
              "de produits » (CPRP) – session 2027"),
    ("refs", ["Code de l'éducation, articles D. 643-1 à D. 643-35 ;",
              "Arrêté du 11 avril 2018 portant définition et fixant les conditions de délivrance du BTS CPRP ;",
              "Circulaire nationale d'organisation de la session 2027 du 8 décembre 2026."]),
    ("pj", "Annexe 1 : bordereau de dépôt des dossiers E5 et E62"),
    ("p", "La présente circulaire précise les modalités d'organisation, dans l'académie d'Amiens, de la session 2027 "
          "du BTS Conception des processus de réalisation de produits, option A « production unitaire » et option B "
          "« production sérielle ». Je vous remercie de bien vouloir en assurer la diffusion auprès des équipes "
          "pédagogiques et des candidats."),
    ("h", "1. Calendrier des épreuves écrites ponctuelles"),
    ("p", "Les épreuves écrites se dérouleront dans les centres d'examen désignés au paragraphe 6, selon le "
          "calendrier suivant :"),
    ("table", ["Épreuve", "Unité", "Intitulé", "Date", "Horaires", "Durée"], [
        ["E1", "U1", "Culture générale et expression", "Lundi 10 mai 2027", "14h00 – 18h00", "4 h"],
        ["E2", "U2", "Anglais", "Mardi 11 mai 2027", "10h00 – 12h00", "2 h"],
        ["E31", "U31", "Mathématiques", "Mardi 11 mai 2027", "14h00 – 16h00", "2 h"],
        ["E4", "U4", "Conception préliminaire", "Mercredi 12 mai 2027", "8h00 – 12h00", "4 h"],
        ["E32", "U32", "Physique-chimie (candidats hors CCF)", "Vendredi 14 mai 2027", "9h00 – 11h00", "2 h"],
    ], [1.9, 1.4, 5.0, 3.4, 2.9, 1.4]),
    ("p", "Les sous-épreuves E31 et E32 constituent l'épreuve E3 « Mathématiques et physique-chimie ». Pour les "
          "candidats scolaires des établissements habilités, la sous-épreuve E32 est évaluée en contrôle en cours "
          "de formation (CCF)."),
    ("p", "Je vous rappelle que le jeudi 6 mai 2027 (Ascension) et le lundi 17 mai 2027 (lundi de Pentecôte) sont "
          "des jours fériés : aucune épreuve n'est organisée ces jours-là."),
    ("p", "Surveillance : chaque établissement de formation transmet au centre d'écrit dont relèvent ses candidats "
          "la liste des professeurs désignés pour la surveillance au plus tard le vendredi 26 mars 2027."),
    ("h", "2. Dossiers des épreuves E5 et E62 – contrôle de conformité"),
    ("p", "Les dossiers de l'épreuve E5 « Projet industriel de conception et d'industrialisation » (unité U5) et les "
          "rapports de stage de la sous-épreuve E62 (unité U62) sont déposés en deux exemplaires papier, accompagnés "
          "d'un exemplaire numérique, au lycée Édouard Branly d'Amiens, au plus tard le vendredi 9 avril 2027 à "
          "12h00, avec le bordereau figurant en annexe 1. Tout dossier parvenu après cette date sera déclaré non "
          "conforme."),
    ("p", "La commission de contrôle de conformité se réunira le mercredi 14 avril 2027 à 14h00 au lycée Édouard "
          "Branly. Elle vérifie la présence du dossier, le respect du délai de dépôt et la durée du stage. Les "
          "établissements seront informés des éventuelles non-conformités par courriel avant les vacances de "
          "printemps (du samedi 17 avril au dimanche 2 mai 2027)."),
    ("h", "3. Épreuves orales"),
    ("table", ["Épreuve", "Unité", "Nature", "Période", "Lieu"], [
        ["E5", "U5", "Soutenance du projet industriel (oral, 1 heure)", "Du mercredi 26 au vendredi 28 mai 2027",
         "Lycée Édouard Branly, Amiens"],
        ["E61", "U61", "Conduite et suivi de réalisation en entreprise (oral, 40 minutes)",
         "Du lundi 31 mai au mercredi 2 juin 2027", "Lycée Édouard Branly, Amiens"],
        ["E62", "U62", "Rapport de stage (oral, 30 minutes)", "Du lundi 31 mai au mercredi 2 juin 2027",
         "Lycée Édouard Branly, Amiens"],
    ], [1.9, 1.4, 5.3, 4.4, 3.0]),
    ("p", "Les sous-épreuves E61 et E62 forment l'épreuve E6 « Conduite et gestion de réalisation en entreprise ». "
          "Les convocations précisant le jour et l'heure de passage de chaque candidat sont éditées par le centre "
          "d'examen."),
    ("h", "4. Correction, notes et livrets scolaires"),
    ("p", "La correction de l'épreuve E4 est organisée au lycée Édouard Branly : une réunion d'entente des "
          "correcteurs se tiendra le mardi 18 mai 2027 à 9h30, suivie de la correction sur place du mardi 18 au "
          "vendredi 21 mai 2027. Les autres épreuves écrites sont corrigées selon les modalités fixées par la "
          "circulaire nationale."),
    ("p", "Les notes des épreuves orales et des CCF sont saisies dans l'application Lotanet par les centres au plus "
          "tard le vendredi 4 juin 2027. Les livrets scolaires, complétés et signés, sont adressés au lycée Édouard "
          "Branly au plus tard le lundi 7 juin 2027."),
    ("h", "5. Jury et résultats"),
    ("p", "Le jury de délibération se réunira le mardi 29 juin 2027 à 9h00 au lycée Édouard Branly. Les résultats "
          "seront publiés le vendredi 2 juillet 2027 à 14h00 sur le site internet de l'académie et affichés dans les "
          "centres d'examen."),
    ("p", "Pour mémoire, lors de la session 2026, le jury s'était réuni le mardi 30 juin 2026 ; 96 candidats avaient "
          "été déclarés admis."),
    ("h", "6. Centres d'examen"),
    ("table", ["Centre", "Adresse", "Épreuves"], [
        ["Lycée Édouard Branly", "Boulevard de Saint-Quentin, 80090 Amiens",
         "Écrits (Somme) ; dépôt des dossiers ; E5 ; E6 ; jury"],
        ["Lycée Condorcet", "Rond-point Joliot-Curie, 02100 Saint-Quentin", "Écrits (Aisne)"],
        ["Lycée Marie Curie", "Boulevard Pierre de Coubertin, 60180 Nogent-sur-Oise", "Écrits (Oise)"],
    ], [4.5, 6.5, 5.0]),
    ("p", "Je vous remercie de votre collaboration et sais pouvoir compter sur votre engagement pour le bon "
          "déroulement de cette session."),
    ("sig", ["Pour la rectrice et par délégation,", "La cheffe de la division des examens et concours,", "",
             "Nathalie Brévière"]),
    ("saut",),
    ("h", "ANNEXE 1 – BORDEREAU DE DÉPÔT DES DOSSIERS E5 / E62 – SESSION 2027"),
    ("p", "Établissement : ………………………………………………………………  Code RNE : ………………"),
    ("p", "Nombre de dossiers E5 : ……    Nombre de rapports E62 : ……"),
    ("p", "Date de dépôt : ____ / ____ / 2027        Heure : ____ h ____"),
    ("p", "Cachet de l'établissement et signature du chef d'établissement :"),
    ("p", ""),
    ("p", "Reçu par le centre le : ____ / ____ / 2027      Signature :"),
]
