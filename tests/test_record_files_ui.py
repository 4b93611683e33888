"""Issue #16 in the browser: a clerk uploads the scan of a surat masuk in its form, sees its
thumbnail, saves, sees 📎 1 in the grid, and downloads the very bytes under the original name; the
file is refused to a desa's operator of another desa and to a role that may not see the table; a
replaced scan is still listed (and opened) in the history, and a deleted and restored record keeps
its file; a file lying about its type, and a save naming a hash its writer never uploaded, are
refused beside the field. Real PDFs (pypdfium2) and JPEGs (Pillow), through the app's routes."""
from __future__ import annotations

import hashlib
import io
from urllib.parse import quote

import pypdfium2
import pytest
from nicegui import ui
from nicegui.elements.upload_files import SmallFileUpload
from nicegui.testing import User
from nicegui.testing.user_interaction import UserInteraction
from PIL import Image

from core import record_files, records
from core.auth import actor_of_user
from core.file_store import MissingFile, file_store
from models.accounts import User as Account
from models.informasi import PermohonanDataDesa
from models.pemerintahan_desa import PerangkatDesa
from models.persuratan import SuratMasuk
from models.reference import Desa
from models.table import TABLES
from pages.file_field import FilesInput
from pages.file_routes import file_link
from tests.conftest import form_messages, grid_column, grid_rows, handled, in_open_form, open_form_by, stored, submit_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import KEPALA_UMUM, make_surat

SCAN_NAME = 'Undangan Rapat – Camat "Candipuro".pdf'   # a dash and quotes: not plain ASCII
DESA_A, DESA_B = '35.08.03.2002', '35.08.03.2003'


def pdf_bytes(pages: int = 1) -> bytes:
    document = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def jpeg_bytes(color: str = 'red') -> bytes:
    buffer = io.BytesIO()
    Image.new('RGB', (64, 48), color).save(buffer, 'JPEG')
    return buffer.getvalue()


def files_input(user: User, name: str = 'berkas') -> FilesInput:
    return in_open_form(user, f'field-{name}')


async def upload(user: User, name: str, file_name: str, data: bytes, jenis: str) -> None:
    """Send a file through the form's uploader, as QUploader posts it, and wait for its handler."""
    with user:
        uploader = in_open_form(user, f'unggah-{name}')
        assert isinstance(uploader, ui.upload)
    async with handled():
        await uploader.handle_uploads([SmallFileUpload(file_name, jenis, data)])


async def open_surat_form(user: User) -> None:
    await until(lambda: grid_rows(user))
    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': grid_rows(user)[0]})
    await open_form_by(user, 'ubah')


async def clerk_with_a_surat(user: User) -> SuratMasuk:
    surat = await make_surat(1, 'Undangan rapat')
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    return surat


async def test_upload_a_scan_see_its_thumbnail_save_and_download_it(user: User) -> None:
    surat = await clerk_with_a_surat(user)
    scan = pdf_bytes()
    await open_surat_form(user)
    await upload(user, 'berkas', SCAN_NAME, scan, 'application/pdf')
    [item] = await until(lambda: files_input(user).value)
    assert (item['nama'], item['ukuran'], item['jenis']) == (SCAN_NAME, len(scan), 'application/pdf')
    with user:
        thumbnail = next(iter(user.find(marker='gambar-kecil').elements))
    before_save = await user.http_client.get(thumbnail.props['src'])   # the uploader's own fresh upload
    assert before_save.status_code == 200 and before_save.content.startswith(b'\x89PNG')

    assert await submit_form(user) == {}
    assert (await stored(surat, 'berkas'))[0]['sha256'] == item['sha256']
    await until(lambda: grid_rows(user)[0]['berkas'], equals='📎 1')

    link = file_link(item['sha256'], table='surat_masuk', row_id=surat.id, column='berkas')
    thumbnail = await user.http_client.get(link.replace('?', '/gambar-kecil?', 1))
    assert thumbnail.status_code == 200 and thumbnail.headers['content-type'] == 'image/png'
    assert Image.open(io.BytesIO(thumbnail.content)).size[0] > 0
    shown = await user.http_client.get(link)
    assert shown.content == scan and shown.headers['content-type'] == 'application/pdf'
    assert shown.headers['content-disposition'].startswith('inline;')
    downloaded = await user.http_client.get(file_link(item['sha256'], table='surat_masuk', row_id=surat.id,
                                                      column='berkas', download=True))
    assert downloaded.status_code == 200 and downloaded.content == scan
    disposition = downloaded.headers['content-disposition']
    assert disposition == ('attachment; filename="Undangan Rapat _ Camat _Candipuro_.pdf"; '
                           f"filename*=UTF-8''{quote(SCAN_NAME, safe='')}")
    assert downloaded.headers['x-content-type-options'] == 'nosniff'
    assert downloaded.headers['content-security-policy'].startswith('sandbox')
    assert downloaded.headers['cache-control'] == 'private, no-store'


