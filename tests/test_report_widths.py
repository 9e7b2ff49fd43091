"""The gap report measured in Debian's headless Chromium at phone width (412 px) and desktop width
(1366 px), and under print media: element boxes read over the DevTools protocol (tests/browser.py).

The store is a real SQLite file written through the Store API (tests/sample_run.py): the 8-body sample with
its long and hostile names, and a 60-body regency whose ranking is taller than its screen box.
Each test prints what it measured (run with -s to see the figures).
"""

from __future__ import annotations

import json

import pytest

from browser import Browser
from kipmon.config import defaults
from kipmon.store import Store
from reports import write_report
from sample_run import build_sample

PHONE, DESKTOP = 412, 1366

# Words broken letter by letter: a word (text between spaces, hyphens and slashes, where lines may
# break) of up to 12 letters laid out over two lines, or a longer one (up to 30) over three. URLs and
# technical text (.url-text, .tech) must break somewhere and are left out.
BROKEN_WORDS = """(() => {
  const out = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, text = node.textContent;
    const parent = node.parentElement;
    if (!parent || parent.closest('script, .sr, svg, th.rot, .url-text, .tech') || !parent.getClientRects().length) continue;
    const re = /[^\\s\\-\\/]+/g; let m;
    while ((m = re.exec(text))) {
      if (m[0].length > 30 || m[0].length < 3) continue;
      const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);
      const lines = new Set([...r.getClientRects()].filter(q => q.width > 0).map(q => Math.round(q.top)));
      if (lines.size > (m[0].length <= 12 ? 1 : 2)) out.push(m[0] + ' ' + lines.size + ' ' + parent.tagName + '.' + parent.className + ' in ' + (parent.closest('[id]') || {}).id);
    }
  }
  return out.slice(0, 10);
})()"""

PAGE_OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture(scope="module")
def browser():
    with Browser(timeout=180) as b:  # generous: a limit on a loaded CI machine, not a measure
        yield b


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("small")
    with Store(tmp / "kipmon.db") as store:
        ids = build_sample(store)
        return write_report(store, ids[-1], tmp / "out", defaults())


