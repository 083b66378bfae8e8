"""Subdivision labels: (a), (1), (A), (i) -- the one place they are computed.

Pure functions with no engine imports, so both assembly (which prints the labels and the
cross-reference texts) and the DOCX writer (which checks that Word's own list numbering agrees
with them) use the same rules.
"""
from __future__ import annotations


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_letters__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_letters__mutmut)
def letters(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_orig(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_1(n: int, upper: bool = True) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_2(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = None
    return letter.upper() if upper else letter


def x_letters__mutmut_3(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) / ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_4(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(None) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_5(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") - (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_6(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord(None) + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_7(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("XXaXX") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_8(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_9(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) / 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_10(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n + 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_11(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 2) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_12(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 27) * ((n - 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_13(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 - 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_14(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) / 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_15(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n + 1) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_16(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 2) // 26 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_17(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 27 + 1)
    return letter.upper() if upper else letter


def x_letters__mutmut_18(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 2)
    return letter.upper() if upper else letter


def x_letters__mutmut_19(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if (upper) and False else letter


def x_letters__mutmut_20(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.upper() if (upper) or True else letter


def x_letters__mutmut_21(n: int, upper: bool = False) -> str:
    """Word's letter numbering: a..z, then aa..zz (the letter repeated, not Excel's aa, ab)."""
    letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return letter.lower() if upper else letter

mutants_x_letters__mutmut['_mutmut_orig'] = x_letters__mutmut_orig # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_1'] = x_letters__mutmut_1 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_2'] = x_letters__mutmut_2 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_3'] = x_letters__mutmut_3 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_4'] = x_letters__mutmut_4 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_5'] = x_letters__mutmut_5 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_6'] = x_letters__mutmut_6 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_7'] = x_letters__mutmut_7 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_8'] = x_letters__mutmut_8 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_9'] = x_letters__mutmut_9 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_10'] = x_letters__mutmut_10 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_11'] = x_letters__mutmut_11 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_12'] = x_letters__mutmut_12 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_13'] = x_letters__mutmut_13 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_14'] = x_letters__mutmut_14 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_15'] = x_letters__mutmut_15 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_16'] = x_letters__mutmut_16 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_17'] = x_letters__mutmut_17 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_18'] = x_letters__mutmut_18 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_19'] = x_letters__mutmut_19 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_20'] = x_letters__mutmut_20 # type: ignore # mutmut generated
mutants_x_letters__mutmut['x_letters__mutmut_21'] = x_letters__mutmut_21 # type: ignore # mutmut generated
mutants_x_roman__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_roman__mutmut)
def roman(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_orig(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_1(n: int) -> str:
    vals = None
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_2(n: int) -> str:
    vals = [(1001, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_3(n: int) -> str:
    vals = [(1000, "XXmXX"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_4(n: int) -> str:
    vals = [(1000, "M"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_5(n: int) -> str:
    vals = [(1000, "m"), (901, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_6(n: int) -> str:
    vals = [(1000, "m"), (900, "XXcmXX"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_7(n: int) -> str:
    vals = [(1000, "m"), (900, "CM"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_8(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (501, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_9(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "XXdXX"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_10(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "D"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_11(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (401, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_12(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "XXcdXX"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_13(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "CD"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_14(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (101, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_15(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "XXcXX"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_16(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "C"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_17(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (91, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_18(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "XXxcXX"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_19(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "XC"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_20(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (51, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_21(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "XXlXX"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_22(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "L"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_23(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (41, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_24(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "XXxlXX"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_25(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "XL"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_26(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (11, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_27(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "XXxXX"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_28(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "X"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_29(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (10, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_30(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "XXixXX"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_31(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "IX"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_32(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (6, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_33(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "XXvXX"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_34(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "V"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_35(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (5, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_36(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "XXivXX"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_37(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "IV"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_38(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (2, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_39(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "XXiXX")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_40(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_41(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = None
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_42(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = "XXXX"
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def x_roman__mutmut_43(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n > v:
            out += s
            n -= v
    return out


def x_roman__mutmut_44(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out = s
            n -= v
    return out


def x_roman__mutmut_45(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out -= s
            n -= v
    return out


def x_roman__mutmut_46(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n = v
    return out


def x_roman__mutmut_47(n: int) -> str:
    vals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n += v
    return out

mutants_x_roman__mutmut['_mutmut_orig'] = x_roman__mutmut_orig # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_1'] = x_roman__mutmut_1 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_2'] = x_roman__mutmut_2 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_3'] = x_roman__mutmut_3 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_4'] = x_roman__mutmut_4 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_5'] = x_roman__mutmut_5 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_6'] = x_roman__mutmut_6 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_7'] = x_roman__mutmut_7 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_8'] = x_roman__mutmut_8 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_9'] = x_roman__mutmut_9 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_10'] = x_roman__mutmut_10 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_11'] = x_roman__mutmut_11 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_12'] = x_roman__mutmut_12 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_13'] = x_roman__mutmut_13 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_14'] = x_roman__mutmut_14 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_15'] = x_roman__mutmut_15 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_16'] = x_roman__mutmut_16 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_17'] = x_roman__mutmut_17 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_18'] = x_roman__mutmut_18 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_19'] = x_roman__mutmut_19 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_20'] = x_roman__mutmut_20 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_21'] = x_roman__mutmut_21 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_22'] = x_roman__mutmut_22 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_23'] = x_roman__mutmut_23 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_24'] = x_roman__mutmut_24 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_25'] = x_roman__mutmut_25 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_26'] = x_roman__mutmut_26 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_27'] = x_roman__mutmut_27 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_28'] = x_roman__mutmut_28 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_29'] = x_roman__mutmut_29 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_30'] = x_roman__mutmut_30 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_31'] = x_roman__mutmut_31 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_32'] = x_roman__mutmut_32 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_33'] = x_roman__mutmut_33 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_34'] = x_roman__mutmut_34 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_35'] = x_roman__mutmut_35 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_36'] = x_roman__mutmut_36 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_37'] = x_roman__mutmut_37 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_38'] = x_roman__mutmut_38 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_39'] = x_roman__mutmut_39 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_40'] = x_roman__mutmut_40 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_41'] = x_roman__mutmut_41 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_42'] = x_roman__mutmut_42 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_43'] = x_roman__mutmut_43 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_44'] = x_roman__mutmut_44 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_45'] = x_roman__mutmut_45 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_46'] = x_roman__mutmut_46 # type: ignore # mutmut generated
mutants_x_roman__mutmut['x_roman__mutmut_47'] = x_roman__mutmut_47 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_subdivision_label__mutmut)
def subdivision_label(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_orig(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_1(level: int, n: int) -> str:
    if level != 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_2(level: int, n: int) -> str:
    if level == 2:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_3(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(None, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_4(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, None)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_5(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_6(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, )})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_7(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, True)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_8(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level != 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_9(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 3:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_10(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level != 3:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_11(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 4:
        return f"({letters(n, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_12(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(None, True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_13(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, None)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_14(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(True)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_15(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, )})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_16(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, False)})"
    return f"({roman(n)})"


def x_subdivision_label__mutmut_17(level: int, n: int) -> str:
    if level == 1:
        return f"({letters(n, False)})"
    if level == 2:
        return f"({n})"
    if level == 3:
        return f"({letters(n, True)})"
    return f"({roman(None)})"

mutants_x_subdivision_label__mutmut['_mutmut_orig'] = x_subdivision_label__mutmut_orig # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_1'] = x_subdivision_label__mutmut_1 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_2'] = x_subdivision_label__mutmut_2 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_3'] = x_subdivision_label__mutmut_3 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_4'] = x_subdivision_label__mutmut_4 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_5'] = x_subdivision_label__mutmut_5 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_6'] = x_subdivision_label__mutmut_6 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_7'] = x_subdivision_label__mutmut_7 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_8'] = x_subdivision_label__mutmut_8 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_9'] = x_subdivision_label__mutmut_9 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_10'] = x_subdivision_label__mutmut_10 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_11'] = x_subdivision_label__mutmut_11 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_12'] = x_subdivision_label__mutmut_12 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_13'] = x_subdivision_label__mutmut_13 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_14'] = x_subdivision_label__mutmut_14 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_15'] = x_subdivision_label__mutmut_15 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_16'] = x_subdivision_label__mutmut_16 # type: ignore # mutmut generated
mutants_x_subdivision_label__mutmut['x_subdivision_label__mutmut_17'] = x_subdivision_label__mutmut_17 # type: ignore # mutmut generated
