"""Answers the earlier sets never had: in an attached file the reply points to, "Re question
N:", inline under an original announced as such but quoted with ">", a question wrapped over
its answer, a sign-off in a script without capitals, HTML paragraphs read in order."""

from __future__ import annotations

from pathlib import Path

from grantbox.questions import load_questions
from parsers.answers import AttachedText, extract_answers, with_attached_answers
from parsers.quotes import html_to_quoted_text
from tests.benchmark_module import benchmark

ROOT = Path(__file__).resolve().parents[2]
QS = load_questions()
ANSWERS = {
    "background": "Mobile developer for six years (Kotlin, Swift).",
    "math": "I took calculus and probability at university.",
    "study_plan": "The Hugging Face deep RL course, then CS285.",
    "commitment": "15 hours a week now, 40 from July.",
    "referral": "Twitter.",
    "afterwards": "Move into an ML engineering job.",
}
PASTED = "\n\n".join(f"{n}. {q.text}\n{ANSWERS[q.id]}" for n, q in enumerate(QS.questions, 1))


def test_answers_in_a_file_the_reply_points_to() -> None:
    own = extract_answers("Hello,\n\nPlease see my answers in the attached file.\n\nChidi", QS)
    assert own.answers == {}
    got = with_attached_answers(own, QS, [AttachedText("my_answers.txt", PASTED)])
    assert got.texts == ANSWERS
    assert {a.file for a in got.answers.values()} == {"my_answers.txt"}
    assert got.missing_required == []


def test_a_file_is_not_read_when_the_reply_does_not_point_to_it() -> None:
    """ "I attached my CV": a second document (a cover letter, a transcript) is not mined for
    answers, so a heading in it can never be filed under a question."""
    own = extract_answers("Hi, I attached my updated CV and a cover letter.\n\nLena", QS)
    got = with_attached_answers(own, QS, [AttachedText("cover letter.docx", PASTED)])
    assert got.answers == {}


def test_a_file_named_for_answers_is_read_without_a_pointer() -> None:
    own = extract_answers("\nOn Mon, 9 Mar 2026, Grants Team wrote:\n> 1. What is …", QS)
    got = with_attached_answers(own, QS, [AttachedText("answers.txt", PASTED)])
    assert got.texts == ANSWERS


def test_the_reply_s_own_answers_win_and_the_pointer_is_not_an_answer() -> None:
    body = (
        "1. Eight years as a data scientist.\n\n2. Comfortable with both.\n\n"
        "For the other questions, see attached for the rest.\n\nBruno"
    )
    rest = "\n\n".join(f"{QS.number_of(k)}. {ANSWERS[k]}" for k in list(ANSWERS)[1:])
    got = with_attached_answers(extract_answers(body, QS), QS, [AttachedText("rest.txt", rest)])
    assert got.texts["background"] == "Eight years as a data scientist."
    assert got.texts["math"] == "Comfortable with both."  # not the file's, and no pointer
    assert got.answers["math"].file == ""
    assert got.texts["study_plan"] == ANSWERS["study_plan"]
    assert got.answers["study_plan"].file == "rest.txt"


def test_re_question_n() -> None:
    body = "Hi,\n\nRe question 1: Four years of DevOps.\n\nRe question 4: 20 hours a week."
    assert extract_answers(body, QS).texts == {
        "background": "Four years of DevOps.",
        "commitment": "20 hours a week.",
    }


def test_inline_answers_under_an_announced_but_quoted_original() -> None:
    quoted = "\n\n".join(
        f"> {n}. {q.text}\n\n{ANSWERS[q.id]}" for n, q in enumerate(QS.questions, 1)
    )
    body = (
        "Hi, answers below.\n\n-----Ursprüngliche Nachricht-----\n"
        "Von: Grants Team <grants@grantbox.example>\nGesendet: Montag, 9. März 2026 09:14\n\n"
        + quoted
    )
    assert extract_answers(body, QS).texts == ANSWERS


def test_answers_on_top_are_not_doubled_from_the_original_below() -> None:
    top = "\n\n".join(f"{n}. {ANSWERS[q.id]}" for n, q in enumerate(QS.questions, 1))
    below = "\n".join(f"> {n}. {q.text}\nold text" for n, q in enumerate(QS.questions, 1))
    body = f"{top}\n\n-----Original Message-----\nFrom: Grants\nSent: Monday\n\n{below}"
    assert extract_answers(body, QS).texts == ANSWERS


