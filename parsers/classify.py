"""Triage of inbound mail as policy-as-data: what is it, and may we answer it automatically?

Small checks (`is_auto_reply`, `is_bounce`, `is_list_mail`, `is_from_us`, `is_from_robot`,
`asks_for_no_auto_reply`) each only answer with a reason string or None. One table, `RULES`,
maps every check to the message kind it implies and whether an automatic answer stays allowed;
`triage()` runs the table and nothing else decides. `parse_bounce()` reads which recipients a
bounce is about, from RFC 3464 delivery-status fields first and common plain-text formats
second. Pure functions over `InboundMessage`; the loop-safety rules follow RFC 3834.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parseaddr
from importlib import resources

from pydantic import BaseModel, ConfigDict

from parsers.errors import InputError
from parsers.models import InboundMessage, MessageKind
from parsers.quotes import GREETING_WORDS, Line, classify_lines

__all__ = [
    "RULES",
    "Bounce",
    "BouncedRecipient",
    "Rule",
    "Triage",
    "asks_for_no_auto_reply",
    "is_auto_reply",
    "is_bounce",
    "is_from_robot",
    "is_from_us",
    "is_list_mail",
    "parse_bounce",
    "triage",
]

# Local parts of senders that are programs, not people (RFC 2142 mailbox names and habit).
_ROBOT_LOCAL_PARTS = frozenset(
    {
        "mailer-daemon", "mailer_daemon", "maildaemon", "mail-daemon", "postmaster",
        "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply",
        "bounce", "bounces", "mdaemon",
    }
)  # fmt: skip
# "Do not reply" as senders write it in English, Spanish, Portuguese, French, Italian, German.
_NO_REPLY = (
    r"no-?reply|do-?not-?reply|no-?responder|n[ãa]o-?responda|ne-?pas-?repondre|"
    r"non-?rispondere|nicht-?antworten"
)
_ROBOT_PREFIX_RE = re.compile(
    rf"^({_NO_REPLY}|mailer-daemon|bounces?[+-]|microsoftexchange[0-9a-f]{{8}})", re.I
)
# The same names written with other separators or none ("post_master", "Mail.Delivery.System",
# "MAILERDAEMON"): compared with "-", "_" and "." taken out.
_ROBOT_COMPACT_LOCAL_PARTS = frozenset(
    {
        "mailerdaemon", "maildaemon", "postmaster", "noreply", "donotreply", "mdaemon",
        "maildeliverysystem", "maildeliverysubsystem", "maildelivery", "deliverystatus",
    }
)  # fmt: skip
_SEPARATORS = str.maketrans("", "", "-_.")

# Subjects of automatic replies in the languages applicants write in. Anchored at the start
# and followed by a delimiter (":", "]", "-", end): auto-responders prefix the original
# subject, while an applicant's "On leave from university…" or "Re: out of office project"
# must stay human mail.
_AUTO_SUBJECT_RE = re.compile(
    r"^\s*+\[?\s*+("
    r"out of (the )?office( auto-?reply)?|ooo|automatic reply|auto[- ]?reply|auto[- ]?response|"
    r"auto|autosvar|automatische antwort|abwesenheitsnotiz|abwesend|r[ée]ponse automatique|"
    r"absence du bureau|respuesta autom[áa]tica|fuera de la oficina|risposta automatica|"
    r"fuori sede|automatisch antwoord|afwezig|resposta autom[áa]tica|"
    r"odpowied[źz] automatyczna|vacation( reply)?|away from (the |my )?office|on vacation|"
    r"on leave|自動応答|自动回复|자동 응답|"
    # Read receipts at the start: "Read:", "Gelesen:", "Leído:", "Lu :", "Letto:", "Gelezen:".
    r"read|gelesen|le[íi]do|lu|lido|letto|gelezen|läst|przeczytan[ay]|прочитано"
    r")\s*+(:|\]|-\s|–|$)",
    re.I,
)
# Outlook and Exchange put "<Automatic reply in the user's language>: <original subject>"
# sometimes after other words ("Ārpus biroja automātiskā atbilde: …", Latvian "out of office
# automatic reply"). Anywhere in the subject, but only followed by a colon, and never in a
# reply or forward ("Re: Automatic reply: …" is a person answering one).
_AUTO_SUBJECT_ANYWHERE_RE = re.compile(
    r"(?:automatic reply|auto[- ]?reply|automatische antwort|r[ée]ponse automatique|"
    r"respuesta autom[áa]tica|risposta automatica|automatisch antwoord|resposta autom[áa]tica|"
    r"odpowied[źz] automatyczna|autom[āa]tisk[āa] atbilde|automatinis atsakymas|"
    r"automaatne vastus|automaattinen vastaus|automatiskt svar|automatisk svar|"
    r"automatick[áa] odpov[ěe]ď|automatick[áa] odpoveď|automatikus v[áa]lasz|"
    r"r[ăa]spuns automat|automatski odgovor|samodejni odgovor|otomatik (?:yan[ıi]t|cevap)|"
    r"αυτόματη απάντηση|автоматический ответ|автоматична відповідь|автоматичен отговор|"
    r"balasan otomatis|tr[ảa] l[ờo]i t[ựu] đ[ộo]ng|תשובה אוטומטית|رد تلقائي|自動返信|自動回覆|"
    r"resposta autom[àa]tica|erantzun automatikoa|аутоматски одговор|sjálfvirkt svar|"
    r"balasan automatik|awtomatikong tugon|jibu la kiotomatiki|پاسخ خودکار|"
    r"ตอบกลับอัตโนมัติ|स्वचालित उत्तर|স্বয়ংক্রিয় উত্তর|자동 회신|자동 응답)"
    r"[ \t]*+:",
    re.I,
)
# A reply or forward prefix, as mail clients write it in their users' languages (Outlook:
# "RES:"/"ENC:" Brazilian Portuguese, "YNT:"/"İLT:" Turkish, "Antw:" Dutch, "Vá:" Hungarian,
# "Odp:"/"PD:" Polish, "回复:" Chinese, …), maybe after tags a gateway adds ("[EXTERNAL]").
_REPLY_OR_FORWARD_RE = re.compile(
    r"^\s*+(?:\[[^\[\]\r\n]{1,40}\]\s*+){0,3}"
    r"(?:re|fwd?|aw|wg|sv|vs|vl|tr|rv|odp|pd|r|res|enc|ynt|İlt|i̇lt|ilt|antw|doorst|v[áa]|tov|"
    r"odg|atb|ats|cavab|отв|отг|απ|σχετ|πρθ|回复|回覆|答复|转发|轉寄)\s*+(?:\[\d+\])?[:：]",
    re.I,
)
_BOUNCE_SUBJECT_RE = re.compile(
    r"undeliver|undelivered|non[- ]?deliver|delivery (status )?notification|delivery fail|"
    r"delivery report|delivery problem|delivery status|returned mail|returned to sender|"
    r"mail delivery|failure notice|failure delivery|delivery failure|could not be delivered|"
    r"not delivered|message delayed|delayed mail|warning: message|mail not delivered|"
    r"rejected|unzustellbar|non remis|no entregado|nicht zugestellt|error during delivery|"
    r"mail error|user unknown|processing error|delivery warning|message delivery|"
    r"undeliverable|returning message|nameserver error",
    re.I,
)
# Subjects that only mail systems write, at the very start (a human's "Fwd: Undeliverable…"
# or "Re: …" does not match).
_BOUNCE_SUBJECT_START_RE = re.compile(
    r"^\s*+(undeliverable|undelivered mail|undeliverable mail|returned mail|"
    r"delivery status notification|failure notice|mail delivery failed|mail delivery warning|"
    r"delivery failure|(mail|message) could not be delivered|"
    r"non[- ]?delivery|failed mail|mail failed|message not delivered|mail system error|"
    r"warning: could not send message|nondeliverable|"
    r"your message (?:to \S{1,100} )?(?:was not|could not be|couldn't be) delivered|"
    r"entrega retrasada|übermittlung verzögert|remise différée|consegna ritardata)",
    re.I,
)
_AUTO_SUBMITTED_NO = "no"
_LIST_PRECEDENCE = frozenset({"bulk", "list", "junk"})


def _local_part(addr: str) -> str:
    return addr.rsplit("@", 1)[0].strip('"').lower() if addr else ""


def _header(msg: InboundMessage, name: str) -> str:
    return msg.headers.get(name, "").strip()


def _without_plus(addr: str) -> str:
    """RFC 5233 subaddress stripped: apply+token@x is still apply@x."""
    local, at, domain = addr.lower().partition("@")
    return f"{local.split('+', 1)[0]}{at}{domain}"


# --------------------------------------------------------------------------- checks


def is_auto_reply(msg: InboundMessage) -> str | None:
    """An automatic answer (out-of-office, vacation, read receipt)?"""
    auto = _header(msg, "auto-submitted").lower()
    if auto and auto.split(";", 1)[0].strip() != _AUTO_SUBMITTED_NO:
        # RFC 3834 section 5: any value other than "no" marks automatic mail.
        return f"Auto-Submitted: {auto[:40]}"
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply-from",
                 "auto-reply-from", "x-mail-autoreply"):  # fmt: skip
        if name in msg.headers:
            return f"{name} header"
    if _header(msg, "x-autogenerated").lower() == "reply":
        return "X-AutoGenerated: Reply"
    if _header(msg, "precedence").lower() == "auto_reply":
        return "Precedence: auto_reply"
    if any(a.declared_type == "message/disposition-notification" for a in msg.attachments):
        return "read receipt (RFC 8098 disposition notification)"
    if any(_calendar_reply(a.declared_type, a.data) for a in msg.attachments):
        # "Accepted: Interview …": a calendar answering an invitation (RFC 5546 iTIP REPLY).
        return "calendar reply (iTIP METHOD:REPLY)"
    subject = msg.subject[:MAX_SUBJECT]
    by_subject = _AUTO_SUBJECT_RE.match(subject) or (
        _AUTO_SUBJECT_ANYWHERE_RE.search(subject) and not _REPLY_OR_FORWARD_RE.match(subject)
    )
    if by_subject and not _person_under_an_auto_subject(msg):
        return f"auto-reply subject {msg.subject[:40]!r}"
    if _CHALLENGE_RE.search(msg.text[:MAX_CHALLENGE_TEXT]):
        # Challenge-response filters (Bluebottle, Boxbe, EarthLink spamBlocker, ChoiceMail…)
        # answer every stranger from the protected person's own address: answering them
        # would draw another challenge.
        return "challenge-response request (asks us to get on an allowed-senders list)"
    if _reads_as_an_auto_reply(msg):
        return "the text of an automatic reply (away, left, forwarded, acknowledged)"
    return None


MAX_AUTO_REPLY_WORDS = 90  # an absence note is short; a person's reply with news is longer


def _reads_as_an_auto_reply(msg: InboundMessage) -> bool:
    """An absence note sent by a person's own mail rule, a help desk's acknowledgement, a
    "left the company" or "forwarded to my colleague" notice, with no header to say so: a
    short text answering a mail, in the words of one (`_AWAY_RE`), naming a date or another
    address; no attachment, no question, no words about an automatic reply received."""
    subject = msg.subject[:MAX_SUBJECT]
    own = _own_text(msg.text[:MAX_HEAD_TEXT])
    unquoted = _QUOTED_WORDS_RE.sub(" ", own[: MAX_OPENING * 2])
    if not msg.attachments and not _asks(own) and _SAYS_AUTOMATIC_RE.search(unquoted):
        return True  # "Este es un mensaje automático." in its own words, not quoted
    if _quotes_its_mail(msg):
        # Absence notes seldom quote the mail they answer; people's replies do, and a person
        # going on holiday writes much what a note would. Only a note's own phrases ("limited
        # access to email", "after my return") in a short text tell a rule's reply with a quote.
        return (
            _short_plain_note(msg, own, MAX_QUOTING_NOTE_WORDS)
            and not _ABOUT_AN_AUTO_REPLY_RE.search(own)
            and bool(_ABSENT_NOW_RE.search(own) and _AWAY_RE.search(own))
        )
    if not _short_plain_note(msg, own, MAX_AUTO_REPLY_WORDS):
        return False  # a file, a question, answers by number or a long text: a person
    if _TICKET_RE.search(own[: MAX_OPENING * 2]):
        return True  # "Support Ticket Opened [#558214]": a help desk's acknowledgement
    if not (
        _keeps_the_subject(subject)
        or _absence_subject(subject)
        or (msg.in_reply_to and _NOTICE_RE.search(own))
    ):
        # An auto-reply keeps the subject it answers ("Re: …", "Automatic reply: …") or is
        # one ("Out of office"); under a subject of a person's own, only a notice that the
        # mail was forwarded or the address is no longer read.
        return False
    if _ABOUT_AN_AUTO_REPLY_RE.search(own) or not _AWAY_RE.search(own):
        return False
    others = {a.lower() for a in _ADDR_RE.findall(own)} - {msg.from_addr.lower()}
    return bool(others) or bool(re.search(r"\d", own)) or bool(_WITHIN_RE.search(own))


# "… within two working days": when an acknowledgement promises its answer.
_WITHIN_RE = re.compile(
    r"\b(?:within|innerhalb|binnen|entro|dentro de|en un plazo|sous|w ciągu|в течение)\s|"
    r"(?:working|business) days?|werktage|jours ouvr|días hábiles|dias úteis|"
    r"días laborables|giorni lavorativi|dni roboczych|werkdagen|arbetsdagar|pracovních dn|"
    r"munkanap|iş gün|рабочих дн|робочих дн|hari kerja|ngày làm việc|zile lucrătoare",
    re.I,
)
# A text that says it is automatic, in its own words ("This is an automatic reply", "Ceci est
# un message automatique", "Este mensaje se ha generado automáticamente").
_SAYS_AUTOMATIC_RE = re.compile(
    r"\b(?:this|ceci|este|esta|questa|questo|dies|dit|to)\s+(?:is|est|es|è|ist|jest)\s+"
    r"(?:an?\s+|un\s+|una\s+|eine?\s+|een\s+)?(?:\w+\s+)?(?:automatic|automated|automatique|"
    r"autom[áa]tic[oa]|automatisch\w*|automatyczn\w*)\s+(?:\w+\s+)?(?:message|reply|response|"
    r"e-?mail|notification|confirmation|acknowledg\w*|mensaje|respuesta|réponse|messaggio|risposta|"
    r"mensagem|resposta|nachricht|antwort|bericht|wiadomość|odpowiedź)\b|"
    # "Este es un mensaje automático", "Ceci est un message automatique": noun, then adjective.
    r"\b(?:es|est|è|é)\s+(?:un|una|um|uma|une)\s+(?:mensaje|mensagem|message|messaggio|respuesta|"
    r"réponse|risposta|resposta|correo|courriel)\s+(?:autom[áa]tic[oa]|automatique|automatic[oa])\b|"
    r"\b(?:this|ceci|este|questo)\s+(?:message|e-?mail|mail|mensaje|messaggio)\s+(?:is|est|es|è)\s+"
    r"(?:an?\s+)?(?:automatic|automated|automatique|autom[áa]tico|automatico)\b|"
    # "This message is sent automatically", "This e-mail was generated automatically".
    r"\b(?:this|the)\s+(?:message|e-?mail|mail|reply|response|notification)\s+"
    r"(?:is|was|has been)\s+(?:sent|generated|created)\s+automatically\b|"
    r"(?:se ha generado|ha sido generado|wurde automatisch|a été généré|é gerad[oa]|"
    r"è stat[oa] generat)|自動送信|自動配信|自动发送|자동 발송|自動で送信",
    re.I,
)


# A help desk's ticket number: "[#558214]", "ticket #88231", "تذكرة برقم 7710".
_TICKET_RE = re.compile(
    r"\[#\d{3,}\]|\b(?:ticket|tíquete|tiquet|チケット|تذكرة)\W{0,3}(?:#|no\.?|nr\.?|number|برقم)?\s*+\d{3,}"
    # "A request for support has been created and assigned #558214."
    r"|\b(?:created|opened|assigned|logged|registered|erstellt|eröffnet|créée?|cread[oa]|"
    r"registrad[oa]|aperto)\b[^#\n]{0,40}#\s*+\d{3,}"
    # "… and a ticket has been created.", "Your incident has been opened on your behalf."
    r"|\b(?:ticket|incident|case|request) (?:has been|was|is) (?:created|opened|logged|raised|"
    r"registered)\b"
    # ServiceNow's and other service desks' numbers: "INC0041877", "RITM0012345".
    r"|\b(?:INC|RITM|REQ|TASK|CS|SR|TKT)\d{5,}\b",
    re.I,
)


def _asks(text: str) -> bool:
    """A question mark in the text, not in a link ("…/sp?id=ticket")."""
    return "?" in _URL_RE.sub(" ", text)


_URL_RE = re.compile(r"https?://\S+|www\.\S+")


def _keeps_the_subject(subject: str) -> bool:
    """ "Re: <ours>", or a help desk's words before it: "Ticket Received - Re: <ours>"."""
    return bool(_REPLY_OR_FORWARD_RE.match(subject) or _KEPT_AFTER_WORDS_RE.match(subject))


