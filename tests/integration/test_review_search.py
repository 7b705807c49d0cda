"""Free-text search in the review queue (grantbox.store.search), on SQLite and PostgreSQL:
words in the resume, the answers and the messages; every word must match; word prefixes;
hostile queries and hostile applicant text; and an index kept in step by every write
(seeding, updates, `reparse`, the migration's backfill, real intake through Dovecot)."""

from __future__ import annotations

import re

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select, update
from sqlalchemy.orm import sessionmaker

from grantbox.blobs import BlobStore
from grantbox.config import Settings
from grantbox.intake import open_mailbox, run_intake
from grantbox.resumes import reparse_all
from grantbox.review import auth, views
from grantbox.review.web import create_app
from grantbox.store import MIGRATIONS, Store, make_engine, migrate, open_store
from grantbox.store import search as text_search
from grantbox.store.tables import Answer, Application, Message
from tests.factories import application_email, resume_pdf
from tests.review_seed import seed_application, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient").TestClient

PASSWORD = "correct horse battery"
HOSTILE = 'Skills: <script>alert(1)</script> Haskell "><img src=x onerror=alert(2)> &amp; more'


@pytest.fixture
def review(database_url, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url)  # type: ignore[call-arg]
    store = open_store(settings)
    with store.transaction() as session:
        auth.add_reviewer(session, "alice", PASSWORD)
    client = TestClient(create_app(settings, store), base_url="http://testserver")
    assert sign_in(client, "alice", PASSWORD).status_code == 303
    yield settings, store, client
    store.dispose()


def search(client, q: str) -> tuple[list[int], str]:
    r = client.get("/", params={"status": "all", "q": q})
    assert r.status_code == 200, (q, r.status_code)
    return [int(i) for i in re.findall(r'<tr data-href="/applications/(\d+)"', r.text)], r.text


def queue_ids(store: Store, q: str) -> list[int]:
    with store.sessions() as session:
        return [a["id"] for a in views.queue(session, status="all", search=q)["applications"]]


def test_words_in_resume_answers_and_messages_all_words_and_prefixes(review):
    settings, store, client = review
    ada = seed_application(
        store, settings, name="Ada Lovelace", resume_text="Skills: PyTorch, Kubernetes, maths."
    )
    bob = seed_application(store, settings, name="Bob Builder", resume_text="Skills: Rust.")
    with store.transaction() as session:  # updates are indexed too
        session.execute(
            update(Message).where(Message.application_id == ada).values(text="I sail to Zanzibar")
        )
        first = session.scalars(select(Answer).where(Answer.application_id == ada)).first()
        assert first is not None
        first.text = "I keep a quokka."

    hits, page = search(client, "pytorch")
    assert hits == [ada]
    assert "matched in resume:" in page and "<mark>PyTorch</mark>" in page
    assert search(client, "PYTOR")[0] == [ada]  # a prefix, any case
    assert search(client, "ytorch")[0] == []  # but the start of a word
    hits, page = search(client, "zanzib")
    assert hits == [ada] and "matched in message:" in page and "<mark>Zanzibar</mark>" in page
    hits, page = search(client, "quokka")
    assert hits == [ada] and "matched in answer:" in page
    # Every word must match, each anywhere in the application's texts.
    assert search(client, "pytorch  quokka zanzibar")[0] == [ada]
    assert search(client, "pytorch rust")[0] == []
    assert search(client, "rust")[0] == [bob]
    # Name, email and number still work, and a match the row already shows gets no snippet.
    hits, page = search(client, "lovel")
    assert hits == [ada] and "matched in" not in page
    assert search(client, f"GB-{bob}")[0] == [bob]
    assert search(client, "builder")[0] == [bob]
    # The CLI's `grantbox queue --search` and --json read the same view.
    with store.sessions() as session:
        (row,) = views.queue(session, status="all", search="kube")["applications"]
    assert row["id"] == ada and row["match"]["source"] == "resume"
    assert ("Kubernetes", True) in [tuple(p) for p in row["match"]["parts"]]


@pytest.mark.parametrize(
    ("q", "finds"),
    [
        ('"', False),
        ("*", False),
        ("a OR b", False),
        ("NEAR(", False),
        ("NEAR(pytorch rust)", False),
        ("'; drop table applications; --", False),
        ("pytorch & !rust <-> x:*", False),
        ("\\", False),
        ("%_", False),
        ("NOT", False),
        ("x" * 500, False),
        ('"pytorch', True),
        ("pyt*", True),
        ("-pytorch", True),
        ("resume:pytorch", True),
        ("(pytorch) AND", True),
    ],
)
def test_hostile_queries_are_plain_words(review, q, finds):
    settings, store, client = review
    ada = seed_application(store, settings, name="Ada", resume_text="PyTorch and Rust")
    assert search(client, q)[0] == ([ada] if finds else [])
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 1


def test_hostile_applicant_text_in_a_snippet_stays_escaped(review):
    settings, store, client = review
    seed_application(store, settings, name="Eve", resume_text=HOSTILE)
    for q in ("haskell", "img onerror", "script"):
        hits, page = search(client, q)
        assert len(hits) == 1 and "matched in resume:" in page, q
        assert "<script>alert" not in page and "<img src=x" not in page, q
    assert "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;" in page


