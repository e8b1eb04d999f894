# -*- coding: utf-8 -*-
"""Fil de messagerie imprimé (fictif) : BTS CIEL, académie de Dijon, session 2028.
Le message récent corrige une date et une heure du message transféré."""

STEM = "circulaire_ciel_2028_dijon"

IMPRESSION = "Imprimé le 09/02/2028 à 11:03 – Messagerie académique (Zimbra)"
BANDEAU = "Messagerie – ac-dijon.fr"

RECENT = {
    "objet": "TR: BTS CIEL – Session 2028 – calendrier académique (rectificatif)",
    "de": "DEC 3 – Bureau des BTS <ce.dec3-bts@ac-dijon.fr>",
    "date": "mar. 08/02/2028 10:42",
    "pour": "Chefs d'établissement BTS CIEL <liste-bts-ciel@ac-dijon.fr>",
    "cc": "IA-IPR STI <ia-ipr.sti@ac-dijon.fr>",
    "corps": [
        "Mesdames, Messieurs,",
        "Une erreur s'est glissée dans le message ci-dessous du 1er février : la réunion d'entente des "
        "examinateurs de l'épreuve E5 se tiendra le jeudi 18 mai 2028 à 14 h, au lycée Gustave Eiffel, et non "
        "le jeudi 11 mai comme indiqué.",
        "Par ailleurs, le contrôle de conformité des dossiers E5 débutera à 9 h (et non à 14 h) ; la date du "
        "mercredi 5 avril 2028 est inchangée.",
        "Les autres éléments du calendrier restent valables. Merci de bien vouloir transmettre ce rectificatif "
        "à vos équipes.",
        "Cordialement,",
        "Le bureau DEC 3 – Division des examens et concours",
        "Rectorat de l'académie de Dijon – 2G, rue du Général Delaborde – 21000 Dijon",
    ],
}

ANCIEN = {
    "separateur": "-------- Message transféré --------",
    "objet": "BTS CIEL – Session 2028 – calendrier académique",
    "de": "DEC 3 – Bureau des BTS <ce.dec3-bts@ac-dijon.fr>",
    "date": "mardi 1 février 2028 16:05",
    "pour": "Chefs d'établissement BTS CIEL <liste-bts-ciel@ac-dijon.fr>",
    "corps": [
        ("p", "Mesdames et Messieurs les chefs d'établissement,"),
        ("p", "Veuillez trouver ci-dessous le calendrier de la session 2028 du BTS Cybersécurité, informatique "
              "et réseaux, électronique (CIEL), option A « informatique et réseaux », pour l'académie de Dijon."),
        ("h", "ÉPREUVES ÉCRITES (heure de début et durée – sortie autorisée après la première heure)"),
        ("li", "E1 Culture générale et expression : mardi 9 mai, 14 h, durée 4 h"),
        ("li", "E2 Anglais : mercredi 10 mai, 10 h, durée 2 h"),
        ("li", "E3 Mathématiques : mercredi 10 mai, 14 h, durée 2 h"),
        ("li", "E4 Étude et conception de réseaux informatiques : lundi 15 mai, 8 h 30, durée 4 h"),
        ("p", "Centres d'écrit :"),
        ("pre", "Lycée Hippolyte Fontaine – 20, boulevard Voltaire – 21000 Dijon"),
        ("pre", "Lycée Niépce-Balleure – 141, avenue Boucicaut – 71100 Chalon-sur-Saône"),
        ("pre", "Lycée Jules Renard – 11, boulevard Saint-Exupéry – 58000 Nevers"),
        ("h", "ÉPREUVE PRATIQUE E5 – Exploitation et maintenance de réseaux informatiques"),
        ("p", "Les candidats en forme ponctuelle seront convoqués au lycée Gustave Eiffel, 15, avenue Champollion, "
              "21000 Dijon, du mardi 30 mai au vendredi 2 juin 2028."),
        ("p", "Les dossiers techniques E5 sont à déposer sur la plateforme académique au plus tard le vendredi "
              "24 mars 2028 à 17 h."),
        ("p", "Contrôle de conformité : mercredi 5 avril 2028, 14 h, lycée Gustave Eiffel."),
        ("p", "Réunion d'entente des examinateurs E5 : jeudi 11 mai 2028, 14 h."),
        ("h", "ÉPREUVE E6 – Valorisation de la donnée et cybersécurité"),
        ("p", "Évaluée exclusivement en CCF dans les établissements de formation ; aucune convocation."),
        ("h", "ÉPREUVE FACULTATIVE"),
        ("p", "EF1 (langue vivante) : jeudi 1er juin 2028, lycée Hippolyte Fontaine."),
        ("h", "JURY ET RÉSULTATS"),
        ("p", "Jury de délibération : vendredi 23 juin 2028, 9 h, rectorat de Dijon."),
        ("p", "Résultats : mardi 27 juin 2028 à partir de 10 h sur le site de l'académie."),
        ("p", "Bien cordialement,"),
        ("p", "Pour le recteur et par délégation, la cheffe du bureau DEC 3, Sophie Nardin"),
    ],
}