_KEPT_AFTER_WORDS_RE = re.compile(
    r"^[^:\n]{1,40}?(?:\s[-–—|]|[:\]])\s*+(?:re|aw|sv|antw|res|rv|odp|vs)\s*+:", re.I
)


MAX_QUOTING_NOTE_WORDS = 60
# What an absence note says that a person writing ahead of a holiday does not: access cut,
# the answer promised for after the return.
_ABSENT_NOW_RE = re.compile(
    r"limited (?:e-?mail )?access|(?:upon|after|on) my return|(?:i am|i'm) currently "
    r"(?:out|away|on leave)|περιορισμένη πρόσβαση|μετά την επιστροφή μου|"
    r"à mon retour|nach meiner rückkehr|a mi regreso|al mio rientro|após o meu regresso|"
    r"po moim powrocie|по возвращении",
    re.IGNORECASE,
)


def _short_plain_note(msg: InboundMessage, own: str, max_words: int) -> bool:
    """No file, no question, no answers by number, and short: what automatic notes are."""
    return (
        not msg.attachments
        and not _asks(own)
        and not _NUMBERED_LINE_RE.search(own)
        and len(own.split(maxsplit=max_words)) <= max_words
    )


def _quotes_its_mail(msg: InboundMessage) -> bool:
    """Own words, then the mail it answers quoted below them (">", an attribution, an
    Outlook header block), as parsers/quotes.py reads quotes."""
    lines = classify_lines(msg.text[:MAX_HEAD_TEXT])
    start = _quote_start(lines)
    return 0 < start < len(lines)


