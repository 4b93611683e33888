"""Search across everything (issue #18): one text searches every table the person may see, the
rows found grouped by table, inside the row scope (an Operator Desa never sees another desa's
row), numbers as people quote them, one typo forgiven; Ctrl+K and the header's button open the
dialog, and a result opens its row (in its form, or read-only for someone who may not change it)."""
from __future__ import annotations

from datetime import date

from nicegui import ui
from nicegui.testing import User

from core.auth import actor_of_user
from core.global_search import number_q, search, typo_patterns
from models.accounts import User as Account
from models.informasi import PermohonanDataDesa
from models.kepegawaian import Pegawai
from models.persuratan import SuratKeluar
from models.reference import Desa
from models.table import TABLES
from tests.conftest import in_open_form, until
from tests.helpers_auth import create_account, log_in_as
from tests.test_persuratan_flow import make_surat

KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'
NIP = '198506152010011002'


async def actor(username: str, role: str, desa_kode: str | None = None):
    await create_account(username, role, desa_kode=desa_kode)
    return await actor_of_user(await Account.get(username=username).select_related('role'))


def group(groups, table: str):
    return next(g for g in groups if g.table == table)


async def letters() -> None:
    await make_surat(1, 'Laporan banjir lahar dingin Sungai Regoyo', asal='BPBD Kabupaten Lumajang')
    await make_surat(2, 'Undangan rapat siaga bencana', asal='BPBD Kabupaten Lumajang')
    await make_surat(3, 'Pendataan warga terdampak lahar', asal='Dinsos')


async def test_a_surat_masuk_is_found_by_its_asal_and_perihal_together(user: User) -> None:
    await letters()
    camat = await actor('camat', 'Camat')
    groups = await search(camat, 'BPBD lahar')
    found = group(groups, 'surat_masuk')
    assert [hit.label for hit in found.hits] == ['1/2026 Laporan banjir lahar dingin Sungai Regoyo']
    assert found.label == 'Surat Masuk' and found.total == 1 and not found.similar
    assert (found.hits[0].field, found.hits[0].snippet) == ('Asal Surat', 'BPBD Kabupaten Lumajang')
    assert {hit.label for hit in group(await search(camat, 'lahar'), 'surat_masuk').hits} == \
        {'1/2026 Laporan banjir lahar dingin Sungai Regoyo', '3/2026 Pendataan warga terdampak lahar'}


async def test_one_typo_is_forgiven_when_nothing_matches_as_typed(user: User) -> None:
    await letters()
    camat = await actor('camat', 'Camat')
    found = group(await search(camat, 'BPDB lahra'), 'surat_masuk')      # two letters swapped, twice
    assert found.similar
    assert [hit.id for hit in found.hits] == [(await make_surat_id(1))]
    assert (await search(camat, 'BPBD lahar'))[0].similar is False      # exact matches need no typos
    assert '%LAH_R%' in typo_patterns('lahr') and '%LAHAR%' in typo_patterns('lahra')
    assert typo_patterns('rt') == ['%RT%']                               # a short word only as typed
    assert '%_PBD%' not in typo_patterns('BPBD')                         # not any text with 'PBD' in it


async def make_surat_id(no_agenda: int) -> int:
    from models.persuratan import SuratMasuk
    return (await SuratMasuk.get(no_agenda=no_agenda)).id


async def test_a_pegawai_is_found_by_nip_whole_or_its_start(user: User) -> None:
    await Pegawai.create(nip=NIP, nama='Rina Wulandari', tanggal_lahir=date(1985, 6, 15), jenis_kelamin='P',
                         jabatan='Analis Kepegawaian')
    kepala = await actor('sari', KEPALA_UMUM)
    for text in (NIP, NIP[:8]):
        found = group(await search(kepala, text), 'pegawai')
        assert [(hit.label, hit.field, hit.snippet) for hit in found.hits] == \
            [(f'Rina Wulandari {NIP}', 'NIP', NIP)], text


async def test_a_number_finds_its_own_row_first(user: User) -> None:
    for no in (12, 112, 120):
        await make_surat(no, f'Surat nomor {no}')
    kepala = await actor('sari', KEPALA_UMUM)
    assert group(await search(kepala, '12/2026'), 'surat_masuk').hits[0].label == '12/2026 Surat nomor 12'
    assert group(await search(kepala, '12'), 'surat_masuk').hits[0].label == '12/2026 Surat nomor 12'
    assert number_q(TABLES['surat_masuk'], '12/2026') is not None
    assert number_q(TABLES['pegawai'], '12') is None                    # no number in its key


async def test_results_are_grouped_by_table_with_their_totals(user: User) -> None:
    for no in (1, 2, 3):
        await make_surat(no, f'Koordinasi posyandu {no}')
    await SuratKeluar.create(tahun=2026, nomor_urut=1, nomor_surat='400/1/427.75/2026', tanggal_surat=date(2026, 11, 5),
                             tujuan='Kepala Desa Jarit', perihal='Koordinasi posyandu balita', penandatangan='Camat')
    kepala = await actor('sari', KEPALA_UMUM)
    groups = await search(kepala, 'koordinasi posyandu', limit_per_table=2)
    assert [(g.label, g.total, len(g.hits)) for g in groups] == [('Surat Masuk', 3, 2), ('Surat Keluar', 1, 1)]


