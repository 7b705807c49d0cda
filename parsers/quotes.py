"""What the applicant wrote in this message: quoted history and signatures stripped.

`visible_reply(text, html=None)` drops quoted history (`>` lines, "On … wrote:" / "Am …
schrieb" / "Le … a écrit" attributions, Outlook "From:/Sent:" blocks in many languages,
"-----Original Message-----", HTML blockquotes, gmail_quote, divRplyFwdMsg, …) and trailing
signatures ("-- ", "Sent from my iPhone", a closing over a name/title/phone/footer block).
`html_to_quoted_text` renders an HTML body as text with its quoted history marked the
plain-text way, so that one line classifier (`classify_lines`) reads both. parsers/answers.py
maps the lines to our questions with the same classifier: answer mapping needs the quoted
questions that every quote stripper throws away.

Why our own rules instead of a library: benchmarks/answers_accuracy.py measures quote
stripping on every fixture set beside email-reply-parser, mail-parser-reply and quotequail in
the same run (tests/data/replies/README.md has the figures).

Every regex is linear and applied to bounded windows (regex-DoS guard, as in
email_reply_parser's "pathological" fixture); a 1 MB quoted thread parses in well under a second.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

from parsers.bounds import first_lines

__all__ = [
    "MAX_REPLY_CHARS",
    "QUOTE_START_LINE",
    "forwarded_message",
    "html_to_quoted_text",
    "visible_reply",
]

# ---------------------------------------------------------------------------------------------
# Patterns. Each names the clients it comes from; all are anchored and bounded.

# "On Tue, Apr 29, 2014 at 4:22 PM, Dev <a@b> wrote:" and its translations. The verb may be
# followed by the name (German "Am … schrieb Bob <b@x>:"), so the tail before ":" is allowed.
_ATTRIBUTION_VERBS = (
    r"wrote|writes|schrieb|a\s+écrit|a\s+ecrit|escribió|escribio|ha\s+scritto|scrisse|schreef|"
    r"escreveu|skrev|kirjoitti|napisał|napisal|pisze|napsal|написал|написала|пишет|yazdı|"
    r"írta|έγραψε|het\s+volgende\s+geschreven|geschreven|ha\s+escrit|va\s+escriure|작성|a\s+scris|كتب|napisana\s+przez"
)
_ATTRIBUTION = re.compile(
    r"^(?:[\"'(\[]?\s*)?"
    r"(?:on|am|le|el|il|op|em|den|dne|på|w\s+dniu|в|el\s+día|the)\b.{0,300}?"
    rf"(?:{_ATTRIBUTION_VERBS})\b.{{0,120}}?[:：]\s*$",
    re.IGNORECASE,
)
# Attributions that do not start with a fixed word (Android: "02.04.2012 14:20 пользователь …
# написал:", Outlook for Mac: "Bob <b@x> schrieb am …:", Chinese/Japanese clients).
_ATTRIBUTION_LOOSE = re.compile(
    rf"^.{{0,300}}?(?:\b(?:{_ATTRIBUTION_VERBS})\b.{{0,120}}?[:：]|写道[:：]|のメッセージ[:：]|"
    r"さんは書きました[:：])\s*$",
    re.IGNORECASE,
)
_DATE_LIKE = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\b\d{1,2}\s+\w{3,9}\.?\s+\d{4}\b|"
    r"\b\w{3,9}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\.\s*\w{3,12}\.?\s+\d{4}\b|\b\d{1,2}[.:]\d{2}\b"
)
# "30.09.2017, 18.30, "John" <j@x>:" (Yandex), "2017-11-24 16:32 GMT+01:00 Bob <b@x>:" (Gmail),
# "ср, 30 апр. 2025 г. в 15:19, John <j@x>:" (Gmail in Russian): no verb, but a date and an
# address in angle brackets right before the closing colon.
_ADDRESS_ATTRIBUTION = re.compile(r"<\s?[^<>\s@]{1,64}@[^<>\s]{1,255}>\)?\s*[:：]$")
# "On Wed, 14 Nov 2018 08:14:43 -0200 John Doe <john@doe.com> wrote" (no colon).
_ENDS_WITH_VERB = re.compile(rf"\b(?:{_ATTRIBUTION_VERBS})\s*$", re.IGNORECASE)
# "Test user <test@example.com> schrieb:" (Outlook for Mac, Thunderbird): no date, but the
# address in angle brackets right before the verb and the closing colon.
_ADDRESS_VERB_END = re.compile(
    rf"<\s?[^<>\s@]{{1,64}}@[^<>\s]{{1,255}}>\s*+(?:{_ATTRIBUTION_VERBS})\s*+[:：]$",
    re.IGNORECASE,
)
# "janedoe@example.com wrote:" (a phone client's attribution): the address alone before the verb.
_BARE_ADDRESS_VERB = re.compile(
    rf"^[\w.+-]{{1,64}}@[\w.-]{{1,255}}\s++(?:{_ATTRIBUTION_VERBS})\s*+[:：]$", re.IGNORECASE
)
# "2011/4/7 Nathan Ivanov <support@example.com>" over a quote (old Gmail): a date and an
# address at the end of the line, no colon.
_ADDRESS_END = re.compile(r"<\s?[^<>\s@]{1,64}@[^<>\s]{1,255}>\s*$")
_STARTS_WITH_DATE = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
# Where an attribution may start inside a line ("reply On Wed, … wrote:", "bla--- On …"):
# after a space or a run of dashes, at one of the attribution's first words.
# Capitalised only: "Bob Smith on 01/02/2012 wrote:" is one attribution, not a reply + one.
_INLINE_ATTRIBUTION_START = re.compile(r"(?:\s|-{2,})(?=(?:On|Am|Le|El|Il|Op|Em|Den|Dne|W dniu)\s)")

# "-----Original Message-----" (Outlook, AOL), "----- Original Message -----" (Yahoo, Comcast),
# "-------- Original Message --------" (Thunderbird), forwards, and translations.
_ORIGINAL_MESSAGE = re.compile(
    r"^\s*[-=_*]{2,}\s*(?:original\s+message|ursprüngliche\s+nachricht|originalnachricht|"
    r"original-nachricht|"
    r"message\s+d'origine|message\s+original|mensaje\s+original|messaggio\s+originale|"
    r"oorspronkelijk\s+bericht|originalmeddelande|opprinnelig\s+melding|mensagem\s+original|"
    r"wiadomość\s+oryginalna|исходное\s+сообщение|forwarded\s+message|"
    r"weitergeleitete\s+nachricht|message\s+transféré|mensaje\s+reenviado|reply\s+message|"
    r"antwort\s+nachricht|oprindelig\s+meddelelse|oprindelig\s+besked|alkuperäinen\s+viesti|"
    r"původní\s+zpráva|eredeti\s+üzenet|originalt\s+meddelande|оригинальное\s+сообщение|"
    r"пересылаемое\s+сообщение)\s*[-=_*]{2,}"
    # "-------- Ursprüngliche Nachricht --------Von: …": the header run onto the same line.
    r"(?:\s*$|\s*+[*_]{0,2}(?:von|from|de|da|van|od|от|fra|från)\s*+[*_]{0,2}\s*+[:：])",
    re.IGNORECASE,
)
_FORWARD_INTRO = re.compile(
    r"^\s*(?:begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+nachricht|"
    r"début\s+du\s+message\s+réexpédié|inicio\s+del\s+mensaje\s+reenviado)\s*[:：]\s*$",
    re.IGNORECASE,
)
# Header lines of an unmarked quoted original (Outlook, Hotmail, Yahoo, Apple "Forwarded"),
# possibly bold in the text part ("*From:*") and in the languages Outlook ships.
_FROM_WORDS = (
    r"from|de|von|van|da|från|fra|od|от|lähettäjä|feladó|remitente|expéditeur|absender|nadawca|"
    r"发件人|寄件者|差出人|보낸\s*사람|kimden"
)
_OTHER_HEADER_WORDS = (
    r"sent|date|to|cc|bcc|subject|reply-to|envoyé|à|objet|gesendet|datum|an|betreff|"
    r"enviado|fecha|para|asunto|inviato|data|a|oggetto|verzonden|aan|onderwerp|skickat|till|"
    r"ämne|wysłano|do|temat|отправлено|кому|тема|enviada\s+em|assunto|sendt|emne|til|"
    r"envoyé\s+le|gesendet\s+am|enviado\s+el|message\s+du|copie\s+à|sujet|adresat|"
    r"发送时间|发送日期|日期|收件人|抄送|主题|主旨|寄件日期|收件者|副本|送信日時|日付|宛先|件名|"
    r"보낸\s*날짜|받는\s*사람|참조|제목|gönderildi|gönderilme\s+tarihi|kime|konu|tarih|bilgi"
)
# Possessive `\s*+` where the next piece cannot start with a space: the same matches, without
# trying every split of a run of spaces (a line of "From" and 20 KB of spaces took 24 s).
HEADER_LINE = re.compile(
    rf"^\s*+[*_]{{0,2}}(?P<name>{_FROM_WORDS}|{_OTHER_HEADER_WORDS})\s*+[*_]{{0,2}}\s*+[:：]"
    r"(?:\s*+[*_]{0,2}\s*+\S.*|\s*)$",
    re.IGNORECASE,
)
_FROM_HEADER = re.compile(rf"^(?:{_FROM_WORDS})$", re.IGNORECASE)
# Header names further along the first header line ("Temat: RE: … 13:46Nadawca: "x" a@b
# Adresat:", a Polish webmail's one-line header), not inside a word.
_INLINE_HEADER = re.compile(
    rf"(?<![^\W\d_])(?P<name>{_FROM_WORDS}|{_OTHER_HEADER_WORDS})\s*+[:：]", re.IGNORECASE
)
# "Am 20.06.24 um 16:20 schrieb Klarstein Deutschland" right over the header block it
# introduces, without the colon.
_ATTRIBUTION_NO_COLON = re.compile(
    r"^\s*(?:on|am|le|el|il|op|em|den|dne|w\s+dniu)\b.{0,300}?"
    rf"\b(?:{_ATTRIBUTION_VERBS})\b.{{0,200}}$",
    re.IGNORECASE,
)
# The value of a lone "From:" line that starts a quoted original: an address, bare, in angle
# brackets or as Outlook's "[mailto:…]", after an optional name ("From: Bob <bob@x.org>").
_FROM_VALUE = re.compile(
    r"^\s*+[*_]{0,2}(?:" + _FROM_WORDS + r")\s*+[*_]{0,2}\s*+[:：]\s*+[*_]{0,2}[^<>\[\]\n]{0,100}?"
    r"(?:<\s?[^<>\s@]{1,64}@[^<>\s]{1,255}>|\[mailto:[^\]\s]{1,255}\]|"
    r"(?<![^\s\"'(])[^\s@<>\"']{1,64}@[^\s@<>]{1,255})\s*$",
    re.IGNORECASE,
)
_DATE_HEADER = re.compile(
    r"^(?:sent|date|envoyé|gesendet|enviado|inviato|verzonden|datum|data)$", re.I
)
_TO_HEADER = re.compile(r"^(?:to|à|an|para|a|aan|till|do|til|кому)$", re.IGNORECASE)
# ">>> >>>  http://www.domain.com <<<": an advertising banner, not a quote (talon).
_BANNER_LINE = re.compile(r"^\s*+>{2,}+[>\s]{0,20}+\S.{0,300}<{2,}+\s*$")
_SEPARATOR = re.compile(r"^\s*(?:[-_=~*]\s*){3,}$")

# Signatures. "-- " is RFC 3676's delimiter; clients and people also write "--" and "__".
_SIG_DELIMITER = re.compile(r"^\s*(?:--|__+|—+)\s*$")
# Underscore and dash rules also separate parts of a reply: they start a signature only when
# what follows reads as one (names, titles, contacts, "Sent via …").
_SIG_RULE = re.compile(r"^\s*(?:__+|—{2,})\s*$")
# "-Abhishek Kona", "-- Tim": a sign-off glued to a dash (email_reply_parser's `-\w` rule).
# "-Tim", "-- Tim", and the Nordic "/Nils".
_SIG_DASH_NAME = re.compile(r"^\s*(?:--?|/)\s?[^\W\d_][\w.' ]{0,30}$")
# "Sent from my iPhone", "Sent from Outlook for Android", "Envoyé de mon iPhone", "Von meinem
# iPhone gesendet", "Get Outlook for iOS", "Sent with Sparrow (http://…)".
_MOBILE_SIG = re.compile(
    r"^\s*(?:(?:sent|get|envoyé|envoye|gesendet|enviado|inviato|verstuurd|verzonden|skickat|"
    r"sendt|wysłane|отправлено|diketik|dikirim|trimis)\s+(?:from|with|de|depuis|von|mit|desde|"
    r"da|do|vanaf|vanuit|met|från|fra|z|с|dari)\b"
    r"|sent\s+(?:using|via)\s+(?:the\s+|my\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:app|device|mobile|phone|iphone|ipad|android|outlook|mail)\b"
    r"|az\s+\S{1,40}(?:ról|ről)\s+küldve"
    r"|get\s+outlook\s+for\b|von\s+meinem\b.{0,40}\bgesendet\b|"
    r"envoyé\s+(?:de|depuis)\s+mon\b)"
    r"[^,;]{0,80}$",
    re.IGNORECASE,
)
# The words a letter opens with, in the languages applicants and their colleagues write: an
# alternation for `re` (case-insensitive), used by triage (a person's letter opens so) and by
# the answer reader (a greeting line is no answer).
GREETING_WORDS = (
    r"hi|hello|hey|dear|good (?:morning|afternoon|evening|day)|greetings|hola|"
    r"buen(?:os|as) (?:d[ií]as|tardes)|ol[áa]|bom dia|boa tarde|ciao|buongiorno|buonasera|salve|"
    r"gentil[ei]|bonjour|bonsoir|salut|madame|monsieur|hallo|guten (?:morgen|tag|abend)|moin|"
    r"liebe[rs]?|sehr geehrte[rs]?|hej|hei|goedemorgen|goedemiddag|beste|geachte|"
    r"dzie[ńn] dobry|witam|szanown[iy]|ahoj|dobr[ýy] den|merhaba|sveiki|tere|"
    r"gr[üu](?:ß|ss) gott|gr[üu]ezi|servus|szia|sziasztok|j[óo] napot|kedves|god dag|goddag|"
    r"hoi|moi|terve|bun[ăa] ziua|salam|salaam|as-?salamu|shalom|g'day|kia ora|habari|"
    r"saludos|estimad[oa]s?|prezad[oa]s?|querid[oa]s?|caro|cara|cari|"
    r"ご担当者様|お世話になっております|こんにちは|您好|你好|안녕하세요|здравствуйте|добрый день|"
    r"привет|вітаю|γεια σας|merhabalar|selam|"
    # Greetings of applicants further afield (Hausa, Igbo, Yoruba, Zulu, Swahili, Hindi,
    # Nepali, Bengali, Tamil, Telugu, Urdu/Arabic/Persian, Amharic, Thai, Vietnamese,
    # Indonesian/Malay, Tagalog, Chinese, Hebrew).
    r"sannu|ndewo|bawo|sawubona|jambo|hujambo|namaste|नमस्ते|नमस्कार|নমস্কার|வணக்கம்|"
    r"నమస్కారం|السلام علیکم|السلام عليكم|مرحبا|سلام|ሰላም|สวัสดี|xin chào|chào|halo|"
    r"selamat (?:pagi|siang|sore|malam)|magandang (?:umaga|araw|hapon|gabi)|尊敬的|亲爱的|שלום|"
    # French, as answers open.
    r"cher|chère"
)
# Closing phrases that start the sign-off under the last answer ("Thanks,\nAlice").
CLOSING = re.compile(
    r"^\s*(?:thanks|thank\s+you|many\s+thanks|thanks\s+(?:so\s+much|again|a\s+lot)|"
    r"thank\s+you\s+(?:so\s+much|again|very\s+much)|best|best\s+regards|best\s+wishes|"
    r"kind\s+regards|warm\s+regards|warmly|regards|cheers|sincerely|yours|yours\s+sincerely|"
    r"yours\s+truly|all\s+the\s+best|talk\s+soon|take\s+care|with\s+thanks|"
    # Indian and British English letter closings.
    r"thanking\s+you(?:\s+in\s+advance)?|thanks\s+in\s+advance|yours\s+faithfully|"
    r"with\s+(?:best\s+|kind\s+|warm\s+)?regards|respectfully(?:\s+yours)?|warm\s+wishes|"
    r"viele\s+grüße|liebe\s+grüße|beste\s+grüße|mit\s+freundlichen\s+grüßen|grüße|gruß|danke|"
    r"vielen\s+dank|cordialement|bien\s+à\s+vous|bien\s+cordialement|merci|merci\s+beaucoup|"
    r"amicalement|bises|saludos|un\s+saludo|atentamente|gracias|muchas\s+gracias|"
    r"cordiali\s+saluti|grazie|groeten|met\s+vriendelijke\s+groet|br|brgds|rgds|kr|thx|"
    r"ty|tia|mfg|lg|vg|obrigad[oa]|atenciosamente|abraços|pozdrawiam|dziękuję|saygılarımla|"
    r"teşekkürler|s\s+pozdravem|met\s+vriendelijke\s+groeten|hälsningar|med\s+vänlig\s+hälsning|"
    r"감사합니다|고맙습니다|谢谢|謝謝|多谢|此致|敬礼|ありがとうございます|よろしくお願いします|"
    r"よろしくお願いいたします|thanks\s+&\s+regards|thanks\s+and\s+regards|regards\s+&\s+thanks|"
    # Tagalog (with the polite "po"), Indonesian/Malay, Vietnamese, Swahili, Russian, Arabic,
    # Spanish, Italian, Polish, Czech, Romanian, Dutch, Nordic, Greek, Hindi (romanised).
    r"(?:maraming\s+)?salamat(?:\s+po)?|terima\s+kasih|cảm\s+ơn|xin\s+cảm\s+ơn|asante(?:\s+sana)?|"
    r"спасибо|с\s+уважением|شكرا|مع\s+التحية|saludos\s+cordiales|un\s+abrazo|"
    r"distinti\s+saluti|saluti|z\s+poważaniem|děkuji|mulțumesc|cu\s+stimă|bedankt|dank\s+je(?:\s+wel)?|"
    r"tack|takk|kiitos|mvh|ευχαριστώ|dhanyavaad|dhanyavad|"
    r"(?:thank\s+you(?:\s+very\s+much)?\s+and\s+)?god\s+bless(?:\s+you)?)"
    r"\s*+[,.!。！]*\s*+(?:[-–—]\s*+\S.{0,40})?$",
    re.IGNORECASE,
)
QUOTE_PREFIX = re.compile(r"^(?:[ \t]*>)+[ \t]?")
# Where Outlook-style HTML starts the quoted original (divRplyFwdMsg, …), the rendering writes
# the line Outlook's own text part writes there; it is kept in the stored text of HTML-only
# mail, so the line classifier cuts at it there too, in any language of the header block.
QUOTE_START_LINE = "-----Original Message-----"

# Bounds: longer lines are never headers; longer answers are kept whole but not re-scanned.
_MAX_HEADER_CHARS = 400
_ATTRIBUTION_LINES = 3
# Replies are parsed up to here (whole lines); the rest stays in `raw`. Real answers to a
# handful of questions fit in a few KB; this bounds the work a hostile reply can ask for.
MAX_REPLY_CHARS = 100_000
# Quote levels written out by the HTML renderer: real threads nest a few levels; more only
# repeats "> " on every line (quadratic in text and memory) without changing what is quoted.
_MAX_QUOTE_DEPTH = 20


# ---------------------------------------------------------------------------------------------
# HTML to text with quotes marked.

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SKIP_TAGS = frozenset(["head", "style", "script", "title", "xml", "template", "noscript"])
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# Containers whose whole content is quoted history (Gmail, Yahoo, Thunderbird, Apple Mail,
# Proton, Outlook for Mac).
# Not Gmail's outer <div class="gmail_quote">: in inline replies Gmail puts the applicant's
# answers inside it, between its <blockquote class="gmail_quote"> pieces.
_QUOTE_CLASSES = ("yahoo_quoted", "moz-cite-prefix", "protonmail_quote", "ydpquoted", "zmail_extra")
_QUOTE_IDS = ("olk_src_body_section", "mail-editor-reference-message-container")
# Elements after which everything is quoted history (Outlook desktop/web, Windows Live Mail).
_CUT_IDS = ("divrplyfwdmsg", "appendonsend", "stopspelling")
_CUT_CLASSES = ("outlookmessageheader",)


# A colour the applicant types answers in ("answers below in red"): saturated, so neither the
# greys of our own email's hints nor black. Named colours clients write in <font color>.
_NAMED_COLOURS = {
    "red": (255, 0, 0),
    "darkred": (139, 0, 0),
    "maroon": (128, 0, 0),
    "blue": (0, 0, 255),
    "darkblue": (0, 0, 139),
    "navy": (0, 0, 128),
    "mediumblue": (0, 0, 205),
    "green": (0, 128, 0),
    "darkgreen": (0, 100, 0),
    "purple": (128, 0, 128),
    "magenta": (255, 0, 255),
    "fuchsia": (255, 0, 255),
    "orange": (255, 165, 0),
    "darkorange": (255, 140, 0),
    "teal": (0, 128, 128),
    "crimson": (220, 20, 60),
    "royalblue": (65, 105, 225),
    "indigo": (75, 0, 130),
}
_STYLE_COLOUR = re.compile(r"(?:^|[;\s])color\s*:\s*([^;]{1,40})", re.IGNORECASE)
_RGB = re.compile(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})")


def _answer_colour(value: str) -> bool:
    """Whether a CSS/<font> colour is one a person picks to set answers apart."""
    value = value.strip().lower().removesuffix("!important").strip()
    rgb: tuple[int, ...] | None = _NAMED_COLOURS.get(value)
    if rgb is None and (m := re.fullmatch(r"#?([0-9a-f]{6}|[0-9a-f]{3})", value)):
        h = m.group(1)
        h = "".join(c * 2 for c in h) if len(h) == 3 else h
        rgb = tuple(int(h[i : i + 2], 16) for i in (0, 2, 4))
    elif rgb is None and (m := _RGB.match(value)):
        rgb = tuple(min(int(x), 255) for x in m.groups())
    return rgb is not None and max(rgb) - min(rgb) >= 64


def _sets_answer_colour(tag: str, attr: dict[str, str]) -> bool:
    if tag == "a":  # links are coloured by the client, not by the writer
        return False
    if tag == "font" and _answer_colour(attr.get("color", "")):
        return True
    m = _STYLE_COLOUR.search(attr.get("style", ""))
    return m is not None and _answer_colour(m.group(1))


# The reply says its answers are written into the quoted original ("answers inline below in
# red", "see my answers below in blue", "respuestas en rojo").
_ANSWERS_IN_QUOTE = re.compile(
    r"\b(?:in\s*line|inline|below|beneath|under\s+(?:each|the)\s+questions?|in\s+(?:red|blue|green|"
    r"purple|orange|bold|colou?r)|en\s+(?:rojo|azul|verde|rouge|bleu|vert)|in\s+(?:rot|blau|grün|"
    r"rosso|blu|verde)|em\s+(?:vermelho|azul|verde)|abaixo|abajo|ci-dessous|unten|sotto)\b",
    re.IGNORECASE,
)


class _QuotingHTMLParser(HTMLParser):
    """Renders HTML as text lines, prefixing "> " inside quote containers and writing a cut
    mark where Outlook-style clients start the quoted original. Lines written in an answer
    colour inside a quote are noted (`coloured`): people answer inline that way."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._buf: list[str] = []
        # (tag, opens quote, skip content, sets an answer colour inside a quote)
        self._stack: list[tuple[str, bool, bool, bool]] = []
        self._quote_depth = 0
        self._skip_depth = 0
        self._pre_depth = 0
        self._lists: list[list[int]] = []  # counters of open <ol> (None-like -1 for <ul>)
        # Open elements per tag name: an end tag matching none is skipped without a search.
        self._open: dict[str, int] = {}
        self._paragraphs: list[bool] = []  # open <p>s: whether each ends in a blank line
        self._colour_depth = 0  # open elements that set an answer colour inside a quote
        self.coloured: set[int] = set()  # indices in `lines`

    # -- helpers
    def _flush(self, force_blank: bool = False) -> None:
        text = "".join(self._buf)
        self._buf = []
        # Outlook writes its empty paragraphs as <p>&nbsp;</p>: that is a blank line.
        force_blank = force_blank or ("\xa0" in text and not text.replace("\xa0", " ").strip())
        if self._pre_depth == 0:
            text = " ".join(text.replace("\xa0", " ").split())
        if text or force_blank:
            depth = min(self._quote_depth, _MAX_QUOTE_DEPTH)
            if depth and self._colour_depth and text.strip():
                self.coloured.add(len(self.lines))
            self.lines.append("> " * depth + text if depth else text)

    def _pop_to(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                for name, quote, skip, colour in reversed(self._stack[i:]):
                    self._open[name] -= 1
                    if colour:
                        self._flush()
                        self._colour_depth -= 1
                    if quote:
                        self._quote_depth -= 1
                    if skip:
                        self._skip_depth -= 1
                    if name == "pre":
                        self._pre_depth -= 1
                    if name in ("ol", "ul") and self._lists:
                        self._lists.pop()
                del self._stack[i:]
                return

    # -- HTMLParser interface
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        classes = attr.get("class", "").lower()
        ident = attr.get("id", "").lower()
        if tag in _SKIP_TAGS:
            if tag not in _VOID_TAGS:
                self._stack.append((tag, False, True, False))
                self._open[tag] = self._open.get(tag, 0) + 1
                self._skip_depth += 1
            return
        if self._skip_depth:
            return
        if tag == "br":
            self._flush(force_blank=True)
            return
        if tag in _BLOCK_TAGS or (tag == "span" and ident in _QUOTE_IDS):
            self._flush()
        if ident in _CUT_IDS or any(c in classes for c in _CUT_CLASSES):
            self._flush()
            self.lines.append(QUOTE_START_LINE)
        if tag == "hr":
            self.lines.append("-" * 10)
        if tag in _VOID_TAGS:
            return
        quote = (
            tag == "blockquote" or any(c in classes for c in _QUOTE_CLASSES) or ident in _QUOTE_IDS
        )
        if quote:
            self._quote_depth += 1
        if tag == "pre":
            self._pre_depth += 1
        if tag == "p":
            self._paragraphs.append("msonormal" not in classes)
            if self._paragraphs[-1] and self.lines and self.lines[-1].strip(" >"):
                self._flush(force_blank=True)  # and begins after one
        if tag == "ol":
            self._lists.append([int(attr["start"]) - 1 if attr.get("start", "").isdigit() else 0])
        elif tag == "ul":
            self._lists.append([-1])
        elif tag == "li":
            if self._lists and self._lists[-1][0] >= 0:
                self._lists[-1][0] += 1
                self._buf.append(f"{self._lists[-1][0]}. ")
            else:
                self._buf.append("- ")
        colour = bool(self._quote_depth) and _sets_answer_colour(tag, attr)
        if colour:
            self._flush()  # the answer is a line of its own, not the question's tail
            self._colour_depth += 1
        self._stack.append((tag, quote, False, colour))
        self._open[tag] = self._open.get(tag, 0) + 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        if self._skip_depth and tag not in _SKIP_TAGS:
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "p" and self._open.get(tag) and self._paragraphs and self._paragraphs.pop():
            # A paragraph ends in a blank line, as a browser shows it; Outlook's MsoNormal
            # paragraphs are its lines (it writes blank ones as <p>&nbsp;</p>).
            self._flush(force_blank=True)
        if self._open.get(tag):
            self._pop_to(tag)

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self._buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


# html.parser (Python 3.11) raises AssertionError on a marked section it does not know
# ("<![x"); as text, it is what a browser shows.
_UNKNOWN_MARKED_SECTION = re.compile(
    r"<!\[(?!(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-zA-Z0-9]))",
    re.IGNORECASE,
)
# html.parser scans from a "<" to the end of the document for markup that never ends, once per
# such "<" (quadratic: 6,000 "<a b='" took 6 s, 12,000 four times that). A few happen in real
# mail and are left alone; beyond this many, all of them are escaped and read as text.
_MAX_UNENDED_MARKUP = 64
_SECTION_END = re.compile(r"\]\s*>")
_CDATA_END = re.compile(r"\]\s*\]\s*>")


def _defuse_markup(html: str) -> str:
    """`html` with markup that html.parser would scan to the end for, when there is much of
    it, and unknown marked sections, escaped as text."""
    html = _UNKNOWN_MARKED_SECTION.sub("&lt;![", html)
    opens = [m.start() for m in re.finditer("<", html)]
    closes = [m.start() for m in re.finditer(">", html)]
    comment_end = html.rfind("-->")
    section_end = max((m.start() for m in _SECTION_END.finditer(html)), default=-1)
    cdata_end = max((m.start() for m in _CDATA_END.finditer(html)), default=-1)
    unended: list[int] = []
    for k, i in enumerate(opens):
        if html.startswith("<!--", i):
            ended = comment_end >= i + 4
        elif html.startswith("<![", i):
            ended = (
                section_end if html[i + 3 : i + 5].lower() in ("if", "el", "en") else cdata_end
            ) > i
        elif (
            (after := html[i + 1 : i + 2])
            and after.isascii()
            and (after.isalpha() or after in "/!?")
        ):
            following = opens[k + 1] if k + 1 < len(opens) else len(html)
            c = bisect.bisect_right(closes, i)
            ended = c < len(closes) and closes[c] < following
        else:
            continue
        if not ended:
            unended.append(i)
    if len(unended) <= _MAX_UNENDED_MARKUP:
        return html
    pieces: list[str] = []
    last = 0
    for i in unended:
        pieces.append(html[last:i])
        pieces.append("&lt;")
        last = i + 1
    pieces.append(html[last:])
    return "".join(pieces)


def _own_text(lines: list[str]) -> str:
    """The reply's text above its first quoted line (bounded)."""
    own: list[str] = []
    for line in lines[:200]:
        if line.startswith(">") or line == QUOTE_START_LINE:
            break
        own.append(line)
    return "\n".join(own)[:2000]


def announces_answers_in_quote(text: str) -> bool:
    """Whether a reply's own text (above its quote) says the answers are in the quote."""
    return bool(_ANSWERS_IN_QUOTE.search(_own_text(text.split("\n", 200)[:200])))


def html_with_answers_in_quote(html: str) -> str | None:
    """`html_to_quoted_text(html)` when answers were typed in colour into its quoted original
    (the text/plain alternative marks them quoted like the rest), else None."""
    text, unquoted = _render(html)
    return text if unquoted else None


def html_to_quoted_text(html: str) -> str:
    """Plain text of an HTML body with quoted history marked the plain-text way ("> " lines),
    so the same rules strip it. Used for HTML-only replies."""
    return _render(html)[0]


def _render(html: str) -> tuple[str, bool]:
    """`html_to_quoted_text`, and whether answers in colour inside the quote were unquoted."""
    parser = _QuotingHTMLParser()
    parser.feed(_defuse_markup(html))
    parser.close()
    raw = [line.rstrip() for line in parser.lines]
    unquoted = bool(parser.coloured) and bool(_ANSWERS_IN_QUOTE.search(_own_text(raw)))
    if unquoted:
        # Answers typed in colour into the quoted original are the applicant's own lines.
        for i in parser.coloured:
            raw[i] = raw[i].lstrip(" >")
    # The quote depth of the next line with text, for each line (one pass from the end).
    next_depth: list[int | None] = [None] * len(raw)
    following: int | None = None
    for i in range(len(raw) - 1, -1, -1):
        next_depth[i] = following
        if raw[i].strip(" >"):
            following = raw[i].count(">", 0, len(raw[i]) - len(raw[i].lstrip(" >")))
    lines: list[str] = []
    depth = 0  # of the last line with text
    for i, line in enumerate(raw):
        if line.strip(" >"):
            depth = line.count(">", 0, len(line) - len(line.lstrip(" >")))
        elif not lines or not lines[-1].strip(" >"):
            continue  # runs of blank lines (nested <div><br></div>, paragraphs) are one
        elif ">" in line and not (depth == line.count(">") == next_depth[i]):
            continue  # a quote's paragraph break belongs inside it, not at its edges
        lines.append(line)
    return "\n".join(lines).strip("\n"), unquoted


# ---------------------------------------------------------------------------------------------
# Line classification shared by both functions.

Kind = Literal["own", "quoted", "blank", "attribution", "cut"]


@dataclass
class Line:
    index: int
    text: str  # the line as written (without the newline)
    kind: Kind
    content: str  # without quote markers
    depth: int = 0  # quote depth
    # For an attribution that starts inside a line ("reply On … wrote:"): the reply's text
    # before it, which `visible_reply` keeps.
    prefix: str = ""


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _dash_framed(window: str) -> str | None:
    r"""The inside of a dash frame ("---- On Fri, … <a@b> wrote ----", Zoho), or None. String
    operations: the regex `^\s*-{2,}\s*(.*?)\s*-{2,}\s*$` was cubic on a run of spaces."""
    text = window.strip()
    lead = len(text) - len(text.lstrip("-"))
    trail = len(text) - len(text.rstrip("-"))
    inner = text.strip("-")
    if lead < 2 or trail < 2 or (not inner and len(text) < 4):
        return None
    return inner.strip()


def _is_attribution(window: str) -> bool:
    # Zoho frames it in dashes, without a colon: "---- On Fri, … <a@b> wrote ----".
    framed = _dash_framed(window)
    if framed is not None:
        window = framed.rstrip(":：") + ":"
    if len(window) > _MAX_HEADER_CHARS:
        return False
    if not window.rstrip().endswith((":", "：")):
        # "On <date> Bob <b@x> wrote" without the colon: only with both a date and an address.
        if not (_ENDS_WITH_VERB.search(window) and "@" in window and _DATE_LIKE.search(window)):
            return False
        window = window.rstrip() + ":"
    has_marker = "@" in window or bool(_DATE_LIKE.search(window))
    if _ADDRESS_ATTRIBUTION.search(window.rstrip()) and _DATE_LIKE.search(window):
        return True
    if _BARE_ADDRESS_VERB.match(window.strip()):
        return True
    if not window.lstrip().startswith("<") and _ADDRESS_VERB_END.search(window.rstrip()):
        # (A line that is only "<bob@x> wrote:" ends a wrapped attribution: the window with
        # the line above it is the attribution.)
        return True
    if _ATTRIBUTION.match(window):
        return has_marker or bool(re.search(r"\d", window))
    if _ATTRIBUTION_LOOSE.match(window):
        # Without a fixed first word, demand both a date/time and an address or a date, so a
        # sentence like "My mentor wrote:" is never mistaken for quoted history.
        return bool(_DATE_LIKE.search(window)) and (
            "@" in window or "<" in window or bool(re.search(r"\d{4}", window))
        )
    return False


def _header_block_at(lines: Sequence[str], i: int) -> bool:
    """True if an unmarked quoted original's header block ("From: …", "Sent: …") starts at i."""
    m = HEADER_LINE.match(lines[i])
    if not m or len(lines[i]) > _MAX_HEADER_CHARS:
        return False
    names = {m.group("name").lower()}
    has_from = bool(_FROM_HEADER.match(m.group("name")))
    has_address = "@" in lines[i]
    dated = bool(_DATE_HEADER.match(m.group("name")) and _DATE_LIKE.search(lines[i]))
    for inline in _INLINE_HEADER.finditer(lines[i], m.end("name")):
        name = inline.group("name").lower()
        names.add(name)
        has_from = has_from or bool(_FROM_HEADER.match(name))
    seen = 1
    j = i + 1
    while j < len(lines) and j <= i + 6 and seen < 3:
        line = lines[j]
        if not line.strip():
            j += 1
            continue
        m2 = HEADER_LINE.match(line)
        if not m2:
            # Outlook wraps a long "To:" list onto the next line; allow one such line.
            wrapped = lines[j - 1].rstrip().endswith(("[mailto:", "<", ","))
            if (j == i + 1 and not wrapped) or not lines[j - 1].strip():
                break
            j += 1
            continue
        name = m2.group("name").lower()
        has_address = has_address or "@" in line
        dated = dated or bool(_DATE_HEADER.match(name) and _DATE_LIKE.search(line))
        if name not in names:
            names.add(name)
            seen += 1
            has_from = has_from or bool(_FROM_HEADER.match(name))
        j += 1
    # Two header names need an address to count: an answer may well read "From: 1 June" /
    # "To: 31 August". Real blocks carry three or more (From, Sent/Date, To, Subject).
    if has_from:
        return len(names) >= 3 or (len(names) >= 2 and has_address)
    # "Date: Wed, 16 May 2012 00:15:02 -0600" / "To: bob@x" with the From line lost above.
    return dated and has_address and any(_TO_HEADER.match(n) for n in names) and len(names) >= 2


def classify_lines(text: str) -> list[Line]:
    raw = _normalise_newlines(first_lines(text, MAX_REPLY_CHARS)).split("\n")
    out: list[Line] = []
    for i, line in enumerate(raw):
        if line == QUOTE_START_LINE:
            out.append(Line(i, line, "cut", ""))
            continue
        m = QUOTE_PREFIX.match(line)
        if m and not (len(line) <= _MAX_HEADER_CHARS and _BANNER_LINE.match(line)):
            depth = m.group(0).count(">")
            content = line[m.end() :]
            out.append(Line(i, line, "quoted", content, depth))
        elif not line.strip():
            out.append(Line(i, line, "blank", ""))
        else:
            out.append(Line(i, line, "own", line))
    _mark_attributions(out)
    _mark_unmarked_original(out)
    return out


def _mark_attributions(lines: list[Line]) -> None:
    """Mark "On … wrote:" lines (up to three wrapped lines) as attributions."""
    texts = [ln.text for ln in lines]
    i = 0
    n = len(lines)
    while i < n:
        tail = texts[i].rstrip()
        if lines[i].kind != "own" or not (
            tail.endswith((":", "：", "--"))
            or (len(tail) <= _MAX_HEADER_CHARS and _ENDS_WITH_VERB.search(tail))
        ):
            i += 1
            continue
        # The shortest window ending here that reads as an attribution wins, so the reply's own
        # last line is never swallowed into the header below it (talon's android fixture).
        for span in range(1, _ATTRIBUTION_LINES + 1):
            start = i - span + 1
            if start < 0 or any(lines[k].kind != "own" for k in range(start, i + 1)):
                break
            window = " ".join(texts[k].strip() for k in range(start, i + 1))
            if _is_attribution(window):
                for k in range(start, i + 1):
                    lines[k].kind = "attribution"
                break
        if lines[i].kind == "own" or (
            lines[i].kind == "attribution"
            and (i == 0 or lines[i - 1].kind != "attribution")
            and not _ATTRIBUTION.match(texts[i].strip())
        ):
            _split_inline_attribution(lines[i])
        i += 1
    # A line ending in ":" right above a quote block, naming a date or an address, is an
    # attribution in any language (mail.ru "… от Alexander <a@b>:", Yandex "26.06.2014, … :").
    for idx, line in enumerate(lines):
        if line.kind != "quoted":
            continue
        k = idx - 1
        while k >= 0 and lines[k].kind == "blank":
            k -= 1
        if k < 0 or lines[k].kind != "own":
            continue
        prev = lines[k].text.strip()
        if len(prev) <= _MAX_HEADER_CHARS and (
            (prev.endswith((":", "：")) and _DATE_LIKE.search(prev))
            or (_STARTS_WITH_DATE.match(prev) and _ADDRESS_END.search(prev))
        ):
            lines[k].kind = "attribution"


def _split_inline_attribution(line: Line) -> None:
    """ "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" (talon): the attribution
    starts inside the line; the text before it is the reply's."""
    text = line.text.rstrip()
    if len(text) > _MAX_HEADER_CHARS or not text.endswith((":", "：")):
        return
    if "@" not in text and not _DATE_LIKE.search(text):
        return
    for tries, m in enumerate(_INLINE_ATTRIBUTION_START.finditer(text)):
        if tries >= 4:
            return
        before = text[: m.start()].rstrip(" -")
        window = text[m.end() :].strip()
        if before.strip() and _ATTRIBUTION.match(window) and _is_attribution(window):
            line.kind = "attribution"
            line.prefix = before
            return


def _mark_unmarked_original(lines: list[Line]) -> None:
    """Everything from the first unmarked quoted original on becomes "cut"."""
    texts = [ln.text for ln in lines]
    start: int | None = None
    for i, line in enumerate(lines):
        if line.kind == "cut":
            start = i
            break
        if line.kind == "attribution":
            # "On … wrote:" followed by unmarked text: a top-post over a quote without ">"
            # (Outlook and webmails converting HTML replies).
            j = i + 1
            while j < len(lines) and lines[j].kind in ("blank", "attribution"):
                j += 1
            if j < len(lines) and lines[j].kind == "own" and _unquoted_tail_is_history(lines, j):
                start = i
                break
            continue
        if line.kind != "own":
            continue
        if _ORIGINAL_MESSAGE.match(line.text) or _FORWARD_INTRO.match(line.text):
            start = i
            break
        if len(line.text) <= _MAX_HEADER_CHARS and _FROM_VALUE.match(line.text):
            # A lone "From: Bob <bob@x.org>" line: the header of a quoted original whose other
            # fields were lost or run onto it (willdurand's and talon's fixtures).
            start = i
            k = i - 1
            while k >= 0 and lines[k].kind == "blank":
                k -= 1
            if k >= 0 and lines[k].kind == "own" and _SEPARATOR.match(lines[k].text):
                start = k
            break
        if _SEPARATOR.match(line.text) and _separator_over_from(lines, i):
            # An <hr> (or "____") over a lone "From: bob@x …" line: Outlook's and Windows
            # Mail's HTML reply header, its other fields run onto the same line.
            start = i
            break
        if _header_block_at(texts, i):
            start = i
            # Take the separator line above the block too (Outlook's underscores, Yahoo's hr),
            # or an "Am … schrieb …" line without its colon right over it.
            k = i - 1
            while k >= 0 and lines[k].kind == "blank":
                k -= 1
            if (
                k >= 0
                and lines[k].kind == "own"
                and _line_over_header_block(lines[k].text, k == i - 1)
            ):
                start = k
            break
    if start is not None:
        for line in lines[start:]:
            line.kind = "cut"


def _line_over_header_block(text: str, adjacent: bool) -> bool:
    """The line above a header block that belongs to the quoted original: a separator, or an
    "Am … schrieb …" attribution without its colon right over the block."""
    if _SEPARATOR.match(text):
        return True
    return (
        adjacent
        and len(text) <= _MAX_HEADER_CHARS
        and bool(_ATTRIBUTION_NO_COLON.match(text))
        and bool(_DATE_LIKE.search(text))
    )


def _separator_over_from(lines: list[Line], i: int) -> bool:
    j = i + 1
    while j < len(lines) and j <= i + 3 and lines[j].kind == "blank":
        j += 1
    if j >= len(lines) or lines[j].kind != "own":
        return False
    m = HEADER_LINE.match(lines[j].text)
    return bool(m and _FROM_HEADER.match(m.group("name")) and "@" in lines[j].text)


def _unquoted_tail_is_history(lines: list[Line], j: int) -> bool:
    # An attribution followed by plain lines and then no more quoted lines: the plain lines
    # are the quoted original. If ">" lines follow later, the plain lines are the reply
    # (bottom-posting under a quote whose first line was unmarked).
    return not any(ln.kind == "quoted" for ln in lines[j:])


# ---------------------------------------------------------------------------------------------
# Signatures.


def strip_signature(lines: list[str]) -> list[str]:
    """Drop a trailing signature block from the applicant's own lines."""
    changed = True
    while changed:
        changed = False
        while lines and not lines[-1].strip():
            lines.pop()
        nonblank_after = 0
        for i in range(len(lines) - 1, -1, -1):
            line = lines[i]
            if not line.strip():
                continue
            if (
                _SIG_DELIMITER.match(line)
                and nonblank_after <= 12
                and (not _SIG_RULE.match(line) or _signature_like_below(lines, i))
            ):
                del lines[i:]
                changed = True
                break
            if CLOSING.match(line) and 2 <= nonblank_after <= 3 and _name_and_title_below(lines, i):
                # "Regards,\n\nJohn Doe\nCEO @ Acme !": a closing over a name and a title or
                # contact line (a closing over a bare name stays: it is part of the reply).
                del lines[i:]
                changed = True
                break
            if _MOBILE_SIG.match(line) and nonblank_after <= 3 and len(line) <= 120:
                del lines[i:]
                changed = True
                break
            if (
                _SIG_DASH_NAME.match(line)
                and nonblank_after <= 4
                and _looks_like_dash_signoff(lines, i)
            ):
                del lines[i:]
                changed = True
                break
            if _SEPARATOR.match(line) and nonblank_after == 0:
                del lines[i:]
                changed = True
                break
            nonblank_after += 1
            if nonblank_after > 12:
                break
    return lines


def _signature_like_below(lines: list[str], i: int) -> bool:
    below = [ln for ln in lines[i + 1 :] if ln.strip()]
    return all(
        _MOBILE_SIG.match(ln) or _SEPARATOR.match(ln) or _is_sig_line(ln) or _is_soft_closing(ln)
        for ln in below
    )


def _name_and_title_below(lines: list[str], i: int) -> bool:
    below = [ln for ln in lines[i + 1 :] if ln.strip()]
    if len(below) < 2 or not _is_sig_name(below[0]):
        return False
    rest = below[1:]
    return all(_is_sig_line(ln) and not _is_sig_name(ln) for ln in rest) and any(
        "@" in ln or _CONTACT.search(ln) or len(ln.split()) >= 2 for ln in rest
    )


def _looks_like_dash_signoff(lines: list[str], i: int) -> bool:
    """ "-Abhishek Kona", "-- Tim" or "/Nils", not the last item of a "-item" list:
    capitalised words, and the line above is not another dash item."""
    words = lines[i].strip().lstrip("-/").split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k < 0 or not lines[k].lstrip().startswith(("-", "/"))


_CONTACT = re.compile(
    r"https?://|\bwww\.|[^\s@]@[^\s@]+\.\w|(?:^|\s|\|)@\w"
    r"|^\s*+(?:t|m|p|f|tel|phone|mobile|mob|cell|office|fax|telefon|tél|tel[ée]fono|handy)\b\.?\s*+[:.]?\s*+\+?[\d(]"
    r"|(?:^|\s)\+?\(?\d[\d ().-]{7,}\d",
    re.IGNORECASE,
)
_LEGAL = re.compile(
    r"\b(?:confidential|confidentiality|privileged|intended\s+(?:solely|only)|disclaimer|"
    r"if\s+you\s+(?:have\s+)?received\s+this|vertraulich|confidentiel|confidencial|riservat|"
    r"indirizzat[oi]\s+esclusivamente|ricevuto\s+(?:questo|il\s+presente)|destinatari[oa]\s+"
    r"(?:indicat|unic)|exclusivamente\s+(?:para|al|a\s+su)|destinataire|ausschließlich\s+für|"
    r"irrtümlich|per\s+errore|por\s+error|par\s+erreur|por\s+engano|poufn|gizli|"
    # "Please consider the environment before printing this email."
    r"before\s+printing|vor\s+dem\s+ausdrucken|avant\s+d.imprimer|antes\s+de\s+imprimir)",
    re.IGNORECASE,
)
_SIG_NAME = re.compile(
    r"^\s*+(?:(?:dr|prof|mr|mrs|ms)\.?\s++)?[^\W\d_][\w'’-]{0,24}+(?:\s++[^\W\d_][\w.'’-]{0,24}+){0,3}"
    r"(?:,\s*+[\w.]{1,12}+){0,2}\s*+$"
)


def _is_sig_name(line: str) -> bool:
    words = line.strip().split()
    return (
        bool(_SIG_NAME.match(line))
        and 1 <= len(words) <= 5
        and all(
            w[:1].isupper() or _caseless_name_word(w)
            for w in words
            if w[:1].isalpha() and w.lower() not in ("de", "van", "von", "da", "del")
        )
    )


def _caseless_name_word(word: str) -> bool:
    """A short word of a script without capitals (森 健太, 김민준): names there have no case."""
    return len(word) <= 4 and all(c.isalpha() and c.lower() == c.upper() for c in word)


def _is_soft_closing(line: str) -> bool:
    """A short line that reads as a sign-off ("Thanks very much,", "Have a great day!",
    "Merci beaucoup 🙏"): few words, no digits, not ending as a sentence."""
    text = line.strip()
    words = text.split()
    if not (1 <= len(words) <= 7) or len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    if CLOSING.match(text):
        return True
    return not text.endswith((".", ":", "?", ";")) and text[:1].isupper()


def _is_sig_line(line: str) -> bool:
    text = line.strip()
    if len(text) > 160:
        return False
    if _CONTACT.search(text) or _is_sig_name(text):
        return True
    words = text.split()
    # A job title or company line: short, no sentence end (an abbreviation like "Inc." allowed).
    if len(words) <= 14 and not text.endswith(("?", ":", ";")):
        return (
            not text.endswith(".")
            or len(words) <= 3
            or "|" in text
            or bool(_COMPANY_END.search(text))
        )
    return False


# "Suraksha Life Insurance Co. Ltd.": a company's legal form, not the end of a sentence.
_COMPANY_END = re.compile(
    r"\b(?:ltd|inc|co|corp|llc|llp|plc|gmbh|pvt|pty|ag|s\.?a|s\.?l|b\.?v|n\.?v|s\.?p\.?a|"
    r"s\.?r\.?l|sp\. z o\.?o|a\.?s)\.$",
    re.IGNORECASE,
)


def strip_signature_block(lines: list[str]) -> list[str]:
    """Drop the block under the last answer that is a sign-off and a signature by its shape: a
    closing line and/or a name, then titles, phone numbers, links, and a legal footer. The
    first line of the answer always stays. Linear in the number of lines."""
    while lines and not lines[-1].strip():
        lines.pop()
    first = next((k for k, s in enumerate(lines) if s.strip()), len(lines))
    # Legal footers: whole trailing paragraphs that read as a disclaimer.
    changed = True
    while changed:
        changed = False
        blank = max((k for k, s in enumerate(lines) if not s.strip()), default=-1)
        if blank > first and _LEGAL.search(" ".join(lines[blank + 1 :])[:2000]):
            del lines[blank:]
            while lines and not lines[-1].strip():
                lines.pop()
            changed = True
    # The run of signature-looking lines at the end (blank lines inside it allowed).
    k = len(lines) - 1
    run_start = len(lines)
    nonblank = 0
    while k > first:
        line = lines[k]
        if line.strip():
            if not (_is_sig_line(line) or _is_soft_closing(line)) or nonblank >= 10:
                break
            nonblank += 1
            run_start = k
        k -= 1
    if run_start >= len(lines):
        return lines
    # Where the sign-off begins: the first closing line or name in the run that starts a
    # paragraph (or follows the answer's last sentence), with something signature-like below
    # it, or a known closing phrase on its own.
    has_strong_below = [False] * (len(lines) + 1)
    for j in range(len(lines) - 1, run_start - 1, -1):
        has_strong_below[j] = has_strong_below[j + 1] or bool(
            lines[j].strip() and (_CONTACT.search(lines[j]) or _is_sig_name(lines[j]))
        )
    for j in range(run_start, len(lines)):
        text = lines[j].strip()
        if not text:
            continue
        prev = lines[j - 1].strip()
        starts = not prev or prev.endswith((".", "!", "?"))
        if not starts:
            continue
        below = has_strong_below[j + 1]
        if (CLOSING.match(text) or (_is_soft_closing(text) and below)) or (
            (_is_sig_name(text) or _CONTACT.search(text)) and (below or not prev)
        ):
            del lines[j:]
            break
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def strip_closing(lines: list[str]) -> list[str]:
    """Drop "Thanks,\\nAlice" style sign-offs (closing phrase + at most 3 short lines)."""
    while lines and not lines[-1].strip():
        lines.pop()
    tail = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if not line:
            continue
        if CLOSING.match(line):
            del lines[i:]
            while lines and not lines[-1].strip():
                lines.pop()
            return lines
        tail += 1
        if tail > 3 or len(line) > 40 or (line.endswith((".", "?", "!", ":")) and tail > 0):
            break
    return lines


# ---------------------------------------------------------------------------------------------
# visible_reply


def source_text(text: str, html: str | None) -> str:
    text = _normalise_newlines(text or "")
    if not text.strip() and html:
        return html_to_quoted_text(html)
    return text


def _mark_wrapped_quote_lines(lines: list[Line]) -> None:
    """A quoted line wrapped by the sender's client leaves its tail without the ">" marker
    ("> … Nullam pharetra d" / "ignissim odio?" / ">"). One or two unmarked lines right between
    two quoted lines, with no blank line on either side, that do not start with a capital
    letter, are that tail. For the visible reply only: answer mapping reads inline answers
    there (parsers/answers.py), however they start."""
    n = len(lines)
    i = 0
    while i < n:
        if lines[i].kind != "quoted":
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= 3 and lines[j].kind == "own":
            j += 1
        run = lines[i + 1 : j]
        if (
            1 <= len(run) <= 2
            and j < n
            and lines[j].kind == "quoted"
            and all(not ln.text.lstrip()[:1].isupper() for ln in run)
        ):
            for ln in run:
                ln.kind = "quoted"
        i = j if j > i + 1 else i + 1


def _unquote_citations_above_attribution(lines: list[Line]) -> None:
    """A one-level quote above the first "On … wrote:" whose own quote follows it is the
    writer's citation, not the history ("Reply" / <blockquote>Regular</blockquote> / "On …
    wrote:" / the original: talon keeps it). For the visible reply only."""
    first_attr = next((i for i, ln in enumerate(lines) if ln.kind == "attribution"), None)
    if first_attr is None:
        return
    j = first_attr + 1
    while j < len(lines) and lines[j].kind in ("blank", "attribution"):
        j += 1
    if j >= len(lines) or lines[j].kind != "quoted":
        return
    above = lines[:first_attr]
    if not any(ln.kind == "own" for ln in above):
        return
    if any(ln.kind == "quoted" and ln.depth != 1 for ln in above):
        return
    for ln in above:
        if ln.kind == "quoted":
            ln.kind = "own"
            ln.text = ln.content


def visible_reply(text: str, html: str | None = None) -> str:
    """What the applicant wrote in this message, without quoted history or signature.

    `text` is the text/plain part. `html` is used when the plain part is missing or empty
    (HTML-only clients); there, blockquotes and the quote containers of Gmail, Outlook, Apple
    Mail and Thunderbird mark the history. Inline replies keep the applicant's lines from
    between the quotes, in order, separated by a blank line. Answers typed into an Outlook-style
    unmarked original are not visible here (nothing marks them as new); `extract_answers`
    still finds them under our questions.
    """
    lines = classify_lines(source_text(text, html))
    _mark_wrapped_quote_lines(lines)
    _unquote_citations_above_attribution(lines)
    own: list[str] = []
    previous_kind: Kind | None = None
    for line in lines:
        if line.kind == "cut":
            break
        if line.kind in ("quoted", "attribution"):
            if line.prefix:
                own.append(line.prefix)
            previous_kind = line.kind
            continue
        if line.kind == "blank" and previous_kind in ("quoted", "attribution"):
            # The blank lines that closed a quote go with it (talon's rule): the reply's own
            # blank line above the quote, if any, still separates its paragraphs.
            continue
        own.append(line.text.rstrip())
        previous_kind = line.kind
    own = strip_signature(own)
    while own and not own[0].strip():
        own.pop(0)
    return "\n".join(own).rstrip()


# A message forwarded whole: "---------- Forwarded message ---------" (Gmail), "Begin
# forwarded message:" (Apple Mail) and their translations; its own header block follows.
_FORWARD_MARKER = re.compile(
    r"^\s*+[-=_*]{2,}+\s*+(?:forwarded\s+message|weitergeleitete\s+nachricht|"
    r"message\s+transféré|mensaje\s+reenviado|mensagem\s+encaminhada|messaggio\s+inoltrato|"
    r"doorgestuurd\s+bericht|пересылаемое\s+сообщение)\s*+[-=_*]{2,}+\s*$"
    r"|^\s*+(?:begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+nachricht|"
    r"début\s+du\s+message\s+réexpédié|inicio\s+del\s+mensaje\s+reenviado)\s*+[:：]\s*$",
    re.IGNORECASE,
)


def forwarded_message(text: str) -> str | None:
    """The body of the first message forwarded whole in `text` (after its header block), or
    None. An applicant who forwards their own earlier reply sends their answers in it."""
    lines = _normalise_newlines(first_lines(text, MAX_REPLY_CHARS)).split("\n")
    for i, line in enumerate(lines):
        if len(line) <= _MAX_HEADER_CHARS and _FORWARD_MARKER.match(line):
            j = i + 1
            while j < len(lines) and lines[j].strip():  # From:, Date:, Subject:, To:
                j += 1
            return "\n".join(lines[j:])
    return None
