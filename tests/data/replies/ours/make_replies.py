"""Writes the labelled replies to our question email (the *.txt / *.html files and expected.json
beside this script). Run from the repository root:  python tests/data/replies/ours/make_replies.py

Each reply imitates how a real client lays out a reply: the attribution line it writes
("On … wrote:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:"), how it quotes ("> "
per line, rewrapped at 72 by Thunderbird, not rewrapped by Apple Mail, Outlook's unmarked
"From:/Sent:" block or "-----Original Message-----"), its signature ("Sent from my iPhone",
"Get Outlook for Android") and the HTML containers of HTML-only clients (gmail_quote,
divRplyFwdMsg, blockquote type=cite, moz-cite-prefix). The answers are the applicants' own
words, written out per persona below; the expected answer is exactly that text (the benchmark
compares with whitespace normalised). The question email quoted is the one our templates
render, so the fixtures follow the real wording. The generated files are committed: change
this script, re-run it, and review the diff.
"""

from __future__ import annotations

import html
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT))

from grantbox.mailtemplates import numbered_questions, render_email  # noqa: E402
from grantbox.questions import load_questions  # noqa: E402

QS = load_questions(ROOT / "templates" / "questions.toml")
IDS = QS.ids

# ----------------------------------------------------------------------------- personas

ALICE = {
    "background": "I have spent seven years as a backend engineer, mostly Go and Python, building "
    "payment systems at a fintech. Before that I did a BSc in physics.",
    "math": "Fairly comfortable. I use probability daily for our fraud models, and I did vector "
    "calculus at university, although I would need to refresh the multivariable chain rule "
    "and Jacobians.",
    "study_plan": "Weeks 1-4: Sutton & Barto chapters 1-13, with the exercises.\n"
    "Weeks 5-8: Spinning Up in Deep RL, reimplementing PPO and SAC from scratch.\n"
    "Weeks 9-12: reproduce a recent offline RL paper and write it up.",
    "commitment": "40 hours a week; I can start on 1 April 2026.",
    "referral": "A friend who did the program last year, Sam Okafor, told me about it.",
    "afterwards": "Apply for research engineer roles at an alignment lab.",
}
BRUNO = {
    "background": "Quant researcher at a hedge fund for 4 years (stat arb), MSc in applied math.",
    "math": "Very comfortable, stochastic calculus is my day job.",
    "study_plan": "CS285 lectures and homeworks, then a project on RL for market making.",
    "commitment": "Full time, from May.",
    "afterwards": "Move into ML research, ideally a PhD.",
}
CHEN = {
    "background": "Data scientist for 3 years at an e-commerce company: A/B testing, forecasting, "
    "some PyTorch.",
    "math": "Probability is solid. Vector calculus is rusty, I have not used it since my "
    "undergrad.",
    "study_plan": "1. Refresh calculus with MIT 18.02 (2 weeks)\n"
    "2. CS285 lectures and homework (6 weeks)\n"
    "3. Small research project on exploration (4 weeks)",
    "commitment": "About 30 hours per week, starting mid-June 2026.",
    "referral": "Saw it on Twitter; I don't know anyone involved.",
    "afterwards": "I'd like to join an applied RL team or start a PhD in 2027.",
}
DANA = {
    "background": "Software developer (Java, Kotlin) for 10 years at an automotive supplier, "
    "working on simulation tooling.",
    "math": "I studied mathematics (Diplom), so vector calculus and probability are fine.",
    "study_plan": "Read Sutton & Barto, then the Deep RL Bootcamp lectures, and finally "
    "reproduce DQN on Atari.",
    "commitment": "25 hours per week next to a part-time job; I could start in September.",
    "referral": "Through the newsletter of an AI safety reading group in Berlin.",
    "afterwards": "Work as a research engineer.",
}
ETIENNE = {
    "background": "Ingénieur logiciel depuis 5 ans (C++, systèmes embarqués) chez un fabricant "
    "de drones.",
    "math": "À l'aise avec les probabilités ; le calcul vectoriel demande une révision.",
    "study_plan": "Le cours de David Silver, puis Spinning Up, puis un projet de contrôle de "
    "drone en simulation.",
    "commitment": "35 heures par semaine, à partir du 2 mars.",
    "referral": "Un collègue, Julien, m'a transmis l'annonce.",
    "afterwards": "Rejoindre une équipe de recherche en robotique.",
}
SOFIA = {
    "background": "Economista con 6 años de experiencia en modelos econométricos y Python en "
    "un banco central.",
    "math": "Cómoda con probabilidad y estadística; cálculo vectorial lo vi en la carrera.",
    "study_plan": "Mes 1: fundamentos (Sutton y Barto). Mes 2: CS285. Mes 3: replicar un "
    "artículo sobre RL offline.",
    "commitment": "20 horas semanales, puedo empezar en julio.",
    "referral": "Por LinkedIn. No conozco a nadie del programa.",
    "afterwards": "Un doctorado en aprendizaje automático.",
}

