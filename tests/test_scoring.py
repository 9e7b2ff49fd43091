"""Scoring on hand-computed cases: item credit, indicators, kualitas, bands, roll-up, path, carry-over."""

from __future__ import annotations

import datetime as dt

import pytest

from checks import run_checks
from checks.examples import fetch_row, store_rows
from checks.scoring import (
    round1,
    ItemState,
    band,
    bands_cfg,
    body_path,
    body_score,
    indicator_scores,
    rollup,
    rollup_path,
    score_run,
    scoring_cfg,
    ScoringError,
)
from kipmon.config import load_config
from kipmon.registry import Body
from kipmon.store import Store

CFG = load_config()
S = scoring_cfg(CFG)
B = bands_cfg(CFG)

ITEMS = [
    ItemState("a", "jenis", 1, False, "present"),
    ItemState("b", "jenis", 1, True, "stale"),
    ItemState("c", "jenis", 2, True, "missing"),
    ItemState("d", "digitalisasi", 1, False, "present"),
    ItemState("e", "pelayanan", 1, False, "broken"),
    ItemState("f", "komitmen", 1, False, "unreachable"),  # not scored: komitmen has no applicable item
]


def test_indicator_scores_by_hand():
    ind = indicator_scores(ITEMS, S)
    assert ind["jenis"] == pytest.approx(1.5 / 4)
    assert ind["digitalisasi"] == 1.0
    assert ind["pelayanan"] == 0.0
    assert ind["kualitas"] == 0.0  # the one found dated item (b) is stale
    assert ind["komitmen"] is None and ind["sarana"] is None


def test_body_score_by_hand():
    # (40 x 0.375 + 20 x 1 + 10 x 0 + 10 x 0) / (40 + 20 + 10 + 10) = 35 / 80 = 43.75 -> 43.8 (half up)
    score, _ = body_score(ITEMS, S)
    assert score == 43.8


def test_kualitas_left_out_when_no_dated_item_was_found():
    items = [ItemState("a", "jenis", 1, False, "present"), ItemState("c", "jenis", 1, True, "missing")]
    score, ind = body_score(items, S)
    assert ind["kualitas"] is None
    assert score == 50.0


def test_path_to_informatif_ordering():
    path = body_path(ITEMS, S)
    # fixing c: jenis 3.5/4, kualitas 1/2 -> (35+20+5+0)/80 = 75.0; then b and e both reach 87.5 (b first by id)
    assert [(p["item_id"], p["score_after"]) for p in path] == [("c", 75.0), ("b", 87.5), ("e", 100.0)]
    assert path[0]["gain"] == 31.2 and path[0]["status"] == "missing"
    assert [p["status"] for p in path] == ["missing", "stale", "broken"]


@pytest.mark.parametrize(
    "score,ki,artikel",
    [
        (100.0, "Informatif", "Informatif"),
        (90.1, "Informatif", "Informatif"),
        (90.0, "Informatif", "Menuju Informatif"),
        (89.9, "Menuju Informatif", "Menuju Informatif"),
        (80.1, "Menuju Informatif", "Menuju Informatif"),
        (80.0, "Menuju Informatif", "Cukup Informatif"),
        (79.9, "Cukup Informatif", "Cukup Informatif"),
        (70.0, "Cukup Informatif", "Belum Informatif"),
        (60.1, "Cukup Informatif", "Belum Informatif"),
        (60.0, "Cukup Informatif", "Tidak Informatif"),
        (59.9, "Kurang Informatif", "Tidak Informatif"),
        (40.0, "Kurang Informatif", "Tidak Informatif"),
        (39.9, "Tidak Informatif", "Tidak Informatif"),
        (0.0, "Tidak Informatif", "Tidak Informatif"),
    ],
)
def test_bands_at_boundaries(score, ki, artikel):
    assert band(score, "ki", B) == ki
    assert band(score, "artikel", B) == artikel


def test_band_of_no_score_is_none():
    assert band(None, "ki", B) is None


def test_rollup_by_hand():
    scores = [
        {"body_id": "kab", "kind": "pemkab", "score": 80.0},
        {"body_id": "o1", "kind": "opd", "score": 60.0},
        {"body_id": "k1", "kind": "kecamatan", "score": 70.0},
        {"body_id": "d1", "kind": "desa", "score": 50.0},
        {"body_id": "d2", "kind": "desa", "score": 30.0},
        {"body_id": "d3", "kind": "desa", "score": None},
    ]
    value, parts, _ = rollup(scores, S)
    assert value == 67.5  # .5 x 80 + .3 x 65 + .2 x 40
    assert parts == {"pemkab": 80.0, "opd_kecamatan_kelurahan": 65.0, "desa": 40.0}
    value, parts, _ = rollup([s for s in scores if s["kind"] != "desa"], S)
    assert value == 74.4  # (.5 x 80 + .3 x 65) / .8 = 74.375
    assert parts["desa"] is None


