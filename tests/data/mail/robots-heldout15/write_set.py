"""Writes the robots-heldout15 set (all invented; .example domains). Standard library only,
(the one .docx resume is a minimal hand-built zip). Run: .venv/bin/python tests/data/mail/robots-heldout15/write_set.py
"""
import base64
import io
import os
import zlib
from email.message import EmailMessage
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(max_line_length=78)

PROGRAMME = "Northlight Early-Career Grants 2027"


def our_id(stamp, tail):
    return f"<gb.{stamp}.{tail}@grants.example>"


def questions(name):
    return (
        f"Dear {name},\n\n"
        f"Thank you for your application to the {PROGRAMME} round. We have filed your\n"
        "resume and will read it with care.\n\n"
        "Please answer the following questions by replying to this email:\n\n"
        "1. What is the title of your proposed project?\n"
        "2. How many months will the project take?\n"
        "3. Which institution or organisation will host the grant?\n"
        "4. Have you received a grant from the Northlight Foundation before? (yes/no)\n\n"
        "Kind regards,\n"
        "Grants Team\n"
        "Northlight Foundation\n"
    )


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, EmailMessage):
        data = data.as_bytes(policy=POL)
    elif isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def mk(headers, text, html=None, attachments=(), cte=None):
    m = EmailMessage(policy=POL)
    for k, v in headers:
        m[k] = v
    kw = {"cte": cte} if cte else {}
    m.set_content(text, **kw)
    if html:
        m.add_alternative(html, subtype="html", **kw)
    for name, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return m


def tiny_pdf(lines):
    """A small one-page PDF with a real text layer (Helvetica, WinAnsi, ASCII text only)."""
    y = 780
    ops = ["BT", "/F1 11 Tf"]
    first = True
    for l in lines:
        l = l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        if first:
            ops.append(f"1 0 0 1 60 {y} Tm /F1 15 Tf ({l}) Tj /F1 11 Tf")
            first = False
        else:
            ops.append(f"1 0 0 1 60 {y} Tm ({l}) Tj")
        y -= 18
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def cv(name, lines):
    return tiny_pdf([name, "Curriculum Vitae"] + lines)


def tiny_docx(lines):
    """A minimal Word document (three zip members), small on purpose."""
    import zipfile
    from xml.sax.saxutils import escape
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(l)}</w:t></w:r></w:p>" for l in lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{paras}<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 6, 10, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()


def rcv(frm_host, frm_ip, by_host, date, proto="ESMTPS", idv="4Qx8Zk1Mf2z9sT"):
    return f"from {frm_host} ({frm_host} [{frm_ip}]) by {by_host} with {proto} id {idv} for <apply@grants.example>; {date}"


DKIM = "v=1; a=rsa-sha256; c=relaxed/relaxed; d={d}; s={s}; t=1793700000; bh=q2Jr0hC1tq7nD3vE8x0mYz7F0Hh3p5i8Gv3p1q0lqDk=; h=From:To:Subject:Date:Message-ID; b=Hk3sP0n1cQ7lX0mR9aVd2tWfYzq8uJ4gT6eB1oLk5hNcA3iP7wXy2sQ0vR8bM4nZ"

MX = "mx.grants.example"
GWS = "mx.google.example"  # our mailbox host (Google Workspace-style)

LABELS = {"robot": [], "human": []}


def robot(rel, data):
    write("written-robots/" + rel, data)
    LABELS["robot"].append("robots-heldout15/written-robots/" + rel)


def human(rel, data):
    write("people/" + rel, data)
    LABELS["human"].append("robots-heldout15/people/" + rel)


# ---------------------------------------------------------------------------------------------
# robots: bounces
# ---------------------------------------------------------------------------------------------

def our_headers(to, subj, date, mid, irt=None):
    h = [
        ("Return-Path", "<apply@grants.example>"),
        ("DKIM-Signature", DKIM.format(d="grants.example", s="gb2026")),
        ("From", "Grants Team <apply@grants.example>"),
        ("To", to),
        ("Subject", subj),
        ("Date", date),
        ("Message-ID", mid),
    ]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    h += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
          ("Content-Transfer-Encoding", "7bit")]
    return "\n".join(f"{k}: {v}" for k, v in h) + "\n"


def b01():
    mid = our_id("20261102T081533", "a41c9e")
    orig = our_headers("Tolu Adeyemi <t.adeyemi@lagos-poly.example>", "Re: Grant application - Tolu Adeyemi",
                       "Mon, 02 Nov 2026 08:15:33 +0000", mid, "<CAJk2v9=Vn1oQw@mail.gmail.example>")
    raw = f"""Return-Path: <>
Delivered-To: apply@grants.example
Received: from mx1.lagos-poly.example (mx1.lagos-poly.example [198.51.100.23])
\tby {GWS} with ESMTPS id 4Qh1cT0w9Lz3kq
\tfor <apply@grants.example>; Mon, 02 Nov 2026 08:15:41 +0000 (UTC)
Received: by mx1.lagos-poly.example (Postfix)
\tid 7E3A11C0B2F; Mon,  2 Nov 2026 09:15:40 +0100 (WAT)
Date: Mon,  2 Nov 2026 09:15:40 +0100 (WAT)
From: MAILER-DAEMON@mx1.lagos-poly.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: apply@grants.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7E3A11C0B2F.1793603740/mx1.lagos-poly.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20261102081540.7E3A11C0B2F@mx1.lagos-poly.example>

This is a MIME-encapsulated message.

--7E3A11C0B2F.1793603740/mx1.lagos-poly.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.lagos-poly.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<t.adeyemi@lagos-poly.example>: unknown user: "t.adeyemi"

--7E3A11C0B2F.1793603740/mx1.lagos-poly.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.lagos-poly.example
X-Postfix-Queue-ID: 7E3A11C0B2F
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: Mon,  2 Nov 2026 09:15:39 +0100 (WAT)

Final-Recipient: rfc822; t.adeyemi@lagos-poly.example
Original-Recipient: rfc822;t.adeyemi@lagos-poly.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "t.adeyemi"

--7E3A11C0B2F.1793603740/mx1.lagos-poly.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

{orig}
{questions("Tolu Adeyemi")}
--7E3A11C0B2F.1793603740/mx1.lagos-poly.example--
"""
    robot("bounces/01-postfix-unknown-user.eml", raw)


def b02():
    mid = our_id("20261103T121002", "0b7f3d")
    orig = our_headers("Sadia Rahman <sadia.rahman@dhakanet.example>", "Re: আবেদন - Sadia Rahman (Research Grant)",
                       "Tue, 03 Nov 2026 12:10:02 +0000", mid, "<CAF8nT1s+Qe4@mail.gmail.example>")
    raw = f"""Return-Path: <>
Delivered-To: apply@grants.example
Received: from mail.dhakanet.example ([203.0.113.41])
\tby {GWS} with ESMTPS id 4QhQ0d6mzKz1pR
\tfor <apply@grants.example>; Tue, 03 Nov 2026 12:10:09 +0000 (UTC)
Received: from mailnull by mail.dhakanet.example with local (Exim 4.97.1)
\tid 1vRk2P-0004aB-Hs
\tfor apply@grants.example; Tue, 03 Nov 2026 18:10:08 +0600
X-Failed-Recipients: sadia.rahman@dhakanet.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.dhakanet.example>
To: apply@grants.example
Content-Type: multipart/report; report-type=delivery-status; boundary=1793707808-eximdsn-1447921374
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vRk2P-0004aB-Hs@mail.dhakanet.example>
Date: Tue, 03 Nov 2026 18:10:08 +0600

--1793707808-eximdsn-1447921374
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sadia.rahman@dhakanet.example
    mailbox is full: retry timeout exceeded

--1793707808-eximdsn-1447921374
Content-type: message/delivery-status

Reporting-MTA: dns; mail.dhakanet.example

Action: failed
Final-Recipient: rfc822;sadia.rahman@dhakanet.example
Status: 5.0.0

--1793707808-eximdsn-1447921374
Content-type: message/rfc822

{orig}
{questions("Sadia Rahman")}
--1793707808-eximdsn-1447921374--
"""
    robot("bounces/02-exim-mailbox-full.eml", raw)


def b03():
    mid = our_id("20261104T093017", "5d20aa")
    orig_hdr = our_headers("Juan Pablo Ortega <jportega@unialtiplano.example>",
                           "Re: Solicitud de beca - Juan Pablo Ortega", "Wed, 04 Nov 2026 09:30:17 +0000", mid,
                           "<SA1PR12MB7311C0A4@SA1PR12MB7311.namprd12.prod.outlook.example>")
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif"><p style="font-size:16pt;color:#000">Your message to <a href="mailto:jportega@unialtiplano.example" style="color:#0072C6">jportega@unialtiplano.example</a> couldn't be delivered.</p>
<p><b>jportega</b> wasn't found at unialtiplano.example.</p>
<table><tr><td>apply</td><td>Office 365</td><td>jportega</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:</p>
<ul><li>Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose <b>Send Again</b> from the Report ribbon. In Outlook on the web, select this NDR, then select the link "<b>To send this message again, click here.</b>" Then delete and retype the entire recipient address. If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click <b>Send</b>.</li>
<li>Contact the recipient (by phone, for example) to check that the address exists and is correct.</li></ul>
<p>More Info for Email Admins<br>Status code: 550 5.1.10</p>
<p>Original Message Details<br>Created Date: 11/4/2026 9:30:17 AM<br>Sender Address: apply@grants.example<br>Recipient Address: jportega@unialtiplano.example<br>Subject: Re: Solicitud de beca - Juan Pablo Ortega</p>
<p>Error Details<br>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup<br>DSN generated by: CP4PR80MB5633.lamprd80.prod.outlook.example</p>
</div></body></html>"""
    raw = f"""Return-Path: <>
Delivered-To: apply@grants.example
Received: from LAT2PR05CU002.outbound.protection.outlook.example (mail-centralusazon11022109.outbound.protection.outlook.example [52.101.63.109])
\tby {GWS} with ESMTPS id 4QhqZ2fGdPz8wC
\tfor <apply@grants.example>; Wed, 04 Nov 2026 09:30:21 +0000 (UTC)
Received: from CP4PR80MB5633.lamprd80.prod.outlook.example (2603:10d6:103:154::9)
 by CP4PR80MB5633.lamprd80.prod.outlook.example with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.18;
 Wed, 4 Nov 2026 09:30:20 +0000
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@unialtiplano.onmicrosoft.example>
To: <apply@grants.example>
Date: Wed, 4 Nov 2026 09:30:20 +0000
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="a6c7b2d4-55e0-4e84-9f1e-7c3e4a8b0e11"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <e1b0a7f2-3c4d-4e1a-b8e5-2a2f0f3d9c10@CP4PR80MB5633.lamprd80.prod.outlook.example>
In-Reply-To: {mid}
References: <SA1PR12MB7311C0A4@SA1PR12MB7311.namprd12.prod.outlook.example> {mid}
Subject: Undeliverable: Re: Solicitud de beca - Juan Pablo Ortega
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: CP4PR80MB5633:EE_|LAT2PR05CU002:EE_
X-MS-Exchange-Organization-SCL: 1

--a6c7b2d4-55e0-4e84-9f1e-7c3e4a8b0e11
Content-Type: multipart/alternative; differences=Content-Type;
\tboundary="b4d5e6f7-0a1b-4c2d-8e3f-405162738495"

--b4d5e6f7-0a1b-4c2d-8e3f-405162738495
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to jportega@unialtiplano.example couldn't be delivered.

jportega wasn't found at unialtiplano.example.

apply             Office 365           jportega
Action Required                         Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the foll=
owing:
  * Send the message again following these steps: In Outlook, open this non=
-delivery report (NDR) and choose Send Again from the Report ribbon. Then d=
elete and retype the entire recipient address.
  * Contact the recipient (by phone, for example) to check that the address=
 exists and is correct.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date: 11/4/2026 9:30:17 AM
Sender Address: apply@grants.example
Recipient Address: jportega@unialtiplano.example
Subject: Re: Solicitud de beca - Juan Pablo Ortega

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not fo=
und by SMTP address lookup
DSN generated by: CP4PR80MB5633.lamprd80.prod.outlook.example

--b4d5e6f7-0a1b-4c2d-8e3f-405162738495
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

{html}

--b4d5e6f7-0a1b-4c2d-8e3f-405162738495--

--a6c7b2d4-55e0-4e84-9f1e-7c3e4a8b0e11
Content-Type: message/delivery-status

Reporting-MTA: dns;CP4PR80MB5633.lamprd80.prod.outlook.example
Received-From-MTA: dns;mail-sorbet.google.example
Arrival-Date: Wed, 4 Nov 2026 09:30:19 +0000

Final-Recipient: rfc822;jportega@unialtiplano.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup


--a6c7b2d4-55e0-4e84-9f1e-7c3e4a8b0e11
Content-Type: message/rfc822

{orig_hdr}
{questions("Juan Pablo Ortega")}
--a6c7b2d4-55e0-4e84-9f1e-7c3e4a8b0e11--
"""
    robot("bounces/03-m365-ndr-recipient-not-found.eml", raw)


def b04():
    mid = our_id("20261105T151244", "77c0e1")
    orig_hdr = our_headers("Nguyễn Thị Lan <lan.nguyen.hn@mail.vn-telecom.example>",
                           "Re: Đơn xin tài trợ - Nguyễn Thị Lan", "Thu, 05 Nov 2026 15:12:44 +0000", mid,
                           "<0100018f2a7b@mail.vn-telecom.example>").replace("Content-Transfer-Encoding: 7bit\n", "")
    raw = f"""Delivered-To: apply@grants.example
Received: by 2002:a05:6a10:8f0b:b0:5e2:4c1d:9a7f with SMTP id fk11csp1123456pxb;
        Thu, 5 Nov 2026 07:12:47 -0800 (PST)
Return-Path: <>
Received: from mail-sor-f69.google.example (mail-sor-f69.google.example. [209.85.220.69])
        by mx.google.example with SMTPS id a1sor4411906pld.5.2026.11.05.07.12.47
        for <apply@grants.example>
        (Google Transport Security);
        Thu, 05 Nov 2026 07:12:47 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: apply@grants.example
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: {mid}
In-Reply-To: {mid}
X-Failed-Recipients: lan.nguyen.hn@mail.vn-telecom.example
Message-ID: <672a35df.170a0220.3c4e1.9a2bGMR@mx.google.example>
Date: Thu, 05 Nov 2026 07:12:47 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000e1b2c3062aa0f001"; report-type=delivery-status

--000000000000e1b2c3062aa0f001
Content-Type: multipart/related; boundary="000000000000e1c0d1062aa0f00a"

--000000000000e1c0d1062aa0f00a
Content-Type: multipart/alternative; boundary="000000000000e1c0d3062aa0f00b"

