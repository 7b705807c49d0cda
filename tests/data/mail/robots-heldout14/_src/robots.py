from common import *

W = "written-robots/"

# ---------------------------------------------------------------- bounces
def b01():
    th = Thread("Kwame Mensah", "k.mensah@ug-alumni.example", "Application: Harbourline Fellowship 2027 (Research track)",
                D(3, 14, 21, 18, "+0000"), "<CAH7k2pQm9XbE0v1r=Fz6sTqW4yN8uJd3LcA@mail.gmail.com>")
    d = D(3, 14, 22, 9)
    qid = "4R7kLm2xQbz9sVT"
    bnd = "%s.%d/mail.ug-alumni.example" % (qid, int(d.timestamp()))
    h = inbound(d, "mail.ug-alumni.example", "198.51.100.23", "<>", spf="pass")
    h += "Received: by mail.ug-alumni.example (Postfix)\n\tid %s; Tue,  3 Nov 2026 14:22:06 +0000 (GMT)\n" % qid[:11]
    h += "Date: Tue,  3 Nov 2026 14:22:06 +0000 (GMT)\nFrom: MAILER-DAEMON@mail.ug-alumni.example (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nTo: apply@grants.example\nAuto-Submitted: auto-replied\n"
    txt = """This is the mail system at host mail.ug-alumni.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kwame.mensah.gh@gmail.example> (expanded from <k.mensah@ug-alumni.example>):
    host gmail-smtp-in.l.google.com[142.250.102.27] said: 550-5.1.1 The
    email account that you tried to reach does not exist. Please try
    550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser
    a640c23a62f3a-ab7c1f2e5d1si4471832566b.311 - gsmtp (in reply to RCPT TO
    command)
"""
    ds = """Reporting-MTA: dns; mail.ug-alumni.example
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: Tue,  3 Nov 2026 14:22:05 +0000 (GMT)

Final-Recipient: rfc822; kwame.mensah.gh@gmail.example
Original-Recipient: rfc822;k.mensah@ug-alumni.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. For more information, go
    to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser
    a640c23a62f3a-ab7c1f2e5d1si4471832566b.311 - gsmtp
""" % qid[:11]
    orig = "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n\tby mail.ug-alumni.example (Postfix) with ESMTPS id %s\n\tfor <k.mensah@ug-alumni.example>; Tue,  3 Nov 2026 14:22:05 +0000 (GMT)\n" % qid[:11] + th.ack_full()
    part = M("report", [
        R("Content-Description: Notification\nContent-Type: text/plain; charset=utf-8", txt),
        R("Content-Description: Delivery report\nContent-Type: message/delivery-status", ds),
        R("Content-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit", orig)],
        boundary=bnd, params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.\n\n")
    part = (part[0] + "Content-Transfer-Encoding: 8bit\nMessage-Id: <20261103142206.5A1C4180D21@mail.ug-alumni.example>\n", part[1])
    write(W + "bounce/01-postfix-user-unknown.eml", h, part)

def b02():
    th = Thread("Ibrahim Musa", "ibrahim.musa@abu-zaria.example", "Harbourline Fellowship application - Ibrahim Musa",
                D(4, 9, 2, 41, "+0100"), "<DB9PR10MB6543A1B2C3D4E5F6A7B8C9D0E1F2A3B4@DB9PR10MB6543.EURPRD10.PROD.OUTLOOK.COM>")
    d = D(4, 8, 5, 37)
    bnd = "1762243537-eximdsn-1804289383"
    h = inbound(d, "mx1.abu-zaria.example", "198.51.100.77", "<>")
    h += "Received: from Debian-exim by mx1.abu-zaria.example with local (Exim 4.96)\n\tid 1vQx7a-0003Kp-2B\n\tfor apply@grants.example;\n\tWed, 04 Nov 2026 09:05:37 +0100\n"
    h += "X-Failed-Recipients: ibrahim.musa@abu-zaria.example\nAuto-Submitted: auto-replied\nFrom: Mail Delivery System <Mailer-Daemon@mx1.abu-zaria.example>\nTo: apply@grants.example\n"
    h += "References: %s\nContent-Type: multipart/report; report-type=delivery-status; boundary=%s\nMIME-Version: 1.0\nSubject: Mail delivery failed: returning message to sender\nMessage-Id: <E1vQx7a-0003Kp-2B@mx1.abu-zaria.example>\nDate: Wed, 04 Nov 2026 09:05:37 +0100\n" % (th.ack_mid, bnd)
    body = """--%s
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ibrahim.musa@abu-zaria.example
    mailbox is full: retry timeout exceeded

--%s
Content-type: message/delivery-status

Reporting-MTA: dns; mx1.abu-zaria.example

Action: failed
Final-Recipient: rfc822;ibrahim.musa@abu-zaria.example
Status: 5.0.0

--%s
Content-type: message/rfc822

Return-path: <apply@grants.example>
Envelope-to: ibrahim.musa@abu-zaria.example
Delivery-date: Wed, 04 Nov 2026 09:03:31 +0100
Received: from mail-sor-f41.google.com ([209.85.220.41])
\tby mx1.abu-zaria.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.96)
\t(envelope-from <apply@grants.example>)
\tid 1vQx5X-0003Gk-0s
\tfor ibrahim.musa@abu-zaria.example;
\tWed, 04 Nov 2026 09:03:31 +0100
%s
--%s--
""" % (bnd, bnd, bnd, th.ack_full(), bnd)
    write(W + "bounce/02-exim-mailbox-full.eml", h, ("", body), mime=False)

def b03():
    th = Thread("Dr. Rohan Sharma", "r.sharma@physics.iitx.example", "Application for Harbourline Fellowship - Rohan Sharma",
                D(5, 15, 51, 2, "+0530"), "<CAJx9Vb3wqN2t+Yk1mF8o0h7zE6aR5sdP1uQnL@mail.gmail.com>")
    d = D(5, 15, 52, 30, "+0530")
    qid = "5A5AMq1H012345"
    bnd = "%s.%d/smtp.iitx.example" % (qid, int(d.timestamp()))
    h = inbound(d, "smtp.iitx.example", "203.0.113.130", "<>")
    h += "Received: from localhost (localhost)\n\tby smtp.iitx.example (8.17.1/8.17.1) id %s;\n\t%s\n" % (qid, F(d))
    h += "Date: %s\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@smtp.iitx.example>\nMessage-Id: <202611051022.%s@smtp.iitx.example>\nTo: <apply@grants.example>\n" % (F(d), qid)
    h += "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"%s\"\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n" % bnd
    txt = """The original message was received at Thu, 5 Nov 2026 15:52:10 +0530
from mail-sor-f41.google.com [209.85.220.41]

   ----- The following addresses had permanent fatal errors -----
<r.sharma@physics.iitx.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <r.sharma@physics.iitx.example>... Host unknown (Name server: mailhost.physics.iitx.example.: host not found)
"""
    ds = """Reporting-MTA: dns; smtp.iitx.example
Received-From-MTA: DNS; mail-sor-f41.google.com
Arrival-Date: Thu, 5 Nov 2026 15:52:10 +0530

Final-Recipient: RFC822; r.sharma@physics.iitx.example
Action: failed
Status: 5.1.2
Remote-MTA: DNS; mailhost.physics.iitx.example
Last-Attempt-Date: Thu, 5 Nov 2026 15:52:30 +0530
"""
    body = "This is a MIME-encapsulated message\n\n--%s\n\n%s\n--%s\nContent-Type: message/delivery-status\n\n%s\n--%s\nContent-Type: message/rfc822\n\n%s\n--%s--\n\n" % (
        bnd, txt, bnd, ds, bnd, th.ack_full(), bnd)
    write(W + "bounce/03-sendmail-host-unknown.eml", h, ("", body))

def b04():
    th = Thread("Wanjiru Kamau", "wanjiru.k@tumaini-ngo.example", "Fellowship application - Community track",
                D(6, 11, 40, 0, "+0300"), "<000001dc4e5a$8f1b2c30$ad518490$@tumaini-ngo.example>")
    d = D(6, 8, 41, 12)
    h = inbound(d, "mail.kenet-host.example", "198.51.100.140", "<>")
    h += "Received: (qmail 28411 invoked for bounce); 6 Nov 2026 08:41:12 -0000\nDate: 6 Nov 2026 08:41:12 -0000\nFrom: MAILER-DAEMON@mail.kenet-host.example\nTo: apply@grants.example\nSubject: failure notice\n"
    body = """Hi. This is the qmail-send program at mail.kenet-host.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<wanjiru.k@tumaini-ngo.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <apply@grants.example>
Received: (qmail 28402 invoked from network); 6 Nov 2026 08:41:11 -0000
Received: from mail-sor-f41.google.com (209.85.220.41)
  by mail.kenet-host.example with SMTP; 6 Nov 2026 08:41:11 -0000
""" + th.ack_full()
    write(W + "bounce/04-qmail-no-mailbox.eml", h, ("", body), mime=False)

def b05():
    th = Thread("Tran Minh Quan", "tran.minh.quan@hcmus-mail.example", "Application - Harbourline Fellowship - Tran Minh Quan",
                D(6, 17, 13, 5, "+0700"), "<SEZPR06MB5269C9D2E1F0A3B4C5D6E7F8A9B0C1D2@SEZPR06MB5269.apcprd06.prod.outlook.com>")
    d = D(6, 10, 13, 50)
    h = "Delivered-To: apply@grants.example\nReceived: by 2002:a05:7010:%s:b0:%s:%s:%s with SMTP id %s;\n        %s\nReturn-Path: <>\n" % (hx(4), hx(3), hx(3), hx(4), an(6).lower(), F_pst(d))
    h += "Received: by 2002:a05:6a20:%s with SMTP id %s for <apply@grants.example>;\n        %s\n" % (hx(4), an(12).lower(), F_pst(d))
    h += "Content-Type: multipart/report; boundary=\"000000000000d0a1b2061f5e9c3a\"; report-type=delivery-status\nReturn-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: apply@grants.example\n"
    h += "Auto-Submitted: auto-replied\nMessage-ID: <672b4f3e.050a0220.%s.%sGMR@mx.google.com>\nDate: %s\nSubject: Delivery Status Notification (Failure)\nReferences: %s\nIn-Reply-To: %s\nX-Failed-Recipients: tran.minh.quan@hcmus-mail.example\n" % (
        hx(5), hx(4), F_pst(d), th.ack_mid, th.ack_mid)
    t = """
** Address not found **

Your message wasn't delivered to tran.minh.quan@hcmus-mail.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <tran.minh.quan@hcmus-mail.example>: Recipient address rejected: User unknown in local recipient table
"""
    html_ = """<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">
Address not found
</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">
Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>tran.minh.quan@hcmus-mail.example</b></a> because the address couldn't be found, or is unable to receive mail.
</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">
<a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response from the remote server was:<br/>
<p style="font-family:monospace">
550 5.1.1 &lt;tran.minh.quan@hcmus-mail.example&gt;: Recipient address rejected: User unknown in local recipient table
</p>
</td>
</tr>
</tbody></table>
</body>
</html>
"""
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    rel = M("related", [M("alternative", [T(t, cs="UTF-8", quote_cs=False), T(html_, "html", cs="UTF-8", quote_cs=False)], boundary="000000000000d0a1b9061f5e9c4b"),
                        ("Content-Type: image/png; name=\"icon.png\"\nContent-Disposition: attachment; filename=\"icon.png\"\nContent-Transfer-Encoding: base64\nContent-ID: <icon.png>\n", b64(png))], boundary="000000000000d0a1b5061f5e9c41")
    ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; apply@grants.example
Arrival-Date: %s
X-Original-Message-ID: %s

Final-Recipient: rfc822; tran.minh.quan@hcmus-mail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.hcmus-mail.example. (203.0.113.9, the server for the
 domain hcmus-mail.example.)
Diagnostic-Code: smtp; 550 5.1.1 <tran.minh.quan@hcmus-mail.example>: Recipient address rejected: User unknown in local recipient table
Last-Attempt-Date: %s
""" % (F_pst(th.ack_date), th.ack_mid, F_pst(d))
    body = M("report", [rel, R("Content-Type: message/delivery-status", ds), R("Content-Type: message/rfc822", th.ack_full())], boundary="000000000000d0a1b2061f5e9c3a")[1]
    write(W + "bounce/05-gmail-address-not-found.eml", h, ("", body))

def b06():
    th = Thread("Camila Rojas Pineda", "camila.rojas@unal-edu.example", "Solicitud beca Harbourline - Camila Rojas",
                D(9, 8, 30, 12, "-0500"), "<CAN4w1fJ7uR2Zk0yT9sB3pQ6eXvM5a8Lh1dC@mail.gmail.com>")
    d = D(9, 13, 31, 40)
    mid, srv = exid("BN0PR02MB", "namprd02.prod.outlook.com")
    h = inbound(d, "NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.237.91", "<>")
    h += "Received: from BN0PR02MB%04d.namprd02.prod.outlook.com ([fe80::%s]) by\n BN0PR02MB%04d.namprd02.prod.outlook.com ([fe80::%s%%5]) with mapi id\n 15.20.8158.017; %s\n" % (rnd.randint(1000,9999), hx(4), rnd.randint(1000,9999), hx(4), F(d))
    h += "From: Microsoft Outlook <postmaster@unaledu.onmicrosoft.com>\nTo: <apply@grants.example>\nDate: %s\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"d2f5e9b1-7c3a-4e0d-9a61-3b8f2c4d5e6f\"\nX-MS-Exchange-Message-Is-Ndr:\nContent-Language: es-ES\nMessage-ID: %s\nIn-Reply-To: %s\nReferences: %s\nThread-Topic: %s\nThread-Index: %s\nSubject: %s\nAuto-Submitted: auto-replied\nX-MS-PublicTrafficType: Email\nX-MS-Exchange-Organization-SCL: -1\n" % (
        F(d), mid, th.ack_mid, th.ack_mid, ew(th.re), thread_index(), ew("No se puede entregar: " + th.re))
    t = """No se pudo entregar su mensaje a camila.rojas@unal-edu.example porque el buzón del destinatario está lleno.

camila.rojas@unal-edu.example
Buzón lleno

Acción requerida                                             Destinatario
Pida al destinatario que libere espacio en su buzón y vuelva a enviar el mensaje más tarde.

Cómo solucionarlo
El destinatario debe eliminar elementos de su buzón o pedir a su administrador que aumente la cuota de almacenamiento. Después, vuelva a enviar el mensaje.

Más información para los profesionales de TI: https://docs.microsoft.com/es-es/exchange/incoming-email-rejected-because-mailbox-full

Detalles del informe de mensaje no entregado
------------------------------------------------
Servidor de generación: BN0PR02MB7710.namprd02.prod.outlook.com

camila.rojas@unal-edu.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox /o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=4f2a6c1d9e8b4a7c/cn=camila.rojas.[EndDiagnosticData]'

Encabezados del mensaje original:

"""
    t += th.ack_headers()
    htm = html_wrap("<p><b><font color=\"#000000\" size=\"3\" face=\"Segoe UI\">No se pudo entregar su mensaje a <a href=\"mailto:camila.rojas@unal-edu.example\">camila.rojas@unal-edu.example</a> porque el buzón del destinatario está lleno.</font></b></p>\n<p>Acción requerida: pida al destinatario que libere espacio en su buzón y vuelva a enviar el mensaje más tarde.</p>\n<p><b>Cómo solucionarlo</b><br>El destinatario debe eliminar elementos de su buzón o pedir a su administrador que aumente la cuota de almacenamiento.</p>\n<pre>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</pre>")
    ds = """Reporting-MTA: dns;BN0PR02MB7710.namprd02.prod.outlook.com
Received-From-MTA: dns;mail-sor-f41.google.com
Arrival-Date: %s

Final-Recipient: rfc822;camila.rojas@unal-edu.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]
""" % F(th.ack_date)
    body = M("report", [M("alternative", [T(t, cte="quoted-printable", quote_cs=False), T(htm, "html", cte="quoted-printable", quote_cs=False)], boundary="a81b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d"),
                        R("Content-Type: message/delivery-status", ds), R("Content-Type: text/rfc822-headers", th.ack_headers())], boundary="d2f5e9b1-7c3a-4e0d-9a61-3b8f2c4d5e6f")[1]
    write(W + "bounce/06-m365-ndr-spanish.eml", h + "MIME-Version: 1.0\n", ("", "This is a multi-part message in MIME format.\n" + body), mime=False)

def b07():
    th = Thread("Markus Keller", "m.keller@fh-nordland.example", "Bewerbung Harbourline Fellowship 2027 / Markus Keller",
                D(10, 10, 12, 3, "+0100"), "<a3f1c2d4-5b6e-7f80-9a1b-2c3d4e5f6a7b@fh-nordland.example>")
    d = D(10, 10, 13, 2, "+0100")
    h = inbound(d, "mail.fh-nordland.example", "198.51.100.201", "<>")
    h += "Received: from EXCH02.fh-nordland.example (10.1.20.12) by EXCH01.fh-nordland.example\n (10.1.20.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; %s\n" % F(d)
    h += "From: Microsoft Outlook <postmaster@fh-nordland.example>\nTo: <apply@grants.example>\nDate: %s\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"2b9c1e4f-0d3a-45b7-8c6e-1f2a3b4c5d6e\"\nX-MS-Exchange-Message-Is-Ndr:\nContent-Language: de-DE\nMessage-ID: <8c1e2f3a-4b5c-4d6e-9f70-81a2b3c4d5e6@EXCH02.fh-nordland.example>\nIn-Reply-To: %s\nReferences: %s\nSubject: %s\nAuto-Submitted: auto-replied\n" % (
        F(d), th.ack_mid, th.ack_mid, ew("Unzustellbar: " + th.re))
    t = """Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

