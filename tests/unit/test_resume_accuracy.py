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


@pytest.fixture(scope="module")
def heldout2():  # type: ignore[no-untyped-def]
    module = benchmark("resume_accuracy")
    return module.evaluate_names(module.HELDOUT2, repeat=1)


def test_second_heldout_names_are_never_wrong(heldout2) -> None:  # type: ignore[no-untyped-def]
    # Issue 11's second held-out set (real people's LaTeX/Typst CVs, Europass classes, JSON
    # Resume themes, pandoc/LibreOffice documents, control characters in the text layer):
    # never a wrong name, and the nameless documents stay nameless.
    assert heldout2.wrong == 0, heldout2.misses
    assert heldout2.nameless_ok == heldout2.nameless >= 2


def test_second_heldout_names_meet_the_target(heldout2) -> None:  # type: ignore[no-untyped-def]
    assert heldout2.files >= 30
    assert heldout2.named >= 28
    assert heldout2.right >= 0.95 * heldout2.named, heldout2.misses
    assert heldout2.emails_ok == heldout2.files, heldout2.misses


@pytest.fixture(scope="module")
def heldout3():  # type: ignore[no-untyped-def]
    module = benchmark("resume_accuracy")
    return module.evaluate_names(module.HELDOUT3, repeat=1)


def test_third_heldout_names_are_never_wrong(heldout3) -> None:  # type: ignore[no-untyped-def]
    # Issue 11's third held-out set (CVs in eight languages, form fields "Nom : / Prénom :",
    # "Name: / Vorname:", surname-first "ABUBAKAR, Hauwa Ladi", a name broken at its hyphen,
    # a name only in a running footer): foreign headings are never taken for a name, and the
    # nameless documents stay nameless.
    assert heldout3.wrong == 0, heldout3.misses
    assert heldout3.nameless_ok == heldout3.nameless >= 2


def test_third_heldout_names_meet_the_target(heldout3) -> None:  # type: ignore[no-untyped-def]
    assert heldout3.files >= 23
    assert heldout3.named >= 21
    # 20/21: the one miss is a name only in the PDF's /Title (read as "none", never wrong).
    assert heldout3.right >= 0.95 * heldout3.named, heldout3.misses
    assert heldout3.emails_ok == heldout3.files, heldout3.misses


@pytest.fixture(scope="module")
def heldout4():  # type: ignore[no-untyped-def]
    module = benchmark("resume_accuracy")
    return module.evaluate_names(module.HELDOUT4, repeat=1)


def test_fourth_heldout_names_meet_the_target(heldout4) -> None:  # type: ignore[no-untyped-def]
    # Issue 11's fourth set, written blind (LibreOffice and Canva-like templates, LinkedIn and
    # Europass layouts, names that are also places, the email only in a DOCX footer).
    assert heldout4.files >= 22
    assert heldout4.wrong == 0, heldout4.misses
    assert heldout4.nameless_ok == heldout4.nameless >= 2
    assert heldout4.right >= 0.95 * heldout4.named, heldout4.misses
    assert heldout4.emails_ok >= heldout4.files - 1, heldout4.misses
