"""What a signed-in person is told when the vault's structure was changed outside TJ Desk, word
for word, and what is not a change (SQLite's own bookkeeping). Issue 20: the mutation run of
tjdesk/vault/schema_guard.py left the message, the list it names and the bookkeeping it skips
untested.
"""

from __future__ import annotations

import pytest

from tests.helpers.insider import plain_sqlcipher
from tests.helpers.vaults import MadeVault
from tjdesk.vault.schema_guard import StructureChanged


def _insider_sql(made: MadeVault, *statements: str) -> None:
    """What someone holding the database key can do with any SQLite tool."""
    with plain_sqlcipher(made.folder, made.admin.key) as conn:
        for statement in statements:
            conn.execute(statement)


def _refusal(made: MadeVault) -> StructureChanged:
    with pytest.raises(StructureChanged) as refused:
        made.admin.open_database()
    return refused.value


def _message(named: str) -> str:
    return (
        f"The vault's structure was changed outside TJ Desk ({named}). It cannot be opened "
        "for work; nothing was changed. An administrator can check it with "
        "'tjdesk audit verify' and restore a backup."
    )


def test_an_added_view_is_named_in_the_refusal_word_for_word(made_vault: MadeVault) -> None:
    _insider_sql(made_vault, "CREATE VIEW everyone AS SELECT * FROM users")
    refused = _refusal(made_vault)
    assert str(refused) == _message("view everyone was added")
    assert refused.problems == ["view everyone was added"]


def test_a_guard_trigger_given_another_body_is_named_as_changed(made_vault: MadeVault) -> None:
    _insider_sql(
        made_vault,
        "DROP TRIGGER audit_log_no_update",
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END",
    )
    assert _refusal(made_vault).problems == ["trigger audit_log_no_update was changed"]


def test_the_refusal_names_the_first_five_changes_and_keeps_them_all(
    made_vault: MadeVault,
) -> None:
    _insider_sql(made_vault, *(f"CREATE VIEW v{n} AS SELECT 1" for n in range(6)))
    refused = _refusal(made_vault)
    every = [f"view v{n} was added" for n in range(6)]
    assert refused.problems == every
    assert str(refused) == _message("; ".join(every[:5]))


def test_sqlite_statistics_are_not_a_change_but_a_trigger_added_after_them_is(
    made_vault: MadeVault,
) -> None:
    """ANALYZE (a database tool's "optimise") writes SQLite's own sqlite_stat tables: the
    vault still opens. A trigger added after them is still found."""
    _insider_sql(made_vault, "ANALYZE")
    made_vault.admin.open_database().close()
    _insider_sql(
        made_vault,
        "CREATE TRIGGER hush BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END",
    )
    assert _refusal(made_vault).problems == ["trigger hush was added"]


def test_a_foreign_table_with_autoincrement_is_named_without_sqlites_bookkeeping(
    made_vault: MadeVault,
) -> None:
    """AUTOINCREMENT makes SQLite add its sqlite_sequence table: only the table someone added
    is named."""
    _insider_sql(
        made_vault,
        "CREATE TABLE copied (n INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT)",
        "INSERT INTO copied (v) VALUES ('x')",
    )
    assert _refusal(made_vault).problems == ["table copied was added"]
