"""Writes heldout14/: a blind, realistic cohort of whole replies (.eml) to our questions email
(and to the "we still need" email), read the way intake reads them
(`benchmarks/answers_whole_emails.py`). Written by a helper who read neither the answer parser,
its tests nor the texts of the earlier reply sets; expected answers are the applicant's words a
careful reviewer would file. People and companies are invented.

Run from the repository root: .venv/bin/python tests/data/replies/heldout14/write_replies.py
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
sys.path.insert(0, str(HERE.parent))

from replykit import PROGRAM, docx_bytes, esc, ours, pdf_bytes, q  # noqa: E402

CASES: dict[str, dict] = {}
N = 0
GT = "Grants Team <grants@grantbox.example>"
IDS = ["background", "math", "study_plan", "commitment", "referral", "afterwards"]


def case(fn, *, sender, client, style, answers, text, html_body=None, files=(), answers_file=None,
         x_mailer=None, asked=None, subject="Re: Application"):
    global N
    N += 1
    m = EmailMessage()
    m["From"] = sender
    m["To"] = PROGRAM
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 11, 17, 6, N, tzinfo=UTC))
    m["Message-ID"] = f"<heldout14-{N}@applicant.example>"
    m["In-Reply-To"] = "<questions-14@grantbox.example>"
    if x_mailer:
        m["X-Mailer"] = x_mailer
    m.set_content(text)
    if html_body is not None:
        m.add_alternative(html_body, subtype="html")
    for name, ctype, data in files:
        main, sub = ctype.split("/")
        m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    (HERE / fn).write_bytes(bytes(m))
    entry = {"client": client, "style": style, "answers": answers}
    if answers_file:
        entry["answers_file"] = answers_file
    if asked:
        entry["asked"] = asked
    CASES[fn] = entry


def paras(text, open_="<div>", close="</div>", blank="<div><br></div>"):
    out = []
    for i, block in enumerate(text.strip("\n").split("\n\n")):
        if i:
            out.append(blank)
        for line in block.split("\n"):
            out.append(f"{open_}{esc(line) if line else '<br>'}{close}")
    return "\n".join(out)


# ---------------------------------------------------------------- client builders
def gmail(name, reply, attr="On Tue, Nov 17, 2026 at 7:02\u202fAM Grants Team &lt;grants@grantbox.example&gt; wrote:",
          template="questions", ids=None, reply_html=None):
    t, h = ours(name, template, ids)
    tattr = attr.replace("&lt;", "<").replace("&gt;", ">").replace("\u202f", " ")
    text = f"{reply.rstrip()}\n\n{tattr}\n\n{q(t)}\n"
    body = reply_html if reply_html is not None else paras(reply)
    html = (f'<div dir="ltr">{body}</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{attr}<br></div><blockquote class="gmail_quote" '
            f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f"{h}</blockquote></div>\n")
    return text, html


def outlook_word(name, reply, to, template="questions", ids=None, hdr=("From", "Sent", "To", "Subject"),
                 sent="Tuesday, November 17, 2026 7:02 AM", reply_html=None, footer=""):
    t, h = ours(name, template, ids)
    f, s, tt, sj = hdr
    text = (f"{reply.rstrip()}\n\n{footer}{f}: Grants Team <grants@grantbox.example>\n{s}: {sent}\n"
            f"{tt}: {to}\n{sj}: Application\n\n{t}\n")
    body = reply_html if reply_html is not None else paras(reply, "<p class=MsoNormal>", "<o:p></o:p></p>",
                                                           "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    fhtml = "".join(f"<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>{esc(x)}</span></p>"
                    for x in footer.strip().split("\n")) if footer else ""
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"><head><meta http-equiv=Content-Type "
            "content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}--></style>"
            "</head><body lang=EN-US link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
            f"<div class=WordSection1>{body}<p class=MsoNormal><o:p>&nbsp;</o:p></p>{fhtml}"
            "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal><b>{f}:</b> Grants Team &lt;grants@grantbox.example&gt; <br><b>{s}:</b> {sent}<br>"
            f"<b>{tt}:</b> {esc(to)}<br><b>{sj}:</b> Application<o:p></o:p></p></div></div>"
            f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{h}</div></body></html>\n")
    return text, html


def owa(name, reply, to, sent="Tuesday, November 17, 2026 07:02", template="questions", ids=None,
        sig="", hdr=("From", "Sent", "To", "Subject")):
    t, h = ours(name, template, ids)
    f, s, tt, sj = hdr
    text = (f"{reply.rstrip()}\n{sig}\n________________________________\n{f}: Grants Team <grants@grantbox.example>\n"
            f"{s}: {sent}\n{tt}: {to}\n{sj}: Application\n\n{t}\n")
    body = paras(reply + ("\n" + sig if sig else ""),
                 '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">',
                 "</div>", '<div class="elementToProof"><br></div>')
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
            f'<body dir="ltr">{body}<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f"<b>{f}:</b> Grants Team &lt;grants@grantbox.example&gt;<br><b>{s}:</b> {sent}<br><b>{tt}:</b> {esc(to)}<br>"
            f'<b>{sj}:</b> Application</font><div>&nbsp;</div></div><div>{h}</div></body></html>\n')
    return text, html


def apple(name, reply, attr="On 17 Nov 2026, at 07:02, Grants Team <grants@grantbox.example> wrote:",
          template="questions", ids=None, iphone=None):
    t, h = ours(name, template, ids)
    tail = f"\n\n{iphone}" if iphone else ""
    text = f"{reply.rstrip()}{tail}\n\n{attr}\n\n{q(t)}\n"
    if iphone:
        body = paras(reply, '<div dir="ltr">', "</div>", '<div dir="ltr"><br></div>')
        html = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body dir="auto">{body}<div dir="ltr"><br><div dir="ltr">{esc(iphone)}</div><div dir="ltr"><br>'
                f'<blockquote type="cite">{esc(attr)}<br><br></blockquote></div><blockquote type="cite">'
                f'<div dir="ltr">{h}</div></blockquote></div></body></html>\n')
    else:
        body = paras(reply)
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f'{body}<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
                f"<div>{h}</div></blockquote></div><br></body></html>\n")
    return text, html


def mozilla(name, reply, attr, template="questions", ids=None, sig=""):
    t, h = ours(name, template, ids)
    text = f"{reply.rstrip()}\n\n{sig}{attr}\n{q(t)}\n"
    sh = f'<pre class="moz-signature" cols="72">{esc(sig.strip())}</pre>' if sig else ""
    html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>'
            f'<body><p>{"</p><p>".join(esc(p).replace(chr(10), "<br>") for p in reply.strip().split(chr(10)*2))}</p>{sh}'
            f'<div class="moz-cite-prefix">{esc(attr)}<br></div><blockquote type="cite" '
            f'cite="mid:questions-14@grantbox.example">{h}</blockquote></body></html>\n')
    return text, html


def numbered(ans, fmt="{n}. {a}", sep="\n\n"):
    return sep.join(fmt.format(n=IDS.index(k) + 1, a=v) for k, v in ans.items())


def labelled(ans, labels, sep="\n\n"):
    return sep.join(f"{labels[k]}{v}" for k, v in ans.items())


# ================================================================== the cohort
# c01 Gmail web, Bangalore backend engineer, "1." numbered at top, short sign-off.
A = {
    "background": "I have 7 years as a backend engineer, mostly Java and Go. Currently senior engineer at Paysetu (payments) working on the ledger and reconciliation services. Before that 3 years at an e-commerce startup on search ranking.",
    "math": "Comfortable with probability (I did the stats electives in my B.Tech). Vector calculus is rusty, I would need to revise gradients and Jacobians.",
    "study_plan": "Weeks 1-4: Spinning Up in Deep RL plus David Silver's lectures. Weeks 5-8: Sutton & Barto chapters 3-13 with exercises. Weeks 9-12: reproduce PPO on MuJoCo tasks and write up the results.",
    "commitment": "25 hours per week, I can start from 1st January.",
    "referral": "Saw it on Twitter/X, shared by an ML researcher I follow. I don't know anyone in the program.",
    "afterwards": "Move into a research engineer role at an AI lab.",
}
t, h = gmail("Rahul Menon", f"Hi,\n\nPlease find my answers below.\n\n{numbered(A)}\n\nThanks & Regards,\nRahul")
case("c01_gmail_web_numbered.eml", sender="Rahul Menon <rahul.menon.dev@gmail.example>", client="Gmail web",
     style="top-posted, 1. numbered, Indian English", answers=A, text=t, html_body=h)

# c02 Gmail Android, Lagos data analyst, "1)" numbered, terse, no greeting.
A = {
    "background": "Data analyst at a fintech for 4 years (SQL, Python, Power BI). BSc Statistics, University of Lagos.",
    "math": "Probability is fine. Vector calculus I studied in 200 level but I will need to brush up.",
    "study_plan": "Andrew Ng deep learning specialisation first 3 weeks then Sutton and Barto book and the Hugging Face deep RL course. Last month a small project on trading environment.",
    "commitment": "20hrs weekly. Can start immediately",
    "referral": "A friend told me, Tolu Adeyemi. She is not involved in it",
    "afterwards": "Work as ML engineer or apply for masters abroad",
}
t, h = gmail("Chinedu Okafor", f"{numbered(A, '{n}) {a}', chr(10))}\n\nRegards")
case("c02_gmail_android_paren_numbers.eml", sender="Chinedu Okafor <chinedu.okafor88@gmail.example>",
     client="Gmail Android", style="1) numbered, one line each, no blank lines", answers=A, text=t, html_body=h)

# c03 Gmail iOS app, US analyst, "Background:" labels.
A = {
    "background": "Economist by training (MA), 5 years as a pricing analyst at an insurance company, lots of R and some Python. I build GLMs and run experiments.",
    "math": "Good on probability and stats. Multivariable calculus was a long time ago but I'm not scared of it.",
    "study_plan": "Mostly the Hugging Face Deep RL course and Sutton & Barto, then reproducing DQN on Atari. I'd keep a weekly log on a blog.",
    "commitment": "15-20 hours a week, evenings and weekends. Could start mid January.",
    "referral": "A coworker forwarded me the link. Don't know anyone involved.",
    "afterwards": "Ideally an applied research role, maybe at an insurer doing RL for pricing.",
}
lab = {"background": "Background: ", "math": "Math: ", "study_plan": "Study plan: ", "commitment": "Time commitment: ",
       "referral": "How I heard: ", "afterwards": "Afterwards: "}
t, h = gmail("Megan Kowalski", f"Hi there,\n\n{labelled(A, lab)}\n\nThanks!\nMegan",
             attr="On Tue, Nov 17, 2026 at 7:02\u202fAM Grants Team &lt;grants@grantbox.example&gt; wrote:")
case("c03_gmail_ios_labels.eml", sender="Megan Kowalski <megkowalski@gmail.example>", client="Gmail iOS app",
     style="Label: answer, mirroring the email's labels", answers=A, text=t, html_body=h)

# c04 Outlook desktop (Word HTML), NYC bank quant, answers under pasted questions, legal footer.
A = {
    "background": "I am a VP in model validation at a large bank (9 years). Before that I did a PhD in applied mathematics (PDEs). Day to day I review pricing and credit risk models written in Python and C++.",
    "math": "Very comfortable. Vector calculus and measure-theoretic probability are my daily bread.",
    "study_plan": "I would follow Sergey Levine's CS285 lectures and homeworks in order, one lecture block per week, and spend the final four weeks reproducing SAC and a model-based method (MBPO).\n\nI would also read one recent paper per week with a colleague from my old lab.",
    "commitment": "About 15 hours per week; I can start in February after our year-end cycle.",
    "referral": "Through a former colleague, Dr. Anil Rao, who I believe was a mentor in a previous round.",
    "afterwards": "Transition to a research scientist position, possibly in an industry lab working on RL for finance.",
}
qs = ["What is your background in software engineering or other quantitative work?",
      "How comfortable are you with the math behind deep reinforcement learning: vector calculus and probability?",
      "What would you study during the three-month grant period, and how would you structure it?",
      "How many hours per week can you commit, and when could you start?",
      "Where did you hear about this program, and do you know anyone involved in it?",
      "What do you hope to do after the grant ends?"]
reply = "Dear Grants Team,\n\nThank you for the follow up. My answers are below.\n\n" + "\n\n".join(
    f"{qs[i]}\n{A[k]}" for i, k in enumerate(IDS)) + "\n\nBest regards,\nDaniel Feldstein\nVP, Model Risk Management"
rh = ("<p class=MsoNormal>Dear Grants Team,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
      "<p class=MsoNormal>Thank you for the follow up. My answers are below.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
      + "".join(f"<p class=MsoNormal><b>{esc(qs[i])}<o:p></o:p></b></p>"
                + "".join(f"<p class=MsoNormal>{esc(p)}<o:p></o:p></p>" for p in A[k].split("\n\n"))
                + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" for i, k in enumerate(IDS))
      + "<p class=MsoNormal>Best regards,<o:p></o:p></p><p class=MsoNormal>Daniel Feldstein<o:p></o:p></p>"
        "<p class=MsoNormal>VP, Model Risk Management<o:p></o:p></p>")
foot = ("This message is for the named person's use only. It may contain confidential, proprietary or legally\n"
        "privileged information. If you receive this message in error, please delete it and notify the sender.\n"
        "Hudson Meridian Bank N.A. may monitor email traffic data.\n\n")
t, h = outlook_word("Daniel Feldstein", reply, "Feldstein, Daniel <daniel.feldstein@hudsonmeridian.example>",
                    reply_html=rh, footer=foot)
case("c04_outlook_word_pasted_questions.eml", sender="\"Feldstein, Daniel\" <daniel.feldstein@hudsonmeridian.example>",
     client="Outlook 2021 desktop (Word HTML), corporate Exchange", style="answers under pasted bold questions, multi-paragraph, legal footer",
     answers=A, text=t, html_body=h, x_mailer="Microsoft Outlook 16.0")

# c05 New Outlook / OWA, UK physics postdoc, prose one paragraph per question, uni signature.
A = {
    "background": "I'm a postdoc in experimental particle physics at the University of Wexford, working on the trigger system for a detector upgrade. Most of my work is C++ and Python data analysis on large datasets, plus some FPGA firmware. I've been doing this for six years including my PhD.",
    "math": "I'm comfortable with both; vector calculus and probability are used constantly in physics. I'd want to revisit some information theory (KL divergence etc.) that physics doesn't cover much.",
    "study_plan": "I'd split the three months into a month of foundations (Sutton & Barto, Spinning Up), a month on policy-gradient methods with CS285 homework, and a month reproducing a paper, probably 'Implementation Matters in Deep Policy Gradients'.",
    "commitment": "My contract ends in March, so I could do 40 hours a week from April 1st, or about 10 a week before then.",
    "referral": "A friend from my PhD group, Hannah Pryce, did the program last year and recommended it.",
    "afterwards": "I'd like to move into AI safety research, ideally at a lab or a research nonprofit.",
}
reply = "Hello,\n\n" + "\n\n".join(A[k] for k in IDS) + "\n\nMany thanks,\nTom"
sig = "\nDr Thomas Ashworth\nResearch Associate, Department of Physics\nUniversity of Wexford\nt.ashworth@wexford.ac.example | +44 1632 960 418"
t, h = owa("Thomas Ashworth", reply, "Ashworth, Thomas <t.ashworth@wexford.ac.example>", sig=sig)
case("c05_new_outlook_prose_paragraphs.eml", sender="\"Ashworth, Thomas\" <t.ashworth@wexford.ac.example>",
     client="new Outlook / Outlook on the web (university M365)", style="prose, one paragraph per question in order, no numbers",
     answers=A, text=t, html_body=h)

# c06 Outlook for Mac, Toronto, "Q1:" style.
A = {
    "background": "Full-stack developer, 10 years (Rails, React, Postgres). Currently tech lead at a logistics SaaS company in Toronto.",
    "math": "Honestly, not very. I did calculus in university 12 years ago. I've started Khan Academy multivariable calculus and a probability course on edX.",
    "study_plan": "Week 1-3: math refresh. Week 4-8: fast.ai and the HF Deep RL course. Week 9-12: build an RL agent for a warehouse routing simulator, which relates to my job.",
    "commitment": "30 hours a week, I'm negotiating a reduced schedule. Start date March 2027.",
    "referral": "Hacker News.",
    "afterwards": "Start an independent project / small startup around RL for logistics.",
}
reply = "Hi,\n\nAnswers below:\n\n" + numbered(A, "Q{n}: {a}") + "\n\nCheers,\nPriya Raman"
t, h = outlook_word("Priya Raman", reply, "Priya Raman <priya@raman-dev.example>", sent="Tuesday, November 17, 2026 at 9:40 AM",
                    hdr=("From", "Date", "To", "Subject"))
case("c06_outlook_mac_Q1.eml", sender="Priya Raman <priya@raman-dev.example>", client="Outlook for Mac",
     style="Q1: Q2: prefixes", answers=A, text=t, html_body=h, x_mailer="Microsoft-MacOutlook/16.90.24111020")

# c07 Outlook mobile (iOS), terse numbered, Get Outlook for iOS.
A = {
    "background": "SRE at a cloud provider, 6 yrs. Kubernetes, Go, capacity planning models.",
    "math": "Probability ok, calculus need refresh",
    "study_plan": "Spinning Up + CS285, reproduce PPO",
    "commitment": "20h/wk, start Feb",
    "afterwards": "Research engineer",
}
reply = numbered(A, sep="\n") + "\n\nWill send more detail on the plan if useful.\n\nGet Outlook for iOS"
t, h = owa("Lukas Brandt", reply, "Lukas Brandt <lukas.brandt@outlook.example>", sent="Tuesday, November 17, 2026 8:15:03 AM")
case("c07_outlook_ios_terse.eml", sender="Lukas Brandt <lukas.brandt@outlook.example>", client="Outlook for iOS",
     style="terse numbered, skips 5, 'Get Outlook for iOS'", answers=A, text=t, html_body=h)

# c08 Apple Mail (macOS), German ML engineer, German attribution, multi-paragraph numbered.
A = {
    "background": "I studied computer science at KIT and have worked for 8 years as a software engineer, the last 3 in an autonomous driving team where I build data pipelines and evaluation tooling for perception models.\n\nSo I know the ML engineering side well, but I have never trained an RL agent myself.",
    "math": "Quite comfortable. I had analysis and stochastics in my Bachelor and use linear algebra daily. Measure theory I never did properly.",
    "study_plan": "Month 1: Sutton & Barto (Part I) and the exercises.\nMonth 2: CS285 lectures, implement DQN, A2C, PPO from scratch in JAX.\nMonth 3: reproduce the results of \"DreamerV3\" on a small subset of tasks and write a report.",
    "commitment": "I can take unpaid leave: full time (40h) from 1 April 2027.",
    "referral": "From a colleague, Jana Wolff. She does not work for the program, she saw it in a newsletter.",
    "afterwards": "Apply for research positions in RL for robotics, or a PhD if the grant goes well.",
}
t, h = apple("Markus Hoffmann", "Hello,\n\nhere are my answers:\n\n" + numbered(A) + "\n\nBest regards\nMarkus",
             attr="Am 17.11.2026 um 07:02 schrieb Grants Team <grants@grantbox.example>:")
case("c08_apple_mail_de_attribution.eml", sender="Markus Hoffmann <markus.hoffmann@posteo.example>", client="Apple Mail (macOS), German locale",
     style="numbered, multi-paragraph answers and a month list inside 3", answers=A, text=t, html_body=h,
     x_mailer="Apple Mail (2.3826.300.87.4.3)")

# c09 iPhone Mail, partial: will answer 3 later.
A = {
    "background": "Mechanical engineer turned data scientist, 5 years, mostly forecasting and optimisation for a utility company.",
    "math": "Fine with both, I did a lot of calculus in engineering.",
    "commitment": "20 hours a week, start January.",
    "referral": "LinkedIn post. I don't know anyone.",
    "afterwards": "Research role in RL for energy systems.",
}
reply = ("Hi, quick answers from my phone:\n\n1. " + A["background"] + "\n2. " + A["math"]
         + "\n3. I'll send the study plan later this week, still working on it\n4. " + A["commitment"]
         + "\n5. " + A["referral"] + "\n6. " + A["afterwards"] + "\n\nSofia")
t, h = apple("Sofia Marchetti", reply, attr="On 17 Nov 2026, at 08:02, Grants Team <grants@grantbox.example> wrote:",
             iphone="Sent from my iPhone")
case("c09_iphone_partial_later.eml", sender="Sofia Marchetti <sofia.marchetti@icloud.example>", client="iPhone Mail (iOS)",
     style="numbered, answer 3 deferred ('will send later'), Sent from my iPhone", answers=A, text=t, html_body=h)


def interleave_text(name, A, quote=True, marker="", template="questions", ids=None):
    """Our text email with each answer written under its question (quoted lines stay quoted)."""
    t, _ = ours(name, template, ids)
    out = ""
    last_quoted = False
    for block in t.split("\n\n"):
        if out:
            out += "\n>\n" if (quote and last_quoted) else "\n\n"
        out += q(block) if quote else block
        last_quoted = True
        head = block.split(".", 1)[0]
        if head.isdigit() and IDS[int(head) - 1] in A:
            out += "\n\n" + marker + A[IDS[int(head) - 1]]
            last_quoted = False
    return out


def interleave_html(name, A, style='<font color="#0000ff">{}</font>', template="questions", ids=None, close="", reopen=""):
    _, h = ours(name, template, ids)
    import re
    def add(m):
        n = int(m.group(1))
        k = IDS[n - 1]
        if k not in A:
            return m.group(0)
        ans = "".join(f"<p>{style.format(esc(p))}</p>" for p in A[k].split("\n\n"))
        return m.group(0) + close + ans + reopen
    return re.sub(r"<p><strong>(\d)\..*?</p>", add, h)


# c10 Gmail web, Brazilian, inline answers in blue under each quoted question (blockquote split), pt-BR attribution.
A = {
    "background": "Sou engenheira de software há 6 anos (Python, Django, AWS). Currently at a healthtech in São Paulo, building data pipelines for clinical trials.",
    "math": "Probability I use at work (A/B tests). Vector calculus: I need to review, my last course was in 2015.",
    "study_plan": "I would follow the Hugging Face Deep RL course (weeks 1-4), then CS285 lectures (weeks 5-9), and then reproduce a paper on offline RL with medical data (weeks 10-12).",
    "commitment": "20 hours per week. I can start in February 2027.",
    "referral": "A friend from the Python Brasil community, Rafael Nunes, shared it. I don't know anyone in the program.",
    "afterwards": "I want to do a master's in ML or join a research group working with RL in healthcare.",
}
attr = "Em ter., 17 de nov. de 2026 às 04:02, Grants Team &lt;grants@grantbox.example&gt; escreveu:"
tattr = "Em ter., 17 de nov. de 2026 às 04:02, Grants Team <grants@grantbox.example> escreveu:"
text = f"Olá! My answers are below in blue.\n\nObrigada,\nBeatriz\n\n{tattr}\n\n{interleave_text('Beatriz Carvalho', A)}\n"
bq = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
inner = interleave_html("Beatriz Carvalho", A, close="</blockquote>", reopen=bq, style='<font color="#0000ff">{}</font>')
html = (f'<div dir="ltr"><div>Olá! My answers are below in blue.</div><div><br></div><div>Obrigada,</div><div>Beatriz</div></div><br>'
        f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr}<br></div>{bq}{inner}</blockquote></div>\n')
case("c10_gmail_inline_blue_ptbr.eml", sender="Beatriz Carvalho <bia.carvalho@gmail.example>", client="Gmail web, pt-BR",
     style="inline answers in blue under each quoted question, Portuguese greeting, mixed pt/en", answers=A, text=text, html_body=html)

# c11 Outlook desktop, corporate, "see my answers in blue below" inside the unquoted original.
A = {
    "background": "Senior data engineer, 8 years, Spark/Scala/Airflow at a telecom operator. Before that Oracle DBA.",
    "math": "Probability reasonably OK; vector calculus weak, would need a refresher (planning on 3Blue1Brown + MIT 18.02).",
    "study_plan": "Deep RL course from Hugging Face, then the Sutton & Barto book, then a capstone on network traffic optimisation.",
    "commitment": "10-15 hours per week, start asap.",
    "afterwards": "ML engineer with a focus on RL for network optimisation.",
}
t0, h0 = ours("Ahmed Hassan")
to = "Hassan, Ahmed <ahmed.hassan@nileconnect.example>"
text = ("Hello,\n\nPlease see my answers in blue below.\n\nKind regards,\nAhmed Hassan\nSenior Data Engineer | NileConnect Telecom\n"
        "Mob: +20 100 555 0142\n\nFrom: Grants Team <grants@grantbox.example>\nSent: Tuesday, November 17, 2026 9:02 AM\n"
        f"To: {to}\nSubject: Application\n\n{interleave_text('Ahmed Hassan', A, quote=False)}\n\n"
        "The information contained in this email is confidential and intended only for the addressee.\n")
ih = interleave_html("Ahmed Hassan", A, style='<span style=\'color:#0070C0\'>{}</span>')
html = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head>"
        "<body lang=EN-US style='word-wrap:break-word'><div class=WordSection1><p class=MsoNormal>Hello,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>Please see my answers in <span style='color:#0070C0'>blue</span> below.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<p class=MsoNormal>Kind regards,<o:p></o:p></p><p class=MsoNormal>Ahmed Hassan<o:p></o:p></p><p class=MsoNormal>Senior Data Engineer | NileConnect Telecom<o:p></o:p></p>"
        "<p class=MsoNormal>Mob: +20 100 555 0142<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Grants Team &lt;grants@grantbox.example&gt; <br>"
        f"<b>Sent:</b> Tuesday, November 17, 2026 9:02 AM<br><b>To:</b> {esc(to)}<br><b>Subject:</b> Application<o:p></o:p></p></div>"
        f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>{ih}<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>The information contained in this email is confidential and intended only for the addressee.</span></p></div></body></html>\n")
case("c11_outlook_inline_blue_corporate.eml", sender="\"Hassan, Ahmed\" <ahmed.hassan@nileconnect.example>",
     client="Outlook desktop (Word HTML), corporate Exchange", style="inline answers in blue inside the unquoted original under the From: block; 5 skipped",
     answers=A, text=text, html_body=html, x_mailer="Microsoft Outlook 16.0")

# c12 Yahoo Mail, Philippines, numbered with "Answer:".
A = {
    "background": "I am a QA automation engineer for 5 years in a BPO company in Cebu. I also finished a MS in Applied Mathematics part-time last year.",
    "math": "I am comfortable, my MS thesis was on stochastic processes.",
    "study_plan": "I will study Sutton and Barto and do the coding exercises, then the Hugging Face course. Final weeks I will reproduce PPO paper.",
    "commitment": "25 hours per week, I can start January 2027.",
    "referral": "I saw it in a Facebook group for Filipino data scientists. I do not know anyone involved.",
    "afterwards": "I hope to get a remote research engineer job or pursue PhD.",
}
reply = "Good day Sir/Ma'am,\n\nHere are my answers to your questions.\n\n" + numbered(A) + "\n\nThank you very much and God bless.\n\nRespectfully yours,\nMaria Cristina Dela Cruz"
t, h = ours("Maria Cristina Dela Cruz")
yattr = "On Tuesday, November 17, 2026 at 03:02:11 PM GMT+8, Grants Team <grants@grantbox.example> wrote:"
text = f"{reply}\n\n\n{yattr}\n\n\n{t}\n"
html = ('<html><head></head><body><div class="ydp3f0c9a2cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        + paras(reply, '<div dir="ltr" data-setdir="false">', "</div>", '<div dir="ltr" data-setdir="false"><br></div>')
        + '</div><div id="ydp8e2bd5f1yahoo_quoted_1234" class="ydp8e2bd5f1yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
        f'<div>{esc(yattr)}</div><div><br></div><div><br></div><div><div dir="ltr">{h}</div></div></div></div></body></html>\n')
case("c12_yahoo_numbered.eml", sender="Maria Cristina Dela Cruz <mcdelacruz_cebu@yahoo.example>", client="Yahoo Mail web",
     style="numbered, formal Philippine English, Yahoo quote (unprefixed) under attribution", answers=A, text=text, html_body=html)

# c13 Proton Mail, Dutch dev, labels in own words.
A = {
    "background": "Self-taught programmer, 11 years. Embedded C and Rust for industrial machines, last 3 years leading a small team.",
    "math": "Probability: decent. Calculus: rusty, I'd plan the first two weeks for Mathematics for Machine Learning (Deisenroth).",
    "study_plan": "MML book (2 wks), Sutton & Barto (4 wks), CS285 homework (4 wks), then 2 weeks implementing an RL controller for a simulated conveyor belt.",
    "commitment": "32 hours per week (I work 4 days and would drop to 1). Start 1 March.",
    "referral": "Mastodon. No, I don't know anyone.",
    "afterwards": "RL for robotics/control, either at a company or independent research.",
}
lab = {"background": "Experience: ", "math": "Maths: ", "study_plan": "Plan: ", "commitment": "Hours/start: ",
       "referral": "Heard via: ", "afterwards": "After the grant: "}
reply = "Hi,\n\n" + labelled(A, lab) + "\n\nGroet,\nJeroen"
t, h = ours("Jeroen van Dijk")
pattr = "On Tuesday, November 17th, 2026 at 08:02, Grants Team <grants@grantbox.example> wrote:"
text = f"{reply}\n\nSent with Proton Mail secure email.\n\n{pattr}\n\n{q(t)}\n"
html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + paras(reply) + '</div>'
        '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;"><div class="protonmail_signature_block-proton">'
        'Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>'
        f'<div class="protonmail_quote">\n        {esc(pattr)}<br><br>\n        <blockquote class="protonmail_quote" type="cite">{h}</blockquote><br>\n    </div>\n')
case("c13_proton_own_labels.eml", sender="Jeroen van Dijk <jvdijk@proton.example>", client="Proton Mail web",
     style="labels in the writer's own words (Experience:, Hours/start:, After the grant:)", answers=A, text=text, html_body=html)

# c14 Thunderbird, Polish researcher, Polish attribution, numbered, signature with "-- ".
A = {
    "background": "PhD in computational chemistry (Warsaw), 4 years in a pharma company doing molecular dynamics and some ML for property prediction (PyTorch, graph neural networks).",
    "math": "Comfortable. Probability and multivariable calculus are standard in my field.",
    "study_plan": "1) CS285 lectures with all homeworks (8 weeks), 2) reproduce a paper on RL for molecule generation (4 weeks).",
    "commitment": "around 20 h/week, start: January 2027",
    "referral": "From a university mailing list. I know Dr. Ewa Nowak who I think reviews for you, but only from conferences.",
    "afterwards": "A research scientist role in ML for drug discovery.",
}
reply = "Dear Grants Team,\n\nplease find my answers below.\n\n" + numbered(A) + "\n\nBest regards,\nPiotr"
t, h = mozilla("Piotr Zieliński", reply, "W dniu 17.11.2026 o 08:02, Grants Team pisze:",
               sig="-- \ndr Piotr Zieliński\nhttps://pzielinski.example.pl\n\n")
case("c14_thunderbird_pl.eml", sender="Piotr Zieliński <piotr.zielinski@wp.example>", client="Thunderbird 128, Polish locale",
     style="numbered; answer 3 contains its own 1) 2) list; '-- ' signature; Polish attribution", answers=A, text=t, html_body=h,
     x_mailer=None)

# c15 Roundcube (university webmail), German throughout, German labels.
A = {
    "background": "Ich bin seit 5 Jahren Softwareentwicklerin in einem Versicherungsunternehmen (Java, Kotlin), davor Masterstudium Wirtschaftsinformatik. Zuletzt habe ich ein Betrugserkennungsmodell mit gebaut.",
    "math": "Wahrscheinlichkeitsrechnung ist gut. Vektoranalysis müsste ich auffrischen, ich plane dafür die ersten zwei Wochen ein.",
    "study_plan": "Woche 1-2: Mathe-Auffrischung. Woche 3-6: Sutton & Barto und der Hugging-Face-Kurs. Woche 7-12: PPO und SAC selbst implementieren und ein Paper reproduzieren.",
    "commitment": "Ca. 20 Stunden pro Woche, Beginn ab Januar 2027.",
    "referral": "Über einen Newsletter (The Batch). Ich kenne niemanden aus dem Programm.",
    "afterwards": "Ich möchte in ein Forschungsteam wechseln oder promovieren.",
}
lab = {"background": "Werdegang: ", "math": "Mathe: ", "study_plan": "Studienplan: ", "commitment": "Verfügbarkeit: ",
       "referral": "Quelle: ", "afterwards": "Danach: "}
reply = "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Hier meine Antworten:\n\n" + labelled(A, lab) + "\n\nMit freundlichen Grüßen\nKatharina Schmidt"
t, h = ours("Katharina Schmidt")
rattr = "Am 17.11.2026 08:02, schrieb Grants Team:"
sig = "-- \nKatharina Schmidt\nM.Sc. Wirtschaftsinformatik"
text = f"{reply}\n\n{sig}\n\n{rattr}\n{q(t)}\n"
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
        + "".join(f"<p>{esc(p).replace(chr(10), '<br />')}</p>\n" for p in reply.split("\n\n"))
        + f'<div id="signature">{esc(sig).replace(chr(10), "<br />")}</div>\n<p><br /></p>\n<p id="reply-intro">{esc(rattr)}</p>\n'
        f'<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n<div class="pre" style="margin: 0; padding: 0; font-family: monospace">{h}</div>\n</blockquote>\n</body></html>\n')
case("c15_roundcube_german.eml", sender="Katharina Schmidt <k.schmidt@uni-lindenau.example>", client="Roundcube 1.6 (university webmail)",
     style="German throughout, German labels (Werdegang:, Mathe:, Verfügbarkeit:, Quelle:, Danach:)", answers=A, text=text, html_body=html,
     x_mailer="Roundcube Webmail/1.6.9")

# c16 Zimbra, French, "1)" numbered, original under "----- Mail original -----".
A = {
    "background": "Ingénieur en calcul scientifique depuis 9 ans (C++, Fortran, Python), dans un laboratoire de mécanique des fluides puis chez un industriel de l'aéronautique.",
    "math": "Très à l'aise : calcul vectoriel et probabilités font partie de mon quotidien.",
    "study_plan": "Cours CS285 (Berkeley) et livre de Sutton & Barto pendant 2 mois, puis un mois pour reproduire un article sur le contrôle d'écoulements par apprentissage par renforcement.",
    "commitment": "15 heures par semaine, à partir de février.",
    "referral": "Par un collègue, je ne connais personne dans le programme.",
    "afterwards": "Rejoindre une équipe de recherche en IA appliquée à la physique.",
}
reply = "Bonjour,\n\nVoici mes réponses :\n\n" + numbered(A, "{n}) {a}") + "\n\nCordialement,\nJulien Moreau"
t, h = ours("Julien Moreau")
zh = ("----- Mail original -----\nDe: \"Grants Team\" <grants@grantbox.example>\nÀ: \"Julien Moreau\" <julien.moreau@cnrs-aero.example>\n"
      "Envoyé: Mardi 17 Novembre 2026 08:02:11\nObjet: Application\n")
text = f"{reply}\n\n{zh}\n{q(t)}\n"
html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
        + paras(reply, "<div>", "</div>", "<div><br data-mce-bogus=\"1\"></div>")
        + '<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
        '<b>De: </b>"Grants Team" &lt;grants@grantbox.example&gt;<br><b>À: </b>"Julien Moreau" &lt;julien.moreau@cnrs-aero.example&gt;<br>'
        '<b>Envoyé: </b>Mardi 17 Novembre 2026 08:02:11<br><b>Objet: </b>Application<br></blockquote></div><div data-marker="__QUOTED_TEXT__">'
        f'<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">{h}</blockquote></div></div></body></html>\n')
case("c16_zimbra_french.eml", sender="Julien Moreau <julien.moreau@cnrs-aero.example>", client="Zimbra web client, French",
     style="French throughout, 1) numbered, Zimbra 'Mail original' header block", answers=A, text=text, html_body=html,
     x_mailer="Zimbra 10.0.8_GA_4579 (ZimbraWebClient - FF132 (Linux)/10.0.8_GA_4579)")

# c17 Gmail, Spanish (Argentina), numbered, Spanish attribution.
A = {
    "background": "Soy desarrollador backend hace 7 años (Node.js, Python) y actualmente trabajo en una fintech en Buenos Aires. Soy licenciado en Física (UBA).",
    "math": "Me siento cómodo, tengo formación en física. Probabilidad la tengo más floja, la repasaría.",
    "study_plan": "Semanas 1-4: curso de Hugging Face y Spinning Up. Semanas 5-8: Sutton & Barto. Semanas 9-12: reproducir el paper de PPO.",
    "commitment": "20 horas semanales, puedo empezar en enero.",
    "referral": "Lo vi en LinkedIn. No conozco a nadie.",
    "afterwards": "Trabajar como research engineer o hacer un doctorado.",
}
t, h = gmail("Martín Gómez", "Hola!\n\nLes paso mis respuestas:\n\n" + numbered(A) + "\n\nSaludos,\nMartín",
             attr="El mar, 17 nov 2026 a las 4:02, Grants Team (&lt;grants@grantbox.example&gt;) escribió:")
case("c17_gmail_spanish.eml", sender="Martín Gómez <martin.gomez.ar@gmail.example>", client="Gmail web, es-AR",
     style="Spanish throughout, 1. numbered, Spanish attribution", answers=A, text=t, html_body=h)

# c18 reply to "we still need" (math, afterwards), Gmail, numbered with the email's numbers.
A = {
    "math": "Sorry I missed this one. I'm OK with probability, calculus I'll need to review gradients and the chain rule for multivariable functions.",
    "afterwards": "I'd like to join an AI startup as an ML engineer working on RL.",
}
t, h = gmail("Kevin Nguyen", "Hi,\n\n2. " + A["math"] + "\n\n6. " + A["afterwards"] + "\n\nThanks,\nKevin", template="missing_answers", ids=["math", "afterwards"])
case("c18_gmail_missing_numbered.eml", sender="Kevin Nguyen <kevin.nguyen.sf@gmail.example>", client="Gmail web",
     style="reply to the 'we still need' email (2 and 6), numbered with its numbers", answers=A, text=t, html_body=h, asked=["math", "afterwards"])

# c19 reply to "we still need" (commitment), iPhone, one line, no number.
A = {"commitment": "I can do 30 hours a week and start on January 4th."}
t, h = apple("Aisha Bello", "Hi! " + A["commitment"] + "\n\nAisha", template="missing_answers", ids=["commitment"],
             attr="On 18 Nov 2026, at 10:15, Grants Team <grants@grantbox.example> wrote:", iphone="Sent from my iPhone")
case("c19_iphone_missing_one_line.eml", sender="Aisha Bello <aisha.bello@icloud.example>", client="iPhone Mail",
     style="reply to the 'we still need' email asking one question: one sentence after 'Hi!'", answers={"commitment": "I can do 30 hours a week and start on January 4th."},
     text=t, html_body=h, asked=["commitment"])

# c20 reply to "we still need" (study_plan, referral, afterwards), OWA, labels + multi-line plan.
A = {
    "study_plan": "Weeks 1-2: probability refresher (Blitzstein & Hwang).\nWeeks 3-6: Sutton & Barto, chapters 1-13.\nWeeks 7-10: CS285 homework 1-4.\nWeeks 11-12: a small project on RL for HVAC control, my current domain.",
    "referral": "My manager mentioned it; I don't know anyone involved.",
    "afterwards": "Move to the R&D group at my company or apply for a PhD.",
}
reply = ("Hello,\n\nApologies for the incomplete answers earlier.\n\nStudy plan:\n" + A["study_plan"] + "\n\nHow you heard of us: "
         + A["referral"] + "\n\nAfterwards: " + A["afterwards"] + "\n\nBest,\nSven Lindqvist")
t, h = owa("Sven Lindqvist", reply, "Sven Lindqvist <sven.lindqvist@nordklima.example>", template="missing_answers",
           ids=["study_plan", "referral", "afterwards"], sent="den 18 november 2026 09:30", hdr=("Från", "Skickat", "Till", "Ämne"))
case("c20_owa_missing_labels_swedish_header.eml", sender="Sven Lindqvist <sven.lindqvist@nordklima.example>",
     client="Outlook on the web, Swedish locale", style="reply to the 'we still need' email (3, 5, 6) with the email's labels, plan on its own lines",
     answers=A, text=t, html_body=h, asked=["study_plan", "referral", "afterwards"])


def cv_pdf(name, lines):
    return pdf_bytes(f"<html><body><h1>{esc(name)}</h1>" + "".join(f"<p>{esc(x)}</p>" for x in lines) + "</body></html>")


# c21 Gmail, answers in an attached .docx (plus the CV again), Korean applicant.
A = {
    "background": "I have worked as a machine learning engineer for 4 years at an online game company in Seoul, mainly on recommendation models and anti-cheat detection. Before that I did my master's degree in industrial engineering.",
    "math": "I am comfortable with probability and linear algebra. For vector calculus I can follow derivations but I want to practice more.",
    "study_plan": "Month 1: Sutton & Barto and David Silver lectures.\nMonth 2: CS285 with homework.\nMonth 3: reproduce AlphaZero on a small board game (Othello 6x6) and write a blog post.",
    "commitment": "20 hours per week, from January 2027.",
    "referral": "My friend Minho Lee who joined last year.",
    "afterwards": "I hope to work as a research engineer in game AI or apply to a PhD program.",
}
doc = [("Answers to follow-up questions - Jiwoo Kim", True)]
for i, k in enumerate(IDS):
    doc.append((f"{i + 1}. {qs[i]}", True))
    doc.extend((p, False) for p in A[k].split("\n"))
A21 = dict(A)
A21["study_plan"] = A["study_plan"]
t, h = gmail("Jiwoo Kim", "Dear Grants Team,\n\nThank you for your email. Please find my answers attached as a Word file. I also attached my CV again in case it is needed.\n\nBest regards,\nJiwoo Kim",
             attr="2026년 11월 17일 (화) 오후 4:02, Grants Team &lt;grants@grantbox.example&gt;님이 작성:")
case("c21_gmail_docx_answers_attached.eml", sender="Jiwoo Kim <jiwoo.kim.ml@gmail.example>", client="Gmail web, Korean locale",
     style="answers in an attached .docx (questions bold, numbered), CV attached again", answers=A21, text=t, html_body=h,
     files=[("Jiwoo_Kim_answers.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(doc)),
            ("Jiwoo_Kim_CV_2026.pdf", "application/pdf", cv_pdf("Jiwoo Kim", ["Machine Learning Engineer, Seoul", "M.S. Industrial Engineering"]))],
     answers_file="Jiwoo_Kim_answers.docx")

# c22 Outlook desktop, answers in an attached PDF.
A = {
    "background": "Quantitative researcher at a commodities trading firm in Geneva for 6 years; before that an MSc in Financial Engineering at EPFL. I build time-series models and execution algorithms in Python and kdb+.",
    "math": "Very comfortable with probability and stochastic calculus. Vector calculus is fine.",
    "study_plan": "I would spend the first six weeks on CS285 and Sutton & Barto, then six weeks on a project: an RL-based execution agent trained in a limit-order-book simulator, compared against TWAP/VWAP baselines.",
    "commitment": "About 25 hours per week. I can start 1 February 2027.",
    "referral": "I read about it on a quant forum. I do not know anyone involved.",
    "afterwards": "Move into a research role at the intersection of RL and market microstructure, in industry or academia.",
}
page = ("<html><head><style>body{font-family:Calibri,Arial;font-size:11pt} h3{font-size:12pt;margin-bottom:2pt}</style></head><body>"
        "<h2>Follow-up questions &ndash; Elena Rossi</h2>"
        + "".join(f"<h3>{i + 1}. {esc(qs[i])}</h3><p>{esc(A[k])}</p>" for i, k in enumerate(IDS)) + "</body></html>")
reply = "Dear Grants Team,\n\nPlease find attached my answers to your questions (PDF).\n\nKind regards,\nElena Rossi"
t, h = outlook_word("Elena Rossi", reply, "Elena Rossi <elena.rossi@alpcommodities.example>")
case("c22_outlook_pdf_answers_attached.eml", sender="Elena Rossi <elena.rossi@alpcommodities.example>", client="Outlook desktop (Word HTML)",
     style="answers in an attached PDF printed from Word-like HTML", answers=A, text=t, html_body=h,
     files=[("Elena_Rossi_answers.pdf", "application/pdf", pdf_bytes(page))], answers_file="Elena_Rossi_answers.pdf",
     x_mailer="Microsoft Outlook 16.0")

# c23 Gmail, numbered answers in the body and the CV attached again.
A = {
    "background": "Bioinformatician, 6 years. I write pipelines for genome sequencing data (Python, Snakemake, some Rust) at a research hospital in Melbourne.",
    "math": "Probability yes (lots of Bayesian stats). Vector calculus: need to brush up.",
    "study_plan": "HF Deep RL course, Sutton & Barto, then reproduce a protein design with RL paper.",
    "commitment": "15 hours per week, from February.",
    "referral": "A friend, Grace Liu. She is not involved.",
    "afterwards": "A PhD in ML for biology.",
}
t, h = gmail("Olivia Tran", "Hi team,\n\nAnswers below, and I've re-attached my CV since my first email might have had the old version.\n\n" + numbered(A) + "\n\nCheers,\nLiv\n\n--\nOlivia Tran, PhD\nSenior Bioinformatician\nhttps://github.example/oliviatran | +61 3 9000 1234",
             attr="On Tue, 17 Nov 2026 at 18:02, Grants Team &lt;grants@grantbox.example&gt; wrote:")
case("c23_gmail_cv_reattached.eml", sender="Olivia Tran <olivia.tran.bio@gmail.example>", client="Gmail web, en-AU",
     style="numbered answers in body, CV attached again, '--' signature with title/links/phone", answers=A, text=t, html_body=h,
     files=[("Olivia_Tran_CV.pdf", "application/pdf", cv_pdf("Olivia Tran", ["Senior Bioinformatician", "PhD Genetics"]))])

# c24 Outlook desktop, Japanese locale header block, Japanese greeting then English answers "(1)".
A = {
    "background": "I am an embedded software engineer at an automotive supplier in Nagoya for 10 years. I develop motor control software in C and recently worked on a reinforcement learning prototype for battery management.",
    "math": "I studied control theory, so I am comfortable with calculus. Probability is my weak point and I want to study it again.",
    "study_plan": "First, I will study probability with a textbook (2 weeks). Next, Sutton & Barto and CS285 (8 weeks). Finally, I will reproduce a SAC paper on a motor control simulator (2 weeks).",
    "commitment": "About 15 hours per week. I can start from April 2027.",
    "referral": "I found it on a Japanese ML community Slack (connpass). I don't know anyone involved.",
    "afterwards": "I want to lead RL research in my company or move to a research lab.",
}
reply = ("Grants Team 御中\n\nお世話になっております。高橋です。\nThank you for your email. Please find my answers below.\n\n"
         + numbered(A, "({n}) {a}") + "\n\nBest regards,\n高橋 健太 (Kenta Takahashi)")
t, h = outlook_word("Kenta Takahashi", reply, "高橋 健太 <kenta.takahashi@chubu-motors.example>", sent="2026年11月17日 16:02",
                    hdr=("差出人", "送信日時", "宛先", "件名"))
case("c24_outlook_ja_paren_numbers.eml", sender="=?utf-8?b?6auY5qmLIOWBpeWkqg==?= <kenta.takahashi@chubu-motors.example>",
     client="Outlook desktop, Japanese locale", style="Japanese greeting, English answers numbered (1), Japanese header block",
     answers=A, text=t, html_body=h, x_mailer="Microsoft Outlook 16.0")

# c25 Samsung Email (Android), Nairobi, numbered, original under "-------- Original message --------".
A = {
    "background": "I'm a data analyst at a mobile money company in Nairobi (3 years). Python, SQL, dashboards, some churn models with scikit-learn. BSc Actuarial Science.",
    "math": "Probability very comfortable (actuarial). Vector calculus I need to refresh.",
    "study_plan": "Weeks 1-3 refresh calculus and deep learning basics (fast.ai). Weeks 4-8 Hugging Face Deep RL course. Weeks 9-12 project: RL agent for credit limit decisions in a simulated environment.",
    "commitment": "20 hours/week, can start immediately.",
    "referral": "Through the Data Science Nairobi meetup group. I don't know anyone involved.",
    "afterwards": "Become an ML research engineer and mentor others in the local community.",
}
t0, h0 = ours("Wanjiru Kamau")
reply = numbered(A, sep="\n")
sam = ("-------- Original message --------\nFrom: Grants Team <grants@grantbox.example> \nDate: 17/11/2026 10:02 (GMT+03:00) \n"
       "To: wanjiru.kamau@gmail.example \nSubject: Application \n")
text = f"Hello, here are my answers\n\n{reply}\n\nThank you\n\n\n\nSent from my Galaxy\n\n\n{sam}\n{t0}\n"
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">Hello, here are my answers</div><div dir="auto"><br></div>'
        + paras(reply, '<div dir="auto">', "</div>") + '<div dir="auto"><br></div><div dir="auto">Thank you</div><div dir="auto"><br></div>'
        '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">Sent from my Galaxy</div></div>'
        '<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000"><div>-------- Original message --------</div>'
        '<div>From: Grants Team &lt;grants@grantbox.example&gt; </div><div>Date: 17/11/2026  10:02  (GMT+03:00) </div><div>To: wanjiru.kamau@gmail.example </div>'
        f'<div>Subject: Application </div><div><br></div></div>{h0}</body></html>\n')
case("c25_samsung_email_numbered.eml", sender="Wanjiru Kamau <wanjiru.kamau@gmail.example>", client="Samsung Email (Android)",
     style="numbered lines, 'Sent from my Galaxy', original unquoted under '-------- Original message --------'", answers=A, text=text, html_body=html)

# c26 Gmail web, pasted questions with "A:" answers (interview style), Indian data scientist.
A = {
    "background": "Data scientist for 5 years at a retail analytics firm in Pune; demand forecasting, pricing optimisation. Earlier 2 years as a Java developer.",
    "math": "Probability and statistics are strong. Vector calculus moderate, I will revise Jacobians/Hessians and policy gradient derivations.",
    "study_plan": "Month 1 Sutton & Barto ch 1-9, Month 2 CS285 + implement DQN/PPO, Month 3 apply RL to a dynamic pricing simulator and write a report.",
    "commitment": "25 hours per week, start from 15 January 2027.",
    "referral": "From a LinkedIn post by a previous grantee. I don't know anyone personally.",
    "afterwards": "Applied scientist role focused on RL for pricing and supply chain.",
}
reply = "Hello Team,\n\nPlease find my answers below.\n\n" + "\n\n".join(
    f"Q{i + 1}. {qs[i]}\nA: {A[k]}" for i, k in enumerate(IDS)) + "\n\nRegards,\nSneha Kulkarni\n+91 98200 00000"
t, h = gmail("Sneha Kulkarni", reply)
case("c26_gmail_Q_A_pasted.eml", sender="Sneha Kulkarni <sneha.kulkarni.ds@gmail.example>", client="Gmail web",
     style="pasted questions 'Q1. question' with 'A: answer' under each, phone in signature", answers=A, text=t, html_body=h)

# c27 Apple Mail, dash list in order without numbers.
A = {
    "background": "Former high-school maths teacher (8 years), for the last 3 years a Python developer at an edtech company in Dublin.",
    "math": "Comfortable - I taught calculus and probability for years, though vector calculus at university level I'd review.",
    "study_plan": "Spinning Up in Deep RL, then CS285 with homework, then reproduce a small paper on RL for curriculum learning.",
    "commitment": "Around 20 hours a week; I could start in January.",
    "referral": "Through a podcast (80,000 Hours). I don't know anyone there.",
    "afterwards": "A research role on RL for education, or an independent project.",
}
reply = "Hi all,\n\nThanks for getting back to me! In order:\n\n" + "\n".join(f"- {A[k]}" for k in IDS) + "\n\nBest,\nSiobhán"
t, h = apple("Siobhán Byrne", reply, attr="On 17 Nov 2026, at 07:02, Grants Team <grants@grantbox.example> wrote:")
case("c27_apple_mail_dash_list.eml", sender="Siobhán Byrne <siobhan.byrne@eircom.example>", client="Apple Mail (macOS)",
     style="'In order:' then a dash list, one answer per dash, no numbers", answers=A, text=t, html_body=h,
     x_mailer="Apple Mail (2.3826.300.87.4.3)")

# c28 Gmail web, bold labels on their own lines (HTML), multi-paragraph answer under a label.
A = {
    "background": "I've been a software engineer for 12 years, currently staff engineer at a developer-tools company in Berlin (originally from Ukraine). Mostly distributed systems in Go and TypeScript.",
    "math": "Moderately comfortable. I took the MIT OCW probability course last year; vector calculus I would brush up on.",
    "study_plan": "Weeks 1-4: Sutton & Barto Part I with exercises, plus the HF Deep RL course.\n\nWeeks 5-8: CS285 lectures and homework 1-3.\n\nWeeks 9-12: reproduce \"Direct Preference Optimization\" and an RLHF baseline on a small model, with a write-up.",
    "commitment": "40 hours a week - I'm taking a sabbatical starting 1 March 2027.",
    "referral": "A former colleague, Oksana Melnyk, is a mentor in the program.",
    "afterwards": "Research engineer on alignment at an AI lab.",
}
lab = {"background": "Background", "math": "Math", "study_plan": "Study plan", "commitment": "Time commitment",
       "referral": "How I heard about you", "afterwards": "Afterwards"}
reply = "Hello,\n\n" + "\n\n".join(f"{lab[k]}\n{A[k]}" for k in IDS) + "\n\nThanks,\nDmytro"
rh = ("<div>Hello,</div><div><br></div>" + "<div><br></div>".join(
    f"<div><b>{lab[k]}</b></div>" + "<div><br></div>".join(f"<div>{esc(p)}</div>" for p in A[k].split("\n\n")) for k in IDS)
    + "<div><br></div><div>Thanks,</div><div>Dmytro</div>")
t, h = gmail("Dmytro Bondarenko", reply, reply_html=rh)
case("c28_gmail_bold_label_lines.eml", sender="Dmytro Bondarenko <d.bondarenko@gmail.example>", client="Gmail web",
     style="bold labels on their own lines, answers below, multi-paragraph plan", answers=A, text=t, html_body=h)

(HERE / "expected.json").write_text(json.dumps({
    "_about": "heldout14: a blind realistic cohort of 28 whole replies (Gmail, Outlook, Apple, Yahoo, Proton, Thunderbird, webmails) to the questions and 'we still need' emails, with the answers a careful reviewer would file.",
    "cases": CASES}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(CASES), "cases")
