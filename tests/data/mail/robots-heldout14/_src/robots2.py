from common import *
from robots import gmail_vacation
import html as H

W = "written-robots/"

def simple_html(t, style="font-family:Arial,sans-serif;font-size:14px"):
    return '<html><body><div style="%s">' % style + "<br>\n".join(H.escape(l) for l in t.strip().split("\n")) + "</div></body></html>\n"

# ---------------------------------------------------------------- help desks
def h01():
    th = Thread("Fundación Semillas del Sur", "contacto@semillasdelsur.example", "Postulación Harbourline Fellowship - Fundación Semillas del Sur",
                D(4, 11, 0, 0, "-0300"), "<CAGt7yU9i0oP1aS2dF3gH4jK5lZ6xC7vB8nM@mail.gmail.com>")
    d = D(4, 14, 2, 12)
    h = inbound(d, "outbyoip12.pod18.use1.zdsys.com", "192.161.151.12", "<support@semillasdelsur.zendesk.com>", dkim_domain="semillasdelsur.example")
    h += "Date: Wed, 04 Nov 2026 14:02:11 +0000\nFrom: Fundación Semillas del Sur <contacto@semillasdelsur.example>\n".replace("Fundación Semillas del Sur", ew("Fundación Semillas del Sur"), 1)
    h += "Reply-To: %s <contacto@semillasdelsur.example>\nTo: Grants Team <apply@grants.example>\nMessage-ID: <6RYX8Q3ZK0_6729d3a3b_4827_sprut@zendesk.com>\nIn-Reply-To: %s\nReferences: %s\nSubject: %s\nMime-Version: 1.0\nX-Mailer: Zendesk Mailer\nX-Zendesk-From-Account-Id: 1f9c2a3\nX-Zendesk-Email-Id: 01JC8Q3ZK0A7B6C5D4E3F2G1H0\nAuto-Submitted: auto-generated\n" % (
        ew("Fundación Semillas del Sur"), th.ack_mid, th.ack_mid, ew("Solicitud recibida: " + th.re))
    t = """##- Escriba su respuesta por encima de esta línea -##

Su solicitud (4827) se recibió y nuestro personal de asistencia la está revisando.

Para añadir comentarios adicionales, responda a este correo electrónico.

----------------------------------------------

Grants Team, 4 nov 2026, 11:01 -03

Thank you for your application to the Harbourline Fellowship 2027. We have received your email and your application is now on file.

To complete your application, please reply to this email and answer the following questions:

1. Which track are you applying for: Research, Practice or Community?
2. What is the earliest date you could start the fellowship?
3. Please give the name and email address of one referee.
4. Will you need a visa or travel support to attend the opening week in Rotterdam (8-12 March 2027)?

Short answers are fine, and you may reply in the language you are most comfortable with.

Kind regards,
Grants Team
Harbourline Fellowship
https://grants.example/harbourline

--------------------------------
Este correo electrónico es un servicio de Fundación Semillas del Sur.
Con tecnología de Zendesk

[P7Q3R4-XK2M]
"""
    htm = '<html><head><meta content="text/html; charset=utf-8" http-equiv="Content-Type"></head><body><div style="color:#b5b5b5">##- Escriba su respuesta por encima de esta línea -##</div><p dir="auto">Su solicitud (4827) se recibió y nuestro personal de asistencia la está revisando.</p><p dir="auto">Para añadir comentarios adicionales, responda a este correo electrónico.</p><div style="margin-top:25px"><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5"><p style="font-size:15px;margin:0"><strong>Grants Team</strong></p><p style="color:#bbbbbb;font-size:13px;margin:0">4 nov 2026, 11:01 -03</p><div dir="auto" style="color:#2b2e2f;font-size:14px;line-height:22px">' + ack_html_quote() + '</div></td></tr></table></div><div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">Este correo electrónico es un servicio de Fundación Semillas del Sur. Con tecnología de <a href="https://www.zendesk.com/support/?utm_medium=poweredbyzendesk" style="color:black">Zendesk</a></div><span style="color:#FFFFFF" aria-hidden="true">[P7Q3R4-XK2M]</span></body></html>\n'
    write(W + "helpdesk/01-zendesk-spanish.eml", h, M("alternative", [T(t, cte="quoted-printable", quote_cs=False), T(htm, "html", cte="quoted-printable", quote_cs=False)], boundary="--==_mimepart_6729d3a3_4c2f_" + hx(6)), mime=False)

def h02():
    th = Thread("Sahyog Rural Tech Foundation", "support@sahyogrural.example", "Application - Sahyog Rural Tech Foundation - Community track",
                D(5, 16, 40, 0, "+0530"), "<CAOk1Lm2Nb3Vc4Xz5As6Dq7Wf8Eg9Rh0Ty1Uj@mail.gmail.com>")
    d = D(5, 11, 11, 30)
    h = inbound(d, "mail1.freshdesk-mail.example", "198.51.100.31", "<bounces+2193811-4d1c-apply=grants.example@em.freshdesk.example>", dkim_domain="sahyogrural.example")
    h += "Date: Thu, 05 Nov 2026 11:11:29 +0000 (UTC)\nFrom: Sahyog Rural Tech Support <support@sahyogrural.example>\nReply-To: Sahyog Rural Tech Support <support@sahyogrural.example>\nTo: apply@grants.example\nMessage-ID: <fd.1184.%s@sahyogrural.freshdesk.example>\nIn-Reply-To: %s\nReferences: %s\nSubject: Ticket Received - %s\nMIME-Version: 1.0\nX-FD-Email-Category: 0\nX-Freshdesk-Ticket-ID: 1184\nX-Auto-Response-Suppress: All\n" % (hx(20), th.ack_mid, th.ack_mid, th.re)
    t = """Dear Grants Team,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will be reviewing your request and will send you a personal response.(usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://sahyogrural.freshdesk.example/helpdesk/tickets/1184

Thank you for your patience.

Sincerely,
Sahyog Rural Tech Support Team
"""
    write(W + "helpdesk/02-freshdesk-english.eml", h, M("alternative", [T(t), T(simple_html(t), "html")], boundary="--==_mimepart_" + hx(24)), mime=False)

