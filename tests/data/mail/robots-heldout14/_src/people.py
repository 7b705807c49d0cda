from common import *
import html as H

P = "people/"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

def to_html_gmail(text):
    return '<div dir="ltr">' + "<br>".join(H.escape(l) for l in text.rstrip("\n").split("\n")) + "</div>\n"

def gmail(rel, name, a, subject, text, d, th=None, atts=(), attrib=None, cc=None, dom_auth=None, extra="", to="apply@grants.example", rtl=False, quoted=True):
    mid = "<CA%s@mail.gmail.com>" % an(42)
    dom = a.split("@")[1]
    h = inbound(d, "mail-sor-f41.google.com", "209.85.220.41", "<%s>" % a, dkim_domain=dom, dmarc="pass (p=NONE sp=QUARANTINE dis=NONE) header.from=" + dom)
    h += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=20230601; t=%d; x=%d; darn=grants.example;\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh=%s=;\n        b=%s\n" % (dom, int(d.timestamp()), int(d.timestamp()) + 604800, an(43), an(70))
    h += "X-Google-Smtp-Source: AGHT+I%s\nX-Received: by 2002:a05:6512:%s with SMTP id %s;\n        %s\nMIME-Version: 1.0\n" % (an(40), hx(4), an(12).lower(), F_pst(d))
    if th:
        h += "References: %s %s\nIn-Reply-To: %s\n" % (th.app_mid, th.ack_mid, th.ack_mid)
    h += "From: %s\nDate: %s\nMessage-ID: %s\nSubject: %s\nTo: %s\n" % (addr(name, a), F(d), mid, ew(subject), to)
    if cc:
        h += "Cc: %s\n" % cc
    h += extra
    plain, htm = text, to_html_gmail(text)
    if rtl:
        htm = htm.replace('<div dir="ltr">', '<div dir="rtl">', 1)
    if th and quoted:
        at = attrib or ("On %s Grants Team <apply@grants.example> wrote:" % th.ack_date.astimezone(d.tzinfo).strftime("%a, %-d %b %Y at %H:%M"))
        plain = text.rstrip("\n") + "\n\n" + at + "\n\n" + quote(ACK_BODY)
        htm += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (H.escape(at), ack_html_quote())
    alt = M("alternative", [T(plain, cs="UTF-8", quote_cs=False, cte=None if is_ascii(plain) else "base64"), T(htm, "html", cs="UTF-8", quote_cs=False, cte=None if is_ascii(htm) else "base64")], boundary="0000000000%s" % hx(18))
    if atts:
        part = M("mixed", [alt] + [A(*x) for x in atts], boundary="0000000000%s" % hx(18))
    else:
        part = alt
    write(rel, h, part, mime=False)

def outlook(rel, name, a, subject, text, d, th=None, atts=(), labels=("From", "Sent", "To", "Subject"), sent=None, lang="en-US", region=("DB9PR06MB", "eurprd06.prod.outlook.com"), extra="", cc=None, to="Grants Team <apply@grants.example>", helo="EUR02-DB5-obe.outbound.protection.outlook.com", ip="40.107.249.51", envfrom=None, rtl=False, mobile=False, quote_hdr_to=None, disclaimer=""):
    mid, srv = exid(*region)
    dom = a.split("@")[1]
    h = inbound(d, helo, ip, "<%s>" % (envfrom or a), dkim_domain=dom, dmarc="pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=" + dom)
    h += eop_received(srv, region[1], d)
    tt = th.re if th else subject
    h += "From: %s\nTo: %s\n" % (addr(name, a), to)
    if cc:
        h += "CC: %s\n" % cc
    h += "Subject: %s\nThread-Topic: %s\nThread-Index: %s\nDate: %s\nMessage-ID: %s\n" % (ew(subject), ew(subject.split(": ", 1)[-1] if subject[:3].upper() in ("RE:", "FW:") else subject), thread_index(), F(d), mid)
    if th:
        h += "References: %s\n %s\nIn-Reply-To: %s\n" % (th.app_mid, th.ack_mid, th.ack_mid)
    h += "Accept-Language: %s\nContent-Language: %s\nX-MS-Has-Attach: %s\nX-MS-TNEF-Correlator:\nmsip_labels:\nx-ms-publictraffictype: Email\nx-ms-traffictypediagnostic: %s:EE_|%s%04d:EE_\nx-ms-exchange-senderadcheck: 1\n" % (
        lang, lang, "yes" if atts else "", srv, region[0], rnd.randint(1000, 9999))
    h += extra
    plain = text.rstrip("\n") + "\n" + disclaimer
    style = 'font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);'
    htm_inner = paras_html(text, style=style, rtl=rtl)
    if disclaimer:
        htm_inner += '\n<div style="font-size:8pt;color:#7f7f7f">' + "<br>".join(H.escape(l) for l in disclaimer.strip().split("\n")) + "</div>"
    if th:
        qh = outlook_hdr(sent or th.ack_date.strftime("%A, %B %-d, %Y %-I:%M %p"), quote_hdr_to or addr(th.name, th.email).replace("=?utf-8?b?", "=?utf-8?b?"), th.re, labels=labels)
        if quote_hdr_to is None:
            qh = qh.replace(addr(th.name, th.email), "%s <%s>" % (th.name, th.email))
        plain += "\n" + ("" if mobile else "") + "________________________________\n" + qh + "\n" + ACK_BODY
        htm_inner += '\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + "<br>".join(H.escape(l) for l in qh.strip().split("\n")) + '</font>\n<div>&nbsp;</div>\n</div>\n<div>' + ack_html_quote() + "</div>"
    b = "_000_%s%s_" % (srv, hx(24).upper())
    cte = "quoted-printable" if not rtl else "base64"
    alt = M("alternative", [T(plain, cte=cte, quote_cs=False), T(html_wrap(htm_inner, rtl=rtl), "html", cte=cte, quote_cs=False)], boundary=b)
    if atts:
        part = M("mixed", [alt] + [A(*x) for x in atts], boundary="_004_%s%s_" % (srv, hx(24).upper()))
    else:
        part = alt
    write(rel, h, part)

def iphone(rel, name, a, subject, text, d, th=None, attrib=None, host=("mx.icloud-mail.example", "17.57.155.23"), xmailer="iPhone Mail (22B91)"):
    dom = a.split("@")[1]
    h = inbound(d, host[0], host[1], "<%s>" % a, dkim_domain=dom)
    h += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\nFrom: %s\nMime-Version: 1.0 (1.0)\nSubject: %s\nDate: %s\nMessage-Id: <%s-%s-%s-%s-%s@%s>\n" % (addr(name, a), ew(subject), F(d), hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper(), dom)
    if th:
        h += "References: %s %s\nIn-Reply-To: %s\n" % (th.app_mid, th.ack_mid, th.ack_mid)
    h += "To: Grants Team <apply@grants.example>\nX-Mailer: %s\n" % xmailer
    body = text.rstrip("\n") + "\n\nSent from my iPhone\n"
    if th:
        body += "\n> " + (attrib or ("On %s, at %s, Grants Team <apply@grants.example> wrote:" % (th.ack_date.astimezone(d.tzinfo).strftime("%-d %b %Y"), th.ack_date.astimezone(d.tzinfo).strftime("%H:%M")))) + "\n> \n> \ufeff" + quote(ACK_BODY)[2:]
    write(rel, h, ("", qp(body)), mime=False)

