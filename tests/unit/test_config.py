"""Configuration: environment, TOML file, and the refusal of clear-text passwords off-host."""

import pytest
from pydantic import ValidationError

from grantbox.config import Settings, is_loopback


def test_environment_and_defaults(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRANTBOX_IMAP_HOST", "127.0.0.1")
    monkeypatch.setenv("GRANTBOX_IMAP_SSL", "plain")
    monkeypatch.setenv("GRANTBOX_IMAP_PASSWORD", "hunter2")
    monkeypatch.setenv("GRANTBOX_DATA_DIR", str(tmp_path / "d"))
    s = Settings()
    assert s.resolved_imap_port == 143
    assert s.resolved_database_url == f"sqlite:///{tmp_path / 'd' / 'grantbox.db'}"
    assert "hunter2" not in repr(s)
    assert s.imap_password.get_secret_value() == "hunter2"


def test_toml_file_and_env_override(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "grantbox.toml").write_text(
        'imap_host = "imap.example.org"\nimap_folder = "Applications"\nfrom_address = "a@b.org"\n'
    )
    monkeypatch.setenv("GRANTBOX_CONFIG", str(tmp_path / "grantbox.toml"))
    monkeypatch.setenv("GRANTBOX_IMAP_FOLDER", "INBOX.grants")
    s = Settings(_env_file=None)
    assert s.imap_host == "imap.example.org"
    assert s.imap_folder == "INBOX.grants"  # the environment wins
    assert s.resolved_imap_port == 993


def test_plain_text_only_on_loopback(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValidationError, match="only to a loopback host"):
        Settings(imap_host="imap.example.org", imap_ssl="plain")
    Settings(imap_host="localhost", imap_ssl="plain")


def test_is_loopback():
    assert is_loopback("127.0.0.1")
    assert is_loopback("::1")
    assert is_loopback("localhost")
    assert not is_loopback("10.0.0.1")


def test_digest_to_from_the_environment_comma_separated_or_json(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRANTBOX_DIGEST_TO", " Alice@Example.org, bob@example.org ,")
    assert Settings().digest_to == ["Alice@Example.org", "bob@example.org"]
    monkeypatch.setenv("GRANTBOX_DIGEST_TO", '["carol@example.org"]')
    assert Settings().digest_to == ["carol@example.org"]
    monkeypatch.setenv("GRANTBOX_DIGEST_TO", "")
    assert Settings().digest_to == []
    assert Settings().review_url == "http://127.0.0.1:8000"
    for bad in ("not an address", "a@b.org\r\nBcc: x@evil.test", "Eve <eve@example.org>"):
        monkeypatch.setenv("GRANTBOX_DIGEST_TO", bad)
        with pytest.raises(ValidationError, match="not an email address"):
            Settings()