def h03():
    th = Thread("Research Support Office", "research-office@colombo-inst.example", "Harbourline Fellowship application - Dr. Nadeesha Perera",
                D(6, 14, 15, 0, "+0530"), "<CAQw2Er3Ty4Ui5Op6As7Df8Gh9Jk0Lz1Xc2Vb@mail.gmail.com>")
    d = D(6, 8, 46, 2)
    h = inbound(d, "mail-hq.atlassian.net", "104.192.142.19", "<jira@colombo-research.atlassian.net>", dkim_domain="atlassian.net")
    h += "Date: Fri, 6 Nov 2026 08:46:01 +0000 (UTC)\nFrom: \"Research Support Office (Jira)\" <jira@colombo-research.atlassian.net>\nReply-To: Research Support Office <research-office@colombo-inst.example>\nTo: apply@grants.example\nMessage-ID: <JIRA.10871.1762418761000.22914.1762418761254@Atlassian.JIRA>\nIn-Reply-To: %s\nReferences: %s\nSubject: [JIRA] (RSO-2291) %s\nMIME-Version: 1.0\nX-JIRA-FingerPrint: 4f9a1c2b3d4e5f60718293a4b5c6d7e8\nAuto-Submitted: auto-generated\nPrecedence: bulk\n" % (th.ack_mid, th.ack_mid, th.re)
    t = """—-—-—-—-—-—-—

Reply above this line.

Grants Team raised RSO-2291.

Thank you for your application to the Harbourline Fellowship 2027. We have received your email and your application is now on file.

To complete your application, please reply to this email and answer the following questions:

1. Which track are you applying for: Research, Practice or Community?
2. What is the earliest date you could start the fellowship?
3. Please give the name and email address of one referee.
4. Will you need a visa or travel support to attend the opening week in Rotterdam (8-12 March 2027)?

...

View request · Turn off this request's notifications

This is shared with Grants Team.

Research Support Office, powered by Jira Service Management, sent you this message.
"""
    write(W + "helpdesk/03-jira-service-management.eml", h, M("alternative", [T(t, cte="quoted-printable"), T(simple_html(t), "html", cte="quoted-printable")], boundary="----=_Part_189244_" + str(rnd.randint(10**8, 10**9)) + ".1762418761254"), mime=False)

def h04():
    th = Thread("Secretaria PPGECO", "ppgeco@uff-sim.example", "Inscrição Harbourline Fellowship - Beatriz Carvalho (PPGECO)",
                D(9, 10, 20, 0, "-0300"), "<CPXP152MB0412A1B2C3D4E5F60718293A4B5C6D7E@CPXP152MB0412.LAMP152.PROD.OUTLOOK.COM>")
    d = D(9, 13, 21, 44)
    h = inbound(d, "outbound12.service-now.com", "149.96.5.12", "<uffsim@service-now.com>", dkim_domain="service-now.com")
    h += "Date: Mon, 9 Nov 2026 05:21:43 -0800 (PST)\nFrom: %s <servicedesk@uff-sim.example>\nReply-To: %s <uffsim@service-now.com>\nTo: apply@grants.example\nMessage-ID: <%d.%d.JavaMail.root@app134022.ytz201.service-now.com>\nIn-Reply-To: %s\nSubject: %s\nMIME-Version: 1.0\nX-ServiceNow-Source: Notification-7c1e2f3a4b5c6d7e8f90a1b2c3d4e5f6\nX-ServiceNow-SysEmail-Version: 2\nPrecedence: bulk\nAuto-Submitted: auto-generated\n" % (
        ew("Central de Serviços UFF-SIM"), ew("Central de Serviços UFF-SIM"), rnd.randint(10**7, 10**8), rnd.randint(10**8, 10**9), th.ack_mid, ew("Chamado INC0048213 aberto: " + th.re))
    t = """Prezado(a) Grants Team,

Sua solicitação foi registrada em nossa Central de Serviços com o número INC0048213 e será encaminhada à equipe responsável.

Resumo: %s
Prioridade: 4 - Baixa
Grupo designado: Secretaria de Pós-Graduação

Para acompanhar o andamento do chamado, acesse:
https://uffsim.service-now.com/sp?id=ticket&table=incident&sys_id=7f1a2b3c4d5e6f708192a3b4c5d6e7f8

Esta é uma mensagem automática. Por favor, não responda a este e-mail.

Central de Serviços UFF-SIM

Ref:MSG0391842_kQm2RtY8vW1xZ3aB
""" % th.re
    write(W + "helpdesk/04-servicenow-portuguese.eml", h, M("alternative", [T(t, cte="quoted-printable", quote_cs=False), T(simple_html(t), "html", cte="quoted-printable", quote_cs=False)]), mime=False)

