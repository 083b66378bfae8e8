"""A PDF of a Word document, made by LibreOffice running headless.

PDF is "the DOCX, printed": the DOCX writer lays the ordinance out and LibreOffice turns that
into pages, so a PDF always matches the Word file page for page. Four promises:
- tracked changes are accepted first (deletions dropped, insertions kept, the bytes rewritten
  before LibreOffice sees them), because a PDF for a council packet must not show revision marks;
- each conversion gets its own LibreOffice profile folder (a running LibreOffice, or another
  conversion, would otherwise take the job over or lock the profile);
- one conversion at a time on this machine (a file lock), and each has a time limit: on timeout
  LibreOffice and everything it started is killed and the user is told, never left hanging;
- without LibreOffice the user gets one paragraph saying how to install it (exit 2).

tools/render_examples.py converts through here too.
"""
from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Iterator

from .errors import UserError

CONVERT_SECONDS = 240      # one conversion; a fresh profile costs a few seconds on its own
LOCK_WAIT_SECONDS = 900    # waiting for other conversions on this machine to finish

_INSTALL = ("Making a PDF needs LibreOffice, which was not found on this computer. Install it "
            "and try again: on Debian or Ubuntu 'sudo apt install libreoffice-writer', on macOS "
            "'brew install --cask libreoffice', on Windows the installer from "
            "https://www.libreoffice.org/download/ (then open a new terminal). Word (.docx) and Markdown (.md) drafts do "
            "not need it: build with -o draft.docx, then print or export that file to PDF.")

# Word comments (the drafter's notes, when the DOCX has them) become PDF comments, shown as note
# icons in the margin of a PDF viewer; a DOCX without comments gives a PDF without them.
_PDF_FILTER = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'

# Where the installers put soffice when it is not on PATH.
_KNOWN_PLACES = ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
                 r"C:\Program Files\LibreOffice\program\soffice.exe",
                 r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")


def soffice_path() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    return next((p for p in _KNOWN_PLACES if Path(p).is_file()), None)


def pdf_unavailable() -> str | None:
    """Why a PDF cannot be made here (the message a user reads), or None when it can."""
    return None if soffice_path() else _INSTALL


def unavailable() -> str | None:
    """engine.OUTPUT_FORMATS calls a converter module's `unavailable` before any work."""
    return pdf_unavailable()


def convert(data: bytes, *, where: str) -> bytes:
    """engine.OUTPUT_FORMATS calls a converter module's `convert` on the writer's bytes."""
    return docx_to_pdf(data, where=where)


def docx_to_pdf(docx: bytes, *, where: str) -> bytes:
    """The PDF of `docx` (bytes of a Word file) with its tracked changes accepted.

    `where` names what is being converted (the output file, usually) for messages.
    Raises UserError when LibreOffice is missing, fails, or runs out of time.
    """
    soffice = soffice_path()
    if soffice is None:
        raise UserError(_INSTALL, where=where)
    try:
        clean = ready_to_print(docx)
    except (zipfile.BadZipFile, ValueError) as exc:     # ValueError: lxml's XMLSyntaxError
        raise UserError(f"the document to convert is not a readable Word file ({exc}).",
                        where=where) from None
    with _one_at_a_time(where), tempfile.TemporaryDirectory(prefix="ordinance-kit-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "ordinance.docx"
        source.write_bytes(clean)
        profile = (folder / "profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--invisible",
                   "--nologo", "--norestore", "--nodefault", "--convert-to", _PDF_FILTER,
                   "--outdir", str(folder / "out"), str(source)]
        stderr = _run(command, where)
        pdf = folder / "out" / "ordinance.pdf"
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            detail = stderr.strip().splitlines()[-1] if stderr.strip() else "no output"
            raise UserError(f"LibreOffice could not convert the document to PDF ({detail}). "
                            "The Word version (-o draft.docx) can be exported to PDF by hand.",
                            where=where)
        return pdf.read_bytes()


def _run(command: list[str], where: str) -> str:
    """Run soffice in its own process group; kill the whole group on timeout or interrupt."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, **_new_group())
    try:
        _, err = proc.communicate(timeout=CONVERT_SECONDS)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise UserError(f"LibreOffice did not finish the PDF within {CONVERT_SECONDS} seconds "
                        "and was stopped. Try again, or build the Word version "
                        "(-o draft.docx) and export it to PDF by hand.", where=where) from None
    except BaseException:            # Ctrl-C, SIGTERM: no soffice left behind
        _kill(proc)
        raise
    return err.decode("utf-8", "replace")


def _new_group() -> dict:
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def _kill(proc: subprocess.Popen) -> None:
    try:
        if sys.platform == "win32":
            proc.kill()
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


@contextlib.contextmanager
def _one_at_a_time(where: str) -> Iterator[None]:
    """Hold the machine-wide conversion lock (a file in the temporary folder).

    Two soffice processes converting at once on a small machine slow each other past any time
    limit; taking turns keeps each conversion inside it. The wait itself is bounded too.
    """
    path = Path(tempfile.gettempdir()) / "ordinance-kit-soffice.lock"
    with open(path, "a+b") as handle:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise UserError(f"another PDF conversion on this computer has been running for "
                                f"over {LOCK_WAIT_SECONDS} seconds ({path}). Try again later.",
                                where=where)
            time.sleep(0.25)
        try:
            yield
        finally:
            _unlock(handle)


def _try_lock(handle) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(handle) -> None:
    if sys.platform == "win32":
        import msvcrt
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# --- accepting tracked changes (ECMA-376 part 1, §17.13.5) -----------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Revisions whose content goes when accepted: deleted and moved-away text.
_DROP = {_W + "del", _W + "moveFrom"}
# Old properties, move ranges and the settings switch: markers that simply go.
_MARKERS = {_W + t for t in ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange",
                             "tblGridChange", "trPrChange", "tcPrChange", "tblPrExChange",
                             "numberingChange", "moveFromRangeStart", "moveFromRangeEnd",
                             "moveToRangeStart", "moveToRangeEnd", "trackRevisions")}
# Revisions whose content stays when accepted: inserted and moved-here text.
_UNWRAP = {_W + "ins", _W + "moveTo"}


def accept_tracked_changes(docx: bytes) -> bytes:
    """`docx` with every tracked change accepted; the same bytes when it has none."""
    return _transform_parts(docx, _accept)


def ready_to_print(docx: bytes) -> bytes:
    """What LibreOffice is given: tracked changes accepted and cross-references frozen.

    LibreOffice recomputes every REF field when it opens a file (it ignores w:fldLock) and
    prints a reference to a subdivision as "Section 7.(b)", with the heading's dot (see
    REF_SWITCHES in writers/docx_writer.py). The DOCX keeps live fields so that staff's
    renumbering in Word updates them; a PDF is a finished picture, so each REF field becomes
    its result ("Section 7(b)", the words the draft uses) inside an internal hyperlink to the
    same bookmark. Trade-off, measured with LibreOffice 7.4: it exports REF fields as PDF
    links but not w:hyperlink anchors (nor HYPERLINK \\l fields), so the PDF's references
    read right but are not clickable; the citation's words matter more in a council packet."""
    return _transform_parts(docx, lambda root: _accept(root) | _freeze_references(root))


