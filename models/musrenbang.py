"""L1 Pelaksanaan Musrenbang and L2 Validasi Usulan Musrenbang.

Sources: UU 25/2004 (SPPN) and Permendagri 86/2017 (musrenbang RKPD: usulan from the desa, ranked
by priority, carried through the musrenbang kecamatan, the forum perangkat daerah and the musrenbang
kabupaten: the four tahap). The validation by the Kepala Desa before the musrenbang kecamatan, the
statuses and their order (Diusulkan → Divalidasi Kades → Disepakati / Ditolak), and the berita acara
of the validation (the one table of L2) are proposals (docs/design.md §Process map and §Tables).

The musrenbang kecamatan's own list (PrioritasKecamatan) follows the Lampiran of Permendagri 86/2017,
page 457 ("h. ... penyepakatan usulan pagu indikatif masing-masing kegiatan dalam wilayah kecamatan,
yang disesuaikan dengan ketersediaan pagu indikatif yang dialokasikan untuk kecamatan tersebut.
i. ... Tabel T-D.4. Daftar Urutan Kegiatan Prioritas Kecamatan berdasar Perangkat Daerah"), read as the
text of the Lampiran at https://fliphtml5.com/roydg/yqwj/Lampiran_PERMENDAGRI_Nomor_86_TAHUN_2017/270:
its ten columns, in order, are (1) No, (2) Prioritas Daerah, (3) Sasaran Daerah, (4) Program,
(5) Kegiatan Prioritas, (6) Sasaran Kegiatan, (7) Lokasi (desa/kel), (8) Volume, (9) Pagu,
(10) Perangkat Daerah Penanggungjawab (T4_COLUMNS). Hence the pagu rule: the list must fit in the
kecamatan's pagu indikatif (Musrenbang.pagu_indikatif), and the remainder is shown (sisa_pagu).
The Lampiran's berita acara format of the musrenbang kecamatan was NOT found in what could be read;
its fields here (nomor, tanggal, pimpinan sidang, wakil peserta) follow the issue (#15), not the text.
The delegasi to the Forum Perangkat Daerah and the musrenbang kabupaten (DelegasiMusrenbang) hold
what the issue asks (nama, unsur/asal, kontak).

Who may validate: only the Kepala Desa of the usulan's desa (RoleKind.KEPALA_DESA, bound to that
desa), or the owner section of L1 (Kepala or Staf of Subbag Keuangan), may set Divalidasi Kades; the
Operator Desa types and proposes, and is refused on the server. The decision of the musrenbang
kecamatan (Disepakati / Ditolak) is the owner section's. The panel records who validated, and when.
Each usulan names where it stands in the desa's RKP Desa or DU-RKPDesa (dokumen_sumber, sumber_nomor).
"""
from __future__ import annotations

from decimal import Decimal
from enum import Enum

from tortoise import fields
from tortoise.validators import MinValueValidator

from locales import t
from models.accounts import is_owner_staff
from tortoise.expressions import F, Q

from models.base import LongTextField, MoneyField, RecordModel
from models.choices import RoleKind
from models.clock import office_today
from models.formats import format_rupiah
from models.table import SAME_AS_LABEL, QuickAction, table


@table(label='Musrenbang', process='L1',
       columns=('tahun_rencana', 'tanggal', 'tempat', 'jumlah_peserta', 'pagu_indikatif', 'jumlah_pagu', 'sisa_pagu',
                'nomor_berita_acara'),
       search=('tempat', 'notulen', 'nomor_berita_acara', 'pimpinan_sidang'),
       filters=('tahun_rencana', 'tanggal'),
       ordering=('-tanggal', '-id'),
       readonly=('jumlah_pagu', 'sisa_pagu'),
       row_label='Musrenbang {tahun_rencana} ({tanggal})')
