"""Gold written by hand from the planned texts, BEFORE any document was built.
Running this file writes the <stem>.gold.json files (and the scan copies)."""
import json

N = None
G = {}

G["circ_tpl_2026_lyon"] = {
 "format": "docx+pdf", "portee": "academique",
 "examen": {"sigle": "TPL", "session": 2026, "academie": "Lyon"},
 "date_document": "2026-02-03",
 "codes": ["U1", "U2", "U3", "U4", "U51", "U52", "U6", "E5"],
 "codes_optionnels": [],
 "centres": [{"mots": ["lurcat"], "ville": "Lyon"},
             {"mots": ["armand"], "ville": "Villefranche-sur-Saône"},
             {"mots": ["carriat"], "ville": "Bourg-en-Bresse"},
             {"mots": ["urfe"], "ville": "Saint-Étienne"}],
 "centres_optionnels": [{"mots": ["rectorat"], "ville": "Lyon"}],
 "dates": [["2026-05-12", N], ["2026-05-13", N], ["2026-05-18", N], ["2026-05-19", N],
           ["2026-05-27", "2026-06-05"], ["2026-06-02", "2026-06-04"], ["2026-06-08", "2026-06-10"],
           ["2026-04-10", N], ["2026-04-21", N], ["2026-05-20", "2026-06-05"], ["2026-05-26", N],
           ["2026-05-29", N], ["2026-06-17", N], ["2026-06-25", N], ["2026-06-26", N]],
 "dates_optionnelles": [],
 "cles": [
  {"type": "epreuve", "epreuves": [["U1"]], "debut": "2026-05-12T14:00", "fin": "2026-05-12T18:00"},
  {"type": "epreuve", "epreuves": [["U3"]], "debut": "2026-05-13T14:00", "fin": "2026-05-13T18:00"},
  {"type": "epreuve", "epreuves": [["U51"]], "debut": "2026-05-18T09:00", "fin": "2026-05-18T12:00"},
  {"type": "epreuve", "epreuves": [["U51"]], "debut": "2026-05-19T09:00", "fin": "2026-05-19T12:00"},
  {"type": "epreuve", "epreuves": [["U52"]], "debut": "2026-05-27", "fin": "2026-06-05"},
  {"type": "epreuve", "epreuves": [["U6"]], "debut": "2026-06-02", "fin": "2026-06-04"},
  {"type": "epreuve", "epreuves": [["U2"]], "debut": "2026-06-08", "fin": "2026-06-10"},
  {"type": "depot_dossier", "epreuves": [["U52"]], "debut": "2026-04-10T12:00"},
  {"type": "depot_dossier", "epreuves": [["U6"]], "debut": "2026-04-10T12:00"},
  {"type": "controle_conformite", "epreuves": [["U52"], ["U6"]], "debut": "2026-04-21T14:00"},
  {"type": "reunion", "epreuves": [["U51"]], "debut": "2026-05-26T14:00"},
  {"type": "transmission", "epreuves": [["U4"]], "debut": "2026-05-29"},
  {"type": "reunion", "debut": "2026-06-17T09:00"},
  {"type": "jury", "debut": "2026-06-25T14:00"},
  {"type": "resultats", "debut": "2026-06-26T10:00"}]}

