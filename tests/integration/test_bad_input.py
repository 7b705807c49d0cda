"""Bad input against a real Dovecot and real databases: every broken email, file or name ends
as a recorded message with a flag and a reason a person can read, and the pass goes on (the
good application placed AFTER all of them in the same mailbox is recorded normally).

Every case is a real file: emails from other projects' corpora (tests/data/mail), edge-case
PDFs (tests/data/pdf), a real winmail.dat, real program bytes. Only the 40 MB message is made
at test time (a real PDF repeated), so that no 40 MB file is committed.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from email import encoders
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from grantbox.store.queries import list_applications, list_messages, show_application
from grantbox.store.tables import Application, AttachmentRow, Message, Resume
from tests.factories import application_email, data_file, resume_pdf
from tests.passes import intake_once

GOOD = "good.applicant@mail.test"
ATTACHMENT_LIMIT = 1_000_000  # keeps the over-the-limit attachment small and the test fast
HOSTILE_TARGET = f"/tmp/grantbox-escape-{uuid.uuid4().hex}.pdf"
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def mail(relative: str) -> bytes:
    return data_file(f"mail/{relative}")


def pdf(name: str) -> bytes:
    return data_file(f"pdf/{name}")


def applying_with(address: str, filename: str, content: bytes, ctype: str = "application/pdf"):
    return application_email(
        address, name="Bad Input", attachments=[(filename, content, ctype)], subject=address
    )


def outlook_winmail(tnef: bytes) -> bytes:
    """How Outlook sends rich-text mail: the files inside a winmail.dat (application/ms-tnef)."""
    msg = MIMEMultipart()
    msg["From"] = "Outlook User <outlook.user@mail.test>"
    msg["To"] = "grants@example.org"
    msg["Subject"] = "Application (sent from Outlook)"
    msg["Message-ID"] = "<winmail-case@mail.test>"
    msg.attach(MIMEText("Please find my documents attached."))
    part = MIMEApplication(tnef, "ms-tnef")
    part.add_header("Content-Disposition", "attachment", filename="winmail.dat")
    msg.attach(part)
    return msg.as_bytes()


def hostile_names() -> bytes:
    """Three real files under names that try to climb out of any directory, carry control
    characters (raw, and RFC 2231 percent-encoded NUL, CR LF, BEL, ESC) and Windows
    separators. Subject and body carry encoded NULs too: IMAP servers turn raw NUL bytes into
    something else (Dovecot: 0x80), but base64 and RFC 2047 bring them back on decoding, and
    PostgreSQL refuses NUL in text."""
    msg = MIMEMultipart()
    msg["From"] = "hostile@mail.test"
    msg["To"] = "grants@example.org"
    msg["Subject"] = Header("hostile\x00 filenames", "utf-8")
    msg.attach(MIMEText("My resume\x00 is attached.", _charset="utf-8"))
    dispositions = [
        (f'attachment; filename="../../../../../..{HOSTILE_TARGET}"', pdf("crazyones.pdf")),
        (
            "attachment; filename*=utf-8''..%2F..%2F..%2Fcv%00%0D%0AX-Injected%3A%20yes%07%1B.pdf",
            # Not the good applicant's file: the same resume twice links them as duplicates.
            data_file("resumes/corpus/awesome-cv/resume.pdf"),
        ),
        (
            'attachment; filename="..\\\\..\\\\Windows\\\\System32\\\\notes\x01\x7f\t.txt"',
            data_file("resumes/generated/johnson-text-plain.txt"),
        ),
    ]
    for disposition, content in dispositions:
        part = MIMEBase("application", "octet-stream")
        part.set_payload(content)
        encoders.encode_base64(part)
        part["Content-Disposition"] = disposition
        msg.attach(part)
    return msg.as_bytes()


def forty_megabytes() -> bytes:
    """A 40 MB attachment made of a real PDF repeated (never committed to the repository)."""
    real = resume_pdf()
    return (real * (40 * 1024 * 1024 // len(real) + 1))[: 40 * 1024 * 1024]


def program_bytes() -> bytes:
    elf = Path("/bin/true").read_bytes()[:4096]
    assert elf.startswith(b"\x7fELF")
    return elf


RUBY = "ruby-mail/emails/plain_emails"


@pytest.fixture(scope="module")
def bad_mail() -> list[tuple[str, bytes]]:
    """Every bad case, in mailbox order, built once (the 40 MB one costs a second)."""
    return [
        ("not_an_email", mail("mail-parser/mail_outlook_1")),  # an Outlook .msg file
        ("mime_no_boundary", mail("cpython-test_email/msg_41.txt")),
        ("mime_wrong_boundary", mail("mail-parser/mail_malformed_3")),
        ("broken_header_line", mail(f"{RUBY}/raw_email_incorrect_header.eml")),
        ("from_without_address", mail("cpython-test_email/msg_05.txt")),
        ("two_bare_from_addresses", mail(f"{RUBY}/raw_email_multiple_from.eml")),
        ("bad_date", mail(f"{RUBY}/raw_email_with_bad_date.eml")),
        ("unknown_charset", mail("django-mailbox/message_with_invalid_encoding.eml")),
        ("empty_body", mail("cpython-test_email/msg_24.txt")),
        ("zero_byte", applying_with("zero.bytes@mail.test", "cv.pdf", b"")),
        ("forty_mb", applying_with("forty.mb@mail.test", "cv.pdf", forty_megabytes())),
        (
            "over_attachment_limit",
            applying_with(
                "big.file@mail.test", "portfolio.pdf", pdf("Seige_of_Vicksburg_Sample_OCR.pdf") * 6
            ),
        ),
        (
            "encrypted_aes",
            applying_with("aes@mail.test", "cv.pdf", pdf("r4-aes-user-password.pdf")),
        ),
        (
            "encrypted_libreoffice",
            applying_with(
                "libre@mail.test", "Lebenslauf.pdf", pdf("libreoffice-writer-password.pdf")
            ),
        ),
        ("corrupt_truncated", applying_with("cut@mail.test", "resume.pdf", pdf("truncated.pdf"))),
        (
            "corrupt_garbage",
            applying_with("garbage@mail.test", "my-cv.pdf", pdf("garbage-after-header.pdf")),
        ),
        ("image_only_jpeg", applying_with("scan@mail.test", "scan.pdf", pdf("jpeg.pdf"))),
        (
            "image_only_fax",
            applying_with("fax@mail.test", "fax.pdf", pdf("imagemagick-CCITTFaxDecode.pdf")),
        ),
        ("html_named_pdf", applying_with("html@mail.test", "resume.pdf", pdf("html-named.pdf"))),
        ("program_named_pdf", applying_with("elf@mail.test", "cv.pdf", program_bytes())),
        ("hostile_filenames", hostile_names()),
        ("winmail_dat", outlook_winmail(mail("tnefparse-winmail/MAPI_ATTACH_DATA_OBJ.tnef"))),
    ]


def fill(dovecot, mailbox, bad_mail) -> dict[str, int]:
    uids = {label: dovecot.append(mailbox, raw) for label, raw in bad_mail}
    good = application_email(
        GOOD, name="Good Applicant", attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
    )
    uids["good"] = dovecot.append(mailbox, good)
    return uids


def resume_problem_flag(app: dict[str, Any], flag: str) -> None:
    """The application carries `flag`, and its timeline gives the resume's problem as why."""
    assert app["flags"] == [flag]
    resume = app["resume"]
    assert resume["problem"]
    events = [e for e in app["timeline"] if e["kind"] == f"flag:{flag}"]
    assert [e["reason"] for e in events] == [resume["problem"]]


