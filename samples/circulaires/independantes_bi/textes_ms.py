"""Note nationale d'organisation – BTS Maintenance des systèmes – session 2027 (fictitious).
Blocks consumed by build.py (long-document builder)."""
import textes_commun as C

TITRE_COURT = "BTS Maintenance des systèmes – Note nationale d'organisation – Session 2027"
PIED = "Note n° MS-2027-01 – version du 12 janvier 2027"

COVER = [
    ("MINISTÈRE DE L'ÉDUCATION NATIONALE", 11, True),
    ("Direction générale de l'enseignement supérieur et de l'insertion professionnelle", 9, False),
    ("Académie pilote de la spécialité : Lille – Division des examens et concours", 9, False),
    ("", 10, False),
    ("NOTE NATIONALE D'ORGANISATION", 22, True),
    ("BREVET DE TECHNICIEN SUPÉRIEUR", 14, True),
    ("MAINTENANCE DES SYSTÈMES (MS)", 16, True),
    ("Option A : systèmes de production – Option B : systèmes énergétiques et fluidiques – Option C : systèmes éoliens", 10, False),
    ("", 10, False),
    ("SESSION 2027", 20, True),
    ("", 10, False),
    ("Note n° MS-2027-01 du 12 janvier 2027", 11, True),
    ("Destinataires : mesdames et messieurs les recteurs d'académie, vice-recteurs, directeurs des examens et concours, "
     "chefs de centre d'examen, inspecteurs pédagogiques régionaux de sciences et techniques industrielles", 9, False),
    ("Rédaction : Solène Vermandel, IA-IPR STI, et Gildas Trémeur, chef du bureau des BTS industriels, académie pilote", 9, False),
    ("Cette note annule et remplace toute information diffusée antérieurement pour la session considérée. "
     "Elle comporte un sommaire, six parties et cinq annexes.", 9, False),
]

EPR = [  # code, intitulé, coef, forme ponctuelle, durée, CCF
    ("E1", "Culture générale et expression", "3", "écrite", "4 h", "oui"),
    ("E2", "Langue vivante étrangère : anglais", "2", "orale", "20 min", "oui"),
    ("E3", "Mathématiques et physique-chimie", "", "", "", ""),
    ("E31", "Mathématiques", "2", "écrite", "2 h", "oui"),
    ("E32", "Physique-chimie", "2", "écrite", "2 h", "oui"),
    ("E4", "Analyse des systèmes et préparation d'une intervention", "5", "écrite", "4 h", "non"),
    ("E5", "Intervention sur les systèmes", "", "", "", ""),
    ("E51", "Intervention de maintenance sur système", "4", "pratique", "6 h", "oui"),
    ("E52", "Organisation de la maintenance", "3", "orale", "40 min", "oui"),
    ("E6", "Activités professionnelles", "", "", "", ""),
    ("E61", "Rapport d'activités en entreprise", "3", "orale", "30 min", "oui"),
    ("E62", "Projet technique", "4", "—", "—", "CCF seul"),
    ("EF1", "Langue vivante facultative", "—", "orale", "20 min", "non"),
]

def _p(t):
    return ("p", t)

EQUIP = []
for opt, fams in (("A", ["Production automatisée", "Transmission de puissance", "Commande et supervision", "Hydraulique"]),
                  ("B", ["Génie climatique", "Production frigorifique", "Traitement d'air", "Régulation"]),
                  ("C", ["Nacelle et rotor", "Conversion électrique", "Supervision à distance", "Sécurité en hauteur"])):
    for j, fam in enumerate(fams):
        EQUIP.append([f"Option {opt}", fam, f"Banc didactique, système réel instrumenté, dossier technique complet, "
                      f"outillage et appareils de mesure adaptés ({fam.lower()})", str(2 + j % 3)])