G["note_mos_2025_nationale"] = {
 "format": "docx+pdf", "portee": "nationale",
 "examen": {"sigle": "MOS", "session": 2025, "academie": N},
 "date_document": "2025-01-10",
 "codes": ["E1", "E2", "E3", "E4", "E5", "E6", "EF1"],
 "codes_optionnels": [],
 "centres": [], "centres_optionnels": [],
 "dates": [["2025-05-13", N], ["2025-05-14", N], ["2025-05-15", N],
           ["2025-06-02", "2025-06-13"], ["2025-06-16", "2025-06-20"],
           ["2025-04-18", N], ["2025-05-20", N], ["2025-05-30", N],
           ["2025-06-30", "2025-07-04"], ["2025-07-08", N]],
 "dates_optionnelles": [["2025-05-12", N], ["2025-06-16", N]],
 "cles": [
  {"type": "epreuve", "epreuves": [["E1"]], "debut": "2025-05-13T14:00", "fin": "2025-05-13T18:00"},
  {"type": "epreuve", "epreuves": [["E3"]], "debut": "2025-05-14T14:00", "fin": "2025-05-14T18:00"},
  {"type": "epreuve", "epreuves": [["E4"]], "debut": "2025-05-15T13:30", "fin": "2025-05-15T17:30"},
  {"type": "epreuve", "epreuves": [["E5"]], "debut": "2025-06-02", "fin": "2025-06-13"},
  {"type": "epreuve", "epreuves": [["E2"]], "debut": "2025-06-02", "fin": "2025-06-13"},
  {"type": "epreuve", "epreuves": [["EF1"]], "debut": "2025-06-16"},
  {"type": "depot_dossier", "epreuves": [["E5"]], "debut": "2025-04-18"},
  {"type": "reunion", "epreuves": [["E4"]], "debut": "2025-05-20T10:00"},
  {"type": "transmission", "debut": "2025-05-30"},
  {"type": "jury", "debut": "2025-06-30", "fin": "2025-07-04"},
  {"type": "resultats", "debut": "2025-07-08T10:00"}]}

G["circ_bioac_2027_martinique"] = {
 "format": "html+pdf", "portee": "academique",
 "examen": {"sigle": "BIOAC", "session": 2027, "academie": "Martinique"},
 "date_document": "2027-02-15",
 "codes": ["U1", "U2", "U31", "U32", "U4", "U5", "U6"],
 "codes_optionnels": [],
 "centres": [{"mots": ["bellevue"], "ville": "Fort-de-France"},
             {"mots": ["gaillard"], "ville": "Fort-de-France"}],
 "centres_optionnels": [{"mots": ["rectorat"], "ville": "Schœlcher"},
                        {"mots": ["rectorat"], "ville": "Schoelcher"}],
 "dates": [["2027-05-10", N], ["2027-05-11", N], ["2027-05-12", N], ["2027-05-13", N],
           ["2027-05-31", "2027-06-04"], ["2027-06-08", "2027-06-10"], ["2027-05-07", N],
           ["2027-05-19", N], ["2027-06-29", N], ["2027-06-30", N]],
 "dates_optionnelles": [],
 "cles": [
  {"type": "epreuve", "epreuves": [["U1"]], "debut": "2027-05-10T08:00", "fin": "2027-05-10T12:00"},
  {"type": "epreuve", "epreuves": [["U31"]], "debut": "2027-05-11T08:00", "fin": "2027-05-11T10:00"},
  {"type": "epreuve", "epreuves": [["U32"]], "debut": "2027-05-12T07:30", "fin": "2027-05-12T09:30"},
  {"type": "epreuve", "epreuves": [["U4"]], "debut": "2027-05-13T07:00", "fin": "2027-05-13T11:00"},
  {"type": "epreuve", "epreuves": [["U5"]], "debut": "2027-05-31", "fin": "2027-06-04"},
  {"type": "epreuve", "epreuves": [["U6"]], "debut": "2027-06-08", "fin": "2027-06-10"},
  {"type": "depot_dossier", "epreuves": [["U6"]], "debut": "2027-05-07T16:00"},
  {"type": "controle_conformite", "epreuves": [["U6"]], "debut": "2027-05-19T08:30"},
  {"type": "jury", "debut": "2027-06-29T09:00"},
  {"type": "resultats", "debut": "2027-06-30T14:00"}]}