def thunderbird(rel, name, a, subject, text_with_quote, d, th=None, ua="Mozilla Thunderbird", helo=("mail.example", "198.51.100.2"), lang="en-US", cs="UTF-8", atts=()):
    dom = a.split("@")[1]
    h = inbound(d, helo[0], helo[1], "<%s>" % a, dkim_domain=dom)
    h += "Received: from [192.168.1.%d] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id 4Rd%s\n\tfor <apply@grants.example>; %s\n" % (rnd.randint(2, 200), "203.0.113.%d" % rnd.randint(2, 250), helo[0], an(11), F(d))
    h += "Message-ID: <%s-%s-%s-%s-%s@%s>\nDate: %s\nMIME-Version: 1.0\nUser-Agent: %s\nContent-Language: %s\n" % (hx(8), hx(4), hx(4), hx(4), hx(12), dom, F(d), ua, lang)
    if th:
        h += "References: %s %s\nIn-Reply-To: %s\n" % (th.app_mid, th.ack_mid, th.ack_mid)
    h += "To: Grants Team <apply@grants.example>\nFrom: %s\nSubject: %s\n" % (addr(name, a), ew(subject))
    if atts:
        part = M("mixed", [T(text_with_quote, cs=cs, cte="8bit", flowed=True, quote_cs=False)] + [A(*x) for x in atts], boundary="------------%s" % an(24))
        write(rel, h, part)
    else:
        h += "Content-Type: text/plain; charset=%s; format=flowed\nContent-Transfer-Encoding: 8bit\n" % cs
        write(rel, h, ("", text_with_quote), mime=False)

def yahoo(rel, name, a, subject, text, d, th=None, atts=(), sig="Sent from Yahoo Mail on Android", attrib=None):
    h = inbound(d, "sonic301-21.consmr.mail.ir2.yahoo.com", "77.238.176.98", "<%s>" % a, dkim_domain=a.split("@")[1])
    h += "X-YMail-OSG: %s\nX-Sonic-MF: <%s>\nReceived: from sonic.gate.mail.ne1.yahoo.com by sonic301.consmr.mail.ir2.yahoo.com with HTTP; %s\n" % (an(60), a, F(d))
    h += "Date: %s\nFrom: %s\nTo: \"apply@grants.example\" <apply@grants.example>\nMessage-ID: <%d.%d.%d@mail.yahoo.com>\n" % (F(d), addr(name, a), rnd.randint(10**8, 10**9), rnd.randint(10**6, 10**7), int(d.timestamp()*1000))
    if th:
        h += "In-Reply-To: %s\nReferences: %s %s\n" % (th.ack_mid, th.app_mid, th.ack_mid)
    h += "Subject: %s\nMIME-Version: 1.0\nX-Mailer: WebService/1.1.24652 YMailNorrin\n" % ew(subject)
    plain = text.rstrip("\n") + ("\n\n" + sig + "\n" if sig else "\n")
    htm = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">' % hx(8) + "<br>".join(H.escape(l) for l in plain.strip().split("\n")) + "</div></body></html>\n"
    alt = M("alternative", [T(plain, cte="quoted-printable"), T(htm, "html", cte="quoted-printable")], boundary="----=_Part_%d_%d.%d" % (rnd.randint(10**6, 10**7), rnd.randint(10**8, 10**9), int(d.timestamp()*1000)))
    part = M("mixed", [alt] + [A(*x) for x in atts], boundary="----=_Part_%d_%d.%d" % (rnd.randint(10**6, 10**7), rnd.randint(10**8, 10**9), int(d.timestamp()*1000))) if atts else alt
    write(rel, h, part, mime=False)

# -------------------------------------------------------------------------------- new applications
def p01():
    gmail(P + "01-application-india-gmail-pdf.eml", "Priya Raghavan", "priya.raghavan@gmail.example", "Application for Harbourline Fellowship 2027 – Priya Raghavan",
          """Dear Sir/Madam,

I am writing to apply for the Harbourline Fellowship 2027 (Community track). I am a Research Associate working on groundwater mapping with village water committees in Kolar district, Karnataka.

Please find attached my CV. I would be grateful if you could confirm receipt of my application.

Thanking you,
Priya Raghavan
+91 98450 12345
""", D(2, 9, 41, 7, "+0530"), atts=[("CV_Priya_Raghavan.pdf", PDF)])

def p02():
    yahoo(P + "02-application-nigeria-yahoo-docx.eml", "Oluwaseun Adebayo", "seun.adebayo@yahoo.example", "APPLICATION FOR HARBOURLINE FELLOWSHIP",
          """Good day,

My name is Oluwaseun Adebayo, an agricultural economist from Ibadan, Oyo State. I wish to apply for the Harbourline Fellowship 2027 under the Research track. My work focuses on reducing post-harvest losses among smallholder cassava farmers.

Attached is my resume for your kind consideration.

I look forward to hearing from you.

Yours faithfully,
Oluwaseun Adebayo
""", D(2, 22, 15, 0, "+0100"), atts=[("Oluwaseun_Adebayo_Resume.docx", DOCX)])

def p03():
    outlook(P + "03-application-spanish-outlook-pdf.eml", "Lucía Fernández Ruiz", "lucia.fdez@outlook.example", "Solicitud Harbourline Fellowship 2027",
            """Estimado equipo:

Me dirijo a ustedes para presentar mi candidatura a la Harbourline Fellowship 2027, en la modalidad de Investigación. Soy doctora en Historia del Arte por la Universidad de Sevilla y actualmente trabajo en el archivo municipal de Carmona.

Adjunto mi currículum vitae. Quedo a su disposición para cualquier información adicional.

Un cordial saludo,
Lucía Fernández Ruiz
""", D(3, 18, 20, 11, "+0100"), atts=[("CV_Lucia_Fernandez_Ruiz.pdf", PDF)], lang="es-ES", region=("PAWPR10MB", "EURPRD10.PROD.OUTLOOK.COM"), to="\"apply@grants.example\" <apply@grants.example>")

