"""Writes heldout11/: a third blind realistic cohort of whole replies (.eml) to our questions
email (and to the "we still need" email), read the way intake reads them
(`benchmarks/answers_whole_emails.py`).

Written by a helper who read neither the answer parser, its tests nor the texts of the earlier
reply sets, before anything was run on them. The round imagined here leans towards mid-career
people on corporate accounts (Exchange/Outlook with [EXTERNAL] banners, disclaimers,
classification labels), academics on university webmail (Outlook on the web, Roundcube, Horde,
Zimbra, SOGo), older clients (Outlook 2010/2013, Thunderbird, Apple Mail on iPad, Windows Mail)
and a few people writing twice. Most replies are ordinary. People and companies are invented.
The helpers `ours`, `q`, `esc`, `docx_bytes`, `pdf_bytes`, `case` follow heldout8's.

Run from the repository root: .venv/bin/python tests/data/replies/heldout11/write_replies.py
"""

from __future__ import annotations

import json
import sys
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
PROG_H = "Grants Team &lt;grants@grantbox.example&gt;"
CASES: dict[str, dict] = {}
N = 0
IDS = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]


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
    extra: dict[str, str] | None = None,
) -> None:
    global N
    N += 1
    m = EmailMessage()
    m["From"] = sender
    m["To"] = PROGRAM
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 4, 14, 7, N, tzinfo=UTC))
    m["Message-ID"] = f"<heldout11-{N}@applicant.example>"
    m["In-Reply-To"] = "<questions-1@grantbox.example>"
    if x_mailer:
        m["X-Mailer"] = x_mailer
    for k, v in (extra or {}).items():
        m[k] = v
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
    assert set(answers) <= set(IDS), answers
    entry: dict = {"client": client, "style": style, "answers": answers}
    if answers_file:
        entry["answers_file"] = answers_file
    if asked:
        entry["asked"] = asked
    CASES[fn] = entry


def qtext(i: int) -> str:
    return NQ[i - 1].text


def lines_html(s: str) -> str:
    return "<br>".join(esc(x) for x in s.split("\n"))


def paras(blocks: list[str]) -> str:
    return "\n".join(blocks)


# --------------------------------------------------------------------------- client quoting
# Each returns (text, html) for a reply whose own part is given as text and as HTML blocks.


def gmail(name: str, own_t: str, own_h: str, attrib: str | None = None,
          template: str = "questions", ids: list[str] | None = None) -> tuple[str, str]:
    ot, oh = ours(name, template, ids)
    attrib = attrib or "On Tue, Apr 14, 2026 at 9:02\u202fAM Grants Team <grants@grantbox.example> wrote:"
    text = f"{own_t}\n\n{attrib}\n\n{q(ot)}\n"
    h = (
        f'<div dir="ltr">{own_h}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{esc(attrib[:-1])}:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        f'rgb(204,204,204);padding-left:1ex">{oh}</blockquote></div>\n'
    )
    return text, h


def gdivs(blocks: list[str]) -> str:
    """Gmail's compose markup: one <div> per line, <div><br></div> between paragraphs."""
    out = []
    for b in blocks:
        for line in b.split("\n"):
            out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
        out.append("<div><br></div>")
    return "".join(out[:-1])


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0in;
	margin-right:0in;
	margin-bottom:0in;
	margin-left:.5in;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
/* List Definitions */
@list l0
	{mso-list-id:1186481205;
	mso-list-type:hybrid;
	mso-list-template-ids:-1463474394 67698703 67698713 67698715 67698703 67698713 67698715 67698703 67698713 67698715;}
@list l0:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-.25in;}
ol
	{margin-bottom:0in;}