def test_index_follows_reparse_and_the_migration_backfills(database_url, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url)  # type: ignore[call-arg]
    engine = make_engine(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # Rows written by today's models (seeded at the head), then the schema taken back to before
    # search existed, then up again: the migration indexes rows it finds.
    migrate(engine)
    store = Store(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
    try:
        app_id = seed_application(store, settings, name="Old", resume_text="Skills: COBOL")
        assert queue_ids(store, "cobol") == [app_id]
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
        migrate(engine)
        assert queue_ids(store, "cobol") == [app_id]
        # reparse reads the stored PDF again: its text replaces the seeded one in the index.
        assert reparse_all(store, BlobStore(settings.blob_dir))["changed"] == 1
        assert queue_ids(store, "cobol") == []
        assert queue_ids(store, "princeton sanjeev") == [app_id]
    finally:
        engine.dispose()


def test_an_application_taken_in_by_intake_is_found(
    dovecot, program_mailbox, make_settings, store_for, database_url
):
    settings = make_settings(database_url=database_url)
    store = store_for(settings)
    mailbox = open_mailbox(settings)
    try:
        run_intake(settings, store, mailbox)  # the index exists before the application
        raw = application_email(
            "grace@mail.test",
            name="Grace Hopper",
            body="Hello,\n\nI maintain the Flowmatic compiler. My resume is attached.\n\n",
            attachments=[("cv.pdf", resume_pdf(), "application/pdf")],
        )
        dovecot.append(program_mailbox, raw)
        assert run_intake(settings, store, mailbox).applications_created == 1
    finally:
        mailbox.close()
    with store.sessions() as session:
        app_id = session.scalars(select(Application.id)).one()
        (row,) = views.queue(session, status="all", search="flowmat")["applications"]
        assert row["id"] == app_id and row["match"]["source"] == "message"
        (row,) = views.queue(session, status="all", search="princeton flowmatic")["applications"]
        assert row["id"] == app_id


def test_diacritics_do_not_count_either_way(review):
    settings, store, client = review
    jose = seed_application(
        store,
        settings,
        name="Ana Pérez",
        email="ana.perez@mail.test",
        resume_text="José Núñez built Ångström-scale sensors in Malmö; Nguyễn reviewed them.",
    )
    plain = seed_application(
        store, settings, name="Bob Builder", resume_text="Jose Nunez wrote the naive cafe app."
    )
    with store.transaction() as session:  # an answer with accents, written after the seeding
        first = session.scalars(select(Answer).where(Answer.application_id == plain)).first()
        assert first is not None
        first.text = "I ran the Überlingen résumé clinic."

    # Unaccented words find accented text, accented words find unaccented text, and a word
    # with its accents finds itself: each in the resume, an answer, and the name/email.
    assert sorted(search(client, "jose")[0]) == sorted([jose, plain])
    assert sorted(search(client, "José")[0]) == sorted([jose, plain])
    assert sorted(search(client, "JOSÉ NÚÑEZ")[0]) == sorted([jose, plain])
    assert search(client, "angstrom")[0] == [jose]
    assert search(client, "malmo")[0] == [jose]
    assert search(client, "nguyen")[0] == [jose]
    assert search(client, "naïve café")[0] == [plain]
    assert search(client, "uberling")[0] == [plain]
    assert search(client, "resume clinic")[0] == [plain]
    assert search(client, "perez")[0] == [jose]  # the name, accents folded
    assert search(client, "Pérez")[0] == [jose]
    assert search(client, "bùilder")[0] == [plain]
    # The snippet marks the text as written, accents and all.
    hits, page = search(client, "nunez")
    assert sorted(hits) == sorted([jose, plain])
    assert "<mark>Núñez</mark>" in page and "<mark>Nunez</mark>" in page
    with store.sessions() as session:
        (row,) = views.queue(session, status="all", search="angstro")["applications"]
    assert ("Ångström", True) in [tuple(p) for p in row["match"]["parts"]]
    # Still the start of a word, still every word.
    assert search(client, "ngstrom")[0] == []
    assert search(client, "jose rust")[0] == []


def test_migration_0008_folds_existing_rows_and_downgrades(database_url, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url)  # type: ignore[call-arg]
    engine = make_engine(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    migrate(engine)  # seeded by today's models, then taken back to the schema before 0008
    store = Store(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))

    def texts(q: str) -> list[int]:  # the text index alone (not the name)
        with store.sessions() as session:
            ids = select(Application.id).where(
                text_search.text_matches(session, text_search.words(q))
            )
            return list(session.scalars(ids))

    try:
        app_id = seed_application(
            store, settings, name="Old", resume_text="Skills: Gödel numbering, café racers"
        )
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
        assert texts("godel") == []  # 0006's index keeps "gödel" as written
        migrate(engine)  # 0008 indexes the existing row again, folded
        assert texts("godel cafe") == [app_id] and texts("GÖDEL") == [app_id]
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
        assert texts("godel") == [] and texts("numbering") == [app_id]
        with store.transaction() as session:  # written while downgraded
            session.execute(
                update(Message)
                .where(Message.application_id == app_id)
                .values(text="Zürich and Kraków")
            )
        migrate(engine)
        assert texts("zurich krakow") == [app_id] and texts("godel") == [app_id]
    finally:
        engine.dispose()
