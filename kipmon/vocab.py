"""The closed lists every layer uses: body kinds and their groups, finding statuses, crawl statuses and
their reasons, fetch error codes, content kinds, roll-up parts.

Kept in one place so the crawler, the checks and the reports cannot drift apart: a word that is not
here is not part of the contract. Numbers (credits, weights, bands) are configuration, not vocabulary:
they live in kipmon/default_config.toml.
"""

BODY_KINDS = ("pemkab", "opd", "kecamatan", "kelurahan", "desa")
# The two sets of information duties (spec/items.md): badan publik (Perki 1/2021) and desa (Perki 1/2018).
BADAN_PUBLIK_KINDS = ("pemkab", "opd", "kecamatan", "kelurahan")
DESA_KINDS = ("desa",)
# The regency roll-up's parts (spec/scoring.md) and the body kinds in each; their weights are [scoring.rollup].
ROLLUP_PARTS = {"pemkab": ("pemkab",), "opd_kecamatan_kelurahan": ("opd", "kecamatan", "kelurahan"), "desa": ("desa",)}

# Finding statuses (spec/interface.md) and the credit each earns in the score.
PRESENT, STALE, BROKEN, MISSING, UNREACHABLE = "present", "stale", "broken", "missing", "unreachable"
STATUSES = (PRESENT, STALE, BROKEN, MISSING, UNREACHABLE)
# The statuses that are a judgement of the body (scored; a reviewer's verdict and a rule example may say
# them); `unreachable` is not: no judgement was made. Their credit is [scoring.credit].
SCORED = (PRESENT, STALE, BROKEN, MISSING)
FOUND = (PRESENT, STALE)  # evidence was found (current or not)
GAPS = (MISSING, STALE, BROKEN)  # what an office has to fix, worst first
# The Indonesian words for a status wherever one is written in a sentence or a report (None: the item
# does not apply to the body).
STATUS_LABELS_ID = {
    PRESENT: "ada",
    STALE: "kedaluwarsa",
    BROKEN: "tautan rusak",
    MISSING: "tidak ada",
    UNREACHABLE: "tidak terjangkau",
    None: "tidak berlaku",
}

# Crawl status of one body in one run.
CRAWL_OK = "ok"
CRAWL_UNREACHABLE = "unreachable"

# Why one request gave nothing usable: the `error` of a fetch row. The first seven are a request that got
# no usable answer (crawler/failures.classify); the last three an answer that is no use (the spider).
FETCH_ERRORS = {
    "dns": "nama domain tidak ditemukan (DNS)",
    "refused": "koneksi ditolak server",
    "timeout": "server tidak menjawab dalam batas waktu",
    "tls": "sertifikat atau jabat tangan TLS gagal",
    "robots-blocked": "robots.txt situs melarang program pemantau membukanya",
    "too-large": "berkas melebihi batas ukuran unduhan",
    "error": "gangguan jaringan lain (koneksi terputus, jawaban rusak)",
    "http-error": "server menjawab dengan kode kesalahan HTTP (4xx atau 5xx)",
    "empty": "berkas kosong (0 byte)",
    "unreadable": "berkas rusak atau tidak dapat dibaca",
}
REQUEST_FAILURES = ("dns", "refused", "timeout", "tls", "robots-blocked", "too-large", "error")
# Fetch errors that say nothing about the target itself: a link to it still counts as found.
NEUTRAL_FETCH_ERRORS = ("robots-blocked", "too-large")
# Stores from before the closed list kept an unclassified failure as "other"; it reads as "error".
LEGACY_FETCH_ERRORS = {"other": "error"}