def p04():
    gmail(P + "04-application-portuguese-drive-link.eml", "Rafael Souza", "rafael.souza.bh@gmail.example", "Inscrição - Harbourline Fellowship",
          """Olá, equipe Harbourline!

Gostaria de me inscrever na Harbourline Fellowship 2027 (trilha Prática). Sou educador ambiental em Belo Horizonte e coordeno hortas comunitárias em escolas públicas da região metropolitana.

Meu currículo está neste link: https://drive.example/file/d/1aB2cD3eF4gH5iJ6kL7m/view?usp=sharing
(tentei anexar, mas o arquivo ficou grande demais)

Obrigado pela atenção!
Abraços,
Rafael Souza
""", D(4, 21, 7, 33, "-0300"))

def p05():
    d = D(5, 10, 2, 40, "+0000")
    a = "awa.diop@orange-mail.example"
    h = inbound(d, "smtp.orange-mail.example", "198.51.100.47", "<%s>" % a, dkim_domain="orange-mail.example")
    h += "X-ME-Helo: webmail.orange-mail.example\nX-ME-Auth: YXdhLmRpb3BAb3JhbmdlLW1haWwuZXhhbXBsZQ==\nX-ME-Date: Thu, 05 Nov 2026 10:02:40 +0000\nX-ME-IP: 41.82.%d.%d\n" % (rnd.randint(1, 250), rnd.randint(1, 250))
    h += "MIME-Version: 1.0\nDate: Thu, 05 Nov 2026 10:02:40 +0000\nFrom: Awa Diop <awa.diop@orange-mail.example>\nTo: apply@grants.example\nSubject: Candidature - Harbourline Fellowship 2027 - Awa DIOP\nMessage-ID: <%s@orange-mail.example>\nX-Sender: awa.diop@orange-mail.example\nUser-Agent: Roundcube Webmail/1.6.9\n" % hx(32)
    t = """Madame, Monsieur,

Je vous prie de trouver ci-joint mon CV dans le cadre de ma candidature à la Harbourline Fellowship 2027 (volet Pratique).

Titulaire d'un master en santé publique, je travaille depuis quatre ans sur la prévention du paludisme chez l'enfant dans la région de Thiès.

Je reste à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Awa DIOP
+221 77 555 12 34
"""
    write(P + "05-application-french-senegal-pdf.eml", h, M("mixed", [T(t, cs="US-ASCII" if is_ascii(t) else "UTF-8", cte="quoted-printable", flowed=True, quote_cs=False), A("CV-Awa-Diop.pdf", PDF)], boundary="=_%s" % hx(32)), mime=False)

def p06():
    gmail(P + "06-application-indonesian-pdf.eml", "Dewi Lestari", "dewi.lestari@gmail.example", "Lamaran Harbourline Fellowship 2027 - Dewi Lestari",
          """Yth. Tim Harbourline Fellowship,

Dengan hormat,

Saya, Dewi Lestari, ingin mendaftar program Harbourline Fellowship 2027 untuk jalur Riset. Saat ini saya bekerja sebagai peneliti di bidang pengolahan limbah cair industri batik rumahan di Yogyakarta.

Bersama email ini saya lampirkan CV saya. Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.

Hormat saya,
Dewi Lestari
""", D(6, 13, 48, 2, "+0700"), atts=[("CV_Dewi_Lestari.pdf", PDF)])

def p07():
    gmail(P + "07-application-vietnamese-docx.eml", "Nguyễn Thị Thu Hà", "thuha.nguyen@gmail.example", "Ứng tuyển Harbourline Fellowship 2027",
          """Kính gửi Ban tổ chức,

Em tên là Nguyễn Thị Thu Hà, hiện đang làm cán bộ dự án tại một trung tâm hỗ trợ phụ nữ khuyết tật ở Huế. Em xin gửi hồ sơ ứng tuyển chương trình Harbourline Fellowship 2027 (hướng Cộng đồng).

Em gửi kèm CV trong email này. Rất mong nhận được phản hồi từ Ban tổ chức.

Trân trọng,
Thu Hà
""", D(7, 8, 30, 15, "+0700"), atts=[("CV_Nguyen_Thi_Thu_Ha.docx", DOCX)])

def p08():
    outlook(P + "08-application-arabic-pdf.eml", "عمر حسن", "omar.hassan@outlook.example", "التقدم لزمالة Harbourline 2027 - عمر حسن",
            """السادة فريق المنحة المحترمين،

تحية طيبة وبعد،

أتقدم بطلبي للالتحاق بزمالة Harbourline لعام 2027 (مسار الممارسة). أعمل مهندساً معمارياً في مشروعات تحسين المساكن المجتمعية في حي كرموز بالإسكندرية.

مرفق سيرتي الذاتية باللغة الإنجليزية.

وتفضلوا بقبول فائق الاحترام،
عمر حسن
""", D(8, 14, 12, 5, "+0200"), atts=[("Omar_Hassan_CV_2026.pdf", PDF)], lang="ar-EG", rtl=True, region=("AM8P191MB", "EURP191.PROD.OUTLOOK.COM"), to="apply@grants.example")

def p09():
    gmail(P + "09-application-ngo-info-address.eml", "Ubuntu Makers Collective", "info@ubuntumakers.example", "Application: Community track – Ubuntu Makers Collective (Durban)",
          """Sawubona Harbourline team,

We're a small community maker space in Durban (KwaZulu-Natal) and we'd like to apply for the Community track. Our coordinator, Thandeka Mkhize, would be the fellow. She runs our Saturday repair cafe and the girls' electronics club.

Her CV is on our website: https://ubuntumakers.example/team/thandeka-mkhize-cv.pdf
Thandeka is copied on this email. Please keep info@ in the loop as well, since the whole team reads it.

Kind regards,
Sipho Ndlovu
on behalf of Ubuntu Makers Collective
https://ubuntumakers.example
""", D(9, 11, 25, 0, "+0200"), cc="Thandeka Mkhize <thandeka.m@gmail.example>")

# -------------------------------------------------------------------------------- answers / replies
def p10():
    th = Thread("Brian Ochieng", "brian.ochieng@gmail.example", "Application - Brian Ochieng - Research track", D(3, 11, 58, 0, "+0300"), "<CAFb8Gh9Jk0Lz1Xc2Vb3Nm4Qw5Er6Ty7Ui8Op@mail.gmail.com>")
    gmail(P + "10-answers-kenya-gmail-quoted.eml", th.name, th.email, th.re,
          """Dear Grants Team,

Thank you for the quick response. Here are my answers:

1. Research track.
2. I can start from 1 February 2027.
3. Referee: Dr. Mercy Atieno, Senior Lecturer, Maseno University – m.atieno@maseno-uni.example
4. Yes, I will need a Schengen visa. Travel support would be very helpful.

Best regards,
Brian Ochieng
""", D(3, 19, 40, 12, "+0300"), th=th)

