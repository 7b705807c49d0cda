"""heldout16: one realistic round of applicants' replies to our follow-up questions.

Run from anywhere: `.venv/bin/python tests/data/replies/heldout16/write_replies.py`.
Writes every cNN_*.eml and expected.json next to this file. The answers in expected.json are
the very strings the bodies are built from, so the ground truth is what each applicant typed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import quopri
import sys
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import replykit as rk  # noqa: E402
from replykit import esc, q  # noqa: E402

GRANTS = "grants@grantbox.example"
EXPECTED: dict[str, dict] = {}


# --------------------------------------------------------------------------- MIME helpers

def qp(s: str) -> str:
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def part(ctype: str, body, cte: str = "quoted-printable", extra: str = "") -> str:
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body if isinstance(body, bytes) else body.encode("utf-8"))
    else:
        enc = body
    if not enc.endswith("\n"):
        enc += "\n"
    return f"Content-Type: {ctype}\n{extra}Content-Transfer-Encoding: {cte}\n\n{enc}"


def multipart(sub: str, boundary: str, parts: list[str], quote_b: bool = True) -> tuple[str, str]:
    body = "".join(f"--{boundary}\n{p.rstrip(chr(10))}\n\n" for p in parts) + f"--{boundary}--\n"
    b = f'"{boundary}"' if quote_b else boundary
    return f"multipart/{sub}; boundary={b}", body


def hid(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def addr(name: str, email: str) -> str:
    return formataddr((name, email), charset="utf-8")


def enc_subject(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def case(fname: str, *, client: str, style: str, answers: dict[str, str], frm: str,
         date: str, msgid: str, ours_id: str, ctype: str, body: str, subject: str = "Re: Application",
         headers: list[str] | None = None, asked: list[str] | None = None,
         answers_file: str | None = None, to: str = f"Grants Team <{GRANTS}>") -> None:
    """Write one reply; remember its ground truth."""
    h = [
        f"Date: {date}",
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {enc_subject(subject)}",
        f"Message-ID: {msgid}",
        f"In-Reply-To: <{ours_id}@grantbox.example>",
        f"References: <{ours_id}@grantbox.example>",
    ]
    h += headers or []
    h += ["MIME-Version: 1.0", f"Content-Type: {ctype}"]
    (HERE / fname).write_text("\n".join(h) + "\n\n" + body, encoding="utf-8")
    entry: dict = {"client": client, "style": style, "answers": answers}
    if asked:
        entry["asked"] = asked
    if answers_file:
        entry["answers_file"] = answers_file
    EXPECTED[fname] = entry


# --------------------------------------------------------------------------- clients' markup

def gm_lines(text: str, first_bare: bool = True) -> str:
    """Lines as Gmail's composer writes them: one <div> per line, <div><br></div> for blanks."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i == 0 and first_bare:
            out.append(esc(line) if line else "<br>")
        else:
            out.append(f"<div>{esc(line) if line else '<br>'}</div>")
    return "".join(out)


def gmail_sig_html(sig: str) -> str:
    lines = sig.split("\n")
    inner = esc(lines[0]) + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in lines[1:])
    return ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
            f'<div dir="ltr">{inner}</div></div>')


def gmail(body: str, ours: tuple[str, str], attr: str, *, sig: str = "", kind: str = "web",
          boundary: str) -> tuple[str, str]:
    """Gmail web / Android / iOS: top-posted, gmail_quote blockquote, text part '>'-quoted."""
    text = body + (f"\n\n-- \n{sig}" if sig else "") + f"\n\n{attr}\n\n{q(ours[0])}\n"
    attr_html = esc(attr).replace(f"&lt;{GRANTS}&gt;", f'&lt;<a href="mailto:{GRANTS}">{GRANTS}</a>&gt;')
    if kind == "web":
        inner = gm_lines(body) + (gmail_sig_html(sig) if sig else "")
        html = (f'<div dir="ltr">{inner}</div><br><div class="gmail_quote gmail_quote_container">'
                f'<div dir="ltr" class="gmail_attr">{attr_html}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{ours[1]}</blockquote></div>\n')
    else:  # android / ios: dir="auto" divs
        inner = "".join(f'<div dir="auto">{esc(x) if x else "<br>"}</div>' for x in body.split("\n"))
        if sig:
            inner += '<div dir="auto"><br></div>' + "".join(
                f'<div dir="auto">{esc(x)}</div>' for x in ["-- "] + sig.split("\n"))
        html = (f'{inner}<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                f'class="gmail_attr">{attr_html}<br></div><blockquote class="gmail_quote" '
                f'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{ours[1]}'
                '</blockquote></div>\n')
    return multipart("alternative", boundary, [
        part('text/plain; charset="UTF-8"', text),
        part('text/html; charset="UTF-8"', html),
    ], quote_b=True)


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
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle19
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


def word_p(line: str, style: str = "") -> str:
    st = f" style='{style}'" if style else ""
    if not line:
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
    return f"<p class=MsoNormal><span{st}>{esc(line)}<o:p></o:p></span></p>\n" if st else \
        f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>\n"


def word_header_block(labels: tuple[str, str, str, str], frm: str, sent: str, to: str, subj: str,
                      ) -> tuple[str, str]:
    lf, ls, lt, lsub = labels
    html = ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b><span lang=EN-US>{lf}:</span></b><span lang=EN-US> {esc(frm)} <br>"
            f"<b>{ls}:</b> {esc(sent)}<br><b>{lt}:</b> {esc(to)}<br><b>{lsub}:</b> {esc(subj)}"
            "<o:p></o:p></span></p></div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    text = f"{lf}: {frm}\n{ls}: {sent}\n{lt}: {to}\n{lsub}: {subj}\n"
    return text, html


def outlook_word(body_html: str, body_text: str, ours: tuple[str, str], hdr: tuple[str, str], *,
                 boundary: str, lang: str = "EN-GB") -> tuple[str, str]:
    """Outlook desktop: Word HTML, From/Sent block, original below without '>' quoting."""
    text = body_text + "\n\n" + hdr[0] + "\n" + ours[0] + "\n"
    html = (WORD_HEAD + f"<body lang={lang} link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
            "<div class=WordSection1>\n" + body_html + hdr[1] + ours[1] + "\n</div></body></html>\n")
    return multipart("alternative", boundary, [
        part('text/plain; charset="utf-8"', text),
        part('text/html; charset="utf-8"', html),
    ])


OUTLOOK_HEADERS = [
    "Accept-Language: en-GB, en-US",
    "Content-Language: en-GB",
    "X-MS-Has-Attach: ",
    "X-MS-TNEF-Correlator: ",
]

OWA_DIV = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
           'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">')


def owa(body_html: str, body_text: str, ours: tuple[str, str], *, sent: str, to: str,
        boundary: str, parts_after: list[str] | None = None) -> tuple[str, str]:
    """New Outlook / Outlook on the web: elementToProof divs, divRplyFwdMsg, '____' in text."""
    text = (body_text + "\n" + "_" * 32 + f"\nFrom: Grants Team <{GRANTS}>\nSent: {sent}\n"
            f"To: {to}\nSubject: Re: Application\n\n" + ours[0] + "\n")
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n' + body_html +
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>From:</b> Grants Team &lt;{GRANTS}&gt;<br>\n<b>Sent:</b> {esc(sent)}<br>\n'
            f'<b>To:</b> {esc(to)}<br>\n<b>Subject:</b> Re: Application</font>\n<div>&nbsp;</div>\n</div>\n'
            f'<div>{ours[1]}</div>\n</body>\n</html>\n')
    alt = multipart("alternative", boundary, [
        part('text/plain; charset="utf-8"', text),
        part('text/html; charset="utf-8"', html),
    ])
    if not parts_after:
        return alt
    return multipart("mixed", "_004_" + boundary, [f"Content-Type: {alt[0]}\n\n{alt[1]}"] + parts_after)


def owa_lines(text: str) -> str:
    return "".join(f"{OWA_DIV}{esc(x) if x else '<br>'}</div>\n" for x in text.split("\n"))


def apple_ios(body: str, ours: tuple[str, str], attr: str, *, boundary: str,
              footer: str = "Sent from my iPhone") -> tuple[str, str]:
    text = body + f"\n\n{footer}\n\n> {attr}\n> \n" + q(ours[0]) + "\n"
    lines = "<br>".join(esc(x) for x in body.split("\n"))
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto"><div dir="ltr">{lines}</div><div dir="ltr"><br></div><div dir="ltr">'
            f'<div dir="ltr">{esc(footer)}</div><div dir="ltr"><br><blockquote type="cite">{esc(attr)}'
            f'<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{ours[1]}</div>'
            '</blockquote></div></body></html>')
    return multipart("alternative", boundary, [
        part("text/plain; charset=utf-8", text),
        part("text/html; charset=utf-8", html),
    ], quote_b=False)


def apple_mac(body: str, ours: tuple[str, str], attr: str, *, boundary: str, sig: str = "") -> tuple[str, str]:
    full = body + (f"\n\n{sig}" if sig else "")
    text = full + f"\n\n> {attr}\n> \n" + q(ours[0]) + "\n\n"
    paras = full.split("\n")
    inner = esc(paras[0]) + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in paras[1:])
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{inner}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br '
            f'class="Apple-interchange-newline"><div><div>{ours[1]}</div></div></blockquote></div><br></body></html>')
    return multipart("alternative", boundary, [
        part("text/plain; charset=utf-8", text),
        part("text/html; charset=utf-8", html),
    ], quote_b=True)


# --------------------------------------------------------------------------- helpers for bodies

QIDS = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]


def _qtexts() -> list[str]:
    import tomllib

    data = tomllib.loads((rk.ROOT / "templates" / "questions.toml").read_text(encoding="utf-8"))
    return [x["text"] for x in data["questions"]]


QTEXT = _qtexts()


def numbered(ans: dict[str, str], fmt: str = "{n}. ", sep: str = "\n\n", ids=QIDS) -> str:
    out = []
    for i, k in enumerate(QIDS, 1):
        if k in ans and k in ids:
            out.append(fmt.format(n=i) + ans[k])
    return sep.join(out)


def labelled(ans: dict[str, str], labels: dict[str, str], sep: str = "\n\n", same_line: bool = True) -> str:
    out = []
    for k, lab in labels.items():
        if k in ans:
            out.append(f"{lab} {ans[k]}" if same_line else f"{lab}\n{ans[k]}")
    return sep.join(out)


def ours_for(name: str, template: str = "questions", ids: list[str] | None = None) -> tuple[str, str]:
    return rk.ours(name, template, ids)


