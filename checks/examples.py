"""Turn a rule's examples (small HTML snippets, extra fetched URLs) into snapshot rows, as the crawler
would store them, so every example is evaluated by the same code as a real crawl.

Uses the crawl's own extraction (kipmon.extract.extract_html) so examples see exactly what a crawl
sees, and the fetch-row shape the crawler stores (kipmon.model.fetch_row); checks never import the crawler.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from urllib.parse import urljoin

from checks.engine import evaluate
from checks.evidence import build_index
from kipmon import model
from kipmon.vocab import KIND_HTML, KIND_PDF

BASE = "http://badan.example/"


def _extract(html: str, url: str) -> dict:
    from kipmon.extract import extract_html  # bs4 and lxml only when an example has HTML

    return extract_html(html, url)


def fetch_row(
    url: str,
    *,
    html: str | None = None,
    status: int | None = 200,
    kind: str | None = None,
    title: str | None = None,
    text: str = "",
    error: str | None = None,
    meta: dict | None = None,
    last_modified: str | None = None,
    link_text: str | None = None,
    referer: str | None = None,
    in_scope: int = 1,
    source: str = "link",
    content_type: str | None = None,
    size: int | None = None,
    dates: list | None = None,
) -> dict:
    """One snapshot row (Store.snapshot shape) for a URL, from HTML or from document fields."""
    if html is not None:
        ex = _extract(html, url)
        body = html.encode()
    else:
        ex = {
            "kind": kind or KIND_PDF,
            "title": title,
            "headings": [],
            "links": [],
            "dates": dates or [],
            "text": text,
            "meta": meta or {},
        }
        body = f"{url}|{title}|{text}".encode()
    if kind and html is not None:
        ex["kind"] = kind
    if meta is not None and html is not None:
        ex["meta"] = {**ex.get("meta", {}), **meta}
    ok = error is None and status is not None and status < 400
    row = model.fetch_row(
        None,
        None,
        url,
        final_url=url,
        status=status,
        content_type=content_type or ("text/html" if ex["kind"] == KIND_HTML else "application/pdf"),
        fetched_at="2025-01-01T00:00:00+00:00",
        last_modified=last_modified,
        content_hash=hashlib.sha256(body).hexdigest() if ok else None,
        size=(len(body) if size is None else size) if ok else 0,
        error=error,
        referer=referer,
        link_text=link_text,
        depth=0 if referer is None else 1,
        source=source,
        in_scope=in_scope,
    )
    del row["run_id"], row["body_id"]  # a snapshot row belongs to the body being checked
    return {
        **row,
        **(
            ex
            if ok
            else {"kind": None, "title": None, "headings": [], "links": [], "dates": [], "text": None, "meta": {}}
        ),
    }


def example_rows(example: dict) -> list[dict]:
    """Snapshot rows for one example: its `html` is the home page; `fetches` are further URLs."""
    rows = []
    home = example.get("url", BASE)
    if "html" in example:
        rows.append(fetch_row(home, html=example["html"], source="start"))
    for f in example.get("fetches") or []:
        f = dict(f)
        url = urljoin(home, f.pop("url"))
        f.setdefault("referer", home)
        rows.append(fetch_row(url, **f))
    return rows


def run_example(rule, example: dict, cfg_checks: dict | None = None) -> dict:
    """The finding the rule gives for one of its examples."""
    kind = example.get("kind") or rule.kinds[0]
    as_of = dt.date.fromisoformat(str(example.get("as_of", "2025-06-15")))
    body = {
        "body_id": "contoh",
        "kind": kind,
        "name": example.get("body_name") or "",
        "urls": [example.get("url", BASE)],
    }
    idx = build_index(body, example_rows(example))
    return evaluate(rule.for_kind(kind), idx, as_of, cfg_checks or {})


def store_rows(store, run_id: int, body_id: str, rows: list[dict]) -> None:
    """Write snapshot rows (as fetch_row makes them) into a real store, as the crawler would."""
    contents = [
        model.content(
            r["content_hash"],
            r.get("kind"),
            **{k: r.get(k) for k in ("title", "headings", "links", "dates", "text", "meta")},
        )
        for r in rows
        if r.get("content_hash")
    ]
    store.save_contents(contents)
    store.save_fetches(
        [
            {
                **model.fetch_row(run_id, body_id, r["url"]),
                **{k: r.get(k) for k in model.FETCH_COLUMNS if k in r},
                "run_id": run_id,
                "body_id": body_id,
            }
            for r in rows
        ]
    )
