"""Corse, BTS NDRC, session 2027: French/Corsican letterhead, French body (all invented)."""
EN_TETE = (
    ["RÉPUBLIQUE FRANÇAISE", "Liberté – Égalité – Fraternité", "ACADÉMIE DE CORSE",
     "Rectorat – Division des examens et concours (DEC 2)", "Boulevard Pascal Rossini – 20192 Ajaccio Cedex 4"],
    ["REPUBBLICA FRANCESE", "Libertà – Ugualità – Fratellanza", "ACCADEMIA DI CORSICA",
     "Rettoratu – Divisione di l'esami è di i cuncorsi", "Boulevard Pasquale Rossini – 20192 Aiacciu"],
)
BANNIERE = "Festa di a lingua corsa · Fête de la langue corse : samedi 5 juin 2027, dans tous les établissements de l'île"
LIEU_DATE = ["Ajaccio, le 3 février 2027", "Aiacciu, u 3 di ferraghju di u 2027"]
ANNEE = "Annata sculare / Année scolaire 2026-2027"
AFFAIRE = ["Affaire suivie par : Mme Santa-Maria Leccia – DEC 2 – BTS tertiaires",
           "Tél. 04 95 51 48 27 – ce.dec2@ac-corse.fr"]
DESTINATAIRES = ("La rectrice de l'académie de Corse / A rettrice di l'Accademia di Corsica\n"
                 "à\nMesdames et Messieurs les proviseurs des lycées publics et privés sous contrat\n"
                 "Mesdames et Messieurs les directeurs des centres de formation d'apprentis")
OBJET = ("Objet / Oggettu : BTS Négociation et digitalisation de la relation client (NDRC) – session 2027 – "
         "organisation des épreuves ponctuelles")
REFERENCES = ["Références : arrêté du 4 avril 2018 portant définition et fixant les conditions de délivrance du BTS NDRC ;",
              "note de service nationale d'organisation du 9 décembre 2026."]
BLOCS = [
    ("p", "La présente circulaire fixe le calendrier académique de la session 2027 du BTS NDRC et désigne les centres "
          "d'épreuves. Conformément à la charte graphique bilingue de l'académie, les intitulés et les noms de "
          "communes sont donnés en français et en langue corse ; seul le texte français fait foi."),
    ("h", "1. Épreuves écrites / Prove scritte"),
    ("table", [["Date", "Horaires", "Épreuve", "Centres"],
               ["lundi 10 mai 2027", "14 h 00 – 18 h 00", "E1 – Culture générale et expression",
                "Lycée Laetitia Bonaparte, Ajaccio (Aiacciu) ; lycée Giocante de Casabianca, Bastia"],
               ["mardi 11 mai 2027", "14 h 00 – 18 h 00", "E3 – Culture économique, juridique et managériale",
                "idem"],
               ["mercredi 12 mai 2027", "10 h 00 – 13 h 00",
                "E5A – Relation client à distance et digitalisation (partie écrite)", "idem"]]),
    ("note", "Aucune épreuve n'est organisée le jeudi 6 mai 2027 (Ascension) ni le lundi 17 mai 2027 (lundi de Pentecôte)."),
    ("h", "2. Dossiers professionnels / Cartulari prufessiunali"),
    ("p", "Les dossiers de l'épreuve E4 (relation client et négociation-vente) et de l'épreuve E6 (relation client et "
          "animation de réseaux) sont remis au plus tard le vendredi 9 avril 2027 à 17 h 00 au secrétariat du centre "
          "d'oral dont relève le candidat."),
    ("p", "Le contrôle de conformité des dossiers E4 et E6 aura lieu le mardi 20 avril 2027 à 9 h 00 au lycée Laetitia "
          "Bonaparte, Ajaccio (Aiacciu). Un dossier non conforme entraîne l'attribution de la mention « non valide » "
          "à l'épreuve concernée."),
    ("h", "3. Épreuves pratiques et orales / Prove pratiche è orale"),
    ("table", [["Épreuve", "Période", "Centre"],
               ["E5B – Relation client à distance et digitalisation (partie pratique)",
                "du mardi 18 au vendredi 21 mai 2027", "Lycée Pasquale Paoli, Corte (Corti)"],
               ["E2 – Communication en langue vivante étrangère (oral ponctuel)",
                "du mardi 25 au jeudi 27 mai 2027", "Lycée Giocante de Casabianca, Bastia"],
               ["E4 – Relation client et négociation-vente",
                "du lundi 31 mai au vendredi 4 juin 2027", "Lycée Giocante de Casabianca, Bastia ; lycée Laetitia Bonaparte, Ajaccio"],
               ["E6 – Relation client et animation de réseaux",
                "du lundi 7 au mercredi 9 juin 2027", "Lycée Laetitia Bonaparte, Ajaccio (Aiacciu)"]]),
    ("p", "L'épreuve E5 comprend ainsi deux parties : E5A (écrite) et E5B (pratique)."),
    ("p", "Réunion d'entente des examinateurs E4 et E6 : vendredi 28 mai 2027 à 14 h 00, lycée Giocante de Casabianca, "
          "Bastia (salle B 12)."),
    ("p", "Les candidats scolarisés au lycée du Fium'Orbu, Prunelli-di-Fiumorbo (Prunelli di Fiumorbu), et au lycée de "
          "Porto-Vecchio (Portivechju) ne sont pas accueillis dans leur établissement : ils composent à Bastia pour "
          "toutes les épreuves orales."),
    ("h", "4. Jury et résultats / Ghjuria è risultati"),
    ("p", "Le jury de délibération se réunira le mardi 29 juin 2027 à 9 h 30 au rectorat, Ajaccio (Aiacciu). Les résultats "
          "seront publiés le vendredi 2 juillet 2027 à 10 h 00 sur le site Cyclades."),
    ("p", "Je vous remercie de bien vouloir assurer la diffusion de la présente circulaire auprès des équipes "
          "pédagogiques et des candidats. Bona furtuna à tutti i candidati di a sessione di maghju è ghjugnu 2027 !"),
]
SIGNATURE = [("Pour la rectrice et par délégation,", "Pè a rettrice è per delegazione,"),
             ("La cheffe de la division des examens et concours", "A capa di a divisione di l'esami è di i cuncorsi"),
             ("Marie-Ange Poggi-Casanova", "Maria Angela Poggi-Casanova")]
PIED = "Rettoratu di Corsica / Rectorat de Corse – Aiacciu · Ajaccio – www.ac-corse.fr"
TRAPS = ["2027-06-05", "2027-05-06", "2027-05-17", "2027-02-03"]
