"""Writes heldout9/: a blind, REALISTIC cohort of 30 whole replies (.eml) to our questions email,
read the way intake reads them (`benchmarks/answers_whole_emails.py`).

Unlike the earlier blind sets (which chose unusual habits on purpose), this one imitates one
round of a small grant program: mostly top-posted Gmail and Outlook replies, then Apple Mail and
iPhone, a few Yahoo, Proton, Thunderbird, corporate Exchange and university webmail (Roundcube,
Zimbra, SquirrelMail), with the habits in the measure they are common: numbered answers, labels,
answers under pasted questions, prose paragraphs, inline answers, a partial reply, a reply to the
"we still need" email, answers in an attached .docx/.pdf, a CV attached again, signatures,
non-native English and two non-English replies. Written by a helper who read neither the answer
parser, its tests nor the texts of the earlier reply sets, before anything was run on them; the
expected answer per question is what a careful reviewer would file under it (the applicant's
words without the number, label or bullet before them, without greetings, sign-offs and
signatures). People and companies are invented. Helpers (ours, q, docx/pdf building, case) are
copied from heldout8/write_replies.py.

Run from the repository root: python tests/data/replies/heldout9/write_replies.py
"""

from __future__ import annotations

import json
import sys
import textwrap
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path


HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE.parent))

from grantbox.mailtemplates import numbered_questions  # noqa: E402
from replykit import PROGRAM, QS, docx_bytes, esc, ours, pdf_bytes, q  # noqa: E402

NQ = numbered_questions(QS)
IDS = [x.id for x in NQ]
PROG_HTML = "Grants Team &lt;<a href=\"mailto:grants@grantbox.example\">grants@grantbox.example</a>&gt;"
CASES: dict[str, dict] = {}
N = 0


def case(
    fn: str,
    *,
    sender: str,
    client: str,
    style: str,
    answers: dict[str, str],
    text: str | None = None,
    html_body: str | None = None,
    files: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
    answers_file: str | None = None,
    x_mailer: str | None = None,
    asked: list[str] | None = None,
    subject: str = "Re: Application",
) -> None:
    global N
    N += 1
    m = EmailMessage()
    m["From"] = sender
    m["To"] = PROGRAM
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 3, 10 + N // 8, 7 + N % 11, 3 * N % 60, tzinfo=UTC))
    m["Message-ID"] = f"<heldout9-{N}@applicant.example>"
    m["In-Reply-To"] = "<questions-1@grantbox.example>"
    if x_mailer:
        m["X-Mailer"] = x_mailer
    if text is not None:
        m.set_content(text)
        if html_body is not None:
            m.add_alternative(html_body, subtype="html")
    elif html_body is not None:
        m.set_content(html_body, subtype="html")
    for name, ctype, data in files:
        main, sub = ctype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    (HERE / fn).write_bytes(bytes(m))
    assert set(answers) <= set(IDS), answers.keys()
    entry: dict = {"client": client, "style": style, "answers": answers}
    if answers_file:
        entry["answers_file"] = answers_file
    if asked:
        entry["asked"] = asked
    CASES[fn] = entry


def qtext(i: int) -> str:
    return NQ[i - 1].text


def qhelp(i: int) -> str:
    return NQ[i - 1].help


def num(qid: str) -> int:
    return IDS.index(qid) + 1


def wrap(text: str, width: int = 72) -> str:
    """Hard-wrap every paragraph line as Thunderbird/SquirrelMail/Roundcube plain text does."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


# ----------------------------------------------------------------------------- client markup
# Gmail web: <div dir="ltr"> one <div> per line, <div><br></div> for blank lines; quote in
# div.gmail_quote.gmail_quote_container > div.gmail_attr + blockquote.gmail_quote.
GMAIL_BQ = (
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
    'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
)


def gdivs(text: str, dir_: str = "ltr") -> str:
    lines = text.split("\n")
    first, rest = lines[0], lines[1:]
    inner = esc(first) + "".join(
        "<div><br></div>" if not ln.strip() else f"<div>{esc(ln)}</div>" for ln in rest
    )
    return f'<div dir="{dir_}">{inner}</div>'


def gmail_sig(lines: list[str]) -> str:
    return (
        '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
        '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
        + "<div>" + "</div><div>".join(lines) + "</div></div></div>"
    )


def gmail(
    name: str, body: str, attr: str, sig_text: str = "", sig_html: str = "",
    dir_: str = "ltr", body_html: str | None = None,
) -> tuple[str, str]:  # fmt: skip
    otext, ohtml = ours(name)
    text = body + (f"\n\n-- \n{sig_text}" if sig_text else "") + f"\n\n{attr}\n\n{q(otext)}\n"
    bh = body_html if body_html is not None else gdivs(body, dir_)
    page = (
        bh + (sig_html or "")
        + f'<br><div class="gmail_quote gmail_quote_container"><div dir="{dir_}" class="gmail_attr">'
        + esc(attr).replace("&lt;grants@grantbox.example&gt;",
                            '&lt;<a href="mailto:grants@grantbox.example">grants@grantbox.example</a>&gt;')
        + f"<br></div>{GMAIL_BQ}{ohtml}</blockquote></div>\n"
    )  # fmt: skip
    return text, page


GM_EN_US = "On Mon, Mar 9, 2026 at 10:02\u202fAM Grants Team <grants@grantbox.example> wrote:"
GM_EN_GB = "On Mon, 9 Mar 2026 at 10:02, Grants Team <grants@grantbox.example> wrote:"
GM_ANDROID = "On Mon, 9 Mar 2026, 10:02 Grants Team, <grants@grantbox.example> wrote:"

# Outlook desktop (Word "filtered medium" HTML).
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle20
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=EN-US link="#467886" vlink="#96607D" style='word-wrap:break-word'><div class=WordSection1>"""


def mso(text: str) -> str:
    out = []
    for ln in text.split("\n"):
        if ln.strip():
            out.append(f"<p class=MsoNormal>{esc(ln)}<o:p></o:p></p>")
        else:
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def word_quote_html(ohtml: str) -> str:
    """The original as Outlook desktop re-renders a quoted HTML email (unindented)."""
    h = ohtml.replace(
        "<p>", "<p style='mso-margin-top-alt:auto;mso-margin-bottom-alt:auto'>"
        "<span style='font-size:11.5pt;font-family:\"Arial\",sans-serif;color:#1A1A1A'>"
    ).replace("</p>", "<o:p></o:p></span></p>")  # fmt: skip
    return f"<div><div>{h}</div></div>"


def outlook_hdr_text(locale: str = "en") -> str:
    if locale == "de":
        return ("Von: Grants Team <grants@grantbox.example>\nGesendet: Montag, 9. März 2026 10:02\n"
                "An: {to}\nBetreff: Re: Application")  # fmt: skip
    return ("From: Grants Team <grants@grantbox.example>\nSent: Monday, March 9, 2026 10:02 AM\n"
            "To: {to}\nSubject: Re: Application")  # fmt: skip


def outlook_desktop(name: str, to: str, body_html: str, body_text: str) -> tuple[str, str]:
    otext, ohtml = ours(name)
    hdr = outlook_hdr_text().format(to=to)
    text = f"{body_text}\n\n{hdr}\n\n{otext}\n"
    block = (
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>"
        "<p class=MsoNormal><b>From:</b> Grants Team &lt;grants@grantbox.example&gt; <br>"
        "<b>Sent:</b> Monday, March 9, 2026 10:02 AM<br>"
        f"<b>To:</b> {esc(to)}<br><b>Subject:</b> Re: Application<o:p></o:p></p></div>"
    )
    page = (WORD_HEAD + body_html + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            "<div id=\"mail-editor-reference-message-container\"><div>\n" + block
            + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + word_quote_html(ohtml)
            + "</div></div></div></body></html>\n")  # fmt: skip
    return text, page


