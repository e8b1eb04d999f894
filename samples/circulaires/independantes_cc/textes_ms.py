"""BTS Maintenance des systèmes (options A, B, C), session 2030 — note de service nationale (fictive),
published in a BO-like layout. Written as flat ODF (.fodt) by hand, converted by LibreOffice to PDF and DOCX."""
EN_TETE = ["Bulletin officiel n° 46 du 12 décembre 2029", "MINISTÈRE DE L'ÉDUCATION NATIONALE"]
TITRE_DOC = "BTS Maintenance des systèmes – session 2030"
BLOCS = [
    ("small", "Enseignement supérieur – brevet de technicien supérieur"),
    ("title", "Brevet de technicien supérieur « Maintenance des systèmes » (MS) – session 2030 : calendrier des épreuves"),
    ("bold", "Note de service du 27 novembre 2029"),
    ("small", "NOR : MENE2933104N"),
    ("p", "Texte adressé aux recteurs et rectrices d'académie ; aux vice-recteurs ; au directeur du Service "
          "interacadémique des examens et concours."),
    ("small", "Références : arrêté du 19 mars 2014 modifié portant définition et fixant les conditions de délivrance "
              "du brevet de technicien supérieur « Maintenance des systèmes » ; note de service du 30 novembre 2028 "
              "relative à la session 2029."),
    ("p", "La présente note fixe, pour les trois options du BTS MS — option A « Systèmes de production », option B "
          "« Systèmes énergétiques et fluidiques », option C « Systèmes éoliens » —, le calendrier national de la "
          "session 2030. Le calendrier des épreuves écrites figure en annexe ; les horaires sont ceux de Paris."),
    ("h", "1. Épreuves écrites"),
    ("p", "L'épreuve E3 « Mathématiques et physique-chimie » comprend les sous-épreuves écrites E31 et E32. "
          "L'épreuve E4 fait l'objet d'un sujet propre à l'option A et d'un sujet commun aux options B et C, "
          "passés à des dates différentes (voir annexe). Les copies de l'épreuve E4 sont numérisées par les centres "
          "d'écrit au plus tard le vendredi 17 mai 2030 à 16 h 00."),
    ("p", "La commission nationale d'entente de l'épreuve E4 se réunit le mardi 21 mai 2030 à 9 h 30 au lycée "
          "La Martinière Monplaisir, 69008 Lyon. La correction dématérialisée des copies de l'épreuve E4 se déroule "
          "du mercredi 22 mai au mercredi 29 mai 2030."),
    ("h", "2. Épreuves pratiques et orales"),
    ("p", "L'épreuve pratique E5 « Intervention sur un système » est organisée du lundi 20 mai au vendredi "
          "7 juin 2030 ; le jeudi 30 mai 2030 (Ascension) et le vendredi 31 mai 2030 sont exclus de cette période."),
    ("p", "L'épreuve orale E6 « Rapport d'activités en entreprise » se déroule du lundi 3 juin au vendredi "
          "14 juin 2030, à l'exception du lundi 10 juin 2030 (lundi de Pentecôte)."),
    ("h", "3. Rapport d'activités et contrôle de conformité"),
    ("p", "Le rapport d'activités en entreprise, support de l'épreuve E6, est déposé au plus tard le vendredi "
          "26 avril 2030. Le contrôle de conformité des rapports est réalisé par les centres d'interrogation au plus "
          "tard le mercredi 15 mai 2030."),
    ("h", "4. Jurys et résultats"),
    ("p", "Les jurys de délibération se réunissent au plus tard le jeudi 27 juin 2030. Les résultats sont publiés à "
          "compter du mercredi 3 juillet 2030."),
    ("sig", "Pour le ministre et par délégation,\nLe directeur général de l'enseignement scolaire,\nArnaud Delcourt-Messin"),
    ("pagebreak", ""),
    ("h", "Annexe – Calendrier des épreuves écrites de la session 2030 (heure de Paris)"),
    ("table", [["Date", "Épreuve", "Options", "Horaires"],
               ["Lundi 13 mai 2030", "E1 – Culture générale et expression", "A, B, C", "14 heures – 18 heures"],
               ["Mardi 14 mai 2030", "E2 – Langue vivante étrangère : anglais", "A, B, C", "10 heures – 12 heures"],
               ["Mardi 14 mai 2030", "E31 – Mathématiques", "A, B, C", "14 heures – 16 heures"],
               ["Mercredi 15 mai 2030", "E32 – Physique et chimie", "A, B, C", "8 heures – 10 heures"],
               ["Mercredi 15 mai 2030", "E4 – Analyse technique en vue de l'intervention", "A", "13 heures – 17 heures"],
               ["Jeudi 16 mai 2030", "E4 – Analyse technique en vue de l'intervention", "B, C", "8 heures – 12 heures"]],
     [3.6, 7.4, 2.0, 4.0]),
]