ETAPES = ["contrôler la complétude des lots de copies par salle et les bordereaux associés ;",
          "numériser chaque lot dans l'application nationale en vérifiant la lisibilité des premières pages ;",
          "valider le lot ; l'application affecte automatiquement les copies aux correcteurs ;",
          "conserver les copies originales dans un local fermé, classées par épreuve et par salle ;",
          "signaler au correspondant académique toute copie illisible ou tout lot incomplet ;",
          "procéder à une nouvelle numérisation à la demande du correspondant ;",
          "archiver les bordereaux signés avec les procès-verbaux de déroulement des épreuves."]

BLOCKS = [("cover",), ("pb",), ("h1n", "SOMMAIRE"), ("toc",), ("pb",)]

BLOCKS += [
    ("h1", "1. Objet et champ d'application"),
    _p("La présente note fixe, pour l'ensemble des académies organisatrices, les modalités communes d'organisation "
       "de la session 2027 du brevet de technicien supérieur Maintenance des systèmes. Elle s'adresse aux services "
       "des examens, aux chefs de centre et aux équipes pédagogiques. Les académies restent compétentes pour "
       "désigner les centres d'épreuves, convoquer les candidats et constituer les commissions d'interrogation."),
    _p("Les trois options de la spécialité partagent les mêmes épreuves générales. Les épreuves professionnelles "
       "portent sur des supports propres à chaque option ; les sujets nationaux sont communs aux trois options pour "
       "l'épreuve d'analyse des systèmes, avec des dossiers techniques différenciés."),
    _p("Toute difficulté d'application doit être signalée sans délai à l'académie pilote par la voie hiérarchique. "
       "Les questions les plus fréquentes reçues lors des sessions précédentes ont été regroupées dans la foire aux "
       "questions de la partie 6."),
    ("h1", "2. Textes de référence"),
    ("bullets", [
        "Code de l'éducation, articles D. 643-1 à D. 643-35 relatifs au brevet de technicien supérieur ;",
        "arrêté du 8 avril 2014 portant définition et fixant les conditions de délivrance du BTS Maintenance des systèmes ;",
        "arrêté du 17 juin 2020 modifiant la définition de certaines épreuves du BTS Maintenance des systèmes ;",
        "arrêté du 21 février 2023 relatif aux épreuves de langue vivante des BTS du secteur industriel ;",
        "note de service n° 2026-184 du 14 octobre 2026 relative à l'organisation des examens de l'enseignement supérieur ;",
        "note nationale n° MS-2026-01 du 15 janvier 2026 (session 2026), dont les dispositions ne sont pas reconduites.",
    ]),
    _p("Les dates qui figurent dans les textes cités ci-dessus sont des dates de publication ; elles ne constituent pas "
       "des échéances de la session 2027."),
    ("h1", "3. Organisation générale"),
    ("h2", "3.1 Académie pilote et académies organisatrices"),
    _p("L'académie de Lille assure le pilotage national : élaboration des sujets, reprographie, acheminement des "
       "sujets et des documents annexes, mise à disposition des grilles d'évaluation. Chaque académie organisatrice "
       "désigne un correspondant (annexe 5) chargé du lien avec l'académie pilote pendant toute la session."),
    _p("Les académies qui ne disposent pas d'un nombre suffisant de candidats peuvent se regrouper par convention. "
       "Dans ce cas, l'académie d'accueil organise les épreuves pour le compte de l'académie partenaire, qui reste "
       "compétente pour la délivrance du diplôme."),
    ("h2", "3.2 Calendrier de la session"),
    _p("Le calendrier national des épreuves ponctuelles, des périodes d'interrogation et des opérations de fin de session "
       "figure en annexe 1. Il s'impose à toutes les académies ; aucune épreuve écrite ne peut être déplacée. "
       "Les dates d'interrogation individuelles, à l'intérieur des périodes nationales, sont fixées par les académies."),
    ("h2", "3.3 Sujets et acheminement"),
    _p("Les sujets sont acheminés sous double enveloppe scellée. Le chef de centre vérifie l'intégrité des plis dès "
       "réception et les conserve dans un coffre fermé à clé. L'ouverture des enveloppes a lieu en salle, en présence "
       "des candidats, à l'heure fixée par le calendrier. Un sujet de secours est prévu pour chaque épreuve écrite."),
    _p("Les dossiers techniques de l'épreuve d'analyse des systèmes sont volumineux : chaque candidat dispose d'un "
       "exemplaire papier et d'un exemplaire numérique consultable sur un poste déconnecté du réseau."),
    ("h2", "3.4 Dématérialisation des copies"),
    _p("Les copies des épreuves écrites sont numérisées par les centres d'écrit puis corrigées à l'écran. Les centres "
       "utilisent les scanners et l'application nationale de dématérialisation ; les lots sont constitués par salle. "
       "Les copies originales sont conservées par le centre pendant un an à compter de la proclamation des résultats."),
    _p("Les correcteurs reçoivent leurs identifiants par messagerie académique. Une copie illisible après numérisation "
       "doit être signalée par le correcteur ; le centre procède alors à une nouvelle numérisation du lot concerné."),
    ("h2", "3.5 Consignes aux chefs de centre"),
] + [_p(C.prose(50 + i, 6)) for i in range(7)] + [
    ("h2", "3.6 Plateaux techniques des épreuves pratiques"),
    _p("Le tableau suivant récapitule, par option, les équipements dont doit disposer un centre d'épreuve pratique. "
       "Un centre qui ne dispose pas de l'ensemble des équipements d'une option ne peut pas être retenu pour cette option."),
    ("table", ["Option", "Famille d'équipements", "Exemples de supports", "Nombre minimal"], EQUIP, [2, 4.5, 8.5, 2],
     {"size": 8.5, "repeat": True}),
    ("h2", "3.7 Procédure de dématérialisation, étape par étape"),
    ("bullets", ETAPES),
    ("h2", "3.8 Candidats relevant de situations particulières"),
] + [_p(C.prose(80 + i, 6)) for i in range(8)] + [
    ("h1", "4. Règlement d'examen"),
    ("h2", "4.1 Tableau des épreuves et coefficients"),
    _p("Le tableau ci-dessous reproduit le règlement d'examen issu de l'arrêté du 8 avril 2014 modifié. Pour les "
       "candidats scolaires des établissements publics et privés sous contrat, apprentis des CFA habilités et "
       "stagiaires de la formation continue des établissements habilités, les épreuves signalées « oui » sont "
       "évaluées en contrôle en cours de formation (CCF)."),
    ("table", ["Épreuve", "Intitulé", "Coef.", "Forme ponctuelle", "Durée", "CCF"],
     [list(r) for r in EPR], [1.6, 7.4, 1.3, 2.6, 1.8, 2.3], {"size": 8.5, "repeat": True}),
    ("note", "Texte de référence des coefficients : arrêté du 8 avril 2014, modifié par les arrêtés du 17 juin 2020 et du "
             "21 février 2023. Seuls les points au-dessus de 10 sur 20 à l'épreuve facultative sont pris en compte."),
    ("h2", "4.2 Référentiel de compétences (rappel)"),
    _p("Le tableau suivant rappelle les compétences du référentiel mobilisées par les épreuves professionnelles. Il est "
       "reproduit pour faciliter le travail des commissions ; seul le référentiel publié fait foi."),
    ("table", ["Bloc", "Compétence", "Savoirs associés", "Niveau"],
     C.referentiel(["Bloc 1 – Analyse", "Bloc 2 – Intervention", "Bloc 3 – Organisation", "Bloc 4 – Communication",
                    "Bloc 5 – Projet"], 4242, 9), [3, 6, 6, 2], {"size": 8.5, "repeat": True}),
    ("h2", "4.3 Épreuves évaluées en contrôle en cours de formation"),
    _p("Les situations d'évaluation en CCF sont organisées par les équipes pédagogiques dans le cadre des activités "
       "habituelles de formation, au moment où le candidat est réputé prêt. Elles ne font l'objet d'aucune date "
       "nationale. Les propositions de notes, accompagnées des fiches d'appréciation, sont saisies par les "
       "établissements dans l'application académique dans les délais rappelés en annexe 1."),
    _p("L'épreuve de projet technique est évaluée uniquement en CCF, quel que soit le statut du candidat ; les candidats "
       "relevant de la forme ponctuelle pour les autres épreuves sont rattachés à un établissement habilité pour cette "
       "seule épreuve."),
    ("h2", "4.4 Dispenses, bénéfices et reports de notes"),
    _p("Les candidats titulaires d'un diplôme de niveau égal ou supérieur peuvent être dispensés des épreuves "
       "générales. Les notes égales ou supérieures à 10 sur 20 peuvent être conservées pendant cinq ans à compter "
       "de leur obtention. Le choix de conserver une note est définitif pour la session (modèle C de l'annexe 4)."),
    ("h1", "5. Définition des épreuves"),
]
DEFS = [
    ("E1", "Culture générale et expression", "L'épreuve écrite comporte une synthèse de documents et une écriture personnelle. "
     "Le thème de l'année est publié au bulletin officiel ; les candidats sont évalués sur leur capacité à confronter "
     "des documents et à construire une argumentation."),
    ("E2", "Langue vivante étrangère : anglais", "L'épreuve orale comporte une compréhension de l'oral et une production "
     "orale en continu et en interaction. Les candidats préparent pendant vingt minutes à partir d'un document "
     "audio ou vidéo en lien avec le domaine professionnel."),
    ("E31", "Mathématiques", "L'épreuve écrite porte sur les modules d'analyse, de statistique et de calcul vectoriel "
     "du référentiel. La calculatrice en mode examen est autorisée."),
    ("E32", "Physique-chimie", "L'épreuve écrite s'appuie sur un support industriel. Elle évalue la mobilisation des "
     "lois de la mécanique, de l'électricité et de la thermique dans un contexte de maintenance."),
    ("E4", "Analyse des systèmes et préparation d'une intervention", "Épreuve écrite nationale à partir d'un dossier "
     "technique propre à chaque option : analyse fonctionnelle et structurelle, diagnostic, préparation d'une "
     "intervention et prise en compte des risques professionnels."),
    ("E51", "Intervention de maintenance sur système", "Épreuve pratique réalisée sur un système réel du centre "
     "d'épreuve. Le candidat conduit une intervention corrective ou préventive et rend compte de son action."),
    ("E52", "Organisation de la maintenance", "Épreuve orale d'une durée de quarante minutes, à partir d'un dossier "
     "remis par la commission : analyse d'indicateurs, proposition d'une organisation, échanges avec la commission."),
    ("E61", "Rapport d'activités en entreprise", "Épreuve orale s'appuyant sur le rapport rédigé par le candidat à "
     "l'issue de son stage. Le rapport est remis au centre dans les délais fixés en annexe 1 ; un contrôle de "
     "conformité est réalisé avant l'interrogation."),
    ("E62", "Projet technique", "Épreuve évaluée uniquement en CCF. Le projet est conduit en équipe ; chaque candidat "
     "est évalué individuellement lors de deux revues et d'une présentation finale."),
    ("EF1", "Langue vivante facultative", "Épreuve orale de vingt minutes précédée de vingt minutes de préparation. "
     "Toute langue pour laquelle un examinateur peut être désigné peut être choisie."),
]
for k, (code, titre, txt) in enumerate(DEFS):
    e = {x[0]: x for x in EPR}[code]
    blocks = C.detail_epreuve(code, titre, e[3], e[4], 300 + 7 * k)
    blocks.insert(1, _p(txt))
    BLOCKS += blocks

