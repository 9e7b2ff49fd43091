"""Discovery (crawler/discovery.py) read on its own: what robots.txt, sitemaps, the WordPress REST API
and OpenSID's feeds lead to, each source probed once per body. The crawls in test_crawl.py,
test_opensid.py and the labelled worlds exercise the same functions through the spider."""

from __future__ import annotations

import json

from crawler import discovery, opensid
from crawler.discovery import Lead
from crawler.scope import Scope

SITE = "http://dinas.example/"
SCOPE = Scope([SITE])


def page(links=(), **meta):
    return {"links": [[text, url] for text, url in links], "meta": meta, "title": ""}


def test_the_first_page_probes_robots_and_sitemaps_once_per_body():
    discovered: set = set()
    first = discovery.site_leads(discovered, SCOPE, SITE, page())
    assert [(lead.url, lead.role) for lead in first] == [
        (SITE + "robots.txt", "robots"),
        (SITE + "sitemap.xml", "sitemap"),
        (SITE + "wp-sitemap.xml", "sitemap"),
    ]
    assert discovery.site_leads(discovered, SCOPE, SITE + "profil", page()) == []


def test_wordpress_and_opensid_feeds_are_asked_only_when_the_site_runs_them():
    plain = discovery.site_leads({"robots"}, SCOPE, SITE, page([("Profil", SITE + "index.php/profil")]))
    assert plain == []  # a bare /index.php/ is Joomla's or CodeIgniter's as much as OpenSID's
    wp = discovery.site_leads({"robots"}, SCOPE, SITE, page([("x", SITE + "wp-content/uploads/a.pdf")]))
    assert [lead.role for lead in wp] == ["feed:wp-media", "feed:wp-pages", "feed:wp-posts"]
    assert wp[0].url == SITE + "wp-json/wp/v2/media?per_page=100"
    sid = discovery.site_leads({"robots"}, SCOPE, SITE, page([("Artikel", SITE + "index.php/artikel/12")]))
    assert sid == [Lead(SITE + "index.php/ppid", "opensid", "feed:opensid", priority=15)]


def test_robots_names_its_sitemaps_only_when_it_answered_200():
    body = b"User-agent: *\nDisallow: /admin\nSitemap: http://dinas.example/peta.xml\n"
    leads, content = discovery.robots(200, body.decode(), body, SITE + "robots.txt", "h")
    assert [lead.url for lead in leads] == [SITE + "peta.xml"] and content["kind"] == "robots"
    assert discovery.robots(204, body.decode(), body, SITE + "robots.txt", "h")[0] == []


def test_a_sitemap_leads_to_its_pages_in_scope_and_an_index_to_its_sitemaps():
    urlset = (
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<url><loc>http://dinas.example/ppid/dip</loc></url>"
        b"<url><loc>http://dinas.example/files/lkjip-2025.pdf</loc></url>"
        b"<url><loc>http://dinas.example/logo.png</loc></url>"
        b"<url><loc>http://elsewhere.example/page</loc></url></urlset>"
    )
    leads, content, error = discovery.sitemap(urlset, SCOPE, "h")
    assert error is None and content["meta"] == {"entries": 4}
    assert [(lead.url, lead.role, lead.priority) for lead in leads] == [
        (SITE + "ppid/dip", "page", -5),
        (SITE + "files/lkjip-2025.pdf", "doc", -5),
    ]
    index = (
        b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        b"<sitemap><loc>http://dinas.example/post-sitemap.xml</loc></sitemap></sitemapindex>"
    )
    assert [(lead.url, lead.role) for lead in discovery.sitemap(index, SCOPE, "h")[0]] == [
        (SITE + "post-sitemap.xml", "sitemap")
    ]


def test_an_unreadable_sitemap_is_an_error_not_a_crash():
    leads, content, error = discovery.sitemap(b"\x00\x01 not xml", SCOPE, "h")
    assert leads == [] and content["meta"] == {"entries": 0}
    assert error is None or error.startswith("sitemap: ")


def test_opensid_feed_leaves_out_hidden_documents_and_names_categories():
    feed = {
        "data": {
            "ppid": [
                {
                    "nama": "APBDes 2025",
                    "dokumen": SITE + "desa/upload/apbdes.pdf",
                    "tahun": "2025",
                    "kategori": "1",
                    "enabled": "1",
                },
                {
                    "nama": "Data penerima BLT",
                    "dokumen": "desa/upload/blt.pdf",
                    "tahun": "2025",
                    "kategori": "3",
                    "enabled": "0",
                },
                "not an entry",
            ]
        }
    }
    content = discovery.feed_content("opensid", json.dumps(feed).encode(), "utf-8", SITE + "index.php/ppid", "h", 100)
    assert content["meta"]["hidden"] == 1
    assert content["meta"]["entries"] == [
        {
            "title": "APBDes 2025",
            "url": SITE + "desa/upload/apbdes.pdf",
            "year": 2025,
            "date": None,
            "category": "berkala",
        }
    ]
    leads = discovery.feed_leads(content, SCOPE, "opensid")
    assert leads == [Lead(SITE + "desa/upload/apbdes.pdf", "opensid", "doc", depth=2, link_text="APBDes 2025")]


