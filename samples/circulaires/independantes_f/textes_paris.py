# -*- coding: utf-8 -*-
"""Texte du courriel fictif (imprimé) : BTS Gestion de la PME (GPME), académie de Paris, session 2027."""

STEM = "courriel_gpme_2027_paris"

IMPRESSION = "Messagerie académique – ac-paris.fr"
ENTETE = [
    ("De :", "DEC 5 – BTS tertiaires <ce.dec5-bts@ac-paris.fr>"),
    ("Envoyé :", "mardi 2 mars 2027 10:41"),
    ("À :", "Proviseurs des lycées publics et privés – sections GPME"),
    ("Cc :", "IA-IPR économie-gestion"),
    ("Objet :", "TR: BTS GPME – session 2027 – oraux, dossiers et calendrier"),
    ("Pièces jointes :", "calendrier_ecrits_GPME_2027.pdf ; liste_centres.xlsx"),
]
CORPS = [
    "Mesdames, Messieurs les Proviseurs,",
    ("Pour la session 2027 du BTS Gestion de la PME, les épreuves écrites E1, E2 et E3 suivent le calendrier "
     "national (voir PJ). L'épreuve écrite E6 « Soutenir le fonctionnement et le développement de la PME » "
     "aura lieu le mercredi 12 mai 2027 de 13h30 à 18h00."),
    "Je vous rappelle les échéances suivantes :",
]
LISTE = [
    ("Dépôt des dossiers E4 (tableaux de synthèse) : au plus tard le vendredi 26 mars 2027 à 12h, au lycée "
     "Jules Siegfried ;"),
    ("dossiers E5 (gestion des risques) à envoyer à la Maison des examens, 7 rue Ernest Renan, 94114 "
     "Arcueil Cedex, au plus tard le vendredi 2 avril 2027 à 17h00 ;"),
    ("contrôle de conformité des dossiers E4 et E5 : mercredi 7 avril 2027 de 9h à 12h au lycée Jules "
     "Siegfried ;"),
    "réunion d'entente des examinateurs E4 / E5 : mardi 25 mai 2027 à 14h30 (visioconférence) ;",
    "oraux E4 : du lundi 31 mai au jeudi 3 juin 2027 ;",
    "oraux E5 : du lundi 7 au mercredi 9 juin 2027 ;",
    "EF1 (langue vivante facultative) : vendredi 4 juin 2027 ;",
    "jury : lundi 28 juin 2027 à 14h ; publication des résultats : mercredi 30 juin 2027 à 15h.",
]
CENTRES_INTRO = "Centres d'oraux :"
CENTRES = [
    ("Lycée Jules Siegfried", "12 rue d'Abbeville", "75010 Paris"),
    ("Lycée Jean Lurçat", "48 avenue des Gobelins", "75013 Paris"),
    ("Lycée Paul Poiret", "19 rue des Taillandiers", "75011 Paris"),
]
FIN = [
    "Je vous remercie de bien vouloir diffuser ces informations aux équipes et aux candidats.",
    "Bien cordialement,",
    "Le bureau DEC 5",
    "Rectorat de Paris – Division des examens et concours",
]
MESSAGE_ORIGINE = [
    "-----Message d'origine-----",
    "De : Inspection économie-gestion",
    "Envoyé : mercredi 24 février 2027 16:02",
    "Objet : GPME 2027 – dates validées",
    "Les dates des oraux ont été validées par l'inspection. Merci de les diffuser.",
]
PIED_IMPRESSION = "https://messagerie.ac-paris.fr/owa/ – imprimé le 03/03/2027"
