"""LibreOffice as an independent judge of tracked changes (run with the SYSTEM python).

    /usr/bin/python3 tests/lo_oracle.py OUT.json FILE.docx [FILE.docx ...]

For each file: open it in a headless LibreOffice, dispatch .uno:AcceptAllTrackedChanges, read
every body paragraph (text, paragraph style, list label); reopen it, dispatch
.uno:RejectAllTrackedChanges, read again. Writes {file: {"accept": [...], "reject": [...]}}
to OUT.json, each paragraph as [text, style, label].

`python3-uno` (apt) serves Debian's own python3, not a venv's, so tests run this file as a
subprocess (see `run_oracle`, importable from the venv: it only uses subprocess and json).
Comments are taken out of each private copy first (`without_comments`): they are not tracked
changes, and LibreOffice's UNO in the Debian packages aborts loading a hidden document that
has any (the review's counter-draft and drafts with notes have them).
Each run gets its own profile folder (a running soffice would otherwise take the job over) and
its own pipe; soffice is killed on the way out whatever happens.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"


def oracle_unavailable() -> str | None:
    """Why the oracle cannot run here (None when it can)."""
    if shutil.which("soffice") is None:
        return "LibreOffice (soffice) not installed (CI installs it: see .ci/run)"
    if not Path(SYSTEM_PYTHON).exists():
        return f"{SYSTEM_PYTHON} not found: python3-uno serves the system python"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        return "python3-uno not installed for the system python (apt install python3-uno)"
    return None


def run_oracle(files: list[Path], timeout: float = 240) -> dict[str, dict[str, list]]:
    """Accept-all and reject-all paragraphs of each file, keyed by str(path)."""
    with tempfile.TemporaryDirectory(prefix="lo-oracle-") as tmp:
        out = Path(tmp) / "out.json"
        res = subprocess.run([SYSTEM_PYTHON, __file__, str(out), *map(str, files)],
                             capture_output=True, text=True, timeout=timeout)
        if res.returncode != 0:
            raise RuntimeError(f"lo_oracle failed ({res.returncode}): {res.stderr[-3000:]}")
        return json.loads(out.read_text())


_COMMENT_MARKS = re.compile(
    r"<w:commentRange(?:Start|End)\b[^>]*/>"
    r"|<w:r>(?:(?!</w:r>).)*?<w:commentReference\b[^>]*/>\s*</w:r>", re.S)
_COMMENTS_REL = re.compile(r"<Relationship\b[^>]*?/comments[^>]*/>")


def without_comments(src: Path, dst: Path) -> None:
    """Copy DOCX `src` to `dst` with every comment, its range marks and its part's
    relationship removed; nothing else changes (each part's bytes otherwise as they were)."""
    import zipfile

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = _COMMENT_MARKS.sub("", data.decode("utf-8")).encode("utf-8")
            elif info.filename == "word/_rels/document.xml.rels":
                data = _COMMENTS_REL.sub("", data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)


# --- below: runs inside the system python, with uno --------------------------------------------

def _connect(pipe: str, proc, deadline: float):
    import uno
    from com.sun.star.connection import NoConnectException

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("soffice did not accept a connection")
            time.sleep(0.2)


def _prop(name, value):
    from com.sun.star.beans import PropertyValue

    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def _paragraphs(doc) -> list[list[str]]:
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        para = enum.nextElement()
        if not para.supportsService("com.sun.star.text.Paragraph"):
            continue   # a table: the ordinance has none
        label = para.getPropertyValue("ListLabelString") or ""
        out.append([para.getString(), para.getPropertyValue("ParaStyleName"), label])
    return out


def _judge(ctx, path: Path, command: str) -> list[list[str]]:
    import uno

    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    url = uno.systemPathToFileUrl(str(path.resolve()))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),
                                                          _prop("ReadOnly", False)))
    if doc is None:
        raise RuntimeError(f"LibreOffice could not open {path}")
    try:
        frame = doc.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, command, "", 0, ())
        return _paragraphs(doc)
    finally:
        doc.close(True)


def main(argv: list[str]) -> int:
    out_path, files = Path(argv[0]), [Path(a) for a in argv[1:]]
    with tempfile.TemporaryDirectory(prefix="lo-oracle-profile-") as tmp:
        profile = Path(tmp).as_uri()
        base = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--invisible",
                "--nologo", "--norestore", "--nodefault"]
        # A fresh profile makes soffice restart itself once: create it first.
        subprocess.run(base + ["--terminate_after_init"], capture_output=True, timeout=120)
        pipe = f"lo_oracle_{os.getpid()}"
        proc = subprocess.Popen(base + [f"--accept=pipe,name={pipe};urp;"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        try:
            ctx = _connect(pipe, proc, time.monotonic() + 60)
            result = {}
            for f in files:
                # each file from a private copy: a stale lock file beside it would block loading
                copy = Path(tmp) / f"doc-{len(result)}{f.suffix}"
                without_comments(f, copy)
                result[str(f)] = {
                    "accept": _judge(ctx, copy, ".uno:AcceptAllTrackedChanges"),
                    "reject": _judge(ctx, copy, ".uno:RejectAllTrackedChanges"),
                }
            out_path.write_text(json.dumps(result, ensure_ascii=False, indent=1))
        finally:
            try:
                os.killpg(proc.pid, 9)
            except ProcessLookupError:
                pass
            proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
