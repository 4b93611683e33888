"""Migration 22_20261203151029_keuangan_pajak_sp2d_dppa_spj: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "pencairan_dana" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "jenis" VARCHAR(2) NOT NULL /* Jenis */,
    "uraian" VARCHAR(255) NOT NULL /* Uraian */,
    "nomor_spp" VARCHAR(60) NOT NULL /* Nomor SPP */,
    "tanggal_spp" DATE NOT NULL /* Tanggal SPP */,
    "nilai_spp" VARCHAR(40) NOT NULL /* Nilai SPP (Rp) */,
    "nomor_spm" VARCHAR(60) /* Nomor SPM */,
    "tanggal_spm" DATE /* Tanggal SPM */,
    "nilai_spm" VARCHAR(40) /* Nilai SPM (Rp) */,
    "nomor_sp2d" VARCHAR(60) /* Nomor SP2D */,
    "tanggal_sp2d" DATE /* Tanggal SP2D */,
    "nilai_sp2d" VARCHAR(40) /* Nilai SP2D (Rp) */,
    "status" VARCHAR(30) NOT NULL /* Status */,
    "batas_spj_tu" DATE /* Batas SPJ TU */,
    "tanggal_spj_tu" DATE /* Tanggal SPJ TU */
) /* SPP, SPM dan SP2D */;
CREATE TABLE IF NOT EXISTS "spj_fungsional" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun Anggaran */,
    "bulan" SMALLINT NOT NULL /* Bulan */,
    "batas_waktu" DATE /* Batas Waktu */,
    "nomor" VARCHAR(60) /* Nomor SPJ */,
    "tanggal_disampaikan" DATE /* Tanggal Disampaikan */,
    "keterangan" VARCHAR(255) /* Keterangan */
) /* SPJ Fungsional */;
CREATE TABLE IF NOT EXISTS "anggaran_kas" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "bulan" SMALLINT NOT NULL /* Bulan */,
    "nilai" VARCHAR(40) NOT NULL /* Nilai (Rp) */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "anggaran_id" INT NOT NULL REFERENCES "anggaran" ("id") ON DELETE RESTRICT /* Rekening Anggaran */
) /* Anggaran Kas */;
CREATE TABLE IF NOT EXISTS "potongan_pajak" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "jenis" VARCHAR(30) NOT NULL /* Jenis Pajak */,
    "nilai" VARCHAR(40) NOT NULL /* Nilai (Rp) */,
    "tanggal" DATE /* Tanggal */,
    "no_bukti" VARCHAR(60) /* Nomor Bukti */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "entri_id" INT NOT NULL REFERENCES "buku_kas_umum" ("id") ON DELETE RESTRICT /* Entri BKU (Pembayaran) */
) /* Potongan Pajak */;
CREATE TABLE IF NOT EXISTS "setoran_pajak" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal Setor */,
    "kode_billing" VARCHAR(15) NOT NULL /* Kode Billing */,
    "ntpn" VARCHAR(16) NOT NULL /* NTPN */,
    "nilai" VARCHAR(40) NOT NULL /* Nilai Setor (Rp) */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "potongan_id" INT NOT NULL REFERENCES "potongan_pajak" ("id") ON DELETE RESTRICT /* Pungutan yang Disetor */
) /* Setoran Pajak */;
ALTER TABLE "anggaran" ADD "pagu_berlaku" VARCHAR(40) /* Pagu Berlaku (Rp) */;
ALTER TABLE "anggaran" ADD "anggaran_kas_total" VARCHAR(40) NOT NULL DEFAULT '0' /* Jumlah Anggaran Kas (Rp) */;
ALTER TABLE "anggaran" ADD "pagu_perubahan" VARCHAR(40) /* Pagu Setelah Perubahan\/DPPA (Rp) */;
ALTER TABLE "buku_kas_umum" ADD "pencairan_id" INT REFERENCES "pencairan_dana" ("id") ON DELETE RESTRICT /* SP2D */;
UPDATE "anggaran" SET "pagu_berlaku" = "pagu";
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "pencairan_dana" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "jenis" VARCHAR(2) NOT NULL,
    "uraian" VARCHAR(255) NOT NULL,
    "nomor_spp" VARCHAR(60) NOT NULL,
    "tanggal_spp" DATE NOT NULL,
    "nilai_spp" DECIMAL(18,2) NOT NULL,
    "nomor_spm" VARCHAR(60),
    "tanggal_spm" DATE,
    "nilai_spm" DECIMAL(18,2),
    "nomor_sp2d" VARCHAR(60),
    "tanggal_sp2d" DATE,
    "nilai_sp2d" DECIMAL(18,2),
    "status" VARCHAR(30) NOT NULL,
    "batas_spj_tu" DATE,
    "tanggal_spj_tu" DATE
);
COMMENT ON COLUMN "pencairan_dana"."version" IS 'Versi';
COMMENT ON COLUMN "pencairan_dana"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "pencairan_dana"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "pencairan_dana"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "pencairan_dana"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "pencairan_dana"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "pencairan_dana"."jenis" IS 'Jenis';
COMMENT ON COLUMN "pencairan_dana"."uraian" IS 'Uraian';
COMMENT ON COLUMN "pencairan_dana"."nomor_spp" IS 'Nomor SPP';
COMMENT ON COLUMN "pencairan_dana"."tanggal_spp" IS 'Tanggal SPP';
COMMENT ON COLUMN "pencairan_dana"."nilai_spp" IS 'Nilai SPP (Rp)';
COMMENT ON COLUMN "pencairan_dana"."nomor_spm" IS 'Nomor SPM';
COMMENT ON COLUMN "pencairan_dana"."tanggal_spm" IS 'Tanggal SPM';
COMMENT ON COLUMN "pencairan_dana"."nilai_spm" IS 'Nilai SPM (Rp)';
COMMENT ON COLUMN "pencairan_dana"."nomor_sp2d" IS 'Nomor SP2D';
COMMENT ON COLUMN "pencairan_dana"."tanggal_sp2d" IS 'Tanggal SP2D';
COMMENT ON COLUMN "pencairan_dana"."nilai_sp2d" IS 'Nilai SP2D (Rp)';
COMMENT ON COLUMN "pencairan_dana"."status" IS 'Status';
COMMENT ON COLUMN "pencairan_dana"."batas_spj_tu" IS 'Batas SPJ TU';
COMMENT ON COLUMN "pencairan_dana"."tanggal_spj_tu" IS 'Tanggal SPJ TU';
COMMENT ON TABLE "pencairan_dana" IS 'SPP, SPM dan SP2D';
CREATE TABLE IF NOT EXISTS "spj_fungsional" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "bulan" SMALLINT NOT NULL,
    "batas_waktu" DATE,
    "nomor" VARCHAR(60),
    "tanggal_disampaikan" DATE,
    "keterangan" VARCHAR(255)
);
COMMENT ON COLUMN "spj_fungsional"."version" IS 'Versi';
COMMENT ON COLUMN "spj_fungsional"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "spj_fungsional"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "spj_fungsional"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "spj_fungsional"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "spj_fungsional"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "spj_fungsional"."tahun" IS 'Tahun Anggaran';
COMMENT ON COLUMN "spj_fungsional"."bulan" IS 'Bulan';
COMMENT ON COLUMN "spj_fungsional"."batas_waktu" IS 'Batas Waktu';
COMMENT ON COLUMN "spj_fungsional"."nomor" IS 'Nomor SPJ';
COMMENT ON COLUMN "spj_fungsional"."tanggal_disampaikan" IS 'Tanggal Disampaikan';
COMMENT ON COLUMN "spj_fungsional"."keterangan" IS 'Keterangan';
COMMENT ON TABLE "spj_fungsional" IS 'SPJ Fungsional';
CREATE TABLE IF NOT EXISTS "anggaran_kas" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "bulan" SMALLINT NOT NULL,
    "nilai" DECIMAL(18,2) NOT NULL,
    "keterangan" VARCHAR(255),
    "anggaran_id" INT NOT NULL REFERENCES "anggaran" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "anggaran_kas"."version" IS 'Versi';
COMMENT ON COLUMN "anggaran_kas"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "anggaran_kas"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "anggaran_kas"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "anggaran_kas"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "anggaran_kas"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "anggaran_kas"."bulan" IS 'Bulan';
COMMENT ON COLUMN "anggaran_kas"."nilai" IS 'Nilai (Rp)';
COMMENT ON COLUMN "anggaran_kas"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "anggaran_kas"."anggaran_id" IS 'Rekening Anggaran';
COMMENT ON TABLE "anggaran_kas" IS 'Anggaran Kas';
CREATE TABLE IF NOT EXISTS "potongan_pajak" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "jenis" VARCHAR(30) NOT NULL,
    "nilai" DECIMAL(18,2) NOT NULL,
    "tanggal" DATE,
    "no_bukti" VARCHAR(60),
    "keterangan" VARCHAR(255),
    "entri_id" INT NOT NULL REFERENCES "buku_kas_umum" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "potongan_pajak"."version" IS 'Versi';
COMMENT ON COLUMN "potongan_pajak"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "potongan_pajak"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "potongan_pajak"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "potongan_pajak"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "potongan_pajak"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "potongan_pajak"."jenis" IS 'Jenis Pajak';
COMMENT ON COLUMN "potongan_pajak"."nilai" IS 'Nilai (Rp)';
COMMENT ON COLUMN "potongan_pajak"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "potongan_pajak"."no_bukti" IS 'Nomor Bukti';
COMMENT ON COLUMN "potongan_pajak"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "potongan_pajak"."entri_id" IS 'Entri BKU (Pembayaran)';
COMMENT ON TABLE "potongan_pajak" IS 'Potongan Pajak';
CREATE TABLE IF NOT EXISTS "setoran_pajak" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "kode_billing" VARCHAR(15) NOT NULL,
    "ntpn" VARCHAR(16) NOT NULL,
    "nilai" DECIMAL(18,2) NOT NULL,
    "keterangan" VARCHAR(255),
    "potongan_id" INT NOT NULL REFERENCES "potongan_pajak" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "setoran_pajak"."version" IS 'Versi';
COMMENT ON COLUMN "setoran_pajak"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "setoran_pajak"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "setoran_pajak"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "setoran_pajak"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "setoran_pajak"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "setoran_pajak"."tanggal" IS 'Tanggal Setor';
COMMENT ON COLUMN "setoran_pajak"."kode_billing" IS 'Kode Billing';
COMMENT ON COLUMN "setoran_pajak"."ntpn" IS 'NTPN';
COMMENT ON COLUMN "setoran_pajak"."nilai" IS 'Nilai Setor (Rp)';
COMMENT ON COLUMN "setoran_pajak"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "setoran_pajak"."potongan_id" IS 'Pungutan yang Disetor';
COMMENT ON TABLE "setoran_pajak" IS 'Setoran Pajak';
ALTER TABLE "anggaran" ADD "pagu_berlaku" DECIMAL(18,2);
ALTER TABLE "anggaran" ADD "anggaran_kas_total" DECIMAL(18,2) NOT NULL DEFAULT '0';
ALTER TABLE "anggaran" ADD "pagu_perubahan" DECIMAL(18,2);
ALTER TABLE "buku_kas_umum" ADD "pencairan_id" INT;
COMMENT ON COLUMN anggaran."pagu_berlaku" IS 'Pagu Berlaku (Rp)';
COMMENT ON COLUMN anggaran."anggaran_kas_total" IS 'Jumlah Anggaran Kas (Rp)';
COMMENT ON COLUMN anggaran."pagu_perubahan" IS 'Pagu Setelah Perubahan/DPPA (Rp)';
COMMENT ON COLUMN buku_kas_umum."pencairan_id" IS 'SP2D';
ALTER TABLE "buku_kas_umum" ADD CONSTRAINT "fk_buku_kas_pencaira_f674d596" FOREIGN KEY ("pencairan_id") REFERENCES "pencairan_dana" ("id") ON DELETE RESTRICT;
UPDATE "anggaran" SET "pagu_berlaku" = "pagu";
""",
}

