#!/usr/bin/env python3
"""Build the independantes_bl corpus (calendars given as slide decks). Run: /work/main/.venv/bin/python build.py
Writes only into this folder (plus a private LibreOffice profile and temp files in /tmp).
PPTX and ODP are written by hand (zip of XML parts): python-pptx and odfpy are not installed."""
import io, os, shutil, subprocess, tempfile, uuid, zipfile
from xml.sax.saxutils import escape as _esc

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import diapos
import rendu_pdf
import textes_rennes, textes_grenoble, textes_lille, textes_national, textes_normandie

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)
LO_PROFILE = "file:///tmp/lo_bl"
EMU = 360000  # EMU per cm
FONT = "Liberation Sans"
FIXED_TIME = (2025, 1, 1, 0, 0, 0)


def deck_color(deck):
    return getattr(deck, "BLEU", None) or getattr(deck, "VERT", None) or getattr(deck, "ROUGE", None)


def esc(t):
    return _esc(t, {'"': "&quot;"})


def emu(cm):
    return int(round(cm * EMU))


def runs_of(para):
    """Normalise a paragraph into a list of (text, fmt)."""
    if isinstance(para, str):
        return [(para, {})]
    return [(r, {}) if isinstance(r, str) else r for r in para]


def write_zip(path, parts, first=None):
    """parts: list of (name, bytes|str). first: (name, data) stored uncompressed first (ODF mimetype)."""
    with zipfile.ZipFile(path, "w") as z:
        if first:
            zi = zipfile.ZipInfo(first[0], FIXED_TIME); zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, first[1])
        for name, data in parts:
            zi = zipfile.ZipInfo(name, FIXED_TIME); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


# =====================================================================================  PPTX (hand-written OOXML)
NS_P = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.presentationml."

