"""The numbers Word shows before each paragraph ("Section 7.", "(b)"), worked out from
styles.xml and numbering.xml the way Word counts them, so review can name where a change is
in the edited file even after staff renumbered it. Only the list features drafts use:
decimal, letters and roman numerals, levels linked to styles, restarts after a higher level.
"""
from __future__ import annotations

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class Styles:
    """Style names and the list each paragraph style is linked to."""

    def __init__(self, root):
        self.names: dict[str, str] = {}
        self.num: dict[str, tuple[str | None, str | None]] = {}
        self.based: dict[str, str] = {}
        if root is None:
            return
        for st in root.iter(_W + "style"):
            sid = st.get(_W + "styleId")
            if sid is None:
                continue
            name = st.find(_W + "name")
            self.names[sid] = name.get(_W + "val") if name is not None else sid
            based = st.find(_W + "basedOn")
            if based is not None:
                self.based[sid] = based.get(_W + "val")
            numpr = st.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                self.num[sid] = _numpr(numpr)

    def numbering_of(self, sid: str | None) -> tuple[str | None, str | None]:
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            if sid in self.num:
                return self.num[sid]
            sid = self.based.get(sid)
        return None, None


def _numpr(numpr) -> tuple[str | None, str | None]:
    num = numpr.find(_W + "numId")
    lvl = numpr.find(_W + "ilvl")
    return (num.get(_W + "val") if num is not None else None,
            lvl.get(_W + "val") if lvl is not None else None)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):
        while n >= value:
            out += digits
            n -= value
    return out


def _letters(n: int) -> str:
    # Word: a..z, then aa..zz, aaa..
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_FORMATS = {"decimal": str, "lowerLetter": _letters, "upperLetter": lambda n: _letters(n).upper(),
            "lowerRoman": _roman, "upperRoman": lambda n: _roman(n).upper(),
            "decimalZero": lambda n: f"{n:02d}"}


class Numbering:
    """Computes the numbers Word shows ("Section 7.", "(b)") the way Word counts them."""

    def __init__(self, root, styles: Styles):
        self.styles = styles
        self.abstract: dict[str, dict[int, tuple[str, str, int, str | None]]] = {}
        self.num_abs: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        if root is None:
            return
        for ab in root.iter(_W + "abstractNum"):
            levels = {}
            for lvl in ab.iter(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                text = lvl.find(_W + "lvlText")
                start = lvl.find(_W + "start")
                pstyle = lvl.find(_W + "pStyle")
                levels[int(lvl.get(_W + "ilvl", "0"))] = (
                    fmt.get(_W + "val") if fmt is not None else "decimal",
                    text.get(_W + "val", "") if text is not None else "",
                    int(start.get(_W + "val", "1")) if start is not None else 1,
                    pstyle.get(_W + "val") if pstyle is not None else None)
            self.abstract[ab.get(_W + "abstractNumId")] = levels
        for num in root.iter(_W + "num"):
            ab = num.find(_W + "abstractNumId")
            if ab is not None:
                self.num_abs[num.get(_W + "numId")] = ab.get(_W + "val")

    def label(self, p) -> str:
        style_el = p.find(f"{_W}pPr/{_W}pStyle")
        sid = style_el.get(_W + "val") if style_el is not None else None
        direct = p.find(f"{_W}pPr/{_W}numPr")
        num_id, ilvl = _numpr(direct) if direct is not None else (None, None)
        s_num, s_lvl = self.styles.numbering_of(sid)
        num_id = num_id or s_num
        if not num_id or num_id == "0" or num_id not in self.num_abs:
            return ""
        levels = self.abstract.get(self.num_abs[num_id], {})
        if ilvl is None:
            ilvl = s_lvl
        if ilvl is None:   # a style linked from a level (lvl/pStyle) takes that level
            ilvl = next((str(k) for k, v in levels.items() if v[3] == sid), "0")
        level = int(ilvl)
        if level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [0] * 10)
        fmt, text, start, _ = levels[level]
        counters[level] = counters[level] + 1 if counters[level] else start
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = 0
        if fmt == "none":
            return ""
        if fmt == "bullet":
            return text.strip()
        for k in range(level + 1):
            f = _FORMATS.get(levels.get(k, ("decimal",))[0], str)
            n = counters[k] or levels.get(k, ("", "", 1))[2]
            text = text.replace(f"%{k + 1}", f(n))
        return text.strip().rstrip(".")


