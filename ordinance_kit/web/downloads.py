"""What the finished interview offers to download: one row per file, so a new output is one
more row. A row makes the draft itself (`kind` "draft", `format` a row of
engine.OUTPUT_FORMATS), the one-page summary ("summary", a summary format) or the scorecard
against enacted laws ("scorecard", a scorecard format). A PDF is offered only where this
server has LibreOffice."""
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
    kind: str = "draft"  # draft | summary | scorecard

    @property
    def job(self) -> tuple:
        """What builds.do_job is asked to make."""
        if self.kind == "draft":
            return ("build", self.format, self.notes)
        return (self.kind, self.format)

    def available(self) -> bool:
        if self.format != "pdf":
            return True
        from ..pdf import pdf_unavailable

        return pdf_unavailable() is None


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

DOWNLOADS = {d.id: d for d in (
    Download("docx", "Word document", "The draft with the drafter's notes as Word comments: "
             "to edit, and to share with the city's staff.", "docx", True, ".docx", DOCX),
    Download("docx-clean", "Word document without notes", "The same draft without the "
             "comments: to circulate.", "docx", False, "-no-notes.docx", DOCX),
    Download("pdf", "PDF", "The Word layout as a PDF, without notes: for the council packet "
             "and to print.", "pdf", False, ".pdf", "application/pdf"),
    Download("html", "Web page", "The draft as one web page, with links between sections and "
             "to definitions, and notes that open and close: to post online.", "html", True,
             ".html", "text/html; charset=utf-8"),
    Download("md", "Markdown preview", "Plain text with the notes: to read anywhere and to "
             "compare versions.", "md", True, ".md", "text/markdown; charset=utf-8"),
    Download("summary", "One-page summary", "What the ordinance does, in plain words, on one "
             "page: for council members and the public.", "docx", False, "-summary.docx", DOCX,
             kind="summary"),
    Download("scorecard", "Scorecard against enacted laws", "Each protection in this draft "
             "beside Oakland, San Francisco, Boston, New York City and the ACLU model, as a web "
             "page.", "html", False, "-scorecard.html", "text/html; charset=utf-8",
             kind="scorecard"),
)}


def offered() -> list[Download]:
    """The rows this server can make (no PDF without LibreOffice)."""
    return [d for d in DOWNLOADS.values() if d.available()]

ANSWERS_MIMETYPE = "application/yaml; charset=utf-8"
