# Gold written by hand before any document was built. Run once: writes <stem>.gold.json
import json

def k(t, deb, fin=None, ep=None):
    d = {"type": t}
    if ep:
        d["epreuves"] = [[c] if isinstance(c, str) else list(c) for c in ep]
    d["debut"] = deb
    if fin:
        d["fin"] = fin
    return d

G = {}

G["circulaire_com_2026_reims"] = dict(
    format="docx", portee="academique",
    examen={"sigle": "COM", "session": 2026, "academie": "Reims"},
    date_document="2026-01-27",
    codes=["E1", "E2", "E3", "E4", "E5", "E6", "EF1"], codes_optionnels=[],
    centres=[{"mots": ["roosevelt"], "ville": "Reims"},
             {"mots": ["chrestien"], "ville": "Troyes"},
             {"mots": ["monge"], "ville": "Charleville-Mézières"}],
    centres_optionnels=[{"mots": ["rectorat"], "ville": "Reims"}],
    dates=[["2026-05-11", None], ["2026-05-12", None], ["2026-05-13", None],
           ["2026-04-03", None], ["2026-04-09", None],
           ["2026-06-01", None], ["2026-06-02", "2026-06-05"],
           ["2026-06-08", None], ["2026-06-09", "2026-06-11"], ["2026-06-15", "2026-06-16"],
           ["2026-05-22", None], ["2026-05-18", "2026-05-20"],
           ["2026-06-25", None], ["2026-07-03", None]],
    dates_optionnelles=[],
    cles=[k("epreuve", "2026-05-11T13:30", "2026-05-11T17:30", ["E3"]),
          k("epreuve", "2026-05-12T14:00", "2026-05-12T18:00", ["E1"]),
          k("epreuve", "2026-05-13T10:00", "2026-05-13T12:00", ["E2"]),
          k("epreuve", "2026-06-02", "2026-06-05", ["E4"]),
          k("epreuve", "2026-06-09", "2026-06-11", ["E5"]),
          k("epreuve", "2026-06-15", "2026-06-16", ["E5"]),
          k("epreuve", "2026-05-18", "2026-05-20", ["EF1"]),
          k("depot_dossier", "2026-04-03T12:00", None, ["E4", "E5"]),
          k("controle_conformite", "2026-04-09T14:00", None, ["E4", "E5"]),
          k("reunion", "2026-06-01T09:30", None, ["E4"]),
          k("reunion", "2026-06-08T09:30", None, ["E5"]),
          k("transmission", "2026-05-22", None, ["E6"]),
          k("jury", "2026-06-25T14:00"),
          k("resultats", "2026-07-03T10:00")])

G["courriel_elt_2027_nantes"] = dict(
    format="txt", portee="academique",
    examen={"sigle": "ELT", "session": 2027, "academie": "Nantes"},
    date_document="2027-02-09",
    codes=["E1", "E2", "E31", "E32", "E41", "E42", "E5", "E61", "E62"], codes_optionnels=["E3", "E4", "E6"],
    centres=[{"mots": ["livet"], "ville": "Nantes"},
             {"mots": ["carnot"], "ville": "Saumur"},
             {"mots": ["mendes"], "ville": "La Roche-sur-Yon"}],
    centres_optionnels=[{"mots": ["rectorat"], "ville": "Nantes"}],
    dates=[["2027-05-10", None], ["2027-05-11", None], ["2027-05-12", None],
           ["2027-05-31", "2027-06-04"], ["2027-04-02", None], ["2027-04-15", None],
           ["2027-06-07", "2027-06-10"], ["2027-06-07", None],
           ["2027-07-02", None], ["2027-07-07", None]],
    dates_optionnelles=[],
    cles=[k("epreuve", "2027-05-10T14:00", "2027-05-10T18:00", ["E1"]),
          k("epreuve", "2027-05-11T10:00", "2027-05-11T12:00", ["E2"]),
          k("epreuve", "2027-05-11T14:00", "2027-05-11T18:00", ["E41"]),
          k("epreuve", "2027-05-12T08:00", "2027-05-12T14:00", ["E42"]),
          k("epreuve", "2027-05-31", "2027-06-04", ["E5"]),
          k("epreuve", "2027-06-07", "2027-06-10", ["E62"]),
          k("depot_dossier", "2027-04-02T17:00", None, ["E61", "E62"]),
          k("controle_conformite", "2027-04-15T14:00", None, ["E61", "E62"]),
          k("reunion", "2027-06-07T08:30", None, ["E62"]),
          k("jury", "2027-07-02T09:00"),
          k("resultats", "2027-07-07T14:00")])