G["circ_tp_2028_besancon"] = {
 "format": "fodt+odt+pdf", "portee": "academique",
 "examen": {"sigle": "TP", "session": 2028, "academie": "Besançon"},
 "date_document": "2028-01-25",
 "codes": ["U1", "U2", "U31", "U32", "U4", "U5", "U6"],
 "codes_optionnels": [],
 "centres": [{"mots": ["paris"], "ville": "Besançon"},
             {"mots": ["tillion"], "ville": "Montbéliard"}],
 "centres_optionnels": [{"mots": ["rectorat"], "ville": "Besançon"}],
 "dates": [["2028-05-16", N], ["2028-05-17", N], ["2028-05-18", N],
           ["2028-05-29", "2028-06-09"], ["2028-04-28", N], ["2028-05-10", N],
           ["2028-06-12", "2028-06-13"], ["2028-05-19", N], ["2028-06-28", N]],
 "dates_optionnelles": [["2028-06-05", N], ["2028-05-25", N]],
 "cles": [
  {"type": "epreuve", "epreuves": [["U1"]], "debut": "2028-05-16T14:00", "fin": "2028-05-16T18:00"},
  {"type": "epreuve", "epreuves": [["U31"]], "debut": "2028-05-17T10:00", "fin": "2028-05-17T12:00"},
  {"type": "epreuve", "epreuves": [["U32"]], "debut": "2028-05-17T14:00", "fin": "2028-05-17T16:00"},
  {"type": "epreuve", "epreuves": [["U4"]], "debut": "2028-05-18T08:00", "fin": "2028-05-18T14:00"},
  {"type": "epreuve", "epreuves": [["U5"]], "debut": "2028-05-29", "fin": "2028-06-09"},
  {"type": "epreuve", "epreuves": [["U6"]], "debut": "2028-06-12", "fin": "2028-06-13"},
  {"type": "depot_dossier", "epreuves": [["U6"]], "debut": "2028-04-28T17:00"},
  {"type": "controle_conformite", "epreuves": [["U6"]], "debut": "2028-05-10"},
  {"type": "reunion", "epreuves": [["U4"]], "debut": "2028-05-19T14:00"},
  {"type": "jury", "debut": "2028-06-28T09:30"},
  {"type": "resultats", "debut": "2028-06-28T17:00"}]}

G["calendrier_mmcm_2026_amiens"] = {
 "format": "pdf", "portee": "academique",
 "examen": {"sigle": "MMCM", "session": 2026, "academie": "Amiens"},
 "date_document": "2026-03-09",
 "codes": ["U1", "U2", "U31", "U32", "U4", "U51", "U52", "U6"],
 "codes_optionnels": [],
 "centres": [{"mots": ["gand"], "ville": "Amiens"},
             {"mots": ["condorcet"], "ville": "Saint-Quentin"}],
 "centres_optionnels": [{"mots": ["rectorat"], "ville": "Amiens"}],
 "dates": [["2026-05-12", N], ["2026-05-13", N], ["2026-05-18", N], ["2026-05-19", N],
           ["2026-06-01", "2026-06-05"], ["2026-06-09", "2026-06-11"], ["2026-06-16", N],
           ["2026-05-22", N], ["2026-05-26", N], ["2026-06-25", N], ["2026-06-26", N]],
 "dates_optionnelles": [],
 "cles": [
  {"type": "epreuve", "epreuves": [["U1"]], "debut": "2026-05-12T14:00", "fin": "2026-05-12T18:00"},
  {"type": "epreuve", "epreuves": [["U31"]], "debut": "2026-05-13T14:00", "fin": "2026-05-13T16:00"},
  {"type": "epreuve", "epreuves": [["U32"]], "debut": "2026-05-18T14:00", "fin": "2026-05-18T16:00"},
  {"type": "epreuve", "epreuves": [["U4"]], "debut": "2026-05-19T08:00", "fin": "2026-05-19T12:00"},
  {"type": "epreuve", "epreuves": [["U51"]], "debut": "2026-06-01", "fin": "2026-06-05"},
  {"type": "epreuve", "epreuves": [["U52"]], "debut": "2026-06-09", "fin": "2026-06-11"},
  {"type": "epreuve", "epreuves": [["U6"]], "debut": "2026-06-16"},
  {"type": "depot_dossier", "epreuves": [["U52"]], "debut": "2026-05-22T12:00"},
  {"type": "depot_dossier", "epreuves": [["U6"]], "debut": "2026-05-22T12:00"},
  {"type": "controle_conformite", "epreuves": [["U52"], ["U6"]], "debut": "2026-05-26T14:00"},
  {"type": "jury", "debut": "2026-06-25T09:00"},
  {"type": "resultats", "debut": "2026-06-26T14:00"}]}

