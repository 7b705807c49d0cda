"""heldout20: a blind cohort of applicants' replies to our follow-up questions.

Builds every .eml in this folder plus expected.json (the answers each applicant really gave,
taken from the same strings the bodies are built from). Run with the project venv:

    .venv/bin/python tests/data/replies/heldout20/write_replies.py

Written blind: people, organisations and addresses are invented (.example domains).
"""

from __future__ import annotations

import base64
import json
import quopri
import re
import sys
from email.header import Header
from email.utils import formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from replykit import docx_bytes, esc, ours, pdf_bytes, q  # noqa: E402

GRANTS = "grants@grantbox.example"
OUR_SUBJ = "Re: Application"
EXPECTED: dict[str, dict] = {}

# --------------------------------------------------------------------------- MIME assembly
# A part is (headers, body) with body already transfer-encoded; lines end in "\n".


def hdr_word(s: str, charset: str = "UTF-8", kind: str = "B") -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if kind == "B":
        return f"=?{charset}?B?{base64.b64encode(s.encode(charset)).decode()}?="
    return Header(s, charset).encode()


def addr(name: str, address: str, charset: str = "UTF-8", quote: bool = False) -> str:
    try:
        name.encode("ascii")
        return f'"{name}" <{address}>' if quote else formataddr((name, address))
    except UnicodeEncodeError:
        return f"{hdr_word(name, charset)} <{address}>"


def leaf(ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable",
         extra: list[tuple[str, str]] | None = None, ctype_params: str = "") -> tuple:
    if cte == "quoted-printable":
        body = quopri.encodestring(text.encode(charset)).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(text.encode(charset)).decode("ascii")
    else:
        body = text
    if not body.endswith("\n"):
        body += "\n"
    heads = [("Content-Type", f'{ctype}; charset="{charset}"{ctype_params}'),
             ("Content-Transfer-Encoding", cte)]
    return heads + (extra or []), body


def attachment(mime: str, filename: str, data: bytes, inline_name: bool = True) -> tuple:
    heads = [("Content-Type", f'{mime}; name="{filename}"' if inline_name else mime),
             ("Content-Disposition", f'attachment; filename="{filename}"'),
             ("Content-Transfer-Encoding", "base64")]
    return heads, base64.encodebytes(data).decode("ascii")


def multipart(subtype: str, boundary: str, parts: list[tuple], preamble: str = "") -> tuple:
    out = preamble
    for heads, body in parts:
        out += f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in heads) + "\n" + body
        if not body.endswith("\n"):
            out += "\n"
    out += f"--{boundary}--\n"
    return [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], out


def case(fname: str, *, client: str, style: str, headers: list[tuple[str, str]], part: tuple,
         answers: dict[str, str], asked: list[str] | None = None,
         answers_file: str | None = None, mime_version: str = "1.0") -> None:
    heads, body = part
    text = "".join(f"{k}: {v}\n" for k, v in headers)
    text += f"MIME-Version: {mime_version}\n"
    text += "".join(f"{k}: {v}\n" for k, v in heads) + "\n" + body
    (HERE / fname).write_bytes(text.encode("utf-8"))
    entry: dict = {"client": client, "style": style}
    if asked:
        entry["asked"] = asked
    if answers_file:
        entry["answers_file"] = answers_file
    entry["answers"] = answers
    EXPECTED[fname] = entry


def std_headers(frm: str, date: str, msgid: str, our_id: str, subject: str = OUR_SUBJ,
                to: str = f"Grants Team <{GRANTS}>", extra: list | None = None,
                order: str = "gmail") -> list[tuple[str, str]]:
    refs = f"<{our_id}>"
    if order == "gmail":
        h = [("Date", date), ("From", frm), ("Message-ID", f"<{msgid}>"),
             ("Subject", subject), ("To", to), ("In-Reply-To", refs), ("References", refs)]
    else:
        h = [("From", frm), ("To", to), ("Subject", subject), ("Date", date),
             ("Message-ID", f"<{msgid}>"), ("References", refs), ("In-Reply-To", refs)]
    return h + (extra or [])


# --------------------------------------------------------------------------- body helpers


def lines_html(text: str, line: str, blank: str, fmt=esc) -> str:
    out = []
    for ln in text.split("\n"):
        out.append(blank if not ln.strip() else line.format(fmt(ln)))
    return "".join(out)


def bold_label(labels: list[str]):
    """fmt that bolds a leading 'Label:' the applicant typed bold."""
    def f(ln: str) -> str:
        for lab in labels:
            if ln.startswith(lab):
                return f"<b>{esc(lab)}</b>{esc(ln[len(lab):])}"
        return esc(ln)
    return f


def split_ours_text(t: str) -> list[str]:
    """Our text email cut into [intro, q1, q2, ..., outro] blocks (by numbered lines)."""
    blocks, cur = [], []
    for ln in t.split("\n"):
        if re.match(r"^\d\. ", ln) or ln.startswith("Thank you,") or ln.startswith("Just reply"):
            blocks.append("\n".join(cur).rstrip("\n"))
            cur = []
        cur.append(ln)
    blocks.append("\n".join(cur).rstrip("\n"))
    return blocks


def split_ours_html(h: str) -> list[str]:
    parts = re.split(r"(?=<p><strong>\d\. )|(?=<p>Thank you,</p>)|(?=<p>Just reply)", h)
    return [p.strip() for p in parts]


# --------------------------------------------------------------------------- client wrappers


def gmail(body: str, sig: str | None, ours_t: str, ours_h: str, attr: str, *,
          dir_="ltr", android=False, fmt=esc, sig_prefix=True) -> tuple[str, str]:
    text = body
    if sig:
        text += ("\n\n-- \n" if sig_prefix else "\n\n") + sig
    text += f"\n\n{attr}\n\n" + q(ours_t) + "\n"
    div = f'<div dir="{dir_}">' if android else "<div>"
    inner = lines_html(body, div + "{}</div>", div + "<br></div>", fmt)
    h = f'<div dir="{dir_}">' + inner
    if sig:
        h += "<div><br></div>"
        if sig_prefix:
            h += '<span class="gmail_signature_prefix">-- </span><br>'
        h += ('<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
              + "".join(f"<div>{esc(s)}</div>" for s in sig.split("\n")) + "</div></div>")
    h += "</div>"
    attr_h = esc(attr).replace(f"&lt;{GRANTS}&gt;", f'&lt;<a href="mailto:{GRANTS}">{GRANTS}</a>&gt;')
    bq_style = ("margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex" if android else
                "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex")
    h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
          f'{attr_h}<br></div><blockquote class="gmail_quote" style="{bq_style}">'
          f"{ours_h}</blockquote></div>\n")
    return text, h


def gmail_part(text: str, h: str, boundary: str, attachments: list | None = None) -> tuple:
    alt_b = boundary if not attachments else boundary[:-2] + format((int(boundary[-2:], 16) + 2) % 256, "02x")
    alt = multipart("alternative", alt_b, [leaf("text/plain", text, "UTF-8"),
                                           leaf("text/html", h, "UTF-8")])
    if not attachments:
        return alt
    return multipart("mixed", boundary, [alt] + attachments)


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
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def word_p(text: str, fmt=esc) -> str:
    return lines_html(text, '<p class="MsoNormal">{}<o:p></o:p></p>\n',
                      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n', fmt)


def word_quoted(ours_h: str) -> str:
    h = ours_h.replace("<strong>", "<b>").replace("</strong>", "</b>")
    h = h.replace('<span style="color: #555555;">', '<span style="color:#555555">')
    h = h.replace("<p>", '<p style="mso-margin-top-alt:auto;mso-margin-bottom-alt:auto">')
    h = h.replace("</p>", "<o:p></o:p></p>")
    return h + "\n"


def outlook_header_html(fields: list[tuple[str, str]], new_style: bool) -> str:
    border = "#B5C4DF" if new_style else "#E1E1E1"
    cells = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in fields)
    return (f'<div style="border:none;border-top:solid {border} 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><span lang="EN-US" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
            f"{cells}<o:p></o:p></span></p>\n</div>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')


def outlook_desktop(body_html: str, fields, quoted_html: str, lang="EN-US", new_style=True) -> str:
    return (WORD_HEAD.replace("{lang}", lang) + body_html
            + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + '<div id="mail-editor-reference-message-container">\n<div>\n'
            + outlook_header_html(fields, new_style) + quoted_html
            + "</div>\n</div>\n</div>\n</body>\n</html>\n")


def outlook_text_header(fields) -> str:
    return "".join(f"{k}: {v}\n" for k, v in fields)


OWA_DIV = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
           'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">')


def owa_rply(fields) -> str:
    cells = "<br>\n".join(f"<b>{esc(k)}:</b>&nbsp;{esc(v)}" for k, v in fields)
    return ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
            f'color="#000000">{cells}</font>\n<div>&nbsp;</div>\n</div>\n')


def flowed(text: str, width: int = 72) -> str:
    """format=flowed (RFC 3676) the way Thunderbird sends it: soft breaks end in a space."""
    out = []
    for ln in text.split("\n"):
        if ln == "-- ":
            out.append(ln)
            continue
        m = re.match(r"^(>+ ?)?", ln)
        prefix = m.group(0) if m else ""
        rest = ln[len(prefix):]
        if prefix and not prefix.endswith(" "):
            prefix += " " if rest else ""
        if len(prefix) + len(rest) <= width:
            out.append((prefix + rest).rstrip() if not rest.endswith(" ") else prefix + rest)
            continue
        words = rest.split(" ")
        cur = ""
        segs = []
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                segs.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        segs.append(cur)
        out.extend(prefix + s for s in segs)
    return "\n".join(out)


# =========================================================================== cases


