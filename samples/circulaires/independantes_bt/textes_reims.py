"""BTS Maintenance des systèmes (MS), académie de Reims, session 2029: Outlook 2003 vCalendar 1.0 export (.vcs,
UTC times, quoted-printable cp1252) + letter (DOCX -> LibreOffice PDF). All invented."""
ROOSEVELT = "Lycée Roosevelt, 10 rue du Président Roosevelt, 51100 Reims"
OEHMICHEN = "Lycée Étienne Oehmichen, 8 avenue du Mont Héry, 51000 Châlons-en-Champagne"
MALAISE = "Lycée Armand Malaise, 84 rue du Bois Fortant, 08000 Charleville-Mézières"
RECTORAT = "Rectorat de Reims, 1 rue Navier, 51100 Reims"
ECRITS = "Lycée Roosevelt (Reims) / Lycée Étienne Oehmichen (Châlons-en-Champagne)"

# local times (Europe/Paris); the .vcs stores them in UTC. allday = (first day, exclusive end), Outlook style
EVENTS = [
    dict(uid="ms29-depot", start="2029-03-23T12:00", end="2029-03-23T12:30",
         summary="BTS MS - date limite remise dossiers E5 et rapports de stage E6", loc=ROOSEVELT,
         desc="Remise au bureau des examens du lycée Roosevelt, deux exemplaires papier, fiche récapitulative signée.",
         alarm=True),
    dict(uid="ms29-conformite", start="2029-03-29T14:00", end="2029-03-29T17:00",
         summary="BTS MS - commission de contrôle de conformité E5 / E6", loc=ROOSEVELT,
         desc="Salle du conseil. Les professeurs de spécialité désignés par les établissements y participent."),
    dict(uid="ms29-e1", start="2029-05-14T14:00", end="2029-05-14T18:00",
         summary="BTS MS - E1 Culture générale et expression (écrit)", loc=ECRITS, desc="Durée 4 h."),
    dict(uid="ms29-e2", start="2029-05-15T10:00", end="2029-05-15T12:00",
         summary="BTS MS - E2 Anglais (écrit)", loc=ECRITS, desc="Durée 2 h."),
    dict(uid="ms29-e31", start="2029-05-15T14:00", end="2029-05-15T16:00",
         summary="BTS MS - E31 Mathématiques (écrit)", loc=ECRITS, desc="Durée 2 h. Calculatrice en mode examen."),
    dict(uid="ms29-e32", start="2029-05-16T10:00", end="2029-05-16T12:00",
         summary="BTS MS - E32 Physique-chimie (écrit)", loc=ECRITS, desc="Durée 2 h."),
    dict(uid="ms29-e4", start="2029-05-17T08:00", end="2029-05-17T12:00",
         summary="BTS MS - E4 Analyse technique en vue de l'intégration d'un bien (écrit)", loc=ECRITS,
         desc="Durée 4 h. Dossier technique remis le jour de l'épreuve."),
    dict(uid="ms29-correction", start="2029-05-23T13:30", end="2029-05-23T17:00", vrule="D1 #3",
         summary="BTS MS - correction des copies E4 (centre de correction)", loc=ROOSEVELT,
         desc="Correction sur place, trois après-midi consécutifs, du mercredi 23 au vendredi 25 mai 2029."),
    dict(uid="ms29-e5", allday=("2029-05-28", "2029-06-02"),
         summary="BTS MS - E5 Activités de maintenance corrective et préventive (pratique)", loc=MALAISE,
         desc="Épreuve pratique en atelier, 6 h par candidat, selon le planning de passage."),
    dict(uid="ms29-e6", allday=("2029-06-05", "2029-06-08"),
         summary="BTS MS - E6 Épreuve professionnelle de synthèse (oral)", loc=ROOSEVELT,
         desc="Présentation du rapport de stage et entretien, 40 min par candidat."),
    dict(uid="ms28-jury", start="2028-06-29T09:30", end="2028-06-29T12:00",
         summary="BTS MS session 2028 - jury de délibération", loc=RECTORAT, desc="Salle Colbert."),
    dict(uid="ms29-jury", start="2029-06-28T09:30", end="2029-06-28T12:00",
         summary="BTS MS - jury de délibération", loc=RECTORAT, desc="Salle Colbert, 1er étage."),
    dict(uid="ms29-resultats", start="2029-07-02T14:00", end="2029-07-02T14:30",
         summary="BTS MS - publication des résultats", loc="", desc="Affichage dans les centres et sur Cyclades."),
]

