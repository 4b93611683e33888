"""Migration 18_20261203145527_pembinaan_desa: the same change for SQLite and PostgreSQL.

Made by migrations/make_migration.py from aerich's offline output for each dialect.
upgrade()/downgrade() return the SQL for the connection's dialect:
  ''    nothing to do on that dialect;
  None  no SQL: write it by hand (or, for a downgrade, the migration cannot be undone).
The SQLite SQL runs as PRAGMA foreign_keys=OFF; BEGIN; <sql> COMMIT; PRAGMA foreign_keys=ON;
so it is atomic (aerich's own transaction does not cover SQL on SQLite) and a table rebuild's
DROP TABLE does not cascade: do not put BEGIN/COMMIT in it.
"""
from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    'sqlite': r"""
CREATE TABLE IF NOT EXISTS "anggota_bpd" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nama" VARCHAR(120) NOT NULL /* Nama */,
    "nik" VARCHAR(16) /* NIK */,
    "jabatan" VARCHAR(15) NOT NULL /* Jabatan */,
    "jenis_kelamin" VARCHAR(1) NOT NULL /* Jenis Kelamin */,
    "tanggal_lahir" DATE /* Tanggal Lahir */,
    "no_sk" VARCHAR(100) /* No. SK Peresmian */,
    "tanggal_sumpah" DATE NOT NULL /* Tanggal Sumpah\/Janji */,
    "periode_ke" SMALLINT NOT NULL /* Periode ke- */,
    "masa_keanggotaan_selesai" DATE /* Masa Keanggotaan Selesai */,
    "sk" JSON /* SK Peresmian */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */
) /* Anggota BPD */;
CREATE TABLE IF NOT EXISTS "penyaluran_dana_desa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun Anggaran */,
    "sumber" VARCHAR(20) NOT NULL /* Sumber */,
    "tahap" VARCHAR(10) NOT NULL /* Tahap */,
    "pagu" VARCHAR(40) NOT NULL /* Pagu Desa Setahun (Rp) */,
    "jumlah" VARCHAR(40) /* Jumlah Disalurkan (Rp) */,
    "persen_tahap" VARCHAR(40) /* Tahap thd Pagu (%) */,
    "persyaratan" TEXT /* Persyaratan Diterima */,
    "persyaratan_lengkap" INT NOT NULL /* Persyaratan Lengkap */,
    "tanggal_salur" DATE /* Tanggal Salur */,
    "realisasi" VARCHAR(40) /* Realisasi Dilaporkan (Rp) */,
    "persen_realisasi" VARCHAR(40) /* Realisasi (%) */,
    "tanggal_laporan" DATE /* Tanggal Laporan Realisasi */,
    "catatan" TEXT /* Catatan */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "surat_rekomendasi_id" INT REFERENCES "surat_keluar" ("id") ON DELETE SET NULL /* Surat Rekomendasi Camat */
) /* Penyaluran Dana Desa dan ADD */;
CREATE TABLE IF NOT EXISTS "register_peraturan_desa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "jenis" VARCHAR(45) NOT NULL /* Jenis */,
    "judul" VARCHAR(255) NOT NULL /* Tentang */,
    "nomor" VARCHAR(100) /* Nomor Peraturan */,
    "tanggal_penetapan" DATE /* Tanggal Penetapan */,
    "tanggal_terima" DATE NOT NULL /* Tanggal Diterima */,
    "batas_hasil" DATE /* Batas Hasil */,
    "tanggal_hasil" DATE /* Tanggal Hasil */,
    "hasil" VARCHAR(15) /* Hasil */,
    "no_hasil" VARCHAR(100) /* No. Keputusan\/Surat Hasil */,
    "batas_koreksi" DATE /* Batas Koreksi */,
    "tanggal_koreksi" DATE /* Tanggal Koreksi Diterima */,
    "status" VARCHAR(30) NOT NULL /* Status */,
    "batas_waktu" DATE /* Batas Waktu Berjalan */,
    "catatan" TEXT /* Catatan */,
    "dokumen" JSON /* Dokumen */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */
) /* Register Peraturan Desa */;
ALTER TABLE "evaluasi_apbdes" ADD "persen_penghasilan" VARCHAR(40) /* Penghasilan dan Tunjangan thd Belanja (%) */;
ALTER TABLE "evaluasi_apbdes" ADD "batas_waktu" DATE /* Batas Waktu Berjalan */;
ALTER TABLE "evaluasi_apbdes" ADD "tanggal_penyempurnaan" DATE /* Tanggal Penyempurnaan Diterima */;
ALTER TABLE "evaluasi_apbdes" ADD "penerimaan_pembiayaan" VARCHAR(40) /* Penerimaan Pembiayaan (Rp) */;
ALTER TABLE "evaluasi_apbdes" ADD "belanja_penghasilan" VARCHAR(40) /* Penghasilan Tetap dan Tunjangan Kades, Perangkat, Tunjangan BPD (Rp) */;
ALTER TABLE "evaluasi_apbdes" ADD "batas_evaluasi" DATE /* Batas Hasil Evaluasi */;
ALTER TABLE "evaluasi_apbdes" ADD "pengeluaran_pembiayaan" VARCHAR(40) /* Pengeluaran Pembiayaan (Rp) */;
ALTER TABLE "evaluasi_apbdes" ADD "tanggal_pembatalan" DATE /* Tanggal Pembatalan */;
ALTER TABLE "evaluasi_apbdes" ADD "pendapatan_bengkok" VARCHAR(40) /* Pendapatan dari Hasil Tanah Bengkok (Rp) */;
ALTER TABLE "evaluasi_apbdes" ADD "tanggal_keputusan" DATE /* Tanggal Keputusan Camat */;
ALTER TABLE "evaluasi_apbdes" ADD "no_pembatalan" VARCHAR(100) /* No. Keputusan Pembatalan */;
ALTER TABLE "evaluasi_apbdes" ADD "pendapatan" VARCHAR(40) /* Pendapatan Desa (Rp) */;
ALTER TABLE "evaluasi_apbdes" ADD "status" VARCHAR(30) NOT NULL DEFAULT 'Menunggu Evaluasi' /* Status */;
ALTER TABLE "evaluasi_apbdes" ADD "batas_penyempurnaan" DATE /* Batas Penyempurnaan */;
ALTER TABLE "perangkat_desa" ADD "tanggal_lahir" DATE /* Tanggal Lahir */;
ALTER TABLE "perangkat_desa" ADD "periode_ke" SMALLINT /* Periode ke- (Kepala Desa) */;
ALTER TABLE "perangkat_desa" ADD "tanggal_pelantikan" DATE /* Tanggal Pelantikan (Kepala Desa) */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "anggota_bpd" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nama" VARCHAR(120) NOT NULL,
    "nik" VARCHAR(16),
    "jabatan" VARCHAR(15) NOT NULL,
    "jenis_kelamin" VARCHAR(1) NOT NULL,
    "tanggal_lahir" DATE,
    "no_sk" VARCHAR(100),
    "tanggal_sumpah" DATE NOT NULL,
    "periode_ke" SMALLINT NOT NULL,
    "masa_keanggotaan_selesai" DATE,
    "sk" JSONB,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "anggota_bpd"."version" IS 'Versi';
COMMENT ON COLUMN "anggota_bpd"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "anggota_bpd"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "anggota_bpd"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "anggota_bpd"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "anggota_bpd"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "anggota_bpd"."nama" IS 'Nama';
COMMENT ON COLUMN "anggota_bpd"."nik" IS 'NIK';
COMMENT ON COLUMN "anggota_bpd"."jabatan" IS 'Jabatan';
COMMENT ON COLUMN "anggota_bpd"."jenis_kelamin" IS 'Jenis Kelamin';
COMMENT ON COLUMN "anggota_bpd"."tanggal_lahir" IS 'Tanggal Lahir';
COMMENT ON COLUMN "anggota_bpd"."no_sk" IS 'No. SK Peresmian';
COMMENT ON COLUMN "anggota_bpd"."tanggal_sumpah" IS 'Tanggal Sumpah/Janji';
COMMENT ON COLUMN "anggota_bpd"."periode_ke" IS 'Periode ke-';
COMMENT ON COLUMN "anggota_bpd"."masa_keanggotaan_selesai" IS 'Masa Keanggotaan Selesai';
COMMENT ON COLUMN "anggota_bpd"."sk" IS 'SK Peresmian';
COMMENT ON COLUMN "anggota_bpd"."desa_id" IS 'Desa';
COMMENT ON TABLE "anggota_bpd" IS 'Anggota BPD';
CREATE TABLE IF NOT EXISTS "penyaluran_dana_desa" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "sumber" VARCHAR(20) NOT NULL,
    "tahap" VARCHAR(10) NOT NULL,
    "pagu" DECIMAL(18,2) NOT NULL,
    "jumlah" DECIMAL(18,2),
    "persen_tahap" DECIMAL(9,2),
    "persyaratan" TEXT,
    "persyaratan_lengkap" BOOL NOT NULL,
    "tanggal_salur" DATE,
    "realisasi" DECIMAL(18,2),
    "persen_realisasi" DECIMAL(9,2),
    "tanggal_laporan" DATE,
    "catatan" TEXT,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "surat_rekomendasi_id" INT REFERENCES "surat_keluar" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "penyaluran_dana_desa"."version" IS 'Versi';
COMMENT ON COLUMN "penyaluran_dana_desa"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "penyaluran_dana_desa"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "penyaluran_dana_desa"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "penyaluran_dana_desa"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "penyaluran_dana_desa"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "penyaluran_dana_desa"."tahun" IS 'Tahun Anggaran';
COMMENT ON COLUMN "penyaluran_dana_desa"."sumber" IS 'Sumber';
COMMENT ON COLUMN "penyaluran_dana_desa"."tahap" IS 'Tahap';
COMMENT ON COLUMN "penyaluran_dana_desa"."pagu" IS 'Pagu Desa Setahun (Rp)';
COMMENT ON COLUMN "penyaluran_dana_desa"."jumlah" IS 'Jumlah Disalurkan (Rp)';
COMMENT ON COLUMN "penyaluran_dana_desa"."persen_tahap" IS 'Tahap thd Pagu (%)';
COMMENT ON COLUMN "penyaluran_dana_desa"."persyaratan" IS 'Persyaratan Diterima';
COMMENT ON COLUMN "penyaluran_dana_desa"."persyaratan_lengkap" IS 'Persyaratan Lengkap';
COMMENT ON COLUMN "penyaluran_dana_desa"."tanggal_salur" IS 'Tanggal Salur';
COMMENT ON COLUMN "penyaluran_dana_desa"."realisasi" IS 'Realisasi Dilaporkan (Rp)';
COMMENT ON COLUMN "penyaluran_dana_desa"."persen_realisasi" IS 'Realisasi (%)';
COMMENT ON COLUMN "penyaluran_dana_desa"."tanggal_laporan" IS 'Tanggal Laporan Realisasi';
COMMENT ON COLUMN "penyaluran_dana_desa"."catatan" IS 'Catatan';
COMMENT ON COLUMN "penyaluran_dana_desa"."desa_id" IS 'Desa';
COMMENT ON COLUMN "penyaluran_dana_desa"."surat_rekomendasi_id" IS 'Surat Rekomendasi Camat';
COMMENT ON TABLE "penyaluran_dana_desa" IS 'Penyaluran Dana Desa dan ADD';
CREATE TABLE IF NOT EXISTS "register_peraturan_desa" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "jenis" VARCHAR(45) NOT NULL,
    "judul" VARCHAR(255) NOT NULL,
    "nomor" VARCHAR(100),
    "tanggal_penetapan" DATE,
    "tanggal_terima" DATE NOT NULL,
    "batas_hasil" DATE,
    "tanggal_hasil" DATE,
    "hasil" VARCHAR(15),
    "no_hasil" VARCHAR(100),
    "batas_koreksi" DATE,
    "tanggal_koreksi" DATE,
    "status" VARCHAR(30) NOT NULL,
    "batas_waktu" DATE,
    "catatan" TEXT,
    "dokumen" JSONB,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "register_peraturan_desa"."version" IS 'Versi';
COMMENT ON COLUMN "register_peraturan_desa"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "register_peraturan_desa"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "register_peraturan_desa"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "register_peraturan_desa"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "register_peraturan_desa"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "register_peraturan_desa"."jenis" IS 'Jenis';
COMMENT ON COLUMN "register_peraturan_desa"."judul" IS 'Tentang';
COMMENT ON COLUMN "register_peraturan_desa"."nomor" IS 'Nomor Peraturan';
COMMENT ON COLUMN "register_peraturan_desa"."tanggal_penetapan" IS 'Tanggal Penetapan';
COMMENT ON COLUMN "register_peraturan_desa"."tanggal_terima" IS 'Tanggal Diterima';
COMMENT ON COLUMN "register_peraturan_desa"."batas_hasil" IS 'Batas Hasil';
COMMENT ON COLUMN "register_peraturan_desa"."tanggal_hasil" IS 'Tanggal Hasil';
COMMENT ON COLUMN "register_peraturan_desa"."hasil" IS 'Hasil';
COMMENT ON COLUMN "register_peraturan_desa"."no_hasil" IS 'No. Keputusan/Surat Hasil';
COMMENT ON COLUMN "register_peraturan_desa"."batas_koreksi" IS 'Batas Koreksi';
COMMENT ON COLUMN "register_peraturan_desa"."tanggal_koreksi" IS 'Tanggal Koreksi Diterima';
COMMENT ON COLUMN "register_peraturan_desa"."status" IS 'Status';
COMMENT ON COLUMN "register_peraturan_desa"."batas_waktu" IS 'Batas Waktu Berjalan';
COMMENT ON COLUMN "register_peraturan_desa"."catatan" IS 'Catatan';
COMMENT ON COLUMN "register_peraturan_desa"."dokumen" IS 'Dokumen';
COMMENT ON COLUMN "register_peraturan_desa"."desa_id" IS 'Desa';
COMMENT ON TABLE "register_peraturan_desa" IS 'Register Peraturan Desa';
ALTER TABLE "evaluasi_apbdes" ADD "status" VARCHAR(30) NOT NULL DEFAULT 'Menunggu Evaluasi';
ALTER TABLE "evaluasi_apbdes" ADD "pendapatan" DECIMAL(18,2);
ALTER TABLE "evaluasi_apbdes" ADD "penerimaan_pembiayaan" DECIMAL(18,2);
ALTER TABLE "evaluasi_apbdes" ADD "tanggal_keputusan" DATE;
ALTER TABLE "evaluasi_apbdes" ADD "persen_penghasilan" DECIMAL(9,2);
ALTER TABLE "evaluasi_apbdes" ADD "tanggal_penyempurnaan" DATE;
ALTER TABLE "evaluasi_apbdes" ADD "belanja_penghasilan" DECIMAL(18,2);
ALTER TABLE "evaluasi_apbdes" ADD "batas_evaluasi" DATE;
ALTER TABLE "evaluasi_apbdes" ADD "batas_penyempurnaan" DATE;
ALTER TABLE "evaluasi_apbdes" ADD "tanggal_pembatalan" DATE;
ALTER TABLE "evaluasi_apbdes" ADD "no_pembatalan" VARCHAR(100);
ALTER TABLE "evaluasi_apbdes" ADD "pengeluaran_pembiayaan" DECIMAL(18,2);
ALTER TABLE "evaluasi_apbdes" ADD "batas_waktu" DATE;
ALTER TABLE "evaluasi_apbdes" ADD "pendapatan_bengkok" DECIMAL(18,2);
ALTER TABLE "perangkat_desa" ADD "tanggal_pelantikan" DATE;
ALTER TABLE "perangkat_desa" ADD "periode_ke" SMALLINT;
ALTER TABLE "perangkat_desa" ADD "tanggal_lahir" DATE;
COMMENT ON COLUMN evaluasi_apbdes."status" IS 'Status';
COMMENT ON COLUMN evaluasi_apbdes."pendapatan" IS 'Pendapatan Desa (Rp)';
COMMENT ON COLUMN evaluasi_apbdes."penerimaan_pembiayaan" IS 'Penerimaan Pembiayaan (Rp)';
COMMENT ON COLUMN evaluasi_apbdes."tanggal_keputusan" IS 'Tanggal Keputusan Camat';
COMMENT ON COLUMN evaluasi_apbdes."persen_penghasilan" IS 'Penghasilan dan Tunjangan thd Belanja (%)';
COMMENT ON COLUMN evaluasi_apbdes."tanggal_penyempurnaan" IS 'Tanggal Penyempurnaan Diterima';
COMMENT ON COLUMN evaluasi_apbdes."belanja_penghasilan" IS 'Penghasilan Tetap dan Tunjangan Kades, Perangkat, Tunjangan BPD (Rp)';
COMMENT ON COLUMN evaluasi_apbdes."batas_evaluasi" IS 'Batas Hasil Evaluasi';
COMMENT ON COLUMN evaluasi_apbdes."batas_penyempurnaan" IS 'Batas Penyempurnaan';
COMMENT ON COLUMN evaluasi_apbdes."tanggal_pembatalan" IS 'Tanggal Pembatalan';
COMMENT ON COLUMN evaluasi_apbdes."no_pembatalan" IS 'No. Keputusan Pembatalan';
COMMENT ON COLUMN evaluasi_apbdes."pengeluaran_pembiayaan" IS 'Pengeluaran Pembiayaan (Rp)';
COMMENT ON COLUMN evaluasi_apbdes."batas_waktu" IS 'Batas Waktu Berjalan';
COMMENT ON COLUMN evaluasi_apbdes."pendapatan_bengkok" IS 'Pendapatan dari Hasil Tanah Bengkok (Rp)';
COMMENT ON COLUMN perangkat_desa."tanggal_pelantikan" IS 'Tanggal Pelantikan (Kepala Desa)';
COMMENT ON COLUMN perangkat_desa."periode_ke" IS 'Periode ke- (Kepala Desa)';
COMMENT ON COLUMN perangkat_desa."tanggal_lahir" IS 'Tanggal Lahir';
""",
}

