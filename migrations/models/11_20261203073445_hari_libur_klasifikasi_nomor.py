"""Migration 11_20261203073445_hari_libur_klasifikasi_nomor: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "hari_libur" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "nama" VARCHAR(150) NOT NULL /* Keterangan Hari Libur */,
    "jenis" VARCHAR(20) NOT NULL /* Jenis */,
    "dasar" VARCHAR(255) /* Dasar Penetapan */
) /* Hari Libur */;
CREATE INDEX IF NOT EXISTS "idx_hari_libur_tanggal_64f6e3" ON "hari_libur" ("tanggal");
CREATE TABLE IF NOT EXISTS "penomoran_surat" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "register" VARCHAR(40) NOT NULL /* Register */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "terakhir" INT NOT NULL /* Nomor terakhir */,
    CONSTRAINT "uid_penomoran_s_registe_37da76" UNIQUE ("register", "tahun")
) /* The last number given in each yearly register of letters. */;
CREATE TABLE IF NOT EXISTS "ekspedisi_surat_keluar" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal_kirim" DATE NOT NULL /* Tanggal Kirim */,
    "tujuan" VARCHAR(200) NOT NULL /* Tujuan */,
    "sarana" VARCHAR(40) NOT NULL /* Sarana Pengiriman */,
    "petugas" VARCHAR(100) /* Petugas Pengirim */,
    "nama_penerima" VARCHAR(100) /* Nama Penerima */,
    "tanggal_terima" DATE /* Tanggal Terima */,
    "keterangan" VARCHAR(255) /* Paraf/Keterangan */,
    "tanda_terima" JSON /* Tanda Terima */,
    "surat_keluar_id" INT NOT NULL REFERENCES "surat_keluar" ("id") ON DELETE CASCADE /* Nomor Surat */
) /* Buku Ekspedisi */;
-- klasifikasi_arsip.nama VARCHAR(200) -> VARCHAR(1000): SQLite does not enforce a VARCHAR length, no SQL
ALTER TABLE "surat_keluar" ADD "keterangan" VARCHAR(255) /* Keterangan */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "hari_libur" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "nama" VARCHAR(150) NOT NULL,
    "jenis" VARCHAR(20) NOT NULL,
    "dasar" VARCHAR(255)
);
CREATE INDEX IF NOT EXISTS "idx_hari_libur_tanggal_64f6e3" ON "hari_libur" ("tanggal");
COMMENT ON COLUMN "hari_libur"."version" IS 'Versi';
COMMENT ON COLUMN "hari_libur"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "hari_libur"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "hari_libur"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "hari_libur"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "hari_libur"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "hari_libur"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "hari_libur"."nama" IS 'Keterangan Hari Libur';
COMMENT ON COLUMN "hari_libur"."jenis" IS 'Jenis';
COMMENT ON COLUMN "hari_libur"."dasar" IS 'Dasar Penetapan';
COMMENT ON TABLE "hari_libur" IS 'Hari Libur';
CREATE TABLE IF NOT EXISTS "penomoran_surat" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "register" VARCHAR(40) NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "terakhir" INT NOT NULL,
    CONSTRAINT "uid_penomoran_s_registe_37da76" UNIQUE ("register", "tahun")
);
COMMENT ON COLUMN "penomoran_surat"."register" IS 'Register';
COMMENT ON COLUMN "penomoran_surat"."tahun" IS 'Tahun';
COMMENT ON COLUMN "penomoran_surat"."terakhir" IS 'Nomor terakhir';
COMMENT ON TABLE "penomoran_surat" IS 'The last number given in each yearly register of letters.';
CREATE TABLE IF NOT EXISTS "ekspedisi_surat_keluar" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal_kirim" DATE NOT NULL,
    "tujuan" VARCHAR(200) NOT NULL,
    "sarana" VARCHAR(40) NOT NULL,
    "petugas" VARCHAR(100),
    "nama_penerima" VARCHAR(100),
    "tanggal_terima" DATE,
    "keterangan" VARCHAR(255),
    "tanda_terima" JSONB,
    "surat_keluar_id" INT NOT NULL REFERENCES "surat_keluar" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "ekspedisi_surat_keluar"."version" IS 'Versi';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."tanggal_kirim" IS 'Tanggal Kirim';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."tujuan" IS 'Tujuan';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."sarana" IS 'Sarana Pengiriman';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."petugas" IS 'Petugas Pengirim';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."nama_penerima" IS 'Nama Penerima';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."tanggal_terima" IS 'Tanggal Terima';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."keterangan" IS 'Paraf/Keterangan';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."tanda_terima" IS 'Tanda Terima';
COMMENT ON COLUMN "ekspedisi_surat_keluar"."surat_keluar_id" IS 'Nomor Surat';
COMMENT ON TABLE "ekspedisi_surat_keluar" IS 'Buku Ekspedisi';
ALTER TABLE "klasifikasi_arsip" ALTER COLUMN "nama" TYPE VARCHAR(1000) USING "nama"::VARCHAR(1000);
ALTER TABLE "surat_keluar" ADD "keterangan" VARCHAR(255);
COMMENT ON COLUMN surat_keluar."keterangan" IS 'Keterangan';
""",
}