m.keller@fh-nordland.example
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenden Sie sich an Ihr Helpdesk, wenn das Problem weiterhin besteht.








Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.fh-nordland.example

m.keller@fh-nordland.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprüngliche Nachrichtenkopfzeilen:

""" + th.ack_headers()
    ds = "Reporting-MTA: dns;EXCH02.fh-nordland.example\nReceived-From-MTA: dns;mail-sor-f41.google.com\nArrival-Date: %s\n\nFinal-Recipient: rfc822;m.keller@fh-nordland.example\nAction: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n" % F(th.ack_date)
    body = M("report", [T(t, cte="quoted-printable", cs="iso-8859-1", quote_cs=False), R("Content-Type: message/delivery-status", ds), R("Content-Type: message/rfc822", th.ack_full())], boundary="2b9c1e4f-0d3a-45b7-8c6e-1f2a3b4c5d6e")[1]
    write(W + "bounce/07-exchange-ndr-german.eml", h + "MIME-Version: 1.0\n", ("", body), mime=False)

def b08():
    th = Thread("Анна Соколова", "anna.sokolova@sibirnet.example", "Заявка на Harbourline Fellowship / Anna Sokolova",
                D(11, 12, 4, 55, "+0700"), "<1731301495.482910@sibirnet.example>")
    d = D(11, 5, 6, 20)
    bnd = "1762837580-sibirnet-dsn-77121"
    h = inbound(d, "mx2.sibirnet.example", "198.51.100.66", "<>")
    h += "Received: from localhost by mx2.sibirnet.example with local id 1vSa3k-00078f-Qm; Wed, 11 Nov 2026 12:06:20 +0700\n"
    h += "From: Почтовая служба sibirnet.example <MAILER-DAEMON@mx2.sibirnet.example>\n".replace("Почтовая служба sibirnet.example", ew("Почтовая служба sibirnet.example"))
    h += "To: apply@grants.example\nSubject: %s\nDate: Wed, 11 Nov 2026 12:06:20 +0700\nMessage-Id: <1vSa3k-00078f-Qm@mx2.sibirnet.example>\nAuto-Submitted: auto-replied\nX-Failed-Recipients: anna.sokolova@sibirnet.example\n" % ew("Недоставленное сообщение")
    t = """Здравствуйте!

