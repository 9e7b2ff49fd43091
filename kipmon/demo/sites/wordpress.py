"""WordPress-style OPD sites: Diskominfo Staper (well kept) and Dinas Lingkungan Hidup (neglected).

Like a real WordPress install: a primary menu with sub-menus, pages under /ppid/..., posts under
/{YYYY}/{MM}/{DD}/{slug}/, files under /wp-content/uploads/{YYYY}/{MM}/, /wp-sitemap.xml (a sitemap
index with page and post sitemaps) and the public REST API /wp-json/wp/v2/{pages,posts,media} in the
WordPress JSON shape. On the "Informasi Berkala" page part of the documents are listed only by a
script that loads /wp-json/wp/v2/media?parent=<page id>: a person with a browser sees them, the HTML
alone does not link them. Diskominfo has a robots.txt with a Disallow for /wp-admin/ and a Sitemap line.
"""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape as xesc

from kipmon.demo.server import Page
from kipmon.demo.sites.common import B, DOCX, M, P, PDF, S, XLSX, SiteBuilder, esc, lm, tgl

MIME = {"pdf": PDF, "docx": DOCX, "xlsx": XLSX}
_BULAN_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


class WP:
    """Builds one WordPress site on top of a SiteBuilder."""

    def __init__(self, b: SiteBuilder, title: str, tagline: str, menu: list, sidebar: str, footer: str):
        self.b, self.title, self.tagline, self.menu, self.sidebar, self.footer = (
            b,
            title,
            tagline,
            menu,
            sidebar,
            footer,
        )
        self.pages: list[dict] = []
        self.posts: list[dict] = []
        self.media: list[dict] = []
        self._next_id = 5
        self._render: list[tuple] = []  # pages and posts, rendered in finish() once all posts are known

    def new_id(self) -> int:
        return self._id()

    def _id(self) -> int:
        self._next_id += 3
        return self._next_id

    # --- theme ---
    def _menu_html(self) -> str:
        def items(entries):
            out = []
            for entry in entries:
                label, href, sub = (entry + ([],))[:3] if len(entry) == 2 else entry
                inner = f'<ul class="sub-menu">{items(sub)}</ul>' if sub else ""
                cls = "menu-item menu-item-has-children" if sub else "menu-item"
                out.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{inner}</li>')
            return "".join(out)

        return f'<ul id="primary-menu" class="menu">{items(self.menu)}</ul>'

    def layout(self, title: str, content: str, body_class: str, meta: str = "") -> str:
        recent = "".join(
            f'<li><a href="{p["path"]}">{esc(p["title"])}</a></li>'
            for p in sorted(self.posts, key=lambda p: p["date"], reverse=True)[:5]
        )
        return f"""<!doctype html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {esc(self.title)}</title>
<meta name="generator" content="WordPress 6.5.2">
<link rel="https://api.w.org/" href="{self.b.url("/wp-json/")}">
<link rel="stylesheet" id="astra-theme-css-css" href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="{body_class}">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">{esc(self.title)}</a></p>
<p class="site-description">{esc(self.tagline)}</p></div>
<nav id="site-navigation" class="main-navigation">{self._menu_html()}</nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="hentry"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>{meta}</header>
<div class="entry-content">{content}</div></article>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s" placeholder="Cari &hellip;"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><ul>{recent}</ul></section>
{self.sidebar}
</aside></div>
<footer id="colophon" class="site-footer">{self.footer}
<div class="site-info">Copyright &copy; {self.b.page_date.year} {esc(self.title)} | Powered by <a href="https://wordpress.org/">WordPress</a></div>
<p><a href="/wp-login.php">Masuk</a></p></footer>
</div></body></html>"""

    # --- content ---
    def page(
        self,
        path: str,
        title: str,
        content: str,
        *,
        parent: int = 0,
        date: dt.date | None = None,
        pid: int | None = None,
    ) -> int:
        """A WordPress page; `pid` is an id reserved with new_id() when uploads must attach to it first."""
        pid = pid or self._id()
        d = date or self.b.page_date
        self.pages.append({"id": pid, "path": path, "title": title, "content": content, "parent": parent, "date": d})
        self._render.append((path, title, content, f"page-template-default page page-id-{pid}", "", d))
        return pid

    def post(self, d: dt.date, slug: str, title: str, content: str, category: str = "Berita") -> str:
        pid = self._id()
        path = f"/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/"
        self.posts.append(
            {"id": pid, "path": path, "title": title, "content": content, "date": d, "slug": slug, "category": category}
        )
        meta = (
            f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
            f'datetime="{d.isoformat()}T08:00:00+08:00">{tgl(d)}</time></span> '
            f'<span class="cat-links">{esc(category)}</span></div>'
        )
        self._render.append((path, title, content, f"post-template-default single single-post postid-{pid}", meta, d))
        return path

    def upload(
        self,
        d: dt.date,
        filename: str,
        title: str,
        *,
        kind: str = "pdf",
        lines=None,
        rows=None,
        broken: str | None = None,
        parent: int = 0,
        in_media: bool = True,
    ) -> str:
        """A file under /wp-content/uploads/YYYY/MM/ and (unless in_media=False) its media JSON entry."""
        path = f"/wp-content/uploads/{d.year}/{d.month:02d}/{filename}"
        if broken:
            self.b.broken(path, broken)
        elif kind == "pdf":
            self.b.pdf(path, title, lines or [], d, meta_title=filename.rsplit(".", 1)[0])
        elif kind == "docx":
            self.b.docx(path, title, lines or [], d)
        else:
            self.b.xlsx(path, title, rows or [], d)
        if in_media:
            self.media.append(
                {
                    "id": self._id(),
                    "path": path,
                    "title": title,
                    "date": d,
                    "kind": kind,
                    "parent": parent,
                    "slug": filename.rsplit(".", 1)[0].lower(),
                }
            )
        return path

    # --- JSON, sitemap, archives ---
    def _abs(self, path: str) -> str:
        return self.b.url(path)

    def _page_json(self, p: dict, typ: str) -> dict:
        stamp = f"{p['date'].isoformat()}T08:00:00"
        out = {
            "id": p["id"],
            "date": stamp,
            "date_gmt": f"{p['date'].isoformat()}T00:00:00",
            "guid": {"rendered": self._abs(f"/?{'page_id' if typ == 'page' else 'p'}={p['id']}")},
            "modified": stamp,
            "modified_gmt": f"{p['date'].isoformat()}T00:00:00",
            "slug": p["path"].rstrip("/").rsplit("/", 1)[-1],
            "status": "publish",
            "type": typ,
            "link": self._abs(p["path"]),
            "title": {"rendered": p["title"]},
            "content": {"rendered": p["content"], "protected": False},
            "excerpt": {"rendered": "", "protected": False},
            "author": 1,
            "featured_media": 0,
            "comment_status": "closed",
            "ping_status": "closed",
            "template": "",
            "meta": {"footnotes": ""},
        }
        if typ == "page":
            out.update({"parent": p["parent"], "menu_order": 0})
        else:
            out.update({"sticky": False, "format": "standard", "categories": [1], "tags": []})
        return out

    def _media_json(self, m: dict) -> dict:
        stamp = f"{m['date'].isoformat()}T10:12:33"
        url = self._abs(m["path"])
        return {
            "id": m["id"],
            "date": stamp,
            "date_gmt": f"{m['date'].isoformat()}T02:12:33",
            "guid": {"rendered": url},
            "modified": stamp,
            "modified_gmt": f"{m['date'].isoformat()}T02:12:33",
            "slug": m["slug"],
            "status": "inherit",
            "type": "attachment",
            "link": self._abs(f"/?attachment_id={m['id']}"),
            "title": {"rendered": m["title"]},
            "author": 2,
            "comment_status": "open",
            "ping_status": "closed",
            "template": "",
            "meta": [],
            "description": {"rendered": f'<p class="attachment"><a href="{url}">{esc(m["title"])}</a></p>\n'},
            "caption": {"rendered": ""},
            "alt_text": "",
            "media_type": "file",
            "mime_type": MIME[m["kind"]],
            "media_details": {},
            "post": m["parent"] or None,
            "source_url": url,
        }

    def _api(self, items_fn):
        def handler(path: str) -> Page:
            q = parse_qs(urlsplit(path).query)
            items = items_fn()
            if "parent" in q:
                want = {int(x) for x in q["parent"][0].split(",") if x.isdigit()}
                items = [i for i in items if (i.get("post") or i.get("parent") or 0) in want]
            per = max(1, min(100, int(q.get("per_page", ["10"])[0] or 10)))
            total = len(items)
            pages = max(1, -(-total // per))
            n = int(q.get("page", ["1"])[0] or 1)
            if n > pages:
                return Page(
                    json.dumps(
                        {
                            "code": "rest_post_invalid_page_number",
                            "message": "Jumlah halaman yang diminta lebih besar dari jumlah halaman yang tersedia.",
                            "data": {"status": 400},
                        }
                    ),
                    status=400,
                    content_type="application/json; charset=UTF-8",
                )
            chunk = items[(n - 1) * per : n * per]
            return Page(
                json.dumps(chunk, ensure_ascii=False),
                content_type="application/json; charset=UTF-8",
                headers={
                    "X-WP-Total": str(total),
                    "X-WP-TotalPages": str(pages),
                    "Link": f'<{self._abs("/wp-json/")}>; rel="https://api.w.org/"',
                },
                last_modified=lm(self.b.page_date),
            )

        return handler

    def finish(self, *, robots: bool = False) -> None:
        b = self.b
        for path, title, content, body_class, meta, d in self._render:
            b.page(path, self.layout(title, content, body_class, meta), date=d)
        pages_json = lambda: [self._page_json(p, "page") for p in self.pages]  # noqa: E731
        posts_json = lambda: [
            self._page_json(p, "post") for p in sorted(self.posts, key=lambda p: p["date"], reverse=True)
        ]  # noqa: E731
        media_json = lambda: [self._media_json(m) for m in sorted(self.media, key=lambda m: m["date"], reverse=True)]  # noqa: E731
        for name, fn in (("pages", pages_json), ("posts", posts_json), ("media", media_json)):
            h = self._api(fn)
            b.spec.routes[f"/wp-json/wp/v2/{name}"] = h
            b.spec.routes[f"/wp-json/wp/v2/{name}?*"] = h
        b.page(
            "/wp-json/",
            json.dumps(
                {
                    "name": self.title,
                    "description": self.tagline,
                    "url": b.url(""),
                    "home": b.url(""),
                    "namespaces": ["oembed/1.0", "wp/v2"],
                    "routes": {"/wp/v2/pages": {}, "/wp/v2/posts": {}, "/wp/v2/media": {}},
                }
            ),
            content_type="application/json; charset=UTF-8",
        )

        def urlset(entries):
            urls = "".join(
                f"<url><loc>{xesc(self._abs(p))}</loc><lastmod>{d.isoformat()}T08:00:00+08:00</lastmod></url>"
                for p, d in entries
            )
            return (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            )

        b.page(
            "/wp-sitemap.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/wp-sitemap-index.xsl" ?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{self._abs('/wp-sitemap-posts-post-1.xml')}</loc></sitemap>"
            f"<sitemap><loc>{self._abs('/wp-sitemap-posts-page-1.xml')}</loc></sitemap>"
            "</sitemapindex>",
            content_type="application/xml; charset=UTF-8",
        )
        b.page(
            "/wp-sitemap-posts-post-1.xml",
            urlset([(p["path"], p["date"]) for p in self.posts]),
            content_type="application/xml; charset=UTF-8",
        )
        b.page(
            "/wp-sitemap-posts-page-1.xml",
            urlset([("/", b.page_date)] + [(p["path"], p["date"]) for p in self.pages]),
            content_type="application/xml; charset=UTF-8",
        )
        # home page and monthly archives
        posts = sorted(self.posts, key=lambda p: p["date"], reverse=True)
        listing = "".join(
            f'<article class="post"><h2 class="entry-title"><a href="{p["path"]}">{esc(p["title"])}</a></h2>'
            f'<time datetime="{p["date"].isoformat()}">{tgl(p["date"])}</time></article>'
            for p in posts
        )
        b.page(
            "/", self.layout(self.title, f'<div class="welcome"><p>{esc(self.tagline)}</p></div>{listing}', "home blog")
        )
        months = sorted({(p["date"].year, p["date"].month) for p in posts}, reverse=True)
        for y, mth in months:
            sel = "".join(
                f'<li><a href="{p["path"]}">{esc(p["title"])}</a></li>'
                for p in posts
                if (p["date"].year, p["date"].month) == (y, mth)
            )
            b.page(
                f"/{y}/{mth:02d}/", self.layout(f"Bulan: {_BULAN_EN[mth - 1]} {y}", f"<ul>{sel}</ul>", "archive date")
            )
        b.page(
            "/wp-login.php",
            "<html><body class='login'><form name='loginform' method='post' action='/wp-login.php'>"
            "<input name='log'><input type='password' name='pwd'></form></body></html>",
        )
        if robots:
            b.page(
                "/robots.txt",
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {self._abs('/wp-sitemap.xml')}\n",
                content_type="text/plain; charset=utf-8",
            )
            b.page("/wp-admin/", "<html><body><h1>Dasbor</h1><p>Anda harus masuk terlebih dahulu.</p></body></html>")


def js_document_table(parent_id: int) -> str:
    """The block a PPID plugin renders: an empty table filled from the media endpoint by a script."""
    return f"""<div class="ppid-dokumen"><table id="tabel-dokumen-{parent_id}" class="ppid-table">
<thead><tr><th>No</th><th>Nama Dokumen</th><th>Tanggal Unggah</th><th>Unduh</th></tr></thead>
<tbody><tr><td colspan="4">Memuat daftar dokumen&hellip;</td></tr></tbody></table>
<script>
fetch('/wp-json/wp/v2/media?parent={parent_id}&per_page=100').then(function (r) {{ return r.json(); }}).then(function (items) {{
  var tb = document.querySelector('#tabel-dokumen-{parent_id} tbody'); tb.innerHTML = '';
  items.forEach(function (m, i) {{
    tb.insertAdjacentHTML('beforeend', '<tr><td>' + (i + 1) + '</td><td>' + m.title.rendered + '</td><td>' +
      m.date.slice(0, 10) + '</td><td><a href="' + m.source_url + '">Unduh</a></td></tr>');
  }});
}});
</script></div>"""


PPID_LINKS = [
    ("Profil PPID", "/ppid/"),
    ("Informasi Berkala", "/ppid/informasi-berkala/"),
    ("Informasi Serta Merta", "/ppid/informasi-serta-merta/"),
    ("Informasi Setiap Saat", "/ppid/informasi-setiap-saat/"),
    ("Informasi Dikecualikan", "/ppid/informasi-dikecualikan/"),
    ("Daftar Informasi Publik", "/ppid/daftar-informasi-publik/"),
]


def build_diskominfo(as_of: dt.date):
    N = as_of.year
    email = "ppid.diskominfo@contohkab.go.id"
    b = SiteBuilder(
        as_of,
        "diskominfo",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian",
        "opd",
        "pemkab-contoh",
        email,
        "WordPress (menu, /ppid/..., posts bertanggal, wp-sitemap.xml, REST API, dokumen hanya di media JSON, robots.txt)",
    )
    menu = [
        ("Beranda", "/", []),
        (
            "Profil",
            "/profil/visi-dan-misi/",
            [
                ("Visi dan Misi", "/profil/visi-dan-misi/"),
                ("Tugas Pokok dan Fungsi", "/profil/tugas-pokok-dan-fungsi/"),
                ("Struktur Organisasi", "/profil/struktur-organisasi/"),
                ("Data Kepegawaian", "/profil/data-kepegawaian/"),
            ],
        ),
        (
            "PPID",
            "/ppid/",
            PPID_LINKS
            + [
                ("Regulasi", "/ppid/regulasi/"),
                ("Tata Cara Permohonan Informasi", "/ppid/tata-cara-permohonan-informasi/"),
                ("Maklumat Pelayanan", "/ppid/maklumat-pelayanan/"),
                ("Permohonan Informasi", "/ppid/permohonan-informasi/"),
            ],
        ),
        ("Berita", f"/{N}/06/", []),
        ("Pengaduan", "/pengaduan/", []),
    ]
    sidebar = (
        '<section class="widget widget_media_image"><h2 class="widget-title">SP4N-LAPOR!</h2>'
        '<a href="https://www.lapor.go.id/"><img src="/wp-content/uploads/2021/03/banner-lapor.png" '
        'alt="Layanan Aspirasi dan Pengaduan Online Rakyat SP4N-LAPOR!"></a></section>'
    )
    footer = (
        "<div class='footer-widgets'><h3>Diskominfo Staper Kabupaten Contoh</h3>"
        "<p>Kompleks Perkantoran Bukit Pelangi Gedung C, Contoh 75611<br>Telp. (0549) 210045</p></div>"
    )
    wp = WP(
        b,
        "Diskominfo Staper Kabupaten Contoh",
        "Dinas Komunikasi, Informatika, Statistik dan Persandian",
        menu,
        sidebar,
        footer,
    )

    wp.page(
        "/profil/visi-dan-misi/",
        "Visi dan Misi",
        "<p><strong>Visi:</strong> Terwujudnya tata kelola informasi dan komunikasi publik yang terbuka dan terpercaya.</p>"
        "<p><strong>Misi:</strong> Meningkatkan kualitas layanan informasi publik; membangun infrastruktur TIK yang andal.</p>",
    )
    wp.page(
        "/profil/tugas-pokok-dan-fungsi/",
        "Tugas Pokok dan Fungsi",
        "<p>Alamat kantor: Kompleks Perkantoran Bukit Pelangi Gedung C.</p><p>Dinas mempunyai tugas membantu Bupati "
        "melaksanakan urusan pemerintahan bidang komunikasi dan informatika, statistik, dan persandian.</p>",
    )
    wp.page(
        "/profil/struktur-organisasi/",
        "Struktur Organisasi",
        "<img src='/wp-content/uploads/2023/02/bagan-struktur-diskominfo.png' alt='Bagan Struktur Organisasi'>"
        "<p>Kepala Dinas: Ronny Bonar Hamonangan, S.Kom., M.Si.</p>",
    )
    b.label("profil", P, "visi misi, tupoksi, struktur organisasi")
    b.broken("/profil/data-kepegawaian/", "404")
    b.label("ketenagakerjaan", B, "menu Data Kepegawaian menuju halaman 404")
    b.label("peringatan-dini", M, "tidak ada prosedur evakuasi")

    sk = wp.upload(
        dt.date(N - 2, 3, 9),
        f"SK-PPID-Pelaksana-Diskominfo-{N - 2}.pdf",
        "Keputusan Kepala Dinas tentang Pejabat Pengelola Informasi dan Dokumentasi Pelaksana Diskominfo Staper",
        lines=[f"Nomor 800/112/Diskominfo/{N - 2}", "Menunjuk Sekretaris Dinas sebagai PPID Pelaksana"],
    )
    ppid_id = wp.page(
        "/ppid/",
        "Profil PPID Pelaksana",
        "<p>PPID Pelaksana Diskominfo Staper melayani permohonan informasi publik di lingkungan dinas.</p>"
        f"<p>Dasar pembentukan: <a href='{sk}'>SK PPID Pelaksana Diskominfo Staper</a></p>"
        "<h3>Kontak PPID</h3><p>Meja Layanan Informasi, Gedung C lantai 1<br>Telepon: (0549) 210045<br>"
        f"E-mail: <a href='mailto:{email}'>{email}</a></p>",
    )
    b.label("sk-ppid", P)
    b.label("kontak-ppid", P, "telepon dan e-mail PPID di halaman Profil PPID")
    b.label("menu-ppid", P, "menu utama PPID")

    berkala_id = wp.new_id()  # the berkala page's id; its uploads attach to it
    lkjip = wp.upload(
        dt.date(N, 3, 14),
        f"LKjIP-Diskominfo-Staper-{N - 1}.pdf",
        f"Laporan Kinerja Instansi Pemerintah (LKjIP) Diskominfo Staper Tahun {N - 1}",
        lines=["Ikhtisar Eksekutif", f"Indeks SPBE tahun {N - 1}: 3,21 (Baik)"],
        parent=berkala_id,
    )
    b.label("laporan-kinerja", P, "LKjIP N-1 ditautkan di HTML")
    lhkpn = wp.upload(
        dt.date(N - 1, 3, 28),
        f"LHKPN-Kepala-Dinas-{N - 2}.pdf",
        f"Pengumuman LHKPN Kepala Dinas Komunikasi dan Informatika Tahun {N - 2}",
        lines=[f"Periode pelaporan 31 Desember {N - 2}", "Total harta kekayaan: Rp 1.905.440.000"],
        parent=berkala_id,
    )
    b.label("lhkpn", S, "LHKPN terbaru tahun N-2", early=P)
    renja = wp.upload(
        dt.date(N, 1, 15),
        f"Renja-Diskominfo-Staper-{N}.pdf",
        f"Rencana Kerja (Renja) Diskominfo Staper Tahun {N}",
        lines=["Program Aplikasi Informatika", "Program Informasi dan Komunikasi Publik"],
        parent=berkala_id,
    )
    b.label("program-kegiatan", P, "Renja N (pos berita dan dokumen)")
    # only in the media JSON, shown by the script:
    wp.upload(
        dt.date(N, 4, 22),
        f"Laporan-Keuangan-Diskominfo-Staper-TA-{N - 1}.pdf",
        f"Laporan Keuangan Diskominfo Staper Tahun Anggaran {N - 1}",
        lines=["Laporan Realisasi Anggaran", "Neraca", "Catatan atas Laporan Keuangan"],
        parent=berkala_id,
    )
    b.label("laporan-keuangan", P, "hanya di media JSON (tabel dimuat skrip)")
    wp.upload(
        dt.date(N, 1, 9),
        f"DPA-Diskominfo-Staper-{N}.pdf",
        f"Dokumen Pelaksanaan Anggaran (DPA) Diskominfo Staper Tahun Anggaran {N}",
        lines=["Belanja Operasi: Rp 18.420.000.000", "Belanja Modal: Rp 6.110.000.000"],
        parent=berkala_id,
    )
    b.label("anggaran", P, "DPA TA N, hanya di media JSON")
    wp.upload(
        dt.date(N - 1, 3, 20),
        f"Laporan-Tahunan-PPID-Diskominfo-{N - 2}.pdf",
        f"Laporan Tahunan Layanan Informasi Publik PPID Pelaksana Diskominfo Tahun {N - 2}",
        lines=[f"Jumlah permohonan tahun {N - 2}: 37", "Seluruh permohonan dipenuhi"],
        parent=berkala_id,
    )
    b.label("laporan-layanan-informasi", S, "laporan layanan tahun N-2, hanya di media JSON", early=P)
    b.broken(f"/wp-content/uploads/{N - 2}/05/SOP-Pelayanan-Informasi-Publik.pdf", "404")
    b.label("sop-ppid", B, "tautan SOP menuju PDF 404")
    wp.page(
        "/ppid/informasi-berkala/",
        "Informasi Berkala",
        "<p>Informasi yang wajib disediakan dan diumumkan secara berkala.</p><ul>"
        f"<li><a href='{lkjip}'>LKjIP Diskominfo Staper Tahun {N - 1}</a></li>"
        f"<li><a href='{lhkpn}'>LHKPN Kepala Dinas Tahun {N - 2}</a></li>"
        f"<li><a href='{renja}'>Rencana Kerja Tahun {N}</a></li>"
        f"<li>Rencana Umum Pengadaan (RUP) Diskominfo Staper TA {N}: "
        "<a href='https://sirup.lkpp.go.id/sirup/ro/rekap/satker/D297-41022'>lihat di SiRUP LKPP</a></li>"
        f"<li><a href='/wp-content/uploads/{N - 2}/05/SOP-Pelayanan-Informasi-Publik.pdf'>SOP Pelayanan Informasi Publik</a></li>"
        "</ul><h3>Dokumen Lainnya</h3>" + js_document_table(berkala_id),
        parent=ppid_id,
        pid=berkala_id,
    )
    b.label("pengadaan", P, "tautan RUP SiRUP")

    wp.page(
        "/ppid/informasi-serta-merta/",
        "Informasi Serta Merta",
        "<p>Informasi yang wajib diumumkan secara serta merta:</p><ul>"
        f"<li>{tgl(dt.date(N, 2, 6))}: Gangguan layanan internet dan aplikasi layanan publik akibat putusnya kabel serat optik</li>"
        f"<li>{tgl(dt.date(N, 5, 13))}: Waspada hoaks bantuan sosial mengatasnamakan Pemerintah Kabupaten</li></ul>",
        parent=ppid_id,
    )
    b.label("serta-merta", P)
    renstra = wp.upload(
        dt.date(N - 5, 7, 1),
        f"Renstra-Diskominfo-Staper-{N - 5}-{N - 1}.pdf",
        f"Rencana Strategis (Renstra) Diskominfo Staper Tahun {N - 5}-{N - 1}",
        lines=["Tujuan dan sasaran jangka menengah dinas"],
        in_media=False,
    )
    wp.page(
        "/ppid/informasi-setiap-saat/",
        "Informasi Setiap Saat",
        "<p>Informasi yang wajib tersedia setiap saat.</p><ul>"
        f"<li><a href='{renstra}'>Renstra Diskominfo Staper {N - 5}-{N - 1}</a></li>"
        "<li><a href='/ppid/daftar-informasi-publik/'>Daftar Informasi Publik</a></li></ul>",
        parent=ppid_id,
    )
    b.label("setiap-saat", P)
    b.label("renstra", S, "Renstra berakhir tahun N-1")
    dik = wp.upload(
        dt.date(N - 2, 4, 2),
        f"DIK-Diskominfo-{N - 2}.xlsx",
        f"Daftar Informasi yang Dikecualikan Diskominfo Staper Tahun {N - 2}",
        kind="xlsx",
        rows=[
            ["No", "Informasi", "Dasar Hukum", "Uji Konsekuensi"],
            [1, "Kunci kriptografi dan konfigurasi persandian", "Pasal 17 huruf c UU 14/2008", "Ya"],
            [2, "Data pribadi pegawai", "Pasal 17 huruf h UU 14/2008", "Ya"],
        ],
        in_media=False,
    )
    wp.page(
        "/ppid/informasi-dikecualikan/",
        "Informasi Dikecualikan",
        f"<p><a href='{dik}'>Daftar Informasi yang Dikecualikan Tahun {N - 2} (XLSX)</a></p>",
        parent=ppid_id,
    )
    b.label("dik", S, "DIK tahun N-2 (XLSX)")
    dip = wp.upload(
        dt.date(N - 1, 2, 12),
        f"DIP-Diskominfo-Staper-{N - 1}.pdf",
        f"Daftar Informasi Publik Diskominfo Staper Tahun {N - 1}",
        lines=["Ringkasan isi informasi, pejabat penguasa informasi, waktu dan tempat pembuatan"],
        in_media=False,
    )
    wp.page(
        "/ppid/daftar-informasi-publik/",
        "Daftar Informasi Publik",
        f"<p><a href='{dip}'>Daftar Informasi Publik (DIP) Tahun {N - 1}</a></p>",
        parent=ppid_id,
    )
    b.label("dip", S, "DIP tahun N-1", early=P)
    wp.page(
        "/ppid/regulasi/",
        "Regulasi",
        "<ul><li>UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik</li>"
        "<li>Perki Nomor 1 Tahun 2021</li></ul><p>Produk hukum daerah: "
        "<a href='https://jdih.contohkab.go.id/'>JDIH Kabupaten Contoh</a></p>",
        parent=ppid_id,
    )
    b.label("regulasi", P)
    wp.page(
        "/ppid/tata-cara-permohonan-informasi/",
        "Tata Cara Permohonan Informasi",
        "<ol><li>Isi formulir permohonan informasi.</li><li>Terima nomor registrasi.</li>"
        "<li>Tanggapan diberikan paling lambat 10 hari kerja.</li></ol>"
        "<p>Apabila tidak puas, pemohon dapat mengajukan keberatan kepada atasan PPID dan selanjutnya sengketa "
        "informasi ke Komisi Informasi.</p>",
        parent=ppid_id,
    )
    b.label("tata-cara-informasi", P)
    wp.page(
        "/ppid/maklumat-pelayanan/",
        "Maklumat Pelayanan",
        "<p><strong>Maklumat Pelayanan:</strong> Kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan.</p>"
        "<p>Jam layanan: Senin&ndash;Jumat 08.00&ndash;15.00 WITA. Biaya: gratis.</p>",
        parent=ppid_id,
    )
    b.label("maklumat", P)
    wp.page(
        "/ppid/permohonan-informasi/",
        "Permohonan Informasi",
        '<div class="wpcf7"><form action="/ppid/permohonan-informasi/#wpcf7-f88-o1" method="post" class="wpcf7-form">'
        '<p><label>Nama Lengkap<br><input type="text" name="nama-pemohon"></label></p>'
        '<p><label>Alamat E-mail<br><input type="email" name="email-pemohon"></label></p>'
        '<p><label>Nomor Telepon<br><input type="tel" name="telepon"></label></p>'
        '<p><label>Rincian Informasi yang Dibutuhkan<br><textarea name="rincian-informasi"></textarea></label></p>'
        '<p><label>Tujuan Penggunaan Informasi<br><textarea name="tujuan"></textarea></label></p>'
        '<p><input type="submit" value="Kirim Permohonan" class="wpcf7-submit"></p></form></div>',
        parent=ppid_id,
    )
    b.label("form-permohonan", P, "formulir Contact Form 7")
    b.label("form-keberatan", M)
    wp.page(
        "/pengaduan/",
        "Pengaduan",
        "<p>Sampaikan pengaduan atas penyalahgunaan wewenang atau pelayanan yang tidak sesuai melalui "
        "<a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a> atau SMS 1708. Pengaduan ditindaklanjuti paling "
        "lambat 5 hari kerja.</p>",
    )
    b.label("pengaduan", P)

    wp.post(
        dt.date(N, 1, 15),
        f"rencana-kerja-diskominfo-staper-tahun-{N}",
        f"Rencana Kerja Diskominfo Staper Tahun {N} Ditetapkan",
        f"<p>Rencana Kerja (Renja) tahun {N} memuat program aplikasi informatika dan informasi publik.</p>"
        f"<p><a href='{renja}'>Unduh Renja {N}</a></p>",
    )
    wp.post(
        dt.date(N, 6, 18),
        "pelatihan-admin-website-opd",
        "Diskominfo Latih Admin Website Perangkat Daerah",
        "<p>Sebanyak 60 admin website perangkat daerah mengikuti pelatihan pengelolaan konten.</p>",
    )
    wp.post(
        dt.date(N, 6, 3),
        "jaringan-internet-desa",
        "Perluasan Jaringan Internet ke 20 Desa",
        "<p>Diskominfo menambah titik akses internet di 20 desa terpencil.</p>",
    )
    wp.post(
        dt.date(N - 1, 11, 29),
        "monev-keterbukaan-informasi",
        "Kabupaten Contoh Ikuti Monev Keterbukaan Informasi",
        "<p>PPID Kabupaten Contoh mengikuti monitoring dan evaluasi Komisi Informasi Provinsi.</p>",
    )
    wp.finish(robots=True)
    return b.spec


def build_dlh(as_of: dt.date):
    N = as_of.year
    email = "dlh@contohkab.go.id"
    b = SiteBuilder(
        as_of,
        "dlh",
        "Dinas Lingkungan Hidup",
        "opd",
        "pemkab-contoh",
        email,
        "WordPress yang jarang diperbarui (dokumen lama, tautan rusak)",
    )
    menu = [
        ("Beranda", "/", []),
        (
            "Profil",
            "/profil/",
            [("Tugas dan Fungsi", "/profil/"), ("Struktur Organisasi", "/profil/struktur-organisasi/")],
        ),
        (
            "PPID",
            "/ppid/",
            [
                ("Profil PPID", "/ppid/"),
                ("Informasi Berkala", "/ppid/informasi-berkala/"),
                ("Informasi Serta Merta", "/ppid/informasi-serta-merta/"),
                ("Informasi Setiap Saat", "/ppid/informasi-setiap-saat/"),
                ("Informasi Dikecualikan", "/ppid/informasi-dikecualikan/"),
                ("Daftar Informasi Publik", "/ppid/daftar-informasi-publik/"),
                ("Formulir Permohonan Informasi", "/ppid/formulir-permohonan-informasi/"),
            ],
        ),
        ("Produk Hukum", "/produk-hukum/", []),
        ("Berita", f"/{N - 1}/08/", []),
    ]
    footer = (
        "<div class='footer-widgets'><h3>Dinas Lingkungan Hidup Kabupaten Contoh</h3>"
        "<p>Jl. Poros Sangatta&ndash;Bengalon Km 3, Contoh 75611</p></div>"
    )
    wp = WP(b, "Dinas Lingkungan Hidup Kabupaten Contoh", "Bersih, Hijau, Lestari", menu, "", footer)

    wp.page(
        "/profil/",
        "Tugas dan Fungsi",
        "<p>Alamat: Jl. Poros Sangatta&ndash;Bengalon Km 3.</p><p>Dinas Lingkungan Hidup melaksanakan urusan "
        "pemerintahan bidang lingkungan hidup: pengendalian pencemaran, pengelolaan sampah, dan pertamanan.</p>",
    )
    wp.page(
        "/profil/struktur-organisasi/",
        "Struktur Organisasi",
        "<img src='/wp-content/uploads/2019/05/struktur-dlh.jpg' alt='Struktur Organisasi DLH'>",
    )
    b.label("profil", P)
    b.label("ketenagakerjaan", M)
    b.label("peringatan-dini", M)
    b.broken("/produk-hukum/", "404")
    b.label("regulasi", B, "menu Produk Hukum menuju halaman 404")
    b.broken(f"/wp-content/uploads/{N - 3}/08/SK-PPID-Pelaksana-DLH.pdf", "empty")
    ppid_id = wp.page(
        "/ppid/",
        "Profil PPID",
        "<p>PPID Pelaksana Dinas Lingkungan Hidup.</p>"
        f"<p><a href='/wp-content/uploads/{N - 3}/08/SK-PPID-Pelaksana-DLH.pdf'>SK PPID Pelaksana DLH</a></p>"
        f"<p>Kontak PPID: telepon (0549) 210377, e-mail <a href='mailto:{email}'>{email}</a></p>",
        date=dt.date(N - 3, 8, 20),
    )
    b.label("sk-ppid", B, "SK PPID berupa berkas 0 byte")
    b.label("kontak-ppid", P)
    b.label("menu-ppid", P)
    b.label("sop-ppid", M)
    b.label("maklumat", M)
    b.label("form-keberatan", M)
    b.broken("/ppid/formulir-permohonan-informasi/", "404")
    b.label("form-permohonan", B, "menu Formulir Permohonan Informasi menuju 404")

    berkala_id = wp.new_id()
    lhkpn = wp.upload(
        dt.date(N - 2, 4, 3),
        f"LHKPN-Kadis-DLH-{N - 3}.pdf",
        f"Pengumuman LHKPN Kepala Dinas Lingkungan Hidup Tahun {N - 3}",
        lines=[f"Periode pelaporan 31 Desember {N - 3}"],
        parent=berkala_id,
    )
    b.label("lhkpn", S, "LHKPN tahun N-3")
    lkeu = wp.upload(
        dt.date(N - 2, 5, 10),
        f"Laporan-Keuangan-DLH-{N - 3}.pdf",
        f"Laporan Keuangan Dinas Lingkungan Hidup Tahun Anggaran {N - 3}",
        lines=["LRA", "Neraca", "CaLK"],
        parent=berkala_id,
    )
    b.label("laporan-keuangan", S, "laporan keuangan TA N-3")
    dpa = wp.upload(
        dt.date(N - 2, 1, 20),
        f"DPA-DLH-{N - 2}.pdf",
        f"DPA Dinas Lingkungan Hidup Tahun Anggaran {N - 2}",
        lines=["Belanja Operasi", "Belanja Modal"],
        parent=berkala_id,
    )
    b.label("anggaran", S, "DPA TA N-2")
    wp.upload(
        dt.date(N - 2, 3, 30),
        f"LKjIP-DLH-{N - 3}.pdf",
        f"Laporan Kinerja Instansi Pemerintah Dinas Lingkungan Hidup Tahun {N - 3}",
        lines=["Capaian indeks kualitas lingkungan hidup"],
        parent=berkala_id,
    )
    b.label("laporan-kinerja", S, "LKjIP N-3, hanya di media JSON")
    wp.upload(
        dt.date(N - 1, 3, 25),
        f"Laporan-Layanan-Informasi-DLH-{N - 2}.pdf",
        f"Laporan Layanan Informasi Publik Dinas Lingkungan Hidup Tahun {N - 2}",
        lines=[f"Jumlah permohonan informasi tahun {N - 2}: 12"],
        parent=berkala_id,
    )
    b.label("laporan-layanan-informasi", S, "laporan layanan N-2, hanya di media JSON", early=P)
    b.broken(f"/wp-content/uploads/{N}/02/RUP-DLH-{N}.pdf", "404")
    b.label("pengadaan", B, "tautan RUP menuju PDF 404")
    wp.page(
        "/ppid/informasi-berkala/",
        "Informasi Berkala",
        "<ul>"
        f"<li><a href='{lhkpn}'>LHKPN Kepala Dinas Tahun {N - 3}</a></li>"
        f"<li><a href='{lkeu}'>Laporan Keuangan Tahun Anggaran {N - 3}</a></li>"
        f"<li><a href='{dpa}'>DPA Tahun Anggaran {N - 2}</a></li>"
        f"<li><a href='/wp-content/uploads/{N}/02/RUP-DLH-{N}.pdf'>Rencana Umum Pengadaan (RUP) DLH Tahun {N}</a></li>"
        f"<li><a href='/{N - 2}/02/10/program-kegiatan-dlh-tahun-{N - 2}/'>Program dan Kegiatan Tahun {N - 2}</a></li>"
        "</ul><h3>Dokumen Lainnya</h3>" + js_document_table(berkala_id),
        parent=ppid_id,
        date=dt.date(N - 1, 3, 25),
        pid=berkala_id,
    )
    wp.post(
        dt.date(N - 2, 2, 10),
        f"program-kegiatan-dlh-tahun-{N - 2}",
        f"Program dan Kegiatan DLH Tahun {N - 2}",
        f"<p>Program dan kegiatan Dinas Lingkungan Hidup tahun {N - 2}: pengelolaan persampahan, "
        "pengendalian pencemaran, penghijauan ruang terbuka.</p>",
    )
    b.label("program-kegiatan", S, "program dan kegiatan tahun N-2")
    wp.page(
        "/ppid/informasi-serta-merta/",
        "Informasi Serta Merta",
        f"<ul><li>{tgl(dt.date(N - 1, 9, 14))}: Peringatan kualitas udara tidak sehat akibat kebakaran hutan dan lahan; "
        "warga diimbau mengenakan masker</li></ul>",
        parent=ppid_id,
        date=dt.date(N - 1, 9, 14),
    )
    b.label("serta-merta", P)
    b.broken("/ppid/informasi-setiap-saat/", "404")
    b.label("setiap-saat", B, "menu Informasi Setiap Saat menuju 404")
    dik = wp.upload(
        dt.date(N - 2, 3, 3),
        f"DIK-DLH-{N - 2}.docx",
        f"Daftar Informasi yang Dikecualikan Dinas Lingkungan Hidup Tahun {N - 2}",
        kind="docx",
        lines=["1. Dokumen lingkungan yang memuat rahasia dagang", "2. Data pribadi pelapor pencemaran"],
        in_media=False,
    )
    wp.page(
        "/ppid/informasi-dikecualikan/",
        "Informasi Dikecualikan",
        f"<p><a href='{dik}'>Daftar Informasi yang Dikecualikan Tahun {N - 2}</a></p>",
        parent=ppid_id,
        date=dt.date(N - 2, 3, 3),
    )
    b.label("dik", S, "DIK tahun N-2 (DOCX)")
    dip = wp.upload(
        dt.date(N - 2, 3, 3),
        f"DIP-DLH-{N - 2}.pdf",
        f"Daftar Informasi Publik Dinas Lingkungan Hidup Tahun {N - 2}",
        lines=["Ringkasan informasi publik DLH"],
        in_media=False,
    )
    renstra = wp.upload(
        dt.date(N - 6, 9, 1),
        f"Renstra-DLH-{N - 6}-{N - 1}.pdf",
        f"Rencana Strategis Dinas Lingkungan Hidup {N - 6}-{N - 1}",
        lines=["Tujuan dan sasaran"],
        in_media=False,
    )
    wp.page(
        "/ppid/daftar-informasi-publik/",
        "Daftar Informasi Publik",
        f"<p><a href='{dip}'>Daftar Informasi Publik Tahun {N - 2}</a></p>"
        f"<p><a href='{renstra}'>Renstra DLH {N - 6}-{N - 1}</a></p>",
        parent=ppid_id,
        date=dt.date(N - 2, 3, 3),
    )
    b.label("dip", S, "DIP tahun N-2")
    b.label("renstra", S, "Renstra berakhir N-1")
    wp.page(
        "/tata-cara-permohonan-informasi/",
        "Tata Cara Permohonan Informasi",
        "<p>Permohonan informasi dapat diajukan langsung ke kantor DLH atau melalui e-mail. Petugas menjawab "
        "paling lambat 10 hari kerja. Keberatan diajukan kepada atasan PPID.</p>",
        date=dt.date(N - 3, 8, 20),
    )
    b.label("tata-cara-informasi", P)
    wp.post(
        dt.date(N - 1, 8, 12),
        "layanan-pengaduan-lingkungan",
        "Layanan Pengaduan Lingkungan Hidup",
        "<p>Pengaduan pencemaran atau penyalahgunaan wewenang dapat disampaikan melalui "
        "<a href='https://www.lapor.go.id/'>SP4N-LAPOR!</a>: tulis laporan, lampirkan bukti, pantau tindak lanjutnya. "
        "Lihat juga <a href='/tata-cara-permohonan-informasi/'>tata cara permohonan informasi</a>.</p>",
    )
    b.label("pengaduan", P)
    wp.post(
        dt.date(N - 1, 8, 2),
        "aksi-bersih-sungai",
        "Aksi Bersih Sungai Bersama Warga",
        "<p>Ratusan warga membersihkan bantaran sungai dari sampah plastik.</p>",
    )
    wp.finish()
    return b.spec
