"""BTS Conception et réalisation de systèmes automatiques (CRSA), national calendar 2028, .ics published by the
ministry (TZID Europe/Paris, DURATION, RDATE, VALUE=DATE without DTEND). All invented."""
CALNAME = "BTS CRSA - session 2028 - calendrier national"
CALDESC = ("Calendrier national des épreuves écrites ponctuelles et des périodes nationales d'oraux du BTS "
           "Conception et réalisation de systèmes automatiques, session 2028. Établi d'après l'arrêté du 22 juin "
           "2027 fixant le calendrier des examens. Heures de Paris ; les académies d'outre-mer fixent leurs horaires.")
EVENTS = [
    dict(uid="crsa2028-e1", start="2028-05-15T14:00", end="2028-05-15T18:00",
         summary="BTS CRSA - E1 Culture générale et expression", desc="Épreuve écrite, 4 h."),
    dict(uid="crsa2028-e2", start="2028-05-16T10:00", duration="PT2H",
         summary="BTS CRSA - E2 Langue vivante étrangère : anglais", desc="Épreuve écrite, 2 h."),
    dict(uid="crsa2028-e31", start="2028-05-16T14:00", duration="PT2H",
         summary="BTS CRSA - E31 Mathématiques", desc="Sous-épreuve de E3, écrite, 2 h."),
    dict(uid="crsa2028-e32", start="2028-05-17T10:00", duration="PT2H",
         summary="BTS CRSA - E32 Physique-chimie", desc="Sous-épreuve de E3, écrite, 2 h."),
    dict(uid="crsa2028-e41", start="2028-05-18T08:00", duration="PT4H",
         summary="BTS CRSA - E41 Conception détaillée d'un système automatique", desc="Sous-épreuve de E4, écrite, 4 h."),
    dict(uid="crsa2028-e42", start="2028-05-19T08:00", end="2028-05-19T12:00",
         summary="BTS CRSA - E42 Étude des spécifications générales", desc="Sous-épreuve de E4, écrite, 4 h."),
    dict(uid="crsa2028-entente", start="2028-05-19T14:00", duration="PT2H", rdate=["2028-05-22T14:00"],
         summary="Réunion nationale d'entente E41 / E42 (visioconférence)",
         desc="Deux séances : correcteurs E41 puis correcteurs E42. Lien transmis par les académies pilotes."),
    dict(uid="crsa2028-oraux", allday=("2028-05-29", "2028-06-17"),
         summary="Période nationale des épreuves E5 (projet) et E6 (épreuve professionnelle de synthèse)",
         desc="Les académies fixent les dates de passage à l'intérieur de cette période."),
    dict(uid="crsa2028-saisie", dateonly="2028-06-21",
         summary="Date limite de saisie des notes dans Cyclades", desc="Toutes épreuves."),
    dict(uid="crsa2028-resultats", dateonly="2028-07-07",
         summary="Publication des résultats (au plus tard)", desc="Date limite nationale de publication."),
]
