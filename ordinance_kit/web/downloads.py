"""What the finished interview offers to download: one row per file, so a new output (PDF,
HTML, a summary, a scorecard) is one more row. `format` names a row of engine.OUTPUT_FORMATS."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Download:
    id: str              # in the form; never a path
    label: str
    what: str            # one sentence for the table
    format: str          # engine.OUTPUT_FORMATS name
    notes: bool          # with the drafter's notes
    ending: str          # added to the file name made from the place's name
    mimetype: str


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

DOWNLOADS = {d.id: d for d in (
    Download("docx", "Word document", "The draft with the drafter's notes as Word comments: "
             "to edit, and to share with the city's staff.", "docx", True, ".docx", DOCX),
    Download("docx-clean", "Word document without notes", "The same draft without the "
             "comments: to circulate.", "docx", False, "-no-notes.docx", DOCX),
    Download("md", "Markdown preview", "Plain text with the notes: to read anywhere and to "
             "compare versions.", "md", True, ".md", "text/markdown; charset=utf-8"),
)}

ANSWERS_MIMETYPE = "application/yaml; charset=utf-8"