FAQ = [
    ("Un candidat peut-il changer d'option après son inscription ?", "Non. L'option est choisie lors de l'inscription "
     "et ne peut plus être modifiée après la clôture du registre."),
    ("Où trouver la date limite de remise du rapport d'activités ?", "Toutes les échéances figurent dans l'annexe 1 "
     "(calendrier national). Aucune autre date ne doit être communiquée aux candidats."),
    ("Le stage peut-il être fractionné ?", "Oui, en deux périodes au plus, dans deux entreprises différentes si "
     "l'équipe pédagogique l'estime nécessaire. La durée totale reste de dix semaines."),
    ("Un candidat absent à l'épreuve pratique peut-il être convoqué à une autre date ?", "Seulement sur justificatif "
     "de force majeure et si une date reste disponible à l'intérieur de la période nationale."),
    ("Les candidats de la formation continue sont-ils concernés par le CCF ?", "Oui, lorsqu'ils sont inscrits dans un "
     "établissement habilité. À défaut, ils relèvent de la forme ponctuelle."),
    ("Faut-il un rapport papier en plus du fichier numérique ?", "Oui : deux exemplaires papier et un fichier au format "
     "PDF. Le modèle B de l'annexe 4 sert d'accusé de réception."),
    ("Que faire si le rapport est jugé non conforme ?", "Le candidat est informé par le centre. Il est convoqué à "
     "l'épreuve, mais la mention « non valide » est portée et la note zéro est attribuée."),
    ("Les calculatrices sont-elles autorisées en E4 ?", "Oui, en mode examen. Les documents personnels sont interdits."),
    ("Le jour férié entre deux jours d'épreuve pratique interrompt-il la période ?", "Non : la période nationale reste "
     "continue ; aucun candidat n'est simplement convoqué le jour férié."),
    ("Un candidat en situation de handicap peut-il bénéficier d'un temps majoré à l'épreuve pratique ?", "Oui, si la "
     "décision d'aménagement le prévoit. Le centre adapte alors le planning de la journée."),
    ("Qui désigne les examinateurs de l'épreuve d'organisation de la maintenance ?", "Le service des examens de "
     "l'académie organisatrice, sur proposition des corps d'inspection."),
    ("Peut-on interroger un candidat par visioconférence ?", "Non, sauf décision expresse du recteur pour un candidat "
     "résidant hors de l'académie ; la procédure est décrite dans la note de service citée en partie 2."),
    ("Les notes de CCF sont-elles communiquées aux candidats ?", "Non. Elles restent des propositions jusqu'à la "
     "délibération du jury."),
    ("Le rapport peut-il être rédigé en anglais ?", "Non. Il est rédigé en français ; un résumé en anglais peut être joint."),
    ("Que deviennent les copies numérisées après la session ?", "Elles sont archivées par l'académie pilote et "
     "consultables par les candidats sur demande écrite."),
    ("Un candidat peut-il se présenter à l'épreuve facultative sans l'avoir déclarée à l'inscription ?", "Non."),
    ("Les centres doivent-ils prévoir une salle de repli ?", "Oui, pour chaque épreuve écrite, une salle de repli "
     "équipée doit être disponible."),
    ("Combien de surveillants par salle ?", "Deux au minimum, quel que soit le nombre de candidats."),
    ("Le candidat peut-il quitter la salle avant la fin ?", "Pas avant la fin de la première heure de composition."),
    ("Un retard est-il admis ?", "Un retard d'une heure au plus peut être admis par le chef de centre ; aucun temps "
     "supplémentaire n'est accordé."),
    ("Les apprentis doivent-ils fournir une attestation d'entreprise ?", "Oui, le modèle A de l'annexe 4 est accepté."),
    ("Qui conserve les fiches d'appréciation ?", "Le centre d'épreuve, pendant un an, puis l'académie organisatrice."),
    ("Une réclamation sur une note est-elle possible ?", "Le candidat peut demander la communication de sa copie ; "
     "la note arrêtée par le jury est souveraine."),
    ("Les horaires des épreuves écrites valent-ils pour l'outre-mer ?", "Non : ils sont exprimés en heure de Paris ; les "
     "académies d'outre-mer reçoivent une note d'horaires spécifique."),
    ("Un candidat peut-il apporter son propre outillage à l'épreuve pratique ?", "Non, seul l'outillage du centre est utilisé."),
    ("Les tenues de travail sont-elles obligatoires ?", "Oui, chaussures de sécurité et vêtement de travail sont exigés."),
    ("Le rapport d'activités doit-il être relié ?", "Une reliure simple suffit ; les annexes sont limitées à dix pages."),
    ("Le tuteur peut-il assister à la soutenance ?", "Non, l'interrogation n'est pas publique."),
    ("Un candidat peut-il demander un autre centre pour l'épreuve pratique ?", "Uniquement pour raison de santé ou "
     "d'éloignement, sur décision du service des examens."),
    ("Qui fournit les dossiers techniques de l'épreuve d'organisation de la maintenance ?", "L'académie pilote, sous forme "
     "numérique, aux centres retenus."),
    ("Les notes de CCF peuvent-elles être modifiées par le jury ?", "Oui, le jury est souverain."),
    ("Les candidats redoublants refont-ils le stage ?", "Non, sauf décision contraire de l'équipe pédagogique."),
    ("Un candidat peut-il garder une note de CCF en changeant d'établissement ?", "Oui, si la situation a été "
     "intégralement évaluée dans le premier établissement."),
    ("Les sujets des épreuves écrites sont-ils publiés après la session ?", "Oui, sur le site national de ressources."),
    ("Le candidat reçoit-il une copie de la fiche d'appréciation ?", "Sur demande écrite après les résultats."),
    ("Le centre doit-il prévoir un repas pour les examinateurs ?", "Non, mais il indique les possibilités de restauration."),
]
BLOCKS += [("h1", "6. Foire aux questions")]
for i, (q, a) in enumerate(FAQ, 1):
    BLOCKS += [("q", f"Question {i}. {q}"), _p(a)]