# New Outlook / Outlook on the web / Outlook mobile: <hr> + div#divRplyFwdMsg.
def owa_block(to: str, sent: str = "Monday, March 9, 2026 10:02 AM") -> str:
    return (
        '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
        f'color="#000000"><b>From:</b> Grants Team &lt;grants@grantbox.example&gt;<br><b>Sent:</b> {sent}'
        f"<br><b>To:</b> {esc(to)}<br><b>Subject:</b> Re: Application</font><div>&nbsp;</div></div>"
    )


OWA_DIV = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
           'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">')


def owa(name: str, to: str, body: str, sent: str = "Monday, March 9, 2026 10:02 AM",
        template: str = "questions", ids: list[str] | None = None,
        mobile: str = "") -> tuple[str, str]:  # fmt: skip
    otext, ohtml = ours(name, template, ids)
    hdr = (f"From: Grants Team <grants@grantbox.example>\nSent: {sent}\nTo: {to}\n"
           "Subject: Re: Application")  # fmt: skip
    mob_t = f"\n\n{mobile}<https://aka.ms/o0ukef>" if mobile else ""
    text = f"{body}{mob_t}\n________________________________\n{hdr}\n\n{otext}\n"
    divs = "".join(
        (OWA_DIV + (esc(ln) if ln.strip() else "<br>") + "</div>") for ln in body.split("\n")
    )
    mob_h = (f'<div id="ms-outlook-mobile-signature" dir="ltr"><div dir="ltr">Get '
             f'<a href="https://aka.ms/o0ukef">{mobile[4:]}</a></div></div>' if mobile else "")  # fmt: skip
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
        '</head><body dir="ltr">' + divs + mob_h + owa_block(to, sent) + f"<div>{ohtml}</div>"
        + "</body></html>\n"
    )
    return text, page


# Apple Mail (macOS) and iPhone Mail: blockquote type="cite".
def apple(name: str, body: str, attr: str, iphone: bool = False,
          sig: str = "Sent from my iPhone") -> tuple[str, str]:  # fmt: skip
    otext, ohtml = ours(name)
    if iphone:
        text = f"{body}\n\n{sig}\n\n> {attr}\n> \n{q(otext)}\n"
        lines = "".join(
            f'<div dir="ltr">{esc(ln) if ln.strip() else "<br>"}</div>' for ln in body.split("\n")
        )
        page = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{lines}<div dir="ltr"><br></div><div dir="ltr">{esc(sig)}</div>'
            f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{ohtml}</div></blockquote></body></html>\n'
        )
        return text, page
    text = f"{body}\n\n> {attr}\n> \n{q(otext)}\n"
    lines = "".join(
        f"<div>{esc(ln) if ln.strip() else '<br>'}</div>" for ln in body.split("\n")
    )
    page = (
        '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
        'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
        f'line-break: after-white-space;">{lines}<div><br><blockquote type="cite"><div>{esc(attr)}'
        f'</div><br class="Apple-interchange-newline"><div>{ohtml}</div></blockquote></div><br>'
        "</body></html>\n"
    )
    return text, page


# Yahoo Mail web.
def yahoo(name: str, body: str, attr: str) -> tuple[str, str]:
    otext, ohtml = ours(name)
    text = f"{body}\n\n\n    {attr}  \n \n {otext}\n"
    lines = "".join(
        f'<div dir="ltr" data-setdir="false">{esc(ln) if ln.strip() else "<br>"}</div>'
        for ln in body.split("\n")
    )
    page = (
        '<html><head></head><body><div class="ydp7c1e2a5cyahoo-style-wrap" style="font-family:'
        'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + lines
        + '<div><br></div></div><div id="ydp4b3b3f0eyahoo_quoted_8812930215" '
        'class="ydp4b3b3f0eyahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, '
        'Arial, sans-serif;font-size:13px;color:#26282a;"><div>' + esc(attr)
        + '</div><div><br></div><div><br></div><div><div id="ydp4b3b3f0eyiv3381972055">'
        + ohtml + "</div></div></div></div></body></html>\n"
    )
    return text, page


# ----------------------------------------------------------------------------- attachments
def cv_pdf(name: str, lines: list[str]) -> bytes:
    items = "".join(f"<li>{esc(x)}</li>" for x in lines)
    return pdf_bytes(
        f"<html><body style='font-family:Arial'><h1>{esc(name)}</h1><h2>Curriculum Vitae</h2>"
        f"<h3>Experience</h3><ul>{items}</ul><h3>Education</h3><ul><li>BSc, 2014</li></ul>"
        "<h3>Skills</h3><p>Python, SQL, PyTorch, Linux</p></body></html>"
    )


# ============================================================================= the cohort
# ------------------------------------------------------------------------------------ c01
# Gmail web, top-posted, "1." numbered answers, signature with LinkedIn.
A = {
    "background": "I have been a backend engineer for 7 years, the last 4 at a payments company "
    "(Kotlin and Go, high-volume transaction processing, fraud rules engine). Before that 3 years "
    "of Python/Django at an agency.",
    "math": "Reasonably comfortable. I did linear algebra and multivariable calculus at university "
    "and use probability at work for fraud scoring, but I would need to brush up on measure-"
    "theoretic probability and matrix calculus.",
    "study_plan": "Weeks 1-4: David Silver's RL course plus Sutton & Barto chapters 1-6. Weeks "
    "5-8: Spinning Up in Deep RL, implement DQN, PPO and SAC from scratch. Weeks 9-12: reproduce "
    "one paper (probably a small-scale version of \"Implementation Matters in Deep Policy "
    "Gradients\") and write it up.",
    "commitment": "Around 30 hours per week. I could start on April 1st.",
    "referral": "A friend shared the link on a Slack community for ex-fintech engineers. I don't "
    "know anyone involved.",
    "afterwards": "Ideally a research engineer role at an AI safety lab.",
}
body = "Hi,\n\nThanks for getting back to me! Here are my answers:\n\n" + "\n\n".join(
    f"{i}. {A[k]}" for i, k in enumerate(IDS, 1)
) + "\n\nBest,\nDaniel"
sig_t = "Daniel Okafor\nSenior Backend Engineer\nlinkedin.com/in/daniel-okafor-example"
sig_h = gmail_sig(["Daniel Okafor", "Senior Backend Engineer",
                   '<a href="https://linkedin.com/in/daniel-okafor-example">linkedin.com/in/daniel-okafor-example</a>'])