class Musrenbang(RecordModel):
    """A musrenbang kecamatan: held early in year N for the RKPD of year N+1 (Permendagri 86/2017), so
    the tahun rencana comes after the year it is held. It carries the kecamatan's pagu indikatif for
    that year; jumlah_pagu (the sum of its PrioritasKecamatan) and sisa_pagu follow every change."""

    tahun_rencana = fields.SmallIntField(validators=[MinValueValidator(2000)], description='Tahun Rencana')
    tanggal = fields.DateField(description='Tanggal')
    tempat = fields.CharField(max_length=200, description='Tempat')
    jumlah_peserta = fields.IntField(null=True, validators=[MinValueValidator(0)], description='Jumlah Peserta')
    notulen = LongTextField(null=True, description='Notulen/Berita Acara')
    pagu_indikatif = MoneyField(null=True, description='Pagu Indikatif Kecamatan (Rp)')
    jumlah_pagu = MoneyField(default=Decimal(0), description='Jumlah Pagu Prioritas (Rp)')
    sisa_pagu = MoneyField(null=True, validators=[], description='Sisa Pagu (Rp)')
    nomor_berita_acara = fields.CharField(max_length=100, null=True, description='Nomor Berita Acara')
    tanggal_berita_acara = fields.DateField(null=True, description='Tanggal Berita Acara')
    pimpinan_sidang = fields.CharField(max_length=120, null=True, description='Pimpinan Sidang')
    wakil_peserta = fields.CharField(max_length=255, null=True, description='Wakil Peserta')

    class Meta:
        table = 'musrenbang'
        table_description = SAME_AS_LABEL

    def derive(self) -> None:
        self.sisa_pagu = remainder(self.pagu_indikatif, self.jumlah_pagu)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.tanggal and self.tahun_rencana and self.tahun_rencana <= self.tanggal.year:
            errors['tahun_rencana'] = t('aturan.musrenbang.tahun_rencana')
        if self.tanggal and self.tanggal_berita_acara and self.tanggal_berita_acara < self.tanggal:
            errors['tanggal_berita_acara'] = t('musrenbang.aturan.berita_acara_sebelum_musrenbang')
        if self.id and self.pagu_indikatif is not None:
            used = await pagu_used(self.id)
            if used > Decimal(self.pagu_indikatif):
                errors['pagu_indikatif'] = t('musrenbang.aturan.pagu_di_bawah_daftar', jumlah=format_rupiah(used))
        return errors

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tahun_rencana': office_today().year + 1}


class TahapUsulan(str, Enum):
    DESA = 'Desa'
    KECAMATAN = 'Kecamatan'
    FORUM_PD = 'Forum PD'
    KABUPATEN = 'Kabupaten'


class StatusUsulan(str, Enum):
    DIUSULKAN = 'Diusulkan'
    DIVALIDASI = 'Divalidasi Kades'
    DISEPAKATI = 'Disepakati'
    DITOLAK = 'Ditolak'


NEXT_STATUS: dict[StatusUsulan, tuple[StatusUsulan, ...]] = {
    StatusUsulan.DIUSULKAN: (StatusUsulan.DIVALIDASI,),
    StatusUsulan.DIVALIDASI: (StatusUsulan.DISEPAKATI, StatusUsulan.DITOLAK),
    StatusUsulan.DISEPAKATI: (),
    StatusUsulan.DITOLAK: (),
}
VALIDATED = (StatusUsulan.DIVALIDASI, StatusUsulan.DISEPAKATI, StatusUsulan.DITOLAK)


class DokumenSumber(str, Enum):
    """The desa's planning document an usulan is taken from (Permendesa 21/2020: the RKP Desa, and
    its Daftar Usulan RKP Desa for the kabupaten)."""
    RKP_DESA = 'RKP Desa'
    DU_RKPDESA = 'DU-RKPDesa'


def may_validate(actor, spec) -> bool:
    """Whom the one-tap Validasi is shown to: a Kepala Desa, and the Kepala and Staf of the section
    that owns the table (check_actor_rules decides per row: only the Kepala Desa of the usulan's desa)."""
    return actor.is_kepala_desa or (actor.kind in (RoleKind.KEPALA, RoleKind.STAF) and actor.section is not None
                                    and actor.section == spec.owner_section)


@table(label='Usulan Musrenbang', process='L1',
       columns=('tahun_rencana', 'desa', 'urutan_prioritas', 'bidang', 'kegiatan', 'lokasi', 'volume', 'satuan',
                'perkiraan_biaya', 'opd_penanggung_jawab', 'tahap', 'status', 'divalidasi_oleh', 'tanggal_validasi'),
       search=('bidang', 'kegiatan', 'sasaran', 'lokasi', 'sumber_nomor'),
       filters=('tahun_rencana', 'desa', 'bidang', 'opd_penanggung_jawab', 'tahap', 'status', 'dokumen_sumber'),
       ordering=('-tahun_rencana', 'desa', 'urutan_prioritas'),
       readonly=('divalidasi_oleh', 'tanggal_validasi'),
       desa_field='desa',
       row_label='{tahun_rencana} #{urutan_prioritas} {kegiatan}',
       natural_key=('desa', 'tahun_rencana', 'urutan_prioritas'),
       quick_action=QuickAction('validasi', 'status', StatusUsulan.DIUSULKAN, StatusUsulan.DIVALIDASI,
                                 offered_to=may_validate))