def split_ours(ours: tuple[str, str]) -> tuple[list[str], list[str]]:
    """Our email cut after each question block (text and HTML), for inline answering.

    Returns n+1 chunks: chunk i ends with question i's block; the last chunk is the closing."""
    import re

    lines = ours[0].split("\n")
    starts = [i for i, ln in enumerate(lines) if re.match(r"^\d+\. ", ln)]
    closing = next(i for i in range(starts[-1] + 1, len(lines))
                   if lines[i].strip() and not lines[i].startswith(" "))
    cuts = starts[1:] + [closing]
    tchunks, prev = [], 0
    for c in cuts:
        tchunks.append("\n".join(lines[prev:c]).rstrip("\n"))
        prev = c
    tchunks.append("\n".join(lines[prev:]))
    h = ours[1]
    hstarts = [m.start() for m in re.finditer(r"<p><strong>\d+\.", h)]
    last_end = h.index("</p>", hstarts[-1]) + len("</p>")
    hcuts = hstarts[1:] + [h.index("<p>", last_end)]
    hchunks, prev = [], 0
    for c in hcuts:
        hchunks.append(h[prev:c].strip())
        prev = c
    hchunks.append(h[prev:].strip())
    return tchunks, hchunks


def attachment(ctype: str, filename: str, data: bytes, extra: str = "") -> str:
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"{extra}\n'
            f"Content-Transfer-Encoding: base64\n\n{b64(data)}")


def flow(text: str, width: int = 72) -> str:
    """format=flowed: soft breaks carry a trailing space (Thunderbird wraps at 72)."""
    import textwrap

    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in parts[:-1])
        out.append(parts[-1])
    return "\n".join(out)


def gmail_id(seed: str) -> str:
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().replace("/", "_")
    return f"<CA{h[:10]}+{h[10:30]}-{h[30:40]}@mail.gmail.com>"


def outlook_id(seed: str, region: str = "AM9PR07MB") -> str:
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<{region}{h[:4]}{h[4:16]}@{region}{h[:4]}.eurprd07.prod.outlook.com>"


def thread_index(seed: str) -> str:
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


# =========================================================================== the cohort

def c01() -> None:
    a = {
        "background": "I'm a civil engineer by training. I spent 6 years doing structural design for industrial buildings at a consultancy in Belo Horizonte, and for the last 3 of those years I was the person automating everything in Python: load-case generation, parsing FEM results, a small internal Django tool for drawing revisions. Since last year I work full time as a data engineer at a logistics startup (Airflow, dbt, Postgres).",
        "math": "Calculus and linear algebra are fine, I used them constantly in structural analysis (stiffness matrices, eigenvalue problems for vibration modes). Probability is weaker: I know the basics but never studied conditional expectation or Markov chains formally, so I would review that first.",
        "study_plan": "Weeks 1-2: probability refresher (Blitzstein & Hwang, the chapters on conditional expectation and Markov chains).\nWeeks 3-6: Sutton & Barto part I together with the David Silver lectures, implementing the tabular methods in numpy.\nWeeks 7-10: Spinning Up in Deep RL, writing VPG, DQN and PPO myself in PyTorch.\nWeeks 11-12: a small project applying PPO to a structural control problem (active damping of a simulated frame), with a write-up on GitHub.",
        "commitment": "Around 20 hours a week. I can start on 11 January.",
        "referral": "A LinkedIn post from someone in a Brazilian ML community group. I don't know anyone in the program.",
        "afterwards": "I'd like to move into a research engineer role working on RL for control or robotics, ideally in a team that publishes.",
    }
    body = "Hi,\n\nThanks for the questions, here are my answers.\n\n" + numbered(a) + "\n\nBest regards,\nLucas"
    sig = "Lucas Pereira Santos\nData Engineer | Belo Horizonte, Brazil\nhttps://github.com/lucaspsantos-example"
    ctype, mime = gmail(body, ours_for("Lucas"),
                        "On Tue, Dec 1, 2026 at 7:02 AM Grants Team <grants@grantbox.example> wrote:",
                        sig=sig, boundary="000000000000" + hid("c01", n=16))
    case("c01_gmail_web_numbered_signature.eml", client="Gmail web",
         style="numbered 1.-6. at the top under a greeting, Gmail signature after '-- '", answers=a,
         frm=addr("Lucas Pereira Santos", "lucas.psantos@gmail.example"),
         date="Tue, 1 Dec 2026 21:47:13 -0300", msgid=gmail_id("c01"), ours_id="q.8c01a",
         ctype=ctype, body=mime)


def c02() -> None:
    a = {
        "background": "Chartered accountant 5 years (audit at a big 4 firm, then FP&A). Switched to data analyst in 2024, now doing SQL + Python at a fintech",
        "math": "Calculus ok from school, probability/stats fine from ICAN exams and work. Vector calculus I need to learn properly",
        "study_plan": "HF deep RL course + Sutton Barto, then build a trading agent on Nigerian stock data as project",
        "commitment": "25hrs per week. Can start immediately",
        "afterwards": "Get an ML engineer role, later masters abroad",
    }
    body = "Hello\n\n" + numbered(a, sep="\n") + "\n\nThanks"
    ctype, mime = gmail(body, ours_for("Chinonso"),
                        "On Tue, 1 Dec 2026, 11:02 Grants Team, <grants@grantbox.example> wrote:",
                        kind="android", boundary="000000000000" + hid("c02", n=16))
    case("c02_gmail_android_terse_skips_optional.eml", client="Gmail Android app",
         style="terse numbered lines without blank lines, optional Q5 skipped (number 5 absent)", answers=a,
         frm=addr("Chinonso Eze", "chinonso.eze@gmail.example"),
         date="Tue, 1 Dec 2026 13:26:40 +0100", msgid=gmail_id("c02"), ours_id="q.8c02b",
         ctype=ctype, body=mime)


def c03() -> None:
    a = {
        "background": "Petroleum engineer, 8 years at an oil services company in Atyrau and Almaty. Mostly reservoir simulation and history matching (Eclipse, then Python for the workflows around it). The last two years I built our internal production forecasting tool with gradient boosting models.",
        "math": "Vector calculus is fine, reservoir simulation is PDEs all day. Probability I use for uncertainty quantification (Monte Carlo, Bayesian updating), so I think I am comfortable, but policy gradient derivations are new for me.",
        "study_plan": "First month Sutton & Barto chapters 1-9 with exercises. Second month the Berkeley CS285 lectures and homeworks 1-3. Third month I want to reproduce a paper on RL for waterflooding optimization with an open simulator (OPM Flow).",
        "commitment": "30 hours per week, I am between jobs now. I can start any time in January.",
        "referral": "My former colleague Daniyar told me about it, he saw it on Twitter. I don't know anyone in the program.",
        "afterwards": "Research engineer position, maybe a PhD later if I find the right supervisor.",
    }
    ours = ours_for("Aigerim")
    tch, hch = split_ours(ours)
    top = "Hello,\n\nThank you. I wrote my answers below each question.\n\nAigerim"
    attr = "On Tue, Dec 1, 2026 at 3:02 PM Grants Team <grants@grantbox.example> wrote:"
    text = top + f"\n\n{attr}\n\n"
    bq = ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
          'rgb(204,204,204);padding-left:1ex">')
    html = (f'<div dir="ltr">{gm_lines(top)}</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">On Tue, Dec 1, 2026 at 3:02 PM Grants Team &lt;<a '
            f'href="mailto:{GRANTS}">{GRANTS}</a>&gt; wrote:<br></div>')
    for i, k in enumerate(QIDS):
        text += q(tch[i]) + f"\n\n{a[k]}\n\n"
        html += f"{bq}{hch[i]}</blockquote><div><br></div><div>{esc(a[k])}</div><div><br></div>"
    text += q(tch[-1]) + "\n"
    html += f"{bq}{hch[-1]}</blockquote></div>\n"
    ctype, mime = multipart("alternative", "000000000000" + hid("c03", n=16), [
        part('text/plain; charset="UTF-8"', text), part('text/html; charset="UTF-8"', html)])
    case("c03_gmail_web_inline_under_questions.eml", client="Gmail web",
         style="answers typed inline between the quoted questions (quote split into blockquotes)",
         answers=a, frm=addr("Aigerim Bekova", "aigerim.bekova@gmail.example"),
         date="Wed, 2 Dec 2026 00:31:55 +0500", msgid=gmail_id("c03"), ours_id="q.8c03c",
         ctype=ctype, body=mime)


def c04() -> None:
    a = {
        "background": "I've been a game developer for 9 years, the last 5 at a studio in Kraków working on gameplay and AI systems in Unity/C# (behaviour trees, pathfinding, some procedural generation). Before that I did a bachelor's in computer science at AGH.",
        "math": "I'd say medium. I did calculus and probability at university and use a lot of linear algebra for 3D maths, but I haven't touched multivariable calculus in years, so I would need to brush up on gradients and expectations before the heavier papers.",
        "commitment": "I can commit about 20 hours a week on top of my job, and I could start in early January.",
        "afterwards": "Long term I'd love to work on RL for game agents or simulation at a research lab, or at least bring it into games properly.",
    }
    body = ("Hi,\n\nThanks for getting back to me so quickly.\n\n" + a["background"] + "\n\n" + a["math"]
            + "\n\nAs for the study plan, I'm still putting it together \u2013 I want to check a few course "
            "syllabi first. I'll send it over next week if that's ok.\n\n" + a["commitment"] + "\n\n"
            + a["afterwards"] + "\n\nCheers,\nTomasz")
    ctype, mime = gmail(body, ours_for("Tomasz"),
                        "On Tue, 1 Dec 2026 at 11:02, Grants Team <grants@grantbox.example> wrote:",
                        kind="ios", boundary="000000000000" + hid("c04", n=16))
    case("c04_gmail_ios_prose_plan_deferred.eml", client="Gmail iOS app",
         style="unnumbered prose paragraphs in question order; study plan deferred to next week; no referral",
         answers=a, frm=addr("Tomasz Wiśniewski", "t.wisniewski@gmail.example"),
         date="Tue, 1 Dec 2026 22:15:08 +0100", msgid=gmail_id("c04"), ours_id="q.8c04d",
         ctype=ctype, body=mime)


