# Robot messages for robots-heldout10. Executed by write_set.py (shares its helpers).
import html as _html
W = "written-robots/"

def dsn_fields(reporting, arrival, recips):
    s = "Reporting-MTA: dns; %s\n" % reporting
    if arrival:
        s += "Arrival-Date: %s\n" % fdate(arrival)
    for r in recips:
        s += "\n" + "\n".join("%s: %s" % kv for kv in r) + "\n"
    return s

# ============================================================ bounces
# 01 Postfix, our own outbound relay, remote rejected at RCPT
o = Ours("Chukwuemeka Obi", "c.obi@students.unn.example", "Application for Community Research Grant", 3, 9, 15)
d = o.date + timedelta(seconds=4)
qid = "9D2E71C0412"
bt = """This is the mail system at host smtp.grants.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<c.obi@students.unn.example>: host mx1.students.unn.example[198.51.100.23]
    said: 550 5.1.1 <c.obi@students.unn.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
ds = """Reporting-MTA: dns; smtp.grants.example
X-Postfix-Queue-ID: 9D2E71C0412
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: %s

Final-Recipient: rfc822; c.obi@students.unn.example
Original-Recipient: rfc822;c.obi@students.unn.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.students.unn.example
Diagnostic-Code: smtp; 550 5.1.1 <c.obi@students.unn.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""" % fdate(o.date)
root = mp("report", [text(bt, cte="7bit", charset="us-ascii", headers=[("Content-Description", "Notification")]),
                     raw("message/delivery-status", ds, headers=[("Content-Description", "Delivery report")]),
                     raw("message/rfc822", o.rfc822(), cte="8bit", headers=[("Content-Description", "Undelivered Message")])],
          params={"report-type": "delivery-status"}, preamble="This is a MIME-encapsulated message.")
root.params["boundary"] = "%s.1793704521/smtp.grants.example" % qid
write(W + "bounce/01-postfix-user-unknown.eml", [
    ("Return-Path", "<>"), ("Delivered-To", "apply@grants.example"),
    ("Received", "by smtp.grants.example (Postfix)\n\tid %s; %s (UTC)" % (qid, fdate(d))),
    ("Date", fdate(d) + " (UTC)"), ("From", "MAILER-DAEMON@smtp.grants.example (Mail Delivery System)"),
    ("Subject", "Undelivered Mail Returned to Sender"), ("To", "apply@grants.example"),
    ("Auto-Submitted", "auto-replied"), ("Message-Id", "<%s.%s@smtp.grants.example>" % (d.strftime("%Y%m%d%H%M%S"), qid))], root)

# 02 Exim (cPanel host) classic plain-text bounce, accepted then failed locally
o = Ours("Rahul Verma", "rahul.verma@verma-associates.example", "Grant application - Rahul Verma", 4, 11, 2)
d = o.date + timedelta(seconds=41)
body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  rahul.verma@verma-associates.example
    No Such User Here

------ This is a copy of the message, including all the headers. ------

Return-path: <apply@grants.example>
Received: from smtp.grants.example ([192.0.2.25]:41822)
\tby server214.hostpanel.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.98)
\t(envelope-from <apply@grants.example>)
\tid 1vA7Qx-0003Lk-2C
\tfor rahul.verma@verma-associates.example;
\t%s
""" % fdate(o.date + timedelta(seconds=40)) + o.rfc822()
write(W + "bounce/02-exim-cpanel-no-such-user.eml", inbound(d, "server214.hostpanel.example", "203.0.113.214", "") + [
    ("Received", "from mailnull by server214.hostpanel.example with local (Exim 4.98)\n\tid 1vA7Qx-0003Lm-3F\n\tfor apply@grants.example;\n\t" + fdate(d)),
    ("X-Failed-Recipients", "rahul.verma@verma-associates.example"),
    ("Auto-Submitted", "auto-replied"),
    ("From", "Mail Delivery System <Mailer-Daemon@server214.hostpanel.example>"),
    ("To", "apply@grants.example"),
    ("References", o.mid),
    ("Content-Type", None),
    ("Subject", "Mail delivery failed: returning message to sender"),
    ("Message-Id", "<E1vA7Qx-0003Lm-3F@server214.hostpanel.example>"),
    ("Date", fdate(d)),
    ("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
    ("X-AntiAbuse", "Primary Hostname - server214.hostpanel.example"),
], text(body, cte="8bit"))

# 03 Microsoft 365 NDR, recipient not found (remote tenant)
def m365_ndr(path, o, lang, subj_prefix, texts, remote_tenant, gen_server, day_delta, diag):
    d = o.date + timedelta(seconds=day_delta)
    dom = o.to_email.split("@")[1]
    plain = texts["plain"]
    htm = texts["html"]
    ds = """Reporting-MTA: dns;%s
Received-From-MTA: dns;smtp.grants.example
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;%s
""" % (gen_server, fdate(o.date + timedelta(seconds=2)), o.to_email, diag)
    root = mp("report", [
        mp("alternative", [text(plain, cte="qp"), text(html_wrap(htm), "html", cte="qp")]),
        raw("message/delivery-status", ds),
        raw("text/rfc822-headers", o.rfc822_headers()),
    ], params={"report-type": "delivery-status"})
    write(path, inbound(d, "mail-%s.outbound.protection.outlook.example" % uid(dom, 5), "52.100.%d.%d" % (int(uid(dom, 2), 16) % 200, 17), "") + [
        ("From", "%s <postmaster@%s>" % ("Microsoft Outlook", remote_tenant)),
        ("To", "apply@grants.example"), ("Date", fdate(d)),
        ("Subject", h(subj_prefix + o.subject)),
        ("Thread-Topic", h(o.subject)), ("Thread-Index", "AQHcS" + uid(o.mid, 18)),
        ("Message-ID", "<%s@%s>" % (uid("ndr" + o.mid, 32).upper(), gen_server)),
        ("In-Reply-To", o.mid), ("References", o.mid),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("X-MS-TNEF-Correlator", ""), ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Organization-SCL", "-1"),
    ], root)

o = Ours("Dr. Shirin Kazemi", "s.kazemi@parsinfo-foundation.example", "Application: Digital archives of Persian oral history", 5, 14, 33)
plain = """Your message to s.kazemi@parsinfo-foundation.example couldn't be delivered.

s.kazemi wasn't found at parsinfo-foundation.example.

apply   Office 365   s.kazemi
Action Required                 Recipient


Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:

  *   Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon. In Outlook on the web, select this NDR, then select the link "To send this message again, click here." Then delete and retype the entire recipient address. If prompted with an Auto-Complete List suggestion don't select it. After typing the complete address, click Send.
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

Synchronize your directories - If you have a hybrid environment and are using directory synchronization make sure the recipient's email address is synced correctly in both Office 365 and in your on-premises directory.

Errant forwarding rule - Check for forwarding rules that aren't behaving as expected. Forwarding can be set up by an admin via mail flow rules or mailbox forwarding address settings, or by the recipient via the Inbox Rules feature.

Original Message Details
Created Date:    %s
Sender Address:  apply@grants.example
Recipient Address:    s.kazemi@parsinfo-foundation.example
Subject:    %s

Error Details
Error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.kazemi@parsinfo-foundation.example not found by SMTP address lookup
Message rejected by:    AS8PR04MB8812.eurprd04.prod.outlook.example

Notification Details
Sent by:    AS8PR04MB8812.eurprd04.prod.outlook.example

Message Hops
HOP    TIME (UTC)    FROM    TO    WITH    RELAY TIME
1    %s    smtp.grants.example    AM4PEPF00027A5F.mail.protection.outlook.example    Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384)    2 sec
2    %s    AM4PEPF00027A5F.eurprd04.prod.outlook.example    AS8PR04MB8812.eurprd04.prod.outlook.example    Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)    *

Original Message Headers

""" % (o.date.strftime("%-m/%-d/%Y %-I:%M:%S %p"), o.subject, o.date.strftime("%-m/%-d/%Y %-I:%M:%S %p"), o.date.strftime("%-m/%-d/%Y %-I:%M:%S %p")) + o.rfc822_headers()
htm = paras_html(plain.split("\nMore Info for Email Admins")[0])
m365_ndr(W + "bounce/03-m365-ndr-recipient-not-found.eml", o, "en-US", "Undeliverable: ", {"plain": plain, "html": htm},
         "parsinfo-foundation.example", "AS8PR04MB8812.eurprd04.prod.outlook.example", 5,
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient s.kazemi@parsinfo-foundation.example not found by SMTP address lookup")

# 09 Microsoft 365 NDR in French (recipient mailbox full) -- written here, numbered 09
o = Ours("Aïssatou Diallo", "aissatou.diallo@ong-sahel-vert.example", "Candidature - Programme Community Research Grants", 18, 10, 4)
plain = """Votre message à aissatou.diallo@ong-sahel-vert.example n'a pas pu être remis.

La boîte aux lettres d'aissatou.diallo est pleine.

apply   Office 365   aissatou.diallo
Action requise                 Destinataire


Boîte aux lettres pleine

Comment résoudre le problème
Le message n'a pas pu être remis, car la boîte aux lettres du destinataire est pleine. Si possible, contactez le destinataire par un autre moyen (par téléphone, par exemple) et demandez-lui de supprimer certains messages de sa boîte aux lettres. Réessayez ensuite d'envoyer votre message.

Si le problème persiste, transférez ce message à votre administrateur de messagerie.

________________________________

Informations supplémentaires pour les administrateurs de messagerie
Code d'état : 554 5.2.2

Détails du message d'origine
Date de création :    %s
Adresse de l'expéditeur :    apply@grants.example
Adresse du destinataire :    aissatou.diallo@ong-sahel-vert.example
Objet :    %s

Détails de l'erreur
Erreur :    554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
Message rejeté par :    PR3P192MB0711.EURP192.PROD.OUTLOOK.EXAMPLE

En-têtes du message d'origine

""" % (o.date.strftime("%d/%m/%Y %H:%M:%S"), o.subject) + o.rfc822_headers()
htm = paras_html(plain.split("\n________________________________")[0])
m365_ndr(W + "bounce/09-m365-ndr-non-remis-fr.eml", o, "fr-FR", "Non remis : ", {"plain": plain, "html": htm},
         "ong-sahel-vert.example", "PR3P192MB0711.EURP192.PROD.OUTLOOK.EXAMPLE", 9,
         "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")

# 04 Exchange on-premises, German, "Unzustellbar:"
o = Ours("Markus Lehmann", "m.lehmann@stadtwerke-nordheim.example", "Bewerbung Forschungsförderung 2027", 6, 8, 47)
d = o.date + timedelta(seconds=12)
plain = """Zustellung an folgende Empfänger oder Gruppen fehlgeschlagen:

m.lehmann@stadtwerke-nordheim.example
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenden Sie sich an Ihren E-Mail-Administrator, wenn das Problem weiterhin besteht.







Diagnoseinformationen für Administratoren:

Generierender Server: EX02.swn.local

m.lehmann@stadtwerke-nordheim.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Ursprüngliche Nachrichtenkopfzeilen:

""" + o.rfc822_headers()
ds = dsn_fields("dns;EX02.swn.local", o.date + timedelta(seconds=3), [[
    ("Final-Recipient", "rfc822;m.lehmann@stadtwerke-nordheim.example"), ("Action", "failed"), ("Status", "5.1.1"),
    ("Diagnostic-Code", "smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")]])
root = mp("report", [mp("alternative", [text(plain), text(html_wrap(paras_html(plain.split("\nDiagnose")[0]), "de"), "html")]),
                     raw("message/delivery-status", ds), raw("message/rfc822", o.rfc822())],
          params={"report-type": "delivery-status"})
write(W + "bounce/04-exchange-onprem-unzustellbar-de.eml", inbound(d, "mail.stadtwerke-nordheim.example", "198.51.100.77", "") + [
    ("Received", "from EX02.swn.local (10.1.4.22) by EX01.swn.local (10.1.4.21) with Microsoft SMTP Server\n\t(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; " + fdate(d.astimezone(timezone(timedelta(hours=1))))),
    ("From", "postmaster@stadtwerke-nordheim.example"), ("To", "apply@grants.example"),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=1))))),
    ("Subject", h("Unzustellbar: " + o.subject)),
    ("Thread-Topic", h(o.subject)),
    ("Message-ID", "<%s@EX02.swn.local>" % uid("de" + o.mid, 32)),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("Content-Language", "de-DE"), ("X-MS-Has-Attach", "yes"), ("X-MS-Exchange-Message-Is-Ndr", ""),
    ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", ""), ("Auto-Submitted", "auto-replied"),
], root)

