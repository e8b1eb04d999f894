"""Texte de la circulaire fictive BTS NDRC, académie d'Aix-Marseille, session 2027.

Rendu par build.py avec reportlab (PDF dessiné directement). Le calendrier des épreuves écrites
est une IMAGE (tableau collé comme capture) : son contenu est dans CALENDRIER_IMAGE.
"""

STEM = "circulaire_ndrc_2027_aix-marseille"

ENTETE_GAUCHE = [
    "<b>ACADÉMIE D'AIX-MARSEILLE</b>",
    "<i>Liberté</i>",
    "<i>Égalité</i>",
    "<i>Fraternité</i>",
    "",
    "<b>Division des examens et concours</b>",
    "DIEC 3 – Bureau des BTS",
    "",
    "Dossier suivi par :",
    "Mme Hélène Castagnier",
    "Tél. : 04 42 91 70 00",
    "Mél : diec3-bts@ac-aix-marseille.fr",
    "",
    "Place Lucien Paye",
    "13621 Aix-en-Provence Cedex 1",
]

ENTETE_DROITE = [
    "Aix-en-Provence, le 18 janvier 2027",
    "",
    "Le recteur de la région académique",
    "Provence-Alpes-Côte d'Azur,",
    "recteur de l'académie d'Aix-Marseille,",
    "chancelier des universités",
    "",
    "à",
    "",
    "Mesdames et Messieurs les chefs d'établissement",
    "publics et privés sous contrat,",
    "Mesdames et Messieurs les directeurs de CFA",
]

OBJET = ("<b>Objet :</b> BTS Négociation et digitalisation de la relation client (NDRC) – "
         "organisation de la session 2027.")
REFERENCES = ("<b>Réf. :</b> arrêté du 19 février 2018 portant définition et fixant les conditions de "
              "délivrance du BTS NDRC ; note de service nationale d'organisation du 4 décembre 2026.")

INTRO = [
    "La présente circulaire précise, pour l'académie d'Aix-Marseille, le calendrier et les modalités "
    "d'organisation de la session 2027 du brevet de technicien supérieur « Négociation et "
    "digitalisation de la relation client ». Je vous remercie d'en assurer la diffusion auprès des "
    "équipes pédagogiques et des candidats.",
]

