"""heldout19: the client markup this set imitates (raw MIME written by hand, so that each file
looks the way the named client sends it). Used only by write_replies.py in this folder."""

from __future__ import annotations

import base64
import hashlib
import html
import quopri
import re
from email.header import Header
from email.utils import formataddr

OUR_NAME, OUR_ADDR = "Grants Team", "grants@grantbox.example"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def tok(seed: str, n: int = 16, alphabet: str = "0123456789abcdef") -> str:
    h = hashlib.sha256(seed.encode()).digest()
    out = ""
    i = 0
    while len(out) < n:
        b = hashlib.sha256(h + bytes([i])).digest()
        out += "".join(alphabet[x % len(alphabet)] for x in b)
        i += 1
    return out[:n]


# ---------------------------------------------------------------- inline mini markup
BOLD = re.compile(r"\*\*(.+?)\*\*")


def h_inline(line: str) -> str:
    """Escape a line of reply text; **x** becomes bold."""
    return BOLD.sub(lambda m: "<b>" + m.group(1) + "</b>", esc(line))


def p_inline(line: str, star: bool = False) -> str:
    """The text/plain rendering of a line: **x** -> *x* (Gmail) or x (most others)."""
    return BOLD.sub(lambda m: ("*%s*" % m.group(1)) if star else m.group(1), line)


def plain(text: str, star: bool = False) -> str:
    return "\n".join(p_inline(x, star) for x in text.split("\n"))


# ---------------------------------------------------------------- MIME writing
def addr(name: str, address: str, charset: str = "utf-8") -> str:
    return formataddr((name, address), charset=charset)


def hdr(value: str, charset: str = "utf-8") -> str:
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def leaf(ctype: str, text: str | bytes, cte: str = "quoted-printable", charset: str | None = "utf-8",
         params: str = "", extra: list[str] | None = None, quote_cs: bool = True) -> str:
    """One MIME leaf (headers + encoded body) as str."""
    data = text if isinstance(text, bytes) else text.encode(charset or "utf-8")
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:  # 7bit / 8bit
        body = data.decode(charset or "utf-8")
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"' if quote_cs else f"; charset={charset}"
    ct += params
    lines = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"] + (extra or [])
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def leaf_raw(header_lines: list[str], text: str | bytes, cte: str, charset: str = "utf-8") -> str:
    data = text if isinstance(text, bytes) else text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode(charset)
    return "\n".join(header_lines + [f"Content-Transfer-Encoding: {cte}"]) + "\n\n" + body.rstrip("\n") + "\n"


def multi(sub: str, boundary: str, parts: list[str], quote_boundary: bool = True) -> str:
    b = f'"{boundary}"' if quote_boundary else boundary
    out = f"Content-Type: multipart/{sub}; boundary={b}\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def attachment(data: bytes, mimetype: str, filename: str, extra: list[str] | None = None) -> str:
    lines = [f'Content-Type: {mimetype}; name="{filename}"',
             f'Content-Disposition: attachment; filename="{filename}"'] + (extra or [])
    return "\n".join(lines + ["Content-Transfer-Encoding: base64"]) + "\n\n" + \
        base64.encodebytes(data).decode("ascii").rstrip("\n") + "\n"


# ---------------------------------------------------------------- our email, split up
def split_t(T: str) -> tuple[str, list[str], str]:
    """Our text email -> (head, [question blocks], tail)."""
    lines = T.split("\n")
    head, qs, tail = [], [], []
    cur = None
    for line in lines:
        if re.match(r"^\d+\. ", line):
            cur = [line]
            qs.append(cur)
        elif cur is None:
            head.append(line)
        elif line.startswith("   ") or (line == "" and not tail):
            cur.append(line)
        else:
            tail.append(line)
    blocks = ["\n".join(b).strip("\n") for b in qs]
    return "\n".join(head).strip("\n"), blocks, "\n".join(tail).strip("\n")


def split_h(H: str) -> tuple[str, list[str], str]:
    """Our HTML email (inside of body) -> (head, [question <p>s], tail)."""
    paras = re.findall(r"<p>.*?</p>", H, flags=re.S)
    head, qs, tail = [], [], []
    for p in paras:
        if p.startswith("<p><strong>"):
            qs.append(p)
        elif not qs:
            head.append(p)
        else:
            tail.append(p)
    return "\n".join(head), qs, "\n".join(tail)


def outlookify(H: str) -> str:
    """What Outlook desktop makes of our HTML when it quotes it."""
    H = H.replace("<p>", "<p style='mso-margin-top-alt:auto;mso-margin-bottom-alt:auto'>")
    H = H.replace("</p>", "<o:p></o:p></p>")
    H = H.replace('<span style="color: #555555;">', "<span style='color:#555555'>")
    return H


# ---------------------------------------------------------------- client bodies (HTML)
def gmail_lines(text: str, auto: bool = False) -> str:
    """Gmail compose markup: first line bare, then one <div> per line, <div><br></div> for blank."""
    d = '<div dir="auto">' if auto else "<div>"
    lines = text.split("\n")
    out = h_inline(lines[0]) if lines[0] else "<br>"
    for line in lines[1:]:
        out += d + (h_inline(line) if line else "<br>") + "</div>"
    return out


def div_lines(text: str, open_tag: str = "<div>", blank: str = "<br>") -> str:
    return "".join(open_tag + (h_inline(x) if x else blank) + "</div>" for x in text.split("\n"))


def mso_lines(text: str, span: str | None = None, lang: str | None = None) -> str:
    """Outlook desktop (Word) paragraphs, one per line, empty ones for blank lines."""
    out = []
    for x in text.split("\n"):
        inner = h_inline(x) if x else ""
        if span:
            inner = f"<span style='{span}'>{inner}" + ("<o:p></o:p>" if x else "<o:p>&nbsp;</o:p>") + "</span>"
        else:
            inner = inner + ("<o:p></o:p>" if x else "<o:p>&nbsp;</o:p>")
        out.append(f"<p class=MsoNormal>{inner}</p>")
    return "\n".join(out)


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
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
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
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
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head>"""


def word_header_block(rows: list[tuple[str, str]], colon: str = ":") -> str:
    """Outlook desktop's From/Sent/To/Subject block above the quoted message."""
    cells = "<br>".join(f"<b>{k}{colon}</b> {esc(v)}" for k, v in rows)
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><span lang=EN-US style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{cells}"
            "<o:p></o:p></span></p></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>")

# ======================================================================== the set
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from replykit import docx_bytes, ours, pdf_bytes, q  # noqa: E402

EXPECTED: dict[str, dict] = {}
FILES: dict[str, bytes] = {}
OUR = addr(OUR_NAME, OUR_ADDR)


def case(fname: str, *, client: str, style: str, answers: dict[str, str], body: str, frm: tuple[str, str],
         date: str, extra: list[str] | None = None, subject: str = "Re: Application",
         msgid: str | None = None, asked: list[str] | None = None, answers_file: str | None = None,
         to: str | None = None, subject_charset: str = "utf-8", mime_version: str = "1.0") -> None:
    """Headers for one reply (In-Reply-To our email), write it, note its ground truth."""
    ours_id = f"<gb.{tok(fname + '/ours', 12)}.{tok(fname + '/ours2', 8)}@grantbox.example>"
    app_id = f"<{tok(fname + '/app', 24)}@{frm[1].split('@')[1]}>"
    mid = msgid or f"<{tok(fname + '/mid', 20)}@{frm[1].split('@')[1]}>"
    lines = [
        f"MIME-Version: {mime_version}",
        f"Date: {date}",
        f"From: {addr(frm[0], frm[1], 'gb18030' if subject_charset == 'gb18030' else 'utf-8')}",
        f"To: {to or OUR}",
        f"Subject: {hdr(subject, subject_charset)}",
        f"Message-ID: {mid}",
        f"In-Reply-To: {ours_id}",
        f"References: {app_id}\n {ours_id}",
    ] + (extra or [])
    raw = "\n".join(lines) + "\n" + body
    FILES[fname] = raw.encode("utf-8")
    e = {"client": client, "style": style, "answers": answers}
    if asked:
        e["asked"] = asked
    if answers_file:
        e["answers_file"] = answers_file
    EXPECTED[fname] = e


def qp_or_7bit(s: str) -> str:
    try:
        s.encode("ascii")
        return "7bit" if max(len(x) for x in s.split("\n")) <= 76 else "quoted-printable"
    except UnicodeEncodeError:
        return "quoted-printable"


GMAIL_BQ = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">')


def gmail(fname: str, text: str, name: str, attr: str, *, sig: tuple[str, str] | None = None,
          variant: str = "web", files: list[str] | None = None, template: str = "questions",
          ids: list[str] | None = None) -> str:
    """Gmail (web / Android / iOS) reply: top-posted, our email in gmail_quote."""
    T, H = ours(name, template, ids)
    auto = variant != "web"
    ptext = plain(text, star=True)
    body_h = gmail_lines(text, auto=auto)
    if sig:
        ptext += "\n\n-- \n" + sig[0]
        body_h += ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                   '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">' + sig[1] + "</div>")
    ptext += "\n\n" + attr + "\n\n" + q(T) + "\n"
    top = '<div dir="auto">' if auto else '<div dir="ltr">'
    h = (top + body_h + "</div>"
         + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
         + esc(attr) + "<br></div>" + GMAIL_BQ + H + "</blockquote></div>\n")
    b = "0000000000" + tok(fname + "/b1", 18)
    alt = multi("alternative", b, [leaf("text/plain", ptext, qp_or_7bit(ptext), "UTF-8"),
                                   leaf("text/html", h, qp_or_7bit(h), "UTF-8")])
    if not files:
        return alt
    b2 = "0000000000" + tok(fname + "/b2", 18)
    return multi("mixed", b2, [alt] + files)


