"""The shared contract in kipmon/: closed lists, shapes and defaults are written once and every layer
keeps to them (issue 11)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from scrapy.exceptions import IgnoreRequest
from twisted.internet import defer, error
from twisted.python.failure import Failure

from checks.documents import breakage
from checks.evidence import Target
from checks.examples import fetch_row
from checks.scoring import bands_cfg, part_of, scoring_cfg
from crawler.failures import classify
from kipmon import model, vocab
from kipmon.config import defaults, load_config
from kipmon.store import Store
from reports.common import KIND_LABELS
from reports.data import NOTICE_LABELS, build
from reports.notices import REASON_ADVICE, notice_cfg

try:  # the sample run moves from reports/ to tests/sample_run.py (issue 11, the catalogue branch)
    from sample_run import build_sample
except ImportError:
    from reports.sample import build_sample


def _failure(exc: BaseException) -> Failure:
    try:
        raise exc
    except BaseException:  # noqa: BLE001 - a Failure is made from the exception being handled
        return Failure()


@pytest.mark.parametrize(
    "exc, reason",
    [
        (error.DNSLookupError("kipmon-test.invalid"), "dns"),
        (error.ConnectionRefusedError(), "refused"),
        (error.TimeoutError(), "timeout"),
        (defer.CancelledError(), "timeout"),
        (IgnoreRequest("Forbidden by robots.txt"), "robots-blocked"),
        (IgnoreRequest("dropped by a middleware"), "error"),
        (
            ValueError("Cancelling download: expected response size (30000000) larger than download max size"),
            "too-large",
        ),
        (RuntimeError("something nobody foresaw"), "error"),
    ],
)
def test_classify_answers_only_with_the_closed_list(exc, reason):
    got, detail = classify(_failure(exc))
    assert got == reason and got in vocab.REQUEST_FAILURES and detail
    # a start page's failure becomes a body reason the reports have words for
    assert vocab.crawl_reason(got) in vocab.UNREACHABLE_REASONS


def test_every_reason_has_indonesian_words_and_advice_names_only_known_reasons():
    for words in (*vocab.FETCH_ERRORS.values(), *vocab.UNREACHABLE_REASONS.values()):
        assert words and words == words.strip()
    assert set(REASON_ADVICE) <= set(vocab.UNREACHABLE_REASONS)
    assert set(vocab.REQUEST_FAILURES) <= set(vocab.FETCH_ERRORS)
    assert set(vocab.NEUTRAL_FETCH_ERRORS) <= set(vocab.FETCH_ERRORS)
    assert vocab.RETRYABLE_REASONS <= set(vocab.UNREACHABLE_REASONS)
    assert vocab.crawl_reason("too-large") == "error" and vocab.crawl_reason("dns") == "dns"
    assert {k for ks in vocab.ROLLUP_PARTS.values() for k in ks} == set(vocab.BODY_KINDS)
    assert set(vocab.BADAN_PUBLIK_KINDS) | set(vocab.DESA_KINDS) == set(vocab.BODY_KINDS)
    assert set(KIND_LABELS) == set(vocab.BODY_KINDS) and set(NOTICE_LABELS) == set(vocab.NOTICE_KINDS)
    assert [part_of(k) for k in vocab.BODY_KINDS] == ["pemkab", *["opd_kecamatan_kelurahan"] * 3, "desa"]


def test_a_failed_fetch_reads_the_same_under_its_old_and_new_code():
    """Stores from before the closed list say "other" where classify now says "error": a broken
    finding's reason and words do not change with the word."""
    url = "http://x/dip-2026.pdf"
    for code in ("error", "other"):
        assert breakage(Target(url, fetch=fetch_row(url, status=None, error=code))) == ("other", "pengambilan gagal")
    assert breakage(Target(url, fetch=fetch_row(url, status=None, error="dns")))[0] == "dns"
    for code in vocab.NEUTRAL_FETCH_ERRORS:
        assert breakage(Target(url, fetch=fetch_row(url, status=None, error=code))) is None


def _columns(store: Store, table: str) -> list[str]:
    return [c.name for c in store.db[table].columns]