# 05 Gmail / Google Workspace DSN, address not found
o = Ours("Kwame Mensah", "kwame.mensah.gh@gmail.example", "Research grant application - Kwame Mensah", 7, 16, 20)
d = o.date + timedelta(seconds=2)
plain = """
** Address not found **

Your message wasn't delivered to kwame.mensah.gh@gmail.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.example/mail/?p=NoSuchUser
"""
htm = """<html>
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
Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>kwame.mensah.gh@gmail.example</b></a> because the address couldn't be found, or is unable to receive mail.
</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">
<a style="text-decoration:none" href="https://support.google.example/mail/?p=NoSuchUser">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response was:<br/>
<p style="font-family:monospace">
The email account that you tried to reach does not exist. Please try double-checking the recipient&#39;s email address for typos or unnecessary spaces. For more information, go to https://support.google.example/mail/?p=NoSuchUser
</p>
</td>
</tr>
</tbody></table>
</body>
</html>
"""
ds = """Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; apply@grants.example
Arrival-Date: %s

Final-Recipient: rfc822; kwame.mensah.gh@gmail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist. Please try
 double-checking the recipient's email address for typos or unnecessary spaces.
 For more information, go to https://support.google.example/mail/?p=NoSuchUser
Last-Attempt-Date: %s
""" % (fdate(o.date.astimezone(timezone(timedelta(hours=-8)))), fdate(d.astimezone(timezone(timedelta(hours=-8)))))
icon = attach("icon.png", bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"), "image/png", inline=True)
icon.headers.append(("Content-ID", "<icon.png>"))
root = mp("report", [mp("related", [mp("alternative", [text(plain, cte="7bit"), text(htm, "html", cte="qp")]), icon]),
                     raw("message/delivery-status", ds), raw("message/rfc822", o.rfc822())],
          params={"report-type": "delivery-status"})
write(W + "bounce/05-gmail-address-not-found.eml", [
    ("Return-Path", "<>"), ("Delivered-To", "apply@grants.example"),
    ("Received", "by 2002:a05:6a10:8c4e:b0:5a1:3f0e:77b2 with SMTP id p14csp2231874pxj;\n\t" + fdate(d.astimezone(timezone(timedelta(hours=-8)))) + " (PST)"),
    ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"),
    ("To", "apply@grants.example"), ("Auto-Submitted", "auto-replied"),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("References", o.mid), ("In-Reply-To", o.mid),
    ("X-Failed-Recipients", "kwame.mensah.gh@gmail.example"),
    ("Message-ID", "<%s.%s.%s@mx.google.example>" % (uid("g1" + o.mid, 8), uid("g2" + o.mid, 16), "000000")),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=-8)))) + " (PST)"),
], root)

# 06 qmail
o = Ours("Nomvula Dlamini", "nomvula@ubuntu-crafts.example", "Application - women's craft cooperative research", 9, 13, 5)
d = o.date + timedelta(seconds=7)
body = """Hi. This is the qmail-send program at mail.ubuntu-crafts.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<nomvula@ubuntu-crafts.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <apply@grants.example>
Received: (qmail 28817 invoked from network); %s
Received: from smtp.grants.example (HELO smtp.grants.example) (192.0.2.25)
  by mail.ubuntu-crafts.example with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); %s
""" % (o.date.strftime("%-d %b %Y %H:%M:%S -0000"), o.date.strftime("%-d %b %Y %H:%M:%S -0000")) + o.rfc822()
write(W + "bounce/06-qmail-failure-notice.eml", inbound(d, "mail.ubuntu-crafts.example", "203.0.113.61", "") + [
    ("Date", d.strftime("%-d %b %Y %H:%M:%S -0000")),
    ("From", "MAILER-DAEMON@mail.ubuntu-crafts.example"),
    ("To", "apply@grants.example"),
    ("Subject", "failure notice"),
], text(body, cte="8bit"))

# 07 Coremail (Chinese university mail system) "系统退信"
o = Ours("王晓雯", "wangxw@mail.hdu-edu.example", "申请：社区研究资助计划 2027", 10, 2, 51)
d = o.date + timedelta(seconds=20)
cn = d.astimezone(timezone(timedelta(hours=8)))
plain = """您好！

很抱歉您发送的邮件被退回，以下是该邮件的相关信息：

被退回的邮件：
主　题：%s
时　间：%s
收件人：wangxw@mail.hdu-edu.example

退信原因：
收件人邮箱 wangxw@mail.hdu-edu.example 不存在，或者该账号已被停用。

请确认收件人地址是否正确后重新发送。如有疑问，请联系本校网络与信息中心（电话：0571-8555-0123）。

----------------------------------------------------------------------
Sorry, your message has been returned. Details are as follows:

Subject: %s
Recipient: wangxw@mail.hdu-edu.example
Reason: 550 User not found: wangxw@mail.hdu-edu.example

此邮件由系统自动发出，请勿直接回复。
This is an automatically generated message, please do not reply.
""" % (o.subject, o.date.astimezone(timezone(timedelta(hours=8))).strftime("%Y-%m-%d %H:%M:%S"), o.subject)
htm = paras_html(plain)
root = mp("mixed", [mp("alternative", [text(plain, cte="b64", charset="utf-8"), text(html_wrap(htm, "zh-CN"), "html", cte="b64")]),
                    raw("message/rfc822", o.rfc822(), headers=[("Content-Disposition", 'attachment; filename="original.eml"')])])
write(W + "bounce/07-coremail-tuixin-zh.eml", inbound(d, "mail.hdu-edu.example", "202.0.2.18", "") + [
    ("Received", "from localhost (unknown [127.0.0.1])\n\tby ajax-webmail-mail.hdu-edu.example (Coremail) ; " + fdate(cn) + " (GMT+08:00)"),
    ("Date", fdate(cn) + " (GMT+08:00)"),
    ("From", addr("系统管理员", "postmaster@mail.hdu-edu.example")),
    ("To", "apply@grants.example"),
    ("Subject", h("系统退信")),
    ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT6.0.6 build 20260701(a1b2c3d4)"),
    ("X-Coremail-Locale", "zh_CN"), ("Auto-Submitted", "auto-replied"),
    ("Message-ID", "<%s.%s@mail.hdu-edu.example>" % (uid("cm" + o.mid, 8), uid("cm2", 6))),
    ("X-CM-TRANSID", "AQAAf8Cx" + uid("cmt" + o.mid, 24)),
], root)

