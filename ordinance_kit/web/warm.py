"""Imported once by the build forkserver (builds.py): importing this module loads the clause
library and runs one build of each kind, so the compiled clause templates, the Word template
and the writers are already in memory in every build process forked from it (a cold build
takes about 1.3 s, a warm one about 0.3 s)."""
from __future__ import annotations

from .builds import do_job

_SAMPLE = {"jurisdiction.name": "Sample", "jurisdiction.state": "CA"}

try:
    for _job in (("build", "docx", True), ("build", "docx", False), ("build", "md", True),
                 ("review",)):
        do_job(dict(_SAMPLE), _job)
except Exception:   # a broken library is reported by the real build, with its message
    pass
