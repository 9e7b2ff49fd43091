"""`kipmon export findings|scores` and the spreadsheet files: the shapes of spec/interface.md."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kipmon.cli import main
from kipmon.config import defaults
from kipmon.store import Store
from reports import write_report
from reports.export import FINDING_FIELDS, to_csv
from sample_run import build_sample


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "kipmon.db"
    with Store(path) as store:
        ids = build_sample(store)
    return path, ids


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_findings_json_contract(db, capsys):
    path, ids = db
    code, out, _ = run_cli(capsys, "export", "findings", "--db", str(path))
    assert code == 0
    data = json.loads(out)
    with Store(path) as store:
        stored = store.findings(ids[-1])
    assert len(data) == len(stored) > 0
    for obj in data:
        assert {"run_id", "body_id", "item_id", "status", "evidence_url", "evidence_year", "detail"} <= set(obj)
        assert obj["run_id"] == ids[-1]
        assert obj["status"] in ("present", "stale", "broken", "missing", "unreachable")
        assert obj["evidence_url"] is None or isinstance(obj["evidence_url"], str)
        assert obj["evidence_year"] is None or isinstance(obj["evidence_year"], int)
        assert isinstance(obj["detail"], str) and obj["detail"]
    missing = [o for o in data if o["status"] == "missing"]
    assert missing and all(o["evidence_url"] is None and o["evidence_year"] is None for o in missing)
    # --run picks an older run
    code, out, _ = run_cli(capsys, "export", "findings", "--db", str(path), "--run", str(ids[0]))
    assert {o["run_id"] for o in json.loads(out)} == {ids[0]}


def test_scores_json_contract_with_rollup(db, capsys):
    path, ids = db
    code, out, _ = run_cli(capsys, "export", "scores", "--db", str(path), "--run", "latest", "--format", "json")
    assert code == 0
    data = json.loads(out)
    bodies = [o for o in data if o["kind"] != "rollup"]
    rollups = [o for o in data if o["kind"] == "rollup"]
    assert len(rollups) == 1 and rollups[0]["body_id"] is None and isinstance(rollups[0]["score"], float)
    assert len(bodies) == 8
    for o in data:
        assert {"run_id", "body_id", "kind", "score", "band", "assessed"} <= set(o)
        assert isinstance(o["assessed"], bool)
        if o["score"] is not None:
            assert 0 <= o["score"] <= 100 and round(o["score"], 1) == o["score"]
    unreachable = {o["body_id"]: o for o in bodies if o["body_id"] in ("bappeda", "desa-singa-gembara")}
    assert all(o["score"] is None and o["band"] is None and o["assessed"] is False for o in unreachable.values())
    assert all(o["band"] for o in bodies if o["assessed"])


def test_csv_to_stdout(db, capsys):
    path, ids = db
    code, out, _ = run_cli(capsys, "export", "findings", "--db", str(path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert not out.startswith("\ufeff")
    assert list(rows[0])[:7] == ["run_id", "body_id", "item_id", "status", "evidence_url", "evidence_year", "detail"]
    code, out, _ = run_cli(capsys, "export", "scores", "--db", str(path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 9 and rows[-1]["kind"] == "rollup" and rows[-1]["body_id"] == ""
    assert "indikator_jenis" in rows[0]


def test_spreadsheet_files_have_bom_and_no_formulas(db, tmp_path):
    path, ids = db
    with Store(path) as store:
        write_report(store, ids[-1], tmp_path / "out", defaults())
    raw = (tmp_path / "out" / "findings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and rows[0]["run_id"] == str(ids[-1])
    assert any(r["body_name"].startswith("Dinas <script>") for r in rows)
    scores = (tmp_path / "out" / "scores.csv").read_bytes().decode("utf-8-sig")
    assert scores.splitlines()[0].startswith("run_id,body_id,kind,score,band,assessed")
    text = to_csv(
        [{"run_id": 1, "body_id": "x", "detail": '=HYPERLINK("http://evil")'}], FINDING_FIELDS, spreadsheet=True
    )
    assert "'=HYPERLINK" in text


def test_export_errors_are_one_line_exit_2(tmp_path, capsys):
    code, out, err = run_cli(capsys, "export", "findings", "--db", str(tmp_path / "none.db"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "no kipmon database" in err
    with Store(tmp_path / "empty.db"):
        pass
    code, _, err = run_cli(capsys, "export", "scores", "--db", str(tmp_path / "empty.db"), "--run", "7")
    assert code == 2 and "no run 7" in err
