from write_common import *

OUT = []
TO = "Grants Team <apply@grants.example>"

def client_headers(client, dt, frm_addr, subject, tz):
    dom = frm_addr.split("@")[1]
    local = dt.astimezone(timezone(timedelta(minutes=int(tz * 60))))
    if client == "gmail":
        return [rcv("mail-sor-f%d.google.example" % R.randint(40, 99), "209.85.220.%d" % R.randint(1, 250), "mx1.grants.example (Postfix)", later(dt, seconds=2), for_="apply@grants.example"),
                dkim(dom, "20230601"), ("MIME-Version", "1.0")], local, "<CA%s@mail.gmail.example>" % b64(hx(33).encode())[:44], "000000000000" + hx(16)
    if client == "outlook":
        host = R.choice(["PA4PR07MB", "AS2PR02MB", "SN7PR12MB", "MW4PR84MB", "TYZPR03MB", "DU0PR10MB"]) + str(R.randint(1000, 9999))
        return [rcv("mail-%s.outbound.protection.outlook.example" % hx(10), "40.107.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "mx1.grants.example (Postfix)", later(dt, seconds=2), for_="apply@grants.example"),
                dkim(dom, "selector1"), ("Thread-Topic", subj(subject.replace("Re: ", "").replace("RE: ", ""))), ("Thread-Index", b64(bytes(R.randint(0, 255) for _ in range(22)))),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")], local, "<%s%s@%s.prod.outlook.example>" % (host, HX(20), host), "_000_%s%s_" % (host, HX(16))
    if client == "iphone":
        return [rcv("smtp.%s" % dom, "198.51.100.%d" % R.randint(1, 250), "mx1.grants.example (Postfix)", later(dt, seconds=2), for_="apply@grants.example"),
                ("Mime-Version", "1.0 (1.0)"), ("X-Mailer", "iPhone Mail (22B91)")], local, "<%s-%s-%s-%s-%s@%s>" % (HX(8), HX(4), HX(4), HX(4), HX(12), dom), "Apple-Mail-" + HX(8)
    if client == "yahoo":
        return [rcv("sonic%d-%d.consmr.mail.ne1.yahoo.example" % (R.randint(300, 330), R.randint(1, 40)), "66.163.%d.%d" % (R.randint(1, 250), R.randint(1, 250)), "mx1.grants.example (Postfix)", later(dt, seconds=2), for_="apply@grants.example"),
                dkim("yahoo.example", "s2048"), ("MIME-Version", "1.0"), ("X-Mailer", "WebService/1.1.22806 YMailAndroid")], local, "<%d.%d@mail.yahoo.example>" % (R.randint(10**9, 10**10), R.randint(10**9, 10**10)), "----=_Part_%d_%d.%d" % (R.randint(10**5, 10**6), R.randint(10**8, 10**9), R.randint(10**12, 10**13))
    if client == "thunderbird":
        return [rcv("smtp.%s" % dom, "198.51.100.%d" % R.randint(1, 250), "mx1.grants.example (Postfix)", later(dt, seconds=2), for_="apply@grants.example"),
                ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird")], local, "<%s-%s-%s-%s-%s@%s>" % (hx(8), hx(4), hx(4), hx(4), hx(12), dom), "------------" + hx(24)
    if client == "roundcube":
        return [rcv("webmail.%s" % dom, "192.0.2.%d" % R.randint(1, 250), "mx1.grants.example (Postfix)", later(dt, seconds=2), for_="apply@grants.example"),
                ("MIME-Version", "1.0"), ("User-Agent", "Roundcube Webmail/1.6.9")], local, "<%s@%s>" % (hx(32), dom), "=_" + hx(32)
    raise ValueError(client)

def person(path, name, email, subject, body, day, hh, mm, tz=0, client="gmail", reply_to_ours=None, attachments=(), extra=(), to=TO, html_too=True, charset="utf-8"):
    dt = d(day, hh, mm, R.randint(0, 59))
    h0, local, mid, bnd = client_headers(client, dt, email, subject, tz)
    h = [("Delivered-To", "apply@grants.example")] + h0
    h += [("From", addr(name, email)), ("Date", fdate(local)), ("Message-ID", mid), ("Subject", subj(subject, charset if charset != "us-ascii" else "utf-8")), ("To", to)]
    if reply_to_ours:
        h += [("In-Reply-To", reply_to_ours), ("References", reply_to_ours)]
    h += list(extra)
    if client in ("outlook",):
        h += [("Content-Language", "en-US")]
    if charset == "iso-2022-jp":
        main = text(body, charset="iso-2022-jp")
    elif html_too:
        main = multipart("alternative", [text(body, charset=charset if client != "gmail" else "UTF-8"), text(html(body), "html", charset=charset if client != "gmail" else "UTF-8")],
                         bnd if not attachments else None)
    else:
        main = text(body, charset=charset)
    if attachments:
        main = multipart("mixed", [main] + [attachment(*a) for a in attachments], bnd)
    OUT.append(("people/" + path, message(h, main)))

def ours(day, hh, mm):
    sent = d(day, hh, mm, R.randint(0, 59))
    return sent, our_id(sent)

def docx_bytes(lines):
    import io, docx
    doc = docx.Document()
    for l in lines:
        doc.add_paragraph(l)
    bio = io.BytesIO(); doc.save(bio)
    return bio.getvalue()

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ---------------------------------------------------------------- new applications
person("01-new-application-ng-cv-pdf.eml", "Tunde Bakare", "tunde.bakare@gmail.example",
       "Application for Early Career grant - Tunde Bakare", """Dear Grants Team,

I am writing to apply for the Northlight Research Fund 2027 (Early Career track). I am a postdoctoral researcher in soil microbiology at the Federal University of Agriculture, Abeokuta, working on low-cost biofertilisers for cassava farmers.

Please find attached my CV. I would be happy to provide any further information you need.

Kind regards,
Tunde Bakare
+234 803 000 4455""", 1, 21, 14, tz=1, attachments=[("Tunde_Bakare_CV_2026.pdf", "application/pdf", tiny_pdf("Tunde Bakare - Curriculum Vitae"))])

person("02-nueva-solicitud-co-cv-docx.eml", "María Camila Restrepo", "mcrestrepo@outlook.example",
       "Solicitud beca Community Research - María Camila Restrepo", """Buenas tardes,

Mi nombre es María Camila Restrepo, soy bióloga y trabajo con una asociación de pescadores artesanales en Tumaco (Nariño). Quisiera postularme a la línea Community Research de la convocatoria 2027.

Adjunto mi hoja de vida en formato Word. Quedo atenta a cualquier información adicional.

Cordialmente,
María Camila Restrepo
Cel. +57 310 000 1122""", 2, 19, 40, tz=-5, client="outlook",
       attachments=[("HV_Maria_Camila_Restrepo.docx", DOCX, docx_bytes(["María Camila Restrepo", "Bióloga - Universidad del Valle", "Experiencia: Asociación de Pescadores de Tumaco (2021-2026)"]))])

person("03-candidature-cm-yahoo-pdf.eml", "Jean-Pierre Mbarga", "jp.mbarga@yahoo.example",
       "Candidature - Programme Seed 2027", """Madame, Monsieur,

Je me permets de vous adresser ma candidature pour le programme Seed de la Northlight Research Fund. Je suis ingénieur agronome à Bafoussam et je développe un séchoir solaire pour le cacao.

Vous trouverez ci-joint mon CV.

Dans l'attente de votre retour, veuillez agréer mes salutations distinguées.

Jean-Pierre Mbarga

Envoyé de Yahoo Mail pour Android""", 3, 7, 2, tz=1, client="yahoo", attachments=[("CV_Mbarga_JP.pdf", "application/pdf", tiny_pdf("Jean-Pierre Mbarga CV"))])

person("04-shenqing-cn-pdf.eml", "刘洋", "liuyang_research@foxmail.example",
       "申请Seed项目 - 刘洋 (附简历)", """尊敬的评审团队：

您好！我是云南农业大学的博士后刘洋，研究方向为高原茶园的土壤保护。希望申请2027年度Seed项目。

附件是我的个人简历（PDF），请查收。如需其他材料，请随时告知。

此致
敬礼！

刘洋
2026年11月4日""", 4, 2, 33, tz=8, client="roundcube", attachments=[("刘洋_简历.pdf", "application/pdf", tiny_pdf("Liu Yang CV"))])

person("05-role-address-ngo-ug-application.eml", "Rwenzori Women's Network", "info@rwenzori-women.example",
       "Application - Community Research - Rwenzori Women's Network", """Dear Sir/Madam,

On behalf of Rwenzori Women's Network (RWN), Kasese, we are submitting our application for the Community Research track. Our project will document traditional seed-saving practices of women farmers in 12 villages.

Attached are the CV of our project lead, Ms. Esther Biira, and our organisation profile.

For any questions please reply to this address; it is read by our programme officer.

Yours faithfully,
Grace Kabugo
Programme Officer, RWN
P.O. Box 000, Kasese, Uganda""", 5, 8, 50, tz=3, client="outlook",
       attachments=[("Esther_Biira_CV.pdf", "application/pdf", tiny_pdf("Esther Biira CV")), ("RWN_profile_2026.pdf", "application/pdf", tiny_pdf("RWN organisation profile"))])

# ---------------------------------------------------------------- answers to our questions
s, m = ours(2, 11, 2)
person("06-reply-answers-gh-gmail-quote.eml", "Akosua Boateng", "akosua.boateng@gmail.example",
       "Re: Application - Akosua Boateng", """Dear Grants Team,

Thank you for your email. Please find my answers below:

1. Early Career
2. EUR 24,500
3. Prof. Kwabena Owusu, k.owusu@knust-demo.example
4. 1 March 2027

Best regards,
Akosua

""" + gmail_quote("Mon, 2 Nov 2026 at 11:02"), 2, 15, 30, client="gmail", reply_to_ours=m)

s, m = ours(3, 9, 40)
person("07-resposta-mz-outlook.eml", "Celso Mondlane", "celso.mondlane@uem-demo.example",
       "RE: Candidatura Community Research - Celso Mondlane", """Bom dia,

Seguem as respostas:

1. Community Research
2. 18 000 EUR
3. Dra. Helena Sitoe - hsitoe@uem-demo.example
4. Janeiro de 2027, logo após a época chuvosa começar.

Qualquer dúvida estou à disposição.

Atenciosamente,
Celso Mondlane
Universidade Eduardo Mondlane

""" + outlook_quote("terça-feira, 3 de novembro de 2026 09:40", "Celso Mondlane <celso.mondlane@uem-demo.example>", "Re: Candidatura Community Research - Celso Mondlane", labels=("De", "Enviado", "Para", "Assunto")),
       3, 12, 5, tz=2, client="outlook", reply_to_ours=m)

s, m = ours(3, 4, 10)
person("08-balasan-id-short.eml", "Rizky Pratama", "rizky.pratama@ugm-demo.example",
       "Re: Lamaran Seed - Rizky Pratama", """Selamat siang,

Berikut jawaban saya:
1. Seed
2. 9.000 EUR
3. Dr. Sri Wahyuni, sri.wahyuni@ugm-demo.example
4. Februari 2027

Terima kasih.

Salam,
Rizky

Pada tanggal Sel, 3 Nov 2026 pukul 11.10 Grants Team <apply@grants.example> menulis:
""" + quote_lines(QUESTIONS), 3, 6, 25, tz=7, client="gmail", reply_to_ours=m)

s, m = ours(4, 8, 0)
person("09-rad-ar-jo-outlook.eml", "م. ليث الحوراني", "laith.hourani@just-demo.example",
       "RE: طلب منحة - ليث الحوراني", """السادة فريق المنح المحترمين،

تحية طيبة وبعد،

إجاباتي على أسئلتكم:
١. المسار: Early Career
٢. المبلغ المطلوب: ٢٢٬٠٠٠ يورو
٣. المرجع: د. سامر النابلسي - samer.nabulsi@just-demo.example
٤. يمكن أن يبدأ المشروع في أول نيسان ٢٠٢٧

شاكرين لكم حسن تعاونكم.

م. ليث الحوراني
جامعة العلوم والتكنولوجيا

""" + outlook_quote("الأربعاء، 4 تشرين الثاني، 2026 11:00 ص", "ليث الحوراني <laith.hourani@just-demo.example>", "Re: طلب منحة - ليث الحوراني", labels=("من", "تاريخ الإرسال", "إلى", "الموضوع")),
       4, 10, 45, tz=2, client="outlook", reply_to_ours=m)

s, m = ours(5, 7, 15)
person("10-yanit-tr.eml", "Elif Demir", "elif.demir@odtu-demo.example",
       "Re: Başvuru - Elif Demir (Early Career)", """Merhaba,

Sorularınızın cevapları:

1) Early Career
2) 20.000 EUR
3) Doç. Dr. Ahmet Kaya - ahmet.kaya@odtu-demo.example
4) Proje 1 Mart 2027'de başlayabilir.

Saygılarımla,
Elif Demir

Grants Team <apply@grants.example>, 5 Kas 2026 Per, 10:15 tarihinde şunu yazdı:
""" + quote_lines(QUESTIONS), 5, 11, 30, tz=3, client="gmail", reply_to_ours=m)

s, m = ours(6, 3, 20)
person("11-tra-loi-vi.eml", "Trần Minh Đức", "duc.tranminh@hcmus-demo.example",
       "Re: Đơn xin tài trợ Seed - Trần Minh Đức", """Kính gửi Ban tài trợ,

Tôi xin trả lời các câu hỏi như sau:
1. Seed
2. 12.000 EUR
3. PGS.TS. Lê Thị Hoa - lethihoa@hcmus-demo.example
4. Tháng 4 năm 2027

Trân trọng,
Trần Minh Đức

Vào Th 6, 6 thg 11, 2026 vào lúc 10:20 Grants Team <apply@grants.example> đã viết:
""" + quote_lines(QUESTIONS), 6, 4, 55, tz=7, client="gmail", reply_to_ours=m)

s, m = ours(6, 9, 0)
person("12-otvet-ru-thunderbird.eml", "Ольга Смирнова", "o.smirnova@kazan-bio.example",
       "Re: Заявка на грант - О. Смирнова", """Здравствуйте!

Ответы на ваши вопросы:

1. Community Research
2. 30 000 евро
3. Рекомендатель: профессор Игорь Васильев, i.vasiliev@kazan-bio.example
4. С 1 февраля 2027 года

С уважением,
Ольга Смирнова

06.11.2026 12:00, Grants Team пишет:
""" + quote_lines(QUESTIONS), 6, 14, 10, tz=3, client="thunderbird", reply_to_ours=m, html_too=False)

s, m = ours(7, 10, 30)
person("13-vidpovid-uk.eml", "Оксана Коваленко", "oksana.kovalenko@ukr-demo.example",
       "Re: Заявка Early Career - Оксана Коваленко", """Доброго дня!

Дякую за лист. Відповідаю на запитання:
1. Early Career
2. 19 500 євро
3. Проф. Микола Бондаренко, m.bondarenko@knu-demo.example
4. Березень 2027 року

Вибачте за затримку — у нас були перебої зі світлом.

З повагою,
Оксана Коваленко""", 9, 8, 12, tz=2, client="gmail", reply_to_ours=m)

s, m = ours(8, 6, 45)
person("14-pasokh-fa.eml", "سارا محمدی", "sara.mohammadi@ut-demo.example",
       "Re: درخواست کمک‌هزینه - سارا محمدی", """با سلام و احترام،

پاسخ سؤالات:
۱. Seed
۲. ۱۰٬۰۰۰ یورو
۳. دکتر رضا احمدی - reza.ahmadi@ut-demo.example
۴. فروردین ۱۴۰۶ (آوریل ۲۰۲۷)

با تشکر
سارا محمدی""", 8, 9, 20, tz=3.5, client="roundcube", reply_to_ours=m)

s, m = ours(9, 5, 5)
person("15-uttor-bn.eml", "তানভীর আহমেদ", "tanvir.ahmed@du-demo.example",
       "Re: Research grant application – Tanvir Ahmed", """শুভেচ্ছা,

আপনাদের প্রশ্নের উত্তর:
১. Community Research
২. ১৫,০০০ ইউরো
৩. অধ্যাপক নাসরিন সুলতানা - nasrin.sultana@du-demo.example
৪. জানুয়ারি ২০২৭

ধন্যবাদ,
তানভীর""", 9, 7, 48, tz=6, client="gmail", reply_to_ours=m)

s, m = ours(10, 4, 30)
person("16-jawaf-ne.eml", "सुनिता गुरुङ", "sunita.gurung@ku-demo.example",
       "Re: Grant application - Sunita Gurung", """नमस्ते,

तपाईंको प्रश्नहरूको जवाफ:
१. Community Research
२. १४,००० युरो
३. डा. राम बहादुर थापा - rb.thapa@ku-demo.example
४. फेब्रुअरी २०२७

धन्यवाद,
सुनिता गुरुङ
काठमाडौं विश्वविद्यालय""", 10, 6, 1, tz=5.75, client="gmail", reply_to_ours=m)

# ---------------------------------------------------------------- short replies, thanks, questions
s, m = ours(10, 12, 0)
person("17-short-reply-iphone.eml", "Kofi Adjei", "kofi.adjei@icloud.example",
       "Re: Application - Kofi Adjei", """Ok thanks. Will send the answers by Friday.

Sent from my iPhone

> On 10 Nov 2026, at 12:00, Grants Team <apply@grants.example> wrote:
>
> Thank you for your application to the Northlight Research Fund 2027 call.
""", 10, 13, 22, client="iphone", reply_to_ours=m, html_too=False)

s, m = ours(11, 6, 0)
person("18-asante-thanks-sw.eml", "Juma Mwakyusa", "juma.mwakyusa@sua-demo.example",
       "Re: Ombi - Community Research - Juma Mwakyusa", """Asante sana! Nimepokea. Thank you very much, I have received your email and will reply with the answers tomorrow.

Juma""", 11, 7, 3, tz=3, client="gmail", reply_to_ours=m)

person("19-frage-de-deadline.eml", "Lena Schubert", "lena.schubert@posteo-demo.example",
       "Frage zur Ausschreibung 2027", """Sehr geehrtes Grants-Team,

ich habe zwei kurze Fragen, bevor ich meine Bewerbung schicke:

- Ist die Frist wirklich der 30. November, 23:59 Uhr MEZ?
- Darf ich mich gleichzeitig für Early Career und Seed bewerben, oder muss ich mich für eine Linie entscheiden?

Vielen Dank im Voraus und viele Grüße
Lena Schubert""", 11, 16, 44, tz=1, client="thunderbird", html_too=False)

# ---------------------------------------------------------------- referees
person("20-referee-role-address-hod-in.eml", "Head, Dept. of Chemistry", "hod.chemistry@nitk-demo.example",
       "Reference letter for Ms. Kavya Reddy", """Dear Grants Team,

Please find attached my letter of reference for Ms. Kavya Reddy, who has applied to the Early Career track of the Northlight Research Fund.

I am writing from the department's official address; my personal address is s.iyer@nitk-demo.example should you need to reach me.

With regards,
Prof. S. Iyer
Head, Department of Chemistry
NIT-K (demo)""", 12, 5, 30, tz=5.5, client="outlook",
       attachments=[("Reference_Kavya_Reddy.pdf", "application/pdf", tiny_pdf("Letter of reference - Kavya Reddy"))])

person("21-referee-office-on-behalf-travelling-ja.eml", "研究室事務 (Office, Tanaka Lab)", "office-tanaka@kyoto-demo.example",
       "推薦書の送付 / Reference letter for Mr. Ito", """Grants Team 御中

田中教授の研究室事務を担当しております山本です。
田中は現在海外出張中のため、代わりに伊藤さんの推薦書をお送りいたします。

I am the administrator of Prof. Tanaka's lab. Prof. Tanaka is travelling abroad this week, so she asked me to send her reference letter for Mr. Kenta Ito (attached).

何卒よろしくお願いいたします。

山本 由美
京都（デモ）大学 田中研究室""", 13, 1, 10, tz=9, client="outlook",
       attachments=[("Suisensho_Ito.pdf", "application/pdf", tiny_pdf("Reference letter - Kenta Ito"))])

# ---------------------------------------------------------------- holidays, automatic-sounding subjects
s, m = ours(12, 8, 0)
person("22-holiday-answers-now-nl.eml", "Joost van Dijk", "joost.vandijk@wur-demo.example",
       "Re: Aanvraag Early Career - Joost van Dijk", """Beste Grants Team,

Ik ga morgen twee weken op vakantie, dus ik beantwoord uw vragen nu meteen:

1. Early Career
2. 25.000 euro
3. Dr. Marieke Jansen (m.jansen@wur-demo.example)
4. 1 april 2027

Tijdens mijn vakantie lees ik mijn mail af en toe; mijn collega Pieter kan ook vragen beantwoorden.

Met vriendelijke groet,
Joost""", 12, 20, 17, tz=1, client="outlook", reply_to_ours=m)

person("23-subject-automatic-reply-received-ph.eml", "Maricel Santos", "maricel.santos@up-demo.example",
       "Automatic reply received - did my application go through?", """Hi Grants Team,

I sent my application last Tuesday and I only got an automatic reply with questions. I answered them the same day but I have not heard anything since. Could you confirm that my answers and my CV were received?

Salamat po,
Maricel Santos
University of the Philippines (demo)""", 13, 2, 55, tz=8, client="gmail")

s, m = ours(13, 10, 0)
person("24-out-of-office-next-week-answers-it.eml", "Francesca Romano", "francesca.romano@unipd-demo.example",
       "Fuori ufficio la prossima settimana - risposte alle vostre domande", """Buongiorno,

la prossima settimana sarò fuori ufficio per un convegno, quindi vi mando subito le risposte:

1. Seed
2. 11.000 EUR
3. Prof. Marco Bianchi - marco.bianchi@unipd-demo.example
4. Marzo 2027

Un cordiale saluto,
Francesca Romano""", 13, 16, 2, tz=1, client="thunderbird", reply_to_ours=m, html_too=False)

person("25-delivery-failure-resending-ng.eml", "Abubakar Sani", "abubakar.sani@abu-demo.example",
       "Delivery failure - resending my application", """Sannu,

My first email to you came back with "delivery failed" because the attachment was too big (my university server has a 5 MB limit). I have compressed the CV and I am resending it now.

Application: Community Research track, project on groundwater quality in Zaria.

Na gode,
Abubakar Sani
Ahmadu Bello University (demo), Zaria""", 14, 9, 14, tz=1, client="roundcube",
       attachments=[("Abubakar_Sani_CV_small.pdf", "application/pdf", tiny_pdf("Abubakar Sani CV"))])

# ---------------------------------------------------------------- human agent reply through a help desk
s, m = ours(2, 15, 0)
dt = d(16, 10, 21, 7)
body = """##- Please type your reply above this line -##

Siobhan Walsh (Coastal University Research Office)

Nov 16, 2026, 10:21 GMT

Dear Grants Team,

Apologies for the delay. I have checked with Dr Nii Mensah's head of school: his reference letter is attached, signed by Prof. Adwoa Darko.

If you need anything else for his file, just reply to this email.

Best wishes,
Siobhan Walsh
Research Office

Attachment(s)
Reference_N_Mensah_signed.pdf

This email is a service from Coastal University Research Office.

[8GX2LQ-R7P0]"""
OUT.append(("people/26-helpdesk-agent-human-reply.eml", message([
    ("Delivered-To", "apply@grants.example"),
    rcv("out-43.smtp.zendesk.example", "192.161.151.43", "mx1.grants.example (Postfix)", later(dt, seconds=2), for_="apply@grants.example"),
    dkim("coastal-uni.example", "zendesk1"),
    ("Date", fdate(dt)),
    ("From", "\"Siobhan Walsh (Coastal University Research Office)\" <support@coastaluni.zendesk.example>"),
    ("Reply-To", "Coastal University Research Office <support+id48213@coastaluni.zendesk.example>"),
    ("To", "Grants Team <apply@grants.example>"),
    ("Message-ID", "<%s_%s_sprut@zendesk.example>" % (hx(13).upper(), R.randint(10**8, 10**9))),
    ("In-Reply-To", "<%s_%s_sprut@zendesk.example>" % (hx(13).upper(), R.randint(10**8, 10**9))),
    ("References", m),
    ("Subject", "[Coastal University Research Office] Re: Re: Referee letter for applicant N. Mensah"),
    ("Mime-Version", "1.0"),
    ("X-Mailer", "Zendesk Mailer"),
    ("X-Zendesk-From-Account-Id", hx(7)),
    ("X-Zendesk-Email-Id", hx(26).upper()),
], multipart("mixed", [multipart("alternative", [text(body, cte="quoted-printable"), text(html(body), "html", cte="quoted-printable")]),
                       attachment("Reference_N_Mensah_signed.pdf", "application/pdf", tiny_pdf("Reference - Nii Mensah"))]))))

# ---------------------------------------------------------------- gateway-stamped
s, m = ours(15, 7, 30)
person("27-external-tag-gateway-ke.eml", "Dr. Faith Chebet", "fchebet@egerton-demo.example",
       "[EXTERNAL] RE: Application - Seed - Faith Chebet", """Dear Grants Team,

Answers as requested:
1. Seed
2. EUR 10,000
3. Prof. Daniel Kiprop, dkiprop@egerton-demo.example
4. Immediately after award, ideally February 2027

Regards,
Faith

Dr. Faith Chebet | Lecturer, Dept. of Crops, Horticulture and Soils | Egerton University (demo)

DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. The University accepts no liability for any views expressed herein.

""" + outlook_quote("Sunday, November 15, 2026 10:30 AM", "Faith Chebet <fchebet@egerton-demo.example>", "Re: Application - Seed - Faith Chebet"),
       16, 6, 40, tz=3, client="outlook", reply_to_ours=m,
       extra=[("X-Mimecast-Spam-Score", "0"), ("X-Mimecast-MFC-AGG-ID", hx(32)), ("X-Mimecast-Originator", "egerton-demo.example"),
              ("X-Proofpoint-ORIG-GUID", b64(hx(24).encode())[:32]), ("X-Proofpoint-Spam-Details", "rule=outbound_notspam policy=outbound score=0 mlxscore=0 bulkscore=0 adultscore=0"),
              ("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", "AM9PR10MB4567")])

person("28-read-receipt-requested-application-ro.eml", "Ioana Dumitrescu", "ioana.dumitrescu@ubb-demo.example",
       "Aplicație Early Career - Ioana Dumitrescu", """Stimată echipă,

Vă trimit aplicația mea pentru linia Early Career (CV atașat). Sunt cercetătoare în ecologie la Cluj-Napoca și lucrez la monitorizarea polenizatorilor în pajiștile montane.

Vă rog să-mi confirmați primirea.

Cu stimă,
Ioana Dumitrescu""", 16, 8, 5, tz=2, client="outlook",
       extra=[("Disposition-Notification-To", "Ioana Dumitrescu <ioana.dumitrescu@ubb-demo.example>"), ("Return-Receipt-To", "ioana.dumitrescu@ubb-demo.example"), ("X-Priority", "1"), ("Importance", "high")],
       attachments=[("CV_Ioana_Dumitrescu.pdf", "application/pdf", tiny_pdf("Ioana Dumitrescu CV"))])

# ---------------------------------------------------------------- more languages
s, m = ours(17, 1, 0)
person("29-dapjang-ko.eml", "이서연", "seoyeon.lee@snu-demo.example",
       "Re: 연구비 지원 신청 - 이서연", """안녕하세요,

질문에 대한 답변 드립니다.
1. Early Career
2. 23,000 유로
3. 박지훈 교수님 (jihoon.park@snu-demo.example)
4. 2027년 3월

감사합니다.
이서연 드림""", 17, 3, 40, tz=9, client="gmail", reply_to_ours=m)

s, m = ours(17, 2, 0)
person("30-henshin-ja-iso2022jp.eml", "中村 健", "k.nakamura@osaka-demo.example",
       "Re: 助成金申請 - 中村健", """Grants Team 御中

お世話になっております。中村です。
ご質問への回答をお送りします。

1. Seed
2. 10,000ユーロ
3. 鈴木一郎 教授 (suzuki@osaka-demo.example)
4. 2027年4月1日

どうぞよろしくお願いいたします。

中村 健""", 17, 5, 12, tz=9, client="thunderbird", reply_to_ours=m, charset="iso-2022-jp", html_too=False)

person("31-pytanie-pl-budget.eml", "Michał Zieliński", "michal.zielinski@uw-demo.example",
       "Pytanie o budżet / question about budget", """Dzień dobry,

czy budżet mogę podać w złotówkach, czy musi być w euro? I czy koszty pośrednie (overhead) uczelni są kwalifikowalne?

Could I give the budget in PLN, or must it be in EUR? Are university overheads eligible?

Z poważaniem,
Michał Zieliński""", 18, 11, 0, tz=1, client="thunderbird", html_too=False)

s, m = ours(18, 7, 0)
person("32-short-el.eml", "Νίκος Παπαδόπουλος", "n.papadopoulos@auth-demo.example",
       "Re: Αίτηση Seed - Ν. Παπαδόπουλος", """Καλησπέρα,

1. Seed
2. 8.000 ευρώ
3. Καθ. Ελένη Γεωργίου, egeorgiou@auth-demo.example
4. Ιανουάριος 2027

Ευχαριστώ,
Νίκος

Sent from my Galaxy""", 18, 15, 20, tz=2, client="gmail", reply_to_ours=m)

s, m = ours(19, 6, 0)
person("33-teshuva-he.eml", "נועה לוי", "noa.levi@technion-demo.example",
       "Re: בקשת מענק - נועה לוי", """שלום רב,

תשובות לשאלות:
1. Early Career
2. 21,000 אירו
3. פרופ' דוד כהן - david.cohen@technion-demo.example
4. מרץ 2027

תודה רבה,
נועה לוי""", 19, 9, 45, tz=2, client="outlook", reply_to_ours=m)

s, m = ours(20, 3, 0)
person("34-khop-khun-th.eml", "ศิริพร วงศ์ใหญ่", "siriporn.w@cmu-demo.example",
       "Re: สมัครทุน Community Research - ศิริพร", """เรียน ทีมงาน

ขอบคุณค่ะ ได้รับอีเมลแล้ว ขอสอบถามว่าผู้รับรอง (referee) ต้องเป็นอาจารย์มหาวิทยาลัยเท่านั้นหรือไม่คะ หรือเป็นผู้ใหญ่บ้านในชุมชนได้

ขอบคุณค่ะ
ศิริพร วงศ์ใหญ่""", 20, 5, 30, tz=7, client="gmail", reply_to_ours=m)

s, m = ours(20, 9, 0)
person("35-withdraw-yo-en.eml", "Adebola Ogunleye", "adebola.ogunleye@yahoo.example",
       "Re: Application - Adebola Ogunleye - please withdraw", """E kaaro,

Please withdraw my application. I have just accepted a position that does not allow me to hold outside grants. Thank you for your time and sorry for the trouble.

E se gan,
Adebola

Sent from Yahoo Mail on Android""", 21, 8, 8, tz=1, client="yahoo", reply_to_ours=m)

person("36-fwd-own-application-hu.eml", "Kovács Eszter", "eszter.kovacs@elte-demo.example",
       "Fwd: Pályázat - Early Career - Kovács Eszter", """Tisztelt Grants Team!

A lenti levelemet a régi, magán e-mail címemről küldtem, és nem vagyok biztos benne, hogy megérkezett. Továbbítom az egyetemi címemről is, a CV-vel együtt.

Üdvözlettel:
Kovács Eszter

---------- Forwarded message ---------
From: Eszter Kovács <eszti.kovacs88@freemail-demo.example>
Date: Sun, 15 Nov 2026 at 21:02
Subject: Pályázat - Early Career - Kovács Eszter
To: <apply@grants.example>

Tisztelt Hölgyem/Uram!

Szeretnék pályázni a Northlight Research Fund Early Career programjára. Az önéletrajzomat csatolom.

Üdvözlettel:
Kovács Eszter""", 22, 10, 4, tz=1, client="gmail",
       attachments=[("Kovacs_Eszter_CV.pdf", "application/pdf", tiny_pdf("Kovacs Eszter CV"))])

s, m = ours(23, 10, 0)
person("37-ro-phone-answers.eml", "Mihai Stan", "mihai.stan@gmail.example",
       "Re: Aplicatie Seed - Mihai Stan", """1. Seed
2. 12000 eur
3. conf. dr. Andreea Pop, andreea.pop@usamv-demo.example
4. martie 2027

Mihai

Trimis de pe telefonul meu""", 23, 18, 51, tz=2, client="gmail", reply_to_ours=m)

s, m = ours(24, 12, 0)
person("38-es-mx-question-referee-role.eml", "Coordinación de Investigación", "investigacion@unam-demo.example",
       "RE: Solicitud Community Research - Dra. Patricia Luna", """Estimado equipo:

Les escribo desde la Coordinación de Investigación en nombre de la Dra. Patricia Luna, quien está en trabajo de campo en la Sierra Tarahumara sin señal hasta el 2 de diciembre. Ella me pidió enviarles sus respuestas:

1. Community Research
2. 27.000 EUR
3. Dr. Héctor Salazar - hsalazar@unam-demo.example
4. Marzo de 2027

Cualquier duda pueden escribir a esta dirección.

Saludos cordiales,
Lic. Rosa Martínez
Coordinación de Investigación""", 25, 0, 35, tz=-6, client="outlook", reply_to_ours=m)