--000000000000e1c0d3062aa0f00b
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to lan.nguyen.hn@mail.vn-telecom.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <lan.nguyen.hn@mail.vn-telecom.example>: Recipient address rejected: User unknown in virtual mailbox table

--000000000000e1c0d3062aa0f00b
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {{
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td style="font-size:24px;color:#212121;line-height:32px;padding-bottom:24px;vertical-align:middle">Address not found</td></tr>
<tr><td style="font-size:16px;line-height:24px;color:#212121;letter-spacing:0.1px">
Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>lan.nguyen.hn@mail.vn-telecom.example</b></a> because the address couldn't be found, or is unable to receive mail.
</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;line-height:20px"><a style="color:#4285F4;text-decoration:none" href="https://support.google.example/mail/?p=NoSuchUser">LEARN MORE</a></td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response from the remote server was:<br/>
<p style="font-family:monospace">
550 5.1.1 &lt;lan.nguyen.hn@mail.vn-telecom.example&gt;: Recipient address rejected: User unknown in virtual mailbox table
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000e1c0d3062aa0f00b--
--000000000000e1c0d1062aa0f00a--
--000000000000e1b2c3062aa0f001
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; apply@grants.example
Arrival-Date: Thu, 05 Nov 2026 07:12:45 -0800 (PST)
X-Original-Message-ID: {mid}

Final-Recipient: rfc822; lan.nguyen.hn@mail.vn-telecom.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.vn-telecom.example. (203.0.113.88, the server for the domain mail.vn-telecom.example.)
Diagnostic-Code: smtp; 550 5.1.1 <lan.nguyen.hn@mail.vn-telecom.example>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Thu, 05 Nov 2026 07:12:47 -0800 (PST)

--000000000000e1b2c3062aa0f001
Content-Type: text/rfc822-headers

{orig_hdr}
--000000000000e1b2c3062aa0f001--
"""
    robot("bounces/04-gmail-dsn-address-not-found.eml", raw)


def b05():
    mid = our_id("20261109T101530", "c3e9f2")
    orig = our_headers("Mehmet Yıldız <myildiz@ttnetmail.example>", "Re: Başvuru - Mehmet Yıldız",
                       "Mon, 09 Nov 2026 10:15:30 +0000", mid, "<20261108201133.GA1182@ttnetmail.example>")
    raw = f"""Return-Path: <>
Delivered-To: apply@grants.example
Received: from mx3.ttnetmail.example (mx3.ttnetmail.example [192.0.2.144])
\tby {GWS} with ESMTP id 4Qmk7s2Vb1z2xw
\tfor <apply@grants.example>; Mon, 09 Nov 2026 10:15:39 +0000 (UTC)
Date: 9 Nov 2026 10:15:38 -0000
From: MAILER-DAEMON@mx3.ttnetmail.example
To: apply@grants.example
Subject: failure notice

Hi. This is the qmail-send program at mx3.ttnetmail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<myildiz@ttnetmail.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

{orig}
{questions("Mehmet Yıldız")}
"""
    robot("bounces/05-qmail-failure-notice.eml", raw)


def b06():
    mid = our_id("20261110T141122", "e6a0b5")
    orig_hdr = our_headers("Jonas Becker <j.becker@stadtwerke-kassel.example>", "Re: Bewerbung Förderprogramm - Jonas Becker",
                           "Tue, 10 Nov 2026 14:11:22 +0000", mid, "<AM0PR07MB6418A1@AM0PR07MB6418.eurprd07.prod.outlook.example>")
    text = """Die Zustellung an diese Empfänger oder Gruppen ist fehlgeschlagen:

Jonas Becker (j.becker@stadtwerke-kassel.example)
Das Postfach des Empfängers ist voll, und die Nachricht kann nicht angenommen werden. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EX02.swk.local

j.becker@stadtwerke-kassel.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox /o=SWK/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=jbecker.'

Ursprüngliche Nachrichtenkopfzeilen:

""" + orig_hdr
    raw = f"""Return-Path: <>
Delivered-To: apply@grants.example
Received: from mail.stadtwerke-kassel.example (mail.stadtwerke-kassel.example [198.51.100.77])
\tby {GWS} with ESMTPS id 4QnBb40p6Xz1Vd
\tfor <apply@grants.example>; Tue, 10 Nov 2026 14:11:31 +0000 (UTC)
Received: from EX02.swk.local (10.10.2.12) by EX01.swk.local (10.10.2.11) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Tue, 10 Nov
 2026 15:11:30 +0100
From: <postmaster@stadtwerke-kassel.example>
To: <apply@grants.example>
Date: Tue, 10 Nov 2026 15:11:30 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="7f6d1c20-8a3b-4b51-9d0e-3f2a1b9c8d7e"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <1c5d0e9a-0b11-4f2b-9e7c-12ab34cd56ef@EX02.swk.local>
In-Reply-To: {mid}
References: {mid}
Thread-Topic: Bewerbung =?iso-8859-1?Q?F=F6rderprogramm?= - Jonas Becker
Subject: =?iso-8859-1?Q?Unzustellbar:_Re:_Bewerbung_F=F6rderprogramm_-_Jonas_Beck?=
 =?iso-8859-1?Q?er?=
Auto-Submitted: auto-replied

--7f6d1c20-8a3b-4b51-9d0e-3f2a1b9c8d7e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{base64.encodebytes(text.encode()).decode()}
--7f6d1c20-8a3b-4b51-9d0e-3f2a1b9c8d7e
Content-Type: message/delivery-status

Reporting-MTA: dns;EX02.swk.local
Received-From-MTA: dns;mail.stadtwerke-kassel.example
Arrival-Date: Tue, 10 Nov 2026 14:11:25 +0000

Final-Recipient: rfc822;j.becker@stadtwerke-kassel.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
X-Display-Name: Jonas Becker


--7f6d1c20-8a3b-4b51-9d0e-3f2a1b9c8d7e
Content-Type: text/rfc822-headers

{orig_hdr}
--7f6d1c20-8a3b-4b51-9d0e-3f2a1b9c8d7e--
"""
    robot("bounces/06-exchange-onprem-unzustellbar-quota.eml", raw)


# ---------------------------------------------------------------------------------------------
# robots: delay / quarantine
# ---------------------------------------------------------------------------------------------

def d07():
    mid = our_id("20261111T080212", "19d4c7")
    orig_hdr = our_headers("Amina Yusuf <amina.yusuf@kano-net.example>", "Re: Grant application (Amina Yusuf)",
                           "Wed, 11 Nov 2026 08:02:12 +0000", mid, "<CAHd3kPq7s@mail.gmail.example>").replace("Content-Transfer-Encoding: 7bit\n", "")
    raw = f"""Delivered-To: apply@grants.example
Return-Path: <>
Received: from mail-sor-f41.google.example (mail-sor-f41.google.example. [209.85.220.41])
        by mx.google.example with SMTPS id 98e67ed59e1d1-2e1a0b9c3d4sor2210543a91.1.2026.11.11.04.03.15
        for <apply@grants.example>
        (Google Transport Security);
        Wed, 11 Nov 2026 04:03:15 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: apply@grants.example
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
References: {mid}
In-Reply-To: {mid}
Message-ID: <6731f2b3.050a0220.2a9f1.0c11.GMRIR@mx.google.example>
Date: Wed, 11 Nov 2026 04:03:15 -0800 (PST)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="0000000000003f4e5d062ae1c771"; report-type=delivery-status

--0000000000003f4e5d062ae1c771
Content-Type: multipart/related; boundary="0000000000003f5a20062ae1c778"

--0000000000003f5a20062ae1c778
Content-Type: multipart/alternative; boundary="0000000000003f5a21062ae1c779"

--0000000000003f5a21062ae1c779
Content-Type: text/plain; charset="UTF-8"


** Delivery incomplete **

There was a temporary problem delivering your message to amina.yusuf@kano-net.example. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
451 4.3.0 <amina.yusuf@kano-net.example>: Temporary lookup failure

--0000000000003f5a21062ae1c779
Content-Type: text/html; charset="UTF-8"


<html><body><table><tr><td style="font-size:24px">Delivery incomplete</td></tr>
<tr><td style="font-size:16px">There was a temporary problem delivering your message to <b>amina.yusuf@kano-net.example</b>. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.</td></tr>
<tr><td>The response from the remote server was:<br/><p style="font-family:monospace">451 4.3.0 &lt;amina.yusuf@kano-net.example&gt;: Temporary lookup failure</p></td></tr></table></body></html>

--0000000000003f5a21062ae1c779--
--0000000000003f5a20062ae1c778--
--0000000000003f4e5d062ae1c771
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; apply@grants.example
Arrival-Date: Wed, 11 Nov 2026 00:02:13 -0800 (PST)
X-Original-Message-ID: {mid}

Final-Recipient: rfc822; amina.yusuf@kano-net.example
Action: delayed
Status: 4.3.0
Remote-MTA: dns; mail.kano-net.example. (192.0.2.19, the server for the domain kano-net.example.)
Diagnostic-Code: smtp; 451 4.3.0 <amina.yusuf@kano-net.example>: Temporary lookup failure
Last-Attempt-Date: Wed, 11 Nov 2026 04:03:15 -0800 (PST)
Will-Retry-Until: Fri, 13 Nov 2026 00:02:13 -0800 (PST)

--0000000000003f4e5d062ae1c771
Content-Type: text/rfc822-headers

{orig_hdr}
--0000000000003f4e5d062ae1c771--
"""
    robot("delay-quarantine/07-gmail-delivery-delayed.eml", raw)


def d08():
    mid = our_id("20261112T063344", "8a1f0d")
    orig_hdr = our_headers("Rangi Dorj <rangi.dorj@ulaanbaatar-uni.example>", "Re: Өргөдөл - Rangi Dorj",
                           "Thu, 12 Nov 2026 06:33:44 +0000", mid, "<3b1f0ae2-77aa-4c0a@ulaanbaatar-uni.example>")
    raw = f"""Return-Path: <>
Delivered-To: apply@grants.example
Received: from mx2.backupmx-hosting.example (mx2.backupmx-hosting.example [203.0.113.201])
\tby {GWS} with ESMTPS id 4QnxrM3nT7z4Bf
\tfor <apply@grants.example>; Thu, 12 Nov 2026 10:34:02 +0000 (UTC)
Received: by mx2.backupmx-hosting.example (Postfix)
\tid 4BC0E3E1A9; Thu, 12 Nov 2026 10:34:01 +0000 (UTC)
Date: Thu, 12 Nov 2026 10:34:01 +0000 (UTC)
From: MAILER-DAEMON@mx2.backupmx-hosting.example (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: apply@grants.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="4BC0E3E1A9.1793796841/mx2.backupmx-hosting.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20261112103401.4BC0E3E1A9@mx2.backupmx-hosting.example>

This is a MIME-encapsulated message.

--4BC0E3E1A9.1793796841/mx2.backupmx-hosting.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.backupmx-hosting.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rangi.dorj@ulaanbaatar-uni.example>: connect to
    mail.ulaanbaatar-uni.example[192.0.2.66]:25: Connection timed out

--4BC0E3E1A9.1793796841/mx2.backupmx-hosting.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.backupmx-hosting.example
X-Postfix-Queue-ID: 4BC0E3E1A9
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: Thu, 12 Nov 2026 06:33:50 +0000 (UTC)

Final-Recipient: rfc822; rangi.dorj@ulaanbaatar-uni.example
Original-Recipient: rfc822;rangi.dorj@ulaanbaatar-uni.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.ulaanbaatar-uni.example[192.0.2.66]:25:
    Connection timed out
Will-Retry-Until: Tue, 17 Nov 2026 06:33:50 +0000 (UTC)

--4BC0E3E1A9.1793796841/mx2.backupmx-hosting.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

{orig_hdr}
--4BC0E3E1A9.1793796841/mx2.backupmx-hosting.example--
"""
    robot("delay-quarantine/08-postfix-backup-mx-delayed.eml", raw)


def d09():
    mid = our_id("20261113T111805", "f2b6a9")
    text = """Message Held for Review

Your message has been held by the email security system at Coastal Institute of Technology and has not yet been delivered.

    From:       apply@grants.example
    To:         ravi.menon@coastal-it.example
    Subject:    Re: Application - Ravi Menon (Marine sensors)
    Date:       13 Nov 2026 11:18 UTC
    Reason:     Message contains a link to an external form / sender not in recipient's safe list

The message will be released if the recipient or an administrator approves it. Messages that are not released are deleted after 14 days.

You do not need to do anything. Please do not reply to this message; this mailbox is not monitored.

-- 
Coastal IT Email Security
This notification was generated automatically."""
    m = mk([
        ("Return-Path", "<quarantine-noreply@coastal-it.example>"),
        ("Received", rcv("relay2.coastal-it.example", "198.51.100.150", GWS, "Fri, 13 Nov 2026 11:18:20 +0000 (UTC)")),
        ("From", "Coastal IT Email Security <quarantine-noreply@coastal-it.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Message held for review: Re: Application - Ravi Menon (Marine sensors)"),
        ("Date", "Fri, 13 Nov 2026 16:48:19 +0530"),
        ("Message-ID", "<qn.5e1c0d7a2b44.20261113111819@relay2.coastal-it.example>"),
        ("In-Reply-To", mid),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
    ], text)
    robot("delay-quarantine/09-security-gateway-held-for-review.eml", m)


# ---------------------------------------------------------------------------------------------
# robots: absence notes with auto-reply headers
# ---------------------------------------------------------------------------------------------

def m365_oof(rel, frm, to_subject_prefix, orig_subject, date, mid, body_text, lang, tenant, html=True, extra=()):
    subj = f"{to_subject_prefix} {orig_subject}"
    h = [
        ("Return-Path", "<>"),
        ("Received", f"from {tenant}.outbound.protection.outlook.example ({tenant}.outbound.protection.outlook.example [52.101.68.40]) by {GWS} with ESMTPS id 4Qp0K9mcLTz6sh for <apply@grants.example>; {date}"),
        ("From", frm),
        ("To", "Grants Team <apply@grants.example>"),
        ("Subject", subj),
        ("Thread-Topic", orig_subject[4:] if orig_subject.startswith("Re: ") else orig_subject),
        ("Thread-Index", "AQHbNfR3kQ2b7mVZ0kq8v3JwQ1x9GrK4xYz2"),
        ("Date", date),
        ("Message-ID", f"<{tenant.lower()}{zlib.crc32(orig_subject.encode()) % 10**8:08d}@{tenant}.prod.outlook.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""),
        ("X-MS-Exchange-Organization-SCL", "-1"),
        ("X-MS-TNEF-Correlator", ""),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", frm.split("<")[-1].rstrip(">")),
    ] + list(extra)
    hb = None
    if html:
        hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
              + "".join(f"<div>{l or '<br>'}</div>" for l in body_text.split("\n")) + "</body></html>")
    return mk(h, body_text, hb)


def a10():
    mid = our_id("20261102T140511", "3a9b0c")
    body = """Gracias por su mensaje.

Estaré fuera de la oficina del 2 al 16 de noviembre, con acceso limitado al correo electrónico. Su mensaje no será reenviado.

Para asuntos urgentes, por favor escriba a coordinacion.investigacion@unisur.example o llame al +54 11 5555 0101.

Saludos cordiales,
Dra. Valeria Sosa
Coordinación de Investigación – Universidad del Sur"""
    robot("absence/10-m365-respuesta-automatica-es.eml",
          m365_oof("absence/10", "Valeria Sosa <vsosa@unisur.example>", "Respuesta automática:",
                   "Re: Carta de referencia para Lucía Benítez", "Mon, 2 Nov 2026 14:05:19 +0000", mid, body, "es-AR", "BN8PR04MB6321"))


def a11():
    mid = our_id("20261103T020040", "bb02f7")
    body = """いつもお世話になっております。

誠に勝手ながら、11月3日（火）から11月9日（月）まで出張のため不在にしております。
期間中はメールの確認が遅れますので、ご了承ください。
11月10日（火）以降、順次対応させていただきます。

お急ぎの場合は、研究支援課（kenkyu-shien@kansai-tech.example）までご連絡ください。

関西工業大学 工学部
山本 健太"""
    robot("absence/11-m365-jidou-outou-ja.eml",
          m365_oof("absence/11", "山本 健太 <k.yamamoto@kansai-tech.example>", "自動応答:",
                   "Re: 助成金申請 - 山本健太", "Tue, 3 Nov 2026 02:00:47 +0000", mid, body, "ja-JP", "TYWPR01MB9932"))


def a12():
    mid = our_id("20261104T071210", "4d7e21")
    body = """السلام عليكم ورحمة الله وبركاته،

شكراً لرسالتكم. أنا خارج المكتب حالياً في إجازة حتى يوم الأحد 15 نوفمبر 2026، ولن أتمكن من الرد على البريد الإلكتروني خلال هذه الفترة.

للأمور العاجلة، يرجى التواصل مع مكتب البحث العلمي على research@nile-univ.example.

مع خالص التحيات،
د. أحمد فؤاد"""
    robot("absence/12-m365-radd-tilqaai-ar.eml",
          m365_oof("absence/12", "Ahmed Fouad <a.fouad@nile-univ.example>", "رد تلقائي:",
                   "Re: طلب منحة - أحمد فؤاد", "Wed, 4 Nov 2026 07:12:18 +0000", mid, body, "ar-EG", "DB9PR10MB7290"))


def a13():
    mid = our_id("20261106T030955", "92c3aa")
    body = """Terima kasih atas email Anda.

Saya sedang cuti hingga tanggal 20 November 2026 dan akses ke email terbatas. Email Anda akan saya balas setelah saya kembali.

Untuk keperluan mendesak, silakan hubungi Sdr. Rizky di rizky.pratama@lppm-nusantara.example.

Salam,
Dewi Kartika
LPPM Universitas Nusantara"""
    robot("absence/13-m365-balasan-otomatis-id.eml",
          m365_oof("absence/13", "Dewi Kartika <dewi.kartika@lppm-nusantara.example>", "Balasan Otomatis:",
                   "Re: Lamaran hibah penelitian - Dewi Kartika", "Fri, 6 Nov 2026 03:10:02 +0000", mid, body, "id-ID", "SI2PR06MB5140"))


def a14():
    mid = our_id("20261106T190233", "0d5a6e")
    body = """Olá! Estou de férias até 23 de novembro, com acesso muito limitado ao e-mail.
Responderei assim que possível depois do meu retorno.

Obrigado,
Thiago Moreira"""
    m = mk([
        ("Delivered-To", "apply@grants.example"),
        ("Return-Path", "<thiago.moreira.bh@gmail.example>"),
        ("Received", "by mail-sor-f73.google.example with SMTPS id 2adb3069b0e04-53d9f1e2a7bso1120773e87.2 for <apply@grants.example>; Fri, 06 Nov 2026 11:02:40 -0800 (PST)"),
        ("DKIM-Signature", DKIM.format(d="gmail.example", s="20230601")),
        ("MIME-Version", "1.0"),
        ("From", "Thiago Moreira <thiago.moreira.bh@gmail.example>"),
        ("Date", "Fri, 6 Nov 2026 16:02:39 -0300"),
        ("References", mid),
        ("In-Reply-To", mid),
        ("Message-ID", "<CAKs9Ux4mT8vR1-uPq0Zr7Yh3qW@mail.gmail.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Re: Inscrição - Thiago Moreira (bolsa de pesquisa)"),
        ("To", "apply@grants.example"),
    ], body, "<div dir=\"ltr\">" + body.replace("\n", "<br>") + "</div>")
    robot("absence/14-gmail-vacation-pt.eml", m)


def a15():
    mid = our_id("20261109T045121", "66e0d4")
    body = """नमस्ते,

आपके ईमेल के लिए धन्यवाद। मैं 9 नवंबर से 18 नवंबर 2026 तक अवकाश पर हूँ और इस दौरान ईमेल नहीं देख पाऊँगी।
लौटने के बाद मैं आपको जवाब दूँगी। अत्यावश्यक मामलों के लिए कृपया office@sahyog-trust.example पर लिखें।

सादर,
प्रिया शर्मा
सहयोग ट्रस्ट, पुणे"""
    m = mk([
        ("Return-Path", "<>"),
        ("Received", rcv("sender4-op-o11.zoho.example", "136.143.188.11", GWS, "Mon, 09 Nov 2026 04:51:30 +0000 (UTC)")),
        ("ARC-Seal", "i=1; a=rsa-sha256; t=1793940690; cv=none; d=zohomail.example; s=zohoarc; b=Qf3m0Zt1aZ2rV8kP"),
        ("DKIM-Signature", DKIM.format(d="sahyog-trust.example", s="zmail")),
        ("Date", "Mon, 09 Nov 2026 10:21:29 +0530"),
        ("From", "Priya Sharma <priya@sahyog-trust.example>"),
        ("To", "apply@grants.example"),
        ("Message-Id", "<1936ab8c1f0.2f7d9e1a441122.577392@sahyog-trust.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", "कार्यालय से बाहर / Out of office"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Priority", "Medium"),
        ("User-Agent", "Zoho Mail"),
        ("X-Mailer", "Zoho Mail"),
    ], body)
    robot("absence/15-zoho-vacation-hi.eml", m)


def a16():
    mid = our_id("20261110T012204", "a8f3b1")
    body = """안녕하세요.

보내주신 메일 감사합니다. 11월 10일부터 11월 17일까지 해외 학회 참석으로 부재중입니다.
복귀 후 확인하여 답변드리겠습니다.

김지훈 드림"""
    m = mk([
        ("Return-Path", "<>"),
        ("Received", rcv("mr85p00im-zteg06011601.me.example", "17.58.23.186", GWS, "Tue, 10 Nov 2026 01:22:10 +0000 (UTC)")),
        ("From", "김지훈 <jihoon.kim@icloud.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Re: 연구비 지원 신청 - 김지훈"),
        ("Date", "Tue, 10 Nov 2026 10:22:09 +0900"),
        ("Message-ID", "<autoreply-3c1e0b7a-91f2-4c44@icloud.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
    ], body)
    robot("absence/16-icloud-autoreply-ko.eml", m)


def a17():
    mid = our_id("20261116T081144", "2f90c8")
    body = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27. November 2026 in Elternzeit und lese meine E-Mails nicht.
In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Dr. Meier (a.meier@inst-hydro.example).

Beste Grüße
Lena Vogt"""
    m = mk([
        ("Return-Path", "<>"),
        ("Received", rcv("mail-4316.protonmail.example", "185.70.43.16", GWS, "Mon, 16 Nov 2026 08:11:52 +0000 (UTC)")),
        ("DKIM-Signature", DKIM.format(d="proton.example", s="protonmail3")),
        ("Date", "Mon, 16 Nov 2026 08:11:50 +0000"),
        ("To", "Grants Team <apply@grants.example>"),
        ("From", "Lena Vogt <lena.vogt@proton.example>"),
        ("Subject", "Auto: Re: Bewerbung - Lena Vogt, Hydrologie"),
        ("Message-ID", "<Zb9xK2mP0rT8qV1e@proton.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-replied"),
        ("X-Pm-Origin", "internal"),
        ("X-Pm-Content-Encryption", "end-to-end"),
    ], body)
    robot("absence/17-proton-auto-de.eml", m)


def a18():
    mid = our_id("20261117T093002", "c1d5e7")
    body = """Merhaba,

E-postanız için teşekkür ederim. 17-24 Kasım 2026 tarihleri arasında yıllık izindeyim ve e-postalarıma erişimim olmayacak.
Döndüğümde size en kısa sürede dönüş yapacağım.

Acil durumlarda lütfen bilgi@anadolu-kooperatif.example adresine yazınız.

Saygılarımla,
Zeynep Aksoy"""
    m = mk([
        ("Return-Path", "<>"),
        ("Received", "from cpanel12.hosting-ist.example (cpanel12.hosting-ist.example [192.0.2.212]) by " + GWS + " with ESMTPS id 4Qtt0j1Wpkz5nN for <apply@grants.example>; Tue, 17 Nov 2026 09:30:09 +0000 (UTC)"),
        ("Date", "Tue, 17 Nov 2026 12:30:08 +0300"),
        ("From", "zeynep@anadolu-kooperatif.example"),
        ("To", "apply@grants.example"),
        ("Subject", "Auto: Re: Hibe başvurusu - Zeynep Aksoy"),
        ("Message-ID", "<dovecot-sieve-1793874608-88421-0@cpanel12.hosting-ist.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-replied (vacation)"),
        ("Precedence", "bulk"),
        ("X-Sieve", "Pigeonhole Sieve 0.5.21"),
    ], body)
    robot("absence/18-dovecot-sieve-vacation-tr.eml", m)


def a19():
    mid = our_id("20261118T064020", "5b3d99")
    body = """Доброго дня!

Дякую за ваш лист. З 18 по 25 листопада я у відрядженні з обмеженим доступом до пошти.
З нагальних питань звертайтеся, будь ласка, до наукової частини: science@lviv-agro.example.

З повагою,
Олена Коваленко"""
    robot("absence/19-m365-avtomatychna-vidpovid-uk.eml",
          m365_oof("absence/19", "Олена Коваленко <o.kovalenko@lviv-agro.example>", "Автоматична відповідь:",
                   "Re: Заявка на грант - Олена Коваленко", "Wed, 18 Nov 2026 06:40:31 +0000", mid, body, "uk-UA", "VI1PR02MB6674"))


def a20():
    mid = our_id("20261120T101505", "e04c2a")
    body = """Αγαπητέ/ή αποστολέα,

Σας ευχαριστώ για το μήνυμά σας. Θα απουσιάζω από το γραφείο έως τις 30 Νοεμβρίου 2026 χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο.
Για επείγοντα θέματα παρακαλώ επικοινωνήστε με τη γραμματεία στο secretariat@aegean-lab.example.

Με εκτίμηση,
Νίκος Παπαδόπουλος"""
    robot("absence/20-m365-aftomati-apantisi-el.eml",
          m365_oof("absence/20", "Nikos Papadopoulos <n.papadopoulos@aegean-lab.example>", "Αυτόματη απάντηση:",
                   "Re: Αίτηση χρηματοδότησης - Νίκος Παπαδόπουλος", "Fri, 20 Nov 2026 10:15:12 +0000", mid, body, "el-GR", "PA4PR08MB7410"))


# ---------------------------------------------------------------------------------------------
# robots: absence notes sent by people's own mail rules (no auto-reply header)
# ---------------------------------------------------------------------------------------------

def o21():
    mid = our_id("20261103T091844", "7e12fc")
    body = """Habari,

Asante kwa barua pepe yako. Niko likizoni kuanzia tarehe 3 hadi 17 Novemba 2026 na sitaweza kusoma barua pepe mara kwa mara.
Nitakujibu nitakaporudi ofisini. Kwa mambo ya dharura, tafadhali wasiliana na ofisi yetu kupitia info@pwani-youth.example.

Kila la heri,
Neema Mwakyusa
Pwani Youth Network"""
    m = mk([
        ("Return-Path", "<neema@pwani-youth.example>"),
        ("Received", rcv("mail.pwani-youth.example", "196.201.214.10", GWS, "Tue, 03 Nov 2026 09:19:03 +0000 (UTC)")),
        ("From", "Neema Mwakyusa <neema@pwani-youth.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Subject", "Niko likizoni / On leave"),
        ("Date", "Tue, 3 Nov 2026 12:19:01 +0300"),
        ("Message-ID", "<000c01dd2f8a$3b7e1c20$b27a5460$@pwani-youth.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdsvijtMx5kIQ0fHTgm8b2cQJ2mNxA=="),
        ("Content-Language", "sw"),
    ], body)
    robot("own-rule-absence/21-outlook-rule-template-sw.eml", m)


def o22():
    mid = our_id("20261105T063010", "d9a4b2")
    body = """नमस्कार,

आपका मेल मिल गया है। मैं 5 से 15 नवंबर तक गाँव गया हुआ हूँ जहाँ नेटवर्क बहुत कम है, इसलिए जवाब देने में देरी होगी।
वापस आकर सभी मेल का जवाब दूँगा।

धन्यवाद,
राहुल वर्मा"""
    m = mk([
        ("Delivered-To", "apply@grants.example"),
        ("Return-Path", "<rahul.verma.lko@gmail.example>"),
        ("Received", "by mail-sor-f41.google.example with SMTPS id d9443c01a7336-20c7f1e2b0fso55213345ad.3 for <apply@grants.example>; Wed, 05 Nov 2026 06:30:19 -0800 (PST)"),
        ("DKIM-Signature", DKIM.format(d="gmail.example", s="20230601")),
        ("MIME-Version", "1.0"),
        ("From", "Rahul Verma <rahul.verma.lko@gmail.example>"),
        ("Date", "Thu, 5 Nov 2026 12:00:18 +0530"),
        ("Message-ID", "<CAGv2Lm0Yt7p+Xc3kQ1sNw8Rz@mail.gmail.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", "Re: अनुदान आवेदन - राहुल वर्मा"),
        ("To", "apply@grants.example"),
    ], body, '<div dir="ltr">' + body.replace("\n", "<br>") + "</div>")
    robot("own-rule-absence/22-gmail-filter-template-hi.eml", m)


def o23():
    mid = our_id("20261108T074455", "11b8e0")
    body = """سلام و وقت بخیر،

از ایمیل شما سپاسگزارم. تا تاریخ ۲۵ آبان (۱۶ نوامبر) در مرخصی هستم و به ایمیل دسترسی ندارم.
پس از بازگشت در اولین فرصت پاسخ خواهم داد.

با احترام،
مریم حسینی"""
    m = mk([
        ("Return-Path", "<m.hosseini@parsmail.example>"),
        ("Received", rcv("smtp.parsmail.example", "192.0.2.55", GWS, "Sun, 08 Nov 2026 07:45:06 +0000 (UTC)")),
        ("From", "Maryam Hosseini <m.hosseini@parsmail.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Re: درخواست کمک هزینه پژوهشی - مریم حسینی"),
        ("Date", "Sun, 8 Nov 2026 11:15:04 +0330"),
        ("Message-ID", "<7b2e9f11-4a1c-4d8e-9b0a-2f6c1d3e8a90@parsmail.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "fa-IR"),
    ], body)
    robot("own-rule-absence/23-thunderbird-filter-reply-fa.eml", m)


def o24():
    mid = our_id("20261119T121212", "fa7c04")
    body = """Dzień dobry,

dziękuję za wiadomość. Do 29 listopada przebywam na urlopie i nie mam dostępu do poczty.
Odpowiem niezwłocznie po powrocie.

Pozdrawiam
Katarzyna Nowak

Wysłane z iPhone'a"""
    m = mk([
        ("Return-Path", "<k.nowak@poczta-krakow.example>"),
        ("Received", rcv("smtp.poczta-krakow.example", "198.51.100.9", GWS, "Thu, 19 Nov 2026 12:12:29 +0000 (UTC)")),
        ("From", "Katarzyna Nowak <k.nowak@poczta-krakow.example>"),
        ("Subject", "Re: Wniosek o grant - Katarzyna Nowak"),
        ("Date", "Thu, 19 Nov 2026 13:12:27 +0100"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("To", "Grants Team <apply@grants.example>"),
        ("Message-Id", "<4A0F2C7E-91B3-4E51-8C2D-7F3B6E0A1D55@poczta-krakow.example>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ], body)
    del m["MIME-Version"]
    m["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"
    robot("own-rule-absence/24-apple-mail-rule-reply-pl.eml", m)


# ---------------------------------------------------------------------------------------------
# robots: left / not monitored / forwarding notices
# ---------------------------------------------------------------------------------------------

def l25():
    mid = our_id("20261104T160702", "0c6d3e")
    body = """Thank you for your email.

I have left Bridgewater Community Foundation and this mailbox is no longer monitored. Your message has not been forwarded.

For grant and partnership enquiries please contact partnerships@bridgewater-cf.example. For anything else, call our main office on +44 20 7946 0321.

Kind regards,
Bridgewater Community Foundation"""
    robot("left-not-monitored/25-m365-left-organisation-en.eml",
          m365_oof("left/25", "Sophie Turner <s.turner@bridgewater-cf.example>", "Automatic reply:",
                   "Re: Reference for Daniel Okafor", "Wed, 4 Nov 2026 16:07:09 +0000", mid, body, "en-GB", "LO2P265MB4482"))


def l26():
    mid = our_id("20261111T093320", "b7e8a1")
    body = """Gentile utente,

questa casella di posta elettronica è utilizzata solo per l'invio di comunicazioni e non è presidiata: i messaggi ricevuti non vengono letti.

Per informazioni sui bandi di ricerca scrivere a ufficio.ricerca@ateneo-etna.example.

Cordiali saluti
Area Ricerca – Ateneo dell'Etna

Messaggio generato automaticamente, si prega di non rispondere."""
    m = mk([
        ("Return-Path", "<noreply@ateneo-etna.example>"),
        ("Received", rcv("smtp-out.ateneo-etna.example", "192.0.2.171", GWS, "Wed, 11 Nov 2026 09:33:28 +0000 (UTC)")),
        ("From", "Ateneo dell'Etna - Area Ricerca <noreply@ateneo-etna.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Re: Candidatura - Giulia Russo (dottoranda)"),
        ("Date", "Wed, 11 Nov 2026 10:33:27 +0100"),
        ("Message-ID", "<noreply.20261111103327.41877@ateneo-etna.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-replied"),
        ("Precedence", "auto_reply"),
    ], body)
    robot("left-not-monitored/26-noreply-not-monitored-it.eml", m)


def l27():
    mid = our_id("20261113T142006", "3e5f7a")
    body = """שלום,

כתובת הדואר הזו אינה פעילה עוד ואינה נבדקת.
כתובתי החדשה היא: yael.cohen@mailbox-il.example
אנא שלחו את הודעתכם מחדש לכתובת החדשה.

תודה,
יעל כהן

---
This address is no longer in use. Please resend your message to yael.cohen@mailbox-il.example"""
    m = mk([
        ("Delivered-To", "apply@grants.example"),
        ("Return-Path", "<yael.cohen.tlv@gmail.example>"),
        ("Received", "by mail-sor-f65.google.example with SMTPS id 5b1f17b1804b1-43161c0068bso31842535e9.1 for <apply@grants.example>; Fri, 13 Nov 2026 06:20:14 -0800 (PST)"),
        ("DKIM-Signature", DKIM.format(d="gmail.example", s="20230601")),
        ("MIME-Version", "1.0"),
        ("From", "Yael Cohen <yael.cohen.tlv@gmail.example>"),
        ("Date", "Fri, 13 Nov 2026 16:20:13 +0200"),
        ("References", mid),
        ("In-Reply-To", mid),
        ("Message-ID", "<CAN7pQx1bV0k-Fz3Tq8W2sY@mail.gmail.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "הכתובת שלי השתנתה / My email address has changed"),
        ("To", "apply@grants.example"),
    ], body, '<div dir="rtl">' + body.replace("\n", "<br>") + "</div>")
    robot("left-not-monitored/27-gmail-vacation-new-address-he.eml", m)


def l28():
    mid = our_id("20261123T080511", "6ad2c3")
    body = """This is an automated message from the Riverside University alumni email service.

Your message to kofi.mensah@alumni.riverside-u.example has been received, but email forwarding for this
alumni address ended on 31 October 2026. Messages sent to this address are no longer forwarded to the
graduate and will be deleted.

If you need to contact this person, please use another address you have for them.
Alumni Relations, Riverside University

Please do not reply to this message."""
    m = mk([
        ("Return-Path", "<alumni-forwarding@riverside-u.example>"),
        ("Received", rcv("relay.riverside-u.example", "198.51.100.62", GWS, "Mon, 23 Nov 2026 08:05:20 +0000 (UTC)")),
        ("From", "Riverside University Alumni Email <alumni-forwarding@riverside-u.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Forwarding for this alumni address has ended"),
        ("Date", "Mon, 23 Nov 2026 08:05:19 +0000"),
        ("Message-ID", "<fwdend.7c0b2e4a@relay.riverside-u.example>"),
        ("In-Reply-To", mid),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "junk"),
    ], body)
    robot("left-not-monitored/28-alumni-forwarding-ended-en.eml", m)


# ---------------------------------------------------------------------------------------------
# robots: help desks
# ---------------------------------------------------------------------------------------------

def h29():
    mid = our_id("20261102T173011", "e9b1c2")
    text = """##- Por favor, digite sua resposta acima desta linha -##

Olá, Grants Team,

Recebemos sua solicitação (#48213) e ela está sendo analisada pela nossa equipe de atendimento.
Responderemos em até 2 dias úteis.

Para acrescentar comentários, basta responder a este e-mail.

Atenciosamente,
Central de Atendimento – Instituto Verde Vivo

Este e-mail é um serviço de Instituto Verde Vivo.
[M4XQ2K-7N1P]"""
    html = ('<html><body><div style="color:#b5b5b5">##- Por favor, digite sua resposta acima desta linha -##</div>'
            '<p>Olá, Grants Team,</p><p>Recebemos sua solicitação (#48213) e ela está sendo analisada pela nossa equipe de atendimento. '
            'Responderemos em até 2 dias úteis.</p><p>Para acrescentar comentários, basta responder a este e-mail.</p>'
            '<p>Atenciosamente,<br>Central de Atendimento – Instituto Verde Vivo</p>'
            '<div style="color:#aaa;font-size:11px">Este e-mail é um serviço de Instituto Verde Vivo.</div>'
            '<span style="color:#FFFFFF" aria-hidden="true">[M4XQ2K-7N1P]</span></body></html>')
    m = mk([
        ("Return-Path", "<support+id48213@verdevivo.zendesk.example>"),
        ("Received", rcv("outbyoip12.pod19.use1.zdsys.example", "192.161.151.12", GWS, "Mon, 02 Nov 2026 17:30:22 +0000 (UTC)")),
        ("DKIM-Signature", DKIM.format(d="zendesk.example", s="zendesk1")),
        ("Date", "Mon, 02 Nov 2026 17:30:20 +0000"),
        ("From", "Instituto Verde Vivo <contato@verdevivo.example>"),
        ("Reply-To", "Instituto Verde Vivo <support+id48213@verdevivo.zendesk.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Message-ID", "<M4XQ2K7N1P_6727a1dc3b0c1_5b2f81a_sprut@zendesk.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", "[Instituto Verde Vivo] Re: Inscrição - projeto Mata Atlântica"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Zendesk Mailer"),
        ("X-Zendesk-From-Account-Id", "7f3a1c2"),
        ("X-Zendesk-Email-Id", "01JBX4K2A7N1P9M4XQ2K7N1PQR"),
    ], text, html)
    robot("helpdesk/29-zendesk-request-received-pt.eml", m)


def h30():
    mid = our_id("20261105T110207", "1f4a8d")
    text = """Estimado/a Grants Team,

Gracias por escribirnos. Hemos recibido su correo y se ha creado el ticket #10457.
Uno de nuestros agentes se pondrá en contacto con usted a la brevedad.

Puede consultar el estado de su solicitud aquí: https://fundacionandes.freshdesk.example/helpdesk/tickets/10457

Atentamente,
Mesa de Ayuda - Fundación Andes"""
    m = mk([
        ("Return-Path", "<bounces+1839211-6c2f-apply=grants.example@email.freshdesk.example>"),
        ("Received", rcv("o1.email.freshdesk.example", "167.89.16.211", GWS, "Thu, 05 Nov 2026 11:02:15 +0000 (UTC)")),
        ("DKIM-Signature", DKIM.format(d="freshdesk.example", s="s1")),
        ("From", "Fundación Andes <ayuda@fundacionandes.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Ticket recibido - Re: Postulación beca - Camila Rojas"),
        ("Date", "Thu, 05 Nov 2026 11:02:14 +0000"),
        ("Message-ID", "<fd.10457.1730804534@fundacionandes.freshdesk.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-generated"),
        ("X-FD-Email", "true"),
        ("X-Freshdesk-Account-Id", "1839211"),
    ], text, "<div>" + text.replace("\n", "<br>") + "</div>")
    robot("helpdesk/30-freshdesk-ticket-recibido-es.eml", m)


def h31():
    mid = our_id("20261109T150003", "34ac9e")
    text = """Reply above this line.

Grants Team, we've received your request and will get back to you soon.

Request: RES-2291 Re: Application question - research office confirmation

View request · Turn off this request's notifications

This is shared with Grants Team.

Sent by Atlassian Jira Service Management"""
    m = mk([
        ("Return-Path", "<jira@research-office.atlassian.example>"),
        ("Received", rcv("mail-us-east-1.atlassian.example", "18.234.32.150", GWS, "Mon, 09 Nov 2026 15:00:12 +0000 (UTC)")),
        ("From", "Research Office Help Centre <jira@research-office.atlassian.example>"),
        ("Reply-To", "research-office@northbay-uni.example"),
        ("To", "apply@grants.example"),
        ("Subject", "RES-2291 Re: Application question - research office confirmation"),
        ("Date", "Mon, 09 Nov 2026 15:00:10 +0000"),
        ("Message-ID", "<JIRA.118223.1793977210000.4412.1793977210512@Atlassian.JIRA>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-generated"),
        ("Precedence", "bulk"),
        ("X-JIRA-FingerPrint", "9e1c77ad0f3b2a418e5f1c2d3b4a5f60"),
    ], text)
    robot("helpdesk/31-jira-service-management-received-en.eml", m)


def h32():
    mid = our_id("20261112T091541", "50d3f7")
    text = """Incident INC0048817 has been opened on your behalf.

Short description: Re: Grant application - Sipho Dlamini
Priority: 4 - Low
State: New

Our Service Desk will respond according to the service level for your request. You can view all of your open incidents in the Self-Service Portal.

How can I track my incident?
https://ukzn-demo.service-now.example/sp?id=ticket&table=incident

Thank you,
IT Service Desk

Ref:MSG7301422"""
    m = mk([
        ("Return-Path", "<servicedesk@ukzn-demo.service-now.example>"),
        ("Received", rcv("outbound2.service-now.example", "149.96.5.120", GWS, "Thu, 12 Nov 2026 09:15:49 +0000 (UTC)")),
        ("From", "IT Service Desk <servicedesk@ukzn-demo.service-now.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Incident INC0048817 has been opened on your behalf"),
        ("Date", "Thu, 12 Nov 2026 11:15:48 +0200"),
        ("Message-ID", "<1412662.4471.1793960148711@app129042.iad3.service-now.example>"),
        ("In-Reply-To", mid),
        ("X-ServiceNow-Generated", "true"),
        ("X-ServiceNow-Source", "Notification-9b3c2f6e1b1a2110a6c1d1e2e54bcb44"),
        ("X-ServiceNow-SysEmail-Version", "2"),
        ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated"),
    ], text, "<div>" + text.replace("\n", "<br>") + "</div>")
    robot("helpdesk/32-servicenow-incident-opened-en.eml", m)


def h33():
    mid = our_id("20261117T134520", "7a3b1e")
    text = """Vielen Dank für Ihre Anfrage (Re: Bewerbung - Projekt Flusslandschaften)!

Ihre Anfrage wurde unter der Ticketnummer [Ticket#31004217] in unserem System aufgenommen.
Wir werden uns so schnell wie möglich bei Ihnen melden.

Um zusätzliche Informationen zu senden, antworten Sie einfach auf diese E-Mail.

Ihr Team der Geschäftsstelle
Verein Flusslandschaften e.V.

Zammad, Ihr Helpdesk und Support-System"""
    m = mk([
        ("Return-Path", "<support@flusslandschaften.example>"),
        ("Received", rcv("zammad.flusslandschaften.example", "203.0.113.75", GWS, "Tue, 17 Nov 2026 13:45:31 +0000 (UTC)")),
        ("Date", "Tue, 17 Nov 2026 14:45:29 +0100"),
        ("From", "Geschäftsstelle Flusslandschaften <support@flusslandschaften.example>"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<6739f2e9a1b7_3c9e2f0a7b5e42@zammad.flusslandschaften.example.mail>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", "Vielen Dank für Ihre Anfrage (Re: Bewerbung - Projekt Flusslandschaften) [Ticket#31004217]"),
        ("X-Loop", "yes"),
        ("Precedence", "bulk"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Zammad-Ticket-ID", "4217"),
        ("X-Zammad-Ticket-Number", "31004217"),
    ], text)
    robot("helpdesk/33-zammad-ticket-de.eml", m)


def h34():
    mid = our_id("20261124T101019", "83e0f1")
    text = """Bonjour,

Merci pour votre message ! Notre équipe l'a bien reçu et vous répondra dans un délai de 48 heures ouvrées.
En attendant, vous trouverez peut-être une réponse dans notre centre d'aide : https://aide.atelier-solaire.example

Bonne journée,
L'équipe Atelier Solaire"""
    m = mk([
        ("Return-Path", "<bounces+secure-xyz@helpscout.example>"),
        ("Received", rcv("mail-106.helpscout.example", "54.240.8.106", GWS, "Tue, 24 Nov 2026 10:10:31 +0000 (UTC)")),
        ("DKIM-Signature", DKIM.format(d="atelier-solaire.example", s="hs1")),
        ("From", "Atelier Solaire <bonjour@atelier-solaire.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Subject", "Re: Re: Dossier de candidature - Atelier Solaire (coopérative)"),
        ("Date", "Tue, 24 Nov 2026 10:10:30 +0000"),
        ("Message-ID", "<reply-83921457-2840117733-1764035430@helpscout.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "Help Scout Notification"),
        ("X-HelpScout-Conversation-Id", "2840117733"),
    ], text, "<div>" + text.replace("\n", "<br>") + "</div>")
    robot("helpdesk/34-helpscout-auto-reply-fr.eml", m)


# ---------------------------------------------------------------------------------------------
# robots: challenge-response
# ---------------------------------------------------------------------------------------------

def c35():
    mid = our_id("20261106T121500", "a2c4e6")
    text = """The message that you sent to kwame@asante-farms.example requires that you verify that you
are a real live human being and not a spam source.

To complete this verification, simply reply to this message and leave
the subject line intact or click the link below:

https://asante-farms.example:2096/cgi-sys/bxd.cgi?a=kwame@asante-farms.example&email=apply%40grants.example&v=8c4e1f

The headers of the message sent from your address are shown below:

From apply@grants.example Fri Nov 06 12:15:03 2026
Received: from mail-sor-f41.google.example ([209.85.220.41]:53122)
\tby asante-farms.example with esmtps (Exim 4.97.1)
\t(envelope-from <apply@grants.example>)
\tid 1vS9QJ-0007Ys-3L
\tfor kwame@asante-farms.example; Fri, 06 Nov 2026 12:15:03 +0000
From: Grants Team <apply@grants.example>
To: Kwame Asante <kwame@asante-farms.example>
Subject: Re: Application - Kwame Asante (cassava processing)
Date: Fri, 06 Nov 2026 12:15:00 +0000
Message-ID: """ + mid + """
"""
    m = mk([
        ("Return-Path", "<>"),
        ("Received", rcv("asante-farms.example", "192.0.2.91", GWS, "Fri, 06 Nov 2026 12:15:07 +0000 (UTC)")),
        ("From", "kwame@asante-farms.example"),
        ("To", "apply@grants.example"),
        ("Subject", "Verify email address: apply@grants.example [verify:8c4e1f]"),
        ("Date", "Fri, 06 Nov 2026 12:15:04 +0000"),
        ("Message-ID", "<E1vS9QK-0007Yt-8n@asante-farms.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Boxtrapper", "8c4e1f"),
        ("Precedence", "bulk"),
    ], text)
    robot("challenge-response/35-cpanel-boxtrapper-verify.eml", m)


def c36():
    mid = our_id("20261116T154811", "9b7d5c")
    text = """Hello,

I apologize for this automatic reply to your email.

To control spam, I now allow incoming messages only from senders I have approved beforehand.

If you would like to be added to my list of approved senders, please fill out the short request form (see link below). Once I approve you, I will receive your original message in my inbox. You do not need to resend your message. I apologize for this one-time inconvenience.

Click the link below to fill out the request:

https://www.spamarrest.example/affiliate.jsp?aff=SAFD2&v=4a1d7c3b2e9f

Your original message:
  To: deborah.mills@millsconsult.example
  Subject: Re: Grant application - Deborah Mills
  Date: Mon, 16 Nov 2026 15:48:11 +0000

Thank you,
Deborah Mills"""
    m = mk([
        ("Return-Path", "<deborah.mills@millsconsult.example>"),
        ("Received", rcv("mta4.spamarrest.example", "209.59.179.44", GWS, "Mon, 16 Nov 2026 15:48:30 +0000 (UTC)")),
        ("From", "Deborah Mills <deborah.mills@millsconsult.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Re: Grant application - Deborah Mills [Verification Request]"),
        ("Date", "Mon, 16 Nov 2026 10:48:29 -0500"),
        ("Message-ID", "<verify.4a1d7c3b2e9f@spamarrest.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("X-Spam-Arrest-Verification", "4a1d7c3b2e9f"),
        ("Precedence", "junk"),
        ("Auto-Submitted", "auto-replied"),
    ], text)
    robot("challenge-response/36-spamarrest-approved-senders.eml", m)


# ---------------------------------------------------------------------------------------------
# robots: receipts / calendar
# ---------------------------------------------------------------------------------------------

def r37():
    mid = our_id("20261110T020533", "c8f1a3")
    text = """您的邮件

  收件人: 王芳
  主题: Re: 资助申请 - 王芳
  发送时间: 2026年11月10日 2:05

已于 2026年11月10日 10:31 阅读。"""
    raw = f"""Return-Path: <fang.wang@hz-bioinst.example>
Received: from HK2PR02MB4180.apcprd02.prod.outlook.example (mail-eastasiaazon11010000.outbound.protection.outlook.example [52.101.128.40])
\tby {GWS} with ESMTPS id 4QnRzv1XwTz3Hc
\tfor <apply@grants.example>; Tue, 10 Nov 2026 02:31:44 +0000 (UTC)
From: =?utf-8?B?546L6Iqz?= <fang.wang@hz-bioinst.example>
To: Grants Team <apply@grants.example>
Subject: =?utf-8?B?5bey6K+7OiBSZTog6LWE5Yqp55Sz6K+3IC0g546L6Iqz?=
Thread-Topic: =?utf-8?B?6LWE5Yqp55Sz6K+3IC0g546L6Iqz?=
Date: Tue, 10 Nov 2026 02:31:40 +0000
Message-ID: <HK2PR02MB418012AB3F@HK2PR02MB4180.apcprd02.prod.outlook.example>
References: {mid}
In-Reply-To: {mid}
Content-Language: zh-CN
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="_000_HK2PR02MB418012AB3FHK2PR02MB4180apcp_"

--_000_HK2PR02MB418012AB3FHK2PR02MB4180apcp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

{base64.encodebytes(text.encode()).decode()}
--_000_HK2PR02MB418012AB3FHK2PR02MB4180apcp_
Content-Type: message/disposition-notification

Reporting-UA: HK2PR02MB4180.apcprd02.prod.outlook.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;fang.wang@hz-bioinst.example
Original-Message-ID: {mid}
Disposition: automatic-action/MDN-sent-automatically; displayed

--_000_HK2PR02MB418012AB3FHK2PR02MB4180apcp_--
"""
    robot("receipts-calendar/37-outlook-read-receipt-zh.eml", raw)


def r38():
    mid = our_id("20261118T120000", "invite7")
    ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261126T140000Z
DTEND:20261126T143000Z
DTSTAMP:20261118T151204Z
ORGANIZER;CN=Grants Team:mailto:apply@grants.example
UID:gb-interview-2027-0142@grants.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chiamaka
 Eze;X-NUM-GUESTS=0:mailto:chiamaka.eze@gmail.example
CREATED:20261118T120000Z
DESCRIPTION:Shortlist interview\\, Northlight Early-Career Grants 2027
LAST-MODIFIED:20261118T151204Z
LOCATION:Video call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview - Northlight Early-Career Grants (Chiamaka Eze)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
    text = """Chiamaka Eze has accepted this invitation.

Interview - Northlight Early-Career Grants (Chiamaka Eze)
Thursday 26 Nov 2026 ⋅ 14:00 – 14:30 (Coordinated Universal Time)
Video call

Organiser
Grants Team - apply@grants.example

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event."""
    m = EmailMessage(policy=POL)
    for k, v in [
        ("Delivered-To", "apply@grants.example"),
        ("Return-Path", "<chiamaka.eze@gmail.example>"),
        ("Received", "by mail-sor-f73.google.example with SMTPS id 4fb4d7f45d1cf-5cf8a0d6b11sor3021677a12.0 for <apply@grants.example>; Wed, 18 Nov 2026 07:12:05 -0800 (PST)"),
        ("DKIM-Signature", DKIM.format(d="gmail.example", s="20230601")),
        ("MIME-Version", "1.0"),
        ("Reply-To", "Chiamaka Eze <chiamaka.eze@gmail.example>"),
        ("Sender", "Google Calendar <calendar-notification@google.example>"),
        ("Message-ID", "<calendar-5f2a8c1e-7b3d-4a0e-9c61-2e0d1f4b8a77@google.example>"),
        ("Date", "Wed, 18 Nov 2026 15:12:04 +0000"),
        ("Subject", "Accepted: Interview - Northlight Early-Career Grants (Chiamaka Eze) @ Thu 26 Nov 2026 14:00 - 14:30 (UTC) (apply@grants.example)"),
        ("From", "Chiamaka Eze <chiamaka.eze@gmail.example>"),
        ("To", "apply@grants.example"),
        ("In-Reply-To", mid),
    ]:
        m[k] = v
    m.set_content(text)
    m.add_alternative("<html><body><p>" + text.replace("\n", "<br>") + "</p></body></html>", subtype="html")
    m.add_alternative(ics, subtype="calendar", params={"method": "REPLY"})
    m.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    robot("receipts-calendar/38-google-calendar-accepted.eml", m)


# ---------------------------------------------------------------------------------------------
# robots: lists / groups
# ---------------------------------------------------------------------------------------------

def g39():
    mid = our_id("20261119T083015", "d3f9a0")
    text = """Your mail to 'Soil-lab' with the subject

    Re: Application from the Soil Ecology Lab - Ana Ferreira

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.ulisboa-agr.example/mailman/confirm/soil-lab/5b2a4f1c9d3e7a60b8c1d2e3f4a5b6c7d8e9f0a1
"""
    m = mk([
        ("Return-Path", "<soil-lab-bounces@lists.ulisboa-agr.example>"),
        ("Received", rcv("lists.ulisboa-agr.example", "192.0.2.140", GWS, "Thu, 19 Nov 2026 08:30:22 +0000 (UTC)")),
        ("Subject", "Your message to Soil-lab awaits moderator approval"),
        ("From", "soil-lab-bounces@lists.ulisboa-agr.example"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<mailman.3.1794040221.2281.soil-lab@lists.ulisboa-agr.example>"),
        ("Date", "Thu, 19 Nov 2026 08:30:21 +0000"),
        ("Precedence", "bulk"),
        ("X-BeenThere", "soil-lab@lists.ulisboa-agr.example"),
        ("X-Mailman-Version", "2.1.39"),
        ("List-Id", "Soil Ecology Lab <soil-lab.lists.ulisboa-agr.example>"),
        ("X-List-Administrivia", "yes"),
    ], text, cte="7bit")
    robot("lists/39-mailman-awaits-moderator.eml", m)


def g40():
    mid = our_id("20261125T114002", "0e4b7c")
    text = """Здравствуйте!

Ваше сообщение в группу «Лаборатория климатических моделей» (climate-lab@googlegroups.example) не было доставлено, так как у вас нет разрешения на публикацию сообщений в этой группе.

Группа может не существовать, или у вас может не быть разрешения на отправку сообщений. Подробнее: https://groups.google.example/support/bin/answer.py?answer=1034

Если вы считаете, что у вас должен быть доступ, обратитесь к владельцу группы.

Команда Google Групп"""
    m = mk([
        ("Delivered-To", "apply@grants.example"),
        ("Return-Path", "<>"),
        ("Received", "from mail-sor-f69.google.example (mail-sor-f69.google.example. [209.85.220.69]) by mx.google.example with SMTPS id 4fb4d7f45d1cf-5cf9c1aa20esor2214788a12.2 for <apply@grants.example> (Google Transport Security); Wed, 25 Nov 2026 03:40:11 -0800 (PST)"),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"),
        ("To", "apply@grants.example"),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Сообщение не доставлено: Re: Заявка на грант - Дмитрий Орлов"),
        ("References", mid),
        ("In-Reply-To", mid),
        ("X-Failed-Recipients", "climate-lab@googlegroups.example"),
        ("Message-ID", "<674461ab.050a0220.1e2c5.7f0aGMR@mx.google.example>"),
        ("Date", "Wed, 25 Nov 2026 03:40:11 -0800 (PST)"),
    ], text)
    robot("lists/40-google-groups-no-permission-ru.eml", m)


def f41():
    text = """This is an email abuse report for an email message received from IP 209.85.220.41 on Fri, 27 Nov 2026 09:12:44 +0000.
A recipient of this message marked it as spam. For more information about this format please see http://www.mipassoc.example/arf/.
Please do not reply to this message; this mailbox is not monitored."""
    fb = """Feedback-Type: abuse
User-Agent: MailboxFBL/2.1
Version: 1
Original-Mail-From: <apply@grants.example>
Original-Rcpt-To: <p.osei@bluewave-mail.example>
Arrival-Date: Fri, 27 Nov 2026 09:12:44 +0000
Reported-Domain: grants.example
Source-IP: 209.85.220.41
Authentication-Results: bluewave-mail.example; dkim=pass header.d=grants.example; spf=pass smtp.mailfrom=apply@grants.example
"""
    mid = our_id("20261127T091240", "51ab2e")
    raw = f"""Return-Path: <fbl-noreply@bluewave-mail.example>
Received: from fbl.bluewave-mail.example (fbl.bluewave-mail.example [198.51.100.201])
\tby {GWS} with ESMTPS id 4Qz8Lm1q2Wz7Tx
\tfor <apply@grants.example>; Fri, 27 Nov 2026 14:20:03 +0000 (UTC)
From: BlueWave Mail Feedback Loop <fbl-noreply@bluewave-mail.example>
To: apply@grants.example
Subject: FW: Re: Application - Prince Osei
Date: Fri, 27 Nov 2026 14:20:01 +0000
Message-ID: <fbl.20261127142001.8831@fbl.bluewave-mail.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
\tboundary="----=_Part_8831_1794406801"

------=_Part_8831_1794406801
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

{text}

------=_Part_8831_1794406801
Content-Type: message/feedback-report

{fb}
------=_Part_8831_1794406801
Content-Type: message/rfc822
Content-Disposition: inline

{our_headers("Prince Osei <p.osei@bluewave-mail.example>", "Re: Application - Prince Osei", "Fri, 27 Nov 2026 09:12:40 +0000", mid)}
{questions("Prince Osei")}
------=_Part_8831_1794406801--
"""
    robot("feedback/41-arf-abuse-report.eml", raw)


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------

def gmail_h(name, addr, subj, date, msgid, irt=None, to="apply@grants.example", extra=()):
    h = [
        ("Delivered-To", "apply@grants.example"),
        ("Return-Path", f"<{addr}>"),
        ("Received", f"by mail-sor-f41.google.example with SMTPS id a640c23a62f3a-a9a1f0e2c33sor1827741966b.5 for <apply@grants.example>; {date}"),
        ("DKIM-Signature", DKIM.format(d=addr.split("@")[1], s="20230601")),
        ("MIME-Version", "1.0"),
        ("From", f"{name} <{addr}>"),
        ("Date", date),
    ]
    if irt:
        h += [("References", irt), ("In-Reply-To", irt)]
    h += [("Message-ID", msgid), ("Subject", subj), ("To", to)] + list(extra)
    return h


def outlook_h(name, addr, subj, date, msgid, irt=None, lang="en-US", extra=()):
    h = [
        ("Return-Path", f"<{addr}>"),
        ("Received", f"from EUR05-VI1-obe.outbound.protection.outlook.example (mail-vi1eur05on2071.outbound.protection.outlook.example [40.107.21.71]) by {GWS} with ESMTPS id 4Qb1c2D3e4z5F6 for <apply@grants.example>; {date}"),
        ("DKIM-Signature", DKIM.format(d=addr.split("@")[1], s="selector1")),
        ("From", f"{name} <{addr}>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Subject", subj),
        ("Thread-Topic", subj[4:] if subj.lower().startswith("re: ") else subj),
        ("Thread-Index", "AQHbOk1z8Xk2pQ7rT0uVwYz3aBcDeF=="),
        ("Date", date),
        ("Message-ID", msgid),
    ]
    if irt:
        h += [("References", irt), ("In-Reply-To", irt)]
    h += [("Accept-Language", lang), ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if False else ""),
          ("X-MS-TNEF-Correlator", "")] + list(extra)
    return h


def gmail_quote(date_line, body):
    return f"\n\n{date_line}\n\n" + quote(body)


def p01():
    text = """Dear Grants Team,

Ẹ kú iṣẹ́ o! My name is Oluwaseun Bakare, a final-year PhD candidate in Agricultural Engineering at the Federal University of Technology, Akure.

I am writing to apply for the Northlight Early-Career Grant. My project looks at low-cost solar dryers for smallholder tomato farmers in Ondo State, where we lose nearly half of the harvest after picking.

Please find my CV attached. I am happy to send any other documents you need.

Thank you for your time.

Best regards,
Oluwaseun Bakare
+234 803 555 0147"""
    m = mk(gmail_h("Oluwaseun Bakare", "seun.bakare@gmail.example", "Application for Early-Career Grant - Oluwaseun Bakare",
                   "Mon, 2 Nov 2026 07:41:12 +0100", "<CAE3r9Uq0w1P7bT-Kx2mZs8VvN4@mail.gmail.example>"),
           text, '<div dir="ltr">' + text.replace("\n", "<br>") + "</div>",
           [("Oluwaseun_Bakare_CV.pdf", cv("Oluwaseun Bakare", ["PhD candidate, Agricultural Engineering, FUT Akure (2022-2026)",
             "B.Eng Agricultural Engineering, 2019", "Research: solar drying of perishable crops", "Email: seun.bakare@gmail.example"]),
             "application", "pdf")])
    human("01-new-application-nigeria.eml", m)


def p02():
    text = """Habari za asubuhi,

Naitwa Baraka Otieno kutoka Kisumu, Kenya. Ninaomba ruzuku ya Northlight kwa mradi wangu wa kufuatilia ubora wa maji katika Ziwa Victoria kwa kutumia vifaa vya bei nafuu.

(English: I am applying for the Northlight grant for my project monitoring water quality in Lake Victoria with low-cost sensors.)

Nimeambatisha CV yangu. Asante sana kwa kuzingatia ombi langu.

Wako,
Baraka Otieno
Maseno University"""
    m = mk(outlook_h("Baraka Otieno", "b.otieno@maseno-uni.example", "Ombi la ruzuku / Grant application - Baraka Otieno",
                     "Tue, 3 Nov 2026 06:12:55 +0000", "<DU0PR10MB7152D1F0A2B3@DU0PR10MB7152.EURPRD10.PROD.OUTLOOK.example>", lang="sw-KE"),
           text, None,
           [("CV_Baraka_Otieno.pdf", cv("Baraka Otieno", ["MSc Environmental Science, Maseno University (2024)",
             "Field officer, Lake Basin Water Watch (2021-2023)", "Skills: water sampling, Arduino, R"]), "application", "pdf")])
    human("02-new-application-kenya-sw.eml", m)


def p03():
    text = """आदरणीय महोदय/महोदया,

मैं अंजलि मिश्रा, भोपाल से, नॉर्थलाइट अर्ली-करियर ग्रांट के लिए आवेदन कर रही हूँ। मेरी परियोजना ग्रामीण स्कूलों में लड़कियों के लिए विज्ञान प्रयोगशालाएँ शुरू करने के बारे में है।

मेरा बायोडाटा (रिज़्यूमे) संलग्न है। कृपया बताएँ कि क्या किसी और दस्तावेज़ की आवश्यकता है।

धन्यवाद,
अंजलि मिश्रा
मोबाइल: +91 98765 01234"""
    m = mk(gmail_h("Anjali Mishra", "anjali.mishra.bpl@gmail.example", "ग्रांट हेतु आवेदन - अंजलि मिश्रा",
                   "Wed, 4 Nov 2026 10:02:31 +0530", "<CAMx7Hw2-Lk9T0q+v3ZpR1aY@mail.gmail.example>"),
           text, '<div dir="ltr">' + text.replace("\n", "<br>") + "</div>",
           [("Anjali_Mishra_Resume.pdf", cv("Anjali Mishra", ["M.Sc. Physics, Barkatullah University (2023)",
             "Science teacher, Government Girls School, Sehore (2023-)", "Project: rural science labs for girls"]), "application", "pdf")])
    human("03-new-application-india-hi.eml", m)


def p04():
    text = """প্রিয় গ্রান্টস টিম,

আমি তানভীর আহমেদ, চট্টগ্রাম বিশ্ববিদ্যালয়ের সমুদ্রবিজ্ঞান বিভাগের প্রভাষক। উপকূলীয় অঞ্চলে ম্যানগ্রোভ পুনরুদ্ধার নিয়ে আমার প্রকল্পের জন্য আমি এই অনুদানে আবেদন করতে চাই।

আমার সিভি ফাইলটি বড় হওয়ায় গুগল ড্রাইভ লিংক দিলাম:
https://drive.google.example/file/d/1Ab2Cd3Ef4Gh5Ij6Kl7Mn8Op9/view?usp=sharing

ধন্যবাদান্তে,
তানভীর আহমেদ"""
    m = mk(gmail_h("Tanvir Ahmed", "tanvir.ahmed.ctg@gmail.example", "অনুদানের আবেদন - তানভীর আহমেদ",
                   "Thu, 5 Nov 2026 21:14:08 +0600", "<CAD1pZk0=Qm4Yh8sW2eT7uR5@mail.gmail.example>"),
           text, '<div dir="ltr">' + text.replace("\n", "<br>") + "</div>")
    human("04-new-application-bangladesh-bn-drive-link.eml", m)


def p05():
    text = """Prezados,

Meu nome é Fernanda Lima, sou bióloga e pesquisadora no Recife. Gostaria de me candidatar à bolsa Northlight com um projeto sobre recifes de coral e branqueamento no litoral de Pernambuco.

Segue em anexo meu currículo (formato Word). Caso prefiram o Currículo Lattes, o link é http://lattes.cnpq.example/4812390011223344

Fico à disposição.

Abraços,
Fernanda Lima

Enviado do meu Galaxy"""
    m = mk([
        ("Return-Path", "<fernanda.lima@uol-mail.example>"),
        ("Received", rcv("smtp.uol-mail.example", "200.147.3.81", GWS, "Fri, 06 Nov 2026 13:20:11 +0000 (UTC)")),
        ("Date", "Fri, 06 Nov 2026 10:20:07 -0300"),
        ("From", "Fernanda Lima <fernanda.lima@uol-mail.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Candidatura bolsa Northlight - Fernanda Lima"),
        ("Message-ID", "<a3c1f7e2-0b9d-4e61-8f2a-5c7e1d0b3a99@uol-mail.example>"),
        ("User-Agent", "Android"),
    ], text, None, [("Curriculo_Fernanda_Lima.docx", tiny_docx(["Fernanda Lima - Currículo", "Bióloga, UFPE (2018)",
                     "Mestrado em Oceanografia (2021)", "Pesquisa: branqueamento de corais"]),
                    "application", "vnd.openxmlformats-officedocument.wordprocessingml.document")])
    human("05-new-application-brazil-pt-docx.eml", m)


def p06():
    text = """Buenas tardes:

Les escribo para postular a la beca Northlight 2027. Soy ingeniero civil y trabajo con comunidades de la Sierra de Oaxaca en sistemas de captación de agua de lluvia.

Adjunto mi CV en PDF. Quedo atento a cualquier pregunta.

Saludos cordiales,
Ing. Emiliano Cruz Hernández
Oaxaca, México"""
    m = mk(outlook_h("Emiliano Cruz Hernández", "emiliano.cruz@outlook-mx.example", "Postulación beca Northlight 2027",
                     "Fri, 6 Nov 2026 22:45:10 +0000", "<SJ0PR11MB5678E3A1C2@SJ0PR11MB5678.namprd11.prod.outlook.example>", lang="es-MX"),
           text, "<div>" + text.replace("\n", "<br>") + "</div>",
           [("CV Emiliano Cruz.pdf", cv("Emiliano Cruz Hernandez", ["Ingeniero Civil, UABJO (2020)",
             "Proyectos de captacion pluvial, Sierra Norte (2021-2026)"]), "application", "pdf")])
    human("06-new-application-mexico-es.eml", m)


def p07():
    text = """Kính gửi Ban tài trợ,

Tôi tên là Trần Minh Khoa, nghiên cứu viên tại Viện Khoa học Nông nghiệp miền Nam. Tôi xin nộp đơn cho chương trình tài trợ Northlight với dự án về giống lúa chịu mặn ở Đồng bằng sông Cửu Long.

Tôi gửi kèm sơ yếu lý lịch (CV). Rất mong nhận được phản hồi từ quý Ban.

Trân trọng,
Trần Minh Khoa"""
    m = mk(gmail_h("Trần Minh Khoa", "khoa.tranminh@gmail.example", "Đơn xin tài trợ - Trần Minh Khoa",
                   "Sat, 7 Nov 2026 09:31:44 +0700", "<CAHb4t8Qz+1Y@mail.gmail.example>"),
           text, '<div dir="ltr">' + text.replace("\n", "<br>") + "</div>",
           [("CV_TranMinhKhoa.pdf", cv("Tran Minh Khoa", ["Researcher, Southern Institute of Agricultural Sciences",
             "MSc Plant Breeding (2022)", "Salt-tolerant rice, Mekong Delta"]), "application", "pdf")])
    human("07-new-application-vietnam-vi.eml", m)


def p08():
    text = """Yth. Tim Hibah Northlight,

Perkenalkan, saya Siti Rahmawati dari Makassar. Saya ingin mengajukan permohonan hibah untuk proyek pengolahan sampah plastik menjadi paving block bersama kelompok pemuda di kampung saya.

Bersama email ini saya lampirkan CV saya. Terima kasih atas perhatiannya.

Hormat saya,
Siti Rahmawati"""
    m = mk([
        ("Return-Path", "<siti_rahma@yahoo-id.example>"),
        ("Received", rcv("sonic310-21.consmr.mail.sg3.yahoo.example", "106.10.244.31", GWS, "Sun, 08 Nov 2026 02:15:40 +0000 (UTC)")),
        ("DKIM-Signature", DKIM.format(d="yahoo-id.example", s="s2048")),
        ("Date", "Sun, 8 Nov 2026 02:15:38 +0000 (UTC)"),
        ("From", "Siti Rahmawati <siti_rahma@yahoo-id.example>"),
        ("To", "apply@grants.example"),
        ("Message-ID", "<1207734591.2231105.1793931338412@mail.yahoo.example>"),
        ("Subject", "Permohonan Hibah - Siti Rahmawati (Makassar)"),
        ("X-Mailer", "WebService/1.1.22806 YMailNorrin"),
    ], text + "\n\nDikirim dari Yahoo Mail di Android",
        None, [("CV Siti Rahmawati.pdf", cv("Siti Rahmawati", ["S1 Teknik Lingkungan, Universitas Hasanuddin (2021)",
               "Koordinator, Bank Sampah Pemuda (2022-)"]), "application", "pdf")])
    human("08-new-application-indonesia-id.eml", m)


def p09():
    text = """Sayın Hibe Ekibi,

Ben Emre Demir, Ankara'da bir elektrik-elektronik mühendisiyim. "Otomatik Sulama Kontrol Sistemi" adlı projemle Northlight Erken Kariyer Hibesi'ne başvurmak istiyorum. Proje, küçük çiftçiler için sensörlü ve güneş enerjili bir sulama sistemi geliştirmeyi amaçlıyor.

Özgeçmişim ektedir.

Saygılarımla,
Emre Demir"""
    m = mk(gmail_h("Emre Demir", "emre.demir.ank@gmail.example", "Başvuru: Otomatik Sulama Kontrol Sistemi - Emre Demir",
                   "Mon, 9 Nov 2026 11:05:02 +0300", "<CAPn0Lx5aT3k=Wq9@mail.gmail.example>"),
           text, '<div dir="ltr">' + text.replace("\n", "<br>") + "</div>",
           [("Emre_Demir_Ozgecmis.pdf", cv("Emre Demir", ["BSc Electrical-Electronics Engineering, METU (2021)",
             "Embedded engineer, Ankara (2021-)", "Project: automatic irrigation control"]), "application", "pdf")])
    human("09-new-application-turkey-tr-automatic-subject.eml", m)


def p10():
    text = """Добрий день!

Мене звати Андрій Шевчук, я аспірант Харківського національного університету. Подаю заявку на грант Northlight з проєктом щодо відновлення зруйнованих систем водопостачання в малих громадах.

Резюме додаю до листа.

З повагою,
Андрій Шевчук"""
    m = mk([
        ("Return-Path", "<a.shevchuk@ukr-mail.example>"),
        ("Received", rcv("frv196.fwdcdn.example", "212.42.77.196", GWS, "Tue, 10 Nov 2026 08:44:02 +0000 (UTC)")),
        ("Date", "Tue, 10 Nov 2026 10:43:59 +0200"),
        ("From", "Андрій Шевчук <a.shevchuk@ukr-mail.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Заявка на грант - Андрій Шевчук"),
        ("Message-ID", "<1793904239.881102000.7a1c2d9e@frv196.fwdcdn.example>"),
        ("X-Mailer", "ukr.net mail 2.0"),
    ], text, "<div>" + text.replace("\n", "<br>") + "</div>",
        [("Rezume_Shevchuk.pdf", cv("Andrii Shevchuk", ["PhD student, Karazin Kharkiv National University",
          "MSc Hydraulic Engineering (2023)"]), "application", "pdf")])
    human("10-new-application-ukraine-uk.eml", m)


def p11():
    text = """السادة فريق المنح المحترمين،

تحية طيبة وبعد،

أنا هدى سالم، مهندسة زراعية من أسيوط. أتقدم بطلب للحصول على منحة نورثلايت لمشروعي حول استخدام الري بالتنقيط لتقليل استهلاك المياه في زراعة القمح.

مرفق سيرتي الذاتية.

وتفضلوا بقبول فائق الاحترام،
هدى سالم"""
    m = mk(gmail_h("Hoda Salem", "hoda.salem.eg@gmail.example", "طلب منحة - هدى سالم",
                   "Wed, 11 Nov 2026 14:22:19 +0200", "<CALw3Xq9-pB0@mail.gmail.example>"),
           text, '<div dir="rtl">' + text.replace("\n", "<br>") + "</div>",
           [("Hoda_Salem_CV.pdf", cv("Hoda Salem", ["BSc Agricultural Engineering, Assiut University (2020)",
             "Irrigation engineer (2020-)"]), "application", "pdf")])
    human("11-new-application-egypt-ar.eml", m)


def p12():
    text = """안녕하세요, 그랜트 팀 담당자님.

저는 부산대학교 해양학과 박사과정 이수민입니다. 해양 미세플라스틱 분포 연구 프로젝트로 Northlight 초기 경력 연구비에 지원하고자 합니다.

이력서를 첨부합니다. 검토 부탁드립니다.

감사합니다.
이수민 드림"""
    m = mk([
        ("Return-Path", "<sumin.lee@naver-mail.example>"),
        ("Received", rcv("cvsmtppost05.nm.naver-mail.example", "125.209.224.5", GWS, "Thu, 12 Nov 2026 05:10:41 +0000 (UTC)")),
        ("Date", "Thu, 12 Nov 2026 14:10:39 +0900"),
        ("From", "이수민 <sumin.lee@naver-mail.example>"),
        ("To", "<apply@grants.example>"),
        ("Subject", "연구비 지원 신청 - 이수민 (부산대학교)"),
        ("Message-ID", "<9c2e1a7b3d4f5e60a1b2c3d4e5f6a7b8@cweb005.nm.naver-mail.example>"),
        ("X-Originating-IP", "211.36.150.22"),
    ], text, "<div>" + text.replace("\n", "<br>") + "</div>",
        [("LeeSumin_CV.pdf", cv("Lee Sumin", ["PhD student, Oceanography, Pusan National University",
          "Microplastics in coastal waters"]), "application", "pdf")])
    human("12-new-application-korea-ko.eml", m)


# replies ------------------------------------------------------------------------------------

def p13():
    mid = our_id("20261103T101422", "51c0d2")
    q = questions("Kojo")
    text = """Hello Grants Team,

Thanks for the quick reply. Here are my answers:

1. Solar cold rooms for fish traders in Elmina
2. 18 months
3. University of Cape Coast, Department of Fisheries
4. No

Regards,
Kojo Owusu""" + gmail_quote("On Tue, 3 Nov 2026 at 10:14, Grants Team <apply@grants.example> wrote:", q)
    m = mk(gmail_h("Kojo Owusu", "kojo.owusu@gmail.example", "Re: Application - Kojo Owusu",
                   "Tue, 3 Nov 2026 16:40:05 +0000", "<CAKj8Rt0sN5-hQ@mail.gmail.example>", irt=mid), text)
    human("13-reply-answers-gmail-quoted-en.eml", m)


def p14():
    mid = our_id("20261104T083300", "7c2e5b")
    q = questions("Claire")
    text = """Bonjour,

Voici mes réponses :
1. Titre : « Cartographie participative des zones inondables à Saint-Louis »
2. 12 mois
3. Université Gaston Berger, Saint-Louis (Sénégal)
4. Non, jamais

Bien cordialement,
Claire Ndiaye

________________________________
De : Grants Team <apply@grants.example>
Envoyé : mercredi 4 novembre 2026 08:33
À : Claire Ndiaye <claire.ndiaye@ugb-mail.example>
Objet : Re: Candidature - Claire Ndiaye

""" + q
    m = mk(outlook_h("Claire Ndiaye", "claire.ndiaye@ugb-mail.example", "RE: Candidature - Claire Ndiaye",
                     "Wed, 4 Nov 2026 12:05:44 +0000", "<PR3PR02MB6172B9A0@PR3PR02MB6172.eurprd02.prod.outlook.example>",
                     irt=mid, lang="fr-FR"), text, "<div>" + text.replace("\n", "<br>") + "</div>")
    human("14-reply-outlook-fr.eml", m)


def p15():
    mid = our_id("20261105T090102", "be31a7")
    text = """1. Flusslandschaften im Wandel – Renaturierung kleiner Bäche
2. 24 Monate
3. Verein Flusslandschaften e.V., Göttingen
4. Nein

Gruß
Jan"""
    m = mk([
        ("Return-Path", "<jan.hoffmann@posteo-de.example>"),
        ("Received", rcv("mout01.posteo-de.example", "185.67.36.65", GWS, "Thu, 05 Nov 2026 19:22:41 +0000 (UTC)")),
        ("Message-ID", "<3f1a9b2e-7c44-4d0e-a1b2-8e9f0d1c2b3a@posteo-de.example>"),
        ("Date", "Thu, 5 Nov 2026 20:22:39 +0100"),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Re: Bewerbung - Projekt Flusslandschaften"),
        ("Content-Language", "de-DE"),
        ("To", "Grants Team <apply@grants.example>"),
        ("References", mid),
        ("From", "Jan Hoffmann <jan.hoffmann@posteo-de.example>"),
        ("In-Reply-To", mid),
    ], text)
    human("15-reply-short-numbered-de.eml", m)


def p16():
    mid = our_id("20261106T004512", "2d8f0c")
    q = questions("Haruka")
    text = """Grants Team 御中

ご連絡ありがとうございます。ご質問への回答は以下の通りです。

1. 地方の小学校におけるプログラミング教育教材の開発
2. 12か月
3. 信州教育大学 教育学部
4. いいえ、初めての応募です。

よろしくお願いいたします。

佐藤 遥""" + gmail_quote("2026年11月6日(金) 9:45 Grants Team <apply@grants.example>:", q)
    m = mk(gmail_h("佐藤 遥", "haruka.sato.edu@gmail.example", "Re: 助成金への応募 - 佐藤遥",
                   "Fri, 6 Nov 2026 20:18:31 +0900", "<CAOk5qP1r+Zx2Q@mail.gmail.example>", irt=mid), text)
    human("16-reply-answers-ja.eml", m)


def p17():
    mid = our_id("20261107T023000", "0f6c1d")
    text = """您好！

感谢来信。以下是我的回答：

1. 项目名称：西北干旱地区节水灌溉技术推广
2. 项目周期：18个月
3. 依托单位：兰州农业大学资源与环境学院
4. 没有

此致
敬礼

刘洋

发自我的iPhone

------------------ 原始邮件 ------------------
发件人: "Grants Team" <apply@grants.example>
发送时间: 2026年11月7日(星期六) 上午10:30
收件人: "刘洋" <liuyang@lzau-mail.example>
主题: Re: 资助申请 - 刘洋"""
    m = mk([
        ("Return-Path", "<liuyang@lzau-mail.example>"),
        ("Received", rcv("out162-62-57-210.mail.qq.example", "162.62.57.210", GWS, "Sat, 07 Nov 2026 05:12:08 +0000 (UTC)")),
        ("From", "\"刘洋\" <liuyang@lzau-mail.example>"),
        ("To", "\"Grants Team\" <apply@grants.example>"),
        ("Subject", "回复：Re: 资助申请 - 刘洋"),
        ("Date", "Sat, 7 Nov 2026 13:12:05 +0800"),
        ("Message-ID", "<tencent_3B1F0A2C4D5E6F7A8B9C0D1E2F3A4B5C6D07@qq.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("X-Mailer", "iPhone Mail (20H19)"),
    ], text)
    human("17-reply-answers-zh-qq.eml", m)


def p18():
    mid = our_id("20261108T080011", "9a3e70")
    q = questions("Dmitry")
    text = """Здравствуйте!

Спасибо за ответ. Отвечаю на вопросы:

1. «Мониторинг таяния вечной мерзлоты с помощью дешёвых датчиков»
2. 20 месяцев
3. Якутский научный центр
4. Нет

С уважением,
Дмитрий Орлов

08.11.2026, 11:00, "Grants Team" <apply@grants.example>:
""" + quote(q)
    m = mk([
        ("Return-Path", "<d.orlov@yandex-mail.example>"),
        ("Received", rcv("forward500b.mail.yandex.example", "178.154.239.144", GWS, "Sun, 08 Nov 2026 09:31:02 +0000 (UTC)")),
        ("From", "Дмитрий Орлов <d.orlov@yandex-mail.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", "Re: Заявка на грант - Дмитрий Орлов"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
        ("Date", "Sun, 08 Nov 2026 12:31:00 +0300"),
        ("Message-Id", "<1382111793947460@mail.yandex.example>"),
    ], text)
    human("18-reply-answers-ru.eml", m)


def p19():
    mid = our_id("20261109T102000", "4b9d2f")
    text = """Dzień dobry,

w odpowiedzi na pytania:
1. Pszczoły w mieście – monitoring pasiek miejskich
2. 15 miesięcy
3. Fundacja Zielony Kraków (jestem tam koordynatorką)
4. Tak, w 2024 r. dostałam mały grant na warsztaty

Pozdrawiam serdecznie
Agnieszka Wójcik

W dniu 9.11.2026 o 11:20, Grants Team pisze:
> Dear Agnieszka,
>
> Thank you for your application to the Northlight Early-Career Grants 2027 round."""
    m = mk([
        ("Return-Path", "<biuro@zielony-krakow.example>"),
        ("Received", rcv("smtp.zielony-krakow.example", "192.0.2.233", GWS, "Mon, 09 Nov 2026 14:03:12 +0000 (UTC)")),
        ("Message-ID", "<e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7@zielony-krakow.example>"),
        ("Date", "Mon, 9 Nov 2026 15:03:10 +0100"),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Re: Wniosek - Fundacja Zielony Kraków"),
        ("To", "Grants Team <apply@grants.example>"),
        ("References", mid),
        ("From", "Fundacja Zielony Kraków <biuro@zielony-krakow.example>"),
        ("In-Reply-To", mid),
        ("Content-Language", "pl"),
    ], text)
    human("19-reply-answers-pl-role-address.eml", m)


def p20():
    mid = our_id("20261110T153010", "8d1e4c")
    text = """Buongiorno,

vi rispondo subito perché dal 20 novembre sarò in ferie e senza computer fino a gennaio.

1. Orti didattici nelle scuole della periferia di Palermo
2. 10 mesi
3. Associazione Terra e Scuola APS
4. No

Se serve altro scrivetemi entro il 19, grazie!

Marco Bellini

Inviato da Outlook per Android"""
    m = mk(outlook_h("Marco Bellini", "marco.bellini@outlook-it.example", "R: Candidatura - Marco Bellini",
                     "Tue, 10 Nov 2026 18:02:21 +0000", "<AS8PR09MB5411F0E1@AS8PR09MB5411.eurprd09.prod.outlook.example>",
                     irt=mid, lang="it-IT"), text)
    human("20-reply-answers-it-holiday-mention.eml", m)


def p21():
    mid = our_id("20261112T070707", "6e2a9b")
    q = questions("Ioana")
    text = """Bună ziua,

Răspunsurile mele:
1. Reciclarea textilelor în atelierele comunitare din Iași
2. 12 luni
3. Asociația Fir Verde
4. Nu

Mulțumesc frumos!
Ioana Popescu""" + gmail_quote("În joi, 12 nov. 2026 la 09:07, Grants Team <apply@grants.example> a scris:", q)
    m = mk(gmail_h("Ioana Popescu", "ioana.popescu.is@gmail.example", "Re: Aplicație - Ioana Popescu",
                   "Thu, 12 Nov 2026 11:48:50 +0200", "<CAJv1nR8-Tq3@mail.gmail.example>", irt=mid), text)
    human("21-reply-answers-ro.eml", m)


def p22():
    mid = our_id("20261113T081144", "c7a0e3")
    text = """Beste,

Hierbij mijn antwoorden:

1) Groene daken voor sociale woningbouw in Rotterdam-Zuid
2) 9 maanden
3) Stichting Dakpark Zuid
4) Nee

Met vriendelijke groet,
Sanne de Vries

-----Oorspronkelijk bericht-----
Van: Grants Team <apply@grants.example>
Verzonden: vrijdag 13 november 2026 09:11
Aan: Sanne de Vries <sanne@dakparkzuid.example>
Onderwerp: Re: Aanvraag - Sanne de Vries

Dear Sanne,

Thank you for your application to the Northlight Early-Career Grants 2027 round. ..."""
    m = mk(outlook_h("Sanne de Vries", "sanne@dakparkzuid.example", "RE: Aanvraag - Sanne de Vries",
                     "Fri, 13 Nov 2026 10:30:02 +0000", "<AM9PR05MB8801D2C3@AM9PR05MB8801.eurprd05.prod.outlook.example>",
                     irt=mid, lang="nl-NL"), text, "<div>" + text.replace("\n", "<br>") + "</div>")
    human("22-reply-answers-nl.eml", m)


def p23():
    mid = our_id("20261116T050000", "1a5c8e")
    text = """السلام علیکم،

آپ کے سوالات کے جوابات درج ذیل ہیں:

1. تھر کے دیہات میں شمسی توانائی سے پانی صاف کرنے کے پلانٹ
2. بارہ (12) مہینے
3. مہران یونیورسٹی آف انجینئرنگ، جامشورو
4. نہیں

شکریہ،
عائشہ خان"""
    m = mk(gmail_h("Ayesha Khan", "ayesha.khan.pk@gmail.example", "Re: Grant application - Ayesha Khan",
                   "Mon, 16 Nov 2026 13:25:10 +0500", "<CAB9kQm2+Pw7@mail.gmail.example>", irt=mid), text,
           '<div dir="rtl">' + text.replace("\n", "<br>") + "</div>")
    human("23-reply-answers-ur.eml", m)


def p24():
    mid = our_id("20261117T020202", "f0b4d1")
    text = """Dạ em chào anh chị,

Em xin trả lời các câu hỏi:
1. Ứng dụng di động hỗ trợ nông dân dự báo sâu bệnh
2. 12 tháng
3. Trường Đại học Cần Thơ
4. Chưa ạ

Em cảm ơn ạ.
Lê Thị Hồng

Sent from Yahoo Mail on Android"""
    m = mk([
        ("Return-Path", "<hong_le88@yahoo-vn.example>"),
        ("Received", rcv("sonic304-9.consmr.mail.sg3.yahoo.example", "106.10.241.9", GWS, "Tue, 17 Nov 2026 04:41:19 +0000 (UTC)")),
        ("DKIM-Signature", DKIM.format(d="yahoo-vn.example", s="s2048")),
        ("Date", "Tue, 17 Nov 2026 04:41:17 +0000 (UTC)"),
        ("From", "Hồng Lê <hong_le88@yahoo-vn.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Message-ID", "<588210447.3391024.1794198077311@mail.yahoo.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("Subject", "Re: Đơn xin tài trợ - Lê Thị Hồng"),
        ("X-Mailer", "WebService/1.1.22876 YMailAndroidMobile"),
    ], text)
    human("24-reply-answers-vi-yahoo.eml", m)


def p25():
    mid = our_id("20261118T090909", "2b6e9a")
    m = mk([
        ("Return-Path", "<lucas.martin@free-fr.example>"),
        ("Received", rcv("smtp6-g21.free-fr.example", "212.27.42.6", GWS, "Wed, 18 Nov 2026 09:20:44 +0000 (UTC)")),
        ("From", "Lucas Martin <lucas.martin@free-fr.example>"),
        ("Subject", "Re: Candidature - Lucas Martin"),
        ("Date", "Wed, 18 Nov 2026 10:20:41 +0100"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("To", "Grants Team <apply@grants.example>"),
        ("Message-Id", "<8E2B1C4A-3D5F-4A7B-9C0E-1F2A3B4C5D6E@free-fr.example>"),
        ("X-Mailer", "iPhone Mail (22B91)"),
    ], "Merci, bien reçu ! Je vous réponds ce soir.\n\nLucas\n\nEnvoyé de mon iPhone")
    human("25-thanks-short-fr-iphone.eml", m)


def p26():
    mid = our_id("20261119T133000", "5e8c1b")
    text = """Hola,

Disculpen la pregunta: ¿este correo es automático o lo escribió una persona? Es que no sé si debo responder las preguntas aquí mismo o llenar un formulario aparte.

Gracias,
Camila Rojas"""
    m = mk(gmail_h("Camila Rojas", "camila.rojas.cl@gmail.example", "Re: Postulación beca - Camila Rojas",
                   "Thu, 19 Nov 2026 10:45:12 -0300", "<CAG7tYp0-Xb1@mail.gmail.example>", irt=mid), text)
    human("26-question-is-this-automatic-es.eml", m)


def p27():
    text = """Habari,

Naomba kujua tarehe ya mwisho ya kutuma maombi ni lini? Na je, vikundi vya kijamii visivyosajiliwa vinaweza kuomba?

Asante,
Juma Said
Tanga"""
    m = mk(gmail_h("Juma Said", "jumasaid.tanga@gmail.example", "Swali kuhusu tarehe ya mwisho",
                   "Fri, 20 Nov 2026 08:14:30 +0300", "<CAM2uW9k+Rz0@mail.gmail.example>"), text)
    human("27-question-deadline-sw.eml", m)


def p28():
    mid = our_id("20261120T141500", "0a9f3c")
    text = """Hi,

Quick one before I'm out of office from tomorrow until 7 December (fieldwork, no signal):

1. Community seed banks in the Kathmandu valley
2. 12 months
3. Himalayan Seed Network, Lalitpur
4. No

My colleague Sunita (cc'd) can answer anything while I'm away.

Thanks,
Prakash Gurung"""
    m = mk(outlook_h("Prakash Gurung", "prakash@himalayan-seeds.example", "Out of office tomorrow - answers to your questions",
                     "Fri, 20 Nov 2026 15:02:39 +0000", "<KL1PR0601MB4433A7@KL1PR0601MB4433.apcprd06.prod.outlook.example>",
                     irt=mid, lang="en-GB", extra=[("Cc", "Sunita Tamang <sunita@himalayan-seeds.example>")]), text)
    human("28-out-of-office-tomorrow-answers-en.eml", m)


def p29():
    text = """ሰላም / Hello,

This is Meron Tadesse from the office of Addis Green Futures, a registered NGO in Addis Ababa. I am writing from our shared office address on behalf of our project lead, Dr. Yonas Bekele, who is travelling.

We would like to apply to the Northlight grant for our urban composting project in Kolfe Keranio sub-city. Dr. Yonas's CV is attached.

Please reply to this address; the whole team reads it.

Best regards,
Meron Tadesse
Office Manager, Addis Green Futures"""
    m = mk([
        ("Return-Path", "<office@addisgreen.example>"),
        ("Received", rcv("mail.addisgreen.example", "196.188.120.40", GWS, "Mon, 23 Nov 2026 06:30:02 +0000 (UTC)")),
        ("From", "Addis Green Futures <office@addisgreen.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Application - Addis Green Futures (urban composting)"),
        ("Date", "Mon, 23 Nov 2026 09:30:00 +0300"),
        ("Message-ID", "<20261123093000.1f2e3d4c@addisgreen.example>"),
        ("X-Mailer", "Roundcube Webmail/1.6.9"),
    ], text, None, [("CV_Dr_Yonas_Bekele.pdf", cv("Dr. Yonas Bekele", ["PhD Environmental Science, Addis Ababa University",
                     "Project lead, Addis Green Futures"]), "application", "pdf")])
    human("29-role-office-address-ngo-ethiopia.eml", m)


def p30():
    text = """Dear Northlight Grants Team,

The Research Grants Office at Northbay University confirms that Dr. Hannah Lewis's application is submitted with the support of the University, which will host the grant if it is awarded.

Our institutional details:
- Legal name: Northbay University
- Finance contact: research-finance@northbay-uni.example

Please copy this address (research-office@northbay-uni.example) on any correspondence about the award.

Kind regards,
Research Grants Office
Northbay University"""
    m = mk(outlook_h("Research Grants Office", "research-office@northbay-uni.example",
                     "Institutional support - Dr Hannah Lewis application",
                     "Tue, 24 Nov 2026 11:18:05 +0000", "<CWLP123MB5567B1@CWLP123MB5567.GBRP123.PROD.OUTLOOK.example>",
                     lang="en-GB", extra=[("Cc", "Hannah Lewis <h.lewis@northbay-uni.example>")]), text)
    human("30-role-research-office-en.eml", m)


def p31():
    mid = our_id("20261124T073000", "ddc3f5")
    text = """Καλησπέρα σας,

Σας γράφουμε από τη γενική διεύθυνση του συνεταιρισμού μας. Απαντήσεις στις ερωτήσεις σας:

1. Ηλιακοί ξηραντήρες για σύκα στην Κύμη
2. 12 μήνες
3. Αγροτικός Συνεταιρισμός Κύμης
4. Όχι

Με εκτίμηση,
Ελένη Γεωργίου
για τον Αγροτικό Συνεταιρισμό Κύμης"""
    m = mk([
        ("Return-Path", "<info@kymi-coop.example>"),
        ("Received", rcv("mail.kymi-coop.example", "192.0.2.118", GWS, "Tue, 24 Nov 2026 16:40:33 +0000 (UTC)")),
        ("From", "Συνεταιρισμός Κύμης <info@kymi-coop.example>"),
        ("To", "apply@grants.example"),
        ("Subject", "Re: Αίτηση - Συνεταιρισμός Κύμης"),
        ("Date", "Tue, 24 Nov 2026 18:40:30 +0200"),
        ("Message-ID", "<b7c8d9e0f1a2@kymi-coop.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text)
    human("31-role-info-address-coop-el.eml", m)


def p32():
    text = """Dear Grants Team,

Please find attached my letter of reference for Ms Priya Nair, who has applied to your Early-Career Grants programme.

I supervised Priya's MSc thesis on groundwater arsenic in West Bengal and can recommend her without reservation. I am sending this from our departmental office account as my own mailbox is being migrated this week; please reply to either address.

With best wishes,
Prof. S. Banerjee
Head, Department of Earth Sciences
Eastern Institute of Science"""
    m = mk([
        ("Return-Path", "<earthsci-office@eis-kolkata.example>"),
        ("Received", rcv("smtp.eis-kolkata.example", "203.0.113.12", GWS, "Wed, 25 Nov 2026 05:55:12 +0000 (UTC)")),
        ("From", "Dept. of Earth Sciences Office <earthsci-office@eis-kolkata.example>"),
        ("Reply-To", "Prof. S. Banerjee <s.banerjee@eis-kolkata.example>, earthsci-office@eis-kolkata.example"),
        ("To", "apply@grants.example"),
        ("Subject", "Reference letter - Priya Nair"),
        ("Date", "Wed, 25 Nov 2026 11:25:10 +0530"),
        ("Message-ID", "<1794031510.55120@eis-kolkata.example>"),
        ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4546)"),
    ], text, None, [("Reference_Priya_Nair.pdf", tiny_pdf(["Letter of Reference - Priya Nair",
                     "To the Northlight Grants Committee,", "I have known Ms Priya Nair since 2022 as her MSc supervisor.",
                     "She is careful, independent and well liked by the villages she works with.",
                     "Prof. S. Banerjee, Eastern Institute of Science"]), "application", "pdf")])
    human("32-referee-department-office-address.eml", m)


def p33():
    text = """Hello,

I'm going on leave on Friday and won't be reachable until January, so I'm sending my reference for Tomás Herrera now rather than waiting for the formal request.

Tomás worked in my lab for three years on drought-resistant beans. He is one of the most capable young researchers I have supervised, and his project is well within his reach.

If you need the reference on letterhead, my assistant can send it next week.

Regards,
Dr. Isabel Fuentes
Centro de Investigación Agrícola del Valle"""
    m = mk(gmail_h("Isabel Fuentes", "isabel.fuentes@ciav-research.example", "Reference for Tomás Herrera (before my leave)",
                   "Thu, 26 Nov 2026 17:02:44 -0500", "<CAF0bX3q-Lm8@mail.gmail.example>"), text)
    human("33-referee-before-leave-en.eml", m)


def p34():
    mid = our_id("20261126T120001", "91d7e2")
    text = """CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.

Estimados:

Con gusto confirmo que conozco a Mateo Rojas desde 2021 y que recomiendo su postulación. Mateo fue asistente de investigación en nuestro laboratorio de energía solar y demostró gran responsabilidad y creatividad.

Quedo a disposición para cualquier consulta.

Atentamente,
Dr. Ricardo Paredes
Profesor Titular, Facultad de Ingeniería
Universidad Técnica del Pacífico

________________________________
De: Grants Team <apply@grants.example>
Enviado: jueves, 26 de noviembre de 2026 12:00
Para: Ricardo Paredes <rparedes@utpacifico.example>
Asunto: Reference request - Mateo Rojas

Este mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario."""
    m = mk(outlook_h("Ricardo Paredes", "rparedes@utpacifico.example", "[EXTERNAL] RE: Reference request - Mateo Rojas",
                     "Thu, 26 Nov 2026 19:44:10 +0000", "<BN0PR19MB5300E6F1@BN0PR19MB5300.namprd19.prod.outlook.example>",
                     irt=mid, lang="es-PE", extra=[
                         ("X-MS-Exchange-Organization-AuthAs", "Internal"),
                         ("X-MS-Exchange-Organization-SCL", "1"),
                         ("X-Mimecast-Spam-Score", "0"),
                         ("X-Mimecast-MFC-AGG-ID", "utpacifico.example"),
                         ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "BN0PR19MB5300"),
                     ]), text, "<div>" + text.replace("\n", "<br>") + "</div>")
    human("34-referee-external-tag-es.eml", m)


def p35():
    mid = our_id("20261127T081500", "3c0e8d")
    text = """Hi Grants Team,

Sorry for the delay — our mail filter held your message for a few days.

1. Mangrove nurseries run by fisher cooperatives in Lamu
2. 14 months
3. Lamu Coastal Trust
4. No

Best,
Fatuma Ali

--
Lamu Coastal Trust | www.lamucoastal.example

This message has been scanned for viruses and dangerous content by MailGuard and is believed to be clean.
The information in this email is confidential and intended solely for the addressee."""
    m = mk([
        ("Return-Path", "<fatuma.ali@lamucoastal.example>"),
        ("Received", f"from us-smtp-delivery-44.mimecast.example (us-smtp-delivery-44.mimecast.example [205.139.111.44]) by {GWS} with ESMTPS id 4R0m7x3dLz9Qp for <apply@grants.example>; Fri, 27 Nov 2026 12:30:12 +0000 (UTC)"),
        ("X-MC-Unique", "Qm7tR0kVPd6Nw3bY4xZ2hA-1"),
        ("X-Mimecast-MFC-PROC-ID", "20261127_123011_2c91a5"),
        ("From", "Fatuma Ali <fatuma.ali@lamucoastal.example>"),
        ("To", "Grants Team <apply@grants.example>"),
        ("Subject", "Re: Application - Lamu Coastal Trust"),
        ("Date", "Fri, 27 Nov 2026 15:30:08 +0300"),
        ("Message-ID", "<8c1f2e3d4b5a6978@lamucoastal.example>"),
        ("In-Reply-To", mid),
        ("References", mid),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-Scanned-By", "MailGuard 3.1"),
    ], text)
    human("35-reply-gateway-scanned-disclaimer-en.eml", m)


ALL = [b01, b02, b03, b04, b05, b06, d07, d08, d09, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20,
       o21, o22, o23, o24, l25, l26, l27, l28, h29, h30, h31, h32, h33, h34, c35, c36, r37, r38, g39, g40, f41,
       p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20,
       p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35]

if __name__ == "__main__":
    for f in ALL:
        f()
    import json
    print(json.dumps(LABELS, ensure_ascii=False, indent=1))
