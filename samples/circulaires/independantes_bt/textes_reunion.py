"""BTS Gestion de la PME (GPME), académie de La Réunion, session 2030: Google Calendar .ics (UTC times,
X-WR-TIMEZONE Indian/Reunion) + letter printed by Chromium. All invented."""
BELLEPIERRE = "Lycée Bellepierre, 51 avenue Gaston Monnerville, 97400 Saint-Denis, La Réunion"
GARROS = "Lycée Roland Garros, 2 rue Roland Garros, 97430 Le Tampon, La Réunion"
LISLET = "Lycée Lislet Geoffroy, Crète d'Or, 97400 Saint-Denis, La Réunion"
RECTORAT = "Rectorat de La Réunion, 24 avenue Georges Brassens, 97400 Saint-Denis"
ECRITS = "Lycée Bellepierre (Saint-Denis) ou Lycée Roland Garros (Le Tampon), selon convocation"

CALNAME = "BTS GPME 2030 - DEC La Réunion"
CALDESC = "Dates clés de la session 2030 du BTS Gestion de la PME, académie de La Réunion."
TZ = "Indian/Reunion"
# local times (Réunion, UTC+4); the .ics stores them in UTC (Z)
EVENTS = [
    dict(uid="gpme2030-depot", start="2030-03-04T00:00", end="2030-03-29T16:00",
         summary="Dépôt des dossiers E4 et E6 sur la plateforme académique",
         loc="", desc="Ouverture de la plateforme le lundi à 0 h, fermeture définitive le vendredi 29 mars à 16 h "
                      "(heure de La Réunion). Un dossier déposé après la fermeture n'est pas examiné."),
    dict(uid="gpme2030-conformite", start="2030-04-03T09:00", end="2030-04-03T12:00",
         rrule="FREQ=WEEKLY;COUNT=3;BYDAY=WE", exdate=["2030-04-10T09:00"],
         summary="Commission de contrôle de conformité E4 / E6", loc=RECTORAT,
         desc="Séances hebdomadaires, sauf la semaine du 10 avril (pas de séance)."),
    dict(uid="gpme2030-e1", start="2030-05-13T08:00", end="2030-05-13T12:00",
         summary="E1 - Culture générale et expression (écrit)", loc=ECRITS, desc="4 heures."),
    dict(uid="gpme2030-e3", start="2030-05-14T08:00", end="2030-05-14T12:00",
         summary="E3 - Culture économique, juridique et managériale (écrit)", loc=ECRITS, desc="4 heures."),
    dict(uid="gpme2030-e2", start="2030-05-14T13:00", end="2030-05-14T15:00",
         summary="E2 - Communication en langue vivante étrangère : anglais (écrit)", loc=ECRITS, desc="2 heures."),
    dict(uid="gpme2030-e6", start="2030-05-15T13:00", end="2030-05-15T17:00",
         summary="E6 - Soutenir le fonctionnement et le développement de la PME (écrit)", loc=ECRITS, desc="4 heures."),
    dict(uid="gpme2030-e4", allday=("2030-05-20", "2030-05-25"),
         summary="E4 - Gérer la relation avec les clients et les fournisseurs de la PME (oraux)",
         loc="Lycée Lislet Geoffroy (Saint-Denis) et Lycée Roland Garros (Le Tampon)",
         desc="Interrogations selon le planning transmis aux candidats."),
    dict(uid="gpme2030-e5", allday=("2030-06-03", "2030-06-08"),
         summary="E5 - Participer à la gestion des risques de la PME (oraux)", loc=LISLET,
         desc="Oraux sur dossier, 30 minutes par candidat."),
    dict(uid="gpme2030-jury", start="2030-06-27T08:30", end="2030-06-27T12:00",
         summary="Jury de délibération BTS GPME", loc=RECTORAT, desc="Salle du conseil."),
    dict(uid="gpme2030-resultats", start="2030-06-28T15:00", end="2030-06-28T15:30",
         summary="Publication des résultats BTS GPME", loc="", desc="Cyclades et affichage dans les centres."),
]

LIEU_DATE = "Saint-Denis, le 21 janvier 2030"
OBJET = "BTS Gestion de la PME (GPME) – session 2030 – calendrier académique et organisation des épreuves"
REFS = "Références : arrêté du 14 avril 2022 ; circulaire nationale d'organisation du 8 janvier 2030."
PARAS = [
    "La présente circulaire fixe le calendrier de la session 2030 du BTS Gestion de la PME dans l'académie de "
    "La Réunion. Toutes les heures indiquées sont celles de La Réunion (UTC+4).",
    "Le fichier calendrier_gpme_2030_la-reunion.ics, exporté de l'agenda du service, est disponible sur l'espace "
    "examens : les heures y sont enregistrées en temps universel (UTC) et votre logiciel d'agenda les affiche "
    "automatiquement en heure locale.",
]
CAL_HEAD = ["Opération / épreuve", "Date", "Heure (La Réunion)", "Lieu"]
CAL_ROWS = [
    ["Dépôt des dossiers E4 et E6 (plateforme)", "du lundi 4 mars 2030 au vendredi 29 mars 2030", "fermeture à 16 h 00", "plateforme académique"],
    ["Contrôle de conformité E4 / E6", "mercredi 3 avril 2030 et mercredi 17 avril 2030", "9 h 00 – 12 h 00", "Rectorat, Saint-Denis"],
    ["E1 – Culture générale et expression", "lundi 13 mai 2030", "8 h 00 – 12 h 00", "Bellepierre / Roland Garros"],
    ["E3 – Culture économique, juridique et managériale", "mardi 14 mai 2030", "8 h 00 – 12 h 00", "Bellepierre / Roland Garros"],
    ["E2 – Anglais (écrit)", "mardi 14 mai 2030", "13 h 00 – 15 h 00", "Bellepierre / Roland Garros"],
    ["E6 – Soutenir le fonctionnement et le développement de la PME", "mercredi 15 mai 2030", "13 h 00 – 17 h 00", "Bellepierre / Roland Garros"],
    ["E4 – Relation clients et fournisseurs (oral)", "du lundi 20 au vendredi 24 mai 2030", "selon planning", "Lislet Geoffroy / Roland Garros"],
    ["E5 – Gestion des risques (oral)", "du lundi 3 au vendredi 7 juin 2030", "selon planning", "Lycée Lislet Geoffroy"],
    ["Jury de délibération", "jeudi 27 juin 2030", "8 h 30", "Rectorat, Saint-Denis"],
    ["Publication des résultats", "vendredi 28 juin 2030", "15 h 00", "Cyclades"],
]
CENTRES = [
    "Lycée Bellepierre, 51 avenue Gaston Monnerville, 97400 Saint-Denis (écrits, candidats du Nord et de l'Est)",
    "Lycée Roland Garros, 2 rue Roland Garros, 97430 Le Tampon (écrits, candidats du Sud et de l'Ouest ; oraux E4)",
    "Lycée Lislet Geoffroy, Crète d'Or, 97400 Saint-Denis (oraux E4 et E5)",
]
APRES = [
    "Le jeudi 30 mai 2030 (Ascension) et le lundi 10 juin 2030 (lundi de Pentecôte) sont fériés. Il n'y aura pas de "
    "séance de la commission de conformité le mercredi 10 avril 2030.",
    "Je vous remercie de veiller à la bonne information des candidats.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours,", "Jean-Hugues Payet"]
