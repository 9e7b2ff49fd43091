"""The one generic spider: every body of the registry, crawled concurrently, each within its scope.

It schedules and follows; it judges nothing (that is checks/). Every fetch, failed or not, becomes an
item, because for a compliance tool an absence must be a finding or an error, never silently dropped.
Per body it keeps a page budget, a depth limit and a per-shape chain budget (crawler/scope.py). Pages
are found from links and, through crawler/discovery.py, from robots.txt, sitemaps, the WordPress REST
API and OpenSID's feeds. The pipeline (crawler/pipelines.py) stores the items; the CrawlStore
extension (crawler/extensions.py) opens the store and writes each body's crawl result at close.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread, deferToThreadPool

from crawler import appshell, discovery, ocr, opensid, render
from crawler.discovery import Lead
from crawler.documents import extract_document
from crawler.extract import extract_html
from crawler.failures import classify
from crawler.progress import ProgressWriter
from crawler.slots import site_group
from crawler.scope import Scope, extension, looks_like_document, normalize_url, shape, skipped_media
from kipmon import vocab
from kipmon.dates import find_dates
from kipmon.registry import Body
from kipmon.store import content_key, now_iso

# Link texts and URL words that point at PPID content: fetched first, so a tight budget is spent well.
PRIORITY_WORDS = re.compile(
    r"ppid|informasi|publik|berkala|serta.?merta|setiap.?saat|dikecualikan|\bdip\b|\bdik\b|laporan|"
    r"lakip|lkjip|sakip|renstra|rpjm|renja|rkpd|apbd|dpa|rka|anggaran|keuangan|lhkpn|profil|"
    r"struktur|tupoksi|visi|sop|maklumat|standar|layanan|permohonan|keberatan|pengaduan|lapor|"
    r"pengadaan|regulasi|peraturan|produk.?hukum|jdih|kepegawaian|evakuasi|darurat|kontak|dokumen|unduh|download",
    re.I,
)
HTML_TYPES = ("text/html", "application/xhtml")
HANDLED_ERRORS = list(range(400, 600))  # let the spider see every error page (redirects still followed)
# What a request made again for the same fetch (its rendered or its index.php/ form) keeps of the first
KEPT_META = (
    "body_id",
    "source",
    "depth",
    "referer",
    "link_text",
    "in_scope",
    "role",
    "shape_run",
    "handle_httpstatus_list",
    "download_slot",
    "autothrottle_dont_adjust_delay",
)


def fetch_row(run_id: int, body_id: str, request, **fields) -> dict:
    """One fetch as a `fetches` row: what was asked (from the request's meta) and what came back."""
    meta = request.meta
    return {
        "run_id": run_id,
        "body_id": body_id,
        "url": request.url,
        "final_url": None,
        "status": None,
        "content_type": None,
        "fetched_at": now_iso(),
        "last_modified": None,
        "etag": None,
        "content_hash": None,
        "size": None,
        "error": None,
        "error_detail": None,
        "referer": meta.get("referer"),
        "link_text": meta.get("link_text"),
        "depth": meta.get("depth"),
        "source": meta.get("source"),
        "in_scope": int(bool(meta.get("in_scope"))),
        "from_cache": 0,
        "filename": None,
        **fields,
    }


def start_failure(status: int) -> tuple[str | None, str | None]:
    """Why a start URL that answered `status` leaves its body unreachable (None, None: it does not)."""
    if status >= 500:
        return "http-5xx", f"HTTP {status} pada halaman awal"
    if status in (401, 403, 429):
        return "http-4xx", f"HTTP {status}: akses ditolak"
    if status >= 400:
        return "http-4xx", f"HTTP {status} pada halaman awal"
    return None, None


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
    """Arguments: `registry` (the whole registry: scopes and slots come from all of it) and `bodies`
    (the ids crawled), as crawler/run.py passes them; or `job` (and `job_sha256`), a job file that
    carries both and the crawl's settings (crawler/job.py), as a Scrapy job daemon passes it."""

    name = "bodies"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.states: dict[str, BodyState] = {}
        self.registry_hosts: set[str] = set()
        self.slot_groups: set[str] = set()
        self.known_store = None  # the crawl's store, read-only here: contents already extracted
        self.reused = 0

    @classmethod
    def from_crawler(
        cls, crawler, *args, registry: list[Body] | None = None, bodies=None, job=None, job_sha256=None, **kwargs
    ):
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.job = None
        if job:  # started with only `-a` arguments (a job daemon): the job file has the rest
            spider.job = _apply_job(s, job, job_sha256)
            registry, bodies = spider.job.registry, spider.job.bodies
        if registry is None or isinstance(registry, str):  # `-a registry=...` names a file: a job file does that
            raise ValueError("the bodies spider needs a registry (crawler/run.py) or -a job=FILE (crawler/job.py)")
        spider.run_id = s.getint("KIPMON_RUN_ID")
        spider.page_budget = s.getint("KIPMON_PAGE_BUDGET")
        spider.depth_limit = s.getint("KIPMON_DEPTH_LIMIT")
        spider.chain_budget = s.getint("KIPMON_TEMPLATE_BUDGET")
        spider.text_chars = s.getint("KIPMON_TEXT_CHARS")
        spider.pdf_pages = s.getint("KIPMON_PDF_PAGES")
        spider.ocr_cfg = {**s.getdict("KIPMON_OCR"), "text_chars": spider.text_chars}
        spider.ocr_on = bool(spider.ocr_cfg.get("on"))
        spider.ocr_budget = ocr.Budget(float(spider.ocr_cfg["seconds_per_night"]))
        spider.ocr_pool = None  # started at the first scan: OCR runs in its own few threads
        spider.ocr_counts = {}
        spider.render_cfg = s.getdict("KIPMON_RENDER")
        spider.render_on = bool(spider.render_cfg.get("on"))
        spider.render_budget = ocr.Budget(float(spider.render_cfg["seconds_per_night"]))
        spider.render_counts = {}  # rendered, failed, over-budget, off
        spider._add_bodies(registry, set(bodies if bodies is not None else (b.id for b in registry)))
        spider.slot_groups = set(s.getdict("DOWNLOAD_SLOTS"))  # hosts of these groups share one slot
        spider.progress = ProgressWriter(s.getint("KIPMON_PROGRESS_FD", -1))
        spider.drained = False  # set when Scrapy found nothing left to do: every body is then done
        crawler.signals.connect(spider._drained, signal=scrapy.signals.spider_idle)
        return spider

    def _add_bodies(self, registry: list[Body], chosen: set[str]) -> None:
        """Scopes, registry hosts and the bodies nested in another's site come from the whole registry; a
        selection (--only, a rotation share) only decides which bodies are crawled, so a body's findings
        do not depend on which others were crawled with it."""
        scopes = {body.id: Scope(body.urls) for body in registry}
        for body_id, scope in scopes.items():
            self.registry_hosts |= scope.hosts
            for other_id, other in scopes.items():
                if other_id != body_id:
                    scope.exclude_nested(other)
        self.states = {b.id: BodyState(b, scopes[b.id]) for b in registry if b.id in chosen}

    def _drained(self) -> None:
        self.drained = True

    def finished(self, st: BodyState) -> bool:
        """Whether nothing of `st` is left to fetch: its last request answered, or the whole crawl
        ran dry. A crawl stopped early (time limit, cancel) leaves such bodies unfinished."""
        return (st.in_flight <= 0 and st.start_pending <= 0) or self.drained

    # ------------------------------------------------------------------ scheduling

    async def start(self):
        from crawler.extensions import CrawlStore

        crawl_store = self.crawler.get_extension(CrawlStore)
        self.known_store = crawl_store.store if crawl_store is not None else None
        self.progress.started(len(self.states))
        for st in self.states.values():
            if not st.body.urls:
                self.progress.body_done(st, self.states.values())  # nothing to fetch: done at once
            for url in st.body.urls:
                st.start_pending += 1
                req = self._request(
                    st, url, source="start", depth=0, referer=None, link_text="", in_scope=True, start=True, force=True
                )
                if req is not None:
                    yield req

    def _request(
        self,
        st: BodyState,
        url: str,
        *,
        source: str,
        depth: int,
        referer: str | None,
        link_text: str,
        in_scope: bool,
        role: str = "page",
        start: bool = False,
        force: bool = False,
        priority: int | None = None,
        shape_run: int = 0,
    ) -> scrapy.Request | None:
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
                "body_id": st.body.id,
                "source": source,
                "depth": depth,
                "referer": referer,
                "link_text": link_text[:300],
                "in_scope": in_scope,
                "role": role,
                "is_start": start,
                "shape_run": shape_run,
                "handle_httpstatus_list": HANDLED_ERRORS,
                # one server's shared slot keeps its own fixed pace (AutoThrottle would slow it to the
                # per-host delay, one request per 0.25 s for every site of the regency together)
                **(
                    {"download_slot": group, "autothrottle_dont_adjust_delay": True}
                    if group in self.slot_groups
                    else {}
                ),
            },
        )

    def _leads(self, st: BodyState, leads: list[Lead], referer: str, *, force: bool = False) -> list[scrapy.Request]:
        """Requests for what discovery found (crawler/discovery.py), within the body's budget."""
        reqs = (
            self._request(
                st,
                lead.url,
                source=lead.source,
                depth=lead.depth,
                referer=referer,
                link_text=lead.link_text,
                in_scope=lead.in_scope,
                role=lead.role,
                priority=lead.priority,
                force=force,
            )
            for lead in leads
        )
        return [r for r in reqs if r is not None]

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
                req = self._request(
                    st,
                    norm,
                    source="link",
                    depth=depth + 1,
                    referer=response.url,
                    link_text=text,
                    in_scope=True,
                    role="doc" if is_doc else "page",
                    shape_run=run + 1 if same else 0,
                )
            else:
                host = urlsplit(norm).netloc.lower().removeprefix("www.")
                if not (looks_like_document(norm) or host in self.registry_hosts):
                    continue  # external channels (lapor.go.id, ...) are kept as links, not fetched
                req = self._request(
                    st,
                    norm,
                    source="link",
                    depth=depth + 1,
                    referer=response.url,
                    link_text=text,
                    in_scope=False,
                    role="doc" if looks_like_document(norm) else "page",
                )
            if req is not None:
                out.append(req)
        return out

    def _images(self, st: BodyState, response, content: dict) -> list[scrapy.Request]:
        """Infographics on the body's own pages (crawler/discovery.py), up to [ocr] images_per_body."""
        out = []
        for lead in discovery.infographics(st.scope, content, response.meta["depth"]):
            if st.images >= int(self.ocr_cfg["images_per_body"]):
                break
            reqs = self._leads(st, [lead], response.url, force=True)
            st.images += len(reqs)
            out += reqs
        return out

    def _list_request(self, st: BodyState, page: discovery.ListPage) -> scrapy.FormRequest:
        """One POST of OpenSID's background list: counted in the budget, never de-duplicated (one
        stored row per page)."""
        st.scheduled += 1
        st.in_flight += 1  # answered in parse like any request, so progress waits for the list too
        url, formdata, headers = page.post()
        return scrapy.FormRequest(
            url,
            formdata=formdata,
            headers=headers,
            callback=self.parse,
            errback=self.on_error,
            dont_filter=True,
            priority=15,
            meta={
                "body_id": st.body.id,
                "source": "opensid",
                "depth": 1,
                "referer": page.referer,
                "link_text": "",
                "in_scope": True,
                "role": "feed:opensid-list",
                "is_start": False,
                "shape_run": 0,
                "handle_httpstatus_list": HANDLED_ERRORS,
                "dont_cache": True,  # a POST with a token
                "list_page": page.page,
                "list_url": page.url,
                "csrf": page.csrf,
            },
        )

    def _index_php_retry(self, st: BodyState, response) -> scrapy.Request | None:
        """The `index.php/` form of a failed OpenSID link, answering for the link itself, or None."""
        meta = response.meta
        alt = discovery.index_php_alias(st.discovered, st.scope, meta, response.request.url)
        if alt is None:
            return None
        # not marked as seen: whether the site's own link to `alt` is also fetched must not depend on which
        # answer came first, or two crawls of an unchanged site would differ
        return scrapy.Request(
            alt,
            callback=self.parse,
            errback=self.on_error,
            dont_filter=True,
            priority=response.request.priority,
            meta={**{k: meta[k] for k in KEPT_META if k in meta}, "alias_of": response.request.url},
        )

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
        for state, n in self.ocr_counts.items():
            self.crawler.stats.set_value(f"kipmon/ocr_{state}", n)
        self.crawler.stats.set_value("kipmon/ocr_seconds_left", round(self.ocr_budget.take(), 1))
        self.crawler.stats.set_value("kipmon/reused_extractions", self.reused)
        for state, n in self.render_counts.items():
            self.crawler.stats.set_value(f"kipmon/render_{state}", n)
        self.crawler.stats.set_value("kipmon/render_seconds_left", round(self.render_budget.take(), 1))

    # ------------------------------------------------------------------ answers

    def _row(self, response_or_request, st: BodyState, **fields) -> dict:
        request = getattr(response_or_request, "request", None) or response_or_request
        return fetch_row(self.run_id, st.body.id, request, **fields)

    def _start_outcome(self, st: BodyState, meta: dict, reason: str | None, detail: str | None) -> None:
        if meta.get("is_start"):
            st.start_pending -= 1
            st.start_outcomes.append((reason, detail))

    def _fetched(self, st: BodyState, response) -> dict:
        """Account for an answer in its body's counts; its fetch row."""
        meta = response.meta
        body = response.body
        cached = "cached" in response.flags
        st.bytes += len(body)
        st.cached += int(cached)
        if meta.get("is_start"):
            reason, detail = start_failure(response.status)
            self._start_outcome(st, meta, reason, detail)
            if reason is None and urlsplit(response.url).netloc != urlsplit(response.request.url).netloc:
                st.scope.add_root(response.url)  # the start URL redirected to another host
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        row = self._row(
            response,
            st,
            final_url=response.url,
            status=response.status,
            content_type=ctype or None,
            last_modified=_header(response, "Last-Modified"),
            etag=_header(response, "ETag"),
            size=len(body),
            from_cache=int(cached),
        )
        if meta.get("alias_of"):
            # the index.php/ form of a failed OpenSID link: its answer is the answer of the link itself,
            # as if the server had redirected there (checks alias final_url to the same target)
            row["url"] = meta["alias_of"]
        return row

    def _read_as(self, response) -> tuple[str, bool, str]:
        """How an answer is read: its role (a probe that turned out to be an ordinary page is a page),
        whether it is an HTML page to extract and follow, and its content key."""
        ctype = (response.headers.get("Content-Type", b"").decode("latin-1")).lower()
        is_html = isinstance(response, TextResponse) and (
            any(t in ctype for t in HTML_TYPES) or (not ctype and response.body[:200].lstrip()[:1] == b"<")
        )
        role = response.meta.get("role", "page")
        if (
            role.startswith(("feed:", "sitemap"))
            and is_html
            and not (role.startswith("feed:") and opensid.looks_like_json(response.body))
        ):
            role = "page"  # a probe URL that is an ordinary page on this site (Joomla's /index.php/ppid)
        probe = role in ("robots", "sitemap") or role.startswith("feed:")
        # pages and probes are keyed by URL too (relative links, per-site answers); documents by bytes alone
        digest = content_key(response.body, response.url, url_bound=is_html or probe)
        return role, is_html and not probe, digest

    async def parse(self, response):
        meta = response.meta
        st = self.states[meta["body_id"]]
        row = self._fetched(st, response)
        failed = self._failed(st, response, row)
        if failed is not None:
            for out in failed:
                yield out
            return
        role, is_page, digest = self._read_as(response)
        row["content_hash"] = digest
        if is_page:
            shell = self._shell(st, response, row, digest)
            if isinstance(shell, scrapy.Request):
                yield shell  # its answer (or its failure) stands for this fetch
                return
            content, reqs = self._page(st, response, digest, shell)
        else:
            content, reqs = await self._read(st, response, row, role, digest)
        for out in reqs + self._stored(st, row, content):
            yield out

    def _stored(self, st: BodyState, row: dict, content: dict | None) -> list[dict]:
        """The fetch item, and the body's `body_done` marker when this was its last answer."""
        if content is not None and "extracted_at" in content:
            content = None  # reused from the store: already there, nothing to write again
        after = self._answered(st)
        return [{"fetch": row, "content": content}, *after]

    def _failed(self, st: BodyState, response, row: dict) -> list | None:
        """What an error answer yields (its index.php/ retry, or the failed fetch; for a rendered page,
        the plain fetch it stood for); None for an answer to read."""
        meta = response.meta
        if meta.get("render_plain") is not None:
            self.render_budget.spend(float(meta.get("download_latency") or 0))
            if response.status >= 400:
                return list(self._render_fallback(meta, f"HTTP {response.status}"))
        if response.status >= 400:
            return self._http_error(st, response, row)
        return None

    def _http_error(self, st: BodyState, response, row: dict) -> list:
        """An error answer: tried in its index.php/ form on an OpenSID site, else a failed fetch."""
        retry = self._index_php_retry(st, response)
        if retry is not None:
            return [retry]
        st.errors += response.meta.get("role") in ("page", "doc")  # probes for sitemaps and feeds may 404
        row.update(error="http-error", error_detail=f"HTTP {response.status}")
        return [{"fetch": row, "content": None}, *self._answered(st)]

    async def _read(self, st: BodyState, response, row: dict, role: str, digest: str) -> tuple[dict, list]:
        """The content of an answer that is not an HTML page, and the requests it leads to."""
        if role == "robots":
            text = response.text if isinstance(response, TextResponse) else None
            leads, content = discovery.robots(response.status, text, response.body, response.url, digest)
            return content, self._leads(st, leads, response.url)
        if role == "sitemap":
            leads, content, error = discovery.sitemap(response.body, st.scope, digest)
            if error:
                row.update(error="unreadable", error_detail=error)
            return content, self._leads(st, leads, response.url)
        if role.startswith("feed:"):
            return self._feed(st, response, row, role, digest)
        if role == "image":
            return await self._image(response.body, digest), []
        return await self._document(st, response, row, digest), []

    def _feed(self, st: BodyState, response, row: dict, role: str, digest: str) -> tuple[dict, list]:
        """A WordPress REST or OpenSID list: its entries are fetched, and the next page of a background list."""
        encoding = response.encoding if isinstance(response, TextResponse) else "utf-8"
        content = discovery.feed_content(
            role.split(":", 1)[1], response.body, encoding, response.url, digest, self.text_chars
        )
        if content.get("meta", {}).get("error"):
            row.update(error="unreadable", error_detail=content["meta"]["error"])
        reqs = self._leads(st, discovery.feed_leads(content, st.scope, response.meta["source"]), response.url)
        if role == "feed:opensid-list" and not content["meta"].get("error"):
            page = discovery.next_list_page(response.meta, content["meta"].get("total"), _set_cookies(response))
            if page is not None:
                reqs.append(self._list_request(st, page))
        return content, reqs

    def _page(self, st: BodyState, response, digest: str, shell: str | None) -> tuple[dict, list]:
        """An HTML page (rendered or as fetched) and the requests it leads to."""
        meta = response.meta
        content, reqs = self._html(st, response, digest)
        if shell:
            content["meta"]["app_shell"] = shell
        if meta.get("render_plain") is not None:
            content["meta"]["rendered"] = True
            content["meta"]["render_seconds"] = round(float(meta.get("download_latency") or 0), 2)
            self._count_render("rendered")
        return content, reqs

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
            reqs = self._leads(
                st, discovery.site_leads(st.discovered, st.scope, response.url, content), response.url
            ) + self._follow(st, response, content["links"], meta["depth"])
            page = discovery.background_list(
                st.discovered, st.scope, response.text, response.url, _set_cookies(response)
            )
            if page is not None:
                reqs.append(self._list_request(st, page))
            if self.ocr_on:
                reqs += self._images(st, response, content)
        return content, reqs

    async def _image(self, data: bytes, digest: str) -> dict:
        """An infographic, read with OCR (or its stored reading)."""
        known = self._known(digest)
        if known is not None:
            return known
        content = await self._ocr({"kind": "image", "title": "", "text": "", "meta": {}}, data, "image")
        content["hash"] = digest
        content["dates"] = []
        return content

    async def _document(self, st: BodyState, response, row: dict, digest: str) -> dict:
        """A document's extraction (a scan read with OCR), or its stored one; the row says when it is
        empty or unreadable."""
        st.documents += 1
        body = response.body
        filename = _disposition_filename(response)
        content = self._known(digest)
        if content is None:
            ctype = response.headers.get("Content-Type", b"").decode("latin-1")
            content = await maybe_deferred_to_future(
                deferToThread(
                    extract_document,
                    body,
                    ctype,
                    extension(response.url) or extension("/" + (filename or "")),
                    pdf_pages=self.pdf_pages,
                    text_chars=self.text_chars,
                )
            )
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
        return content

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

    # ------------------------------------------------------------------ scans (crawler/ocr.py)

    async def _ocr(self, content: dict, data: bytes, kind: str) -> dict:
        """Read a scan or an image in the OCR threads (at most [ocr] concurrency at once)."""
        from twisted.internet import reactor

        if self.ocr_pool is None:
            from twisted.python.threadpool import ThreadPool

            self.ocr_pool = ThreadPool(
                minthreads=0, maxthreads=max(1, int(self.ocr_cfg["concurrency"])), name="kipmon-ocr"
            )
            self.ocr_pool.start()
            reactor.addSystemEventTrigger("during", "shutdown", self.ocr_pool.stop)
        content = await maybe_deferred_to_future(
            deferToThreadPool(
                reactor,
                self.ocr_pool,
                ocr.read_scan,
                content,
                data,
                kind=kind,
                cfg=self.ocr_cfg,
                budget=self.ocr_budget,
            )
        )
        state = content["meta"].get("ocr", "failed")
        self.ocr_counts[state] = self.ocr_counts.get(state, 0) + 1
        return content

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
        if st.rendered >= int(self.render_cfg["pages_per_body"]) or self.render_budget.take() <= 0:
            self._count_render("over-budget")
            return "over-budget"
        st.rendered += 1
        return scrapy.Request(
            response.url,
            callback=self.parse,
            errback=self.on_render_error,
            dont_filter=True,
            priority=response.request.priority,
            meta={
                **{k: meta[k] for k in KEPT_META if k in meta},
                "playwright": True,
                "playwright_page_methods": render.page_methods(self.render_cfg),
                "dont_cache": True,  # the plain page is what the cache keeps; the DOM is built anew
                "render_plain": {"response": response, "row": row, "digest": digest, "why": why},
            },
        )

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
        self.render_budget.spend(float(self.render_cfg["seconds_per_page"]))
        yield from self._render_fallback(failure.request.meta, detail or type(failure.value).__name__)


