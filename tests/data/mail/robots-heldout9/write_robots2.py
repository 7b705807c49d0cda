from write_common import *
from write_robots import OUT, add, ctx

def thread_index():
    return b64(bytes(R.randint(0, 255) for _ in range(22)))

def m365_oof(path, c, prefix, lang, body_text, delay_s, tenant, tz=0, quote=None, extra_headers=()):
    t = later(c["sent"], seconds=delay_s)
    b = "_000_%s%s_" % (tenant.split(".")[0].upper()[:10], HX(20))
    plain = body_text
    if quote:
        plain = plain + "\n" + quote
    h = [("Return-Path", "<%s>" % c["addr"]), ("Delivered-To", "apply@grants.example"),
         rcv("%s.outbound.protection.outlook.example" % R.choice(["EUR02-AM0-obe", "NAM12-BN8-obe", "APC01-SG2-obe", "EUR03-VI1-obe"]), "40.107.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
         ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.example; cv=none;\n\tb=%s" % b64(hx(80).encode()).replace("\n", "")[:100]),
         dkim(c["addr"].split("@")[1], "selector1"),
         ("From", c["to"]), ("To", OUR_FROM), ("Subject", subj(prefix + c["re"])),
         ("Thread-Topic", subj(c["re"])), ("Thread-Index", thread_index()),
         ("Date", fdate(t.astimezone(timezone(timedelta(minutes=int(tz * 60)))))),
         ("Message-ID", "<%s%s@%s.prod.outlook.example>" % (tenant.split(".")[0].upper()[:8], HX(24), tenant)),
         ("References", c["mid"]), ("In-Reply-To", c["mid"]),
         ("Accept-Language", "%s, en-US" % lang), ("Content-Language", lang),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
         ("x-ms-exchange-parent-message-id", c["mid"]),
         ("auto-submitted", "auto-generated"),
         ("x-ms-exchange-generated-message-source", "Mailbox Rules Agent"),
         ("x-ms-publictraffictype", "Email")] + list(extra_headers) + [
         ("Content-Type", "multipart/alternative;\n\tboundary=\"%s\"" % b),
         ("MIME-Version", "1.0")]
    body = multipart("alternative", [text(plain, cte="base64" if not is_ascii(plain) else "quoted-printable"),
                                     text(html(plain), "html", cte="base64" if not is_ascii(plain) else "quoted-printable")], b)
    body = body.split("\n", 2)[2]  # headers already given above
    add(path, h, body)

A = "auto-replies-with-headers/"

c = ctx(2, 10, 3, 0, "Katrin Vogel", "k.vogel@hs-rheinau.example", "Bewerbung Forschungsförderung – Katrin Vogel")
m365_oof(A + "01-m365-de-abwesend.eml", c, "Automatische Antwort: ", "de-DE", """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13. November nicht im Büro und habe nur eingeschränkten Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter sekretariat-fb3@hs-rheinau.example oder +49 6221 000 1234.

Mit freundlichen Grüßen
Katrin Vogel""", 3, "FR2P281MB1234.DEUP281", tz=1)

c = ctx(3, 8, 47, 0, "Aminata Diallo", "aminata.diallo@ucad-lab.example", "Candidature - programme Community Research - A. Diallo")
m365_oof(A + "02-m365-fr-absence.eml", c, "Réponse automatique : ", "fr-FR", """Bonjour,

Je suis actuellement en mission sur le terrain à Kédougou avec un accès très limité à ma messagerie, et ce jusqu'au 20 novembre inclus.
Pour toute question urgente concernant le laboratoire, merci d'écrire à secretariat.labo@ucad-lab.example.

Je vous répondrai dès mon retour.

Cordialement,
Aminata Diallo
Chargée de recherche""", 5, "PAVP195MB2010.EURP195")

c = ctx(4, 2, 15, 0, "Sato Haruka", "h.sato@tohoku-kenkyu.example", "Application for Seed Grant / 佐藤はるか")
m365_oof(A + "03-m365-ja-fuzai.eml", c, "自動応答: ", "ja-JP", """お世話になっております。佐藤です。

誠に勝手ながら、11月4日（水）から11月9日（月）まで海外出張のため不在にしております。
期間中はメールの確認が遅れる場合がございます。
お急ぎの場合は、研究室事務（office-lab@tohoku-kenkyu.example）までご連絡ください。

帰国後、順次対応させていただきます。
よろしくお願いいたします。

佐藤 はるか""", 2, "TYCP286MB2456.JPNP286", tz=9)

c = ctx(5, 12, 40, 0, "د. منى عبد الرحمن", "mona.abdelrahman@cairo-sci.example", "طلب منحة - منى عبد الرحمن")
m365_oof(A + "04-m365-ar-rad-tilqai.eml", c, "رد تلقائي: ", "ar-EG", """شكراً لرسالتكم.

أنا خارج المكتب حالياً في إجازة حتى يوم الأحد ١٥ نوفمبر، ولن أتمكن من الرد على البريد الإلكتروني خلال هذه الفترة.
للأمور العاجلة يرجى التواصل مع مكتب القسم: dept.office@cairo-sci.example

مع خالص التحية،
د. منى عبد الرحمن""", 4, "DB8P191MB0998.EURP191", tz=2)

c = ctx(6, 9, 12, 0, "Дмитрий Соколов", "d.sokolov@nsk-institute.example", "Заявка на грант — Д. Соколов (Early Career)")
m365_oof(A + "05-m365-ru-otpusk.eml", c, "Автоматический ответ: ", "ru-RU", """Добрый день!

Я нахожусь в отпуске до 16 ноября. Доступ к почте ограничен.
По срочным вопросам обращайтесь к моему коллеге Андрею Петрову: a.petrov@nsk-institute.example.

С уважением,
Дмитрий Соколов""", 6, "VI1PR03MB4417.EURP193", tz=7)

c = ctx(7, 18, 2, 0, "Fernanda Alves Costa", "fernanda.costa@ufpe-pesquisa.example", "Inscrição Early Career - Fernanda Alves Costa")
m365_oof(A + "06-m365-ptbr-resposta-automatica.eml", c, "Resposta automática: ", "pt-BR", """Olá,

Estou em licença-maternidade até fevereiro de 2027 e não estou acompanhando meus e-mails.
Assuntos do laboratório: falar com a Profa. Juliana Moura (juliana.moura@ufpe-pesquisa.example).

Obrigada,
Fernanda""", 3, "CP6P284MB1902.BRAP284", tz=-3)

c = ctx(9, 1, 55, 0, "김민준", "minjun.kim@kaist-lab.example", "연구비 지원 신청 - 김민준")
m365_oof(A + "07-m365-ko-jadong-hoesin.eml", c, "자동 회신: ", "ko-KR", """안녕하세요, 김민준입니다.

11월 9일부터 11월 12일까지 학회 참석으로 인해 부재중입니다.
메일 확인이 늦어질 수 있으니 양해 부탁드립니다.
급한 용무는 연구실 행정실(lab-admin@kaist-lab.example)로 연락 주시기 바랍니다.

감사합니다.""", 2, "SL2P216MB1204.KORP216", tz=9)

# Gmail vacation responder (Kenya), subject set by the user
c = ctx(10, 6, 20, 0, "Brian Otieno", "brian.otieno.research@gmail.example", "Community Research grant application - Brian Otieno")
t = later(c["sent"], seconds=11)
plain = """Hello,

Thank you for your email. I am currently in the field in Turkana with very limited network until 24th November. I will respond as soon as I am back in Nairobi.

For urgent matters please call +254 700 000 111.

Regards,
Brian Otieno"""
bnd = "000000000000" + hx(16)
add(A + "08-gmail-vacation-responder.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-sor-f41.google.example", "209.85.220.41", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("gmail.example", "20230601"),
    ("MIME-Version", "1.0"),
    ("From", c["to"]),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=3))))),
    ("Message-ID", "<CAK%s@mail.gmail.example>" % b64(hx(30).encode())[:40]),
    ("Subject", "Out of office - in the field until 24 Nov"),
    ("To", "Grants Team <apply@grants.example>"),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Auto-Submitted", "auto-replied"),
], multipart("alternative", [text(plain, charset="UTF-8"), text(html(plain), "html", charset="UTF-8")], bnd))

