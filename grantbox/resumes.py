"""Resume profiles at the edges: one file for `grantbox parse-resume`, and `grantbox reparse`
(every stored resume again, after a parser improvement).

Both call the pure parsers; `reparse` writes only where the result changed, so running it
twice changes nothing the second time.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from grantbox.blobs import BlobStore
from grantbox.models import ResumeDocument, ResumeSource
from grantbox.reading import profile_of
from grantbox.store import Store
from grantbox.store.tables import AttachmentRow, Event, Resume, utcnow
from parsers.resume import read_resume


def profile_file(data: bytes) -> dict[str, Any]:
    doc = read_resume(data)
    return {
        "source": doc.source.value if doc.source else None,
        "sniffed_type": doc.sniffed_type,
        "pages": doc.pages,
        "text_chars": doc.text_chars,
        "flags": doc.flags,
        "problem": doc.problem,
        "profile": profile_of(doc),
    }


def reparse_all(store: Store, blobs: BlobStore) -> dict[str, int]:
    """Re-read every stored resume from its stored bytes (or body text) and re-profile it."""
    counts = {"resumes": 0, "changed": 0, "missing_file": 0}
    with store.transaction() as session:
        for resume in session.scalars(select(Resume).order_by(Resume.id)):
            counts["resumes"] += 1
            if resume.attachment_id is not None:
                att = session.get(AttachmentRow, resume.attachment_id)
                if att is None or not blobs.exists(att.sha256):
                    counts["missing_file"] += 1
                    continue
                doc = read_resume(
                    blobs.get(att.sha256), declared_type=att.declared_type, filename=att.filename
                )
            else:
                doc = ResumeDocument(
                    source=ResumeSource.body, sniffed_type="text/plain", text=resume.text
                )
            profile = profile_of(doc)
            new = (doc.text, doc.pages, list(doc.flags), doc.problem, profile)
            old = (resume.text, resume.pages, list(resume.flags), resume.problem, resume.profile)
            if new == old:
                continue
            resume.text, resume.pages, resume.flags, resume.problem, resume.profile = (
                doc.text,
                doc.pages,
                list(doc.flags),
                doc.problem,
                profile,
            )
            resume.updated_at = utcnow()
            session.add(
                Event(
                    application_id=resume.application_id,
                    actor="reparse",
                    kind="resume_reparsed",
                    reason=f"{resume.filename}: profile recomputed",
                )
            )
            counts["changed"] += 1
    return counts
