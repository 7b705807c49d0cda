from write_common import *
from write_robots import OUT, add, ctx

P = "receipts-calendar/"

# Outlook / Exchange read receipt for a message a staff member sent with a receipt request
sent = d(18, 9, 20, 5)
mid = our_id(sent)
t = d(18, 14, 2, 41)
subject = "Re: Your application - interview slot"
plain = """Your message

    To: Olumide Adeyemi
    Subject: %s
    Sent: Wednesday, November 18, 2026 9:20:05 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Wednesday, November 18, 2026 3:02:41 PM (UTC+01:00) West Central Africa.""" % subject
mdn = """Content-Type: message/disposition-notification

Reporting-UA: LO2P265MB5566.GBRP265.PROD.OUTLOOK.EXAMPLE; Microsoft Exchange Server
Final-Recipient: rfc822;o.adeyemi@ibadan-agric.example
Original-Message-ID: %s
Disposition: automatic-action/MDN-sent-automatically; displayed
""" % mid
add(P + "01-outlook-read-receipt.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-lo2gbr01on2105.outbound.protection.outlook.example", "40.107.11.105", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    ("From", "Olumide Adeyemi <o.adeyemi@ibadan-agric.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Subject", "Read: " + subject),
    ("Thread-Topic", subject), ("Thread-Index", "AQHbOaZ2" + b64(hx(16).encode())[:20]),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=1))))),
    ("Message-ID", "<LO2P265MB5566%s@LO2P265MB5566.GBRP265.PROD.OUTLOOK.EXAMPLE>" % HX(16)),
    ("References", mid),
    ("Content-Language", "en-GB"),
    ("X-MS-Has-Attach", ""),
    ("MIME-Version", "1.0"),
], multipart("report", [multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")]), mdn],
             "_004_" + HX(30) + "_", params=" report-type=disposition-notification;"))

# Thunderbird MDN in German
sent = d(20, 10, 5, 0)
mid = our_id(sent)
t = d(20, 16, 40, 3)
subject = "Re: Bewerbung - fehlende Budgetangabe"
plain = """Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an Lukas Hoffmann <lukas.hoffmann@oeko-institut-sued.example> gesendet haben; zu %s.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht beim Empfänger angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.""" % sent.astimezone(timezone(timedelta(hours=1))).strftime("%d.%m.%Y %H:%M")
mdn = """Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: oeko-institut-sued.example; Mozilla Thunderbird
Final-Recipient: rfc822;lukas.hoffmann@oeko-institut-sued.example
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % mid
hdrs = """Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Date: %s
Message-ID: %s
Subject: %s
From: Grants Team <apply@grants.example>
To: Lukas Hoffmann <lukas.hoffmann@oeko-institut-sued.example>
Disposition-Notification-To: Grants Team <apply@grants.example>
""" % (fdate(sent), mid, subject)
add(P + "02-thunderbird-mdn-de.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("smtp.oeko-institut-sued.example", "194.25.134.81", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("Message-ID", "<%s-%s-%s@oeko-institut-sued.example>" % (hx(8), hx(4), hx(12))),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=1))))),
    ("MIME-Version", "1.0"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("From", "Lukas Hoffmann <lukas.hoffmann@oeko-institut-sued.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Subject", subj("Empfangsbestätigung (angezeigt) - " + subject)),
    ("Content-Language", "de-DE"),
], multipart("report", [text(plain, cte="quoted-printable", extra="; format=flowed"), mdn, hdrs],
             "------------" + hx(24), params=" report-type=disposition-notification;"))

# Outlook calendar reply "Accepted:"
t = d(23, 8, 12, 30)
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Nana Mensah:mailto:n.mensah@kumasi-poly.example
COMMENT;LANGUAGE=en-US:\\n
SUMMARY;LANGUAGE=en-US:Accepted: Northlight interview - Nana Mensah
DTSTART;TZID=GMT Standard Time:20261126T100000
DTEND;TZID=GMT Standard Time:20261126T103000
UID:040000008200E00074C5B7101A82E00800000000%s
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T081230Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""" % HX(32)
add(P + "03-outlook-calendar-accepted.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-db8eur05on2071.outbound.protection.outlook.example", "40.107.20.71", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    ("From", "Nana Mensah <n.mensah@kumasi-poly.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Subject", "Accepted: Northlight interview - Nana Mensah"),
    ("Thread-Topic", "Northlight interview - Nana Mensah"),
    ("Thread-Index", "AdtdAb1" + b64(hx(16).encode())[:22]),
    ("Date", fdate(t)),
    ("Message-ID", "<DB9PR02MB%s@DB9PR02MB7120.eurprd02.prod.outlook.example>" % HX(20)),
    ("Content-Language", "en-US"),
    ("X-MS-Has-Attach", ""),
    ("X-MS-TNEF-Correlator", ""),
    ("MIME-Version", "1.0"),
], multipart("alternative", [text("", charset="utf-8"), text(ics, "calendar", cte="base64", extra="; method=REPLY")]))

