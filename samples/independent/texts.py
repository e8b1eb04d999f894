"""Names, organisations, places and French date phrasings for the independent corpus."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

PRENOMS_F = [
    "Léa", "Chloé", "Inès", "Manon", "Camille", "Sarah", "Emma", "Jade", "Zoé", "Lina", "Maëlys", "Anaïs",
    "Océane", "Yasmine", "Clémence", "Noémie", "Amandine", "Élodie", "Fatoumata", "Mélissa", "Héloïse",
]
PRENOMS_M = [
    "Lucas", "Hugo", "Théo", "Nathan", "Enzo", "Mathis", "Rayan", "Yanis", "Maxime", "Quentin", "Kévin",
    "Antoine", "Bastien", "Jérémy", "Mehdi", "Loïc", "Adrien", "Noah", "Gaëtan", "Florian", "Sofiane",
]
NOMS = [
    "Martin", "Bernard", "Lefèvre", "Giraud", "Rossi", "Bianchi", "N'Diaye", "Da Silva", "Le Gall", "Moreau",
    "Fabre", "Garnier", "Mercier", "Blanc", "Guérin", "Faure", "André", "Chevalier", "Roux", "Nguyen",
    "Benali", "Pellegrino", "Castellane", "Lemaire-Dupont", "Ferrand", "Olivieri", "Baudoin", "Aubert",
    "Marchetti", "Boucher", "Carpentier", "Hoarau", "Laurent", "Masson", "Perrin", "Schmitt", "Vidal",
]
VILLES = [
    ("Nice", "06000"), ("Nice", "06200"), ("Antibes", "06600"), ("Cannes", "06400"), ("Grasse", "06130"),
    ("Menton", "06500"), ("Cagnes-sur-Mer", "06800"), ("Saint-Laurent-du-Var", "06700"),
    ("Valbonne Sophia Antipolis", "06560"), ("Toulon", "83000"), ("Fréjus", "83600"),
    ("Draguignan", "83300"), ("Hyères", "83400"), ("La Seyne-sur-Mer", "83500"), ("Vence", "06140"),
]
RUES = [
    "avenue Jean Médecin", "boulevard Gambetta", "rue de France", "chemin des Colles", "route de Grasse",
    "avenue de la République", "rue Pastorelli", "allée des Cyprès", "boulevard du Mercantour",
    "rue Jean Jaurès", "place Garibaldi", "avenue du Général de Gaulle", "impasse des Oliviers",
    "route des Dolines", "quai des Docks", "boulevard de Strasbourg", "rue Paul Déroulède",
]
PREFIXES = ["Azur", "Riviera", "Alpes", "Méditerranée", "Estérel", "Cyber", "Data", "Net", "Infra", "Sud",
            "Orion", "Lumen", "Kalliste", "Nova", "Mistral", "Baie des Anges", "Cap", "Altitude"]
SUFFIXES = ["Informatique", "Services", "Systèmes", "Solutions", "Conseil", "Réseaux", "Numérique", "Digital",
            "Technologies", "Cloud", "Sécurité"]
FORMES = ["SAS", "SARL", "SA", "EURL", "SASU"]
INSTITUTIONS = [
    "Mairie de {ville}", "Centre hospitalier de {ville}", "Communauté d'agglomération de {ville}",
    "Clinique Saint-Roch de {ville}", "Association Les Amis du Numérique de {ville}",
    "Cabinet d'expertise comptable Fabre & Associés", "Office de tourisme de {ville}",
    "Lycée Les Eucalyptus — service informatique", "Caisse d'allocations familiales des Alpes-Maritimes",
]
FONCTIONS = [
    "Responsable informatique", "Administrateur systèmes et réseaux", "Directeur technique", "Gérant",
    "Chef de projet", "Responsable du service des systèmes d'information", "Directrice des ressources humaines",
    "Ingénieur réseaux", "Responsable d'exploitation", "Développeur senior", "Président", "DSI",
]
LYCEES = [
    "Lycée Les Eucalyptus, Nice", "Lycée Paul Augier, Nice", "Lycée Jules Ferry, Cannes",
    "Lycée Dumont d'Urville, Toulon", "Lycée Bonaparte, Toulon", "Lycée Tocqueville, Grasse",
    "CFA Campus numérique, Sophia Antipolis", "Lycée Audiberti, Antibes",
]
MISSIONS_SISR = [
    "Installation et configuration d'un serveur Active Directory (Windows Server 2022)",
    "Mise en place d'une supervision avec Zabbix et alertes par courriel",
    "Déploiement de postes clients par WDS/MDT et gestion des GPO",
    "Configuration de VLAN et d'un routage inter-VLAN sur commutateurs Cisco",
    "Mise en place d'un pare-feu pfSense et d'un VPN nomade OpenVPN",
    "Sauvegarde des serveurs avec Veeam et test de restauration",
    "Migration de la messagerie vers Microsoft 365",
    "Gestion du parc et des incidents avec GLPI",
    "Virtualisation sous Proxmox VE et haute disponibilité",
]
MISSIONS_SLAM = [
    "Développement d'une application de gestion des congés (Symfony, MariaDB)",
    "Création d'une API REST en Python (FastAPI) pour le suivi des interventions",
    "Refonte du site vitrine de l'entreprise (WordPress, thème enfant)",
    "Application mobile de prise de rendez-vous (Flutter)",
    "Tests unitaires et intégration continue (GitLab CI)",
    "Modélisation et optimisation d'une base de données PostgreSQL",
    "Développement d'un module de facturation en C# (.NET 8)",
    "Tableau de bord de suivi des ventes (React, Chart.js)",
    "Maintenance corrective d'une application PHP existante",
]

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
NOMBRES = {1: "une", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf",
           10: "dix", 11: "onze", 12: "douze", 13: "treize", 14: "quatorze"}


@dataclass
class Personne:
    """A person: civilité, prénom, nom, fonction."""

    civilite: str
    prenom: str
    nom: str
    fonction: str = ""
    feminin: bool = False

    @property
    def complet(self) -> str:
        return f"{self.prenom} {self.nom}"

    @property
    def formel(self) -> str:
        return f"{self.civilite} {self.prenom} {self.nom.upper()}"


@dataclass
class Organisme:
    """A host organisation with its address."""

    nom: str
    rue: str
    ville: str
    cp: str
    siret: str
    telephone: str
    domaine: str
    couleur: tuple[int, int, int] = (20, 60, 140)
    sigle: str = ""

    @property
    def adresse(self) -> str:
        return f"{self.rue}, {self.cp} {self.ville}"


@dataclass
class Etudiant:
    """The candidate."""

    numero: str
    personne: Personne
    naissance: dt.date
    option: str
    lycee: str
    adresse: str
    email: str
    telephone: str
    extra: dict = field(default_factory=dict)


def personne(rng: random.Random, fonction: str = "") -> Personne:
    feminin = rng.random() < 0.45
    prenom = rng.choice(PRENOMS_F if feminin else PRENOMS_M)
    return Personne("Mme" if feminin else "M.", prenom, rng.choice(NOMS), fonction, feminin)


def telephone(rng: random.Random, mobile: bool = False) -> str:
    head = rng.choice(["06", "07"]) if mobile else rng.choice(["04 93", "04 92", "04 94", "04 97"])
    n = 4 if mobile else 3
    return " ".join([head] + [f"{rng.randint(0, 99):02d}" for _ in range(n)])


def organisme(rng: random.Random) -> Organisme:
    ville, cp = rng.choice(VILLES)
    if rng.random() < 0.3:
        nom = rng.choice(INSTITUTIONS).format(ville=ville)
        domaine = "".join(c for c in ville.lower() if c.isalpha())[:10] + ".fr"
    else:
        p, s = rng.choice(PREFIXES), rng.choice(SUFFIXES)
        nom = f"{p} {s} {rng.choice(FORMES)}"
        domaine = (p + s).lower().replace(" ", "").replace("é", "e").replace("è", "e")[:16] + ".fr"
    couleurs = [(20, 60, 140), (170, 30, 40), (20, 110, 70), (90, 40, 130), (200, 100, 0), (0, 120, 150)]
    siret = " ".join([f"{rng.randint(100, 999)}" for _ in range(3)]) + f" {rng.randint(10000, 99999)}"
    sigle = "".join(w[0] for w in nom.replace("'", " ").split() if w[:1].isupper())[:4]
    domaine = unicodedata.normalize("NFKD", domaine).encode("ascii", "ignore").decode()
    return Organisme(nom, f"{rng.randint(1, 180)} {rng.choice(RUES)}", ville, cp, siret, telephone(rng),
                     domaine, rng.choice(couleurs), sigle or nom[:3].upper())


# ---------------------------------------------------------------- dates

def jour(d: dt.date) -> str:
    return "1er" if d.day == 1 else str(d.day)


def fr_long(d: dt.date, annee: bool = True, semaine: bool = False) -> str:
    s = f"{jour(d)} {MOIS[d.month - 1]}" + (f" {d.year}" if annee else "")
    return f"{JOURS[d.weekday()]} {s}" if semaine else s


def fr_num(d: dt.date, sep: str = "/", court: bool = False) -> str:
    y = f"{d.year % 100:02d}" if court else f"{d.year}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{y}"


def fr_du_au(a: dt.date, b: dt.date, style: str) -> str:
    """One period phrased in the given style (see STYLES)."""
    if style == "long":
        if a.year == b.year:
            if a.month == b.month:
                return f"du {jour(a)} au {fr_long(b)}"
            return f"du {fr_long(a, annee=False)} au {fr_long(b)}"
        return f"du {fr_long(a)} au {fr_long(b)}"
    if style == "long_annee_unique":  # year written once, even across New Year
        return f"du {fr_long(a, annee=False)} au {fr_long(b)}"
    if style == "jours_semaine":
        return f"du {fr_long(a, semaine=True)} au {fr_long(b, semaine=True)}"
    if style == "numerique":
        return f"du {fr_num(a)} au {fr_num(b)}"
    if style == "points":
        return f"du {fr_num(a, '.', court=True)} au {fr_num(b, '.', court=True)}"
    if style == "compter":
        return f"à compter du {fr_long(a)} et jusqu'au {fr_long(b)}"
    if style == "duree":
        n = (b - a).days // 7 + 1
        return f"pour une durée de {NOMBRES.get(n, str(n))} semaines à compter du {fr_long(a)}"
    if style == "tiret":
        return f"du {fr_num(a)} – {fr_num(b)}"
    if style == "sans_annee_debut":
        return f"du {a.day:02d}/{a.month:02d} au {fr_num(b)}"
    raise ValueError(style)


STYLES = ["long", "long_annee_unique", "jours_semaine", "numerique", "points", "compter", "duree",
          "sans_annee_debut"]


def style_possible(style: str, a: dt.date, b: dt.date) -> bool:
    """Whether a style states the period unambiguously."""
    if style == "duree":
        return a.weekday() == 0 and b.weekday() == 4 and (b - a).days % 7 == 4
    if style == "long_annee_unique":
        return b.year - a.year <= 1 and (b - a).days < 200
    if style == "sans_annee_debut":
        return a.year == b.year or (a.year + 1 == b.year and a.month > b.month)
    return True


def choisir_style(rng: random.Random, a: dt.date, b: dt.date, prefer: list[str] | None = None) -> str:
    choix = [s for s in (prefer or STYLES) if style_possible(s, a, b)]
    if a.year != b.year and "long_annee_unique" in choix and rng.random() < 0.5:
        return "long_annee_unique"
    return rng.choice(choix or ["long"])


# ---------------------------------------------------------------- working days

def feries(annee: int) -> set[dt.date]:
    """French public holidays (Meeus/Jones/Butcher Easter)."""
    a, b, c = annee % 19, annee // 100, annee % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    mois = (h + ll - 7 * m + 114) // 31
    jour_ = ((h + ll - 7 * m + 114) % 31) + 1
    paques = dt.date(annee, mois, jour_)
    fixes = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)]
    out = {dt.date(annee, mm, dd) for mm, dd in fixes}
    out |= {paques + dt.timedelta(days=n) for n in (1, 39, 50)}
    return out


def jours_ouvres(periodes: list[tuple[dt.date, dt.date]], sans_feries: bool = False) -> int:
    """Monday–Friday days of the merged periods."""
    jours: set[dt.date] = set()
    for a, b in periodes:
        d = a
        while d <= b:
            if d.weekday() < 5:
                jours.add(d)
            d += dt.timedelta(days=1)
    if sans_feries:
        fer = set().union(*(feries(y) for y in {d.year for d in jours})) if jours else set()
        jours -= fer
    return len(jours)


def semaines(periodes: list[tuple[dt.date, dt.date]]) -> float:
    return round(jours_ouvres(periodes) / 5, 2)
