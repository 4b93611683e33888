"""A disposisi reaches the Kasi it names on a freshly seeded matrix: the Kepala of every section may
open a disposisi and mark it ditindaklanjuti (lihat and ubah), without the administrator ticking
anything, and without tambah, hapus or ekspor, which stay with the Subbag Umum that keeps the
table (docs/design.md §Roles)."""
from __future__ import annotations

from datetime import timedelta

from nicegui.testing import User

from tests.rules_lane import lane_db  # noqa: F401

from core.access import Action
from core.accounts import load_actor
from core.for_me import items_for
from models.accounts import Role, RolePermission
from models.choices import RoleKind
from models.clock import office_today
from models.persuratan import Disposisi, StatusDisposisi, SuratMasuk
from models.process_map import Section
from tests.conftest import until
from tests.helpers_auth import create_account, log_in_as

KASI = 'Kepala Seksi Pemberdayaan Masyarakat'


async def seeded_disposisi_rights() -> dict[str, set[str]]:
    rows = await RolePermission.filter(tabel='disposisi').values_list('role__nama', 'aksi')
    rights: dict[str, set[str]] = {}
    for role, action in rows:
        rights.setdefault(role, set()).add(action)
    return rights


async def test_every_kasi_and_kasubbag_may_read_and_update_a_disposisi_by_default(user: User) -> None:
    rights = await seeded_disposisi_rights()
    for role in await Role.filter(jenis=RoleKind.KEPALA):
        expected = {a.value for a in Action} if role.seksi == Section.UMUM else {'lihat', 'ubah'}
        assert rights.get(role.nama) == expected, role.nama
    for role in await Role.filter(jenis=RoleKind.STAF).exclude(seksi=Section.UMUM):
        assert role.nama not in rights


async def test_a_freshly_seeded_kasi_opens_the_disposisi_to_them_and_follows_it_up(user: User) -> None:
    today = office_today()
    day = today - timedelta(days=3)
    surat = await SuratMasuk.create(tahun=day.year, no_agenda=1, tanggal_diterima=day, nomor_surat='005/17/2026',
                                    tanggal_surat=day, asal_surat='BPBD', perihal='Kesiapsiagaan lahar Semeru')
    disposisi = await Disposisi.create(surat_masuk=surat, tanggal=day, dari_jabatan='Camat Candipuro',
                                       kepada_jabatan='Kasi Pemberdayaan Masyarakat', isi='Mohon ditindaklanjuti.',
                                       batas_waktu=today + timedelta(days=7))
    kasi = await create_account('kasi.pmd', KASI)
    assert [(i.table, i.row_id) for i in await items_for(await load_actor(kasi.id))] == [('disposisi', disposisi.id)]

    await log_in_as(user, 'kasi.pmd', next_path='/untuk-saya')
    await user.should_see('Kesiapsiagaan lahar Semeru', retries=30)
    user.find(marker=f'buka-disposisi-{disposisi.id}').click()
    await user.should_see('Ubah Disposisi', retries=30)
    await user.should_see(marker='formulir')
    await user.should_see('Kasi Pemberdayaan Masyarakat')

    await user.open('/untuk-saya')
    await user.should_see(marker=f'tindak-lanjut-{disposisi.id}', retries=30)
    user.find(marker=f'tindak-lanjut-{disposisi.id}').click()
    await user.should_see(marker='catatan-tindak-lanjut')
    user.find(marker='catatan-tindak-lanjut').type('Sudah koordinasi dengan desa terdampak')
    user.find(marker='simpan-tindak-lanjut').click()
    await user.should_see('Disposisi ditandai ditindaklanjuti.', retries=30)
    row = await until(lambda: Disposisi.get_or_none(id=disposisi.id, status=StatusDisposisi.DITINDAKLANJUTI))
    assert row.isi.endswith('(kasi.pmd): Sudah koordinasi dengan desa terdampak')


async def test_a_kasi_changes_only_the_status_and_a_note_of_a_disposisi_that_names_them(lane_db) -> None:
    """Every Kepala may ubah a disposisi by default; the write path holds a Kepala of another
    section than Subbag Umum to the ones whose Kepada names them, and to their status and a note
    below the Isi. Subbag Umum, which keeps the table, changes anything."""
    from tests.rules_lane import PEMBERDAYAAN, PEMERINTAHAN, UMUM, actor, refused, save
    day = office_today()
    surat = await SuratMasuk.create(tahun=day.year, no_agenda=2, tanggal_diterima=day, nomor_surat='005/18/2026',
                                    tanggal_surat=day, asal_surat='BPBD', perihal='Jalur evakuasi')
    to_pmd = await Disposisi.create(surat_masuk=surat, tanggal=day, dari_jabatan='Camat', isi='Koordinasikan.',
                                    kepada_jabatan='Kasi Pemberdayaan Masyarakat')
    to_pem = await Disposisi.create(surat_masuk=surat, tanggal=day, dari_jabatan='Camat',
                                    kepada_jabatan='Kepala Seksi Pemerintahan Candipuro')
    kasi_pmd = await actor(f'Kepala {PEMBERDAYAAN}')
    kasi_pem = await actor(f'Kepala {PEMERINTAHAN}')

    async def edit(who, row, **changes):
        return await save('disposisi', who, {'version': (await Disposisi.get(id=row.id)).version, **changes}, row.id)

    refused(await edit(kasi_pem, to_pmd, status=StatusDisposisi.SELESAI.value), 'kepada_jabatan',
            'ditujukan kepada Kasi Pemberdayaan Masyarakat, bukan kepada Anda')
    refused(await edit(kasi_pmd, to_pmd, kepada_jabatan='Siapa saja'), 'kepada_jabatan', 'hanya dapat mengubah status')
    refused(await edit(kasi_pmd, to_pmd, batas_waktu=day.strftime('%d/%m/%Y')), 'batas_waktu', 'bukan Batas Waktu')
    refused(await edit(kasi_pmd, to_pmd, isi='Lain sama sekali.'), 'isi', 'tidak boleh diubah')
    assert (await Disposisi.get(id=to_pmd.id)).status == StatusDisposisi.BELUM_DIBACA

    done = await edit(kasi_pmd, to_pmd, status=StatusDisposisi.SELESAI.value, isi='Koordinasikan.\nSudah.')
    assert done.ok, done.errors
    assert (await edit(kasi_pem, to_pem, status=StatusDisposisi.DITINDAKLANJUTI.value)).ok   # 'Kepala <seksi> …' names them
    umum = await actor(f'Kepala {UMUM}')
    assert (await edit(umum, to_pem, kepada_jabatan='Sekretaris Kecamatan', isi='Dialihkan.')).ok