def test_wordpress_media_lists_files_and_pages_list_their_links():
    media = [
        {
            "title": {"rendered": "LKjIP <b>2024</b>"},
            "source_url": "/wp-content/uploads/lkjip.pdf",
            "date": "2025-02-01T10:00:00",
            "mime_type": "application/pdf",
            "link": SITE + "?attachment=9",
        }
    ]
    content = discovery.feed_content(
        "wp-media", json.dumps(media).encode(), "utf-8", SITE + "wp-json/wp/v2/media", "h", 100
    )
    entry = content["meta"]["entries"][0]
    assert (entry["title"], entry["url"], entry["year"]) == ("LKjIP 2024", SITE + "wp-content/uploads/lkjip.pdf", 2025)
    pages = discovery.feed_content(
        "wp-pages", json.dumps(media).encode(), "utf-8", SITE + "wp-json/wp/v2/pages", "h", 100
    )
    assert pages["meta"]["entries"][0]["url"] == SITE + "?attachment=9"
    assert content["text"] == "LKjIP 2024 2025"


def test_a_feed_that_is_not_json_is_an_error_row():
    content = discovery.feed_content("wp-posts", b"{oops", "utf-8", SITE + "wp-json/wp/v2/posts", "h", 100)
    assert content["meta"]["entries"] == [] and content["meta"]["error"].startswith("JSON tidak terbaca")


def test_infographics_are_chosen_by_name_or_by_the_page_they_are_on():
    content = page(title="Berita")
    content["meta"]["images"] = [
        ["Infografis APBDes 2025", SITE + "img/a.png"],
        ["", SITE + "img/logo.png"],
        ["", SITE + "img/IMG-2025.png"],
        ["APBDes", "http://elsewhere.example/b.png"],
    ]
    assert [lead.url for lead in discovery.infographics(SCOPE, content, 1)] == [SITE + "img/a.png"]
    content["title"] = "Transparansi Dana Desa"
    leads = discovery.infographics(SCOPE, content, 1)
    assert [lead.url for lead in leads] == [SITE + "img/a.png", SITE + "img/IMG-2025.png"]
    assert {(lead.role, lead.depth, lead.priority) for lead in leads} == {("image", 2, 0)}


def test_the_background_list_is_read_once_and_paged_to_its_total():
    html = (
        '<input type="hidden" name="sidcsrf" value="tok1"><script>'
        "$.post('" + SITE + "index.php/informasi-publik/data')</script>"
    )
    assert discovery.background_list(set(), SCOPE, html, SITE + "index.php/informasi-publik", []) is None
    discovered = {"opensid"}
    first = discovery.background_list(discovered, SCOPE, html, SITE + "index.php/informasi-publik", [])
    assert first == discovery.ListPage(
        SITE + "index.php/informasi-publik/data", 0, ("sidcsrf", "tok1"), SITE + "index.php/informasi-publik"
    )
    assert discovery.background_list(discovered, SCOPE, html, SITE + "index.php/informasi-publik", []) is None
    url, form, headers = first.post()
    assert url == first.url and form["sidcsrf"] == "tok1" and headers["Cookie"] == "sidcsrf=tok1"
    meta = {"list_page": 0, "list_url": first.url, "csrf": first.csrf, "referer": first.referer}
    second = discovery.next_list_page(meta, opensid.PAGE_ROWS + 1, ["sidcsrf=tok2; Path=/"])
    assert (second.page, second.csrf) == (1, ("sidcsrf", "tok2"))
    assert second.post()[0] == first.url + f"#start={opensid.PAGE_ROWS}"
    assert discovery.next_list_page(meta, opensid.PAGE_ROWS, []) is None


def test_a_failed_opensid_link_is_tried_with_index_php_once():
    meta = {"role": "doc"}
    url = SITE + "dokumen_web/unduh_berkas/12"
    assert discovery.index_php_alias(set(), SCOPE, meta, url) is None  # not an OpenSID site
    assert discovery.index_php_alias({"opensid"}, SCOPE, meta, url) == SITE + "index.php/dokumen_web/unduh_berkas/12"
    assert discovery.index_php_alias({"opensid"}, SCOPE, {**meta, "alias_of": url}, url) is None
    assert discovery.index_php_alias({"opensid"}, SCOPE, {"role": "sitemap"}, url) is None