def gmail_msgid(fname: str) -> str:
    return "<CA" + tok(fname + "/g", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") + "@mail.gmail.com>"


def pdf_page(title: str, items: list[tuple[str, str]], lang: str = "en") -> str:
    body = f"<h2>{esc(title)}</h2>\n" + "\n".join(
        f"<p><b>{esc(qq)}</b></p>\n" + "\n".join(f"<p>{esc(p)}</p>" for p in a.split("\n\n")) for qq, a in items)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><style>body{{font-family:'
            f'"DejaVu Sans",Arial,sans-serif;font-size:11pt;margin:2cm;line-height:1.35}}h2{{font-size:15pt}}'
            f"</style></head><body>{body}</body></html>")


QTEXT = {
    "background": "What is your background in software engineering or other quantitative work?",
    "math": "How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?",
    "study_plan": "What would you study during the three-month grant period, and how would you structure it?",
    "commitment": "How many hours per week can you commit, and when could you start?",
    "referral": "Where did you hear about this program, and do you know anyone involved in it?",
    "afterwards": "What do you hope to do after the grant ends?",
}
ORDER = list(QTEXT)


def numbered(A: dict[str, str], fmt: str = "{n}. ", sep: str = "\n\n") -> str:
    return sep.join(fmt.format(n=ORDER.index(k) + 1) + v for k, v in A.items())


# ------------------------------------------------------------------------ c01 Gmail web numbered
def c01():
    f = "c01_gmail_web_numbered_sig.eml"
    A = {
        "background": "I have 8 years as a backend developer, the last 5 at a logistics company in Kraków (Python, Go, PostgreSQL). I mostly work on route optimisation services and the data pipelines around them. Before moving to Poland I worked at a bank in Kharkiv on reporting systems.",
        "math": "Probability is fine, I use it for demand forecasting at work. Vector calculus I studied at university (applied math faculty) but have not used it much since, so I would need a refresher on gradients and Jacobians.",
        "study_plan": "Weeks 1-4: Sutton & Barto chapters 1-9 together with David Silver's lectures. Weeks 5-8: CS285 (Berkeley) lectures and homework 1-3. Weeks 9-12: reproduce PPO on a vehicle routing environment and write up the results.",
        "commitment": "20-25 hours per week. I can start on 4 January.",
        "referral": "I saw a post in the ML in PL Slack. I don't know anyone involved.",
        "afterwards": "I would like to move to a research engineer role, ideally working on RL for logistics or operations research.",
    }
    text = "Hello,\n\nThank you for getting back to me. Here are my answers:\n\n" + numbered(A) + "\n\nBest regards,\nOksana"
    sig = ("Oksana Kovalenko\nSenior Backend Engineer\ngithub.com/okovalenko-dev",
           '<div dir="ltr">Oksana Kovalenko<div>Senior Backend Engineer</div><div><a href="https://github.com/okovalenko-dev">github.com/okovalenko-dev</a></div></div>')
    body = gmail(f, text, "Oksana Kovalenko",
                 "On Mon, 16 Nov 2026 at 10:12, Grants Team <grants@grantbox.example> wrote:", sig=sig)
    case(f, client="Gmail web (en-GB)", style="numbered 1.-6. top-posted, Gmail signature with -- prefix",
         answers=A, body=body, frm=("Oksana Kovalenko", "oksana.kovalenko@poczta.example"),
         date="Mon, 16 Nov 2026 21:47:03 +0100", msgid=gmail_msgid(f))


# ------------------------------------------------------------------------ c02 Gmail web own bold labels
def c02():
    f = "c02_gmail_web_own_bold_labels.eml"
    A = {
        "background": "6 years as a data engineer, currently at an insurance analytics firm in Pune (Spark, Airflow, Scala). Earlier 2 years as a Java developer at a large IT services company. Most of my work is building feature pipelines for pricing models, so I am close to ML but not doing modelling myself.",
        "math": "Decent. I did engineering maths (calculus, linear algebra, probability) in my B.E. and did the Khan Academy multivariable calculus course last year. I would need to brush up on probability, especially conditional expectations.",
        "study_plan": "First month: Hugging Face Deep RL course + Sutton & Barto part I. Second month: implement DQN, A2C and PPO myself and test them on Gymnasium environments. Third month: a small project on RL for dynamic pricing using a simulator, with a blog post at the end.",
        "commitment": "About 30 hours a week, I am planning to take unpaid leave. Earliest start is 1 February.",
        "referral": "A colleague forwarded me the announcement. Not sure if she knows anyone there, I don't.",
        "afterwards": "ML engineer role on an applied RL / recommendations team, or a Masters abroad if that works out.",
    }
    labels = {"background": "Background", "math": "Math", "study_plan": "Plan",
              "commitment": "Hours / start date", "referral": "Heard about it from", "afterwards": "After the grant"}
    text = ("Hi Grants Team,\n\nPlease find my answers below.\n\n"
            + "\n\n".join(f"**{labels[k]}:** {v}" for k, v in A.items())
            + "\n\nThanks and regards,\nVikram Iyer\n+91 98xxx 41207")
    body = gmail(f, text, "Vikram Iyer",
                 "On Mon, Nov 16, 2026 at 2:42 PM Grants Team <grants@grantbox.example> wrote:")
    case(f, client="Gmail web (en-US)", style="own bold labels (Plan:, Hours / start date:, ...), phone under name",
         answers=A, body=body, frm=("Vikram Iyer", "vikram.iyer.de@gmail.example"),
         date="Tue, 17 Nov 2026 09:03:55 +0530", msgid=gmail_msgid(f))


# ------------------------------------------------------------------------ c03 Gmail Android terse
def c03():
    f = "c03_gmail_android_terse_paren.eml"
    A = {
        "background": "Software dev 5yrs, fintech (Node, Python). Before that civil engineering grad",
        "math": "Calculus ok, probability ok-ish. will revise both",
        "study_plan": "Sutton and Barto + spinning up, then build an agent for a simple trading sim",
        "commitment": "15-20hrs weekly, can start immediately",
        "referral": "Twitter. I know Tobi Adeyemi who was in the last cohort",
        "afterwards": "Research engineer or start my own RL consulting",
    }
    text = "Hello\n\n" + numbered(A, "{n}) ", "\n") + "\n\nThanks\nChinedu"
    body = gmail(f, text, "Chinedu Eze",
                 "On Tue, 17 Nov 2026, 08:41 Grants Team, <grants@grantbox.example> wrote:", variant="android")
    case(f, client="Gmail Android app", style="terse 1) answers one per line, no blank lines",
         answers=A, body=body, frm=("Chinedu Eze", "chinedu.eze@gmail.example"),
         date="Tue, 17 Nov 2026 13:20:41 +0100", msgid=gmail_msgid(f))


# ------------------------------------------------------------------------ c04 Gmail iOS prose
def c04():
    f = "c04_gmail_ios_prose_in_order.eml"
    A = {
        "background": "I’m an actuary by training. I spent six years at an insurance company in Accra doing pricing and reserving in R and Excel, and for the last two years I’ve been the person who automates things in Python for the team.",
        "math": "Probability and statistics are my strongest area because of the actuarial exams. Vector calculus I did at university but it’s rusty, I’d plan to review it in the first two weeks.",
        "study_plan": "I’d go through David Silver’s course and Sutton & Barto in the first month, then the Spinning Up exercises in the second, and use the third month to reproduce a paper on RL for portfolio or reinsurance decisions.",
        "commitment": "Around 20 hours a week. I could start in January.",
        "referral": "A friend from the Deep Learning Indaba community told me about it. I don’t know anyone who works on the programme.",
        "afterwards": "I’d like to do a research Masters or get a job as a quantitative researcher using RL.",
    }
    text = ("Hi,\n\nThanks for the questions, answers below in the same order.\n\n"
            + "\n\n".join(A.values()) + "\n\nDaniel")
    body = gmail(f, text, "Daniel Mensah",
                 "On Tue, 17 Nov 2026 at 11:02, Grants Team <grants@grantbox.example> wrote:", variant="ios")
    case(f, client="Gmail iOS app", style="one prose paragraph per question in order, no numbers or labels",
         answers=A, body=body, frm=("Daniel Mensah", "dmensah.act@gmail.example"),
         date="Wed, 18 Nov 2026 19:36:12 +0000", msgid=gmail_msgid(f))


# ------------------------------------------------------------------------ c05 Gmail web inline split quote
def c05():
    f = "c05_gmail_web_inline_split_quote.eml"
    name = "Tomasz Wiśniewski"
    A = {
        "background": "Embedded C/C++ developer for 10 years, first in industrial automation (PLCs, motor control), now at a company making agricultural drones. I also maintain our flight log analysis tooling in Python.",
        "math": "Comfortable. Control theory needed a lot of calculus and some stochastic stuff (Kalman filters). Probability on the measure-theory level I never did.",
        "study_plan": "Sutton & Barto cover to cover, with exercises, for the first 6 weeks, in parallel with CS285 videos. Then 6 weeks on model-based RL (PETS, Dreamer) applied to a drone simulator (PyBullet drones).",
        "commitment": "25 h/week. From February 2027.",
        "afterwards": "Move into robotics RL research, in industry. Maybe part-time PhD later.",
    }
    T, H = ours(name)
    th, tq, tt = split_t(T)
    hh, hq, ht = split_h(H)
    attr = "On Mon, 16 Nov 2026 at 10:12, Grants Team <grants@grantbox.example> wrote:"
    top = "Hi,\n\nMy answers are inline below.\n\nRegards,\nTomasz"
    ptext = top + "\n\n" + attr + "\n\n" + q(th)
    h = '<div dir="ltr">' + gmail_lines(top) + "</div><br>" + \
        '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(attr) + "<br></div>"
    pending = hh + "\n"
    for i, key in enumerate(ORDER):
        pending += hq[i]
        ptext += "\n>\n" + q(tq[i])
        if key in A:
            h += GMAIL_BQ + pending + "</blockquote><div><br></div><div>" + esc(A[key]) + "</div><div><br></div>"
            ptext += "\n\n" + A[key] + "\n"
            pending = ""
        else:
            pending += "\n"
    h += GMAIL_BQ + pending + ht + "</blockquote></div>\n"
    ptext += "\n>\n" + q(tt) + "\n"
    b = "0000000000" + tok(f + "/b1", 18)
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "UTF-8"),
                                    leaf("text/html", h, "quoted-printable", "UTF-8")])
    case(f, client="Gmail web (en-GB)", style="answers typed inline under each question, quote split by Gmail; Q5 left empty",
         answers=A, body=body, frm=(name, "t.wisniewski@gmail.example"),
         date="Tue, 17 Nov 2026 22:15:09 +0100", msgid=gmail_msgid(f))


