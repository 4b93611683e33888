"""M1.3 Pengelolaan Sarana dan Prasarana: the Kartu Inventaris Barang (KIB A–F), their mutasi (which
update the register) and the Kartu Pemeliharaan of their barang.

Sources: the KIB cards of the Pengelolaan Barang Milik Daerah guideline (Permendagri 19/2016, which
kept the cards of Permendagri 17/2007, Lampiran 25–30), read as published blanks with their filling
instructions (docs/design.md, "Sarana dan Prasarana: KIB"):
  KIB A https://id.scribd.com/document/348739010/KIB-A-Tanah-doc (14 columns, no kondisi)
  KIB B https://id.scribd.com/doc/306693581/Format-Lampiran-KIB-B (16 columns)
  KIB C https://123dok.com/document/zx5jrlvq-kib-c-gedung-dan-bangunan.html (17 columns)
  KIB D https://text-id.123dok.com/document/z315mgdy-buku-panduan-cara-pengisian-kartu-investaris-barang-kib-d-jalan-irigasidan-jaringan-pada-format-inventaris-sekolah-new-revisi-dokumen-pedia.html
KIB E and F were not found as instruction text: their column order is the blank's as independent
published print templates reproduce it (OpenSID donjo-app/views/inventaris/asset and kontruksi
inventaris_print.php, regional asset apps' numbered Excel cards), which agree (see each model); KIB
D column 13 (nomor kode tanah) is also read in
https://caixadesegredosmeus.blogspot.com/2014/11/petunjuk-cara-pengisian-kib-d-kartu.html. Every card's field order below is the card's column order; the form
follows it. Permendagri 108/2016 (Penggolongan dan Kodefikasi BMD) gives the kode barang
`1.3.k.oo.rr.ss.nnn`: 1.3 aset tetap, then 1 tanah, 2 peralatan dan mesin, 3 gedung dan bangunan,
4 jalan/jaringan/irigasi, 5 aset tetap lainnya, 6 konstruksi dalam pengerjaan. The asal-usul choices
and the mutasi kinds are proposals (docs/design.md §Tables).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from enum import Enum

from tortoise import fields
from tortoise.exceptions import IntegrityError
from tortoise.validators import MaxValueValidator, MinValueValidator

from locales import t
from models.audit import AuditAction, AuditEntry
from models.base import FilesField, LongTextField, MoneyField, RecordModel, key_taken
from models.clock import office_today
from models.table import SAME_AS_LABEL, table

KODE_BARANG = re.compile(r'1\.3\.\d\.\d{2}\.\d{2}\.\d{2}\.\d{3}')


class AsalUsul(str, Enum):
    PEMBELIAN = 'Pembelian'
    HIBAH = 'Hibah'
    SWAKELOLA = 'Swakelola'
    TUKAR_MENUKAR = 'Tukar Menukar'
    LAINNYA = 'Lainnya'


class Bangunan(str, Enum):
    """KIB F column 3: what the building under construction will be."""
    PERMANEN = 'P'
    SEMI_PERMANEN = 'SP'
    DARURAT = 'D'


class Kondisi(str, Enum):
    BAIK = 'Baik'
    KURANG_BAIK = 'Kurang Baik'
    RUSAK_BERAT = 'Rusak Berat'


def _kode_tanah() -> fields.CharField:
    """The land a building, a road or a construction stands on: its kode barang on KIB A."""
    return fields.CharField(max_length=18, null=True, description='Nomor Kode Tanah')


def _area(description: str) -> fields.DecimalField:
    return fields.DecimalField(max_digits=14, decimal_places=2, null=True,
                               validators=[MinValueValidator(0)], description=description)


class KibModel(RecordModel):
    """The columns every KIB shares, and the rules on them."""

    kode_barang = fields.CharField(max_length=18, description='Kode Barang')
    register = fields.CharField(max_length=10, description='Register')
    nama_barang = fields.CharField(max_length=200, description='Nama Barang')
    asal_usul = fields.CharEnumField(AsalUsul, max_length=15, default=AsalUsul.PEMBELIAN, description='Asal-usul')
    tahun = fields.SmallIntField(validators=[MinValueValidator(1900), MaxValueValidator(2100)],
                                 description='Tahun Perolehan')
    harga = MoneyField(description='Harga (Rp)')
    kondisi = fields.CharEnumField(Kondisi, max_length=12, default=Kondisi.BAIK, description='Kondisi')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    KIB = ''            # 'A' … 'F'
    KODE_AWAL = ''      # '1.3.1' … '1.3.6'

    foto = FilesField(description='Foto')
    dokumen = FilesField(description='Dokumen')

    # written only by a mutasi Hapus (or Pindah to another unit): the row leaves the active register
    # but is kept, with the date and the SK (MutasiBarang.after_write)
    dihapus = fields.BooleanField(default=False, description='Dihapus dari Register')
    tanggal_dihapus = fields.DateField(null=True, description='Tanggal Dihapus')
    sk_dihapus = fields.CharField(max_length=100, null=True, description='Nomor SK Penghapusan')

    class Meta:
        abstract = True

    @classmethod
    def golongan(cls) -> str:
        """'Gedung dan Bangunan': the table's label without its 'KIB C'."""
        return cls.panel.label.removeprefix(f'KIB {cls.KIB}').strip()

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.kode_barang:
            if not KODE_BARANG.fullmatch(self.kode_barang):
                errors['kode_barang'] = t('aturan.kib.kode_barang')
            elif not self.kode_barang.startswith(self.KODE_AWAL + '.'):
                errors['kode_barang'] = t('aturan.kib.kode_barang_golongan', kib=self.KIB, kode_awal=self.KODE_AWAL,
                                          golongan=self.golongan())
        kode_tanah = getattr(self, 'kode_tanah', None)
        if kode_tanah and not (KODE_BARANG.fullmatch(kode_tanah) and kode_tanah.startswith('1.3.1.')):
            errors['kode_tanah'] = t('aturan.kib.kode_tanah')
        if self.tahun and self.tahun > office_today().year:
            errors['tahun'] = t('aturan.kib.tahun_perolehan')
        if self.kode_barang and self.register and 'kode_barang' not in errors:
            taken = type(self).filter(kode_barang=self.kode_barang, register=self.register, deleted_at__isnull=True)
            if self.id:
                taken = taken.exclude(id=self.id)
            if await taken.exists():
                errors['register'] = t('aturan.kib.register_dipakai', register=self.register)
        return errors

    def __str__(self) -> str:
        return f'{self.kode_barang}/{self.register} {self.nama_barang}'


