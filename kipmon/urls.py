"""What a URL says about the file behind it, shared by the crawler (what to fetch as a document) and
the checks (what a link points at), so the two cannot disagree.

Many Indonesian government CMSs serve files through a script: Lokomedia's `downlot.php?file=X.pdf`,
`download.php?id=..&file=..`, `unduh?berkas=..`. The file's name, and so its kind, is then in the query.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlsplit

DOCUMENT_EXTENSIONS = (
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".odt",
    ".ods",
    ".ppt",
    ".pptx",
    ".rtf",
    ".csv",
    ".zip",
)


def _ext(name: str) -> str:
    name = name.lower().rstrip("/")
    dot = name.rfind(".")
    return name[dot:] if dot > name.rfind("/") else ""


def file_name(url: str) -> str:
    """The name of the file a URL serves: the last path segment, or a query value naming a file
    (`downlot.php?file=SOP_Evakuasi.pdf` -> `SOP_Evakuasi.pdf`), decoded."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    last = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
    if _ext(last) not in DOCUMENT_EXTENSIONS:
        for _, value in parse_qsl(parts.query):
            value = unquote(value).rsplit("/", 1)[-1]
            if _ext(value) in DOCUMENT_EXTENSIONS:
                return value
    return last


def extension(url: str) -> str:
    """The lower-case extension of the file a URL serves ('.pdf'), or ''."""
    return _ext(file_name(url))


def looks_like_document(url: str) -> bool:
    return extension(url) in DOCUMENT_EXTENSIONS