def test_rollup_path_takes_the_biggest_regency_gain_first():
    scores = [
        {
            "body_id": "kab",
            "kind": "pemkab",
            "score": 80.0,
            "path": [{"item_id": "dip", "gain": 10.0, "score_after": 90.0}],
        },
        {
            "body_id": "o1",
            "kind": "opd",
            "score": 60.0,
            "path": [
                {"item_id": "dik", "gain": 30.0, "score_after": 90.0},
                {"item_id": "dip", "gain": 10.0, "score_after": 100.0},
            ],
        },
        {"body_id": "o2", "kind": "opd", "score": 100.0, "path": []},
    ]
    # roll-up = (.5 x 80 + .3 x 80) / .8 = 80; kab dip adds .625 x 10 = 6.25; o1 dik adds .375/2 x 30 = 5.625
    path = rollup_path(scores, S, lambda s: s >= 1000, 10)
    assert [(p["body_id"], p["item_id"]) for p in path] == [("kab", "dip"), ("o1", "dik"), ("o1", "dip")]
    assert [p["score_after"] for p in path] == [86.3, 91.9, 93.8]
    assert len(rollup_path(scores, S, lambda s: s >= 90, 10)) == 2  # stops once Informatif


SITE = "http://dinkes.example/"


def _run(store, *, ok: bool, started: str) -> int:
    run_id = store.start_run("test")
    store.db["runs"].update(run_id, {"started_at": started})
    store.save_run_bodies(
        run_id, [Body("dinkes", "Dinas Kesehatan", "opd", (SITE,)), Body("kab", "Pemkab", "pemkab", ())]
    )
    store.set_body_crawl(run_id, "kab", status="unreachable", reason="no-url")
    if ok:
        store.set_body_crawl(run_id, "dinkes", status="ok")
        home = '<html><body><a href="/ppid">PPID</a><a href="https://lapor.go.id/">LAPOR</a></body></html>'
        store_rows(store, run_id, "dinkes", [fetch_row(SITE, html=home, source="start")])
    else:
        store.set_body_crawl(run_id, "dinkes", status="unreachable", reason="timeout")
    return run_id


def test_score_run_with_carry_over(tmp_path):
    with Store(tmp_path / "k.db") as store:
        r1 = _run(store, ok=True, started="2025-06-01T01:00:00+00:00")
        run_checks(store, r1, dt.date(2025, 6, 1), CFG)
        summary = score_run(store, r1, CFG)
        s1 = {s["body_id"]: s for s in store.scores(r1)}
        assert s1["dinkes"]["assessed"] and s1["dinkes"]["score"] > 0
        # no URL: its findings are missing, but it is not assessed and says why
        assert {f["status"] for f in store.findings(r1, "kab")} == {"missing"}
        assert (s1["kab"]["score"], s1["kab"]["assessed"], s1["kab"]["reason"]) == (None, False, "no-url")
        assert summary["assessed"] == 1 and summary["no_site"] == 1
        roll1 = store.rollup(r1)
        assert roll1["score"] == s1["dinkes"]["score"] and roll1["bodies_no_site"] == 1
        # its step on the regency's path is to publish its site, not to fix items one by one
        steps = [(st["body_id"], st["action"], st["item_id"]) for st in roll1["path"]]
        assert ("kab", "publish-site", None) in steps and not any(b == "kab" and a == "fix" for b, a, _ in steps)

        r2 = _run(store, ok=False, started="2025-06-08T01:00:00+00:00")  # 7 days later: carried
        run_checks(store, r2, dt.date(2025, 6, 8), CFG)
        score_run(store, r2, CFG)
        s2 = {s["body_id"]: s for s in store.scores(r2)}
        assert (s2["dinkes"]["score"], s2["dinkes"]["carried_from"]) == (s1["dinkes"]["score"], r1)
        assert {f["status"] for f in store.findings(r2, "dinkes")} == {"unreachable"}

        r3 = _run(store, ok=False, started="2025-06-09T02:00:00+00:00")  # 8 days after r1: not assessed
        run_checks(store, r3, dt.date(2025, 6, 9), CFG)
        summary = score_run(store, r3, CFG)
        s3 = {s["body_id"]: s for s in store.scores(r3)}
        assert (s3["dinkes"]["score"], s3["dinkes"]["assessed"], s3["dinkes"]["band"]) == (None, False, None)
        assert s3["dinkes"]["reason"] == "unreachable"
        roll = store.rollup(r3)
        assert roll["bodies_assessed"] == 0 and roll["bodies_total"] == 2 and roll["coverage"] == 0.0
        assert roll["score"] is None and roll["band_profile"] == "ki"
        assert summary["rollup_score"] is None


