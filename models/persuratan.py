"""M1.1 Persuratan: surat masuk with its disposisi chain, surat keluar with its Buku Ekspedisi.

Sources: the Tata Naskah Dinas practice of Pemkab Lumajang (agenda book columns), Permendagri
83/2022 for the klasifikasi; the disposisi instructions are the usual lembar disposisi options.

Nomor surat keluar. Permendagri 1/2023 (Tata Naskah Dinas di Lingkungan Pemerintah Daerah) numbers
a letter from the kode klasifikasi arsip (Permendagri 83/2022), its nomor urut in the year's register
and the code of the unit that signs it; the text of the regulation itself could not be fetched here,
so the default pattern `{klasifikasi}/{nomor}/{unit}/{tahun}` is the usual Pemda form (e.g.
100.3.4/25/35.08.03/2026) and the office sets its own in Data Kantor (core.office). The number is
made, never typed: a new letter reserves the next number of its year in the counter row of
`penomoran_surat` (one UPDATE ... RETURNING inside the save's transaction, so two clerks, also in
two app processes, never get the same number, and a save that fails gives its number back). A
cancelled letter keeps its number in the register as *Batal*.

Buku Ekspedisi. The Lembar Pengantar/Buku Ekspedisi is named among the records of penciptaan arsip
in Permendagri 83/2022 (code 000.5.3.1); its columns follow the usual Pemda book (tanggal kirim,
nomor surat, tujuan, sarana pengiriman, nama dan tanggal penerima, paraf/keterangan), since no
published blank of Permendagri 1/2023 could be fetched to check them against.

Sifat Rahasia. A letter marked Rahasia or Sangat Rahasia (SECRET) is seen only by the roles the
matrix gives the right to confidential letters (core.access.RAHASIA_RIGHT) and by whom a disposisi
of it names; its disposisi follow it, and each is also seen by its own addressee; the Buku
Ekspedisi of a secret surat keluar follows its letter. Each table says which of its rows someone
without the right sees in `confidential_scope(jabatan)`, and core.access.scope applies it to every
read of rows.
"""
from __future__ import annotations

from enum import Enum

from string import Formatter

from tortoise import fields
from tortoise.expressions import F, Q, Subquery
from tortoise.models import Model
from tortoise.validators import MinValueValidator

from locales import t
from models.accounts import is_owner_staff, jabatan_names, names_one_of, section_of
from models.base import FilesField, LongTextField, RecordModel, bound_marks, suggest_yearly_number, yearly_number_error
from models.choices import RoleKind
from models.clock import office_today
from models.preferences import OfficeSetting
from models.reference import KlasifikasiArsip
from models.table import SAME_AS_LABEL, table

POLA_NOMOR_SURAT = '{klasifikasi}/{nomor}/{unit}/{tahun}'   # until the office sets its own in Data Kantor
KODE_UNIT = '35.08.03'     # Kemendagri code of Kec. Candipuro, until the office sets its own
NOMOR_PARTS = ('klasifikasi', 'nomor', 'unit', 'tahun')


class Sifat(str, Enum):
    BIASA = 'Biasa'
    TERBATAS = 'Terbatas'
    RAHASIA = 'Rahasia'
    SANGAT_RAHASIA = 'Sangat Rahasia'


SECRET = (Sifat.RAHASIA, Sifat.SANGAT_RAHASIA)


async def secret_marking_refused(row, actor, before: dict[str, object]) -> dict[str, str]:
    """Only someone who may see confidential letters may mark one Rahasia or Sangat Rahasia: anyone
    else would make it vanish from their own view (core.access.scope) with nothing to show for it."""
    if actor is None or getattr(actor, 'sees_rahasia', True):
        return {}
    secret = {s.value for s in SECRET}
    now, was = Sifat(row.sifat).value if row.sifat else '', before.get('sifat')
    was = was.value if isinstance(was, Enum) else was
    if now in secret and was not in secret:
        return {'sifat': t('aturan.surat.rahasia_tanpa_hak', sifat=now)}
    return {}


