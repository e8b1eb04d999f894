import json
def D(*s): return [s[0], s[1] if len(s)>1 else None]
def K(t, debut, fin=None, ep=None):
    k={"type":t}
    if ep: k["epreuves"]=ep
    k["debut"]=debut
    if fin: k["fin"]=fin
    return k
def gold(doc, fmt, portee, sigle, session, acad, ddoc, codes, copt, centres, cent_opt, dates, dopt, cles):
    g={"document":doc,"split":"holdout","format":fmt,"portee":portee,
       "examen":{"sigle":sigle,"session":session,"academie":acad},"date_document":ddoc,
       "codes":codes,"codes_optionnels":copt,"centres":[{"mots":m,"ville":v} for m,v in centres],
       "centres_optionnels":[{"mots":m,"ville":v} for m,v in cent_opt],
       "dates":dates,"dates_optionnelles":dopt,"cles":cles}
    s=json.dumps(g,ensure_ascii=False,indent=1)
    open(doc+".gold.json","w",encoding="utf-8").write(s+"\n")
    return g

# A. Tourisme Poitiers 2026
y="2026-"
gold("circulaire_tourisme_2026_poitiers","docx","academique",None,2026,"Poitiers","2026-01-22",
 ["E1","E21","E22","E3","E4","E5","E6","EF1"],[],
 [(["alienor"],"Poitiers"),(["valin"],"La Rochelle"),(["mace"],"Niort")],
 [(["rectorat"],"Poitiers")],
 [D(y+"04-03"),D(y+"04-10"),D(y+"04-14"),D(y+"05-12"),D(y+"05-13"),D(y+"05-18",y+"05-22"),D(y+"05-18"),
  D(y+"05-26",y+"05-29"),D(y+"05-29"),D(y+"06-01",y+"06-02"),D(y+"06-03"),D(y+"06-04"),D(y+"06-25"),D(y+"07-03")],
 [D(y+"07-06",y+"09-04"),D(y+"07-06")],
 [K("transmission",y+"04-03"),
  K("depot_dossier",y+"04-10T17:00",ep=[["E4"]]),K("depot_dossier",y+"04-10T17:00",ep=[["E6"]]),
  K("controle_conformite",y+"04-14T14:00"),
  K("epreuve",y+"05-12T14:00",y+"05-12T18:00",[["E1"]]),
  K("epreuve",y+"05-13T09:00",y+"05-13T12:00",[["E5"]]),
  K("reunion",y+"05-18T08:30"),
  K("epreuve",y+"05-18",y+"05-22",[["E4"]]),
  K("epreuve",y+"05-26",y+"05-29",[["E6"]]),
  K("transmission",y+"05-29T12:00",ep=[["E3"]]),
  K("epreuve",y+"06-01",y+"06-02",[["E21"]]),
  K("epreuve",y+"06-03",ep=[["E22"]]),
  K("epreuve",y+"06-04",ep=[["EF1"]]),
  K("jury",y+"06-25T09:30"),K("resultats",y+"07-03T10:00")])

# B. GPME Besançon 2027
y="2027-"
gold("circulaire_gpme_2027_besancon","docx","academique","GPME",2027,"Besançon","2027-02-04",
 ["E1","E2","E3","E4","E5","E6","E7","EF1","EF2"],[],
 [(["pergaud"],"Besançon"),(["cuvier"],"Montbéliard"),(["lumiere"],"Luxeuil-les-Bains"),(["haag"],"Besançon")],
 [(["rectorat"],"Besançon")],
 [D(y+"03-19"),D(y+"03-31"),D(y+"04-02"),D(y+"04-08"),D(y+"05-10"),D(y+"05-11"),D(y+"05-12"),D(y+"05-13"),
  D(y+"05-14"),D(y+"05-14",y+"05-26"),D(y+"05-18",y+"05-25"),D(y+"05-26",y+"05-28"),D(y+"05-31",y+"06-02"),
  D(y+"06-03"),D(y+"06-04"),D(y+"06-29"),D(y+"07-02")],
 [D(y+"07-05")],
 [K("transmission",y+"03-19"),
  K("depot_dossier",y+"03-31T12:00",ep=[["E4"]]),K("depot_dossier",y+"04-02T16:00",ep=[["E5"]]),
  K("controle_conformite",y+"04-08T09:00"),
  K("epreuve",y+"05-10T14:00",y+"05-10T18:00",[["E1"]]),
  K("epreuve",y+"05-11T09:00",y+"05-11T13:00",[["E3"]]),
  K("epreuve",y+"05-12T13:30",y+"05-12T18:00",[["E7"]]),
  K("epreuve",y+"05-13T14:00",y+"05-13T16:30",[["E6"]]),
  K("reunion",y+"05-14T09:00"),
  K("correction",y+"05-14",y+"05-26"),
  K("epreuve",y+"05-18",y+"05-25",[["E4"]]),
  K("epreuve",y+"05-26",y+"05-28",[["E5"]]),
  K("epreuve",y+"05-31",y+"06-02",[["E2"]]),
  K("epreuve",y+"06-03",ep=[["EF1"]]),
  K("transmission",y+"06-04"),
  K("jury",y+"06-29T14:00"),K("resultats",y+"07-02T09:00")])