# ------------------------------------------------------------------------ c06 Gmail web partial, deferrals
def c06():
    f = "c06_gmail_web_partial_deferrals.eml"
    A = {
        "background": "I studied biomedical engineering in Milan and worked 4 years in a medical device company doing signal processing (ECG, mostly MATLAB). For the last 2 years I've been a data scientist at an energy utility, forecasting load with gradient boosting and some LSTMs.",
        "math": "Probability is ok, I use it a lot. Vector calculus I know from engineering but I'd need to practice again with the multivariable chain rule and gradients of expectations.",
        "commitment": "Around 15 hours a week while I'm still employed; I'm negotiating a part-time contract from March, then it would be 25.",
    }
    text = ("Hi,\n\nthanks for your email! Here is what I can answer now:\n\n"
            f"1. {A['background']}\n\n2. {A['math']}\n\n"
            "3. I'm still putting the study plan together with a friend who did a PhD in RL, I'll send it to you next week.\n\n"
            f"4. {A['commitment']}\n\n"
            "For 5 and 6 let me think about it a bit more, I'll include them when I send the plan.\n\nCiao,\nSofia")
    body = gmail(f, text, "Sofia Marchetti",
                 "On Wed, 18 Nov 2026 at 09:30, Grants Team <grants@grantbox.example> wrote:")
    case(f, client="Gmail web (en-GB)", style="partial: 1, 2, 4 answered; 3 deferred ('I'll send it next week'); 5 and 6 deferred",
         answers=A, body=body, frm=("Sofia Marchetti", "sofia.marchetti88@gmail.example"),
         date="Wed, 18 Nov 2026 13:58:27 +0100", msgid=gmail_msgid(f))


# ------------------------------------------------------------------------ c07 Gmail web reply to "we still need"
def c07():
    f = "c07_gmail_web_still_need_numbers_kept.eml"
    ids = ["study_plan", "afterwards"]
    A = {
        "study_plan": "Weeks 1-2: probability refresher (Blitzstein's Stat 110 lectures) and Sutton & Barto ch. 1-4.\nWeeks 3-6: Hugging Face Deep RL course, all units with the notebooks.\nWeeks 7-10: implement PPO and SAC from scratch and compare with Stable-Baselines3.\nWeeks 11-12: write-up and a small project on RL for inventory control.",
        "afterwards": "Apply for research engineer positions, or an MS by research if I can get funding.",
    }
    text = ("Hi,\n\nSorry, I missed these two in my last mail.\n\n"
            f"3. {A['study_plan']}\n\n6. {A['afterwards']}\n\nRegards,\nRahul")
    body = gmail(f, text, "Rahul Deshmukh",
                 "On Tue, Nov 24, 2026 at 4:05 PM Grants Team <grants@grantbox.example> wrote:",
                 template="missing_answers", ids=ids)
    case(f, client="Gmail web (en-US)", style="reply to 'we still need' (3, 6), keeps our numbers; plan as one line per week block",
         answers=A, body=body, frm=("Rahul Deshmukh", "rahul.deshmukh.work@gmail.example"),
         date="Wed, 25 Nov 2026 07:41:30 +0530", msgid=gmail_msgid(f), asked=ids)


# ------------------------------------------------------------------------ c08 Gmail web Spanish
def c08():
    f = "c08_gmail_web_spanish_numbered.eml"
    A = {
        "background": "Soy ingeniera civil industrial. Trabajé 3 años en una minera en planificación de la producción (optimización lineal, Python y Gurobi) y desde hace 2 años soy analista de datos en un banco en Santiago.",
        "math": "Me siento cómoda con probabilidades y estadística. El cálculo vectorial lo vi en la universidad pero tendría que repasarlo, sobre todo gradientes y la regla de la cadena.",
        "study_plan": "Mes 1: curso de RL de David Silver y Sutton & Barto (capítulos 1 al 6). Mes 2: implementar DQN y PPO en PyTorch. Mes 3: un proyecto aplicando RL a la planificación de mantenimiento de camiones mineros, con un informe final.",
        "commitment": "Unas 20 horas semanales. Puedo empezar en enero.",
        "referral": "Me enteré por un grupo de LinkedIn de mujeres en IA de Latinoamérica. No conozco a nadie del programa.",
        "afterwards": "Me gustaría postular a un doctorado en aprendizaje por refuerzo o trabajar como ingeniera de investigación.",
    }
    text = ("Hola,\n\nMuchas gracias por su correo. Les respondo en español, espero que no sea problema:\n\n"
            + numbered(A) + "\n\nSaludos cordiales,\nCamila Rojas")
    body = gmail(f, text, "Camila Rojas",
                 "El lun, 16 nov 2026 a las 10:12, Grants Team (<grants@grantbox.example>) escribió:")
    case(f, client="Gmail web (Spanish UI)", style="Spanish answers numbered 1.-6., Spanish attribution line",
         answers=A, body=body, frm=("Camila Rojas", "camila.rojas.v@gmail.example"),
         date="Mon, 16 Nov 2026 23:04:51 -0300", msgid=gmail_msgid(f))


# ------------------------------------------------------------------------ c09 Gmail Android Portuguese
def c09():
    f = "c09_gmail_android_portuguese_dash.eml"
    A = {
        "background": "Sou desenvolvedor full-stack há 7 anos (Java, React), atualmente numa empresa de e-commerce. Antes disso fiz mestrado em física.",
        "math": "Bem confortável, cálculo vetorial usei muito na física. Probabilidade preciso revisar um pouco.",
        "study_plan": "Curso do Sergey Levine (CS285) completo com as tarefas, e depois reproduzir o artigo do DQN em alguns jogos de Atari.",
        "commitment": "30 horas por semana, a partir de fevereiro",
        "referral": "Vi no Twitter/X. Não conheço ninguém.",
        "afterwards": "Quero trabalhar como pesquisador em RL, de preferência fora do Brasil",
    }
    text = "Boa tarde!\n\n" + numbered(A, "{n} - ") + "\n\nAbraço,\nThiago"
    body = gmail(f, text, "Thiago Albuquerque",
                 "Em seg., 16 de nov. de 2026 18:03, Grants Team <grants@grantbox.example> escreveu:", variant="android")
    case(f, client="Gmail Android app (pt-BR)", style="Portuguese answers as '1 - ...', Portuguese attribution",
         answers=A, body=body, frm=("Thiago Albuquerque", "thiago.alb@gmail.example"),
         date="Tue, 17 Nov 2026 16:22:08 -0300", msgid=gmail_msgid(f))


# ------------------------------------------------------------------------ c10 Gmail web, answers in .docx, plus CV
def c10():
    f = "c10_gmail_web_answers_docx_plus_cv.eml"
    A = {
        "background": "I have worked 6 years in software testing, the last 3 as a test automation lead at an outsourcing company in Ho Chi Minh City (Python, Selenium, CI pipelines). In 2024 I finished a part-time MSc in Data Science, where my thesis was about anomaly detection in test logs.",
        "math": "I am comfortable with probability and statistics from my MSc. Vector calculus is my weaker side; I plan to review it with the Mathematics for Machine Learning book before starting.",
        "study_plan": "Month 1: Sutton & Barto chapters 1-6 and 13, and the exercises from the Spinning Up documentation.\n\nMonth 2 and 3: implement DQN and PPO in PyTorch, then apply PPO to test case prioritisation in a CI simulator, and write a report.",
        "commitment": "About 20 hours per week. I can start from 15 January 2027.",
        "referral": "My former MSc supervisor sent me the link. I do not know anyone working in the program.",
        "afterwards": "I want to move into an ML engineer or research engineer role, and later maybe a PhD.",
    }
    paras = [("Answers to follow-up questions – Nguyen Thi Lan", True), ("", False)]
    for i, k in enumerate(ORDER, 1):
        paras.append((f"{i}. {QTEXT[k]}", True))
        for p in A[k].split("\n\n"):
            paras.append((p, False))
        paras.append(("", False))
    doc = docx_bytes(paras)
    cv = pdf_bytes('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial;margin:2cm">'
                   "<h1>Nguyen Thi Lan</h1><p>Ho Chi Minh City, Vietnam · lan.nguyen.qa@gmail.example</p>"
                   "<h3>Experience</h3><p>2023–now Test Automation Lead, outsourcing company, HCMC</p>"
                   "<p>2020–2023 QA Engineer, same company</p><h3>Education</h3>"
                   "<p>MSc Data Science (part-time), 2024</p><p>BSc Information Technology, 2019</p></body></html>")
    fn = "Lan_Nguyen_answers.docx"
    files = [attachment(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fn,
                        [f"Content-ID: <f_{tok(f + 'x1', 8)}0>", f"X-Attachment-Id: f_{tok(f + 'x1', 8)}0"]),
             attachment(cv, "application/pdf", "CV_Nguyen_Thi_Lan_2026.pdf",
                        [f"Content-ID: <f_{tok(f + 'x2', 8)}1>", f"X-Attachment-Id: f_{tok(f + 'x2', 8)}1"])]
    text = ("Dear Grants Team,\n\nThank you for your email. Please find my answers to the questions in the attached Word file. "
            "I also attached my updated CV because the one I sent before was from last year.\n\nBest regards,\nLan Nguyen")
    body = gmail(f, text, "Nguyen Thi Lan",
                 "On Mon, Nov 16, 2026 at 10:12 AM Grants Team <grants@grantbox.example> wrote:", files=files)
    case(f, client="Gmail web (en-US)", style="answers in attached .docx (bold questions, answer paragraphs), CV PDF attached too",
         answers=A, body=body, frm=("Lan Nguyen", "lan.nguyen.qa@gmail.example"),
         date="Thu, 19 Nov 2026 20:11:45 +0700", msgid=gmail_msgid(f), answers_file=fn)


