# -*- coding: utf-8 -*-
"""Bounces, delay, quota and quarantine notices."""
from lib import *

OUT = []
def add(path, content):
    OUT.append(('written-robots/' + path, content))

POSTFIX_HEAD = """This is the mail system at host mail.grants.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

"""

# 01 -- our Postfix, Gmail says no such user (applicant mistyped the Reply-To)
t = Thread('Brian Otieno', 'brain.otieno@gmail.example', 'Application: Solar kiosks for Kisumu market traders', 2, 9, 58, 'CFF-27-0107', their_id='<CAJx7bQm2Vw0pT1rR5d+Yq8kKJ3uH9ZxW@mail.gmail.example>')
qid = '4QkTz52mZ1z9vJr'
b = f'{qid}.1793613407/mail.grants.example'
notif = POSTFIX_HEAD + f"""<brain.otieno@gmail.example>: host gmail-smtp-in.l.google.example[192.0.2.27]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try 550-5.1.1 double-checking the recipient's email address for
    typos or 550-5.1.1 unnecessary spaces. For more information, go to 550
    5.1.1  https://support.google.example/mail/?p=NoSuchUser
    a640c23a62f3a-a9e5c3b2b7fsi1234567b.512 - gsmtp (in reply to RCPT TO command)
"""
dsn = f"""Reporting-MTA: dns; mail.grants.example
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: Mon,  2 Nov 2026 09:59:05 +0000 (UTC)

Final-Recipient: rfc822; brain.otieno@gmail.example
Original-Recipient: rfc822;brain.otieno@gmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.example
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try 550-5.1.1 double-checking the recipient's email
    address for typos or 550-5.1.1 unnecessary spaces. For more information,
    go to 550 5.1.1  https://support.google.example/mail/?p=NoSuchUser
    a640c23a62f3a-a9e5c3b2b7fsi1234567b.512 - gsmtp
"""
body = multi('report', [
    text(notif, charset='us-ascii', desc='Notification'),
    raw_part('message/delivery-status', dsn, desc='Delivery report'),
    raw_part('message/rfc822', t.our_message(), desc='Undelivered Message'),
], boundary=b, params=' report-type=delivery-status;', preamble='This is a MIME-encapsulated message.\n')
add('bounce/01-postfix-gmail-no-such-user.eml', message([
    ('Return-Path', '<>'),
    ('X-Original-To', 'apply@grants.example'),
    ('Delivered-To', 'apply@grants.example'),
    ('Received', f'by mail.grants.example (Postfix)\n\tid {qid}; Mon,  2 Nov 2026 09:59:07 +0000 (UTC)'),
    ('Date', 'Mon,  2 Nov 2026 09:59:07 +0000 (UTC)'),
    ('From', 'MAILER-DAEMON@mail.grants.example (Mail Delivery System)'),
    ('Subject', 'Undelivered Mail Returned to Sender'),
    ('To', 'apply@grants.example'),
    ('Auto-Submitted', 'auto-replied'),
    ('MIME-Version', '1.0'),
    ('Content-Transfer-Encoding', '8bit'),
    ('Message-Id', f'<20261102095907.{qid}@mail.grants.example>'),
], body))