SECTIONS = [
    ("h", "1. ÉPREUVES ÉCRITES"),
    ("p", "Les épreuves écrites se déroulent selon le calendrier national reproduit ci-dessous "
          "(horaires de métropole). Aucune épreuve n'est organisée le jeudi 6 mai 2027, jour de "
          "l'Ascension."),
    ("p", "L'épreuve E5 comprend deux sous-épreuves : E5-A, écrite, et E5 B, pratique (voir point 2)."),
    ("image", None),
    ("p", "Les copies de l'épreuve E5-A sont numérisées dans chaque centre le soir même, et au plus tard "
          "le jeudi 13 mai 2027, avant leur mise en correction dématérialisée."),
    ("p", "Les établissements de formation communiqueront au centre d'écrits les noms des surveillants "
          "qu'ils désignent avant le vendredi 23 avril 2027."),
    ("p", "<b>Centres d'épreuves écrites :</b>"),
    ("addr", ["Lycée Denis Diderot", "23 boulevard Laveran", "13013 Marseille"]),
    ("addr", ["Lycée Adam de Craponne", "218 rue Chateauredon", "13300 Salon-de-Provence"]),
    ("addr", ["Lycée Paul Arène", "13 avenue du Stade – BP 66", "04200 Sisteron Cedex"]),
    ("h", "2. ÉPREUVES ORALES ET PRATIQUES"),
    ("p", "<b>E4 – Relation client et négociation-vente</b> (forme ponctuelle) : les interrogations se "
          "dérouleront au lycée Denis Diderot du lundi 31 mai au mercredi 2 juin, du lundi 7 au "
          "mercredi 9 juin et du lundi 14 au mardi 15 juin 2027."),
    ("p", "<b>E5 B – Relation client à distance et digitalisation, épreuve pratique</b> : du mardi 25 au "
          "vendredi 28 mai 2027, au lycée Denis Diderot et au lycée Adam de Craponne."),
    ("p", "<b>E6 – Relation client et animation de réseaux</b> : évaluée en contrôle en cours de formation "
          "pour les candidats des établissements habilités ; pour les autres candidats, épreuve orale "
          "du mercredi 16 au vendredi 18 juin 2027 au lycée Denis Diderot."),
    ("p", "<b>E2 – Communication en langue vivante étrangère</b> : les candidats relevant de la forme "
          "ponctuelle sont interrogés pendant la période de l'E4, selon leur convocation."),
    ("p", "<b>EF1 – Langue vivante étrangère 2 (facultative)</b> : épreuve orale le jeudi 3 juin 2027 au "
          "lycée Adam de Craponne."),
    ("p", "<b>EF2 – Engagement étudiant (facultative)</b> : évaluée uniquement en contrôle en cours de "
          "formation par l'établissement ; aucune convocation n'est émise par le rectorat."),
    ("h", "3. DOSSIERS DES ÉPREUVES E4 ET E6"),
    ("p", "Les dossiers support des épreuves E4 (fiches de négociation-vente) et E6 (fiches d'animation "
          "de réseaux) sont à transmettre au lycée Denis Diderot au plus tard le vendredi 16 avril 2027 "
          "à 12 h, délai de rigueur."),
    ("p", "La commission de contrôle de conformité des dossiers E4 et E6 se réunira le mardi 4 mai 2027 "
          "à 14 h au lycée Denis Diderot. Les établissements seront informés des non-conformités "
          "éventuelles dans les quarante-huit heures."),
    ("h", "4. RÉUNIONS, JURY ET RÉSULTATS"),
    ("p", "La réunion d'entente des correcteurs de l'épreuve E5-A aura lieu le jeudi 20 mai 2027 à 9 h 30 "
          "au rectorat, salle 1.07."),
    ("p", "Le jury de délibération se réunira le mardi 29 juin 2027 à 9 h. Les résultats seront publiés "
          "le vendredi 2 juillet 2027 à 10 h sur le site de l'académie."),
    ("h", "5. ÉTABLISSEMENTS DE FORMATION CONCERNÉS"),
    ("p", "Pour information, les candidats de la session sont issus des établissements suivants, qui ne "
          "sont pas centres d'épreuves : lycée Saint-Éloi (Aix-en-Provence), lycée Louis Pasquet "
          "(Arles), lycée Jean Cocteau (Miramas), CFA Epure Méditerranée (Marseille)."),
]

SIGNATURE = ["Pour le recteur et par délégation,", "la cheffe de la division des examens et concours,",
             "", "Sophie Margaillan"]

COUPON = ["<b>Accusé de réception</b> (à retourner à la DIEC 3)",
          "Établissement : ........................................................",
          "Fait à ......................................, le …/…/20…      Signature :"]

# Contenu du tableau rendu en image (le validateur le lit ici, pas dans le PDF).
CALENDRIER_IMAGE = {
    "titre": "BTS NDRC – SESSION 2027 – ÉPREUVES ÉCRITES (heure de métropole)",
    "entete": ["Date", "Horaire", "Épreuve", "Durée"],
    "lignes": [
        ["lundi 10 mai 2027", "14 h 00 – 18 h 00", "E3 – Culture économique, juridique et managériale", "4 h"],
        ["mardi 11 mai 2027", "14 h 00 – 18 h 00", "E1 – Culture générale et expression", "4 h"],
        ["mercredi 12 mai 2027", "9 h 00 – 12 h 00", "E5-A – Relation client à distance et digitalisation (écrit)", "3 h"],
    ],
}
