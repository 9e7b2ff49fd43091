"""crawler.appshell's cheap looks (_hint, _loads_later on lower-cased bytes) answer what the case-blind
regexes they replaced answer: on the module's examples, on pages built from the tokens they look for,
and on random bytes."""

from __future__ import annotations

import random
import re

from crawler import appshell

HINT = re.compile(rb"<noscript|<app-root|\bid\s*=\s*[\"']?(?:%s)\b" % "|".join(appshell.ROOT_IDS).encode(), re.I)
LOADS_LATER = re.compile(rb"<noscript|>\s*(?:memuat|sedang dimuat|loading)\b", re.I)

TOKENS = [
    b"<noscript>",
    b"<NoScript",
    b"<app-root>",
    b"<APP-ROOT",
    b"id=",
    b"ID = '",
    b' id="',
    b"xid=",
    b"_id=",
    b"-id=",
    b"id\t=\n",
    *[x.encode() for x in appshell.ROOT_IDS],
    b"APP",
    b"Root",
    b"__NEXT",
    b"application",
    b"apps",
    b"app_",
    b"app-",
    b">",
    b"> ",
    b">\n",
    b"memuat",
    b"Memuat",
    b"MEMUAT",
    b"sedang dimuat",
    b"Sedang  Dimuat",
    b"dimuat",
    b"loading",
    b"Loading...",
    b"loadings",
    b'loading="lazy"',
    b"muat",
    b" ",
    b"x",
    b"9",
    b"<div ",
    b"\xc3\xa9",
    b"\xff",
]


def _agree(page: bytes) -> None:
    low = page.lower()
    assert appshell._hint(low) == bool(HINT.search(page)), page
    assert appshell._loads_later(low) == bool(LOADS_LATER.search(page)), page


def test_the_examples_agree():
    for html, _shell in appshell.EXAMPLES:
        _agree(html.encode("utf-8"))


def test_pages_of_the_tokens_agree():
    rng = random.Random(92)
    for _ in range(20000):
        _agree(b"".join(rng.choice(TOKENS) for _ in range(rng.randint(0, 12))))


def test_random_bytes_agree():
    rng = random.Random(93)
    alphabet = list(b"<>=\"' \t\nidapoIDAPO-_xmuatlngMUATLNG") + [0, 0x80, 0xFF]
    for _ in range(20000):
        _agree(bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
