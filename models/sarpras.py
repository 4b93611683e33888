"""M1.3 Pengelolaan Sarana dan Prasarana: the Kartu Inventaris Barang (KIB A–F) and their mutasi.

Sources: the KIB cards of the Pengelolaan Barang Milik Daerah guideline (Permendagri 19/2016, which
kept the cards of Permendagri 17/2007, Lampiran 25–30), read as published blanks with their filling
instructions (docs/design.md, "Sarana dan Prasarana: KIB"):
  KIB A https://id.scribd.com/document/348739010/KIB-A-Tanah-doc (14 columns, no kondisi)
  KIB B https://id.scribd.com/doc/306693581/Format-Lampiran-KIB-B (16 columns)
  KIB C https://123dok.com/document/zx5jrlvq-kib-c-gedung-dan-bangunan.html (17 columns)
  KIB D https://text-id.123dok.com/document/z315mgdy-buku-panduan-cara-pengisian-kartu-investaris-barang-kib-d-jalan-irigasidan-jaringan-pada-format-inventaris-sekolah-new-revisi-dokumen-pedia.html
KIB E and F were not found as text: their columns are those of the same lampiran series as offices
print them (see each model). Every card's field order below is the card's column order; the form
follows it. Permendagri 108/2016 (Penggolongan dan Kodefikasi BMD) gives the kode barang
`1.3.k.oo.rr.ss.nnn`: 1.3 aset tetap, then 1 tanah, 2 peralatan dan mesin, 3 gedung dan bangunan,
4 jalan/jaringan/irigasi, 5 aset tetap lainnya, 6 konstruksi dalam pengerjaan. The asal-usul choices
and the mutasi kinds are proposals (docs/design.md §Tables).
"""
from __future__ import annotations

import re
from datetime import date
from enum import Enum

from tortoise import fields
from tortoise.validators import MaxValueValidator, MinValueValidator

from locales import t
from models.base import FilesField, LongTextField, MoneyField, RecordModel, key_taken
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
        if self.tahun and self.tahun > date.today().year:
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
KIB_FILTERS = ('kondisi', 'asal_usul', 'tahun')
KIB_LABEL = '{kode_barang}/{register} {nama_barang}'
KIB_KEY = ('kode_barang', 'register')   # one register number per kode barang


@table(label='KIB A Tanah', process='M1.3', columns=(*KIB_COLUMNS[:4], 'luas_m2', 'letak', 'no_sertifikat', 'harga'),
       search=(*KIB_SEARCH, 'letak', 'no_sertifikat'), filters=('asal_usul', 'tahun', 'hak'),
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


class JenisMutasi(str, Enum):
    PEMELIHARAAN = 'Pemeliharaan'
    PINDAH = 'Pindah'
    HAPUS = 'Hapus'
    RUSAK = 'Rusak'


@table(label='Mutasi Barang', process='M1.3',
       columns=('tanggal', 'kib', 'kode_barang', 'register', 'nama_barang', 'jenis', 'nilai'),
       search=('kode_barang', 'register', 'nama_barang', 'keterangan'),
       filters=('kib', 'jenis', 'tanggal'),
       ordering=('-tanggal', '-id'),
       readonly=('nama_barang',),
       row_label='{tanggal} {jenis} {kode_barang}/{register}')
class MutasiBarang(RecordModel):
    """A change to one barang of a KIB (pemeliharaan, pindah, hapus, rusak). The barang is named by
    its KIB, kode barang and register, as on the cards; the panel checks that it exists and copies
    its name. Proposal (docs/design.md §Tables), after the Buku Inventaris mutasi columns of Permendagri 19/2016."""

    kib = fields.CharEnumField(Kib, max_length=40, description='KIB')
    kode_barang = fields.CharField(max_length=18, description='Kode Barang')
    register = fields.CharField(max_length=10, description='Register')
    nama_barang = fields.CharField(max_length=200, null=True, description='Nama Barang')
    jenis = fields.CharEnumField(JenisMutasi, max_length=15, description='Jenis Mutasi')
    tanggal = fields.DateField(description='Tanggal')
    nilai = MoneyField(null=True, description='Nilai (Rp)')
    keterangan = LongTextField(null=True, description='Keterangan')

    class Meta:
        table = 'mutasi_barang'
        table_description = SAME_AS_LABEL

    async def check_rules(self) -> dict[str, str]:
        """The barang must be on its KIB; its name is copied here (the only place that reads it)."""
        errors: dict[str, str] = {}
        if self.kib and self.kode_barang and self.register:
            kib = Kib(self.kib)
            model = KIB_MODELS[kib.name]
            barang = await model.filter(kode_barang=self.kode_barang, register=self.register,
                                        deleted_at__isnull=True).first()
            if barang is None:
                errors['register'] = t('aturan.mutasi_barang.barang_tidak_ada', kode_barang=self.kode_barang,
                                       register=self.register, kib=kib.value)
            else:
                self.nama_barang = barang.nama_barang
        return errors
