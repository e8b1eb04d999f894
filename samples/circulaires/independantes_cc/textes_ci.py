"""BTS Commerce international, session 2031 — note de service nationale (fictive), unit codes only.
Rendered as DOCX (python-docx) and as PDF (reportlab)."""
EN_TETE = ["MINISTÈRE DE L'ÉDUCATION NATIONALE", "Direction générale de l'enseignement scolaire",
           "Bureau des diplômes professionnels"]
TITRE_DOC = "BTS Commerce international – session 2031"
BLOCS = [
    ("right", "Paris, le 3 décembre 2030"),
    ("title", "Note de service relative au calendrier de la session 2031 du brevet de technicien supérieur "
              "« Commerce international » (CI)"),
    ("p", "Le ministre de l'Éducation nationale à Mesdames et Messieurs les recteurs et rectrices d'académie ; "
          "Mesdames et Messieurs les vice-recteurs ; Monsieur le directeur du Service interacadémique des examens "
          "et concours."),
    ("small", "Références : arrêté du 8 mars 2022 portant définition et fixant les conditions de délivrance du brevet "
              "de technicien supérieur « Commerce international » ; note de service du 29 novembre 2029 relative à "
              "la session 2030."),
    ("p", "La présente note fixe le calendrier national des unités évaluées en forme ponctuelle à la session 2031. "
          "Les horaires sont exprimés en heure de Paris."),
    ("h", "I. Épreuves ponctuelles écrites"),
    ("table", [["Unité", "Intitulé", "Date", "Horaire (heure de Paris)"],
               ["U1", "Culture générale et expression", "Lundi 12 mai 2031", "14h – 18h"],
               ["U4", "Culture économique, juridique et managériale", "Mardi 13 mai 2031", "14h – 18h"],
               ["U21", "Communication en langue vivante étrangère A – écrit", "Mercredi 14 mai 2031", "9h – 12h"],
               ["U3", "Langue vivante étrangère B – écrit", "Mercredi 14 mai 2031", "14h – 16h"],
               ["U5", "Mise en œuvre des opérations internationales", "Jeudi 15 mai 2031", "9h – 13h"]],
     [1.6, 7.4, 4.0, 3.6]),
    ("p", "L'unité U2 comprend la sous-unité écrite U21 et la sous-unité orale U22."),
    ("h", "II. Épreuves orales"),
    ("li", "U22 – Communication en langue vivante étrangère A, oral : du lundi 19 mai au vendredi 6 juin 2031 ;"),
    ("li", "U6 – Développement commercial international : du lundi 26 mai au vendredi 13 juin 2031 ;"),
    ("li", "UF1 – Langue vivante facultative : du lundi 2 juin au vendredi 13 juin 2031."),
    ("p", "Le jeudi 29 mai 2031 (Ascension) et le lundi 9 juin 2031 (lundi de Pentecôte) sont exclus de ces périodes."),
    ("h", "III. Dossiers"),
    ("p", "Le dossier servant de support à l'unité U6 est transmis selon les modalités fixées par chaque recteur, "
          "au plus tard le vendredi 25 avril 2031 (date limite nationale). Le contrôle de conformité des dossiers est "
          "achevé le vendredi 9 mai 2031."),
    ("h", "IV. Entente, notes et résultats"),
    ("p", "Une réunion nationale d'entente relative à l'unité U5 se tient le vendredi 16 mai 2031 à 14 h 00, en "
          "visioconférence. Les notes des épreuves ponctuelles sont saisies au plus tard le vendredi 20 juin 2031. "
          "Les jurys de délibération siègent du lundi 23 juin au jeudi 26 juin 2031 ; les résultats sont publiés au "
          "plus tard le mardi 1er juillet 2031."),
    ("sig", "Pour le ministre et par délégation,\nLa directrice générale de l'enseignement scolaire,\nClaire Vasseur-Antoine"),
]