# 02 -- our Postfix, delay warning (Yahoo deferral)
t = Thread('Nadia Rahman', 'nadia.rahman84@yahoo.example', 'Grant application - sewing training for women in Sylhet', 4, 6, 40, 'CFF-27-0163', their_id='<1093847566.2384716.1793773200512@mail.yahoo.example>')
qid = '4QmB0h1xGkz7wQs'
b = f'{qid}.1793789012/mail.grants.example'
notif = """This is the mail system at host mail.grants.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<nadia.rahman84@yahoo.example>: host mta6.am0.yahoodns.example[198.51.100.26]
    said: 421 4.7.0 [TSS04] Messages from 203.0.113.45 temporarily deferred due
    to unexpected volume or user complaints - 4.16.55.1; see
    https://postmaster.yahooinc.example/error-codes (in reply to MAIL FROM
    command)
"""
dsn = f"""Reporting-MTA: dns; mail.grants.example
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: Wed,  4 Nov 2026 06:41:12 +0000 (UTC)

Final-Recipient: rfc822; nadia.rahman84@yahoo.example
Original-Recipient: rfc822;nadia.rahman84@yahoo.example
Action: delayed
Status: 4.7.0
Remote-MTA: dns; mta6.am0.yahoodns.example
Diagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages from 203.0.113.45
    temporarily deferred due to unexpected volume or user complaints -
    4.16.55.1; see https://postmaster.yahooinc.example/error-codes
Will-Retry-Until: Mon,  9 Nov 2026 06:41:12 +0000 (UTC)
"""
body = multi('report', [
    text(notif, charset='us-ascii', desc='Notification'),
    raw_part('message/delivery-status', dsn, desc='Delivery report'),
    raw_part('text/rfc822-headers', t.our_header_block(), desc='Undelivered Message Headers'),
], boundary=b, params=' report-type=delivery-status;', preamble='This is a MIME-encapsulated message.\n')
add('delay/01-postfix-delayed-yahoo-deferral.eml', message([
    ('Return-Path', '<>'),
    ('X-Original-To', 'apply@grants.example'),
    ('Delivered-To', 'apply@grants.example'),
    ('Received', f'by mail.grants.example (Postfix)\n\tid {qid}; Wed,  4 Nov 2026 10:43:32 +0000 (UTC)'),
    ('Date', 'Wed,  4 Nov 2026 10:43:32 +0000 (UTC)'),
    ('From', 'MAILER-DAEMON@mail.grants.example (Mail Delivery System)'),
    ('Subject', 'Delayed Mail (still being retried)'),
    ('To', 'apply@grants.example'),
    ('Auto-Submitted', 'auto-replied'),
    ('MIME-Version', '1.0'),
    ('Content-Transfer-Encoding', '8bit'),
    ('Message-Id', f'<20261104104332.{qid}@mail.grants.example>'),
], body))

