"""Writes heldout13/: a fifth realistic cohort of whole replies (.eml) to the questions email
(and to the "we still need" email), with expected.json. Written blind: the writer read neither
the answer parser, its tests nor the texts of the earlier reply sets; every expected answer was
decided before anything was run. People and companies are invented. Helpers (ours, q, esc,
docx_bytes, pdf_bytes, case) copied from heldout8/write_replies.py.

Run from the repository root: .venv/bin/python tests/data/replies/heldout13/write_replies.py
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
GT = "grants@grantbox.example"
CASES: dict[str, dict] = {}
N = 0


def case(fn, *, sender, client, style, answers, text=None, html_body=None, files=(),
         answers_file=None, x_mailer=None, asked=None, subject="Re: Application"):
    global N
    N += 1
    m = EmailMessage()
    m["From"] = sender
    m["To"] = PROGRAM
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 3, 10 + N // 10, 8, N, tzinfo=UTC))
    m["Message-ID"] = f"<heldout13-{N}@applicant.example>"
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
    entry: dict = {"client": client, "style": style, "answers": answers}
    if answers_file:
        entry["answers_file"] = answers_file
    if asked:
        entry["asked"] = asked
    CASES[fn] = entry


# ---------------------------------------------------------------- body -> client HTML helpers
def lines_html(body: str, line: str, blank: str) -> str:
    out = []
    for ln in body.split("\n"):
        out.append(line.format(esc(ln)) if ln.strip() else blank)
    return "".join(out)


def gmail(body, name, attr=None, app=False, template="questions", ids=None, sig_html=None):
    t, h = ours(name, template, ids)
    attr = attr or f"On Tue, Mar 10, 2026 at 9:14\u202fAM Grants Team <{GT}> wrote:"
    text = f"{body}\n\n{attr}\n\n{q(t)}\n"
    inner = lines_html(body, "<div>{}</div>", "<div><br></div>")
    if sig_html:
        inner += ('<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span>'
                  f'<br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">{sig_html}</div>')
    hattr = esc(attr).replace(f"&lt;{GT}&gt;", f'&lt;<a href="mailto:{GT}">{GT}</a>&gt;')
    d = "auto" if app else "ltr"
    hb = (f'<div dir="{d}">{inner}</div><br><div class="gmail_quote gmail_quote_container">'
          f'<div dir="ltr" class="gmail_attr">{hattr}<br></div>'
          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
          f'rgb(204,204,204);padding-left:1ex">{h}</blockquote></div>\n')
    return text, hb


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Aptos;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in;font-size:12.0pt;font-family:"Aptos",sans-serif;}\n'
                'span.EmailStyle19 {mso-style-type:personal-reply;font-family:"Aptos",sans-serif;color:windowtext;}\n'
                '.MsoChpDefault {mso-style-type:export-only;font-size:10.0pt;}\n'
                '@page WordSection1 {size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style></head>'
                '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
                '<div class="WordSection1">')


def mso(body):
    return lines_html(body, '<p class="MsoNormal">{}<o:p></o:p></p>',
                      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')


def outlook_desktop(body, name, to, hdr=None, template="questions", ids=None, extra_html=""):
    t, h = ours(name, template, ids)
    f, s, tt, sj = hdr or ("From:", "Sent:", "To:", "Subject:")
    sent = "Tuesday, March 10, 2026 9:14 AM" if not hdr else hdr[4] if len(hdr) > 4 else "Tuesday, March 10, 2026 9:14 AM"
    f, s, tt, sj = (hdr[:4] if hdr else (f, s, tt, sj))
    text = (f"{body}\n\n{f} Grants Team <{GT}>\n{s} {sent}\n{tt} {to}\n{sj} Re: Application\n\n{t}\n")
    hb = (OUTLOOK_HEAD + mso(body) + extra_html +
          '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
          '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
          f'<p class="MsoNormal"><b>{f}</b> Grants Team &lt;{GT}&gt; <br><b>{s}</b> {sent}<br>'
          f'<b>{tt}</b> {esc(to)}<br><b>{sj}</b> Re: Application<o:p></o:p></p></div>'
          f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{h}</div></body></html>\n')
    return text, hb


def owa(body, name, to, mobile=None, template="questions", ids=None, sig_html=""):
    """New Outlook / Outlook on the web / Outlook mobile: divRplyFwdMsg block under an <hr>."""
    t, h = ours(name, template, ids)
    sig_t = ""
    sig_h = ""
    if mobile:
        sig_t = f"\n\nGet Outlook for {mobile}<https://aka.ms/AAb9ysg>"
        sig_h = (f'<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr">Get '
                 f'<a href="https://aka.ms/AAb9ysg">Outlook for {mobile}</a></div>')
    text = (f"{body}{sig_t}\n________________________________\nFrom: Grants Team <{GT}>\n"
            f"Sent: Tuesday, March 10, 2026 9:14:12 AM\nTo: {to}\nSubject: Re: Application\n\n{t}\n")
    inner = lines_html(body, '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                       'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{}</div>',
                       '<div class="elementToProof" style="font-size: 12pt;"><br></div>')
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
          '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
          f'<body dir="ltr">{inner}{sig_h}{sig_html}<div id="appendonsend"></div>'
          '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
          '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Grants Team '
          f'&lt;{GT}&gt;<br><b>Sent:</b> Tuesday, March 10, 2026 9:14:12 AM<br><b>To:</b> {esc(to)}<br>'
          '<b>Subject:</b> Re: Application</font><div>&nbsp;</div></div><div>'
          f'{h}</div></body></html>\n')
    return text, hb


def outlook_mac(body, name, to):
    t, h = ours(name)
    text = (f"{body}\n\nFrom: Grants Team <{GT}>\nDate: Tuesday, 10 March 2026 at 09:14\n"
            f"To: {to}\nSubject: Re: Application\n\n{t}\n")
    inner = lines_html(body, '<p class="MsoNormal"><span style="font-size:11.0pt">{}<o:p></o:p></span></p>',
                       '<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>')
    hb = (OUTLOOK_HEAD.replace("Microsoft Word 15", "Microsoft Word 15 (filtered medium)") + inner +
          '<div id="mail-editor-reference-message-container"><div class="MsoNormal"><o:p>&nbsp;</o:p></div>'
          '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
          f'<p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;color:black">From: </span></b>'
          f'<span style="font-size:12.0pt;color:black">Grants Team &lt;{GT}&gt;<br><b>Date: </b>Tuesday, 10 March 2026 at 09:14<br>'
          f'<b>To: </b>{esc(to)}<br><b>Subject: </b>Re: Application<o:p></o:p></span></p></div>'
          f'{h}</div></div></body></html>\n')
    return text, hb


def apple(body, name, attr=None, iphone=False, template="questions", ids=None):
    t, h = ours(name, template, ids)
    if iphone:
        attr = attr or f"On Mar 10, 2026, at 9:14\u202fAM, Grants Team <{GT}> wrote:"
        text = f"{body}\n\n{q(attr)}\n>\n{q(t)}\n"
        inner = lines_html(body, '<div dir="ltr">{}</div>', '<div dir="ltr"><br></div>')
        hb = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
              f'<body dir="auto">{inner}<div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br>'
              f'</blockquote></div><blockquote type="cite"><div dir="ltr">{h}</div></blockquote></body></html>\n')
        return text, hb
    attr = attr or f"On 10 Mar 2026, at 09:14, Grants Team <{GT}> wrote:"
    text = f"{body}\n\n{attr}\n\n{q(t)}\n"
    inner = lines_html(body, "<div>{}</div>", "<div><br></div>")
    hb = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
          '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
          f'{inner}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
          f'<div><div>{h}</div></div></blockquote></div><br></body></html>\n')
    return text, hb


def sig_lines(s):
    return s


# ================================================================================= the cases
A = {
    "background": "I've been a backend engineer for 7 years, mostly Java and Go. Currently a senior engineer at Parcelwise (logistics), where I own the routing service - lots of graph problems, some integer programming with OR-Tools. Before that 3 years at a bank doing payment reconciliation.",
    "math": "Reasonably comfortable. I did a CS degree with two semesters of calculus and a probability course, and I've gone through the first half of Mathematics for Machine Learning (Deisenroth) this year. Multivariable chain rule and Jacobians are fine; I'd need to brush up on measure-theoretic probability and anything involving stochastic processes.",
    "study_plan": "Weeks 1-4: Sutton & Barto chapters 1-6 and 13 plus David Silver's lectures, implementing tabular methods and REINFORCE myself.\nWeeks 5-8: Spinning Up in Deep RL, implement DQN and PPO from scratch and compare against CleanRL on a few Atari and MuJoCo envs.\nWeeks 9-12: reproduce one paper end to end (thinking of the PPO implementation-details paper) and write it up as a blog post.",
    "commitment": "About 25 hours a week. I can start on April 1; my employer has agreed to a 4-day week for the three months.",
    "referral": "A colleague, Tomasz Wierzbicki, shared the link in our internal ML Slack channel. I don't know anyone on the team.",
    "afterwards": "Move into an applied RL / research engineer role, ideally on a team working on RL for operations problems.",
}
body = (f"Hi,\n\nThanks for getting back to me. Answers below:\n\n"
        f"1. {A['background']}\n\n2. {A['math']}\n\n3. {A['study_plan']}\n\n4. {A['commitment']}\n\n"
        f"5. {A['referral']}\n\n6. {A['afterwards']}\n\nBest,\nDaniel")
t, hb = gmail(body, "Daniel")
case("c01_gmail_web_numbered.eml", sender="Daniel Okafor-Reyes <daniel.okaforreyes@gmail.example>",
     client="Gmail web", style="top-posted '1.'..'6.' answers, multi-line plan, gmail_quote", answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c02 Gmail, pasted questions
A = {
    "background": "Data analyst for 4 years at an insurance company in Pune (SQL, Python, Tableau), mostly claims fraud dashboards and some logistic regression models. B.Tech in Electronics.",
    "math": "Probability I use every day at work so that is ok. Vector calculus I studied in engineering but it has been 8 years, I will need to revise gradients and Jacobians properly. I have started 3Blue1Brown and Khan Academy multivariable calculus.",
    "study_plan": "First month Andrew Ng's deep learning specialization to fill gaps, second month Hugging Face Deep RL course, third month a small project: training an agent for a warehouse picking simulation, because that is close to my domain.",
    "commitment": "20 hours per week (evenings and weekends). I can start from 15th April after my notice period.",
    "referral": "LinkedIn post. I do not know anyone involved.",
    "afterwards": "Get a job as ML engineer, maybe later a masters in Europe.",
}
body = "Dear Sir/Madam,\n\nPlease find my answers below.\n\n" + "\n\n".join(
    f"{i}. {NQ[i-1].text}\n{A[NQ[i-1].id]}" for i in range(1, 7)) + \
    "\n\nThanks and Regards,\nPriya Deshmukh\n+91 98220 41177"
t, hb = gmail(body, "Priya")
case("c02_gmail_web_pasted_questions.eml", sender="Priya Deshmukh <priya.deshmukh92@gmail.example>",
     client="Gmail web", style="each question pasted with its number, answer on the next line; Indian-English sign-off with phone",
     answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c03 Gmail Android, short
A = {
    "background": "Physics PhD (condensed matter, numerical simulations in C++ and Python), then 3 years as a quant developer at a small hedge fund in London.",
    "math": "Very comfortable.",
    "study_plan": "Sutton Barto + Spinning Up, then reproduce SAC and try it on a trading simulator I already have.",
    "commitment": "30h/week, can start any time from May.",
    "referral": "Twitter",
    "afterwards": "Research engineer at an AI lab",
}
body = (f"1) {A['background']}\n2) {A['math']}\n3) {A['study_plan']}\n4) {A['commitment']}\n"
        f"5) {A['referral']}\n6) {A['afterwards']}\n\nCheers\nMarek")
t, hb = gmail(body, "Marek", attr=f"On Tue, 10 Mar 2026, 09:14 Grants Team, <{GT}> wrote:", app=True)
case("c03_gmail_android_terse_paren.eml", sender="Marek Szymanski <marek.szym@gmail.example>",
     client="Gmail for Android", style="terse '1)' answers one line each, no greeting, dir=auto", answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c04 iPhone Mail, prose paras
A = {
    "background": "I'm a software engineer with about 5 years of experience, mostly frontend (React, TypeScript) at two startups in Austin, and the last year on the data platform team at a fintech, writing Airflow pipelines.",
    "math": "Honestly this is my weak spot. I took calc 1 and 2 in college but never multivariable, and my probability is at the level of a stats 101 course. I'd plan to spend the first few weeks on it.",
    "study_plan": "I'd start with the math (Khan Academy multivariable + Blitzstein's probability course), then fast.ai and the Hugging Face RL course, and finish by reproducing DQN on a couple of Atari games.",
    "commitment": "Around 15-20 hours a week since I'm keeping my job. I could start in May.",
    "afterwards": "I'd like to transition into an ML engineering role at my current company, which is starting an RL-based pricing project.",
}
body = (f"Hi there,\n\n{A['background']}\n\n{A['math']}\n\n{A['study_plan']}\n\n{A['commitment']}\n\n"
        f"{A['afterwards']}\n\nThanks!\nJess\n\nSent from my iPhone")
t, hb = apple(body, "Jessica", iphone=True)
case("c04_iphone_prose_paragraphs_skip5.eml", sender="Jessica Tran <jesstran@icloud.example>",
     client="iPhone Mail (iOS 18)", style="one unnumbered paragraph per question in order, skips optional q5 silently; 'Sent from my iPhone'",
     answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c05 Outlook desktop, labels
A = {
    "background": "12 years in software, currently Principal Engineer at Halvorsen Maritime Systems (Oslo), leading a team of 6 on vessel telemetry ingestion. Earlier: embedded C for engine controllers, and two years of Kalman-filter work for position estimation.",
    "math": "Good. Kalman filtering made me comfortable with linear algebra, Gaussian probability and some stochastic calculus. Policy-gradient derivations I can follow; I'd like to get more fluent with the variational side.",
    "study_plan": "Month 1: Sutton & Barto part I-II, Levine's CS285 lectures. Month 2: implement PPO/SAC in JAX. Month 3: apply model-based RL to a ship-routing simulator we have internally (open data only).",
    "commitment": "20 hours per week, start date 1 June 2026.",
    "referral": "Via the Nordic ML meetup newsletter. I know Ingrid Solberg, who mentioned she reviewed applications last year.",
    "afterwards": "A research role or an industrial PhD with a university partner.",
}
lab = ["Background", "Math", "Study plan", "Time commitment", "How you heard of us", "Afterwards"]
ids = [n.id for n in NQ]
body = ("Hello,\n\nThank you. Please see my answers:\n\n" +
        "\n\n".join(f"{lab[i]}: {A[ids[i]]}" for i in range(6)) +
        "\n\nKind regards,\n\nErik Lund\nPrincipal Engineer | Halvorsen Maritime Systems AS\n"
        "M: +47 912 34 567 | erik.lund@halvorsen-maritime.example\n\n"
        "This e-mail and any attachments are confidential and intended solely for the addressee. "
        "If you have received it in error, please notify the sender and delete it. Halvorsen Maritime "
        "Systems AS accepts no liability for any damage caused by this e-mail.")
t, hb = outlook_desktop(body, "Erik", "Erik Lund <erik.lund@halvorsen-maritime.example>")
case("c05_outlook_desktop_labels_legal_footer.eml", sender="Erik Lund <erik.lund@halvorsen-maritime.example>",
     client="Outlook 365 desktop (Word HTML), corporate Exchange", style="'Background:'-style labels from the email, title signature and confidentiality footer",
     answers=A, text=t, html_body=hb, x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------ c06 Outlook desktop inline blue
t0, h0 = ours("Amelia")
A = {
    "background": "Actuarial analyst, 6 years (pricing models for motor insurance, GLMs, R and Python).",
    "math": "Probability and statistics: very comfortable (actuarial exams). Vector calculus: rusty, would need to revise.",
    "study_plan": "Spinning Up in Deep RL and the CS285 lectures, then a project on RL for reserving decisions.",
    "commitment": "15 hours a week, from mid-April.",
    "afterwards": "Research role in a lab working on RL for finance/insurance.",
}
# Outlook desktop: answers typed into the quoted original in blue after each question.
blue = '<p class="MsoNormal"><span style="color:#0070C0">{}<o:p></o:p></span></p>'
hq = h0
for i in range(1, 7):
    idq = NQ[i - 1].id
    if idq in A:
        marker = f"<p><strong>{i}. {esc(NQ[i-1].text)}</strong>"
        k = hq.index(marker)
        end = hq.index("</p>", k) + 4
        hq = hq[:end] + blue.format(esc(A[idq])) + hq[end:]
text_q = t0
for i in range(6, 0, -1):
    idq = NQ[i - 1].id
    if idq in A:
        k = text_q.index(f"{i}. {NQ[i-1].text}")
        nxt = text_q.find("\n\n", k)
        text_q = text_q[:nxt] + "\n" + A[idq] + text_q[nxt:]
body = "Hi,\n\nPlease see my answers in blue below.\n\nBest wishes,\nAmelia"
t = (f"{body}\n\nFrom: Grants Team <{GT}>\nSent: Tuesday, March 10, 2026 9:14 AM\nTo: Amelia Hart "
     f"<a.hart@outlook.example>\nSubject: Re: Application\n\n{text_q}\n")
hb = (OUTLOOK_HEAD + mso(body) + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
      f'<p class="MsoNormal"><b>From:</b> Grants Team &lt;{GT}&gt; <br><b>Sent:</b> Tuesday, March 10, 2026 9:14 AM<br>'
      '<b>To:</b> Amelia Hart &lt;a.hart@outlook.example&gt;<br><b>Subject:</b> Re: Application<o:p></o:p></p></div>'
      f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{hq}</div></body></html>\n')
case("c06_outlook_desktop_inline_blue.eml", sender="Amelia Hart <a.hart@outlook.example>",
     client="Outlook 365 desktop (Word HTML)", style="'see my answers in blue below': answers in blue under each question of the unquoted original; q5 left blank",
     answers=A, text=t, html_body=hb, x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------ c07 new Outlook, Q1:
A = {
    "background": "Software engineer at a consultancy in Toronto, 3 years, mostly C# and Azure. Before that a BSc in Mathematics and Statistics at McMaster.",
    "math": "Comfortable, my degree covered vector calculus, real analysis and probability theory. I've forgotten some details but it comes back fast.",
    "study_plan": "I'd follow CS285 (Berkeley) week by week with the homeworks, and in parallel reproduce the results of 'Human-level control through deep reinforcement learning' on a smaller set of games.",
    "commitment": "Full time (40h) - I'm between jobs. I can start immediately.",
    "referral": "My former professor, Dr. Helen Marsh, forwarded me the call. I don't know anyone on the program side.",
    "afterwards": "Apply to PhD programs in RL for the fall 2027 intake.",
}
body = "Hi Grants Team,\n\n" + "\n\n".join(f"Q{i}: {A[ids[i-1]]}" for i in range(1, 7)) + "\n\nThank you,\nNoah Gagnon"
t, hb = owa(body, "Noah", "Noah Gagnon <noah.gagnon@outlook.example>")
case("c07_new_outlook_Q1_colon.eml", sender="Noah Gagnon <noah.gagnon@outlook.example>",
     client="new Outlook for Windows / OWA", style="'Q1:'..'Q6:' answers, divRplyFwdMsg header under <hr>", answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c08 Outlook for Android, partial
A = {
    "background": "ML engineer (computer vision) at Kobo Agritech in Nairobi, 2 years; before that Android developer for 3 years.",
    "math": "Fairly comfortable with probability, calculus is ok. I would revise the policy gradient theorem derivation.",
    "commitment": "20 hrs/week, could start 1st May.",
    "referral": "Deep Learning Indaba mailing list. I don't know anyone involved.",
}
body = (f"Hello,\n1. {A['background']}\n2. {A['math']}\n3. Will send my study plan later this week, still working on it.\n"
        f"4. {A['commitment']}\n5. {A['referral']}\n6. I will answer this together with 3.\n\nRegards,\nWanjiru")
t, hb = owa(body, "Wanjiru", "Wanjiru Kamau <wanjiru.kamau@outlook.example>", mobile="Android")
case("c08_outlook_android_partial_later.eml", sender="Wanjiru Kamau <wanjiru.kamau@outlook.example>",
     client="Outlook for Android", style="numbered, 3 and 6 are promises ('will send later'), 'Get Outlook for Android'",
     answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c09 Apple Mail macOS, German
A = {
    "background": "Ich bin seit 9 Jahren Softwareentwickler, zuletzt als Tech Lead bei einem Versicherungs-IT-Dienstleister in Köln (Java, Kotlin, Kafka). Studium: Diplom-Physik an der Universität Bonn.",
    "math": "Durch das Physikstudium bin ich mit Vektoranalysis und Wahrscheinlichkeitsrechnung gut vertraut. Etwas auffrischen müsste ich Stochastik im Sinne von Markov-Prozessen.",
    "study_plan": "Monat 1: Sutton & Barto und die Vorlesung von David Silver. Monat 2: eigene Implementierungen von DQN und PPO. Monat 3: ein Paper reproduzieren (z.B. Dreamer) und die Ergebnisse dokumentieren.",
    "commitment": "Ca. 20 Stunden pro Woche, Beginn ab 1. Mai möglich.",
    "referral": "Über einen Newsletter (The Batch). Ich kenne niemanden aus dem Programm.",
    "afterwards": "Wechsel in eine Forschungsrolle, eventuell eine Promotion in Tübingen.",
}
de = ["Hintergrund", "Mathematik", "Studienplan", "Zeit", "Quelle", "Danach"]
body = ("Hallo,\n\nvielen Dank für Ihre Nachricht. Hier meine Antworten (auf Deutsch, ich hoffe, das ist in Ordnung):\n\n" +
        "\n\n".join(f"{de[i]}: {A[ids[i]]}" for i in range(6)) +
        "\n\nViele Grüße\nStefan Brückner")
t, hb = apple(body, "Stefan", attr=f"Am 10.03.2026 um 09:14 schrieb Grants Team <{GT}>:")
case("c09_apple_mail_german_labels.eml", sender="Stefan Brückner <s.brueckner@web.example>",
     client="Apple Mail (macOS, German locale)", style="German reply with German labels (Hintergrund:, Mathematik:, ... Danach:)",
     answers=A, text=t, html_body=hb, x_mailer="Apple Mail (2.3826.400.131.1.6)")

# ------------------------------------------------------------------ c10 Gmail, Portuguese
A = {
    "background": "Sou engenheira de software há 6 anos, atualmente na Vértice Pagamentos em São Paulo, trabalhando com sistemas de detecção de fraude (Python, Spark). Mestrado em Estatística pela USP.",
    "math": "Bastante confortável com probabilidade por causa do mestrado. Cálculo vetorial eu preciso revisar um pouco.",
    "study_plan": "Primeiro mês: curso CS285 e o livro do Sutton & Barto. Segundo mês: implementar PPO e SAC. Terceiro mês: reproduzir um artigo de RL offline (CQL) com dados públicos.",
    "commitment": "25 horas por semana, posso começar em abril.",
    "referral": "Um amigo, Rafael Lima, que participou no ano passado.",
    "afterwards": "Quero fazer um doutorado em aprendizado por reforço.",
}
body = ("Olá,\n\nSegue minhas respostas:\n\n" + "\n\n".join(f"{i}. {A[ids[i-1]]}" for i in range(1, 7)) +
        "\n\nAbraços,\nCamila Rocha")
t, hb = gmail(body, "Camila", attr=f"Em ter., 10 de mar. de 2026 às 09:14, Grants Team <{GT}> escreveu:")
case("c10_gmail_portuguese_numbered.eml", sender="Camila Rocha <camila.rocha@gmail.example>",
     client="Gmail web (pt-BR)", style="Portuguese answers numbered '1.'; Portuguese attribution line", answers=A, text=t, html_body=hb)


def yahoo(body, name, android=False):
    t, h = ours(name)
    attr = f"On Tuesday, March 10, 2026 at 09:14:12 AM GMT+1, Grants Team <{GT}> wrote:"
    sig = "\n\nSent from Yahoo Mail on Android" if android else ""
    text = f"{body}{sig}\n\n   {attr}\n\n{t}\n"
    inner = lines_html(body, "<div dir=\"ltr\" data-setdir=\"false\">{}</div>", "<div dir=\"ltr\" data-setdir=\"false\"><br></div>")
    if android:
        inner += ('<div id="ymail_android_signature"> <a id="ymail_android_signature_link" '
                  'href="https://mail.onelink.me/107872968?pid=nativeplacement">Sent from Yahoo Mail on Android</a></div>')
    hb = ('<html><head></head><body><div class="ydp4f1c2a9dyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
          f'Arial, sans-serif;font-size:13px;">{inner}<div><br></div></div><div id="yahoo_quoted_8811203344" class="yahoo_quoted">'
          '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
          f'<div>On Tuesday, March 10, 2026 at 09:14:12 AM GMT+1, Grants Team &lt;{GT}&gt; wrote:</div><div><br></div>'
          f'<div><br></div><div><div id="yiv0923847561">{h}</div></div></div></div></body></html>\n')
    return text, hb


def proton(body, name):
    t, h = ours(name)
    attr = f"On Tuesday, March 10th, 2026 at 9:14 AM, Grants Team <{GT}> wrote:"
    text = f"{body}\n\n\n{attr}\n\n{q(t)}\n"
    inner = lines_html(body, "<div>{}</div>", "<div><br></div>")
    hb = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + inner + '</div>'
          '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
          '<div class="protonmail_signature_block protonmail_signature_block-empty" style="font-family: Arial, sans-serif; '
          'font-size: 14px;"><div class="protonmail_signature_block-user protonmail_signature_block-empty"></div>'
          '<div class="protonmail_signature_block-proton protonmail_signature_block-empty"></div></div>'
          '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">'
          f'{esc(attr)}<br><br><blockquote class="protonmail_quote" type="cite">{h}</blockquote><br></div>\n')
    return text, hb


# ------------------------------------------------------------------ c11 Yahoo, Nigeria
A = {
    "background": "I hold a B.Sc in Computer Science from University of Ibadan and have worked for 5 years as a software developer. Currently I am a backend developer at a fintech in Lagos (Node.js, PostgreSQL), building loan disbursement and credit scoring services.\n\nI also did some Kaggle competitions in my free time and built a small recommender system for an e-commerce client.",
    "math": "I am comfortable with probability and statistics. For vector calculus I know the basics (partial derivatives, gradients) but I will need to practice more with matrix calculus.",
    "study_plan": "I will use the first 4 weeks for deep learning fundamentals (PyTorch, backprop), weeks 5 to 8 for RL theory with Sutton and Barto and the Hugging Face course, and the last 4 weeks to build an agent for a credit limit decision simulation and write a report.",
    "commitment": "I can commit 25 hours per week. I can start on 1st April 2026.",
    "referral": "I saw it on the Data Science Nigeria community WhatsApp group. I don't know anybody involved.",
    "afterwards": "I hope to get a research engineer role and later do a PhD abroad.",
}
body = ("Good day,\n\nThank you for considering my application. Below are my answers to the questions.\n\n" +
        "\n\n".join(f"{i}. {A[ids[i-1]]}" for i in range(1, 7)) +
        "\n\nThank you.\n\nYours faithfully,\nChukwuemeka Nwosu")
t, hb = yahoo(body, "Chukwuemeka")
case("c11_yahoo_web_numbered_multipara.eml", sender="Chukwuemeka Nwosu <emeka.nwosu@yahoo.example>",
     client="Yahoo Mail web", style="numbered, answer 1 in two paragraphs, formal Nigerian-English greeting/closing, yahoo_quoted",
     answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c12 Proton, bullets inside answer
A = {
    "background": "Security engineer, 8 years (pentesting, then building detection pipelines in Rust/Python at a SaaS company). Self-taught ML over the last two years: fast.ai, Karpathy's Zero to Hero.",
    "math": "Probability: decent. Calculus: I can differentiate anything, but vector calculus proofs are not my strength. I would brush up with the Matrix Cookbook and Mathematics for ML.",
    "study_plan": "- weeks 1-3: Sutton & Barto ch. 1-9, exercises in numpy\n- weeks 4-6: DQN, A2C, PPO from scratch, check against CleanRL\n- weeks 7-10: RL for adversarial settings (attacker/defender games), replicate one paper\n- weeks 11-12: write-up and open-source the code",
    "commitment": "30h/week. Start: 4 May.",
    "referral": "Hacker News thread. No one.",
    "afterwards": "Independent research on RL for security, maybe joining an AI safety org.",
}
body = "Hi,\n\n" + "\n\n".join(f"{i}. {A[ids[i-1]]}" for i in range(1, 7)) + "\n\n-- \nLeon"
t, hb = proton(body, "Leon")
case("c12_proton_numbered_with_bullet_plan.eml", sender="leon.v <leon.v@proton.example>",
     client="Proton Mail web", style="numbered; the study plan is a '-' bullet list; protonmail_quote blockquote",
     answers=A, text=t, html_body=hb)

def interleave(t0: str, A: dict) -> str:
    """The original quoted with '> ' (blank lines as '>'), each answer typed under its question."""
    chunks: list[tuple[bool, str]] = []
    for p in t0.split("\n\n"):
        chunks.append((True, q(p)))
        for i in range(1, 7):
            if p.startswith(f"{i}. ") and ids[i - 1] in A:
                chunks.append((False, A[ids[i - 1]]))
    out = chunks[0][1]
    for (prev_q, _), (is_q, txt) in zip(chunks, chunks[1:]):
        out += ("\n>\n" if prev_q and is_q else "\n\n") + txt
    return out


# ------------------------------------------------------------------ c13 Thunderbird, interleaved under > quotes
t0, _ = ours("Sanne")
A = {
    "background": "I'm a computational chemist (PhD Utrecht, 2019), currently a scientist at a Dutch materials start-up, doing DFT and molecular dynamics, and for the last two years graph neural networks for property prediction.",
    "math": "Comfortable. Lots of linear algebra and statistical mechanics in my work; RL-specific probability (MDPs, martingales) would be new.",
    "study_plan": "CS285 lectures and homeworks for the first 8 weeks, then 4 weeks reproducing a paper on RL for molecular design (e.g. REINVENT-style policy gradient).",
    "commitment": "16 hours a week (two full days), starting in June.",
    "afterwards": "Lead RL-based molecule generation work at my company, or a research position.",
}
body = interleave(t0, A)
t = (f"On 10-03-2026 09:14, Grants Team wrote:\n{body}\n\nGroeten,\nSanne\n\n-- \nDr. Sanne de Vries\nSenior Scientist, Kristalyx B.V.\n")
case("c13_thunderbird_plain_interleaved.eml", sender="Sanne de Vries <sanne@kristalyx.example>",
     client="Thunderbird (plain text)", style="bottom/interleaved: answers under each '> ' quoted question, q5 left empty, '-- ' signature",
     answers=A, text=t, x_mailer="Mozilla Thunderbird")

# ------------------------------------------------------------------ c14 Roundcube, Spanish '1.-'
A = {
    "background": "Soy investigador postdoctoral en física computacional en la Universidad de Granada (4 años), con experiencia en simulaciones Monte Carlo en C++ y Python, y antes trabajé 2 años como desarrollador en una consultora.",
    "math": "Muy cómodo con probabilidad y cálculo vectorial por mi formación en física.",
    "study_plan": "Seguir el curso CS285 de Berkeley y el libro de Sutton y Barto durante los dos primeros meses, implementando los algoritmos principales, y en el tercer mes aplicar RL al control de un experimento simulado de mi grupo.",
    "commitment": "Unas 20 horas semanales. Podría empezar en junio, cuando termine mi contrato actual.",
    "referral": "Me lo recomendó un compañero de departamento. No conozco a nadie del programa.",
    "afterwards": "Pasar a la industria como research engineer o seguir en la academia en un grupo de ML.",
}
body = ("Hola,\n\nMuchas gracias. Contesto en español, espero que no sea un problema:\n\n" +
        "\n\n".join(f"{i}.- {A[ids[i-1]]}" for i in range(1, 7)) + "\n\nUn saludo,\nJavier Morales Ortega\nDpto. de Física Atómica, Molecular y Nuclear")
t0, h0 = ours("Javier")
attr = "El 10/03/2026 09:14, Grants Team escribió:"
t = f"{body}\n\n{attr}\n{q(t0)}\n"
hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
      '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n' +
      lines_html(body.split("\n\nUn saludo,")[0], "<p>{}</p>", "") +
      '<div id="signature"><div class="pre" style="margin: 0; padding: 0; font-family: monospace">Un saludo,<br />Javier Morales Ortega<br />'
      'Dpto. de Física Atómica, Molecular y Nuclear</div></div>\n'
      f'<p>{attr}</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">{h0}</blockquote>\n</body></html>\n')
case("c14_roundcube_spanish_dot_dash.eml", sender="Javier Morales Ortega <jmorales@ugr.example>",
     client="Roundcube (university webmail)", style="Spanish answers numbered '1.-'..'6.-', div#signature, blockquote type=cite",
     answers=A, text=t, html_body=hb, x_mailer="Roundcube Webmail/1.6.9")

# ------------------------------------------------------------------ c15 Zimbra, French labels with ' :'
A = {
    "background": "Ingénieure de recherche au CNRS depuis 6 ans, je développe des outils d'analyse de données pour un laboratoire d'écologie (R, Python, statistiques bayésiennes). Auparavant, 2 ans de développement web.",
    "math": "À l'aise avec les probabilités (modèles bayésiens au quotidien). Le calcul vectoriel est plus lointain, je devrais le revoir.",
    "study_plan": "Suivre le cours de David Silver et le livre de Sutton & Barto, puis reproduire un article sur l'apprentissage par renforcement appliqué à la gestion adaptative des ressources naturelles.",
    "commitment": "Environ 15 heures par semaine, à partir de septembre.",
    "referral": "Par une collègue du laboratoire. Je ne connais personne dans le programme.",
    "afterwards": "Intégrer une équipe de recherche en IA pour l'environnement.",
}
fr = ["Parcours", "Mathématiques", "Plan d'études", "Disponibilité", "Référence", "Après"]
body = ("Bonjour,\n\nVoici mes réponses :\n\n" + "\n\n".join(f"{fr[i]} : {A[ids[i]]}" for i in range(6)) +
        "\n\nBien cordialement,\n\nClaire Fontaine\nIngénieure de recherche - UMR 5175\nTél. : +33 4 67 00 00 00")
t0, h0 = ours("Claire")
t = (f"{body}\n\n----- Mail original -----\nDe: \"Grants Team\" <{GT}>\nÀ: \"Claire Fontaine\" <claire.fontaine@cnrs.example>\n"
     f"Envoyé: Mardi 10 Mars 2026 09:14:12\nObjet: Re: Application\n\n{t0}\n")
hb = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' +
      lines_html(body, "<div>{}</div>", "<div><br data-mce-bogus=\"1\"></div>") +
      '<br><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>De: </b>"Grants Team" '
      f'&lt;{GT}&gt;<br><b>À: </b>"Claire Fontaine" &lt;claire.fontaine@cnrs.example&gt;<br><b>Envoyé: </b>Mardi 10 Mars 2026 09:14:12<br>'
      f'<b>Objet: </b>Re: Application<br></div><br><div data-marker="__QUOTED_TEXT__">{h0}</div></div></body></html>\n')
case("c15_zimbra_french_labels.eml", sender="Claire Fontaine <claire.fontaine@cnrs.example>",
     client="Zimbra (research institute webmail, fr)", style="French reply with French labels and French ' :' spacing; Zimbra '----- Mail original -----'",
     answers=A, text=t, html_body=hb, x_mailer="Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF120 (Linux)/10.0.8_GA_4611)")

# ------------------------------------------------------------------ c16 SquirrelMail, answers under quoted questions
t0, _ = ours("Robert")
A = {
    "background": "Retired from 30 years in seismic data processing for an oil services company (Fortran, then C++ and Python). Signal processing, inverse problems, large-scale linear algebra.",
    "math": "Vector calculus is second nature. Probability is fine though I learned it the old way.",
    "study_plan": "Sutton & Barto cover to cover, with exercises, and the Spinning Up implementations. Maybe a small project on RL for adaptive filtering.",
    "commitment": "As many as needed - I am retired. 30 a week easily, from next month.",
    "referral": "My nephew sent me the link.",
    "afterwards": "Keep doing independent research and perhaps mentor others.",
}
t = ("Hello,\n\nMy answers are below each question.\n\nOn Tue, March 10, 2026 9:14 am, Grants Team wrote:\n" +
     interleave(t0, A) + "\n\nRegards,\nRobert Ellison\n")
case("c16_squirrelmail_answers_under_quotes.eml", sender="Robert Ellison <rellison@uwaterloo-alumni.example>",
     client="SquirrelMail 1.4 (alumni webmail, plain text)", style="'answers are below each question': plain answers after each '> '-quoted question",
     answers=A, text=t, x_mailer="SquirrelMail/1.4.22")

# ------------------------------------------------------------------ c17 reply to "we still need", Gmail
A = {
    "math": "I'm fine with probability (I teach a stats module), vector calculus I'd need to revisit - probably two weeks with a textbook.",
    "afterwards": "I'd like to apply for research engineer roles, or possibly a part-time PhD.",
}
body = f"Hi,\n\nSorry I missed these!\n\n2. {A['math']}\n\n6. {A['afterwards']}\n\nThanks,\nOlusegun"
t, hb = gmail(body, "Olusegun", template="missing_answers", ids=["math", "afterwards"],
              attr=f"On Thu, Mar 12, 2026 at 4:02\u202fPM Grants Team <{GT}> wrote:")
case("c17_gmail_missing_numbered.eml", sender="Olusegun Adebayo <olusegun.adebayo@gmail.example>",
     client="Gmail web", style="reply to the 'we still need' email (2 and 6), answered by the email's numbers",
     answers=A, text=t, html_body=hb, asked=["math", "afterwards"])

# ------------------------------------------------------------------ c18 missing, Outlook desktop, bare sentence
A = {"commitment": "I can do 20 hours per week and start on 4 May 2026."}
body = ("Hello,\n\nApologies, I must have skipped that one. I can do 20 hours per week and start on 4 May 2026.\n\n"
        "Best regards,\nMarta Kowalczyk\nSenior Data Analyst | Nordvik Retail Group\nTel. +48 22 555 01 23")
t, hb = outlook_desktop(body, "Marta", "Marta Kowalczyk <marta.kowalczyk@nordvik.example>",
                        template="missing_answers", ids=["commitment"])
case("c18_outlook_missing_one_bare_sentence.eml", sender="Marta Kowalczyk <marta.kowalczyk@nordvik.example>",
     client="Outlook 365 desktop (Word HTML)", style="reply to 'we still need' (question 4 only): the answer is a bare sentence after an apology",
     answers=A, text=t, html_body=hb, asked=["commitment"], x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------ c19 missing, iPhone, '3 -'
A = {
    "study_plan": "Weeks 1-6 the Hugging Face Deep RL course plus Sutton & Barto, weeks 7-12 reproduce PPO on Procgen and write it up.",
    "referral": "My friend Ana Ruiz told me about it, she is a past grantee.",
}
body = f"3 - {A['study_plan']}\n5 - {A['referral']}\n\nSent from my iPhone"
t, hb = apple(body, "Diego", iphone=True, template="missing_answers", ids=["study_plan", "referral"],
              attr=f"On Mar 12, 2026, at 4:02\u202fPM, Grants Team <{GT}> wrote:")
case("c19_iphone_missing_dash_numbers.eml", sender="Diego Hernández <diegohdz@icloud.example>",
     client="iPhone Mail", style="reply to 'we still need' (3 and 5) from a phone: '3 - ...', '5 - ...'",
     answers=A, text=t, html_body=hb, asked=["study_plan", "referral"])

# ------------------------------------------------------------------ c20 answers in .docx (Gmail)
A = {
    "background": "Software engineer for 4 years at a healthcare IT company in Dublin (Python, Django, some Scala). I built the data pipeline for a hospital bed-occupancy forecasting tool.",
    "math": "I'm fairly comfortable: I did Maths & Physics as an undergraduate. I'd want to refresh probability theory, especially conditional expectations.",
    "study_plan": "Month one: CS285 lectures and Sutton & Barto. Month two: implement DQN, PPO and SAC. Month three: apply offline RL to a public ICU treatment dataset (MIMIC-style, with proper access) and write a report.",
    "commitment": "20-25 hours per week; I could start on 20 April.",
    "referral": "I heard about it on a podcast. I don't know anyone involved.",
    "afterwards": "Work on RL for healthcare decision support, ideally in a research group.",
}
paras = [("Follow-up questions - Aoife Byrne", True)]
for i in range(1, 7):
    paras += [(f"{i}. {NQ[i-1].text}", True), (A[ids[i-1]], False)]
dx = docx_bytes(paras)
body = "Hi,\n\nPlease find my answers attached.\n\nKind regards,\nAoife"
t, hb = gmail(body, "Aoife")
case("c20_gmail_answers_in_docx.eml", sender="Aoife Byrne <aoife.byrne@gmail.example>",
     client="Gmail web", style="'Please find my answers attached': .docx with bold questions and plain answers",
     answers=A, text=t, html_body=hb, answers_file="Aoife_Byrne_answers.docx",
     files=[("Aoife_Byrne_answers.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", dx)])

# ------------------------------------------------------------------ c21 answers in PDF + CV again (Outlook Mac)
A = {
    "background": "Biostatistician, 10 years: clinical trial design and analysis at a CRO in Boston, then 3 years building Bayesian adaptive trial software in Python and Stan.",
    "math": "Probability and statistics are my core expertise. Vector calculus I use less often, but I am comfortable with gradients and Hessians from optimization work.",
    "study_plan": "I would follow David Silver's course and Sutton & Barto for the foundations (weeks 1-4), implement bandit and policy gradient methods (weeks 5-8), and reproduce a paper on RL for adaptive dosing (weeks 9-12).",
    "commitment": "About 20 hours per week, starting 1 May 2026.",
    "referral": "A former colleague, Dr. Priscilla Adeyemi, who was a mentor in the program.",
    "afterwards": "Lead an RL-for-trials effort at a pharma company or return to academia.",
}
rows = "".join(f"<h3>{i}. {esc(NQ[i-1].text)}</h3><p>{esc(A[ids[i-1]])}</p>" for i in range(1, 7))
pdf = pdf_bytes(f"<html><body style='font-family:Georgia,serif'><h2>Rebecca Goldstein - answers to follow-up questions</h2>{rows}</body></html>")
cv = pdf_bytes("<html><body><h1>Rebecca Goldstein</h1><p>Biostatistician. Boston, MA.</p><h2>Experience</h2>"
               "<p>2016-2023 Senior Biostatistician, Meridian Clinical Research</p><p>2023- Lead Statistical Engineer, Adaptiva Trials</p>"
               "<h2>Education</h2><p>PhD Biostatistics, 2016</p></body></html>")
body = ("Dear Grants Team,\n\nThank you for your email. I have attached my answers as a PDF, along with an updated copy of my CV "
        "(the one I submitted had an old phone number).\n\nBest,\nRebecca\n\nRebecca Goldstein, PhD\nLead Statistical Engineer\nAdaptiva Trials")
t, hb = outlook_mac(body, "Rebecca", "Rebecca Goldstein <rgoldstein@adaptiva.example>")
case("c21_outlook_mac_answers_pdf_plus_cv.eml", sender="Rebecca Goldstein <rgoldstein@adaptiva.example>",
     client="Outlook for Mac", style="answers in an attached PDF (Chromium), an updated CV attached beside it",
     answers=A, text=t, html_body=hb, answers_file="Goldstein_followup_answers.pdf",
     files=[("Goldstein_followup_answers.pdf", "application/pdf", pdf), ("Rebecca_Goldstein_CV_2026.pdf", "application/pdf", cv)],
     x_mailer="Microsoft Outlook 16.95")

# ------------------------------------------------------------------ c22 Gmail iOS, '-' bullets in order
A = {
    "background": "I work as a data engineer in Ho Chi Minh City for 3 years, at an e-commerce company, build ETL on Spark and some recommendation models.",
    "math": "I studied math in university so probability and calculus is ok for me, but I need review the vector calculus part.",
    "study_plan": "I will learn from Hugging Face Deep RL course and Sutton Barto book, after that I make a project with RL for recommendation.",
    "commitment": "Around 20 hours each week, I can start from April.",
    "referral": "From my friend in Facebook group 'Machine Learning cho mọi người'. I don't know anyone in the program.",
    "afterwards": "I want to become ML researcher in a company.",
}
body = "Dear team,\n\nThis is my answers:\n\n" + "\n".join(f"- {A[k]}" for k in ids) + "\n\nThank you very much,\nNguyen Thi Lan"
t, hb = gmail(body, "Lan", app=True, attr=f"Vào Th 3, 10 thg 3, 2026 vào lúc 09:14 Grants Team <{GT}> đã viết:")
case("c22_gmail_ios_dash_bullets_vietnamese_attr.eml", sender="Nguyen Thi Lan <lan.nguyenthi@gmail.example>",
     client="Gmail for iOS (Vietnamese locale)", style="six unnumbered '- ' bullets in question order, non-native English, Vietnamese attribution",
     answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c23 Outlook Mac, number alone then paragraphs
A = {
    "background": "I'm a neuroscientist by training (PhD, UCSD 2018) and spent five years as a research scientist studying decision making in rodents, which involved a lot of reinforcement-learning models of behaviour fitted in Python and MATLAB.\n\nSince 2023 I've been a data scientist at a health-tech startup in San Diego, working on time-series models for wearable data.",
    "math": "I'm comfortable with probability and Bayesian inference. My vector calculus is serviceable but I would want to work through the policy gradient derivations carefully.",
    "study_plan": "My plan is to split the three months into foundations, implementation and a project.\n\nFoundations (weeks 1-4): Sutton & Barto and CS285. Implementation (weeks 5-8): write DQN, PPO and SAC myself. Project (weeks 9-12): compare deep RL agents with the rodent behavioural data from my old lab's public dataset.",
    "commitment": "15 hours a week; I could start in mid-May.",
    "referral": "Through the Computational Cognitive Neuroscience conference Slack. I don't know anyone involved.",
    "afterwards": "A research scientist role at the intersection of RL and neuroscience.",
}
body = "Hi,\n\nThanks for the questions, answers below.\n\n" + "\n\n".join(f"{i}.\n{A[ids[i-1]]}" for i in range(1, 7)) + "\n\nBest,\nMaya Feldman"
t, hb = outlook_mac(body, "Maya", "Maya Feldman <maya.feldman@outlook.example>")
case("c23_outlook_mac_number_line_multipara.eml", sender="Maya Feldman <maya.feldman@outlook.example>",
     client="Outlook for Mac", style="each number alone on its line, then multi-paragraph answers", answers=A, text=t, html_body=hb,
     x_mailer="Microsoft Outlook 16.95")

# ------------------------------------------------------------------ c24 Gmail, bold short headings
A = {
    "background": "PhD student (4th year) in Operations Research at Georgia Tech, working on stochastic optimization for power grids. Before that, 2 years as a software engineer at an internet company in Hangzhou.",
    "math": "Very comfortable; my research uses stochastic processes and convex analysis daily.",
    "study_plan": "Weeks 1-4 CS285 lectures and homework; weeks 5-12 a project comparing deep RL and stochastic programming for unit commitment.",
    "commitment": "15 hours per week during the semester, full time in summer. Start in May.",
    "referral": "My labmate. I don't know anyone on the team.",
    "afterwards": "Industry research scientist in energy systems.",
}
heads = ["Background", "Math", "Study plan", "Hours / start", "Referral", "After the grant"]
body = "Hello,\n\n" + "\n\n".join(f"*{heads[i]}*\n{A[ids[i]]}" for i in range(6)) + "\n\nBest regards,\nWei Zhang"
t, _ = gmail(body, "Wei")
inner = "<div>Hello,</div><div><br></div>" + "".join(
    f"<div><b>{heads[i]}</b></div><div>{esc(A[ids[i]])}</div><div><br></div>" for i in range(6)) + "<div>Best regards,</div><div>Wei Zhang</div>"
_, hfull = gmail("x", "Wei")
hb = hfull.replace('<div dir="ltr"><div>x</div></div>', f'<div dir="ltr">{inner}</div>', 1)
case("c24_gmail_bold_headings.eml", sender="Wei Zhang <wzhang.gt@gmail.example>",
     client="Gmail web", style="bold headings of their own wording on their own line (Gmail text part shows *Heading*), answer below",
     answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c25 Outlook desktop, India IT, 'Ans:' under pasted questions
A = {
    "background": "I am working as Technical Lead in Infosphere Technologies, Bengaluru with 9+ years of experience in Java, Spring Boot and microservices for banking clients. Since 2 years I am also part of the AI CoE where I built document classification models.",
    "math": "I am comfortable with probability and linear algebra. Vector calculus I need to brush up.",
    "study_plan": "Month 1 - Deep learning basics and PyTorch. Month 2 - RL algorithms (DQN, PPO) using Sutton & Barto and Spinning Up. Month 3 - Project on RL for job scheduling in batch systems.",
    "commitment": "15-20 hours per week. I can start from 1st May 2026.",
    "referral": "Through my colleague Mr. Ramesh Iyer. I do not know anyone from the program.",
    "afterwards": "I want to move to an Applied Scientist role.",
}
body = ("Hi Team,\n\nPlease find below my responses.\n\n" +
        "\n\n".join(f"Q{i}. {NQ[i-1].text}\nAns: {A[ids[i-1]]}" for i in range(1, 7)) +
        "\n\nThanks & Regards,\nVenkatesh Subramanian\nTechnical Lead | Infosphere Technologies Ltd.\nMobile: +91-98450 12345\n\n"
        "Please consider the environment before printing this email.\n\n"
        "DISCLAIMER: The information transmitted is intended only for the person or entity to which it is addressed and may "
        "contain confidential and/or privileged material. Any review, re-transmission, dissemination or other use of this "
        "information by persons other than the intended recipient is prohibited.")
t, hb = outlook_desktop(body, "Venkatesh", "Venkatesh Subramanian <venkatesh.s@infosphere.example>")
case("c25_outlook_exchange_Q_and_Ans.eml", sender="Venkatesh Subramanian <venkatesh.s@infosphere.example>",
     client="Outlook desktop on corporate Exchange", style="pasted 'Q1. <question>' then 'Ans: ...', environment line and DISCLAIMER footer",
     answers=A, text=t, html_body=hb, x_mailer="Microsoft Outlook 16.0")

# ------------------------------------------------------------------ c26 Gmail, Turkish attribution, '1-'
A = {
    "background": "Control systems engineer, 6 years at an automotive supplier in Bursa (MATLAB/Simulink, embedded C), working on adaptive cruise control. MSc in Mechatronics.",
    "math": "Comfortable - optimal control and Kalman filters are my daily work.",
    "study_plan": "Sutton & Barto and CS285 first, then reproduce model-based RL (PETS, MBPO) on vehicle dynamics simulations.",
    "commitment": "20 hours/week, from April.",
    "referral": "A LinkedIn post by a former university classmate.",
    "afterwards": "Move to an RL research team in autonomous driving.",
}
body = "Hello,\n\n" + "\n".join(f"{i}- {A[ids[i-1]]}" for i in range(1, 7)) + "\n\nBest regards,\nEmre Yıldız"
t, hb = gmail(body, "Emre", attr=f"Grants Team <{GT}>, 10 Mar 2026 Sal, 09:14 tarihinde şunu yazdı:")
case("c26_gmail_turkish_attr_dash_numbers.eml", sender="Emre Yıldız <emre.yildiz@gmail.example>",
     client="Gmail web (Turkish locale)", style="'1-'..'6-' answers on consecutive lines, Turkish attribution", answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c27 Outlook.com web, 'Answer:' under pasted questions, Egypt
A = {
    "background": "Software engineer for 5 years in Cairo, currently at a mobile games studio working on the game server and matchmaking (C#, Go). I also built simple game AI bots with behaviour trees.",
    "math": "I studied calculus and probability in my Computer Engineering degree at Ain Shams. I'm ok with probability, but I will need to review multivariable calculus.",
    "study_plan": "I want to focus on RL for games: first the Hugging Face Deep RL course and Sutton & Barto, then train agents with self-play in a simple card game and compare PPO with AlphaZero-style MCTS.",
    "commitment": "25 hours/week. I can start right after Eid, around 1 April.",
    "referral": "From a post in the Egypt ML Facebook community. I don't know anyone in the program.",
    "afterwards": "Join a game AI research team or build my own game AI startup.",
}
body = ("Hello,\n\n" + "\n\n".join(f"{NQ[i-1].text}\nAnswer: {A[ids[i-1]]}" for i in range(1, 7)) +
        "\n\nBest regards,\nAhmed Mostafa")
t, hb = owa(body, "Ahmed", "Ahmed Mostafa <ahmed.mostafa@outlook.example>")
case("c27_outlook_web_answer_label.eml", sender="Ahmed Mostafa <ahmed.mostafa@outlook.example>",
     client="Outlook.com web", style="questions pasted without numbers, each followed by 'Answer: ...'", answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c28 Apple Mail, chatty intro + numbered + CV again + PS
A = {
    "background": "I've spent 8 years as a software engineer in Melbourne, the last 4 at a mining-tech company building scheduling software for haul trucks (Python, C++, some OR). Before that a games company.",
    "math": "I'm okay with calculus and linear algebra; probability is the weaker side, I'd revisit it with Blitzstein & Hwang.",
    "study_plan": "CS285 lectures plus homeworks for eight weeks, then a four-week project applying PPO to a haul-truck dispatch simulator.",
    "commitment": "20 hours per week, starting mid-April.",
    "referral": "Saw it on the Sydney ML meetup mailing list. I know Liam Carter, who I think is a mentor.",
    "afterwards": "An applied RL role, possibly staying in the mining sector.",
}
body = ("Hi team,\n\nThanks for the quick reply - really excited about this. I've had a go at the questions below, happy to expand on anything.\n\n" +
        "\n\n".join(f"{i}. {A[ids[i-1]]}" for i in range(1, 7)) +
        "\n\nCheers,\nTom\n\nP.S. I've attached my CV again as the version I sent had an old phone number.")
cv = pdf_bytes("<html><body><h1>Tom Whitfield</h1><p>Software engineer, Melbourne.</p><h2>Experience</h2>"
               "<p>2022- Senior Software Engineer, OreFlow</p><p>2018-2022 Software Engineer, Kestrel Games</p></body></html>")
t, hb = apple(body, "Tom")
case("c28_apple_mail_chatty_numbered_cv_again.eml", sender="Tom Whitfield <tom.whitfield@icloud.example>",
     client="Apple Mail (macOS)", style="chatty intro, numbered answers, P.S. about a CV attached again (PDF)",
     answers=A, text=t, html_body=hb, files=[("Tom_Whitfield_CV.pdf", "application/pdf", cv)],
     x_mailer="Apple Mail (2.3826.400.131.1.6)")

# ------------------------------------------------------------------ c29 Yahoo Android, Pakistan, terse numbered
A = {
    "background": "Software Engineer 3 years in Lahore, Python Django backend, also did ML projects for university FYP (object detection).",
    "math": "Good in probability, average in vector calculus.",
    "study_plan": "Hugging Face RL course, Sutton Barto book, and then replicate DQN paper.",
    "commitment": "30 hours per week, can start immediately.",
    "referral": "From a friend. No.",
    "afterwards": "Want to do MS/PhD in RL.",
}
body = "AoA,\n\n" + "\n".join(f"{i}. {A[ids[i-1]]}" for i in range(1, 7)) + "\n\nRegards\nUsman"
t, hb = yahoo(body, "Usman", android=True)
case("c29_yahoo_android_terse.eml", sender="Usman Tariq <usman.tariq@yahoo.example>",
     client="Yahoo Mail for Android", style="terse numbered lines, 'AoA' greeting, 'Sent from Yahoo Mail on Android'", answers=A, text=t, html_body=hb)

# ------------------------------------------------------------------ c30 missing (3 questions), Outlook for iOS, Spanish/English mix
A = {
    "background": "Soy ingeniera de datos en Guadalajara, 4 años en una empresa de retail (Python, dbt, BigQuery). Before that I did a master's in applied math.",
    "math": "Cómoda con probabilidad y cálculo, I'd review some measure theory.",
    "study_plan": "CS285 + Sutton & Barto (8 semanas) y luego un proyecto de RL para inventarios (4 semanas).",
}
body = (f"Hola! Perdón por la demora.\n\n1. {A['background']}\n2. {A['math']}\n3. {A['study_plan']}\n\nSaludos,\nFernanda")
t, hb = owa(body, "Fernanda", "Fernanda Ríos <fer.rios@outlook.example>", mobile="iOS",
            template="missing_answers", ids=["background", "math", "study_plan"])
case("c30_outlook_ios_missing_three_spanglish.eml", sender="Fernanda Ríos <fer.rios@outlook.example>",
     client="Outlook for iOS", style="reply to 'we still need' (1-3) in mixed Spanish/English, numbered, 'Get Outlook for iOS'",
     answers=A, text=t, html_body=hb, asked=["background", "math", "study_plan"])


(HERE / "expected.json").write_text(
    json.dumps(
        {"_about": "Fifth realistic cohort (heldout13): whole replies from one imagined round of a small ML retraining grant, "
                   "written blind (neither the parser, its tests nor earlier sets' texts read), every expected answer decided "
                   "before anything was run.",
         "cases": CASES},
        indent=1, ensure_ascii=False,
    ) + "\n",
    encoding="utf-8",
)  # fmt: skip
print(f"wrote {len(CASES)} replies to {HERE}")
