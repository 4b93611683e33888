"""Migration 0_20261128214135_init: the same change for SQLite and PostgreSQL.

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
    'sqlite': """
CREATE TABLE IF NOT EXISTS "desa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode" VARCHAR(13) NOT NULL UNIQUE /* Kode Kemendagri */,
    "nama" VARCHAR(60) NOT NULL /* Nama Desa */,
    "alias" VARCHAR(120) /* Ejaan lain */
);
CREATE TABLE IF NOT EXISTS "instansi" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nama" VARCHAR(150) NOT NULL UNIQUE /* Nama Instansi */,
    "jenis" VARCHAR(30) NOT NULL /* Jenis */,
    "keterangan" VARCHAR(255) /* Keterangan */
);
CREATE TABLE IF NOT EXISTS "klasifikasi_arsip" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode" VARCHAR(20) NOT NULL UNIQUE /* Kode */,
    "nama" VARCHAR(200) NOT NULL /* Nama Klasifikasi */,
    "retensi_aktif" SMALLINT /* Retensi Aktif (tahun) */,
    "retensi_inaktif" SMALLINT /* Retensi Inaktif (tahun) */,
    "nasib_akhir" VARCHAR(20) /* Nasib Akhir */
);
CREATE TABLE IF NOT EXISTS "surat_keluar" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "nomor_urut" INT NOT NULL /* No. Urut */,
    "nomor_surat" VARCHAR(100) NOT NULL /* Nomor Surat */,
    "tanggal_surat" DATE NOT NULL /* Tanggal Surat */,
    "tujuan" VARCHAR(200) NOT NULL /* Tujuan */,
    "perihal" VARCHAR(255) NOT NULL /* Perihal */,
    "jenis_naskah" VARCHAR(30) NOT NULL /* Jenis Naskah */,
    "sifat" VARCHAR(20) NOT NULL /* Sifat */,
    "urgensi" VARCHAR(20) NOT NULL /* Urgensi */,
    "lampiran" VARCHAR(100) /* Lampiran */,
    "penandatangan" VARCHAR(100) NOT NULL /* Penandatangan */,
    "status" VARCHAR(20) NOT NULL /* Status */,
    "klasifikasi_id" INT REFERENCES "klasifikasi_arsip" ("id") ON DELETE RESTRICT /* Klasifikasi */,
    CONSTRAINT "uid_surat_kelua_tahun_f79390" UNIQUE ("tahun", "nomor_urut")
);
CREATE TABLE IF NOT EXISTS "surat_masuk" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "no_agenda" INT NOT NULL /* No. Agenda */,
    "tanggal_diterima" DATE NOT NULL /* Tanggal Diterima */,
    "nomor_surat" VARCHAR(100) NOT NULL /* Nomor Surat */,
    "tanggal_surat" DATE NOT NULL /* Tanggal Surat */,
    "asal_surat" VARCHAR(200) NOT NULL /* Asal Surat */,
    "perihal" VARCHAR(255) NOT NULL /* Perihal */,
    "ringkasan" TEXT /* Ringkasan Isi */,
    "jumlah_lampiran" SMALLINT NOT NULL /* Jumlah Lampiran */,
    "ditujukan_kepada" VARCHAR(100) /* Ditujukan Kepada */,
    "sifat" VARCHAR(20) NOT NULL /* Sifat */,
    "urgensi" VARCHAR(20) NOT NULL /* Urgensi */,
    "status" VARCHAR(20) NOT NULL /* Status */,
    "klasifikasi_id" INT REFERENCES "klasifikasi_arsip" ("id") ON DELETE RESTRICT /* Klasifikasi */,
    CONSTRAINT "uid_surat_masuk_tahun_e8da3a" UNIQUE ("tahun", "no_agenda")
);
CREATE TABLE IF NOT EXISTS "disposisi" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "dari_jabatan" VARCHAR(100) NOT NULL /* Dari */,
    "kepada_jabatan" VARCHAR(100) NOT NULL /* Kepada */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "isi" TEXT /* Isi Disposisi */,
    "instruksi" VARCHAR(30) NOT NULL /* Instruksi */,
    "batas_waktu" DATE /* Batas Waktu */,
    "status" VARCHAR(20) NOT NULL /* Status */,
    "induk_id" INT REFERENCES "disposisi" ("id") ON DELETE SET NULL /* Lanjutan dari Disposisi */,
    "surat_masuk_id" INT NOT NULL REFERENCES "surat_masuk" ("id") ON DELETE CASCADE /* Surat Masuk */
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "desa" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode" VARCHAR(13) NOT NULL UNIQUE,
    "nama" VARCHAR(60) NOT NULL,
    "alias" VARCHAR(120)
);
COMMENT ON COLUMN "desa"."version" IS 'Versi';
COMMENT ON COLUMN "desa"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "desa"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "desa"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "desa"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "desa"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "desa"."kode" IS 'Kode Kemendagri';
COMMENT ON COLUMN "desa"."nama" IS 'Nama Desa';
COMMENT ON COLUMN "desa"."alias" IS 'Ejaan lain';
CREATE TABLE IF NOT EXISTS "instansi" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nama" VARCHAR(150) NOT NULL UNIQUE,
    "jenis" VARCHAR(30) NOT NULL,
    "keterangan" VARCHAR(255)
);
COMMENT ON COLUMN "instansi"."version" IS 'Versi';
COMMENT ON COLUMN "instansi"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "instansi"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "instansi"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "instansi"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "instansi"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "instansi"."nama" IS 'Nama Instansi';
COMMENT ON COLUMN "instansi"."jenis" IS 'Jenis';
COMMENT ON COLUMN "instansi"."keterangan" IS 'Keterangan';
CREATE TABLE IF NOT EXISTS "klasifikasi_arsip" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode" VARCHAR(20) NOT NULL UNIQUE,
    "nama" VARCHAR(200) NOT NULL,
    "retensi_aktif" SMALLINT,
    "retensi_inaktif" SMALLINT,
    "nasib_akhir" VARCHAR(20)
);
COMMENT ON COLUMN "klasifikasi_arsip"."version" IS 'Versi';
COMMENT ON COLUMN "klasifikasi_arsip"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "klasifikasi_arsip"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "klasifikasi_arsip"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "klasifikasi_arsip"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "klasifikasi_arsip"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "klasifikasi_arsip"."kode" IS 'Kode';
COMMENT ON COLUMN "klasifikasi_arsip"."nama" IS 'Nama Klasifikasi';
COMMENT ON COLUMN "klasifikasi_arsip"."retensi_aktif" IS 'Retensi Aktif (tahun)';
COMMENT ON COLUMN "klasifikasi_arsip"."retensi_inaktif" IS 'Retensi Inaktif (tahun)';
COMMENT ON COLUMN "klasifikasi_arsip"."nasib_akhir" IS 'Nasib Akhir';
CREATE TABLE IF NOT EXISTS "surat_keluar" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "nomor_urut" INT NOT NULL,
    "nomor_surat" VARCHAR(100) NOT NULL,
    "tanggal_surat" DATE NOT NULL,
    "tujuan" VARCHAR(200) NOT NULL,
    "perihal" VARCHAR(255) NOT NULL,
    "jenis_naskah" VARCHAR(30) NOT NULL,
    "sifat" VARCHAR(20) NOT NULL,
    "urgensi" VARCHAR(20) NOT NULL,
    "lampiran" VARCHAR(100),
    "penandatangan" VARCHAR(100) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "klasifikasi_id" INT REFERENCES "klasifikasi_arsip" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_surat_kelua_tahun_f79390" UNIQUE ("tahun", "nomor_urut")
);
COMMENT ON COLUMN "surat_keluar"."version" IS 'Versi';
COMMENT ON COLUMN "surat_keluar"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "surat_keluar"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "surat_keluar"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "surat_keluar"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "surat_keluar"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "surat_keluar"."tahun" IS 'Tahun';
COMMENT ON COLUMN "surat_keluar"."nomor_urut" IS 'No. Urut';
COMMENT ON COLUMN "surat_keluar"."nomor_surat" IS 'Nomor Surat';
COMMENT ON COLUMN "surat_keluar"."tanggal_surat" IS 'Tanggal Surat';
COMMENT ON COLUMN "surat_keluar"."tujuan" IS 'Tujuan';
COMMENT ON COLUMN "surat_keluar"."perihal" IS 'Perihal';
COMMENT ON COLUMN "surat_keluar"."jenis_naskah" IS 'Jenis Naskah';
COMMENT ON COLUMN "surat_keluar"."sifat" IS 'Sifat';
COMMENT ON COLUMN "surat_keluar"."urgensi" IS 'Urgensi';
COMMENT ON COLUMN "surat_keluar"."lampiran" IS 'Lampiran';
COMMENT ON COLUMN "surat_keluar"."penandatangan" IS 'Penandatangan';
COMMENT ON COLUMN "surat_keluar"."status" IS 'Status';
COMMENT ON COLUMN "surat_keluar"."klasifikasi_id" IS 'Klasifikasi';
CREATE TABLE IF NOT EXISTS "surat_masuk" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "no_agenda" INT NOT NULL,
    "tanggal_diterima" DATE NOT NULL,
    "nomor_surat" VARCHAR(100) NOT NULL,
    "tanggal_surat" DATE NOT NULL,
    "asal_surat" VARCHAR(200) NOT NULL,
    "perihal" VARCHAR(255) NOT NULL,
    "ringkasan" TEXT,
    "jumlah_lampiran" SMALLINT NOT NULL,
    "ditujukan_kepada" VARCHAR(100),
    "sifat" VARCHAR(20) NOT NULL,
    "urgensi" VARCHAR(20) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "klasifikasi_id" INT REFERENCES "klasifikasi_arsip" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_surat_masuk_tahun_e8da3a" UNIQUE ("tahun", "no_agenda")
);
COMMENT ON COLUMN "surat_masuk"."version" IS 'Versi';
COMMENT ON COLUMN "surat_masuk"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "surat_masuk"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "surat_masuk"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "surat_masuk"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "surat_masuk"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "surat_masuk"."tahun" IS 'Tahun';
COMMENT ON COLUMN "surat_masuk"."no_agenda" IS 'No. Agenda';
COMMENT ON COLUMN "surat_masuk"."tanggal_diterima" IS 'Tanggal Diterima';
COMMENT ON COLUMN "surat_masuk"."nomor_surat" IS 'Nomor Surat';
COMMENT ON COLUMN "surat_masuk"."tanggal_surat" IS 'Tanggal Surat';
COMMENT ON COLUMN "surat_masuk"."asal_surat" IS 'Asal Surat';
COMMENT ON COLUMN "surat_masuk"."perihal" IS 'Perihal';
COMMENT ON COLUMN "surat_masuk"."ringkasan" IS 'Ringkasan Isi';
COMMENT ON COLUMN "surat_masuk"."jumlah_lampiran" IS 'Jumlah Lampiran';
COMMENT ON COLUMN "surat_masuk"."ditujukan_kepada" IS 'Ditujukan Kepada';
COMMENT ON COLUMN "surat_masuk"."sifat" IS 'Sifat';
COMMENT ON COLUMN "surat_masuk"."urgensi" IS 'Urgensi';
COMMENT ON COLUMN "surat_masuk"."status" IS 'Status';
COMMENT ON COLUMN "surat_masuk"."klasifikasi_id" IS 'Klasifikasi';
CREATE TABLE IF NOT EXISTS "disposisi" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "dari_jabatan" VARCHAR(100) NOT NULL,
    "kepada_jabatan" VARCHAR(100) NOT NULL,
    "tanggal" DATE NOT NULL,
    "isi" TEXT,
    "instruksi" VARCHAR(30) NOT NULL,
    "batas_waktu" DATE,
    "status" VARCHAR(20) NOT NULL,
    "induk_id" INT REFERENCES "disposisi" ("id") ON DELETE SET NULL,
    "surat_masuk_id" INT NOT NULL REFERENCES "surat_masuk" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "disposisi"."version" IS 'Versi';