def c01() -> None:
    name, em = "Rizky Pratama", "rizky.pratama88@gmail.example"
    t, h = ours("Rizky")
    A = {
        "background": "I have 6 years as a backend engineer, currently at an e-commerce company in Jakarta (Go and PostgreSQL, order and inventory services). Before that 2 years at a software house building Laravel apps for banks. Last year I did the fast.ai course and built a small demand forecasting model for our warehouse team.",
        "math": "Vector calculus is OK, I remember gradients, Jacobians and chain rule from university (Informatics at ITB). Probability is my weak part, I know the basics but expectations and variance of estimators I need to study again.",
        "study_plan": "Month 1: Sutton & Barto part I + David Silver lectures, implement tabular methods in Python.\nMonth 2: Spinning Up in Deep RL, implement DQN and PPO myself in PyTorch, test on Gymnasium environments.\nMonth 3: reproduce one paper on RL for inventory control and write a blog post about it.",
        "commitment": "Around 25 hours per week (evenings and Saturday). I can start from 4 January 2027.",
        "referral": "From a post in the Indonesian ML Discord. I don't know anyone in the program.",
        "afterwards": "I want to move to a research engineer role, maybe at a lab in Singapore, and later maybe a master's degree.",
    }
    body = ("Hi Grants Team,\n\nThank you for the quick reply. Here are my answers:\n\n"
            + "\n\n".join(f"{i}. {A[k]}" for i, k in enumerate(A, 1))
            + "\n\nBest regards,\nRizky")
    sig = "Rizky Pratama\nBackend Engineer | github.com/rizkyp-dev"
    attr = f"On Mon, Nov 23, 2026 at 4:12\u202fPM Grants Team <{GRANTS}> wrote:"
    text, html_ = gmail(body, sig, t, h, attr)
    case("c01_gmail_web_numbered_sig.eml", client="Gmail web", style="numbered 1.-6. top-posted, multi-line month plan in 3, -- signature",
         headers=std_headers(addr(name, em), "Tue, 24 Nov 2026 07:41:09 +0700",
                             "CAHx7rK2p9Q0m4bV3ZQfT+1xk5nW8e0uYd6sJv1pLr2a9@mail.gmail.example", "gb.q.2026112301@grantbox.example"),
         part=gmail_part(text, html_, "0000000000004f2c1a0625b9e3d1"), answers=A)


def c02() -> None:
    name, em = "Chiamaka Obi", "chiamaka.obi@gmail.example"
    t, h = ours("Chiamaka")
    A = {
        "background": "Chartered accountant, 5 yrs audit at a Big4 firm in Lagos then 2 yrs financial analyst. Self-taught Python and SQL since 2024",
        "math": "Probability fine, calculus I did in uni but rusty",
        "study_plan": "Hugging Face deep RL course + Sutton Barto. Then a small RL project on portfolio rebalancing",
        "commitment": "20hrs weekly. Can start immediately",
        "referral": "Twitter. I don't know anyone",
        "afterwards": "Junior ML researcher role or MSc abroad",
    }
    body = ("Good morning,\n" + "\n".join(f"{i}) {A[k]}" for i, k in enumerate(A, 1))
            + "\n\nThanks\nChiamaka")
    attr = f"On Mon, 23 Nov 2026, 10:12 Grants Team, <{GRANTS}> wrote:"
    text, html_ = gmail(body, None, t, h, attr, dir_="auto", android=True)
    case("c02_gmail_android_terse_paren.eml", client="Gmail Android app", style='terse "1)" answers one line each, no blank lines',
         headers=std_headers(addr(name, em), "Tue, 24 Nov 2026 08:03:55 +0100",
                             "CAJfQ0w8sXh3rN1Y7tB2vL+e4oKd9uPq6mFz0aWc1gR5Ht3E@mail.gmail.example", "gb.q.2026112302@grantbox.example"),
         part=gmail_part(text, html_, "000000000000b83d2e0625ba1f77"), answers=A)


def apple_ios(body: str, ours_t: str, ours_h: str, attr: str, footer: str = "Sent from my iPhone") -> tuple[str, str]:
    text = body + f"\n\n{footer}\n\n> {attr}\n> \n" + q(ours_t) + "\n"
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto">' + lines_html(body, '<div dir="ltr">{}</div>', '<div dir="ltr"><br></div>')
         + f'<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{esc(footer)}</div>'
         f'<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div>'
         f'<blockquote type="cite"><div dir="ltr">\ufeff{ours_h}</div></blockquote></body></html>\n')
    return text, h


def apple_part(text: str, h: str, boundary: str, attachments: list | None = None) -> tuple:
    alt = multipart("alternative", boundary, [leaf("text/plain", text, "utf-8"),
                                              leaf("text/html", h, "utf-8")])
    return alt


def c03() -> None:
    name, em = "Nicolás Ferreira", "nferreira.uy@icloud.example"
    t, h = ours("Nicolás")
    A = {
        "background": "I'm a civil engineer by training and worked nine years in structural design for bridges and industrial buildings in Montevideo, mostly finite element analysis in SAP2000 and a lot of Python scripting to automate load checks. Since 2024 I've been working as a data analyst at a logistics company, building route and demand reports.",
        "math": "The math is the part I'm most confident about. I use linear algebra and numerical methods daily and did a fair amount of probability for reliability analysis, although I'd need to review stochastic processes and the policy gradient derivations.",
        "study_plan": "I'd go through Sutton and Barto with the exercises for the first five weeks, then the CleanRL implementations of DQN and PPO, and spend the last month reproducing a paper on RL for traffic signal control, since it's close to what I know.",
        "commitment": "I can commit 30 hours a week since I'm switching to part time, starting the second week of January.",
        "referral": "A friend from my master's, Lucía Pereyra, did the program last year and recommended it.",
        "afterwards": "Afterwards I'd like to join an applied research team working on RL for infrastructure or logistics, or possibly start a PhD.",
    }
    body = ("Hello,\n\nAnswering in the same order as your questions.\n\n" + "\n\n".join(A.values())
            + "\n\nThanks a lot,\nNicolás")
    text, html_ = apple_ios(body, t, h, f"On 23 Nov 2026, at 12:12, Grants Team <{GRANTS}> wrote:")
    case("c03_iphone_prose_in_order.eml", client="Apple Mail iOS", style="one prose paragraph per question in order, no numbers or labels, Sent from my iPhone",
         headers=std_headers(addr(name, em), "Mon, 23 Nov 2026 21:48:30 -0300",
                             "6E1B2C9A-44F1-4D0B-9C3E-2A7F5B8D1E03@icloud.example", "gb.q.2026112303@grantbox.example", order="apple")
         + [("X-Mailer", "iPhone Mail (22B83)")],
         part=apple_part(text, html_, "Apple-Mail-3F0C2A7E-91B4-4E6D-B2A8-5D17C9E04F62"), answers=A,
         mime_version="1.0 (1.0)")


def c04() -> None:
    name, em = "Agnieszka Wróbel", "agnieszka.wrobel@northgate-cm.example"
    t, h = ours("Agnieszka")
    labels = ["Background:", "Math:", "Study plan:", "Time commitment:", "How you heard of us:", "Afterwards:"]
    A = {
        "background": "I have worked for 6 years as a quantitative risk analyst, currently at an investment bank in London (market risk models, VaR and stress testing in Python and C#). Before that I completed an MSc in Financial Mathematics at the University of Warsaw.",
        "math": "Very comfortable with probability and stochastic calculus, which I use daily. Vector calculus is fine. I have not yet worked with the specific derivations in RL (policy gradient theorem, Bellman operators) but I do not expect difficulties.",
        "study_plan": "Weeks 1-4: Sutton & Barto chapters 1-13 with exercises. Weeks 5-8: CS285 (Berkeley) lectures and homework. Weeks 9-12: a project applying RL to optimal trade execution, compared against Almgren-Chriss as a baseline.",
        "commitment": "15-20 hours per week alongside my job. I could start on 1 February 2027.",
        "referral": "A colleague forwarded the announcement. I don't know anyone involved.",
        "afterwards": "I would like to move into an ML research role within a quant fund, focusing on RL for execution and market making.",
    }
    body = ("Dear Grants Team,\n\nThank you for your email. Please find my answers below.\n\n"
            + "\n\n".join(f"{lab} {A[k]}" for lab, k in zip(labels, A))
            + "\n\nKind regards,\nAgnieszka Wróbel")
    sig = "Agnieszka Wróbel | Market Risk Analytics\nNorthgate Capital Markets Ltd | 1 Fenwick Square, London EC2V 7QA\nT: +44 20 7946 0321"
    legal = ("This email and any attachments are confidential and may be privileged. If you are not the intended "
             "recipient, please notify the sender immediately and delete it; do not copy, use or disclose its contents. "
             "Northgate Capital Markets Ltd is authorised and regulated by the Financial Conduct Authority. "
             "Emails sent to and from Northgate may be monitored and recorded.")
    fields = [("From", f"Grants Team <{GRANTS}>"), ("Sent", "Monday, November 23, 2026 9:12 AM"),
              ("To", f"Agnieszka Wróbel <{em}>"), ("Subject", OUR_SUBJ)]
    text = (body + "\n\n" + sig + "\n\n" + legal + "\n\n" + outlook_text_header(fields) + "\n" + t + "\n")
    bh = word_p(body, bold_label(labels)) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    bh += lines_html(sig, '<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">{}<o:p></o:p></span></p>\n', "")
    bh += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">'
           + esc(legal) + "<o:p></o:p></span></p>\n")
    html_ = outlook_desktop(bh, fields, word_quoted(h), lang="EN-GB", new_style=False)
    case("c04_outlook_desktop_our_labels_legal.eml", client="Outlook desktop (Word HTML), corporate Exchange",
         style='"Label: answer" with our labels typed bold, corporate signature + legal disclaimer, From/Sent header block',
         headers=[("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"), ("Subject", OUR_SUBJ),
                  ("Thread-Topic", "Application"), ("Thread-Index", "AQHbXa4kQ2v1rT0mS0KkzXn3rL8b0rTcQ7pA"),
                  ("Date", "Mon, 23 Nov 2026 17:34:02 +0000"),
                  ("Message-ID", "<LO2P265MB5127D1A3F0C94B2E8C7A1F3BD2A42@LO2P265MB5127.GBRP265.PROD.OUTLOOK.example>"),
                  ("References", "<gb.q.2026112304@grantbox.example>"), ("In-Reply-To", "<gb.q.2026112304@grantbox.example>"),
                  ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", ""), ("msip_labels", "MSIP_Label_4e1c7a2b-0d35-4f8e-9a61-3b2c5d7e8f90_Enabled=True;MSIP_Label_4e1c7a2b-0d35-4f8e-9a61-3b2c5d7e8f90_Name=Internal")],
         part=multipart("alternative", "_000_LO2P265MB5127D1A3F0C94B2E8C7A1F3BD2A42LO2P265MB5127GBRP_",
                        [leaf("text/plain", text, "utf-8"), leaf("text/html", html_, "utf-8")]),
         answers=A)


def c05() -> None:
    name, em = "Emre Yıldız", "emre.yildiz@outlook.example"
    t, h = ours("Emre")
    A = {
        "background": "I am a mechanical engineer with 8 years of experience in the automotive industry (Bursa and Istanbul), mostly CFD and thermal simulation for battery packs. For the last 3 years I have been writing Python tools for simulation post-processing and a surrogate model (gradient boosting, then a small MLP) that replaced some of our CFD runs.\n\nI also finished the Deep Learning Specialization and I maintain a small open source library for reading OpenFOAM results.",
        "math": "Calculus and vector calculus are comfortable for me, I use them daily in fluid dynamics. Probability less so: I know the basics but have not used it seriously since university.",
        "study_plan": "My plan is:\nWeeks 1-3: Sutton & Barto chapters 1-6, David Silver's lectures\nWeeks 4-6: policy gradient methods, implement REINFORCE and A2C\nWeeks 7-9: PPO and SAC, using CleanRL as reference\nWeeks 10-12: a project on RL for thermal management control of a battery pack in simulation\n\nI would publish the code and a short report at the end.",
        "commitment": "20 hours per week. I can start on 11 January.",
        "referral": "I saw it on LinkedIn. I don't know anyone in the program.",
        "afterwards": "I would like to work as an ML engineer on control problems in automotive or energy, and maybe later do a PhD in RL for control.",
    }
    body = ("Hello,\n\nThanks for getting back to me. My answers:\n\n"
            + "\n\n".join(f"{i}. {A[k]}" for i, k in enumerate(A, 1)) + "\n\nBest regards,\nEmre Yıldız")
    fields = [("From", f"Grants Team <{GRANTS}>"), ("Sent", "Monday, November 23, 2026 12:12"),
              ("To", f"Emre Yıldız <{em}>"), ("Subject", OUR_SUBJ)]
    text = body + "\n\n________________________________\n" + outlook_text_header(fields) + "\n" + t + "\n"
    html_ = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
             '</head>\n<body dir="ltr">\n'
             + lines_html(body, OWA_DIV + "\n{}</div>\n", OWA_DIV + "\n<br>\n</div>\n")
             + owa_rply(fields) + "<div>\n" + h + "\n</div>\n</body>\n</html>\n")
    case("c05_new_outlook_numbered_multipara.eml", client="new Outlook / Outlook on the web (outlook.com)",
         style="numbered, answers 1 and 3 span several paragraphs; week lines in 3",
         headers=[("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"), ("Subject", OUR_SUBJ),
                  ("Thread-Topic", "Application"), ("Thread-Index", "AQHbXbF1yJ0kqk3c9UeW5p3m6x2l8rTcR0Zs"),
                  ("Date", "Mon, 23 Nov 2026 20:05:44 +0000"),
                  ("Message-ID", "<AS8P193MB1285E0F2A7C6B34D9E1F2A7BC9D52@AS8P193MB1285.EURP193.PROD.OUTLOOK.example>"),
                  ("References", "<gb.q.2026112305@grantbox.example>"), ("In-Reply-To", "<gb.q.2026112305@grantbox.example>"),
                  ("Accept-Language", "tr-TR, en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", "")],
         part=multipart("alternative", "_000_AS8P193MB1285E0F2A7C6B34D9E1F2A7BC9D52AS8P193MB1285EURP_",
                        [leaf("text/plain", text, "utf-8"), leaf("text/html", html_, "utf-8")]),
         answers=A)