DOWNGRADE = {
    'sqlite': """
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "persen_penghasilan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "batas_waktu";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "tanggal_penyempurnaan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "penerimaan_pembiayaan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "belanja_penghasilan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "batas_evaluasi";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "pengeluaran_pembiayaan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "tanggal_pembatalan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "pendapatan_bengkok";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "tanggal_keputusan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "no_pembatalan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "pendapatan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "status";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "batas_penyempurnaan";
ALTER TABLE "perangkat_desa" DROP COLUMN "tanggal_lahir";
ALTER TABLE "perangkat_desa" DROP COLUMN "periode_ke";
ALTER TABLE "perangkat_desa" DROP COLUMN "tanggal_pelantikan";
DROP TABLE IF EXISTS "anggota_bpd";
DROP TABLE IF EXISTS "penyaluran_dana_desa";
DROP TABLE IF EXISTS "register_peraturan_desa";
""",
    'postgres': """
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "status";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "pendapatan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "penerimaan_pembiayaan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "tanggal_keputusan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "persen_penghasilan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "tanggal_penyempurnaan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "belanja_penghasilan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "batas_evaluasi";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "batas_penyempurnaan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "tanggal_pembatalan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "no_pembatalan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "pengeluaran_pembiayaan";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "batas_waktu";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "pendapatan_bengkok";
ALTER TABLE "perangkat_desa" DROP COLUMN "tanggal_pelantikan";
ALTER TABLE "perangkat_desa" DROP COLUMN "periode_ke";
ALTER TABLE "perangkat_desa" DROP COLUMN "tanggal_lahir";
DROP TABLE IF EXISTS "register_peraturan_desa";
DROP TABLE IF EXISTS "penyaluran_dana_desa";
DROP TABLE IF EXISTS "anggota_bpd";
""",
}


def _sql(db: BaseDBAsyncClient, scripts: dict, step: str) -> str:
    dialect = db.capabilities.dialect
    sql = scripts.get(dialect)
    if sql is None:
        raise NotImplementedError(f'{__name__}: no {step} SQL for {dialect}')
    if not sql.strip():
        return 'SELECT 1;'  # asyncpg fails on an empty script
    if dialect == 'sqlite':
        return f'PRAGMA foreign_keys=OFF;\nBEGIN;\n{sql.strip()}\n;\nCOMMIT;\nPRAGMA foreign_keys=ON;'
    return sql


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, UPGRADE, 'upgrade')


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _sql(db, DOWNGRADE, 'downgrade')


