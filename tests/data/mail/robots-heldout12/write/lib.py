"""Tiny MIME writer for the robots-heldout12 set (hand-written mail, no project code)."""
import base64, quopri, email.utils, datetime as dt, hashlib, random
from email.header import Header

R = random.Random(1211)

def is_ascii(s):
    try:
        s.encode('ascii'); return True
    except UnicodeEncodeError:
        return False

def h(s):
    """encode a free-text header value (Subject, Thread-Topic) if needed"""
    return s if is_ascii(s) else Header(s, 'utf-8', maxlinelen=76).encode()

def a(name, addr):
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return f"{Header(name, 'utf-8').encode()} <{addr}>"

def date(day, hh, mm, ss=0, tz='+0000'):
    sign = 1 if tz[0] == '+' else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    # the given time is UTC; it is shown in the sender's zone
    d = dt.datetime(2026, 11, day, hh, mm, ss, tzinfo=dt.timezone.utc).astimezone(dt.timezone(off))
    return email.utils.format_datetime(d)

def hexid(n=12):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def alnum(n=12, upper=True):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' if upper else 'abcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(R.choice(al) for _ in range(n))

def text(s, subtype='plain', cte=None, charset='utf-8', extra_ct='', desc=None):
    if cte is None:
        cte = '7bit' if is_ascii(s) else 'quoted-printable'
    raw = s.encode(charset)
    if cte == 'base64':
        body = base64.encodebytes(raw).decode()
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw).decode()
    else:
        body = s
    if not body.endswith('\n'):
        body += '\n'
    hd = f'Content-Type: text/{subtype}; charset="{charset}"{extra_ct}\n'
    if desc:
        hd = f'Content-Description: {desc}\n' + hd
    return hd + f'Content-Transfer-Encoding: {cte}\n\n' + body

def raw_part(ctype, body, desc=None, extra=''):
    hd = ''
    if desc:
        hd += f'Content-Description: {desc}\n'
    hd += f'Content-Type: {ctype}\n' + extra
    if not body.endswith('\n'):
        body += '\n'
    return hd + '\n' + body

def attach(data, ctype, filename, inline=False):
    b64 = base64.encodebytes(data).decode()
    if is_ascii(filename):
        fn = f'name="{filename}"'
        cd = f'filename="{filename}"'
    else:
        enc = Header(filename, 'utf-8').encode()
        fn = f'name="{enc}"'
        from urllib.parse import quote
        cd = f"filename*=utf-8''{quote(filename)}"
    disp = 'inline' if inline else 'attachment'
    return (f'Content-Type: {ctype}; {fn}\nContent-Disposition: {disp}; {cd}\n'
            f'Content-Transfer-Encoding: base64\n\n{b64}')

def multi(subtype, parts, boundary=None, params='', preamble=''):
    b = boundary or ('----=_Part_' + hexid(8) + '_' + hexid(6))
    out = f'Content-Type: multipart/{subtype};{params}\n\tboundary="{b}"\n\n'
    if preamble:
        out += preamble + '\n'
    for p in parts:
        out += f'--{b}\n{p}'
        if not p.endswith('\n'):
            out += '\n'
        out += '\n'
    out += f'--{b}--\n'
    return out

def message(headers, body):
    """headers: list of (name, value); body: a part string starting with its Content-Type"""
    out = ''
    has_mime = any(k.lower() == 'mime-version' for k, _ in headers)
    for k, v in headers:
        if v is None:
            continue
        out += f'{k}: {v}\n'
    if not has_mime:
        out += 'MIME-Version: 1.0\n'
    return out + body

def quote(s, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in s.rstrip('\n').split('\n')) + '\n'

def recv_in(day, hh, mm, ss, helo, ip, qid=None):
    """Received line stamped by our own MX"""
    qid = qid or alnum(11)
    return ('Received', f'from {helo} ({helo} [{ip}])\n\tby mx1.grants.example (Postfix) with ESMTPS id 4{qid}\n'
            f'\tfor <apply@grants.example>; {date(day, hh, mm, ss)} (UTC)')

# ---- our own outgoing automatic answer -------------------------------------------------

QUESTIONS = """Thank you for your application to the Community Futures Fund 2027. We have
registered it under reference {ref}.

To complete your file, please reply to this email and answer the following
questions:

1. What is the total budget of your project, and how much are you asking
   from the Fund?
2. When would the project start, and how long would it run?
3. Who else is involved (partner organisations, team members)?
4. Have you received a grant from the Fund before? If so, in which year?

Please send your answers by 30 November 2026.

Kind regards,
Grants Team
Community Futures Fund
apply@grants.example
"""

class Thread:
    def __init__(self, name, addr, subject, day, hh, mm, ref, tz='+0000', their_id=None):
        self.name, self.addr, self.subject = name, addr, subject
        self.day, self.hh, self.mm, self.tz = day, hh, mm, tz
        self.ref = ref
        self.their_id = their_id or f'<{alnum(20, False)}@{addr.split("@")[1]}>'
        self.our_min = mm + 1 if mm < 58 else mm
        self.our_id = f'<cff-auto.2026{11:02d}{day:02d}{hh:02d}{self.our_min:02d}.{hexid(8)}@grants.example>'
        self.our_date = date(day, hh, self.our_min, R.randint(2, 50))
        self.our_dt = (day, hh, self.our_min)

    @property
    def re_subject(self):
        return 'Re: ' + self.subject

    def our_body(self):
        return QUESTIONS.format(ref=self.ref)

    def our_headers(self):
        return [('From', 'Grants Team <apply@grants.example>'),
                ('To', a(self.name, self.addr)),
                ('Subject', h(self.re_subject)),
                ('Date', self.our_date),
                ('Message-ID', self.our_id),
                ('In-Reply-To', self.their_id),
                ('References', self.their_id),
                ('MIME-Version', '1.0')]

    def our_message(self, with_received=True):
        hd = []
        if with_received:
            hd.append(('Received', f'from grantbox.grants.example (grantbox.grants.example [10.0.4.12])\n\tby mail.grants.example (Postfix) with ESMTPS id 4{alnum(11)}\n\tfor <{self.addr}>; {self.our_date}'))
        hd += self.our_headers()
        return message(hd, text(self.our_body(), cte='7bit'))

    def our_header_block(self, with_received=True):
        m = self.our_message(with_received)
        return m.split('\n\n', 1)[0] + '\n'

    def refs(self):
        return f'{self.their_id}\n {self.our_id}'
