from lib import *
import html as _html

def exid(pfx="PA4PR08MB", dom="eurprd08.prod.outlook.com"):
    srv = "%s%04d" % (pfx, rnd.randint(1000, 9999))
    return "<%s%s@%s.%s>" % (srv, hx(32).upper(), srv, dom), srv

def thread_index():
    return "AQHb" + an(28) + "=="

def eop_received(srv, dom, d):
    return ("Received: from %s.%s (2603:10a6:%s:%s::%d) by\n %s%04d.%s (2603:10a6:%s:%s::%d) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s\n"
            % (srv, dom, hx(3), hx(3), rnd.randint(1, 20), srv[:-4], rnd.randint(1000, 9999), dom, hx(3), hx(3), rnd.randint(1, 20), rnd.randint(8000, 8300), rnd.randint(1, 30), F(d)))

def html_wrap(inner, lang=None, rtl=False, charset="utf-8"):
    d = ' dir="rtl"' if rtl else ""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body%s>\n%s\n</body>\n</html>\n' % (charset, d, inner))

def paras_html(text, style='font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt; color:rgb(0,0,0)', rtl=False):
    out = []
    for l in text.rstrip("\n").split("\n"):
        out.append('<div style="%s"%s>%s</div>' % (style, ' dir="rtl"' if rtl else "", _html.escape(l) if l else "<br>"))
    return "\n".join(out)

def exchange_ooo(rel, th, from_name, from_addr, prefix, text, d, lang="en-US", region=("AM9PR04MB", "eurprd04.prod.outlook.com"), cs="utf-8", rtl=False, helo=None, ip="40.107.22.70", auto="auto-generated", extra=""):
    mid, srv = exid(*region)
    dom = from_addr.split("@")[1]
    helo = helo or "EUR05-AM6-obe.outbound.protection.outlook.com"
    subj = "%s %s" % (prefix, th.re)
    h = inbound(d, helo, ip, "<%s>" % from_addr, dkim_domain=dom, dmarc="pass (p=NONE sp=NONE dis=NONE) header.from=" + dom)
    h += eop_received(srv, region[1], d)
    h += "From: %s\nTo: Grants Team <apply@grants.example>\nSubject: %s\nThread-Topic: %s\nThread-Index: %s\nDate: %s\nMessage-ID: %s\nReferences: %s\n %s\nIn-Reply-To: %s\n" % (
        addr(from_name, from_addr, cs), ew(subj, cs), ew(th.re, cs), thread_index(), F(d), mid, th.app_mid, th.ack_mid, th.ack_mid)
    if auto:
        h += "Auto-Submitted: %s\n" % auto
    h += "X-MS-Has-Attach:\nX-MS-Exchange-Organization-SCL: -1\nX-MS-TNEF-Correlator:\nX-Auto-Response-Suppress: All\nContent-Language: %s\n" % lang
    h += "X-MS-Exchange-Organization-AuthSource: %s.%s\nX-MS-Exchange-Organization-AuthAs: Internal\n" % (srv, region[1])
    h += extra
    b = "_000_%s%s_" % (srv, hx(24).upper())
    html = html_wrap(paras_html(text, rtl=rtl), rtl=rtl, charset=cs)
    cte = "base64" if cs != "utf-8" or rtl else "quoted-printable"
    part = M("alternative", [T(text, cs=cs, cte=cte, quote_cs=False), T(html, "html", cs=cs, cte=cte, quote_cs=False)], boundary=b)
    write(rel, h, part)
    return mid
