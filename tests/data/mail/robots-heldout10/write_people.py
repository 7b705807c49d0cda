# Person messages for robots-heldout10. Executed by write_set.py (shares its helpers).
import html as _html
PP = "people/"

def gmail_mid(seed):
    return "<CA+%s%s=%s@mail.gmail.example>" % (uid(seed, 10), uid(seed + "x", 12).upper(), uid(seed + "y", 14))

def q_gt(o, prefix="> "):
    return o.quoted(prefix)

def person(path, name, email, subject, d, tz, body, client="gmail", o=None, attribution=None, atts=(),
           extra=(), to=GT, cc=None, quote=True, lang=None, relay=None):
    local = d.astimezone(timezone(timedelta(hours=tz)))
    plain = body.rstrip("\n") + "\n"
    html_q = ""
    if o is not None and quote:
        if client in ("outlook", "m365"):
            blk = outlook_block(o, *(attribution or ()))
            plain += "\n________________________________\n" + blk
            html_q = '<hr style="display:inline-block;width:98%">' + paras_html(blk)
        elif client == "iphone":
            att = attribution or "On %s, at %s, Grants Team <apply@grants.example> wrote:" % (o.date.strftime("%-d %b %Y"), o.date.strftime("%H:%M"))
            plain += "\n> " + att + "\n> \n" + o.quoted("> ")
        else:
            att = attribution or gmail_attr(o)
            plain += "\n" + att + "\n\n" + o.quoted("> ") + "\n"
            html_q = '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (_html.escape(att), paras_html(o.body))
    if client == "gmail":
        host, ip = "mail-ed1-f%d.google.example" % (40 + len(email) % 30), "209.85.208.%d" % (40 + len(email) % 30)
        mid = gmail_mid(path)
        hx = [("X-Gm-Message-State", "AOJu0Y" + uid("gm" + path, 30)), ("X-Google-Smtp-Source", "AGHT+I" + uid("gs" + path, 30))]
        content = alt(plain, '<div dir="ltr">' + "<br>\n".join(_html.escape(l) for l in body.strip().split("\n")) + "</div><br>" + html_q, cte="qp")
    elif client in ("outlook", "m365"):
        host, ip = "mail-%s.outbound.protection.outlook.example" % uid(email, 8), "40.107.%d.%d" % (len(email) * 3 % 250, len(name) * 7 % 250)
        srv = "%sP%dMB%d" % (["AM9", "DU2", "PA4", "GV1", "BY5", "SN7"][len(email) % 6], 190 + len(name) % 9, 4000 + len(path) * 13 % 5000)
        mid = "<%s%s@%s.%s.prod.outlook.example>" % (srv, uid("om" + path, 12).upper(), srv, ["EURP190", "eurprd04", "namprd10"][len(email) % 3])
        hx = [("Thread-Topic", h(subject.split(": ", 1)[-1] if subject.startswith(("RE:", "AW:", "Re:", "R:", "ODP:", "SV:")) else subject)),
              ("Thread-Index", "AQHc" + uid("ti" + path, 22) + "=="), ("Accept-Language", lang or "en-US"),
              ("Content-Language", lang or "en-US"), ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", ""),
              ("msip_labels", ""),
              ("X-MS-Exchange-Organization-SCL", "1"),
              ("X-Forefront-Antispam-Report", "CIP:255.255.255.255;CTRY:;LANG:%s;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:%s;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014);DIR:OUT;SFP:1101;" % ((lang or "en")[:2], srv)),
              ("X-MS-Exchange-CrossTenant-originalarrivaltime", local.strftime("%d %b %Y %H:%M:%S.0000 (UTC)")),
              ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
              ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", srv)]
        hb = '<div class="WordSection1">' + paras_html(body).replace("<p>", '<p class="MsoNormal">') + "</div>" + html_q
        content = alt(plain, hb, (lang or "en")[:2])
    elif client == "iphone":
        host, ip = "mail.%s" % email.split("@")[1], "198.51.100.%d" % (len(email) % 250)
        mid = "<%s-%s-%s-%s@%s>" % (uid("i1" + path, 8).upper(), uid("i2" + path, 4).upper(), uid("i3" + path, 4).upper(), uid("i4" + path, 12).upper(), email.split("@")[1])
        hx = [("X-Mailer", "iPhone Mail (22B91)")]
        content = text(plain, cte="qp")
    elif client == "yahoo":
        host, ip = "sonic3%d-2.consmr.mail.bf2.yahoo.example" % (len(email) % 9), "74.6.128.%d" % (len(email) % 250)
        mid = "<%d.%d.%d@mail.yahoo.example>" % (int(uid("y1" + path, 8), 16), int(uid("y2" + path, 6), 16), int(local.timestamp() * 1000))
        hx = [("X-Mailer", "WebService/1.1.24652 YMailNorrin")]
        content = alt(plain, '<div class="ydp-body">' + paras_html(body) + "</div>" + html_q)
    elif client == "thunderbird":
        host, ip = "mail.%s" % email.split("@")[1], "203.0.113.%d" % (len(email) % 250)
        mid = "<%s-%s-%s@%s>" % (uid("t1" + path, 8), uid("t2" + path, 4), uid("t3" + path, 12), email.split("@")[1])
        hx = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang or "en-GB")]
        content = text(plain, cte="8bit", params={"format": "flowed"})
    elif client == "foxmail":
        host, ip = "smtpbg%d.qq-like.example" % (len(email) % 200), "54.254.200.%d" % (len(email) % 250)
        mid = "<%s@qq-like.example>" % ("tencent_" + uid("fx" + path, 24).upper())
        hx = [("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-QQ-Mailer", "QQMail 2.x")]
        content = alt(plain, paras_html(body) + html_q, cte="b64")
    else:
        raise ValueError(client)
    if atts:
        content = mp("mixed", [content] + [att_file(n, p, c) for n, p, c in atts])
    hdrs = inbound(d, relay or host, ip, email) + [
        ("X-Spam-Status", "No, score=%s required=5.0 tests=DKIM_SIGNED,DKIM_VALID,SPF_PASS autolearn=ham" % ["-0.1", "0.3", "-1.9", "1.2"][len(path) % 4]),
        ("X-Virus-Scanned", "amavisd-new at grants.example"),
    ] + list(hx) + list(extra) + [
        ("From", addr(name, email)), ("Date", fdate(local)), ("Message-ID", mid),
        ("Subject", h(subject)), ("To", to),
    ]
    if cc:
        hdrs.append(("Cc", cc))
    if o is not None:
        hdrs += [("In-Reply-To", o.mid), ("References", o.refs())]
    write(path, hdrs, content)

