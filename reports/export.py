"""Exports of a run's findings and scores: JSON and CSV for `kipmon export`, and the spreadsheet
files (UTF-8 with BOM) written beside the report. Shapes follow spec/interface.md: the contract
fields first, then extra fields.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterable

from reports.items import item_info

FINDING_FIELDS = (
    "run_id",
    "body_id",
    "item_id",
    "status",
    "evidence_url",
    "evidence_year",
    "detail",
    "body_name",
    "kind",
    "item_nama",
    "machine_status",
    "reason",
    "rule_error",
    "verdict_id",
    "carried_from",
)
INDICATORS = ("jenis", "digitalisasi", "kualitas", "pelayanan", "komitmen", "sarana")
SCORE_FIELDS = (
    "run_id",
    "body_id",
    "kind",
    "score",
    "band",
    "assessed",
    "reason",
    "name",
    "carried_from",
    "band_profile",
    "coverage",
    "bodies_assessed",
    "bodies_total",
    "bodies_no_site",
)
SCORE_CSV_FIELDS = SCORE_FIELDS + tuple(f"indikator_{k}" for k in INDICATORS)


def finding_records(store, run_id: int) -> list[dict]:
    bodies = {b["body_id"]: b for b in store.run_bodies(run_id)}
    out = []
    for f in store.findings(run_id):
        body = bodies.get(f["body_id"], {})
        year = f.get("evidence_year")
        out.append(
            {
                "run_id": run_id,
                "body_id": f["body_id"],
                "item_id": f["item_id"],
                "status": f["status"],
                "evidence_url": f.get("evidence_url") or None,
                "evidence_year": int(year) if year not in (None, "") else None,
                "detail": f.get("detail"),
                "body_name": body.get("name"),
                "kind": body.get("kind"),
                "item_nama": item_info(f["item_id"], body.get("kind"))["nama"],
                "machine_status": f.get("machine_status"),
                "reason": f.get("reason"),
                "rule_error": f.get("rule_error"),
                "verdict_id": f.get("verdict_id"),
                "carried_from": f.get("carried_from"),
            }
        )
    return out


def _score(value: Any) -> float | None:
    return None if value is None else round(float(value), 1)


def score_records(store, run_id: int) -> list[dict]:
    bodies = {b["body_id"]: b for b in store.run_bodies(run_id)}
    out = []
    for s in store.scores(run_id):
        assessed = bool(s.get("assessed")) and s.get("score") is not None
        out.append(
            {
                "run_id": run_id,
                "body_id": s["body_id"],
                "kind": s.get("kind") or bodies.get(s["body_id"], {}).get("kind"),
                "score": _score(s.get("score")) if assessed else None,
                "band": s.get("band") if assessed else None,
                "assessed": assessed,
                # why a body is not assessed: no-url (no website known) or unreachable (runs before this
                # column existed: unreachable, unless the body had no URL)
                "reason": None
                if assessed
                else (s.get("reason") or ("no-url" if not bodies.get(s["body_id"], {}).get("urls") else "unreachable")),
                "name": bodies.get(s["body_id"], {}).get("name"),
                "carried_from": s.get("carried_from"),
                "indicators": s.get("indicators") or {},
            }
        )
    rollup = store.rollup(run_id)
    if rollup is not None:
        out.append(
            {
                "run_id": run_id,
                "body_id": None,
                "kind": "rollup",
                "score": _score(rollup.get("score")),
                "band": rollup.get("band"),
                "assessed": rollup.get("score") is not None,
                "name": "Kabupaten (gabungan)",
                "carried_from": None,
                "band_profile": rollup.get("band_profile"),
                "coverage": rollup.get("coverage"),
                "bodies_assessed": rollup.get("bodies_assessed"),
                "bodies_total": rollup.get("bodies_total"),
                "bodies_no_site": rollup.get("bodies_no_site"),
                "reason": None,
                "parts": rollup.get("parts") or {},
            }
        )
    return out


def to_json(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def _flat_scores(records: Iterable[dict]) -> Iterable[dict]:
    for r in records:
        row = {k: r.get(k) for k in SCORE_FIELDS}
        for k in INDICATORS:
            value = (r.get("indicators") or {}).get(k)
            row[f"indikator_{k}"] = None if value is None else round(float(value), 3)
        yield row


def _cell(value: Any, spreadsheet: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if spreadsheet and isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # a crawled string must never become a spreadsheet formula
    return value


def to_csv(records: Iterable[dict], fields: tuple[str, ...], *, spreadsheet: bool = False) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n" if spreadsheet else "\n")
    writer.writerow(fields)
    for r in records:
        writer.writerow([_cell(r.get(f), spreadsheet) for f in fields])
    return buf.getvalue()


def export_text(store, run_id: int, what: str, fmt: str) -> str:
    """What `kipmon export findings|scores --format json|csv` prints."""
    if what == "findings":
        records = finding_records(store, run_id)
        return to_json(records) if fmt == "json" else to_csv(records, FINDING_FIELDS)
    records = score_records(store, run_id)
    return to_json(records) if fmt == "json" else to_csv(_flat_scores(records), SCORE_CSV_FIELDS)


def write_csv_files(store, run_id: int, out_dir: Path) -> list[Path]:
    """findings.csv and scores.csv for spreadsheets: UTF-8 with BOM, CRLF, no formulas."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in (
        ("findings.csv", to_csv(finding_records(store, run_id), FINDING_FIELDS, spreadsheet=True)),
        ("scores.csv", to_csv(_flat_scores(score_records(store, run_id)), SCORE_CSV_FIELDS, spreadsheet=True)),
    ):
        path = out_dir / name
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
        paths.append(path)
    return paths