def test_every_bad_input_is_recorded_with_a_reason_and_the_pass_goes_on(
    dovecot, program_mailbox, make_settings, store_for, database_url, bad_mail
):
    settings = make_settings(database_url=database_url, max_attachment_bytes=ATTACHMENT_LIMIT)
    store = store_for(settings)
    # The program was already watching the mailbox when this mail arrived (so none of it is
    # first-connection backlog, and what is flagged below is only what the mail deserves).
    assert intake_once(settings, store).fetched == 0
    uids = fill(dovecot, program_mailbox, bad_mail)

    report = intake_once(settings, store)
    assert (report.fetched, report.recorded, report.duplicates) == (len(uids), len(uids), 0)
    assert report.errors == 1  # only the file that is not an email at all

    with store.sessions() as session:
        msgs = {m["uid"]: m for m in list_messages(session)}
        apps = {a["email"]: show_application(session, a["id"]) for a in list_applications(session)}
    assert sorted(msgs) == sorted(uids.values())
    m = {label: msgs[uid] for label, uid in uids.items()}

    # The good application, placed after every bad case, is recorded as if nothing happened.
    good = apps[GOOD]
    assert (m["good"]["kind"], m["good"]["flags"], m["good"]["error"]) == ("application", [], None)
    assert good["flags"] == []
    assert good["resume"]["pages"] == 2 and good["resume"]["text_chars"] > 2000
    assert good["resume"]["flags"] == [] and good["resume"]["problem"] is None

    # Not an email at all (an Outlook .msg file): an error record for a human, bytes kept.
    assert m["not_an_email"]["kind"] == "error"
    assert m["not_an_email"]["flags"] == ["needs_human"]
    assert m["not_an_email"]["error"] == (
        "could not parse the message: ParseError: not an email: no header at the start"
    )
    assert m["not_an_email"]["application_id"] is None
    as_served = {uid: raw for uid, _flags, raw in dovecot.fetch_all(program_mailbox)}
    outlook_msg = hashlib.sha256(as_served[uids["not_an_email"]]).hexdigest()
    assert (settings.blob_dir / outlook_msg[:2] / outlook_msg).is_file()  # kept as IMAP served it

    # Malformed MIME: read as well as possible, filed, flagged, and the defects given in words.
    for label, address, flags, defect in [
        ("mime_no_boundary", "xxx@example.com", ["malformed_mime"], "NoBoundaryInMultipartDefect"),
        (  # its NUL bytes (served by Dovecot as 0x80) are not valid text either
            "mime_wrong_boundary",
            "smgsiso@yahoo.com.mx",
            ["bad_charset", "malformed_mime"],
            "StartBoundaryNotFoundDefect",
        ),
    ]:
        msg = m[label]
        assert msg["kind"] == "application", label
        assert msg["flags"] == flags, label
        assert msg["error"].startswith("the email is malformed and was read as well as possible")
        assert defect in msg["error"], label
        assert apps[address]["flags"] == [] and apps[address]["resume"] is None
    with store.sessions() as session:
        texts = session.scalars(select(Message.text).where(Message.from_addr.like("smgsiso%")))
        (text,) = list(texts)
    assert "PGh0bWw+" in text  # the undecodable body is kept as it came

    # Malformed headers. No usable sender: held for a human, never an application.
    for label in ("broken_header_line", "from_without_address", "two_bare_from_addresses"):
        msg = m[label]
        assert msg["kind"] == "unmatched", label
        assert msg["application_id"] is None, label
        assert "needs_human" in msg["flags"] and "malformed_headers" in msg["flags"], label
        assert msg["from"] == "", label
    assert "MissingHeaderBodySeparatorDefect" in m["broken_header_line"]["error"]
    for label in ("from_without_address", "two_bare_from_addresses"):
        assert "From header has no usable address" in m[label]["error"], label
    assert "foo" not in apps and "@powerupdev.com" not in apps
    # A bad Date header: filed normally, flagged, date unknown.
    bad_date = m["bad_date"]
    assert (bad_date["kind"], bad_date["flags"], bad_date["date"]) == (
        "application",
        ["malformed_headers"],
        None,
    )
    assert "date-headers: DateHeaderDefect" in bad_date["error"]

    # An unknown charset: the text is still read, and the label is named.
    charset = m["unknown_charset"]
    assert (charset["kind"], charset["flags"]) == ("application", ["bad_charset"])
    assert "unknown charset '_iso-2022-jp$esc'" in charset["error"]
    assert apps["finance@khas.edu.tr"]["flags"] == []

    # Empty body and no attachment: an application without a resume, nothing to flag.
    empty = m["empty_body"]
    assert (empty["kind"], empty["flags"], empty["error"], empty["attachments"]) == (
        "application",
        [],
        None,
        [],
    )
    assert apps["bperson@dom.ain"]["resume"] is None and apps["bperson@dom.ain"]["flags"] == []

    # A zero-byte file named as the resume: the application hears it is empty.
    (zero,) = m["zero_byte"]["attachments"]
    assert (zero["size"], zero["sniffed_type"], zero["stored"]) == (0, "application/x-empty", True)
    assert zero["problem"] == "The file 'cv.pdf' is empty (0 bytes)."
    resume_problem_flag(apps["zero.bytes@mail.test"], "resume_unreadable")
    assert apps["zero.bytes@mail.test"]["resume"]["flags"] == ["empty"]

    # 40 MB: over max_message_bytes, recorded from its headers only, the application flagged.
    big = m["forty_mb"]
    assert big["kind"] == "application" and big["flags"] == ["message_too_large"]
    size = re.fullmatch(
        r"message is (\d+\.\d) MB, over the 35 MB limit: recorded from its headers only",
        big["error"],
    )
    assert size and float(size[1]) > 40  # 40 MB of file, base64-encoded
    assert big["attachments"] == []
    big_app = apps["forty.mb@mail.test"]
    assert big_app["flags"] == ["message_too_large"] and big_app["resume"] is None
    assert [e["reason"] for e in big_app["timeline"] if e["kind"] == "flag:message_too_large"] == [
        big["error"]
    ]

    # An attachment over max_attachment_bytes: listed, not stored, the reason on the file.
    (over,) = m["over_attachment_limit"]["attachments"]
    assert over["stored"] is False
    assert over["size"] == len(pdf("Seige_of_Vicksburg_Sample_OCR.pdf")) * 6
    assert (
        over["problem"] == "'portfolio.pdf' is 1.2 MB, over the 1 MB attachment limit: not stored"
    )
    assert m["over_attachment_limit"]["flags"] == ["attachment_too_large"]
    assert m["over_attachment_limit"]["error"] == over["problem"]
    assert not (settings.blob_dir / over["sha256"][:2] / over["sha256"]).exists()
    over_app = apps["big.file@mail.test"]
    assert over_app["flags"] == ["attachment_too_large"]
    assert [e["reason"] for e in over_app["timeline"] if e["kind"].startswith("flag:")] == [
        over["problem"]
    ]

    # Unreadable PDFs: the resume carries the flag and the reason, the application is flagged.
    for address, resume_flag, app_flag, words in [
        ("aes@mail.test", "encrypted", "resume_unreadable", "password-protected PDF"),
        ("libre@mail.test", "encrypted", "resume_unreadable", "password-protected PDF"),
        ("cut@mail.test", "corrupt", "resume_unreadable", "damaged and cannot be read"),
        ("garbage@mail.test", "corrupt", "resume_unreadable", "damaged and cannot be read"),
        ("scan@mail.test", "no_text_layer", "no_text_layer", "without a text layer"),
        ("fax@mail.test", "no_text_layer", "no_text_layer", "without a text layer"),
    ]:
        app = apps[address]
        assert app["resume"]["flags"] == [resume_flag], address
        assert app["resume"]["content_type"] == "application/pdf", address
        assert words in app["resume"]["problem"], address
        resume_problem_flag(app, app_flag)

    # Never trust the name: a web page and a program, both called .pdf, are sniffed by bytes.
    for address, filename, sniffed, words in [
        ("html@mail.test", "resume.pdf", "text/html", "is a web page (HTML), not a resume"),
        ("elf@mail.test", "cv.pdf", "application/x-executable", "is a program, not a resume"),
    ]:
        app = apps[address]
        assert app["resume"]["filename"] == filename
        assert app["resume"]["content_type"] == sniffed
        assert app["resume"]["flags"] == ["not_a_document"]
        assert words in app["resume"]["problem"]
        assert "(sent as application/pdf)" in app["resume"]["problem"]
        resume_problem_flag(app, "resume_unreadable")

    # Hostile filenames: recorded sanitised, stored under their sha256 only.
    assert m["hostile_filenames"]["subject"] == "hostile filenames"
    assert m["hostile_filenames"]["flags"] == [] and m["hostile_filenames"]["error"] is None
    with store.sessions() as session:
        text = session.scalar(select(Message.text).where(Message.from_addr == "hostile@mail.test"))
    assert text == "My resume is attached."
    names = [a["filename"] for a in m["hostile_filenames"]["attachments"]]
    assert names == [Path(HOSTILE_TARGET).name, "cvX-Injected_ yes.pdf", "notes.txt"]
    for name in names:
        assert "/" not in name and "\\" not in name and not CONTROL.search(name)
        assert not name.startswith(".")
    assert not Path(HOSTILE_TARGET).exists()
    for att in m["hostile_filenames"]["attachments"]:
        assert att["stored"] and (settings.blob_dir / att["sha256"][:2] / att["sha256"]).is_file()
    assert apps["hostile@mail.test"]["resume"]["filename"] == "cvX-Injected_ yes.pdf"
    assert apps["hostile@mail.test"]["resume"]["pages"] == 3
    assert_only_blobs(settings)

    # winmail.dat: unpacked, and the PDF inside it read as the resume.
    winmail = m["winmail_dat"]
    assert [a["filename"] for a in winmail["attachments"]] == [
        "VIA_Nytt_1402.doc",
        "VIA_Nytt_1402.pdf",
        "VIA_Nytt_14021.htm",
    ]
    outlook = apps["outlook.user@mail.test"]
    assert outlook["resume"]["filename"] == "VIA_Nytt_1402.pdf"
    assert outlook["resume"]["pages"] == 2 and outlook["resume"]["text_chars"] > 5000
    assert outlook["flags"] == []

    # Every application has exactly one message, and every bad message is accounted for.
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == len(uids)
        assert session.scalar(select(func.count()).select_from(Application)) == len(apps)
        assert session.scalar(select(func.count()).select_from(Resume)) == 12
    without_resume = {"xxx@example.com", "smgsiso@yahoo.com.mx", "subventive@vodtravel.com"}
    without_resume |= {"finance@khas.edu.tr", "bperson@dom.ain"}  # no file in the mail
    without_resume |= {"forty.mb@mail.test", "big.file@mail.test"}  # the file was too large
    assert {e for e, a in apps.items() if a["resume"] is None} == without_resume
    assert len(apps) == len(uids) - 4  # the not-an-email and the three without a sender
    assert all(len(a["messages"]) == 1 for a in apps.values())


