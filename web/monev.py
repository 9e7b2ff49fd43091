"""The monev mandiri workbook (XLSX): one row per item per body, with the evidence an office can paste
into the Komisi Informasi's self-assessment questionnaire as "data dukung", and a sheet ranking bodies
by estimate and by how much their listed fixes would add.

Why xlsxwriter: well kept, no dependencies, writes real XLSX that Excel and LibreOffice open; every
cell is written with write_string/write_number, so a crawled text that starts with "=" stays text
(no formula injection).
"""

from __future__ import annotations

import io

import xlsxwriter

from reports.common import STATUS_LABELS, one_line

ITEM_HEADERS = (
    "Badan publik",
    "Jenis",
    "Informasi",
    "Dasar hukum",
    "Status",
    "Status mesin",
    "URL bukti",
    "Tahun",
    "Keputusan peninjau",
    "Catatan peninjau",
    "Peninjau",
    "Keterangan",
)
RANK_HEADERS = (
    "Peringkat",
    "Badan publik",
    "Jenis",
    "Nilai estimasi",
    "Kualifikasi",
    "Kekurangan",
    "Nilai setelah perbaikan",
    "Potensi kenaikan",
)


def _gain(e: dict) -> float | None:
    """How much the body's listed fixes add to its estimate (0 when it lists none)."""
    if e["score"] is None:
        return None
    end = e["path"][-1]["score_after"] if e["path"] else None
    return round(end - e["score"], 1) if end is not None else 0.0


def _put(ws, row: int, col: int, value) -> None:
    if value is None or value == "":
        ws.write_blank(row, col, None)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        ws.write_number(row, col, value)
    else:
        ws.write_string(row, col, str(value))


def workbook(ctx: dict, body_id: str | None = None) -> bytes:
    """The workbook of one run's report data (reports.data.build), for one body (`body_id`) or for all."""
    bodies = [e for e in ctx["bodies"] if body_id is None or e["id"] == body_id]
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    head = wb.add_format({"bold": True, "bg_color": "#DDE6F0", "text_wrap": True, "valign": "top"})
    ws = wb.add_worksheet("Butir")
    ws.freeze_panes(1, 0)
    for c, h in enumerate(ITEM_HEADERS):
        ws.write_string(0, c, h, head)
    for c, width in enumerate((34, 16, 34, 22, 14, 14, 46, 7, 16, 40, 18, 50)):
        ws.set_column(c, c, width)
    r = 1
    for e in bodies:
        for it in e["items"]:
            v = it["verdict"] or {}
            for c, value in enumerate(
                (
                    one_line(e["name"]),
                    e["kind_label"],
                    it["nama"],
                    it["legal_basis"],
                    STATUS_LABELS.get(it["status"], it["status"]),
                    STATUS_LABELS.get(it["machine_status"], it["machine_status"]),
                    (it["evidence"] or {}).get("url"),
                    it["year"],
                    STATUS_LABELS.get(v.get("status"), v.get("status")) if v else None,
                    v.get("note"),
                    v.get("by"),
                    it["detail"],
                )
            ):
                _put(ws, r, c, value)
            r += 1
    ws.autofilter(0, 0, max(r - 1, 1), len(ITEM_HEADERS) - 1)

    rk = wb.add_worksheet("Peringkat")
    rk.freeze_panes(1, 0)
    ranked_score = sorted(bodies, key=lambda e: (e["score"] is None, -(e["score"] or 0), e["name"]))
    ranked_gain = sorted(bodies, key=lambda e: (_gain(e) is None, -(_gain(e) or 0), e["name"]))
    rk.write_string(0, 0, "Menurut nilai estimasi", head)
    rk.write_string(0, len(RANK_HEADERS) + 1, "Menurut potensi kenaikan (prioritas kunjungan)", head)
    for offset, ranked in ((0, ranked_score), (len(RANK_HEADERS) + 1, ranked_gain)):
        for c, h in enumerate(RANK_HEADERS):
            rk.write_string(1, offset + c, h, head)
            rk.set_column(offset + c, offset + c, 34 if c == 1 else 14)
        for i, e in enumerate(ranked, 1):
            end = e["path"][-1]["score_after"] if e["path"] else e["score"]
            for c, value in enumerate(
                (i, one_line(e["name"]), e["kind_label"], e["score"], e["band"], e["gaps"], end, _gain(e))
            ):
                _put(rk, i + 1, offset + c, value)
    wb.close()
    return buf.getvalue()
