"""BTS NDRC, session 2028 — note de service nationale (fictive). Rendered as DOCX (python-docx) and PDF (LibreOffice)."""
EN_TETE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Direction générale de l'enseignement scolaire",
           "Service de l'instruction publique et de l'action pédagogique", "Bureau des diplômes professionnels"]
TITRE_DOC = "Note de service – BTS NDRC – calendrier de la session 2028"
BLOCS = [
    ("right", "Paris, le 8 décembre 2027"),
    ("small", "NOR : MENE2734518N"),
    ("title", "Note de service relative au calendrier de la session 2028 du brevet de technicien supérieur "
              "« Négociation et digitalisation de la relation client » (NDRC)"),
    ("p", "Le ministre de l'Éducation nationale\nà\nMesdames et Messieurs les recteurs et rectrices d'académie ;\n"
          "Mesdames et Messieurs les vice-recteurs ;\nMonsieur le directeur du Service interacadémique des examens et concours"),
    ("small", "Références : arrêté du 27 avril 2018 portant définition et fixant les conditions de délivrance du brevet de "
              "technicien supérieur « Négociation et digitalisation de la relation client » ; note de service du "
              "13 décembre 2026 relative à la session 2027."),
    ("p", "La présente note fixe le calendrier national des épreuves ponctuelles de la session 2028 du BTS NDRC. "
          "Sauf mention contraire, les horaires sont exprimés en heure de Paris ; les recteurs des académies "
          "d'outre-mer et les vice-recteurs arrêtent les horaires locaux correspondants et les portent à la "
          "connaissance des candidats."),
    ("h", "1. Épreuves écrites"),
    ("table", [["Date", "Horaire (heure de Paris)", "Épreuve", "Durée"],
               ["Lundi 15 mai 2028", "14 h 00 – 18 h 00", "E1 – Culture générale et expression", "4 h"],
               ["Mardi 16 mai 2028", "14 h 00 – 18 h 00", "E3 – Culture économique, juridique et managériale", "4 h"],
               ["Mercredi 17 mai 2028", "9 h 00 – 12 h 00",
                "E51 – Relation client à distance et digitalisation : épreuve écrite", "3 h"]],
     [3.6, 3.6, 7.6, 1.6]),
    ("p", "L'épreuve E3 est commune à plusieurs spécialités de BTS du secteur tertiaire ; son sujet est identique pour "
          "l'ensemble des candidats concernés. L'épreuve E5 « Relation client à distance et digitalisation » est "
          "constituée de deux sous-épreuves, E51 (écrite) et E52 (pratique), qui font l'objet de notes distinctes."),
    ("h", "2. Épreuves orales et pratiques"),
    ("p", "Les épreuves ponctuelles orales et pratiques sont organisées par les recteurs à l'intérieur des périodes "
          "nationales suivantes :"),
    ("li", "E52 – Relation client à distance et digitalisation, épreuve pratique (40 minutes) : du lundi 22 mai au "
           "vendredi 2 juin 2028 ;"),
    ("li", "E2 – Communication en langue vivante étrangère : du mercredi 24 mai au mercredi 7 juin 2028 ;"),
    ("li", "E4 – Relation client et négociation-vente et E6 – Relation client et animation de réseaux : du mardi "
           "30 mai au vendredi 9 juin 2028."),
    ("p", "L'épreuve facultative EF1 (langue vivante étrangère 2) se déroule dans la même période que l'épreuve E2. "
          "Aucune interrogation n'est organisée le jeudi 25 mai 2028 (Ascension) ni le lundi 5 juin 2028 "
          "(lundi de Pentecôte)."),
    ("h", "3. Dossiers et contrôle de conformité"),
    ("p", "Les dossiers servant de support aux épreuves E4 et E6 sont déposés selon les modalités fixées par chaque "
          "recteur. La date limite de dépôt arrêtée localement ne peut être postérieure au vendredi 21 avril 2028. "
          "Le contrôle de conformité de ces dossiers est achevé dans toutes les académies au plus tard le "
          "vendredi 5 mai 2028 ; un dossier non conforme entraîne l'attribution de la mention « non valide » à "
          "l'épreuve concernée."),
    ("h", "4. Harmonisation"),
    ("p", "Une réunion nationale d'entente et d'harmonisation de l'épreuve E3 se tient le mercredi 24 mai 2028 "
          "à 14 h 00, en visioconférence. Chaque académie y est représentée par un correcteur référent, désigné par "
          "le recteur."),
    ("h", "5. Délibérations et résultats"),
    ("p", "Les jurys de délibération se réunissent entre le lundi 26 juin et le vendredi 30 juin 2028. "
          "Les résultats sont publiés au plus tard le mercredi 5 juillet 2028."),
    ("p", "Je vous remercie de bien vouloir assurer la diffusion de la présente note auprès des établissements "
          "et des candidats concernés."),
    ("sig", "Pour le ministre et par délégation,\nLa directrice générale de l'enseignement scolaire,\nHélène Marcadier"),
]
