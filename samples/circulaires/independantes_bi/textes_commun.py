"""Filler shared by the two long documents: evaluation grids, appraisal sheets, attestation models.
Everything is invented. No date, no épreuve code other than the one passed in."""
import random

NIVEAUX = ["Très insuffisant", "Insuffisant", "Satisfaisant", "Très satisfaisant"]

VERBES = ["Identifier", "Analyser", "Justifier", "Mettre en œuvre", "Contrôler", "Rendre compte de", "Organiser",
          "Vérifier", "Exploiter", "Argumenter", "Planifier", "Interpréter", "Présenter", "Choisir", "Évaluer"]
OBJETS = ["les informations utiles du dossier", "la démarche retenue", "les contraintes de sécurité",
          "les résultats obtenus", "les écarts constatés", "les procédures en vigueur", "les ressources disponibles",
          "le vocabulaire technique", "les choix effectués", "les indicateurs pertinents", "la qualité de la communication",
          "les documents de suivi", "les risques identifiés", "la cohérence de l'ensemble", "les solutions alternatives",
          "les consignes reçues", "la traçabilité des opérations", "les données chiffrées", "le cahier des charges",
          "les outils numériques mobilisés"]
INDICES = ["de façon exhaustive", "avec pertinence", "sans erreur", "de manière structurée", "en autonomie",
           "conformément aux attendus", "avec précision", "dans le temps imparti", "de manière argumentée",
           "en respectant les règles"]


def grille(code, intitule, competences, seed):
    """Rows of an evaluation grid: (compétence, critère, indicateur). About 6 rows per competence."""
    rnd = random.Random(seed)
    rows = []
    for comp in competences:
        for _ in range(rnd.randint(8, 10)):
            rows.append((comp, f"{rnd.choice(VERBES)} {rnd.choice(OBJETS)}", rnd.choice(INDICES).capitalize()))
    return {"titre": f"Grille d'aide à l'évaluation – Épreuve {code} – {intitule}", "rows": rows}


def appreciation(code, intitule):
    return [
        f"FICHE D'APPRÉCIATION – ÉPREUVE {code}",
        intitule,
        "Nom et prénom du candidat : ................................................................",
        "Numéro de candidat : ..........................   Centre d'épreuve : ...............................",
        "Date de l'interrogation : ......./......./20.......   Heure : ......... h .........",
        "Appréciation motivée de la commission (obligatoire) :",
        "....................................................................................................................",
        "....................................................................................................................",
        "....................................................................................................................",
        "Note proposée au jury : ......... / 20",
        "Nom(s) et signature(s) des examinateurs : ...................................................",
    ]


ATTESTATIONS = [
    ("MODÈLE A – ATTESTATION DE STAGE EN MILIEU PROFESSIONNEL", [
        "Je soussigné(e), .................................................., représentant(e) de l'entreprise "
        "..................................................,",
        "atteste que M. / Mme .................................................. a effectué un stage dans notre "
        "structure du ......./......./20....... au ......./......./20......., soit une durée de ........ semaines.",
        "Activités principales confiées au stagiaire : ....................................................",
        "....................................................................................................................",
        "Fait à ............................................, le ......./......./20.......",
        "Cachet de l'entreprise et signature du tuteur",
    ]),
    ("MODÈLE B – ATTESTATION DE DÉPÔT DU DOSSIER", [
        "Le chef de centre soussigné atteste avoir reçu, le ......./......./20....... à ........ h ........, le "
        "dossier du candidat désigné ci-dessous.",
        "Nom : ..............................  Prénom : ..............................  N° : ....................",
        "Nombre d'exemplaires déposés : ........   Support numérique : oui / non",
        "Fait à ............................................, le ......./......./20.......",
        "Signature du chef de centre",
    ]),
    ("MODÈLE C – DEMANDE DE DISPENSE OU DE BÉNÉFICE DE NOTE", [
        "Je soussigné(e) .................................................., candidat(e) au brevet de technicien "
        "supérieur, demande à conserver les notes suivantes obtenues lors d'une session antérieure :",
        "Épreuve : ..............................  Note : ........ / 20   Session : 20.......",
        "Épreuve : ..............................  Note : ........ / 20   Session : 20.......",
        "Je reconnais avoir été informé(e) que ce choix est définitif pour la session.",
        "Fait à ............................................, le ......./......./20.......",
        "Signature du candidat",
    ]),
    ("MODÈLE D – PROCÈS-VERBAL D'INCIDENT", [
        "Centre : ..............................................   Salle : ..........   Épreuve : ..........................",
        "Date : ......./......./20.......   Heure de l'incident : ........ h ........",
        "Nature de l'incident : retard / fraude présumée / malaise / défaut de sujet / autre : ........................",
        "Description circonstanciée : ......................................................................",
        "....................................................................................................................",
        "Mesures prises : ..................................................................................",
        "Signatures des surveillants et du chef de centre",
    ]),
]


