"""BTS Management en hôtellerie-restauration, note nationale, session 2027 — a Word macro-enabled document (.docm):
DOCX built with python-docx, then [Content_Types].xml rewritten to the macroEnabled main part type.
The last page is a bordereau with legacy Word form fields (FORMTEXT) left blank."""

ENTETE = [
    ("petit", "MINISTÈRE DE L'ÉDUCATION NATIONALE"),
    ("titre", "Note d'organisation nationale\nBTS Management en hôtellerie-restauration (MHR) – Session 2027"),
    ("p", "Académie pilote : Nancy-Metz – Division des examens et concours, bureau des BTS à sujets nationaux\n"
          "2 rue Philippe de Gueldres – CO 30013 – 54035 Nancy Cedex"),
    ("droite", "Nancy, le 20 novembre 2026"),
    ("p", "Destinataires : Mesdames et Messieurs les recteurs et vice-recteurs – Divisions des examens et concours\n"
          "Copie : Inspection générale (groupe économie-gestion)"),
    ("p", "Références : arrêté du 20 avril 2018 portant définition et fixant les conditions de délivrance du BTS MHR ; "
          "note de service du 9 octobre 2026 relative au calendrier national des BTS."),
]

CORPS = [
    ("h", "1. Épreuves écrites nationales"),
    ("p", "Les horaires sont donnés en heure de Paris. Les académies et vice-rectorats d'outre-mer appliquent le "
          "tableau de correspondance qui leur est adressé séparément."),
    ("table", [2.0, 1.4, 5.7, 1.8, 3.0, 3.1],
     ["Épreuve", "Unité", "Intitulé", "Forme", "Date", "Horaire"],
     [["E11", "U11", "Culture générale et expression", "écrite", "lundi 10 mai 2027", "14 h – 18 h"],
      ["E12", "U12", "Langue vivante étrangère A", "écrite", "mardi 11 mai 2027", "10 h – 12 h"],
      ["E13", "U13", "Langue vivante étrangère B", "orale", "fixée par l'académie", "—"],
      ["E2", "U2", "Management de l'entreprise hôtelière et mercatique des services", "écrite", "mercredi 12 mai 2027", "13\u00a0h\u00a030 – 18\u00a0h\u00a030"],
      ["E3", "U3", "Entrepreneuriat et pilotage de l'entreprise hôtelière", "écrite", "jeudi 20 mai 2027", "9 h – 13 h"]]),
    ("p", "Jours fériés : jeudi 6 mai 2027 (Ascension) et lundi 17 mai 2027 (lundi de Pentecôte)."),
    ("p", "Les copies des épreuves E2 et E3 sont numérisées dans les centres du mercredi 12 mai au vendredi 21 mai 2027. "
          "Une réunion nationale d'harmonisation des barèmes de l'épreuve E3 se tiendra en visioconférence le "
          "mardi 25 mai 2027 à 14 h."),
    ("h", "2. Épreuves pratiques et orales"),
    ("p", "E4 – U4 « Management opérationnel de la production de services » (option A : management d'unité de "
          "restauration ; option B : management d'unité de production culinaire ; option C : management d'unité "
          "d'hébergement) : épreuve pratique organisée par les académies dans la fenêtre nationale du lundi 31 mai "
          "au vendredi 11 juin 2027."),
    ("p", "E5 – U5 « Conduite du projet entrepreneurial » (oral) :"),
    ("liste", ["dépôt dématérialisé du dossier de projet au plus tard le vendredi 30 avril 2027 à 23 h 59 ;",
               "contrôle de conformité des dossiers par les centres au plus tard le mercredi 26 mai 2027 ;",
               "interrogations du lundi 7 juin au vendredi 11 juin 2027."]),
    ("p", "E13 – U13 et l'épreuve facultative EF1 – UF1 (langue vivante étrangère C) sont organisées par chaque "
          "académie, à des dates qu'elle fixe."),
    ("h", "3. Notes, jurys et résultats"),
    ("p", "Les notes sont remontées dans Cyclades au plus tard le vendredi 18 juin 2027. Les jurys académiques "
          "délibèrent entre le mardi 29 juin et le vendredi 2 juillet 2027. Les résultats sont publiés à partir du "
          "lundi 5 juillet 2027."),
    ("droite", "Pour le recteur de l'académie pilote,\nle chef de la division des examens et concours\n\nThibaut Grandjean"),
]

BORDEREAU_TITRE = "Annexe – Bordereau académique de remontée (à compléter)"
BORDEREAU_CHAMPS = ["Académie", "Nombre de candidats présents à E4", "Date de la commission", "Date d'envoi", "Nom du responsable"]

BLOCS = ENTETE + CORPS