def _apply_job(settings, ref: str, sha256: str | None):
    """Load a job file (crawler/job.py) and lay its settings under the command line's."""
    from crawler.job import load_job

    job = load_job(ref, sha256)
    # below the command line's -s (a node's own HTTPCACHE_DIR), above the project defaults
    settings.setdict({**job.settings, "KIPMON_RUN_ID": job.run_id}, priority="spider")
    if settings.getbool("KIPMON_RENDER_MIDDLEWARE"):  # app shells go to chromium, as crawler/run.py sets it up
        settings.set(
            "DOWNLOADER_MIDDLEWARES",
            {**settings.getdict("DOWNLOADER_MIDDLEWARES"), "crawler.render_handler.RenderMiddleware": 950},
            priority="spider",
        )
    return job


def _set_cookies(response) -> list[str]:
    return [h.decode("latin-1") for h in response.headers.getlist("Set-Cookie")]


def _disposition_filename(response) -> str | None:
    """The file name a download endpoint gives in Content-Disposition (`/api/dokumen/unduh?id=206`
    answers `attachment; filename="DIP_2026.pdf"`): often the only place the file is named."""
    value = _header(response, "Content-Disposition") or ""
    m = re.search(r"filename\*\s*=\s*[^']*'[^']*'([^;]+)", value, re.I) or re.search(
        r'filename\s*=\s*"?([^";]+)"?', value, re.I
    )
    return unquote(m[1]).strip()[:300] if m else None


def _header(response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1")[:200] if value else None