def h05():
    th = Thread("Stadtgrün Leipzig e.V.", "kontakt@stadtgruen-leipzig.example", "Bewerbung Harbourline Fellowship – Stadtgrün Leipzig e.V.",
                D(10, 15, 5, 0, "+0100"), "<5c2e1a9f-3b7d-4e0a-a1f2-9d8c7b6a5e4f@stadtgruen-leipzig.example>")
    d = D(10, 14, 6, 5)
    h = inbound(d, "zammad.stadtgruen-leipzig.example", "198.51.100.95", "<kontakt@stadtgruen-leipzig.example>", dkim_domain="stadtgruen-leipzig.example")
    h += "Date: Tue, 10 Nov 2026 15:06:04 +0100\nFrom: Stadtgrün Leipzig e.V. <kontakt@stadtgruen-leipzig.example>\n".replace("Stadtgrün Leipzig e.V.", '"' + ew("Stadtgrün Leipzig e.V.") + '"', 1)
    h += "To: apply@grants.example\nMessage-ID: <6730bd84.7a1b2c3d4e5f@zammad.stadtgruen-leipzig.example>\nIn-Reply-To: %s\nReferences: %s %s\nSubject: %s\nMime-Version: 1.0\nX-Loop: yes\nPrecedence: bulk\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nX-Mailer: Zammad Mail Service\nX-Zammad-Ticket-ID: 31045\n" % (
        th.ack_mid, th.app_mid, th.ack_mid, ew("Vielen Dank für Ihre Anfrage (%s) [Ticket#1024815]" % th.re))
    t = """Hallo Grants Team,

Ihre Anfrage (%s) wurde empfangen und wird von unserem Team so schnell wie möglich bearbeitet.

Um Ihrer Anfrage weitere Informationen hinzuzufügen, antworten Sie einfach auf diese E-Mail.

Ihr Stadtgrün-Team

Zammad, Ihr Helpdesk- und Support-System
""" % th.re
    write(W + "helpdesk/05-zammad-german.eml", h, M("alternative", [T(t, cte="quoted-printable", quote_cs=False), T(simple_html(t), "html", cte="quoted-printable", quote_cs=False)], boundary="mimepart_6730bd84_" + hx(8)), mime=False)

def h06():
    th = Thread("Ana Lima", "hello@brightlearning.example", "Harbourline Fellowship - application from Bright Learning Lab",
                D(12, 9, 10, 0, "-0500"), "<CAEr5Ty6Ui7Op8As9Df0Gh1Jk2Lz3Xc4Vb5Nm@mail.gmail.com>")
    d = D(12, 14, 10, 58)
    h = inbound(d, "smtp-out.helpscout.net", "3.93.215.44", "<bounce+5a1b2c@mg.helpscout.net>", dkim_domain="brightlearning.example")
    h += "Date: Thu, 12 Nov 2026 14:10:57 +0000\nFrom: Bright Learning Lab <hello@brightlearning.example>\nReply-To: Bright Learning Lab <hello@brightlearning.example>\nTo: Grants Team <apply@grants.example>\nMessage-ID: <reply-3412987654-6102938471-%s@helpscout.net>\nIn-Reply-To: %s\nReferences: %s\nSubject: %s\nMIME-Version: 1.0\n" % (hx(8), th.ack_mid, th.ack_mid, th.re)
    t = """Hi there,

Thanks for getting in touch with Bright Learning Lab! This is an automatic reply to let you know we've received your email. Someone from our small team will get back to you within 2 working days.

In the meantime, you might find an answer in our FAQ: https://brightlearning.example/faq

Warmly,
The Bright Learning Lab team
"""
    write(W + "helpdesk/06-helpscout-english.eml", h, M("alternative", [T(t), T(simple_html(t), "html")], boundary="=_HS_" + hx(30)), mime=False)

def h07():
    th = Thread("ASBL Jardins Partagés", "info@jardins-partages.example", "Candidature bourse Harbourline – ASBL Jardins Partagés (volet Communauté)",
                D(13, 10, 45, 0, "+0100"), "<PR3P192MB0761C1D2E3F4A5B6C7D8E9F0A1B2C3D4@PR3P192MB0761.EURP192.PROD.OUTLOOK.COM>")
    d = D(13, 9, 46, 20)
    h = inbound(d, "na1.hubspot-email.example", "198.51.100.250", "<1axbk0f1-a2b3-4c5d-bounce@bf11z.hubspotemail.net>", dkim_domain="jardins-partages.example")
    h += "Date: Fri, 13 Nov 2026 09:46:19 +0000\nFrom: %s <info@jardins-partages.example>\nReply-To: info@jardins-partages.example\nTo: apply@grants.example\nMessage-ID: <1762940779912.%s@jardins-partages.example>\nIn-Reply-To: %s\nReferences: %s\nSubject: %s\nMIME-Version: 1.0\nX-HubSpot-Message-Type: conversations-autoresponse\nX-Report-Abuse-To: abuse@hubspot.com\nAuto-Submitted: auto-replied\n" % (
        ew("ASBL Jardins Partagés"), hx(16), th.ack_mid, th.ack_mid, ew(th.re))
    t = """Bonjour,

Merci pour votre message. Nous l'avons bien reçu et un membre de notre équipe vous répondra dans les meilleurs délais (généralement sous 48 heures ouvrées).

Numéro de ticket : #20931

Ceci est un message automatique, merci de ne pas y répondre directement.

L'équipe de l'ASBL Jardins Partagés
"""
    write(W + "helpdesk/07-hubspot-french.eml", h, M("alternative", [T(t, cte="quoted-printable"), T(simple_html(t), "html", cte="quoted-printable")]), mime=False)

# ---------------------------------------------------------------- challenge-response
def c01():
    th = Thread("Abdul Rehman", "abdul.rehman@hunar-tech.example", "Fellowship Application - Abdul Rehman (Practice Track)",
                D(16, 19, 30, 0, "+0500"), "<CAHq1We2Rt3Yu4Io5Pa6Sd7Fg8Hj9Kl0Zx1Cv@mail.gmail.com>")
    d = D(16, 14, 31, 5)
    h = inbound(d, "server42.pk-webhost.example", "198.51.100.42", "<abdul.rehman@hunar-tech.example>")
    h += "Received: from hunartec by server42.pk-webhost.example with local (Exim 4.97.1)\n\t(envelope-from <abdul.rehman@hunar-tech.example>)\n\tid 1vT9pQ-00AbCd-3e\n\tfor apply@grants.example;\n\tMon, 16 Nov 2026 19:31:05 +0500\n"
    h += "To: apply@grants.example\nSubject: verify#1763303465-4c7a1b\nFrom: abdul.rehman@hunar-tech.example\nMessage-Id: <E1vT9pQ-00AbCd-3e@server42.pk-webhost.example>\nDate: Mon, 16 Nov 2026 19:31:05 +0500\nX-Boxtrapper: 4c7a1b\n"
    body = """The user email abdul.rehman@hunar-tech.example uses a challenge-response system (BoxTrapper) to reduce spam.

To send email to abdul.rehman@hunar-tech.example, you must reply to this message without editing the subject line. (You only need to do this once.)

If you do not want to reply, click the following link to verify your email address:
https://server42.pk-webhost.example:2096/cgi-sys/bxd.cgi?verify=1763303465-4c7a1b&email=abdul.rehman%40hunar-tech.example

The headers of the message sent from your address are shown below:

From: Grants Team <apply@grants.example>
To: Abdul Rehman <abdul.rehman@hunar-tech.example>
Subject: """ + th.re + """
Date: """ + F(th.ack_date) + """
Message-ID: """ + th.ack_mid + "\n"
    write(W + "challenge/01-cpanel-boxtrapper.eml", h, ("Content-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n", body))

