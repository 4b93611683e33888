"""The columns the administrator adds to a table in Pengaturan → Struktur data, without a developer.

Each is a real column of the table (`x_<slug>`, added by `ALTER TABLE` in core/structure.py), so the
grid, the form, the filters, the compiled listing SQL, export, import, audit and undo treat it as
any built-in field, and filtering or sorting it costs what a built-in column costs. This table is
the description of those columns: it says which field each one is, so every app process attaches
the same fields to its models at start-up and when VersiStruktur moves (core/structure.py).

The prefix `x_` keeps an administrator's column from ever taking a developer's field name, so a
later aerich migration that adds a field cannot collide with one, and aerich never drops it (its
diff only compares the models' declared fields with its last migration, never the database).
"""
from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class JenisKolom(str, Enum):
    """The kinds of column the administrator can add (forms/fields.py parses and shows each)."""
    TEKS = 'teks'
    TEKS_PANJANG = 'teks_panjang'
    BILANGAN = 'bilangan'
    UANG = 'uang'
    TANGGAL = 'tanggal'
    YA_TIDAK = 'ya_tidak'
    PILIHAN = 'pilihan'
    DESA = 'desa'              # one of the kecamatan's desa (the desa table)
    REFERENSI = 'referensi'    # a row of another table, named in `referensi`
    BERKAS = 'berkas'          # files kept with the row: scans, photos (models.base.FilesField, several)


class KolomTambahan(Model):
    """One column the administrator added to a table. Retiring it (`pensiun_pada`) takes it out of
    every screen and keeps its data in the database column; it can be brought back."""
    id = fields.IntField(primary_key=True)
    tabel = fields.CharField(max_length=64, description='Tabel')
    nama = fields.CharField(max_length=63, description='Nama kolom di basis data')
    label = fields.CharField(max_length=100, description='Label')
    jenis = fields.CharEnumField(JenisKolom, max_length=20, description='Jenis')
    wajib = fields.BooleanField(default=False, description='Wajib diisi')
    bantuan = fields.CharField(max_length=300, default='', description='Bantuan')
    bawaan = fields.TextField(null=True, description='Nilai bawaan')
    urutan = fields.IntField(default=0, description='Urutan')
    pilihan = fields.JSONField(default=list, description='Pilihan')
    referensi = fields.CharField(max_length=64, null=True, description='Tabel rujukan')
    dicari = fields.BooleanField(default=False, description='Sering dicari')
    di_laporan = fields.BooleanField(default=False, description='Tampil di format laporan')   # a register's report-format Excel
    disembunyikan = fields.BooleanField(default=False, description='Disembunyikan')
    pensiun_pada = fields.DatetimeField(null=True, description='Dipensiunkan')
    dibuat_oleh = fields.CharField(max_length=50, description='Dibuat oleh')
    dibuat_pada = fields.DatetimeField(auto_now_add=True, description='Dibuat')
    versi = fields.IntField(default=1, description='Versi')

    class Meta:
        table = 'kolom_tambahan'
        unique_together = (('tabel', 'nama'),)


class VersiStruktur(Model):
    """One row: a counter moved on every change of KolomTambahan, so another app process behind the
    same database notices within seconds and attaches the same columns (core.structure.sync_structure)."""
    id = fields.IntField(primary_key=True)
    versi = fields.IntField(default=0, description='Versi struktur')

    class Meta:
        table = 'versi_struktur'


class TabelTambahan(Model):
    """One table the administrator made under a process of the map, without a developer: a real table
    `t_<slug>` with the panel's bookkeeping columns (models.base.RecordModel), a `desa_id` when it is
    kept per desa (the Operator Desa scope then applies), and the columns added to it as
    KolomTambahan rows. core/structure_tables.py builds its model at run time in every app process."""
    id = fields.IntField(primary_key=True)
    nama = fields.CharField(max_length=63, unique=True, description='Nama tabel di basis data')
    label = fields.CharField(max_length=100, description='Label')
    proses = fields.CharField(max_length=8, description='Proses')
    per_desa = fields.BooleanField(default=False, description='Per desa')
    diarsipkan_pada = fields.DatetimeField(null=True, description='Diarsipkan')   # read-only while set
    label_baris = fields.CharField(max_length=63, null=True, description='Label baris')   # a teks column's nama
    dibuat_oleh = fields.CharField(max_length=50, description='Dibuat oleh')
    dibuat_pada = fields.DatetimeField(auto_now_add=True, description='Dibuat')
    versi = fields.IntField(default=1, description='Versi')

    class Meta:
        table = 'tabel_tambahan'