def _transform_parts(docx: bytes, change) -> bytes:
    """Apply `change(root) -> bool` to every WordprocessingML part; the same bytes when it
    changed nothing."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(docx)) as zin:
        changed: dict[str, bytes] = {}
        for info in zin.infolist():
            if not (info.filename.startswith("word/") and info.filename.endswith(".xml")):
                continue
            raw = zin.read(info)
            if _W.encode()[1:-1] not in raw:
                continue
            root = etree.fromstring(raw)
            if change(root):
                changed[info.filename] = etree.tostring(root, xml_declaration=True,
                                                        encoding="UTF-8", standalone=True)
        if not changed:
            return docx
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zout.writestr(info, changed.get(info.filename) or zin.read(info))
    return out.getvalue()


def _accept(root) -> bool:
    """Accept every revision under `root` in place; True if anything changed."""
    touched = False
    # A deleted paragraph mark (w:pPr/w:rPr/w:del) joins its paragraph to the next one: move
    # what is left of it to the start of the next paragraph, then drop it. Done before the
    # general pass, which would otherwise just drop the marker and keep the paragraph.
    for mark in list(root.iter(_W + "del")):
        rpr = mark.getparent()
        ppr = rpr.getparent() if rpr is not None else None
        if rpr is None or rpr.tag != _W + "rPr" or ppr is None or ppr.tag != _W + "pPr":
            continue
        para = ppr.getparent()
        rpr.remove(mark)
        touched = True
        following = para.getnext()
        if following is None or following.tag != _W + "p":
            continue                 # the last paragraph of its container keeps its mark
        content = [c for c in para if c.tag != _W + "pPr"]
        target_ppr = following.find(_W + "pPr")
        at = 0 if target_ppr is None else list(following).index(target_ppr) + 1
        for offset, child in enumerate(content):
            following.insert(at + offset, child)
        para.getparent().remove(para)
    for el in list(root.iter(*_DROP, *_MARKERS)):
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
            touched = True
    for el in list(root.iter(*_UNWRAP)):
        parent = el.getparent()
        if parent is None:
            continue
        at = list(parent).index(el)
        for offset, child in enumerate(list(el)):
            parent.insert(at + offset, child)
        parent.remove(el)
        touched = True
    return touched


def _freeze_references(root) -> bool:
    """Each complex REF field (begin, instrText "REF name ...", separate, result, end, all in
    one paragraph as the writers make them) becomes <w:hyperlink w:anchor="name"> holding the
    result runs. Other fields (page numbers) stay live."""
    touched = False
    for para in list(root.iter(_W + "p")):
        runs = list(para)
        i = 0
        while i < len(runs):
            if _field_char(runs[i]) != "begin":
                i += 1
                continue
            end = next((j for j in range(i + 1, len(runs)) if _field_char(runs[j]) == "end"),
                       None)
            if end is None:
                break
            piece = runs[i:end + 1]
            instr = "".join(t.text or "" for r in piece for t in r.iter(_W + "instrText"))
            words = instr.split()
            sep = next((k for k, r in enumerate(piece) if _field_char(r) == "separate"), None)
            if len(words) >= 2 and words[0] == "REF" and sep is not None:
                from lxml import etree

                link = etree.Element(_W + "hyperlink")
                link.set(_W + "anchor", words[1])
                link.set(_W + "history", "1")
                para.insert(list(para).index(piece[0]), link)
                for r in piece[sep + 1:-1]:
                    link.append(r)
                for r in piece[:sep + 1] + piece[-1:]:
                    para.remove(r)
                touched = True
            i = end + 1
    return touched


def _field_char(el) -> str | None:
    if el.tag != _W + "r":
        return None
    mark = el.find(_W + "fldChar")
    return None if mark is None else mark.get(_W + "fldCharType")
