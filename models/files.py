"""The bytes of the files kept with records, when the file store is the database (FILE_STORE=database,
the default on PostgreSQL: every instance of a scale-out reads the same files, and pg_dump carries
them). On the default folder store (DATA_DIR/berkas) this table stays empty. core/file_store.py
writes and reads it; a record refers to a file by its SHA-256 (models.base.FilesField).
"""
from tortoise import fields
from tortoise.models import Model


class StoredFile(Model):
    """One file's bytes, named by their SHA-256: the same scan uploaded twice is one row."""

    sha256 = fields.CharField(max_length=64, primary_key=True, description='SHA-256 isi')
    ukuran = fields.BigIntField(description='Ukuran (bita)')
    isi = fields.BinaryField(description='Isi berkas')
    disimpan = fields.DatetimeField(auto_now_add=True, description='Disimpan')

    class Meta:
        table = 'berkas_isi'
