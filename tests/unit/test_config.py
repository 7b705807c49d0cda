"""Configuration: environment, TOML file, and the refusal of clear-text passwords off-host."""

import pytest
from pydantic import ValidationError

from grantbox.config import Settings, is_loopback, load_settings
from grantbox.errors import ConfigError


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


def test_trusted_proxies_from_the_environment_are_addresses_or_networks(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert Settings().review_trusted_proxies == []  # none trusted unless configured
    monkeypatch.setenv("GRANTBOX_REVIEW_TRUSTED_PROXIES", " 127.0.0.1, 10.1.0.0/16 ,::1,")
    assert Settings().review_trusted_proxies == ["127.0.0.1/32", "10.1.0.0/16", "::1/128"]
    for as_json in ("[]", '["127.0.0.1"]'):  # what a script that dumps settings writes
        monkeypatch.setenv("GRANTBOX_REVIEW_TRUSTED_PROXIES", as_json)
        assert Settings().review_trusted_proxies == (["127.0.0.1/32"] if "1" in as_json else [])
    monkeypatch.setenv("GRANTBOX_REVIEW_TRUSTED_PROXIES", "proxy.example.org")
    with pytest.raises(ValidationError, match="not an IP address or network"):
        Settings()


def test_a_settings_error_names_each_setting_and_never_its_value(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRANTBOX_SMTP_PASSWORD", "hunter2-secret")
    monkeypatch.setenv("GRANTBOX_SMTP_PORT", "abc")
    monkeypatch.setenv("GRANTBOX_IMAP_SSL", "bogus-value")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    lines = str(caught.value).splitlines()
    assert lines[0] == "bad configuration:"
    assert sorted(lines[1:]) == [
        "  GRANTBOX_IMAP_SSL: Input should be 'ssl', 'starttls' or 'plain'",
        "  GRANTBOX_SMTP_PORT: Input should be a valid integer, unable to parse string as an "
        "integer",
    ]
    # Nothing of pydantic's error rides along (a traceback would print it).
    assert caught.value.__context__ is None and caught.value.__cause__ is None


def test_a_check_across_settings_does_not_repeat_the_input(monkeypatch, tmp_path):
    # pydantic's message for this check ended with the tail of every setting given: the SMTP
    # password's value.
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GRANTBOX_IMAP_HOST", "imap.example.org")
    monkeypatch.setenv("GRANTBOX_IMAP_SSL", "plain")
    monkeypatch.setenv("GRANTBOX_SMTP_PASSWORD", "hunter2-secret")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    message = str(caught.value)
    assert message.startswith("bad configuration: settings: IMAP security 'plain' sends")
    assert "hunter2" not in message and "\n" not in message


def test_a_secret_of_the_wrong_type_is_named_not_shown(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "grantbox.toml").write_text("imap_password = 987654321\n")
    with pytest.raises(ConfigError, match="GRANTBOX_IMAP_PASSWORD: Input should be a valid") as e:
        load_settings()
    assert "987654321" not in str(e.value)