# 08 Russian provider (Postfix-based) "Недоставленное сообщение", mailbox over quota
o = Ours("Дмитрий Соколов", "d.sokolov@yandex-style.example", "Заявка на грант: мониторинг малых рек Поволжья", 11, 7, 30)
d = o.date + timedelta(minutes=1, seconds=4)
ru_plain = """Это письмо отправлено вам почтовым роботом.

К сожалению, ваше письмо не может быть доставлено одному или нескольким получателям.
Письмо приложено ниже.

<d.sokolov@yandex-style.example>: почтовый ящик получателя переполнен.
Попробуйте отправить письмо позже или свяжитесь с получателем другим способом.

-- 
This message was created automatically by the mail system.

Your message could not be delivered to one or more recipients.

<d.sokolov@yandex-style.example>: Recipient mailbox is full
    (in reply to end of DATA command)
"""
ds = """Reporting-MTA: dns; forward104a.mail.yandex-style.example
X-Postfix-Queue-ID: 5F1E260A1B
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: %s

Final-Recipient: rfc822; d.sokolov@yandex-style.example
Original-Recipient: rfc822;d.sokolov@yandex-style.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox size limit exceeded
""" % fdate(o.date.astimezone(timezone(timedelta(hours=3))))
root = mp("report", [text(ru_plain, cte="qp", headers=[("Content-Description", "Notification")]),
                     raw("message/delivery-status", ds, headers=[("Content-Description", "Delivery report")]),
                     raw("message/rfc822", o.rfc822(), headers=[("Content-Description", "Undelivered Message")])],
          params={"report-type": "delivery-status"})
msk = d.astimezone(timezone(timedelta(hours=3)))
write(W + "bounce/08-yandex-style-nedostavlennoe-ru.eml", inbound(d, "forward104a.mail.yandex-style.example", "178.154.239.140", "") + [
    ("Received", "by forward104a.mail.yandex-style.example (Postfix)\n\tid 7C2B060A4F; " + fdate(msk) + " (MSK)"),
    ("Date", fdate(msk) + " (MSK)"),
    ("From", "MAILER-DAEMON@yandex-style.example (Mail Delivery System)"),
    ("Subject", h("Недоставленное сообщение")),
    ("To", "apply@grants.example"), ("Auto-Submitted", "auto-replied"),
    ("Message-Id", "<%s.7C2B060A4F@forward104a.mail.yandex-style.example>" % msk.strftime("%Y%m%d%H%M%S")),
], root)

# ============================================================ out of office
def exchange_oof(path, o, sender_name, sender_email, subj_prefix, body, lang, delay_min, tz, html_body=None, tenant_host=None, sep=" "):
    d = o.date + timedelta(minutes=delay_min)
    local = d.astimezone(timezone(timedelta(hours=tz)))
    host = tenant_host or "%s.%s.prod.outlook.example" % ("DB9PR0%dMB%d" % (int(uid(sender_email, 1), 16) % 9, 4000 + int(uid(sender_email, 3), 16) % 5000), "eurprd0%d" % (int(uid(sender_email, 2), 16) % 9))
    hdrs = inbound(d, "mail-%s.outbound.protection.outlook.example" % uid(sender_email, 6), "40.107.%d.%d" % (int(uid(sender_email, 2), 16) % 250, 101), sender_email) + [
        ("From", addr(sender_name, sender_email)), ("To", GT),
        ("Subject", h(subj_prefix + o.subject)),
        ("Thread-Topic", h(o.subject)), ("Thread-Index", "AQHc" + uid(o.mid + "ti", 22) + "=="),
        ("Date", fdate(local)),
        ("Message-ID", "<%s@%s>" % (host.split(".")[0] + uid("oof" + sender_email, 10).upper(), host)),
        ("In-Reply-To", o.mid), ("References", o.mid),
        ("Content-Language", lang), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("x-ms-exchange-parent-message-id", o.mid),
        ("auto-submitted", "auto-generated"),
        ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", sender_email),
    ]
    write(path, hdrs, alt(body, html_body, lang.split("-")[0]))

o = Ours("Prof. Catherine Mwangi", "c.mwangi@strathmore-uni.example", "Application - Prof. Catherine Mwangi (soil microbiome)", 12, 10, 0)
exchange_oof(W + "out-of-office/01-exchange-automatic-reply-en.eml", o, "Catherine Mwangi", "c.mwangi@strathmore-uni.example",
 "Automatic reply: ", """Thank you for your email. I am currently attending the East African Soil Science Conference in Arusha and will be back in the office on Monday 23 November 2026, with limited access to email in the meantime.

For urgent matters relating to the MSc programme, please contact Ms Janet Achieng (j.achieng@strathmore-uni.example). For anything else I will reply when I return.

Kind regards,
Catherine Mwangi
Professor of Soil Biology
""", "en-GB", 0.2, 3)

o = Ours("Jean-Baptiste Nkurunziza", "jb.nkurunziza@univ-lumiere.example", "Candidature CRG 2027 - J.-B. Nkurunziza", 13, 15, 12)
exchange_oof(W + "out-of-office/02-exchange-reponse-automatique-fr.eml", o, "Jean-Baptiste NKURUNZIZA", "jb.nkurunziza@univ-lumiere.example",
 "Réponse automatique : ", """Bonjour,

Je suis absent du bureau du 12 au 27 novembre inclus, en mission de terrain au Burundi, avec un accès très limité à ma messagerie.

Pour toute question urgente concernant le laboratoire, merci de contacter Mme Claire Dubois (claire.dubois@univ-lumiere.example).

Je prendrai connaissance de votre message à mon retour.

Cordialement,
Jean-Baptiste Nkurunziza
Laboratoire de géographie sociale
""", "fr-FR", 0.1, 1)

o = Ours("Lucía Fernández Ortega", "lfernandez@fundacion-andina.example", "Solicitud de subvención - Fundación Andina", 13, 16, 40)
exchange_oof(W + "out-of-office/03-exchange-respuesta-automatica-es.eml", o, "Lucía Fernández Ortega", "lfernandez@fundacion-andina.example",
 "Respuesta automática: ", """Estimado/a:

Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 23 de noviembre, sin acceso regular al correo electrónico.

Para asuntos urgentes puede escribir a info@fundacion-andina.example o llamar al +57 601 555 0190.

Responderé a su correo a mi regreso.

Un cordial saludo,
Lucía Fernández Ortega
Coordinadora de Proyectos
Fundación Andina
""", "es-CO", 0.1, -5)

o = Ours("Thiago Nascimento", "thiago.nascimento@ufpe-pesquisa.example", "Inscrição - edital Community Research Grants 2027", 16, 12, 26)
exchange_oof(W + "out-of-office/04-exchange-resposta-automatica-ptbr.eml", o, "Thiago Nascimento", "thiago.nascimento@ufpe-pesquisa.example",
 "Resposta automática: ", """Olá,

Estou em férias de 16/11 a 04/12 e sem acesso ao e-mail. Sua mensagem não será encaminhada.

Em caso de urgência, favor contatar a secretaria do programa pelo e-mail secretaria.ppg@ufpe-pesquisa.example.

Obrigado,
Thiago Nascimento
""", "pt-BR", 0.1, -3)

o = Ours("Elif Yılmaz", "elif.yilmaz@bogazici-arastirma.example", "Hibe başvurusu - Elif Yılmaz", 17, 9, 3)
exchange_oof(W + "out-of-office/05-exchange-otomatik-yanit-tr.eml", o, "Elif Yılmaz", "elif.yilmaz@bogazici-arastirma.example",
 "Otomatik yanıt: ", """Merhaba,

17-24 Kasım tarihleri arasında yıllık izindeyim ve e-postalarıma erişimim kısıtlı olacaktır. Acil durumlar için lütfen bolum@bogazici-arastirma.example adresine yazınız.

Dönüşümde size geri döneceğim.

Saygılarımla,
Elif Yılmaz

---

Hello, I am on annual leave from 17 to 24 November with limited access to email. For urgent matters please write to bolum@bogazici-arastirma.example.
""", "tr-TR", 0.1, 3)

o = Ours("佐藤 健一", "k.sato@tohoku-kenkyu.example", "研究助成への応募（佐藤健一）", 18, 1, 15)
exchange_oof(W + "out-of-office/06-exchange-jidou-outou-ja.eml", o, "佐藤 健一", "k.sato@tohoku-kenkyu.example",
 "自動応答: ", """お世話になっております。

誠に勝手ながら、11月18日（水）から11月25日（水）まで海外出張のため不在にしております。
期間中はメールの確認が遅れる場合がございます。
急ぎのご用件は、研究室事務（office-lab@tohoku-kenkyu.example）までご連絡ください。

ご迷惑をおかけいたしますが、よろしくお願いいたします。

佐藤 健一
東北研究大学 環境科学研究科
""", "ja-JP", 0.2, 9)

def gmail_mid(seed):
    return "<CA+%s%s=%s@mail.gmail.example>" % (uid(seed, 10), uid(seed + "x", 12).upper(), uid(seed + "y", 14))

def gmail_vacation(path, o, name, email, subject, body, tz, delay_min, lang):
    d = o.date + timedelta(minutes=delay_min)
    local = d.astimezone(timezone(timedelta(hours=tz)))
    hdrs = inbound(d, "mail-sor-f41.google.example", "209.85.220.41", email) + [
        ("X-Google-DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.example; s=20230601; h=x-gm-message-state:auto-submitted:..."),
        ("MIME-Version", None),
        ("From", addr(name, email)), ("Date", fdate(local)),
        ("Message-ID", gmail_mid(path)), ("Subject", h(subject)), ("To", "apply@grants.example"),
        ("In-Reply-To", o.mid), ("References", o.refs()),
        ("Auto-Submitted", "auto-replied"),
    ]
    write(path, hdrs, alt(body, '<div dir="ltr">' + "<br>\n".join(_html.escape(l) for l in body.strip().split("\n")) + "</div>", cte="b64"))