Это сообщение было создано автоматически почтовым сервером mx2.sibirnet.example.

К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям:

<anna.sokolova@sibirnet.example>: 550 5.2.1 Mailbox disabled (почтовый ящик заблокирован)

Пожалуйста, проверьте правильность адреса получателя или свяжитесь с ним другим способом.

Письмо, которое вы отправили, приложено ниже.

--
Почтовая служба sibirnet.example
https://help.sibirnet.example/mail
"""
    ds = "Reporting-MTA: dns; mx2.sibirnet.example\n\nAction: failed\nFinal-Recipient: rfc822;anna.sokolova@sibirnet.example\nStatus: 5.2.1\nDiagnostic-Code: smtp; 550 5.2.1 Mailbox disabled\n"
    part = M("report", [T(t, cte="base64"), R("Content-Type: message/delivery-status", ds), R("Content-Type: text/rfc822-headers", th.ack_headers())], boundary=bnd, params=" report-type=delivery-status;")
    write(W + "bounce/08-russian-provider-bounce.eml", h, part)

# ---------------------------------------------------------------- out of office
def o01():
    th = Thread("Grace Wanjiku", "g.wanjiku@strathmore-ngo.example", "Application for Harbourline Fellowship - Practice track",
                D(2, 9, 48, 10, "+0300"), "<CAM8pq2Lr7nTz0c4VhE1yK3sWb6uXo9dFj5iA@mail.gmail.com>")
    exchange_ooo(W + "out-of-office/01-exchange-english.eml", th, "Grace Wanjiku", "g.wanjiku@strathmore-ngo.example", "Automatic reply:",
                 """Thank you for your email.