@pytest.fixture(scope="module")
def regency(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("regency")
    with Store(tmp / "kipmon.db") as store:
        ids = build_sample(store, n_bodies=60)
        return write_report(store, ids[-1], tmp / "out", defaults())


def rows_js(expr: str) -> str:
    """`expr` evaluated for every visible ranking row `tr`, as a list."""
    return f"""[...document.querySelectorAll('#peringkat-tabel tbody tr')].filter(tr => !tr.hidden).map(tr => {{
        const box = e => {{ const r = e.getBoundingClientRect(); return {{x: r.x, right: r.right, top: r.top, bottom: r.bottom}}; }};
        return {expr}; }})"""


def test_phone_ranking_shows_score_and_band_on_screen(browser, small, regency):
    for index in (small, regency):
        page = browser.open(index.as_uri(), width=PHONE)
        assert page.viewport_width() == PHONE
        assert page.js(PAGE_OVERFLOW) == 0
        rows = page.js(
            rows_js(
                "{name: box(tr.cells[1]), score: box(tr.querySelector('td.score')), "
                "band: box(tr.querySelector('.band')), text: tr.querySelector('td.score').textContent}"
            )
        )
        assert len(rows) >= 8
        for r in rows:
            for part in ("score", "band"):
                assert 0 <= r[part]["x"] and r[part]["right"] <= PHONE, (part, r)
            assert r["score"]["top"] == pytest.approx(r["name"]["top"], abs=2)  # on the name's line
            assert r["band"]["top"] >= r["name"]["top"]
        first = rows[0]
        print(
            f"\n{index.parent.parent.name} at {PHONE}px: score cell x={first['score']['x']:.1f}..{first['score']['right']:.1f}, "
            f"band x={first['band']['x']:.1f}..{first['band']['right']:.1f}, page overflow {page.js(PAGE_OVERFLOW)} px"
        )


def test_desktop_ranking_is_one_table_with_a_score_column(browser, small):
    page = browser.open(small.as_uri(), width=DESKTOP)
    assert page.js(PAGE_OVERFLOW) == 0
    rows = page.js(
        rows_js(
            "{score: box(tr.querySelector('td.score')), name: box(tr.cells[1]), band: box(tr.querySelector('.band'))}"
        )
    )
    xs = {round(r["score"]["x"]) for r in rows}
    assert len(xs) == 1 and all(r["score"]["right"] <= DESKTOP for r in rows)
    assert all(r["name"]["right"] <= r["score"]["x"] + 1 and r["score"]["right"] <= r["band"]["x"] + 1 for r in rows)
    head = page.box("#peringkat-tabel thead")
    assert head["height"] > 0
    print(
        f"\nat {DESKTOP}px: score column x={rows[0]['score']['x']:.1f}..{rows[0]['score']['right']:.1f}, "
        f"band x={rows[0]['band']['x']:.1f}"
    )


def test_no_word_breaks_letter_by_letter_at_either_width(browser, small):
    pages = [small, *sorted((small.parent / "bodies").glob("*.html"))]
    for width in (PHONE, DESKTOP):
        for path in pages:
            page = browser.open(path.as_uri(), width=width)
            assert page.js(PAGE_OVERFLOW) == 0, (width, path.name)
            assert page.js(BROKEN_WORDS) == [], (width, path.name)
        cells = page.js(
            """[...document.querySelectorAll('#butir td.detail')].map(td => td.getBoundingClientRect().width)"""
        )
        print(f"\nat {width}px: narrowest detail cell of {path.name}: {min(cells):.1f}px")
        assert min(cells) >= (250 if width == PHONE else 200)


def test_wide_tables_scroll_inside_their_own_box(browser, small):
    for path in (small, small.parent / "bodies" / "kutim.html"):
        page = browser.open(path.as_uri(), width=PHONE)
        assert page.js(PAGE_OVERFLOW) == 0
        tables = page.js("""[...document.querySelectorAll('table.data, table.matrix')].filter(t => t.getClientRects().length).map(t => {
            const s = t.closest('.scroll'); const st = s && getComputedStyle(s);
            return {id: t.id || t.className, width: t.getBoundingClientRect().width,
                    box: s ? s.getBoundingClientRect().width : null, overflow: st ? st.overflowX : null}; })""")
        for t in tables:
            if t["width"] > PHONE:
                assert t["box"] is not None and t["box"] <= PHONE and t["overflow"] == "auto", t
        wide = [t for t in tables if t["width"] > PHONE]
        print(
            f"\n{path.name} at {PHONE}px: "
            + json.dumps([{k: (round(v) if isinstance(v, float) else v) for k, v in t.items()} for t in wide])
        )
        if path == small:
            assert any(t["id"].startswith("matriks-") for t in wide)  # the matrix does scroll in its box


def test_phone_matrix_shows_several_item_columns(browser, small):
    page = browser.open(small.as_uri(), width=PHONE)
    measured = page.js("""[...document.querySelectorAll('table.matrix')].map(t => {
        const s = t.closest('.scroll').getBoundingClientRect(); const row = t.querySelector('tbody tr');
        const cells = [...row.querySelectorAll('td.cell')].filter(td => { const r = td.getBoundingClientRect();
            return r.left >= s.left - 0.5 && r.right <= s.right + 0.5; });
        return {id: t.id, visible: cells.length, of: row.querySelectorAll('td.cell').length,
                name: row.querySelector('th').getBoundingClientRect().width, box: s.width}; })""")
    for m in measured:
        assert m["visible"] >= 6 and m["name"] <= 0.45 * m["box"], m
    print(
        f"\nmatrix at {PHONE}px: "
        + json.dumps([{k: (round(v) if isinstance(v, float) else v) for k, v in m.items()} for m in measured])
    )
    desktop = browser.open(small.as_uri(), width=DESKTOP)
    visible = desktop.js("""(() => { const t = document.querySelector('table.matrix'); const s = t.closest('.scroll').getBoundingClientRect();
        return [...t.querySelectorAll('tbody tr:first-child td.cell')].filter(td => td.getBoundingClientRect().right <= s.right + 0.5).length; })()""")
    assert visible >= 20


def test_print_shows_the_whole_ranking(browser, regency):
    page = browser.open(regency.as_uri(), width=DESKTOP)
    screen = page.js("""(() => { const s = document.querySelector('#peringkat .scroll'), t = s.querySelector('table');
        return {box: s.getBoundingClientRect().height, table: t.getBoundingClientRect().height}; })()""")
    assert screen["box"] < screen["table"]  # on screen the long ranking scrolls in a box of its own
    for width in (DESKTOP, PHONE):
        page = browser.open(regency.as_uri(), width=width)
        page.media("print")
        printed = page.js("""(() => { const s = document.querySelector('#peringkat .scroll'), t = s.querySelector('table');
            const rows = [...t.querySelectorAll('tbody tr')];
            const last = rows[rows.length - 1].getBoundingClientRect();
            return {box: s.getBoundingClientRect().height, bottom: s.getBoundingClientRect().bottom, table: t.getBoundingClientRect().height,
                    rows: rows.length, last_bottom: last.bottom, overflow: getComputedStyle(s).overflowY,
                    display: getComputedStyle(t.querySelector('tbody tr')).display}; })()""")
        assert printed["rows"] == 60 and printed["overflow"] == "visible"
        assert printed["box"] >= printed["table"] - 1 and printed["last_bottom"] <= printed["bottom"] + 1, printed
        assert printed["display"] == "table-row"  # paper gets the table, not the phone cards
        print(
            f"\nprint at {width}px: ranking box {printed['box']:.0f}px tall for a {printed['table']:.0f}px table of "
            f"{printed['rows']} rows (screen box: {screen['box']:.0f}px)"
        )
