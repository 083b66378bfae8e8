"""Small pieces the templates need, in plain words: the review's answer list and a safe name
for an uploaded file."""
from __future__ import annotations

import re
import unicodedata

from ..values import show_value
from .flow import Flow
from .forms import choice_label


def review_sections(fl: Flow, answers, state_names: dict[str, str]):
    """[(page title, [(key, label, value in words, is default)])], every answer that applies,
    grouped by the interview's pages."""
    out = []
    for page in fl.live_pages(answers):
        items = []
        for q in fl.visible(page, answers):
            value = answers.values.get(q.key)
            if q.type == "choice" and isinstance(value, str):
                words = choice_label(q, value, state_names)
            elif q.type == "multi" and isinstance(value, list):
                labels = {c.value: c.label for c in q.choices}
                words = "; ".join(labels.get(v, v) for v in value) if value else "(none)"
            else:
                words = show_value(q, value)
            items.append((q.key, q.label, words, answers.origins.get(q.key) == "default"))
        out.append((page.title, items))
    return out


_UNSAFE = re.compile(r"[^\w.\- ()]+")


def upload_name(filename: str | None) -> str:
    """The uploaded file's name for messages only (it never reaches the filesystem): the last
    part of whatever path the browser sent, printable characters, at most 60 of them."""
    name = re.split(r"[\\/]", filename or "")[-1]
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] not in "CZ" or ch == " ")
    name = _UNSAFE.sub("_", name).strip(" .")[:60]
    return name or "the uploaded file"
