# -*- coding: utf-8 -*-
"""Left the organisation, not monitored, forwarding, help desks, challenge, receipts,
calendar, lists, feedback."""
from lib import *
from robots2 import exchange_oof, exo_mid, OUT as _O2

OUT = []
def add(path, content):
    OUT.append(('written-robots/' + path, content))

_before = len(_O2)
# --- left the organisation (Exchange absence notes kept on the old mailbox) ---------------
t = Thread('Dr Samuel Mensah', 'samuel.mensah@cri-ghana.example', 'Application: Solar-powered cold storage for Techiman farmers', 20, 10, 0, 'CFF-27-0388')
exchange_oof('left-organisation/01-m365-en-has-left.eml', t, 'Automatic reply: ', """Thank you for your email.

Please note that Dr Samuel Mensah has left the Centre for Rural Innovation and this mailbox is no longer monitored. Your message has not been forwarded.

For programme matters please write to programmes@cri-ghana.example. For all other enquiries, contact info@cri-ghana.example.

Centre for Rural Innovation, Kumasi
""", 'Samuel Mensah', 20, 10, 1, '+0000', 'en-US')

t = Thread('Chiara Russo', 'chiara.russo@ass-ponti.example', 'Domanda di contributo – Doposcuola multilingue a Torino', 23, 8, 44, 'CFF-27-0402')
exchange_oof('left-organisation/02-m365-it-non-lavora-piu.eml', t, 'Risposta automatica: ', """Gentile mittente,

la dott.ssa Chiara Russo non fa più parte dell'Associazione Ponti dal 31 ottobre 2026. Questo indirizzo non è più attivo: i messaggi non vengono letti né inoltrati.

Per qualsiasi comunicazione vi preghiamo di scrivere a segreteria@ass-ponti.example.

Cordiali saluti,
Associazione Ponti APS
""", 'Chiara Russo', 23, 8, 45, '+0100', 'it-IT')

# --- not monitored ------------------------------------------------------------------------
t = Thread('Research Office', 'no-reply@research.univ-eldoret.example', 'Application: Community health volunteers training, Uasin Gishu', 23, 12, 10, 'CFF-27-0407')
exchange_oof('not-monitored/01-m365-en-noreply-not-monitored.eml', t, 'Automatic reply: ', """This email address is not monitored. Replies to this address are not read.

If your message concerns a research grant, please write to grants-office@univ-eldoret.example. For ethics approvals, please use ethics@univ-eldoret.example.

Research Office
""", 'Research Office', 23, 12, 11, '+0300', 'en-US')

t = Thread('Олена Коваленко', 'info@dopomoha-vinnytsia.example', 'Заявка на грант — психологічна підтримка для переселенців у Вінниці', 24, 7, 55, 'CFF-27-0415')
exchange_oof('not-monitored/02-m365-uk-skrynka-ne-obsluhovuietsia.eml', t, 'Автоматична відповідь: ', """Доброго дня!

Дякуємо за ваш лист. Ця поштова скринька не обслуговується, і листи, надіслані на неї, не читаються.

Будь ласка, надсилайте свої запитання на адресу kontakt@dopomoha-vinnytsia.example — ми відповімо протягом трьох робочих днів.

З повагою,
ГО «Допомога Вінниця»
""", 'ГО Допомога Вінниця', 24, 7, 56, '+0200', 'uk-UA')

# --- forwarding notice (Portuguese, Exchange) -----------------------------------------------
t = Thread('Marcos Vinícius Souza', 'marcos.souza@coletivo-recicla.example', 'Inscrição: Cooperativa de catadores em Belém', 24, 13, 30, 'CFF-27-0419')
exchange_oof('forwarding/01-m365-pt-endereco-mudou.eml', t, 'Resposta automática: ', """Olá!

Este endereço de e-mail será desativado em 30/11/2026. Sua mensagem foi encaminhada automaticamente para o meu novo endereço: marcos.souza@recicla-belem.example

Por favor, atualize seus contatos.

Obrigado,
Marcos Vinícius Souza
""", 'Marcos Vinícius Souza', 24, 13, 31, '-0300', 'pt-BR')