ul
	{margin-bottom:0in;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def mso(s: str, style: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return f'<p class="MsoNormal"{st}>{lines_html(s) if s else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'


def mso_blocks(blocks: list[str]) -> str:
    out = []
    for b in blocks:
        for line in b.split("\n"):
            out.append(mso(line))
        out.append(mso(""))
    return "\n".join(out)


def outlook_quoted_original(oh: str) -> str:
    """Outlook desktop re-writes the quoted HTML original as its own MsoNormal paragraphs."""
    import re

    out = []
    for m in re.finditer(r"<p>(.*?)</p>", oh, re.S):
        out.append(f'<p class="MsoNormal">{m.group(1)}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def outlook(name: str, own_t: str, own_h: str, *, sent: str = "Tuesday, April 14, 2026 9:02 AM",
            to: str = "Applicant", subj: str = "Re: Application", banner: str = "",
            template: str = "questions", ids: list[str] | None = None,
            labels: tuple[str, str, str, str] = ("From", "Sent", "To", "Subject"),
            footer_t: str = "", footer_h: str = "") -> tuple[str, str]:
    ot, oh = ours(name, template, ids)
    fr, se, tt, su = labels
    text = (
        f"{own_t}\n\n{fr}: Grants Team <grants@grantbox.example>\n{se}: {sent}\n{tt}: {to}\n"
        f"{su}: {subj}\n\n{banner + chr(10) + chr(10) if banner else ''}{ot}\n"
        f"{chr(10) + footer_t + chr(10) if footer_t else ''}"
    )
    h = (
        WORD_HEAD + own_h + "\n"
        '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
        f'<p class="MsoNormal"><b>{fr}:</b> {PROG_H} <br><b>{se}:</b> {esc(sent)}<br><b>{tt}:</b> '
        f'{esc(to)}<br><b>{su}:</b> {esc(subj)}<o:p></o:p></p></div></div>\n'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        + (
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" '
            'style="width:100.0%;background:#FFEB9C"><tr><td style="padding:3.75pt 3.75pt 3.75pt '
            f'3.75pt"><p class="MsoNormal"><b><span style="font-size:9.0pt;color:#9C6500">{esc(banner)}'
            "</span></b><o:p></o:p></p></td></tr></table>\n"
            if banner else ""
        )
        + outlook_quoted_original(oh)
        + "\n</div>\n" + footer_h + "</body>\n</html>\n"
    )
    return text, h


def owa(name: str, own_t: str, own_h: str, *, sent: str = "14 April 2026 09:02",
        to: str = "Applicant", template: str = "questions", ids: list[str] | None = None,
        footer_t: str = "", footer_h: str = "") -> tuple[str, str]:
    ot, oh = ours(name, template, ids)
    text = (
        f"{own_t}\n{chr(10) + footer_t + chr(10) if footer_t else ''}\n________________________________\n"
        f"From: Grants Team <grants@grantbox.example>\nSent: {sent}\nTo: {to}\n"
        f"Subject: Re: Application\n\n{ot}\n"
    )
    h = (
        '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
        '</head>\n<body dir="ltr">\n' + own_h + footer_h +
        '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
        f'color="#000000"><b>From:</b> {PROG_H}<br><b>Sent:</b> {esc(sent)}<br><b>To:</b> {esc(to)}'
        '<br><b>Subject:</b> Re: Application</font>\n<div>&nbsp;</div>\n</div>\n'
        f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">{oh}</span></font></div>\n'
        "</body>\n</html>\n"
    )
    return text, h


def owa_divs(blocks: list[str]) -> str:
    style = "font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"
    out = []
    for b in blocks:
        for line in b.split("\n"):
            out.append(f'<div class="elementToProof" style="{style}">{esc(line) if line else "<br>"}</div>')
        out.append(f'<div class="elementToProof" style="{style}"><br></div>')
    return "\n".join(out)


def apple(name: str, own_t: str, own_h: str, attrib: str = "On 14 Apr 2026, at 09:02, Grants Team <grants@grantbox.example> wrote:",
          sig: str = "", template: str = "questions", ids: list[str] | None = None) -> tuple[str, str]:
    ot, oh = ours(name, template, ids)
    text = f"{own_t}\n{chr(10) + sig + chr(10) if sig else ''}\n> {attrib}\n> \n{q(ot)}\n"
    h = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        f"{own_h}"
        + (f"<div><br><div>{lines_html(sig)}</div></div>" if sig else "")
        + f'<div><br><blockquote type="cite"><div>{esc(attrib)}</div><br class="Apple-interchange-newline">'
        f"<div>{oh}</div></blockquote></div><br></body></html>\n"
    )
    return text, h


def adivs(blocks: list[str]) -> str:
    out = []
    for b in blocks:
        for line in b.split("\n"):
            out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
        out.append("<div><br></div>")
    return "".join(out[:-1])


def tbird(name: str, own_t: str, own_h: str, attrib: str = "On 14/04/2026 09:02, Grants Team wrote:",
          template: str = "questions", ids: list[str] | None = None, sig_t: str = "", sig_h: str = "") -> tuple[str, str]:
    ot, oh = ours(name, template, ids)
    text = f"{own_t}\n\n{attrib}\n{q(ot)}\n{chr(10) + '-- ' + chr(10) + sig_t + chr(10) if sig_t else ''}"
    h = (
        "<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
        "  </head>\n  <body>\n" + own_h +
        f'\n    <div class="moz-cite-prefix">{esc(attrib)}<br>\n    </div>\n'
        f'    <blockquote type="cite" cite="mid:questions-1@grantbox.example">\n{oh}\n    </blockquote>\n'
        + (f'    <pre class="moz-signature" cols="72">-- \n{esc(sig_t)}</pre>\n' if sig_t else "")
        + "  </body>\n</html>\n"
    )
    return text, h


def ptags(blocks: list[str]) -> str:
    return "\n".join(f"    <p>{lines_html(b)}</p>" for b in blocks)


def numbered(a: dict[str, str], fmt: str = "{n}. ") -> list[str]:
    return [fmt.format(n=IDS.index(k) + 1) + v for k, v in a.items()]


def labelled(a: dict[str, str], labels: dict[str, str]) -> list[str]:
    return [f"{labels[k]}: {v}" for k, v in a.items()]


# ------------------------------------------------------------------------------------ c01
# Gmail web, top-posted, "1." answers, short sign-off.
A = {
    "background": "I have been a backend engineer for 9 years, mostly Java and Go, at a payments company (Ledgerline). The last three years I led the team that owns fraud scoring, so I work with data scientists every day but on the serving side.",
    "math": "Reasonably comfortable. I did an engineering degree so multivariable calculus and probability were part of it, but it is 12 years ago. I would need to refresh expectations over trajectories and the policy gradient derivation.",
    "study_plan": "Weeks 1-4: Spinning Up in Deep RL plus Sutton & Barto ch. 1-6 and 13. Weeks 5-8: implement DQN and PPO from scratch on Atari/MuJoCo. Weeks 9-12: reproduce one recent paper on offline RL and write it up.",
    "commitment": "20-25 hours per week. I can start on 1 June.",
    "referral": "A colleague forwarded me the announcement from the newsletter. I don't know anyone involved.",
    "afterwards": "Move into a research engineer role on an RL or alignment team.",
}
own = ["Hi,", "Thanks for getting back to me. Here are my answers:", *numbered(A), "Best,\nTomasz"]
t, h = gmail("Tomasz", "\n\n".join(own), gdivs(own))
case("c01_gmail_numbered.eml", sender="Tomasz Wierzbicki <t.wierzbicki.dev@gmail.example>",
     client="Gmail web", style="top-posted, 1. answers", answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c02
# Corporate Outlook desktop (Word HTML), [EXTERNAL] banner in the quote, "1)" answers,
# signature with title and phone, legal disclaimer.
A = {
    "background": "15 years in quantitative finance. I started as a C++ developer on a pricing library, then moved to the risk side; currently Director of Model Validation at a mid-size bank, reviewing credit and market risk models.",
    "math": "Very comfortable with probability and stochastic calculus (that is my day job). Vector calculus is fine. I have less experience with the optimisation side of deep learning.",
    "study_plan": "I would follow the Berkeley CS285 lectures and assignments for the first 8 weeks and use the last 4 weeks to reproduce a model-based RL paper (probably MBPO).",
    "commitment": "About 15 hours a week during the week plus weekends, so around 25 hours. Earliest start is 1 July because of my notice period.",
    "referral": "LinkedIn post by one of your mentors. I do not know anyone personally.",
    "afterwards": "Ideally a research position in a lab working on RL for decision making; a PhD is not excluded.",
}
sig_t = "Kind regards,\n\nAnneliese Vogt\nDirector, Model Validation\nNordhafen Bank AG\nT +49 40 5550 1234 | M +49 170 555 0199"
disc = ("This e-mail may contain confidential and/or privileged information. If you are not the intended "
        "recipient (or have received this e-mail in error) please notify the sender immediately and destroy "
        "this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is "
        "strictly forbidden.")
own = ["Hello,", "Please see my answers below.", *numbered(A, "{n}) ")]
t, h = outlook("Anneliese", "\n\n".join(own) + "\n\n" + sig_t + "\n\n" + disc,
               mso_blocks(own) + mso_blocks([sig_t]) + mso(disc, "font-size:8.0pt;color:gray"),
               to="Vogt, Anneliese", subj="[EXTERNAL] Re: Application",
               banner="CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.")
case("c02_outlook_corporate_paren.eml", sender="Vogt, Anneliese <anneliese.vogt@nordhafen-bank.example>",
     client="Outlook 2016 desktop (Exchange)", style="1) answers, [EXTERNAL] banner, disclaimer",
     answers=A, text=t, html_body=h, subject="RE: [EXTERNAL] Re: Application", x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------------------------ c03
# University Outlook on the web, "Label:" answers, academic signature.
A = {
    "background": "I am a postdoc in computational chemistry (4 years), before that a PhD in physical chemistry. I write a lot of Python and some Fortran for molecular dynamics simulations and have used PyTorch for ML potentials.",
    "math": "Comfortable with vector calculus and linear algebra from physics. Probability I know mostly through statistical mechanics; I would like to brush up on measure-theoretic notation used in RL papers.",
    "study_plan": "Sutton and Barto in the first month with the exercises, then the DeepMind x UCL RL lectures, and a final project applying RL to molecular design with a small reproducible benchmark.",
    "commitment": "My contract allows 40% external activities, so 16 hours per week. I can start in September.",
    "referral": "Through the university careers mailing list.",
    "afterwards": "An industry research scientist role combining ML and chemistry.",
}
L = {"background": "Background", "math": "Math", "study_plan": "Study plan", "commitment": "Time commitment",
     "referral": "How I heard of you", "afterwards": "Afterwards"}
own = ["Dear Grants Team,", "thank you for the questions.", *labelled(A, L), "Best regards,\nDr. Priya Raghunathan\nPostdoctoral Researcher\nInstitute of Theoretical Chemistry\nUniversity of Eastbridge"]
t, h = owa("Priya", "\n\n".join(own), owa_divs(own), to="Raghunathan, Priya")
case("c03_owa_university_labels.eml", sender="Raghunathan, Priya <p.raghunathan@uni-eastbridge.example>",
     client="Outlook on the web (university)", style="Label: answers", answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c04
# Apple Mail on iPad: prose, one paragraph per question, in order, no numbers.
A = {
    "background": "I worked as a data analyst for six years, first in retail and now at a public health agency, mostly SQL, R and some Python, building dashboards and forecasting models.",
    "math": "Honestly the calculus is rusty. I use probability and statistics daily, but I would need to spend time on gradients, Jacobians and the chain rule before the RL material makes sense.",
    "study_plan": "I would start with a math refresher (Mathematics for Machine Learning book), then the Hugging Face Deep RL course, then try to reproduce a small paper on RL for epidemic control.",
    "commitment": "I can do 20 hours a week and start any time from May.",
    "referral": "I heard about it on a podcast and I don't know anyone involved.",
    "afterwards": "I would like to apply for a PhD in RL for public health.",
}
own = ["Hello,", *A.values(), "Thanks,\nMaribel"]
t, h = apple("Maribel", "\n\n".join(own), adivs(own), sig="Sent from my iPad")
case("c04_apple_ipad_prose.eml", sender="Maribel Ortega <maribel.ortega@icloud.example>",
     client="Apple Mail (iPadOS)", style="prose, one paragraph per question", answers=A, text=t, html_body=h,
     x_mailer="iPad Mail (21E236)")

# ------------------------------------------------------------------------------------ c05
# Thunderbird HTML, answers inline under the quoted questions (interleaved, bottom part).
A = {
    "background": "Embedded software engineer, 11 years, automotive (AUTOSAR, C, some Rust). Last two years on sensor fusion for driver assistance.",
    "math": "Kalman filters made me relearn a lot of probability, so that part is OK. Vector calculus I know but not fluently.",
    "study_plan": "CS285 videos plus homework, one week per lecture block, then a project: RL for a small control task on real hardware (inverted pendulum I already have).",
    "commitment": "15 hours a week, from mid-May.",
    "afterwards": "Research engineer in robotics learning.",
}
ot, oh = ours("Jens")
tq, hq = [], []
head_t = ot.split("\n1. ")[0]
tq.append(q(head_t))
hq.append('<blockquote type="cite">' + "".join(f"<p>{lines_html(p)}</p>" for p in head_t.split("\n\n")) + "</blockquote>")
for i, k in enumerate(IDS, start=1):
    qt = f"{i}. {qtext(i)}" + (" (optional)" if k == "referral" else "")
    hl = NQ[i - 1].help
    tq.append(q(qt + (f"\n   {hl}" if hl else "")))
    hq.append(f'<blockquote type="cite"><p><b>{esc(qt)}</b>'
              + (f'<br><span style="color: #555555;">{esc(hl)}</span>' if hl else "") + "</p></blockquote>")
    if k in A:
        tq.append(A[k])
        hq.append(f"<p>{esc(A[k])}</p>")
tq.append(q("Thank you,\nThe grants team"))
hq.append('<blockquote type="cite"><p>Thank you,<br>The grants team</p></blockquote>')
t = "Hi,\n\nmy answers are inline below.\n\nJens\n\nOn 14.04.26 09:02, Grants Team wrote:\n" + "\n\n".join(tq) + "\n"
h = ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n  </head>\n  <body>\n"
     "    <p>Hi,</p>\n    <p>my answers are inline below.</p>\n    <p>Jens<br></p>\n"
     '    <div class="moz-cite-prefix">On 14.04.26 09:02, Grants Team wrote:<br></div>\n' + "\n".join(hq) + "\n  </body>\n</html>\n")
case("c05_thunderbird_inline.eml", sender="Jens Lindqvist <jens@lindqvist-family.example>",
     client="Thunderbird 115 (HTML)", style="inline under quoted questions, question 5 skipped", answers=A,
     text=t, html_body=h, x_mailer=None, extra={"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1"})

# ------------------------------------------------------------------------------------ c06
# Outlook 2010, "see my answers in blue below": answers written in colour inside the quoted
# original (Outlook re-paragraphs the original, so the answers are MsoNormal paragraphs too).
A = {
    "background": "Operations research analyst at a logistics company for 8 years: vehicle routing, inventory optimisation, simulation. Mostly Python and Gurobi.",
    "math": "Good. I have a master's in applied mathematics. Stochastic processes and MDPs are familiar from dynamic programming.",
    "study_plan": "Sutton & Barto in full (I know the first chapters already), then Spinning Up, then a project on RL for dynamic vehicle routing compared against our OR baselines.",
    "commitment": "25 hours per week; start date 1 June 2026.",
    "referral": "Google search. I know nobody involved.",
    "afterwards": "Bring RL into my company's planning tools, or join an applied research group.",
}
ot, oh = ours("Kwame")
blue = "color:#1F497D"
parts_h, parts_t = [], []
for i, k in enumerate(IDS, start=1):
    qt = f"{i}. {qtext(i)}" + (" (optional)" if k == "referral" else "")
    hl = NQ[i - 1].help
    parts_h.append(f'<p class="MsoNormal"><b>{esc(qt)}</b>'
                   + (f'<br><span style="color:#555555">{esc(hl)}</span>' if hl else "") + "<o:p></o:p></p>")
    parts_h.append(f'<p class="MsoNormal"><b><span style="{blue}">{esc(A[k])}</span></b><o:p></o:p></p>')
    parts_h.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    parts_t.append(f"{qt}\n" + (f"{hl}\n" if hl else "") + f"\n{A[k]}")
intro_h = ('<p class="MsoNormal"><span style="color:#1F497D">Hello,<o:p></o:p></span></p>'
           '<p class="MsoNormal"><span style="color:#1F497D"><o:p>&nbsp;</o:p></span></p>'
           '<p class="MsoNormal"><span style="color:#1F497D">Please see my answers in blue below.<o:p></o:p></span></p>'
           '<p class="MsoNormal"><span style="color:#1F497D"><o:p>&nbsp;</o:p></span></p>'
           '<p class="MsoNormal"><span style="color:#1F497D">Regards,<br>Kwame Mensah<o:p></o:p></span></p>'
           '<p class="MsoNormal"><span style="color:#1F497D"><o:p>&nbsp;</o:p></span></p>')
hdr_h = ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal">'
         '<b><span style="font-size:10.0pt;font-family:&quot;Tahoma&quot;,&quot;sans-serif&quot;">From:</span></b>'
         '<span style="font-size:10.0pt;font-family:&quot;Tahoma&quot;,&quot;sans-serif&quot;"> Grants Team '
         '[mailto:grants@grantbox.example] <br><b>Sent:</b> Tuesday, April 14, 2026 9:02 AM<br><b>To:</b> Kwame Mensah'
         '<br><b>Subject:</b> Re: Application<o:p></o:p></span></p></div>')
head_paras = [p for p in ot.split("\n1. ")[0].split("\n\n")]
orig_h = "".join(f'<p class="MsoNormal">{lines_html(p)}<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in head_paras)
h = (WORD_HEAD.replace("Microsoft Word 15", "Microsoft Word 14") + intro_h + hdr_h
     + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' + orig_h + "".join(parts_h)
     + '<p class="MsoNormal">Thank you,<br>The grants team<o:p></o:p></p></div></body></html>\n')
t = ("Hello,\n\nPlease see my answers in blue below.\n\nRegards,\nKwame Mensah\n\n"
     "From: Grants Team [mailto:grants@grantbox.example] \nSent: Tuesday, April 14, 2026 9:02 AM\nTo: Kwame Mensah\n"
     "Subject: Re: Application\n\n" + "\n\n".join(head_paras) + "\n\n" + "\n\n".join(parts_t) + "\n\nThank you,\nThe grants team\n")
case("c06_outlook2010_blue_inline.eml", sender="Kwame Mensah <kmensah@trans-volta-logistics.example>",
     client="Outlook 2010", style="answers in blue bold under the questions in the quoted original",
     answers=A, text=t, html_body=h, x_mailer="Microsoft Outlook 14.0")

# ------------------------------------------------------------------------------------ c07
# Roundcube, plain text only, German attribution, "Q1:" answers, non-native English.
A = {
    "background": "I am working since 7 years as software developer in an insurance company in Stuttgart, mainly backend with C# and SQL, since 2 years also some machine learning for claims classification.",
    "math": "I studied Wirtschaftsinformatik, so I had analysis and statistics, but the vector calculus is not so strong. Probability is ok. I will repeat the chapter from Deisenroth book before.",
    "study_plan": "First month: David Silver lectures and Sutton/Barto. Second month: Spinning Up with own implementations of DQN, A2C, PPO. Third month: small project, maybe RL for pricing simulation.",
    "commitment": "20 hours per week, I can reduce my job to 80%. Start is possible from 1. July.",
    "referral": "From a friend, Jonas, he was in the program last year.",
    "afterwards": "I want to change to a ML research team, maybe in my company or in a startup.",
}
own = ["Hello Grants Team,", "here are my answers:", *numbered(A, "Q{n}: "), "Best greetings\nMarkus Brenner"]
ot, _ = ours("Markus")
t = "\n\n".join(own) + "\n\nAm 14.04.2026 09:02, schrieb Grants Team:\n" + q(ot) + "\n"
case("c07_roundcube_q1_german_writer.eml", sender="Markus Brenner <markus.brenner@posteo.example>",
     client="Roundcube (plain text)", style="Q1: answers, non-native English", answers=A, text=t,
     extra={"User-Agent": "Roundcube Webmail/1.6.6"})

# ------------------------------------------------------------------------------------ c08
# Horde IMP (German university), plain text, German labels.
A = {
    "background": "Ich bin seit 5 Jahren wissenschaftliche Mitarbeiterin am Lehrstuhl für Regelungstechnik, vorher 3 Jahre Softwareentwicklerin (C++, Python) bei einem Maschinenbauer.",
    "math": "Vektoranalysis und Wahrscheinlichkeitsrechnung sind mir aus dem Studium und der Lehre gut vertraut; Maßtheorie weniger.",
    "study_plan": "Monat 1: Sutton & Barto, Kapitel 1-9. Monat 2: CS285 mit den Hausaufgaben. Monat 3: Reproduktion eines Papers zu Safe RL (z.B. Constrained Policy Optimization).",
    "commitment": "Etwa 15 Stunden pro Woche, Beginn ab 1. Oktober möglich.",
    "afterwards": "Eine Postdoc-Stelle oder Forschungsstelle im Bereich lernbasierte Regelung.",
}
L = {"background": "Hintergrund", "math": "Mathematik", "study_plan": "Lernplan", "commitment": "Zeit",
     "afterwards": "Ziele"}
own = ["Sehr geehrtes Grants-Team,", "anbei meine Antworten (ich hoffe, Deutsch ist in Ordnung):", *labelled(A, L),
       "Frage 5 lasse ich aus.", "Mit freundlichen Grüßen\nSabine Krüger\n\n--\nDipl.-Ing. Sabine Krüger\nInstitut für Regelungstechnik\nTechnische Universität Nordheim\nTel. +49 531 555-7781"]
ot, _ = ours("Sabine")
t = "\n\n".join(own) + "\n\nZitat von Grants Team <grants@grantbox.example>:\n\n" + q(ot) + "\n"
case("c08_horde_german_labels.eml", sender="Sabine Krüger <s.krueger@tu-nordheim.example>",
     client="Horde IMP (plain text)", style="German Label: answers", answers=A, text=t,
     extra={"User-Agent": "Horde Application Framework 5"})

# ------------------------------------------------------------------------------------ c09
# Zimbra (French university), HTML + text, answers in French, "1-" numbering.
A = {
    "background": "Maître de conférences en statistique depuis 6 ans ; avant cela, 2 ans data scientist dans une banque. Je programme en R et Python.",
    "math": "Très à l'aise avec les probabilités (c'est ma discipline). Le calcul vectoriel est correct, mais je dois revoir l'optimisation non convexe.",
    "study_plan": "Cours de David Silver et livre de Sutton et Barto pendant le premier mois, puis implémentation des algorithmes principaux (DQN, PPO, SAC) et enfin un projet sur les bandits contextuels appliqués aux essais cliniques.",
    "commitment": "10 à 12 heures par semaine pendant le semestre, davantage l'été. Je peux commencer en juin.",
    "referral": "Un collègue m'a transmis l'annonce. Je ne connais personne dans le programme.",
    "afterwards": "Ouvrir un axe de recherche en apprentissage par renforcement dans mon laboratoire.",
}
own = ["Bonjour,", "Voici mes réponses :", *numbered(A, "{n}- "), "Cordialement,\nÉlodie Marchand"]
ot, oh = ours("Élodie")
zt = ("\n\n----- Mail original -----\nDe: \"Grants Team\" <grants@grantbox.example>\nÀ: \"Élodie Marchand\" "
      "<elodie.marchand@univ-loire-sud.example>\nEnvoyé: Mardi 14 Avril 2026 09:02:11\nObjet: Re: Application\n\n")
t = "\n\n".join(own) + zt + q(ot) + "\n"
h = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
     + "".join(f"<div>{lines_html(b)}</div><div><br data-mce-bogus=\"1\"></div>" for b in own)
     + '<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><blockquote style="border-left:2px solid #1010FF;'
     'margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;'
     'font-family:Helvetica,Arial,sans-serif;font-size:12pt;"><b>De: </b>"Grants Team" &lt;grants@grantbox.example&gt;<br>'
     '<b>À: </b>"Élodie Marchand" &lt;elodie.marchand@univ-loire-sud.example&gt;<br><b>Envoyé: </b>Mardi 14 Avril 2026 09:02:11<br>'
     '<b>Objet: </b>Re: Application<br></blockquote></div><div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px solid #1010FF;'
     f'margin-left:5px;padding-left:5px;">{oh}</blockquote></div></div></body></html>\n')
case("c09_zimbra_french.eml", sender="Élodie Marchand <elodie.marchand@univ-loire-sud.example>",
     client="Zimbra 9 webmail", style="French answers, 1- numbering", answers=A, text=t, html_body=h,
     x_mailer="Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF125 (Linux)/9.0.0_GA_4583)")

# ------------------------------------------------------------------------------------ c10
# SOGo webmail, bullet lists inside answers (plain text "- " bullets), plain text only.
A = {
    "background": "Research software engineer at a climate institute for 6 years:\n- maintaining a Fortran/Python ocean model\n- HPC job orchestration and data pipelines\n- some ML emulators of model components (PyTorch)",
    "math": "Comfortable with vector calculus (PDEs are daily work). Probability is weaker: I know the basics but would need to study expectations over trajectories and importance sampling properly.",
    "study_plan": "Roughly:\n- weeks 1-3: Sutton & Barto ch. 1-6, with exercises\n- weeks 4-7: Spinning Up, implement VPG, PPO and SAC\n- weeks 8-12: a project on RL for adaptive mesh refinement, with a short report",
    "commitment": "16 hours per week (two full days), starting 1 June or later.",
    "referral": "Saw it on Mastodon. No contacts.",
    "afterwards": "Use RL in scientific computing within my institute, or move to an ML-for-science group.",
}
own = ["Hi,", *numbered(A), "Cheers,\nRuairí"]
ot, _ = ours("Ruairí")
t = ("\n\n".join(own) + "\n\nOn Tuesday, April 14, 2026 09:02 CEST, \"Grants Team\" <grants@grantbox.example> wrote:\n \n"
     + q(ot) + "\n")
case("c10_sogo_bullets.eml", sender="Ruairí Ó Briain <r.obriain@climate-inst.example>",
     client="SOGo webmail (plain text)", style="1. answers with bullet lists inside", answers=A, text=t,
     extra={"User-Agent": "SOGoMail 5.10.0"})

# ------------------------------------------------------------------------------------ c11
# Outlook 365 desktop, Word automatic numbering as <ol><li class=MsoListParagraph mso-list>.
A = {
    "background": "Senior data engineer, 10 years (Spark, Kafka, Scala), currently at an energy trading firm building real-time pipelines for price forecasts.",
    "math": "Probability is fine, I use it for forecasting. Vector calculus I did at university; I would revise it with 3Blue1Brown and the Deisenroth book.",
    "study_plan": "Follow CS285 (weeks 1-8) and then reproduce the Decision Transformer paper on D4RL (weeks 9-12).",
    "commitment": "20 hours a week; I could start mid-June.",
    "referral": "A former colleague, Ines Duarte, mentioned it. I don't think she is involved, she applied last year.",
    "afterwards": "Research engineer role in energy/RL.",
}
lis = "\n".join(f'<li class="MsoListParagraph" style="margin-left:0in;mso-list:l0 level1 lfo1">{esc(v)}<o:p></o:p></li>' for v in A.values())
own_h = (mso("Hi Grants Team,") + mso("") + mso("Thank you, here are my answers:") + mso("")
         + f'\n<ol style="margin-top:0in" start="1" type="1">\n{lis}\n</ol>\n' + mso("") + mso("Best regards,") + mso("Dario Ferraro") + mso(""))
own_t = "Hi Grants Team,\n\nThank you, here are my answers:\n\n" + "\n".join(f"{i}.  {v}" for i, v in enumerate(A.values(), 1)) + "\n\nBest regards,\nDario Ferraro"
t, h = outlook("Dario", own_t, own_h, to="Dario Ferraro")
case("c11_outlook365_word_ol.eml", sender="Dario Ferraro <dario.ferraro@alpenstrom-trading.example>",
     client="Outlook 365 desktop (Word HTML)", style="Word automatic numbering <ol> with mso-list", answers=A,
     text=t, html_body=h, x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------------------------ c12
# Outlook 2013, Word numbering as MsoListParagraphCxSp* with <![if !supportLists]> markers.
A = {
    "background": "I'm a hardware verification engineer (SystemVerilog, Python) with 12 years at a semiconductor company. For the past year I've been using ML to prioritise regression tests.",
    "math": "Fairly comfortable. Electrical engineering degree, lots of signals and probability. I'll need to revisit matrix calculus.",
    "study_plan": "Silver's lectures, Sutton & Barto, and then a project applying RL to coverage closure in chip verification, which is a known open problem.",
    "commitment": "About 12-15 hours/week. Start in May.",
    "afterwards": "Build an internal RL research effort at my company, or join an EDA research lab.",
}
vals = list(A.values())
cls = ["MsoListParagraphCxSpFirst"] + ["MsoListParagraphCxSpMiddle"] * (len(vals) - 2) + ["MsoListParagraphCxSpLast"]
nums = [1, 2, 3, 4, 6]
lis = "\n".join(
    f'<p class="{c}" style="text-indent:-.25in;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">{n}.'
    f'<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{esc(v)}<o:p></o:p></p>'
    for c, n, v in zip(cls, nums, vals))
own_h = (mso("Hello,") + mso("") + mso("My answers (I skipped the optional one):") + mso("") + lis + mso("")
         + mso("Thanks,") + mso("Hiroshi Tanabe") + mso("Principal Engineer | Kiso Semiconductor") + mso(""))
own_t = ("Hello,\n\nMy answers (I skipped the optional one):\n\n" + "\n".join(f"{n}.      {v}" for n, v in zip(nums, vals))
         + "\n\nThanks,\nHiroshi Tanabe\nPrincipal Engineer | Kiso Semiconductor")
t, h = outlook("Hiroshi", own_t, own_h, to="Hiroshi Tanabe")
case("c12_outlook2013_word_numbering.eml", sender="Hiroshi Tanabe <h.tanabe@kiso-semi.example>",
     client="Outlook 2013", style="Word auto-numbering as MsoListParagraph with supportLists markers, 5 skipped",
     answers=A, text=t, html_body=h, x_mailer="Microsoft Outlook 15.0")

# ------------------------------------------------------------------------------------ c13
# Answers in an HTML table (No. | Question | Answer), Outlook desktop.
A = {
    "background": "Actuary, 9 years (pricing and reserving in general insurance). Python and R for GLMs and gradient boosting.",
    "math": "Strong in probability and statistics (actuarial exams). Calculus fine.",
    "study_plan": "Sutton & Barto + CS285; project: RL for reinsurance purchasing decisions.",
    "commitment": "20 h/week, start 1 September.",
    "referral": "Newsletter (Import AI).",
    "afterwards": "Quant research role or a PhD.",
}
rows = "".join(
    f'<tr><td width="30" valign="top" style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal">{i}<o:p></o:p></p></td>'
    f'<td width="250" valign="top" style="border:solid windowtext 1.0pt;border-left:none;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal">{esc(qtext(i))}<o:p></o:p></p></td>'
    f'<td width="320" valign="top" style="border:solid windowtext 1.0pt;border-left:none;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal">{esc(v)}<o:p></o:p></p></td></tr>'
    for i, v in enumerate(A.values(), 1))
table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">'
         '<tr><td style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><b>#</b><o:p></o:p></p></td>'
         '<td style="border:solid windowtext 1.0pt;border-left:none;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><b>Question</b><o:p></o:p></p></td>'
         '<td style="border:solid windowtext 1.0pt;border-left:none;padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><b>Answer</b><o:p></o:p></p></td></tr>'
         + rows + "</table>")
own_h = mso("Dear team,") + mso("") + mso("I put my answers in a table, I hope that works.") + mso("") + table + mso("") + mso("Kind regards,") + mso("Olamide Adeyemi, FIA") + mso("")
own_t = ("Dear team,\n\nI put my answers in a table, I hope that works.\n\n#\n\nQuestion\n\nAnswer\n\n"
         + "\n\n".join(f"{i}\n\n{qtext(i)}\n\n{v}" for i, v in enumerate(A.values(), 1)) + "\n\nKind regards,\nOlamide Adeyemi, FIA")
t, h = outlook("Olamide", own_t, own_h, to="Olamide Adeyemi")
case("c13_outlook_table.eml", sender="Olamide Adeyemi <olamide.adeyemi@lagoon-re.example>",
     client="Outlook 365 desktop", style="answers in a Word table (number | question | answer)", answers=A,
     text=t, html_body=h, x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------------------------ c14
# Gmail Android, partial: answers 1, 2, 4, promises 3 and 6 later.
A = {
    "background": "Mobile developer 7 yrs (Kotlin, Swift), last 2 at a fitness app startup doing on-device ML",
    "math": "Not great tbh, did calc 1-2 in college. Probability basics ok. Would need a refresher",
    "commitment": "10-15 hrs/week, can start right away",
}
own = ["Hi! Quick answers from my phone, will send 3 and 6 properly this weekend when I'm at my laptop",
       "1. " + A["background"] + "\n2. " + A["math"] + "\n4. " + A["commitment"] + "\n5. twitter", "Thanks\nDev"]
A["referral"] = "twitter"
t, h = gmail("Devansh", "\n\n".join(own), gdivs(own),
             attrib="On Tue, 14 Apr 2026, 14:32 Grants Team, <grants@grantbox.example> wrote:")
case("c14_gmail_android_partial.eml", sender="Devansh Kulkarni <devansh.k@gmail.example>",
     client="Gmail for Android", style="partial, promises 3 and 6 later, lines without blank lines", answers=A,
     text=t, html_body=h)

# ------------------------------------------------------------------------------------ c15
# iPhone Mail, numbered, "Sent from my iPhone".
A = {
    "background": "Clinical data manager for 5 years, then 3 years as a biostatistician in a CRO. SAS, R, and I learned Python last year.",
    "math": "Probability yes, calculus so-so. I would brush up on multivariable calculus first.",
    "study_plan": "Online courses (Coursera RL specialization from Alberta), the Sutton and Barto book, and a small project on adaptive treatment strategies.",
    "commitment": "15 hours per week, start in July.",
    "referral": "My cousin sent me the link.",
    "afterwards": "A PhD in biostatistics focused on dynamic treatment regimes.",
}
own = ["Hello,", *numbered(A), "Regards\nAyesha"]
t, h = apple("Ayesha", "\n\n".join(own), adivs(own), sig="Sent from my iPhone",
             attrib="On Apr 14, 2026, at 9:02\u202fAM, Grants Team <grants@grantbox.example> wrote:")
case("c15_iphone_numbered.eml", sender="Ayesha Siddiqui <ayesha.siddiqui@icloud.example>",
     client="iPhone Mail (iOS 18)", style="1. answers, Sent from my iPhone", answers=A, text=t, html_body=h,
     x_mailer="iPhone Mail (22A3354)")

# ------------------------------------------------------------------------------------ c16
# Yahoo Mail web, labels in other wordings.
A = {
    "background": "I've been a full-stack developer for 8 years (Node, React, Postgres), freelance for the last 3, mostly e-commerce.",
    "math": "Weak spot. I'm working through Khan Academy multivariable calculus right now and I'm about halfway.",
    "study_plan": "Finish the math refresher in the first 3 weeks, then the Hugging Face Deep RL course, then build an RL agent for a recommendation simulator.",
    "commitment": "30 hours a week, I can plan my freelance work around it. Available from May 4.",
    "afterwards": "Junior research engineer or an independent project I can show.",
}
L = {"background": "My experience", "math": "Maths", "study_plan": "What I'd study", "commitment": "Availability",
     "afterwards": "After the grant"}
own = ["Hi there,", *labelled(A, L), "Thanks a lot,\nGeorgina Pappas"]
ot, oh = ours("Georgina")
attrib = "On Tuesday, April 14, 2026 at 09:02:11 AM GMT+1, Grants Team <grants@grantbox.example> wrote:"
t = "\n\n".join(own) + "\n\n    " + attrib + " \n\n" + ot + "\n"
h = ('<html><head></head><body><div class="ydp3f1a2b7cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
     + "".join(f'<div dir="ltr" data-setdir="false">{lines_html(b)}</div><div dir="ltr" data-setdir="false"><br></div>' for b in own)
     + '</div><div id="yahoo_quoted_4410528831" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
     f"<div>{esc(attrib)}</div><div><br></div><div><br></div><div><div id=\"yiv7728419915\">{oh}</div></div></div></div></body></html>\n")
case("c16_yahoo_labels.eml", sender="Georgina Pappas <georgina_pappas@yahoo.example>", client="Yahoo Mail web",
     style="labels in own wording", answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c17
# Proton Mail, answers under pasted questions (questions copied into the reply, unquoted).
A = {
    "background": "Security engineer, 10 years: penetration testing, then detection engineering. I write Python daily and have trained some anomaly detection models.",
    "math": "Moderate. Probability fine from the detection work (base rates, Bayes), vector calculus would need work.",
    "study_plan": "I'd go through Spinning Up and CS285, then reproduce a paper on RL for automated penetration testing (e.g. CybORG environments).",
    "commitment": "20 hours a week from 1 June.",
    "referral": "Hacker News thread. No contacts.",
    "afterwards": "AI security research, ideally at a lab or a nonprofit.",
}
blocks = []
for i, k in enumerate(IDS, 1):
    blocks.append(f"{i}. {qtext(i)}" + (" (optional)" if k == "referral" else "") + "\n" + A[k])
own = ["Hello,", *blocks, "Regards,\nNils"]
ot, oh = ours("Nils")
attrib = "On Tuesday, April 14th, 2026 at 09:02, Grants Team <grants@grantbox.example> wrote:"
t = "\n\n".join(own) + "\n\nSent with Proton Mail secure email.\n\n" + attrib + "\n\n" + q(ot) + "\n"
h = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + "".join(f"<div>{lines_html(b)}</div><div><br></div>" for b in own) + "</div>"
     '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;"><div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>'
     '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>'
     f'<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">{esc(attrib)}<br><br>'
     f'<blockquote class="protonmail_quote" type="cite">{oh}</blockquote><br></div>\n')
case("c17_proton_pasted_questions.eml", sender="Nils Haugen <nils.haugen@proton.example>", client="Proton Mail web",
     style="answers under pasted questions", answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c18
# Windows 10 Mail, prose one paragraph per question, "Sent from Mail for Windows".
A = {
    "background": "I have a PhD in astrophysics and spent four years since then as a data scientist in a telecom company, mostly churn models and network anomaly detection in Python.",
    "math": "Vector calculus and probability are both comfortable for me; I used them throughout my physics training.",
    "study_plan": "During the three months I would work through Sutton and Barto and the CS285 homework, and then reproduce the Muesli or MuZero results on a small scale.",
    "commitment": "I can commit 25 hours per week and start from the beginning of June.",
    "referral": "A friend from my PhD group told me about it; she does not work for the program.",
    "afterwards": "I hope to get a research scientist job in a lab working on RL.",
}
own = ["Dear Sir or Madam,", *A.values(), "Yours sincerely,\nKonstantinos Dimou", "Sent from Mail for Windows"]
ot, oh = ours("Konstantinos")
t = "\n\n".join(own) + "\n\nFrom: Grants Team\nSent: Tuesday, 14 April 2026 09:02\nTo: Konstantinos Dimou\nSubject: Re: Application\n\n" + ot + "\n"
own_h = "".join(mso(b) + mso("") for b in own[:-1]) + '<p class="MsoNormal">Sent from <a href="https://go.microsoft.com/fwlink/?LinkId=550986">Mail</a> for Windows</p>' + mso("")
h = (WORD_HEAD + own_h + '<div style="mso-element:para-border-div;border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
     '<p class="MsoNormal" style="border:none;padding:0cm"><b>From: </b><a href="mailto:grants@grantbox.example">Grants Team</a><br><b>Sent: </b>Tuesday, 14 April 2026 09:02<br>'
     '<b>To: </b>Konstantinos Dimou<br><b>Subject: </b>Re: Application</p></div>' + mso("") + outlook_quoted_original(oh) + "</div></body></html>\n")
case("c18_windows_mail_prose.eml", sender="Konstantinos Dimou <k.dimou@outlook.example>", client="Windows 10 Mail",
     style="prose paragraphs in order, formal", answers=A, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c19
# Corporate Exchange: classification label at the top, Mimecast-signed footer, a URL list in
# the study plan answer.
A = {
    "background": "Principal software engineer at an insurance group, 14 years in the industry (Java, then Python; now mostly architecture for our pricing platform).",
    "math": "Comfortable with probability; I would need to revise vector calculus, especially Jacobians and gradients of expectations.",
    "study_plan": "I have collected these resources and would go through them in this order, roughly four weeks each:\nhttps://spinningup.openai.com/en/latest/\nhttps://rail.eecs.berkeley.edu/deeprlcourse/\nhttps://www.davidsilver.uk/teaching/\nThe last month would be a small reproduction project, probably PPO on Procgen.",
    "commitment": "15 hours per week. Start: 1 August (after our release).",
    "referral": "Found it via a post on the Alignment Forum.",
    "afterwards": "Moving to an applied research team inside the group, or outside if that does not work.",
}
cls_t = "Classification: Internal"
own = [cls_t, "Hi,", "Answers below:", *numbered(A), "Best regards,\nGraham Whitcombe\nPrincipal Software Engineer\nCastlegate Insurance Group\nM: +44 7700 900412"]
foot = ("Castlegate Insurance Group plc is registered in England and Wales (No. 01234567). Registered office: 1 Castle Street, "
        "London. This message and any attachments are confidential and intended solely for the addressee.\n\n"
        "This email has been scanned for viruses and malware, and may have been automatically archived by Mimecast Ltd.")
own_h = "".join(mso(b) + mso("") for b in own)
foot_h = "".join(f'<p style="font-size:8pt;color:#666666">{esc(x)}</p>' for x in foot.split("\n\n"))
t, h = outlook("Graham", "\n\n".join(own), own_h, to="Whitcombe, Graham", footer_t=foot, footer_h=foot_h,
               banner="[EXTERNAL EMAIL] This email originated outside Castlegate. Be careful with links and attachments.")
case("c19_exchange_classification_urls.eml", sender="Whitcombe, Graham <graham.whitcombe@castlegate-ins.example>",
     client="Outlook 365 (Exchange, Mimecast)", style="classification label, URL list in an answer, legal footer",
     answers=A, text=t, html_body=h, x_mailer="Microsoft Outlook 16.0", subject="RE: [EXTERNAL] Re: Application",
     extra={"X-MC-Unique": "yKq1Vt2fN4C3x8a9mQ_wTg-1", "msip_labels": "MSIP_Label_4a8b_Enabled=True; MSIP_Label_4a8b_Name=Internal"})

# ------------------------------------------------------------------------------------ c20/c21
# One applicant splits her answers over two Gmail messages; the second replies to her own
# first message, so it quotes her first answers as well as our questions.
A1 = {
    "background": "Software engineer for 6 years at a travel search company, mostly ranking and pricing services in Python and Scala, with some A/B testing work.",
    "math": "Probability is solid from A/B testing and Bayesian stats. Calculus: I did it at university but would need a few weeks to get fluent with gradients again.",
    "study_plan": "Month 1: Sutton & Barto and the Silver lectures. Month 2: CS285 homework 1-4. Month 3: reproduce a bandits-for-ranking paper and write a blog post.",
}
own1 = ["Hi,", "Here are the first three, I'll send the rest tonight.", *numbered(A1), "Lucía"]
t1, h1 = gmail("Lucía", "\n\n".join(own1), gdivs(own1))
case("c20_gmail_split_part1.eml", sender="Lucía Fernández <lucia.fernandez.dev@gmail.example>", client="Gmail web",
     style="first of two mails, answers 1-3", answers=A1, text=t1, html_body=h1)
A2 = {
    "commitment": "20 hours per week, from 15 June.",
    "referral": "A friend who is applying as well. I don't know anyone on the team.",
    "afterwards": "A research engineer role; longer term maybe a PhD.",
}
own2 = ["And the rest:", *numbered(A2), "Thanks!\nLucía"]
attrib2 = "On Tue, Apr 14, 2026 at 7:41\u202fPM Lucía Fernández <lucia.fernandez.dev@gmail.example> wrote:"
t = "\n\n".join(own2) + "\n\n" + attrib2 + "\n\n" + q(t1) + "\n"
h = (f'<div dir="ltr">{gdivs(own2)}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
     f'{esc(attrib2[:-1])}:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
     f'rgb(204,204,204);padding-left:1ex">{h1}</blockquote></div>\n')
case("c21_gmail_split_part2.eml", sender="Lucía Fernández <lucia.fernandez.dev@gmail.example>", client="Gmail web",
     style="second of two mails, answers 4-6, quotes her own first mail", answers=A2, text=t, html_body=h)

# ------------------------------------------------------------------------------------ c22
# Outlook for Mac: a correction of answer 4, quoting the applicant's own earlier reply.
prev = {
    "background": "Quant developer for 8 years at a hedge fund (C++, Python).",
    "math": "Very comfortable.",
    "study_plan": "CS285 and a reproduction of PPO and SAC.",
    "commitment": "20 hours per week, starting 1 July.",
    "afterwards": "RL research at a lab.",
}
A = {"commitment": "20 hours per week, but I can only start on 1 September (not 1 July as I wrote)."}
prev_t = "Hello,\n\n" + "\n\n".join(numbered(prev)) + "\n\nBest,\nMateusz"
own = ["Hello again,", "Sorry, a correction to my answer to question 4:", "4. " + A["commitment"], "Everything else stays as it was.", "Best,\nMateusz"]
ot, oh = ours("Mateusz")
t = ("\n\n".join(own) + "\n\nFrom: Mateusz Zielinski <mateusz.zielinski@fjordcap.example>\nDate: Tuesday, 14 April 2026 at 10:15\n"
     "To: Grants Team <grants@grantbox.example>\nSubject: Re: Application\n\n" + prev_t + "\n\nFrom: Grants Team <grants@grantbox.example>\n"
     "Date: Tuesday, 14 April 2026 at 09:02\nTo: Mateusz Zielinski <mateusz.zielinski@fjordcap.example>\nSubject: Re: Application\n\n" + ot + "\n")
hdr = lambda fr, d, to: ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" style="margin-bottom:12.0pt">'
                         f'<b><span style="font-size:12.0pt;color:black">From: </span></b><span style="font-size:12.0pt;color:black">{fr}<br><b>Date: </b>{d}<br>'
                         f'<b>To: </b>{to}<br><b>Subject: </b>Re: Application<o:p></o:p></span></p></div>')
h = (WORD_HEAD.replace("Microsoft Word 15 (filtered medium)", "Microsoft Word 15 (filtered medium)") + "".join(mso(b) + mso("") for b in own)
     + '<div id="mail-editor-reference-message-container">' + hdr("Mateusz Zielinski &lt;mateusz.zielinski@fjordcap.example&gt;", "Tuesday, 14 April 2026 at 10:15", PROG_H)
     + "".join(mso(b) + mso("") for b in prev_t.split("\n\n"))
     + hdr(PROG_H, "Tuesday, 14 April 2026 at 09:02", "Mateusz Zielinski &lt;mateusz.zielinski@fjordcap.example&gt;")
     + outlook_quoted_original(oh) + "</div></div></body></html>\n")
case("c22_outlook_mac_correction.eml", sender="Mateusz Zielinski <mateusz.zielinski@fjordcap.example>",
     client="Outlook for Mac 16", style="correction of answer 4 in a second mail, earlier answers quoted", answers=A,
     text=t, html_body=h, x_mailer="Microsoft Outlook for Mac 16.84")

# ------------------------------------------------------------------------------------ c23
# Apple Mail (macOS): an addition to question 5 after the full answers were sent.
A = {"referral": "I also know Dr. Lena Hoffmann, who is listed as one of your mentors; we worked together at an automotive supplier about ten years ago."}
prev_t = ("Hi,\n\n1. Controls engineer, 12 years.\n\n2. Comfortable.\n\n3. Sutton & Barto, CS285, a robotics project.\n\n"
          "4. 20 hours, from June.\n\n5. A newsletter.\n\n6. Research engineer in robotics.\n\nBest\nFrederik")
own = ["Hi again,", "One thing I forgot for question 5: " + A["referral"], "Best\nFrederik"]
ot, oh = ours("Frederik")
attrib_prev = "On 14 Apr 2026, at 11:20, Frederik Aalto <frederik.aalto@me.example> wrote:"
attrib = "On 14 Apr 2026, at 09:02, Grants Team <grants@grantbox.example> wrote:"
t = "\n\n".join(own) + f"\n\n> {attrib_prev}\n> \n" + q(prev_t) + f"\n> \n>> {attrib}\n>> \n" + q(ot, ">> ") + "\n"
h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; '
     '-webkit-nbsp-mode: space; line-break: after-white-space;">' + adivs(own)
     + f'<div><br><blockquote type="cite"><div>{esc(attrib_prev)}</div><br class="Apple-interchange-newline"><div>{adivs(prev_t.split(chr(10)*2))}'
     f'<div><br><blockquote type="cite"><div>{esc(attrib)}</div><br class="Apple-interchange-newline"><div>{oh}</div></blockquote></div>'
     "</div></blockquote></div><br></body></html>\n")
case("c23_apple_mail_addition_q5.eml", sender="Frederik Aalto <frederik.aalto@me.example>", client="Apple Mail (macOS 14)",
     style="addition to answer 5 in prose, earlier answers quoted", answers=A, text=t, html_body=h,
     x_mailer="Apple Mail (2.3774.500.171.1.1)")

# ------------------------------------------------------------------------------------ c24
# Outlook for iOS replying to the "we still need" email (math, afterwards) and adding to the
# study plan.
A = {
    "math": "I'm comfortable with probability; vector calculus I studied but haven't used for years, so I would spend the first two weeks on it.",
    "afterwards": "I'd like to join an applied RL team in industry, ideally in logistics or energy.",
    "study_plan": "I would also add the RL theory monograph by Agarwal, Jiang, Kakade and Sun in the last month, alongside the project.",
}
own = ["Hi,", "Sorry for missing these.", "2. " + A["math"], "6. " + A["afterwards"],
       "Also, to add to my study plan answer (3): " + A["study_plan"], "Thanks,\nSiddharth", "Get Outlook for iOS"]
t, h = owa("Siddharth", "\n\n".join(own), "".join(f'<div dir="ltr">{lines_html(b)}</div><div dir="ltr"><br></div>' for b in own),
           template="missing_answers", ids=["math", "afterwards"], to="Siddharth Rao")
h = h.replace("Get Outlook for iOS</div>", '<span>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></span></div>')
case("c24_outlook_ios_missing_plus_addition.eml", sender="Siddharth Rao <siddharth.rao@outlook.example>",
     client="Outlook for iOS", style="reply to the 'we still need' email, plus an addition to answer 3",
     answers=A, text=t, html_body=h, asked=["math", "afterwards"])

# ------------------------------------------------------------------------------------ c25
# Gmail iPhone app replying to the "we still need" email (time commitment), one line.
A = {"commitment": "25 hours a week, and I can start on 15 May."}
own = ["Sorry I missed that one! " + A["commitment"], "Best,\nHannah"]
t, h = gmail("Hannah", "\n\n".join(own), gdivs(own), template="missing_answers", ids=["commitment"],
             attrib="On Wed, Apr 15, 2026 at 10:12 AM Grants Team <grants@grantbox.example> wrote:")
case("c25_gmail_ios_missing_one.eml", sender="Hannah Okafor <hannah.okafor@gmail.example>", client="Gmail for iOS",
     style="reply to 'we still need' (one question) in one sentence", answers=A, text=t, html_body=h, asked=["commitment"])

# ------------------------------------------------------------------------------------ c26
# New Outlook (OWA markup): answers in an attached .docx, CV attached again as a PDF.
A = {
    "background": "I am a data scientist with 7 years of experience, first in a telecom operator in Almaty and now in a fintech in Berlin, working on credit scoring and fraud detection.",
    "math": "I have a master's degree in applied mathematics, so I am comfortable with vector calculus and probability. I would revise stochastic approximation.",
    "study_plan": "Weeks 1-4: Sutton & Barto and David Silver's course. Weeks 5-8: CS285 assignments. Weeks 9-12: a project on RL for credit limit management, with a written report.",
    "commitment": "20 hours per week. I can start from 1 July 2026.",
    "referral": "I saw the call on LinkedIn. I do not know anyone involved.",
    "afterwards": "I would like to apply to research scientist positions or a PhD in RL.",
}
paras_ = [("Follow-up questions: Farida Nazarova", True)]
for i, k in enumerate(IDS, 1):
    paras_ += [(f"{i}. {qtext(i)}", True), (A[k], False)]
docx_data = docx_bytes(paras_)
cv = pdf_bytes("<html><body><h1>Farida Nazarova</h1><p>Data Scientist, Berlin</p><h2>Experience</h2>"
               "<p>2022-now: Senior Data Scientist, Kreditwerk GmbH</p><p>2019-2022: Data Scientist, SteppeTel</p>"
               "<h2>Education</h2><p>MSc Applied Mathematics</p></body></html>")
own = ["Dear Grants Team,", "Please find my answers attached. I also attach my CV again, as I updated it last week.",
       "Kind regards,\nFarida Nazarova"]
t, h = owa("Farida", "\n\n".join(own), owa_divs(own), to="Farida Nazarova")
case("c26_new_outlook_docx_and_cv.eml", sender="Farida Nazarova <farida.nazarova@outlook.example>",
     client="new Outlook for Windows", style="answers in attached .docx, CV attached again", answers=A, text=t,
     html_body=h, answers_file="Answers_Nazarova.docx",
     files=[("Answers_Nazarova.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_data),
            ("CV_Farida_Nazarova_2026.pdf", "application/pdf", cv)])

# ------------------------------------------------------------------------------------ c27
# Gmail web: answers in an attached PDF.
A = {
    "background": "Mechanical engineer turned software developer: 4 years in CFD consulting, then 5 years as a Python developer building simulation tools.",
    "math": "Comfortable with vector calculus from fluid dynamics. Probability I know less well; I would study it properly in the first weeks.",
    "study_plan": "Probability refresher (Blitzstein), then Sutton & Barto, then a project using RL for flow control, reproducing Rabault et al. (2019).",
    "commitment": "30 hours per week starting in June.",
    "afterwards": "A research engineer role at the intersection of ML and simulation.",
}
page = "<html><body style='font-family:Arial'><h2>Answers to follow-up questions</h2><p>Bongani Dlamini</p>"
for i, k in enumerate(IDS, 1):
    if k in A:
        page += f"<p><b>{i}. {esc(qtext(i))}</b></p><p>{esc(A[k])}</p>"
page += "</body></html>"
own = ["Hello,", "Please find my answers attached as a PDF.", "Regards,\nBongani Dlamini\n+27 82 555 0143"]
t, h = gmail("Bongani", "\n\n".join(own), gdivs(own))
case("c27_gmail_pdf_answers.eml", sender="Bongani Dlamini <bongani.dlamini@gmail.example>", client="Gmail web",
     style="answers in attached PDF, question 5 left out", answers=A, text=t, html_body=h,
     answers_file="Answers_Bongani_Dlamini.pdf", files=[("Answers_Bongani_Dlamini.pdf", "application/pdf", pdf_bytes(page))])

# ------------------------------------------------------------------------------------ c28
# Thunderbird plain text, answers in Spanish with Spanish labels.
A = {
    "background": "Soy ingeniera de software desde hace 8 años, trabajo en una empresa de telecomunicaciones en Bogotá desarrollando servicios backend en Java y, desde hace dos años, modelos de predicción de demanda.",
    "math": "Me siento cómoda con probabilidad y estadística. El cálculo vectorial lo vi en la universidad, pero necesito repasarlo.",
    "study_plan": "Primer mes: repaso de matemáticas y el libro de Sutton y Barto. Segundo mes: el curso CS285 con las tareas. Tercer mes: un proyecto de RL para asignación de recursos en redes.",
    "commitment": "15 horas por semana. Puedo empezar en julio.",
    "referral": "Me enteré por una compañera de trabajo que participó el año pasado.",
    "afterwards": "Quiero postularme a un doctorado en aprendizaje por refuerzo.",
}
L = {"background": "Formación", "math": "Matemáticas", "study_plan": "Plan de estudio", "commitment": "Disponibilidad",
     "referral": "Cómo me enteré", "afterwards": "Objetivos"}
own = ["Hola,", "Les escribo mis respuestas en español, espero que no sea problema.", *labelled(A, L), "Saludos cordiales,\nValentina Rojas"]
ot, _ = ours("Valentina")
t = "\n\n".join(own) + "\n\nEl 14/4/26 a las 09:02, Grants Team escribió:\n" + q(ot) + "\n"
case("c28_thunderbird_spanish.eml", sender="Valentina Rojas <valentina.rojas@telco-andina.example>",
     client="Thunderbird 128 (plain text)", style="Spanish labels and answers", answers=A, text=t,
     extra={"User-Agent": "Mozilla Thunderbird"})

# ------------------------------------------------------------------------------------ c29
# OWA (corporate): multi-paragraph answers under pasted bold questions.
A = {
    "background": "I have worked for 13 years as a software engineer, the last five as a staff engineer on the search infrastructure team of an online marketplace.\n\nBefore that I did a physics degree and two years of research assistant work on detector simulation, which is where I first learned numerical methods.",
    "math": "Reasonably comfortable. Probability I use for experimentation analysis.\n\nVector calculus I knew well during physics, but I have not used it in a decade, so I would plan two weeks to get back up to speed.",
    "study_plan": "I would split the time into three blocks of four weeks.\n\nFirst, foundations: Sutton & Barto part I and the Silver lectures. Second, deep RL: CS285 lectures and homework. Third, a project: reproduce the results of a learned index or caching policy paper with RL and publish the code.",
    "commitment": "I have agreed a 4-day week with my employer, so one full day plus evenings, about 18 hours per week. I can start on 1 June.",
    "referral": "A former colleague, Aiko, who now works at one of your partner labs, recommended it. I do not know anyone on the selection committee.",
    "afterwards": "Transition into a research engineering role, ideally on an RL team working on systems problems.",
}
blocks_h, blocks_t = [], []
for i, k in enumerate(IDS, 1):
    qt = f"{i}. {qtext(i)}"
    blocks_t.append(qt + "\n\n" + A[k])
    blocks_h.append(f'<div class="elementToProof"><b>{esc(qt)}</b></div>' + "".join(f'<div class="elementToProof">{esc(p)}</div><div class="elementToProof"><br></div>' for p in A[k].split("\n\n")))
own_t = "Hello,\n\nThank you for considering my application. My answers are below each question.\n\n" + "\n\n".join(blocks_t) + "\n\nBest wishes,\nOwen Gallagher\nStaff Software Engineer\nwww.tradewell-market.example"
own_h = ('<div class="elementToProof">Hello,</div><div class="elementToProof"><br></div><div class="elementToProof">Thank you for considering my application. '
         'My answers are below each question.</div><div class="elementToProof"><br></div>' + "".join(blocks_h)
         + '<div class="elementToProof">Best wishes,<br>Owen Gallagher<br>Staff Software Engineer<br><a href="https://www.tradewell-market.example">www.tradewell-market.example</a></div>')
t, h = owa("Owen", own_t, own_h, to="Owen Gallagher")
case("c29_owa_multiparagraph.eml", sender="Owen Gallagher <owen.gallagher@tradewell-market.example>",
     client="Outlook on the web (corporate)", style="multi-paragraph answers under pasted bold questions", answers=A,
     text=t, html_body=h, subject="RE: Application")

# ------------------------------------------------------------------------------------ c30
# Outlook for Mac, "Q1." numbering, short answers, signature with links.
A = {
    "background": "ML engineer at a media company (4 yrs), before that backend developer (5 yrs). Recommendation systems mostly.",
    "math": "Comfortable with probability, OK with calculus; would brush up on the policy gradient theorem derivation.",
    "study_plan": "Spinning Up + CS285, then reproduce a slate-recommendation RL paper (SlateQ).",
    "commitment": "20h/week, start 1 June.",
    "referral": "Friend who did the program in 2025 (Chen Wei).",
    "afterwards": "Research engineer on an RL team.",
}
own = ["Hi,", *numbered(A, "Q{n}. "), "Cheers,\nAmélie Roux\nML Engineer, Lumen Media\nlinkedin.com/in/amelie-roux-example | github.com/amelieroux-example"]
t, h = outlook("Amélie", "\n\n".join(own), "".join(mso(b) + mso("") for b in own), sent="Tuesday, 14 April 2026 at 09:02",
               to="Amélie Roux <amelie.roux@lumen-media.example>", labels=("From", "Date", "To", "Subject"))
case("c30_outlook_mac_q_dot.eml", sender="Amélie Roux <amelie.roux@lumen-media.example>", client="Outlook for Mac 16",
     style="Q1. answers, signature with links", answers=A, text=t, html_body=h, x_mailer="Microsoft Outlook for Mac 16.84")


(HERE / "expected.json").write_text(
    json.dumps(
        {"_about": "A third blind realistic cohort of whole replies (corporate Exchange/Outlook, university "
                   "webmail, older clients, people writing twice), written before anything was run on them.",
         "cases": CASES},
        ensure_ascii=False, indent=1,
    ) + "\n",
    encoding="utf-8",
)
print(f"{len(CASES)} cases written to {HERE}")