# 03 -- Exchange Online NDR, recipient not found (English)
t = Thread('Kampala Youth Tech Hub', 'info@kampalayouth.example', 'Application – Youth Tech Hub Kampala (digital skills for school leavers)', 3, 13, 20, 'CFF-27-0131')
ndr_id = f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@AM9PR04MB8422.eurprd04.prod.outlook.example>'
txt = f"""Your message to info@kampalayouth.example couldn't be delivered.

info wasn't found at kampalayouth.example.

apply            Office 365            info
Action Required                         Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

  *   Retype the recipient's address, then resend the message - If you're using Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon. In Outlook on the web, select this NDR, then select the link "To send this message again, click here." Then delete and retype the entire recipient address. If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click Send.
  *   Contact the recipient (by phone, for example) to check that the address exists and is correct.
  *   The recipient may have set up email forwarding to an incorrect address. Ask them to check that any forwarding they've set up is working correctly.
  *   Clear the recipient Auto-Complete List in Outlook or Outlook on the web by following the steps in this article: Fix email delivery issues for error code 5.1.10 in Office 365<https://go.microsoft.example/fwlink/?LinkId=532972>, and then send the message again. Retype the entire recipient address before selecting Send.

If the problem continues, forward this message to your email admin. If you're an email admin, refer to the More Info for Email Admins section below.

Was this helpful? Send feedback to Microsoft<https://go.microsoft.example/fwlink/?LinkId=525920>.
________________________________

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain. The error is reported by the recipient domain's email server, but most often it must be fixed by the person who sent the message. If the steps in the How to Fix It section above don't fix the problem, and you're the email admin for the recipient, try one or more of the following:

The email address exists and is correct - Confirm that the recipient address exists, is correct, and is accepting messages.

Synchronization issues - If you're using directory synchronization make sure the recipient's email address is synchronized correctly in both Office 365 and in your on-premises directory.

For more information and tips to fix this issue see this article: https://go.microsoft.example/fwlink/?LinkId=532972.

Original Message Details
Created Date:    11/3/2026 1:21:44 PM
Sender Address:  apply@grants.example
Recipient Address:       info@kampalayouth.example
Subject: Re: Application – Youth Tech Hub Kampala (digital skills for school leavers)

Error Details
Error:   550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient info@kampalayouth.example not found by SMTP address lookup
Message rejected by:     AM9PR04MB8422.eurprd04.prod.outlook.example

Notification Details
Sent by:         AM9PR04MB8422.eurprd04.prod.outlook.example

Message Hops
HOP     TIME (UTC)      FROM    TO      WITH    RELAY TIME
1       11/3/2026       mail.grants.example     AM4PEPF00027A64.mail.protection.outlook.example Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)      1 sec
1:21:45 PM
2       11/3/2026       AM4PEPF00027A64.eurprd04.prod.outlook.example   AM9PR04MB8422.eurprd04.prod.outlook.example     Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)      *
1:21:45 PM
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:16px;font-weight:bold">Your message to <a href="mailto:info@kampalayouth.example">info@kampalayouth.example</a> couldn't be delivered.</p>
<p style="font-size:21px;color:#c00000"><b>info</b> wasn't found at kampalayouth.example.</p>
<table><tr><td>apply</td><td>Office 365</td><td>info</td></tr>
<tr><td><b>Action Required</b></td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:</p>
<ul><li>Retype the recipient's address, then resend the message.</li>
<li>Contact the recipient (by phone, for example) to check that the address exists and is correct.</li>
<li>The recipient may have set up email forwarding to an incorrect address.</li></ul>
<p>If the problem continues, forward this message to your email admin.</p>
<hr><p><b>More Info for Email Admins</b><br>Status code: 550 5.1.10</p>
<p>Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient info@kampalayouth.example not found by SMTP address lookup<br>
Message rejected by: AM9PR04MB8422.eurprd04.prod.outlook.example</p>
</div></body></html>
"""
dsn = """Reporting-MTA: dns;AM9PR04MB8422.eurprd04.prod.outlook.example
Received-From-MTA: dns;mail.grants.example
Arrival-Date: Tue, 3 Nov 2026 13:21:44 +0000

Original-Recipient: rfc822;info@kampalayouth.example
Final-Recipient: rfc822;info@kampalayouth.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient info@kampalayouth.example not found by SMTP address lookup
"""
body = multi('report', [
    multi('alternative', [text(txt, cte='quoted-printable'), text(html, 'html', cte='quoted-printable')]),
    raw_part('message/delivery-status', dsn),
    raw_part('message/rfc822', t.our_message()),
], params=' report-type=delivery-status;', boundary=f'_000_{hexid(8).upper()}{hexid(24).upper()}_')
add('bounce/02-exchange-online-recipient-not-found.eml', message([
    ('Return-Path', '<>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(3, 13, 21, 47, 'EUR05-AM6-obe.outbound.protection.outlook.example', '198.51.100.70'),
    ('From', 'Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kampalayouth.onmicrosoft.example>'),
    ('To', '<apply@grants.example>'),
    ('Date', date(3, 13, 21, 45)),
    ('Content-Type', None),
    ('Subject', h('Undeliverable: ' + t.re_subject)),
    ('Thread-Topic', h(t.re_subject)),
    ('Thread-Index', 'AQHbLfTq3Jd0xYk7Ek2C3Vqz1m2r4A=='),
    ('Message-ID', ndr_id),
    ('References', t.our_id),
    ('In-Reply-To', t.our_id),
    ('X-MS-Has-Attach', 'yes'),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('Content-Language', 'en-US'),
    ('X-MS-Exchange-Generated-Message-Source', 'DSN Generator'),
    ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'AM9PR04MB8422'),
    ('MIME-Version', '1.0'),
], body))