I am out of the office from Monday 2 November until Friday 13 November, attending the regional WASH conference in Kisumu, with limited access to email.

For urgent programme matters please contact my colleague Peter Otieno at p.otieno@strathmore-ngo.example or call +254 20 555 0190.

Kind regards,
Grace Wanjiku
Programme Manager | Strathmore Community Trust
""", D(2, 6, 49, 3))

def o02():
    th = Thread("خالد العتيبي", "k.alotaibi@kfu-mail.example", "طلب الالتحاق بزمالة Harbourline 2027",
                D(3, 13, 15, 0, "+0300"), "<AS8PR07MB7911E2D3C4B5A6978812AB34CD56EF78@AS8PR07MB7911.eurprd07.prod.outlook.com>")
    exchange_ooo(W + "out-of-office/02-exchange-arabic.eml", th, "خالد العتيبي", "k.alotaibi@kfu-mail.example", "رد تلقائي:",
                 """السلام عليكم ورحمة الله وبركاته،

شكراً لرسالتك. أنا خارج المكتب حتى يوم الأحد 15 نوفمبر 2026، ولن أتمكن من الرد على البريد الإلكتروني خلال هذه الفترة.
سأقوم بالرد على رسالتك فور عودتي.

للأمور العاجلة، يرجى التواصل مع سكرتارية القسم على البريد: dept-office@kfu-mail.example