PHRASES = [
    "Le chef de centre s'assure que les salles sont disponibles et équipées la veille de chaque épreuve.",
    "Les candidats sont placés selon l'ordre alphabétique, à raison d'une table individuelle par candidat.",
    "Un plan de salle est affiché à l'entrée et conservé avec le procès-verbal de déroulement.",
    "Les téléphones portables et objets connectés sont éteints et déposés à l'endroit indiqué par les surveillants.",
    "Les surveillants vérifient l'identité des candidats à l'entrée en salle et pendant la composition.",
    "Tout incident est consigné au procès-verbal et signalé sans délai au service des examens.",
    "Les brouillons sont fournis par le centre ; ils ne sont pas ramassés et ne sont pas corrigés.",
    "Les candidats en situation de handicap bénéficient des aménagements notifiés, sans autre formalité.",
    "La commission d'interrogation est composée d'au moins un enseignant de la spécialité et, si possible, d'un professionnel.",
    "Les examinateurs ne peuvent pas interroger les candidats qu'ils ont eus en formation au cours de l'année.",
    "Les fiches d'évaluation sont remplies lisiblement et signées par tous les membres de la commission.",
    "Aucune note n'est communiquée au candidat à l'issue de l'interrogation.",
    "Les sujets non utilisés sont conservés sous scellés jusqu'à la fin de la session.",
    "Le centre tient à la disposition des examinateurs une salle de préparation et un poste informatique.",
    "Le matériel nécessaire aux épreuves pratiques est vérifié par le responsable du plateau technique.",
    "Les équipements de protection individuelle sont fournis par le centre pour les épreuves pratiques.",
    "Un candidat qui ne respecte pas les règles de sécurité peut être exclu de l'épreuve par la commission.",
    "Les convocations précisent l'heure d'arrivée, le lieu et les documents à présenter.",
    "Les absences sont signalées au service des examens le jour même, avec les justificatifs éventuels.",
    "Un candidat absent sans justificatif à une épreuve obligatoire ne peut pas obtenir le diplôme à la session.",
    "Les établissements de formation informent les candidats des modalités décrites dans la présente note.",
    "Les frais de déplacement des examinateurs sont pris en charge selon la réglementation en vigueur.",
    "Les ordres de mission sont établis par le service des examens avant le début des interrogations.",
    "Le procès-verbal de fin d'épreuve mentionne le nombre de candidats inscrits, présents et absents.",
    "Les copies sont rangées par ordre croissant des numéros d'anonymat avant leur numérisation.",
    "La confidentialité des sujets et des documents d'évaluation s'impose à tous les personnels.",
    "Les réclamations relatives au déroulement d'une épreuve sont adressées par écrit au service des examens.",
    "Le candidat signe la liste d'émargement à l'entrée et à la sortie de la salle.",
    "Les documents autorisés sont précisés en tête de chaque sujet ; tout autre document est interdit.",
    "La calculatrice autorisée fonctionne en mode examen ; son usage est précisé sur le sujet.",
]


def prose(seed, n=5):
    rnd = random.Random(seed)
    return " ".join(rnd.sample(PHRASES, n))


def detail_epreuve(code, intitule, forme, duree, seed):
    """One page or so of generated description for an épreuve: blocks for the builder."""
    rnd = random.Random(seed)
    out = [("h3", f"Épreuve {code} – {intitule}"),
           ("p", f"Forme : {forme}. Durée : {duree}. " + prose(seed, 3)),
           ("p", "Objectifs de l'épreuve. " + " ".join(
               f"{rnd.choice(VERBES)} {rnd.choice(OBJETS)} {rnd.choice(INDICES)}." for _ in range(4))),
           ("p", "Déroulement. " + prose(seed + 1, 4)),
           ("p", "Évaluation. " + prose(seed + 2, 3)),
           ("p", "Cas particuliers. " + prose(seed + 3, 5))]
    return out


SAVOIRS = ["normes et réglementation", "outils de diagnostic", "méthodes d'analyse", "communication professionnelle",
           "gestion de projet", "qualité, hygiène, sécurité, environnement", "systèmes d'information",
           "indicateurs de performance", "documentation technique", "organisation du travail"]


def referentiel(blocs, seed, per_bloc=7):
    """Rows (bloc, compétence, savoirs associés, niveau) of an invented competence framework."""
    rnd = random.Random(seed)
    rows = []
    for b in blocs:
        for _ in range(per_bloc):
            rows.append([b, f"{rnd.choice(VERBES)} {rnd.choice(OBJETS)}",
                         ", ".join(rnd.sample(SAVOIRS, 3)), rnd.choice(["Maîtrise", "Application", "Information"])])
    return rows


def fiche_descriptive(titre, n):
    lines = [titre.upper()]
    for k in range(1, n + 1):
        lines += [f"Situation n° {k} – intitulé : ..............................................................................",
                  "Lieu de réalisation : ............................   Période : du ..../..../20.... au ..../..../20....",
                  "Description des activités : .......................................................................",
                  "Ressources mobilisées : ............................................................................"]
    return lines
