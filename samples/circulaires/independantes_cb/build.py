#!/usr/bin/env python3
"""Build the independantes_cb corpus: five ordinary académie web pages (BTS session calendars), each saved as
.html (as a browser saves a CMS page, styles inline) and printed to PDF by Chromium headless.
Run: /work/main/.venv/bin/python build.py   (writes only into this folder and a temp dir in /tmp)."""
import html, os, shutil, subprocess, tempfile

import textes_bordeaux, textes_toulouse, textes_nantes, textes_strasbourg, textes_reims

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = [m.PAGE for m in (textes_bordeaux, textes_toulouse, textes_nantes, textes_strasbourg, textes_reims)]

BASE_CSS = """
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 14px; color: #1e1e1e; line-height: 1.5; }
a { color: inherit; }
.wrap { max-width: 1100px; margin: 0 auto; padding: 0 18px; }
.skip { position: absolute; left: -9999px; }
table { border-collapse: collapse; width: 100%; margin: 10px 0 14px; }
th, td { border: 1px solid #bbb; padding: 5px 8px; vertical-align: top; text-align: left; }
.cookie { font-size: 11px; background: #f4f4f4; border-top: 1px solid #ccc; padding: 6px 18px; }
@media print { .noprint { display: none; } }
"""

SKINS = {
    "moderne": """
header.top { border-bottom: 1px solid #ddd; } .marianne { font-weight: bold; font-size: 12px; line-height: 1.1; text-transform: uppercase; }
.brand { display: flex; gap: 24px; align-items: center; padding: 14px 0; } .site-name { font-size: 20px; font-weight: bold; }
nav.main { background: #fff; border-top: 1px solid #eee; } nav.main ul { list-style: none; display: flex; gap: 22px; margin: 0; padding: 10px 0; font-size: 13px; }
.breadcrumb { font-size: 12px; color: #555; margin: 14px 0; } .breadcrumb span + span::before { content: " › "; }
.cols { display: flex; gap: 32px; } article { flex: 3; } aside { flex: 1; font-size: 13px; border-left: 3px solid #000091; padding-left: 14px; }
h1 { font-size: 26px; color: #000091; line-height: 1.25; } h2 { font-size: 19px; margin-top: 22px; color: #161616; }
.meta { color: #666; font-size: 12px; } .chapo { font-size: 16px; font-weight: 500; }
th { background: #e3e3fd; } caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
.encart { background: #eef; border-left: 4px solid #6a6af4; padding: 8px 12px; } .contact { background: #f6f6f6; padding: 6px 16px; margin-top: 20px; }
footer { margin-top: 30px; border-top: 2px solid #000091; font-size: 12px; padding: 14px 0; }
@media print { nav.main, aside, .partage { display: none; } .cols { display: block; } }
""",
    "spip": """
body { background: #e9eef2; font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 12px; }
#page { width: 960px; margin: 0 auto; background: #fff; padding: 10px 20px; } #entete { background: #7a1e3a; color: #fff; padding: 14px; }
#entete .site-name { font-size: 22px; font-weight: bold; } .marianne { font-size: 10px; text-transform: uppercase; }
#nav ul { list-style: none; margin: 0; padding: 0; background: #3b3b3b; display: flex; } #nav li { color: #fff; padding: 6px 12px; }
.ariane { font-size: 11px; margin: 10px 0; } .ariane span + span::before { content: " > "; }
h1.crayon { font-size: 20px; color: #7a1e3a; } .info-publi { font-size: 11px; color: #777; font-style: italic; }
.chapo { font-weight: bold; } h3.spip { font-size: 14px; color: #7a1e3a; border-bottom: 1px dotted #7a1e3a; margin-top: 18px; }
table.spip th { background: #d9c3ca; } table.spip tr.row_odd td { background: #f6eef0; }
.contact { border: 1px solid #ccc; padding: 4px 12px; margin-top: 14px; } .outils { font-size: 11px; color: #555; margin-top: 10px; }
#pied { font-size: 10px; color: #555; border-top: 1px solid #ccc; margin-top: 20px; padding-top: 6px; }
""",
    "blog": """
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 15px; } .site-header { background: #0b3d5c; color: #fff; padding: 16px 0; }
.site-name { font-size: 24px; font-family: "DejaVu Sans", sans-serif; } .marianne { font-size: 11px; text-transform: uppercase; font-family: "DejaVu Sans", sans-serif; }
nav.main ul { list-style: none; display: flex; gap: 18px; padding: 8px 0; margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 13px; }
.breadcrumb { font-size: 12px; margin: 12px 0; font-family: "DejaVu Sans", sans-serif; } .breadcrumb span + span::before { content: " / "; }
h1.entry-title { font-size: 28px; line-height: 1.2; } .entry-meta { font-size: 12px; color: #666; font-family: "DejaVu Sans", sans-serif; }
.chapo { font-style: italic; } h2 { font-size: 20px; border-bottom: 2px solid #e0a800; padding-bottom: 2px; } h3 { font-size: 16px; margin-bottom: 2px; }
.wp-block-table th { background: #0b3d5c; color: #fff; } .wp-block-table td:nth-child(-n+2) { white-space: nowrap; } .contact { background: #fff7e0; padding: 4px 16px; margin-top: 20px; }
footer { background: #222; color: #ddd; font-size: 12px; padding: 16px 0; margin-top: 30px; font-family: "DejaVu Sans", sans-serif; }
""",
    "portail": """
.topbar { background: #003a70; color: #fff; font-size: 11px; padding: 3px 0; } .brand { padding: 14px 0; display: flex; gap: 20px; align-items: center; }
.site-name { font-size: 22px; font-weight: bold; color: #003a70; } .marianne { font-size: 11px; font-weight: bold; text-transform: uppercase; border-right: 1px solid #999; padding-right: 16px; }
nav.main ul { list-style: none; display: flex; margin: 0; padding: 0; background: #e8eef5; } nav.main li { padding: 8px 14px; font-weight: bold; font-size: 13px; }
.breadcrumb { font-size: 12px; margin: 12px 0; } .breadcrumb span + span::before { content: " » "; }
.cols { display: flex; gap: 28px; } article { flex: 3; } aside { flex: 1; background: #f3f6f9; padding: 8px 14px; font-size: 12px; }
h1 { font-size: 24px; color: #003a70; } .meta { font-size: 12px; color: #555; } h2 { font-size: 17px; color: #003a70; margin-top: 20px; }
table.contenttable th { background: #003a70; color: #fff; } table.contenttable tr:nth-child(even) td { background: #f3f6f9; }
address { font-style: normal; } .contact { border-top: 3px solid #003a70; margin-top: 20px; }
footer { background: #003a70; color: #fff; font-size: 11px; padding: 14px 0; margin-top: 28px; }
@media print { .topbar, aside { display: none; } }
""",
    "classique": """
body { background: #f2f2f2; font-size: 13px; } #container { width: 1000px; margin: 0 auto; background: #fff; }
#header { padding: 16px 20px; border-bottom: 4px solid #b5121b; } .site-name { font-size: 24px; font-weight: bold; color: #b5121b; }
.marianne { font-size: 11px; text-transform: uppercase; } #topmenu ul { list-style: none; display: flex; margin: 0; padding: 0; background: #333; }
#topmenu li { color: #fff; padding: 7px 14px; } .breadcrumb { font-size: 11px; padding: 8px 20px; background: #fafafa; }
.breadcrumb span + span::before { content: " » "; } .cols { display: flex; gap: 20px; padding: 0 20px; }
aside { width: 190px; font-size: 12px; } aside h3 { background: #b5121b; color: #fff; padding: 4px 8px; font-size: 13px; }
article { flex: 1; } h1 { font-size: 22px; } .article-info { font-size: 11px; color: #888; }
table.table-striped th { background: #ddd; } table.table-striped tr:nth-child(odd) td { background: #f9f9f9; }
.contact { border: 1px dashed #b5121b; padding: 4px 12px; margin-top: 16px; } #footer { font-size: 11px; color: #666; text-align: center; padding: 14px; border-top: 1px solid #ddd; margin-top: 20px; }
""",
}


