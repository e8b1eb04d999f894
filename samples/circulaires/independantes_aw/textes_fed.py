"""Note nationale BTS FED 2029 (fictive). Sommaire = champ TOC avec résultat en cache ; titres numérotés par le
style (« 1. », « 1.1. ») ; la colonne « Épreuve » du tableau est une liste numérotée (« E%1 », « E%1%2 ») dans les
cellules : les codes ne sont pas dans le texte des cellules."""

EMETTEUR = ["Ministère de l'Éducation nationale", "Direction générale de l'enseignement scolaire",
            "Service des examens – centre national de ressources BTS industriels"]
LIEU_DATE = "Paris, le 5 décembre 2028"
TITRE = "Note nationale d'organisation\nBTS Fluides, énergies, domotique (FED)\nSession 2029"
REFS = "Référence : note de service n° 2028-157 du 14 novembre 2028 relative au calendrier des examens."
SOMMAIRE = "Sommaire"
H1 = ["Champ d'application", "Calendrier national des épreuves écrites", "Épreuves orales et dossiers",
      "Réunions nationales", "Fin de session"]
H2 = {2: ["Horaires", "Jours fériés"], 3: ["Dépôt des rapports", "Interrogations"]}
TOC_PAGES = {"1": 1, "2": 2, "2.1": 2, "2.2": 2, "3": 3, "3.1": 3, "3.2": 3, "4": 3, "5": 3}
CHAMP = ("La présente note s'applique à toutes les académies organisatrices du BTS Fluides, énergies, domotique, "
         "options A (génie climatique et fluidique), B (froid et conditionnement d'air) et C (domotique et bâtiments "
         "communicants). Les services académiques précisent les centres d'épreuves par circulaire.")
CAL_INTRO = "Les épreuves ponctuelles écrites se déroulent aux dates suivantes :"
CAL_ENTETES = ["Épreuve", "Intitulé", "Date", "Horaires (métropole)"]
# (niveau de liste, intitulé, date, horaires) — le code est produit par la numérotation
CAL = [
    (0, "Culture générale et expression", "mardi 15 mai 2029", "14 h 00 – 18 h 00"),
    (0, "Langue vivante étrangère : anglais", "mercredi 16 mai 2029", "10 h 00 – 12 h 00"),
    (0, "Mathématiques et physique-chimie", "", ""),
    (1, "Mathématiques", "CCF", "—"),
    (1, "Physique-chimie", "mercredi 16 mai 2029", "14 h 00 – 16 h 00"),
    (0, "Analyse et définition d'un système", "", ""),
    (1, "Analyse scientifique et technique d'une installation", "jeudi 17 mai 2029", "8 h 00 – 12 h 00"),
    (1, "Conception d'une installation (options A, B, C)", "vendredi 18 mai 2029", "8 h 00 – 14 h 00"),
    (0, "Réalisation et mise en œuvre", "", ""),
    (1, "Installation et mise en service", "CCF", "—"),
    (1, "Maintenance et dépannage", "CCF", "—"),
    (0, "Épreuve professionnelle de synthèse", "", ""),
    (1, "Rapport d'activités en entreprise", "oral", "voir 3."),
    (1, "Projet technique", "oral", "voir 3."),
]
HORAIRES = ("Les horaires indiqués sont ceux de la métropole. Les académies d'outre-mer fixent leurs horaires locaux "
            "en concertation avec le centre national.")
FERIES = ("Le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (lundi de Pentecôte) sont fériés ; "
          "aucune épreuve n'est programmée ces jours-là.")
DEPOT = ("Les rapports d'activités en entreprise (sous-épreuve E61) sont déposés dans les centres d'interrogation "
         "désignés par chaque académie au plus tard le vendredi 20 avril 2029.")
ORAUX = ("Les académies organisent les interrogations des sous-épreuves E61 et E62 entre le lundi 4 juin et le "
         "vendredi 22 juin 2029.")
REUNIONS = [
    "Réunion nationale d'harmonisation de la sous-épreuve E42 : mardi 22 mai 2029 à 10 h 00 (visioconférence).",
    "Réunion nationale d'entente de la sous-épreuve E41 : jeudi 24 mai 2029 à 14 h 00 (visioconférence).",
]
FIN = [
    "Date limite de saisie des notes dans l'application de gestion : mardi 26 juin 2029.",
    "Les jurys de délibération se tiennent au plus tard le vendredi 6 juillet 2029.",
]
SIGNATURE = "Pour le ministre et par délégation,\nla sous-directrice des examens,\nHélène Ravanel-Quéré"