def p11():
    th = Thread("Mehmet Kaya", "mehmet.kaya@itu-mail.example", "Harbourline Fellowship Başvurusu - Mehmet Kaya", D(4, 11, 31, 0, "+0300"), "<AS2PR01MB9140A1B2C3D4E5F60718293A4B5C6D7E@AS2PR01MB9140.eurprd01.prod.outlook.com>")
    outlook(P + "11-answers-turkish-outlook.eml", th.name, th.email, "YNT: " + th.re,
            """Merhaba,

Sorularınızın cevapları aşağıdadır:

1. Araştırma (Research) alanında başvuruyorum.
2. Mart 2027'den itibaren başlayabilirim.
3. Referans: Prof. Dr. Ayşe Demir – ayse.demir@itu-mail.example
4. Evet, vize için desteğe ihtiyacım olacak.

Teşekkürler, iyi çalışmalar.

Mehmet Kaya
""", D(5, 9, 14, 0, "+0300"), th=th, labels=("Kimden", "Gönderildi", "Kime", "Konu"), sent="4 Kasım 2026 Çarşamba 11:32", lang="tr-TR", region=("AS2PR01MB", "eurprd01.prod.outlook.com"))

def p12():
    th = Thread("田中 健太", "kenta.tanaka@kitayama-u.example", "Harbourline Fellowship 応募（田中健太）", D(5, 10, 20, 0, "+0900"), "<20261105102000.7F3A.KENTA@kitayama-u.example>")
    d = D(6, 9, 5, 30, "+0900")
    h = inbound(d, "mail.kitayama-u.example", "198.51.100.150", "<kenta.tanaka@kitayama-u.example>", dkim_domain="kitayama-u.example")
    h += "Received: from [10.0.5.21] (unknown [203.0.113.81])\n\tby mail.kitayama-u.example (Postfix) with ESMTPSA id 4Rf2Kp6QzVz1x3\n\tfor <apply@grants.example>; Fri,  6 Nov 2026 09:05:31 +0900 (JST)\n"
    h += "Date: Fri, 06 Nov 2026 09:05:30 +0900\nFrom: %s\nTo: Grants Team <apply@grants.example>\nSubject: %s\nMessage-Id: <20261106090530.8A21.KENTA@kitayama-u.example>\nIn-Reply-To: %s\nReferences: %s %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"ISO-2022-JP\"\nContent-Transfer-Encoding: 7bit\nX-Mailer: Becky! ver. 2.81.06 [ja]\n" % (
        addr("田中 健太", "kenta.tanaka@kitayama-u.example", "iso-2022-jp"), ew(th.re, "iso-2022-jp"), th.ack_mid, th.app_mid, th.ack_mid)
    t = """Grants Team 御中

お世話になっております。Harbourline Fellowship に応募しました田中です。
ご質問への回答をお送りします。

> 1. Which track are you applying for: Research, Practice or Community?

Research でお願いいたします。

> 2. What is the earliest date you could start the fellowship?

2027年4月1日から可能です。

> 3. Please give the name and email address of one referee.

北山大学の山本 浩 教授です。
yamamoto.hiroshi@kitayama-u.example

> 4. Will you need a visa or travel support to attend the opening week in
>    Rotterdam (8-12 March 2027)?

日本国籍のため短期滞在のビザは不要と理解しております。
渡航費のご支援をいただけると大変助かります。

以上、よろしくお願いいたします。

--
田中 健太 (TANAKA Kenta)
北山大学 環境科学研究科
"""
    write(P + "12-answers-japanese-inline.eml", h, ("", t.encode("iso2022_jp").decode("ascii")), mime=False)

def p13():
    th = Thread("Оксана Петренко", "oksana.petrenko@ukr-mail.example", "Заявка на Harbourline Fellowship – Оксана Петренко", D(5, 13, 38, 0, "+0200"), "<7b2e4c1a-9f3d-4a8e-b6c5-2d1e0f9a8b7c@ukr-mail.example>")
    t = """Добрий день!

Дякую за швидку відповідь. Мої відповіді:

1. Напрям: Practice (практика).
2. Можу розпочати з 15 січня 2027 року.
3. Рекомендацію надасть д-р Іван Коваленко, ivan.kovalenko@knu-mail.example
4. Так, мені потрібна віза, а також часткова підтримка на дорогу.

З повагою,
Оксана Петренко

%s, Grants Team пише:
""" % th.ack_date.astimezone(dt.timezone(dt.timedelta(hours=2))).strftime("%d.%m.%y %H:%M") + quote(ACK_BODY, "> ")
    thunderbird(P + "13-answers-ukrainian-thunderbird.eml", th.name, th.email, th.re, t, D(6, 20, 11, 45, "+0200"), th=th, ua="Mozilla Thunderbird", helo=("smtp.ukr-mail.example", "198.51.100.58"), lang="uk")

def p14():
    th = Thread("Tomasz Nowak", "tomasz.nowak.krk@gmail.example", "Zgłoszenie do Harbourline Fellowship - Tomasz Nowak", D(10, 9, 13, 0, "+0100"), "<CAMx0Yc1Vb2Nm3Qw4Er5Ty6Ui7Op8As9Df0Gh@mail.gmail.com>")
    gmail(P + "14-answers-polish-mobile.eml", th.name, th.email, th.re,
          """Dzień dobry,
1. Community
2. od marca 2027
3. dr hab. Piotr Zieliński, p.zielinski@uj-mail.example
4. nie potrzebuję wizy (obywatelstwo PL), ale prosiłbym o zwrot kosztów podróży

Pozdrawiam
Tomasz Nowak
""", D(10, 12, 47, 3, "+0100"), th=th, attrib="wt., 10 lis 2026 o 09:15 Grants Team <apply@grants.example> napisał(a):")

def p15():
    th = Thread("Chipo Moyo", "chipo.moyo@icloud.example", "Harbourline fellowship application – Chipo Moyo", D(11, 8, 1, 0, "+0200"), "<A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D@icloud.example>")
    iphone(P + "15-short-thanks-iphone.eml", th.name, th.email, th.re, "Thank you! I will send my answers by Friday.", D(11, 8, 20, 44, "+0200"), th=th)

def p16():
    th = Thread("Samira Haddad", "samira.haddad@gmail.example", "Application – Samira Haddad (Research)", D(6, 16, 0, 0, "+0200"), "<CAJs4Hd5Fg6Hj7Kl8Zx9Cv0Bn1Mq2We3Rt4Yu@mail.gmail.com>")
    gmail(P + "16-answers-mentions-holiday.eml", th.name, th.email, th.re,
          """Hi,

Sorry for the slow reply - I was on holiday last week with no internet, and I'm out of office again from 20 November until early December, so I wanted to send my answers before then.

1. Research
2. Any time after 1 March 2027
3. Dr. Nabil Khoury, n.khoury@aul-uni.example
4. I will need a Schengen visa, and travel support would help.

If you need anything else I will check email now and then while I'm away.

Best,
Samira
""", D(16, 22, 3, 9, "+0200"), th=th)