# Zoho Mail auto-reply in Hindi
c = ctx(11, 5, 41, 0, "डॉ. प्रिया शर्मा", "priya.sharma@jaipur-vigyan.example", "अनुदान आवेदन - प्रिया शर्मा")
t = later(c["sent"], seconds=20)
plain = """नमस्ते,

आपके ईमेल के लिए धन्यवाद। मैं 11 नवंबर से 18 नवंबर तक छुट्टी पर हूँ और इस दौरान ईमेल नहीं देख पाऊँगी।
लौटने के बाद मैं आपसे संपर्क करूँगी। अत्यावश्यक मामलों के लिए कृपया office@jaipur-vigyan.example पर लिखें।

धन्यवाद,
डॉ. प्रिया शर्मा"""
add(A + "09-zoho-autoreply-hi.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("sender4-op-o12.zoho.example", "136.143.188.12", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    dkim("jaipur-vigyan.example", "zmail"),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=5, minutes=30))))),
    ("From", c["to"]),
    ("To", "\"Grants Team\" <apply@grants.example>"),
    ("Message-Id", "<%s.%s@zoho.example>" % (R.randint(10**12, 10**13), hx(16))),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Subject", subj("स्वचालित उत्तर: " + c["re"])),
    ("MIME-Version", "1.0"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Mailer", "Zoho Mail"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")]))