# --- help desks --------------------------------------------------------------------------------
t = Thread('Lakeside Health Trust', 'support@lakesidehealth.example', 'Application: Maternal health radio programme, Mangochi', 4, 9, 12, 'CFF-27-0159')
zd_txt = """##- Please type your reply above this line -##

Your request (4829135) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Lakeside Health Trust.







[7VR9PX-NQ42E]
"""
zd_html = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-size:14px;line-height:1.5">
<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p dir="ltr">Your request (4829135) has been received and is being reviewed by our support staff.</p>
<p dir="ltr">To add additional comments, reply to this email.</p>
<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">This email is a service from Lakeside Health Trust.</div>
<span style="color:#FFFFFF" aria-hidden="true">[7VR9PX-NQ42E]</span><div itemscope itemtype="http://schema.org/EmailMessage" style="display:none"><div itemprop="action" itemscope itemtype="http://schema.org/ViewAction"><link itemprop="url" href="https://lakesidehealth.zendesk.example/hc/requests/4829135" /><meta itemprop="name" content="View ticket"/></div></div></body></html>
"""
add('helpdesk/01-zendesk-request-received.eml', message([
    ('Return-Path', '<support+id4829135@lakesidehealth.zendesk.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(4, 9, 13, 40, 'out-2.smtp.zendesk.example', '192.0.2.193'),
    ('Date', 'Wed, 04 Nov 2026 09:13:38 +0000'),
    ('From', '"Lakeside Health Trust" <support@lakesidehealth.example>'),
    ('Reply-To', 'Lakeside Health Trust <support+id4829135@lakesidehealth.zendesk.example>'),
    ('To', 'Grants Team <apply@grants.example>'),
    ('Message-ID', f'<{alnum(13)}_{hexid(13)}_{hexid(8)}_sprut@zendesk.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
    ('Subject', h('[Lakeside Health Trust] ' + t.re_subject)),
    ('Mime-Version', '1.0'),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-Mailer', 'Zendesk Mailer'),
    ('X-Zendesk-From-Account-Id', '7c1a2e9'),
    ('X-Zendesk-Email-Id', alnum(26)),
], multi('alternative', [text(zd_txt, cte='quoted-printable'), text(zd_html, 'html', cte='quoted-printable')],
         boundary=f'--==_mimepart_{hexid(13)}_{hexid(6)}{R.randint(1000,9999)}')))

t = Thread('Fundación Andina para la Lectura', 'contacto@fundacionandina.example', 'Solicitud de subvención: Bibliotecas rurales en Cajamarca', 5, 15, 20, 'CFF-27-0192')
fd = """Estimado/a Grants Team,