def p17():
    yahoo(P + "17-resend-after-delivery-failure.eml", "Chinedu Eze", "chinedu.eze@yahoo.example", "Delivery failure - resending my application (Chinedu Eze)",
          """Dear Sir/Ma,

I sent my application last week but afterwards I got a "delivery failure" message in my inbox, so I am not sure you received it. I think my mailbox was full at that time. I have cleared it now.

I am resending my CV as attachment. I am applying for the Practice track.

Thank you.
Chinedu Eze
Enugu, Nigeria
""", D(12, 7, 44, 0, "+0100"), atts=[("Chinedu_Eze_CV.pdf", PDF)], sig="Sent from Yahoo Mail for iPhone")

def p18():
    outlook(P + "18-referee-hr-address-pdf.eml", "Lagoon Health Trust HR", "hr@lagoonhealth.example", "Reference for Amina Okafor - Harbourline Fellowship",
            """Dear Grants Team,

Please find attached a letter of reference for Ms Amina Okafor, who has applied for the Harbourline Fellowship 2027 and named our Head of HR as her referee.

Kindly acknowledge receipt.

Regards,
HR Unit
Lagoon Health Trust
""", D(12, 15, 30, 0, "+0100"), atts=[("Reference_Amina_Okafor.pdf", PDF)], lang="en-GB", region=("LO2P265MB", "GBRP265.PROD.OUTLOOK.COM"),
            extra="X-Proofpoint-GUID: %s\nX-Proofpoint-ORIG-GUID: %s\nX-Proofpoint-Virus-Version: vendor=baseguard\n engine=ICAP:2.0.293,Aquarius:18.0.1057,Hydra:6.0.680,FMLib:17.12.62.30\n definitions=2026-11-12_06,2026-11-12_01,2026-11-12_01\nX-Proofpoint-Spam-Details: rule=outbound_notspam policy=outbound score=0 mlxscore=0 spamscore=0\n adultscore=0 bulkscore=0 phishscore=0 suspectscore=0 classifier=spam adjust=0\n reason=mlx scancount=1 engine=8.19.0-2409240000 definitions=main-2611120123\n" % (an(32), an(32)),
            disclaimer="""
DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Lagoon Health Trust accepts no liability for any damage caused by viruses transmitted by this email.
Please consider the environment before printing this email.
""")

def p19():
    d = D(13, 11, 2, 40, "+0000")
    a = "h.brooks@northfield-uni.example"
    mid, srv = exid("CWXP123MB", "GBRP123.PROD.OUTLOOK.COM")
    h = inbound(d, "eu-smtp-delivery-151.mimecast.com", "185.58.86.151", "<%s>" % a, dkim_domain="northfield-uni.example", dmarc="pass (p=REJECT sp=REJECT dis=NONE) header.from=northfield-uni.example")
    h += "Received: from GBR01-CWX-obe.outbound.protection.outlook.com\n (mail-cwxgbr01lp2041.outbound.protection.outlook.com [104.47.20.41]) by\n relay.mimecast.com with ESMTP with both STARTTLS and AUTH (version=TLSv1.3,\n cipher=TLS_AES_256_GCM_SHA384) id uk-mta-12-%s-1; Fri, 13 Nov 2026 11:02:41 +0000\nX-MC-Unique: %s-1\nX-Mimecast-MFC-AGG-ID: %s_\n" % (an(22), an(22), an(22))
    h += eop_received(srv, "GBRP123.PROD.OUTLOOK.COM", d)
    h += "From: \"Brooks, Helen\" <h.brooks@northfield-uni.example>\nTo: Grants Team <apply@grants.example>\nCC: Kwabena Asante <kwabena.asante@gmail.example>\nSubject: FW: [EXTERNAL] Reference request - Harbourline Fellowship\nThread-Topic: [EXTERNAL] Reference request - Harbourline Fellowship\nThread-Index: %s\nDate: %s\nMessage-ID: %s\nReferences: <CAKw9Bn1Vc2Xz3As4Dq5Wf6Eg7Rh8Ty9Uj0Ik@mail.gmail.com>\nIn-Reply-To: <CAKw9Bn1Vc2Xz3As4Dq5Wf6Eg7Rh8Ty9Uj0Ik@mail.gmail.com>\nAccept-Language: en-GB, en-US\nContent-Language: en-GB\nX-MS-Has-Attach:\nX-MS-TNEF-Correlator:\nX-Mimecast-Spam-Score: 0\nX-Mimecast-Originator: northfield-uni.example\n" % (thread_index(), F(d), mid)
    t = """Dear Harbourline Fellowship team,

Kwabena asked me to send my reference directly to you - please see below, and do let me know if you need it on letterhead.

I supervised Kwabena Asante's MSc dissertation on informal e-waste recycling in Accra (2023-24). He was one of the most independent students I have worked with in recent years: he negotiated access to a difficult field site, built trust with the recyclers themselves, and wrote up his findings clearly and on time. He also co-authored a policy brief with our group that was picked up by the local assembly.

I recommend him very warmly for the Research track.

Best wishes,
Helen

Prof. Helen Brooks
School of Geography, Northfield University
She/her | I work part-time, Monday to Wednesday

________________________________
From: Kwabena Asante <kwabena.asante@gmail.example>
Sent: 12 November 2026 21:14
To: Brooks, Helen <h.brooks@northfield-uni.example>
Subject: [EXTERNAL] Reference request - Harbourline Fellowship

CAUTION: This email originated from outside of the University. Do not click links or open attachments unless you recognise the sender and know the content is safe.

Dear Prof. Brooks,

I hope you are well. I have applied for the Harbourline Fellowship 2027 (Research track) and the programme asks for one referee. Would you be willing to send a short reference to apply@grants.example?

Many thanks,
Kwabena
"""
    b = "_000_%s%s_" % (srv, hx(24).upper())
    write(P + "19-referee-mimecast-external.eml", h, M("alternative", [T(t, cte="quoted-printable", quote_cs=False), T(html_wrap(paras_html(t)), "html", cte="quoted-printable", quote_cs=False)], boundary=b))

