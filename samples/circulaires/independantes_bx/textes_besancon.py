"""BTS Conception et industrialisation en microtechniques (CIM), académie de Besançon, session 2029 (one table
for written and oral épreuves, date in the third column, hours « 08h00-12h00 »)."""
STEM = "circulaire_cim_2029_besancon"
FONT = "DejaVu Sans"
HEAD_FILL = "FBE4D5"
EN_TETE = ["ACADÉMIE DE BESANÇON", "Liberté – Égalité – Fraternité", "",
           "Rectorat – Division des examens et concours", "Bureau DEC 2 – Brevets de technicien supérieur",
           "Affaire suivie par : Julien Vuillemin", "Tél. : 03 81 65 49 07", "ce.dec2@ac-besancon.fr"]
LIEU_DATE = "Besançon, le 7 mars 2029"
DESTINATAIRES = ("Le recteur de l'académie de Besançon\n"
                 "à\n"
                 "Monsieur le proviseur du lycée Jules Haag, Besançon\n"
                 "Madame la proviseure du lycée Edgar Faure, Morteau\n"
                 "Mesdames et Messieurs les directeurs des organismes de formation")
OBJET = "Objet : Organisation de la session 2029 du BTS Conception et industrialisation en microtechniques (CIM)"
REFERENCES = ("Réf. : arrêté du 19 février 2019 portant définition du BTS CIM ; note de service du 6 décembre 2028 "
              "relative au calendrier national des BTS, session 2029.")
PIED = "Rectorat de l'académie de Besançon – 10 rue de la Convention – 25030 Besançon Cedex"

BLOCKS = [
    ("p", "La présente note a pour objet de préciser l'organisation des épreuves du BTS Conception et "
          "industrialisation en microtechniques pour la session 2029."),
    ("h", "1. Centres"),
    ("p", "Les candidats sont répartis entre deux centres d'épreuves écrites : le lycée Jules Haag, 1 rue Labbé, "
          "25000 Besançon, et le lycée Edgar Faure, 2 rue du Docteur Sauze, 25500 Morteau. Les épreuves orales se "
          "déroulent exclusivement au lycée Jules Haag."),
    ("p", "Les centres confirmeront au rectorat la liste des candidats bénéficiant d'aménagements d'épreuves au "
          "plus tard le vendredi 16 mars 2029."),
    ("h", "2. Calendrier des épreuves"),
    ("table", [["Code", "Épreuve", "Date", "Horaires", "Forme"],
               ["E1", "Culture générale et expression", "lundi 14 mai 2029", "14h00-18h00", "écrite"],
               ["E2", "Anglais", "mardi 15 mai 2029", "10h00-12h00", "écrite"],
               ["E31", "Mathématiques", "mardi 15 mai 2029", "14h00-16h00", "écrite"],
               ["E32", "Physique-chimie", "mercredi 16 mai 2029", "08h00-10h00", "écrite"],
               ["E4", "Conception préliminaire d'un système microtechnique", "jeudi 17 mai 2029", "08h00-12h00", "écrite"],
               ["E51", "Projet de conception détaillée", "du lundi 28 mai au vendredi 1er juin 2029", "selon convocation", "orale"],
               ["E52", "Projet d'industrialisation", "du lundi 28 mai au vendredi 1er juin 2029", "selon convocation", "orale"],
               ["E6", "Rapport d'activités en entreprise", "lundi 4 et mardi 5 juin 2029", "selon convocation", "orale"]],
     [1.5, 5.6, 4.4, 3.0, 1.8]),
    ("p", "L'épreuve E3 regroupe les sous-épreuves E31 et E32 ; l'épreuve E5 « Projet collaboratif » regroupe E51 et "
          "E52. L'Ascension (jeudi 10 mai 2029) et le lundi de Pentecôte (lundi 21 mai 2029) sont fériés."),
    ("h", "3. Dossiers et contrôle de conformité"),
    ("p", "Les dossiers des sous-épreuves E51 et E52 ainsi que le rapport d'activités E6 sont à déposer au lycée "
          "Jules Haag au plus tard le vendredi 30 mars 2029 à 12h00. Le lycée sera fermé le lundi 2 avril 2029 "
          "(lundi de Pâques). Le contrôle de conformité des dossiers se tiendra le mercredi 4 avril 2029 à 14h00."),
    ("h", "4. Livrets, jury, résultats"),
    ("p", "Les livrets scolaires et les notes de CCF doivent parvenir au lycée Jules Haag au plus tard le vendredi "
          "8 juin 2029. Le jury de délibération se réunira le mercredi 27 juin 2029 à 9h30 au lycée Jules Haag. "
          "Publication des résultats : vendredi 29 juin 2029, 10h00."),
    ("p", "Pour information, la session 2028 comptait 61 candidats ; le jury s'était réuni le mercredi 28 juin 2028."),
    ("sig", "Pour le recteur et par délégation,\nLe chef de la division des examens et concours,\n\nPascal Grosjean"),
    ("pagebreak",),
    ("h", "Fiche de dépôt des dossiers (E51, E52, E6)"),
    ("p", "Établissement : ________________________   Nombre de dossiers : ____\n"
          "Date : .... / .... / 2029\n"
          "Visa du centre :"),
]
PIEGES_DATES = ["2028-12-06", "2029-05-10", "2029-05-21", "2029-04-02", "2028-06-28"]
PIEGES_CENTRES = []