# Google Calendar reply (Spanish)
t = d(24, 17, 3, 9)
ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261127T140000Z
DTEND:20261127T143000Z
DTSTAMP:20261124T170309Z
ORGANIZER;CN=Grants Team:mailto:apply@grants.example
UID:040000008200E00074C5B7101A82E00800000000%s
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valentina Rojas;X-NUM-GUESTS=0:mailto:valentina.rojas@gmail.example
SUMMARY:Entrevista Northlight - Valentina Rojas
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""" % HX(32)
plain = """Valentina Rojas ha aceptado esta invitación.

Entrevista Northlight - Valentina Rojas
viernes, 27 de noviembre de 2026 · 11:00 – 11:30
Zona horaria: Hora de Chile - Santiago

Invitación de Google Calendar

Recibes este correo porque eres el organizador de este evento."""
add(P + "04-google-calendar-aceptado-es.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-sor-f72.google.example", "209.85.220.72", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("google.example", "20230601"),
    ("MIME-Version", "1.0"),
    ("Reply-To", "Valentina Rojas <valentina.rojas@gmail.example>"),
    ("Sender", "Google Calendar <calendar-notification@google.example>"),
    ("Message-ID", "<calendar-%s-%s-%s@google.example>" % (hx(8), hx(4), hx(12))),
    ("Date", fdate(t)),
    ("Subject", subj("Invitación aceptada: Entrevista Northlight - Valentina Rojas @ vie 27 nov 2026 11:00 - 11:30 (GMT-3) (apply@grants.example)")),
    ("From", "Valentina Rojas <valentina.rojas@gmail.example>"),
    ("To", "apply@grants.example"),
], multipart("mixed", [multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable"),
                                                 text(ics, "calendar", charset="UTF-8", cte="7bit", extra="; method=REPLY")]),
                       "Content-Type: application/ics; name=\"invite.ics\"\nContent-Disposition: attachment; filename=\"invite.ics\"\nContent-Transfer-Encoding: base64\n\n" + b64(ics) + "\n"]))

# ================================= lists ===================================
L = "lists/"

c = ctx(5, 10, 30, 0, "Lake Victoria Fisheries Group", "lvfg-team@googlegroups.example", "Community Research application - LVFG")
t = later(c["sent"], seconds=3)
plain = """
** Message blocked **

Your message to lvfg-team@googlegroups.example has been blocked. See technical details below for more information.

The response was:

You do not have permission to post to this group.

We're writing to let you know that the group you tried to contact (lvfg-team) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.example/support/.

Thanks,

Google Groups"""
add(L + "01-google-groups-no-permission.eml", [
    ("Return-Path", "<>"), ("Delivered-To", "apply@grants.example"),
    rcv("mail-sor-f69.google.example", "209.85.220.69", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("googlemail.example", "20230601"),
    ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"),
    ("To", "apply@grants.example"),
    ("Auto-Submitted", "auto-replied"),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("References", c["mid"]), ("In-Reply-To", c["mid"]),
    ("Message-ID", "<%s.%s@mx.google.example>" % (hx(8), R.randint(1000, 9999))),
    ("Date", fdate(t)),
    ("MIME-Version", "1.0"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")], "000000000000" + hx(16)))

c = ctx(14, 9, 9, 0, "Soil Carbon Network", "soilcarbon-l@lists.agro-net.example", "Seed application - Soil Carbon Network")
t = later(c["sent"], seconds=6)
plain = """Your mail to 'Soilcarbon-L' with the subject

    %s

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.agro-net.example/mailman/confirm/soilcarbon-l/%s
""" % (c["re"], hx(40))
add(L + "02-mailman-awaits-moderator-approval.eml", [
    ("Return-Path", "<soilcarbon-l-bounces@lists.agro-net.example>"), ("Delivered-To", "apply@grants.example"),
    rcv("lists.agro-net.example", "192.0.2.150", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("Subject", "Your message to Soilcarbon-L awaits moderator approval"),
    ("From", "soilcarbon-l-owner@lists.agro-net.example"),
    ("To", "apply@grants.example"),
    ("Message-ID", "<mailman.%d.%d.%d.soilcarbon-l@lists.agro-net.example>" % (R.randint(1, 999), R.randint(10**9, 10**10), R.randint(1, 99))),
    ("Date", fdate(t)),
    ("Precedence", "bulk"),
    ("X-BeenThere", "soilcarbon-l@lists.agro-net.example"),
    ("X-Mailman-Version", "2.1.39"),
    ("List-Id", "Soil Carbon Network <soilcarbon-l.lists.agro-net.example>"),
    ("X-List-Administrivia", "yes"),
    ("Errors-To", "soilcarbon-l-bounces@lists.agro-net.example"),
    ("Sender", "\"Soilcarbon-L\" <soilcarbon-l-bounces@lists.agro-net.example>"),
    ("MIME-Version", "1.0"),
], text(plain, charset="us-ascii"))

c = ctx(21, 14, 45, 0, "Projet Eau Sahel", "projet-eau@listes.univ-ouaga-demo.example", "Candidature Community Research - Projet Eau Sahel")
t = later(c["sent"], seconds=10)
plain = """Bonjour,

