"""Writes heldout8/: a second blind batch of whole replies (.eml) to our questions email, read
the way intake reads them (`benchmarks/answers_whole_emails.py`).

Written for issue 11 by a helper who read neither the answer parser, its tests nor the texts of
the earlier reply sets, before anything was run on them; the expected answer per question is
what a careful reviewer would file under it (the applicant's words, without the number, label,
brackets or arrow they put before it, and without sign-offs and signatures). Habits chosen to
differ from the earlier sets: one long paragraph from a non-native writer, a shared family
account, pasted questions answered in CAPS or in [brackets], French/English and Hindi-English
mixing, voice dictation without punctuation, the first of two emails, bottom-posting under the
whole quote, lists starting at 0 or lettered a)-f), answers in <font color> inline in the quoted
HTML (Outlook desktop Word HTML, Zoho), Outlook plain text under "_____" with an Italian block,
Lotus Notes tab headers, GMX/Samsung/QQ/Outlook-for-Android header blocks in German, Korean,
Chinese and Turkish, "1、", "1/", "1. soru:", "R:", "-->" answers, a correction of an earlier
answer, a reply to the "we still need" email, answers in an attached .docx (beside a CV), PDF
(printed by Chromium) and cp1252 .txt. People and companies are invented.

Run from the repository root: python tests/data/replies/heldout8/write_replies.py
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
    m["Date"] = format_datetime(datetime(2026, 3, 10, 8, N, tzinfo=UTC))
    m["Message-ID"] = f"<heldout8-{N}@applicant.example>"
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


def qtext(i: int) -> str:
    return NQ[i - 1].text


def qhelp(i: int) -> str:
    return NQ[i - 1].help


# ------------------------------------------------------------------------------------ b01
# A non-native writer: every answer in one long paragraph, in the order asked, no numbers.
S = [
    "About my background I am working 6 years as backend developer in Kharkiv, mostly Java and "
    "Kotlin for logistic company, before this I finished master in applied mathematics.",
    "Math is not problem for me, vector calculus I know from university and probability I use "
    "in work for forecasting of deliveries, maybe I need to refresh measure theory part.",
    "In three months I want to make the David Silver course and Sutton and Barto book in first "
    "month, then in second month reproduce DQN on Atari and in third month PPO on MuJoCo tasks, "
    "every week one chapter and one small experiment.",
    "I can give 25 hours per week and start from 1 April.",
    "About the program I hear from Telegram channel of ML community, I dont know anybody inside.",
    "After the grant I hope to move to research engineer role in some lab in Europe.",
]
t, h = ours("Oleksandr")
para = " ".join(S)
case(
    "b01_gmail_one_long_paragraph_non_native.eml",
    sender="Oleksandr Bondar <o.bondar.dev@gmail.example>",
    client="Gmail web (text + HTML alternative)",
    style="one long paragraph holding all six answers in order, no numbers or labels",
    answers=dict(zip(QS.ids, S)),
    text=f"Hello dear Grants Team,\n\nthank you for the questions. {para}\n\nBest regards,\n"
    f"Oleksandr\n\nOn Tue, Mar 10, 2026 at 9:14 AM Grants Team <grants@grantbox.example> wrote:"
    f"\n\n{q(t)}\n",
    html_body=f'<div dir="ltr"><div>Hello dear Grants Team,</div><div><br></div><div>thank you '
    f"for the questions. {esc(para)}</div><div><br></div><div>Best regards,</div><div>Oleksandr"
    f'</div></div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
    f'class="gmail_attr">On Tue, Mar 10, 2026 at 9:14\u202fAM Grants Team &lt;<a href="mailto:'
    f'grants@grantbox.example">grants@grantbox.example</a>&gt; wrote:<br></div><blockquote '
    f'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204)'
    f';padding-left:1ex">{h}</blockquote></div>\n',
)

# ------------------------------------------------------------------------------------ b02
# A shared family account (the name in From is the family's); "5. -" means no answer.
A = {
    "background": "I am finishing a master's in econometrics at SGH Warsaw; before that two "
    "years as a junior analyst at a bank (credit risk models in SAS and Python).",
    "math": "Comfortable. Probability and statistics are my main subjects, multivariable "
    "calculus I had in the first year and used it for optimisation.",
    "study_plan": "Weeks 1-4 the Sutton & Barto book with exercises, weeks 5-8 the Spinning Up "
    "algorithms in PyTorch, weeks 9-12 a small project: RL for inventory control, written up "
    "as a report.",
    "commitment": "30 hours a week, from 1 July after my thesis defence.",
    "afterwards": "A PhD in Poland or Germany, or an RL job in industry.",
}
t, _ = ours("Zofia")
case(
    "b02_wp_family_account_dash_for_no_answer.eml",
    sender="Rodzina Nowaków <nowakowie.dom@wp.example>",
    client="Poczta WP (plain text)",
    style="sent from the family's shared address, the applicant says who she is; '5. -' "
    "(no answer); Polish sign-off and attribution",
    answers=A,
    text="Dzień dobry,\n\nthis is Zofia Nowak writing, I use our family e-mail because my "
    "university account is blocked at the moment. My answers:\n\n"
    f"1. {A['background']}\n2. {A['math']}\n3. {A['study_plan']}\n4. {A['commitment']}\n"
    f"5. -\n6. {A['afterwards']}\n\nPozdrawiam serdecznie,\nZofia Nowak\n"
    "(wysłane z konta rodzinnego)\n\n"
    f"Dnia 10 marca 2026 09:14 Grants Team <grants@grantbox.example> napisał(a):\n\n{q(t)}\n",
)

# ------------------------------------------------------------------------------------ b03
# Pasted questions, answers in CAPITALS under each; question 5 not pasted, not answered.
A = {
    "background": "I WAS A CIVIL ENGINEER FOR 12 YEARS (BRIDGES, FINITE ELEMENT MODELS), THEN 3 "
    "YEARS AS A PYTHON DEVELOPER AT A SMALL GIS COMPANY IN LAGOS.",
    "math": "QUITE COMFORTABLE WITH CALCULUS, I USED IT EVERY DAY AS AN ENGINEER. PROBABILITY IS "
    "WEAKER, I WOULD NEED TO REVISE CONDITIONAL EXPECTATION AND MARKOV CHAINS.",
    "study_plan": "FIRST 6 WEEKS: DAVID SILVER LECTURES + SUTTON AND BARTO. LAST 6 WEEKS: "
    "REPRODUCE A PAPER ON RL FOR TRAFFIC SIGNAL CONTROL, BECAUSE I KNOW THE DOMAIN.",
    "commitment": "40 HOURS, FULL TIME. I CAN START ON 6 APRIL.",
    "afterwards": "WORK ON RL FOR INFRASTRUCTURE (TRAFFIC, WATER NETWORKS), IDEALLY IN A "
    "RESEARCH GROUP.",
}
t, _ = ours("Desmond")
body = "HELLO, MY ANSWERS ARE BELOW IN CAPITALS.\n\n"
for i, k in enumerate(QS.ids, 1):
    if k in A:
        body += f"{i}. {qtext(i)}\n{A[k]}\n\n"
body += "REGARDS\nDESMOND OKAFOR\n\n\n"
body += (
    "On Tuesday, March 10, 2026 at 09:14:12 AM GMT+1, Grants Team <grants@grantbox.example> "
    f"wrote:\n\n\n{q(t, '    ')}\n"
)
case(
    "b03_yahoo_pasted_questions_caps_answers.eml",
    sender="Desmond Okafor <desokafor@yahoo.example>",
    client="Yahoo Mail (plain text)",
    style="questions pasted, each answered in CAPITALS under it; question 5 left out; "
    "Yahoo attribution over an indented (not '>') quote",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b04
# Pasted questions with the answer in [square brackets] after each.
A = {
    "background": "Data engineer for 4 years at a fintech (Spark, Airflow, Scala), before that "
    "a BSc in physics.",
    "math": "Vector calculus fine, probability OK but I never did measure theory; I'd like to "
    "brush up on stochastic processes.",
    "study_plan": "Berkeley CS285 lectures and homeworks in order, one per week, plus "
    "reproducing SAC in the last month.",
    "commitment": "About 20 h/week, from mid-April.",
    "referral": "Hacker News thread. I don't know anyone involved.",
    "afterwards": "Move into an ML research engineering role.",
}
t, h = ours("Ines")
body = "Hi,\n\nanswers in brackets after each question:\n\n"
for i, k in enumerate(QS.ids, 1):
    body += f"{i}. {qtext(i)} [{A[k]}]\n\n"
body += f"Thanks!\nInès Moreau\n\n{'_' * 32}\nFrom: Grants Team <grants@grantbox.example>\n"
body += "Sent: Tuesday, March 10, 2026 9:14 AM\nTo: ines.moreau@outlook.example\n"
body += f"Subject: Application\n\n{t}\n"
case(
    "b04_outlook_com_answers_in_brackets.eml",
    sender="Inès Moreau <ines.moreau@outlook.example>",
    client="Outlook.com (plain text)",
    style="each question pasted with its answer in [square brackets] on the same line",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b05
# French/English mixed, French labels (one abbreviated: "Dispo"), French attribution.
A = {
    "background": "ingénieur logiciel depuis 7 ans, mostly C++ for embedded systems at a "
    "railway signalling company in Lyon, puis 2 ans de data science (time series, anomaly "
    "detection).",
    "math": "ça va, j'ai fait une prépa MP so calculus is OK; les probas un peu rouillées, I "
    "would redo a course on Markov chains.",
    "study_plan": "mois 1: Sutton & Barto + exercises; mois 2: the Hugging Face deep RL course; "
    'mois 3: reproduce "Decision Transformer" on D4RL, with a short write-up.',
    "commitment": "25h par semaine, à partir du 4 mai.",
    "referral": "un collègue, Julien Perrin, m'a envoyé le lien. Je ne connais personne d'autre.",
    "afterwards": "rejoindre une équipe de recherche appliquée (RL for control), peut-être en "
    "thèse CIFRE.",
}
t, _ = ours("Camille")
body = (
    "Bonjour,\n\nvoilà mes réponses, sorry for the franglais :)\n\n"
    f"Background : {A['background']}\n\nMaths : {A['math']}\n\n"
    f"Plan : {A['study_plan']}\n\nDispo : {A['commitment']}\n\n"
    f"Comment j'ai connu le programme : {A['referral']}\n\nAprès : {A['afterwards']}\n\n"
    "Bonne journée,\nCamille Girard\n\n"
    "Le mar. 10 mars 2026 à 09:14, Grants Team <grants@grantbox.example> a écrit :\n\n"
    f"{q(t)}\n"
)
case(
    "b05_gmail_french_english_mixed_labels.eml",
    sender="Camille Girard <camille.girard@free.example>",
    client="Gmail web, French (plain text)",
    style="answers mixing French and English, French labels with ' : ' (one abbreviated, "
    "'Dispo'), French attribution",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b06
# Voice dictation on an iPhone: no punctuation, "question one ... question two ...".
A = {
    "background": "I have been a quant analyst at an insurance company for 8 years mostly "
    "pricing models in R and SQL",
    "math": "calculus is fine probability is my daily job I would need to refresh some linear "
    "algebra",
    "study_plan": "I want to follow the hugging face deep RL course and then reproduce the PPO "
    "paper on a few gym environments about 4 weeks each",
    "commitment": "20 hours a week I can start in May",
    "referral": "I saw a post on LinkedIn by one of your reviewers I don't know her personally",
    "afterwards": "I want to apply for a research engineer job in an RL team",
}
words = ["one", "two", "three", "four", "five", "six"]
t, _ = ours("Priya")
spoken = (
    "hi this is dictated sorry for any typos "
    + " ".join(f"question {w} {A[k]}" for w, k in zip(words, QS.ids))
    + " thanks Priya"
)
case(
    "b06_iphone_dictated_no_punctuation.eml",
    sender="Priya Nair <priya.nair@icloud.example>",
    client="iPhone Mail (plain text), dictated",
    style="voice dictation: one unpunctuated run, answers introduced by 'question one' ... "
    "'question six'",
    answers=A,
    text=f"{spoken}\n\nSent from my iPhone\n\n> On 10 Mar 2026, at 09:14, Grants Team "
    f"<grants@grantbox.example> wrote:\n> \n{q(t)}\n",
)

# ------------------------------------------------------------------------------------ b07
# The first of two emails: three answers now, the rest promised; GMX block, original unquoted.
A = {
    "background": "I studied mechanical engineering (TU Dresden) and work since 2021 as "
    "simulation engineer at an automotive supplier, Python and MATLAB, control systems.",
    "math": "Good. Control theory needs a lot of the same (ODEs, linear algebra, Kalman "
    "filters), probability I know from the filter side.",
    "commitment": "15-20 hours per week next to my job, I could start 1 May.",
}
t, _ = ours("Jonas")
body = (
    "Hallo,\n\nhere are my first answers, the others I send tomorrow because I am still "
    "thinking about the study plan.\n\n"
    f"1) {A['background']}\n\n2) {A['math']}\n\n4) {A['commitment']}\n\n"
    "Viele Grüße\nJonas Becker\n\n\n"
    "Gesendet: Dienstag, 10. März 2026 um 09:14 Uhr\n"
    'Von: "Grants Team" <grants@grantbox.example>\nAn: jonas.becker@gmx.example\n'
    f"Betreff: Application\n\n{t}\n"
)
case(
    "b07_gmx_first_of_two_emails.eml",
    sender="Jonas Becker <jonas.becker@gmx.example>",
    client="GMX webmail (plain text)",
    style="the first of two emails: answers 1, 2 and 4 with '1)' numbers, the rest promised; "
    "GMX 'Gesendet:/Von:/An:/Betreff:' block over the unquoted original",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b08
# Bottom-posted under the whole quote (Fastmail), numbered answers, question 5 skipped.
A = {
    "background": "Six years of embedded and then backend work (Go, Postgres) at a payments "
    "company in Accra; I lead a team of four now.",
    "math": "Rusty but willing. I did engineering maths at KNUST. I'd need to brush up on "
    "probability, especially expectations and variance of estimators.",
    "study_plan": "Month one: Silver's course and Sutton & Barto chapters 1-6. Month two: "
    "implement DQN, A2C and PPO from scratch. Month three: one project, probably RL for "
    "fraud-rule tuning on synthetic data.",
    "commitment": "20 hours per week, starting whenever the grant starts (April is fine).",
    "afterwards": "Move my team towards applied ML, or join a research lab if one will have me.",
}
t, _ = ours("Kofi")
body = (
    f"On Tue, 10 Mar 2026, at 09:14, Grants Team wrote:\n{q(t)}\n\n"
    f"Hi, answers below:\n\n1. {A['background']}\n\n2. {A['math']}\n\n3. {A['study_plan']}\n\n"
    f"4. {A['commitment']}\n\n6. {A['afterwards']}\n\n"
    "Thanks,\nKofi\n\n-- \nKofi Mensah\nkofi@mensah.example\n"
)
case(
    "b08_fastmail_bottom_post_under_full_quote.eml",
    sender="Kofi Mensah <kofi@mensah.example>",
    client="Fastmail (plain text)",
    style="bottom-posted: the whole '>' quote first, numbered answers under it (5 skipped), "
    "'-- ' signature",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b09
# Lettered a) ... f) instead of numbers (Proton, plain text).
A = {
    "background": "PhD in computational chemistry (2016), then 7 years of molecular dynamics "
    "software in C++/CUDA at a pharma startup.",
    "math": "Very comfortable with calculus and linear algebra; probability mostly through "
    "statistical mechanics, so I'd review the RL-specific parts (policy gradient estimators).",
    "study_plan": "Weeks 1-3 Sutton & Barto, weeks 4-8 CS285, weeks 9-12 reproduce a paper "
    "on RL for molecule generation.",
    "commitment": "35 hours a week; I can start on 13 April.",
    "referral": "A former colleague, Dr. Hannah Vogt, mentioned it. She is not involved.",
    "afterwards": "An ML research scientist role in drug discovery.",
}
t, _ = ours("Lukas")
body = "Hello,\n\n" + "\n".join(f"{L}) {A[k]}" for L, k in zip("abcdef", QS.ids))
body += "\n\nBest,\nLukas Schmid\n\nSent with Proton Mail secure email.\n\n"
body += "------- Original Message -------\nOn Tuesday, March 10th, 2026 at 09:14, Grants Team "
body += f"<grants@grantbox.example> wrote:\n\n{q(t)}\n"
case(
    "b09_proton_lettered_answers.eml",
    sender="Lukas Schmid <lukas.schmid@proton.example>",
    client="Proton Mail (plain text)",
    style="answers lettered a) to f), one line each, in the order asked",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b10
# A programmer's list that starts at 0 (Superhuman).
A = {
    "background": "Staff engineer, 11 years: distributed systems at two startups, the last "
    "four on a feature store.",
    "math": "Calculus okay, probability okay-ish; I would review variance reduction and "
    "importance sampling before touching off-policy methods.",
    "study_plan": "Spinning Up end to end (reimplementing every algorithm), then reproduce "
    "MuZero-lite on board games; weekly notes on a blog.",
    "commitment": "15 h/week evenings and weekends, start any time after 20 March.",
    "referral": "Twitter. I know Sam Oduya, who mentors in the program.",
    "afterwards": "Either a research engineer role or an independent project on RL for "
    "database query planning.",
}
t, _ = ours("Leo")
body = "Hey team,\n\nanswers (zero-indexed, sorry, occupational hazard):\n\n"
body += "\n".join(f"{i}. {A[k]}" for i, k in enumerate(QS.ids))
body += "\n\nLeo\n\n--\nLeo Hartmann | Staff Engineer | Ravelin Data\n\n"
body += "On Tue, Mar 10, 2026 at 9:14 AM, Grants Team <grants@grantbox.example> wrote:\n\n"
body += f"{q(t)}\n"
case(
    "b10_superhuman_zero_based_list.eml",
    sender="Leo Hartmann <leo@ravelin-data.example>",
    client="Superhuman (plain text)",
    style="numbered list starting at 0 ('0.' is question 1), said to be zero-indexed",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b11
# Outlook desktop (Word HTML): answers typed in blue <font> inline under each question of the
# unindented original; question 5 left unanswered. Text part as Outlook makes it.
A = {
    "background": "Actuary for 9 years (pension funds), lots of stochastic modelling in R and "
    "some Python; I also maintain our internal valuation library.",
    "math": "Probability is my strongest area. Vector calculus I have not used since "
    "university, I would revise it in the first two weeks.",
    "study_plan": "Sutton & Barto cover to cover (one chapter every 4-5 days), then the "
    "DeepMind x UCL lectures, and in the last month reproduce a paper on RL for asset-liability "
    "management.",
    "commitment": "Around 20 hours per week. I can start on 1 June.",
    "afterwards": "A quantitative research role that uses RL, or a part-time PhD in Lisbon.",
}
name = "Ana"
mso = "<p class=MsoNormal>"
parts = [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:'
    'office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.'
    'microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta '
    'http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content='
    '"Microsoft Word 15 (filtered medium)"><style><!--\n/* Style Definitions */\np.MsoNormal, '
    'li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",'
    'sans-serif;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri"'
    ',sans-serif;\n\tcolor:windowtext;}\n--></style></head><body lang=PT link="#0563C1" '
    "vlink=\"#954F72\" style='word-wrap:break-word'><div class=WordSection1>",
    f"{mso}Bom dia,<o:p></o:p></p>{mso}<o:p>&nbsp;</o:p></p>",
    f"{mso}Please see my answers below in blue.<o:p></o:p></p>{mso}<o:p>&nbsp;</o:p></p>",
    f"{mso}Cumprimentos,<o:p></o:p></p>{mso}Ana Ribeiro<o:p></o:p></p>",
    f"{mso}<o:p>&nbsp;</o:p></p><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:"
    "3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>From:</b> Grants Team &lt;grants@grantbox.example"
    "&gt; <br><b>Sent:</b> Tuesday, March 10, 2026 9:14 AM<br><b>To:</b> Ana Ribeiro &lt;"
    "ana.ribeiro@seguros-atlantico.example&gt;<br><b>Subject:</b> Application<o:p></o:p></p>"
    f"</div>{mso}<o:p>&nbsp;</o:p></p>",
    f"{mso}Hi {name},<o:p></o:p></p>",
    f"{mso}Thank you for applying to the ML research retraining grant; we have your resume."
    "<o:p></o:p></p>",
    f"{mso}To complete your application, please reply to this email with your answers to the "
    "questions below. Answer however is easiest for you: under each question, or numbered "
    "(1., 2., ...) at the top of your reply.<o:p></o:p></p>",
]
tparts = []
for i, k in enumerate(QS.ids, 1):
    opt = " (optional)" if not NQ[i - 1].required else ""
    parts.append(f"{mso}<b>{i}. {esc(qtext(i))}</b>{opt}")
    tparts.append(f"{i}. {qtext(i)}{opt}")
    if qhelp(i):
        parts.append(f"<br><span style='color:#555555'>{esc(qhelp(i))}</span>")
        tparts.append(qhelp(i))
    parts.append("<o:p></o:p></p>")
    if k in A:
        parts.append(f'{mso}<font color="#0070C0">{esc(A[k])}</font><o:p></o:p></p>')
        tparts.append(A[k])
    tparts.append("")
parts.append(f"{mso}Thank you,<o:p></o:p></p>{mso}The grants team<o:p></o:p></p>")
parts.append("</div></body></html>\n")
text = (
    "Bom dia,\n\nPlease see my answers below in blue.\n\nCumprimentos,\nAna Ribeiro\n\n"
    "From: Grants Team <grants@grantbox.example>\nSent: Tuesday, March 10, 2026 9:14 AM\n"
    "To: Ana Ribeiro <ana.ribeiro@seguros-atlantico.example>\nSubject: Application\n\n"
    f"Hi {name},\n\nThank you for applying to the ML research retraining grant; we have your "
    "resume.\n\nTo complete your application, please reply to this email with your answers to "
    "the questions below. Answer however is easiest for you: under each question, or numbered "
    "(1., 2., ...) at the top of your reply.\n\n" + "\n".join(tparts) + "\nThank you,\n"
    "The grants team\n"
)
case(
    "b11_outlook_word_html_font_color_inline.eml",
    sender="Ana Ribeiro <ana.ribeiro@seguros-atlantico.example>",
    client="Outlook desktop (Word HTML + text alternative)",
    style="'see my answers below in blue': <font color> answers under each question of the "
    "unindented original below a From:/Sent: block; question 5 unanswered; Portuguese "
    "greeting and sign-off",
    answers=A,
    text=text,
    html_body="".join(parts),
    x_mailer="Microsoft Outlook 16.0",
)

# ------------------------------------------------------------------------------------ b12
# Outlook plain text, "_____" rule over an Italian Da:/Inviato:/A:/Oggetto: block; answers
# "1)" with 4 before 3; long signature and legal footer.
A = {
    "background": "Data analyst in insurance for 6 years (claims forecasting, SQL, Python), "
    "before that a master's in statistics at Bocconi.",
    "math": "Probability and statistics very solid; vector calculus I studied but would need "
    "to review gradients of multivariate functions and the chain rule in matrix form.",
    "commitment": "20 hours per week, I can start from 15 April.",
    "study_plan": "Sutton & Barto part I (weeks 1-5), then Spinning Up implementations "
    "(weeks 6-9), then a small project on pricing with bandits (weeks 10-12).",
    "afterwards": "Move to an ML team in my company or a research engineer role.",
}
t, _ = ours("Marco")
body = (
    "Buongiorno,\n\n"
    f"1) {A['background']}\n\n2) {A['math']}\n\n4) {A['commitment']}\n\n"
    f"3) {A['study_plan']}\n\n6) {A['afterwards']}\n\n"
    "Cordiali saluti,\n\nMarco Bellini\nSenior Data Analyst | Pricing & Analytics\n"
    "Assicurazioni Meridiana S.p.A.\nVia Larga 12, 20122 Milano\nTel. +39 02 8899 1234 | "
    "Mob. +39 347 123 4567\nwww.meridiana-assicurazioni.example\n\n"
    "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. "
    "La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste "
    "informazioni sono rigorosamente vietate. Qualora abbiate ricevuto questo documento per "
    "errore siete cortesemente pregati di darne immediata comunicazione al mittente e di "
    "provvedere alla sua distruzione.\n\n"
    f"{'_' * 32}\nDa: Grants Team <grants@grantbox.example>\n"
    "Inviato: martedì 10 marzo 2026 09:14\nA: Marco Bellini <m.bellini@meridiana.example>\n"
    f"Oggetto: Application\n\n{t}\n"
)
case(
    "b12_outlook_plain_underscores_italian_block.eml",
    sender="Marco Bellini <m.bellini@meridiana.example>",
    client="Outlook desktop, Italian (plain text)",
    style="'1)' answers with 4 before 3 and 5 skipped; Italian sign-off, signature and legal "
    "footer; '_____' rule over 'Da:/Inviato:/A:/Oggetto:'",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b13
# Lotus Notes: Indian English, "Q1)" answers, Notes tab-separated header over the unquoted
# original, "=====-----=====" disclaimer.
A = {
    "background": "I am working as Assistant Manager - Analytics with 8 years of experience in "
    "credit scoring, collections models and campaign analytics (SAS, Python, Spark).",
    "math": "I am comfortable with probability and statistics as it is used daily in my work. "
    "Vector calculus I have studied in B.Tech but will need revision.",
    "study_plan": "I will complete the NPTEL Reinforcement Learning course and Sutton & Barto "
    "in first 6 weeks and then implement DQN and PPO on OpenAI Gym, with a mini project on "
    "collections strategy optimisation.",
    "commitment": "I can commit 15-18 hours per week. I can join from 1st May 2026.",
    "referral": "I came to know through a LinkedIn post. I do not know anyone in the program.",
    "afterwards": "To move into a data scientist role working on RL based decisioning systems.",
}
t, _ = ours("Anil")
body = (
    "Dear Sir/Madam,\n\nGreetings of the day. Kindly find my replies as below.\n\n"
    + "\n\n".join(f"Q{i}) {A[k]}" for i, k in enumerate(QS.ids, 1))
    + "\n\nKindly revert in case of any further information required.\n\n"
    "Thanks & Regards,\nAnil Kumar Mehta\nAssistant Manager - Analytics\n"
    "Zenith Finserv Ltd., Pune\nMob: +91 98220 12345\n\n"
    "=====-----=====-----=====\nNotice: The information contained in this e-mail message "
    "and/or attachments to it may contain confidential or privileged information. If you are "
    "not the intended recipient, any dissemination, use, review, distribution, printing or "
    "copying of the information contained in this e-mail message and/or attachments to it are "
    "strictly prohibited.\n=====-----=====-----=====\n\n\n\n"
    'From:\t"Grants Team" <grants@grantbox.example>\nTo:\tanil.mehta@zenithfinserv.example\n'
    f"Date:\t10-03-2026 14:44\nSubject:\tApplication\n\n\n\n{t}\n"
)
case(
    "b13_lotus_notes_indian_english.eml",
    sender="Anil Kumar Mehta <anil.mehta@zenithfinserv.example>",
    client="IBM Lotus Notes 9 (plain text)",
    style="'Q1)' answers, 'Kindly revert' line, 'Thanks & Regards' over a title and a "
    "=====-----===== disclaimer, Notes tab-separated From:/To:/Date:/Subject: header",
    answers=A,
    text=body,
    x_mailer="Lotus Notes Release 9.0.1FP10 SHF68 March 22, 2018",
)

# ------------------------------------------------------------------------------------ b14
# A second reply correcting one earlier answer; the quote holds the earlier reply (Apple Mail).
earlier = {
    "background": "Product analyst for 5 years at a music streaming company (A/B testing, "
    "causal inference, Python).",
    "math": "Probability fine, calculus needs a refresher.",
    "study_plan": "CS285 plus a bandits project.",
    "commitment": "30 hours a week, from 1 April.",
    "afterwards": "Research engineer.",
}
t, _ = ours("Maya")
prev = "Hi,\n\n" + "\n".join(f"{i}. {earlier[k]}" for i, k in enumerate(QS.ids, 1) if k in earlier)
prev += "\n\nMaya\n\n> On 10 Mar 2026, at 09:14, Grants Team <grants@grantbox.example> wrote:\n"
prev += f">\n{q(t)}\n"
fix = (
    "I wrote I could start on 1 April, but my notice period is actually three months, so the "
    "earliest start is 1 July. The 30 hours a week still stands."
)
text = (
    f"Hi again,\n\nSmall correction to my answer to question 4: {fix}\n\nSorry for the "
    f"confusion!\nMaya\n\n> On 10 Mar 2026, at 18:02, Maya Lindqvist <maya.lindqvist@"
    f"icloud.example> wrote:\n>\n{q(prev)}\n"
)
html_body = (
    '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
    '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
    'after-white-space;">Hi again,<div><br></div><div>Small correction to my answer to question '
    f"4: {esc(fix)}</div><div><br></div><div>Sorry for the confusion!</div><div>Maya</div><div>"
    '<br><blockquote type="cite"><div>On 10 Mar 2026, at 18:02, Maya Lindqvist &lt;maya.'
    "lindqvist@icloud.example&gt; wrote:</div><br><div><div>"
    + esc(prev.split("\n\n> On")[0]).replace("\n", "<br>")
    + '<br><br><blockquote type="cite">On 10 Mar 2026, at 09:14, Grants Team &lt;grants@'
    "grantbox.example&gt; wrote:<br><br>"
    + esc(t).replace("\n", "<br>")
    + "</blockquote></div></div></blockquote></div></body></html>\n"
)
case(
    "b14_apple_mail_correction_of_answer_4.eml",
    sender="Maya Lindqvist <maya.lindqvist@icloud.example>",
    client="Apple Mail (text + HTML alternative)",
    style="a second reply correcting the answer to question 4; the quote holds the earlier "
    "reply and our email",
    answers={"commitment": fix},
    text=text,
    html_body=html_body,
    x_mailer="Apple Mail (2.3826.400.131.1.6)",
)

# ------------------------------------------------------------------------------------ b15
# Reply to the "we still need" email (math, afterwards), answered in reverse order with loose
# lead-ins; Spark on iOS.
A = {
    "afterwards": "I'd like to apply to PhD programs in RL for fall 2027, ideally in Europe.",
    "math": "honestly a bit rusty. I did calc 1-3 in college but that was 10 years ago, and I "
    "know the basics of probability. I'd do a refresher in the first two weeks.",
}
t, _ = ours("Tyler", "missing_answers", ["math", "afterwards"])
case(
    "b15_spark_missing_answers_reverse_order.eml",
    sender="Tyler Brooks <tbrooks@hey.example>",
    client="Spark for iOS (plain text)",
    style="reply to the 'we still need' email: the two answers in reverse order, led in by "
    "'As for after the grant,' and 'Re the math one:'",
    answers=A,
    asked=["math", "afterwards"],
    text=f"Hi! Sorry, missed those.\n\nAs for after the grant, {A['afterwards']}\n\n"
    f"Re the math one: {A['math']}\n\nCheers,\nTyler\n\nSent with Spark\n\n"
    f"On 10 March 2026 at 09:14:07, Grants Team (grants@grantbox.example) wrote:\n\n{q(t)}\n",
)

# ------------------------------------------------------------------------------------ b16
# Samsung Email, Korean: "Q1." answers, Korean greeting and sign-off, Korean header block.
A = {
    "background": "5 years as a game server developer (C#, Unity backend) at a mobile game "
    "company in Seoul, and 1 year in the data team making churn prediction models.",
    "math": "Calculus is OK. Probability I studied again last year with the KAIST online "
    "course, but I think I need more practice on expectation and variance.",
    "study_plan": "1st month Sutton and Barto, 2nd month CS285 homeworks, 3rd month make an "
    "RL agent for a simple game of our company and write a report.",
    "commitment": "About 20 hours every week, from April 6.",
    "referral": "From a Korean RL study group on Facebook (RL Korea). I don't know anyone.",
    "afterwards": "Work as RL engineer for game AI.",
}
t, _ = ours("Minjun")
body = "안녕하세요,\nThank you for the mail. My answers are below.\n\n"
body += "\n".join(f"Q{i}. {A[k]}" for i, k in enumerate(QS.ids, 1))
body += "\n\n감사합니다.\n김민준 드림\n\n\n\nSent from my Galaxy\n\n\n"
body += "-------- 원본 메시지 --------\n보낸 사람: Grants Team <grants@grantbox.example>\n"
body += "날짜: 26/3/10 오후 6:14 (GMT+09:00)\n받는 사람: minjun.kim@naver.example\n"
body += f"제목: Application\n\n{t}\n"
case(
    "b16_samsung_email_korean_q_numbers.eml",
    sender="Kim Minjun <minjun.kim@naver.example>",
    client="Samsung Email, Korean (plain text)",
    style="'Q1.' answers one line each; Korean greeting and sign-off, 'Sent from my Galaxy', "
    "Korean '-------- 원본 메시지 --------' block over the unquoted original",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b17
# QQ Mail (HTML only): "1、" answers, one mixed Chinese/English answer, QQ's 原始邮件 block.
A = {
    "background": "4 years backend developer at an e-commerce company in Hangzhou (Java, "
    "Go), the last year in the recommendation team doing feature engineering.",
    "math": "Calculus and linear algebra are OK (I took the graduate entrance exam). "
    "Probability I need to review, especially MDP-related parts.",
    "study_plan": "Month 1: Sutton & Barto + David Silver course; month 2: reproduce DQN and "
    "PPO; month 3: RL for recommendation (slate bandits) with a public dataset.",
    "commitment": "30 hours per week. I can start on April 1.",
    "referral": "朋友推荐 (a friend, Li Na, recommended it; she was in the first cohort).",
    "afterwards": "Join a research team working on RL for recommendation.",
}
_, h = ours("王磊")
items = "".join(f"<div>{i}、{esc(A[k])}</div>" for i, k in enumerate(QS.ids, 1))
html_body = (
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><div>Hello,</div>'
    f"<div><br></div><div>My answers:</div>{items}<div><br></div><div>谢谢！</div><div>王磊"
    "</div><div><br></div><div><br></div>"
    '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
    "------------------&nbsp;原始邮件&nbsp;------------------</div>"
    '<div style="font-size: 12px;background:#efefef;padding:8px;">'
    '<div><b>发件人:</b>&nbsp;"Grants Team"&lt;grants@grantbox.example&gt;;</div>'
    "<div><b>发送时间:</b>&nbsp;2026年3月10日(星期二) 下午5:14</div>"
    '<div><b>收件人:</b>&nbsp;"王磊"&lt;wanglei@qq.example&gt;;<wbr></div>'
    "<div></div><div><b>主题:</b>&nbsp;Application</div></div><div><br></div>"
    f"{h}\n"
)
case(
    "b17_qq_mail_html_chinese_enumeration_comma.eml",
    sender="王磊 <wanglei@qq.example>",
    client="QQ Mail (HTML only)",
    style="'1、' answers in <div>s, one answer mixing Chinese and English, Chinese sign-off, "
    "QQ '原始邮件' header box over the original",
    answers=A,
    html_body=html_body,
    x_mailer="QQMail 2.x",
)

# ------------------------------------------------------------------------------------ b18
# Outlook for Android, Turkish: "1. soru:" labels (Turkish word order), Turkish block.
A = {
    "background": "I am an industrial engineer, 7 years in supply chain planning at a "
    "white-goods manufacturer, last 3 years building optimisation and forecasting tools in "
    "Python.",
    "math": "Good with linear algebra and optimisation, calculus fine. Probability medium, I "
    "used stochastic inventory models.",
    "study_plan": "First Sutton & Barto with all exercises (6 weeks), then reproduce a paper on "
    "RL for inventory management with a public simulator (6 weeks).",
    "commitment": "25 hours per week, start 1 May.",
    "afterwards": "Bring RL into operations research teams, maybe as a consultant.",
}
t, _ = ours("Emre")
body = "Merhaba,\n\n" + "\n\n".join(f"{i}. soru: {A[k]}" for i, k in enumerate(QS.ids, 1) if k in A)
body += "\n\nSaygılarımla,\nEmre Yıldız\n\nAndroid için Outlook'u edinin\n"
body += f"{'_' * 32}\nKimden: Grants Team <grants@grantbox.example>\n"
body += "Gönderildi: Salı, Mart 10, 2026 09:14\nKime: emre.yildiz@outlook.example\n"
body += f"Konu: Application\n\n{t}\n"
case(
    "b18_outlook_android_turkish_soru_labels.eml",
    sender="Emre Yıldız <emre.yildiz@outlook.example>",
    client="Outlook for Android, Turkish (plain text)",
    style="'1. soru:' ('question 1:') labels, question 5 skipped, Turkish sign-off and "
    "footer, Turkish 'Kimden:/Gönderildi:/Kime:/Konu:' block",
    answers=A,
    text=body,
)

# ------------------------------------------------------------------------------------ b19
# New Outlook / OWA (HTML only), Brazilian Portuguese: each question pasted, "R:" answers.
A = {
    "background": "Sou economista. 6 years in a bank in São Paulo, first as risk analyst, now "
    "as data scientist doing credit models (Python, SQL, some PySpark).",
    "math": "Comfortable with probability and statistics; calculus I used in the master's in "
    "economics, I would review vector calculus notation.",
    "study_plan": "The Hugging Face Deep RL course in the first month, then Sutton & Barto "
    "chapters 9-13 with exercises, and a final project on RL for collections strategy.",
    "commitment": "20 horas por semana. Start in May.",
    "referral": "A friend from the bank, Rafael Souza, sent me the link.",
    "afterwards": "Lead an applied RL team in a fintech.",
}
_, h = ours("João")
style = (
    'style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
    'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
)
rows = "".join(
    f'<div class="elementToProof" {style}>{i}. {esc(qtext(i))}</div>'
    f'<div class="elementToProof" {style}>R: {esc(A[k])}</div>'
    f'<div class="elementToProof" {style}><br></div>'
    for i, k in enumerate(QS.ids, 1)
)
html_body = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style '
    'type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
    f'<body dir="ltr"><div class="elementToProof" {style}>Olá,</div>'
    f'<div class="elementToProof" {style}><br></div>{rows}'
    f'<div class="elementToProof" {style}>Abraço,</div>'
    f'<div class="elementToProof" {style}>João Pedro Carvalho</div>'
    f'<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
    '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"'
    ' color="#000000"><b>De:</b> Grants Team &lt;grants@grantbox.example&gt;<br><b>Enviado:'
    "</b> terça-feira, 10 de março de 2026 09:14<br><b>Para:</b> João Pedro Carvalho &lt;"
    "jp.carvalho@outlook.example&gt;<br><b>Assunto:</b> Application</font><div>&nbsp;</div>"
    f"</div><div>{h}</div></body></html>\n"
)
case(
    "b19_new_outlook_portuguese_r_answers.eml",
    sender="João Pedro Carvalho <jp.carvalho@outlook.example>",
    client="new Outlook / Outlook on the web, Portuguese (HTML only)",
    style="each question pasted as plain text with an 'R:' (resposta) answer under it; "
    "Portuguese greeting, sign-off and divRplyFwdMsg 'De:/Enviado:/Para:/Assunto:' block",
    answers=A,
    html_body=html_body,
)

# ------------------------------------------------------------------------------------ b20
# Thunderbird, Italian: "-->" answers inline under the '>' quoted questions; 5 skipped;
# closing at the very bottom.
A = {
    "background": "Physicist (PhD in condensed matter, Padova 2019), then four years as data "
    "scientist in an energy company: load forecasting, some optimisation.",
    "math": "Very comfortable, it's my training. Maybe some revision on stochastic approximation.",
    "study_plan": "Sutton & Barto and Silver lectures (weeks 1-4), CS285 homeworks (weeks "
    "5-8), reproduce a paper on RL for battery storage control (weeks 9-12).",
    "commitment": "30 hours per week, from 20 April.",
    "afterwards": "A research position in RL for energy systems, in academia or industry.",
}
t, _ = ours("Giulia")
out = ["Il 10/03/2026 09:14, Grants Team ha scritto:"]
lines = t.split("\n")
cur = 0
for ln in lines:
    out.append(("> " + ln).rstrip() if ln.strip() else ">")
    if ln[:2] in {f"{i}." for i in range(1, 7)}:
        cur = int(ln[0])
    if cur and (not ln.strip()) and cur <= 6:
        k = QS.ids[cur - 1]
        if k in A:
            out.insert(len(out) - 1, f"--> {A[k]}")
        cur = 0
body = "\n".join(out) + "\n\nGrazie mille e buona giornata,\nGiulia Conti\n"
case(
    "b20_thunderbird_italian_arrow_inline.eml",
    sender="Giulia Conti <giulia.conti@libero.example>",
    client="Thunderbird, Italian (plain text)",
    style="Italian attribution first, '-->' answers inline after each quoted question (5 "
    "skipped), closing at the very bottom",
    answers=A,
    text=body,
    x_mailer="Mozilla Thunderbird",
)

# ------------------------------------------------------------------------------------ b21
# Answers in an attached .docx (bold questions, answers under them) beside a .docx CV.
A = {
    "background": "I have worked for nine years as a software engineer, first on telecoms "
    "billing systems (Java) and for the last four years on the data platform of a logistics "
    "company in Lagos (Python, Kafka).",
    "math": "I am comfortable with probability and statistics from my MSc in Operations "
    "Research. My vector calculus is weaker and I plan to revise it with the MIT 18.02 notes "
    "before the grant starts.",
    "study_plan": "Weeks 1-4: Sutton & Barto chapters 1-9. Weeks 5-8: CS285 lectures and "
    'homeworks. Weeks 9-12: reproduce "Learning to Dispatch" on a public vehicle-routing '
    "benchmark and write it up.",
    "commitment": "Twenty hours per week; I could start on 4 May 2026.",
    "referral": "Through the newsletter of the Deep Learning Indaba. I do not know anyone "
    "involved.",
    "afterwards": "A research engineer position in a team applying RL to logistics.",
}
paras: list[tuple[str, bool]] = [("Responses to follow-up questions – Olusegun Adeyemi", True)]
for i, k in enumerate(QS.ids, 1):
    paras += [(f"Question {i}: {qtext(i)}", True), (A[k], False)]
cv = docx_bytes([
    ("Olusegun Adeyemi", True),
    ("Lagos, Nigeria · olusegun.adeyemi@mail.example · +234 803 555 0101", False),
    ("Experience", True),
    ("Senior Software Engineer, Haulr Logistics, Lagos — 2022–present", False),
    ("Built the event pipeline (Kafka, Python) and the data platform used by 40 analysts.", False),
    ("Software Engineer, Celtel Billing Systems — 2017–2022", False),
    ("Java services for prepaid billing; on-call lead.", False),
    ("Education", True),
    ("MSc Operations Research, University of Lagos, 2017", False),
    ("BSc Computer Science, Obafemi Awolowo University, 2015", False),
])  # fmt: skip
case(
    "b21_outlook_mac_answers_docx_beside_cv_docx.eml",
    sender="Olusegun Adeyemi <olusegun.adeyemi@mail.example>",
    client="Outlook for Mac (plain text)",
    style="'my responses ... in the attached Word document': questions in bold with answers "
    "under them in a .docx; the CV attached as .docx too",
    answers=A,
    answers_file="Responses_Adeyemi.docx",
    text="Dear Grants Team,\n\nPlease find my responses to your questions in the attached "
    "Word document. My CV is attached again for reference.\n\nKind regards,\nOlusegun "
    "Adeyemi\n\nFrom: Grants Team <grants@grantbox.example>\nDate: Tuesday, 10 March 2026 at "
    "09:14\nTo: Olusegun Adeyemi <olusegun.adeyemi@mail.example>\nSubject: Application\n\n"
    + ours("Olusegun")[0]
    + "\n",
    files=[
        (
            "Adeyemi_CV_2026.docx",
            DOCX := "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            cv,
        ),
        ("Responses_Adeyemi.docx", DOCX, docx_bytes(paras)),
    ],
)

# ------------------------------------------------------------------------------------ b22
# "PFA": answers in an attached PDF (questions as headings, answers under them).
A = {
    "background": "I am a B.Tech (ECE) graduate with 5 years of experience as a software "
    "engineer at an IT services company in Hyderabad, working on Java microservices for a US "
    "healthcare client, and for the last 2 years as an ML engineer on claims fraud detection.",
    "math": "Comfortable with probability and linear algebra. Vector calculus I have done in "
    "engineering but need to practise Jacobians and gradients again.",
    "study_plan": "Month 1: Sutton & Barto and NPTEL RL lectures. Month 2: implement DQN, "
    "REINFORCE, A2C and PPO in PyTorch. Month 3: a project on RL for claims triage using "
    "simulated data.",
    "commitment": "20-25 hours per week. I can start from 1st April 2026.",
    "referral": "My cousin Karthik Rao shared the link; he is not part of the program.",
    "afterwards": "Work as an applied scientist on RL, or do an MS by research at IISc.",
}
blocks = "".join(
    f"<h3>{i}. {esc(qtext(i))}</h3><p>{esc(A[k])}</p>" for i, k in enumerate(QS.ids, 1)
)
page = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:"DejaVu Sans",'
    "sans-serif;font-size:11pt;margin:2cm}h3{font-size:11pt}</style></head><body>"
    f"<h2>Sneha Reddy – Answers to follow-up questions</h2>{blocks}</body></html>"
)
case(
    "b22_gmail_pfa_answers_pdf.eml",
    sender="Sneha Reddy <sneha.reddy93@gmail.example>",
    client="Gmail web (plain text), PDF printed by Chromium",
    style="'PFA the answers': a PDF with each question as a heading and the answer under it; "
    "'Thanks & Regards' sign-off",
    answers=A,
    answers_file="Sneha_Reddy_answers.pdf",
    text="Hi Team,\n\nPFA the answers to the questions.\n\nThanks & Regards,\nSneha Reddy\n"
    "+91 90000 12345\n\nOn Tue, Mar 10, 2026 at 2:44 PM Grants Team <grants@grantbox.example>"
    f" wrote:\n\n{q(ours('Sneha')[0])}\n",
    files=[("Sneha_Reddy_answers.pdf", "application/pdf", pdf_bytes(page))],
)

# ------------------------------------------------------------------------------------ b23
# A cp1252 .txt from a phone, "1/" numbering (a French habit), body in French.
A = {
    "background": "Développeur web pendant 8 ans (PHP puis TypeScript), depuis 2 ans data "
    "engineer dans une start-up de mobilité à Nantes.",
    "math": "Les probas ça va (licence de maths), le calcul vectoriel il faudra que je revoie "
    "les bases.",
    "study_plan": "Le cours de David Silver et Sutton & Barto le premier mois, puis "
    "implémenter DQN et PPO, puis un petit projet de RL sur la régulation de feux de "
    "circulation.",
    "commitment": "20 h par semaine, dès le 1er avril.",
    "afterwards": "Trouver un poste d'ingénieur de recherche en RL.",
}
txt = (
    "Réponses – Théo Marchand\r\n\r\n"
    + "\r\n\r\n".join(f"{i}/ {A[k]}" for i, k in enumerate(QS.ids, 1) if k in A)
    + "\r\n"
)
case(
    "b23_samsung_french_answers_cp1252_txt.eml",
    sender="Théo Marchand <theo.marchand@orange.example>",
    client="Samsung Email, French (plain text), cp1252 .txt attached",
    style="'voici mes réponses en pièce jointe': a Windows-1252 .txt with '1/' numbers, "
    "question 5 skipped",
    answers=A,
    answers_file="reponses.txt",
    text="Bonjour,\n\nVoici mes réponses en pièce jointe (tapées dans le train).\n\n"
    "Cordialement,\nThéo Marchand\n\n\nEnvoyé depuis mon smartphone Samsung Galaxy.\n\n\n"
    "-------- Message d'origine --------\nDe : Grants Team <grants@grantbox.example>\n"
    "Date : 10/03/2026 09:14 (GMT+01:00)\nÀ : theo.marchand@orange.example\nObjet : "
    f"Application\n\n{ours('Théo')[0]}\n",
    files=[("reponses.txt", "text/plain", txt.encode("cp1252"))],
)

# ------------------------------------------------------------------------------------ b24
# Gmail on Android, top of a phone reply only: two unlabelled lines, the rest promised.
A = {
    "commitment": "Can do 15 hrs/week, starting 1st April itself.",
    "referral": "Came to know about the program from my senior Rohit Sharma, he was in the "
    "last batch.",
}
case(
    "b24_android_gmail_two_lines_rest_later.eml",
    sender="Vikram Singh <vikram.singh.ds@gmail.example>",
    client="Gmail on Android (plain text)",
    style="phone reply: two unlabelled one-line answers (4 and 5), 'will send remaining "
    "answers from laptop'",
    answers=A,
    text=f"Hi,\n{A['commitment']}\n{A['referral']}\nWill send remaining answers from laptop "
    "tonight.\nThanks\n\nOn Tue, 10 Mar, 2026, 9:14 am Grants Team, <grants@grantbox.example> "
    f"wrote:\n\n{q(ours('Vikram')[0])}\n",
)

# ------------------------------------------------------------------------------------ b25
# Zoho Mail (HTML only): answers in red <font> inside the quoted original; 5 unanswered.
A = {
    "background": "Chartered accountant turned developer: 6 years in audit, then 4 years "
    "building reconciliation software (Python, Django) at a fintech in Dubai.",
    "math": "Comfortable.",
    "study_plan": "Spinning Up and Sutton & Barto for 8 weeks, then 4 weeks on a project: RL "
    "for cash management in a simulated treasury.",
    "commitment": "25 hours a week from 1 June; before that about 10.",
    "afterwards": "Research on RL in finance, possibly a part-time PhD.",
}
_, h = ours("Fatima")
for i, k in enumerate(QS.ids, 1):
    if k not in A:
        continue
    marker = f"<p><strong>{i}. {esc(qtext(i))}</strong>"
    start = h.index(marker)
    end = h.index("</p>", start) + 4
    h = h[:end] + f'\n<p><font color="#ff0000">{esc(A[k])}</font></p>' + h[end:]
html_body = (
    '<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-'
    'Type"></head><body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; '
    'font-size: 10pt;"><div>Hi,<br></div><div><br></div><div>Answers inline below in red.<br>'
    "</div><div><br></div><div>Regards,<br></div><div>Fatima Al-Hashimi<br></div><div><br>"
    '</div><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); '
    'height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
    '<div class="zmail_extra" data-zmail_extra=""><div><br></div><div id="Zm-_Id_-Sgn1">---- '
    "On Tue, 10 Mar 2026 09:14:12 +0400 <b>Grants Team &lt;grants@grantbox.example&gt;</b> "
    'wrote ---<br></div><div><br></div><blockquote style="border-left: 1px solid rgb(204, '
    '204, 204); padding-left: 6px; margin: 0px 0px 0px 5px;">'
    f"{h}</blockquote></div><div><br></div></div><br></body></html>\n"
)
case(
    "b25_zoho_html_red_font_inline_in_quote.eml",
    sender="Fatima Al-Hashimi <fatima@alhashimi.example>",
    client="Zoho Mail (HTML only)",
    style="'Answers inline below in red': <font color> paragraphs inside the quoted original "
    "under each question (5 unanswered), Zoho '---- On ... wrote ---' over a blockquote",
    answers=A,
    html_body=html_body,
    x_mailer="Zoho Mail",
)


(HERE / "expected.json").write_text(
    json.dumps(
        {"_about": "Eighth later-written batch (second blind one): whole emails read as intake "
                   "reads them; written for issue 11 by a helper who had read neither the "
                   "answer parser, its tests nor the earlier sets' texts, with every expected "
                   "answer decided before anything was run on them.",
         "cases": CASES},
        indent=1, ensure_ascii=False,
    ) + "\n",
    encoding="utf-8",
)  # fmt: skip
print(f"wrote {len(CASES)} replies to {HERE}")