G["circ_sp_2027_strasbourg"] = {
 "format": "docx+pdf", "portee": "academique",
 "examen": {"sigle": "SP", "session": 2027, "academie": "Strasbourg"},
 "date_document": "2027-02-08",
 "codes": ["U1", "U2", "U31", "U32", "U4", "U51", "U52", "U6"],
 "codes_optionnels": [],
 "centres": [{"mots": ["couffignal"], "ville": "Strasbourg"},
             {"mots": ["mermoz"], "ville": "Saint-Louis"}],
 "centres_optionnels": [{"mots": ["rectorat"], "ville": "Strasbourg"}],
 "dates": [["2027-05-11", N], ["2027-05-12", N], ["2027-05-13", N], ["2027-05-14", N],
           ["2027-05-31", "2027-06-04"], ["2027-06-08", "2027-06-11"], ["2027-06-14", "2027-06-16"],
           ["2027-04-23", N], ["2027-05-21", N], ["2027-05-25", N], ["2027-05-17", N],
           ["2027-05-28", N], ["2027-06-29", N], ["2027-06-30", N]],
 "dates_optionnelles": [],
 "cles": [
  {"type": "epreuve", "epreuves": [["U1"]], "debut": "2027-05-11T14:00", "fin": "2027-05-11T18:00"},
  {"type": "epreuve", "epreuves": [["U31"]], "debut": "2027-05-12T14:00", "fin": "2027-05-12T16:00"},
  {"type": "epreuve", "epreuves": [["U32"]], "debut": "2027-05-13T09:00", "fin": "2027-05-13T11:00"},
  {"type": "epreuve", "epreuves": [["U4"]], "debut": "2027-05-14T08:00", "fin": "2027-05-14T12:00"},
  {"type": "epreuve", "epreuves": [["U51"]], "debut": "2027-05-31", "fin": "2027-06-04"},
  {"type": "epreuve", "epreuves": [["U52"]], "debut": "2027-06-08", "fin": "2027-06-11"},
  {"type": "epreuve", "epreuves": [["U6"]], "debut": "2027-06-14", "fin": "2027-06-16"},
  {"type": "depot_dossier", "epreuves": [["U52"]], "debut": "2027-04-23T12:00"},
  {"type": "depot_dossier", "epreuves": [["U6"]], "debut": "2027-05-21T12:00"},
  {"type": "controle_conformite", "epreuves": [["U52"], ["U6"]], "debut": "2027-05-25T09:00"},
  {"type": "reunion", "epreuves": [["U4"]], "debut": "2027-05-17T14:00"},
  {"type": "transmission", "epreuves": [["U2"]], "debut": "2027-05-28"},
  {"type": "jury", "debut": "2027-06-29T14:00"},
  {"type": "resultats", "debut": "2027-06-30T10:00"}]}

SCANS = {"circ_tpl_2026_lyon": "pdf-scan (200 dpi niveaux de gris, rotation, mouchetis)",
         "calendrier_mmcm_2026_amiens": "pdf-scan (photo de téléphone, perspective, JPEG 60)",
         "circ_bioac_2027_martinique": "pdf-scan (300 dpi bitonal, tampon en marge)"}

ORDER = ["document", "split", "format", "portee", "examen", "date_document", "codes", "codes_optionnels",
         "centres", "centres_optionnels", "dates", "dates_optionnelles", "cles"]


def write(stem, g):
    d = dict(g, document=stem, split="holdout")
    d = {k: d[k] for k in ORDER}
    with open(f"{stem}.gold.json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    for stem, g in G.items():
        write(stem, g)
        if stem in SCANS:
            write(stem + "_scan", dict(g, format=SCANS[stem]))