Votre message pour la liste projet-eau@listes.univ-ouaga-demo.example a été rejeté.
Vous (apply@grants.example) n'avez pas l'autorisation d'envoyer des messages à cette liste.

Pour plus d'informations, veuillez contacter le propriétaire de la liste : projet-eau-request@listes.univ-ouaga-demo.example

Sujet du message : %s

--
Service de listes de diffusion Sympa""" % c["re"]
add(L + "03-sympa-rejected-fr.eml", [
    ("Return-Path", "<sympa-request@listes.univ-ouaga-demo.example>"), ("Delivered-To", "apply@grants.example"),
    rcv("listes.univ-ouaga-demo.example", "196.28.245.10", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("Date", fdate(t)),
    ("From", "SYMPA <sympa@listes.univ-ouaga-demo.example>"),
    ("Reply-To", "SYMPA <sympa@listes.univ-ouaga-demo.example>"),
    ("To", "apply@grants.example"),
    ("Subject", subj("Diffusion du message : autorisation refusée")),
    ("Message-Id", "<sympa.%d.%d.%d@listes.univ-ouaga-demo.example>" % (R.randint(10**9, 10**10), R.randint(1000, 9999), R.randint(100, 999))),
    ("In-Reply-To", c["mid"]),
    ("Auto-Submitted", "auto-replied"),
    ("X-Loop", "sympa@listes.univ-ouaga-demo.example"),
    ("MIME-Version", "1.0"),
], multipart("mixed", [text(plain, cte="quoted-printable"), "Content-Type: message/rfc822\n\n" + our_mail_bytes(c["to"], c["subject"], c["mid"], c["sent"], c["their_mid"])]))

# ============================== feedback report ============================
F = "feedback-reports/"
c = ctx(22, 9, 0, 0, "Fatima Bello", "fatima.bello@mail-ng.example", "Application - Fatima Bello")
t = later(c["sent"], minutes=95)
human = """This is an email abuse report for an email message received from IP 192.0.2.10 on %s.
For more information about this format please see http://www.mipassoc.example/arf/ .""" % fdate(c["sent"])
fb = """Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: MailNG-FBL/1.0
Version: 1
Original-Mail-From: <apply@grants.example>
Original-Rcpt-To: <redacted@mail-ng.example>
Arrival-Date: %s
Reported-Domain: grants.example
Source-IP: 192.0.2.10
Authentication-Results: mail-ng.example; dkim=pass header.d=grants.example; spf=pass smtp.mailfrom=grants.example
""" % fdate(c["sent"])
orig = our_mail_bytes("redacted@mail-ng.example", c["subject"], c["mid"], c["sent"], c["their_mid"])
add(F + "01-arf-abuse-report.eml", [
    ("Return-Path", "<fbl@mail-ng.example>"), ("Delivered-To", "apply@grants.example"),
    rcv("fbl.mail-ng.example", "198.51.100.66", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("From", "MailNG Feedback Loop <fbl@mail-ng.example>"),
    ("To", "apply@grants.example"),
    ("Subject", "Abuse report for message from grants.example"),
    ("Date", fdate(t)),
    ("Message-ID", "<fbl-%s@mail-ng.example>" % hx(20)),
    ("MIME-Version", "1.0"),
], multipart("report", [text(human, charset="us-ascii"), fb, "Content-Type: message/rfc822\nContent-Disposition: inline\n\n" + orig],
             "_fbl_" + hx(16), params=" report-type=feedback-report;"))
