"""A crawl job as a small JSON file, so a spider started with only `-a` arguments (by a Scrapy job
daemon such as Scrapyd) crawls exactly as one started by kipmon itself.

Scrapyd puts spider arguments in the child's argv (128 KiB at most per argument), so the argument is
only where the job file is: `scrapy crawl bodies -a job=PATH_OR_URL [-a job_sha256=HEX]`. The file
holds the run id, the registry (a path, or a URL with its sha256), the ids of this job's bodies and
every Scrapy setting `crawler.settings.settings_for()` builds from kipmon's config (user agent,
per-server download slots computed from the whole registry, politeness, OCR, budgets). Node-local
things stay out of it: the database (none: the spider writes a feed, crawler/feed.py) and the HTTP
cache folder (a node passes `-s HTTPCACHE_DIR=...` to keep one). docs/feed.md shows the shape.
"""

from __future__ import annotations

import hashlib
import json
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kipmon.errors import KipmonError
from kipmon.registry import Body, parse_registry, select

FORMAT = 1
# settings that name things on the machine that wrote the job, never valid on another one
LOCAL_SETTINGS = (
    "KIPMON_DB",
    "KIPMON_REGISTRY",
    "KIPMON_ONLY",
    "KIPMON_RUN_ID",
    "KIPMON_FATAL_FILE",
    "KIPMON_PROGRESS_FD",
    "HTTPCACHE_DIR",
    "HTTPCACHE_ENABLED",
)
FETCH_TIMEOUT = 60


class JobError(KipmonError):
    """A job file or its registry cannot be read or does not match its checksum."""


@dataclass
class Job:
    run_id: int
    registry: list[Body]  # the whole registry: scopes and slots come from all of it
    bodies: list[str]  # the ids this job crawls
    settings: dict
    ref: str


def job_document(
    cfg: dict, *, run_id: int, registry: str | Path, bodies: list[str] | None = None, registry_url: str | None = None
) -> dict:
    """The job file's content for run `run_id`: `registry` is the local file the settings are built
    from; when the node must fetch it, `registry_url` is where (its sha256 is taken from the file)."""
    from crawler.run import ocr_switch, render_switch
    from crawler.settings import settings_for

    settings = settings_for(cfg, db="", run_id=run_id, registry=str(registry), only=None, httpcache_dir=None)
    settings["KIPMON_OCR"]["on"] = ocr_switch(cfg)
    settings.update(render_switch(cfg, settings["KIPMON_RENDER"]))
    settings = {k: v for k, v in settings.items() if k not in LOCAL_SETTINGS}
    data = Path(registry).read_bytes()
    everyone = parse_registry(data.decode("utf-8-sig"), str(registry))
    chosen = [b.id for b in (select(everyone, ",".join(bodies)) if bodies else everyone)]
    where = {"url": registry_url} if registry_url else {"path": str(Path(registry).resolve())}
    return {
        "kipmon_job": FORMAT,
        "run_id": run_id,
        "registry": {**where, "sha256": hashlib.sha256(data).hexdigest()},
        "bodies": chosen,
        "settings": settings,
    }


def write_job(path: str | Path, document: dict) -> Path:
    path = Path(path)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _read(ref: str, sha256: str | None, what: str) -> bytes:
    try:
        if ref.startswith(("http://", "https://")):
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with opener.open(ref, timeout=FETCH_TIMEOUT) as resp:
                data = resp.read()
        else:
            data = Path(ref.removeprefix("file://")).read_bytes()
    except (OSError, ValueError) as exc:
        raise JobError(f"{what} {ref}: cannot read: {exc}") from None
    if sha256 and hashlib.sha256(data).hexdigest() != sha256.lower():
        raise JobError(f"{what} {ref}: sha256 differs from the one given (changed or cut short)")
    if ref.startswith(("http://", "https://")) and not sha256:
        raise JobError(f"{what} {ref}: a URL needs its sha256")
    return data


def load_job(ref: str, sha256: str | None = None) -> Job:
    """Read a job file (path or URL) and its registry; JobError with one line when anything is off."""
    try:
        doc = json.loads(_read(ref, sha256, "job file").decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise JobError(f"job file {ref}: not JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("kipmon_job") != FORMAT:
        raise JobError(f"job file {ref}: not a kipmon job (format {FORMAT})")
    reg = doc.get("registry") or {}
    where = reg.get("url") or reg.get("path")
    if not where:
        raise JobError(f"job file {ref}: names no registry")
    data = _read(where, reg.get("sha256"), "registry")
    registry = parse_registry(data.decode("utf-8-sig"), where)
    bodies = [b.id for b in select(registry, ",".join(doc.get("bodies") or []) or None)]
    return Job(
        run_id=int(doc["run_id"]), registry=registry, bodies=bodies, settings=dict(doc.get("settings") or {}), ref=ref
    )
