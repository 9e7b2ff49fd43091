"""Bodies that cannot be assessed: no known URL (every item missing) and sites that cannot be crawled
(every item unreachable): one answering 503 on every page, one on a closed port."""

from __future__ import annotations

import datetime as dt

from kipmon.demo.sites.common import M, U, SiteBuilder


def _body(as_of, id, name, kind, parent, email, style, behaviour, status, note):
    b = SiteBuilder(as_of, id, name, kind, parent, email, style, behaviour)
    b.label_all(status, note)
    return b.spec


def build_dishub(as_of: dt.date):
    return _body(
        as_of,
        "dishub",
        "Dinas Perhubungan",
        "opd",
        "pemkab-contoh",
        "dishub@contohkab.go.id",
        "tanpa situs (kolom url kosong)",
        "no-url",
        M,
        "tidak ada situs yang diketahui",
    )


def build_satpolpp(as_of: dt.date):
    return _body(
        as_of,
        "satpolpp",
        "Satuan Polisi Pamong Praja",
        "opd",
        "pemkab-contoh",
        "satpolpp@contohkab.go.id",
        "server menjawab 503 di setiap halaman",
        "http-503",
        U,
        "situs menjawab 503",
    )


def build_sidomulyo(as_of: dt.date):
    return _body(
        as_of,
        "desa-sidomulyo",
        "Desa Sidomulyo",
        "desa",
        "kec-contoh-utara",
        None,
        "tanpa situs (kolom url kosong)",
        "no-url",
        M,
        "tidak ada situs yang diketahui",
    )


def build_harapanbaru(as_of: dt.date):
    return _body(
        as_of,
        "desa-harapanbaru",
        "Desa Harapan Baru",
        "desa",
        "kec-contoh-utara",
        None,
        "alamat pada port tertutup (koneksi ditolak)",
        "closed-port",
        U,
        "koneksi ditolak",
    )


BUILDERS = [build_dishub, build_satpolpp, build_sidomulyo, build_harapanbaru]
