"""Migration 14_20261203113005_pemeliharaan_mutasi_register: the same change for SQLite and PostgreSQL.

Made by migrations/make_migration.py from aerich's offline output for each dialect.
upgrade()/downgrade() return the SQL for the connection's dialect:
  ''    nothing to do on that dialect;
  None  no SQL: write it by hand (or, for a downgrade, the migration cannot be undone).
The SQLite SQL runs as PRAGMA foreign_keys=OFF; BEGIN; <sql> COMMIT; PRAGMA foreign_keys=ON;
so it is atomic (aerich's own transaction does not cover SQL on SQLite) and a table rebuild's
DROP TABLE does not cascade: do not put BEGIN/COMMIT in it.

Edited by hand:
- SQLite has no ALTER TABLE ... ADD CONSTRAINT, so mutasi_barang.ruangan_tujuan_id is added with its
  REFERENCES clause (allowed for a column that defaults to NULL); SQLite cannot DROP a column a
  foreign key uses, so on SQLite this migration is not undone (None), as migration 13.
- The mutasi kind 'Rusak' reads 'Rusak Berat' now (models.sarpras.JenisMutasi): the stored rows are
  renamed in the upgrade (and back in the PostgreSQL downgrade). The 'Pemeliharaan' rows stay as they
  are: the choice is kept for them and refused for new rows, so no row is moved or lost.
"""
from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    'sqlite': r"""
CREATE TABLE IF NOT EXISTS "kartu_pemeliharaan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kib" VARCHAR(40) NOT NULL /* KIB */,
    "kode_barang" VARCHAR(18) NOT NULL /* Kode Barang */,
    "register" VARCHAR(10) NOT NULL /* Register */,
    "nama_barang" VARCHAR(200) /* Nama Barang */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "jenis_pemeliharaan" VARCHAR(150) NOT NULL /* Jenis Pemeliharaan */,
    "yang_memelihara" VARCHAR(150) NOT NULL /* Yang Memelihara\/Penyedia */,
    "biaya" VARCHAR(40) NOT NULL /* Biaya (Rp) */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "bukti" JSON /* Bukti Pemeliharaan */
) /* Kartu Pemeliharaan */;
ALTER TABLE "kib_a_tanah" ADD "tanggal_dihapus" DATE /* Tanggal Dihapus */;
ALTER TABLE "kib_a_tanah" ADD "dihapus" INT NOT NULL DEFAULT 0 /* Dihapus dari Register */;
ALTER TABLE "kib_a_tanah" ADD "sk_dihapus" VARCHAR(100) /* Nomor SK Penghapusan */;
ALTER TABLE "kib_b_peralatan_mesin" ADD "tanggal_dihapus" DATE /* Tanggal Dihapus */;
ALTER TABLE "kib_b_peralatan_mesin" ADD "dihapus" INT NOT NULL DEFAULT 0 /* Dihapus dari Register */;
ALTER TABLE "kib_b_peralatan_mesin" ADD "sk_dihapus" VARCHAR(100) /* Nomor SK Penghapusan */;
ALTER TABLE "kib_c_gedung_bangunan" ADD "tanggal_dihapus" DATE /* Tanggal Dihapus */;
ALTER TABLE "kib_c_gedung_bangunan" ADD "dihapus" INT NOT NULL DEFAULT 0 /* Dihapus dari Register */;
ALTER TABLE "kib_c_gedung_bangunan" ADD "sk_dihapus" VARCHAR(100) /* Nomor SK Penghapusan */;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "tanggal_dihapus" DATE /* Tanggal Dihapus */;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "dihapus" INT NOT NULL DEFAULT 0 /* Dihapus dari Register */;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "sk_dihapus" VARCHAR(100) /* Nomor SK Penghapusan */;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "tanggal_dihapus" DATE /* Tanggal Dihapus */;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "dihapus" INT NOT NULL DEFAULT 0 /* Dihapus dari Register */;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "sk_dihapus" VARCHAR(100) /* Nomor SK Penghapusan */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "tanggal_dihapus" DATE /* Tanggal Dihapus */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "dihapus" INT NOT NULL DEFAULT 0 /* Dihapus dari Register */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "sk_dihapus" VARCHAR(100) /* Nomor SK Penghapusan */;
ALTER TABLE "mutasi_barang" ADD "unit_tujuan" VARCHAR(150) /* Ke Unit\/SKPD */;
ALTER TABLE "mutasi_barang" ADD "ruangan_tujuan_id" INT REFERENCES "ruangan" ("id") ON DELETE RESTRICT /* Ke Ruangan */;
ALTER TABLE "mutasi_barang" ADD "ruangan_asal" VARCHAR(20) /* Dari Ruangan */;
ALTER TABLE "mutasi_barang" ADD "kondisi_sebelum" VARCHAR(12) /* Kondisi Sebelumnya */;
ALTER TABLE "mutasi_barang" ADD "nomor_sk" VARCHAR(100) /* Nomor SK\/Berita Acara */;
UPDATE "mutasi_barang" SET "jenis" = 'Rusak Berat' WHERE "jenis" = 'Rusak';
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "kartu_pemeliharaan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kib" VARCHAR(40) NOT NULL,
    "kode_barang" VARCHAR(18) NOT NULL,
    "register" VARCHAR(10) NOT NULL,
    "nama_barang" VARCHAR(200),
    "tanggal" DATE NOT NULL,
    "jenis_pemeliharaan" VARCHAR(150) NOT NULL,
    "yang_memelihara" VARCHAR(150) NOT NULL,
    "biaya" DECIMAL(18,2) NOT NULL,
    "keterangan" VARCHAR(255),
    "bukti" JSONB
);
COMMENT ON COLUMN "kartu_pemeliharaan"."version" IS 'Versi';
COMMENT ON COLUMN "kartu_pemeliharaan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "kartu_pemeliharaan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "kartu_pemeliharaan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "kartu_pemeliharaan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "kartu_pemeliharaan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "kartu_pemeliharaan"."kib" IS 'KIB';
COMMENT ON COLUMN "kartu_pemeliharaan"."kode_barang" IS 'Kode Barang';
COMMENT ON COLUMN "kartu_pemeliharaan"."register" IS 'Register';
COMMENT ON COLUMN "kartu_pemeliharaan"."nama_barang" IS 'Nama Barang';
COMMENT ON COLUMN "kartu_pemeliharaan"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "kartu_pemeliharaan"."jenis_pemeliharaan" IS 'Jenis Pemeliharaan';
COMMENT ON COLUMN "kartu_pemeliharaan"."yang_memelihara" IS 'Yang Memelihara/Penyedia';
COMMENT ON COLUMN "kartu_pemeliharaan"."biaya" IS 'Biaya (Rp)';
COMMENT ON COLUMN "kartu_pemeliharaan"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "kartu_pemeliharaan"."bukti" IS 'Bukti Pemeliharaan';
COMMENT ON TABLE "kartu_pemeliharaan" IS 'Kartu Pemeliharaan';
ALTER TABLE "kib_a_tanah" ADD "tanggal_dihapus" DATE;
ALTER TABLE "kib_a_tanah" ADD "dihapus" BOOL NOT NULL DEFAULT False;
ALTER TABLE "kib_a_tanah" ADD "sk_dihapus" VARCHAR(100);
ALTER TABLE "kib_b_peralatan_mesin" ADD "tanggal_dihapus" DATE;
ALTER TABLE "kib_b_peralatan_mesin" ADD "dihapus" BOOL NOT NULL DEFAULT False;
ALTER TABLE "kib_b_peralatan_mesin" ADD "sk_dihapus" VARCHAR(100);
ALTER TABLE "kib_c_gedung_bangunan" ADD "tanggal_dihapus" DATE;
ALTER TABLE "kib_c_gedung_bangunan" ADD "dihapus" BOOL NOT NULL DEFAULT False;
ALTER TABLE "kib_c_gedung_bangunan" ADD "sk_dihapus" VARCHAR(100);
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "tanggal_dihapus" DATE;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "dihapus" BOOL NOT NULL DEFAULT False;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "sk_dihapus" VARCHAR(100);
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "tanggal_dihapus" DATE;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "dihapus" BOOL NOT NULL DEFAULT False;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "sk_dihapus" VARCHAR(100);
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "tanggal_dihapus" DATE;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "dihapus" BOOL NOT NULL DEFAULT False;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "sk_dihapus" VARCHAR(100);
ALTER TABLE "mutasi_barang" ADD "ruangan_asal" VARCHAR(20);
ALTER TABLE "mutasi_barang" ADD "ruangan_tujuan_id" INT;
ALTER TABLE "mutasi_barang" ADD "nomor_sk" VARCHAR(100);
ALTER TABLE "mutasi_barang" ADD "unit_tujuan" VARCHAR(150);
ALTER TABLE "mutasi_barang" ADD "kondisi_sebelum" VARCHAR(12);
COMMENT ON COLUMN kib_a_tanah."tanggal_dihapus" IS 'Tanggal Dihapus';
COMMENT ON COLUMN kib_a_tanah."dihapus" IS 'Dihapus dari Register';
COMMENT ON COLUMN kib_a_tanah."sk_dihapus" IS 'Nomor SK Penghapusan';
COMMENT ON COLUMN kib_b_peralatan_mesin."tanggal_dihapus" IS 'Tanggal Dihapus';
COMMENT ON COLUMN kib_b_peralatan_mesin."dihapus" IS 'Dihapus dari Register';
COMMENT ON COLUMN kib_b_peralatan_mesin."sk_dihapus" IS 'Nomor SK Penghapusan';
COMMENT ON COLUMN kib_c_gedung_bangunan."tanggal_dihapus" IS 'Tanggal Dihapus';
COMMENT ON COLUMN kib_c_gedung_bangunan."dihapus" IS 'Dihapus dari Register';
COMMENT ON COLUMN kib_c_gedung_bangunan."sk_dihapus" IS 'Nomor SK Penghapusan';
COMMENT ON COLUMN kib_d_jalan_irigasi_jaringan."tanggal_dihapus" IS 'Tanggal Dihapus';
COMMENT ON COLUMN kib_d_jalan_irigasi_jaringan."dihapus" IS 'Dihapus dari Register';
COMMENT ON COLUMN kib_d_jalan_irigasi_jaringan."sk_dihapus" IS 'Nomor SK Penghapusan';
COMMENT ON COLUMN kib_e_aset_tetap_lainnya."tanggal_dihapus" IS 'Tanggal Dihapus';
COMMENT ON COLUMN kib_e_aset_tetap_lainnya."dihapus" IS 'Dihapus dari Register';
COMMENT ON COLUMN kib_e_aset_tetap_lainnya."sk_dihapus" IS 'Nomor SK Penghapusan';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."tanggal_dihapus" IS 'Tanggal Dihapus';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."dihapus" IS 'Dihapus dari Register';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."sk_dihapus" IS 'Nomor SK Penghapusan';
COMMENT ON COLUMN mutasi_barang."ruangan_asal" IS 'Dari Ruangan';
COMMENT ON COLUMN mutasi_barang."ruangan_tujuan_id" IS 'Ke Ruangan';
COMMENT ON COLUMN mutasi_barang."nomor_sk" IS 'Nomor SK/Berita Acara';
COMMENT ON COLUMN mutasi_barang."unit_tujuan" IS 'Ke Unit/SKPD';
COMMENT ON COLUMN mutasi_barang."kondisi_sebelum" IS 'Kondisi Sebelumnya';
ALTER TABLE "mutasi_barang" ADD CONSTRAINT "fk_mutasi_b_ruangan_01968479" FOREIGN KEY ("ruangan_tujuan_id") REFERENCES "ruangan" ("id") ON DELETE RESTRICT;
UPDATE "mutasi_barang" SET "jenis" = 'Rusak Berat' WHERE "jenis" = 'Rusak';
""",
}