def c02():
    th = Thread("Dr. Samuel Boateng", "sam@boateng-consult.example", "Harbourline application - Samuel Boateng",
                D(19, 8, 2, 0, "+0000"), "<000a01dc5a1b$2c3d4e50$8596a7b8$@boateng-consult.example>")
    d = D(19, 8, 3, 30)
    h = inbound(d, "out1.trustedsender-mail.example", "198.51.100.9", "<verify-4481903@trustedsender-mail.example>", dkim_domain="trustedsender-mail.example")
    h += "Date: Thu, 19 Nov 2026 08:03:29 +0000\nFrom: \"Samuel Boateng (via TrustedSender)\" <verify@trustedsender-mail.example>\nReply-To: verify+4481903@trustedsender-mail.example\nTo: apply@grants.example\nSubject: Please confirm your message to Samuel Boateng\nMessage-ID: <ts-4481903-%s@trustedsender-mail.example>\nIn-Reply-To: %s\nAuto-Submitted: auto-replied\nPrecedence: bulk\nMIME-Version: 1.0\n" % (hx(12), th.ack_mid)
    t = """Hello,

You recently sent a message to Samuel Boateng <sam@boateng-consult.example>:

   Subject: %s
   Sent: %s

Samuel uses TrustedSender to keep his inbox free of spam. Your message is waiting and will be delivered as soon as you confirm that you are a person and not an automated sender.

Please click the link below to confirm (you only have to do this once):

https://trustedsender-mail.example/c/4481903/%s

If you do not confirm within 7 days, your message will be deleted.

Thank you,
TrustedSender on behalf of Samuel Boateng
""" % (th.re, F(th.ack_date), an(24))
    write(W + "challenge/02-sender-verification.eml", h, M("alternative", [T(t), T(simple_html(t), "html")]), mime=False)

# ---------------------------------------------------------------- delivery notices
def d01():
    th = Thread("Peter Mwangi", "p.mwangi@ku-alumni.example", "Application - Peter Mwangi - Research track",
                D(17, 9, 30, 0, "+0300"), "<CAKj3Hg4Fd5Sa6Po7Iu8Yt9Re0Wq1Az2Sx3Dc@mail.gmail.com>")
    d = D(17, 10, 32, 0)
    h = "Delivered-To: apply@grants.example\nReceived: by 2002:a05:7010:%s with SMTP id %s;\n        %s\nReturn-Path: <>\n" % (hx(4), an(6).lower(), F_pst(d))
    h += "Content-Type: multipart/report; boundary=\"000000000000f3e2d1061f7a8b9c\"; report-type=delivery-status\nReturn-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: apply@grants.example\nAuto-Submitted: auto-replied\nMessage-ID: <673a1f2b.170a0220.%s.%sGMRIR@mx.google.com>\nDate: %s\nSubject: Delivery Status Notification (Delay)\nReferences: %s\nIn-Reply-To: %s\n" % (hx(5), hx(4), F_pst(d), th.ack_mid, th.ack_mid)
    t = """
** Message not delivered yet **

There was a temporary problem delivering your message to p.mwangi@ku-alumni.example. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

Learn more here: https://support.google.com/mail/?p=over_quota

The response from the remote server was:
452 4.2.2 <p.mwangi@ku-alumni.example>: Recipient address rejected: Mailbox over quota
"""
    ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; apply@grants.example
Arrival-Date: %s
X-Original-Message-ID: %s

Final-Recipient: rfc822; p.mwangi@ku-alumni.example
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.ku-alumni.example. (198.51.100.12, the server for the
 domain ku-alumni.example.)
Diagnostic-Code: smtp; 452 4.2.2 <p.mwangi@ku-alumni.example>: Recipient address rejected: Mailbox over quota
Last-Attempt-Date: %s
Will-Retry-Until: Thu, 19 Nov 2026 22:31:47 -0800 (PST)
""" % (F_pst(th.ack_date), th.ack_mid, F_pst(d))
    body = M("report", [M("alternative", [T(t, cs="UTF-8", quote_cs=False), T(simple_html(t), "html", cs="UTF-8", quote_cs=False)]), R("Content-Type: message/delivery-status", ds), R("Content-Type: text/rfc822-headers", th.ack_headers())], boundary="000000000000f3e2d1061f7a8b9c")[1]
    write(W + "delivery-notices/01-gmail-delay.eml", h, ("", body))

def d02():
    th = Thread("Nakato Sarah", "snakato@mak-research.example", "Harbourline Fellowship Application - Nakato Sarah",
                D(19, 16, 20, 0, "+0300"), "<CAMn4Bv5Cx6Za7Sd8Fg9Hj0Kl1Qw2Er3Ty4Ui@mail.gmail.com>")
    d = D(20, 13, 21, 10)
    bnd = "1763644870-eximdsn-846930886"
    h = inbound(d, "relay.mak-research.example", "198.51.100.171", "<>")
    h += "Received: from Debian-exim by relay.mak-research.example with local (Exim 4.96)\n\tid 1vUw2E-0006Qk-1A\n\tfor apply@grants.example;\n\tFri, 20 Nov 2026 16:21:10 +0300\n"
    h += "Auto-Submitted: auto-replied\nFrom: Mail Delivery System <Mailer-Daemon@relay.mak-research.example>\nTo: apply@grants.example\nReferences: %s\nContent-Type: multipart/report; report-type=delivery-status; boundary=%s\nMIME-Version: 1.0\nSubject: Warning: message 1vUIkP-0004Ab-2R delayed 24 hours\nMessage-Id: <E1vUw2E-0006Qk-1A@relay.mak-research.example>\nDate: Fri, 20 Nov 2026 16:21:10 +0300\n" % (th.ack_mid, bnd)
    body = """--%s
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay.mak-research.example.

