"""Texte des documents 1 (CPI, Lille 2026) et 2 (note nationale Aéronautique 2027).
Rédigés à la main pour ce corpus ; aucune phrase n'est reprise d'une circulaire réelle."""

CPI_ENTETE = [
    "ACADÉMIE DE LILLE",
    "Liberté Égalité Fraternité",
    "Division des examens et concours",
    "DEC 4 – Bureau des BTS",
    "Affaire suivie par : Mme Nadège Vandenbussche",
    "Tél. : 03 20 15 61 00",
    "Lille, le 9 février 2026",
    "Le recteur de l'académie de Lille",
    "à",
    "Mesdames et Messieurs les chefs d'établissement",
    "Mesdames et Messieurs les chefs de centre d'examen",
]
CPI_OBJET = ("Objet : BTS Conception de produits industriels (CPI) – Organisation de la session 2026")
CPI_INTRO = [
    "La présente circulaire précise les modalités d'organisation des épreuves ponctuelles "
    "du BTS CPI pour la session 2026 dans l'académie de Lille. Elle complète la circulaire "
    "nationale d'organisation, à laquelle les centres voudront bien se reporter pour les "
    "consignes générales (accueil des candidats, retards, usage des calculatrices).",
    "L'épreuve E4 « Conception préliminaire » comporte deux sous-épreuves : la sous-épreuve "
    "écrite E4.1 et la sous-épreuve orale E4.2, qui s'appuie sur le dossier d'avant-projet "
    "réalisé en formation.",
]
CPI_TITRE_TABLEAU = "I. Calendrier des épreuves"
CPI_TABLEAU = [
    ["Épreuve", "Jour", "Heure de début", "Heure de fin", "Lieu"],
    ["E4.1 – Analyse et conception préliminaire (écrit)", "lundi 11 mai 2026", "8 h 00", "14 h 00", "Lycée Gaston Berger, Lille"],
    ["E1 – Culture générale et expression", "mardi 12 mai 2026", "14 h 00", "18 h 00", "Lycée Gaston Berger, Lille"],
    ["E2 – Langue vivante étrangère : anglais", "mercredi 13 mai 2026", "10 h 00", "12 h 00", "Lycée Gaston Berger, Lille"],
    ["E3 – Mathématiques", "mercredi 13 mai 2026", "14 h 00", "16 h 00", "Lycée Gaston Berger, Lille"],
    ["E4.2 – Soutenance de l'avant-projet (oral)", "du lundi 1er juin au mercredi 3 juin 2026", "selon convocation", "", "Lycée du Hainaut, Valenciennes"],
    ["E5 – Conception détaillée (oral sur dossier)", "du lundi 8 juin au jeudi 11 juin 2026", "selon convocation", "", "Lycée Condorcet, Lens"],
]
CPI_APRES_TABLEAU = [
    "Les candidats se présentent trente minutes avant le début de chaque épreuve écrite, "
    "munis de leur convocation et d'une pièce d'identité. Le jeudi 14 mai 2026 (Ascension) "
    "aucune épreuve n'est organisée.",
    "Les établissements de formation transmettent au lycée Gaston Berger la liste des "
    "professeurs désignés pour la surveillance avant le vendredi 24 avril 2026.",
]
CPI_TITRE_ETAPES = "II. Dossiers, commissions et jury"
CPI_ETAPES = [
    "1) Dépôt des dossiers E5 : lundi 13 avril 2026, 12 h 00, au secrétariat du lycée Condorcet de Lens (deux exemplaires papier et une version numérique).",
    "2) Commission de contrôle de conformité des dossiers E5 : mardi 21 avril 2026 à 14 h 00, lycée Condorcet, Lens.",
    "3) Réunion d'entente des examinateurs E4.2 et E5 : vendredi 29 mai 2026 à 9 h 30, lycée Condorcet, Lens.",
    "4) Jury de délibération : mardi 30 juin 2026 à 9 h 00, rectorat de Lille, salle 214.",
    "5) Publication des résultats : vendredi 3 juillet 2026 à 10 h 00.",
]
CPI_FIN = [
    "Un dossier déclaré non conforme par la commission entraîne l'attribution de la mention "
    "« non valide » à l'épreuve E5 ; le candidat en est informé par écrit avant l'épreuve.",
    "Je vous remercie de bien vouloir assurer la diffusion de cette circulaire auprès des "
    "équipes pédagogiques et des candidats concernés.",
    "Pour le recteur et par délégation, la cheffe de la division des examens et concours",
]