# ---------- letter
ENTETE = ["ACADÉMIE DE REIMS", "Rectorat", "Division des examens et concours", "DEC 4 – Examens de l'enseignement supérieur"]
LIEU_DATE = "Reims, le 2 février 2029"
AFFAIRE = ["Dossier suivi par : Thierry Vauthier", "Tél. : 03 26 05 68 43", "ce.dec4@ac-reims.example"]
DEST = ["Le recteur de l'académie de Reims", "à", "Mesdames et Messieurs les proviseurs", "Mesdames et Messieurs les directeurs de CFA"]
OBJET = "Objet : BTS Maintenance des systèmes, option A Systèmes de production – session 2029"
REFS = "Références : arrêté du 20 avril 2020 modifié ; note de service nationale du 11 décembre 2028."
PARAS = [
    ("J'ai l'honneur de vous communiquer le calendrier et les modalités d'organisation de la session 2029 du BTS "
     "Maintenance des systèmes (MS). Un fichier d'agenda (agenda_ms_2029_reims.vcs) reprenant ces dates est "
     "joint à l'envoi électronique ; il a été exporté depuis l'agenda partagé du bureau DEC 4 et s'ouvre avec la "
     "plupart des logiciels de messagerie."),
    ("Dossiers. Les dossiers E5 et les rapports de stage E6 sont remis au bureau des examens du lycée Roosevelt de "
     "Reims au plus tard le vendredi 23 mars 2029 à 12 h. La commission de contrôle de conformité se tient le jeudi "
     "29 mars 2029 de 14 h à 17 h."),
    ("Épreuves écrites. Elles se déroulent au lycée Roosevelt (Reims) et au lycée Étienne Oehmichen "
     "(Châlons-en-Champagne) selon le tableau ci-dessous. L'épreuve E3 (Mathématiques et physique-chimie) comporte "
     "deux sous-épreuves écrites E31 et E32. Le jeudi 10 mai 2029 (Ascension) et le lundi 21 mai 2029 (lundi de "
     "Pentecôte) sont fériés."),
]
CAL_HEAD = ["Date", "Horaire", "Épreuve ou opération"]
CAL_ROWS = [
    ["vendredi 23 mars 2029", "12 h 00", "Date limite de remise des dossiers E5 et des rapports E6 (lycée Roosevelt, Reims)"],
    ["jeudi 29 mars 2029", "14 h 00 – 17 h 00", "Commission de contrôle de conformité E5 / E6"],
    ["lundi 14 mai 2029", "14 h 00 – 18 h 00", "E1 – Culture générale et expression"],
    ["mardi 15 mai 2029", "10 h 00 – 12 h 00", "E2 – Anglais"],
    ["mardi 15 mai 2029", "14 h 00 – 16 h 00", "E31 – Mathématiques"],
    ["mercredi 16 mai 2029", "10 h 00 – 12 h 00", "E32 – Physique-chimie"],
    ["jeudi 17 mai 2029", "8 h 00 – 12 h 00", "E4 – Analyse technique en vue de l'intégration d'un bien"],
    ["du mercredi 23 au vendredi 25 mai 2029", "13 h 30 – 17 h 00", "Correction des copies E4 au lycée Roosevelt"],
    ["du lundi 28 mai au vendredi 1er juin 2029", "selon planning", "E5 – Activités de maintenance (pratique), lycée Armand Malaise, Charleville-Mézières"],
    ["du mardi 5 au jeudi 7 juin 2029", "selon planning", "E6 – Épreuve professionnelle de synthèse (oral), lycée Roosevelt, Reims"],
    ["jeudi 28 juin 2029", "9 h 30", "Jury de délibération, rectorat de Reims"],
    ["lundi 2 juillet 2029", "14 h 00", "Publication des résultats"],
]
APRES = [
    "Les chefs de centre veilleront à la convocation des surveillants et des examinateurs. Toute difficulté est "
    "signalée sans délai au bureau DEC 4.",
]
SIGNATURE = ["Pour le recteur et par délégation,", "la secrétaire générale adjointe,", "Claire Desforges-Hamel"]