def outlook_mobile(body: str, ours_t: str, ours_h: str, fields, app: str) -> tuple[str, str]:
    link = "https://aka.ms/o0ukef" if app == "iOS" else "https://aka.ms/AAb9ysg"
    text = (body + f"\n\nGet Outlook for {app}<{link}>\n________________________________\n"
            + outlook_text_header(fields) + "\n" + ours_t + "\n")
    cells = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in fields)
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
         + lines_html(body, '<div dir="auto">{}</div>\n', '<div dir="auto"><br></div>\n')
         + '<div id="ms-outlook-mobile-body-separator-line" dir="auto"><br></div>\n'
         f'<div id="ms-outlook-mobile-signature" dir="auto">Get <a href="{link}">Outlook for {app}</a></div>\n'
         '<div id="mail-editor-reference-message-container" dir="auto"><br>\n'
         '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
         f"{cells}</font>\n<div>&nbsp;</div>\n</div>\n{ours_h}\n</div>\n</body>\n</html>\n")
    return text, h


def c06() -> None:
    name, em = "Sipho Dlamini", "sipho.dlamini@outlook.example"
    ids = ["study_plan", "commitment"]
    t, h = ours("Sipho", "missing_answers", ids)
    A = {
        "study_plan": "I'll follow the Hugging Face Deep RL course in the first month, then Sutton & Barto chapters on policy gradients and actor-critic in month two while implementing them, and in month three reproduce the PPO results on a few MuJoCo tasks.",
        "commitment": "About 20 hours a week. Can start 1 Feb.",
    }
    body = f"Hi\n\n3. {A['study_plan']}\n4. {A['commitment']}\n\nThanks\nSipho"
    fields = [("From", f"Grants Team <{GRANTS}>"), ("Sent", "Wednesday, November 25, 2026 11:02:18 AM"),
              ("To", f"Sipho Dlamini <{em}>"), ("Subject", OUR_SUBJ)]
    text, html_ = outlook_mobile(body, t, h, fields, "iOS")
    case("c06_outlook_ios_missing_two_numbered.eml", client="Outlook for iOS",
         style='reply to "we still need" (3 and 4) with our numbers, "Get Outlook for iOS" footer', asked=ids,
         headers=[("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"), ("Subject", OUR_SUBJ),
                  ("Thread-Topic", "Application"), ("Thread-Index", "AQHbX1cQ9mC2kP0eTkq7vYcN3Zr1xQ=="),
                  ("Date", "Wed, 25 Nov 2026 13:40:27 +0000"),
                  ("Message-ID", "<PA4P189MB1463B7E2C0D94F1A8E3C6D2AF1B83@PA4P189MB1463.EURP189.PROD.OUTLOOK.example>"),
                  ("References", "<gb.m.2026112506@grantbox.example>"), ("In-Reply-To", "<gb.m.2026112506@grantbox.example>"),
                  ("Accept-Language", "en-ZA, en-US"), ("Content-Language", "en-ZA"), ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", "")],
         part=multipart("alternative", "_000_PA4P189MB1463B7E2C0D94F1A8E3C6D2AF1B83PA4P189MB1463EURP_",
                        [leaf("text/plain", text, "utf-8"), leaf("text/html", html_, "utf-8")]),
         answers=A)


def c07() -> None:
    name, em = "Giulia Moretti", "giulia.moretti@me.example"
    t, h = ours("Giulia")
    A = {
        "background": "I did a PhD in experimental particle physics (Padova) and then two postdocs, working on the ATLAS trigger and on data analysis in C++ and Python (ROOT, then numpy/pandas). About 7 years of research in total. I also trained a few boosted decision trees and a graph neural network for jet tagging, which is how I got interested in ML.",
        "math": "Comfortable. Vector calculus and probability were the bread and butter of my physics training, and I do statistics (likelihood fits, Bayesian inference) every day.",
        "study_plan": "I'd follow CS285 in order with its homework for the first 8 weeks, and in the last 4 weeks reproduce a paper on offline RL (probably CQL) on the D4RL benchmarks. I'd keep a weekly log on GitHub.",
        "commitment": "Full time, 35-40 hours per week, my contract ends on 31 December so I can start in early January.",
        "afterwards": "A research scientist or research engineer position in industry. I'm not planning another PhD.",
    }
    order = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]
    top = "Hi, thank you! I answered below each question.\n\nGiulia"
    attr = f"Il giorno 23 nov 2026, alle ore 11:12, Grants Team <{GRANTS}> ha scritto:"
    tb, hb = split_ours_text(t), split_ours_html(h)
    # text: intro quoted with attribution, then each question quoted and the answer below it
    text = top + "\n\n> " + attr + "\n> \n" + q(tb[0]) + "\n>\n"
    html_ = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
             "Hi, thank you! I answered below each question.<div><br></div><div>Giulia</div><div><br>"
             f'<blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline"><div>{hb[0]}')
    for i, qid in enumerate(order, 1):
        text += q(tb[i]) + "\n"
        html_ += hb[i] + "</div></blockquote>" if qid in A else hb[i]
        if qid not in A:
            text += ">\n"
        else:
            text += "\n" + A[qid] + "\n\n"
            html_ += f"<div>{esc(A[qid])}</div><div><br></div>" + '<blockquote type="cite"><div>'
    text += q(tb[7]) + "\n"
    html_ += hb[7] + "</div></blockquote></div><br></body></html>\n"
    case("c07_apple_mail_mac_inline_it_attr.eml", client="Apple Mail macOS (Italian locale)",
         style="answers typed inline between the split quote blocks under each question; optional Q5 left unanswered",
         headers=std_headers(addr(name, em), "Mon, 23 Nov 2026 19:27:51 +0100",
                             "A91E5F3C-7B2D-4C86-8E0F-1D4B6A9C2E57@me.example", "gb.q.2026112307@grantbox.example", order="apple")
         + [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
         part=multipart("alternative", "Apple-Mail=_8C2D4E6F-1A3B-4C5D-9E7F-0A1B2C3D4E5F",
                        [leaf("text/plain", text, "utf-8"), leaf("text/html", html_, "utf-8")]),
         answers=A, mime_version="1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))")


def c08() -> None:
    name, em = "Wanjiru Kamau", "wanjiru_kamau@yahoo.example"
    t, h = ours("Wanjiru")
    A = {
        "background": "I have taught mathematics and physics at a secondary school in Nairobi for 9 years. In 2023 I completed a data science bootcamp and since then I have done freelance data analysis for two NGOs (survey data, dashboards in Python and Power BI).",
        "math": "I am comfortable with calculus and probability since I teach them, although multivariable calculus I have not used since my degree so I would need a refresher on gradients and Jacobians.",
        "commitment": "I can commit 25 hours per week and start in January.",
        "referral": "I heard about it from the Nairobi Women in Machine Learning meetup. I don't know anyone involved.",
        "afterwards": "I would like to work on ML for education in East Africa, ideally in a research team, and eventually apply for a master's.",
    }
    deferral = "I am still putting together a proper study plan with a week-by-week outline. I will send it to you next week."
    items = [A["background"], A["math"], deferral, A["commitment"], A["referral"], A["afterwards"]]
    body = ("Hello Grants Team,\n\nThank you for considering my application. My answers:\n\n"
            + "\n\n".join(f"{i}. {x}" for i, x in enumerate(items, 1)) + "\n\nKind regards,\nWanjiru Kamau")
    attr = f"On Monday, November 23, 2026 at 12:12:05 PM GMT+3, Grants Team <{GRANTS}> wrote:"
    text = body + "\n\n\n    " + attr + "  \n \n" + "\n".join(" " + ln if ln else " " for ln in t.split("\n")) + "\n"
    yd = '<div dir="ltr" data-setdir="false">{}</div>'
    html_ = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
             + lines_html(body, yd, '<div dir="ltr" data-setdir="false"><br></div>')
             + '<div><br></div></div><div id="yahoo_quoted_8841253907" class="yahoo_quoted">'
             '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
             f"<div>{esc(attr)}</div><div><br></div><div><br></div>"
             f'<div><div id="yiv5518320736"><div>{h}</div></div></div></div></div></body></html>\n')
    case("c08_yahoo_web_numbered_q3_deferred.eml", client="Yahoo Mail web",
         style='numbered; 3 is a deferral ("I will send it to you next week"), so study_plan not answered; Yahoo indented quote',
         headers=std_headers(addr(name, em), "Tue, 24 Nov 2026 09:15:33 +0000 (UTC)",
                             "1873201562.2419876.1795511733112@mail.yahoo.example", "gb.q.2026112308@grantbox.example")
         + [("X-Mailer", "WebService/1.1.23711 YMailNorrin")],
         part=multipart("alternative", "----=_Part_2419875_1421987553.1795511733111",
                        [leaf("text/plain", text, "UTF-8"), leaf("text/html", html_, "UTF-8")]),
         answers=A)


