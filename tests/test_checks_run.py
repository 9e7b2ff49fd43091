"""run_checks over a real SQLite store: statuses, broken targets, unreachable and no-url bodies, rule errors."""

from __future__ import annotations

import datetime as dt

import pytest

from checks import run_checks
from checks.examples import fetch_row, store_rows
from kipmon.items import BADAN_PUBLIK_ITEMS, DESA_ITEMS
from kipmon.config import load_config
from kipmon.registry import Body
from kipmon.store import Store

AS_OF = dt.date(2025, 6, 15)
SITE = "http://dinkes.example/"

HOME = """<html><head><title>Dinas Kesehatan</title></head><body>
<nav><a href="/ppid">PPID</a> <a href="/profil">Profil</a> <a href="https://www.lapor.go.id/">SP4N-LAPOR!</a></nav>
<main>
<a href="/dok/LKjIP_2024.pdf">LKjIP 2024</a>
<a href="/dok/dip-2023.pdf">Daftar Informasi Publik 2023</a>
<a href="/dok/dpa-2025.pdf">DPA 2025</a>
<a href="/dok/renstra.pdf">Renstra 2021-2026</a>
<a href="/dok/sk-ppid.pdf">SK PPID</a>
<p>Informasi Publik dan profil kami.</p>
</main></body></html>"""


def rows():
    return [
        fetch_row(SITE, html=HOME, source="start"),
        fetch_row(
            SITE + "ppid",
            html="<html><head><title>PPID</title></head><body><h1>PPID</h1></body></html>",
            referer=SITE,
            link_text="PPID",
        ),
        fetch_row(SITE + "dok/LKjIP_2024.pdf", kind="pdf", title="LKjIP 2024", text="", referer=SITE),
        fetch_row(SITE + "dok/dip-2023.pdf", kind="pdf", title="", text="", referer=SITE),
        fetch_row(SITE + "dok/dpa-2025.pdf", status=404, error="http-error", referer=SITE),
        fetch_row(SITE + "dok/renstra.pdf", status=200, error="timeout", referer=SITE),
        # an HTML login page served where the PDF was linked
        fetch_row(
            SITE + "dok/sk-ppid.pdf",
            html="<html><head><title>Login</title></head><body>Masuk</body></html>",
            referer=SITE,
        ),
    ]


def make_store(path, bodies, crawls, snapshots):
    store = Store(path)
    run_id = store.start_run("test", as_of=AS_OF.isoformat())
    store.save_run_bodies(run_id, bodies)
    for body_id, crawl in crawls.items():
        store.set_body_crawl(run_id, body_id, **crawl)
    for body_id, rs in snapshots.items():
        store_rows(store, run_id, body_id, rs)
    return store, run_id


@pytest.fixture
def world(tmp_path):
    bodies = [
        Body("dinkes", "Dinas Kesehatan", "opd", (SITE,)),
        Body("kec-a", "Kecamatan A", "kecamatan", ("http://kec-a.example/",)),
        Body("desa-b", "Desa B", "desa", ()),
        Body("desa-c", "Desa C", "desa", ("http://desa-c.example/",)),
    ]
    crawls = {
        "dinkes": {"status": "ok"},
        "kec-a": {"status": "unreachable", "reason": "dns"},
        "desa-b": {"status": "unreachable", "reason": "no-url"},
        "desa-c": {"status": "ok"},
    }
    store, run_id = make_store(tmp_path / "k.db", bodies, crawls, {"dinkes": rows(), "desa-c": []})
    yield store, run_id
    store.close()


def by_item(store, run_id, body_id):
    return {f["item_id"]: f for f in store.findings(run_id, body_id)}


def test_statuses_over_a_stored_crawl(world):
    store, run_id = world
    summary = run_checks(store, run_id, AS_OF, load_config())
    f = by_item(store, run_id, "dinkes")
    assert set(f) == set(BADAN_PUBLIK_ITEMS)
    assert f["laporan-kinerja"]["status"] == "present"
    assert f["laporan-kinerja"]["evidence_year"] == 2024
    assert f["laporan-kinerja"]["evidence_url"] == SITE + "dok/LKjIP_2024.pdf"
    assert f["dip"]["status"] == "stale"
    assert f["dip"]["detail"] == "Daftar Informasi Publik terakhir untuk tahun 2023; dibutuhkan tahun 2025."
    assert f["pengaduan"]["status"] == "present"  # link to lapor.go.id, not fetched
    assert f["menu-ppid"]["status"] == "present"
    assert f["dik"]["status"] == "missing"
    assert summary["findings"] == len(BADAN_PUBLIK_ITEMS) * 2 + len(DESA_ITEMS) * 2