def c05() -> None:
    a = {
        "background": "Operations research analyst at a logistics company in the port of Rotterdam for 7 years. I build optimisation models (mixed-integer programming in Gurobi, some discrete-event simulation) for terminal planning and container stacking. MSc Applied Mathematics, TU Delft.",
        "math": "Comfortable. Probability and stochastic processes were part of my MSc and I use queueing models at work. Vector calculus is fine, though I would want to revisit it in the context of neural network training.",
        "study_plan": "Month 1: Sutton & Barto (2nd ed.) chapters 1-13, with the exercises in Python.\nMonth 2: deep RL through the CS285 lectures, implementing DQN and PPO.\nMonth 3: apply PPO to a container stacking simulator I already have, and compare with our current MIP heuristics.",
        "commitment": "About 16 hours per week (two days; my employer agreed to a 4-day week). Start: 1 February.",
        "referral": "A colleague forwarded the announcement from a newsletter. I do not know anyone involved.",
        "afterwards": "Lead an RL effort inside my company, or join a research group working on RL for logistics.",
    }
    labels = {"background": "Background:", "math": "Math:", "study_plan": "Study plan:",
              "commitment": "Time commitment:", "referral": "How you heard of us:", "afterwards": "Afterwards:"}
    intro = ["Dear Grants Team,", "", "Thank you for your message. Please find my answers below.", ""]
    sig = ["Met vriendelijke groet / Kind regards,", "", "Pieter van der Berg",
           "Senior Analyst Operations Research", "Havenlogistiek Rotterdam B.V.",
           "Maasvlakteweg 00, 3199 XX Rotterdam", "T +31 10 000 0000"]
    discl = ("Disclaimer: De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de "
             "geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde is verboden. "
             "This e-mail and any attachments are confidential and may be privileged. If you are not the "
             "intended recipient, please notify the sender immediately and delete this message.")
    html = "".join(word_p(x) for x in intro)
    text = "\n".join(intro) + "\n"
    for k, lab in labels.items():
        lines = a[k].split("\n")
        html += (f"<p class=MsoNormal><b>{esc(lab)}</b> {esc(lines[0])}<o:p></o:p></p>\n"
                 + "".join(word_p(x) for x in lines[1:]) + word_p(""))
        text += f"{lab} {a[k]}\n\n"
    html += "".join(word_p(x) for x in sig) + word_p("")
    html += f"<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>{esc(discl)}<o:p></o:p></span></p>\n" + word_p("")
    text += "\n".join(sig) + "\n\n" + discl
    hdr = word_header_block(("Van", "Verzonden", "Aan", "Onderwerp"), f"Grants Team <{GRANTS}>",
                            "dinsdag 1 december 2026 10:02", "Pieter van der Berg <p.vandenberg@havenlogistiek.example>",
                            "Re: Application")
    ctype, mime = outlook_word(html, text, ours_for("Pieter"), hdr,
                               boundary="_000_" + hid("c05", n=40) + "_", lang="NL")
    case("c05_outlook_desktop_labels_nl_disclaimer.eml", client="Outlook desktop (Dutch UI), Exchange",
         style="'Label: answer' with bold labels, Word paragraphs, corporate signature and bilingual disclaimer",
         answers=a, frm=addr("Pieter van der Berg", "p.vandenberg@havenlogistiek.example"),
         date="Wed, 2 Dec 2026 08:41:27 +0000", msgid=outlook_id("c05"), ours_id="q.8c05e",
         ctype=ctype, body=mime, subject="RE: Application",
         headers=["Thread-Topic: Application", f"Thread-Index: {thread_index('c05')}",
                  "Accept-Language: nl-NL, en-US", "Content-Language: nl-NL", "X-MS-Has-Attach: ",
                  "X-MS-TNEF-Correlator: ", "x-ms-exchange-organization-authas: Internal"],
         to=f"Grants Team <{GRANTS}>")


def c06() -> None:
    a = {
        "background": "Qualified actuary (FIA), 11 years in general insurance pricing at a Welsh insurer \u2013 GLMs, reserving, lately gradient boosting in Python and a bit of R. I moved into the data science team 2 years ago.",
        "math": "Probability is my bread and butter. Vector calculus I did at university (maths degree) but that is 15 years ago, so I would need a refresher on the multivariable side.",
        "study_plan": "Sutton & Barto cover to cover in the first 6 weeks alongside the DeepMind/UCL lecture series, then the second half on deep RL via Spinning Up, finishing with a small project on RL for dynamic pricing using a simulated insurance market.",
        "commitment": "15 hours per week, evenings and Saturdays. I could start mid-January.",
        "afterwards": "Ideally a research-oriented role in an insurer or a move to an ML lab; I am also open to a part-time PhD.",
    }
    ours = ours_for("Gareth")
    tch, hch = split_ours(ours)
    top = ["Hi,", "", "Thanks \u2013 I\u2019ve put my answers in blue below.", "", "Regards,", "Gareth", "",
           "Gareth Price FIA", "Pricing & Data Science", "Dyffryn Mutual Insurance", "Cardiff"]
    hdr = word_header_block(("From", "Sent", "To", "Subject"), f"Grants Team <{GRANTS}>",
                            "01 December 2026 10:02", "Gareth Price <gareth.price@dyffrynmutual.example>",
                            "Re: Application")
    html = "".join(word_p(x) for x in top) + word_p("") + hdr[1]
    text = "\n".join(top) + "\n\n" + hdr[0] + "\n"
    blue = "color:#0070C0"
    for i, k in enumerate(QIDS):
        html += hch[i] + "\n"
        text += tch[i] + "\n"
        if k in a:
            html += word_p(a[k], blue) + word_p("")
            text += "\n" + a[k] + "\n\n"
        else:
            text += "\n"
    html += hch[-1] + "\n"
    text += tch[-1] + "\n"
    page = (WORD_HEAD + "<body lang=EN-GB link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
            "<div class=WordSection1>\n" + html + "\n</div></body></html>\n")
    ctype, mime = multipart("alternative", "_000_" + hid("c06", n=40) + "_", [
        part('text/plain; charset="utf-8"', text), part('text/html; charset="utf-8"', page)])
    case("c06_outlook_desktop_inline_blue.eml", client="Outlook desktop (Microsoft 365, English UK)",
         style="'answers in blue below': coloured answers typed into the unquoted original; optional Q5 left empty",
         answers=a, frm=addr("Gareth Price", "gareth.price@dyffrynmutual.example"),
         date="Wed, 2 Dec 2026 19:12:44 +0000", msgid=outlook_id("c06", "CWLP265MB"), ours_id="q.8c06f",
         ctype=ctype, body=mime, subject="RE: Application",
         headers=["Thread-Topic: Application", f"Thread-Index: {thread_index('c06')}"] + OUTLOOK_HEADERS)


def c07() -> None:
    a = {
        "background": "I am a telecommunications engineer (Universidad Politécnica de Madrid) and I have worked 10 years on mobile network planning and optimisation for an operator in Madrid. In the last four years I moved to the automation side: Python scripts and dashboards for network KPIs, and an anomaly detection model for cell outages that is now in production.",
        "math": "I am comfortable with probability and the signal processing maths from my degree and my work (stochastic processes, estimation). Vector calculus I know, but I would like to review matrix calculus for backpropagation.",
        "study_plan": "I would divide the three months into three blocks of four weeks.\n\nBlock 1: foundations (Sutton & Barto part I, David Silver's lectures). Block 2: deep RL (the Hugging Face course and Spinning Up, implementing DQN, A2C and PPO). Block 3: a project on RL for radio resource management (power control in a simulated cellular network), which connects with my experience.",
        "commitment": "25-30 hours per week. I can start on 1 February 2027.",
        "referral": "From a friend who works at a startup in Barcelona; she saw the call on LinkedIn. I don't know anyone in the program.",
        "afterwards": "I want to join a research team working on RL for telecom networks (for example at an equipment vendor's research lab), or start an industrial PhD.",
    }
    fname = "Respuestas_Lucia_Fernandez.docx"
    paras = [("Lucía Fernández Ortega \u2013 answers to the follow-up questions", True), ("", False)]
    for i, k in enumerate(QIDS, 1):
        paras.append((f"{i}. {QTEXT[i - 1]}", True))
        paras += [(p, False) for p in a[k].split("\n\n")]
        paras.append(("", False))
    doc = rk.docx_bytes(paras)
    body = "Hola,\n\nI\u2019ve put my answers in the attached Word document, it was easier for me to write them there.\n\nUn saludo,\nLucía"
    att = attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname, doc,
                     f'; size={len(doc)};\n\tcreation-date="Thu, 03 Dec 2026 09:20:11 GMT";\n\t'
                     'modification-date="Thu, 03 Dec 2026 09:20:11 GMT"')
    ctype, mime = owa(owa_lines(body), body, ours_for("Lucía"), sent="Tuesday, December 1, 2026 11:02",
                      to="Lucía Fernández Ortega <lucia.fernandez@outlook.example>",
                      boundary="000_" + hid("c07", n=36) + "_", parts_after=[att])
    case("c07_new_outlook_answers_in_docx.eml", client="new Outlook / Outlook.com web",
         style="short Spanish/English body pointing to an attached .docx with the answers (questions bold)",
         answers=a, answers_file=fname,
         frm=addr("Lucía Fernández Ortega", "lucia.fernandez@outlook.example"),
         date="Thu, 3 Dec 2026 10:24:37 +0100", msgid=outlook_id("c07", "DB9PR02MB"), ours_id="q.8c07g",
         ctype=ctype, body=mime, subject="RE: Application",
         headers=["Thread-Topic: Application", f"Thread-Index: {thread_index('c07')}",
                  "Accept-Language: es-ES, en-US", "Content-Language: en-US", "X-MS-Has-Attach: yes",
                  "X-MS-TNEF-Correlator: "])


def c08() -> None:
    a = {
        "background": "Software engineer 6 years, Java backend for telecom billing at a mobile operator in Accra. Before that 2 years teaching ICT in a secondary school.",
        "math": "Comfortable with probability, less with vector calculus. Doing Khan Academy multivariable calculus now.",
        "study_plan": "Spinning Up + CS285 homeworks, then reproduce DQN on Atari. Roughly 1 month each.",
        "commitment": "20 hours per week, from January 4.",
        "referral": "Twitter/X. I know Efua Asante who was in a previous cohort.",
        "afterwards": "Research engineer role or a masters in ML.",
    }
    body = "Hi,\n\n" + numbered(a) + "\n\nKwame"
    ours = ours_for("Kwame")
    sent = "Tuesday, December 1, 2026 10:02:51 AM"
    text = (body + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n" + "_" * 32
            + f"\nFrom: Grants Team <{GRANTS}>\nSent: {sent}\nTo: kwame.mensah@outlook.example "
            "<kwame.mensah@outlook.example>\nSubject: Re: Application\n\n" + ours[0] + "\n")
    lines = "".join(f'<div dir="ltr">{esc(x) if x else "<br>"}</div>' for x in body.split("\n"))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            f'{lines}<div dir="ltr"><br></div><div class="ms-outlook-mobile-signature"><div dir="ltr">Get '
            '<a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>\n'
            '<div id="mail-editor-reference-message-container" dir="ltr"><br>\n<hr style="display:inline-block;width:98%">\n'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000"><b>From:</b> Grants Team &lt;{GRANTS}&gt;<br>\n<b>Sent:</b> {sent}<br>\n'
            '<b>To:</b> kwame.mensah@outlook.example &lt;kwame.mensah@outlook.example&gt;<br>\n'
            '<b>Subject:</b> Re: Application</font>\n<div>&nbsp;</div>\n</div>\n'
            f'{ours[1]}\n</div>\n</body>\n</html>\n')
    ctype, mime = multipart("alternative", "_000_" + hid("c08", n=40) + "_", [
        part('text/plain; charset="utf-8"', text), part('text/html; charset="utf-8"', html)])
    case("c08_outlook_ios_numbered_short.eml", client="Outlook for iOS (Outlook.com account)",
         style="short numbered answers, 'Get Outlook for iOS' footer, '____' quote separator",
         answers=a, frm=addr("Kwame Mensah", "kwame.mensah@outlook.example"),
         date="Tue, 1 Dec 2026 18:40:02 +0000", msgid=outlook_id("c08", "PH0PR19MB"), ours_id="q.8c08h",
         ctype=ctype, body=mime, subject="RE: Application",
         headers=["Thread-Topic: Application", f"Thread-Index: {thread_index('c08')}"] + OUTLOOK_HEADERS)