# ======================================================================== Outlook family
def tiny_png(seed: str) -> bytes:
    import struct
    import zlib
    w, h = 24, 8
    c = hashlib.sha256(seed.encode()).digest()[:3]
    raw = b"".join(b"\x00" + bytes(c) * w for _ in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def outlook_plain_header(rows: list[tuple[str, str]], colon: str = ":") -> str:
    return "\n".join(f"{k}{colon} {v}" for k, v in rows)


def outlook_desktop(fname: str, text: str, name: str, rows: list[tuple[str, str]], *,
                    sig_text: str = "", sig_html: str = "", inline: dict[int, str] | None = None,
                    inline_style: str = "color:red", lang: str = "EN-GB", files: list[str] | None = None,
                    related: list[str] | None = None, exchange: bool = False, colon: str = ":") -> str:
    """Outlook for Windows (Word HTML). `inline`: answers typed under question n of our email."""
    T, H = ours(name)
    ptext = plain(text) + ("\n\n" + sig_text if sig_text else "") + "\n\n" + outlook_plain_header(rows, colon) + "\n\n"
    if inline:
        th, tq, tt = split_t(T)
        ptext += th + "\n\n"
        for i, blk in enumerate(tq, 1):
            ptext += blk + "\n\n" + (inline[i] + "\n\n" if i in inline else "")
        ptext += tt + "\n"
        hh, hq, ht = split_h(H)
        quoted = outlookify(hh) + "\n"
        for i, p in enumerate(hq, 1):
            quoted += outlookify(p) + "\n"
            if i in inline:
                quoted += "\n".join(f"<p class=MsoNormal><span style='{inline_style}'>{esc(x)}<o:p></o:p></span></p>"
                                    for x in inline[i].split("\n")) + "\n"
        quoted += outlookify(ht)
    else:
        ptext += T + "\n"
        quoted = outlookify(H)
    h = (WORD_HEAD + f"<body lang={lang} link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
         "<div class=WordSection1>\n" + mso_lines(text) + "\n" + sig_html
         + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + word_header_block(rows, colon) + "\n" + quoted
         + "\n</div></body></html>\n")
    if exchange:
        core = tok(fname + "/x", 12).upper()
        b = f"_000_DB9PR03MB{core[:4]}{core}DB9PR03MB{core[:4]}eurp_"
        b_rel = f"_004_DB9PR03MB{core[:4]}{core}DB9PR03MB{core[:4]}eurp_"
        b_mix = f"_005_DB9PR03MB{core[:4]}{core}DB9PR03MB{core[:4]}eurp_"
    else:
        n = tok(fname + "/n", 8, "0123456789ABCDEF")
        b = f"----=_NextPart_001_{n[:4]}_01DB5A2F.{tok(fname, 8, '0123456789ABCDEF')}"
        b_rel = f"----=_NextPart_000_{n[:4]}_01DB5A2F.{tok(fname, 8, '0123456789ABCDEF')}"
        b_mix = f"----=_NextPart_002_{n[:4]}_01DB5A2F.{tok(fname, 8, '0123456789ABCDEF')}"
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "utf-8"),
                                    leaf("text/html", h, "quoted-printable", "utf-8")])
    if related:
        body = multi("related", b_rel, [body] + related)
        body = body.replace('Content-Type: multipart/related; boundary="%s"' % b_rel,
                            'Content-Type: multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"' % b_rel, 1)
    if files:
        body = multi("mixed", b_mix, [body] + files)
    return body


OUTLOOK_X = ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-gb"]


def thread_index(fname: str) -> str:
    return "Thread-Index: AQH" + tok(fname + "/ti", 29, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def c11():
    f = "c11_outlook_desktop_exchange_labels_disclaimer.eml"
    name = "Marcus Oyelaran"
    A = {
        "background": "Credit risk modeller at a retail bank in Johannesburg for 7 years (SAS, then Python). I build and validate PD/LGD models and did a stint on the fraud analytics team. BSc Actuarial Science, MSc Mathematical Statistics.",
        "math": "Comfortable. Probability and statistics are my day job; vector calculus I use less but I covered it fully in my degrees.",
        "study_plan": "Weeks 1-4: Sutton & Barto parts I and II. Weeks 5-8: CS285 lectures with homework. Weeks 9-12: offline RL on a simulated collections problem (no real customer data), comparing CQL and IQL.",
        "commitment": "20 hours per week, evenings and weekends. I can start on 1 February 2027.",
        "referral": "A post on the Data Science Africa mailing list. I do not know anyone involved.",
        "afterwards": "Move to a research role in a bank's decision science team or an RL-focused start-up.",
    }
    labels = {"background": "Background", "math": "Math", "study_plan": "Study plan", "commitment": "Time commitment",
              "referral": "How you heard of us", "afterwards": "Afterwards"}
    text = ("Dear Grants Team,\n\nThank you for your email. Please see my answers below.\n\n"
            + "\n\n".join(f"{labels[k]}: {v}" for k, v in A.items()) + "\n\nKind regards,\nMarcus")
    disclaimer = ("Kgalema Bank Limited is an authorised financial services and registered credit provider. This e-mail and any "
                  "attachments are confidential and may be privileged. If you are not the intended recipient, please notify the "
                  "sender immediately and delete it. Kgalema Bank does not accept liability for any loss arising from the use of this e-mail.")
    sig_text = ("Marcus Oyelaran\nSenior Credit Risk Modeller | Retail Credit Risk\nKgalema Bank Limited\nT: +27 11 555 0142\n\n"
                + disclaimer)
    cid = f"image001.png@01DB5A2F.{tok(f, 8, '0123456789ABCDEF')}"
    sig_html = ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal><b><span style='font-size:10.0pt;color:#1F3864'>Marcus Oyelaran</span></b>"
                "<span style='font-size:10.0pt;color:#1F3864'><br>Senior Credit Risk Modeller | Retail Credit Risk<br>Kgalema Bank Limited<br>"
                "T: +27 11 555 0142<o:p></o:p></span></p>\n"
                f"<p class=MsoNormal><img width=96 height=32 style='width:1.0in;height:.3333in' id=\"Picture_x0020_1\" src=\"cid:{cid}\" alt=\"Kgalema Bank\"><o:p></o:p></p>\n"
                f"<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>{esc(disclaimer)}<o:p></o:p></span></p>")
    rows = [("From", "Grants Team <grants@grantbox.example>"), ("Sent", "Monday, 16 November 2026 10:12"),
            ("To", f"{name} <marcus.oyelaran@kgalemabank.example>"), ("Subject", "Re: Application")]
    rel = [leaf_raw(['Content-Type: image/png; name="image001.png"', 'Content-Description: image001.png',
                     'Content-Disposition: inline; filename="image001.png"; size=180;',
                     f"Content-ID: <{cid}>"], tiny_png(f), "base64")]
    body = outlook_desktop(f, text, name, rows, sig_text=sig_text, sig_html=sig_html, related=rel, exchange=True)
    case(f, client="Outlook desktop (Word HTML), corporate Exchange", style="our labels 'Background: ...', signature with logo, legal disclaimer",
         answers=A, body=body, frm=(name, "marcus.oyelaran@kgalemabank.example"), subject="RE: Application",
         date="Tue, 17 Nov 2026 06:58:12 +0000",
         msgid=f"<DB9PR03MB{tok(f, 16, '0123456789ABCDEF')}@DB9PR03MB{tok(f + 'h', 4, '0123456789')}.eurprd03.prod.outlook.com>",
         extra=["Thread-Topic: Application", thread_index(f), "Accept-Language: en-ZA, en-US", "Content-Language: en-US",
                "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:",
                "msip_labels: MSIP_Label_2c1f7a3e-8d51-4c3a-9a2e-5b6f0d1e7c44_Enabled=True;MSIP_Label_2c1f7a3e-8d51-4c3a-9a2e-5b6f0d1e7c44_Name=General"])


def c12():
    f = "c12_outlook_desktop_tr_inline_red.eml"
    name = "Emre Yıldız"
    A = {
        "background": "7 years as a game developer (Unity, C#), last 3 years as gameplay programmer at a mobile games studio in Istanbul. I wrote the AI for enemy NPCs in two of our titles, behaviour trees mostly, and some Python tools for balancing.",
        "math": "Vector calculus is OK, I use linear algebra every day in game physics. Probability I would need to brush up on.",
        "study_plan": "Unity ML-Agents docs + Sutton & Barto first 8 chapters in month 1, CS285 in month 2, and in month 3 train agents for our own game prototype with PPO and self-play.",
        "commitment": "15 hours per week until end of January, 35 hours after I leave my job. Start: 4 January.",
        "afterwards": "Join a games or simulation company as an RL engineer.",
    }
    inline = {ORDER.index(k) + 1: v for k, v in A.items()}
    text = "Merhaba,\n\nI answered below in red.\n\nKind regards,\nEmre Yıldız"
    rows = [("Kimden", "Grants Team <grants@grantbox.example>"), ("Gönderildi", "17 Kasım 2026 Salı 11:05"),
            ("Kime", f"{name} <emre.yildiz@outlook.example>"), ("Konu", "Re: Application")]
    body = outlook_desktop(f, text, name, rows, inline=inline, inline_style="color:#C00000", lang="TR")
    case(f, client="Outlook desktop (Turkish UI), Outlook.com account", style="answers inline in red under each quoted question; Q5 skipped",
         answers=A, body=body, frm=(name, "emre.yildiz@outlook.example"), subject="YNT: Re: Application",
         date="Tue, 17 Nov 2026 22:41:37 +0300", extra=["X-Mailer: Microsoft Outlook 16.0", thread_index(f), "Content-Language: tr"])