def test_broken_targets(world):
    store, run_id = world
    run_checks(store, run_id, AS_OF, load_config())
    f = by_item(store, run_id, "dinkes")
    assert (f["anggaran"]["status"], f["anggaran"]["reason"]) == ("broken", "http-404")
    assert (f["renstra"]["status"], f["renstra"]["reason"]) == ("broken", "timeout")
    assert (f["sk-ppid"]["status"], f["sk-ppid"]["reason"]) == ("broken", "html-instead-of-document")
    assert "tidak dapat dibuka" in f["anggaran"]["detail"]


def test_present_beats_broken_for_the_same_item(tmp_path):
    extra = HOME.replace("</main>", '<a href="/dok/dpa-2025b.pdf">DPA 2025 (salinan)</a></main>')
    rs = [
        fetch_row(SITE, html=extra, source="start"),
        fetch_row(SITE + "dok/dpa-2025.pdf", status=500, error="http-error"),
        fetch_row(SITE + "dok/dpa-2025b.pdf", kind="pdf", title="DPA 2025", text=""),
    ]
    store, run_id = make_store(
        tmp_path / "k.db", [Body("dinkes", "D", "opd", (SITE,))], {"dinkes": {"status": "ok"}}, {"dinkes": rs}
    )
    run_checks(store, run_id, AS_OF, load_config())
    assert by_item(store, run_id, "dinkes")["anggaran"]["status"] == "present"


def test_unreachable_never_gives_missing(world):
    store, run_id = world
    run_checks(store, run_id, AS_OF, load_config())
    f = by_item(store, run_id, "kec-a")
    assert set(f) == set(BADAN_PUBLIK_ITEMS)
    assert {x["status"] for x in f.values()} == {"unreachable"}
    assert {x["reason"] for x in f.values()} == {"dns"}


def test_no_url_gives_missing_with_reason(world):
    store, run_id = world
    run_checks(store, run_id, AS_OF, load_config())
    f = by_item(store, run_id, "desa-b")
    assert set(f) == set(DESA_ITEMS)
    assert {(x["status"], x["reason"]) for x in f.values()} == {("missing", "no-url")}


def test_crawled_but_empty_site_gives_missing(world):
    store, run_id = world
    run_checks(store, run_id, AS_OF, load_config())
    f = by_item(store, run_id, "desa-c")
    assert {(x["status"], x["reason"]) for x in f.values()} == {("missing", "not-found")}


def test_a_failing_rule_is_recorded_and_the_run_goes_on(world, tmp_path):
    store, run_id = world
    import shutil
    from checks.catalogue import rules_dir

    rd = tmp_path / "rules"
    shutil.copytree(rules_dir(), rd)
    # a rule whose grace date cannot be parsed raises inside the currency family
    text = (rd / "dip.toml").read_text().replace('grace = "03-31"', 'grace = "March"')
    (rd / "dip.toml").write_text(text)
    cfg = load_config()
    cfg["checks"]["rules_dir"] = str(rd)
    summary = run_checks(store, run_id, AS_OF, cfg)
    f = by_item(store, run_id, "dinkes")
    assert f["dip"]["rule_error"] and f["dip"]["status"] == "unreachable" and f["dip"]["reason"] == "rule-error"
    assert f["laporan-kinerja"]["status"] == "present"
    assert summary["rule_errors"] >= 1


def test_out_of_scope_page_headings_do_not_count(tmp_path):
    home = '<html><body><a href="http://ppid.kab.example/">PPID Kabupaten</a></body></html>'
    portal = (
        "<html><head><title>PPID Kabupaten</title></head><body><h2>Daftar Informasi Publik 2025</h2>"
        "<h2>Informasi Serta Merta</h2></body></html>"
    )
    rs = [
        fetch_row(SITE, html=home, source="start"),
        fetch_row("http://ppid.kab.example/", html=portal, in_scope=0, referer=SITE, link_text="PPID Kabupaten"),
    ]
    store, run_id = make_store(
        tmp_path / "k.db", [Body("dinkes", "D", "opd", (SITE,))], {"dinkes": {"status": "ok"}}, {"dinkes": rs}
    )
    run_checks(store, run_id, AS_OF, load_config())
    f = by_item(store, run_id, "dinkes")
    assert f["dip"]["status"] == "missing"
    assert f["serta-merta"]["status"] == "missing"
    assert f["menu-ppid"]["status"] == "present"


