"""Circulaire académique BTS Gestion de la PME, académie de Besançon, session 2027 (fictive). Prose seule."""

EN_TETE = [
    "Région académique Bourgogne-Franche-Comté",
    "ACADÉMIE DE BESANÇON",
    "Division des examens et concours – Pôle des examens post-baccalauréat",
]

CORPS = [
    ("droite", "Besançon, le 4 février 2027"),
    ("droite", "Le recteur de l'académie de Besançon\n\nà\n\nMesdames et Messieurs les chefs d'établissement\ndes lycées publics et privés sous contrat préparant au BTS GPME\nMesdames et Messieurs les directeurs de CFA et d'organismes de formation"),
    ("p", "Dossier suivi par : M. Alexis Vuillemin, chef de bureau – 03 81 65 47 12 – dec-bts@ac-besancon.example"),
    ("objet", "Objet : BTS Gestion de la PME (GPME) – instructions d'organisation de la session 2027"),
    ("p", "Textes de référence : décret n° 2013-756 du 19 août 2013 modifié ; arrêté du 8 mars 2018 portant définition "
          "et fixant les conditions de délivrance du brevet de technicien supérieur « Gestion de la PME » ; circulaire "
          "nationale d'organisation du 14 décembre 2026 ; charte des examens et concours du 15 janvier 2007."),
    ("p", "La présente circulaire fixe, pour l'académie de Besançon, le déroulement de la session 2027 du BTS Gestion de "
          "la PME. Elle complète la circulaire nationale citée en référence, à laquelle il convient de se reporter pour "
          "la définition des épreuves, la composition des dossiers et les grilles d'évaluation. Les établissements "
          "voudront bien en assurer la plus large diffusion auprès des équipes pédagogiques et des candidats."),

    ("h1", "1. Préparation de la session"),
    ("h2", "1.1 Rappels sur les inscriptions"),
    ("p", "La période d'inscription, ouverte du 12 octobre au 17 novembre 2026, est close. Les confirmations "
          "d'inscription ont été retournées signées par les candidats et aucune modification d'épreuve facultative "
          "n'est désormais possible. Les candidats sont préparés dans l'académie par les sections du lycée Saint-Paul "
          "de Besançon, du lycée Jules-Grévy de Poligny et du CFA interprofessionnel de Dole ; ces établissements "
          "de formation ne sont pas centres d'épreuves pour cette session."),
    ("h2", "1.2 Opérations préalables à la charge des établissements"),
    ("p", "Il convient de distinguer les vérifications que chaque établissement conduit pour son propre compte des "
          "envois attendus par mes services."),
    ("p", "a) Avant le lundi 15 mars 2027, les centres de formation vérifient avec leurs étudiants que le numéro de "
          "candidat figure en première page de chaque fiche de situation professionnelle et que les annexes sont "
          "paginées. Cette vérification est interne à l'établissement : aucun document n'est à me retourner."),
    ("p", "b) Avant le vendredi 19 mars 2027, les chefs des centres d'écrit retournent à la division des examens la "
          "liste nominative des surveillants qu'ils ont désignés, établie à partir des propositions des établissements "
          "d'origine."),
    ("p", "c) Les candidats déposent le dossier de l'épreuve E4 sur la plateforme académique au plus tard le mercredi "
          "31 mars 2027 à 12 h, et le dossier de l'épreuve E5 au plus tard le vendredi 2 avril 2027 à 16 h. Aucun "
          "dépôt n'est accepté au-delà de ces échéances, la plateforme étant alors fermée automatiquement."),
    ("p", "d) La commission de contrôle de conformité des dossiers des épreuves E4 et E5 siégera le jeudi 8 avril 2027 à "
          "9 h, au lycée Jules-Haag, 1 rue Labbé, 25000 Besançon. Les candidats dont le dossier est déclaré non conforme "
          "en sont informés par écrit avant les congés de printemps, qui débutent le samedi 10 avril 2027 et s'achèvent "
          "le lundi 26 avril 2027."),

    ("h1", "2. Épreuves écrites"),
    ("p", "Les épreuves écrites se déroulent dans trois centres : le lycée Louis-Pergaud, 91 boulevard Blum, "
          "25000 Besançon ; le lycée Georges-Cuvier, 1 place Joffre, 25200 Montbéliard ; le lycée Lumière, "
          "33 ter rue du Général-Leclerc, 70300 Luxeuil-les-Bains. Chaque candidat est affecté au centre le plus proche "
          "de son établissement de formation ; les candidats individuels composent à Besançon."),
    ("h2", "2.1 Dates et horaires"),
    ("p", "L'épreuve E1 – Culture générale et expression aura lieu le lundi 10 mai 2027 de 14 h à 18 h. L'épreuve E3 – "
          "Culture économique, juridique et managériale se tiendra le lendemain, mardi 11 mai 2027, de 9 h à 13 h. "
          "L'épreuve E7 – Soutenir le fonctionnement et le développement de la PME est fixée au mercredi 12 mai 2027 "
          "de 13 h 30 à 18 h, et l'épreuve E6 – Gérer le personnel et contribuer à la gestion des ressources humaines "
          "de la PME au jeudi 13 mai 2027 de 14 h à 16 h 30."),
    ("p", "Le calendrier tient compte du jeudi 6 mai 2027, jour de l'Ascension, et du vendredi 7 mai 2027, où les "
          "établissements ne sont pas ouverts aux épreuves ; les samedis 1er mai et 8 mai 2027 sont fériés sans "
          "incidence sur la session. Je rappelle qu'en 2026 les oraux de l'épreuve E4 avaient commencé dès le lundi "
          "11 mai 2026 ; ils sont cette année reportés après les écrits."),
    ("h2", "2.2 Correction"),
    ("p", "Une réunion d'entente des correcteurs de l'épreuve E7 se tiendra le vendredi 14 mai 2027 à 9 h au lycée "
          "Louis-Pergaud. Les copies des épreuves E3, E6 et E7, numérisées par les centres, seront corrigées à l'écran "
          "du vendredi 14 mai au mercredi 26 mai 2027 ; les correcteurs reçoivent leurs lots dans l'application dédiée "
          "et saisissent les notes au fil de la correction."),

    ("h1", "3. Épreuves orales"),
    ("p", "Les épreuves orales E4 et E5 se déroulent au lycée Jules-Haag de Besançon ; les épreuves de langue "
          "se déroulent au lycée Georges-Cuvier de Montbéliard. Le lundi 17 mai 2027, lundi de Pentecôte, aucune "
          "interrogation n'est organisée."),
    ("p", "a) L'épreuve E4 – Gérer la relation avec les clients et les fournisseurs de la PME est organisée du "
          "mardi 18 mai au mardi 25 mai 2027."),
    ("p", "b) L'épreuve E5 – Participer à la gestion des risques de la PME est organisée du mercredi 26 mai au "
          "vendredi 28 mai 2027."),
    ("p", "c) L'épreuve E2 – Communication en langue vivante étrangère se déroule du lundi 31 mai au mercredi "
          "2 juin 2027."),
    ("p", "d) L'épreuve facultative EF1 de langue vivante est fixée au jeudi 3 juin 2027."),
    ("p", "L'unité facultative EF2 – Engagement étudiant ne donne lieu à aucune interrogation dans l'académie : elle "
          "est appréciée par le jury au vu de l'attestation et du bilan joints au livret scolaire."),

    ("h1", "4. Fin de session"),
    ("h2", "4.1 Livrets scolaires"),
    ("p", "Les livrets scolaires des candidats, complétés et signés, sont transmis à la division des examens au plus "
          "tard le vendredi 4 juin 2027. Ils comportent, le cas échéant, l'attestation relative à l'unité EF2."),
    ("h2", "4.2 Délibérations et résultats"),
    ("p", "Le jury de délibération se réunira le mardi 29 juin 2027 à 14 h, au rectorat de Besançon, 10 rue de la "
          "Convention. Les résultats seront publiés le vendredi 2 juillet 2027 à 9 h. Les candidats pourront demander "
          "communication de leurs copies à compter du lundi 5 juillet 2027."),
    ("h2", "4.3 Contacts"),
    ("p", "Pour toute question relative à la présente circulaire, vous voudrez bien vous adresser au pôle des examens "
          "post-baccalauréat. Je sais pouvoir compter sur votre concours pour le bon déroulement de cette session."),
    ("signature", "Pour le recteur et par délégation,\nLa cheffe de la division des examens et concours,\n\nÉmilie Grandjacquet"),
]