def c09() -> None:
    a = {
        "background": "Eight years as an audio DSP engineer, first at a headphone maker in Tokyo, now at a music software company in Berlin. C++ and some Python; filters, spatial audio, and recently small neural networks for noise suppression that run on device.",
        "math": "Linear algebra and Fourier analysis are everyday work. Multivariable calculus is fine. Probability I learned for estimation theory, but I am not fluent with measure-theoretic notation, so some RL papers are slow going for me.",
        "study_plan": "Roughly three blocks of four weeks.\n\nWeeks 1-4: Sutton & Barto chapters 1-6 and 9-13, exercises in Python.\nWeeks 5-8: CS285 lectures and homework (imitation learning, policy gradients, actor-critic).\nWeeks 9-12: a small project: an RL agent that learns to set equaliser parameters, compared against a supervised baseline.",
        "commitment": "About 20 hours per week. I could start in the second week of January.",
        "referral": "A friend from a Berlin ML meetup mentioned it. I don't know anyone involved.",
        "afterwards": "I would like to work as a research engineer on RL or learning-based control for audio and music.",
    }
    labels = {"background": "Experience:", "math": "Maths:", "study_plan": "Plan:", "commitment": "Time:",
              "referral": "How I heard:", "afterwards": "After the grant:"}
    body = ("Hello,\n\nthank you for the questions. My answers:\n\n" + labelled(a, labels, same_line=False)
            + "\n\nBest regards,\nYuki Tanaka")
    ctype, mime = apple_mac(body, ours_for("Yuki"),
                            "On 1. Dec 2026, at 11:02, Grants Team <grants@grantbox.example> wrote:",
                            boundary="Apple-Mail=_" + hid("c09", n=8).upper() + "-1A2B-4C3D-9E8F-" + hid("c09b", n=12).upper())
    case("c09_apple_mail_mac_own_labels.eml", client="Apple Mail macOS",
         style="own labels on their own line ('Experience:', 'Maths:', 'Plan:'...), multi-paragraph plan",
         answers=a, frm=addr("Yuki Tanaka", "yuki.tanaka@posteo.example"),
         date="Wed, 2 Dec 2026 09:05:19 +0100", msgid=f"<{hid('c09m', n=8).upper()}-0C1D-4E2F-8A9B-{hid('c09n', n=12).upper()}@posteo.example>",
         ours_id="q.8c09i", ctype=ctype, body=mime,
         headers=["X-Mailer: Apple Mail (2.3826.300.87.4.3)"])


def c10() -> None:
    a = {
        "study_plan": "Weeks 1-4 Sutton & Barto part I, weeks 5-8 the Hugging Face Deep RL course, weeks 9-12 a project reproducing PPO on a few MuJoCo tasks and writing it up.",
        "commitment": "About 18 hours per week (I teach part-time in the mornings). I can start on 7 January.",
    }
    asked = ["study_plan", "commitment"]
    body = "Hi,\nsorry, I missed these two.\n\n" + numbered(a) + "\n\nGiulia"
    ctype, mime = apple_ios(body, ours_for("Giulia", "missing_answers", asked),
                            "Il giorno 4 dic 2026, alle ore 10:02, Grants Team <grants@grantbox.example> ha scritto:",
                            footer="Inviato da iPhone", boundary="Apple-Mail-" + hid("c10", n=8).upper()
                            + "-3F1C-4D2A-B7E9-" + hid("c10b", n=12).upper())
    case("c10_apple_ios_still_need_it.eml", client="Apple Mail iOS (Italian UI)",
         style="reply to the 'we still need' email (Q3, Q4) by number, 'Inviato da iPhone'",
         answers=a, asked=asked, frm=addr("Giulia Ferrari", "giulia.ferrari@icloud.example"),
         date="Fri, 4 Dec 2026 13:18:45 +0100",
         msgid=f"<{hid('c10m', n=8).upper()}-77A1-4B0C-9D2E-{hid('c10n', n=12).upper()}@icloud.example>",
         ours_id="q.8c10j", ctype=ctype, body=mime, headers=["X-Mailer: iPhone Mail (22B91)"])


def c11() -> None:
    a = {
        "background": "I worked 6 years in a BPO company in Cebu, first as customer support then as reporting analyst (Excel, SQL). Since 2023 I am a Python developer in a small software company, mostly Django and some data pipelines.",
        "math": "Honestly not very comfortable yet. I took calculus in college (BS Electronics Engineering) but I forgot most of it. I am studying probability with the Harvard Stat 110 videos now.",
        "study_plan": "Month 1: math review (3Blue1Brown, Stat 110) and Sutton & Barto chapters 1-4. Month 2: Hugging Face Deep RL course. Month 3: a project, an RL agent for scheduling jeepney routes in a simple simulator.",
        "commitment": "20 to 25 hours a week. I can start this January.",
        "referral": "Facebook group of data science people in the Philippines. I don't know anyone.",
        "afterwards": "Work as an ML engineer, later maybe a masters abroad.",
    }
    body = ("Good day!\n\nHere are my answers:\n\n" + numbered(a, fmt="{n}) ")
            + "\n\nThank you very much and God bless.\n\nJose Miguel Reyes")
    ours = ours_for("Jose Miguel")
    attr = "On Tuesday, December 1, 2026 at 06:02:09 PM GMT+8, Grants Team <grants@grantbox.example> wrote:"
    text = body + "\n\n\n\n\n    " + attr + "  \n \n \n" + "\n".join(" " + x if x else " " for x in ours[0].split("\n")) + "\n"
    ydp = "ydp" + hid("c11", n=8)
    inner = "".join(f'<div dir="ltr" data-setdir="false">{esc(x) if x else "<br>"}</div>' for x in body.split("\n"))
    html = (f'<html><head></head><body><div class="{ydp}yahoo-style-wrap" style="font-family:Helvetica Neue, '
            f'Helvetica, Arial, sans-serif;font-size:13px;"><div></div>\n        {inner}<div><br></div>\n        \n'
            f'        </div><div id="{ydp}yahoo_quoted_2871930466" class="{ydp}yahoo_quoted">\n'
            '            <div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n'
            '                \n                <div>\n                        On Tuesday, December 1, 2026 at 06:02:09 PM GMT+8, '
            f'Grants Team &lt;{GRANTS}&gt; wrote:\n                    </div>\n                    <div><br></div>\n'
            f'                    <div><br></div>\n                \n                \n                <div><div id="{ydp}yiv6021744391">{ours[1]}</div></div>\n'
            '            </div>\n        </div></body></html>\n')
    ctype, mime = multipart("alternative", "----=_Part_" + hid("c11", n=7) + "_1184402211.1764594129844", [
        part("text/plain; charset=UTF-8", text), part("text/html; charset=UTF-8", html)])
    case("c11_yahoo_paren_numbers.eml", client="Yahoo Mail web",
         style="'1)' numbering, greeting and blessing, Yahoo's unprefixed quote block",
         answers=a, frm=addr("Jose Miguel Reyes", "jmreyes_cebu@yahoo.example"),
         date="Wed, 2 Dec 2026 10:22:09 +0000 (UTC)",
         msgid="<1877304512." + hid("c11m", n=7) + ".1764670929701@mail.yahoo.example>", ours_id="q.8c11k",
         ctype=ctype, body=mime, headers=["X-Mailer: WebService/1.1.24652 YMailNorrin"])


def c12() -> None:
    a = {
        "background": "Embedded software developer, 7 years. C and lately Rust for industrial motor controllers at a company near Gothenburg. Before that an MSc in engineering physics at Chalmers.",
        "math": "Quite comfortable. Control theory and Kalman filters are part of my job, so both vector calculus and probability are familiar. I would review some optimisation theory.",
        "study_plan": "- weeks 1-3: Sutton & Barto part I\n- weeks 4-6: Spinning Up, implement VPG and PPO in PyTorch\n- weeks 7-9: CS285 lectures on model-based RL\n- weeks 10-12: compare model-based RL with my PID/MPC controllers on a motor simulation",
        "commitment": "20 h/week, starting 1 March (notice period).",
        "referral": "Hacker News. No.",
        "afterwards": "An RL/control research engineer job, preferably in robotics.",
    }
    body = ("Hi,\n\nAnswers below.\n\n1. " + a["background"] + "\n\n2. " + a["math"] + "\n\n3.\n" + a["study_plan"]
            + "\n\n4. " + a["commitment"] + "\n\n5. " + a["referral"] + "\n\n6. " + a["afterwards"]
            + "\n\n/Nils")
    ours = ours_for("Nils")
    attr = "On Tuesday, December 1st, 2026 at 10:02 AM, Grants Team <grants@grantbox.example> wrote:"
    text = body + "\n\nSent with Proton Mail secure email.\n\n" + attr + "\n\n" + q(ours[0]) + "\n"
    st = 'style="font-family: Arial, sans-serif; font-size: 14px;"'
    inner = "".join(f"<div {st}>{esc(x) if x else '<br>'}</div>" for x in body.split("\n"))
    html = (f"{inner}<div {st}><br></div>\n<div class=\"protonmail_signature_block\" {st}>\n"
            '    <div class="protonmail_signature_block-user protonmail_signature_block-empty">\n        \n            </div>\n    \n'
            '            <div class="protonmail_signature_block-proton">\n        Sent with <a target="_blank" '
            'href="https://proton.me/mail/home">Proton Mail</a> secure email.\n    </div>\n</div>\n'
            f"<div {st}><br></div><div class=\"protonmail_quote\">\n        {esc(attr)}<br><br>\n"
            f'        <blockquote class="protonmail_quote" type="cite">\n            {ours[1]}\n        </blockquote><br>\n    </div>\n')
    ctype, mime = multipart("alternative", "b1=_" + hid("c12", n=40), [
        part("text/plain; charset=utf-8", text, cte="quoted-printable"),
        part("text/html; charset=utf-8", html, cte="base64")])
    case("c12_proton_numbered_bullets.eml", client="Proton Mail web",
         style="numbered with the plan as a '- ' list under a bare '3.', Proton footer",
         answers=a, frm=addr("Nils Andersson", "nils.andersson@proton.example"),
         date="Wed, 02 Dec 2026 06:58:31 +0000",
         msgid="<" + base64.b64encode(hashlib.sha256(b"c12").digest()).decode()[:43].replace("/", "-") + "=@proton.example>",
         ours_id="q.8c12l", ctype=ctype, body=mime,
         headers=["X-Pm-Message-ID: " + hid("c12x", n=40), "Feedback-ID: 4201337:user:proton"])