o = Ours("Ananya Deshpande", "ananya.deshpande@gmail.example", "Application for Community Research Grant - Ananya Deshpande", 19, 5, 47)
gmail_vacation(W + "out-of-office/07-gmail-vacation-hi.eml", o, "Ananya Deshpande", "ananya.deshpande@gmail.example",
 "छुट्टी पर हूँ / On leave", """नमस्ते,

आपके ईमेल के लिए धन्यवाद। मैं 19 नवंबर से 29 नवंबर 2026 तक छुट्टी पर हूँ और इस दौरान ईमेल नियमित रूप से नहीं देख पाऊँगी। लौटने के बाद मैं आपको जवाब दूँगी।

Thank you for your email. I am on leave from 19 to 29 November 2026 and will reply after I return.

सादर,
अनन्या देशपांडे
""", 5.5, 0.1, "hi")

o = Ours("Rokeya Sultana", "rokeya.sultana@gmail.example", "Grant application: Rokeya Sultana (climate migration, Khulna)", 20, 3, 12)
gmail_vacation(W + "out-of-office/14-gmail-vacation-bn.eml", o, "Rokeya Sultana", "rokeya.sultana@gmail.example",
 "ছুটিতে আছি", """প্রিয় প্রেরক,

আপনার ইমেইলের জন্য ধন্যবাদ। আমি ২০ নভেম্বর থেকে ৫ ডিসেম্বর পর্যন্ত মাঠ পর্যায়ের কাজে খুলনার উপকূলীয় এলাকায় আছি, সেখানে ইন্টারনেট সংযোগ খুবই সীমিত। ফিরে এসে আমি আপনার ইমেইলের উত্তর দেব।

জরুরি প্রয়োজনে অনুগ্রহ করে +৮৮০ ১৭১১ ৫৫৫ ২০৪ নম্বরে যোগাযোগ করুন।

ধন্যবাদান্তে,
রোকেয়া সুলতানা
""", 6, 0.2, "bn")

# 08 Zoho Mail auto reply, Arabic
o = Ours("Omar Al-Hashimi", "omar@nahda-research.example", "Application - Water reuse in Jordan Valley farms", 20, 8, 31)
d = o.date + timedelta(seconds=25)
body = """السلام عليكم،

شكرًا لرسالتكم. أنا خارج المكتب حاليًا حتى يوم الأحد 29 نوفمبر 2026، ولن أتمكن من الرد على البريد الإلكتروني بانتظام خلال هذه الفترة.
للأمور العاجلة يرجى التواصل مع الزميلة رنا خليل على البريد rana@nahda-research.example.

سأرد على رسالتكم فور عودتي.

مع خالص التحية،
عمر الهاشمي
مركز النهضة للبحوث
"""
write(W + "out-of-office/08-zoho-auto-reply-ar.eml", inbound(d, "sender4-op-o15.zoho.example", "136.143.188.15", "omar@nahda-research.example") + [
    ("ARC-Seal", "i=1; a=rsa-sha256; t=1795000000; cv=none; d=zohomail.example; s=zohoarc; b=Jk3..."),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=3))))),
    ("From", addr("Omar Al-Hashimi", "omar@nahda-research.example")),
    ("To", "apply@grants.example"),
    ("Message-Id", "<%s.%s@zoho.example>" % (uid("z" + o.mid, 14), int(uid("zz", 8), 16))),
    ("In-Reply-To", o.mid), ("References", o.refs()),
    ("Subject", h("رد تلقائي: " + o.subject)),
    ("Auto-Submitted", "auto-replied"),
    ("X-Priority", "Medium"), ("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail"),
    ("X-ZohoMailClient", "External"),
], mp("alternative", [text(body, cte="b64"), text(html_wrap('<div style="direction:rtl">' + paras_html(body) + "</div>", "ar"), "html", cte="b64")]))

# 09 Fastmail (Sieve vacation), Dutch
o = Ours("Sanne de Vries", "sanne@devries-onderzoek.example", "Aanvraag Community Research Grant", 21, 10, 5)
d = o.date + timedelta(seconds=3)
body = """Beste afzender,

Bedankt voor je bericht. Ik ben met vakantie tot en met 6 december en lees mijn e-mail niet. Je bericht wordt niet doorgestuurd.

Voor dringende zaken kun je contact opnemen met Pieter Bakker via pieter@devries-onderzoek.example.

Hartelijke groet,
Sanne de Vries
"""
write(W + "out-of-office/09-fastmail-sieve-vacation-nl.eml", inbound(d, "fout-a2-smtp.messagingengine.example", "103.168.172.145", "") + [
    ("Received", "from phl-sieve-04 (localhost [127.0.0.1])\n\tby mailfout.phl.internal (Postfix) with ESMTP id 4A3F513800A1\n\tfor <apply@grants.example>; " + fdate(d.astimezone(timezone(timedelta(hours=-5))))),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=-5))))),
    ("From", addr("Sanne de Vries", "sanne@devries-onderzoek.example")),
    ("To", "apply@grants.example"),
    ("Subject", "Auto: " + o.subject),
    ("Message-ID", "<vacation.%s@mailfout.phl.internal>" % uid("fm" + o.mid, 16)),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("Auto-Submitted", "auto-replied (vacation)"),
    ("Precedence", "bulk"),
    ("X-ME-Sender", "<xms:" + uid("xms", 20) + ">"),
], text(body, cte="qp"))

# 10 Outlook desktop client rule "reply using a specific template" over IMAP/SMTP, Swahili; no auto headers
o = Ours("Baraka Mwakyusa", "baraka@kilimo-bora.example", "Maombi ya ruzuku - Baraka Mwakyusa", 21, 13, 44)
d = o.date + timedelta(minutes=6, seconds=12)
body = """Habari,

Asante kwa barua pepe yako. Niko likizo kuanzia tarehe 20 hadi 30 Novemba 2026 na sitaweza kusoma barua pepe mara kwa mara.

Kwa masuala ya dharura, tafadhali wasiliana na Bi. Neema Mushi kupitia neema@kilimo-bora.example au simu +255 754 555 318.

Nitajibu ujumbe wako nitakaporudi ofisini.

Wako,
Baraka Mwakyusa
Mratibu wa Miradi, Kilimo Bora Trust
Arusha, Tanzania
"""
hb = '<div class="WordSection1">' + paras_html(body).replace("<p>", '<p class="MsoNormal">') + "</div>"
write(W + "out-of-office/10-outlook-client-rule-template-sw.eml", inbound(d, "cp41.hostafrica-like.example", "197.232.61.41", "baraka@kilimo-bora.example") + [
    ("Received", "from DESKTOP-7K2LQ9M (unknown [41.59.200.17])\n\tby cp41.hostafrica-like.example (Postfix) with ESMTPSA id 8E2C12201B\n\tfor <apply@grants.example>; " + fdate(d.astimezone(timezone(timedelta(hours=3))))),
    ("From", addr("Baraka Mwakyusa", "baraka@kilimo-bora.example")),
    ("To", "<apply@grants.example>"),
    ("Subject", "Nje ya ofisi / Out of office"),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=3))))),
    ("Message-ID", "<000001dc5a3f$%s$%s@kilimo-bora.example>" % (uid("b1" + o.mid, 8), uid("b2" + o.mid, 8))),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AdxaP" + uid("b3", 20) + "=="),
    ("Content-Language", "sw"),
], alt(body, hb, "sw"))

# 11 Apple Mail rule "Reply to Message", Vietnamese; no auto headers
o = Ours("Nguyễn Văn Minh", "minh.nguyen@vien-ktxh.example", "Đơn xin tài trợ nghiên cứu - Nguyễn Văn Minh", 22, 2, 18)
d = o.date + timedelta(minutes=2, seconds=40)
body = """Xin chào,

Cảm ơn anh/chị đã gửi email. Tôi đang nghỉ phép từ ngày 20/11 đến hết ngày 30/11/2026 và sẽ không kiểm tra email thường xuyên.

Nếu có việc gấp, vui lòng liên hệ chị Trần Thị Hoa qua email hoa.tran@vien-ktxh.example hoặc số điện thoại 0903 555 214.

Tôi sẽ phản hồi ngay khi quay lại làm việc.

Trân trọng,
Nguyễn Văn Minh
"""
hn = d.astimezone(timezone(timedelta(hours=7)))
write(W + "out-of-office/11-apple-mail-rule-vi.eml", inbound(d, "mail.vien-ktxh.example", "203.113.150.9", "minh.nguyen@vien-ktxh.example") + [
    ("Received", "from smtpclient.apple (unknown [14.231.88.102])\n\tby mail.vien-ktxh.example (Postfix) with ESMTPSA id 1B7E04C0D2\n\tfor <apply@grants.example>; " + fdate(hn)),
    ("From", addr("Nguyễn Văn Minh", "minh.nguyen@vien-ktxh.example")),
    ("Subject", h(o.subject)),
    ("Date", fdate(hn)),
    ("Message-Id", "<%s-%s-%s@vien-ktxh.example>" % (uid("ap1" + o.mid, 8).upper(), uid("ap2", 4).upper(), uid("ap3", 12).upper())),
    ("References", o.refs()), ("In-Reply-To", o.mid),
    ("To", GT),
    ("X-Mailer", "Apple Mail (2.3826.200.121)"),
], text(body, cte="qp"))

