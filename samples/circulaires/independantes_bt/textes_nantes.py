"""BTS NDRC, académie de Nantes, session 2028: reportlab PDF letter + Outlook meeting invitation (.eml). All invented."""
# ---------- PDF letter (7 February 2028)
ENTETE = ["ACADÉMIE DE NANTES", "Division des examens et concours", "Bureau DEC 3 – BTS tertiaires"]
ADRESSE = ["Rectorat de l'académie de Nantes", "4 rue de la Houssinière", "BP 72616 – 44326 Nantes Cedex 3"]
LIEU_DATE = "Nantes, le 7 février 2028"
AFFAIRE = ["Affaire suivie par : Sophie Le Gall", "Tél. : 02 40 37 35 92", "Mél : ce.dec3@ac-nantes.example"]
DEST = "à Mesdames et Messieurs les chefs d'établissement des lycées et CFA préparant au BTS NDRC"
OBJET = "Objet : BTS Négociation et digitalisation de la relation client (NDRC) – session 2028 – circulaire d'organisation"
REF = "Référence : circulaire nationale d'organisation du 12 janvier 2028."
PARAS = [
    ("Madame, Monsieur,", None),
    ("Je vous prie de bien vouloir trouver ci-dessous les modalités d'organisation de la session 2028 du BTS NDRC "
     "pour l'académie de Nantes. Les examinateurs recevront en outre, par la messagerie académique, des invitations "
     "d'agenda pour les réunions qui les concernent.", None),
    ("1. Dossiers des épreuves E4 et E6", "h"),
    ("Les dossiers des candidats (fiches de situations E4, dossier E6) sont transmis au centre d'épreuves, le lycée "
     "Gabriel Guisthau de Nantes, au plus tard le vendredi 7 avril 2028 à 12 h. La commission académique de "
     "contrôle de conformité se réunit le mercredi 12 avril 2028 à 14 h au même lycée. Les vacances de printemps "
     "(du samedi 8 avril au lundi 24 avril 2028) ne reportent pas ces échéances.", None),
    ("2. Épreuves écrites", "h"),
    ("Les épreuves écrites ont lieu au lycée Gabriel Guisthau (Nantes) pour la Loire-Atlantique et la Vendée, et au "
     "lycée Chevrollier (Angers) pour le Maine-et-Loire, la Mayenne et la Sarthe.", None),
    ("3. Épreuves orales et pratiques", "h"),
    ("Une réunion d'harmonisation des examinateurs E4 est fixée au mardi 9 mai 2028 à 14 h au lycée Gabriel "
     "Guisthau. Les interrogations orales ont lieu selon le calendrier ci-dessous. Le jeudi 25 mai 2028 (Ascension) "
     "et le lundi 5 juin 2028 (lundi de Pentecôte) sont fériés : aucune interrogation n'est programmée ces jours-là.", None),
]
CAL_HEAD = ["Épreuve / opération", "Forme", "Date(s)", "Horaire", "Centre"]
CAL_ROWS = [
    ["Dépôt des dossiers E4 et E6", "—", "vendredi 7 avril 2028", "avant 12 h", "Lycée Gabriel Guisthau, Nantes"],
    ["Contrôle de conformité E4 / E6", "commission", "mercredi 12 avril 2028", "14 h", "Lycée Gabriel Guisthau, Nantes"],
    ["Harmonisation des examinateurs E4", "réunion", "mardi 9 mai 2028", "14 h", "Lycée Gabriel Guisthau, Nantes"],
    ["E1 – Culture générale et expression", "écrit", "mardi 16 mai 2028", "14 h – 18 h", "Guisthau (Nantes), Chevrollier (Angers)"],
    ["E3 – Culture économique, juridique et managériale", "écrit", "mercredi 17 mai 2028", "14 h – 18 h", "Guisthau (Nantes), Chevrollier (Angers)"],
    ["E5 – Relation client à distance et digitalisation : E51 (écrit)", "écrit", "jeudi 18 mai 2028", "9 h – 12 h", "Guisthau (Nantes), Chevrollier (Angers)"],
    ["E2 – Communication en langue vivante étrangère", "oral", "du lundi 22 au mercredi 24 mai 2028", "selon convocation", "Guisthau (Nantes), Chevrollier (Angers)"],
    ["E4 – Relation client et négociation-vente", "oral", "du lundi 29 mai au vendredi 2 juin 2028", "selon convocation", "Guisthau (Nantes), Chevrollier (Angers)"],
    ["E52 – Relation client à distance et digitalisation (pratique)", "pratique", "du mardi 6 au jeudi 8 juin 2028", "selon convocation", "Lycée Jean Perrin, Rezé"],
    ["E6 – Relation client et animation de réseaux", "oral", "du vendredi 9 au mercredi 14 juin 2028", "selon convocation", "Jean Perrin (Rezé), Chevrollier (Angers)"],
    ["Saisie des notes (Cyclades)", "—", "vendredi 16 juin 2028", "dernier délai", "—"],
    ["Jury de délibération", "—", "mardi 27 juin 2028", "9 h 30", "Rectorat de Nantes"],
    ["Publication des résultats", "—", "vendredi 30 juin 2028", "14 h", "Cyclades"],
]
CENTRES = ["Lycée Gabriel Guisthau, 3 rue du Bocage, 44000 Nantes", "Lycée Chevrollier, 2 rue Adrien Recouvreur, 49000 Angers",
           "Lycée Jean Perrin, 20 rue du Château de Rezé, 44400 Rezé"]