def p20():
    th = Thread("Sahyog Rural Tech Foundation", "support@sahyogrural.example", "Application - Sahyog Rural Tech Foundation - Community track",
                D(5, 16, 40, 0, "+0530"), "<CAOk1Lm2Nb3Vc4Xz5As6Dq7Wf8Eg9Rh0Ty1Uj@mail.gmail.com>")
    d = D(6, 6, 2, 17)
    h = inbound(d, "mail1.freshdesk-mail.example", "198.51.100.31", "<bounces+2193811-9a7e-apply=grants.example@em.freshdesk.example>", dkim_domain="sahyogrural.example")
    h += "Date: Fri, 06 Nov 2026 06:02:16 +0000 (UTC)\nFrom: Meera Joshi <support@sahyogrural.example>\nReply-To: Sahyog Rural Tech Support <support@sahyogrural.example>\nTo: apply@grants.example\nMessage-ID: <fd.1184.%s@sahyogrural.freshdesk.example>\nIn-Reply-To: %s\nReferences: %s %s\nSubject: %s\nMIME-Version: 1.0\nX-FD-Email-Category: 1\nX-Freshdesk-Ticket-ID: 1184\n" % (hx(20), th.ack_mid, th.app_mid, th.ack_mid, th.re)
    t = """Hi Grants Team,

This is Meera from Sahyog - sorry, our helpdesk sent you a ticket notice yesterday; please ignore that. Answering your questions here:

1. Community track
2. We can start from April 2027
3. Referee: Mr. Arvind Kulkarni, Director, Pune Rural Innovation Network - arvind.k@prin-india.example
4. I would be the fellow and would need a Schengen visa; travel support would be very welcome.

Regards,
Meera Joshi
Programme Lead, Sahyog Rural Tech Foundation

Ticket #1184: https://sahyogrural.freshdesk.example/helpdesk/tickets/1184
"""
    write(P + "20-answers-via-freshdesk-agent.eml", h, M("alternative", [T(t), T('<div dir="ltr">' + "<br>".join(H.escape(l) for l in t.strip().split("\n")) + "</div>\n", "html")], boundary="--==_mimepart_" + hx(24)), mime=False)

def p21():
    th = Thread("Joseph Okello", "joseph.okello@gmail.example", "Application Harbourline Fellowship - Joseph Okello", D(13, 10, 0, 0, "+0300"), "<CANp5Ty6Ui7Op8As9Df0Gh1Jk2Lz3Xc4Vb5Nm6@mail.gmail.com>")
    d = D(17, 18, 22, 50, "+0300")
    h = inbound(d, "mail-sor-f69.google.com", "209.85.220.69", "<fellowship+bncBDQ5N3KTWIFRBP6Z2K3@grants.example>", dkim_domain="grants.example")
    h += "ARC-Seal: i=2; a=rsa-sha256; t=%d; cv=pass;\n        d=google.com; s=arc-20240605;\n        b=%s\nARC-Authentication-Results: i=2; mx.google.com;\n       dkim=pass header.i=@gmail.example header.s=20230601;\n       spf=pass (google.com: domain of joseph.okello@gmail.example designates 209.85.220.41 as permitted sender) smtp.mailfrom=joseph.okello@gmail.example;\n       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.example\n" % (int(d.timestamp()), an(70))
    h += "X-BeenThere: fellowship@grants.example\nX-Original-Sender: joseph.okello@gmail.example\nX-Original-Authentication-Results: mx.google.com;       dkim=pass header.i=@gmail.example;       spf=pass smtp.mailfrom=joseph.okello@gmail.example\nPrecedence: list\nMailing-list: list fellowship@grants.example; contact fellowship+owners@grants.example\nList-ID: <fellowship.grants.example>\nX-Spam-Checked-In-Group: joseph.okello@gmail.example\nX-Google-Group-Id: 481930572211\nList-Post: <https://groups.google.com/a/grants.example/group/fellowship/post>, <mailto:fellowship@grants.example>\nList-Help: <https://support.google.com/a/grants.example/bin/topic.py?topic=25838>, <mailto:fellowship+help@grants.example>\nList-Archive: <https://groups.google.com/a/grants.example/group/fellowship/>\nList-Unsubscribe: <mailto:googlegroups-manage+481930572211+unsubscribe@googlegroups.com>,\n <https://groups.google.com/a/grants.example/group/fellowship/subscribe>\n"
    h += "MIME-Version: 1.0\nReferences: %s %s\nIn-Reply-To: %s\nFrom: \"'Joseph Okello' via Harbourline Fellowship\" <fellowship@grants.example>\nDate: %s\nMessage-ID: <CA%s@mail.gmail.com>\nSubject: %s\nTo: fellowship@grants.example\nX-Original-From: Joseph Okello <joseph.okello@gmail.example>\nReply-To: Joseph Okello <joseph.okello@gmail.example>\n" % (th.app_mid, th.ack_mid, th.ack_mid, F(d), an(42), th.re)
    t = """Hello,

I am sending my answers to this address because it is the one on your website - I hope that is fine.

1. Community
2. From February 2027
3. Ms. Grace Nakimuli, Executive Director, Gulu Youth Hub: grace@guluyouthhub.example
4. Yes, I need a visa and travel support.

Thank you,
Joseph Okello
Gulu, Uganda
"""
    plain = t + "\nOn %s Grants Team <apply@grants.example> wrote:\n\n" % th.ack_date.astimezone(d.tzinfo).strftime("%a, %-d %b %Y at %H:%M") + quote(ACK_BODY)
    plain += "\n-- \nYou received this message because you are subscribed to the Google Groups \"Harbourline Fellowship\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to fellowship+unsubscribe@grants.example.\n"
    write(P + "21-answers-via-google-group.eml", h, M("alternative", [T(plain, cs="UTF-8", quote_cs=False), T(to_html_gmail(plain), "html", cs="UTF-8", quote_cs=False)], boundary="0000000000%s" % hx(18)), mime=False)

def p22():
    d = D(14, 23, 40, 0, "+0900")
    a = "minji.kim@naver.example"
    h = inbound(d, "cvsmtppost03.nm.naver.com", "125.209.224.206", "<%s>" % a, dkim_domain="naver.example")
    h += "X-Naver-Reason: NONE\nX-Naver-Originating-IP: 211.36.%d.%d\nMIME-Version: 1.0\nMessage-ID: <%s@cweb%03d.nm.nfra.io>\nFrom: %s\nTo: <apply@grants.example>\nSubject: %s\nDate: %s\nX-Naver-CIP: 211.36.%d.%d\nImportance: normal\nX-Priority: 3\n" % (
        rnd.randint(1, 250), rnd.randint(1, 250), hx(40), rnd.randint(1, 200), addr("김민지", a), ew("지원 마감일 문의드립니다"), F(d), rnd.randint(1, 250), rnd.randint(1, 250))
    t = """안녕하세요,

Harbourline Fellowship 2027에 지원하려고 하는 김민지라고 합니다.
지원 마감일이 언제인지, 그리고 추천서를 따로 제출해야 하는지 궁금합니다.
영문 이력서만 보내도 괜찮을까요?

답변 주시면 감사하겠습니다.
김민지 드림
"""
    write(P + "22-question-korean-deadline.eml", h, M("alternative", [T(t, cte="base64", quote_cs=False), T('<div style="font-family:나눔고딕, NanumGothic, sans-serif; font-size:10pt;"><p>' + "</p><p>".join(H.escape(l) for l in t.strip().split("\n")) + "</p></div>\n", "html", cte="base64", quote_cs=False)], boundary="----=_Part_%d_%d.%d" % (rnd.randint(10**5, 10**6), rnd.randint(10**8, 10**9), int(d.timestamp()*1000))), mime=False)