G["circulaire_cg_2026_polynesie"] = dict(
    format="pdf", portee="academique",
    examen={"sigle": "CG", "session": 2026, "academie": "Polynésie française"},
    date_document="2026-02-16",
    codes=["E1", "E2", "E3", "E31", "E32", "E4", "E5", "E6", "EF1"], codes_optionnels=[],
    centres=[{"mots": ["gauguin"], "ville": "Papeete"},
             {"mots": ["raapoto"], "ville": "Arue"},
             {"mots": ["uturoa"], "ville": "Uturoa"}],
    centres_optionnels=[{"mots": ["vice"], "ville": "Papeete"}],
    dates=[["2026-05-11", None], ["2026-05-12", None], ["2026-05-13", None], ["2026-05-15", None],
           ["2026-04-10", None], ["2026-04-17", None], ["2026-05-22", None],
           ["2026-05-26", "2026-05-29"], ["2026-06-01", "2026-06-02"],
           ["2026-06-19", None], ["2026-06-23", None]],
    dates_optionnelles=[],
    cles=[k("epreuve", "2026-05-11T07:00", "2026-05-11T11:00", [["E32", "E3"]]),
          k("epreuve", "2026-05-12T07:00", "2026-05-12T11:00", ["E1"]),
          k("epreuve", "2026-05-12T13:00", "2026-05-12T15:00", ["E2"]),
          k("epreuve", "2026-05-13T07:00", "2026-05-13T11:30", ["E4"]),
          k("epreuve", "2026-05-15T07:00", "2026-05-15T09:00", [["E31", "E3"]]),
          k("epreuve", "2026-05-26", "2026-05-29", ["E6"]),
          k("epreuve", "2026-06-01", "2026-06-02", ["EF1"]),
          k("depot_dossier", "2026-04-10T11:00", None, ["E6"]),
          k("controle_conformite", "2026-04-17T08:00", None, ["E6"]),
          k("reunion", "2026-05-22T13:30", None, ["E6"]),
          k("jury", "2026-06-19T08:00"),
          k("resultats", "2026-06-23T16:00")])

G["calendrier_tourisme_2028_versailles"] = dict(
    format="pdf", portee="academique",
    examen={"sigle": None, "session": 2028, "academie": "Versailles"},
    date_document="2028-01-12",
    codes=["E1", "E2", "E21", "E22", "E3", "E4", "E5", "E6", "E7", "EF1"], codes_optionnels=[],
    centres=[{"mots": ["ferry"], "ville": "Versailles"},
             {"mots": ["vernant"], "ville": "Sèvres"},
             {"mots": ["galilee"], "ville": "Cergy"}],
    centres_optionnels=[{"mots": ["rectorat"], "ville": "Versailles"}],
    dates=[["2028-05-15", None], ["2028-05-16", None], ["2028-05-17", None],
           ["2028-05-29", "2028-06-02"], ["2028-06-06", "2028-06-09"], ["2028-06-12", "2028-06-14"],
           ["2028-06-19", "2028-06-23"], ["2028-04-28", None], ["2028-05-03", None],
           ["2028-06-19", None], ["2028-06-29", None], ["2028-07-04", None]],
    dates_optionnelles=[],
    cles=[k("epreuve", "2028-05-15T14:00", "2028-05-15T18:00", ["E1"]),
          k("epreuve", "2028-05-16T08:00", "2028-05-16T12:00", ["E3"]),
          k("epreuve", "2028-05-17T09:00", "2028-05-17T13:00", ["E5"]),
          k("epreuve", "2028-05-29", "2028-06-02", ["E21"]),
          k("epreuve", "2028-05-29", "2028-06-02", ["E22"]),
          k("epreuve", "2028-05-29", "2028-06-02", ["EF1"]),
          k("epreuve", "2028-06-06", "2028-06-09", ["E4"]),
          k("epreuve", "2028-06-12", "2028-06-14", ["E6"]),
          k("epreuve", "2028-06-19", "2028-06-23", ["E7"]),
          k("depot_dossier", "2028-04-28T16:00", None, ["E7"]),
          k("controle_conformite", "2028-05-03T14:00", None, ["E7"]),
          k("reunion", "2028-06-19T08:30", None, ["E7"]),
          k("jury", "2028-06-29T09:00"),
          k("resultats", "2028-07-04T10:00")])

G["note_nationale_mhr_2027"] = dict(
    format="docx", portee="nationale",
    examen={"sigle": "MHR", "session": 2027, "academie": None},
    date_document="2026-12-04",
    codes=["E1", "E2", "E21", "E22", "E3", "E4", "E5", "E5A", "E5B", "E5C", "E6", "EF1"], codes_optionnels=[],
    centres=[], centres_optionnels=[],
    dates=[["2027-05-18", None], ["2027-05-19", None], ["2027-05-20", None], ["2027-05-21", None],
           ["2027-05-24", "2027-06-11"], ["2027-05-26", None], ["2027-07-06", None], ["2027-07-09", None]],
    dates_optionnelles=[],
    cles=[k("epreuve", "2027-05-18T13:30", "2027-05-18T17:30", ["E1"]),
          k("epreuve", "2027-05-19T08:30", "2027-05-19T12:30", ["E3"]),
          k("epreuve", "2027-05-20T08:30", "2027-05-20T12:30", ["E4"]),
          k("epreuve", "2027-05-21T13:30", "2027-05-21T17:30", ["E5A"]),
          k("epreuve", "2027-05-21T13:30", "2027-05-21T17:30", ["E5B"]),
          k("epreuve", "2027-05-21T13:30", "2027-05-21T16:30", ["E5C"]),
          k("epreuve", "2027-05-24", "2027-06-11", ["E6"]),
          k("epreuve", "2027-05-24", "2027-06-11", [["E5", "E5A", "E5B", "E5C"]]),
          k("reunion", "2027-05-26T14:00", None, ["E4"]),
          k("resultats", "2027-07-06T10:00"),
          k("transmission", "2027-07-09")])

SCANS = {"circulaire_com_2026_reims": "circulaire_com_2026_reims_scan",
         "calendrier_tourisme_2028_versailles": "calendrier_tourisme_2028_versailles_scan"}

def dump(stem, g):
    out = {"document": stem, "split": "holdout"}
    out.update(g)
    order = ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
             "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"]
    out = {k2: out[k2] for k2 in order}
    with open(stem + ".gold.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")

if __name__ == "__main__":
    for stem, g in G.items():
        dump(stem, g)
        if stem in SCANS:
            dump(SCANS[stem], dict(g, format="pdf"))
