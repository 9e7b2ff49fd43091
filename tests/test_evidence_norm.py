"""checks.evidence.norm: the byte-table form gives what the regex form gave, on every kind of text."""

from __future__ import annotations

import random
import re
import sys
import unicodedata

from checks.evidence import _norm, norm

_NON_WORD = re.compile(r"[^0-9a-z]+")


def reference(text: str) -> str:
    """norm before the byte table (the regex), kept here as the definition."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " " + _NON_WORD.sub(" ", t).strip() + " "


SAMPLES = [
    "",
    " ",
    "Serta-Merta",
    "SK DIP 2025",
    "  Daftar\tInformasi\nPublik\r\n",
    "Laporan Keuangan (LKPJ) T.A. 2024 / Rev.1",
    "Café Résumé ÀÉÎÕÜ ß Æ œ ﬁ ①②③ ½ Ⅻ",
    "Dinas\u00a0Kesehatan\u2003Kab.\u200bKutai\ufeffTimur",
    "中文 العربية русский ελληνικά 🙂 🇮🇩",
    "\x00\x01\x7f\x80\xff control",
    "UPPER lower MiXeD 123abc ABC123",
    "---___...,,,;;;",
]


def test_norm_matches_the_regex_form_on_samples():
    for text in SAMPLES:
        assert _norm(text) == reference(text), repr(text)
        assert norm(text) == (reference(text) if text else " ")


def test_norm_matches_the_regex_form_on_random_text():
    rng = random.Random(14)
    # ASCII, Latin with accents, spaces of every kind, punctuation and a few far code points
    alphabet = [chr(c) for c in range(0, 0x250)] + [chr(c) for c in (0x2000, 0x2028, 0x3000, 0xFF21, 0x1F600)]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert _norm(text) == reference(text), repr(text)


def test_norm_matches_the_regex_form_on_every_code_point():
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for i in range(0, len(chars), 4096):  # in slices, with words around them
        text = "a" + chars[i : i + 4096] + "Z9"
        assert _norm(text) == reference(text)