The message identifier is:     1vUIkP-0004Ab-2R
The subject of the message is: %s
The date of the message is:    %s

The address to which the message has not yet been delivered is:

  snakato@mak-research.example
    host exch.mak-research.example [10.10.4.20]
    Delay reason: SMTP error from remote mail server after RCPT TO:<snakato@mak-research.example>:
    452 4.3.1 Insufficient system resources

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--%s
Content-type: message/delivery-status

Reporting-MTA: dns; relay.mak-research.example

Action: delayed
Final-Recipient: rfc822;snakato@mak-research.example
Status: 4.0.0
Remote-MTA: dns; exch.mak-research.example
Diagnostic-Code: smtp; 452 4.3.1 Insufficient system resources
Will-Retry-Until: Wed, 25 Nov 2026 16:20:05 +0300

--%s
Content-type: text/rfc822-headers

Return-path: <apply@grants.example>
Received: from mail-sor-f41.google.com ([209.85.220.41])
\tby relay.mak-research.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
\t(Exim 4.96)
\t(envelope-from <apply@grants.example>)
\tid 1vUIkP-0004Ab-2R
\tfor snakato@mak-research.example;
\tThu, 19 Nov 2026 16:20:05 +0300
%s
--%s--
""" % (bnd, th.re, F(th.ack_date), bnd, bnd, th.ack_headers(), bnd)
    write(W + "delivery-notices/02-exim-delay-warning.eml", h, ("", body), mime=False)

def d03():
    th = Thread("Giulia Romano", "giulia.romano@unimolise-ric.example", "Candidatura Harbourline Fellowship 2027 - Giulia Romano",
                D(20, 11, 0, 0, "+0100"), "<CAPz5Xc6Vb7Nm8Qw9Er0Ty1Ui2Op3As4Df5Gh@mail.gmail.com>")
    d = D(20, 10, 3, 0)
    h = inbound(d, "esg.unimolise-ric.example", "198.51.100.222", "<postmaster@unimolise-ric.example>", dkim_domain="unimolise-ric.example")
    h += "Date: Fri, 20 Nov 2026 11:03:00 +0100\nFrom: Sicurezza Posta Ateneo <postmaster@unimolise-ric.example>\nTo: apply@grants.example\nSubject: %s\nMessage-ID: <qnotice.%s@esg.unimolise-ric.example>\nAuto-Submitted: auto-generated\nX-ESG-Notification: sender-quarantine\nMIME-Version: 1.0\n" % (ew("Messaggio trattenuto in quarantena: " + th.re), hx(16))
    t = """Gentile mittente,

il messaggio da Lei inviato al destinatario giulia.romano@unimolise-ric.example è stato trattenuto in quarantena dal sistema di protezione della posta dell'Ateneo e non è ancora stato recapitato.

  Oggetto:  %s
  Data:     %s
  Motivo:   Messaggio inviato in blocco / contenuto sospetto (punteggio 6.8)

Il destinatario riceverà un riepilogo della quarantena e potrà decidere se rilasciare il messaggio. Non è necessaria alcuna azione da parte Sua.

Questo è un messaggio generato automaticamente: si prega di non rispondere.

Servizio Sicurezza Posta - Area Sistemi Informativi
""" % (th.re, F(th.ack_date))
    write(W + "delivery-notices/03-gateway-quarantine-italian.eml", h, M("alternative", [T(t, cte="quoted-printable"), T(simple_html(t), "html", cte="quoted-printable")]), mime=False)

# ---------------------------------------------------------------- receipts
def r01():
    th = Thread("Nguyễn Văn Hùng", "hung.nguyen@hust-lab.example", "Đơn ứng tuyển Harbourline Fellowship 2027 - Nguyễn Văn Hùng",
                D(23, 20, 5, 0, "+0700"), "<SI2PR04MB5097D1E2F3A4B5C6D7E8F90A1B2C3D4E@SI2PR04MB5097.apcprd04.prod.outlook.com>")
    d = D(24, 1, 12, 40)
    mid, srv = exid("SI2PR04MB", "apcprd04.prod.outlook.com")
    h = inbound(d, "APC01-PSA-obe.outbound.protection.outlook.com", "40.107.223.44", "<hung.nguyen@hust-lab.example>", dkim_domain="hust-lab.example")
    h += eop_received(srv, "apcprd04.prod.outlook.com", d)
    h += "From: %s\nTo: Grants Team <apply@grants.example>\nSubject: %s\nThread-Topic: %s\nThread-Index: %s\nDate: %s\nMessage-ID: %s\nReferences: %s\nContent-Language: vi-VN\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\nContent-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"_3F1A2B3C-4D5E-6F70-8192-A3B4C5D6E7F8_\"\nMIME-Version: 1.0\n" % (
        addr("Nguyễn Văn Hùng", "hung.nguyen@hust-lab.example"), ew("Đã đọc: " + th.re), ew(th.re), thread_index(), F(d), mid, th.ack_mid)
    t = """Thư của bạn

  Tới: Nguyễn Văn Hùng
  Chủ đề: %s
  Đã gửi: Thứ Hai, 23 tháng 11, 2026 20:06:02 (UTC+07:00) Bangkok, Hà Nội, Jakarta

