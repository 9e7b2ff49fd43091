"""extract_html on hostile pages: what the lxml walk gives is what BeautifulSoup gave (kipmon/extract_soup.py).

bench/extract_equiv.py compares the two over every page the worlds serve; these pin the behaviour on the
inputs where the two trees could part: strings BeautifulSoup leaves out of get_text, content after
</html>, a doctype inside the body, nesting deeper than libxml2 builds, encodings and BOMs.
"""

from __future__ import annotations

import pytest

from kipmon.extract import extract_html
from kipmon.extract_soup import extract_html_soup

URL = "http://desa.test/ppid/"


def test_strings_of_script_style_template_and_ruby_text_are_not_text_but_apart():
    page = (
        "<title>Judul &amp; <b>tebal</b></title>"
        "<h2>Judul <script>var x = 1;</script>tampak<style>p{}</style><noscript>ns</noscript></h2>"
        "<template><h2>di template</h2></template>"
        "<div>a<script>s</script>b<!-- komentar -->c<template>d</template>e<noscript>f</noscript>g<svg>h</svg>i</div>"
        "<ruby>kan<rp>(</rp><rt>ji<img alt='alt di rt' src='/r.png'></rt><rp>)</rp></ruby>"
    )
    out = extract_html(page, URL)
    assert out["title"] == "Judul & <b>tebal</b>"  # a <title> holds text only: "<b>" is part of the string
    # noscript's string counts in a heading; the template's heading has no text and is dropped
    assert out["headings"] == ["Judul tampak ns"]
    # strings either side of a removed tag or a comment stay apart: "a b", never "ab"
    assert out["text"] == "Judul & <b>tebal</b> Judul tampak a b c e g i kan alt di rt"


def test_content_after_html_and_a_doctype_in_the_body_are_read_as_beautifulsoup_read_them():
    out = extract_html("<html><body>a</body></html>sesudah<p>html <a href='/x'>tautan</a>", URL)
    assert out["text"] == "a sesudah html tautan"
    assert out["links"] == [["tautan", "http://desa.test/x"]]
    assert extract_html("<p>a<!doctype html>b</p>", URL)["text"] == "a b"


def test_nesting_deeper_than_libxml2_builds_is_still_read():
    page = "<div>" * 2100 + "lewat batas <a href='/dalam'>a</a>" + "</div>" * 2100
    out = extract_html(page, URL)
    assert out["text"] == "lewat batas a"
    assert out["links"] == [["a", "http://desa.test/dalam"]]


def test_encodings_boms_entities_and_spaces():
    page = "<html><head><title>Caf\u00e9 \u2013 \u201cPPID\u201d</title></head><body><p>na\u00efve</p></body></html>"
    assert extract_html(page.encode("cp1252"), URL, "cp1252")["title"] == "Caf\u00e9 \u2013 \u201cPPID\u201d"
    assert extract_html(page.encode("cp1252"), URL)["title"] == "Caf\ufffd \ufffd \ufffdPPID\ufffd"
    assert extract_html(b"\xef\xbb\xbf" + page.encode(), URL)["title"] == "Caf\u00e9 \u2013 \u201cPPID\u201d"
    assert extract_html("\ufeff\ufeff<p>dua BOM</p>", URL)["text"] == "dua BOM"  # libxml2 drops the second
    out = extract_html("<p>a&amp;b &lt;c&gt; &nbsp;d&#160;e\u3000f<br>g</p>", URL)
    assert out["text"] == "a&b <c> d e f g"
    for empty in ("", b"", " ", "<!-- hanya komentar -->"):
        assert extract_html(empty, URL) == {
            "kind": "html",
            "title": "",
            "headings": [],
            "links": [],
            "dates": [],
            "text": "",
            "meta": {},
        }


