"""Migration 16_20261203145237_ppid_permohonan_keberatan: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "permohonan_informasi" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "no_pendaftaran" INT NOT NULL /* No. Pendaftaran */,
    "tanggal" DATE NOT NULL /* Tanggal Diterima */,
    "nama_pemohon" VARCHAR(120) NOT NULL /* Nama Pemohon */,
    "alamat" VARCHAR(255) NOT NULL /* Alamat */,
    "pekerjaan" VARCHAR(100) /* Pekerjaan */,
    "nomor_identitas" VARCHAR(30) NOT NULL /* No. Identitas (KTP\/SIM\/Paspor\/Akta) */,
    "nomor_kontak" VARCHAR(100) NOT NULL /* Nomor Telepon\/E-mail */,
    "rincian_informasi" TEXT NOT NULL /* Rincian Informasi yang Dibutuhkan */,
    "tujuan_penggunaan" TEXT NOT NULL /* Tujuan Penggunaan Informasi */,
    "cara_memperoleh" VARCHAR(40) NOT NULL /* Cara Memperoleh Informasi */,
    "cara_salinan" VARCHAR(20) /* Cara Mendapatkan Salinan */,
    "tanggal_perpanjangan" DATE /* Tanggal Pemberitahuan Perpanjangan */,
    "alasan_perpanjangan" VARCHAR(255) /* Alasan Perpanjangan */,
    "batas_waktu" DATE /* Batas Waktu Jawaban */,
    "keputusan" VARCHAR(25) /* Keputusan */,
    "alasan_penolakan" VARCHAR(80) /* Alasan Penolakan\/Pengecualian */,
    "tanggal_pemberitahuan" DATE /* Tanggal Pemberitahuan Tertulis */,
    "biaya" VARCHAR(40) NOT NULL /* Biaya Salinan (Rp) */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "lampiran" JSON /* Formulir dan Pemberitahuan */,
    CONSTRAINT "uid_permohonan__tahun_cab7d6" UNIQUE ("tahun", "no_pendaftaran")
) /* Permohonan Informasi Publik */;
CREATE TABLE IF NOT EXISTS "keberatan_informasi" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "no_registrasi" INT NOT NULL /* No. Registrasi Keberatan */,
    "tanggal" DATE NOT NULL /* Tanggal Diterima */,
    "alasan" VARCHAR(70) NOT NULL /* Alasan Keberatan */,
    "kasus_posisi" TEXT /* Kasus Posisi */,
    "batas_tanggapan" DATE /* Batas Waktu Tanggapan */,
    "tanggal_tanggapan" DATE /* Tanggal Tanggapan */,
    "keputusan_atasan" VARCHAR(30) /* Keputusan Atasan PPID */,
    "alasan_tanggapan" TEXT /* Alasan Tertulis Tanggapan */,
    "nama_atasan" VARCHAR(150) /* Nama dan Jabatan Atasan PPID */,
    "tanggapan_pemohon" VARCHAR(45) /* Tanggapan Pemohon */,
    "lampiran" JSON /* Formulir dan Tanggapan */,
    "permohonan_id" INT NOT NULL REFERENCES "permohonan_informasi" ("id") ON DELETE CASCADE /* Permohonan */,
    CONSTRAINT "uid_keberatan_i_tahun_03a571" UNIQUE ("tahun", "no_registrasi")
) /* Keberatan Informasi Publik */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "permohonan_informasi" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "no_pendaftaran" INT NOT NULL,
    "tanggal" DATE NOT NULL,
    "nama_pemohon" VARCHAR(120) NOT NULL,
    "alamat" VARCHAR(255) NOT NULL,
    "pekerjaan" VARCHAR(100),
    "nomor_identitas" VARCHAR(30) NOT NULL,
    "nomor_kontak" VARCHAR(100) NOT NULL,
    "rincian_informasi" TEXT NOT NULL,
    "tujuan_penggunaan" TEXT NOT NULL,
    "cara_memperoleh" VARCHAR(40) NOT NULL,
    "cara_salinan" VARCHAR(20),
    "tanggal_perpanjangan" DATE,
    "alasan_perpanjangan" VARCHAR(255),
    "batas_waktu" DATE,
    "keputusan" VARCHAR(25),
    "alasan_penolakan" VARCHAR(80),
    "tanggal_pemberitahuan" DATE,
    "biaya" DECIMAL(18,2) NOT NULL,
    "keterangan" VARCHAR(255),
    "lampiran" JSONB,
    CONSTRAINT "uid_permohonan__tahun_cab7d6" UNIQUE ("tahun", "no_pendaftaran")
);
COMMENT ON COLUMN "permohonan_informasi"."version" IS 'Versi';
COMMENT ON COLUMN "permohonan_informasi"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "permohonan_informasi"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "permohonan_informasi"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "permohonan_informasi"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "permohonan_informasi"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "permohonan_informasi"."tahun" IS 'Tahun';
COMMENT ON COLUMN "permohonan_informasi"."no_pendaftaran" IS 'No. Pendaftaran';
COMMENT ON COLUMN "permohonan_informasi"."tanggal" IS 'Tanggal Diterima';
COMMENT ON COLUMN "permohonan_informasi"."nama_pemohon" IS 'Nama Pemohon';
COMMENT ON COLUMN "permohonan_informasi"."alamat" IS 'Alamat';
COMMENT ON COLUMN "permohonan_informasi"."pekerjaan" IS 'Pekerjaan';
COMMENT ON COLUMN "permohonan_informasi"."nomor_identitas" IS 'No. Identitas (KTP/SIM/Paspor/Akta)';
COMMENT ON COLUMN "permohonan_informasi"."nomor_kontak" IS 'Nomor Telepon/E-mail';
COMMENT ON COLUMN "permohonan_informasi"."rincian_informasi" IS 'Rincian Informasi yang Dibutuhkan';
COMMENT ON COLUMN "permohonan_informasi"."tujuan_penggunaan" IS 'Tujuan Penggunaan Informasi';
COMMENT ON COLUMN "permohonan_informasi"."cara_memperoleh" IS 'Cara Memperoleh Informasi';
COMMENT ON COLUMN "permohonan_informasi"."cara_salinan" IS 'Cara Mendapatkan Salinan';
COMMENT ON COLUMN "permohonan_informasi"."tanggal_perpanjangan" IS 'Tanggal Pemberitahuan Perpanjangan';
COMMENT ON COLUMN "permohonan_informasi"."alasan_perpanjangan" IS 'Alasan Perpanjangan';
COMMENT ON COLUMN "permohonan_informasi"."batas_waktu" IS 'Batas Waktu Jawaban';
COMMENT ON COLUMN "permohonan_informasi"."keputusan" IS 'Keputusan';
COMMENT ON COLUMN "permohonan_informasi"."alasan_penolakan" IS 'Alasan Penolakan/Pengecualian';
COMMENT ON COLUMN "permohonan_informasi"."tanggal_pemberitahuan" IS 'Tanggal Pemberitahuan Tertulis';
COMMENT ON COLUMN "permohonan_informasi"."biaya" IS 'Biaya Salinan (Rp)';
COMMENT ON COLUMN "permohonan_informasi"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "permohonan_informasi"."lampiran" IS 'Formulir dan Pemberitahuan';
COMMENT ON TABLE "permohonan_informasi" IS 'Permohonan Informasi Publik';
CREATE TABLE IF NOT EXISTS "keberatan_informasi" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "no_registrasi" INT NOT NULL,
    "tanggal" DATE NOT NULL,
    "alasan" VARCHAR(70) NOT NULL,
    "kasus_posisi" TEXT,
    "batas_tanggapan" DATE,
    "tanggal_tanggapan" DATE,
    "keputusan_atasan" VARCHAR(30),
    "alasan_tanggapan" TEXT,
    "nama_atasan" VARCHAR(150),
    "tanggapan_pemohon" VARCHAR(45),
    "lampiran" JSONB,
    "permohonan_id" INT NOT NULL REFERENCES "permohonan_informasi" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_keberatan_i_tahun_03a571" UNIQUE ("tahun", "no_registrasi")
);
COMMENT ON COLUMN "keberatan_informasi"."version" IS 'Versi';
COMMENT ON COLUMN "keberatan_informasi"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "keberatan_informasi"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "keberatan_informasi"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "keberatan_informasi"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "keberatan_informasi"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "keberatan_informasi"."tahun" IS 'Tahun';
COMMENT ON COLUMN "keberatan_informasi"."no_registrasi" IS 'No. Registrasi Keberatan';
COMMENT ON COLUMN "keberatan_informasi"."tanggal" IS 'Tanggal Diterima';
COMMENT ON COLUMN "keberatan_informasi"."alasan" IS 'Alasan Keberatan';
COMMENT ON COLUMN "keberatan_informasi"."kasus_posisi" IS 'Kasus Posisi';
COMMENT ON COLUMN "keberatan_informasi"."batas_tanggapan" IS 'Batas Waktu Tanggapan';
COMMENT ON COLUMN "keberatan_informasi"."tanggal_tanggapan" IS 'Tanggal Tanggapan';
COMMENT ON COLUMN "keberatan_informasi"."keputusan_atasan" IS 'Keputusan Atasan PPID';
COMMENT ON COLUMN "keberatan_informasi"."alasan_tanggapan" IS 'Alasan Tertulis Tanggapan';
COMMENT ON COLUMN "keberatan_informasi"."nama_atasan" IS 'Nama dan Jabatan Atasan PPID';
COMMENT ON COLUMN "keberatan_informasi"."tanggapan_pemohon" IS 'Tanggapan Pemohon';
COMMENT ON COLUMN "keberatan_informasi"."lampiran" IS 'Formulir dan Tanggapan';
COMMENT ON COLUMN "keberatan_informasi"."permohonan_id" IS 'Permohonan';
COMMENT ON TABLE "keberatan_informasi" IS 'Keberatan Informasi Publik';
""",
}