def c13():
    f = "c13_outlook_desktop_answers_pdf.eml"
    name = "Priya Natarajan"
    A = {
        "background": "I am a process engineer in semiconductor manufacturing (8 years, etch and lithography). For the last 3 years I have been building yield prediction models in Python and running design-of-experiments studies, which is what got me interested in sequential decision-making.",
        "math": "Comfortable with probability and statistics (DOE, Bayesian optimisation). Vector calculus I learnt in my chemical engineering degree; I can follow derivations but would need practice to do them myself.",
        "study_plan": "Month 1: Sutton & Barto part I and the Silver lectures. Month 2: CS285 lectures 1-12 with the homework. Month 3: apply model-based RL to a simulated etch recipe tuning problem and compare it to Bayesian optimisation.",
        "commitment": "20 hours per week. I could start in mid-January.",
        "referral": "A friend from my university alumni group forwarded me the call. I do not know anyone involved.",
        "afterwards": "I would like to apply for a PhD in RL for manufacturing, or join an industrial research lab.",
    }
    fn = "Answers_Priya_Natarajan.pdf"
    pdf = pdf_bytes(pdf_page("Follow-up answers – Priya Natarajan",
                             [(f"{i}. {QTEXT[k]}", A[k]) for i, k in enumerate(ORDER, 1)]))
    text = ("Dear Grants Team,\n\nThank you for your email. I have put my answers in the attached PDF "
            f"({fn}).\n\nPlease let me know if anything else is needed.\n\nKind regards,\nPriya")
    sig_text = "Priya Natarajan\n+65 8xxx 2291"
    sig_html = ("<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<p class=MsoNormal><span style='font-size:10.0pt;color:#595959'>"
                "Priya Natarajan<br>+65 8xxx 2291<o:p></o:p></span></p>")
    rows = [("From", "Grants Team <grants@grantbox.example>"), ("Sent", "Tuesday, November 17, 2026 5:12 PM"),
            ("To", f"{name} <priya.natarajan@singnet.example>"), ("Subject", "Re: Application")]
    files = [attachment(pdf, "application/pdf", fn)]
    body = outlook_desktop(f, text, name, rows, sig_text=sig_text, sig_html=sig_html, files=files, lang="EN-SG")
    case(f, client="Outlook desktop (Word HTML), IMAP account", style="body points to answers in attached PDF",
         answers=A, body=body, frm=(name, "priya.natarajan@singnet.example"), subject="RE: Application",
         date="Fri, 20 Nov 2026 21:30:02 +0800", extra=OUTLOOK_X + [thread_index(f)], answers_file=fn)


OWA_DIV = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
           'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">')


def owa_reply_block(rows: list[tuple[str, str]]) -> str:
    cells = "<br>\n".join(f"<b>{k}:</b>&nbsp;{esc(v)}" for k, v in rows)
    return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            + cells + '</font>\n<div>&nbsp;</div>\n</div>\n')


def c14():
    f = "c14_new_outlook_pasted_questions.eml"
    name = "Fatima Zahra Benali"
    A = {
        "background": "I'm a site reliability engineer at a cloud provider in Paris (5 years), before that 3 years as a Linux sysadmin in Casablanca. I work a lot on capacity planning and autoscaling, which is how I got interested in RL for control.",
        "math": "I have a licence in mathematics, so calculus and probability were fine back then. I'd need a couple of weeks to get back into it.",
        "study_plan": "I'd follow the CS285 lectures and homework for the first 8 weeks, then spend 4 weeks reproducing a paper on RL-based autoscaling for Kubernetes.",
        "commitment": "20 hours a week. I can start on 11 January.",
        "referral": "Through a friend, Youssef Amrani, who is a mentor in the program I think.",
        "afterwards": "A research engineer position in a lab working on RL for systems.",
    }
    T, H = ours(name)
    lines = ["Hello,", "", "Here are my answers.", ""]
    for k, v in A.items():
        lines += [f"**{QTEXT[k]}**", v, ""]
    lines += ["Best,", "Fatima Zahra"]
    text = "\n".join(lines)
    rows = [("From", "Grants Team <grants@grantbox.example>"), ("Sent", "Wednesday, November 18, 2026 10:12"),
            ("To", f"{name} <fz.benali@outlook.example>"), ("Subject", "Re: Application")]
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
         + "\n".join(OWA_DIV + (h_inline(x) if x else "<br>") + "</div>" for x in text.split("\n")) + "\n"
         + owa_reply_block(rows) + "<div>" + H + "\n</div>\n</body>\n</html>\n")
    ptext = (plain(text) + "\n\n________________________________\n" + outlook_plain_header(rows) + "\n\n" + T + "\n")
    core = tok(f, 12).upper()
    b = f"_000_PA4P190MB{core[:4]}{core}PA4P190MB{core[:4]}EURP_"
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "iso-8859-1"),
                                    leaf("text/html", h, "quoted-printable", "iso-8859-1")])
    case(f, client="new Outlook / Outlook on the web (Outlook.com)", style="each question pasted in bold, answer on the next line",
         answers=A, body=body, frm=(name, "fz.benali@outlook.example"), subject="RE: Application",
         date="Wed, 18 Nov 2026 19:05:44 +0000",
         msgid=f"<PA4P190MB{core}{tok(f + 'm', 6, '0123456789ABCDEF')}@PA4P190MB{core[:4]}.EURP190.PROD.OUTLOOK.COM>",
         extra=["Thread-Topic: Application", thread_index(f), "Accept-Language: fr-FR, en-US", "Content-Language: en-GB",
                "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"])


def c15():
    f = "c15_outlook_ios_short_numbered.eml"
    name = "Aisha Rahman"
    A = {
        "background": "Pharmacist for 6 years, moved into data analysis 3 years ago (hospital trust, SQL/Python dashboards and forecasting)",
        "math": "Probability ok, calculus needs work - I’d do a refresher course first",
        "study_plan": "Hugging Face RL course then Sutton & Barto alongside, final month a project on hospital bed allocation",
        "commitment": "12-15 hours a week, from January",
        "referral": "Women in Data newsletter",
        "afterwards": "RL research in healthcare operations, maybe a PhD",
    }
    text = ("Hi, answers below (typing on my phone so sorry they’re short)\n\n" + numbered(A, "{n}. ", "\n")
            + "\n\nThanks\nAisha")
    T, H = ours(name)
    rows = [("From", "Grants Team <grants@grantbox.example>"), ("Sent", "Tuesday, November 17, 2026 8:03:14 AM"),
            ("To", f"{name} <aisha.rahman@outlook.example>"), ("Subject", "Re: Application")]
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
         '<div dir="ltr">' + div_lines(text, '<div dir="ltr">') + "</div>\n"
         '<div id="ms-outlook-mobile-signature" dir="ltr"><div><br></div>Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n'
         '<div id="mail-editor-reference-message-container" dir="ltr"><div><br></div>\n'
         + owa_reply_block(rows).replace('<div id="appendonsend"></div>\n', "")
         + '<div class="ms-outlook-mobile-reference-message skipProofing">' + H + "</div></div>\n</body>\n</html>\n")
    ptext = (text + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\n"
             + outlook_plain_header(rows) + "\n\n" + T + "\n")
    core = tok(f, 12).upper()
    b = f"_000_AM9PR08MB{core[:4]}{core}AM9PR08MB{core[:4]}eurp_"
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "utf-8"),
                                    leaf("text/html", h, "quoted-printable", "utf-8")])
    case(f, client="Outlook for iOS", style="short numbered lines, apology for brevity, 'Get Outlook for iOS'",
         answers=A, body=body, frm=(name, "aisha.rahman@outlook.example"), subject="Re: Application",
         date="Tue, 17 Nov 2026 08:26:50 +0000",
         msgid=f"<AM9PR08MB{core}{tok(f + 'm', 6, '0123456789ABCDEF')}@AM9PR08MB{core[:4]}.eurprd08.prod.outlook.com>",
         extra=["Thread-Topic: Application", thread_index(f), "Accept-Language: en-GB, en-US", "Content-Language: en-GB"])


def c16():
    f = "c16_outlook_mac_french_labels.eml"
    name = "Julien Morel"
    A = {
        "background": "J'ai enseigné la physique-chimie au lycée pendant 9 ans, puis je me suis reconverti : depuis 2 ans je suis data scientist dans une start-up lyonnaise (Python, séries temporelles, un peu de vision).",
        "math": "À l'aise avec le calcul vectoriel (c'était mon métier d'enseignant) ; pour les probabilités je maîtrise les bases, mais il me faudra revoir les espérances conditionnelles et les chaînes de Markov.",
        "study_plan": "Le cours de David Silver et le livre de Sutton & Barto le premier mois, puis l'implémentation de DQN et PPO le deuxième mois, et enfin un projet de reproduction (Dreamer ou un MuZero simplifié) le troisième mois.",
        "commitment": "Environ 25 heures par semaine, à partir de février 2027.",
        "referral": "Par un ancien collègue, Mathieu Garnier, qui a fait partie de la promotion précédente.",
        "afterwards": "Intégrer une équipe de recherche appliquée, idéalement en robotique ou dans l'énergie.",
    }
    labels = {"background": "Parcours", "math": "Maths", "study_plan": "Programme sur trois mois",
              "commitment": "Disponibilité", "referral": "Comment j'ai connu le programme", "afterwards": "Après la bourse"}
    text = ("Bonjour,\n\nMerci pour votre message. Voici mes réponses (en français, j'espère que ça ne pose pas de problème) :\n\n"
            + "\n\n".join(f"{labels[k]} : {v}" for k, v in A.items()) + "\n\nBien cordialement,\n\nJulien Morel")
    T, H = ours(name)
    rows = [("De", "Grants Team <grants@grantbox.example>"), ("Date", "lundi, 16 novembre 2026 à 10:12"),
            ("À", f"{name} <julien.morel@free.example>"), ("Objet", "Re: Application")]
    paras = "\n".join(f'<p class="MsoNormal"><span style="font-size:11.0pt">{h_inline(x) if x else ""}'
                      + ("<o:p></o:p>" if x else "<o:p>&nbsp;</o:p>") + "</span></p>" for x in text.split("\n"))
    hdr_rows = "<br>\n".join(f"<b>{k}&nbsp;: </b>{esc(v)}" for k, v in rows)
    h = (WORD_HEAD.replace("=Content-Type", '="Content-Type"') + '<body lang="FR" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
         '<div class="WordSection1">\n' + paras + '\n<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>\n'
         '<div id="mail-editor-reference-message-container"><div>\n'
         '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
         f'<p class="MsoNormal" style="margin-bottom:12.0pt"><span style="color:black">{hdr_rows}<o:p></o:p></span></p>\n</div>\n'
         + H + "\n</div></div></div>\n</body>\n</html>\n")
    ptext = text + "\n\n" + "\n".join(f"{k} : {v}" for k, v in rows) + "\n\n" + T + "\n"
    b = "B_" + tok(f, 10, "0123456789") + "_" + tok(f + "b", 10, "0123456789")
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "UTF-8"),
                                    leaf("text/html", h, "quoted-printable", "UTF-8")])
    case(f, client="Outlook for Mac (French UI)", style="French answers with own French labels 'Parcours : ...'",
         answers=A, body=body, frm=(name, "julien.morel@free.example"), subject="Re: Application",
         date="Tue, 17 Nov 2026 08:14:29 +0100",
         msgid=f"<{tok(f + 'a', 8, '0123456789ABCDEF')}-{tok(f + 'b', 4, '0123456789ABCDEF')}-{tok(f + 'c', 4, '0123456789ABCDEF')}-{tok(f + 'd', 4, '0123456789ABCDEF')}-{tok(f + 'e', 12, '0123456789ABCDEF')}@free.example>",
         extra=["User-Agent: Microsoft-MacOutlook/16.91.24111020", "Thread-Topic: Application", thread_index(f)])