def test_a_question_wrapped_over_its_answer_is_not_the_answer() -> None:
    math = QS.get("math").text
    cut = math.index("vector")
    commitment = QS.get("commitment").text
    body = f"2. {math[:cut]}\n{math[cut:]}\nGood with calculus.\n\n4. {commitment}\n30 hours."
    assert extract_answers(body, QS).texts == {
        "math": "Good with calculus.",
        "commitment": "30 hours.",
    }


def test_a_sign_off_in_a_script_without_capitals_is_not_the_last_answer() -> None:
    body = "1. Twelve years of game development.\n\n4. 30 hours a week.\n\n森 健太"
    assert extract_answers(body, QS).texts["commitment"] == "30 hours a week."


def test_html_paragraphs_are_paragraphs_but_outlook_lines_are_lines() -> None:
    assert html_to_quoted_text("<div>Intro:</div><p>One.</p><p>Two.</p>").split("\n") == [
        "Intro:",
        "",
        "One.",
        "",
        "Two.",
    ]
    outlook = '<p class="MsoNormal">Line one</p><p class="MsoNormal">Line two</p>'
    assert html_to_quoted_text(outlook).split("\n") == ["Line one", "Line two"]


def test_answers_numbered_out_of_order() -> None:
    body = "\n\n".join(f"{n}. {ANSWERS[QS.questions[n - 1].id]}" for n in (2, 1, 6, 3, 4))
    got = extract_answers(body + "\n\nGiulia", QS).texts
    assert got == {k: v for k, v in ANSWERS.items() if k != "referral"}


def test_one_answer_for_two_questions_is_filed_under_both() -> None:
    body = "1. Embedded C++.\n\nFor 3 and 4: 12 hours a week from May, Sutton & Barto first."
    got = extract_answers(body, QS).texts
    assert (
        got["study_plan"] == got["commitment"] == "12 hours a week from May, Sutton & Barto first."
    )


def test_keycaps_and_dash_numbers() -> None:
    keycaps = "\n".join(f"{n}\ufe0f\u20e3 {ANSWERS[q.id]}" for n, q in enumerate(QS.questions, 1))
    dashes = "\n".join(f"{n}- {ANSWERS[q.id]}" for n, q in enumerate(QS.questions, 1))
    assert extract_answers(keycaps, QS).texts == ANSWERS
    assert extract_answers(dashes, QS).texts == ANSWERS


def test_a_correction_to_one_answer_inside_a_sentence() -> None:
    body = (
        "Hi again,\n\nSorry, one correction to my answer to question 4: I can only start in June."
    )
    assert extract_answers(body, QS).texts == {"commitment": "I can only start in June."}


def test_a_forwarded_earlier_reply_carries_its_answers() -> None:
    quoted = "\n".join(f"> {n}. {q.text}" for n, q in enumerate(QS.questions, 1))
    body = (
        "It bounced yesterday, so forwarding.\n\n---------- Forwarded message ---------\n"
        "From: Ji-ho <j@example.org>\nSubject: Re: Application\n\n"
        f"1. {ANSWERS['background']}\n\n2. {ANSWERS['math']}\n\n"
        f"On Mon, 9 Mar 2026 at 18:14, Grants Team <g@example.org> wrote:\n{quoted}\n"
    )
    got = extract_answers(body, QS)
    assert got.texts == {"background": ANSWERS["background"], "math": ANSWERS["math"]}
    assert got.raw.startswith("It bounced yesterday")


def test_questions_in_a_column_then_the_answers_are_left_to_a_person() -> None:
    """A question/answer table read column by column: every question, then every answer."""
    column = "\n".join(f"{n} {q.text}" for n, q in enumerate(QS.questions, 1))
    body = column + "\nAnswer\n" + "\n".join(ANSWERS.values())
    assert extract_answers(body, QS).answers == {}


def test_a_table_row_name_over_its_answer_is_not_the_answer() -> None:
    body = (
        "4. Hours / start\n\n30 hours a week from 13 April.\n\n"
        "6. After the grant\n\nA research engineer job at a robotics lab."
    )
    assert extract_answers(body, QS).texts == {
        "commitment": "30 hours a week from 13 April.",
        "afterwards": "A research engineer job at a robotics lab.",
    }


