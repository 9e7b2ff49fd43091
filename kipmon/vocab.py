"""The words every layer uses: body kinds, finding statuses, crawl statuses and their reasons.

Kept in one place so the crawler, the checks and the reports cannot drift apart.
"""

BODY_KINDS = ("pemkab", "opd", "kecamatan", "kelurahan", "desa")

# Finding statuses (spec/interface.md) and the credit each earns in the score.
PRESENT, STALE, BROKEN, MISSING, UNREACHABLE = "present", "stale", "broken", "missing", "unreachable"
STATUSES = (PRESENT, STALE, BROKEN, MISSING, UNREACHABLE)
CREDIT = {PRESENT: 1.0, STALE: 0.5, BROKEN: 0.0, MISSING: 0.0}  # unreachable: not scored
# The Indonesian words for a status wherever one is written in a sentence or a report (None: the item
# does not apply to the body).
STATUS_LABELS_ID = {
    PRESENT: "ada", STALE: "kedaluwarsa", BROKEN: "tautan rusak", MISSING: "tidak ada",
    UNREACHABLE: "tidak terjangkau", None: "tidak berlaku",
}

# Crawl status of one body in one run.
CRAWL_OK = "ok"
CRAWL_UNREACHABLE = "unreachable"

# Why a body could not be crawled: a closed list. Retryable ones may clear up by the next night;
# permanent ones need a person (a registry fix, a robots.txt change).
UNREACHABLE_REASONS = {
    "dns": "nama domain tidak ditemukan (DNS)",
    "refused": "koneksi ditolak server",
    "timeout": "server tidak menjawab dalam batas waktu",
    "http-5xx": "halaman awal menjawab dengan kesalahan di sisi server (kode 5xx)",
    "robots-blocked": "robots.txt situs melarang program pemantau membukanya",
    "tls": "sertifikat atau jabat tangan TLS gagal",
    "no-url": "tidak ada alamat situs yang diketahui",
    "http-4xx": "halaman awal menjawab 4xx (alamat salah atau akses diblokir)",
    "error": "gangguan jaringan lain (koneksi terputus, jawaban rusak)",
}
RETRYABLE_REASONS = frozenset({"dns", "refused", "timeout", "http-5xx", "tls", "error"})

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
