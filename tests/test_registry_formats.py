"""The registry as spreadsheets save it: semicolon CSV (Indonesian locale), Excel's `sep=;` line, and
files that are not CSV at all, each refused with its own reason; every error listed with file:line."""

from __future__ import annotations

import pytest

from kipmon.registry import MAX_ERRORS, RegistryError, load_registry


def refused(path) -> RegistryError:
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    return info.value


def test_semicolon_csv_is_read(tmp_path):
    reg = tmp_path / "r.csv"
    reg.write_text(
        'id;name;kind;url;parent\npemkab;"Pemkab Contoh; Kaltim";pemkab;http://a.go.id/;\n'
        "dlh;DLH;opd;http://dlh.a.go.id/;pemkab\n",
        encoding="utf-8",
    )
    bodies = load_registry(reg)
    assert [b.id for b in bodies] == ["pemkab", "dlh"]
    assert bodies[0].name == "Pemkab Contoh; Kaltim" and bodies[1].parent == "pemkab"


def test_excel_sep_line_is_read_and_line_numbers_count_it(tmp_path):
    reg = tmp_path / "r.csv"
    reg.write_bytes("\ufeffsep=;\r\nid;name;kind\r\npemkab;Pemkab;pemkab\r\nx;X;kantor\r\n".encode("utf-8"))
    err = refused(reg)
    assert err.errors == [f"{reg}:4: unknown kind 'kantor' (expected one of pemkab, opd, kecamatan, kelurahan, desa)"]


def test_every_error_is_listed_up_to_the_cap(tmp_path):
    reg = tmp_path / "r.csv"
    rows = "".join(f"b{i},B,kantor\n" for i in range(MAX_ERRORS + 7))
    reg.write_text("id,name,kind\n" + rows, encoding="utf-8")
    err = refused(reg)
    lines = str(err).splitlines()
    assert lines[0] == f"registry refused, {MAX_ERRORS + 7} errors:"
    assert lines[1].startswith(f"  {reg}:2: unknown kind 'kantor'")
    assert len(lines) == 1 + MAX_ERRORS + 1 and lines[-1] == "  ... and 7 more"


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"PK\x03\x04rest-of-a-zip", "a spreadsheet workbook (.xlsx/.ods), not CSV"),
        ("id,name,kind\n".encode("utf-16"), "UTF-16 text"),
        (b"id|name|kind\npemkab|P|pemkab\n", "header 'id|name|kind' has no comma or semicolon"),
        (
            b"id;nama;jenis\npemkab;P;pemkab\n",
            "missing required column(s): name, kind (header read as ['id', 'nama', 'jenis'], separated by ';')",
        ),
    ],
)
def test_other_broken_files_are_refused_with_their_reason(tmp_path, content, reason):
    reg = tmp_path / "r.csv"
    reg.write_bytes(content)
    assert reason in str(refused(reg))
