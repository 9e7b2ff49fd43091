"""docs/schema.md lists every table and column of the real schema, with its type, and nothing else: a
migration that adds a column without a line in the page (or a page that keeps a dropped one) fails here."""

from __future__ import annotations

import re
from pathlib import Path

from kipmon.store import Store

DOC = Path(__file__).resolve().parent.parent / "docs" / "schema.md"
BOOKKEEPING = {"_sqlite_migrations"}  # sqlite-utils' record of applied migrations, named in the page's prose


def documented(text: str) -> dict[str, dict[str, str]]:
    """{table: {column: type}} from the page's `### `table`` sections and their `| `column` | TYPE |` rows."""
    tables: dict[str, dict[str, str]] = {}
    current = None
    for line in text.splitlines():
        heading = re.match(r"^###\s+`(\w+)`\s*$", line)
        if heading:
            current = tables.setdefault(heading.group(1), {})
            continue
        if line.startswith("#"):
            current = None
            continue
        row = re.match(r"^\|\s*`(\w+)`\s*\|\s*([A-Z]+)\s*\|", line)
        if row and current is not None:
            assert row.group(1) not in current, f"{row.group(1)} listed twice"
            current[row.group(1)] = row.group(2)
    return tables


def actual(tmp_path) -> dict[str, dict[str, str]]:
    with Store(tmp_path / "fresh.db") as store:
        return {
            t.name: {c.name: c.type.upper() for c in t.columns} for t in store.db.tables if t.name not in BOOKKEEPING
        }


def test_every_table_and_column_of_a_new_database_is_in_docs_schema_md(tmp_path):
    doc, real = documented(DOC.read_text(encoding="utf-8")), actual(tmp_path)
    assert sorted(real) == sorted(doc), (
        "tables: in the schema, not the page: "
        f"{sorted(set(real) - set(doc))}; in the page, not the schema: {sorted(set(doc) - set(real))}"
    )
    for table, columns in real.items():
        assert columns == doc[table], (
            f"{table}: in the schema, not the page: "
            f"{sorted(set(columns) - set(doc[table]))}; in the page, not the schema: "
            f"{sorted(set(doc[table]) - set(columns))}; types differ: "
            f"{sorted(c for c in columns.keys() & doc[table].keys() if columns[c] != doc[table][c])}"
        )


def test_the_page_reader_sees_a_missing_column(tmp_path):
    """The comparison can fail: drop one documented column and one table from the page's text."""
    text = DOC.read_text(encoding="utf-8")
    assert "| `verdict_id` | INTEGER |" in text
    doc = documented(text.replace("| `verdict_id` | INTEGER |", "| verdict_id | INTEGER |"))
    assert "verdict_id" not in doc["findings"]
    assert "verdict_id" in actual(tmp_path)["findings"]
    assert "web_settings" not in documented(text.replace("### `web_settings`", "### web settings"))