# ======================================================================== Apple Mail
def c17():
    f = "c17_iphone_still_need_one_deferred.eml"
    name = "Hendrik de Vries"
    ids = ["study_plan", "commitment"]
    A = {"commitment": "I can do 20 hours a week and start on 1 February."}
    text = (f"Hi,\n\n{A['commitment']}\n\nThe study plan I’m still working on, I’ll send it by the end of next week.\n\n"
            "Hendrik")
    T, H = ours(name, "missing_answers", ids)
    attr = "On 24 Nov 2026, at 16:05, Grants Team <grants@grantbox.example> wrote:"
    ptext = text + "\n\nSent from my iPhone\n\n> " + attr + "\n> \n" + q(T) + "\n"
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
         + div_lines(text, '<div dir="ltr">') + '<div dir="ltr"><br></div><div dir="ltr">Sent from my iPhone</div>'
         '<div dir="ltr"><br><blockquote type="cite">' + esc(attr) + '<br><br></blockquote></div>'
         '<blockquote type="cite"><div dir="ltr">' + H + "</div></blockquote></body></html>")
    b = "Apple-Mail-" + tok(f, 8, "0123456789ABCDEF") + "-" + tok(f + "1", 4, "0123456789ABCDEF") + "-" + \
        tok(f + "2", 4, "0123456789ABCDEF") + "-" + tok(f + "3", 4, "0123456789ABCDEF") + "-" + tok(f + "4", 12, "0123456789ABCDEF")
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "utf-8", quote_cs=False),
                                    leaf("text/html", h, "quoted-printable", "utf-8", quote_cs=False)], quote_boundary=False)
    case(f, client="Apple Mail iOS", style="reply to 'we still need' (3, 4): answers 4, defers the plan ('I’ll send it by the end of next week')",
         answers=A, body=body, frm=(name, "hendrik.devries@icloud.example"), date="Tue, 24 Nov 2026 18:47:10 +0100",
         msgid=f"<{tok(f + 'm', 8, '0123456789ABCDEF')}-{tok(f + 'n', 4, '0123456789ABCDEF')}-{tok(f + 'o', 4, '0123456789ABCDEF')}-{tok(f + 'p', 4, '0123456789ABCDEF')}-{tok(f + 'q', 12, '0123456789ABCDEF')}@icloud.example>",
         mime_version="1.0 (1.0)", extra=["X-Mailer: iPhone Mail (23B85)"], asked=ids)


def c18():
    f = "c18_apple_mail_mac_multiparagraph.eml"
    name = "Lars Eriksen"
    A = {
        "background": "I've worked as a software engineer for 11 years, mostly in Oslo. The first five were at a telecom company on network monitoring (Java, later Scala), and the last six at a maritime software company where I lead a team building vessel route optimisation.\n\nBefore that I did a master's in applied mathematics, on numerical methods for PDEs.",
        "math": "Vector calculus is fine. Probability I know at the level of a first graduate course, but I haven't used measure-theoretic probability since university, so I'd brush up on that.",
        "study_plan": "I'd structure it in three blocks of four weeks:\nWeeks 1-4: Sutton & Barto part I and II, with the exercises.\nWeeks 5-8: CS285 lectures and homework, focusing on policy gradients and actor-critic.\nWeeks 9-12: reproduce a recent paper on RL for ship routing under weather uncertainty.\n\nI'd also write a short weekly summary of what I learned.",
        "commitment": "30 hours per week. I've agreed a reduced contract with my employer from 1 March.",
        "referral": "My former colleague Ingrid Solberg mentioned it. I don't think she is involved herself.",
        "afterwards": "Ideally a research scientist position at a lab doing RL for logistics, or a PhD if the right opportunity comes up.",
    }
    text = "Hi,\n\nThanks for getting back to me. My answers:\n\n" + numbered(A) + "\n\nBest,\nLars"
    T, H = ours(name)
    attr = "On 16 Nov 2026, at 10:12, Grants Team <grants@grantbox.example> wrote:"
    ptext = text + "\n\n> " + attr + "\n> \n" + q(T) + "\n\n"
    lines = text.split("\n")
    h = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
         + esc(lines[0]) + div_lines("\n".join(lines[1:]))
         + '<div><br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite"><div>' + esc(attr)
         + '</div><br class="Apple-interchange-newline"><div>' + H + "</div></blockquote></div><br></div></body></html>")
    b = "Apple-Mail=_" + tok(f, 8, "0123456789ABCDEF") + "-" + tok(f + "1", 4, "0123456789ABCDEF") + "-" + \
        tok(f + "2", 4, "0123456789ABCDEF") + "-" + tok(f + "3", 4, "0123456789ABCDEF") + "-" + tok(f + "4", 12, "0123456789ABCDEF")
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "utf-8", quote_cs=False),
                                    leaf("text/html", h, "quoted-printable", "utf-8", quote_cs=False)])
    case(f, client="Apple Mail macOS", style="numbered, answers over several paragraphs, week lines in the plan",
         answers=A, body=body, frm=(name, "lars.eriksen@online.example"), date="Tue, 17 Nov 2026 21:09:33 +0100",
         mime_version="1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))", extra=["X-Mailer: Apple Mail (2.3826.400.131.1.6)"])


# ======================================================================== others
def c19():
    f = "c19_yahoo_numbered_paren.eml"
    name = "Samuel Otieno"
    A = {
        "background": "Backend developer for 6 years at a mobile money company in Nairobi (Java, Kafka). I work on the fraud rules engine and recently started helping the data science team deploy their models.",
        "math": "I am comfortable with probability from my BSc in Mathematics and Computer Science. Vector calculus I did but I would need to revise it.",
        "study_plan": "Month 1 Sutton & Barto and David Silver lectures, month 2 Spinning Up and implementing the algorithms, month 3 a project on RL for prioritising the fraud investigation queue.",
        "commitment": "20 hours per week, I can start in January 2027.",
        "referral": "I heard about it at a Nairobi AI meetup. I don't know anyone involved.",
        "afterwards": "Work as an ML engineer on RL problems, or do a Masters in Europe.",
    }
    text = "Hello,\n\nThank you for the opportunity. Below are my answers.\n\n" + numbered(A, "{n}) ") + "\n\nRegards,\nSamuel Otieno"
    T, H = ours(name)
    attr = "On Monday, November 16, 2026 at 12:12:40 PM GMT+3, Grants Team <grants@grantbox.example> wrote:"
    yid = tok(f, 10, "0123456789")
    h = ('<html><head></head><body><div class="ydp' + yid[:8] + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
         "<div></div>\n        " + div_lines(text, '<div dir="ltr" data-setdir="false">')
         + '\n        \n        </div><div id="ydp' + yid[:8] + 'yahoo_quoted_' + yid + '" class="ydp' + yid[:8] + 'yahoo_quoted">\n'
         "            <div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">\n"
         "                \n                <div>\n                        " + esc(attr) + "\n                    </div>\n"
         "                    <div><br></div>\n                    <div><br></div>\n                \n                \n"
         '                <div><div id="yiv' + yid + '"><div>' + H + "</div></div></div>\n            </div>\n        </div></body></html>")
    ptext = text + "\n\n\n\n    " + attr + "  \n \n \n" + T + "\n"
    b = f"----=_Part_{tok(f, 7, '0123456789')}_{tok(f + 'x', 9, '0123456789')}.1763295160118"
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "UTF-8", quote_cs=False),
                                    leaf("text/html", h, "quoted-printable", "UTF-8", quote_cs=False)], quote_boundary=True)
    case(f, client="Yahoo Mail web", style="numbered '1)' with blank lines, Yahoo quote block",
         answers=A, body=body, frm=(name, "samuel.otieno@yahoo.example"), date="Mon, 16 Nov 2026 17:52:40 +0000 (UTC)",
         msgid=f"<{tok(f + 'm', 9, '0123456789')}.{tok(f + 'n', 7, '0123456789')}.1763315560118@mail.yahoo.com>",
         extra=["X-Mailer: WebService/1.1.24652 YMailNorrin"])


