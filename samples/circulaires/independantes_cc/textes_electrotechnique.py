"""BTS Électrotechnique, session 2027 — note de service nationale (fictive). Rendered by reportlab, then scanned."""
EN_TETE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Direction générale de l'enseignement scolaire",
           "Sous-direction des lycées et de la formation professionnelle – bureau des diplômes professionnels"]
TITRE_DOC = "BTS Électrotechnique – session 2027"
BLOCS = [
    ("right", "Paris, le 19 novembre 2026"),
    ("bold", "Note de service n° 2026-187"),
    ("title", "Brevet de technicien supérieur « Électrotechnique »\nOrganisation et calendrier de la session 2027"),
    ("p", "Texte adressé aux recteurs et rectrices d'académie ; aux vice-recteurs ; au directeur du Service "
          "interacadémique des examens et concours ; aux cheffes et chefs de division des examens et concours."),
    ("small", "Références : arrêté du 4 juin 2019 modifié portant définition et fixant les conditions de délivrance "
              "du brevet de technicien supérieur « Électrotechnique » ; note de service n° 2025-201 du "
              "21 novembre 2025 (session 2026)."),
    ("p", "La présente note de service précise l'organisation des épreuves ponctuelles de la session 2027 du BTS "
          "« Électrotechnique ». Les horaires sont donnés en heure de Paris."),
    ("h", "I – Commission nationale d'entente"),
    ("p", "Les propositions d'examinateurs appelés à siéger à la commission nationale d'entente sont transmises au "
          "bureau des diplômes professionnels avant le vendredi 26 février 2027."),
    ("h", "II – Épreuves écrites (heure de Paris)"),
    ("li", "Lundi 10 mai 2027 : E1 – Culture générale et expression, de 14 h 00 à 18 h 00."),
    ("li", "Mardi 11 mai 2027 : E41 – Étude d'un système technique industriel : pré-étude et modélisation, de "
           "8 h 00 à 12 h 00 ; E2 – Langue vivante étrangère : anglais, de 14 h 00 à 16 h 00."),
    ("li", "Mercredi 12 mai 2027 : E31 – Mathématiques, de 8 h 00 à 10 h 00 ; E32 – Physique et chimie, de "
           "14 h 00 à 16 h 00."),
    ("li", "Jeudi 13 mai 2027 : E42 – Étude d'un système technique industriel : conception et industrialisation, "
           "de 8 h 00 à 14 h 00."),
    ("p", "L'épreuve E3 « Mathématiques et physique-chimie » comprend les deux sous-épreuves écrites E31 et E32 ; "
          "l'épreuve E4 comprend les sous-épreuves E41 et E42. Le jeudi 6 mai 2027 (Ascension) et le vendredi "
          "7 mai 2027 ne comportent aucune épreuve."),
    ("h", "III – Entente et correction"),
    ("p", "La commission nationale d'entente des sous-épreuves E41 et E42 se réunit le vendredi 14 mai 2027 à "
          "10 h 00 au lycée Raspail, 75014 Paris. La correction des copies, organisée par chaque académie, a lieu du "
          "mardi 18 mai au mercredi 26 mai 2027 ; le lundi 17 mai 2027, lundi de Pentecôte, n'est pas travaillé."),
    ("h", "IV – Dossiers et épreuves orales"),
    ("p", "Le rapport d'activités en entreprise, support de la sous-épreuve E61, est remis au service des examens "
          "de l'académie au plus tard le vendredi 30 avril 2027. Les centres d'examen effectuent le contrôle de "
          "conformité des rapports avant le mardi 4 mai 2027. Le dossier technique de la sous-épreuve E62 (projet) "
          "est déposé dans le centre d'interrogation au plus tard le vendredi 21 mai 2027 à 12 h 00."),
    ("p", "Les sous-épreuves orales E61 « Rapport d'activités en entreprise » et E62 « Projet » se déroulent du "
          "mardi 25 mai au vendredi 4 juin 2027. L'épreuve E5 « Conduite de projet et intervention » est organisée "
          "du lundi 31 mai au vendredi 11 juin 2027."),
    ("h", "V – Jurys et résultats"),
    ("p", "Les jurys de délibération se tiennent au plus tard le vendredi 25 juin 2027. Les résultats sont "
          "communiqués aux candidats le mardi 29 juin 2027."),
    ("sig", "Pour le ministre et par délégation,\nLe chef de service, adjoint à la directrice générale\n"
            "de l'enseignement scolaire,\nBertrand Ollivier-Sauvage"),
]