def c09() -> None:
    name, em = "Sina Rahimi", "sina.rahimi@proton.example"
    t, h = ours("Sina")
    A = {
        "background": "DevOps/SRE for 7 years, currently at a fintech in Toronto (Kubernetes, Terraform, Go). Before that sysadmin in Tehran. Lots of capacity planning and anomaly detection on metrics, which got me into ML.",
        "math": "Decent. I did engineering math (BSc Computer Engineering) and I've been refreshing with 3Blue1Brown and the MML book. Probability is fine, vector calculus needs review.",
        "study_plan": "Weeks 1-6 Sutton & Barto + coding every algorithm in JAX, weeks 7-12 a project on RL for autoscaling Kubernetes clusters with a simulator I'd build.",
        "commitment": "15h/week, starting mid-January.",
        "referral": "Hacker News. No.",
        "afterwards": "Research engineer on RL for systems (schedulers, autoscaling, compilers).",
    }
    body = "Hi,\n\n" + "\n".join(f"({i}) {A[k]}" for i, k in enumerate(A, 1)) + "\n\n- Sina"
    attr = f"On Monday, November 23rd, 2026 at 4:12 AM, Grants Team <{GRANTS}> wrote:"
    text = (body + "\n\nSent with Proton Mail secure email.\n\n" + attr + "\n\n" + q(t) + "\n")
    pd = '<div style="font-family: Arial, sans-serif; font-size: 14px;">{}</div>'
    html_ = (lines_html(body, pd, '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>')
             + '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
             '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
             '<div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>'
             '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>'
             '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
             f'<div class="protonmail_quote">\n        {esc(attr)}<br><br>\n        '
             f'<blockquote class="protonmail_quote" type="cite">\n            {h}\n        </blockquote><br>\n    </div>')
    case("c09_proton_paren_numbers.eml", client="Proton Mail web",
         style='"(1)" numbering one line each, "- Sina" sign-off, Proton footer, base64 parts',
         headers=[("Date", "Mon, 23 Nov 2026 15:02:48 +0000"), ("To", f"Grants Team <{GRANTS}>"),
                  ("From", addr(name, em)), ("Subject", OUR_SUBJ),
                  ("Message-ID", "<qX3mB9vT0kR2pL7nW5cE1yZ8aS4dF6gH0jK2lM4nP6rT8vX0zB2dF4hJ6lN8pR0tV2xZ4bD6fH8jL0nP2rT4v=@proton.example>"),
                  ("In-Reply-To", "<gb.q.2026112309@grantbox.example>"), ("References", "<gb.q.2026112309@grantbox.example>"),
                  ("Feedback-ID", "48213577:user:proton"), ("X-Pm-Message-ID", "5bd60c1f2e3a4d7c8b9e0f1a2b3c4d5e6f708192")],
         part=multipart("alternative", "b1=_Qm4vX8rT2kL0pN6sW3cE9yZ1aB5dF7gH0jK",
                        [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html_, "utf-8", "base64")]),
         answers=A)


def c10() -> None:
    name, em = "Jakub Dvořák", "jakub.dvorak@seznam.example"
    t, h = ours("Jakub")
    A = {
        "background": "Linux sysadmin and later platform engineer for 11 years, now at a hosting company in Brno. Mostly automation (Ansible, Python), monitoring, and a log anomaly detection project last year that used isolation forests and an LSTM autoencoder.",
        "math": "Honestly not very. I had two semesters of calculus at VUT but never used it. Probability I know from practice, not formally. I plan to do the MML book chapters 5 and 6 first.",
        "study_plan": "Month 1: math refresh (MML book) and Sutton & Barto chapters 1-4.\nMonth 2: Sutton & Barto 5-13 with the exercises in Python.\nMonth 3: Hugging Face Deep RL course and a small project, RL agent for the game of Ataxx.",
        "commitment": "20 h per week, from February.",
        "referral": "Reddit, r/MachineLearning. I don't know anyone.",
        "afterwards": "Not sure yet. Probably ML engineering at first, research if I turn out to be good at it.",
    }
    order = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]
    tb = split_ours_text(t)
    # Thunderbird quotes with "> " (and ">" on empty lines)
    logical = "Hello,\n\nanswers inline.\n\nOn 23. 11. 26 10:12, Grants Team wrote:\n" + q(tb[0]) + "\n>\n"
    for i, qid in enumerate(order, 1):
        logical += q(tb[i]) + "\n\n" + A[qid] + "\n\n"
    logical += q(tb[7]) + "\n\n-- \nJakub Dvořák\nhttps://jdvorak.example\n"
    text = flowed(logical)
    case("c10_thunderbird_flowed_interleaved.eml", client="Thunderbird (plain text, format=flowed)",
         style="answers interleaved below each '> ' quoted question, long lines soft-wrapped (format=flowed), '-- ' signature",
         headers=[("Message-ID", "<3f9b2c1a-7e4d-4b8f-a6c2-1d0e5f7a9b3c@seznam.example>"),
                  ("Date", "Mon, 23 Nov 2026 22:17:40 +0100"),
                  ("User-Agent", "Mozilla Thunderbird"), ("Subject", OUR_SUBJ), ("Content-Language", "en-US"),
                  ("To", f"Grants Team <{GRANTS}>"), ("References", "<gb.q.2026112310@grantbox.example>"),
                  ("From", addr(name, em)), ("In-Reply-To", "<gb.q.2026112310@grantbox.example>")],
         part=([("Content-Type", "text/plain; charset=UTF-8; format=flowed"), ("Content-Transfer-Encoding", "8bit")], text),
         answers=A)


def c11() -> None:
    name, em = "Chloe Nguyen", "chloe@nguyen-family.example"
    t, h = ours("Chloe")
    labels = ["Experience:", "Maths:", "Plan:", "Availability:", "Where I heard about it:", "After:"]
    A = {
        "background": "Qualified actuary, 8 years in general insurance pricing in Melbourne (GLMs, gradient boosting, a lot of R and more recently Python). I led the move of our pricing models from Emblem to Python last year.",
        "math": "Comfortable with probability and statistics, it's the core of the job. Vector calculus I'd need to revise, it's been a long time since uni.",
        "study_plan": "First month David Silver's course plus Sutton & Barto part I. Second month deep RL (Spinning Up, implementing DQN and PPO). Third month a project on dynamic pricing with RL, compared against our usual GLM approach on public data.",
        "commitment": "20-25 hours a week, I'm going down to 3 days at work from February, so I could start on 1 February.",
        "referral": "My former manager, Daniel Okafor, mentioned it; I believe he's one of the mentors this year.",
        "afterwards": "Ideally a research role in an insurtech or a lab working on sequential decision making.",
    }
    body = ("Hi team,\n\nThanks for the questions!\n\n"
            + "\n\n".join(f"{lab} {A[k]}" for lab, k in zip(labels, A)) + "\n\nCheers,\nChloe")
    sig = "Chloe Nguyen\n0491 570 156"
    attr = "On Mon, 23 Nov 2026, at 20:12, Grants Team wrote:"
    text = body + "\n\n-- \n" + sig + "\n\n" + attr + "\n" + q(t) + "\n"
    html_ = ('<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}</style>'
             "</head><body>" + lines_html(body, "<div>{}</div>", "<div><br></div>", bold_label(labels))
             + "<div><br></div><div id=\"sig92618834\"><div class=\"signature\">-- <br></div><div class=\"signature\">Chloe Nguyen<br></div>"
             "<div class=\"signature\">0491 570 156<br></div></div><div><br></div>"
             f'<div>{esc(attr)}<br></div><blockquote type="cite" id="qt" style="">{h}</blockquote><div><br></div></body></html>\n')
    case("c11_fastmail_own_labels.eml", client="Fastmail web",
         style='own bold labels (Experience:, Maths:, Plan:, Availability:, Where I heard about it:, After:), -- signature',
         headers=std_headers(addr(name, em), "Mon, 23 Nov 2026 21:55:12 +1100",
                             "8d2f6a1c-3b4e-4f70-9c81-2e5a7b9d0f13@app.fastmail.example", "gb.q.2026112311@grantbox.example", order="apple")
         + [("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-1129-g3e5b7f2a9c-fm-20261118.001-g3e5b7f2a")],
         part=multipart("alternative", "4c7e2b9a1f3d4e6b8a0c2d4f6e8a0b1c",
                        [leaf("text/plain", text, "utf-8"), leaf("text/html", html_, "utf-8")]),
         answers=A)