def test_a_file_for_one_question() -> None:
    own = extract_answers(
        f"1. {ANSWERS['background']}\n\nFor question 3 I have attached my study plan.", QS
    )
    plan = "Study plan – Arjun Mehta\nWeeks 1–2: maths.\nWeeks 3–12: Sutton & Barto and CS285."
    got = with_attached_answers(own, QS, [AttachedText("plan.docx", plan)])
    assert got.texts["study_plan"] == "Weeks 1–2: maths.\nWeeks 3–12: Sutton & Barto and CS285."
    assert got.answers["study_plan"].file == "plan.docx"
    assert got.texts["background"] == ANSWERS["background"]


def test_chinese_header_block_starts_the_quote() -> None:
    body = (
        "1. Six years of embedded Linux.\n\n此致\n敬礼\n\n"
        "发件人: Grants Team <g@example.org>\n发送时间: 2026年3月9日 17:14\n"
        "收件人: 王磊 <l@example.cn>\n主题: Re: Application\n\nHi Lei, please answer …"
    )
    assert extract_answers(body, QS).texts == {"background": "Six years of embedded Linux."}


def test_a_list_counted_from_zero_is_not_one_question_off() -> None:
    body = "\n".join(f"{n - 1}. {ANSWERS[q.id]}" for n, q in enumerate(QS.questions, 1))
    assert extract_answers(body, QS).texts == ANSWERS


def test_lettered_slashed_and_ideographic_numbers() -> None:
    for mark in ("{l}) ", "{n}/ ", "{n}、", "{n}. soru: "):
        body = "\n".join(
            mark.format(l="abcdef"[n - 1], n=n) + ANSWERS[q.id]
            for n, q in enumerate(QS.questions, 1)
        )
        assert extract_answers(body, QS).texts == ANSWERS, mark


def test_lettered_points_inside_a_numbered_answer_stay_points() -> None:
    body = "1. Backend.\n\n3. My plan:\na) Sutton & Barto\nb) CS285\nc) a project\n\n4. 20 hours."
    assert extract_answers(body, QS).texts["study_plan"].endswith("c) a project")


def test_arrows_and_a_pasted_question_before_the_answer_are_not_the_answer() -> None:
    q1 = QS.questions[0].text
    body = f"1. {q1} [Data engineer for four years.]\n\n4. --> 30 hours a week from April."
    assert extract_answers(body, QS).texts == {
        "background": "Data engineer for four years.",
        "commitment": "30 hours a week from April.",
    }


def test_a_closing_signature_and_legal_footer_in_italian() -> None:
    body = (
        "1) Data analyst in insurance.\n\n6) Move to an ML team in my company.\n\n"
        "Cordiali saluti,\n\nMarco Bellini\nSenior Data Analyst | Pricing\n"
        "Tel. +39 02 8899 1234\n\nQuesto messaggio e i suoi allegati sono indirizzati "
        "esclusivamente alle persone indicate."
    )
    assert extract_answers(body, QS).texts["afterwards"] == "Move to an ML team in my company."


def test_whole_emails_meet_the_targets() -> None:
    """tests/data/replies/heldout6 to heldout21: whole .eml replies read as intake reads them
    (heldout7 to heldout21 written blind, by people who had not read the parser; heldout15
    after every change of stop 13, as it came: 96.6 %; heldout16 in a later session: 93.9 %
    and 2 spurious on its first run; heldout17 94.9 %, 0 spurious; heldout18 98.6 %, 1
    spurious; heldout19 96.6 %, 1 spurious; heldout20 94.1 %, 1 spurious; heldout21 95.6 %,
    0 spurious)."""
    whole = benchmark("answers_whole_emails")
    sets = [whole.score(f"heldout{n}") for n in range(6, 22)]
    s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18, s19, s20, s21 = sets
    assert [s.replies for s in sets] == [
        22,
        25,
        25,
        30,
        28,
        30,
        29,
        30,
        28,
        23,
        27,
        27,
        27,
        27,
        27,
        26,
    ]
    for s in sets:
        # The worst outcomes, on every set: an answer where none was given, or one answer
        # filed under another question.
        assert s.spurious == 0, s.failures
        assert s.misfiled == 0, s.failures
        assert s.right_question / s.expected >= 0.95, s.failures
        assert s.correct / s.expected >= 0.95, s.failures
    assert s9.correct == s9.expected == 169  # the realistic cohort, 100 % on its first run
    assert s6.files_right == s6.files_expected == 5
    assert s7.files_right >= 3  # the fourth is a table read column by column: left to a person
    assert s9.files_right == s9.files_expected == 2
    assert s10.files_right == s10.files_expected == 2
    assert s11.files_right == s11.files_expected == 2
    assert s12.files_right == s12.files_expected == 2
    assert s13.files_right == s13.files_expected == 2
    assert s14.files_right == s14.files_expected == 2
    assert s15.files_right == s15.files_expected == 2
    assert s16.files_right == s16.files_expected == 2
    assert s17.files_right == s17.files_expected == 2
    assert s18.files_right == s18.files_expected == 2
    assert s19.files_right == s19.files_expected == 2
    assert s20.files_right == s20.files_expected == 2
    assert s21.files_right == s21.files_expected == 2
    assert s8.files_right == s8.files_expected == 3


