"""Note de service fictive du vice-rectorat de la Polynésie française, BTS CG, session 2028."""
STEM = "circulaire_cg_2028_polynesie"
EN_TETE = ["RÉPUBLIQUE FRANÇAISE", "VICE-RECTORAT DE LA POLYNÉSIE FRANÇAISE",
           "Division des examens et concours – DEC 2 (BTS)", "BP 1632 – 98713 Papeete – Tahiti"]
LIEU_DATE = "Papeete, le 12 janvier 2028"
TITRE = ("NOTE DE SERVICE n° 28-0107/VR/DEC relative à l'organisation du BTS Comptabilité et gestion (CG) – "
         "session 2028")
VISAS = ["Vu l'arrêté du 20 mars 2014 modifié portant définition et fixant les conditions de délivrance du BTS "
         "Comptabilité et gestion ;",
         "Vu la circulaire nationale d'organisation du 6 décembre 2027 ;"]
ARTICLES = [
 ("Article 1er – Champ d'application",
  ["La présente note fixe, pour la Polynésie française, le calendrier et les modalités de la session 2028 du "
   "BTS Comptabilité et gestion. Sauf mention contraire, tous les horaires sont donnés en heure de Tahiti "
   "(UTC−10). Les sujets sont spécifiques à la zone Pacifique."]),
 ("Article 2 – Épreuves écrites", "TABLE"),
 ("Article 3 – Épreuves évaluées en CCF",
  ["L'épreuve E2 – Langue vivante étrangère : anglais et l'épreuve facultative EF2 – Engagement étudiant "
   "ne donnent lieu à aucune convocation. Les attestations d'engagement étudiant (EF2) sont transmises au "
   "vice-rectorat au plus tard le vendredi 12 mai 2028."]),
 ("Article 4 – Dossier de l'épreuve E6",
  ["Le dossier de l'épreuve E6 – Parcours de professionnalisation est remis en deux exemplaires au bureau "
   "DEC 2 du vice-rectorat au plus tard le vendredi 7 avril 2028 à 11 h 00 (heure de Tahiti).",
   "Le contrôle de conformité des dossiers a lieu le mercredi 19 avril 2028 à 8 h 00."]),
 ("Article 5 – Épreuves orales",
  ["L'épreuve E6 se déroule du lundi 29 mai au vendredi 2 juin 2028 au Lycée Samuel Raapoto. "
   "La réunion d'entente des commissions d'interrogation E6 est fixée au mercredi 24 mai 2028 à 13 h 30 "
   "au même lycée.",
   "L'épreuve facultative EF1 – Langue vivante a lieu le mercredi sept juin deux mille vingt-huit "
   "(07/06/2028)."]),
 ("Article 6 – Centres d'examen", "CENTRES"),
 ("Article 7 – Établissements de formation",
  ["Les établissements de formation suivants ne sont pas centres d'examen : Lycée Pomare IV (Papeete), "
   "Lycée professionnel de Faa'a (Faa'a), CFA de la CCISM (Papeete)."]),
 ("Article 8 – Jours fériés",
  ["Sont fériés en Polynésie française pendant la session : le lundi 8 mai 2028, le jeudi 25 mai 2028 "
   "(Ascension), le lundi 5 juin 2028 (Pentecôte) et le jeudi 29 juin 2028 (fête de l'autonomie)."]),
 ("Article 9 – Délibération et résultats",
  ["Le jury de délibération se réunit le jeudi 15 juin 2028 à 8 h 00 au vice-rectorat. Les résultats sont "
   "affichés et publiés en ligne le vendredi 16 juin 2028 à 16 h 00."]),
 ("Article 10 – Exécution",
  ["Le secrétaire général du vice-rectorat et les chefs des centres d'examen sont chargés, chacun en ce qui "
   "le concerne, de l'exécution de la présente note."]),
]
TABLE_ENTETE = ["Date", "Épreuve", "Horaire (heure de Tahiti)", "Durée", "Pour information : heure de Paris"]
TABLE = [("Mardi 9 mai 2028", "E1 – Culture générale et expression", "7 h 30 – 11 h 30", "4 h",
          "19 h 30 – 23 h 30"),
         ("Mardi 9 mai 2028", "E3 – Mathématiques appliquées", "13 h 00 – 15 h 00", "2 h",
          "01 h 00 – 03 h 00 (J+1)"),
         ("Mercredi 10 mai 2028", "E4 – Culture économique, juridique et managériale", "7 h 30 – 11 h 30", "4 h",
          "19 h 30 – 23 h 30"),
         ("Jeudi 11 mai 2028", "E5 – Situations de contrôle de gestion et d'analyse financière",
          "7 h 30 – 11 h 30", "4 h", "19 h 30 – 23 h 30")]
CENTRES = [("Lycée Paul-Gauguin", "BP 2 – 98713 Papeete", "écrits (Tahiti et Moorea)"),
           ("Lycée polyvalent d'Uturoa", "BP 130 – 98735 Uturoa (Raiatea)", "écrits (Îles Sous-le-Vent)"),
           ("Lycée Samuel Raapoto", "BP 1230 – 98701 Arue", "E6, EF1 et réunion d'entente")]
SIGNATURE = ["Le vice-recteur de la Polynésie française,", "", "Teva Martin-Richaud"]
ANNEXE = ["ANNEXE – Accusé de réception (à retourner au bureau DEC 2)",
          "Établissement : ………………………………………………",
          "Fait à ……………………, le …/…/20…", "Le chef d'établissement :"]
PIED = "VR/DEC 2 – Note BTS CG 2028"