def c12() -> None:
    name, em = "Ravi Shankar Iyer", "ravishankar.iyer@zohomail.example"
    t, h = ours("Ravi Shankar")
    A = {
        "background": "I am a Chartered Accountant with 10 years of experience. First 4 years in statutory audit, then 6 years in FP&A at a manufacturing company in Chennai where I built forecasting models in Excel and then Python (Prophet, XGBoost).",
        "math": "I am comfortable with probability and statistics as they were part of the CA and CFA curriculum. Vector calculus I have not studied since Class 12, so I will need to spend the first few weeks on it.",
        "study_plan": "I plan to study Sutton and Barto along with the NPTEL Reinforcement Learning course by Prof. Balaraman Ravindran in the first two months, and in the third month do a project on RL for working capital optimisation.",
        "commitment": "I can commit 15 hours on weekdays and 10 hours on weekends, so about 25 hours per week. I can start from 15th January 2027.",
        "referral": "I came to know about the program through a LinkedIn post by Mr. Arvind Menon. I know him from a CFA society event but not closely.",
        "afterwards": "I want to transition into an ML research role in fintech, and later pursue a part-time PhD.",
    }
    body = ("Dear Sir/Madam,\n\nGreetings of the day. Please find below my answers to your questions.\n\n"
            + "\n\n".join(f"Ans {i}: {A[k]}" for i, k in enumerate(A, 1)) + "\n\nThanks and regards,")
    sig = "Ravi Shankar Iyer\nCA, CFA Level II\n+91 98400 55512"
    attr = f"---- On Mon, 23 Nov 2026 14:42:05 +0530 Grants Team <{GRANTS}> wrote ---"
    text = body + "\n\n" + sig + "\n\n\n\n\n\n" + attr + "\n\n\n\n" + t + "\n\n\n\n\n"
    html_ = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
             '<meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
             '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
             + lines_html(body, "<div>{}<br></div>", "<div><br></div>")
             + '<div><br></div><div id="Zm-_Id_-Sgn" data-zbluepencil-ignore="true" data-sigid="4417236000000021003">'
             + "".join(f"<div>{esc(s)}<br></div>" for s in sig.split("\n")) + "</div><div><br></div>"
             '<div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
             '<div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div>'
             f'<div id="Zm-_Id_-Sgn1">---- On Mon, 23 Nov 2026 14:42:05 +0530 <b>Grants Team &lt;{GRANTS}&gt;</b> wrote ---<br></div><div><br></div>'
             f'<blockquote style="border-left: 1px solid rgb(204, 204, 204); padding-left: 6px; margin: 0px 0px 0px 5px;">{h}</blockquote>'
             "</div><div><br></div></div><br></body></html>\n")
    case("c12_zoho_ans_numbering_formal.eml", client="Zoho Mail web",
         style='"Ans 1:" numbering, formal Indian-English opening, signature with credentials and phone',
         headers=std_headers(addr(name, em), "Mon, 23 Nov 2026 19:20:14 +0530",
                             "19a4f2c7e31.6b0d8e2f.4417236000000021117@zohomail.example", "gb.q.2026112312@grantbox.example", order="apple")
         + [("Importance", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")],
         part=multipart("alternative", "----=_Part_1842630_901244736.1795440614001",
                        [leaf("text/plain", text, "UTF-8"),
                         leaf("text/html", html_, "UTF-8")]),
         answers=A)


def gmx_html(body: str, ours_h: str, fields: list[tuple[str, str]]) -> str:
    cells = "<br/>\n".join(f"<b>{esc(k)}:</b>&nbsp;{esc(v)}" for k, v in fields)
    return ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
            + lines_html(body, "<div>{}</div>\n", "<div>&nbsp;</div>\n")
            + '<div>&nbsp;</div>\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
            'border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">\n'
            f'<div style="margin:0 0 10px 0;"><b>Gesendet:</b>&nbsp;{esc(fields[0][1])}<br/>\n'
            + "<br/>\n".join(f"<b>{esc(k)}:</b>&nbsp;{esc(v)}" for k, v in fields[1:])
            + f'</div>\n\n<div name="quoted-content">{ours_h}</div>\n</div>\n</div></div></body></html>\n')


def c13() -> None:
    name, em = "Katrin Vogel", "katrin.vogel@gmx.example"
    t, h = ours("Katrin")
    labels = ["Werdegang:", "Mathematik:", "Lernplan:", "Zeit:", "Wie ich davon erfahren habe:", "Danach:"]
    A = {
        "background": "Ich bin promovierte Chemikerin und habe 6 Jahre in der analytischen Chemie bei einem Pharmadienstleister in Leipzig gearbeitet. Dort habe ich viel mit Chemometrie gemacht (PCA, PLS-Regression in Python und R) und zuletzt ein kleines Projekt zur automatischen Auswertung von Chromatogrammen mit neuronalen Netzen geleitet.",
        "math": "Lineare Algebra und Statistik sind gut, Vektoranalysis müsste ich auffrischen. Wahrscheinlichkeitsrechnung kenne ich aus der Statistik, aber Markov-Ketten und stochastische Prozesse habe ich nie richtig gelernt.",
        "study_plan": "Monat 1: Sutton & Barto Kapitel 1-6 und Mathe-Auffrischung. Monat 2: Deep RL mit dem Hugging Face Kurs, eigene Implementierungen von DQN und PPO. Monat 3: ein Projekt zu RL für die Versuchsplanung im Labor (Bayesian Optimization als Vergleich).",
        "commitment": "ca. 30 Stunden pro Woche, Beginn ab 1. Februar 2027 möglich.",
        "referral": "Über einen Newsletter (The Batch). Ich kenne niemanden aus dem Programm.",
        "afterwards": "Am liebsten eine Stelle als Research Scientist im Bereich ML für Chemie oder Materialforschung.",
    }
    body = ("Hallo liebes Grants-Team,\n\nvielen Dank für die Rückmeldung. Hier meine Antworten:\n\n"
            + "\n\n".join(f"{lab} {A[k]}" for lab, k in zip(labels, A)) + "\n\nViele Grüße\nKatrin Vogel")
    fields = [("Gesendet", "Montag, 23. November 2026 um 10:12"), ("Von", f'"Grants Team" <{GRANTS}>'),
              ("An", em), ("Betreff", OUR_SUBJ)]
    html_ = gmx_html(body, h, fields)
    case("c13_gmx_german_labels_html_only.eml", client="GMX FreeMail web (German)",
         style="German answers under German labels (Werdegang:, Mathematik:, Lernplan:, Zeit:, ...); HTML only, Gesendet/Von header quote",
         headers=[("Message-ID", "<trinity-7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f-1795432261123@3c-app-gmx-bap14>"),
                  ("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"), ("Subject", OUR_SUBJ),
                  ("Importance", "normal"), ("Sensitivity", "Normal"),
                  ("Date", "Mon, 23 Nov 2026 16:31:01 +0100"), ("In-Reply-To", "<gb.q.2026112313@grantbox.example>"),
                  ("References", "<gb.q.2026112313@grantbox.example>"), ("X-Priority", "3"),
                  ("X-UI-Message-Type", "mail"), ("X-Provags-ID", "V03:K1:Zr8mD0pq2wE4fT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2y")],
         part=leaf("text/html", html_, "UTF-8"), answers=A)


def c14() -> None:
    name, em = "Tobias Krüger", "tobi.krueger@web.example"
    ids = ["math"]
    t, h = ours("Tobias", "missing_answers", ids)
    A = {"math": "Math is honestly my weak point. I had Mathe Leistungskurs at school and some statistics in my logistics degree, but no vector calculus. I'm working through the Mathematics for Machine Learning book right now (chapters 2-6) and would continue that during the first month."}
    body = f"Hallo,\n\nsorry, die Frage hatte ich übersehen.\n\n{A['math']}\n\nViele Grüße\nTobias"
    fields = [("Gesendet", "Mittwoch, 25. November 2026 um 09:30"), ("Von", f'"Grants Team" <{GRANTS}>'),
              ("An", em), ("Betreff", OUR_SUBJ)]
    html_ = gmx_html(body, h, fields)
    case("c14_webde_missing_one_de_en_prose.eml", client="WEB.DE FreeMail web",
         style='reply to "we still need" (2) in one English paragraph framed by German greeting/apology; HTML only', asked=ids,
         headers=[("Message-ID", "<trinity-0e2a4c6e-8f1b-4d3c-9a5e-7b9d1f3a5c7e-1795602905876@3c-app-webde-bs52>"),
                  ("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"), ("Subject", OUR_SUBJ),
                  ("Importance", "normal"), ("Sensitivity", "Normal"),
                  ("Date", "Wed, 25 Nov 2026 14:21:45 +0100"), ("In-Reply-To", "<gb.m.2026112514@grantbox.example>"),
                  ("References", "<gb.m.2026112514@grantbox.example>"), ("X-Priority", "3"),
                  ("X-UI-Message-Type", "mail"), ("X-Provags-ID", "V03:K1:b2N4m6Q8w0E2r4T6y8U0i2O4p6A8s0D2f4G6h8J0k2L4")],
         part=leaf("text/html", html_, "UTF-8"), answers=A)


def c15() -> None:
    name, em = "Aigerim Sultanova", "aigerim.sultanova@yandex.example"
    t, h = ours("Aigerim")
    A = {
        "background": "Economist, 7 years at the National Bank research department and then a consulting company in Almaty. Econometrics, macro forecasting models (DSGE, VAR) in Stata, MATLAB and Python.",
        "math": "Quite comfortable. I have a master's in economics (NES Moscow), so probability, optimization and dynamic programming are familiar. Vector calculus ok.",
        "study_plan": "I would take the CS285 course in the first 2 months, with all homeworks, and in the third month reproduce a paper on RL for monetary policy (there are a few recent ones using PPO in macro models).",
        "commitment": "30 hours per week, I can start from January 18.",
        "referral": "From a Telegram channel about ML in Central Asia. I don't know anyone involved.",
        "afterwards": "I want to do a PhD in economics with RL methods, or join a research team at a central bank working on ML.",
    }
    body = ("Hello!\n\n" + "\n".join(f"{i}. {A[k]}" for i, k in enumerate(A, 1))
            + "\n\nС уважением,\nАйгерим Султанова\nAigerim Sultanova")
    attr = f'23.11.2026, 15:12, "Grants Team" <{GRANTS}>:'
    html_ = (lines_html(body, "<div>{}</div>", "<div> </div>")
             + "<div> </div><div>----------------</div><div> </div>"
             f"<div>{esc(attr)}</div><blockquote>{h}</blockquote>\n")
    text = body + "\n\n----------------\n\n" + attr + "\n" + q(t) + "\n"
    case("c15_yandex_numbered_russian_signoff.eml", client="Yandex Mail web",
         style='numbered English answers without blank lines, Russian sign-off "С уважением", Yandex dashed separator',
         headers=[("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"),
                  ("In-Reply-To", "<gb.q.2026112315@grantbox.example>"), ("References", "<gb.q.2026112315@grantbox.example>"),
                  ("Subject", OUR_SUBJ), ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
                  ("Date", "Mon, 23 Nov 2026 23:08:19 +0500"), ("Message-Id", "<1208421795432099@mail.yandex.example>")],
         part=multipart("alternative", "----==--bound.120843.mail-yandex-example",
                        [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html_, "utf-8", "base64")]),
         answers=A)