def p23():
    d = D(15, 17, 5, 12, "+0100")
    a = "lena.hoffmann@gmx.example"
    h = inbound(d, "mout.gmx.example", "212.227.17.22", "<%s>" % a, dkim_domain="gmx.example")
    h += "X-UI-Sender-Class: 01bb95c1-4bf8-414a-932a-4f6e2808ef9c\nReceived: from [80.187.%d.%d] ([80.187.%d.%d]) by web-mail.gmx.example\n (3c-app-gmx-bs%02d.server.lan [172.19.170.%d]) (via HTTP); Sun, 15 Nov 2026\n 17:05:12 +0100\n" % (rnd.randint(1,250), rnd.randint(1,250), rnd.randint(1,250), rnd.randint(1,250), rnd.randint(1,60), rnd.randint(1,250))
    h += "MIME-Version: 1.0\nMessage-ID: <trinity-%s-%d@3c-app-gmx-bs%02d>\nFrom: Lena Hoffmann <%s>\nTo: apply@grants.example\nSubject: Frage zur Teilnahmeberechtigung\nDate: Sun, 15 Nov 2026 17:05:12 +0100\nImportance: normal\nSensitivity: Normal\nX-Priority: 3\nX-Provags-ID: V03:K1:%s\nX-UI-Message-Type: mail\n" % (
        "%s-%s-%s-%s-%s" % (hx(8), hx(4), hx(4), hx(4), hx(12)), int(d.timestamp()*1000), rnd.randint(1, 60), a, an(60))
    t = """Sehr geehrtes Harbourline-Team,

ich habe eine kurze Frage, bevor ich mich bewerbe: Ich habe meinen Master im Juli 2026 abgeschlossen und arbeite derzeit in Teilzeit bei einer Stiftung. Kann ich mich trotzdem für den Research-Track bewerben, oder ist eine Promotion Voraussetzung?

Vielen Dank im Voraus und viele Grüße
Lena Hoffmann
"""
    write(P + "23-question-german-eligibility.eml", h, ('Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n', qp('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>' + "</div>\n<div>".join(H.escape(l) if l else "&nbsp;" for l in t.strip().split("\n")) + "</div></div></body></html>\n")), mime=False)

def p24():
    gmail(P + "24-withdrawal.eml", "Daniel Tesfaye", "daniel.tesfaye@gmail.example", "Withdrawal of application – Daniel Tesfaye",
          """Dear Grants Team,

I would like to withdraw my application for the Harbourline Fellowship 2027. I have accepted a position at a research institute in Addis Ababa that starts in January, so I will not be able to take part.

Thank you for your time, and I hope to apply again in a future round.

አመሰግናለሁ,
Daniel Tesfaye
""", D(18, 9, 31, 0, "+0300"))

def p25():
    gmail(P + "25-receipt-question-swahili.eml", "Halima Juma", "halima.juma@gmail.example", "Uthibitisho wa kupokea maombi",
          """Habari za leo,

Nilituma maombi yangu ya Harbourline Fellowship tarehe 9 Novemba pamoja na CV yangu, lakini sijapata jibu lolote bado. Naomba mnithibitishie kama mmepokea maombi yangu.

Asanteni sana,
Halima Juma
Dar es Salaam, Tanzania
""", D(19, 14, 2, 0, "+0300"))

def p26():
    th = Thread("Farhana Akter", "farhana.akter@gmail.example", "Harbourline Fellowship আবেদন - ফারহানা আক্তার", D(19, 20, 10, 0, "+0600"), "<CAGq6Wr7Et8Yu9Io0Pa1Sd2Fg3Hj4Kl5Zx6Cv@mail.gmail.com>")
    gmail(P + "26-answers-bengali.eml", th.name, th.email, th.re,
          """প্রিয় Grants Team,

আপনাদের প্রশ্নের উত্তর নিচে দিলাম:

১. Community track
২. ২০২৭ সালের ফেব্রুয়ারি থেকে শুরু করতে পারব।
৩. রেফারি: ড. মাহমুদুল হক, mahmudul.haque@du-mail.example
৪. হ্যাঁ, আমার ভিসা এবং ভ্রমণ সহায়তা লাগবে।

ধন্যবাদ,
ফারহানা আক্তার
""", D(20, 10, 45, 0, "+0600"), th=th)

def p27():
    gmail(P + "27-application-urdu.eml", "Sana Malik", "sana.malik@pu-mail.example", "Harbourline Fellowship کے لیے درخواست",
          """السلام علیکم،

میرا نام ثنا ملک ہے اور میرا تعلق لاہور سے ہے۔ میں Harbourline Fellowship 2027 کے Research track کے لیے درخواست دینا چاہتی ہوں۔ میں پنجاب یونیورسٹی میں ماحولیاتی سائنس میں ایم فل کر رہی ہوں۔

میرا سی وی اس لنک پر موجود ہے:
https://drive.example/sana-malik-cv

شکریہ،
ثنا ملک
""", D(20, 16, 30, 0, "+0500"), rtl=True)

def p28():
    th = Thread("Rahul Yadav", "rahul.yadav@gmail.example", "Harbourline Fellowship के लिए आवेदन", D(21, 10, 0, 0, "+0530"), "<CAHz7Xc8Vb9Nm0Qw1Er2Ty3Ui4Op5As6Df7Gh@mail.gmail.com>")
    gmail(P + "28-answers-hindi-short.eml", th.name, th.email, th.re,
          """नमस्ते,

आपके प्रश्नों के उत्तर:
1. Practice
2. जनवरी 2027 से
3. डॉ. सुनीता मिश्रा, sunita.mishra@bhu-mail.example
4. हाँ, वीज़ा चाहिए।

धन्यवाद
राहुल यादव
""", D(21, 19, 12, 0, "+0530"), th=th)

