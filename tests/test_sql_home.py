"""The store is the only place with SQL: no module outside kipmon/store/ runs a query or reaches into
the connection. Tests, benches and the evaluation worlds may (they inspect databases); product code
asks a named Store method, so a column rename is one package's change and docs/schema.md one page."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE_PRODUCT = {"tests", "worlds", "bench", "build"}

# path -> why it may still hold SQL; keep it short and say when the entry goes
ALLOWED: dict[str, str] = {}

# in code: calls on a connection or a store's escape hatch
CODE = re.compile(
    r"\.query\(|\.execute\(|\.executemany\(|\.executescript\(|\bdb\[|\.db\.|\bimport sqlite_utils\b"
    r"|\bfrom sqlite_utils\b"
)
# in string literals: a statement
SQL = re.compile(
    r"\bselect\b[\s\S]*\bfrom\b|\binsert\s+(or\s+\w+\s+)?into\b|\bdelete\s+from\b"
    r"|\bupdate\s+\w+\s+set\b|\bpragma\s+\w+|\b(create|drop|alter)\s+table\b",
    re.I,
)


def product_modules() -> list[Path]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in OUTSIDE_PRODUCT or rel.parts[0].startswith(".") or rel.parts[:2] == ("kipmon", "store"):
            continue
        out.append(rel)
    return out


def sql_in(source: str) -> list[str]:
    """`line: text` of each place in a module's source that runs SQL or holds an SQL statement."""
    hits = []
    lines = [list(line) for line in source.splitlines()]
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type not in (tokenize.STRING, tokenize.COMMENT):
            continue
        if tok.type == tokenize.STRING and SQL.search(tok.string):
            hits.append(f"{tok.start[0]}: {tok.line.strip()}")
        # blank strings and comments, so the code patterns below see only code
        (row, col), (end_row, end_col) = tok.start, tok.end
        for r in range(row, end_row + 1):
            line = lines[r - 1]
            for c in range(col if r == row else 0, end_col if r == end_row else len(line)):
                line[c] = " "
    for number, chars in enumerate(lines, 1):
        if CODE.search("".join(chars)):
            hits.append(f"{number}: {source.splitlines()[number - 1].strip()}")
    return hits


def test_no_module_outside_the_store_runs_sql():
    found = {}
    for rel in product_modules():
        if rel.as_posix() in ALLOWED:
            continue
        hits = sql_in((ROOT / rel).read_text(encoding="utf-8"))
        if hits:
            found[rel.as_posix()] = hits
    assert found == {}, "SQL outside kipmon/store/ (add a named Store method instead):\n" + "\n".join(
        f"{path}:{hit}" for path, hits in found.items() for hit in hits
    )


def test_the_check_finds_sql_where_it_is():
    """The detector itself: each way of running SQL is caught, and ordinary code and prose are not."""
    caught = [
        'rows = store.query("select 1")',
        'store.db["users"].insert({})',
        "with store.db.atomic():\n    pass",
        "conn.execute(x)",
        'sql = """\n  SELECT name\n  FROM runs\n"""',
        'q = "delete from login_attempts where at < ?"',
        'q = "insert or ignore into contents values (?)"',
        "import sqlite_utils",
    ]
    for source in caught:
        assert sql_in(source + "\n"), source
    clean = [
        'p.add_argument("--db", help="SQLite database file")',
        'status = SelectField("Status")',
        "# select the newest run from the list",
        'text = "pilih dan select dokumen"',
        'db = args.db or cfg["paths"]["db"]',
    ]
    for source in clean:
        assert sql_in(source + "\n") == [], source


def test_the_allow_list_says_why():
    assert all(len(reason) > 20 for reason in ALLOWED.values())