# Fastmail (Sieve vacation) in Dutch
c = ctx(12, 9, 10, 0, "Sanne de Vries", "sanne@devries-onderzoek.example", "Aanvraag Seed – Sanne de Vries")
t = later(c["sent"], seconds=1)
plain = """Beste afzender,

Ik ben met vakantie tot en met maandag 23 november en lees mijn e-mail niet. Uw bericht wordt niet doorgestuurd.
Na mijn terugkomst neem ik zo snel mogelijk contact met u op.

Met vriendelijke groet,
Sanne de Vries"""
add(A + "10-fastmail-vacation-nl.eml", [
    ("Return-Path", "<>"),
    ("Delivered-To", "apply@grants.example"),
    rcv("fout-a3-smtp.messagingengine.example", "103.168.172.146", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("devries-onderzoek.example", "fm1"),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=1))))),
    ("From", c["to"]),
    ("To", "apply@grants.example"),
    ("Subject", subj("Afwezig: " + c["re"])),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Message-ID", "<cyrus-vacation-%s@fastmail.example>" % hx(24)),
    ("Auto-Submitted", "auto-replied (vacation)"),
    ("Precedence", "bulk"),
    ("MIME-Version", "1.0"),
], text(plain, charset="utf-8", cte="quoted-printable"))