# 12 Proton Mail auto-reply, Polish
o = Ours("Katarzyna Wiśniewska", "k.wisniewska@proton-like.example", "Wniosek o grant - Katarzyna Wiśniewska", 23, 9, 9)
d = o.date + timedelta(seconds=6)
body = """Dzień dobry,

dziękuję za wiadomość. Do 4 grudnia przebywam na urlopie i nie mam stałego dostępu do poczty. Odpowiem po powrocie.

W sprawach pilnych proszę o kontakt telefoniczny: +48 600 555 127.

Pozdrawiam serdecznie,
Katarzyna Wiśniewska
"""
write(W + "out-of-office/12-proton-auto-reply-pl.eml", inbound(d, "mail-4317.proton-like.example", "185.70.43.17", "k.wisniewska@proton-like.example") + [
    ("Date", fdate(d)),
    ("To", "apply@grants.example"),
    ("From", addr("Katarzyna Wiśniewska", "k.wisniewska@proton-like.example")),
    ("Subject", h("Auto: " + o.subject)),
    ("Message-ID", "<%s=@proton-like.example>" % uid("pr" + o.mid, 40)),
    ("In-Reply-To", o.mid), ("References", o.refs()),
    ("Auto-Submitted", "auto-replied"),
    ("X-Pm-Message-ID", uid("pm" + o.mid, 40)),
    ("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end"),
    ("X-Autoreply", "yes"),
], alt(body, cte="qp"))

o = Ours("이지현", "jihyun.lee@snu-env.example", "연구 지원금 신청서 - 이지현", 24, 0, 58)
exchange_oof(W + "out-of-office/13-exchange-jadong-hoesin-ko.eml", o, "이지현", "jihyun.lee@snu-env.example",
 "자동 회신: ", """안녕하세요.

메일 주셔서 감사합니다. 저는 11월 23일부터 12월 1일까지 해외 학회 참석으로 부재중입니다.
이 기간에는 메일 확인이 어려우니, 급한 용무는 연구실 행정실(envlab@snu-env.example, 02-555-0148)로 연락 부탁드립니다.

복귀 후 회신드리겠습니다.

이지현 드림
""", "ko-KR", 0.2, 9)

# ============================================================ left / not monitored / forwarding
o = Ours("Dr. Peter Okonkwo", "p.okonkwo@greenfield-consult.example", "Application - Dr Peter Okonkwo", 24, 11, 20)
exchange_oof(W + "left-or-unmonitored/01-exchange-oof-left-company-en.eml", o, "Peter Okonkwo", "p.okonkwo@greenfield-consult.example",
 "Automatic reply: ", """Peter Okonkwo has left Greenfield Consulting and this mailbox is no longer monitored. Your email will not be forwarded.

For project enquiries please contact projects@greenfield-consult.example. For finance and invoices please write to accounts@greenfield-consult.example.

Thank you,
Greenfield Consulting Ltd
""", "en-GB", 0.1, 1)

# 02 Thai: no-reply mailbox of a university research office, not monitored
o = Ours("สำนักงานวิจัย มหาวิทยาลัยเชียงใหม่", "noreply-research@cmu-research.example", "แบบฟอร์มสมัครทุนวิจัย - นางสาวพิมพ์ชนก ศรีสุข", 25, 4, 2)
d = o.date + timedelta(seconds=9)
body = """เรียน ผู้ส่ง

กล่องจดหมายนี้ใช้สำหรับส่งอีเมลอัตโนมัติเท่านั้น และไม่มีเจ้าหน้าที่ตรวจสอบข้อความที่ส่งเข้ามา ข้อความของท่านจะไม่ได้รับการอ่านหรือตอบกลับ

หากต้องการติดต่อสำนักงานวิจัย กรุณาส่งอีเมลไปที่ research-office@cmu-research.example หรือโทร 053-555-021 ในวันและเวลาราชการ

This mailbox is not monitored. Please do not reply to this message. To contact the Research Office, write to research-office@cmu-research.example.

สำนักงานบริหารงานวิจัย
"""
write(W + "left-or-unmonitored/02-noreply-not-monitored-th.eml", inbound(d, "mail-sg2apc01on2104.outbound.protection.outlook.example", "40.107.215.104", "noreply-research@cmu-research.example") + [
    ("From", addr("Research Office (No Reply)", "noreply-research@cmu-research.example")),
    ("To", "apply@grants.example"),
    ("Subject", h("ตอบกลับอัตโนมัติ: " + o.subject)),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=7))))),
    ("Message-ID", "<TYZPR06MB%s@TYZPR06MB6412.apcprd06.prod.outlook.example>" % uid("th" + o.mid, 20).upper()),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("Content-Language", "th-TH"),
    ("auto-submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
    ("x-ms-exchange-parent-message-id", o.mid),
    ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
], alt(body, lang="th"))

# 03 Greek: old address, cPanel/Exim autoresponder announcing the new address
o = Ours("Γιώργος Παπαδόπουλος", "g.papadopoulos@old-lab.example", "Αίτηση χρηματοδότησης - Γ. Παπαδόπουλος", 25, 12, 47)
d = o.date + timedelta(seconds=2)
body = """Καλησπέρα σας,

Η διεύθυνση g.papadopoulos@old-lab.example δεν χρησιμοποιείται πλέον και τα μηνύματα δεν προωθούνται αυτόματα.
Παρακαλώ στείλτε ξανά το μήνυμά σας στη νέα μου διεύθυνση: giorgos.papadopoulos@aegean-inst.example

Ευχαριστώ,
Γιώργος Παπαδόπουλος

---
This address is no longer in use. Please resend your message to giorgos.papadopoulos@aegean-inst.example
"""
write(W + "left-or-unmonitored/03-address-changed-forwarding-el.eml", inbound(d, "gr-host07.webhost.example", "185.4.132.77", "") + [
    ("Received", "from grhost07 by gr-host07.webhost.example with local (Exim 4.98)\n\tid 1vAx2b-00071e-0R\n\tfor apply@grants.example;\n\t" + fdate(d.astimezone(timezone(timedelta(hours=2))))),
    ("From", addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@old-lab.example")),
    ("To", "apply@grants.example"),
    ("Subject", h("Νέα διεύθυνση email / New email address")),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("Auto-Submitted", "auto-replied"),
    ("X-Autorespond", "g.papadopoulos@old-lab.example"),
    ("Precedence", "auto_reply"),
    ("Message-Id", "<E1vAx2b-00071e-0R@gr-host07.webhost.example>"),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=2))))),
], text(body, cte="8bit"))

# 04 Urdu: Gmail filter that sends a saved template; the template says she has left; no auto headers
o = Ours("Bilal Ahmed", "bilal.ahmed.pu@gmail.example", "Grant application - Bilal Ahmed (Lahore)", 26, 7, 14)
d = o.date + timedelta(seconds=31)
body = """السلام علیکم،

میں اب پنجاب یونیورسٹی کے شعبۂ ماحولیات سے وابستہ نہیں ہوں، اس لیے اس پتے پر بھیجی گئی ای میلز باقاعدگی سے نہیں دیکھی جاتیں۔
براہِ کرم آئندہ مجھ سے میرے نئے پتے bilal.ahmed@indus-water.example پر رابطہ کریں۔

شکریہ،
بلال احمد

I have left the University of the Punjab and this inbox is not checked regularly. Please write to bilal.ahmed@indus-water.example instead.
"""
write(W + "left-or-unmonitored/04-gmail-filter-template-left-university-ur.eml", inbound(d, "mail-sor-f69.google.example", "209.85.220.69", "bilal.ahmed.pu@gmail.example") + [
    ("MIME-Version", None),
    ("From", addr("Bilal Ahmed", "bilal.ahmed.pu@gmail.example")),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=5))))),
    ("Message-ID", gmail_mid("ur" + o.mid)),
    ("Subject", h(o.subject)),
    ("To", GT),
    ("In-Reply-To", o.mid), ("References", o.refs()),
], alt(body, '<div dir="rtl">' + paras_html(body) + "</div>", cte="b64"))

# ============================================================ help desks
o = Ours("Support - Lakeview Institute", "support@lakeview-institute.example", "Application from Lakeview Institute for Community Research Grant", 4, 15, 8)
d = o.date + timedelta(seconds=40)
body = """##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Lakeview Institute Help Center.
[ZRNX4P-7M2Q]
"""
write(W + "helpdesk/01-zendesk-request-received.eml", inbound(d, "o1.ptr8841.zendesk-mail.example", "192.0.2.141", "support+id48213@lakeview-institute.zendesk.example") + [
    ("Date", fdate(d)),
    ("From", "Lakeview Institute Help Center <support@lakeview-institute.example>"),
    ("Reply-To", "Lakeview Institute Help Center <support+id48213@lakeview-institute.zendesk.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Message-ID", "<ZRNX4P7M2Q_6920a1c8e4b12_5cc1138f16520_sprut@zendesk.example>"),
    ("In-Reply-To", "<ZRNX4P7M2Q@zendesk.example>"), ("References", "<ZRNX4P7M2Q@zendesk.example> " + o.mid),
    ("Subject", "[Lakeview Institute] Re: " + o.subject),
    ("X-Mailer", "Zendesk Mailer"),
    ("X-Zendesk-From-Account-Id", "c41f8a2"),
    ("X-Zendesk-Email-Id", "01KA" + uid("zd" + o.mid, 22).upper()),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
], alt(body, '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>\n' + paras_html(body.split("\n\n", 1)[1]), lang="en"))

