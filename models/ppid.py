"""The register of permohonan informasi publik of the kecamatan as PPID pelaksana, and its keberatan.

Process: L6 Permintaan Data (a request for the office's data and information; owner Subbag Umum dan
Kepegawaian, which keeps the office's documentation). The Peta Relasi names no public requester for
any process; L6 is the one about answering requests for data (proposal).

Sources read (docs/design.md §PPID names the pages):
- UU 14/2008 Keterbukaan Informasi Publik, Pasal 22 (text at text-id.123dok.com, "MEKANISME
  MEMPEROLEH INFORMASI"): the Badan Publik records the requester's nama and alamat, the subject and
  format of the information and how it is to be delivered (ayat 2); gives a nomor pendaftaran
  (ayat 4); answers in writing within 10 working days of receiving the request (ayat 7): whether it
  holds the information, granted wholly or partly, or refused with a Pasal 17 reason; and may extend
  once by at most 7 working days, with the reason in writing (ayat 8). Pasal 17 huruf a–j are the
  exemptions. Pasal 35 ayat (1) huruf a–g are the grounds of a keberatan; Pasal 36: filed within
  30 working days after the ground was found (ayat 1), answered by the atasan PPID within 30 working
  days of receiving it (ayat 2), with written reasons when the atasan upholds the decision
  (ayat 3); Pasal 37: a sengketa to the Komisi Informasi follows. Pasal 12: every year the number
  of requests, the time taken, the number granted and refused and the reasons of refusal are
  published (read at id.wikisource.org, Public Information Disclosure Act 14 of Indonesia 2008).
- Peraturan Komisi Informasi 1/2021 Standar Layanan Informasi Publik: only its opening could be read
  as text (id.scribd.com/document/627406242, 123dok.com/document/q535o03z); its lampiran forms were
  not. The formulir fields (nama, alamat, pekerjaan, nomor telepon/e-mail, rincian informasi, tujuan
  penggunaan, cara memperoleh informasi, cara mendapatkan salinan) are those of the predecessor
  form, Perki 1/2010 Lampiran III (text-id.123dok.com/document/zln17dlq); the identity number
  follows the forms PPID pelaksana kecamatan print (e.g. jatikalen.nganjukkab.go.id). The register
  columns follow the register format derived from Perki 1/2010 (Peraturan Jaksa Agung
  PER-032/A/J.A/08/2010 Lampiran 3, 123dok.com/document/zp0oo07q): tanggal, nama, alamat, nomor
  kontak, pekerjaan, informasi yang diminta, tujuan, status informasi, jenis permohonan, keputusan,
  alasan penolakan, hari dan tanggal pemberitahuan tertulis, biaya. "Informasi belum dikuasai atau
  belum didokumentasikan" as an answer is the Perki 1/2021 term as regulations built on it word it
  (Peraturan Badan 32/2021 ATR/BPN Pasal 26, pasal.id). The register keberatan's items (nomor
  registrasi, tanggal, pemohon, nomor pendaftaran, alasan, keputusan atasan PPID, tanggal tanggapan,
  nama dan posisi atasan, tanggapan pemohon) from the PPID guide of Sumatera Barat 2021
  (ppid.sumbarprov.go.id/buku_ppid2021, page 16). To be checked against the Perki's lampiran.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from enum import Enum

from tortoise import fields
from tortoise.expressions import Q
from tortoise.validators import MinValueValidator

from locales import t
from models.base import (FilesField, LongTextField, MoneyField, RecordModel, rederive_deadlines, suggest_yearly_number,
                         yearly_number_error)
from models.clock import office_today
from models.table import SAME_AS_LABEL, table
from models.workdays import add_working_days, count_working_days

JAWAB_HARI = 10          # UU 14/2008 Pasal 22 ayat (7): working days from receipt
PERPANJANGAN_HARI = 7    # Pasal 22 ayat (8): once, with a written reason
KEBERATAN_HARI = 30      # Pasal 36 ayat (1): to file, after the ground was found
TANGGAPAN_HARI = 30      # Pasal 36 ayat (2): to answer, from receipt


class CaraMemperoleh(str, Enum):
    MELIHAT = 'Melihat/membaca/mendengarkan/mencatat'
    SALINAN_CETAK = 'Salinan (hardcopy)'
    SALINAN_ELEKTRONIK = 'Salinan (softcopy)'


class CaraSalinan(str, Enum):
    LANGSUNG = 'Mengambil langsung'
    KURIR = 'Kurir'
    POS = 'Pos'
    FAKSIMILI = 'Faksimili'
    EMAIL = 'E-mail'


class Keputusan(str, Enum):
    SELURUHNYA = 'Dikabulkan Seluruhnya'
    SEBAGIAN = 'Dikabulkan Sebagian'
    DITOLAK = 'Ditolak'


class AlasanPenolakan(str, Enum):
    """UU 14/2008 Pasal 17 huruf a–j, and the answer that the information is not held."""
    PS17_A = 'Pasal 17 huruf a (menghambat proses penegakan hukum)'
    PS17_B = 'Pasal 17 huruf b (hak kekayaan intelektual dan persaingan usaha)'
    PS17_C = 'Pasal 17 huruf c (pertahanan dan keamanan negara)'
    PS17_D = 'Pasal 17 huruf d (kekayaan alam Indonesia)'
    PS17_E = 'Pasal 17 huruf e (ketahanan ekonomi nasional)'
    PS17_F = 'Pasal 17 huruf f (hubungan luar negeri)'
    PS17_G = 'Pasal 17 huruf g (akta otentik pribadi dan wasiat)'
    PS17_H = 'Pasal 17 huruf h (rahasia pribadi)'
    PS17_I = 'Pasal 17 huruf i (memorandum antar/intra Badan Publik yang dirahasiakan)'
    PS17_J = 'Pasal 17 huruf j (tidak boleh diungkapkan berdasarkan Undang-Undang)'
    BELUM_DIKUASAI = 'Informasi belum dikuasai atau belum didokumentasikan'


@table(label='Permohonan Informasi Publik', process='L6',
       columns=('no_pendaftaran', 'tanggal', 'nama_pemohon', 'alamat', 'nomor_kontak', 'pekerjaan',
                'rincian_informasi', 'tujuan_penggunaan', 'cara_memperoleh', 'keputusan', 'alasan_penolakan',
                'tanggal_pemberitahuan', 'biaya', 'batas_waktu'),
       search=('nama_pemohon', 'nomor_identitas', 'rincian_informasi', 'tujuan_penggunaan'),
       filters=('tanggal', 'keputusan', 'alasan_penolakan', 'batas_waktu'),
       ordering=('-tanggal', '-no_pendaftaran'),
       readonly=('tahun', 'batas_waktu'),
       row_label='{no_pendaftaran}/{tahun} {nama_pemohon}',
       natural_key=('tahun', 'no_pendaftaran'))
class PermohonanInformasi(RecordModel):
    """One request for public information (UU 14/2008 Pasal 22). No. pendaftaran is unique per year
    and suggested. The batas waktu is 10 working days from receipt, 17 once extended with a reason;
    a request with no keputusan past it is overdue."""

    tahun = fields.SmallIntField(description='Tahun')
    no_pendaftaran = fields.IntField(validators=[MinValueValidator(1)], description='No. Pendaftaran')
    tanggal = fields.DateField(description='Tanggal Diterima')
    nama_pemohon = fields.CharField(max_length=120, description='Nama Pemohon')
    alamat = fields.CharField(max_length=255, description='Alamat')
    pekerjaan = fields.CharField(max_length=100, null=True, description='Pekerjaan')
    nomor_identitas = fields.CharField(max_length=30, description='No. Identitas (KTP/SIM/Paspor/Akta)')
    nomor_kontak = fields.CharField(max_length=100, description='Nomor Telepon/E-mail')
    rincian_informasi = LongTextField(description='Rincian Informasi yang Dibutuhkan')
    tujuan_penggunaan = LongTextField(description='Tujuan Penggunaan Informasi')
    cara_memperoleh = fields.CharEnumField(CaraMemperoleh, max_length=40, default=CaraMemperoleh.SALINAN_CETAK,
                                           description='Cara Memperoleh Informasi')
    cara_salinan = fields.CharEnumField(CaraSalinan, max_length=20, null=True,
                                        description='Cara Mendapatkan Salinan')
    tanggal_perpanjangan = fields.DateField(null=True, description='Tanggal Pemberitahuan Perpanjangan')
    alasan_perpanjangan = fields.CharField(max_length=255, null=True, description='Alasan Perpanjangan')
    batas_waktu = fields.DateField(null=True, description='Batas Waktu Jawaban')
    keputusan = fields.CharEnumField(Keputusan, max_length=25, null=True, description='Keputusan')
    alasan_penolakan = fields.CharEnumField(AlasanPenolakan, max_length=80, null=True,
                                            description='Alasan Penolakan/Pengecualian')
    tanggal_pemberitahuan = fields.DateField(null=True, description='Tanggal Pemberitahuan Tertulis')
    biaya = MoneyField(default=Decimal(0), description='Biaya Salinan (Rp)')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    lampiran = FilesField(description='Formulir dan Pemberitahuan')

    class Meta:
        table = 'permohonan_informasi'
        table_description = SAME_AS_LABEL
        unique_together = (('tahun', 'no_pendaftaran'),)

    def batas_awal(self) -> date | None:
        return add_working_days(self.tanggal, JAWAB_HARI) if self.tanggal else None

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        return await rederive_deadlines(cls.filter(keputusan__isnull=True, deleted_at__isnull=True), ('batas_waktu',))

    def derive(self) -> None:
        if self.tanggal:
            self.tahun = self.tanggal.year
            batas = self.batas_awal()
            self.batas_waktu = add_working_days(batas, PERPANJANGAN_HARI) if self.tanggal_perpanjangan else batas

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        batas = self.batas_awal()
        if self.tanggal_perpanjangan:
            if not (self.alasan_perpanjangan or '').strip():
                errors['alasan_perpanjangan'] = t('ppid.aturan.alasan_perpanjangan')
            if self.tanggal and self.tanggal_perpanjangan < self.tanggal:
                errors['tanggal_perpanjangan'] = t('ppid.aturan.perpanjangan_sebelum_permohonan')
            elif batas and self.tanggal_perpanjangan > batas:
                errors['tanggal_perpanjangan'] = t('ppid.aturan.perpanjangan_terlambat', hari=JAWAB_HARI)
        elif (self.alasan_perpanjangan or '').strip():
            errors['tanggal_perpanjangan'] = t('ppid.aturan.isi_tanggal_perpanjangan')
        keputusan = Keputusan(self.keputusan) if self.keputusan else None
        if self.tanggal_pemberitahuan and self.tanggal and self.tanggal_pemberitahuan < self.tanggal:
            errors['tanggal_pemberitahuan'] = t('ppid.aturan.pemberitahuan_sebelum_permohonan')
        elif keputusan and not self.tanggal_pemberitahuan:
            errors['tanggal_pemberitahuan'] = t('ppid.aturan.isi_tanggal_pemberitahuan')
        elif self.tanggal_pemberitahuan and not keputusan:
            errors['keputusan'] = t('ppid.aturan.isi_keputusan')
        if keputusan in (Keputusan.DITOLAK, Keputusan.SEBAGIAN) and not self.alasan_penolakan:
            errors['alasan_penolakan'] = t('ppid.aturan.isi_alasan_penolakan', keputusan=keputusan.value)
        elif self.alasan_penolakan and keputusan not in (Keputusan.DITOLAK, Keputusan.SEBAGIAN):
            errors['alasan_penolakan'] = t('ppid.aturan.alasan_tanpa_penolakan')
        if self.cara_memperoleh and CaraMemperoleh(self.cara_memperoleh) != CaraMemperoleh.MELIHAT \
                and not self.cara_salinan:
            errors['cara_salinan'] = t('ppid.aturan.isi_cara_salinan')
        errors.update(await yearly_number_error(self, 'no_pendaftaran'))
        return errors

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        """Pasal 22 ayat (8) allows one extension: a stored one is not moved nor taken back."""
        stored = before.get('tanggal_perpanjangan')
        if stored and self.tanggal_perpanjangan != stored:
            return {'tanggal_perpanjangan': t('ppid.aturan.perpanjangan_sekali', hari=PERPANJANGAN_HARI)}
        return {}

    @classmethod
    def open_filter(cls):
        return Q(keputusan__isnull=True)

    @classmethod
    def overdue_filter(cls):
        return Q(batas_waktu__lt=office_today(), keputusan__isnull=True)

    def is_overdue(self) -> bool:
        return bool(self.batas_waktu and self.batas_waktu < office_today() and not self.keputusan)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return await suggest_yearly_number(cls, 'no_pendaftaran', 'tanggal')

    def hari_kerja_jawab(self) -> int | None:
        """Working days from receipt to the written answer, counted as the deadline is (the day of
        receipt not counted): the annual report's time taken."""
        if not (self.tanggal and self.tanggal_pemberitahuan):
            return None
        return count_working_days(self.tanggal + timedelta(days=1), self.tanggal_pemberitahuan)


