"""The one shape of every finding: lint rules over a draft (checks.py and the rule modules it
gathers), over the clause library (library_lint.py), and the legal-consistency rules. A module of
its own so rule modules need not import the runner that imports them."""
from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    level: str          # "error" | "warning"
    where: str          # clause id, "clause-id#sub", or "file, line N, key K"
    message: str
    rule: str = ""

    def as_dict(self) -> dict:
        return {"level": self.level, "where": self.where, "message": self.message,
                "rule": self.rule}