مع خالص التحية،
د. خالد العتيبي
""", D(3, 10, 15, 49), lang="ar-SA", rtl=True, region=("AS8PR07MB", "eurprd07.prod.outlook.com"))

def o03():
    th = Thread("Elif Yılmaz", "elif.yilmaz@metu-alumni.example", "Başvuru - Harbourline Fellowship (Research)",
                D(9, 10, 5, 0, "+0300"), "<VI1PR02MB6014F1E2D3C4B5A69788AB12CD34EF56@VI1PR02MB6014.eurprd02.prod.outlook.com>")
    exchange_ooo(W + "out-of-office/03-exchange-turkish.eml", th, "Elif Yılmaz", "elif.yilmaz@metu-alumni.example", "Otomatik yanıt:",
                 """Merhaba,

9-20 Kasım tarihleri arasında yıllık izindeyim ve e-postalarıma erişimim sınırlı olacaktır. Döndüğümde size en kısa sürede dönüş yapacağım.

Acil konular için lütfen proje asistanımız Burak Demir ile iletişime geçiniz: burak.demir@metu-alumni.example

İyi çalışmalar,
Elif Yılmaz
""", D(9, 7, 5, 44), lang="tr-TR", region=("VI1PR02MB", "eurprd02.prod.outlook.com"))

def o04():
    th = Thread("佐藤 美咲", "misaki.sato@kyoto-lab.example", "Harbourline Fellowship への応募（佐藤美咲）",
                D(6, 18, 2, 0, "+0900"), "<TYCPR01MB8543A9B8C7D6E5F40312AB34CD56EF78@TYCPR01MB8543.jpnprd01.prod.outlook.com>")
    exchange_ooo(W + "out-of-office/04-exchange-japanese.eml", th, "佐藤 美咲", "misaki.sato@kyoto-lab.example", "自動応答:",
                 """お世話になっております。

誠に勝手ながら、11月6日（金）から11月16日（月）まで海外出張のため不在にしております。
この期間中はメールの確認が遅れる場合がございます。
お急ぎのご用件は、研究室事務（lab-office@kyoto-lab.example）までご連絡ください。

ご迷惑をおかけいたしますが、何卒よろしくお願い申し上げます。

佐藤 美咲
""", D(6, 9, 2, 51), lang="ja-JP", cs="iso-2022-jp", region=("TYCPR01MB", "jpnprd01.prod.outlook.com"), helo="JPN01-TYC-obe.outbound.protection.outlook.com", ip="40.107.114.90")

def o05():
    th = Thread("王磊", "wanglei@sjtu-research.example", "申请 Harbourline Fellowship 2027 - 王磊",
                D(12, 21, 30, 0, "+0800"), "<tencent_3F2A1B0C9D8E7F6A5B4C3D2E1F0A@qq.example>")
    exchange_ooo(W + "out-of-office/05-exchange-chinese.eml", th, "王磊", "wanglei@sjtu-research.example", "自动回复:",
                 """您好！

我目前正在休假，将于11月23日返回办公室。休假期间查看邮件的时间有限，可能无法及时回复。
如有急事，请联系课题组秘书李老师：li.office@sjtu-research.example