def kepada_one_of(names: tuple[str, ...]) -> Q:
    """Disposisi whose Kepada is one of these names, whole or as its first words, in any case
    (models.accounts.names_one_of in SQL); `names` is not empty."""
    return Q(*(Q(kepada_jabatan__iexact=name) | Q(kepada_jabatan__istartswith=f'{name} ') for name in names),
             join_type='OR')


class Urgensi(str, Enum):
    BIASA = 'Biasa'
    SEGERA = 'Segera'
    AMAT_SEGERA = 'Amat Segera'


class StatusSuratMasuk(str, Enum):
    BELUM_DISPOSISI = 'Belum Disposisi'
    DIDISPOSISI = 'Didisposisi'
    SELESAI = 'Selesai'


class Instruksi(str, Enum):
    TANGGAPAN = 'Tanggapan dan Saran'
    PROSES = 'Proses Lebih Lanjut'
    KOORDINASI = 'Koordinasi/Konfirmasi'
    DIKETAHUI = 'Untuk Diketahui'
    DIHADIRI = 'Untuk Dihadiri'


class StatusDisposisi(str, Enum):
    BELUM_DIBACA = 'Belum Dibaca'
    DITINDAKLANJUTI = 'Ditindaklanjuti'
    SELESAI = 'Selesai'


class JenisNaskah(str, Enum):
    SURAT_DINAS = 'Surat Dinas'
    UNDANGAN = 'Undangan'
    NOTA_DINAS = 'Nota Dinas'
    SURAT_TUGAS = 'Surat Tugas'
    SURAT_KETERANGAN = 'Surat Keterangan'
    SURAT_EDARAN = 'Surat Edaran'
    LAINNYA = 'Lainnya'


class StatusSuratKeluar(str, Enum):
    KONSEP = 'Konsep'
    VERIFIKASI = 'Verifikasi'
    DITANDATANGANI = 'Ditandatangani'
    DIKIRIM = 'Dikirim'
    BATAL = 'Batal'


def nomor_pattern_error(pola: str) -> str | None:
    """Why a nomor surat pattern cannot be used, or None: it must hold {nomor}, and name only the
    parts a number is made of."""
    try:
        names = [name for _, name, _, _ in Formatter().parse(pola or '') if name is not None]
    except ValueError:
        return t('persuratan.surat_keluar.pola_rusak')
    unknown = [name for name in names if name not in NOMOR_PARTS]
    if unknown:
        return t('persuratan.surat_keluar.pola_bagian', bagian=unknown[0], boleh=', '.join(f'{{{p}}}' for p in NOMOR_PARTS))
    if 'nomor' not in names:
        return t('persuratan.surat_keluar.pola_tanpa_nomor')
    return None


def format_nomor(pola: str, klasifikasi: str, nomor: int, unit: str, tahun: int) -> str:
    return pola.format(klasifikasi=klasifikasi, nomor=nomor, unit=unit, tahun=tahun)


class PenomoranSurat(Model):
    """The last number given in each yearly register of letters.

    The counter row makes the reservation of a number atomic: its UPDATE takes the row's lock."""
    register = fields.CharField(max_length=40, description='Register')
    tahun = fields.SmallIntField(description='Tahun')
    terakhir = fields.IntField(default=0, description='Nomor terakhir')

    class Meta:
        table = 'penomoran_surat'
        unique_together = (('register', 'tahun'),)


_OPEN_COUNTER = ('INSERT INTO "penomoran_surat" ("register", "tahun", "terakhir") VALUES (?, ?, 0) '
                 'ON CONFLICT ("register", "tahun") DO NOTHING')
_TAKE_NUMBER = ('UPDATE "penomoran_surat" SET "terakhir" = (CASE WHEN "terakhir" >= {stored} THEN "terakhir" '
                'ELSE {stored} END) + 1 WHERE "register" = ? AND "tahun" = ? RETURNING "terakhir"')