t, h = gmail("Daniel", body, GM_EN_US, sig_t, sig_h)
case("c01_gmail_numbered.eml", sender="Daniel Okafor <daniel.okafor@gmail.example>",
     client="Gmail web", style="top-posted, '1.' numbered answers, signature", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c02
# Gmail web: each question pasted (bold in HTML) with the answer under it.
A = {
    "background": "PhD in computational chemistry (2015-2020), then 4 years as a data scientist "
    "in pharma, building property-prediction models and running A/B style analyses for lab "
    "automation.",
    "math": "Very comfortable with calculus and linear algebra from my PhD (lots of quantum "
    "chemistry). Probability is fine for the basics; I am weaker on stochastic processes and "
    "would revisit Markov chains before starting.",
    "study_plan": "First month: Sutton & Barto and the Berkeley CS285 lectures. Second month: "
    "implement policy-gradient methods and run them on MuJoCo tasks. Third month: a small "
    "project on RL for molecule design, reproducing the GFlowNet paper results on a toy task.",
    "commitment": "Full time, 40 hours a week, from May 2026 once my notice period ends.",
    "referral": "I saw it mentioned in a newsletter (Import AI I think). I don't know anyone "
    "involved.",
    "afterwards": "Apply for research scientist positions, or possibly a postdoc in ML for "
    "science.",
}
parts = [f"{qtext(i)}\n{A[k]}" for i, k in enumerate(IDS, 1)]
body = "Hello,\n\nPlease see my answers below.\n\n" + "\n\n".join(parts) + "\n\nKind regards,\nMei Lin"
bh = '<div dir="ltr"><div>Hello,</div><div><br></div><div>Please see my answers below.</div><div><br></div>'
for i, k in enumerate(IDS, 1):
    bh += f"<div><b>{esc(qtext(i))}</b></div><div>{esc(A[k])}</div><div><br></div>"
bh += "<div>Kind regards,</div><div>Mei Lin</div></div>"
t, h = gmail("Mei", body, GM_EN_GB, body_html=bh)
case("c02_gmail_pasted_questions.eml", sender="Mei Lin <mei.lin.chem@gmail.example>",
     client="Gmail web", style="questions pasted (bold) with the answer under each", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c03
# Gmail web: "Background:"-style labels, own wordings.
A = {
    "background": "8 years as a quant analyst at a mid-size asset manager, mostly time-series "
    "modelling in Python and R, plus some C++ for a pricing library.",
    "math": "Strong. Stochastic calculus is my day job; vector calculus is rusty but not far off.",
    "study_plan": "Sutton & Barto cover to cover in the first 6 weeks with exercises, then "
    "6 weeks implementing and benchmarking PPO variants on Procgen.",
    "commitment": "20 hrs/week to begin with, going up to 35 from June. Start date: mid-April.",
    "referral": "My former colleague Priya Raman (she was a grantee last year).",
    "afterwards": "Move into RL research for trading or, if it goes well, alignment research.",
}
labels = ["Background", "Math", "Study plan", "Time", "Referral", "After the grant"]
body = "Hi there,\n\n" + "\n\n".join(f"{lab}: {A[k]}" for lab, k in zip(labels, IDS)) + \
    "\n\nThanks,\nTomasz"
t, h = gmail("Tomasz", body, GM_EN_GB)
case("c03_gmail_labels.eml", sender="Tomasz Wierzbicki <t.wierzbicki@gmail.example>",
     client="Gmail web", style="'Background:'-style labels, some in own words", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c04
# Gmail web: one prose paragraph per question, in order, no numbers or labels.
A = {
    "background": "I'm currently a data analyst at a logistics company, about 5 years in, mostly "
    "SQL and Python dashboards, with some forecasting work. Before that I studied economics.",
    "math": "Honestly my math is the weak spot. I'm fine with probability from econometrics but "
    "I haven't touched vector calculus since my first year, so I would spend the first weeks on "
    "that.",
    "study_plan": "I'd start with a math refresher (3Blue1Brown plus the Mathematics for ML "
    "book), then follow the Hugging Face Deep RL course and finish by reproducing a DQN Atari "
    "result on a small budget.",
    "commitment": "I can do about 25 hours a week and could start right away.",
    "referral": "I found the program through a post on LinkedIn.",
    "afterwards": "After the grant I hope to move into an ML engineering job and keep doing "
    "research on the side.",
}
body = "Hi,\n\nThanks for the questions!\n\n" + "\n\n".join(A[k] for k in IDS) + \
    "\n\nBest regards,\nLaura Mendes"
t, h = gmail("Laura", body, GM_EN_US)
case("c04_gmail_prose_paragraphs.eml", sender="Laura Mendes <laura.mendes88@gmail.example>",
     client="Gmail web", style="one prose paragraph per question, in order, no markers",
     answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c05
# Gmail web: numbered answers with several paragraphs and a week-by-week list in one of them.
A = {
    "background": "I've been a software engineer for 11 years. Most of that was distributed "
    "systems at two cloud companies (storage replication, then a scheduler for batch jobs).\n\n"
    "For the last two years I've led a team of six building the ML training platform, so I know "
    "the infrastructure side of deep learning well but haven't done research myself.",
    "math": "Comfortable with linear algebra and probability. Vector calculus: I can follow "
    "derivations but would be slow doing them myself.",
    "study_plan": "Roughly:\n- Weeks 1-2: Sutton & Barto ch. 1-6, tabular methods in numpy\n"
    "- Weeks 3-5: DQN and its variants, replicate on Atari with a small compute budget\n"
    "- Weeks 6-8: policy gradients, PPO, SAC (Spinning Up)\n"
    "- Weeks 9-12: a research project on reward model overoptimisation with a written report\n\n"
    "I'd post weekly progress notes on a blog.",
    "commitment": "40 hours/week. I'm taking a sabbatical from June 1, so that would be my start "
    "date.",
    "referral": "Heard about it on the 80,000 Hours job board. I know Sam Adeyemi from the "
    "advisory board slightly; we worked together years ago.",
    "afterwards": "A research engineer position on an alignment team.\n\nIf that doesn't work "
    "out, I'd go back to ML infra but at a lab doing safety work.",
}
body = "Hello,\n\nAnswers below, sorry some are long.\n\n" + "\n\n".join(
    f"{i}. {A[k]}" for i, k in enumerate(IDS, 1)
) + "\n\nCheers,\nRavi"
t, h = gmail("Ravi", body, GM_EN_US,
             "Ravi Shankar | ravi.shankar.dev | +1 415 555 0142",
             gmail_sig(["Ravi Shankar | ravi.shankar.dev | +1 415 555 0142"]))
case("c05_gmail_numbered_multiparagraph.eml", sender="Ravi Shankar <ravi.s.dev@gmail.example>",
     client="Gmail web", style="numbered, multi-paragraph answers, dash list in the plan",
     answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c06
# Gmail web: "see my answers in blue below", typed inline inside the quoted original.
A = {
    "background": "Embedded C developer for 6 years (automotive, ECU firmware), then 2 years of "
    "computer vision at a drone startup.",
    "math": "Good on linear algebra and probability, calculus ok. Need to refresh information "
    "theory.",
    "study_plan": "Spinning Up + CS285, then a project on sim-to-real for small drones.",
    "commitment": "30h a week, starting in April.",
    "afterwards": "PhD in robot learning.",
}
otext, ohtml = ours("Jonas")
blue = '<div><font color="#0b5394">{}</font></div>'
qh = ohtml
tq = otext
for i, k in enumerate(IDS, 1):
    if k not in A:
        continue
    # insert the answer after the question's <p> in the quoted HTML, and after its lines in text
    marker = f"<p><strong>{i}. "
    start = qh.index(marker)
    end = qh.index("</p>", start) + 4
    # Enter inside a Gmail quote splits the blockquote: the typed line is outside it
    qh = qh[:end] + "</blockquote>" + blue.format(esc(A[k])) + GMAIL_BQ + qh[end:]
    tstart = tq.index(f"\n{i}. ")
    tend = tq.find("\n\n", tstart + 1)
    tq = tq[:tend] + f"\n{A[k]}" + tq[tend:]
tparts = []
for ln in tq.split("\n"):
    tparts.append(ln)
# text part: Gmail quotes original lines with "> " and leaves the typed lines unquoted
qt_lines = []
answer_lines = {A[k] for k in A}
for ln in tq.split("\n"):
    qt_lines.append(ln if ln in answer_lines else (("> " + ln).rstrip() if ln.strip() else ">"))
t = ("Hi, see my answers in blue below.\n\nJonas\n\n" + GM_EN_GB + "\n\n" + "\n".join(qt_lines) + "\n")
h = (gdivs("Hi, see my answers in blue below.\n\nJonas") + '<br><div class="gmail_quote gmail_quote_container">'
     f'<div dir="ltr" class="gmail_attr">On Mon, 9 Mar 2026 at 10:02, {PROG_HTML} wrote:<br></div>'
     f"{GMAIL_BQ}{qh}</blockquote></div>\n")  # fmt: skip
case("c06_gmail_inline_blue.eml", sender="Jonas Berg <jonas.berg.dev@gmail.example>",
     client="Gmail web", style="inline answers in blue typed into the quote (Gmail splits the blockquote); question 5 skipped",
     answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c07
# Gmail web: partial reply, answers 1-3 and 5, the rest "later".
A = {
    "background": "Frontend developer (React/TypeScript) for 5 years, before that a master's in "
    "physics.",
    "math": "The physics degree helps: vector calculus is fine. Probability I'd want to review.",
    "study_plan": "I'm still working this one out, but roughly: fast.ai part 2, then CS285, then "
    "a small replication project.",
    "referral": "Through the EA forum.",
}
body = ("Hi,\n\nQuick partial reply, I'll answer 4 and 6 later this week once I've talked to my "
        "manager about hours.\n\n1. " + A["background"] + "\n2. " + A["math"] + "\n3. "
        + A["study_plan"] + "\n5. " + A["referral"] + "\n\nThanks,\nAnnika")
t, h = gmail("Annika", body, GM_EN_GB)
case("c07_gmail_partial.eml", sender="Annika Schulz <annika.schulz.fe@gmail.example>",
     client="Gmail web", style="partial: answers 1-3 and 5, promises 4 and 6 later", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c08
# Gmail web: "1)" answers, non-native (Spanish speaker) English, CV attached again.
A = {
    "background": "I am working like software engineer since 2017 in Buenos Aires, first in a "
    "bank (Java, COBOL migration) and now in an e-commerce company doing recommendation "
    "systems with Python and Spark.",
    "math": "I studied Ingeniería en Sistemas so I had calculus and probability in the "
    "university, but it was some years ago. I think I need to review the vector calculus part.",
    "study_plan": "I will follow the course of Sergey Levine (CS285) and the book of Sutton and "
    "Barto, and in the last month I want to make a project of RL for recommendations, that is "
    "close to my work.",
    "commitment": "I can dedicate 25 hours for week. I can start the 15 of April.",
    "referral": "A colleague told me. I don't know nobody in the program.",
    "afterwards": "I would like to work in research, maybe in a lab in Europe or continue with a "
    "master in ML.",
}
body = ("Hello,\n\nThank you for the answer. I attach again my CV because I updated it with my "
        "last job.\n\n" + "\n".join(f"{i}) {A[k]}" for i, k in enumerate(IDS, 1))
        + "\n\nBest regards\nMartín Gutiérrez")
t, h = gmail("Martín", body, GM_EN_US)
cv = cv_pdf("Martín Gutiérrez", ["Software Engineer, ShopSur (2021-)", "Developer, Banco Austral (2017-2021)"])
case("c08_gmail_paren_numbers_cv_again.eml", sender="Martín Gutiérrez <martin.gutierrez.ar@gmail.example>",
     client="Gmail web", style="'1)' answers, non-native English, CV attached again", answers=A,
     text=t, html_body=h, files=[("CV_Martin_Gutierrez_2026.pdf", "application/pdf", cv)])

# ------------------------------------------------------------------------------------ c09
# Gmail Android: short "Q1:" answers.
A = {
    "background": "Data engineer 4 yrs, Airflow/dbt/Snowflake",
    "math": "Ok with probability, calculus needs work",
    "study_plan": "HF deep RL course then CS285 then a small project",
    "commitment": "15-20 hrs a week, can start next month",
    "referral": "Twitter",
    "afterwards": "ML engineer role",
}
body = "\n".join(f"Q{i}: {A[k]}" for i, k in enumerate(IDS, 1)) + "\n\nThanks\nKwame"
t, h = gmail("Kwame", body, GM_ANDROID, dir_="auto")
case("c09_gmail_android_q_numbers.eml", sender="Kwame Mensah <kwame.mensah.gh@gmail.example>",
     client="Gmail Android", style="short 'Q1:' answers, no greeting", answers=A, text=t,
     html_body=h)

# ------------------------------------------------------------------------------------ c10
# Gmail Android in German: German labels, German attribution.
A = {
    "background": "Ich arbeite seit 9 Jahren als Softwareentwicklerin, zuletzt als Tech Lead "
    "für ein Versicherungsportal (Java, Spring, Kubernetes). Studiert habe ich "
    "Wirtschaftsinformatik.",
    "math": "Wahrscheinlichkeitsrechnung geht gut, Vektoranalysis müsste ich wiederholen.",
    "study_plan": "Erst Sutton & Barto und die Vorlesung von David Silver, dann die "
    "Algorithmen selbst implementieren und am Ende ein Paper reproduzieren.",
    "commitment": "Ca. 20 Stunden pro Woche, Beginn ab 1. Mai.",
    "referral": "Über eine Kollegin, die mir den Link geschickt hat.",
    "afterwards": "Ich möchte in die angewandte ML-Forschung wechseln.",
}
labels = ["Hintergrund", "Mathe", "Lernplan", "Zeit", "Empfehlung", "Danach"]
body = ("Hallo,\n\nanbei meine Antworten (auf Deutsch, ich hoffe das ist ok):\n\n"
        + "\n\n".join(f"{lab}: {A[k]}" for lab, k in zip(labels, IDS))
        + "\n\nViele Grüße\nKatharina Vogel")
t, h = gmail("Katharina", body,
             "Am Mo., 9. März 2026 um 10:02 Uhr schrieb Grants Team <grants@grantbox.example>:",
             dir_="auto")
case("c10_gmail_android_german_labels.eml", sender="Katharina Vogel <k.vogel@gmail.example>",
     client="Gmail Android (de)", style="German reply with German labels", answers=A, text=t,
     html_body=h)

# ------------------------------------------------------------------------------------ c11
# Gmail iOS, Indian English, "1." answers.
A = {
    "background": "I am having 6 years of experience as a software engineer in Bangalore, "
    "currently working as Senior Software Engineer in a SaaS company on the search and ranking "
    "team (Java, Elasticsearch, some learning-to-rank models).",
    "math": "I am comfortable with probability and statistics. Vector calculus I have studied "
    "in B.Tech but need revision.",
    "study_plan": "Month 1 - Sutton and Barto basics and NPTEL RL course. Month 2 - deep RL "
    "algorithms implementation (DQN, A2C, PPO). Month 3 - one project applying RL to ranking.",
    "commitment": "30 hours per week. I can start from 1st April itself.",
    "referral": "I came to know through a friend who is in the AI safety reading group in "
    "Bangalore. I don't know anybody in the program.",
    "afterwards": "I wish to do research in RL and later do PhD.",
}
body = ("Dear Sir/Madam,\n\nPlease find the answers below.\n\n"
        + "\n\n".join(f"{i}. {A[k]}" for i, k in enumerate(IDS, 1))
        + "\n\nThanks and regards,\nPrakash Iyer")
t, h = gmail("Prakash", body, GM_EN_GB, dir_="auto")
case("c11_gmail_ios_indian_english.eml", sender="Prakash Iyer <prakash.iyer.blr@gmail.example>",
     client="Gmail iOS", style="'1.' answers, Indian English, formal greeting", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c12
# Outlook desktop (Word HTML), numbered answers, signature with title and phone.
A = {
    "background": "Actuary by training (FIA), 10 years in general insurance pricing. The last "
    "3 years I have moved towards ML, building gradient-boosting pricing models in Python.",
    "math": "Very comfortable with probability. Vector calculus less so but I am confident I can "
    "pick it up quickly.",
    "study_plan": "Sutton & Barto alongside the DeepMind/UCL lecture series for the first "
    "6 weeks, then implement and compare a few algorithms on classic control and Atari, "
    "finishing with a short write-up.",
    "commitment": "15 hours per week alongside my job, rising to full time if I decide to take "
    "unpaid leave. Earliest start would be 20 April.",
    "referral": "My nephew forwarded the link to me.",
    "afterwards": "I would like to move into a research role at an insurer or a lab working on "
    "decision-making under uncertainty.",
}
tb = ("Hello,\n\nThank you for your email. My answers are below.\n\n"
      + "\n\n".join(f"{i}. {A[k]}" for i, k in enumerate(IDS, 1))
      + "\n\nKind regards,\n\nGraham Whitfield\nSenior Pricing Actuary\nT: +44 20 7946 0321 | M: +44 7700 900461")
bh = mso(tb)
t, h = outlook_desktop("Graham", "Graham Whitfield <graham.whitfield@northgate-ins.example>", bh, tb)
case("c12_outlook_desktop_numbered.eml", sender="Graham Whitfield <graham.whitfield@northgate-ins.example>",
     client="Outlook desktop (Word HTML)", style="numbered answers, title/phone signature",
     answers=A, text=t, html_body=h, x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------------------------ c13
# Corporate Exchange: bold labels, "Classification" banner, legal footer appended at the bottom.
A = {
    "background": "Software engineer at a large bank for 12 years: trading systems in C++ and "
    "Java, latterly the risk engine (Monte Carlo simulation on a compute grid).",
    "math": "Comfortable. I use stochastic processes and numerical methods daily.",
    "study_plan": "Three blocks of four weeks: foundations (Sutton & Barto), deep RL algorithms "
    "(CS285 assignments), and a reproduction of a model-based RL paper such as MuZero on a small "
    "board game.",
    "commitment": "I am leaving the bank at the end of March, so full time (40+ hours) from "
    "1 April.",
    "referral": "I read about it on a forum. No contacts in the program.",
    "afterwards": "Research engineering at an AI lab, or an independent research project if I "
    "can get further funding.",
}
labels = ["Background", "Math", "Study plan", "Time commitment", "How you heard of us", "Afterwards"]
tb = ("Classification: Internal\n\nHi,\n\nPlease see below.\n\n"
      + "\n\n".join(f"{lab}: {A[k]}" for lab, k in zip(labels, IDS))
      + "\n\nRegards,\nStefan\n\nStefan Kowalczyk\nVice President | Market Risk Technology\n"
      "Meridian Bank plc | 1 Example Square, London E14 5XX")
bh = mso("Classification: Internal\n\nHi,\n\nPlease see below.\n") + "\n" + "\n".join(
    f"<p class=MsoNormal><b>{lab}:</b> {esc(A[k])}<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    for lab, k in zip(labels, IDS)
) + "\n" + mso("Regards,\nStefan\n\nStefan Kowalczyk\nVice President | Market Risk Technology\n"
               "Meridian Bank plc | 1 Example Square, London E14 5XX")
t, h = outlook_desktop("Stefan", "Kowalczyk, Stefan <stefan.kowalczyk@meridianbank.example>", bh, tb)
legal = ("This e-mail and any attachments are confidential and may be privileged. If you are not "
         "the intended recipient, please notify the sender immediately and delete it. Meridian "
         "Bank plc is authorised by the Prudential Regulation Authority. Registered in England "
         "No. 0000000.")
t = t + "\n" + legal + "\n"
h = h.replace("</body></html>", f"<p style='font-size:8pt;color:#808080'>{esc(legal)}</p></body></html>")
case("c13_exchange_bold_labels_legal_footer.eml",
     sender="\"Kowalczyk, Stefan\" <stefan.kowalczyk@meridianbank.example>",
     client="Outlook desktop on corporate Exchange", style="bold labels, classification banner, "
     "legal footer appended after the quote", answers=A, text=t, html_body=h,
     x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------------------------ c14
# Outlook desktop: "My answers are in blue below" typed under each question of the unindented
# original (Word HTML); question 5 left blank; text part as Outlook flattens it.
A = {
    "background": "Mechanical engineer turned data scientist: 4 years CFD simulation, then 5 "
    "years of predictive maintenance models for wind turbines.",
    "math": "Vector calculus is second nature from CFD. Probability: solid on the basics, "
    "rusty on the more advanced material.",
    "study_plan": "Follow CS285 with all homework, then apply offline RL to turbine control "
    "logs as a project.",
    "commitment": "About 20 hours per week, from the start of May.",
    "afterwards": "Research on RL for energy systems, possibly in a PhD.",
}
otext, ohtml = ours("Ingrid")
BLUE = "<p class=MsoNormal><span style='color:#0070C0'>{}<o:p></o:p></span></p>"
qh = word_quote_html(ohtml)
tq = otext
for i, k in enumerate(IDS, 1):
    if k not in A:
        continue
    start = qh.index(f"<strong>{i}. ")
    end = qh.index("</p>", start) + 4
    qh = qh[:end] + BLUE.format(esc(A[k])) + qh[end:]
    tstart = tq.index(f"\n{i}. ")
    tend = tq.find("\n\n", tstart + 1)
    tq = tq[:tend] + f"\n{A[k]}" + tq[tend:]
tb = "Hi,\n\nMy answers are in blue below.\n\nBest,\nIngrid"
hdr = outlook_hdr_text().format(to="Ingrid Solberg <ingrid.solberg@vindkraft-analytics.example>")
t = f"{tb}\n\n{hdr}\n\n{tq}\n"
h = (WORD_HEAD + mso(tb) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div>"
     "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>"
     "<p class=MsoNormal><b>From:</b> Grants Team &lt;grants@grantbox.example&gt; <br>"
     "<b>Sent:</b> Monday, March 9, 2026 10:02 AM<br><b>To:</b> Ingrid Solberg "
     "&lt;ingrid.solberg@vindkraft-analytics.example&gt;<br><b>Subject:</b> Re: Application"
     "<o:p></o:p></p></div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + qh
     + "</div></body></html>\n")  # fmt: skip
case("c14_outlook_desktop_inline_blue.eml",
     sender="Ingrid Solberg <ingrid.solberg@vindkraft-analytics.example>",
     client="Outlook desktop (Word HTML)", style="answers in blue under each question of the "
     "unindented original; question 5 left blank", answers=A, text=t, html_body=h,
     x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------------------------ c15
# New Outlook / outlook.com: labels in the applicant's own wording.
A = {
    "background": "I'm a second-year PhD dropout (theoretical neuroscience) who has spent the "
    "last 3 years as a machine learning engineer at a health-tech startup, mostly NLP on "
    "clinical notes.",
    "math": "Comfortable with both; my PhD work was heavy on stochastic differential equations.",
    "study_plan": "Reproduce three classic deep RL papers in order of difficulty (DQN, A3C, "
    "PPO), one per month, each with a blog post.",
    "commitment": "35 hours a week; I could start on 4 May.",
    "referral": "A friend from my old lab, Joanna Fischer, mentioned it. She isn't involved "
    "herself.",
    "afterwards": "Go back to research, either a PhD in RL or a research scientist job.",
}
labels = ["My background", "Maths", "Plan", "Availability", "Where I heard about it",
          "After the grant"]
body = ("Hi Grants Team,\n\n" + "\n\n".join(f"{lab}: {A[k]}" for lab, k in zip(labels, IDS))
        + "\n\nAll the best,\nElena")
t, h = owa("Elena", "Elena Rossi <elena.rossi@outlook.example>", body)
case("c15_new_outlook_own_labels.eml", sender="Elena Rossi <elena.rossi@outlook.example>",
     client="new Outlook / outlook.com", style="labels in own wording ('My background:', "
     "'Availability:')", answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c16
# Outlook on the web (university Office 365), reply to the "we still need" email (2 and 6).
A = {
    "math": "Sorry for missing this one. I am a postdoc in statistics, so probability is my "
    "strongest area; vector calculus I use less but it is fine.",
    "afterwards": "I would like to apply what I learn to my own research on sequential "
    "experimental design, and eventually move to an industry research lab.",
}
body = ("Hello,\n\nApologies, here are the two missing answers:\n\n2. " + A["math"] + "\n\n6. "
        + A["afterwards"] + "\n\nBest wishes,\nAmara\n\nDr Amara Nwosu\nPostdoctoral Research "
        "Associate, Department of Statistics\nUniversity of Eastmoor")
t, h = owa("Amara", "Nwosu, Amara <a.nwosu@eastmoor.ac.example>", body,
           sent="Wednesday, March 11, 2026 9:15 AM", template="missing_answers",
           ids=["math", "afterwards"])
case("c16_owa_university_missing_reply.eml", sender="\"Nwosu, Amara\" <a.nwosu@eastmoor.ac.example>",
     client="Outlook on the web (university O365)", style="reply to the 'we still need' email, "
     "numbered by the original numbers 2 and 6", answers=A, text=t, html_body=h,
     asked=["math", "afterwards"])

# ------------------------------------------------------------------------------------ c17
# Outlook for Mac: "please find my answers attached" (.docx), updated CV attached too.
A = {
    "background": "I work as a research software engineer at a climate modelling institute "
    "(Fortran and Python, 6 years), maintaining the ocean model and its data pipeline.",
    "math": "Comfortable: PDEs and numerical analysis are my daily work. Probability I would "
    "refresh, especially Bayesian inference.",
    "study_plan": "Weeks 1-3: Sutton & Barto foundations. Weeks 4-8: CS285 lectures and "
    "homework. Weeks 9-12: RL for controlling a simplified climate model, reproducing a recent "
    "workshop paper.",
    "commitment": "25 hours per week, from 1 June 2026.",
    "referral": "Through the Climate Change AI newsletter.",
    "afterwards": "A research role combining RL and climate science.",
}
paras: list[tuple[str, bool]] = [("Answers to the follow-up questions - Aditi Mehta", True)]
for i, k in enumerate(IDS, 1):
    paras += [(f"{i}. {qtext(i)}", True), (A[k], False)]
docx_data = docx_bytes(paras)
cv = cv_pdf("Aditi Mehta", ["Research Software Engineer, Institute for Ocean Modelling (2020-)",
                            "Software Developer, GeoData Ltd (2017-2020)"])
otext, ohtml = ours("Aditi")
tb = ("Hi,\n\nPlease find my answers attached, along with an updated CV.\n\nBest regards,\n"
      "Aditi")
t = (f"{tb}\n\nFrom: Grants Team <grants@grantbox.example>\nDate: Monday, 9 March 2026 at 10:02\n"
     "To: Aditi Mehta <aditi.mehta@oceanmodel.example>\nSubject: Re: Application\n\n" + otext + "\n")
h = (WORD_HEAD.replace("Microsoft Word 15", "Microsoft Word 15").replace('lang=EN-US', 'lang=EN-GB')
     + mso(tb) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
     "<div style='border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
     "<p class=MsoNormal style='margin-bottom:12.0pt'><b><span style='font-size:12.0pt;color:black'>"
     "From: </span></b><span style='font-size:12.0pt;color:black'>Grants Team &lt;grants@grantbox.example&gt;"
     "<br><b>Date: </b>Monday, 9 March 2026 at 10:02<br><b>To: </b>Aditi Mehta &lt;aditi.mehta@oceanmodel.example&gt;"
     "<br><b>Subject: </b>Re: Application<o:p></o:p></span></p></div>" + word_quote_html(ohtml)
     + "</div></body></html>\n")  # fmt: skip
case("c17_outlook_mac_answers_docx_and_cv.eml", sender="Aditi Mehta <aditi.mehta@oceanmodel.example>",
     client="Outlook for Mac", style="answers in an attached .docx beside an updated CV",
     answers=A, text=t, html_body=h, answers_file="Aditi_Mehta_answers.docx",
     files=[("Aditi_Mehta_answers.docx",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_data),
            ("Aditi_Mehta_CV.pdf", "application/pdf", cv)],
     x_mailer="Microsoft Outlook 16.95")

# ------------------------------------------------------------------------------------ c18
# Outlook iOS: short numbered answers, "Get Outlook for iOS".
A = {
    "background": "BI developer, 7 years (SQL Server, Power BI, some Python)",
    "math": "Probably my weakest area, would need a refresher on both",
    "study_plan": "Math refresher first 3 weeks, then the Hugging Face RL course, then a "
    "project",
    "commitment": "20h/week, from April",
    "afterwards": "Data scientist / ML role",
}
body = ("Hi, answers below\n\n1. " + A["background"] + "\n2. " + A["math"] + "\n3. "
        + A["study_plan"] + "\n4. " + A["commitment"] + "\n6. " + A["afterwards"] + "\n\nThanks\nChris")
t, h = owa("Chris", "Chris Duval <chris.duval@hotmail.example>", body,
           sent="Monday, March 9, 2026 6:41:12 PM", mobile="Get Outlook for iOS")
case("c18_outlook_ios_short_numbered.eml", sender="Chris Duval <chris.duval@hotmail.example>",
     client="Outlook for iOS", style="short numbered answers, 5 skipped, mobile signature",
     answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c19
# Apple Mail (macOS): "Q1:"-style with question words repeated briefly, bottom signature.
A = {
    "background": "Physicist (PhD in condensed matter), then 5 years as a quant developer "
    "building pricing models in Python and C++.",
    "math": "Very comfortable with both.",
    "study_plan": "I'd spend the first half on theory (Sutton & Barto, Agarwal et al.'s RL "
    "theory notes) and the second half reproducing \"Deep RL that Matters\" on a smaller "
    "scale.",
    "commitment": "Full time from mid-April.",
    "referral": "A former colleague, Owen Hartley, is a mentor in the program.",
    "afterwards": "Theory-leaning RL research, ideally at a university group.",
}
body = ("Dear Grants Team,\n\nThank you. Here are my answers:\n\n"
        + "\n\n".join(f"Q{i}. {A[k]}" for i, k in enumerate(IDS, 1))
        + "\n\nBest wishes,\nLucas\n\n--\nDr. Lucas Ferreira\nhttps://lucasferreira.example")
t, h = apple("Lucas", body, "On 9 Mar 2026, at 10:02, Grants Team <grants@grantbox.example> wrote:")
case("c19_apple_mail_q_dot_numbers.eml", sender="Lucas Ferreira <lucas@ferreira-home.example>",
     client="Apple Mail (macOS)", style="'Q1.' answers, '--' signature with link", answers=A,
     text=t, html_body=h, x_mailer="Apple Mail (2.3826.400.131.1.6)")

# ------------------------------------------------------------------------------------ c20
# Apple Mail: answers in an attached PDF, one line in the body.
A = {
    "background": "Site reliability engineer for 8 years (Linux, Kubernetes, observability), "
    "and before that a bachelor's in mathematics.",
    "math": "Good foundation from my maths degree, though unused for years. I'd review "
    "multivariable calculus and probability in the first two weeks.",
    "study_plan": "Week 1-2 math review. Week 3-6 Sutton & Barto and David Silver's lectures. "
    "Week 7-12 deep RL with Spinning Up, ending with a reproduction of PPO on Procgen.",
    "commitment": "30 hours per week. I can start on 13 April.",
    "referral": "A podcast episode (The Gradient).",
    "afterwards": "Join an AI lab's research engineering team.",
}
page = ("<html><body style='font-family:Helvetica;font-size:12pt'><h2>Grant follow-up answers "
        "&ndash; Noor Haddad</h2>" + "".join(
            f"<p><b>{i}. {esc(qtext(i))}</b></p><p>{esc(A[k])}</p>" for i, k in enumerate(IDS, 1)
        ) + "</body></html>")  # fmt: skip
pdf = pdf_bytes(page)
body = "Hello,\n\nMy answers are in the attached PDF.\n\nBest,\nNoor"
t, h = apple("Noor", body, "On Mar 9, 2026, at 10:02\u202fAM, Grants Team <grants@grantbox.example> wrote:")
case("c20_apple_mail_answers_pdf.eml", sender="Noor Haddad <noor.haddad@icloud.example>",
     client="Apple Mail (macOS)", style="answers in an attached PDF (printed from a page)",
     answers=A, text=t, html_body=h, answers_file="Noor_Haddad_answers.pdf",
     files=[("Noor_Haddad_answers.pdf", "application/pdf", pdf)],
     x_mailer="Apple Mail (2.3826.400.131.1.6)")

# ------------------------------------------------------------------------------------ c21
# iPhone Mail: "1)" short answers, "Sent from my iPhone".
A = {
    "background": "Full stack dev 6 yrs (Node, Postgres), currently at a fintech",
    "math": "Decent. Did a stats minor",
    "study_plan": "Spinning Up, then CS285, then try to reproduce a paper",
    "commitment": "25 hrs, start anytime after March 30",
    "referral": "Reddit r/reinforcementlearning",
    "afterwards": "Research engineer",
}
body = "\n".join(f"{i}) {A[k]}" for i, k in enumerate(IDS, 1)) + "\n\nSam"
t, h = apple("Sam", body, "On 9 Mar 2026, at 10:02, Grants Team <grants@grantbox.example> wrote:",
             iphone=True)
case("c21_iphone_paren_short.eml", sender="Sam Whitaker <samwhitaker@icloud.example>",
     client="iPhone Mail", style="'1)' one-line answers, 'Sent from my iPhone'", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c22
# iPhone Mail in French: numbered answers, French attribution.
A = {
    "background": "Je suis ingénieure logiciel depuis 7 ans, d'abord dans le jeu vidéo (C++, "
    "moteur physique) puis dans une start-up de robotique où je développe le logiciel de "
    "navigation.",
    "math": "À l'aise avec le calcul vectoriel grâce au moteur physique. Les probabilités, "
    "un peu moins, je devrais revoir les bases.",
    "study_plan": "Le cours de David Silver et le livre de Sutton & Barto le premier mois, puis "
    "CS285, et un projet de navigation robotique avec PPO pour finir.",
    "commitment": "20 heures par semaine, à partir du 1er mai.",
    "referral": "Un ami m'a envoyé l'annonce. Je ne connais personne dans le programme.",
    "afterwards": "Devenir chercheuse en apprentissage par renforcement pour la robotique.",
}
body = ("Bonjour,\n\nVoici mes réponses (en français, j'espère que ce n'est pas un problème) :\n\n"
        + "\n\n".join(f"{i}. {A[k]}" for i, k in enumerate(IDS, 1))
        + "\n\nCordialement,\nCamille Laurent")
t, h = apple("Camille", body, "Le 9 mars 2026 à 10:02, Grants Team <grants@grantbox.example> a écrit :",
             iphone=True, sig="Envoyé de mon iPhone")
case("c22_iphone_french_numbered.eml", sender="Camille Laurent <camille.laurent@free.example>",
     client="iPhone Mail (fr)", style="French reply, numbered, French attribution", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c23
# iPhone Mail: "Background -" dash labels written on the phone.
A = {
    "background": "Data scientist at a retail chain for 3 years, before that an MSc in "
    "operations research.",
    "math": "Fine with probability and optimisation, calculus ok.",
    "study_plan": "Sutton & Barto plus CS285, then a project on RL for inventory control since "
    "I know that domain.",
    "commitment": "20-25 hrs a week from April.",
    "referral": "Saw it on Twitter, don't know anyone.",
    "afterwards": "Move into a research team.",
}
labels = ["Background", "Math", "Study plan", "Hours", "How I heard", "After"]
body = ("Hi! Answers:\n\n" + "\n".join(f"{lab} - {A[k]}" for lab, k in zip(labels, IDS))
        + "\n\nThanks!\nYuki")
t, h = apple("Yuki", body, "On 9 Mar 2026, at 10:02, Grants Team <grants@grantbox.example> wrote:",
             iphone=True)
case("c23_iphone_dash_labels.eml", sender="Yuki Tanaka <yuki.tanaka.or@icloud.example>",
     client="iPhone Mail", style="'Background - ...' dash labels", answers=A, text=t,
     html_body=h)

# ------------------------------------------------------------------------------------ c24
# Yahoo Mail: numbered, older career changer, bottom "Sent from Yahoo Mail".
A = {
    "background": "I have 20 years in IT, mostly as a database administrator (Oracle) and the "
    "last five as a data architect for a utility company.",
    "math": "I have an engineering degree from many years ago. I would need to brush up on "
    "both, but I enjoy math and have been working through Khan Academy.",
    "study_plan": "Start with the math (Khan Academy, then Mathematics for Machine Learning), "
    "then the Hugging Face deep RL course, and in the last month build an RL agent for load "
    "balancing on a simulated power grid.",
    "commitment": "About 30 hours a week. I am semi-retired so I can start whenever you like.",
    "referral": "My daughter, who works in tech, sent it to me. I don't know anyone there.",
    "afterwards": "Contribute to open-source RL projects and perhaps consult for utilities.",
}
body = ("Hello,\n\n" + "\n\n".join(f"{i}. {A[k]}" for i, k in enumerate(IDS, 1))
        + "\n\nSincerely,\nRobert Hayes")
t, h = yahoo("Robert", body, "On Monday, March 9, 2026 at 10:02:11 AM EDT, Grants Team <grants@grantbox.example> wrote:")
case("c24_yahoo_numbered.eml", sender="Robert Hayes <bob.hayes1961@yahoo.example>",
     client="Yahoo Mail web", style="numbered answers, older career changer", answers=A, text=t,
     html_body=h)

# ------------------------------------------------------------------------------------ c25
# Yahoo Mail: pasted questions each followed by "Answer:".
A = {
    "background": "Civil engineer for 6 years (structural analysis, finite elements), "
    "teaching myself Python and ML for the last two years.",
    "math": "Calculus is strong from engineering. Probability is average.",
    "study_plan": "Andrew Ng's courses to fill gaps, then Sutton & Barto, then CS285. I want "
    "to finish with a project on RL for structural design optimisation.",
    "commitment": "40 hours, I can start 1 April.",
    "referral": "YouTube video about AI careers.",
    "afterwards": "Get a job as ML engineer.",
}
body = "Hi,\n\n" + "\n\n".join(
    f"{i}. {qtext(i)}\nAnswer: {A[k]}" for i, k in enumerate(IDS, 1)
) + "\n\nRegards\nAhmed Farouk"
t, h = yahoo("Ahmed", body, "On Monday, 9 March 2026 at 10:02:11 GMT+2, Grants Team <grants@grantbox.example> wrote:")
case("c25_yahoo_pasted_questions_answer_prefix.eml", sender="Ahmed Farouk <ahmed.farouk.eng@yahoo.example>",
     client="Yahoo Mail web", style="numbered questions pasted, 'Answer:' under each", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c26
# Proton Mail: numbered multi-paragraph answers, Proton footer and quote.
A = {
    "background": "Security engineer, 9 years: penetration testing, then building fuzzing "
    "infrastructure.\n\nI've used ML for vulnerability triage in the last two years.",
    "math": "Comfortable with probability (I read a lot of stats for fuzzing coverage "
    "estimation). Vector calculus: rusty, I'd review it.",
    "study_plan": "Sutton & Barto and Spinning Up for 6 weeks, then a project applying RL to "
    "guide a fuzzer, compared against a coverage-guided baseline.",
    "commitment": "30 hours a week from May.",
    "referral": "A friend in the local AI safety meetup.",
    "afterwards": "Security-focused AI research, e.g. evaluations of agents.",
}
body = "Hi,\n\n" + "\n\n".join(f"{i}. {A[k]}" for i, k in enumerate(IDS, 1)) + "\n\nRegards,\nV."
otext, ohtml = ours("Viktor")
attr = "On Monday, March 9th, 2026 at 10:02 AM, Grants Team <grants@grantbox.example> wrote:"
t = f"{body}\n\nSent with Proton Mail secure email.\n\n{attr}\n\n{q(otext)}\n"
divs = "".join(
    f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{esc(ln) if ln.strip() else "<br>"}</div>'
    for ln in body.split("\n")
)
h = (divs + '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
     '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
     '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" '
     'href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>'
     f'<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">'
     f'{esc(attr)}<br><br><blockquote class="protonmail_quote" type="cite">{ohtml}</blockquote><br></div>\n')
case("c26_proton_numbered_multiparagraph.eml", sender="Viktor <v.petrov@proton.example>",
     client="Proton Mail web", style="numbered, multi-paragraph answer, Proton footer", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c27
# Thunderbird plain text: interleaved answers under the quoted questions, "-- " signature.
A = {
    "background": "Linux kernel developer for 10 years (networking stack), and I maintain a "
    "couple of open-source packet processing libraries.",
    "math": "Linear algebra fine, probability fine, vector calculus needs a refresh.",
    "study_plan": "I'd go through CS285 with homework for the first 8 weeks and then spend "
    "4 weeks on RL for congestion control, reproducing Aurora (Jay et al. 2019).",
    "commitment": "20 hours per week, starting in April.",
    "afterwards": "Keep working on RL for networking, maybe as an independent researcher.",
}
otext, _ = ours("Piotr")
blocks = otext.split("\n\n")
out = ["Hi,", "", "answers inline.", "", "On 09/03/2026 10:02, Grants Team wrote:"]
for b in blocks:
    out.append(q(b))
    first = b.lstrip()
    for i, k in enumerate(IDS, 1):
        if first.startswith(f"{i}. ") and k in A:
            out += ["", wrap(A[k]), ""]
            break
    else:
        out.append(">")
out += ["", "Piotr", "", "-- ", "Piotr Nowak", "https://pnowak.example/"]
t = "\n".join(out) + "\n"
case("c27_thunderbird_interleaved_plain.eml", sender="Piotr Nowak <piotr@pnowak.example>",
     client="Thunderbird (plain text)", style="answers interleaved under the quoted questions, "
     "question 5 left quoted without answer", answers=A, text=t,
     x_mailer=None)

# ------------------------------------------------------------------------------------ c28
# Roundcube (university webmail), Spanish reply with Spanish labels.
A = {
    "background": "Soy profesora asistente de física computacional desde hace 5 años; antes "
    "trabajé 3 años como desarrolladora de software científico (C++, Python, MPI).",
    "math": "Me siento cómoda con el cálculo vectorial y la probabilidad; los uso en mis "
    "simulaciones.",
    "study_plan": "Primer mes: Sutton & Barto. Segundo mes: CS285 y la implementación de PPO y "
    "SAC. Tercer mes: un proyecto de control de plasma con RL en un simulador sencillo.",
    "commitment": "Unas 20 horas semanales durante el verano, a partir del 1 de junio.",
    "referral": "Me lo recomendó un antiguo alumno.",
    "afterwards": "Incorporar el aprendizaje por refuerzo a mi línea de investigación y "
    "dirigir tesis en ese tema.",
}
labels = ["Experiencia", "Matemáticas", "Plan de estudio", "Disponibilidad", "Referencia",
          "Objetivos"]
otext, ohtml = ours("Lucía")
body = ("Estimado equipo:\n\nLes envío mis respuestas:\n\n"
        + "\n\n".join(f"{lab}: {A[k]}" for lab, k in zip(labels, IDS))
        + "\n\nUn saludo,\nLucía Romero\n\n-- \nDra. Lucía Romero Álvarez\nDepartamento de Física, "
        "Universidad de Valdemora")
attr = "El 2026-03-09 10:02, Grants Team escribió:"
t = wrap(body) + f"\n\n{attr}\n{q(otext)}\n"
bhtml = "".join(f"<p>{esc(p).replace(chr(10), '<br />')}</p>" for p in body.split("\n\n")[:-1])
h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
     '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n' + bhtml
     + '<div id="signature">-- <br />Dra. Luc&iacute;a Romero &Aacute;lvarez<br />Departamento de '
     'F&iacute;sica, Universidad de Valdemora</div>\n<p><br /></p>\n<p id="reply-intro">'
     + esc(attr) + '</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px '
     'solid; margin: 0">\n<div class="pre" style="margin: 0; padding: 0; font-family: monospace">'
     + ohtml + "</div>\n</blockquote>\n</body></html>\n")
case("c28_roundcube_spanish_labels.eml", sender="Lucía Romero <lromero@fis.valdemora.example>",
     client="Roundcube (university webmail)", style="Spanish reply with Spanish labels",
     answers=A, text=t, html_body=h, x_mailer=None)

# ------------------------------------------------------------------------------------ c29
# Zimbra (research institute): numbered answers, Zimbra "From:" block over the quote.
A = {
    "background": "Staff scientist in bioinformatics (8 years): genome assembly pipelines, "
    "HPC workflows, and recently protein language models.",
    "math": "Good with probability (Bayesian statistics is central to my work). Vector "
    "calculus I'd call adequate.",
    "study_plan": "Sutton & Barto with exercises (weeks 1-5), CS285 deep RL lectures and "
    "assignments (weeks 6-9), then a small project on RL fine-tuning of a protein language "
    "model (weeks 10-12).",
    "commitment": "20 hours per week; my institute allows a research sabbatical from "
    "1 September, but I can begin part-time in May.",
    "referral": "Dr. Helen Marsh, who reviewed for you last year, suggested I apply.",
    "afterwards": "Lead an ML-for-biology group within my institute.",
}
otext, ohtml = ours("Hendrik")
body = ("Dear grants team,\n\nthank you, here are my answers:\n\n"
        + "\n\n".join(f"{i}. {A[k]}" for i, k in enumerate(IDS, 1))
        + "\n\nBest regards,\nHendrik de Vries\n\n--\nDr. Hendrik de Vries | Staff Scientist\n"
        "Institute for Genome Biology, Lowlands\n+31 (0)20 000 0199")
zhdr = ("----- Original Message -----\nFrom: \"Grants Team\" <grants@grantbox.example>\n"
        "To: \"Hendrik de Vries\" <h.devries@igb-lowlands.example>\nSent: Monday, March 9, 2026 "
        "10:02:11 AM\nSubject: Re: Application")
t = f"{body}\n\n{zhdr}\n\n{otext}\n"
BOGUS = '<br data-mce-bogus="1">'
bdivs = "".join(f"<div>{esc(ln) if ln.strip() else BOGUS}</div>" for ln in body.split("\n"))
h = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: '
     '#000000">' + bdivs + '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div '
     'data-marker="__HEADERS__"><b>From: </b>"Grants Team" &lt;grants@grantbox.example&gt;<br><b>To: '
     '</b>"Hendrik de Vries" &lt;h.devries@igb-lowlands.example&gt;<br><b>Sent: </b>Monday, March 9, '
     '2026 10:02:11 AM<br><b>Subject: </b>Re: Application<br></div><br><div '
     'data-marker="__QUOTED_TEXT__">' + ohtml + "</div></div></body></html>\n")
case("c29_zimbra_numbered.eml", sender="Hendrik de Vries <h.devries@igb-lowlands.example>",
     client="Zimbra web client", style="numbered answers, Zimbra header block, '--' signature "
     "with phone", answers=A, text=t, html_body=h,
     x_mailer="Zimbra 10.0.8_GA_4634 (ZimbraWebClient - FF124 (Linux)/10.0.8_GA_4634)")

# ------------------------------------------------------------------------------------ c30
# SquirrelMail: plain text, 72-column wrap, "Q1." style but question 3 answered over two
# paragraphs and question 5 said to be none.
A = {
    "background": "I teach econometrics at a small college and have written simulation "
    "software in R and Julia for 15 years.",
    "math": "Probability is my field. Vector calculus: comfortable.",
    "study_plan": "Part one (4 weeks): Sutton & Barto, programming every algorithm in Julia.\n\n"
    "Part two (8 weeks): deep RL via CS285, then applying it to dynamic pricing models from my "
    "own research.",
    "commitment": "Full time during the summer break: 40 hours a week from 1 June to 31 August.",
    "afterwards": "Teach a course on RL and supervise student research on it.",
}
otext, _ = ours("Istvan")
body = ("Hello,\n\n" + "\n\n".join(
    f"Q{i}. {A[k]}" if k in A else f"Q{i}. -" for i, k in enumerate(IDS, 1) if k != "referral"
) + "\n\nI. Szabo")
t = wrap(body) + ("\n\n\n> Hi Istvan,\n" + q("\n".join(otext.split("\n")[1:])) + "\n")
t = t.replace("\n\n\n> Hi", "\n\nOn Mon, March 9, 2026 10:02 am, Grants Team wrote:\n> Hi", 1)
case("c30_squirrelmail_plain_q_numbers.eml", sender="Istvan Szabo <iszabo@mail.kisbury-college.example>",
     client="SquirrelMail (plain text)", style="'Q1.' answers, 72-column wrap, 5 not given",
     answers=A, text=t, x_mailer="SquirrelMail/1.4.23 [SVN]")

# ----------------------------------------------------------------------------- expected.json
out = {
    "_about": "A realistic cohort of 30 replies to the questions email from the mail clients and "
              "habits a small grant round actually gets; written blind before any run.",
    "cases": CASES,
}
(HERE / "expected.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
print(f"wrote {len(CASES)} cases to {HERE}")