_NUMBERED_LINE_RE = re.compile(r"(?m)^\s*+\d{1,2}[.)]\s++\S")


def _absence_subject(subject: str) -> bool:
    """A subject that is itself the absence note ("Wala sa opisina", "Одсутна сам до 8.
    јануара", "Cette adresse n'est plus consultée", "छुट्टी पर: <our subject>"): the words of
    one near its start, and little else after them but a colon and the subject answered."""
    m = _AWAY_RE.search(subject)
    if m is None or m.start() > 20 or re.search(r"\bback from\s*+$", subject[: m.start()], re.I):
        return False  # "Back from vacation: my application" is a person's
    rest = subject[m.end() :]
    return len(rest) <= 25 or (m.start() == 0 and 0 <= rest.find(":") <= 12)


def _own_text(text: str) -> str:
    """The text above the quoted mail it answers."""
    lines = classify_lines(text)
    return "\n".join(ln.text for ln in lines[: _quote_start(lines)])


def _quote_start(lines: list[Line]) -> int:
    return next(
        (k for k, ln in enumerate(lines) if ln.kind in ("quoted", "attribution", "cut")),
        len(lines),
    )


_CALENDAR_TYPES = frozenset({"text/calendar", "application/ics", "text/x-vcalendar"})
_ITIP_REPLY_RE = re.compile(rb"^METHOD:\s*REPLY\s*$", re.M | re.I)


def _calendar_reply(declared_type: str, data: bytes) -> bool:
    return declared_type in _CALENDAR_TYPES and bool(_ITIP_REPLY_RE.search(data[:8192]))


def is_bounce(msg: InboundMessage) -> str | None:
    """A delivery status notification about mail we sent (RFC 3464) or a bounce lookalike?"""
    types = {a.declared_type for a in msg.attachments}
    # A report part outside a multipart/report came from inside an attached message: a person
    # forwarding a bounce as an attachment ("Fwd: Undelivered Mail…") is not one (RFC 6522:
    # the report is a direct part of multipart/report; relays that wrap a DSN write as robots).
    forwarded = msg.content_type != "multipart/report" and _forwarded_by_a_person(msg)
    if ("message/delivery-status" in types or "message/global-delivery-status" in types) and (
        not forwarded
    ):
        return "delivery-status report (RFC 3464)"
    if ("message/feedback-report" in types and not forwarded) or "feedback-type" in msg.headers:
        return "abuse feedback report (RFC 5965)"
    abuse = _abuse_report(msg, types)
    if abuse:
        return abuse
    if "x-failed-recipients" in msg.headers:
        return "X-Failed-Recipients header"
    if _BOUNCE_SUBJECT_START_RE.match(msg.subject) and not _written_by_a_person(msg):
        return f"bounce subject {msg.subject[:40]!r}"
    if _local_part(msg.from_addr) in ("mailer-daemon", "mailer_daemon", "mail-daemon"):
        # MAILER-DAEMON only ever writes about delivery (RFC 5321 section 4.5.5 habit).
        return f"sent by {msg.from_addr}"
    if _BOUNCE_SUBJECT_RE.search(msg.subject) and (
        (_robot_sender(msg) and not _person_replying_from_role_address(msg))
        or msg.content_type == "multipart/report"
    ):
        return f"bounce subject {msg.subject[:40]!r} from {msg.from_addr or 'no address'}"
    if (
        msg.from_addr
        and msg.content_type == "multipart/report"
        and not {"message/disposition-notification", "message/feedback-report"} & types
    ):
        # RFC 6522: only mail systems write reports; a truncated DSN without its status part.
        # (One with no sender at all is held for a person, as all such mail is.)
        return "multipart/report (a mail system's delivery report)"
    return _text_bounce_body(msg)


# What challenge-response filters write, near the top of their text.
MAX_CHALLENGE_TEXT = 1500
_CHALLENGE_RE = re.compile(
    r"this (?:e-?mail )?account is protected by|"
    r"your (?:e-?mail )?address (?:added|whitelisted) to (?:my|the recipient'?s?|the) "
    r"(?:allowed|approved|safe|white) ?(?:list|senders)|"
    r"add yourself to my \S++ (?:guest|allowed|approved|safe) ?list|"
    r"(?:added|add you) to my (?:list of approved senders|approved senders'? list)|"
    r"(?:allow|accept) (?:incoming )?(?:messages|e-?mails?) only from (?:senders|people) "
    r"(?:i have|i've) approved|"
    r"(?:verify|confirm) that you are (?:a )?(?:real )?(?:person|human)(?: and not a| not a)|"
    # cPanel's BoxTrapper: "… uses a challenge-response system (BoxTrapper) to reduce spam",
    # "reply to this message without editing the subject line".
    r"challenge[- ]response (?:system|filter|spam)|\bboxtrapper\b|"
    r"reply to this (?:message|e-?mail) without (?:editing|changing) the subject|"
    # "This mailbox is protected against spam", in the languages of the filters' users.
    r"(?:this mailbox|diese mailbox|dieses postfach|ta skrzynka|cette boîte(?: aux lettres)?|"
    r"este buzón|questa casella) (?:is|ist|jest|est|está|è) (?:\S+ )?(?:protected|geschützt|"
    r"chroniona|protégée|protegid[oa]|protett[ao])",
    re.I,
)

