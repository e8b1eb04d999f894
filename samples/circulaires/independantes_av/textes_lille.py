# -*- coding: utf-8 -*-
"""BTS Électrotechnique, académie de Lille, session 2028 (fictitious). Drawn with reportlab in DejaVu fonts.
Markup read by build.py: ^{..} superscript (smaller raised glyphs), ~ U+00A0, _ U+202F,
-/ a hyphen that ends the line (the word goes on at the next line), **..** bold.
In body text build.py replaces « ffi », « ff », « fi », « fl » by the single ligature glyphs U+FB03, U+FB00, U+FB01, U+FB02."""

EN_TETE = ["RÉGION ACADÉMIQUE HAUTS-DE-FRANCE", "ACADÉMIE DE LILLE",
           "Division des examens et concours – DEC 3", "Bureau des BTS industriels",
           "144 rue de Bavay – 59033 Lille Cedex"]
LIEU_DATE = "Lille, le 2~février~2028"
DESTINATAIRES = ["à", "Mesdames et Messieurs les proviseurs", "des lycées publics et privés sous contrat",
                 "s/c de Mesdames et Messieurs les IA-IPR STI"]
OBJET = "Objet : BTS Électrotechnique – session 2028 – calendrier et organisation des épreuves"
REF = ("Réf. : arrêté du 22~février~2019 modifié portant définition du BTS Électrotechnique ; "
       "note de service ministérielle du 14~décembre~2027.")
INTRO = ("La présente circulaire a pour objet de fixer, pour l’académie de Lille, le calendrier des épreuves de la "
         "session 2028 et de définir les modalités de dépôt et de vérification des documents exigés des candidats. "
         "Je vous remercie de bien vouloir en assurer une diffusion efficace auprès des équipes, des candidats et des "
         "services de vie scolaire, afin d’éviter toute difficulté le jour des épreuves.")

T1 = "1. Épreuves écrites"
T1_NOTE = ("Les candidats sont convoqués trente minutes avant le début de chaque épreuve. Aucune sortie n’est autorisée "
           "pendant la première heure. En cas d’affluence, les chefs de centre organisent un accueil échelonné.")
ECRITS_ENTETE = ["Jour", "Date", "Épreuve", "Horaires"]
ECRITS = [
    ("lundi", "15.05.2028", "E41 – Pré-étude et modélisation", "8~h – 12~h"),
    ("mardi", "16.05.2028", "E1 – Culture générale et expression", "14h00-18h00"),
    ("mercredi", "17.05.2028", "E2 – Langue vivante étrangère : anglais", "10:00 – 12:00"),
    ("mercredi", "17.05.2028", "E31 – Mathématiques", "14~H – 16~H"),
    ("jeudi", "18.05.2028", "E32 – Physique-chimie", "08:30 – 10:30"),
]
T1_CENTRES = [
    "Centres d’écrits :",
    "– **Lycée Baggio**, boulevard d’Alsace, 59000 Lille (bassins de Lille, Roubaix, Tourcoing, Armentières) ;",
    "– **Lycée Ernest-Couteaux**, 37 avenue du Collège, 59230 Saint-Amand-les-Eaux (bassins du Hainaut, du Cambrésis, "
    "du Douaisis et de la Sambre-Avesnois).",
]
T1_FERIE = "Le jeudi 25~mai~2028 (Ascension) est férié ; le vendredi 26~mai~2028 n’est pas un jour d’épreuve."

T2 = "2. Épreuves orales et pratiques"
ORAUX = [
    ("E52 – Projet (soutenance orale)",
     "du mardi 6 au vendredi 9~juin~2028, **Lycée du Hainaut**, 1 avenue Villars, 59300 Valenciennes. "
     "Le lundi 5~juin~2028 (lundi de Pentecôte) est férié."),
    ("E61 – Rapport d’activités en entreprise",
     "12/13~juin~2028, **Lycée Gaston-Berger**, avenue Gaston-Berger, 59000 Lille."),
    ("E62 – Diagnostic et intervention (épreuve pratique)",
     "14–16~juin~2028, Lycée du Hainaut (Valenciennes), plateau technique B."),
    ("EF1 – Langue vivante facultative",
     "2028-06-19, à partir de 13_h_30, Lycée Baggio (Lille)."),
]
T2_CCF = ("Les sous-épreuves E42 (Conception et industrialisation) et E51 (Conduite de projet) sont évaluées en contrôle "
          "en cours de formation : elles ne figurent pas au calendrier et ne donnent lieu à aucune convocation.")

T3 = "3. Dossiers et contrôle de conformité"
# each paragraph is a list of lines already broken by hand where a word is split at the end of a line
T3_LIGNES = [
    "Le dossier technique du projet (E52) est remis au centre d’interrogation au plus tard le",
    "vendredi 28~avril~2028 à 12~h, accompagné de la fiche récapitulative signée par le chef d’éta-/",
    "blissement. Pour les rapports d’activités en entreprise de la sous-épreuve E61, le dé-/",
    "pôt (deux exemplaires papier et une version numérique) s’effectue au plus tard le 02.05.2028",
    "à 16h au Lycée Gaston-Berger. La vérification de conformité des rapports de l’épreu-/",
    "ve E61 aura lieu le jeudi 11~mai~2028 à 14 heures ; la fiche de non-conformité est trans-/",
    "mise le jour même à l’établissement, qui en informe le candidat.",
]

T4 = "4. Fin de session"
FIN = [
    "Réunion d’entente des examinateurs E52 : jeudi 1^{er}~juin~2028, 9h30, Lycée du Hainaut.",
    "Notes de CCF (E42, E51) : saisie avant le 2~JUIN~2028, délai impératif, aucune saisie tardive.",
    "Jury de délibération : vendredi 30~juin~2028, 14:00, rectorat de Lille (salle du conseil).",
    "Résultats : mercredi 5~juillet~2028 à 10h, affichage et publication en ligne.",
]
CONTACT = "Contact : ce.dec3-bts@ac-lille.fr – 03~20~15~60~00. La 2^{e} page de la convocation précise les documents autorisés."
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours", "Thibault Vandenbussche"]