FIN = ["Je vous remercie de bien vouloir assurer la diffusion de cette circulaire auprès des équipes pédagogiques et des candidats.",
       "Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Erwan Quéméner"]

# ---------- Outlook invitation (18 April 2028)
FROM = ("DEC3 - BTS tertiaires", "ce.dec3@ac-nantes.example")
ORGANIZER = ("Sophie Le Gall", "sophie.le-gall@ac-nantes.example")
ATTENDEES = [("Examinateurs E4 NDRC", "liste.examinateurs-e4-ndrc@ac-nantes.example"),
             ("Proviseur adjoint lycée Gabriel Guisthau", "ce.0440022x@ac-nantes.example"),
             ("Proviseur adjoint lycée Chevrollier", "ce.0490005g@ac-nantes.example")]
SUBJECT = "Invitation : Réunion d'harmonisation des examinateurs E4 - BTS NDRC session 2028"
DATE_HDR = "Tue, 18 Apr 2028 10:42:17 +0200"
QUAND = "jeudi 11 mai 2028 14:00-16:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris."
OU = "Lycée Gabriel Guisthau, salle B112 - 3 rue du Bocage, 44000 Nantes"
LOCATION = "Lycée Gabriel Guisthau, salle B112, 3 rue du Bocage, 44000 Nantes"
EVENT = dict(start="2028-05-11T14:00", end="2028-05-11T16:30",
             summary="Réunion d'harmonisation des examinateurs E4 - BTS NDRC session 2028")
BODY = [
    "Mesdames, Messieurs les examinateurs,",
    "Vous êtes invités à la réunion d'harmonisation des examinateurs de l'épreuve E4 « Relation client et "
    "négociation-vente » du BTS NDRC, session 2028.",
    "Cette réunion remplace celle qui avait été annoncée pour le mardi 9 mai 2028 dans la circulaire académique "
    "du 7 février 2028 : la salle n'étant plus disponible ce jour-là, la date du 9 mai est abandonnée.",
    "Pour mémoire :",
    "- la commission de contrôle de conformité des dossiers E4 s'est tenue le mercredi 12 avril 2028 ;",
    "- les interrogations E4 auront lieu du lundi 29 mai au vendredi 2 juin 2028 au lycée Gabriel Guisthau "
    "(Nantes) et au lycée Chevrollier (Angers) ;",
    "- les notes E4 seront saisies dans Cyclades au plus tard le vendredi 16 juin 2028.",
    "La réunion d'harmonisation des examinateurs E6 fera l'objet d'une invitation séparée.",
    "Merci d'accepter ou de refuser cette invitation afin que nous puissions prévoir la salle et les documents.",
    "Sophie Le Gall",
    "Gestionnaire BTS tertiaires - DEC 3",
    "Rectorat de l'académie de Nantes",
]
