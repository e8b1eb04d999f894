"""Texte de la note nationale fictive : BTS Gestion de la PME rénové, première session 2029 (document HTML).
Pièges : planning pluriannuel de la rénovation (2026 → 2030), dates de la dernière session de l'ancien référentiel,
bilan chiffré de la session 2028, table de correspondance ancien / nouveau référentiel."""

MINISTERE = "Ministère de l'Éducation nationale et de l'Enseignement supérieur"
DIRECTION = "Direction générale de l'enseignement supérieur et de l'insertion professionnelle – Service des examens"
NOR = "Note de service n° 2028-147 du 17 novembre 2028"
LIEU_DATE = "Paris, le 17 novembre 2028"
DESTINATAIRES = ("Aux rectrices et recteurs d'académie ; aux directrices et directeurs des examens et concours ; "
                 "au directeur du SIEC")
TITRE = "Brevet de technicien supérieur « Gestion de la PME » (GPME) – Organisation de la session 2029, première session du référentiel rénové"
INTRO = ("L'arrêté du 12 mars 2026 a rénové le brevet de technicien supérieur Gestion de la PME. La session 2029 est "
         "la première session organisée selon le nouveau règlement d'examen. La présente note précise le calendrier "
         "national de cette session ; elle rappelle également, pour information, les étapes de la rénovation et les "
         "dates de la dernière session de l'ancien référentiel, qui ne s'appliquent plus.")

T_PLAN = "1. Planning pluriannuel de la rénovation (pour information)"
PLAN_ENTETE = ["Année", "Étape", "Dates repères"]
PLAN = [
    ["2026", "Publication du référentiel rénové", "arrêté du 12 mars 2026 (JORF du 27 mars 2026)"],
    ["2027", "Entrée en formation de la première promotion ; session 2027 de l'ancien BTS",
     "rentrée de septembre 2027 ; écrits de l'ancien BTS du lundi 10 au mercredi 12 mai 2027"],
    ["2028", "Dernière session de l'ancien référentiel",
     "écrits du lundi 15 au mercredi 17 mai 2028 ; jurys au plus tard le vendredi 7 juillet 2028"],
    ["2029", "Première session rénovée", "voir le calendrier national au point 3"],
    ["2030", "Bilan national de la rénovation", "présenté à la CPC en janvier 2030"],
]

T_BILAN = "2. Bilan de la dernière session de l'ancien référentiel (session 2028)"
BILAN = ("La session 2028 a compté 15 482 inscrits (effectifs au 31 janvier 2028) et 11 803 admis, soit un taux de "
         "réussite de 77,6 %. Pour la session 2029, les effectifs prévisionnels remontés au 1er octobre 2028 "
         "s'élèvent à 15 910 candidats, dont 1 204 candidats ajournés en 2028 qui conservent le bénéfice de leurs "
         "notes dans les conditions de la table de correspondance (annexe).")

T_EPR = "3. Épreuves et calendrier national de la session 2029"
EPR_ENTETE = ["Épreuve", "Unité", "Intitulé", "Forme", "Date et horaire (heure de Paris)"]
EPR = [
    ["E1", "U1", "Culture générale et expression", "écrit 4 h", "mardi 15 mai 2029, 14 h – 18 h"],
    ["E2", "U2", "Communication en langue vivante étrangère (anglais)", "CCF ou oral 20 min",
     "dates fixées par chaque académie"],
    ["E3", "U3", "Culture économique, juridique et managériale", "écrit 4 h", "lundi 14 mai 2029, 14 h – 18 h"],
    ["E4", "U4", "Gérer la relation avec les clients et les fournisseurs de la PME", "CCF ou oral 30 min",
     "du lundi 28 mai au vendredi 15 juin 2029"],
    ["E5", "U5", "Piloter les risques et les ressources humaines de la PME", "CCF ou oral 30 min",
     "du lundi 28 mai au vendredi 15 juin 2029"],
    ["E6", "U6", "Soutenir le développement de la PME", "écrit 4 h 30", "mercredi 16 mai 2029, 9 h – 13 h 30"],
    ["EF1", "UF1", "Langue vivante étrangère B (facultative)", "oral 20 min", "dates fixées par chaque académie"],
    ["EF2", "UF2", "Engagement étudiant (facultative)", "oral 20 min", "dates fixées par chaque académie"],
]
EPR_NOTE = ("Les épreuves orales ponctuelles E4 et E5 se déroulent, selon le calendrier arrêté par chaque académie, "
            "entre le lundi 28 mai et le vendredi 15 juin 2029. Les jeudi 10 mai 2029 (Ascension) et lundi 21 mai "
            "2029 (lundi de Pentecôte) sont fériés.")

T_JAL = "4. Jalons nationaux de la session 2029"
JALONS = [
    ("vendredi 13 avril 2029", "date limite nationale de dépôt des dossiers de l'épreuve E4 (U4) dans les services académiques"),
    ("jeudi 24 mai 2029, 10 h", "réunion nationale d'harmonisation de l'épreuve E6, en visioconférence"),
    ("vendredi 22 juin 2029", "date limite de saisie de l'ensemble des notes dans l'application nationale"),
    ("vendredi 6 juillet 2029", "date limite de tenue des jurys de délibération"),
]

T_CORR = "Annexe – Table de correspondance entre l'ancien et le nouveau référentiel"
CORR_ENTETE = ["Ancien référentiel (dernière session 2028)", "Nouveau référentiel (à partir de la session 2029)"]
CORR = [
    ["E1 – U1 Culture générale et expression", "E1 – U1 Culture générale et expression"],
    ["E2 – U2 Langue vivante étrangère", "E2 – U2 Communication en langue vivante étrangère"],
    ["E3 – U3 Culture économique, juridique et managériale", "E3 – U3 Culture économique, juridique et managériale"],
    ["E4 – U4 Gérer la relation avec les clients et les fournisseurs", "E4 – U4 Gérer la relation avec les clients et les fournisseurs de la PME"],
    ["E51 – U51 Participer à la gestion des risques de la PME", "E5 – U5 Piloter les risques et les ressources humaines de la PME"],
    ["E52 – U52 Gérer le personnel et contribuer à la GRH", "E5 – U5 (note unique ; moyenne des notes E51 et E52)"],
    ["E6 – U6 Soutenir le fonctionnement et le développement de la PME", "E6 – U6 Soutenir le développement de la PME"],
]
CORR_NOTE = ("Les notes obtenues à la session 2028 ou antérieurement sont reportées selon cette table, dans la limite "
             "de leur durée de validité de cinq ans.")
SIGNATURE = ["Pour la ministre et par délégation,", "la cheffe du service des examens,", "Hélène Barthès-Carrière"]
