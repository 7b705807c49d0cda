"""Regression test: the parser meets issue 3's targets on the labelled set in tests/data/resumes.

Runs the same evaluation as `benchmarks/resume_accuracy.py` (one profile run per file, to
stay fast) and fails with the list of misses when a figure drops below its target.
"""

from __future__ import annotations

import statistics

import pytest

from tests.benchmark_module import benchmark


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    return benchmark("resume_accuracy").evaluate(repeat=1)


def test_labelled_set_is_big_and_varied(report) -> None:  # type: ignore[no-untyped-def]
    assert report.files >= 30


def test_accuracy_targets_hold(report) -> None:  # type: ignore[no-untyped-def]
    failures = report.failures()
    assert not failures, "\n".join([*failures, "misses:", *report.misses])


def test_profile_step_is_fast(report) -> None:  # type: ignore[no-untyped-def]
    # A guard against a pathological slowdown only: the 20 ms target of issue 3 is measured
    # by benchmarks/resume_accuracy.py (about 2 ms here), never asserted on a shared machine.
    assert statistics.median(report.profile_ms) <= 500


def test_cover_letter_is_not_taken_for_a_resume(report) -> None:  # type: ignore[no-untyped-def]
    good, total = report.accuracy["is_resume"]
    assert good == total, report.misses


@pytest.fixture(scope="module")
def heldout():  # type: ignore[no-untyped-def]
    return benchmark("resume_accuracy").evaluate_names(repeat=1)


def test_heldout_names_are_never_wrong(heldout) -> None:  # type: ignore[no-untyped-def]
    # Issue 11: never a wrong name where "none" is possible, nor one on a nameless resume.
    assert heldout.wrong == 0, heldout.misses
    assert heldout.nameless_ok == heldout.nameless >= 3


def test_heldout_names_meet_the_target(heldout) -> None:  # type: ignore[no-untyped-def]
    assert heldout.files >= 25
    assert heldout.right >= 0.95 * heldout.named, heldout.misses
    assert heldout.emails_ok == heldout.files, heldout.misses


# Issue 11's later held-out sets: files, named files, emails that may be missed.
LATER_HELDOUT = {
    # Real people's LaTeX/Typst CVs, Europass classes, JSON Resume themes, pandoc and
    # LibreOffice documents, control characters in the text layer.
    "heldout2": (30, 28, 0),
    # CVs in eight languages, form fields ("Nom : / Prénom :"), surname-first
    # "ABUBAKAR, Hauwa Ladi", a name broken at its hyphen, a name only in a running footer.
    # 20/21: the miss is a name only in the PDF's /Title (read as none, never wrong).
    "heldout3": (23, 21, 0),
    # Written blind: LibreOffice and Canva-like templates, LinkedIn and Europass layouts,
    # names that are also places, the email only in a DOCX footer (a Canva sidebar's email
    # is still missed).
    "heldout4": (22, 20, 1),
    # Written blind a second time: public LaTeX/Typst/HTML templates (mcdowell-cv, latexcv,
    # modern-resume, simple-technical-resume, html-resume), Canva-, LinkedIn-, Europass-,
    # Google Docs- and builder-like PDFs, Word DOCX, text and a GitHub-profile Markdown.
    "heldout5": (25, 23, 0),
    # Blind a third time: Word and Google Docs exports (LibreOffice PDFs), builder PDFs (Zety,
    # Canva, Novoresume-like), resume-tex and vantage-cv, CVs in eleven languages, a CV pasted
    # under a covering letter.
    "heldout6": (24, 22, 0),
    # Blind a fourth time: Word and LibreOffice, builder designs (Canva, Zety, Kickresume,
    # resume.io, Resume Genius, LinkedIn, Europass, Google Docs), leonz/resume-template and
    # Lancern/resume-template, names wrapped over lines, monograms, nicknames, two scripts.
    "heldout7": (25, 22, 0),
    # Blind a fifth time: builder PDFs, Word/LibreOffice, LaTeX, Typst, text; a three-column
    # header whose name wraps (still none) and a sidebar email after the references (missed).
    "heldout8": (26, 23, 1),
    # The last blind round of stop 13; two names shown in two scripts count in either.
    "heldout9": (25, 22, 0),
    # Blind, in a later session (first run 19/22, 2 wrong): kerned letter-spacing, a Latin name
    # before its own script, a headline's second half, a surname beside the contact column.
    # Written after every change of stop 13 (first run 14/18, 2 wrong): the last two misses,
    # a Yoruba name split after a stacked accent and a name in capitals broken at its hyphen
    # between a side column's contact lines, were fixed in a later session.
    "heldout10": (21, 18, 0),
    "heldout11": (25, 22, 0),
    # Blind, scored once by the lead with no change made for it: 23/23 on its first run.
    "heldout12": (25, 23, 0),
    # Blind, scored by the lead (first run 18/21, 2 wrong): a recruiter's name, kerned
    # three-letter pieces, "dr. ir.", moderncv's given name over its family name.
    "heldout13": (24, 21, 0),
    # Blind, scored by the lead (first run 22/22 but a nameless portal export named after its
    # programme); the redacted CV has no address, hence one email "missed".
    "heldout14": (25, 22, 1),
    # Blind, scored by the lead (first run 18/22, 2 wrong); one nameless file has no address.
    "heldout15": (25, 22, 1),
    # Blind, scored by the lead: 21/22 and 0 wrong on its first run (the target met as it
    # came); two nameless files have no address.
    "heldout16": (25, 22, 2),
}


@pytest.mark.parametrize("folder", sorted(LATER_HELDOUT))
def test_later_heldout_names_are_never_wrong_and_meet_the_target(folder: str) -> None:
    files, named, emails_missed = LATER_HELDOUT[folder]
    module = benchmark("resume_accuracy")
    report = module.evaluate_names(module.DATA / folder, repeat=1)
    assert report.files >= files
    assert report.named >= named
    # Never a wrong name where none is possible; nameless documents stay nameless.
    assert report.wrong == 0, report.misses
    assert report.nameless_ok == report.nameless >= 2
    assert report.right >= 0.95 * report.named, report.misses
    assert report.emails_ok >= report.files - emails_missed, report.misses