BLOCKS += [
    ("sign", ["Fait à Lille, le 12 janvier 2027", "Pour le ministre et par délégation,",
              "le recteur de l'académie pilote", "Signé : Hervé Lancelin"]),
    ("pb",),
]

# ------------------------------------------------------------------ ANNEXE 1: the calendar
CAL_HEAD = ["Épreuve", "Intitulé", "Forme", "Date(s)", "Horaire (heure de Paris)"]
CAL = [
    ("§", "A. Épreuves écrites ponctuelles nationales"),
    ("E4", "Analyse des systèmes et préparation d'une intervention", "écrite, 4 h", "lundi 10 mai 2027", "9 h 00 – 13 h 00"),
    ("E1", "Culture générale et expression", "écrite, 4 h", "mardi 11 mai 2027", "14 h 00 – 18 h 00"),
    ("E31", "Mathématiques", "écrite, 2 h", "mercredi 12 mai 2027", "10 h 00 – 12 h 00"),
    ("E32", "Physique-chimie", "écrite, 2 h", "mercredi 12 mai 2027", "14 h 00 – 16 h 00"),
    ("§", "B. Opérations liées aux épreuves écrites"),
    ("E1, E4", "Numérisation des copies par les centres d'écrit", "—", "au plus tard le vendredi 14 mai 2027", "avant 12 h 00"),
    ("—", "Correction dématérialisée des copies (E1, E31, E32, E4)", "—", "du mardi 18 mai au mercredi 26 mai 2027", "—"),
    ("PAGE",),
    ("§", "C. Épreuves orales et pratiques ponctuelles (périodes nationales ; dates individuelles fixées par les académies)"),
    ("E2", "Langue vivante étrangère : anglais (candidats hors CCF)", "orale", "du mardi 18 mai au vendredi 4 juin 2027", "—"),
    ("EF1", "Langue vivante facultative", "orale", "du mardi 18 mai au vendredi 4 juin 2027", "—"),
    ("E51", "Intervention de maintenance sur système", "pratique, 6 h", "du mardi 25 mai au vendredi 4 juin 2027", "—"),
    ("E52", "Organisation de la maintenance", "orale, 40 min", "du mercredi 2 juin au mardi 8 juin 2027", "—"),
    ("PAGE",),
    ("§", "D. Épreuve E61 – rapport d'activités en entreprise"),
    ("E61", "Remise du rapport (2 exemplaires papier et fichier PDF) au centre d'épreuve", "—",
     "au plus tard le vendredi 16 avril 2027", "17 h 00"),
    ("E61", "Contrôle de conformité des rapports par la commission du centre", "—", "jeudi 22 avril 2027", "—"),
    ("E61", "Interrogations orales", "orale, 30 min", "du lundi 7 juin au vendredi 11 juin 2027", "—"),
    ("E62", "Projet technique : contrôle en cours de formation uniquement", "CCF", "pas de date nationale", "—"),
    ("§", "E. Fin de session"),
    ("—", "Saisie de toutes les notes (ponctuelles et CCF) dans l'application académique", "—",
     "au plus tard le mardi 15 juin 2027", "12 h 00"),
    ("—", "Réunion nationale d'harmonisation des présidents de jury (visioconférence)", "—", "jeudi 17 juin 2027", "14 h 00"),
    ("—", "Jurys de délibération dans les académies", "—", "du lundi 28 juin au mercredi 30 juin 2027", "—"),
    ("—", "Publication des résultats", "—", "vendredi 2 juillet 2027", "à partir de 10 h 00"),
]
ANNEXE1 = [
    ("h1", "ANNEXE 1 – Calendrier national de la session 2027"),
    _p("Ce calendrier est le seul qui fasse foi. Les horaires sont exprimés en heure de Paris ; ils s'appliquent à "
       "toutes les académies de métropole. Les candidats doivent être présents dans le centre trente minutes avant le "
       "début de chaque épreuve écrite."),
]
_parts, _cur = [], []
for _r in CAL:
    if _r == ("PAGE",):
        _parts.append(_cur); _cur = []
    else:
        _cur.append(_r)
