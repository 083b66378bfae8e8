"""Campaign mode: `ordinance-kit batch`. Registered on the app."""
from __future__ import annotations

from .cli import app  # noqa: F401  (commands are added with @app.command())
