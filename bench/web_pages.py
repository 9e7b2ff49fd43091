"""How long `kipmon serve` takes to answer its pages for a regency-sized store.

    python bench/web_pages.py [--bodies 200] [--runs 2] [--repeat 5]

Builds synthetic runs (tests/sample_run.py) in a temporary SQLite file, starts the application under
waitress on 127.0.0.1 (a free port), logs in over HTTP and times each page: the median and the
slowest of --repeat requests, and the size of the answer. Also times one log-in (argon2id check).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402
import waitress  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402

from kipmon.config import defaults  # noqa: E402
from kipmon.store import Store  # noqa: E402
from reports.common import slug  # noqa: E402
from tests.sample_run import build_sample  # noqa: E402
from web import accounts  # noqa: E402
from web.app import create_app  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bodies", type=int, default=200)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        with Store(db) as store:
            ids = build_sample(store, n_bodies=args.bodies, runs=args.runs)
            accounts.add_user(store, "bench", "reviewer", "bench-password-123")
            body = store.run_bodies(ids[-1])[0]
            item = store.findings(ids[-1], body["body_id"])[0]["item_id"]
        server = waitress.create_server(create_app(db, defaults()), host="127.0.0.1", port=0, threads=4)
        threading.Thread(target=server.run, daemon=True).start()
        base = f"http://127.0.0.1:{server.effective_port}"
        s = requests.Session()
        token = BeautifulSoup(s.get(base + "/masuk").text, "html.parser").find("input", {"name": "csrf_token"})["value"]
        t0 = time.perf_counter()
        r = s.post(base + "/masuk", data={"name": "bench", "password": "bench-password-123", "csrf_token": token})
        login = time.perf_counter() - t0
        assert r.ok and "/r/latest/" in r.url, r.url
        pages = {
            "report index (ranking, matrix)": "/r/latest/index.html",
            "body page": f"/r/latest/bodies/{slug(body['body_id'])}.html",
            "findings, all": "/r/latest/temuan",
            "findings, status=missing kind=desa": "/r/latest/temuan?status=missing&jenis=desa",
            "one finding (evidence, history)": f"/r/latest/temuan/{body['body_id']}/{item}",
            "follow-up of notices": "/tindak-lanjut",
            "monev workbook, all bodies": "/r/latest/monev.xlsx",
            "monev workbook, one body": f"/r/latest/monev/{body['body_id']}.xlsx",
        }
        print(f"kipmon serve over {args.bodies} bodies x {args.runs} runs, {args.repeat} requests per page")
        print(f"  {'log-in (argon2id check)':40s} {login * 1000:8.0f} ms")
        for name, path in pages.items():
            times, size = [], 0
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                r = s.get(base + path)
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200, (path, r.status_code)
                size = len(r.content)
            print(
                f"  {name:40s} {statistics.median(times) * 1000:8.0f} ms median, {max(times) * 1000:6.0f} ms max,"
                f" {size / 1024:7.0f} KiB"
            )
        s.close()
        server.task_dispatcher.shutdown()
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
