#!/usr/bin/env python3
"""Build the independantes_by corpus (accessible, semantic web pages and their Chromium prints).
Run: /work/main/.venv/bin/python build.py   (needs /usr/bin/chromium)
Writes only into this folder, plus a private Chromium profile and temp files in /tmp/by_build."""
import os, re, shutil, subprocess

import textes_nantes as TN
import textes_toulouse as TT
import textes_lyon as TL
import textes_mhr as TM

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/by_build"
P = lambda name: os.path.join(HERE, name)

CSS = """
:root { --bleu: #000091; --gris: #666; --fond: #f6f6f6; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 15px; line-height: 1.5;
       color: #161616; margin: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
           clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important;
           overflow: hidden !important; clip: rect(1px, 1px, 1px, 1px) !important; clip-path: inset(50%) !important;
           white-space: nowrap !important; }
.skip-link { position: absolute; left: -9999px; top: 0; background: var(--bleu); color: #fff; padding: .5em 1em; }
.skip-link:focus { left: 1em; z-index: 10; }
.entete { display: flex; justify-content: space-between; align-items: center; padding: 1em 2em;
          border-bottom: 1px solid #ddd; }
.marque { display: flex; gap: 1.5em; align-items: center; }
.marianne { font-weight: 700; font-size: 13px; line-height: 1.1; margin: 0; border-top: 4px solid var(--bleu); padding-top: 4px; }
.devise { font-style: italic; font-size: 10px; line-height: 1.1; margin: 0; }
.nom-site { font-weight: 700; font-size: 19px; margin: 0; }
.menu ul { list-style: none; display: flex; gap: 1.5em; margin: 0; padding: 0; }
.menu a { color: #161616; text-decoration: none; }
.menu a[aria-current] { color: var(--bleu); border-bottom: 2px solid var(--bleu); }
.fil-ariane { padding: .5em 2em; font-size: 12px; color: var(--gris); }
.fil-ariane ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; }
.fil-ariane li + li::before { content: "›"; margin: 0 .5em; }
.fil-ariane a { color: var(--gris); }
.page { display: flex; gap: 2em; padding: 0 2em; }
main { flex: 3; max-width: 52em; }
.lateral { flex: 1; background: var(--fond); padding: 1em; font-size: 13px; align-self: flex-start; }
h1 { font-size: 26px; line-height: 1.25; color: #161616; }
h2 { font-size: 20px; color: var(--bleu); margin-top: 1.6em; }
.meta { color: var(--gris); font-size: 13px; }
.chapo { font-size: 16px; }
abbr[title] { text-decoration: underline dotted; }
.cartes { list-style: none; padding: 0; }
.carte { display: flex; gap: 1em; border: 1px solid #ddd; padding: .7em 1em; margin-bottom: .6em; break-inside: avoid; }
.carte p { margin: .2em 0; }
.carte-titre { font-weight: 700; }
.badge { min-width: 3.6em; text-align: center; background: var(--bleu); color: #fff; padding: .3em; line-height: 1.1;
         text-transform: uppercase; font-size: 12px; align-self: flex-start; }
.badge b { display: block; font-size: 22px; }
.puce-duree { font-size: 12px; background: #e3e3fd; padding: 0 .5em; border-radius: 1em; margin-left: .5em; }
.note { font-size: 13px; color: var(--gris); }
.encadre { border-left: 4px solid var(--bleu); background: #eef; padding: .5em 1em; }
button { font: inherit; background: var(--bleu); color: #fff; border: 0; padding: .4em 1em; }
details { border-top: 1px solid #ddd; }
details:last-child { border-bottom: 1px solid #ddd; }
summary { cursor: pointer; padding: .6em 0; font-weight: 700; color: var(--bleu); list-style: none; }
summary::-webkit-details-marker { display: none; }
details[open] .chevron { display: inline-block; transform: rotate(90deg); }
.panneau { padding: 0 1em 1em; }
table.donnees { border-collapse: collapse; width: 100%; margin: 1.2em 0; font-size: 14px; }
table.donnees caption { text-align: left; font-weight: 700; font-size: 17px; color: var(--bleu); padding-bottom: .4em; }
table.donnees th, table.donnees td { border: 1px solid #bbb; padding: .35em .6em; text-align: left; vertical-align: top; }
table.donnees thead th { background: #e3e3fd; }
table.donnees tbody th { background: var(--fond); }
th.groupe { background: #cacafb !important; }
td.neutre { color: var(--gris); font-style: italic; }
.etape { display: flex; gap: 1em; align-items: flex-start; margin: .8em 0; break-inside: avoid; }
.etape p { margin: 0; }
.tuile { display: inline-flex; flex-direction: column; align-items: center; min-width: 3.4em; border: 2px solid var(--bleu);
         color: var(--bleu); font-size: 11px; line-height: 1.1; padding: .2em; }
.tuile b { font-size: 20px; }
.pied { margin-top: 2em; padding: 1em 2em; border-top: 3px solid var(--bleu); font-size: 12px; color: var(--gris); }
@media print {
  .skip-link, button, .menu { display: none; }
  a { color: inherit; text-decoration: none; }
  .page { padding: 0; } .entete, .fil-ariane, .pied { padding-left: 0; padding-right: 0; }
}
@page { size: A4; margin: 15mm 14mm; }
"""

PAGE = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>{body}</body>
</html>
"""

PAGES = [("circulaire_crci_2027_nantes", TN), ("circulaire_mecp_2028_toulouse", TT),
         ("circulaire_abm_2029_lyon", TL), ("note_nationale_mhr_2030", TM)]


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={TMP}/chromium", "--virtual-time-budget=2000",
                    f"--print-to-pdf={pdf_path}", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def main():
    shutil.rmtree(TMP, ignore_errors=True)
    os.makedirs(TMP)
    for stem, mod in PAGES:
        html = PAGE.format(title=mod.TITLE, css=CSS, body=mod.BODY)
        with open(P(stem + ".html"), "w", encoding="utf-8") as fh:
            fh.write(html)
        # the page as a secretary prints it (Ctrl+P, « Enregistrer au format PDF »): closed accordions stay closed
        chromium_pdf(P(stem + ".html"), P(stem + "_imprime.pdf"))
        print("built", stem + ".html", stem + "_imprime.pdf")
    # Toulouse: printed again after clicking « Tout déplier » (every <details> open)
    src = open(P("circulaire_mecp_2028_toulouse.html"), encoding="utf-8").read()
    opened = re.sub(r"<details>", "<details open>", src).replace(">Tout déplier</button>", ">Tout replier</button>")
    opened = opened.replace(" (rubrique repliée)", " (rubrique dépliée)")
    tmp_html = os.path.join(TMP, "circulaire_mecp_2028_toulouse.html")
    with open(tmp_html, "w", encoding="utf-8") as fh:
        fh.write(opened)
    chromium_pdf(tmp_html, P("circulaire_mecp_2028_toulouse_deplie.pdf"))
    print("built circulaire_mecp_2028_toulouse_deplie.pdf")


if __name__ == "__main__":
    main()