đã được đọc vào Thứ Ba, 24 tháng 11, 2026 08:12:38 (UTC+07:00) Bangkok, Hà Nội, Jakarta.
""" % th.re
    mdn = "Reporting-UA: %s.apcprd04.prod.outlook.com; Microsoft Exchange Server 15\nFinal-recipient: RFC822; hung.nguyen@hust-lab.example\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % (srv, th.ack_mid)
    body = M("report", [M("alternative", [T(t, cte="base64", quote_cs=False), T(html_wrap(paras_html(t)), "html", cte="base64", quote_cs=False)]), R("Content-Type: message/disposition-notification", mdn)], boundary="_3F1A2B3C-4D5E-6F70-8192-A3B4C5D6E7F8_")[1]
    write(W + "receipts/01-outlook-read-vietnamese.eml", h, ("", body), mime=False)

def r02():
    th = Thread("Lukas Novák", "lukas.novak@seznam-mail.example", "Harbourline Fellowship - přihláška / application - Lukáš Novák",
                D(24, 13, 0, 0, "+0100"), "<4a1c2e3f-5b6d-7e8f-9a0b-c1d2e3f4a5b6@seznam-mail.example>")
    d = D(24, 12, 44, 0)
    h = inbound(d, "mx.seznam-mail.example", "198.51.100.199", "<lukas.novak@seznam-mail.example>", dkim_domain="seznam-mail.example")
    h += "Message-ID: <e9f8a7b6-c5d4-4e3f-a2b1-0c9d8e7f6a5b@seznam-mail.example>\nDate: Tue, 24 Nov 2026 13:44:00 +0100\nMIME-Version: 1.0\nUser-Agent: Mozilla Thunderbird\nFrom: =?UTF-8?Q?Luk=C3=A1=C5=A1_Nov=C3=A1k?= <lukas.novak@seznam-mail.example>\nTo: Grants Team <apply@grants.example>\nSubject: Return Receipt (displayed) - %s\nReferences: %s\nContent-Type: multipart/report; report-type=disposition-notification;\n boundary=\"------------WjK2Lm4Nb6Vc8Xz0As2Dq4Wf\"\n" % (ew(th.re), th.ack_mid)
    t = """This is a Return Receipt for the mail that you sent to lukas.novak@seznam-mail.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
"""
    mdn = "Reporting-UA: seznam-mail.example; Mozilla Thunderbird\nFinal-Recipient: rfc822;lukas.novak@seznam-mail.example\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n" % th.ack_mid
    body = "This is a multi-part message in MIME format.\n" + M("report", [T(t, cs="UTF-8", cte="7bit", quote_cs=False), R("Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\nContent-Transfer-Encoding: 7bit", mdn), R("Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Transfer-Encoding: 7bit\nContent-Disposition: inline", th.ack_headers(received=False))], boundary="------------WjK2Lm4Nb6Vc8Xz0As2Dq4Wf")[1]
    write(W + "receipts/02-thunderbird-mdn.eml", h, ("", body), mime=False)

# ---------------------------------------------------------------- calendar
def k01():
    d = D(25, 7, 14, 0)
    inv = "<gb.invite.20261124161005.a7c3e9f1b2@grants.example>"
    mid, srv = exid("LO4P123MB", "GBRP123.PROD.OUTLOOK.COM")
    h = inbound(d, "GBR01-LO4-obe.outbound.protection.outlook.com", "40.107.20.88", "<fatima.bello@lagos-policy.example>", dkim_domain="lagos-policy.example")
    h += eop_received(srv, "GBRP123.PROD.OUTLOOK.COM", d)
    subj = "Accepted: Harbourline Fellowship – shortlist interview (Fatima Bello)"
    h += "From: Fatima Bello <fatima.bello@lagos-policy.example>\nTo: Grants Team <apply@grants.example>\nSubject: %s\nThread-Topic: %s\nThread-Index: %s\nDate: %s\nMessage-ID: %s\nReferences: %s\nIn-Reply-To: %s\nContent-Language: en-GB\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\nContent-Type: multipart/alternative;\n\tboundary=\"_000_%s_\"\nMIME-Version: 1.0\n" % (
        ew(subj), ew("Harbourline Fellowship – shortlist interview (Fatima Bello)"), thread_index(), F(d), mid, inv, inv, srv)
    ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TID:W. Europe Standard Time
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
ATTENDEE;PARTSTAT=ACCEPTED;CN=Fatima Bello:mailto:fatima.bello@lagos-policy.example
COMMENT;LANGUAGE=en-GB:\\n
SUMMARY;LANGUAGE=en-GB:Accepted: Harbourline Fellowship – shortlist interview (Fatima Bello)
DTSTART;TZID=W. Europe Standard Time:20261201T100000
DTEND;TZID=W. Europe Standard Time:20261201T103000
UID:gb-interview-7c1e2f3a-4b5c-4d6e-8f70-81a2b3c4d5e6@grants.example
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261125T071400Z
TRANSP:OPAQUE
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Video call (link in invitation)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:0
X-MICROSOFT-CDO-REPLYTIME:20261125T071400Z
END:VEVENT
END:VCALENDAR
"""
    t = "\n"
    part = M("alternative", [T(t, cte="quoted-printable", quote_cs=False), R('Content-Type: text/calendar; charset="utf-8"; method=REPLY\nContent-Transfer-Encoding: base64', b64(ics.replace("\n", "\r\n").encode()))], boundary="_000_%s_" % srv)
    write(W + "calendar/01-outlook-accepted.eml", h, ("", part[1]), mime=False)