async def test_refused_to_another_desa_and_to_a_role_that_may_not_see_the_table(user: User) -> None:
    await create_account('kasi', 'Kepala Seksi Pemerintahan')
    writer = await actor_of_user(await Account.get(username='kasi').select_related('role'))
    spec = TABLES['permohonan_data_desa']
    item = await record_files.accept_upload(writer, spec, 'lampiran', 'data.pdf', pdf_bytes())
    desa_b = await Desa.get(kode=DESA_B)
    result = await records.save(spec, writer, {'desa': desa_b.id, 'tanggal': '05/11/2026', 'perihal': 'Data DTKS',
                                               'jenis_data': 'DTKS', 'lampiran': [item]})
    assert result.ok, result.errors
    row = await PermohonanDataDesa.get(perihal='Data DTKS')
    link = file_link(item['sha256'], table='permohonan_data_desa', row_id=row.id, column='lampiran')

    await create_account('operator.b', 'Operator Desa', desa_kode=DESA_B)
    await log_in_as(user, 'operator.b')
    assert (await user.http_client.get(link)).status_code == 200     # the desa's own operator sees it
    await user.open('/logout')
    await create_account('operator.a', 'Operator Desa', desa_kode=DESA_A)
    await log_in_as(user, 'operator.a')
    refused = await user.http_client.get(link)
    assert refused.status_code == 404 and refused.content != b'' and b'%PDF' not in refused.content
    assert (await user.http_client.get(link.replace('?', '/gambar-kecil?', 1))).status_code == 404
    await user.open('/logout')

    surat = await make_surat(1, 'Rahasia', berkas=[item])
    await create_account('pelayanan', 'Staf Seksi Pelayanan Umum')
    await log_in_as(user, 'pelayanan')
    response = await user.http_client.get(file_link(item['sha256'], table='surat_masuk', row_id=surat.id,
                                                    column='berkas'))
    assert response.status_code == 403 and b'%PDF' not in response.content


async def test_a_replaced_scan_stays_in_the_history_and_a_restored_record_keeps_its_file(user: User) -> None:
    surat = await clerk_with_a_surat(user)
    old_scan, photo = pdf_bytes(), jpeg_bytes()
    await open_surat_form(user)
    await upload(user, 'berkas', 'scan-lama.pdf', old_scan, 'application/pdf')
    [old] = await until(lambda: files_input(user).value)
    assert await submit_form(user) == {}

    await open_surat_form(user)
    assert [f['nama'] for f in files_input(user).value] == ['scan-lama.pdf']
    UserInteraction(user, {in_open_form(user, 'berkas-hapus')}, None).click()
    assert files_input(user).value == []
    await upload(user, 'berkas', 'foto-surat.jpg', photo, 'image/jpeg')
    await until(lambda: [f['nama'] for f in files_input(user).value], equals=['foto-surat.jpg'])
    assert await submit_form(user) == {}
    assert [f['nama'] for f in await stored(surat, 'berkas')] == ['foto-surat.jpg']

    user.find(marker='grid').trigger('rowSelected', {'selected': True, 'data': grid_rows(user)[0]})
    user.find(marker='riwayat').click()
    await user.should_see('Riwayat Surat Masuk')
    with user:
        history = next(iter(user.find(marker='tabel-riwayat').elements))
    assert history.rows[0]['rincian'] == 'Scan Surat: scan-lama.pdf → foto-surat.jpg'
    assert [f['name'] for f in history.rows[0]['files']] == ['scan-lama.pdf', 'foto-surat.jpg']
    old_link = history.rows[0]['files'][0]['url']
    opened = await user.http_client.get(old_link)
    assert opened.status_code == 200 and opened.content == old_scan

    user.find(marker='hapus').click()                       # Hapus in the grid, then Pulihkan in Sampah
    await user.should_see('Hapus data Surat Masuk ini?')
    user.find(marker='ya-hapus').click()
    await until(lambda: grid_rows(user), equals=[])
    record_files.forget()                                    # a day later: no upload ticket vouches any more
    assert (await user.http_client.get(old_link)).status_code == 404   # a deleted record serves nothing
    user.find(marker='sampah').click()
    await user.should_see('Sampah · Surat Masuk')
    with user:
        trash = next(iter(user.find(marker='tabel-sampah').elements))
    assert [row['berkas'] for row in trash.rows] == ['📎 1']
    trash.selected = [trash.rows[0]]
    user.find(marker='pulihkan').click()
    await until(lambda: grid_column(user, 'berkas'), equals=['📎 1'])
    new = (await stored(surat, 'berkas'))[0]
    response = await user.http_client.get(file_link(new['sha256'], table='surat_masuk', row_id=surat.id,
                                                    column='berkas'))
    assert response.status_code == 200 and response.content[:2] == b'\xff\xd8'
    assert response.headers['content-type'] == 'image/jpeg'
    assert (await user.http_client.get(old_link)).content == old_scan


