"""Issue #14: the full klasifikasi arsip of Permendagri 83/2022 is seeded (upserted by kode, old
references kept), and the picker finds a code by its number or by words, or says there is none."""
from __future__ import annotations

from core.seed import klasifikasi_arsip, seed_klasifikasi
from models.reference import KlasifikasiArsip
from tests.rules_lane import lane_db  # noqa: F401


async def test_the_whole_code_list_is_seeded(lane_db):
    codes = dict(await KlasifikasiArsip.all().values_list('kode', 'nama'))
    assert len(codes) == len(klasifikasi_arsip()) == 2986
    assert codes['100.3'] == 'Hukum' and codes['000'] == 'Umum' and codes['800.1.11.1'] == 'Surat Perintah Dinas/Surat Tugas'
    assert 'Buku Ekspedisi' in codes['000.5.3.1']
    assert all(kode.rsplit('.', 1)[0] in codes for kode in codes if '.' in kode)   # every code has its parent


async def test_the_picker_finds_by_number_and_by_words(lane_db):
    rows, message = await KlasifikasiArsip.find('000.1.2')
    assert message is None and [row.kode for row in rows] == ['000.1.2', '000.1.2.1', '000.1.2.2', '000.1.2.3']
    rows, message = await KlasifikasiArsip.find('undangan')
    assert message is None and rows and all('undangan' in row.nama.lower() for row in rows)
    rows, _ = await KlasifikasiArsip.find('perjalanan dinas kepala')
    assert [row.kode for row in rows] == ['000.1.2.1', '000.1.3.1']
    rows, message = await KlasifikasiArsip.find('005')
    assert rows == [] and message == 'Tidak ada klasifikasi yang cocok dengan "005".'


async def test_seeding_again_keeps_references_and_what_people_edited(lane_db):
    from datetime import date
    from models.persuratan import SuratMasuk
    pokok = await KlasifikasiArsip.get(kode='100')
    surat = await SuratMasuk.create(tahun=2026, no_agenda=1, tanggal_diterima=date(2026, 1, 5), nomor_surat='1',
                                    tanggal_surat=date(2026, 1, 5), asal_surat='BPN', perihal='Uji',
                                    klasifikasi_id=pokok.id)
    await KlasifikasiArsip.filter(kode='100.3').update(nama='Pemerintahan Desa', created_by='demo')   # an old demo's name
    await KlasifikasiArsip.filter(kode='000.1').update(nama='Tata Usaha Kantor', version=2)         # edited by people
    await KlasifikasiArsip.filter(kode='000.1.1').update(deleted_at=pokok.created_at)                 # deleted by people
    await KlasifikasiArsip.create(kode='005', nama='Undangan (Permendagri 78/2012)')                  # an old code
    await seed_klasifikasi()
    names = dict(await KlasifikasiArsip.all().values_list('kode', 'nama'))
    assert names['100.3'] == 'Hukum' and names['000.1'] == 'Tata Usaha Kantor' and '005' in names
    assert await KlasifikasiArsip.filter(kode='000.1.1', deleted_at__isnull=False).count() == 1
    assert await KlasifikasiArsip.filter(kode='000.1.1').count() == 1
    assert (await SuratMasuk.get(id=surat.id)).klasifikasi_id == pokok.id == (await KlasifikasiArsip.get(kode='100')).id


async def test_the_form_searches_the_codes_on_the_server_as_the_person_types(user):
    """2,986 codes are more than a select lists: the surat keluar form finds '900.1.3' (beyond the
    first 1,000) and 'undangan' by searching as typed, says when nothing matches, and saves the pick."""
    from nicegui.testing.user_interaction import UserInteraction
    from models.persuratan import SuratKeluar
    from tests.conftest import in_open_form, open_form_by, submit_form, until
    from tests.helpers_auth import create_account, log_in_as
    await create_account('sari', 'Kepala Subbag Umum dan Kepegawaian')
    await log_in_as(user, 'sari', next_path='/tabel/surat_keluar')
    await open_form_by(user, 'tambah')
    picker = in_open_form(user, 'field-klasifikasi')
    typing = UserInteraction(user, {picker}, None)
    anggaran = await KlasifikasiArsip.get(kode='900.1.3')
    assert anggaran.id not in picker.options and len(picker.options) == 1000
    typing.trigger('inputValue', '005')   # the old Permendagri 78/2012 code for an undangan
    await until(lambda: picker.options, equals={})
    with user:
        said = next(iter(picker.slots['no-option'].children)).default_slot.children[0].text
    assert said == 'Tidak ada klasifikasi yang cocok dengan "005".'
    typing.trigger('inputValue', 'undangan')
    await until(lambda: bool(picker.options) and all('undangan' in label.lower() for label in picker.options.values()))
    typing.trigger('inputValue', '900.1.3')
    await until(lambda: anggaran.id in picker.options)
    picker.value = anggaran.id
    for name, value in (('tujuan', 'Kepala Desa Jarit'), ('perihal', 'Pengiriman berkas'),
                        ('penandatangan', 'Camat Candipuro')):
        in_open_form(user, f'field-{name}').value = value
    assert await submit_form(user) == {}
    assert (await SuratKeluar.get(perihal='Pengiriman berkas')).nomor_surat.startswith('900.1.3/1/35.08.03/')