@table(label='Ruangan', process='M1.3', columns=('kode', 'nama', 'gedung', 'penanggung_jawab'),
       search=('kode', 'nama', 'gedung', 'penanggung_jawab'), ordering=('kode',), row_label='{kode} {nama}',
       natural_key=('kode',))
class Ruangan(RecordModel):
    """A room of the office, with whoever answers for its goods: the Kartu Inventaris Ruangan (KIR)
    lists the KIB B and KIB E barang placed in it and is hung on its wall, signed by the penanggung
    jawab ruangan, the Pengurus Barang and the Kepala SKPD (exports/bmd_reports.py)."""

    kode = fields.CharField(max_length=20, description='Kode Ruangan')
    nama = fields.CharField(max_length=100, description='Nama Ruangan')
    gedung = fields.CharField(max_length=150, null=True, description='Gedung/Lantai')
    penanggung_jawab = fields.CharField(max_length=150, null=True, description='Penanggung Jawab Ruangan')
    nip_penanggung_jawab = fields.CharField(max_length=18, null=True, description='NIP Penanggung Jawab')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')

    class Meta:
        table = 'ruangan'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        if self.kode and await key_taken(self, 'kode', include_deleted=False):
            errors['kode'] = t('aturan.ruangan.kode_dipakai', kode=self.kode)
        nip = (self.nip_penanggung_jawab or '').replace(' ', '')
        if nip and not (nip.isdigit() and len(nip) == 18):
            errors['nip_penanggung_jawab'] = t('aturan.ruangan.nip')
        return errors

    def __str__(self) -> str:
        return f'{self.kode} {self.nama}'


def _ruangan() -> fields.ForeignKeyRelation:
    """Where a barang of KIB B or KIB E stands (its room's KIR lists it)."""
    return fields.ForeignKeyField('models.Ruangan', related_name=False, null=True, on_delete=fields.RESTRICT,
                                  description='Ruangan')


KIB_COLUMNS = ('kode_barang', 'register', 'nama_barang', 'tahun', 'harga', 'kondisi')
KIB_SEARCH = ('kode_barang', 'register', 'nama_barang', 'keterangan')
KIB_FILTERS = ('kondisi', 'asal_usul', 'tahun', 'dihapus')
KIB_LABEL = '{kode_barang}/{register} {nama_barang}'
KIB_KEY = ('kode_barang', 'register')   # one register number per kode barang


@table(label='KIB A Tanah', process='M1.3', columns=(*KIB_COLUMNS[:4], 'luas_m2', 'letak', 'no_sertifikat', 'harga'),
       search=(*KIB_SEARCH, 'letak', 'no_sertifikat'), filters=('asal_usul', 'tahun', 'hak', 'dihapus'),
       form=('nama_barang', 'kode_barang', 'register', 'luas_m2', 'tahun', 'letak', 'hak', 'tgl_sertifikat',
             'no_sertifikat', 'penggunaan', 'asal_usul', 'harga', 'keterangan', 'foto', 'dokumen'),
       ordering=('kode_barang', 'register'), row_label=KIB_LABEL, natural_key=KIB_KEY)
