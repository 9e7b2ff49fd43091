"""The crawl against real HTTP servers on loopback: what it stores, and how it fails."""

from __future__ import annotations

import json
import subprocess
import sys

from kipmon.demo.server import Page, SilentSite, Site, closed_port_url
from kipmon.store import Store


def html(title: str, body: str) -> str:
    return f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>"


def test_unreachable_sites_get_a_reason_and_reachable_ones_ok(crawl_registry):
    with (
        Site({"/": Page("<h1>503</h1>", status=503)}) as down,
        Site(
            {
                "/": Page(html("Dinas", '<a href="/ppid">PPID</a>')),
                "/ppid": Page(html("PPID", "ok")),
                "/robots.txt": Page("User-agent: *\nDisallow: /\n", content_type="text/plain"),
            }
        ) as blocked,
        Site(
            {"/": Page(html("Beranda", '<a href="/ppid">PPID</a>')), "/ppid": Page(html("PPID", "<h1>PPID</h1>"))}
        ) as fine,
    ):
        c = crawl_registry(
            [
                {"id": "down", "url": down.url("/")},
                {"id": "refused", "url": closed_port_url()},
                {"id": "blocked", "url": blocked.url("/")},
                {"id": "nodns", "url": "http://kipmon-test.invalid/"},
                {"id": "nourl", "url": ""},
                {"id": "fine", "url": fine.url("/")},
            ]
        )
        assert c.result.status == "complete"
        assert (c.body("down")["status"], c.body("down")["reason"]) == ("unreachable", "http-5xx")
        assert (c.body("refused")["status"], c.body("refused")["reason"]) == ("unreachable", "refused")
        assert (c.body("blocked")["status"], c.body("blocked")["reason"]) == ("unreachable", "robots-blocked")
        assert (c.body("nodns")["status"], c.body("nodns")["reason"]) == ("unreachable", "dns")
        assert (c.body("nourl")["status"], c.body("nourl")["reason"]) == ("unreachable", "no-url")
        assert c.body("fine")["status"] == "ok" and c.body("fine")["pages"] == 2
        # robots.txt was obeyed: the blocked site's pages were never requested
        assert "/" not in blocked.requests and "/ppid" not in blocked.requests
        # the failure itself is a stored row, not a silent absence
        assert c.fetch("refused", "/")["error"] == "refused"


def test_hanging_site_times_out_without_holding_the_crawl(crawl_registry):
    with SilentSite() as silent, Site({"/": Page(html("Ok", "ok"))}) as ok:
        c = crawl_registry(
            [{"id": "hang", "url": silent.url("/")}, {"id": "ok", "url": ok.url("/")}], download_timeout=2
        )
        assert (c.body("hang")["status"], c.body("hang")["reason"]) == ("unreachable", "timeout")
        assert c.body("ok")["status"] == "ok"


def test_page_fields_are_extracted_and_windows_1252_is_decoded(crawl_registry):
    legacy = (
        '<html><head><meta charset="windows-1252"><title>Kecamatan Contoh</title></head><body>'
        "<table><tr><td><h2>Pengumuman Penting</h2></td></tr><tr><td>Caf\xe9 \u2013 na\xefve "
        "Jum'at, 29 Nopember 2024</td></tr><tr><td><a href='/dip.html'>Daftar Informasi Publik</a>"
        "</td></tr></table></body></html>"
    ).encode("cp1252")
    with Site(
        {
            "/": Page(legacy, content_type="text/html; charset=windows-1252"),
            "/dip.html": Page(html("DIP", "<h1>DIP 2025</h1>")),
        }
    ) as site:
        c = crawl_registry([{"id": "kec", "kind": "kecamatan", "url": site.url("/")}])
        home = c.fetch("kec", "/")
        assert home["title"] == "Kecamatan Contoh"
        assert "Café – naïve" in home["text"]
        assert home["headings"] == ["Pengumuman Penting"]
        assert ["Daftar Informasi Publik", site.url("/dip.html")] in home["links"]
        assert {"date": "2024-11-29", "text": "29 Nopember 2024"} in home["dates"]
        assert home["meta"]["encoding"] == "cp1252"
        assert home["etag"] and home["last_modified"] and home["content_hash"]