DOWNGRADE = {
    'sqlite': """
ALTER TABLE "surat_keluar" DROP COLUMN "keterangan";
DROP TABLE IF EXISTS "penomoran_surat";
DROP TABLE IF EXISTS "ekspedisi_surat_keluar";
DROP TABLE IF EXISTS "hari_libur";
""",
    'postgres': """
ALTER TABLE "surat_keluar" DROP COLUMN "keterangan";
ALTER TABLE "klasifikasi_arsip" ALTER COLUMN "nama" TYPE VARCHAR(200) USING "nama"::VARCHAR(200);
DROP TABLE IF EXISTS "ekspedisi_surat_keluar";
DROP TABLE IF EXISTS "hari_libur";
DROP TABLE IF EXISTS "penomoran_surat";
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
    "eJztfQlz20iS7l+pUMSG5XhsWZdlt/ziRUiWu1vWYYZEd89ua4JTJEpkCSCAQQFWa3f7v7"
    "+qwk0cRPEAC3ZGzLRtEllIZt35fZn5PzszxyAW27vBvkf/GuCRRXZO0f/s2Hgm/lL2dQ/t"
    "YNdNvxQf+JHgzkw8aLIh/4BY8tER8z089vmXj9hihH9kEDb2qOtTxxYiA/EoesH2BLHAwF"
    "NkUJPY2EJRW2iKTYRNRuSbDGfMG6T2RIieIfli5E9J+PRfCFsewcYLMm3nme2h+AmPTCjz"
    "iUcMZGH+J6IMzShjvCE05R/3EHNkMzb5y3+wmY89/6fARYwQgyHqM2SQRxxYPvLoZMr/+e"
    "h4iHwj3gvyHN6+Y495G9g2eAP8U4QnmNpoV7SIjRm1XzFEDNEMb/nl9Z74JYFN/x2Qoe9M"
    "CH/M47/nz3/yj6ltkL/4b43+6ZrDR0osI9cr1BANyM+H/osrP7u0/V/kg8JIo+HYsYKZnT"
    "7svvhTx06eprYvPp0Qm3jcHqJ53wtE79iBZUW9GXdYqGn6SKhiRiayDf9ASIcKpJ/tDIe3"
    "XwbD+0+D4XCn0P+xRKZfo4/Gji3GDleVyV8/ESr8dHhw/O74/dHJ8Xv+iFQz+eTd3+GrU8"
    "OEgtI8t4Odv+X32MfhE9LGqVGTIZu368cp9soNmwjM2ZYrPW/b2JJtGzecXPPzpsK+M/zX"
    "0CL2xJ/yf54c1xjz97O7j7+d3e2eHL8WbTt8gofT/zb65lB+Jeyd2jea1kNGnrBZtPMFN5"
    "VPZ6Tc1gXhOZsbkfRe/JdleiD+IO2CdMlaoQ8uovUs0b1BX4hF7IttvUTDoKYvBpc3n+4H"
    "Zzd90fKMsX9b8p1ng0/im0P56cvcp7snc/2WNIL+uBz8hsQ/0X99uf0kLe0wf+LJN6bPDf"
    "5rR+iEA98Z8pV2iI3MiI0/jQ34t1jIHs3MrBMfjPDYfMaeMSx84xw6Vc8Wv5odzuY/wTae"
    "yO4TxhVqRrvYnVO+u8nPa7c1l48ju9l21hePIpfPo0lg45ItK9wvHuVu4zw+UrFxkL3JHn"
    "p17+NHdE9MRlGfWJhvibylr7Ng9moPXfK9w+QDU+4xjIzF6xDDL+h5SsfTBzvalkSjfeJj"
    "dMcb4O1M6Dci9i80eol3MNh8NNx8+J9YZe+Jn9d467nlKqJ+PHFU95/3+w32n/f7lfuP+C"
    "q//zwRm7JyG3+yg5m086U4+fGjXMHeifB6DL6hneZzrKWqtY+aWPuo2tpHBWszsYwta+1E"
    "eClrR4N308YOF2o+oQN0H4xGeLKM4Y+bGP642vDH0vAK+2vaQ3xPkzcgrl6xn84j4V+uxE"
    "Yif3KxOzLbZz9pTKPpoLD4/B0PwfjT9OCVWixgxFvRVl95E9+ZhTZ9YssMrYqzW37wVZ/i"
    "ptgcJo6ExSe5m3n/wymS50D0F5JXP/4njtap3BHvi02QT8cmMdCYWFZ81gsdFNxoU8rCQ+"
    "CMH98MJ/wAhyc6/j/5T6lz1Untzx0vOrGmbhahyD/hCPcD+w82tERo5EHAlUeKcgPjVU4R"
    "bdn3rGQJaWLegyYnh4Pqk8NB4cgmFpWh0tKQkVi8PnRjm1vHKlE4juVtXDTwL45H6MS+Ii"
    "+Fc3H1kaub9q06RvCPPfyc7FXZocV/Pv/RxA9n+9n9x7OLTzt/b8eFJM9vJceQ+FxX50JK"
    "PUJNvEjh08jFdnH53TkTJxHGDwvPUwdZzoQhau+hMxt9EScU3/HQBWFYgBwjJ7AN5Dv8ZE"
    "EQfwkG94+GZwdxs5B/V9jdsjL6u4HK3aFNNrq3TTa6t9Ub3dvCRiecZ7J9E7uqTresXHvn"
    "ip2dZax+naqqfLo4bHS8OKw5XxwW7I5Nnz6W3J8dvtZju+oMF8nMGXvEhTZl7XjYK53iIj"
    "Ub74Bldj3/8uU6B+OcXw7m7Pv15vwTN7w0O3+IhrtivMJkvDuYsWeHb3dTzKYqg7wgqPXp"
    "+TeuJLriyyq6x7ax1EH68O3bBkOdP1U51OV3efPPAuYPx1NsT8gwtqjiyK9qQu+J8Ad+oi"
    "P0K7Z9qtwv7cwMC3O78jMTtYsdUg9C5yXXgEC35Km+FiqjAdfEnFJv5b7QCXGO7VOAnLM9"
    "/oipRYwh9n0yc/0SD27l+bVEsr2L7r5iN/+KJ9hC1/H4bOtUm5lZjnB6DgM+90scYQvm1p"
    "xsd2YXn1dmYI8pX+lmLl59qevc9Bp7RHQCnyWqnZ6X7BSlZxSESv9wXJ4cpYswrOYxzEgs"
    "tZC2NKeF92Q7ayg4YcEJu3H7ruqEveMLx93lx8FOYTVYg1njude1laCpUTNLYIVRt+PaPg"
    "sM6n+yfe9lp8TBnfm2V+fmxuI5cUlq5OeudsAu9lD/mQKoI+xRJmz6TyW39Tmd/Cie658P"
    "D4+O3h3uH528f3v87t3b9/vJmlr8qm5xPb/8VayvuRPHYv/2Mzb9QPV0mAi1czBch7P7j1"
    "jlH/pYmIW6GrsdMzKb8jiuo4f1QjKqGRGLSZbfNTuiEXxRg14UwYuW6T1tOS/0Yfckm3jB"
    "xpWbdFZE5+vkudBzO/dJRngHB7OiUT/ff7ktt2pGZH7npWMf/S+yKNPIuPepuiv53YRBch"
    "tsPFh3b87+MT+OP15/OZ/fOUUD5wXzy5hWNfMnIt0wf6KufuY3ieXMXKck3LB63c7KbGjp"
    "XsdB5CpSE+1S/of3RiAUxHq9zFp+dNgk+uOwOvrjcH4tN/md1sP2BJdgbHWWz0rpvG1e5T"
    "RVPwc2OwjWnQRV4z426Tm49x2PGL/Q8ujKzLe9Os/BiHgm5rt5eOBbTJETNPtH3uorhkYv"
    "PmE9JF5siEhHf0qoh+5/O/vp8O3JqWTfM/4dYmNso8C1HGzwB/1nOiaCIyeocZ7zvDfflx"
    "t6xQrkOzbF/HUqcyqV0JgjFpkR0eUO++s6i9bw88zAK1vL6jxIqYzWbvmvUk20O6I+brp7"
    "tOhTynjwyq6659TG3kuFC6/0fisnskb2v2QUhUvfykeo8+hUlByh+Ag/v7w9u/vP5AyV+I"
    "muv9z+el5yijr/z8Gns0LmBsbPGGXjf1HShlSuU+BuqvYP58fT5EjxG78xX9NRUEq2T7+s"
    "PVDwPZEOreS5hQcK0SxK2p3j29sysBNbaOpY1MAvPYTROPDl3GWCbOt4/BP5NmRgPoynPf"
    "RM/ak8GRhkTEV4okjEMHZmhKFHz5kBE19DJv433p1RIGlDy2Yk2tvoDxTXtN+FktvxQAE9"
    "6EfaP8p6fvSicmPJS+nsBQi7GTkWaej+2jQcFLjGklMtL9mpqRaMmnofOzrVSkiYxdQUUf"
    "+pTbW8lN5TTXSzRlMt5O0sM9Xykt3hOV/QKXaD1W+pmk+t4jbmY3sywRWM9irsNxGp6+D1"
    "rKPryROZKLxS54oOK4m2VFmU1pvabOMAAKq+NjYKtGy0NB3UrE0HxcWpa6nOdqT50C1m8o"
    "69o9gZS6c9Wz9LxMAMeyqjPRHQevcVSoogbuLj5o6xzURZauKgurQfHW/GB6ygXfvS01/i"
    "qSp5qlfnsqLx80M3J7DQd5W8CBl8Scq9LefIuiXPKHpJmG9KeK08MgnCxGX8r2NCvxFDOq"
    "gQb8oJfEYNglzs+S9o9/rd6z30h8iYLXxZz5ghEZrKn3fsB5uG+UfHU2oZUd5tPmZeZFgU"
    "b8okMivFB/QUzCyR51ukqBDpTIXQI/WYj8SmiLAnPGZeqgaFnKXgKgNXGbjKunl/B1cZuM"
    "r0mGrgKgNXWftTDVxlP4yrrHOOh+Te1JrP4aDJPfig+hp8UMg1ZDszR8nnkAjovIzdxkqq"
    "J0Ztlhm1LjVqSfSP3j7gNQUDbcwJ/BQYgVL0VCKgtRv4c6ylFknHxPtNzMqIeteOPRmQv6"
    "pSSGQFdV4U7rKKrra1fvrHILerFsJNclTJ+PH5GJT5US4cW8PyRAj3M2xZla6ROVF9s0xd"
    "UCYdembo0dsVGqvxho8O350knhLxjzonyf3N2fV10VMSLa5DN/UvLrE2z4uvuE63FrMplc"
    "/5VvvE8yPcbN1LNwtmI+KpBWbmZLSmv99LTdtz99WkpWGJKnkrK2dQCZ8Iz7QdNHPTRCq5"
    "QaacSiWXrqB6DVEp7pKZkLl7hSZ9kOj0phIfUuuQjZZ+KTVmCcRWZfTaTOyxxJDmRJqkZZ"
    "+HswoQ22CKfYGcJU0LkC2B8/KYWTYxe1g+9nlKbAGzvWLoX0a61Q5N8i8oGwsoGKBggIJ1"
    "0zUPKBigYHpMNUDBTgEFAxQMULAflTC+KS/UJrxPP04mGbQ7xh5GmdvpUsl8NoIstJ/ou7"
    "XjwNYyfadcX7V7+ZyY1tZd2uW0YVdrzu2zsre1jOPd9Q5o6oSdH47lxRq3lyZcv3WkqWV1"
    "zRMuq23bPsY2P87gnVKXbO6JXr0zNn52aMQPN3DDxkIofsNcug6P8N5mPuKDUwQV4CieAZ"
    "3jifDdRiW574lvYHSFR4HLR5CNroMZfuKbMdq9Pnkt62mKsj8vaMRbYEjmo36wRyRM4XGw"
    "j54dz+Sv5G94YQg/8p1cNhu9/IMMrQj1sB3hE2bPxEvSh9kyL9g34hlBZaVv8OyCZxc8u+"
    "DZ1fpODJ5d8OzqMdXAswue3fanGnh2fxjPbstU+7ZWTsm1R/cBVwWld6tlZheQ7zUk3/Om"
    "xqXktoWs8HE5MVav0XsX6lnqCtCDF+4HTwG2h3GNIzUso1RY5w16IBVG/ZzCWsAY0o8zrC"
    "lGVt4Dc2LdYImfS5+VQkEytTUlZtAblA/MYFriSF/Mvs/KdsOoMeh5kdF87Xx7H/vB0kGU"
    "qXSLUZQX1CcejcIPVFjhibLq54xGx4yaU8b82mDhmUtLk/yL0hWsfCRnhbpQrOc6o69+1X"
    "poFLegCojmpLTGQ/tEnq3RboRDSABCLXpqc5BoGjTy/cWfrGL45lBobiBqB9o5vKtCSE6C"
    "lRXA3dxTvUXgXfi8BO+S6MVmCF4oKY/t5ZEUZ1GKMGaGicVMMsYz/rSdwnr8T/F36jP0GF"
    "iP1JoR20e71+9ff5gT8cjY8QwmHn2wfT68sIksbD8F/h4K9yHCZOoxjFzP4UsVtgCVA1Ru"
    "2TUKUDm9oQJA5U4BlQNUDlA5QOUAlQNUrkNT68eOt9iEx5Ff4/jQUUrPlBHRGhvqp3pqgU"
    "DIHHcJ07WptfNSWhtc5sVTgOJaqIYQXvaH4WW/aPZ6ELQgrPMmPAjdGteJshpCoRH2w/gm"
    "y/BSsFFGtFuo0X2qOIBGABoBaLQO0AhCEzcODUHEVjMASNeIrd/5OvtITcxobSatssd6df"
    "DPt0RANY9W+iqUz8CchX8uM3VqcAgFsWA0oz7rScAnfP04fCCMqUrxnjCblu+g56msIDNf"
    "q2b3+ufXe0j4mnL1cB6dgIv9ji1qiPCsNFHXbgwKQRYuQIUAFQJUqJuuakCFABXSY6oBKn"
    "QKqBCgQoAKASqkJypUkyOnemnKCWkNVFTeO7eGDU25MhUg3GIXbiKs83bwm1ASpZf/pZy4"
    "J02cuPMLT8aJezJv9zG/VPrq4XEZMZ1t/jFVU180CMp4bCyBIvjH1+8bySfmV7RumexSdm"
    "7tAJkt+AOAhAbjeX2ARPWoXoN9FeKANB7LjY1dNrG1woE+Bn4p8CM/79UhPeP4iYXITtxW"
    "TT4+0ZhEZwSIY5AxFX541pP4jTiTBxaVBVPiFH8G/79LRK0fEbklpZ3HBztJaInOr27R4f"
    "Gbw/2Dd2g3Rqtfn4aAEB9BvSgrH2aOHf5d0NccI1EiPFyGX/EbJr+EsgfbCIT68jPxzvDb"
    "6NAXarEr/+vjaSDimCzyGP6+258Oe/w/B/w/PT7KXB9hEXaEmO84UYEX3tSDHdtEIFPPHv"
    "V9Yr9O1OMHllGYFljEcYvm+b9YwBWSuJaEutzAD5g0zhMeYR+9iNSF3EzPhOsz2Xuw7wJL"
    "BDVxAeYE3pj/ncp3I97F/CuUdBJgWoBpLbvTAaalt6MdMK1TwLQA0wJMCzAtwLQA0+rQ1C"
    "puYzIQZFmIIBFukeQ9CC9HO4odHEaRlN0lm0yxoyZT7Kh6ih0Vphi2ysuqV69nqYTWKNiZ"
    "VHNpS28EB6MjbODpcIqf6NBN61rnLX/u8AUY2xU3zPIW5npixJvYVFcknyj0xVfbD0x0KX"
    "VHv3Hd11bV+/zLl+vcEnd+OQ/OfL05/3S3eyD7iT9EQ49V8QrFzcmwRe0KH2F9kfuCsM5+"
    "736iLDLJT0oX1nVUuJ8Fllp4VCLQEerCTazv2mOh1EPL1hdS1pb1NhhLZvElh6+dXokF66"
    "d3TlDnqX3NFUW7QlO13GvrmNeMMjy0D1VtmxHT2bL3XE15mkDRyU94w7dk44PlbHzQRRsf"
    "bMnGy5m4gxZu3b5YrKa+CHYWq2oMwClcP0qkdXarnEmNRYy0WJy1upBk4bhhCMctewevaE"
    "rnjulnwcizEIy8jsDIpbqoye38sPp2fli4nSdI6LK9kmtA5764SjDffhbzPY8xXz36Iwbx"
    "i91RExWfFepCVPwvMVPhXFzSbQOjQVJwWL8oeZdM8DNWzKycF9KaC9gPVVXapTfFTnNTXV"
    "YkUGV+VRft3JQ5lR9nWlGm4t9bmiw5MUVdhuT0oQZJkUuNu3OGombiuqVpVuPds/tbkQTZ"
    "dvzXCTNojD1CZIJkEiZOvvh6lXzpiUzYBvGYIEQZew/2Dd/ReYveExYR76JQKfP5QDVOBW"
    "eJfzJ2ZnzTIUZYQnVwM0Af+7f3IY9JNIF2Z7yFoWxh6GIDv+4h5ghhm3wj3oM9cbgafKhb"
    "ZA/dAw8JeEjAQwIe0ndIjgAeEvCQ9JhqwEM6BR4S8JCAh7SxOqjULfbxLXXLuzd6ei2TaR"
    "Mn7Z3by/4yU+jgfZNQ5PfVocjv56eQXcp1qSkvW85s0YtjdNuYwjJn3kaeyYMa1+RB0Tc5"
    "IRb2uO6uGp1rTkznfeFXoSq6iFXdPnkutN2I/9eMXNRqVs9K6m/484y2qrY/bmL742rbHx"
    "dzX5OZi/2hhadl7viaorNzcjrbfSB1RdexrqpWP2li9ZNqq59UFayuMvvihAZVdteVjRTn"
    "MlDoAzVOUpgB3xTgMF0a5is0ovW2GXKgr1JtlffPJrtn9d45P6g7mGK8f3u/o2h1nbKL+z"
    "N/OHbtEpvXrCAZmY7kQYkQhU0sG8IaSxiwc/bbpPn40m5WXelrTJiKdciMqdLrNuXEsRxJ"
    "+nFd11x2ES00ovOx7NdIWdTv96+WOg03OQxXn4XLVlNzMlIdyJFIdwbxryJy5Jx4JrYwGn"
    "ClzE2dyQQBSe0anRHR++yV6qlFCaPw5Fpr8KbH3610wU5f3IoZtpWrvYSn4BX6Y/30NsKI"
    "VQaHN+uFVFrnxftToqXybbrJZbr6Ll22aleO+/qVu3qka7x6K4101bgen0754WGJdbtEVO"
    "fRex2qu8qysZFlfM6MQyuwym7U1cO6soFuDPBroS5aqndWGur8z1nRzIuC2Uqb0Dls5XMw"
    "s/CU23W2nI3XGL3iEtughsiFt+w+mW9B59Wmn2iqeNzOrzhNwMRqLLEAJab2G6qiiiWiOt"
    "tf4IvonpgOH/xvPgdeHMihxZKfsWXFar8oZL4or/MaJAPm0HWsaquLDv9tJX6qZstNLKvz"
    "QP/KdURXgme9lDtl7eDiSDgZ2JCV+LNqAn1yUl2I9JG+FIbuGzqxWg/tCZ2WiqE9OSGdF5"
    "TIJ/smdicqrSobC/Gpcoqrh/ikLXXZ3o1DfXLjTjnUJ0OkLg2IPo+kfrm6I5as6Fht+TjE"
    "WBOX41oiq/7eZCzUmcD4RR3gkmCo5LteXTQUzj61MBwq22YuHmogUiTjSSDCoRxbhDSZxK"
    "Yy97Go047F57JWKDLJhIZxUhf9s9d7Il6J7y2Y0R4SmQjC1Mi8912RZ9kjDyIwin6LY51E"
    "auhEAnnOM0vLgH7gcqQ0hgkKhEIQ09ILBwQx6R1ZAUFMmf6DICYIYoIgJghigiCmoiQEMW"
    "k2tYrbmCzcouqPTYS0TocSemGrLlAbd8Sa/Oo3jG9lKgtXQVBrltAV1xbdZbTdPjcl8Mpr"
    "KNbsFV5F2US9bP3Va14gsY2UcHgSFK1849iR46/E4RoKzO8LZEz5erN3Ef6pkcH7wsGye+"
    "c2zJBah89/+njJ14ndg/e9w7n80lnYIW/gxO+iZOWc1HZMvbO/o2jpu8TFtD1zC2+YkqVj"
    "gZWN3GZKzy3aN3Qyimz0jJSsz33ijUll0tSCcGesHvlWd/9jfXb/WcXswWgY+4DVALISSa"
    "1PfPfBCF1F+moBkWUNuA6czHMmHp5lf2JnLd8ULCsZgysgZsneOBRIxmrYWbJlZa8YmvRH"
    "fCBXvP5sBVKbH9VlaQaLA78m3WD4cG7iNcg7GErJQqtVIzl+qJdiao6Xx9jmkxO+YvxyZD"
    "/hNxf9M7S7oALp670H+8H+l0W+EetfSbJCPjQCE+2Kp95wpfmKsTcz0EOwv4/fDcSPZq/R"
    "yPGn6NGxLOc5hO2kEuJqtvtub/+A/09kMcQoss2HBzv6eO9QfIdzP4D6H1D26739fflM8Y"
    "diP8xzyN/2IrBDFEGHD/aUeNzIMvkhEvPG6M39nlnAfET+ovy/kTUY73P0QrC3hwbJY1zr"
    "tHoskz/p9MHG/DXjKdrfO9hHY2yLfI2hZ51raZNnJMeC1A+5jhjciP+NyxPrEe0+7Ixfxh"
    "Ydo0cTeeSRK8oXXfawU4lZ/pk6PMT7d/4JICaAmABiFiQ7hawAiHkKICaAmABiAogJICaA"
    "mB2aWj8eiLkV7FIVstQePbuKlNw+QAkZLjcNTUoXSrmJF4dBJcI677fXsZLqEX6NAvxq4v"
    "sKpacEYUG6a1TXjFRKZ1NLisNlrOn2l4/t4e6thd+0DrsXQJwmaAL/2dTEvlOS3lIFSLiM"
    "m7midhzYqMmiHjm836wH29kojFCEY0qAhFLMphpKSOEitaidlM1QGb/zxRbxOy8zYvto97"
    "7/+XXot8dJIM8eGgWWCMmJ3OZxiE7gIt+RzvCZY/vTrNv9g/DFyxCesMhRdZxPBFMkQUNJ"
    "SA8E7oDPG3ze4PPupiMOfN7g89ZjqoHPG3ze7U818Hn/QD5vWW2gvJ+rPN6JSLdKKqzuBi"
    "hmx5OXK1XMIBHSOVnMeaxku3mnIOimFc+2Ta2ysto13r9EojNhN7dC4y0GKtjOcBSYZbl1"
    "ajCajIzW4/nW2UPnQtM39/3Pywzr9ZcKimM7GD/0lS/LjUJDsuJdcXXHwSFszxDdIhx+lz"
    "bdWqxIxbCvy2RXMej1zGIXK6tfBrvYwawWoTMnpTWVYcmYhA2H6GQd+yuG53z/cSC9ueCc"
    "ueGnHJizSTzonHjUx2djrt/v2KKGCIgtQYTKHuvVYUIjKTDEQmL4LSuyEBYK34Xky1D8Nv"
    "SVlR3YZYK3K+KKAiYXhOFXDIVvRvLNYXBD+HqfMInmGOFjgWwPPTqeTAwneU5IBDlwS6Hd"
    "68Peg52iPehJ5ssehkJDg8a/CI2dQAROFBuOIj9kqEb4tyn+JsAsxkTkR6QT/8lhyEcYlc"
    "KQCAV5QeMpHzNEIFi84RmATQA2LbsaAtiktwccwKZTAJsAbAKwCcAmAJsAbOrQ1KoIsBhG"
    "dwhV0KQgrLWXIswad5dq2yqKAqjeaqie7czK2Lh1bvtIQHOfPdcSZd0Hy2wBB/vNqnPXle"
    "cu7AKmdFEMhYtAxe5zYlpbP+OFWcrsjSIADmpCAA6KMQBVbhuFW3tdE+0t0fuKnRHVdwud"
    "Zugip/UWbvbYL8/tdO3YkwH5q8L0GTGdj5wfUzVXO+98+segHjBJjjvXX25/jR+fR1Hmj5"
    "8Mq4ElGQmtjyAKC81msZHyRV0ZF4l/T+fM2xQGyQwsrSCQm4DxY/cIy59YQD4y3/bqAI9Z"
    "/rmFKEe+3RymcYbSxtIcWadoyn8OItizXkQyKAks3EoAQ6APd1f9CwE6hB//nwO02yfejN"
    "gGnngUvT95c7h/8E7moQrjXvKAx9iZEYbwo0/C1mQr1BeJpcRbAYEABGLZtQcQCL3dooBA"
    "AAJR0teAQAACAQgEIBCAQGg7tQCBAASiowiET2Zu2XpUvQGkElp7wQeJmuoZcJqlwKnLgV"
    "PlAOctEc8vWREWub0zgjoHc0Xu7n6qbfuXR9vxA6usYEe9kzsjpvOp5jZU8406utaGx1sh"
    "L9EmPYkh3FLvTyw806vzKkawk6pzMcJ9an2MKU8ZS+py4knMOB93ie0TjxjC33h90EuY1O"
    "EHh6/30KXPEPOxH4hEO98Ie7D5+Ze3bPKmH4LDg58PM+gTusL8TennjLjYxD5Fb/g/fMfC"
    "puRC2w5yhIcRPeOXD+h56qAZfpHNI+pLunScumfseIbg7UeJenKkao9UFRAAbyZ4M5c9Eo"
    "A3U28XC3gzwZu56KQN3kzwZoI3E7yZ4M3UaWqBN3Nr3swRvzWpVd9OJbT2xp0namrCAq4q"
    "cllHAU5ltLa1YknRzecAYpiVpyyoNnZGROdN+T5VUwtLW45ZSqquNnQqofWYvk7U1MKb/0"
    "3Yr6TkSJSvp8JNkgh1JrPV74nK68lqdaxSBxr7geqiEUtoPZbvEzVVx/JRk6F8VD2Sj4q1"
    "GYhnUg9jezii+EWtnHyJbGcGdj/WHZ0L3beYvC3wAlEq2vWoIwCdkiLP9cfrMnmtT9hfpc"
    "Kon1W4ZcoAv8aVryuLi+0kwu0tMWkEgNo9JtRT/bzd6Lhdc9ouLOQSlVrW4Kl0mxaPoTNV"
    "s98n2m6/7k4aIjeMvUZNd9ISUZ2P4RlgUx//WEQzGlaHOi6kKA1rYhxVuUotdUVEVUK/K8"
    "U5qnGWonDEGss2Cmess65WwzuKa1yfTSHAUeMAx6xNHdcYusQWcyqwJ8Mn/IxHajauaUFn"
    "HtmX/gXqJ2qjz0Lt9roAYkwXrSpriDFdNM7XYOXwiXDB7Pq4bmr4mgmvVbDvZ2JTds3v3n"
    "Z56bvc9706at6TeHJoZR5dSMuTjaNM63OUPEa8b3RMYjpbEvqLnqk/lcXsxMAysIdcEr04"
    "DvPtn93+dHeODt6KON9jEc/rOjbhnfgB9flR5vbB5scPMuF3X8JE+9ng4GMhsw817YAWt/"
    "TiD7Q4vbk6QIs7BVoc0OKAFge0OKDFAS2uQ1OruI3xP5WSCMbPrwfI2MRpe+eWq1h1L2qE"
    "HjWaUAc1M+qgOKXM6MK0LISUlW8RRLp17J/47Y7+N7XVgaSrjM7qndCoD2q6oIQmwF6wt0"
    "zuwDlRnfeSfl5V/VzsrucwYgQlGWMX9EFGTucOuKfMJ7MeuiEmtimbEWRIpkCqvX598oTt"
    "iYmHz9j0gyFfjkpWqXoCR2kDWuMhn6XG6A+hMdoVKiOTeE+4IYNmrXxpVdLSlqlKO/uqG4"
    "HkJ70ZcCM/bpGlxFcQIzBVDjuphM4rTl9qqd2JxxC84uE0MIOZ6lo/J6qz8S+Equi3WFU9"
    "1naFDAZpf3lkIrauko35PJL85eqOWDIivqRXIsjjLmolMxo1WfGV5kcVUpUnhZklI1vFWP"
    "fm7I4w1+E/9Puz1CaBt/lRVoK9lQzEavgtHvtqCFz8ikoQ7ost8krwvmI+wr6E4SR+JlJk"
    "mHtIlAUO3+wJ2hdlKOxZxO8bYdJckcCCBZMJb4AYH2QDI360Zw+2PGoJEYPfzr4RAz16zk"
    "w+EP2EVwyFpzIUPrr77HimSG9h4Bf2+gPCiWbMp5YlcmbwlvjN2fFE2g153GaiwqAfpe51"
    "vhHPCEgVsPdnGCQnvrWdYfqzdv4JkB9AfgD5FSQ7hUMA5HcKkB9AfgD5AeQHkB9Afh2aWs"
    "VtLDmnq3h4EyGtvbqDWMtWPbj5+07zk3ZBTmvbitvqXU7d9s/ekCl5xVqNtMT/fUvNivFJ"
    "l/d9tzYqL69Qn8ycqbOc5/ukieN7frXO+L1P5jdSQZAYuqlGKsSKrJzeVhcUi1XMvon6jJ"
    "2M0Q2dbqqA2vIhuusPjZYOyRD6VVmX58S6ERl6LpQOQeNNLM9xyCzjR2qGl4q2zYh2w6Rx"
    "sO19qvi6zeoSP5iUZaWoQX5TEZ2vkf1UTU1ykvH1jHeoalayrJTO9r7KaapFuqz2Q5bbup"
    "9vLWI5QtDUrJoX0vomp8YU+Z5ikbUbupsJRc6g2CvadT6CtYsjuKmN8zNYq0DjHFGkhOww"
    "TySpZjowczb0co82oDlEj6P7q5t5k0uOwyO1LGKIr5GkFHBBG1OPzMcTH4d1g09RWHAjat"
    "Z/xZDrObwRIgkP4sufH3hPsGfisR4ieDxFB2jXpwY20QhT8zXyHXSMdpnYiv3wIwg4BvbB"
    "sisQsA/0hkSBfXAK7ANgHwD7ANgHwD4A9kGHplYZ++DHgXDRfeB9IxvxaYcJo0xi4RmtcL"
    "YuxrwKjWgNOoYJr65SbZVd3k0c3tXu7sL5gFHlQjKxjNb+wa9cSX7dFlya9sMhXWIb1KBm"
    "FYSweFTnW9B6SPdzqm4fy3WJDIJdxfaZBjQ3fUbT7Vs+OFBeSg70X0gOkHI+gjUuJcGhsk"
    "0P9bfpISqkGOgtkWNgnXY+Urbzkf52PoqSA/A1+iXkJmxjCB8rm/ZYf9Meo0xGgPZt+lbZ"
    "pm/1t+lbFOUBuOcmoI9U1JpC4ZG5T6wlEN+1mPpE2dQn+pv6BF05M5f4xOYmFsY12TYKLQ"
    "bvlI37Tn/jvhNHBsptGmzTtO+VTftef9O+j9J2y1TP/K8TbATY7qF7Uf9PHiFuMAuaX0bW"
    "aO+fle39s/72/jm0LI5OZ2GdxfYHc0XhyvoULB0pXdm4cGXbKbWAQ9YehwzoTt8Z3Smu/t"
    "snsxHxDK5oeY6X0ud6dfSnuACyiLTJiyykQcUvQ/Nvm6u7IFqmNhYbqyszAE25jOMh5jCK"
    "Lcr4uXwPPQUzC0+5Fox4PhbpVQTryQ5Ey6KigijP4IrBJzKy7F4fve492CZxfRS4gvsk4A"
    "70POUPfBPP20S0gA2DGD005u/jVhWvjMAxoEYBNWrZ1QqoUXrzNYAadQrUKKBGATUKqFFA"
    "jQJqVIemVnEb224thg31pkwVEN+dlplSh40CVQ9rAlUPi4GqPxILbeWJVEI/sxyzNNdN9W"
    "BNJbQerteJmlqMU4YrvLfVhs6I6LzR3qdqamHpvEdG4VpeFGzvdr6vaPTPUlfUT3Vt/5ou"
    "F6XSMV1T8iArtHLVg5ZG+Fmk8xZLHtTlY6jHf77fnAxtI0GPju+UQBPUIqzc9LHA/DinYx"
    "/9L7Io0yhJwy9cV8XTXY39P99/ua23/7yp507hooF5+0OCjLUv4TZf1pjEKtQMW5DT2by3"
    "ibLtGRkSZbSbKMPO9fGKps0PGD0MrDqIm5q5MJNzxubaoNuv19d1+HEu4iNJgpfvApVaKv"
    "2olX4Mv2p0qVxqg2y3okpmoJQA7flhVA2v5+fTYky9enjunCHmEmwSDz06XgqqhyVRUii9"
    "hwIWYMt6SQugmHgUuLzTRQmUL/0LtHt9DNlBAAIHCBwg8G7icgCBAwSux1QDCPwUIHCAwA"
    "ECBwhcEQJfZiZtJEv+iBqYa6Bg41RCayufSzXRFcFTq3mo7uYNbjq2j5XKTqcSOm8TV1JL"
    "tOvzNdZ17DdkhqnVNF/I5lORU+mvY1TNQz0npbN/+jJSVQvvNM0os6IbNfu7umjppi7Uua"
    "GmHICTRXlT9+LyDtSqYBo9+mBdjuyNOlGLPugSX2qpo7rapRp7x4du7vmFrtX4NSh5jwxD"
    "/QUzalG/hOMkQ5c85shgpa83VzfIn/Ibt0fGRBaYzsQ1PSaNiGdH2PYD3jS1EUbxWJRBS+"
    "B1Ba/rsidA8Lrq7QoCryt4XRcd7MHrCl5X8LqC1xW8rjpNLfC6tu8EbK/wblv38curpYy7"
    "9nq7JjfFxPEqYpEWZ6zNyrdY+fUGy7SoZnSIVvG7ZhRWH9uNhnbNyC6EzcgU4gHDU6UVZE"
    "5M55Ee5lD8KlRFu8Ivoo+Pe0RsP6iAFhaP/FS6xXGf83opwTuJttsf9BBSsHYfSpKYScms"
    "c1JaZ0xTjIHeLF5TDRko4zVL4gZ6mr0peDM38HLgzcez+49nF592CkvGGowN4RvbyUj3lQ"
    "UWtjOHthJgp/BMrw7XCeTTw1n+8YWwTvgSNHd8nINxPIffELGVUuLdYGTRcQjoSIo8GfPb"
    "kYBpHvFYQjk+YZJa72LG+F8dW6SZ49+HBPq3r/ce7Hv+VCC+xB5BOHnLKbqgfgg1PQSHBz"
    "8fhv8OmClQoKSV15lvZTSvS+NPotLvgBYBWrTsxgBokd4ubECLTgEtArQI0CJAiwAtArSo"
    "Q1OruI1B7rTVcqe5fBaK25/KypSV0Rp162cUVXbUNlqWDmrWpYOSM4AXF+7K27o+/VEqpb"
    "W1v0o1UegUWH0l2kT6o2jqD43EKbDEwjEnveIa0tIGERcBvsjpvu7VJHKmqA/xnKDOZ51B"
    "VlH9BjiTbrHyxXwxCJdKtwjCxQ67HcWeuE+U3T4GZ+GZS0vTCNakVssKdSG92nVGX8ispi"
    "GusW7noOPyZ4KnQBUILcjpbF6BKQyksu0ZGTKrtZtZLR2QazCtfiGBqkO4qZEL81grFPTT"
    "N2wFmNEzd2REM2wOA517oleHgJLo2SFOH16If8YvQGf98wtSOIvsDKYESWzzFUPxC0RBLY"
    "z4NjqWaWIjURG6FpbZ8oQvTYCVfeLNiG3giUfR4f6bw/2D96976Jn6U4GaPtgjwq9ZTzgu"
    "0PUWhaHxHySm6js+P+xThgx+tvpGjD30mwiTk5W5ErAUME7AOMvsCxgnYJzae4cB4wSMU4"
    "+pBhjnKWCcgHECxrk5jHMalBwI62vSJ0Ja89AHQkt0limo0mo1ehn5s6y3PBFu0VmeuWiq"
    "Rg0ts2w1ij6sCT4sxh7GGJpfkWV9MfqWSnYLvUc5oGMjwJs1jL0Myxg2K9stUPNTRvN1W9"
    "Z2hiZxAz9gapXP5uV0PtzcOnvoKlYWfRQeq6Vwtc2EFUo31zD0bg0Pin1QU6mrTLgrFbui"
    "FJJ9Yr8QYWKxQ/Le6ZMZX0VsXzoJhWN9ixW95sx7uErfHHaybyxs8ikT9cuIfxbY2nXL0S"
    "rdctTJbomTzF2RNKRJu345XqVfjjvaL3FQZiZoTLNuebtKt7ztZLfY4hwlWHsCkDonAprC"
    "PXSBvYArKTM13hBbQK7mFrtJQlrDyN5KfVSQ7EoHDSSKdx4Bfdsz/VRgh8tekxNhnU/AIT"
    "qqdo/Y9FV5zPes0qj4eiplRkxni38M1Vzf3W0jfErDMYMZUeP1ZWS6QOu7SNUFVl+LuFGr"
    "tD5tGGf6mbfr2SCS2478yaU5vrMP9Orze0ePDuNR0SS3d3zbKrO5TOQdPyBrJ/JD5jMWfq"
    "ZvlFFfZnZA4m09SWN65OOAS4b5HySTiX/Az53iCBSE+SLEw8h5JuzBHr1w4RHfRxh6xqYf"
    "fOD/zAvYjh+ndBDpJHz5koyEYEQ53/itJCBoNyZGQa5wYEYtvVgBM0pvugYwo06BGQXMKG"
    "BGATMKmFHAjOrQ1CpjRkH2h5VoI45blgu8ellKBLTORDCItVR34jbz4ta5cYvABZmVRp4t"
    "iIhPpHRe/AeJlvr5bkNHwDB0BCibf15Y614IXR7XibL6dYZ0uQyly0VltZ4T6wYt7Vy6l/"
    "6Q7qX1dk3JEt7BjA/nhL9e0CGlbcIpRncUjbx8+ofDt03W+LfVS/zb7adg18+NDigFoBS1"
    "KIXHj7Em9qtRiuwDvXqUInpUCaWIZKpQiiviYguHXCSJU8TPS7ghF439/lhEY79FT1hsT/"
    "YH9PUrOhEfHSM2njqOxRtFXmARBkACAAkAJACQ0E3vJgAJACToMdUASDgFIAGABAASoOgo"
    "FB3Vxry6VB2N7qHL+gAz4lrb+3Oqp6rNj5oM6KPq8XxUHM7OkCkhZ4mAzluwCAS+X25Uby"
    "L2159YpVauQXcTiW5ABXEEe1Ojq2EDM8zwMJreQxayYFWsWSXfDdvecO1RtGjEHOBNWNkl"
    "tkENWppMvtkKnG9B5wWin2iKBlwdc0q9ZVaL9w3WiveVK8X78rrPJrHwjC6/Dc43ovdmKA"
    "tBX6XaKi/YTZbr6sV6vgvKlumaGKnyNVrH8Kj7KxEgOwnBAEh+ri9CBgAkAJA1AOSlLbYt"
    "3/GuKLf8UykGWXimVwdD0vjpoZl5fCESmbwEZd6SByNtJNoey4dkumjXcyYenr2JKz2Haa"
    "BFKNMLwZ71gnzsTYgvg6b+HWDPJ+JDj2C+lmJGP4QZo6Nnk4/l42PsyrI9/yEr6Ubpoufw"
    "TgluvvvAn/UwmlI/sCf5TNKAcwLOCTgn4JzdBF8A5wScU4+pBjjnKeCcgHMCzrkpnLOqAG"
    "nNvOpG8dHkVrXMlDp824wSXscJL5DCGfZLw36qTZ1KaG3q+0RNVTsfN1m6jquXrmJmMtPh"
    "/S6qNj2XRgGGCd3KrT0v2pWkcFeh3ujseR0xgXE6uGOVTHzfeT56pbvlOtLQh94bxfGbCq"
    "08ctuzbqxy+4NW+K6Goe9qWYRorokWI6augllgYZ8+ot2nYGbx0+Pgj9c7itb/KLx3v4Xe"
    "u7vYB7jMMr5+NkXikhz6zyUZvmvnQUG2Kwt50ge8M9HldmZF1ngl6bsbG75T2bvzhtfA8i"
    "UZuhtbvlMJuucsr4HpS5JwNzZ9p3Jw503/+5Ytv6zVO2pxcapcA3dgyYOPBPiGLvFYWSbb"
    "PvHGpOrUXhTuivU/Rrjm7n+sL2n2zwpmjyDbYQzZqtEzKqS1vjv1I5D6KtJZ6Rq1KdrGvC"
    "GLfaBM4Yh+Z/ZndroHmjI7KsakViyPa+w6opBcCbkj/qpXx+mwMg8tZHJkWpwLJvcI/ybM"
    "VmsSWQFcZL99JgztXl89XfZ7/AJmP+Eeuu73L9BDcLh/eBIX9xasDoNgw6I22UNhmotMJe"
    "/TBzvMnxHYvijo7Yvv+Nrsf0AX1KQenaHnKbHlR2j0EubQleWD/J7gbFp4NsJ+5hn86BNR"
    "fHwPnT3YkeIia678MkmZGzUhXjalk6nF/8+HO8JJ9lxggAADZNmlDhggesPSwAA5BQYIME"
    "CAAQIMEGCAAAOkQ1OruI11reT10rFRFbezRnyQtdfycvnljd82VZazjIjW1u6neqra+aSJ"
    "nU+q7XxSkmtXXlPLV7EKHD0V6UpC6FTjTdURl44EJSvOC3YjRjiOv76K1Yb0rGF61h1FQy"
    "6fjvWgWeKAmrwBBVIYP5F4sphp0e71WZ/zkjofIa9ymuqX79kPngJV0CMns5T3qa1VQyqq"
    "Bb7hJ6qsiGqET4Rute5ZuSmGkRtiWiEXF5Txoz7lHVCCXaRf9urQCyP32CL8otpLDW58cO"
    "ODGx/c+F3zLYIbH9z4ekw1cOODG7/9qQZu/B/GjQ+V71bzyxnYo8PaxKkVE2VOTmvX/AVX"
    "djmX3AaSeZrExQZexuZFSa2tfiXV1cbutIxtX+8GpaVEe6323ktGUc4rop8LlIq3B2aZ+Z"
    "t5/3MNtAgA9D2HEYauyYhOs5XrlMLxM6pvP77wB60+uImNs6uAFl8tRniMVQfyCmUG104i"
    "sPDMpV6pt78602pWqAv5Vq8z+uqXaJX/2MBUQ7WyIjqDWuFCj20kjriqe+u6/bMs4AYZzj"
    "BTtXZRUOuYqXuhLroR6rZn6Bo4MWO+klVGFVOUvy75cV01eVNssTj0cgDjx7P7j2cXn3aK"
    "68kaLJ2brt/BetLU5tnFNWdtrhW6/Xp9XQfnZnfWUNdiT5xHkr9c3RGRgaMUU/vBOuHvTe"
    "Lgn0zmEqMCB0+/7NXh4CR+bBjOSZMfALE8Xy4O6jsPzADl3pOL7ftiExEZZ4gSrzI1s3wD"
    "Ct9wKsPqesh3+F+cWU/E3z1P+dczgm3Wk/mW+RfII2Mi0yzTKBBvV+Znlh+7fg+52MOPog"
    "otn/Yzt8dbd30RasffNsY2JFsGjB4wesDouwkcAkYPGL0eUw0w+lPA6AGjB4x+wxj99oNp"
    "WsbrNxdNU8V2r16pUgmtMWOliII5mKEZzlAHNBQWKcYvoHZFQeQGIE8i3SLIc0Gx7WMPiS"
    "ynJn5zFXhRaUKlzNZCcVnvTYxgXZJcu8QPJrgCc6sKHk1EdN6d+6GaicWXsfdGSBOivvfQ"
    "FTai6oXBc4I6m18UCBe2T5TVwvbx7udXGH/xvulXWV9TyD7eNwcKHaG2cdaFRNYRr7oSDt"
    "kXHtM3qkGRLVSB4EPSwJVDuQa3nxfsAnY/EDqvaxRvBL/P4gHLAMs5Sa2R5Vtn5nhIgp3t"
    "uW8XIsspErMOaPkqaa2rRlfDlnOjrxxc3k7w6pWFGX2kJv/vmceou1OC3RWe6dVBeGb69B"
    "Anj0NI64ojFOAygMsALuuQDx/gMoDL9JhqAJedAlwGcBnAZZuCy0zFBInmWrMjbuK0vXO1"
    "ZGLE9ceOCL+0qh9be9RM+q8z98olXdgNfdi1TuySUkc+scXl1fTpY9Hy9cUyC8I6B47chc"
    "qiM1MWKJSFPhvW3FljDc3YZNReyeIZ8S7Y/DJUd2tWt/msG/FhOqUlTr1maPFcEzqfjm6F"
    "qnycR6puZ1Uv+Fi34/L78vhIx+Se+H5ogIK/L/9Ar87Z53ILYT/wsD00sR0V8V5M1Q+5+L"
    "J9wcUXlW4c+VK0azpuyMzvyY8/ihI8rxgSKkoW/u1l/3VPCCNqS/Q5fP3efLdu6h0ruCPN"
    "wB5XhJRXnJNiAX0PSs3dkhuhWlS7KW1qYSVjJwItUl92WjH2UaNz0lHNMeloX6cFjM9Igd"
    "ZgO4RrSlawuScWLWHhs2HIUbMFbMCXDUtU2OKb5Ih4aEK/EVusFgSPp+iFYM96QR6ZUCZK"
    "dPHlh99o+d9YcZlauqUH+8EWwmMnsMVXnvOMZtgkTK5p/HZHvG8y7C2Mdoqax74zo+NTWR"
    "nsa1/cHpGfCjnPfBm0nLFZtdT9uROrEtpQ1Fz/J8AxW4Rjsv3RdKnLymh9TbzLKLp9Nl84"
    "3BWvJ4mQ1pyDQaxlq3cQwfkpv4BUmzMj0p5F91WvG5JNkNV1SyyO7WzQWYpHye48xwCp3p"
    "rVY4DPou0xe9wXQb9sD13yHU/u9CjwAl+e88N/hnHA2CN8+zRIGNYbFud8pB7fmBn+RozC"
    "vr2xNz3Yu4wQ2Sw3SWARviUnb379ISxNmnrOZPPiM3FUEH95Qc8kfsOj58xEKPJL9X6erE"
    "9SxaHQGHZ0IFgAwQIIFppDU0CwAIKFHlMNCBanQLAAggUQLDYXjwyeh/Win+llp/kxOy+k"
    "tVVvnT30NVK0/fN2aKjEnd4YgcmLae2ZVA/SaS/8ssLwi6Mvq0yve9YC9bCdhsGXkLWgna"
    "wFomLytKwmRn2R5WlpTQy9LN1P9dQirFUWAh/amJnhnWUZ4s98Gy0i5mEO2AtqhykSVHoi"
    "LC5+m2i9/eT2jD5W7ZANcnXEwm3mY6eYqSdijxXdPpc28CbEXr6sQ0Zcd6N/TVXdvtmr09"
    "9Xr+812e+1cguoZb1v4RToElsE8/vKOSMKgprvq3PaamH8DtbYuOJGIq7yoq5RdY3vPUWK"
    "hslRksD+vLVrsqIkEl1IhyLTHKBz4vlhXhQF47edFyWbbkEJji8K6hw2oR4rtNmkKGZen7"
    "lpoJoTpSzDRkft3jQvSnH45dKi3H26H9xdfhw0qwJBsln/832hUgYiVzxAk3PO2hLTbLT2"
    "Q6ZeTBXhK6nbsojvldSwWW/SmBzVach/Bl/ZC0ynPxNfqEHTDF5zzwMVCqhQOQsDFUpvfg"
    "ZQoU6BCgVUKKBCARUKqFBAherQ1AIqVAtUqPhy0/yUnZPZlE3XkcZH8KDOEk3bP26X3SZV"
    "WTlZ2Y4Rcy4yqq+bm6M3yWw9gxc4Ztvug41TzDCrtmb1KM5L6TyIz5ia9X5Yttk6jK0b2U"
    "y83+RjteTAdu3YkwH5qyqpV1ZQ56vQXawoulRESEpP45/+McgdxAsIYXIYv/5y+2v8+Dxs"
    "OMf4C2YWng6rSTj1Z+cScX0D7z9LZZEiKWd9h2l+VgueAlOkwyIuLjtTV68xZbI6D/2LWF"
    "90leirxRlFb1plYZ0HVuXGWZVrsrlWpErdqWYlNif87fxOyFyHRSB7VylnI+KZZXX9aghQ"
    "qUgXGFD3Y76ur+fSA7QnoD0B7WkTtCcju5QuT3vKrciaeBDDOJ+EM6Qp7elXjxp9jzwSj4"
    "iBXkJ9mnuiV5uJMnqOD42JFw6OZpkow9WNIYxc4jHHRmzqPDORRBIj2forhkSLvThZFPXQ"
    "MzX8KfuQpI8Kf3GYQGrGdSxJebW5Vz3Y4ZPOs82/5VvoKzQl2OBvQL4T5cmauY4nk/nyvn"
    "VE2qzdMV9v9sLPh6IdkR+rOtFVwOKklSNiQYqrrfK6wj4oPbpWeY8jAZ1jUpqbN3c6PTlu"
    "cDo9Oa48nYqvCnkVGZmNAvulZGcQp6kKI+fFVjqmLheL8n8fA3ssc9aOAmrx2c72xPv+n+"
    "pV4cqxnBl6wXy14Htk9JtMXSn8FhmVVdas7qhEQI8uEq9V7qJr8RuQKTtq16UmI1bDIght"
    "d4/cYVS6JxHocPf0yYz4mN8BnwIjsKJ+Cq+wKPl9+vWV2OTV7oMZCZ3JIa1u3TUXwPgUte"
    "LN72vUTMeM2/SWlxlUOhX7vRf5ZX+n5Hmn5KaSfll7SfEFtGKFW2mTfLziLYY41Efp66Nr"
    "AtrF6FXc1qvXp4gR7I2nvehJJi8LjJ/s+UVC3DYsapv8asFHgfdSTKK/udc0uEr0oppbcK"
    "WAK8V3e6X4fqvQZRc0ZTs3ARZOqoGFkwKwUOrMqzlqluJmLRw0l8vYMMYexXa8+iKDny9F"
    "Oj1dL2ZGEjmkRClPpLoTudF8nelm1EaTACm4O8DdAe4OVXeHC8LwTsm1QX5ee2Mw4ifWGs"
    "4Nh22Iy140myEuW+MjB8RlQ1w2xGW3NdUgLjvTfxCXDXHZG+uCHzQu2+QHf5VZFT+vb2nr"
    "nSuuIroiMxE+PPGWon0fHDUJbziqjm44+nEcsfFNcvtOWGzRMnJ3TThmLKDz7vDpSeD5Fr"
    "fiUiO5EYn+oIZFf3CoUxHx0M/Er3slPo3ku16dX4NmnwLfxorDE3wb4NsA30aHLlzg2wDf"
    "hh5TDXwb4Ntof6qBb+OH8W1s9869Ed+GvHFn7znK98FGM+qgZkodFOeULCxWbumGVcnadX"
    "XsfOlf7Cha/nOs5vbrj0HhlFYyImni8ehjkarI3ylxeMRf9WrDUzMPLSR+Z1rMMbWjzyXv"
    "euJYjuicN14gIrUka7t/e99Dl28w+hx4AboJDCwiQC9/f0NQn8xG1Mboqy/Wrt1+H/3885"
    "vD/f39yqBP8KOAHwX8KOBH0foECn4U8KPoMdXAjwJ+lPanGvhRfhg/SnzgV5lZWRmN/Sm/"
    "xneZO3GXWWZmnTRhMVSTGH4InkjFrbKJeY+bLFzH1QvXcUnayzhyLW/j+nS6qZTOIUM7Xx"
    "XC8lbMn6uJe+SKjs4G/MvpTomDJP2yV+ciMeloiId+8uBCN8nV5Tk6Q0nLOVeJ/O4UWcJV"
    "stsnXsxDQwfC7XFwgh4dbwa+D/B9gO8DfB/dvJCB7wN8H3pMNfB9gO+j/akGvo8fxvch4l"
    "2GI+xF3gGVMJmMmNa3cxkvc57oqswoed+EUPK+mk/yvlB+iEwo88uSTlQbPCujtbXvMoqq"
    "l11pYuq6oitl7qYlhvecmNYGl5Sp5Yf3RkqZyTpwAQsqMp8tJk3lGmiROCXIHMSikYtJsZ"
    "7cT7HC6qS1Rpy1GspasR7i912OFvWJJ85LW6ilxcfvpMSFfePYUaqggl0TifnzEBlT3iF7"
    "F+GfGtn4N6Ex2r1zV899fPHp4yU3JN8Ge4eyNX76oWHqoKx7e44B6NhGacq5ZqtHRrzFte"
    "McU1N12bhKNVWPfGwU+FgT9wi8y61Xonx0fKdo7JpyTbFAF4o1/RLpqmEGRccMZqRkmNdY"
    "PiPTBeNfpOrqZ38rwGw4OyzxLoRbYXkPZKRW3klb6oVrrjLanT0E+/ujwzVupscKm6lFfG"
    "yqrOiJgNb3nmuh5Zszi19/lis4uYn1fKpm6ekKdm5pBP+GG1a62nT2C9sZMuL5skqZUlHy"
    "gqDO5r519tB9TtvtW96fWLWmFy7hihtlQbLOJaxPLwz4KXEiCsQr9kTd0n02+FQo+M7fEt"
    "hY7bydl9J5LPdzmm4tkk8fIs95n/eKhfml9YYwau+UM3rmn+otovaMhm4sMZwlIo1IPuco"
    "eZlMe568sUD5OT9F5N8BdfmZMgyT+kamlJucAQkISEBAAgISULW5u8lMABIQkID0mGpAAj"
    "oFEhCQgIAEBCQgIAEBCQhIQEWDAwkISEBAAgISEJCAgARUXDSABAQkICABAQlIL/vPiGeG"
    "5lNYaHJCOq8zN1zRN4NIUfU7ULNLUN0tqOg7NQO+8A3HYyUHWlZIZ3t/lYq++fhxGXuvP4"
    "fpCE/VdtBEQGcjn+Pmh+3N04FcPPKoEt8qJ6SzoQUNqJ9oqoW1PZnkRtHaqZDu1r5LNNXC"
    "2gmPQ8HYiYzuti5lmWxvGXGsymtm9TKSCOlu7H6i6fY9UtxwI9ccKdo6FtHd0uf9q/PtnT"
    "70obl9/JUYgT055ytqYOMqmtv8U71FNLfxcCIlhqOsSCOa20cUvkxy3LJvLNDcPp6iUUAt"
    "g38EzDZgtgGzDZht3x3dBphtwGzTY6oBs+0UmG3AbANmGzDbgNkGzDZgthUNDsw2YLYBsw"
    "2YbcBsA2ZbcdEAZhsw24DZBsw2vew/EmlDkpJA+S44d/jGju0KElBOcK4fRlxyU6t78okK"
    "GSin7Eq9cP7ly3WuF84vB3O2/3pz/okv+HN7bPH8MiJ+GQS0wOx+KQi0SYvHwJuSwSM1db"
    "G1TMhmYdvHdMlsbjnhTiV1u5aaQ263zVhYx9xutjOs3Fhr+SvVW6tW50dBYVHaVtvIO1Zp"
    "8fqkYzWnGb0zjq3rXFOSbozfJv2ApWXgmo7geTmdx/C91LW8cl17g1gfKtbFZ8y32EuPTj"
    "Cjn7GwRCUhq/zZ3iJaljF8EnJDGgryf2UkG7GzLpB8cw9F75YsrawCBZbWxSnyHGywHqKe"
    "kBGtyaRkNvGfHc+soW6dIhfbT3y2IWojc9ZDFhlhT/wDWF3A6gJWF7C6Oko1AVYXsLr0mG"
    "rA6joFVhewuoDVBawuYHUBqwtYXUWDA6sLWF3A6gJWF7C6gNVVXDSA1QWsLmB1AatLL/ub"
    "8vWBqZYrJC+l9UqT03T78H+E05V4c+poRRmprvCJ+hEguWvOtkYj4vdGRUMnMl0x87UEen"
    "e3ZuMAM1UTRyKdsTBUO90sI+7aMfFyy/NGDoLAKPrxGEWfzhjxB3w0utf8F9sveKecTVR8"
    "rreISUSGmMsMfSE0tDJSjVhEn5B4I5KvRJl3FshDn07RyHFM1kPY8/l/bLGIMkkfcgUfGf"
    "I+AUMIGELAEPruaAvAEAKGkB5TDRhCp8AQAoYQMISAIQQMIWAIAUOoaHBgCAFDCBhCwBAC"
    "hhAwhIqLBjCEgCEEDCFgCOll/6fACKwh4++hjzRGapsuOKXCOq87n4XCb+7zCutzTjcwt5"
    "ESLD0nprPtxbkcXSSqalFf0iX2mGuoVCIuK6OzvfsZPbUwNtSX3DD78InYtISvVbN+xwI6"
    "G/hzrOT2DRxWllWCPhIJnU38NdFy+1Von4KZVbYHVvpKUgF9eRGfEx3bIUbow736JaVoX2"
    "ALz/iuNCHeE65M6VQj0FvExnocptR1firi0kM3L96IlvULSnVAUgmU16LAz/rlFIW9GIxl"
    "XidqI9dzxLmbfUD+lKBwuDLkPKKwuJ9rBQz5UQa1WWCJvIwlFC5gbwF7q7VVCthbbXp2gb"
    "2V63lgbwF7C9hbwN4C9lZREthbmk0tYG8t4VME9hawtzQ2OLC3gL0F7C1gbwF7C9hbxUUD"
    "2FvA3gL2FrC39LI/VO1T7AWo2tfM4FC1T4e1B5ITbc60OiYngnJ9UK5vg/d9KNe3BjPqkV"
    "wr76OSHTuULCKlYTwv2K2BfBOrvY5hrAlj7ibw+YYUeaFLCHK573t1fLiZfDLjfF/MfQsb"
    "r/CB75yh8ZR/TpDvIMcmKGxZMNqw5LTtumRGLMonORaFEV3e63jaQxIP7CEvYNh8vYcG00"
    "SSMiR+nYFGLw829ZlopYcEIhY/IfKbxYBND/GzkGOHbDpu54hY52KbWFwzMjYZ/wD7iPqI"
    "/MVFwvRoY8elhIXti7ftob7n8GsVHz+74ue94TagE3tvZiBxzMLvBsKA7DV/3SN/q3zHeW"
    "AG6NL+RvgR0uNah6bNcvpKmHtA3APi3rLnWSDu6c0mAuLeKRD3gLgHxD0g7gFxD4h7HZpa"
    "JcQ9OiqfVA3g8VBUaz8nv1MtM6WOm0yp4+opVUZFAIIkECSBILl+gmRbznsN+ZE1Ee+Ll+"
    "/Vot/bGuYy/B2FrrmlhvoGOJHS/7qEp3kNPub22JGJxutGSWxa6qevIT4mEl0Brm+pDGje"
    "Hu+xhoF37diTAfmrwt/3/bLw6g7tn/4xyJ3XC9yk5Mx+/eX21/jxecKSNijKGfHoeLpTgp"
    "9E3/TqkBOcPrMIMql2bIPnvyOe/+qzWbXrX6sTQnMTb57AIiaVgoWjx79D624kgRZ/o0/s"
    "EpeUoIZWuNtTkZXItrpZuw2i7VY3s7//P7PxAsU="
)