Queremos confirmarle que hemos recibido su solicitud y se ha creado un ticket (#18344). Un miembro de nuestro equipo revisará su solicitud y le enviará una respuesta personal, normalmente en un plazo de 24 horas hábiles.

Para ver el estado del ticket o añadir comentarios, visite
https://fundacionandina.freshdesk.example/helpdesk/tickets/18344

Gracias por su paciencia.

Atentamente,
Equipo de atención – Fundación Andina para la Lectura
"""
add('helpdesk/02-freshdesk-ticket-recibido-es.eml', message([
    ('Return-Path', '<bounces+1438811-9f2c-apply=grants.example@emailus.freshdesk.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(5, 15, 21, 9, 'o3.emailus.freshdesk.example', '198.51.100.3'),
    ('Date', 'Thu, 05 Nov 2026 15:21:07 +0000'),
    ('From', h('Fundación Andina para la Lectura') + ' <contacto@fundacionandina.example>'),
    ('Reply-To', 'contacto@fundacionandina.example'),
    ('To', 'apply@grants.example'),
    ('Message-ID', f'<{hexid(32)}.18344.{R.randint(10**9,10**10)}@freshdesk.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.our_id),
    ('Subject', h('Ticket recibido - ' + t.re_subject)),
    ('Mime-Version', '1.0'),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'DR, RN, OOF, AutoReply'),
    ('Precedence', 'auto_reply'),
], multi('alternative', [text(fd, cte='quoted-printable'),
                         text('<div>' + '<br>'.join(fd.rstrip().split('\n')) + '</div>\n', 'html', cte='quoted-printable')],
         boundary=f'--==_mimepart_{hexid(13)}_{hexid(6)}')))

t = Thread('Digital Rights Lab', 'help@drlab.example', 'Application: Digital safety trainings for community journalists', 9, 10, 50, 'CFF-27-0244')
jsm = """——-—-—-—-—-—-—-—-—
Reply above this line.

Grants Team, your request has been received.

We'll get back to you within 3 business days. In the meantime, you can add
comments or attachments by replying to this email.

View request · Turn off this request's notifications

This is shared with Grants Team.

Powered by Jira Service Management
Sent by Atlassian
"""
add('helpdesk/03-jira-service-management-received.eml', message([
    ('Return-Path', '<jira@drlab.atlassian.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(9, 10, 51, 30, 'na-ssmtp-outbound.atlassian.example', '203.0.113.98'),
    ('Date', 'Mon, 9 Nov 2026 10:51:28 +0000 (UTC)'),
    ('From', 'Digital Rights Lab Help Desk <jira@drlab.atlassian.example>'),
    ('Reply-To', 'help@drlab.example'),
    ('To', 'apply@grants.example'),
    ('Message-ID', f'<JIRA.{R.randint(10**5,10**6)}.{R.randint(10**12,10**13)}@Atlassian.JIRA>'),
    ('In-Reply-To', t.our_id),
    ('Subject', h('HELP-1187 ' + t.re_subject)),
    ('MIME-Version', '1.0'),
    ('X-JIRA-FingerPrint', hexid(32)),
    ('Auto-Submitted', 'auto-generated'),
    ('Precedence', 'bulk'),
], multi('alternative', [text(jsm, cte='quoted-printable'),
                         text('<html><body><div style="color:#999">——-—-—-—-—-—-—-—-—<br>Reply above this line.</div><p><b>Grants Team</b>, your request has been received.</p><p>We\'ll get back to you within 3 business days. In the meantime, you can add comments or attachments by replying to this email.</p><p><a href="https://drlab.atlassian.example/servicedesk/customer/portal/2/HELP-1187">View request</a> · <a href="https://drlab.atlassian.example/servicedesk/customer/portal/2/HELP-1187/unsubscribe">Turn off this request\'s notifications</a></p><p>This is shared with Grants Team.</p><p style="color:#999">Powered by Jira Service Management<br>Sent by Atlassian</p></body></html>\n', 'html', cte='quoted-printable')])))

t = Thread('Accra Polytechnic Research Office', 'research@accrapoly.example', 'Application: Recycled-plastic paving blocks pilot, Accra', 10, 11, 5, 'CFF-27-0259')
sn = f"""Your incident has been opened on your behalf.

Number: INC0041873
Short description: {t.re_subject}
Assignment group: Research Support

Click here to view Incident: INC0041873
https://accrapoly.service-now.example/sp?id=ticket&table=incident&sys_id={hexid(32)}

Thank you,
Research Support Desk


Ref:MSG3481920_{alnum(20)}
"""
add('helpdesk/04-servicenow-incident-opened.eml', message([
    ('Return-Path', '<accrapoly@service-now.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(10, 11, 6, 22, 'outbound-mail.service-now.example', '192.0.2.240'),
    ('Date', 'Tue, 10 Nov 2026 03:06:20 -0800 (PST)'),
    ('From', 'Research Support Desk <accrapoly@service-now.example>'),
    ('Reply-To', 'accrapoly@service-now.example'),
    ('To', 'apply@grants.example'),
    ('Message-ID', f'<{R.randint(10**8,10**9)}.{R.randint(10**5,10**6)}.{R.randint(10**12,10**13)}@app{R.randint(100,999)}.lon.service-now.example>'),
    ('Subject', 'Incident INC0041873 -- opened on your behalf'),
    ('MIME-Version', '1.0'),
    ('X-ServiceNow-Source', 'Notification-' + hexid(32)),
    ('X-ServiceNow-SysEmail-Version', '2'),
    ('Precedence', 'bulk'),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
], multi('alternative', [text(sn, cte='quoted-printable'),
                         text('<html><body><div>Your incident has been opened on your behalf.<br><br>Number: INC0041873<br>Short description: ' + t.re_subject + '<br>Assignment group: Research Support<br><br>Click here to view Incident: <a href="https://accrapoly.service-now.example/sp?id=ticket&amp;table=incident">INC0041873</a><br><br>Thank you,<br>Research Support Desk</div><div>&nbsp;</div><div style="display:inline">Ref:MSG3481920_' + alnum(20) + '</div></body></html>\n', 'html', cte='quoted-printable')])))

t = Thread('Lastenrad Nordstadt e.V.', 'kontakt@lastenrad-nordstadt.example', 'Antrag: Werkstattkurse für Jugendliche in der Nordstadt', 11, 13, 40, 'CFF-27-0282')
zm = f"""Hallo Grants Team,

Ihre Anfrage (Ticket#25110934) ist bei uns eingegangen und wird in Kürze
von einem unserer Ehrenamtlichen bearbeitet.

Um weitere Informationen hinzuzufügen, antworten Sie einfach auf diese E-Mail.
Bitte lassen Sie dabei die Ticketnummer im Betreff stehen.

Ihr Team vom Lastenrad Nordstadt e.V.

Ihre Nachricht:
> {t.re_subject}
"""
add('helpdesk/05-zammad-anfrage-eingegangen-de.eml', message([
    ('Return-Path', '<kontakt@lastenrad-nordstadt.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(11, 13, 41, 11, 'zammad.lastenrad-nordstadt.example', '203.0.113.122'),
    ('Date', 'Wed, 11 Nov 2026 14:41:09 +0100'),
    ('From', '"Lastenrad Nordstadt e.V." <kontakt@lastenrad-nordstadt.example>'),
    ('To', 'Grants Team <apply@grants.example>'),
    ('Message-ID', f'<{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@zammad.lastenrad-nordstadt.example>'),
    ('In-Reply-To', t.our_id),
    ('References', t.refs()),
    ('Subject', h(t.re_subject + ' [Ticket#25110934]')),
    ('Mime-Version', '1.0'),
    ('Organization', 'Lastenrad Nordstadt e.V.'),
    ('X-Loop', 'yes'),
    ('Precedence', 'bulk'),
    ('Auto-Submitted', 'auto-generated'),
    ('X-Auto-Response-Suppress', 'All'),
    ('X-Zammad-Ticket-Number', '25110934'),
], multi('alternative', [text(zm, cte='quoted-printable'),
                         text('<div>' + '<br>'.join(zm.rstrip().split('\n')).replace('> ', '&gt; ') + '</div>\n', 'html', cte='quoted-printable')],
         boundary=f'mimepart_{hexid(24)}_{R.randint(100,999)}')))

# --- challenge-response (French) ------------------------------------------------------
t = Thread('Pierre-Yves Lemaire', 'py.lemaire@ateliers-solidaires.example', 'Candidature – Atelier vélo solidaire à Roubaix', 12, 16, 2, 'CFF-27-0297')
ch = f"""Bonjour,

Vous avez envoyé un message à py.lemaire@ateliers-solidaires.example.
Cette adresse est protégée par un filtre antispam : votre message est en
attente et ne sera délivré qu'après votre validation.

Pour valider votre adresse, cliquez sur le lien ci-dessous et recopiez le
code affiché :

  https://valider.filtre-protect.example/c/{alnum(24, False)}

Cette opération n'est à effectuer qu'une seule fois. Sans validation de
votre part sous 5 jours, le message sera supprimé.

Objet du message en attente : {t.re_subject}
Date : {t.our_date}

--
Ce message a été envoyé automatiquement, merci de ne pas y répondre.
"""
add('challenge-response/01-validation-antispam-fr.eml', message([
    ('Return-Path', '<>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(12, 16, 3, 30, 'mx-out2.filtre-protect.example', '198.51.100.203'),
    ('Date', 'Thu, 12 Nov 2026 17:03:28 +0100'),
    ('From', a('Validation de message', 'validation@filtre-protect.example')),
    ('Reply-To', 'no-reply@filtre-protect.example'),
    ('To', 'apply@grants.example'),
    ('Subject', h('Votre message pour py.lemaire@ateliers-solidaires.example est en attente')),
    ('Message-ID', f'<{alnum(20, False)}@filtre-protect.example>'),
    ('In-Reply-To', t.our_id),
    ('Auto-Submitted', 'auto-replied'),
    ('MIME-Version', '1.0'),
], text(ch, cte='quoted-printable')))

# --- read receipts ------------------------------------------------------------------------
t = Thread('Halima Abdi', 'halima.abdi@somwomen.example', 'Application: Literacy circles for women in Garowe', 13, 7, 20, 'CFF-27-0309')
rr = f"""Your message

  To: Halima Abdi
  Subject: {t.re_subject}
  Sent: Friday, 13 November 2026 10:21:00 (UTC+03:00) Nairobi

was read on Friday, 13 November 2026 13:47:12 (UTC+03:00) Nairobi.
"""
mdn = f"""Reporting-UA: somwomen.example; Microsoft Exchange Server 2019
Final-Recipient: rfc822;halima.abdi@somwomen.example
Original-Message-ID: {t.our_id}
Disposition: automatic-action/MDN-sent-automatically; displayed
"""
add('read-receipt/01-outlook-read-en.eml', message([
    ('Return-Path', '<halima.abdi@somwomen.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(13, 10, 47, 20, 'mail.somwomen.example', '203.0.113.64'),
    ('From', 'Halima Abdi <halima.abdi@somwomen.example>'),
    ('To', 'Grants Team <apply@grants.example>'),
    ('Subject', h('Read: ' + t.re_subject)),
    ('Thread-Topic', h(t.re_subject)),
    ('Date', 'Fri, 13 Nov 2026 10:47:12 +0000'),
    ('Message-ID', f'<{hexid(32)}@mail.somwomen.example>'),
    ('References', t.our_id),
    ('In-Reply-To', t.our_id),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('MIME-Version', '1.0'),
], multi('report', [multi('alternative', [text(rr, cte='7bit'), text('<html><body><p>Your message</p><p>&nbsp;&nbsp;To: Halima Abdi<br>&nbsp;&nbsp;Subject: ' + t.re_subject + '<br>&nbsp;&nbsp;Sent: Friday, 13 November 2026 10:21:00 (UTC+03:00) Nairobi</p><p>was read on Friday, 13 November 2026 13:47:12 (UTC+03:00) Nairobi.</p></body></html>\n', 'html', cte='quoted-printable')]),
                    raw_part('message/disposition-notification', mdn)],
         params=' report-type=disposition-notification;')))

t = Thread('Andrés Felipe Gómez', 'afgomez@colectivo-sembrar.example', 'Solicitud de subvención – Escuela de agroecología en Cauca', 16, 14, 0, 'CFF-27-0345')
rr = f"""Su mensaje

  Para: Andrés Felipe Gómez
  Asunto: {t.re_subject}
  Enviado: lunes, 16 de noviembre de 2026 9:01:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco

ha sido leído el lunes, 16 de noviembre de 2026 9:38:51 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.
"""
mdn = f"""Reporting-UA: colectivo-sembrar.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;afgomez@colectivo-sembrar.example
Original-Message-ID: {t.our_id}
Disposition: manual-action/MDN-sent-manually; displayed
"""
add('read-receipt/02-outlook-leido-es.eml', message([
    ('Return-Path', '<afgomez@colectivo-sembrar.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(16, 14, 38, 58, 'mail-co1nam11on2090.outbound.protection.outlook.example', '198.51.100.90'),
    ('From', a('Andrés Felipe Gómez', 'afgomez@colectivo-sembrar.example')),
    ('To', 'Grants Team <apply@grants.example>'),
    ('Subject', h('Leído: ' + t.re_subject)),
    ('Thread-Topic', h(t.re_subject)),
    ('Date', 'Mon, 16 Nov 2026 09:38:51 -0500'),
    ('Message-ID', exo_mid('SJ0PR11MB')),
    ('References', t.our_id),
    ('In-Reply-To', t.our_id),
    ('Content-Language', 'es-CO'),
    ('X-MS-Has-Attach', ''),
    ('MIME-Version', '1.0'),
], multi('report', [text(rr, cte='quoted-printable'), raw_part('message/disposition-notification', mdn)],
         params=' report-type=disposition-notification;')))

# --- calendar replies to our interview invitations ---------------------------------------------
ics = f"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Grace Wambui:mailto:grace.wambui@nyeri-nurseries.example
COMMENT;LANGUAGE=en-US:\\n
SUMMARY;LANGUAGE=en-US:Accepted: Interview – Community Futures Fund 2027 (Tree nurseries, Nyeri)
DTSTART;TZID=E. Africa Standard Time:20261126T110000
DTEND;TZID=E. Africa Standard Time:20261126T113000
UID:cff-interview-0241@grants.example
SEQUENCE:0
DTSTAMP:20261118T071544Z
ORGANIZER;CN=Grants Team:mailto:apply@grants.example
LOCATION;LANGUAGE=en-US:Video call (link in invitation)
END:VEVENT
END:VCALENDAR
"""
add('calendar/01-outlook-accepted-interview.eml', message([
    ('Return-Path', '<grace.wambui@nyeri-nurseries.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(18, 7, 15, 50, 'mail-am0eur02on2112.outbound.protection.outlook.example', '198.51.100.112'),
    ('From', 'Grace Wambui <grace.wambui@nyeri-nurseries.example>'),
    ('To', 'Grants Team <apply@grants.example>'),
    ('Subject', h('Accepted: Interview – Community Futures Fund 2027 (Tree nurseries, Nyeri)')),
    ('Thread-Topic', h('Interview – Community Futures Fund 2027 (Tree nurseries, Nyeri)')),
    ('Thread-Index', 'AQHbOY' + alnum(18) + '=='),
    ('Date', 'Wed, 18 Nov 2026 07:15:44 +0000'),
    ('Message-ID', exo_mid('PAXPR10MB')),
    ('References', '<cff-invite.20261117.0241@grants.example>'),
    ('In-Reply-To', '<cff-invite.20261117.0241@grants.example>'),
    ('Content-Language', 'en-US'),
    ('X-MS-Has-Attach', ''),
    ('X-MS-TNEF-Correlator', ''),
    ('MIME-Version', '1.0'),
], multi('alternative', [text('\n', cte='7bit'),
                         text(ics, 'calendar', cte='base64', extra_ct='; method=REPLY')])))

ics2 = f"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261127T090000Z
DTEND:20261127T093000Z
DTSTAMP:20261119T152210Z
ORGANIZER;CN=Grants Team:mailto:apply@grants.example
UID:cff-interview-0318@grants.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Amina
 Yusuf;X-NUM-GUESTS=0:mailto:amina.yusuf.kano@gmail.example
CREATED:20261117T101500Z
DESCRIPTION:
LAST-MODIFIED:20261119T152210Z
LOCATION:Video call
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Community Futures Fund 2027 (Solar drying, Kano)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""
gtxt = """Amina Yusuf has declined this invitation.

Interview – Community Futures Fund 2027 (Solar drying, Kano)
Friday 27 Nov 2026 ⋅ 10am – 10:30am (West Africa Time)

Location
Video call

Organizer
Grants Team - apply@grants.example

Guests
Grants Team - organizer
Amina Yusuf - declined

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event.
Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
"""
add('calendar/02-google-calendar-declined.eml', message([
    ('Return-Path', '<amina.yusuf.kano@gmail.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(19, 15, 22, 14, 'mail-sor-f73.google.example', '192.0.2.73'),
    ('MIME-Version', '1.0'),
    ('Reply-To', 'Amina Yusuf <amina.yusuf.kano@gmail.example>'),
    ('Sender', 'Google Calendar <calendar-notification@google.example>'),
    ('Message-ID', f'<calendar-{hexid(8)}-{hexid(4)}-{hexid(4)}-{hexid(4)}-{hexid(12)}@google.example>'),
    ('Date', 'Thu, 19 Nov 2026 15:22:11 +0000'),
    ('Subject', h('Declined: Interview – Community Futures Fund 2027 (Solar drying, Kano) @ Fri 27 Nov 2026 10am - 10:30am (WAT) (apply@grants.example)')),
    ('From', 'Amina Yusuf <amina.yusuf.kano@gmail.example>'),
    ('To', 'apply@grants.example'),
], multi('mixed', [multi('alternative', [text(gtxt, cte='quoted-printable'),
                                         text('<html><body><div>Amina Yusuf has declined this invitation.</div><h2>Interview – Community Futures Fund 2027 (Solar drying, Kano)</h2><div>Friday 27 Nov 2026 ⋅ 10am – 10:30am (West Africa Time)</div><p>Invitation from Google Calendar</p></body></html>\n', 'html', cte='quoted-printable'),
                                         text(ics2, 'calendar', cte='quoted-printable', extra_ct='; method=REPLY')],
                                        boundary='000000000000' + hexid(16)),
                   attach(ics2.encode(), 'application/ics', 'invite.ics')], boundary='000000000000' + hexid(16))))

# --- lists and groups ------------------------------------------------------------------
t = Thread('Accra Women in Tech', 'board@womenintech-accra.example', 'Application: Coding bootcamp for girls in Nima', 17, 11, 30, 'CFF-27-0354')
gg = """Hello apply@grants.example,

We're writing to let you know that the group you tried to contact (board) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.example/a/womenintech-accra.example/support/.

Thanks,

womenintech-accra.example admins
"""
add('lists/01-google-groups-no-permission.eml', message([
    ('Return-Path', '<>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(17, 11, 31, 22, 'mail-sor-f69.google.example', '192.0.2.69'),
    ('MIME-Version', '1.0'),
    ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.example>'),
    ('To', 'apply@grants.example'),
    ('Auto-Submitted', 'auto-replied'),
    ('Subject', 'Address not found'),
    ('References', t.our_id),
    ('In-Reply-To', t.our_id),
    ('X-Failed-Recipients', 'board@womenintech-accra.example'),
    ('Message-ID', f'<{hexid(16)}.{alnum(20, False)}@mx.google.example>'),
    ('Date', 'Tue, 17 Nov 2026 03:31:21 -0800 (PST)'),
], multi('mixed', [text(gg, cte='quoted-printable'),
                   raw_part('message/rfc822', t.our_message())], boundary='000000000000' + hexid(16))))

t = Thread('Youth Climate Ambassadors Lagos', 'team-list@lists.youthclimate-lagos.example', 'Application: Youth climate ambassadors, Lagos', 18, 12, 55, 'CFF-27-0363')
mm = f"""Your mail to 'Team-list' with the subject

    {t.re_subject}

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.youthclimate-lagos.example/mailman/confirm/team-list/{hexid(40)}

"""
add('lists/02-mailman-awaits-moderator-approval.eml', message([
    ('Return-Path', '<team-list-bounces@lists.youthclimate-lagos.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(18, 12, 56, 12, 'lists.youthclimate-lagos.example', '203.0.113.33'),
    ('Content-Type', None),
    ('Subject', h('Your message to Team-list awaits moderator approval')),
    ('From', 'team-list-owner@lists.youthclimate-lagos.example'),
    ('To', 'apply@grants.example'),
    ('Message-ID', f'<mailman.{R.randint(100,999)}.{R.randint(10**9,10**10)}.{R.randint(1000,9999)}.team-list@lists.youthclimate-lagos.example>'),
    ('Date', 'Wed, 18 Nov 2026 13:56:10 +0100'),
    ('Precedence', 'bulk'),
    ('X-BeenThere', 'team-list@lists.youthclimate-lagos.example'),
    ('X-Mailman-Version', '2.1.39'),
    ('List-Id', 'Youth Climate Ambassadors team <team-list.lists.youthclimate-lagos.example>'),
    ('X-List-Administrivia', 'yes'),
    ('Errors-To', 'team-list-bounces@lists.youthclimate-lagos.example'),
    ('Sender', '"Team-list" <team-list-bounces@lists.youthclimate-lagos.example>'),
    ('MIME-Version', '1.0'),
], text(mm, charset='us-ascii', cte='7bit')))

t = Thread('Association Jeunesse Solidaire de Thiès', 'bureau@listes.jeunesse-thies.example', 'Candidature – Jardins scolaires à Thiès', 20, 15, 10, 'CFF-27-0391')
sy = f"""Bonjour,

Votre message pour la liste bureau@listes.jeunesse-thies.example a été rejeté :
vous n'êtes pas autorisé(e) à envoyer des messages à cette liste. Seuls les
abonnés peuvent y écrire.

Objet du message : {t.re_subject}

Pour toute question, contactez le propriétaire de la liste :
bureau-request@listes.jeunesse-thies.example

--
Sympa, gestionnaire de listes de diffusion
https://listes.jeunesse-thies.example/sympa
"""
add('lists/03-sympa-message-rejete-fr.eml', message([
    ('Return-Path', '<sympa-request@listes.jeunesse-thies.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(20, 15, 11, 3, 'listes.jeunesse-thies.example', '198.51.100.177'),
    ('Date', 'Fri, 20 Nov 2026 15:11:01 +0000'),
    ('From', 'SYMPA <sympa@listes.jeunesse-thies.example>'),
    ('Reply-To', 'SYMPA <sympa@listes.jeunesse-thies.example>'),
    ('To', 'apply@grants.example'),
    ('Subject', h('Message rejeté : ' + t.re_subject)),
    ('Message-Id', f'<sympa.{R.randint(10**9,10**10)}.{R.randint(1000,9999)}.{R.randint(100,999)}@listes.jeunesse-thies.example>'),
    ('In-Reply-To', t.our_id),
    ('X-Loop', 'sympa@listes.jeunesse-thies.example'),
    ('Auto-Submitted', 'auto-replied'),
    ('X-Sympa-Version', '6.2.74'),
    ('MIME-Version', '1.0'),
], text(sy, cte='quoted-printable')))

# --- feedback (complaint) report ------------------------------------------------------------
t = Thread('Rahul Deshmukh', 'rahul.d@mailbox-in.example', 'Grant application – e-waste collection drive, Pune', 21, 6, 0, 'CFF-27-0395')
arf_txt = """This is an email abuse report for an email message received from IP
203.0.113.45 on Sat, 21 Nov 2026 06:01:30 +0000.
A user of our service marked this message as spam.
For more information about this format please see
http://www.mipassoc.example/arf/.
"""
fb = """Feedback-Type: abuse
User-Agent: MailboxIN-FBL/1.4
Version: 1
Original-Mail-From: <apply@grants.example>
Original-Rcpt-To: <rahul.d@mailbox-in.example>
Arrival-Date: Sat, 21 Nov 2026 06:01:30 +0000
Reporting-MTA: dns; fbl.mailbox-in.example
Source-IP: 203.0.113.45
Reported-Domain: grants.example
Authentication-Results: mx.mailbox-in.example; spf=pass smtp.mailfrom=grants.example; dkim=pass header.d=grants.example
"""
add('feedback/01-arf-abuse-complaint.eml', message([
    ('Return-Path', '<fbl-bounces@mailbox-in.example>'),
    ('Delivered-To', 'apply@grants.example'),
    recv_in(22, 2, 14, 9, 'fbl.mailbox-in.example', '192.0.2.222'),
    ('From', 'MailboxIN Feedback Loop <fbl@mailbox-in.example>'),
    ('To', 'apply@grants.example'),
    ('Subject', 'Complaint about message from 203.0.113.45'),
    ('Date', 'Sun, 22 Nov 2026 07:44:07 +0530'),
    ('Message-ID', f'<fbl.{hexid(20)}@fbl.mailbox-in.example>'),
    ('MIME-Version', '1.0'),
], multi('report', [text(arf_txt, charset='us-ascii'), raw_part('message/feedback-report', fb),
                    raw_part('text/rfc822-headers', t.our_header_block())],
         params=' report-type=feedback-report;')))

# exchange_oof() of robots2 appended to robots2.OUT; move those here
OUT[:0] = _O2[_before:]
del _O2[_before:]