# ---------------------------------------------------------------- lists
def l01():
    th = Thread("Collectif Tiers-Lieu Mboka", "collectif@lists.tierslieu-mboka.example", "Candidature Harbourline 2027 - Collectif Tiers-Lieu Mboka",
                D(26, 18, 0, 0, "+0100"), "<CAFm1Nb2Vc3Xz4As5Dq6Wf7Eg8Rh9Ty0Uj1Ik@mail.gmail.com>")
    d = D(26, 17, 1, 10)
    h = inbound(d, "lists.tierslieu-mboka.example", "198.51.100.61", "<collectif-bounces@lists.tierslieu-mboka.example>")
    h += "Received: from lists.tierslieu-mboka.example (localhost [127.0.0.1])\n\tby lists.tierslieu-mboka.example (Postfix) with ESMTP id 4Rc7Yq1Zk2z9tMn\n\tfor <apply@grants.example>; Thu, 26 Nov 2026 18:01:10 +0100 (CET)\n"
    h += "Content-Type: text/plain; charset=\"utf-8\"\nMIME-Version: 1.0\nContent-Transfer-Encoding: 7bit\nSubject: Your message to Collectif awaits moderator approval\nFrom: collectif-owner@lists.tierslieu-mboka.example\nTo: apply@grants.example\nMessage-ID: <176217727012.2218.%d@lists.tierslieu-mboka.example>\nDate: Thu, 26 Nov 2026 17:01:10 -0000\nPrecedence: bulk\nX-Mailman-Version: 3.3.9\nList-Id: Collectif Tiers-Lieu Mboka <collectif.lists.tierslieu-mboka.example>\nX-Mailman-Rule-Hits: nonmember-moderation\n" % rnd.randint(10**17, 10**18)
    body = """Your mail to 'Collectif' with the subject

    %s

Is being held until the list moderator can review it for approval.

The message is being held because:

    The message is not from a list member

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.
""" % th.re
    write(W + "lists/01-mailman-held.eml", h, ("", body), mime=False)

def l02():
    th = Thread("Climate Resilience Lab", "climate-lab@uon-research.example", "Harbourline Fellowship - joint application, Climate Resilience Lab",
                D(27, 10, 10, 0, "+0300"), "<CAGn2Mb3Nv4Bc5Xz6Aq7Sw8De9Fr0Gt1Hy2Ju@mail.gmail.com>")
    d = D(27, 7, 10, 55)
    h = "Delivered-To: apply@grants.example\nReceived: by 2002:a05:7010:%s with SMTP id %s;\n        %s\nReturn-Path: <>\n" % (hx(4), an(6).lower(), F_pst(d))
    h += "Content-Type: multipart/report; boundary=\"000000000000a1b2c3061f8d9e0f\"; report-type=delivery-status\nReturn-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: apply@grants.example\nAuto-Submitted: auto-replied\nMessage-ID: <6746f0df.050a0220.%s.%sGMR@mx.google.com>\nDate: %s\nSubject: Delivery Status Notification (Failure)\nReferences: %s\nIn-Reply-To: %s\nX-Failed-Recipients: climate-lab@uon-research.example\n" % (hx(5), hx(4), F_pst(d), th.ack_mid, th.ack_mid)
    t = """Hello apply@grants.example,

We're writing to let you know that the group you tried to contact (climate-lab) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/a/uon-research.example/support/.

Thanks,

uon-research.example admins
"""
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s
X-Original-Message-ID: %s

Final-Recipient: rfc822; climate-lab@uon-research.example
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 5.7.1 The group does not allow posting by non-members.
""" % (F_pst(th.ack_date), th.ack_mid)
    body = M("report", [T(t, cs="UTF-8", quote_cs=False), R("Content-Type: message/delivery-status", ds), R("Content-Type: message/rfc822", th.ack_full())], boundary="000000000000a1b2c3061f8d9e0f")[1]
    write(W + "lists/02-google-groups-no-permission.eml", h, ("", body))

def l03():
    th = Thread("Équipe Lab Écologie Urbaine", "lab-ecologie@listes.univ-garonne.example", "Candidature collective – bourse Harbourline (volet Recherche)",
                D(27, 15, 30, 0, "+0100"), "<3e2d1c0b-9a8f-4e7d-6c5b-4a3f2e1d0c9b@univ-garonne.example>")
    d = D(27, 14, 31, 20)
    h = inbound(d, "listes.univ-garonne.example", "198.51.100.89", "<lab-ecologie-owner@listes.univ-garonne.example>")
    h += "Date: Fri, 27 Nov 2026 15:31:20 +0100\nFrom: SYMPA <sympa@listes.univ-garonne.example>\nTo: apply@grants.example\nSubject: %s\nMessage-Id: <sympa.1764253880.3211.712@listes.univ-garonne.example>\nX-Loop: sympa@listes.univ-garonne.example\nAuto-Submitted: auto-replied\nX-Sympa-Topic: lab-ecologie\nMIME-Version: 1.0\n" % ew("Résultat de votre message")
    t = """Bonjour,

Votre message pour la liste « lab-ecologie@listes.univ-garonne.example » a été transmis au(x) modérateur(s) de la liste.

Objet : %s

Il sera diffusé si un modérateur l'accepte. Vous recevrez une notification dans le cas contraire.

Pour toute question, vous pouvez écrire au propriétaire de la liste : lab-ecologie-request@listes.univ-garonne.example