_parts.append(_cur)
_SUITE = ["Rubriques A et B", "Rubrique C (suite de l'annexe 1)", "Rubriques D et E (suite et fin de l'annexe 1)"]
for _k, _part in enumerate(_parts):
    if _k:
        ANNEXE1 += [("pb",), ("h3", "ANNEXE 1 (suite) – Calendrier national de la session 2027")]
    ANNEXE1 += [("h3", _SUITE[_k]), ("cal", CAL_HEAD, _part, [1.8, 4.9, 2.0, 5.3, 3.0])]
    ANNEXE1 += [_p(C.prose(900 + _k, 4))]
ANNEXE1 += [
    ("note", "Jours fériés : jeudi 6 mai 2027 (Ascension) et lundi 17 mai 2027 (lundi de Pentecôte). Aucune épreuve, "
             "aucune interrogation et aucune réunion n'est organisée ces jours-là."),
    ("note", "Les épreuves non citées dans les rubriques A à D (E2 et E51 pour les candidats en CCF, E52 en CCF) "
             "sont organisées par les établissements de formation ; leurs notes sont saisies dans le même délai "
             "que les notes des épreuves ponctuelles."),
    ("pb",),
]

# ------------------------------------------------------------------ ANNEXES 2-5 (filler)
COMPS = {
    "E2": ["Compréhension de l'oral", "Expression orale en continu", "Interaction orale"],
    "E51": ["Préparer l'intervention", "Réaliser l'intervention", "Sécuriser l'intervention", "Rendre compte"],
    "E52": ["Analyser le fonctionnement du service", "Proposer une organisation", "Communiquer avec la commission"],
    "E61": ["Présenter l'entreprise et son service maintenance", "Analyser une activité conduite",
            "Porter un regard réflexif", "Qualité du rapport écrit"],
    "E62": ["Conduire un projet en équipe", "Concevoir une solution", "Réaliser et valider", "Présenter le projet"],
    "EF1": ["Compréhension", "Expression", "Interaction"],
}
ANNEXE2 = [("h1", "ANNEXE 2 – Grilles d'aide à l'évaluation")]
for i, (code, comps) in enumerate(COMPS.items()):
    intit = {e[0]: e[1] for e in EPR}[code]
    for opt in (["option A", "option B", "option C"] if code in ("E51", "E52", "E62") else [None]):
        g = C.grille(code, intit, comps, 1000 + 10 * i + (ord(opt[-1]) if opt else 0))
        if opt:
            g["titre"] += f" ({opt})"
        ANNEXE2 += [("grid", g), ("pb",)]
