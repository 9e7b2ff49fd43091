"""Presence: does a target carry the words of a rule (link text, title, heading, feed entry, URL)?

A phrase "a + b" needs both parts somewhere in the same text ("keputusan + pejabat pengelola informasi").
Phrases are matched as whole words on normalised text, so "dip" matches "SK DIP 2025" but not
"diperbarui", and "serta merta" matches "Serta-Merta". A text containing an `exclude` phrase of the rule
is no evidence for it ("SOP Pemutakhiran DIP" is not the DIP).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from checks.catalogue import Evidence
from checks.evidence import Target, file_name, norm, norm_url, url_words
from checks.news import headline_names, is_news_page, slug_words
from kipmon.doctitle import doc_title, file_title, meta_title, subject
from kipmon.vocab import KIND_HTML, NOT_DOCUMENT_TEXT


DOC_HEAD_CHARS = 90  # the start of a document's text stands in for its title (first line or two)
BODY_WINDOW = 200  # characters within which all parts of a body phrase "a + b" must appear


@dataclass(frozen=True)
class Match:
    how: str  # 'tautan', 'judul', 'judul-halaman', 'subjudul', 'isi-dokumen', 'feed', 'alamat', 'kanal', 'kontak', 'formulir'
    text: str  # the words that matched (shown in the detail)


@functools.lru_cache(maxsize=4096)
def _prepared(phrases: tuple[str, ...], exclude: tuple[str, ...]) -> tuple[tuple[str, ...], tuple]:
    """A rule's phrases normalised once (they were normalised again for every text they were tried on)."""
    return tuple(norm(x) for x in exclude), tuple((p, tuple(norm(part) for part in p.split(" + "))) for p in phrases)


@functools.lru_cache(maxsize=4096)
def _first_words(phrases: tuple[str, ...]) -> frozenset[str] | None:
    """The first word of each phrase's first part (None when one has none: it can match anything). Every
    part of a phrase is whole words of a normalised text (norm pads both with spaces), so a text holding
    none of these words holds no phrase."""
    out = []
    for p in phrases:
        words = norm(p.split(" + ")[0]).split()
        if not words:
            return None
        out.append(words[0])
    return frozenset(out)


def _split(n: str) -> frozenset[str]:
    return frozenset(n.split())


_words_short = functools.lru_cache(maxsize=200_000)(_split)
_words_long = functools.lru_cache(maxsize=1_000)(_split)  # page texts: a body's pages are checked together


def words_of(n: str) -> frozenset[str]:
    """The words of a normalised text, as a set (cached like norm() itself)."""
    return _words_short(n) if len(n) <= 1000 else _words_long(n)


def phrase_in(text: str, phrases: tuple[str, ...], exclude: tuple[str, ...]) -> str | None:
    """The first phrase of `phrases` in `text`, unless an `exclude` phrase is there too."""
    n = norm(text)
    firsts = _first_words(tuple(phrases))
    if firsts is not None and words_of(n).isdisjoint(firsts):
        return None  # no phrase can be there: what the loops below would find, at a set's cost
    excluded, prepared = _prepared(tuple(phrases), tuple(exclude))
    for x in excluded:
        if x in n:
            return None
    for p, parts in prepared:
        for part in parts:
            if part not in n:
                break
        else:
            return p
    return None


# Words of a link that names nothing: "Unduh", "Download", "Lihat", an icon's "PDF"; the link's table row
# or list item then names the document.
GENERIC_LINK_WORDS = frozenset(
    "unduh download lihat view file berkas dokumen klik disini di sini here click baca selengkapnya detail "
    "buka open preview pdf doc docx xls xlsx dan link tautan unduhan downloads klik sini lampiran attachment "
    "tampilkan lengkap".split()
)


@functools.lru_cache(maxsize=100_000)  # every rule asks it of the same link texts
def generic_link_text(text: str | None) -> bool:
    """Whether a link's text says nothing of what it links to (empty, "Unduh", "Download PDF", "[3]")."""
    words = norm(text).split()
    return all(w in GENERIC_LINK_WORDS or w.isdigit() for w in words)