# ----------------------------------------------------------------------------- our emails


def questions_email(name: str) -> tuple[str, str]:
    r = render_email("questions", questions=numbered_questions(QS), applicant_name=name,
                     original_subject="Application")
    return r.text, body_of(r.html)


def missing_email(name: str, ids: list[str]) -> tuple[str, str]:
    r = render_email("missing_answers", questions=numbered_questions(QS, ids),
                     applicant_name=name, original_subject="Application")
    return r.text, body_of(r.html)


def body_of(page: str) -> str:
    start = page.index(">", page.index("<body")) + 1
    return page[start : page.index("</body>")].strip()


# ----------------------------------------------------------------------------- quoting


def quote(text: str, width: int | None = None, prefix: str = "> ") -> str:
    """Quote `text` the way most clients do; `width` rewraps like Thunderbird/Gmail."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append(prefix.rstrip())
            continue
        if width and len(line) + len(prefix) > width:
            indent = line[: len(line) - len(line.lstrip())]
            for piece in textwrap.wrap(line, width - len(prefix), subsequent_indent=indent):
                out.append(prefix + piece)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def wrap(text: str, width: int = 76) -> str:
    """The applicant's own text as a client that hard-wraps its plain part sends it."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else "" for line in text.split("\n")
    )


def blocks_of(email_text: str) -> list[tuple[str | None, str]]:
    """Our email split into (question id or None, text) chunks, a question with its help."""
    lines = email_text.rstrip("\n").split("\n")
    chunks: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in lines:
        head = line.split(". ", 1)[0]
        if head.isdigit() and 1 <= int(head) <= len(IDS):
            chunks.append((IDS[int(head) - 1], [line]))
        elif chunks[-1][0] is not None and line.startswith("   "):
            chunks[-1][1].append(line)
        elif chunks[-1][0] is not None and not line.strip():
            chunks.append((None, [line]))
        else:
            chunks[-1][1].append(line)
    return [(qid, "\n".join(ls)) for qid, ls in chunks if ls]


def inline(
    email_text: str, answers: dict[str, str], q: Callable[[str], str] = quote, gap: str = "\n"
) -> str:
    """Answers typed under each quoted question."""
    parts = []
    for qid, chunk in blocks_of(email_text):
        parts.append(q(chunk))
        if qid is not None and qid in answers:
            parts.append(gap + answers[qid] + gap)
    return "\n".join(parts)


def numbered(answers: dict[str, str], fmt: str = "{n}. {a}", sep: str = "\n\n",
             ids: list[str] | None = None) -> str:
    ids = ids or IDS
    return sep.join(
        fmt.format(n=ids.index(qid) + 1, a=answers[qid]) for qid in ids if qid in answers
    )


def html_paras(text: str) -> str:
    return "".join(f"<div>{html.escape(line) if line else '<br>'}</div>" for line in text.split("\n"))