def test_calendar_trap_stays_within_budget_and_real_pages_are_still_crawled(crawl_registry):
    def agenda(path: str) -> Page:
        n = int(path.rsplit("=", 1)[1])
        return Page(html(f"Agenda {n}", f'<a href="/agenda?bulan={n + 1}">Bulan berikutnya</a>'))

    routes = {
        "/": Page(html("Dinas", '<a href="/agenda?bulan=1">Agenda</a> <a href="/ppid">PPID</a>')),
        "/ppid": Page(html("PPID", " ".join(f'<a href="/ppid/dok-{i}">Dokumen {i}</a>' for i in range(30)))),
    }
    for i in range(30):
        routes[f"/ppid/dok-{i}"] = Page(html(f"Dokumen {i}", "isi"))
    with Site(routes) as site:
        site.add_prefix("/agenda?bulan=", agenda)
        c = crawl_registry([{"id": "opd", "url": site.url("/")}], page_budget=60, template_budget=5, depth_limit=50)
        agenda_fetches = [r for r in c.fetches("opd") if "/agenda" in r["url"]]
        assert 1 <= len(agenda_fetches) <= 7  # the first page plus a cut chain of the same shape
        assert sum("/ppid/dok-" in r["url"] for r in c.fetches("opd")) == 30
        assert len(site.requests) <= 60 + 5  # budget, plus robots.txt and discovery probes


def test_page_budget_is_a_hard_limit(crawl_registry):
    routes = {"/": Page(html("Portal", " ".join(f'<a href="/p/{i}">Hal {i}</a>' for i in range(100))))}
    for i in range(100):
        routes[f"/p/{i}"] = Page(html(f"Hal {i}", "x"))
    with Site(routes) as site:
        c = crawl_registry([{"id": "opd", "url": site.url("/")}], page_budget=20)
        assert len(c.fetches("opd")) == 20
        assert "batas 20 halaman" in c.body("opd")["detail"]


def test_path_prefix_scope_is_honoured_with_one_hop_for_linked_documents(crawl_registry):
    routes = {
        "/opd/dinkes/": Page(
            html(
                "Dinkes",
                '<a href="/opd/dinkes/ppid">PPID</a> <a href="/opd/dishub/">Dishub</a>'
                ' <a href="/files/dip-2025.pdf">DIP 2025</a> <a href="/berita">Berita</a>',
            )
        ),
        "/opd/dinkes/ppid": Page(html("PPID Dinkes", "ok")),
        "/opd/dishub/": Page(html("Dishub", '<a href="/opd/dishub/rahasia">x</a>')),
        "/berita": Page(html("Berita", '<a href="/berita/2">2</a>')),
        "/files/dip-2025.pdf": Page(b"%PDF-1.4\n%%EOF", content_type="application/pdf"),
    }
    with Site(routes) as site:
        c = crawl_registry([{"id": "dinkes", "url": site.url("/opd/dinkes/")}])
        urls = {r["url"].replace(site.base, ""): r for r in c.fetches("dinkes")}
        assert "/opd/dinkes/ppid" in urls and urls["/opd/dinkes/ppid"]["in_scope"] == 1
        assert "/files/dip-2025.pdf" in urls and urls["/files/dip-2025.pdf"]["in_scope"] == 0
        assert "/opd/dishub/rahasia" not in urls and "/berita/2" not in urls  # never followed outside
        assert "/opd/dishub/rahasia" not in site.requests