# 04 -- Exchange 2016 on-premises, German, mailbox full
t = Thread('Jana Köhler', 'jana.koehler@repaircafe-gruenau.example', 'Antrag: Repair-Café Leipzig-Grünau – Werkzeug und Workshops', 5, 8, 12, 'CFF-27-0188')
txt = """Fehler bei der Zustellung an diese Empfänger oder Gruppen:

Jana Köhler (jana.koehler@repaircafe-gruenau.example)
Das Postfach des Empfängers ist voll, und die Nachricht kann nicht angenommen werden. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EX01.verein.local

jana.koehler@repaircafe-gruenau.example
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox /o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f1c2a0e8b7d4c1e9a6f5b4d3c2e1f0a-Jana Köhler. 16.55847:4E000000, 17.43559:0000000094000000000000000000000000000000, 20.52176:000F7B8A0F00001000000000, 20.50032:000F7B8A7F17000000000000, 0.35180:0A00CD80, 255.23226:00000000, 255.27962:FE000000, 255.17082:DC040000, 0.27745:0A000000, 4.21921:DC040000, 255.27962:FA000000, 255.1494:0A000000, 0.38698:05000780, 0.37692:00000000 [Stage: OnCreateMailItem]' zurückgegeben.

Ursprüngliche Nachrichtenkopfzeilen:

""" + t.our_header_block()
body = multi('report', [
    multi('alternative', [text(txt, cte='base64'),
                          text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p><b><font color="#000066" size="3" face="Arial">Fehler bei der Zustellung an diese Empfänger oder Gruppen:</font></b></p><p><font color="#000000" size="2" face="Tahoma"><a href="mailto:jana.koehler@repaircafe-gruenau.example">Jana Köhler (jana.koehler@repaircafe-gruenau.example)</a><br>Das Postfach des Empfängers ist voll, und die Nachricht kann nicht angenommen werden. Versuchen Sie später, die Nachricht erneut zu senden, oder wenden Sie sich direkt an den Empfänger.<br></font></p><p><font size="2" face="Tahoma"><b>Diagnoseinformationen für Administratoren:</b></font></p><p><font size="2" face="Tahoma">Generierender Server: EX01.verein.local<br><br>jana.koehler@repaircafe-gruenau.example<br>Remoteserver hat \'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\' zurückgegeben.</font></p></body></html>\n', 'html', cte='base64')]),
    raw_part('message/delivery-status', """Reporting-MTA: dns;EX01.verein.local
Received-From-MTA: dns;mail.grants.example
Arrival-Date: Thu, 5 Nov 2026 08:13:20 +0000

Final-Recipient: rfc822;jana.koehler@repaircafe-gruenau.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception
"""),
    raw_part('message/rfc822', t.our_message()),
], params=' report-type=delivery-status;')
add('quota/01-exchange-2016-de-postfach-voll.eml', message([
    ('Return-Path', '<>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(5, 8, 13, 26, 'mail.repaircafe-gruenau.example', '198.51.100.141'),
    ('From', 'postmaster@repaircafe-gruenau.example'),
    ('To', 'apply@grants.example'),
    ('Date', 'Thu, 5 Nov 2026 09:13:22 +0100'),
    ('Subject', h('Unzustellbar: ' + t.re_subject)),
    ('Thread-Topic', h(t.re_subject)),
    ('Message-ID', f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@EX01.verein.local>'),
    ('In-Reply-To', t.our_id),
    ('References', t.our_id),
    ('Content-Language', 'de-DE'),
    ('X-MS-Has-Attach', 'yes'),
    ('X-MS-Exchange-Organization-SCL', '-1'),
    ('X-MS-TNEF-Correlator', ''),
    ('X-MS-Exchange-Message-Is-Ndr', ''),
    ('Auto-Submitted', 'auto-replied'),
    ('MIME-Version', '1.0'),
], body))

# 05 -- Exim (cPanel host), quota exceeded
t = Thread('Mama Farm Cooperative', 'director@mamafarm-coop.example', 'Grant application – goat-milk cooling centre, Limpopo', 6, 11, 3, 'CFF-27-0201')
mid = f'<E1t{alnum(6)}-000{alnum(3)}-{alnum(2)}@server12.webhost-za.example>'
ours = t.our_message()
body_txt = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  director@mamafarm-coop.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <apply@grants.example>
Received: from mail.grants.example ([203.0.113.45]:52318)
\tby server12.webhost-za.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.98)
\t(envelope-from <apply@grants.example>)
\tid 1t{alnum(6)}-000{alnum(3)}-{alnum(2)}
\tfor director@mamafarm-coop.example;
\tFri, 06 Nov 2026 13:04:12 +0200
""" + ours
add('quota/02-exim-cpanel-mailbox-full.eml',
    'Return-Path: <>\nDelivered-To: apply@grants.example\n' + 'Received: ' + recv_in(8, 13, 5, 1, 'server12.webhost-za.example', '198.51.100.212')[1] + '\n' +
    'X-Failed-Recipients: director@mamafarm-coop.example\nAuto-Submitted: auto-replied\n'
    'From: Mail Delivery System <Mailer-Daemon@server12.webhost-za.example>\nTo: apply@grants.example\n'
    f'References: {t.our_id}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n'
    f'Subject: Mail delivery failed: returning message to sender\nMessage-Id: {mid}\nDate: Sun, 08 Nov 2026 15:04:58 +0200\n\n' + body_txt)

# 06 -- qmail, no mailbox
t = Thread('Amani Mwakyusa', 'amani.mwakyusa@mtandao-isp.example', 'Maombi ya ruzuku – mradi wa maji safi Mbeya', 6, 15, 44, 'CFF-27-0209')
mid = f'<1793980112.{R.randint(10000,99999)}@mx1.mtandao-isp.example>'
body_txt = """Hi. This is the qmail-send program at mx1.mtandao-isp.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<amani.mwakyusa@mtandao-isp.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <apply@grants.example>
Received: (qmail 28411 invoked from network); 6 Nov 2026 15:45:10 -0000
Received: from mail.grants.example (HELO mail.grants.example) (203.0.113.45)
  by mx1.mtandao-isp.example with SMTP; 6 Nov 2026 15:45:10 -0000
""" + t.our_message()
add('bounce/03-qmail-no-mailbox.eml',
    'Return-Path: <>\nDelivered-To: apply@grants.example\nReceived: ' + recv_in(6, 15, 45, 14, 'mx1.mtandao-isp.example', '192.0.2.150')[1] + '\n'
    f'Date: 6 Nov 2026 15:45:12 -0000\nFrom: MAILER-DAEMON@mx1.mtandao-isp.example\nTo: apply@grants.example\nSubject: failure notice\nMessage-ID: {mid}\n\n' + body_txt)

# 07 -- Sendmail, user unknown (university)
t = Thread('Dr Salif Ouédraogo', 's.ouedraogo@univ-ouaga.example', 'Candidature – Formation des jeunes à la réparation de pompes solaires', 10, 14, 21, 'CFF-27-0266')
qid = 'A9ELMV1p004127'
txt = f"""The original message was received at Tue, 10 Nov 2026 14:22:31 GMT
from mail.grants.example [203.0.113.45]

   ----- The following addresses had permanent fatal errors -----
<s.ouedraogo@univ-ouaga.example>
    (reason: 550 5.1.1 <s.ouedraogo@univ-ouaga.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore.univ-ouaga.example.:
>>> DATA
<<< 550 5.1.1 <s.ouedraogo@univ-ouaga.example>... User unknown
550 5.1.1 <s.ouedraogo@univ-ouaga.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
"""
dsn = f"""Reporting-MTA: dns; mx.univ-ouaga.example
Received-From-MTA: DNS; mail.grants.example
Arrival-Date: Tue, 10 Nov 2026 14:22:31 GMT

Final-Recipient: RFC822; s.ouedraogo@univ-ouaga.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore.univ-ouaga.example
Diagnostic-Code: SMTP; 550 5.1.1 <s.ouedraogo@univ-ouaga.example>... User unknown
Last-Attempt-Date: Tue, 10 Nov 2026 14:22:33 GMT
"""
body = multi('report', [text(txt, charset='us-ascii'), raw_part('message/delivery-status', dsn),
                        raw_part('message/rfc822', t.our_message())],
             boundary=f'{qid}.1794320553/mx.univ-ouaga.example', params=' report-type=delivery-status;',
             preamble='This is a MIME-encapsulated message\n')
add('bounce/04-sendmail-user-unknown.eml', message([
    ('Return-Path', '<>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(10, 14, 22, 36, 'mx.univ-ouaga.example', '198.51.100.9'),
    ('Received', f'from localhost (localhost)\n\tby mx.univ-ouaga.example (8.15.2/8.15.2) id {qid};\n\tTue, 10 Nov 2026 14:22:33 GMT'),
    ('Date', 'Tue, 10 Nov 2026 14:22:33 GMT'),
    ('From', 'Mail Delivery Subsystem <MAILER-DAEMON@mx.univ-ouaga.example>'),
    ('Message-Id', f'<202611101422.{qid}@mx.univ-ouaga.example>'),
    ('To', '<apply@grants.example>'),
    ('MIME-Version', '1.0'),
    ('Subject', 'Returned mail: see transcript for details'),
    ('Auto-Submitted', 'auto-generated (failure)'),
], body))

# 08 -- Russian provider, mailbox over quota (Russian + English)
t = Thread('Ирина Волкова', 'irina.volkova@pochta-rf.example', 'Заявка: инклюзивная театральная студия для детей, Казань', 12, 7, 30, 'CFF-27-0301')
txt = """Это письмо создано автоматически сервером mx.pochta-rf.example.

Ваше письмо не может быть доставлено одному или нескольким
получателям. Ошибка постоянная; дальнейшие попытки доставки
предприниматься не будут.

<irina.volkova@pochta-rf.example>: почтовый ящик получателя переполнен.
Ответ сервера: 552 5.2.2 Mailbox size limit exceeded

Заголовки исходного письма приложены ниже.

-- 
This message was created automatically by mail delivery software.
Your message could not be delivered to one or more recipients:

<irina.volkova@pochta-rf.example>: mailbox is over quota.
Server reply: 552 5.2.2 Mailbox size limit exceeded
"""
dsn = """Reporting-MTA: dns; mx.pochta-rf.example
Arrival-Date: Thu, 12 Nov 2026 10:31:40 +0300

Final-Recipient: rfc822; irina.volkova@pochta-rf.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox size limit exceeded
"""
body = multi('report', [text(txt, cte='base64'), raw_part('message/delivery-status', dsn),
                        raw_part('text/rfc822-headers', t.our_header_block())], params=' report-type=delivery-status;')
add('quota/03-russian-provider-mailbox-over-quota.eml', message([
    ('Return-Path', '<>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(12, 7, 31, 44, 'mx.pochta-rf.example', '203.0.113.201'),
    ('From', a('Почтовая служба', 'mailer-daemon@mx.pochta-rf.example')),
    ('To', 'apply@grants.example'),
    ('Subject', h('Недоставленное сообщение')),
    ('Date', 'Thu, 12 Nov 2026 10:31:42 +0300'),
    ('Message-Id', f'<{R.randint(10**15, 10**16)}@mx.pochta-rf.example>'),
    ('Auto-Submitted', 'auto-replied'),
    ('MIME-Version', '1.0'),
], body))

# 09 -- security gateway: message held in quarantine (Spanish)
t = Thread('Carmen Rojas Vidal', 'crojas@fundacion-huertas.example', 'Solicitud de subvención – Huertos comunitarios en La Pintana', 13, 16, 5, 'CFF-27-0322')
txt = f"""Aviso de seguridad del correo electrónico

Su mensaje ha sido retenido en cuarentena y todavía no se ha entregado.

  De:        apply@grants.example
  Para:      crojas@fundacion-huertas.example
  Asunto:    {t.re_subject}
  Fecha:     {t.our_date}
  Motivo:    Remitente externo no verificado / enlace no clasificado

El destinatario ha recibido un resumen de cuarentena y podrá liberar el mensaje
si lo considera legítimo. No es necesario que vuelva a enviarlo.

Si cree que se trata de un error, comuníquese con el área de informática de la
organización destinataria e indique el identificador del mensaje:
  ID: Q-20261113-7F2C19A4

Este es un mensaje generado automáticamente. Por favor, no responda a este correo.
"""
add('quarantine/01-gateway-held-es.eml', message([
    ('Return-Path', '<>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(13, 16, 6, 40, 'gw2.seguridad-correo.example', '192.0.2.77'),
    ('From', a('Seguridad de Correo', 'no-reply@gw2.seguridad-correo.example')),
    ('To', 'apply@grants.example'),
    ('Subject', h('Mensaje retenido: ' + t.re_subject)),
    ('Date', 'Fri, 13 Nov 2026 13:06:38 -0300'),
    ('Message-ID', f'<quarantine.{hexid(16)}@gw2.seguridad-correo.example>'),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
    ('Precedence', 'bulk'),
    ('MIME-Version', '1.0'),
], text(txt, cte='quoted-printable')))