谢谢！
王磊
""", D(12, 13, 31, 2), lang="zh-CN", cs="gb2312", region=("SI2PR06MB", "apcprd06.prod.outlook.com"), helo="APC01-SG2-obe.outbound.protection.outlook.com", ip="40.107.215.61")

def gmail_vacation(rel, th, from_name, from_addr, subject, text, d, auto=True, ip="209.85.220.41", html_dir="ltr", quote_original=False):
    mid = "<CA%s@mail.gmail.com>" % an(40)
    dom = from_addr.split("@")[1]
    h = inbound(d, "mail-sor-f41.google.com", ip, "<%s>" % from_addr, dkim_domain=dom, dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=" + dom)
    h += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=google; t=%d; x=%d; darn=grants.example;\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s\n" % (dom, int(d.timestamp()), int(d.timestamp()) + 604800, an(43), an(70))
    h += "X-Google-Smtp-Source: AGHT+I%s\nX-Received: by 2002:a05:6512:%s with SMTP id %s;\n        %s\n" % (an(40), hx(4), an(12).lower(), F_pst(d))
    h += "MIME-Version: 1.0\nReferences: %s %s\nIn-Reply-To: %s\n" % (th.app_mid, th.ack_mid, th.ack_mid)
    if auto:
        h += "Auto-Submitted: auto-replied\n"
    h += "From: %s\nDate: %s\nMessage-ID: %s\nSubject: %s\nTo: Grants Team <apply@grants.example>\n" % (addr(from_name, from_addr), F(d), mid, ew(subject))
    b = "0000000000%s" % hx(18)
    import html as H
    htxt = '<div dir="%s">' % html_dir + "<br>".join(H.escape(l) for l in text.rstrip("\n").split("\n")) + "</div>"
    plain = text
    if quote_original:
        plain = text + "\n" + gmail_attrib(quote_original) + "\n" + quote(ACK_BODY)
        htxt += '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (H.escape(gmail_attrib(quote_original).strip()), ack_html_quote())
    part = M("alternative", [T(plain, cs="UTF-8", cte=None if is_ascii(plain) else "base64", quote_cs=False), T(htxt + "\n", "html", cs="UTF-8", cte=None if is_ascii(htxt) else "base64", quote_cs=False)], boundary=b)
    write(rel, h, part, mime=False)

def o06():
    th = Thread("Anita Verma", "anita.verma@jnu-alumni.example", "Application - Harbourline Fellowship - Anita Verma",
                D(10, 11, 20, 0, "+0530"), "<CAPa8bX1nQ2v3R4s5T6u7V8w9XyZ0aBcDeFgHiJ@mail.gmail.com>")
    gmail_vacation(W + "out-of-office/06-gmail-vacation-hindi.eml", th, "Anita Verma", "anita.verma@jnu-alumni.example", "छुट्टी पर / On leave",
                   """नमस्ते,

आपके ईमेल के लिए धन्यवाद। मैं 10 नवंबर से 20 नवंबर तक छुट्टी पर हूँ और इस दौरान ईमेल नियमित रूप से नहीं देख पाऊँगी। वापस आने पर मैं आपको जवाब दूँगी।

Thank you for your email. I am on leave until 20 November and will reply on my return.

सादर,
अनीता वर्मा
""", D(10, 5, 51, 12))

def o07():
    th = Thread("Amina Chepkoech", "amina@maji-safi-ngo.example", "Harbourline Fellowship - application (Community)",
                D(12, 8, 10, 0, "+0300"), "<CAB2x9Yq1Wm8pLn4Zr7cT0sVb5uEo3dHk6jFa@mail.gmail.com>")
    gmail_vacation(W + "out-of-office/07-gmail-vacation-swahili.eml", th, "Amina Chepkoech", "amina@maji-safi-ngo.example", "Nje ya ofisi / Out of office",
                   """Habari,

Asante kwa barua pepe yako. Niko nje ya ofisi kwa kazi ya shambani huko Turkana hadi tarehe 18 Novemba, na sina mtandao wa uhakika. Nitajibu barua yako nitakaporudi.

Kwa mambo ya dharura, tafadhali wasiliana na Bw. Otieno kupitia otieno@maji-safi-ngo.example.

---
Thank you for your email. I am in the field in Turkana until 18 November with limited connectivity and will reply when I am back.

Amina Chepkoech
Maji Safi Initiative
""", D(12, 5, 11, 3))

def o08():
    th = Thread("Javier Morales", "javier.morales@ecoandes.example", "Postulación Harbourline Fellowship - Javier Morales",
                D(13, 9, 0, 0, "-0300"), "<1731499200123.7741.javier.morales@ecoandes.example>")
    d = D(13, 12, 1, 5)
    dom = "ecoandes.example"
    h = inbound(d, "sender4-op-o12.zoho.com", "136.143.188.12", "<javier.morales@ecoandes.example>", dkim_domain=dom, dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=" + dom)
    h += "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none; \n\td=zohomail.com; s=zohoarc; \n\tb=%s\nReceived: by mx.zohomail.com with SMTPS id %d%s; %s\n" % (int(d.timestamp()), an(60), int(d.timestamp()*1000), rnd.randint(100,999), F(d.astimezone(dt.timezone(dt.timedelta(hours=-3)))))
    h += "Date: %s\nFrom: Javier Morales <javier.morales@ecoandes.example>\nTo: \"apply\" <apply@grants.example>\nMessage-Id: <%d.%d@ecoandes.example>\nIn-Reply-To: %s\nReferences: %s %s\nSubject: %s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; \n\tboundary=\"----=_Part_2419_%d.%d\"\nAuto-Submitted: auto-replied\nX-Mailer: Zoho Mail\nX-ZohoMail-Autoreply: true\n" % (
        F(d.astimezone(dt.timezone(dt.timedelta(hours=-3)))), int(d.timestamp()*1000), rnd.randint(10**9, 10**10), th.ack_mid, th.app_mid, th.ack_mid, ew("Respuesta automática: " + th.re), rnd.randint(10**8,10**9), int(d.timestamp()*1000))
    t = """Hola:

Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 16 de noviembre, sin acceso regular al correo electrónico. Responderé a su mensaje a mi regreso.

Si su consulta es urgente, puede escribir a contacto@ecoandes.example.

