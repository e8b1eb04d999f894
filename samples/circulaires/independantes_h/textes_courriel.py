"""Texte d'un courriel imprimé fictif : BTS NDRC, académie de Nantes, session 2027."""

IMPRESSION = "Messagerie académique – Zimbra                                            09/03/2027 10:51"
TITRE = "BTS NDRC 2027 – dossiers E4/E6 des candidats ponctuels et réunion d'entente"
ENTETES = [
    ("De :", "DEC 3 – BTS <ce.dec3@ac-nantes.fr>"),
    ("Envoyé :", "mardi 9 mars 2027 10:42"),
    ("À :", "Liste BTS tertiaires – chefs de centre <bts-tertiaires@ac-nantes.fr>"),
    ("Cc :", "IA-IPR économie-gestion"),
    ("Objet :", TITRE),
    ("Pièces jointes :", "calendrier_ndrc_2027.pdf ; bordereau_depot_E4_E6.odt"),
]
CORPS = [
    "Mesdames et Messieurs les chefs de centre,",
    "Pour faire suite à la circulaire académique du 3 février 2027 relative aux BTS tertiaires, voici les "
    "précisions propres au BTS Négociation et digitalisation de la relation client (NDRC).",
    "Les épreuves écrites E1, E3 et E5 (partie écrite) ont lieu selon le calendrier national joint ; aucune "
    "modification n'est apportée pour notre académie.",
    "1) Les dossiers E4 (Relation client et négociation-vente) et E6 (Relation client et animation de réseaux) "
    "des candidats ponctuels sont à envoyer au plus tard le 26-03-2027 à 12:00 au centre de dépôt unique :",
]
DEPOT = ["Lycée Jean Perrin", "20 rue du Chêne Creux", "BP 40127", "44403 REZÉ CEDEX"]
SUITE = [
    "2) Le contrôle de conformité se déroulera au lycée Jean Perrin le jeudi 1er avril 2027, 14h. Les "
    "établissements seront informés des éventuelles non-conformités dans la foulée.",
    "3) Réunion d'entente des examinateurs E4 et E6 : mardi 4 mai 2027 de 9 h 30 à 12 h, même lieu.",
    "4) Interrogations E4 : du 18-05-2027 au 21-05-2027 au lycée Jean Perrin (Rezé).",
    "    Interrogations E6 : du 25-05-2027 au 28-05-2027 au lycée Chevrollier, 2 rue Adrien Recouvreur, "
    "49001 Angers.",
    "Merci de diffuser ces informations aux formateurs concernés.",
    "Bien cordialement,",
]
SIGNATURE = ["Bureau DEC 3 – BTS tertiaires", "Division des examens et concours – Rectorat de Nantes",
             "4 rue de la Houssinière – 44326 Nantes Cedex 3"]
CITATION_ENTETE = "Le lun. 1 mars 2027 à 16:05, Lycée Jean Perrin – secrétariat BTS a écrit :"
CITATION = ["> Bonjour,", "> pouvez-vous nous confirmer la date limite d'envoi des dossiers E4/E6",
            "> ainsi que la date de la réunion d'entente ? Merci.", "> Le secrétariat BTS"]
PIED = "https://messagerie.ac-nantes.fr/?view=msg&id=88412                                            1/1"
