"""What a URL says about the file behind it (kipmon/urls.py), as the crawler and the checks read it."""

import pytest

from kipmon.urls import extension, file_name, looks_like_document


@pytest.mark.parametrize(
    "url, name, is_doc",
    [
        ("https://x.go.id/wp-content/uploads/2025/01/LKjIP-2024.pdf", "LKjIP-2024.pdf", True),
        ("https://x.go.id/downlot.php?file=SOP_Evakuasi_Keadaan_Darurat.pdf", "SOP_Evakuasi_Keadaan_Darurat.pdf", True),
        ("https://x.go.id/unduh?berkas=dokumen%2F2025%2FDPA%202025.XLSX&id=4", "DPA 2025.XLSX", True),
        ("https://x.go.id/index.php?option=com_content&view=article&id=12", "index.php", False),
        ("https://x.go.id/ppid/", "ppid", False),
        ("https://x.go.id/berita/detail/dip-2025", "dip-2025", False),
    ],
)
def test_file_names_in_paths_and_in_download_scripts(url, name, is_doc):
    assert file_name(url) == name
    assert looks_like_document(url) is is_doc
    assert (extension(url) in (".pdf", ".xlsx")) is is_doc
