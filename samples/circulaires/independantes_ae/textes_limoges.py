"""Note fictive BTS NDRC, académie de Limoges, session 2027, dessinée directement avec reportlab.
Mise en page : grille « emploi du temps » (colonnes = jours, lignes = matin / après-midi),
plusieurs fenêtres dans une phrase, encadré de dates-clés en marge gauche."""

EN_TETE = ["Académie de Limoges", "Rectorat", "Division des examens et concours – DEC 2", "13 rue François Chénieux – 87031 Limoges Cedex 1"]
LIEU_DATE = "Limoges, le 15 mars 2027"
OBJET = ("Objet : BTS Négociation et digitalisation de la relation client (NDRC) – session 2027 – "
         "calendrier et centres")
DESTINATAIRES = "Destinataires : chefs d'établissement des lycées et directeurs de CFA préparant au BTS NDRC"
INTRO = ("Les épreuves ponctuelles écrites se tiennent dans les trois centres ci-dessous. La grille suivante "
         "indique, pour chaque demi-journée, l'épreuve et son horaire (heure de Paris).")
GRILLE_JOURS = ["lun. 10/05", "mar. 11/05", "mer. 12/05", "jeu. 13/05"]
GRILLE = {
    "Matin": ["—", "—", "E2 – Langue vivante A, écrit (U2)\n10h-12h", "Réunion d'entente\ncorrecteurs E3 – 9h30\n(Valadon)"],
    "Après-midi": ["E3 – Culture économique,\njuridique et managériale (U3)\n14h-18h",
                   "E1 – Culture générale\net expression (U1)\n14h-18h",
                   "E5 – partie écrite (U5)\n14h-17h", "—"],
}
GRILLE_NOTE = "Année 2027. Lundi 17 mai 2027 (lundi de Pentecôte) : aucune épreuve."
PARAGRAPHES = [
    ("E5 – Relation client à distance et digitalisation, partie pratique (40 min, poste informatique) : "
     "du mardi 18 au vendredi 21 mai 2027, lycée Suzanne Valadon."),
    ("E4 – Relation client et négociation-vente (U4), candidats ponctuels : les interrogations se dérouleront "
     "du lundi 31 mai au mercredi 2 juin, du mardi 8 au jeudi 10 juin et du lundi 14 au vendredi 18 juin 2027, "
     "au lycée Suzanne Valadon."),
    ("E6 – Relation client et animation de réseaux (U6), candidats ponctuels : du mardi 22 au jeudi "
     "24 juin 2027, lycée Suzanne Valadon."),
    "EF1 – Langue vivante 2 (facultative), oral : mercredi 26 mai 2027, lycée Suzanne Valadon.",
    ("EF3 – Engagement étudiant : évaluée exclusivement en CCF par l'établissement de formation ; aucune "
     "date académique."),
]
DOSSIERS = ("Les dossiers E4 (fiches de négociation-vente) et E6 (dossier d'animation de réseaux) sont déposés au "
            "centre d'épreuves au plus tard le mercredi 7 avril 2027, 17 heures. La commission de contrôle de "
            "conformité se réunit le vendredi 23 avril 2027 à 14 h ; les candidats dont le dossier est non conforme "
            "en sont informés par courrier.")
FIN = ("Le jury de délibération siégera le jeudi 1er juillet 2027 à 9 h au rectorat de Limoges. Les résultats "
       "seront consultables le mardi 6 juillet 2027 à partir de 10 h.")
ENCADRE_TITRE = "À retenir"
ENCADRE = ["07/04 – dossiers E4/E6 (17 h)", "23/04 – conformité (14 h)", "10 au 12/05 – écrits",
           "18 au 21/05 – E5 pratique", "31/05 au 18/06 – E4", "22 au 24/06 – E6", "01/07 – jury", "06/07 – résultats"]
CENTRES = [
    ("Lycée Suzanne Valadon", "39 rue de Bellac", "87000 Limoges"),
    ("Lycée Edmond Perrier", "6 avenue Henri de Bournazel", "19000 Tulle"),
    ("Lycée Jean Favard", "27 route de Courtille", "23000 Guéret"),
]
FORMATION = ("CFA de la CCI Limousin (Limoges) et MFR de Saint-Yrieix : établissements de formation, "
             "leurs apprentis composent dans les centres ci-dessus.")
SIGNATURE = ["Pour la rectrice et par délégation,", "Le chef de la DEC", "Pascal Dumonteil"]
