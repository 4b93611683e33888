"""The audit log: who did what, when, to which row, with the values before and after."""
from __future__ import annotations

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from locales import t


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


AUDIT_LABELS = {   # what the log and a row's history call each action
    AuditAction.TAMBAH: t('common.aksi.tambah'), AuditAction.UBAH: t('common.aksi.ubah'),
    AuditAction.HAPUS: t('common.aksi.hapus'), AuditAction.PULIHKAN: t('log.aksi.pulihkan'),
    AuditAction.IMPOR: t('log.aksi.impor'), AuditAction.EKSPOR: t('common.aksi.ekspor'),
    AuditAction.BATAL: t('log.aksi.batalkan'), AuditAction.MASUK: t('log.aksi.masuk'),
    AuditAction.GAGAL_MASUK: t('log.aksi.gagal_masuk'), AuditAction.KELUAR: t('common.keluar'),
    AuditAction.HAK_AKSES: t('log.aksi.hak_akses'),
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