# C. PI Toulouse 2028 (+ scan)
y="2028-"
argsC=dict(portee="academique",sigle="PI",session=2028,acad="Toulouse",ddoc="2028-01-27",
 codes=["E1","E2","E3","E4","E51","E52","E6","EF1"],copt=["E5"],
 centres=[(["ozenne"],"Toulouse"),(["bourdelle"],"Montauban"),(["champollion"],"Figeac"),(["rive"],"Toulouse")],
 cent_opt=[(["rectorat"],"Toulouse")],
 dates=[D(y+"04-03"),D(y+"04-12"),D(y+"05-16"),D(y+"05-17"),D(y+"05-18"),D(y+"05-22",y+"05-24"),
  D(y+"05-29",y+"06-01"),D(y+"05-31"),D(y+"06-06",y+"06-09"),D(y+"06-12"),D(y+"06-13"),D(y+"06-28"),D(y+"06-30")],
 dopt=[D(y+"07-03")],
 cles=[K("depot_dossier",y+"04-03",ep=[["E6"]]),
  K("controle_conformite",y+"04-12T14:00",ep=[["E6"]]),
  K("epreuve",y+"05-16T14:00",y+"05-16T18:00",[["E1"]]),
  K("epreuve",y+"05-17T09:00",y+"05-17T13:00",[["E3"]]),
  K("epreuve",y+"05-18T14:00",y+"05-18T18:00",[["E52"]]),
  K("epreuve",y+"05-22",y+"05-24",[["E51"]]),
  K("epreuve",y+"05-29",y+"06-01",[["E4"]]),
  K("epreuve",y+"05-31T13:30",ep=[["EF1"]]),
  K("epreuve",y+"06-06",y+"06-09",[["E6"]]),
  K("reunion",y+"06-12T10:00"),
  K("transmission",y+"06-13T12:00"),
  K("jury",y+"06-28T09:00"),K("resultats",y+"06-30T14:00")])
gold("circulaire_pi_2028_toulouse","pdf",**argsC)
gold("circulaire_pi_2028_toulouse_scan","pdf",**argsC)

# D. CG Limoges 2029 (txt)
y="2029-"
gold("circulaire_cg_2029_limoges","txt","academique","CG",2029,"Limoges","2029-01-19",
 ["E1","E2","E3","E4","E5","E6","EF1"],[],
 [(["lussac"],"Limoges"),(["perrier"],"Tulle"),(["favard"],"Guéret"),(["valadon"],"Limoges")],
 [(["rectorat"],"Limoges")],
 [D(y+"03-09"),D(y+"04-04"),D(y+"04-10"),D(y+"05-14"),D(y+"05-15"),D(y+"05-16"),D(y+"05-17",y+"05-18"),
  D(y+"05-22",y+"05-25"),D(y+"05-22"),D(y+"05-22",y+"06-04"),D(y+"05-28",y+"05-30"),D(y+"05-31"),D(y+"06-01"),
  D(y+"06-27"),D(y+"06-29")],
 [D(y+"07-03")],
 [K("transmission",y+"03-09"),
  K("depot_dossier",y+"04-04T12:00",ep=[["E6"]]),
  K("controle_conformite",y+"04-10T14:00",ep=[["E6"]]),
  K("epreuve",y+"05-14T14:00",y+"05-14T18:00",[["E1"]]),
  K("epreuve",y+"05-15T14:00",y+"05-15T18:00",[["E3"]]),
  K("epreuve",y+"05-16T09:00",y+"05-16T13:30",[["E4"]]),
  K("epreuve",y+"05-17",y+"05-18",[["E5"]]),
  K("reunion",y+"05-22T09:00",ep=[["E4"]]),
  K("correction",y+"05-22",y+"06-04"),
  K("epreuve",y+"05-22",y+"05-25",[["E6"]]),
  K("epreuve",y+"05-28",y+"05-30",[["E2"]]),
  K("epreuve",y+"05-31",ep=[["EF1"]]),
  K("transmission",y+"06-01"),
  K("jury",y+"06-27T09:00"),K("resultats",y+"06-29T10:00")])

# E. Note nationale GTLA 2025
y="2025-"
gold("note_nationale_gtla_2025","docx","nationale","GTLA",2025,None,"2024-12-10",
 ["E1","E21","E22","E3","E4","E5","E6","EF1"],["E2"],
 [],[(["rectorat"],"Rouen")],
 [D(y+"01-31"),D(y+"04-04"),D(y+"05-12"),D(y+"05-13"),D(y+"05-14"),D(y+"05-15"),D(y+"05-16"),
  D(y+"05-19",y+"06-13"),D(y+"06-20"),D(y+"07-04"),D(y+"07-08")],
 [D(y+"07-09")],
 [K("transmission",y+"01-31"),
  K("depot_dossier",y+"04-04",ep=[["E6"]]),
  K("epreuve",y+"05-12T14:00",y+"05-12T18:00",[["E1"]]),
  K("epreuve",y+"05-13T14:00",y+"05-13T18:00",[["E3"]]),
  K("epreuve",y+"05-14T13:30",y+"05-14T17:30",[["E4"]]),
  K("epreuve",y+"05-15T09:00",y+"05-15T13:00",[["E5"]]),
  K("epreuve",y+"05-16T10:00",y+"05-16T12:00",[["E21"]]),
  K("reunion",y+"05-16T14:00"),
  K("epreuve",y+"05-19",y+"06-13",[["E6"]]),
  K("transmission",y+"06-20"),
  K("jury",y+"07-04"),K("resultats",y+"07-08T10:00")])
