"""Export CSV (point-virgule, Windows-1252, CRLF) du BTS Transport et prestations logistiques,
académie de Normandie, session 2028 (fictif). Dates et heures en texte."""

LIGNES = r'''Session;Académie;Spécialité;Type;Code épreuve;Libellé;Date début;Date fin;Heure début;Heure fin;Lieu;Ville;Commentaire
2028;Normandie;BTS TPL;Dossier;E6;Dépôt des dossiers E6 (pérennisation et développement de l'activité);07/04/2028;;12h00;;Lycée Pierre-Brossolette;Le Havre;"Dépôt au secrétariat; 2 exemplaires"
2028;Normandie;BTS TPL;Conformité;E6;Contrôle de conformité des dossiers E6;04/05/2028;;14h00;;Lycée Pierre-Brossolette;Le Havre;
2028;Normandie;BTS TPL;Écrit;E5;Conception d'opérations de transport et de prestations logistiques;15/05/2028;;13h00;18h00;Lycée Anne-Sylvestre;Rouen;Durée 5 h
2028;Normandie;BTS TPL;Écrit;E5;Conception d'opérations de transport et de prestations logistiques;15/05/2028;;13h00;18h00;Lycée Caroline-Aigle;Caen;Durée 5 h
2028;Normandie;BTS TPL;Écrit;E2;Langue vivante étrangère 1 : anglais (écrit);16/05/2028;;09h30;11h30;Lycée Anne-Sylvestre;Rouen;
2028;Normandie;BTS TPL;Écrit;E2;Langue vivante étrangère 1 : anglais (écrit);16/05/2028;;09h30;11h30;Lycée Caroline-Aigle;Caen;
2028;Normandie;BTS TPL;Écrit;E1;Culture générale et expression;16/05/2028;;14h00;18h00;Lycée Anne-Sylvestre;Rouen;Sujet national
2028;Normandie;BTS TPL;Écrit;E1;Culture générale et expression;16/05/2028;;14h00;18h00;Lycée Caroline-Aigle;Caen;Sujet national
2028;Normandie;BTS TPL;Écrit;E3;Culture économique, juridique et managériale;17/05/2028;;14h00;18h00;Lycée Anne-Sylvestre;Rouen;
2028;Normandie;BTS TPL;Écrit;E3;Culture économique, juridique et managériale;17/05/2028;;14h00;18h00;Lycée Caroline-Aigle;Caen;
2028;Normandie;BTS TPL;Écrit;E4;Mise en œuvre d'opérations de transport et de prestations logistiques;18/05/2028;;08h30;12h30;Lycée Anne-Sylvestre;Rouen;
2028;Normandie;BTS TPL;Écrit;E4;Mise en œuvre d'opérations de transport et de prestations logistiques;18/05/2028;;08h30;12h30;Lycée Caroline-Aigle;Caen;
2028;Normandie;BTS TPL;Information;;Jour férié (Ascension) - aucune épreuve;25/05/2028;;;;;;
2028;Normandie;BTS TPL;Oral;E6;Pérennisation et développement de l'activité (oral);29/05/2028;02/06/2028;;;Lycée Pierre-Brossolette;Le Havre;"Planning de passage
communiqué par le centre"
2028;Normandie;BTS TPL;Oral;EF1;Langue vivante étrangère 2 facultative;31/05/2028;;;;Lycée Pierre-Brossolette;Le Havre;Sur inscription
2028;Normandie;BTS TPL;Information;;Lundi de Pentecôte - centres fermés;05/06/2028;;;;;;
2028;Normandie;BTS TPL;Jury;;Jury de délibération;27/06/2028;;14h00;;Rectorat de Normandie;Caen;
2028;Normandie;BTS TPL;Résultats;;Publication des résultats;28/06/2028;;10h00;;;;Site de l'académie
'''
