"""Export CSV (point-virgule, UTF-8 avec BOM, LF) du BTS Tourisme, académie de Grenoble, session 2025 (fictif).
Quatre lignes de présentation avant l'en-tête ; dates ISO et heures hh:mm:ss en texte ; durée en décimal à virgule."""

LIGNES = '''Académie de Grenoble;;;;;;;;;
BTS Tourisme - session 2025 - calendrier des épreuves et opérations;;;;;;;;;
Calendrier arrêté au 17/12/2024 - DEC 3;;;;;;;;;
;;;;;;;;;
N°;Opération;Épreuve(s);Libellé;Date de début;Date de fin;Heure de début;Heure de fin;Durée (h);Lieu
1;Dossier;E3 + E5;Date limite de dépôt des dossiers professionnels;2025-04-04;;16:00:00;;;Rectorat de Grenoble - DEC 3 (Grenoble)
2;Conformité;E3 + E5;Commission de contrôle de conformité;2025-04-30;;14:00:00;;;Rectorat de Grenoble - DEC 3 (Grenoble)
3;Écrit;E6;Culture touristique, territoriale et des sociétés;2025-05-12;2025-05-12;14:00:00;17:00:00;3,0;Lycée Ella-Maillart (Grenoble) / Lycée Maurice-Herzog (Annecy)
4;Écrit;E1;Culture générale et expression;2025-05-13;2025-05-13;14:00:00;18:00:00;4,0;Lycée Ella-Maillart (Grenoble) / Lycée Maurice-Herzog (Annecy)
5;Écrit;E21;Communication en langue vivante étrangère A;2025-05-14;2025-05-14;09:00:00;11:00:00;2,0;Lycée Ella-Maillart (Grenoble) / Lycée Maurice-Herzog (Annecy)
6;Écrit;E22;Communication en langue vivante étrangère B;2025-05-14;2025-05-14;14:00:00;16:00:00;2,0;Lycée Ella-Maillart (Grenoble) / Lycée Maurice-Herzog (Annecy)
7;Écrit;E4;Élaboration d'une prestation touristique;2025-05-15;2025-05-15;09:00:00;13:00:00;4,0;Lycée Ella-Maillart (Grenoble) / Lycée Maurice-Herzog (Annecy)
8;Oral;E3;Gestion de la relation clientèle touristique;2025-06-02;2025-06-06;;;;Lycée Rosa-Bonheur (Valence)
9;Oral;EF1;Langue vivante étrangère C (facultative);2025-06-04;2025-06-04;;;;Lycée Rosa-Bonheur (Valence)
10;Oral;E5;Gestion de l'information touristique;2025-06-10;2025-06-13;;;;Lycée Rosa-Bonheur (Valence)
11;Jury;;Jury de délibération;2025-07-02;;09:00:00;;;Rectorat de Grenoble (Grenoble)
12;Résultats;;Publication des résultats;2025-07-04;;10:00:00;;;Internet
;;;;;;;;;
Rappel : pas d'épreuve le jeudi 29 mai 2025 (Ascension) ni le lundi 9 juin 2025 (Pentecôte).;;;;;;;;;
'''
