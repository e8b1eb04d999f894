"""Texts of the independent circulars, written by hand for this corpus (see README.md).

Every document is a dict: stem, source ("docx" or "html"), scan (None or a degradation kind),
header / footer lines (letterhead) and blocks:
  P(text)    paragraph ('\\n' = line break, '**x**' = bold)
  H(text)    heading line
  T(rows)    table; a cell "^" is merged with the cell above, "<" with the cell on the left;
             border=False gives a borderless Word table; head = number of header rows
  BR()       page break
"""


def P(text, **kw):
    return {"k": "p", "text": text, **kw}


def H(text, **kw):
    return {"k": "h", "text": text, **kw}


def T(rows, **kw):
    return {"k": "t", "rows": rows, **kw}


def BR():
    return {"k": "br"}


VU = "Rappel : en application de l'arrêté du 22 juillet 2008 relatif aux dossiers support des épreuves, " \
     "le dossier est déclaré non conforme en cas d'absence de dépôt, de dépôt hors délai, de durée de stage " \
     "insuffisante ou de documents non visés ou non signés par les personnes habilitées."

DOCUMENTS = []


# =====================================================================================================
# 1. SP3S 2026 — note nationale de la DGESIP (no single académie), hours per territory
# =====================================================================================================
_sp3s_cal = [
    ["Épreuve", "Intitulé", "Durée", "Date", "Métropole, Corse\n(heure de Paris)", "Guadeloupe,\nMartinique",
     "Guyane", "La Réunion", "Mayotte", "Nouvelle-Calédonie,\nPolynésie française"],
    ["ÉPREUVES ET SOUS-ÉPREUVES ÉCRITES", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
    ["E6", "Techniques de gestion administrative et financière", "3 h", "Lundi 11 mai 2026",
     "9h30 – 12h30", "13h30 – 16h30\n(sujet spécifique)", "14h30 – 17h30\n(sujet spécifique)", "11h30 – 14h30",
     "10h30 – 13h30",
     "Session organisée selon le calendrier arrêté par chaque vice-rectorat (sujets de secours)"],
    ["E1", "Culture générale et expression\n(sujet national commun aux BTS)", "4 h", "^",
     "14h00 – 18h00\n(pas de sortie avant la fin de la 1re heure)", "8h00 – 12h00", "9h00 – 13h00",
     "16h00 – 20h00", "15h00 – 19h00", "^"],
    ["E3", "Publics et institutions du secteur sanitaire et social", "3 h 30", "Mardi 12 mai 2026",
     "14h00 – 17h30", "8h00 – 11h30", "9h00 – 12h30", "16h00 – 19h30", "15h00 – 18h30", "^"],
    ["E5-A", "Conduite de projet\n1ère partie – écrit", "3 h", "Mercredi 13 mai 2026",
     "9h30 – 12h30", "7h30 – 10h30\n(sujet spécifique)", "8h30 – 11h30\n(sujet spécifique)", "11h30 – 14h30",
     "10h30 – 13h30", "^"],
    ["ÉPREUVES ORALES", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
    ["E2", "Langue vivante étrangère : anglais", "20 min", "Épreuve orale laissée à l'initiative des recteurs",
     "<", "<", "<", "<", "<", "<"],
    ["E4", "Techniques de l'information et de la communication professionnelle", "40 min",
     "Période nationale d'interrogation : du lundi 1er juin au vendredi 19 juin 2026", "<", "<", "<", "<", "<", "<"],
    ["E5-B", "Conduite de projet\n2e partie – oral", "30 min", "^", "^", "^", "^", "^", "^", "^"],
    ["EF1", "Langue vivante étrangère 2 (épreuve facultative)", "20 min",
     "Autres épreuves orales laissées à l'initiative des recteurs", "<", "<", "<", "<", "<", "<"],
]

DOCUMENTS.append({
    "stem": "bts_sp3s_2026_note_nationale",
    "source": "docx",
    "scan": "gris300",
    "title": "BTS SP3S session 2026 - note nationale",
    "header": ["MINISTÈRE DE L'ENSEIGNEMENT SUPÉRIEUR ET DE LA RECHERCHE",
               "Direction générale de l'enseignement supérieur et de l'insertion professionnelle",
               "Service de la stratégie des formations et de la vie étudiante – DGESIP A1-2"],
    "footer": ["1, rue Descartes – 75231 Paris cedex 05 – www.enseignementsup-recherche.gouv.fr"],
    "blocks": [
        P("Liberté\nÉgalité\nFraternité", i=True, size=8),
        P("Paris, le 19 janvier 2026", align="r"),
        P("La ministre de l'enseignement supérieur et de la recherche\n\nà\n\n"
          "Mesdames et Messieurs les recteurs et rectrices d'académie\n"
          "Divisions des examens et concours\n"
          "Messieurs les vice-recteurs de Mayotte, de la Nouvelle-Calédonie et de la Polynésie française\n"
          "Copie : Mesdames et Messieurs les inspecteurs d'académie – inspecteurs pédagogiques régionaux",
          align="r"),
        P("**Objet :** Brevet de technicien supérieur « Services et prestations des secteurs sanitaire et social » "
          "(SP3S) – organisation de la session 2026."),
        P("**Références :** décret n° 2013-756 du 19 août 2013 modifié portant règlement général du brevet de "
          "technicien supérieur ; arrêté du 8 avril 2022 portant définition et fixant les conditions de délivrance "
          "du BTS SP3S ; note de service du 2 octobre 2025 fixant le calendrier des épreuves écrites des BTS pour la "
          "session 2026."),
        P("Le calendrier national des épreuves écrites du BTS SP3S, ainsi que les périodes nationales "
          "d'interrogation des épreuves orales, sont fixés par la présente note. Ils s'imposent à l'ensemble des "
          "académies et des services des examens, y compris pour les candidats relevant de la formation "
          "professionnelle continue et de l'enseignement à distance.", align="j"),
        P("Je vous remercie de bien vouloir en assurer une large diffusion auprès des établissements de votre "
          "académie et des candidats individuels.", align="j"),
        H("1. Calendrier des épreuves"),
        P("Les horaires indiqués dans chaque colonne sont exprimés en heure locale. Les candidats ne sont pas "
          "autorisés à quitter définitivement la salle avant la fin de la première heure de composition, quelle que "
          "soit la durée de l'épreuve.", align="j"),
        T(_sp3s_cal, widths=[1.2, 3.2, 1.1, 2.0, 2.0, 1.8, 1.7, 1.6, 1.6, 2.3], size=7),
        P("Le jeudi 14 mai 2026 (Ascension) est férié. Aucune épreuve n'est organisée le vendredi 15 mai 2026.",
          i=True, size=9),
        P("Pour mémoire, lors de la session 2025, l'épreuve E1 avait été organisée le lundi 12 mai 2025 ; le "
          "maintien de cette épreuve en début de semaine répond à la demande exprimée par les académies "
          "ultramarines.", i=True, size=9),
        H("2. Épreuves orales et dossiers support"),
        P("Les épreuves E4 et E5-B reposent sur un dossier élaboré par le candidat. Les dossiers sont téléversés "
          "par les candidats dans leur espace Cyclades ; la date limite nationale de dépôt est fixée au "
          "**vendredi 3 avril 2026 à 23h59** (heure de Paris). Au-delà de cette date, l'application est fermée et "
          "aucun dépôt n'est plus possible.", align="j"),
        P("Les commissions académiques de contrôle de conformité des dossiers se réuniront entre le lundi 13 et le "
          "vendredi 17 avril 2026. Les décisions de non-conformité sont notifiées aux candidats par le recteur de "
          "l'académie d'inscription.", align="j"),
        P(VU, align="j", size=9),
        P("Les interrogations des épreuves E4 et E5-B ont lieu dans la période nationale rappelée au tableau "
          "ci-dessus, selon un calendrier que chaque académie arrête et communique aux centres. L'épreuve E2 et "
          "l'épreuve facultative EF1 sont organisées à l'initiative des recteurs ; pour les candidats scolaires "
          "des établissements publics et privés sous contrat, E2 est évaluée en contrôle en cours de formation.",
          align="j"),
        H("3. Harmonisation et corrections"),
        P("Une réunion nationale d'harmonisation des corrections de l'épreuve E3 se tiendra en visioconférence le "
          "mercredi 20 mai 2026 de 10h00 à 12h00. Les professeurs coordonnateurs de la sous-épreuve E5-A sont "
          "conviés à une réunion d'entente le jeudi 21 mai 2026 à 14h00, également à distance.", align="j"),
        P("Les copies des épreuves écrites sont numérisées dans les centres d'épreuves et corrigées de manière "
          "dématérialisée du mardi 26 mai au vendredi 5 juin 2026.", align="j"),
        H("4. Délibérations et résultats"),
        P("Les jurys académiques de délibération se réuniront au plus tard le vendredi 26 juin 2026. La "
          "publication des résultats interviendra dans toutes les académies à compter du lundi 29 juin 2026.",
          align="j"),
        P("Les modalités propres aux épreuves de contrôle feront l'objet d'une note complémentaire.", align="j"),
        P("Pour la ministre et par délégation,\nLa cheffe du service de la stratégie des formations\net de la vie "
          "étudiante\n\nHélène MARCHETTI", align="r"),
    ],
})


# =====================================================================================================
# 2. Opticien-lunetier 2027 — circulaire nationale, académie pilote Versailles; dotted codes
# =====================================================================================================
_ol_cal = [
    ["Épreuves", "Unité", "Nature", "Durée", "Date", "Horaires\n(heure de Paris)"],
    ["ÉPREUVES ÉCRITES", "<", "<", "<", "<", "<"],
    ["E1 – Culture générale et expression", "U1", "écrite", "4 h", "Lundi 10 mai 2027", "14h00 – 18h00"],
    ["E.3 – Mathématiques", "U3", "écrite", "2 h", "Mardi 11 mai 2027", "10h00 – 12h00"],
    ["E.6 – Environnement économique, juridique et management de l'entreprise d'optique", "U6", "écrite",
     "3 h", "^", "14h00 – 17h00"],
    ["E.4.1 – Étude technique des systèmes optiques", "U41", "écrite", "3 h", "Mercredi 12 mai 2027",
     "9h00 – 12h00"],
    ["ÉPREUVES PRATIQUES ET ORALES", "<", "<", "<", "<", "<"],
    ["E.4.2 – Réalisation et contrôle d'un équipement", "U42", "pratique", "4 h", "18/05 au 20/05/2027",
     "8h00 – 12h00 ou 13h30 – 17h30 selon convocation"],
    ["E.5.1 – Examen de vue et adaptation", "U51", "pratique", "2 h",
     "du mardi 25 au vendredi 28 mai 2027", "selon convocation"],
    ["E.5.2 – Contactologie", "U52", "pratique", "1 h 30", "^", "^"],
    ["E2 – Anglais", "U2", "orale", "20 min", "Laissée à l'initiative des recteurs", "<"],
    ["EF1 – Langue vivante 2 (facultative)", "UF1", "orale", "20 min", "Laissée à l'initiative des recteurs", "<"],
]

_ol_centres = [
    ["Lycée Victor Bérard\nService des examens – pôle optique\n35, quai Aimé Lamy\nBP 50110\n39403 MOREZ CEDEX",
     "Académies de Besançon, Dijon, Grenoble, Lyon, Clermont-Ferrand"],
    ["Lycée Fresnel\n31, boulevard Pasteur\n75015 PARIS",
     "Académies de Paris, Créteil, Amiens, Lille, Reims"],
    ["Lycée Jules-Ferry\n29, rue du Maréchal Joffre\n78000 VERSAILLES",
     "Académies de Versailles, Normandie, Orléans-Tours, Rennes, Nantes"],
    ["Lycée La Martinière Diderot\nsite Diderot\n18, place Gabriel Rambaud\nCS 10101\n69283 LYON CEDEX 01",
     "Académies d'Aix-Marseille, Nice, Montpellier, Toulouse, Bordeaux, Poitiers, Limoges, Corse"],
]

DOCUMENTS.append({
    "stem": "bts_ol_2027_circulaire_nationale_versailles",
    "source": "docx",
    "scan": "photo",
    "title": "BTS Opticien-lunetier session 2027 - circulaire nationale",
    "font": "Times New Roman",
    "size": 11,
    "header": ["ACADÉMIE DE VERSAILLES – Liberté, Égalité, Fraternité",
               "Division des examens et concours – DEC 4 – Bureau des BTS", "Académie pilote"],
    "footer": ["Rectorat de l'académie de Versailles – 3, boulevard de Lesseps – 78017 Versailles Cedex"],
    "blocks": [
        P("Affaire suivie par : Mme Nadia Ferhat\nTél. : 01 30 83 00 00\nMél : ce.dec4@ac-versailles.fr",
          size=8),
        P("Versailles, le 7 décembre 2026", align="r"),
        P("La rectrice de l'académie de Versailles\nChancelière des universités\n\nà\n\n"
          "Mesdames et Messieurs les recteurs d'académie\n(Divisions des examens et concours)\n"
          "Messieurs les vice-recteurs\nMonsieur le directeur du SIEC", align="r"),
        P("**Objet :** Circulaire nationale d'organisation du brevet de technicien supérieur Opticien-lunetier "
          "(OL) – Session 2027"),
        P("**Réf. :** arrêté du 4 juin 2020 portant définition et fixant les conditions de délivrance du BTS "
          "Opticien-lunetier ; circulaire nationale d'organisation de la session 2026 du 9 décembre 2025."),
        P("L'académie de Versailles a été désignée académie pilote pour l'organisation de la session 2027 du BTS "
          "Opticien-lunetier. Elle assure l'élaboration des sujets des épreuves écrites et pratiques ainsi que la "
          "coordination des centres d'épreuves pratiques interacadémiques. La banque de sujets de secours reste "
          "gérée, comme les années précédentes, par l'académie de Lyon.", align="j"),
        P("La commission nationale de choix des sujets s'est réunie le 15 octobre 2026 ; aucun changement de "
          "définition d'épreuve n'intervient pour cette session.", align="j"),
        H("I – CALENDRIER NATIONAL"),
        T(_ol_cal, widths=[6.0, 1.2, 1.6, 1.2, 3.4, 3.6], size=9),
        P("Le lundi 17 mai 2027 (lundi de Pentecôte) est férié ; il n'est pas compris dans la période des "
          "épreuves pratiques.", i=True, size=9),
        P("L'unité facultative UF2 « Engagement étudiant » est évaluée par l'établissement de formation et ne "
          "donne lieu à aucune convocation nationale.", size=10),
        H("II – ÉPREUVES PRATIQUES E.4.2, E.5.1 ET E.5.2"),
        P("Les épreuves pratiques sont organisées dans quatre centres interacadémiques. Chaque académie "
          "d'inscription est rattachée à l'un d'eux ; les candidats y sont convoqués par l'académie pilote.",
          align="j"),
        T([["Centre d'épreuves pratiques", "Académies rattachées"]] + _ol_centres, widths=[7.5, 9.0], size=9),
        P("Le Lycée Fresnel est désigné dans Cyclades sous le libellé « LP Augustin-Fresnel – Paris 15e » ; il "
          "s'agit bien du même établissement.", i=True, size=9),
        P("Pour la sous-épreuve E.5.2 (contactologie), le dossier de suivi des adaptations en lentilles, visé par "
          "le tuteur, est **à renvoyer pour le vendredi 16 avril 2027** au centre d'épreuves pratiques de "
          "rattachement, par courrier recommandé. Aucun dossier ne sera accepté le jour de l'épreuve.",
          align="j"),
        P("Une réunion d'entente nationale des examinateurs de l'épreuve E.4.2 se tiendra le vendredi 14 mai 2027 "
          "à 14h00, en visioconférence. Les chefs de travaux des quatre centres y participent.", align="j"),
        H("III – ÉPREUVES ÉCRITES"),
        P("Les copies sont numérisées dans les centres d'écrit de chaque académie selon les consignes Santorin "
          "habituelles. Les centres n'ont pas à adresser de copies papier à l'académie pilote.", align="j"),
        H("IV – NOTES, DÉLIBÉRATIONS, RÉSULTATS"),
        P("Les notes des épreuves pratiques sont saisies par les centres interacadémiques au plus tard le "
          "mercredi 9 juin 2027. Les jurys académiques ne pourront délibérer qu'à compter du lundi 14 juin 2027. "
          "Les résultats seront publiés simultanément dans toutes les académies le mardi 15 juin 2027 à partir "
          "de 10h00.", align="j"),
        P("Je vous remercie de votre collaboration.", align="j"),
        P("Pour la rectrice et par délégation,\nLe chef de la division des examens et concours\n\nThierry "
          "VALLANCIEN", align="r"),
    ],
})


# =====================================================================================================
# 3. FED 2026 — académie de Bordeaux (only in letterhead/signature), borderless wrapped calendar
# =====================================================================================================
_fed_ecrits = [
    ["Jour", "Unité / épreuve", "Horaires"],
    ["Lundi 11 mai", "U2 – Anglais (écrit)\nU1 – Culture générale et expression", "10h00 – 12h00\n14h00 – 18h00"],
    ["Mardi 12 et\nmercredi 13 mai", "U4 – Analyse et définition d'un système (deux parties de 3 heures)",
     "8h30 – 11h30"],
    ["Mardi 12 mai", "U31 – Mathématiques", "14h00 – 16h00"],
    ["Mercredi 13 mai", "U32 – Physique-chimie", "14h00 – 16h00"],
    ["Mercredi 20 mai", "E5 A – Préparation de l'intervention (écrit)", "8h00 – 12h00"],
]

_fed_centres = [
    ["Centres d'écrit", ""],
    ["Lycée polyvalent Gustave Eiffel\n143, cours de la Marne\nCS 41030\n33074 BORDEAUX CEDEX",
     "Candidats de la Gironde, de la Dordogne et du Lot-et-Garonne"],
    ["Lycée Jean Taris\n6, route de Hastingues\nBP 18\n40300 PEYREHORADE",
     "Candidats des Landes et des Pyrénées-Atlantiques"],
]

DOCUMENTS.append({
    "stem": "bts_fed_2026_bordeaux",
    "source": "docx",
    "scan": None,
    "title": "BTS FED session 2026",
    "header": ["RÉGION ACADÉMIQUE NOUVELLE-AQUITAINE", "**ACADÉMIE DE BORDEAUX**",
               "Direction des examens et concours – DEC 3 – Bureau des examens de l'enseignement supérieur"],
    "footer": ["Rectorat – 5, rue Joseph de Carayon-Latour – CS 81499 – 33060 Bordeaux Cedex – "
               "www.ac-bordeaux.fr"],
    "blocks": [
        P("Bordeaux, le 27 février 2026", align="r"),
        P("Dossier suivi par : Karine Dubourg\nDEC 3 – BTS industriels", size=8),
        P("Le recteur de la région académique Nouvelle-Aquitaine\nrecteur de l'académie de Bordeaux\n\nà\n\n"
          "Mesdames et Messieurs les chefs d'établissement des lycées publics et privés sous contrat\n"
          "Mesdames et Messieurs les directeurs de CFA et d'organismes de formation\n"
          "s/c de Mesdames et Messieurs les IA-IPR et IEN-ET de sciences et techniques industrielles",
          align="r"),
        P("**Objet :** Brevet de technicien supérieur Fluides, énergies, domotique (options A, B et C) – "
          "session 2026 – organisation des épreuves ponctuelles"),
        P("Le calendrier des épreuves écrites a été arrêté au niveau national ; les sujets sont communs au "
          "groupement interacadémique dont l'académie de Poitiers assure le pilotage. Les candidats inscrits dans "
          "l'académie de Limoges composent dans leur académie d'inscription et ne sont pas concernés par les "
          "convocations ci-dessous.", align="j"),
        H("1. Épreuves écrites – session 2026"),
        T(_fed_ecrits, border=False, widths=[2.6, 9.0, 3.2], size=10),
        P("Le jeudi 14 mai est férié ; les centres d'écrit sont fermés aux candidats le vendredi 15 mai.",
          i=True, size=9),
        T(_fed_centres, border=False, widths=[7.5, 7.5], size=9),
        P("Une réunion académique d'harmonisation des corrections de l'épreuve E4 (U4) se tiendra le jeudi 21 mai "
          "2026 à 14h00 en visioconférence ; les correcteurs désignés y sont convoqués par mes services.",
          align="j"),
        H("2. Sous-épreuve E5 B – Réalisation (pratique, 12 heures sur deux jours)"),
        P("La sous-épreuve E5 B se déroulera au lycée Gustave Eiffel de Bordeaux, plateau technique du "
          "bâtiment D, du lundi 1er au mercredi 3 juin, du mardi 9 au jeudi 11 juin et du lundi 15 au "
          "vendredi 19 juin 2026, chaque candidat étant convoqué deux jours consécutifs selon l'option "
          "choisie.", align="j"),
        P("Les examinateurs sont réunis pour une réunion d'entente le vendredi 29 mai 2026 à 9h30 au lycée "
          "Gustave Eiffel (salle D 104).", align="j"),
        P("Pour les candidats scolaires des établissements publics et privés sous contrat, les sous-épreuves "
          "E5 A et E5 B sont évaluées en contrôle en cours de formation et ne donnent lieu à aucune convocation.",
          align="j"),
        H("3. Épreuve E6 – Rapport d'activités en entreprise (oral)"),
        P("Les rapports d'activités, en deux exemplaires reliés accompagnés des attestations de stage, sont "
          "**à renvoyer pour le vendredi 17 avril 2026** (cachet de la poste faisant foi) à l'adresse suivante :",
          align="j"),
        P("Lycée des métiers Les Iris\nÀ l'attention du DDFPT – examens BTS FED\n13, rue Saint-Cricq\n"
          "BP 90021\n33305 LORMONT CEDEX", indent=4.0),
        P("La commission de contrôle de conformité se réunira le mardi 5 mai 2026 à 14h00 au lycée Les Iris. Les "
          "interrogations orales auront lieu dans ce même établissement le mardi 26 et le mercredi 27 mai 2026.",
          align="j"),
        P(VU, size=9, align="j"),
        H("4. Épreuve facultative EF1 – Langue vivante 2"),
        P("Les candidats inscrits à l'épreuve facultative seront interrogés le jeudi 4 juin 2026 au lycée Gustave "
          "Eiffel (matinée).", align="j"),
        H("5. Établissements de formation concernés"),
        P("Les établissements suivants présentent des candidats à la session 2026. Ils ne sont **pas** centres "
          "d'épreuves et ne doivent pas recevoir de candidats extérieurs :", align="j"),
        P("– Lycée Sud-Médoc, Le Taillan-Médoc\n– Lycée Haroun Tazieff, Saint-Paul-lès-Dax\n"
          "– CFA du BTP de la Gironde, Blanquefort\n– Lycée Saint-Joseph (privé sous contrat), Pau\n"
          "– GRETA-CFA Aquitaine, antenne de Périgueux", indent=1.0),
        H("6. Notes, jury, résultats"),
        P("Les notes de CCF sont saisies dans Cyclades par les établissements au plus tard le vendredi 19 juin "
          "2026. Contrairement à la session 2025 (jury réuni le 2 juillet 2025), le jury de délibération se "
          "réunira le mercredi 1er juillet 2026 à 9h00 au lycée Gustave Eiffel. Les résultats seront "
          "consultables sur Cyclades le même jour à 17 h.", align="j"),
        P("Pour le recteur et par délégation,\nLa cheffe de la division des examens et concours\n\n"
          "Sophie LARRIEU", align="r"),
        P("------------------------------------------------------------------------------------------------"),
        P("**Accusé de réception à retourner à la DEC 3**\nÉtablissement : ………………………………………\n"
          "Nombre de candidats présentés : ……\nFait à ……………………, le …/…/20…\n"
          "Signature du chef d'établissement :", size=9),
    ],
})


# =====================================================================================================
# 4. Maintenance des véhicules 2025 — académie de la Guadeloupe: its own column of hours
# =====================================================================================================
_mv_cal = [
    ["Date", "Épreuve", "Durée", "Métropole\n(heure de Paris)", "Guadeloupe\nMartinique", "Guyane"],
    ["Lundi 12 mai 2025", "E1 – Culture générale et expression", "4 h", "14h00 – 18h00", "8h00 – 12h00",
     "9h00 – 13h00"],
    ["Mardi 13 mai 2025", "E4 – Analyse technique et organisation de la maintenance", "4 h", "14h00 – 18h00",
     "8h00 – 12h00", "9h00 – 13h00"],
    ["^", "E2 – Anglais", "2 h", "10h00 – 12h00", "13h00 – 15h00\n(sujet spécifique)",
     "14h00 – 16h00\n(sujet spécifique)"],
    ["Mercredi 14 mai 2025", "E3 – B Physique-chimie", "2 h", "14h00 – 16h00", "8h00 – 10h00",
     "9h00 – 11h00"],
    ["^", "E3 – A Mathématiques", "2 h", "10h00 – 12h00", "13h00 – 15h00\n(sujet spécifique)",
     "14h00 – 16h00\n(sujet spécifique)"],
]

DOCUMENTS.append({
    "stem": "bts_mv_2025_guadeloupe",
    "source": "docx",
    "scan": "fax150",
    "title": "BTS MV session 2025 Guadeloupe",
    "header": ["ACADÉMIE DE LA GUADELOUPE", "Division des examens et concours – Bureau DEC 2 (BTS – DCG – DSCG)"],
    "footer": ["Rectorat – Parc d'activités La Providence – ZAC de Dothémare – BP 480 – 97183 Les Abymes Cedex"],
    "blocks": [
        P("Les Abymes, le 14 mars 2025", align="r"),
        P("Le recteur de la région académique Guadeloupe\n\nà\n\n"
          "Mesdames et Messieurs les chefs d'établissement\nMesdames et Messieurs les chefs de centre\n"
          "Madame la directrice du CFA académique", align="r"),
        P("**Objet :** BTS Maintenance des véhicules, option A voitures particulières – Session 2025 – calendrier "
          "et organisation des épreuves"),
        P("**P.J. :** extrait du calendrier national (note de service du 3 octobre 2024) ; fiche de liaison ; "
          "modèle d'attestation de stage."),
        P("J'ai l'honneur de vous communiquer ci-après les modalités d'organisation de la session 2025. Les "
          "horaires à retenir pour notre académie figurent dans la colonne « Guadeloupe – Martinique » du tableau "
          "national reproduit ci-dessous ; les autres colonnes sont données pour information.", align="j"),
        H("I. ÉPREUVES ÉCRITES"),
        T(_mv_cal, widths=[2.8, 5.4, 1.2, 2.6, 2.8, 2.4], size=9),
        P("Aucune sortie définitive n'est autorisée avant la fin de la première heure. Les candidats de "
          "l'académie de la Martinique composent dans leur académie selon les instructions de leur rectorat.",
          size=9, i=True),
        P("Centre d'écrit unique :\n**Lycée polyvalent Louis Delgrès**\nBoulevard Amédée Huyghues-Despointes\n"
          "BP 42\n97160 LE MOULE"),
        H("II. SOUS-ÉPREUVES PRATIQUES E5-1 ET E5-2"),
        P("Pour les candidats scolaires des établissements publics et privés sous contrat, les sous-épreuves "
          "E5-1 (diagnostic sur véhicule) et E5-2 (intervention et contrôle) sont évaluées en contrôle en cours "
          "de formation : aucune date n'est fixée par le rectorat.", align="j"),
        P("Les candidats évalués en forme ponctuelle (apprentis d'un CFA non habilité, candidats individuels, "
          "formation continue) seront convoqués du lundi 2 au jeudi 5 juin 2025 au :", align="j"),
        P("**LPO de Baimbridge**\nAtelier automobile – bâtiment F\nBoulevard des Héros\nBP 441\n"
          "97183 LES ABYMES CEDEX"),
        P("Les examinateurs se réuniront pour une réunion d'entente le lundi 2 juin 2025 à 7h30 au lycée de "
          "Baimbridge, avant le début des épreuves.", align="j"),
        H("III. ÉPREUVE E6 – ACTIVITÉS EN ENTREPRISE (ORALE)"),
        P("Le rapport d'activités en entreprise et les attestations de stage (voir modèle joint) devront être "
          "déposés **au plus tard le mercredi 23 avril 2025 à 12h00** au secrétariat du DDFPT du LPO de "
          "Baimbridge. Le contrôle de conformité des dossiers aura lieu le lundi 5 mai 2025 à 9h00.",
          align="j"),
        P("Les interrogations se dérouleront le mercredi 28 mai 2025 au LPO de Baimbridge. Nous rappelons que "
          "le mardi 27 mai (abolition de l'esclavage) et le jeudi 29 mai 2025 (Ascension) sont fériés.",
          align="j"),
        H("IV. ÉPREUVE FACULTATIVE EF1"),
        P("L'épreuve orale facultative de langue vivante 2 aura lieu le mardi 3 juin 2025 au LPO de Baimbridge."),
        H("V. NOTES – JURY – RÉSULTATS"),
        P("Les notes de CCF (E5-1, E5-2) seront saisies dans Cyclades au plus tard le vendredi 13 juin 2025. Le "
          "jury de délibération se réunira le jeudi 26 juin 2025 à 8h30 au rectorat (site de Dothémare). Les "
          "résultats seront affichés le même jour à 17 h dans les centres et mis en ligne sur le site de "
          "l'académie.", align="j"),
        P("Pour le recteur et par délégation,\nLa cheffe de la division des examens et concours\n\n"
          "Marie-Line SAINT-ÉLOI", align="r"),
        BR(),
        H("FICHE DE LIAISON – à retourner à la DEC 2", align="c"),
        T([["Établissement", ""], ["Nombre de candidats en CCF", ""], ["Nombre de candidats en ponctuel", ""],
           ["Nom du professeur référent", ""], ["Date d'envoi", "le …/…/20…"],
           ["Cachet et signature", "\n\n\n"]], head=0, widths=[6.0, 10.0], size=10),
        H("MODÈLE D'ATTESTATION DE STAGE", align="c"),
        P("Je soussigné(e) ……………………………………, responsable de l'entreprise …………………………………, atteste que "
          "M./Mme …………………………………… a effectué un stage dans notre atelier du …/…/20… au …/…/20…, soit une durée "
          "de …… semaines.\n\nFait à ……………………, le …/…/20…\n\nCachet de l'entreprise et signature", align="j"),
    ],
})


# =====================================================================================================
# 5. Professions immobilières 2027 — académie de Montpellier; merged date cells; long annexes
# =====================================================================================================
def _grille(titre, unite, competences):
    """An evaluation grid annex: one row per criterion, four-level scale, blank boxes."""
    rows = [["Compétences", "Critères d'évaluation", "TI", "I", "S", "TS"]]
    for comp, criteres in competences:
        for k, crit in enumerate(criteres):
            rows.append([comp if k == 0 else "^", crit, "☐", "☐", "☐", "☐"])
    return [
        H(titre, align="c"),
        P(f"BTS Professions immobilières – Session 2027 – {unite}", align="c", size=9),
        T([["Nom et prénom du candidat :", "", "N° candidat :", ""],
           ["Date de l'interrogation :", "le …/…/20…", "Heure :", "…h…"]], head=0,
          widths=[4.0, 5.0, 3.0, 4.5], size=9),
        T(rows, widths=[4.5, 8.0, 1.0, 1.0, 1.0, 1.0], size=8),
        P("TI : très insuffisant – I : insuffisant – S : satisfaisant – TS : très satisfaisant", size=8, i=True),
        T([["Note proposée : ……… / 20", "Appréciation motivée :\n\n\n\n"],
           ["Noms et signatures des examinateurs :\n\n\n", "Date : …/…/20…"]], head=0, widths=[8.0, 8.5],
          size=9),
        BR(),
    ]


_pi_u4 = [
    ("C1 – Communiquer à l'oral en situation professionnelle",
     ["Présentation claire et structurée du contexte", "Adaptation du registre à l'interlocuteur",
      "Écoute active et reformulation", "Gestion du temps de parole"]),
    ("C2 – Produire un écrit professionnel",
     ["Conformité du document aux usages de la profession", "Qualité de l'expression écrite",
      "Pertinence des informations transmises"]),
    ("C3 – Communiquer en langue étrangère",
     ["Compréhension d'un document professionnel", "Présentation d'un bien en langue étrangère",
      "Interaction avec un client non francophone"]),
    ("C4 – Utiliser les outils numériques",
     ["Maîtrise de l'outil de présentation", "Exploitation d'un logiciel de transaction",
      "Respect du RGPD et de la confidentialité"]),
]
_pi_u6 = [
    ("C1 – Prospecter et constituer un portefeuille",
     ["Identification des sources de biens", "Analyse du marché local", "Estimation argumentée d'un bien",
      "Constitution du mandat"]),
    ("C2 – Conduire une négociation",
     ["Découverte des besoins du client", "Argumentation adaptée", "Traitement des objections",
      "Conclusion de l'accord"]),
    ("C3 – Assurer la gestion locative",
     ["Établissement du bail", "Suivi des encaissements et relances", "État des lieux et restitution du dépôt",
      "Traitement d'un sinistre"]),
    ("C4 – Gérer une copropriété",
     ["Préparation de l'assemblée générale", "Suivi des travaux votés", "Tenue des comptes du syndicat"]),
    ("C5 – Rendre compte de son action professionnelle",
     ["Qualité du dossier écrit", "Réflexivité sur les situations vécues", "Réponses aux questions du jury"]),
]

_pi_cal = [
    ["Date", "Épreuve", "Durée", "Horaires"],
    ["ÉPREUVES ÉCRITES", "<", "<", "<"],
    ["Lundi 10 mai 2027", "U1 – Culture générale et expression", "4 h", "14h00 – 18h00"],
    ["Mardi 11 mai 2027", "U51 – Transaction immobilière", "4 h", "9h00 – 13h00"],
    ["Mercredi 12 mai 2027", "U52 – Gestion immobilière", "4 h", "9h00 – 13h00"],
    ["^", "U3 – Conseil en ingénierie de l'immobilier", "3 h", "14h00 – 17h00"],
    ["ÉPREUVES ORALES (candidats relevant de la forme ponctuelle)", "<", "<", "<"],
    ["Lundi 31 mai 2027", "U2 – Langue vivante étrangère (oral ponctuel)", "20 min", "selon convocation"],
    ["du mardi 25 au vendredi 28 mai 2027", "U4 – Communication professionnelle en français et en langue "
     "étrangère", "30 min", "8h00 – 12h00\n13h30 – 17h30"],
    ["du mardi 1er au vendredi 4 juin 2027", "U6 – Action professionnelle", "40 min", "^"],
]

DOCUMENTS.append({
    "stem": "bts_pi_2027_montpellier",
    "source": "docx",
    "scan": "bruit200",
    "title": "BTS Professions immobilières session 2027",
    "header": ["Académie de Montpellier – Liberté Égalité Fraternité",
               "Division des examens et concours – DEC 5 Examens post-baccalauréat"],
    "footer": ["31, rue de l'Université – CS 39004 – 34064 Montpellier Cedex 2"],
    "blocks": [
        P("Montpellier, le 11 février 2027", align="r"),
        P("Affaire suivie par : Julien Roques – DEC 5\nce.dec5@ac-montpellier.fr", size=8),
        P("Le recteur de la région académique Occitanie\nRecteur de l'académie de Montpellier\nChancelier des "
          "universités\n\nà\n\nMesdames et Messieurs les chefs d'établissement\n"
          "Mesdames et Messieurs les directeurs de CFA", align="r"),
        P("**Objet :** BTS Professions immobilières – Session 2027"),
        P("**Références :** arrêté du 19 avril 2018 modifié portant définition et fixant les conditions de "
          "délivrance du BTS Professions immobilières ; circulaire nationale d'organisation du 14 décembre 2026."),
        P("**Annexes :** 1 – attestation de stage ; 2 – bordereau d'envoi des dossiers ; 3 – fiche de "
          "non-conformité ; 4 et 5 – grilles d'évaluation U4 et U6 ; 6 – fiche de disponibilité des examinateurs."),
        P("La présente circulaire précise les modalités d'organisation de la session 2027 du BTS Professions "
          "immobilières pour l'académie. Les sujets de l'épreuve U3 sont élaborés par l'académie de Toulouse, "
          "chargée de leur conception pour les académies de la région Occitanie ; cette organisation est sans "
          "incidence sur la convocation des candidats.", align="j"),
        H("I. Calendrier"),
        T(_pi_cal, widths=[4.2, 8.3, 1.5, 3.0], size=9),
        P("Le lundi 17 mai 2027 (lundi de Pentecôte) est férié.", size=9, i=True),
        P("Pour les candidats scolaires des établissements publics et privés sous contrat, l'unité U2 est "
          "évaluée en contrôle en cours de formation. L'épreuve facultative EF1 (langue vivante 2) fait l'objet "
          "d'une interrogation dont la date est communiquée par le centre ; l'unité facultative EF2 "
          "« Engagement étudiant » est évaluée par l'établissement de formation.", align="j"),
        H("II. Centres d'épreuves"),
        T([["Épreuves écrites", "Épreuves orales U2, U4 et U6"],
           ["Lycée Jules Guesde\n110, avenue de Lodève\nCS 20002\n34060 MONTPELLIER CEDEX 2\n\n"
            "Lycée Alphonse Daudet\n1, boulevard Jules Ferry\nCS 40042\n30032 NÎMES CEDEX 1\n\n"
            "Lycée Jean Lurçat\n25, avenue Albert Camus\nBP 10\n66000 PERPIGNAN",
            "LGT J. Guesde\nService des examens – bâtiment B\nMONTPELLIER"]],
          widths=[8.5, 8.5], size=9),
        H("III. Dossiers support des épreuves U4 et U6"),
        P("Les dossiers (deux exemplaires papier et la version numérique sur clé USB) seront transmis par les "
          "établissements, accompagnés du bordereau figurant en annexe 2, au lycée Jules Guesde **avant le "
          "vendredi 9 avril 2027, 16h00**. Les candidats individuels adressent eux-mêmes leur dossier dans les "
          "mêmes conditions.", align="j"),
        P("La commission de contrôle de conformité siégera le mercredi 21 avril 2027 à partir de 13h30 au lycée "
          "Jules Guesde. Les décisions de non-conformité (annexe 3) seront notifiées aux candidats au plus tard "
          "le 28 avril 2027.", align="j"),
        P(VU, size=9, align="j"),
        H("IV. Réunions des examinateurs"),
        P("Une réunion d'entente des examinateurs des épreuves U4 et U6 se tiendra le vendredi 28 mai 2027 à "
          "14h00 au lycée Jules Guesde. La commission académique d'harmonisation des notes se réunira le "
          "mercredi 16 juin 2027 à 9h30, en visioconférence.", align="j"),
        H("V. Jury et résultats"),
        P("Le jury de délibération se réunira le jeudi 24 juin 2027 à 14h00 au rectorat de Montpellier. Les "
          "résultats seront publiés le vendredi 25 juin 2027 à 10h00 sur le site de l'académie. Pour mémoire, le "
          "jury de la session 2026 s'était tenu le 25 juin 2026.", align="j"),
        P("Pour le recteur et par délégation,\nLe chef de la division des examens et concours\n\n"
          "Olivier BOUSQUET", align="r"),
        BR(),
        H("ANNEXE 1 – ATTESTATION DE STAGE", align="c"),
        P("À joindre au dossier de l'épreuve U6 – une attestation par lieu et période de stage", align="c",
          size=9),
        T([["Cachet de l'organisme d'accueil\n\n\n\n",
            "Je soussigné(e) ……………………………………, fonction …………………………, atteste que l'étudiant(e) "
            "……………………………… a effectué un stage au sein de notre agence du …/…/20… au …/…/20…, "
            "représentant une durée totale de …… semaines.\n\nActivités confiées : transaction ☐ gestion "
            "locative ☐ syndic de copropriété ☐\n\nFait à ……………………, le …/…/20…\n\nNom, fonction et "
            "signature du représentant de l'organisme d'accueil :\n\n\n"]], head=0, widths=[5.0, 12.0], size=9),
        BR(),
        H("ANNEXE 2 – BORDEREAU D'ENVOI DES DOSSIERS U4 ET U6", align="c"),
        P("À renvoyer pour le …/…/20… avec les dossiers, au centre d'épreuves.", align="c", size=9),
        T([["N°", "Nom", "Prénom", "N° candidat", "U4", "U6", "Observations"]] +
          [[str(i), "", "", "", "☐", "☐", ""] for i in range(1, 26)], widths=[1.0, 3.5, 3.0, 2.5, 1.0, 1.0, 5.0],
          size=9),
        P("Nombre total de dossiers transmis : ……\nDate d'envoi : …/…/20…\nCachet et signature du chef "
          "d'établissement :", size=9),
        BR(),
        H("ANNEXE 3 – NOTIFICATION DE NON-CONFORMITÉ DU DOSSIER", align="c"),
        P("Madame, Monsieur,\n\nLa commission de contrôle de conformité réunie le …/…/20… a constaté que votre "
          "dossier support de l'épreuve ……… n'est pas conforme pour le motif suivant :\n\n"
          "☐ absence de dépôt du dossier\n☐ dépôt au-delà de la date fixée par l'autorité organisatrice\n"
          "☐ durée de stage inférieure à la durée réglementaire\n☐ documents non visés ou non signés\n\n"
          "En conséquence, vous ne pourrez pas être interrogé(e) et la mention « non valide » sera portée à "
          "l'épreuve.\n\nFait à Montpellier, le …/…/20…\n\nLe président de la commission", align="j"),
        BR(),
    ] + _grille("ANNEXE 4 – GRILLE D'AIDE À L'ÉVALUATION – U4", "Communication professionnelle", _pi_u4)
      + _grille("ANNEXE 4 bis – GRILLE D'AIDE À L'ÉVALUATION – U4 (candidats en CCF)",
                "Communication professionnelle – situation d'évaluation n° 2", _pi_u4)
      + _grille("ANNEXE 5 – GRILLE D'AIDE À L'ÉVALUATION – U6", "Action professionnelle", _pi_u6)
      + _grille("ANNEXE 5 bis – GRILLE D'AIDE À L'ÉVALUATION – U6 (candidats en CCF)",
                "Action professionnelle – situation d'évaluation n° 2", _pi_u6)
      + [
        H("ANNEXE 6 – FICHE DE DISPONIBILITÉ DES EXAMINATEURS", align="c"),
        P("À retourner à la DEC 5 par courriel.", align="c", size=9),
        T([["Nom", "Prénom", "Établissement", "Discipline", "Épreuves", "Jours disponibles"]] +
          [["", "", "", "", "U4 ☐  U6 ☐", "…/…  …/…  …/…"] for _ in range(20)],
          widths=[3.0, 2.5, 3.5, 2.5, 2.5, 3.0], size=9),
        P("Fait à ……………………, le …/…/20…\nSignature du chef d'établissement :", size=9),
    ],
})


# =====================================================================================================
# 6. Communication 2028 — académie d'Orléans-Tours, published as a web page (HTML -> PDF)
# =====================================================================================================
_com_cal = [
    ["Épreuve", "Forme", "Durée", "Date(s)", "Horaire"],
    ["ÉPREUVES ÉCRITES", "<", "<", "<", "<"],
    ["E1 – Culture générale et expression", "écrite", "4 h", "lundi 15 mai 2028", "14h – 18h"],
    ["E3 – Cultures de la communication", "écrite", "4 h", "mardi 16 mai 2028", "14h – 18h"],
    ["E5 – Activités de communication", "1ère partie – écrit", "3 h", "mercredi 17 mai 2028", "9h – 12h"],
    ["E2 – Langue vivante étrangère A", "écrite", "2 h", "^", "14h – 16h"],
    ["ÉPREUVES ORALES", "<", "<", "<", "<"],
    ["E4 – Projet et pilotage de la relation annonceur", "orale", "40 min", "du 22/05 au 24/05/2028",
     "convocation individuelle"],
    ["E5 – Activités de communication", "2e partie – oral", "30 min", "du 29/05 au 02/06/2028",
     "convocation individuelle"],
    ["E6 – Veille opérationnelle", "CCF uniquement", "—", "—", "—"],
]

DOCUMENTS.append({
    "stem": "bts_communication_2028_orleans-tours",
    "source": "html",
    "scan": None,
    "title": "BTS Communication - session 2028 - organisation académique",
    "header": ["Région académique Centre-Val de Loire", "**Académie d'Orléans-Tours**",
               "Direction des examens et concours – Pôle BTS"],
    "footer": ["Rectorat d'Orléans-Tours – 21, rue Saint-Étienne – 45043 Orléans Cedex 1 – "
               "page publiée sur l'espace « Examens » du site académique"],
    "blocks": [
        H("BTS Communication – session 2028 : organisation des épreuves"),
        P("Publié le 3 mars 2028 – Orléans", i=True),
        P("Cette page s'adresse aux chefs d'établissement, aux directeurs de CFA et aux candidats individuels "
          "inscrits dans l'académie. Elle remplace la note diffusée l'an dernier : pour mémoire, les oraux E4 de "
          "la session 2027 s'étaient déroulés du 25 au 27 mai 2027.", align="j"),
        H("Calendrier de la session"),
        T(_com_cal, size=9, widths=[6.5, 3.0, 1.5, 4.0, 3.0]),
        P("Le jeudi 25 mai 2028 (Ascension) et le lundi 5 juin 2028 (Pentecôte) sont fériés.", i=True),
        H("Où se déroulent les épreuves ?"),
        T([["Centre", "Adresse", "Épreuves"],
           ["Lycée Benjamin Franklin", "21 bis, rue Eugène Vignat\nBP 8919\n45089 ORLÉANS CEDEX 2",
            "écrits (Loiret, Loir-et-Cher, Eure-et-Loir) ; oraux E4"],
           ["Lycée Balzac", "36, rue d'Entraigues\n37013 TOURS CEDEX 1",
            "écrits (Indre-et-Loire, Cher, Indre) ; oraux E5 2e partie"]], size=9, widths=[4.0, 6.0, 7.0]),
        P("Attention : le lycée Balzac apparaît sur les convocations sous le nom « Lycée Honoré-de-Balzac – "
          "Tours ».", i=True),
        H("Dossiers"),
        P("Les dossiers support de l'épreuve E4 seront transmis par les établissements au lycée Benjamin Franklin "
          "avant le 14 avril 2028. Le dossier de la 2e partie de E5 (portfolio de réalisations) doit parvenir au "
          "lycée Balzac au plus tard le vendredi 21 avril 2028 à 17h. Le contrôle de conformité des dossiers "
          "aura lieu le mercredi 3 mai 2028.", align="j"),
        P(VU, size=9),
        H("Jury"),
        P("Le jury final se tiendra le mercredi 28 juin 2028 à 9h00 au lycée Benjamin Franklin. Résultats le même "
          "jour à 17 h sur le site de l'académie et dans l'espace Cyclades des candidats.", align="j"),
        P("Contact : DEC – Pôle BTS – ce.dec-bts@ac-orleans-tours.fr", size=9),
    ],
})


# =====================================================================================================
# 7. Économie sociale familiale 2026 — académie de Normandie; two sites; épreuve cell merged over two
#    rows; long annexes (grids, attestation, convocation models)
# =====================================================================================================
_esf_e2b = [
    ("Concevoir et réaliser une prestation en lien avec l'alimentation",
     ["Analyse de la demande et du contexte", "Choix des produits au regard des contraintes budgétaires",
      "Respect des règles d'hygiène et de sécurité", "Réalisation technique conforme", "Présentation du résultat"]),
    ("Conseiller en matière d'habitat et de logement",
     ["Diagnostic du logement", "Propositions d'amélioration chiffrées", "Prise en compte de la maîtrise de "
      "l'énergie", "Argumentation auprès de l'usager"]),
    ("Conseiller en matière d'économie et de budget",
     ["Établissement d'un budget familial", "Repérage des situations de surendettement",
      "Mobilisation des dispositifs d'aide"]),
    ("Communiquer",
     ["Qualité des supports", "Clarté des explications", "Adaptation au public"]),
]
_esf_e6 = [
    ("Élaborer un diagnostic",
     ["Recueil et analyse des données du territoire", "Identification des besoins du public",
      "Formulation d'une problématique"]),
    ("Concevoir un projet",
     ["Objectifs cohérents et évaluables", "Moyens et partenariats identifiés", "Budget prévisionnel réaliste",
      "Planification"]),
    ("Conduire et évaluer le projet",
     ["Mise en œuvre des actions", "Régulation en cours de projet", "Évaluation des résultats",
      "Analyse réflexive"]),
    ("Soutenance orale",
     ["Structuration de l'exposé", "Pertinence des réponses", "Posture professionnelle"]),
]


def _esf_grille(titre, sous_titre, comps):
    rows = [["Compétences", "Indicateurs", "0", "1", "2", "3"]]
    for comp, ind in comps:
        for k, i in enumerate(ind):
            rows.append([comp if k == 0 else "^", i, "", "", "", ""])
    return [H(titre, align="c"), P(sous_titre, align="c", size=9),
            P("Candidat : …………………………………  N° : ……………  Centre : ……………………  Date : …/…/20…", size=9),
            T(rows, widths=[5.0, 8.0, 0.9, 0.9, 0.9, 0.9], size=8),
            P("Note : ……… / 20\n\nObservations du jury :\n……………………………………………………………………………………………\n"
              "……………………………………………………………………………………………\n\nSignatures des examinateurs :", size=9),
            BR()]


DOCUMENTS.append({
    "stem": "bts_esf_2026_normandie",
    "source": "docx",
    "scan": None,
    "title": "BTS ESF session 2026 - Normandie",
    "font": "Calibri",
    "size": 10,
    "header": ["RÉGION ACADÉMIQUE NORMANDIE – ACADÉMIE DE NORMANDIE",
               "Direction des examens et concours – Bureau des BTS tertiaires et du secteur social – site de Caen"],
    "footer": ["Rectorat de la région académique Normandie – 168, rue Caponière – BP 46184 – 14061 Caen Cedex"],
    "blocks": [
        P("Caen, le 5 mars 2026", align="r"),
        P("Le recteur de la région académique Normandie\n\nà\n\nMesdames et Messieurs les chefs d'établissement "
          "publics et privés\nMesdames et Messieurs les directeurs d'organismes de formation\n"
          "Mesdames et Messieurs les chefs de centre d'examen", align="r"),
        P("**Objet :** Brevet de technicien supérieur Économie sociale familiale (ESF) – session 2026 – "
          "organisation des épreuves ponctuelles"),
        P("**Références :** note de service ministérielle du 2 octobre 2025 (calendrier des écrits) ; arrêté du "
          "25 juin 2009 modifié portant définition du BTS ESF."),
        P("Je vous prie de trouver ci-après les dispositions retenues pour la session 2026. Les annexes I à VII "
          "sont à diffuser aux équipes pédagogiques et aux candidats.", align="j"),
        H("1. Épreuves écrites"),
        T([["Épreuve", "Date", "Horaires", "Durée"],
           ["E1 – Culture générale et expression", "lundi 11 mai 2026", "14h00 – 18h00", "4 h"],
           ["E3 – Connaissance des politiques, des dispositifs et des institutions", "mardi 12 mai 2026",
            "14h00 – 17h00", "3 h"],
           ["E2 – a Conseil et expertise technologiques – écrit", "mercredi 13 mai 2026", "9h00 – 13h00", "4 h"]],
          widths=[8.0, 3.8, 3.2, 1.5], size=9),
        P("Centres d'écrit : site de Caen – Lycée Jean Rostand, 98 route d'Ifs, BP 5219, 14074 CAEN CEDEX 5 ; "
          "site de Rouen – Lycée Val de Seine, avenue Georges Braque, 76120 LE GRAND-QUEVILLY.", align="j"),
        P("Une réunion d'harmonisation des correcteurs de l'épreuve E2 – a aura lieu le lundi 18 mai 2026 à "
          "14h00 au lycée Jean Rostand.", align="j"),
        H("2. Épreuve pratique E2 – b"),
        P("Les épreuves pratiques E2 – b se dérouleront les mardi 2, mercredi 3 et jeudi 4 juin 2026 dans les "
          "cuisines pédagogiques du lycée Jacques Prévert, 30 route de Saint-Paul, 27500 PONT-AUDEMER, pour "
          "l'ensemble des candidats de l'académie.", align="j"),
        H("3. Épreuves orales ponctuelles"),
        T([["Épreuve", "Site", "Centre", "Dates"],
           ["E6 – Conception et conduite de projets (oral sur dossier)", "Caen", "Lycée Jean Rostand",
            "du mardi 26 au vendredi 29 mai 2026"],
           ["^", "Rouen", "Lycée Val de Seine", "du lundi 1er au mercredi 3 juin 2026"]],
          widths=[6.5, 1.8, 4.0, 4.5], size=9),
        P("Les épreuves E4 (animation-formation) et E5 (travail partenarial) sont évaluées en contrôle en cours "
          "de formation pour l'ensemble des candidats scolaires et apprentis ; les candidats individuels passent "
          "ces épreuves sous forme orale selon des modalités laissées à l'initiative du centre.", align="j"),
        H("4. Dossiers E6"),
        P("Les dossiers E6, en trois exemplaires, accompagnés des attestations de stage (annexe II), doivent "
          "parvenir au centre d'oral du site du candidat **au plus tard le 22 avril 2026 à 12h00**. Le contrôle "
          "de conformité aura lieu le jeudi 30 avril 2026 à 9h30 sur chacun des deux sites.", align="j"),
        P(VU, size=9, align="j"),
        H("5. Établissements de formation de l'académie"),
        P("Pour information, les candidats sont issus des établissements suivants, qui ne sont pas centres "
          "d'épreuves : Lycée Sainte-Ursule (Caen), Institut régional du travail social Normandie-Caen "
          "(Hérouville-Saint-Clair), Lycée Jean Guéhenno (Flers), Lycée Jeanne d'Arc (Rouen), "
          "CFA Sanitaire et social (Alençon).", align="j"),
        H("6. Épreuve facultative"),
        P("L'épreuve facultative EF1 (langue vivante étrangère) est organisée le vendredi 5 juin 2026 au lycée Jean "
          "Rostand pour les candidats des deux sites.", align="j"),
        H("7. Jury"),
        P("Le jury de délibération se réunira le mardi 30 juin 2026 à 9h00 au rectorat, site de Rouen "
          "(25, rue de Fontenelle, 76037 Rouen Cedex 1). Les résultats seront publiés le même jour à 16 h.",
          align="j"),
        P("Pour le recteur et par délégation,\nLe directeur des examens et concours\n\nPascal LEMONNIER",
          align="r"),
        BR(),
        H("ANNEXE I – CALENDRIER RÉCAPITULATIF DES OPÉRATIONS", align="c"),
        T([["Opération", "Date"],
           ["Dépôt des dossiers E6", "22 avril 2026, 12h00"],
           ["Contrôle de conformité", "30 avril 2026, 9h30"],
           ["Écrits", "11, 12 et 13 mai 2026"],
           ["Harmonisation E2 – a", "18 mai 2026, 14h00"],
           ["Oraux E6 – Caen", "26 → 29 mai 2026"],
           ["Oraux E6 – Rouen", "1er → 3 juin 2026"],
           ["Pratique E2 – b", "2, 3 et 4 juin 2026"],
           ["EF1", "5 juin 2026"],
           ["Jury", "30 juin 2026, 9h00"]], widths=[8.0, 8.0], size=10),
        BR(),
        H("ANNEXE II – ATTESTATION DE STAGE", align="c"),
        T([["Cachet de la structure d'accueil\n\n\n\n",
            "La structure ……………………………………………… atteste que l'étudiant(e) ……………………………… a "
            "effectué un stage du …/…/20… au …/…/20… (… semaines), sous la responsabilité de "
            "M./Mme ……………………………, conseiller(ère) en ESF ou travailleur social.\n\nFait à ……………………, "
            "le …/…/20…\n\nSignature du tuteur :"]], head=0, widths=[5.0, 12.0], size=9),
        P("Joindre autant d'attestations que de lieux et de périodes de stage différents.", size=9, i=True),
        BR(),
        H("ANNEXE III – FICHE DE CONFORMITÉ DU DOSSIER E6", align="c"),
        T([["Élément vérifié", "Oui", "Non", "Observations"],
           ["Dossier déposé dans les délais", "☐", "☐", ""], ["Trois exemplaires", "☐", "☐", ""],
           ["Attestations de stage signées", "☐", "☐", ""], ["Durée de stage ≥ 13 semaines", "☐", "☐", ""],
           ["Fiche projet visée par le formateur", "☐", "☐", ""]], widths=[8.0, 1.5, 1.5, 6.0], size=9),
        P("Date du contrôle : …/…/20…   Nom et signature du membre de la commission :", size=9),
        BR(),
    ] + _esf_grille("ANNEXE IV – GRILLE D'ÉVALUATION E2 – b (pratique)", "Sous-épreuve pratique – 4 heures",
                    _esf_e2b)
      + _esf_grille("ANNEXE V – GRILLE D'ÉVALUATION E6 (oral)", "Conception et conduite de projets – 40 minutes",
                    _esf_e6)
      + _esf_grille("ANNEXE V bis – GRILLE E6 – candidats en CCF", "Situation d'évaluation n° 1", _esf_e6)
      + _esf_grille("ANNEXE V ter – GRILLE E6 – candidats en CCF", "Situation d'évaluation n° 2", _esf_e6)
      + [
        H("ANNEXE VI – CONVOCATION DES EXAMINATEURS (modèle)", align="c"),
        P("Madame, Monsieur,\n\nVous êtes convoqué(e) en qualité d'examinateur pour l'épreuve ……… du BTS "
          "Économie sociale familiale le …/…/20… à …h… au centre ………………………………….\n\nEn cas "
          "d'empêchement, vous voudrez bien prévenir le bureau des BTS sans délai.\n\nFait à Caen, "
          "le …/…/20…", align="j"),
        BR(),
        H("ANNEXE VII – ÉTAT DE FRAIS ET ATTESTATION DE SERVICE FAIT", align="c"),
        T([["Nom / prénom", ""], ["Épreuve(s)", ""], ["Dates d'interrogation", "du …/…/20… au …/…/20…"],
           ["Nombre de candidats interrogés", ""], ["Trajet aller-retour (km)", ""],
           ["Signature du chef de centre", "\n\n\n"]], head=0, widths=[7.0, 10.0], size=10),
    ],
})


# =====================================================================================================
# 8. Électrotechnique 2025 — académie de Créteil; national table with territory columns (Métropole
#    used); other académies (Paris, Versailles) named in the body
# =====================================================================================================
_et_cal = [
    ["Date", "Épreuve", "Durée", "Métropole", "La Réunion", "Mayotte", "Antilles – Guyane"],
    ["Lundi 12 mai 2025", "E1 – Culture générale et expression (sujet national)", "4 h", "14h00 – 18h00",
     "16h00 – 20h00", "15h00 – 19h00", "8h00 – 12h00 / 9h00 – 13h00"],
    ["Mardi 13 mai 2025", "E41 – Pré-étude et modélisation", "4 h", "8h00 – 12h00", "10h00 – 14h00",
     "9h00 – 13h00", "sujet de secours"],
    ["^", "E2 – Anglais (pas de sortie avant la fin de la 1re heure)", "2 h", "14h00 – 16h00",
     "16h00 – 18h00", "15h00 – 17h00", "8h00 – 10h00 / 9h00 – 11h00"],
    ["Mercredi 14 mai 2025", "E42 – Conception et industrialisation", "4 h", "8h00 – 12h00",
     "10h00 – 14h00", "9h00 – 13h00", "sujet de secours"],
    ["^", "E3 – Mathématiques", "2 h", "14h00 – 16h00", "16h00 – 18h00", "15h00 – 17h00",
     "8h00 – 10h00 / 9h00 – 11h00"],
]

DOCUMENTS.append({
    "stem": "bts_electrotechnique_2025_creteil",
    "source": "docx",
    "scan": None,
    "title": "BTS Électrotechnique session 2025 - Créteil",
    "header": ["Académie de Créteil", "Division des examens et concours – DEC 3 – Examens de l'enseignement "
               "supérieur"],
    "footer": ["Rectorat de l'académie de Créteil – 4, rue Georges Enesco – 94010 Créteil Cedex"],
    "blocks": [
        P("Créteil, le 21 mars 2025", align="r"),
        P("Mesdames et Messieurs les chefs d'établissement", b=True),
        P("**Objet :** BTS Électrotechnique – session 2025 – Organisation des épreuves"),
        P("**Réf. :** décret n° 2013-756 du 19 août 2013 ; arrêté du 25 février 2020 portant définition et "
          "fixant les conditions de délivrance du BTS Électrotechnique ; note de service du 3 octobre 2024."),
        P("Les candidats relevant des académies de Paris et de Versailles sont gérés par le Service "
          "interacadémique des examens et concours (SIEC, Arcueil) qui diffuse ses propres instructions. La "
          "présente circulaire ne concerne que les candidats inscrits dans l'académie.", align="j"),
        H("A. Épreuves écrites"),
        P("Extrait du calendrier national (les horaires à appliquer sont ceux de la colonne « Métropole ») :",
          align="j"),
        T(_et_cal, widths=[2.6, 5.6, 1.1, 2.2, 2.2, 2.0, 2.6], size=8),
        P("Le jeudi 29 mai 2025 (Ascension) et le lundi 9 juin 2025 (Pentecôte) sont fériés. À titre de "
          "comparaison, la session 2024 avait débuté le mardi 14 mai 2024.", i=True, size=9),
        P("Centres d'écrit :", b=True),
        T([["LPO Louis Armand\n173, boulevard de Strasbourg\n94736 NOGENT-SUR-MARNE CEDEX",
            "Lycée Champlain\n61, rue des Bordes\nBP 68\n94431 CHENNEVIÈRES-SUR-MARNE CEDEX",
            "Lycée Jean-Pierre Timbaud\n103, avenue de la République\n93300 AUBERVILLIERS"]],
          head=0, border=False, widths=[5.5, 5.5, 5.5], size=9),
        P("Les corrections des sous-épreuves E41 et E42 se dérouleront au lycée Champlain du lundi 19 au "
          "vendredi 23 mai 2025, après une réunion d'entente le lundi 19 mai 2025 à 14h.", align="j"),
        H("B. Épreuve E5 – Projet"),
        P("Les rapports de projet seront déposés, contre récépissé, au LPO Louis Armand le vendredi 25 avril 2025 "
          "avant 12h00. Le contrôle de conformité aura lieu le mardi 6 mai 2025 après-midi. Les soutenances "
          "(U5) se tiendront dans le même établissement du lundi 26 au mercredi 28 mai 2025.", align="j"),
        H("C. Épreuve E6 – Conduite de projet/chantier"),
        T([["Unité", "Intitulé", "Période d'interrogation (candidats ponctuels)", "Lieu"],
           ["U61", "Conduite de projet/chantier (oral)", "du 10 au 13 juin 2025", "Lycée Jean-Pierre Timbaud"],
           ["U62", "Rapport d'activités en entreprise (oral, 20 min)", "^", "^"]],
          widths=[1.5, 6.0, 5.0, 4.0], size=9),
        P("Les candidats scolaires sont évalués en CCF pour U61 et U62 ; les notes sont à saisir au plus tard le "
          "lundi 16 juin 2025.", align="j"),
        H("D. Délibération"),
        P("Le jury se réunira le mardi 1er juillet 2025 à 10h00 au rectorat. Les résultats seront publiés le "
          "mercredi 2 juillet 2025 à partir de 14h00.", align="j"),
        P("Pour le recteur et par délégation\nLa cheffe de la DEC 3\n\nAurélie NGUYEN-DUVAL", align="r"),
    ],
})