class AlasanKeberatan(str, Enum):
    """UU 14/2008 Pasal 35 ayat (1) huruf a–g."""
    A = 'a. Penolakan berdasarkan alasan pengecualian Pasal 17'
    B = 'b. Tidak disediakannya informasi berkala (Pasal 9)'
    C = 'c. Tidak ditanggapinya permintaan informasi'
    D = 'd. Permintaan ditanggapi tidak sebagaimana yang diminta'
    E = 'e. Tidak dipenuhinya permintaan informasi'
    F = 'f. Pengenaan biaya yang tidak wajar'
    G = 'g. Penyampaian informasi melebihi waktu yang diatur'


class KeputusanAtasan(str, Enum):
    MENGUATKAN = 'Menguatkan keputusan PPID'
    MENGABULKAN = 'Mengabulkan keberatan'


class TanggapanPemohon(str, Enum):
    MENERIMA = 'Menerima'
    SENGKETA = 'Mengajukan sengketa ke Komisi Informasi'


@table(label='Keberatan Informasi Publik', process='L6', parent='permohonan',
       columns=('no_registrasi', 'tanggal', 'permohonan', 'alasan', 'batas_tanggapan', 'tanggal_tanggapan',
                'keputusan_atasan', 'nama_atasan', 'tanggapan_pemohon'),
       search=('kasus_posisi', 'alasan_tanggapan', 'nama_atasan'),
       filters=('tanggal', 'permohonan', 'alasan', 'keputusan_atasan', 'batas_tanggapan'),
       ordering=('-tanggal', '-no_registrasi'),
       readonly=('tahun', 'batas_tanggapan'),
       row_label='{no_registrasi}/{tahun}',
       natural_key=('tahun', 'no_registrasi'))