Saludos cordiales,
Javier Morales
Fundación EcoAndes
"""
    b = h.split('boundary="')[1].split('"')[0]
    import html as H
    body = M("alternative", [T(t, cte="quoted-printable", quote_cs=False), T("<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head><body><div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">" + "<br>".join(H.escape(l) for l in t.strip().split("\n")) + "</div><br></body></html>\n", "html", cte="quoted-printable", quote_cs=False)], boundary=b)[1]
    write(W + "out-of-office/08-zoho-spanish.eml", h, ("", body), mime=False)

def o09():
    th = Thread("Jonas Becker", "jonas@becker-studio.example", "Bewerbung Harbourline Fellowship – Practice Track",
                D(16, 9, 12, 0, "+0100"), "<b7e0a1d2-6c4f-4f2a-9e3b-1a2b3c4d5e6f@app.fastmail.example>")
    d = D(16, 8, 12, 50)
    h = inbound(d, "fout-b1-smtp.messagingengine.com", "202.12.124.144", "<jonas@becker-studio.example>", dkim_domain="becker-studio.example", dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=becker-studio.example")
    h += "Received: from phl-compute-05.internal (phl-compute-05.phl.internal [10.202.2.45])\n\tby mailfout.phl.internal (Postfix) with ESMTP id 2F1C21380112\n\tfor <apply@grants.example>; Mon, 16 Nov 2026 03:12:50 -0500 (EST)\n"
    h += "Received: from phl-imap-11 ([10.202.2.101])\n  by phl-compute-05.internal (MEProxy); Mon, 16 Nov 2026 03:12:50 -0500\n"
    h += "Date: Mon, 16 Nov 2026 09:12:50 +0100\nFrom: Jonas Becker <jonas@becker-studio.example>\nTo: apply@grants.example\nSubject: %s\nMessage-Id: <cyrus-vacation-%s@phl-imap-11>\nIn-Reply-To: %s\nAuto-Submitted: auto-replied (vacation)\nX-Sieve: CMU Sieve 3.0\n" % (ew("Auto: " + th.re), hx(16), th.ack_mid)
    t = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20. November nicht im Büro und lese meine E-Mails nur unregelmäßig. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen erreichen Sie mein Studio unter +49 40 5550 1234.

Mit freundlichen Grüßen
Jonas Becker
"""
    write(W + "out-of-office/09-fastmail-german.eml", h, T(t, cte="quoted-printable", quote_cs=False))