def p29():
    th = Thread("陈晓燕", "chenxy2026@163.example", "申请 Harbourline Fellowship（陈晓燕）", D(14, 10, 19, 0, "+0800"), "<6f3e2d1c.1a2b.19a3b4c5d6e.Coremail.chenxy2026@163.example>")
    d = D(15, 9, 40, 8, "+0800")
    h = inbound(d, "m16.mail.163.example", "220.181.12.16", "<chenxy2026@163.example>", dkim_domain="163.example")
    h += "Received: from chenxy2026$163.example ( [36.112.%d.%d] ) by\n ajax-webmail-wmsvr-40-121 (Coremail) ; Sun, 15 Nov 2026 09:40:08 +0800\n (CST)\nX-Originating-IP: [36.112.%d.%d]\n" % (rnd.randint(1,250), rnd.randint(1,250), rnd.randint(1,250), rnd.randint(1,250))
    h += "Date: Sun, 15 Nov 2026 09:40:08 +0800 (CST)\nFrom: %s\nTo: \"Grants Team\" <apply@grants.example>\nSubject: %s\nX-Priority: 3\nX-Mailer: Coremail Webmail Server Version 2023.3-cmXT build\n 20250806(a7d2f5e1) Copyright (c) 2002-2026 www.mailtech.cn 163com\nIn-Reply-To: %s\nReferences: %s %s\nX-NTES-SC: AL_Qu2%s\nMIME-Version: 1.0\nMessage-ID: <%s.%s.%s.Coremail.chenxy2026@163.example>\nX-Coremail-Locale: zh_CN\nX-CM-TRANSID:_____wD3%s\nX-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==\nX-CM-SenderInfo: %s\n" % (
        addr("陈晓燕", "chenxy2026@163.example", "gbk"), ew(th.re, "gbk"), th.ack_mid, th.app_mid, th.ack_mid, an(40), hx(8), hx(4), hx(11), an(30), an(20))
    t = """您好，

谢谢您的来信。以下是我的回答：

1. 我申请 Research（研究）方向。
2. 最早可以在2027年3月开始。
3. 推荐人：刘建国教授，liujianguo@zju-mail.example
4. 需要申请申根签证，也希望能获得差旅资助。

如有其他需要补充的材料，请随时告知。

祝好！
陈晓燕

在 %s，"Grants Team" <apply@grants.example> 写道：
""" % th.ack_date.astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%Y-%m-%d %H:%M:%S") + quote(ACK_BODY, ">")
    htm = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><p style="margin:0">' + '</p><p style="margin:0">'.join(H.escape(l) if l else "<br>" for l in t.split("\n在 ")[0].strip().split("\n")) + '</p><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><p style="margin:0;"><br></p><pre><br>' + H.escape("在 " + t.split("\n在 ")[1]) + "</pre></div>\n"
    write(P + "29-answers-chinese-163.eml", h, M("alternative", [T(t, cs="GBK", cte="base64", quote_cs=False), T(htm, "html", cs="GBK", cte="base64", quote_cs=False)], boundary="----=_Part_%d_%d.%d" % (rnd.randint(10**5, 10**6), rnd.randint(10**8, 10**9), int(d.timestamp()*1000))), mime=False)

def p30():
    gmail(P + "30-application-italian.eml", "Marco Bianchi", "marco.bianchi@libero.example", "Candidatura Harbourline Fellowship 2027 – Marco Bianchi",
          """Gentile team Harbourline,

con la presente invio la mia candidatura per la Harbourline Fellowship 2027 (percorso Practice). Sono un urbanista e lavoro da cinque anni su progetti partecipativi di rigenerazione di quartiere a Napoli.

In allegato trovate il mio CV.

Cordiali saluti,
Marco Bianchi
""", D(22, 11, 3, 0, "+0100"), atts=[("CV_Marco_Bianchi.pdf", PDF)])

def p31():
    gmail(P + "31-forwarded-referee-bounce.eml", "Zainab Yusuf", "zainab.yusuf@gmail.example", "Fwd: Delivery Status Notification (Failure)",
          """Hello,

I tried to send my referee's details to Dr. Okoro's old address and got the message below. Please use her new email instead: c.okoro@unilag-staff.example

Sorry for the confusion.
Zainab Yusuf (applicant, Research track)

---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: Mon, 16 Nov 2026 at 09:12
Subject: Delivery Status Notification (Failure)
To: <zainab.yusuf@gmail.example>


Address not found

Your message wasn't delivered to chioma.okoro@unilag-old.example because the address couldn't be found, or is unable to receive mail.

LEARN MORE

The response from the remote server was:

550 5.1.1 <chioma.okoro@unilag-old.example>: Recipient address rejected: User unknown in virtual mailbox table
""", D(16, 9, 30, 0, "+0100"))

def p32():
    outlook(P + "32-change-of-address-notice.eml", "Juan Pablo Herrera", "jp.herrera@uchile-mail.example", "Change of email address",
            """Dear Grants Team,

Please note that my university account (jp.herrera@uchile-mail.example) will be closed at the end of this month because my contract ends. From now on, please write to me at juanpablo.herrera@gmail.example for anything related to my application (Research track, submitted on 3 November).

Thank you, and sorry for the extra step.

Saludos,
Juan Pablo Herrera
""", D(24, 10, 15, 0, "-0300"), lang="es-CL", region=("SCYP152MB", "LAMP152.PROD.OUTLOOK.COM"), cc="Juan Pablo Herrera <juanpablo.herrera@gmail.example>")

def p33():
    th = Thread("Kiran Thapa", "kiran.thapa@outlook.example", "Application for Harbourline Fellowship - Kiran Thapa", D(19, 21, 40, 0, "+0545"), "<KL1PR02MB6283E1F2A3B4C5D6E7F8091A2B3C4D5E@KL1PR02MB6283.apcprd02.prod.outlook.com>")
    outlook(P + "33-one-line-answer-android.eml", th.name, th.email, th.re, "Research track. धन्यवाद!\n\nGet Outlook for Android\n", D(20, 7, 2, 0, "+0545"), th=th, sent="Thursday, November 19, 2026 9:41:12 PM", region=("KL1PR02MB", "apcprd02.prod.outlook.com"), helo="APC01-TYZ-obe.outbound.protection.outlook.com", ip="40.107.117.57", mobile=True)

def p34():
    outlook(P + "34-referee-spanish-letter-pdf.eml", "Rosa Villanueva Paredes", "rvillanueva@unsm-ciencias.example", "Carta de recomendación - Mateo Quispe Huamán",
            """Estimados señores:

Adjunto la carta de recomendación para el Sr. Mateo Quispe Huamán, postulante a la Harbourline Fellowship 2027.

Quedo atenta a cualquier consulta.

Atentamente,

Dra. Rosa Villanueva Paredes
Profesora Principal – Facultad de Ciencias
""", D(18, 17, 50, 0, "-0500"), atts=[("Carta_recomendacion_Mateo_Quispe.pdf", PDF)], lang="es-PE", region=("SJ0PR02MB", "namprd02.prod.outlook.com"), helo="NAM02-SN1-obe.outbound.protection.outlook.com", ip="40.107.96.71",
            disclaimer="""
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo ha recibido por error, por favor notifíquelo al remitente y elimínelo de su sistema.
""")

def p35():
    yahoo(P + "35-application-romanian.eml", "Andreea Popescu", "andreea.popescu@yahoo-ro.example", "Aplicație Harbourline Fellowship 2027",
          """Bună ziua,

Mă numesc Andreea Popescu și doresc să aplic pentru Harbourline Fellowship 2027, pe direcția Community. Coordonez proiecte de educație rurală în județul Cluj.

Atașez CV-ul meu. Vă mulțumesc pentru timpul acordat!

Cu stimă,
Andreea Popescu
""", D(26, 20, 18, 0, "+0200"), atts=[("CV_Andreea_Popescu.pdf", PDF)], sig=None)

ALL = [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35]