o = Ours("Atención al cliente - ONG Raíces", "contacto@ong-raices.example", "Postulación ONG Raíces - fondos de investigación comunitaria", 5, 17, 35)
d = o.date + timedelta(minutes=1)
body = """Estimado/a Grants Team,

Nos gustaría confirmar que hemos recibido su solicitud y se ha creado un ticket (#7721) para la misma. Un representante la revisará y le enviará una respuesta personal (normalmente en un plazo de 24 horas hábiles).

Para ver el estado de la solicitud en línea, por favor visite https://ongraices.freshdesk.example/helpdesk/tickets/7721

Si cree que este ticket se creó por error, no es necesario que haga nada.

Atentamente,
Equipo de Atención - ONG Raíces
"""
write(W + "helpdesk/02-freshdesk-ticket-recibido-es.eml", inbound(d, "mail-ord1.freshemail.example", "198.51.100.190", "bounces+7721@freshdesk.example") + [
    ("From", h("Atención ONG Raíces") + " <contacto@ong-raices.example>"),
    ("To", "apply@grants.example"),
    ("Subject", h("Ticket recibido - " + o.subject)),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=-3))))),
    ("Message-ID", "<%s.%s@ongraices.freshdesk.example>" % (uid("fd" + o.mid, 20), 7721)),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("X-FD-Email", "True"), ("X-Freshdesk-Ticket-Id", "7721"),
    ("Auto-Submitted", "auto-generated"),
], alt(body, lang="es"))

o = Ours("IT Service Desk - Meridian Health Trust", "servicedesk@meridian-health.example", "Research grant application - Meridian Health Trust nursing study", 6, 9, 58)
d = o.date + timedelta(seconds=55)
body = """—-—-—-—
Reply above this line.

Hi Grants Team,

Thanks for contacting the Meridian Service Desk. We've received your request and logged it as MSD-18842.

One of our agents will get back to you shortly. You can view and track your request in the help center:
https://meridian-health.atlassian.example/servicedesk/customer/portal/3/MSD-18842

Meridian Service Desk

View request · Turn off this request's notifications
This is shared with Grants Team.

Powered by Jira Service Management
"""
write(W + "helpdesk/03-jira-service-management.eml", inbound(d, "mail-us-west-2.jira-ses.example", "54.240.27.18", "jira@meridian-health.atlassian.example") + [
    ("Date", fdate(d)),
    ("From", "Meridian Service Desk <servicedesk@meridian-health.example>"),
    ("Reply-To", "servicedesk@meridian-health.example"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Message-ID", "<JIRA.1884201.%s@Atlassian.JIRA>" % int(uid("ji" + o.mid, 10), 16)),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("Subject", "MSD-18842 " + o.subject),
    ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
    ("X-JIRA-FingerPrint", uid("fingerprint", 32)),
    ("X-Atlassian-Mail-Message-Id", uid("amm" + o.mid, 16)),
], alt(body))

o = Ours("Research Support", "research.support@harbourcity-uni.example", "Application - Harbour City University, coastal resilience", 9, 10, 12)
d = o.date + timedelta(minutes=2)
body = """Incident INC0458213 has been opened on your behalf.

Short description: %s
Priority: 4 - Low
Assignment group: Research Support - Tier 1

We will contact you if we need further information. You can check the status of your incident at any time:
https://harbourcity.service-now.example/sp?id=ticket&table=incident&sys_id=%s

Thank you,
Research Support, Harbour City University

Ref:MSG%s
""" % (o.subject, uid("sys" + o.mid, 32), int(uid("ref", 6), 16))
write(W + "helpdesk/04-servicenow-incident-opened.eml", inbound(d, "outbound-sn3.service-now.example", "149.96.5.31", "harbourcity@service-now.example") + [
    ("Date", fdate(d)),
    ("From", "Harbour City Research Support <harbourcity@service-now.example>"),
    ("Reply-To", "harbourcity@service-now.example"),
    ("To", "apply@grants.example"),
    ("Message-ID", "<%s.%s@harbourcity.service-now.example>" % (uid("snm" + o.mid, 20), int(uid("snx", 8), 16))),
    ("Subject", "Incident INC0458213 has been opened on your behalf"),
    ("X-ServiceNow-Source", "Notification-" + uid("sn1", 32)),
    ("X-ServiceNow-SysEmail-Version", "2"),
    ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
], alt(body))

o = Ours("Kontakt - Stiftung Lernwerk", "kontakt@lernwerk-stiftung.example", "Antrag auf Förderung: Lernwerkstätten im ländlichen Raum", 10, 11, 50)
d = o.date + timedelta(seconds=14)
body = """Vielen Dank für Ihre Anfrage!

Ihre Anfrage (Ticket#31004) ist bei uns eingegangen und wird von unseren Mitarbeiterinnen und Mitarbeitern bearbeitet.

Um weitere Informationen zu Ihrer Anfrage hinzuzufügen, antworten Sie einfach auf diese E-Mail. Bitte lassen Sie dabei die Ticketnummer im Betreff unverändert.

Ihr Team der Stiftung Lernwerk

Zammad, Ihr Helpdesk- und Kundensupport-System
"""
write(W + "helpdesk/05-zammad-anfrage-de.eml", inbound(d, "helpdesk.lernwerk-stiftung.example", "188.68.40.12", "kontakt@lernwerk-stiftung.example") + [
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=1))))),
    ("From", "Stiftung Lernwerk <kontakt@lernwerk-stiftung.example>"),
    ("To", "apply@grants.example"),
    ("Message-ID", "<%s@zammad.lernwerk-stiftung.example>" % (d.strftime("%Y%m%d%H%M%S") + "." + str(int(uid("za", 6), 16)))),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("Subject", h("Vielen Dank für Ihre Anfrage (" + o.subject + ") [Ticket#31004]")),
    ("X-Loop", "yes"), ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Zammad-Ticket-ID", "31004"), ("X-Zammad-Ticket-Number", "31004"),
    ("X-Mailer", "Zammad Mail Service"),
], alt(body, lang="de"))

o = Ours("Segreteria Cooperativa Terra Viva", "segreteria@coop-terraviva.example", "Domanda di finanziamento - Cooperativa Terra Viva", 12, 14, 6)
d = o.date + timedelta(seconds=30)
tn = "2026111210000073"
body = """Gentile mittente,

grazie per averci scritto. La sua richiesta è stata registrata con il numero [Ticket#%s] e sarà presa in carico da un operatore il prima possibile.

La preghiamo di non modificare l'oggetto della mail in caso di risposta, in modo da mantenere il riferimento al ticket.

Cordiali saluti,
Segreteria - Cooperativa Terra Viva

--
Questo messaggio è stato generato automaticamente. Si prega di non rispondere.
""" % tn
write(W + "helpdesk/06-otrs-ticket-it.eml", inbound(d, "ticket.coop-terraviva.example", "93.184.40.77", "segreteria@coop-terraviva.example") + [
    ("From", "Segreteria Terra Viva <segreteria@coop-terraviva.example>"),
    ("To", "apply@grants.example"),
    ("Subject", h("[Ticket#%s] RE: %s" % (tn, o.subject[4:]))),
    ("References", o.mid), ("In-Reply-To", o.mid),
    ("X-Mailer", "Znuny Mail Service (6.5.x)"),
    ("X-Powered-By", "Znuny (https://www.znuny.example/)"),
    ("Message-ID", "<%s.%s@ticket.coop-terraviva.example>" % (int(uid("ot" + o.mid, 8), 16), int(uid("ot2", 6), 16))),
    ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Loop", "yes"),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=1))))),
], text(body, cte="qp", charset="utf-8"))

# ============================================================ challenge-response
o = Ours("Gary Holcomb", "gary@holcomb-farms.example", "Grant application - Holcomb Family Farms soil project", 14, 18, 2)
d = o.date + timedelta(seconds=20)
body = """Hello Grants Team,

I'm protecting myself from receiving junk mail. Just this once, click the link below so I can receive your emails. You won't have to do this again.

https://www.spamarrest.example/a2/verify?u=gary%%40holcomb-farms.example&c=%s

Your original message is being held and will be delivered once you verify.

Thank you,
gary@holcomb-farms.example

-------------------------------------------------------------------
This message was sent by Spam Arrest on behalf of gary@holcomb-farms.example.
Original subject: %s
""" % (uid("sa" + o.mid, 24), o.subject)
write(W + "challenge-response/01-spamarrest-style-verify.eml", inbound(d, "mx3.spamarrest.example", "198.51.100.203", "verify@spamarrest.example") + [
    ("From", "gary@holcomb-farms.example"),
    ("Sender", "verify@spamarrest.example"),
    ("To", "apply@grants.example"),
    ("Subject", h(o.subject + " [Verification requested]")),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=-6))))),
    ("Message-ID", "<sa.%s@spamarrest.example>" % uid("sam" + o.mid, 18)),
    ("In-Reply-To", o.mid),
    ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Spam Arrest Challenge"),
    ("Precedence", "junk"),
], text(body, cte="7bit", charset="us-ascii"))

# ============================================================ delay / quota / quarantine
o = Ours("Hamza Yusuf Bello", "hamza.bello@kano-agrotech.example", "Application: solar irrigation pilot - Hamza Yusuf Bello", 15, 8, 0)
d = o.date + timedelta(hours=4, minutes=2)
bt = """    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at %s
from smtp.grants.example [192.0.2.25]

   ----- Transcript of session follows -----
<hamza.bello@kano-agrotech.example>... Deferred: Connection timed out with mail.kano-agrotech.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""" % fdate(o.date + timedelta(seconds=2)).replace(" +0000", " GMT")
ds = """Reporting-MTA: dns; relay2.ng-isp.example
Arrival-Date: %s

Final-Recipient: RFC822; hamza.bello@kano-agrotech.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mail.kano-agrotech.example
Last-Attempt-Date: %s
Will-Retry-Until: %s
""" % (fdate(o.date + timedelta(seconds=2)), fdate(d), fdate(o.date + timedelta(days=5)))
root = mp("report", [text(bt, cte="7bit", charset="us-ascii"), raw("message/delivery-status", ds), raw("text/rfc822-headers", o.rfc822_headers())],
          params={"report-type": "delivery-status"}, preamble="This is a MIME-encapsulated message")