_STORED_MAX = 'SELECT COALESCE(MAX("{number}"), 0) FROM "{table}" WHERE "tahun" = ?'


async def reserve_number(db, register: str, model, number_field: str, tahun: int) -> int:
    """The next number of `register` in `tahun`, taken in one statement on `db` (the caller's
    transaction). The counter starts at, and never falls below, the largest number already stored
    in `model`'s `number_field` (rows written before the counter existed, or imported with their
    own numbers)."""
    tahun = int(tahun)
    await db.execute_query(bound_marks(db, _OPEN_COUNTER), [register, tahun])
    stored = '(' + _STORED_MAX.format(number=model._meta.fields_db_projection[number_field],
                                      table=model._meta.db_table) + ')'
    rows = await db.execute_query_dict(bound_marks(db, _TAKE_NUMBER.format(stored=stored)),
                                       [tahun, tahun, register, tahun])
    return int(rows[0]['terakhir'])


async def nomor_settings() -> tuple[str, str]:
    """The office's nomor surat pattern and unit code (Data Kantor), or the defaults."""
    stored = dict(await OfficeSetting.filter(kunci__in=['pola_nomor_surat', 'kode_unit']).values_list('kunci', 'nilai'))
    return stored.get('pola_nomor_surat') or POLA_NOMOR_SURAT, stored.get('kode_unit') or KODE_UNIT


@table(label='Surat Masuk', process='M1.1',
       columns=('no_agenda', 'tanggal_diterima', 'nomor_surat', 'tanggal_surat', 'asal_surat', 'perihal',
                'klasifikasi', 'sifat', 'urgensi', 'status', 'berkas'),
       search=('nomor_surat', 'asal_surat', 'perihal', 'ringkasan'),
       filters=('asal_surat', 'tanggal_diterima', 'sifat', 'urgensi', 'status', 'klasifikasi'),
       ordering=('-tanggal_diterima', '-no_agenda'),
       readonly=('tahun',),
       row_label='{no_agenda}/{tahun} {perihal}',
       natural_key=('tahun', 'no_agenda'))
class SuratMasuk(RecordModel):
    tahun = fields.SmallIntField(description='Tahun')
    # db_index on every sortable grid column: a sorted page (and an export chunk) walks an index
    # instead of sorting the table (bench/grid.py, bench/export.py)
    no_agenda = fields.IntField(validators=[MinValueValidator(1)], db_index=True, description='No. Agenda')
    tanggal_diterima = fields.DateField(description='Tanggal Diterima')
    nomor_surat = fields.CharField(max_length=100, db_index=True, description='Nomor Surat')
    tanggal_surat = fields.DateField(db_index=True, description='Tanggal Surat')
    asal_surat = fields.CharField(max_length=200, db_index=True, description='Asal Surat')
    perihal = fields.CharField(max_length=255, db_index=True, description='Perihal')
    ringkasan = LongTextField(null=True, description='Ringkasan Isi')
    klasifikasi = fields.ForeignKeyField('models.KlasifikasiArsip', null=True, on_delete=fields.RESTRICT,
                                         related_name=False, description='Klasifikasi')
    jumlah_lampiran = fields.SmallIntField(default=0, validators=[MinValueValidator(0)],
                                           description='Jumlah Lampiran')
    ditujukan_kepada = fields.CharField(max_length=100, null=True, description='Ditujukan Kepada')
    sifat = fields.CharEnumField(Sifat, max_length=20, default=Sifat.BIASA, db_index=True, description='Sifat')
    urgensi = fields.CharEnumField(Urgensi, max_length=20, default=Urgensi.BIASA, db_index=True,
                                   description='Urgensi')
    status = fields.CharEnumField(StatusSuratMasuk, max_length=20, default=StatusSuratMasuk.BELUM_DISPOSISI,
                                  db_index=True, description='Status')

    berkas = FilesField(description='Scan Surat')

    class Meta:
        table = 'surat_masuk'
        unique_together = (('tahun', 'no_agenda'),)
        indexes = (('tanggal_diterima', 'no_agenda'),)   # the default order: newest first

    def derive(self) -> None:
        if self.tanggal_diterima:
            self.tahun = self.tanggal_diterima.year

    async def check_rules(self) -> dict[str, str]:
        errors = {}
        if self.tanggal_surat and self.tanggal_diterima and self.tanggal_surat > self.tanggal_diterima:
            errors['tanggal_surat'] = t('aturan.surat_masuk.tanggal_surat')
        errors.update(await yearly_number_error(self, 'no_agenda'))
        return errors

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in StatusSuratMasuk if s != StatusSuratMasuk.SELESAI])

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return await suggest_yearly_number(cls, 'no_agenda', 'tanggal_diterima')

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        return await secret_marking_refused(self, actor, before)

    @classmethod
    def confidential_scope(cls, names: tuple[str, ...]) -> Q:
        """The letters someone without the right to confidential letters sees: those not secret,
        and a secret one that a live disposisi names them in (`names`: their jabatan)."""
        shown = ~Q(sifat__in=[s.value for s in SECRET])
        if not names:
            return shown
        named = Disposisi.filter(kepada_one_of(names), deleted_at__isnull=True).values('surat_masuk_id')
        return shown | Q(id__in=Subquery(named))


