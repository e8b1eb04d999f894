"""BTS Bioanalyses et contrôles, académie de Toulouse, session 2027: LaTeX source (pdflatex).
All names, dates and references are invented. `source(t1=True)` loads fontenc T1 + Latin Modern;
`source(t1=False)` keeps LaTeX's default OT1 encoding (accents built from separate glyphs)."""

PREAMBULE_T1 = r"""
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[kerning=true]{microtype}
"""

PREAMBULE_OT1 = r"""
% pas de fontenc : codage OT1 par défaut, polices Computer Modern
"""

CORPS = r"""
\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
%(preambule)s
\usepackage[french]{babel}
\usepackage[margin=2.2cm,top=1.8cm]{geometry}
\usepackage{booktabs,multirow,array}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\footnotesize Rectorat de l'académie de Toulouse -- DEC 3 -- BTS BIOAC}
\fancyfoot[R]{\footnotesize \thepage}
\frenchsetup{StandardItemLabels=true}
\begin{document}

\noindent
\begin{minipage}[t]{0.5\textwidth}
\textbf{\large ACADÉMIE DE TOULOUSE}\\[2pt]
\small Rectorat\\
Division des examens et concours\\
Bureau DEC 3 -- BTS\\
Affaire suivie par : Mme Hélène Castagnac\\
Tél. : 05 36 25 71 48\\
Mél : dec3-bts@ac-toulouse.fr
\end{minipage}\hfill
\begin{minipage}[t]{0.42\textwidth}\raggedleft
Toulouse, le 12 janvier 2027\\[10pt]
\raggedright
Le recteur de l'académie de Toulouse\\
à\\
Mesdames et Messieurs les proviseurs des lycées publics et privés sous contrat préparant au BTS
\end{minipage}

\vspace{14pt}
\noindent\textbf{Objet :} organisation de l'examen du BTS Bioanalyses et contrôles (BIOAC) -- session 2027.\\
\textbf{Référence :} arrêté du 15 avril 2013 portant définition et fixant les conditions de délivrance du
brevet de technicien supérieur « bioanalyses et contrôles ».

\vspace{8pt}
J'ai l'honneur de vous faire connaître les modalités d'organisation de la session 2027 du BTS Bioanalyses et
contrôles. Je vous remercie de bien vouloir en assurer la diffusion auprès des enseignants concernés, des
candidats et des personnels de direction afin que chacun dispose, dès à présent, d'une information fiable et
définitive. Les modifications éventuelles vous seraient notifiées par un rectificatif officiel ; aucune
information transmise oralement ne saurait s'y substituer.

\section*{1. Réunion d'information des centres}
Une réunion d'information destinée aux chefs de centre et aux coordonnateurs de la section se tiendra le
jeudi 18 février 2027 à 14~h~00 au rectorat de Toulouse, salle Pierre-Paul Riquet. L'ordre du jour portera
sur la logistique des épreuves pratiques, l'affichage des convocations et la sécurisation des sujets.

\section*{2. Centres d'épreuves}
\begin{itemize}
\item Lycée Déodat de Séverac, 26 boulevard Déodat de Séverac, 31300 Toulouse -- centre de regroupement des
dossiers, épreuves écrites, épreuve pratique E5 ;
\item Lycée Jolimont, 44 chemin Cassaing, 31500 Toulouse -- épreuves écrites, épreuve orale E6 ;
\item Lycée Antoine Bourdelle, 3 boulevard Édouard Herriot, 82000 Montauban -- épreuves écrites, épreuve pratique E5.
\end{itemize}

\section*{3. Épreuves et unités}
\begin{center}
\begin{tabular}{@{}lllcc@{}}
\toprule
\multicolumn{2}{@{}l}{\textbf{Épreuve}} & \textbf{Intitulé} & \textbf{Forme} & \textbf{Durée} \\
\midrule
E1 & & Culture générale et expression & écrite & 4~h \\
E2 & & Langue vivante étrangère : anglais & écrite & 2~h \\
\multirow{2}{*}{E3} & E31 & Mathématiques & écrite & 2~h \\
 & E32 & Physique-chimie & écrite & 2~h \\
E4 & & Biologie et techniques d'analyse & écrite & 4~h \\
E5 & & Épreuve pratique de bioanalyses & pratique & 6~h \\
E6 & & Projet professionnel & orale & 40~min \\
\bottomrule
\end{tabular}
\end{center}

\section*{4. Calendrier des épreuves écrites}
Les candidats sont convoqués trente minutes avant le début de chaque épreuve. Aucune sortie définitive
n'est autorisée avant la fin de la première heure.

\begin{center}
\begin{tabular}{@{}l>{\bfseries}lp{5.6cm}cc@{}}
\toprule
\multirow{2}{*}{\textbf{Date}} & \multirow{2}{*}{\textbf{Code}} & \multirow{2}{*}{\textbf{Épreuve}} &
\multicolumn{2}{c}{\textbf{Horaires}} \\
\cmidrule(l){4-5}
 & & & \textit{Début} & \textit{Fin} \\
\midrule
Lundi 10 mai 2027 & E1 & Culture générale et expression & 14~h~00 & 18~h~00 \\
\midrule
\multirow{2}{*}{Mardi 11 mai 2027} & E2 & Anglais & 9~h~00 & 11~h~00 \\
 & E31 & Mathématiques & 14~h~00 & 16~h~00 \\
\midrule
\multirow{2}{*}{Mercredi 12 mai 2027} & E32 & Physique-chimie & 9~h~00 & 11~h~00 \\
 & E4\textsuperscript{1} & Biologie et techniques d'analyse & 13~h~30 & 17~h~30 \\
\bottomrule
\end{tabular}
\end{center}
{\footnotesize \textsuperscript{1}\,Calculatrice autorisée en mode examen ; les candidats bénéficiant d'un
temps majoré composent dans une salle distincte.}

\medskip
Le lundi 17 mai 2027 (lundi de Pentecôte) est férié : aucune épreuve n'est organisée ce jour-là. Comme lors
de la session 2026, dont les écrits s'étaient déroulés les 11, 12 et 13 mai 2026, les sujets sont acheminés
sous pli scellé la veille de chaque épreuve.

\section*{5. Épreuves pratiques et orales}
\begin{center}
\begin{tabular}{@{}llp{5.2cm}@{}}
\toprule
\textbf{Épreuve} & \textbf{Période} & \textbf{Lieux} \\
\midrule
E5 -- pratique & du mardi 18 mai au vendredi 28 mai 2027 & lycée Déodat de Séverac (Toulouse),
lycée Antoine Bourdelle (Montauban) \\
E6 -- orale & du lundi 31 mai au vendredi 4 juin 2027 & lycée Jolimont (Toulouse) \\
\bottomrule
\end{tabular}
\end{center}

\section*{6. Dossiers de projet (E6) et contrôle de conformité}
Les dossiers de projet professionnel sont déposés, contre émargement, au lycée Déodat de Séverac au plus tard
le vendredi 2 avril 2027 à 12~h~00. Le contrôle de conformité aura lieu le mercredi 7 avril 2027 à 9~h~00
dans le même établissement ; les dossiers non conformes seront signalés aux candidats par écrit, afin qu'ils
puissent, le cas échéant, faire valoir leurs observations. En cas de difficulté, un conflit de calendrier avec
une autre certification doit être signalé sans délai au bureau DEC~3.

\section*{7. Harmonisation, jury et résultats}
La commission d'harmonisation de l'épreuve E4 se réunira le jeudi 3 juin 2027 à 9~h~30 au rectorat. Le jury
de délibération siégera le mardi 29 juin 2027 à 9~h~00 au rectorat de Toulouse. Les résultats seront publiés
le jeudi 1\textsuperscript{er} juillet 2027 à partir de 10~h~00 ; aucun résultat ne sera communiqué par
téléphone, l'affichage officiel et le service de consultation en ligne faisant seuls foi.

\vspace{16pt}
\hfill\begin{minipage}{0.45\textwidth}
Pour le recteur et par délégation,\\
la cheffe de la division des examens et concours,\\[6pt]
\textit{Sylvie Marcadal}
\end{minipage}
\end{document}
"""


def source(t1=True):
    return CORPS.replace("%(preambule)s", PREAMBULE_T1 if t1 else PREAMBULE_OT1)