class UsulanMusrenbang(RecordModel):
    """A usulan of a desa for the musrenbang (entered in L1, validated in L2). Its status moves
    Diusulkan → Divalidasi Kades → Disepakati / Ditolak and no other way; who may move it, and
    the recording of the validation, are in the module docstring."""

    tahun_rencana = fields.SmallIntField(validators=[MinValueValidator(2000)], description='Tahun Rencana')
    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    bidang = fields.CharField(max_length=100, description='Bidang')
    kegiatan = fields.CharField(max_length=255, description='Kegiatan')
    sasaran = fields.CharField(max_length=255, null=True, description='Sasaran')
    lokasi = fields.CharField(max_length=200, description='Lokasi')
    volume = fields.DecimalField(max_digits=14, decimal_places=2, validators=[MinValueValidator(Decimal(0))],
                                 description='Volume')
    satuan = fields.CharField(max_length=30, description='Satuan')
    perkiraan_biaya = MoneyField(description='Perkiraan Biaya (Rp)')
    opd_penanggung_jawab = fields.ForeignKeyField('models.Instansi', null=True, related_name=False,
                                                  on_delete=fields.RESTRICT, description='OPD Penanggung Jawab')
    urutan_prioritas = fields.SmallIntField(validators=[MinValueValidator(1)], description='Urutan Prioritas')
    tahap = fields.CharEnumField(TahapUsulan, max_length=10, default=TahapUsulan.DESA, description='Tahap')
    status = fields.CharEnumField(StatusUsulan, max_length=20, default=StatusUsulan.DIUSULKAN, description='Status')
    divalidasi_oleh = fields.CharField(max_length=50, null=True, description='Divalidasi oleh')
    tanggal_validasi = fields.DateField(null=True, description='Tanggal Validasi')
    catatan_validasi = LongTextField(null=True, description='Catatan Validasi')
    dokumen_sumber = fields.CharEnumField(DokumenSumber, max_length=12, null=True, description='Dokumen Sumber')
    sumber_nomor = fields.CharField(max_length=60, null=True, description='Nomor Urut/Halaman di Dokumen Sumber')

    class Meta:
        table = 'usulan_musrenbang'
        table_description = SAME_AS_LABEL

    @classmethod
    def open_filter(cls):
        return Q(status__in=[StatusUsulan.DIUSULKAN.value, StatusUsulan.DIVALIDASI.value])

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if bool(self.dokumen_sumber) != bool(self.sumber_nomor):
            missing = 'sumber_nomor' if self.dokumen_sumber else 'dokumen_sumber'
            errors[missing] = t('musrenbang.aturan.sumber_lengkap')
        if self.desa_id and self.tahun_rencana and self.urutan_prioritas:
            taken = UsulanMusrenbang.filter(desa_id=self.desa_id, tahun_rencana=self.tahun_rencana,
                                            urutan_prioritas=self.urutan_prioritas, deleted_at__isnull=True)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                errors['urutan_prioritas'] = t('aturan.usulan_musrenbang.urutan_dipakai', urutan=self.urutan_prioritas,
                                               tahun=self.tahun_rencana)
        return errors

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        """The status workflow, and who may move it. Records the validation (readonly fields)."""
        # remember where the usulan was, so that after_write recounts that berita acara too
        self._sebelumnya = (before.get('desa_id'), before.get('tahun_rencana'))
        new = StatusUsulan(self.status) if self.status else StatusUsulan.DIUSULKAN
        old = StatusUsulan(before['status']) if before.get('status') else None
        if old is None:
            if new != StatusUsulan.DIUSULKAN:
                return {'status': t('aturan.usulan_musrenbang.usulan_baru', status=StatusUsulan.DIUSULKAN.value)}
            return {}
        if new == old:
            return {}
        if new not in NEXT_STATUS[old]:
            allowed = f" {t('aturan.umum.atau')} ".join(s.value for s in NEXT_STATUS[old])
            then = (t('aturan.usulan_musrenbang.langkah_berikutnya', pilihan=allowed) if allowed
                    else t('aturan.usulan_musrenbang.status_final'))
            return {'status': t('aturan.usulan_musrenbang.status_tetap', lama=old.value, baru=new.value) + ' ' + then}
        owner_staff = await is_owner_staff(actor, type(self).panel)
        owner = type(self).panel.owner_section
        seksi = owner.value if owner else ''
        if new == StatusUsulan.DIVALIDASI:
            own_kades = actor.is_kepala_desa and actor.desa_id is not None and actor.desa_id == self.desa_id
            if not (own_kades or owner_staff):
                return {'status': t('musrenbang.aturan.operator_tidak_memvalidasi' if actor.kind == RoleKind.OPERATOR_DESA
                                    else 'musrenbang.aturan.yang_memvalidasi', seksi=seksi)}
            self.divalidasi_oleh = actor.username
            self.tanggal_validasi = office_today()
        elif not owner_staff:
            return {'status': t('aturan.usulan_musrenbang.ditetapkan_oleh', status=new.value, seksi=seksi)}
        return {}

    async def after_write(self) -> None:
        for desa_id, tahun in {(self.desa_id, self.tahun_rencana), getattr(self, '_sebelumnya', (None, None))}:
            await recount_validated(desa_id, tahun)