class KibATanah(KibModel):
    """KIB A Tanah, 14 columns: no, jenis/nama barang, kode barang, register, luas (m²), tahun
    pengadaan, letak/alamat, status tanah (hak, sertifikat tanggal, nomor), penggunaan, asal usul,
    harga, keterangan. The card has no kondisi: land is not good or broken, so the form leaves it out
    (the column stays, at its default, for the rows it already holds)."""

    luas_m2 = _area('Luas (m²)')
    letak = fields.CharField(max_length=255, description='Letak/Alamat')
    hak = fields.CharField(max_length=60, null=True, description='Hak')
    no_sertifikat = fields.CharField(max_length=60, null=True, description='No. Sertifikat')
    tgl_sertifikat = fields.DateField(null=True, description='Tanggal Sertifikat')
    penggunaan = fields.CharField(max_length=150, null=True, description='Penggunaan')

    KIB, KODE_AWAL = 'A', '1.3.1'

    class Meta:
        table = 'kib_a_tanah'
        table_description = SAME_AS_LABEL


@table(label='KIB B Peralatan dan Mesin', process='M1.3',
       columns=(*KIB_COLUMNS[:3], 'merk_type', 'no_polisi', 'tahun', 'harga', 'kondisi'),
       search=(*KIB_SEARCH, 'merk_type', 'no_polisi', 'no_rangka', 'no_mesin'), filters=(*KIB_FILTERS, 'ruangan'),
       form=('kode_barang', 'nama_barang', 'register', 'merk_type', 'ukuran_cc', 'bahan', 'tahun', 'no_pabrik',
             'no_rangka', 'no_mesin', 'no_polisi', 'no_bpkb', 'asal_usul', 'harga', 'kondisi', 'ruangan', 'keterangan',
             'foto', 'dokumen'),
       ordering=('kode_barang', 'register'), row_label=KIB_LABEL, natural_key=KIB_KEY)
class KibBPeralatanMesin(KibModel):
    """KIB B Peralatan dan Mesin, 16 columns: no, kode barang, nama/jenis barang, register,
    merk/type, ukuran/CC, bahan, tahun pembelian, nomor pabrik, rangka, mesin, polisi, BPKB, asal
    usul/cara perolehan, harga, keterangan. The card prints no kondisi; the panel keeps it for the
    Kartu Inventaris Ruangan, which does."""

    merk_type = fields.CharField(max_length=100, null=True, description='Merk/Type')
    ukuran_cc = fields.CharField(max_length=30, null=True, description='Ukuran/CC')
    bahan = fields.CharField(max_length=60, null=True, description='Bahan')
    no_pabrik = fields.CharField(max_length=60, null=True, description='No. Pabrik')
    no_rangka = fields.CharField(max_length=60, null=True, description='No. Rangka')
    no_mesin = fields.CharField(max_length=60, null=True, description='No. Mesin')
    no_polisi = fields.CharField(max_length=15, null=True, description='No. Polisi')
    no_bpkb = fields.CharField(max_length=30, null=True, description='No. BPKB')
    ruangan = _ruangan()

    KIB, KODE_AWAL = 'B', '1.3.2'

    class Meta:
        table = 'kib_b_peralatan_mesin'
        table_description = SAME_AS_LABEL


@table(label='KIB C Gedung dan Bangunan', process='M1.3',
       columns=(*KIB_COLUMNS[:3], 'luas_lantai_m2', 'letak', 'tahun', 'harga', 'kondisi'),
       search=(*KIB_SEARCH, 'letak', 'no_dokumen', 'kode_tanah'), filters=(*KIB_FILTERS, 'bertingkat'),
       form=('nama_barang', 'kode_barang', 'register', 'kondisi', 'bertingkat', 'beton', 'luas_lantai_m2', 'letak',
             'tgl_dokumen', 'no_dokumen', 'luas_tanah_m2', 'status_tanah', 'kode_tanah', 'asal_usul', 'tahun', 'harga',
             'keterangan', 'foto', 'dokumen'),
       ordering=('kode_barang', 'register'), row_label=KIB_LABEL, natural_key=KIB_KEY)
class KibCGedungBangunan(KibModel):
    """KIB C Gedung dan Bangunan, 17 columns: no, jenis/nama barang, kode barang, register, kondisi
    bangunan (B, KB, RB), konstruksi bangunan (bertingkat/tidak, beton/tidak), luas lantai (m²),
    letak/lokasi alamat, dokumen gedung (tanggal, nomor), luas (m²) of the land, status tanah, nomor
    kode tanah, asal usul, harga, keterangan. The card has no tahun column; the panel keeps the
    year of acquisition all the same (rekap per tahun)."""

    bertingkat = fields.BooleanField(default=False, description='Bertingkat')
    beton = fields.BooleanField(default=True, description='Beton')
    luas_lantai_m2 = _area('Luas Lantai (m²)')
    letak = fields.CharField(max_length=255, description='Letak/Alamat')
    no_dokumen = fields.CharField(max_length=60, null=True, description='No. Dokumen')
    tgl_dokumen = fields.DateField(null=True, description='Tanggal Dokumen')
    status_tanah = fields.CharField(max_length=60, null=True, description='Status Tanah')
    luas_tanah_m2 = _area('Luas Tanah (m²)')
    kode_tanah = _kode_tanah()

    KIB, KODE_AWAL = 'C', '1.3.3'

    class Meta:
        table = 'kib_c_gedung_bangunan'
        table_description = SAME_AS_LABEL