# ---------------------------------------------------------------- note nationale
NAT_ENTETE = [
    "MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
    "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
    "Service de la stratégie des formations – Département des formations post-baccalauréat",
    "Paris, le 18 novembre 2026",
    "Note à l'attention de Mesdames et Messieurs les recteurs et vice-recteurs",
    "(divisions des examens et concours)",
]
NAT_OBJET = "Objet : Brevet de technicien supérieur Aéronautique – calendrier national des épreuves écrites de la session 2027"
NAT_INTRO = [
    "Les épreuves écrites du BTS Aéronautique sont à sujet national. Le tableau ci-dessous "
    "fixe, pour chaque territoire, les horaires locaux auxquels elles se déroulent. Les "
    "horaires indiqués pour la métropole s'appliquent également à la Corse. L'épreuve E3 "
    "comporte deux sous-épreuves écrites, E31 et E32, passées à des jours distincts.",
    "Les académies communiquent au centre pilote les effectifs de candidats inscrits, par "
    "centre d'épreuves, au plus tard le vendredi 26 mars 2027.",
]
NAT_TABLEAU = [
    ["Territoire", "E1 – Culture générale et expression\nlundi 10 mai 2027",
     "E2 – Anglais\nmardi 11 mai 2027", "E31 – Mathématiques\nmardi 11 mai 2027",
     "E32 – Physique-chimie\nmercredi 12 mai 2027", "E4 – Étude des systèmes aéronautiques\njeudi 13 mai 2027"],
    ["Métropole", "14 h 00 – 18 h 00", "9 h 00 – 11 h 00", "14 h 00 – 16 h 00", "14 h 00 – 16 h 00", "13 h 00 – 17 h 00"],
    ["Antilles-Guyane", "8 h 00 – 12 h 00", "7 h 00 – 9 h 00", "8 h 00 – 10 h 00", "8 h 00 – 10 h 00", "7 h 00 – 11 h 00"],
    ["La Réunion", "16 h 00 – 20 h 00", "11 h 00 – 13 h 00", "16 h 00 – 18 h 00", "16 h 00 – 18 h 00", "15 h 00 – 19 h 00"],
    ["Mayotte", "15 h 00 – 19 h 00", "10 h 00 – 12 h 00", "15 h 00 – 17 h 00", "15 h 00 – 17 h 00", "14 h 00 – 18 h 00"],
    ["Polynésie française", "7 h 30 – 11 h 30", "7 h 30 – 9 h 30", "10 h 00 – 12 h 00", "7 h 30 – 9 h 30", "7 h 30 – 11 h 30"],
    ["Nouvelle-Calédonie", "13 h 00 – 17 h 00", "8 h 00 – 10 h 00", "13 h 00 – 15 h 00", "13 h 00 – 15 h 00", "12 h 00 – 16 h 00"],
]
NAT_APRES = [
    "Aucune sortie n'est autorisée avant la fin de la première heure de composition. "
    "Les sujets de secours sont acheminés selon la procédure habituelle.",
    "Les épreuves orales et pratiques E5 « Intervention sur aéronef » et E6 « Rapport "
    "d'activités en entreprise » se déroulent entre le lundi 31 mai et le vendredi 11 juin "
    "2027, selon le calendrier arrêté par chaque académie. L'épreuve facultative EF1 "
    "(langue vivante 2, oral) peut être organisée du lundi 31 mai au vendredi 18 juin 2027.",
    "Les jurys de délibération se réunissent au plus tard le mardi 29 juin 2027.",
    "Pour la ministre et par délégation, le chef du département des formations post-baccalauréat",
]
