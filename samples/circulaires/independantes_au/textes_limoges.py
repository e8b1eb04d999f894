"""Circulaire académique BTS Comptabilité et gestion, académie de Limoges, session 2029 (fictive).
Texte brut : rendu tel quel dans le fichier .txt (lignes de 92 caractères au plus)."""

EN_TETE = """ACADEMIE DE LIMOGES
Rectorat - Division des examens et concours (DEC 2)
13 rue François-Chénieux - 87031 Limoges Cedex 1
"""

CORPS = [
    ("droite", "Limoges, le 19 janvier 2029"),
    ("bloc", "La rectrice de l'académie de Limoges\n\nà\n\nMesdames et Messieurs les proviseurs\nMesdames et Messieurs les directeurs de CFA\n\nDossier suivi par : M. Killian Peyrat - 05 55 11 43 27"),
    ("objet", "OBJET : BTS Comptabilité et gestion (CG) - session 2029 - organisation académique"),
    ("p", "REFERENCES : décret n° 2013-756 du 19 août 2013 ; arrêté du 29 mars 2019 portant définition et fixant "
          "les conditions de délivrance du brevet de technicien supérieur « Comptabilité et gestion » ; circulaire "
          "nationale d'organisation de la session 2029 du 6 décembre 2028."),
    ("p", "J'ai l'honneur de vous adresser les instructions relatives à l'organisation, dans l'académie de Limoges, "
          "de la session 2029 du BTS Comptabilité et gestion. Cette circulaire est diffusée uniquement sous forme "
          "électronique ; je vous invite à la transmettre aux professeurs des sections concernées et à l'afficher "
          "à l'intention des étudiants et apprentis."),

    ("h1", "1. PREPARATION DE LA SESSION"),
    ("h2", "1.1 Rappel du calendrier des inscriptions"),
    ("p", "Les inscriptions ont été reçues du 10 octobre au 15 novembre 2028. Les candidats sont formés au lycée "
          "Cabanis de Brive-la-Gaillarde, au lycée Turgot de Limoges et au CFA de la chambre de commerce et "
          "d'industrie de la Haute-Vienne : ces établissements ne sont pas centres d'examen et leurs candidats sont "
          "répartis dans les centres désignés ci-après."),
    ("h2", "1.2 Opérations à conduire par les établissements"),
    ("p", "a) Les chefs d'établissement adressent à la division des examens la liste des professeurs de "
          "comptabilité proposés comme examinateurs pour l'épreuve E6 avant le vendredi 9 mars 2029."),
    ("p", "b) Avant le 16 mars 2029, les centres d'épreuves vérifient la disponibilité et l'équipement des salles "
          "informatiques nécessaires à l'épreuve pratique E5. Il s'agit d'une vérification interne : aucun compte "
          "rendu n'est attendu, sauf difficulté à me signaler."),
    ("p", "c) Les dossiers de l'épreuve E6 - Parcours de professionnalisation sont déposés par les candidats au "
          "lycée Suzanne-Valadon au plus tard le mercredi 4 avril 2029 à 12 h. Le contrôle de conformité de ces "
          "dossiers aura lieu le mardi 10 avril 2029 à 14 h dans ce même lycée."),
    ("h2", "1.3 Jours fériés et vacances"),
    ("p", "Le lundi 2 avril 2029 (lundi de Pâques), les mardis 1er mai et 8 mai 2029, le jeudi 10 mai 2029 "
          "(Ascension) et le lundi 21 mai 2029 (Pentecôte) sont fériés. Les vacances de printemps de la zone A "
          "sont fixées du samedi 14 avril au lundi 30 avril 2029. Le vendredi 11 mai 2029 est un jour de pont sans "
          "épreuve."),

    ("h1", "2. EPREUVES ECRITES ET PRATIQUE"),
    ("p", "Les centres d'écrit sont : le lycée Gay-Lussac, 12 boulevard Georges-Périn, 87000 Limoges ; le lycée "
          "Edmond-Perrier, 6 avenue Henri-de-Bournazel, 19000 Tulle ; le lycée Jean-Favard, 27 route de Courtille, "
          "23000 Guéret."),
    ("p", "a) E1 - Culture générale et expression : lundi 14 mai 2029, de 14 h à 18 h."),
    ("p", "b) E3 - Culture économique, juridique et managériale : mardi 15 mai 2029, de 14 h à 18 h."),
    ("p", "c) E4 - Traitement et contrôle des opérations comptables, fiscales et sociales : mercredi 16 mai 2029, "
          "de 9 h à 13 h 30."),
    ("p", "d) E5 - Situations de contrôle de gestion et d'analyse financière : cette épreuve pratique se déroule "
          "sur poste informatique au lycée Gay-Lussac pour les candidats de la Haute-Vienne et de la Creuse, et au "
          "lycée Edmond-Perrier pour ceux de la Corrèze ; selon leur convocation, les candidats sont appelés le "
          "jeudi 17 mai ou le vendredi 18 mai 2029."),
    ("p", "Pour comparaison, lors de la session 2028, l'épreuve E5 s'était tenue le jeudi 18 mai 2028 sur une seule "
          "journée ; le dédoublement de cette année répond à l'augmentation du nombre de candidats."),
    ("p", "Une commission d'entente des correcteurs de l'épreuve E4 se réunira le mardi 22 mai 2029 à 9 h au "
          "lycée Gay-Lussac. La correction des copies des épreuves E3 et E4 se déroulera du mardi 22 mai au lundi "
          "4 juin 2029."),

    ("h1", "3. EPREUVES ORALES"),
    ("p", "Les épreuves orales sont organisées au lycée Suzanne-Valadon, 39 rue François-Perrin, 87000 Limoges."),
    ("p", "a) L'épreuve E6 se déroulera du mardi 22 mai au vendredi 25 mai 2029."),
    ("p", "b) L'épreuve E2 - Langue vivante étrangère A se déroulera du lundi 28 mai au mercredi 30 mai 2029."),
    ("p", "c) L'épreuve facultative EF1 - Langue vivante étrangère B aura lieu le jeudi 31 mai 2029."),
    ("p", "Les examinateurs recevront leur convocation par courrier électronique. Les candidats sont convoqués "
          "individuellement par le service en ligne."),

    ("h1", "4. FIN DE SESSION"),
    ("p", "Les livrets scolaires sont transmis à la division des examens au plus tard le vendredi 1er juin 2029."),
    ("p", "Le jury de délibération se tiendra le mercredi 27 juin 2029 à 9 h au rectorat de Limoges. Les "
          "résultats seront publiés le vendredi 29 juin 2029 à 10 h. Les demandes de communication de copies "
          "pourront être formulées à partir du mardi 3 juillet 2029."),
    ("p", "Je vous remercie de votre collaboration."),
    ("signature", "Pour la rectrice et par délégation,\nle secrétaire général,\n\nBenoît Lachaud-Reix"),
]