@table(label='KIB D Jalan, Irigasi dan Jaringan', process='M1.3',
       columns=(*KIB_COLUMNS[:3], 'konstruksi', 'panjang', 'letak', 'tahun', 'harga', 'kondisi'),
       search=(*KIB_SEARCH, 'letak', 'no_dokumen', 'kode_tanah'), filters=KIB_FILTERS,
       form=('nama_barang', 'kode_barang', 'register', 'konstruksi', 'panjang', 'lebar', 'luas', 'letak',
             'tgl_dokumen', 'no_dokumen', 'status_tanah', 'kode_tanah', 'asal_usul', 'tahun', 'harga', 'kondisi',
             'keterangan', 'foto', 'dokumen'),
       ordering=('kode_barang', 'register'), row_label=KIB_LABEL, natural_key=KIB_KEY)
class KibDJalanIrigasiJaringan(KibModel):
    """KIB D Jalan, Irigasi dan Jaringan, 17 columns: no, jenis/nama barang, kode barang, register,
    konstruksi, panjang (km), lebar (m), luas (m²), letak/lokasi, dokumen (tanggal, nomor: the
    ownership papers), status tanah, nomor kode tanah, asal usul, harga, kondisi (B, KB, RB),
    keterangan. Columns 1–12 as read in the filling instructions; 13–17 as the blank card prints them."""

    konstruksi = fields.CharField(max_length=60, null=True, description='Konstruksi')
    panjang = _area('Panjang (km)')
    lebar = _area('Lebar (m)')
    luas = _area('Luas (m²)')
    letak = fields.CharField(max_length=255, description='Letak/Lokasi')
    status_tanah = fields.CharField(max_length=60, null=True, description='Status Tanah')
    no_dokumen = fields.CharField(max_length=60, null=True, description='No. Dokumen')
    tgl_dokumen = fields.DateField(null=True, description='Tanggal Dokumen')
    kode_tanah = _kode_tanah()

    KIB, KODE_AWAL = 'D', '1.3.4'

    class Meta:
        table = 'kib_d_jalan_irigasi_jaringan'
        table_description = SAME_AS_LABEL


@table(label='KIB E Aset Tetap Lainnya', process='M1.3',
       columns=(*KIB_COLUMNS[:3], 'judul_spesifikasi', 'jumlah', 'tahun', 'harga', 'kondisi'),
       search=(*KIB_SEARCH, 'judul_spesifikasi', 'spesifikasi', 'pencipta'), filters=(*KIB_FILTERS, 'ruangan'),
       form=('nama_barang', 'kode_barang', 'register', 'judul_spesifikasi', 'spesifikasi', 'asal_daerah', 'pencipta',
             'bahan', 'jenis', 'ukuran', 'jumlah', 'tahun', 'asal_usul', 'harga', 'kondisi', 'ruangan', 'keterangan',
             'foto', 'dokumen'),
       ordering=('kode_barang', 'register'), row_label=KIB_LABEL, natural_key=KIB_KEY)
class KibEAsetTetapLainnya(KibModel):
    """KIB E Aset Tetap Lainnya, 16 columns: no, nama/jenis barang, kode barang, register, buku/
    perpustakaan (judul/pencipta, spesifikasi), barang bercorak kesenian/kebudayaan (asal daerah,
    pencipta, bahan), hewan/ternak dan tumbuhan (jenis, ukuran), jumlah, tahun cetak/pembelian, asal
    usul cara perolehan, harga, keterangan. `judul_spesifikasi` holds the book's judul/pencipta (its
    column name is older than the card's split)."""

    judul_spesifikasi = fields.CharField(max_length=200, null=True, description='Judul/Pencipta')
    spesifikasi = fields.CharField(max_length=200, null=True, description='Spesifikasi')
    asal_daerah = fields.CharField(max_length=100, null=True, description='Asal Daerah')
    pencipta = fields.CharField(max_length=100, null=True, description='Pencipta')
    bahan = fields.CharField(max_length=60, null=True, description='Bahan')
    jenis = fields.CharField(max_length=60, null=True, description='Jenis')
    ukuran = fields.CharField(max_length=30, null=True, description='Ukuran')
    jumlah = fields.IntField(default=1, validators=[MinValueValidator(1)], description='Jumlah')
    ruangan = _ruangan()

    KIB, KODE_AWAL = 'E', '1.3.5'

    class Meta:
        table = 'kib_e_aset_tetap_lainnya'
        table_description = SAME_AS_LABEL