def test_wordpress_media_and_opensid_feeds_reveal_documents_the_html_hides(crawl_registry):
    wp_media = json.dumps(
        [
            {
                "id": 7,
                "date": "2025-02-03T10:00:00",
                "title": {"rendered": "LKjIP 2024"},
                "mime_type": "application/pdf",
                "source_url": "/wp-content/uploads/2025/02/lkjip.pdf",
            }
        ]
    )
    sid = json.dumps(
        {
            "status": True,
            "data": {
                "ppid": [
                    {
                        "id": 1,
                        "kode_desa": "6408012001",
                        "dokumen": "/desa/upload/apbdes.pdf",
                        "nama": "APBDes 2025",
                        "tgl_upload": "05-01-2025",
                        "updated_at": "2025-01-05",
                        "enabled": 1,
                        "kategori": "1",
                        "tahun": "2025",
                    }
                ]
            },
        }
    )
    with (
        Site(
            {
                "/": Page(
                    html(
                        "Dinas WP",
                        '<link rel="https://api.w.org/" href="/wp-json/"><img src="/wp-content/themes/x/logo.png">',
                    )
                ),
                "/wp-json/wp/v2/media?per_page=100": Page(wp_media, content_type="application/json"),
                "/wp-content/uploads/2025/02/lkjip.pdf": Page(b"%PDF-1.4\n%%EOF", content_type="application/pdf"),
            }
        ) as wp,
        Site(
            {
                "/": Page(
                    html(
                        "Desa",
                        '<a href="/index.php/first">Beranda</a><table id="informasi"></table><script>load()</script>',
                    )
                ),
                "/index.php/ppid": Page(sid, content_type="application/json"),
                "/desa/upload/apbdes.pdf": Page(b"%PDF-1.4\n%%EOF", content_type="application/pdf"),
            }
        ) as desa,
    ):
        c = crawl_registry([{"id": "dinas", "url": wp.url("/")}, {"id": "desa", "kind": "desa", "url": desa.url("/")}])
        media = c.fetch("dinas", "/wp/v2/media?per_page=100")
        assert media["meta"]["feed"] == "wp-media"
        assert media["meta"]["entries"][0]["title"] == "LKjIP 2024"
        doc = c.fetch("dinas", "/lkjip.pdf")
        assert doc["source"] == "wp-api" and doc["link_text"] == "LKjIP 2024" and doc["status"] == 200
        feed = c.fetch("desa", "/index.php/ppid")
        assert feed["meta"]["entries"][0] == {
            "title": "APBDes 2025",
            "url": desa.url("/desa/upload/apbdes.pdf"),
            "year": 2025,
            "date": "05-01-2025",
            "category": "berkala",
        }
        assert c.fetch("desa", "/apbdes.pdf")["source"] == "opensid"


def test_sitemap_from_robots_leads_to_unlinked_pages(crawl_registry):
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>{base}/informasi-berkala</loc></url></urlset>"
    )
    with Site({"/": Page(html("Portal", "tanpa tautan"))}) as site:
        site.routes["/robots.txt"] = Page(
            f"User-agent: *\nDisallow: /admin\nSitemap: {site.base}/peta.xml\n", content_type="text/plain"
        )
        site.routes["/peta.xml"] = Page(sitemap.format(base=site.base), content_type="application/xml")
        site.routes["/informasi-berkala"] = Page(html("Informasi Berkala", "<h1>Informasi Berkala</h1>"))
        c = crawl_registry([{"id": "pemkab", "kind": "pemkab", "url": site.url("/")}])
        page = c.fetch("pemkab", "/informasi-berkala")
        assert page["source"] == "sitemap" and page["title"] == "Informasi Berkala"


def test_broken_and_corrupt_documents_are_recorded_with_their_error(crawl_registry):
    with Site(
        {
            "/": Page(html("Dinas", '<a href="/a.pdf">LKjIP</a> <a href="/b.pdf">DIP</a> <a href="/c.pdf">DIK</a>')),
            "/b.pdf": Page(b"", content_type="application/pdf"),
            "/c.pdf": Page(b"%PDF-1.4 rusak \x00\xff" * 50, content_type="application/pdf"),
        }
    ) as site:
        c = crawl_registry([{"id": "opd", "url": site.url("/")}])
        assert (c.fetch("opd", "/a.pdf")["status"], c.fetch("opd", "/a.pdf")["error"]) == (404, "http-error")
        assert c.fetch("opd", "/b.pdf")["error"] == "empty"
        corrupt = c.fetch("opd", "/c.pdf")
        assert corrupt["error"] == "unreadable" and "PDF tidak terbaca" in corrupt["meta"]["error"]
        assert c.body("opd")["status"] == "ok"