def test_opensid_feed_entries_count(tmp_path):
    url = "http://desa-c.example/"
    feed = fetch_row(
        url + "index.php/ppid",
        kind="json",
        title="",
        text="",
        meta={
            "feed": "opensid",
            "entries": [
                {"title": "APBDes 2025", "url": url + "dokumen/1", "year": 2025, "date": "2025-01-20", "category": 1},
                {
                    "title": "Banjir di RT 03",
                    "url": url + "dokumen/2",
                    "year": 2025,
                    "date": "2025-05-02",
                    "category": 2,
                },
                {
                    "title": "RPJMDes 2020-2026",
                    "url": url + "dokumen/3",
                    "year": 2020,
                    "date": "2020-05-02",
                    "category": 1,
                },
            ],
        },
    )
    feed["status"], feed["error"] = 200, None
    rs = [fetch_row(url, html="<html><body>Desa C</body></html>", source="start"), feed]
    store, run_id = make_store(
        tmp_path / "k.db", [Body("desa-c", "Desa C", "desa", (url,))], {"desa-c": {"status": "ok"}}, {"desa-c": rs}
    )
    run_checks(store, run_id, AS_OF, load_config())
    f = by_item(store, run_id, "desa-c")
    assert (f["desa-apbdes"]["status"], f["desa-apbdes"]["evidence_year"]) == ("present", 2025)
    assert f["serta-merta"]["status"] == "present"
    assert f["desa-rpjmdes"]["status"] == "present"
    assert f["desa-rkpdes"]["status"] == "missing"


def _one_body(tmp_path, rs, kind="opd"):
    store, run_id = make_store(tmp_path / "k.db", [Body("b", "B", kind, (SITE,))], {"b": {"status": "ok"}}, {"b": rs})
    run_checks(store, run_id, AS_OF, load_config())
    return by_item(store, run_id, "b")


def test_detail_page_resolves_to_its_download(tmp_path):
    detail = (
        "<html><head><title>Daftar Informasi Publik 2025</title></head><body><h1>Daftar Informasi Publik 2025</h1>"
        '<a href="/">Beranda</a><a href="/uploads/a1b2c3.pdf">Unduh</a></body></html>'
    )
    rs = [
        fetch_row(SITE, html='<html><body><a href="/detail/7">Daftar Informasi Publik 2025</a></body></html>'),
        fetch_row(SITE + "detail/7", html=detail, link_text="Daftar Informasi Publik 2025", referer=SITE),
        fetch_row(SITE + "uploads/a1b2c3.pdf", status=200, error="empty", referer=SITE + "detail/7", link_text="Unduh"),
    ]
    f = _one_body(tmp_path, rs)
    assert (f["dip"]["status"], f["dip"]["reason"]) == ("broken", "empty")
    assert f["dip"]["evidence_url"] == SITE + "uploads/a1b2c3.pdf"


def test_listing_page_dated_only_by_its_own_dates_loses_to_the_dated_document(tmp_path):
    listing = (
        "<html><head><title>Informasi yang Dikecualikan</title></head><body><p>Diperbarui 2 Juni 2025</p>"
        '<a href="/dok/x9.pdf">Unduh</a></body></html>'
    )
    rs = [
        fetch_row(SITE, html='<html><body><a href="/dikecualikan">Informasi Dikecualikan</a></body></html>'),
        fetch_row(SITE + "dikecualikan", html=listing, referer=SITE, link_text="Informasi Dikecualikan"),
        fetch_row(
            SITE + "dok/x9.pdf",
            kind="pdf",
            title="Daftar Informasi yang Dikecualikan Tahun 2023",
            text="",
            referer=SITE + "dikecualikan",
            link_text="Unduh",
        ),
    ]
    f = _one_body(tmp_path, rs)
    assert (f["dik"]["status"], f["dik"]["evidence_year"]) == ("stale", 2023)


def test_file_name_is_a_title_for_documents(tmp_path):
    rs = [
        fetch_row(SITE, html='<html><body><a href="/files/Renstra_Dinkes_2021-2026.pdf">Unduh</a></body></html>'),
        fetch_row(SITE + "files/Renstra_Dinkes_2021-2026.pdf", status=404, error="http-error", referer=SITE),
    ]
    f = _one_body(tmp_path, rs)
    assert f["renstra"]["status"] == "broken"