def test_attributes_links_forms_and_embedded_json():
    page = (
        "<base href='/sub/'><link rel='  https://api.w.org/\n' href='/api/'>"
        "<meta name='GENERATOR' content=' WordPress\n 6.4 '><meta name='Description' content='kedua'>"
        "<a href='dok.pdf'>Dokumen</a><a href='mailto:ppid@desa.test'>Surel <b>PPID</b></a>"
        "<a href='#atas'>atas</a><a href='/g'><img src='/i.png' alt='Infografis 2025'></a>"
        "<a href='/" + "y" * 3000 + "'>panjang</a><div title='" + "x" * 200000 + "'>atribut besar</div>"
        "<form action='/cari' method='POST'><label>Nama <b>lengkap</b></label><input name='q'>"
        "<input type='HIDDEN' name='tok'><textarea id='isi'></textarea><select placeholder='pilih'></select></form>"
        '<script type=\'application/json\'>{"data": [{"url": "/f/a.pdf", "judul": "Dok A", "tahun": 2024}]}'
        "</script>"
    )
    out = extract_html(page, "http://desa.test/ppid/")
    assert out["meta"]["wp_api"] == "http://desa.test/api/"
    assert out["meta"]["generator"] == "WordPress 6.4"
    assert out["meta"]["description"] == "kedua"
    assert out["links"][:3] == [
        ["Dokumen", "http://desa.test/sub/dok.pdf"],
        ["Surel PPID", "mailto:ppid@desa.test"],
        ["Infografis 2025", "http://desa.test/g"],
    ]
    assert out["links"][3][1] == ("http://desa.test/" + "y" * 3000)[:2000]
    assert out["links"][4] == ["Dok A 2024", "http://desa.test/f/a.pdf"]
    assert out["meta"]["forms"] == [
        {
            "action": "http://desa.test/cari",
            "method": "post",
            "fields": ["q", "isi", "pilih"],
            "labels": ["Nama lengkap"],
        }
    ]
    assert "atribut besar" in out["text"] and "Dok A" not in out["text"]


HOSTILE = [
    "<p>tidak ditutup<div>juga<table><tr><td>sel <a href='/s'>u</a>",
    "<html><body>a</body></html>sesudah<p>html",
    "<p>a</html>\n\n",
    "<!-- sebelum --><!doctype html><p>x</p>",
    "<?xml version='1.0'?><p>x<![CDATA[cdata]]>y</p>",
    "<p>a<html lang='id'><body class='x'>b</p><a>t<body href='/h'>u</a>",
    "<a href='/x' href='/y'>atribut ganda</a><img src='/1' src='/2' alt='a' alt='b'>",
    "<base href><base href='/x/'><a href>x</a><a href='y'>y</a><img alt src><input type><meta name content>",
    "<textarea><a href='/no'>bukan</a></textarea><xmp><b>x</b></xmp><plaintext><a href='/p'>p",
    "<table><tr><td>Laporan 2024</td><td><a href='/lk.pdf'>Unduh</a></td></tr>"
    "<tr><td><table><tr><td>dalam <a href='/n.pdf'>n</a></td></tr></table></td></tr></table>",
    "<noscript><img src='/ns.png' alt='noscript img'><a href='/ns'>ns</a></noscript><svg><title>s</title></svg>",
    "<div>" * 247 + "di batas <a href='/d'>d</a>" + "</div>" * 247,
    "<div>" * 253 + "lewat batas <a href='/d'>d</a>" + "</div>" * 253,
    "<a href='/" + "\U0001f600" * 1_100_000 + "'>e</a><!--" + "a" * 1_000_000 + "--><p>akhir</p>",
    "<p>" + "\U0001f600" * 2_500_000 + "</p><p>akhir</p>",
]


@pytest.mark.filterwarnings("ignore:It looks like you're using an HTML parser to parse an XML document")
@pytest.mark.parametrize("page", HOSTILE, ids=range(len(HOSTILE)))
def test_the_lxml_walk_gives_the_soup_forms_fields(page):
    assert extract_html(page, URL) == extract_html_soup(page, URL)