@table(label='Berita Acara Validasi Usulan', process='L2',
       columns=('tahun_rencana', 'desa', 'tanggal', 'nomor', 'kepala_desa', 'jumlah_usulan_divalidasi'),
       search=('nomor', 'kepala_desa', 'catatan'),
       filters=('tahun_rencana', 'desa', 'tanggal'),
       ordering=('-tahun_rencana', 'desa'),
       readonly=('jumlah_usulan_divalidasi',),
       desa_field='desa',
       row_label='BA {nomor} ({tahun_rencana})',
       natural_key=('desa', 'tahun_rencana'))
class BeritaAcaraValidasi(RecordModel):
    """The Kepala Desa's berita acara that validates the desa's usulan for one tahun rencana (L2,
    proposal). jumlah_usulan_divalidasi counts the desa's usulan of that year that have passed
    validation, and follows every change to them."""

    desa = fields.ForeignKeyField('models.Desa', related_name=False, on_delete=fields.RESTRICT, description='Desa')
    tahun_rencana = fields.SmallIntField(validators=[MinValueValidator(2000)], description='Tahun Rencana')
    tanggal = fields.DateField(description='Tanggal')
    nomor = fields.CharField(max_length=100, description='Nomor Berita Acara')
    kepala_desa = fields.CharField(max_length=120, description='Kepala Desa')
    jumlah_usulan_divalidasi = fields.IntField(default=0, description='Jumlah Usulan Divalidasi')
    catatan = LongTextField(null=True, description='Catatan')

    class Meta:
        table = 'berita_acara_validasi'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        if self.desa_id and self.tahun_rencana:
            taken = BeritaAcaraValidasi.filter(desa_id=self.desa_id, tahun_rencana=self.tahun_rencana,
                                               deleted_at__isnull=True)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                return {'tahun_rencana': t('aturan.berita_acara_validasi.sudah_ada', tahun=self.tahun_rencana)}
        return {}

    async def after_write(self) -> None:
        await recount_validated(self.desa_id, self.tahun_rencana)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal': office_today(), 'tahun_rencana': office_today().year + 1}


def remainder(pagu_indikatif, jumlah) -> Decimal | None:
    """What is left of the kecamatan's pagu indikatif; None while it has none."""
    if pagu_indikatif is None:
        return None
    return Decimal(pagu_indikatif) - Decimal(jumlah or 0)


async def pagu_used(musrenbang_id: int, without: int | None = None) -> Decimal:
    """The sum of the pagu of a musrenbang's priority list (leaving out one row, when given)."""
    rows = PrioritasKecamatan.filter(musrenbang_id=musrenbang_id, deleted_at__isnull=True)
    if without:
        rows = rows.exclude(id=without)
    return sum((Decimal(v) for v in await rows.values_list('pagu', flat=True)), Decimal(0))


async def recount_validated(desa_id: int | None, tahun_rencana: int | None) -> None:
    if not desa_id or not tahun_rencana:
        return
    count = await UsulanMusrenbang.filter(desa_id=desa_id, tahun_rencana=tahun_rencana, status__in=[s.value for s in VALIDATED],
                                          deleted_at__isnull=True).count()
    await BeritaAcaraValidasi.filter(desa_id=desa_id, tahun_rencana=tahun_rencana, deleted_at__isnull=True) \
        .exclude(jumlah_usulan_divalidasi=count).update(jumlah_usulan_divalidasi=count)


