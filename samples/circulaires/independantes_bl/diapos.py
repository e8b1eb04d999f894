"""Tiny slide model shared by the textes_*.py files and the two writers of build.py (PPTX and ODP).
Units are centimetres on a 25.4 cm x 14.2875 cm (16:9) slide.
A paragraph is a str or a list of runs; a run is a str or (text, {"b":, "i":, "strike":, "size":, "color":})."""

W, H = 25.4, 14.2875


def T(x, y, w, h, paras, size=16, geom="rect", fill=None, line=None, bullets=False, align="l", anchor="t",
      color="1F1F1F", name=None, sid=None):
    """Text box or filled shape with text. geom: rect, roundRect, chevron, homePlate, ellipse, wedgeRectCallout."""
    if isinstance(paras, str):
        paras = [paras]
    return dict(k="text", x=x, y=y, w=w, h=h, paras=paras, size=size, geom=geom, fill=fill, line=line,
                bullets=bullets, align=align, anchor=anchor, color=color, name=name, sid=sid)


def TAB(x, y, w, cols, rows, size=12, row_h=0.9, head_fill="1F4E79", head_color="FFFFFF", band="EAF1F8", name=None):
    """A real table object. rows[0] is the header row; a cell is a str ('\\n' = new paragraph) or a run list."""
    return dict(k="table", x=x, y=y, w=w, h=row_h * len(rows), cols=cols, rows=rows, size=size, row_h=row_h,
                head_fill=head_fill, head_color=head_color, band=band, name=name)


def G(items, name=None):
    """Group of shapes (SmartArt-like set)."""
    xs = [i["x"] for i in items]; ys = [i["y"] for i in items]
    x2 = [i["x"] + i["w"] for i in items]; y2 = [i["y"] + i["h"] for i in items]
    return dict(k="group", items=items, x=min(xs), y=min(ys), w=max(x2) - min(xs), h=max(y2) - min(ys), name=name)


def LINE(x1, y1, x2, y2, color="404040", width=0.06, arrow=False, start=None, end=None):
    return dict(k="line", x1=x1, y1=y1, x2=x2, y2=y2, color=color, width=width, arrow=arrow, start=start, end=end,
                x=min(x1, x2), y=min(y1, y2), w=abs(x2 - x1), h=abs(y2 - y1))


def S(title, shapes, notes=None, hidden=False, footer=True, layout="content"):
    return dict(title=title, shapes=shapes, notes=notes, hidden=hidden, footer=footer, layout=layout)


def title_block(titre, sous_titre, ligne_reunion, emetteur, color="1F4E79"):
    """Shapes of a title slide (no placeholder title: big text boxes)."""
    return [
        T(0, 0, W, 0.5, [""], fill=color),
        T(1.5, 1.2, 22, 1.0, [[(emetteur, {"b": True, "size": 14, "color": color})]]),
        T(1.5, 3.6, 22.4, 2.6, [[(titre, {"b": True, "size": 34, "color": color})]], anchor="b"),
        T(1.5, 6.4, 22.4, 1.6, [[(sous_titre, {"size": 20, "color": "404040"})]]),
        T(1.5, 9.6, 22.4, 1.0, [[(ligne_reunion, {"i": True, "size": 16, "color": "595959"})]]),
    ]
