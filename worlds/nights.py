"""A labelled world over three nights: does a monitor report exactly what changed, and nothing else?

Night 1 is the demo world (Kabupaten Contoh, kipmon/demo/world.py) with its hand-written labels. Night 2
is the same world, untouched, on the same addresses: every finding must be the same. Night 3 changes
seven things on the live servers, each with the label a careful human verifier would then give:

  bpkad  laporan-keuangan   broken  -> present  a broken link repaired (the 404 PDF is uploaded)
  bpkad  laporan-kinerja    present -> broken   a document deleted, its link left in place (404)
  bpkad  dip                stale   -> present  a stale DIP (N-2) replaced by this year's, in its table row
  bpkad  ketenagakerjaan    missing -> present  an item published (a staffing page linked from home)
  dlh    dip                stale   -> present  a page changed under the same URL: it now links this year's DIP
  diskominfo  (all items)   unchanged           the site moved to a new address, the registry updated;
                                                the old address redirects (301), as a moved site does
  dinkes (all items)        -> unreachable      the site is down (connection refused)

    with serve_nights(date(2025, 11, 29)) as nights:
        nights.labels(1); run night 1 on nights.registry_path
        nights.advance(3); run night 3 on nights.registry_path (rewritten: diskominfo's new address)

Used by tests/test_nights.py and `python bench/accuracy.py --world nights`.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt

from kipmon.demo.docs import make_pdf
from kipmon.demo.server import Page, Site
from kipmon.demo.sites.common import PDF, lm
from kipmon.demo.world import _live, build_world, serve_world

# (body, item): (night-1 label, night-3 label, what changed); the moved and the down site are below
CHANGES = {
    ("bpkad", "laporan-keuangan"): ("broken", "present", "broken link repaired"),
    ("bpkad", "laporan-kinerja"): ("present", "broken", "document deleted, link left in place"),
    ("bpkad", "dip"): ("stale", "present", "stale document replaced by this year's"),
    ("bpkad", "ketenagakerjaan"): ("missing", "present", "item published"),
    ("dlh", "dip"): ("stale", "present", "page changed under the same URL"),
}
MOVED, DOWN = "diskominfo", "dinkes"
F = "/files/download"


class Nights:
    """The served demo world and the changes of night 3 (nights 1 and 2 are the world as built)."""

    def __init__(self, served):
        self.served = served
        self.world = served.world
        self.night = 1
        self.moved_to: Site | None = None

    @property
    def registry_path(self):
        return self.served.registry_path

    def labels(self, night: int) -> list[dict]:
        out = []
        for lab in self.world.labels:
            key = (lab["body_id"], lab["item_id"])
            status = lab["status"]
            if night >= 3:
                if key in CHANGES:
                    before, status, _ = CHANGES[key]
                    if lab["status"] != before:  # the world changed under this module: say so, do not guess
                        raise AssertionError(f"{key}: night-1 label is {lab['status']}, this module expects {before}")
                elif lab["body_id"] == DOWN:
                    status = "unreachable"
            out.append({**lab, "status": status})
        return out

    def advance(self, night: int) -> None:
        """Make the live world the world of `night` (only night 3 changes anything)."""
        if night >= 3 and self.night < 3:
            self._night3()
        self.night = night

    # ------------------------------------------------------------------ night 3

    def _night3(self) -> None:
        N = self.world.as_of.year
        sites = self.served.sites
        bpkad, dlh = sites["bpkad"], sites["dlh"]
        when = dt.date(N, 11, 2)

        # a broken link repaired: the PDF that answered 404 is uploaded under the same URL
        bpkad.routes[f"{F}/Laporan_Keuangan_BPKAD_{N - 1}.pdf"] = _pdf(
            f"Laporan Keuangan BPKAD Tahun Anggaran {N - 1}",
            ["Laporan Realisasi Anggaran, Neraca, Catatan atas Laporan Keuangan"],
            when,
        )
        # a document deleted with its link left in place
        bpkad.routes[f"{F}/LAKIP_BPKAD_{N - 1}.pdf"] = Page(
            "<html><body><h1>404 Not Found</h1></body></html>", status=404, last_modified=None
        )
        # the stale DIP (N-2) replaced by this year's: a new file, and its row in the download table
        bpkad.routes[f"{F}/DIP_BPKAD_{N}.pdf"] = _pdf(
            f"Daftar Informasi Publik BPKAD Tahun {N}", ["Ringkasan informasi publik"], when
        )
        old_row = (f"Daftar Informasi Publik BPKAD Tahun {N - 2}", f"DIP_BPKAD_{N - 2}.pdf", f">{N - 2}<")
        new_row = (f"Daftar Informasi Publik BPKAD Tahun {N}", f"DIP_BPKAD_{N}.pdf", f">{N}<")
        for path in ("/download", "/download?*"):
            bpkad.routes[path] = _edited(bpkad.routes[path], lambda html: _replace_row(html, old_row, new_row))
        # an item published: a staffing page, linked from the home page
        bpkad.routes["/halaman/kepegawaian"] = Page(
            "<html><head><title>Informasi Kepegawaian BPKAD</title></head><body><h1>Informasi Kepegawaian</h1>"
            f"<p>Informasi ketenagakerjaan BPKAD Tahun {N}: jumlah pegawai ASN 86 orang, PPPK 12 orang.</p>"
            f"<p>Lowongan PPPK Tahun {N}: formasi analis keuangan, pendaftaran melalui SSCASN.</p></body></html>",
            last_modified=lm(when),
        )
        bpkad.routes["/"] = _edited(
            bpkad.routes["/"],
            lambda html: html.replace("</body>", "<p><a href='/halaman/kepegawaian'>Kepegawaian</a></p></body>", 1),
        )
        # a page changed under the same URL: the DIP page now links this year's DIP instead of N-2's
        new_dip = f"/wp-content/uploads/{N}/11/DIP-DLH-{N}.pdf"
        dlh.routes[new_dip] = _pdf(
            f"Daftar Informasi Publik Dinas Lingkungan Hidup Tahun {N}", ["Ringkasan informasi publik DLH"], when
        )
        dlh.routes["/ppid/daftar-informasi-publik/"] = _edited(
            dlh.routes["/ppid/daftar-informasi-publik/"],
            lambda html: html.replace(f"/wp-content/uploads/{N - 2}/03/DIP-DLH-{N - 2}.pdf", new_dip).replace(
                f"Daftar Informasi Publik Tahun {N - 2}", f"Daftar Informasi Publik Tahun {N}"
            ),
        )

        # the site moved: a new address, its own links rewritten; the old address redirects
        body = self.world.body(MOVED)
        new = Site()
        bases = {b: s.base for b, s in sites.items()} | {MOVED: new.base}
        new.routes.update({path: _live(r, bases) for path, r in body.routes.items()})
        for prefix, fn in body.prefixes:
            new.add_prefix(prefix, _live(fn, bases))
        new.start()
        self.moved_to = new
        old = sites[MOVED]
        old.routes.clear()
        old.prefix_routes.clear()
        old.add_prefix(
            "/", lambda path: Page("", status=301, headers={"Location": new.base + path}, last_modified=None)
        )
        self._rewrite_registry({MOVED: new.base + "/"})
        # the site is down: nothing listens any more
        sites[DOWN].stop()

    def _rewrite_registry(self, urls: dict[str, str]) -> None:
        path = self.served.registry_path
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        for row in rows:
            if row["id"] in urls:
                row["url"] = urls[row["id"]]
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)


def _pdf(title: str, lines: list[str], when: dt.date) -> Page:
    data = make_pdf(title, lines, metadata={"Title": title, "CreationDate": when, "ModDate": when})
    return Page(data, content_type=PDF, last_modified=lm(when))


def _edited(route, edit):
    """A route whose HTML answer is passed through `edit` (routes may be pages or functions of the path)."""

    def answer(path: str):
        page = route(path) if callable(route) else route
        if page is None:
            return None
        html = edit(page.data().decode("utf-8"))
        return Page(
            html,
            status=page.status,
            content_type=page.content_type,
            headers=page.headers,
            last_modified=page.last_modified,
        )

    return answer


def _replace_row(html: str, old: tuple[str, ...], new: tuple[str, ...]) -> str:
    """Replace one table row's title, file and year cell, and only in that row."""
    start = html.find(old[0])
    if start < 0:
        return html
    row_start = html.rfind("<tr", 0, start)
    row_end = html.find("</tr>", start)
    row = html[row_start:row_end]
    for a, b in zip(old, new):
        row = row.replace(a, b)
    return html[:row_start] + row + html[row_end:]


@contextlib.contextmanager
def serve_nights(as_of: dt.date, *, directory=None):
    world = build_world(as_of)
    nights = None
    with serve_world(as_of, directory=directory, world=world) as served:
        nights = Nights(served)
        try:
            yield nights
        finally:
            if nights.moved_to is not None:
                nights.moved_to.stop()