# -- bounces and abuse reports told by their text ----------------------------------------
# Only the start of the text is read: a bounce says what went wrong first, and a bounded
# slice keeps every pattern below constant-time per message whatever a stranger sends.
MAX_SUBJECT = 1024
MAX_HEAD_TEXT = 4 * 1024
# The first line of plain-text bounces, as mail servers write it (sendmail, Postfix, qmail,
# Exim, Exchange, Domino, Verizon/Apache James, Courier, …): no person starts a mail so.
_BOUNCE_HEADLINE_RE = re.compile(
    r"(?:error: invalid (?:user|recipient) address|"
    r"this is the mail system at host|this is the (?:postfix|qmail-send) program|"
    r"hi\. this is the qmail-send program|"
    r"this message was created automatically by mail delivery software|"
    r"this is an automatically generated delivery status notification|"
    r"i'm sorry to have to inform you that your message could not|"
    r"i'm afraid i wasn't able to deliver your message|"
    r"your message did not reach some or all of the intended recipients|"
    r"delivery to the following recipients? (?:failed|has failed|was unsuccessful)|"
    r"delivery has failed to these recipients|"
    r"the following (?:message to <?\S++ )?was undeliverable|"
    r"your message (?:could not be|was not|cannot be) delivered|"
    r"(?:the )?original message was received at|-+ ?transcript of session follows|"
    r"(?:a )?message that you sent could not be delivered|"
    r"(?:unable|failed) to deliver (?:the|your) message|"
    r"this is a delivery failure notification|message delivery failure)",
    re.I,
)
# An SMTP reply code (RFC 5321 section 4.2) or an enhanced status code (RFC 3463) of a failure.
_FAILURE_CODE_RE = re.compile(
    r"(?:^|[\s(\[:=-])(?:[45][0-5]\d(?:[ -]|$)|[45]\.\d{1,3}\.\d{1,3}\b)", re.M
)
# What the failed delivery was, as servers word it.
_FAILURE_WORDS_RE = re.compile(
    r"user unknown|unknown user|no such (?:user|mailbox|recipient|address)|"
    r"invalid (?:user|recipient|address|mailbox)|mailbox (?:unavailable|not found|full|is full)|"
    r"(?:does not|doesn't) exist|requested action not taken|recipient (?:address )?rejected|"
    r"relay(?:ing)? (?:access )?denied|not accepted|undeliverable|could not be delivered|"
    r"delivery (?:has )?failed|permanent (?:error|failure)|host (?:or domain name )?not found|"
    r"over ?quota|quota exceeded|message rejected|refused to accept",
    re.I,
)
# Abuse and feedback-loop reports that are not multipart/report (RFC 5965): Microsoft's JMRP
# ("complaint about message from 192.0.2.1", multipart/mixed around the reported message),
# older AOL/Yahoo/SpamCop notices, ARF fields flattened into a text body.
_ABUSE_SUBJECT_SURE_RE = re.compile(
    r"^\s*+(?:complaint about message from \[?\d{1,3}(?:\.\d{1,3}){3}\]?\s*+$|"
    r"\[spamcop \([^\s)]++\) id:\d++\])",
    re.I,
)
_ABUSE_SUBJECT_RE = re.compile(
    r"^\s*+(?:\[spamcop\b|spamcop |(?:email |e-mail )?(?:abuse|feedback|fbl|spam|complaint) "
    r"(?:report|loop|notification)\b|\S++ (?:abuse|fbl|feedback loop) report\b|"
    r"abuse (?:complaint|notice|notification)\b|spam ?trap ?hit\b|complaint about message\b)",
    re.I,
)
_ARF_FIELD_RE = re.compile(
    r"^feedback-type:[ \t]*+(?:abuse|fraud|virus|other|not-spam|auth-failure|opt-out|"
    r"unsubscribe|dmarc)[ \t]*+$",
    re.I | re.M,
)
# The other fields of a report (RFC 5965 section 3.1, RFC 6591): one of them must stand on
# its own line near Feedback-Type. A person's sentence wrapped so that "Feedback-Type:
# abuse, User-Agent and…" starts a line is no report.
_ARF_OTHER_FIELD_RE = re.compile(
    r"^(?:user-agent|version|original-mail-from|original-rcpt-to|arrival-date|received-date|"
    r"source-ip|reported-domain|reported-uri|incidents|original-envelope-id|"
    r"authentication-results|auth-failure|delivery-result):[ \t]*+\S",
    re.I | re.M,
)
ARF_FIELD_WINDOW = 600  # characters around Feedback-Type where the other fields are looked for
MAX_ARF_FIELDS = 8  # Feedback-Type lines looked at: a report has one
_REPORTED_TYPES = frozenset({"message/rfc822", "text/rfc822-headers", "message/rfc822-headers"})


def _abuse_report(msg: InboundMessage, types: set[str]) -> str | None:
    subject = msg.subject[:MAX_SUBJECT]
    if _ABUSE_SUBJECT_SURE_RE.match(subject):
        return f"abuse report subject {msg.subject[:40]!r}"
    if _ABUSE_SUBJECT_RE.match(subject) and (types & _REPORTED_TYPES or _robot_sender(msg)):
        return f"abuse report subject {msg.subject[:40]!r} with the reported message"
    head = msg.text[:MAX_HEAD_TEXT]
    for n, match in enumerate(_ARF_FIELD_RE.finditer(head)):
        if n >= MAX_ARF_FIELDS:
            break
        around = head[max(0, match.start() - ARF_FIELD_WINDOW) : match.end() + ARF_FIELD_WINDOW]
        if _ARF_OTHER_FIELD_RE.search(around):
            return "abuse feedback report fields in the text (RFC 5965, not multipart/report)"
    return None


# How people open a mail, in the languages applicants write in. A mail from a person's
# address that opens so is theirs, even under a subject copied from a bounce ("Undeliverable:
# my application - sending again", "Delivery failure? Did my application arrive?").
_GREETING_RE = re.compile(rf"(?:{GREETING_WORDS})(?=[\s,!.:;،，、]|$)", re.I)
MAX_OPENING = 300


def _written_by_a_person(msg: InboundMessage) -> bool:
    """From a person's address (no robot name, no null return path), opening with a greeting
    that is not a mail server's ("Hi. This is the qmail-send program"), or telling in the
    first person what happened ("My first email to you came back…"): mail servers that
    speak so ("I'm sorry to have to inform you…") send from MAILER-DAEMON or postmaster."""
    if _robot_sender(msg) or _null_return_path(msg):
        return False
    opening = msg.text[:MAX_HEAD_TEXT].lstrip()[:MAX_OPENING]
    if _BOUNCE_HEADLINE_RE.search(opening):
        return False
    return _opens_like_a_person(msg) or bool(_FIRST_PERSON_RE.search(opening))


def _auto_reply_words(kind: str) -> str:
    """One alternation of the regular-expression fragments under `[kind]` of
    parsers/data/auto_replies.toml, every language's."""
    return "|".join(
        fragment for fragments in _AUTO_REPLY_WORDS[kind].values() for fragment in fragments
    )


