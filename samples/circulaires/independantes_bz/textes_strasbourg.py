"""Strasbourg, BTS SAM, session 2029: French/Alsatian letterhead (reportlab PDF + scan)."""
EN_TETE = (
    ["RÉPUBLIQUE FRANÇAISE", "ACADÉMIE DE STRASBOURG", "Rectorat – Division des examens et concours",
     "Bureau DEC 2 – BTS du secteur tertiaire", "6 rue de la Toussaint – 67975 Strasbourg Cedex 9"],
    ["FRANZEESCHI REPUBLIK", "AKADEMIE STROSSBURI", "Rektorat – Abteilung fer d'Prüefunge",
     "Biro DEC 2 – BTS Dienschtleischtunge", "6 Allerheilige-Gàss – 67975 Strossburi"],
)
BANNIERE = "Zweisprochig – bilingue : Elsàss, Mai 2029 – d'Sproch vun unserem Lànd"
LIEU_DATE = ["Strasbourg, le 12 février 2029", "Strossburi, de 12. Februar 2029"]
ANNEE = "Schueljohr / Année scolaire 2028-2029"
AFFAIRE = ["Affaire suivie par : Mme Odile Kieffer-Stoeckel", "Tél. 03 88 23 37 52 – ce.dec2@ac-strasbourg.fr"]
DESTINATAIRES = ("La rectrice de l'académie de Strasbourg\nà\nMesdames et Messieurs les proviseurs des lycées "
                 "publics et privés sous contrat\nMesdames et Messieurs les directeurs de CFA")
OBJET = ("Objet / Betreff : BTS Support à l'action managériale (SAM) – session 2029 – calendrier des épreuves "
         "ponctuelles et centres")
REFERENCES = ["Réf. : arrêté du 22 mars 2021 modifié portant définition du BTS SAM ;",
              "note de service nationale d'organisation du 16 janvier 2029."]
BLOCS = [
    ("p", "J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2029 du BTS Support à "
          "l'action managériale. L'en-tête, les titres et la signature sont rédigés en français et en alsacien "
          "dans le cadre de la politique régionale du bilinguisme ; seule la version française fait foi."),
    ("h", "1. Calendrier des épreuves écrites / Prüefungskàlender – schriftlichi Prüefunge"),
    ("table", [["Date", "Horaires", "Épreuve", "Centres"],
               ["lundi 14 mai 2029", "14 h – 18 h", "E1 – Culture générale et expression",
                "Lycée Jean Rostand, Strasbourg (Strossburi) ; lycée Louis Armand, Mulhouse (Milhüsa) ; "
                "lycée Camille Sée, Colmar (Colmer)"],
               ["mardi 15 mai 2029", "10 h – 12 h", "E21 – Langue vivante étrangère A (écrit)", "idem"],
               ["mardi 15 mai 2029", "14 h – 18 h", "E3 – Culture économique, juridique et managériale", "idem"],
               ["mercredi 16 mai 2029", "14 h – 18 h", "E6 – Collaboration à la gestion des ressources humaines", "idem"]]),
    ("note", "Le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (lundi de Pentecôte) sont fériés."),
    ("h", "2. Dossiers des épreuves E4 et E5 / D'Dossiers"),
    ("p", "Les dossiers des épreuves E4 (optimisation des processus administratifs) et E5 (gestion de projet) doivent "
          "parvenir au centre d'épreuves au plus tard le jeudi 29 mars 2029 à 16 h. Le vendredi 30 mars 2029 "
          "(Vendredi saint) est en effet un jour férié de droit local en Alsace-Moselle, tout comme le "
          "mercredi 26 décembre 2029 (Saint-Étienne) : aucun dépôt n'y sera possible."),
    ("p", "Le contrôle de conformité des dossiers E4 et E5 aura lieu le mardi 10 avril 2029 à 9 h au lycée Jean Rostand, "
          "Strasbourg."),
    ("h", "3. Épreuves orales / Mìndlichi Prüefunge"),
    ("table", [["Épreuve", "Période", "Centres"],
               ["E22 – Langue vivante étrangère A (oral)", "du mercredi 23 au vendredi 25 mai 2029", "les trois centres"],
               ["E4 – Optimisation des processus administratifs", "du lundi 28 mai au vendredi 1er juin 2029", "les trois centres"],
               ["E5 – Gestion de projet", "du lundi 4 au jeudi 7 juin 2029", "Lycée Jean Rostand, Strasbourg ; lycée Louis Armand, Mulhouse"]]),
    ("p", "L'épreuve E2 est ainsi scindée en deux sous-épreuves, E21 écrite et E22 orale."),
    ("p", "Les candidats du lycée Schweisguth, Sélestat (Schlettstàdt), et du lycée Heinrich-Nessel, Haguenau "
          "(Hàwenau), sont convoqués au lycée Camille Sée de Colmar pour l'ensemble des épreuves."),
    ("h", "4. Jury et résultats / Jury un Ergebnis"),
    ("p", "Le jury se réunira le mercredi 27 juin 2029 à 9 h au rectorat, Strasbourg. Les résultats seront publiés le "
          "vendredi 29 juin 2029 à 14 h."),
    ("p", "Je vous remercie de votre vigilance. Merci vielmols !"),
]
SIGNATURE = [("Pour la rectrice et par délégation,", "Fer d'Rektorin un in ihrem Uftràà,"),
             ("Le chef de la division des examens et concours", "De Chef vun de Prüefungsàbteilung"),
             ("Thierry Wendling", "Thierry Wendling")]
PIED = "Rectorat de Strasbourg · Rektorat Strossburi – www.ac-strasbourg.fr"
TRAPS = ["2029-03-30", "2029-12-26", "2029-05-10", "2029-05-21", "2029-02-12"]