def c13() -> None:
    a = {
        "background": "PhD in computational chemistry (Zagreb, 2019), then two postdocs doing molecular dynamics and DFT calculations, mostly Fortran and Python on HPC clusters. I am leaving academia; since September I work as a data scientist at a pharma contract research company.",
        "math": "Comfortable. Statistical mechanics is a lot of probability, and I am fine with vector calculus. What I am missing is the optimisation side (stochastic gradient methods, convergence results).",
        "study_plan": "Weeks 1-4: Sutton & Barto and the David Silver course. Weeks 5-8: deep RL with Spinning Up and CS285. Weeks 9-12: reproduce a paper on RL for molecular design (REINVENT-style generation with a policy gradient objective).",
        "commitment": "20 hours per week, from 15 January.",
        "referral": "Someone posted it on a Mastodon instance for ML people. I don't know anyone involved.",
        "afterwards": "A research scientist role at the intersection of ML and chemistry, possibly in a drug discovery startup.",
    }
    ours = ours_for("Ivana")
    tch, _ = split_ours(ours)
    text = "Hello,\n\nthank you, my answers are inline.\n\nOn 01/12/2026 11:02, Grants Team wrote:\n"
    for i, k in enumerate(QIDS):
        text += q(tch[i]) + "\n\n" + flow(a[k]) + "\n\n"
    text += q(tch[-1]) + "\n\nBest regards,\nIvana\n\n-- \nDr. Ivana Horvat\nData Scientist\nZagreb, Croatia\n"
    case("c13_thunderbird_plain_inline_flowed.eml", client="Thunderbird (plain text, format=flowed)",
         style="inline answers under each '>'-quoted question, lines soft-wrapped at 72",
         answers=a, frm=addr("Ivana Horvat", "ivana.horvat@t-com.example"),
         date="Thu, 3 Dec 2026 20:03:37 +0100", msgid=f"<{hid('c13m', n=8)}-5b2e-4c1d-a0f3-{hid('c13n', n=12)}@t-com.example>",
         ours_id="q.8c13m", ctype="text/plain; charset=UTF-8; format=flowed",
         body=text, headers=["User-Agent: Mozilla Thunderbird", "Content-Language: en-US",
                             "Content-Transfer-Encoding: 8bit"])


def c14() -> None:
    a = {
        "background": "Exploration geologist for 9 years (iron ore and gold, WA and Queensland), the last four mostly doing geostatistics and 3D geological modelling in Python. In 2025 I finished a Graduate Certificate in Data Science and moved into a data science role at a mining services company in Perth.",
        "math": "Probability and statistics are strong (kriging, Bayesian inversion). Vector calculus I used in geophysics courses but I'm rusty; I'd allocate the first two weeks to refreshing it.",
        "study_plan": "The core would be Sutton & Barto plus CS285, with my own implementations of DQN, PPO and SAC in PyTorch during the first eight weeks.\n\nThe last four weeks I'd spend on a project: adaptive drill-hole placement as a sequential decision problem, using a synthetic orebody simulator. I'd publish the code and a short report.",
        "commitment": "25 hours a week. I could start 18 January.",
        "referral": "Saw it mentioned in a podcast community Discord. I don't know anyone involved.",
        "afterwards": "Applied RL research in resources or energy, or a PhD if the project goes well.",
    }
    fname = "Ben_Carter_answers.pdf"
    sec = ""
    for i, k in enumerate(QIDS, 1):
        sec += f"<h3>{i}. {esc(QTEXT[i - 1])}</h3>" + "".join(f"<p>{esc(p)}</p>" for p in a[k].split("\n\n"))
    page = ("<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Sans',Arial,sans-serif;"
            "font-size:11pt;margin:2cm} h3{font-size:11pt;margin-top:1.4em}</style></head><body>"
            "<h2>ML research retraining grant \u2013 follow-up answers</h2><p>Ben Carter, Perth WA</p>"
            f"{sec}</body></html>")
    pdf = rk.pdf_bytes(page)
    body = ("Hi team,\n\nI drafted my answers in a doc so I've attached them as a PDF (Ben_Carter_answers.pdf). "
            "Happy to clarify anything.\n\nCheers,\nBen")
    ours = ours_for("Ben")
    attr = "On Wed, 2 Dec 2026, at 08:02, Grants Team wrote:"
    text = body + "\n\n" + attr + "\n" + q(ours[0]) + "\n\n"
    inner = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in body.split("\n"))
    html = ('<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}'
            f'</style></head><body>{inner}<div><br></div><div>{esc(attr)}</div><blockquote type="cite" id="qt" '
            f'style=""><div>{ours[1]}</div></blockquote><div><br></div></body></html>')
    alt = multipart("alternative", hid("c14a", n=32), [
        part("text/plain", text, cte="quoted-printable"), part("text/html", html, cte="quoted-printable")])
    ctype, mime = multipart("mixed", hid("c14", n=32), [
        f"Content-Type: {alt[0]}\n\n{alt[1]}", attachment("application/pdf", fname, pdf)])
    case("c14_fastmail_answers_in_pdf.eml", client="Fastmail web",
         style="body points to an attached PDF with the questions as headings and the answers",
         answers=a, answers_file=fname, frm=addr("Ben Carter", "ben@bencarter.example"),
         date="Thu, 03 Dec 2026 07:51:02 +0800",
         msgid=f"<{hid('c14m', n=8)}-{hid('c14n', n=4)}-4a1b-9c2d-{hid('c14o', n=12)}@app.fastmail.example>",
         ours_id="q.8c14n", ctype=ctype, body=mime,
         headers=["User-Agent: Cyrus-JMAP/3.13.0-alpha0-1213-g8c1d2f0a-fm-20261124.001-g8c1d2f0a",
                  "X-ME-Sender: <xms:" + hid("c14x", n=24) + ">"])


def c15() -> None:
    a = {
        "background": "SAP FICO consultant for 8 years at an IT services company in Chennai, configuring finance modules and writing ABAP reports for clients in the UK and Middle East. Since 2024 I have been doing the IIT Madras online BS in Data Science part-time.",
        "math": "I completed Mathematics for Data Science I and II and Statistics I and II in the IITM programme, so calculus and probability are recent. Vector calculus I have studied but not applied much.",
        "study_plan": "I will follow the NPTEL Reinforcement Learning course for the first six weeks along with Sutton & Barto, then the Hugging Face Deep RL course for four weeks, and spend the last two weeks on a mini project on inventory optimisation.",
        "commitment": "15 hours on weekdays and 10 on weekends, so about 25 hours per week. I can start from 4 January 2027.",
        "referral": "My cousin shared the link in our family WhatsApp group :) I don't know anyone in the programme.",
        "afterwards": "I want to move from SAP consulting into an ML engineer or applied scientist role, in supply chain or finance.",
    }
    labels = {"background": "Background:", "math": "Math:", "study_plan": "Study plan:",
              "commitment": "Time commitment:", "referral": "Referral:", "afterwards": "After the grant:"}
    body = "Dear Sir/Madam,\n\nPlease find my answers below.\n\n" + labelled(a, labels) + "\n\nThanking you,"
    sig = "Regards,\nPriya Raghunathan\nChennai | +91 00000 00000"
    ours = ours_for("Priya")
    attr = f"---- On Tue, 01 Dec 2026 15:32:51 +0530 Grants Team <{GRANTS}> wrote ---"
    text = body + "\n\n" + sig + "\n\n\n\n\n" + attr + "\n\n\n\n" + ours[0] + "\n\n\n\n\n"
    inner = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in body.split("\n"))
    sig_html = "<br>".join(esc(x) for x in sig.split("\n"))
    html = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
            f'{inner}<div><br></div><div id="Zm-_Id_-Sgn" data-zbluepencil-ignore="true" data-sigid="5218930000000011003">'
            f'<div>{sig_html}<br></div></div><div><br></div><div class="zmail_extra_hr" style="border-top: 1px solid '
            'rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
            '<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">---- On '
            f'Tue, 01 Dec 2026 15:32:51 +0530 <b>Grants Team &lt;{GRANTS}&gt;</b> wrote ---<br></div><div><br></div>'
            '<blockquote style="border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px 5px;">'
            f'<div>{ours[1]}</div></blockquote></div><div><br></div></div><br></body></html>')
    ctype, mime = multipart("alternative", "----=_Part_" + hid("c15", n=6) + "_1418220735.1764669001337", [
        part("text/plain; charset=UTF-8", text, cte="7bit" if text.isascii() else "quoted-printable"),
        part("text/html; charset=UTF-8", html, cte="7bit" if html.isascii() else "quoted-printable")])
    case("c15_zoho_labels.eml", client="Zoho Mail web",
         style="'Label: answer' with our labels plus 'Referral:'/'After the grant:', Zoho signature block",
         answers=a, frm=addr("Priya Raghunathan", "priya.r@zohomail.example"),
         date="Wed, 02 Dec 2026 15:20:01 +0530",
         msgid="<19ad" + hid("c15m", n=12) + ".3e5f" + hid("c15n", n=8) + ".5218930000000011003@zohomail.example>",
         ours_id="q.8c15o", ctype=ctype, body=mime,
         headers=["Importance: Medium", "User-Agent: Zoho Mail", "X-Mailer: Zoho Mail"])