def match_target(ev: Evidence, t: Target, *, in_scope_page: bool = True) -> tuple[Match | None, list[str], list[str]]:
    """(how the target matched or None, the target's own titles that matched, the link texts that
    matched): the titles and link texts are where the evidence's year is read.

    A link whose text names nothing ("Unduh") is named by its table row or list item (`t.contexts`);
    such a row counts as the link's text."""
    f = t.fetch or {}
    own: list[str] = []
    linked: list[str] = []  # the link texts that matched: what the link's year is read from
    first: Match | None = None
    texts = t.link_texts + t.shared_texts if ev.shared_service else t.link_texts
    if t.fetch and not f.get("in_scope", 1) and not (texts or t.feed):
        return None, [], []  # an outside page nobody on the body's site links to (reached via a portal menu)
    ok = t.fetched_ok
    if f.get("source") == "image" and not ok:
        return None, [], []  # an infographic that did not load: the page's alt text still speaks for it
    # on a news article, a headline counts only when it names the item as its subject (checks.news)
    news = is_news_page(t)
    named = headline_names if news else phrase_in
    document = f.get("kind") not in NOT_DOCUMENT_TEXT
    printed = doc_title(f) if ok and document else ""  # the title printed under the letterhead
    if ok:
        title = f.get("title") or ""
        if document and not meta_title(title):
            title = ""  # "Microsoft Word - x.docx", "scan0001": a file name (matched below as one)
        meta = f.get("meta") if isinstance(f.get("meta"), dict) else {}
        if named(title, ev.phrases, ev.exclude):
            own.append(title)
            first = first or Match("judul", title)
        if meta.get("title") and named(meta["title"], ev.phrases, ev.exclude):
            own.append(meta["title"])
            first = first or Match("judul", meta["title"])
        if f.get("kind") == KIND_HTML and in_scope_page and f.get("in_scope", 1):
            for h in f.get("headings") or []:
                if named(h, ev.phrases, ev.exclude):
                    own.append(h)
                    first = first or Match("subjudul", h)
        if f.get("kind") == KIND_HTML and ev.form_phrases and f.get("in_scope", 1):
            for form in (meta or {}).get("forms") or []:
                words = " ".join([*(form.get("fields") or []), *(form.get("labels") or [])])
                if phrase_in(words.replace("_", " "), ev.form_phrases, ev.exclude):
                    first = first or Match("formulir", title or t.url)
        if document:
            # a document linked as "Unduh" with no metadata is what its own first lines say it is
            if printed and phrase_in(printed, ev.phrases, ev.exclude):
                own.append(subject(printed))
                first = first or Match("isi-dokumen", printed[:80].strip())
            head = (f.get("text") or "")[:DOC_HEAD_CHARS]
            if not printed and phrase_in(head, ev.phrases, ev.exclude):
                first = first or Match("isi-dokumen", head[:80].strip())
    for text in texts:
        if named(text, ev.phrases, ev.exclude):
            first = first or Match("tautan", text)
            linked.append(text)
    if t.contexts and all(generic_link_text(x) for x in t.link_texts):
        for text in t.contexts:
            if named(text, ev.phrases, ev.exclude):
                first = first or Match("baris", text)
    for e in t.feed:
        if named(e.get("title") or "", ev.phrases, ev.exclude):
            first = first or Match("feed", e.get("title") or "")
        elif ev.feed_categories and e.get("feed") == "opensid" and category(e.get("category")) in ev.feed_categories:
            first = first or Match("feed", e.get("title") or "")
    if (
        first is None
        and ev.exclude
        and any(
            phrase_in(x, ev.exclude, ())
            for x in [*texts, *t.contexts, f.get("title") or "", printed]
            if not generic_link_text(x)
        )
    ):
        return None, [], []  # named as the near-miss ("Laporan Realisasi RBA"): its file name or URL cannot overrule
    if first is None and t.is_document:
        # a document's file name is often its only title ("LKjIP_2024.pdf", "SK-DIP-2025.pdf")
        name = file_name(t.url, t.fetch)
        if phrase_in(name, ev.phrases, ev.exclude):
            first = Match("berkas", name)
        elif (
            f.get("title") and not meta_title(f["title"]) and phrase_in(file_title(f["title"]), ev.phrases, ev.exclude)
        ):
            first = Match("berkas", file_title(f["title"]))  # the file name a "Microsoft Word - ..." title keeps
    if first is None and ev.slugs and news:
        if headline_names(slug_words(t.url), ev.slugs, ev.exclude):
            first = Match("alamat", t.url)
    elif first is None and ev.slugs:
        words = url_words(t.url)
        if not any(norm(x) in words for x in ev.exclude):
            for s in ev.slugs:
                if norm(s) in words:
                    first = Match("alamat", t.url)
                    break
    return first, own, linked