async def test_tables_the_role_may_not_see_are_not_searched(user: User) -> None:
    await letters()
    pelayanan = await actor('pelayanan', 'Staf Seksi Pelayanan Umum')
    assert 'surat_masuk' not in {g.table for g in await search(pelayanan, 'lahar')}
    assert 'surat_masuk' not in {g.table for g in await search(pelayanan, 'lahra')}   # nor by a typo
    camat = await actor('camat', 'Camat')
    assert 'surat_masuk' in {g.table for g in await search(camat, 'lahar')}


async def permohonan(desa_kode: str, perihal: str) -> PermohonanDataDesa:
    return await PermohonanDataDesa.create(desa=await Desa.get(kode=desa_kode), tanggal=date(2026, 11, 3),
                                           perihal=perihal, jenis_data='Kesehatan')


async def test_an_operator_desa_never_sees_another_desas_row(user: User) -> None:
    jarit = await permohonan('35.08.03.2002', 'Data stunting balita Jarit')
    other = await permohonan('35.08.03.2001', 'Data stunting balita Jugosari')
    operator = await actor('op.jarit', 'Operator Desa', desa_kode='35.08.03.2002')
    for text in ('stunting', 'stuntnig', 'Jugosari stunting', str(other.id)):
        ids = {hit.id for g in await search(operator, text) if g.table == 'permohonan_data_desa' for hit in g.hits}
        assert other.id not in ids, text
    assert [hit.id for hit in group(await search(operator, 'stunting'), 'permohonan_data_desa').hits] == [jarit.id]
    assert group(await search(operator, 'stuntnig'), 'permohonan_data_desa').similar
    camat = await actor('camat', 'Camat')
    assert group(await search(camat, 'stunting'), 'permohonan_data_desa').total == 2


# ---- the dialog ------------------------------------------------------------------------------------

def ctrl_k(user: User) -> None:
    """What the page's keyboard sends once its JS has taken Ctrl+K (global_search.SEARCH_KEY_JS)."""
    user.find(marker='cari-keyboard').trigger('key', {
        'action': 'keydown', 'repeat': False, 'key': 'k', 'code': 'KeyK', 'location': 0,
        'altKey': False, 'ctrlKey': True, 'metaKey': False, 'shiftKey': False})


def search_dialog(user: User) -> ui.dialog:
    with user:
        card = next(iter(user.find(marker='cari-dialog').elements))
    return next(element for element in card.ancestors() if isinstance(element, ui.dialog))


async def type_search(user: User, text: str) -> None:
    user.find(marker='cari-teks').clear().type(text)


async def test_ctrl_k_opens_the_search_and_a_result_opens_the_form(user: User) -> None:
    await letters()
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/surat_keluar')
    assert not search_dialog(user).value
    ctrl_k(user)
    await until(lambda: search_dialog(user).value, what='the search dialog opened by Ctrl+K')
    await type_search(user, 'BPBD lahar')
    await user.should_see('Surat Masuk (1)')
    await user.should_see('Asal Surat: BPBD Kabupaten Lumajang')
    user.find(marker=f'cari-hasil-surat_masuk-{await make_surat_id(1)}').click()
    await until(lambda: in_open_form(user, 'field-perihal').value == 'Laporan banjir lahar dingin Sungai Regoyo',
                what='the surat masuk open in its form')
    assert not search_dialog(user).value


async def test_enter_opens_the_first_result_read_only_for_a_role_that_may_not_change_it(user: User) -> None:
    await letters()
    await create_account('camat', 'Camat')
    await log_in_as(user, 'camat')
    user.find(marker='cari-semua').click()                               # the header's button
    await until(lambda: search_dialog(user).value, what='the search dialog opened by the button')
    await type_search(user, 'lahr Regoyo')
    await user.should_see('Yang mirip (satu huruf berbeda)', retries=20)
    user.find(marker='cari-teks').trigger('keydown.enter')
    await user.should_see(marker='baca-baris')
    with user:
        card = next(iter(user.find(marker='baca-baris').elements))
        texts = [element.text for element in card.descendants() if isinstance(element, ui.label)]
    assert 'Surat Masuk: 1/2026 Laporan banjir lahar dingin Sungai Regoyo' in texts
    assert 'Anda hanya boleh melihat data ini.' in texts
    assert texts[texts.index('Asal Surat') + 1] == 'BPBD Kabupaten Lumajang'
    await user.should_not_see(marker='formulir')                       # the camat may not change a surat


async def test_the_dialog_says_when_nothing_is_found(user: User) -> None:
    operator_desa = '35.08.03.2002'
    await permohonan('35.08.03.2001', 'Data stunting balita Jugosari')
    await create_account('op.jarit', 'Operator Desa', desa_kode=operator_desa)
    await log_in_as(user, 'op.jarit')
    ctrl_k(user)
    await type_search(user, 'Jugosari stunting')
    await user.should_see('Tidak ada yang cocok dengan “Jugosari stunting” di tabel yang boleh Anda lihat.')
    await user.should_not_see('Permohonan Data Desa (1)')
