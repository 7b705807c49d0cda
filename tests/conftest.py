"""Shared pytest setup: keep every test's state (Prefect, grantbox data) in temp dirs."""

import os
import tempfile

# Prefect must never touch the developer's ~/.prefect or phone home during tests.
_PREFECT_HOME = tempfile.mkdtemp(prefix="grantbox-test-prefect-")
os.environ.setdefault("PREFECT_HOME", _PREFECT_HOME)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
for _key in [k for k in os.environ if k.startswith("GRANTBOX_")]:
    del os.environ[_key]