def c16() -> None:
    a = {
        "background": "Ich bin Vermessungsingenieurin (Diplom, HTW Dresden) und arbeite seit 10 Jahren bei einem Ingenieurbüro in Leipzig. Schwerpunkt: Ausgleichsrechnung, Laserscanning und die Auswertung von Punktwolken, seit drei Jahren vor allem in Python (numpy, Open3D).",
        "math": "Ausgleichsrechnung ist im Grunde angewandte Statistik, daher fühle ich mich bei Wahrscheinlichkeitsrechnung recht sicher. Vektoranalysis hatte ich im Studium, müsste ich aber auffrischen.",
        "study_plan": "Monat 1: Sutton & Barto, Kapitel 1-6, dazu die Vorlesung von David Silver.\nMonat 2: Deep RL mit dem Hugging-Face-Kurs und Spinning Up.\nMonat 3: ein eigenes Projekt, z. B. RL für die Planung von Scanner-Standpunkten.",
        "commitment": "Ca. 15-20 Stunden pro Woche, ab Mitte Januar.",
        "referral": "Über einen Artikel in einem IT-Nachrichtenportal. Ich kenne niemanden aus dem Programm.",
        "afterwards": "Ich möchte in die angewandte ML-Forschung wechseln, am liebsten im Bereich Robotik oder Geodaten.",
    }
    body = ("Hallo,\n\nvielen Dank für die Rückmeldung. Ich antworte auf Deutsch, ich hoffe, das ist in Ordnung.\n\n"
            + numbered(a) + "\n\nViele Grüße\nStefanie Krüger")
    ours = ours_for("Stefanie")
    to = "stefanie.krueger@gmx.example"
    text = (body + "\n \n \n\nGesendet: Dienstag, 01. Dezember 2026 um 10:02\nVon: \"Grants Team\" <" + GRANTS
            + f">\nAn: {to}\nBetreff: Re: Application\n" + q(ours[0]) + "\n")
    inner = "".join(f"<div>{esc(x) if x else '&nbsp;'}</div>" for x in body.split("\n"))
    html = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            f'{inner}<div>&nbsp;\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
            'border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">'
            '<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;Dienstag, 01. Dezember 2026 um 10:02 Uhr<br>\n'
            f'<b>Von:</b>&nbsp;&quot;Grants Team&quot; &lt;{GRANTS}&gt;<br>\n<b>An:</b>&nbsp;{to}<br>\n'
            f'<b>Betreff:</b>&nbsp;Re: Application</div>\n\n<div name="quoted-content">{ours[1]}</div>\n</div>\n</div>\n</div></div></body></html>\n')
    ctype, mime = multipart("alternative", "abmob-" + hid("c16", n=8) + "-" + hid("c16b", n=4) + "-4a8f-9e21-" + hid("c16c", n=12), [
        part("text/plain; charset=UTF-8", text), part("text/html; charset=UTF-8", html)])
    case("c16_gmx_german_numbered.eml", client="GMX FreeMail web (German)",
         style="answers in German, numbered; GMX 'Gesendet/Von/An/Betreff' quote header",
         answers=a, frm=addr("Stefanie Krüger", to), date="Wed, 2 Dec 2026 21:14:55 +0100",
         msgid="<trinity-" + hid("c16m", n=8) + "-" + hid("c16n", n=4) + "-4f0e-b3c1-" + hid("c16o", n=12) + "-1764706495118@3c-app-gmx-bap41>",
         ours_id="q.8c16p", ctype=ctype, body=mime, subject="Aw: Re: Application",
         headers=["Importance: normal", "Sensitivity: Normal", "X-Priority: 3", "X-UI-Message-Type: mail",
                  "X-Provags-ID: V03:K1:" + hid("c16p", n=40)])


def c17() -> None:
    a = {
        "background": "Ingénieur logistique (INSA Lyon), 7 ans chez un transporteur à Lyon : planification des tournées, prévision de la demande, puis depuis 2 ans data analyst (Python, SQL, Power BI).",
        "math": "Les probabilités ça va, je les utilise pour les prévisions. Le calcul vectoriel, je l'ai vu en prépa mais je dois le revoir sérieusement, surtout le calcul matriciel pour le deep learning.",
        "study_plan": "Mois 1 : Sutton & Barto (chapitres 1 à 8) et le cours de David Silver.\nMois 2 : le cours Deep RL de Hugging Face, avec DQN et PPO codés moi-même.\nMois 3 : un projet de RL pour l'optimisation de tournées de livraison (VRP dynamique).",
        "commitment": "Environ 20 heures par semaine. Je peux commencer début février.",
        "referral": "Par un ami, Karim, qui a été accepté l'année dernière.",
        "afterwards": "Devenir ingénieur de recherche en RL appliqué à la logistique, ou faire une thèse CIFRE.",
    }
    body = ("Bonjour,\n\nMerci pour votre message. Voici mes réponses (en français, j'espère que ce n'est pas un problème) :\n\n"
            + numbered(a) + "\n\nCordialement,\nAmadou Diallo")
    ctype, mime = gmail(body, ours_for("Amadou"),
                        "Le mar. 1 déc. 2026 à 11:02, Grants Team <grants@grantbox.example> a écrit :",
                        boundary="000000000000" + hid("c17", n=16))
    case("c17_gmail_web_french.eml", client="Gmail web (French UI)",
         style="answers in French, numbered; French attribution line", answers=a,
         frm=addr("Amadou Diallo", "amadou.diallo@gmail.example"), date="Thu, 3 Dec 2026 12:40:31 +0100",
         msgid=gmail_id("c17"), ours_id="q.8c17q", ctype=ctype, body=mime)


def c18() -> None:
    a = {
        "background": "9 years as developer: first 1C:Enterprise for accounting automation, since 2021 backend in Python/Go at a delivery service. Now I live in Tbilisi and work remotely.",
        "math": "Good. I graduated from applied mathematics faculty (NSU), probability theory and mathematical analysis were main subjects. Need only to remember some things.",
        "study_plan": "1-4 weeks: Sutton & Barto + David Silver lectures.\n5-8 weeks: Spinning Up, implement DQN, PPO, SAC.\n9-12 weeks: project \u2014 RL for courier dispatching on data similar to my work.",
        "commitment": "30 hours per week. Can start from 15 December.",
        "referral": "From a Telegram channel about ML. I don't know anyone.",
        "afterwards": "Become a research engineer in RL, maybe in Europe.",
    }
    body = "Hello!\n\n" + numbered(a)
    sig = "С уважением,\nДмитрий Соколов\n+995 500 00 00 00"
    ours = ours_for("Dmitry")
    attr = f'01.12.2026, 13:02, "Grants Team" <{GRANTS}>:'
    text = body + "\n\n-- \n" + sig + "\n\n\n\n" + attr + "\n" + q(ours[0]) + "\n"
    inner = "".join(f"<div>{esc(x) if x else '&nbsp;'}</div>" for x in body.split("\n"))
    html = (f"<div>{inner}</div><div>&nbsp;</div><div>-- </div><div>"
            + "<br />".join(esc(x) for x in sig.split("\n"))
            + f"</div><div>&nbsp;</div><div>&nbsp;</div><div>&nbsp;</div><div>{esc(attr)}</div><blockquote>{ours[1]}</blockquote>\n")
    ctype, mime = multipart("alternative", "----==" + hid("c18", n=10) + "==----", [
        part("text/plain; charset=utf-8", text, cte="base64"), part("text/html; charset=utf-8", html, cte="base64")])
    case("c18_yandex_numbered_russian_sig.eml", client="Yandex Mail web",
         style="numbered English answers, plan as lines, Russian signature, Yandex date-first attribution",
         answers=a, frm=addr("Дмитрий Соколов", "d.sokolov@yandex.example"), date="Tue, 01 Dec 2026 19:48:10 +0400",
         msgid="<" + str(int(hid("c18m", n=10), 16))[:12] + "@mail.yandex.example>", ours_id="q.8c18r",
         ctype=ctype, body=mime, headers=["X-Mailer: Yamail [ http://yandex.ru ] 5.0"])


def c19() -> None:
    a = {
        "background": "Hardware test engineer for 8 years at a telecom equipment company in Shenzhen, writing automated test systems in Python and LabVIEW. Since 2023 I study machine learning by myself and did some Kaggle competitions (best: top 8% in a time series competition).",
        "math": "Calculus and probability I studied at university (高等数学, 概率论与数理统计), I think my level is OK. Vector calculus need more practice.",
        "study_plan": "First month: Sutton & Barto and Hung-yi Lee (李宏毅) RL lectures. Second month: implement DQN, PPO with PyTorch. Third month: use RL for automatic test case scheduling, this is a real problem in my work.",
        "commitment": "About 20 hours every week, evenings and weekend. I can start from January 2027.",
        "referral": "I saw it on Zhihu (知乎), someone shared the link. I don't know anyone in the program.",
        "afterwards": "希望转行做强化学习算法工程师 (RL algorithm engineer), maybe in a robotics company.",
    }
    body = "您好 / Hello,\n\nThank you for your email. My answers:\n\n" + numbered(a, fmt="{n}、") + "\n\nBest regards\n王磊 Wang Lei"
    ours = ours_for("Lei")
    to = "&quot;wanglei_sz&quot;&lt;wanglei_sz@qq.example&gt;;"
    text = (body + "\n\n\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n"
            f"发件人: \"Grants Team\" <{GRANTS}>;\n发送时间:&nbsp;2026年12月1日(星期二) 下午6:02\n"
            "收件人:&nbsp;\"wanglei_sz\"<wanglei_sz@qq.example>;\n\n主题:&nbsp;Re: Application\n\n\n\n" + ours[0] + "\n")
    inner = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in body.split("\n"))
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            f'{inner}<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">'
            f'<div><b>发件人:</b>&nbsp;"Grants Team"&lt;{GRANTS}&gt;;</div><div><b>发送时间:</b>&nbsp;2026年12月1日(星期二) 下午6:02</div>'
            f'<div><b>收件人:</b>&nbsp;{to}<wbr></div><div></div><div><b>主题:</b>&nbsp;Re: Application</div></div>'
            f'<div><br></div>{ours[1]}')
    ctype, mime = multipart("alternative", "----=_NextPart_" + hid("c19", n=8).upper() + "_" + hid("c19b", n=8).upper()
                            + "_" + hid("c19c", n=8).upper(), [
        part('text/plain; charset="gb18030"', text.encode("gb18030"), cte="base64"),
        part('text/html; charset="gb18030"', html.encode("gb18030"), cte="base64")])
    case("c19_qq_mail_chinese_mixed.eml", client="QQ Mail web",
         style="'1、' numbering, English with Chinese phrases, one answer mostly Chinese; GB18030; 原始邮件 header",
         answers=a, frm=addr("王磊", "wanglei_sz@qq.example"), date="Wed, 2 Dec 2026 22:36:18 +0800",
         msgid="<tencent_" + hid("c19m", n=40).upper() + "@qq.example>", ours_id="q.8c19s",
         ctype=ctype, body=mime, subject="回复：Re: Application",
         headers=["X-QQ-FEAT: " + hid("c19f", n=32), "X-QQ-SSF: 00000000000000F0000000000000",
                  "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"])


