"""Reading an edited draft back: what staff changed, and whether it weakened a protection.

readers (review.document: a DOCX as paragraphs with their anchors) -> review.align (pair each
edited paragraph with the one it came from) -> review.rules (one small rule per kind of change)
-> review.report (text, Markdown, HTML, JSON, DOCX with comments). The shared records are in
review.model; nothing here imports the CLI.
"""