DOWNGRADE = {
    'sqlite': """
DROP TABLE IF EXISTS "permohonan_informasi";
DROP TABLE IF EXISTS "keberatan_informasi";
""",
    'postgres': """
DROP TABLE IF EXISTS "keberatan_informasi";
DROP TABLE IF EXISTS "permohonan_informasi";
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
    "eJztvQlz4zazLvxXUK46Fbuu4n2WeL66VfZ4knjs8ahsT95z7uu39EIiLNGkSB4uo/jcm/"
    "/+oQGu4iKC1gJluioZ2xIabDb2fp5u/N+dqWswO9j/QkPf/POBDm22c0b+745Dp/BL1dc9"
    "skM9L/sSPghjwZ0pFLSCAf+A2aLoMAh9Ogr5l0/UDhj/yGDByDe90HQdEHmAouSFOmMSRA"
    "adEMO0mENtEtdFJtQi1AqYeJLhjniFpjMG0XMiHkzCCZOl/yTU9hk1XojluLNgnyQlfDY2"
    "g5D5zCA25T+JGZCpGQS8IjLhH/dI4IpqHPZn+OgEIfXDnyOPBIwZATHDgBjsiUZ2SHxzPO"
    "F/Prk+Yd+Z/0J8l9fvOiNeB3UMXgH/lNAxNR2yCzVSY2o6PwWEGVANr/llbx/eJHLM/47Y"
    "IHTHjBfz+fv881/8Y9Mx2J/8XeM/PWvwZDLbKLSKaUAF4vNB+OKJz66c8FdREIw0HIxcO5"
    "o6WWHvJZy4TlradEL4dMwc5nN7QPWhH0HrOJFtx62ZNJjUNCsiVczJxLbhH4C0VCD7bGcw"
    "uP36MLj/9DAY7JTaP5HItWv80ch1oO9wVQPx9mNQ4efjo9N3p+9P3p6+50WEmukn7/6Sj8"
    "4MIwWFeW4fdv4S39OQyhLCxplR0y5btOvHCfWrDZsKzNmWKz1v28SS6zauHFzz46bGvlP6"
    "58Bmzjic8D/fnjYY84/zu4+/n9/tvj3dg7pdPsDl8L+NvzkWX4G9M/vGw3oQsGdqle18yU"
    "0VmlNWbeuS8JzNjVh6P/mlSwskH2RNkE1Zr2iDy3g+S3Vv0RYwiX117Je4GzS0xcPVl0/3"
    "D+df+lDzNAj+2xbPPH/4BN8ci09f5j7dfTvXbmkl5B9XD78T+JP8n6+3n4Sl3SAc++KJWb"
    "mH/7MDOtEodAd8ph1QI9djk08TA/4FE9mTlRt18MGQjqwZ9Y1B6Rv32K0rW/5qejyd/4Q6"
    "dCyaD4wLasar2J1bvbqJzxuXNY/3I6fdctaHosTj42gcObRiyZLrxZNYbdynJxMWDrY/3i"
    "c/3Yf0idwzKzBJn9mUL4m8pm/TaPrTPrnia4fFO6ZYYwI2gseRgL6Q2cQcTR6deFmCSvss"
    "pOSOV8DrGZvfGaxfZPiSrGC4+Gi4+PCfVGXtScprvPTcchVJPxk4quvP+8MW68/7w9r1B7"
    "4qrj/PzDGDaht/cqKpsPMV7Pz4Vq5k71R4OQZf0UrzOdFS1donbax9Um/tk5K1A5jGulo7"
    "Fe5k7bjzrtrYcqLmAzoi99FwSMddDH/axvCn9YY/FYZXWF+zFuJrmjgBcfXK7XQRC/96DQ"
    "uJeOVyc+SWz35amUbDQWHy+Svpgsmn2cYrs1gUMP+VtvrGq/ibWWjVO7Zc16rZuxU7X/0u"
    "bkKtQepIWLyT+zLvfzgjYh9I/iTi6Md/0nieKmzxvjqMhObIYgYZMdtO9nrSQcGNNjEDuQ"
    "mc8u2b4coPqNzR8f/En0Lnup3aP3f8eMeauVlAkX/hFu4H9h+saIrQyINAa7cU1Qamr9lF"
    "rMu+5xVTSBvzHrXZORzV7xyOSls2mFQGSlNDTmLx/LAdy9wyZonSdqxo47KBf3V9Zo6da/"
    "ZS2hfXb7m207512wj+sU9n6VqV71r89flLs1CO9vP7j+eXn3b+2owLSezfKrYhyb6uyYWU"
    "eYTaeJFkaeJRpzz97pzDTiTgm4XZxCW2Ow6I6eyTc4d8hR1K6PrkkgUUQI6hGzkGCV2+s2"
    "CEP4Si+0fDvQOcLMTvCqtbXkZ/N1C1O7TNQvemzUL3pn6he1Na6MB5Juq3qKfqdMvLrW9f"
    "sbPTxeo3marKu4vjVtuL44b9xXHJ7tQKzaeK87PL53rq1O3hYpk5Yw+50KqsnXR7pV1crG"
    "brFbDKrhdfv94UYJyLq4c5+377cvGJG16YnRcy5aqYzDA57w4NgpnLl7sJDSYqnbwkqPXu"
    "+XeuJLnm0yq5p47RaSN9/OZNi67OS9V2dfFd0fzTKAgHowl1xmyQWFSx59dVofdA+Ad9No"
    "fkN+qEpnK7rGdk2JTble+ZTKfcIM0gdFFyCQj0mjzVN6AyeeCaWBPTf3Vb6IQ4J/YpQc75"
    "Fn+ips2MAQ1DNvXCCg9u7f61QnJ9B91DxWb+jY6pTW6S/rmuXW1uZLng9BxEfOxXOMIWjK"
    "052e0ZXXxcWZEzMvlMN/Xo66e6rRteI59BI/BRotroRcmtovQMI6n0D8flKVC6WEDVPIY5"
    "iU4T6ZrGNHhPNjOHohMWnbArt+9rnbB3fOK4u/r4sFOaDZZg1mTsbdtM0NaouSmwxqibcW"
    "2fR4YZfnJC/2WnwsGd+7bX5OamUA4OSa383PUO2MUe6n9mAOqQ+mYANv2Xktv6whz/KJ7r"
    "X46PT07eHR+evH3/5vTduzfvD9M5tfxV0+R6cfUbzK+FHcdi//aMWmGkujtMhdazMVyGs/"
    "sfico/9LYwD3W1djvmZFblcVxGC+uFZNQzIhaTLP/W7IhW8EUDelEGL9ZM71mX80Ifdk+6"
    "iJdsXLtI50V0Pk5egJ6bOU8GjDdwNC0b9fP919tqq+ZE5ldecxSS/0dsM9DIuPeZuq/yu4"
    "FBCgts0ll3v5z/53w//njz9WJ+5YQKLkrmFzGtauZPRbbD/Km6+pnfYrY79dyKcMP6eTsv"
    "s6KpexkbketYTbJr8h/+ASAUzN7rMpefHLeJ/jiuj/44np/LLX6m9akzphUYW5Pl81I6L5"
    "vXBU3V94HtNoJNO0HVuI9Veg7uQ9dnxq9mdXRl7ttek+dgyHyL8tVcbvgWU+SAZv/Ea/0p"
    "IMOXkAU9Ag82INIxnDDTJ/e/n/98/ObtmWDfB/w7EoyoQyLPdqnBC4Yzc8SAIwfUON+d7c"
    "+35Yoe8QryXTCh/HEqYyqT0JgjFpuRmN02+8vaizbw86zIr5rLmjxImYzWbvlvQk2yOzRD"
    "2nb1WKNPKefBqzrqXpgO9V9qXHiV51sxkDWy/1VgEjn1vXoLdRHvitItFO/hF1e353f/le"
    "6hUj/Rzdfb3y4qdlEX//Xw6byUuSHge4yq/r8oaUMmt1Xgbqb2D+fH02RL8Ts/Md+Yw6iS"
    "bJ992bih4GuiObDTcgs3FFAtSeud49s7IrCT2mTi2qZBX3qEklEUirEbANnW9fkn4mnEoL"
    "wbT3pkZoYTsTMw2MiE8ERIxDBypywgT747RSa+hkz877w540DSlpbNSaxvoT9SnNP+ACU3"
    "44FCetCPtH5UtfzwReXEUpTS2Qsgm5m4Nmvp/lo1HBR5RsehVpTcqqEWDdt6H7d0qFWQMM"
    "upKeL2UxtqRSm9hxo0s0ZDTfJ2ugy1ouT28JwvzQn1otefUjUfWuVlLKTOeExrGO112G8q"
    "0tTAy5lHl5MnMlX4VY0LDVYRbakyKS03tdnKAQBSf2xsFWjZamo6apibjsqT07alOtsR5i"
    "O3NBBn7B3Fxuic9mz5LBGDBtRX6e2pgNarLygJQdwspO0dY6uJstTEQXXlPLn+lHdYoF2H"
    "wtNf4amqKNVrclmZSfmBVxBY6LtKH0QMPiUVnlZwZN2yGYkfIvNNgdfKZ+NIJi7jv46Y+Z"
    "0ZwkFFeFVuFAamwYhH/fCF7N6829sn/4CM2eDLmtGAQGgqL+86j44p84+OJqZtxHm3eZ95"
    "EWFRvCqLiawUH8hzNLUhzzekqIB0piD0ZPpBSGBRJNQHj5mfqWFizlJ0laGrDF1l23l+R1"
    "cZusr0GGroKkNX2fqHGrrKfhhX2dY5HtJz09p8DkdtzsFH9cfgo1KuIceduko+h1RA52ns"
    "NlFSPTFqu8yoTalRK6J/9PYBLykYaGVO4OfIiJSip1IBrd3AnxMttUg6Bs+3aFBF1Ltxnf"
    "ED+7MuhUReUOdJ4S6v6OuW1k//+VBYVUvhJgWqZFJ8PgZlvpeDY2tQnQjhfkptu9Y1Mieq"
    "b5apSzMQDj1LevR2QWM13vDJ8bu3qacE/mhyktx/Ob+5KXtK4sl14GX+xQ5z87z4K+fptc"
    "VsCuULvtU+88MYN1v21B1E0yHz1QIzCzJa09/vhabrc/c1pKUJUlWKVlbOoCJLyD3tFpq5"
    "bSKVQidTTqVSSFdQP4eoXO6SG5CFc4UmbZDqdFCLD6k1yEqvfqk0ZgXEVmf0xkzsicTALI"
    "i0Scs+D2eVILaHCQ0BOUurBpAthfOKmFk+Mbu8PnY2YQ7AbD8F5N9GttQOLPZvvDYWUTBE"
    "wRAF207XPKJgiILpMdQQBTtDFAxRMETBflTC+Kq8UKvwPv04mWTI7oj6lOROp52S+awEWV"
    "h/ou+1bQc2luk74/qqncvnxLS2bmeX04pdrQW3z6u9rVUc721vgLZO2PnuWH1Z4+bShOs3"
    "j7S1rK55wsVt205IqcO3M3Sn0iVbKNFrdsYmZQdGUriFGzYRIskT5tJ1+Iy3dhAS3jkhqI"
    "DG8Qzkgo7BdxtfyX3PQoOSazqMPN6DHHITTekzX4zJ7s3bPXGfJlz780KGvIaAiHzUj86Q"
    "yRQeR4dk5voWfyR/wktA6BNfyUW18cM/iNAKqYfjgk84mDE/TR/miLxg35lvRLU3faNnFz"
    "276NlFz67WZ2L07KJnV4+hhp5d9Oyuf6ihZ/eH8eyumWq/rplTcO3JfcRVIdnZqsvoQvK9"
    "huR7XtWokty2kBU+qibG6tV776Sela4APXjhYfQcUWeQ3HGkhmVUCuu8QD8IhUm/oLAWMI"
    "bw4wwaLiOrboE5se1giV8In5XChWRqc0rCoDdM3jGjSYUjfTH7Pi+7HUZNQM/LnOZL59uH"
    "NIw6B1Fm0muMorw0Q+abcfiBCis8VVZ9n9Fqm9Gwy5ifG2w69czKJP9wdUVQ3ZPzQttwWc"
    "9NTl/9busx47gFVUC0IKU1HtpnYm9NdmMcQgAQatFTq4NEs6CRv1/8yWsM3x4KLXRE7UA7"
    "lzeVhOQEWFkD3M2V6i0C72R5Ad6l0YvtEDwpKbbt1ZEU53GKsMCSicUsNqJTXtrJYD3+E3"
    "43w4A8RfaTaU+ZE5Ldm/d7H+ZEfDZyfSOAoo9OyLsXtYhNneco3CdyHWKBSD1Giee7fKqi"
    "NqJyiMp1naMQldMbKkBU7gxROUTlEJVDVA5ROUTltmho/djxFqvwOPJjHO86SumZciJaY0"
    "P9TE8tEAiR4y5lura1dlFKa4OLvHgKUNwabkOQh/2BPOyXzd4MgpaEdV6EH6Rb4yZVVkMo"
    "NMZ+Ar7IBrQTbJQT3S7U6D5THEEjBI0QNFoGaIShiSuHhjBiqx0ApGvE1h98nn0yLRqYjZ"
    "m0qor1muCf76mAah6t7FGkmIE5D/9c5e6poRIKCqLh1AyDngB85ONHsoCMqcrwHplNK3TJ"
    "bCJukJm/q2b35pe9fQK+psJ9OE9uxMX+oLZpQHhWlqhrNwGFMAsXokKICiEqtJ2uakSFEB"
    "XSY6ghKnSGqBCiQogKISqkJyrUkCOnfmoqCGkNVNSeOzeGDU24MjUg3GIXbiqs83LwOyhJ"
    "ssN/Jyfu2zZO3PmJJ+fEfTtv9xE/VIbq4XE5MZ1t/jFTU180CK/xWFkCRfSPL983UkzMr2"
    "jdKtlOdl7bBjJ/4Q8CEhr05+UBEvW9egn2VYgD0rgvtzZ21cDWCgf6GIWVwI/4vNeE9IyS"
    "EguRnaSuhnx8UJlAZwDEMdjIBD980BP4DezJI9sUF6YkKf4M/r/H4K4fiNwS0u7To5MmtC"
    "QX17fk+PTg+PDoHdlN0Oq9MwkI8R7Ui7Py0cB15O9AX3ONVAm5uZRf8RMmP4QGj44Rgfri"
    "M3im/Dbe9EktdsW/IZ1EEMdksyf5frc/H/f4P0f8nx7vZV5IKIQdkSB03fiCF17Vo5PYBJ"
    "CpmW+GIXP2UvX4hmUo0wJDHDdUz/8KIq6QwLUE1OVFYRQI4zzTIQ3JC6Qu5GaaMa7PeP/R"
    "uYtsCGriAoEb+SP+uymeTXgT869I2kiIaSGm1XWlQ0xLb0c7YlpniGkhpoWYFmJaiGkhpr"
    "VFQ6u8jIlAkK4QQSq8RpL3gzwc7Sg2sIwiqTpLthliJ22G2En9EDspDTFqV1+rXj+fZRJa"
    "o2DnQs3Oll4JDmYOqUEngwl9Ngdedq910fIXLp+AqVNzwqyuYa4lhryKVTVF+olCW3xzws"
    "giV0J38jvXfWm3el98/XpTmOIurubBmW9fLj7d7R6JduKFTOmxKh+huDkDaptOjY+w+ZL7"
    "krDOfu9+qiyx2M9KB9Zl3HA/jWy18KhUYEuoC18SfZceC6UeWra8kLJ1WW+FsWQ2n3L43O"
    "lXWLB5eBcEdR7aN1xRsguaquVeW8a4DsyADpxjVdvmxHS27D1XU+wmSLzzA2/4hmx81M3G"
    "R9to46MN2bibibfQwmu3L4XZNIRgZ5hVEwBO4fhRIa2zW+VcaAwx0jA5a3UgycNxAwnHdT"
    "2D11Slc8P082DkuQQjb2IwslMTtTmdH9efzo9Lp/MUCe3aKoUKdG6L6xTz7ecx34sE89Wj"
    "PRIQv9wcDVHxeaFtiIr/NWEqXMAh3TEoeUgvHNYvSt5jYzqjipmVi0JacwH7UlWlVXpV7D"
    "Qv0+WVBKrcW22jndsyp4r9TCvKVPK+lcmSU1M0ZUjOCrVIilxp3J1zEleT3FuaZTXePb+/"
    "hSTIjhvupcygEfUZEwmSmUycfPntOv3Sh0zYBvMDIEQZ+4/OF76i8xr9ZwoR73BRaRDyjm"
    "qcAWeJfzJyp3zRYYa8QvXhywP52L+9lzwmqILsTnkNA1HDwKMG3euRwAVhh31n/qMzdrka"
    "vKvbbJ/cIw8JeUjIQ0Ie0t+QHIE8JOQh6THUkId0hjwk5CEhD2ll96CaXrmNb02vunnj0k"
    "sZTKvYae/cXvW7DKGj921Ckd/XhyK/nx9CTiXXpeF62Wpmi14co9vWFJY587byTB41uCaP"
    "yr7JMbOpz3X31Ohcc2I6rwu/garkMlF18+Q5absh/9eKXdRqVs9L6m/4i5y2qrY/bWP703"
    "rbn5ZzX7OpR8OBTSdV7viGS2fn5HS2+4PQldwkuqpa/W0bq7+tt/rbugur68y+OKFBnd11"
    "ZSMluQwU2kCNkyQz4FsADpudYb5SJVovm5IDfZ1pq7x+tlk969fO+U69hSnG+7f3O4pW1y"
    "m7eDgNByPPqbB5wwySk9mSPCgxorCKaQOs0cGAW2e/VZqPT+1W3ZG+wYSZ2BaZMVN62aYc"
    "u7YrSD+e51ldJ9FSJTpvy36LlSX9fv+60264zWa4fi9cNZta46FqR45FtqcT/waRIxfMt6"
    "hNyQNXylrVngwISGrH6JyI3nuvTE8trjCSO9dGg7fd/m6kCXb6cCoOqKN824vcBb+iPZZP"
    "b2MBs6vg8HatkEnrPHl/SrVUPk23OUzXn6WrZu3aft88c9f3dI1nb6WerhrXE5oTvnnoMG"
    "9XiOrce2+kuq+ZNlYyjc+ZcWBHdtWJur5b11awHR38BtQlnVrnVV2d/5yWzbwomK2yCp3D"
    "Vj5HU5tOuF2n3Wy8xOgVjzmGaUAuvK7rZLEGnWebfqqp4na7OOO0ARPrscQSlJjZb6CKKl"
    "aI6mx/wBfJPbNc3vkPPkd+EsihxZSfs2XNbL8oZL4sr/McJALmyE2i6lonHf5uFX6qdtNN"
    "IqtzR//GdSTXwLPu5E5ZOrg4BCdDMAgq/FkNgT4FqW2I9BG+lIDct3RirT20RzotFUN7Ck"
    "I6TyixT/YgcScqzSorC/Gpc4qrh/hkNW2zvVuH+hT6nXKoT45IXRkQfRFL/Xp9x2xxo2O9"
    "5ZMQY01cjkuJrPprlbFQ54Dxwz3AFcFQ6Xe9pmgomi+1MBwqX2chHuoBUiTTcQThUK4DIU"
    "0Wc0yR+xjuaafwubgrlFhsbMo4qcv++d4+xCvxtYUGZo9AJgKZGpm3vgd5ln32CIFR5vck"
    "1glSQ6cSxHdnQXYN6AcuxypjmPCCUAxi6jxxYBCT3pEVGMSUaz8MYsIgJgxiwiAmDGIqS2"
    "IQk2ZDq7yMiYtbVP2xqZDW6VCkF7buALVyR6zFj36D5FSmMnGVBLVmCV1zbcldTtvNc1Mi"
    "v/oOxYa1wq+5NlEvW3/z21+QuI6UcHQcla38xXVix1+Fw1UKzK8LbGTy+Wb/Uv7UyOB9cL"
    "Ds3nktM6Q24fOfPl7xeWL36H3veC6/dB52KBo49bsoWbkgtRlT7xzuKFr6LnUxbc7c4A1T"
    "snQi8GojrzOl5wbtK52MkI0+YBXzc5/5I1abNLUkvDVWj32ru/+xPLv/omL2aDhIfMBqAF"
    "mFpNY7vvtoSK5jfbWAyPIGXAZO5rtjn07zr7i1lm8LllX0wVcgZunaOAAk43XYWbpk5Y8Y"
    "mrRHsiFXPP5sBFK7iKzomgbfptF0pwJVy3/dawLWhrzgAFgVUVJ0IboGdRNeOUlqL0BsXw"
    "WsNmK8PKQXBJTNoy9TvkQlOQiHzDEoP1VQ4vGdNrMjMHUvSexXqJ0bUsYH94jjTnl1XN3Q"
    "7D068uzRI3DsS1G8HlTIfL6Q8YXD9YvVJ1kM4YXFpbDUCSPINchf0gX8z3XGAQldsguUjT"
    "ByKDyHl7J4tfSZih/OM/X39gnAiAG1DVfkPYRchQS6ucGV9NMciCP+Y99ikczYPHRdK82I"
    "KC51dWUSRND70Ylf3vUNXhfYKQ6LjrV24DNuQv+F7JqGTJPI31F+Mprwwvzh/NnUMPgvcW"
    "UeDUIydb/zx4GKL48OH5y8eqk5uKn5vLlPznkZJ5yQke0GXHj4Qih5iMLIk03Bhzy8pe2O"
    "LGZ84N/x9+LtC50BPqf8/WdSEUQvEb3sOlsjeqk3pILo5Rmil4heInqJ6CWil4hebtHQqk"
    "Ivxdmiup3rsMtUZLvySr3ed1gOEXTcgTiGqsxMeRmt0bJbccy+SHTdfEY0xCXXg0tuGHlf"
    "1zVI+gHv4JCqtvfi2LNEdo35OC6oY6nilMKR1I99bl2svvwMaZmnUAm8LIptC07cz9yimw"
    "Myc95YVZPn5bbI5onaazZ6CVqrx3hWiVDM424VKEUFNNdwIZIsXIAGW9yMJKWIwZuhDmtL"
    "CvWyqB/w4+ejgOavT/op4KuI80wPLvvnZDdovptob//ReXT+bbPvzP53CkTw7hZZZBdKHX"
    "ClzbGzPzXIY3R4SN89wEsHe2TohhPy5Nq2O5OBRUIJWMN23+0fHvH/pA8+ts2HRyf+eP8Y"
    "vqOFFzDDDyT/9f7hoShTflEaSoiBP+0FoptIHNz06EyYz42cgzx6c+8zjYKQsD9N/m9sjY"
    "C3OXlh1Je4iSzGtbaYFxIaiFgpeKWzR4fyx4wm5HD/6JCMqAM3SknvWQwziL4g9COeC0MG"
    "UAwuz+wnsvu4M3oZ2eaIPFnEZ09cUb5iBo87tVFV/8womfD8nX8hUIFABQIVCFRo7eJBoA"
    "KBCj2GGgIVCFSsf6ghUPEDARV/7zArpW3hsqKrVF272vvRr2MlN+/JxTu4Vg1SCBdKV2d5"
    "KqzzenuTKKmeg7BVCsKGDISViJBw1yjDQamUzqYWWNBVounmp4/NRQauLUHY2gMDFXzhOf"
    "+eA2kzQ7fiAi6VUIerpJpr00lSL2oyqccO74PlRJ+sNNChHDBSASRURpXUQwlZQItaXrEs"
    "3rI2w9jXXLzD7n3/857029M0SGGfDCMbkobFbvMkiVjkQfABOMMlHT/ndv8g6P6QZAwEmj"
    "KRxTBFmtYsTTqGqcXQ540+b/R5b6cjDn3e6PPWY6ihzxt93usfaujz/oF83kjOfw05Xxyu"
    "VDGDVEjndPYXiZLrvRkD6fdr8Ww7pk3VMlalEluTGOwWNN4gA/lvHrizL8N2Du77n7t06+"
    "WH7iTZpwK+6auellslr8qLb4urO0lfFewb0Czg8LtyzI1ls6rp9k137dR0ej3v2WkfrtZg"
    "2JXcsZM4mNVyiM1JaU1l6Jg1acVJxPKO/blOr5pA7O+fqao3lz5srvsppw5bJR4kUhNBQN"
    "lOBQ6Ufdlrwn9CKDZIgucW4z5ZOqQS3gMhDZA5CRojvlRG4jcxFDOXzmo2MUUEgxmIxErQ"
    "9YwAklvFuZyEi0RGTtBQ1vToTOkLGTKZ3KmXpHvqidROBnGjUAZ3QMxKfNwnu7n8X/ujCR"
    "tZAz/ic70Ai+hTyPzBzOerxh4kdJryuZxa7NF5ciP+tUwSZQZJoqckJ1Sa5wnUA6zJY47U"
    "cJ9cwnPBBOmb+Qy+D+J4GF4IAkUIt7IEsWhkcI1td0wsxrxAhoYkduRvDmUYVwbSXtHRJL"
    "apKevzoLXMEUtsHPqMBpHP/J8CIvJsPTq7EgYb81djIhEYtCBXwKIBf2f48oZOPdOXmBnf"
    "hkwhKdnYN8m7dwfHh8eHZMbbDAJQpFEgJRj7M0QUDVG0rtM8omh6u/YRRTtDFA1RNETREE"
    "VDFA1RtC0aWj9e5MjmLujZAL62LstuBmD7kQBfUu9IWQb2a/FJ2qfJ1dOtAxYKUjqvqNcF"
    "TTcGW2qSX+aC+WZIz0d8GvyD2qYBd/dUZcKvKNZrzIgvBAYUJAbf8yKLM+MLUSIeRpKnkW"
    "9B1cQiPIfXzKM2JZcsoOC7kuLiydIBKB8PCePBZWXIYpGojzzF2fXFskUg2wm3FNm9Oe49"
    "OhntmzxHU5tOBlJoYJjJG5GRG0EGlXLFcQoYkbNF/jah30U6+QBSwMQ68VeWuV9kepo4x3"
    "zsnQQqO694iv4y9Jd1XWbQX6b3IR79ZegvW7TnQH8Z+svQX4b+MvSX6TS0avxlg/gM0clv"
    "lhfW2ssj/Wd3mbbo7dkier+4BU5l/k8FNCfviqz7OfdBlyXg6LBdmuymPNmlVcASLooBuA"
    "jUvGoFMa2tn/PCdDJ7q1QgRw25QI7KyUDq3DYKp/amKtY3RR8qNsZnoXXsNCOXBa03cLKn"
    "YfU1tDeuM35gf9aYPiem85bzY6bm6/Y7n/7zobDVKTGn0+3Ozdfb35Li83Tq+e1nQNVY0z"
    "kJrbcgChPNaknS1ZO6MkE6eZ+tM29bPnSuY2nFhf4SBXzbPaTiFUvIR+7bXhPgMS2WW4hy"
    "FOstYBrnJKssS5Z/Rib8dQijvi3IwwJYuBUABqAPd9f9SwAd5Mf/64js5vm4798eHB8evR"
    "MJ6SV3uAh4jNwp8JqB0yxqE7WYIXCF4amIQCAC0XXuQQRCb7coIhCIQFS0NSIQiEAgAoEI"
    "BCIQ2g4tRCAQgdhSBCJkU69qPqpfADIJrb3gD6ma6qmw2+XCbkqGXecA5zUxP6yYERa5vX"
    "OCOmd1it3d/Uzb9R8eHTeMeGOqOrlzYjrvam6lmgfq6No6PN6akKkl3NLsTyyV6TV5FWPY"
    "SdW5GOM+jT7GjKdMBXU59STmnI+7zAmZL3Mp3Bz1Uia1/OB4b59chQHkXwijQGRSCB4dvv"
    "/lNVu86sfo+OiX4xz6RK4pf1L2ecA8atHQJAf8j9C1qSW40I5LXPAwkhl9+UBmE5dA7gao"
    "npihoEsnObxHrm/EOSPggwKp2md1N4miNxO9mV23BOjN1NvFgt5M9GYu2mmjNxO9mejNRG"
    "8mejN1GlrozdyYN3PIT03yjNh2AssktPbGXaRqasICzi4Ka08BzmS0trXaLWhrSAYe0KA6"
    "d2m9sXMiOi/K95maWljadq1KUnW9oTMJrfv0TaqmFt7872C/iruH48TdNW6SVGhrUtz/ka"
    "q8nPT2pwpJvgMaRqqTRiKhdV++T9VU7csnbbrySX1PPilf0sp8y/QpdQZDk75U7O2a7mst"
    "y25Nx+4nupML0H2DtzhEfsTX6oHnmy4AOoHq9rpKXusd9jehMOnnFV4zZYAf46rnlcW3bq"
    "fC65tisggAtXOM1FN9v91qu92w2y5N5AKV6mrwTHqdFk+gM1Wz36fabv4C7ixEbpB4jdqu"
    "pBWiOm/Dc8CmPv6xmGY0qA91XEhRGjTEOKpyldbUFElqvD+U4hzVOEtxOGKDZVuFMzZZV6"
    "vuHcc1Ls+mGOCocYBj3qauZww85sCYipzx4JnO6FDNxg016Mwj+9q/JP1UbfIZ1F5fE2CM"
    "6aJZZQkxpov6+RKsLEvICXPb+3VbwzcMeK2CfT8zxwxu+Nmbq7pTQc8rfN9rouY9Q8mBnS"
    "u6kJYnKie52ucoeQHzv+du5ElDf8nMhHt7JNXOMSjcxRM/OAnz7Z/f/nx3QY7eQJzvKcTz"
    "eq7DeCN+IH2+lbl9dPj2g4352ZcF85f1nILM4R7S4pAW13XyR1qc3lwdpMWdIS0OaXFIi0"
    "NaHNLikBa3RUOrvIzxn0pJBJPyywEyVrHb3rnlKtadi1qhR60G1FHDiDoqDykrPjB1hZDy"
    "8msEkW5d52d+ujP/x3TUgaTrnM7qjdCqDRqaoIImELxQv0vuwDlRndeSflFV/Vzsnu8GzI"
    "gqMsYuaIOcnM4NcA/3G0975AuzqGMGU0YMwRTItNevTZ6pM7boYEatMBrw6ahilmomcFRW"
    "oDUe8lloTP4BGpNdUJlYzH+mLRk0S+VLq5KWNkxV2jlUXQgEP+nggRv5aYMsJT6DGJGlst"
    "nJJHSecfpCS+12PAbwigeTyIqmqnP9nKjOxr8EVcnviap6zO0KGQyy9vLZGJauioX5Ipb8"
    "9fqO2SIivqJVYsjjLq4l1xs1mfGVxkcdUlUkhVkVPVvFWPfW9I4Fnstf9O9nqVUCb/O9rA"
    "J7q+iI9fBb0vfVELjkEbUg3FcH8krwtgpCQkMBwwn8DFJkWPvk1t0n8sk+0L7MgMiWJfy8"
    "IZPmQgKLIBqPeQXM+CAqGPKtffDoiK0WiBj8dPadGeTJd6eiQPwKPwVE7sqILLo7c30L0l"
    "sY9CXY+0BoqlkQmrYNOTN4Tfzk7PqQdkNstwO4YTCMU/e635lvRKwO2Ptndlmv4w6y19r5"
    "F0J+CPkh5FeS3CocAiG/M4T8EPJDyA8hP4T8EPLboqFVXsbSfbqKhzcV0tqr+5BouVYPbv"
    "G8036nXZLT2rZwWr0rqLv+vTdmSn7lXY1mhf/71rRq+qfZ3fe9tl55dU36bOpO3G6e77dt"
    "HN/zs3XO7/12fiEFgsTAyzRSIVbk5fS2OlAsXmP2VdzPuJUxutLppgqodQ/RXX5otHBISu"
    "hXZV6eE9uOyNALUFqCxquYnpOQ2YBvqQPaKdo2J7odJk2Cbe8zxZdtVo+F0bgqK0UD8puJ"
    "6HyM7GdqapKTjM9nvEFVs5LlpXS293VBUy3SZa0/ZHld5/ONRSzHCJqaVYtCWp/k1Jgif6"
    "dYZO267mpCkXMo9ivtOh/Buo09uK2NiyNYq0DjAlGkguwwTySpZzoE1nTgF4q2oDnExcn9"
    "9Zd5kwuOw5Np28yAr4mgFHBBh5o+m48nPpX3Bp8ReeFGXG34U0A83+WVMEF4gC9/eeQtEc"
    "yYH/QIo6MJOSK7oWlQiwypae2R0CWnZDeApTiUH2HAMbIPus5AyD7QGxJF9sEZsg+QfYDs"
    "A2QfIPsA2QdbNLSq2Ac/DoRL7iP/O1uJT1smjLKYTadmjbN1MeZVqkRr0FEmvLrOtFV2eb"
    "dxeNe7u0v7g8BUvkgmkdHaP/iNK8mP28ClWX84pMccwzRMqw5CWNyrizVo3aX7BVU3j+V6"
    "TATBvsb2uQo0N31O081bPjpSnkqO9J9IjohyPoIlTiXRsbJNj/W36TEppRjodcgxsEw7ny"
    "jb+UR/O5/EyQH4HP0iuQmb6MKnyqY91d+0pySXEWD9Nn2jbNM3+tv0DYnzANxzE5hPJtw1"
    "ReSWuc/sDojvUkz9VtnUb/U39Vty7U49FjKHmxiMawWbuGgxeqds3Hf6G/cdbBlMbtNok6"
    "Z9r2za9/qb9n2ctlukeua/jqkRUadH7uH+P7GF+EKDqP1hZIn2/kXZ3r/ob+9fpGVpvDuT"
    "9yyuvzPXXFzZnIJlS66ubH1x5bpTaiGHbH0cMqQ7/c3oTsntv302HTLf4IpW53ipLNdroj"
    "8lFyBDpE1RZCENKnkYmX/a3L0LULPpUFhYPZEBaMJlXJ8EbmBS2wz4vnyfPEdTm064FgHz"
    "QwrpVYD15ERQM9yoANczeND5ICPL7s3JXu/RsZgXksgD7hPAHWQ24QW+Q3mHQQ3UMJjRIy"
    "P+PG5VeGQMjiE1CqlRXWcrpEbpzddAatQZUqOQGoXUKKRGITUKqVFbNLTKy9hm72JYUWuK"
    "VAHJ2anLkDpuFah63BCoelwOVP2RWGivHkgV9DPbtSpz3dR31kxC6+56k6qpRT8NaI33tt"
    "7QORGdF9r7TE0tLF30yCgcy8uC6zudHyoa/bPQlfQzXdd/TBeTUmWfbrjyIC/06lsP1tTD"
    "z2OdN3jlQVM+hmb85++bk2HdSNCTG7oV0IRps6Da9InAfD83RyH5f8Q2A42SNPzKdVXc3T"
    "XY//P919tm+8+bem4XDhXM2x8TZCx9Cnf4tBYIrELNsCU5nc17myq7PiNjooz1JspwCm38"
    "StMWO4weBlbtxG3NXBrJBWNzbcjtt5ubJvy4EPGRJsErNoHKXSr9uJZ+Ar9qdKjstECu90"
    "aVXEepANqL3ageXi+Op8WYen333DkngceoxXzy5PoZqC6vRMmg9B6Jgoja9kt2AYpFh5HH"
    "Gx2uQPnavyS7N6eYHQQhcITAEQLfTlwOIXCEwPUYagiBnyEEjhA4QuAIgStC4F1G0kqy5A"
    "9Ng3INFGycSWht5QuhJrlmdGK3D9VdvcEt1wmp0rXTmYTOy8S10JLshnyO9VzngE2pabfN"
    "F7L6VOSm8NcFppqHek5KZ//0VayqFt5pM6fMK92o+ffaRku3daHOdTXlAJw8ypu5F7s7UO"
    "uCafRog2U5slfqRC37oCt8qZWO6nqXauIdH3iF8gtdq8ljSPocEYb6Kw1M2wwrOE4idMkP"
    "XBGs9O3L9RcSTviJ22cjJi6YzsU1PaWVQNkhdcKIV206hJKkL4qgJfS6ote16w4Qva56u4"
    "LQ64pe10Ube/S6otcVva7odUWvq05DC72u63cCru/i3XWdx6+uOxl36fftWtwUY9eviUVa"
    "nLE2L7/Gm1+/UJEW1Yo30Sp+15zC6n27Vddu6NmlsBmRQjwK6ERpBpkT07mnyxyK30BVsg"
    "t+EX183EPmhFENtLC452fSa+z3Ba+XEryTarv5To8hBUv3oaSJmZTMOieldcY0xRjo1eI1"
    "9ZCBMl7TETfQ0+xtwZu5jlcAbz6e3388v/y0U5oylmBsDN/YTEa6b0FkUye3aasAdkplek"
    "24TiRKD6bF4gthHfkQMrd9nINxfJefEKmdUeK9aGibIwnoCIo8G/HTEcA0T3QkoJyQBYJa"
    "79Eg4L+6DqSZ499LAv2bvf1H556XiuBL6jNC06eckUszlFDTY3R89Mux/DsKLECB0lr2ct"
    "+KaF7PTD6Jr35HtAjRoq4LA6JFeruwES06Q7QI0SJEixAtQrQI0aItGlrlZQxzp70ud5rH"
    "RyGc/lRmpryM1qhbP6eosqO21bR01DAvHVXsAfzk4q6irZvTH2VSWlv7m1CTSKfA62eiVa"
    "Q/iof+wEidAh0mjjnpV84ha1ogkkuALwu6L3s2iZ0p6l28IKjzXuchr6h+HTwQbrHqyXwx"
    "CJdJrxGESxx2O4otcZ8qu3kMzqZTz6xMI9iQWi0vtA3p1W5y+mJmNQ1xjWU7B12Pl4meI1"
    "UgtCSns3kBU3gQyq7PyJhZbb2Z1bIOuQTT6hcSqNqF2xq5NI61QkE/fad2RAPz3Bsa8Qib"
    "w0DnSvSaEFAWlx3QrPBC/DN5ADnvX1yy0l5k52HCiMA2fwpI8gC4UIsSvoyORJrYWBRC1+"
    "Q1Wz740gCs7DN/yhyDjn2THB8eHB8evd/rkZkZTgA1fXSGjB+znmlyQdcbIkPjPwhMNXRD"
    "vtk3A2LwvdV3ZuyT3yFMTtzMlYKliHEixlllX8Q4EePU3juMGCdinHoMNcQ4zxDjRIwTMc"
    "7VYZyTqGJD2HwnfSqkNQ/9AbQk57kLVdZ6G72I/OnqLU+F1+gszx00VaOGukxbraIPG4IP"
    "y7GHCYYW1mRZX4y+ZZLbhd6TAtCxEuDNHiRehi6GzctuF6j5Kaf5si3ruAOLeVEYBWo3n8"
    "3L6by5uXX3yXWiLPkIHqtOuNpqwgqFm2sgvVuDo3IbNNzUVSW8LTd2xSkk+8x5YWBiWCF5"
    "6/TZlM8iTiichOBY3+CNXnPmPX5N2xxvZdvY1OJDJm6XIf8scrRrlpPXNMvJVjZLkmTumm"
    "UhTdq1y+lr2uV0S9slCcrMBY1p1ixvXtMsb7ayWRzYRwFrDwCpCwbQFO2RS+pHXEmRqfEL"
    "cwBytTbYTALSGsT2VmqjkuS2NNCDQPEuYqBvc6afAHbY9ZicCuu8A5boqNo5YtVH5RFfsy"
    "qj4puplDkxnS3+Uaq5vLPbSviUhmtFU6bG68vJbAOt7zJTF1l9a8SN1krr04Zxpp95tz0b"
    "RHraEa9cmeM7X6DXnN87LjpIekWb3N7JaavK5iKRd1JA3J3IN5kzCn6m72ZghiKzA4Gn9Q"
    "SN6Yn3Ay4p8z8IJhP/gO87YQsUyXwRUJi4MxY8OsMXLjzk60hAZtQKow/8z6KA44ZJSgdI"
    "JxGKh+QkgBHlfuenkoiR3YQYhbnCkRnVebJCZpTedA1kRp0hMwqZUciMQmYUMqOQGbVFQ6"
    "uKGYXZH15FG3G9qlzg9dNSKqB1JoKHREt1J247L26TG7cMXLBpZeTZgoj4VErnyf8h1VI/"
    "3610BAykI0DZ/PPCWreCdHncpMrq1xjC5TIQLheV2XpObDtoaRfCvfQP4V5abtNUTOFbmP"
    "HhgvHHAx1S2EYOMXNH0cjd0z8cv2kzx7+pn+LfbD4Fu35udEQpEKVoRCl8vo21aFiPUuQL"
    "9JpRirioEkoRy9ShFNfMozaVXCSBUyTlBdxQiMZ+fwrR2G/IM4XlyflAvn0jb+GjUxKMJq"
    "5r80qJH9ksQCABgQQEEhBI2E7vJgIJCCToMdQQSDhDIAGBBAQS8NJRvHRUG/PqcutofA7t"
    "6gPMiWtt78+Znqo2P2nToU/q+/NJuTu7g0AJOUsFdF6CIRD4vluvXkXsbzi2K63cgO6mEt"
    "sBFSQR7G2NroYNTGlAB/HwHgSSBatizTr57bDtF649iSeNhAO8Cit7zDFMw6xMJt9uBi7W"
    "oPME0U81JQ9cHWti+l1mi/ct5or3tTPF++p7ny1m06nZfRmcr0TvxVBcBH2daas8YbeZru"
    "sn6/kmqJqmG2KkqudoHcOj7q8hQHYswQBMfq4vQoYAJAKQDQDklQPLVuj61ya3/HMlBlkq"
    "02uCIc2k9MDKFV+IRKYPIbmnFMFIh0DdI1FIpIv2fHfs0+lBctOzTAMNoUwvjPr2CwmpP2"
    "ahCJr674j6IYMPfUb5XEoD84PMGB2XTT8WxUfUE9f2/Ie4STdOFz2Hdwpw890HXtanZGKG"
    "kTMuZpJGnBNxTsQ5EefcTvAFcU7EOfUYaohzniHOiTgn4pyrwjnrLiBtGFfbcfloeqrqMq"
    "SO37SjhDdxwkuk8ICGlWE/9abOJLQ29X2qpqqdT9tMXaf1U1c5M5nl8naHW5tmlVGAMqFb"
    "tbXnRbclKdy11Jucz5YRE5ikgztVycT3N89Hr3S2XEYaeum9Uey/mdCre+76rJuovP5OC7"
    "6rgfRddUWI5qpYY8TUdTSNbBqaT2T3OZrafPf48I+9HUXrfwTv3e/Se3eX+AC7TOPLZ1Ok"
    "LslBOKvI8N04Dkqy2zKRp23AG5NcbWZU5I1Xkb67teG3Knt30fAaWL4iQ3dry29Vgu45y2"
    "tg+ook3K1Nv1U5uIum/2PDlu9q9S21OOwql8Ad6LjxEQDfwGN+UJXJts/8EavbtZeFt8X6"
    "H2Ncc/c/lpc0+xcFs8eQ7SCBbNXoGTXSWp+d+jFIfR3rrHSMWhVtY96Q5TZQpnDE75l/za"
    "1ugbbMjpo+qRXL44Z6LlwkV0HuSL7qNXE67FyhhUyOXI1zweQ+49/IbLUWEzeAQ/bbGQvI"
    "7s3181W/xw9gzjPtkZt+/5I8RseHx2+Ty72B1WEwatimw/aJTHORu8n77NGR+TMiJ4QLvU"
    "P4js/N4QdyaVqmb07JbMIc8REZvsgcuuL6oLAHnE2bToc0zJWhTyGDy8f3yfmjEysOWXPF"
    "l2nK3LgKeNjEHE9s/j/v7oSm2XORAYIMkK5THTJA9IalkQFyhgwQZIAgAwQZIMgAQQbIFg"
    "2t8jK2bVded46NqjmdteKDLP0uL48f3vhpU2U6y4lobe1+pqeqnd+2sfPbeju/rci1K46p"
    "1bNYDY6eiWxLQuhM41XdIy4cCUpWnBfcjhjhJP76OlEb07PK9Kw7iobsno71qF3igIa8AS"
    "VSGN+R+OIy07Ldm7M+FyV13kJeFzTVL99zGD1HqqBHQaaT92lds4ZQVAt8I0xVeSWqIUtI"
    "t9r2WbkthlHoYlohF5dmwLf6Jm+ACuwi+7LXhF4YhWKL8It6LzW68dGNj258dONvm28R3f"
    "joxtdjqKEbH9346x9q6Mb/Ydz4ePPd6/xyBvXNQWPi1JqBMientWv+kivbzSW3gmSeFvOo"
    "QbvYvCyptdWvhbra2N2sYts3u0HNSqK9VmvvVWCSgldEPxeoCU+PrCrzt/P+FypYIwDQ99"
    "2ABeSGDc1J/uY6pXD8nOqbjy/8QW8fXMXCua2AFp8thnREVTvyK64ZXDqJwKZTz/Qrvf31"
    "mVbzQtuQb/Ump69+iVb5y0aWGqqVF9EZ1JITPXUIbHFV19Zl+2eDiBtkMKWBqrXLglrHTN"
    "2DuuQLqLs+QzfAiTnzVcwyqpiieLv05bbV5G2xxXLXKwCMH8/vP55fftopzydLsHRhuP4N"
    "5pO2Ns9PrgVrc63I7bebmyY4N7+ySl3LLXERS/56fccgA0clpvaDNcJfq8TBP1mBx4waHD"
    "z7steEg7Ok2ECOSYtvAKnYXy4O6ruIrIgUnlOI7fvqMIiMM+CKV5GaWTyByCecibC6Hgld"
    "/os77UH83WzCv54y6gQ9kW+Zf0F8NmIizbIZB+LtivzM4mMv7BGP+vQJbqHlw37q9XjtXg"
    "ihdvxpI+pgsmXE6BGjR4x+O4FDxOgRo9djqCFGf4YYPWL0iNGvGKPffDDNmvH61UXT1LHd"
    "62eqTEJrzFgpomAOZmiHMzQBDaVJKuAHUKfmQuQWIE8qvUaQ59KkTkh9AllOLXpwHfnx1Y"
    "RKma1BcXHfG/RgXZJceyyMxrQGc6sLHk1FdF6d+1LN1OJd7L0S0gTc7z3wwEam+sXgBUGd"
    "zQ8XhIPtU2W1sH2y+oU1xl+8boZ11tcUsk/WzQeFhlBbOJtCIpuIV9sSDtkHj+mBalDkGm"
    "6B4F3SoLVduQG3nxfcBuz+AXReVi9eCX6fxwO6AMsFSa2R5Vt36vpEgJ3rc98uRJYzJGYZ"
    "0PJ1Wtu2Gl0NWy70vmpweTPBq9c2Dcwn0+L/nvuB6e1UYHelMr0mCM/KSg9oWhxDWl/ZQx"
    "EuQ7gM4bIt8uEjXIZwmR5DDeGyM4TLEC5DuGxVcJmlmCDRWmp2xFXstneuOyZGXH7sCPil"
    "Vf3Y2qNmwn+dO1d2dGG39GE3OrErrjoKmQOHVys0n8qWb74ssySsc+DInVSWnFvigkJx0W"
    "fLO3eWeIdmYjLTeZXFc+LbYPMrqe7GrO7wUTfk3XRiVjj12qHFc1XovDu6BVV5P49V3cys"
    "XvKxbsbl9/XpyRyxexaG0gAlf1+xQK/J2edxC9Ew8qkzsKgTX+K9mKovufiifuDiw003rn"
    "go2bVcTzLze+Ljj3AFz08BARUFC//2qr/XA2FiOgJ9lo/fn2/WVT3jFe5IK3JGNSHlNfuk"
    "REDfjVJ7t+RKqBb1bkrHtKmSsVOBNVJfdtZi7JNW+6SThm3SyaFOExgfkYDWUEfCNRUz2F"
    "yJRVOYLCtDjtpNYA982rDhhi2+SA6ZT8bmd+bAbMHoaEJeGPXtF+KzsRnAFV18+uEnWv5b"
    "UJ6mOtf06Dw6IDxyIwe+8t0ZmVKLBWJO46c75n8XYW8y2imunobu1BydiZvBvvXh9EjCTM"
    "id8WnQdkdW3VT3z51EFWlDuHP9XwjHbBCOybdH26kuL6P1MfEup+jm2XyyuyseT1IhrTkH"
    "D4mWaz2DAOen+gBSb86cyPoseqh63BBsgryuG2JxbGaBzlM8KlbnOQZI/dKsHgN8Hi+P+e"
    "0+BP0G++SKr3hipSeRH4Viny//lHHA1Gd8+TSYDOuVl3M+mT5fmAP6nRmldXtlT3p0dgPG"
    "RLXcJJHN+JKcPnnvg7yaNPOcierhM9gqwC8vZMaSJzz57hRCkV/q1/N0fhIqDkBjXNGRYI"
    "EECyRYaA5NIcECCRZ6DDUkWJwhwQIJFkiwWF08Mnoelot+Zoed9tvsopDWVr1198m3WNH1"
    "77eloVJ3emsEpiimtWdSPUhnfeGXNYZfHH1ZZ3rdsxaoh+20DL7ErAXryVoANyZPqu7EaL"
    "5keVJ5J4Zelu5nemoR1iouAh84NLDkmaUL8We+jjUi5jIH7KXpyBQJKi0hLxe/TbXefHL7"
    "wHyqWyFb5OpIhNeZj92kgXoi9kTRzXNpI3/MnO7XOuTEdTf6t0zVzZu9Pv19/fzekP1eK7"
    "eAWtb7NewCPeZAMH+onDOiJKj5ujqnrRbG38I7Nq65kZinPKlrdLvG3z1FiobJUdLA/qK1"
    "G7KipBLbkA5FpDkgF8wPZV4UBeOvOy9KPt2CEhxfFtQ5bEI9Vmi1SVGsoj5zw0A1J0pVho"
    "0ttXvbvCjl7ldIi3L36f7h7urjQ7tbIFg+63+xLVSugShcHqDJPmdpiWlWevdD7r6YOsJX"
    "em/LIr5XeofNcpPGFKhOA/4afGYvMZ3+mfpCDTPL4DVXHqlQSIUqWBipUHrzM5AKdYZUKK"
    "RCIRUKqVBIhUIq1BYNLaRCrYEKlRxu2u+yCzKrsuky0vgAD+o81XT92+2q06QqKycvu2XE"
    "nMuc6svm5uhNMltO50WO2abbYOUUMxrUW7O+FxeldO7E54Ga9X5YttkyjK0b2Qyeb/G+Wr"
    "Fhu3Gd8QP7sy6pV15Q56PQXaIouVJESCp345/+86GwES8hhOlm/Obr7W9J8XnYcI7xF01t"
    "OhnUk3Ca984V4voG3n8WyhJFUs7yNtN8rxY9Rxakw2IerdpT188xVbI6d/3LRF9yneqrxR"
    "5Fb1plaZ5HVuXKWZVLsrlWpErdqWYVNmf86fxMGHhuEIPs20o5GzLfqrrXr4EAlYlsAwPq"
    "fsTn9eUcepD2hLQnpD2tgvZk5KfS7rSnwoysiQdRxvmknCFNaU/XbAjGos6V8+T6U+gtFf"
    "SnilK9xhu0kvIDsyCwMPtV+iCSPon0o6Ftlmy4c07SpxA65vYKQpFFijrBDJJauWTXlbmt"
    "Ar6k8VFMXGePUOIxf+ryPsTFdr99I0enB8eHh+9JHxxS5OTNY3R8eHRy8nbv7NF54oIGmZ"
    "nhxHTIySGZub4FyXgN+hIQ+gS5syAL5dh3I4eXowF5Er/twlNnvhmGzIn16ZFYmSFXOOBl"
    "rTB6dDwaBFBh5MhSzNjrkeRXMnyRLxSK03m/f3VZo8sH/lqZMaAMcdxHRzosPf6RR4VxqM"
    "jU5X5nvhGxVgm1BjLRog8NiDm1kEiGRLKy5FaxW5BIdoZEMiSSIZEMiWRIJEMi2RYNLSSS"
    "rYNIljvvtN9pl+S0ti0wyu5SdUl65N7MLjxm1VRPVo1EnEWzlEYmXwebjNrVNIV2aEomrX"
    "XOhHOhpnKfLay579qsue/q19x35fB9GkTBoM6R2cwTmZfVebNzDbqSfoZ9accUEd61Qer4"
    "UplVKkRfObusqVUuhEfxH+BRJA959ZeeSy4mQHYyb6Xwdhg4mb1XalyLeVEY8cltIP29XS"
    "fyqnq0nlMSfcl55ufuMq0vP7mZXBObunvz1F4lr3NTxIvrA/PDyDaDJfb3lcz1cE1w42Cp"
    "2awXxXRuEHHHsMGb5DMdCmjnlUPkqJW74ajB33BUdjik3XvgMQGsdZ25KivSuXnS8UH6mc"
    "LKl3y1IS2f1nOWT0uU5XqabAO3p4EcqyW751fXn/JJyhfDY3kT1UqYPhnirEb0Kclp7Vbo"
    "p9quz5HQwPPxCuq8kuaTvVuBALGllm/L9Cn1vwLR5+P5/cfzy09NPJ9VEleqmqSCuVLTck"
    "2XqWYvrcZdyR61mLwCVzv7jPeKICS8KPGg2IjETxR3npbJKcfHe/sEvHcehIM+hZTP10Do"
    "kP0LiC3iCrVHSCtJgmg85rUzY588FGknIHI0R2YR16z5bMT46/TI0TviAmGG72z5k2IKDK"
    "G8AA1c5wN/QKp8TDYh6bFDck1MdaZJ7qWQaoJUE6SaINVEc5AOqSZINdFjqCHV5AypJkg1"
    "QaoJUk22h2qSP/C032qXBbW2LhxX+0V9kWOytRwTgZ00uvkbMJfXevXX1mUBdXmFR/+oVb"
    "DuUUO07lE5XJfaXCu1BDuphNbWPk/V1CLfi8cs5j9T1XtnckI6byH7eUW1yHQhk5mZBnNC"
    "M6yKR1+UB60gqnVPh6XwKtGW7F4/9A/ur74c9Gnguf7BuRXSvS7NsnzegzSs5TohtdQbJJ"
    "PTvDUgNd0DP4h4rnPw6ecpNTtlnVrJqODPH5nzCIQK9aSyAq3b405qnINOXviGhoB/KYwm"
    "lq4kFHlbKmzJx+PIqVw3mluqsgKtW0revAq7+lhjUoDW9GujET95DKZs6jE/cZ504adUVL"
    "POa0OpbYqYda6rMXK9l70dxXb7yPUnX1L9VVttjrbSZtY7rZ/0TktznjBvIN/yVU2Uq0Pn"
    "vVjcHPxo7NEQcpDdZ3pvPj1QQtflncWjznPN3XSL6b7z8tvF+OWnwCE/TIMjS8x4xXdZTQ"
    "THApM3HviqxHUeAzHjVN2wazgJyngAwZhQ6fhzYtvR3/MhBJ/pjA5XzHHvOr8XKtC5Y1/n"
    "FVXvzq16c0NnrmGy802ma1PrtVFixXp0boZ0fon1PYBNKxtFfKXt1jTv2yy07+sX2vcNC2"
    "1uqem20s5VsB1TT/VSm8QgrGIWGpr0pSKt7RfXifmg5Tk9kZg3KRuZU2rvX8qfK9v7H6pu"
    "9S9AYZIeGe68lp6lJkN++nj15fxm9+h971jUxo9hpmSC5rf7eK/xhrctPx77vz8/8ekRAV"
    "DiprfJh2jlA5uLzaeSD7E6X58m/qNl0dVXmhfxN980+j57Yj6kDtypYJbPleg1ksrjcoE5"
    "GPuShryYTw60bTlEA5m2MHAdEkzcWUBMh38iav8J0g+aBmQNNCBbIB8TM9MIJ5ATUH5C5B"
    "vDry9kynVkxrzdV/ioR0eWdGcOgXSKwU9kwqjBnwAZGmcT5hBz6rl+CFR03rYuUMd3R67P"
    "9uXnA6iHf7lXzyKPAubH5mY2csc3yh2XbaCw2KcCOvu825u3sMC/PW2xvr89rV3e4au50w"
    "IfOHy5i5yXCkgIVp4aIxfFXrXEd9vC/n9PkTMScS3DyLT5aA/24Xn/W3Vne+3a7lRCQ4aZ"
    "vNMy0KGVRP7ZbEh9lYZKBfRoInischPdwDsQSzTUrmdaAbNff/xYSfOIFUaleVKBLW4evl"
    "1mIaB2z5ER2XE7ydT+JH0//doKFnm18NmchM4UybUu3Q0Bs8ku6pWhst/iarbMuG1jYnOd"
    "Sqdo2Hv6nRl/mGy2U3FSyb5sPKSE4ASw5VK6+HRyTuApBmzqIQ+6+5QcE8guJT8ldf20d0"
    "YCRv3RpBeXDMRhIeA7e36QgNOGbToWP1rwXuC/7JdOJqt7TIujRE8yV/FIgUeKv++RQvRw"
    "Besm5XU2ruRw5yc0ZTu3AXre1gM9b0u+8MrcgA1bzUrO3ho2mp08es6I+iZ1ktlX+GUjP2"
    "qdoXHdu0kjjU5WCltLpbYnOrT9PLOdkaFtgrDx7IBnBzw71J0dLllAdyqODeLzxhODkZRY"
    "dFqoN2XFLhw325j7ZdFoxtwvGm85MPcL5n5pccTC3C9LaQPM/ZJrP8z9grlfVtYEP2juF4"
    "tv/FVGVVJ+OQ7CVey2d665iuSaTSH6aux3CoA7OmkT9ntSH/V78uM4YpOT5OadsED8V0oy"
    "kArovDp8gpQOxOZW7NSTl5WvRIHxukp/hvQzVacDTr/rNfk1zHwp9G28snuibwN9G+jb2K"
    "IDF/o20Lehx1BD3wb6NtY/1NC38cP4NjZ75l6Jb0OcuPPnHC1uCXtmjllz8F6cdiAVXmO+"
    "pa/9yx1Fy39O1Nx8Cj8MvF5L4LUmHo8+t4RFw50Kh0fyVa8xPDVXaPE1R1nhAlM7/lzwrs"
    "eu7ULjHPgRRGoJ1nb/9r5Hrg4o+Rz5EfkSGRQiQK/+OGAigtt0KPkWwty12++TX36Bi48O"
    "a4M+0Y+CfhT0o6AfResdKPpR0I+ix1BDPwr6UdY/1NCP8sP4UZINv8rIysto7E/5LTnL3M"
    "FZpsvIetuGxVBPYvgheCI1p8o25l1+Kuoscq1o4+brrjIpnUOGdr4phOW98sIrTdwj19QP"
    "I0h7YfPp2YcU+xWOknKhXpPLxILikHOzWH6h90Q8hsw/p3Q39BSagDngDQXvievADc5+7E"
    "u5vrogFz3ysUcuieuTT2ci95ZtOiyAr80wIOXHPDq77E9IqBUcDKfGwGfi9335WeFFiOdD"
    "+4uHjrjxxcXS8ul7++RLTjOLMQ9i6+WXj04UiMh88ACNJvwTro/jhhOZ2kvo5bOxGYTM75"
    "HAjS+J5iV4FVPeKQPzDFJBJ6w8cvru4Pjw+EhEu4qkYo9OQU8qk5VNh5EFOUPjV3dnTo8M"
    "WWAaTNgFblYQq7KwwSQMveDs4MCDG7X3TeOAOQceDMuIvwL8NmXJD6HEz4778+m7n8VVdj"
    "+DNntp/rNCI3k2dcD6It8ZufhyScYR10A2CnQ1ISEN1RO/C6c2Sa8Okh+KTKPyV9jZiEfN"
    "Ji4xXF6NGeZeIGR/hj+bxv7R8YnhWvsjd3rAe1HE9Q4PjP/50z16/mX2Pz8H/DX5I3/O2+"
    "1nSFjHx0rxQ6na/iSc2nv7j47ICMcb/ydhUDLkr2eRGZXN9eRGXC/+ByhxJqyeZI/bjdPR"
    "9tL3y57RE3mbHp1p+lkveeHM89wjvG7e4TJzcRWAUpoMADBJ0o32CPWlZV3Z+Z/MEQt4N4"
    "Ee3AP/4pC/xoSNLMb1HVMgdsnBEie8/EBg6B3wQWqOnf2pIZoq4CbnZ1Z4WzgNoQ8SfZBd"
    "12f0QertGEEfJPogF50v0AeJPkj0QaIPEn2QOg2tijg1c1g9qFrcKyNF10gvEmd4OO1SG/"
    "K0i4RJX/gpxNlRbG5ekR5OMzijDeQZTWVumxPT2kkpwgYvUl2ViXXv2/Dq3tfT6t6X7gmN"
    "z8EqBs/LaG3tu5yi6reytjF1052sVV73Dt17TkzntVsQR7v37uNWF+EeN1yEe1y+CDf2Jl"
    "Wv3dUWz4m88gakdXX0h0zjZd91JJxwJTd1285bLa31pCE4uI3+9Y1RoMH5Och8nyoNUSGq"
    "dSv8Fzhqv6T6wrVrL8wwOwWBr6Qttu4OsA6NIC8Bw8u//uYc9EK3jqywIstsw81fqcQ2XP"
    "t1Acp2mNwbDL2J675WinWbw3O+n6CTnSqMO/2y14htm8MBHYRpwcWgNj/MnpO05gKanfuu"
    "R45OE6CQK+7GGOEB7JFTaDQH9fVycLEd0YDsTh+jw8Ph8V6PCEAW8GA+/gyBLdospNYBP0"
    "5Padgj/KAfRgERLwF3plv8I+aH5pMJMQopSOm4U9fn1XnpZfaQLp7aJAoiu/fo8F42LsCT"
    "+yRBRslEoKFcYccwAbq2AZmMAe2x6xqAzQ9912KOQLvF/ViuP+WK0u8CzSVuBIhumF6+BV"
    "q/BFyDUGCq8bjogZgQ98WFXCGhNnhIX8jE5V0CYyQQn0R8EvHJ7QRNEJ9EfFKPoYb45Bni"
    "k4hPIj65yjyaCJAhQIYA2bIBsnUZXEeEDLwVA/BWVBt9MfehUMEaGRCQ9IHZJlVmPJxzhX"
    "9OFFZHE1qBCQ1YQhminETKsUKpkNahQg+gJZBUYL+0ppihvGmF900JpUkltgal+R003iRK"
    "I92XXWePnPga544Lalqq08Z1pql6huQ2k8ZxQ35kxMY2jo09uaGrBI0lAtuAjP0a66oHFl"
    "Y44LoWBKUpWT4nsw3Gv8zU1dD+2XG7aP8Ll6/q1KlpgUxqrgWGXGxV83r6ibo7gRjUN4na"
    "iaihKS6+fr0pNMXF1cNcA3z7cvGJz/pzC215ExNjjYPahlhIZRvUt4YqpW1NIyJmtJFl+X"
    "oqmG2BVW/R+hW0KKXzCnoLyDS5v+bb7zR+udtBv91Jv+moX9o0Aho/mB5X9GW5v642fk7q"
    "1dvzNbXCTYF2sLwd+qnCDl0QG1Q6eSqgtTPlRvA1zgVfQ5tN4kTN0pNX2HlNPfh3qeLmr9"
    "5x3EHGwFHyEM4L6mzuW3ef3Be03bzlw7HdaPqGDUhJcrv2H6otobYFyUhjKt25KKVzX+4X"
    "NN0Yb1sfZuVFGq8nQ/WqKZbzpXqLuJbDgZdIDKapSCvWZX0I4TwHs7Jkjxy9LTIyC/RLwG"
    "YOZB6XEiMT0rj41gG0ao9Elkif8/FjjxeciGQ2wnXsJT7+mGlJPDr0TYtXI9J99chUauG5"
    "/ERv9shF//pCEjAhmVBkH4z4YyH/kHRA90gTHzNOW5RRMj/I/D/UYXacqsgMEy7loyNTJF"
    "0535kT8rNjQER+N3jIbGKOJiLlDlIrkVrZdUuM1Eq9+V5IrTxDaiVSK5FaidRKpFYitXKL"
    "hhZSKzucxpFaidRKjQ2O1EqkViK1EqmVSK1EamV50kBqJVIrkVqJ1ErN7I/USqRWIrUSqZ"
    "XLpFYCqi7NpmD7gpDOpv8CnIGHWFEt7C2pC4PRSMkrnxfS2d7fEmJGF3sv/1p6QQ5RMXQq"
    "oLORL2j7E/zqSZaSYqPkJ8wL6WxoIFf2U021sLYkMilaOxPS3dp3qaZaWDtlxykYO5XR3d"
    "aV3L3NTSOCkqc6jaRCuhu7n2q6eTc3N9zQs2our6i1dSKiu6WB06nH7sOXBM+BEiuzKNQJ"
    "U1iTsWP+qhKU8CoKYYmYXTJ1hWvK9Zk5dq5jlCHv/J6zbUyozr3VFpr5r6Q7JZ9mevp0lj"
    "KG53oZt4KkoIjnfbp/uLv6yA2+Md77x9+YETnjC65j5NRcn1su1VvEex8NxkJiMMyLtOK9"
    "fyTyYYLKnn9iifdeWbJHjt51zUQcwzKPTqI12b3oEeCt313sia+5ApEVmCQrMIQ4FHHB9U"
    "FoGpCMeMhC15F/7MXZjW3qhNTMJTl+dGROY9u1KK8uSW0cu3CJNF7uxtUkmXExVzLciyuv"
    "PHWMYl7kWOLREW8af5RlP24k28fJjyXNX1qyTLcXPPsXRn3QgY7+O+J2g1bkr2KLwgFcjL"
    "vrM4t64pZhUR0mNEbWfWc/N7Lu9aYCI+s+137IukfWPbLukXWPrPuyJLLuNRtayLrv4CtE"
    "1j2y7jU2OLLukXWPrHtk3SPrHln35UkDWffIukfWPbLuNbM/su6RdY+se2TdL5MFngH0iv"
    "NKUVDzqeWioKwu84mgQiibPaxElldp8QTNVzJ4rKYuthYpuCXRpGP+7oLwVqXxvpnj1yzv"
    "eIrZvPXM5u24g9rdeiO3tn6/rtmSuk+U9urryDRda/HmNNMNRyTNt4RLOixVbQkFWW8gmH"
    "lKm8I5OZ378L0kJD4kum6+E4tlTtiu4xKZl92qFVI0wqYXSAEPK3f5opTOHV6egwSw3LnT"
    "LwdXLvH3N0Ywv/xM+b7yyjfHNDA/U7BELc28umxvEdncGDyD3MCUgvyvnGQrzvklEU/ukf"
    "jZglGeV6DEPW+UeAUHHRjbCcu8B4zrZwpEcGsK5G/Gi/MxXOKBw1cZmzyjkc/xx88ka9ud"
    "8bESTEyPV+/x3/YqqeNkAXNcIhQFgjzXPccn/yjfnxw9RseHRydHx7wWAmw0YjqCIf5k2j"
    "Y3F/8T3ncE7RF8IEcncfl3UB7KDbmdrUIeeP7pFJnkyCSvsi8yyZFJrj0HD5nkyCTXY6gh"
    "kzzXfsgkRyY5MsmRSa7YtsgkX6e1kUmOTHJkkiOTHJnkyCTfOUMmOTLJtdnkI5McmeTIJN"
    "fC/sgkRyY5MsmRSb5MJnmGzKt5svJSOhv/uqDp5tlaMfuhYu5o4mnlpLaFodXP0TyWdx5S"
    "oy4PaYW7sJkQl8hsi5lvEv7Mhmwc0ap1cBHncKssXKAlbaor/41Z+DeC4aXN6RJZzBtK4Y"
    "6xDxj7sLWxD0gD//Fo4J/OAxY+8DXMu+Fv7LzQnWoKeLlcbxH9mw0olxmEIDSwc1KtqN+f"
    "CDyRiEeS3DNLjO+qgj1y9LZI9AZg90CwvRclGx9GVnTw6HjM56dcvrZTyCb+HBmRfeAxZ8"
    "S15NUHvNnNJxMW/b1eXAkZMn/E29wiFgv4k6hzYLFhZNAXUYXgahuUj4NJD6pPqhL3LfFK"
    "JmzGJbgKDq8BWOthNB1GE/F00LtH5BVYvOhzNLWB/h2nAhc7EC8BMCUr/NEBTBLY2RTSfE"
    "vIrDK/+L/Fuw1yb/RvMnF595Ekb9e1fgpI8f3JrhkGj440MJiWEW5XLgP5xEHjMM5ZziUD"
    "j28NMb84ssI7b8qRFa43VRVZ4Wfz/G5khSMrfBVtgKzwXPshKxxZ4cgKR1a4YtsiK3yd1k"
    "ZWOLLCkRWOrHBkhSMrXOxykBWOrHA9NvnICkdWOLLCtbA/ssKRFY6scGSFL5MVXoK1Vdqg"
    "UljnpvgsAPp+DNBrc/LvaP4tMvx9UVUtrC7cJZJqomL1OTGdrQ7+FXKZqqrFhOPlBl9bk+"
    "dldLb3ayaW1dweQSdq59JUQGczX9D2LqwVc2sF50xpyUwEdDbw50TJzRtYsvlULJxJ6Gzi"
    "b6mWqjY+aWPjk3obn1TsAYEoWbZxrc87E9CX3/Y51XH9BDc/Eg6zgRIfsyjUybBr6rt3kY"
    "o/cAm2LRHBS6aucEq5PjPHznWML+Td3nO2jenbubfaQjP/lXSn5NNMT5/OUq7wXC/jVpDk"
    "E/G8T/cPd1cfucE3xrP/NQvivaQ2ncKJmfnPtDbneoNAbxHz/mmQBTfzDT2XHnhF8VYU/F"
    "9JpgMRSpCiFiUufqNEjxy9WZh9fcj/jRwgvfd75J7/f7lXyL2eK5DdA3YQmga1uDDc/ST/"
    "WJCLnVBxbU6akv3RmcvJvgfseukgmkY2NdvlYheQLwEqvilY/7ycyYXFC3CDW0Xm/UPMki"
    "cTrqjj1gUkCLyQiKcJdEiki4cU9Mzm1TEveHQg8TrZhY9zdZCj/ZP9t4KeL7n8vjv7ENdm"
    "BmQ2oSGZ8Sd71DRI4PKe4CNPH3n6a9vHIE9/nRg+8vQLLY88feTpI08fefrI0y9LIk9fs6"
    "GFPP0OqAPy9JGnr7HBkaePPH3k6SNPH3n6yNMvTxrI00eePvL0kaevmf2Rp488feTpI09/"
    "qUzOFMZXnFeKgppPLRcFZXWZTwRhQtnsYSWyvEqLJ2i+ksFjNXWxNdBRBjZ1QmoOpscVU/"
    "eihONFYUw9jqnHdUw9jkmwMQn26veCq0uCjanzN9KJ49OJ4Fp2OdakgtvVkb8kai+7Gyc0"
    "2a6+2Ly8zl35oswX7rQUtlkI65fBsiMcM+kvMvnyAfqMd61i9aKUzlZPwUrSL+isxTFeEN"
    "0HMc+9bP8GnK0kuS1Hm1tQHCIeQPE1w26lwKHNRLZ8iUJ++IhpDBWBLIXve01xK1NRMsfe"
    "WByjIiuvIVHsnJPRhH/OSOgS3vmSoAj3iVACsSohxD/IIgExwyCNuDgjfd5R6ITscknquB"
    "ADQeLooh6ZTdyAPTrXV3cQU+EI+ADkexChkRPgnS+E0uZoQvgxTTyDuFEICoQTMyD31/3L"
    "n7Kn7vXI7+CZe3R2vcxLJ2M9QF3fnRGb0e9xLAc3jPmdpdJkyGvmlVrM40+dUt9iBom9k2"
    "RmhhMhBHugR75YGuKv++s9Ar/f8QdZ5AIGlLjYIYkzIUM2ciF25O5ib598ge7LHNgswIP4"
    "W3I7ykY7g1eLH85NLcJRyDX1wwgmKmZzNXxxBYb4rPDRkNnubG//kQtBNEzcRlA/70cGGb"
    "6IluHvX7iuQ6idBcjQgD81vXMi2Cf39LsJpWL9yMznYyiI9YptaUqJAC6v4P3MCcCivJrd"
    "f9MnXutAyPx7TzaA+MMnDmPxtRi+OZ6E0NzM4O8uuhKvmLcd0Bu4/Xkv/BNCiHIPnEZBKM"
    "w24Y0YdzyDBCYYFMo9uf5UxOOMJmwEzSfaIo7k4HXxd5ZvEHdrbiTbHUMd8cvHD+J9inev"
    "0PVfPhDB6wRTwPexMSLHcEVv3CfXvJ8HRLzvo9NnPj9SGXTsm+Tol4Pjw6O3hHfFqRgLoe"
    "j90P9znVN2n9N3vOzxkSgLd6dAp/XybSwUz4kR6nO7M4/CDC4uGAn2uKp87B7wAW6Onf2p"
    "0SOPO/fQ1lRchdL3aSD+OhNm3sEwJQxTqrIvhilhmJL2BG8MU8IwJT2GGoYp5doPw5QwTA"
    "nDlJYcpmQOuzqgY1GtAVh+FukypE7bDKnT+iFVRbzGcDAMB8NwsOWHg63LlaxhNFhDBsDF"
    "0/frsgGuq5uLdIBE+pE7dfUVRIAJYLh6Z9QIgS/aEmlk9odM42Xj3iIv0yBQYnvlZbSeJG"
    "Ia78EF882QknO43VkbABAAj0EYPUeKSS2LYjrb/5qRb1zbA0Buus0WrczecJg6Kp+mBHqq"
    "jrduH866wbDGhgC7G9cZP7A/axzcf98gu6ZT6qf/fCgcUEuhR+kh9ebr7W9J8fl4pMrQ0k"
    "HAhoxbt/OpslyN1q0SI7H3Ul3npdt0v/SQ0yTXJsT7K51/5uR0tv2lCAJTSgg7tydvtSVv"
    "2JHXWV2ult1y8BZkdU7FyxdbDbPx1m5wtj8pr6rBVfPyFnqeVul5k9eu4C/lLFJPXcplal"
    "5MWqqx8c458V13KtlBjP94MkdcWlB3ZhOXfWc+oU4wY34ATBFBixm7rhHEDCHBtrlyvjMn"
    "5PNWkDQl2b2+utt7dCRLKWGJXAjiBvz2KWHUeDYdMQNYMWYovuV1TCLgSzniWTMKfQDYGZ"
    "KWI1LQAh1oPOalHp1nOqPDjCUFX0OwYeRHQezXIAnv6Jp51KaC/0R22Z+e64fBwXBqDHwm"
    "ft/3XjAPLRI8OjskkOChN+qMBI8zJHggwQMJHkjwQIIHEjy2aGhVEDz4aUhlVCXltUYFBd"
    "VAK88PINlKiFZcXmszC8z7FWZeCYo1ZkakxjLIJHReJH4TWh7ciBQi2oBXmQdhIBwIKnav"
    "ktW5BfqpvuSzcJa8puuvBkn0Bq9pkDp5nRvl9qpP5humU4MsnV6GWT3XkrpGkzjac+abo8"
    "lOhQc6/qbX5ICmWZlF/ud6ZyJ6W7fE21o/+uvdrVrt/NqbePXpqmBQKVg4Lv43tO5KdtP8"
    "iSFzKtwAkF22xsWZibwqX69u1m4w7tJy9W50Mfvr/wfBbhRN"
)