def c20() -> None:
    a = {
        "background": "Process engineer at a semiconductor fab in Hwaseong for 6 years (etch process). I analyse equipment sensor data with Python for fault detection, and last year I built a virtual metrology model with XGBoost.",
        "math": "I studied chemical engineering, so calculus is OK. Probability I used for SPC (statistical process control). For RL I need to study Markov decision processes and policy gradient math more.",
        "study_plan": "1st month: Sutton & Barto chapters 1-6 and 13 with a local study group. 2nd month: CS285 lectures and homework. 3rd month: project about RL for recipe tuning in an etch simulator.",
        "commitment": "About 15 hours per week (weekday evenings and Saturday). I can start from February 2027.",
        "referral": "A senior from my university lab told me. I don't know anyone in the program.",
        "afterwards": "I want to go to graduate school (MS/PhD) in ML, or join a research team at a semiconductor company working on RL for process control.",
    }
    body = ("안녕하세요,\n\nThank you for the questions. Please see my answers below.\n\n" + numbered(a)
            + "\n\n감사합니다.\nKim Ji-woo (김지우)")
    ours = ours_for("Ji-woo")
    me = "jiwoo.kim@naver.example"
    hdr_t = (f"-----Original Message-----\nFrom: \"Grants Team\"<{GRANTS}>\nTo: <{me}>;\nCc: \n"
             "Sent: 2026-12-01 (화) 19:02:51 (GMT+09:00)\nSubject: Re: Application\n")
    text = body + "\n\n\n" + hdr_t + "\n" + ours[0] + "\n"
    inner = "".join(f"<p>{esc(x) if x else '&nbsp;'}</p>" for x in body.split("\n"))
    html = ('<div style="font-family:\'나눔고딕\',NanumGothic,sans-serif;font-size:10pt;">' + inner
            + '<p>&nbsp;</p><p>&nbsp;</p><div style="border-left:2px solid #ccc;padding-left:8px;"><p>-----Original Message-----<br>'
            f'<b>From:</b> "Grants Team"&lt;{GRANTS}&gt; <br><b>To:</b> &lt;{me}&gt;; <br><b>Cc:</b> <br>'
            '<b>Sent:</b> 2026-12-01 (화) 19:02:51 (GMT+09:00)<br><b>Subject:</b> Re: Application<br>&nbsp;</p>'
            f'{ours[1]}</div></div><table style="display:none"><tr><td><img src="https://mail.naver.com/readReceipt/notify/'
            f'?img={hid("c20i", n=40)}.gif" border="0"/></td></tr></table>')
    ctype, mime = multipart("alternative", hid("c20", n=24), [
        part("text/plain; charset=utf-8", text, cte="base64"), part("text/html; charset=utf-8", html, cte="base64")])
    case("c20_naver_korean_greeting_numbered.eml", client="Naver Mail web",
         style="Korean greeting and closing, numbered English answers, '-----Original Message-----' block",
         answers=a, frm=addr("김지우", me), date="Thu, 03 Dec 2026 00:12:08 +0900",
         msgid="<" + hid("c20m", n=20) + ".1764688328123.JavaMail.root@cweb" + "007.nm.naver.example>",
         ours_id="q.8c20t", ctype=ctype, body=mime, subject="RE: Re: Application",
         headers=["X-Naver-CIP: 10.0.0.1", "X-Mailer: Naver Mail"])


def c21() -> None:
    a = {
        "math": "I'm comfortable with probability and statistics from my pharmacy and bioinformatics courses (I use R for biostatistics daily). Vector calculus is the part I need to work on; I'm doing the MIT OCW 18.02 course now.",
        "afterwards": "I'd like to apply RL to drug dosing and treatment optimisation, either as a research assistant in a clinical AI group or in a PhD.",
    }
    asked = ["math", "study_plan", "afterwards"]
    body = ("Hi,\n\nApologies, I hadn't noticed I skipped some questions.\n\n2. " + a["math"]
            + "\n\n3. I'm still working on the study plan, I want to talk to a friend who did a PhD in RL first. "
            "I'll send it by the end of next week.\n\n6. " + a["afterwards"] + "\n\nKind regards,\nFarah")
    sig = "Farah Haddad, PharmD\nMSc Bioinformatics candidate"
    ctype, mime = gmail(body, ours_for("Farah", "missing_answers", asked),
                        "On Fri, Dec 4, 2026 at 12:02 PM Grants Team <grants@grantbox.example> wrote:",
                        sig=sig, boundary="000000000000" + hid("c21", n=16))
    case("c21_gmail_still_need_partial_deferral.eml", client="Gmail web",
         style="reply to 'we still need' (Q2, Q3, Q6): answers 2 and 6 by number, 3 deferred",
         answers=a, asked=asked, frm=addr("Farah Haddad", "farah.haddad@gmail.example"),
         date="Sat, 5 Dec 2026 16:09:27 +0300", msgid=gmail_id("c21"), ours_id="q.8c21u",
         ctype=ctype, body=mime)


def c22() -> None:
    a = {
        "background": "Ingeniero industrial (UTN Córdoba). 8 años en planificación de la cadena de suministro en una empresa agroindustrial; los últimos 3 años armando modelos de pronóstico de demanda en Python.",
        "math": "Cálculo y probabilidad los vi en la facultad y uso estadística todos los días. Cálculo vectorial lo tengo oxidado, tendría que repasarlo.",
        "study_plan": "Primer mes: Sutton & Barto y las clases de David Silver. Segundo mes: el curso de Deep RL de Hugging Face. Tercer mes: un proyecto de RL para gestión de inventarios de granos con datos reales (anonimizados) de mi trabajo.",
        "commitment": "20 horas por semana, puedo empezar en marzo.",
        "referral": "Lo vi en un grupo de LinkedIn de ciencia de datos de Argentina. No conozco a nadie del programa.",
        "afterwards": "Trabajar como ingeniero de ML en un equipo que use RL para optimización, idealmente remoto para una empresa de afuera.",
    }
    labels = {"background": "Experiencia:", "math": "Matemáticas:", "study_plan": "Plan de estudio:",
              "commitment": "Disponibilidad:", "referral": "Cómo me enteré:", "afterwards": "Objetivos:"}
    body = ("Hola, buenas tardes.\n\nPerdón que respondo en español, me expreso mejor así.\n\n"
            + labelled(a, labels) + "\n\nSaludos,\nMartín")
    ctype, mime = gmail(body, ours_for("Martín"),
                        "El mar, 1 dic 2026, 7:02 a. m., Grants Team <grants@grantbox.example> escribió:",
                        kind="android", boundary="000000000000" + hid("c22", n=16))
    case("c22_gmail_android_spanish_labels.eml", client="Gmail Android app (Spanish UI)",
         style="answers in Spanish under Spanish labels ('Experiencia:', 'Disponibilidad:'...)", answers=a,
         frm=addr("Martín Gómez", "martin.gomez.cba@gmail.example"), date="Wed, 2 Dec 2026 17:33:50 -0300",
         msgid=gmail_id("c22"), ours_id="q.8c22v", ctype=ctype, body=mime)


def c23() -> None:
    a = {
        "background": "QA automation engineer, 7 years (Selenium, pytest, CI pipelines) at a software house in Wrocław. Before that I studied econometrics at the University of Economics in Wrocław.",
        "math": "Probability and statistics \u2013 good (econometrics). Vector calculus \u2013 basic, I will need to review it.",
        "study_plan": "Sutton & Barto + Hugging Face Deep RL course in the first two months, then a project: an RL agent that explores a web application to find bugs (RL for automated UI testing).",
        "commitment": "20 hours per week, from 1 February.",
        "referral": "From a colleague who follows the program on LinkedIn. I don't know anyone personally.",
        "afterwards": "Research engineer in RL, or ML engineer in a company making testing tools.",
    }
    rows = [("1. Background", "background"), ("2. Math", "math"), ("3. Study plan", "study_plan"),
            ("4. Hours / start", "commitment"), ("5. How I heard", "referral"), ("6. After the grant", "afterwards")]
    intro = ["Dzień dobry,", "", "please find my answers in the table below.", ""]
    outro = ["", "Pozdrawiam / Best regards", "Ewa Kowalczyk", "Senior QA Automation Engineer"]
    cell = ("<td width={w} valign=top style='width:{w}pt;border:solid windowtext 1.0pt;{extra}padding:0cm 5.4pt 0cm 5.4pt'>"
            "<p class=MsoNormal>{t}<o:p></o:p></p></td>")
    trs = ("<tr><td width=130 valign=top style='width:130pt;border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'>"
           "<p class=MsoNormal><b>Question<o:p></o:p></b></p></td><td width=320 valign=top style='width:320pt;border:solid windowtext 1.0pt;"
           "border-left:none;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Answer<o:p></o:p></b></p></td></tr>\n")
    ttext = "Question\n\nAnswer\n\n"
    for lab, k in rows:
        trs += ("<tr>" + cell.format(w=130, extra="border-top:none;", t=esc(lab))
                + cell.format(w=320, extra="border-top:none;border-left:none;", t=esc(a[k])) + "</tr>\n")
        ttext += f"{lab}\n\n{a[k]}\n\n"
    html = ("".join(word_p(x) for x in intro)
            + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
            + trs + "</table>\n" + "".join(word_p(x) for x in outro) + word_p(""))
    text = "\n".join(intro) + "\n" + ttext + "\n".join(outro[1:])
    hdr = word_header_block(("Od", "Wysłane", "Do", "Temat"), f"Grants Team <{GRANTS}>",
                            "wtorek, 1 grudnia 2026 10:02", "Ewa Kowalczyk <ewa.kowalczyk@softhouse.example>",
                            "Re: Application")
    ctype, mime = outlook_word(html, text, ours_for("Ewa"), hdr, boundary="_000_" + hid("c23", n=40) + "_", lang="PL")
    case("c23_outlook_desktop_table_pl.eml", client="Outlook desktop (Polish UI)",
         style="answers in a two-column Word table ('1. Background' | answer), Polish greeting",
         answers=a, frm=addr("Ewa Kowalczyk", "ewa.kowalczyk@softhouse.example"),
         date="Wed, 2 Dec 2026 14:07:33 +0000", msgid=outlook_id("c23", "PA4PR03MB"), ours_id="q.8c23w",
         ctype=ctype, body=mime, subject="ODP: Application",
         headers=["Thread-Topic: Application", f"Thread-Index: {thread_index('c23')}",
                  "Accept-Language: pl-PL, en-US", "Content-Language: pl-PL", "X-MS-Has-Attach: ",
                  "X-MS-TNEF-Correlator: "])


