"""The registry of public bodies: a CSV file read and validated as a whole (spec/interface.md).

A registry with any error is refused entirely, with file, line and reason for each error, so that a
typo in one row can never make a night's run silently skip or misjudge a body.
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


class RegistryError(KipmonError):
    """The registry was refused. str() is one line; `.errors` lists every problem found."""

    def __init__(self, path: str, errors: list[str]):
        self.path, self.errors = path, errors
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"registry refused: {errors[0]}{more}")


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
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RegistryError(path, [f"{path}:{line}: not UTF-8 text (save the sheet as CSV UTF-8)"]) from None
    return parse_registry(text, path)


def parse_registry(text: str, path: str = "<registry>") -> list[Body]:
    errors: list[str] = []
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    if not header:
        raise RegistryError(path, [f"{path}:1: empty file, expected a header row with id,name,kind"])
    reader.fieldnames = header
    missing_cols = [c for c in REQUIRED if c not in header]
    if missing_cols:
        raise RegistryError(path, [f"{path}:1: missing required column(s): {', '.join(missing_cols)}"])

    bodies: list[Body] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            errors.append(f"{path}:{line}: more fields than the header has")
            continue
        row = {k: (v or "").strip() for k, v in row.items()}
        if not any(row.values()):
            continue  # blank line at the end of a sheet export
        bid, name, kind = row["id"], row["name"], row["kind"]
        if not ID_RE.match(bid):
            errors.append(f"{path}:{line}: id {bid!r} must be lowercase letters, digits and '-'")
        elif bid in seen:
            errors.append(f"{path}:{line}: duplicate id {bid!r} (first on line {seen[bid]})")
        else:
            seen[bid] = line
        if not name:
            errors.append(f"{path}:{line}: empty name for {bid!r}")
        if kind not in BODY_KINDS:
            errors.append(f"{path}:{line}: unknown kind {kind!r} (expected one of {', '.join(BODY_KINDS)})")
        urls = tuple(row.get("url", "").split())
        for url in urls:
            if not valid_url(url):
                errors.append(f"{path}:{line}: malformed URL {url!r} (expected http:// or https:// and a host)")
        email = row.get("email") or None
        if email and not EMAIL_RE.match(email):
            errors.append(f"{path}:{line}: malformed email {email!r}")
        extra = {k: v for k, v in row.items() if k not in KNOWN}
        bodies.append(Body(bid, name, kind, urls, row.get("parent") or None, email, extra, line))

    for b in bodies:
        if b.parent and b.parent not in seen:
            errors.append(f"{path}:{b.line}: parent {b.parent!r} of {b.id!r} is not in the registry")
        if b.parent == b.id:
            errors.append(f"{path}:{b.line}: {b.id!r} is its own parent")
    if not bodies and not errors:
        errors.append(f"{path}:2: no bodies in the registry")
    if errors:
        raise RegistryError(path, errors)
    return bodies


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
