"""`ordinance-kit companion KIND ANSWERS -o FILE`: the forms the ordinance requires departments
to write (impact report, use policy, annual report), built from the same assembled draft.

Registered on the app like cli_redline; only typer is imported at module level.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from .cli_common import LibraryOpt, SetOpt, app, console, escape_rich, print_findings, run
from .errors import UserError

_KINDS = ("impact-report", "use-policy", "annual-report")
_ENDINGS = {".docx": "docx", ".pdf": "pdf"}


@app.command()
def companion(
    kind: str = typer.Argument(..., metavar="impact-report|use-policy|annual-report",
                               help="Which form: the surveillance impact report, the "
                                    "surveillance use policy, or the annual surveillance report."),
    answers: Path = typer.Argument(..., metavar="ANSWERS.yaml", dir_okay=False,
                                   help="The answers file the ordinance is built from (YAML)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", dir_okay=False,
                                          help="Where to write the form: a name ending in .docx "
                                               "(or .pdf, made through LibreOffice). Default: "
                                               "the answers file's name and the form's, .docx."),
    force: bool = typer.Option(False, "--force", help="Replace the output file if it exists "
                               "(a regular file only, never the answers file)."),
    sets: Optional[List[str]] = SetOpt,
    library: Optional[Path] = LibraryOpt,
):
    """Write a form that the ordinance requires each department to fill in.

    Each form lists exactly what the draft's own section requires, in the draft's words, with
    the section that requires each item ("Required by Section 6(a)(3)") and a box to answer
    in; change the answers and the ordinance and its forms change together. The impact report
    form exists only when the draft requires a separate impact report, the annual report form
    only when it requires annual reports.

    Examples:

    \b
      ordinance-kit companion impact-report examples/riverbend-ca.yaml -o impact-report.docx
      ordinance-kit companion use-policy my-city.yaml -o use-policy.pdf --force
      ordinance-kit companion annual-report my-city.yaml -o annual-report.docx
    """
    def body():
        from .output import atomic_write, check_target

        if kind not in _KINDS:
            raise UserError(f"'{kind}' is not a companion form; use one of: "
                            f"{', '.join(_KINDS)}.")
        out = output if output is not None else Path(f"{answers.stem}-{kind}.docx")
        fmt = _ENDINGS.get(out.suffix.lower())
        if fmt is None:
            raise UserError(f"-o {out}: a form is written as a Word document or a PDF; give a "
                            f"name ending in .docx or .pdf, for example -o {kind}.docx.")
        check_target(out, force, inputs=[answers])
        from .checks import has_errors
        from .companion import build_form
        from .engine import check as do_check, prepare
        from .errors import ChecksFailed
        from .writers.companion_docx import render_form_docx

        lib, ans = prepare(answers, sets, library)
        result = do_check(lib, ans)
        if has_errors(result.findings):       # a form from a broken draft would mislead
            raise ChecksFailed(result.findings)
        form = build_form(result.assembly, kind)
        data = render_form_docx(form)
        if fmt == "pdf":
            from .pdf import docx_to_pdf
            data = docx_to_pdf(data, where=str(out))
        atomic_write(out, data, replace=force)
        items = sum(1 for _ in form.items())
        console(stderr=True).print(
            f"Wrote {escape_rich(str(out))}: {form.title.lower()} form, {items} item(s), "
            f"each with the section that requires it.")
    run(body)