write(W + "delay-quota-quarantine/01-sendmail-warning-4-hours.eml", inbound(d, "relay2.ng-isp.example", "197.210.53.12", "") + [
    ("Received", "from localhost (localhost)\n\tby relay2.ng-isp.example (8.17.2/8.17.2) id 5AFC2a1x004417;\n\t" + fdate(d.astimezone(timezone(timedelta(hours=1))))),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=1))))),
    ("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay2.ng-isp.example>"),
    ("Message-Id", "<202611151202.5AFC2a1x004417@relay2.ng-isp.example>"),
    ("To", "<apply@grants.example>"),
    ("Subject", "Warning: could not send message for past 4 hours"),
    ("Auto-Submitted", "auto-generated (warning-timeout)"),
], root)

o = Ours("Valentina Rojas Medina", "vrojas@municipalidad-valdivia.example", "Postulación - proyecto de humedales urbanos", 16, 13, 30)
d = o.date + timedelta(hours=8, minutes=1)
plain = """La entrega se ha retrasado a los siguientes destinatarios o grupos:

vrojas@municipalidad-valdivia.example

Asunto: %s

Todavía no se ha entregado este mensaje. Seguiremos intentándolo.

El servidor intentará entregar el mensaje durante 1 días, 15 horas y 52 minutos más. Recibirá una notificación si no se puede entregar el mensaje en ese plazo.







Información de diagnóstico para administradores:

Servidor de generación: EXCH01.muni.local
Error en el servidor remoto: '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'

Encabezados del mensaje original:

""" % o.subject + o.rfc822_headers()
ds = dsn_fields("dns;EXCH01.muni.local", o.date + timedelta(seconds=3), [[
    ("Final-Recipient", "rfc822;vrojas@municipalidad-valdivia.example"), ("Action", "delayed"), ("Status", "4.4.0"),
    ("Diagnostic-Code", "smtp;451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\""),
    ("Will-Retry-Until", fdate(o.date + timedelta(days=2)))]])
root = mp("report", [mp("alternative", [text(plain), text(html_wrap(paras_html(plain.split("\nInformación de diag")[0]), "es"), "html")]),
                     raw("message/delivery-status", ds), raw("text/rfc822-headers", o.rfc822_headers())],
          params={"report-type": "delivery-status"})
