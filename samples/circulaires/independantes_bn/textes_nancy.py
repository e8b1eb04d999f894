"""BTS Contrôle industriel et régulation automatique, académie de Nancy-Metz, session 2028.
groff source (-ms macros, tbl tables, French localisation -mfr). All names, dates and references are invented."""

SOURCE = r""".\" Circulaire BTS CIRA 2028 -- DEC 5 -- source groff -ms + tbl
.nr PS 10.5
.nr VS 13
.nr PO 2.3c
.nr LL 16.4c
.nr HM 1.6c
.nr FM 2.2c
.ds CH
.ds LF Rectorat de Nancy-Metz \(em DEC 5 \(em BTS CIRA 2028
.ds RF page %
.hla fr
.hy 1
.LP
.ad l
\fBACADÉMIE DE NANCY-METZ\fP
.br
Rectorat \(em Division des examens et concours
.br
Bureau DEC 5 \(em Brevets de technicien supérieur
.br
Affaire suivie par : M. Grégoire Thiébaut
.br
Tél. : 03 83 86 24 57 \(em ce.dec5@ac-nancy-metz.fr
.sp 0.8
.ad r
Nancy, le 9 février 2028
.ad l
.sp 0.8
.in 8c
Le recteur de la région académique Grand Est,
recteur de l'académie de Nancy-Metz
.br
à
.br
Mesdames et Messieurs les proviseurs des lycées
préparant au BTS Contrôle industriel et régulation automatique
.in 0
.sp 1
.LP
.ad b
\fBObjet :\fP organisation de la session 2028 du BTS Contrôle industriel et régulation automatique (CIRA).
.br
\fBRéférence :\fP note de service académique du 4 septembre 2023 relative aux centres d'épreuves.
.PP
La présente circulaire fixe, pour l'académie de Nancy-Metz, le calendrier et les lieux des épreuves de la
session 2028. Les chefs de centre veilleront à en informer les équipes pédagogiques, les candidats scolaires,
les apprentis et les candidats issus de la formation continue ; les candidats individuels sont informés
directement par la division des examens et concours.
.NH 1
Centres d'épreuves
.IP \(bu 3
Lycée Henri Loritz, 29 rue des Jardiniers, 54000 Nancy \(em centre de dépôt des dossiers, épreuves écrites,
épreuves pratiques E51 et E52 ;
.IP \(bu 3
Lycée Louis Vincent, 2 rue de Verdun, 57000 Metz \(em épreuves écrites, épreuves orales E61 et E62, jury ;
.IP \(bu 3
Lycée Pierre Mendès France, 2 rue du Haut des Étages, 88000 Épinal \(em épreuves écrites uniquement.
.NH 1
Unités et épreuves de l'examen
.LP
.TS
center box tab(;);
cb cb s cb
l l l l.
Épreuve;Sous-épreuve;Forme
_
E1 Culture générale et expression;\(em;;écrite, 4 h
E2 Anglais;\(em;;écrite, 2 h
E3 Mathématiques et physique-chimie;E31;Mathématiques;écrite, 2 h
\^;E32;Physique-chimie;écrite, 2 h
E4 Étude d'un système technique;\(em;;écrite, 4 h
E5 Conception et réalisation;E51;Conception d'une chaîne de régulation;pratique
\^;E52;Intervention sur site;pratique
E6 Projet et activités en entreprise;E61;Projet;orale
\^;E62;Rapport d'activités en entreprise;orale
.TE
.NH 1
Calendrier des épreuves écrites
.LP
Les candidats doivent être présents dans la salle d'examen trente minutes avant l'heure indiquée. Le
lundi 8 mai 2028 est férié ; les vacances de printemps de la zone B s'étendent du samedi 15 avril au
lundi 1er mai 2028 inclus, sans incidence sur le présent calendrier.
.sp 0.5
.TS
center allbox tab(;);
cb cb cb cb cb
lb c l r r.
Date;Code;Épreuve;Début;Fin
Mardi 9 mai 2028;E1;Culture générale et expression;14 h 00;18 h 00
Mercredi 10 mai 2028;E2;Anglais;9 h 00;11 h 00
\^;E31;Mathématiques;14 h 00;16 h 00
Jeudi 11 mai 2028;E32;Physique-chimie;8 h 30;10 h 30
\^;E4;Étude d'un système technique;13 h 00;17 h 00
.TE
.NH 1
Épreuves pratiques et orales
.LP
.TS
center allbox tab(;);
cb cb cb
l lw(6c) l.
Épreuve;Période;Centre
E51 (pratique);T{
du lundi 15 mai au vendredi 19 mai 2028
T};Lycée Henri Loritz
E52 (pratique);T{
du lundi 22 mai au mercredi 24 mai 2028
T};Lycée Henri Loritz
E61 (orale);T{
du mardi 30 mai au vendredi 2 juin 2028
T};Lycée Louis Vincent
E62 (orale);T{
du mardi 6 juin au jeudi 8 juin 2028 (le lundi 5 juin, lundi de Pentecôte, est férié)
T};Lycée Louis Vincent
.TE
.NH 1
Rapports d'activités en entreprise (E62)
.PP
Les rapports sont déposés en deux exemplaires au lycée Henri Loritz, au plus tard le vendredi 31 mars
2028 à 16 h 00, le cachet de l'établissement faisant foi. Le contrôle de conformité des rapports se
tiendra le mardi 4 avril 2028 à 14 h 00 ; la commission vérifie la présence des attestations de stage
et la durée effective des périodes en entreprise. Un rapport non conforme entraîne l'attribution de la
mention « non valide » à l'épreuve E62.
.NH 1
Notes, jury et résultats
.PP
Les notes de toutes les épreuves seront saisies au plus tard le lundi 12 juin 2028 à 12 h 00. Le jury de
délibération se réunira le mardi 27 juin 2028 à 14 h 00 au lycée Louis Vincent à Metz. Les résultats
seront publiés le vendredi 30 juin 2028 à 10 h 00. Les relevés de notes seront adressés aux candidats
dans les jours suivant la publication.
.sp 1.5
.in 9c
.ad l
Pour le recteur et par délégation,
.br
le secrétaire général adjoint,
.sp 0.5
\fIArnaud Weisselberg\fP
.in 0
"""
