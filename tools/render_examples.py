"""Render every example to PDF (LibreOffice) and PNG pages, and check what a reader sees.

    python tools/render_examples.py [--out out/render] [--png] [examples/*.yaml]

For each example: build the DOCX, convert it with `soffice --headless --convert-to pdf`, count
the pages with `pdfinfo`, and check with `pdftotext` that the ordinance number line, the
jurisdiction, the enacting words, the first and last section headings and a signature line are
on the pages. With --png, `pdftoppm` writes page images to look at. Exit 1 on any failure.
CI runs this after the tests; it needs libreoffice-writer-nogui and poppler-utils.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ordinance_kit.engine import build, prepare  # noqa: E402
from ordinance_kit.pdf import docx_to_pdf  # noqa: E402


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def printed_numbers(pdf: Path) -> list[str]:
    """Section numbers and subdivision labels as LibreOffice laid them out (line starts)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout
    # a number is followed by a tab (laid out as 2+ spaces); a reference that happens to start
    # a wrapped line is followed by a single space
    # (spaces and tabs only: a reference that ends a line must not reach across the line break
    # and swallow the label that starts the next paragraph)
    return re.findall(r"^[ \t]*(?:\d+[ \t]+)?(\([a-zA-Z0-9]+\)|Section \d+\.)[ \t]{2,}\S", out, re.M)


def model_numbers(ordinance) -> list[str]:
    out = []
    for section in ordinance.sections:
        out.append(section.label)
        out += [b.label for b in section.blocks if b.kind == "numbered"]
    return out


def convert(docx: Path, outdir: Path) -> Path:
    """The PDF beside the DOCX, made the way `build -o x.pdf` makes it (ordinance_kit.pdf)."""
    pdf = outdir / (docx.stem + ".pdf")
    pdf.write_bytes(docx_to_pdf(docx.read_bytes(), where=str(docx)))
    return pdf


def check_example(path: Path, out: Path, png: bool) -> list[str]:
    lib, ans = prepare(path)
    result = build(lib, ans, "docx")
    o = result.ordinance
    docx = out / f"{path.stem}.docx"
    docx.write_bytes(result.data)
    pdf = convert(docx, out)
    pages = pdf_pages(pdf)
    text = pdf_text(pdf)
    problems = []
    words = o.sections[0].blocks[0].text.split()[:4] if o.sections[0].blocks else []
    number = "".join(i.text for i in o.number_line[:1]).strip()     # ORDINANCE NO., LOCAL LAW NO.
    enacting = " ".join(o.enacting[0].text.split()[:4]) if o.enacting else ""
    expected = [number, o.meta.jurisdiction.upper(), enacting, "WHEREAS",
                f"Section 1. {o.sections[0].heading}", o.sections[-1].heading, "Page 1 of",
                " ".join(words)]
    for needle in expected:
        if needle and needle not in text:
            problems.append(f"'{needle}' not found in the PDF text")
    # LibreOffice numbers the paragraphs itself from numbering.xml: an independent check that
    # Word-native numbering gives exactly the labels the engine used in cross-references.
    printed, expected_labels = printed_numbers(pdf), model_numbers(o)
    if printed != expected_labels:
        first = next((i for i, (a, b) in enumerate(zip(printed, expected_labels)) if a != b),
                     min(len(printed), len(expected_labels)))
        problems.append(f"numbering differs from the model at item {first}: printed "
                        f"{printed[first:first + 5]}, model {expected_labels[first:first + 5]}")
    words_in_docx = sum(len(b.text.split()) for b in o.all_blocks())
    # about 300-500 words on a page of this layout; allow a wide band
    low, high = max(1, words_in_docx // 700), words_in_docx // 200 + 3
    if not low <= pages <= high:
        problems.append(f"{pages} pages for {words_in_docx} words (expected {low}-{high})")
    if png:
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / path.stem)],
                       check=True)
    print(f"{path.name}: {pages} pages, {words_in_docx} words, {len(printed)} numbers match, "
          f"{'OK' if not problems else 'FAILED'}")
    for p in problems:
        print(f"  - {p}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "render")
    parser.add_argument("--png", action="store_true", help="also write PNG page images")
    args = parser.parse_args()
    for tool in ("soffice", "pdfinfo", "pdftotext"):
        if shutil.which(tool) is None:
            print(f"{tool} not found: install libreoffice-writer-nogui and poppler-utils")
            return 2
    args.out.mkdir(parents=True, exist_ok=True)
    examples = args.examples or sorted((ROOT / "examples").glob("*.yaml"))
    failures = sum(bool(check_example(p, args.out, args.png)) for p in examples)
    print(f"{len(examples) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
