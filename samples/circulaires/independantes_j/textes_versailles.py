"""Texte de la circulaire SAM 2026 de l'académie de Versailles (fictive).

Lettre en paragraphes, sans aucun tableau ; toutes les dates de session sont
écrites en toutes lettres.
"""

EN_TETE_GAUCHE = [
    "RÉGION ACADÉMIQUE ÎLE-DE-FRANCE",
    "ACADÉMIE DE VERSAILLES",
    "Liberté – Égalité – Fraternité",
    "",
    "Division des examens et concours",
    "DEC 3 – Bureau des brevets de technicien supérieur",
]

BLOC_CONTACT = [
    "Affaire suivie par : Mme Hélène Marchetti",
    "Tél. : 01 30 83 47 12",
    "Mél : dec3-bts@ac-versailles.fr",
    "3 boulevard de Lesseps",
    "78017 Versailles Cedex",
]

LIEU_DATE = "Versailles, le vingt-six janvier deux mille vingt-six"

EXPEDITEUR = "Le recteur de l'académie de Versailles, chancelier des universités"

DESTINATAIRES = (
    "à Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat, "
    "Mesdames et Messieurs les directeurs de centres de formation d'apprentis, "
    "Mesdames et Messieurs les chefs de centre d'examen"
)

OBJET = ("Objet : organisation du brevet de technicien supérieur Support à l'action managériale "
         "(SAM) – session deux mille vingt-six")

REFERENCES = ("Références : arrêté du 19 juillet 2018 portant définition et fixant les conditions de "
              "délivrance du BTS Support à l'action managériale ; code de l'éducation, articles "
              "D. 643-1 à D. 643-35.")