# what the Kepala a disposisi names may not change in it (Disposisi.check_actor_rules): all but the
# status, a note below the Isi and the lampiran of their follow-up
ADDRESSEE_KEEPS = ('surat_masuk_id', 'tanggal', 'dari_jabatan', 'induk_id', 'kepada_jabatan', 'instruksi', 'batas_waktu')


@table(label='Disposisi', process='M1.1', parent='surat_masuk',
       columns=('surat_masuk', 'tanggal', 'dari_jabatan', 'kepada_jabatan', 'instruksi', 'batas_waktu', 'status', 'lampiran'),
       search=('dari_jabatan', 'kepada_jabatan', 'isi'),
       filters=('surat_masuk', 'tanggal', 'instruksi', 'status', 'batas_waktu'),
       ordering=('-tanggal', '-id'),
       row_label='{tanggal} {kepada_jabatan}')
class Disposisi(RecordModel):
    surat_masuk = fields.ForeignKeyField('models.SuratMasuk', related_name='disposisi', on_delete=fields.CASCADE,
                                         description='Surat Masuk')
    tanggal = fields.DateField(description='Tanggal')   # today by default (RecordModel.suggested_values)
    dari_jabatan = fields.CharField(max_length=100, description='Dari')
    # who passes a disposisi on names it after saying who they are; only one of the same surat fits
    induk = fields.ForeignKeyField('models.Disposisi', null=True, related_name='lanjutan', on_delete=fields.SET_NULL,
                                   description='Lanjutan dari Disposisi')
    kepada_jabatan = fields.CharField(max_length=100, description='Kepada')
    isi = LongTextField(null=True, description='Isi Disposisi')
    instruksi = fields.CharEnumField(Instruksi, max_length=30, default=Instruksi.PROSES, description='Instruksi')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu')
    status = fields.CharEnumField(StatusDisposisi, max_length=20, default=StatusDisposisi.BELUM_DIBACA,
                                  description='Status')

    lampiran = FilesField(description='Lampiran')

    # the choices of a foreign key narrowed to rows sharing the form's value (core.visible_rows.fk_options)
    choices_within = {'induk': 'surat_masuk'}

    class Meta:
        table = 'disposisi'

    async def check_rules(self) -> dict[str, str]:
        errors = {}
        if self.batas_waktu and self.tanggal and self.batas_waktu < self.tanggal:
            errors['batas_waktu'] = t('aturan.disposisi.batas_waktu')
        if self.induk_id and self.induk_id == self.id:
            errors['induk'] = t('aturan.disposisi.lanjutan_dirinya')
        if self.induk_id and self.surat_masuk_id:
            parent = await Disposisi.get_or_none(id=self.induk_id)
            if parent and parent.surat_masuk_id != self.surat_masuk_id:
                errors['induk'] = t('aturan.disposisi.lanjutan_surat_lain')
        return errors

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        """Every Kepala may ubah a disposisi (core.access.ADDRESSED_TO_KEPALA) so that the one it
        names can follow it up; a Kepala of another section than the Subbag Umum that keeps the
        table may therefore change only a disposisi whose Kepada names them, and only its status
        and, below what its Isi already says, their note (core.for_me.follow_up appends one)."""
        if not before or actor is None or actor.kind != RoleKind.KEPALA or await is_owner_staff(actor, type(self).panel):
            return {}
        names = jabatan_names(actor.role, actor.kind, await section_of(actor))
        if not names_one_of(str(before.get('kepada_jabatan') or ''), names):
            return {'kepada_jabatan': t('aturan.disposisi.bukan_untuk_anda', kepada=before.get('kepada_jabatan') or '')}
        errors = {}
        for column in ADDRESSEE_KEEPS:
            stored, now = before.get(column), getattr(self, column)
            if (stored.value if isinstance(stored, Enum) else stored) != (now.value if isinstance(now, Enum) else now):
                name = column.removesuffix('_id')
                errors[name] = t('aturan.disposisi.hanya_status', kolom=type(self).panel.label_of(name))
        old_isi, new_isi = str(before.get('isi') or ''), str(self.isi or '')
        if not new_isi.startswith(old_isi):
            errors['isi'] = t('aturan.disposisi.isi_ditambah')
        return errors

    @classmethod
    def confidential_scope(cls, names: tuple[str, ...]) -> Q:
        """A disposisi follows its surat (SuratMasuk.confidential_scope); its addressee sees it too."""
        letters = SuratMasuk.filter(SuratMasuk.confidential_scope(names)).values('id')
        shown = Q(surat_masuk_id__in=Subquery(letters))
        return shown | kepada_one_of(names) if names else shown

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in StatusDisposisi if s != StatusDisposisi.SELESAI])

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today()) & ~Q(status=StatusDisposisi.SELESAI)

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and self.status != StatusDisposisi.SELESAI)

    async def after_write(self) -> None:
        """The surat's status follows its disposisi: none → Belum Disposisi, all done → Selesai."""
        surat = await SuratMasuk.get_or_none(id=self.surat_masuk_id)
        if surat is None:
            return
        statuses = await Disposisi.filter(surat_masuk_id=surat.id, deleted_at__isnull=True).values_list('status', flat=True)
        if not statuses:
            status = StatusSuratMasuk.BELUM_DISPOSISI
        elif all(s == StatusDisposisi.SELESAI for s in statuses):
            status = StatusSuratMasuk.SELESAI
        else:
            status = StatusSuratMasuk.DIDISPOSISI
        if surat.status != status:
            surat.status = status
            surat.version += 1
            await surat.save(update_fields=['status', 'version', 'updated_at'])


