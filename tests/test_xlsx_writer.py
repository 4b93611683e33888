"""The export writer: typed, formula-safe cells, layout, streaming in chunks off the event loop.

Async code runs through asyncio.run inside plain tests, so nothing depends on pytest-asyncio config.
"""

import asyncio
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from exports import ExportColumn, export_filename, sanitize_sheet_title, write_xlsx
from exports.xlsx_writer import NUM_FORMATS
from tests.conftest import until

COLUMNS = [
    ExportColumn("Perihal", "text"),
    ExportColumn("Jumlah", "int"),
    ExportColumn("Nilai", "decimal"),
    ExportColumn("Anggaran", "money"),
    ExportColumn("Capaian", "percent"),
    ExportColumn("Tanggal Surat", "date"),
    ExportColumn("Diterima", "datetime"),
    ExportColumn("Aktif", "bool", width=9),
]
SUBTITLES = ["Kantor Kecamatan Candipuro, Kabupaten Lumajang", "Filter: sifat = Rahasia",
             "Diekspor: 28/11/2026 21:30"]
HEADER_ROW = 1 + len(SUBTITLES) + 2  # 1-based: title, subtitles, blank row, header


async def _chunks(chunks):
    for chunk in chunks:
        await asyncio.sleep(0)
        yield chunk


def _export(path: Path, chunks, columns=COLUMNS, progress=None, **kw) -> int:
    args = dict(sheet_title="Surat Masuk", title="Daftar Surat Masuk", subtitle_lines=SUBTITLES)
    args.update(kw)
    return asyncio.run(write_xlsx(path, columns=columns, chunks=_chunks(chunks),
                                  on_progress=progress, **args))


ROW_1 = ("=1+1", 12, Decimal("8000.01"), Decimal("1250000"), 85.5, date(2026, 11, 28),
         datetime(2026, 11, 28, 14, 30, tzinfo=timezone.utc), True)
ROW_2 = ("+62 812-3456", None, 1.5, 2500, Decimal("100"), None, datetime(2026, 1, 2, 8, 15), False)
ROW_3 = ("@SUM(A1)", -3, None, None, None, date(2025, 1, 31), None, None)
ROW_4 = ("-2+3", 0, Decimal("0.10"), Decimal("-5000.5"), 0, date(1999, 12, 31),
         datetime(2026, 12, 31, 20, 0, tzinfo=timezone(timedelta(hours=-5))), None)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "surat_masuk.xlsx"
    progress: list[int] = []
    written = _export(path, [[ROW_1, ROW_2], [ROW_3], [], [ROW_4]], progress=progress.append)
    return path, written, progress, openpyxl.load_workbook(path).active


def cell(ws, data_index: int, col: int):
    return ws.cell(row=HEADER_ROW + 1 + data_index, column=col)


def test_layout_title_subtitles_header(book):
    path, _, _, ws = book
    assert ws.title == "Surat Masuk"
    assert ws["A1"].value == "Daftar Surat Masuk" and ws["A1"].font.b
    assert ws["A1"].font.sz > 11
    assert [ws.cell(row=2 + i, column=1).value for i in range(3)] == SUBTITLES
    assert ws.cell(row=HEADER_ROW - 1, column=1).value is None  # the blank separator row
    headers = [ws.cell(row=HEADER_ROW, column=c).value for c in range(1, len(COLUMNS) + 1)]
    assert headers == [c.label for c in COLUMNS]
    assert all(ws.cell(row=HEADER_ROW, column=c).font.b for c in range(1, len(COLUMNS) + 1))
    assert ws.cell(row=HEADER_ROW, column=1).border.bottom.style is not None
    assert ws.freeze_panes == f"A{HEADER_ROW + 1}"
    assert ws.auto_filter.ref == f"A{HEADER_ROW}:H{HEADER_ROW + 4}"
    assert ws.column_dimensions["A"].width >= 30 and ws.column_dimensions["H"].width == pytest.approx(9, abs=1)
    assert not Path(str(path) + ".part").exists()


def test_rows_in_order_and_progress(book):
    _, written, progress, ws = book
    assert written == 4 and ws.max_row == HEADER_ROW + 4
    assert [cell(ws, i, 1).value for i in range(4)] == ["=1+1", "+62 812-3456", "@SUM(A1)", "-2+3"]
    assert progress == [2, 3, 3, 4]


def test_strings_stay_text_never_formulas(book):
    ws = book[3]
    for i in range(4):
        assert cell(ws, i, 1).data_type == "s", cell(ws, i, 1).value
    assert cell(ws, 0, 1).value == "=1+1"


def test_numbers_money_percent(book):
    ws = book[3]
    assert cell(ws, 0, 2).value == 12 and cell(ws, 0, 2).data_type == "n"
    assert cell(ws, 0, 3).value == pytest.approx(8000.01) and cell(ws, 0, 3).number_format == "#,##0.00"
    money = cell(ws, 0, 4)
    assert money.data_type == "n" and money.value == 1250000
    assert money.number_format == NUM_FORMATS["money"] and '"Rp"' in money.number_format
    assert cell(ws, 3, 4).value == pytest.approx(-5000.5)
    assert cell(ws, 0, 5).value == pytest.approx(85.5) and cell(ws, 0, 5).number_format == '0.00"%"'