# Why a body could not be crawled: a closed list. Retryable ones may clear up by the next night;
# permanent ones need a person (a registry fix, a robots.txt change).
UNREACHABLE_REASONS = {
    "dns": FETCH_ERRORS["dns"],
    "refused": FETCH_ERRORS["refused"],
    "timeout": FETCH_ERRORS["timeout"],
    "http-5xx": "halaman awal menjawab dengan kesalahan di sisi server (kode 5xx)",
    "robots-blocked": FETCH_ERRORS["robots-blocked"],
    "tls": FETCH_ERRORS["tls"],
    "no-url": "tidak ada alamat situs yang diketahui",
    "http-4xx": "halaman awal menjawab 4xx (alamat salah atau akses diblokir)",
    "error": FETCH_ERRORS["error"],
}
RETRYABLE_REASONS = frozenset({"dns", "refused", "timeout", "http-5xx", "tls", "error"})


def crawl_reason(fetch_error: str | None) -> str:
    """The body's unreachable reason when its start page failed with `fetch_error`: the same word
    where there is one; any other (a start page too large to read) is "error"."""
    return fetch_error if fetch_error in UNREACHABLE_REASONS else "error"


# What a stored content is (contents.kind): the extractor that read it. A page, the crawl's own
# sources, and documents by format (kipmon/extract.py, kipmon/documents.py).
KIND_HTML, KIND_JSON, KIND_ROBOTS, KIND_SITEMAP = "html", "json", "robots", "sitemap"
KIND_PDF, KIND_TEXT, KIND_IMAGE, KIND_ZIP, KIND_OTHER = "pdf", "text", "image", "zip", "other"
ZIPPED_DOCUMENT_KINDS = ("docx", "xlsx", "pptx", "odt", "ods")  # zipped XML, read part by part
OLD_OFFICE_KINDS = ("doc", "xls", "ppt", "rtf")  # binary formats: printable runs only
# The kinds that are documents, i.e. evidence a reader downloads (the checks' "berkas").
DOCUMENT_KINDS = ("pdf", "docx", "xlsx", "odt", "ods", "pptx", "doc", "xls", "rtf")
# Kinds whose title and text are not a document's own (a page, a feed answer, nothing read): the
# checks read a document's words as the document's, and these as a page's.
NOT_DOCUMENT_TEXT = (KIND_HTML, KIND_JSON, None)
# Kinds not counted as documents in "dicari di N halaman dan M dokumen" (the crawl's own sources, images).
NOT_COUNTED_AS_DOCUMENTS = (KIND_HTML, KIND_ROBOTS, KIND_SITEMAP, KIND_JSON, KIND_IMAGE)

# Notice kinds (notices.kind): missing items, a site that cannot be reached, no known website at all.
NOTICE_GAP, NOTICE_UNREACHABLE, NOTICE_NO_SITE = "gap", "unreachable", "no_site"
NOTICE_KINDS = (NOTICE_GAP, NOTICE_UNREACHABLE, NOTICE_NO_SITE)

# Run statuses. `degraded`: the run finished, but its failures look like the monitor's own outage
# (schedules/outage.py); it is never the latest complete run and sends no notices.
RUN_RUNNING, RUN_COMPLETE, RUN_FAILED, RUN_DEGRADED = "running", "complete", "failed", "degraded"
RUN_STATUSES = (RUN_RUNNING, RUN_COMPLETE, RUN_FAILED, RUN_DEGRADED)


def site_unreachable(crawl: dict | None) -> bool:
    """True when a body's site could not be crawled this run, so no judgement is made on it.

    A body with no known URL is recorded as unreachable/no-url by the crawl, but it is judged: every item
    is `missing` with that reason (spec/interface.md), and its notice is a missing-item notice.
    """
    return bool(crawl) and crawl.get("status") == CRAWL_UNREACHABLE and crawl.get("reason") != "no-url"


def __getattr__(name: str):
    # `CREDIT` was a copy of [scoring.credit]; the number now lives only in the config. Kept readable
    # (from the shipped defaults) for reports/sample.py until that fixture scores through checks.scoring.
    if name == "CREDIT":
        from kipmon.config import defaults

        return {status: float(c) for status, c in defaults()["scoring"]["credit"].items()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
