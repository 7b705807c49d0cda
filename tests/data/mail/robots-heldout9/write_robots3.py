from write_common import *
from write_robots import OUT, add, ctx
from write_robots2 import m365_oof, thread_index

C = "left-unmonitored-forwarding/"

# "I have left" as a Microsoft 365 automatic reply, Romanian
c = ctx(5, 8, 0, 0, "Andrei Popescu", "andrei.popescu@agro-cluj.example", "Cerere finantare Seed - Andrei Popescu")
m365_oof(C + "01-m365-ro-nu-mai-lucrez.eml", c, "Răspuns automat: ", "ro-RO", """Bună ziua,

Vă mulțumesc pentru mesaj. Începând cu 1 noiembrie 2026 nu mai fac parte din echipa AgroCluj, iar această adresă de e-mail nu mai este verificată.
Pentru proiectele în curs vă rog să scrieți la proiecte@agro-cluj.example.
Mă puteți contacta în continuare la adresa personală andrei.popescu.ro@mail-ro.example.

Cu stimă,
Andrei Popescu""", 2, "VI1PR08MB3344.EURP208", tz=2)

# "This mailbox is not monitored" from a no-reply role box of a Greek institute (server autoresponder)
c = ctx(8, 11, 11, 0, "Κέντρο Έρευνας Αιγαίου", "info@kentro-aigaiou.example", "Αίτηση χρηματοδότησης - Community Research")
t = later(c["sent"], seconds=5)
plain = """Αυτή η διεύθυνση ηλεκτρονικού ταχυδρομείου δεν παρακολουθείται πλέον.
Παρακαλούμε απευθυνθείτε στη γραμματεία: grammateia@kentro-aigaiou.example ή τηλεφωνικά στο +30 2251 000 300.

This mailbox is not monitored. Please write to grammateia@kentro-aigaiou.example.

Κέντρο Έρευνας Αιγαίου / Aegean Research Centre"""
add(C + "02-not-monitored-el-en.eml", [
    ("Return-Path", "<>"), ("Delivered-To", "apply@grants.example"),
    rcv("mail.kentro-aigaiou.example", "195.251.0.40", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=2))))),
    ("From", addr("Κέντρο Έρευνας Αιγαίου", "info@kentro-aigaiou.example")),
    ("To", "apply@grants.example"),
    ("Subject", subj("Αυτόματη απάντηση: " + c["re"])),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Message-ID", "<%s.vacation@mail.kentro-aigaiou.example>" % hx(16)),
    ("Auto-Submitted", "auto-replied"),
    ("Precedence", "bulk"),
    ("X-Mailer", "Roundcube managesieve"),
    ("MIME-Version", "1.0"),
], text(plain, cte="quoted-printable"))

# Address-changed notice sent by a university server script (Czech/English), no auto header
c = ctx(11, 14, 2, 0, "Petr Novák", "petr.novak@stud.vut-demo.example", "Žádost o grant - Early Career - Petr Novák")
t = later(c["sent"], seconds=3)
plain = """Dobrý den,

adresa petr.novak@stud.vut-demo.example byla zrušena k 30. 9. 2026 (ukončení studia).
Vaše zpráva byla automaticky přeposlána na novou adresu, kterou si uživatel nastavil.
Prosíme, aktualizujte si kontakt: petr.novak.cz@seznam-demo.example

Hello,
the address petr.novak@stud.vut-demo.example was closed on 30 Sep 2026 (end of studies).
Your message has been forwarded to the user's new address. Please update your address book.

-- 
Centrum výpočetních služeb / Computing Services Centre"""
add(C + "03-address-closed-forwarded-cs.eml", [
    ("Return-Path", "<noreply@vut-demo.example>"), ("Delivered-To", "apply@grants.example"),
    rcv("relay2.vut-demo.example", "147.229.0.12", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("From", "CVIS - Postmaster <noreply@vut-demo.example>"),
    ("To", "apply@grants.example"),
    ("Subject", subj("Adresa byla změněna / Address changed: petr.novak@stud.vut-demo.example")),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=1))))),
    ("Message-ID", "<fwdnotice.%s@relay2.vut-demo.example>" % hx(14)),
    ("In-Reply-To", c["mid"]),
    ("MIME-Version", "1.0"),
], text(plain, cte="quoted-printable"))