def c24() -> None:
    a = {
        "background": "I am an electrical power engineer with 10 years of experience, mostly at a utility company in Cairo working on power system studies (load flow, protection coordination) and grid planning. Since 2022 I have been automating our studies with Python and built a load forecasting model with LSTMs.",
        "math": "I am comfortable with calculus and linear algebra from my engineering work. Probability I know from reliability studies, but I need to strengthen it for RL, especially stochastic processes.",
        "study_plan": "Month 1: David Silver's course and Sutton & Barto. Month 2: Spinning Up and the Hugging Face course. Month 3: a project applying RL to voltage control in a distribution grid using an open-source grid simulator.",
        "commitment": "I can commit 25 hours per week and start on 1 January 2027.",
        "referral": "I found it through a post in an Egyptian AI community group on Facebook. I don't know anyone involved.",
        "afterwards": "I hope to join a research group working on RL for power systems, and later pursue a PhD.",
    }
    intro = "Dear Grants Team,\n\nThank you for your email. Please find my answers below."
    outro = "Best regards,\nOmar Farouk"
    text = intro + "\n\n"
    inner = gm_lines(intro) + "<div><br></div>"
    for i, k in enumerate(QIDS):
        qt = QTEXT[i]
        text += f"{qt}\n{a[k]}\n\n"
        inner += f"<div><b>{esc(qt)}</b></div><div>{esc(a[k])}</div><div><br></div>"
    text += outro
    inner += "".join(f"<div>{esc(x)}</div>" for x in outro.split("\n"))
    ours = ours_for("Omar")
    attr = "On Tue, Dec 1, 2026 at 12:02 PM Grants Team <grants@grantbox.example> wrote:"
    full_text = text + f"\n\n{attr}\n\n{q(ours[0])}\n"
    html = (f'<div dir="ltr">{inner}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
            f'class="gmail_attr">On Tue, Dec 1, 2026 at 12:02 PM Grants Team &lt;<a href="mailto:{GRANTS}">{GRANTS}</a>&gt; '
            'wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{ours[1]}</blockquote></div>\n')
    ctype, mime = multipart("alternative", "000000000000" + hid("c24", n=16), [
        part('text/plain; charset="UTF-8"', full_text), part('text/html; charset="UTF-8"', html)])
    case("c24_gmail_web_pasted_questions_bold.eml", client="Gmail web",
         style="each question pasted (bold in HTML, no number) with the answer on the next line",
         answers=a, frm=addr("Omar Farouk", "omar.farouk.eng@gmail.example"),
         date="Wed, 2 Dec 2026 09:55:40 +0200", msgid=gmail_id("c24"), ours_id="q.8c24x",
         ctype=ctype, body=mime)


def c25() -> None:
    a = {
        "background": "I taught high school math in Colorado for 9 years (algebra through AP Calculus and AP Statistics).\n\nIn 2024 I did a data science bootcamp and since then I've been working as a data analyst at a healthcare nonprofit in Denver, mostly Python, SQL and some scikit-learn.",
        "math": "Calculus is very comfortable, I taught it for years. Probability and statistics too at the AP level; what I'd need is multivariable/vector calculus beyond the basics and more rigorous probability (conditional expectations, Markov chains).",
        "study_plan": "Weeks 1-3: vector calculus review and Sutton & Barto chapters 1-6\nWeeks 4-8: Hugging Face Deep RL course plus implementing DQN and PPO from scratch\nWeeks 9-12: a project on RL for adaptive tutoring (choosing the next practice problem for a student)",
        "commitment": "About 20 hours a week, starting the week of January 18.",
        "referral": "My bootcamp instructor posted about it in our alumni Slack. I don't know anyone in the program.",
        "afterwards": "I'd love to work on RL for education as a research engineer, or go back to school for a master's.",
    }
    intro = "Hello,\n\nThank you for considering my application! Here are my answers:"
    outro = "Thanks so much,\nSarah"
    sig = "Sarah Mitchell\nData Analyst | Denver, CO"
    items = ""
    ttext = ""
    for i, k in enumerate(QIDS, 1):
        paras = a[k].split("\n\n")
        divs = '<div class="elementToProof"><br></div>'.join(
            "".join(f'<div class="elementToProof">{esc(ln)}</div>' for ln in p.split("\n")) for p in paras)
        items += f'<li style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{divs}</li>\n'
        ttext += f"  {i}.  " + a[k] + "\n"
    body_html = (owa_lines(intro) + f"{OWA_DIV}<br></div>\n"
                 + '<ol start="1" data-editing-info="{&quot;applyListStyleFromLevel&quot;:false,&quot;orderedStyleType&quot;:1}" '
                 f'style="margin-top: 0px; margin-bottom: 0px;">\n{items}</ol>\n' + f"{OWA_DIV}<br></div>\n"
                 + owa_lines(outro) + f"{OWA_DIV}<br></div>\n"
                 + '<div id="Signature" class="elementToProof">' + owa_lines(sig) + "</div>\n")
    body_text = intro + "\n\n" + ttext + "\n" + outro + "\n\n" + sig + "\n"
    ctype, mime = owa(body_html, body_text, ours_for("Sarah"), sent="Tuesday, December 1, 2026 3:02 AM",
                      to="Sarah Mitchell <sarah.mitchell@outlook.example>", boundary="_000_" + hid("c25", n=40) + "_")
    case("c25_new_outlook_ordered_list.eml", client="new Outlook for Windows",
         style="answers as an auto-formatted <ol> list, one item with two paragraphs, plan as lines",
         answers=a, frm=addr("Sarah Mitchell", "sarah.mitchell@outlook.example"),
         date="Wed, 2 Dec 2026 04:27:15 +0000", msgid=outlook_id("c25", "SJ0PR11MB"), ours_id="q.8c25y",
         ctype=ctype, body=mime, subject="Re: Application",
         headers=["Thread-Topic: Application", f"Thread-Index: {thread_index('c25')}",
                  "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach: ",
                  "X-MS-TNEF-Correlator: "])


def c26() -> None:
    a = {"commitment": "I can do about 20 hours a week and could start on the 11th of January."}
    body = ("Hi there,\n\nQuick one from my phone.\n\n" + a["commitment"]
            + "\n\nI'll answer the rest properly over the weekend when I'm at my laptop.\n\nThanks,\nLiam")
    ctype, mime = apple_ios(body, ours_for("Liam"),
                            "On 1 Dec 2026, at 10:02, Grants Team <grants@grantbox.example> wrote:",
                            boundary="Apple-Mail-" + hid("c26", n=8).upper() + "-9A0B-4C1D-8E2F-" + hid("c26b", n=12).upper())
    case("c26_iphone_one_answer_rest_later.eml", client="Apple Mail iOS",
         style="unnumbered: only hours/start answered, the rest promised for the weekend",
         answers=a, frm=addr("Liam O'Connor", "liam.oconnor@icloud.example"), date="Tue, 1 Dec 2026 12:47:03 +0000",
         msgid=f"<{hid('c26m', n=8).upper()}-4D5E-4F60-A1B2-{hid('c26n', n=12).upper()}@icloud.example>",
         ours_id="q.8c26z", ctype=ctype, body=mime, headers=["X-Mailer: iPhone Mail (22B91)"])


def c27() -> None:
    a = {
        "background": "SAP ABAP developer for 12 years, currently at an automotive supplier in Cologne. I also wrote the Python integration layer between our SAP system and the new demand forecasting service.",
        "math": "Honestly rusty. I did an apprenticeship (Fachinformatiker) and never had university maths, so I am working through Mathematics for Machine Learning (Deisenroth et al.) right now. Probability is slightly better than vector calculus.",
        "study_plan": "Month 1: finish Mathematics for Machine Learning chapters 5-6 and start Sutton & Barto. Month 2: Sutton & Barto part I and the Hugging Face Deep RL course. Month 3: small project, RL for production scheduling with a simple simulation of our plant.",
        "commitment": "20 hours per week (I reduce my job to 30 hours). Start: 1 March 2027.",
        "referral": "I found it through a Reddit post in r/MachineLearning. I don't know anyone involved.",
        "afterwards": "Move into an ML engineering role in my company's new AI team, with RL for scheduling as my focus.",
    }
    intro = ["Hello Grants Team,", "", "thank you for your mail, here are my answers:", ""]
    outro = ["", "Best regards / Viele Grüße", "Murat Yılmaz", "", "Murat Yılmaz",
             "SAP Development | IT Applications", "Rheinwerk Komponenten GmbH", "Industriestraße 00, 50000 Köln"]
    legal = ("Rheinwerk Komponenten GmbH, Sitz der Gesellschaft: Köln, Registergericht: Amtsgericht Köln HRB 00000, "
             "Geschäftsführer: Dr. Hans Beispiel, Petra Muster. Diese E-Mail enthält vertrauliche Informationen. "
             "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.")
    html = "".join(word_p(x) for x in intro)
    text = "\n".join(intro) + "\n"
    n = len(QIDS)
    for i, k in enumerate(QIDS, 1):
        cls = "MsoListParagraphCxSpFirst" if i == 1 else "MsoListParagraphCxSpLast" if i == n else "MsoListParagraphCxSpMiddle"
        html += (f"<p class={cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
                 f"<span lang=EN-US><span style='mso-list:Ignore'>{i}.<span style='font:7.0pt \"Times New Roman\"'>"
                 f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-US>{esc(a[k])}"
                 "<o:p></o:p></span></p>\n")
        text += f"{i}.      {a[k]}\n"
    html += "".join(word_p(x) for x in outro) + word_p("")
    html += f"<p class=MsoNormal><span style='font-size:8.0pt;color:#7F7F7F'>{esc(legal)}<o:p></o:p></span></p>\n" + word_p("")
    text += "\n".join(outro) + "\n\n" + legal
    hdr = word_header_block(("Von", "Gesendet", "An", "Betreff"), f"Grants Team <{GRANTS}>",
                            "Dienstag, 1. Dezember 2026 10:02", "Yılmaz, Murat <murat.yilmaz@rheinwerk-komponenten.example>",
                            "Re: Application")
    ctype, mime = outlook_word(html, text, ours_for("Murat"), hdr, boundary="_000_" + hid("c27", n=40) + "_", lang="DE")
    case("c27_outlook_desktop_de_word_list_legal.eml", client="Outlook desktop (German UI), Exchange",
         style="Word auto-numbered list (mso-list), German 'Von/Gesendet' header, Pflichtangaben footer",
         answers=a, frm=addr("Yılmaz, Murat", "murat.yilmaz@rheinwerk-komponenten.example"),
         date="Thu, 3 Dec 2026 07:58:12 +0000", msgid=outlook_id("c27", "FR4P281MB"), ours_id="q.8c27a",
         ctype=ctype, body=mime, subject="AW: Application",
         headers=["Thread-Topic: Application", f"Thread-Index: {thread_index('c27')}",
                  "Accept-Language: de-DE, en-US", "Content-Language: de-DE", "X-MS-Has-Attach: ",
                  "X-MS-TNEF-Correlator: "])


def main() -> None:
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14,
              c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27]:
        f()
    about = ("heldout16: a blind, realistic cohort of 27 whole replies from career changers into ML "
             "(Gmail web/Android/iOS, Outlook desktop Word HTML in NL/EN/PL/DE UIs, new Outlook/OWA, Outlook iOS, "
             "Apple Mail iOS/macOS, Yahoo, Proton, Thunderbird, Fastmail, Zoho, GMX, Yandex, QQ Mail, Naver) to our "
             "questions and 'we still need' emails; invented people, .example addresses. Answers are the exact "
             "strings each body was built from.")
    (HERE / "expected.json").write_text(
        json.dumps({"_about": about, "cases": EXPECTED}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