def c16() -> None:
    name, em = "李伟", "1843927716@qq.example"
    t, h = ours("李伟")
    A = {
        "background": "我是嵌入式软件工程师，在深圳一家无人机公司工作了6年，主要做飞控固件（C/C++，STM32）和一些传感器融合算法（卡尔曼滤波）。去年开始自学深度学习，用PyTorch做过一个小的目标检测项目。",
        "math": "线性代数和微积分还可以，大学是自动化专业。概率论需要复习，尤其是期望和方差的推导。",
        "study_plan": "第一个月看Sutton和Barto的书（中文版）和李宏毅的强化学习课程；第二个月自己实现DQN、PPO、SAC；第三个月在仿真环境里用强化学习做无人机悬停控制，并和PID对比。",
        "commitment": "每周大约20小时，晚上和周末。可以从2027年1月开始。",
        "referral": "在知乎上看到的。不认识项目里的人。",
        "afterwards": "希望转到机器人或无人机公司的强化学习算法岗位，以后也可能读博。",
    }
    body = ("您好，\n\n感谢回复。我的回答如下：\n\n" + "\n".join(f"{i}、{A[k]}" for i, k in enumerate(A, 1))
            + "\n\n谢谢！\n李伟")
    head_t = ("------------------&nbsp;原始邮件&nbsp;------------------\n"
              f'发件人: "Grants Team"<{GRANTS}>;\n发送时间:&nbsp;2026年11月23日(星期一) 下午5:12\n'
              f'收件人:&nbsp;"李伟"<{em}>;\n\n主题:&nbsp;{OUR_SUBJ}\n\n\n\n')
    text = body + "\n\n\n\n\n" + head_t + t + "\n"
    html_ = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
             + lines_html(body, "<div>{}</div>", "<div><br></div>")
             + '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
             "------------------&nbsp;原始邮件&nbsp;------------------</div>"
             '<div style="font-size: 12px;background:#efefef;padding:8px;">'
             f'<div><b>发件人:</b>&nbsp;"Grants Team"&lt;{GRANTS}&gt;;</div>'
             "<div><b>发送时间:</b>&nbsp;2026年11月23日(星期一) 下午5:12</div>"
             f'<div><b>收件人:</b>&nbsp;"李伟"&lt;{em}&gt;;<wbr></div><div></div>'
             f"<div><b>主题:</b>&nbsp;{esc(OUR_SUBJ)}</div></div><div><br></div>{h}\n")
    case("c16_qq_chinese_numbered_gb18030.eml", client="QQ Mail web (Chinese)",
         style='Chinese answers numbered "1、" without blank lines; GB18030 base64; 原始邮件 header block',
         headers=[("From", addr(name, em, "gb18030")), ("To", f'"Grants Team"<{GRANTS}>'),
                  ("Subject", hdr_word("回复：" + OUR_SUBJ, "gb18030")),
                  ("Date", "Mon, 23 Nov 2026 21:36:08 +0800"), ("X-Priority", "3"),
                  ("Message-ID", "<tencent_5B8E2C4A9D1F3E7B6C0A2D4F8E1B3C5A7D09@qq.example>"),
                  ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"),
                  ("In-Reply-To", "<gb.q.2026112316@grantbox.example>"), ("References", "<gb.q.2026112316@grantbox.example>")],
         part=multipart("alternative", "----=_NextPart_6751D8A8_0F3C2E10_4A7B9C21",
                        [leaf("text/plain", text, "gb18030", "base64"), leaf("text/html", html_, "gb18030", "base64")],
                        preamble="This is a multi-part message in MIME format.\n\n"),
         answers=A)


def c17() -> None:
    name, em = "张敏", "zhangmin_hz@163.example"
    ids = ["referral", "afterwards"]
    t, h = ours("张敏", "missing_answers", ids)
    A = {
        "referral": "I heard about it from a WeChat group for data scientists in Hangzhou (杭州数据科学交流群). I don't know anyone in the program.",
        "afterwards": "After the grant I hope to join an RL team working on recommendation or ads bidding, 最好是在研究岗位。",
    }
    body = f"Hi,\n\nSorry for the late reply.\n\n5. {A['referral']}\n6. {A['afterwards']}\n\nThanks,\n张敏 Zhang Min"
    attr = f'At 2026-11-25 17:30:12, "Grants Team" <{GRANTS}> wrote:'
    text = body + "\n\n\n\n\n\n\n\n" + attr + "\n" + q(t, ">") + "\n"
    html_ = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
             + lines_html(body, '<div style="margin:0;">{}</div>', '<div style="margin:0;"><br></div>')
             + '<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
             f'<p style="margin: 0;"><br></p><pre><br>{esc(attr)}<br></pre>'
             f'<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">{h}</blockquote></div>\n')
    case("c17_163_missing_two_mixed_zh_en.eml", client="NetEase 163 Mail web (Coremail)",
         style='reply to "we still need" (5 and 6), numbered, English with Chinese phrases; GBK base64', asked=ids,
         headers=[("Date", "Thu, 26 Nov 2026 09:02:44 +0800 (CST)"), ("From", addr(name, em, "GBK")),
                  ("To", f'"Grants Team" <{GRANTS}>'), ("Subject", "Re:" + OUR_SUBJ),
                  ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 www.mailtech.cn 163com"),
                  ("In-Reply-To", "<gb.m.2026112517@grantbox.example>"), ("References", "<gb.m.2026112517@grantbox.example>"),
                  ("X-NTES-SC", "AL_Qu2YAf2evU4p4yWaZukfmk4WjO09WcC5vf0k3o9VOZ8/pzfn3E3ZNlmAH0kPXIrxZ30=="),
                  ("Message-ID", "<5e1a7c2f.3b8d.19356a0e2f4.Coremail.zhangmin_hz@163.example>")],
         part=multipart("alternative", "----=_Part_312740_1286517341.1795646564011",
                        [leaf("text/plain", text, "GBK", "base64"), leaf("text/html", html_, "GBK", "base64")]),
         answers=A)


def c18() -> None:
    name, em = "박지훈", "jihoon.park@naver.example"
    t, h = ours("Ji-hoon")
    A = {
        "background": "I have worked 7 years as a process engineer at a semiconductor fab in Hwaseong (etch process). I do a lot of statistical process control and wrote Python tools for yield analysis. Last year I built a virtual metrology model with gradient boosting that is now used on two lines.",
        "math": "I studied materials science, so calculus is fine. Probability I use for SPC, but I need to review conditional expectation and Markov processes.",
        "study_plan": "Week 1-4: Sutton & Barto and David Silver's lectures. Week 5-8: implement DQN, PPO with Gymnasium. Week 9-12: a project on RL for run-to-run process control using a simulator.",
        "commitment": "About 15 hours per week because of my shift work. I can start in March 2027.",
        "referral": "A senior from my university lab, Dr. Kim Soo-yeon, told me about it. She is a mentor in the program, I think.",
        "afterwards": "I want to move to an ML research team in the semiconductor industry, maybe a PhD in Korea later.",
    }
    body = ("안녕하세요,\n\nThank you for the email. Here are my answers.\n\n"
            + "\n".join(f"{i}. {A[k]}" for i, k in enumerate(A, 1))
            + "\n\nBest regards,\n박지훈 드림\nPark Ji-hoon")
    html_ = ('<div style="font-family: 나눔고딕, NanumGothic, sans-serif; font-size: 10pt;">'
             + lines_html(body, "<p>{}</p>", "<p><br></p>")
             + "<p><br></p><p><br></p><p>-----Original Message-----<br>"
             f'<b>From:</b> "Grants Team"&lt;{GRANTS}&gt;<br><b>To:</b> "박지훈"&lt;{em}&gt;;<br><b>Cc:</b> <br>'
             f"<b>Sent:</b> 2026-11-23 (월) 18:12:05 (GMT+09:00)<br><b>Subject:</b> {esc(OUR_SUBJ)}<br></p><p><br></p>"
             f"{h}</div>\n")
    case("c18_naver_html_only_numbered.eml", client="Naver Mail web (Korean)",
         style='Korean greeting, English numbered answers without blank lines, Korean sign-off; HTML only, -----Original Message----- block',
         headers=[("Message-ID", "<a7Kd3Qw2Rj1PmZ8fKxE0Tg@naver.example>"), ("Date", "Tue, 24 Nov 2026 08:47:31 +0900"),
                  ("From", addr(name, em, quote=True)), ("To", f'"Grants Team" <{GRANTS}>'),
                  ("Subject", "RE: " + OUR_SUBJ), ("Importance", "normal"),
                  ("In-Reply-To", "<gb.q.2026112318@grantbox.example>"), ("References", "<gb.q.2026112318@grantbox.example>"),
                  ("X-Naver-CIP", "203.0.113.77")],
         part=leaf("text/html", html_, "utf-8", "base64"), answers=A)


def c19() -> None:
    name, em = "Sofía Herrera", "sofia.herrera.castillo@gmail.example"
    t, h = ours("Sofía")
    A = {
        "background": "I am an economist with 6 years at the research department of a central bank in Bogotá, working on inflation forecasting and nowcasting models (Python, R, some Julia). Before that I was a teaching assistant in econometrics at Universidad de los Andes.",
        "math": "Comfortable with probability and statistics. I took real analysis and multivariable calculus in my master's, but I would review vector calculus in the first two weeks.",
        "study_plan": "Weeks 1-2: review of vector calculus and Markov decision processes. Weeks 3-8: Sutton & Barto parts I and II and the CS285 lectures, implementing the main algorithms. Weeks 9-12: reproduce a paper on multi-agent RL for market simulation.\n\nI would publish my code on GitHub with a short write-up every month.",
        "commitment": "30 hours per week. I can start on 1 February 2027.",
        "referral": "A former colleague who was in last year's cohort, Andrés Molina, told me about it.",
        "afterwards": "I would like to join an AI research lab working on economic simulations, or start a PhD in 2028.",
    }
    qtexts = ["1. What is your background in software engineering or other quantitative work?",
              "2. How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?",
              "3. What would you study during the three-month grant period, and how would you structure it?",
              "4. How many hours per week can you commit, and when could you start?",
              "5. Where did you hear about this program, and do you know anyone involved in it?",
              "6. What do you hope to do after the grant ends?"]
    paras: list[tuple[str, bool]] = [("Follow-up questions – Sofía Herrera Castillo", True), ("", False)]
    for qt, k in zip(qtexts, A):
        paras.append((qt, True))
        paras.extend((p, False) for p in A[k].split("\n\n"))
        paras.append(("", False))
    fname = "Sofia_Herrera_answers.docx"
    att = attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname,
                     docx_bytes(paras))
    body = ("Hi,\n\nPlease find attached my answers to the follow-up questions (Word file).\n\n"
            "Let me know if you need anything else.\n\nBest,\nSofía Herrera")
    attr = f"On Mon, Nov 23, 2026 at 5:12\u202fAM Grants Team <{GRANTS}> wrote:"
    text, html_ = gmail(body, None, t, h, attr)
    case("c19_gmail_answers_in_docx.eml", client="Gmail web",
         style="body only points to the attached .docx; questions bold and answers below in the document",
         headers=std_headers(addr(name, em), "Tue, 24 Nov 2026 11:26:03 -0500",
                             "CAN4pXc1Vv8mQk2rT0yZ9sLw3eB7fHj5uGd1aPo6iRz4Nq8K@mail.gmail.example", "gb.q.2026112319@grantbox.example"),
         part=gmail_part(text, html_, "0000000000007a91e20625bb3c40", [att]), answers=A, answers_file=fname)