--
Service de listes de diffusion - Université Garonne (fictive)
""" % th.re
    write(W + "lists/03-sympa-french.eml", h, T(t, cte="quoted-printable"))

# ---------------------------------------------------------------- mailbox notices
def n01():
    th = Thread("Opportunity Desk", "no-reply@apply.opportunitydesk.example", "New application via Opportunity Desk: Harbourline Fellowship 2027 - Ruth Alemu",
                D(2, 7, 0, 0, "+0000"), "<0100019a1b2c3d4e-5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c-000000@email.amazonses.com>")
    d = D(2, 7, 1, 3)
    h = inbound(d, "a8-31.smtp-out.amazonses.com", "54.240.8.31", "<0100019a1b2c40aa-autoreply@apply.opportunitydesk.example>", dkim_domain="apply.opportunitydesk.example")
    h += "Date: Mon, 2 Nov 2026 07:01:02 +0000\nFrom: Opportunity Desk <no-reply@apply.opportunitydesk.example>\nTo: apply@grants.example\nMessage-ID: <0100019a1b2c40aa-1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>\nSubject: This mailbox is not monitored\nMIME-Version: 1.0\nFeedback-ID: 1.us-east-1.%s=:AmazonSES\nX-SES-Outgoing: 2026.11.02-54.240.8.31\n" % an(43)
    t = """Hello,

Thank you for your email. Please note that this mailbox is not monitored and your message has not been read or forwarded.

If you are an employer or programme contacting an applicant, please reply to the applicant directly using the email address shown in their application, or use the messaging feature in your Opportunity Desk dashboard.

For help, visit https://help.opportunitydesk.example

Opportunity Desk
"""
    write(W + "mailbox-notices/01-portal-not-monitored.eml", h, M("alternative", [T(t), T(simple_html(t), "html")], boundary="----=_Part_" + str(rnd.randint(10**6, 10**7)) + "_" + str(rnd.randint(10**8, 10**9)) + ".1762066862"), mime=False)

def n02():
    th = Thread("Sanne de Vries", "s.devries@buurtkracht.example", "Aanvraag Harbourline Fellowship - Community track - Sanne de Vries",
                D(26, 16, 45, 0, "+0100"), "<AM0PR06MB6419E1F2A3B4C5D6E7F8091A2B3C4D5E@AM0PR06MB6419.eurprd06.prod.outlook.com>", ack_delay_s=4 * 24 * 3600 + 3000)
    exchange_ooo(W + "mailbox-notices/02-left-organisation-dutch.eml", th, "Sanne de Vries", "s.devries@buurtkracht.example", "Automatisch antwoord:",
                 """Beste afzender,

Sanne de Vries is niet langer werkzaam bij Stichting Buurtkracht. Deze mailbox wordt niet meer gelezen en uw e-mail wordt niet doorgestuurd.

Voor vragen over onze projecten kunt u contact opnemen met info@buurtkracht.example of bellen naar 010 555 4321.

Met vriendelijke groet,
Stichting Buurtkracht
""", D(30, 17, 40, 12), lang="nl-NL", region=("AM0PR06MB", "eurprd06.prod.outlook.com"))

def n03():
    th = Thread("Reza Karimi", "r.karimi@ut-grad.example", "Harbourline Fellowship application - Reza Karimi",
                D(25, 11, 0, 0, "+0330"), "<CAHr3Eb4Nv5Mc6Xz7As8Dq9Wf0Eg1Rh2Ty3Uj@mail.gmail.com>")
    gmail_vacation(W + "mailbox-notices/03-address-changed-persian.eml", th, "Reza Karimi", "r.karimi@ut-grad.example", "نشانی ایمیل جدید / New email address",
                   """با سلام،

این نشانی ایمیل دیگر بررسی نمی‌شود و به زودی غیرفعال خواهد شد. لطفاً از این پس با نشانی جدید من مکاتبه کنید:
reza.karimi.research@gmail.example

با تشکر،
رضا کریمی

---
This address is no longer checked and will be closed soon. Please write to my new address: reza.karimi.research@gmail.example
""", D(25, 7, 31, 0), html_dir="rtl")

# ---------------------------------------------------------------- feedback
def f01():
    th = Thread("Musa Abdullahi", "musa.abdullahi@webmail-ng.example", "Harbourline fellowship application",
                D(28, 20, 0, 0, "+0100"), "<1764356400.71823.musa.abdullahi@webmail-ng.example>")
    d = D(29, 3, 15, 0)
    h = inbound(d, "fbl.webmail-ng.example", "198.51.100.117", "<fbl-bounce@webmail-ng.example>", dkim_domain="webmail-ng.example")
    h += "Date: Sun, 29 Nov 2026 03:15:00 +0000\nFrom: Webmail-NG Feedback Loop <fbl@webmail-ng.example>\nTo: apply@grants.example\nSubject: Email Feedback Report for IP 209.85.220.41\nMessage-ID: <fbl.%s@fbl.webmail-ng.example>\nMIME-Version: 1.0\n" % hx(20)
    t = """This is an email abuse report for an email message received from IP 209.85.220.41 on Sat, 28 Nov 2026 19:00:52 +0000.
A user of Webmail-NG marked this message as spam.
For more information about this format please see http://www.mipassoc.org/arf/.
To unsubscribe from these reports, reply to this message with "unsubscribe" in the subject.
"""
    fr = "Feedback-Type: abuse\nUser-Agent: WebmailNG-FBL/1.2\nVersion: 1\nOriginal-Mail-From: <apply@grants.example>\nOriginal-Rcpt-To: <redacted@webmail-ng.example>\nArrival-Date: Sat, 28 Nov 2026 19:00:52 +0000\nReported-Domain: grants.example\nSource-IP: 209.85.220.41\nAuthentication-Results: webmail-ng.example; dkim=pass header.d=grants.example; spf=pass smtp.mailfrom=grants.example\n"
    orig = th.ack_full().replace("musa.abdullahi@webmail-ng.example", "redacted@webmail-ng.example").replace("Musa Abdullahi", "redacted")
    write(W + "feedback/01-arf-abuse-report.eml", h, M("report", [T(t), R("Content-Type: message/feedback-report", fr), R("Content-Type: message/rfc822\nContent-Disposition: inline", orig)], params=" report-type=feedback-report;"), mime=False)

ALL = [h01, h02, h03, h04, h05, h06, h07, c01, c02, d01, d02, d03, r01, r02, k01, l01, l02, l03, n01, n02, n03, f01]