@table(label='KIB F Konstruksi Dalam Pengerjaan', process='M1.3',
       columns=(*KIB_COLUMNS[:3], 'letak', 'tanggal_mulai', 'tahun', 'harga', 'kondisi'),
       search=(*KIB_SEARCH, 'letak', 'no_dokumen', 'kode_tanah'), filters=(*KIB_FILTERS, 'bangunan', 'tanggal_mulai'),
       form=('nama_barang', 'kode_barang', 'register', 'bangunan', 'bertingkat', 'beton', 'luas_lantai_m2', 'letak',
             'tgl_dokumen', 'no_dokumen', 'tanggal_mulai', 'status_tanah', 'kode_tanah', 'pembiayaan',
             'nilai_kontrak', 'asal_usul', 'tahun', 'harga', 'kondisi', 'keterangan', 'foto', 'dokumen'),
       ordering=('kode_barang', 'register'), row_label=KIB_LABEL, natural_key=KIB_KEY)
class KibFKonstruksiDalamPengerjaan(KibModel):
    """KIB F Konstruksi Dalam Pengerjaan, 15 columns: no, jenis/nama barang, bangunan (P, SP, D),
    konstruksi bangunan (bertingkat/tidak, beton/tidak), luas (m²), letak/lokasi alamat, dokumen
    (tanggal, nomor), tanggal mulai, status tanah, nomor kode tanah, asal-usul pembiayaan, nilai
    kontrak, keterangan. The card has no kode barang, register, harga or kondisi: the panel keeps
    them (the kode barang 1.3.6 names the row; harga is what was paid so far)."""

    bertingkat = fields.BooleanField(default=False, description='Bertingkat')
    beton = fields.BooleanField(default=True, description='Beton')
    luas_lantai_m2 = _area('Luas (m²)')
    letak = fields.CharField(max_length=255, description='Letak/Lokasi')
    no_dokumen = fields.CharField(max_length=60, null=True, description='No. Dokumen')
    tgl_dokumen = fields.DateField(null=True, description='Tanggal Dokumen')
    status_tanah = fields.CharField(max_length=60, null=True, description='Status Tanah')
    tanggal_mulai = fields.DateField(null=True, description='Tanggal Mulai')
    bangunan = fields.CharEnumField(Bangunan, max_length=2, null=True, description='Bangunan (P, SP, D)')
    kode_tanah = _kode_tanah()
    pembiayaan = fields.CharField(max_length=100, null=True, description='Asal-usul Pembiayaan')
    nilai_kontrak = MoneyField(null=True, description='Nilai Kontrak (Rp)')

    KIB, KODE_AWAL = 'F', '1.3.6'

    class Meta:
        table = 'kib_f_konstruksi_dalam_pengerjaan'
        table_description = SAME_AS_LABEL


KIB_MODELS: dict[str, type[KibModel]] = {model.KIB: model for model in (
    KibATanah, KibBPeralatanMesin, KibCGedungBangunan, KibDJalanIrigasiJaringan, KibEAsetTetapLainnya,
    KibFKonstruksiDalamPengerjaan)}


class Kib(str, Enum):
    A = 'KIB A Tanah'
    B = 'KIB B Peralatan dan Mesin'
    C = 'KIB C Gedung dan Bangunan'
    D = 'KIB D Jalan, Irigasi dan Jaringan'
    E = 'KIB E Aset Tetap Lainnya'
    F = 'KIB F Konstruksi Dalam Pengerjaan'


class KibDipelihara(str, Enum):
    """The KIB whose barang get a Kartu Pemeliharaan: land (A) is not maintained, and a construction
    in progress (F) is still its contractor's."""
    B = Kib.B.value
    C = Kib.C.value
    D = Kib.D.value
    E = Kib.E.value


class JenisMutasi(str, Enum):
    """What a mutasi does to the register (MutasiBarang.after_write). PEMELIHARAAN is kept only so
    that the rows stored before the Kartu Pemeliharaan read as they were: no new row may take it."""
    RUSAK_BERAT = 'Rusak Berat'
    PINDAH = 'Pindah'
    HAPUS = 'Hapus'
    PEMELIHARAAN = 'Pemeliharaan'


ROOMED = (Kib.B, Kib.E)   # the KIB whose barang stand in a ruangan (the KIR)


async def barang_of(kib: Kib | str, kode_barang: str, register: str) -> KibModel | None:
    """The live row of a KIB named as on the cards: its KIB, kode barang and register."""
    model = KIB_MODELS[Kib(kib).name]
    return await model.filter(kode_barang=kode_barang, register=register, deleted_at__isnull=True).first()


