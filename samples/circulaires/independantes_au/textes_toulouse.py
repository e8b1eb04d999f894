"""Circulaire académique BTS Professions immobilières, académie de Toulouse, session 2028 (fictive).
Prose seule, paragraphes justifiés (reportlab)."""

EN_TETE = ["ACADÉMIE DE TOULOUSE", "Rectorat – Division des examens et concours", "Bureau DEC 5 – Brevets de technicien supérieur",
           "CS 87703 – 31077 Toulouse Cedex 4"]

CORPS = [
    ("droite", "Toulouse, le 27 janvier 2028"),
    ("droite", "Le recteur de la région académique Occitanie,\nrecteur de l'académie de Toulouse,\nà\nMesdames et Messieurs les chefs d'établissement,\nMesdames et Messieurs les directeurs de centres de formation"),
    ("objet", "Objet : brevet de technicien supérieur Professions immobilières (PI) – organisation de la session 2028"),
    ("p", "Références : décret n° 2013-756 du 19 août 2013 ; arrêté du 16 février 2012 portant définition et fixant les "
          "conditions de délivrance du BTS Professions immobilières ; circulaire nationale d'organisation du "
          "11 décembre 2027. Affaire suivie par Mme Nadège Castaing, bureau DEC 5, téléphone 05 36 25 71 08."),
    ("p", "La présente circulaire a pour objet de préciser les conditions dans lesquelles se déroulera, dans l'académie "
          "de Toulouse, la session 2028 du BTS Professions immobilières. Elle s'adresse à l'ensemble des établissements "
          "qui présentent des candidats, quel que soit leur statut, et doit être communiquée sans délai aux équipes "
          "pédagogiques. L'académie de Toulouse organise cet examen pour ses seuls candidats."),

    ("h1", "1. Cadre général de la session"),
    ("h2", "1.1 Effectifs et inscriptions"),
    ("p", "À l'issue de la période d'inscription, qui s'est déroulée du 11 octobre au 16 novembre 2027, 287 candidats "
          "sont inscrits à la session 2028. Ils sont préparés dans les sections de technicien supérieur du lycée "
          "Jean-Dupuy de Tarbes, du lycée Lapérouse d'Albi et du lycée Rive-Gauche de Toulouse, ainsi que par deux "
          "organismes privés ; seuls les lycées désignés aux points 2 et 3 ci-dessous accueillent des épreuves, et le lycée Rive-Gauche au seul titre de centre d'oral."),
    ("h2", "1.2 Jours fériés et congés"),
    ("p", "Les congés de printemps de la zone C s'étendent du samedi 15 avril au dimanche 30 avril 2028. Les lundis "
          "1er mai et 8 mai 2028 sont fériés, ainsi que le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 "
          "(Pentecôte). Le calendrier ci-après a été arrêté en conséquence ; aucune convocation ne peut être établie "
          "pour ces journées."),
    ("h2", "1.3 Vérifications préalables"),
    ("p", "Avant le 10 mars 2028, les équipes pédagogiques s'assurent que chaque candidat dispose des attestations de "
          "stage exigées par le règlement d'examen. Cette vérification, menée dans l'établissement, ne donne lieu à "
          "aucune transmission ; seuls les dossiers définitifs sont adressés au centre d'interrogation, dans les "
          "conditions fixées au point 3.1."),

    ("h1", "2. Épreuves écrites"),
    ("p", "Les épreuves écrites sont organisées au lycée Ozenne, 9 rue Merly, 31000 Toulouse, au lycée Antoine-Bourdelle, "
          "3 boulevard Edouard-Herriot, 82000 Montauban, et au lycée Champollion, 13 avenue Fernand-Pezet, 46100 Figeac. "
          "Les candidats se présentent une demi-heure avant le début de chaque épreuve, munis de leur convocation et "
          "d'une pièce d'identité."),
    ("p", "a) L'épreuve E1 – Culture générale et expression se déroulera le mardi 16 mai 2028, de 14 h à 18 h."),
    ("p", "b) L'épreuve E3 – Conseil en ingénierie de l'immobilier se déroulera le mercredi 17 mai 2028, de 9 h à 13 h."),
    ("p", "c) L'épreuve E5 – Techniques immobilières comporte deux sous-épreuves. La sous-épreuve E52 – Gestion "
          "immobilière est écrite : elle aura lieu le jeudi 18 mai 2028, de 14 h à 18 h. La sous-épreuve E51 – "
          "Transaction immobilière est orale et relève du point 3."),
    ("p", "À titre de comparaison, la session 2027 avait vu l'épreuve E3 se tenir le mardi 18 mai 2027 ; le décalage "
          "d'un jour permet cette année de regrouper les trois écrits sur une seule semaine."),
    ("p", "L'épreuve E2 – Langue vivante étrangère est évaluée en contrôle en cours de formation pour tous les candidats "
          "de l'académie ; elle n'est pas convoquée. Les établissements conservent les documents d'évaluation à la "
          "disposition du jury."),

    ("h1", "3. Épreuves orales"),
    ("h2", "3.1 Dossier de l'épreuve E6"),
    ("p", "L'épreuve E6 – Conduite et présentation d'activités professionnelles s'appuie sur un dossier que le candidat "
          "adresse au lycée Rive-Gauche, avenue Jean-Baylet, 31300 Toulouse, centre d'interrogation unique, au plus "
          "tard le lundi 3 avril 2028, le cachet de la poste faisant foi. La commission de contrôle de conformité des "
          "dossiers de l'épreuve E6 se réunira dans ce lycée le mercredi 12 avril 2028 à 14 h."),
    ("h2", "3.2 Périodes d'interrogation"),
    ("p", "Toutes les épreuves orales se déroulent au lycée Rive-Gauche. La sous-épreuve E51 – Transaction immobilière "
          "aura lieu du lundi 22 mai au mercredi 24 mai 2028. L'épreuve E4 – Communication professionnelle en français "
          "et en langue étrangère aura lieu du lundi 29 mai au jeudi 1er juin 2028 ; au cours de cette période, "
          "l'épreuve facultative EF1 est fixée au mercredi 31 mai 2028 à partir de 13 h 30. L'épreuve E6 aura lieu du "
          "mardi 6 juin au vendredi 9 juin 2028."),
    ("p", "Pour mémoire, en 2027, les oraux de l'épreuve E6 s'étaient achevés le vendredi 11 juin 2027 ; l'avancement "
          "du calendrier vise à permettre la tenue de la réunion d'harmonisation avant la remontée des notes."),
    ("h2", "3.3 Harmonisation et transmission des notes"),
    ("p", "Une réunion d'harmonisation des notes des épreuves orales se tiendra le lundi 12 juin 2028 à 10 h au lycée "
          "Rive-Gauche. À l'issue de cette réunion, le chef de centre transmet à la division des examens les bordereaux "
          "de notation signés au plus tard le mardi 13 juin 2028 à 12 h."),

    ("h1", "4. Délibérations et résultats"),
    ("p", "Le jury se réunira le mercredi 28 juin 2028 à 9 h au rectorat de Toulouse. Les résultats seront affichés et "
          "mis en ligne le vendredi 30 juin 2028 à 14 h. Les relevés de notes seront consultables en ligne et la "
          "communication des copies pourra être demandée à compter du lundi 3 juillet 2028. Les diplômes seront "
          "adressés aux établissements au cours du premier trimestre de l'année scolaire suivante."),
    ("p", "Je vous remercie de l'attention que vous porterez à l'application de ces dispositions."),
    ("signature", "Pour le recteur et par délégation,\nle chef de la division des examens et concours,\n\nRomain Espitalier"),
]