# Proton Mail auto-reply in Italian
c = ctx(13, 15, 55, 0, "Giulia Marchetti", "giulia.marchetti@proton.example", "Candidatura Early Career - Giulia Marchetti")
t = later(c["sent"], seconds=7)
plain = """Gentile mittente,

sono fuori sede fino al 27 novembre per una campagna di misure in Antartide, con connessione molto limitata. Risponderò al mio rientro.

Cordiali saluti,
Giulia Marchetti"""
add(A + "11-proton-autoreply-it.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-40134.proton.example", "185.70.40.134", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("proton.example", "protonmail3"),
    ("Date", fdate(t)),
    ("To", "Grants Team <apply@grants.example>"),
    ("From", c["to"]),
    ("Subject", subj("Risposta automatica: " + c["re"])),
    ("Message-ID", "<%s=@proton.example>" % b64(hx(40).encode())[:54]),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"),
    ("X-Pm-Origin", "internal"),
    ("MIME-Version", "1.0"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")], "b1_" + hx(32)))

# Yahoo Mail vacation response in Spanish (Mexico)
c = ctx(14, 17, 33, 0, "Rodrigo Hernández", "rodrigo_hdz@yahoo.example", "Solicitud Community Research - Rodrigo Hernández")
t = later(c["sent"], seconds=25)
plain = """Hola, gracias por tu correo.
Estaré de vacaciones del 14 al 22 de noviembre sin acceso a internet. Te responderé a mi regreso.
Saludos,
Rodrigo"""
add(A + "12-yahoo-vacation-es.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("sonic316-11.consmr.mail.gq1.yahoo.example", "98.137.69.35", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("yahoo.example", "s2048"),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=-6))))),
    ("From", c["to"]),
    ("To", "apply@grants.example"),
    ("Subject", subj("Respuesta automática: " + c["re"])),
    ("In-Reply-To", c["mid"]),
    ("Message-ID", "<%d.%d@mail.yahoo.example>" % (R.randint(10**9, 10**10), R.randint(10**9, 10**10))),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], text(plain, cte="quoted-printable"))

# iCloud auto-reply, Simplified Chinese
c = ctx(16, 1, 8, 0, "陈晓燕", "xiaoyan.chen@icloud.example", "基金申请 - 陈晓燕 (Seed)")
t = later(c["sent"], seconds=4)
plain = """您好！

我目前正在休假，11月23日返回办公室。休假期间无法及时回复邮件，敬请谅解。
如有急事，请联系实验室助理王老师：wang.lab@szu-demo.example。

谢谢！
陈晓燕"""
add(A + "13-icloud-autoreply-zh.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("st43p00im-ztdg10073201.me.example", "17.58.63.175", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("icloud.example", "1a1hai"),
    ("From", c["to"]),
    ("To", "apply@grants.example"),
    ("Subject", subj("自动回复: " + c["re"])),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=8))))),
    ("Message-ID", "<%s@icloud.example>" % hx(24).upper()),
    ("In-Reply-To", c["mid"]), ("References", c["mid"]),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], text(plain, cte="base64"))

# ===================== replies sent by a person's own rule (no header) =====
B = "rule-replies-no-header/"

# Outlook client rule "reply using a specific template", Indonesian, template subject
c = ctx(3, 3, 5, 0, "Dewi Lestari", "dewi.lestari@unpad-riset.example", "Lamaran hibah Community Research - Dewi Lestari")
t = later(c["sent"], minutes=6)
plain = """Yth. Bapak/Ibu,

Terima kasih atas email Anda. Saya sedang cuti sampai dengan tanggal 12 November 2026 dan tidak dapat membalas email secara rutin.
Untuk keperluan mendesak, silakan menghubungi sekretariat program studi di prodi.biologi@unpad-riset.example.

Salam hormat,
Dewi Lestari"""
bnd = "_000_" + HX(30) + "_"
add(B + "01-outlook-template-rule-id.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-sg2apc01on2110.outbound.protection.outlook.example", "40.107.215.110", "mx1.grants.example (Postfix)", later(t, seconds=2), for_="apply@grants.example"),
    dkim("unpad-riset.example", "selector1"),
    ("From", c["to"]), ("To", "Grants Team <apply@grants.example>"),
    ("Subject", "Sedang Cuti"), ("Thread-Topic", "Sedang Cuti"), ("Thread-Index", thread_index()),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=7))))),
    ("Message-ID", "<KL1PR0601MB%s@KL1PR0601MB4321.apcprd06.prod.outlook.example>" % HX(20)),
    ("Accept-Language", "id-ID, en-US"), ("Content-Language", "id-ID"),
    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("MIME-Version", "1.0"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")], bnd))

# Gmail filter sending a template (Swahili), threaded "Re:"
c = ctx(4, 13, 0, 0, "Halima Mwinyi", "halima.mwinyi@gmail.example", "Ombi la ruzuku - Halima Mwinyi")
t = later(c["sent"], minutes=2)
plain = """Habari,

Asante kwa barua pepe yako. Niko likizo hadi tarehe 16 Novemba na sitaweza kujibu barua pepe kwa wakati huu. Nitakujibu mara nitakaporudi.

Kwa mambo ya dharura, tafadhali piga simu +255 754 000 222.

Wako,
Halima Mwinyi"""
add(B + "02-gmail-filter-template-sw.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail-sor-f73.google.example", "209.85.220.73", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    dkim("gmail.example", "20230601"),
    ("MIME-Version", "1.0"),
    ("References", "%s %s" % (c["their_mid"], c["mid"])),
    ("In-Reply-To", c["mid"]),
    ("From", c["to"]),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=3))))),
    ("Message-ID", "<CAF%s@mail.gmail.example>" % b64(hx(30).encode())[:40]),
    ("Subject", c["re"]),
    ("To", "Grants Team <apply@grants.example>"),
], multipart("alternative", [text(plain, charset="UTF-8"), text(html(plain), "html", charset="UTF-8")], "000000000000" + hx(16)))