OUTLOOK_HEADER = (
    "From: Grants Team <grants@grantbox.example>\n"
    "Sent: Tuesday, March 3, 2026 10:12 AM\n"
    "To: {name} <{addr}>\n"
    "Subject: Re: Application"
)
GRANTS = "Grants Team <grants@grantbox.example>"

CASES: dict[str, dict] = {}


def case(filename: str, body: str, answers: dict[str, str], client: str, style: str,
         asked: list[str] | None = None) -> None:
    (HERE / filename).write_text(body.rstrip("\n") + "\n", encoding="utf-8")
    entry: dict = {"client": client, "style": style,
                   "answers": {k: answers[k] for k in IDS if k in answers}}
    if asked:
        entry["asked"] = asked
    CASES[filename] = entry


def pick(p: dict[str, str], *ids: str) -> dict[str, str]:
    return {k: p[k] for k in ids}


def main() -> None:  # noqa: PLR0915 - one fixture per block, read top to bottom
    for old in HERE.glob("[0-9][0-9]_*"):
        old.unlink()

    # 01 Gmail web, top-posted, numbered "1."
    text, _ = questions_email("Alice")
    case("01_gmail_top_numbered.txt",
         "Hi,\n\nHere are my answers:\n\n" + wrap(numbered(ALICE)) + "\n\nBest,\nAlice\n\n"
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + quote(text),
         ALICE, "Gmail", "top-posted, numbered 1.")

    # 02 Gmail, inline under each quoted question; the study plan is itself a numbered list.
    text, _ = questions_email("Chen")
    case("02_gmail_inline_nested_list.txt",
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + inline(text, CHEN)
         + "\n\nThanks!\nChen",
         CHEN, "Gmail", "inline under quoted questions; numbered list inside an answer")

    # 03 Gmail, bottom-posted under the full quote, "1)" markers
    text, _ = questions_email("Bruno")
    case("03_gmail_bottom_paren.txt",
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + quote(text) + "\n\n"
         + numbered(BRUNO, "{n}) {a}", "\n") + "\n\nBruno",
         BRUNO, "Gmail", "bottom-posted, numbered 1), question 5 skipped")

    # 04 Outlook desktop plain text: underscores + From/Sent block, unmarked original, "Q1:"
    text, _ = questions_email("Dana")
    case("04_outlook_from_sent_q_colon.txt",
         numbered(DANA, "Q{n}: {a}", "\n") + "\n\nRegards\nDana Keller\n\n"
         "________________________________\n"
         + OUTLOOK_HEADER.format(name="Dana Keller", addr="dana@example.de") + "\n\n" + text,
         DANA, "Outlook (Windows)", "top-posted, Q1: markers, unmarked original under From:/Sent:")

    # 05 Outlook/AOL "-----Original Message-----", labelled answers
    text, _ = questions_email("Bruno")
    labelled = (
        f"Background: {BRUNO['background']}\n"
        f"Math: {BRUNO['math']}\n"
        f"Study plan: {BRUNO['study_plan']}\n"
        f"Time commitment: {BRUNO['commitment']}\n"
        f"Afterwards: {BRUNO['afterwards']}"
    )
    case("05_outlook_original_message_labels.txt",
         labelled + "\n\n\n-----Original Message-----\n"
         "From: Grants Team <grants@grantbox.example>\nSent: Tue, Mar 3, 2026 10:12 am\n"
         "To: bruno@example.com\nSubject: Re: Application\n\n" + text,
         BRUNO, "Outlook / AOL", "top-posted, labelled answers, -----Original Message-----")

    # 06 Apple Mail (macOS), top-posted, numbered, quote not rewrapped, blank quoted lines ">"
    text, _ = questions_email("Sofía")
    case("06_apple_mail_top_numbered.txt",
         numbered(SOFIA, "{n}. {a}", "\n") + "\n\nSaludos,\nSofía\n\n"
         f"> On 3 Mar 2026, at 10:12, {GRANTS} wrote:\n>\n" + quote(text),
         SOFIA, "Apple Mail (macOS)", "top-posted, attribution inside the quote")

    # 07 Apple Mail, inline
    text, _ = questions_email("Étienne")
    case("07_apple_mail_inline.txt",
         "Bonjour,\n\nMes réponses ci-dessous.\n\n"
         f"> On 3 Mar 2026, at 10:12, {GRANTS} wrote:\n>\n" + inline(text, ETIENNE)
         + "\n\nCordialement,\nÉtienne",
         ETIENNE, "Apple Mail (macOS)", "inline, French answers")

    # 08 Thunderbird, inline, quote rewrapped at 72, own text wrapped at 72
    text, _ = questions_email("Dana")
    case("08_thunderbird_inline_wrapped.txt",
         "On 03/03/2026 10:12, Grants Team wrote:\n"
         + inline(text, {k: wrap(v, 72) for k, v in DANA.items()},
                  q=lambda t: quote(t, width=72))
         + "\n\n-- \nDana Keller\nhttps://dana.example.de",
         DANA, "Thunderbird", "inline, rewrapped quote, -- signature")

    # 09 iPhone Mail, top-posted short numbered answers, "Sent from my iPhone"
    text, _ = questions_email("Bruno")
    case("09_iphone_top_numbered.txt",
         numbered(BRUNO, "{n}. {a}", "\n") + "\n\nSent from my iPhone\n\n"
         f"On Mar 3, 2026, at 10:12 AM, {GRANTS} wrote:\n\n" + quote(text),
         BRUNO, "iPhone Mail", "top-posted, Sent from my iPhone")

    # 10 Gmail for Android, partial answers
    text, _ = questions_email("Chen")
    part = pick(CHEN, "background", "math", "commitment")
    case("10_android_gmail_partial.txt",
         numbered(part) + "\n\nWill send the rest tomorrow.\n\n"
         f"On Tue, 3 Mar 2026, 10:12 {GRANTS} wrote:\n\n" + quote(text),
         part, "Gmail for Android", "top-posted, partial (3 of 6)")

    # 11 HTML-only Gmail, answers as an <ol>
    _, qhtml = questions_email("Alice")
    items = "".join(f"<li>{html.escape(ALICE[k]).replace(chr(10), '<br>')}</li>" for k in IDS)
    case("11_html_gmail_ol.html",
         f'<div dir="ltr"><div>Hello,</div><div><br></div><ol>{items}</ol><div>Best,</div>'
         '<div>Alice</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
         'On Tue, Mar 3, 2026 at 10:12 AM Grants Team &lt;<a href="mailto:grants@grantbox.example">'
         'grants@grantbox.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" '
         'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         f'padding-left:1ex">{qhtml}</blockquote></div>',
         ALICE, "Gmail (HTML only)", "top-posted ordered list, gmail_quote")

    # 12 HTML-only Outlook on the web, labelled answers, divRplyFwdMsg
    _, qhtml = questions_email("Sofía")
    part = pick(SOFIA, "background", "math", "study_plan", "commitment", "afterwards")
    labels = {"background": "Background", "math": "Math", "study_plan": "Study plan",
              "commitment": "Time commitment", "afterwards": "After the grant"}
    body = "".join(
        f'<div style="font-family:Aptos;font-size:12pt"><b>{labels[k]}:</b> '
        f"{html.escape(v)}</div>" for k, v in part.items()
    )
    case("12_html_outlook_web_labels.html",
         f'<html><head><style>p{{margin:0}}</style></head><body><div dir="ltr">{body}'
         '<div><br></div><div>Get <a href="https://aka.ms/o0ukef">Outlook for Android</a></div>'
         '</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" '
         'dir="ltr"><font face="Calibri" style="font-size:11pt"><b>From:</b> Grants Team '
         '&lt;grants@grantbox.example&gt;<br><b>Sent:</b> Tuesday, March 3, 2026 10:12 AM<br>'
         '<b>To:</b> Sofía &lt;sofia@example.es&gt;<br><b>Subject:</b> Re: Application</font>'
         f'<div>&nbsp;</div></div><div>{qhtml}</div></body></html>',
         part, "Outlook on the web (HTML only)", "labelled, bold labels, divRplyFwdMsg")

    # 13 HTML-only Apple Mail, inline: the blockquote is split around each answer
    _, qhtml = questions_email("Chen")
    paras = qhtml.split("\n")
    pieces = []
    for para in paras:
        pieces.append(f'<blockquote type="cite"><div>{para}</div></blockquote>')
        for n, qid in enumerate(IDS, start=1):
            if para.startswith(f"<p><strong>{n}. ") and qid in CHEN:
                pieces.append(html_paras(CHEN[qid]))
    case("13_html_apple_inline.html",
         '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word;"><div>Hi, answers inline.</div><div><br>'
         '<blockquote type="cite"><div>On 3 Mar 2026, at 10:12, Grants Team '
         '&lt;grants@grantbox.example&gt; wrote:</div></blockquote></div>'
         + "".join(pieces) + "</body></html>",
         CHEN, "Apple Mail (HTML only)", "inline between blockquote type=cite")

    # 14 German Gmail, numbered
    text, _ = questions_email("Dana")
    case("14_german_gmail_numbered.txt",
         "Hallo,\n\nanbei meine Antworten:\n\n" + numbered(DANA)
         + "\n\nViele Grüße\nDana\n\n"
         f"Am Di., 3. März 2026 um 10:12 Uhr schrieb {GRANTS}:\n\n" + quote(text),
         DANA, "Gmail (German UI)", "top-posted, Am … schrieb …:")

    # 15 French Gmail, inline
    text, _ = questions_email("Étienne")
    case("15_french_gmail_inline.txt",
         f"Le mar. 3 mars 2026 à 10:12, {GRANTS} a écrit :\n\n" + inline(text, ETIENNE)
         + "\n\nBien à vous,\nÉtienne",
         ETIENNE, "Gmail (French UI)", "inline, Le … a écrit :")

    # 16 Spanish Gmail, "1.-" markers
    text, _ = questions_email("Sofía")
    case("16_spanish_gmail_dash_numbers.txt",
         "Hola,\n\n" + numbered(SOFIA, "{n}.- {a}", "\n") + "\n\nUn saludo,\nSofía\n\n"
         f"El mar, 3 mar 2026 a las 10:12, Grants Team (<grants@grantbox.example>) escribió:\n\n"
         + quote(text),
         SOFIA, "Gmail (Spanish UI)", "top-posted, 1.- markers, El … escribió:")

    # 17 Partial, top-posted numbered with gaps
    text, _ = questions_email("Bruno")
    part = pick(BRUNO, "background", "commitment")
    case("17_partial_numbered_gaps.txt",
         "1. " + part["background"] + "\n4. " + part["commitment"]
         + "\n\nI'll think about the others and get back to you.\n\n"
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + quote(text),
         part, "Gmail", "partial (2 of 6), numbers with gaps")

    # 18 Partial inline: answers under two quoted questions, rest of the quote kept
    text, _ = questions_email("Alice")
    part = pick(ALICE, "study_plan", "commitment")
    case("18_partial_inline.txt",
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + inline(text, part),
         part, "Gmail", "partial inline (2 of 6)")

    # 19 Labelled answers, own labels not the same words as ours
    text, _ = questions_email("Chen")
    labelled = (
        f"Experience: {CHEN['background']}\n\n"
        f"Maths: {CHEN['math']}\n\n"
        f"Plan:\n{CHEN['study_plan']}\n\n"
        f"Availability: {CHEN['commitment']}\n\n"
        f"How I heard: {CHEN['referral']}\n\n"
        f"After the grant: {CHEN['afterwards']}"
    )
    case("19_labels_own_words.txt",
         labelled + "\n\nCheers,\nChen\n\n"
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + quote(text),
         CHEN, "Gmail", "labels in the applicant's own words")

    # 20 Questions pasted without quote marks, answers under each
    pasted = []
    for n, q in enumerate(QS.questions, start=1):
        pasted.append(f"{n}. {q.text}\n{ETIENNE[q.id]}")
    case("20_pasted_questions_unquoted.txt",
         "Bonjour,\n\n" + "\n\n".join(pasted) + "\n\nMerci,\nÉtienne",
         ETIENNE, "any (questions copied into a new message)", "questions pasted, answers under")

    # 21 Reply to "we still need", original numbers kept
    text, _ = missing_email("Alice", ["study_plan", "afterwards"])
    part = pick(ALICE, "study_plan", "afterwards")
    case("21_missing_reply_original_numbers.txt",
         "3. " + part["study_plan"] + "\n\n6. " + part["afterwards"] + "\n\n"
         f"On Wed, Mar 4, 2026 at 9:00 AM {GRANTS} wrote:\n\n" + quote(text),
         part, "Gmail", "reply to the missing-answers email, original numbers",
         asked=["study_plan", "afterwards"])

    # 22 Reply to "we still need", renumbered 1., 2.
    text, _ = missing_email("Bruno", ["math", "afterwards"])
    part = pick(BRUNO, "math", "afterwards")
    case("22_missing_reply_renumbered.txt",
         "1. " + part["math"] + "\n2. " + part["afterwards"] + "\n\n"
         f"On Wed, Mar 4, 2026 at 9:00 AM {GRANTS} wrote:\n\n" + quote(text),
         part, "Gmail", "reply to the missing-answers email, renumbered from 1",
         asked=["math", "afterwards"])

    # 23 Reply to "we still need", inline
    text, _ = missing_email("Chen", ["study_plan", "referral"])
    part = pick(CHEN, "study_plan", "referral")
    case("23_missing_reply_inline.txt",
         f"On Wed, Mar 4, 2026 at 9:00 AM {GRANTS} wrote:\n\n" + inline(text, part),
         part, "Gmail", "reply to the missing-answers email, inline",
         asked=["study_plan", "referral"])

    # 24 Yahoo "----- Original Message -----", "Q1." markers
    text, _ = questions_email("Sofía")
    case("24_yahoo_original_message.txt",
         numbered(SOFIA, "Q{n}. {a}", "\n\n") + "\n\n\n----- Original Message -----\n"
         "From: Grants Team <grants@grantbox.example>\nTo: sofia@example.es\n"
         "Sent: Tuesday, March 3, 2026 10:12 AM\nSubject: Re: Application\n\n" + text,
         SOFIA, "Yahoo Mail", "top-posted, Q1. markers, ----- Original Message -----")

    # 25 Outlook for Mac: From/Date/To/Subject block, labelled with bold asterisks
    text, _ = questions_email("Dana")
    labelled = "\n".join(
        f"*{lab}:* {DANA[k]}" for k, lab in (
            ("background", "Background"), ("math", "Math"), ("study_plan", "Study plan"),
            ("commitment", "Time commitment"), ("referral", "Referral"),
            ("afterwards", "Afterwards"))
    )
    case("25_outlook_mac_bold_labels.txt",
         labelled + "\n\nDana\n\nFrom: Grants Team <grants@grantbox.example>\n"
         "Date: Tuesday, 3 March 2026 at 10:12\nTo: Dana Keller <dana@example.de>\n"
         "Subject: Re: Application\n\n" + text,
         DANA, "Outlook for Mac", "bold *Label:* answers, From/Date/To/Subject block")

    # 26 Long signature and closing under numbered answers
    text, _ = questions_email("Alice")
    case("26_gmail_numbered_signature.txt",
         numbered(ALICE, "{n}. {a}", "\n\n") + "\n\nThanks so much,\nAlice\n\n-- \n"
         "Alice Moreau\nSenior Backend Engineer, Paylane\n+44 20 7946 0958\n\n"
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + quote(text),
         ALICE, "Gmail", "numbered, closing and -- signature")

    # 27 Prose, one paragraph per question in order, no markers
    text, _ = questions_email("Alice")
    case("27_prose_in_order.txt",
         "Hi,\n\n" + "\n\n".join(wrap(ALICE[k]) for k in IDS if k != "study_plan")
         + "\n\nAlice\n\n"
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + quote(text),
         {}, "Gmail", "prose, 5 paragraphs for 6 questions: ambiguous, left to a human")

    # 32 Prose, exactly one paragraph per question in order
    text, _ = questions_email("Dana")
    case("32_prose_one_paragraph_each.txt",
         "Hello,\n\n" + "\n\n".join(wrap(DANA[k]) for k in IDS) + "\n\nBest regards,\nDana\n\n"
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + quote(text),
         DANA, "Gmail", "prose, one paragraph per question in order, no markers")

    # 28 Numbered with each question echoed before its answer
    text, _ = questions_email("Sofía")
    echoed = "\n\n".join(f"{n}. {q.text}\n{SOFIA[q.id]}" for n, q in enumerate(QS.questions, 1))
    case("28_numbered_question_echo.txt",
         echoed + "\n\nEnviado desde mi iPhone\n\n"
         f"El 3 mar 2026, a las 10:12, {GRANTS} escribió:\n\n" + quote(text),
         SOFIA, "iPhone Mail (Spanish)", "questions echoed before answers, Enviado desde mi iPhone")

    # 29 HTML-only Thunderbird, inline with moz-cite-prefix
    _, qhtml = questions_email("Étienne")
    pieces = ['<div class="moz-cite-prefix">Le 03/03/2026 à 10:12, Grants Team a écrit&nbsp;:<br>'
              "</div>"]
    for para in qhtml.split("\n"):
        pieces.append(f'<blockquote type="cite">{para}</blockquote>')
        for n, qid in enumerate(IDS, start=1):
            if para.startswith(f"<p><strong>{n}. ") and qid in ETIENNE:
                pieces.append(f"<p>{html.escape(ETIENNE[qid])}</p>")
    case("29_html_thunderbird_inline.html",
         '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
         "<body><p>Bonjour,</p>" + "".join(pieces)
         + '<div class="moz-signature">-- <br>Étienne Roux</div></body></html>',
         ETIENNE, "Thunderbird (HTML only)", "inline, moz-cite-prefix, French")

    # 30 Outlook desktop, answers typed inline in the unmarked original, prefixed [Name]
    text, _ = questions_email("Alice")
    tagged = {k: f"[Alice] {v}" for k, v in pick(ALICE, "background", "math", "commitment").items()}
    case("30_outlook_inline_unmarked.txt",
         "Please see my answers inline below.\n\nAlice\n\n________________________________\n"
         + OUTLOOK_HEADER.format(name="Alice Moreau", addr="alice@example.com") + "\n\n"
         + inline(text, tagged, q=lambda t: t),
         pick(ALICE, "background", "math", "commitment"),
         "Outlook (Windows)", "inline in the unmarked original, [Name] prefix, partial")

    # 31 Gmail, bottom-posted with "Q1:" and the answer on the next line
    text, _ = questions_email("Chen")
    part = pick(CHEN, "background", "math", "study_plan", "commitment", "afterwards")
    case("31_gmail_bottom_q_newline.txt",
         f"On Tue, Mar 3, 2026 at 10:12 AM {GRANTS} wrote:\n\n" + quote(text) + "\n\n"
         + "\n\n".join(f"Q{IDS.index(k) + 1}:\n{v}" for k, v in part.items()) + "\n\n-Chen",
         part, "Gmail", "bottom-posted, Q1: then answer on the next lines, -Name signature")

    (HERE / "expected.json").write_text(
        json.dumps(
            {
                "_about": "Replies to grantbox's question email, written by make_replies.py in "
                "the quoting styles of real clients. answers: question id -> the text the "
                "applicant wrote for it (compared with whitespace normalised); a question "
                "absent here was not answered. asked: the questions of the email replied to, "
                "when not all of them.",
                "cases": CASES,
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(CASES)} replies to {HERE}")


if __name__ == "__main__":
    main()