def test_shapes_are_exactly_the_store_columns(tmp_path):
    store = Store(tmp_path / "kipmon.db")
    try:
        row = model.fetch_row(1, "dinas", "http://dinas.example/")
        assert list(row) == _columns(store, "fetches") == list(model.FETCH_COLUMNS)
        finding = model.finding("dinas", "dip", vocab.MISSING, reason="not-found", detail="x")
        assert ["run_id", *finding] == _columns(store, "findings")
        content = model.content("h", vocab.KIND_HTML)
        assert [*content, "extracted_at"] == _columns(store, "contents") == list(model.CONTENT_COLUMNS)
        score = model.score("dinas", "opd", 50.0, "Kurang Informatif")
        assert set(["run_id", *score]) == set(_columns(store, "scores")) == {"run_id", *model.SCORE_COLUMNS}
        # and a row made so is stored as it is read back
        run_id = store.start_run("test")
        store.save_fetches(
            [{**model.fetch_row(run_id, "dinas", "http://dinas.example/", status=200, error=None, in_scope=True)}]
        )
        stored = next(store.db["fetches"].rows_where("run_id = ?", [run_id]))
        assert stored["in_scope"] == 1 and stored["status"] == 200 and stored["filename"] is None
    finally:
        store.close()


def test_defaults_live_only_in_the_config_file():
    shipped = defaults()
    assert scoring_cfg(None) == shipped["scoring"]
    assert bands_cfg({}) == shipped["bands"] and "default" not in shipped["bands"]
    assert notice_cfg({}) == shipped["notices"]
    # a partial config changes only what it names
    assert scoring_cfg({"scoring": {"carry_days": 3}})["rollup"] == shipped["scoring"]["rollup"]


def test_old_bands_default_key_is_dropped_with_one_warning(tmp_path, capsys):
    path = tmp_path / "kipmon.toml"
    path.write_text('[scoring]\nband_profile = "artikel"\n\n[bands]\ndefault = "ki"\n', encoding="utf-8")
    cfg = load_config(path)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "[bands] default" in err[0] and "band_profile = 'artikel'" in err[0]
    # band_profile decides, as it always did; the old key is not carried on
    assert cfg["scoring"]["band_profile"] == "artikel" and "default" not in cfg["bands"]
    path.write_text('[scoring]\nband_profile = "artikel"\n', encoding="utf-8")
    load_config(path)
    assert capsys.readouterr().err == ""


def test_report_names_the_configured_rollup_weights(tmp_path):
    store = Store(tmp_path / "kipmon.db")
    try:
        ids = build_sample(store)
        labels = [p["label"] for p in build(store, ids[-1], defaults())["rollup"]["parts"]]
        assert labels == ["Pemerintah kabupaten (50%)", "Perangkat daerah, kecamatan, kelurahan (30%)", "Desa (20%)"]
        cfg = defaults()
        cfg["scoring"]["rollup"] = {"pemkab": 0.6, "opd_kecamatan_kelurahan": 0.25, "desa": 0.15}
        labels = [p["label"] for p in build(store, ids[-1], cfg)["rollup"]["parts"]]
        assert labels == ["Pemerintah kabupaten (60%)", "Perangkat daerah, kecamatan, kelurahan (25%)", "Desa (15%)"]
        cfg["scoring"]["rollup"] = {"pemkab": 2, "opd_kecamatan_kelurahan": 1, "desa": 1}  # shares of the sum
        labels = [p["label"] for p in build(store, ids[-1], cfg)["rollup"]["parts"]]
        assert labels == ["Pemerintah kabupaten (50%)", "Perangkat daerah, kecamatan, kelurahan (25%)", "Desa (25%)"]
    finally:
        store.close()


def test_the_checks_run_their_examples_without_the_crawler():
    code = (
        "import sys; from checks.catalogue import shipped_rules; from checks.examples import run_example\n"
        "rule = next(r for r in shipped_rules().values() if r.examples)\n"
        "run_example(rule, rule.examples[0])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('crawler', 'scrapy', 'twisted'))\n"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