# "I have left" sent by a Gmail filter template, no auto header (Urdu + English)
c = ctx(19, 7, 7, 0, "Ayesha Siddiqui", "ayesha.siddiqui.lums@gmail.example", "Grant application - Seed track - Ayesha Siddiqui")
t = later(c["sent"], minutes=3)
plain = """السلام علیکم،

میں اب اس ای میل ایڈریس کو استعمال نہیں کرتی۔ براہ کرم میرے نئے پتے پر رابطہ کریں: ayesha@siddiqui-lab.example

I no longer use this email address. Please write to ayesha@siddiqui-lab.example instead. This message is sent automatically.

شکریہ
Ayesha Siddiqui"""
add(C + "04-gmail-template-no-longer-used-ur.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-sor-f65.google.example", "209.85.220.65", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("gmail.example", "20230601"),
    ("MIME-Version", "1.0"),
    ("References", "%s %s" % (c["their_mid"], c["mid"])),
    ("In-Reply-To", c["mid"]),
    ("From", c["to"]),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=5))))),
    ("Message-ID", "<CAM%s@mail.gmail.example>" % b64(hx(30).encode())[:40]),
    ("Subject", c["re"]),
    ("To", "Grants Team <apply@grants.example>"),
], multipart("alternative", [text(plain, charset="UTF-8", cte="base64"), text(html(plain), "html", charset="UTF-8", cte="base64")], "000000000000" + hx(16)))

# ================================ help desks ==============================
H = "helpdesks/"