def _barang_errors(row, barang: KibModel | None, kib: Kib) -> dict[str, str]:
    """The rules a mutasi and a pemeliharaan share: the barang is on its KIB, still in the register,
    and the date is neither in the future nor before the barang was acquired."""
    if barang is None:
        return {'register': t('aturan.mutasi_barang.barang_tidak_ada', kode_barang=row.kode_barang,
                              register=row.register, kib=kib.value)}
    errors: dict[str, str] = {}
    if row.tanggal and row.tanggal > office_today():
        errors['tanggal'] = t('aturan.mutasi_barang.tanggal_nanti')
    elif row.tanggal and barang.tahun and row.tanggal.year < barang.tahun:
        errors['tanggal'] = t('aturan.mutasi_barang.tanggal_sebelum_perolehan', tahun=barang.tahun)
    return errors


def _removed_message(barang: KibModel) -> str:
    return t('aturan.mutasi_barang.sudah_dihapus', tanggal=barang.tanggal_dihapus.strftime('%d/%m/%Y')
             if barang.tanggal_dihapus else '-', sk=barang.sk_dihapus or '-')


def _as_json(values: dict) -> dict:
    """Values as the audit log keeps them (core.audit.json_value, which models may not import)."""
    return {name: value.value if isinstance(value, Enum) else value.isoformat() if isinstance(value, date) else value
            for name, value in values.items()}


@table(label='Mutasi Barang', process='M1.3',
       columns=('tanggal', 'kib', 'kode_barang', 'register', 'nama_barang', 'jenis', 'nomor_sk', 'nilai'),
       search=('kode_barang', 'register', 'nama_barang', 'nomor_sk', 'unit_tujuan', 'keterangan'),
       filters=('kib', 'jenis', 'tanggal', 'ruangan_tujuan'),
       form=('kib', 'kode_barang', 'register', 'nama_barang', 'jenis', 'tanggal', 'nomor_sk', 'ruangan_tujuan',
             'unit_tujuan', 'nilai', 'keterangan', 'kondisi_sebelum', 'ruangan_asal'),
       ordering=('-tanggal', '-id'),
       readonly=('nama_barang', 'kondisi_sebelum', 'ruangan_asal'),
       row_label='{tanggal} {jenis} {kode_barang}/{register}')
