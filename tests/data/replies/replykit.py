"""What the held-out reply sets' writers share (`heldout8/` on): our questions email as the
applicant received it, quoting, and the attachments they answer in (.docx by python-docx, PDF
printed by Chromium). Each set's `write_replies.py` keeps its own cases and its own `case()`
(Message-ID and Date schemes differ per set, so rebuilt files stay byte-identical).
"""

from __future__ import annotations

import html
import io
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from grantbox.mailtemplates import numbered_questions, render_email  # noqa: E402
from grantbox.questions import load_questions  # noqa: E402

QS = load_questions(ROOT / "templates" / "questions.toml")
PROGRAM = "Grants Team <grants@grantbox.example>"


def ours(name: str, template: str = "questions", ids: list[str] | None = None) -> tuple[str, str]:
    """Our email to `name` (text, and the HTML body's inside), as the applicant replies to it."""
    r = render_email(
        template, questions=numbered_questions(QS, ids), applicant_name=name,
        original_subject="Application",
    )  # fmt: skip
    page = r.html
    start = page.index(">", page.index("<body")) + 1
    return r.text.rstrip("\n"), page[start : page.index("</body>")].strip()


def q(text: str, prefix: str = "> ") -> str:
    """`text` quoted the plain-text way."""
    return "\n".join(
        (prefix + line).rstrip() if line.strip() else prefix.rstrip()
        for line in text.rstrip("\n").split("\n")
    )


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def docx_bytes(paragraphs: list[tuple[str, bool]]) -> bytes:
    """A Word document of (text, bold) paragraphs."""
    d = docx.Document()
    for text, bold in paragraphs:
        p = d.add_paragraph()
        p.add_run(text).bold = bold
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def pdf_bytes(page_html: str) -> bytes:
    """`page_html` printed to PDF by headless Chromium."""
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "a.html", Path(tmp) / "a.pdf"
        src.write_text(page_html, encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return out.read_bytes()