_AUTO_REPLY_WORDS: dict[str, dict[str, list[str]]] = tomllib.loads(
    resources.files("parsers").joinpath("data/auto_replies.toml").read_text(encoding="utf-8")
)
# What a "left the company" or "your mail was forwarded" notice says: no longer there, and
# mail forwarded or an address switched off by a rule.
_NOTICE_WORDS = _auto_reply_words("notice")
_NOTICE_RE = re.compile(_NOTICE_WORDS, re.I)
# Words an absence note, a "left the company" or "forwarded to my colleague" notice, or a help
# desk's acknowledgement is made of, in the languages applicants and their colleagues write.
_AWAY_WORDS = "|".join(_auto_reply_words(kind) for kind in ("away", "notice", "acknowledgement"))
_AWAY_RE = re.compile(_AWAY_WORDS, re.I)
# Words automatic replies open with: the above, and English ones a person's letter may use
# too ("Thank you for your email", "as soon as possible", "until").
_ABSENCE_RE = re.compile(
    r"thank(?:s| you) for (?:your|contacting)|(?:we|i) (?:have |'ve )?received your|"
    r"will (?:get back|respond|reply|answer|be in touch)|as soon as (?:possible|i|we)|"
    r"automatic(?:ally)?|auto-?repl|automated|ticket|\buntil\b|\breturn(?:ing)? on\b|"
    r"\bback on\b|bis (?:zum|einschlie)|semester|" + _AWAY_WORDS,
    re.I,
)
# A person telling of an automatic reply they received ("I copied the subject from the
# automatic reply I got", "your auto-reply says…"): an auto-responder never writes so.
_ABOUT_AN_AUTO_REPLY_RE = re.compile(
    r"\b(?:i|we) (?:got|received|copied|read|saw) (?:\S++ ){0,6}?(?:automatic|auto-?|automated) ?"
    r"(?:reply|response|answer)\b|"
    r"\byour (?:automatic|auto-?|automated) ?(?:reply|response|answer)\b|"
    r"\bthe (?:automatic|auto-?|automated) ?(?:reply|response|answer) (?:i|we) (?:got|received)\b|"
    # "… is the name of our project, not an auto-reply"
    r"\bnot an? (?:automatic|auto-?|automated) ?(?:reply|response|answer)\b|"
    # Dutch, German, French, Spanish, Portuguese, Italian: "I got (only) an automatic reply".
    r"\b(?:kreeg|kregen|ontving|ontvingen|bekam|bekamen|erhielt|erhielten|erhalten|bekommen|"
    r"re[çc]u|recib[ií]|recebi|ricevuto) (?:\S++ ){0,6}?(?:automatisch|automatische|automatique|"
    r"autom[áa]tica|automatica)\b",
    re.I,
)
MAX_PERSON_TEXT = 1200  # characters of a mail's opening read for a person's words
MIN_LETTER_WORDS = 12  # words a person's letter under an auto-reply's subject has at least


def _opens_like_a_person(msg: InboundMessage) -> bool:
    """The text opens with a greeting that is not a mail server's headline."""
    opening = msg.text[:MAX_HEAD_TEXT].lstrip()[:MAX_OPENING]
    return bool(_GREETING_RE.match(opening)) and not _BOUNCE_HEADLINE_RE.search(opening)


def _person_under_an_auto_subject(msg: InboundMessage) -> bool:
    """A person's letter under a subject that reads like an auto-reply's: "Auto: Werkstatt-
    Projekt" (German Auto, a car), or "Automatic reply: …" copied from one they received. Only
    a subject can say so: the auto-reply headers (Auto-Submitted, X-Autoreply, …) are checked
    before and win. A person's address, a greeting, and either no word of absence in the
    opening (an auto-reply's whole point) or words about the automatic reply they got, in a
    letter of some length ("Hello" alone under "Auto: application" stays an auto-reply)."""
    if _robot_sender(msg) or _null_return_path(msg) or not _opens_like_a_person(msg):
        return False
    opening = msg.text[:MAX_HEAD_TEXT].lstrip()[:MAX_PERSON_TEXT]
    if len(opening.split(maxsplit=MIN_LETTER_WORDS)) < MIN_LETTER_WORDS:
        return False  # "Hello" alone is no letter
    if _ABOUT_AN_AUTO_REPLY_RE.search(opening):
        return True
    return not _ABSENCE_RE.search(opening) and not _ABSENCE_RE.search(msg.subject[:MAX_SUBJECT])


def _forwarded_by_a_person(msg: InboundMessage) -> bool:
    """A reply or forward ("Fwd:", "FW:", "WG:", …) from a person's address."""
    if _robot_sender(msg) or _null_return_path(msg):
        return False
    return bool(_REPLY_OR_FORWARD_RE.match(msg.subject[:MAX_SUBJECT]))


def _text_bounce_body(msg: InboundMessage) -> str | None:
    """A plain-text bounce with no DSN part, told by its text: it opens the way mail servers
    open a bounce and names an SMTP failure code, or a robot sender reports a failure code
    with the words of one. A person quoting "550 user unknown" in a reply stays a person."""
    head = msg.text[:MAX_HEAD_TEXT]
    if not _FAILURE_CODE_RE.search(head):
        return None
    opening = head.lstrip(" \t\r\n>-*=")[:300]
    if _BOUNCE_HEADLINE_RE.match(opening):
        return f"plain-text bounce {opening.splitlines()[0][:40]!r}"
    if _FAILURE_WORDS_RE.search(head) and (_robot_sender(msg) or _null_return_path(msg)):
        return f"failure code and words in the text from {msg.from_addr or 'no address'}"
    return None


# Headers only a list server writes (RFC 2369 / RFC 2919 and list software's own).
_LIST_SERVER_HEADERS = (
    "list-post", "list-help", "list-subscribe", "list-archive", "list-owner", "mailing-list",
    "x-mailing-list", "x-beenthere", "x-mlserver", "x-ml-name",
)  # fmt: skip
# Headers every bulk-mail tool adds, to a newsletter and to a one-off note alike.
_BULK_TOOL_HEADERS = ("list-id", "list-unsubscribe")
_LIST_HEADERS = _BULK_TOOL_HEADERS + _LIST_SERVER_HEADERS  # the order reasons are given in
# What a newsletter must carry in its text (an opt-out: CAN-SPAM, the ePrivacy rules) and a
# list's footer says; a person's note sent through the same tool has none of it.
_SUBSCRIPTION_WORDS_RE = re.compile(
    r"unsubscribe|you (?:are receiving|received) this|update (?:your )?(?:email )?preferences|"
    r"manage (?:your )?(?:subscription|preferences)|view (?:this (?:e-?mail )?)?in (?:your )?"
    r"browser|opt[- ]out|subscribed to|abmelden|abbestellen|d[ée]sinscri|darse de baja|"
    r"cancelar (?:la )?(?:suscripci|inscri)|disiscriv|afmelden|avregistrer|avsluta prenumeration|"
    r"wypisz|отписаться",
    re.I,
)
MAX_LIST_TEXT = 64 * 1024  # characters of a bulk-tool mail searched for an opt-out


def is_list_mail(msg: InboundMessage) -> str | None:
    """Mailing-list or bulk mail (RFC 2369 / RFC 2919 headers, Precedence)?

    A list server's headers or Precedence decide alone. List-Id and List-Unsubscribe, which
    bulk-mail tools (Mailchimp, Brevo, GMass) add to a one-off note too, are list mail unless
    the text is a person's note: a greeting, the first person singular, and no opt-out
    wording, which every newsletter carries by law."""
    precedence = _header(msg, "precedence").lower() or _header(msg, "x-precedence").lower()
    server = any(h in msg.headers for h in _LIST_SERVER_HEADERS)
    listed = precedence in _LIST_PRECEDENCE or server
    if listed and _person_through_a_group_address(msg):
        return None
    for name in _LIST_HEADERS:
        if name not in msg.headers:
            continue
        if name in _BULK_TOOL_HEADERS and not listed and _personal_note(msg):
            continue
        return f"{name} header"
    if precedence in _LIST_PRECEDENCE:
        if (precedence != "list" and _personal_note(msg)) or (
            not server and _reply_quoting_its_mail(msg)
        ):
            # A company gateway stamps "Precedence: bulk" (even "list") on everything it
            # relays, a person's reply included; vacation programs' replies speak of absence
            # and quote nothing, and a list's posts carry its server's headers.
            return None
        return f"Precedence: {precedence}"
    return None


def _reply_quoting_its_mail(msg: InboundMessage) -> bool:
    """A person's reply: it opens with a greeting, from a person's address, and goes on to
    quote the mail it answers, which no absence note or list server does."""
    return (
        not _robot_sender(msg)
        and not _null_return_path(msg)
        and _opens_like_a_person(msg)
        and _quotes_its_mail(msg)
    )


def _answers_a_mail(msg: InboundMessage) -> bool:
    return bool(msg.in_reply_to or "references" in msg.headers)


def _list_post_address(msg: InboundMessage) -> str:
    """The address of `List-Post: <mailto:…>`, lower-cased ("" when none)."""
    m = re.search(r"<mailto:([^>?\s]{1,254})", _header(msg, "list-post")[:500], re.I)
    return m.group(1).lower() if m else ""