T4_COLUMNS = ('urutan', 'prioritas_daerah', 'sasaran_daerah', 'program', 'kegiatan', 'sasaran_kegiatan', 'lokasi',
              'volume', 'pagu', 'perangkat_daerah')   # Tabel T-D.4's columns (1)-(10), in order


@table(label='Prioritas Kecamatan', process='L1', parent='musrenbang',
       columns=('musrenbang', *T4_COLUMNS[:8], 'satuan', 'pagu', 'perangkat_daerah', 'usulan'),
       search=('prioritas_daerah', 'program', 'kegiatan', 'lokasi'),
       filters=('musrenbang', 'perangkat_daerah'),
       ordering=('musrenbang', 'urutan'),
       row_label='#{urutan} {kegiatan}',
       natural_key=('musrenbang', 'urutan'))
class PrioritasKecamatan(RecordModel):
    """One line of the Daftar Urutan Kegiatan Prioritas Kecamatan berdasar Perangkat Daerah (Tabel T-D.4
    of the Lampiran of Permendagri 86/2017, module docstring), agreed at one musrenbang (one tahun
    rencana), optionally taken from an usulan desa.

    The urutan is the kecamatan's rank, unique within the musrenbang: a line given a rank already
    held takes it and the others move down one; a line moved down takes the place it was given and
    those between move up; a deleted line leaves no gap (renumber). The sum of the pagu may not pass
    the musrenbang's pagu indikatif; equal is allowed."""

    musrenbang = fields.ForeignKeyField('models.Musrenbang', related_name='prioritas', on_delete=fields.CASCADE,
                                        description='Musrenbang')
    urutan = fields.SmallIntField(validators=[MinValueValidator(1)], description='No. Urut Prioritas')
    prioritas_daerah = fields.CharField(max_length=255, description='Prioritas Daerah')
    sasaran_daerah = fields.CharField(max_length=255, null=True, description='Sasaran Daerah')
    program = fields.CharField(max_length=255, description='Program')
    kegiatan = fields.CharField(max_length=255, description='Kegiatan Prioritas')
    sasaran_kegiatan = fields.CharField(max_length=255, null=True, description='Sasaran Kegiatan')
    lokasi = fields.CharField(max_length=200, description='Lokasi (Desa/Kel)')
    volume = fields.DecimalField(max_digits=14, decimal_places=2, validators=[MinValueValidator(Decimal(0))],
                                 description='Volume')
    satuan = fields.CharField(max_length=30, description='Satuan')
    pagu = MoneyField(description='Pagu (Rp)')
    perangkat_daerah = fields.ForeignKeyField('models.Instansi', related_name=False, on_delete=fields.RESTRICT,
                                              description='Perangkat Daerah Penanggung Jawab')
    usulan = fields.ForeignKeyField('models.UsulanMusrenbang', null=True, related_name=False,
                                    on_delete=fields.RESTRICT, description='Usulan Desa')

    class Meta:
        table = 'prioritas_kecamatan'
        table_description = SAME_AS_LABEL

    async def check_removal(self) -> str | None:
        """A line brought back from the Sampah must still fit the pagu indikatif (a delete always may)."""
        if self.deleted_at is None or self.pagu is None:
            return None
        musrenbang = await Musrenbang.get_or_none(id=self.musrenbang_id)
        if musrenbang is None or musrenbang.pagu_indikatif is None:
            return None
        others, pagu = await pagu_used(musrenbang.id, without=self.id), Decimal(musrenbang.pagu_indikatif)
        if others + Decimal(self.pagu) <= pagu:
            return None
        return t('musrenbang.aturan.melebihi_pagu', jumlah=format_rupiah(others + Decimal(self.pagu)),
                 pagu=format_rupiah(pagu), sisa=format_rupiah(max(pagu - others, Decimal(0))))

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        musrenbang = await Musrenbang.get_or_none(id=self.musrenbang_id) if self.musrenbang_id else None
        if musrenbang is None:
            return errors
        if musrenbang.pagu_indikatif is not None and self.pagu is not None:
            others = await pagu_used(musrenbang.id, without=self.id)
            pagu = Decimal(musrenbang.pagu_indikatif)
            if others + Decimal(self.pagu) > pagu:
                errors['pagu'] = t('musrenbang.aturan.melebihi_pagu', jumlah=format_rupiah(others + Decimal(self.pagu)),
                                   pagu=format_rupiah(pagu), sisa=format_rupiah(max(pagu - others, Decimal(0))))
        if self.usulan_id:
            usulan = await UsulanMusrenbang.get_or_none(id=self.usulan_id, deleted_at__isnull=True)
            if usulan is not None and usulan.tahun_rencana != musrenbang.tahun_rencana:
                errors['usulan'] = t('musrenbang.aturan.usulan_tahun_lain', tahun=usulan.tahun_rencana,
                                     rencana=musrenbang.tahun_rencana)
            elif usulan is not None and usulan.status not in (StatusUsulan.DIVALIDASI, StatusUsulan.DISEPAKATI):
                errors['usulan'] = t('musrenbang.aturan.usulan_belum_divalidasi', status=StatusUsulan(usulan.status).value)
        return errors

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        # where the line was: renumber (after_write) moves it and recounts a musrenbang it left
        self._sebelumnya = (before.get('musrenbang_id'), before.get('urutan'))
        return {}

    async def after_write(self) -> None:
        old_musrenbang, old_urutan = getattr(self, '_sebelumnya', (None, None))
        moved_down = old_musrenbang == self.musrenbang_id and old_urutan is not None and self.urutan > old_urutan
        await renumber(self.musrenbang_id, None if self.deleted_at else self.id, moved_down)
        await recount_pagu(self.musrenbang_id)
        if old_musrenbang and old_musrenbang != self.musrenbang_id:
            await renumber(old_musrenbang, None, False)
            await recount_pagu(old_musrenbang)