def o10():
    th = Thread("Claire Dubois", "claire.dubois@proton.example", "Candidature – bourse Harbourline 2027 (volet Recherche)",
                D(17, 22, 40, 0, "+0100"), "<Zq9eR1tM2nB3vC4xL5kJ6hG7fD8sA0pO@proton.example>")
    d = D(17, 21, 40, 52)
    h = inbound(d, "mail-4322.protonmail.ch", "185.70.43.22", "<claire.dubois@proton.example>", dkim_domain="proton.example", dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=proton.example")
    h += "Date: Tue, 17 Nov 2026 21:40:52 +0000\nTo: Grants Team <apply@grants.example>\nFrom: Claire Dubois <claire.dubois@proton.example>\nSubject: %s\nMessage-ID: <%s@proton.example>\nIn-Reply-To: %s\nReferences: %s %s\nAuto-Submitted: auto-replied\nX-Autoreply: yes\nX-Pm-Message-ID: %s\nX-Pm-Origin: internal\nX-Pm-Content-Encryption: end-to-end\n" % (
        ew("Réponse automatique : " + th.re), an(40), th.ack_mid, th.app_mid, th.ack_mid, an(48))
    t = """Bonjour,

Je suis en congé jusqu'au lundi 23 novembre inclus, sans accès à ma messagerie. Votre message ne sera pas transféré ; je vous répondrai dès mon retour.

Pour toute urgence, merci de contacter le secrétariat du laboratoire : secretariat@lab-geo.example

Bien cordialement,
Claire Dubois

Envoyé avec la messagerie sécurisée Proton Mail.
"""
    import html as H
    write(W + "out-of-office/10-proton-french.eml", h, M("alternative", [T(t, cte="quoted-printable"), T('<div style="font-family: Arial, sans-serif; font-size: 14px;">' + "<br>".join(H.escape(l) for l in t.strip().split("\n")) + "</div>\n", "html", cte="base64")], boundary="b1=_" + an(40)))

def o11():
    th = Thread("Tanvir Ahmed", "tanvir.ahmed.bd@gmail.example", "Application for Harbourline Fellowship - Tanvir Ahmed",
                D(18, 23, 5, 0, "+0600"), "<CAL5tQ2w9rT8yU7iO6pA5sD4fG3hJ2kL1zXcVbN@mail.gmail.com>")
    gmail_vacation(W + "out-of-office/11-gmail-filter-template-bengali.eml", th, "Tanvir Ahmed", "tanvir.ahmed.bd@gmail.example", th.re,
                   """আসসালামু আলাইকুম,

আপনার ইমেইলের জন্য ধন্যবাদ। আমি ১৯ নভেম্বর থেকে ৩০ নভেম্বর পর্যন্ত ছুটিতে আছি এবং এই সময়ে নিয়মিত ইমেইল দেখতে পারব না। ফিরে এসে আপনার সাথে যোগাযোগ করব।

জরুরি প্রয়োজনে আমার সহকর্মী রাশেদ হাসানকে লিখুন: rashed.hasan@gmail.example

ধন্যবাদান্তে,
তানভীর আহমেদ
""", D(19, 2, 14, 31), auto=False)

def o12():
    th = Thread("Magdalena Wiśniewska", "m.wisniewska@uw-instytut.example", "Zgłoszenie - Harbourline Fellowship 2027",
                D(20, 8, 55, 0, "+0100"), "<DU0PR03MB8760B1A2C3D4E5F60718293A4B5C6D7E@DU0PR03MB8760.eurprd03.prod.outlook.com>")
    d = D(20, 7, 56, 40)
    mid, srv = exid("DU0PR03MB", "eurprd03.prod.outlook.com")
    h = inbound(d, "EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.55", "<m.wisniewska@uw-instytut.example>", dkim_domain="uw-instytut.example", dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=uw-instytut.example")
    h += eop_received(srv, "eurprd03.prod.outlook.com", d)
    h += "From: =?utf-8?B?TWFnZGFsZW5hIFdpxZtuaWV3c2th?= <m.wisniewska@uw-instytut.example>\nTo: Grants Team <apply@grants.example>\nSubject: %s\nThread-Topic: %s\nThread-Index: %s\nDate: %s\nMessage-ID: %s\nAccept-Language: pl-PL, en-US\nContent-Language: pl-PL\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\nx-ms-exchange-messagesentrepresentingtype: 1\nx-ms-publictraffictype: Email\nx-ms-traffictypediagnostic: %s:EE_|AS8PR03MB%04d:EE_\n" % (
        ew("Nieobecność w biurze"), ew("Nieobecność w biurze"), thread_index(), F(d), mid, srv, rnd.randint(1000,9999))
    t = """Dzień dobry,

dziękuję za wiadomość. Do 27 listopada przebywam na urlopie i nie mam dostępu do poczty. Odpowiem niezwłocznie po powrocie.

W pilnych sprawach proszę o kontakt z sekretariatem Instytutu: sekretariat@uw-instytut.example, tel. 22 555 12 34.

Z poważaniem
Magdalena Wiśniewska
"""
    b = "_000_%s%s_" % (srv, hx(24).upper())
    write(W + "out-of-office/12-outlook-rule-template-polish.eml", h, M("alternative", [T(t, cte="base64", quote_cs=False), T(html_wrap(paras_html(t)), "html", cte="base64", quote_cs=False)], boundary=b))

def o13():
    th = Thread("Ελένη Παπαδοπούλου", "eleni.papadopoulou@auth-mail.example", "Αίτηση - Harbourline Fellowship 2027",
                D(23, 10, 30, 0, "+0200"), "<8F2C1A3B-4D5E-4F60-9A7B-8C9D0E1F2A3B@auth-mail.example>")
    d = D(23, 8, 31, 14)
    h = inbound(d, "smtp.auth-mail.example", "198.51.100.184", "<eleni.papadopoulou@auth-mail.example>", dkim_domain="auth-mail.example")
    h += "Received: from smtpclient.apple ([2a02:587:%s::%s])\n\tby smtp.auth-mail.example (Postfix) with ESMTPSA id 4Rb1x20jQ7z3wYp\n\tfor <apply@grants.example>; Mon, 23 Nov 2026 10:31:14 +0200 (EET)\n" % (hx(4), hx(3))
    h += "Content-Type: multipart/alternative;\n\tboundary=\"Apple-Mail=_6F1A2B3C-4D5E-4F60-8A7B-9C0D1E2F3A4B\"\nMime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))\nSubject: %s\nFrom: %s\nIn-Reply-To: %s\nDate: Mon, 23 Nov 2026 10:31:14 +0200\nReferences: %s %s\nTo: Grants Team <apply@grants.example>\nMessage-Id: <D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70@auth-mail.example>\nX-Mailer: Apple Mail (2.3826.300.87.4.3)\n" % (
        ew(th.re), addr("Ελένη Παπαδοπούλου", "eleni.papadopoulou@auth-mail.example"), th.ack_mid, th.app_mid, th.ack_mid)
    t = """Καλημέρα σας,

Σας ευχαριστώ για το μήνυμά σας. Βρίσκομαι σε άδεια έως τις 30 Νοεμβρίου με περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Θα σας απαντήσω το συντομότερο δυνατόν μετά την επιστροφή μου.

Με εκτίμηση,
Ελένη Παπαδοπούλου

> Στις 23 Νοε 2026, στις 10:31 π.μ., ο χρήστης Grants Team <apply@grants.example> έγραψε:
> 
""" + quote(ACK_BODY)
    import html as H
    htm = '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + "<br>".join(H.escape(l) for l in t.split("\n> Στις")[0].strip().split("\n")) + '<br><div><br><blockquote type="cite"><div>Στις 23 Νοε 2026, στις 10:31 π.μ., ο χρήστης Grants Team &lt;apply@grants.example&gt; έγραψε:</div><br><div>' + ack_html_quote() + "</div></blockquote></div><br></body></html>\n"
    body = M("alternative", [T(t, cte="quoted-printable", quote_cs=False), T(htm, "html", cte="quoted-printable", quote_cs=False)], boundary="Apple-Mail=_6F1A2B3C-4D5E-4F60-8A7B-9C0D1E2F3A4B")[1]
    write(W + "out-of-office/13-apple-mail-rule-greek.eml", h, ("", body), mime=False)

ALL = [b01, b02, b03, b04, b05, b06, b07, b08, o01, o02, o03, o04, o05, o06, o07, o08, o09, o10, o11, o12, o13]
