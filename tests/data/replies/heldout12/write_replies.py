"""Writes heldout12/: a realistic cohort of ~28 whole replies (.eml) to grantbox's questions
email (and to its "we still need" email), read the way intake reads them
(`benchmarks/answers_whole_emails.py`), with `expected.json`.

Written blind by a fourth helper (read neither the parsers, their tests nor the earlier reply
sets, apart from the helper functions at the top of heldout8/write_replies.py, copied here).
The applicants, companies and addresses are invented. Markup imitates what each client builds
(see README.md for the sources). Expected answers are the applicant's own words for a question,
without numbers, labels, greetings, sign-offs or signatures.

Run from the repository root: .venv/bin/python tests/data/replies/heldout12/write_replies.py
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
CASES: dict[str, dict] = {}
N = 0


# ---------------------------------------------------------------- helpers (from heldout8)
def case(
    fn: str, *, sender: str, client: str, style: str, answers: dict[str, str],
    text: str | None = None, html_body: str | None = None,
    files: list[tuple[str, str, bytes]] = (),  # type: ignore[assignment]
    answers_file: str | None = None, x_mailer: str | None = None,
    asked: list[str] | None = None, subject: str = "Re: Application",
    headers: dict[str, str] | None = None,
) -> None:
    global N
    N += 1
    m = EmailMessage()
    m["From"] = sender
    m["To"] = PROGRAM
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 3, 10 + N // 12, 7 + N % 12, (N * 7) % 60, tzinfo=UTC))
    m["Message-ID"] = f"<heldout12-{N}@applicant.example>"
    m["In-Reply-To"] = "<questions-1@grantbox.example>"
    if x_mailer:
        m["X-Mailer"] = x_mailer
    for k, v in (headers or {}).items():
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
    entry: dict = {"client": client, "style": style, "answers": answers}
    if answers_file:
        entry["answers_file"] = answers_file
    if asked:
        entry["asked"] = asked
    CASES[fn] = entry


def qtext(i: int) -> str:
    return NQ[i - 1].text


# ---------------------------------------------------------------- client wrappers
GT = "Grants Team"
GA = "grants@grantbox.example"


def lines_html(body: str, open_: str = "<div>", close: str = "</div>", blank: str = "<div><br></div>") -> str:
    out = []
    for line in body.split("\n"):
        out.append(blank if not line.strip() else f"{open_}{esc(line)}{close}")
    return "\n".join(out)


def gmail(body: str, name: str, *, template: str = "questions", ids=None,
          attr: str = f"On Tue, 10 Mar 2026 at 09:12, {GT} <{GA}> wrote:",
          body_html: str | None = None) -> tuple[str, str]:
    t, h = ours(name, template, ids)
    text = f"{body}\n\n{attr}\n\n{q(t)}\n"
    bh = body_html if body_html is not None else lines_html(body)
    page = (
        f'<div dir="ltr">{bh}</div><br><div class="gmail_quote gmail_quote_container">'
        f'<div dir="ltr" class="gmail_attr">{esc(attr[:-1])}:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        f'rgb(204,204,204);padding-left:1ex">{h}</blockquote></div>\n'
    )
    return text, page


def outlook_desktop(body: str, name: str, addr: str, *, template: str = "questions", ids=None,
                    labels=("From:", "Sent:", "To:", "Subject:"),
                    sent: str = "Tuesday, March 10, 2026 9:12 AM", footer: str = "",
                    body_html: str | None = None, quote_html: str | None = None,
                    quote_text: str | None = None) -> tuple[str, str]:
    t, h = ours(name, template, ids)
    fl, sl, tl, subl = labels
    hdr_t = f"{fl} {GT} <{GA}>\n{sl} {sent}\n{tl} {name} <{addr}>\n{subl} Application\n"
    text = f"{body}\n\n{hdr_t}\n{quote_text if quote_text is not None else t}\n"
    if footer:
        text += f"\n{footer}\n"
    bh = body_html if body_html is not None else lines_html(
        body, '<p class="MsoNormal">', "<o:p></o:p></p>", '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    hdr_h = (
        '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal"><b><span lang="EN-US">{fl}</span></b><span lang="EN-US"> {GT} '
        f'&lt;{GA}&gt; <br><b>{sl}</b> {sent}<br><b>{tl}</b> {esc(name)} &lt;{addr}&gt;<br>'
        f'<b>{subl}</b> Application<o:p></o:p></span></p></div></div>'
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    )
    foot_h = f'<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">{esc(footer)}</span></p>' if footer else ""
    page = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
        '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;'
        'font-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
        '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
        f'<div class="WordSection1">{bh}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{hdr_h}'
        f'{quote_html if quote_html is not None else h}{foot_h}</div></body></html>\n'
    )
    return text, page


def owa(body: str, name: str, addr: str, *, template: str = "questions", ids=None,
        labels=("From:", "Sent:", "To:", "Subject:"), sent: str = "Tuesday, March 10, 2026 09:12",
        sig_html: str = "", sig_text: str = "") -> tuple[str, str]:
    """New Outlook / Outlook on the web (also Outlook mobile, with its "Get Outlook" line)."""
    t, h = ours(name, template, ids)
    fl, sl, tl, subl = labels
    text = (f"{body}\n{sig_text}\n________________________________\n{fl} {GT} <{GA}>\n{sl} {sent}\n"
            f"{tl} {name} <{addr}>\n{subl} Application\n\n{t}\n")
    bh = lines_html(body, '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                    'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">',
                    "</div>", '<div class="elementToProof" style="font-size: 12pt;"><br></div>')
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
        f'<body dir="ltr">{bh}{sig_html}<div id="appendonsend"></div>'
        '<hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        f'<b>{fl}</b> {GT} &lt;{GA}&gt;<br><b>{sl}</b> {sent}<br><b>{tl}</b> {esc(name)} &lt;{addr}&gt;<br>'
        f'<b>{subl}</b> Application</font><div>&nbsp;</div></div><div>{h}</div></body></html>\n'
    )
    return text, page


def apple(body: str, name: str, *, template: str = "questions", ids=None,
          attr: str = f"On 10 Mar 2026, at 09:12, {GT} <{GA}> wrote:", iphone: bool = False,
          body_html: str | None = None) -> tuple[str, str]:
    t, h = ours(name, template, ids)
    text = f"{body}\n\n{attr}\n\n{q(t)}\n" if iphone else f"{body}\n\n> {attr}\n> \n{q(t)}\n"
    bh = body_html if body_html is not None else lines_html(body)
    if iphone:
        page = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{bh}<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{h}</div></blockquote></body></html>\n'
        )
    else:
        page = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{bh}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
            f'<div>{h}</div></blockquote></div><br></body></html>\n'
        )
    return text, page


# ---------------------------------------------------------------- the cohort
def c01() -> None:
    name, addr = "Arjun Raghavan", "arjun.raghavan91@gmail.example"
    a = {
        "background": "I have 7 years as a backend engineer, currently Senior Software Engineer at Kestrel Payments in Bengaluru. Mostly Java and Go microservices for payment reconciliation, plus 2 years on the fraud team where I built feature pipelines for the risk models (Spark, Kafka).",
        "math": "Comfortable with linear algebra and basic probability from my B.Tech and the fraud work. Vector calculus I have not used since college, so I will need to revise gradients, Jacobians and the chain rule in matrix form.",
        "study_plan": "Month 1: Sutton & Barto chapters 1-6 and the David Silver lectures. Month 2: Spinning Up in Deep RL, implement DQN and PPO from scratch. Month 3: reproduce one paper (thinking of the PPO paper's MuJoCo results at small scale) and write it up.",
        "commitment": "20-25 hours per week. I can start from 1st May.",
        "referral": "Saw it shared on LinkedIn by a former colleague. I don't know anyone in the program.",
        "afterwards": "Move into an applied RL / research engineer role, ideally in a lab working on RL for real systems.",
    }
    body = "Hi,\n\nThanks for the quick response. Please find my answers below.\n\n" + "\n\n".join(
        f"{i}. {a[k]}" for i, k in enumerate(["background", "math", "study_plan", "commitment", "referral", "afterwards"], 1)
    ) + "\n\nRegards,\nArjun Raghavan\n+91 98450 12345 | linkedin.com/in/arjun-raghavan-example"
    t, h = gmail(body, name)
    case("c01_gmail_web_numbered.eml", sender=f"{name} <{addr}>", client="Gmail web",
         style="top-posted, '1.' numbered answers, signature with phone and LinkedIn", answers=a, text=t, html_body=h)


def c02() -> None:
    name, addr = "Chiamaka Okafor", "chiamaka.okafor@gmail.example"
    a = {
        "background": "I am a data analyst at a telecom company in Lagos for the past 4 years. I work mostly with SQL, Python and Power BI, building churn models and dashboards for the marketing team. Before that I did my NYSC and a BSc in Statistics at the University of Nigeria.",
        "math": "Probability is my strongest area because of my statistics degree. Vector calculus I did in 200 level but I will need to brush up, especially partial derivatives and gradients of matrix expressions.",
        "study_plan": "I will follow the Hugging Face Deep RL course first and combine it with Sutton and Barto. After that I want to build a small project using RL for a network resource allocation problem similar to what we have at work.",
        "commitment": "I can give about 15 hours a week, more on weekends. I can start immediately.",
        "referral": "A friend from the Data Science Nigeria community sent me the link.",
        "afterwards": "I want to do a Masters in machine learning abroad and eventually work as a research scientist.",
    }
    body = ("Good morning,\n\nThank you for your mail. My answers are as follows:\n\n"
            + "\n\n".join(a.values()) + "\n\nThank you.\nChiamaka")
    t, h = gmail(body, name, attr=f"On Tue, 10 Mar 2026, 09:12 {GT}, <{GA}> wrote:")
    case("c02_gmail_android_prose.eml", sender=f"{name} <{addr}>", client="Gmail Android",
         style="prose, one paragraph per question in order, no numbers", answers=a, text=t, html_body=h)


def c03() -> None:
    name, addr = "Tyler Brooks", "tbrooks@icloud.example"
    a = {
        "background": "Software engineer 5 yrs, mostly React/Node at a health tech startup in Austin",
        "math": "Honestly rusty. Took calc 3 and stats in college but havent touched it since",
        "study_plan": "fast.ai + Spinning Up, then try to reproduce DQN on Atari",
        "commitment": "10-15 hrs/week, could start in April",
        "referral": "Hacker News",
        "afterwards": "Research engineer role at an AI lab",
    }
    body = "\n".join(f"{i}) {v}" for i, v in enumerate(a.values(), 1)) + "\n\nThanks!\nTyler\n\nSent from my iPhone"
    t, h = apple(body, name, iphone=True)
    case("c03_iphone_mail_short.eml", sender=f"{name} <{addr}>", client="iPhone Mail (iOS 18)",
         style="terse '1)' answers, 'Sent from my iPhone'", answers=a, text=t, html_body=h,
         x_mailer="iPhone Mail (22D72)")


def c04() -> None:
    name, addr = "Oliver Hartley", "oliver.hartley@northgate-capital.example"
    a = {
        "background": "Quantitative developer at Northgate Capital in London for six years (C++ and Python, pricing libraries and intraday risk). Before that a PhD in theoretical physics at Durham.",
        "math": "Very comfortable. Stochastic calculus and measure-theoretic probability are part of my day job; vector calculus is second nature from physics.",
        "study_plan": "Weeks 1-4: Sutton & Barto cover to cover with exercises. Weeks 5-8: the Berkeley CS285 lectures and homeworks. Weeks 9-12: reproduce \"Human-level control through deep reinforcement learning\" on a subset of Atari games and write up the results.",
        "commitment": "About 20 hours per week alongside work (I am moving to four days a week). Earliest start 1 June 2026.",
        "referral": "A friend, Dr. Priya Natarajan, mentioned it; I do not believe she is involved in running it.",
        "afterwards": "I would like to join a research team working on RL for decision making, possibly in a quant setting.",
    }
    lab = ["Background", "Math", "Study plan", "Time commitment", "How you heard of us", "Afterwards"]
    body = ("Dear Grants Team,\n\nMany thanks. Answers below.\n\n"
            + "\n\n".join(f"{l}: {v}" for l, v in zip(lab, a.values()))
            + "\n\nKind regards,\n\nOliver\n\nOliver Hartley | Quantitative Developer\nNorthgate Capital LLP | 12 Fenchurch Row, London EC3\nT: +44 20 7946 0312")
    footer = ("This email and any attachments are confidential and may be privileged. If you are not the intended "
              "recipient, please notify the sender immediately and delete it. Northgate Capital LLP is authorised and "
              "regulated by the Financial Conduct Authority.")
    t, h = outlook_desktop(body, name, addr, footer=footer)
    case("c04_outlook_desktop_labels_legal_footer.eml", sender=f"{name} <{addr}>",
         client="Outlook desktop (Exchange, Word HTML)", style="'Background:' labels from our own labels, legal footer",
         answers=a, text=t, html_body=h, x_mailer=None,
         headers={"X-MS-Has-Attach": "", "Thread-Topic": "Application"})


def c05() -> None:
    name, addr = "Marta Wiśniewska", "marta.wisniewska@gmail.example"
    a = {
        "background": "PhD in condensed matter physics (Warsaw, 2021), then three years as a data scientist at an e-commerce company doing demand forecasting and A/B testing.",
        "math": "Comfortable with both. I use probability daily, and vector calculus was the bread and butter of my physics training.",
        "study_plan": "I would go through CS285 lectures and implement each algorithm in JAX, roughly one algorithm family per two weeks (policy gradients, actor-critic, Q-learning, model-based, offline RL), and finish with a small offline-RL project on a public dataset.",
        "commitment": "30 hours per week; I can start on 4 May.",
        "referral": "Twitter/X. I know nobody involved.",
        "afterwards": "Apply for research engineer positions, or a second PhD-style position in an RL group if the grant goes well.",
    }
    t0, h0 = ours(name)
    keys = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]
    parts_t, parts_h = ["Hello,\n\nI answered inline below.\n\nMarta\n\n" + f"On Tue, 10 Mar 2026 at 09:12, {GT} <{GA}> wrote:\n"], []
    # interleave: quoted intro, then each quoted question followed by her answer
    intro = t0.split("\n1. ")[0]
    parts_t.append(q(intro) + "\n>")
    for i, k in enumerate(keys, 1):
        qt = f"{i}. {qtext(i)}" + (" (optional)" if k == "referral" else "")
        parts_t.append(q(qt) + "\n\n" + a[k] + "\n")
    parts_t.append(q("Thank you,\nThe grants team"))
    text = "\n".join(parts_t) + "\n"
    hq = []
    for i, k in enumerate(keys, 1):
        hq.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  f'<p><strong>{i}. {esc(qtext(i))}</strong></p></blockquote><div><br></div><div>{esc(a[k])}</div><div><br></div>')
    page = ('<div dir="ltr"><div>Hello,</div><div><br></div><div>I answered inline below.</div><div><br></div><div>Marta</div></div><br>'
            '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f'On Tue, 10 Mar 2026 at 09:12, {GT} &lt;{GA}&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'<p>Hi {esc(name)},</p><p>Thank you for applying to the ML research retraining grant; we have your resume.</p></blockquote>'
            + "".join(hq) +
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '<p>Thank you,</p><p>The grants team</p></blockquote></div>\n')
    case("c05_gmail_web_inline_under_quote.eml", sender=f"{name} <{addr}>", client="Gmail web",
         style="'answered inline below': answers under each quoted question", answers=a, text=text, html_body=page)


def c06() -> None:
    name, addr = "Denise Tremblay", "denise.tremblay@maplegrid-energy.example"
    a = {
        "background": "Senior data analyst at MapleGrid Energy (Montréal), 9 years. Load forecasting, SQL/Python, some Bayesian modelling in PyMC.",
        "math": "Probability: good. Vector calculus: I did it in engineering school 15 years ago, so it will take a few weeks of review.",
        "study_plan": "Start with the Coursera RL specialization from U of Alberta (it is structured week by week), then Spinning Up. Final month: a battery-dispatch agent on our own public load data.",
        "commitment": "12 hours a week during the week plus some weekends. September 2026 would be best.",
        "afterwards": "Bring RL into our grid operations team, or move to a research group working on energy systems.",
    }
    keys = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]
    t0, h0 = ours(name)
    # quoted text with answers inserted after each question (Outlook quotes without '>')
    qt_lines = []
    for para in t0.split("\n\n"):
        qt_lines.append(para)
        for i, k in enumerate(keys, 1):
            if para.startswith(f"{i}. ") and k in a:
                qt_lines.append(a[k])
    quote_text = "\n\n".join(qt_lines)
    blue = '<p class="MsoNormal"><span style="color:#0070C0">{}<o:p></o:p></span></p>'
    hparts = []
    for chunk in h0.split("\n"):
        hparts.append(chunk)
        for i, k in enumerate(keys, 1):
            if chunk.startswith(f"<p><strong>{i}. ") and k in a:
                hparts.append(blue.format(esc(a[k])))
    body = "Hello,\n\nPlease see my answers in blue below. I skipped question 5.\n\nThanks,\nDenise"
    # text part: Outlook's plain-text alternative has the blue answers as ordinary lines in the quote
    t, h = outlook_desktop(body, name, addr, quote_html="\n".join(hparts), quote_text=quote_text)
    case("c06_outlook_desktop_inline_blue.eml", sender=f"{name} <{addr}>", client="Outlook desktop (Word HTML)",
         style="'see my answers in blue below': coloured answers inside the quoted email (plain lines in the text part), Q5 skipped",
         answers=a, text=t, html_body=h)


def c07() -> None:
    name, addr = "Jonas Becker", "jonas.becker@posteo.example"
    a = {
        "background": "I studied computational neuroscience (MSc, Tübingen) and then worked four years as an ML engineer at an automotive supplier, building perception pipelines (PyTorch, C++ inference on embedded hardware).\n\nSince last year I lead a small team of three doing data tooling, which I enjoy less than hands-on modelling.",
        "math": "Comfortable. Probability and vector calculus were central in my master's. I would like to refresh measure-theoretic details for the policy gradient proofs, but that is a nice-to-have.",
        "study_plan": "Weeks 1-3: Sutton & Barto Part I and II, exercises in Python.\nWeeks 4-7: Deep RL - DQN, PPO, SAC, reimplemented from scratch and checked against CleanRL.\nWeeks 8-12: reproduce a model-based paper (DreamerV3 at reduced scale) and publish the code and a blog post.",
        "commitment": "Full time (35-40h). I am on a sabbatical from July, so start 1 July 2026.",
        "referral": "From the 80,000 Hours job board newsletter. No contacts.",
        "afterwards": "Ideally a research engineer position in RL or robotics; a PhD is an option I am considering.",
    }
    keys = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]
    parts = []
    for i, k in enumerate(keys, 1):
        parts.append(f"{qtext(i)}\n\n{a[k]}")
    body = "Hello Grants Team,\n\nhere are my answers.\n\n" + "\n\n".join(parts) + "\n\nBest regards\nJonas Becker"
    t, h = apple(body, name, attr=f"On 10. Mar 2026, at 09:12, {GT} <{GA}> wrote:")
    case("c07_apple_mail_pasted_questions_multipara.eml", sender=f"{name} <{addr}>", client="Apple Mail (macOS)",
         style="questions pasted as headings (no numbers), multi-paragraph answers", answers=a, text=t, html_body=h,
         x_mailer="Apple Mail (2.3826.300.87.4.3)")


def c08() -> None:
    name, addr = "Katrin Vogel", "katrin.vogel@gmail.example"
    a = {
        "background": "Ich bin seit acht Jahren Softwareentwicklerin (Java, Kotlin) bei einer Versicherung in Köln, zuletzt im Bereich Schadensprognose mit klassischem ML.",
        "math": "Wahrscheinlichkeitsrechnung ist okay, Vektoranalysis muss ich auffrischen. Ich habe dafür schon mit \"Mathematics for Machine Learning\" angefangen.",
        "study_plan": "Erst den Hugging Face Deep RL Kurs, parallel Sutton & Barto. Im dritten Monat möchte ich PPO für ein kleines Robotik-Szenario (MuJoCo) nachbauen.",
        "commitment": "Ca. 20 Stunden pro Woche, Beginn ab 1. April.",
        "referral": "Über einen Newsletter (The Batch). Ich kenne niemanden im Programm.",
        "afterwards": "Wechsel in ein ML-Forschungsteam, gerne im Bereich Robotik.",
    }
    lab = ["Hintergrund", "Mathe", "Lernplan", "Zeit", "Empfehlung", "Ziele"]
    body = ("Hallo,\n\nvielen Dank für die Rückmeldung! Ich antworte auf Deutsch, ich hoffe das ist in Ordnung.\n\n"
            + "\n\n".join(f"{l}: {v}" for l, v in zip(lab, a.values()))
            + "\n\nViele Grüße\nKatrin Vogel")
    t, h = gmail(body, name, attr=f"Am Di., 10. März 2026 um 09:12 Uhr schrieb {GT} <{GA}>:")
    case("c08_gmail_web_german_labels.eml", sender=f"{name} <{addr}>", client="Gmail web (German UI)",
         style="whole reply in German with German labels", answers=a, text=t, html_body=h)


def c09() -> None:
    name, addr = "Alejandro Fuentes", "afuentes@outlook.example"
    a = {
        "background": "Ingeniero de software con 6 años de experiencia en backend (Python, Django) en una fintech de Ciudad de México. Antes trabajé dos años como analista de riesgo.",
        "math": "Me siento cómodo con probabilidad. El cálculo vectorial lo vi en la universidad pero necesito repasarlo.",
        "study_plan": "Mes 1: curso de David Silver y Sutton & Barto. Mes 2: implementar DQN y PPO. Mes 3: un proyecto de RL aplicado a trading simulado.",
        "commitment": "20 horas por semana. Puedo empezar en mayo.",
        "referral": "Lo vi en un grupo de Telegram de ML en español. No conozco a nadie.",
        "afterwards": "Me gustaría hacer un doctorado o trabajar como ingeniero de investigación.",
    }
    body = "Hola,\n\nGracias por su correo. Aquí mis respuestas:\n\n" + "\n\n".join(
        f"{i}. {v}" for i, v in enumerate(a.values(), 1)) + "\n\nSaludos cordiales,\nAlejandro Fuentes"
    t, h = owa(body, name, addr, labels=("De:", "Enviado:", "Para:", "Asunto:"),
               sent="martes, 10 de marzo de 2026 3:12")
    case("c09_new_outlook_spanish_numbered.eml", sender=f"{name} <{addr}>", client="new Outlook / Outlook.com (Spanish UI)",
         style="Spanish, '1.' numbered, Spanish header block", answers=a, text=t, html_body=h)


def c10() -> None:
    name, addr = "Fatima Zahra Benali", "fz.benali@gmail.example"
    a = {
        "math": "I am comfortable with probability (I teach a bit of it to first-year students). For vector calculus I know the basics but I would need to practice matrix derivatives.",
        "afterwards": "I hope to start a PhD in reinforcement learning in Europe in 2027.",
    }
    body = f"Hello,\n\nSorry, I missed these in my first email.\n\nMath: {a['math']}\n\nAfterwards: {a['afterwards']}\n\nBest,\nFatima Zahra"
    t, h = gmail(body, name, template="missing_answers", ids=["math", "afterwards"],
                 attr=f"On Thu, 12 Mar 2026 at 10:40, {GT} <{GA}> wrote:")
    case("c10_gmail_missing_labels.eml", sender=f"{name} <{addr}>", client="Gmail web",
         style="reply to 'we still need' (math, afterwards) with labels", answers=a, text=t, html_body=h,
         asked=["math", "afterwards"])


def c11() -> None:
    name, addr = "Samuel Osei", "samuel.osei@kumasi-analytics.example"
    a = {
        "study_plan": "I would spend the first month on the fundamentals (Sutton & Barto chapters 1-9 with the exercises), the second month on deep RL with the Spinning Up material and implementations of DQN, A2C and PPO, and the last month reproducing a paper on RL for inventory management, which is close to the supply-chain problems I work on.",
    }
    body = "Hi,\n\n" + a["study_plan"] + "\n\nThanks,\nSamuel\n\nSamuel Osei\nLead Analyst, Kumasi Analytics\n+233 24 555 0192"
    t, h = outlook_desktop(body, name, addr, template="missing_answers", ids=["study_plan"],
                           labels=("From:", "Date:", "To:", "Subject:"), sent="Thursday, 12 March 2026 at 10:40")
    case("c11_outlook_mac_missing_one_prose.eml", sender=f"{name} <{addr}>", client="Outlook for Mac",
         style="reply to 'we still need' one question, plain paragraph with no number", answers=a, text=t, html_body=h,
         asked=["study_plan"], x_mailer="Microsoft Outlook 16.95")


def thunderbird(body: str, name: str, *, template: str = "questions", ids=None,
                attr: str = f"On 10/03/2026 09:12, {GT} wrote:", sig: str = "") -> tuple[str, str]:
    t, h = ours(name, template, ids)
    text = f"{body}\n\n{attr}\n{q(t)}\n" + (f"\n-- \n{sig}\n" if sig else "")
    paras = "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
    page = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        f'{paras}<div class="moz-cite-prefix">{esc(attr)}<br></div>'
        f'<blockquote type="cite" cite="mid:questions-1@grantbox.example">{h}</blockquote>'
        + (f'<pre class="moz-signature" cols="72">-- \n{esc(sig)}</pre>' if sig else "") + "</body></html>\n")
    return text, page


def c12() -> None:
    name, addr = "Lukas Novák", "lukas.novak@seznam.example"
    a = {
        "commitment": "25 hours per week, starting in the second half of April.",
        "afterwards": "Join a robotics startup as an RL engineer, or continue as an independent researcher.",
    }
    body = f"Hello,\n\n4. {a['commitment']}\n\n6. {a['afterwards']}\n\nBest regards,\nLukas"
    t, h = thunderbird(body, name, template="missing_answers", ids=["commitment", "afterwards"],
                       attr=f"On 12. 03. 26 10:40, {GT} wrote:", sig="Lukáš Novák\nBrno, Czech Republic")
    case("c12_thunderbird_missing_numbered.eml", sender=f"{name} <{addr}>", client="Thunderbird 128",
         style="reply to 'we still need' (4, 6) keeping the original numbers, '-- ' signature", answers=a,
         text=t, html_body=h, asked=["commitment", "afterwards"],
         headers={"User-Agent": "Mozilla Thunderbird"})


def c13() -> None:
    name, addr = "Mei Lin Tan", "meilin.tan@gmail.example"
    a = {
        "background": "Five years as a machine learning engineer at a logistics company in Singapore, working on route optimisation and demand forecasting (Python, PyTorch, OR-Tools).",
        "math": "Comfortable with probability and linear algebra. Vector calculus is fine for backprop-level work; I would brush up on it for the policy gradient theorem and stochastic approximation.",
        "study_plan": "Weeks 1-4: Sutton & Barto and the DeepMind x UCL lectures.\nWeeks 5-8: implement DQN, PPO and SAC with tests against CleanRL baselines.\nWeeks 9-12: reproduce an RL-for-vehicle-routing paper (attention model + REINFORCE) and extend it.",
        "commitment": "25 hours per week; I can start on 1 June 2026.",
        "referral": "A former classmate, Daniel Koh, who is an alumnus of the program.",
        "afterwards": "A research engineer role in an RL team, or a PhD in combinatorial optimisation with RL.",
    }
    labels = ["1. Background", "2. Math", "3. Study plan", "4. Time commitment", "5. How I heard of you", "6. After the grant"]
    paras: list[tuple[str, bool]] = [("Mei Lin Tan - answers to follow-up questions", True)]
    for l, k in zip(labels, a):
        paras.append((l, True))
        for p in a[k].split("\n"):
            paras.append((p, False))
    data = docx_bytes(paras)
    cv = pdf_bytes("<html><body><h1>Mei Lin Tan</h1><p>Machine Learning Engineer, Singapore</p><h2>Experience</h2><p>2021-now: ML Engineer, Harbourline Logistics</p></body></html>")
    body = "Hi Grants Team,\n\nPlease find my answers attached in the Word document. I have also attached my updated CV in case the one I sent earlier is out of date.\n\nThank you!\n\nBest,\nMei Lin"
    t, h = gmail(body, name)
    case("c13_gmail_answers_docx_and_cv.eml", sender=f"{name} <{addr}>", client="Gmail web",
         style="answers in an attached .docx (bold headings), updated CV PDF attached too", answers=a, text=t, html_body=h,
         files=[("MeiLin_Tan_answers.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data),
                ("MeiLin_Tan_CV_2026.pdf", "application/pdf", cv)],
         answers_file="MeiLin_Tan_answers.docx")


def c14() -> None:
    name, addr = "Rahul Mehta", "rahul.mehta@bluecrest-analytics.example"
    a = {
        "background": "Eight years in analytics: four at a consulting firm building pricing models, four as a data science manager at BlueCrest Analytics in Pune.",
        "math": "Probability is strong (I did an MSc in statistics). Vector calculus needs revision; I plan to use the first two weeks for it.",
        "study_plan": "Two weeks of maths revision, then six weeks of Sutton & Barto plus CS285, then four weeks on a project applying contextual bandits and RL to dynamic pricing.",
        "commitment": "15-20 hours per week from 15 April 2026.",
        "referral": "Through a colleague's post on LinkedIn.",
        "afterwards": "Lead an applied RL team in industry.",
    }
    labels = ["Background", "Math", "Study plan", "Time commitment", "Referral", "Afterwards"]
    rows = "".join(f"<h3>{i}. {l}</h3><p>{esc(v)}</p>" for i, (l, v) in enumerate(zip(labels, a.values()), 1))
    pdf = pdf_bytes(f"<html><head><meta charset='utf-8'><style>body{{font-family:Arial;font-size:11pt}}</style></head><body><h2>Rahul Mehta: Answers to follow-up questions</h2>{rows}</body></html>")
    body = "Dear Sir/Madam,\n\nPlease find attached my answers to the follow-up questions in PDF format.\n\nThanks & Regards,\nRahul Mehta\nManager - Data Science | BlueCrest Analytics\nM: +91 90110 22334"
    t, h = outlook_desktop(body, name, addr, sent="10 March 2026 14:42")
    case("c14_outlook_desktop_answers_pdf.eml", sender=f"{name} <{addr}>", client="Outlook desktop",
         style="'please find attached' answers as PDF", answers=a, text=t, html_body=h,
         files=[("Rahul_Mehta_Answers.pdf", "application/pdf", pdf)], answers_file="Rahul_Mehta_Answers.pdf")


def c15() -> None:
    name, addr = "Brian Kiprono", "briankiprono@yahoo.example"
    a = {
        "background": "I am a software developer with 4 years experience, mostly Android and backend in Nairobi. I have also done some freelance data analysis.",
        "math": "I am fairly comfortable with probability. Calculus I will need to revise.",
        "study_plan": "I will follow the Hugging Face course and the Sutton and Barto book, then build an agent for a simple game.",
        "commitment": "20 hours per week, I can start next month.",
        "referral": "I saw it on Twitter. I do not know anyone involved.",
        "afterwards": "To get a job as an ML engineer doing RL.",
    }
    body = "Hi,\n\n" + "\n".join(f"Q{i}: {v}" for i, v in enumerate(a.values(), 1)) + "\n\nRegards\nBrian"
    t0, h0 = ours(name)
    attr = f"On Tuesday, March 10, 2026 at 12:12:00 PM GMT+3, {GT} <{GA}> wrote:"
    text = f"{body}\n\n    {attr}  \n \n {t0}\n"
    page = (
        '<html><head></head><body><div class="ydp3f1e2a7yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        + lines_html(body, '<div dir="ltr" data-setdir="false">', "</div>", '<div dir="ltr" data-setdir="false"><br></div>')
        + '</div><div id="yahoo_quoted_4410297316" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
        f'<div>{esc(attr)}</div><div><br></div><div><br></div><div><div id="yiv0123456789">{h0}</div></div></div></div></body></html>\n')
    case("c15_yahoo_q_numbered.eml", sender=f"{name} <{addr}>", client="Yahoo Mail web",
         style="'Q1:' numbered on consecutive lines", answers=a, text=text, html_body=page)


def c16() -> None:
    name, addr = "Sanne de Vries", "sanne.devries@proton.example"
    a = {
        "background": "Backend developer (Rust, Go) for 6 years, currently at a Dutch energy trading firm in Amsterdam; before that an MSc in applied mathematics at TU Delft.",
        "math": "Comfortable with both; I would still re-derive the policy gradient results carefully.",
        "study_plan": "CS285 lectures and homeworks (weeks 1-8), then reproduce a multi-agent RL paper on electricity market bidding (weeks 9-12).",
        "commitment": "32 hours a week; I can start 1 May.",
        "referral": "A Mastodon post. I know no one involved.",
        "afterwards": "Research on RL for energy markets, possibly a PhD.",
    }
    lab = ["**Background**", "**Math**", "**Study plan**", "**Time commitment**", "**How you heard of us**", "**Afterwards**"]
    body = "Hi,\n\n" + "\n\n".join(f"{l}\n{v}" for l, v in zip(lab, a.values())) + "\n\nCheers,\nSanne"
    t0, h0 = ours(name)
    attr = f"On Tuesday, March 10th, 2026 at 9:12 AM, {GT} <{GA}> wrote:"
    text = f"{body}\n\nSent with Proton Mail secure email.\n\n{attr}\n\n{q(t0)}\n"
    bh = "".join(f'<div style="font-family: Arial, sans-serif; font-size: 14px;">{("<br>" if not line else esc(line))}</div>'
                 for line in body.split("\n"))
    page = (f'{bh}<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
            '<div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>'
            '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>'
            f'<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">{esc(attr)}<br><br>'
            f'<blockquote class="protonmail_quote" type="cite">{h0}</blockquote><br></div>\n')
    case("c16_proton_markdown_labels.eml", sender=f"{name} <{addr}>", client="Proton Mail web",
         style="markdown-style **Label** on its own line, answer below", answers=a, text=text, html_body=page)


def c17() -> None:
    name, addr = "Giulia Rinaldi", "giulia.rinaldi@fis.uni-pavia.example"
    a = {
        "background": "I am a postdoc in computational astrophysics at the University of Pavia. For the last five years I have written large simulation codes (C++, MPI, CUDA) and Bayesian inference pipelines for galaxy surveys.\n\nI have also supervised two master's students on ML emulators for our simulations.",
        "math": "Very comfortable: probability and vector calculus are daily tools in my field.",
        "study_plan": "I would follow CS285 for the first two months, implementing the homeworks in PyTorch.\n\nIn the third month I would try RL for adaptive telescope scheduling, which is an open problem in our collaboration, and write a short report.",
        "commitment": "About 20 hours per week until my contract ends in June, then full time. I could start in April.",
        "referral": "A colleague forwarded the call from a mailing list.",
        "afterwards": "Move to an industry research lab or an ML-for-science group.",
    }
    body = "Dear Grants Team,\n\nthank you for your message. Here are my answers.\n\n" + "\n\n".join(
        f"{i}. {v}" for i, v in enumerate(a.values(), 1)) + "\n\nBest regards,\nGiulia\n\n--\nDr. Giulia Rinaldi\nDipartimento di Fisica, Università di Pavia"
    t0, h0 = ours(name)
    attr = f"Il 2026-03-10 09:12 {GT} ha scritto:"
    text = f"{body}\n\n{attr}\n{q(t0)}\n"
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br />')}</p>\n" for p in body.split("\n\n"))
            + f'<p id="reply-intro">{esc(attr)}</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">'
            f'<!-- html ignored --><!-- head ignored --><!-- meta ignored -->\n{h0}\n</blockquote>\n</body></html>\n')
    case("c17_roundcube_numbered_multipara.eml", sender=f"{name} <{addr}>", client="Roundcube (university webmail)",
         style="'1.' numbered, multi-paragraph answers, Italian attribution, '--' signature with title", answers=a,
         text=text, html_body=page, headers={"User-Agent": "Roundcube Webmail/1.6.9"})


def c18() -> None:
    name, addr = "Étienne Moreau", "etienne.moreau@univ-lille.example"
    a = {
        "background": "Je suis ingénieur de recherche en informatique à l'université depuis 5 ans (calcul haute performance, Python/C). Before that I worked 3 years as a backend developer at a startup in Paris.",
        "math": "Assez à l'aise avec les probabilités ; le calcul vectoriel, I need to review it a bit.",
        "study_plan": "Le cours de David Silver puis CS285, avec l'implémentation de DQN et PPO. Last month: reproduce a paper on RL for job scheduling on HPC clusters.",
        "commitment": "Environ 20 heures par semaine, à partir de mai 2026.",
        "referral": "Via un collègue du laboratoire. I don't know anyone in the program.",
        "afterwards": "Intégrer une équipe de recherche en RL, maybe a PhD.",
    }
    body = "Bonjour,\n\nMerci pour votre message. Sorry for mixing French and English!\n\n" + "\n\n".join(
        f"{i}) {v}" for i, v in enumerate(a.values(), 1)) + "\n\nCordialement,\nÉtienne Moreau"
    t0, h0 = ours(name)
    hdr = (f"----- Mail original -----\nDe: \"{GT}\" <{GA}>\nÀ: \"{name}\" <{addr}>\n"
           "Envoyé: Mardi 10 Mars 2026 09:12:00\nObjet: Application\n")
    text = f"{body}\n\n{hdr}\n{t0}\n"
    page = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + lines_html(body, "<div>", "</div>", "<div><br data-mce-bogus=\"1\"></div>")
            + '<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>De: </b>"' + GT + f'" &lt;{GA}&gt;<br>'
            f'<b>À: </b>"{esc(name)}" &lt;{addr}&gt;<br><b>Envoyé: </b>Mardi 10 Mars 2026 09:12:00<br><b>Objet: </b>Application<br></div><br>'
            f'<div data-marker="__QUOTED_TEXT__">{h0}</div></div></body></html>\n')
    case("c18_zimbra_french_english_mixed.eml", sender=f"{name} <{addr}>", client="Zimbra (university webmail, French UI)",
         style="French/English mixed within answers, '1)' numbered, Zimbra 'Mail original' header", answers=a,
         text=text, html_body=page, x_mailer="Zimbra 10.0.8_GA_4518 (ZimbraWebClient - FF128 (Linux)/10.0.8_GA_4518)")


def c19() -> None:
    name, addr = "Harold Whitfield", "hwhitfield@math.westbury.example"
    a = {
        "background": "I taught undergraduate statistics for 22 years and have written research software in R and Fortran for most of that time. I took early retirement last year.",
        "math": "Entirely comfortable.",
        "study_plan": "Sutton and Barto, slowly and thoroughly, with every exercise; then the Spinning Up implementations.",
        "commitment": "As many hours as needed, realistically 30 a week. Any time.",
        "referral": "My nephew sent me the link.",
        "afterwards": "Independent research, perhaps some teaching of RL.",
    }
    t0, _ = ours(name)
    keys = list(a)
    out = [f"{GT} wrote:"]
    paras = t0.split("\n\n")
    for para in paras:
        out.append(q(para))
        for i, k in enumerate(keys, 1):
            if para.startswith(f"{i}. "):
                out.append("\n" + a[k] + "\n")
        if not any(para.startswith(f"{i}. ") for i in range(1, 7)):
            out.append(">")
    text = "\n".join(out) + "\n\nHarold Whitfield\n"
    case("c19_squirrelmail_bottom_inline.eml", sender=f"{name} <{addr}>", client="SquirrelMail 1.4 (plain text)",
         style="plain text only, quote starts at the top, answers interleaved under each '> N.' question", answers=a,
         text=text, x_mailer="SquirrelMail/1.4.22")


def c20() -> None:
    name, addr = "Aisha Rahman", "aisha.rahman@hotmail.example"
    a = {
        "background": "Data engineer, 3 years, at a bank in Dhaka (Airflow, Spark, SQL).",
        "math": "Probability ok, calculus needs work.",
        "commitment": "15 hours a week, from June.",
        "referral": "Facebook group for Bangladeshi ML engineers.",
        "afterwards": "A research position or a Masters.",
    }
    body = ("Hi, replying from my phone\n\n1. " + a["background"] + "\n2. " + a["math"]
            + "\n3. I will send the study plan later this week, still working on it\n4. " + a["commitment"]
            + "\n5. " + a["referral"] + "\n6. " + a["afterwards"] + "\n\nAisha\n\nGet Outlook for Android")
    t, h = owa(body, name, addr, sent="Tuesday, March 10, 2026 3:12:10 PM")
    case("c20_outlook_android_partial.eml", sender=f"{name} <{addr}>", client="Outlook for Android",
         style="numbered on consecutive lines, Q3 deferred ('will send later'), 'Get Outlook for Android'",
         answers=a, text=t, html_body=h)


def c21() -> None:
    name, addr = "Daniel Cohen", "dan.cohen.dev@gmail.example"
    a = {
        "background": "Full-stack engineer for 10 years, the last 4 as tech lead at an adtech company in Tel Aviv. Built our bidding optimisation service, which is where I first met bandits.",
        "math": "Good with probability (bandits, A/B testing). Vector calculus I'd call okay; I'll review it.",
        "commitment": "20 hours a week, from May.",
        "afterwards": "Switch to RL research engineering.",
    }
    body = ("Hi there,\n\nQuick answers for now:\n\n1. " + a["background"] + "\n\n2. " + a["math"]
            + "\n\n3. Will answer this one separately in a couple of days, I want to put together a proper plan.\n\n4. "
            + a["commitment"] + "\n\n5. -\n\n6. " + a["afterwards"] + "\n\nDan\n\nSent from Gmail Mobile")
    t, h = gmail(body, name, attr=f"On Tue, Mar 10, 2026 at 11:12 AM {GT} <{GA}> wrote:")
    case("c21_gmail_ios_partial_dash.eml", sender=f"{name} <{addr}>", client="Gmail iOS app",
         style="numbered, Q3 'will answer separately', Q5 a bare '-'", answers=a, text=t, html_body=h)


def c22() -> None:
    name, addr = "Nguyen Thi Lan", "lan.nguyen.ml@gmail.example"
    a = {
        "background": "I have worked 5 years as a software engineer in Ho Chi Minh City, first on mobile apps and then 2 years in the AI team of an e-commerce company (recommendation systems).",
        "math": "I am comfortable with probability. For vector calculus I understand backpropagation but I need more practice with proofs.",
        "study_plan": "My plan is:\n- Week 1-2: review math (Mathematics for ML book, chapter 5 and 6)\n- Week 3-6: Sutton & Barto chapter 1-13\n- Week 7-9: Spinning Up, implement VPG, PPO, SAC\n- Week 10-12: reproduce \"Deep Reinforcement Learning for List-wise Recommendations\" and write a report",
        "commitment": "25 hours per week. I can start from 15/04/2026.",
        "referral": "My friend shared the link in a Facebook group. I don't know anyone.",
        "afterwards": "I hope to work as research engineer for recommendation with RL, and later maybe PhD.",
    }
    body = "Dear Grants Team,\n\nThank you very much for your email. Please see my answer as below:\n\n" + "\n\n".join(
        f"{i}. {v}" for i, v in enumerate(a.values(), 1)) + "\n\nThank you and best regards,\nLan"
    t, h = gmail(body, name, attr=f"Vào Th 3, 10 thg 3, 2026 vào lúc 16:12 {GT} <{GA}> đã viết:")
    case("c22_gmail_web_nested_bullets_vietnamese_attr.eml", sender=f"{name} <{addr}>", client="Gmail web (Vietnamese UI)",
         style="numbered, study plan as a bulleted week list, Vietnamese attribution line", answers=a, text=t, html_body=h)


def c23() -> None:
    name, addr = "Wei Jie Lim", "weijie.lim@straits-bank.example"
    a = {
        "background": "Vice President, Quantitative Analytics at Straits Bank, Singapore. 9 years building credit risk and stress testing models in Python and SAS.",
        "math": "Strong in probability and statistics; reasonably comfortable with multivariable calculus.",
        "study_plan": "Month 1 Sutton & Barto, month 2 CS285, month 3 an offline RL project on a synthetic credit-limit management problem.",
        "commitment": "12-15 hours per week (evenings and weekends), from July 2026 after our model validation cycle.",
        "referral": "A colleague who applied last year.",
        "afterwards": "Bring RL methods into our risk team and publish a paper on it.",
    }
    body = "Hi,\n\nPlease see below.\n\n" + "\n\n".join(f"{i}. {v}" for i, v in enumerate(a.values(), 1)) + (
        "\n\nRegards,\nWei Jie\n\nLim Wei Jie\nVP, Quantitative Analytics | Risk Management\nStraits Bank Ltd\n\nInternal")
    footer = ("CONFIDENTIALITY NOTICE: The information in this email is confidential and may be legally privileged. "
              "It is intended solely for the addressee. If you have received this email in error, please notify us "
              "and delete it. Straits Bank does not accept liability for any errors or omissions in the contents of "
              "this message. Please consider the environment before printing this email.")
    t, h = outlook_desktop(body, name, addr, footer=footer, sent="Tuesday, 10 March 2026 5:12 PM")
    case("c23_exchange_external_tag_disclaimer.eml", sender=f"{name} <{addr}>",
         client="Outlook desktop, corporate Exchange", style="'[EXTERNAL]' subject, '1.' numbered, 'Internal' label and disclaimer",
         answers=a, text=t, html_body=h, subject="RE: [EXTERNAL] Application")


def c24() -> None:
    name, addr = "Rafael Oliveira", "rafael.oliveira@icloud.example"
    a = {
        "background": "Sou cientista de dados há 6 anos em uma empresa de agronegócio em Campinas. Trabalho com previsão de safra, séries temporais e visão computacional com imagens de satélite.",
        "math": "Tenho boa base em probabilidade (mestrado em estatística). Cálculo vetorial preciso revisar.",
        "study_plan": "Primeiro mês: Sutton & Barto. Segundo mês: curso CS285. Terceiro mês: um projeto de RL para irrigação inteligente.",
        "commitment": "20 horas por semana, a partir de maio.",
        "referral": "Vi no LinkedIn. Não conheço ninguém do programa.",
        "afterwards": "Quero fazer doutorado na área de RL aplicado à agricultura.",
    }
    body = "Olá,\n\nObrigado pelo retorno! Seguem minhas respostas:\n\n" + "\n\n".join(
        f"{i}. {v}" for i, v in enumerate(a.values(), 1)) + "\n\nAbraço,\nRafael"
    t, h = apple(body, name, attr=f"Em 10 de mar. de 2026, à(s) 06:12, {GT} <{GA}> escreveu:")
    case("c24_apple_mail_portuguese.eml", sender=f"{name} <{addr}>", client="Apple Mail (macOS, Portuguese UI)",
         style="Portuguese, '1.' numbered, Portuguese attribution", answers=a, text=t, html_body=h,
         x_mailer="Apple Mail (2.3826.300.87.4.3)")


def c25() -> None:
    name, addr = "Emily Carter", "emily.carter.phd@gmail.example"
    a = {
        "background": "PhD in computational biology (2022) and two years as a bioinformatics scientist at a biotech in Boston, mainly Python pipelines and statistical genetics.",
        "math": "Probability is solid. Vector calculus is okay but I'd want to refresh it.",
        "study_plan": "Spinning Up and CS285, then apply RL to experimental design for protein engineering.",
        "commitment": "20 hours per week starting in May.",
        "referral": "My former labmate Jordan told me about it; they were a grantee in 2025.",
        "afterwards": "Research scientist in ML for biology.",
    }
    keys = list(a)
    text_parts, html_parts = [], []
    for i, k in enumerate(keys, 1):
        text_parts.append(f"*{qtext(i)}*\n{a[k]}")
        html_parts.append(f"<div><b>{esc(qtext(i))}</b></div><div>{esc(a[k])}</div><div><br></div>")
    body = "Hi,\n\nThanks for getting back to me!\n\n" + "\n\n".join(text_parts) + "\n\nBest,\nEmily\n--\nEmily Carter, PhD\nhttps://emilycarter.example"
    bh = ("<div>Hi,</div><div><br></div><div>Thanks for getting back to me!</div><div><br></div>" + "".join(html_parts)
          + "<div>Best,</div><div>Emily</div><div>--</div><div>Emily Carter, PhD</div><div><a href=\"https://emilycarter.example\">https://emilycarter.example</a></div>")
    t, h = gmail(body, name, body_html=bh)
    case("c25_gmail_bold_pasted_questions.eml", sender=f"{name} <{addr}>", client="Gmail web",
         style="questions pasted in bold (*...* in the text part), answer on next line, '--' signature with URL",
         answers=a, text=t, html_body=h)


def c26() -> None:
    name, addr = "Usman Tariq", "usman.tariq@outlook.example"
    a = {
        "background": "I am working as Senior Software Engineer in a software house in Lahore since 2019. Mostly .NET and Python, last 2 years in computer vision projects for retail clients.",
        "math": "I have studied calculus and probability in my BS Computer Science, I am comfortable but need revision of vector calculus.",
        "study_plan": "I will complete David Silver lectures, Sutton Barto book and then do a project of training agents in Unity ML-Agents.",
        "commitment": "I can give 20 hours per week and can start from April 2026.",
        "referral": "I came to know from a LinkedIn post.",
        "afterwards": "InshaAllah I want to pursue PhD in RL from a good university.",
    }
    body = "Respected Sir/Madam,\n\nHope you are doing well. Please find my answers below:\n\n" + "\n\n".join(
        f"Ans {i}: {v}" for i, v in enumerate(a.values(), 1)) + "\n\nThanks and regards,\nUsman Tariq\n+92 300 1234567"
    t, h = owa(body, name, addr)
    case("c26_outlook_web_ans_prefix.eml", sender=f"{name} <{addr}>", client="Outlook.com web",
         style="'Ans 1:' prefixes, formal greeting", answers=a, text=t, html_body=h)


def c27() -> None:
    name, addr = "Sofia Lindqvist", "sofia.lindqvist@nordvik.example"
    a = {
        "background": "Software architect at Nordvik AB in Gothenburg, 12 years in embedded and automotive software (C, C++, AUTOSAR).",
        "math": "Rusty on both; I studied engineering physics but it was a long time ago. I expect to need a month of revision.",
        "study_plan": "Maths revision in month 1, Sutton & Barto in month 2, an RL controller for a simulated vehicle in month 3.",
        "commitment": "16 hours per week, from August 2026.",
        "afterwards": "Lead RL work in our autonomous driving unit.",
    }
    keys = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]
    rows_h, rows_t = [], []
    for i, k in enumerate(keys, 1):
        ans = a.get(k, "")
        rows_h.append(f'<tr><td width="40%" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{i}. {esc(qtext(i))}<o:p></o:p></p></td>'
                      f'<td width="60%" valign="top" style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{esc(ans) or "&nbsp;"}<o:p></o:p></p></td></tr>')
        rows_t.append(f"{i}. {qtext(i)}\n\n{ans}\n" if ans else f"{i}. {qtext(i)}\n\n")
    body_t = "Hi,\n\nI put my answers in a table, hope that works.\n\n" + "\n".join(rows_t) + "\nBest regards,\nSofia Lindqvist"
    bh = ('<p class="MsoNormal">Hi,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
          '<p class="MsoNormal">I put my answers in a table, hope that works.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
          '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none"><tbody>'
          + "".join(rows_h) + '</tbody></table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
          '<p class="MsoNormal">Best regards,<o:p></o:p></p><p class="MsoNormal">Sofia Lindqvist<o:p></o:p></p>')
    t, h = outlook_desktop(body_t, name, addr, body_html=bh, labels=("Från:", "Skickat:", "Till:", "Ämne:"),
                           sent="den 10 mars 2026 09:12")
    case("c27_outlook_desktop_table_swedish_hdr.eml", sender=f"{name} <{addr}>", client="Outlook desktop (Swedish UI)",
         style="answers in a Word table (question | answer), Q5 cell left empty, Swedish header block", answers=a,
         text=t, html_body=h)


def c28() -> None:
    name, addr = "Kenji Watanabe", "kenji.watanabe@gmail.example"
    a = {
        "background": "I have been a backend engineer for 8 years in Tokyo, currently at a game company where I work on matchmaking and server infrastructure (Go, Kubernetes).",
        "math": "I am comfortable with probability, vector calculus I need to study again.",
        "study_plan": "I want to study Sutton & Barto and CS285, and make a game AI with self-play.",
        "commitment": "I can spend 20 hours per week, from April.",
        "afterwards": "After the grant I want to work in game AI research.",
    }
    body = ("Hello,\n\nThank you for the reply. For the first question, " + a["background"] + " About math, " + a["math"] + " " + a["study_plan"] + " "
            + a["commitment"] + " " + a["afterwards"] + "\n\nBest regards,\nKenji Watanabe")
    t, h = gmail(body, name, attr=f"2026年3月10日(火) 18:12 {GT} <{GA}>:")
    case("c28_gmail_one_paragraph_japanese_attr.eml", sender=f"{name} <{addr}>", client="Gmail web (Japanese UI)",
         style="HARD: all answers in one paragraph, sentence per question, Japanese attribution", answers=a, text=t, html_body=h)


def c29() -> None:
    name, addr = "Priya Sharma", "priya.sharma@gmail.example"
    a = {
        "math": "I'm comfortable with probability from my actuarial exams. Vector calculus I'd need to revisit, but I've started working through 3Blue1Brown and Khan Academy.",
        "study_plan": "Weeks 1-4: Sutton & Barto part I. Weeks 5-8: CS285 lectures 1-12 with homework 1-3. Weeks 9-12: a project on RL for insurance pricing.",
    }
    t0, _ = ours(name, "missing_answers", ["math", "study_plan"])
    text = (f"Hi,\n\nPlease see my answers inline.\n\nPriya\n\nOn Thu, 12 Mar 2026 at 10:40, {GT} <{GA}> wrote:\n\n"
            + q(t0.split("\n2. ")[0]) + "\n" + q("2. " + qtext(2) + "\n   Be honest; it is fine to say what you would need to brush up on.")
            + "\n\n" + a["math"] + "\n\n" + q("3. " + qtext(3) + "\n   Courses, books, papers or a project you would reproduce; a rough\n   week-by-week outline is welcome.")
            + "\n\n" + a["study_plan"] + "\n\n" + q("Just reply to this email; answering under each question or by number is fine.\n\nThank you,\nThe grants team") + "\n")
    bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    page = ('<div dir="ltr">Hi,<div><br></div><div>Please see my answers inline.</div><div><br></div><div>Priya</div></div><br>'
            f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Thu, 12 Mar 2026 at 10:40, {GT} &lt;{GA}&gt; wrote:<br></div>'
            f'{bq}<p>Hi {name},</p><p>Thank you for your answers. Before we can review your application, we still need answers to these 2 questions:</p>'
            f'<p><strong>2. {esc(qtext(2))}</strong></p></blockquote><div>{esc(a["math"])}</div><div><br></div>'
            f'{bq}<p><strong>3. {esc(qtext(3))}</strong></p></blockquote><div>{esc(a["study_plan"])}</div><div><br></div>'
            f'{bq}<p>Just reply to this email; answering under each question or by number is fine.</p><p>Thank you,</p><p>The grants team</p></blockquote></div>\n')
    case("c29_gmail_missing_inline.eml", sender=f"{name} <{addr}>", client="Gmail web",
         style="reply to 'we still need' (math, study plan) answered inline under the quoted questions", answers=a,
         text=text, html_body=page, asked=["math", "study_plan"])


def main() -> None:
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15,
               c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29]:
        fn()
    out = {
        "_about": "heldout12: a realistic cohort of 29 blind replies (4th writer) to the questions and 'we still need' emails, from the clients and habits a small ML retraining grant round would see.",
        "cases": CASES,
    }
    (HERE / "expected.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} replies")


if __name__ == "__main__":
    main()