CATEGORIES = {"berkala": 1, "serta merta": 2, "sertamerta": 2, "setiap saat": 3, "dikecualikan": 4}


def category(v) -> int | None:
    """OpenSID kategori as a number, from 1..4 or the crawler's names ("serta-merta")."""
    try:
        return int(v)
    except (TypeError, ValueError):
        n = norm(str(v or "")).strip()
        return next((c for k, c in CATEGORIES.items() if k in n), None)


SNIPPET_AFTER = 60  # the words right after a body phrase: where its year is written ("... Tahun Anggaran 2026")


def text_pages(idx, ev: Evidence, with_snippet: bool = False, empty=None) -> list:
    """In-scope HTML pages whose visible text says one of the rule's `body_phrases` (specific wordings
    such as "tata cara memperoleh informasi", "maklumat pelayanan", written in a paragraph, not a heading,
    or an infographic's alt text). With `with_snippet`: (target, match, the words from the phrase on).
    With `empty` (a predicate on targets: an unfilled template page), such pages and the links to them
    say nothing."""
    out = []
    for page in idx.pages:
        if not page.get("in_scope", 1):
            continue
        if is_news_page(idx.target(page["url"])):
            continue  # a news article's paragraph reports on the item; it is not the item (checks.news)
        hit = phrase_near(page.get("text") or "", ev.body_phrases, BODY_WINDOW, with_position=True)
        if hit and empty is not None:
            if empty(idx.target(page["url"])):
                continue  # an unfilled template page: its heading is all it says of the item
            dead = [
                x[0]
                for x in page.get("links") or []
                if isinstance(x, (list, tuple))
                and len(x) > 1
                and x[0]
                and (d := idx.targets.get(norm_url(x[1] or ""))) is not None
                and empty(d)
            ]
            if dead and not phrase_near(without(norm(page.get("text")), dead), ev.body_phrases, BODY_WINDOW):
                continue  # the words are only a menu link's to such a page: that page decides, and says nothing
        if hit:
            p, i = hit
            m = Match("isi-halaman", p)
            if with_snippet:
                n = norm(page.get("text") or "")
                out.append((idx.target(page["url"]), m, n[i : i + len(norm(p.split(" + ")[0])) + SNIPPET_AFTER]))
            else:
                out.append((idx.target(page["url"]), m))
    return out


def prose(page: dict) -> str:
    """A page's text, normalised, without its title, headings and link texts (each removed as often as it
    is written there): what it says in sentences, tables and paragraphs."""
    names = [
        page.get("title") or "",
        *(page.get("headings") or []),
        *[x[0] for x in page.get("links") or [] if isinstance(x, (list, tuple)) and x and x[0]],
    ]
    return without(norm(page.get("text")), names)


def without(n: str, texts: list[str]) -> str:
    """Normalised text `n` with each of `texts` taken out once (longest first)."""
    for x in sorted((norm(x) for x in texts if x), key=len, reverse=True):
        if x.strip():
            n = n.replace(x, " ", 1)
    return n


def phrase_near(text: str, phrases: tuple[str, ...], window: int, with_position: bool = False):
    """The first phrase whose parts ("a + b") all appear within `window` characters of each other
    (with `with_position`: (phrase, where its first part starts in the normalised text))."""
    n = norm(text)
    firsts = _first_words(tuple(phrases))
    if firsts is not None and words_of(n).isdisjoint(firsts):
        return None  # no phrase's first part can be found (see _first_words)
    for p in phrases:
        parts = [norm(x) for x in p.split(" + ")]
        start = 0
        while (i := n.find(parts[0], start)) >= 0:
            seg = n[max(0, i - window) : i + len(parts[0]) + window]
            if all(x in seg for x in parts[1:]):
                return (p, i) if with_position else p
            start = i + 1
    return None