DOWNGRADE = {
    'sqlite': None,
    'postgres': """
UPDATE "mutasi_barang" SET "jenis" = 'Rusak' WHERE "jenis" = 'Rusak Berat';
ALTER TABLE "mutasi_barang" DROP CONSTRAINT IF EXISTS "fk_mutasi_b_ruangan_01968479";
ALTER TABLE "kib_a_tanah" DROP COLUMN "tanggal_dihapus";
ALTER TABLE "kib_a_tanah" DROP COLUMN "dihapus";
ALTER TABLE "kib_a_tanah" DROP COLUMN "sk_dihapus";
ALTER TABLE "kib_b_peralatan_mesin" DROP COLUMN "tanggal_dihapus";
ALTER TABLE "kib_b_peralatan_mesin" DROP COLUMN "dihapus";
ALTER TABLE "kib_b_peralatan_mesin" DROP COLUMN "sk_dihapus";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "tanggal_dihapus";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "dihapus";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "sk_dihapus";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "tanggal_dihapus";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "dihapus";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "sk_dihapus";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "tanggal_dihapus";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "dihapus";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "sk_dihapus";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "tanggal_dihapus";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "dihapus";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "sk_dihapus";
ALTER TABLE "mutasi_barang" DROP COLUMN "ruangan_asal";
ALTER TABLE "mutasi_barang" DROP COLUMN "ruangan_tujuan_id";
ALTER TABLE "mutasi_barang" DROP COLUMN "nomor_sk";
ALTER TABLE "mutasi_barang" DROP COLUMN "unit_tujuan";
ALTER TABLE "mutasi_barang" DROP COLUMN "kondisi_sebelum";
DROP TABLE IF EXISTS "kartu_pemeliharaan";
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
    "eJztvQlv40iyLvpXEgYOysZTe6+lXQ8PsMrV3S7ZLsF29cy544EmJaalNClSh0u5fe/t//"
    "4ykru4iClrSVYF0F22pYxkMHKP74vI/7MzdQxmefvX1Hf5X/d0aLGdM/J/dmw6hV/Kvu6Q"
    "HTqbpV/CB34kuDOFgqY3EB8wSxYder5LR7748pFaHhMfGcwbuXzmc8cGkXsoSl6oPSZeYN"
    "AJMbjJbGqRqC4yoSahpsfkkwxnJCrk9hhEz4l8MPEnLCz9F6GWy6jxQkzbefb2SVzCZWPu"
    "+cxlBrGo+Em4R6bc80RFZCI+7hDPkdXY7C//wfZ86vq/BDPiMWZ4hPseMdgjDSyfuHw8EX"
    "8+Oi5h35n7QlxH1O/YI1EHtQ1RgfiU0DHlNtmFGqkx5fYbjzADqhE1v+ztw5sENv+fgA18"
    "Z8xEMVe8z7/+LT7mtsH+Eu8a/TkzB4+cWUauVbgBFcjPB/7LTH52afu/yYJgpOFg5FjB1E"
    "4Lz178iWMnpbntw6djZjNX2AOq990AWscOLCtqzbjBQk3TIqGKGZnINuIDkA4VSD/bGQxu"
    "vt4P7j7fDwY7hfaPJTLtGn00cmzoO0JVT779GFT45fjo9P3ph5N3px9EEalm8sn7v8NHp4"
    "YJBaV5bu53/pbfU5+GJaSNU6MmXTZv108T6pYbNhGYs61Qet62sSU3bdxwcM2Pmwr7Tulf"
    "A4vZY38i/nx3WmPMP89vP/1xfrv77nQP6nbEAA+H/030zbH8Cuyd2jca1gOPPVGzaOcLYS"
    "qfT1m5rQvCczY3Iun9+JdlWiD+IG2CdMp6RRtcRPNZonuDtoBJ7KttvUTdoKYt7i+vP9/d"
    "n1/3oeap5/2PJZ95fv8ZvjmWn77Mfbr7bq7dkkrIPy7v/yDwJ/lfX28+S0s7nj925RPTcv"
    "f/awd0ooHvDMRMO6BGpsfGn8YG/BsmskczM+rggyEdmc/UNQaFb5xjp6ps8avp8XT+E2rT"
    "sWw+MC6oGa1it0756iY/r13WZqIf2c2Wsz4UJTMxjsaBTUuWrHC9eJSrjfP4yGHhYPvjff"
    "LmzqeP5I6ZHid9ZlGxJIqavk2D6Zt9cinWDlN0TLnGeGwEjyMefSHPEz6aPNjRsgSV9plP"
    "ya2oQNQz5t8ZrF9k+BKvYLj4aLj4iJ9UZe2Jy2u89NwIFUk/Hjiq68+Hwwbrz4fDyvUHvs"
    "qvP0/M5l65jT/bwVTa+RJ2fmIrV7B3Irwag69ppfkSa6lq7ZMm1j6ptvZJwdoeTGPLWjsR"
    "XsraUeddt7HDiVoM6IDcBcMhHS9j+NMmhj+tNvypNLzC+pq2kFjT5AlIqFdsp24k/FsPFh"
    "L5ysXmyCyf/aQyjYaDwuTzd9wF40/TjVdqscBj7itt9U1U8YNZaN07tkzXqti75Ttf9S5u"
    "Qs1B4khYvJO7nvc/nBG5DyR/EXn0Ez9pNE/ltnhfbUZ8PjKZQUbMsuK9XuigEEabcC/cBE"
    "7F9s1wwg9ouKMT/8k/pc5VO7V/7bjRjjV1s4Ai/8Yt3E/sP1jTFKGRB4FWbinKDUxfs4vY"
    "lH3PS6aQJuY9arJzOKreORwVtmwwqQyUpoaMxOL5oR3L3CpmicJ2LG/jooF/c1zGx3aPvR"
    "T2xdVbrnbat2obIT526XOyVmW7lnh98dLMD0f7+d2n84vPO39vx4Uk928l25B4X1fnQko9"
    "Qk28SGFpMqN2cfrdOYediCc2C88Th1jO2CPc3ifnNvkKOxTfcckF8yiAHEMnsA3iO2JnwY"
    "h4CEX3j4Z7BzhZyN8VVresjP5uoHJ3aJOF7m2The5t9UL3trDQgfNM1m/SmarTLSu3uX3F"
    "zs4yVr9KVVXeXRw32l4c1+wvjgt2p6bPH0vOz46Y66ldtYeLZOaMPRRC67J23O2VdnGRmo"
    "1XwDK7dr9+vcrBON3L+zn7frvufhaGl2YXhXi4KsYzTMa7Qz3v2RHL3YR6E5VOXhDUevf8"
    "h1CS9MS0Su6obSy1kT5++7ZBVxelKru6/C5v/mng+YPRhNpjNogtqtjzq6rQeyD8gz7xIf"
    "md2j5XbpfNjAyLCruKPRO3iw1SD0LnJVeAQG/IU30FKpN7oYk54e6r20InxDm2TwFyzrb4"
    "I+UWMwbU99l05pd4cCv3ryWSmzvoHio28+90TC1yFffPTe1qMyPLAafnIBBjv8QRtmBszc"
    "m2Z3SJcWUG9oiLmW46o6+f6lo3vEYug0YQo0S10fOSraL0DINQ6Z+Oy5OjdDGPqnkMMxJL"
    "TaQbGtPgPdnOHIpOWHTCrt2+r3XC3oqJ4/by0/1OYTZYgVnjsde2maCpUTNTYIVRt+PaPg"
    "8M7n+2ffdlp8TBnfm2U+fmplAODkmN/NzVDtjFHup/pQDqkLrcA5v+W8lt3eXjn8Vz/evx"
    "8cnJ++PDk3cf3p6+f//2w2Eypxa/qptcu5e/w/ya23Es9m8/U9MPVHeHidBmNoarcHb/I1"
    "b5p94WZqGuxm7HjMy6PI6raGG9kIxqRsRikuUPzY5oBF/UoBdF8GLD9J5NOS/0Yfcki3jB"
    "xpWLdFZE5+NkF/TcznnSY6KBg2nRqF/uvt6UWzUjMr/y8pFP/i+xuKeRce9SdV/ldwOD5B"
    "bYuLPuXp//c74ff7r62p1fOaGCbsH8MqZVzfyJSDvMn6irn/lNZjnTmVMSblg9b2dl1jR1"
    "r2Ij0ovUJLtc/HAPAKFg1t4yc/nJcZPoj+Pq6I/j+bncFGdal9pjWoKx1Vk+K6XzstnLaa"
    "q+D2y2EazbCarGfazTc3DnOy4zfuPl0ZWZbzt1noMhc00qVvNww7eYIgc0+0dR6xuPDF98"
    "5nUIPNiASEd/wrhL7v44/+X47bszyb73xHfEG1GbBDPLoYYo6D/zEQOOHFDjXOd5f74t1/"
    "SIV5DvvAkVj1MZU6mExhyxyIyEL7fZX9VetIafZwZu2VxW50FKZbR2y3+TapLdIfdp09Vj"
    "gz6ljAev7Kjb5TZ1XypceKXnWzmQNbL/pcdJOPW9egvVjXZFyRZK9PDu5c357X8ne6jET3"
    "T19eb3bskuqvvf95/PC5kbPLHHKOv/i5I2pHKtAndTtX86P54mW4o/xIn5ig+DUrJ9+mXt"
    "hkKsiXxgJeUWbiigWpLUO8e3t2VgJ7XIxLG4QV86hJJR4Mux6wHZ1nHFJ/JpxKCiG0865J"
    "n7E7kzMNiIQ3giJGIYOVPmkUfXmSITX0Mm/nfRnFEgaUPLZiQ2t9AfKc5pf4KS2/FAIT3o"
    "Z1o/ylp++KJyYslL6ewFCJuZOBZr6P5aNxwUzIwlh1peslVDLRg29T62dKiVkDCLqSmi9l"
    "MbankpvYcaNLNGQy3k7Swz1PKS7eE5X/AJnQWvP6VqPrSKy5hP7fGYVjDaq7DfRKSugVcz"
    "j64mT2Si8KsaFxqsJNpSZVJabWqztQMApPrY2CjQstHUdFQzNx0VJ6e2pTrbkeYjN9STZ+"
    "wdxcZYOu3Z6lkiBvWoq9LbEwGtV19QEoK4mU+bO8bWE2WpiYPq0n503KnosEC79qWnv8RT"
    "VVKqU+ey4nH5wSwnsNB3lTyIGGJKyj0t58i6Yc8kekiYbwq8Vi4bB2HiMvHriPHvzJAOKi"
    "KqcgLf4wYjM+r6L2T36v3ePvkHZMwGX9Yz9QiEporyjv1g8zD/6GjCLSPKuy36zIsMixJV"
    "mUxmpfhInoKpBXm+IUUFpDMFoUfuej6BRZFQFzxmbqoGx5yl6CpDVxm6ytp5fkdXGbrK9B"
    "hq6CpDV9nmhxq6yn4aV1nrHA/JuWljPoejJufgo+pj8FEh15DtTB0ln0MioPM0dhMrqZ4Y"
    "tVlm1LrUqCXRP3r7gFcUDLQ2J/BTYARK0VOJgNZu4C+xllokHYPnm9QrI+pdOfb4nv1VlU"
    "IiK6jzpHCbVfR1S+vnf97nVtVCuEmOKhkXn49Bme/l4NgalCdCuJtSy6p0jcyJ6ptl6oJ7"
    "0qFnhh69XdBYjTd8cvz+XeIpgT/qnCR31+dXV0VPSTS5Dmapf3GJuXle/JXz9MZiNqXyOd"
    "9qn7l+hJuteur2gumQuWqBmTkZrenvd1LTzbn7atLSeIkqeSsrZ1AJS4R72haauWkilVwn"
    "U06lkktXUD2HqFzukhmQuXOFJm2Q6HRQiQ+pNchar34pNWYJxFZl9NpM7LHEgOdEmqRln4"
    "ezChDb/YT6gJwlVQPIlsB5ecwsm5g9vD72ecJsgNneeOQ/RrrUDkz2H7w2FlEwRMEQBWun"
    "ax5RMETB9BhqiIKdIQqGKBiiYD8rYXxdXqh1eJ9+nkwyZHdEXUoyp9OlkvmsBVnYfKLvjW"
    "0HtpbpO+X6qp3L58S0tu7SLqc1u1pzbp9Xe1vLON5tb4CmTtj57lh+WeP20oTrN480tayu"
    "ecLlbdu2T6kttjN0p9QlmyvRqXfGxmUHRly4gRs2FiLxE+bSdbhMtLbnE9E5IaiARvEMpE"
    "vH4LuNruS+Y75BSY8Og5noQTa5Cqb0SSzGZPfq3Z68TxOu/XkhQ1GDR2Q+6gd7yMIUHkeH"
    "5NlxTfFI8YQXj9BHsZLLaqOHf5ShFaEetgM+Ye+ZuUn6MFvmBfvOXCOovOkbPbvo2UXPLn"
    "p2tT4To2cXPbt6DDX07KJnd/NDDT27P41nd8NU+03NnJJrT+4CoQpJz1bLjC4k32tIvhdV"
    "jUrJbQtZ4aNyYqxevfc21LPUFaAHL9wPngJqD+I7jtSwjFJhnRfoe6kw6ecU1gLGkH6cQc"
    "1lZOUtMCfWDpZ4V/qsFC4kU5tTYga9wUXHDCYljvTF7PusbDuMGoOeFxnNV86396kfLB1E"
    "mUpvMIrygvvM5VH4gQorPFFWfZ/RaJtRs8uYnxssOp3x0iT/cHWFV96Ts0JtuKznKqOvfr"
    "f18ChuQRUQzUlpjYf2mdxbk90Ih5AAhFr01Pog0TRo5MeLP3mN4ZtDobmOqB1o54imCiE5"
    "CVZWAHdzpTqLwLuwvATvkujFZgheKCm37eWRFOdRijDPDBOLmWxEp6K0ncJ64if8zn2PPA"
    "bWI7emzPbJ7tWHvY9zIi4bOa7hQdEH2xfdi5rEovZT4O+TcB1inkw9RsnMdcRURS1E5RCV"
    "W3aOQlROb6gAUbkzROUQlUNUDlE5ROUQlWvR0Pq54y3W4XEUxzjRdZTSM2VEtMaG+qmeWi"
    "AQMsddwnRtau28lNYGl3nxFKC4DdyGEB72B+Fhv2j2ehC0IKzzInwfujWuEmU1hEIj7McT"
    "i6xHl4KNMqLtQo3uUsURNELQCEGjVYBGGJq4dmgII7aaAUC6Rmz9KebZR25Sj9dm0ior1q"
    "mDf74nAqp5tNJHkXwG5iz8c5m5p4aGUJAXDKfc9zoS8AkfPwoLhDFVKd4TZtPyHfI8kTfI"
    "zN9Vs3v1694+AV9T7j6cRycQYn9SixsQnpUm6tqNQSHMwoWoEKJCiAq101WNqBCiQnoMNU"
    "SFzhAVQlQIUSFEhfREhWpy5FRPTTkhrYGKynPn1rChiVCmAoRb7MJNhHVeDv4AJUl6+F/K"
    "ifuuiRN3fuLJOHHfzdt9JA6Vvnp4XEZMZ5t/StXUFw3CazzWlkAR/eOr943kE/MrWrdMdi"
    "k7b2wDmb3wBwEJDfrz6gCJ6l69AvsqxAFp3JcbG7tsYGuFA30K/FLgR37eqUN6RnGJhchO"
    "XFdNPj6oTKIzAOIYbMTBD+91JH4De/LA4vLClDjFnyH+nzG46wcit6S08/hgJwktSbd3Q4"
    "5PD44Pj96T3Rit3jsLASHRgzpRVj7qOXb4O9DXHCNRItxchl+JE6Y4hHoPthGA+vIzeGb4"
    "bbTpC7XYlf/6dBJAHJPFHsP3u/nluCP+ORL/dEQvm/mEQtgR8XzHiS54EVU92LFNAJl6dr"
    "nvM3svUU9sWIZhWmCI44bqxV9eIBSSuJaEumaBH3jSOE90SH3yAqkLhZmemdBnvP9g3wYW"
    "BDUJAc8J3JH4nctnE9HE4iuSNBJiWohpLbvSIaalt6MdMa0zxLQQ00JMCzEtxLQQ02rR0C"
    "ouYzIQZFmIIBHeIMn7Pjwc7Sg2cBhFUnaWbDLETpoMsZPqIXZSGGLUKr9WvXo+SyW0RsHO"
    "pZpLW3otOBgfUoNOBhP6xAez9F7rvOW7jpiAqV1xwiyvYa4lhqKKdTVF8olCW3yz/cAkl1"
    "J38ofQfWW3ene/fr3KTXHdy3lw5tt19/Pt7pFsJ1GIhx6r4hFKmNOjFrcrfIT1l9wXhHX2"
    "e/cTZYnJflE6sK7ihvtpYKmFRyUCLaEuXMf6rjwWSj20bHUhZZuy3hpjySwx5Yi50y2xYP"
    "3wzgnqPLSvhKJkFzRVy722inHtcY8O7GNV22bEdLbsnVBT7iZItPMDb/iWbHy0nI2P2mjj"
    "oy3ZeDkTt9DCG7cvhdnUh2BnmFVjAE7h+FEirbNb5VxqDDHSMDlrdSDJwnGDEI5b9gxeUZ"
    "XODdPPgpHnIRh5FYGRSzVRk9P5cfXp/LhwOk+Q0GVbJVeBzm3RSzDffhbz7caYrx7tEYP4"
    "xeaoiYrPCrUhKv63mKnQhUO6bVByn1w4rF+U/IyN6TNVzKycF9KaC9gPVVVapdfFTpulur"
    "ySQJV5qzbauSlzKt/PtKJMxe9bmiw5MUVdhuS0UIOkyKXG3TknUTXxvaVpVuPd87sbSIJs"
    "O/5ewgwaUZcxmSCZhYmTL771ki9dyIRtMNcDQpSx/2BfixVd1Og+UYh4h4tKPV90VOMMOE"
    "vik5EzFYsOM8IrVO+v78mn/s1dyGOCKsjuVNQwkDUMZtSgex3iOSBss+/MfbDHjlBDdHWL"
    "7ZM75CEhDwl5SMhD+gHJEchDQh6SHkMNeUhnyENCHhLykNZ2DyqfFdv4hs/KmzcqvZLBtI"
    "6d9s7NZX+ZIXT0oUko8ofqUOQP80PILuW61FwvW85s0YtjdNOYwjJn3kaeyaMa1+RR0Tc5"
    "ZhZ1he4zNTrXnJjO68LvoCq5iFXdPnkutN1Q/GtGLmo1q2cl9Td8N6Otqu1Pm9j+tNr2p8"
    "Xc12w6o/7AopMyd3zNpbNzcjrb/V7qSq5iXVWt/q6J1d9VW/1d1YXVVWZfnNCgyu66spHi"
    "XAYKbaDGSQoz4JsADvOlYb5CJVovmyEHupdqq7x+Nlk9q9fO+U7dwhTj/Zu7HUWr65Rd3J"
    "/6g9HMLrF5zQySkWlJHpQIUVjHtAHWWMKArbPfOs0npnaz6khfY8JUrEVmTJVetSnHjuVI"
    "0s9sNjOXnUQLlei8Lfs9Upb0+/3eUrvhJpvh6r1w2WxqjoeqHTkSaU8n/h0iR7rMNalFyb"
    "1QylzXngwISGrH6IyI3nuvVE8trjAKd661Bm+6/d1KE+z04VTsUVv5tpdwF/yK9lg9vY15"
    "zCqDw5u1Qiqt8+T9OdFS+TTd5DBdfZYum7Ur+339zF3d0zWevZV6umpcj88nYvOwxLxdIq"
    "pz770K1X3NtLGWaXzOjAMrsMpO1NXdurKCdnTwK1CXLNU6r+rq4ue0aOZFwWylVegctvIl"
    "mFp0Iuw6Xc7GK4xemTHb4Abkwlt2nczXoPNs0080Vdxu52ecJmBiNZZYgBJT+w1UUcUSUZ"
    "3tD/giuWOmIzr/wZfAjQM5tJjyM7asmO0XhcwX5XWeg2TAHLmKVd3opCPercRP1Wy6iWV1"
    "7ujfhI6kBzzrpdwpKwcXh+Bk8AZeiT+rJtAnJ9WGSB/pS/HIXUMn1sZDe0KnpWJoT05I5w"
    "kl8skexO5EpVllbSE+VU5x9RCftKY227txqE+u3ymH+mSI1KUB0d1I6rfeLbPkjY7Vlo9D"
    "jDVxOa4ksurvdcZCnQPGD/cAlwRDJd916qKhaLbUwnCobJ25eKh7SJFMxwGEQzk2hDSZzO"
    "Yy9zHc007hc3lXKDHZmIdxUhf98719iFcSawv1eIdAJoIwNbJo/RnkWXbZAwRG8e9xrBOk"
    "hk4kiOs8e+k1oB+FHCuNYcILQjGIaemJA4OY9I6swCCmTPthEBMGMWEQEwYxYRBTURKDmD"
    "QbWsVlTF7couqPTYS0TocSemGrDlBrd8Sa4ug3iE9lKhNXQVBrllBPaEtuM9pun5sSuOV3"
    "KNasFW7FtYl62fqb2/yCxE2khKPjoGjla8eOHH8lDtdQYH5dYCMu5pv9i/CnRgbvg4Nl93"
    "bWMENqHT7/+dOlmCd2jz50jufyS2dhh7yBE7+LkpVzUtsx9c7hjqKlbxMX0/bMDd4wJUvH"
    "Aq828iZTem7RvqGTEbLRe6xkfu4zd8Qqk6YWhFtj9ci3uvtfq7P7rypmD4aD2AesBpCVSG"
    "q947sLhqQX6asFRJY14CpwMtcZu3SafcXWWr4pWFbSB1+BmCVr4wCQjNdhZ8mSlT1iaNIe"
    "8YZc8fizFUhtvleXpRksdvyadINh4dzAa5B3MJSSF61W9eS4UCfF1Bw3j7HNJyd844nDkf"
    "1EDy7652R3wQ2ke/sP9oP9H4t9Z9Z/kmSFomsEJtmFUgdCaTFj7E8N8hAcHtL39/DS3h4Z"
    "Ov6EPDqW5TyHsJ1UAo5mu+/3D4/Ef5DFkJLINh8f7Ojj/WP4juZegPsfSfbr/cNDWab4ot"
    "QP8xyKp70Adkgi6PDBnjBXGFkmPyQwbozO3PtMA88n7C8u/o2s4Yk2Jy+MuvvkPikmtE5v"
    "j/XkK5092FQ8ZjQhh/tHh2REbcjXGHrWhZY2eyayL0j9yMyBzk3Eb0KeWY9k92Fn9DKy+I"
    "g8msRlj0JRMel6DzuVmOW/UocHPH/n3whiIoiJIGZBslXICoKYZwhiIoiJICaCmAhiIojZ"
    "oqH184GYW8EuVSFL7dGzXqTk9gFKzHC5bmhSulDKTbw4DCoR1nm9vYqVVI/waxTgVxPfV7"
    "h6CggL0l2jOmekUjqbWlIcLmNNtz99bA9331j4zcZh9wKI0wRNEK/NTeo7JektVYCEy7ia"
    "HrfjwEZNJvXI4X2wGmxnrTBCEY4pARJKMZtqKCGFi9SidlI2Q2X8zlcb4ndepsz2ye5d/8"
    "te6LenSSDPPhkGFoTkRG7zOEQnmBHfkc7wqWP7k6zb/SP44mUIT3jJUXWcTwRTJEFDSUgP"
    "Bu6gzxt93ujzbqcjDn3e6PPWY6ihzxt93psfaujz/ol83vK2gfJ2rvJ4JyLtulLh9W6AYn"
    "Y8ebhSxQwSIZ2TxXRjJTebdwqDbjbi2ba5VXatdo33L5FoTdjNDWi8xUAF2xkMA7Mst04N"
    "RpOR0bo/3zj7pAuaHtz1vyzTrVd/VVAc2+GJTV/5tNwoNCQr3hZXdxwc4u0b0Czg8Lu0+d"
    "ZiRSq6fV0mu4pOr2cWu1hZ/TLYxQ5mtQidOSmtqQxLxiSsOUQn69h/ZXjOjx8H0pkLzpnr"
    "fsqBOevEg7rM5T49Hwn9/qQWNyAgtgQRKivWqcOEhlJgQEFi8D0rshAWCp9F5MNI/DTyzS"
    "vbsMsEbz02gwtMLphH33gkfDKRTw6DG8LH+8yTaI4RFgtkfeTRcWViOMlzIhDkICxFdq+O"
    "Ow92ivaQJ5kvexAKDQwevxEZOQEEThQrjiI/ZKhG+NuEfgcwy/Mg8iPSSbxyGPIRRqV4BE"
    "JBXshoIvoMAwRLVDxFsAnBpmVnQwSb9PaAI9h0hmATgk0INiHYhGATgk0tGloVARaD6Ayh"
    "CpoUhLX2UoRZ425TbTeKoiCq9zpUz3amZWzcOrd9JKC5z15oSbLug2WWgKPDZrdz113PXV"
    "gFTOmiGICLQMXuc2JaWz/jhVnK7I0iAI5qQgCOijEAVW4bhVN7XRWbm6IPFRsjut8tdJqR"
    "i5zWWzjZU788t9OVY4/v2V8Vps+I6bzl/JSq+br9zud/3tcDJsl25+rrze9x8XkUZX776V"
    "E1sCQjofUWRGGiWS82Uj6pK+Mi8fu0zrxNYZBMx9IKArkOPLHtHlL5igXkI/Ntpw7wmObL"
    "LUQ58vXmMI1zklaW5sg6IxPxOoRR13qBZFASWLiRAAagD7e9/gWADuHH/88R2e0zd8psg4"
    "5dTj68Ozg+PHov81CFcS95wGPkTJlH6KPPwtpkLdyHxFLwVEQgEIFYdu5BBEJvtygiEIhA"
    "lLQ1IhCIQCACgQgEIhDaDi1EIBCBaCkC4bPprGw+ql4AUgmtveD3iZrqGXCapcCpy4FT5Q"
    "AXNTHXL5kRFrm9M4I6B3NF7u5+qu3mD4+24wdW2YUd9U7ujJjOu5qbUM0DdXRtEx5vhbxE"
    "6/QkhnBLvT+xUKZT51WMYCdV52KE+9T6GFOeMpXU5cSTmHE+7jLbZy4zwN94ddRJmNThB8"
    "d7++TS94jnUz+ARDvfmfdgi/2vqNkUVT8Ex0e/HmfQJ9Kj4knp5x6bUZP6nByIP3zHoqbk"
    "QtsOccDDSJ7py0fyPHHIlL7I6gn3JV06Tt0zclwDePtRop4cqdplVRcIoDcTvZnLbgnQm6"
    "m3iwW9mejNXLTTRm8mejPRm4neTPRm6jS00Ju5NW/mUJya1G7fTiW09sZ1EzU1YQFXXXJZ"
    "RwFOZbS2teKVouvPAeRRrzxlQbWxMyI6L8p3qZpaWNpyzFJSdbWhUwmt+/RVoqYW3vzvYL"
    "+SK0eifD0VbpJEqDWZrf5MVF5NVqtTlXugqR+oThqxhNZ9+S5RU7UvnzTpyifVPfmkeDcD"
    "c03uUmoPhpy+qF0nXyLbmo7dj3UnXdB9i8nbAjeAq6JnLncA0Cm55Ll+e10mr/UO+5tUmP"
    "SzCm+YMiCOceXzyuLLdhLhzU0xaQSA2jkm1FN9v91ou12z2y5M5BKVWtbgqfQmLR5DZ6pm"
    "v0u03f69O2mI3CD2GjVdSUtEdd6GZ4BNffxjEc1oUB3quJCiNKiJcVTlKm2oKSKqEvlTKc"
    "5RjbMUhSPWWLZROGOddbXq3lFc4+psigGOGgc4Zm3qzIzBjNkwpgJ7PHiiz3SoZuOaGnTm"
    "kX3tX5B+ojb5AmpvrgkwxnTRrLKCGNNF/XwFVg5LhBNm2/t1U8PXDHitgn2/MJt7V+LsbZ"
    "dffZf7vlNHzXuCkgMrU3QhLU9WTjK1z1HyPOZ+5yMW09mS0F/yzP2JvMwOOpZBXTJj0YPj"
    "MN/++c0vt11y9BbifE8hnnfm2Ew04kfSF1uZmwdbbD/YWJx9mQf1Z4ODT0HmEO+0Q1rc0p"
    "M/0uL05uogLe4MaXFIi0NaHNLikBaHtLgWDa3iMiZ+KiURjMuvBshYx25750aoWHUuaoQe"
    "NRpQRzUj6qg4pMzowLQshJSV3yCIdOPYv4jTHf/f3FYHknoZndUboVEb1DRBCU3Ae6HuMr"
    "kD50R1Xkv6eVX1c7HPXMdjRlCSMXZBG2TkdG6AO+75bNoh18ykNvemjBiSKZBqr1+bPFF7"
    "bNLBMzX9YCCmo5JZqp7AUVqB1njIF6kx+QdoTHZBZWIy94k2ZNCslC+tSlraMlVp51B1IZ"
    "D8pIN7YeTHLbKUxAxiBKbKZieV0HnG6UsttdvxGMArHkwCM5iqzvVzojob/wJUJX/Equox"
    "tytkMEjby2VjWLpKFuZuJPlb75ZZMiK+pFUiyOM2qiXTGzWZ8ZXGRxVSlSeFmSU9W8VYd+"
    "b0lnkzR7zoj2epdQJv872sBHsr6YjV8Fvc99UQuPgRlSDcVxvySoi28nxCfQnDSfwMUmSY"
    "+wSuBQ6f7ALti3skbFkizhth0lxIYOEF47GogBkfZQVDsbX3Hmy51QIRQ5zOvjODPLrOVB"
    "aIXuGNR8JdGQmL7j47rgnpLQz64u19JDTRzPO5ZUHODFGTODk7LqTdkNttD24Y9KPUvc53"
    "5hoBqwL2/hUGycG3tjNIX2vn3wj5IeSHkF9BslU4BEJ+Zwj5IeSHkB9Cfgj5IeTXoqFVXM"
    "aSfbqKhzcR0tqrex9ruVEPbv6803ynXZDT2rZwWr3Nqbv5vTdmSn7lXY28xP99w82K/smX"
    "931vrFde9kifTZ2Js5zn+10Tx/f8bJ3xe7+bX0iBIDGYpRqpECuycnpbHSgWrzH7Ou5nbG"
    "WMbuh0UwXUlg/RXX1otHRIhtCvyrw8J9aOyNAuKB2CxuuYnuOQWU9sqT26VLRtRrQdJo2D"
    "be9SxVdt1hnzg3FZVooa5DcV0fkY2U/V1CQnmZjPRIOqZiXLSuls715OUy3SZW0+ZHlT5/"
    "OtRSxHCJqaVfNCWp/k1JgiP1IssnZddz2hyBkU+5V2nY9gbWMPbmrj/AjWKtA4RxQpITvM"
    "E0mqmQ6eOR24uaINaA5RcXLXu543ueQ4PHLLYgZ8TSSlQAjalLtsPp74NLw3+IyEF25E1f"
    "pvPDJzHVEJk4QH+PLXB9ES3jNzvQ5hdDQhR2TX5wY1yZByc4/4Djklux4sxX74EQYcI/tg"
    "2RkI2Qd6Q6LIPjhD9gGyD5B9gOwDZB8g+6BFQ6uMffDzQLjkLnC/s7X4tMOEUSaz6JRXOF"
    "sXY16FSrQGHcOEV71UW2WXdxOHd7W7u7A/8LjyRTKxjNb+wW9CSXHcBi7N5sMhZ8w2uMHN"
    "Kghhca/O16B1l+7nVN0+ljtjMgj2NbbPVKC56TOabt/ywZHyVHKk/0RyRJTzEaxwKgmOlW"
    "16rL9Nj0khxUBniRwDq7TzibKdT/S380mUHEDM0S8hN2EbXfhU2bSn+pv2lGQyAmzepm+V"
    "bfpWf5u+JVEegDthAv7I4a4pEm6Z+8xaAvFdianfKZv6nf6mfkd6znTGfGYLE4NxTW8bFy"
    "0G75WN+15/476HLQMXNg22adoPyqb9oL9pP0Rpu2WqZ/HrmBoBtTvkDu7/k1uIa+oFzQ8j"
    "K7T3r8r2/lV/e/8aWpZGu7PwnsXNd+aKiyvrU7C05OrKxhdXbjqlFnLINschQ7rTD0Z3im"
    "//7bPpkLmGULQ8x0tpuU4d/Sm+ABkibfIiC2lQ8cPI/NPm7l2AmrlNYWGdyQxAEyHjuMRz"
    "PE4t7ol9+T55CqYWnQgtPOb6FNKrAOvJDqBmuFEBrmeYQeeDjCy7Vyd7nQfbZDOfBDPgPg"
    "HcQZ4nosB3KG8zqIEaBjM6ZCSeJ6wKj4zAMaRGITVq2dkKqVF68zWQGnWG1CikRiE1CqlR"
    "SI1CalSLhlZxGdvuXQxrak2ZKiA+Oy0zpI4bBaoe1wSqHhcDVX8mFtqrB1IJ/cxyzNJcN9"
    "WdNZXQurteJWpq0U89WuG9rTZ0RkTnhfYuVVMLS+c9MgrH8qLg5k7nh4pG/yJ1Jf1U180f"
    "0+WkVNqna648yAq9+taDDfXw80jnLV55UJePoR7/+XFzMmwaCXp0fKcEmuAW88pNHwvM93"
    "M+8sn/JRb3NErS8JvQVXF3V2P/L3dfb+rtP2/quV04VDBvf0yQsfIp3BbTmiexCjXDFuR0"
    "Nu9NouzmjIyJMjabKMPOtfErTZvvMHoYWLUTNzVzYSTnjC20ITffrq7q8ONcxEeSBC/fBC"
    "p3qfSjWvox/KrRoXKpBXKzN6pkOkoJ0J7vRtXwen48LcbUq7vnzjnxZoyazCWPjpuC6uGV"
    "KCmU3iGBF1DLekkvQDHpMJiJRocrUL72L8ju1SlmB0EIHCFwhMDbicshBI4QuB5DDSHwM4"
    "TAEQJHCBwhcEUIfJmRtJYs+UNuUKGBgo1TCa2t3JVqkh6jE6t5qO76DW46tk+Vrp1OJXRe"
    "JnpSS7Lrizl25tgHbEq51TRfyPpTkXPpr/O4mod6Tkpn//RlpKoW3mmeUeaVbtTse7XR0k"
    "1dqHNdTTkAJ4vypu7F5R2oVcE0erTBqhzZa3WiFn3QJb7UUkd1tUs19o4PZrnyC12r8WNI"
    "8hwZhvob9bjF/RKOkwxdcj1HBit9u+5dE38iTtwuGzF5wXQmrukxqQTKDqntB6JqbhNK4r"
    "4og5bQ64pe12V3gOh11dsVhF5X9Lou2tij1xW9ruh1Ra8rel11Glrodd28E3BzF+9u6jx+"
    "2VvKuCu/b9cUphg7bkUs0uKMtVn5Dd78ek1lWlQz2kSr+F0zCqv37UZdu6ZnF8JmZArxwK"
    "MTpRlkTkznnh7mUPwGqpJd8Ivo4+MeMtsPKqCFxT0/ld5gv895vZTgnUTb7Xd6DClYuQ8l"
    "ScykZNY5Ka0zpinGQK8Xr6mGDJTxmiVxAz3N3hS8met4OfDm0/ndp/OLzzuFKWMFxsbwje"
    "1kpPvmBRa1M5u2EmCnUKZTh+sEsvRgmi++ENYJH0Lmto9zMI7riBMitVJK/CwYWnwUAjqS"
    "Is9G4nQEMM0jHUkox2eepNbPqOeJXx0b0syJ70MC/du9/Qf7TpQK4EvqMkKTp5yRC+6HUN"
    "NDcHz063H4d+CZgAIltexlvpXRvDMefxJd/Y5oEaJFyy4MiBbp7cJGtOgM0SJEixAtQrQI"
    "0SJEi1o0tIrLGOZOe13utJkYhXD6U5mZsjJao279jKLKjtpG09JRzbx0VLIHcOOLu/K2rk"
    "9/lEppbe1vUk0SOgVePxOtI/1RNPQHRuIUWGLimJN+5RyyoQUivgT4Iqf7qmeTyJmi3sVz"
    "gjrvde6ziurXwT3pFiufzBeDcKn0BkG42GG3o9gSd4my28fgLDqd8dI0gjWp1bJCbUivdp"
    "XRFzOraYhrrNo56MxEmeApUAVCC3I6mxcwhXup7OaMjJnVNptZLe2QKzCtfiGBql24qZEL"
    "41grFPTzd2oF1OPns6ERjbA5DHSuRKcOAWVR2QFNCy/EP+MHkPN+94IV9iI79xNGJLb5xi"
    "PxA+BCLUrEMjqSaWIjUQhdC6/ZcsGXBmBln7lTZht07HJyfHhwfHj0Ya9Dnrk/AdT0wR4y"
    "ccx6ovEFXW9JGBr/UWKqvuOLzT73iCH2Vt+ZsU/+gDA5eTNXApYixokYZ5l9EeNEjFN77z"
    "BinIhx6jHUEOM8Q4wTMU7EONeHcU6Ckg1h/Z30iZDWPPR70JKcZy5U2eht9DLyZ1lveSK8"
    "QWd55qCpGjW0zLTVKPqwJviwGHsYY2h+RZb1xehbKtku9J7kgI61AG/WIPYyLGPYrGy7QM"
    "3PGc1XbVnbGZhsFviBp3bz2byczpubG2ef9GJlySfwWC2Fq60nrFC6uQahd2twVGyDmpu6"
    "yoTbcmNXlEKyz+wXBiaGFVK0Tp9NxSxi+9JJCI71Ld7oNWfe49e0zXEr28aiphgyUbsMxW"
    "eBrV2znLymWU5a2SxxkrkeS0OatGuX09e0y2lL2yUOyswEjWnWLG9f0yxvW9ksNuyjgLUH"
    "gFSXATRFO+SCuoFQUmZqvGY2QK7mFptJQlqDyN5KbVSQbEsD3UsUrxsBfdsz/QSww2WPyY"
    "mwzjvgEB1VO0es+6g8EmtWaVR8PZUyI6azxT+Faq7u7LYWPqXhmMGUqfH6MjJtoPVdpOoi"
    "q2+DuNFGaX3aMM70M2/bs0Ekpx35yqU5vrMFOvX5vaOig7hXNMntHZ+2ymwuE3nHBeTdiW"
    "KT+UzBz/Sde9yXmR0IPK0jaUyPoh8IyTD/g2QyiQ/EvhO2QEGYLwIKE+eZeQ/28EUID8U6"
    "4pFnavrBR/FnXsB2/DilA6ST8OVDMhLAiHK+i1NJwMhuTIzCXOHIjFp6skJmlN50DWRGnS"
    "EzCplRyIxCZhQyo5AZ1aKhVcaMwuwPr6KNOLOyXODV01IioHUmgvtYS3UnbjMvbp0btwhc"
    "sGlp5NmCiPhESufJ/z7RUj/fbegIGISOAGXzzwtr3Qqhy+MqUVa/xpAul4F0uajM1nNi7a"
    "CldaV76R/SvbTapimZwluY8aHLxOOBDiltEw4xvqNo5OXTPxy/bTLHv62e4t9uPwW7fm50"
    "RCkQpahFKVyxjTWpX41SZAt06lGKqKgSShHJVKEUPTajFg25SBKniMtLuCEXjf3hFKKx35"
    "InCsuT/ZF8+0bewUenxBtNHMcSlRI3sJiHQAICCQgkIJDQTu8mAgkIJOgx1BBIOEMgAYEE"
    "BBLw0lG8dFQb8+py62h0Dl3WB5gR19reX1I9VW1+0qRDn1T355Nid3YGnhJylgjovARDIP"
    "Ddcr16HbG//tgqtXINuptItAMqiCPYmxpdDRuYUo8OouE98EIWrIo1q+TbYdtroT2JJo2Y"
    "A7wOK8+YbXCDlyaTbzYD52vQeYLoJ5qSe6GOOeHuMrPFhwZzxYfKmeJD+b3PJrPolC+/DM"
    "5XovdiKC+C7qXaKk/YTabr6sl6vgnKpumaGKnyOVrH8Ki7HgTIjkMwAJOf64uQIQCJAGQN"
    "AHlpw7LlO26PC8s/lWKQhTKdOhiSx6UHZqb4QiQyeQjJPCUPRtoE6h7JQjJd9Mx1xi6dHs"
    "Q3PYdpoCGU6YVR13ohPnXHzJdBU/8TUNdn8KHLqJhLqcc/hhmjo7LJx7L4iM7ktT3/JW/S"
    "jdJFz+GdEtx8/1GUdSmZcD+wx/lM0ohzIs6JOCfinO0EXxDnRJxTj6GGOOcZ4pyIcyLOuS"
    "6cs+oC0ppx1Y7LR5NT1TJD6vhtM0p4HSe8QAr3qF8a9lNt6lRCa1PfJWqq2vm0ydR1Wj11"
    "FTOTmY5od7i16bk0CjBM6FZu7XnRtiSF64V6k/PnVcQExungTlUy8f3g+eiVzparSEMfem"
    "8U+28q9OqeuznrxipvvtOC72oQ+q6WRYjmqthgxFQvmAYW9fkj2X0KppbYPd7/Y29H0fqf"
    "wHv3R+i9u419gMtM46tnUyQuyYH/XJLhu3YcFGTbMpEnbSAak1xuZ1RkjVeSvrux4VuVvT"
    "tveA0sX5Khu7HlW5Wge87yGpi+JAl3Y9O3Kgd33vR/btnyy1q9pRaHXeUKuANLbnwkwDeY"
    "Mdcry2TbZ+6IVe3ai8Jtsf6nCNfc/a/VJc3+VcHsEWQ7iCFbNXpGhbTWZ6d+BFL3Ip2Vjl"
    "Hrom3MG7LYBsoUjug9s6/Z6hZoyuyo6JNasTyu6MyBi+RKyB3xV506ToeVKbSQyZGpcS6Y"
    "3GXimzBbrcnkDeCQ/faZeWT3qvd02e+IA5j9RDvkqt+/IA/B8eHxu/hyb2B1GIwaFrfZPg"
    "nTXGRu8j57sMP8GYHtw4XePnwn5mb/I7ngJnf5lDxPmC0/IsOXMIeuvD7I7wBn06LTIfUz"
    "Zeijz+Dy8X1y/mBHikPWXPllkjI3qgIeNuHjiSX+F92d0CR7LjJAkAGy7FSHDBC9YWlkgJ"
    "whAwQZIMgAQQYIMkCQAdKioVVcxtp25fXSsVEVp7NGfJCV3+U1E4c3cdpUmc4yIlpbu5/q"
    "qWrnd03s/K7azu9Kcu3KY2r5LFaBo6cibUkInWq8rnvEpSNByYrzgu2IEY7jr3ux2pieNU"
    "zPuqNoyOXTsR41SxxQkzegQAoTOxJXXmZatHt91ue8pM5byF5OU/3yPfvBU6AKeuRklvI+"
    "bWrWkIpqgW/4iSqvRDXCEqFbrX1Wboph5LqYVsjFBffEVp+LBijBLtIvO3XohZErtgi/qP"
    "ZSoxsf3fjoxkc3ftt8i+jGRze+HkMN3fjoxt/8UEM3/k/jxseb717nlzOoywe1iVMrBsqc"
    "nNau+Quh7HIuuTUk8zTZjBp0GZsXJbW2ek+qq43deRnbvt4NykuJ9lqtvZceJzmviH4uUA"
    "5PD8wy8zfz/ucq2CAA0Hcdj3nkig35JHtznVI4fkb17ccX/qS3D65j4WwroCVmiyEdUdWO"
    "/IprBldOIrDodMbdUm9/dabVrFAb8q1eZfTVL9GqeNnAVEO1siI6g1rhRE9tAltc1bV11f"
    "5ZLxAGGUypp2rtoqDWMVN3oC65BnU3Z+gaODFjvpJZRhVTlG+XvFxbTd4UWyx2vRzA+On8"
    "7tP5xeed4nyyAkvnhusPMJ80tXl2cs1ZW2hFbr5dXdXBudmVNdS12BLdSPK33i2DDBylmN"
    "pP1gh/rxMH/2x6M2ZU4ODpl506HJzFxQbhmDTFBpDK/eXioL5uYAYk95xcbN9Xm0FknAFX"
    "vMrUzPIJJHzCmQyr6xDfEb840w7E3z1PxNdTRm2vI/Mtiy+Iy0ZMplnmUSDerszPLD+e+R"
    "0yoy59hFtoxbCfzjqi9pkPoXbiaSNqY7JlxOgRo0eMvp3AIWL0iNHrMdQQoz9DjB4xesTo"
    "14zRbz+YZsN4/fqiaarY7tUzVSqhNWasFFEwBzM0wxnqgIbCJOWJA6hdcSFyA5Ankd4gyH"
    "PBqe1Tl0CWU5Me9AI3uppQKbM1KC7ve4MerEuS6xnzgzGtwNyqgkcTEZ1X536oZmLxZey9"
    "FtIE3O89mIGNuPrF4DlBnc0PF4SD7RNltbB9vPr5FcZfvG76VdbXFLKP1817hYZQWzjrQi"
    "LriFdtCYfsg8f0QDUocgO3QIguadDKrlyD288LtgG7vwedV9WL14LfZ/GAZYDlnKTWyPKN"
    "M3VcIsHOzblvFyLLKRKzCmi5l9TWVqOrYcu53lcOLm8neLVnUY8/clP8e+56fLZTgt0Vyn"
    "TqIDwzLT2gSXEMaX1lD0W4DOEyhMta5MNHuAzhMj2GGsJlZwiXIVyGcNm64DJTMUGiudLs"
    "iOvYbe/0lkyMuPrYEfBLq/qxtUfNpP86c65c0oXd0Idd68QuuerIZzYcXk2fPxYtX39ZZk"
    "FY58CR21BZcm7KCwrlRZ8N79xZ4R2ascm4/SqLZ8TbYPPLUN2tWd0Wo24ouumElzj1mqHF"
    "c1XovDu6AVVFP49U3c6sXvCxbsfl9/XxkY/YHfP90AAFf1++QKfO2TcTFqJ+4FJ7YFI7us"
    "R7MVU/5OLL+oGLDzfdOPKhZNd0ZiEzvyM//gRX8LzxCKgoWfg3l/29DggTbkv0OXz8/nyz"
    "rusZr3BHmoE9qggpr9gnxQL6bpSauyXXQrWodlPa3KJKxk4ENkh92dmIsU8a7ZNOarZJJ4"
    "c6TWBiRAJaQ+0QrimZweZKLJrCwrJhyFGzCexeTBsW3LAlFskhc8mYf2c2zBaMjibkhVHX"
    "eiEuG3MPrugS04840YrfvOI0tXRND/aDDcIjJ7DhK9d5JlNqMk/OaeJ0x9zvMuwtjHaKqq"
    "e+M+WjM3kz2Lc+nB6Jnwo5z2IatJyRWTXV/WsnViW0Idy5/m+EY7YIx2Tbo+lUl5XR+ph4"
    "m1F0+2y+sLsrHk8SIa05B/exlhs9gwDnp/wAUm3OjMjmLHqoetyQbIKsrlticWxngc5SPE"
    "pW5zkGSPXSrB4DfB4tj9ntPgT9evvkUqx4cqUngRv4cp8f/hnGAVOXieXTYGFYb3g55yN3"
    "xcLs0e/MKKzba3vSg73rMSarFSYJLCaW5OTJex/Dq0lTz5msHj6DrQL88kKeWfyER9eZQi"
    "jyS/V6nsxPUsUBaIwrOhIskGCBBAvNoSkkWCDBQo+hhgSLMyRYIMECCRbri0dGz8Nq0c/0"
    "sNN8m50X0tqqN84++RYpuvn9dmioxJ3eGIHJi2ntmVQP0tlc+GWF4RdHX1aZXvesBephOw"
    "2DLzFrwWayFsCNyZOyOzHqL1melN6JoZel+6meWoS1yovABzb1zPDMsgzxZ76ODSLmYQ7Y"
    "C26HKRJUWiK8XPwm0Xr7ye09/li1QjbI1RELbzIfO6eeeiL2WNHtc2kDd8zs5a91yIjrbv"
    "RvqarbN3t1+vvq+b0m+71WbgG1rPcb2AXOmA3B/L5yzoiCoObr6py2Whi/hXds9ISR2Ex5"
    "Utfodo0fPUWKhslRksD+vLVrsqIkEm1IhyLTHJAuc/0wL4qC8TedFyWbbkEJji8K6hw2oR"
    "4rtN6kKGZen7lhoJoTpSzDRkvt3jQvSrH75dKi3H6+u7+9/HTf7BYIls36n28LlWsgcpcH"
    "aLLPWVlimrXe/ZC5L6aK8JXc27KI75XcYbPapDE5qtNAvIaY2QtMp38lvlCDpxm85sojFQ"
    "qpUDkLIxVKb34GUqHOkAqFVCikQiEVCqlQSIVq0dBCKtQGqFDx4ab5Ljsnsy6briKND/Cg"
    "zhNNN7/dLjtNqrJysrItI+ZcZFRfNTdHb5LZajovcsy23QZrp5hRr9qa1b04L6VzJz731K"
    "z307LNVmFs3chm8HxT9NWSDduVY4/v2V9VSb2ygjofhW5jRcmlIkJSuhv//M/73Ea8gBAm"
    "m/Grrze/x8XnYcM5xl8wtehkUE3Cqd87l4jrG3j/RSpLFEk5q9tMi71a8BSYkA6LzWjZnr"
    "p6jimT1bnrX8T6kl6irxZ7FL1plYV5HlmVa2dVrsjmWpEqdaealdiciaeLM6E3c7wIZG8r"
    "5WzIXLPsXr8aAlQq0gYG1N1IzOurOfQg7QlpT0h7WgftychOpcvTnnIzsiYexDDOJ+EMaU"
    "p7+t3lRt9lj8xl0NFLqE9zJTq1mSijcqJrjN2wczTLRBnObh6hZMZcz7GJN3GePUgiSYms"
    "/Y1HoMZOnCyKu+SZG/7E+5ikjwrfOEwgNRU6lqS8Wt+jHuywpPNsi2/FEvqGTBg1xBOI70"
    "R5sqYzx5XJfEXbOpA2a3ck5pv98PMB1AP5saoTXQVenLRyyCxMcbVVXlfYBqVb1yrvcSSg"
    "c0xKc/PmdqfvThvsTt+dVu5O4atCXkWPTYeB/VKyMsBuqsLIebFXbVOXi0X5fx8DeyRz1g"
    "4DbonR7u3D8/4/1aNCz7GcKXmhYrYQa2T0TqauFH6LDctu1qxuqERAjyaCxyo30RW8AzFl"
    "Q+3OuOkxq+ElCJtuHrnCqDRPItDi5umzKfOpOAM+BUZgRe0UHmFJ8n76tRUs8mrnwYyEzu"
    "SQjS7dNQfAeBf1ypPft6ialhm36Skv06l0uuz3DvLL/snZ807JSSX9svaQ4gO0YoVLaZN8"
    "vPAUAzb1Ufr66JhAdil5E9f1Zu+MeIy6o0knKunJw4IndvbiIAGnDYvbpjhaiF7gvhST6K"
    "/vMQ2OEp3ozi08UuCR4oc9Uvy4t9BlJzRlOzcBFt5VAwvvCsBCqTOvZqtZipttYKO5XMaG"
    "EXU5tePZlxhifwnp9HQ9mBlJ5JASpTyRak/kRvN5pp1RG00CpPDsgGcHPDtUnR0umEd3So"
    "4N8vPaE4MRl1hpODdutjEue9FoxrhsjbccGJeNcdkYl72poYZx2Zn2w7hsjMteWxP8pHHZ"
    "ptj4q4yquLy+V1vv9ISKpMemED48dpeifR+dNAlvOKmObjj5eRyx8Uly+05YavEycndNOG"
    "YsoPPq8PkJ8HxLWHGpntyIRH9Uw6I/OtbpEvHQzySOeyU+jeS7Tp1fg2dLoW/jld0TfRvo"
    "20DfRosOXOjbQN+GHkMNfRvo29j8UEPfxk/j29jumXstvg154s6ec5TPg41G1FHNkDoqji"
    "l5sVi5pRveSrZZV8fO1/7FjqLlv8Rqbv/+Mbw4ZSMZkTTxePQppCryd0ocHvFXndrw1Eyh"
    "hcTvTI05pnb0ueRdjx3LgcY5cAOI1JKs7f7NXYdcHlDyJXADch0YFCJAL/88YKTPpkNuU/"
    "LNh7lrt98nv/56cHx4eFgZ9Il+FPSjoB8F/Sha70DRj4J+FD2GGvpR0I+y+aGGfpSfxo8S"
    "b/hVRlZWRmN/yu/xWeYWzjLLjKx3TVgM1SSGn4InUnGqbGLe0yYT12n1xHVakvYyjlzL27"
    "g+nW4qpXPI0M43hbC8V+bP1cQ90qOuH0DaC0tMzy6l9k6Jo6RYqFPnMjGh+GA2X36h90Q+"
    "hsw/J+dI+WozMoUmgHuwRwy8J474aEjdyJfSu+ySbod86pAL4rjk85nMvWVxm3nwNfc9Un"
    "zMg73L/oKEWt7BcGoMXCZ/3w8/y70ImbnQ/vKhI2F8yAcWPX1vn1xnNDMZm0Fsffjlgx14"
    "MjIfPECjifhE6GM7/iRM7SX1ctmYez5zO8STmb64LCGqmIpO6fEzobIbs/LI6fuD48PjIx"
    "ntKpOKPdg5PWmYrGw6DEwxNcev7jzbHTJkHjeYtMtMzBNyVRZFdmeQXn+fGwfMPpjBaAyE"
    "5vCbeOgBVJ88/Rfb+eX0/S/yfplfQI29JPFZrnVmFrWl2eGL7vUFGQfiyWFjQBeTn4cG6s"
    "hkaER6s4VaJnOBt9UJS3D6QsNfYUsjH/U8cYjhiHogJZrP/vJ/4cb+0fGJ4Zj7I2faIQ87"
    "d+J9XGjcrGE6BFLSidFAcuaKWmlHNKLM9yaa9o00FxmKdzDJMw0b49EJxMPFH/DIM7Dpgx"
    "0nh9uNLnvoJG+RfaxMyzRNPurEb5X6lTtE1C26U2qUN6J2YIzG/RtePO4le4S6oQGdsG8/"
    "8pH4KfvnRwKD5kAMLz6296eGNLYnbCZOm/AmcI5B7yF6D5ddWdF7qLdLA72H6D1cdDJA7y"
    "F6D9F7iN5D9B7qNLRKIsz4sHxQLaYGRaIbJAbJ0zecU6kltri2THV0LU4h9o5ic4uK9HB3"
    "wfFrEB6/VOa2OTGt3Ysy4K+b6KpMifvQhBH3oZoQ96Fwf1p0xFUxeFZGa2vfZhRVvzeqia"
    "nrbo0q85cv0b3nxHReuyXlc/nevZarGCNHUfnaXW7xjEi7bsN99Ypdcnuo9K8VHMxNO2+5"
    "tNaThmTP1nrGt0ZeBr/mIPVrqjREiajWrfDf4IO9TvQ96DP7hRl8uSsA19EW0qVcbIFrx4"
    "7SzBWaIJGYn1TYiE+ptX8R/tSoEbqgMdm9nb0+b/7F50+X1+dXYgfSOZa1iX0/D9POZfeK"
    "yB7f8n26w8D0yy7eqrl1LpZow6VzXVB2icm9xtArywurC0rNh+diP0EnO2XodPJlpxaV5s"
    "MBHfhJwcVwtDjMnpOk5hwOnfmuQ45O4wuihOJOBP8dwB45BjdJBsXrZIBeK6Ae2Z0+BIeH"
    "w+O9DpGIKgCWYvwZEja0mE/NA3GcnlK/Q8L7K4l8CbI7oab4iLm+vFrNJwn+aDtTxxXVQT"
    "3jwJYVAbhLAi+wOg+26GXjHPSYop5kIpFOobBtcACdLQAdIyh67DgGoOpD1zGZLXFqebOV"
    "406FovR7CMc6gf9g7/rJtVmg9YsnNPAlBh2Niw6ISXFXXqXlE2qBh/SFTBzRJTC6AfFJxC"
    "cRn2wnaIL4JOKTegw1xCfPEJ9EfBLxyXVmwESADAEyBMhWDZBtyuA6ImTgrRiAt6Lc6Iu5"
    "D7kKNsiAgHQNzOJUmfFwLhT+JVZYHU1oBCbUYAlFiHISKEf5JEJaB/ncg5ZAUoH90oaifb"
    "Kmld43JZQmkWgNSvMHaLxNlCZ0Xy47e2TENzh3dCk3VaeNXqqpem7jJpPGcU1mY8TGto6N"
    "PTq+owSNxQJtQMZ+i3TVAwvLHXAdM5iykm5eY/mMTBuMf5Gqq6H90+N23v5dR6zq1K5ogV"
    "RqrgWGQmxd83ryibo7gRjU5UTtRFTTFN2vX69yTdG9vJ9rgG/X3c9i1p9baIubmAhrHFQ2"
    "xEIq26C6NVQpbRsaERGjjazK11PCbPPMaotWr6B5KZ1X0BtApsldT2y/k8jj5Q76zU76dU"
    "f9wqYR0PjB9LikL4f763LjZ6RevT3fUCtc5WgHq9uhnyrs0CWxQaWTJwJaO1OuJF/jXPI1"
    "tNkkTtQsPXmFnTfUg/8IVdz+pTm2M0gZOEoewnlBnc194+yTu5y227e8P7ZqTV+zASlItm"
    "v/odoSaluQlDSm0p3zUjr35X5O063xtvVhVnaTeL0wVK+cYjlfqrOIazkczGKJwTQRacS6"
    "rA4hnOdglpbskKN3eUZmjn4J2MxBmKKlwMh8sKfMNQ+gVTskMGUGnE+fOqLgRGajka7jWe"
    "zjj5iWZEaHLjdFNTJRV4dMQy1mjjjR8w7p9nvdkIAJaYAC62AkHguZg0IHdIfU8TGjhEMp"
    "JfNjmLmH2syKkgxxP+ZSPthhcqNL+zuzfXF29IjMzAYPeZ7w0UTmzEFqJVIrl90SI7VSb7"
    "4XUivPkFqJ1EqkViK1EqmVSK1s0dBCauUSp3GkViK1UmODI7USqZVIrURqJVIrkVpZnDSQ"
    "WonUSqRWIrVSM/sjtRKplUitRGrlKqmVgKqHZlOwfU5IZ9NfA2fgPlJUC3uH1IXBaKTklc"
    "8K6WzvbzExYxl7r/5CeUkOUTF0IqCzkbu0+Ql+/STLkGKj5CfMCulsaCBX9hNNtbB2SGRS"
    "tHYqpLu1bxNNtbB2wo5TMHYio7utS7l725tGJCVPdRpJhHQ3dj/RdPtubmG44cysuLyi0t"
    "axiO6WBk6nHrsPNyR4DpRYmXmhpTCFDRk74q8qQQmvohAWiNkFU5e4phyX8bHdi1CGrPN7"
    "zrYRoTrzVi00899xd4o/TfV06XPCGJ7rZcIKIQVFPu/z3f3t5Sdh8K3x3j/9zozAHneFjo"
    "FdcfFtsVRnEe99NBhLicEwK9KI9/6JhA+TVPbsEwu899KSHXL0ftlMxBEs82DHWpPdbocA"
    "b/22uye/FgoEpsdJWmAIcSjyauoDnxuQjHjIfMcO/9iLshtb1PYpzyQ5frDDnMaWY1JRXZ"
    "zaOHLhktB4mctU42TG+VzJ8a2ykJ44nxc5kohuTo0+SrMf15Lto+THIc0/tGSRbi959i+M"
    "uqADHf1PIOwGrShexZKFPbjadtdlJp3J+4FldZjQGFn3S/u5kXWvNxUYWfeZ9kPWPbLukX"
    "WPrHtk3RclkXWv2dBC1v0SvkJk3SPrXmODI+seWffIukfWPbLukXVfnDSQdY+se2TdI+te"
    "M/sj6x5Z98i6R9b9KlngKUCvOK/kBTWfWro5ZXWZTyQVQtnsfimyvE6Lx2i+ksEjNXWxtU"
    "zBHRJNlszfnRNuVRrvqzl+zeqOp5jNW89s3rYzqNyt13Jrq/frmi2p+0Rpr76JTNOVFq9P"
    "M11zRNJ8S7iiw1LZllCS9QaSmae0KZyT07kP34WExPtY1+13YrnMSdstuURmZVu1QspG2P"
    "YCKeFh5S6fl9K5w4fnIAksL93pV4MrF/j7WyOYX3yhYl956fIx9fgXCpaopJmXl+0sIpsb"
    "gyeQG/BQUPyVkWzEOb8g8skdEj1bMsqzChS457USr+CgA2M7Zpl3gHH9RIEIbk6B/M1EcT"
    "GGCzxw+Cplk6c08jn++FnI2naexVjxJnwmqp+J3/ZKqeNkAXM8RChyBHmhe4ZP/il8f3L0"
    "EBwfHp0cHYtaCLDRCLclQ/yRW5Ywl/gT3ncE7eF9JEcnUfn3UB7KDYWdzVweePHpFJnkyC"
    "Qvsy8yyZFJrj0HD5nkyCTXY6ghkzzTfsgkRyY5MsmRSa7Ytsgk36S1kUmOTHJkkiOTHJnk"
    "yCTfOUMmOTLJtdnkI5McmeTIJNfC/sgkRyY5MsmRSb5KJnmKzKt5srJSOhu/l9N0+2ytiP"
    "1QMnfU8bQyUm1haPUzNI/VnYfUqMtDWuIurCfExTJtMfNVzJ/Zko0DWrYOLuIctsrCOVrS"
    "trryD8zCv5IML21Ol8hi3lIKd4x9wNiH1sY+IA3856OBfz73mH8v1rDZlXhj+4XulFPAi+"
    "U6i+jfbECFzMAHoYGVkWpE/f5M4IlEPpJknllgfJcV7JCjd3miNwC7B5LtvSjZ+DAwg4MH"
    "e8ZcccoVazuFbOJPgRFYBzNmj4SWonpPNDt/5LDo73WiSsiQuSPR5iYxmSeeRO0Dkw0Dg7"
    "7IKiRX26BiHEw6UH1clbxvSVQyYc9CQqhgixqAte4H02EwkU8HvTskvAJLFH0KphbQv6NU"
    "4HIHMosBzJAV/mADJgnsbAppvkPIrDS/+H/kuw0yb/QfMnFE9wlJ3o5jvvFI/v3JLve9Bz"
    "s0MJiWEWFXIQP5xEFjP8pZLiS9mdgaYn5xZIUvvSlHVrjeVFVkhZ/N87uRFY6s8HW0AbLC"
    "M+2HrHBkhSMrHFnhim2LrPBNWhtZ4cgKR1Y4ssKRFY6scLnLQVY4ssL12OQjKxxZ4cgK18"
    "L+yApHVjiywpEVvkpWeAHWVmmDUmGdm+KLBOj7EUCvzcl/SfO3yPB3eVW1sLp0l4RUExWr"
    "z4npbHXwr5CLRFUtJpxZZvA1NXlWRmd7v2ZiWc/tEXSidi5NBHQ2c5c2d2GtmVsrOWdKS2"
    "YsoLOBv8RKbt/AIZtPxcKphM4m/pZoqWrjkyY2Pqm28UnJHhCIkkUbV/q8UwF9+W1fEh03"
    "T3BzA+kwGyjxMfNCSxl2Q333NlDxB67AtgUieMHUJU4px2V8bPcifCHr9p6zbUTfzrxVC8"
    "38d9yd4k9TPV36nHCF53qZsEJIPpHP+3x3f3v5SRh8azz739Ig3gtq0SmcmJn7RCtzrtcI"
    "dBYx7x8HaXCz2NAL6cEsL96Igv8bSXUgUgmS16LAxa+V6JCjtwuzrw/Fv4ENpPd+h9yJ/y"
    "/2crnXMwXSe8AOfG5QUwjD3U/hHwtysRMqr81JUrI/2HM52feAXR86iKaBRXmzXOwS8iVA"
    "xeeS9S/KcSEsX0AY3Mwz7+8jljyZCEVtpyogQeKFRD5NokMyXTykoGeWqI7NvAcbEq+TXf"
    "g4Uwc52j/Zfyfp+SGX33WeP0a1cY88T6hPnsWTZ5QbxHNET3CRp488/Y3tY5Cnv0kMH3n6"
    "uZZHnj7y9JGnjzx95OkXJZGnr9nQQp7+EqgD8vSRp6+xwZGnjzx95OkjTx95+sjTL04ayN"
    "NHnj7y9JGnr5n9kaePPH3k6SNPf6VMzgTGV5xX8oKaTy3dnLK6zCeSMKFsdr8UWV6nxWM0"
    "X8ngkZq62BroKAOL2j7lg+lxydS9KOF4XhhTj2PqcR1Tj2MSbEyCvf694PqSYGPq/K104u"
    "h0IrmWyxxrEsF2deTrWO1Vd+OYJrusLzYrr3NX7hb5wksthU0WwuplsOgIx0z6i0y+eoA+"
    "5V2rWD0vpbPVE7CS9HM6a3GMl0T3QcRzL9q/BmcrSLblaHMDikPEAyi+YditEDi0nciW68"
    "AXh4+IxlASyJL7vlMXtzKVJTPsjcUxKmHlFSSKnXMymojPGfEdIjpfHBThPBJKIFbFh/iH"
    "sIhHuO8lERdnpC86Cp2QXSFJbQdiIEgUXdQhzxPHYw927/IWYipsCR+AfAciNDICovP5UJ"
    "qPJkQc0+QziBP4oIA/4R656/Uv3qRP3euQP8Az92DvzlIvXRjrAeq6zjOxGP0exXIIw/Dv"
    "LJEmQ1GzqNRkM/HUKXVNZpDIO0meuT+RQrAHehCLpSH/uuvtEfj9VjzIJF0YUPJihzjOhA"
    "zZyIHYkdvu3j65hu7LbNgswIPEWwo7ho12Bq8WPVyYWoajkB51/QAmKmYJNVx5BYb8LPfR"
    "kFnO897+gxCCaJiojaB+0Y8MMnyRLSPeP3ddh1Q7DZChnnhqcueEt0/u6HcOpSL9yLMrxp"
    "AX6RXZkocSHlxeIfqZ7YFFRTW7/6GPotaBlPnPXtgA8g+X2IxF12K4fDzxobmZId5ddiVR"
    "sWg7oDcI+4te+BeEEGUeOA08X5ptIhox6ngG8TgYFMo9Ou5UxuOMJmwEzSfbIorkEHWJdw"
    "7fIOrWwkiWM4Y6opePHiT6lOhevuO+fCSS1wmmgO8jYwS24cjeuE96op97RL7vg91nrjhS"
    "GXTscnL068Hx4dE7IrriVI4FX/Z+6P+Zzhl2n9P3ouzxkSwLd6dAp51l21gqnhEj1BV2Zz"
    "MKM7i8YMTbE6qKsXsgBjgf2/tTo0Medu6gram8CqXvUk/+dSbNvINhShimVGZfDFPCMCXt"
    "Cd4YpoRhSnoMNQxTyrQfhilhmBKGKa04TIkPl3VAR6JaA7DiLLLMkDptMqROq4dUGfEaw8"
    "EwHAzDwVYfDrYpV7KG0WA1GQAXT9+vywa4qW4u0wGS0I+8VFdfQwSYBIbLd0a1EPiiLZFG"
    "Zr9PNV417i3zMg08JbZXVkbrSSKi8R50mct9Ss7hdmdtAEAAPAZ+8BQoJrXMi+ls/x4j34"
    "S2B4DcLDdbNDJ7zWHqqHiakuipOt7aPpx1i2GNNQF2V449vmd/VTi4f9wgu7pT6ud/3ucO"
    "qIXQo+SQevX15ve4+Hw8Umlo6cBjQyasu/SpsliN1q0SIbF3obr2y3LT/cpDTuNcmxDvr3"
    "T+mZPT2fYXMghMKSHs3J680Za8ZkdeZfVwtVwuB29OVudUvGKx1TAbb+UGp/1JeVUNrpqX"
    "N9fztErPG792CX8pY5Fq6lImU/Ni0lKFjXfOies405AdxMSPRz4S0pK68zxx2HfmEmp7z8"
    "z1gCkiaTFjxzG8iCEk2TaX9ndm+2Le8uKmJLu9y9u9BztkKcUska4kbsBvn2NGzcyiI2YA"
    "K4b78ltRxyQAvpQtn/VMoQ8AOyOk5cgUtEAHGo9FqQf7iT7TYcqSgq8h2DBwAy/ya5CYd9"
    "RjM2pRyX8iu+yvmeP63sFwagxcJn/fn71gHlokeCztkECCh96oMxI8zpDggQQPJHggwQMJ"
    "HkjwaNHQKiF4iNOQyqiKy2uNCkqqgVaeH0CylRCtqLzWZpaY9yvMvBYUa8yMQI1lkErovE"
    "j8LrU8uJIpRLQBr1IPwkA6EFTsXiarcwv0E33JF+kseU3XXw+SOBu8pkGq5HVulJvLPplv"
    "mKUaZOX0MszquZHUNZrE0Z4zl48mOyUe6OibTp0DmqZlFvmfq52J6G1tibe1evRXu1u12v"
    "k1N/H601XBoFKwcFT8B7TuWnbT4ok+s0vcAJBdtsLFmYq8Kl+vbtauMe7KcvVudTH7+/8H"
    "PDdvbg=="
)