def test_a_promise_with_its_reason_is_not_an_answer() -> None:
    """heldout16: "still working on it, and why; I'll send it": every sentence a promise."""
    body = (
        "2. Comfortable with probability; vector calculus needs work.\n\n"
        "3. I'm still working on the study plan, I want to talk to a friend who did a PhD in "
        "RL first. I'll send it by the end of next week.\n\n"
        "6. A research assistant post in a clinical AI group.\n"
    )
    texts = extract_answers(body, QS, asked=["math", "study_plan", "afterwards"]).texts
    assert set(texts) == {"math", "afterwards"}


def test_prose_with_one_lead_in_is_read_in_order() -> None:
    """One paragraph per question, the third opening "As for the study plan, …" (a promise),
    the optional one left out: the lead-in does not swallow the paragraphs after it."""
    body = (
        "Hi,\n\nThanks for getting back to me so quickly.\n\n"
        "I've been a game developer for 9 years, mostly gameplay AI in Unity.\n\n"
        "I'd say medium. I did calculus and probability at university.\n\n"
        "As for the study plan, I'm still putting it together. I'll send it over next week.\n\n"
        "I can commit about 20 hours a week, and I could start in early January.\n\n"
        "Long term I'd love to work on RL for game agents at a research lab.\n\n"
        "Cheers,\nTomasz\n"
    )
    texts = extract_answers(body, QS).texts
    assert texts == {
        "background": "I've been a game developer for 9 years, mostly gameplay AI in Unity.",
        "math": "I'd say medium. I did calculus and probability at university.",
        "commitment": "I can commit about 20 hours a week, and I could start in early January.",
        "afterwards": "Long term I'd love to work on RL for game agents at a research lab.",
    }


def test_closings_thanking_you_and_a_slash_name() -> None:
    body = "5. Hacker News. No.\n\n6. An RL research engineer job.\n\n/Nils\n"
    assert extract_answers(body, QS).texts["afterwards"] == "An RL research engineer job."
    body = (
        "After the grant: an ML engineer role in supply chain.\n\nThanking you,\n\n"
        "Regards,\nPriya Raghunathan\nChennai | +91 00000 00000\n"
    )
    texts = extract_answers(body, QS).texts
    assert texts["afterwards"] == "an ML engineer role in supply chain."


def test_one_answer_by_topic_and_the_rest_promised() -> None:
    """heldout16: one prose answer, then "I'll answer the rest over the weekend": the answer
    is filed by its topic, the other questions stay open (and are asked again)."""
    body = (
        "Hi there,\n\nQuick one from my phone.\n\n"
        "I can do about 20 hours a week and could start on the 11th of January.\n\n"
        "I'll answer the rest properly over the weekend when I'm at my laptop.\n\n"
        "Thanks,\nLiam\n"
    )
    texts = extract_answers(body, QS).texts
    assert texts == {
        "commitment": "I can do about 20 hours a week and could start on the 11th of January."
    }
    # Without the promise, a lone paragraph is not placed by its topic: a person reads it.
    alone = body.replace(
        "I'll answer the rest properly over the weekend when I'm at my laptop.\n\n", ""
    )
    assert extract_answers(alone, QS).texts == {}


def test_labels_closed_by_a_period() -> None:
    """heldout17 (Proton's bold labels in the text part): "Background. 8 years …"."""
    body = (
        "Hi,\n\nBackground. 8 years in application security.\n\n"
        "Math. Good. Applied math degree.\n\nPlan. Sutton & Barto, then CS285.\n\n"
        "Hours / start. 30 h/week, from now.\n\nHeard from. A Mastodon post.\n\n"
        "After. Research on RL for program analysis.\n\nOleksandr\n"
    )
    texts = extract_answers(body, QS).texts
    assert texts["background"] == "8 years in application security."
    assert texts["math"] == "Good. Applied math degree."
    assert texts["afterwards"] == "Research on RL for program analysis."


