"""Real documents generated in code for the demo sites: PDF 1.4, DOCX and XLSX (no binaries in git).

The PDFs are small but valid: a Helvetica text content stream per page (WinAnsiEncoding, so Indonesian
text with the odd accented name survives), an /Info dictionary, and a cross-reference table with the
correct byte offsets, so pypdf and other readers extract both text and metadata.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import textwrap
import zipfile
from xml.sax.saxutils import escape

LINES_PER_PAGE = 52
WRAP = 95


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252) with (, ) and \\ escaped; other bytes as octal."""
    out = bytearray(b"(")
    for b in text.encode("cp1252", errors="replace"):
        ch = bytes([b])
        if ch in (b"(", b")", b"\\"):
            out += b"\\" + ch
        elif 32 <= b < 127:
            out += ch
        else:
            out += b"\\%03o" % b
    out += b")"
    return bytes(out)


def _pdf_date(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        d = value
    else:
        d = dt.datetime(value.year, value.month, value.day, 9, 30, 0)
    return d.strftime("D:%Y%m%d%H%M%S+08'00'")


def make_pdf(title: str, text_lines: list[str], *, metadata: dict | None = None) -> bytes:
    """A valid PDF 1.4: `title` in bold then `text_lines`, wrapped, over as many pages as needed.

    metadata: /Info entries; "Title" defaults to `title`; date values (CreationDate, ModDate) may be
    datetime.date/datetime or a ready "D:..." string. Author, Producer, Creator, Subject are strings.
    """
    info = {"Title": title, "Producer": "Microsoft® Word 2016"}
    info.update(metadata or {})

    wrapped: list[tuple[str, str]] = [("F2", line) for line in textwrap.wrap(title, 70)] + [("F1", "")]
    for line in text_lines:
        parts = textwrap.wrap(line, WRAP) or [""]
        wrapped += [("F1", p) for p in parts]
    pages = [wrapped[i : i + LINES_PER_PAGE] for i in range(0, len(wrapped), LINES_PER_PAGE)] or [[]]

    objects: list[bytes] = []  # objects[i] is object number i+1

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled below
    pages_obj = add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        ops = [b"BT", b"14 TL", b"56 790 Td"]
        font = None
        for f, text in lines:
            if f != font:
                ops.append(b"/%s %d Tf" % (f.encode(), 13 if f == "F2" else 10))
                font = f
            ops.append(_pdf_string(text) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page = add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pages_obj, f1, f2, content)
        )
        kids.append(page)
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    )
    entries = []
    for key, value in info.items():
        if value is None:
            continue
        if key in ("CreationDate", "ModDate"):
            value = _pdf_date(value)
        entries.append(b"/" + key.encode() + b" " + _pdf_string(str(value)))
    info_obj = add(b"<< " + b" ".join(entries) + b" >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        info_obj,
        xref,
    )
    return bytes(out)


def _core_xml(title: str, created: dt.date, creator: str) -> str:
    stamp = f"{created.isoformat()}T09:30:00Z"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


_RELS_ROOT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)


def _zip(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def make_docx(title: str, paragraphs: list[str], *, created: dt.date, creator: str = "Admin") -> bytes:
    """A minimal Word document: the title as the first (bold) paragraph, then `paragraphs`."""

    def para(text: str, bold: bool = False) -> str:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = para(title, True) + "".join(para(p) for p in paragraphs)
    return _zip(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                "</Types>"
            ),
            "_rels/.rels": _RELS_ROOT.replace("{main}", "word/document.xml"),
            "word/document.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>"
            ),
            "docProps/core.xml": _core_xml(title, created, creator),
        }
    )


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(
    title: str, rows: list[list], *, created: dt.date, creator: str = "Admin", sheet: str = "Sheet1"
) -> bytes:
    """A minimal workbook with one sheet: `title` in A1, then `rows` (strings shared, numbers inline)."""
    strings: list[str] = []

    def sidx(s: str) -> int:
        if s not in strings:
            strings.append(s)
        return strings.index(s)

    all_rows = [[title]] + [[]] + rows
    xml_rows = []
    for r, row in enumerate(all_rows, start=1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value is not None and value != "":
                cells.append(f'<c r="{ref}" t="s"><v>{sidx(str(value))}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    shared = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    return _zip(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                "</Types>"
            ),
            "_rels/.rels": _RELS_ROOT.replace("{main}", "xl/workbook.xml"),
            "xl/workbook.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
            ),
            "xl/_rels/workbook.xml.rels": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                "</Relationships>"
            ),
            "xl/sharedStrings.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                f'count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'
            ),
            "xl/worksheets/sheet1.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
            ),
            "docProps/core.xml": _core_xml(title, created, creator),
        }
    )


def corrupt_bytes(seed: str, size: int = 4096) -> bytes:
    """Deterministic garbage for a 'PDF' that no reader can open (does not start with %PDF)."""
    data = random.Random(seed).randbytes(size)
    return b"\x00\x13" + data[2:]