THEME = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Sobre"><a:themeElements>
<a:clrScheme name="Sobre"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>
<a:dk2><a:srgbClr val="1F2A44"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="1F4E79"/></a:accent1>
<a:accent2><a:srgbClr val="C55A11"/></a:accent2><a:accent3><a:srgbClr val="7F7F7F"/></a:accent3><a:accent4><a:srgbClr val="BF9000"/></a:accent4>
<a:accent5><a:srgbClr val="2E75B6"/></a:accent5><a:accent6><a:srgbClr val="548235"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>
<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>
<a:fontScheme name="Sobre"><a:majorFont><a:latin typeface="Liberation Sans"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
<a:minorFont><a:latin typeface="Liberation Sans"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
<a:fmtScheme name="Sobre"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>
</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"""

CLRMAP = ('<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
          'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>')
SPTREE_HEAD = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
               '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')
FOOT_POS = {"dt": (0.9, 13.2, 5.5, 0.8), "ftr": (7.0, 13.2, 12.0, 0.8), "sldNum": (20.0, 13.2, 4.5, 0.8)}
FOOT_IDX = {"dt": 10, "ftr": 11, "sldNum": 12}


class Ids:
    def __init__(self):
        self.n = 1

    def __call__(self):
        self.n += 1
        return self.n


def xfrm(x, y, w, h, tag="a:xfrm"):
    return f'<{tag}><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></{tag}>'


def a_rpr(fmt, size, color):
    sz = int(round(fmt.get("size", size) * 100))
    attrs = f'lang="fr-FR" sz="{sz}"'
    if fmt.get("b"):
        attrs += ' b="1"'
    if fmt.get("i"):
        attrs += ' i="1"'
    if fmt.get("strike"):
        attrs += ' strike="sngStrike"'
    return (f'<a:rPr {attrs} dirty="0"><a:solidFill><a:srgbClr val="{fmt.get("color", color)}"/></a:solidFill>'
            f'<a:latin typeface="{FONT}"/></a:rPr>')


def a_runs(para, size, color):
    out = []
    for text, fmt in runs_of(para):
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                out.append(f'<a:br>{a_rpr(fmt, size, color)}</a:br>')
            if piece:
                out.append(f'<a:r>{a_rpr(fmt, size, color)}<a:t>{esc(piece)}</a:t></a:r>')
    return "".join(out)


def a_para(para, size, color, bullets=False, align="l"):
    algn = {"l": "l", "ctr": "ctr", "r": "r"}[align]
    if bullets:
        ppr = (f'<a:pPr marL="285750" indent="-285750" algn="{algn}"><a:spcBef><a:spcPts val="600"/></a:spcBef>'
               f'<a:buFont typeface="Arial"/><a:buChar char="•"/></a:pPr>')
    else:
        ppr = f'<a:pPr algn="{algn}"><a:buNone/></a:pPr>'
    end = f'<a:endParaRPr lang="fr-FR" sz="{int(size * 100)}" dirty="0"/>'
    return f"<a:p>{ppr}{a_runs(para, size, color)}{end}</a:p>"


def fill_xml(fill):
    return f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"


def line_xml(line, w=12700):
    return f'<a:ln w="{w}"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>' if line else "<a:ln><a:noFill/></a:ln>"


def p_sp(s, ids, ph=None, txbox=True):
    sid = ids()
    name = s.get("name") or (f"Titre {sid}" if ph == "title" else f"ZoneTexte {sid}")
    nvpr = f'<p:nvPr><p:ph type="{ph}"/></p:nvPr>' if ph else "<p:nvPr/>"
    cnv = '<p:cNvSpPr txBox="1"/>' if txbox and not ph and s["geom"] == "rect" and not s["fill"] else "<p:cNvSpPr/>"
    anchor = {"t": "t", "ctr": "ctr", "b": "b"}[s["anchor"]]
    paras = "".join(a_para(p, s["size"], s["color"], s["bullets"], s["align"]) for p in s["paras"])
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{esc(name)}"/>{cnv}{nvpr}</p:nvSpPr>'
            f'<p:spPr>{xfrm(s["x"], s["y"], s["w"], s["h"])}<a:prstGeom prst="{s["geom"]}"><a:avLst/></a:prstGeom>'
            f'{fill_xml(s["fill"])}{line_xml(s["line"])}</p:spPr>'
            f'<p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="{anchor}" rtlCol="0">'
            f'<a:noAutofit/></a:bodyPr><a:lstStyle/>{paras}</p:txBody></p:sp>')


def p_table(t, ids):
    sid = ids()
    cols = t["cols"]
    grid = "".join(f'<a:gridCol w="{emu(c)}"/>' for c in cols)
    rows = []
    for r, row in enumerate(t["rows"]):
        cells = []
        for cell in row:
            head = r == 0
            color = t["head_color"] if head else "1F1F1F"
            paras = cell.split("\n") if isinstance(cell, str) else [cell]
            paras = [[(p, {"b": True})] if head and isinstance(p, str) else p for p in paras]
            body = "".join(a_para(p, t["size"], color) for p in paras)
            fill = t["head_fill"] if head else (t["band"] if r % 2 == 0 else "FFFFFF")
            ln = "".join(f'<a:{e} w="9525"><a:solidFill><a:srgbClr val="8C8C8C"/></a:solidFill></a:{e}>'
                         for e in ("lnL", "lnR", "lnT", "lnB"))
            cells.append(f'<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{body}</a:txBody>'
                         f'<a:tcPr marL="91440" marR="91440" marT="45720" marB="45720" anchor="ctr">{ln}'
                         f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></a:tcPr></a:tc>')
        rows.append(f'<a:tr h="{emu(t["row_h"])}">{"".join(cells)}</a:tr>')
    return (f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="{esc(t.get("name") or f"Tableau {sid}")}"/>'
            f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>'
            f'{xfrm(t["x"], t["y"], sum(cols), t["h"], "p:xfrm")}<a:graphic>'
            f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
            f'<a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>{"".join(rows)}</a:tbl>'
            f'</a:graphicData></a:graphic></p:graphicFrame>')


def p_line(l, ids):
    sid = ids()
    tail = '<a:tailEnd type="triangle"/>' if l["arrow"] else ""
    flip = ' flipV="1"' if l["y2"] < l["y1"] else ""
    return (f'<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{sid}" name="Connecteur {sid}"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>'
            f'<p:spPr><a:xfrm{flip}><a:off x="{emu(l["x"])}" y="{emu(l["y"])}"/><a:ext cx="{emu(l["w"])}" cy="{emu(l["h"])}"/></a:xfrm>'
            f'<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>'
            f'<a:ln w="{emu(l["width"])}"><a:solidFill><a:srgbClr val="{l["color"]}"/></a:solidFill>{tail}</a:ln></p:spPr></p:cxnSp>')


def p_shape(s, ids):
    if s["k"] == "text":
        return p_sp(s, ids)
    if s["k"] == "table":
        return p_table(s, ids)
    if s["k"] == "line":
        return p_line(s, ids)
    if s["k"] == "group":
        sid = ids()
        off = f'<a:off x="{emu(s["x"])}" y="{emu(s["y"])}"/><a:ext cx="{emu(s["w"])}" cy="{emu(s["h"])}"/>'
        ch = off.replace("a:off", "a:chOff").replace("a:ext", "a:chExt")
        kids = "".join(p_shape(i, ids) for i in s["items"])
        return (f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{sid}" name="{esc(s.get("name") or f"Groupe {sid}")}"/><p:cNvGrpSpPr/>'
                f'<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>{off}{ch}</a:xfrm></p:grpSpPr>{kids}</p:grpSp>')
    raise ValueError(s["k"])


def p_footers(ids, deck, num):
    out = []
    for typ in ("dt", "ftr", "sldNum"):
        x, y, w, h = FOOT_POS[typ]
        sid = ids()
        algn = {"dt": "l", "ftr": "ctr", "sldNum": "r"}[typ]
        rpr = f'<a:rPr lang="fr-FR" sz="1000" dirty="0"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:rPr>'
        if typ == "sldNum":
            txt = f'<a:fld id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" type="slidenum">{rpr}<a:t>{num}</a:t></a:fld>'
        else:
            txt = f'<a:r>{rpr}<a:t>{esc(deck.PIED_DATE if typ == "dt" else deck.PIED_TEXTE)}</a:t></a:r>'
        out.append(f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{typ} {sid}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
                   f'<p:nvPr><p:ph type="{typ}" sz="quarter" idx="{FOOT_IDX[typ]}"/></p:nvPr></p:nvSpPr>'
                   f'<p:spPr>{xfrm(x, y, w, h)}</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>'
                   f'<a:p><a:pPr algn="{algn}"/>{txt}</a:p></p:txBody></p:sp>')
    return "".join(out)


def p_inherited(ids, typ, paras):
    """A placeholder with an empty spPr: position, size, font and bullets come from the layout and master."""
    sid = ids()
    ph = '<p:ph type="title"/>' if typ == "title" else '<p:ph idx="1"/>'
    body = []
    for para in paras:
        rs = []
        for text, fmt in runs_of(para):
            extra = (' b="1"' if fmt.get("b") else "")
            fill = f'<a:solidFill><a:srgbClr val="{fmt["color"]}"/></a:solidFill>' if "color" in fmt else ""
            rs.append(f'<a:r><a:rPr lang="fr-FR"{extra} dirty="0">{fill}</a:rPr><a:t>{esc(text)}</a:t></a:r>')
        body.append(f'<a:p>{"".join(rs)}</a:p>')
    name = "Titre 1" if typ == "title" else "Espace réservé du contenu 2"
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f'<p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{"".join(body)}</p:txBody></p:sp>')


def p_slide(sl, deck, num, inherit=False):
    ids = Ids()
    parts = []
    if sl["title"] and inherit:
        parts.append(p_inherited(ids, "title", [sl["title"]]))
    elif sl["title"]:
        parts.append(p_sp(diapos.T(1.0, 0.45, 23.4, 1.6, [[(sl["title"], {"b": True})]], size=26,
                                   color=deck_color(deck),
                                   anchor="ctr"), ids, ph="title"))
    parts += [p_inherited(ids, "body", s["paras"]) if inherit and s.get("name") == "corps" else p_shape(s, ids)
              for s in sl["shapes"]]
    if sl["footer"]:
        parts.append(p_footers(ids, deck, num))
    show = ' show="0"' if sl["hidden"] else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld {NS_P}{show}><p:cSld><p:spTree>'
            f'{SPTREE_HEAD}{"".join(parts)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>')


def p_notes(text):
    paras = "".join(f'<a:p><a:r><a:rPr lang="fr-FR" sz="1200" dirty="0"/><a:t>{esc(t)}</a:t></a:r></a:p>' for t in text.split("\n"))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes {NS_P}><p:cSld><p:spTree>{SPTREE_HEAD}'
            f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="Image de la diapositive"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>'
            f'<p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>'
            f'<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
            f'<p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paras}</p:txBody></p:sp>'
            f'</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>')


def p_master_like(tag, name, extra=""):
    phs = []
    for i, (ph, box) in enumerate((('<p:ph type="title"/>', (1.0, 0.45, 23.4, 1.6)), ('<p:ph idx="1"/>', (1.0, 2.3, 23.4, 6.8)))):
        phs.append(f'<p:sp><p:nvSpPr><p:cNvPr id="{i + 10}" name="{"Titre" if i == 0 else "Contenu"}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
                   f'<p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{xfrm(*box)}</p:spPr><p:txBody><a:bodyPr anchor="{"ctr" if i == 0 else "t"}"/>'
                   f'<a:lstStyle/><a:p><a:endParaRPr lang="fr-FR"/></a:p></p:txBody></p:sp>')
    for i, typ in enumerate(("dt", "ftr", "sldNum")):
        x, y, w, h = FOOT_POS[typ]
        phs.append(f'<p:sp><p:nvSpPr><p:cNvPr id="{i + 2}" name="{typ}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
                   f'<p:nvPr><p:ph type="{typ}" sz="quarter" idx="{FOOT_IDX[typ]}"/></p:nvPr></p:nvSpPr>'
                   f'<p:spPr>{xfrm(x, y, w, h)}</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="fr-FR"/></a:p></p:txBody></p:sp>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:{tag} {NS_P}{extra}><p:cSld name="{name}">'
            f'<p:bg><p:bgPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
            f'<p:spTree>{SPTREE_HEAD}{"".join(phs)}</p:spTree></p:cSld>')


def build_pptx(deck, out, sections=None, inherit=False):
    n = len(deck.SLIDES)
    col = deck_color(deck)
    title_style = (f'<p:titleStyle><a:lvl1pPr algn="l"><a:defRPr sz="2600" b="1"><a:solidFill><a:srgbClr val="{col}"/></a:solidFill>'
                   f'<a:latin typeface="{FONT}"/></a:defRPr></a:lvl1pPr></p:titleStyle>')
    body_style = (f'<p:bodyStyle><a:lvl1pPr marL="228600" indent="-228600"><a:spcBef><a:spcPts val="600"/></a:spcBef>'
                  f'<a:buFont typeface="Arial"/><a:buChar char="•"/><a:defRPr sz="1500"><a:solidFill><a:srgbClr val="1F1F1F"/></a:solidFill>'
                  f'<a:latin typeface="{FONT}"/></a:defRPr></a:lvl1pPr></p:bodyStyle>')
    master = (p_master_like("sldMaster", "Masque") + CLRMAP +
              '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>'
              f'<p:hf hdr="0"/><p:txStyles>{title_style}{body_style}<p:otherStyle/></p:txStyles></p:sldMaster>')
    layout = (p_master_like("sldLayout", "Titre et contenu", ' type="obj" preserve="1"') +
              '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>')
    notes_master = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notesMaster {NS_P}><p:cSld><p:spTree>{SPTREE_HEAD}'
                    f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>'
                    f'<p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr><p:spPr>{xfrm(1.5, 2.0, 16.05, 9.03)}</p:spPr></p:sp>'
                    f'<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
                    f'<p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr><p:spPr>{xfrm(1.9, 12.0, 15.2, 12.5)}</p:spPr>'
                    f'<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="fr-FR"/></a:p></p:txBody></p:sp>'
                    f'</p:spTree></p:cSld>{CLRMAP}</p:notesMaster>')
    rel = lambda items: ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         f'<Relationships xmlns="{REL_NS}">' +
                         "".join(f'<Relationship Id="{i}" Type="{RT}{t}" Target="{tg}"/>' for i, t, tg in items) +
                         "</Relationships>")
    parts = []
    over = [("/ppt/presentation.xml", CT + "presentation.main+xml"),
            ("/ppt/slideMasters/slideMaster1.xml", CT + "slideMaster+xml"),
            ("/ppt/slideLayouts/slideLayout1.xml", CT + "slideLayout+xml"),
            ("/ppt/notesMasters/notesMaster1.xml", CT + "notesMaster+xml"),
            ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ("/ppt/presProps.xml", CT + "presProps+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")]
    pres_rels = [("rId1", "slideMaster", "slideMasters/slideMaster1.xml"), ("rId2", "theme", "theme/theme1.xml"),
                 ("rId3", "notesMaster", "notesMasters/notesMaster1.xml"), ("rId4", "presProps", "presProps.xml")]
    sld_ids = []
    for k, sl in enumerate(deck.SLIDES, 1):
        parts.append((f"ppt/slides/slide{k}.xml", p_slide(sl, deck, k, inherit)))
        over.append((f"/ppt/slides/slide{k}.xml", CT + "slide+xml"))
        srels = [("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml")]
        if sl["notes"]:
            parts.append((f"ppt/notesSlides/notesSlide{k}.xml", p_notes(sl["notes"])))
            over.append((f"/ppt/notesSlides/notesSlide{k}.xml", CT + "notesSlide+xml"))
            parts.append((f"ppt/notesSlides/_rels/notesSlide{k}.xml.rels",
                          rel([("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
                               ("rId2", "slide", f"../slides/slide{k}.xml")])))
            srels.append(("rId2", "notesSlide", f"../notesSlides/notesSlide{k}.xml"))
        parts.append((f"ppt/slides/_rels/slide{k}.xml.rels", rel(srels)))
        pres_rels.append((f"rId{100 + k}", "slide", f"slides/slide{k}.xml"))
        sld_ids.append(f'<p:sldId id="{255 + k}" r:id="rId{100 + k}"/>')
    ext = ""
    if sections:
        secs = []
        for name, idx in sections:
            guid = str(uuid.uuid5(uuid.NAMESPACE_URL, deck.NOM + name)).upper()
            lst = "".join(f'<p14:sldId id="{256 + i}"/>' for i in idx)
            secs.append(f'<p14:section name="{esc(name)}" id="{{{guid}}}"><p14:sldIdLst>{lst}</p14:sldIdLst></p14:section>')
        secs = "".join(secs)
        ext = ('<p:extLst><p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}">'
               '<p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">'
               f'{secs}</p14:sectionLst></p:ext></p:extLst>')
    pres = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation {NS_P} saveSubsetFonts="1">'
            '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            '<p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst>'
            f'<p:sldIdLst>{"".join(sld_ids)}</p:sldIdLst>'
            '<p:sldSz cx="9144000" cy="5143500"/><p:notesSz cx="6858000" cy="9144000"/>'
            f'<p:defaultTextStyle><a:lvl1pPr><a:defRPr lang="fr-FR"><a:latin typeface="{FONT}"/></a:defRPr></a:lvl1pPr></p:defaultTextStyle>'
            f'{ext}</p:presentation>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>' +
              "".join(f'<Override PartName="{pn}" ContentType="{ct}"/>' for pn, ct in over) + "</Types>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(deck.SLIDES[0]["shapes"][2]["paras"][0][0][0])}</dc:title><dc:creator>DEC</dc:creator>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
           'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f'<Application>Microsoft Office PowerPoint</Application><Slides>{n}</Slides></Properties>')
    all_parts = [("[Content_Types].xml", ctypes),
                 ("_rels/.rels", rel([("rId1", "officeDocument", "ppt/presentation.xml")]).replace(
                     "</Relationships>",
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                     f'<Relationship Id="rId3" Type="{RT}extended-properties" Target="docProps/app.xml"/></Relationships>')),
                 ("docProps/core.xml", core), ("docProps/app.xml", app),
                 ("ppt/presentation.xml", pres), ("ppt/_rels/presentation.xml.rels", rel(pres_rels)),
                 ("ppt/presProps.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentationPr {NS_P}/>'),
                 ("ppt/slideMasters/slideMaster1.xml", master),
                 ("ppt/slideMasters/_rels/slideMaster1.xml.rels",
                  rel([("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"), ("rId2", "theme", "../theme/theme1.xml")])),
                 ("ppt/slideLayouts/slideLayout1.xml", layout),
                 ("ppt/slideLayouts/_rels/slideLayout1.xml.rels", rel([("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")])),
                 ("ppt/notesMasters/notesMaster1.xml", notes_master),
                 ("ppt/notesMasters/_rels/notesMaster1.xml.rels", rel([("rId1", "theme", "../theme/theme2.xml")])),
                 ("ppt/theme/theme1.xml", THEME), ("ppt/theme/theme2.xml", THEME)] + parts
    write_zip(out, all_parts)
    return out


# =====================================================================================  ODP (hand-written ODF)
NS_O = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0" '
        'xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0" office:version="1.3"')
PATHS = {"chevron": "M 0 0 L 16200 0 21600 10800 16200 21600 0 21600 5400 10800 Z N",
         "homePlate": "M 0 0 L 16200 0 21600 10800 16200 21600 0 21600 Z N",
         "wedgeRectCallout": "M 0 0 L 21600 0 21600 16200 9000 16200 3600 21600 5400 16200 0 16200 Z N"}


class OdpStyles:
    def __init__(self):
        self.items, self.keys = [], {}

    def get(self, family, prefix, props):
        key = (family, props)
        if key not in self.keys:
            name = f"{prefix}{len(self.keys) + 1}"
            self.keys[key] = name
            self.items.append(f'<style:style style:name="{name}" style:family="{family}">{props}</style:style>')
        return self.keys[key]


def cm(v):
    return f"{v:.3f}cm"


def o_text_style(st, fmt, size, color):
    props = (f'<style:text-properties fo:font-family="\'{FONT}\'" fo:font-size="{fmt.get("size", size)}pt" '
             f'fo:color="#{fmt.get("color", color)}" fo:language="fr" fo:country="FR"'
             + (' fo:font-weight="bold"' if fmt.get("b") else "")
             + (' fo:font-style="italic"' if fmt.get("i") else "")
             + (' style:text-line-through-style="solid" style:text-line-through-type="single"' if fmt.get("strike") else "")
             + "/>")
    return st.get("text", "T", props)


def o_para(st, para, size, color, align, in_list=False):
    ps = st.get("paragraph", "P", f'<style:paragraph-properties fo:text-align="{ {"l": "start", "ctr": "center", "r": "end"}[align] }"'
                                  f' fo:margin-top="{0.12 if in_list else 0}cm"/>')
    spans = []
    for text, fmt in runs_of(para):
        ts = o_text_style(st, fmt, size, color)
        pieces = [esc(x) for x in text.split("\n")]
        spans.append(f'<text:span text:style-name="{ts}">{"<text:line-break/>".join(pieces)}</text:span>')
    return f'<text:p text:style-name="{ps}">{"".join(spans)}</text:p>'


def o_paras(st, s):
    if s["bullets"]:
        items = "".join(f"<text:list-item>{o_para(st, p, s['size'], s['color'], s['align'], True)}</text:list-item>"
                        for p in s["paras"])
        return f'<text:list text:style-name="L1">{items}</text:list>'
    return "".join(o_para(st, p, s["size"], s["color"], s["align"]) for p in s["paras"])


def o_graphic(st, s, auto_grow=False):
    fill = f'draw:fill="solid" draw:fill-color="#{s["fill"]}"' if s["fill"] else 'draw:fill="none"'
    stroke = f'draw:stroke="solid" svg:stroke-color="#{s["line"]}" svg:stroke-width="0.03cm"' if s["line"] else 'draw:stroke="none"'
    va = {"t": "top", "ctr": "middle", "b": "bottom"}[s["anchor"]]
    props = (f'<style:graphic-properties {fill} {stroke} draw:textarea-vertical-align="{va}" '
             f'draw:auto-grow-height="{str(auto_grow).lower()}" fo:min-height="0cm" fo:padding-top="0.125cm" '
             f'fo:padding-bottom="0.125cm" fo:padding-left="0.25cm" fo:padding-right="0.25cm" '
             f'fo:wrap-option="wrap" draw:shadow="hidden"/>')
    return st.get("graphic", "gr", props)


def o_shape(st, s, z):
    if s["k"] == "group":
        return "<draw:g>" + "".join(o_shape(st, i, z) for i in s["items"]) + "</draw:g>"
    if s["k"] == "line":
        props = (f'<style:graphic-properties draw:stroke="solid" svg:stroke-color="#{s["color"]}" '
                 f'svg:stroke-width="{cm(s["width"])}"'
                 + (' draw:marker-end="Fleche" draw:marker-end-width="0.3cm"' if s["arrow"] else "") + "/>")
        gs = st.get("graphic", "gr", props)
        geo = f'svg:x1="{cm(s["x1"])}" svg:y1="{cm(s["y1"])}" svg:x2="{cm(s["x2"])}" svg:y2="{cm(s["y2"])}"'
        if s["start"]:
            return (f'<draw:connector draw:style-name="{gs}" draw:type="line" {geo} draw:start-shape="{s["start"]}" '
                    f'draw:start-glue-point="1" draw:end-shape="{s["end"]}" draw:end-glue-point="3"><text:p/></draw:connector>')
        return f'<draw:line draw:style-name="{gs}" {geo}><text:p/></draw:line>'
    if s["k"] == "table":
        cols = ""
        for c in s["cols"]:
            co = st.get("table-column", "co", '<style:table-column-properties style:column-width="%s"/>' % cm(c))
            cols += f'<table:table-column table:style-name="{co}"/>'

        rows = []
        for r, row in enumerate(s["rows"]):
            head = r == 0
            fill = s["head_fill"] if head else (s["band"] if r % 2 == 0 else "FFFFFF")
            ce = st.get("table-cell", "ce", f'<style:graphic-properties draw:fill="solid" draw:fill-color="#{fill}" '
                                            f'draw:textarea-vertical-align="middle"/>'
                                            f'<style:paragraph-properties fo:border="0.03cm solid #8c8c8c"/>')
            ro = st.get("table-row", "ro", f'<style:table-row-properties style:row-height="{cm(s["row_h"])}"/>')
            cells = []
            for cell in row:
                color = s["head_color"] if head else "1F1F1F"
                paras = cell.split("\n") if isinstance(cell, str) else [cell]
                paras = [[(p, {"b": True})] if head and isinstance(p, str) else p for p in paras]
                cells.append(f'<table:table-cell table:style-name="{ce}">' +
                             "".join(o_para(st, p, s["size"], color, "l") for p in paras) + "</table:table-cell>")
            rows.append(f'<table:table-row table:style-name="{ro}">{"".join(cells)}</table:table-row>')
        return (f'<draw:frame draw:name="{esc(s.get("name") or "Tableau")}" svg:x="{cm(s["x"])}" svg:y="{cm(s["y"])}" '
                f'svg:width="{cm(sum(s["cols"]))}" svg:height="{cm(s["h"])}"><table:table table:use-first-row-styles="true">'
                f'{cols}{"".join(rows)}</table:table></draw:frame>')
    # text shapes
    gs = o_graphic(st, s)
    geo = f'svg:x="{cm(s["x"])}" svg:y="{cm(s["y"])}" svg:width="{cm(s["w"])}" svg:height="{cm(s["h"])}"'
    ident = f' draw:id="{s["sid"]}" xml:id="{s["sid"]}"' if s.get("sid") else ""
    name = f' draw:name="{esc(s["name"])}"' if s.get("name") else ""
    body = o_paras(st, s)
    if s["geom"] in PATHS:
        return (f'<draw:custom-shape draw:style-name="{gs}"{ident}{name} {geo}>{body}'
                f'<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:enhanced-path="{PATHS[s["geom"]]}"/>'
                f'</draw:custom-shape>')
    if s["geom"] == "ellipse":
        return f'<draw:ellipse draw:style-name="{gs}"{ident}{name} {geo}>{body}</draw:ellipse>'
    if s["fill"] or s["line"] or s.get("sid"):
        radius = ' draw:corner-radius="0.35cm"' if s["geom"] == "roundRect" else ""
        return f'<draw:rect draw:style-name="{gs}"{ident}{name}{radius} {geo}>{body}</draw:rect>'
    return f'<draw:frame draw:style-name="{gs}"{name} {geo}><draw:text-box>{body}</draw:text-box></draw:frame>'


def build_odp(deck, out):
    st = OdpStyles()
    color = getattr(deck, "BLEU", None) or getattr(deck, "VERT", None) or getattr(deck, "ROUGE", None)
    pages = []
    for k, sl in enumerate(deck.SLIDES, 1):
        dp = "dp1" if sl["footer"] else "dp0"
        inner = []
        if sl["title"]:
            t = diapos.T(1.0, 0.45, 23.4, 1.6, [[(sl["title"], {"b": True})]], size=26, color=color, anchor="ctr")
            inner.append(f'<draw:frame presentation:class="title" presentation:user-transformed="true" draw:style-name="{o_graphic(st, t)}" '
                         f'svg:x="1cm" svg:y="0.45cm" svg:width="23.4cm" svg:height="1.6cm"><draw:text-box>'
                         f'{o_paras(st, t)}</draw:text-box></draw:frame>')
        inner += [o_shape(st, s, i) for i, s in enumerate(sl["shapes"])]
        if sl["notes"]:
            notes = "".join(f"<text:p>{esc(x)}</text:p>" for x in sl["notes"].split("\n"))
            inner.append('<presentation:notes draw:style-name="dpN">'
                         f'<draw:page-thumbnail presentation:class="page" svg:x="1.5cm" svg:y="2cm" svg:width="18cm" '
                         f'svg:height="10.125cm" draw:page-number="{k}"/>'
                         '<draw:frame presentation:class="notes" presentation:placeholder="false" svg:x="1.9cm" svg:y="13cm" '
                         f'svg:width="17.2cm" svg:height="12cm"><draw:text-box>{notes}</draw:text-box></draw:frame>'
                         '</presentation:notes>')
        pages.append(f'<draw:page draw:name="Diapo {k}" draw:style-name="{dp}" draw:master-page-name="Standard" '
                     f'presentation:presentation-page-layout-name="AL1T0" presentation:use-footer-name="ftr1" '
                     f'presentation:use-date-time-name="dtd1">{"".join(inner)}</draw:page>')
    auto = (
        '<style:style style:name="dp0" style:family="drawing-page"><style:drawing-page-properties '
        'presentation:background-visible="true" presentation:background-objects-visible="true" '
        'presentation:display-footer="false" presentation:display-page-number="false" presentation:display-date-time="false"/></style:style>'
        '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties '
        'presentation:background-visible="true" presentation:background-objects-visible="true" '
        'presentation:display-footer="true" presentation:display-page-number="true" presentation:display-date-time="true"/></style:style>'
        '<style:style style:name="dpN" style:family="drawing-page"><style:drawing-page-properties presentation:display-header="true" '
        'presentation:display-footer="true" presentation:display-page-number="true" presentation:display-date-time="true"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•">'
        '<style:list-level-properties text:space-before="0cm" text:min-label-width="0.6cm"/>'
        '<style:text-properties fo:font-family="\'Liberation Sans\'" fo:color="#404040"/></text:list-level-style-bullet></text:list-style>'
        + "".join(st.items))
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS_O}>'
               f'<office:automatic-styles>{auto}</office:automatic-styles><office:body><office:presentation>'
               f'<presentation:footer-decl presentation:name="ftr1">{esc(deck.PIED_TEXTE)}</presentation:footer-decl>'
               f'<presentation:date-time-decl presentation:name="dtd1" presentation:source="fixed">{esc(deck.PIED_DATE)}</presentation:date-time-decl>'
               f'{"".join(pages)}<presentation:settings presentation:mouse-visible="false"/>'
               '</office:presentation></office:body></office:document-content>')
    foot = lambda cls, x, w, inner, al: (
        f'<draw:frame presentation:style-name="Mpr{cls}" draw:layer="backgroundobjects" presentation:class="{cls}" '
        f'svg:x="{cm(x)}" svg:y="13.2cm" svg:width="{cm(w)}" svg:height="0.8cm"><draw:text-box>'
        f'<text:p text:style-name="MP{al}"><text:span text:style-name="MT1">{inner}</text:span></text:p></draw:text-box></draw:frame>')
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {NS_O}><office:styles>'
        '<draw:marker draw:name="Fleche" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>'
        '<style:default-style style:family="graphic"><style:graphic-properties draw:shadow="hidden"/>'
        f'<style:text-properties fo:font-family="\'{FONT}\'" fo:font-size="18pt" fo:language="fr" fo:country="FR"/></style:default-style>'
        '<style:presentation-page-layout style:name="AL1T0"><presentation:placeholder presentation:object="title" '
        'svg:x="1cm" svg:y="0.45cm" svg:width="23.4cm" svg:height="1.6cm"/></style:presentation-page-layout>'
        '</office:styles><office:automatic-styles>'
        '<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
        'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="25.4cm" fo:page-height="14.2875cm" style:print-orientation="landscape"/></style:page-layout>'
        '<style:page-layout style:name="PM2"><style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" '
        'fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>'
        '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties draw:fill="solid" draw:fill-color="#ffffff" '
        'draw:background-size="full"/></style:style>'
        + "".join(f'<style:style style:name="Mpr{c}" style:family="presentation"><style:graphic-properties draw:stroke="none" draw:fill="none" '
                  f'draw:auto-grow-height="false"/></style:style>' for c in ("footer", "date-time", "page-number"))
        + ''.join(f'<style:style style:name="MP{a}" style:family="paragraph"><style:paragraph-properties fo:text-align="{v}"/></style:style>'
                  for a, v in (("l", "start"), ("c", "center"), ("r", "end")))
        + '<style:style style:name="MT1" style:family="text"><style:text-properties fo:font-size="10pt" fo:color="#7f7f7f"/></style:style>'
        '</office:automatic-styles><office:master-styles>'
        '<style:master-page style:name="Standard" style:page-layout-name="PM1" draw:style-name="Mdp1">'
        + foot("date-time", 0.9, 5.5, "<presentation:date-time/>", "l")
        + foot("footer", 7.0, 12.0, "<presentation:footer/>", "c")
        + foot("page-number", 20.0, 4.5, "<text:page-number>&lt;numéro&gt;</text:page-number>", "r")
        + '<presentation:notes style:page-layout-name="PM2">'
        '<draw:page-thumbnail presentation:class="page" svg:x="1.5cm" svg:y="2cm" svg:width="18cm" svg:height="10.125cm"/>'
        '<draw:frame presentation:class="notes" presentation:placeholder="true" svg:x="1.9cm" svg:y="13cm" svg:width="17.2cm" '
        'svg:height="12cm"><draw:text-box/></draw:frame></presentation:notes>'
        '</style:master-page></office:master-styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS_O}><office:meta>'
            f'<meta:generator>LibreOffice/7.4</meta:generator><dc:title>{esc(deck.NOM)}</dc:title></office:meta></office:document-meta>')
    write_zip(out, [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                    ("META-INF/manifest.xml", manifest)],
              first=("mimetype", "application/vnd.oasis.opendocument.presentation"))
    return out


# =====================================================================================  conversions and scan
def soffice(path, target, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}", "--convert-to", target,
                    "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def to_pdf(path, notes_pages=False):
    tmp = tempfile.mkdtemp(prefix="bl_lo_")
    flt = 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}' if notes_pages else "pdf"
    soffice(path, flt, tmp)
    stem = os.path.splitext(os.path.basename(path))[0]
    shutil.move(os.path.join(tmp, stem + ".pdf"), P(stem + ".pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


def render(pdf, dpi):
    tmp = tempfile.mkdtemp(prefix="bl_ppm_")
    subprocess.run(["pdftoppm", "-r", str(dpi), pdf, os.path.join(tmp, "p")], check=True)
    imgs = [Image.open(os.path.join(tmp, f)).convert("RGB") for f in sorted(os.listdir(tmp))]
    shutil.rmtree(tmp, ignore_errors=True)
    return imgs


def handout_scan(pdf, out, header):
    """A printed handout (2 slides per A4 page, ruled lines for notes beside none), then a grey flatbed scan at 200 dpi."""
    dpi = 200
    slides = render(pdf, dpi)
    pw, ph = int(21 / 2.54 * dpi), int(29.7 / 2.54 * dpi)
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", 24)
    rng = np.random.default_rng(2028)
    pages = []
    for k in range(0, len(slides), 2):
        page = Image.new("RGB", (pw, ph), "white")
        d = ImageDraw.Draw(page)
        d.text((int(1.5 / 2.54 * dpi), int(0.9 / 2.54 * dpi)), header, fill=(60, 60, 60), font=font)
        for j, sl in enumerate(slides[k:k + 2]):
            w = int(17.5 / 2.54 * dpi)
            h = int(w * sl.height / sl.width)
            im = sl.resize((w, h), Image.LANCZOS)
            x = (pw - w) // 2
            y = int((2.6 + j * 13.2) / 2.54 * dpi)
            page.paste(im, (x, y))
            d.rectangle([x - 2, y - 2, x + w + 1, y + h + 1], outline=(0, 0, 0), width=2)
        d.text((pw // 2 - 20, ph - int(1.2 / 2.54 * dpi)), f"{k // 2 + 1}", fill=(60, 60, 60), font=font)
        g = page.convert("L").rotate([0.5, -0.35, 0.7, -0.25][(k // 2) % 4], resample=Image.BICUBIC, fillcolor=238)
        a = np.asarray(g).astype(np.float32) * 0.86 + 22
        a += rng.normal(0, 5, a.shape)
        a[:, -int(a.shape[1] * 0.01):] *= 0.6
        g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
        buf = io.BytesIO(); g.save(buf, "JPEG", quality=72); buf.seek(0)
        pages.append(Image.open(buf).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def main():
    # A. Rennes: PPTX; PDF of the slides followed by the notes pages (the deposit deadline is only in the notes)
    build_pptx(textes_rennes, P(textes_rennes.NOM + ".pptx"))
    rendu_pdf.render_deck(textes_rennes, P(textes_rennes.NOM + ".pdf"), deck_color(textes_rennes), notes_pages=True)
    # B. Grenoble: hand-written ODP, PDF of the slides
    build_odp(textes_grenoble, P(textes_grenoble.NOM + ".odp"))
    rendu_pdf.render_deck(textes_grenoble, P(textes_grenoble.NOM + ".pdf"), deck_color(textes_grenoble))
    # C. Lille: PPTX with sections and a hidden slide; PDF of the visible slides; printed handout scanned
    build_pptx(textes_lille, P(textes_lille.NOM + ".pptx"), sections=textes_lille.SECTIONS)
    rendu_pdf.render_deck(textes_lille, P(textes_lille.NOM + ".pdf"), deck_color(textes_lille))
    handout_scan(P(textes_lille.NOM + ".pdf"), P(textes_lille.NOM + "_scan.pdf"),
                 "Réunion des coordonnateurs BTS CG – document remis en séance")
    # D. national note: PPTX whose titles (and one body) are placeholders inheriting position and style
    build_pptx(textes_national, P(textes_national.NOM + ".pptx"), inherit=True)
    rendu_pdf.render_deck(textes_national, P(textes_national.NOM + ".pdf"), deck_color(textes_national))
    # E. Normandie: hand-written ODP, PDF of the slides
    build_odp(textes_normandie, P(textes_normandie.NOM + ".odp"))
    rendu_pdf.render_deck(textes_normandie, P(textes_normandie.NOM + ".pdf"), deck_color(textes_normandie))
    print("built:", sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".pptx", ".odp"))))


if __name__ == "__main__":
    main()
