"""Writes the robots-heldout11 set (all content invented by the helper robots11).

Run with the project's venv python; needs Debian chromium (PDF resumes) and python-docx.
labels.json was written by hand before this script was first run (now folded into ../robots.json).
"""
import base64, hashlib, os, subprocess, json, textwrap
import email.policy
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/robots11_build"
os.makedirs(BUILD, exist_ok=True)
POL = email.policy.default.clone(linesep="\n", max_line_length=78)
WRITTEN = []


def out(rel, data):
    p = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(p, "wb") as f:
        f.write(data)
    WRITTEN.append(rel)


def build(rel, headers, text, html=None, cte="quoted-printable", attach=(), html_cte=None):
    m = EmailMessage(policy=POL)
    for k, v in headers:
        m[k] = v.replace("\n\t", " ").replace("\n ", " ")
    if text is not None:
        m.set_content(text, charset="utf-8", cte=cte)
    if html is not None:
        if text is None:
            m.set_content(html, subtype="html", charset="utf-8", cte=html_cte or cte)
        else:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte or cte)
    for fname, data, mt, st in attach:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    mid = m.get("Message-ID", "") or ""
    for i, part in enumerate(m.walk()):
        if part is not m:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary_for(mid, rel, i))
    out(rel, fix_headers(m.as_bytes(policy=POL), headers))


def boundary_for(mid, rel, i):
    h = hashlib.sha1((rel + str(i)).encode()).hexdigest()
    if "gmail" in mid or "google" in mid:
        return "0000000000" + h[:18]
    if "outlook" in mid.lower() or "$" in mid:
        return f"_00{i}_" + h[:30].upper() + "_"
    if "yahoo" in mid:
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1794000000000 + int(h[14:20], 16)}"
    if mid[1:9].count("-") == 0 and len(mid) > 40 and mid[9] == "-" and mid[1:2].isupper():
        return "Apple-Mail=_" + "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:32]]).upper()
    return "------------" + base64.b64encode(bytes.fromhex(h[:36])).decode().replace("+", "x").replace("/", "Q")


def raw(rel, text):
    out(rel, textwrap.dedent(text).lstrip("\n"))


def b64(s):
    return "\n".join(textwrap.wrap(base64.b64encode(s.encode("utf-8")).decode(), 76))


def enc(name, value):
    """One header line as a mail client writes it: RFC 2047 base64 words for non-ASCII text, folded."""
    from email.header import Header
    from email.utils import getaddresses, formataddr
    if name.lower() in ("from", "to", "cc", "reply-to", "sender") and not value.isascii():
        parts = []
        for dn, addr in getaddresses([value]):
            parts.append(formataddr((dn, addr), charset="utf-8") if not dn.isascii() else formataddr((dn, addr)))
        return name + ": " + ",\n ".join(parts)
    if not value.isascii():
        return name + ": " + Header(value, "utf-8", maxlinelen=76, header_name=name).encode(linesep="\n")
    if value == "":
        return name + ":"
    words, lines, cur = value.split(" "), [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            lines.append(cur); cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


FIX = ("Subject", "Thread-Topic", "From", "To", "Reply-To")


def fix_headers(data, headers):
    """Replace the email package's folding of a few headers by enc() (it drops spaces between encoded words)."""
    head, sep, body = data.decode("latin-1").partition("\n\n")
    lines, out_lines, i = head.split("\n"), [], 0
    want = {}
    for k, v in headers:
        if k.lower() in ("mime-version", "content-type", "content-transfer-encoding"):
            continue
        want.setdefault(k.lower(), []).append(v.replace("\n\t", " ").replace("\n ", " "))
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j][:1] in (" ", "\t"):
            j += 1
        name = lines[i].split(":", 1)[0]
        if want.get(name.lower()):
            out_lines.append(enc(name, want[name.lower()].pop(0)))
        else:
            out_lines.extend(lines[i:j])
        i = j
    return ("\n".join(out_lines) + sep + body).encode("latin-1")


# ---------------------------------------------------------------- attachments
def pdf(name, html):
    h = os.path.join(BUILD, name + ".html")
    p = os.path.join(BUILD, name + ".pdf")
    with open(h, "w", encoding="utf-8") as f:
        f.write("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans',sans-serif;"
                "font-size:11pt;margin:2cm}h1{font-size:18pt}h2{font-size:13pt;border-bottom:1px solid #888}"
                "</style></head><body>" + html + "</body></html>")
    if not os.path.exists(p):
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + p, h], check=True, capture_output=True, timeout=120)
    return open(p, "rb").read()


def docx(name, paras):
    import docx as _d
    p = os.path.join(BUILD, name + ".docx")
    d = _d.Document()
    for i, t in enumerate(paras):
        if i == 0:
            d.add_heading(t, 0)
        elif t.startswith("## "):
            d.add_heading(t[3:], 1)
        else:
            d.add_paragraph(t)
    d.save(p)
    return open(p, "rb").read()


def cv(name, title, contact, sections):
    body = f"<h1>{name}</h1><p>{title}<br>{contact}</p>"
    for head, items in sections:
        body += f"<h2>{head}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    return body


DOCX = "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"

# ---------------------------------------------------------------- our outgoing mail
QUESTIONS_EN = """Thank you for your application to the Community Innovation Grants 2027.

To help us assess it, please answer the following questions by replying to this email:

1. In which country and town will the project take place?
2. How much funding are you requesting, in euros?
3. When would the project start, and how long will it run?
4. Who can we contact as a referee (name and email address)?

Kind regards,
Grants Team
Community Innovation Grants
"""


class Ours:
    def __init__(self, mid, subj, to, date, app_id):
        self.id = f"<{mid}@grants.example>"
        self.subject = "Re: " + subj
        self.their = subj
        self.to = to
        self.date = date
        self.app_id = app_id
        self.refs = f"{app_id} {self.id}"

    def headers(self):
        return (f"Return-Path: <apply@grants.example>\n"
                f"Received: from app1.grants.example (app1.grants.example [192.0.2.10])\n"
                f"\tby smtp-relay.grants.example with ESMTPSA id 5b1f17b1804b1-4b0e3c\n"
                f"\tfor <{self.to.split('<')[-1].rstrip('>')}>; {self.date}\n"
                f"From: Grants Team <apply@grants.example>\n"
                + enc("To", self.to) + "\n" + enc("Subject", self.subject) + "\n" +
                f"Date: {self.date}\n"
                f"Message-ID: {self.id}\n"
                f"In-Reply-To: {self.app_id}\n"
                f"References: {self.app_id}\n"
                f"MIME-Version: 1.0\n"
                f"Content-Type: text/plain; charset=\"utf-8\"\n"
                f"Content-Transfer-Encoding: 7bit\n")

    def full(self):
        return self.headers() + "\n" + QUESTIONS_EN

    def quoted(self, prefix="> "):
        return "\n".join((prefix + l).rstrip() for l in QUESTIONS_EN.rstrip("\n").split("\n"))


def mx_received(frm_host, frm_ip, date, by="mx1.grants.example", extra=""):
    return (f"from {frm_host} ({frm_host} [{frm_ip}])\n\tby {by} (Postfix) with ESMTPS id {hashlib.md5((frm_host+date).encode()).hexdigest()[:11].upper()}{extra}\n"
            f"\tfor <apply@grants.example>; {date}")


# ================================================================= ROBOTS
R = "written-robots/"


def r_bounces():
    # 01 Postfix, local delivery: unknown user (relay accepted, final host refused)
    o = Ours("20261102094107.3f9c2a61", "Application - Youth bike repair hub, Kisumu",
             "Wycliffe Otieno <w.otieno@kisumu-youth.example>", "Mon, 2 Nov 2026 09:41:07 +0000",
             "<CAH7kq2x0Ywq+Lk3Jd9v@mail.gmail.example>")
    raw(R + "bounce/01-postfix-user-unknown.eml", f"""\
Return-Path: <>
Delivered-To: apply@grants.example
Received: {mx_received('mail.kisumu-youth.example', '198.51.100.23', 'Mon, 2 Nov 2026 09:41:13 +0000')}
Received: by mail.kisumu-youth.example (Postfix)
\tid 4QfR7m2Zt9z9sVh; Mon,  2 Nov 2026 12:41:12 +0300 (EAT)
Date: Mon,  2 Nov 2026 12:41:12 +0300 (EAT)
From: MAILER-DAEMON@mail.kisumu-youth.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: apply@grants.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4QfR7m2Zt9z9sVh.1793612472/mail.kisumu-youth.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20261102094112.4QfR7m2Zt9z9sVh@mail.kisumu-youth.example>

This is a MIME-encapsulated message.

--4QfR7m2Zt9z9sVh.1793612472/mail.kisumu-youth.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kisumu-youth.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<w.otieno@kisumu-youth.example>: unknown user: "w.otieno"

--4QfR7m2Zt9z9sVh.1793612472/mail.kisumu-youth.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kisumu-youth.example
X-Postfix-Queue-ID: 4QfR7m2Zt9z9sVh
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: Mon,  2 Nov 2026 12:41:09 +0300 (EAT)

Final-Recipient: rfc822; w.otieno@kisumu-youth.example
Original-Recipient: rfc822;w.otieno@kisumu-youth.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "w.otieno"

--4QfR7m2Zt9z9sVh.1793612472/mail.kisumu-youth.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{o.full()}
--4QfR7m2Zt9z9sVh.1793612472/mail.kisumu-youth.example--
""")

    # 02 Exim (cPanel host), forwarder to a dead address
    o = Ours("20261103121955.8a01be47", "Grant application – Digital literacy for elders (Kochi)",
             "Priya Nair <priya@bluelotus-trust.example>", "Tue, 3 Nov 2026 12:19:55 +0000",
             "<PN4P287MB1733A1C2E0F@PN4P287MB1733.INDP287.PROD.OUTLOOK.example>")
    raw(R + "bounce/02-exim-mail-delivery-failed.eml", f"""\
Return-Path: <>
Delivered-To: apply@grants.example
Received: {mx_received('server212.webhost-in.example', '203.0.113.77', 'Tue, 3 Nov 2026 12:20:31 +0000')}
Received: from mailnull by server212.webhost-in.example with local (Exim 4.97.1)
\tid 1vF2kQ-0003Ta-0w
\tfor apply@grants.example;
\tTue, 03 Nov 2026 17:50:31 +0530
X-Failed-Recipients: priya.nair.trust@mailbox-in.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server212.webhost-in.example>
To: apply@grants.example
References: {o.id}
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vF2kQ-0003Ta-0w@server212.webhost-in.example>
Date: Tue, 03 Nov 2026 17:50:31 +0530

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  priya.nair.trust@mailbox-in.example
    (generated from priya@bluelotus-trust.example)
    host mx1.mailbox-in.example [198.51.100.140]
    SMTP error from remote mail server after RCPT TO:<priya.nair.trust@mailbox-in.example>:
    550 5.1.1 <priya.nair.trust@mailbox-in.example>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

{o.full()}""")

    # 03 Microsoft 365 NDR (recipient tenant accepted, then could not resolve)
    o = Ours("20261104081502.c2d4e9a0", "Application: Recycled-plastic school desks (Lagos)",
             "Adaeze Okafor <adaeze.okafor@ngo-lagos.example>", "Wed, 4 Nov 2026 08:15:02 +0000",
             "<CAJx3=ZpM1q8n2Ydv0+A@mail.gmail.example>")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif"><p style="font-size:16px">Your message to <a href="mailto:adaeze.okafor@ngo-lagos.example">adaeze.okafor@ngo-lagos.example</a> couldn't be delivered.</p>
<p style="font-size:20px;color:#c00000"><b>adaeze.okafor</b> wasn't found at <b>ngo-lagos.example</b>.</p>
<table><tr><td>apply</td><td>Office 365</td><td>adaeze.okafor</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:</p>
<ul><li>Retype the recipient's address, then resend the message.</li>
<li>If you're using Outlook, open this undeliverable message and remove the recipient from the list of recipients.</li>
<li>Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.</li></ul>
<p>Was this helpful? <a href="https://go.microsoft.example/fwlink/?LinkId=532972">Send feedback to Microsoft</a>.</p>
<hr><p><b>More Info for Email Admins</b><br>Status code: 550 5.1.10</p>
<p>This error occurs because the recipient's email address doesn't exist at the destination domain.</p>
<p>Original Message Details<br>Created Date: 11/4/2026 8:15:02 AM<br>Sender Address: apply@grants.example<br>Recipient Address: adaeze.okafor@ngo-lagos.example<br>Subject: {o.subject}</p>
<p>Error Details<br>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup<br>DSN generated by: AM9PR07MB7219.eurprd07.prod.outlook.example</p>
</div></body></html>"""
    text = f"""Your message to adaeze.okafor@ngo-lagos.example couldn't be delivered.

adaeze.okafor wasn't found at ngo-lagos.example.

apply        Office 365        adaeze.okafor
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open this undeliverable message and remove the recipient from the list of recipients.
- Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date: 11/4/2026 8:15:02 AM
Sender Address: apply@grants.example
Recipient Address: adaeze.okafor@ngo-lagos.example
Subject: {o.subject}

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: AM9PR07MB7219.eurprd07.prod.outlook.example
"""
    raw(R + "bounce/03-m365-undeliverable.eml", f"""\
Return-Path: <>
Received: {mx_received('EUR05-AM6-obe.outbound.protection.outlook.example', '40.107.22.51', 'Wed, 4 Nov 2026 08:15:09 +0000')}
Received: from AM9PR07MB7219.eurprd07.prod.outlook.example ([fe80::4c1:2b9e:8f3d:77a1]) by
 AM9PR07MB7219.eurprd07.prod.outlook.example ([fe80::4c1:2b9e:8f3d:77a1%5]) with
 mapi id 15.20.8722.014; Wed, 4 Nov 2026 08:15:08 +0000
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ngolagos.onmicrosoft.example>
To: <apply@grants.example>
Date: Wed, 4 Nov 2026 08:15:08 +0000
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="6b3e0c1f-9a2d-4e8b-b7f1-2c5d8e0a4f13"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
In-Reply-To: {o.id}
References: {o.refs}
{enc('Thread-Topic', o.subject)}
Thread-Index: AQHbTkYw2l9cO7kJQ0yRZq2f6m3QXw==
{enc('Subject', 'Undeliverable: ' + o.subject)}
Message-ID: <5f0d2a91-3b7c-4e28-9a61-d4c0e7b18f25@AM9PR07MB7219.eurprd07.prod.outlook.example>
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-AuthAs: Internal

--6b3e0c1f-9a2d-4e8b-b7f1-2c5d8e0a4f13
Content-Type: multipart/alternative; differences=Content-Type;
\tboundary="0a8d7c2e-5b41-4f36-8e9a-13cf27b0d6e4"

--0a8d7c2e-5b41-4f36-8e9a-13cf27b0d6e4
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(text)}

--0a8d7c2e-5b41-4f36-8e9a-13cf27b0d6e4
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(html)}

--0a8d7c2e-5b41-4f36-8e9a-13cf27b0d6e4--

--6b3e0c1f-9a2d-4e8b-b7f1-2c5d8e0a4f13
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR07MB7219.eurprd07.prod.outlook.example
Received-From-MTA: dns;smtp-relay.grants.example
Arrival-Date: Wed, 4 Nov 2026 08:15:04 +0000

Final-Recipient: rfc822;adaeze.okafor@ngo-lagos.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--6b3e0c1f-9a2d-4e8b-b7f1-2c5d8e0a4f13
Content-Type: text/rfc822-headers

{o.headers()}
--6b3e0c1f-9a2d-4e8b-b7f1-2c5d8e0a4f13--
""")

    # 04 Gmail (our own sending service) - address not found
    o = Ours("20261105140333.71e0a9d8", "Application for funding — beekeeping training in Gulu",
             "Okello Denis <okello.denis@mail-ug.example>", "Thu, 5 Nov 2026 14:03:33 +0000",
             "<CAF0b9uQ2=Rr8Wm@mail.gmail.example>")
    text = f"""
** Address not found **

Your message wasn't delivered to okello.denis@mail-ug.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <okello.denis@mail-ug.example>: Recipient address rejected: User unknown in local recipient table
"""
    html = """<html><head></head><body><table cellpadding="0" cellspacing="0" style="width:100%;max-width:512px"><tr><td style="font-family:Google Sans,Roboto,Helvetica,Arial,sans-serif;font-size:24px;color:#202124">Address not found</td></tr>
<tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;color:#202124;line-height:24px">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>okello.denis@mail-ug.example</b></a> because the address couldn't be found, or is unable to receive mail.</td></tr>
<tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px"><a href="https://support.google.example/mail/?p=NoSuchUser">LEARN MORE</a></td></tr></table>
<table><tr><td style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#202124">The response was:<p style="font-family:monospace">550 5.1.1 &lt;okello.denis@mail-ug.example&gt;: Recipient address rejected: User unknown in local recipient table</p></td></tr></table></body></html>"""
    raw(R + "bounce/04-gmail-address-not-found.eml", f"""\
Delivered-To: apply@grants.example
Received: {mx_received('mail-sor-f69.google.example', '209.85.220.69', 'Thu, 5 Nov 2026 14:03:38 +0000')}
Return-Path: <>
Received: by mail-sor-f69.google.example (Google Transport Security)
        for <apply@grants.example>; Thu, 5 Nov 2026 06:03:36 -0800 (PST)
Content-Type: multipart/report; boundary="000000000000a3c90b062f1e77d2"; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: apply@grants.example
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {o.refs}
In-Reply-To: {o.id}
X-Failed-Recipients: okello.denis@mail-ug.example
Message-ID: <6727e8f8.050a0220.3f1c7.89b2.GMR@mx.google.example>
Date: Thu, 05 Nov 2026 06:03:36 -0800 (PST)

--000000000000a3c90b062f1e77d2
Content-Type: multipart/related; boundary="000000000000a3e3a6062f1e77d7"

--000000000000a3e3a6062f1e77d7
Content-Type: multipart/alternative; boundary="000000000000a3e3ad062f1e77d8"

--000000000000a3e3ad062f1e77d8
Content-Type: text/plain; charset="UTF-8"
{text}
--000000000000a3e3ad062f1e77d8
Content-Type: text/html; charset="UTF-8"

{html}

--000000000000a3e3ad062f1e77d8--
--000000000000a3e3a6062f1e77d7--
--000000000000a3c90b062f1e77d2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Nov 2026 06:03:34 -0800 (PST)
X-Original-Message-ID: {o.id}

Final-Recipient: rfc822; okello.denis@mail-ug.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mail-ug.example. (198.51.100.61, the server for the
 domain mail-ug.example.)
Diagnostic-Code: smtp; 550 5.1.1 <okello.denis@mail-ug.example>: Recipient address rejected: User unknown in local recipient table
Last-Attempt-Date: Thu, 05 Nov 2026 06:03:36 -0800 (PST)

--000000000000a3c90b062f1e77d2
Content-Type: message/rfc822

{o.full()}
--000000000000a3c90b062f1e77d2--
""")

    # 05 qmail
    o = Ours("20261106103318.0b5f7c33", "Application - Solar irrigation pilot, Rangpur",
             "Md. Rahim Uddin <rahim.uddin@dhaka-net.example>", "Fri, 6 Nov 2026 10:33:18 +0000",
             "<000001db2f8a$3c1e2b40$b45a81c0$@dhaka-net.example>")
    raw(R + "bounce/05-qmail-failure-notice.eml", f"""\
Return-Path: <>
Delivered-To: apply@grants.example
Received: {mx_received('mx.dhaka-net.example', '203.0.113.201', 'Fri, 6 Nov 2026 10:33:41 +0000')}
Received: (qmail 28814 invoked for bounce); 6 Nov 2026 10:33:40 -0000
Date: 6 Nov 2026 10:33:40 -0000
From: MAILER-DAEMON@mx.dhaka-net.example
To: apply@grants.example
Subject: failure notice

Hi. This is the qmail-send program at mx.dhaka-net.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<rahim.uddin@dhaka-net.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

{o.full()}""")

    # 06 Sendmail
    o = Ours("20261109091244.e6a1f0c5", "Funding request: mobile eye clinic (Chiang Mai)",
             "Somchai Wongsakul <somchai@chiangmai-eyecare.example>", "Mon, 9 Nov 2026 09:12:44 +0000",
             "<9c1e-44aa-b2@chiangmai-eyecare.example>")
    raw(R + "bounce/06-sendmail-returned-mail.eml", f"""\
Return-Path: <>
Received: {mx_received('mail.chiangmai-eyecare.example', '198.51.100.88', 'Mon, 9 Nov 2026 09:13:02 +0000')}
Received: from localhost (localhost)
\tby mail.chiangmai-eyecare.example (8.17.2/8.17.2) id 5A99D1xq012277;
\tMon, 9 Nov 2026 16:13:01 +0700
Date: Mon, 9 Nov 2026 16:13:01 +0700
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.chiangmai-eyecare.example>
Message-Id: <202611090913.5A99D1xq012277@mail.chiangmai-eyecare.example>
To: <apply@grants.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="5A99D1xq012277.1794208381/mail.chiangmai-eyecare.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--5A99D1xq012277.1794208381/mail.chiangmai-eyecare.example

The original message was received at Mon, 9 Nov 2026 16:12:47 +0700
from smtp-relay.grants.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<somchai@chiangmai-eyecare.example>
    (reason: 550 5.1.1 <somchai@chiangmai-eyecare.example>... User unknown)
    (expanded from: <somchai@chiangmai-eyecare.example>)

   ----- Transcript of session follows -----
... while talking to mailstore.chiangmai-eyecare.example.:
>>> DATA
<<< 550 5.1.1 <somchai@chiangmai-eyecare.example>... User unknown
550 5.1.1 <somchai@chiangmai-eyecare.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--5A99D1xq012277.1794208381/mail.chiangmai-eyecare.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.chiangmai-eyecare.example
Received-From-MTA: DNS; smtp-relay.grants.example
Arrival-Date: Mon, 9 Nov 2026 16:12:47 +0700

Final-Recipient: RFC822; somchai@chiangmai-eyecare.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore.chiangmai-eyecare.example
Diagnostic-Code: SMTP; 550 5.1.1 <somchai@chiangmai-eyecare.example>... User unknown
Last-Attempt-Date: Mon, 9 Nov 2026 16:13:01 +0700

--5A99D1xq012277.1794208381/mail.chiangmai-eyecare.example
Content-Type: message/rfc822

{o.full()}
--5A99D1xq012277.1794208381/mail.chiangmai-eyecare.example--
""")

    # 07 Exchange Server (on premises), German
    o = Ours("20261110153020.4ad2b8e1", "Antrag: Nachbarschaftswerkstatt Duisburg-Marxloh",
             "Martin Becker <m.becker@stiftung-rhein.example>", "Tue, 10 Nov 2026 15:30:20 +0000",
             "<AM0PR10MB2961B7C4@AM0PR10MB2961.EURPRD10.PROD.OUTLOOK.example>")
    text = f"""Ihre Nachricht an m.becker@stiftung-rhein.example konnte nicht zugestellt werden.

m.becker wurde bei stiftung-rhein.example nicht gefunden.

apply        EX01        m.becker
Aktion erforderlich        Empfänger

Unbekannte An-Adresse

So beheben Sie das Problem
Die Adresse ist unter Umständen falsch geschrieben oder existiert nicht. Versuchen Sie eine oder mehrere der folgenden Möglichkeiten:
- Geben Sie die Adresse des Empfängers erneut ein, und senden Sie die Nachricht erneut.
- Wenden Sie sich auf anderem Weg (etwa telefonisch) an den Empfänger, um sicherzustellen, dass Sie die richtige Adresse verwenden.

Diagnoseinformationen für Administratoren:

Generierender Server: EX01.stiftung-rhein.local

m.becker@stiftung-rhein.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben

Ursprüngliche Nachrichtenkopfzeilen:

{o.headers()}"""
    raw(R + "bounce/07-exchange-unzustellbar-de.eml", f"""\
Return-Path: <>
Received: {mx_received('mail.stiftung-rhein.example', '198.51.100.172', 'Tue, 10 Nov 2026 15:30:29 +0000')}
Received: from EX01.stiftung-rhein.local (10.10.1.20) by EX01.stiftung-rhein.local
 (10.10.1.20) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Tue, 10 Nov
 2026 16:30:28 +0100
MIME-Version: 1.0
From: <postmaster@stiftung-rhein.example>
To: <apply@grants.example>
Date: Tue, 10 Nov 2026 16:30:28 +0100
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <a61c0b2e-77d4-4b0f-9e35-2f80d1c4b7aa@EX01.stiftung-rhein.local>
In-Reply-To: {o.id}
References: {o.refs}
{enc('Thread-Topic', o.subject)}
Thread-Index: AQHbU2Xk9q1f3c8bEk+2nR7Wm0PdLA==
{enc('Subject', 'Unzustellbar: ' + o.subject)}
Auto-Submitted: auto-replied

--0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(text)}

--0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.stiftung-rhein.local
Received-From-MTA: dns;mail.stiftung-rhein.example
Arrival-Date: Tue, 10 Nov 2026 15:30:26 +0000

Final-Recipient: rfc822;m.becker@stiftung-rhein.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0
Content-Type: text/rfc822-headers

{o.headers()}
--0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0--
""")


def r_notices():
    # 08 Postfix delay warning
    o = Ours("20261111080512.93c7d1ee", "Solicitud: red de huertos urbanos en Quito",
             "Ana Quispe <ana.quispe@coop-quito.example>", "Wed, 11 Nov 2026 08:05:12 +0000",
             "<a1b2c3d4-0e9f-4a11-9d5e-3f77c0a1e2b3@coop-quito.example>")
    raw(R + "delay/08-postfix-delayed-mail.eml", f"""\
Return-Path: <>
Delivered-To: apply@grants.example
Received: {mx_received('relay.coop-quito.example', '198.51.100.19', 'Wed, 11 Nov 2026 12:06:40 +0000')}
Received: by relay.coop-quito.example (Postfix)
\tid 4Qg1Hb0c5Tz1wXq; Wed, 11 Nov 2026 07:06:39 -0500 (-05)
Date: Wed, 11 Nov 2026 07:06:39 -0500 (-05)
From: MAILER-DAEMON@relay.coop-quito.example (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: apply@grants.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4Qg1Hb0c5Tz1wXq.1794395199/relay.coop-quito.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20261111120639.4Qg1Hb0c5Tz1wXq@relay.coop-quito.example>

This is a MIME-encapsulated message.

--4Qg1Hb0c5Tz1wXq.1794395199/relay.coop-quito.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.coop-quito.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ana.quispe@coop-quito.example>: connect to
    buzones.coop-quito.example[10.20.0.12]:25: Connection timed out

--4Qg1Hb0c5Tz1wXq.1794395199/relay.coop-quito.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.coop-quito.example
X-Postfix-Queue-ID: 4Qg1Hb0c5Tz1wXq
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: Wed, 11 Nov 2026 03:05:15 -0500 (-05)

Final-Recipient: rfc822; ana.quispe@coop-quito.example
Original-Recipient: rfc822;ana.quispe@coop-quito.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to buzones.coop-quito.example[10.20.0.12]:25:
    Connection timed out
Will-Retry-Until: Mon, 16 Nov 2026 03:05:15 -0500 (-05)

--4Qg1Hb0c5Tz1wXq.1794395199/relay.coop-quito.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

{o.headers()}
--4Qg1Hb0c5Tz1wXq.1794395199/relay.coop-quito.example--
""")

    # 09 Exim: mailbox quota exceeded (local delivery on a cPanel host)
    o = Ours("20261112110741.2c8e5f90", "Candidatura: Biblioteca comunitária em Olinda",
             "João Silva <joao@casaverde-olinda.example>", "Thu, 12 Nov 2026 11:07:41 +0000",
             "<CAK8r4Ma1+HgQ9nE@mail.gmail.example>")
    raw(R + "quota/09-exim-quota-exceeded.eml", f"""\
Return-Path: <>
Delivered-To: apply@grants.example
Received: {mx_received('br-host07.hospeda-br.example', '203.0.113.118', 'Thu, 12 Nov 2026 11:08:02 +0000')}
Received: from mailnull by br-host07.hospeda-br.example with local (Exim 4.98)
\tid 1vGm2D-00072k-1F
\tfor apply@grants.example;
\tThu, 12 Nov 2026 08:08:01 -0300
X-Failed-Recipients: joao@casaverde-olinda.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@br-host07.hospeda-br.example>
To: apply@grants.example
References: {o.id}
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vGm2D-00072k-1F@br-host07.hospeda-br.example>
Date: Thu, 12 Nov 2026 08:08:01 -0300

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  joao@casaverde-olinda.example
    Mailbox quota exceeded

------ This is a copy of the message, including all the headers. ------

{o.full()}""")

    # 10 Barracuda sender notification (message blocked by bulk filter)
    o = Ours("20261113094415.5d3a0e72", "Application – Teacher training in rural Oaxaca",
             "Dirección Instituto Sol <direccion@instituto-sol.example>", "Fri, 13 Nov 2026 09:44:15 +0000",
             "<00a101db35c1$9b8e4d70$d2aae850$@instituto-sol.example>")
    raw(R + "quarantine/10-barracuda-blocked-bulk.eml", f"""\
Return-Path: <>
Received: {mx_received('d.mx.ess.barracudanetworks.example', '209.222.82.61', 'Fri, 13 Nov 2026 09:44:31 +0000')}
Date: Fri, 13 Nov 2026 09:44:30 +0000
From: Barracuda Email Security Service <nobody@ess.barracuda.example>
To: apply@grants.example
Subject: **Message you sent blocked by our bulk email filter**
Message-ID: <ess-notify-20261113094430-5d3a0e72@ess.barracuda.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="ess-notify-b9f3"
Auto-Submitted: auto-replied

--ess-notify-b9f3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Your message to: direccion@instituto-sol.example
was blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:

Subject: {o.subject}

Reason: Message content rejected (score 5.2, bulk)

If you believe this message was blocked in error, please contact the
recipient by another means and ask them to add your address to their
allowed senders list.

--ess-notify-b9f3
Content-Type: text/rfc822-headers

{o.headers()}
--ess-notify-b9f3--
""")


