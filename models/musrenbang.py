"""L1 Pelaksanaan Musrenbang and L2 Validasi Usulan Musrenbang.

Sources: UU 25/2004 (SPPN) and Permendagri 86/2017 (musrenbang RKPD: usulan from the desa, ranked
by priority, carried through the musrenbang kecamatan, the forum perangkat daerah and the musrenbang
kabupaten: the four tahap). The validation by the Kepala Desa before the musrenbang kecamatan, the
statuses and their order (Diusulkan → Divalidasi Kades → Disepakati / Ditolak), and the berita acara
of the validation (the one table of L2) are proposals (docs/design.md §Process map and §Tables).

Who may validate: only an Operator Desa of the usulan's desa, or the owner section of L1 (Kepala or
Staf of Subbag Keuangan) may set Divalidasi Kades; the decision of the musrenbang kecamatan
(Disepakati / Ditolak) is the owner section's. The panel records who validated, and when.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from tortoise import fields
from tortoise.validators import MinValueValidator

from locales import t
from models.accounts import is_owner_staff
from models.base import LongTextField, MoneyField, RecordModel
from models.choices import RoleKind
from models.table import SAME_AS_LABEL, QuickAction, table


@table(label='Musrenbang', process='L1',
       columns=('tahun_rencana', 'tanggal', 'tempat', 'jumlah_peserta'),
       search=('tempat', 'notulen'),
       filters=('tahun_rencana', 'tanggal'),
       ordering=('-tanggal', '-id'),
       row_label='Musrenbang {tahun_rencana} ({tanggal})')
class Musrenbang(RecordModel):
    """A musrenbang kecamatan: held early in year N for the RKPD of year N+1 (Permendagri 86/2017), so
    the tahun rencana comes after the year it is held."""

    tahun_rencana = fields.SmallIntField(validators=[MinValueValidator(2000)], description='Tahun Rencana')
    tanggal = fields.DateField(description='Tanggal')
    tempat = fields.CharField(max_length=200, description='Tempat')
    jumlah_peserta = fields.IntField(null=True, validators=[MinValueValidator(0)], description='Jumlah Peserta')
    notulen = LongTextField(null=True, description='Notulen/Berita Acara')

    class Meta:
        table = 'musrenbang'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        if self.tanggal and self.tahun_rencana and self.tahun_rencana <= self.tanggal.year:
            return {'tahun_rencana': t('aturan.musrenbang.tahun_rencana')}
        return {}

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tahun_rencana': date.today().year + 1}


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


@table(label='Usulan Musrenbang', process='L1',
       columns=('tahun_rencana', 'desa', 'urutan_prioritas', 'bidang', 'kegiatan', 'lokasi', 'volume', 'satuan',
                'perkiraan_biaya', 'opd_penanggung_jawab', 'tahap', 'status', 'divalidasi_oleh', 'tanggal_validasi'),
       search=('bidang', 'kegiatan', 'sasaran', 'lokasi'),
       filters=('tahun_rencana', 'desa', 'bidang', 'opd_penanggung_jawab', 'tahap', 'status'),
       ordering=('-tahun_rencana', 'desa', 'urutan_prioritas'),
       readonly=('divalidasi_oleh', 'tanggal_validasi'),
       desa_field='desa',
       row_label='{tahun_rencana} #{urutan_prioritas} {kegiatan}',
       natural_key=('desa', 'tahun_rencana', 'urutan_prioritas'),
       quick_action=QuickAction('validasi', 'status', StatusUsulan.DIUSULKAN, StatusUsulan.DIVALIDASI))
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

    class Meta:
        table = 'usulan_musrenbang'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
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
            own_operator = actor.is_desa_operator and actor.desa_id is not None and actor.desa_id == self.desa_id
            if not (own_operator or owner_staff):
                return {'status': t('aturan.usulan_musrenbang.yang_memvalidasi', seksi=seksi)}
            self.divalidasi_oleh = actor.username
            self.tanggal_validasi = date.today()
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
        return {'tanggal': date.today(), 'tahun_rencana': date.today().year + 1}


async def recount_validated(desa_id: int | None, tahun_rencana: int | None) -> None:
    if not desa_id or not tahun_rencana:
        return
    count = await UsulanMusrenbang.filter(desa_id=desa_id, tahun_rencana=tahun_rencana, status__in=[s.value for s in VALIDATED],
                                          deleted_at__isnull=True).count()
    await BeritaAcaraValidasi.filter(desa_id=desa_id, tahun_rencana=tahun_rencana, deleted_at__isnull=True) \
        .exclude(jumlah_usulan_divalidasi=count).update(jumlah_usulan_divalidasi=count)
