"""Textes de la circulaire fictive BTS Collaborateur juriste notarial, académie de Dijon, session 2026.
Tout le calendrier est placé dans une zone de texte flottante (DOCX)."""

EN_TETE = ["RÉGION ACADÉMIQUE BOURGOGNE-FRANCHE-COMTÉ", "ACADÉMIE DE DIJON",
           "Division des examens et concours – DEC 4 – Examens post-baccalauréat"]
PIED = "Rectorat de Dijon – 2G rue du Général Delaborde – BP 81921 – 21019 Dijon Cedex"
LIEU_DATE = "Dijon, le 2 février 2026"
EXPEDITEUR = ["La rectrice de l'académie de Dijon", "Chancelière des universités"]
DESTINATAIRES = ["à", "Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat",
                 "Mesdames et Messieurs les directeurs des centres de formation"]
OBJET = "Objet : BTS Collaborateur juriste notarial (CJN) – organisation de la session 2026"
REFERENCES = ("Réf. : arrêté du 9 juillet 2020 portant définition et fixant les conditions de délivrance du BTS "
              "« Collaborateur juriste notarial » ; note de service ministérielle du 5 janvier 2026.")

PARAS_1 = [
    "J'ai l'honneur de vous faire connaître les modalités d'organisation de l'examen cité en objet pour la "
    "session 2026. Les établissements sont invités à diffuser ces informations aux candidats et aux équipes "
    "pédagogiques.",
]
TITRE_CENTRES = "1. Centres d'épreuves"
CENTRES_INTRO = "Les épreuves écrites se déroulent dans les centres suivants :"
CENTRES = [  # (centre, adresse, ville) : la ville est dans une cellule à part
    ("Lycée Le Castel", "22 rue Daubenton", "21000 DIJON"),
    ("Lycée Jules Renard", "11 boulevard Saint-Exupéry", "58000 NEVERS"),
]
CENTRES_ORAL = ("Les épreuves orales E6 et EF1 se déroulent au lycée Le Castel de Dijon. Les candidats de la "
                "Nièvre et de l'Yonne y sont convoqués.")
TITRE_CALENDRIER = "2. Calendrier"
CALENDRIER_RENVOI = ("Le calendrier complet de la session figure dans l'encadré ci-contre. Aucune épreuve n'a "
                     "lieu le jeudi 14 mai 2026 (Ascension), ni le vendredi 15 mai 2026 (pont), ni le lundi "
                     "25 mai 2026 (lundi de Pentecôte).")
TITRE_DOSSIERS = "3. Dossiers de l'épreuve E6"
DOSSIERS = ("Le dossier support de l'épreuve E6 – Conseil et relation client comprend les fiches de situations "
            "professionnelles et l'attestation de stage. Il est constitué en deux exemplaires. La date limite et "
            "la date du contrôle de conformité figurent dans l'encadré. Un dossier non conforme entraîne "
            "l'attribution de la mention « non valide » à l'épreuve.")
ATTESTATION = "Attestation de l'établissement – date : …/…/2026 – cachet et signature :"
TITRE_FORMATION = "4. Établissements de formation de l'académie (pour information)"
FORMATION = [
    "Lycée Carnot – Dijon (voie scolaire) ;",
    "Institut des métiers du notariat – antenne de Dijon (apprentissage) ;",
    "Lycée Saint-Joseph – Auxerre (voie scolaire).",
]
CONCLUSION = ("Je vous remercie de veiller à la bonne application de ces dispositions et de me signaler toute "
              "difficulté.")
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la division des examens et concours",
             "Thibaut Morel-Jacquin"]

# --- contenu de la zone de texte flottante ---
ENCADRE_TITRE = "CALENDRIER DE LA SESSION 2026"
ENCADRE_ECRITS_TITRE = "Épreuves écrites (heure de métropole)"
# (date ou '' si même jour que la ligne précédente, épreuve, horaire)
ENCADRE_ECRITS = [
    ("lundi 11 mai 2026", "E5 – Techniques notariales", "13 h 30 – 17 h 30"),
    ("mardi 12 mai 2026", "E4 – Droit général et droit notarial", "de 8 h 30 à 12 h 30"),
    ("", "E1 – Culture générale et expression", "de 14 h à 18 h"),
    ("mercredi 13 mai 2026", "E3 – Environnement économique et managérial du notariat", "9 h – 13 h"),
    ("", "E2 – Langue vivante étrangère : anglais", "14 h 30 – 16 h 30"),
]
ENCADRE_ORAUX_TITRE = "Épreuves orales"
ENCADRE_ORAUX = [
    "EF1 – Langue vivante étrangère 2 (facultative) : jeudi 21 mai 2026, lycée Le Castel.",
    "E6 – Conseil et relation client : les candidats sont interrogés du lundi 1er au mercredi 3 juin, du lundi "
    "8 au jeudi 11 juin et du lundi 15 au mardi 16 juin 2026.",
]
ENCADRE_ETAPES_TITRE = "Autres étapes"
ENCADRE_ETAPES = [
    "Dossiers E6 : à transmettre au rectorat (DEC 4) au plus tard le vendredi 3 avril 2026 à 12 h, le cachet de "
    "la poste ne faisant pas foi.",
    "Contrôle de conformité des dossiers E6 : jeudi 9 avril 2026 à 14 h (rectorat, salle 204).",
    "Réunion d'entente des correcteurs E5 : mardi 19 mai 2026 à 9 h 30.",
    "Réunion d'harmonisation des examinateurs E6 : vendredi 29 mai 2026 à 10 h (visioconférence).",
    "Jury de délibération : mardi 30 juin 2026 à 14 h, lycée Le Castel.",
    "Publication des résultats : jeudi 2 juillet 2026 à 16 h.",
]