# Zendesk "Request received"
c = ctx(2, 15, 0, 0, "Research Office", "research@coastal-uni.example", "Referee letter for applicant N. Mensah")
t = later(c["sent"], seconds=30)
plain = """##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

This email is a service from Coastal University Research Office."""
add(H + "01-zendesk-request-received.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("out-42.smtp.zendesk.example", "192.161.151.42", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    dkim("coastal-uni.example", "zendesk1"),
    ("Date", fdate(t)),
    ("From", "Coastal University Research Office <support@coastaluni.zendesk.example>"),
    ("Reply-To", "Coastal University Research Office <support+id48213@coastaluni.zendesk.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Message-ID", "<%s_%s_sprut@zendesk.example>" % (hx(13).upper(), R.randint(10**8, 10**9))),
    ("In-Reply-To", c["mid"]),
    ("Subject", "[Coastal University Research Office] Re: " + c["re"]),
    ("Mime-Version", "1.0"),
    ("X-Mailer", "Zendesk Mailer"),
    ("X-Zendesk-From-Account-Id", hx(7)),
    ("X-Zendesk-Email-Id", hx(26).upper()),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")], "--==_mimepart_%s_%d" % (hx(12), R.randint(10**5, 10**6))))

# Freshdesk ticket received
c = ctx(6, 12, 12, 0, "Tamkeen Foundation", "support@tamkeen-foundation.example", "Application on behalf of Tamkeen Foundation - Community Research")
t = later(c["sent"], seconds=40)
plain = """Dear Grants Team,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will be reviewing your request and will send you a personal response (usually within 24 hours).

To view the status of the ticket or add comments, please visit
https://tamkeen.freshdesk.example/helpdesk/tickets/7712

Thank you for your patience.

Sincerely,
Tamkeen Foundation Support Team"""
add(H + "02-freshdesk-ticket-received.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail31.freshemail.example", "54.240.1.31", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    ("Date", fdate(t)),
    ("From", "Tamkeen Foundation <support@tamkeen-foundation.example>"),
    ("To", "apply@grants.example"),
    ("Message-ID", "<%s.%s@freshdesk.example>" % (hx(24), R.randint(10**6, 10**7))),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Subject", "Ticket Received - " + c["re"]),
    ("Mime-Version", "1.0"),
    ("X-FD-Email", "true"),
    ("X-Freshdesk-Ticket-Id", "7712"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")], "--==_mimepart_%s_%d" % (hx(12), R.randint(10**5, 10**6))))

# Jira Service Management
c = ctx(9, 10, 40, 0, "IT & Research Support", "help@agritech-institute.example", "Referee confirmation - Dr. Sunita Rao")
t = later(c["sent"], minutes=1)
plain = """—-—-—-—
Reply above this line.

Your request ARS-2291 has been received. We'll get back to you soon.

Request type: Emailed request
Summary: %s

View request · Turn off this request's notifications

This is shared with Grants Team.

Powered by Jira Service Management, sent by Agritech Institute Support""" % c["re"]
add(H + "03-jira-service-management.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-us-east-1.atlassian-mail.example", "18.234.32.150", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    ("Date", fdate(t)),
    ("From", "\"IT & Research Support\" <jira@agritech-institute.atlassian-demo.example>"),
    ("Reply-To", "help@agritech-institute.example"),
    ("To", "apply@grants.example"),
    ("Message-ID", "<JIRA.%d.%d@Atlassian.JIRA>" % (R.randint(10**5, 10**6), R.randint(10**12, 10**13))),
    ("In-Reply-To", c["mid"]),
    ("Subject", "ARS-2291 " + c["re"]),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-generated"),
    ("Precedence", "bulk"),
    ("X-JIRA-FingerPrint", hx(32)),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")]))

# ServiceNow incident opened
c = ctx(12, 7, 1, 0, "University Service Desk", "servicedesk@metro-tech-uni.example", "Reference for Mr Kwame Asante")
t = later(c["sent"], minutes=2)
plain = """Incident INC0184422 has been opened on your behalf

Hello,

Your request has been received and incident INC0184422 has been opened on your behalf. Our team will review it and respond shortly.

Short description: %s
Priority: 4 - Low

You can view all the details of the incident by following the link below:
Take me to the Incident

Thank you.

Ref:MSG%d""" % (c["re"], R.randint(10**6, 10**7))
add(H + "04-servicenow-incident-opened.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("smtp-out3.service-now.example", "149.96.5.13", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    ("Date", fdate(t)),
    ("From", "Metro Tech Service Desk <metrotech@service-now.example>"),
    ("Reply-To", "metrotech@service-now.example"),
    ("To", "apply@grants.example"),
    ("Message-ID", "<%d.%d.%d@metrotech.service-now.example>" % (R.randint(10**6, 10**7), R.randint(10**6, 10**7), R.randint(10**12, 10**13))),
    ("Subject", "Incident INC0184422 has been opened on your behalf"),
    ("MIME-Version", "1.0"),
    ("X-ServiceNow-Generated", "true"),
    ("Auto-Submitted", "auto-generated"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")]))

# Zammad, German
c = ctx(13, 8, 44, 0, "Forschungsreferat", "forschung@uni-elbtal.example", "Bewerbung - Prof. Dr. Heike Brandt - Referenz")
t = later(c["sent"], seconds=8)
plain = """Vielen Dank für Ihre Anfrage (%s)!

Ihre Anfrage (Ticket#26110344) ist bei uns eingegangen und wird von unseren Mitarbeiterinnen und Mitarbeitern geprüft.

Um weitere Informationen zu Ihrer Anfrage hinzuzufügen, antworten Sie einfach auf diese E-Mail.

Ihr Forschungsreferat der Universität Elbtal

[Ticket#26110344]""" % c["re"]
add(H + "05-zammad-de.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("helpdesk.uni-elbtal.example", "141.30.0.90", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=1))))),
    ("From", "Forschungsreferat <forschung@uni-elbtal.example>"),
    ("To", "apply@grants.example"),
    ("Message-ID", "<%s@zammad.uni-elbtal.example>" % hx(32)),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Subject", subj("Vielen Dank für Ihre Anfrage (%s) [Ticket#26110344]" % c["re"])),
    ("Mime-Version", "1.0"),
    ("Organization", subj("Universität Elbtal")),
    ("X-Loop", "yes"),
    ("Precedence", "bulk"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Powered-By", "Zammad - Helpdesk/Support (https://zammad.org/)"),
    ("X-Mailer", "Zammad Mail Service"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")]))

# Help Scout auto reply (no auto header)
c = ctx(16, 11, 15, 0, "Open Seeds Collective", "hello@openseeds.example", "Seed grant application - Open Seeds Collective")
t = later(c["sent"], seconds=50)
plain = """Hi there,

Thanks for getting in touch! This is an automatic message to let you know we've received your email. Our small team reads every message and we usually reply within 2 working days.

In the meantime, you might find an answer in our FAQ: https://openseeds.example/faq

Warmly,
The Open Seeds team"""
add(H + "06-helpscout-auto-reply.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-ej1-f99.helpscout-mail.example", "209.85.218.99", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    dkim("openseeds.example", "hs1"),
    ("Date", fdate(t)),
    ("From", "Open Seeds Collective <hello@openseeds.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Message-ID", "<reply-%d-%d-%d@helpscout.example>" % (R.randint(10**9, 10**10), R.randint(10**9, 10**10), R.randint(10**6, 10**7))),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Subject", c["re"]),
    ("MIME-Version", "1.0"),
    ("X-HelpScout-Mailbox-Id", str(R.randint(10**5, 10**6))),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")]))

# Front auto-reply rule from a shared inbox, Turkish
c = ctx(19, 13, 25, 0, "Anadolu Gençlik Derneği", "basvuru@anadolu-genclik.example", "Community Research başvurusu - Anadolu Gençlik Derneği")
t = later(c["sent"], seconds=15)
plain = """Merhaba,

E-postanız bize ulaştı, teşekkür ederiz. Bu otomatik bir yanıttır.
Ekibimiz mesajınızı en geç 3 iş günü içinde yanıtlayacaktır.

Saygılarımızla,
Anadolu Gençlik Derneği"""
add(H + "07-front-rule-auto-reply-tr.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-ob2.frontapp-mail.example", "23.249.208.12", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    dkim("anadolu-genclik.example", "front"),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=3))))),
    ("From", addr("Anadolu Gençlik Derneği", "basvuru@anadolu-genclik.example")),
    ("To", "Grants Team <apply@grants.example>"),
    ("Message-ID", "<%s@frontapp.example>" % hx(24)),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Subject", subj(c["re"])),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-replied"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")]))

# ============================ challenge-response ==========================
X = "challenge-response/"

c = ctx(8, 16, 0, 0, "Tomás Gutiérrez", "tomas@gutierrez-estudio.example", "Postulación Seed - Tomás Gutiérrez")
t = later(c["sent"], seconds=12)
plain = """Hola,

Estás intentando escribir a tomas@gutierrez-estudio.example. Para protegerse del correo no deseado, este destinatario solo acepta mensajes de remitentes verificados.

Para que tu mensaje "%s" sea entregado, haz clic en el siguiente enlace y completa la verificación (solo se hace una vez):

https://verify.mailguard-cr.example/v/%s

Si no verificas en 7 días, el mensaje será eliminado.

Protegido por MailGuard Challenge/Response""" % (c["re"], hx(32))
add(X + "01-challenge-response-es.eml", [
    ("Return-Path", "<>"), ("Delivered-To", "apply@grants.example"),
    rcv("out1.mailguard-cr.example", "198.51.100.201", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("Date", fdate(t)),
    ("From", "\"MailGuard en nombre de tomas@gutierrez-estudio.example\" <verify@mailguard-cr.example>"),
    ("Reply-To", "verify@mailguard-cr.example"),
    ("To", "apply@grants.example"),
    ("Subject", subj("Verificación requerida: " + c["re"])),
    ("Message-ID", "<ch-%s@mailguard-cr.example>" % hx(20)),
    ("In-Reply-To", c["mid"]),
    ("Auto-Submitted", "auto-replied"),
    ("X-Challenge", "mailguard"),
    ("MIME-Version", "1.0"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")]))

c = ctx(15, 20, 18, 0, "Marcus Bell", "marcus.bell@bellfarm.example", "Application - Community Research - Bell Farm Co-op")
t = later(c["sent"], seconds=9)
plain = """I apologize for this automatic reply to your email.

To control spam, I now allow incoming messages only from senders I have approved beforehand.

If you would like to be added to my list of approved senders, please fill out the short request form (see link below). Once I approve you, I will receive your original message in my inbox. You do not need to resend your message. I apologize for this one-time inconvenience.

Click the link below to fill out the request:
https://www.spamblock-demo.example/verify.cfm?v=%s&u=marcus.bell%%40bellfarm.example""" % hx(24)
add(X + "02-challenge-approved-senders.eml", [
    ("Return-Path", "<>"), ("Delivered-To", "apply@grants.example"),
    rcv("mail13.spamblock-demo.example", "198.51.100.13", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=-5))))),
    ("From", "marcus.bell@bellfarm.example"),
    ("To", "apply@grants.example"),
    ("Subject", "Re: " + c["re"] + " [Verify]"),
    ("Message-ID", "<SA%d.%s@spamblock-demo.example>" % (R.randint(10**8, 10**9), hx(6))),
    ("MIME-Version", "1.0"),
], text(plain, charset="us-ascii"))