def c20():
    f = "c20_proton_own_labels.eml"
    name = "Mikko Lahtinen"
    A = {
        "background": "Security engineer, 9 years. Started in penetration testing, now at a Finnish company doing detection engineering and some anomaly detection with classical ML.",
        "math": "Reasonable. Probability yes, vector calculus I'd review in the first weeks.",
        "study_plan": "Sutton & Barto and CS285 for the first two months, then a project on RL agents for automated penetration testing in a simulated network (CybORG or similar).",
        "commitment": "20-25 h/week, starting in February.",
        "referral": "Hacker News.",
        "afterwards": "Research on RL for cyber defence, in industry or a government lab.",
    }
    labels = {"background": "Experience", "math": "Math comfort", "study_plan": "Plan", "commitment": "Hours & start",
              "referral": "Where I heard", "afterwards": "Goals"}
    text = "Hi,\n\n" + "\n\n".join(f"{labels[k]}: {v}" for k, v in A.items()) + "\n\n- Mikko"
    T, H = ours(name)
    attr = "On Monday, November 16th, 2026 at 10:12 AM, Grants Team <grants@grantbox.example> wrote:"
    sty = 'style="font-family: Arial, sans-serif; font-size: 14px;"'
    h = (div_lines(text, f"<div {sty}>")
         + f'<div {sty}><br></div>\n<div class="protonmail_signature_block" {sty}>\n'
         '    <div class="protonmail_signature_block-user protonmail_signature_block-empty">\n        \n            </div>\n    \n'
         '            <div class="protonmail_signature_block-proton">\n        Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.\n    </div>\n</div>\n'
         '<div class="protonmail_quote">\n        ' + esc(attr) + '<br><br>\n        <blockquote class="protonmail_quote" type="cite">\n            '
         + H + "\n        </blockquote><br>\n    </div>")
    ptext = text + "\n\nSent with Proton Mail secure email.\n\n" + attr + "\n\n" + q(T) + "\n"
    b = "b1=_" + tok(f, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "utf-8"),
                                    leaf("text/html", h, "base64", "utf-8")])
    case(f, client="Proton Mail web", style="own labels (Experience:, Math comfort:, Hours & start:, Where I heard:, Goals:)",
         answers=A, body=body, frm=(name, "mlahtinen@proton.example"), date="Mon, 16 Nov 2026 20:31:07 +0000",
         msgid="<" + tok(f + "m", 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "=@proton.me>")


def flowed(text: str, width: int = 72) -> str:
    """format=flowed as Thunderbird writes it: soft breaks end in a space; quote prefixes kept."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        m = re.match(r"^(>+ ?)", line)
        prefix = m.group(1) if m else ""
        if prefix and not prefix.endswith(" "):
            prefix += " "
        content = line[len(m.group(1)):] if m else line
        if len(prefix) + len(content) <= width:
            out.append((prefix + content).rstrip() if prefix else content.rstrip())
            continue
        words = content.split(" ")
        cur = ""
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) > width:
                out.append(prefix + cur)  # cur ends with a space: soft break
                cur = ""
            cur += w + " "
        out.append(prefix + cur.rstrip())
    return "\n".join(out)


def c21():
    f = "c21_thunderbird_plain_flowed_inline.eml"
    name = "Pavel Novák"
    A = {
        "background": "Statistician, 12 years. First at the national statistical office (survey sampling, R), now in a pharma company in Brno doing clinical trial statistics and simulations in R and Python.",
        "math": "Probability is my strongest area. Vector calculus is OK, I had it in my undergrad maths degree, though I have not used it much lately.",
        "study_plan": "I would like to focus on bandits and RL for adaptive clinical trials. Weeks 1-4 Lattimore & Szepesvari (Bandit Algorithms, selected chapters), weeks 5-8 Sutton & Barto, weeks 9-12 a simulation study comparing Thompson sampling and RL-based designs for dose finding.",
        "commitment": "About 15 hours a week, maybe 20 in summer. I could start in March 2027.",
        "referral": "Mentioned by Petra Dvořáková at a conference in Vienna, I think she is a reviewer for you.",
        "afterwards": "A research position in adaptive trial design using RL, in industry or academia.",
    }
    T, _ = ours(name)
    th, tq, tt = split_t(T)
    parts = ["Hello,", "", "please see my answers below.", "", "Best regards", "Pavel", "",
             "Dne 16. 11. 26 v 10:12 Grants Team napsal(a):", q(th), ">"]
    for i, k in enumerate(ORDER):
        parts += [q(tq[i]), "", A[k], ""]
    parts += ["-- ", "Pavel Novák", "Brno, CZ"]
    text = flowed("\n".join(parts))
    body = leaf("text/plain", text, "8bit", "UTF-8", params="; format=flowed", quote_cs=False)
    case(f, client="Thunderbird (Czech UI), plain text, format=flowed", style="inline answers under each > quoted question, long lines soft-wrapped; closing of our mail cut",
         answers=A, body=body, frm=(name, "pavel.novak@seznam.example"), date="Tue, 17 Nov 2026 07:55:18 +0100",
         msgid=f"<{tok(f + 'a', 8, '0123456789abcdef')}-{tok(f + 'b', 4)}-{tok(f + 'c', 4)}-{tok(f + 'd', 4)}-{tok(f + 'e', 12)}@seznam.example>",
         extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"])


def c22():
    f = "c22_fastmail_numbered.eml"
    name = "Chloe Tran"
    A = {
        "background": "Four years as a physiotherapist, then a coding bootcamp and three years as a data analyst at a sports science company in Melbourne, where I work on athlete load monitoring (Python, SQL, some Bayesian models in PyMC).",
        "math": "Honestly, not very comfortable yet. I have done Khan Academy multivariable calculus and a probability course on edX this year, but I'd want to keep studying both during the grant.",
        "study_plan": "Weeks 1-3: maths refresher (MML book chapters 5-6) and Sutton & Barto ch. 1-3. Weeks 4-8: Hugging Face Deep RL course. Weeks 9-12: a small project treating training schedules as an RL problem, using our anonymised load data.",
        "commitment": "25 hours per week; I can start in the second week of January.",
        "referral": "I saw it on Bluesky. I don't know anyone involved.",
        "afterwards": "A research assistant role in sports science or health, and maybe a PhD later.",
    }
    text = "Hi there,\n\nThanks for the quick reply! Here you go:\n\n" + numbered(A) + "\n\nCheers,\nChloe"
    T, H = ours(name)
    attr = "On Mon, 16 Nov 2026, at 20:12, Grants Team wrote:"
    h = ('<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}</style></head>'
         "<body>" + div_lines(text) + "<div><br></div><div>" + esc(attr) + '</div><blockquote type="cite" id="qt" style="">'
         + H + "</blockquote><div><br></div></body></html>")
    ptext = text + "\n\n" + attr + "\n" + q(T) + "\n"
    b = tok(f, 32)
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "utf-8", quote_cs=False),
                                    leaf("text/html", h, "quoted-printable", "utf-8", quote_cs=False)])
    case(f, client="Fastmail web", style="numbered 1.-6., Fastmail attribution and blockquote#qt",
         answers=A, body=body, frm=(name, "chloe@tran.example"), date="Mon, 16 Nov 2026 21:40:05 +1100",
         msgid=f"<{tok(f + 'a', 8)}-{tok(f + 'b', 4)}-{tok(f + 'c', 4)}-{tok(f + 'd', 4)}-{tok(f + 'e', 12)}@app.fastmail.com>",
         extra=["User-Agent: Cyrus-JMAP/3.13.0-alpha0-1234-g5a6b7c8d9-fm-20261110.001-g5a6b7c8d",
                f"X-ME-Sender: <xms:{tok(f + 'x', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}>"])


def c23():
    f = "c23_zoho_Q_numbering.eml"
    name = "Arjun Pillai"
    A = {
        "background": "I have been a mechanical design engineer for 5 years (FEA, CAD automation using Python), and for the last 2 years I have worked as a Python developer at a startup in Kochi building simulation tools for HVAC systems.",
        "math": "Calculus and vector calculus I am comfortable with from my engineering background. Probability I have studied on my own through the MIT 6.041 lectures, but I need more practice.",
        "study_plan": "Month 1: Sutton & Barto part I with exercises. Month 2: Spinning Up in Deep RL, implementing VPG, PPO and SAC. Month 3: RL controller for HVAC energy optimisation in a building simulator (Sinergym), compared with the rule-based controller we use now.",
        "commitment": "30 hours per week. I can start from 1 January 2027.",
        "referral": "From a developer community WhatsApp group. I don't know anyone in the program.",
        "afterwards": "I hope to get a research engineer role working on RL for energy systems.",
    }
    text = ("Dear Team,\n\nGreetings! Please find my answers below.\n\n" + numbered(A, "Q{n}. ")
            + "\n\nThanks & Regards,\nArjun Pillai\n+91 94xxx 10233")
    T, H = ours(name)
    zid = tok(f, 16, "0123456789")
    h = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
         '<body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
         + div_lines(text) + '<div><br></div><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); '
         'height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
         '<div class="zmail_extra" data-zmail_extra="true"><div><br></div><div id="Zm-_Id_-Sgn1">---- On Mon, 16 Nov 2026 14:42:00 +0530 '
         "<b>Grants Team &lt;grants@grantbox.example&gt;</b> wrote ---<br></div><div><br></div>"
         '<blockquote style="margin: 0px;"><div>' + H + "</div></blockquote></div><div><br></div></div><br></body></html>")
    ptext = text + "\n\n\n\n\n---- On Mon, 16 Nov 2026 14:42:00 +0530 Grants Team <grants@grantbox.example> wrote ---\n\n\n\n" + T + "\n"
    b = f"----=_Part_{tok(f + 'p', 6, '0123456789')}_{tok(f + 'q', 9, '0123456789')}.1763360{zid[:6]}"
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "UTF-8", quote_cs=False),
                                    leaf("text/html", h, "quoted-printable", "UTF-8", quote_cs=False)])
    case(f, client="Zoho Mail web", style="'Q1.'-style numbering, Thanks & Regards + phone, Zoho quote header",
         answers=A, body=body, frm=(name, "arjun.pillai@zohomail.example"), date="Tue, 17 Nov 2026 11:20:47 +0530",
         msgid=f"<{tok(f + 'm', 13, '0123456789')}.{tok(f + 'n', 19, '0123456789')}@zohomail.in>",
         extra=["X-Mailer: Zoho Mail", "Importance: Medium", "User-Agent: Zoho Mail", "X-Priority: Medium"])


def c24():
    f = "c24_gmx_german_own_labels.eml"
    name = "Katharina Vogel"
    A = {
        "background": "Promotion in theoretischer Physik, danach 4 Jahre Softwareentwicklerin bei einem Versicherungsdienstleister (Java, Kotlin). Seit einem Jahr arbeite ich im Data-Team an der Betrugserkennung.",
        "math": "Vektoranalysis und Wahrscheinlichkeitsrechnung sind für mich kein Problem, das war in der Physik tägliches Brot.",
        "study_plan": "Monat 1: Sutton & Barto Teil I und II. Monat 2: CS285 Vorlesungen und Hausaufgaben. Monat 3: Reproduktion eines Papers zu modellbasiertem RL (z. B. MBPO) mit einem kurzen Bericht.",
        "commitment": "Ca. 20 Stunden pro Woche, Beginn ab Februar 2027.",
        "referral": "Über einen Newsletter (The Batch). Ich kenne niemanden aus dem Programm.",
        "afterwards": "Eine Stelle als Research Engineer, gerne in einem Forschungslabor in Deutschland.",
    }
    labels = {"background": "Werdegang", "math": "Mathematik", "study_plan": "Lernplan", "commitment": "Verfügbarkeit",
              "referral": "Wie ich davon erfahren habe", "afterwards": "Nach dem Stipendium"}
    text = ("Sehr geehrtes Grants-Team,\n\nvielen Dank für Ihre Nachricht. Ich antworte auf Deutsch, ich hoffe, das ist in Ordnung.\n\n"
            + "\n\n".join(f"{labels[k]}: {v}" for k, v in A.items()) + "\n\nMit freundlichen Grüßen\nKatharina Vogel")
    T, H = ours(name)
    rows = [("Gesendet", "Montag, 16. November 2026 um 10:12 Uhr"), ("Von", '"Grants Team" <grants@grantbox.example>'),
            ("An", "katharina.vogel@gmx.example"), ("Betreff", "Re: Application")]
    h = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">' + div_lines(text, "<div>", "&nbsp;")
         + '\n<div>&nbsp;\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
         'border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">\n'
         '<div style="margin:0 0 10px 0;"><b>' + "<br/>\n<b>".join(f"{k}:</b>&nbsp;{esc(v)}" for k, v in rows) + "</div>\n"
         '\n<div name="quoted-content">' + H + "</div>\n</div>\n</div>\n</div></div></body></html>\n")
    ptext = (plain(text) + "\n \n \n\nGesendet: " + rows[0][1] + "\nVon: " + rows[1][1] + "\nAn: " + rows[2][1]
             + "\nBetreff: Re: Application\n" + T + "\n")
    b = "abmob-" + tok(f, 8) + "-" + tok(f + "1", 4) + "-" + tok(f + "2", 4) + "-" + tok(f + "3", 4) + "-" + tok(f + "4", 12)
    body = multi("alternative", b, [leaf("text/plain", ptext, "quoted-printable", "UTF-8", quote_cs=False),
                                    leaf("text/html", h, "quoted-printable", "UTF-8", quote_cs=False)])
    case(f, client="GMX webmail (German UI)", style="German answers with own German labels 'Werdegang: ...'",
         answers=A, body=body, frm=(name, "katharina.vogel@gmx.example"), subject="Aw: Re: Application",
         date="Mon, 16 Nov 2026 19:27:14 +0100",
         msgid=f"<trinity-{tok(f + 'a', 8)}-{tok(f + 'b', 4)}-{tok(f + 'c', 4)}-{tok(f + 'd', 4)}-{tok(f + 'e', 12)}-1763317634{tok(f, 3, '0123456789')}@3c-app-gmx-bap32>",
         extra=["Importance: normal", "Sensitivity: Normal", "X-Priority: 3", "X-UI-Message-Type: mail"])


def c25():
    f = "c25_yandex_numbered_russian_sig.eml"
    name = "Dmitri Sokolov"
    A = {
        "background": "Backend developer, 8 years (C++, then Python). The last 4 years at a ride-hailing company working on dispatch and pricing services. I moved to Tbilisi in 2022 and now work remotely for a European logistics startup.",
        "math": "Good. I graduated from the faculty of mechanics and mathematics, so calculus and probability were core subjects. I would refresh stochastic processes.",
        "study_plan": "1st month - Sutton & Barto, 2nd month - CS285 with all homeworks, 3rd month - reproduce a paper about RL for order dispatching in ride-hailing.",
        "commitment": "30 hours per week, can start right away.",
        "referral": "Telegram channel about ML. I don't know anyone involved.",
        "afterwards": "Research engineer at a company doing RL, or applied research at my current company.",
    }
    text = "Hello!\n\nMy answers:\n\n" + numbered(A) + "\n\n-- \nС уважением,\nДмитрий Соколов / Dmitri Sokolov"
    T, H = ours(name)
    attr = '16.11.2026, 13:12, "Grants Team" <grants@grantbox.example>:'
    h = (div_lines(text, "<div>", " ") + "<div> </div><div> </div><div>" + esc(attr) + "</div><blockquote>" + H + "</blockquote>")
    ptext = "\n".join(x if x else " " for x in text.split("\n")) + "\n \n \n" + attr + "\n" + q(T) + "\n"
    b = f"----==--bound.{tok(f, 6, '0123456789')}.myt{tok(f + 'm', 1, '0123456789')}-{tok(f + 'x', 12)}.qloud-c.yandex.net"
    body = multi("alternative", b, [leaf("text/plain", ptext, "base64", "utf-8"), leaf("text/html", h, "base64", "utf-8")])
    case(f, client="Yandex Mail web", style="English numbered answers, Russian sign-off after '-- '",
         answers=A, body=body, frm=(name, "d.sokolov@yandex.example"), date="Mon, 16 Nov 2026 17:40:22 +0400",
         msgid=f"<{tok(f + 'i', 6, '0123456789')}1763300422@mail.yandex.ru>",
         extra=["X-Mailer: Yamail [ http://yandex.ru ] 5.0"])


def c26():
    f = "c26_qq_mixed_chinese_english.eml"
    name = "王浩"
    A = {
        "background": "我在深圳一家硬件公司做了6年嵌入式软件开发（C/C++，Linux），最近两年负责机器人运动控制模块。",
        "math": "高等数学和概率论大学都学过，vector calculus 还可以，probability 需要复习一下。",
        "study_plan": "第一个月看 Sutton & Barto 和 David Silver 的课；第二个月做 CS285 的作业；第三个月在 Isaac Gym 上复现一篇机械臂抓取的 PPO 论文。",
        "commitment": "每周大约 25 小时，明年1月开始。",
        "referral": "在知乎上看到的，不认识项目里的人。",
        "afterwards": "希望转到机器人强化学习的研究岗位。",
    }
    text = "您好，\n\n以下是我的回答（中英文混合，抱歉）：\n\n" + numbered(A) + "\n\n王浩 Wang Hao"
    T, H = ours("Wang Hao")
    h = (div_lines(text) + "<div><br></div><div><br></div>"
         '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
         '<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"Grants Team"&lt;grants@grantbox.example&gt;;</div>'
         "<div><b>发送时间:</b>&nbsp;2026年11月16日(星期一) 下午5:12</div>"
         '<div><b>收件人:</b>&nbsp;"王浩"&lt;wanghao.sz@qq.example&gt;;<wbr></div><div></div>'
         "<div><b>主题:</b>&nbsp;Re: Application</div></div><div><br></div>" + H)
    ptext = (text + "\n\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n"
             '发件人: "Grants Team"<grants@grantbox.example>;\n发送时间: 2026年11月16日(星期一) 下午5:12\n'
             '收件人: "王浩"<wanghao.sz@qq.example>;\n\n主题: Re: Application\n\n\n\n' + T + "\n")
    b = f"----=_NextPart_{tok(f, 8, '0123456789ABCDEF')}_{tok(f + 'a', 8, '0123456789ABCDEF')}_{tok(f + 'b', 8, '0123456789ABCDEF')}"
    body = multi("alternative", b, [leaf("text/plain", ptext, "base64", "gb18030"), leaf("text/html", h, "base64", "gb18030")])
    case(f, client="QQ Mail web", style="numbered 1.-6., Chinese answers with English terms, gb18030, 原始邮件 header block",
         answers=A, body=body, frm=(name, "wanghao.sz@qq.example"), subject="回复：Re: Application", subject_charset="gb18030",
         date="Tue, 17 Nov 2026 09:48:36 +0800",
         msgid=f"<tencent_{tok(f + 'm', 40, '0123456789ABCDEF')}@qq.com>",
         extra=["X-QQ-Mime: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"])


def c27():
    f = "c27_naver_number_label_dash.eml"
    name = "Park Min-seo"
    A = {
        "background": "I worked 5 years as a quant developer at a securities company in Seoul (C#, Python), building order execution algorithms. Before that I studied industrial engineering at university.",
        "math": "I am quite comfortable with probability and stochastic processes from my work. Vector calculus I studied in university, I think a short review will be enough.",
        "study_plan": "I will study Sutton & Barto and CS285 in the first two months, and then I will reproduce a paper about RL for optimal trade execution in the third month.",
        "commitment": "About 25 hours per week. I can start from January 2027.",
        "referral": "I saw it in a Korean ML community on Facebook. I don't know anyone involved.",
        "afterwards": "I hope to get a research position at an AI lab or to start a PhD in the US.",
    }
    labels = {"background": "Background", "math": "Math", "study_plan": "Study plan", "commitment": "Time",
              "referral": "Referral", "afterwards": "After the grant"}
    text = ("Dear Grants Team,\n\nThank you for your reply. Here are my answers.\n\n"
            + "\n\n".join(f"{ORDER.index(k) + 1}. {labels[k]} - {v}" for k, v in A.items())
            + "\n\nBest regards,\nMin-seo Park (박민서)")
    T, H = ours(name)
    font = "font-family: '나눔고딕',NanumGothic,sans-serif; font-size:10pt;"
    h = (f'<div style="{font}">' + "".join(f"<p>{h_inline(x)}</p>" if x else "<p>&nbsp;</p>" for x in text.split("\n"))
         + "<p>&nbsp;</p><p>-----Original Message-----<br><b>From:</b> \"Grants Team\"&lt;grants@grantbox.example&gt;<br>"
         "<b>To:</b> \"박민서\"&lt;minseo.park@naver.example&gt;;<br><b>Cc:</b> <br>"
         "<b>Sent:</b> 2026-11-17 (화) 10:12:00 (GMT+09:00)<br><b>Subject:</b> Re: Application<br>&nbsp;</p>"
         + H + "</div>")
    body = leaf("text/html", h, "base64", "utf-8", quote_cs=False)
    case(f, client="Naver Mail web", style="'1. Background - answer' (number, own short label, dash), Original Message block",
         answers=A, body=body, frm=("박민서", "minseo.park@naver.example"), subject="RE: Re: Application",
         date="Wed, 18 Nov 2026 00:03:51 +0900",
         msgid=f"<{tok(f + 'm', 32)}@cweb{tok(f, 3, '0123456789')}.nm.nhnsystem.com>",
         extra=["X-Naver-CIP: 10.11.12.13", "X-Mailer: NAVER Mail"])


def main() -> None:
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
               c20, c21, c22, c23, c24, c25, c26, c27):
        fn()
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
    about = ("heldout19: a blind, realistic cohort of %d whole replies to our questions and 'we still need' emails "
             "(Gmail web/Android/iOS, Outlook desktop/new Outlook/Outlook iOS/Outlook Mac, Apple Mail iOS/macOS, Yahoo, Proton, "
             "Thunderbird, Fastmail, Zoho, GMX, Yandex, QQ, Naver), written with invented people; answers are the applicant's "
             "text without number/label/signature, paragraphs joined by a blank line." % len(EXPECTED))
    (HERE / "expected.json").write_text(
        json.dumps({"_about": about, "cases": EXPECTED}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