def _person_through_a_group_address(msg: InboundMessage) -> bool:
    """A person writing to us through their team's group address ("'Ayesha' via Tenants
    Grants Team", a Google Group as shared mailbox): the group is the sender, the mail was
    addressed to us and not posted to the group (or, answering a mail, to the group and to
    others, as a reply to all is), and it is a person's note. A list's post reaches a
    subscriber addressed to the list alone."""
    group = _list_post_address(msg)
    senders = {msg.from_addr.lower(), parseaddr(_header(msg, "sender")[:500])[1].lower()}
    addressed = {a.lower() for a in msg.to + msg.cc}
    return (
        bool(group)
        and group in senders
        and (
            group not in addressed
            or (_answers_a_mail(msg) and (len(addressed) > 1 or _answers_its_own_domain(msg)))
        )
        and _personal_note(msg, team=True)
    )


def _answers_its_own_domain(msg: InboundMessage) -> bool:
    """The group is at the domain of the mail it answers ("fellowship@grants.example"
    relaying a reply to "<…@grants.example>"): the sender's own group, an old alias of ours,
    not a list the mail was posted to from outside."""
    domain = _list_post_address(msg).rpartition("@")[2]
    answered = re.findall(r"@([\w.-]+)>", msg.in_reply_to or "")
    return bool(domain) and domain in {d.lower() for d in answered}


def _personal_note(msg: InboundMessage, *, team: bool = False) -> bool:
    """A person's note, whatever tool or gateway sent it: a person's address, a greeting,
    the first person (`team`: or its plural, a team writing from its shared address), no
    absence and no opt-out wording."""
    if _robot_sender(msg) or _null_return_path(msg) or not _opens_like_a_person(msg):
        return False
    opening = msg.text[:MAX_HEAD_TEXT].lstrip()[:MAX_PERSON_TEXT]
    searched = msg.text[:MAX_LIST_TEXT]
    absence = _ABSENCE_RE
    if team:
        # A group's own footer ("To unsubscribe from this group…") ends every mail sent
        # through it, under the quoted mail: a team's note is read in its own words only,
        # where a "Thank you for your email" is a person's as often as a robot's.
        opening = searched = _own_text(msg.text[:MAX_HEAD_TEXT]).lstrip()[:MAX_PERSON_TEXT]
        absence = _AWAY_RE
    return (
        bool(_FIRST_PERSON_RE.search(opening) or (team and _FIRST_PERSON_PLURAL_RE.search(opening)))
        and not absence.search(opening)
        and not _SUBSCRIPTION_WORDS_RE.search(searched)
    )


def is_from_us(msg: InboundMessage, our_addresses: frozenset[str]) -> str | None:
    """Our own mail come back (a loop, a copy to self, a forward of what we sent)?"""
    ours = {_without_plus(a) for a in our_addresses}
    if msg.from_addr and _without_plus(msg.from_addr) in ours:
        return f"From is our address {msg.from_addr}"
    if "x-grantbox" in msg.headers:
        return "X-Grantbox header (set on every mail we send)"
    return None


def is_from_robot(msg: InboundMessage) -> str | None:
    """Sent by a program (null return path, mailer-daemon, no-reply)? Never answer those."""
    if _null_return_path(msg):
        # RFC 5321 section 4.5.5: the null reverse-path marks notifications.
        return "null Return-Path <>"
    robot = _robot_sender(msg)
    if robot and _person_behind_role_address(msg):
        return None
    if robot is None and _local_part(msg.from_addr) in _WEB_APP_SENDERS:
        # A website's own mail (wordpress@, www-data@) carries a person's words from its form,
        # or its own: "This is an automatically generated copy of your input".
        head = msg.text[:MAX_HEAD_TEXT]
        if _MACHINE_WORDS_RE.search(head) or _AWAY_RE.search(head[:MAX_OPENING]):
            return f"a website's automatic mail from {msg.from_addr}"
    return robot


_WEB_APP_SENDERS = frozenset({"wordpress", "www-data", "apache", "nginx", "drupal", "joomla"})


# Role names a person may write from (RFC 2142 says a person reads postmaster@; small outfits
# and web hosts that only send from no-reply@ exist; a bouncy-castle firm is bounce@): never
# the daemons' names.
_ROLE_LOCAL_PARTS_RE = re.compile(rf"^(?:post-?master|bounce|{_NO_REPLY})$", re.I)
# What programs write, near the top of their text: a person's letter carries none of it.
_MACHINE_WORDS_RE = re.compile(
    r"do(?:n't| not)[ -]?(?:reply|respond)|automatic(?:ally)? (?:generated|sent)|"
    r"auto-?generated|automated (?:message|e-?mail|response|notification|system)|"
    r"(?:is|are) not (?:being )?monitored|unattended|unsubscribe|you are receiving this|"
    r"(?:manage|update) your (?:preferences|notification|subscription)|"
    r"this (?:is an? )?(?:automatic|system) (?:message|notification)|"
    r"delivery status|mail delivery|undeliverable|returned mail|user unknown|"
    r"(?:was|were|could) not (?:be )?delivered|delivery (?:has )?failed|waitlisted|"
    r"abuse report|feedback report|spam report|"
    r"wygenerowana automatycznie|automatisch (?:erzeugt|generiert|gegenereerd)|"
    r"g[ée]n[ée]r[ée]e? automatiquement|generad[oa] autom[áa]ticamente|gerad[oa] automaticamente|"
    r"generat[oa] automaticamente|r[ée]ponse automatique|respuesta autom[áa]tica|"
    r"risposta automatica|thư trả lời tự động|автоматическ\w+ (?:ответ|сообщени)|"
    r"ne pas (?:y )?r[ée]pondre|no responda|nicht (?:auf diese|darauf) antworten|"
    r"mensaje autom[áa]tico|messaggio automatico|message automatique|mensagem autom[áa]tica|"
    r"automatische nachricht|automatisch bericht",
    re.I,
)
# Words a person quotes ('you asked whether the "returned mail" came from us'): theirs to
# talk about, not a program's own words.
_QUOTED_WORDS_RE = re.compile(r"[\"“„«][^\"“”„«»\n]{1,80}[\"”“»]")
# A person speaking for themselves: the first person singular in the languages applicants
# write in. A program says "we" or nothing.
_FIRST_PERSON_RE = re.compile(
    r"(?:^|[^\w'])(?:i|i'm|i've|i'd|i'll|me|my|ich|mich|mir|mein|meine|je|j'|moi|yo|mi|eu|meu|"
    r"minha|mim|io|mio|ik|mij|mijn|jag|mig|jeg|minä|mä|én|mnie|mój|мой|я)"
    r"(?=[^\w]|$)",
    re.I,
)


# "We write from the lab's shared address…": a team's own words.
_FIRST_PERSON_PLURAL_RE = re.compile(
    r"(?:^|[^\w'])(?:we|we're|we've|our|us|wir|unser\w*|nous|notre|nos|nosotr[oa]s|nuestr[oa]s?|"
    r"nós|noss[oa]s?|noi|nostr[oaie]|wij|ons|onze|vi|vår\w*|vores|my|nasz\w*|мы|наш\w*)(?=[^\w]|$)",
    re.I,
)


def _person_behind_role_address(msg: InboundMessage) -> bool:
    """A person writing from a role address (postmaster@ of their own domain, the no-reply@
    their shop's host imposes) or through a relay that names them in Reply-To (a web form,
    a shop system): answered, the way a person is.

    The text must open with a greeting, speak in the first person singular and carry no
    program's words ("do not reply", "unsubscribe", a delivery failure, an absence); a
    Reply-To, when there is one, must not name a robot. Bounces, auto-replies and list mail
    are told by their own rules before this is asked. A relay's or an impostor's "Dear Sirs,
    … we await your response" (mail-parser's mail_test_15) stays unanswered."""
    local = _local_part(msg.from_addr)
    if not _ROLE_LOCAL_PARTS_RE.match(local):
        return False
    head = msg.text[:MAX_HEAD_TEXT]
    opening = head.lstrip()[:MAX_PERSON_TEXT]
    if (
        _BOUNCE_HEADLINE_RE.search(head)
        or _MACHINE_WORDS_RE.search(_QUOTED_WORDS_RE.sub(" ", opening))
        or _ABSENCE_RE.search(opening)
    ):
        return False
    others = [a for a in msg.reply_to if a and a != msg.from_addr]
    if any(_ROBOT_PREFIX_RE.match(_local_part(a)) or _local_part(a) in _ROBOT_LOCAL_PARTS
           for a in others):  # fmt: skip
        return False
    return _opens_like_a_person(msg) and bool(_FIRST_PERSON_RE.search(opening))