def assert_only_blobs(settings) -> None:
    """Everything under the data dir is a content-addressed blob: blobs/<ab>/<sha256>."""
    files = [p for p in settings.data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert path.parent.parent == settings.blob_dir, path
        assert path.parent.name == path.name[:2], path
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name, path


def test_extraction_timeout_is_flagged_and_the_pass_goes_on(
    dovecot, program_mailbox, make_settings, store_for, sqlite_url
):
    # pdfminer needs most of a second for this real scanned-with-OCR PDF; 50 ms is too little.
    settings = make_settings(database_url=sqlite_url, extract_timeout=0.05)
    store = store_for(settings)
    slow = pdf("Seige_of_Vicksburg_Sample_OCR.pdf")
    dovecot.append(
        program_mailbox, applying_with("slow@mail.test", "Seige_of_Vicksburg_Sample_OCR.pdf", slow)
    )
    # Read inline (plain text needs no worker), so it is unaffected by the short time limit.
    text_resume = data_file("resumes/generated/johnson-text-plain.txt")
    dovecot.append(
        program_mailbox,
        application_email(GOOD, attachments=[("cv.txt", text_resume, "text/plain")]),
    )

    report = intake_once(settings, store)
    assert (report.recorded, report.applications_created, report.errors) == (2, 2, 0)
    with store.sessions() as session:
        apps = {a["email"]: show_application(session, a["id"]) for a in list_applications(session)}
        (att,) = session.scalars(
            select(AttachmentRow).where(AttachmentRow.filename.like("Seige%"))
        ).all()
        assert att.stored and att.sniffed_type == "application/pdf"
        assert att.problem == apps["slow@mail.test"]["resume"]["problem"]
    slow_app = apps["slow@mail.test"]
    assert slow_app["resume"]["flags"] == ["extraction_timeout"]
    assert slow_app["resume"]["problem"].startswith(
        "The file 'Seige_of_Vicksburg_Sample_OCR.pdf' took longer than 0.05 s to read"
    )
    resume_problem_flag(slow_app, "resume_unreadable")
    good = apps[GOOD]
    assert good["flags"] == [] and good["resume"]["flags"] == []
    assert good["resume"]["text_chars"] == len(text_resume.decode().strip())