def crumbs(p):
    return "".join(f"<span>{html.escape(c)}</span>" for c in p["breadcrumb"])


def menu(p):
    return "<ul>" + "".join(f"<li>{html.escape(m)}</li>" for m in p["menu"]) + "</ul>"


def page_html(p):
    skin = p["skin"]
    title = html.escape(p["title"])
    marianne = f'<div class="marianne">République<br>française<br><small>Liberté Égalité Fraternité</small></div>'
    head = f"""<!DOCTYPE html>
<!-- saved from url=({len(p['url']):04d}){p['url']} -->
<html lang="fr"><head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {html.escape(p['site'])}</title>
<meta property="og:title" content="{title}">
<meta property="og:url" content="{p['url']}">
<meta property="article:published_time" content="{p['published_iso']}">
<link rel="canonical" href="{p['url']}">
<style>{BASE_CSS}{SKINS[skin]}</style>
<script>window.dataLayer = window.dataLayer || []; /* mesure d'audience */</script>
</head>
"""
    chapo = f'<p class="chapo">{html.escape(p["chapo"])}</p>'
    side = f"<aside>{p['sidebar']}</aside>" if p.get("sidebar") else ""
    cookie = ('<div class="cookie noprint">Ce site utilise des cookies de mesure d\'audience. '
              '<button>Tout accepter</button> <button>Tout refuser</button> <button>Personnaliser</button></div>')
    footer_links = "Plan du site · Mentions légales · Accessibilité : partiellement conforme · Données personnelles · Gestion des cookies"
    if skin == "moderne":
        body = f"""<body><a class="skip" href="#contenu">Aller au contenu</a>
<header class="top"><div class="wrap brand">{marianne}<div><div class="site-name">{p['site']}</div><div>{p['region']}</div></div></div>
<nav class="main"><div class="wrap">{menu(p)}</div></nav></header>
<main id="contenu" class="wrap"><nav class="breadcrumb" aria-label="Fil d'Ariane">{crumbs(p)}</nav>
<div class="cols"><article><h1>{title}</h1><p class="meta">{html.escape(p['meta'])}</p>{chapo}
{p['body']}<section class="contact">{p['contact']}</section>
<p class="partage noprint">Partager : Facebook · X · LinkedIn · Courriel · Imprimer</p></article>{side}</div></main>
<footer><div class="wrap"><strong>{p['site']}</strong> – {p['region']}<br>{footer_links}<br>© {p['site']} {p['footer_year']}</div></footer>
{cookie}</body></html>"""
    elif skin == "spip":
        body = f"""<body><div id="page"><div id="entete">{marianne}<div class="site-name">{p['site']}</div><div>{p['region']} – Espace examens</div></div>
<div id="nav">{menu(p)}</div><div class="ariane">{crumbs(p)}</div>
<div class="contenu-principal"><h1 class="crayon">{title}</h1><p class="info-publi">{html.escape(p['meta'])}</p>{chapo}
<div class="texte">{p['body']}</div><div class="contact">{p['contact']}</div>
<p class="outils noprint">Imprimer cet article · Envoyer par courriel · Mots-clés : BTS, examens, calendrier</p></div>
<div id="pied">{p['site']} · {footer_links} · Site réalisé avec SPIP</div></div>{cookie}</body></html>"""
    elif skin == "blog":
        body = f"""<body class="single-post"><header class="site-header"><div class="wrap">{marianne}<div class="site-name">{p['site']}</div>
<nav class="main">{menu(p)}</nav></div></header>
<div class="wrap"><nav class="breadcrumb">{crumbs(p)}</nav><article class="post"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{html.escape(p['meta'])}</div>{chapo}<div class="entry-content">{p['body']}</div>{p['contact']}
<p class="noprint">Partager cet article</p></article></div>
<footer><div class="wrap">{p['site']} – {p['region']}<br>{footer_links}<br>© {p['footer_year']} {p['site']}</div></footer>{cookie}</body></html>"""
    elif skin == "portail":
        body = f"""<body><div class="topbar"><div class="wrap">{p['region']} · Académie de Nancy-Metz · Académie de Reims · Académie de Strasbourg</div></div>
<header><div class="wrap brand">{marianne}<div class="site-name">{p['site']}</div></div><nav class="main"><div class="wrap">{menu(p)}</div></nav></header>
<main class="wrap"><div class="breadcrumb">Vous êtes ici : {crumbs(p)}</div><div class="cols"><article><h1>{title}</h1>
<p class="meta">{html.escape(p['meta'])}</p>{chapo}{p['body']}<section class="contact">{p['contact']}</section></article>{side}</div></main>
<footer><div class="wrap">{footer_links}<br>© {p['site']} – {p['footer_year']}</div></footer>{cookie}</body></html>"""
    else:  # classique
        body = f"""<body><div id="container"><div id="header">{marianne}<div class="site-name">{p['site']}</div><div>{p['region']}</div></div>
<div id="topmenu">{menu(p)}</div><div class="breadcrumb">Vous êtes ici : {crumbs(p)}</div>
<div class="cols">{side}<article class="item-page"><h1>{title}</h1><p class="article-info">{html.escape(p['meta'])}</p>{chapo}
{p['body']}<div class="contact">{p['contact']}</div></article></div>
<div id="footer">{footer_links}<br>Copyright © {p['footer_year']} {p['site']}. Tous droits réservés.</div></div>{cookie}</body></html>"""
    return head + body


def main():
    tmp = tempfile.mkdtemp(prefix="cb_build_")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    for p in PAGES:
        out_html = os.path.join(HERE, p["stem"] + ".html")
        with open(out_html, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(page_html(p))
        out_pdf = os.path.join(HERE, p["stem"] + "_impression.pdf")
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={tmp}/profile",
                        "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=2000",
                        f"--print-to-pdf={out_pdf}", "file://" + out_html],
                       check=True, capture_output=True, timeout=120)
        print("built", os.path.basename(out_html), os.path.basename(out_pdf))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