def test_dates_and_wib_datetimes(book):
    ws = book[3]
    d = cell(ws, 0, 6)
    assert d.is_date and d.value == datetime(2026, 11, 28) and d.number_format == "dd/mm/yyyy"
    dt = cell(ws, 0, 7)
    assert dt.value == datetime(2026, 11, 28, 21, 30)  # 14:30 UTC is 21:30 WIB
    assert dt.number_format == "dd/mm/yyyy hh:mm"
    assert cell(ws, 1, 7).value == datetime(2026, 1, 2, 8, 15)  # naive: taken as local already
    assert cell(ws, 3, 7).value == datetime(2027, 1, 1, 8, 0)  # 20:00 UTC-5 = 01:00 UTC = 08:00 WIB
    assert cell(ws, 3, 6).value == datetime(1999, 12, 31)


def test_bool_and_none(book):
    ws = book[3]
    assert [cell(ws, i, 8).value for i in range(4)] == ["Ya", "Tidak", None, None]
    assert cell(ws, 1, 2).value is None and cell(ws, 2, 3).value is None and cell(ws, 1, 6).value is None


def test_odd_values_do_not_break_the_export(tmp_path):
    path = tmp_path / "odd.xlsx"
    cols = [ExportColumn("NIK", "text"), ExportColumn("Angka", "int"), ExportColumn("Nilai", "decimal"),
            ExportColumn("Tgl", "date")]
    rows = [(3508012345678901, 3508012345678901, float("nan"), datetime(2026, 11, 28, 20, 0, tzinfo=timezone.utc)),
            ("x" * 10, "bukan angka", Decimal("1.5"), date(1850, 1, 1))]
    assert _export(path, [rows], columns=cols, sheet_title="Data: [2026]/*?\\ sangat panjang sekali") == 2
    ws = openpyxl.load_workbook(path).active
    assert ws.title == sanitize_sheet_title("Data: [2026]/*?\\ sangat panjang sekali")
    r = HEADER_ROW + 1
    assert ws.cell(r, 1).value == "3508012345678901"  # text kind: digits kept exactly
    assert ws.cell(r, 2).value == "3508012345678901"  # too many digits for an Excel number
    assert ws.cell(r, 3).value is None  # NaN left blank
    assert ws.cell(r, 4).value == datetime(2026, 11, 29)  # 20:00 UTC is already the 29th in WIB
    assert ws.cell(r + 1, 2).value == "bukan angka"
    assert ws.cell(r + 1, 4).value == "01/01/1850"  # before Excel's epoch: readable text


def test_a_date_before_the_year_1000_keeps_its_four_year_digits(tmp_path):
    path = tmp_path / "kuno.xlsx"
    cols = [ExportColumn("Tgl", "date"), ExportColumn("Waktu", "datetime")]
    assert _export(path, [[(date(1, 1, 1), datetime(999, 3, 4, 5, 6))]], columns=cols) == 1
    ws = openpyxl.load_workbook(path).active
    assert [ws.cell(HEADER_ROW + 1, c).value for c in (1, 2)] == ["01/01/0001", "04/03/0999 05:06"]  # reads back in


def test_empty_export_has_header_and_filter(tmp_path):
    path = tmp_path / "empty.xlsx"
    assert _export(path, [], subtitle_lines=[]) == 0
    ws = openpyxl.load_workbook(path).active
    assert ws["A3"].value == "Perihal" and ws.auto_filter.ref == "A3:H3" and ws.freeze_panes == "A4"


def test_failure_leaves_no_file(tmp_path):
    from exports import xlsx_process

    xlsx_process.close_idle_workers()
    path = tmp_path / "broken.xlsx"

    async def failing():
        yield [ROW_1]
        raise RuntimeError("db gone")

    with pytest.raises(RuntimeError, match="db gone"):
        asyncio.run(write_xlsx(path, sheet_title="x", title="x", subtitle_lines=[], columns=COLUMNS,
                               chunks=failing()))
    with pytest.raises(ValueError, match="expected 8"):
        _export(path, [[ROW_1[:3]]])

    async def cancelled():
        given = 0

        async def endless():
            nonlocal given
            while True:
                given += 1
                yield [ROW_1] * 500
                await asyncio.sleep(0)

        task = asyncio.create_task(write_xlsx(path, sheet_title="x", title="x", subtitle_lines=[],
                                              columns=COLUMNS, chunks=endless()))
        await until(lambda: given >= 3, what="the writer under way")
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # cleanup runs on the writer thread after any in-flight chunk, once the child is ended
        await until(lambda: list(tmp_path.iterdir()), equals=[])
        assert xlsx_process._idle == []

    asyncio.run(cancelled())


