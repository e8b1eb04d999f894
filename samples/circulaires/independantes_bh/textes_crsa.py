# -*- coding: utf-8 -*-
"""BTS CRSA, note nationale d'organisation, session 2025.
Mail from the ministry; the note is the attached DOCX (the body only says « veuillez trouver ci-joint »)."""

MAIL_FROM = ("Bureau des diplômes de l'enseignement supérieur court", "bts-organisation@enseignementsup.gouv.fr")
MAIL_TO = ("Divisions des examens et concours des rectorats", "dec-rectorats@liste.education.gouv.fr")
MAIL_DATE = "Mon, 9 Dec 2024 17:03:10 +0100"
MAIL_SUBJECT = "Note nationale d'organisation – BTS CRSA – session 2025"
ATTACH_NAME = "Note_organisation_BTS_CRSA_session_2025.docx"

MAIL_TEXT = """Madame, Monsieur,

Veuillez trouver ci-joint la note nationale d'organisation du BTS Conception et réalisation de systèmes automatiques pour la session 2025.

Cordialement,

Le bureau des diplômes de l'enseignement supérieur court
"""
MAIL_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Madame, Monsieur,</p>
<p>Veuillez trouver ci-joint la note nationale d'organisation du BTS Conception et réalisation de systèmes automatiques
pour la session&nbsp;2025.</p>
<p>Cordialement,</p>
<p><i>Le bureau des diplômes de l'enseignement supérieur court</i></p>
</body></html>"""

EN_TETE = ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
           "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
           "Bureau des diplômes de l'enseignement supérieur court"]
LIEU_DATE = "Paris, le 5 décembre 2024"
DESTINATAIRES = "à Mesdames et Messieurs les recteurs d'académie (divisions des examens et concours)"
OBJET = ("Objet : note nationale d'organisation du brevet de technicien supérieur « Conception et réalisation de "
         "systèmes automatiques » (CRSA) – session 2025")
REFERENCES = ("Références : arrêté du 26 juin 2017 portant définition et fixant les conditions de délivrance du BTS CRSA ; "
              "décret n° 2013-756 du 19 août 2013.")
INTRO = ("La présente note fixe le calendrier national des épreuves écrites de la session 2025 et les périodes dans "
         "lesquelles les académies organisent les épreuves orales et pratiques. Les horaires indiqués sont ceux de la "
         "France métropolitaine.")

H1 = "1. Épreuves écrites nationales"
ECRITS_ENTETE = ["Épreuve", "Intitulé", "Date", "Horaire (métropole)"]
ECRITS = [
    ["E51", "Conception détaillée d'une chaîne fonctionnelle", "lundi 12 mai 2025", "13 h – 17 h"],
    ["E1", "Culture générale et expression", "mardi 13 mai 2025", "14 h – 18 h"],
    ["E2", "Langue vivante étrangère : anglais", "mercredi 14 mai 2025", "10 h – 12 h"],
    ["E4", "Conception préliminaire d'un système automatique", "jeudi 15 mai 2025", "8 h – 12 h"],
]
H2 = "2. Épreuves évaluées en contrôle en cours de formation"
CCF = ("Les sous-épreuves E31 (Mathématiques), E32 (Physique-chimie), E52 (Conception détaillée – prototypage) et E61 "
       "(Réalisation et maintenance) sont évaluées en CCF pour les candidats scolaires et apprentis ; les académies "
       "organisent, le cas échéant, les épreuves ponctuelles correspondantes.")
H3 = "3. Sous-épreuve E62 – Projet technique"
E62 = [
    "Le dossier de projet est transmis au centre d'interrogation désigné par l'académie au plus tard le lundi 26 mai 2025.",
    "Les soutenances ont lieu entre le lundi 2 et le vendredi 20 juin 2025, selon le calendrier arrêté par chaque académie.",
]
H4 = "4. Épreuve facultative"
EF = "L'épreuve facultative EF1 (langue vivante) est organisée par les académies pendant la période des oraux."
H5 = "5. Notes et résultats"
NOTES = [
    "Les académies transmettent les notes au service inter-académique au plus tard le vendredi 27 juin 2025.",
    "Les résultats sont publiés à compter du vendredi 4 juillet 2025.",
]
FERIES = "Les jours fériés du jeudi 29 mai 2025 (Ascension) et du lundi 9 juin 2025 (Pentecôte) sont exclus des périodes ci-dessus."
SIGNATURE = ["Pour la ministre et par délégation,", "la cheffe du bureau des diplômes de l'enseignement supérieur court,",
             "Hélène Castagnède"]
