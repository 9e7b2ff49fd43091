"""Is kipmon.extract.extract_html (an lxml walk) exactly the BeautifulSoup extraction? (a script, not a test)

    PYTHONPATH=$PWD python3 bench/extract_equiv.py [--ref main] [--fuzz 4000] [--worlds demo,heldout,...]

The reference is kipmon/extract.py as committed on --ref (default main, read with `git show`), or
kipmon/extract_soup.py with --ref soup. Inputs: every page the worlds serve (each world served on
loopback and walked breadth-first from every route, following the links the reference extracts;
the nights world on each of its three nights), the synthetic pages of bench/night.py's build_site,
hostile inputs (encodings, BOMs, broken markup, script/style/template/rt, content after </html>, ...)
and seeded random tag soup. Each input is extracted by both, as str and as bytes, and the dicts are
compared with ==. Prints the number of inputs, the differences (the first few in full), how many went
to the BeautifulSoup fallback, and seconds per 1,000 pages for both on the served and synthetic pages.
Exit 0 when there is no difference.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import random
import subprocess
import sys
import time
import types
import urllib.error
import urllib.request
import warnings
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

warnings.filterwarnings("ignore")  # bs4 warns on XML-looking and URL-looking markup

WORLDS = {
    "demo": "kipmon.demo.world",
    "heldout": "worlds.heldout",
    "validasi": "worlds.validasi",
    "akhir": "worlds.akhir",
    "kelima": "worlds.kelima",
}


def reference(ref: str):
    if ref == "soup":
        from kipmon.extract_soup import extract_html_soup

        from kipmon.extract import MAX_HTML_CHARS

        def old(body, url, encoding=None, *, text_chars=20000):
            if isinstance(body, bytes):
                body = body.decode(encoding or "utf-8", errors="replace")
            return extract_html_soup(body[:MAX_HTML_CHARS], url, text_chars=text_chars)

        return old
    src = subprocess.run(
        ["git", "show", f"{ref}:kipmon/extract.py"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    mod = types.ModuleType("extract_ref")
    mod.__file__ = f"{ref}:kipmon/extract.py"
    exec(compile(src, mod.__file__, "exec"), mod.__dict__)
    return mod.extract_html


# ------------------------------------------------------------------------------ served pages


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.lower() == "charset" and v:
            return v.strip("\"'")
    return None


def walk_sites(bases: list[str], starts: list[str], old, limit: int) -> list[tuple[str, bytes, str | None]]:
    """GET every start URL and every same-site link the reference extracts, breadth-first."""
    allowed = {urlsplit(b).netloc for b in bases}
    seen, queue, out = set(), list(starts), []
    while queue and len(out) < limit:
        url = queue.pop(0).split("#")[0]
        if url in seen or urlsplit(url).netloc not in allowed:
            continue
        seen.add(url)
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                data, ctype = r.read(), r.headers.get("Content-Type", "")
        except (urllib.error.URLError, OSError, ValueError):
            continue
        if "html" not in ctype and not data.lstrip()[:1] == b"<":
            continue
        out.append((url, data, _charset(ctype)))
        try:
            found = old(data, url, _charset(ctype))
        except Exception:  # noqa: BLE001 - the comparison reports it
            continue
        queue.extend(u for _, u in found["links"])
    return out


def served_pages(name: str, old, limit: int) -> list[tuple[str, bytes, str | None]]:
    mod = importlib.import_module(WORLDS[name])
    with mod.serve_world(dt.date(2026, 11, 29)) as served:
        return _walk_served(served, old, limit)


def _walk_served(served, old, limit: int):
    bases = [s.base for s in served.sites.values()]
    starts = [u for urls in served.urls.values() for u in urls.split()]
    for site in served.sites.values():
        starts += [site.base + p for p in site.routes]
    return walk_sites(bases, starts, old, limit)


def nights_pages(old, limit: int) -> list[tuple[str, bytes, str | None]]:
    from worlds.nights import serve_nights

    out = []
    with serve_nights(dt.date(2025, 11, 29)) as nights:
        for night in (1, 2, 3):
            if night > 1:
                nights.advance(night)
            sites = dict(nights.served.sites)
            if nights.moved_to is not None:
                sites["(moved)"] = nights.moved_to
            bases = [s.base for s in sites.values()]
            starts = [u for urls in nights.served.urls.values() for u in urls.split()]
            for site in sites.values():
                starts += [site.base + p for p in site.routes]
            out += walk_sites(bases, starts, old, limit)
    return out


def night_bench_pages() -> list[tuple[str, bytes, str | None]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from night import build_site

    out = []
    rng = random.Random(3)
    for index in range(3):
        site, _ = build_site(index, 100, 5, rng, [b"%PDF-1.4\n%%EOF\n"])
        site._httpd.server_close()
        for path, page in site.routes.items():
            if "html" in page.content_type:
                out.append((f"http://dinas{index}.test{path}", page.data(), "utf-8"))
    return out


# ------------------------------------------------------------------------------ hostile inputs


def hostile() -> list[tuple[str, bytes | str, str | None]]:
    u = "http://desa.test/ppid/"
    s = [
        "",
        " ",
        "\n\n",
        "\ufeff",
        "\ufeff\ufeff<p>dua BOM</p>",
        "\ufeff<title>BOM</title><p>isi</p>",
        "<!-- hanya komentar -->",
        "teks saja tanpa tag",
        "<p>tidak ditutup<div>juga<table><tr><td>sel",
        "<html><body>a</body></html>sesudah<p>html <a href='/x'>tautan</a>",
        "<p>a</html>\n\n",
        "<p>a</html><!-- komentar sesudah -->",
        "<p>a</HTML >  \t",
        "<script>document.write('</html>')</script><p>tetap</p>",
        "<p>a</body>b<p>c</body></html>",
        "<!doctype html><!-- sebelum html --><html><head><title>T</title></head><body><h1>Judul</h1></body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>x<![CDATA[cdata]]>y</p></body></html>",
        "<p>a&amp;b &lt;c&gt; &nbsp;d&#160;e &unknown; &copy;2024 &#x41;</p>",
        "<p>baris<br>pecah<br/>lagi</p><p>satu\u00a0dua\u2003tiga\u3000empat</p>",
        "<h2>Judul <script>var x = '<h3>no</h3>';</script>tampak<style>p{}</style><noscript>ns</noscript></h2>",
        "<template><h2>di template</h2><a href='/t'>t</a></template><h3>di luar</h3>",
        "<ruby>漢<rp>(</rp><rt>kan<img alt='rt gambar' src='/r.png'></rt><rp>)</rp></ruby>",
        "<a href='/a'><img src='/i.png' alt='Infografis APBDes 2025'></a><a href='/b' title='Judul b'></a>",
        "<a href='/c'><img src='/i.png' title='hanya title'></a><a href='/d' aria-label=' aria '></a>",
        "<a href='mailto:ppid@desa.test'>Surel <b>PPID</b></a><a href='tel:+6212'>Telp</a>"
        "<a href='javascript:void(0)'>js</a><a href='#top'>atas</a><a href='data:text/plain,x'>d</a>",
        "<a href='http://[::1'>url rusak</a><img src='http://[bad' alt='x'><a href=' /spasi '>s</a>",
        "<base href='/sub/'><a href='dok.pdf'>Dokumen</a><link rel='https://api.w.org/ alternate' href='/wp-json/'>",
        "<link rel='  https://api.w.org/\n' href='/api/'><meta name='GENERATOR' content=' WordPress 6.4 '>"
        "<meta name='Description' content='Deskripsi\n  halaman'><meta name='description' content='kedua'>",
        "<meta name='generator'><meta name='generator' content='Joomla'>",
        "<form action='/cari' method='POST'><label>Nama <b>lengkap</b></label><input name='q'>"
        "<input type='HIDDEN' name='tok'><input type='submit'><textarea id='isi'></textarea>"
        "<select placeholder='pilih'></select><input></form><form><form action='x'><input name='dalam'></form>",
        "<table><tr><td>Laporan Keuangan 2024</td><td><a href='/lk.pdf'>Unduh</a></td></tr>"
        "<tr><td><table><tr><td>dalam <a href='/n.pdf'>n</a></td></tr></table></td></tr></table>",
        "<ul><li>Item <a href='/1'>satu</a><ul><li><a href='/2'>dua</a></li></ul></li><li><a href='/1'>lagi</a></li></ul>",
        "<time datetime='2025-03-01'>1 Maret</time><p>Diperbarui 12 Oktober 2026</p><time>tanpa</time>",
        "<svg><title>judul svg</title><text>teks svg</text><image href='/x'/></svg><title>judul</title>",
        "<div title='" + "x" * 200000 + "'>atribut besar</div><a href='/" + "y" * 5000 + "'>panjang</a>",
        "<div>" * 600 + "dalam sekali" + "</div>" * 600,
        "<div>" * 245 + "dekat batas <a href='/d'>d</a>" + "</div>" * 245,
        "<div>" * 247 + "dekat batas <a href='/d'>d</a>" + "</div>" * 247,
        "<div>" * 248 + "di batas <a href='/d'>d</a>" + "</div>" * 248,
        "<div>" * 253 + "di batas <a href='/d'>d</a>" + "</div>" * 253,
        "<div>" * 260 + "lewat <a href='/d'>d</a>" + "</div>" * 260,
        "<p>" + "\u00e9" * 1_200_000 + "</p><p>akhir</p>",  # 2.4 MB as UTF-8
        "<p>" + "\U0001f600" * 1_240_000 + "</p><p>akhir</p>",  # just under 5 MB
        "<p>" + "\U0001f600" * 2_200_000 + "</p><p>akhir</p>",  # 8.8 MB
        "<a href='/" + "\U0001f600" * 1_100_000 + "'>e</a><p>akhir</p>",
        "<a href='/" + "\U0001f600" * 2_900_000 + "'>e</a><p>akhir</p>",
        "<!--" + "\U0001f600" * 2_900_000 + "--><p>akhir</p>",
        "<!--" + "a" * 2_900_000 + "--><p>akhir</p>",
        "<p title='" + "a" * 2_900_000 + "'>x</p><p>akhir</p>",
        "<div>" * 1999 + "di batas" + "</div>" * 1999,
        "<div>" * 2100 + "lewat batas <a href='/dalam'>a</a>" + "</div>" * 2100,
        "<p>" + "\U0001f600" * 2_990_000 + "</p><p>akhir</p>",
        '<script type=\'application/json\'>{"a": "' + "\u00e9" * 2_500_000 + '", "url": "/b.pdf"}</script>',
        "<!-- komentar --><!doctype html><p>doctype sesudah komentar</p>",
        "<p>a<!doctype html>b</p>",
        "  <!DOCTYPE html><p>spasi</p><!doctype html>",
        "\u00a0<!doctype html><p>nbsp dulu</p>",
        "<p>" + "kata " * 100000 + "</p>",
        '<script type=\'application/json\'>{"data": [{"url": "/f/a.pdf", "judul": "Dok A", "tahun": 2024}]}</script>',
        '<script id=\'__NEXT_DATA__\'>{"props": {"file_url": "https://x.test/b.pdf", "title": "B"}}</script>'
        "<script type='application/ld+json'>  </script><script type='APPLICATION/JSON'>[{\"href\":\"/c\"}]</script>",
        "<script id='__NUXT_DATA__'></script><script type='application/json'>tidak json</script>",
        "<iframe src='/frame'>isi iframe</iframe><embed src='/e.pdf'><object data='/o.pdf'>obj</object>"
        "<frameset><frame src='/fr'></frameset><area href='/ar' alt='area'>",
        "<P CLASS='a b'>Huruf BESAR <A HREF='/Up'>Tautan</A></P>",
        "<a href='/x' href='/y'>atribut ganda</a><img src='/1' src='/2' alt='a' alt='b'>",
        "<p>a<html lang='id'><body class='x'>b</p>",
        "<a>t<body href='/h'>u</a>",
        "<title>judul &amp; <b>tebal</b></title><title>kedua</title>",
        "<textarea><a href='/no'>bukan tautan</a></textarea><xmp><b>x</b></xmp><plaintext><a href='/p'>p",
        "<p>\x00nul\x01ctl\x0bvt</p><p>\ud7ff\ue000\uffff</p>",
        "<img alt='   '><img alt=''><img alt='ada'><img src=''><img src='data:image/png;base64,AAA' alt='d'>",
        "<noscript><img src='/ns.png' alt='noscript img'><a href='/ns'>ns link</a></noscript>",
        "<a href='/q'>satu<!-- k -->dua<?pi x?>tiga</a>",
        "<div>a<script>s</script>b<style>t</style>c<template>d</template>e<noscript>f</noscript>g<svg>h</svg>i</div>",
        "<select><option>Pilihan 2024</option></select><button>Tombol</button><input value='nilai'>",
        "<h1></h1><h2>  </h2><h4>empat</h4><h5>lima</h5>",
        "<p>" + "<a href='/l{}'>l</a>".format(0) * 1700 + "</p>",
        "".join(f"<a href='/u{i}'>u{i}</a>" for i in range(1600)),
        "".join(f"<img src='/g{i}.png' alt='g{i}'>" for i in range(70)),
        "".join(f"<form action='/f{i}'><input name='n{i}'></form>" for i in range(25)),
        "".join(f"<h3>h{i}</h3>" for i in range(250)),
        "<table><tr><td>" + "".join(f"<li>item {i} <a href='/li{i}'>u</a>" for i in range(600)) + "</table>",
    ]
    out: list[tuple[str, bytes | str, str | None]] = [(u, x, None) for x in s]
    page = "<html><head><meta charset='windows-1252'><title>Caf\u00e9 \u2013 \u201cPPID\u201d</title></head><body><p>na\u00efve \u20ac 5</p></body></html>"
    out += [
        (u, page.encode("cp1252"), None),  # windows-1252 bytes decoded as UTF-8 with replacement
        (u, page.encode("cp1252"), "cp1252"),
        (u, page.encode("utf-8"), None),
        (u, "\ufeff".encode() + page.encode("utf-8"), None),
        (u, page.encode("utf-16"), "utf-16"),
        (u, page.encode("latin-1", errors="replace"), "latin-1"),
        (u, b"\xff\xfe\x00<\x00p\x00>broken", None),
        (u, b"<p>\xc3\x28 invalid utf8 \xe2\x82</p>", None),
        (u, b"", None),
    ]
    return out


TAGS = "html head body title p div span a li ul tr td table h1 h2 h3 script style template noscript svg rt rp ruby img br form input label time base meta link iframe textarea select option b i".split()


def fuzz(n: int, seed: int = 11) -> list[tuple[str, str, None]]:
    """Seeded random tag soup: unbalanced tags, attributes the extraction reads, comments, text, entities."""
    rng = random.Random(seed)
    attrs = ["href='/{}'", "src='/s{}.png'", "alt='alt {}'", "alt=''", "title='t{}'", "name='generator'",
             "content='c{}'", "rel='https://api.w.org/'", "type='application/json'", "datetime='2024-0{}-01'",
             "action='/f{}'", "type='hidden'", "id='__NEXT_DATA__'"]  # fmt: skip
    pieces = ["teks", " ", "\n", "&amp;", "&nbsp;", "<!-- k -->", "<!---->", "Laporan 2025", "12 Oktober 2026",
              "<![CDATA[c]]>", "<?pi?>", "\u00a0", "{\"url\": \"/j.pdf\"}", "<!--[if IE]>", "<![endif]-->",
              "<", ">", "&", "</", "<!", "<!-- tak ditutup", "--!>", "<p/>", "\u200b", "&#0;", "&#xD800;",
              "<a href=/u>", "<img alt=gambar>", "<br/>", "<tbody>", "<th>", "<dl><dt>d<dd>e"]  # fmt: skip
    rare = ["</html>", "<!doctype html>", "</body>", "<html>", "<body>", "<head>"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 60)):
            r = rng.random()
            if r < 0.4:
                t = rng.choice(TAGS)
                a = " ".join(rng.choice(attrs).format(rng.randint(0, 9)) for _ in range(rng.randint(0, 3)))
                parts.append(f"<{t} {a}>" if a else f"<{t}>")
            elif r < 0.65:
                parts.append(f"</{rng.choice(TAGS)}>")
            elif r < 0.66:
                parts.append(rng.choice(rare))
            else:
                parts.append(rng.choice(pieces))
        if rng.random() < 0.3:
            parts.insert(0, rng.choice(["<!doctype html>", "\n<!DOCTYPE html PUBLIC '-//W3C//DTD HTML 4.01//EN'>"]))
        out.append(("http://fuzz.test/a/", "".join(parts), None))
    return out


# ------------------------------------------------------------------------------ comparison


def compare(inputs, old, new) -> tuple[int, list]:
    diffs = []
    for url, body, enc in inputs:
        variants = [(body, enc)] if isinstance(body, str) else [(body, enc)]
        if isinstance(body, bytes):
            variants.append((body.decode(enc or "utf-8", errors="replace"), None))
        for b, e in variants:
            for chars in (20000, 150):
                try:
                    a = old(b, url, e, text_chars=chars)
                except Exception as ex:  # noqa: BLE001
                    a = ("raised", type(ex).__name__)
                try:
                    n = new(b, url, e, text_chars=chars)
                except Exception as ex:  # noqa: BLE001
                    n = ("raised", type(ex).__name__)
                if a != n:
                    diffs.append((url, b[:300], a, n))
    return len(inputs), diffs


def timing(pages, fn, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        for url, body, enc in pages:
            fn(body.decode(enc or "utf-8", errors="replace"), url)
        best = min(best, time.perf_counter() - t)
    return best / len(pages) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default="main", help="git revision whose kipmon/extract.py is the reference, or 'soup'")
    ap.add_argument("--fuzz", type=int, default=4000)
    ap.add_argument("--worlds", default=",".join(list(WORLDS) + ["nights"]))
    ap.add_argument("--limit", type=int, default=5000, help="pages per world at most")
    args = ap.parse_args()

    import kipmon.extract as new_mod
    import kipmon.extract_soup as soup_mod

    old, new = reference(args.ref), new_mod.extract_html
    fallbacks = [0]
    real = soup_mod.extract_html_soup

    def counting(*a, **k):
        fallbacks[0] += 1
        return real(*a, **k)

    soup_mod.extract_html_soup = counting

    served: list = []
    for name in args.worlds.split(","):
        pages = nights_pages(old, args.limit) if name == "nights" else served_pages(name, old, args.limit)
        print(f"{name}: {len(pages)} pages served", flush=True)
        served += pages
    synthetic = night_bench_pages()
    print(f"bench/night.py build_site: {len(synthetic)} pages", flush=True)
    groups = [("served", served), ("night.py", synthetic), ("hostile", hostile()), ("fuzz", fuzz(args.fuzz))]
    total, all_diffs = 0, []
    for label, inputs in groups:
        fallbacks[0] = 0
        n, diffs = compare(inputs, old, new)
        total += n
        all_diffs += diffs
        print(
            f"{label}: {n} inputs, {len(diffs)} differences, {fallbacks[0]} extractions by the BeautifulSoup fallback"
        )
    for url, body, a, n in all_diffs[:5]:
        print(f"\nDIFFERENCE {url} {body!r}\n  ref: {a}\n  new: {n}")
    soup_mod.extract_html_soup = real
    realistic = served + synthetic
    realistic = realistic[:: max(1, len(realistic) // 3000)]  # an even sample keeps the timing to a minute
    t_old, t_new = timing(realistic, old), timing(realistic, new)
    print(
        f"\n{total} inputs compared (each as given, as str where bytes, at two text limits): {len(all_diffs)} differences"
    )
    print(
        f"seconds per 1,000 pages ({len(realistic)} of the served and night.py pages, best of 3): "
        f"reference {t_old:.2f}, lxml walk {t_new:.2f} ({t_old / t_new:.1f}x)"
    )
    return 1 if all_diffs else 0


if __name__ == "__main__":
    sys.exit(main())