def test_workbook_options(tmp_path, monkeypatch):
    """What the writer's process makes a workbook with (Sheet, made here in-process to look)."""
    import exports.xlsx_writer as xw

    seen: list[dict] = []
    real = xw.xlsxwriter.Workbook

    def recording_workbook(filename, options):
        seen.append(options)
        return real(filename, options)

    monkeypatch.setattr(xw.xlsxwriter, "Workbook", recording_workbook)
    sheet = xw.Sheet(tmp_path / "o.xlsx.part", "x", "x", [], COLUMNS)
    sheet.write_rows([ROW_1])
    sheet.close(tmp_path / "o.xlsx.part", tmp_path / "o.xlsx")
    assert seen == [{"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                     "strings_to_numbers": False, "remove_timezone": True}]
    assert openpyxl.load_workbook(tmp_path / "o.xlsx").active["A4"].value == "=1+1"   # no subtitles: header in row 3


def test_the_workbook_is_written_by_a_child_process_kept_for_the_next_export(tmp_path, monkeypatch):
    """Issue #13 (g): xlsxwriter runs in exports.xlsx_process's child, not in the web process, and
    the child is kept for the next export."""
    import os

    import exports.xlsx_writer as xw
    from exports import xlsx_process

    def not_here(*args, **kwargs):
        raise AssertionError("the workbook was written in the web process")

    monkeypatch.setattr(xw, "Sheet", not_here)
    xlsx_process.close_idle_workers()
    assert _export(tmp_path / "a.xlsx", [[ROW_1], [ROW_2]]) == 2
    [kept] = xlsx_process._idle
    assert kept.alive and kept.process.pid != os.getpid()
    assert _export(tmp_path / "b.xlsx", [[ROW_3]]) == 1
    assert [worker.process.pid for worker in xlsx_process._idle] == [kept.process.pid]
    assert openpyxl.load_workbook(tmp_path / "b.xlsx").active.cell(row=HEADER_ROW + 1, column=1).value == "@SUM(A1)"


def test_sheet_title_and_filename_helpers():
    assert sanitize_sheet_title("Rekap IKM [2026]: Triwulan 1/2?") == "Rekap IKM _2026__ Triwulan 1_2_"
    assert len(sanitize_sheet_title("a" * 50)) == 31
    assert sanitize_sheet_title("'quoted'") == "quoted" and sanitize_sheet_title("///") == "___"
    assert sanitize_sheet_title("") == "Data"
    now = datetime(2026, 11, 28, 21, 30, 0)
    assert export_filename("surat_masuk", now) == "surat_masuk_20261128-213000.xlsx"
    assert export_filename("Surat Masuk / Keluar ../..", now) == "surat_masuk_keluar_20261128-213000.xlsx"
    assert export_filename("x", datetime(2026, 11, 28, 14, 30, tzinfo=timezone.utc)) == "x_20261128-213000.xlsx"
    with pytest.raises(ValueError):
        ExportColumn("Harga", "currency")


def test_event_loop_stays_responsive(tmp_path):
    """50k rows: a concurrent ticker keeps running while the writer works on its thread."""
    path = tmp_path / "big.xlsx"
    cols = [ExportColumn("Nama", "text"), ExportColumn("No", "int"), ExportColumn("Tanggal", "date"),
            ExportColumn("Nilai", "money")]
    base = date(2026, 1, 1)

    ticks = 0
    ticks_when_asked: list[int] = []  # ticker count each time the writer asks for the next chunk

    async def rows():
        for start in range(0, 50_000, 5000):
            ticks_when_asked.append(ticks)
            yield [(f"Warga {i}", i, base + timedelta(days=i % 365), Decimal(i) * 1000)
                   for i in range(start, start + 5000)]
        ticks_when_asked.append(ticks)

    async def main():
        stop = asyncio.Event()

        async def ticker():
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        try:
            written = await write_xlsx(path, sheet_title="Warga", title="Warga", subtitle_lines=[],
                                       columns=cols, chunks=rows())
        finally:
            stop.set()
            await task
        return written, ticks

    written, total_ticks = asyncio.run(main())
    assert written == 50_000
    # Writing chunks on the event loop would leave the ticker at ~0 ticks until the last chunk is
    # requested (the chunk source never awaits); on the writer thread it ticks throughout.
    assert ticks_when_asked[-1] - ticks_when_asked[0] > 5, ticks_when_asked
    assert total_ticks - ticks_when_asked[-1] > 5, (ticks_when_asked, total_ticks)  # and during close()
    ws = openpyxl.load_workbook(path, read_only=True).active
    last = list(ws.iter_rows(min_row=ws.max_row, values_only=True))[0]
    assert last == ("Warga 49999", 49999, datetime.combine(base + timedelta(days=49999 % 365), datetime.min.time()),
                    49_999_000)


def test_failure_while_closing_removes_partial_file(tmp_path):
    """The rename at the end fails (here: a folder stands where the file should go): an OSError as
    before, no partial file, and the child whose workbook failed is not kept."""
    from exports import xlsx_process

    xlsx_process.close_idle_workers()
    (tmp_path / "full.xlsx").mkdir()
    with pytest.raises(OSError):
        _export(tmp_path / "full.xlsx", [[ROW_1]])
    asyncio.run(until(lambda: sorted(p.name for p in tmp_path.iterdir()), equals=["full.xlsx"]))
    assert xlsx_process._idle == []
