# -*- coding: utf-8 -*-
"""BTS Gestion de la PME (GPME), académie de Grenoble, session 2027 (fictitious). Drawn with reportlab.
Markup read by build.py: ^{..} superscript (smaller raised glyphs), ~ U+00A0, _ U+202F, ¦ a possible break point:
when build.py breaks a line there, it draws the SOFT HYPHEN character U+00AD (shown as a hyphen) at the line end,
**..** bold. Body text is justified; « ffi », « ff », « fi », « fl » become ligature glyphs. Headings are drawn in small capitals."""

EN_TETE = ["Académie de Grenoble", "Division des examens et concours – DEC 2", "Pôle BTS tertiaires",
           "7 place Bir-Hakeim – CS 81065 – 38021 Grenoble Cedex 1"]
LIEU_DATE = "Grenoble, 08.03.2027"
DESTINATAIRES = "à Mesdames et Messieurs les chefs d’établissement et directeurs de CFA"
OBJET = "Objet : BTS Gestion de la PME (GPME) – session 2027"
REF = "Réf. : arrêté du 14~février~2018 modifié ; circulaire nationale d’organisation du 19~janvier~2027."

S1 = "Épreuves écrites"
S1_TXT = ("Les épreu¦ves écrites se dérouleront dans les deux centres dé¦signés ci-après, selon le calendrier "
          "ci-dessous. Les candidats doivent se munir de leur convocation et d’une pièce d’identité officielle ; "
          "les calculatrices sont autorisées en mode examen pour l’épreuve E6 seulement. Les chefs de centre "
          "veillent à l’affichage des consignes et à la confidentialité des sujets.")
ECRITS = [
    ("lundi 10~mai~2027", "E3 – Culture économique, juridique et managériale", "14~h – 18~h"),
    ("mardi 11~mai~2027", "E1 – Culture générale et expression", "14h00-18h00"),
    ("mercredi 12~mai~2027", "E2 – Langue vivante étrangère : anglais", "10:00 – 12:00"),
    ("jeudi 13~mai~2027", "E6 – Soutenir le fonctionnement et le développement de la PME", "13_h_30 – 18_h_00"),
]
S1_CENTRES = ("Centres : **Lycée Louise-Michel**, 30 rue Louise-Michel, 38100 Grenoble (Isère, Drôme, Ardèche) ; "
              "**Lycée du Granier**, 185 avenue Joseph-Fontanet, 73490 La Ravoire (Savoie, Haute-Savoie). "
              "Le jeudi 6~mai~2027 (Ascension) et le lundi 17~mai~2027 (Pentecôte) sont fériés.")

S2 = "Épreuves orales"
S2_TXT = ("L’épreuve E4 – Gérer la relation avec les clients et les fournisseurs de la PME – est organisée sous forme "
          "ponctuelle orale du 25.05.2027 au 28.05.2027 au **Lycée Édouard-Herriot**, avenue Édouard-Herriot, "
          "38500 Voiron. L’épreuve facultative EF1 (langue vivante) a lieu les 1^{er}–2~juin~2027 au **Lycée "
          "Les Catalins**, 24 avenue des Catalins, 26200 Montélimar. L’épreuve E5 – Gérer le personnel et "
          "contribuer à la gestion des ressources humaines – est évaluée exclusivement en contrôle en cours de "
          "formation ; aucune date n’est fixée au niveau académique.")

S3 = "Dossiers et conformité"
S3_TXT = ("Les dossiers professionnels de l’épreuve E4 sont transmis au centre d’interrogation au plus tard le "
          "09.04.2027 à 17~H. La commission de vérification de conformité se réunit le 4~MAI~2027 à 14_h_00 au "
          "Lycée Édouard-Herriot : les dossiers incomplets ou non conformes sont signalés aux établissements "
          "dans les quarante-huit heures. Pour l’engagement étudiant (EF2), le dé¦pôt numérique des pièces est "
          "fixé au 2027-04-30, 12:00, dernier délai ; aucune pièce ne sera acceptée après cette date.")

S4 = "Calendrier de fin de session"
FIN = [
    ("Commission d’entente E6", "mardi 18~mai~2027 à 10h", "Lycée Louise-Michel"),
    ("Saisie des notes de CCF (E5)", "avant le 04/06/2027", "application Cyclades"),
    ("Jury de délibération", "jeudi 24~juin~2027, 9_h_30", "Rectorat de Grenoble"),
    ("Résultats", "vendredi 2~juillet~2027 – 10:00", "en ligne"),
]
NOTE = ("Les candidats inscrits en 1^{re}~session ou en 2^{e}~présentation reçoivent la même convocation. "
        "Les établissements de formation (Lycée Pablo-Neruda à Saint-Martin-d’Hères, Lycée Marie-Curie à Échirolles) "
        "ne sont pas centres d’épreuves cette année.")
SIGNATURE = ["Pour la rectrice et par délégation,", "le chef de la DEC,", "Florian Chabert-Ravanat"]
