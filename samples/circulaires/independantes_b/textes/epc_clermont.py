"""BTS Europlastics et composites, académie de Clermont-Ferrand, session 2028 — circulaire dont le
calendrier est entièrement rédigé (aucun tableau), avec annexe d'attestation à dates en blanc.
Produit en HTML puis converti en PDF par LibreOffice."""

ENTETE = ["Académie de Clermont-Ferrand", "Rectorat", "Division des examens et concours – DEC 3"]
LIEU_DATE = "Clermont-Ferrand, le 7 février 2028"
EXPEDITEUR = "Le recteur de l'académie de Clermont-Ferrand, chancelier des universités"
DESTINATAIRES = "à Mesdames et Messieurs les chefs d'établissement et directeurs de centres de formation d'apprentis"
OBJET = "Objet : BTS Europlastics et composites (EPC) – session 2028 – organisation des épreuves"
REFERENCE = ("Référence : arrêté du 10 mars 2016 portant définition et fixant les conditions de "
             "délivrance du brevet de technicien supérieur « Europlastics et composites ».")

SECTIONS = [
    (None, [
        "La présente circulaire fixe l'organisation de la session 2028 du BTS Europlastics et "
        "composites dans l'académie de Clermont-Ferrand. Le calendrier reprend l'économie générale "
        "de celui de la session 2027, dont le jury s'était réuni le jeudi 1er juillet 2027 ; "
        "quelques échéances ont toutefois été avancées afin de tenir compte du pont de l'Ascension.",
    ]),
    ("1. Les épreuves écrites", [
        "Les épreuves écrites se dérouleront au lycée Lafayette, 21 boulevard Robert Schuman, à "
        "Clermont-Ferrand. Elles débuteront le lundi 15 mai 2028 par l'épreuve E1 (culture générale "
        "et expression), de 14 h à 18 h.",
        "Le lendemain, mardi 16 mai 2028, les candidats composeront en anglais (épreuve E2) de 10 h "
        "à 12 h, puis en mathématiques (sous-épreuve E31) de 14 h à 16 h. La sous-épreuve E32 "
        "(physique-chimie) est évaluée en contrôle en cours de formation.",
        "L'épreuve E4 (conception et industrialisation) aura lieu le mercredi 17 mai 2028, de 13 h 30 "
        "à 17 h 30. Les correcteurs de cette épreuve sont convoqués à une réunion d'entente le lundi "
        "22 mai 2028 à 9 h 30 au lycée Lafayette ; la correction se déroulera sur place, du lundi "
        "22 mai au mercredi 24 mai 2028.",
        "Nous rappelons que le jeudi 25 mai 2028 (Ascension) est un jour férié et que les "
        "établissements seront fermés le vendredi 26 mai 2028 : aucune épreuve ni aucune commission "
        "n'est programmée ces deux jours.",
    ]),
    ("2. Les épreuves pratiques et orales", [
        "L'épreuve pratique E51 (production en atelier) se déroulera au lycée Paul Constans, rue "
        "Christophe Thivrier, à Montluçon, du lundi 29 mai au mercredi 31 mai 2028. Chaque candidat "
        "est convoqué pour une journée. Le dossier de production, visé par le professeur responsable, "
        "doit parvenir au lycée Paul Constans au plus tard le mardi 2 mai 2028 à 12 h.",
        "La soutenance du projet industriel (épreuve E6) aura lieu du mardi 6 juin au jeudi 8 juin "
        "2028 au lycée Lafayette, le lundi 5 juin 2028 étant le lundi de Pentecôte.",
        "Les dossiers de projet E6 seront déposés au secrétariat du lycée Lafayette au plus tard le "
        "vendredi 12 mai 2028 à 12 h. Le chef d'établissement transmettra la liste des dossiers "
        "déposés à la DEC 3 le même jour à 17 h au plus tard, accompagnée de l'attestation figurant "
        "en annexe.",
        "La commission de contrôle de conformité des dossiers E6 se réunira le jeudi 18 mai 2028 à "
        "14 h au rectorat. Nous invitons les équipes à faire finaliser les dossiers avant les vacances "
        "de printemps, qui s'étendent du samedi 8 avril au lundi 24 avril 2028 au matin.",
    ]),
    ("3. Contrôle en cours de formation et livrets scolaires", [
        "Les notes de contrôle en cours de formation des épreuves E32 et E52 seront saisies dans "
        "l'application nationale au plus tard le vendredi 2 juin 2028 ; les livrets scolaires seront "
        "transmis au lycée Lafayette le même jour.",
    ]),
    ("4. Délibérations et résultats", [
        "Le jury de délibération se réunira le mercredi 28 juin 2028 à 9 h au lycée Lafayette. Les "
        "résultats seront consultables le jeudi 29 juin 2028 à partir de 14 h.",
        "Je vous remercie de votre collaboration et de l'attention que vous porterez au respect de "
        "ces échéances.",
    ]),
]
SIGNATURE = ["Pour le recteur et par délégation,", "le chef de la division des examens et concours", "Thierry Vialatte"]

ANNEXE_TITRE = "ANNEXE – Attestation de dépôt des dossiers de projet (épreuve E6)"
ANNEXE = [
    "Je soussigné(e) ………………………, chef d'établissement du ………………………,",
    "atteste que ……… dossiers de projet E6 ont été déposés le …/…/20… à … h ….",
    "Liste nominative des candidats jointe : oui / non",
    "Fait à ……………………………, le …/…/20…",
    "Signature et cachet de l'établissement",
]