CV1 = ("Adebayo_Ogunleye_CV.pdf", "cv1.pdf", "application/pdf")

# 01 new application, Gmail, PDF CV (Nigeria)
person(PP + "01-new-application-pdf-cv-en-ng.eml", "Adebayo Ogunleye", "adebayo.ogunleye@gmail.example",
 "Application for Community Research Grant 2027 - Adebayo Ogunleye", dt(2, 8, 41), 1, """Dear Sir/Madam,

I am writing to apply for the Community Research Grants 2027. I am an agricultural economist based in Ibadan, Nigeria, and I would like to study how small cassava processing clusters can reduce post-harvest losses by sharing solar drying facilities.

Please find attached my CV. I will be glad to provide any further information you may need.

Thank you for considering my application.

Yours faithfully,
Adebayo Ogunleye
+234 803 555 0142
""", atts=[CV1])

# 02 Spanish application, Outlook.com, DOCX CV (Peru)
person(PP + "02-solicitud-docx-cv-es-pe.eml", "María José Herrera", "mjherrera@outlook-like.example",
 "Solicitud de beca - María José Herrera", dt(2, 19, 5), -5, """Estimados señores:

Por medio del presente les envío mi postulación al programa Community Research Grants 2027. Soy socióloga y coordino proyectos de alfabetización digital para mujeres rurales en Cusco y Apurímac con la Asociación Warmi Ayllu.

Quisiera investigar cómo el uso de teléfonos móviles en quechua puede mejorar el acceso de las mujeres a servicios de salud.

Adjunto mi CV en formato Word. Quedo atenta a cualquier consulta.

Saludos cordiales,
María José Herrera Quispe
Lima, Perú
""", client="outlook", lang="es-PE",
 atts=[("CV_MariaJose_Herrera.docx", "CV_MariaJose_Herrera.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

# 03 reply answering our questions, Gmail, quoted below
o = Ours("Daniel Osei", "daniel.osei@gmail.example", "Grant application - Daniel Osei", 3, 10, 2)
person(PP + "03-reply-answers-inline-en.eml", "Daniel Osei", "daniel.osei@gmail.example", o.subject, dt(3, 18, 27), 0, """Hello,

Thanks for the quick reply. Here are my answers:

1. Kumasi, Ghana (with some fieldwork in Ejisu)
2. EUR 18,500
3. We would start in March 2027 and need 12 months.
4. Dr. Abena Boateng, abena.boateng@knust-like.example

Best regards,
Daniel
""", o=o)

# 04 Portuguese reply, Outlook, header-block quote (Mozambique)
o = Ours("Mariana Costa", "mariana.costa@uem-like.example", "Candidatura - Mariana Costa", 3, 14, 50)
person(PP + "04-reply-answers-pt-outlook.eml", "Mariana Costa", "mariana.costa@uem-like.example", "RE: " + o.subject[4:], dt(4, 9, 12), 2, """Bom dia,

Agradeço o vosso contacto. Seguem as respostas:

1. Moçambique, cidade da Beira (bairros de Munhava e Praia Nova).
2. 22 000 EUR.
3. Início em abril de 2027, duração de 18 meses.
4. Prof. Doutor Armando Sitoe - armando.sitoe@uem-like.example

Com os melhores cumprimentos,
Mariana Costa
Investigadora, Centro de Estudos Urbanos
""", client="outlook", o=o, lang="pt-PT",
 attribution=(("De", "Enviado", "Para", "Assunto"), "terça-feira, 3 de novembro de 2026 14:50"))

# 05 short thanks to our acknowledgement
o = Ours("Grace Achieng", "grace.achieng@yahoo-like.example", "Re: Re: Application - Grace Achieng", 5, 9, 30, kind="ack")
person(PP + "05-short-thanks-received.eml", "Grace Achieng", "grace.achieng@yahoo-like.example", o.subject, dt(5, 11, 2), 3,
 """Thank you, well received. Looking forward to hearing from you.

Grace
""", client="yahoo", o=o, attribution="On Thursday, 5 November 2026 at 12:30:17 EAT, Grants Team <apply@grants.example> wrote:")

# 06 reply that mentions a holiday; will send referee later
o = Ours("Hannah Brooks", "h.brooks@cardiff-community.example", "Application: Cardiff community food hubs", 5, 15, 3)
person(PP + "06-reply-holiday-will-send-later-en.eml", "Hannah Brooks", "h.brooks@cardiff-community.example", o.subject, dt(6, 8, 55), 0, """Hi there,

Thanks for getting back to me so quickly. Answers below:

1. Cardiff, Wales (UK) - mostly Splott and Grangetown.
2. 14,800 euros
3. Start February 2027, 10 months.
4. My referee will be my former supervisor, but she's on holiday until 30 November and I'd like to check with her before passing on her details. I'll send them as soon as she's back - hope that's OK.

Best wishes,
Hannah
""", client="thunderbird", o=o, attribution="On %s, Grants Team wrote:" % o.date.strftime("%d/%m/%Y %H:%M"))

# 07 referee's department office (role address) sends a reference letter PDF
person(PP + "07-referee-role-address-pdf.eml", "FES Office", "fes-office@eastbridge-uni.example",
 "Reference letter - Farah Naz Qureshi", dt(12, 13, 40), 0, """Dear Grants Team,

On behalf of Professor Helen Ashworth, please find attached her letter of reference for Ms Farah Naz Qureshi, who has applied to your Community Research Grants 2027 programme.

Professor Ashworth is happy to be contacted directly at h.ashworth@eastbridge-uni.example if you need anything further.

Kind regards,

Joanne Pearce
Faculty Administrator
Faculty of Environmental Sciences, University of Eastbridge

This email and any attachments are intended solely for the addressee and may contain confidential information. If you have received this email in error, please notify the sender and delete it. The University does not accept liability for any views expressed which are not those of the University.
""", client="m365", lang="en-GB", atts=[("Reference_FNQureshi_Ashworth.pdf", "ref1.pdf", "application/pdf")])

# 08 NGO applies from info@ (Kenya)
person(PP + "08-role-address-info-ngo-application.eml", "Tumaini Youth Network", "info@tumaini-youth.example",
 "Application: youth-led plastic recycling research in Kisumu", dt(6, 12, 18), 3, """Dear Grants Team,

Greetings from Kisumu!

Tumaini Youth Network is a community organisation working with about 300 young people in Nyalenda and Obunga. We would like to apply for the Community Research Grants 2027 to study how informal plastic collectors could be linked to small recycling enterprises around Lake Victoria.

The project would be led by our programme officer, Mr. Kevin Otieno (CV of Kevin and our registration certificate can be sent on request). Please let us know what else you need from us.

Asante sana,

Kevin Otieno
Programme Officer
Tumaini Youth Network
P.O. Box 1234-40100, Kisumu, Kenya
Tel: +254 722 555 903
""", client="gmail")

# 09 applicant resending after a delivery failure; subject sounds like a bounce
person(PP + "09-resending-after-delivery-failure.eml", "Tendai Moyo", "tendai.moyo@zimcell-like.example",
 "Delivery failure - resending my application", dt(7, 7, 22), 2, """Dear Grants Team,

I sent my application on Tuesday but my email system told me delivery had failed, so I am sending it again. Apologies if you receive it twice. The attachment seems to be the problem, so I have pasted my CV below.

Project idea: mapping small-scale gold panning sites along the Mazowe river and their effect on drinking water for nearby villages.

CV
Tendai Moyo
BSc Environmental Science, University of Zimbabwe (2018)
2019-present: Field Officer, Mazowe Catchment Council
2018-2019: Research Assistant, Institute of Water Studies
Languages: Shona, English, Ndebele (basic)

Many thanks,
Tendai Moyo
Bindura, Zimbabwe
""", client="thunderbird")

# 10 person writes a subject that sounds like an auto-reply
o = Ours("Lukas Baumann", "lukas.baumann@posteo-like.example", "Application Lukas Baumann - alpine meadows", 7, 9, 0)
person(PP + "10-away-subject-typed-by-person.eml", "Lukas Baumann", "lukas.baumann@posteo-like.example",
 "Out of office till 20 Nov - but here are my answers", dt(8, 16, 44), 1, """Hi,

I'm away in the mountains with bad reception until 20 November, so quick answers from my phone:

1. Graubünden, Switzerland (Val Müstair)
2. 25'000 EUR
3. May 2027, 2 field seasons = 18 months
4. Dr. Seraina Caflisch, s.caflisch@wsl-like.example

More details when I'm back.
Lukas

Sent from my Galaxy
""", client="gmail", o=o)

# 11 Indonesian application, Yahoo, PDF CV
person(PP + "11-lamaran-pdf-cv-id.eml", "Putri Ayu Lestari", "putri.lestari@yahoo-like.example",
 "Lamaran Hibah Penelitian Komunitas 2027 - Putri Ayu Lestari", dt(8, 3, 15), 7, """Yth. Tim Hibah,

Dengan hormat,

Saya Putri Ayu Lestari, peneliti di Yayasan Pesisir Lestari, Yogyakarta. Bersama ini saya mengajukan permohonan untuk program Community Research Grants 2027 dengan usulan penelitian tentang peran kelompok perempuan nelayan dalam rehabilitasi mangrove di pesisir utara Jawa Tengah.

Bersama email ini saya lampirkan CV saya. Apabila diperlukan dokumen tambahan, saya siap mengirimkannya.

Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.

Hormat saya,
Putri Ayu Lestari
""", client="yahoo", atts=[("CV_Putri_Ayu_Lestari.pdf", "cv2.pdf", "application/pdf")])

# 12 Vietnamese answers
o = Ours("Trần Thu Hà", "tranthuha.hcm@gmail.example", "Đơn đăng ký tài trợ - Trần Thu Hà", 8, 4, 10)
person(PP + "12-tra-loi-cau-hoi-vi.eml", "Trần Thu Hà", "tranthuha.hcm@gmail.example", o.subject, dt(9, 2, 31), 7, """Kính gửi Ban tài trợ,

Em xin trả lời các câu hỏi như sau:

1. Dự án thực hiện tại Việt Nam, ở huyện Cần Giờ, TP. Hồ Chí Minh.
2. Tổng kinh phí đề nghị: 16.000 EUR.
3. Dự kiến bắt đầu từ tháng 3/2027, kéo dài 12 tháng.
4. Người giới thiệu: TS. Lê Quang Huy, email: lqhuy@dhkhtn-like.example

Em cảm ơn và mong nhận được phản hồi.

Trân trọng,
Trần Thu Hà
""", o=o, attribution="Vào Th 2, 9 thg 11, 2026 vào lúc 11:10 Grants Team <apply@grants.example> đã viết:")

# 13 French question about the deadline (Senegal), new thread
person(PP + "13-question-deadline-fr.eml", "Moussa Ndiaye", "moussa.ndiaye@orange-like.example",
 "Question sur la date limite", dt(9, 11, 7), 0, """Bonjour,

Je souhaite déposer une candidature pour le programme Community Research Grants 2027. La date limite du 15 janvier s'applique-t-elle aussi aux lettres de recommandation, ou peuvent-elles arriver quelques jours plus tard ?

Par ailleurs, est-il possible de rédiger le dossier en français ?

Merci d'avance pour votre réponse.

Bien cordialement,
Moussa Ndiaye
Thiès, Sénégal
""", client="thunderbird", lang="fr")

# 14 German answers from a corporate M365 tenant with external tag and disclaimer
o = Ours("Dr. Katrin Vogel", "k.vogel@wasserverband-ost.example", "Bewerbung Community Research Grants - Dr. Katrin Vogel", 9, 14, 20)
person(PP + "14-antworten-outlook-gateway-de.eml", "Vogel, Katrin", "k.vogel@wasserverband-ost.example",
 "AW: [EXTERN] " + o.subject, dt(10, 8, 3), 1, """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Rückmeldung. Gerne beantworte ich Ihre Fragen:

1. Deutschland, Cottbus und Umgebung (Lausitz)
2. 30.000 EUR
3. Beginn 1. April 2027, Laufzeit 24 Monate
4. Prof. Dr. Martin Schulze, martin.schulze@btu-like.example

Mit freundlichen Grüßen

Dr. Katrin Vogel
Referentin Gewässerschutz
Wasserverband Ost
Tel. +49 355 555 2210

------------------------------------------------------------
Wasserverband Ost, Körperschaft des öffentlichen Rechts
Verbandsvorsteher: Dipl.-Ing. Frank Heller
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""", client="m365", o=o, lang="de-DE",
 attribution=(("Von", "Gesendet", "An", "Betreff"), "Montag, 9. November 2026 15:20"),
 extra=[("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-NoSpamProxy", "Outbound; Signed"),
        ("X-Gateway-Tag", "external-subject-tag-added")])

# 15 Indian applicant writing in English with a Hindi sign-off; forgot the attachment
person(PP + "15-application-en-in-hindi-signoff.eml", "Suresh Kumar Yadav", "sureshkyadav@rediff-like.example",
 "Application for grant - Suresh Kumar Yadav", dt(10, 6, 40), 5.5, """Respected Sir/Madam,

I am Suresh Kumar Yadav from Gorakhpur, Uttar Pradesh. I have done M.Sc. in Botany and am working since 2020 with a farmers producer company on millet cultivation.

I want to apply for your research grant to study seed saving practices of women farmers in eastern UP. Please find my resume attached for your kind perusal.

Kindly let me know if any other document is required.

धन्यवाद,
Suresh Kumar Yadav
Mob: 98395 55021
""", client="gmail")

# 16 Arabic question (Lebanon)
person(PP + "16-question-ar.eml", "ليلى حداد", "layla.haddad@gmail.example", "استفسار حول شروط التقديم", dt(11, 9, 58), 2, """مرحبًا،

أنا باحثة في جمعية محلية في طرابلس، لبنان، ونعمل على موضوع إدارة النفايات في الأحياء الشعبية.
هل يحق للجمعيات غير الحكومية المسجلة في لبنان التقدم إلى برنامج المنح البحثية المجتمعية 2027؟ وهل يجب أن يكون مقدم الطلب حاصلًا على شهادة دكتوراه؟

شكرًا جزيلًا على وقتكم،
ليلى حداد
""")

# 17 Turkish answers
o = Ours("Ahmet Demir", "ahmet.demir@gmail.example", "Hibe başvurusu - Ahmet Demir", 11, 8, 30)
person(PP + "17-cevaplar-tr.eml", "Ahmet Demir", "ahmet.demir@gmail.example", o.subject, dt(11, 20, 15), 3, """Merhaba,

Sorularınızın cevapları aşağıdadır:

1. Türkiye, Van (Erciş ilçesi)
2. Toplam 19.000 EUR
3. Mart 2027'de başlayıp 12 ay sürecek.
4. Doç. Dr. Zeynep Arslan - zeynep.arslan@yyu-like.example

İyi çalışmalar dilerim,
Ahmet Demir
""", o=o, attribution="Grants Team <apply@grants.example>, 11 Kas 2026 Çar, 11:30 tarihinde şunu yazdı:")

# 18 Japanese application; CV to follow in a separate mail
person(PP + "18-application-ja.eml", "田中 由紀", "yuki.tanaka@docomo-like.example", "研究助成への応募について（田中由紀）", dt(12, 2, 5), 9, """ご担当者様

はじめてご連絡いたします。NPO法人みどりのまち研究会の田中由紀と申します。

貴財団の Community Research Grants 2027 に応募させていただきたく、ご連絡いたしました。
研究テーマは「地方都市における空き家を活用した高齢者の居場所づくり」です。

履歴書は容量の都合により、別のメールでお送りいたします。
ご確認のほど、よろしくお願いいたします。

田中 由紀
NPO法人みどりのまち研究会
〒990-0000 山形県山形市
""", client="thunderbird", lang="ja")

# 19 Korean answers
o = Ours("박민수", "minsu.park@naver-like.example", "연구 지원금 신청 - 박민수", 12, 5, 45)
person(PP + "19-reply-ko.eml", "박민수", "minsu.park@naver-like.example", o.subject, dt(12, 23, 50), 9, """안녕하세요,

질문에 대한 답변 드립니다.

1. 대한민국 전라남도 신안군
2. 총 21,000 유로
3. 2027년 3월 시작, 12개월 진행 예정입니다.
4. 추천인: 김은정 교수 (ejkim@mokpo-like.example)

감사합니다.
박민수 드림
""", o=o, attribution="2026년 11월 12일 (목) 오후 2:45, Grants Team <apply@grants.example>님이 작성:")

# 20 Chinese answers (Foxmail)
o = Ours("陈思远", "chensiyuan@qq-like.example", "申请社区研究资助 - 陈思远", 13, 3, 20)
person(PP + "20-reply-zh.eml", "陈思远", "chensiyuan@qq-like.example", "回复：" + o.subject, dt(13, 7, 2), 8, """您好！

感谢您的回复。以下是对问题的回答：

1. 中国云南省大理白族自治州洱源县
2. 申请总额 17,500 欧元
3. 计划于2027年4月开始，为期12个月
4. 推荐人：李明华教授，lmh@ynu-like.example

如需补充材料，请随时告知。

此致
敬礼
陈思远
""", client="foxmail", o=o, attribution="------------------ 原始邮件 ------------------\n发件人: \"Grants Team\"<apply@grants.example>;\n发送时间: 2026年11月13日(星期五) 中午11:20")

# 21 Russian question
person(PP + "21-question-ru.eml", "Анна Смирнова", "anna.smirnova@mail-like.example", "Вопрос о языке заявки", dt(14, 8, 26), 3, """Здравствуйте!

Подскажите, пожалуйста, можно ли подать заявку на русском языке или обязательно на английском? И нужно ли прикладывать рекомендательное письмо сразу, или его можно прислать позже?

Заранее спасибо,
Анна Смирнова
г. Казань
""", client="thunderbird", lang="ru")

# 22 Ukrainian application with CV pasted in the body
person(PP + "22-application-uk.eml", "Олена Коваленко", "olena.kovalenko@ukr-like.example", "Заявка на грант - Олена Коваленко", dt(14, 15, 33), 2, """Добрий день!

Мене звати Олена Коваленко, я соціологиня з Полтави. Хочу подати заявку на участь у програмі Community Research Grants 2027. Тема дослідження: підтримка внутрішньо переміщених людей похилого віку в невеликих громадах Полтавщини.

Моє резюме додаю нижче, бо вкладення чомусь не завантажується:

Освіта: магістр соціології, Харківський національний університет (2012)
Досвід: 2015–2022 — аналітикиня в громадській організації «Відкрите місто»; з 2022 — координаторка проєктів у благодійному фонді «Разом»
Мови: українська, англійська (B2), польська (B1)

З повагою,
Олена Коваленко
""", client="gmail")

# 23 Polish answers (Outlook, ODP:)
o = Ours("Tomasz Zieliński", "t.zielinski@uni-wroc-like.example", "Wniosek - Tomasz Zieliński", 15, 10, 10)
person(PP + "23-odpowiedzi-pl.eml", "Tomasz Zieliński", "t.zielinski@uni-wroc-like.example", "ODP: " + o.subject[4:], dt(16, 7, 49), 1, """Dzień dobry,

dziękuję za wiadomość. Odpowiedzi na pytania:

1. Polska, Wałbrzych
2. 15 000 EUR
3. Od marca 2027, 12 miesięcy
4. dr hab. Joanna Kaczmarek, j.kaczmarek@uni-wroc-like.example

Z poważaniem
Tomasz Zieliński
""", client="outlook", o=o, lang="pl-PL",
 attribution=(("Od", "Wysłane", "Do", "Temat"), "niedziela, 15 listopada 2026 11:10"))

# 24 Swahili thanks after our acknowledgement
o = Ours("Zawadi Kimaro", "zawadi.kimaro@gmail.example", "Re: Maombi ya ruzuku - Zawadi Kimaro", 16, 6, 0, kind="ack")
person(PP + "24-asante-sw.eml", "Zawadi Kimaro", "zawadi.kimaro@gmail.example", o.subject, dt(16, 9, 14), 3, """Habari,

Asante sana kwa kuthibitisha kupokea majibu yangu. Nasubiri kwa hamu matokeo.

Kila la heri,
Zawadi Kimaro
Moshi, Tanzania
""", o=o)

# 25 Bengali answers
o = Ours("তানভীর হাসান", "tanvir.hasan@gmail.example", "অনুদানের আবেদন - তানভীর হাসান", 16, 11, 0)
person(PP + "25-reply-bn.eml", "তানভীর হাসান", "tanvir.hasan@gmail.example", o.subject, dt(17, 4, 22), 6, """শুভেচ্ছা নেবেন,

আপনাদের প্রশ্নের উত্তর নিচে দিলাম:

১. বাংলাদেশ, সিলেট জেলার সুনামগঞ্জ হাওর এলাকা
২. মোট ২০,০০০ ইউরো
৩. ২০২৭ সালের জানুয়ারি থেকে শুরু, মেয়াদ ১৫ মাস
৪. রেফারি: ড. নাসরিন আক্তার, nasrin.akter@sust-like.example

ধন্যবাদ,
তানভীর হাসান
""", o=o)

# 26 Urdu short reply with answers
o = Ours("Farah Naz Qureshi", "farahnaz.q@gmail.example", "Application - Farah Naz Qureshi", 11, 9, 15)
person(PP + "26-short-reply-ur.eml", "Farah Naz Qureshi", "farahnaz.q@gmail.example", o.subject, dt(17, 13, 5), 5, """السلام علیکم،

جوابات درج ذیل ہیں:
1. پاکستان، ٹھٹھہ (سندھ)
2. 12,000 یورو
3. فروری 2027 سے، 9 ماہ
4. پروفیسر ہیلن ایشورتھ، h.ashworth@eastbridge-uni.example

شکریہ
فرح
""", o=o)

# 27 Persian question
person(PP + "27-question-fa.eml", "نگار رحیمی", "negar.rahimi@chmail-like.example", "سؤال درباره بودجه", dt(18, 6, 11), 3.5, """سلام و وقت بخیر،

می‌خواستم بپرسم آیا هزینهٔ خرید تجهیزات آزمایشگاهی (مثلاً دستگاه سنجش کیفیت آب) جزو هزینه‌های قابل قبول در این برنامه است یا فقط هزینه‌های میدانی پوشش داده می‌شود؟

با سپاس فراوان،
نگار رحیمی
""", client="thunderbird", lang="fa")

# 28 one-liner from iPhone
o = Ours("Samuel Adjei", "samuel.adjei@icloud-like.example", "Grant application Samuel Adjei", 18, 10, 40)
person(PP + "28-iphone-one-liner.eml", "Samuel Adjei", "samuel.adjei@icloud-like.example", o.subject, dt(18, 21, 3), 0, """Will send the answers tomorrow, sorry for the delay.

Sent from my iPhone
""", client="iphone", o=o)

# 29 person travelling, will answer later (personal, not automatic)
o = Ours("Selam Gebremedhin", "selam.gebremedhin@gmail.example", "Application - Selam Gebremedhin (Tigray water points)", 19, 8, 5)
person(PP + "29-travelling-will-answer-later.eml", "Selam Gebremedhin", "selam.gebremedhin@gmail.example", o.subject, dt(19, 17, 40), 3, """Dear Grants Team,

Thank you for your email. I'm at a workshop in Addis Ababa this week and the internet is very patchy, so I'll send proper answers to your four questions on Monday. For question 2 I also need to confirm the budget with my co-applicant first.

Best regards,
Selam
""", o=o)

# 30 referee writes a reference in the body (Gmail)
person(PP + "30-referee-gmail-reference.eml", "Folake Adeyemi", "folake.adeyemi@gmail.example", "Reference for Adebayo Ogunleye", dt(20, 10, 26), 1, """Dear Grants Team,

Mr Adebayo Ogunleye asked me to write in support of his application to your programme.

I supervised his MSc dissertation at the University of Ibadan (2017-2019) and have followed his work with the Oyo Farmers' Cooperative Union since then. He is a careful researcher who is trusted by the farmers he works with, which is not common. His survey of 420 cassava-processing households was well designed and honestly reported.

I recommend him without reservation. Please feel free to contact me if you need more information.

Yours sincerely,
Prof. Folake Adeyemi
Department of Agricultural Economics
University of Ibadan (retired)
""")

# 31 forward of a CV from another account
CV3 = ("Aisha_Abdullahi_CV.pdf", "cv3.pdf", "application/pdf")
person(PP + "31-fwd-cv-from-other-account.eml", "Aisha Abdullahi", "aisha.abdullahi@yahoo-like.example", "Fwd: CV and application - Aisha Musa Abdullahi",
 dt(20, 14, 2), 1, """Good afternoon,

I am forwarding my application from my personal email because my office email keeps blocking the attachment. Please use this address for any reply.

Thank you,
Aisha

----- Forwarded Message -----
From: Aisha Musa Abdullahi <a.abdullahi@kanophc-like.example>
To: apply@grants.example <apply@grants.example>
Sent: Friday, 20 November 2026 at 13:41:08 WAT
Subject: CV and application - Aisha Musa Abdullahi

Dear Sir/Madam,

Kindly find attached my CV for the Community Research Grants 2027. I propose to study why pregnant women in Dala LGA, Kano, delay their first antenatal visit, working with traditional birth attendants and ward development committees.

Thank you.
Aisha Musa Abdullahi
""", client="yahoo", atts=[CV3])

# 32 application sent through a Google Group role address (list headers present)
person(PP + "32-google-group-role-address-application.eml", "'Inès Moreau' via Urban Heat Lab", "urbanheat-lab@univ-montreal-like.example",
 "Application - Urban Heat Lab (heat refuges in Montréal-Nord)", dt(21, 15, 10), -5, """Hello,

Please find below our application to the Community Research Grants 2027. We write from the lab's shared address so that everyone on the team sees the replies.

We propose to work with residents of Montréal-Nord to map which public spaces actually work as heat refuges for older people during heat waves, and why.

Lead applicant: Dr. Inès Moreau (ines.moreau@univ-montreal-like.example)
Team: 2 postdocs, 1 community organiser from Parole d'excluEs

CVs will follow from Inès directly.

Thanks,
Inès, for the Urban Heat Lab
""", relay="mail-sor-f97.google.example",
 extra=[("Sender", "urbanheat-lab@univ-montreal-like.example"),
        ("Mailing-list", "list urbanheat-lab@univ-montreal-like.example; contact urbanheat-lab+owners@univ-montreal-like.example"),
        ("List-ID", "<urbanheat-lab.univ-montreal-like.example>"),
        ("X-Spam-Checked-In-Group", "urbanheat-lab@univ-montreal-like.example"),
        ("X-Google-Group-Id", "812739405521"),
        ("List-Post", "<https://groups.google.example/a/univ-montreal-like.example/group/urbanheat-lab/post>, <mailto:urbanheat-lab@univ-montreal-like.example>"),
        ("List-Help", "<https://support.google.example/a/univ-montreal-like.example/bin/topic.py?topic=25838>, <mailto:urbanheat-lab+help@univ-montreal-like.example>"),
        ("Precedence", "list"),
        ("X-Original-Sender", "ines.moreau@univ-montreal-like.example"),
        ("X-Original-From", "Ines Moreau <ines.moreau@univ-montreal-like.example>"),
        ("Reply-To", "urbanheat-lab@univ-montreal-like.example")])

# 33 applicant asks whether we received the application (subject sounds like a receipt)
person(PP + "33-did-you-receive-my-application.eml", "Tharindu Perera", "tharindu.perera@slt-like.example", "Confirmation of receipt?", dt(22, 4, 30), 5.5, """Dear Grants Team,

I emailed my application (subject "Grant application - Tharindu Perera, Kandy") on 10 November but I have not received any confirmation yet. Could you kindly let me know whether it reached you? If not, I will send it again.

ස්තූතියි / Thank you,
Tharindu Perera
Kandy, Sri Lanka
""", client="outlook", lang="en-GB")

# 34 NGO development officer sending from a CRM sales tool (tracking pixel, CRM headers)
o = Ours("Rebecca Lindqvist", "rebecca@brightfutures-trust.example", "Bright Futures Trust - Community Research Grants application", 21, 9, 0)
body34 = """Hi Grants Team,

Thanks for your email - here are our answers:

1. Malawi, Zomba district
2. EUR 27,000
3. June 2027, 18 months
4. Dr. Chikondi Banda, cbanda@unima-like.example

Happy to jump on a call if that's easier.

Rebecca Lindqvist
Head of Partnerships, Bright Futures Trust
"""
person(PP + "34-hubspot-sales-tool-person.eml", "Rebecca Lindqvist", "rebecca@brightfutures-trust.example", o.subject, dt(23, 14, 18), 0, body34,
 o=o, relay="smtp-out.hubspotemail-like.example",
 extra=[("X-HubSpot-Sales", "1"), ("X-HS-Cid", uid("hs", 24)), ("X-Report-Abuse-To", "abuse@hubspot-like.example"),
        ("X-HubSpot-Tracking", "opens,clicks")])

# 35 Thai answers
o = Ours("พิมพ์ชนก ศรีสุข", "pimchanok.s@gmail.example", "ขอสมัครทุนวิจัยชุมชน 2027 - พิมพ์ชนก ศรีสุข", 23, 3, 0)
person(PP + "35-reply-th.eml", "พิมพ์ชนก ศรีสุข", "pimchanok.s@gmail.example", o.subject, dt(24, 5, 45), 7, """เรียน ทีมทุนวิจัย

ขอบคุณสำหรับอีเมลค่ะ ขอตอบคำถามดังนี้ค่ะ

1. ประเทศไทย จังหวัดน่าน อำเภอบ่อเกลือ
2. งบประมาณรวม 13,000 ยูโร
3. เริ่มเดือนมกราคม 2570 (2027) ระยะเวลา 12 เดือน
4. ผู้รับรอง: ผศ.ดร. สมชาย ใจดี somchai.j@cmu-research.example

ขอบคุณค่ะ
พิมพ์ชนก
""", o=o, attribution="เมื่อ จ. 23 พ.ย. 2026 เวลา 10:00 Grants Team <apply@grants.example> เขียนว่า:")

# 36 Romanian: sorry, was on vacation; answers
o = Ours("Ioana Popescu", "ioana.popescu@yahoo-like.example", "Aplicatie grant - Ioana Popescu", 12, 16, 0)
person(PP + "36-sorry-was-on-vacation-ro.eml", "Ioana Popescu", "ioana.popescu@yahoo-like.example", o.subject, dt(25, 19, 22), 2, """Bună ziua,

Îmi cer scuze pentru răspunsul întârziat, am fost în concediu două săptămâni. Iată răspunsurile:

1. România, județul Tulcea (Delta Dunării)
2. 20.000 EUR
3. aprilie 2027, 12 luni
4. Conf. dr. Radu Ionescu, radu.ionescu@unibuc-like.example

O seară frumoasă,
Ioana
""", client="yahoo", o=o, attribution="În joi, 12 noiembrie 2026 la 18:00:17 EET, Grants Team <apply@grants.example> a scris:")

# 37 research office uses a help desk, but an agent answers our questions by hand
o = Ours("Research Office - Rhodes Valley University", "research@rvu-like.example", "Application on behalf of Dr Nomsa Khumalo", 24, 8, 12)
body37 = """##- Please type your reply above this line -##

Naledi Mokoena (Research Office)

Good afternoon,

Thank you for your email regarding Dr Khumalo's application. She has asked us to reply on her behalf as she is teaching all week:

1. South Africa, Makhanda (Eastern Cape)
2. EUR 23,400
3. 1 March 2027, for 12 months
4. Prof. Thabo Dlamini, t.dlamini@rvu-like.example

Please let us know if you need the institutional letter of support as well.

Kind regards,
Naledi Mokoena
Grants Administrator, Research Office

--------------------------------
This email is a service from Rhodes Valley University Research Office.
Ticket #2291
"""
person(PP + "37-research-office-freshdesk-agent-reply.eml", "Rhodes Valley University Research Office", "research@rvu-like.example",
 "Re: [#2291] " + o.subject, dt(25, 12, 31), 2, body37, o=o, quote=False, relay="mail-ord1.freshemail.example",
 extra=[("X-FD-Email", "True"), ("X-Freshdesk-Ticket-Id", "2291"), ("X-Freshdesk-Agent", "naledi.mokoena")])

# 38 Amharic greeting with answers in English
o = Ours("Selamawit Tesfaye", "selamawit.t@ethionet-like.example", "Grant application - Selamawit Tesfaye", 26, 7, 30)
person(PP + "38-reply-am-en.eml", "Selamawit Tesfaye", "selamawit.t@ethionet-like.example", o.subject, dt(27, 8, 50), 3, """ሰላም፣ እናመሰግናለን።

Thank you for your email. My answers:

1. Ethiopia, Hawassa (Sidama region)
2. EUR 16,000
3. Start in February 2027, 12 months
4. Dr. Mulugeta Bekele, mulugeta.b@hu-like.example

Best regards,
Selamawit Tesfaye
""", o=o)