MODELS_STATE = (
    "eJztvQtz27iyLvpXUK7aNXZdjd9xMs6tW2XHmRlHtqOynbX2OUu7NJAISzQpkpsg4/E+Z/"
    "33iwb4FB8iaD3ABFUzsS2hwWbj3d/Xjf+zM3cNYtP9Wxz45t+PeGyTnXP0f3YcPIdfyr7u"
    "oR3seemX8EEQCe7MoaBFR+wDYvOiYxr4eBKwL5+wTQn7yCB04pteYLoOiDxCUfSKnSmioY"
    "FnyDAt4mAbRXWhGbYQtijhTzLcCavQdKYgeoH4g1EwI6L03wjbPsHGK7Ic94Xuo7iET6Ym"
    "DYhPDGRj9hOZFM1NSllFaMY+7iHq8moc8ncwdGiA/eDX0EOUEIMiM6DIIE84tAPkm9MZ+/"
    "PJ9RH5TvxX5LusfteZsDqwY7AK2KcIT7HpoF2oERtz0/mFImJANazm1719eJPQMf87JKPA"
    "nRJWzGfv86//Yh+bjkH+Zu8a/elZoyeT2EauVUwDKuCfj4JXj3927QS/84JgpPFo4trh3E"
    "kLe6/BzHWS0qYTwKdT4hCf2QOqD/wQWscJbTtqzbjBhKZpEaFiRiayDfsApIUC6Wc7o9Hd"
    "18fRw+fH0Win0P6xRKZdo48mrgN9h6lK+dtPQYVfj49O359+ODk7/cCKcDWTT97/Wzw6NY"
    "wQ5Oa5e9z5N/8eB1iU4DZOjZp02bxdP82wX27YRGDBtkzpRdvGlty0ccXgWhw3Ffad479H"
    "NnGmwYz9eXZaY8x/XNx/+vPifvfsdA/qdtkAF8P/LvrmmH8F9k7tGw3rESXP2Cra+YqZKj"
    "DnpNzWBeEFmxuR9H78S5sWiD9ImyCdst7QBlfRfJbo3qAtYBL76tivUTeoaYvH69vPD48X"
    "twOoeU7pf9v8mRePn+GbY/7p68Knu2cL7ZZUgv55/fgngj/R//5695lb2qXB1OdPTMs9/u"
    "8d0AmHgTtiM+0IG5keG38aG/DfMJE9WZlRBx+M8cR6wb4xKnzjHrtVZYtfzY/ni59gB095"
    "84FxQc1oFbt3y1c3/nntsuaxfuQ0W84GUBR5bBxNQweXLFlivXjiq4379GTCwkH2p/vol4"
    "cAP6EHYlETDYiN2ZLIavo2D+e/7KNrtnZYrGPyNYaSCTwOUfyKXmbmZDZ0omUJKh2QAKN7"
    "VgGrZ2p+J7B+ofFrvILpxUfBxYf9xDJrT1xe4aXnjqmIBvHAkV1/Phw2WH8+HFauP/BVfv"
    "15Jo5Jy2382Qnn3M7XsPNjW7mCvRPh1Rh8TSvNl1hLWWufNLH2SbW1TwrWpjCNtbV2ItzK"
    "2lHnXbexxUTNBnSIHsLxGE/bGP60ieFPqw1/yg0vsb6mLcTWNH4CYuoV2+kyEv69DwsJf+"
    "Vic2SWz0FSmULDQWLy+XfcBeNP041XarGQEv+NtvrGqvjBLLTuHVuma1Xs3fKdr3oXN8PW"
    "KHEkLN/J3S76H84R3weivxE/+rGfOJqnclu8rw5BgTmxiIEmxLbjvZ5wUDCjzUwqNoFztn"
    "0zXPEBFjs69h//k+tctVP7144f7VhTNwso8l96C/cT+w/WNEUo5EHAlVuKcgPjt+wiNmXf"
    "i5IppIl5j5rsHI6qdw5HhS0bTCojqakhI7F8fujGMreKWaKwHcvbuGjg312fmFOnT14L++"
    "LqLVc37Vu1jWAf+/glWauyXYu9PntpEojRfvHw6eLq886/t+NC4vu3km1IvK+rcyGlHqEm"
    "XiRRGnnYKU6/OxewE6Fss/Ayc5HtTikynX104aCvsEMJXB9dEYoB5Bi7oWOgwGU7C4LYQ7"
    "B2/yi4d4CTBf9dYnXLyqjvBip3hzZZ6N41WejeVS907woLHTjPeP0W9mSdblm5ze0rdnba"
    "WP0mVVV6d3HcaHtxXLO/OC7YHVuB+VRyfnbZXI+dqj1cJLNg7DETWpe1424vtYuL1Gy8Ap"
    "bZ9fLr15scjHN5/bhg32+3l5+Z4bnZWSFTrIrxDJPx7mBKX1y23M0wncl08oKg0rvnP5mS"
    "qM+mVfSAHaPVRvr43bsGXZ2Vquzq/Lu8+echDUaTGXamZBRbVLLnV1Wh9kD4J342x+gP7A"
    "SmdLtsZmTYmNmV7ZlMp9gg9SB0XnIFCPSGPNU3oDJ6ZJpYM9N/c1uohDjH9ilAztkWf8Km"
    "TYwRDgIy94ISD27l/rVEcnMH3UPJZv4DT7GNbuL+ualdbWZkueD0HIVs7Jc4wpaMrQXZ7o"
    "wuNq6s0JmYbKabe/jtU13nhtfEJ9AIbJTINnpeslOUnnEolP7puDw5ShehWM5jmJFoNZFu"
    "aEyD92Q7c6h2wmon7Nrt+1Yn7D2bOO6vPz3uFGaDFZg1HntdmwmaGjUzBVYYdTuu7YvQMI"
    "PPTuC/7pQ4uDPf9urc3BjKwSGpkZ+72gG73EP9rxRAHWPfpGDT/5JyW1+a05/Fc/3b8fHJ"
    "yfvjw5OzD+9O379/9+EwmVOLX9VNrpfXf8D8mttxLPdvv2ArCGV3h4nQZjaGq3B2/zNW+a"
    "feFmahrsZux4zMujyOq2hhtZCMakbEcpLlD82OaARf1KAXRfBiw/SeTTkv1GH3JIt4wcaV"
    "i3RWROXj5CXouZ3zJCWsgcN50ahfHr7elVs1I7K48pqTAP1fZJtUIeM+pOq+ye8GBsktsH"
    "Fn3b29+M/Ffvzp5uvl4soJFVwWzM9jWuXMn4h0w/yJuuqZ3yK2O/fcknDD6nk7K7OmqXsV"
    "G5F+pCbaNdkP/wAQCmLvtZnLT46bRH8cV0d/HC/O5RY70/rYmeISjK3O8lkplZfNfk5T+X"
    "1gs41g3U5QNu5jnZ6Dh8D1ifG7WR5dmfm2V+c5GBPfwmw1Fxu+5RQ5oNk/sVp/oWj8GhDa"
    "Q/BgAyIdgxkxffTw58Wvx+/Ozjn7nrLvEJ1gB4We7WKDFQxezAkBjhxQ43z3ZX+xLdf0iD"
    "eQ7+gMs8fJjKlUQmGOWGRGZLbb7K9qL1rDz7NCv2wuq/MgpTJKu+W/cTXR7tgMcNPVY4M+"
    "pYwHr+yoe2k62H+tcOGVnm/5QFbI/tfURGLqe/MW6jLaFSVbKNbDL6/vLu7/V7KHSvxEN1"
    "/v/rgs2UVd/q/HzxeFzA2U7THK+v+ypA2pXKfA3VTtn86Pp8iW4k92Yr4xx2Ep2T79snZD"
    "wdZEc2Qn5ZZuKKBalNS7wLd3eGAnttHMtU0Dv/YQRpMw4GOXAtnW9dkn/GnIwKwbz3roxQ"
    "xmfGdgkIkJ4YmQiGHizglFT74710x8BZn431lzRoGkDS2bkdjcQn8kOaf9A5TcjgdK04N+"
    "pvWjrOXHrzInlryUyl4A0czItUlD99e64aDQM1oOtbxkp4ZaOG7qfezoUCshYRZTU0TtJz"
    "fU8lJqDzVoZoWGmuDttBlqecnu8JyvzBn2wrefUhUfWsVlLMDOdIorGO1V2G8iUtfAq5lH"
    "V5MnMlH4TY0LDVYSbSkzKa02tdnaAQBUfWxsFGjZaGo6qpmbjoqTU9dSne1w86E7TPkZe0"
    "eyMVqnPVs9S8TAFPsyvT0RUHr1BSUhiJsEuLljbD1Rloo4qK6dJ9efsw4LtOuAe/pLPFUl"
    "pXp1LiszLj/ycgJLfVfJg5DBpqTc03KOrDvygqKHiHxT4LXyyTQUicvYrxNificGd1AhVp"
    "UbBtQ0CPKwH7yi3Zv3e/von5AxG3xZL5giCE1l5V1n6Jgi/+hkZtpGlHeb9ZlXHhbFqrII"
    "z0rxET2HcxvyfEOKCkhnCkJPpk8DBIsiwj54zPxUDVPnLNWuMu0q066ybp7ftatMu8rUGG"
    "raVaZdZZsfatpV9tO4yjrneEjOTRvzORw1OQcfVR+Djwq5hhx37kr5HBIBlaexu1hJ+cSo"
    "zTKj1qVGLYn+UdsHvKJgoLU5gZ9DI5SKnkoElHYDf4m1VCLpGDzfwrSMqHfjOtNH8ndVCo"
    "msoMqTwn1W0bctrZ//8zG3qhbCTXJUybj4YgzKYi8Hx9aoPBHCwxzbdqVrZEFU3SxTVybl"
    "Dj1LePR2QWM53vDJ8fuzxFMCf9Q5SR5uL25uip6SaHIdeal/scXcvCj+xnl6YzGbXPmcb3"
    "VA/CDCzVY9ddNwPia+XGBmTkZp+vsD13Rz7r6atDQ0USVvZekMKqKE2NN20MxNE6nkOpl0"
    "KpVcuoLqOUTmcpfMgMydKxRpg0Sng0p8SK5B1nr1S6kxSyC2KqPXZmKPJUZmTqRJWvZFOK"
    "sAsT3OcADIWVI1gGwJnJfHzLKJ2cX1sS8z4gDM9gtFfxnpUjuyyF/62liNgmkUTKNg3XTN"
    "axRMo2BqDDWNgp1rFEyjYBoF+1kJ4+vyQq3D+/TzZJJBuxPsY5Q5nbZK5rMWZGHzib43th"
    "3YWqbvlOsrdy5fEFPauq1dTmt2tebcPm/2tpZxvLveAE2dsIvdsfyyxu2lCVdvHmlqWVXz"
    "hPPbtp0AY4dtZ/BOqUs2V6JX74yNy46MuHADN2wshOInLKTr8AlrbRog1jkhqABH8QzoEk"
    "/Bdxtdyf1AAgOjPh6HHutBDroJ5/iZLcZo9+ZsryecuAHcsmgnFbpPQwdEB2ROfNBhlsrz"
    "GzjhoqBXNGbPpIhnsEZjInJ+HB2iF9e3mI5MpVeK8BOrm+sRV77L/hg67tOTOYGcY+6Lgy"
    "jxv0MOMZt8JzZrCzcbrfFk/k14brEeK0fELeOuEfKEZYlB2ItQy/Q8eC6vP8pgQmMrpAFs"
    "ImjjIw8JERo5Lviy6Qvxk7RnDs9n9p34Rlh5Q7n2SGuPtPZIa4+00md57ZHWHmk1hpr2SG"
    "uP9OaHmvZI/zQe6Q2HCGxq5uQxAughZKqg9EzYZnTpoAEFgwZYVZNSUt5SNvuknNCrVu+9"
    "F3qWujDU4LMH4XOInVF8N5McBlMqrPIC/cgVRoOcwkrAL9ybNKq5RK28BRbEusFuv+SeM4"
    "mL1OTmlJj5b5isY4azEgBgedRAVrYbRo3B2quM5iuPEwhwELYO/kylNxj9eWUGxDejsAkZ"
    "NnuirPw+o9E2o2aXsTg32HjumaWXE8CVG7S8J2eFunDJ0E1GX/VuGTKjeAtZIDcnpTSOOy"
    "B8b412I/yEAydyUV/rg3LTYJcfL27mLYZvDuHmOqJyYKPLmkpAiRxkrQAcF0r1loGOojwH"
    "HZOoy2bIo5Dk2/byCJCLKLUZtURCNItM8JyVdlI4kv2E382AoqfQfjLtOXECtHvzYe/jgo"
    "hPJq5vUCg6dALWvbCFbOw8h8E+EusQoTxlGkae77KpCtsaldOoXNs5SqNyakMFGpU716ic"
    "RuU0KqdROY3KaVSuQ0Pr544TWYfHkR3jWNeRSiuVEVEaGxqkeiqBQPDcfAlDt6m181JKG5"
    "zn85OA4jZwi4M47I/EYb9o9noQtCCs8iL8KNwaN4myCkKhEfZD2SJLcSvYKCPaLdToIVVc"
    "g0YaNNKg0SpAIx1SuXZoSEeaNQOAVI00+webZ59MC1OzNgNYWbFeHfzzPRGQzf+VPgrlM0"
    "dn4Z/rzP06WEBBNBzPzYD2OOAjHj8RBURMVYr3iCxggYteZvzmm8U7dnZvftvbR+Bryt3j"
    "8+SGTOwf2DYNCM9KE4ztxqCQzh6mUSGNCmlUqJuuao0KaVRIjaGmUaFzjQppVEijQhoVUh"
    "MVqsntUz015YSUBioqz51bw4ZmTJkKEG65CzcRVnk5+BOUROnhv5UT96yJE3dx4sk4cc8W"
    "7T5hh8pAPjwuI6ayzT+laqqLBunrR9aW+FH7x1fvG8lfKCBp3TLZVnbe2AYye1GRBiQU6M"
    "+rAySqe/UK7CsRB6RwX25s7LKBrRQO9CkMSoEf/nmvDumZxCWWIjtxXTV5BKEyjs4AiGOQ"
    "iQl+eNrj+A3syUPb5Be9xKkJDfa/R+COIojc4tKQPTBJxIku+3fo+PTg+PDoPdqN0eq9cw"
    "EIsR7Ui5IDYuo64negr7lGooTYXIqv2AmTHULp0DFCP0r1x58pvo02fUKLXf5vgGchxDHZ"
    "5Em8392vxz32zxH7p8d6mRcgDGFHiAauG11Mw/MHxjYBZOrFN4OAOHuJemzDMhbpjCGOG6"
    "pnf9GQKcRxLQ51eWEQUm6cZzzGAXqFlIvMTC+E6TPdHzr3oQ1BTUyAuqE/Yb+bTia7YZrb"
    "UGNaGtNqu9JpTEttR7vGtM41pqUxLY1paUxLY1oa0+rQ0CouYzwQpC1EkAhvkOT9KA5HO5"
    "INLKJIys6STYbYSZMhdlI9xE4KQwzb5dfBV89nqYTSKNgFV7O1pdeCg5ljbODZaIafzZGX"
    "3sedt/ylyyZg7FScMMtrWGiJMatiXU2RfCLRFt+cILTQNdcd/cl0X9lt5Jdfv97kprjL60"
    "Vw5tvt5ef73SPeTqyQKTxWxSMUMyfFtulU+Agf5ti2K8+nBWGV/d6DRFlkkV+lDqwnx+/P"
    "krMq/FF3TH24vbi5KRp6Htpy4VGJQEeoC7exviuPhZIPLVtdSNmmrLfGWDKbTTls7vRLLF"
    "g/vHOCKg/tG6Yo2gVN5XKvrWJcU5PikXMsa9uMmMqWfWBq8t0EinZ+4A3fko2P2tn4qIs2"
    "PtqSjduZuIMW3rh9McymAQQ7w6waA3ASx48SaZXdKhdcY4iRhslZqQNJFo4bCTiu7Rm8oi"
    "qVG2aQBSMvBBh5E4GRrZqoyen8uPp0flw4nSdIaNtWyVWgclv0E8x3kMV8L2PMV432iEH8"
    "YnPURMVnhboQFf97zFS4hEO6Y2D0mFyUrF6UvEem+AVLZlbOCynNBRwIVaVW6XWx07xUlz"
    "cSqDJv1UU7N2VO5fuZUpSp+H1LkyUnpqjLkJwWapAUudS4Oxcoqia+aTTNarx78XAHSZAd"
    "N9hLmEET7BPCEyQTkTj56ls/+dKHTNgG8SkQooz9oXPLVnRWo/+MIeIdLiqlAeuoxjlwlt"
    "gnE3fOFh1iiKtfH28f0afB3YPgMUEVaHfOahjxGkYeNjBclOqCsEO+E3/oTF2mBuvqNtlH"
    "D5qHpHlImoekeUg/IDlC85A0D0mNoaZ5SOeah6R5SJqHtLZ7UE2v2MZ3plfevFHplQymde"
    "y0d+6uB22G0NGHJqHIH6pDkT8sDiGnlOtSc71sObNFLY7RXWMKy4J5G3kmj2pck0dF3+SU"
    "2NhnuntydK4FMZXXhT9AVXQVq7p98pyw3Zj9a0UuajmrZyXVN/xlRltZ2582sf1pte1Pi7"
    "mvydzDwcjGszJ3fM2lswtyKtv9keuKbmJdZa1+1sTqZ9VWP6u6sLrK7MsTGlTZXVU2UpzL"
    "QKIN5DhJIgO+BeCw2RrmK1Si9LIpOND9VFvp9bPJ6lm9di526g6mGB/cPexIWl2l7OLBPB"
    "hNPKfE5jUzSEamI3lQIkRhHdMGWKOFATtnv3Waj03tVtWRvsaEqViHzJgqvWpTTl3b5aQf"
    "z/OstpNooRKVt2V/RMqiwWDQb7UbbrIZrt4Ll82m1nQs25Ejke504j8gcuSS+Ba2MXpkSl"
    "nr2pMBAUnuGJ0RUXvvleqpxBVGYudaa/Cm29+tNMHOAE7FFDvSt72IXfAb2mP19DZCiV0G"
    "hzdrhVRa5cn7c6Kl9Gm6yWG6+ixdNmtX9vv6mbu6pys8e0v1dNm4nsCcsc1Di3m7RFTl3n"
    "sj1H3LtLGWaXzBjCM7tMtO1NXdurKCbnTwG1AXtWqdN3V19nNeNPOyYLbSKlQOW/kSzm08"
    "Y3adt7PxCqNXPOIYpgG58Nquk/kaVJ5tBommktvt/IzTBEysxhILUGJqv5EsqlgiqrL9AV"
    "9ED8RyWec/+BL6cSCHElN+xpYVs/2ykPmivMpzEA+YQzexqhuddNi7lfipmk03sazKHf0b"
    "0xH1gWfdyp2ycnBxDE4GOqIl/qyaQJ+cVBcifbgvhaKHhk6sjYf2CKelZGhPTkjlCSXyyR"
    "7E7kSpWWVtIT5VTnH5EJ+0pi7bu3GoT67fSYf6ZIjUpQHRl5HU7/17YvMbHastH4cYK+Jy"
    "XElk1b/XGQt1ARg/3ANcEgyVfNeri4bC2VJLw6GydebioR4hRTKehhAO5ToQ0mQRx+S5j+"
    "Gedgyf87tCkUWmpoiTuhpc7O1DvBJbWzA1ewgyEYjUyKz1Pciz7JMhBEaZ3+NYJ0gNnUgg"
    "332h6TWgH5kcKY1h0heE6iCm1hOHDmJSO7JCBzFl2k8HMekgJh3EpIOYdBBTUVIHMSk2tI"
    "rLGL+4RdYfmwgpnQ5FeGGrDlBrd8Ra7Og3ik9lMhNXQVBpllCfaYvuM9pun5sS+uV3KNas"
    "FX7FtYlq2fqb3/yCxE2khMPTsGjlW9eJHH8lDlchsLgukInJ5pv9K/FTIYMPwMGye+81zJ"
    "Bah89//nTN5ondow+944X80lnYIW/gxO8iZeWc1HZMvXO4I2np+8TFtD1zgzdMytKxwJuN"
    "vMmUnlu0r3AyQjZ6Skrm5wHxJ6QyaWpBuDNWj3yru/+xOrv/JmP2cDyKfcByAFmJpNI7vo"
    "dwjPqRvkpAZFkDrgIn892pj+fZV+ys5ZuCZSV98A2IWbI2jgDJeBt2lixZ2SOGIu0Rb8gl"
    "jz9bgdQuQyvsY/ptHs53SlC17Ne9OmBtzAqOgFURxkWXomtQN2KVo7j2HMT2lcNqE8LKQ3"
    "pBQNk8/DpnS1Scg3BMHAOzUwVGHttpEzsEU/fixH652pkhRXxwDznunFXH1A3M3tARZ48e"
    "gmNfguL1oELis4WMLRyun68+zmIIL8wvhcVOEEKuQfaSLuB/rjOlKHDRLlA2gtDB8BxWym"
    "LV4mfMfzjP2N/bRwAjUmwbLs97CLkKEXRzgynpJzkQJ+zHvkVCkbF57LpWkhGRX+rqiiSI"
    "oPfQiV7e9Q1WF9gpCouOtHbgM2ZC/xXtmoZIk8jeUXwymbHC7OHs2dgw2C9RZR6mAZq739"
    "njQMXXocMGJ6teaA5uajZv7qMLVsYJZmhiu5QJj18RRo9hEHqiKdiQh7e03YlFjI/sO/Ze"
    "rH2hM8DnmL3/i1BEo5cavWw7W2v0Um1IRaOX5xq91OilRi81eqnRS41edmholaGX/GxR3s"
    "5V2GUi0q28Um/3HRZDBB13xI+hMjNTVkZptOyOH7MvY123nxFN45KbwSW3jLxv6hok9YB3"
    "cEiV23t57Fksu8F8HJfYsWRxSu5IGkQ+tzZWX32GtNRTKAVe5sW6ghMPUrfo9oDMjDdW1u"
    "RZuQ7ZPFZ7w0YvQGvVGM86EYpF3K0EpSiB5mouRBKFc9Bgg5uRhBQyWDNUYW1xoV4a9QN+"
    "/GwU0OL1Sb9Qtoo4z/jganCBdmn93UR7+0Nn6Pxlk+/E/isBIlh3Cy20C6UOmNLm1NmfG2"
    "gYHh7i94/w0nQPjd1ghp5c23ZfRGARVwLWsN33+4dH7D/hg49s83HoRB/vH8N3OPcCZvAR"
    "Zb/ePzzkZYovigMBMbCnvUJ0E4qCm4bOjPjMyBnIo7fwPvOQBoj8bbJ/I2tQ1ubolWBf4C"
    "aiGNPaIl6AMOWxUvBK50MHs8dMZuhw/+gQTbADN0oJ71kEM/C+wPVDngtDBlAMJk/sJ7Q7"
    "3Jm8Tmxzgp4s5JMnpihbMelwpzKq6l8pJROev/NfGqjQQIUGKjRQobSLRwMVGqhQY6hpoE"
    "IDFZsfahqo+ImAih87zEpqW7iq6CpZ167yfvR+pOT2Pbn6Dq51gxTchdLWWZ4Iq7ze3sRK"
    "yucgbJSCsCYDYSkixN010nBQIqWyqTkWdB1ruv3pY3uRgRtLELbxwEAJX3jGv+dA2szALb"
    "mASybU4Tqupm86cepFRSb1yOF9sJrok7UGOhQDRkqAhNKokmooIQ1okcsrlsZbVmYY+5qJ"
    "d9h9GHzZE357nAQp7KNxaEPSsMhtHicRCz0IPgBnuKDjZ9zuHzndH5KMgUBdJrIIpkjSmi"
    "VJx3RqMe3z1j5v7fPupiNO+7y1z1uNoaZ93trnvfmhpn3eP5HPW5Pz30LO54crWcwgEVI5"
    "nf1lrORmb8bQ9PuNeLYd08ZyGasSic4kBrsDjbfIQP7BA3f2RdjOwcPgS5tuvfrQnTj7FG"
    "WbvvJpuVHyqqx4V1zdcfoqum9As4DD79oxt5bNqqLb1921U9Hp1bxnp3m4Wo1h13LHTuxg"
    "lsshtiClNJWhZdakNScRyzr2Fzq9bAKxHz9TVW8hfdhC95NOHbZOPIinJoKAsp0SHCj9sl"
    "eH/wRQbBQHzy3HfdJ0SAW8B0IaIHMSNEZ0qYzAbyIoZiGd1cvM5BEMJuWJlaDrGRSSW0W5"
    "nLiLRERO4EDUNHTm+BWNiUju1IvTPfV4aicDuWEggjsgZiU67qPdTP6v/cmMTKyRH7K5no"
    "NF+Ckg/ujFZ6vGHiR0mrO5HFtk6Dy5IftaJIkyaZzoKc4JleR5AvUAa/KIIzTcR1fwXDBB"
    "8mY+ge9pFA/DCkGgCGJWFiAWDg2mse1OkUWIR0VoSGxH9uZQhjBlIO0Vnswim5qiPg9ay5"
    "yQ2MaBTzANfeL/QhHPszV0dgUMNmWvRngiMGhBpoCFKXtn+PIGzz3TF5gZ24bMISnZ1DfR"
    "+/cHx4fHh+iFtRkEoAijQEow8negUTSNorWd5jWKprZrX6No5xpF0yiaRtE0iqZRNI2idW"
    "ho/XyRI9u7oGcL+NqmLLsdgO1nAnxRtSNlFdivxSZpH8dXTzcOWMhJqbyi9nOabg22VCS/"
    "zCXxzQBfTNg0+A9smwbc3VOWCb+kWK82Iz4XGGGQGH3PiizPjM9FEX8Yip+GvtGyiYV7Dv"
    "vEwzZGV4Ri8F0Jcf5k4QAUj4eE8eCyMkSxkNeHnqLs+nzZQpDthFkK7d4c94ZOSvtGz+Hc"
    "xrOREBoZZvxGaOKGkEGlWHGUAobnbBG/zfB3nk6eQgqYSCf2yiL3i0hPE+WYj7yTQGVnFc"
    "+1v0z7y9ouM9pfpvYhXvvLtL9s2Z5D+8u0v0z7y7S/TPvLVBpaFf6yUXSGaOU3ywor7eUR"
    "/rP7VFvt7ekQvZ/fAicz/ycCipN3edb9jPugzRJwdNgsTXZdnuzCKmBxF8UIXARyXrWcmN"
    "LWz3hhWpm9USqQo5pcIEfFZCBVbhuJU3tdFZubog8lG+ML1zpymqGrnNZbONnjoPwa2hvX"
    "mT6SvytMnxFTecv5KVXzbfudz//5mNvqFJjTyXbn5uvdH3HxRTr14vaTYjnWdEZC6S2IxE"
    "SzXpJ0+aQuTZCO36dz5m3Kh850LKW40LchZdvuMeavWEA+Mt/26gCPeb7cUpQjX28O07hA"
    "aWVpsvxzNGOvgwj2bU4e5sDCHQcwAH247w+uAHQQH/8/R2g3y8f9cHZwfHj0niekF9zhPO"
    "AxcefAawZOM6+N12IGwBWGp2oEQiMQbecejUCo7RbVCIRGIEraWiMQGoHQCIRGIDQCoezQ"
    "0giERiA6ikAEZO6VzUfVC0AqobQX/DFRUz4VdrNc2HXJsKsc4Kwm4gclM8Iyt3dGUOWsTp"
    "G7e5Bqu/nDo+MGIWtMWSd3RkzlXc2dUPNAHl3bhMdbETK1gFvq/YmFMr06r2IEO8k6FyPc"
    "p9bHmPKUMacuJ57EjPNxlzgB8UUuhZujXsKkFh8c7+2j64BC/oUgpDyTAh06bP/LarZY1c"
    "Pw+Oi34wz6hPqYPSn9nBIPWzgw0QH7I3BtbHEutOMiFzyM6AW/fkQvMxdB7gaoHpkBp0vH"
    "Obwnrm9EOSPggxyp2idVN4lqb6b2ZrbdEmhvptouFu3N1N7MZTtt7c3U3kztzdTeTO3NVG"
    "loaW/m1ryZY3ZqEmfEphNYKqG0N+4yUVMRFnB6UVhzCnAqo7St5W5B20AycIppee7SamNn"
    "RFRelB9SNZWwtO1apaTqakOnEkr36ZtETSW8+d/BfiV3D0eJuyvcJIlQZ1Lc/yNReTXp7U"
    "8lknxTHISyk0YsoXRffkjUlO3LJ0268kl1Tz4pXtJKfMv0MXZGYxO/luzt6u5rLcp2pmMP"
    "Yt3RJei+xVscQj9ka/XI800XAB0qu70uk1d6h/2NK4wGWYU3TBlgx7jyeWX5rduJ8OammD"
    "QCQO4cI/SU32832m7X7LYLEzlHpdoaPJXepMVj6EzW7A+Jttu/gDsNkRvFXqOmK2mJqMrb"
    "8AywqY5/LKIZjapDHZdSlEY1MY6yXKUNNUWcGu8fUnGOcpylKByxxrKNwhnrrKtU947iGl"
    "dnUx3gqHCAY9amrmeMPOLAmAqd6egZv+CxnI1ralCZR/Z1cIUGidroC6i9uSbQMabLZpUV"
    "xJgu6+crsLIoISbMrvfrpoavGfBKBft+IY5Jb9jZm6m6U0LPy33fq6PmPUPJkZ0pupSWxy"
    "tHmdoXKHmU+N8zN/Ikob/oxYR7ewTVzjEw3MUTPTgO8x1c3P16f4mO3kGc7ynE83quQ1gj"
    "fkQDtpW5Gzps+0Gm7OxL6OJlPacgc7inaXGaFtd28te0OLW5OpoWd65pcZoWp2lxmhanaX"
    "GaFtehoVVcxthPqSSCcfnVABnr2G3v3DEVq85FjdCjRgPqqGZEHRWHlBUdmNpCSFn5DYJI"
    "d67zKzvdmf9jOvJAUj+js3wjNGqDmiYooQnQV+y3yR24IKryWjLIq6qei93zXUqMsCRj7J"
    "I2yMip3AAPcL/xvIduiYUdk84JMjhTINVevTZ5xs7UwqMXbAXhiE1HJbNUPYGjtAKl8ZAv"
    "XGP0T9AY7YLKyCL+M27IoFkpX1qWtLRlqtLOoexCwPlJB4/MyE9bZCmxGcQILZnNTiqh8o"
    "wz4Foqt+MxgFc8moVWOJed6xdEVTb+FaiK/oxVVWNul8hgkLaXT6awdJUszJeR5O/9e2Lz"
    "iPiSVokgj/uolkxvVGTGlxofVUhVnhRmlfRsGWM9WPN7Qj2XveiPZ6l1Am+LvawEeyvpiN"
    "XwW9z35RC4+BGVINxXB/JKsLaiAcIBh+E4fgYpMqx9dOfuI/FkH2hfJkWiZRE7b4ikuZDA"
    "gobTKauAGB95BWO2tadDh2+1QMRgp7PvxEBPvjvnBaJX+IUisStDoujui+tbkN7CwK907y"
    "PCiWY0MG0bcmawmtjJ2fUh7QbfblO4YTCIUve634lvhKQK2PtXelmv447S19r5Lw35achP"
    "Q34FyU7hEBryO9eQn4b8NOSnIT8N+WnIr0NDq7iMJft0GQ9vIqS0V/cx1nKjHtz8eaf5Tr"
    "sgp7Rt4bR6n1N383tvnSn5jXc1miX+7zvTquifZnvf98Z65XUfDcjcnbntPN9nTRzfi7N1"
    "xu99triQAkFi5KUayRArsnJqWx0oFm8x+zruZ+xkjK5wuskCau1DdFcfGs0dkgL6lZmXF8"
    "S6ERl6CUoL0Hgd03McMkvZlpriVtG2GdFumDQOtn1IFV+1WT0ShNOyrBQ1yG8qovIxcpCq"
    "qUhOMjafsQaVzUqWlVLZ3v2cpkqky9p8yPKmzudbi1iOEDQ5q+aFlD7JyTFFfqRYZOW67n"
    "pCkTMo9hvtuhjB2sUe3NTG+RGsVKBxjihSQnZYJJJUMx2oNR/5uaINaA5RcfTQv100Oec4"
    "PJm2TQz4GnFKARN0sOmTxXjiU3Fv8DkSF25E1Qa/UOT5LquEcMIDfPnbkLUEfSE+7SGCJz"
    "N0hHYD08AWGmPT2kOBi07RLoWlOBAf6YBjzT5oOwNp9oHakKhmH5xr9oFmH2j2gWYfaPaB"
    "Zh90aGiVsQ9+HggXPYT+d7IWn7ZIGGURG8/NCmfrcsyrUInSoKNIeNVPtZV2eTdxeFe7uw"
    "v7A2pKXyQTyyjtH/zGlGTHbeDSbD4c0iOOYRqmVQUhLO/V+RqU7tKDnKrbx3I9woNg32L7"
    "TAWKmz6j6fYtHx5JTyVH6k8kR0g6H8EKp5LwWNqmx+rb9BgVUgz0WuQYWKWdT6TtfKK+nU"
    "+i5ABsjn4V3IRtdOFTadOeqm/aU5TJCLB5m76Ttuk79W36DkV5AB6YCcwnE+6aQmLLPCB2"
    "C8R3JaY+kzb1mfqmPkN9d+6RgDjMxGBci27josXwvbRx36tv3PewZTCZTcNtmvaDtGk/qG"
    "/aD1Habp7qmf06xUaInR56gPv/+BbiFtOw+WFkhfb+Tdrev6lv79+EZXG0OxP3LG6+M1dc"
    "XFmfgqUjV1c2vrhy0ym1NIdscxwyTXf6wehO8e2/AzIfE99gipbneCkt16ujP8UXIEOkTV"
    "5kKQ0qfhhafNrCvQtQs+lgWFg9ngFoxmRcH1GXmtg2KduX76PncG7jGdOCEj/AkF4FWE9O"
    "CDXDjQpwPYMHnQ8ysuzenOz1ho5FvACFHnCfAO5ALzNW4DuUdwjUgA2DGD00Yc9jVoVHRu"
    "CYpkZpalTb2UpTo9Tma2hq1LmmRmlqlKZGaWqUpkZpalSHhlZxGdvuXQxrak2eKiA+O7UZ"
    "UseNAlWPawJVj4uBqj8TC+3NA6mEfma7Vmmum+rOmkoo3V1vEjWV6KcUV3hvqw2dEVF5oX"
    "1I1VTC0nmPjMSxvCi4udP5oaTRv3Bd0SDVdfPHdD4plfbpmisPskJvvvVgQz38ItJ5i1ce"
    "1OVjqMd/ftycDJtGgp7cwC2BJkyb0HLTxwKL/dycBOj/ItukCiVp+J3pKrm7q7H/l4evd/"
    "X2XzT1wi4cKli0v06QsfIp3GHTGuVYhZxhC3Iqm/cuUXZzRtaJMjabKMPJtfEbTZvvMGoY"
    "WLYTNzVzYSTnjM20QXffbm7q8ONcxEeSBC/fBDJ3qQyiWgYx/KrQobLVArnZG1UyHaUEaM"
    "93o2p4PT+elmPq1d1z5wJRj2CL+OjJ9VNQXVyJkkLpPRTSENv2a3oBioXHoccaHa5A+Tq4"
    "Qrs3pzo7iIbANQSuIfBu4nIaAtcQuBpDTUPg5xoC1xC4hsA1BC4JgbcZSWvJkj82Dcw0kL"
    "BxKqG0lS+5mqhP8MxuHqq7foNbrhNgqWunUwmVl4k+1xLtBmyO9VzngMyxaTfNF7L+VOQm"
    "99dRU85DvSClsn/6OlJVCe+0mVHmjW7U7Ht10dJNXagLXU06ACeL8qbuxfYO1KpgGjXaYF"
    "WO7LU6UYs+6BJfaqmjutqlGnvHR16u/FLXavwYlDyHh6H+jqlpm0EJx4mHLvnU5cFK3277"
    "tyiYsRO3TyaEXzCdiWt6SiqBsmPsBCGr2nQQRnFf5EFL2uuqva5td4Da66q2K0h7XbXXdd"
    "nGXntdtddVe12111V7XVUaWtrrunkn4OYu3t3Uefy638q4K79v12KmmLp+RSzS8oy1WfkN"
    "3vx6i3laVCvaRMv4XTMKy/ftRl27pmcXwmZ4CvGQ4pnUDLIgpnJPFzkUv4GqaBf8Iur4uM"
    "fECcIKaGF5z0+lN9jvc14vKXgn0Xb7nV6HFKzch5IkZpIy64KU0hnTJGOg14vXVEMG0nhN"
    "S9xATbM3BW8WOl4OvPl08fDp4urzTmHKWIGxdfjGdjLSfaOhjZ3Mpq0E2CmU6dXhOiEvPZ"
    "rniy+FdcRD0ML2cQHG8V12QsR2Son3wrFtTgSgwynyZMJORwDTPOEJh3ICQjm13sOUsl9d"
    "B9LMse8Fgf7d3v7QeWClQvgS+wTh5Cnn6MoMBNQ0DI+PfjsWf4fUAhQoqWUv8y2P5vXM+J"
    "Po6neNFmm0qO3CoNEitV3YGi0612iRRos0WqTRIo0WabSoQ0OruIzp3Glvy53msVEIpz+Z"
    "mSkrozTqNsgoKu2obTQtHdXMS0clewA/vrgrb+v69EeplNLW/sbVRMIp8PaZaB3pj6KhPz"
    "ISp0CLiWNB+o1zyIYWiPgS4Kuc7queTSJninwXzwmqvNd5zCqqXgen3C1WPpkvB+FS6Q2C"
    "cLHDbkeyJR4SZbePwdl47pmlaQRrUqtlhbqQXu0mo6/OrKYgrrFq56DrsTLhcygLhBbkVD"
    "YvYAqPXNnNGVlnVttsZrW0Q67AtOqFBMp24aZGLoxjpVBQyGjrBvjSywNvxW97dcgnFuVG"
    "46jgUswzqhhdDq4Wrb1zgeYkvjQLkM1LzC9bJP48pK/4Rdw8jmA0nKMP6JVgn6awKA3nHp"
    "4dPGPn2ewhHKA5W/HQMWK7ozkdOrvfvqGzg+PDo1OE/WAfvTtDmCL20qwvGWj8itj3J+z7"
    "49O9j7w+9kWsB1QBl3IZbKP1XV/BpbFNjW1qbLOjgIvGNjW2qcZQ09jmucY2NbapsU0dCa"
    "cj4RQZK8pEwj3jcTmlvxkSkRHfIBQRne1lkYgvqbLyKHMjkLkGYy6PgbOIjedme/MvVqL0"
    "lCKC4vqpttKt0KQRqtug4j6/kY1nZsldDssB5kSwW9jyTaz2qmFlxx1RqaSFiYDSc7W7jx"
    "764B4kdN42SeQ6Ijnjbig8km06cCrZLYYVehBO2C/ghF1HT/aIb7oGYVNr0awPc2zbld6+"
    "vKS6Dr+B0BNZ5Fcpt9/J8fuzxOMHf9Q5+x5uL25uih6/OaaYGSjy6WNnREUwj0wXrqujG9"
    "PxLXsDyDwbv0Ec0rSO/lw2LddQHkonZSXJDvIT849PeNiYa22jjAdlwHj1zNv1QNnP37Ed"
    "YmpeeGMjavcFmHihRK8OKiZR2RFOCy+Fi+MHoIvB5RUpOLF2HmcE8fDXXyiKHwCwLUY+61"
    "T8JtFIFLKbmgGFvKjgkoR4VkCWiWPgqW+i40MAhz8IcPjk3a8n7/d6Q+fFDGYcAn6ZuTZB"
    "49CYkuCc1cGkPDi09tCYnZucZxxjxe+QSLHeEzlWeQR9j0fjwrdp4aEDNPAZJF9lqrCFEH"
    "uiVMi+52pPZmRiEQPhKYb0wlz+5PA/4EGDATo6An1/20fcArY7sSjaPT5EbE9vss2D/4yH"
    "Dly2BVJsFmQ9u4dyX6P4W6bHK5l7oQ+ZPPYSVQWZkccHR7j3OViVV4UcNxg6U/YhzxQLiz"
    "iaY4sZOSN5SXwbWyGT5q/zwGxmsmZ7xYC2s5Yg9hPa9ckTq3I2WugcaO5+J3ToiOrYhGEg"
    "332hANnDRwZ+pTy6eW8f/QkmBHQ+jWLWAL0G6De1X9cAvQboNUCvAXoN0HdvqGmAXgP0Sj"
    "TBTwrQB3gWlmwI6x25iZDSPphH0BIBIIobh/ys0JPLAcg3oZebRS13Msd7WeSyzbTViAxR"
    "w4UoUiFi6CaouP58OeiTSnYM9MlFIK7YQQ7MAJp4B2TMWpTsBvxwCXpHXo3PGe3XE2tst7"
    "JtmWw3rBv32XVa1nFHFvHCIKRVBJ5K1D0np/K2EcD3fqws+gQe2Dbz8Frx95pGWN6161pC"
    "8b7dql2k055EDvCibW9dJ4J2CsbNiy1alUzYImLvX4mf6th1kGjNY8/Q7r3XMG14nVE/f7"
    "pme7fdow89ESnPNuamgH3ibn9a6Nmp/UZjNoQstwQ+bmT+rHgHm8EAFEMskazTs+PrpXid"
    "LTZNhOyMBPozOpJqmDLhrjRLdFXvAFAkmNfhwMOjNudsU+gEHGnb8rBZMO/xW9rmuJNtY2"
    "OLrQdRu4zZZ6GjXLOcvKVZTjrZLPFlnn2Spo5Wrl1O39Iupx1tlzj5fSY5t2LN8u4tzfKu"
    "k83iwAYXsqMBn4At+RM2pfXQFfZDpiS/EfcWwvkp3uZGIHADdnyI7C3VRgXJrjTQIyjOGk"
    "RwW7Y/QjLMmlaDZEG+K80wyBCKHjmhCIbEY0Io6mMm0ANeJvubTWi9zHeXcDXAFs81PiVO"
    "fbsxtSekht1dUkEXGy7fZMHMSMfVf6yudX6TO3Ry9y52RimlTfbcWV5DhxooegGxaRNbg6"
    "36AabEDgFaekObVFTRoUaJ30CNVuFDuC3olgir7PVtg0qsG3ibsCNTqR+yPmNqRkxli38S"
    "aq4Or1hL2lSBteWIxPJQXUG8G153gdcNFpVfF1zX2siVFXTDzDG4kTP0WqFnx+ULI2ve0v"
    "1oLY6XF1R5gskDeYOc3kqheXVt0aTX1zSI8l1erlEkQxC7l/L6ljgheILyq+JGcl+fNOnh"
    "J9Ud/KTotOCL3wu2glB+zUzEutGjxVr5T1AawoOe19WnDdcK50QunXhGpgsBtlepujq2Vs"
    "XgTx1bq2Nra2JrE/CPv3JJaG2+QK8ustaLi47iXrE8sDYFH8tsDhfPJgVcH2JEp/gFwxbx"
    "u0nNgF8oi+BpPR5U+8T6AZOkSfRowD7AFgLPZShCV6Ewcl8gqnP8yoT5Aob4AvaR/ZkXcN"
    "wgTrsAcZ4Bf0hGAuI93e/EN0KCduOwzz0d96njPttOVjruU+1gNB33mWk/Hfep4z513KeO"
    "+9Rxn0VJHfep2NAqi/vUl86+CQtyvbLEy9XTUiKgdB7ax1hLeVC5GapcBysXcQcyL73was"
    "lFnImUypP/Y6KleliycASMhCNA2vyLwkq3gnB53CTKqtcYPys4sdqm+TFQt0vCHg+IO7eN"
    "GGIbRN6Om6R6P65O9X5cSPWuUQqNUmiUYglK4bxiO/Sxc8WKVEMVhVK9erwiLj8ymIAUah"
    "FLIniUCMkByvTFVfE6ya8Oz0U5JSIhKDzlF5qRc30QgwSWmF8meR4ly/zv0PTJnLAmZH9M"
    "CKS+7PGvokSjQ4d97M556lBQDO1iRHkIisX5qHuiNJ67oRMgw6Tj0KeQyDPCRnyCbZNCot"
    "IEF/GJ5/oB5dk8h45Q2hOEd/YrjZOLDm776IX4hOMj4HvpIeqyP9iLmhQRSPg5IQbAKaIK"
    "h3wnPk+UGaXm9PA07A0dJ0r9SUXtMVbSQ/AFzigIsAsvpKEVDa20nWE1tKK2v1dDK+caWt"
    "HQioZWNLSioRUNrXRoaJVBKzql5npSatIQskK09tgl0hv02CVHXWkvXaLt9uP7IIOQ19bs"
    "ifAGrf4Iz0TXsjZ/jFWVj7ppFHRTE3NTCC/G0xJ3f10wcSTw5tDhTc0lA6awcAI9ED77bT"
    "Fs+Dmc22XXBNbYOxXpSrD2F64xujIpuO+sLUfP82QRFRNLkzwTVdOKsuYXcxJkk+A9f3up"
    "JHyeTalFvPaCqMr7/0Gq6uoCVNcC72aMytcTq2xAXLrsJIOdpc2SrWGhecasinXN/sknLV"
    "voJtX6TQ10+fXrTa6BLq8XW+Db7eXn+CbkdLgUt5rJNbAwV5Yf2eqjXRPBbiDvye2xsdqr"
    "RtsTQENqlc1JdWWmv0+wmyvTxp6rxlpb0wBN1tuOt8S2ltv0PnTWD9rFzWdEuzWX3AjF0X"
    "2266x6Xvkpcs+ouXXR5J3Vo5+cxMAmW8vl3AZqyhm4SryVtTd1TzXnbdynOkvdZaDJU90g"
    "T9V28hWYmPeiPif//CBdu6ntq8Z8riGYhuju283N9lhsUcbTagJbtkCvnrsWFZVirUUyVb"
    "H2feJhO2WlJc8Q5LDcPdUfTuHe53foGQPJ2vmIvn1DZ/DRKaKTGTtns0qRH9qE7u0PnaED"
    "10MzWWCQuU9P5oQzxaILndHLDC5wDigyHS8MxGXPluO+OHDVc0apXyj6wClyFD357hy4Y3"
    "B/tY2dwOTnCyCTPfQRbAVFpTEnDQaKwZU8YUoen0b3a/+214P7mnPvyR5ydhjM0Nj0g5mB"
    "Xz8OHRdoZi8mJSKnANQlnsEG5CvdRxeLpmJPPD6E5ASnx8h1UFatnBXP3oPJ3u+xZ+ReFF"
    "HifyfMEAGauzRAxyhgUlSz3zT7re0SqdlvalNyNPvtXLPfNPtNs980+02z3zT7rUNDq7iM"
    "sZ8lHpOaTL249MJdtcLi73BT+HiBF9SIi3VUQ8Y6KrKxnLLEA3emVWHfDmQduLvut7LuWR"
    "PjLg6GjG3PCjwgcaIv778Nbu1OxZW295dUz+0n301hrpnZCmlPBLuGjkVqryFpOpVKTZII"
    "qLyngSTpD+2mibWkRJ/apVau6a6JRLf6aVOjS+bPSZLCxx7MNkM/L90tuw4yvtuM+3MFNI"
    "Wyu6J90zXIyCJFK9fHJeQlVYYRB0JTZJFf2xh0hWEKc0zxKNoLjKhIoSvTu6vku9G/b5n2"
    "KNphxAmE19OnHcM0ymeOZtu1fA0qL36DRFP0yNSxGu8c8ivhhwbr4IfKVfBDYbdMHJOymc"
    "HGc7P9nnmxErV3zqAt6qfaSm9GmmxFqjcii01QtgWpuWChfP+h4t0KD324ZmgqgMUVEKD0"
    "HQsKE6A0AWdZl+5s9qJ7MmXzCvGBfxHw9EQV/I/ygr06HogfiYy8WEaCEBI/DyUPLGeGAH"
    "mDfTkRl8GywqweRPilR0EmoVD0BfzJfrXgml80sbFvMjsZaPyaJi+KSBFD5zL0cGD+QtGY"
    "zLD91EMvZjCLshNR1o3EtQ4OjwNNnjOx3YlF0S4lPDtR9Nri072PrBgTInN+YcPQWbyxAS"
    "qhgWnbyPWAdZJc4KDJFZpc0Xb60+QKtRFfTa441+QKTa7Q5ApNrtDkCk2u6NDQKi5j3Fn2"
    "Jk9bNzxsbQbWaZPk1KfVyalPC8mpn0MjLLkho3oSSwSUtvAjZLRlZm1h4+N3zTKA16UAL5"
    "jZceduRVKnKrw6ElB5mbgDJVPnQitf8Xrv8nZIgL3WF9inwt2ApTKX16eqrwvVThOOyFo2"
    "lezWHTury7JSYlZxl8UMU1PqwqIFsW70U3EFxp+x0uvqodLGLAh2w5xx91ybQSsM2WxLVm"
    "VMpVYyCdMtrF9NNgtH1XuFo5KtQlXHrWW3dcLMQHDrEy8MQoqdAxE53N7069g6iPnUcn1i"
    "lYVsL5uIM4LdmDvEVNxP1V7XZNzCpCWi3TBqPCFHZl3rvqGDNzxdYRvP0cB3KaE7kqZtf7"
    "HT6lndP+utZZfEf2ZNuJbThU51tL1UR64VzkmJ6WvIVhmZLjCurlJ1NdNKRSqQZlppplUN"
    "0+raAYJw4Pp904FFaKeEZFUo06vjV5lx6ZGVKb6UWZU8BGWeks+24yCoe8IL8YvhPN+d+n"
    "h+YJGpyYnjnAsF/CVIeWO/ogD7UxJwBtN/h9hne0b2YZKT8qNgVEVl07vToPgEe9hkNf4H"
    "T60Tp93JJ/Th2Xvef2RlfYxmZhA6U2BHcb3Y1ITtPc2Q0gypttOWZkipTdvQDKlzzZDSDC"
    "nNkNIMKc2Q0gypDg2t4jIW+rDZlxpXiYTSrJ3kVNVmSK2Ft0NxEMqZOpVQ2tQPiZrSHLQm"
    "U9dp9dRVvD/Aclm7U3OEX3AZXC8uXCi39qJoVy5t6Au90UWk92puzDiVurThx77BUepsuY"
    "qMCMJ7I9l/U6HO3Gn3mKi8+U4LvquR8F2Vz8nLEc+FKjYIe/bDeWjjwHxCu+JiPfT4z70d"
    "Set/Au/dn8J7J3nnyLrh0MQlOQpejiTHQUG2KxN5evvO4z+jyzg3Piqyxjt+g+GPu2t4BS"
    "x/8gbLn3TY8gqY/vQNpj/trun/sWXLt7V6Ry0Ou8pVkF7abXw4wDcSF9UVDV97u11RuCvW"
    "/xThmlu7SFZAtqMYspWjZ1RIK312GkQgdT/SWeoYtS7axqIhi20gTeGI3jP7mp1ugabMjo"
    "o+qRTLI7pTcaeE3HGT3hNZzenIXCa5nMmRqXHhtiSfsG8CnpHGIjytDZuJ3BdC0e5N//l6"
    "0GMHMOcZ99DNYHCFhuHx4fHZXi9ldRgEG7bpkH0kSKuZG5HOh84lYdMECp3AtFlp+I7Nzc"
    "FHdGVapm/OxfVG8FGcWCcgQCoOepAdz8bzMQ4yZfATpPkxg310MXQixR03EF9CohyuUVQF"
    "PGxmTmc2+5/n99E5cjQDRDNANAOk27C0ZoBoBogaQ00zQM41A0QzQDQDROfIeWMW6orTWS"
    "M+SJMBVnMrUfFSouieAJnpLCOitLUHqZ6ydj5rYuezajufFakJ4phaPotV4OipSFdyiqQa"
    "ry3kGhwJUlZcFOxGbGoSbh2rrWOsd7h7aUfSkO2Dq4+apWKoycRQIIWxHYnPE1IX7V4fC5"
    "yXVHkL2c9pql5EcBA+h7KgR05G5bt0HrmiSuAbQaLKG1ENUUK41bpn5aYYRq6LKYVcXJmU"
    "bfVN1gAl2EX6Za8OvTByxZbhF9Veau3G12587cbXbvyu+Ra1G1+78dUYatqNr934mx9q2o"
    "3/07jxI39bCxddlxydqcar9ssZ2DdHtffZVwyUBTmlXfNXTNl2Lrk1pEe1iIcN3MbmRUml"
    "rd7n6ipjd7OMbV/vBjVLifZKrb3XPDdqxt2hngvUhKeHpYlrm3n/cxVsEAAQ6VXRDRmbM3"
    "SDnecwkIUDrrOqbz++8CdNt7qOhbOrgBabLcZ4gmU7cntca/UkAhvPPdMv9fZXp1nNCnUh"
    "z+pNRl/1Eq2ylw0tOVQrK6IyqCUmeuwg2OLKrq2r9s9SyO8/mmMqa+2ioNIxU+Ieg1tQd3"
    "OGroETM+YrmWVkMUX+dsnLddXkTbHFYtfLAYyfLh4+XVx93inOJyuwdG64/gDzSVObZyfX"
    "nLWZVuju281NHZybXVmFrsWWuIwkf+/fE8jAUYqp/WSN8O914uCfLeoRowIHT7/s1eHgJC"
    "42EmPSYhtAzPeXy4P6LkMrRLnn5GL7vjoEIuMM9qdIzcyfgMQTznlYXQ8FLvvFnfcg/u5l"
    "xr6eE+zQHs+3zL5APpkQnmbZjALxdnl+Zv6xF/SQh338hFwfsWE/93qsdi+AUDv2tAl2dL"
    "JljdFrjF5j9N0EDjVGrzF6NYaaxujPNUavMXqN0a8Zo99+MM2G8fr1RdNUsd2rZ6pUQmnM"
    "WCqiYAFmaIYz1AENhUmKsgOoU3LdVUOQJ5He5M2QJnYC7CPIcmrhg37om7402MMVhzvQp9"
    "CDVUly7ZEgnOIKzK0qeDQRUXl1Hgg1E4u3sfdaSBPsJx55YKPSi+prrlNeFFTZ/HdMWbC9"
    "xA2zG7B9vPoFFcZfvm4GVdZXFLKP183HtV31WxcSWUe86ko45AA8pgeyQZEbuAWCdUkDV3"
    "blGtx+UbAL2P0j6LyqXrwW/D6LB7QBlnOSSiPLd+7c9REHOzfnvl2KLKdIzCqg5X5SW1eN"
    "Loct53pfObi8neDVvo2p+WRa7N8Ln5reTgl2VyjTq4PwrLT0CCfFdUjrG3uohss0XKbhsg"
    "758DVcpuEyNYaahsvONVym4TINl60LLrMkEyRaK82OuI7d9k6/ZWLE1ceOgF9a1o+tPGrG"
    "/deZc2VLF3ZDH3atE7vkqqOAOHB4tQLzqWj5+ssyC8IqB47cC2XRhcUvKOQXfTa8c2eFd2"
    "jGJjOdN1k8I94Fm18LdbdmdYeNujHrpjOzxKnXDC1eqELl3dEdqMr6eaTqdmb1go91Oy6/"
    "r09P5oQ8kCAQBij4+/IFenXOPo9ZCAehj52RhZ3oEu/lVH3Bxef1Axcfbrpx+UPRruV6gp"
    "nf4x9/git4fqEIVOQs/LvrwV4PhJHpcPRZPH5/sVnX9Yw3uCOt0JlUhJRX7JNiAXU3Ss3d"
    "kmuhWlS7KR3TxlLGTgQ2SH3Z2YixTxrtk05qtkknhypNYGxEAlqDHQHXlMxgCyWWTWGirA"
    "g5ajaBPbJpw4YbttgiOSY+mprfiQOzBcGTGXol2LdfkU+mJoUrutj0w0607DdanKZa1zR0"
    "hg4IT9zQga989wXNsUUon9PY6Y7433nYm4h2iqrHgTs3J+f8ZrBvAzg9oiAVcl/YNGi7E6"
    "tqqvvXTqyKsCHcuf5fGo7ZIhyTbY+mU11WRulj4n1G0e2z+UR3lzyeJEJKcw4eYy03egYB"
    "zk/5AaTanBmRzVn0UPa4wdkEWV23xOLYzgKdpXiUrM4LDJDqpVk+BvgiWh6z230I+qX76J"
    "qteHylR6EfBnyfL/4UccDYJ2z5NIgI6xWXcz6ZPluYKf5OjMK6vbYnDZ1dSgivlpkktAlb"
    "kpMn730UV5OmnjNePXwGWwX45RW9kPgJT747h1Dk1+r1PJmfuIoj0Fiv6JpgoQkWmmChOD"
    "SlCRaaYKHGUNMEi3NNsNAEC02wWF88svY8rBb9TA87zbfZeSGlrXrn7qNvkaKb328LQyXu"
    "9MYITF5Mac+kfJDO5sIvKwy/PPqyyvSqZy2QD9tpGHypsxZsJmsB3Jg8K7sTo/6S5VnpnR"
    "hqWXqQ6qlEWCu/CHzkYGqJM0sb4s9iHRtEzEUO2CvTESkSZFpCXC5+l2i9/eT21HyqWiEb"
    "5OqIhTeZj93EVD4Re6zo9rm0oT8lTvtrHTLiqhv9W6rq9s1enf6+en6vyX6vlFtALuv9Bn"
    "aBHnEgmD+QzhlREFR8XV3QVgnjd/COjT4zEvGkJ3WFbtf40VOkKJgcJQnsz1u7JitKItGF"
    "dCg8zQG6JH4g8qJIGH/TeVGy6Rak4PiioMphE/KxQutNimLl9VkYBrI5UcoybHTU7k3zoh"
    "S7Xy4tyv3nh8f760+PzW6BINms//m2kLkGInd5gCL7nJUlplnr3Q+Z+2KqCF/JvS3L+F7J"
    "HTarTRqTozqN2Guwmb3AdPpX4gs1zDSD10J5TYXSVKichTUVSm1+hqZCnWsqlKZCaSqUpk"
    "JpKpSmQnVoaGkq1AaoUPHhpvkuOyezLpuuIo0P8KAuEk03v90uO03KsnKysh0j5lxlVF81"
    "N0dtktlqOq/mmG27DdZOMcO02prVvTgvpXInvqBy1vtp2WarMLZqZDN4vsX6asmG7cZ1po"
    "/k76qkXllBlY9C97Gi6FoSISndjX/+z8fcRryAECab8Zuvd3/ExRdhwwXGXzi38WxUTcKp"
    "3zuXiKsbeP+FK4skSTmr20yzvVr4HFqQDot4uGxPXT3HlMmq3PWvYn1RP9FXiT2K2rTKwj"
    "yvWZVrZ1WuyOZKkSpVp5qV2Jywp7MzIfVcGoHsXaWcjYlvld3rV0OASkW6wIB6mLB5fTWH"
    "Hk170rQnTXtaB+3JyE6l7WlPuRlZEQ+iiPNJOEOK0p76ZAzGws618+T6c+gtJfSnklK92h"
    "u04vIjMyewNPtV8iCUPAkNwrFtFmy4c4GSpyA8ZfaiAc8ihR36AkmtXLTritxWlC1pbBQj"
    "19lDGHnEn7usDzGx3W/f0NHpwfHh4Qc0AIcUOnk3DI8Pj05OzvbOh84TEzTQixnMTAedHK"
    "IX17cgGa+BXynCT5A7C7JQTn03dFg5TNET/20Xnvrim0FAnEifHoqUGTOFKStrBeHQ8TCl"
    "UGHoiFLE2Ouh+Fc0fhUvFPDT+WBwfVWhy0f2WqkxoAxy3KEjHJYe+8jD3DiYZ+pyvxPfCE"
    "mjhFojkWjRhwbUObU0kUwTyYqSnWK3aCLZuSaSaSKZJpJpIpkmkmkiWYeGliaSbYJIljnv"
    "NN9pF+SUti0wyu4TdVFy5N7OLjxi1ZRPVrVEnGWzlEIm3wSbDNvlNIVmaEoqrXTOhAuupn"
    "Sfza2575usue+r19z3xfB9TEM6qnJk1vNEFmVV3uz0QVc0SLEv5Zgi3Ls2ShxfMrNKiegb"
    "Z5cNtcol9yj+EzyK6DGr/spzyUUEyFbmLRXuhoHj2XutxrWIFwYhm9xGwt/bdiIvq0fpOS"
    "XWF12kfu420/rqk5uJNbGuu9dP7WXyKjdFtLg+Ej8IbZOusL+vZa6Ha4JrB0vFZj0vpnKD"
    "8DuGDdYkX/CYQztvHCJHjdwNRzX+hqOiwyHp3iOPcGCt7cxVWpHKzZOMDzRIFZa+5KsJaf"
    "m0mrN8WqAsV9Nka7g9NeRYJdk9v7v+nE1SPh8eq5uo1sL0SRFnOaJPQU5pt8Ig0XZzjoQa"
    "no+XU+eNNJ/03XIEiI5avinTp9D/ckSfTxcPny6uPtfxfNZJXClrkhLmSkXL1V2mmr60HH"
    "clfdRy8gpc7ewT1itogFhR5EGxCYqeyO88LZJTjo/39hF47zwIB30KMJuvgdAh+hcQW/gV"
    "akNIK4loOJ2y2omxjx7ztBMQOVogs/Br1nwyIex1eujoPXKBMMN2tuxJEQUGYVYAU9f5yB"
    "6QKB+RTVBy7BBcE1OeaZJ5KU010VQTTTXRVBPFQTpNNdFUEzWGmqaanGuqiaaaaKqJppp0"
    "h2qSPfA032oXBZW2LhxXB3l9NceksxwTjp3UuvlrMJe3evU31mUBdXmDR/+oUbDuUU207l"
    "ExXBfbTCu5BDuJhNLWvkjUVCLfi0cs4j9j2XtnMkIqbyEHWUWVyHQhkpmZBnECMyiLR1+W"
    "By0nqnRPh6XwOtYW7fYfBwcP17cHA0w91z+4sAK816ZZVs97EIa1XCfAlnyDpHKKtwakpn"
    "tkBxHPdQ4+/zrHZqusU2sZFez5E3MRgZChnpRWoHR73AuNM9DJK9vQIPAvBeHMUpWEIm5L"
    "hS35dBo6petGfUuVVqB0S4mbV2FXH2mMctCaem00YSeP0ZzMPeLHzpM2/JSSajZ5bSi2TR"
    "6zznQ1Jq73urcj2W6fmP7oNtFfttUWaCtNZr3T6knvtDDncfNS8ZZvaqJMHSrvxaLmYEdj"
    "DweQg+wh1Xv76YFiui7rLB52nivupltO912U7xbjl50Cx+wwDY4sPuPl32U9ERxLTF574C"
    "sTV3kMRIxTecNu4CQo4gE4Y0Km4y+IdaO/Z0MIvuAXPF4zx73t/J6rQOWO3c8qKt+dG/Xm"
    "ms5cwWRnm0zXxtZbo8Ty9ajcDMn8Eul7AJtWMgnZStuuaT40WWg/VC+0H2oW2sxS026lXa"
    "igG1NP+VIbxyCsYxYam/i1JK3tretEfNDinB5LLJqUTMw5tvevxM+17f0PZbf6l6AwSo4M"
    "915Dz1KdIT9/ur69uNk9+tA75rWxY5gpmKDZ7b6+13jL25afj/0/WJz41IgAKHDTm+RDtL"
    "KBzfnmk8mHWJ6vTxH/0aro6mvNi/iHbxoDnzwRH1IH7pQwyxdK9GpJ5VE5ao6mvqAhL+eT"
    "A21bDFEq0hZS10F05r5QZDrsE177L5B+0DQga6AB2QLZmHgxjWAGOQHFJ0i8Mfz6iuZMR2"
    "Is2n2Njxo6oqT74iBIp0h/QTOCDfYEyND4MiMOMuee6wdARWdt6wJ1fHfi+mRffD6CetiX"
    "e9Us8pASPzI3sTV3fKvccdEGEot9IqCyz7u5eXML/Nlpg/X97LRyeYevFk4LbOCw5S50Xk"
    "sgIVh5KoycF3vTEt9uC/v/PoXOhMe1jEPTZqOd7sPz/j/ZnW3ftd25gIYMM36nVaBDa4n8"
    "s8kY+zINlQio0UTwWOkmuoF3QBZvqF3PtCix3378WEvz8BVGpnkSgQ43D9sukwBQu+fQCO"
    "2onURqf5S8n3ptBYu8XPhsRkJliuRGl+6agNl4F/XGUNlvUTUdM27TmNhMp1IpGvYBfyfG"
    "P0zyslNyUkm/rD2kBOAEsMVSuvx0coHgKQZs6iEPuvsUHxPQLka/xHX9sneOKMH+ZNaLSl"
    "J+WKBsZ88OEnDasE3HYkcL1gv81/3CyWR9j2lwlOgJ5qo+UugjxY97pOA9XMK6cXmVjSs4"
    "3NkJTdrOTYCes2qg56zgCy/NDViz1Szl7G1go9nKo+dMsG9iJ559uV829MPGGRo3vZs0ku"
    "hkqbC1RKo70aHN55luRoY2CcLWZwd9dtBnh6qzwxWheKfk2MA/rz0xGHGJZaeFalOW7ML1"
    "Zlvnflk2mnXuF4W3HDr3i8790uCIpXO/rKQNdO6XTPvp3C8698vamuAnzf1isY2/zKiKy6"
    "/GQbiO3fZOn6mI+mQO0VdTv1UA3NFJk7Dfk+qo35OfxxEbnyS374QF4r9UkoFEQOXV4TOk"
    "dEA2s2KrnryqfCUSjNd1+jOEn6k8HXDyXa/Or2FmS2nfxhu7p/ZtaN+G9m106MClfRvat6"
    "HGUNO+De3b2PxQ076Nn8a3sd0z91p8G/zEnT3nKHFL2DNxzIqD9/K0A4nwBvMtfR1c7Uha"
    "/kus5vZT+OnA640EXivi8RgwS1g42ClxeMRf9WrDUzOFll9zlBbOMbWjzznveuraLjTOgR"
    "9CpBZnbQ/uHnro+gCjL6EfotvQwBABev2PA8IjuE0Ho28BzF27gwH67Te4+OiwMuhT+1G0"
    "H0X7UbQfRekdqPajaD+KGkNN+1G0H2XzQ037UX4aP0q84ZcZWVkZhf0pf8RnmXs4y7QZWW"
    "dNWAzVJIafgidScapsYt7Vp6JOI9fyNq6/7iqVUjlkaOebRFjeGy+8UsQ90sd+EELaC5tN"
    "zz6k2C9xlBQL9epcJhYUh5yb+fJLvSf8MWjxOYW7oefQBMQBbyh4T1wHbnD2I19K//oSXf"
    "bQpx66Qq6PPp/z3Fu26RAKX5sBRcXHDJ1d8jck1KIH47kx8gn/fV98lnsR5PnQ/vyhE2Z8"
    "frG0ePrePrrNaGYR4kFsvfhy6ISUR+aDB2gyY58wfRw3mInUXlwvn0xNGhC/h6gbXRLNSr"
    "Aq5qxTUvMcUkHHrDx0+v7g+PD4iEe78qRiQyenJxbJyubj0IKcodGruy9OD40JNQ3C7QI3"
    "K/BVmdtgFgQePT848OBG7X3TOCDOgQfDMmSvAL/NSfyDK/Gr4/56+v5XfpXdr6DNXpL/LN"
    "dIno0dsD7Pd4Yub6/QNGQaiEaBrsYlhKF6/Hfu1EbJ1UHiQ55pVPwKOxv+qJeZiwyXVWMG"
    "mRcIyN/Br6axf3R8YrjW/sSdH7BeFDK9gwPjf/52j55/e/mfXyl7TfbIX7N2+xUS1rGxkv"
    "9QqLY/C+b23v7Q4RnhWOP/wg2Kxuz1LPSCRXM9uSHTi/0BSpxzq8fZ43ajdLS95P3SZ/R4"
    "3qahM08+68UvnHqee4jVzTpcai6mAlBK4wEAJom70R7CvrCsKzr/kzkhlHUT6ME98C+O2W"
    "vMyMQiTN8pBmKXGCxRwsuPCIbeARuk5tTZnxu8qSgzOTuzwtvCaUj7ILUPsu36rH2QajtG"
    "tA9S+yCXnS+0D1L7ILUPUvsgtQ9SpaFVEqdmjssHVYN7ZYToBulF/AwPp11sQ552njDplp"
    "1CnB3J5mYVqeE0gzPaSJzRZOa2BTGlnZQ8bPAy0VWaWPehCa/uQzWt7kPhntDoHCxj8KyM"
    "0ta+zygqfytrE1PX3cla5nVv0b0XxFReuzlxtH3vPm50Ee5xzUW4x8WLcCNvUvnaXW7xjM"
    "gbb0DaVEd/TDVe9V1H3AlXcFM37bzl0kpPGpyDW+tf3xoFGpyfo9T3KdMQJaJKt8L/Akft"
    "baIvXLv2SgyzVRD4Wtqic3eAtWgEcQmYvvzrB+eg57p1aAUlWWZrbv5KJLpw7dclKNticq"
    "8x9Dau+1or1m2OL9h+As92yjDu5MteLbZtjkd4FCQFl4Pa7DB7gZKac2h25rseOjqNgUKm"
    "uBthhAewR06g0QzU18vAxXaIKdqdD8PDw/HxXg9xQBbwYDb+DI4t2iTA1gE7Ts9x0EPsoB"
    "+EFPGXgDvTLfYR8QPzyYQYhQSkdNy567PqvOQye0gXj20U0tDuDR3Wy6Y5eHIfxcgomnE0"
    "lCnsGCZA1zYgkxGgPXVdA7D5se9axOFoN78fy/XnTFH8naO5yA0B0Q2Sy7dA61fKNAg4ph"
    "qNix6IcXGfX8gVIGyDh/QVzVzWJXSMhMYnNT6p8clugiYan9T4pBpDTeOT5xqf1PikxifX"
    "mUdTA2QaINMA2aoBsk0ZXEWEDLwVI/BWlBt9OfchV8EGGRCQ9IHYJpZmPFwwhX+NFZZHEx"
    "qBCTVYQhGinIXSsUKJkNKhQo+gJZBUYL+0oZihrGm5900KpUkkOoPS/AkabxOlEe7LtrNH"
    "RnyDc8clNi3ZaaOfaiqfIbnJpHFckx9ZY2Nbx8ae3MCVgsZigS4gY79HuqqBheUOuK4FQW"
    "lSls/IdMH4V6m6Cto/PW7n7X/pslUdOxUtkEottMCYia1rXk8+kXcnIAP7JpI7EdU0xeXX"
    "rze5pri8flxogG+3l5/ZrL+w0BY3MRHWOKpsiKVUtlF1a8hS2jY0IiJGG1qVr6eE2Uatao"
    "tWr6B5KZVX0DtAptFDn22/k/jldgf9Zif9uqN+YdMIaPxoflzSl8X+utz4Gak3b8831Ao3"
    "OdrB6nbopxI7dE5skOnkiYDSzpQbzte44HwNZTaJMzlLz95g5w314D+Fitu/esdxRykDR8"
    "pDuCiosrnv3H30kNN2+5YPpnat6Ws2IAXJbu0/ZFtCbguSksZkunNeSuW+PMhpujXetjrM"
    "ysskXk+E6pVTLBdL9ZZxLccjL5YYzRORRqzL6hDCRQ5mackeOjrLMzJz9EvAZg5EHpcCIx"
    "PSuPjWAbRqD4UWT5/z6VOPFZzxZDbcdezFPv6IaYk8PPZNi1XD03310Fxo4bnsRG/20OWg"
    "fykImJBMKLQPJuyxkH9IOKB7qI6PGaUtSimZH0X+H+wQO0pVZAYxl3LoiBRJ18534gTs7E"
    "gRz+8GD3mZmZMZT7mjqZWaWtl2S6yplWrzvTS18lxTKzW1UlMrNbVSUys1tbJDQ0tTK1uc"
    "xjW1UlMrFTa4plZqaqWmVmpqpaZWamplcdLQ1EpNrdTUSk2tVMz+mlqpqZWaWqmplaukVg"
    "KqLswmYfuckMqmvwXOwGOkqBL2FtSF0WQi5ZXPCqls728xMaONvVd/LT0nh8gYOhFQ2ciX"
    "uPkJfv0kS0GxkfITZoVUNjSQKweJpkpYWxCZJK2dCqlu7ftEUyWsnbDjJIydyKhu61Lu3v"
    "amEU7Jk51GEiHVjT1INN2+m5sZbuxZFZdXVNo6FlHd0sDpVGP34QuC50iKlZkXaoUpbMjY"
    "EX9VCkp4E4WwQMwumLrENeX6xJw6/QhlyDq/F2wbEaozb9VBM/877k7xp6mePn5JGMMLvY"
    "xZQVBQ+PM+PzzeX39iBt8a7/3TH8QInekl0zF0Kq7PLZbqLeO9T0ZTLjEaZ0Ua8d4/IfEw"
    "TmXPPrHAey8t2UNH79tmIo5gmaETa412L3sIeOv3l3v8a6ZAaFETpQXGEIfCL7g+CEwDkh"
    "GPSeA64o+9KLuxjZ0Am5kkx0NH5DS2XQuz6uLUxpELFwnjZW5cjZMZ53Mlw7244spTx8jn"
    "RY4khg5/0+ijNPtxLdk+Sn4saP7CkkW6PefZvxLsgw548t8hsxu0InsVmxemcDHurk8s7P"
    "Fbhnl1OqGxZt239nNr1r3aVGDNus+0n2bda9a9Zt1r1r1m3RclNetesaGlWfctfIWada9Z"
    "9wobXLPuNetes+41616z7jXrvjhpaNa9Zt1r1r1m3Stmf82616x7zbrXrPtVssBTgF5yXs"
    "kLKj61XOaUVWU+4VQIabMHpcjyOi0eo/lSBo/UVMXWPAW3IJq0zN+dE+5UGu+bBX7N6o6n"
    "Opu3mtm8HXdUuVuv5dZW79cVW1L3kdRefROZpistXp9muuaIpPiWcEWHpbItISfrjTgzT2"
    "pTuCCnch9+EITEx1jX7Xdivsxx27VcIrOynVoheSNse4Hk8LB0l89LqdzhxTmIA8utO/1q"
    "cOUCf39rBPOrL5jtK699c4qp+QWDJSpp5uVle8vI5sboGeRGphBkf2UkG3HOrxB/cg9Fz+"
    "aM8qwCBe55rcQbOOjA2I5Z5j1gXD9jIIJbcyB/E1acjeECDxy+StnkKY18gT9+Lljb7gsb"
    "K3Rmeqx6j/22V0odR0uY4wKhyBHkme4ZPvkn8f7oaBgeHx6dHB2zWhCw0ZDpcIb4k2nbzF"
    "zsT3jfCbQH/YiOTqLy76E8lBszO1u5PPDs07lmkmsmeZl9NZNcM8mV5+BpJrlmkqsx1DST"
    "PNN+mkmumeSaSa6Z5JJtq5nkm7S2ZpJrJrlmkmsmuWaSayb5zrlmkmsmuTKbfM0k10xyzS"
    "RXwv6aSa6Z5JpJrpnkq2SSp8i8nCcrK6Wy8fs5TbfP1orYDyVzRx1PKyPVFYbWIEPzWN15"
    "SI66PMYl7sJ6Qlws0xUz38T8mS3ZOMRl6+AyzmGnLJyjJW2rK//ALPwbzvBS5nSpWcxbSu"
    "GuYx907ENnYx80Dfzno4F/vqAkeGRrmHfD3th5xTvlFPBiud4y+jcZYSYzCkBoZGekGlG/"
    "PyN4IuKPRJlnFhjfZQV76OgsT/QGYPeAs72XJRsfh1Z4MHQ84rNTLlvbMWQTfw6N0D7wiD"
    "NhWrLqKWt288mERX+vF1WCxsSfsDa3kEUoexJ2DiwyDg38yqvgXG0Ds3Ew60H1cVX8viVW"
    "yYy8MAmmgsNqANZ6EM7H4Yw/HfTuIXEFFiv6HM5toH9HqcD5DsSLAUzBCh86gEkCOxtDmm"
    "8BmZXmF/+Lv9so80Z/oZnLuo8gebuu9QtF+fdHu2ZAh44wMJiWIGZXJgP5xEHjIMpZziSp"
    "x7aGOr+4ZoW33pRrVrjaVFXNCj9f5HdrVrhmha+jDTQrPNN+mhWuWeGaFa5Z4ZJtq1nhm7"
    "S2ZoVrVrhmhWtWuGaFa1Y43+VoVrhmhauxydescM0K16xwJeyvWeGaFa5Z4ZoVvkpWeAHW"
    "lmmDUmGVm+ILB+gHEUCvzMm/pfk7ZPiHvKpKWJ27SwTVRMbqC2IqWx38K+gqUVWJCcfLDL"
    "6mJs/KqGzvt0ws67k9As/kzqWJgMpmvsTNXVhr5tZyzpnUkhkLqGzgL7GS2zewYPPJWDiV"
    "UNnE3xItZW180sTGJ9U2PinZAwJRsmjjSp93KqAuv+1LouPmCW5+yB1mIyk+Zl6olWE31H"
    "fvQxl/4ApsWyCCF0xd4pRyfWJOnX6EL2Td3gu2jejbmbfqoJn/HXen+NNUTx+/JFzhhV7G"
    "rCDIJ/x5nx8e768/MYNvjWf/exrEe4VtPIcTM/GfcWXO9RqB3jLm/dMoDW5mG3omPfLy4o"
    "0o+L+jVAfElUB5LQpc/FqJHjp6tzT7+pj9GzpAeh/00AP7/2ovl3s9UyC9B+wgMA1sMWG4"
    "+0n8sSQXO8L82pwkJfvQWcjJvgfseuEgmoc2NpvlYueQLwIqvslZ/6ycyYT5CzCDW3nm/W"
    "PEkkczpqjjVgUkcLwQ8adxdIini4cU9MRm1RGPDh1IvI524eNMHeho/2T/jNPzBZffd18+"
    "RrWZFL3McIBe2JM9bBqIuqwn+Jqnr3n6G9vHaJ7+JjF8zdPPtbzm6Wuevubpa56+5ukXJT"
    "VPX7GhpXn6LVAHzdPXPH2FDa55+pqnr3n6mqevefqap1+cNDRPX/P0NU9f8/QVs7/m6Wue"
    "vubpa57+SpmcCYwvOa/kBRWfWi5zyqoyn3DChLTZg1JkeZ0Wj9F8KYNHaqpia6CjjGzsBN"
    "gczY9Lpu5lCcfzwjr1uE49rmLqcZ0EWyfBXv9ecH1JsHXq/K104uh0wrmWbY41iWC3OvJt"
    "rPaqu3FMk23ri83Kq9yVL4t84VZLYZOFsHoZLDrCdSb9ZSZfPUCf8q5lrJ6XUtnqCViJBj"
    "mdlTjGc6L7KOK5F+1fg7MVJLtytLkDxSHiARTfMOxWCBzaTmTLbRiww0dEYygJZMl936uL"
    "W5nzkhn2xvIYFVF5BYli5wJNZuxzggIXsc4XB0W4TwgjiFUJIP5BFKHIDGgScXGOBqyj4B"
    "naZZLYcSEGAkXRRT30MnMpGTr963uIqXA4fADyPYjQyAiwzhdAaXMyQ+yYxp+B3DAABYKZ"
    "SdFDf3D1S/rUvR76EzxzQ2fXS710ItYD1PXdF2QT/D2K5WCGMb+TRBqNWc2sUot47Klz7F"
    "vEQJF3Er2YwYwLwR5oyBZLg//10N9D8Ps9e5CFLmFA8Ysd4jgTNCYTF2JH7i/39tEtdF/i"
    "wGYBHsTektlRNNo5vFr0cGZqHo6C+tgPQpioiM3U8PkVGPyz3EdjYrsve/tDJgTRMFEbQf"
    "2sHxlo/Mpbhr1/7roOrnYaIIMpe2py5wTdRw/4uwmlIv3Qi8/GEI30imxpCgkKl1ewfuZQ"
    "sCirZvcv/MRqHXGZv/ZEA/A/fOQQEl2L4ZvTWQDNTQz27rwrsYpZ2wG9gdmf9cK/IYQo88"
    "B5SANuthlrxKjjGYiaYFAo9+T6cx6PM5mRCTQfb4sokoPVxd5ZvEHUrZmRbHcKdUQvHz2I"
    "9SnWvQLXf/2IOK8TTAHfR8YIHcPlvXEf9Vk/p4i/79AZEJ8dqQw89U109NvB8eHRGWJdcc"
    "7HQsB7P/T/TOcU3ef0PSt7fMTLwt0p0Gm9bBtzxTNiCPvM7sTDMIPzC0boHlOVjd0DNsDN"
    "qbM/N3pouPMAbY35VSgDH1P+1zk3844OU9JhSmX21WFKOkxJeYK3DlPSYUpqDDUdppRpPx"
    "2mpMOUdJjSisOUzHFbB3QkqjQAy84ibYbUaZMhdVo9pMqI1zocTIeD6XCw1YeDbcqVrGA0"
    "WE0GwOXT99uyAW6qm/N0gEj4kVt19TVEgHFguHxnVAuBL9sSKWT2x1TjVePePC/TiEqxvb"
    "IySk8SEY334JL4ZoDRBdzurAwACIDHKAifQ8mklnkxle3fJ+gb0/YAkJt2s0Ujs9ccpo6K"
    "pymOnsrjrd3DWbcY1lgTYHfjOtNH8neFg/vHDbKrO6V+/s/H3AG1EHqUHFJvvt79ERdfjE"
    "cqDS0dUTImzLqtT5XFapRulQiJfRDqOq/tpvuVh5zGuTYh3l/q/LMgp7Ltr3gQmFRC2IU9"
    "eaMtec2OvMrqYrVsl4M3J6tyKl622CqYjbdyg9P9pLyyBpfNy5vreUql541fu4S/lLFINX"
    "Upk6l5OWmpwsY7F8h33blgBxH248mcMGlO3XmZueQ78RF26AvxKTBFOC1m6roGjRhCnG1z"
    "7XwnTsDmLRo3JdrtX9/vDR3BUopZIpecuAG/fY4ZNZ6NJ8QAVowZ8G9ZHbMQ+FIOf9YLhj"
    "4A7AxBy+EpaIEONJ2yUkPnGb/gccqSgq8h2DD0Qxr5NVDMO+oTD9uY85/QLvnbc/2AHozn"
    "xsgn/Pd971XnodUEj9YOCU3wUBt11gSPc03w0AQPTfDQBA9N8NAEjw4NrRKCBzsNyYyquL"
    "zSqCCnGijl+QEkWwrRisorbWaOeb/BzGtBsabECOVYBqmEyovEH1zLgxueQkQZ8Cr1IIy4"
    "A0HG7mWyKrfAINEXfeHOkrd0/fUgid7oLQ1SJa9yo9xdD9Biw7RqkJXTy3RWz42krlEkjv"
    "bBmj+6Fin1QSff9eqc0NSaj4Kk2FI39FeHINt0rHPuTYb42JibOLLxK4T6QSxhD33Htmmg"
    "0AlMG/1F/vZMtnn8q4coG+gBYgf8v0LK9+t/7Rc82ut5hHYKq+UU5n1uNMNUKtVFXmo129"
    "R1mHnn4c+LX4/fnaFkaEnnyjltkivntDpXzuniyhA5AVt6jDvnw9LuYlZFNC3KtnlGrENt"
    "fkl8G1shxOZ7K8iOpFJbN3KqROudtJ+adtJz5mHrZ2zkZC8kR+PJSyl940ccQ4JuxG6v4S"
    "S+6hvLCfVc9mKyfKkFMZWpUvzUynbTD/3bzdm4jitVGRklz5KKqsp0oU737sakqfw4z9Gl"
    "Pl08fLq4+rxT3s1XYHR24LzPVtfRXt7c1vmhnjM20wbdfbu52RY37YL45mS2U+IWiL7p1T"
    "kFcFpmmUeg+kCpT9xqnbgraVjVx+1qHpZSkFBzE68/jzUMKgkLR8V/QOuuBWZjTwyIU3LE"
    "gWtnKvwXqcibLvJRzdo1xl3ZJT5b9XL/+/8HvxfXpw=="
)