class MutasiBarang(RecordModel):
    """A change to one barang of a KIB that changes its register: Pindah (to another ruangan, whose
    KIR then lists it, or to another unit, which takes it out of this SKPD's register), Hapus
    (penghapusan: the KIB row leaves the active register but is kept, marked dihapus with the date
    and the SK) and Rusak Berat (its kondisi becomes RB). Maintenance is not a mutasi: it is kept on
    the Kartu Pemeliharaan (KartuPemeliharaan below).

    The barang is named by its KIB, kode barang and register, as on the cards. Saving a mutasi writes
    the KIB row in the same transaction (`after_write`): the writer needs the right to edit that KIB
    (role matrix), the KIB row must not have changed since the form was checked (its version), and
    the change is logged on the KIB row's history; deleting the mutasi undoes it. Kinds after
    Permendagri 19/2016 (pemindahtanganan, penghapusan) and 47/2021 (pembukuan: pemeliharaan and
    penghapusan are separate books); docs/design.md, "Sarana dan Prasarana: KIB"."""

    kib = fields.CharEnumField(Kib, max_length=40, description='KIB')
    kode_barang = fields.CharField(max_length=18, description='Kode Barang')
    register = fields.CharField(max_length=10, description='Register')
    nama_barang = fields.CharField(max_length=200, null=True, description='Nama Barang')
    jenis = fields.CharEnumField(JenisMutasi, max_length=15, description='Jenis Mutasi')
    tanggal = fields.DateField(description='Tanggal')
    nomor_sk = fields.CharField(max_length=100, null=True, description='Nomor SK/Berita Acara')
    ruangan_tujuan = fields.ForeignKeyField('models.Ruangan', related_name=False, null=True,
                                            on_delete=fields.RESTRICT, description='Ke Ruangan')
    unit_tujuan = fields.CharField(max_length=150, null=True, description='Ke Unit/SKPD')
    nilai = MoneyField(null=True, description='Nilai (Rp)')
    keterangan = LongTextField(null=True, description='Keterangan')
    kondisi_sebelum = fields.CharEnumField(Kondisi, max_length=12, null=True, description='Kondisi Sebelumnya')
    ruangan_asal = fields.CharField(max_length=20, null=True, description='Dari Ruangan')

    class Meta:
        table = 'mutasi_barang'
        table_description = SAME_AS_LABEL

    def removes(self) -> bool:
        """A hapus, or a pindah to another unit: the barang leaves this SKPD's register."""
        jenis = JenisMutasi(self.jenis)
        return jenis == JenisMutasi.HAPUS or (jenis == JenisMutasi.PINDAH and bool(self.unit_tujuan))

    async def check_rules(self) -> dict[str, str]:
        """The barang must be on its KIB and in the register; each kind needs what it changes. The
        barang's name is copied here, and what a deleted mutasi would give back is remembered."""
        if not (self.kib and self.kode_barang and self.register and self.jenis):
            return {}
        kib, jenis = Kib(self.kib), JenisMutasi(self.jenis)
        if jenis == JenisMutasi.PEMELIHARAAN and not self.id:
            return {'jenis': t('aturan.mutasi_barang.pemeliharaan')}
        barang = await barang_of(kib, self.kode_barang, self.register)
        errors = _barang_errors(self, barang, kib)
        if barang is None:
            return errors
        self.nama_barang = barang.nama_barang
        if barang.dihapus and not (self.id and self.removes()):
            errors['register'] = _removed_message(barang)
            return errors
        if jenis != JenisMutasi.PINDAH and (self.ruangan_tujuan_id or self.unit_tujuan):
            errors['ruangan_tujuan' if self.ruangan_tujuan_id else 'unit_tujuan'] = \
                t('aturan.mutasi_barang.tujuan_hanya_pindah')
        if jenis == JenisMutasi.PINDAH:
            errors.update(await self._pindah_errors(kib, barang))
        elif jenis == JenisMutasi.HAPUS and not (self.nomor_sk or '').strip():
            errors['nomor_sk'] = t('aturan.mutasi_barang.sk_penghapusan')
        elif jenis == JenisMutasi.RUSAK_BERAT:
            if kib == Kib.A:
                errors['jenis'] = t('aturan.mutasi_barang.tanah_tanpa_kondisi')
            elif not self.id:
                if barang.kondisi == Kondisi.RUSAK_BERAT:
                    errors['jenis'] = t('aturan.mutasi_barang.sudah_rusak_berat')
                self.kondisi_sebelum = barang.kondisi
        return errors

    async def _pindah_errors(self, kib: Kib, barang: KibModel) -> dict[str, str]:
        if bool(self.ruangan_tujuan_id) == bool((self.unit_tujuan or '').strip()):
            field = 'unit_tujuan' if self.ruangan_tujuan_id else 'ruangan_tujuan'
            key = 'tujuan_satu_saja' if self.ruangan_tujuan_id else 'tujuan_kosong'
            return {field: t(f'aturan.mutasi_barang.{key}')}
        if self.unit_tujuan:
            return {}
        if kib not in ROOMED:
            return {'ruangan_tujuan': t('aturan.mutasi_barang.tanpa_ruangan', kib=kib.value)}
        if not self.id:
            if barang.ruangan_id == self.ruangan_tujuan_id:
                room = await Ruangan.get(id=self.ruangan_tujuan_id)
                return {'ruangan_tujuan': t('aturan.mutasi_barang.sudah_di_ruangan', ruangan=str(room))}
            asal = await Ruangan.get_or_none(id=barang.ruangan_id) if barang.ruangan_id else None
            self.ruangan_asal = asal.kode if asal else None
        return {}

    async def check_actor_rules(self, actor, before: dict[str, object]) -> dict[str, str]:
        """A stored mutasi keeps its barang and kind (its effect on the register would otherwise be
        left behind); the writer must be allowed to edit the KIB it changes. Remembers the KIB row's
        version, so that after_write writes only the row that was checked."""
        if before:
            for name in ('kib', 'kode_barang', 'register', 'jenis'):
                old, new = before.get(name), getattr(self, name)
                if (old.value if isinstance(old, Enum) else old) != (new.value if isinstance(new, Enum) else new):
                    return {name: t('aturan.mutasi_barang.tetap')}
        kib = Kib(self.kib)
        model = KIB_MODELS[kib.name]
        if (model.panel.name, 'ubah') not in actor.rights:
            return {'kib': t('aturan.mutasi_barang.tak_berhak', kib=kib.value)}
        barang = await barang_of(kib, self.kode_barang, self.register)
        self._barang_version = barang.version if barang else None
        self._penulis = actor.username
        return {}

    async def after_write(self) -> None:
        """The KIB row follows its mutasi (or goes back when the mutasi is deleted), in the caller's
        transaction: a KIB row changed since the check rolls the whole save back."""
        jenis = JenisMutasi(self.jenis)
        if jenis == JenisMutasi.PEMELIHARAAN:
            return
        kib = Kib(self.kib)
        model = KIB_MODELS[kib.name]
        barang = await barang_of(kib, self.kode_barang, self.register)
        if barang is None:
            return
        expected = getattr(self, '_barang_version', None)
        if expected is not None and expected != barang.version:
            raise IntegrityError(f'{model.panel.name} #{barang.id} changed since the mutasi was checked')
        changes = await self._register_changes(jenis, barang, live=self.deleted_at is None)
        before = {name: getattr(barang, name) for name in changes}
        if _as_json(before) == _as_json(changes):
            return
        user = getattr(self, '_penulis', None) or await self._last_writer()
        updated = await model.filter(id=barang.id, version=barang.version).update(
            **changes, version=barang.version + 1, updated_by=user, updated_at=datetime.now(timezone.utc))
        if updated != 1:
            raise IntegrityError(f'{model.panel.name} #{barang.id} changed while the mutasi was written')
        await AuditEntry.create(pengguna=user[:50], aksi=AuditAction.UBAH, tabel=model.panel.name, baris_id=barang.id,
                                sebelum=_as_json(before), sesudah=_as_json(changes),
                                keterangan=t('rekaman.bersama', tabel=type(self).panel.label, nomor=self.id))

    async def _register_changes(self, jenis: JenisMutasi, barang: KibModel, live: bool) -> dict[str, object]:
        """The KIB columns this mutasi sets while it stands, or gives back once it is deleted."""
        if self.removes():
            if live:
                return {'dihapus': True, 'tanggal_dihapus': self.tanggal, 'sk_dihapus': self.nomor_sk}
            return {'dihapus': False, 'tanggal_dihapus': None, 'sk_dihapus': None} if barang.dihapus else {}
        if jenis == JenisMutasi.RUSAK_BERAT:
            if live:
                return {'kondisi': Kondisi.RUSAK_BERAT}
            if barang.kondisi == Kondisi.RUSAK_BERAT and self.kondisi_sebelum:
                return {'kondisi': Kondisi(self.kondisi_sebelum)}
            return {}
        if jenis == JenisMutasi.PINDAH and self.ruangan_tujuan_id:
            if live:
                return {'ruangan_id': self.ruangan_tujuan_id}
            if barang.ruangan_id == self.ruangan_tujuan_id:
                asal = await Ruangan.filter(kode=self.ruangan_asal, deleted_at__isnull=True).first() \
                    if self.ruangan_asal else None
                return {'ruangan_id': asal.id if asal else None}
        return {}

    async def _last_writer(self) -> str:
        """Who wrote this mutasi last (a delete, a restore or an undo logs it before after_write)."""
        entry = await AuditEntry.filter(tabel=type(self).panel.name, baris_id=self.id).order_by('-id').first()
        return entry.pengguna if entry else (self.updated_by or '')


