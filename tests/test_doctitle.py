"""A document is what its own first lines say: the title under the letterhead, not the file's metadata."""

from __future__ import annotations

from kipmon.doctitle import doc_title, file_title, meta_title, subject, title_from_text

KOP = (
    "PEMERINTAH KABUPATEN KUTAI TIMUR\nKECAMATAN SANGATTA UTARA\nDESA SUKA MAJU\n"
    "Jl. Poros Desa No. 1 Telp. (0549) 555123 e-mail: pemdes@sukamaju.desa.id\n"
)


def test_title_is_what_follows_the_letterhead_across_lines():
    text = KOP + (
        "PERATURAN DESA SUKA MAJU\nNOMOR 4 TAHUN 2024\nTENTANG\nRENCANA KERJA PEMERINTAH DESA\n"
        "TAHUN 2025\nDengan rahmat Tuhan Yang Maha Esa\nKepala Desa Suka Maju,"
    )
    title = title_from_text(text)
    assert title == ("PERATURAN DESA SUKA MAJU NOMOR 4 TAHUN 2024 TENTANG RENCANA KERJA PEMERINTAH DESA TAHUN 2025")
    # a regulation is about what follows "tentang": its year is the plan's, not the regulation's
    assert subject(title) == "RENCANA KERJA PEMERINTAH DESA TAHUN 2025"


def test_an_office_letterhead_and_body_text_are_not_the_title():
    text = (
        "PEMERINTAH KABUPATEN KUTAI TIMUR\nDINAS SOSIAL\nJalan Soekarno Hatta No. 2, Sangatta 75611\n"
        "________________________\nLAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025\n"
        "Laporan ini disusun untuk memenuhi kewajiban akuntabilitas."
    )
    assert title_from_text(text) == "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2025"


def test_flat_text_from_older_stores_finds_the_title_after_the_letterhead():
    flat = (
        "PEMERINTAH KABUPATEN KUTAI TIMUR DINAS KESEHATAN Jalan Soekarno Hatta No. 1 Telp. (0549) 21000 "
        "DAFTAR INFORMASI PUBLIK TAHUN 2026 Nomor Jenis Informasi Penanggung Jawab"
    )
    assert title_from_text(flat).startswith("DAFTAR INFORMASI PUBLIK TAHUN 2026")
    assert len(title_from_text(flat)) <= 90


def test_a_document_without_letterhead_starts_with_its_title():
    assert title_from_text("Standar Operasional Prosedur Pelayanan Informasi Publik\nTujuan\nProsedur ini").startswith(
        "Standar Operasional Prosedur Pelayanan Informasi Publik"
    )


def test_nothing_but_letterhead_gives_no_title():
    assert title_from_text(KOP) == ""
    assert title_from_text("") == "" and title_from_text(None) == ""


def test_metadata_titles_that_are_file_names_are_not_titles():
    for name in (
        "Microsoft Word - Document1",
        "Microsoft Word - SK PPID.docx",
        "scan0001",
        "IMG_20250114",
        "Untitled",
        "Document1",
        "laporan.pdf",
        "12",
    ):
        assert meta_title(name) == "", name
    assert meta_title("Daftar Informasi Publik 2026") == "Daftar Informasi Publik 2026"
    assert file_title("Microsoft Word - RKPDes_Suka_Maju_2025.docx") == "RKPDes Suka Maju 2025"


def test_doc_title_is_cached_per_content_hash_and_skips_pages():
    f = {"kind": "pdf", "content_hash": "h-doctitle-1", "text": KOP + "RKPDES TAHUN 2025\nisi"}
    assert doc_title(f) == "RKPDES TAHUN 2025"
    assert doc_title(dict(f)) == "RKPDES TAHUN 2025"
    # the same bytes read later by OCR (the text was empty while OCR was deferred): a new title
    assert doc_title({"kind": "pdf", "content_hash": "h-doctitle-2", "text": ""}) == ""
    assert (
        doc_title({"kind": "pdf", "content_hash": "h-doctitle-2", "text": "LRA DESA 2025\nisi laporan\nhalaman 1"})
        == "LRA DESA 2025"
    )
    assert doc_title({"kind": "html", "text": "LAPORAN KINERJA 2025"}) == ""
    assert (
        doc_title({"kind": "image", "text": "INFOGRAFIS APBDES\nTAHUN ANGGARAN 2025\nPendapatan Desa Rp 1"})
        == "INFOGRAFIS APBDES TAHUN ANGGARAN 2025"
    )