def m365_oof(rel, o, frm, date, prefix, text, html_lines, lang, tz_recv, ident):
    hdrs = [
        ("Received", mx_received(f"{ident}.outbound.protection.outlook.example", "40.107.21.90", tz_recv)),
        ("From", frm),
        ("To", "Grants Team <apply@grants.example>"),
        ("Subject", f"{prefix} {o.subject}"),
        ("Thread-Topic", o.subject),
        ("Thread-Index", "AQHbV" + ident[:6] + "kq8Z3c+Rj0aX2yLwT1b9A=="),
        ("Date", date),
        ("Message-ID", f"<{ident}b7c2e41a9d3f@{ident}.prod.outlook.example>"),
        ("References", o.refs),
        ("In-Reply-To", o.id),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-parent-message-id", o.id),
        ("auto-submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("x-ms-publictraffictype", "Email"),
        ("MIME-Version", "1.0"),
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt">'
            + "".join(f"<div>{l if l else '<br>'}</div>" for l in html_lines) + "</div></body></html>")
    build(rel, hdrs, text, html, cte="base64")


def r_absence():
    A = R + "absence/"
    o = Ours("20261102133005.1a7f3c20", "Application – solar dryers for a women's cooperative (Tamale)",
             "Abena Mensah <abena.mensah@savannah-coop.example>", "Mon, 2 Nov 2026 13:30:05 +0000",
             "<DB9PR02MB7114E2@DB9PR02MB7114.eurprd02.prod.outlook.example>")
    lines = ["Thank you for your email.", "",
             "I am out of the office until Monday 16 November with limited access to email.",
             "For urgent matters please contact my colleague Kofi Asante (kofi.asante@savannah-coop.example).", "",
             "Best regards,", "Abena"]
    m365_oof(A + "11-m365-automatic-reply-en.eml", o, "Abena Mensah <abena.mensah@savannah-coop.example>",
             "Mon, 2 Nov 2026 13:30:11 +0000", "Automatic reply:", "\n".join(lines) + "\n", lines,
             "en-GB", "Mon, 2 Nov 2026 13:30:12 +0000", "DB9PR02MB7114")

    o = Ours("20261103082210.6e2b90f4", "Antrag auf Förderung: Lastenrad-Verleih Kassel",
             "Sabine Krüger <s.krueger@nachbarschaft-kassel.example>", "Tue, 3 Nov 2026 08:22:10 +0000",
             "<FR2P281MB1520@FR2P281MB1520.DEUP281.PROD.OUTLOOK.example>")
    lines = ["Sehr geehrte Damen und Herren,", "",
             "vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im Büro und habe "
             "keinen Zugriff auf meine E-Mails.",
             "In dringenden Fällen wenden Sie sich bitte an info@nachbarschaft-kassel.example.", "",
             "Ihre E-Mail wird nicht weitergeleitet.", "",
             "Mit freundlichen Grüßen", "Sabine Krüger"]
    m365_oof(A + "12-m365-automatische-antwort-de.eml", o, "\"Krüger, Sabine\" <s.krueger@nachbarschaft-kassel.example>",
             "Tue, 3 Nov 2026 08:22:15 +0000", "Automatische Antwort:", "\n".join(lines) + "\n", lines,
             "de-DE", "Tue, 3 Nov 2026 08:22:16 +0000", "FR2P281MB1520")

    o = Ours("20261104101850.09c4d7a3", "Solicitud – Radio comunitaria en Cochabamba",
             "Rosa Mamani <rmamani@radio-tunari.example>", "Wed, 4 Nov 2026 10:18:50 +0000",
             "<SJ0PR19MB5521@SJ0PR19MB5521.namprd19.prod.outlook.example>")
    lines = ["Gracias por su mensaje.", "",
             "Me encuentro fuera de la oficina hasta el viernes 13 de noviembre, con acceso limitado al correo. "
             "Responderé a su mensaje a mi regreso.",
             "Para asuntos urgentes, puede comunicarse con Pedro Flores (pflores@radio-tunari.example).", "",
             "Saludos cordiales,", "Rosa Mamani"]
    m365_oof(A + "13-m365-respuesta-automatica-es.eml", o, "Rosa Mamani <rmamani@radio-tunari.example>",
             "Wed, 4 Nov 2026 10:18:57 +0000", "Respuesta automática:", "\n".join(lines) + "\n", lines,
             "es-BO", "Wed, 4 Nov 2026 10:18:58 +0000", "SJ0PR19MB5521")

    o = Ours("20261105123301.77f0a1b9", "Inscrição – Oficinas de robótica em Belém",
             "Fernanda Souza <fernanda.souza@instituto-igarape-belem.example>", "Thu, 5 Nov 2026 12:33:01 +0000",
             "<CPWP152MB4432@CPWP152MB4432.LAMP152.PROD.OUTLOOK.example>")
    lines = ["Olá!", "",
             "Estou de férias até 23/11 e sem acesso ao e-mail.",
             "Em caso de urgência, por favor fale com a Juliana pelo e-mail juliana@instituto-igarape-belem.example.", "",
             "Obrigada,", "Fernanda"]
    m365_oof(A + "14-m365-resposta-automatica-pt.eml", o, "Fernanda Souza <fernanda.souza@instituto-igarape-belem.example>",
             "Thu, 5 Nov 2026 12:33:06 +0000", "Resposta automática:", "\n".join(lines) + "\n", lines,
             "pt-BR", "Thu, 5 Nov 2026 12:33:07 +0000", "CPWP152MB4432")

    o = Ours("20261106020915.3b9d6e07", "Application: Disaster-preparedness app for Kumamoto elders",
             "Yuki Tanaka <y.tanaka@kumamoto-npo.example>", "Fri, 6 Nov 2026 02:09:15 +0000",
             "<TYCP286MB2147@TYCP286MB2147.JPNP286.PROD.OUTLOOK.example>")
    lines = ["お問い合わせいただき、ありがとうございます。", "",
             "誠に勝手ながら、11月6日（金）から11月11日（水）まで出張のため不在にしております。",
             "期間中はメールの確認が難しく、ご返信が遅れますことをご了承ください。",
             "お急ぎの場合は、事務局（office@kumamoto-npo.example）までご連絡ください。", "",
             "田中 由紀"]
    m365_oof(A + "15-m365-jidou-outou-ja.eml", o, "田中 由紀 <y.tanaka@kumamoto-npo.example>",
             "Fri, 6 Nov 2026 02:09:19 +0000", "自動応答:", "\n".join(lines) + "\n", lines,
             "ja-JP", "Fri, 6 Nov 2026 02:09:20 +0000", "TYCP286MB2147")

    o = Ours("20261108071422.5c0e8f3d", "طلب منحة - مشروع حصاد مياه الأمطار في إربد",
             "Lina Haddad <lina.haddad@irbid-water.example>", "Sun, 8 Nov 2026 07:14:22 +0000",
             "<DU0P195MB1877@DU0P195MB1877.EURP195.PROD.OUTLOOK.example>")
    lines = ["شكراً لرسالتك.", "",
             "أنا خارج المكتب حتى يوم الأحد 15 نوفمبر، ولدي وصول محدود إلى البريد الإلكتروني.",
             "للأمور العاجلة يرجى التواصل مع الزميل عمر (omar@irbid-water.example).", "",
             "مع التحية،", "لينا حداد"]
    m365_oof(A + "16-m365-radd-tilqaai-ar.eml", o, "Lina Haddad <lina.haddad@irbid-water.example>",
             "Sun, 8 Nov 2026 07:14:28 +0000", "رد تلقائي:", "\n".join(lines) + "\n", lines,
             "ar-JO", "Sun, 8 Nov 2026 07:14:29 +0000", "DU0P195MB1877")

    o = Ours("20261109064008.8e1c2a54", "Hibe başvurusu – Mardin'de kadın kooperatifi için dijital pazar",
             "Elif Yıldız <elif.yildiz@mardin-kadin.example>", "Mon, 9 Nov 2026 06:40:08 +0000",
             "<VI1P194MB0621@VI1P194MB0621.EURP194.PROD.OUTLOOK.example>")
    lines = ["Merhaba,", "",
             "9-13 Kasım tarihleri arasında izindeyim ve e-postalarıma erişimim sınırlı olacak. "
             "Dönüşümde size en kısa sürede yanıt vereceğim.",
             "Acil durumlarda lütfen bilgi@mardin-kadin.example adresine yazınız.", "",
             "İyi çalışmalar,", "Elif Yıldız"]
    m365_oof(A + "17-m365-otomatik-yanit-tr.eml", o, "Elif Yıldız <elif.yildiz@mardin-kadin.example>",
             "Mon, 9 Nov 2026 06:40:13 +0000", "Otomatik yanıt:", "\n".join(lines) + "\n", lines,
             "tr-TR", "Mon, 9 Nov 2026 06:40:14 +0000", "VI1P194MB0621")


def r_absence2():
    A = R + "absence/"
    # 18 Gmail vacation responder (Swahili), subject set by the user
    o = Ours("20261110072155.4f2b8c01", "Maombi ya ruzuku – Mafunzo ya kompyuta kwa vijana, Mwanza",
             "Neema Mushi <neema.mushi@mail-tz.example>", "Tue, 10 Nov 2026 07:21:55 +0000",
             "<CAO2Jk8s+Vb4mWq=pX3@mail.gmail.example>")
    t = ("Habari,\n\nAsante kwa barua pepe yako. Niko likizo hadi tarehe 20 Novemba na sitaweza kujibu "
         "barua pepe kwa haraka.\nKwa mambo ya dharura, tafadhali wasiliana na Bw. Juma kwa juma@vijana-mwanza.example.\n\n"
         "Asante,\nNeema\n")
    build(A + "18-gmail-vacation-sw.eml", [
        ("Delivered-To", "apply@grants.example"),
        ("Received", mx_received("mail-sor-f41.google.example", "209.85.220.41", "Tue, 10 Nov 2026 07:22:03 +0000")),
        ("Return-Path", "<neema.mushi@mail-tz.example>"),
        ("MIME-Version", "1.0"),
        ("From", "Neema Mushi <neema.mushi@mail-tz.example>"),
        ("Date", "Tue, 10 Nov 2026 10:22:02 +0300"),
        ("References", o.refs), ("In-Reply-To", o.id),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<CAO2Jk8tQ0=vacation.7Yp4Hd@mail.gmail.example>"),
        ("Subject", "Niko likizo"),
        ("To", "Grants Team <apply@grants.example>"),
    ], t, "<div dir=\"ltr\">" + t.replace("\n\n", "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">").replace("\n", "<br>") + "</div>",
        cte="quoted-printable")

    # 19 Zoho Mail out-of-office (Hindi)
    o = Ours("20261111094433.d0a3f6b2", "Grant application: Menstrual hygiene awareness in Barmer schools",
             "Sunita Choudhary <sunita@marusthal-sewa.example>", "Wed, 11 Nov 2026 09:44:33 +0000",
             "<19a0b6e72c1.11f2c9e4d8831.1@marusthal-sewa.example>")
    t = ("नमस्ते,\n\nआपके ईमेल के लिए धन्यवाद। मैं 12 नवंबर से 19 नवंबर तक छुट्टी पर हूँ और इस दौरान "
         "ईमेल नहीं देख पाऊँगी। ज़रूरी मामलों में कृपया हमारे कार्यालय से office@marusthal-sewa.example पर संपर्क करें।\n\n"
         "सादर,\nसुनीता चौधरी\n")
    build(A + "19-zoho-auto-reply-hi.eml", [
        ("Delivered-To", "apply@grants.example"),
        ("Received", mx_received("sender4-op-o14.zoho.example", "136.143.188.14", "Wed, 11 Nov 2026 09:44:41 +0000")),
        ("Date", "Wed, 11 Nov 2026 15:14:40 +0530"),
        ("From", "Sunita Choudhary <sunita@marusthal-sewa.example>"),
        ("To", "apply@grants.example"),
        ("Message-Id", "<19a16c4e2f7.b93d7e1a102455.7781@marusthal-sewa.example>"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("Subject", "छुट्टी पर हूँ / Out of office: " + o.subject),
        ("MIME-Version", "1.0"),
        ("Importance", "Medium"),
        ("Auto-Submitted", "auto-replied"),
        ("User-Agent", "Zoho Mail"),
        ("X-Mailer", "Zoho Mail"),
    ], t, "<div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">" + t.replace("\n", "<br>") + "</div>",
        cte="base64")

    # 20 Fastmail (Sieve vacation), Korean
    o = Ours("20261116001205.2e7b4d98", "Application – Community composting in Suwon",
             "Park Ji-woo <jiwoo.park@fastmail-kr.example>", "Mon, 16 Nov 2026 00:12:05 +0000",
             "<7d1c0f4e-8a2b-4f3c-9e61-5b2d7a90c3e1@app.fastmail.example>")
    t = ("안녕하세요.\n\n메일 감사합니다. 저는 11월 16일부터 11월 27일까지 해외 출장 중이라 메일 확인이 늦어질 수 있습니다.\n"
         "급한 용무는 사무국(office@suwon-green.example)으로 연락 주시기 바랍니다.\n\n감사합니다.\n박지우 드림\n")
    build(A + "20-fastmail-vacation-ko.eml", [
        ("Return-Path", "<jiwoo.park@fastmail-kr.example>"),
        ("Received", mx_received("fout-a3-smtp.messagingengine.example", "103.168.172.146", "Mon, 16 Nov 2026 00:12:09 +0000")),
        ("Date", "Mon, 16 Nov 2026 09:12:08 +0900"),
        ("From", "박지우 <jiwoo.park@fastmail-kr.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "부재중 안내 (11/16~11/27)"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("Message-ID", "<cmu-sieve-3417-1794787928-0@sloti45n12>"),
        ("Auto-Submitted", "auto-replied (vacation)"),
        ("Precedence", "bulk"),
        ("MIME-Version", "1.0"),
    ], t, cte="base64")

    # 21 Yahoo Mail vacation response (Indonesian)
    o = Ours("20261117031640.a9e2c51f", "Permohonan hibah – Bank sampah di Makassar",
             "Dewi Lestari <dewi.lestari88@yahoo-id.example>", "Tue, 17 Nov 2026 03:16:40 +0000",
             "<1436781221.2219034.1794881600112@mail.yahoo.example>")
    t = ("Terima kasih atas email Anda.\n\nSaya sedang cuti sampai tanggal 18 November 2026 dan akan membalas "
         "email Anda setelah kembali.\n\nSalam,\nDewi Lestari\n")
    build(A + "21-yahoo-vacation-id.eml", [
        ("Return-Path", "<dewi.lestari88@yahoo-id.example>"),
        ("Received", mx_received("sonic317-20.consmr.mail.gq1.yahoo.example", "98.137.66.146", "Tue, 17 Nov 2026 03:16:46 +0000")),
        ("Date", "Tue, 17 Nov 2026 03:16:45 +0000 (UTC)"),
        ("From", "Dewi Lestari <dewi.lestari88@yahoo-id.example>"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<auto.reply.884211906.1794881805@mail.yahoo.example>"),
        ("In-Reply-To", o.id),
        ("Subject", o.subject),
        ("MIME-Version", "1.0"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "WebService/1.1.24652 YMailNorrin"),
    ], t, cte="quoted-printable")

    # 22 iCloud Mail vacation (French)
    o = Ours("20261118093012.6c3f8a70", "Candidature – Atelier vélo solidaire à Lyon 8e",
             "Claire Martin <claire.martin@icloud-fr.example>", "Wed, 18 Nov 2026 09:30:12 +0000",
             "<4E6B2C1A-77F0-4D9B-A2E1-0C93B5F1D7A2@icloud-fr.example>")
    t = ("Bonjour,\n\nJe suis en congé jusqu’au 30 novembre inclus, sans accès régulier à mes e-mails. "
         "Je vous répondrai dès mon retour.\n\nBien cordialement,\nClaire Martin\n")
    build(A + "22-icloud-vacation-fr.eml", [
        ("Return-Path", "<claire.martin@icloud-fr.example>"),
        ("Received", mx_received("ms-asmtp-me-k8s.p00.prod.me.example", "17.57.154.34", "Wed, 18 Nov 2026 09:30:18 +0000")),
        ("From", "Claire Martin <claire.martin@icloud-fr.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Subject", "Absence : " + o.subject),
        ("Date", "Wed, 18 Nov 2026 09:30:17 +0000 (GMT)"),
        ("Message-ID", "<vacation-0c8e1f7a-3d2b-4e59-a6c4-91f0b2e7d5c3@me.example>"),
        ("In-Reply-To", o.id),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("MIME-Version", "1.0"),
    ], t, cte="quoted-printable")


def r_own_rule():
    A = R + "absence-own-rule/"
    # 23 Outlook desktop client rule "reply using a specific template": new message, template subject, no headers
    build(A + "23-outlook-rule-template-ru.eml", [
        ("Received", mx_received("mail.dobro-fond.example", "198.51.100.212", "Thu, 12 Nov 2026 07:02:40 +0000")),
        ("From", "Ольга Соколова <o.sokolova@dobro-fond.example>"),
        ("To", "\"Grants Team\" <apply@grants.example>"),
        ("Subject", "Нет на месте"),
        ("Date", "Thu, 12 Nov 2026 10:02:37 +0300"),
        ("Message-ID", "<000c01db54a2$7e3b9c10$7ab2d430$@dobro-fond.example>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdtUon47cU4yRk0xQ2qYl3n0xM2b0g=="),
        ("Content-Language", "ru"),
    ], "Здравствуйте!\n\nЯ в отпуске с 9 по 22 ноября, доступ к почте ограничен.\n"
       "По срочным вопросам, пожалуйста, обращайтесь к Андрею Петрову: a.petrov@dobro-fond.example.\n\n"
       "Спасибо!\nС уважением,\nОльга Соколова\nБлаготворительный фонд «Добро»\n", cte="base64")

    # 24 Gmail filter that sends a template ("canned response"), Bengali - no auto-reply header
    o = Ours("20261113101500.0f8d3e21", "Application – Floating schools in Sirajganj",
             "Tania Akter <tania.akter@mail-bd.example>", "Fri, 13 Nov 2026 10:15:00 +0000",
             "<CAM9x+Qp7ZrT1a=Yq@mail.gmail.example>")
    t = ("নমস্কার,\n\nআপনার ইমেইলের জন্য ধন্যবাদ। আমি ২০ নভেম্বর পর্যন্ত ছুটিতে আছি, তাই এই সময়ে ইমেইলের উত্তর দিতে পারব না। "
         "ফিরে এসে যত তাড়াতাড়ি সম্ভব উত্তর দেব।\n\nধন্যবাদান্তে,\nতানিয়া আক্তার\n")
    build(A + "24-gmail-filter-canned-bn.eml", [
        ("Delivered-To", "apply@grants.example"),
        ("Received", mx_received("mail-sor-f65.google.example", "209.85.220.65", "Fri, 13 Nov 2026 10:15:08 +0000")),
        ("MIME-Version", "1.0"),
        ("References", o.refs), ("In-Reply-To", o.id),
        ("From", "Tania Akter <tania.akter@mail-bd.example>"),
        ("Date", "Fri, 13 Nov 2026 16:15:07 +0600"),
        ("Message-ID", "<CAM9x+QrP1s8cKx0nJr2=aT@mail.gmail.example>"),
        ("Subject", o.subject),
        ("To", "Grants Team <apply@grants.example>"),
    ], t, "<div dir=\"ltr\">" + t.replace("\n", "<br>") + "</div>", cte="base64")

    # 25 Apple Mail rule "Reply to Message" (Vietnamese) - a normal reply, no header
    o = Ours("20261116081702.c7a2e4f3", "Đơn xin tài trợ – Lớp học bơi cho trẻ em ở Đồng Tháp",
             "Nguyễn Thị Lan <lan.nguyen@dongthap-kids.example>", "Mon, 16 Nov 2026 08:17:02 +0000",
             "<5A1E8C2B-3F47-4B90-8D21-E6F7A0B3C912@dongthap-kids.example>")
    build(A + "25-apple-mail-rule-vi.eml", [
        ("Return-Path", "<lan.nguyen@dongthap-kids.example>"),
        ("Received", mx_received("smtp.dongthap-kids.example", "203.0.113.54", "Mon, 16 Nov 2026 08:17:12 +0000")),
        ("From", "Nguyễn Thị Lan <lan.nguyen@dongthap-kids.example>"),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
        ("Subject", o.subject),
        ("Date", "Mon, 16 Nov 2026 15:17:10 +0700"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("To", "Grants Team <apply@grants.example>"),
        ("Message-Id", "<B7D30F19-6A2C-4E85-9C17-2F4E8A6D1B05@dongthap-kids.example>"),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ], "Xin chào,\n\nCảm ơn bạn đã gửi email. Tôi đang nghỉ phép đến hết ngày 24/11 và sẽ trả lời sau khi trở lại.\n\n"
       "Trân trọng,\nLan\n", cte="quoted-printable")

    # 26 Thunderbird filter "Reply with Template" (Ukrainian)
    o = Ours("20261117120908.51b9e0c6", "Заявка на грант – майстерня з ремонту для переселенців, Вінниця",
             "Ірина Коваленко <iryna.kovalenko@ukr-post.example>", "Tue, 17 Nov 2026 12:09:08 +0000",
             "<a3f1c0d2-5e6b-4c7d-8e9f-0a1b2c3d4e5f@ukr-post.example>")
    build(A + "26-thunderbird-filter-uk.eml", [
        ("Return-Path", "<iryna.kovalenko@ukr-post.example>"),
        ("Received", mx_received("mx.ukr-post.example", "198.51.100.94", "Tue, 17 Nov 2026 12:31:40 +0000")),
        ("Message-ID", "<f2b7c9d1-0a34-4e6f-b8d2-3c5e7a9f1b20@ukr-post.example>"),
        ("Date", "Tue, 17 Nov 2026 14:31:37 +0200"),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Відпустка до 27.11"),
        ("To", "apply@grants.example"),
        ("References", o.refs), ("In-Reply-To", o.id),
        ("Content-Language", "uk"),
        ("From", "Ірина Коваленко <iryna.kovalenko@ukr-post.example>"),
    ], "Доброго дня!\n\nДякую за лист. До 27 листопада я у відпустці й не перевіряю пошту регулярно. "
       "Відповім, щойно повернуся.\n\nЗ повагою,\nІрина Коваленко\n", cte="8bit")


def r_left():
    A = R + "left-notice/"
    o = Ours("20261118141210.e3b5a7c9", "Application: Mobile maternal-health clinic, Cape Coast",
             "Samuel Mensah <s.mensah@harbourhealth.example>", "Wed, 18 Nov 2026 14:12:10 +0000",
             "<LO2P265MB5190@LO2P265MB5190.GBRP265.PROD.OUTLOOK.example>")
    lines = ["Thank you for your email.", "",
             "Please note that Samuel Mensah has left Harbour Health Foundation and this mailbox is no longer monitored.",
             "For grant-related enquiries please contact programmes@harbourhealth.example; for anything else, "
             "info@harbourhealth.example.", "", "Harbour Health Foundation"]
    m365_oof(A + "27-m365-left-company-en.eml", o, "Samuel Mensah <s.mensah@harbourhealth.example>",
             "Wed, 18 Nov 2026 14:12:14 +0000", "Automatic reply:", "\n".join(lines) + "\n", lines,
             "en-GB", "Wed, 18 Nov 2026 14:12:15 +0000", "LO2P265MB5190")

    o = Ours("20261119090255.7a4c1e88", "Aanvraag – Buurtmoestuin Tanthof, Delft",
             "Wijkcentrum Tanthof <secretariaat@wijkcentrum-delft.example>", "Thu, 19 Nov 2026 09:02:55 +0000",
             "<AS8P193MB1285@AS8P193MB1285.EURP193.PROD.OUTLOOK.example>")
    lines = ["Geachte afzender,", "",
             "Dit e-mailadres wordt niet meer gelezen. Stuur uw bericht opnieuw naar info@wijkcentrum-delft.example.",
             "Uw e-mail wordt niet automatisch doorgestuurd.", "",
             "Met vriendelijke groet,", "Stichting Wijkcentrum Tanthof"]
    m365_oof(A + "28-not-monitored-nl.eml", o, "Secretariaat Wijkcentrum Tanthof <secretariaat@wijkcentrum-delft.example>",
             "Thu, 19 Nov 2026 09:03:00 +0000", "Automatisch antwoord:", "\n".join(lines) + "\n", lines,
             "nl-NL", "Thu, 19 Nov 2026 09:03:01 +0000", "AS8P193MB1285")

    # 29 hosting-panel autoresponder: address is changing, mail forwarded
    o = Ours("20261120104418.2d9f6b31", "Wniosek o grant – Pracownia ceramiki dla seniorów, Lublin",
             "Katarzyna Nowak <k.nowak@pracownia-lublin.example>", "Fri, 20 Nov 2026 10:44:18 +0000",
             "<e8c4a2f0-1b3d-4f5e-9a7c-6d2e0b8f4a13@pracownia-lublin.example>")
    build(A + "29-forwarding-new-address-pl.eml", [
        ("Return-Path", "<k.nowak@pracownia-lublin.example>"),
        ("Received", mx_received("s41.hosting-pl.example", "198.51.100.157", "Fri, 20 Nov 2026 10:44:23 +0000")),
        ("Date", "Fri, 20 Nov 2026 11:44:22 +0100"),
        ("From", "k.nowak@pracownia-lublin.example"),
        ("To", "apply@grants.example"),
        ("Subject", "Zmiana adresu e-mail / " + o.subject),
        ("Message-ID", "<autoresponder.1794975862.41873@s41.hosting-pl.example>"),
        ("In-Reply-To", o.id),
        ("X-Autorespond", "Zmiana adresu e-mail"),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "auto_reply"),
        ("MIME-Version", "1.0"),
    ], "Dzień dobry,\n\nten adres e-mail przestanie działać z końcem roku. Państwa wiadomość została "
       "automatycznie przekazana na mój nowy adres: katarzyna.nowak@fundacja-most.example.\n"
       "Proszę o aktualizację danych kontaktowych.\n\nPozdrawiam\nKatarzyna Nowak\n", cte="quoted-printable")

    # 30 Google Workspace vacation set by the admin for a departed employee (Italian)
    o = Ours("20261123081144.b0e7d2a5", "Domanda di contributo – Orto sociale a Bari",
             "Marco Rinaldi <marco.rinaldi@coopilfaro.example>", "Mon, 23 Nov 2026 08:11:44 +0000",
             "<CAE5pWq0n2+7Rk=Lx@mail.gmail.example>")
    t = ("Gentile mittente,\n\nla informiamo che Marco Rinaldi non lavora più presso la Cooperativa Il Faro e che questo "
         "indirizzo non è più monitorato.\nPer qualsiasi informazione può scrivere a segreteria@coopilfaro.example.\n\n"
         "Grazie,\nCooperativa Sociale Il Faro\n")
    build(A + "30-workspace-no-longer-active-it.eml", [
        ("Delivered-To", "apply@grants.example"),
        ("Received", mx_received("mail-sor-f73.google.example", "209.85.220.73", "Mon, 23 Nov 2026 08:11:52 +0000")),
        ("MIME-Version", "1.0"),
        ("From", "Marco Rinaldi <marco.rinaldi@coopilfaro.example>"),
        ("Date", "Mon, 23 Nov 2026 09:11:51 +0100"),
        ("References", o.refs), ("In-Reply-To", o.id),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<CAE5pWq2vQ8=vacation.Ht1Kz@mail.gmail.example>"),
        ("Subject", "Indirizzo non più attivo"),
        ("To", "Grants Team <apply@grants.example>"),
    ], t, "<div dir=\"ltr\">" + t.replace("\n", "<br>") + "</div>", cte="quoted-printable")


def r_helpdesk():
    A = R + "helpdesk/"
    # 31 Zendesk
    o = Ours("20261103150512.4c6e8a02", "Application – Reading tutors for Eldoret primary schools",
             "Mwangaza Learning <support@mwangaza.example>", "Tue, 3 Nov 2026 15:05:12 +0000",
             "<CAN3m0aHq8x+Zt=Qp@mail.gmail.example>")
    t = f"""##- Please type your reply above this line -##

Your request (4821) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Grants Team, Nov 3, 2026, 18:05 EAT

{QUESTIONS_EN}
--------------------------------
This email is a service from Mwangaza Learning.
[8R4KQ2-VZ7E]
"""
    html = ("<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
            "<p>Your request (4821) has been received and is being reviewed by our support staff.</p>"
            "<p>To add additional comments, reply to this email.</p><hr>"
            "<p><strong>Grants Team</strong> Nov 3, 2026, 18:05 EAT</p><div>" + QUESTIONS_EN.replace("\n", "<br>") +
            "</div><hr><p style=\"color:#999\">This email is a service from Mwangaza Learning. "
            "Delivered by <a href=\"https://www.zendesk.example/support/\">Zendesk</a></p>"
            "<span style=\"color:#FFFFFF\">[8R4KQ2-VZ7E]</span>")
    build(A + "31-zendesk-request-received.eml", [
        ("Received", mx_received("out-12.smtp.zendesk.example", "192.161.151.12", "Tue, 3 Nov 2026 15:05:19 +0000")),
        ("Date", "Tue, 03 Nov 2026 15:05:17 +0000"),
        ("From", "Mwangaza Learning <support@mwangaza.example>"),
        ("Reply-To", "Mwangaza Learning <support+id4821@mwangaza.zendesk.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Message-ID", "<8R4KQ2VZ7E_6728af1d8e2c4_7f3a1c2e_sprut@zendesk.example>"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("Subject", "[Mwangaza Learning] " + o.subject),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Zendesk Mailer"),
        ("X-Zendesk-From-Account-Id", "1a2b3c4"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
    ], t, html, cte="quoted-printable")

    # 32 Freshdesk (Spanish)
    o = Ours("20261105164020.9d1a3f5b", "Solicitud de apoyo – Cooperativa de café en Jinotega",
             "Fundación Andina <contacto@fundacion-andina.example>", "Thu, 5 Nov 2026 16:40:20 +0000",
             "<b2c4e6a8-0f1d-4b3c-8e5a-7d9c1b3e5f70@fundacion-andina.example>")
    t = ("Estimado/a Grants Team,\n\nGracias por escribirnos. Hemos recibido su mensaje y se ha creado la solicitud #10542.\n"
         "Un miembro de nuestro equipo le responderá a la brevedad, normalmente en un plazo de 48 horas hábiles.\n\n"
         "Puede consultar el estado de su solicitud aquí: https://fundacion-andina.freshdesk.example/helpdesk/tickets/10542\n\n"
         "Atentamente,\nEquipo de Atención – Fundación Andina\n")
    build(A + "32-freshdesk-ticket-es.eml", [
        ("Received", mx_received("mail-us1.freshemail.example", "104.130.96.7", "Thu, 5 Nov 2026 16:40:31 +0000")),
        ("Date", "Thu, 05 Nov 2026 16:40:29 +0000"),
        ("From", "Fundación Andina <contacto@fundacion-andina.example>"),
        ("Reply-To", "contacto@fundacion-andina.example"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<fd.10542.1a7c3e9b5d20@fundacion-andina.freshdesk.example>"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("Subject", "Solicitud recibida [#10542] " + o.subject),
        ("MIME-Version", "1.0"),
    ], t, "<div>" + t.replace("\n", "<br>") + "</div>", cte="quoted-printable")

    # 33 Jira Service Management
    o = Ours("20261109121530.0c2f4e6a", "Application – Coding bootcamp for girls in Addis Ababa",
             "Tech Hub Addis <hello@techhub-addis.example>", "Mon, 9 Nov 2026 12:15:30 +0000",
             "<CAPz8m+1Hq5Xw=Fd@mail.gmail.example>")
    t = ("—-—-—-—\nReply above this line.\n\nGrants Team, your request has been received.\n\n"
         "We've received your request and a member of our team will get back to you soon.\n\n"
         "View request · Turn off this request's notifications\n\n"
         "This is shared with Grants Team.\n\nHelp Center, powered by Jira Service Management, sent you this message.\n")
    build(A + "33-jira-sm-request.eml", [
        ("Received", mx_received("mail-ub-9.atlassian.example", "185.166.143.9", "Mon, 9 Nov 2026 12:15:41 +0000")),
        ("Date", "Mon, 9 Nov 2026 12:15:39 +0000 (UTC)"),
        ("From", "Tech Hub Addis Help Center <jira@techhub-addis.atlassian.example>"),
        ("Reply-To", "Tech Hub Addis Help Center <hello@techhub-addis.example>"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<JIRA.41207.1794312939000@Atlassian.JIRA>"),
        ("In-Reply-To", "<JIRA.41207@Atlassian.JIRA>"),
        ("References", "<JIRA.41207@Atlassian.JIRA>"),
        ("Subject", "THA-1287 " + o.subject),
        ("MIME-Version", "1.0"),
        ("X-JIRA-FingerPrint", "5c9a1e7f3b0d2e4a6c8b0d2f4a6c8e0b"),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
    ], t, "<html><body><div style=\"color:#6B778C\">Reply above this line.</div><p><b>Grants Team</b>, your request has been received.</p>"
          "<p>We've received your request and a member of our team will get back to you soon.</p>"
          "<p><a href=\"https://techhub-addis.atlassian.example/servicedesk/customer/portal/1/THA-1287\">View request</a> · "
          "<a href=\"#\">Turn off this request's notifications</a></p><p>This is shared with Grants Team.</p>"
          "<p style=\"color:#6B778C\">Help Center, powered by Jira Service Management, sent you this message.</p></body></html>",
        cte="quoted-printable")

    # 34 ServiceNow
    o = Ours("20261112131008.6f8b0d2e", "Application: Campus e-waste repair clinic",
             "IT Services – University of Accra East <it-help@uae-accra.example>", "Thu, 12 Nov 2026 13:10:08 +0000",
             "<SN4PR11MB8702@SN4PR11MB8702.namprd11.prod.outlook.example>")
    t = (f"Your incident has been opened on your behalf.\n\nIncident: INC0041877\nShort description: {o.subject}\n"
         "Opened for: apply@grants.example\nState: New\n\nYou can view all the details of the incident by following the link below:\n"
         "Take me to the Incident: https://uaeaccra.service-now.example/sp?id=ticket&table=incident&sys_id=3f9a1c7e1b\n\n"
         "Thank you,\nIT Service Desk\n\nRef:MSG7718204\n")
    build(A + "34-servicenow-incident.eml", [
        ("Received", mx_received("outbound-ch3-1.service-now.example", "149.96.6.21", "Thu, 12 Nov 2026 13:10:22 +0000")),
        ("Date", "Thu, 12 Nov 2026 05:10:20 -0800 (PST)"),
        ("From", "IT Service Desk <uaeaccra@service-now.example>"),
        ("Reply-To", "IT Service Desk <uaeaccra@service-now.example>"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<1189022731.44121.1794489020112@app137041.ycg3.service-now.example>"),
        ("Subject", "Incident INC0041877 has been opened on your behalf"),
        ("MIME-Version", "1.0"),
        ("X-ServiceNow-SysEmail-Version", "2"),
    ], t, "<div>" + t.replace("\n", "<br>") + "</div>", cte="quoted-printable")

    # 35 Zammad (German)
    o = Ours("20261117085905.3e5a7c9b", "Förderantrag – Repair-Café im Stadtteilzentrum Gostenhof",
             "Stadtteilzentrum Gostenhof <kontakt@stz-gostenhof.example>", "Tue, 17 Nov 2026 08:59:05 +0000",
             "<9e2f4a6c-8b0d-4e1f-a3c5-7d9b1e3f5a72@stz-gostenhof.example>")
    t = (f"Vielen Dank für Ihre Anfrage ({o.subject})!\n\nIhre Anfrage wird unter der Ticketnummer 11042 bearbeitet. "
         "Wir melden uns so schnell wie möglich bei Ihnen.\n\nBitte behalten Sie die Ticketnummer [Ticket#11042] im Betreff "
         "bei, wenn Sie uns antworten.\n\nIhr Team vom Stadtteilzentrum Gostenhof\n\nZammad, Ihr Helpdesk\n")
    build(A + "35-zammad-ticket-de.eml", [
        ("Received", mx_received("helpdesk.stz-gostenhof.example", "198.51.100.233", "Tue, 17 Nov 2026 08:59:14 +0000")),
        ("Date", "Tue, 17 Nov 2026 09:59:12 +0100"),
        ("From", "Stadtteilzentrum Gostenhof <kontakt@stz-gostenhof.example>"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<6739a7f0b1c2d_1b7e4_5a3c@helpdesk.stz-gostenhof.example.mail>"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("Subject", f"Vielen Dank für Ihre Anfrage (11042) [{o.subject}]"),
        ("MIME-Version", "1.0"),
        ("Organization", "Stadtteilzentrum Gostenhof e.V."),
        ("X-Loop", "yes"),
        ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
    ], t, "<div>" + t.replace("\n", "<br>") + "</div>", cte="quoted-printable")

    # 36 Help Scout mailbox auto-reply
    o = Ours("20261124102233.8b0d2f4a", "Application – Tool library for Cluj-Napoca",
             "Asociația Unelte Comune <hello@unelte-comune.example>", "Tue, 24 Nov 2026 10:22:33 +0000",
             "<CAE8kz1Vq+J3n=Wr@mail.gmail.example>")
    t = ("Bună ziua,\n\nVă mulțumim pentru mesaj! L-am primit și vă vom răspunde în cel mult două zile lucrătoare.\n\n"
         "Între timp, multe întrebări au deja un răspuns pe pagina noastră: https://unelte-comune.example/intrebari\n\n"
         "Echipa Unelte Comune\n")
    build(A + "36-helpscout-received.eml", [
        ("Received", mx_received("mail-ed1.helpscout.example", "52.0.70.91", "Tue, 24 Nov 2026 10:22:40 +0000")),
        ("Date", "Tue, 24 Nov 2026 10:22:39 +0000"),
        ("From", "Unelte Comune <hello@unelte-comune.example>"),
        ("Reply-To", "Unelte Comune <hello@unelte-comune.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Message-ID", "<reply-2318844017-98211@helpscout.example>"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("Subject", o.subject),
        ("MIME-Version", "1.0"),
    ], t, "<div>" + t.replace("\n", "<br>") + "</div>", cte="quoted-printable")


def r_misc():
    # 37 challenge-response sender verification
    o = Ours("20261110183045.5e7a9c1b", "Application - Rainwater tanks for Kandahar girls' school",
             "Mohammad Karimi <m.karimi@parsnet-af.example>", "Tue, 10 Nov 2026 18:30:45 +0000",
             "<20261110.a7c3e1@parsnet-af.example>")
    t = (f"Hello,\n\nI am protecting myself from receiving junk mail. Your message to m.karimi@parsnet-af.example "
         f"with the subject\n\n    \"{o.subject}\"\n\nhas been held. Please click the link below to complete the "
         "verification process. You have to do this only once.\n\n"
         "https://verify.spamguard-mail.example/v?c=9Xk2Qa7Lr0&u=m.karimi%40parsnet-af.example\n\n"
         "After you confirm, your message will be delivered and future messages from you will not be held.\n\n"
         "This is an automated message; replies to it are not read.\n")
    build(R + "challenge/37-challenge-verify-sender.eml", [
        ("Return-Path", "<verify@spamguard-mail.example>"),
        ("Received", mx_received("out1.spamguard-mail.example", "198.51.100.31", "Tue, 10 Nov 2026 18:30:58 +0000")),
        ("Date", "Tue, 10 Nov 2026 18:30:57 +0000"),
        ("From", "\"m.karimi@parsnet-af.example\" <verify@spamguard-mail.example>"),
        ("Reply-To", "verify+9Xk2Qa7Lr0@spamguard-mail.example"),
        ("To", "apply@grants.example"),
        ("Subject", f"Please verify your email: {o.subject}"),
        ("Message-ID", "<challenge.9Xk2Qa7Lr0.1794335457@spamguard-mail.example>"),
        ("In-Reply-To", o.id),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
    ], t, cte="7bit")

    # 38 Thunderbird MDN (displayed)
    o = Ours("20261113124011.0a2c4e6f", "Application: Community seed bank in Chitwan",
             "Sita Gurung <sita.gurung@himal-mail.example>", "Fri, 13 Nov 2026 12:40:11 +0000",
             "<f1e3d5c7-b9a1-4c2e-8f6d-0b2a4c6e8f13@himal-mail.example>")
    raw(R + "receipt/38-mdn-displayed.eml", f"""\
Return-Path: <sita.gurung@himal-mail.example>
Received: {mx_received('smtp.himal-mail.example', '203.0.113.166', 'Fri, 13 Nov 2026 13:02:20 +0000')}
Message-ID: <3a7c9e1f-5b2d-4f80-a6c4-e8f0b2d4a617@himal-mail.example>
Date: Fri, 13 Nov 2026 18:47:17 +0545
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Sita Gurung <sita.gurung@himal-mail.example>
To: Grants Team <apply@grants.example>
{enc('Subject', 'Return Receipt (displayed) - ' + o.subject)}
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------c2Lr8XpQ0a1B3cD4eF5gH6iJ"

This is a multi-part message in MIME format.
--------------c2Lr8XpQ0a1B3cD4eF5gH6iJ
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to sita.gurung@himal-mail.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------c2Lr8XpQ0a1B3cD4eF5gH6iJ
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: himal-mail.example; Mozilla Thunderbird
Final-Recipient: rfc822;sita.gurung@himal-mail.example
Original-Message-ID: {o.id}
Disposition: manual-action/MDN-sent-manually; displayed

--------------c2Lr8XpQ0a1B3cD4eF5gH6iJ
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

{o.headers()}
--------------c2Lr8XpQ0a1B3cD4eF5gH6iJ--
""")

    # 39 Outlook (Chinese UI) read receipt
    o = Ours("20261116021530.7c9e1a3b", "申请：贵州山区留守儿童图书角项目",
             "王芳 <wangfang@qianshan-edu.example>", "Mon, 16 Nov 2026 02:15:30 +0000",
             "<TYZPR06MB4421@TYZPR06MB4421.apcprd06.prod.outlook.example>")
    t = (f"您的邮件\n\n    收件人: 王芳\n    主题: {o.subject}\n    发送时间: 2026/11/16 10:15\n\n"
         "已于 2026/11/16 14:03 阅读。\n")
    raw(R + "receipt/39-outlook-read-zh.eml", f"""\
Received: {mx_received('APC01-TYZ-obe.outbound.protection.outlook.example', '40.107.117.50', 'Mon, 16 Nov 2026 06:03:41 +0000')}
From: =?utf-8?B?546L6Iqz?= <wangfang@qianshan-edu.example>
To: Grants Team <apply@grants.example>
Subject: =?utf-8?B?5bey6K+7OiA=?= {o.subject}
Thread-Topic: {o.subject}
Thread-Index: AQHbV0mXq3c1f2aLy0O8aRk5bS2XnQAAAAAA
Date: Mon, 16 Nov 2026 06:03:39 +0000
Message-ID: <TYZPR06MB44210B7E3C2D91F5A8E6C4D1B32A9@TYZPR06MB4421.apcprd06.prod.outlook.example>
Content-Language: zh-CN
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: {o.id}
x-ms-publictraffictype: Email
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="_000_TYZPR06MB44210B7E3C2D91F5A8E6C4D1B32A9_"
MIME-Version: 1.0

--_000_TYZPR06MB44210B7E3C2D91F5A8E6C4D1B32A9_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{b64(t)}

--_000_TYZPR06MB44210B7E3C2D91F5A8E6C4D1B32A9_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; wangfang@qianshan-edu.example
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: N6j0k7nGf0KZ0Rl2S9u3iQ==
Original-Message-ID: {o.id}
X-Display-Name: =?utf-8?B?546L6Iqz?=

--_000_TYZPR06MB44210B7E3C2D91F5A8E6C4D1B32A9_--
""".replace("Subject: =?utf-8?B?5bey6K+7OiA=?= " + o.subject,
            "Subject: =?utf-8?B?" + base64.b64encode(("已读: " + o.subject).encode()).decode() + "?=")
         .replace("Thread-Topic: " + o.subject,
                  "Thread-Topic: =?utf-8?B?" + base64.b64encode(o.subject.encode()).decode() + "?="))

    # 40 Outlook calendar reply: Accepted (we invited applicants to an online Q&A)
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Kamal Perera:mailto:kamal.perera@lanka-coast.example
COMMENT;LANGUAGE=en-US:\\n
SUMMARY;LANGUAGE=en-US:Accepted: Applicant Q&A session – Community Innovation Grants 2027
DTSTART;TZID=W. Europe Standard Time:20261126T140000
DTEND;TZID=W. Europe Standard Time:20261126T150000
UID:040000008200E00074C5B7101A82E0080000000010A7E2C3F151DB01000000000000000010000000C6C93A3C0E6C8E4DB2B8A5E1F26C6D10
ORGANIZER;CN=Grants Team:mailto:apply@grants.example
DTSTAMP:20261120T083312Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
    raw(R + "calendar/40-outlook-accepted.eml", f"""\
Received: {mx_received('APC01-SG2-obe.outbound.protection.outlook.example', '40.107.215.98', 'Fri, 20 Nov 2026 08:33:20 +0000')}
From: Kamal Perera <kamal.perera@lanka-coast.example>
To: Grants Team <apply@grants.example>
Subject: =?utf-8?Q?Accepted:_Applicant_Q&A_session_=E2=80=93_Community_Innovation_Grants_2027?=
Thread-Topic: =?utf-8?Q?Applicant_Q&A_session_=E2=80=93_Community_Innovation_Grants_2027?=
Thread-Index: AQHbWy8e3p0bQ2vN7kKh9X1Zq4YfRQ==
Date: Fri, 20 Nov 2026 08:33:12 +0000
Message-ID: <SG2PR04MB5987C1A2E3F4B5D6@SG2PR04MB5987.apcprd04.prod.outlook.example>
References: <GRANTS-QA-20261126.invite.07@grants.example>
In-Reply-To: <GRANTS-QA-20261126.invite.07@grants.example>
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAAQp+LD8VHbAQAAAAAAAAAAEAAAAMbJOjwObI5NsrilrhJsbRA=
x-ms-publictraffictype: Email
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64
MIME-Version: 1.0

{b64(ics_fold(ics))}
""")


def ics_fold(text):
    lines = []
    for l in text.rstrip("\n").split("\n"):
        while len(l.encode()) > 75:
            cut = 74
            while len(l[:cut].encode()) > 74:
                cut -= 1
            lines.append(l[:cut]); l = " " + l[cut:]
        lines.append(l)
    return "\r\n".join(lines) + "\r\n"


def r_lists():
    # 41 Mailman 3: held for moderation
    o = Ours("20261104170215.2b4d6f80", "Application – Community radio antenna upgrade (Jinja)",
             "Jinja FM volunteers <volunteers@lists.jinja-fm.example>", "Wed, 4 Nov 2026 17:02:15 +0000",
             "<CAKz0n3+Pq8Yx=Qm4@mail.gmail.example>")
    raw(R + "list/41-mailman-awaits-moderation.eml", f"""\
Return-Path: <volunteers-bounces@lists.jinja-fm.example>
Received: {mx_received('lists.jinja-fm.example', '198.51.100.48', 'Wed, 4 Nov 2026 17:02:25 +0000')}
Received: from lists.jinja-fm.example (localhost [127.0.0.1])
\tby lists.jinja-fm.example (Postfix) with ESMTP id 6A1C2407B2
\tfor <apply@grants.example>; Wed,  4 Nov 2026 20:02:24 +0300 (EAT)
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
Subject: Your message to volunteers@lists.jinja-fm.example awaits moderator approval
From: volunteers-owner@lists.jinja-fm.example
To: apply@grants.example
Message-ID: <179467574413.3341.7719092361224915062@lists.jinja-fm.example>
Date: Wed, 04 Nov 2026 20:02:24 +0300
Precedence: bulk
X-Mailman-Version: 3.3.9
List-Id: Jinja FM volunteers <volunteers.lists.jinja-fm.example>

Your message to the volunteers mailing-list was not accepted for the
following reasons:

Your message to volunteers@lists.jinja-fm.example with the subject

    {o.subject}

Is being held until the list moderator can review it for approval.

The message is being held because:

    The message is not from a list member

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
""")

    # 42 Google Groups: no permission to post (Gmail DSN form)
    o = Ours("20261119114407.9f1b3d5e", "Application: Youth climate theatre in Dumaguete",
             "Teatro Kabataan Board <board@teatrokabataan.example>", "Thu, 19 Nov 2026 11:44:07 +0000",
             "<CAB4zpQ3n+W8kV=Tr@mail.gmail.example>")
    t = f"""Hello apply@grants.example,

We're writing to let you know that the group you tried to contact (board) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.example/a/teatrokabataan.example/support/.

Thanks,

teatrokabataan.example admins
"""
    raw(R + "list/42-google-groups-no-permission.eml", f"""\
Delivered-To: apply@grants.example
Received: {mx_received('mail-sor-f69.google.example', '209.85.220.69', 'Thu, 19 Nov 2026 11:44:14 +0000')}
Return-Path: <>
Received: by mail-sor-f69.google.example (Google Transport Security)
        for <apply@grants.example>; Thu, 19 Nov 2026 03:44:12 -0800 (PST)
Content-Type: multipart/report; boundary="0000000000003e5b1c0630a1d7f2"; report-type=delivery-status
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: apply@grants.example
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {o.refs}
In-Reply-To: {o.id}
X-Failed-Recipients: board@teatrokabataan.example
Message-ID: <673c7a3c.170a0220.2b9e4.61c3.GMR@mx.google.example>
Date: Thu, 19 Nov 2026 03:44:12 -0800 (PST)

--0000000000003e5b1c0630a1d7f2
Content-Type: text/plain; charset="UTF-8"

{t}
--0000000000003e5b1c0630a1d7f2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 19 Nov 2026 03:44:10 -0800 (PST)
X-Original-Message-ID: {o.id}

Final-Recipient: rfc822; board@teatrokabataan.example
Action: failed
Status: 5.7.0
Diagnostic-Code: smtp; 550 5.7.0 Group does not exist or you do not have permission to post
Last-Attempt-Date: Thu, 19 Nov 2026 03:44:12 -0800 (PST)

--0000000000003e5b1c0630a1d7f2
Content-Type: message/rfc822

{o.full()}
--0000000000003e5b1c0630a1d7f2--
""")

    # 43 Sympa: message rejected (French)
    o = Ours("20261125093318.4a6c8e0b", "Candidature – Fablab associatif à Thiès",
             "Conseil d'administration <conseil@listes.fablab-thies.example>", "Wed, 25 Nov 2026 09:33:18 +0000",
             "<3b5d7f9a-1c2e-4a60-8b7d-9e1f3a5c7e90@fablab-thies.example>")
    build(R + "list/43-sympa-rejected-fr.eml", [
        ("Return-Path", "<sympa-request@listes.fablab-thies.example>"),
        ("Received", mx_received("listes.fablab-thies.example", "203.0.113.9", "Wed, 25 Nov 2026 09:33:29 +0000")),
        ("Date", "Wed, 25 Nov 2026 09:33:28 +0000"),
        ("From", "SYMPA <sympa-request@listes.fablab-thies.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Message non distribué : " + o.subject),
        ("Message-Id", "<sympa.1795080808.2217.913@listes.fablab-thies.example>"),
        ("MIME-Version", "1.0"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Loop", "sympa@listes.fablab-thies.example"),
    ], f"Votre message pour la liste « conseil » a été rejeté.\n\n"
       f"Sujet du message : {o.subject}\n\n"
       "Vous n'êtes pas autorisé(e) à envoyer des messages à cette liste.\n"
       "Pour toute question, contactez le propriétaire de la liste : conseil-request@listes.fablab-thies.example\n\n"
       "-- \nSympa, gestionnaire de listes de diffusion\n", cte="quoted-printable")

    # 44 ARF abuse report (a webmail user pressed "spam" on our automatic answer)
    o = Ours("20261126074412.1d3f5b7c", "Application – Women's tailoring cooperative, Kano",
             "Hauwa Bello <hauwa.bello@webmail-ng.example>", "Thu, 26 Nov 2026 07:44:12 +0000",
             "<CAH1x7Lq+Rk2=Vd@mail.gmail.example>")
    raw(R + "feedback/44-arf-abuse-report.eml", f"""\
Return-Path: <fbl-bounce@feedback.webmail-ng.example>
Received: {mx_received('fbl.webmail-ng.example', '198.51.100.250', 'Thu, 26 Nov 2026 21:10:05 +0000')}
Date: Thu, 26 Nov 2026 21:10:04 +0000
From: Webmail NG Feedback Loop <fbl@feedback.webmail-ng.example>
To: apply@grants.example
{enc('Subject', 'FW: ' + o.subject)}
Message-ID: <fbl.20261126211004.88213@feedback.webmail-ng.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
\tboundary="----=_arf_5f2a9c71"

------=_arf_5f2a9c71
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP
192.0.2.25 on Thu, 26 Nov 2026 07:44:15 +0000.
For more information about this format please see
https://www.rfc-editor.example/rfc/rfc5965

------=_arf_5f2a9c71
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: WebmailNG-FBL/2.1
Version: 1
Original-Mail-From: <apply@grants.example>
Original-Rcpt-To: <hauwa.bello@webmail-ng.example>
Arrival-Date: Thu, 26 Nov 2026 07:44:15 +0000
Reporting-MTA: dns; mx2.webmail-ng.example
Source-IP: 192.0.2.25
Reported-Domain: grants.example
Authentication-Results: mx2.webmail-ng.example; dkim=pass header.d=grants.example; spf=pass smtp.mailfrom=grants.example

------=_arf_5f2a9c71
Content-Type: message/rfc822
Content-Disposition: inline

{o.full()}
------=_arf_5f2a9c71--
""")


# ================================================================= PEOPLE
P = "people/"


def gmail_hdrs(frm, date, subj, mid, recv_date, to="apply@grants.example", irt=None, refs=None):
    h = [("Delivered-To", "apply@grants.example"),
         ("Received", mx_received("mail-sor-f41.google.example", "209.85.220.41", recv_date)),
         ("MIME-Version", "1.0")]
    if refs:
        h.append(("References", refs))
    if irt:
        h.append(("In-Reply-To", irt))
    h += [("From", frm), ("Date", date), ("Message-ID", mid), ("Subject", subj), ("To", to)]
    return h


def html_of(t):
    return "<div dir=\"ltr\">" + t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</div>"


def p_applications():
    # 01 Kenya, Gmail, CV attached
    t = ("Dear Grants Team,\n\nI am writing to apply for the Community Innovation Grants 2027 on behalf of Maji Mtaani, "
         "a youth group in Kibera, Nairobi. We want to set up three solar-powered water kiosks that sell clean water "
         "at a fair price and pay two young operators each.\n\nPlease find attached my CV. I have also pasted a "
         "short summary of the project below.\n\nSummary: 3 kiosks, 1,200 households served, total cost about EUR 14,000, "
         "of which we can contribute EUR 2,000 from our savings group.\n\nThank you for considering our application. "
         "I look forward to hearing from you.\n\nWarm regards,\nWanjiru Kamau\nChairperson, Maji Mtaani Youth Group\n+254 7** *** 412\n")
    cvpdf = pdf("cv_wanjiru", cv("Wanjiru Kamau", "Community organiser", "Nairobi, Kenya · wanjiru.kamau@mail-ke.example", [
        ("Experience", ["2021–present: Chairperson, Maji Mtaani Youth Group, Kibera",
                        "2018–2021: Field assistant, WASH programme, Nairobi County"]),
        ("Education", ["Diploma in Community Development, Kenya Institute of Social Work (2018)"]),
        ("Skills", ["Project budgeting", "Mobile money bookkeeping", "Kiswahili, English, Kikuyu"])]))
    build(P + "01-application-water-kiosks-ke.eml",
          gmail_hdrs("Wanjiru Kamau <wanjiru.kamau@mail-ke.example>", "Mon, 2 Nov 2026 11:02:41 +0300",
                     "Application: Solar water kiosks for Kibera", "<CAJq7Wm2K0+Zx8tN4p@mail.gmail.example>",
                     "Mon, 2 Nov 2026 08:02:49 +0000"),
          t, html_of(t), attach=[("Wanjiru_Kamau_CV.pdf", cvpdf, "application", "pdf")])

    # 02 Senegal, French, Orange webmail-like, CV attached
    t = ("Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature au programme Community Innovation Grants 2027 "
         "pour notre projet de transformation de mangues séchées à Ziguinchor, porté par un groupement de 18 femmes.\n\n"
         "Vous trouverez ci-joint mon CV. Le budget détaillé suivra si le dossier vous intéresse.\n\n"
         "Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n"
         "Aminata Diallo\nCoordinatrice, GIE Femmes de Kandé\nZiguinchor, Sénégal\n")
    cvpdf = pdf("cv_aminata", cv("Aminata Diallo", "Coordinatrice de projets agroalimentaires",
                                  "Ziguinchor, Sénégal · aminata.diallo@orange-sn.example", [
        ("Expérience", ["Depuis 2019 : coordinatrice du GIE Femmes de Kandé (séchage de mangues, 18 membres)",
                        "2015–2019 : animatrice, programme de nutrition communautaire"]),
        ("Formation", ["BTS Agroalimentaire, Dakar (2014)"]),
        ("Langues", ["Français, wolof, diola"])]))
    build(P + "02-candidature-fr-senegal.eml", [
        ("Return-Path", "<aminata.diallo@orange-sn.example>"),
        ("Received", mx_received("smtp-out.orange-sn.example", "198.51.100.101", "Tue, 3 Nov 2026 10:15:22 +0000")),
        ("Date", "Tue, 3 Nov 2026 10:15:19 +0000 (GMT)"),
        ("From", "Aminata Diallo <aminata.diallo@orange-sn.example>"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<1822377465.91042.1793700919331.JavaMail.open-xchange@webmail.orange-sn.example>"),
        ("Subject", "Candidature – Transformation de mangues séchées à Ziguinchor"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58"),
    ], t, html_of(t), attach=[("CV Aminata DIALLO.pdf", cvpdf, "application", "pdf")])

    # 03 Peru, Spanish, Outlook.com, DOCX
    t = ("Estimados señores:\n\nLes escribo para presentar la solicitud de nuestra asociación para instalar huertos "
         "escolares en cuatro escuelas rurales de Anta, Cusco. Adjunto mi currículum en Word.\n\n"
         "Quedo atento a cualquier consulta.\n\nAtentamente,\nLuis Huamán Quispe\nAsociación Allin Mikuy\n")
    d = docx("cv_luis", ["Luis Huamán Quispe", "Ingeniero agrónomo · Anta, Cusco, Perú", "## Experiencia",
                         "2020–2026: Coordinador técnico, Asociación Allin Mikuy (huertos escolares, 12 escuelas)",
                         "2016–2020: Extensionista agrario, Agencia Agraria Anta", "## Formación",
                         "Ingeniería Agronómica, Universidad Nacional de San Antonio Abad del Cusco (2015)",
                         "## Idiomas", "Español, quechua, inglés básico"])
    build(P + "03-solicitud-es-peru.eml", [
        ("Received", mx_received("BN8PR05CU003.outbound.protection.outlook.example", "52.103.7.21", "Wed, 4 Nov 2026 15:40:12 +0000")),
        ("From", "Luis Huamán <luis.huaman@outlook-pe.example>"),
        ("To", "\"apply@grants.example\" <apply@grants.example>"),
        ("Subject", "Solicitud de subvención – Huertos escolares en Anta (Cusco)"),
        ("Thread-Topic", "Solicitud de subvención – Huertos escolares en Anta (Cusco)"),
        ("Thread-Index", "AQHbTr4xYq2Vc9mJ0E6kJ0l9p7u1Bg=="),
        ("Date", "Wed, 4 Nov 2026 15:40:08 +0000"),
        ("Message-ID", "<SA1PR05MB8437C3D@SA1PR05MB8437.namprd05.prod.outlook.example>"),
        ("Accept-Language", "es-PE, en-US"),
        ("Content-Language", "es-PE"),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
    ], t, html_of(t), attach=[("CV Luis Huamán.docx", d, *DOCX)])

    # 04 Germany, Thunderbird, PDF
    t = ("Sehr geehrte Damen und Herren,\n\nhiermit bewerbe ich mich für unser Reparatur-Café im Leipziger Osten um eine "
         "Förderung aus dem Programm Community Innovation Grants 2027. Wir reparieren seit 2022 einmal im Monat "
         "Elektrogeräte, Fahrräder und Kleidung; mit der Förderung wollen wir eine feste Werkstatt einrichten.\n\n"
         "Meinen Lebenslauf finden Sie im Anhang.\n\nMit freundlichen Grüßen\nJonas Weber\n\n-- \n"
         "Reparatur-Café Leipzig-Ost e.V.\nEisenbahnstraße 00, 04315 Leipzig\n")
    cvpdf = pdf("cv_jonas", cv("Jonas Weber", "Elektroniker, ehrenamtlicher Vorstand", "Leipzig · jonas.weber@posteo-de.example", [
        ("Berufserfahrung", ["seit 2019: Elektroniker für Geräte und Systeme, Leipzig",
                             "seit 2022: Vorstand, Reparatur-Café Leipzig-Ost e.V."]),
        ("Ausbildung", ["Ausbildung zum Elektroniker, IHK Leipzig (2019)"])]))
    build(P + "04-bewerbung-de.eml", [
        ("Return-Path", "<jonas.weber@posteo-de.example>"),
        ("Received", mx_received("mout01.posteo-de.example", "185.67.36.65", "Thu, 5 Nov 2026 19:22:05 +0000")),
        ("Message-ID", "<6b8d0f2a-4c6e-4a8b-9d1f-3e5a7c9b1d20@posteo-de.example>"),
        ("Date", "Thu, 5 Nov 2026 20:22:01 +0100"),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "de-DE"),
        ("To", "apply@grants.example"),
        ("From", "Jonas Weber <jonas.weber@posteo-de.example>"),
        ("Subject", "Bewerbung: Reparatur-Café Leipzig-Ost"),
    ], t, None, cte="quoted-printable", attach=[("Lebenslauf_Jonas_Weber.pdf", cvpdf, "application", "pdf")])

    # 05 role address of a small NGO (info@), Bangladesh
    t = ("Dear Sir/Madam,\n\nGreetings from Shapla Women's Trust, Khulna.\n\nWe would like to apply for the Community "
         "Innovation Grants 2027 for our project \"Salt-tolerant kitchen gardens for 300 families in Dacope\". "
         "I am the programme coordinator and will lead the project; my CV is attached. This is our office email "
         "address, which three of us read, so please write to it and mark your reply to my attention.\n\n"
         "With best regards,\nNasrin Akter\nProgramme Coordinator\nShapla Women's Trust\n")
    cvpdf = pdf("cv_nasrin", cv("Nasrin Akter", "Programme Coordinator", "Khulna, Bangladesh · info@shapla-trust.example", [
        ("Experience", ["2017–present: Programme Coordinator, Shapla Women's Trust",
                        "2013–2017: Union-level facilitator, disaster-risk-reduction project, Satkhira"]),
        ("Education", ["MSS in Social Work, Khulna University (2012)"])]))
    build(P + "05-application-info-role-address.eml", [
        ("Received", mx_received("mail.shapla-trust.example", "203.0.113.140", "Fri, 6 Nov 2026 05:48:30 +0000")),
        ("From", "Shapla Women's Trust <info@shapla-trust.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Application for Community Innovation Grants 2027 - Salt-tolerant kitchen gardens, Dacope"),
        ("Date", "Fri, 6 Nov 2026 11:48:26 +0600"),
        ("Message-ID", "<000601db3011$c2a1f8e0$47e5eaa0$@shapla-trust.example>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdswEcJ0k9f3nH7yQ6O0b2l3iX4o9Q=="),
        ("Content-Language", "en-us"),
    ], t, html_of(t), attach=[("Nasrin Akter - CV.pdf", cvpdf, "application", "pdf")])

    # 06 Mozambique, Portuguese, DOCX
    t = ("Exmos. Senhores,\n\nVenho por este meio submeter a candidatura da Associação Vozes de Nampula ao programa "
         "Community Innovation Grants 2027. O projecto consiste em instalar uma pequena rádio comunitária em Ribáuè, "
         "com programas em emakhuwa sobre saúde materna e agricultura.\n\nEnvio em anexo o meu curriculum vitae.\n\n"
         "Com os melhores cumprimentos,\nAlberto Mussa\nPresidente, Associação Vozes de Nampula\n")
    d = docx("cv_alberto", ["Alberto Mussa", "Jornalista comunitário · Nampula, Moçambique", "## Experiência",
                            "2018–2026: Presidente, Associação Vozes de Nampula", "2012–2018: Locutor, Rádio Comunitária de Malema",
                            "## Formação", "Licenciatura em Jornalismo, Escola Superior de Jornalismo, Maputo (2011)"])
    build(P + "06-candidatura-pt-mozambique.eml",
          gmail_hdrs("Alberto Mussa <alberto.mussa@mail-mz.example>", "Mon, 9 Nov 2026 09:31:10 +0200",
                     "Candidatura – Rádio comunitária em Ribáuè (Nampula)", "<CAL3pH7r+Xk0m=Ns2Q@mail.gmail.example>",
                     "Mon, 9 Nov 2026 07:31:17 +0000"),
          t, html_of(t), attach=[("CV_Alberto_Mussa.docx", d, *DOCX)])

    # 08 forwarded by a colleague (Urdu note on top), Pakistan
    fwd = ("السلام علیکم،\n\nیہ درخواست ہماری ساتھی فاطمہ کی طرف سے ہے، ان کا انٹرنیٹ کام نہیں کر رہا تھا اس لیے میں "
           "آگے بھیج رہا ہوں۔ جواب براہ کرم فاطمہ کو بھی بھیجیں: fatima.baloch@mail-pk.example\n\nشکریہ،\nعمران\n\n"
           "---------- Forwarded message ---------\nFrom: Fatima Baloch <fatima.baloch@mail-pk.example>\n"
           "Date: Tue, 10 Nov 2026 at 21:14\nSubject: Application - Solar sewing centre, Turbat\n"
           "To: Imran Qureshi <imran.qureshi@mail-pk.example>\n\n\n"
           "Dear Grants Team,\n\nI would like to apply for the Community Innovation Grants 2027. Our project is a solar-powered "
           "sewing centre for 40 women in Turbat, Balochistan, where power cuts are 10-12 hours a day. My CV is attached.\n\n"
           "Regards,\nFatima Baloch\n")
    cvpdf = pdf("cv_fatima", cv("Fatima Baloch", "Teacher and community worker", "Turbat, Pakistan · fatima.baloch@mail-pk.example", [
        ("Experience", ["2016–present: Teacher, Government Girls High School, Turbat",
                        "2020–present: Volunteer trainer, women's sewing circle"]),
        ("Education", ["M.A. Education, University of Turbat (2015)"])]))
    build(P + "08-application-forwarded-by-colleague.eml",
          gmail_hdrs("Imran Qureshi <imran.qureshi@mail-pk.example>", "Wed, 11 Nov 2026 10:03:55 +0500",
                     "Fwd: Application - Solar sewing centre, Turbat", "<CAF9wQ2u+Lm3Tz=Pk1@mail.gmail.example>",
                     "Wed, 11 Nov 2026 05:04:02 +0000"),
          fwd, html_of(fwd), cte="base64", attach=[("Fatima Baloch CV.pdf", cvpdf, "application", "pdf")])

    # 09 iPhone, very short
    cvpdf = pdf("cv_tunde", cv("Babatunde Adeyemi", "Software developer", "Ibadan, Nigeria", [
        ("Experience", ["2020–present: Developer, agri-tech start-up, Ibadan",
                        "2023–present: Founder, Code4Oyo weekend classes"]),
        ("Education", ["B.Sc. Computer Science, University of Ibadan (2019)"])]))
    build(P + "09-application-iphone-short.eml", [
        ("Return-Path", "<tunde.adeyemi@mail-ng.example>"),
        ("Received", mx_received("mail-ng.example", "198.51.100.77", "Thu, 12 Nov 2026 21:17:40 +0000")),
        ("From", "Tunde Adeyemi <tunde.adeyemi@mail-ng.example>"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", "Thu, 12 Nov 2026 22:17:31 +0100"),
        ("Subject", "Grant application"),
        ("Message-Id", "<4C2E7A91-0B3D-4F58-8E16-A9D2C7B5F304@mail-ng.example>"),
        ("To", "apply@grants.example"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], "Good evening,\n\nPlease find my CV attached for the Code4Oyo weekend coding classes project. "
       "Full proposal to follow.\n\nKind regards,\nTunde\n\nSent from my iPhone\n", None, cte="7bit",
        attach=[("CV - Babatunde Adeyemi.pdf", cvpdf, "application", "pdf")])


def reply(rel, o, frm, date, recv, mid, body, attribution, client="gmail", subj=None, extra=(), html=True,
          cte="quoted-printable", quote_style="gt", attach=()):
    subj = subj or o.subject
    if quote_style == "gt":
        q = attribution + "\n\n" + o.quoted() + "\n"
    elif quote_style == "outlook":
        q = ("________________________________\n" if client == "owa" else "") + attribution + "\n\n" + QUESTIONS_EN
    else:
        q = ""
    text = body + ("\n" + q if q else "")
    if client == "gmail":
        h = gmail_hdrs(frm, date, subj, mid, recv, irt=o.id, refs=o.refs)
    else:
        h = [("Received", mx_received(client, "198.51.100.199", recv)), ("From", frm),
             ("To", "Grants Team <apply@grants.example>"), ("Subject", subj), ("Date", date),
             ("Message-ID", mid), ("In-Reply-To", o.id), ("References", o.refs), ("MIME-Version", "1.0")]
    h += list(extra)
    build(rel, h, text, html_of(text) if html else None, cte=cte, attach=attach)


def p_replies():
    # 07 university Outlook behind Proofpoint; inbound tag [EXTERNAL] kept in the subject; disclaimer
    o = Ours("20261102154402.aa01c3e5", "Application – Mangrove monitoring with low-cost drones",
             "Dr. Maria Santos <msantos@up-visayas.example>", "Mon, 2 Nov 2026 15:44:02 +0000",
             "<PH0PR11MB4920@PH0PR11MB4920.namprd11.prod.outlook.example>")
    body = ("Dear Grants Team,\n\nThank you. Please see my answers below.\n\n"
            "1. Philippines – the fieldwork is in Banate, Iloilo (Western Visayas).\n"
            "2. EUR 18,500.\n3. We could start on 1 February 2027; the project runs 12 months.\n"
            "4. Prof. Ramon dela Cruz, Dean, College of Fisheries – rdelacruz@up-visayas.example\n\n"
            "Best regards,\nMaria\n\nDr. Maria Santos\nAssociate Professor, Division of Biological Sciences\n\n"
            "CONFIDENTIALITY NOTICE: This email and any attachments are intended solely for the addressee(s) and may "
            "contain confidential information. If you are not the intended recipient, please notify the sender and delete this email.\n")
    att = ("From: Grants Team <apply@grants.example>\nSent: Monday, November 2, 2026 11:44 PM\n"
           "To: Dr. Maria Santos <msantos@up-visayas.example>\n"
           f"Subject: [EXTERNAL] {o.subject}\n\n"
           "CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
           "unless you recognize the sender and know the content is safe.\n")
    reply(P + "07-reply-external-tag-gateway.eml", o, "\"Dr. Maria Santos\" <msantos@up-visayas.example>",
          "Tue, 3 Nov 2026 01:20:44 +0000", "Tue, 3 Nov 2026 01:20:58 +0000",
          "<PH0PR11MB49207E1A9@PH0PR11MB4920.namprd11.prod.outlook.example>", body, att,
          client="mx0b-00c4f301.pphosted.example", subj="RE: [EXTERNAL] " + o.subject, quote_style="outlook",
          extra=[("Thread-Topic", "[EXTERNAL] " + o.subject), ("Thread-Index", "AQHbTT3QfZp1e6k2mEq8yY3lT0bU2A=="),
                 ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                 ("X-Proofpoint-GUID", "Qw3Zb8T1nRk7aX0cE5m2fV9uL4hY6pJd"),
                 ("X-Proofpoint-Virus-Version", "vendor=baseguard engine=ICAP:2.0.293,Aquarius:18.0.1057,Hydra:6.0.680,FMLib:17.12.62.30 definitions=2026-11-02_09,2026-11-02_01,2026-11-02_01"),
                 ("X-Proofpoint-Spam-Details", "rule=outbound_notspam policy=outbound score=0 malwarescore=0 suspectscore=0 spamscore=0 mlxscore=0 bulkscore=0 adultscore=0 classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2410100000 definitions=main-2611030009"),
                 ("X-MS-Exchange-Organization-SCL", "1")])

    # 10 English, Outlook desktop with its From/Sent block
    o = Ours("20261104091215.bb12d4f6", "Application – Repair café for Thessaloniki students",
             "Nikos Papadopoulos <nikos.papadopoulos@auth-students.example>", "Wed, 4 Nov 2026 09:12:15 +0000",
             "<AM6PR08MB4002@AM6PR08MB4002.eurprd08.prod.outlook.example>")
    body = ("Hello,\n\nHere are our answers:\n\n1) Greece, Thessaloniki (the student halls in Ano Poli)\n"
            "2) 9,800 euros\n3) March 2027, for 10 months\n4) Dr Eleni Georgiou, eleni.georgiou@auth-mech.example\n\n"
            "Let me know if you need anything else.\n\nNikos\n")
    reply(P + "10-reply-answers-en-outlook.eml", o, "Nikos Papadopoulos <nikos.papadopoulos@auth-students.example>",
          "Wed, 4 Nov 2026 13:05:48 +0200", "Wed, 4 Nov 2026 11:05:55 +0000",
          "<AM6PR08MB40021F3B@AM6PR08MB4002.eurprd08.prod.outlook.example>", body,
          "From: Grants Team <apply@grants.example>\nSent: Wednesday, November 4, 2026 11:12 AM\n"
          "To: Nikos Papadopoulos <nikos.papadopoulos@auth-students.example>\nSubject: " + o.subject,
          client="EUR03-AM7-obe.outbound.protection.outlook.example", subj="RE: " + o.their, quote_style="outlook",
          extra=[("Thread-Topic", o.subject), ("Thread-Index", "AQHbTo5vK2xq9Y0uR0e3T7w1c6mYyA=="),
                 ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")])

    # 11 Hindi
    o = Ours("20261104110210.cc23e507", "आवेदन – राजस्थान के गाँवों में सौर ऊर्जा से चलने वाले आटा चक्की",
             "Kavita Sharma <kavita.sharma@mail-in.example>", "Wed, 4 Nov 2026 11:02:10 +0000",
             "<CAHx9+Qm2Lp0vW=Rt5@mail.gmail.example>")
    body = ("नमस्ते,\n\nआपके प्रश्नों के उत्तर नीचे दिए हैं:\n\n"
            "1. परियोजना भारत में, राजस्थान के जोधपुर ज़िले के बालेसर गाँव में होगी।\n"
            "2. हम 12,000 यूरो का अनुरोध कर रहे हैं।\n"
            "3. हम जनवरी 2027 में शुरू करना चाहते हैं; परियोजना 12 महीने चलेगी।\n"
            "4. रेफ़री: डॉ. अनिल मेहता, anil.mehta@jnv-college.example\n\n"
            "धन्यवाद,\nकविता शर्मा\n")
    reply(P + "11-reply-answers-hi.eml", o, "Kavita Sharma <kavita.sharma@mail-in.example>",
          "Thu, 5 Nov 2026 09:40:12 +0530", "Thu, 5 Nov 2026 04:10:20 +0000", "<CAHx9+Qn8Tr1=Kz4Vb@mail.gmail.example>",
          body, "On Wed, 4 Nov 2026 at 16:32, Grants Team <apply@grants.example> wrote:", cte="base64")

    # 12 Arabic (Jordan)
    o = Ours("20261105080140.dd34f618", "طلب منحة – مطبخ مجتمعي للاجئين في المفرق",
             "Rami Al-Khatib <rami.khatib@mail-jo.example>", "Thu, 5 Nov 2026 08:01:40 +0000",
             "<CAB7yT3m+Wq0=Hx2Lp@mail.gmail.example>")
    body = ("مرحباً،\n\nشكراً لرسالتكم. إليكم الإجابات:\n\n"
            "1. الأردن، مدينة المفرق.\n2. نطلب 15,000 يورو.\n"
            "3. نود البدء في آذار/مارس 2027، ومدة المشروع 12 شهراً.\n"
            "4. المرجع: الدكتورة سلمى العمري، salma.omari@hu-jo.example\n\n"
            "مع خالص التحية،\nرامي الخطيب\n")
    reply(P + "12-reply-answers-ar.eml", o, "رامي الخطيب <rami.khatib@mail-jo.example>",
          "Thu, 5 Nov 2026 14:22:05 +0300", "Thu, 5 Nov 2026 11:22:13 +0000", "<CAB7yT3p4Zs=Jq9Mw@mail.gmail.example>",
          body, "في الخميس، 5 نوفمبر 2026 في 11:01 ص، كتب Grants Team <apply@grants.example>:", cte="base64")

    # 13 Indonesian
    o = Ours("20261106022015.ee45a729", "Pengajuan hibah – Pelatihan daur ulang plastik di Lombok",
             "Putu Ayu Wardani <ayu.wardani@mail-id.example>", "Fri, 6 Nov 2026 02:20:15 +0000",
             "<CAD5nR0q+Yt8=Mv3Xs@mail.gmail.example>")
    body = ("Selamat siang Tim Hibah,\n\nTerima kasih atas pertanyaannya. Berikut jawaban kami:\n\n"
            "1. Indonesia, di Desa Kuta, Lombok Tengah (NTB).\n2. Kami mengajukan 7.500 euro.\n"
            "3. Mulai April 2027, selama 9 bulan.\n4. Referensi: Bapak I Made Sudarma, made.sudarma@unram-like.example\n\n"
            "Salam hangat,\nAyu\n")
    reply(P + "13-reply-answers-id.eml", o, "Putu Ayu Wardani <ayu.wardani@mail-id.example>",
          "Fri, 6 Nov 2026 13:05:33 +0800", "Fri, 6 Nov 2026 05:05:40 +0000", "<CAD5nR0t2Kq=Wf7Bn@mail.gmail.example>",
          body, "Pada tanggal Jum, 6 Nov 2026 pukul 10.20 Grants Team <apply@grants.example> menulis:")

    # 14 Turkish
    o = Ours("20261106093355.ff56b83a", "Başvuru – Van'da kadınlar için bisiklet atölyesi",
             "Zeynep Aydın <zeynep.aydin@mail-tr.example>", "Fri, 6 Nov 2026 09:33:55 +0000",
             "<CAE1tU8v+Pq2=Lr6Ks@mail.gmail.example>")
    body = ("Merhaba,\n\nSorularınızın cevapları aşağıda:\n\n1. Türkiye, Van (Tuşba ilçesi).\n"
            "2. 11.000 avro talep ediyoruz.\n3. Mart 2027'de başlayıp 10 ay sürmesini planlıyoruz.\n"
            "4. Referans: Doç. Dr. Mehmet Kaya, mehmet.kaya@yyu-like.example\n\nTeşekkürler,\nZeynep\n")
    reply(P + "14-reply-answers-tr.eml", o, "Zeynep Aydın <zeynep.aydin@mail-tr.example>",
          "Fri, 6 Nov 2026 15:48:02 +0300", "Fri, 6 Nov 2026 12:48:09 +0000", "<CAE1tU8x7Rw=Fm2Hd@mail.gmail.example>",
          body, "Grants Team <apply@grants.example>, 6 Kas 2026 Cum, 12:33 tarihinde şunu yazdı:")

    # 15 Japanese
    o = Ours("20261109010612.0a67c94b", "助成金申請：地域食堂（こども食堂）の運営 – 石巻",
             "佐藤 恵 <megumi.sato@mail-jp.example>", "Mon, 9 Nov 2026 01:06:12 +0000",
             "<CAG2vW9y+Nk4=Qp8Tz@mail.gmail.example>")
    body = ("Grants Team 御中\n\nお世話になっております。ご質問への回答は以下のとおりです。\n\n"
            "1. 日本、宮城県石巻市です。\n2. 申請額は8,000ユーロです。\n"
            "3. 2027年4月開始、期間は12か月を予定しています。\n4. 推薦者：高橋 誠（NPO法人みやぎ支え合いネット理事長）makoto.takahashi@miyagi-net.example\n\n"
            "どうぞよろしくお願いいたします。\n佐藤 恵\n")
    reply(P + "15-reply-answers-ja.eml", o, "佐藤 恵 <megumi.sato@mail-jp.example>",
          "Mon, 9 Nov 2026 18:30:41 +0900", "Mon, 9 Nov 2026 09:30:48 +0000", "<CAG2vW9z3Lp=Xc6Rm@mail.gmail.example>",
          body, "2026年11月9日(月) 10:06 Grants Team <apply@grants.example>:", cte="base64")

    # 16 Russian (Yandex-style quoting)
    o = Ours("20261110071230.1b78da5c", "Заявка: инклюзивная IT-школа в Бишкеке",
             "Айгуль Садыкова <aigul.sadykova@yandex-kg.example>", "Tue, 10 Nov 2026 07:12:30 +0000",
             "<3361791794301550@mail.yandex-kg.example>")
    body = ("Здравствуйте!\n\nОтветы на ваши вопросы:\n\n1. Кыргызстан, г. Бишкек.\n2. 10 000 евро.\n"
            "3. Хотим начать в феврале 2027 года, проект рассчитан на 11 месяцев.\n"
            "4. Рекомендатель: Нурлан Абдыкадыров, директор ОФ «Открытый код», nurlan@opencode-kg.example\n\n"
            "С уважением,\nАйгуль\n")
    reply(P + "16-reply-answers-ru.eml", o, "Айгуль Садыкова <aigul.sadykova@yandex-kg.example>",
          "Tue, 10 Nov 2026 16:44:19 +0600", "Tue, 10 Nov 2026 10:44:25 +0000", "<5512181794314659@mail.yandex-kg.example>",
          body, "10.11.2026, 13:12, \"Grants Team\" <apply@grants.example>:", client="forward102a.mail.yandex-kg.example",
          extra=[("X-Mailer", "Yamail [ http://yandex.ru ] 5.0")], cte="base64")

    # 17 Polish (Thunderbird)
    o = Ours("20261110103012.2c89eb6d", "Wniosek – Spółdzielnia rowerowa w Gdańsku",
             "Tomasz Wiśniewski <tomasz.wisniewski@poczta-pl.example>", "Tue, 10 Nov 2026 10:30:12 +0000",
             "<7c1a3e5f-9b2d-4f6a-8c0e-1d3f5b7a9c21@poczta-pl.example>")
    body = ("Dzień dobry,\n\nodpowiadam na pytania:\n\n1. Polska, Gdańsk (dzielnica Orunia).\n"
            "2. 13 500 euro.\n3. Start w maju 2027, czas trwania 12 miesięcy.\n"
            "4. Referencje: dr Anna Zielińska, anna.zielinska@pg-like.example\n\nPozdrawiam\nTomasz Wiśniewski\n")
    reply(P + "17-reply-answers-pl.eml", o, "Tomasz Wiśniewski <tomasz.wisniewski@poczta-pl.example>",
          "Tue, 10 Nov 2026 20:14:55 +0100", "Tue, 10 Nov 2026 19:15:02 +0000",
          "<2e4a6c8e-0b1d-4f3a-9c5e-7a9b1d3f5c80@poczta-pl.example>", body,
          "W dniu 10.11.2026 o 11:30, Grants Team pisze:", client="smtp.poczta-pl.example", html=False,
          extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")])

    # 18 Vietnamese
    o = Ours("20261111012244.3d9afc7e", "Đề xuất tài trợ – Thư viện lưu động cho trẻ em Hà Giang",
             "Trần Minh Đức <duc.tranminh@mail-vn.example>", "Wed, 11 Nov 2026 01:22:44 +0000",
             "<CAJ8pQ1r+Ms5=Tv0Wn@mail.gmail.example>")
    body = ("Chào Ban Tài trợ,\n\nXin gửi câu trả lời:\n\n1. Việt Nam, huyện Đồng Văn, tỉnh Hà Giang.\n"
            "2. Chúng tôi đề nghị 6.500 euro.\n3. Bắt đầu từ tháng 3/2027, thời gian 12 tháng.\n"
            "4. Người giới thiệu: cô Phạm Thu Hà, thuha.pham@hanoi-edu.example\n\nTrân trọng,\nĐức\n")
    reply(P + "18-reply-answers-vi.eml", o, "Trần Minh Đức <duc.tranminh@mail-vn.example>",
          "Wed, 11 Nov 2026 14:02:10 +0700", "Wed, 11 Nov 2026 07:02:18 +0000", "<CAJ8pQ1u6Hx=Zd3Kq@mail.gmail.example>",
          body, "Vào Th 4, 11 thg 11, 2026 vào lúc 08:22 Grants Team <apply@grants.example> đã viết:")

    # 19 Persian
    o = Ours("20261112084033.4eab0d8f", "درخواست کمک مالی – کارگاه فرش‌بافی زنان در هرات",
             "Mariam Ahmadi <mariam.ahmadi@mail-af.example>", "Thu, 12 Nov 2026 08:40:33 +0000",
             "<CAK1sZ4w+Qp7=Ny2Lt@mail.gmail.example>")
    body = ("سلام،\n\nبا تشکر از ایمیل شما. پاسخ‌ها:\n\n1. افغانستان، شهر هرات.\n2. ۹٬۰۰۰ یورو.\n"
            "3. از فروردین ۱۴۰۶ (آوریل ۲۰۲۷) شروع می‌شود و ۱۲ ماه طول می‌کشد.\n"
            "4. معرف: خانم فریبا رحیمی، fariba.rahimi@herat-ngo.example\n\nبا احترام،\nمریم احمدی\n")
    reply(P + "19-reply-answers-fa.eml", o, "مریم احمدی <mariam.ahmadi@mail-af.example>",
          "Thu, 12 Nov 2026 16:55:20 +0430", "Thu, 12 Nov 2026 12:25:27 +0000", "<CAK1sZ4y0Bm=Hr8Pd@mail.gmail.example>",
          body, "در تاریخ پنجشنبه ۱۲ نوامبر ۲۰۲۶، ساعت ۱۲:۱۰ Grants Team <apply@grants.example> نوشت:", cte="base64")

    # 20 Chinese (QQ Mail / Foxmail style quote)
    o = Ours("20261113013515.5fbc1e90", "申请：云南山区学校净水设备项目",
             "李伟 <liwei2026@qq-mail.example>", "Fri, 13 Nov 2026 01:35:15 +0000",
             "<tencent_7A1C3E5B9D2F4A6C8E0B1D3F5A7C9E2B4D06@qq-mail.example>")
    body = ("您好，\n\n问题回答如下：\n\n1. 中国，云南省怒江州福贡县。\n2. 申请金额为12,000欧元。\n"
            "3. 计划2027年3月开始，为期10个月。\n4. 推荐人：杨老师（杨丽华），lihua.yang@yn-edu.example\n\n谢谢！\n李伟\n")
    q = ("------------------&nbsp;原始邮件&nbsp;------------------".replace("&nbsp;", " ") +
         "\n发件人: \"Grants Team\" <apply@grants.example>;\n发送时间: 2026年11月13日(星期五) 上午9:35\n"
         "收件人: \"李伟\"<liwei2026@qq-mail.example>;\n主题: " + o.subject)
    reply(P + "20-reply-answers-zh.eml", o, "\"李伟\" <liwei2026@qq-mail.example>",
          "Fri, 13 Nov 2026 20:48:02 +0800", "Fri, 13 Nov 2026 12:48:11 +0000",
          "<tencent_9E2B4D06F1A3C5E7B9D1F3A5C7E9B2D4F6A8@qq-mail.example>", body, q,
          client="out162-62-57-87.mail.qq-mail.example", subj="回复：" + o.subject, quote_style="outlook",
          extra=[("X-Mailer", "QQMail 2.x"), ("X-QQ-mid", "xmsezb1a-0t1794574082t8921a3")], cte="base64")

    # 21 Swahili (Tanzania)
    o = Ours("20261113112011.60cd2fa1", "Maombi – Kikundi cha ufugaji nyuki Morogoro",
             "Baraka Mollel <baraka.mollel@mail-tz.example>", "Fri, 13 Nov 2026 11:20:11 +0000",
             "<CAM4tR7y+Lq1=Xw9Pb@mail.gmail.example>")
    body = ("Habari Timu ya Ruzuku,\n\nAsanteni kwa maswali. Majibu ni haya:\n\n"
            "1. Mradi utafanyika Tanzania, wilaya ya Mvomero, mkoa wa Morogoro.\n2. Tunaomba euro 8,500.\n"
            "3. Tungependa kuanza Februari 2027; mradi utachukua miezi 10.\n"
            "4. Mdhamini: Bi. Zawadi Mushi, zawadi.mushi@sauti-ya-jamii.example\n\nAsanteni sana,\nBaraka\n")
    reply(P + "21-reply-answers-sw.eml", o, "Baraka Mollel <baraka.mollel@mail-tz.example>",
          "Sat, 14 Nov 2026 08:12:47 +0300", "Sat, 14 Nov 2026 05:12:55 +0000", "<CAM4tR7z2Ns=Kc5Wd@mail.gmail.example>",
          body, "On Fri, 13 Nov 2026, 14:20 Grants Team, <apply@grants.example> wrote:")


def p_more():
    # 22 holiday tomorrow, answers now (Dutch applicant writing English)
    o = Ours("20261116082203.71de30b2", "Application – Neighbourhood energy coaches, Rotterdam-Zuid",
             "Sanne de Vries <sanne.devries@energiek-zuid.example>", "Mon, 16 Nov 2026 08:22:03 +0000",
             "<AM9P192MB0915@AM9P192MB0915.EURP192.PROD.OUTLOOK.example>")
    body = ("Hi,\n\nI'm off on holiday from tomorrow until 30 November with no laptop, so here are the answers "
            "before I go. If you need anything while I'm away, my colleague Daan (daan@energiek-zuid.example) can help.\n\n"
            "1. Netherlands, Rotterdam (Feijenoord and Charlois)\n2. EUR 16,000\n"
            "3. 1 January 2027, 12 months\n4. Fatima El Amrani, fatima.elamrani@woonstichting-zuid.example\n\n"
            "Thanks and best wishes,\nSanne\n")
    reply(P + "22-reply-holiday-answers-below.eml", o, "Sanne de Vries <sanne.devries@energiek-zuid.example>",
          "Mon, 16 Nov 2026 17:41:09 +0100", "Mon, 16 Nov 2026 16:41:15 +0000",
          "<AM9P192MB09154C1D@AM9P192MB0915.EURP192.PROD.OUTLOOK.example>", body,
          "From: Grants Team <apply@grants.example>\nSent: Monday, 16 November 2026 09:22\n"
          "To: Sanne de Vries <sanne.devries@energiek-zuid.example>\nSubject: " + o.subject,
          client="EUR02-DB5-obe.outbound.protection.outlook.example", subj="RE: " + o.their, quote_style="outlook",
          extra=[("Thread-Topic", o.subject), ("Thread-Index", "AQHbWBkX7s3p0c2k1EyQ3u8j1f6Z0g=="),
                 ("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")])

    # 23 Italian: "out of office next week", answers now; subject automatic-sounding kept by the user
    o = Ours("20261116100512.82ef41c3", "Domanda – Laboratorio di falegnameria per ragazzi a Palermo",
             "Giulia Russo <giulia.russo@libero-it.example>", "Mon, 16 Nov 2026 10:05:12 +0000",
             "<1894422710.3381.1794823512@webmail.libero-it.example>")
    body = ("Buongiorno,\n\nsarò fuori ufficio dal 18 al 25 novembre, quindi rispondo subito alle vostre domande:\n\n"
            "1. Italia, Palermo (quartiere Ballarò).\n2. 10.000 euro.\n"
            "3. Inizio a febbraio 2027, durata 12 mesi.\n4. Referente: don Salvatore Greco, s.greco@oratorio-ballaro.example\n\n"
            "Cordiali saluti,\nGiulia Russo\n")
    reply(P + "23-reply-fuori-ufficio-it.eml", o, "Giulia Russo <giulia.russo@libero-it.example>",
          "Tue, 17 Nov 2026 09:10:44 +0100", "Tue, 17 Nov 2026 08:10:51 +0000",
          "<1219087734.41205.1794906644@webmail.libero-it.example>", body,
          "----Messaggio originale----\nDa: apply@grants.example\nData: 16/11/2026 11:05\nA: <giulia.russo@libero-it.example>\n"
          "Ogg: " + o.subject, client="smtp-out.libero-it.example",
          subj="Fuori ufficio la prossima settimana – risposte: " + o.their, quote_style="outlook")

    # 24 very short thanks (Yahoo Android)
    o = Ours("20261117133010.93f052d4", "Application – School garden irrigation, Kaduna",
             "Ibrahim Musa <ibrahim.musa@yahoo-ng.example>", "Tue, 17 Nov 2026 13:30:10 +0000",
             "<412875103.1188120.1794922210447@mail.yahoo.example>")
    build(P + "24-reply-thanks-short.eml", [
        ("Return-Path", "<ibrahim.musa@yahoo-ng.example>"),
        ("Received", mx_received("sonic305-2.consmr.mail.ne1.yahoo.example", "66.163.185.31", "Tue, 17 Nov 2026 14:02:30 +0000")),
        ("Date", "Tue, 17 Nov 2026 14:02:27 +0000 (UTC)"),
        ("From", "Ibrahim Musa <ibrahim.musa@yahoo-ng.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Message-ID", "<1290331287.1201144.1794924147301@mail.yahoo.example>"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("Subject", o.subject),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "WebService/1.1.24652 YahooMailAndroidMobile"),
    ], "Thanks, received! I will send the answers tomorrow after I talk with the school head.\n\nIbrahim\n\n"
       "Sent from Yahoo Mail for Android\n\n"
       f"  On Tue, 17 Nov 2026 at 14:30, Grants Team<apply@grants.example> wrote:   \n{o.quoted('')}\n", None, cte="7bit")

    # 25 "Merci, bien reçu" (French, Réunion)
    o = Ours("20261118064015.a4016fe5", "Candidature – Jardins créoles partagés à Saint-Pierre",
             "Nadia Payet <nadia.payet@orange-re.example>", "Wed, 18 Nov 2026 06:40:15 +0000",
             "<4d6f8a0c-2e4b-4d6f-8a0c-2e4b6d8f0a1c@orange-re.example>")
    raw(P + "25-merci-short-fr.eml", f"""\
Return-Path: <nadia.payet@orange-re.example>
Received: {mx_received('smtp.orange-re.example', '198.51.100.207', 'Wed, 18 Nov 2026 07:12:40 +0000')}
From: Nadia Payet <nadia.payet@orange-re.example>
Content-Type: text/plain;
\tcharset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?Re=3A_Candidature_=E2=80=93_Jardins_cr=C3=A9oles_partag=C3=A9s_?=
 =?utf-8?Q?=C3=A0_Saint-Pierre?=
Date: Wed, 18 Nov 2026 11:12:33 +0400
Message-Id: <9E1A3C5B-7D2F-4E6A-8B0C-1D3F5A7C9E2B@orange-re.example>
References: {o.refs}
In-Reply-To: {o.id}
To: Grants Team <apply@grants.example>
X-Mailer: iPhone Mail (22B91)

Merci beaucoup, bien re=C3=A7u ! Je vous envoie les r=C3=A9ponses ce week-en=
d.

Nadia

Envoy=C3=A9 de mon iPhone
""")

    # 26 partial answers, rest later (Ghana)
    o = Ours("20261118101144.b5127006", "Application: Shea butter processing hub, Bolgatanga",
             "Fati Abdulai <fati.abdulai@mail-gh.example>", "Wed, 18 Nov 2026 10:11:44 +0000",
             "<CAN7rK2p+Wx0=Lm6Td@mail.gmail.example>")
    body = ("Good afternoon,\n\nThank you for your quick response. Answers to 1, 3 and 4 are below. For question 2, "
            "the board meets on Saturday to approve the final budget, so I will send the amount early next week.\n\n"
            "1. Ghana, Bolgatanga (Upper East Region)\n3. We hope to start in March 2027 and finish within 12 months.\n"
            "4. Mr. Joseph Ayine, joseph.ayine@uer-cooperatives.example\n\nRegards,\nFati\n")
    reply(P + "26-reply-partial-later.eml", o, "Fati Abdulai <fati.abdulai@mail-gh.example>",
          "Wed, 18 Nov 2026 14:27:39 +0000", "Wed, 18 Nov 2026 14:27:46 +0000", "<CAN7rK2r9Dq=Vb1Hs@mail.gmail.example>",
          body, "On Wed, Nov 18, 2026 at 10:11 AM Grants Team <apply@grants.example> wrote:")

    # 27 a question, new thread, not a reply
    t = ("Hello,\n\nWe are two small organisations in Tamale (a farmers' group and a youth radio club) and would like to "
         "apply together for one project. Is that allowed, or must one of us apply alone and the other be a partner?\n\n"
         "Also, is the deadline 30 November at midnight CET, or end of day in our time zone?\n\n"
         "Thank you,\nAlhassan Yakubu\n")
    build(P + "27-question-deadline.eml",
          gmail_hdrs("Alhassan Yakubu <alhassan.yakubu@mail-gh.example>", "Thu, 19 Nov 2026 09:14:28 +0000",
                     "Question about joint applications and deadline", "<CAP3wD8m+Kq5=Zr1Yx@mail.gmail.example>",
                     "Thu, 19 Nov 2026 09:14:36 +0000"), t, html_of(t))

    # 28 referee from a role address (dean's office), letter attached
    letter = pdf("ref_kwame", "<p>Faculty of Engineering<br>Office of the Dean</p><p>20 November 2026</p>"
                 "<p>To the Grants Team, Community Innovation Grants 2027</p>"
                 "<h2>Reference for Mr Kwame Boateng</h2><p>I have known Mr Kwame Boateng for four years, first as a student "
                 "in our Department of Agricultural Engineering and since 2024 as a teaching assistant. His proposal for "
                 "low-cost cassava drying units is sound, and he has shown in our workshop that he can build and maintain them.</p>"
                 "<p>I recommend him without reservation.</p><p>Prof. Akosua Owusu-Ansah<br>Dean, Faculty of Engineering</p>")
    t = ("Dear Grants Team,\n\nOn behalf of Prof. Akosua Owusu-Ansah, Dean of the Faculty of Engineering, please find "
         "attached her reference letter for Mr Kwame Boateng, who has applied to the Community Innovation Grants 2027 "
         "(cassava drying units, Techiman).\n\nThe Dean is happy to be contacted at this address if you have any questions.\n\n"
         "Yours faithfully,\nAbigail Tetteh\nExecutive Assistant to the Dean\nFaculty of Engineering\n")
    build(P + "28-referee-dean-role-address.eml", [
        ("Received", mx_received("mail.knust-like.example", "203.0.113.12", "Fri, 20 Nov 2026 11:03:18 +0000")),
        ("From", "\"Office of the Dean, Faculty of Engineering\" <dean.eng@knust-like.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Reference for Mr Kwame Boateng – Community Innovation Grants 2027"),
        ("Date", "Fri, 20 Nov 2026 11:03:12 +0000"),
        ("Message-ID", "<DB8PR09MB3323A1C7E@DB8PR09MB3323.eurprd09.prod.outlook.example>"),
        ("Thread-Topic", "Reference for Mr Kwame Boateng – Community Innovation Grants 2027"),
        ("Thread-Index", "AdtbQ0Lq1b3n7Vh2QXm0c5Zp8yR4tA=="),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", "yes"),
        ("MIME-Version", "1.0"),
    ], t, html_of(t), attach=[("Reference - Kwame Boateng.pdf", letter, "application", "pdf")])

    # 29 Korean referee, short
    t = ("안녕하세요,\n\n김민준 씨가 지원한 '수원 마을 수리공방' 사업의 추천인 이수진입니다. 김민준 씨와는 3년 동안 "
         "지역 자원봉사 단체에서 함께 일했으며, 성실하고 책임감 있는 분이라 기꺼이 추천합니다.\n"
         "추가로 필요한 내용이 있으면 언제든 연락 주세요.\n\n이수진 드림\n수원시 자원봉사센터 팀장\n")
    build(P + "29-referee-short-ko.eml", [
        ("Received", mx_received("mail-out.naver-kr.example", "125.209.238.100", "Mon, 23 Nov 2026 02:31:50 +0000")),
        ("From", "이수진 <sujin.lee@naver-kr.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "추천서 - 김민준 (Community Innovation Grants 2027)"),
        ("Date", "Mon, 23 Nov 2026 11:31:44 +0900"),
        ("Message-ID", "<8a7f1c2e3b4d5f60718293a4b5c6d7e8@cweb002.nm.naver-kr.example>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "NaverMail"),
    ], t, html_of(t), cte="base64")

    # 30 Hebrew referee from an NGO office address
    t = ("שלום רב,\n\nשמי רותי כהן, מנכ\"לית עמותת גשר. אני כותבת כממליצה על מיכל לוי, שהגישה בקשה לתוכנית "
         "Community Innovation Grants 2027 עבור פרויקט גינה קהילתית בבאר שבע.\n"
         "מיכל עובדת איתנו כמתנדבת מזה חמש שנים ואני ממליצה עליה בחום.\n\n"
         "אפשר לפנות אליי בכתובת זו או בטלפון המשרד.\n\nבברכה,\nרותי כהן\nעמותת גשר\n")
    build(P + "30-referee-office-he.eml", [
        ("Received", mx_received("mail-sor-f53.google.example", "209.85.220.53", "Mon, 23 Nov 2026 08:47:14 +0000")),
        ("MIME-Version", "1.0"),
        ("From", "עמותת גשר - משרד <office@amuta-gesher.example>"),
        ("Date", "Mon, 23 Nov 2026 10:47:06 +0200"),
        ("Message-ID", "<CAGs4Kx9+Hp2=Wq7Ld@mail.gmail.example>"),
        ("Subject", "המלצה עבור מיכל לוי"),
        ("To", "apply@grants.example"),
    ], t, "<div dir=\"rtl\">" + t.replace("\n", "<br>") + "</div>", cte="base64")

    # 31 subject "Delivery report" - a current grantee sends its report
    rep = pdf("delivery_report", "<h1>Delivery report – phase 1</h1><p>Grant CIG-2026-014 · Kasama Bike Ambulance Project, Zambia</p>"
              "<h2>Activities</h2><ul><li>4 bicycle ambulances built and handed over to Mulenga, Chilubula, Lukupa and Misamfu clinics</li>"
              "<li>22 volunteer riders trained</li><li>61 patient trips logged (July–October 2026)</li></ul>"
              "<h2>Spending</h2><p>EUR 7,340 of EUR 9,000 spent; receipts kept at the office.</p>")
    t = ("Dear Grants Team,\n\nPlease find attached our delivery report for phase 1 of the bike ambulance project "
         "(grant CIG-2026-014). We are also applying again this year for phase 2, so please treat this email as part of "
         "our new application too.\n\nKind regards,\nChanda Mwale\nKasama Bike Ambulance Project\n")
    build(P + "31-subject-delivery-report.eml",
          gmail_hdrs("Chanda Mwale <chanda.mwale@mail-zm.example>", "Tue, 24 Nov 2026 15:22:09 +0200",
                     "Delivery report - phase 1 (CIG-2026-014)", "<CAQ1xP6n+Tr3=Jm8Ws@mail.gmail.example>",
                     "Tue, 24 Nov 2026 13:22:16 +0000"), t, html_of(t),
          attach=[("Delivery report phase 1 - CIG-2026-014.pdf", rep, "application", "pdf")])


def p_last():
    # 32 "is this automatic?" - a person answering our automatic email
    o = Ours("20261124133002.c6238117", "Application – Mobile cinema for villages around Mopti",
             "Oumar Traoré <oumar.traore@mail-ml.example>", "Tue, 24 Nov 2026 13:30:02 +0000",
             "<CAR5zK1q+Np8=Ws3Vm@mail.gmail.example>")
    body = ("Bonjour / Hello,\n\nIs this an automatic message? I already gave the town and the amount in my first "
            "email (Sévaré, near Mopti, Mali — 5,000 euros). I can start in January 2027 for 6 months.\n"
            "For the referee: Mme Aïssata Coulibaly, aissata.coulibaly@cinema-sahel.example\n\n"
            "Is there a person I can talk to about the budget?\n\nMerci,\nOumar Traoré\n")
    reply(P + "32-is-this-automatic.eml", o, "Oumar Traoré <oumar.traore@mail-ml.example>",
          "Tue, 24 Nov 2026 18:05:51 +0000", "Tue, 24 Nov 2026 18:05:58 +0000", "<CAR5zK1s3Lp=Qd9Bx@mail.gmail.example>",
          body, "Le mar. 24 nov. 2026 à 13:30, Grants Team <apply@grants.example> a écrit :",
          subj="Re: automatic reply? " + o.subject)

    # 33 an NGO's shared inbox run on Freshdesk: a staff member (agent) answers our questions
    o = Ours("20261125071540.d7349228", "Application – Household water filters, Arusha",
             "Maji Safi Support <support@majisafi.example>", "Wed, 25 Nov 2026 07:15:40 +0000",
             "<b0d2f4a6-8c1e-4a3b-9d5f-7e9a1c3b5d72@majisafi.example>")
    t = ("Hi Grants Team,\n\nThis is Neema Laizer, projects officer at Maji Safi. Your email came into our support "
         "inbox, so I am answering from here:\n\n1. Tanzania, Arusha (Ngaramtoni and Oldonyo Sambu wards)\n"
         "2. EUR 12,000\n3. From February 2027, for 12 months\n4. Dr. Elia Kimaro, elia.kimaro@nm-aist-like.example\n\n"
         "Please copy me directly next time: neema.laizer@majisafi.example\n\nThanks,\nNeema\n\n"
         f"On Wed, 25 Nov at 10:15 AM , Grants Team <apply@grants.example> wrote:\n{o.quoted()}\n")
    build(P + "33-freshdesk-agent-reply-ngo.eml", [
        ("Received", mx_received("mail-us1.freshemail.example", "104.130.96.9", "Wed, 25 Nov 2026 09:48:21 +0000")),
        ("Date", "Wed, 25 Nov 2026 09:48:19 +0000"),
        ("From", "Maji Safi Support <support@majisafi.example>"),
        ("Reply-To", "support@majisafi.example"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<fd.3381.b7e9d1f3a5c2@majisafi.freshdesk.example>"),
        ("In-Reply-To", o.id), ("References", o.refs),
        ("Subject", "Re: [#3381] " + o.subject),
        ("MIME-Version", "1.0"),
    ], t, html_of(t))

    # 34 a co-operative's board writes from its Google Group (Groups rewrites From)
    o = Ours("20261125121055.e845a339", "Application – Cold storage for fish traders, Kisumu",
             "Dunga Beach Co-operative Board <board@dunga-coop.example>", "Wed, 25 Nov 2026 12:10:55 +0000",
             "<CAS8nQ3v+Hk1=Tp4Zr@mail.gmail.example>")
    t = ("Dear Grants Team,\n\nThank you. The board met yesterday and agreed the following answers:\n\n"
         "1. Kenya, Kisumu – Dunga Beach landing site\n2. EUR 19,000\n3. Start in April 2027, 18 months\n"
         "4. Mr. Peter Ochieng, Kisumu County Fisheries Officer (retired), peter.ochieng@mail-ke.example\n\n"
         "I am the secretary and I write from the board address so that all members see it.\n\n"
         "Esther Achieng\nSecretary, Dunga Beach Co-operative Society\n\n"
         f"On Wed, 25 Nov 2026 at 15:10, Grants Team <apply@grants.example> wrote:\n{o.quoted()}\n\n"
         "-- \nYou received this message because you are subscribed to the Google Groups \"Dunga Co-op Board\" group.\n"
         "To unsubscribe from this group and stop receiving emails from it, send an email to board+unsubscribe@dunga-coop.example.\n")
    build(P + "34-google-group-team-address.eml", [
        ("Received", mx_received("mail-yb1-f199.google.example", "209.85.219.199", "Thu, 26 Nov 2026 06:22:40 +0000")),
        ("Sender", "board@dunga-coop.example"),
        ("X-Original-Sender", "esther.achieng@mail-ke.example"),
        ("X-Original-Authentication-Results", "mx.google.example; spf=pass smtp.mailfrom=esther.achieng@mail-ke.example"),
        ("Precedence", "list"),
        ("Mailing-list", "list board@dunga-coop.example; contact board+owners@dunga-coop.example"),
        ("List-ID", "<board.dunga-coop.example>"),
        ("X-Google-Group-Id", "771203948812"),
        ("List-Post", "<https://groups.google.example/a/dunga-coop.example/group/board/post>, <mailto:board@dunga-coop.example>"),
        ("List-Help", "<https://support.google.example/a/dunga-coop.example/bin/topic.py?topic=25838>, <mailto:board+help@dunga-coop.example>"),
        ("List-Archive", "<https://groups.google.example/a/dunga-coop.example/group/board/>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+771203948812+unsubscribe@googlegroups.example>, "
                             "<https://groups.google.example/a/dunga-coop.example/group/board/subscribe>"),
        ("MIME-Version", "1.0"),
        ("References", o.refs), ("In-Reply-To", o.id),
        ("From", "'Esther Achieng' via Dunga Co-op Board <board@dunga-coop.example>"),
        ("Date", "Thu, 26 Nov 2026 09:22:31 +0300"),
        ("Message-ID", "<CAT2mW5k+Bq9=Ld3Hs@mail.gmail.example>"),
        ("Subject", o.subject),
        ("To", "Grants Team <apply@grants.example>"),
        ("Reply-To", "Esther Achieng <esther.achieng@mail-ke.example>"),
    ], t, html_of(t))

    # 35 Greek applicant: new address + answers
    o = Ours("20261126083020.f956b44a", "Αίτηση – Κοινοτικό εργαστήρι επισκευών στη Λάρισα",
             "Δημήτρης Αλεξίου <d.alexiou@otenet-gr.example>", "Thu, 26 Nov 2026 08:30:20 +0000",
             "<000e01db3fa1$0b2c4d60$215e6820$@otenet-gr.example>")
    body = ("Καλημέρα σας,\n\nΣας ενημερώνω ότι από τον Δεκέμβριο αλλάζω διεύθυνση email· παρακαλώ γράφετέ μου στο "
            "dimitris.alexiou@mail-gr.example. Η παλιά διεύθυνση θα κλείσει.\n\nΟι απαντήσεις στις ερωτήσεις σας:\n\n"
            "1. Ελλάδα, Λάρισα.\n2. 8.000 ευρώ.\n3. Έναρξη τον Μάρτιο του 2027, διάρκεια 9 μήνες.\n"
            "4. Συστάσεις: κα Ελένη Παππά, eleni.pappa@larisa-ngo.example\n\nΜε εκτίμηση,\nΔημήτρης Αλεξίου\n")
    reply(P + "35-new-address-please-update-el.eml", o, "Δημήτρης Αλεξίου <d.alexiou@otenet-gr.example>",
          "Thu, 26 Nov 2026 19:02:13 +0200", "Thu, 26 Nov 2026 17:02:20 +0000",
          "<001201db3ff9$5e7a1c30$1b6e5490$@otenet-gr.example>", body,
          "From: Grants Team <apply@grants.example>\nSent: Thursday, November 26, 2026 10:30 AM\n"
          "To: d.alexiou@otenet-gr.example\nSubject: " + o.subject,
          client="mailout.otenet-gr.example", subj="RE: " + o.their + " – νέο email / new email address",
          quote_style="outlook", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQJZr2k1m0fS3xW7Yq0bQ1dPq9Z4AQ==")],
          cte="base64")

    # 36 Brazilian, from phone, terse answers
    o = Ours("20261127102255.0a67c55b", "Inscrição: Cursinho popular na periferia do Recife",
             "Rafael Oliveira <rafael.oliveira@mail-br.example>", "Fri, 27 Nov 2026 10:22:55 +0000",
             "<CAU9pL2w+Rm6=Kt0Qb@mail.gmail.example>")
    body = ("1. Brasil, Recife (Ibura)\n2. 6 mil euros\n3. março/2027, 8 meses\n"
            "4. Profa. Carla Menezes - carla.menezes@ufpe-like.example\n\nabs, Rafael\n\nEnviado do meu celular\n")
    reply(P + "36-reply-from-phone-pt-br.eml", o, "Rafael Oliveira <rafael.oliveira@mail-br.example>",
          "Fri, 27 Nov 2026 08:41:07 -0300", "Fri, 27 Nov 2026 11:41:15 +0000", "<CAU9pL2y5Tn=Hw8Cd@mail.gmail.example>",
          body, "Em sex., 27 de nov. de 2026 07:22, Grants Team <apply@grants.example> escreveu:")


def main():
    r_bounces(); r_notices(); r_absence(); r_absence2(); r_own_rule(); r_left(); r_helpdesk(); r_misc(); r_lists()
    p_applications(); p_replies(); p_more(); p_last()
    labels = json.load(open(os.path.join(HERE, "..", "robots.json")))["corpora"]["robots-heldout11"]
    want = {x.split("/", 1)[1] for x in labels["robot"] + labels["human"]}
    got = set(WRITTEN)
    assert want == got, (sorted(want - got), sorted(got - want))
    assert all(x.startswith("written-robots/") for x in (y.split("/", 1)[1] for y in labels["robot"]))
    assert all(x.startswith("people/") for x in (y.split("/", 1)[1] for y in labels["human"]))
    print(len(labels["robot"]), "robots,", len(labels["human"]), "people written")


if __name__ == "__main__":
    main()
