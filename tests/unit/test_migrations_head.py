"""`open_store` skips Alembic when the schema is at the newest revision, which it reads from
the migration files itself: it must agree with Alembic's own idea of the head."""

from alembic.config import Config
from alembic.script import ScriptDirectory

from grantbox.store import MIGRATIONS, head_revision


def test_head_revision_is_alembics_head():
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()