loc = d.astimezone(timezone(timedelta(hours=-3)))
write(W + "delay-quota-quarantine/02-exchange-entrega-retrasada-es.eml", inbound(d, "correo.municipalidad-valdivia.example", "200.55.140.8", "") + [
    ("From", "postmaster@municipalidad-valdivia.example"), ("To", "apply@grants.example"),
    ("Date", fdate(loc)), ("Subject", h("Entrega retrasada: " + o.subject)),
    ("Thread-Topic", h(o.subject)),
    ("Message-ID", "<%s@EXCH01.muni.local>" % uid("dl" + o.mid, 32)),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("Content-Language", "es-CL"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"),
], root)

# 03 Czech hosting: Dovecot LMTP quota bounce generated by Postfix, with a Czech note
o = Ours("Tereza Novotná", "tereza.novotna@seznam-like.example", "Žádost o grant - Tereza Novotná", 17, 15, 15)
d = o.date + timedelta(seconds=5)
bt = """This is the mail system at host mx2.seznam-like.example.

Vaši zprávu se nepodařilo doručit jednomu nebo více příjemcům, protože schránka
příjemce je plná. Zpráva je přiložena níže.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tereza.novotna@seznam-like.example>: host
    mail-store3.seznam-like.example[private/dovecot-lmtp] said: 552 5.2.2
    <tereza.novotna@seznam-like.example> Quota exceeded (mailbox for user is
    full) (in reply to end of DATA command)
"""
ds = """Reporting-MTA: dns; mx2.seznam-like.example
X-Postfix-Queue-ID: 4Tq9Zb1kKbz1Xf
X-Postfix-Sender: rfc822; apply@grants.example
Arrival-Date: %s

Final-Recipient: rfc822; tereza.novotna@seznam-like.example
Original-Recipient: rfc822;tereza.novotna@seznam-like.example
Action: failed
Status: 5.2.2
Diagnostic-Code: lmtp; 552 5.2.2 <tereza.novotna@seznam-like.example> Quota
    exceeded (mailbox for user is full)
""" % fdate(o.date.astimezone(timezone(timedelta(hours=1))))
root = mp("report", [text(bt, cte="qp", headers=[("Content-Description", "Notification")]),
                     raw("message/delivery-status", ds, headers=[("Content-Description", "Delivery report")]),
                     raw("message/rfc822", o.rfc822(), headers=[("Content-Description", "Undelivered Message")])],
          params={"report-type": "delivery-status"}, preamble="This is a MIME-encapsulated message.")
cz = d.astimezone(timezone(timedelta(hours=1)))
write(W + "delay-quota-quarantine/03-dovecot-quota-exceeded-cs.eml", inbound(d, "mx2.seznam-like.example", "77.75.78.52", "") + [
    ("Received", "by mx2.seznam-like.example (Postfix)\n\tid 4Tq9Zb1kKbz1Xf; " + fdate(cz) + " (CET)"),
    ("Date", fdate(cz) + " (CET)"),
    ("From", "MAILER-DAEMON@mx2.seznam-like.example (Mail Delivery System)"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("To", "apply@grants.example"), ("Auto-Submitted", "auto-replied"),
    ("Message-Id", "<4Tq9Zb3ZqQz1Xg@mx2.seznam-like.example>"),
], root)

# 04 Secure mail gateway: message held in quarantine, sender notification
o = Ours("Dr. Amelia Fonoti", "a.fonoti@pacific-health.example", "Application - Dr Amelia Fonoti, Samoa NCD study", 19, 21, 40)
d = o.date + timedelta(seconds=48)
body = """Message Held for Review

Your message to a.fonoti@pacific-health.example has been held by the Pacific Health email security service and has not yet been delivered.

  From:     apply@grants.example
  To:       a.fonoti@pacific-health.example
  Subject:  %s
  Date:     %s
  Reason:   Suspected bulk mail (sender not yet trusted by recipient's organisation)

The recipient or an administrator will review the message. You do not need to resend it. If the message is released you will not receive another notification.

If you believe this message was held in error, contact the recipient by other means.

This is an automated notification. Replies to this address are not monitored.
Protected by SecureGW Email Security
""" % (o.subject, fdate(o.date))
write(W + "delay-quota-quarantine/04-gateway-quarantine-notice.eml", inbound(d, "au-smtp-notify-2.securegw.example", "103.13.69.21", "") + [
    ("From", "Pacific Health Email Security <postmaster@pacific-health.example>"),
    ("To", "apply@grants.example"),
    ("Subject", h("Message held: " + o.subject)),
    ("Date", fdate(d.astimezone(timezone(timedelta(hours=13))))),
    ("Message-ID", "<notify.%s@securegw.example>" % uid("q" + o.mid, 24)),
    ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
    ("X-SecureGW-Notification", "held-sender"),
], alt(body))

# ============================================================ receipts
o = Ours("Sipho Ndlovu", "sipho.ndlovu@wits-sa.example", "Community Research Grant application - Sipho Ndlovu", 20, 9, 0, kind="ack")
d = o.date + timedelta(hours=3, minutes=14)
loc = d.astimezone(timezone(timedelta(hours=2)))
plain = """Your message

To: Sipho Ndlovu
Subject: %s
Sent: %s

was read on %s.
""" % (o.subject, o.date.astimezone(timezone(timedelta(hours=2))).strftime("%A, %B %-d, %Y %-I:%M:%S %p (UTC+02:00) Harare, Pretoria"),
       loc.strftime("%A, %B %-d, %Y %-I:%M:%S %p (UTC+02:00) Harare, Pretoria"))
mdn = """Reporting-UA: JNXP275MB0913.ZAFP275.PROD.OUTLOOK.EXAMPLE; Microsoft Outlook 16.0
Final-Recipient: rfc822;sipho.ndlovu@wits-sa.example
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % o.mid
root = mp("report", [mp("alternative", [text(plain), text(html_wrap(paras_html(plain)), "html")]), raw("message/disposition-notification", mdn)],
          params={"report-type": "disposition-notification"})
write(W + "receipts/01-outlook-read-receipt.eml", inbound(d, "mail-jnaza01on2133.outbound.protection.outlook.example", "40.107.22.133", "sipho.ndlovu@wits-sa.example") + [
    ("From", "Sipho Ndlovu <sipho.ndlovu@wits-sa.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Subject", h("Read: " + o.subject)),
    ("Thread-Topic", h(o.subject)),
    ("Date", fdate(loc)),
    ("Message-ID", "<JNXP275MB0913%s@JNXP275MB0913.ZAFP275.PROD.OUTLOOK.EXAMPLE>" % uid("rr" + o.mid, 20).upper()),
    ("In-Reply-To", o.mid), ("References", o.mid),
    ("Content-Language", "en-ZA"), ("X-MS-Has-Attach", ""),
], root)

o = Ours("Dr. Jonas Hoffmann", "j.hoffmann@uni-kassel-like.example", "Bewerbung: Community Research Grants 2027 (J. Hoffmann)", 22, 10, 20, kind="ack")
d = o.date + timedelta(minutes=47)
loc = d.astimezone(timezone(timedelta(hours=1)))
plain = """Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an Dr. Jonas Hoffmann <j.hoffmann@uni-kassel-like.example> gesendet haben, am %s.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht am Computer des Empfängers angezeigt wurde. Es gibt keine Garantie, dass der Empfänger die Nachrichteninhalte gelesen oder verstanden hat.
""" % o.date.astimezone(timezone(timedelta(hours=1))).strftime("%d.%m.%Y %H:%M")
mdn = """Reporting-UA: uni-kassel-like.example; Mozilla Thunderbird
Final-Recipient: rfc822;j.hoffmann@uni-kassel-like.example
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % o.mid
root = mp("report", [text(plain, cte="8bit"), raw("message/disposition-notification", mdn, cte="7bit"),
                     raw("text/rfc822-headers", o.rfc822_headers(), cte="7bit", headers=[("Content-Disposition", "inline")])],
          params={"report-type": "disposition-notification"})
write(W + "receipts/02-thunderbird-mdn-de.eml", inbound(d, "mail.uni-kassel-like.example", "141.51.12.80", "j.hoffmann@uni-kassel-like.example") + [
    ("Date", fdate(loc)),
    ("From", "\"Dr. Jonas Hoffmann\" <j.hoffmann@uni-kassel-like.example>"),
    ("Subject", h("Empfangsbestätigung (angezeigt) - " + o.subject)),
    ("To", GT),
    ("Message-ID", "<%s-%s@uni-kassel-like.example>" % (uid("tb1" + o.mid, 8), uid("tb2", 12))),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Content-Language", "de-DE"),
    ("In-Reply-To", o.mid), ("References", o.refs()),
], root)

# ============================================================ calendar
inv_mid = "<invite.20261116.%s@grants.example>" % uid("invite", 10)
d = dt(23, 8, 12, 5)
loc = d.astimezone(timezone(timedelta(hours=1)))
uidv = "040000008200E00074C5B7101A82E008000000003C1D5B2A9F5ADC01000000000000000010000000" + uid("cal", 32).upper()
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED:mailto:anna.schmidt@fh-rheinland-like.example
COMMENT;LANGUAGE=de-DE:\\n
SUMMARY;LANGUAGE=de-DE:Zugesagt: Applicant info session (online)
DTSTART;TZID=W. Europe Standard Time:20261201T150000
DTEND;TZID=W. Europe Standard Time:20261201T160000
UID:%s
ORGANIZER:mailto:apply@grants.example
DTSTAMP:%s
SEQUENCE:0
PRIORITY:5
CLASS:PUBLIC
STATUS:CONFIRMED
TRANSP:OPAQUE
LOCATION:Online (link in invitation)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:-1108524317
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""" % (uidv, d.strftime("%Y%m%dT%H%M%SZ"))
cal = text(ics, "calendar", cte="b64", params={"method": "REPLY"})
root = mp("alternative", [text("\n", cte="7bit"), text(html_wrap('<div></div>', "de"), "html", cte="qp"), cal])
write(W + "calendar/01-outlook-accepted-de.eml", inbound(d, "mail-fr2deu01on2101.outbound.protection.outlook.example", "40.107.135.101", "anna.schmidt@fh-rheinland-like.example") + [
    ("From", "\"Schmidt, Anna\" <anna.schmidt@fh-rheinland-like.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Subject", "Zugesagt: Applicant info session (online)"),
    ("Thread-Topic", "Applicant info session (online)"),
    ("Thread-Index", "AQHcXP" + uid("calti", 20) + "=="),
    ("Date", fdate(loc)),
    ("Message-ID", "<FR3P281MB%s@FR3P281MB1452.DEUP281.PROD.OUTLOOK.EXAMPLE>" % uid("calm", 18).upper()),
    ("In-Reply-To", inv_mid), ("References", inv_mid),
    ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
    ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA8HVsqn1rcAQAAAAAAAAAAEAAAA" + uid("ser", 12)),
], root)

# ============================================================ lists
o = Ours("Coastal Ecology Group", "coastal-eco@lists.uni-marenord.example", "Application - Coastal Ecology Group (seagrass restoration)", 24, 14, 30)
d = o.date + timedelta(seconds=3)
body = """Your mail to 'Coastal-eco' with the subject

    %s

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.uni-marenord.example/mailman/confirm/coastal-eco/%s
""" % (o.subject, uid("mm" + o.mid, 40))
write(W + "lists/01-mailman-awaits-moderator.eml", inbound(d, "lists.uni-marenord.example", "192.0.2.180", "coastal-eco-bounces@lists.uni-marenord.example") + [
    ("Received", "from lists.uni-marenord.example (localhost [127.0.0.1])\n\tby lists.uni-marenord.example (Postfix) with ESMTP id 1F0A7E012C\n\tfor <apply@grants.example>; " + fdate(d)),
    ("MIME-Version", None),
    ("Subject", "Your message to Coastal-eco awaits moderator approval"),
    ("From", "coastal-eco-owner@lists.uni-marenord.example"),
    ("To", "apply@grants.example"),
    ("Message-ID", "<mailman.%d.%d.%d.coastal-eco@lists.uni-marenord.example>" % (412, int(d.timestamp()), 28817)),
    ("Date", fdate(d)),
    ("Precedence", "bulk"),
    ("X-BeenThere", "coastal-eco@lists.uni-marenord.example"),
    ("X-Mailman-Version", "2.1.39"),
    ("List-Id", "Coastal Ecology Group <coastal-eco.lists.uni-marenord.example>"),
    ("X-List-Administrivia", "yes"),
    ("Errors-To", "coastal-eco-bounces@lists.uni-marenord.example"),
    ("Sender", "\"Coastal-eco\" <coastal-eco-bounces@lists.uni-marenord.example>"),
], text(body, cte="7bit", charset="us-ascii"))

o = Ours("Fellows Committee", "fellows@ashoka-college.example", "Application from the Fellows Committee, Ashoka College", 26, 11, 5)
d = o.date + timedelta(seconds=1)
plain = """
** Message blocked **

Your message to fellows@ashoka-college.example has been blocked. See technical details below for more information.

The response from the remote server was:

We're writing to let you know that the group you tried to contact (fellows) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.example/a/ashoka-college.example/support/.

Thanks,

ashoka-college.example admins
"""
ds = """Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; apply@grants.example
Arrival-Date: %s

Final-Recipient: rfc822; fellows@ashoka-college.example
Action: failed
Status: 5.7.0
Diagnostic-Code: smtp; We're writing to let you know that the group you tried to contact (fellows) may not exist, or you may not have permission to post messages to the group.
Last-Attempt-Date: %s
""" % (fdate(o.date), fdate(d))
root = mp("report", [mp("alternative", [text(plain, cte="7bit"), text(html_wrap(paras_html(plain)), "html", cte="qp")]),
                     raw("message/delivery-status", ds), raw("message/rfc822", o.rfc822())],
          params={"report-type": "delivery-status"})
write(W + "lists/02-google-groups-no-permission.eml", [
    ("Return-Path", "<>"), ("Delivered-To", "apply@grants.example"),
    ("Received", "by 2002:a05:7300:4a1c:b0:1a2:88e1:4c7 with SMTP id k28csp901144dya;\n\t" + fdate(d)),
    ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"),
    ("To", "apply@grants.example"), ("Auto-Submitted", "auto-replied"),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("References", o.mid), ("In-Reply-To", o.mid),
    ("X-Failed-Recipients", "fellows@ashoka-college.example"),
    ("Message-ID", "<%s.%s.000000@mx.google.example>" % (uid("gg1" + o.mid, 8), uid("gg2" + o.mid, 16))),
    ("Date", fdate(d)),
], root)

# ============================================================ feedback (ARF)
o = Ours("Mehmet Kaya", "mehmetkaya1987@mailprov.example", "basvuru", 27, 9, 45)
d = dt(28, 3, 12, 40)
plain = """This is an email abuse report for an email message received from IP 192.0.2.25 on %s.
For more information about this format please see http://www.mipassoc.example/arf/.
""" % fdate(o.date)
fr = """Feedback-Type: abuse
User-Agent: MailProv-FBL/1.2
Version: 1
Original-Mail-From: <apply@grants.example>
Original-Rcpt-To: <redacted@mailprov.example>
Arrival-Date: %s
Source-IP: 192.0.2.25
Reported-Domain: grants.example
Authentication-Results: mta1042.mail.mailprov.example; dkim=pass header.i=@grants.example; spf=pass smtp.mailfrom=grants.example
""" % fdate(o.date)
red = o.rfc822().replace("mehmetkaya1987@mailprov.example", "redacted@mailprov.example").replace("Mehmet Kaya", "redacted")
root = mp("report", [text(plain, cte="7bit", charset="us-ascii"), raw("message/feedback-report", fr), raw("message/rfc822", red, headers=[("Content-Disposition", "inline")])],
          params={"report-type": "feedback-report"})
write(W + "feedback/01-arf-abuse-report.eml", inbound(d, "fbl-out2.mailprov.example", "198.51.100.98", "") + [
    ("Date", fdate(d)),
    ("From", "MailProv Feedback Loop <feedbackloop@fbl.mailprov.example>"),
    ("To", "apply@grants.example"),
    ("Subject", "Email Feedback Report for IP 192.0.2.25"),
    ("Message-ID", "<fbl.%s@fbl.mailprov.example>" % uid("fbl" + o.mid, 20)),
], root)
