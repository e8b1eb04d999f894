"""BTS SP3S, académie de Montpellier, session 2029 — HTML page whose calendar is an <img> (data: URI)."""
TITRE_PAGE = "BTS SP3S – session 2029 – circulaire d'organisation"
BANDEAU = "Académie de Montpellier · Division des examens et concours · DEC 5"
FIL = "Accueil › Examens › BTS › Services et prestations des secteurs sanitaire et social"
LIEU_DATE = "Montpellier, le 8 février 2029"
OBJET = "Objet : BTS Services et prestations des secteurs sanitaire et social (SP3S) – organisation de la session 2029"
REFERENCES = ("Références : arrêté du 11 avril 2012 modifié portant définition du BTS SP3S ; "
              "circulaire nationale d'organisation du 22 janvier 2029.")
INTRO = ("La présente circulaire fixe l'organisation académique de la session 2029. Le calendrier des épreuves "
         "est reproduit ci-dessous tel qu'il a été arrêté par le service ; les heures sont celles de métropole.")
FIG_ALT = "Calendrier des épreuves – session 2029"
FIG_CAPTION = "Figure 1 – calendrier (capture du classeur calendrier_sp3s_2029.xlsx)"
T2 = "Dossiers de l'épreuve E6"
T2_TEXTE = [
    "Les dossiers de l'épreuve E6 « Action professionnelle » sont déposés au plus tard le vendredi 6 avril 2029 à "
    "12h00 au Lycée Jean Lurçat de Perpignan (secrétariat des examens).",
    "Le contrôle de conformité de ces dossiers aura lieu le jeudi 3 mai 2029 à 14h00 ; les établissements dont un "
    "dossier est déclaré non conforme en seront avisés le lendemain.",
]
T3 = "Centres d'épreuves"
CENTRES = [
    ("Lycée Jules Guesde", "110 avenue de Lodève, 34060 Montpellier", "épreuves écrites – Hérault, Aveyron, Lozère"),
    ("Lycée Dhuoda", "17 rue Dhuoda, 30900 Nîmes", "épreuves écrites – Gard"),
    ("Lycée Jean Lurçat", "25 avenue Albert Camus, 66000 Perpignan", "épreuves écrites – Pyrénées-Orientales et Aude ; oraux E6 et EF1"),
]
T4 = "Jury et résultats"
T4_TEXTE = ("Le jury se réunira le jeudi 28 juin 2029 à 14h00 au rectorat de Montpellier (31 rue de l'Université). "
            "Les résultats seront consultables le vendredi 6 juillet 2029 à partir de 9h00.")
T4_NOTE = ("Jours fériés de la période : jeudi 10 mai 2029 (Ascension) et lundi 21 mai 2029 (Pentecôte). "
           "L'épreuve E52 est évaluée uniquement en CCF.")
SIGNATURE = "Pour le recteur et par délégation, la cheffe de la DEC, Nadia Belkacem-Roux"

# ---- content of the PICTURE
IMG_TITRE = "Calendrier BTS SP3S – session 2029"
IMG_ENTETE = ["Date", "Horaire", "Épreuve", "Durée"]
IMG_LIGNES = [
    ["Lundi 14 mai 2029", "14h00 – 17h30", "E4 – Publics et prise en charge de la demande", "3 h 30"],
    ["Mardi 15 mai 2029", "14h00 – 18h00", "E1 – Culture générale et expression", "4 h"],
    ["Mercredi 16 mai 2029", "9h00 – 13h00", "E51 – Techniques de gestion administrative et financière", "4 h"],
    ["Mercredi 16 mai 2029", "14h30 – 17h30", "E3 – Institutions et réseaux", "3 h"],
    ["Jeudi 17 mai 2029", "10h00 – 12h00", "E2 – Langue vivante étrangère : anglais", "2 h"],
    ["Du mardi 29 mai au vendredi 1er juin 2029", "sur convocation", "E6 – Action professionnelle (oral)", "40 min"],
    ["Lundi 4 juin 2029", "sur convocation", "EF1 – Langue vivante étrangère 2 (facultative)", "20 min"],
    ["—", "CCF", "E52 – Gestion de la relation de service", "—"],
]