async def test_a_file_lying_about_its_type_is_refused_beside_the_field(user: User) -> None:
    surat = await clerk_with_a_surat(user)
    page = b'<html><script>alert(document.cookie)</script></html>'
    await open_surat_form(user)
    await upload(user, 'berkas', 'scan.pdf', page, 'application/pdf')
    message = await until(lambda: form_messages(user).get('berkas'))
    assert 'scan.pdf' in message and 'tidak' in message
    await user.should_see(message)
    assert files_input(user).value == []
    assert await submit_form(user) == {}
    assert await stored(surat, 'berkas') is None
    with pytest.raises(MissingFile):
        await file_store().get(hashlib.sha256(page).hexdigest())


async def test_a_forged_save_with_a_hash_never_uploaded_is_refused(user: User) -> None:
    await create_account('kasi', 'Kepala Seksi Pemerintahan')
    other = await actor_of_user(await Account.get(username='kasi').select_related('role'))
    theirs = await record_files.accept_upload(other, TABLES['permohonan_data_desa'], 'lampiran', 'rahasia.pdf',
                                              pdf_bytes(2))
    surat = await clerk_with_a_surat(user)
    await open_surat_form(user)
    files_input(user).value = [theirs]            # what a forged event would send
    messages = await submit_form(user)
    assert messages['berkas'] == 'Berkas ini tidak Anda unggah lewat formulir. Unggah ulang berkasnya.'
    assert await stored(surat, 'berkas') is None
    surat_link = file_link(theirs['sha256'], table='surat_masuk', row_id=surat.id, column='berkas')
    assert (await user.http_client.get(surat_link)).status_code == 404


async def test_a_one_file_column_replaces_its_file(user: User) -> None:
    await create_account('kasi', 'Kepala Seksi Pemerintahan')
    await log_in_as(user, 'kasi', next_path='/tabel/perangkat_desa')
    await open_form_by(user, 'tambah')
    with user:
        uploader = in_open_form(user, 'unggah-sk')
    assert uploader.props.get('multiple') is not True
    assert 'capture' in in_open_form(user, 'kamera-sk').props
    await upload(user, 'sk', 'sk-lama.pdf', pdf_bytes(), 'application/pdf')
    await until(lambda: [f['nama'] for f in files_input(user, 'sk').value], equals=['sk-lama.pdf'])
    await upload(user, 'sk', 'sk-baru.jpg', jpeg_bytes('blue'), 'image/jpeg')
    await until(lambda: [f['nama'] for f in files_input(user, 'sk').value], equals=['sk-baru.jpg'])
    assert await PerangkatDesa.all().count() == 0   # an upload saves nothing by itself


async def test_an_upload_cut_off_half_way_stores_nothing(user: User) -> None:
    await clerk_with_a_surat(user)
    await open_surat_form(user)
    with user:
        route = in_open_form(user, 'unggah-berkas').props['url']
    scan = pdf_bytes()
    boundary = 'grens'
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\n'
            f'Content-Type: application/pdf\r\n\r\n').encode()
    response = await user.http_client.post(route, content=head + scan[:len(scan) // 2], headers={
        'content-type': f'multipart/form-data; boundary={boundary}'})    # the connection ends mid-file
    assert response.status_code == 200      # the route has answered: whatever arrived was handled (nothing)
    assert files_input(user).value == [] and await file_store().names() == set()
    await upload(user, 'berkas', 'scan.pdf', scan[:len(scan) // 2], 'application/pdf')   # a half file sent whole
    assert 'terpotong' in await until(lambda: form_messages(user).get('berkas'))
    assert files_input(user).value == [] and await file_store().names() == set()