def test_generic_words_do_not_make_rare_items_present(tmp_path):
    home = (
        '<html><head><title>Dinas Contoh</title></head><body><nav><a href="/profil">Profil</a>'
        '<a href="/informasi-publik">Informasi Publik</a><a href="/layanan">Layanan</a><a href="/berita">Berita</a>'
        '<a href="/kontak">Kontak</a><a href="/dokumen">Dokumen</a><a href="/download">Download</a></nav>'
        "<h2>Keterbukaan Informasi Publik</h2><p>Kami melayani permintaan data. Laporan kegiatan bulanan.</p>"
        "<p>Email: info@contoh.go.id Telp (0549) 123456</p></body></html>"
    )
    f = _one_body(tmp_path, [fetch_row(SITE, html=home)])
    assert f["profil"]["status"] == "present" and f["menu-ppid"]["status"] == "present"
    for item in (
        "dip",
        "dik",
        "sk-ppid",
        "sop-ppid",
        "lhkpn",
        "laporan-kinerja",
        "laporan-layanan-informasi",
        "serta-merta",
        "setiap-saat",
        "form-permohonan",
        "form-keberatan",
        "kontak-ppid",
        "renstra",
        "anggaran",
        "maklumat",
        "tata-cara-informasi",
        "peringatan-dini",
        "pengadaan",
    ):
        assert f[item]["status"] == "missing", item


PORTAL = "http://portal.example/"
SUB = PORTAL + "ppid-pelaksana/dinkes/"
PORTAL_NAV = (
    '<nav><a href="/informasi-setiap-saat">Informasi Setiap Saat</a><a href="/sop">SOP PPID</a>'
    '<a href="https://sirup.lkpp.go.id/sirup/">SiRUP LKPP</a></nav>'
)


def test_a_sub_site_on_a_portal_does_not_inherit_the_portal_menu(tmp_path):
    sub = (
        f"<html><head><title>PPID Pelaksana Dinas Kesehatan</title></head><body>{PORTAL_NAV}"
        '<a href="/storage/dip-dinkes-2025.pdf">Unduh</a></body></html>'
    )
    portal_page = f"<html><head><title>Informasi Setiap Saat</title></head><body>{PORTAL_NAV}</body></html>"
    rs = [
        fetch_row(SITE, html=f'<html><body><a href="{SUB}">PPID Dinas Kesehatan</a></body></html>'),
        fetch_row(SUB, html=sub, referer=SITE, link_text="PPID Dinas Kesehatan"),
        fetch_row(
            PORTAL + "informasi-setiap-saat",
            html=portal_page,
            in_scope=0,
            referer=SUB,
            link_text="Informasi Setiap Saat",
        ),
        fetch_row(
            PORTAL + "sop",
            html=portal_page.replace("Informasi Setiap Saat</title>", "SOP PPID</title>"),
            in_scope=0,
            referer=SUB,
            link_text="SOP PPID",
        ),
        fetch_row(
            PORTAL + "storage/dip-dinkes-2025.pdf",
            kind="pdf",
            title="DIP Dinas Kesehatan Tahun 2025",
            text="",
            in_scope=0,
            referer=SUB,
            link_text="Unduh",
        ),
    ]
    store, run_id = make_store(
        tmp_path / "k.db", [Body("dinkes", "Dinkes", "opd", (SITE, SUB))], {"dinkes": {"status": "ok"}}, {"dinkes": rs}
    )
    run_checks(store, run_id, AS_OF, load_config())
    f = by_item(store, run_id, "dinkes")
    assert f["setiap-saat"]["status"] == "missing"
    assert f["sop-ppid"]["status"] == "missing"
    assert f["pengadaan"]["status"] == "missing"
    assert (f["dip"]["status"], f["dip"]["evidence_year"]) == ("present", 2025)  # its own document counts


def test_paragraph_wording_counts_only_as_a_last_resort(tmp_path):
    page = (
        "<html><head><title>PPID Kecamatan</title></head><body><p>Tata cara: ajukan permohonan tertulis; "
        "keberatan kepada Camat selaku atasan PPID.</p></body></html>"
    )
    f = _one_body(tmp_path, [fetch_row(SITE, html=page)], kind="kecamatan")
    assert f["tata-cara-informasi"]["status"] == "present"
    assert f["tata-cara-informasi"]["reason"] == "found"
