"""What each person sets for themselves (grid columns and widths, import mappings, saved views)
and what the office sets once (the letterhead and the Camat's name for report-format exports)."""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class GridPreference(Model):
    """The columns a person shows in a table's grid, and their widths; and the fields they mapped
    their own files' headers to when importing into it (core.import_mapping)."""
    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField('models.User', related_name=False, on_delete=fields.CASCADE)
    tabel = fields.CharField(max_length=64)
    tersembunyi = fields.JSONField(default=list, description='Kolom yang disembunyikan')
    lebar = fields.JSONField(default=dict, description='Lebar kolom (piksel)')
    impor = fields.JSONField(default=dict, description='Pemetaan judul kolom berkas impor')

    class Meta:
        table = 'preferensi_grid'
        unique_together = (('user', 'tabel'),)


class SavedView(Model):
    """A named filter of a table (a 'tampilan'): search, filters and sort, as a link's query."""
    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField('models.User', related_name=False, on_delete=fields.CASCADE)
    tabel = fields.CharField(max_length=64)
    nama = fields.CharField(max_length=60, description='Nama tampilan')
    isi = fields.JSONField(description='Pencarian, filter dan urutan')
    dibuat = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = 'tampilan'
        unique_together = (('user', 'tabel', 'nama'),)


class OfficeSetting(Model):
    """One setting of the office (kop surat, the Camat's name and NIP), set in Pengaturan."""
    kunci = fields.CharField(max_length=40, primary_key=True)
    nilai = fields.CharField(max_length=300, default='')

    class Meta:
        table = 'pengaturan_kantor'