ANNEXE3 = [("h1", "ANNEXE 3 – Fiches d'appréciation")]
for code in COMPS:
    intit = {e[0]: e[1] for e in EPR}[code]
    ANNEXE3 += [("form", C.appreciation(code, intit)), ("pb",)]
ANNEXE4 = [("h1", "ANNEXE 4 – Modèles d'attestation"),
           ("form", C.fiche_descriptive("Fiche descriptive des activités en entreprise (rapport E61)", 4)), ("pb",)]
for titre, lines in C.ATTESTATIONS:
    ANNEXE4 += [("h3", titre), ("form", lines), ("pb",)]
ACADS = ["Aix-Marseille", "Amiens", "Besançon", "Bordeaux", "Clermont-Ferrand", "Créteil", "Dijon", "Grenoble", "Lille",
         "Limoges", "Lyon", "Montpellier", "Nancy-Metz", "Nantes", "Nice", "Normandie", "Orléans-Tours", "Paris",
         "Poitiers", "Reims", "Rennes", "Strasbourg", "Toulouse", "Versailles"]
PRENOMS = ["Armelle", "Bastien", "Coralie", "Didier", "Estelle", "Fabrice", "Gaëlle", "Hugues", "Inès", "Joël", "Karine",
           "Loïc", "Maëlle", "Nicolas", "Odile", "Pascal", "Rozenn", "Sylvain", "Typhaine", "Ulysse", "Valérie", "Wilfried",
           "Yannick", "Zoé"]
NOMS = ["Abgrall", "Bouchereau", "Castagnède", "Delmotte", "Esnault", "Fouquerolle", "Gasnier", "Hamelin", "Isnard",
        "Jézéquel", "Kervella", "Lagadec", "Mallet-Joris", "Normand", "Ollivro", "Peyrache", "Quéméner", "Roussel",
        "Salaün", "Tissier", "Urvoy", "Vasseur", "Weyland", "Zimmer"]
ANNEXE5 = [("h1", "ANNEXE 5 – Correspondants académiques de la spécialité"),
           _p("Les correspondants sont les interlocuteurs uniques de l'académie pilote pour la session. Ils relaient les "
              "informations auprès des centres d'épreuves de leur académie."),
           ("table", ["Académie", "Correspondant", "Service", "Téléphone"],
            [[a, f"{PRENOMS[i]} {NOMS[i]}", "Division des examens et concours", f"0{(i % 5) + 1} {20 + i} {41 + i} {10 + 2 * i} {60 + i}"]
             for i, a in enumerate(ACADS)], [4, 5, 5.5, 3], {"size": 9, "repeat": True})]

BLOCKS += ANNEXE1 + ANNEXE2 + ANNEXE3 + ANNEXE4 + ANNEXE5