async def renumber(musrenbang_id: int | None, placed: int | None, moved_down: bool) -> None:
    """Ranks 1..n for a musrenbang's live lines, in their order; the line just `placed` comes first
    among equal ranks (it takes the rank given), or last when it was moved down the list."""
    if not musrenbang_id:
        return
    rows = await PrioritasKecamatan.filter(musrenbang_id=musrenbang_id, deleted_at__isnull=True) \
        .values_list('id', 'urutan')
    tie = 1 if moved_down else -1
    ordered = sorted(rows, key=lambda r: (r[1], tie if r[0] == placed else 0, r[0]))
    for rank, (row_id, urutan) in enumerate(ordered, start=1):
        if urutan != rank:
            bump = {} if row_id == placed else {'version': F('version') + 1}   # others' open forms are stale
            await PrioritasKecamatan.filter(id=row_id).update(urutan=rank, **bump)


async def recount_pagu(musrenbang_id: int | None) -> None:
    """The musrenbang's jumlah_pagu and sisa_pagu follow its list (as recompute_anggaran does)."""
    musrenbang = await Musrenbang.get_or_none(id=musrenbang_id) if musrenbang_id else None
    if musrenbang is None:
        return
    used = await pagu_used(musrenbang.id)
    if musrenbang.jumlah_pagu is not None and Decimal(musrenbang.jumlah_pagu) == used:
        return
    musrenbang.jumlah_pagu = used
    musrenbang.derive()
    musrenbang.version += 1
    await musrenbang.save(update_fields=['jumlah_pagu', 'sisa_pagu', 'version', 'updated_at'])


@table(label='Delegasi Musrenbang', process='L1', parent='musrenbang',
       columns=('musrenbang', 'nama', 'unsur', 'kontak'),
       search=('nama', 'unsur'),
       filters=('musrenbang', 'unsur'),
       ordering=('musrenbang', 'id'),
       row_label='{nama} ({unsur})')
class DelegasiMusrenbang(RecordModel):
    """A delegate the musrenbang kecamatan sends to the Forum Perangkat Daerah and the musrenbang
    kabupaten (Permendagri 86/2017; the fields are the issue's, #15)."""

    musrenbang = fields.ForeignKeyField('models.Musrenbang', related_name='delegasi', on_delete=fields.CASCADE,
                                        description='Musrenbang')
    nama = fields.CharField(max_length=120, description='Nama')
    unsur = fields.CharField(max_length=120, description='Unsur/Asal')
    kontak = fields.CharField(max_length=60, null=True, description='Kontak')

    class Meta:
        table = 'delegasi_musrenbang'
        table_description = SAME_AS_LABEL