# (intertitre ou None, paragraphe)
PARAGRAPHES = [
    (None,
     "La présente lettre a pour objet de vous faire connaître les conditions dans lesquelles se "
     "déroulera, dans l'académie de Versailles, la session deux mille vingt-six du brevet de "
     "technicien supérieur Support à l'action managériale. Je vous saurais gré d'en assurer la "
     "diffusion la plus large auprès des équipes pédagogiques, des candidats et des personnels "
     "qui concourent à l'organisation des épreuves, et de veiller à ce que chacun en prenne "
     "connaissance avant les vacances de printemps."),
    ("Les épreuves écrites",
     "Les épreuves écrites se dérouleront sur trois journées consécutives. L'épreuve E3, Culture "
     "économique, juridique et managériale, ouvrira la session le lundi onze mai deux mille "
     "vingt-six, de quatorze heures à dix-huit heures. L'épreuve E1, Culture générale et "
     "expression, aura lieu le lendemain, mardi douze mai, de neuf heures à treize heures. Le "
     "mercredi treize mai enfin, les candidats composeront le matin, de dix heures à midi, pour "
     "la sous-épreuve écrite E21 de langue vivante étrangère A, puis l'après-midi, de quatorze "
     "heures à dix-huit heures, pour l'épreuve E6, Collaboration à la gestion des ressources "
     "humaines."),
    (None,
     "Les candidats relevant des établissements du Val-d'Oise et des Yvelines composeront au lycée "
     "Camille Pissarro, 1 place de l'Europe, à Pontoise ; ceux de l'Essonne au lycée du Parc de "
     "Vilgénis, 80 rue de Versailles, à Massy ; ceux des Hauts-de-Seine au lycée Jean-Pierre "
     "Vernant, 21 rue du Docteur Ledermann, à Sèvres. La convocation de chaque candidat précise "
     "le centre qui lui est attribué ; aucun changement de centre ne sera accordé après la "
     "publication des convocations."),
    (None,
     "Je vous rappelle que le jeudi quatorze mai, jour de l'Ascension, est férié et que de nombreux "
     "établissements seront fermés le vendredi quinze mai : aucune épreuve n'a été fixée à ces "
     "deux dates. Les chefs de centre organiseront la surveillance à raison de deux surveillants "
     "au moins par salle ; les établissements de formation qui présentent des candidats apportent "
     "leur concours à cette mission en désignant des professeurs auprès du centre dont ils "
     "relèvent."),
    ("La correction dématérialisée",
     "Les copies de l'épreuve E6 feront l'objet d'une correction dématérialisée. Une réunion "
     "d'entente des correcteurs se tiendra en visioconférence le lundi dix-huit mai à neuf heures "
     "trente ; la correction se déroulera ensuite du mardi dix-neuf mai au vendredi cinq juin "
     "inclus. Les correcteurs bénéficieront, dans la mesure du possible, d'un allègement de "
     "service pendant cette période."),
    ("Les dossiers des épreuves orales",
     "Les dossiers professionnels qui servent de support aux épreuves orales E4, Optimisation des "
     "processus administratifs, et E5, Gestion de projet, devront parvenir au rectorat, division "
     "des examens et concours, bureau DEC 3, au plus tard le vendredi dix avril deux mille "
     "vingt-six à midi, le cachet de la poste ne faisant pas foi. Le contrôle de conformité de "
     "ces dossiers aura lieu le jeudi seize avril à quatorze heures ; les établissements seront "
     "informés sans délai des dossiers déclarés non conformes. Aucune régularisation ne pourra "
     "intervenir pendant les vacances de printemps, qui s'étendent du samedi dix-huit avril au "
     "lundi quatre mai."),
    ("Les épreuves orales",
     "Les interrogations de l'épreuve E4 se dérouleront au lycée Jean-Pierre Vernant du mardi "
     "vingt-six au vendredi vingt-neuf mai, le lundi vingt-cinq mai, lundi de Pentecôte, étant "
     "férié. Celles de l'épreuve E5 auront lieu dans le même établissement du lundi premier au "
     "vendredi cinq juin deux mille vingt-six. Une réunion d'entente des commissions "
     "d'interrogation des épreuves E4 et E5 est fixée au vendredi vingt-deux mai à quatorze "
     "heures, au lycée Jean-Pierre Vernant ; la présence de tous les examinateurs convoqués y est "
     "obligatoire."),
    (None,
     "L'épreuve E2, Expression et culture en langues vivantes étrangères, comporte deux "
     "sous-épreuves. La sous-épreuve E21, langue A, est écrite pour tous les candidats, comme "
     "indiqué plus haut. La sous-épreuve E22, langue B, est évaluée en contrôle en cours de "
     "formation pour les élèves et apprentis des établissements habilités ; les autres candidats "
     "la passeront sous forme ponctuelle orale au lycée Jules Ferry, 29 rue du Maréchal Joffre, "
     "à Versailles, les mardi neuf et mercredi dix juin. L'épreuve facultative EF1, langue "
     "vivante C, se tiendra dans ce même lycée le jeudi onze juin. L'épreuve facultative EF2, "
     "Engagement étudiant, ne donne lieu à aucune convocation collective : le candidat qui l'a "
     "choisie joint les pièces justificatives à son dossier de l'épreuve E4."),
    ("Les notes et les livrets",
     "Les notes de contrôle en cours de formation, accompagnées des livrets scolaires et des "
     "grilles d'évaluation signées, devront être transmises au bureau DEC 3 au plus tard le "
     "vendredi vingt-neuf mai à seize heures. Aucune note ne sera saisie par les services "
     "académiques au-delà de cette échéance."),
    ("Le jury et les résultats",
     "Le jury de délibération se réunira le mercredi premier juillet deux mille vingt-six à neuf "
     "heures au lycée Jules Ferry. Les résultats seront publiés le vendredi trois juillet à partir "
     "de dix heures sur le site internet de l'académie ; aucun résultat ne sera communiqué par "
     "téléphone. Les relevés de notes seront adressés aux candidats par voie dématérialisée."),
    (None,
     "Je vous remercie de votre collaboration et de l'attention que vous porterez au respect de "
     "ces échéances, dont dépend le bon déroulement de la session."),
]

SIGNATURE = [
    "Pour le recteur et par délégation,",
    "la cheffe de la division des examens et concours",
    "",
    "Claire Dumoulin-Besson",
]

PIED_DE_PAGE = "Rectorat de l'académie de Versailles – DEC 3 – circulaire BTS SAM, session 2026"
