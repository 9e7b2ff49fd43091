"""The one generic spider: every body of the registry, crawled concurrently, each within its scope.

It records what it fetched and what the pages say; it judges nothing (that is checks/). Every fetch,
failed or not, becomes a row, because for a compliance tool an absence must be a finding or an error,
never silently dropped. Per body it keeps a page budget, a depth limit and a per-shape chain budget
(crawler/scope.py), and it discovers pages from links, robots.txt sitemaps, sitemap.xml, the WordPress
REST API and OpenSID's /index.php/ppid feed and background Informasi Publik list (crawler/opensid.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.internet.threads import deferToThread, deferToThreadPool

from crawler import appshell, ocr, opensid, render
from crawler.documents import extract_document
from crawler.extract import extract_html
from crawler.failures import classify
from crawler.progress import ProgressWriter
from crawler.slots import site_group
from crawler.scope import Scope, extension, looks_like_document, normalize_url, shape, skipped_media
from kipmon import vocab
from kipmon.dates import find_dates
from kipmon.registry import Body, load_registry, select
from kipmon.store import Store, StoreError, content_key, now_iso

# Link texts and URL words that point at PPID content: fetched first, so a tight budget is spent well.
PRIORITY_WORDS = re.compile(
    r"ppid|informasi|publik|berkala|serta.?merta|setiap.?saat|dikecualikan|\bdip\b|\bdik\b|laporan|"
    r"lakip|lkjip|sakip|renstra|rpjm|renja|rkpd|apbd|dpa|rka|anggaran|keuangan|lhkpn|profil|"
    r"struktur|tupoksi|visi|sop|maklumat|standar|layanan|permohonan|keberatan|pengaduan|lapor|"
    r"pengadaan|regulasi|peraturan|produk.?hukum|jdih|kepegawaian|evakuasi|darurat|kontak|dokumen|unduh|download",
    re.I,
)
HTML_TYPES = ("text/html", "application/xhtml")
OPENSID_PATHS = re.compile(r"/index\.php/(first|artikel|informasi[_-]publik|peraturan[_-]desa|pembangunan|"
                           r"data[_-]wilayah|status[_-]idm|lapak|pengaduan|galeri|arsip)\b")
# Images worth reading (infographics of a budget, a service standard, a notice): by their alt text or file name
INFOGRAPHIC_WORDS = re.compile(
    r"infografi|infographic|apb\s?des|apb\s?desa|apbd|anggaran|realisasi|baliho|transparansi|rkp|rpjm|perdes|"
    r"maklumat|standar.?pelayanan|\bsop\b|alur|jadwal|struktur|\bdip\b|informasi.?publik|laporan|pengumuman|"
    r"ppid|keuangan|dana.?desa|belanja|pendapatan", re.I)
# A page about the budget or a service standard: its unnamed images ("IMG-20250114-WA0007.png") are its infographics
INFOGRAPHIC_PAGE = re.compile(r"infografi|apb\s?des|anggaran|realisasi|transparansi|dana.?desa|maklumat|"
                              r"standar.?pelayanan|alur", re.I)
# Site furniture, never a document
NOT_INFOGRAPHIC = re.compile(r"logo|icon|favicon|avatar|sprite|loader|spinner|placeholder|thumb|emoji|flag|bendera", re.I)
HANDLED_ERRORS = list(range(400, 600))  # let the spider see every error page (redirects still followed)


@dataclass
class BodyState:
    """What the spider knows about one body during this crawl."""

    body: Body
    scope: Scope
    seen: set = field(default_factory=set)
    scheduled: int = 0
    over_budget: int = 0
    chain_cut: int = 0  # links not followed because they continued a same-shape chain
    start_pending: int = 0
    start_outcomes: list = field(default_factory=list)  # (reason or None, detail)
    pages: int = 0
    documents: int = 0
    errors: int = 0
    bytes: int = 0
    cached: int = 0
    discovered: set = field(default_factory=set)  # 'robots', 'wp', 'opensid'
    images: int = 0  # infographic images scheduled for OCR
    rendered: int = 0  # app-shell pages sent to the browser
    in_flight: int = 0  # requests made and not yet answered (progress: the body is done at 0)
    started_at: str = field(default_factory=now_iso)

    def crawl_status(self) -> tuple[str, str | None, str | None]:
        """ok when every start URL answered; else unreachable with the first failing start URL's reason.

        A body registered with its own site and a page on the portal whose own site is down tonight
        must not be judged from the portal page alone: items on the missing site would come out
        `missing` for one night and `present` the next."""
        if not self.body.urls:
            return vocab.CRAWL_UNREACHABLE, "no-url", vocab.UNREACHABLE_REASONS["no-url"]
        failed = [(reason, detail) for reason, detail in self.start_outcomes if reason is not None]
        if failed:
            return vocab.CRAWL_UNREACHABLE, *failed[0]
        if len(self.start_outcomes) < len(self.body.urls):  # stopped (time limit) before every start URL answered
            return vocab.CRAWL_UNREACHABLE, "timeout", "perayapan dihentikan sebelum halaman awal menjawab"
        return vocab.CRAWL_OK, None, None


class BodiesSpider(scrapy.Spider):
    name = "bodies"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.states: dict[str, BodyState] = {}
        self.registry_hosts: set[str] = set()
        self.slot_groups: set[str] = set()
        self.known_store: Store | None = None  # read-only use: contents already extracted
        self.reused = 0

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        job = None
        if kwargs.get("job"):  # started with only `-a` arguments (a job daemon): the job file has the rest
            from crawler.job import load_job

            job = load_job(kwargs["job"], kwargs.get("job_sha256"))
            # below the command line's -s (a node's own HTTPCACHE_DIR), above the project defaults
            s.setdict({**job.settings, "KIPMON_RUN_ID": job.run_id}, priority="spider")
            if s.getbool("KIPMON_RENDER_MIDDLEWARE"):  # app shells go to chromium, as crawler/run.py sets it up
                s.set("DOWNLOADER_MIDDLEWARES", {**s.getdict("DOWNLOADER_MIDDLEWARES"),
                                                 "crawler.render_handler.RenderMiddleware": 950}, priority="spider")
        spider.job = job
        spider.run_id = s.getint("KIPMON_RUN_ID")
        spider.page_budget = s.getint("KIPMON_PAGE_BUDGET", 300)
        spider.depth_limit = s.getint("KIPMON_DEPTH_LIMIT", 4)
        spider.chain_budget = s.getint("KIPMON_TEMPLATE_BUDGET", 12)
        spider.text_chars = s.getint("KIPMON_TEXT_CHARS", 20000)
        spider.pdf_pages = s.getint("KIPMON_PDF_PAGES", 5)
        spider.ocr_cfg = {**s.getdict("KIPMON_OCR"), "text_chars": spider.text_chars}
        spider.ocr_on = bool(spider.ocr_cfg.get("on"))
        spider.ocr_budget = ocr.Budget(float(spider.ocr_cfg.get("seconds_per_night", 1800)))
        spider.ocr_pool = None  # started at the first scan: OCR runs in its own few threads
        spider.ocr_counts = {}
        spider.render_cfg = s.getdict("KIPMON_RENDER")
        spider.render_on = bool(spider.render_cfg.get("on"))
        spider.render_budget = ocr.Budget(float(spider.render_cfg.get("seconds_per_night", 600)))
        spider.render_counts = {}  # rendered, failed, over-budget, off
        if job is not None:
            registry, chosen = job.registry, set(job.bodies)
        else:
            registry = load_registry(s.get("KIPMON_REGISTRY"))
            chosen = {b.id for b in select(registry, s.get("KIPMON_ONLY") or None)}
        if s.get("KIPMON_DB"):
            try:
                spider.known_store = Store(s.get("KIPMON_DB"), create=False)
            except StoreError:
                spider.known_store = None  # the pipeline reports an unusable database
        # Scopes, registry hosts and the bodies nested in another's site come from the whole registry; a
        # selection (--only, a rotation share) only decides which bodies are crawled, so a body's findings
        # do not depend on which others were crawled with it.
        scopes = {body.id: Scope(body.urls) for body in registry}
        for body_id, scope in scopes.items():
            spider.registry_hosts |= scope.hosts
            for other_id, other in scopes.items():
                if other_id != body_id:
                    scope.exclude_nested(other)
        spider.states = {b.id: BodyState(b, scopes[b.id]) for b in registry if b.id in chosen}
        spider.slot_groups = set(s.getdict("DOWNLOAD_SLOTS"))  # hosts of these groups share one slot
        spider.progress = ProgressWriter(s.getint("KIPMON_PROGRESS_FD", -1))
        spider.drained = False  # set when Scrapy found nothing left to do: every body is then done
        crawler.signals.connect(spider._drained, signal=scrapy.signals.spider_idle)
        return spider

    def _drained(self) -> None:
        self.drained = True

    def finished(self, st: BodyState) -> bool:
        """Whether nothing of `st` is left to fetch: its last request answered, or the whole crawl
        ran dry. A crawl stopped early (time limit, cancel) leaves such bodies unfinished."""
        return (st.in_flight <= 0 and st.start_pending <= 0) or self.drained

    # ------------------------------------------------------------------ scheduling

    async def start(self):
        self.progress.started(len(self.states))
        for st in self.states.values():
            if not st.body.urls:
                self.progress.body_done(st, self.states.values())  # nothing to fetch: done at once
            for url in st.body.urls:
                st.start_pending += 1
                req = self._request(st, url, source="start", depth=0, referer=None, link_text="",
                                    in_scope=True, start=True, force=True)
                if req is not None:
                    yield req

    def _request(self, st: BodyState, url: str, *, source: str, depth: int, referer: str | None,
                 link_text: str, in_scope: bool, role: str = "page", start: bool = False,
                 force: bool = False, priority: int | None = None, shape_run: int = 0) -> scrapy.Request | None:
        norm = normalize_url(url)
        if norm is None or norm in st.seen:
            return None
        if not force and st.scheduled >= self.page_budget:
            st.over_budget += 1
            return None
        st.seen.add(norm)
        st.scheduled += 1
        st.in_flight += 1
        group = site_group(urlsplit(norm).hostname or "")
        if priority is None:
            priority = 0
            if looks_like_document(norm):
                priority += 10
            if PRIORITY_WORDS.search(link_text) or PRIORITY_WORDS.search(urlsplit(norm).path):
                priority += 20
            priority -= depth
        return scrapy.Request(
            norm,
            callback=self.parse,
            errback=self.on_error,
            dont_filter=True,  # de-duplication is per body (st.seen): two bodies may share a page
            priority=priority,
            meta={
                "body_id": st.body.id, "source": source, "depth": depth, "referer": referer,
                "link_text": link_text[:300], "in_scope": in_scope, "role": role, "is_start": start, "shape_run": shape_run,
                "handle_httpstatus_list": HANDLED_ERRORS,
                # one server's shared slot keeps its own fixed pace (AutoThrottle would slow it to the
                # per-host delay, one request per 0.25 s for every site of the regency together)
                **({"download_slot": group, "autothrottle_dont_adjust_delay": True}
                   if group in self.slot_groups else {}),
            },
        )

    def _follow(self, st: BodyState, response, links: list, depth: int) -> list[scrapy.Request]:
        """Requests for the links of an in-scope page: in scope followed, one hop outside fetched once."""
        out = []
        here = shape(response.url)
        run = response.meta.get("shape_run", 0)
        for text, url in links:
            if url.startswith(("mailto:", "tel:")):
                continue
            norm = normalize_url(url)
            if norm is None or skipped_media(norm) or norm in st.seen:
                continue
            if st.scope.contains(norm):
                is_doc = looks_like_document(norm)
                if depth + 1 > self.depth_limit and not is_doc:
                    continue
                # a chain of pages of one shape, each found on the previous one (next month, next
                # page), is a trap past a few links; pages of one shape found side by side are not
                same = not is_doc and shape(norm) == here
                if same and run + 1 > self.chain_budget:
                    st.chain_cut += 1
                    continue
                req = self._request(st, norm, source="link", depth=depth + 1, referer=response.url,
                                    link_text=text, in_scope=True, role="doc" if is_doc else "page",
                                    shape_run=run + 1 if same else 0)
            else:
                host = urlsplit(norm).netloc.lower().removeprefix("www.")
                if not (looks_like_document(norm) or host in self.registry_hosts):
                    continue  # external channels (lapor.go.id, ...) are kept as links, not fetched
                req = self._request(st, norm, source="link", depth=depth + 1, referer=response.url,
                                    link_text=text, in_scope=False,
                                    role="doc" if looks_like_document(norm) else "page")
            if req is not None:
                out.append(req)
        return out

    def _discovery(self, st: BodyState, response, content: dict) -> list[scrapy.Request]:
        """Once per body: robots.txt sitemaps, sitemap.xml, and the WordPress / OpenSID feeds."""
        out = []
        root = st.scope.site_root(response.url)
        prefix = st.scope.prefix_root(response.url)
        if "robots" not in st.discovered:
            st.discovered.add("robots")
            for url, role in ((root + "robots.txt", "robots"), (prefix + "sitemap.xml", "sitemap"),
                              (prefix + "wp-sitemap.xml", "sitemap")):
                out.append(self._request(st, url, source="sitemap", depth=1, referer=response.url,
                                         link_text="", in_scope=True, role=role, priority=5))
        links = [u for _, u in content.get("links", [])]
        is_wp = content["meta"].get("wp_api") or any("/wp-content/" in u for u in links)
        if is_wp and "wp" not in st.discovered:
            st.discovered.add("wp")
            api = content["meta"].get("wp_api") or prefix + "wp-json/"
            for kind in ("media", "pages", "posts"):
                out.append(self._request(st, urljoin(api, f"wp/v2/{kind}?per_page=100"), source="wp-api",
                                         depth=1, referer=response.url, link_text="",
                                         in_scope=True, role=f"feed:wp-{kind}", priority=15))
        # OpenSID's own paths; a bare /index.php/ is not enough (Joomla and CodeIgniter use it too)
        is_opensid = "opensid" in content["meta"].get("generator", "").lower() or any(
            OPENSID_PATHS.search(u) and st.scope.contains(u) for u in links)
        if is_opensid and "opensid" not in st.discovered:
            st.discovered.add("opensid")
            out.append(self._request(st, prefix + "index.php/ppid", source="opensid", depth=1,
                                     referer=response.url, link_text="", in_scope=True,
                                     role="feed:opensid", priority=15))
        return [r for r in out if r is not None]

    def _images(self, st: BodyState, response, content: dict) -> list[scrapy.Request]:
        """Infographics on the body's own pages, by their alt text or file name, up to images_per_body."""
        out = []
        cap = int(self.ocr_cfg.get("images_per_body", 12))
        for alt, url in (content.get("meta") or {}).get("images") or []:
            if st.images >= cap:
                break
            norm = normalize_url(url)
            if norm is None or norm in st.seen or not st.scope.contains(norm):
                continue
            name = f"{alt} {unquote(urlsplit(norm).path)}"
            if NOT_INFOGRAPHIC.search(name):
                continue
            # named by its alt text or file name, or shown on a page about the budget ("Transparansi Dana Desa")
            if not (INFOGRAPHIC_WORDS.search(name) or INFOGRAPHIC_PAGE.search(content.get("title") or "")):
                continue
            req = self._request(st, norm, source="image", depth=response.meta["depth"] + 1, referer=response.url,
                                link_text=alt or "", in_scope=True, role="image", force=True, priority=0)
            if req is not None:
                st.images += 1
                out.append(req)
        return out

    async def _ocr(self, content: dict, data: bytes, kind: str) -> dict:
        """Read a scan or an image in the OCR threads (at most [ocr] concurrency at once)."""
        if self.ocr_pool is None:
            from twisted.internet import reactor
            from twisted.python.threadpool import ThreadPool

            self.ocr_pool = ThreadPool(minthreads=0, maxthreads=max(1, int(self.ocr_cfg.get("concurrency", 1))),
                                       name="kipmon-ocr")
            self.ocr_pool.start()
            reactor.addSystemEventTrigger("during", "shutdown", self.ocr_pool.stop)
        from twisted.internet import reactor

        content = await maybe_deferred_to_future(deferToThreadPool(
            reactor, self.ocr_pool, ocr.read_scan, content, data, kind=kind, cfg=self.ocr_cfg, budget=self.ocr_budget))
        state = content["meta"].get("ocr", "failed")
        self.ocr_counts[state] = self.ocr_counts.get(state, 0) + 1
        return content
    def _answered(self, st: BodyState) -> list[dict]:
        """One request of `st` was answered (called after its callback made every follow-up request).
        Returns what to yield after the fetch: a `body_done` marker when that was the body's last one
        (the feed pipeline writes the body's crawl result then; the store pipeline ignores it)."""
        st.in_flight -= 1
        if st.in_flight <= 0 and st.start_pending <= 0:
            self.progress.body_done(st, self.states.values())
            return [{"body_done": st.body.id}]
        self.progress.fetched(self.states.values())
        return []

    def closed(self, reason):
        for st in self.states.values():  # stopped early, or a request that never came back
            self.progress.body_done(st, self.states.values())
        self.progress.close(self.states.values())
        if self.known_store is not None:
            self.known_store.close()
        for state, n in self.ocr_counts.items():
            self.crawler.stats.set_value(f"kipmon/ocr_{state}", n)
        self.crawler.stats.set_value("kipmon/ocr_seconds_left", round(self.ocr_budget.take(), 1))
        self.crawler.stats.set_value("kipmon/reused_extractions", self.reused)
        for state, n in self.render_counts.items():
            self.crawler.stats.set_value(f"kipmon/render_{state}", n)
        self.crawler.stats.set_value("kipmon/render_seconds_left", round(self.render_budget.take(), 1))

    def _known(self, digest: str, *, html_url: str | None = None) -> dict | None:
        """The stored extraction of these exact bytes, when it can stand for a new one: documents
        always (their text does not depend on where they were found); HTML only when extracted from
        this same URL, because relative links resolve against it. A primary-key read, so cheap enough
        for a callback."""
        if self.known_store is None:
            return None
        try:
            row = self.known_store.known_content(digest)
        except Exception:  # noqa: BLE001 - a failed shortcut only means extracting again
            return None
        if row is None:
            return None
        if html_url is not None:
            if row["kind"] != "html" or row["meta"].get("extracted_from") != html_url:
                return None
        elif row["kind"] in ("html", "robots", "sitemap", "json"):
            return None
        elif self.ocr_on and (row["meta"].get("ocr") == "deferred" or (ocr.is_scan(row) and "ocr" not in row["meta"])):
            return None  # a scan not read yet (last night's OCR budget was spent, or OCR was off): read it now
        self.reused += 1
        return row

    # ------------------------------------------------------------------ callbacks

    def _row(self, response_or_request, st: BodyState, **extra) -> dict:
        request = getattr(response_or_request, "request", None) or response_or_request
        meta = request.meta
        return {
            "run_id": self.run_id, "body_id": st.body.id, "url": request.url, "final_url": None,
            "status": None, "content_type": None, "fetched_at": now_iso(), "last_modified": None,
            "etag": None, "content_hash": None, "size": None, "error": None, "error_detail": None,
            "referer": meta.get("referer"), "link_text": meta.get("link_text"), "depth": meta.get("depth"),
            "source": meta.get("source"), "in_scope": int(bool(meta.get("in_scope"))), "from_cache": 0,
            "filename": None, **extra,
        }

    def _start_outcome(self, st: BodyState, meta: dict, reason: str | None, detail: str | None) -> None:
        if meta.get("is_start"):
            st.start_pending -= 1
            st.start_outcomes.append((reason, detail))

    async def parse(self, response):
        meta = response.meta
        st = self.states[meta["body_id"]]
        status = response.status
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        body = response.body
        cached = "cached" in response.flags
        st.bytes += len(body)
        st.cached += int(cached)
        row = self._row(response, st, final_url=response.url, status=status, content_type=ctype or None,
                        last_modified=_header(response, "Last-Modified"), etag=_header(response, "ETag"),
                        size=len(body), from_cache=int(cached))

        if meta.get("is_start"):
            if status >= 500:
                self._start_outcome(st, meta, "http-5xx", f"HTTP {status} pada halaman awal")
            elif status in (401, 403, 429):
                self._start_outcome(st, meta, "http-4xx", f"HTTP {status}: akses ditolak")
            elif status >= 400:
                self._start_outcome(st, meta, "http-4xx", f"HTTP {status} pada halaman awal")
            else:
                self._start_outcome(st, meta, None, None)
                if urlsplit(response.url).netloc != urlsplit(response.request.url).netloc:
                    st.scope.add_root(response.url)  # the start URL redirected to another host

        if meta.get("render_plain") is not None:
            self.render_budget.spend(float(meta.get("download_latency") or 0))
            if status >= 400:
                for out in self._render_fallback(meta, f"HTTP {status}"):
                    yield out
                return
        if meta.get("alias_of"):
            # the index.php/ form of a failed OpenSID link: its answer is the answer of the link itself,
            # as if the server had redirected there (checks alias final_url to the same target)
            row["url"] = meta["alias_of"]
        if status >= 400:
            retry = self._index_php_retry(st, response)
            if retry is not None:
                yield retry
                return
            st.errors += meta.get("role") in ("page", "doc")  # probes for sitemaps and feeds may 404
            row.update(error="http-error", error_detail=f"HTTP {status}")
            after = self._answered(st)
            yield {"fetch": row, "content": None}
            for marker in after:
                yield marker
            return

        role = meta.get("role", "page")
        content = None
        is_html = isinstance(response, TextResponse) and (
            any(t in ctype.lower() for t in HTML_TYPES) or (not ctype and body[:200].lstrip()[:1] == b"<"))
        if role.startswith(("feed:", "sitemap")) and is_html and not (
                role.startswith("feed:") and opensid.looks_like_json(body)):
            role = "page"  # a probe URL that is an ordinary page on this site (Joomla's /index.php/ppid)
        digest = content_key(body, response.url, url_bound=is_html or role in ("robots", "sitemap")
                             or role.startswith("feed:"))
        row["content_hash"] = digest

        if role == "robots":
            if status == 200 and isinstance(response, TextResponse):
                for url in list(sitemap_urls_from_robots(response.body, base_url=response.url))[:10]:
                    req = self._request(st, url, source="sitemap", depth=1, referer=response.url,
                                        link_text="", in_scope=True, role="sitemap", priority=5)
                    if req is not None:
                        yield req
            content = {"hash": digest, "kind": "robots", "text": response.text[:5000] if isinstance(response, TextResponse) else ""}
        elif role == "sitemap" and not is_html:
            entries = []
            try:
                sitemap = Sitemap(body)
                entries = [e for e in sitemap][:5000]
            except Exception as exc:  # noqa: BLE001 - a malformed sitemap is a row with an error
                row.update(error="unreadable", error_detail=f"sitemap: {type(exc).__name__}")
                sitemap = None
            for entry in entries:
                loc = entry.get("loc")
                if not loc:
                    continue
                if sitemap is not None and sitemap.type == "sitemapindex":
                    req = self._request(st, loc, source="sitemap", depth=1, referer=response.url,
                                        link_text="", in_scope=True, role="sitemap", priority=5)
                elif st.scope.contains(loc) and not skipped_media(loc):
                    req = self._request(st, loc, source="sitemap", depth=1, referer=response.url,
                                        link_text="", in_scope=True,
                                        role="doc" if looks_like_document(loc) else "page", priority=-5)
                else:
                    req = None
                if req is not None:
                    yield req
            content = {"hash": digest, "kind": "sitemap", "meta": {"entries": len(entries)}}
        elif role.startswith("feed:"):
            content = self._feed(st, response, role, digest)
            if content.get("meta", {}).get("error"):
                row.update(error="unreadable", error_detail=content["meta"]["error"])
            for entry in content.get("meta", {}).get("entries", []):
                url = entry.get("url")
                if url and (st.scope.contains(url) or looks_like_document(url)):
                    req = self._request(st, url, source=meta["source"], depth=2, referer=response.url,
                                        link_text=entry.get("title") or "", in_scope=st.scope.contains(url),
                                        role="doc" if looks_like_document(url) else "page")
                    if req is not None:
                        yield req
            if role == "feed:opensid-list" and not content["meta"].get("error"):
                req = self._next_list_page(st, response, content["meta"])
                if req is not None:
                    yield req
        elif is_html:
            shell = self._shell(st, response, row, digest)
            if isinstance(shell, scrapy.Request):
                yield shell  # its answer (or its failure) stands for this fetch
                return
            content, reqs = self._html(st, response, digest)
            if shell:
                content["meta"]["app_shell"] = shell
            if meta.get("render_plain") is not None:
                content["meta"]["rendered"] = True
                content["meta"]["render_seconds"] = round(float(meta.get("download_latency") or 0), 2)
                self._count_render("rendered")
            for req in reqs:
                yield req
        elif role == "image":
            known = self._known(digest)
            if known is not None:
                content = known
            else:
                content = await self._ocr({"kind": "image", "title": "", "text": "", "meta": {}}, body, "image")
                content["hash"] = digest
                content["dates"] = []
        else:
            st.documents += 1
            filename = _disposition_filename(response)
            known = self._known(digest)
            if known is not None:
                content = known
            else:
                content = await maybe_deferred_to_future(deferToThread(
                    extract_document, body, ctype, extension(response.url) or extension("/" + (filename or "")),
                    pdf_pages=self.pdf_pages, text_chars=self.text_chars))
                if self.ocr_on and ocr.is_scan(content):
                    content = await self._ocr(content, body, "pdf")
                    content["dates"] = find_dates(content.get("title", "") + " " + content.get("text", ""))
            content["hash"] = digest
            if filename:
                row["filename"] = filename  # this URL's name for the file; the same bytes may have others
            if not body:
                row.update(error="empty", error_detail="berkas kosong (0 byte)")
            elif content["meta"].get("error"):
                row.update(error="unreadable", error_detail=content["meta"]["error"])
        if content is not None and "extracted_at" in content:
            content = None  # reused from the store: already there, nothing to write again
        after = self._answered(st)
        yield {"fetch": row, "content": content}
        for marker in after:
            yield marker

    def _html(self, st: BodyState, response, digest: str) -> tuple[dict, list]:
        """An HTML page's extraction and the requests it leads to."""
        meta = response.meta
        st.pages += 1
        known = self._known(digest, html_url=response.url)
        if known is not None:
            content = known
        else:
            content = extract_html(response.text, response.url, text_chars=self.text_chars)
            content["hash"] = digest
            content["meta"]["encoding"] = response.encoding
            content["meta"]["extracted_from"] = response.url
        reqs = []
        if meta.get("in_scope"):
            reqs = self._discovery(st, response, content) + self._follow(st, response, content["links"], meta["depth"])
            req = self._background_list(st, response)
            if req is not None:
                reqs.append(req)
            if self.ocr_on:
                reqs += self._images(st, response, content)
        return content, reqs

    # ------------------------------------------------------------------ app shells (crawler/render.py)

    def _shell(self, st: BodyState, response, row: dict, digest: str):
        """For an in-scope app shell fetched plainly: its rendered request, or why it is read as fetched
        ("off", "over-budget") so the store says the page was not seen as its visitors see it. None
        for an ordinary page (or an already rendered one)."""
        meta = response.meta
        if meta.get("render_plain") is not None or not meta.get("in_scope") or meta.get("role") != "page":
            return None
        is_shell, why = appshell.looks_like_shell(response.body)
        if not is_shell:
            return None
        if not self.render_on:
            self._count_render("off")
            return "off"
        if st.rendered >= int(self.render_cfg.get("pages_per_body", 5)) or self.render_budget.take() <= 0:
            self._count_render("over-budget")
            return "over-budget"
        st.rendered += 1
        keep = ("body_id", "source", "depth", "referer", "link_text", "in_scope", "role", "shape_run",
                "handle_httpstatus_list", "download_slot", "autothrottle_dont_adjust_delay")
        return scrapy.Request(
            response.url, callback=self.parse, errback=self.on_render_error, dont_filter=True,
            priority=response.request.priority,
            meta={**{k: meta[k] for k in keep if k in meta},
                  "playwright": True, "playwright_page_methods": render.page_methods(self.render_cfg),
                  "dont_cache": True,  # the plain page is what the cache keeps; the DOM is built anew
                  "render_plain": {"response": response, "row": row, "digest": digest, "why": why}})

    def _count_render(self, state: str) -> None:
        self.render_counts[state] = self.render_counts.get(state, 0) + 1

    def _render_fallback(self, meta: dict, detail: str):
        """The browser failed on a shell: the plain fetch stands, marked as not rendered."""
        plain = meta["render_plain"]
        st = self.states[meta["body_id"]]
        self._count_render("failed")
        content, reqs = self._html(st, plain["response"], plain["digest"])
        content["meta"]["app_shell"] = f"render gagal: {detail}"[:200]
        yield from reqs
        after = self._answered(st)
        yield {"fetch": plain["row"], "content": None if "extracted_at" in content else content}
        yield from after  # the body's result for the feed, when this was its last request

    def on_render_error(self, failure):
        _, detail = classify(failure)
        self.render_budget.spend(float(self.render_cfg.get("seconds_per_page", 20)))
        yield from self._render_fallback(failure.request.meta, detail or type(failure.value).__name__)

    def _feed(self, st: BodyState, response, role: str, digest: str) -> dict:
        """Normalise a WordPress REST or OpenSID JSON list into entries {title, url, year, date, category}."""
        feed = role.split(":", 1)[1]
        if feed == "opensid-list":
            entries, total, error = opensid.parse_list(response.body, response.url)
            meta = {"feed": "opensid", "via": "informasi-publik", "entries": entries, "total": total}
            if error:
                meta["error"] = error
            text = " | ".join(f"{e['title']} {e['year'] or ''}".strip() for e in entries)[: self.text_chars]
            return {"hash": digest, "kind": "json", "title": "feed opensid informasi-publik", "text": text,
                    "links": [[e["title"], e["url"]] for e in entries], "meta": meta}
        try:
            data = json.loads(response.body.decode(response.encoding if isinstance(response, TextResponse) else "utf-8", "replace"))
        except (ValueError, UnicodeDecodeError) as exc:
            return {"hash": digest, "kind": "json", "meta": {"feed": feed, "entries": [], "error": f"JSON tidak terbaca: {exc}"[:200]}}
        entries = []
        hidden = 0
        if feed == "opensid":
            items = ((data or {}).get("data") or {}).get("ppid") if isinstance(data, dict) else None
            for it in items or []:
                if not isinstance(it, dict):
                    continue
                if not opensid.visible(it):
                    hidden += 1  # withdrawn by the desa: not offered to visitors, so neither evidence nor broken
                    continue
                entries.append({
                    "title": str(it.get("nama") or "")[:300], "url": _abs(response.url, it.get("dokumen")),
                    "year": _int(it.get("tahun")), "date": str(it.get("tgl_upload") or "")[:40] or None,
                    "category": {"1": "berkala", "2": "serta-merta", "3": "setiap-saat", "4": "dikecualikan"}.get(
                        str(it.get("kategori")), str(it.get("kategori") or "")),
                })
        elif isinstance(data, list):
            for it in data:
                if not isinstance(it, dict):
                    continue
                title = it.get("title")
                title = title.get("rendered") if isinstance(title, dict) else title
                url = it.get("source_url") if feed == "wp-media" else it.get("link")
                entries.append({
                    "title": re.sub(r"<[^>]+>", "", str(title or ""))[:300], "url": _abs(response.url, url),
                    "year": _int(str(it.get("date") or "")[:4]), "date": str(it.get("date") or "")[:40] or None,
                    "category": it.get("mime_type") or it.get("type"),
                })
        entries = entries[:2000]
        text = " | ".join(f"{e['title']} {e['year'] or ''}".strip() for e in entries)[: self.text_chars]
        return {"hash": digest, "kind": "json", "title": f"feed {feed}", "text": text,
                "links": [[e["title"], e["url"]] for e in entries if e["url"]],
                "meta": {"feed": feed, "entries": entries, **({"hidden": hidden} if hidden else {})}}

    # ------------------------------------------------------------------ OpenSID as it runs

    def _index_php_retry(self, st: BodyState, response) -> scrapy.Request | None:
        """The `index.php/` form of a failed link on an OpenSID site whose server does not rewrite URLs
        (the feed's links lack it; the site's own links carry it), or None."""
        meta = response.meta
        if "opensid" not in st.discovered or meta.get("alias_of") or meta.get("is_start") \
                or meta.get("role") not in ("page", "doc"):
            return None
        alt = opensid.index_php_form(response.request.url, st.scope.prefix_root(response.request.url))
        if alt is None:
            return None
        # not marked as seen: whether the site's own link to `alt` is also fetched must not depend on which
        # answer came first, or two crawls of an unchanged site would differ
        keep = ("body_id", "source", "depth", "referer", "link_text", "in_scope", "role", "shape_run",
                "handle_httpstatus_list", "download_slot", "autothrottle_dont_adjust_delay")
        return scrapy.Request(alt, callback=self.parse, errback=self.on_error, dont_filter=True,
                              priority=response.request.priority,
                              meta={**{k: meta[k] for k in keep if k in meta}, "alias_of": response.request.url})

    def _background_list(self, st: BodyState, response) -> scrapy.FormRequest | None:
        """The first POST of an OpenSID page's background Informasi Publik list, once per body."""
        if "opensid" not in st.discovered or "opensid-list" in st.discovered:
            return None
        url = opensid.background_list(response.text, response.url)
        if url is None or not st.scope.contains(url):
            return None
        st.discovered.add("opensid-list")
        cookies = [h.decode("latin-1") for h in response.headers.getlist("Set-Cookie")]
        return self._list_request(st, url, 0, opensid.csrf_token(response.text, cookies), response.url)

    def _list_request(self, st: BodyState, url: str, page: int, csrf, referer: str) -> scrapy.FormRequest:
        st.scheduled += 1
        start = page * opensid.PAGE_ROWS
        headers = {"X-Requested-With": "XMLHttpRequest", "Referer": referer}
        if csrf:
            headers["Cookie"] = f"{csrf[0]}={csrf[1]}"  # the browser sends the cookie the token came in
        st.in_flight += 1  # answered in parse like any request, so progress waits for the list too
        return scrapy.FormRequest(
            url + (f"#start={start}" if page else ""),  # one stored row per page; the fragment is not sent
            formdata=opensid.list_form(start, page + 1, csrf), headers=headers, callback=self.parse,
            errback=self.on_error, dont_filter=True, priority=15,
            meta={"body_id": st.body.id, "source": "opensid", "depth": 1, "referer": referer, "link_text": "",
                  "in_scope": True, "role": "feed:opensid-list", "is_start": False, "shape_run": 0,
                  "handle_httpstatus_list": HANDLED_ERRORS, "dont_cache": True,  # a POST with a token
                  "list_page": page, "list_url": url, "csrf": csrf})

    def _next_list_page(self, st: BodyState, response, meta: dict) -> scrapy.FormRequest | None:
        page = response.meta.get("list_page", 0) + 1
        total = meta.get("total")
        if total is None or page * opensid.PAGE_ROWS >= total or page >= opensid.MAX_PAGES:
            return None
        csrf = response.meta.get("csrf")
        if csrf:  # CodeIgniter may hand out a new token with each answer
            cookies = [h.decode("latin-1") for h in response.headers.getlist("Set-Cookie")]
            fresh = opensid.csrf_token("", cookies) if cookies else None
            if fresh and fresh[0] == csrf[0]:
                csrf = fresh
        return self._list_request(st, response.meta["list_url"], page, csrf, response.meta["referer"])

    def on_error(self, failure):
        request = failure.request
        meta = request.meta
        st = self.states[meta["body_id"]]
        reason, detail = classify(failure)
        st.errors += meta.get("role") in ("page", "doc")
        self._start_outcome(st, meta, reason if reason in vocab.UNREACHABLE_REASONS else "error", detail)
        after = self._answered(st)
        row = self._row(request, st, error=reason, error_detail=detail)
        if meta.get("alias_of"):
            row.update(url=meta["alias_of"], final_url=request.url)
        yield {"fetch": row, "content": None}
        yield from after


def _disposition_filename(response) -> str | None:
    """The file name a download endpoint gives in Content-Disposition (`/api/dokumen/unduh?id=206`
    answers `attachment; filename="DIP_2026.pdf"`): often the only place the file is named."""
    value = _header(response, "Content-Disposition") or ""
    m = re.search(r"filename\*\s*=\s*[^']*'[^']*'([^;]+)", value, re.I) or re.search(
        r'filename\s*=\s*"?([^";]+)"?', value, re.I)
    return unquote(m[1]).strip()[:300] if m else None


def _header(response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1")[:200] if value else None


def _abs(base: str, url) -> str | None:
    if not url or not isinstance(url, str):
        return None
    absolute = urljoin(base, url.strip())
    return absolute if absolute.startswith(("http://", "https://")) else None


def _int(value) -> int | None:
    try:
        year = int(str(value).strip()[:4])
    except (TypeError, ValueError):
        return None
    return year if 1990 <= year <= 2100 else None
