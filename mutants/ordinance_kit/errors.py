"""The two kinds of failure a user can meet, kept apart from bugs.

`UserError` is bad input or usage: the CLI prints its message as one paragraph and exits 2.
`ChecksFailed` means the document was assembled but checks found errors: exit 1.
Anything else is a bug and keeps its traceback.
"""
from __future__ import annotations


class UserError(Exception):
    """Something the user can fix. The message says where (file, line, key) and what to do."""

    exit_code = 2

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.where = where
        self.hint = hint
        self.message = message
        super().__init__(self.render())

    def render(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f" {self.hint}"
        return text


class ChecksFailed(Exception):
    """The assembled ordinance has findings at error level."""

    exit_code = 1

    def __init__(self, findings):
        self.findings = list(findings)
        super().__init__(f"{len(self.findings)} error(s) found by checks")