def c20() -> None:
    name, em = "Ahmed El-Sayed", "ahmed.elsayed@niletel.example"
    t, h = ours("Ahmed")
    A = {
        "background": "I am a telecom engineer with 9 years of experience in radio network optimization for a mobile operator in Cairo. For the last 3 years I have been building Python tools to detect cell anomalies from KPI time series and a small model for predicting cell congestion.",
        "math": "I am comfortable with calculus and probability from my engineering degree (signal processing, stochastic processes). I would need to review some vector calculus and optimization.",
        "study_plan": "Month 1: Sutton & Barto chapters 1-9 and the David Silver lectures.\n\nMonth 2: deep RL with the Hugging Face course and CleanRL, implementing DQN and PPO.\n\nMonth 3: a project using RL for antenna tilt optimization in an open-source network simulator.",
        "commitment": "25 hours per week. I can start on 4 January 2027.",
        "referral": "I read about it on the MLOps community Slack. I don't know anyone in the program.",
        "afterwards": "I hope to join a research team working on RL for network optimization (self-organizing networks), at an operator or a vendor.",
    }
    qtexts = ["What is your background in software engineering or other quantitative work?",
              "How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?",
              "What would you study during the three-month grant period, and how would you structure it?",
              "How many hours per week can you commit, and when could you start?",
              "Where did you hear about this program, and do you know anyone involved in it?",
              "What do you hope to do after the grant ends?"]
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:Calibri,Carlito,sans-serif;'
            'font-size:11pt;margin:2cm;} h1{font-size:15pt;} p{margin:0 0 8pt 0;} .q{font-weight:bold;margin-top:14pt;}'
            '</style></head><body><h1>ML Research Retraining Grant – Answers to follow-up questions</h1>'
            "<p>Ahmed El-Sayed, ahmed.elsayed@niletel.example</p>")
    for i, (qt, k) in enumerate(zip(qtexts, A), 1):
        page += f'<p class="q">{i}. {esc(qt)}</p>' + "".join(f"<p>{esc(p)}</p>" for p in A[k].split("\n\n"))
    page += "</body></html>"
    fname = "Answers_Ahmed_El-Sayed.pdf"
    att = attachment("application/pdf", fname, pdf_bytes(page))
    body = ("Dear Grants Team,\n\nThank you for your email. Please find my answers to the six questions in the attached PDF.\n\n"
            "Best regards,\nAhmed")
    sig = "Ahmed El-Sayed\nSenior RAN Optimization Engineer | Nile Telecom\nMobile: +20 100 555 0198"
    legal = ("Disclaimer: This e-mail message and any attachments are intended solely for the addressee and may contain "
             "confidential information. If you have received this message in error, please notify the sender and delete it. "
             "Any views expressed are those of the sender and not necessarily of Nile Telecom S.A.E.")
    fields = [("From", f"Grants Team <{GRANTS}>"), ("Date", "Monday, 23 November 2026 at 12:12"),
              ("To", f"Ahmed El-Sayed <{em}>"), ("Subject", OUR_SUBJ)]
    text = body + "\n\n" + sig + "\n\n" + legal + "\n\n" + outlook_text_header(fields) + "\n" + t + "\n"
    bh = word_p(body) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + word_p(sig)
    bh += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal"><i><span style="font-size:8.0pt;color:#7F7F7F">'
           + esc(legal) + "<o:p></o:p></span></i></p>\n")
    html_ = outlook_desktop(bh, fields, word_quoted(h), lang="EN-US", new_style=True)
    alt = multipart("alternative", "_000_VI1P195MB2415C4A8E1D3F5B7A9C0E2D4F6A81VI1P195MB2415EURP_",
                    [leaf("text/plain", text, "utf-8"), leaf("text/html", html_, "utf-8")])
    case("c20_outlook_desktop_answers_in_pdf.eml", client="Outlook desktop (Microsoft 365, Word HTML)",
         style="body points to attached PDF (questions bold, answers below, plan in 3 paragraphs); signature + disclaimer",
         headers=[("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"), ("Subject", OUR_SUBJ),
                  ("Thread-Topic", "Application"), ("Thread-Index", "AQHbXc3nT7yR2qL0mK4pW8sV1eD3zQ=="),
                  ("Date", "Tue, 24 Nov 2026 10:58:17 +0000"),
                  ("Message-ID", "<VI1P195MB2415C4A8E1D3F5B7A9C0E2D4F6A81@VI1P195MB2415.EURP195.PROD.OUTLOOK.example>"),
                  ("References", "<gb.q.2026112320@grantbox.example>"), ("In-Reply-To", "<gb.q.2026112320@grantbox.example>"),
                  ("Accept-Language", "en-US, ar-EG"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"),
                  ("X-MS-TNEF-Correlator", "")],
         part=multipart("mixed", "_004_VI1P195MB2415C4A8E1D3F5B7A9C0E2D4F6A81VI1P195MB2415EURP_", [alt, att]),
         answers=A, answers_file=fname)


def c21() -> None:
    name, em = "Diego Ramírez López", "diego.ramirez.lopez@gmail.example"
    t, h = ours("Diego")
    A = {
        "background": "Soy ingeniero de QA automation con 5 años de experiencia en una empresa de software en Guadalajara (Python, Selenium, pytest, CI con GitHub Actions). Antes estudié ingeniería en electrónica en la UdeG.",
        "math": "Cálculo vectorial lo vi en la carrera pero lo tengo oxidado. Probabilidad un poco mejor. Necesitaría repasar ambos las primeras semanas.",
        "study_plan": "Mes 1: repaso de matemáticas y el curso de Deep RL de Hugging Face. Mes 2: Sutton y Barto, implementando los algoritmos. Mes 3: un proyecto de RL para generar pruebas automáticas de interfaces (explorar una app con un agente).",
        "commitment": "Unas 20 horas por semana. Puedo empezar el 11 de enero.",
        "referral": "Lo vi en un grupo de Facebook de ML en español. No conozco a nadie.",
        "afterwards": "Me gustaría trabajar como ingeniero de ML o investigador en temas de RL aplicado a testing de software.",
    }
    body = ("Hola,\n\nGracias por la respuesta. Aquí van mis respuestas:\n\n"
            + "\n".join(f"{i}. {A[k]}" for i, k in enumerate(A, 1)) + "\n\nSaludos,\nDiego")
    attr = f"El lun, 23 nov 2026 a las 3:12, Grants Team (<{GRANTS}>) escribió:"
    text, html_ = gmail(body, None, t, h, attr)
    case("c21_gmail_ios_spanish_numbered.eml", client="Gmail iOS app (Spanish UI)",
         style="Spanish answers numbered 1.-6. without blank lines between them",
         headers=std_headers(addr(name, em), "Mon, 23 Nov 2026 19:44:10 -0600",
                             "CAKz0nQ7fR3mW1pY5sX9vB2eL8cT4uH6jD0gA7kN1oI3rE5@mail.gmail.example", "gb.q.2026112321@grantbox.example"),
         part=gmail_part(text, html_, "000000000000d15e3a0625bb9a2c"), answers=A)


def c22() -> None:
    name, em = "Camille Bernard", "camille.bernard.archi@gmail.example"
    t, h = ours("Camille")
    qtexts = ["What is your background in software engineering or other quantitative work?",
              "How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?",
              "What would you study during the three-month grant period, and how would you structure it?",
              "How many hours per week can you commit, and when could you start?",
              "Where did you hear about this program, and do you know anyone involved in it?",
              "What do you hope to do after the grant ends?"]
    A = {
        "background": "Je suis architecte de formation (DPLG) et j'ai travaillé 8 ans en agence à Lyon, principalement sur la modélisation paramétrique (Grasshopper, Python) et l'optimisation énergétique des bâtiments. Depuis 2 ans je suis développeuse Python dans une startup de la construction, où je travaille sur la génération automatique de plans.",
        "math": "Les probabilités, assez bien (j'ai suivi le cours de l'X sur Coursera). Le calcul vectoriel, il faudra que je revoie les bases.",
        "study_plan": "Le cours de David Silver et le livre de Sutton & Barto le premier mois, puis Spinning Up et l'implémentation de PPO et SAC le deuxième mois. Le troisième mois, un projet d'agent RL pour l'aménagement de plans d'étage.",
        "commitment": "35 heures par semaine, je quitte mon poste fin décembre (rupture conventionnelle). Je peux commencer le 18 janvier.",
        "referral": "Par une amie, Inès Laurent, qui fait partie de la promotion actuelle.",
        "afterwards": "Rejoindre une équipe de recherche appliquée sur l'IA pour la conception architecturale, ou faire une thèse CIFRE.",
    }
    body = ("Bonjour,\n\nMerci pour votre message. Voici mes réponses (en français, j'espère que ce n'est pas un problème) :\n\n"
            + "\n\n".join(f"{qt}\n{A[k]}" for qt, k in zip(qtexts, A)) + "\n\nBien cordialement,\nCamille Bernard")
    attr = f"Le lun. 23 nov. 2026 à 11:12, Grants Team <{GRANTS}> a écrit :"

    def fmt(ln: str) -> str:
        return f"<b>{esc(ln)}</b>" if ln in qtexts else esc(ln)

    text, html_ = gmail(body, None, t, h, attr, fmt=fmt)
    text = text.replace("\u00a0", " ")
    case("c22_gmail_french_pasted_questions.eml", client="Gmail web (French UI)",
         style="our questions pasted in bold (no numbers), French answer on the next line",
         headers=std_headers(addr(name, em), "Tue, 24 Nov 2026 09:37:26 +0100",
                             "CAFm2kR8wQ1pN5sV3yT7xZ0bL4eC9uG6hJ2dA8oI1rK5mE3@mail.gmail.example", "gb.q.2026112322@grantbox.example"),
         part=gmail_part(text, html_, "000000000000e8f2b40625bc06d1"), answers=A)


def c23() -> None:
    name, em = "Johan van der Merwe", "johan.vdmerwe@capesure.example"
    t, h = ours("Johan")
    A = {
        "background": "Actuary (FASSA) with 10 years in life insurance, currently head of experience analysis at an insurer in Cape Town. Mostly mortality and lapse modelling, in SAS, R and now Python. I also did an MSc in Applied Mathematics at Stellenbosch (numerical methods).",
        "math": "Comfortable. Probability and statistics are my daily work and I was strong in vector calculus at university.",
        "study_plan": "Weeks 1-6: Sutton & Barto and the David Silver lectures, with exercises.\nWeeks 7-12: CS285 homeworks and a project applying RL to dynamic lapse management (retention offers).",
        "commitment": "15 hours a week, from 1 March 2027 (after our year-end valuation).",
        "referral": "From the actuarial society's data science newsletter. No, I don't know anyone.",
        "afterwards": "Move into a research role at the intersection of RL and insurance, possibly through a part-time PhD.",
    }
    order = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]
    top = "Hi,\n\nPlease see my answers below in blue.\n\nRegards,\nJohan"
    fields = [("From", f"Grants Team <{GRANTS}>"), ("Sent", "Monday, 23 November 2026 11:12"),
              ("To", f"Johan van der Merwe <{em}>"), ("Subject", OUR_SUBJ)]
    tb, hb = split_ours_text(t), split_ours_html(h)
    text = top + "\n\n" + outlook_text_header(fields) + "\n" + tb[0] + "\n\n"
    quoted = word_quoted(hb[0])
    for i, k in enumerate(order, 1):
        text += tb[i].rstrip("\n") + "\n" + A[k] + "\n\n"
        quoted += word_quoted(hb[i]) + lines_html(
            A[k], '<p class="MsoNormal"><span style="color:#0070C0">{}<o:p></o:p></span></p>\n',
            '<p class="MsoNormal"><span style="color:#0070C0"><o:p>&nbsp;</o:p></span></p>\n')
    text += tb[7] + "\n"
    quoted += word_quoted(hb[7])
    html_ = outlook_desktop(word_p(top), fields, quoted, lang="EN-ZA", new_style=False)
    case("c23_outlook_desktop_inline_blue.eml", client="Outlook desktop (Word HTML)",
         style='"see my answers below in blue": answers typed in blue under each question inside our unquoted (From/Sent) original',
         headers=[("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"), ("Subject", OUR_SUBJ),
                  ("Thread-Topic", "Application"), ("Thread-Index", "AQHbXa9pV3cK1yR7tE0qL2mN8sW4xA=="),
                  ("Date", "Tue, 24 Nov 2026 06:49:55 +0000"),
                  ("Message-ID", "<JNAP275MB0412E7C1D9B3F5A2C4E6A8B0D2F43@JNAP275MB0412.ZAFP275.PROD.OUTLOOK.example>"),
                  ("References", "<gb.q.2026112323@grantbox.example>"), ("In-Reply-To", "<gb.q.2026112323@grantbox.example>"),
                  ("Accept-Language", "en-ZA, en-US"), ("Content-Language", "en-ZA"), ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", "")],
         part=multipart("alternative", "_000_JNAP275MB0412E7C1D9B3F5A2C4E6A8B0D2F43JNAP275MB0412ZAFP_",
                        [leaf("text/plain", text, "utf-8"), leaf("text/html", html_, "utf-8")]),
         answers=A)


def c24() -> None:
    name, em = "Joanna Reyes", "joanna.reyes.rn@gmail.example"
    t, h = ours("Joanna")
    A = {
        "background": "Registered nurse for 6 years (ICU, then clinical informatics at a hospital in Manila). Since 2024 I've been working on our EHR data team, mostly SQL and Python dashboards, and a sepsis early warning model with logistic regression.",
        "math": "Honestly not very comfortable, I had basic calculus and stats in nursing school. I'm doing Khan Academy multivariable calculus now.",
        "commitment": "20 hours a week, I can start February.",
    }
    body = ("Hi! Answering the first few now, will do the rest tonight when I get home from shift\n\n"
            f"1. {A['background']}\n2. {A['math']}\n4. {A['commitment']}\n\nWill send 3, 5 and 6 later today.\n\nJoanna")
    attr = f"On Mon, 23 Nov 2026, 5:12 pm Grants Team, <{GRANTS}> wrote:"
    text, html_ = gmail(body, None, t, h, attr, dir_="auto", android=True)
    case("c24_gmail_android_partial_1_2_4.eml", client="Gmail Android app",
         style="partial: answers 1, 2, 4 now, says 3, 5, 6 will follow",
         headers=std_headers(addr(name, em), "Tue, 24 Nov 2026 06:58:40 +0800",
                             "CAGt5yQ2mP8rK0wN3vB6sX1cZ9eL4uJ7hD2fA5oR8iT0nE6@mail.gmail.example", "gb.q.2026112324@grantbox.example"),
         part=gmail_part(text, html_, "0000000000002c4d8e0625bb1a93"), answers=A)


def c25() -> None:
    name, em = "Nadia Haddad", "nadia.haddad@icloud.example"
    ids = ["commitment", "referral"]
    t, h = ours("Nadia", "missing_answers", ids)
    A = {
        "commitment": "around 20 per week, more in the summer. I can start on February 1st.",
        "referral": "my cousin Karim Haddad did the program in 2025, he suggested I apply.",
    }
    body = f"Hello,\n\nSorry I missed those!\n\nHours: {A['commitment']}\nReferral: {A['referral']}\n\nNadia"
    text, html_ = apple_ios(body, t, h, f"On Nov 25, 2026, at 10:30\u202fAM, Grants Team <{GRANTS}> wrote:")
    case("c25_iphone_missing_two_own_labels.eml", client="Apple Mail iOS",
         style='reply to "we still need" (4 and 5) with own labels "Hours:" and "Referral:", Sent from my iPhone', asked=ids,
         headers=std_headers(addr(name, em), "Wed, 25 Nov 2026 12:04:51 -0500",
                             "C4D7A1E9-2B5F-4A83-9D6C-8E0F1B3A5C72@icloud.example", "gb.m.2026112525@grantbox.example", order="apple")
         + [("X-Mailer", "iPhone Mail (22B83)")],
         part=apple_part(text, html_, "Apple-Mail-9B2E7D41-6C3A-4F58-A1E0-7D2C5B8F4A19"), answers=A,
         mime_version="1.0 (1.0)")


def c26() -> None:
    name, em = "Kwame Mensah", "kwame.mensah.gh@gmail.example"
    ids = ["study_plan"]
    t, h = ours("Kwame", "missing_answers", ids)
    body = ("Hello,\n\nApologies for the slow response, I have been travelling for work. I am still drafting the study plan "
            "with a week-by-week outline and will send it by Monday.\n\nBest,\nKwame")
    attr = f"On Wed, Nov 25, 2026 at 9:30\u202fAM Grants Team <{GRANTS}> wrote:"
    text, html_ = gmail(body, "Kwame Mensah\nSoftware Engineer, Billing Platforms\nAccra, Ghana", t, h, attr)
    case("c26_gmail_missing_one_deferral_only.eml", client="Gmail web",
         style='reply to "we still need" (3) that only defers ("will send it by Monday"): nothing answered', asked=ids,
         headers=std_headers(addr(name, em), "Fri, 27 Nov 2026 18:22:07 +0000",
                             "CAM8rT1xQ5wN2pK7vB0sY4cZ6eL9uH3jD1fA8oR2iT5nE0@mail.gmail.example", "gb.m.2026112526@grantbox.example"),
         part=gmail_part(text, html_, "000000000000f3a1c70625bd42e8"), answers={})


def c27() -> None:
    name, em = "Nguyễn Thu Trang", "trang.nguyenthu@outlook.example"
    t, h = ours("Trang")
    A = {
        "background": "SAP consultant for 7 years (FI/CO module) at a consulting firm in Hanoi, last 2 years also data engineering with Python and Airflow for clients' reporting.",
        "math": "I am OK with probability. Vector calculus I learned in university (Hanoi University of Science and Technology) but need to review.",
        "study_plan": "First 6 weeks: Sutton & Barto and Hugging Face Deep RL course. Last 6 weeks: reproduce DQN on Atari and a small project on RL for warehouse picking.",
        "commitment": "20-25 hours/week. Start from 1 Feb 2027.",
        "referral": "Facebook group \"Machine Learning cơ bản\". I don't know anyone.",
        "afterwards": "Work as ML engineer in Singapore or Japan, or a master in AI.",
    }
    body = ("Dear Grants team,\n" + "\n".join(f"{i}. {A[k]}" for i, k in enumerate(A, 1))
            + "\n\nTrân trọng,\nTrang")
    fields = [("From", f"Grants Team <{GRANTS}>"), ("Sent", "Monday, November 23, 2026 5:12:40 PM"),
              ("To", f"Nguyễn Thu Trang <{em}>"), ("Subject", OUR_SUBJ)]
    text, html_ = outlook_mobile(body, t, h, fields, "Android")
    case("c27_outlook_android_numbered_vi_signoff.eml", client="Outlook for Android",
         style='numbered 1.-6. without blank lines, Vietnamese sign-off, "Get Outlook for Android" footer',
         headers=[("From", addr(name, em)), ("To", f"Grants Team <{GRANTS}>"), ("Subject", OUR_SUBJ),
                  ("Thread-Topic", "Application"), ("Thread-Index", "AQHbXbK2m7T0qW3yR9pL1cV5sN8eZg=="),
                  ("Date", "Mon, 23 Nov 2026 14:51:09 +0000"),
                  ("Message-ID", "<SEZPR06MB5621F4A2C8E0D6B1A3C5E7F9B2D46@SEZPR06MB5621.apcprd06.prod.outlook.example>"),
                  ("References", "<gb.q.2026112327@grantbox.example>"), ("In-Reply-To", "<gb.q.2026112327@grantbox.example>"),
                  ("Accept-Language", "vi-VN, en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                  ("X-MS-TNEF-Correlator", "")],
         part=multipart("alternative", "_000_SEZPR06MB5621F4A2C8E0D6B1A3C5E7F9B2D46SEZPR06MB5621apcp_",
                        [leaf("text/plain", text, "utf-8"), leaf("text/html", html_, "utf-8")]),
         answers=A)


def main() -> None:
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14,
               c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27):
        fn()
    out = {"_about": ("heldout20: a blind cohort of 27 whole replies from career changers into ML (Gmail web/Android/iOS, "
                      "Outlook desktop/new Outlook/mobile, Apple Mail iOS/macOS, Yahoo, Proton, Thunderbird, Fastmail, Zoho, "
                      "GMX, WEB.DE, Yandex, QQ, 163, Naver) to our questions and 'we still need' emails; invented people."),
           "cases": EXPECTED}
    (HERE / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
