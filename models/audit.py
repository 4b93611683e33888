"""The audit log: who did what, when, to which row, with the values before and after."""
from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class AuditAction(str, Enum):
    TAMBAH = 'tambah'
    UBAH = 'ubah'
    HAPUS = 'hapus'
    PULIHKAN = 'pulihkan'
    IMPOR = 'impor'
    EKSPOR = 'ekspor'
    BATAL = 'batalkan'          # an import or bulk edit undone
    MASUK = 'masuk'             # login
    GAGAL_MASUK = 'gagal masuk'
    KELUAR = 'keluar'
    HAK_AKSES = 'hak akses'     # users, roles and the matrix changed in settings


AUDIT_LABELS = {
    AuditAction.TAMBAH: 'Tambah', AuditAction.UBAH: 'Ubah', AuditAction.HAPUS: 'Hapus',
    AuditAction.PULIHKAN: 'Pulihkan', AuditAction.IMPOR: 'Impor', AuditAction.EKSPOR: 'Ekspor',
    AuditAction.BATAL: 'Batalkan', AuditAction.MASUK: 'Masuk', AuditAction.GAGAL_MASUK: 'Gagal masuk',
    AuditAction.KELUAR: 'Keluar', AuditAction.HAK_AKSES: 'Hak akses',
}


class AuditEntry(Model):
    id = fields.BigIntField(primary_key=True)
    waktu = fields.DatetimeField(auto_now_add=True, db_index=True, description='Waktu')
    pengguna = fields.CharField(max_length=50, db_index=True, description='Pengguna')
    aksi = fields.CharEnumField(AuditAction, max_length=20, description='Aksi')
    tabel = fields.CharField(max_length=64, null=True, description='Tabel')
    baris_id = fields.IntField(null=True, description='Baris')
    sebelum = fields.JSONField(null=True, description='Sebelum')
    sesudah = fields.JSONField(null=True, description='Sesudah')
    kelompok = fields.CharField(max_length=32, null=True, db_index=True, description='Kelompok (impor/tempel)')
    keterangan = fields.CharField(max_length=500, null=True, description='Keterangan')

    class Meta:
        table = 'audit_log'
        indexes = (('tabel', 'baris_id'),)