@table(label='Surat Keluar', process='M1.1',
       columns=('nomor_urut', 'nomor_surat', 'tanggal_surat', 'tujuan', 'perihal', 'klasifikasi', 'jenis_naskah',
                'sifat', 'status', 'arsip'),
       search=('nomor_surat', 'tujuan', 'perihal', 'penandatangan', 'keterangan'),
       filters=('tujuan', 'tanggal_surat', 'jenis_naskah', 'sifat', 'urgensi', 'status', 'klasifikasi'),
       ordering=('-tanggal_surat', '-nomor_urut'),
       readonly=('tahun', 'nomor_urut', 'nomor_surat'),
       row_label='{nomor_surat}',
       natural_key=('tahun', 'nomor_urut'))
class SuratKeluar(RecordModel):
    """A letter the office sends. Its nomor urut and nomor surat are made when it is first saved
    (see the module's docstring); the klasifikasi and the year they were made from stay."""

    tahun = fields.SmallIntField(description='Tahun')
    nomor_urut = fields.IntField(validators=[MinValueValidator(1)], description='No. Urut')
    nomor_surat = fields.CharField(max_length=100, description='Nomor Surat')
    tanggal_surat = fields.DateField(description='Tanggal Surat')
    tujuan = fields.CharField(max_length=200, description='Tujuan')
    perihal = fields.CharField(max_length=255, description='Perihal')
    klasifikasi = fields.ForeignKeyField('models.KlasifikasiArsip', null=True, on_delete=fields.RESTRICT,
                                         related_name=False, description='Klasifikasi')
    jenis_naskah = fields.CharEnumField(JenisNaskah, max_length=30, default=JenisNaskah.SURAT_DINAS,
                                        description='Jenis Naskah')
    sifat = fields.CharEnumField(Sifat, max_length=20, default=Sifat.BIASA, description='Sifat')
    urgensi = fields.CharEnumField(Urgensi, max_length=20, default=Urgensi.BIASA, description='Urgensi')
    lampiran = fields.CharField(max_length=100, null=True, description='Lampiran')
    penandatangan = fields.CharField(max_length=100, description='Penandatangan')
    status = fields.CharEnumField(StatusSuratKeluar, max_length=20, default=StatusSuratKeluar.KONSEP,
                                  description='Status')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    arsip = FilesField(many=False, description='Arsip Bertanda Tangan')

    class Meta:
        table = 'surat_keluar'
        unique_together = (('tahun', 'nomor_urut'),)

    def derive(self) -> None:
        if self.tanggal_surat:
            self.tahun = self.tanggal_surat.year

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if not self.klasifikasi_id:
            errors['klasifikasi'] = t('persuratan.surat_keluar.klasifikasi_wajib')
        if self.status and StatusSuratKeluar(self.status) == StatusSuratKeluar.BATAL and not (self.keterangan or '').strip():
            errors['keterangan'] = t('persuratan.surat_keluar.alasan_batal')
        if self.id:
            stored = await SuratKeluar.filter(id=self.id).values('tahun', 'klasifikasi_id', 'nomor_surat')
            if stored and stored[0]['tahun'] != self.tahun:
                errors['tanggal_surat'] = t('persuratan.surat_keluar.tahun_tetap', nomor=stored[0]['nomor_surat'],
                                            tahun=stored[0]['tahun'])
            elif stored and stored[0]['klasifikasi_id'] and stored[0]['klasifikasi_id'] != self.klasifikasi_id:
                errors['klasifikasi'] = t('persuratan.surat_keluar.klasifikasi_tetap', nomor=stored[0]['nomor_surat'])
            errors.update(await yearly_number_error(self, 'nomor_urut'))
        return errors

    async def save(self, *args, **kwargs) -> None:
        """A new letter takes the next number of its year and its nomor surat here, in the
        transaction that stores it."""
        if not self._saved_in_db and not self.nomor_urut:
            db = kwargs.get('using_db') or self._choose_db(True)
            self.derive()
            self.nomor_urut = await reserve_number(db, 'surat_keluar', SuratKeluar, 'nomor_urut', self.tahun)
            pola, unit = await nomor_settings()
            klasifikasi = await KlasifikasiArsip.filter(id=self.klasifikasi_id).values_list('kode', flat=True) \
                if self.klasifikasi_id else []
            self.nomor_surat = format_nomor(pola, klasifikasi[0] if klasifikasi else '', self.nomor_urut, unit, self.tahun)
        await super().save(*args, **kwargs)

    @classmethod
    def open_filter(cls):
        return Q(status__in=[s.value for s in StatusSuratKeluar
                            if s not in (StatusSuratKeluar.DIKIRIM, StatusSuratKeluar.BATAL)])

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal_surat': office_today()}

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        return await secret_marking_refused(self, actor, before)

    @classmethod
    def confidential_scope(cls, names: tuple[str, ...]) -> Q:
        """A surat keluar has no disposisi: a secret one is seen only with the right."""
        return ~Q(sifat__in=[s.value for s in SECRET])


