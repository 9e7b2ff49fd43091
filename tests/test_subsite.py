"""A sub-site counts what its visitors find (issue 10, item 5): an OPD whose only pages are a sub-site of the
regency portal, crawled for real on 127.0.0.x. Its own links to the regency's request form, complaint
procedure and JDIH are its evidence; the portal's menu and footer printed around it are not."""

from __future__ import annotations

import datetime as dt

import pytest

from checks.evidence import in_layout, layout_runs, without_layout_text
from kipmon.demo.sites import laravel_portal, subsite
from tests.test_opensid import crawl_and_check

AS_OF = dt.date(2025, 11, 29)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    bodies = [laravel_portal.build(AS_OF), subsite.build(AS_OF)]
    store, run_id, requests, bases, world = crawl_and_check(bodies, tmp_path_factory.mktemp("subsite"))
    found = {f["item_id"]: f for f in store.findings(run_id, subsite.ID)}
    yield store, run_id, bases, world, found
    store.close()


def test_the_sub_site_is_served_inside_the_portal_and_crawled_only_there(crawled):
    store, run_id, bases, _world, _found = crawled
    portal = bases[laravel_portal.ID]
    assert subsite.ID not in bases  # no site of its own
    rows = store.snapshot(run_id, subsite.ID)
    in_scope = [r["url"] for r in rows if r["in_scope"]]
    assert in_scope and all(
        u.startswith(portal + subsite.ROOT) or u.endswith(("robots.txt", "sitemap.xml")) for u in in_scope
    )


def test_its_own_links_to_the_regencys_services_are_its_evidence(crawled):
    _store, _run, bases, _world, found = crawled
    portal = bases[laravel_portal.ID]
    assert (found["form-permohonan"]["status"], found["form-permohonan"]["evidence_url"]) == (
        "present",
        portal + "/permohonan-informasi",
    )
    assert (found["pengaduan"]["status"], found["pengaduan"]["evidence_url"]) == ("present", portal + "/pengaduan")
    assert (found["regulasi"]["status"], found["regulasi"]["evidence_url"]) == (
        "present",
        "https://jdih.contohkab.go.id/",
    )


def test_the_portals_menu_and_footer_around_it_are_not(crawled):
    *_rest, found = crawled
    # the portal's menu offers all of these on every page of the sub-site; the sub-site itself does not
    for item in ("form-keberatan", "tata-cara-informasi", "maklumat", "sop-ppid", "serta-merta", "lhkpn", "pengadaan"):
        assert found[item]["status"] == "missing", item


def test_every_item_of_the_sub_site_agrees_with_its_label(crawled):
    *_rest, world, found = crawled
    wrong = [
        (lab["item_id"], lab["status"], found[lab["item_id"]]["status"])
        for lab in world.labels
        if lab["body_id"] == subsite.ID and found[lab["item_id"]]["status"] != lab["status"]
    ]
    assert wrong == []


# ---- the layout readers ------------------------------------------------------------------------------

MENU = [(" beranda ", "http://p/"), (" berita ", "http://p/berita"), (" permohonan informasi ", "http://p/permohonan")]
FOOTER = [(" sp4n lapor ", "https://www.lapor.go.id/"), (" jdih ", "https://jdih.p/")]


def test_a_link_is_layout_when_half_the_portals_pages_print_it_in_the_same_run():
    pages = [MENU + [(" a ", "http://p/a")] + FOOTER, MENU + [(" jdih ", "https://jdih.p/")] + FOOTER, MENU + FOOTER]
    runs = layout_runs(pages)
    sub = MENU + [(" jdih ", "https://jdih.p/"), (" permohonan informasi ", "http://p/permohonan")] + FOOTER
    layout = [in_layout(sub, i, runs) for i in range(len(sub))]
    # the menu and the footer are the portal's; the sub-site's own JDIH and request links are not, though the
    # same links sit in the footer and the menu, and one portal page ends its content with that JDIH link
    assert layout == [True, True, True, False, False, True, True]


def test_the_portals_words_around_a_sub_site_page_are_dropped():
    portal = [
        "Portal Kabupaten Beranda Profil Informasi Publik Tata Cara Memperoleh Informasi Berita "
        "Halaman portal sendiri. Jam Layanan Senin sampai Kamis pukul delapan".split()
    ]
    page = (
        "Dinas X Beranda Profil Informasi Publik Tata Cara Memperoleh Informasi Berita Dinas X mengurus "
        "arsip. Jam Layanan Senin sampai Kamis pukul delapan"
    )
    assert without_layout_text(page, portal) == "Dinas X Dinas X mengurus arsip."