def test_a_signature_under_a_company_line_ending_in_its_legal_form() -> None:
    body = (
        "5. From a colleague.\n\n6. A quantitative research role.\n\nKind regards,\n"
        "Ananya Iyer FIA\nSenior Manager, Actuarial Analytics\nSuraksha Life Insurance Co. Ltd.\n"
        "Tel: +91 22 5550 3391\n"
    )
    assert extract_answers(body, QS).texts["afterwards"] == "A quantitative research role."


def test_promises_heldout18() -> None:
    """ "I'll send you a detailed plan next week" and "still a work in progress … I'll send it by
    Friday" are promises; a heading line over its paragraph is not an answer."""
    body = (
        "1. Six years as a Unity developer.\n\n2. Calculus fine, probability so-so.\n\n"
        "3. I'm still comparing courses, I'll send you a detailed plan next week.\n\n"
        "4. About 20 hrs/week, from mid January.\n\n6. RL for game AI.\n\nEmre\n"
    )
    assert "study_plan" not in extract_answers(body, QS).texts
    body = (
        "Hej!\n\nThe study plan is still a work in progress, I want to check a couple of "
        "courses first, so I'll send it by Friday.\n\nAbout what I want to do afterwards:\n\n"
        "A games studio with an ML research team.\n\n/Sofia\n"
    )
    texts = extract_answers(body, QS, asked=["study_plan", "afterwards"]).texts
    assert texts == {"afterwards": "A games studio with an ML research team."}


def test_heldout19_habits() -> None:
    """The second asked question answered first; a promise under the last answer; the
    applicant's own labels after the numbers ("4. Time - …")."""
    body = (
        "Hi,\n\nI can do 20 hours a week and start on 1 February.\n\n"
        "The study plan I’m still working on, I’ll send it by the end of next week.\n\nHendrik\n"
    )
    texts = extract_answers(body, QS, asked=["study_plan", "commitment"]).texts
    assert texts == {"commitment": "I can do 20 hours a week and start on 1 February."}
    body = (
        "1. Data scientist at a utility.\n\n2. Probability is ok.\n\n"
        "4. Around 15 hours a week.\n\n"
        "For 5 and 6 let me think about it a bit more, I'll include them when I send the plan.\n"
    )
    assert extract_answers(body, QS).texts["commitment"] == "Around 15 hours a week."
    body = (
        "1. Background - Quant developer, 5 years.\n\n2. Math - Comfortable.\n\n"
        "3. Study plan - Sutton & Barto, then CS285.\n\n4. Time - About 25 hours per week.\n\n"
        "6. After the grant - A research position.\n\nBest regards,\nMin-seo Park\n"
    )
    texts = extract_answers(body, QS).texts
    assert texts["commitment"] == "About 25 hours per week."
    assert texts["afterwards"] == "A research position."


def test_heldout20_habits() -> None:
    """A line saying the answers follow in order; "still putting together a … plan"."""
    body = (
        "Hello,\n\nAnswering in the same order as your questions.\n\n"
        "Civil engineer, nine years.\n\nThe math is fine.\n\nSutton and Barto.\n\n"
        "30 hours a week.\n\nA friend from my master's.\n\nAn applied research team.\n\n"
        "Thanks a lot,\nNicolás\n"
    )
    texts = extract_answers(body, QS).texts
    assert texts["background"] == "Civil engineer, nine years."
    assert texts["afterwards"] == "An applied research team."
    body = (
        "1. Teacher for 9 years.\n\n2. Comfortable with calculus.\n\n"
        "3. I am still putting together a proper study plan with a week-by-week outline. I will "
        "send it to you next week.\n\n4. 25 hours per week.\n"
    )
    assert "study_plan" not in extract_answers(body, QS).texts


def test_a_hyphenated_word_at_a_pdf_line_end_keeps_its_hyphen() -> None:
    from parsers.resume_pdf import normalise_text

    assert normalise_text("Tech-\nnology, self-\norganizing") == "Technology, self-organizing"


def test_numbers_written_with_a_dot_and_a_bracket() -> None:
    """heldout21: "1.)" (a habit in the Philippines)."""
    body = "Good day!\n\n1.) Nurse for 5 years.\n2.) Still learning.\n4.) 20 hrs per week.\n"
    texts = extract_answers(body, QS).texts
    assert texts == {
        "background": "Nurse for 5 years.",
        "math": "Still learning.",
        "commitment": "20 hrs per week.",
    }