COMMENT ON COLUMN "disposisi"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "disposisi"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "disposisi"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "disposisi"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "disposisi"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "disposisi"."dari_jabatan" IS 'Dari';
COMMENT ON COLUMN "disposisi"."kepada_jabatan" IS 'Kepada';
COMMENT ON COLUMN "disposisi"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "disposisi"."isi" IS 'Isi Disposisi';
COMMENT ON COLUMN "disposisi"."instruksi" IS 'Instruksi';
COMMENT ON COLUMN "disposisi"."batas_waktu" IS 'Batas Waktu';
COMMENT ON COLUMN "disposisi"."status" IS 'Status';
COMMENT ON COLUMN "disposisi"."induk_id" IS 'Lanjutan dari Disposisi';
COMMENT ON COLUMN "disposisi"."surat_masuk_id" IS 'Surat Masuk';
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
""",
}

DOWNGRADE = {
    'sqlite': None,
    'postgres': None,
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
    "eJztXVtz2joQ/iseP6UznE4hTdrpGwn0lEIgE+hl2ul4BFZAsS1zfDlppif//Ug2vl9icT"
    "Fyopc2SFp7/Um71n67iD+yYapQt1/3oA3kD9IfGQMDkj8S7S1JBut11EobHDDXvYFqMGJu"
    "OxZYOKTtFug2bHldCwutHWRi0opdXaeN5oIMRHgZNbkY/eNCxTGX0FlBi3T8/EWaEVbhb2"
    "gHH9eacougribURCq9t9euOA9rr22AnY/eQHq3ubIwddfA0eD1g7MycTgaYYe2LiGGFnAg"
    "vbxjuVR9qt3mKYMn8jWNhvgqxmRUeAtc3Yk97lyJ2mRFGU9myrQ/UxSZAaCFiSm4RFXbe/"
    "olVeGvTvvtu7fvT8/fvidDPDXDlneP/q0jYHxBD57xTH70+oED/BEexhGo/0LLpipVRzYm"
    "8TS8AZhl+AYNEcDRogrQbLPBK3+lSso1IhwhurAgfXgFOFlQe6THQQbMRzYpmQJX3Yi+Dv"
    "44FNTsi1nuobnrK10BbvKQ6gTrDxtDKsF2NrjqT2fdq2t6ZcO2/9G9m3VnfdrT8VofUq0n"
    "569ou0nck++zwotI3wazTxL9KP2YjPsexKbtLC3vjtG42Q+Z6gRcx1Swea8ANWbzQWuAXO"
    "7Mzx+yM3+5Alb5rPtSqVknyFWY541y9UyzZOpwVXGuDfBb0SFeOivy8exNyVx/7d5cfure"
    "nJy9Sc3feNPT8bqSpuau1S1NLSnZKFNz56Aq/M00tQCnmK1ttM/OPJupJaX4NjU6zRyZGt"
    "kLwu1MLSm5B1OrbQpWYO3a1eBvrmllX2Ma2fizWFUwfit7qmW3LQ+JitIQGhCrYGlV3Rgm"
    "TKp9WsGk2qeFJkW7kiZF/gcsOAfj94PzgaxmTJSUgkiSFePzKm7rvNhtnWfcFtARsFlADg"
    "V4fjv07wDAkk5Q3Gold6rATEYVr+WOBzSN1G+1WFhJG+Zgod0DS1UyPWbHLBqb7TI6RroF"
    "YLD0MKQPSZ9gw1sMyLMCTMK9HE4j7GuV8RooPkpwGzsuT8FtCG5DcBsNCrgEtyG4DT5MTX"
    "Abgtuo39QEt/FiuI3jxtwH4Ta8iDse5zDHg5Usql1iUu2sTd1BjAoC7z52DQ9tX+kFzKAe"
    "CtdHdciT657MiPznQE1WxE+rAH5ajPdpBm6NuCEL4CXIiXZKmLuEFM/vjGFCU1a8O2dnFQ"
    "AnowoR9/q4YTyGOrDRLdLIv10SC67lHOYjM6ZVxoBo0WgFhMMFFbLjuhVUiKBCBBXSoPhM"
    "UCGCCuHD1AQVIqiQ+k1NUCEvhgp5pmUeW8WHVeyoJB/eydjR863tiMWV20FdDesysDNoW8"
    "TzYBq5ag66zcI+NYCuFwY6GeGtwp2avNWNr6zUpcpKJw5YufgVUwB02nl3HsY+9ENZ2DO9"
    "6o5G2dgngAzhnRCPiTcB84Gv7tFQx8Tk5mSZrpC1LbGaugTPW6MxVZWs842qx3HpnPB9PW"
    "STtz/KL3GKOlul391KDBPM3o7rUzB7gtkTzF6D6AbB7Almjw9TE8yeYPbqNzXB7L0YZk8F"
    "FlLuwJxsGZnKQdJyXJNRPbDl97gqEVDtEgKqnSWgNLgGKtgG86wk16gPPXW5wZ1AtlwCPd"
    "+j5QMeEylzZRxhPos03smPUd+Uwm9DBySxG5l4OYO/i+JyX4Tnd+/ARlKCFdnN/fe/zxKe"
    "P1iRJ1fd768S3n80Gf8dDI+t4MvR5CINPL27q+XBX43JS1ygxjLJa8u0oS2N4BytpBHAd6"
    "4js05PXPXjl05Sx2sr90BzXBY/khLb0ZfUZBkXVGnpW6D0vt0JWauOu3XVbyRd43q+gOT2"
    "xFvMwQKwLuRpqPDxE47kIV1NYWNYYyI85198LwOwRPenrI593+Sg7RJAFAPYrGhnBesjX7"
    "cAfUrVla6ouvUBnUm35OKeBf2jaUG0xEP4kPEwKZA3ORPv6cKHayrkj8EaC1ojm7TAfZiA"
    "yVl6BBE/qve8c3d62e315aw/2QPSCXN9Bv6kKuZx55pAm2gljb+MRvJjcS4xmgZ9o2t2Ji"
    "42kh+HN1AHTn5C54VNwuMhk7CeeQ7JdgFYck4aNt7dKkvE+taoRSP3mov9KXvVCfTC2DRM"
    "S3EtskP/JVK0IkUrUrQZyUbljUSK9oNI0YoUrUjRihStSNGKFG2DTCv7Ggs36Sx106EQ18"
    "zRLNCy3uLoKNipvs1OCnGN6th8LX3ZKFr/ftsHyotcWd4FKTGuM9tjqqs0DXTlKb1dBPyT"
    "Se5C6DlPdbNMA1uGynHvXLYCjUiC6+U7C9Xk4htZa2iRV3tOYUYx0DERrpG+jvQ82jk0mZ"
    "OWFAxszY9Ztkm9pq9RYwLWz3r0EPaPXWaZCe/8JWkcan38WgIb3Ra9ISvkvwPhOtPfCNjs"
    "ee9A0eOnvV1rCfH2VTQxcd5B/xKpenzYdWCskcX2Io3L8EwLjGJ6crELXEMMME0usB7vlh"
    "Hk/L2a0pYL8BtY0jQkIME1s1PnqJgpfhodU0YyK8hzYRP7UQqHrbHRkvrsWPmRdwBhQ3Gv"
    "WvSRXX6J0o+b/nR2M7iclZV+HLyCwa8vKipgCKuPnqpfCCuxDli+oJDHIG8EUb0gqhdE9Y"
    "KoXuA87yOqF0T1Ah+mJqoXPojqBVG9IKoXRPVCY6oXglin+i47IcM1prR2oRuqWv9+O8iG"
    "q8iBFso7mPPpTHpctmHJ9F5M9X3n00VhyFMvWlEY0ojCEGAXw1nya8F2CZZ8LeOuzQafKB"
    "J5TkUi9P4aWa05u7by4z4SgjzHQzeBotKA10M/7lxDByulOHlevoHOEa9v2/eGcTo+e8pK"
    "jMn0/e2oyX7NvXM1gBUtPLKoqpPJk+V56fcCfSXOjmcS5VCiHOollEM1sEgkOPcm/r17US"
    "0iqkXkJI0iqkW4rhaJ73dilpyci0OdFFJXLLW3c3EOejxIl0R8i5WcU1iz6WmVFdWAaIz4"
    "aYYdFwz/lTPFoUdx6QxX/EZ1iA9PbVCjYkB4M/wZonuQEI7c0YE4J4j7PJ2MC8pVIpE0u4"
    "wWjvSfpCObo/RUZbRLwKVglNNFaWaolczK0gtcHPsHhx7/B8Anf5M="
)