def _person_replying_from_role_address(msg: InboundMessage) -> bool:
    """ "Re: Returned mail from your server?" from the postmaster@ who runs their own small
    mail server: a reply (or forward) by subject, from a person behind the role address."""
    return bool(_REPLY_OR_FORWARD_RE.match(msg.subject[:MAX_SUBJECT])) and (
        _person_behind_role_address(msg)
    )


def _null_return_path(msg: InboundMessage) -> bool:
    return "return-path" in msg.headers and _header(msg, "return-path") in ("<>", "")


def _robot_sender(msg: InboundMessage) -> str | None:
    if not msg.from_addr:
        return "no sender address"
    local = _local_part(msg.from_addr)
    if (
        local in _ROBOT_LOCAL_PARTS
        or _ROBOT_PREFIX_RE.match(local)
        or local.translate(_SEPARATORS) in _ROBOT_COMPACT_LOCAL_PARTS
    ):
        return f"robot sender {local}"
    return None


def asks_for_no_auto_reply(msg: InboundMessage) -> str | None:
    """Microsoft's X-Auto-Response-Suppress: the sender asks not to be answered automatically.

    Not proof of automatic mail (some systems set it on mail people wrote), so it only takes
    away the automatic answer, never the message's kind; and a person's note under it that
    answers no mail (a sales tool's one-to-one mail) is answered all the same.
    """
    value = _header(msg, "x-auto-response-suppress")
    person = (_personal_note(msg) and not _answers_a_mail(msg)) or _reply_quoting_its_mail(msg)
    if value and value.lower() != "none" and not person:
        # Sales tools (HubSpot, Salesforce) set it on the one-to-one notes people write; an
        # auto-reply under it always answers a mail (an Exchange absence note in a language
        # the absence words miss stays unanswered).
        return f"X-Auto-Response-Suppress: {value[:40]}"
    return None


# --------------------------------------------------------------------------- the policy


@dataclass(frozen=True)
class Rule:
    """One row of the triage table: a check, the kind it implies, whether we may answer."""

    name: str
    check: Callable[[InboundMessage, frozenset[str]], str | None]
    kind: MessageKind | None  # None: the check does not change what the message is
    may_auto_answer: bool


def _plain(
    check: Callable[[InboundMessage], str | None],
) -> Callable[[InboundMessage, frozenset[str]], str | None]:
    """Adapt a check that does not need our addresses to the table's signature."""
    return lambda msg, _ours: check(msg)


# Read top to bottom: the first matching row with a kind decides the kind; every matching
# row adds its reason; any matching row that forbids an answer forbids it (RFC 3834 loops).
RULES: tuple[Rule, ...] = (
    #    name             check                           kind                    answer?
    Rule("from_us",       is_from_us,                     MessageKind.from_us,    False),
    Rule("bounce",        _plain(is_bounce),              MessageKind.bounce,     False),
    Rule("auto_reply",    _plain(is_auto_reply),          MessageKind.auto_reply, False),
    Rule("list",          _plain(is_list_mail),           MessageKind.list,       False),
    Rule("robot",         _plain(is_from_robot),          None,                   False),
    Rule("no_auto_reply", _plain(asks_for_no_auto_reply), None,                   False),
)  # fmt: skip


class Triage(BaseModel):
    """The outcome: kind None means ordinary human mail (application or reply, decided later)."""

    model_config = ConfigDict(frozen=True)

    kind: MessageKind | None = None
    reasons: list[str] = []
    may_auto_answer: bool = True


def triage(msg: InboundMessage, our_addresses: frozenset[str]) -> Triage:
    """Run every rule of `RULES` over one message."""
    kind: MessageKind | None = None
    reasons: list[str] = []
    may_answer = True
    for rule in RULES:
        reason = rule.check(msg, our_addresses)
        if reason is None:
            continue
        reasons.append(f"{rule.name}: {reason}")
        if kind is None and rule.kind is not None:
            kind = rule.kind
        may_answer = may_answer and rule.may_auto_answer
    return Triage(kind=kind, reasons=reasons, may_auto_answer=may_answer)


# --------------------------------------------------------------------------- bounces


class BouncedRecipient(BaseModel):
    model_config = ConfigDict(frozen=True)

    address: str  # lower-cased
    permanent: bool  # 5.x.x / failed; False for 4.x.x / delayed
    status: str | None = None  # RFC 3463 enhanced status code when given


class Bounce(BaseModel):
    """Who a bounce is about: `recipients` are lower-cased addresses; `permanent` is True when
    any of them failed for good (5.x.x, Action: failed), False when all were only delayed
    (4.x.x). `source` says how it was read: "dsn", "header" or "text"."""

    model_config = ConfigDict(frozen=True)

    recipients: list[str]
    permanent: bool
    source: str
    details: list[BouncedRecipient] = []

    @classmethod
    def of(cls, details: list[BouncedRecipient], source: str) -> Bounce:
        return cls(
            recipients=[d.address for d in details],
            permanent=any(d.permanent for d in details),
            source=source,
            details=details,
        )


# Bounces are written by anyone, so every pattern below must stay linear on hostile text: no
# start inside a run it would only rescan (the lookbehind), no giving back what a run took
# (possessive quantifiers), no line prefix that may span lines. Each was quadratic before
# (tests/unit/test_hostile_classify.py).
_ATEXT = "A-Za-z0-9.!#$%&'*+/=?^_`{|}~-"
_ADDR_RE = re.compile(rf"(?<![{_ATEXT}])[{_ATEXT}]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++")
_STATUS_RE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_SMTP_CODE_RE = re.compile(r"(?:^|\s|\()([45])\d\d[\s-]", re.M)
# Where the copy of the original message starts in plain-text bounces: addresses after it
# are the original's (our own From, quoted text), not the failed recipients.
# A line's prefix of quoting, bullets and dashes: within the line only, taken whole.
_LINE_PREFIX = r"^[ \t>|-]*+"
_ORIGINAL_RE = re.compile(
    _LINE_PREFIX + r"(?:"
    # these follow at least one dash ("---- Original message"), maybe one space
    r"(?:(?<=-)|(?<=- ))(?:"
    r"below this line is a copy of the message|original message|"
    r"the header of the original message|original message header|returned message|"
    r"message removed|unsent message below|transcript of session follows)|"
    r"original message follows|this is a copy of the message|"
    r"the original message was received|"
    r"return-path:|received: from|your message[ \t\r]*+$|"
    r"original message:|original message (?:details|headers)"
    r")",
    re.I | re.M,
)
_TEMPORARY_RE = re.compile(
    r"\bdelay|not yet been delivered|will (continue to )?(be )?retr|still (being )?retr|"
    r"warning:|will keep trying|could not be delivered yet|deferred|postponed|"
    r"will continue to try|attempts will continue|will be attempted",
    re.I,
)
_GIVEN_UP_RE = re.compile(
    r"permanent (error|failure)|permanently|given up|giving up|not going to try again|"
    r"will not (be )?(retried|try again)|no further attempts|"
    r"no such (user|mailbox|recipient)|user unknown|unknown user|does not exist",
    re.I,
)
# Summary lines of the returned message ("To: list@…", "Subject: …") name the original's
# addressees, not necessarily the recipient that failed.
_SUMMARY_LINE_RE = re.compile(
    r"^[ \t*>-]*+(?:to|cc|from|subject|sent|date|reply-to):.*$", re.I | re.M
)
# How much of a bounce is read: real diagnostics sit in the first few KB, and a DSN report
# holds one short block per recipient.
MAX_BOUNCE_TEXT = 64 * 1024
MAX_DSN_REPORT = 256 * 1024
MAX_WRAPPED = 3  # message/rfc822 parts opened to look for a wrapped DSN
_BLANK_LINE_RE = re.compile(r"\n[ \t]*+\n")