# Apple Mail rule "Reply to Message", Polish
c = ctx(17, 10, 50, 0, "dr Katarzyna Wiśniewska", "kasia.wisniewska@poczta-pl.example", "Wniosek - Seed - K. Wiśniewska (prywatny adres)")
t = later(c["sent"], minutes=9)
plain = """Dzień dobry,

dziękuję za wiadomość. Do 30 listopada przebywam na urlopie naukowym w Tromsø i odpisuję z opóźnieniem.
W sprawach pilnych proszę o kontakt z sekretariatem Zakładu: sekretariat.zbm@instytut-biol.example.

Pozdrawiam serdecznie
Katarzyna Wiśniewska"""
add(B + "03-apple-mail-rule-pl.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("smtp.poczta-pl.example", "193.17.41.99", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("From", c["to"]),
    ("Content-Type", "text/plain;\n\tcharset=utf-8"),
    ("Content-Transfer-Encoding", "quoted-printable"),
    ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"),
    ("Subject", subj(c["re"])),
    ("Message-Id", "<%s-%s-%s-%s-%s@poczta-pl.example>" % (HX(8), HX(4), HX(4), HX(4), HX(12))),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=1))))),
    ("In-Reply-To", c["mid"]),
    ("To", "Grants Team <apply@grants.example>"),
    ("X-Mailer", "Apple Mail (2.3826.200.121)"),
], "\n" + qp(plain))

# Outlook desktop rule with template, Hindi + English, subject "Out of Office"
c = ctx(18, 4, 30, 0, "Rajesh Kulkarni", "rajesh.kulkarni@punetech-ngo.example", "Application - Community Research - Jal Saathi Foundation")
t = later(c["sent"], minutes=14)
plain = """नमस्कार,

मैं 18 नवंबर से 25 नवंबर तक ग्रामीण क्षेत्र में फील्ड विज़िट पर हूँ, जहाँ नेटवर्क बहुत सीमित है। वापस आकर आपके ईमेल का उत्तर दूँगा।

I am on a field visit from 18 to 25 November with limited network. I will reply on my return.

Regards,
Rajesh Kulkarni
Jal Saathi Foundation, Pune"""
add(B + "04-outlook-rule-out-of-office-hi-en.eml", [
    ("Delivered-To", "apply@grants.example"),
    rcv("mail.punetech-ngo.example", "203.0.113.14", "mx1.grants.example (Postfix)", later(t, seconds=1), for_="apply@grants.example"),
    ("From", c["to"]), ("To", "apply@grants.example"),
    ("Subject", "Out of Office"),
    ("Date", fdate(t.astimezone(timezone(timedelta(hours=5, minutes=30))))),
    ("Message-ID", "<000001db3a21$%s$%s@punetech-ngo.example>" % (hx(8), hx(8))),
    ("MIME-Version", "1.0"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", thread_index()),
    ("Content-Language", "en-in"),
], multipart("alternative", [text(plain, cte="quoted-printable"), text(html(plain), "html", cte="quoted-printable")], "----=_NextPart_000_0001_01DB3A21.%s" % HX(8)))