@table(label='Kartu Pemeliharaan', process='M1.3',
       columns=('tanggal', 'kib', 'kode_barang', 'register', 'nama_barang', 'jenis_pemeliharaan', 'yang_memelihara',
                'biaya'),
       search=('kode_barang', 'register', 'nama_barang', 'jenis_pemeliharaan', 'yang_memelihara', 'keterangan'),
       filters=('kib', 'tanggal'),
       form=('kib', 'kode_barang', 'register', 'nama_barang', 'tanggal', 'jenis_pemeliharaan', 'yang_memelihara',
             'biaya', 'keterangan', 'bukti'),
       ordering=('-tanggal', '-id'),
       readonly=('nama_barang',),
       row_label='{tanggal} {kode_barang}/{register} {jenis_pemeliharaan}')
class KartuPemeliharaan(RecordModel):
    """One maintenance of one barang of KIB B, C, D or E: the lines of its Kartu Pemeliharaan
    (exports/bmd_reports.export_pemeliharaan prints one card per barang). Maintenance keeps a barang
    usable and changes nothing in its register, so it is not a mutasi: Permendagri 47/2021 lists the
    pemeliharaan as a pembukuan of its own, beside the penghapusan
    (https://pasal.id/en/peraturan/permen/permendagri-no-47-tahun-2021), and the maintenance plans of
    the BMD guidelines name the barang, the jenis pekerjaan, the biaya, the time and who does it
    (https://text-id.123dok.com/document/dzxo1j9wz-sasaran-pemeliharaan-rencana-pemeliharaan-barang.html).
    The card's own blank was not found as text: its columns (tanggal, jenis pemeliharaan, yang
    memelihara, biaya, keterangan, under the barang's kode barang and register) are the ones offices
    print, to be checked against the lampiran; docs/design.md names what was read."""

    kib = fields.CharEnumField(KibDipelihara, max_length=40, default=KibDipelihara.B, description='KIB')
    kode_barang = fields.CharField(max_length=18, description='Kode Barang')
    register = fields.CharField(max_length=10, description='Register')
    nama_barang = fields.CharField(max_length=200, null=True, description='Nama Barang')
    tanggal = fields.DateField(description='Tanggal')
    jenis_pemeliharaan = fields.CharField(max_length=150, description='Jenis Pemeliharaan')
    yang_memelihara = fields.CharField(max_length=150, description='Yang Memelihara/Penyedia')
    biaya = MoneyField(description='Biaya (Rp)')
    keterangan = fields.CharField(max_length=255, null=True, description='Keterangan')
    bukti = FilesField(description='Bukti Pemeliharaan')

    class Meta:
        table = 'kartu_pemeliharaan'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        """The barang must be on its KIB and still in the register; its name is copied here."""
        if not (self.kib and self.kode_barang and self.register):
            return {}
        kib = Kib(KibDipelihara(self.kib).value)
        barang = await barang_of(kib, self.kode_barang, self.register)
        errors = _barang_errors(self, barang, kib)
        if barang is not None:
            self.nama_barang = barang.nama_barang
            if barang.dihapus:
                errors['register'] = _removed_message(barang)
        return errors