def test_no_site_zero_scores_bodies_without_url_as_0(tmp_path):
    cfg = load_config()
    cfg["scoring"]["no_site"] = "zero"
    with Store(tmp_path / "k.db") as store:
        r1 = _run(store, ok=True, started="2025-06-01T01:00:00+00:00")
        run_checks(store, r1, dt.date(2025, 6, 1), cfg)
        summary = score_run(store, r1, cfg)
        s1 = {s["body_id"]: s for s in store.scores(r1)}
        assert (s1["kab"]["score"], s1["kab"]["assessed"], s1["kab"]["band"]) == (0.0, True, "Tidak Informatif")
        assert summary["assessed"] == 2 and store.rollup(r1)["bodies_no_site"] == 1
        assert store.rollup(r1)["score"] < s1["dinkes"]["score"]  # the pemkab's 0 weighs half
        cfg["scoring"]["no_site"] = "nol"
        with pytest.raises(ScoringError, match="no_site"):
            score_run(store, r1, cfg)


def test_rollup_path_weighs_a_published_site_exactly():
    scores = [
        {"body_id": "kab", "kind": "pemkab", "score": 95.0, "path": [{"item_id": "dip", "score_after": 100.0}]},
        {"body_id": "o1", "kind": "opd", "score": 50.0, "path": [{"item_id": "dik", "score_after": 60.0}]},
        {"body_id": "d1", "kind": "desa", "score": None, "path": []},
    ]
    # now (.5 x 95 + .3 x 50) / .8 = 78.125; a desa at 100 brings the desa part in:
    # (.5 x 95 + .3 x 50 + .2 x 100) / 1 = 82.5, more than kab's dip (81.25) or o1's dik (81.875)
    path = rollup_path(scores, S, lambda s: s >= 1000, 10, no_site=["d1"])
    assert [(p["body_id"], p["action"]) for p in path] == [("d1", "publish-site"), ("o1", "fix"), ("kab", "fix")]
    assert path[0]["score_after"] == 82.5 and path[0]["item_id"] is None


def test_score_run_band_profile_from_config(tmp_path):
    cfg = load_config()
    cfg["scoring"]["band_profile"] = "artikel"
    with Store(tmp_path / "k.db") as store:
        r1 = _run(store, ok=True, started="2025-06-01T01:00:00+00:00")
        run_checks(store, r1, dt.date(2025, 6, 1), cfg)
        assert score_run(store, r1, cfg)["band_profile"] == "artikel"
        assert store.rollup(r1)["band"] == "Tidak Informatif"
        path = {s["body_id"]: s for s in store.scores(r1)}["dinkes"]["path"]
        assert path and path[-1]["score_after"] == 100.0
        assert all(a["score_after"] <= b["score_after"] for a, b in zip(path, path[1:]))


def _path_by_full_scores(items, scfg):
    """body_path as first written: every trial scored whole by body_score (the reference)."""
    current = list(items)
    score = body_score(current, scfg)[0] or 0.0
    path, todo = [], {i.item_id for i in current if i.status in ("missing", "stale", "broken")}
    while todo:
        best = None
        for item_id in sorted(todo):
            trial = [
                i if i.item_id != item_id else ItemState(i.item_id, i.indicator, i.weight, i.dated, "present")
                for i in current
            ]
            s = body_score(trial, scfg)[0]
            if best is None or (s or 0) > best[1]:
                best = (item_id, s or 0.0, trial)
        item_id, s, trial = best
        old = next(i.status for i in current if i.item_id == item_id)
        path.append({"item_id": item_id, "status": old, "gain": round1(s - score), "score_after": s})
        current, score = trial, s
        todo.discard(item_id)
    return path


def test_body_path_recomputing_two_indicators_equals_scoring_every_trial_whole():
    import random

    rng = random.Random(12)
    indicators = [*S["indicators"], "lain"]  # "lain": an indicator the profile does not weigh
    statuses = ["present", "stale", "missing", "broken", "unreachable"]
    for _ in range(300):
        items = [
            ItemState(
                f"i{k}", rng.choice(indicators), rng.choice([1, 1, 2, 0.5, 3]), rng.random() < 0.5, rng.choice(statuses)
            )
            for k in range(rng.randint(1, 30))
        ]
        assert body_path(items, S) == _path_by_full_scores(items, S)