DOWNGRADE = {
    'sqlite': None,  # SQLite cannot drop the column that holds a foreign key without rebuilding buku_kas_umum
    'postgres': """
ALTER TABLE "buku_kas_umum" DROP CONSTRAINT IF EXISTS "fk_buku_kas_pencaira_f674d596";
ALTER TABLE "anggaran" DROP COLUMN "pagu_berlaku";
ALTER TABLE "anggaran" DROP COLUMN "anggaran_kas_total";
ALTER TABLE "anggaran" DROP COLUMN "pagu_perubahan";
ALTER TABLE "buku_kas_umum" DROP COLUMN "pencairan_id";
DROP TABLE IF EXISTS "setoran_pajak";
DROP TABLE IF EXISTS "spj_fungsional";
DROP TABLE IF EXISTS "anggaran_kas";
DROP TABLE IF EXISTS "pencairan_dana";
DROP TABLE IF EXISTS "potongan_pajak";
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
    "eJzsvQtz27iyLvpXcH1rVeQ6it9xMs6tW2XHmRlHtqOKnbX2PkurtCERlmBSJDdBRuN79v"
    "rvFw3wKT5EynqACapmYltig80GiEd/X3f/n72ZYxCLHdxh36N/PeKRRfYu0P/Zs/EMfin6"
    "uov2sOsmX8IHfii4N4MLTTbkHxBLXDpivofHPv/yCVuM8I8MwsYedX3q2CDyCJeiF2xPEA"
    "sMPEUGNYmNLRS2habYRNhkRNzJcMa8QWpPQPQSiRsjf0rk1X8hbHkEGy/ItJ05O0DRFR6Z"
    "UOYTjxjIwvwnogzNKGO8ITTlH3cRc0QzNvnLH9jMx57/NnARI8RgiPoMGeQJB5aPPDqZ8j"
    "+fHA+RH8R7QZ7D23fsMW8D2wZvgH+K8ARTG3WgRWzMqP2GIWJAM7zll/0DeJLApv8dkKHv"
    "TAi/zOPP889/8Y+pbZC/+LOGf7rm8IkSy8j0CjWgAfH50H9xxWc3tv+7uBCMNBqOHSuY2c"
    "nF7os/dez4amr78OmE2MTj9oDmfS+A3rEDywp7M+owqWlyiVQxJRPahn8A0lKB5LO94fD+"
    "6+Pw4fPjcLiX6/9IItWv4Udjx4axw1Vl4uknoMLbk+Oz92cfTs/PPvBLhJrxJ+//LW+dGE"
    "YKCvPcP+79W3yPfSyvEDZOjBoP2axdP02xV2zYWGDBtlzpRdtGlty2ceXLtfjelNh3hv8a"
    "WsSe+FP+5/lZhTH/fvnt05+X3zrnZ/vQtsNfcPn634ffnIivwN6JfcPXesjIMzbzdr7mpv"
    "LpjBTbOie8YHMjlD6IflmlB6IPki5IpqxX9MF1OJ/FutfoC5jEvtrWSzgMKvri8ebu88Pj"
    "5V0fWp4x9t+WuOfl42f45kR8+rLwaed8od/iRtA/bh7/RPAn+t9f7z8LSzvMn3jijsl1j/"
    "97D3TCge8M+Uw7xEZqxEafRgb8N0xkT2bqrYMPRnhszrFnDHPfOCdO2bX5r2Yns8VPsI0n"
    "ovvAuKBmuIp9c4pXN/F55bLm8nFk11vO+nApcvl7NAlsXLBkyfXiSaw2ztMThYWDHEwO0J"
    "sHHz+hB2IyivrEwnxJ5C19nwWzNwfohq8dJh+YYo1hZAy3Qwy/oPmUjqcDO1yWoNE+8TH6"
    "xhvg7UzoDwLrFxq9RCuYXnwUXHz4T9xk7YmuV3jpuecqon704jRdfz4c1Vh/PhyVrj/wVX"
    "b9eSY2ZcU2/mwHM2HnG9j58a1czt6x8HoMvqGV5kukZVNrn9ax9mm5tU9z1mYwja1q7Vh4"
    "JWuHg3fTxpYTNX+hA/QQjEZ4sorhz+oY/qzc8GfC8A3W16SH+JomTkBcvXw/XYXCv/dgIR"
    "GPnO+O1PLZjxtT6HVoMPn8OxqC0afJxiuxWMCI90pbfedN/GQW2vSOLTW0SvZu2cFXvoub"
    "YnMYOxKW7+TuFv0PF0jsA9FfSBz9+E8czlOZLd5XmyCfjk1ioDGxrGivJx0U3GhTyuQmcM"
    "a3b4YjP8ByR8f/E38Knct2av/c88Ida+JmAUX+pbdwv7D/YENThEIeBFy6pSg2MH7NLmJb"
    "9r0smELqmPe4zs7huHzncJzbssGkMmw0NaQkls8P7Vjm1jFL5LZjWRvnDfy74xE6sXvkJb"
    "cvLt9ytdO+ZdsI/rGH5/FalR5a/PH5QxNfvu2XD58urz/v/Xs3LiSxfyvYhkT7uioXUuIR"
    "quNFklcjF9v56XfvEnYijG8W5lMHWc6EIWofoEsbfYUdiu946JowjPhPjHrExRaWH/Cdxc"
    "gJbAP5Dt9qEGTAhx0YTT0+JA7Ed3yrMYTPNUqh4i4DziDi9wbrYFpGfYdRseO0zpL4rs6S"
    "+K58SXyXWxLBzSbaN7Hb1D2XltveDmRvbxWr3yaqNt6HnNTaiJxU7EROcnbHpk+fCk7aDp"
    "+psF222wtlFow94kKbsnY07Bvt90I1a6+VRXa9+vr1NgP4XN08Ltj3+93VZ254YXZ+EZXr"
    "ZzTDpPxAmLG5wxfGKWbTJoM8J6j0PvtPriTq8WkVPWDbWGnLffLuXY2hzq8qHeriu6z5Zw"
    "Hzh+MptidkGFm04cgva0LtF+Ef+JmO0B/Y9mnjftnOm2Fhble+u6J2vkOq4eqs5Bqw6i35"
    "tG9BZfTINTGn1Ht1X6iETUf2yYHT6R5/wtQixhD7Ppm5foGvt3T/WiC5vSPxUcNu/gNPsI"
    "Vuo/G5rV1t6s1ywD06DPi7X+AyW/JuLci25+3i75UZ2GPKZ7qZi18/1bXu9Rp7BDqBvyVN"
    "Oz0r2SryzyiQSv9yrJ8M+Ysw3My3mJJYaSLd0jsNbpXdzKHaXavdtRu372vdtd/4xPHt5t"
    "PjXm42WINZo3evbTNBXaOmpsASo+7GCX4ZGNT/bPvey16BKzz1bbfKIY7hOjgk1fKIlztg"
    "l3uo/5lArSPsUQY2/Vcjt/UVnfwqnuvfTk5OT9+fHJ2ef3h39v79uw9H8Zya/6pqcr26+Q"
    "Pm18yOY7l/e45NP2i6O4yFtrMxXIez+x+Ryr/0tjANitV2O6ZkNuVxXEcPq4VklHMnltMx"
    "f2oeRS34ogK9yIMXWyYCbct5oQ4PKF7EczYuXaTTIiofJ69Az92cJxnhHRzM8kb98vD1vt"
    "iqKZHFlZeOffQ/yKJMIeM+JOq+yu8GBskssNFg7dxd/sfiOP50+/VqceWEBq5y5hfRr83M"
    "H4u0w/yxuuqZ3ySWM3OdgsDE8nk7LbOhqXsdG5FeqCbqUP7DOwSEglj7q8zlpyd14kROyu"
    "NEThbncpOfaT1sT3ABxlZl+bSUystmL6Np831gvY1g1U6waYTIJj0HD77jEeN3WhyHmfq2"
    "W+U5GBHPxHw1lxu+5WQ6IOQ/8VbfMDR68QnrIrixATGR/pRQDz38efn25N35heDpM/4dYm"
    "Nso8C1HGzwC/05HRMgzwFnznPmB4t9uaFbvIJ8x6aY367JO5VIKMwRC82I6Gqb/XXtRSv4"
    "eWbgFc1lVR6kREZpt/x3oSbqjKiP664eW/QppTx4RUfdK2pj76XEhVd4vhUvskL2v2EUya"
    "nv1Vuoq3BXFG+h+Ai/urm//Paf8R4q9hPdfr3/46pgF3X1n4+fL3M5HhjfYxSN/2XpHRK5"
    "VoG7idq/nB9PkS3Fn/zEfEtHQSEtP/myckPB10Q6tOLrlm4ooFkUt7vAzLdFCCi20NSxqI"
    "FfugijceCLd5cB2Vaw8sXdkIH5MJ520Zz6U7EzMMiYQiAjpGwYOzPC0JPnzDQTX0Em/g/e"
    "nWHIaU3LpiS2t9AfN5zT/g5K7sYDpelBv9L6UdTzo5cmJ5aslMpeANnNyLFITffXpuGgwD"
    "VWfNWykq161YJRXe9jS1+1AhJmPolF2H/NXrWslNqvGnSzQq+a5O2s8qplJdvDc76mU+wG"
    "rz+lKv5q5ZcxH9uTCS5htJdhv7FIVQevZx5dT0bJWOFXdS50WEG0ZZNJab1J0DYOAKDyY2"
    "OtQMtaU9Nxxdx0nJ+c2pYUbU+YD91jJs7Yew07Y+UEaetniRiYYa/JaI8FlF59QUkI4iY+"
    "ru8Y20yUpSIOqhv7yfFmfMAC7doXnv4CT1XBVd0qlxWNrh+6GYGlvqv4RsjgU1LmbhlH1j"
    "2Zo/AmMjMVeK08MglkijP+65jQH8QQDirEm3ICn1GDIBd7/gvq3L7fP0D/gNza4MuaY4Yg"
    "NJVf79gDm8pMpeMptYwwQzcfMy8iLIo3ZRKRruIjeg5mFmQEhzQVkPgUhJ6ox3wEiyLCHn"
    "jMvEQNqrObaleZdpVpV1k7z+/aVaZdZWq8atpVpl1l23/VtKvsl3GVtc7xEJ+btuZzOK5z"
    "Dj4uPwYf53IN2c7MaeRziAVUnsbuIyWbp1Ctl0O1KolqQfSP2j7gNQUDbcwJ/BwYQaPoqV"
    "hAaTfwl0hLJZKOwf1NzIqIereOPXkkf5WlkEgLqjwpfEsr+rql9fN/PGZW1Vy4SYYqGV2+"
    "GIOyOMrBsTUsToTwMMOWVeoaWRBVN8vUNWXCoWdKj15HJJVt5C45PXl/HntK4I8qJ8nD3e"
    "Xtbd5TEk6uQzfxL64wNy+Kv3Ke3lrMplA+41vtE88PcbN1T90smI2I1ywwMyOjNP39QWi6"
    "PXdfRVoaFquStXLjDCryCrmnbaGZ6yZSyQyyxqlUMukKyueQJmVgUi9k5lyhSB/EOh2W4k"
    "PNOmSjRWIKjVkAsZUZvTJneyQxpBmROgncF+GsHMT2OMU+IGdx0wCyxXBeFjNLZ2yXhWbn"
    "U2IDzPaGof8ykqV2aJL/0qnbNQqmUTCNgrXTNa9RMI2CqfGqaRTsQqNgGgXTKNivShjflB"
    "dqE96nXyeTDOqMsYdR6nS6UjKfjSAL20/0vbXtwM4yfSdc32bn8gUxpa27sstpw67WjNvn"
    "1d7WIo532zugrhN2cTgWl3XcXZpw9eaRupZVNU+4qMtt+xjbfDuD9wpdspkrutXO2OjaoR"
    "FdXMMNGwmh6A4L6To8wnub+YgPTggqwGE8A7rCE/DdhsW7H4hvYNTDo8DlI8hGt8EMP/PF"
    "GHVuz/e70onrQ5VFK27QeRrYINonM+KBDtNEXtTqhEJBL2jE78mQyGCNRkTm/Dg+QnPHM7"
    "mOXKUXhvATb1voETXe4X8MbOfpiY4h55gztxEj3g/IIWaRH8TifeGkozWe6F9E5Bbr8uuI"
    "rEfuGIFIWBYbhD8IM6nrwn1F+2EGExZZIQlgk0EbH0VIiNTIdsCXzebEi9Oe2SKf2Q/iGU"
    "FpLXPtkdYeae2R1h5ppc/y2iOtPdJqvGraI6090tt/1bRH+pfxSG85RGBbM6eIEUAPAVcF"
    "JWfCVd4uHTSgYNAAb2pcSMpbymYfFxN61Rq936SehS4MNfjsfvAcYHsY1WZqhsEUCqu8QD"
    "8KhVE/o7AS8IvwJg0riqgV98CCWDvY7VfCc9agkFqzOSVi/huUD8xgWgAALI8aSMu2w6gR"
    "WHud0nztcQI+9oOVgz8T6S1Gf15Tn3g0DJtowmaPlW2+z6i1zajYZSzODRaeubSwOAGU3G"
    "DFIzkt1IYiQ7cpfdWrMkTDeIumQG5GSmkct0/E3hp1QvxEACfNor42B+UmwS4/X9zMawxf"
    "H8LNDETlwEaHd5WEEgXIWgI4LlzVXQY6yusF6BhHXdZDHqWk2LYXR4BchqnNmCkToplkjG"
    "f8ajuBI/lP+J36DD0F1hO1ZsT2Uef2w/7HBRGPjB3PYHDpwPb58MImsrD9HPgHSK5DhImU"
    "aRi5nsOnKmxpVE6jcqvOURqVUxsq0KjchUblNCqnUTmNymlUTqNyLXq1fu04kU14HPkxjg"
    "+dRmmlUiJKY0P9RE8lEAiRmy9m6Na1dlZKaYOLfH4NoLgtVHGQh/2hPOznzV4NguaEVV6E"
    "H6Vb4zZWVkEoNMR+GF9kGV4JNkqJtgs1ekgU16CRBo00aLQO0EiHVG4cGtKRZvUAIFUjzf"
    "7O59knamJGKzOAFV3WrYJ/fsQCTfN/JbdC2czRafjnJlVfB0soiAWjGfVZVwA+8vZjeYGM"
    "qUrwHpkFzHfQfCoq3yzW2Onc/rZ/gMDXlKnj8+QEXOzv2KIGhGclCcY6ESiks4dpVEijQh"
    "oVaqerWqNCGhVS41XTqNCFRoU0KqRRIY0KqYkKVeT2KZ+aMkJKAxWl586dYUNTrkwJCLfc"
    "hRsLq7wc/AlKouTwv5IT97yOE3dx4kk5cc8X7T7mh0q/eXhcSkxlm39K1FQXDdLlRzaW+F"
    "H7x9fvG8kWFGho3SLZley8tQ1kulCRBiQUGM/rAyTKR/Ua7NsgDkjhsVzb2EUvtlI40KfA"
    "LwR+xOfdKqRnHF2xFNmJ2qrIIwiNCXQGQByDjCn44VlX4DewJw8sKgq9RKkJDf6/S6BGEU"
    "RuCWnIHhgn4kRXvXt0cnZ4cnT8HnUitHr/QgJCfAR1w+SAmDm2/B3oa44RKyE3l/IrfsLk"
    "h1A2sI3AC1P9iXvKb8NNn9SiI/718TSAOCaLPMnnu3970uX/HPN/unyUuT7CEHaEmO84YW"
    "EakT8wsgkgU3OP+j6x92P1+IZlJNMZQxw3NM//YgFXSOBaAupyAz9gwjjPeIR99AIpF7mZ"
    "5oTrMzkY2N8CC4KauABzAm/Mf6d2KrthkttQY1oa01p1pdOYltqOdo1pXWhMS2NaGtPSmJ"
    "bGtDSm1aJXK7+MiUCQVSGCWHiLJO9HeTjaa9jBMoqk6CxZ5xU7rfOKnZa/Yqe5VwxbxeXg"
    "y+ezREJpFOxSqLmypTeCg9ERNvB0OMXPdOgm9bizlr9y+ASM7ZITZnELCz0x4k1sqiviTx"
    "r0xXfbD0x0I3RHf3Ld11aN/Orr19vMFHd1swjOfL+7+vytcyz6iV9Epccqf4Ti5mTYonaJ"
    "j/Bhhi2r9HyaE1bZ792PlUUmedvowHp68v48PqvCH1XH1Ie7y9vbvKFngdUsPCoWaAl14S"
    "7Sd+2xUM1Dy9YXUrYt620wlsziUw6fO70CC1a/3hlBlV/tW64o6oCmzXKvreO9ZpThoX3S"
    "1LYpMZUt+8DVFLsJFO78wBu+Ixsfr2bj4zba+HhHNl7NxC208Nbti2E29SHYGWbVCIBrcP"
    "wokFbZrXIpNIYYaZiclTqQpOG4oYTjVj2DlzSlcsf002DkpQQjb0MwcqUuqnM6Pyk/nZ/k"
    "TucxErpqr2QaULkvejHm209jvlcR5qtGf0Qgfr47KqLi00JtiIr/PWIqXMEh3TYweowLJa"
    "sXJe+SCZ7jhpmVs0JKcwH7UtVGq/Sm2GluossrCVSpp2qjnesyp7LjTCnKVPS8hcmSY1NU"
    "ZUhOLqqRFLnQuHuXKGwmqjSaZDXuXD7cQxJk2/H3Y2bQGHuEiATJRCZOvv7ei7/0IBO2QT"
    "wGhCjjYGDf8RWdt+g9Y4h4h0KlzOcD1bgAzhL/ZOzM+KJDDFn69fHuEX3q3z9IHhM0gToz"
    "3sJQtDB0sYGhUKoDwjb5QbyBPXG4GnyoW+QAPWgekuYhaR6S5iH9hOQIzUPSPCQ1XjXNQ7"
    "rQPCTNQ9I8pI3VQaVuvo/vqVvcveHVa3mZNrHT3ru/6a/yCh1/qBOK/KE8FPnD4itkF3Jd"
    "KsrLFjNb1OIY3demsCyYt5Zn8rjCNXmc901OiIU9rrvbjM61IKbyuvAHqIquI1V3T56Tth"
    "vxf83QRd3M6mlJ9Q1/ldK2qe3P6tj+rNz2Z/nc12TmYn9o4WmRO76i6OyCnMp2fxS6ottI"
    "16ZWP69j9fNyq5+XFawuM/vyhAZldleVjRTlMmjQB804STIDvgngMF0Z5ss1ovSyKTnQvU"
    "TbxutnndWzfO1cHNQtTDHev3/Ya2h1lbKL+zN/OHbtAptXzCApmZbkQQkRhU1MG2CNFQzY"
    "Ovtt0nx8ajfLjvQVJkzEWmTGROl1m3LiWI4g/biua646ieYaUXlb9keoLOr3+72VdsN1Ns"
    "Ple+Gi2dScjJoO5FCkPYP4D4gcuSKeiS2MHrlS5qb2ZEBAanaMTomovfdK9FSihJHcuVYa"
    "vO72dyddsNeHUzHDduNqL3IX/Ir+WD+9jTBiFcHh9XohkVZ58v4ca9n4NF3nMF1+li6atU"
    "vHffXMXT7SFZ69G430pnE9Pp3yzcMK83aBqMqj91aq+5ppYyPT+IIZh1ZgFZ2oy4d1aQPt"
    "GOC3oC5aqXdeNdT5z1nezMuC2QqbUDls5Usws/CU23W2mo3XGL3iEtugBuTCW3WdzLag8m"
    "zTjzVtuN3Ozjh1wMRyLDEHJSb2GzZFFQtEVbY/4IvogZgOH/yHXwIvCuRQYspP2bJktl8W"
    "Mp+XV3kOEgFz6DZSdauTDn+2Aj9VvekmklV5oH/nOqIe8KxXcqesHVwcgZOBDVmBP6si0C"
    "cj1YZIH+FLYeihphNr66E90mnZMLQnI6TyhBL6ZA8jd2KjWWVjIT5lTvHmIT5JS222d+1Q"
    "n8y4axzqkyJSFwZEX4VSv/e+EUtUdCy3fBRirIjLcS2RVf/eZCzUJWD8UAe4IBgq/q5bFQ"
    "2F01ctDYdKt5mJh3qEFMl4EkA4lGNDSJNJbCpyH0Oddgyfi1qhyCQTKuKkwnij6/4lBEJ1"
    "udiYiE8u+1fXIsqJn5b4U3fDKwf2dZ9f24HbQAopoNpie/8AxfemUCzU463Ia/iqZmEz2I"
    "e25J36l29YnO3ZI/AFV7aLuFFIpMwb9hHyQGO+4GFGuwjSI8h8zXxIupD8mQvOCGaBRwyE"
    "J7yrmY+oL6ub2g5X5WVGbB/N8AvysUmiTNeyQahfCpcfDGzQOzI/guWsM55Sy0CeM2ddYU"
    "X+lGjm2P50H7ncjPIxso/q/ODXwMf+nFg/iLycXYgc2r7jY2tggyIi7guRv8aEGLGy0c2H"
    "sPiLixGb8psj/g8fAbJduDGaYhF0RpKaqx/Fl1Fm7yj7N39wA088it6/Pzw5OjlCc+pPI8"
    "seiv5L31g8taz0ykTObQh1k/Ve+R8++cvXpV11+NnKU74OP1M7JkaHn6X6T4ef6fAzHX6m"
    "w890+FleUoefKfZq5ZcxUXKnqSc9FlI6kY30n5cdfTfuQjf5oX0YnaebTFw5QaX5XT2uLf"
    "qW0nb3rKLAK65+WbFWeCUFL9Wy9XevfmnLbSTzw5Mgb+U7xw5dtgWucimwuC6QMeXzzcG1"
    "/KmQwfvgs+l8c2vmtq1iVnz+dMPnic7xh+7JQmbwNGCUN3DiMmts6qzoq42+Na85t/kD30"
    "UAAaMfPYF0Qu24K0LPZPOOSAm2qhuupN47tHvsgG1k9IzUbmabvaO9hhb/Fvuad2du8Jo3"
    "snQk0JZhLfIR79C+EoyAmZmRghmdz3djUprxOSfcGquHGEznb+uz+28NzJ5HTBoN8mLxts"
    "wrIZcxOgihHkBWu3sDgtEwwhKbES0KJJU+fz4EI9QL9d0eOlFBtUgbMG/35nwLz5l4eJZ+"
    "xNZavi7pomAMvoJ5kZ5X8h3ShIERvdw92ZAi/RC5BRo6YUopGYUbwyHg7q+zXrzzSuv5k9"
    "pwG7QWGIUVzJZwkC4nt0TvRX2CCwrbzpBc/nTmaBaMp5LMEnnW3rAFSgZlgjRhEwP5DhoR"
    "xFzgg/DvgdMhCBqo4y+QP/YvBrYgzvB7AO1jFADv4vjt8YkkuEheB4ooEFwP5ktKBr9Hjh"
    "ZyAfrxlvwp9tHcCSxDUFEGvA0yiygooKhHngLGFY15GnjmBDbkG6aWhZ48QrqpNMXhCEpI"
    "IsIayfMO7E5kwIP8XkcmIcaSUcLb8PwoebLUnSFGCN/bjfkCcmCSIKzIELazX8SYkdyRqJ"
    "kUGwUVklGKGCYJpUVzTTTXZOUZWXNN1AbANdfkQnNNNNdEc00010RzTTTXpEWvVn4ZE2ej"
    "fC9Xc01iIaV9fVeRllulmNi0sLBxhSc7lmgNBH8PGu/QX23yOcaLy5HV5vBkpFReEHoZTZ"
    "XglcQuiEYH8wUppaeLFZ16G8YH0jFlr8QGfn5HancBGVgYfkqVXrsKzKCH2fdZMNsr8Mum"
    "v+5W+WVH/ELhFwyiS5c6ZqFtgThGrWc8s19FyOGY8Ouh9JqInQvD8ELf4AicgXyaxcjlcw"
    "6xArBxFFqIMq3zfpG5k7vIdmYO+GJNn3YHtmT3dREQK2NvaBcaJB5f7cDx6GWbj1yn8MD8"
    "GyjZ6gfgeuUPCa5hiOcFpy7qgDfTD2wM9+FXmbxZ/IzFD/sZe2GYI8OW4YiacCKeD14WiD"
    "n04vpwWd/pyHHMuFocg/s6skAc6D2ww4d3PIO3BXYKU0aHWgs/Kjeh94I61Ai9t3b4SRic"
    "CU/Md24QVGiHrlzmo5nzg98OVHwZ2BZ/Zb1Qczic8/f9AF2GfvCx5YD7efSCMHoM/MCVXQ"
    "G+a/6UljM2ifGRf8efi/cvDAb4HPPnn0tFDgb2wL6MtBKhjngmYy4f+ifX8MxpM/PeGWPw"
    "Ee9fgPMYfe930R/fxRM/fg+93OEweoobecMG9gz2QqgjozKT/uYG+ouPW+sldXHoQ+cGgz"
    "vcPoR2EcORcRX54BHuduoLfeLRMrBj777sXj724EmwHTceDgMf/8XtC41M+XsrqwDieMRD"
    "gCqEf/YdP8z2CSNJhJVqD7f2cK+6VGoPt9puN+3h1h7uZccs7eHWHm7t4dYebu3hVunVKo"
    "qmFCex4n4ui6WMRdpVoej17th8slnbGYpDe5OZKS2jdPTevXBKXEW67r62lo6T3I4/e8eR"
    "wNsCEtQLBAb3XbG9l2cxjWS3WNnhCtvmXkOrC7dbP/RQrmL19dfaSvxsjaDJrFhbgmv6iV"
    "Nxh8GpiTeyqcnTci2yeaT2bo0uXdIN08UuiKmcMBZc10ogk7HR1gBN9qO2rsMaOm2zde0E"
    "sQsj7RWBSm4ISQwFuJXvhCbBNhG80Y+aUmTT+NnmZkdXve+oI9bTFxG98Lou2Wi0TXYgF+"
    "C6uZFejuwmY8WIrl0K7T70+1300L9DXAQVDV8B70bolkd47zEI4rAsZy5jbADtGmM2vQiB"
    "Mt6e/OUOUcYCgCltgbqGcKxABkVsDG8VcNHuwH4KceMZAWiTshnqSHCwC8igAPL2D9DXME"
    "QHroaW+LXURnzUTUUaVgHVeYQgi9om6AZ2YV00ImMcMDKwCR5PhV7YZnPisRg+hFtzxYWK"
    "4UVcR/np3QWKQoNk6M1cZK/FsS1gqjIY6siKrvsDG1rhb6hMGOsFXAeBAmNPIqNSR27iQG"
    "KSjPIt9+hF/Pwo2pVRQdKAEDMDqW7jMCBxU8gry6VEAlyIpZGYLH+EA/QNbniBRG/eiYib"
    "EXlyQlRS9E7Y0fnv7mTPMcBwJYwKYVEIW5ZUmouiEFD2+WjmduG2w09+mASXYM+iRHQkYM"
    "y840Sc1Ig3Nh5Da/w5oOsAOg3jscbYAmqAJyBeX8R2SVW4eh0/4O89Nnhvkv2PiMtTK0LJ"
    "h8x9HvoibOmJWpZIqysSCv8gnhGQUCko9cLCS8MAJpgZAK2mEpEXI1Bg1oAHpygUBwlWLV"
    "Ffj0wog0ajjLn5sKeSJLwwWnKBT+JlYdwAYkvBBGyMURQMpZFijRSvumhqpFht+EojxRca"
    "KdZIsUaKNVKskWKNFLfo1covY6KC9KrYRCysNAr3JdKyMRBUBwcqh4E0zLkbmFOQ7vmZ2W"
    "1i6oyQ0taW8P1Dv7+KwdcP3ifujAJ7L6WblFhcccpJfes3pJ1AjGGxJZfFUpYZUvF4SnBZ"
    "7g46i176gkrSy2eKotrRSm0ro4niTrWJosDcdSaKIoMrWhU9mSdqGn+1eaLAkDXmiUI7qp"
    "qxNZom7hSYJk4KfNLL54mTIue0khNFbZB9azNFkcXrTBWFNld+rmgIvDecLIpsWWO2KDal"
    "6tMFgG+7Sy0sYNRVD9WJ9BYpf7APu6b4OTDDg1wTxkiscNOp47TO1HFaPnWc5pmWKby0yd"
    "SxKNeOqeMKtOaj/Qt6/L6JqSMLVa82FbfLoslkvE6b5hhldbhOAuMfjoqYw01oTgtJFdQw"
    "8+tJZptlNGWoYUWMpkXuWAWjKUdZW85oykbeLxpK0Jl8/FcSwN8xqLzNPhCN+FtokTFQVe"
    "DzwJ4E/j4QmPBiTouFrBVAWxEeXaDqDGyxAThAN4KVIqAUoPjARVEznXTChyj8BUUkIZFR"
    "4Q3rcn1cGvJmwtwRYS6IgR2mb5DMGckaEqQWi4Z1r6Nb8dsS6+ljyJExiOswChpJLg/X64"
    "H4jpfJVdDlj+kTqBMu0hYjG5L1yjtFJbxRTNnJ3IsbwAJNX8L0EumkCSJ1c3Rlpiq2KDEe"
    "fgMkKGl5KPgdNpZoPca2ZC7xZ4ZcF9BTAjiR5KXwUZ6ox3xIW/zgBN4YGFHwrRH4lLCitC"
    "QzwgeIj6fAaBNDw+FDo9+fopPjw5OTw5PTw7POyb7orHCI8G/vuwizgc2C2Qx7NMyl0eOf"
    "o0fi2dy6qGO6ru3LPw5s4nfRG36vaIQC547/GT2rGOQCyUpUe7P/MU5iwi0UZTGRl+oMzK"
    "lpV7OONOtIs44060izjpShQmjW0c/4qmnWkWYdKdEFmnX0U7OOig/wu3GN6iTNjd6plTz/"
    "O827sl0X6Uagql2kXdkqyKpQ1hWdUHzrzETp0m/kZEqLKJ1K/DVhyxuO2hc2zNu8ccR+My"
    "ilDYavG8KfHoWvCN8PPduvA7RCT79qYfv9yAX+wuccdE3Fs6qMcS1UzS1CufKFdStwLnlx"
    "prBvDaRLSgkYoaxSbnRRF0VtA8rFglHqbwkfmGSMZ/DBG4a+EfsZH173L1GHSfwkSjHOlQ"
    "8sEb4ub7EvcoD/l0V+EOu/4jB1PjwCE3XgqkOuNJ8oDmYGGgRHR/j9owjL30cjx5+GiQRk"
    "Em2hBOSf6rw/ODrm/8ls46FtPg7s8OODE/gOZx6A+h9R+uuDoyNxTf5BsS8BNH63FwG3Gc"
    "SjP6B8JsT1d9PJ3bsLzyPC2clflPmRNUSo/AvBnkS55GVca5O4PiAsAPjBI10MbMxvM56i"
    "o4PjowjCkp7FMHhfjIUwL4IDgxvytUvkDnUGe+OXsUXH6MkEpI8ryudaNtgrxWz+ycfWNB"
    "CjAe6/9y8N4mgQR4M4GsRR2v2lQRwN4qjxqmkQR4M423/VNIjzy4A48fY828vVZTRjIaWd"
    "WY+RllstoymOOQ2mqeh6pXGwXqjk7rMw85+4EbIQXq+0ee9DJZXwbwsXSrGJl8O6sbDK6+"
    "1tpGTj9NZ1zH1cbu3j4mzuwl3TdM5IpFQ2tcjjfhNpuvvpw8WTglCMqqzWoUBbYuf6XN8t"
    "Y+crBcbwx6YmDr3rq+MIN1EzPcqt/1wnBfPWsATpLz4s84grBCN8I9iiDDMaV7MtABLyF3"
    "WroAQvunyYrgS8HEyIb1NaWjeTCbjz0P+yHxW/jKpbHCBR6D12mzM+Hlz+d+BGiYJlzEjK"
    "7f5RBLN4RIaZxMp3EeM/RUNRIyFMEd1LBy5on/caJhjt81bbEad93trnvWy7qn3e2uetfd"
    "7a56193iq9WkU+b11Y8zUMb3G4aooZxEIq16i6ipTcKmSgc8puKaesDp7ZQpq9n7ro7oEM"
    "/jh86H9ZZVivPwAk9EoNGd/0FU/LfeKNSdmsXCTeFlf3Q+iQYwcGdAs4/G5sPvb/tr6h/1"
    "uDkV8y7H+nFmFlS2LxoDfo2Ef/gyzKlFoaawc9VRj2y8PX+8w2MRrbnbvL/1gc9p9uv14t"
    "7v+ggasFy0cO5mZBOQtSSlMZokrIpT7xnYTkpB37r4zKST9Xu21eNxpnYfg1DsjZJB6Uic"
    "4pgIIWo3fKUaAwWKhJ3rRMErAc9gPhDWEOLtQRre8DpiNQHh+iGESCsglvC1vc7gSzwHuR"
    "Cb8y2dbSqdRk1jRnbssMaQNbZD3r8q+pISQgyAOA7BG1LBgRAAe5nsj5NXoR975/7N+nMr"
    "L5FKVqOd8T6GmoRZhRAXKa4RCJoqI240xUMkxSjIXRHZD0jGtDPH5eZ3GhQxwnQsMszHH2"
    "MZN6LMr4NuCjOH7CjuMSe19KRvEnQhqey3CITM3FfMflIqBynAFthl8g2VlGOxd7PvsYZU"
    "3jv2ezqVG/G6aVs0kqAZ2s9ZjK1nYwsHsp+wLRAhl0QqFtsCz/4BxKWfpQLBMalF+ijshI"
    "FnYKe2E+mUWdcAfxQalOGNiyF7qof9dDJyfvDvnPg6N3IiUZpE8Tae1gWBjP7ujAJFwvkw"
    "QHE+eAD4KOSKbWc/i4Dma0i95ENjYJMiGdmWj7zX53YIvxAhocv3sr1MwPHfHt+dsx5FUb"
    "Q2eK0SNfg5GsUzrC9jP1yGwU2AdjwDa5mGlRU7xHXKOPEqfkz/BG9qvIoRZlVoNH0WikRi"
    "M1GqnRyHZCJBqN1GikGq+aRiMvNBqp0UiNRmo0ch0p+Rsn1KiJSQpKfHjIypsSTpdX8ssK"
    "Rn1KXGkYQpyVrxJldx/GYPtuwZnmnn9agviE1yttZjiVr2Te8zrmXZxyUuY9/3WBSzE/7B"
    "C+1PnUto7Kx7U1GjmcFqSURm9ekVVqwwhOZMU1IDi5airtN35dKGdhLKoF5bjPv3MLMAGI"
    "7BVhOZkLupVgjvs8fMpeuxzN6X9B2fZzcI7AIqwXhMdjJ7B9EVMDYsmt9osqpdgTYgVY1F"
    "jhSwYgDKKhC2QE/MKXgQ3qGvxIzrdJREIFx0dJoZikkkwXEexZlHhRSRksyseAIx2jueOZ"
    "AhrBL/sfEahnoSnmQ1TiN1H1nKFBGZ65mJrY3g8L3Dg/iAe6SMAG8ApZoGyOTT/ogpcf9J"
    "g6M8BBJiSq0hO3HiM9ZGALRd8wxJ+/i2TZGQGiQKsWZj7opx3+2uG/6sSqHf5qeyG1w187"
    "/JftzrXDXzv8tcNfO/y1w1+lV6vI4f9zp9xajaS6jkCaHQQmbcuyu4lMSh1Ym+BTC2LtKI"
    "ki63D/I1J6/WVRZkXJbqqiYkIBlddRWRBFmWiYAm9Mk3FbIt6O8RtBrNdZ5dcOtGqEZBsI"
    "SYOkWpt0Hz8GfuBCyZS9Atdx8mW3ym3sw2UQ4RfUcxmLZlHUbs5dHJHVnafE6VtSDH0+pa"
    "KWAWVQTBwCBGyDgf9U1jUP+ejUTrHpB3bIc+cbOqi8MJ7ysQC/yBLfTuDLMg8QZxDuvFEn"
    "VVPmYDwlY3PoBRaRVHXhxB3OPeqTfagoPqNcDZMMbFn+WtY+F/R/z5MF30cvYSkGqSQ4gm"
    "0EtH2p4QG6hvuCCeIn8wh8z5Jy6MC7R9zKkiaOAwPqsTsTZBLiMlkkIrIjf3JZ6d2AJyN4"
    "PE1iEgRHH3qLjklk4zCognhvGBo5jsnACy4SYk34o/GH4ZpADwI7HrOwbPhKNcG1Q1s7tF"
    "fdYmuHttpeNu3Q1g7tZZsp7dDWDm3t0NYObe3QVunV0g5t7dBurUP7lwq2KHekaEfgcitq"
    "R2DaEXhFPOrjyzGfBv+OLWpgfloucAkWXdatcg6OhMAQg8TwR1pkqZ9Q3guJm6Hobug7K5"
    "pYhOewR1xsYXRNGAbflRQXd5YOQHl7n0i/lyEvC0R7McdULFsI6p5yS6HO7Ul3YCcJ4NFz"
    "MLPwdCiFhgaNnggJamtRw2ExWFG9Vf42xT+AEcoYpO4IdeKPLFNpyEK1DEGajZfQOxkmQJ"
    "lpf5n2l626zGh/mdqHeO0v0/6yZXsO7S/T/jLtL9P+Mu0vU+nVKvGXDcMzxEp+s7Sw0l4e"
    "6T/7lmirvT0tSvS/Zc7itiwmSYtp98EqS8DxUZ01gF9VnujhqCD/ALgohuAiaOZVy4gpbf"
    "2UF2Yls9cqCnpcURX0OF8WtMxt0+DUXtXE9qboo4ad8UVoHTrN0HVG6x2c7LEfVcrMWv3W"
    "sSeP5K8S06fEVN5yfkrUfN1+5/N/PGa2Orkc6vF25/br/R/R5YuJ1Re3nww3y8CRklB6C9"
    "Jgotlsso3iSb1xoo3oeVpn3rrpNFIDS6lUGkC7nfC58S5gfPs9wuJRcwhIwVXdKgDECK8f"
    "zrICS+GP6EYoe6cM6nGJZPO+TLed3AKZZIxnMB0hRmyDRTnU+WgMZsDQ5deY2EfXmP86jb"
    "NWJw0MbBOPApe3bKNOmtH74fzw5Oj4vaT9SsuKOrvwJ2UsIG9YF/3fx+90fmqNVmi0QqMV"
    "7XSharRCoxVqvGoardBoxfZfNY1W/DJoBf/ZyBcZXa+0E/I+VFIJ72Ngs6CRmz0WUNrG30"
    "HLw0tWF5vYgqVNx/ZldtLanvVYQuX1oRdrufscDImPoJk/MSentFex3OmyE99i1nn0Sg9j"
    "9tlaavC63sbcsMv4HD9dPny6vP68K5djtauxrouxqWex0qFY5EO8QKKgIaTRFfkKBJf5Xn"
    "Cmwe33rde/Bp6z/Ph/HRc6DPehGqFMV5DlWI+dGUmqHhLZisywC3cVaXPH2PNoyNuOtXrD"
    "IK9uwBUyqIl9+gQKwR1CtvXHiK0trhI5DFgwk+kdGOp71AGAmPWi9vaFG5RRhqWEpGJnmN"
    "jap6l9mqvOidqnqbajRfs0tU9z2W5a+zS1T1P7NLVPU/s0VXq1NANbM7BbysD2ycwtmo/K"
    "F4BEQmnn8GOsZuPI+lq865MK3vVJnncdeQIII55fMCMso/2mBFeaDbY04Yd0336i7fYPj7"
    "bjB7wz8zauJvmmxFTe1dxLNQ+bRxdsm/ELPqxh7BvLd0dFdcm86KvLTG6pe/rguLuJHYKx"
    "b2+HJSdTTshGnbAgt5tCn3tHeytOQdARsY91h+aP/bmNjJ+Rasvgf+BKS8PvztwiQmyYzv"
    "rSZHNTLK32eqBsrFmU7b66M5Zny1/SHYqny1/rQl2wg3fpzKU2toeMGoXwbPloLxBVeaj3"
    "Q3XRQ6yuEqSPOTapVb61L7d/TlBl6/8DlG24s995xrKs821SGHF5FUr+3vtGLJEJq6ArKo"
    "NvFDnyrovBkJ1eoi3U6wyXR7t/RsNtkqpRYMECykaxncupG3H3Ds2MwFIOR7K1ztwpQ+b4"
    "ahMkiiOHlR2u8ZOPPfTdE/Wye2RCxdGooClInmdgxi/OhYp1HvGIWOjx7fXB2cAOWy4r/x"
    "ByP6C6hsGPzShWb7+L+AWEGFCeQpT5SGgnnTgP38AOvbD8ckc8OrasFwT1NWz05DkzqIIR"
    "5tmDqMKDAReBTICBfESaZ4xwJc0ukiMazak/pfZC5NsFwtJqE/qD3wYLEYQtQKJeBrZgwo"
    "AGDEgqUeCcA0wQJoqI8Iec2/BMH6OGZGkR8bEUFGU3LDyG+s6iNEZ4K9sA+orDoBC2Pyei"
    "IghvMHChqagaiWjSIvgHgZIaaIJd1OGqBzPeZ/uy9EdIcxG3geMAlDyB6huQdFBScJLHzb"
    "FoPiLy3wHfOHHjYSDAEEOzXjTrZdXlQLNe1IbiNevlQrNeNOtFs14060WzXjTrpUWvVn4Z"
    "k6eefDdX010SKaV5LvfOgTi5JsfVRrvEdZBdksO6Ic7CjXy9BbJKEzgSr8B1rPDOXI4ZQA"
    "/8EpCCrXEf5CVVXkkepLaqmd/1nImHZ83Gfiyi+JCP9VTC1GbooWti67SM0sbOux+VsXs0"
    "T6xi/yLZNswyvZS+SnSC5ZiFcFG56RMJpQf+rVATdSCx3mGPWDWJGlsgSf4AU5KCY4Ikup"
    "R4FWOh3TCUVuiBv8cqr4cfc9aEjoT9oOmMEkkoPawfYjWbjuXTOkP5tHwkn+aM3JjutVuS"
    "3ao8x92xvHQOiG0AEm6EvYYnlma2LpFW2uI5tLlPbOBxBfYEfcFzPNpNR4RJvxuZPyOjcs"
    "xAlBtclTTKOtXJhlOdVE0xazC5vEJuxBUx+Jqmlbr9UDLzliS7zk80a+gE+VI3Gv2qTjd1"
    "rZ6ZcJVKLJ7rjALiWFGHldPGwmdtmvgntH1l/p+kbCkWnKo4y0+aoUVsn3jEgFxAt8fduL"
    "Cq/OBkH3L2MMTHqB9IThQb2NcUWjZ504Pg5Pi3k1QxCtTD/E7J54y4GKhI6JD/4TsWNgXP"
    "ynYkzQrN8ctHNJ86gtckGFLU70bsKYI8MnY8gz9QxIHK1Fj1CIooXwucNE1z0jSnVRclTX"
    "NSm3uhaU4XmuakaU6a5qRpTprmpGlOLXq18suYTu6zJb7TqHFE6+h1gazbMuvV6gGsmykK"
    "+gvwPFax9ibZHU2MnRJReVF+SNRUwtI/OYVjJTtr3obmbSg1lpXibRDPpB7G9nBE8UvB3q"
    "6KwpGXbc3A7ke6oyvQfYfEDhkMMKzIOlAnmCArr/QOOwyG311QAT+QYLd4XvlsB7Mc3rd4"
    "mpHC25tikoLAzc4xUs/m++1a2+2K3XZuIheo1KoGT6S3afEIOmtq9odY2+b7lFrblIpdSs"
    "5BE8N9w8hrVHclLRBVeRueAjbV8Y9Fybwi1Yq9ZGU+k7xsu5KA/T2l+boTgI356RbWvHLL"
    "Vic+LZJXeXh/kvquz6YbyX5qOCY/K9hDJvKirDrd51tRuWeupbboIda2eX62WunZKrKz5Z"
    "ZboctQJHZsdHpakFPZ7jIHJOwkD//EFp5BNiKKXt8b66/dB4SeZjTWlITS+/jt0lfTNnVc"
    "Y+jGfMLhM/AJm9m4ogWVicNf+9c75GdXMIiNcCy8kkMZDanWjfC6jMnUu12Dm1o0Stdg5Q"
    "Z0YeXHdV3DV7zwShFXvxCbslv8wr8vzHaY+b5bRVh9hiuHVurSpWRV0ThKtb5AVGXE+0HH"
    "cXLDOMmfyOonSjzCwDKwh1wS3vhCXHl8BjUnXccmvNtA/Pt3dPLu8OTo6DfUx4wfF06OB3"
    "ZIEnU8g3iCfiqahY/ACAyVZj7sX96//XaFjqFFfqtOnxgObAkepDYDux+ps3+BGP0rail6"
    "Hm47KkpOdlzisRfswUN9hLqUPpl10YyYmBtmxi1m8FZdz2HECKDYpeCcD+w5Nv0geeaPSP"
    "hDD33sQW4/fr0RmOmv5UCE3+HXCTYCbHeRjAqGO8wwC8ywOubA5i/31I9qaMqBw5/ZR5S/"
    "wgaRJnt64s/RRQMYWMET7+QAem2whzoyp+Q04Dujj/IWOHwKCV3h7oDbyD7kjxzwccGoBT"
    "65j8jk/cXfCX4PobnJ+KUfpbpzLmnz2/vEs7EV1fxMX/aMZ5C2eGCnHjr8jI8a2K6FT2oS"
    "RqxwEKWuJfxkFsBp3qR8enrGSdv7IuHkP6bEizM5AqXpIjMy3vCxwjUFPnJn6vsuuzg89J"
    "wDGOsj44CPxEM+sGGn6B+enZydvz89/+38EEaJGDZvw2HzNhk1H0Xz/txBE88JXBYloaRe"
    "NFpBDfBUSUJ2/66Hzs4P+Y+Do2M+KGF0y3Ee6+PCnwfUOCT2IUQv8B7D4rcZiX6YJHhrO2"
    "/Pzt+6M/Pt0fFbaOitoFOIX/e7aD6l42lYNjXMMxkZQeoMTBDIYIlfnEAMoiThaN/x+Cm5"
    "C7mlHew9O6gz2LtkLjFhKn7hrWAKV0VGGOzxkZK6YkIsx8LZKy5Q/Hii8QMWtm3i0cHEgc"
    "eFYjoWt9Pb48Ojo3eHU7l7f3sqS8E6TwM70bDngQaxyUz4c3mTx+9P3x/9dv7+3VGYm9Mn"
    "f/nZSSfqjZNjeKmI9SQGEuTrfHIC24jo6sx3gHI/dlxK+CsB75/F54QoySnjsxIIeD4h/P"
    "21+KWjFyReuIEt3jh5fzlNIDlLcFmTuPD2ornjmTBGDfzCZLFcj0xgzvH4AB5hSAQjZcZc"
    "KV/cc8b7nP8Y2GKGgUa8wKV4+jFJiZqeaYF6L6Yr8dZcorCjFmZv20EW7ywuOuHjhotRaY"
    "so/emIj5wZ5lMNfMgVok+o843wCQJyzjIKL47HiB88BwCn8IcN4B5/8DkSUrv2r/7gzyVy"
    "rxro5u4KcQPzW/X76PhcvBqi4yH1qetalF8jox/4ezaZogcu8Acfd+LOflbvffnSRzZDHn"
    "8FkChFDMsFzA78hXyRoQiyzrBPLQuxqTOPohcQRjaZI6hhLKsNG5nm4iyu46kDKWJ5k/zB"
    "5ffhKnkwnpKxOeQzruMNvcAibF8HNeighlUPKTqoQW2mtQ5quFgMT9BBDTqoYRN9oIMaUv"
    "2ngxp0UIMOalhvUAP/2axSWnj9emgom9ht791zFcv8d7XAyFov1HHFG3Wcf6VMbpWJ45Ww"
    "kpcjwmn5LVKA7h37LT/Y0v+P2s1pQL2Uzs07oVYfVHRBAckz8mo2pUosiKq8lvSzqqpHkI"
    "gcx437ICWncgc8hP7yu6y/vJ9SX71Okc65oXC0Dfl8VDBNVfNvCxtQGrj/Iv2R/xC+xdh7"
    "izqgPDLB3143QeY6A9+ass93zDlvXqZXEM0PHwEU2iHdXKJRTfY9iYTKk09fomzxcFZm+5"
    "OAfcMY7Gu+Che3oXSHJCBnPwE5H2KQ806CnGquCgLEGQoMp2lfLYiq3EXXAhv+M1JVvW6Q"
    "CPUwxqqb9kWRvMod8pDg8/0Yn0cxPP97BM+r2VsJZWAY4/VNe6ysDZV7rZdQJfppndXroY"
    "S+MYzoGyssRUVNqNw//YS0cpNSWb3ukUSa1V+eInmVO+aLJA4p/tKExKWhm95aNuqWogaU"
    "7peQqtVwM72rjokYZav2S1q+Dd3SSzPoeikGneL9FbH6hiGrr2l/Fcmr3F+fIxZjL2QxKj"
    "7RCWpXvlOuHMci2C7uk1hmoSNGXGhTrpcIKWnQFZeStWbwzfMce6YMF7Ick/ivd8Ncff16"
    "m+mLq5tFY3+/u/r8rXO84KQpiaooJ54nXRWx1Ap6K5T8vfeNjza/mMEUkskXuGwKuSgbYV"
    "hlMQDZo6RZcJJvYqwHc/aNMNfhD/rzWWqTIQ2Lo6wgqqFgIJYHNkRjv1lsQ3SL0vCGrzZw"
    "SXlfsZhq2r98/HwPKbnNAwTFMOWdPZjSKUOyZ5HL23whWEYssGAyIcC4loRcQeKN4gO4iE"
    "E8+gMorp4zExeEj/CGZUnCnTQ1eP8jwrFmksN6zWcQj86wYK5eUwEQMeRi4CYLerLzg3hG"
    "QMqoqP+USfngW9sZJo+19y9NUtUkVU1SzUm2ijmnSaoXmqSqSaqapKpJqpqkqkmqLXq18s"
    "tYvE9vQkmKhZSmIT1GWm6VaJQ979TfaefklLYtnFa/ZdTd/t47zGFWPEWVDdxY5JXZzrY3"
    "iGON153lzKYFNK17apaMT7o6RWtro/Kmh/pk5kyd1ehZ53XYWYuzdYqcdb64kAKlf+gmGj"
    "UJBUjLqW11CAp4jdlrZaY8rkhNeZzPTdnKnKDS6bbX0P6rpwRdfypW4ZCUXOUm8/KCWDsy"
    "UV6JDAr/iJRe9/QcpehkfEvN8ErZPVOi7TBplNzzIVF83WZ1iR9MirJgVxCUExGVj5H9RE"
    "1FaqD4ompu0yooaSmV7d3LaKpEeY7tJ4Pc1vl8Z7kgQwStmVWzQkqf5JpFc/5MWR6VG7qb"
    "SfJYSipsbNfF3IBtHMF1bZx9g5VK4ZghihSQHRaJJOVMB2bOhl7m0ho0h/By9NC7WzS54D"
    "g8UQsylfGvkaAUcEEbU49A2sR0MsUzSKb4Pk6yFTbrv2GQUYw3QqIkeOi3Ae8JNice6yKC"
    "x1N0jDo+NbCJRpia+8h30BnqMFiKffmRTpGl2QerzkCafaA2JKrZBxeafaDZB5p9oNkHmn"
    "2g2QcterWK2Ae/DoSLHgLvB9mIT1um4jchTouWOFuXY165RpQGHWUpgV6ibWOXdx2Hd7m7"
    "O7c/YLRx4fpIRmn/4HeuJD9uA5dm+1l7XGIb1KBmGYSwfFRnW1B6SPczqu4ey3WJyNX0Gt"
    "unGlDc9ClNd2/54LjxVHKs/kRyjBpn0FvjVBKcNLbpifo2PUFrSYq3TjufNrbzqfp2Po2z"
    "2dkvkpuwiyF81ti0Z+qb9gylEtdt36bvGtv0nfo2fYfCdHUP3AT0ie8pGEVyy9w0gd0aTX"
    "3e2NTn6pv6HK2enmmdxn3f2Ljv1Tfue9gyUG7TYJem/dDYtB/UN+0HtNYEiuu092+N7f2b"
    "+vb+DRUl39u6ccVt8/atkeZQdT/2Q6SkeolvNIdsexwyTXf6yehOPTKh4DHoEyi6bnBFi3"
    "O8FF7XraI/maEERNpkRZbSoKKbocW7LVS0hZapjWFhdUUGoCnUlfUQcxjFFmV8X36A4rSK"
    "jHg+jqo/2qLIfFSX1YXBBxlZOren+92BLWo8Bi5wnwDuQPMpv+AHXG8TUezQMIjRRVHVQX"
    "7LEBzT1ChNjVp1ttLUKLX5GpoadaGpUZoapalRmhqlqVGaGtWiVyu/jO22euCGelOkCojO"
    "Tqu8Uie1AlVPKgJVT/KBqr8SC+3VL1IB/cxyzMJcN+WDNZFQerjexmoqMU4ZLvHelhs6Ja"
    "LyQvuQqKmEpbMemQbH8rzg9k7nRw2NHlfHiHXd/jFdTEqFY7qiMl9a6NXF+bY0wi9DnXdY"
    "ma8qH8OSokk/bU6GbSNBT47vFEAT1CKs2PSRwOI4p2Mf/Q+yKFMoScPvXNeGu7sK+395+H"
    "pfbf9FUy/swqGBXN09nSBj3VO4zac1JrCKZobNyals3vtY2e0ZWSfK2G6iDDvTx680bXbA"
    "qGHgpoO4rplzb3LG2FwbdP/99rYKP85EfMRJ8LJd0KSWSj9spR/BrwodKldaILdbUSU1UA"
    "qA9uwwKofXs+/Tcky9fHjuXSLmEmwSDz05XgKqy5IoCZTeRQELsGW9JAVQTDwKXN7pUALl"
    "a/8adW7PdHYQDYFrCFxD4O3E5TQEriFwNV41DYFfaAhcQ+AaAtcQeEMIfJU3aSNZ8kfUwF"
    "yDBjZOJJS28pVQEypZT636obqbN7jp2D4uKLtRkQ87llB5megJLVHH53Os69iHZIapVTdf"
    "yOZTkVPhr2O0mYd6QUpl//RNqKoS3mmaUuaVbtT0c7XR0nVdqAtDrXEAThrlTdyLqztQy4"
    "Jp1OiDdTmyN+pEzfugC3yphY7qcpdq5B0fupnrl7pWo9ug+D4iDPV3zKhF/QKOkwhd8pgj"
    "gpW+3/XukD/lJ26PjIkoMJ2Ka3qKG4FrR9j2A940tRFG0VgUQUva66q9rqvuALXXVW1XkP"
    "a6aq/rso299rpqr6v2umqvq/a6qvRqaa/r9p2A2yu8u63z+E1vJeOuvd6uyU0xcbySWKTl"
    "GWvT8lus/HqHRVpUM9xEN/G7phRuPrZrDe2KkZ0LmxEpxAOGp41mkAUxlUe6zKH4HVRFHf"
    "CLqOPjHhHbD0qgheUjP5He4rjPeL0awTuxtrsf9DqkYO0+lDgxUyOzLkgpnTGtYQz0ZvGa"
    "csigMV6zIm6gptnrgjcLAy8D3ny6fPh0ef15LzdlrMHYOnxjNxnpvrPAwnZq01YA7OSu6V"
    "bhOoG4ejjLXr4U1pE3QQvbxwUYx3P4CRFbCSXeDUYWHUtAR1DkyZifjgCmecJjAeX4hAlq"
    "vYsZ4786NqSZ499LAv27/YOB/cCvCuBL7BGE47tcoGvqS6hpEJwc/3Yi/w6YCShQ3Mp+6l"
    "sRzevS6JOw9LtGizRatOrCoNEitV3YGi260GiRRos0WqTRIo0WabSoRa9WfhnTudNelzvN"
    "5W8hnP6azExpGaVRt35K0caO2lrT0nHFvHRcsAfwosJdWVtXpz9KpJS29nehJpJOgdfPRJ"
    "tIfxS++kMjdgqsMHEsSL9yDtnSAhEVAb7O6L7u2SR0pjQf4hlBlfc6j2lF1RvgTLjFiifz"
    "5SBcIr1FEC5y2O017ImHWNndY3AWnrm0MI1gRWq1tFAb0qvdpvTVmdUUxDXW7Rx0XH5N8B"
    "w0BUJzciqbFzCFR6Hs9oysM6ttN7NaMiDXYFr1QgKbDuG6Rs69x0qhoJDR1vHxlZsF3vLf"
    "dquQTyyvG47CC5dinmHD6Kp/vWjtvUs0I1HRLEA2r7Aotki8WcBe8FxWHkfwNlygD+iFYI"
    "8lsCgLZi6eHj5j+5l2EfbRjK946ATx3dGMDezO9+/o/PDk6PgMYc8/QO/OEWaIPzQfSwYa"
    "vSD+/Sn//uRs/6Noj38R6QFNQFEug2+0fugSXBrb1NimxjZbCrhobFNjm2q8ahrbvNDYps"
    "Y2NbapI+F0JJwi74oykXDPeFRM6a+HRKTEtwhFhGf7pkjEl0TZ5ihzLZC5AmMujoEziYVn"
    "dHXzLzai9JQig+J6ibaNe6FOJ5T3QUk9v6GFp7SglsNygDkWbBe2fBupvW5Y2XaGrFHSwl"
    "hA6bnaOUAPPXAPEjZbNUnkJiI5o2EoPZKrDOBEsl0MK/QgnbBfwAm7iZHsEo86BuFTa96s"
    "DzNsWaXevqykug6/vtQTmeRtI7ff6cn789jjB39UOfse7i5vb/MevxlmmBso9Olje8hkME"
    "+TIVzVRjum4zv+BJB5NnqCKKRpE+O5aFquoDwUTspKkh2aT8w/P+Fha661rTIelAHj1TNv"
    "2wNlP//AVoAZvXRHRtjvCzDxwhXdKqiYhNcOcXLxUrg4ugG67F9dk5wTa+9xSpAIf33DUH"
    "QDgG0x8vigEpVEQ1HIbkp9BnlRwSUJ8ayALBPbwBOPopMjAIc/SHD49N3b0/f73YE9p/5U"
    "QMDzqWMRNAqMCfEveBtcyoVDaxeN+LnJfsYRVvwOyRTrXZljVUTQd0U0LnybXDywgQY+he"
    "SrXBW+EGJXXhXw74Xa4ykZm8RAeIIhvbCQPz36G9yo30fHx6DvbwdIWMByxiZDnZMjxPf0"
    "lG8evGc8sKHYFkjxWZCP7C7KfI2ib7keL2TmBh5k8tiPVZVkRhEfHOLeF2BV0RSyHX9gT/"
    "iHIlMsLOJohk1u5JTkFfEsbAZcWjzOA7cZ5d32ggFt5z1BrCfU8cgTb3I6XBgcaOb8IGxg"
    "y+b4hGEgz5kzgOzhIwO/MBHdvH+A/gQTAjqfRDFrgF4D9Nvar2uAXgP0GqDXAL0G6Nv3qm"
    "mAXgP0SnTBLwrQ+3gaFGwIqx25sZDSPphH0BIBIIprh/ys0ZMrAMhXoZfbRS33Usf7psjl"
    "KtNWLTJEBRciT4WIoBu/pPz5ctAnkWwZ6JOJQFyzgxyYASz2DjQxa16yHfDDFegdejU+p7"
    "TfTKyxtZJti2TbYd1ozG7SsrYzNIkb+AErI/CUou4ZOZW3jQC+9yJl0SfwwK4yD28Uf6/o"
    "hOVDu6onFB/bK/VL47QnoQM8b9s7xw6hnZxxs2KLViVjvohYB9fypzp27cdai9gz1Pnm1k"
    "wbXmXUz59u+N6tc/yhKyPl+cacStgnGvZnuZGd2G844q+Q6RTAx7XMnxZvYTcYgGLIJZIP"
    "en58vZKPs8OuCZGdoUR/hseNOqZIuC3dEpbq7QOKBPM6HHhE1OaMbwptXyBtO35tFsx78p"
    "q+OWll31jY5OtB2C8j/llgK9ctp6/pltNWdktUzLNHktTRyvXL2Wv65ayl/RIlv08l51as"
    "W969plvetbJbbNjgQnY04BPwJX/Mp7QuusZewJUUFXHvIJyf4V1uBHzH58eH0N6N+ign2Z"
    "YOegTFeYdIbsvu35AUs2all2RBvi3d0E8Rih4FoQheiceYUNTDXKALvEz+N5/QuqnvrqA0"
    "wA7PNR4jdnW/cbXHpILdXdBAGzsu22X+1Ejeq7+tr3d+a3boFO5dbA8TSlvTc2dxCy3qoP"
    "AB5KZNbg126geYECsAaOkVfVLSRIs6JXoCNXpFvMKrgm6xsMpe31VQiU0Db2N+ZCr0Q1Zn"
    "TE2JqWzxT1LN9eEVG0mbKrG2DJG4OVSXE2+H113idf1F5TcF161s5NIG2mHmCNzIGHqj0L"
    "PtiIWRd2/hfrQSx8sKqjzBZIG8fkZvpdC8qr6oM+orOkT5Id+sUxqGILYv5fUdsQPwBGVX"
    "xa3kvj6tM8JPywf4ad5pIRa/OTb9oPmaGYu1Y0TLtfIfoDSEBz1vakwbjhnMSLN04imZNg"
    "TYXifq6thaFYM/dWytjq2tiK2NwT/xyAWhtdkLulWRtW506TAaFcsDaxPwscjmUHg2vsDx"
    "IEZ0gucYtog/KKO+KCiL4G5dEVT7xMcBl2Rx9KjPP8AmAs9lIENX4WLkzCGqc/TChcUChs"
    "QC9pH/mRWwHT9KuwBxnr64SUoC4j2dH8QzAoI6Udjnvo771HGfq05WOu5T7WA0HfeZ6j8d"
    "96njPnXcp4771HGfeUkd96nYq1UU96mLzr4KC3LcosTL5dNSLKB0HtrHSMvmoHI9VLkKVs"
    "7jDmRWWPBqSSHOWErlyf8x1lI9LFk6AobSEdDY/IvCSveCdHncxsqq1xm/Kjix3q75OVC3"
    "K8JvD4i7sI18xbaIvJ3USfV+Up7q/SSX6l2jFBql0CjFEpTCfsFW4GH7ml9SDlXkrupW4x"
    "XR9UODCzRCLSJJBLeSITlAmb68zpeT/GqLXJQTIhOCwl3esJSc44EYJLDEopjkRZgs878D"
    "6pEZ4V3I/xgTSH3ZFV+FiUYHNv/YmYnUoaAY6mDERAiKKfio+/JqPHMC20cGZaPAY5DIM8"
    "RGPIItyiBRaYyLeMR1PJ+JbJ4DWyrtSsI7/5VFyUX7dz00Jx4R+Aj4XrqIOfwP/qCUIQIJ"
    "P8fEADhFNmGTH8QTiTLD1JwungTdgW2HqT+ZbD3CSroIvsApBQF2ERdpaEVDK6vOsBpaUd"
    "vfq6GVCw2taGhFQysaWtHQioZWWvRqFUErOqXmZlJqsgCyQqzssYult+ixi4+6jb10sba7"
    "j++DDELuqmaPhbdo9Ue4J7ppavPHSNXmUTe1gm4qYm5y4cV4UuDurwomDgVeHTq8rbmkzx"
    "WWTqAHIma/HYYNPwczq6hMYIW9E5G2BGt/ERqja8rAfWfuOHpeJIsomVjq5Jkom1aUNb+c"
    "kyCbhBj5u0sl4YlsSivEay+Iqrz/7yeqri9AdSPwbsqoYj0xi16IK4efZLC9tFvSLSx0z4"
    "g3sanZP/5kxR66TbR+VQddff16m+mgq5vFHvh+d/U5qoScvC75rWZcBhbmyuIjW3W0ayzY"
    "DuQ9rh4bqb1utD0GNBqtshmptsz032Ls5ppa2HXUWGsrOqDOetvyntjVcpvUQ+fjYLW4+Z"
    "Rou+aSW6k4+pYeOuueV36J3DNqbl00eWf96KcgMfDJ1nQEt4HRZgYuE1/J2tuqUy14G98S"
    "nRvVMtDkqXaQpyoH+RpMLEZRT5B/fpKhXdf2Ze98piO4huj+++3t7lhsYcbTcgJb+oJuNX"
    "ctvLQRay2UKYu17xEXWwkrLb6HJIdl6lR/OIO6z+/QMwaStf0Rff+OzuGjM8TGU37O5o0i"
    "L7AI2z8Y2AMbykNzWWCQOU9PdCyYYmFBZzSfQgFnnyFqu4Eviz2btjO3odRzSqk3DH0QFD"
    "mGnjxnBtwxqF9tYdun4nwBZLKHHoKtoGw04qTBi2IIJU+5kidnYX3t3/a7UK8585z8JudH"
    "/hSNqOdPDfzycWA7QDObU0ZkTgFoS96Dv5Av7ABdLpqK3/HkCJITnJ0gx0ZptTJWPH8PJn"
    "u/z++ReVDEiPeDcEP4aOYwH50gn0sxzX7T7LdVl0jNflObkqPZbxea/abZb5r9ptlvmv2m"
    "2W8terXyyxj/WeAxqcjUiwsL7qoVFn+P68LHC7ygWlys4woy1nGejWUXJR64p2aJfVuQde"
    "D+preSdc/rGHfxZUjZ9jzHA5In+uLxW6NqdyKutL2/JHruPvluAnNN6UpIeyzYNnQsVHsD"
    "SdNZo9QksYDKexpIkv6w2jSxkZToE6vQyhXDNZZo1zita/SG+XPipPCRB3OVVz8r3S679l"
    "O+25T7cw00haJa0R51DDI0Sd7K1XEJWUmVYcS+1BSZ5O0qBl1jmMIMMzwM9wJDJlPoNhnd"
    "ZfLtGN93XHsU7jCiBMKbGdO2QY3imaPedi3bgsqLXz/WFD1ydczaO4fsSvihxjr4oXQV/J"
    "DbLRObMj4zWHhGV98zLzai9s4ZtEW9RNvGm5E6W5HyjchiFxRtQSoKLBTvP1SsrfDQgzJD"
    "EwksroEApWssKEyA0gScZUO6tdmLvpEJn1eIB/wLX6QnKuF/FF/YreKBeKHI0I1kGhBCov"
    "uh+IbFzBAgb/Avx7IYLL+Yt4OIKHrkpxIKhV/An/xXE8r8orGFPcrtZKDRS5K8KCRFDOyr"
    "wMU+fcPQiEyx9dRFc+pPw+xEjA8jWdbBFnGg8X3GljM2GeowIrIThY8tP93/yC/jQmQmCj"
    "YM7MWKDdAI86llIccF1klcwEGTKzS5YtXpT5Mr1EZ8NbniQpMrNLlCkys0uUKTKzS5okWv"
    "Vn4ZE86yV3na2uFhW+XFOquTnPqsPDn1WS459XNgBAUVMsonsVhAaQs/QkZbbtYVbHzyrl"
    "4G8KoU4Dkz287MKUnqVIZXhwIqLxP3oGTiXFjJV7zZWt428bG7cgH7RLgdsFSqeH2i+qZQ"
    "7SThSFPLJpLtqrGzviwrBWaVtSymmNFGBYsWxNoxTmUJjD8jpTc1QhsbMyfYDnNGw3NjBi"
    "0xZL0tWZkxlVrJGphuYf2qs1k4Lt8rHBdsFcoGbiW7rRVmBoJbj7iBHzBsH8rI4dVNv4mt"
    "g5xPTccjZlHI9rKJOCXYjrlDTsW9RO1NTcYrmLRAtB1GjSbk0Kwb3Te0sMLTNbbwDPU9hx"
    "G219C0qxd2Wj+r+1etWnZFvGfehRs5XehUR7tLdeSYwYwUmL6CbJWSaQPj6jpRVzOtVKQC"
    "aaaVZlpV14mbYANqyhZm14m+7C6pCpe6rAmHKiWXKwA3dmauBRZFeOQEPmSdCUYWHYtML3"
    "TMGxYZbbD9gsZTbNvEktSnJ8eynPnbwBXEJfgE22xOvLBEW5rZRBm6uny8fBj2P9//5+fb"
    "zw+XN5f3Qz7p3KC545mQkMfAL7yBJ1BXlJRzfSjSlugG9dxCujrUYBvYjxTqj15jF5IGUV"
    "dsyUImV4Y7hQDHzTTlTz0nmEzRQ//s/u3tZf/rt/8LzfALGhH+BI79MnMCnc9GU65Wngc1"
    "5UptHoimXF1oypWmXGnKlaZcacqVply16NXKL2Oho30F3/waHJg/E4hv8oPrykBpLLxFV/"
    "wtNwoLQqJUA2P2QNfyI3EtntXaS7hBmiWRLsFtyLVakFN5mYAsTSKtQqirEtmaTMf2sbmK"
    "6fOSKhu/J7R9lfk3gVkLruDQpyYpWKqXUAwTMZUNL4mGj6Aqkr6mVYy/fgQQModMy2b8Yq"
    "unRJRm0PYTPZVg0Ab8bs1xwURKaWN/F2o2XU+3DRD6/Kn5ZG1h+zkomGmqeyInrPJ88yiU"
    "Rbexsup1xi9KPtjErv0Zz/Go+dySElN5LH+RaiKTuNhouHfc+gwTMr5Ke2Q5Way8VxQd3N"
    "G59EuiuOaI7WVO6Vvhh53U27RU7FkWtywWnrm0sCBeBaMmLdQGSs1tSl/1ODUWfsE2tpvR"
    "arJCKucDvJWa1hzum+XWWIkur6TXiPDI1KO10NZ1iTbZoaYU1+YbgYRAWG6F5U74wZztFa"
    "Y1KryyW53XSMgMM8eCIQvFarByhDjKbNTRQ+9usXsEOSch2ThPkD6IX4dk0s8LkXAosFng"
    "IeojOnM9BwozdUYvKBwZ4gp59RuG5gSbhPldBEjbwI7KVIkmJXOH7XeliOdMPDw7NMmEAu"
    "mzi+ZTJ7qGqwQ37ALXBgpZdQX9Zz7FPprzra7h2ORgYF/aiMxc/yVSkItRy4KCWlEWpUW9"
    "ZFUshn8QQ5NvNPlm1e2XJt+ozQjQ5JsLTb7R5BtNvtHkG02+0eSbFr1aReSbaVCwIawuWR"
    "ALKR338xhpudXSBGE5h1XdnSnxLfo7Hz06D/gpGN009XhGNSEKDr+7SWAgDqurWj8WVnm5"
    "6HOLexQwqe+Ruk3Nfl5nyTgvXzLO8ySc0M/QFMZKyykNkvdDh0ovpbB6EJZLbAB0Ansioa"
    "gmG6YiWbW7JFZYwlerTUC1KFEV26fj/P5JCXR8W70go/I7KZR8IwWW+PHGogwX5fConmEy"
    "girP69/Siqo3tbQSxg0d/WEBoi1BuWuhFuewrt3gMDc2FEXyHa9HbUi8sVeAwOSu6VZhLz"
    "S6emimLl+KucQ3Qam7ZLCWSxtB22NxEUAtORBEIhcQ5vxCsGe9IB97E+IL9OO/A+z5BD6M"
    "J4yPsopEeG38sbh8jF1Bmvsbwh5BBt8F/yAG6vDt8IzYBp54FH04Pzw5On7/kV/rYTSlPi"
    "xUlEm9+DkOW/saJdEoyaqzm0ZJ1HbdapTkQqMkGiXRKIlGSTRKolGSFr1a+WWsLPyn4r1q"
    "R+hPfKpa6aC7iUgrxo/dzUydSCht6odYzcZ1N+pMXWflU9dZUcisQRkd4nlh3D0Z0xm2Sm"
    "NmM6KLs5eUPQjbUGfu6km90eW8blhhlX/y86ebu8vbzvFZ90SYnU9WVBJn0/2xGF6ioda1"
    "Qq3Se9Nw/CZCrx6527NupPL2By34robSd7Wq63ehiS36f3vBLLCwT59Q5zmYWXz3+PiP/a"
    "aO4E/gvftTeu8auug3HQAeuySH/vy44XuQk23LRB73Ae/MkK+w9bcibbyTVxj+pL2GV8Dy"
    "p6+w/GmLLa+A6c9eYfqz9pr+7zu2/KpWb6nFYVe5jpjk1TY+AuAbusRjRWnp+8Qbk7Jde1"
    "64Ldb/FOKanb+tgcUR2v23BmYPIdthBNk2i50tkVb67LQasWzD4bSLhsz3QeO42vA504/Z"
    "6h6oG2RbMiaVira9haQcxXnto6+6VZwOK3XRUiZHqsUsfwN5hH8jQ15NMsYzwdlw5hARe9"
    "t7vul3+QHMfsZddNvvX6NBcHJ0cr7fTVgdBsGGRW1ygCR7B9gWITXjYmBfET5NoMD2qSWi"
    "bRnic7P/EV1Tk3p0Fgav8o/CFPTIJ5Abw++iR+JZeDbCfuoameee+gfocmCHikOCe/Gli5"
    "kvNAqbgJtN6WRq8f/5cEc4yW2/19UMEM0A0QwQzQBpHyytGSCaAaLGq6YZIBeaAaIZIJoB"
    "sikGyDNkhVoVAYuFlSYoiMRXqOR0tr3Ah9rBtGVRbDsIoF0peC3Wc/fRm+ExtXgWK8HRE5"
    "GWBKo9JhpvrMw0OBIaWXFRsF1ZQ3uR2jpn6J5wL+01NOTqUWbH9VL5V2Tyz4dw+9wq9mSV"
    "IO60pMpbyF5GU/WCLP3gOWgKemRkVM4X+igUVQLf8GNVXolqyCukW619Vq6LYWSGmFLIxT"
    "VlfKtPeQcUYBfJl90q9MLIXLYMvyj3Ums3vnbjaze+duO3zbeo3fjaja/Gq6bd+NqNv/1X"
    "Tbvxfxk3/q9Ua3YTfjkDe3T4jEfFnMDy2WlRTmnX/DVXdjWX3AbKa8rCWavYPC+ptNV7Ql"
    "1l7E6bZ5qj6ueYu2EUZbwi6rlAKdw9MIvMX8/7n2lgiwBA33MYYeiWjOg0XbyxUTh+SvXd"
    "xxcqkcfy56jy2FZAi88WIzzeZiG8tZMIdCG8nRfC4w8bmM1QrbSIyqCWnOixjWCL23RtXb"
    "d/lgXcIMMZZk2tnRdUOmbqAdRFd6Du9gxdASemzFcwyzTFFMXTxQ/XVpPXxRbzQy8DMH66"
    "fPh0ef15Lz+frMHSmdf1J5hP6to8PblmrM21Qvffb2+r4Nz0yip1zffEVSj5e+8bgQwchZ"
    "jaL9YJ/94kDv7ZZC4xSnDw5MtuFQ5OosuG8p00+QYQi/3l8qC+q8AMUOY+uTqYjNgG/1Om"
    "ZhZ3QPIOF2ERSt+BIpWzsCwl/3pGsM2i4pQO8siYiDTLNAzE64j8zOJj1+8iF3v4CTke4q"
    "/9zO1CzXEfQu343cbY1smWNUavMXqN0bcTONQYvcbo1XjVNEZ/oTF6jdFrjH7DGP3ug2m2"
    "jNdvLpqmjO1ePlMlEkpjxo0iChZghno4QxXQkJukGD+A2nhlkCeW3mqJLGz72EOQ5dTEh7"
    "3Ao15jsEcojvrctjCCVUly7RI/mOASzK0seDQWUXl17ks1Y4uvYu+NkCb4Tzx0wUZ8GDQx"
    "fE5QZfPfc2XB9rGyStg+Wv38EuMvXzf9MusrCtlH6+Zjg45otnBWhURWEa/aEg7ZB4/pYd"
    "OgyC1UgeBD0sClQ7kCt18UbAN2/wg6r2sUbwS/T+MBqwDLGUmlkeV7Z+Z4SICd23PfLkWW"
    "EyRmHdByL26trUZvhi1nRl8xuLyb4NWehRl9oib/99Jj1N0rwO5y13SrIDwzuXqI48t1SO"
    "srR6iGyzRcpuGyFvnwNVym4TI1XjUNl11ouEzDZRou2xRcZjZMkGiuNTviJnbbe70VEyOu"
    "P3YE/NJN/djKo2bCf506V67owq7pw650YheUOvKJDYdX06dPectXF8vMCascOPJNKosuTV"
    "GgUBT6rFlzZ401NCOTUftVFk+Jt8HmN1LdnVnd5m/diA/TKS1w6tVDixeaUHl3dA+q8nEe"
    "qrqbWT3nY92Ny+/r0xMdkwfi+9IAOX9f9oJulbPP5RbCfuBhe2hiOyzivZyqL7n4on3g4k"
    "OlG0fcFHVMx5XM/K74+BOU4HnDEKgoWPj3N/39Lggjagv0Wd7+YLFbN3WPV7gjzcAel4SU"
    "l+yTIgF1N0r13ZIboVqUuyltauFGxo4Ftkh92duKsU9r7ZNOK7ZJp0cqTWD8jQS0BtsSri"
    "mYwRauWDaFyWtlyFG9CeyRTxsWVNjii+SIeGhCfxAbZguCx1P0QrBnvSCPTCiDEl18+uEn"
    "Wv4by09TK7c0sAc2CI+dwIavPGeOZtgkTMxp/HRHvB8i7E1GO4XNY9+Z0fGFqAz2vQ+nR+"
    "QnQs6cT4OWMzbLprp/7kWqSBtCzfV/aThmh3BMuj/qTnVpGaWPid9Siu6ezSeHe8PjSSyk"
    "NOfgMdJyq2cQ4PwUH0DKzZkS2Z5Fj5oeNwSbIK3rjlgcu1mg0xSPgtV5gQFSvjQ3jwG+DJ"
    "fH9HYfgn7ZAbrhK55Y6VHgBb7Y58s/ZRww9ghfPg0iw3plcc4n6vGFmeEfxMit2xu708Du"
    "MEJEs9wkgUX4khzfef+jLE2aeM5E8/AZbBXglxc0J9EdnjxnBqHIL+XreTw/CRWHoLFe0T"
    "XBQhMsNMFCcWhKEyw0wUKNV00TLC40wUITLDTBYnPxyNrzsF70Mzns1N9mZ4WUtuq9c4C+"
    "h4puf78tDRW702sjMFkxpT2TzYN0thd+WWL45dGXZaZXPWtB87CdmsGXOmvBdrIWQMXkaV"
    "FNjOoiy9PCmhhqWbqf6KlEWKsoBD60MTPlmWUV4s9iG1tEzGUO2GtqyxQJTXpCFhe/j7Xe"
    "fXJ7Rp/KVsgauToi4W3mY6eYNU/EHim6ey5t4E2IvXpZh5S46kb/nqi6e7OXp78vn98rst"
    "8r5RZolvV+C7tAl9gQzO83zhmRE1R8XV3QVgnjt7DGRo8bibiNJ3WFqmv87ClSFEyOEgf2"
    "Z61dkRUllmhDOhSR5gBdEc+XeVEaGH/beVHS6RYawfF5QZXDJprHCm02KYqZ1WfhNWiaE6"
    "Uow0ZL7V43L0p++GXSonz7/PD47ebTY70qECSd9T/bF03KQGSKByiyz1lbYpqN1n5I1Ysp"
    "I3zFdVuW8b3iGjbrTRqToToN+WPwmT3HdPpn7As1aJLBa+F6TYXSVKiMhTUVSm1+hqZCXW"
    "gqlKZCaSqUpkJpKpSmQrXo1dJUqC1QoaLDTf1ddkZmUzZdRxof4EFdxppuf7tddJpsyspJ"
    "y7aMmHOdUn3d3By1SWbrGbyaY7brPtg4xQyzcmuWj+KslMqD+JI1s94vyzZbh7FVI5vB/U"
    "0+Vgs2bLeOPXkkf5Ul9UoLqnwU+hYpim4aIiSFu/HP//GY2YjnEMJ4M3779f6P6PJF2HCB"
    "8RfMLDwdlpNwqvfOBeLqBt5/EcqihqSc9W2m+V4teA5MSIdFXFy0py6fY4pkVR7615G+qB"
    "frq8QeRW1aZW6e16zKjbMq12RzpUiVqlPNCmxO+N35mZC5DgtB9rZSzkbEM4vq+lUQoBKR"
    "NjCgHsZ8Xl/PoUfTnjTtSdOeNkF7MtJT6eq0p8yMrIgHUcb5xJwhRWlPPTICY2H7xn5yvB"
    "mMlgL6U8FV3coKWtH1Q5oRWJr9Kr4Riu+E+sHIojkb7l2i+C4IT7i9mC+ySGGbzSGplYM6"
    "jsxtxfiSxt9i5Nj7CCOXeDOHjyEu1vn+HR2fHZ4cHX1AfXBIodN3g+Dk6Pj09Hz/YmA/cU"
    "EDzak/pTY6PUJzxzMhGa+BXxjCT5A7C7JQTjwnsPl1mKEn8VsH7jr3qO8TO9Sni0JlRlxh"
    "xq81/WBgu5gxaDCw5VXE2O+i6Fc0epEP5IvTeb9/c12iy0f+WIkx4BpkOwNbOixd/pGLhX"
    "GwyNTl/CCeEZBaCbWGMtGiBx2oc2ppIpkmkuUlW8Vu0USyC00k00QyTSTTRDJNJNNEsha9"
    "WppItg0iWeq8U3+nnZNT2rbAKPsWq4viI/duduEhq6Z4sqok4iybpRQy+TbYZNgqpinUQ1"
    "MSaaVzJlwKNRuP2cya+77Omvu+fM19nw/fxyxgwzJHZjVPZFFW5c1OD3RF/QT7Uo4pIrxr"
    "w9jx1WRWKRB95eyypV65Eh7Ff4BHET2m1V97LrmQALmSeQuF22HgaPbeqHFN4gZ+wCe3of"
    "T3rjqRF7Wj9JwS6YsuEz/3KtP6+pObyTWxarhXT+1F8ip3Rbi4PhLPDyzK1jjeNzLXQ5ng"
    "ypelZLOeFVO5Q0SNYYN3yRc8EtDOK1+R41ruhuMKf8Nx3uEQD++hSwSwturMVdiQyt0Tvx"
    "+onyjcuMhXHdLyWTln+SxHWS6nyVZweyrIsUqye353vBmfpDzxeqxvotoI0ydBnJsRfXJy"
    "SrsV+rG223MkVPB83Iw6r6T5JM+WIUC01PJ1mT658Zch+ny6fPh0ef25iuezSeJKUZcUMF"
    "dKeq6qmGry0M24K8mtlpNXoLSzR/ioYD7ilyIXLhuj8I6i5mmenHJysn+AwHvnQjjok4/5"
    "fA2EDjm+gNgiSqgNIK0kYsFkwlsnxgF6zNJOQOR4gcwiyqx5ZEz443TR8XvkAGGG72z5nU"
    "IKDML8Aswc+yO/Qax8SDZB8bFDck1oc6ZJ6qE01URTTTTVRFNNFAfpNNVEU03UeNU01eRC"
    "U0001URTTTTVpD1Uk/SBp/5WOy+otHXhuNrP6qs5Jq3lmAjspNLNX4G5vNarv7UhC6jLKz"
    "z6x7WCdY8ronWP8+G62OJaNUuwE0sobe3LWE0l8r24xCTeM25adyYlpPIWsp9WVIlMFzKZ"
    "GTWI7VO/KB59WR60jKjSIx2WwptIW9TpPfYPH27uDvuYuY53eGn6eH+Vblk/70Ea1nRsH5"
    "vNOySRU7w3IDXdIz+IuI59+PntDNOVsk5t5K3g9x/TRQSiCfWksAGl++Ob1DgFnbzwDQ0C"
    "/5IfTE1VSSiyWipsySeTwC5cN6p7qrABpXtKVl6FXX2oMcpAa+r10ZifPIYzMnOJFzlPVu"
    "GnFDSzzbKh2KIiZp3raowd92V/r2G/feL6o7tY/6a9tkBbqTPrnZVPeme5OU+Yl8mnfFUX"
    "pdpQeS8Wdgc/GrvYhxxkD4neu08PFNF1+WBxsf1cUptuOd13Ub5djF9+ChzxwzQ4ssSMl3"
    "2WzURwLDF55YGvSFzldyBknDY37BZOgjIeQDAmmgz8BbF2jPd0CMEXPMejDXPcV53fMw2o"
    "PLB7aUWbD+dao7liMJcw2fkm07Gw+doosWw7KndDPL+E+h7CppWMA77SrtY1H+ostB/KF9"
    "oPFQttaqlZbaVdaKAdU0/xUhvFIGxiFhpR/FKQ1vbOsUM+aH5OjyQWTUrGdIatg2v5c2N7"
    "/6OmW/0rUBjFR4Zvbk3PUpUhP3+6ubu87Rx/6J6I1vgxjEomaHq7r+sa73jb8uux//uLE5"
    "8aEQA5bnqdfIhmOrA5231N8iEW5+tTxH+0Lrr6RvMi/uFRo++RJ+JB6sC9Amb5whXdSlJ5"
    "eB2jw4knacjL+eRA25avKJNpC5ljIzZ15gxRm38iWn8D6QepAVkDDcgWyN+JOTX8KeQElJ"
    "8g+cTw6wuacR2JsWj3Dd5qYMsrnbmNIJ0ie4OmBBv8DpChcT4lNqIz1/F8oKLzvnWAOt4Z"
    "Ox45kJ8PoR3+5X45izxgxAvNTSzNHd8pd1z2QYPFPhZQ2edd37yZBf78rMb6fn5WurzDVw"
    "unBf7i8OUusF8KICFYeUqMnBV71RK/2hb2/3kK7LGIaxkF1OJvOzuA+/2/TXe2PcdyZhIa"
    "Mmj0TOtAhzYS+WeREfaadFQsoEYXwW0bd9EtPAMyRUd1XGoyYr3++LGR7hErTJPuiQVa3D"
    "18u0x8QO2eAyOwwn6Sqf1R/Hzq9RUs8s3CZ1MSKlMkt7p0VwTMRruoV4bKfg+baZlx68bE"
    "pgaVStGwD/gHMf5OyXyv4KSSfFl5SPHBCWDJpXT56eQSwV0M2NRDHnTnKTomoA5Gb6K23u"
    "xfIEawN552wyuZOCwwvrPnBwk4bVjUNvnRgo8C7+UgdzLZ3G1qHCW6krmqjxT6SPHzHinE"
    "CG9g3eh6lY0rOdzpCa2xnesAPeflQM95zhdemBuwYqtZyNnbwkZzJY+ePcYexXY0+wq/bO"
    "AFtTM0bns3acTRyY3C1mKp9kSH1p9n2hkZWicIW58d9NlBnx3Kzg7XhOG9gmOD+LzyxGBE"
    "Vyw7LZSbsmAXrjfbOvfLsrdZ535ReMuhc7/o3C81jlg698ta+kDnfkn1n879onO/bKwLft"
    "HcLybf+Dd5q6Lr1+Mg3MRue6/HVUQ9MoPoq4m3UgDc8WmdsN/T8qjf01/HERudJHfvhAXi"
    "f6MkA7GAyqvDZ0jpgCxuxZVG8rrylTRgvG7SnyH9TMXpgOPvulV+DZq+Svs2Xjk8tW9D+z"
    "a0b6NFBy7t29C+DTVeNe3b0L6N7b9q2rfxy/g2dnvm3ohvQ5y40+ccJaqEPROblhy8l6cd"
    "iIW3mG/pa/96r6Hlv0Rq7j6Fnw683krgtSIejz63hIn9vQKHR/RVtzI8NXXR8jJHycUZpn"
    "b4ueBdTxzLgc459AKI1BKs7f79QxfdHGL0JfACdBcYGCJAb/5+SEQEN7Ux+u7D3NXp99Fv"
    "v0Hho6PSoE/tR9F+FO1H0X4UpXeg2o+i/ShqvGraj6L9KNt/1bQf5Zfxo0Qb/iZvVlpGYX"
    "/KH9FZ5hucZVZ5s87rsBjKSQy/BE+k5FRZx7zrT0WdRK5lbVxd7iqRUjlkaO97g7C8Vxa8"
    "UsQ90sOeH0DaC4tPzx6k2C9wlOQv6la5TEy4HHJuZq9f6j0Rt0GL98nVhp5BFxAbvKHgPX"
    "FsqODshb6U3s0VuuqiT110jRwPfb4QubcsahMGX1OfofxtBnaH/AUJtdjhaGYMPSJ+P5Cf"
    "ZR4EuR70v7jpmBtfFJaWd98/QHcpzUxCXIitl18O7ICJyHzwAI2n/BOuj+34U5naS+jlkQ"
    "llPvG6iDlhkWh+BW9ixgcloxeQCjpi5aGz94cnRyfHItpVJBUb2Bk9sUxWNhsFJuQMDR/d"
    "mdtdNCKMGkTYBSoriFVZ2GDq+y67ODx0oaL2ATX+//bO9bdtIwng/8rCX2oDtFU7vrTnfL"
    "LstHVsp4btAHeAAGYl0RIjitTxEcUH9H+/meFbpB5L67HqzYc2lsQhh7O75O7Mb2Zbltua"
    "4LCM4Bbwr7GV/kNKHLve8fkvx7SV3TFqc5TVPys10sSRLlqf6p2J9v21GESgQdwo2NVIIj"
    "aUQX+TU1tkWwfFX1Kl0fhPnNnQpaZDT/Q9OI0dFm4gtH6Ex3b/5PTsXd8bnfS8cQt6UQR6"
    "h63+f394p9/+Of3vcQC3CZc8LtrtGAvWwVgpfxmrdjIMx87RScelinDQ+D+RQUUXbm8kpj"
    "JurhcvAr3gAypxQVZPq8cdJuVojez+8msYVLep446z74z0hnPPsyHg3NDhcnOBCoiUpgMA"
    "TZJ2oyMh/diyXtz5X+yeFUA3wR5soH+xC7cxtHojC/QdSAS74sGSFLz8IHDotWCQ2gP3ZN"
    "ynpgrA5LBmxbvF1RD7INkH2fT9zD5IvR0j7INkH+Sy9QX7INkHyT5I9kGyD1KnoVWTp2Z3"
    "6wfVCvvKxKJbxItoDY+rXelgnXYqmHQPqxD3QLG54UR6OM1wjWbGazSVZ9uMmNZOSkobbG"
    "e6KoN1v67C1f06H6v7tbJPaLIOVjF4UUZraz8WFFXflXUVUy/ak7XO696ge8+I6fzuJnC0"
    "ee8+W2kj3LMFG+GeVTfCTbxJ9e/ueosXRN64A9K2OvpzrvG69zoiJ1zFTb1q562X1vqhQQ"
    "zuQv/6zhBodH6aue9TpSFqRLVuhX+jo/Y+0xe3XXu1+najJPCNtMXe7QHWoBHiTcB486+/"
    "OYNe6tbRKKypMrtg569MYh+2/Wqjsg0e7gsMvYvtvjYa67a7lzCfkMODuhh39qOxMLZtd0"
    "1phtmBy4PasJi9FNmZS9Hswm+GOD1PA4WguJfECFs4R85Co4VQn1EIFzuRDMThuBP9/HP3"
    "7MgQFJDFeDCMvz7FFh0rlKMWLKfHMjQELPTDKBB0E7hn+gi+svzQfrExRyELUrre2PPhdJ"
    "NsM3ssFy8dEQWRY3Rc6GWDUnjyRKSRUTGkaCgo7PZtDF07GJlMAtoDz+tjbL7reyPLpWg3"
    "7Y/l+WNQVH6naK7wIozohtnmW6j1awAahBRTTcaFgWIk7tOGXKGQDnpIX8XQgy7BORIcn+"
    "T4JMcn9zNowvFJjk/qMdQ4PnnB8UmOT3J8cpN1NDlAxgEyDpCtO0C2LYPrGCFDb4WJ3op6"
    "oy9nH0on2CIBgUUfLMeWysTDJSh8nCqsHk1YKZiwIJZQDVEOI+VcoUxI61ShZ9QSIRWcL2"
    "0pZ6hoWvK+KUVpMom9idL8gRrvMkoTuy+bPj0K4lt8drSlPVJ9bNzmmqpXSF7loXG2oD4y"
    "x8Z2Hht78UJPKTSWCuxDZOy3RFc9YmGlBa43wqQ0JcsXZPbB+Ne5uhraP19ul+3f9uCtLt"
    "05LZBLzbRAF8Q29VzPvlF3J4i+9G2htiJa0BTtP/+8KzVF++Z5pgG+3Lc/wlN/5kVbncQk"
    "sUZzbkMsRdnM+a2hirRtaUQkRJtYl6+nhmwLRvMtOv8NWpbS+Q36GSPT4ukWpt9Z/nKzhf"
    "5qK/1FS/3KpBGj8eb4rKYvx/PreuMXpN48Pd9SK9yVsIP1zdDPFWboBDaodPJMQGtnyh3x"
    "GpfEa2gzSRyqWXr4BjtvqQf/Eau4+613XM/MCRwlD+GsoM7m/uydiKeStru3fDhwFpp+wQ"
    "SkIrlf8w/VllCbguTQmEp3Lkvp3JcfSprujNvWh6xsZ/l6capePWI5e5SxjLXsmpNUwhxn"
    "IitRl/NTCGcZzNojDXH6vkxklvBLjM204jouFSITy7j4oxa2qiGiEZXPuboy4MAhFbMh1/"
    "Ek9fEnpKWYyK5vj+A0VO7LEONYi4kHK3rbEO2H23YMYGIxochp9eCyWH8odkAbYhGPmZQt"
    "ypHMD3H9H+laTlKqyA5TlrLjxiWSbtzvlhvC2jEQVN8NLzId2r0hldxhtJLRyqZTYkYr9e"
    "a9GK28YLSS0UpGKxmtZLSS0co9GlqMVjZYjTNayWilxgZntJLRSkYrGa1ktJLRyupDg9FK"
    "RisZrWS0UjP7M1rJaCWjlYxWrhOtxKh6bDYF25eEdDb9PTIDz4miWtg7RhfMXk/JK18U0t"
    "neX1Iwo4m9178tPcEhKobOBHQ2cluuvoLfPGQZIzZKfsKikM6GRrjyIdNUC2vHIJOitXMh"
    "3a39mGmqhbUzOk7B2JmM7rauZfd29xghJE/1MZIJ6W7sh0zT3bu5wXDdyWjO5hVzbZ2K6G"
    "5pZDr1mH34MeBpKlGZZaFGMYUtGTvhV5VCCW9CCCtgdsXUNa4pz7fsgXubRBmKzu8Z2yZA"
    "deGu9tDMf6XdKf0219OX04wYnullYIUYQaHrfXx6fry5AoPvjHu/+t3qR+6gDTpG7pztc6"
    "tHGcu49545IAmzWxRZiXu/EvHFCGUvXrHCvdceaYjTX5pWIk7CMh031Voctg2B3Ppj+4h+"
    "BgWiUWCL/IAu5qHQBtet0O5jMeKuFXpu/OEoqW7sSDeUdqHIcceNaxo73kjC6dLSxokLV8"
    "TGK+y4mhYzLtdKxn1x4y1P3X65LnIi0XHpTpOv8urHC2H7pPhxjPnHlqzi9sTZv1rSRx1k"
    "7z8R2A1bEW7FoYMD3Bj30LdGckK7DNPpuKAxU/eN/dxM3euNAjN1X2g/pu6Zumfqnql7pu"
    "6rkkzdaza0mLpv4Ctk6p6pe40NztQ9U/dM3TN1z9Q9U/fVhwZT90zdM3XP1L1m9mfqnql7"
    "pu6Zul8nBZ4H6BWfK2VBzR8t7ZKyujxPCIVQNntYG1nepMXTaL6SwRM1dbE1leCOQZOG9b"
    "tLwntVxvtuhq9Z3/KUq3nrWc3b9cy5s/WFbO38+bpmr9QToTRX30al6bkWX1xmesESSfMp"
    "4ZoWS3VTQoL1TCLzlCaFM3I69+GnGEh8TnXdfSem1xzZruErsii7V29IaoRdvyApPKzc5c"
    "tSOnf4eB1EgeXGnX49ceUKv78zwPz6k4R55Y1vD2Rgf5JoibmYef2xxjLYvG9+QznTjgXh"
    "U0FyJeb8WtCVDZFcm4jyogIV9nyhxBsYdCS2U8rcQOL6m0QQfDRG+NuCw2EMVzhw/CmnyX"
    "OMfIYfv4ipbW8KYyUY2hM4/QT+OqpFx8UScjyOUJQAedC9wJNfxfcvTjvR2c+n707P4CwC"
    "aTRhu0SIv9iOA+aCj3i/PWyP4IM4fZcc/wsej8d1wc6jUh14+HbMJDmT5HX2ZZKcSXLtGT"
    "wmyZkk12OoMUleaD8myZkkZ5KcSXLFtmWSfJvWZpKcSXImyZkkZ5KcSfKDCybJmSTXZpLP"
    "JDmT5EySa2F/JsmZJGeSnEnydZLkeWRezZNVlNLZ+LclTXdPayX0Q82zYxGnVZDaF0LroY"
    "B5rG89pIYud2WNu3AxEJfK7IuZ71J+Zkc2jmTde3AZc7hXFi5hSbvqyn9jCv+OCC9tVpdM"
    "Me+ohDvnPnDuw97mPjAG/v+HgX+8DKzwGd5hkzu4Y/dVHtQj4NXjjGX4t2VKkDFDFDKdgt"
    "RK6PdHgVcUdElRuGaF+K470BCn78ugNwZ2W0R7Lys23o1GUavjTiwfVrnwbpdYTfxb1I+c"
    "1sRye6AlnD6AZrdfbHzpHxnJSUTX8nvQ5iMxsgK4knRbI6sb9eUrnYJY7b6EcTA08PTpqW"
    "i/JTjJ0JqCBKjgwhmQWg+jcTca0tVRb0PEW2DBod+isYP4d1IKnGYgkzSAGVPhHRdjkkhn"
    "SyzzHYfMauuLf6V7Mwt39FUMPeg+MeTteaOfAlG+f3Foh0HHjQ2MprUE2BVksJ44ahwmNc"
    "tBMpjA1JDrizMV3nhSzlS43qgqU+EXs3w3U+FMhW+iDZgKL7QfU+FMhTMVzlS4YtsyFb5N"
    "azMVzlQ4U+FMhTMVzlQ4zXKYCmcqXI9JPlPhTIUzFa6F/ZkKZyqcqXCmwtdJhVfC2iptUC"
    "usc1N8ogD9QxKg12bl39D8e2T4p7KqWlid3CUxaqJi9Rkxna2O/hVxnamqxQNnUhh8q5q8"
    "KKOzvd/yYNnM7hFyqLYuzQR0NnNbru7C2jBbS8yZ0iszFdDZwJ9SJXdv4JjmU7FwLqGzib"
    "9kWqra+N0qNn4338bvauaACEpWbTzX550L6Mu3fcp03D7g5kfkMDOVeMyyUCPDbqnvPkYq"
    "/sA12LYCgldMXeOU8nzLHri3SXyh6PaesW2Cbxfuag/N/FfandJvcz19Oc1Y4ZleBlaI4R"
    "O63sen58ebKzD4zjj73/Ik3mvpyDGumC3/m5xbc32BgLGMvH8x8+RmmNCDtDkpi6+E4P8m"
    "ch0EKSHKWlRY/IUShjj9x9Lq6134f+Qi9P5giCf47/qoVHu9cEC+D1grtPtyBMK491P8YU"
    "ktdiFp25ysJHvHnanJfoR0fewgGkeOtFerxU4hX4Eovk3UPxxngzDdABh8VCbvnxNKXgxB"
    "Udebl5BA8UJBV6PoEJWLxxL0lgOnsyZBx8XC6+IQvy6cQ5yevDt5T3h+zPL73vRDcjY7EN"
    "OhDMUUrjyRdl8EHvQEnzl95vS3No9hTn+bMXzm9Estz5w+c/rM6TOnz5x+VZI5fc2GFnP6"
    "DaIOzOkzp6+xwZnTZ06fOX3m9JnTZ06/+tBgTp85feb0mdPXzP7M6TOnz5w+c/prJTmzML"
    "7ic6UsqPmjpV1SVpfnCQETymYPayPLm7R4Gs1XMniipi62RhzFdKQbStscn9U8upcVHC8L"
    "c+lxLj2uY+lxLoLNRbA3PxfcXBFsLp2/k06crE6ItWyyrMkE96sj36dqr7sbp5hsU19sUV"
    "7nrtyu8sKNXoWrvAjnvwarjnCupL/M5OsP0OfctYrVy1I6Wz0LVoqHks5aLOMJdDcTzr1q"
    "/wVxtorkvixtPqPimPGAim857FZJHNpNZst9FMLiI8EYahJZSr8bi/JWxnRkgd5YnqMSn3"
    "wORHFwKXpD+N4SoSeg86VJEd6LkAJzVULMf4gPCYQdBlnGxYV4gI4ih+IQJKXrYQ6ESLKL"
    "DDEdeoHVcW9vHjGnwqXwAcobmKFREIDOF+LRdm8oYJlG1xBeFKIC4dAOxNPtw/VP+VWPDP"
    "EHeuY67uEk99LFuR6oru9NhWPJ70kuBxjG/m5l0qILZ4aTjqwJXHUs/ZHVF4l3UkztcEhC"
    "OAfqwMuyT5+ebo8E/v0IFxqJNg4o2tghzTMRXavnYe7IY/voRNxj97VcnCzgheAuwY5xo1"
    "3grSUXB1NTOoq4lX4Y4YPKckANn7bAoO9KX3Utx5senXRACLNhkjbC80M/6ovuK7UM3H9p"
    "uw5SO0+QkQFcNdtzIjgRT/K7jUcl+ompD2MoSPRKbGnHEgFuXgH9zA3QonCaw6/yBc5qks"
    "zXo7gB6IMvXMtKtsXw7cEwxOa2+nDv1JXgxNB2iDeA/aEX/sAUosIFx1EQktmG0IhJx+uL"
    "wEaD4nEvnj+mfJze0Oph81FbJJkccC645/gOkm4NRnK8AZ4jufnkQtCnoHuFnv/6QRDXia"
    "bA3xNjRG7fo954Im6hnweC7rfjPlg+LKn6cuDb4vSfrbOfT98L6IpjGgsh9X7s/4XOGXef"
    "81/g2LNTOhb3TsFOOym2MSleEBPSB7tbE4lPcNpgJDgCVWHstmCA2wP3ZNw3ROfgCdta0l"
    "YoD74M6NMFmfmA05Q4TanOvpymxGlK2gPenKbEaUp6DDVOUyq0H6cpcZoSpymtOU3J7jZ1"
    "QCeiWgdgYS3SZEidrzKkzucPqTrwmtPBOB2M08HWnw62LVeyhtlgCyoALn98v60a4La6OZ"
    "UDFLEfuVFX30AGGAWG62dGC0Pgy6ZEGpn9Odd43XFvqstkBkq0V1FG64dEgvG22pZvh1Jc"
    "4u7O2gQAMeBhhtG3SLGoZVlMZ/vfWuILaNvCyE2zp8VKZl+wmDqtrqYoeqoeb92/OOsO0x"
    "oXJNjdee7g2foxx8H9902yW7RK/fiv59ICtZJ6lC1S7/78/Ht6+Gw+Um1qqRlYXQus23hV"
    "WT2N1q2SRGKfYnXd12aP+7WnnKa1NjHfX2n9MyOns+2vKQlMqSDszJx8pSn5ghn5PKvHb8"
    "tmNXhLsjqX4oWXrYbVeOdOcPa/KK+qwVXr8pZ6nlbledPbruGXChaZjy4VKjUvh5bm2Pjg"
    "UvieN47pIAv+ebF7IE3oznToWd8tX0g3mFp+gKQIYTEDz+sHCSFEtM2N+91yQ3huBWlTis"
    "Pbm8ejjhtTSikl0iZwA//6mBI1E0f2rD5SMXZIv8I5hhHyUi5dayqxDyCdEWM5VIIWcaDB"
    "AI7quN/kVHZzSgp/xmTDyI+CxK8hUu7o1ppIRxL/JA6tHxPPD4NWd9w3fYv+Ppm8ch1aBj"
    "waOyQY8NA76syAxwUDHgx4MODBgAcDHgx47NHQqgE8YDWkMqrS47WOChJqoJXnByPZShGt"
    "5HitzUwx7zeYeSNRrIHVj9Qog1xC55fE76Rl645KiGgTvMo9CCY5EFTsXiercws8ZPqKT+"
    "QseUvX30wkcWK+pUHmyevcKJ9vHsRswzRqkLXjZVzVcyulazTJo30ajZ+9kVXrg85+MxY5"
    "oYPR2Ayzw5a6of90LeHY7uiCvMmYH5uyiaYjXzHVD3MJDfFdOnZfRG5oO+Kr9WNiw+Txqy"
    "ECGOihgAX+1yig+frXk4pHezOXYKewXk5h6nPmUAZKpS7KUuuZpm7CzAdPf1wen/3jvciG"
    "lnKtnPNVauWcz6+Vcz77ZkicgA09xnvnw2J3MZwieSyqtnlBbI/avG35jhxFmJs/WUN1JJ"
    "3aeiWnSvK+U/ZTB3vpOZvI0f9jI2dzITWMpyyl9Y4faQ6JuItneys+xNe9Y7kVTDy4MVVe"
    "akZMZ1SKVq0wm366vd+ejRexUnMzo9QpqeRUhS601717ZWiqPM5LuNTV5dPV5fXHg/puvg"
    "ajw4LzsXi6Pe3lq9u6PNRLxgZtxOcvd3e7YtMuLd/uDQ9q3ALJL8Yip4DMj1nmEZi/oOQV"
    "t14r7rkY1vzl9nwOS6uQ0Oom3nwdaxxUChZODv8bWncjYTa4Ymi5NUsc3HZmjv8iF3nTRj"
    "66WXuBcde2ic9Ovdx//Q95Gw1d"
)