class SaranaKirim(str, Enum):
    CARAKA = 'Diantar Caraka/Kurir'
    POS = 'Pos'
    JASA_PENGIRIMAN = 'Jasa Pengiriman'
    SURAT_ELEKTRONIK = 'Surat Elektronik'
    APLIKASI = 'Aplikasi Naskah Dinas (SRIKANDI)'
    DIAMBIL = 'Diambil Sendiri'


@table(label='Buku Ekspedisi', process='M1.1', parent='surat_keluar',
       columns=('tanggal_kirim', 'surat_keluar', 'tujuan', 'sarana', 'petugas', 'nama_penerima', 'tanggal_terima',
                'keterangan', 'tanda_terima'),
       search=('tujuan', 'petugas', 'nama_penerima', 'keterangan'),
       filters=('surat_keluar', 'tanggal_kirim', 'sarana', 'tanggal_terima'),
       ordering=('-tanggal_kirim', '-id'),
       row_label='{tanggal_kirim} {tujuan}')
class Ekspedisi(RecordModel):
    """One sending of a surat keluar: when, to whom, by what means, and who received it when (the
    receipt, paraf or stamp, kept as a scan)."""

    surat_keluar = fields.ForeignKeyField('models.SuratKeluar', related_name='ekspedisi', on_delete=fields.CASCADE,
                                          description='Nomor Surat')
    tanggal_kirim = fields.DateField(description='Tanggal Kirim')
    tujuan = fields.CharField(max_length=200, description='Tujuan')
    sarana = fields.CharEnumField(SaranaKirim, max_length=40, default=SaranaKirim.CARAKA, description='Sarana Pengiriman')
    petugas = fields.CharField(max_length=100, null=True, description='Petugas Pengirim')
    nama_penerima = fields.CharField(max_length=100, null=True, description='Nama Penerima')
    tanggal_terima = fields.DateField(null=True, description='Tanggal Terima')
    keterangan = fields.CharField(max_length=255, null=True, description='Paraf/Keterangan')

    tanda_terima = FilesField(many=False, description='Tanda Terima')

    class Meta:
        table = 'ekspedisi_surat_keluar'
        table_description = SAME_AS_LABEL

    @classmethod
    def confidential_scope(cls, names: tuple[str, ...]) -> Q:
        """A sending follows its letter (SuratKeluar.confidential_scope)."""
        return Q(surat_keluar_id__in=Subquery(SuratKeluar.filter(SuratKeluar.confidential_scope(names)).values('id')))

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        surat = await SuratKeluar.get_or_none(id=self.surat_keluar_id) if self.surat_keluar_id else None
        if surat is not None and surat.status == StatusSuratKeluar.BATAL:
            errors['surat_keluar'] = t('persuratan.ekspedisi.surat_batal', nomor=surat.nomor_surat)
        elif surat is not None and self.tanggal_kirim and self.tanggal_kirim < surat.tanggal_surat:
            errors['tanggal_kirim'] = t('persuratan.ekspedisi.sebelum_surat')
        if self.tanggal_terima and self.tanggal_kirim and self.tanggal_terima < self.tanggal_kirim:
            errors['tanggal_terima'] = t('persuratan.ekspedisi.terima_sebelum_kirim')
        elif self.tanggal_terima and not (self.nama_penerima or '').strip():
            errors['nama_penerima'] = t('persuratan.ekspedisi.penerima_wajib')
        return errors

    async def after_write(self) -> None:
        """A signed letter that is sent becomes Dikirim."""
        if self.deleted_at is None:
            await SuratKeluar.filter(id=self.surat_keluar_id, status=StatusSuratKeluar.DITANDATANGANI.value) \
                .update(status=StatusSuratKeluar.DIKIRIM.value, version=F('version') + 1)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return {'tanggal_kirim': office_today()}
