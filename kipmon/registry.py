"""The registry of public bodies: a CSV file read and validated as a whole (docs/registry.md).

A registry with any error is refused entirely, with file, line and reason for each error (all of them,
up to MAX_ERRORS, so a file is fixed in one pass), so that a typo in one row can never make a night's
run silently skip or misjudge a body. Comma- and semicolon-separated files are both read: a
spreadsheet in the Indonesian locale saves CSV with semicolons (and Excel may add a `sep=;` line).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from kipmon.errors import KipmonError
from kipmon.vocab import BODY_KINDS

REQUIRED = ("id", "name", "kind")
KNOWN = ("id", "name", "kind", "url", "parent", "email")
ID_RE = re.compile(r"^[a-z0-9-]+$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_ERRORS = 50
DELIMITERS = (",", ";", "\t")
SEP_LINE = re.compile(r"^sep=(.)\s*$")  # Excel's hint line naming the delimiter


class RegistryError(KipmonError):
    """The registry was refused. str() is one line; `.errors` lists every problem found."""

    def __init__(self, path: str, errors: list[str]):
        self.path, self.errors = path, errors
        if len(errors) == 1:
            super().__init__(f"registry refused: {errors[0]}")
            return
        shown = errors[:MAX_ERRORS]
        more = f"\n  ... and {len(errors) - len(shown)} more" if len(errors) > len(shown) else ""
        super().__init__(f"registry refused, {len(errors)} errors:\n  " + "\n  ".join(shown) + more)


@dataclass(frozen=True)
class Body:
    id: str
    name: str
    kind: str
    urls: tuple[str, ...] = ()
    parent: str | None = None
    email: str | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    line: int = field(default=0, compare=False)


def default_registry_path() -> Path:
    """The shipped registry of Kabupaten Kutai Timur (see kipmon/data/README.md)."""
    return Path(str(resources.files("kipmon") / "data" / "kutim-bodies.csv"))


def valid_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url


def load_registry(path: str | Path) -> list[Body]:
    """Read and validate a registry CSV; raise RegistryError naming file, line and reason."""
    path = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise RegistryError(path, [f"{path}: cannot read: {exc.strerror or exc}"]) from None
    if raw.startswith(b"PK\x03\x04"):
        raise RegistryError(
            path, [f"{path}: a spreadsheet workbook (.xlsx/.ods), not CSV: save the sheet as CSV UTF-8"]
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RegistryError(path, [f"{path}:1: UTF-16 text (Excel's 'Unicode Text'): save the sheet as CSV UTF-8"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RegistryError(path, [f"{path}:{line}: not UTF-8 text (save the sheet as CSV UTF-8)"]) from None
    return parse_registry(text, path)


def _delimiter(first_line: str) -> str | None:
    """The delimiter of a header row: the one of , ; TAB that splits it into the most columns."""
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else None


def parse_registry(text: str, path: str = "<registry>") -> list[Body]:
    reader, offset = _table(text, path)
    errors: list[str] = []
    bodies: list[Body] = []
    seen: dict[str, int] = {}  # id -> its line
    for row in reader:
        line = reader.line_num + offset
        if None in row:
            errors.append(f"{path}:{line}: more fields than the header has")
            continue
        row = {k: (v or "").strip() for k, v in row.items()}
        if not any(row.values()):
            continue  # blank line at the end of a sheet export
        body = Body(
            row["id"],
            row["name"],
            row["kind"],
            tuple(row.get("url", "").split()),
            row.get("parent") or None,
            row.get("email") or None,
            {k: v for k, v in row.items() if k not in KNOWN},
            line,
        )
        errors += [f"{path}:{line}: {e}" for e in _body_errors(body, seen)]
        bodies.append(body)
    errors += [f"{path}:{b.line}: {e}" for b, e in _parent_errors(bodies, seen)]
    if not bodies and not errors:
        errors.append(f"{path}:2: no bodies in the registry")
    if errors:
        raise RegistryError(path, errors)
    return bodies


def _table(text: str, path: str) -> tuple[csv.DictReader, int]:
    """The rows' reader past a valid header, and how many lines come before the header (Excel's sep= line).
    A header that cannot be read is the only error reported: nothing below it can be read either."""
    offset = 0
    first, _, rest = text.partition("\n")
    sep = SEP_LINE.match(first.strip("\r"))
    if sep:
        text, offset, first = rest, 1, rest.partition("\n")[0]
    delimiter = sep.group(1) if sep else _delimiter(first)
    if not first.strip():
        raise RegistryError(path, [f"{path}:{1 + offset}: empty file, expected a header row with id,name,kind"])
    if delimiter is None:
        raise RegistryError(
            path,
            [
                f"{path}:{1 + offset}: header {first.strip()[:60]!r} has no comma or semicolon "
                f"between column names (expected id,name,kind,...)"
            ],
        )
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing_cols = [c for c in REQUIRED if c not in header]
    if missing_cols:
        raise RegistryError(
            path,
            [
                f"{path}:{1 + offset}: missing required column(s): {', '.join(missing_cols)} "
                f"(header read as {header!r}, separated by {delimiter!r})"
            ],
        )
    return reader, offset


def _body_errors(b: Body, seen: dict[str, int]) -> list[str]:
    """What is wrong with one row on its own, and its id against the rows before it (`seen` gains a good id)."""
    errors = []
    if not ID_RE.match(b.id):
        errors.append(f"id {b.id!r} must be lowercase letters, digits and '-'")
    elif b.id in seen:
        errors.append(f"duplicate id {b.id!r} (first on line {seen[b.id]})")
    else:
        seen[b.id] = b.line
    if not b.name:
        errors.append(f"empty name for {b.id!r}")
    if b.kind not in BODY_KINDS:
        errors.append(f"unknown kind {b.kind!r} (expected one of {', '.join(BODY_KINDS)})")
    errors += [
        f"malformed URL {url!r} (expected http:// or https:// and a host)" for url in b.urls if not valid_url(url)
    ]
    if b.email and not EMAIL_RE.match(b.email):
        errors.append(f"malformed email {b.email!r}")
    return errors


def _parent_errors(bodies: list[Body], seen: dict[str, int]) -> list[tuple[Body, str]]:
    """Parents that are not in the registry, or the body itself: known only once every row is read."""
    errors = []
    for b in bodies:
        if b.parent and b.parent not in seen:
            errors.append((b, f"parent {b.parent!r} of {b.id!r} is not in the registry"))
        if b.parent == b.id:
            errors.append((b, f"{b.id!r} is its own parent"))
    return errors


def select(bodies: list[Body], only: str | None) -> list[Body]:
    """Keep the bodies named in a comma-separated --only list; unknown ids are an error."""
    if not only:
        return bodies
    wanted = [x.strip() for x in only.split(",") if x.strip()]
    known = {b.id for b in bodies}
    unknown = [w for w in wanted if w not in known]
    if unknown:
        raise RegistryError("--only", [f"--only: not in the registry: {', '.join(unknown)}"])
    return [b for b in bodies if b.id in wanted]