class KeberatanInformasi(RecordModel):
    """A keberatan against the answer to (or the silence on) a permohonan (UU 14/2008 Pasal 35–36):
    filed within 30 working days after its ground was found (the written answer, or the batas waktu
    passing unanswered), answered by the atasan PPID within 30 working days; a keberatan with no
    tanggapan past that is overdue."""

    permohonan = fields.ForeignKeyField('models.PermohonanInformasi', related_name='keberatan',
                                        on_delete=fields.CASCADE, description='Permohonan')
    tahun = fields.SmallIntField(description='Tahun')
    no_registrasi = fields.IntField(validators=[MinValueValidator(1)], description='No. Registrasi Keberatan')
    tanggal = fields.DateField(description='Tanggal Diterima')
    alasan = fields.CharEnumField(AlasanKeberatan, max_length=70, description='Alasan Keberatan')
    kasus_posisi = LongTextField(null=True, description='Kasus Posisi')
    batas_tanggapan = fields.DateField(null=True, description='Batas Waktu Tanggapan')
    tanggal_tanggapan = fields.DateField(null=True, description='Tanggal Tanggapan')
    keputusan_atasan = fields.CharEnumField(KeputusanAtasan, max_length=30, null=True,
                                            description='Keputusan Atasan PPID')
    alasan_tanggapan = LongTextField(null=True, description='Alasan Tertulis Tanggapan')
    nama_atasan = fields.CharField(max_length=150, null=True, description='Nama dan Jabatan Atasan PPID')
    tanggapan_pemohon = fields.CharEnumField(TanggapanPemohon, max_length=45, null=True,
                                             description='Tanggapan Pemohon')

    lampiran = FilesField(description='Formulir dan Tanggapan')

    class Meta:
        table = 'keberatan_informasi'
        table_description = SAME_AS_LABEL
        unique_together = (('tahun', 'no_registrasi'),)

    @classmethod
    async def move_deadlines(cls, before: frozenset[date]) -> int:
        return await rederive_deadlines(cls.filter(tanggal_tanggapan__isnull=True, deleted_at__isnull=True),
                                        ('batas_tanggapan',))

    def derive(self) -> None:
        if self.tanggal:
            self.tahun = self.tanggal.year
            self.batas_tanggapan = add_working_days(self.tanggal, TANGGAPAN_HARI)

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        permohonan = await PermohonanInformasi.get_or_none(id=self.permohonan_id) if self.permohonan_id else None
        if permohonan and self.tanggal:
            ground = batas_pengajuan_dasar(permohonan)
            if self.tanggal < permohonan.tanggal:
                errors['tanggal'] = t('ppid.aturan.keberatan_sebelum_permohonan')
            elif ground and self.tanggal > add_working_days(ground, KEBERATAN_HARI):
                errors['tanggal'] = t('ppid.aturan.keberatan_terlambat', hari=KEBERATAN_HARI,
                                      batas=add_working_days(ground, KEBERATAN_HARI).strftime('%d/%m/%Y'))
        if self.tanggal_tanggapan and self.tanggal and self.tanggal_tanggapan < self.tanggal:
            errors['tanggal_tanggapan'] = t('ppid.aturan.tanggapan_sebelum_keberatan')
        elif self.keputusan_atasan and not self.tanggal_tanggapan:
            errors['tanggal_tanggapan'] = t('ppid.aturan.isi_tanggal_tanggapan')
        elif self.tanggal_tanggapan and not self.keputusan_atasan:
            errors['keputusan_atasan'] = t('ppid.aturan.isi_keputusan_atasan')
        if self.keputusan_atasan and KeputusanAtasan(self.keputusan_atasan) == KeputusanAtasan.MENGUATKAN \
                and not (self.alasan_tanggapan or '').strip():
            errors['alasan_tanggapan'] = t('ppid.aturan.alasan_menguatkan')
        if self.tanggapan_pemohon and not self.tanggal_tanggapan and 'tanggal_tanggapan' not in errors:
            errors['tanggapan_pemohon'] = t('ppid.aturan.tanggapan_pemohon_dulu')
        errors.update(await yearly_number_error(self, 'no_registrasi'))
        return errors

    @classmethod
    def open_filter(cls):
        return Q(tanggal_tanggapan__isnull=True)

    @classmethod
    def overdue_filter(cls):
        return Q(batas_tanggapan__lt=office_today(), tanggal_tanggapan__isnull=True)

    def is_overdue(self) -> bool:
        return bool(self.batas_tanggapan and self.batas_tanggapan < office_today() and not self.tanggal_tanggapan)

    @classmethod
    async def suggested_values(cls) -> dict[str, object]:
        return await suggest_yearly_number(cls, 'no_registrasi', 'tanggal')


def batas_pengajuan_dasar(permohonan: PermohonanInformasi) -> date | None:
    """The day the ground of a keberatan was found: the written answer, else the batas waktu that
    passed without one (Pasal 35 ayat (1) huruf c)."""
    return permohonan.tanggal_pemberitahuan or permohonan.batas_waktu