def parse_bounce(msg: InboundMessage, our_addresses: frozenset[str] = frozenset()) -> Bounce | None:
    """The bounced recipients of a bounce; None when it is no bounce or names nobody.

    `our_addresses` are never reported as bounced: plain-text bounces often quote the sender
    ("not accepting mail from apply@…").
    """
    if is_bounce(msg) is None:
        return None
    return (
        _dsn_bounce(msg)
        or _header_bounce(msg)
        or _text_bounce(msg, our_addresses)
        or _wrapped_dsn_bounce(msg)
    )


def _wrapped_dsn_bounce(msg: InboundMessage) -> Bounce | None:
    """A DSN that a relay wrapped into a message/rfc822 part (disclaimer servers do)."""
    from parsers.message import parse_message  # here: classify must import without message

    wrapped = [a for a in msg.attachments if a.declared_type == "message/rfc822"]
    for att in wrapped[:MAX_WRAPPED]:
        try:
            inner = parse_message(att.data)
        except InputError:
            continue
        found = _dsn_bounce(inner)
        if found is not None:
            return found
    return None


def _dsn_bounce(msg: InboundMessage) -> Bounce | None:
    """RFC 3464: per-recipient blocks with Final-Recipient, Action and Status fields."""
    for att in msg.attachments:
        if att.declared_type not in ("message/delivery-status", "message/global-delivery-status"):
            continue
        text = att.data[:MAX_DSN_REPORT].decode("utf-8", "replace").replace("\r\n", "\n")
        recipients: dict[str, BouncedRecipient] = {}
        for block in _BLANK_LINE_RE.split(_unfold(text)):
            fields = _fields(block)
            # The original recipient is the address we wrote to; the final one may be an
            # alias it was rewritten to (RFC 3464 section 2.3.1).
            addr = _addr_from_field(fields.get("original-recipient", "")) or _addr_from_field(
                fields.get("final-recipient", "")
            )
            if not addr:
                continue
            action = fields.get("action", "").lower()
            status_match = _STATUS_RE.search(fields.get("status", ""))
            status = status_match[0] if status_match else None
            if action in ("delivered", "relayed", "expanded"):
                continue  # RFC 3464 section 2.3.3: not a failure
            if action.startswith("delayed"):
                permanent = False
            elif action.startswith("failed"):
                permanent = True
            else:
                permanent = not (status and status.startswith("4"))
            recipients.setdefault(
                addr, BouncedRecipient(address=addr, permanent=permanent, status=status)
            )
        if recipients:
            return Bounce.of(list(recipients.values()), "dsn")
    return None


def _header_bounce(msg: InboundMessage) -> Bounce | None:
    """Exim's X-Failed-Recipients header lists the addresses that failed permanently."""
    value = _header(msg, "x-failed-recipients")
    addrs = list(dict.fromkeys(_clean_found(a) for a in _ADDR_RE.findall(value)))
    if not addrs:
        return None
    permanent = not _TEMPORARY_RE.search(msg.subject)
    return Bounce.of([BouncedRecipient(address=a, permanent=permanent) for a in addrs], "header")


def _text_bounce(msg: InboundMessage, our_addresses: frozenset[str]) -> Bounce | None:
    """Plain-text bounces (qmail, Exchange, Yahoo, …): addresses in the diagnostic part."""
    text = msg.text[:MAX_BOUNCE_TEXT]
    if not text:
        return None
    found = _ORIGINAL_RE.search(text)
    before = text[: found.start()] if found else ""
    # A marker with only blank or dash lines above it starts the text: read all of it.
    region = before if before.strip(" \t\r\n>|-") else text
    exclude = {msg.from_addr, *msg.to, *msg.cc, *msg.reply_to, *(a.lower() for a in our_addresses)}
    addrs: list[str] = []
    for raw in _ADDR_RE.findall(_SUMMARY_LINE_RE.sub("", region)):
        addr = _clean_found(raw)
        if not addr or addr in exclude or _local_part(addr) in _ROBOT_LOCAL_PARTS or addr in addrs:
            continue
        addrs.append(addr)
    if not addrs:
        return None
    permanent = _permanent(msg.subject, region)
    return Bounce.of([BouncedRecipient(address=a, permanent=permanent) for a in addrs], "text")


def _permanent(subject: str, region: str) -> bool:
    """Permanent or temporary failure, from what a plain-text bounce says.

    Explicit words win over codes: a server that has "given up" after retrying 4.x.x errors
    reports a permanent failure, and one that "will continue to try" a temporary one.
    """
    if _GIVEN_UP_RE.search(region):
        return True
    if _TEMPORARY_RE.search(subject) or _TEMPORARY_RE.search(region):
        return False
    classes = {c[0] for c in _STATUS_RE.findall(region)} | set(_SMTP_CODE_RE.findall(region))
    # RFC 3463: class 5 is a permanent failure, class 4 a persistent transient one.
    return "5" in classes or "4" not in classes


def _clean_found(raw: str) -> str:
    """An address picked out of prose: no quotes around it, no Exchange "SMTP=" prefix;
    "" for a truncated one ("david...@gmail.com": RFC 5322 dot-atoms have no empty atoms)."""
    addr = _EXCHANGE_PREFIX_RE.sub("", raw.lower().strip(".'`{}|/="))
    return "" if ".." in addr or addr.startswith(".") or ".@" in addr else addr


_FOLD_RE = re.compile(r"\n[ \t]++")
_EXCHANGE_PREFIX_RE = re.compile(r"^(?:smtp|rfc822)[=:]")


def _unfold(text: str) -> str:
    return _FOLD_RE.sub(" ", text)


def _fields(block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in block.split("\n"):
        name, colon, value = line.partition(":")
        if colon and name.strip():
            fields.setdefault(name.strip().lower(), value.strip())
    return fields


def _addr_from_field(value: str) -> str:
    """`rfc822; user@example.com` (RFC 3464 section 2.3.2) or a bare / bracketed address."""
    _, semi, rest = value.partition(";")
    candidate = rest if semi else value
    m = _ADDR_RE.search(candidate)
    return _clean_found(m[0]) if m else ""


# -- which of our emails a bounce is about ----------------------------------------------

MAX_CITED_IDS = 50  # Message-IDs of a bounce looked up; ours are among the first few
MAX_BOUNCE_SOURCE = 1024 * 1024  # bytes of a bounce's text or attachment searched for them

_RETURNED_MESSAGE_ID = re.compile(
    rb"^Message-ID:[ \t]*+(<[^<>\s]++>)", re.IGNORECASE | re.MULTILINE
)


def returned_message_ids(msg: InboundMessage) -> list[str]:
    """The Message-IDs in the headers a bounce returns (its text/rfc822-headers or
    message/rfc822 part, or quoted in its text): which of our emails bounced. At most
    `MAX_CITED_IDS`, first seen first."""
    found: dict[str, None] = {}  # a dict: a list's `in` made 60,000 IDs take 30 s
    sources = [msg.text.encode("utf-8", "replace")[:MAX_BOUNCE_SOURCE]] + [
        a.data[:65536] for a in msg.attachments if a.size <= MAX_BOUNCE_SOURCE
    ]
    for data in sources:
        for match in _RETURNED_MESSAGE_ID.finditer(data):
            mid = match.group(1).decode("ascii", "replace")
            if mid != msg.message_id:
                found[mid] = None
                if len(found) >= MAX_CITED_IDS:
                    return list(found)
    return list(found)


def cited_message_ids(msg: InboundMessage) -> list[str]:
    """Message-IDs a bounce cites: returned headers first, then its thread."""
    thread = [i for i in [msg.in_reply_to, *msg.references] if i]
    return list(dict.fromkeys([*returned_message_ids(msg), *thread]))[:MAX_CITED_IDS]