def test_crawling_twice_gives_two_runs_and_loses_nothing(crawl_registry, tmp_path):
    with Site({"/": Page(html("Portal", '<a href="/ppid">PPID</a>')), "/ppid": Page(html("PPID", "x"))}) as site:
        rows = [{"id": "pemkab", "kind": "pemkab", "url": site.url("/")}]
        first = crawl_registry(rows)
        before = first.fetches("pemkab")
        second = crawl_registry(rows)
        assert second.run_id == first.run_id + 1
        assert [r["url"] for r in second.store.snapshot(first.run_id, "pemkab")] == [r["url"] for r in before]
        assert len(second.fetches("pemkab")) == len(before)
        # the unchanged pages are stored once, shared by both runs
        hashes = {r["content_hash"] for r in before if r["content_hash"]}
        assert all(second.store.content(h) for h in hashes)
        assert second.store.query("select count(*) n from contents")[0]["n"] == len(hashes)
        assert [r["status"] for r in second.store.runs()] == ["complete", "complete"]


def test_bad_registry_is_refused_with_file_and_line_and_nothing_is_written(tmp_path):
    reg = tmp_path / "bad.csv"
    reg.write_text(
        "id,name,kind,url\nok,Badan,opd,http://127.0.0.1/\ndup,Dua,opd,\ndup,Tiga,kantor,ftp://x\n", encoding="utf-8"
    )
    db = tmp_path / "k.db"
    proc = subprocess.run(
        [sys.executable, "-m", "kipmon.cli", "crawl", "--registry", str(reg), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    # every error at once, each with file:line, so the file is fixed in one pass
    assert lines[0] == "kipmon crawl: registry refused, 3 errors:"
    assert f"  {reg}:4: duplicate id 'dup' (first on line 3)" in lines
    assert any(line.startswith(f"  {reg}:4: unknown kind 'kantor'") for line in lines)
    assert any(line.startswith(f"  {reg}:4: malformed URL 'ftp://x'") for line in lines)
    assert len(lines) == 4
    assert not db.exists()


def test_registry_errors_name_every_problem():
    from kipmon.registry import RegistryError, parse_registry

    text = "id,name,kind,url,parent\nA b,X,opd,,\nx,,kantor,notaurl,\ny,Y,desa,,nope\n"
    try:
        parse_registry(text, "r.csv")
    except RegistryError as exc:
        errors = exc.errors
    else:
        raise AssertionError("registry accepted")
    assert "r.csv:2: id 'A b' must be lowercase letters, digits and '-'" in errors
    assert "r.csv:3: empty name for 'x'" in errors
    assert any(e.startswith("r.csv:3: unknown kind 'kantor'") for e in errors)
    assert any(e.startswith("r.csv:3: malformed URL 'notaurl'") for e in errors)
    assert "r.csv:4: parent 'nope' of 'y' is not in the registry" in errors


def test_shipped_registry_is_valid_and_complete():
    from kipmon.registry import default_registry_path, load_registry

    bodies = load_registry(default_registry_path())
    kinds = [b.kind for b in bodies]
    assert (kinds.count("pemkab"), kinds.count("kecamatan"), kinds.count("kelurahan"), kinds.count("desa")) == (
        1,
        18,
        2,
        139,
    )
    assert any("kutaitimurkab.go.id" in u for b in bodies for u in b.urls)


def test_store_reopens_an_existing_database_without_migrating_twice(tmp_path):
    db = tmp_path / "k.db"
    with Store(db) as s:
        run = s.start_run("crawl")
    with Store(db) as s:
        assert s.run(run)["status"] == "running"
        assert [r["name"] for r in s.query("select name from _sqlite_migrations")] == [
            "m001_initial",
            "m002_no_site_and_reasons",
            "m003_web_accounts",
            "m004_fetch_filename",
        ]


def test_pdf_and_docx_text_and_metadata_are_extracted(crawl_registry):
    import datetime as dt

    from kipmon.demo.docs import make_docx, make_pdf

    pdf = make_pdf(
        "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024",
        ["Dinas Contoh Kabupaten Contoh", "Bab I Pendahuluan"],
        metadata={"Author": "Subbag Program", "CreationDate": dt.date(2025, 3, 10)},
    )
    docx = make_docx("Daftar Informasi Publik 2025", ["Nomor 1: Profil Badan Publik"], created=dt.date(2025, 1, 6))
    with Site(
        {
            "/": Page(html("Dinas", '<a href="/uploads/doc_83f2a.pdf">Unduh</a> <a href="/uploads/x.docx">Unduh</a>')),
            "/uploads/doc_83f2a.pdf": Page(pdf, content_type="application/pdf"),
            "/uploads/x.docx": Page(docx, content_type="application/octet-stream"),
        }
    ) as site:
        c = crawl_registry([{"id": "opd", "url": site.url("/")}])
        doc = c.fetch("opd", "/doc_83f2a.pdf")
        assert doc["kind"] == "pdf" and doc["error"] is None
        assert "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024" in doc["text"]
        assert doc["meta"]["title"] == "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024"
        assert doc["meta"]["author"] == "Subbag Program" and doc["meta"]["created"] == "2025-03-10"
        assert doc["meta"]["pages"] == 1 and doc["link_text"] == "Unduh"
        word = c.fetch("opd", "/x.docx")
        assert word["kind"] == "docx" and "Nomor 1: Profil Badan Publik" in word["text"]


def test_hostile_pages_are_stored_without_breaking_the_crawl(crawl_registry):
    nested = "<div>" * 20000 + "dalam" + "</div>" * 20000
    huge = "<p>" + "sampah " * 600_000 + "</p>"
    garbage = bytes(range(256)) * 200
    with Site(
        {
            "/": Page(
                html(
                    "Dinas",
                    '<a href="/nested">a</a> <a href="/huge">b</a> <a href="/garbage">c</a> <a href="/ppid">PPID</a>',
                )
            ),
            "/nested": Page(html("Bersarang", nested)),
            "/huge": Page(html("Besar", huge)),
            "/garbage": Page(garbage, content_type="text/html"),
            "/ppid": Page(html("PPID", "<h1>PPID</h1>")),
        }
    ) as site:
        c = crawl_registry([{"id": "opd", "url": site.url("/")}])
        assert c.result.status == "complete" and c.body("opd")["status"] == "ok"
        assert c.fetch("opd", "/ppid")["title"] == "PPID"
        assert c.fetch("opd", "/nested")["status"] == 200
        assert len(c.fetch("opd", "/huge")["text"]) <= 20000
        assert c.fetch("opd", "/garbage")["content_hash"]


def test_link_rows_and_image_alt_texts_are_kept_for_the_checks():
    from kipmon.extract import extract_html

    page = (
        "<table><tr><td>1</td><td>Daftar Informasi yang Dikecualikan</td><td>2024</td>"
        "<td><a href='/f/9a.pdf'>Unduh</a></td></tr></table>"
        "<ul><li><a href='/apbdes'>APBDes</a></li></ul>"
        "<p><img src='/i/apb.jpg' alt='Infografis APBDes 2026'> </p>"
    )
    out = extract_html(page, "http://desa.test/ppid")
    assert out["meta"]["link_context"] == {
        "http://desa.test/f/9a.pdf": "1 Daftar Informasi yang Dikecualikan 2024 Unduh"
    }
    assert "Infografis APBDes 2026" in out["text"]


def test_query_string_cms_pages_of_one_shape_are_all_crawled(crawl_registry):
    """Joomla-style sites give every article the same URL shape; only chains of them are traps."""

    def article(i: int) -> str:
        return f"/index.php?option=com_content&view=article&id={i}&Itemid=101"

    routes = {
        "/": Page(html("Dinkes", " ".join(f'<a href="{article(i)}">Artikel {i}</a>' for i in range(3)))),
        "/index.php/ppid": Page(html("PPID Dinkes", '<h1>PPID</h1><a href="/images/sk-ppid.pdf">SK PPID</a>')),
    }
    for i in range(3):  # three menu pages, each linking to ten articles of the same shape
        routes[article(i)] = Page(
            html(f"Artikel {i}", " ".join(f'<a href="{article(100 + 10 * i + j)}">Sub {j}</a>' for j in range(10)))
        )
    for i in range(100, 130):
        routes[article(i)] = Page(html(f"Artikel {i}", "isi"))
    routes["/index.php/kontak"] = Page(html("Kontak", '<a href="/index.php/ppid">PPID</a>'))
    routes["/"] = Page(routes["/"].body.replace("</body>", '<a href="/index.php/kontak">Kontak</a></body>'))
    routes["/images/sk-ppid.pdf"] = Page(b"%PDF-1.4\n%%EOF", content_type="application/pdf")
    with Site(routes) as site:
        c = crawl_registry([{"id": "dinkes", "url": site.url("/")}], template_budget=3)
        urls = [r["url"] for r in c.fetches("dinkes")]
        assert sum("view=article" in u for u in urls) == 33
        # /index.php/ppid is this site's own page, not an OpenSID feed: it is read and followed
        ppid = c.fetch("dinkes", "/index.php/ppid")
        assert ppid["kind"] == "html" and ppid["title"] == "PPID Dinkes"
        assert c.fetch("dinkes", "/sk-ppid.pdf")["status"] == 200


def test_nested_body_pages_download_names_and_script_data(crawl_registry):
    """An OPD's pages inside the regency portal are the OPD's; download endpoints name their file in
    Content-Disposition; documents listed only in a page's JSON data are found."""
    from kipmon.demo.docs import make_pdf

    next_data = json.dumps(
        {
            "props": {
                "pageProps": {
                    "dokumen": [
                        {
                            "id": 12,
                            "judul": "Laporan Layanan Informasi Publik",
                            "tahun": 2025,
                            "url": "/api/unduh?id=12",
                        }
                    ]
                }
            }
        }
    )
    pdf = make_pdf("DAFTAR INFORMASI PUBLIK TAHUN 2026", ["Dinas Sosial"])
    portal = {
        "/": Page(html("Portal", '<a href="/ppid">PPID</a> <a href="/ppid/pelaksana/dinsos">Dinsos</a>')),
        "/ppid": Page(
            html(
                "PPID Utama",
                f'<div id="app"></div><script id="__NEXT_DATA__" type="application/json">{next_data}</script>',
            )
        ),
        "/api/unduh?id=12": Page(pdf, content_type="application/pdf"),
        "/ppid/pelaksana/dinsos": Page(html("PPID Pelaksana Dinas Sosial", '<a href="/api/unduh?id=7">Unduh</a>')),
        "/api/unduh?id=7": Page(
            pdf,
            content_type="application/octet-stream",
            headers={"Content-Disposition": 'attachment; filename="DIP_Dinsos_2026.pdf"'},
        ),
    }
    with Site(portal) as site:
        c = crawl_registry(
            [
                {"id": "pemkab", "kind": "pemkab", "url": site.url("/")},
                {"id": "dinsos", "url": site.url("/ppid/pelaksana/dinsos"), "parent": "pemkab"},
            ]
        )
        pemkab = {r["url"].replace(site.base, ""): r for r in c.fetches("pemkab")}
        assert pemkab["/ppid/pelaksana/dinsos"]["in_scope"] == 0  # the OPD's page, only one hop for the portal
        assert "/api/unduh?id=7" not in pemkab  # its documents are the OPD's, not the portal's
        assert ["Laporan Layanan Informasi Publik 2025", site.url("/api/unduh?id=12")] in pemkab["/ppid"]["links"]
        assert pemkab["/api/unduh?id=12"]["kind"] == "pdf"
        dip = c.fetch("dinsos", "/api/unduh?id=7")
        # the name is this URL's, even though the portal serves the same bytes under another URL without one
        assert dip["kind"] == "pdf" and dip["filename"] == "DIP_Dinsos_2026.pdf"
        assert pemkab["/api/unduh?id=12"]["filename"] is None
        assert "DAFTAR INFORMASI PUBLIK TAHUN 2026" in dip["text"]
