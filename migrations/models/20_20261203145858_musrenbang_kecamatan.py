"""Migration 20_20261203145858_musrenbang_kecamatan: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "delegasi_musrenbang" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nama" VARCHAR(120) NOT NULL /* Nama */,
    "unsur" VARCHAR(120) NOT NULL /* Unsur\/Asal */,
    "kontak" VARCHAR(60) /* Kontak */,
    "musrenbang_id" INT NOT NULL REFERENCES "musrenbang" ("id") ON DELETE CASCADE /* Musrenbang */
) /* Delegasi Musrenbang */;
CREATE TABLE IF NOT EXISTS "prioritas_kecamatan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "urutan" SMALLINT NOT NULL /* No. Urut Prioritas */,
    "prioritas_daerah" VARCHAR(255) NOT NULL /* Prioritas Daerah */,
    "sasaran_daerah" VARCHAR(255) /* Sasaran Daerah */,
    "program" VARCHAR(255) NOT NULL /* Program */,
    "kegiatan" VARCHAR(255) NOT NULL /* Kegiatan Prioritas */,
    "sasaran_kegiatan" VARCHAR(255) /* Sasaran Kegiatan */,
    "lokasi" VARCHAR(200) NOT NULL /* Lokasi (Desa\/Kel) */,
    "volume" VARCHAR(40) NOT NULL /* Volume */,
    "satuan" VARCHAR(30) NOT NULL /* Satuan */,
    "pagu" VARCHAR(40) NOT NULL /* Pagu (Rp) */,
    "musrenbang_id" INT NOT NULL REFERENCES "musrenbang" ("id") ON DELETE CASCADE /* Musrenbang */,
    "perangkat_daerah_id" INT NOT NULL REFERENCES "instansi" ("id") ON DELETE RESTRICT /* Perangkat Daerah Penanggung Jawab */,
    "usulan_id" INT REFERENCES "usulan_musrenbang" ("id") ON DELETE RESTRICT /* Usulan Desa */
) /* Prioritas Kecamatan */;
ALTER TABLE "musrenbang" ADD "nomor_berita_acara" VARCHAR(100) /* Nomor Berita Acara */;
ALTER TABLE "musrenbang" ADD "pimpinan_sidang" VARCHAR(120) /* Pimpinan Sidang */;
ALTER TABLE "musrenbang" ADD "jumlah_pagu" VARCHAR(40) NOT NULL DEFAULT '0' /* Jumlah Pagu Prioritas (Rp) */;
ALTER TABLE "musrenbang" ADD "wakil_peserta" VARCHAR(255) /* Wakil Peserta */;
ALTER TABLE "musrenbang" ADD "tanggal_berita_acara" DATE /* Tanggal Berita Acara */;
ALTER TABLE "musrenbang" ADD "pagu_indikatif" VARCHAR(40) /* Pagu Indikatif Kecamatan (Rp) */;
ALTER TABLE "musrenbang" ADD "sisa_pagu" VARCHAR(40) /* Sisa Pagu (Rp) */;
ALTER TABLE "usulan_musrenbang" ADD "sumber_nomor" VARCHAR(60) /* Nomor Urut\/Halaman di Dokumen Sumber */;
ALTER TABLE "usulan_musrenbang" ADD "dokumen_sumber" VARCHAR(12) /* Dokumen Sumber */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "delegasi_musrenbang" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nama" VARCHAR(120) NOT NULL,
    "unsur" VARCHAR(120) NOT NULL,
    "kontak" VARCHAR(60),
    "musrenbang_id" INT NOT NULL REFERENCES "musrenbang" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "delegasi_musrenbang"."version" IS 'Versi';
COMMENT ON COLUMN "delegasi_musrenbang"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "delegasi_musrenbang"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "delegasi_musrenbang"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "delegasi_musrenbang"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "delegasi_musrenbang"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "delegasi_musrenbang"."nama" IS 'Nama';
COMMENT ON COLUMN "delegasi_musrenbang"."unsur" IS 'Unsur/Asal';
COMMENT ON COLUMN "delegasi_musrenbang"."kontak" IS 'Kontak';
COMMENT ON COLUMN "delegasi_musrenbang"."musrenbang_id" IS 'Musrenbang';
COMMENT ON TABLE "delegasi_musrenbang" IS 'Delegasi Musrenbang';
CREATE TABLE IF NOT EXISTS "prioritas_kecamatan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "urutan" SMALLINT NOT NULL,
    "prioritas_daerah" VARCHAR(255) NOT NULL,
    "sasaran_daerah" VARCHAR(255),
    "program" VARCHAR(255) NOT NULL,
    "kegiatan" VARCHAR(255) NOT NULL,
    "sasaran_kegiatan" VARCHAR(255),
    "lokasi" VARCHAR(200) NOT NULL,
    "volume" DECIMAL(14,2) NOT NULL,
    "satuan" VARCHAR(30) NOT NULL,
    "pagu" DECIMAL(18,2) NOT NULL,
    "musrenbang_id" INT NOT NULL REFERENCES "musrenbang" ("id") ON DELETE CASCADE,
    "perangkat_daerah_id" INT NOT NULL REFERENCES "instansi" ("id") ON DELETE RESTRICT,
    "usulan_id" INT REFERENCES "usulan_musrenbang" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "prioritas_kecamatan"."version" IS 'Versi';
COMMENT ON COLUMN "prioritas_kecamatan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "prioritas_kecamatan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "prioritas_kecamatan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "prioritas_kecamatan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "prioritas_kecamatan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "prioritas_kecamatan"."urutan" IS 'No. Urut Prioritas';
COMMENT ON COLUMN "prioritas_kecamatan"."prioritas_daerah" IS 'Prioritas Daerah';
COMMENT ON COLUMN "prioritas_kecamatan"."sasaran_daerah" IS 'Sasaran Daerah';
COMMENT ON COLUMN "prioritas_kecamatan"."program" IS 'Program';
COMMENT ON COLUMN "prioritas_kecamatan"."kegiatan" IS 'Kegiatan Prioritas';
COMMENT ON COLUMN "prioritas_kecamatan"."sasaran_kegiatan" IS 'Sasaran Kegiatan';
COMMENT ON COLUMN "prioritas_kecamatan"."lokasi" IS 'Lokasi (Desa/Kel)';
COMMENT ON COLUMN "prioritas_kecamatan"."volume" IS 'Volume';
COMMENT ON COLUMN "prioritas_kecamatan"."satuan" IS 'Satuan';
COMMENT ON COLUMN "prioritas_kecamatan"."pagu" IS 'Pagu (Rp)';
COMMENT ON COLUMN "prioritas_kecamatan"."musrenbang_id" IS 'Musrenbang';
COMMENT ON COLUMN "prioritas_kecamatan"."perangkat_daerah_id" IS 'Perangkat Daerah Penanggung Jawab';
COMMENT ON COLUMN "prioritas_kecamatan"."usulan_id" IS 'Usulan Desa';
COMMENT ON TABLE "prioritas_kecamatan" IS 'Prioritas Kecamatan';
ALTER TABLE "musrenbang" ADD "pimpinan_sidang" VARCHAR(120);
ALTER TABLE "musrenbang" ADD "pagu_indikatif" DECIMAL(18,2);
ALTER TABLE "musrenbang" ADD "sisa_pagu" DECIMAL(18,2);
ALTER TABLE "musrenbang" ADD "tanggal_berita_acara" DATE;
ALTER TABLE "musrenbang" ADD "wakil_peserta" VARCHAR(255);
ALTER TABLE "musrenbang" ADD "nomor_berita_acara" VARCHAR(100);
ALTER TABLE "musrenbang" ADD "jumlah_pagu" DECIMAL(18,2) NOT NULL DEFAULT '0';
ALTER TABLE "usulan_musrenbang" ADD "dokumen_sumber" VARCHAR(12);
ALTER TABLE "usulan_musrenbang" ADD "sumber_nomor" VARCHAR(60);
COMMENT ON COLUMN musrenbang."pimpinan_sidang" IS 'Pimpinan Sidang';
COMMENT ON COLUMN musrenbang."pagu_indikatif" IS 'Pagu Indikatif Kecamatan (Rp)';
COMMENT ON COLUMN musrenbang."sisa_pagu" IS 'Sisa Pagu (Rp)';
COMMENT ON COLUMN musrenbang."tanggal_berita_acara" IS 'Tanggal Berita Acara';
COMMENT ON COLUMN musrenbang."wakil_peserta" IS 'Wakil Peserta';
COMMENT ON COLUMN musrenbang."nomor_berita_acara" IS 'Nomor Berita Acara';
COMMENT ON COLUMN musrenbang."jumlah_pagu" IS 'Jumlah Pagu Prioritas (Rp)';
COMMENT ON COLUMN usulan_musrenbang."dokumen_sumber" IS 'Dokumen Sumber';
COMMENT ON COLUMN usulan_musrenbang."sumber_nomor" IS 'Nomor Urut/Halaman di Dokumen Sumber';
""",
}

DOWNGRADE = {
    'sqlite': """
ALTER TABLE "musrenbang" DROP COLUMN "nomor_berita_acara";
ALTER TABLE "musrenbang" DROP COLUMN "pimpinan_sidang";
ALTER TABLE "musrenbang" DROP COLUMN "jumlah_pagu";
ALTER TABLE "musrenbang" DROP COLUMN "wakil_peserta";
ALTER TABLE "musrenbang" DROP COLUMN "tanggal_berita_acara";
ALTER TABLE "musrenbang" DROP COLUMN "pagu_indikatif";
ALTER TABLE "musrenbang" DROP COLUMN "sisa_pagu";
ALTER TABLE "usulan_musrenbang" DROP COLUMN "sumber_nomor";
ALTER TABLE "usulan_musrenbang" DROP COLUMN "dokumen_sumber";
DROP TABLE IF EXISTS "delegasi_musrenbang";
DROP TABLE IF EXISTS "prioritas_kecamatan";
""",
    'postgres': """
ALTER TABLE "musrenbang" DROP COLUMN "pimpinan_sidang";
ALTER TABLE "musrenbang" DROP COLUMN "pagu_indikatif";
ALTER TABLE "musrenbang" DROP COLUMN "sisa_pagu";
ALTER TABLE "musrenbang" DROP COLUMN "tanggal_berita_acara";
ALTER TABLE "musrenbang" DROP COLUMN "wakil_peserta";
ALTER TABLE "musrenbang" DROP COLUMN "nomor_berita_acara";
ALTER TABLE "musrenbang" DROP COLUMN "jumlah_pagu";
ALTER TABLE "usulan_musrenbang" DROP COLUMN "dokumen_sumber";
ALTER TABLE "usulan_musrenbang" DROP COLUMN "sumber_nomor";
DROP TABLE IF EXISTS "delegasi_musrenbang";
DROP TABLE IF EXISTS "prioritas_kecamatan";
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
    "eJzsvQlz20iyLvpXKvTiREtxae2W3fKLFyFZ7m5Zssyw5Jlz7vAEp0iUSAgggMFitc6989"
    "9fZhVWYiGK4lJoV0S3JZGVhUTWnt+XWf9nZ+YazA72v9DQN/98oCOb7ZyT/7Pj0Bn+UvV1"
    "j+xQz8u+xA/CWHBnhgWtYAgfMJsXHQWhT8chfPlI7YDBRwYLxr7phabroMgDFiUv1JmQID"
    "LolBimxRxqk7guMqUWoVbA+JMMdwwVms4ERS8IfzAJp0yU/pNQ22fUeCGW4z4H+yQp4bOJ"
    "GYTMZwaxKfwkZkBmZhBARWQKH/dI4PJqHPZnOHCCkPrhm8gjAWNGQMwwIAZ7pJEdEt+cTO"
    "HPR9cn7AfzX4jvQv2uM4Y6qGNABfApoRNqOmQXa6TGzHR+CQgzsBqo+WVvH98kcsx/RWwY"
    "uhMGxXx4n3/8N3xsOgb7E941/tOzho8ms41Cq5gGVsA/H4YvHv/s2gl/4wXRSKPh2LWjmZ"
    "MV9l7CqeukpU0nxE8nzGE+2AOrD/0IW8eJbDtuzaTBhKZZEaFiTia2DXyA0kKB7LOd4fDu"
    "68Pw/tPDcLhTav9EIteu8Udj18G+A6oG/O0nqMKb46PTd6fvT85O30MRrmb6ybt/i0dnhh"
    "GC3Dx3Dzv/5t/TkIoS3MaZUdMuW7Trxyn1qw2bCszZFpSet21iyU0bVwyu+XFTY98Z/XNo"
    "M2cSTuHPs9MGY/7t4tvHPy6+7Z6d7mHdLgxwMfzv4m+O+Vdo78y+8bAeBuyJWmU7X4GpQn"
    "PGqm1dEp6zuRFL7ye/LNMCyQdZE2RT1iva4Cqez1LdW7QFTmJfHfsl7gYNbfFw/eXT/cPF"
    "lz7WPAuCf9n8mRcPn/CbY/7py9ynu2dz7ZZWQv5+/fAHwT/J//5694lb2g3Cic+fmJV7+N"
    "87qBONQncIM+2QGrkem3yaGPDfOJE9WrlRhx+M6Nh6pr4xLH3jHrt1ZctfzY5n859Qh054"
    "86FxUc14FfvmVq9u/PPGZc2DfuS0W876WJR4MI4mkUMrliyxXjzy1cZ9fDRx4WD7k33yy3"
    "1IH8k9swKT9JlNYUmEmr7Potkv++Qa1g4LOiZfYwI2xseRgL6Q56k5ng6ceFnCSvsspOQb"
    "VAD1TMwfDNcvMnpJVjC9+Ci4+MBPKrP2JOUVXnruQEXSTwaO7Prz/rDF+vP+sHb9wa+K68"
    "8Tc8yg2safnGjG7XyNOz/YypXsnQqvxuBrWmk+J1rKWvukjbVP6q19UrJ2gNPYstZOhZey"
    "dtx5121sMVHDgI7IfTQa0ckyhj9tY/jTesOfcsNLrK9ZC8Gaxk9AoF65nS5j4d9ucCHhr1"
    "xujtzy2U8rU2g4SEw+/066YPJptvHKLBYFzH+lrb5DFX8xC617x5brWjV7t2Lnq9/FTak1"
    "TB0Ji3dyX+b9D+eE7wPJn4Qf/eAnjeepwhbvq8NIaI4tZpAxs+1kryccFGC0qRmITeAMtm"
    "+GKz6gYkcH//E/uc51O7V/7PjxjjVzs6Ai/623cD+x/2BNU4RCHgRau6WoNjB9zS5iU/a9"
    "qJhC2pj3qM3O4ah+53BU2rLhpDKUmhpyEovnh24sc6uYJUrbsaKNywb+zfWZOXFu2EtpX1"
    "y/5eqmfeu2EfCxT5/TtSrfteD14aVZKEb7xf3Hi6tPO//ejguJ798qtiHJvq7JhZR5hNp4"
    "kURp4lGnPP3uXOBOJIDNwvPUJbY7CYjp7JMLh3zFHUro+uSKBZTAT0pumEdtKj6AncXIjR"
    "yDhC5sNRgx8MNd7E030CX2+Xew1Rji5xqlUHGXgWcQ/rvEOpiXUd9hVO04bbMkvm2zJL6t"
    "XxLflpZEdLPx+i3qybrn8nKb24Hs7Cxj9dtMVel9yHGrjchxw07kuGR3aoXmY8VJ24WZij"
    "p1u71YZs7YIxBal7WTbi+134vVbL1WVtn18uvX2wLgc3n9MGff718uP4HhudmhkCnWz2SG"
    "yfmBaBA8u7AwTmkwlenkJUGl99l/gJLkBqZVck8dY6kt9/Hbty26OpSq7er8u6L5Z1EQDs"
    "dT6kzYMLGoZM+vq0LtgfB3+mSOyO/UCU3pdtnMyLAp2BV2V6ZTbpBmuLoouQKsekM+7VtU"
    "mTyAJtbU9F/dFiph04l9SuB0vsUfqWkzY0jDkM28sMLXW7t/rZDc3JH4ULKZf6cTapPbpH"
    "9ualebG1kuukeHEYz9CpfZgrE1J9ud0QXjyoqcsQkz3cyjr5/qOje8xj7DRoBRItvoRclO"
    "kX9GkVD6p2P9FMhfLKByvsWcxFIT6YbGNLpVtjOHanetdteu3b6vddd+g4nj2/XHh53SbL"
    "ACsyZjr2szQVuj5qbAGqNuxwl+ERlm+MkJ/ZedCld47ttek0OcYjk8JLXyiNc7YBd7qP+R"
    "Qa0j6psB2vS/pdzWl+bkZ/Fc/3p8fHLy7vjw5Oz929N3796+P0zn1PJXTZPr5fXvOL8Wdh"
    "yL/dvP1Aoj2d1hKrSZjeEqnN1/T1T+qbeFeVCstdsxJ7Muj+MqWlgtJKOeO7GYjvmX5lG0"
    "gi8a0IsyeLFhItCmnBfq8IDSRbxk49pFOi+i8nHyEvXcznkyYNDA0axs1M/3X++qrZoTmV"
    "95zXFI/i+xzUAh495n6r7K74YGKSywSWfd/XLxn/P9+OPt18v5lRMruCyZn0e/ypk/FemG"
    "+VN11TO/xWx35rkVgYn183ZeZk1T9yo2IjexmmTXhB/+ASIUzN5bZi4/OW4TJ3JcHydyPD"
    "+XW3Cm9akzoRUYW5Pl81IqL5s3BU3l94HtNoJNO0HZCJF1eg7uQ9dnxm9mdRxm7ttek+dg"
    "xHyLwmouNnyLyXRIyH+EWn8JyOglZEGP4IMNjIkMp8z0yf0fF2+O356dc55+AN+RYEwdEn"
    "m2Sw0oGD6bY4bkOeTM+e7z/nxbrukRryDfBVMKj5MZU5mEwhyx2IzEXG6zv6q9aAM/z4r8"
    "qrmsyYOUySjtlv/O1SS7IzOkbVePDfqUch68qqPupelQ/6XGhVd5vuUDWSH7XwcmEVPfq7"
    "dQl/GuKN1CQQ+/vL67+PZf6R4q9RPdfr37/bJiF3X5Xw+fLko5HgLYY1T1/0XpHTK5ToG7"
    "mdo/nR9PkS3FH3BivjVHUSUtP/uycUMBa6I5tNNyCzcUWC1J651j5js8BJTaZOrapkFfeo"
    "SScRTysRsg2Zaz8vnTiEGhG0975NkMp3xnYLCxiYGMmLJh7M5YQB59d6aZ+Aoy8X9Ac8Yh"
    "py0tm5PY3EJ/JDmn/Q2V3I4HStODfqb1o6rlRy8yJ5ailMpeANHMxLVZS/fXuuGgyDOWHG"
    "pFyU4NtWjU1vvY0aFWQcIsJ7GI209uqBWl1B5q2MwKDTXB21lmqBUlu8NzvjKn1Itef0pV"
    "fGiVl7GQOpMJrWG012G/qUhTA69mHl1NRslU4Vc1LjZYRbSlzKS02iRoawcASP2xsVWgZa"
    "up6ahhbjoqT05dS4q2w81H7mjAz9g7ko2xdIK01bNEDBpQX6a3pwJKr76oJAZxs5C2d4yt"
    "J8pSEQfVtfPo+jPosEi7Drmnv8JTVVGq1+SyMpPyQ68gsNB3lT6IGDAlFZ5WcGTdsWcSP0"
    "RkpkKvlc8mkUhxBr+OmfmDGdxBRaAqNwoD02DEo374QnZv3+3tk79jbm30ZT3TgGBoKpR3"
    "nYFjikyl46lpG3GGbugzLzwsCqqyGE9X8YE8RTMbM4JjmgpMfIpCj6YfhAQXRUJ99Jj5mR"
    "qmzm6qXWXaVaZdZd08v2tXmXaVqTHUtKtMu8o2P9S0q+yncZV1zvGQnps25nM4anMOPqo/"
    "Bh+Vcg057syV8jmkAipPY3eJkvIpVNvlUG1KoloR/aO2D3hFwUBrcwI/RUYkFT2VCijtBv"
    "6caKlE0jF8vkWDKqLeretMHtifdSkk8oIqTwrf8oq+bmn99J8PhVW1FG5SoEomxedjUOZ7"
    "OTq2htWJEO5n1LZrXSNzoupmmboyA+7Qs4RHb5cnlZVyl5wcvztLPSX4R5OT5P7Lxe1t2V"
    "MST65DL/MvLjE3z4u/cp7eWMwmV77gW+0zP4xxs1VP3UE0GzFfLjCzIKM0/f2ea7o5d19D"
    "WpogVaVoZekMKqKE2NN20MxtE6kUOpl0KpVCuoL6OUTmGpjcgCycKxRpg1Sng1p8SK5B1n"
    "pJTKUxKyC2OqM35mxPJIZmQaRNAvd5OKsEsT1MaYjIWVo1gmwpnFfEzPIZ28VFs89T5iDM"
    "9ktA/mlkS+3QYv/Uqds1CqZRMI2CddM1r1EwjYKpMdQ0CnauUTCNgmkU7GcljK/LC7UO79"
    "PPk0mG7I6pT0nudLpUMp+1IAubT/S9se3A1jJ9Z1xfuXP5nJjS1l3a5bRmV2vB7fNqb2sV"
    "x7vrDdDWCTvfHauvddxemnD15pG2llU1Tzi/l9sJKXVgO0N3Kl2yhRK9ZmdsUnZoJIVbuG"
    "ETIZI8YS5dh8+gtYOQQOfEoAIaxzOQSzpB3218efc9Cw1Kbugo8qAHOeQ2mtEnWIzJ7u3Z"
    "Xk84cUO8ZdFOK3QfBw6K9tmM+ajDNJPnd3XiRUEvZATPDAjPYE1GTOT8ODokz65vgY6g0k"
    "tA6CPUzfVIKt+FPwaO+/hojjHnmPvskID5PzCHmM1+MBvaws1HazyafzKeW6wH5Zi4j9w1"
    "Ip6wLDUIvEhgmZ6Hz+X1xxlMgsQKWQCbCNr4wENChEaOi77s4Jn5adozh+cz+8F8I6q9y1"
    "x7pLVHWnuktUda6bO89khrj7QaQ017pLVHevNDTXukfxqP9IZDBDY1c/IYAXIfgSokOxMu"
    "M7p00ICCQQNQ1biSlLeQzT6uJvSq1Xu/CT0rXRhq8NnD6CmizjC5m0kOg6kUVnmBfuAKk3"
    "5BYSXgF+5NGjZcolbdAnNi3WC3X3LPmcRFanJzSsL8N0zomNG0AgBYHDWQl+2GUROw9iqn"
    "+crjBEIaRksHf2bSG4z+vDJD5ptx2IQMmz1VVn6f0Wqb0bDLmJ8bbDrzzMrLCfDKjaC6J+"
    "eFunDJ0G1OX/VuGTLjeAtZILcgpTSO22d8b012Y/yEAydyUV/rg3KzYJe/XtzMawzfHsIt"
    "dETlwEYXmkpAiRxkrQEc50r1FoGOojwHHdOoy3bIo5Dk2/bqCJCLOLVZYImEaBYb0xmUdj"
    "I4En7i72YYkMfIfjTtGXNCsnv7fu/DnIjPxq5vBFh04ITQvahFbOo8ReE+EesQC3jKNEo8"
    "34WpitoaldOo3LJzlEbl1IYKNCp3rlE5jcppVE6jchqV06hch4bWzx0nsg6PIxzjoOtIpZ"
    "XKiSiNDfUzPZVAIHhuvpSh29baRSmlDc7z+UlAcRu4xUEc9ofisF82ezMIWhJWeRF+EG6N"
    "21RZBaHQGPsJYJEN6FKwUU60W6jRfaa4Bo00aKRBo1WARjqkcu3QkI40awcAqRpp9jeYZx"
    "9NiwZmYwawqmK9JvjnRyogm/8rexQpZo7Owz/Xuft1qICCgmg0M8OgxwEf8fixKCBiqjK8"
    "R2QBC13yPOU338zfsbN7++vePkFfU+Een0c3ArG/Uds0MDwrSzC2m4BCOnuYRoU0KqRRoW"
    "66qjUqpFEhNYaaRoXONSqkUSGNCmlUSE1UqCG3T/3UVBBSGqioPXduDRuagjI1INxiF24q"
    "rPJy8AcqSbLD/1JO3LM2Ttz5iSfnxD2bt/sYDpWhfHhcTkxlm3/M1FQXDdLXj6wt8aP2j6"
    "/eN1K8UEDSulWyS9l5YxvI/EVFGpBQoD+vDpCo79UrsK9EHJDCfbm1sasGtlI40McorAR+"
    "+Oe9JqRnnJRYiOwkdTXkEcTKODqDII7Bxib64YMex29wTx7ZJr/oJUlNaMD/HsM7ijByi0"
    "tj9sA0ESe5vLkjx6cHx4dH78huglbvnQtACHpQL04OSAPXEb8jfc01UiXE5lJ8BSdMOIQG"
    "A8eI/DjVH3+m+Dbe9Aktdvm/IZ1GGMdks0fxfndvjnvwzxH804Ne5oWEYtgRCULXjS+m4f"
    "kDE5sgMvXsm2HInL1UPdiwjEQ6Y4zjxurhryAChTiuxaEuLwqjgBvniY5oSF4w5SKY6ZmB"
    "PpP9gfMtsjGoCQQCN/LH8Lvp5LIbZrkNNaalMa1lVzqNaantaNeY1rnGtDSmpTEtjWlpTE"
    "tjWh0aWuVljAeCLAsRpMIbJHk/iMPRjmQDiyiSqrNkmyF20maIndQPsZPSEKN29XXw9fNZ"
    "JqE0CnbB1Vza0mvBwcwRNeh0OKVP5tDL7uMuWv7ShQmYOjUnzOoa5lpiBFWsqynSTyTa4r"
    "sTRha55rqTP0D3ld1Gfvn1621hiru8ngdnvn+5/PRt94i3ExQyhceqfIQCcwbUNp0aH+H9"
    "jNp27fm0JKyy37ufKkss9kbqwHpy/O4sPaviH03H1PsvF7e3ZUPPIlsuPCoV6Ah14Uui78"
    "pjoeRDy1YXUrYp660xlsyGKQfmTr/Cgs3DuyCo8tC+BUXJLmoql3ttFeM6MAM6dI5lbZsT"
    "U9my96Am302QeOeH3vAt2fhoORsfddHGR1uy8XIm7qCFN25firNpiMHOOKsmAJzE8aNCWm"
    "W3ygXXGGOkcXJW6kCSh+OGAo5b9gxeU5XKDdPPg5EXAoy8jcHIpZqozen8uP50flw6nadI"
    "6LKtUqhA5ba4STHffh7zvUwwXzXaIwHxy83REBWfF+pCVPxvCVPhEg/pjkHJQ3pRsnpR8h"
    "6b0GcqmVm5KKQ0F7AvVJVapdfFTvMyXV5JoMq9VRft3JY5VexnSlGmkvetTJacmqIpQ3JW"
    "qEVS5Erj7lyQuJrkptEsq/Huxf0dJkF23HAvZQaNqc8YT5DMROLkq+836Zc+ZsI2mB8gIc"
    "rYHzhfYEWHGv0nihHveFFpEEJHNc6RswSfjN0ZLDrMEFe/Pnx5IB/7d/eCx4RVkN0Z1DDk"
    "NQw9alC8KNVFYYf9YP7AmbigBnR1m+2Te81D0jwkzUPSPKS/IDlC85A0D0mNoaZ5SOeah6"
    "R5SJqHtLZ7UE2v3MZ3plfdvHHplQymdey0d+6u+8sMoaP3bUKR39eHIr+fH0JOJdel4XrZ"
    "amaLWhyju9YUljnztvJMHjW4Jo/KvskJs6kPuntydK45MZXXhd9RVXKVqLp98pyw3Qj+tW"
    "IXtZzV85LqG/4yp62s7U/b2P603van5dzXbObRcGjTaZU7vuHS2Tk5le3+wHUlt4muslY/"
    "a2P1s3qrn9VdWF1n9sUJDersriobKcllINEGcpwkkQHfQnDYXBrmK1Wi9LIpONA3mbbS62"
    "eb1bN+7Zzv1B1MMd6/u9+RtLpK2cXDWTgce06FzRtmkJxMR/KgxIjCOqYNtMYSBuyc/dZp"
    "PpjarbojfYMJM7EOmTFTetWmnLi2y0k/nudZy06ipUpU3pb9HitL+v3+zVK74Tab4fq9cN"
    "Vsak1Gsh05FulOJ/4dI0cumW9Rm5IHUMpa154MCUhyx+iciNp7r0xPJa4wEjvXRoO33f5u"
    "pQl2+ngqDqgjfduL2AW/oj1WT29jAbOr4PB2rZBJqzx5f0q1lD5NtzlM15+lq2bt2n7fPH"
    "PX93SFZ2+pni4b1xOaU9g8LDFvV4iq3HtvhbqvmTbWMo3PmXFoR3bVibq+W9dW0I0Ofovq"
    "kqVa51VdHX7OymZeFMxWWYXKYSufo5lNp2DX2XI2XmH0isccwzQwF96y62SxBpVnm36qqe"
    "R2uzjjtAET67HEEpSY2W8oiypWiKpsf8QXyT2zXOj8B58jPwnkUGLKz9myZrZfFDJflld5"
    "DuIBc+Q2UXWjkw68W4Wfqt10k8iq3NG/g47kBnnWS7lTVg4ujtDJEAyDCn9WQ6BPQaoLkT"
    "7clxKQ+5ZOrI2H9ginpWRoT0FI5Qkl9skeJO5EqVllbSE+dU5x+RCfrKYu27t1qE+h30mH"
    "+uSI1JUB0Zex1G8335jNb3Sst3wSYqyIy3ElkVX/Xmcs1AVi/HgPcEUwVPpdrykaiuZLLQ"
    "yHytdZiId6wBTJdBJhOJTrYEiTxRyT5z7Ge9opfs7vCiUWm5giTuqqf7G3j/FKsLbQwOwR"
    "zEQgUiND63uYZ9lnAwyMMn8ksU6YGjqVIL77HGTXgH4AOVYZw6QvCNVBTEtPHDqISe3ICh"
    "3ElGs/HcSkg5h0EJMOYtJBTGVJHcSk2NAqL2P84hZZf2wqpHQ6FOGFrTtArd0Ra8HRb5ic"
    "ymQmrpKg0iyhG9CWfMtpu31uSuRX36HYsFb4NdcmqmXr7377CxI3kRKOTqKylb+4Tuz4q3"
    "C4CoH5dYGNTZhv9q/ET4UM3kcHy+43r2WG1CZ8/tPHa5gndo/e947n8kvnYYeigVO/i5SV"
    "C1LbMfXO4Y6kpb+lLqbtmRu9YVKWTgRebeRNpvTcon2FkxGz0QesYn7uM3/MapOmloQ7Y/"
    "XYt7r7H6uz+68yZo9Gw8QHLAeQVUgqveO7j0bkJtZXCYgsb8BV4GS+O/HpLP+KnbV8W7Cs"
    "og++AjFL18YhIhmvw87SJSt/xFCkPZINueTxZyuQ2mVkRTc0+D6LZjsVqFr+614TsDaCgk"
    "NkVURJ0YXoGtZNoHKS1F6A2L5yWG3MoDymF0SUzaMvM1iikhyEI+YYFE4VlHiw02Z2hKbu"
    "JYn9CrWDIUV8cI847gyqA3VDszdwxNmjR/DYl6J4PayQ+bCQwcLh+sXqkyyG+ML8UljqhB"
    "HmGoSXdBH/c51JQEKX7CJlI4wcis+BUhZUS58o/+E8UX9vnyCMGFDbcHneQ8xVSLCbG6Ck"
    "n+ZAHMOPfYtFImPzyHWtNCMiv9TVFUkQUe+BE7+86xtQF9opDouOtXbwMzCh/0J2TUOkSY"
    "R3FJ+Mp1AYHg7PpoYBv8SVeTQIycz9AY9DFV8GDgxOqF5ojm5qmDf3yQWUccIpGdtuAMKj"
    "F0LJQxRGnmgKGPL4lrY7tpjxAb6D94L2xc6An1N4/2ehiEYvNXq57Gyt0Uu1IRWNXp5r9F"
    "Kjlxq91OilRi81etmhoVWFXvKzRXU712GXqUi38kq93ndYDhF03CE/hsrMTHkZpdGyO37M"
    "vkx03X5GNI1LbgaX3DLyvqlrkNQD3tEhVW3vxbFniewG83FcUseSxSm5I6kf+9yWsfrqM6"
    "RlnkIp8LIo1hWcuJ+5RbcHZOa8sbImz8t1yOaJ2hs2eglaq8d41olQzONuFShFBTTXcCGS"
    "KFyABlvcjCSkiAHNUIe1JYV6WdQP+vHzUUDz1yf9EsAq4jzRg6v+BdkNmu8m2tsfOAPnnz"
    "b7wex/pkAEdLfIIrtY6gCUNifO/swgg+jwkL57wJcO9sjIDafk0bVt91kEFnElcA3bfbd/"
    "eAT/CR98bJsPAyf+eP8Yv6OFFzDDDyT/9f7hIS9TflEaCogBnvaC0U0kDm4aOFPmg5FzkE"
    "dv7n1mURAS9qcJ/8bWCKDNyQujvsBNRDHQ2mJeSGjAY6Xwlc4HDoXHjKfkcP/okIypgzdK"
    "Ce9ZDDPwvsD1I56LQwZRDJBn9iPZHeyMX8a2OSaPFvHZIygKK2Yw2KmNqvpHRsnE5+/8tw"
    "YqNFChgQoNVCjt4tFAhQYq1BhqGqjQQMXmh5oGKn4ioOKvHWYltS1cVXSVrGtXeT/6Tazk"
    "9j25+g6udYMU3IWyrLM8FVZ5vb1NlJTPQdgqBWFDBsJKRIi7a6ThoFRKZVNzLOg60XT708"
    "f2IgM3liBs44GBEr7wnH/PwbSZoVtxAZdMqMN1Us2N6SSpFxWZ1GOH98Fqok/WGuhQDhip"
    "ABIqo0rqoYQsoEUur1gWb1mbYexrLt5h977/eU/47WkapLBPRpGNScNit3mSRCzyMPgAne"
    "GCjp9zu3/gdH9MMoYCTZnIYpgiTWuWJh3TqcW0z1v7vLXPu5uOOO3z1j5vNYaa9nlrn/fm"
    "h5r2ef9EPm9Nzn8NOZ8frmQxg1RI5XT2l4mSm70ZQ9PvN+LZdkybymWsSiU6kxjsDjXeIg"
    "P5Lx64sy/Cdg7u+5+X6darD91Jsk8FsOmrnpZbJa/Ki3fF1Z2krwr2DWwWdPhdO+bWslnV"
    "dPumu3ZqOr2a9+y0D1drMOxa7thJHMxyOcTmpJSmMiyZNWnNScTyjv25Ti+bQOyvn6mqN5"
    "c+bK77SacOWycexFMTYUDZTgUOlH3Za8J/Qiw2TILnFuM+WTqkEt6DIQ2YOQkbI75URuA3"
    "MRQzl87qeWryCAYz4ImVsOsZASa3inM5cReJiJygoahp4MzoCxkxkdypl6R76vHUTgZxo1"
    "AEd2DMSnzcJ7u5/F/74ykbW0M/grmeg0X0MWT+8NmHVWMPEzrNYC6nFhs4j24EX4skUWaQ"
    "JHpKckKleZ5QPcSaPOYIDffJFT4XTZC+mc/w+yCOh4FCGChCwMoCxKKRARrb7oRYjHmBCA"
    "1J7AhvjmUYKINpr+h4GtvUFPV52FrmmCU2Dn1Gg8hn/i8B4Xm2Bs6ugMEm8GqMJwLDFgQF"
    "LBrAO+OXt3Tmmb7AzGAbMsOkZBPfJO/eHRwfHh+SZ2gzDEARRsGUYOzPUKNoGkVbdprXKJ"
    "rarn2Nop1rFE2jaBpF0yiaRtE0itahofXzRY5s74KeLeBrm7LsdgC2nwnwJfWOlFVgvxZM"
    "0j5Nrp5uHbBQkFJ5Rb0paLo12FKR/DKXzDdDejGGafBv1DYNvLunKhN+RbFeY0Z8LjCkKD"
    "H8kRdZnBmfixL+MJI8jXwPqiYW7jm8YR61KbliAUXflRDnTxYOQPF4TBiPLitDFIt4feQx"
    "zq7Ply2C2U7AUmT39rg3cDLaN3mKZjadDoXQ0DCTNyJjN8IMKuWK4xQwPGeL+G1Kf/B08g"
    "GmgIl1glcWuV9Eepo4x3zsnUQqO1Q80/4y7S9bdpnR/jK1D/HaX6b9ZYv2HNpfpv1l2l+m"
    "/WXaX6bS0Krxlw3jM8RSfrO8sNJeHuE/+5Zpq709HaL381vgZOb/VEBx8i7Pup9zHyyzBB"
    "wdtkuT3ZQnu7QKWNxFMUQXgZxXrSCmtPVzXpilzN4qFchRQy6Qo3IykDq3jcSpvamKzU3R"
    "h5KN8ZlrHTvNyFVB6y2c7GlYfQ3tretMHtifNabPiam85fyYqfm6/c6n/3wobHVKzOl0u3"
    "P79e73pPg8nXp++xlQOdZ0TkLpLYjERLNeknT1pC5NkE7ep3PmbcuHznUspbjQSLudwNz4"
    "JQpg+z2i/FVLCEhFqV4TAGLE5YezosBC+CN5ECk+qYB6XBBRfcgENTgtmeXWJwFzjCCGEA"
    "j0xmiGDF0oY9GQXFH4dZqmz8kqGDgWHUUe1OyQ3Tyj9/3ZwfHh0TtB+xWW5dl1eNL6IIjY"
    "L0GP/D9Hb3WOHI1WaLRCoxXddKFqtEKjFWoMNY1WaLRi80NNoxU/DVqh82yv2/sYOUEk5W"
    "ZPBZS28XfU8uAiaItNbMDSluuEVDLBdiKh8vpwk2q5/TwkmY9Azp9YklPaq1jvdNmKb7Ho"
    "PHqlh7H4bh01eFtvY6nbFXyOHy/uP15cfdqWy7HZ1djWxSjrWWx0KFb5EM/JFF6HMOrbPF"
    "8B5zLfcc40uv2+3fSvkOcsPv5fR5UOQ34HpkhXUORYj90ZplLANAq8Nl6LGWJ6AnzqPrkO"
    "yZj6vhnztvO3hmLOfhInmDcfUSF8Qsy2/pCwtXkpnsMgiGYivUNA+r7pIkAc3CT17Ynk32"
    "ZAhUR8U2ieia19mtqnueycqH2aajtatE9T+zQX7aa1T1P7NLVPU/s0tU9TpaGlGdiagd1R"
    "BnbIZl7VfFS/AGQSSjuHH1I15a8CbHcXYNNlgHUEYKiJ+WHFjLCI9psTVDmrfUz37Wfabv"
    "7w6LhhBI1ZtnEzyTcnpvKu5k6oeSAfXbBpxi/6sIapb6zcHAuuwiyKdiVTOL8U8zp1CKa+"
    "vS3myc85IaUaYU5uO/cS7BzuLDkFYUOkPtYtmj/150oZvyDVlc5/jxdYbuFa2FJI2TCf9U"
    "Vmc1MtrfZ6oGysWbzRXtAYCzfqi5pDdte+oYZJkmStdKGu2MF75swzHbxYwzQq4dn63l4h"
    "qnJX78fqkvtUXSVIH8/UMu36rX29/UuCKlv/76is5M5+6xnLis63SWXEpcwl4NXBN4oceV"
    "fFYChOL8kW6nWGK6Pdf0XDrZOqUWHBCspGtZ3rqRtp8w6tgsBCDke2tS48qXR7um066c0O"
    "V/QxpD757kd4IkpuqycVVWHyPIMGULgUKrb7QEfMJg9vrvZPB05cc931DzH3A2/XMODYTF"
    "L19noECjBm4PUU/JqPjHaym+bhGzixFxaKu/zVqW2/ELxfw4lvgneSPHsYVbg/ABHMBBiJ"
    "VzTLjBFQ0uoR0aPJsxlO+e0g+eefEyqsNjF/wGMoFyHURiTqZeBwJgxqECBJJQmcc5EJEv"
    "BLROAlnx18pw9JReJqEf6xEOTXbth0zLAKvBojfpRjIH3FDRjYP3xm/EYQqDDysKrkNhJe"
    "pc3oD4ZXapAJ9cguqB7NoM32xNUfMc2FPwaPA3jlCd6+gUkHBQUne90Si+YDYf+KYOMExq"
    "NIgGGGZr1o1suyy4FmvagNxWvWy7lmvWjWi2a9aNaLZr1o1kuHhlZ5GROnnnIzN9NdMiml"
    "eS54IzOeXLPjqtQucRVkl+ywbvCzsJSvt0JWaQJH5hW4ShVW4m73AP0SmIJNug3KkiqvJP"
    "dCW9XM7/nuxKczub6fiije5VM9lTC1FXvoZGydl1Ha2GX3ozJ2T+aJZexfJduFWeYmp68S"
    "jWC7ViVcVG/6TELpjn/L1SS7mFjv4IbZLYkaGyBJ/kBTsopjgiC61HgVU6HtMJSWaIG/pS"
    "qvhh9zKkNHomEkO6MkEkp36/tUTdm+fNKmK5/U9+STkpGl6V7bJdkty3PcHstL54DYBCDh"
    "JdhrfGKRs3WNtNIWL6HNfeYgjytyJuQzfaaj7TREnPRbyvwFGZVjBpLc4KqkUdapTtac6q"
    "RpilmByUUJsRFXxOArmlbatkPNzFuT7Lo80aygEcSglur9qk43ba1emHCVSixeaowK4lhV"
    "g9XTxuJ3lU38E9u+Mf9Pdm0p5ZyqNMtPnqHFnJD5zMBcQLdHvfRiVfHB8R7m7AkI9NEwEp"
    "yoYOBcmVizBVUPouOjX49zl1GQGwpPyj4PmEeRikQO4I/QtanFeVaOK2hW5Jm+fCDPU5fz"
    "mjhDygx7CXuKEZ+NXd+AF0o4UIU7Vn1GEsrXHCdN05w0zWnZRUnTnNTmXmia07mmOWmak6"
    "Y5aZqTpjlpmlOHhlZ5GdPJfTbEdxpJR7SOXhfIuimzXi4fwLqeS0F/Ap7HMtZeJ7tDxtg5"
    "EZUX5ftMTSUs/RencCxlZ83b0LwNpfqyUrwN5lumT6kzHJn0pWJv10ThKMt2pmP3E93JJe"
    "q+RWKHCAYYNmQdaBNMUJRXeocdB8NvL6gADiTUq55XPjnRrIT3zZ9mhPDmppjsQmC5c4zQ"
    "U36/3Wq73bDbLk3kHJVa1uCZ9CYtnkBnsma/T7WV36e02qY07FJKDpoU7hsmXqO2K2mFqM"
    "rb8BywqY5/LEnmlahW7SWr85mUZbuVBOxvOc1XnQBsDKdbXPPqLduc+LRKXuXu/VHouzqb"
    "riX7qeFacFZwhgHPi7LsdF+uReWWuRLakvtUW/n8bK3SszVkZystt1yXIU/sKHV6mpNT2e"
    "4iByTuJA/+oDadYTYik7y+NVZ/dx8SeuRorDkJpffxm6Wv5m3qesbQS/mEwyfkE8rZuKEG"
    "lYnDX/tXW+RnNzCIjbgvvJJDmXSpzvXwtozJ3NhuwU2t6qUrsLIEXVj5ft3W8A0DXini6m"
    "fmmMEtfYHvK7MdFr7vNRFWn7Dk0M4VXUhW5ZWTXO1zRNWA+T/McZrcME3yx7P68SsesWMZ"
    "1Cceix98zkseneKdk57rMGg2FP/+nRy/PTg+PPyV9GkAx4Xjo4ETk0Rd32A+p5/yavEjNE"
    "JAajMf9i/u3ny7JEdYIzxqt88MF7cE90KbgdNP1Nk7J4H5Z1JT8j5gO5NfObnrMT94oT6+"
    "1Ae8lzJksx6ZMYuCYWZgMQNq9Xw3YEaEl11yzvnAeaZWGGXv/IFwf+hBSH3M7QfljcjKfy"
    "06Iv6Ov06oEVGnR0RUMD5hRoPIim/HHDgwuKdhcoem6DjwziExYQgbTJjs8RHeo0cG2LGi"
    "R2jkCFttsEN2RU7JaQQ7ow/iETR+CwFd0d4AbOQcwCtH0C8C00af3AdiQXvBmIBncM2tAI"
    "p+EOo+g6QDjw+Z71A7ufMzX+yJzjBt8cDJvXT8GfQa3K7Fb2qxgNlxJ8qVZXAyi/A0b5kw"
    "PT3RrO49nnDy71Pmp5kckdJ0XugZv0BfAU2Rj7w7DUMvOD848N197OsjYx964gF0bNwphg"
    "enx6dn707Ofj07wF7Cu82buNu8yXrNB159+OySie9GXpAkoTT9pLeiGuipEoTs/pcbcnp2"
    "AD/2D4+gU2LvFv081cfDP/dN44A5Bxi9AC1G+W8zlvywWPTGcd+cnr3xZtabw6M3WNEbTq"
    "fgv+71yPPUHE/ja1PjPJOJEYTOyATBDJb0xY14J8oSjvZdH07JPcwt7VL/ySW7g52LwGMW"
    "TsUvUAs1sVRihMEO9JRciQmzXZsWS5yT9PV45ftBXLdFR/sTF18XL9OxwU5vjg4OD98eTM"
    "Xu/c2JuArWfRw4mYY3PmqQmszCPxdXefTu5N3hr2fv3h7GuTlD9mdYnHSS1jg+wkHF7Efe"
    "kTBf56MbOUZCVw9CFyn3Y9czGQwJHH82zAlJktMAZiUU8EPGYPzaUHT0QviAGzh8xInni2"
    "mCiFkCZC3m4eglz65vYR816EsgLsv12QTnHB868IhiIhghMwalQv7MGbQ5/Bg4fIbBSvzI"
    "M+n0Q5YSNT/TIvWeT1d81FyQuKHmZm/HJTY0FohOoN+AmClskaQ/HUHPmVGYavBDUMh8JL"
    "vfGEwQmHM2MHHg+AELo6cI4RR42Qif8TvMkZjatX/5O7wXz71qkOsvlwQMDI/q98nRGR8a"
    "vOEx9ann2SaUEdEPMM4mU3IPAr9Dv+NPDot674lBn9iM+DAECL+KGJcLnB1gQL6IUARxz3"
    "Bo2jYJpu5zEr1AKHHYM8E7jMVtw0ahujSL63jqYopYqBJeXHwfr5L74ykbW0OYcV1/6Ec2"
    "C/Z0UIMOalj2kKKDGtRmWuughvP58AQd1KCDGtbRBjqoIdd+OqhBBzXooIbVBjXAT7mb0u"
    "Lyq6GhrGO3vXMHKtb571qBka0G1FHDiDoqDykLrDJx/RpW8mJEOC+/QQrQneu8gYOt+T+m"
    "I08DusnpLN8IrdqgoQkqSJ6JV1OWKjEnqvJa0i+qqh5BInEcS7dBTk7lBriP/eVfiv7yfk"
    "599RpFOOeG3NE2hPmoYppq5t9WVqA0cP9Z+CP/zn2LqfeW7KLyxEJ/e9sEmasMfJNln2+Z"
    "cy5/TS8nmh88ICi0Rbq5QKNk9j2ZhMqTT1+gbGl3Vmb7k4F9wxTsk1+Fq+tQukEykLOfgZ"
    "z3Kcj5RYCcaq4KHMQZcgxHtq3mRFVuoiuODf+RqKpeMwiEephi1bJtUSWvcoPcZ/h8P8Xn"
    "SQrP/5bA82q2VkYZGKZ4vWyL1dWhcqvdZFSJfl5n9Vooo28ME/rGEktRVRUqt08/I61c51"
    "RWr3kEkWb5wVMlr3LDfBbEIcUHTUxcGnr5raVUs1RVoHS7xFQtyc30thomYZQt2y55+S40"
    "y02eQXeTY9Ap3l4Jq28Ys/pk26tKXuX2+pSwGG9iFqPiEx2ndpUb5dJ1bUad6jZJZeYaYg"
    "RC63K9JEiJRFNcCNaaAZvnZ+pbIlzIdi0Wvt4Nc/n1622hLS6v5439/cvlp2+7R3NOmpqo"
    "inriedZUCUutorViyd9uvkFvC6sZTDGZfI7LppCLUgrDqosBKB4lrYqTvIyx7q3ZNxZ4Lr"
    "zoX89S6wxpmO9lFVENFR2xPrAh6ftysQ3JI2rDG746yCWFtgpSqmn/4uHTHabktvYJXoYp"
    "nuzjlG4GRLQs8aDOF0ZFxEIQTSYMGdeCkMtJvEl8AIgYzDd/IMXVd2e8QPwKvwRFkvBunh"
    "q894HQVDPBYb2CGcQ3Z5QzV69MDhAFxKPITeb0ZPcH842I1VFR/yGS8uG3jjvMXmvnvzVJ"
    "VZNUNUm1JNkp5pwmqZ5rkqomqWqSqiapapKqJql2aGiVl7F0ny5DSUqFlKYhPSRabpRoVD"
    "zvtN9pl+SUti2eVr8V1N383jvOYVY9RdV13FTkldnONteJU41XneXMMStoWnemVdM/zeUp"
    "Whvrldc3pM9m7tRdjp511oadNT9b58hZZ/MLKVL6h16mkUwoQF5ObatjUMBrzN4qM+VRQ2"
    "rKo3Juyk7mBBVOtx1J+y+fEnT1qVi5Q1JwlWXm5TmxbmSivOQZFP6eKL3q6TlJ0RnAljqg"
    "S2X3zIl2w6RJcs/7TPFVm9VjYTSpyoLdQFDORFQ+RvYzNRW5AyXkt+bK3oKSl1LZ3jcFTZ"
    "W4nmPzySA3dT7fWi7IGEGTs2pRSOmTnFw0518py6NyXXc9SR5rSYXSdp3PDdjFHtzWxsUR"
    "rFQKxwJRpILsME8kqWc6BNZs6BeKtqA5xMXJ/c2XeZNzjsOjaWOmMviacEoBCDrU9BmmTc"
    "wnUzzFZIrv0iRbcbXhLwFmFINKWJIEj/w6gJYInpkf9Aij4yk5IruhaVCLjKhp7ZHQJadk"
    "N8ClOBQf6RRZmn2w7Ayk2QdqQ6KafXCu2QeafaDZB5p9oNkHmn3QoaFVxT74eSBcch/5P9"
    "hafNoiFb+FcVpmjbN1MeZVqkRp0FFcJXCTaSvt8m7j8K53d5f2B4EpfXF9IqO0f/A7KAnH"
    "beTSbD5rj8ccwzRMqw5CWNyrizUo3aX7BVW3j+V6jOdqeo3tcxUobvqcptu3fHQkPZUcqT"
    "+RHBHpDHornEqiY2mbHqtv02OykqR4q7TzibSdT9S380mazc55EdyEbXThU2nTnqpv2lOS"
    "S1y3eZu+lbbpW/Vt+pbE6eruwQTmI+wpApOILbNsArsVmvpM2tRn6pv6jCyfnmmVxn0nbd"
    "x36hv3HW4ZTLBptE3Tvpc27Xv1TfuerDSB4irt/au0vX9V396/kqrkexs3Ln9s2b4t0hyq"
    "7se+T5RUL/GN5pBtjkOm6U5/MbrTDZuY6DHoM7x03QBFq3O8VJbrNdGfrFgCI22KIgtpUM"
    "nDyPzT5m60xZpNh+LC6vEMQFO8V9YngRuY1DYD2JfvkzStYsD8kCa3Pzr8kvnkXlYPOx9m"
    "ZNm9PdnrDRx+x2PkIfcJ4Q7yPIUCP7C8w/hlh4bBjB5Jbh2ER8bgmKZGaWrUsrOVpkapzd"
    "fQ1KhzTY3S1ChNjdLUKE2N0tSoDg2t8jK23dsD19SaPFVAcnZaZkgdtwpUPW4IVD0uB6r+"
    "TCy0Vw+kCvqZ7VqVuW7qO2smoXR3vU3VVKKfBrTGe1tv6JyIygvtfaamEpYuemQkjuVlwc"
    "2dzg8ljZ7ejpHquvljOp+UKvt0w818eaFXX863oR5+Eeu8xZv5mvIxLLg06S+bk2HTSNCj"
    "G7oV0IRps6Da9InAfD83xyH5v8Q2A4WSNPwGukru7hrs//n+612z/edNPbcLxwpK9+7pBB"
    "mrnsIdmNYCjlXIGbYkp7J571JlN2dknShjs4kynEIbv9K0xQ6jhoFlO3FbM5dGcsHYoA25"
    "+35724QfFyI+0iR4xSaQuUulH9fST+BXhQ6VSy2Qm71RJddRKoD2Yjeqh9eL42kxpl7fPX"
    "cuSOAxajGfPLp+BqqLK1EyKL1HoiCitv2SXYBi0VHkQaPjFShf+1dk9/ZUZwfRELiGwDUE"
    "3k1cTkPgGgJXY6hpCPxcQ+AaAtcQuIbAJSHwZUbSWrLkj0yDggYSNs4klLbyJVcTb7Ke2u"
    "1DdddvcMt1Qlpx7UZDPuxUQuVl4oZrSXZDmGM91zlgM2rabfOFrD8Vucn9dYEp56Gek1LZ"
    "P30dq6qEd9rMKfNKN2r+vbpo6bYu1LmuJh2Ak0d5M/fi8g7UumAaNdpgVY7stTpRyz7oCl"
    "9qpaO63qWaeMeHXqH8Qtdq8hiSPoeHof5GA9M2wwqOEw9d8gOXByt9/3LzhYRTOHH7bMz4"
    "BdO5uKbHtBIsO6JOGEHVpkMoSfoiD1rSXlftdV12B6i9rmq7grTXVXtdF23stddVe12111"
    "V7XbXXVaWhpb2um3cCbu7i3U2dx69vljLuyu/btcAUE9eviUVanLE2L7/Bm1+/UJ4W1Yo3"
    "0TJ+15zC8n27Vddu6NmlsBmeQjwK6FRqBpkTU7mnixyK31FVsot+EXV83CPmhFENtLC452"
    "fSG+z3Ba+XFLyTarv9Tq9DClbuQ0kTM0mZdU5K6YxpkjHQ68Vr6iEDabxmSdxATbO3BW/m"
    "Ol4BvPl4cf/x4urTTmnKWIGxdfjGdjLSfQ8imzq5TVsFsFMq02vCdSJeejgrFl8I64iHkL"
    "nt4xyM47twQqR2Ron3opFtjgWgwynybAynI4RpHumYQzkhCzi13qNBAL+6DqaZg+8Fgf7t"
    "3v7AuYdSEX5JfUZo+pRzcmWGAmoaRMdHvx6Lv6PAQhQorWUv9y2P5vXM5JP46neNFmm0aN"
    "mFQaNFaruwNVp0rtEijRZptEijRRot0mhRh4ZWeRnTudNelzvNg1GIpz+ZmSkvozTq1s8p"
    "Ku2obTUtHTXMS0cVewA/ubiraOvm9EeZlNLW/s7VJMIp8PqZaB3pj+KhPzRSp8ASE8ec9C"
    "vnkA0tEMklwFcF3Vc9m8TOFPkuXhBUea/zkFdUvQ4ecLdY9WS+GITLpDcIwiUOux3JlrhP"
    "ld0+BmfTmWdWphFsSK2WF+pCerXbnL46s5qCuMaqnYOuB2Wip0gWCC3JqWxexBQeuLKbM7"
    "LOrLbZzGpZh1yBadULCZTtwm2NXBrHSqGgmNHWDemlVwTeyt/2mpBPKsoNR3HBhZhnXDG5"
    "7F/NW3vngsxYcmkWIpuXlF+2yPxZFLzQZ3HzOMHRcE7ekxdG/SCDRYNo5tHpwRN1nsweoS"
    "GZwYpHjgnsjmbBwNn9/p2cHRwfHp0S6of75O0ZoQGBl4a+ZJDRC4HvT+D749O9D7w++CLR"
    "A6vAS7kM2Gj90FdwaWxTY5sa2+wo4KKxTY1tqjHUNLZ5rrFNjW1qbFNHwulIOEXGijKRcE"
    "90VE3pb4dE5MQ3CEXEZ3tZJOJzpqw8ytwKZG7AmKtj4Cxm05m5vPnnK1F6ShFBcTeZttKt"
    "0KYR6tug5j6/oU2nZsVdDosB5lSwW9jybaL2qmFlxx0GUkkLUwGl52p3n9zfoHuQBbNlk0"
    "SuI5Iz6YbCI7lMB84ku8WwIvfCCfsZnbDr6Mke803XYDC1ls16P6O2XevtK0qq6/DrCz2J"
    "xd5Iuf1Ojt+dpR4//KPJ2Xf/5eL2tuzxm9GAgoFinz51hoEI5pHpwk11dGM6/gJvgJlnkz"
    "dIQprW0Z+rpuUGykPlpKwk2UF+Yv7rEx425lrbKONBGTBePfN2PVD20w9qRzQwL7yREbf7"
    "HEw8V6LXBBWzuOyQZoUXwsXJA8hF//KKlZxYOw9TRnj46y8BSR6AsC0lPnQqfpNoLIrZTc"
    "0wwLyo6JLEeFZElplj0IlvkuNDBIffC3D45O2bk3d7vYHzbIZTDgE/T12bkVFkTFh4DnWA"
    "lIeH1h4ZwbnJeaIJVvyWiBTrPZFjlUfQ93g0Ln6bFR44SAOfYvJVUAUWQuqJUhF8z9UeT9"
    "nYYgahE4rphbn8yeF/4IP6fXJ0hPr+uk+4BWx3bAVk9/iQwJ7ehM2D/0QHDl62hVIwC0LP"
    "7pHC1yT5FvR4YTMv8jGTx16qqiAz8vjgGPc+R6vyqojjhgNnAh/yTLG4iJMZtcDIOclL5t"
    "vUikCav8492MyEZnuhiLZDSzD7kez67BGqnA7nOgeZuT9YMHBEdTBhGMR3nwOE7PEjg74E"
    "PLp5b5/8gSZEdD6LYtYAvQboN7Vf1wC9Bug1QK8Beg3Qd2+oaYBeA/RKNMFPCtCHdBpVbA"
    "ibHbmpkNI+mAfUkiAgSluH/KzQk8sByFehl5tFLXdyx3tZ5HKZaasVGaKBC1GmQiTQTVhz"
    "/fli0CeT7BjoU4hAXLGDHJkBQeodkDFrWbIb8MMl6h17NT7ltF9PrLG9lG2rZLth3aTPrt"
    "Oyjju0mBeFUVBH4KlF3QtyKm8bEXy/SZQlH9EDu8w8vFb8vaERFnftppZQvG8v1S7SaU9i"
    "B3jZtl9cJ4Z2SsYtis1blY1hEbH3r8RPdezaT7XmsWdk95vXMm14k1E/fbyGvdvu0fueiJ"
    "SHjbkpYJ+k25+WenZmv+EIhpDlVsDHrcyfF+9gMxiIYoglEjo9HF8vxetssWliZGco0J/h"
    "kVTDVAl3pVniq3r7iCLhvI4HHh61OYNNoRNypG3Lw2bOvMevaZvjTraNTS1YD+J2GcFnka"
    "Ncs5y8pllOOtksyWWeNyxLHa1cu5y+pl1OO9ouSfL7XHJuxZrl7Wua5W0nm8XBDS5mR0M+"
    "ASz5Y5jSeuSK+hEoyW/E/YLh/AHd5kYgdEM4PsT2lmqjkmRXGugBFYcGEdyW7Y+QHLNmqU"
    "EyJ9+VZujnCEUPnFCEQ+IhJRTdUBDoIS8T/oYJrZf77hKvBtjiucYPmNPcbqD2mDWwuysq"
    "6GLDFZssnBrZuPqP1bXOr3KHTu7epc4wo7TJnjura+hQA8UvIDZtYmuwVT/AhNkRQkuvaJ"
    "OaKjrUKMkbqNEqfAgvC7qlwip7fZdBJdYNvI3hyFTph2zOmJoTU9niH4Waq8Mr1pI2VWBt"
    "BSKxPFRXEu+G113gdf155dcF1y1t5NoKumHmBNwoGHqt0LPj8oURmrdyP9qI4xUFVZ5gik"
    "Bev6C3UmheU1u06fUNDaJ8l5drFMkQxO6lvP7CnAg9QcVVcSO5r0/a9PCT+g5+UnZa8MXv"
    "mVphJL9mpmLd6NFirfw7Ko3hQU/r6tOGa0UzJpdOPCfThQDbq0xdHVurYvCnjq3VsbUNsb"
    "Up+MdfuSK0tlig1xRZ6yVFh0mvWBxYm4GPVTbHi2fTAq6PMaIT+kxxi/jDDMyQXyhL8Gk9"
    "HlT7CP0AJIM0ejSED6hF0HMZidBVLEzcZ4zqHL2AMF/ACF/APsCfRQHHDZO0CxjnGfKH5C"
    "Qw3tP9wXwjYmQ3Cfvc03GfOu5z2clKx32qHYym4z5z7afjPnXcp4771HGfOu6zLKnjPhUb"
    "WlVxn/rS2VdhQa5XlXi5flpKBZTOQ/uQaCkPKrdDlZtg5TLuwGaVF14tuIgzlVJ58n9ItV"
    "QPSxaOgKFwBEibf15Y6VYQLo/bVFn1GuNnBSdW2zR/DdTtksHjEXHnthFDbIPI23GbVO/H"
    "9anej0up3jVKoVEKjVIsQCmcF2pHPnWuoEg9VFEq1WvGK5LyQwMEpFCLRJLgo0RIDlKmL6"
    "7K10l+dXguygkTCUHxKb8EOTnXRzFMYEn5ZZLncbLMf0Wmz2YMmhD+GDNMfdnjX8WJRgcO"
    "fOzOeOpQVIzsUhLwEBSL81H3RGk6cyMnJIYZjCI/wESeMTbiM2qbASYqTXERn3muHwY8m+"
    "fAEUp7gvAOvwZJctH+lxvyzHzG8RH0vfRI4MIf8KJmQBgm/BwzA+EUUYXDfjCfJ8qMU3N6"
    "dBL1Bo4Tp/4MRO0JVtIj+AXNKYiwCy+koRUNrSw7w2poRW1/r4ZWzjW0oqEVDa1oaEVDKx"
    "pa6dDQqoJWdErN9aTUDCLMCrG0xy6V3qDHLj3qSnvpUm23H9+HGYS8Zc2eCm/Q6g/4THIt"
    "a/OHRFX5qJtWQTcNMTel8GI6qXD3NwUTxwKvDh3e1FzSB4WFE+ie8dlvi2HDT9HMrromsM"
    "HemUhXgrU/c43JlRmg+87acvQ8TxZRM7G0yTNRN60oa34xJ2E2Cd7zt5dKwufZlJaI154T"
    "VXn/389UXV2A6lrg3ZxR+XpiVQ2ISxdOMtRZ2Cz5GuaaZwRVrGv2Tz9ZsoVuM61f1UCXX7"
    "/eFhro8nq+Bb5/ufyU3IScDZfyVjO9BhbnyuojW3O0ayrYDeQ9vT02UXvVaHsKaEitsgWp"
    "rsz031Ls5sq0qeeqsdY2NECb9bbjLbGt5Ta7Dx36wXJx8znRbs0lt0Jx8i3fdVY9r/wUuW"
    "fU3Lpo8s7q0U9OYoDJ1nI5tyEw5QxcJ76UtTd1TzXnbXzLdJa6y0CTp7pBnmrs5CswMe9F"
    "N5z88xfp2m1tXzfmCw0BGpK777e322OxxRlP6wls+QK9Zu5aXFSKtRbL1MXa3zCP2hkrLX"
    "2GIIcV7ql+f4r3Pr8lTxRJ1s4H8v07OcOPTkkwnsI5GyolfmSzYG9/4AwcvB4aZJFB5j4+"
    "mmPOFIsvdCbPU7zAOQyI6XhRKC57thz32cGrnnNK/RKQ95wiF5BH350hdwzvr7apE5r8fI"
    "FksvsbgltBUWnCScOBYnAlT0DJ49P4fu1f93p4X3PhPeEhZ4fhlIxMP5wa9OXDwHGRZvZs"
    "BkzkFMC6xDNgQL4E++Ri3lTwxONDTE5wekxch+TVKljx7B2a7N0ePKPwoiRg/g8GhgjJzA"
    "1CckxCkAo0+02z35ZdIjX7TW1Kjma/nWv2m2a/afabZr9p9ptmv3VoaJWXMfhZ4TFpyNRL"
    "Ky/cVSss/o62hY/neEGtuFhHDWSsozIby6lKPHBnWjX27UDWgbvrm6Wse9bGuPODIWfbsx"
    "IPSJzoq/tvi1u7M3Gl7f0503P7yXczmGtqLoW0p4JdQ8ditdeQND2QSk2SCqi8p8Ek6ffL"
    "TRNrSYk+sSut3NBdU4lu9dO2RpfMn5MmhU88mMsM/aJ0t+zaz/luc+7PFdAUqu6K9k3XYE"
    "OLla3cHJdQlFQZRuwLTYnF3ixj0BWGKcxoQIfxXmAYiBS6Mr27Tr4b/fsLaE/iHUaSQHg9"
    "fdoxTKN65mi3XSvWoPLi1081JQ+gjtV651BcCd+3WAff166C70u7ZeaYAcwMNp2Zy++Z5y"
    "tRe+eM2pKbTFvpzUibrUj9RmS+Caq2IA0XLFTvP1S8W+H+Bq8ZmghgcQUEKH3HgsIEKE3A"
    "WdSlO5u96BubwLzCfORfhDw9UQ3/o7pgr4kH4sciQy+RkSCEJM8j6QOrmSFI3oAvx+IyWC"
    "gM9RDGLz0KcwmF4i/wT/jVwmt+ydimvgl2MsjoJUteFJMiBs5l5NHQ/CUgIzal9mOPPJvh"
    "NM5OFEA3Etc6ODwONH3O2HbHVkB2A8azE8WvLT7d+wDFQIjN+IUNA2f+xgasJAhN2yauh6"
    "yT9AIHTa7Q5Iplpz9NrlAb8dXkinNNrtDkCk2u0OQKTa7Q5IoODa3yMsadZa/ytHXDw7bM"
    "wDptk5z6tD459WkpOfVTZEQVN2TUT2KpgNIWfsCMtmDWJWx8/LZdBvCmFOAlMzvuzK1J6l"
    "SHV8cCKi8Td6hk5lxYyle83ru8HRZSb+kL7DPhbsBSucvrM9XXhWpnCUdkLZtJduuOndVl"
    "Wakwq7jLYkoDU+rCojmxbvRTcQXGH4nS6+qh0sYsCXbDnEn3XJtBawzZbktWZ0ylVjIJ08"
    "2tX202C0f1e4Wjiq1CXcdtZLd1wsxIcLthXhRGAXUOROTw8qZfx9ZBzKeW6zOrKmR70USc"
    "E+zG3CGm4ptM7XVNxkuYtEK0G0ZNJuTYrGvdN3TwhqcratMZ6ftuwIIdSdMuf7HT6lndP+"
    "utZZfMf4ImXMvpQqc62l6qI9eKZqzC9A1kq5xMFxhXV5m6mmmlIhVIM60006qBaXXtIEE4"
    "dP0b08FFaKeCZFUq02viV5lJ6aGVK76QWZU+hOSeUsy24xCse8wL8YvhPN+d+HR2YLGJyY"
    "njnAuF/CVMeWO/kJD6ExZyBtO/IurDnhE+THNSfhCMqrhsdncaFh9Tj5pQ43/w1DpJ2p1i"
    "Qh+evefdByjrUzI1w8iZIDuK6wVTE7X3NENKM6SWnbY0Q0pt2oZmSJ1rhpRmSGmGlGZIaY"
    "aUZkh1aGiVl7HIx82+1LhKJZRm7aSnqmWG1Fp4OwENIzlTZxJKm/o+VVOag9Zm6jqtn7rK"
    "9wdYLrR7YA7pM62C68WFC9XWnhftyqUNN0JvchHrvZobM06lLm34a9/gKHW2XEVGBOG9ke"
    "y/mVBn7rR7SFXefKdF39VQ+K6q5+TFiOdcFRuEPW+iWWTT0Hwku+JiPfLw970dSet/RO/d"
    "H8J7J3nnyLrh0NQlOQyfjyTHQUm2KxN5dvvOw9/jyzg3Piryxjt+heGPu2t4BSx/8grLn3"
    "TY8gqY/vQVpj/trun/tmXLL2v1jlocd5WrIL0st/HhAN9QXFRXNnzj7XZl4a5Y/2OMa27t"
    "IlkB2Q4TyFaOnlEjrfTZqR+D1DexzlLHqHXRNuYNWW4DaQpH/J751+x0C7RldtT0SaVYHv"
    "GdijsV5I7b7J7Iek5H7jLJxUyOXI1ztyX5DL4JeUYai/G0NjATuc8sILu3N0/X/R4cwJwn"
    "2iO3/f4VGUTHh8dne72M1WEwatimw/aJIK3mbkQ6HziXDKYJEjmhaUNp/A7m5vADuTIt0z"
    "dn4noj/ChJrBMyJBWHPcyOZ9PZiIa5MvQR0/yY4T65GDix4o4bii8xUQ7XKK4CHzY1J1Mb"
    "/uf5fXSOHM0A0QwQzQDpNiytGSCaAaLGUNMMkHPNANEMEM0A0TlyXpmFuuZ01ooP0maANd"
    "xKVL6UKL4nQGY6y4kobe1+pqesnc/a2Pms3s5nZWqCOKZWz2I1OHom0pWcIpnGawu5RkeC"
    "lBXnBbsRm5qGWydq6xjrHe5e2pE05PLB1UftUjE0ZGIokcJgR+LzhNRluzfHAhclVd5C3h"
    "Q0VS8iOIyeIlnQoyCj8l06D1xRJfCNMFXllaiGKCHcat2zclsMo9DFlEIurswAtvomNEAF"
    "dpF92WtCL4xCsUX4Rb2XWrvxtRtfu/G1G79rvkXtxtdufDWGmnbjazf+5oeaduP/NG782N"
    "+2hIuuS47OTONV++UM6pvDxvvsawbKnJzSrvkrUHY5l9wa0qNazKMGXcbmZUmlrX7D1VXG"
    "7mYV277ZDWpWEu2VWnuveW7UnLtDPReoiU+PKhPXtvP+FyrYIAAg0quSWzYyp+SWOk9RKA"
    "sHXOdV33584U+abnUdC2dXAS2YLUZ0TGU78vK41upJBDadeaZf6e2vT7OaF+pCntXbnL7q"
    "JVqFl40sOVQrL6IyqCUmeuoQ3OLKrq2r9s8GmN9/OKOBrLXLgkrHTIl7DL6gupszdAOcmD"
    "NfxSwjiynyt0tfrqsmb4stlrteAWD8eHH/8eLq0055PlmBpQvD9S8wn7S1eX5yLVgbtCJ3"
    "329vm+Dc/MoqdC23xGUs+dvNN4YZOCoxtZ+sEf69Thz8kxV4zKjBwbMve004OEuKDcWYtG"
    "ADSPn+cnFQ32VkRaTwnEJs31eHYWScAX+K1Mz8CUQ84ZyH1fVI6MIv7qyH8XfPU/h6xqgT"
    "9Hi+ZfiC+GzMeJplMw7E2+X5mfnHXtgjHvXpI3F9AsN+5vWgdi/EUDt42pg6Otmyxug1Rq"
    "8x+m4Chxqj1xi9GkNNY/TnGqPXGL3G6NeM0W8/mGbDeP36omnq2O71M1UmoTRmLBVRMAcz"
    "tMMZmoCG0iQVwAHUqbjuqiXIk0pv8mZIkzoh9QlmObXowU3km7402MMVxzvQJ9iDVUly7b"
    "EwmtAazK0ueDQVUXl17gs1U4svY++1kCbgJx16aKPKi+obrlOeF1TZ/HegLNpe4obZDdg+"
    "Wf3CGuMvXjfDOusrCtkn6+bD2q76bQqJbCJedSUcso8e0wPZoMgN3AIBXdKgtV25AbefF+"
    "wCdv+AOq+qF68Fv8/jAcsAywVJpZHlO3fm+oSDnZtz3y5EljMkZhXQ8k1aW1eNLoctF3pf"
    "Nbi8neDVG5sG5qNpwb8XfmB6OxXYXalMrwnCs7LSQ5oW1yGtr+yhGi7TcJmGyzrkw9dwmY"
    "bL1BhqGi4713CZhss0XLYuuMySTJBorTQ74jp22zs3SyZGXH3sCPqlZf3YyqNm3H+dO1cu"
    "6cJu6cNudGJXXHUUMgcPr1ZoPpYt33xZZklY5cCRb0JZcmHxCwr5RZ8t79xZ4R2aiclM51"
    "UWz4l3webXQt2tWd2BUTeCbjo1K5x67dDiuSpU3h3doarQz2NVtzOrl3ys23H5fX18NMfs"
    "noWhMEDJ31cs0Gty9nlgIRpGPnWGFnXiS7wXU/UFF5/Xj1x8vOnG5Q8lu5brCWZ+j3/8Ea"
    "/g+SUgqCJn4d9d9/d6KExMh6PP4vH78826rme8wh1pRc64JqS8Zp+UCKi7UWrvllwL1aLe"
    "TemYNpUydiqwQerLzkaMfdJqn3TSsE06OVRpAoMRiWgNdQRcUzGDzZVYNIWJsiLkqN0E9g"
    "DTho03bMEiOWI+mZg/mIOzBaPjKXlh1LdfiM8mZoBXdMH0Ayda+C0oT1NL1zRwBg4Kj93I"
    "wa9895nMqMUCPqfB6Y75P3jYm4h2iqunoTszx+f8ZrDvfTw9kjATcp9hGrTdsVU31f1jJ1"
    "FF2BDvXP9vDcdsEY7Jt0fbqS4vo/Qx8VtO0e2z+UR3lzyepEJKcw4eEi03egZBzk/1AaTe"
    "nDmRzVn0UPa4wdkEeV23xOLYzgKdp3hUrM5zDJD6pVk+BvgiXh7z230M+g32yTWseHylJ5"
    "EfhXyfL/4UccDUZ7B8GkyE9YrLOR9NHxbmgP5gRmndXtuTBs5uwBivFkwS2QyW5PTJex/E"
    "1aSZ54xXj5/hVgF/eSHPLHnCo+/OMBT5pX49T+cnruIQNdYruiZYaIKFJlgoDk1pgoUmWK"
    "gx1DTB4lwTLDTBQhMs1hePrD0Pq0U/s8NO+212UUhpq965++R7rOjm99vCUKk7vTUCUxRT"
    "2jMpH6SzufDLGsMvjr6sM73qWQvkw3ZaBl/qrAWbyVqANyZPq+7EaL5keVp5J4Zalu5nei"
    "oR1sovAh86NLDEmWUZ4s98HRtEzEUO2CvTESkSZFpCXC5+l2q9/eT2gflYt0K2yNWRCG8y"
    "H7tJA/lE7Imi2+fSRv6EOctf65ATV93o3zNVt2/2+vT39fN7Q/Z7pdwCclnvN7AL9JiDwf"
    "yhdM6IkqDi6+qctkoYv4N3bNyAkZgnPakrdLvGXz1FioLJUdLA/qK1G7KipBJdSIfC0xyQ"
    "S+aHIi+KhPE3nRcln25BCo4vC6ocNiEfK7TepChWUZ+5YSCbE6Uqw0ZH7d42L0q5+xXSon"
    "z7dP/w7frjQ7tbIFg+63+xLWSugShcHqDIPmdliWnWevdD7r6YOsJXem/LIr5XeofNapPG"
    "FKhOQ3gNmNlLTKd/pL5Qw8wyeM2V11QoTYUqWFhTodTmZ2gq1LmmQmkqlKZCaSqUpkJpKl"
    "SHhpamQm2ACpUcbtrvsgsy67LpKtL4IA/qItV089vtqtOkLCsnL9sxYs5VTvVVc3PUJpmt"
    "pvNqjtm222DtFDMa1FuzvhcXpVTuxBeBnPV+WrbZKoytGtkMn29BX63YsN26zuSB/VmX1C"
    "svqPJR6FuiKLmWREgqd+Of/vOhsBEvIYTpZvz2693vSfF52HCO8RfNbDod1pNwmvfOFeLq"
    "Bt5/5soSSVLO6jbTsFeLniIL02Exj1btqevnmCpZlbv+VaIvuUn1VWKPojatsjTPa1bl2l"
    "mVK7K5UqRK1almFTZn8HQ4EwaeG8Qge1cpZyPmW1X3+jUQoDKRLjCg7scwr6/m0KNpT5r2"
    "pGlP66A9GfmpdHnaU2FGVsSDKOJ8Us6QorSnGzZCY1Hn2nl0/Rn2lgr6U0WpXuMNWkn5oV"
    "kQWJj9Kn0QSZ9E+tHINks23Lkg6VMInYC9gpBnkaJO8IxJrVyy64rcVgEsaTCKievsEUo8"
    "5s9c6EMgtvv9Ozk6PTg+PHxP+uiQIidvB9Hx4dHJydne+cB5BEGDPJvh1HTIySF5dn0Lk/"
    "Ea9CUg9BFzZ2EWyonvRg6UowF55L/t4lOffTMMmRPr0yOxMiNQOICyVhgNHI8GAVYYOaIU"
    "M/Z6JPmVjF7EC4X8dN7vX1/V6PIBXiszBpYhjjtwhMPSg488yo1DeaYu9wfzjYi1Sqg1FI"
    "kWfWxAnVNLE8k0kaws2Sl2iyaSnWsimSaSaSKZJpJpIpkmknVoaGki2SaIZLnzTvuddklO"
    "adsio+xbqi5Jj9zb2YXHrJrqyaqRiLNollLI5Jtgk1G7mqbQDk3JpJXOmXDB1ZTus4U191"
    "2bNfdd/Zr7rhy+T4MoGNY5Mpt5IvOyKm92blBX0s+wL+WYIty7NkwdXzKzSoXoK2eXDbXK"
    "Jfco/h09iuQhr/7Kc8nFBMilzFsp3A0DJ7P3Wo1rMS8KI5jchsLfu+xEXlWP0nNKoi+5yP"
    "zcy0zrq09uJtbEpu7ePLVXyavcFPHi+sD8MLLNYIX9fS1zPV4T3DhYajbrRTGVG4TfMWxA"
    "k3ymIw7tvHKIHLVyNxw1+BuOyg6HtHsPPcaBtWVnrsqKVG6edHyQfqaw9CVfbUjLp/Wc5d"
    "MSZbmeJtvA7WkgxyrJ7vnN9WcwSfl8eKxuoloL0ydDnOWIPiU5pd0K/VTbzTkSGng+XkGd"
    "V9J8sncrECA6avm2TJ9S/ysQfT5e3H+8uPrUxPNZJ3GlqkkqmCs1Ldd0mWr20nLclexRi8"
    "kreLWzz6BXBCGBosTDYmMSP5HfeVompxwf7+0T9N55GA76GFKYr5HQIfoXElv4FWoDTCtJ"
    "gmgygdqZsU8eirQTFDmaI7Pwa9Z8NmbwOj1y9I64SJiBnS08KabAEAoFaOA6H+ABqfIx2Y"
    "Skxw7BNTHlmSa5l9JUE0010VQTTTVRHKTTVBNNNVFjqGmqybmmmmiqiaaaaKpJd6gm+QNP"
    "+612WVBp6+JxtV/UV3NMOssx4dhJo5u/AXN5rVd/Y10WUZdXePSPWgXrHjVE6x6Vw3WpDV"
    "rJJdhJJZS29kWqphL5XjxmMf+Jyt47kxNSeQvZzyuqRKYLkczMNJgTmmFVPPqiPGgFUaV7"
    "Oi6F14m2ZPfmoX9wf/3loE8Dz/UPLqyQ7i3TLKvnPQjDWq4TUku+QTI5xVsDU9M9wEHEc5"
    "2DT29m1Fwq69RaRgU8f2zOIxAy1JPKCpRuj29C4xx08gIbGoL+pTCaWqqSUMRtqbgln0wi"
    "p3LdaG6pygqUbilx8yru6mONSQFaU6+NxnDyGM7YzGN+4jxZhp9SUc0mrw2ltslj1kFXY+"
    "x6L3s7ku32EfQnX1L9ZVttjrbSZtY7rZ/0TktzHjdvIN7yVU2Uq0PlvVjcHHA09miIOcju"
    "M723nx4ooetCZ/Go81RzN91iuu+8fLcYv3AKHMFhGh1ZfMYrvst6IjgWmLzxwFclrvIYiB"
    "mn8obdwElQxANwxoRMx58T60Z/z4cQfKbPdLRmjvuy83uhApU79k1eUfnu3Ko3N3TmGiY7"
    "bDJdm1qvjRIr1qNyM6TzS6zvAW5a2TiClXa5pnnfZqF9X7/Qvm9YaHNLzXIr7VwF3Zh6qp"
    "faJAZhHbPQyKQvFWltv7hOzActz+mJxLxJ2dicUXv/Svxc297/UHarf4kKk/TI8M1r6Vlq"
    "MuSnj9dfLm53j973jnltcAwzBRM0v93X9xpvedvy87H/+/MTnxoRACVuept8iFY+sLnYfD"
    "L5EKvz9SniP1oVXX2teRF/902j77NH5mPqwJ0KZvlciV4jqTwuF5jDiS9oyIv55EjbFkM0"
    "EGkLA9chwdR9DojpwCe89l8w/aBpYNZAA7MFwph4No1wijkBxSdEvDH++kJmoCMz5u2+xk"
    "cNHFHSfXYIplMMfiFTRg14AmZofJ4yh5gzz/VDpKJD27pIHd8duz7bF58PsR74cq+eRR4F"
    "zI/NzWzNHd8qd1y0gcRinwqo7PNub97CAn922mJ9PzutXd7xq7nTAgwcWO4i56UCEsKVp8"
    "bIRbFXLfHLbWH/38fIGfO4llFk2jDag3183v8nu7O9cW13JqAhw0zeaRXo0Foi/2w2or5M"
    "Q6UCajQRPla6iW7xHYjFG2rXM62A2a8/fqylefgKI9M8qUCHmwe2yyxE1O4pMiI7bieR2p"
    "+k76deW+EiLxc+m5NQmSK50aW7IWA22UW9MlT2e1xNx4zbNiY216lUioa9pz+Y8TeTPe9U"
    "nFSyLxsPKSE6AWyxlC4+nVwQfIqBm3rMg+4+JscEskvJL0ldv+ydk4BRfzztxSUDflgIYG"
    "cPBwk8bdimY8HRAnqB/7JfOpms7zEtjhI9wVzVRwp9pPjrHil4D5ewblJeZeMKDnd+QpO2"
    "cxug56we6Dkr+cIrcwM2bDUrOXsb2Ggu5dFzxtQ3qZPMvtwvG/lR6wyNm95NGml0slTYWi"
    "rVnejQ9vNMNyND2wRh67ODPjvos0Pd2eGKBXSn4tjAP288MRhJiUWnhXpTVuzC9WZb535Z"
    "NJp17heFtxw694vO/dLiiKVzv6ykDXTul1z76dwvOvfL2prgJ839YsHGX2ZUJeVX4yBcx2"
    "575wZUJDdshtFXE3+pALijkzZhvyf1Ub8nP48jNjlJbt8Ji8R/qSQDqYDKq8MnTOlAbLDi"
    "Uj15VflKJBiv6/RnCD9TdTrg9Ltek1/DzJfSvo1Xdk/t29C+De3b6NCBS/s2tG9DjaGmfR"
    "vat7H5oaZ9Gz+Nb2O7Z+61+Db4iTt/zlHilrAn5pg1B+/FaQdS4Q3mW/rav9qRtPznRM3t"
    "p/DTgdcbCbxWxOPRB0tYNNypcHgkX/Uaw1NzhRZfc5QVLjC1488573ri2i42zoEfYaQWZ2"
    "337+575PqAks+RH5EvkUExAvT6bweMR3CbDiXfQ5y7dvt98uuvePHRYW3Qp/ajaD+K9qNo"
    "P4rSO1DtR9F+FDWGmvajaD/K5oea9qP8NH6UZMMvM7LyMgr7U35PzjLf8CyzzMg6a8NiqC"
    "cx/BQ8kZpTZRvzrj4VdRa5VrRx83VXmZTKIUM73yXC8l554ZUi7pEb6ocRpr2wYXr2McV+"
    "haOkXKjX5DKxsDjm3CyWX+g94Y8h888p3Q09wyZgDnpD0XviOniDsx/7Um6uL8llj3zskS"
    "vi+uTTOc+9ZZsOC/BrMwxI+TEDZ5f9iQm1goPRzBj6jP++Lz4rvAjxfGx//tAxGJ9fLC2e"
    "vrdPvuQ0sxjzMLZefDlwooBH5qMHaDyFT0Afxw2nIrUX18tnEzMImd8jgRtfEg0loIoZdM"
    "rAPMdU0Akrj5y+Ozg+PD7i0a48qdjAKehJRbKy2SiyMGdo/Orus9MjIxaYBuN2wZsV+KrM"
    "bTANQy84Pzjw8EbtfdM4YM6Bh8MyglfA32Ys+cGVeOO4b07fveFX2b1BbfbS/GeFRvJs6q"
    "D1eb4zcvnlikwi0EA0CnY1LiEM1eO/c6c2Sa8OEh/yTKPiV9zZ8Ec9T11iuFCNGeZeIGR/"
    "hm9MY//o+MRwrf2xOzuAXhSB3uGB8T9/ukdPvz7/z5sAXhMe+SZvtzeYsA7GSvFDodr+NJ"
    "zZe/sDh2eEg8b/hRuUjOD1LPJMRXM9uhHoBX+gEufc6kn2uN04HW0vfb/sGT2et2ngzNLP"
    "eskLZ57nHoG6ocNl5gIVkFKaDAA0SdKN9gj1hWVd0fkfzTELoJtgD+6hf3EErzFlY4uBvh"
    "OKxC4xWOKElx8IDr0DGKTmxNmfGbypAjA5nFnxbfE0pH2Q2ge57PqsfZBqO0a0D1L7IBed"
    "L7QPUvsgtQ9S+yC1D1KloVURp2aOqgdVi3tlhOgG6UX8DI+nXWpjnnaeMOkLnEKcHcnmho"
    "rUcJrhGW0ozmgyc9ucmNJOSh42eJnqKk2se9+GV/e+nlb3vnRPaHwOljF4XkZpa3/LKSp/"
    "K2sbUzfdyVrldV+ie8+Jqbx2c+Lo8r37uNVFuMcNF+Eely/Cjb1J1Wt3tcVzIq+8AWlTHf"
    "0h03jVdx1xJ1zJTd2281ZLKz1pcA5uo399axRodH4OM9+nTENUiCrdCv+Fjtovqb547doL"
    "M8ylgsDX0haduwNsiUYQl4Dpy7/+4hz0QreOrLAiy2zDzV+pRBeu/bpEZZeY3BsMvY3rvt"
    "aKdZujC9hP0OlOFcadftlrxLbN0ZAOw7TgYlAbDrMXJK25gGbnvuuRo9MEKATF3RgjPMA9"
    "cgqN5qC+Xg4utiMakN3ZIDo8HB3v9QgHZBEPhvFncGzRZiG1DuA4PaNhj8BBP4wCwl8C70"
    "y34CPmh+ajiTEKKUjpuDPXh+q89DJ7TBdPbRIFkd0bONDLJgV4cp8kyCiZcjQUFHYME6Fr"
    "G5HJGNCeuK6B2PzIdy3mcLSb34/l+jNQlP7gaC5xI0R0w/TyLdT6JQANQo6pxuOih2Jc3O"
    "cXcoWE2ughfSFTF7qEjpHQ+KTGJzU+2U3QROOTGp9UY6hpfPJc45Man9T45DrzaGqATANk"
    "GiBbNUC2KYOriJCht2KI3opqoy/mPhQq2CADApM+MNuk0oyHC1D4TaKwPJrQCkxowBLKEO"
    "U0ko4VSoWUDhV6QC2RpIL7pQ3FDOVNy71vUihNKtEZlOYP1HibKI1wXy47e+TENzh3XFLT"
    "kp02bjJN5TMkt5k0jhvyI2tsbOvY2KMbulLQWCLQBWTst1hXNbCwwgHXtTAoTcryOZkuGP"
    "8qU1dB+2fH7aL9L11Y1alT0wKZ1FwLjEBsXfN6+om8O4EY1DeJ3ImooSkuv369LTTF5fXD"
    "XAN8/3L5CWb9uYW2vImJscZhbUMspLIN61tDltK2oRERM9rIqnw9Fcy2wKq3aP0KWpRSeQ"
    "W9Q2Sa3N/A9juNX17uoN/upN901C9tGhGNH86OK/qy2F9XGz8n9ert+YZa4bZAO1jdDv1U"
    "YofOiQ0ynTwVUNqZcsv5Ghecr6HMJnEqZ+npK+y8oR78h1Bx+1fvOO4wY+BIeQjnBVU295"
    "27T+4L2m7f8uHEbjR9wwakJNmt/YdsS8htQTLSmEx3Lkqp3Jf7BU23xttWh1l5mcbriVC9"
    "aorlfKneIq7laOglEsNZKtKKdVkfQjjPwaws2SNHZ0VGZoF+idjMgcjjUmJkYhoX3zrAVu"
    "2RyOLpcz5+7EHBKU9mw13HXuLjj5mWxKMj37SgGp7uq0dmQgvPhRO92SOX/ZtLQcDEZEKR"
    "fTCGx2L+IeGA7pEmPmactiijZH4Q+X+ow+w4VZEZJlzKgSNSJF07P5gTwtkxIDy/Gz7keW"
    "qOpzzljqZWamrlsltiTa1Um++lqZXnmlqpqZWaWqmplZpaqamVHRpamlq5xGlcUys1tVJh"
    "g2tqpaZWamqlplZqaqWmVpYnDU2t1NRKTa3U1ErF7K+plZpaqamVmlq5SmolourCbBK2Lw"
    "ipbPovyBl4iBVVwt6CujAcj6W88nkhle39PSFmLGPv1V9Lz8khMoZOBVQ28iVtf4JfP8lS"
    "UGyk/IR5IZUNjeTKfqqpEtYWRCZJa2dCqlv7W6qpEtZO2XESxk5lVLd1JXdve9MIp+TJTi"
    "OpkOrG7qeabt/NDYYbeVbN5RW1tk5EVLc0cjrV2H34guA5lGJlFoWWwhQ2ZOyYvyoFJbyK"
    "QlgiZpdMXeGacn1mTpybGGXIO7/nbBsTqnNv1UEz/zvpTsmnmZ4+fU4Zw3O9DKwgKCj8eZ"
    "/uH75dfwSDb433/vF3ZkTO5BJ0jJya63PLpXqLeO/j4YRLDEd5kVa8949EPIxT2fNPLPHe"
    "K0v2yNG7ZTMRx7DMwEm0JruXPYK89W+Xe/xrUCCyApNkBUYYh8IvuD4ITQOTEY9Y6Drij7"
    "04u7FNnZCauSTHA0fkNLZdi0J1SWrj2IVLhPFyN64myYyLuZLxXlxx5aljFPMixxIDh79p"
    "/FGW/biRbB8nPxY0f2HJMt2e8+xfGPVRBzr+VwR2w1aEV7F54QAvxt31mUU9fsswr04nNN"
    "as+6X93Jp1rzYVWLPuc+2nWfeada9Z95p1r1n3ZUnNuldsaGnW/RK+Qs2616x7hQ2uWfea"
    "da9Z95p1r1n3mnVfnjQ0616z7jXrXrPuFbO/Zt1r1r1m3WvW/SpZ4BlALzmvFAUVn1ouC8"
    "qqMp9wKoS02cNKZHmdFk/QfCmDx2qqYmueglsQTZbM310Q7lQa79s5fs3qjqc6m7ea2bwd"
    "d1i7W2/k1tbv1xVbUveJ1F59E5mmay3enGa64Yik+JZwRYelqi0hJ+sNOTNPalM4J6dyH7"
    "4XhMSHRNftd2K+zHHbLblE5mU7tULyRtj2AsnhYekuX5RSucOLcxAHlpfu9KvBlUv8/a0R"
    "zK8+U9hXXvvmhAbmZ4qWqKWZV5ftLSKbG8MnlBuaQhD+ykm24pxfEf7kHomfzRnleQVK3P"
    "NGiVdw0JGxnbDMe8i4fqJIBLdmSP5mUBzGcIkHjl9lbPKMRj7HHz8XrG33GcZKMDU9qN6D"
    "3/YqqeNkAXNcIBQFgjzonuOTfxTvT44G0fHh0cnRMdRCkI1GTIczxB9N2wZzwZ/4vmNsj+"
    "ADOTqJy7/D8lhuBHa2Cnng4dOZZpJrJnmVfTWTXDPJlefgaSa5ZpKrMdQ0kzzXfppJrpnk"
    "mkmumeSSbauZ5Ju0tmaSaya5ZpJrJrlmkmsm+c65ZpJrJrkym3zNJNdMcs0kV8L+mkmume"
    "SaSa6Z5KtkkmfIvJwnKy+lsvFvCppun60Vsx8q5o4mnlZOqisMrX6O5rG685AcdXlEK9yF"
    "zYS4RKYrZr5N+DNbsnFEq9bBRZzDTlm4QEvaVlf+C7PwbznDS5nTpWYxbymFu4590LEPnY"
    "190DTwn48G/ukiYOEDrGHeLbyx80J3qing5XK9RfRvNqQgMwxRaGjnpFpRvz8RfCLhjyS5"
    "Z5YY31UFe+TorEj0RmD3gLO9FyUbH0VWdDBwPObDKRfWdorZxJ8iI7IPPOaMQUuoPoBmNx"
    "9NXPT3enElZMT8MbS5RSwWwJOoc2CxUWTQF14F52obFMbBtIfVJ1Xx+5agkil7BglQwYEa"
    "kLUeRrNRNOVPR717RFyBBUWfopmN9O84FTjfgXgJgClY4QMHMUlkZ1NM8y0gs8r84v/k7z"
    "bMvdE/ydSF7iNI3q5r/RKQ4vuTXTMMBo4wMJqWEbAryGA+cdQ4jHOWg2TgwdZQ5xfXrPCl"
    "N+WaFa42VVWzws/n+d2aFa5Z4etoA80Kz7WfZoVrVrhmhWtWuGTbalb4Jq2tWeGaFa5Z4Z"
    "oVrlnhmhXOdzmaFa5Z4Wps8jUrXLPCNStcCftrVrhmhWtWuGaFr5IVXoK1ZdqgUljlpvjM"
    "Afp+DNArc/Jf0vwdMvx9UVUlrM7dJYJqImP1OTGVrY7+FXKVqqrEhOPlBl9bk+dlVLb3ay"
    "aW9dweQady59JUQGUzX9L2Lqw1c2s550xqyUwEVDbw50TJ7RtYsPlkLJxJqGzi76mWsjY+"
    "aWPjk3obn1TsAZEoWbZxrc87E1CX3/Y51XHzBDc/4g6zoRQfsyi0lGE31He/RTL+wBXYtk"
    "QEL5m6winl+sycODcxvpB3e8/ZNqZv596qg2b+d9Kdkk8zPX36nHKF53oZWEGQT/jzPt0/"
    "fLv+CAbfGs/+tyyI94radIYnZuY/0dqc6w0CvUXM+8dhFtwMG3qQHnpF8VYU/N9IpgPhSp"
    "CiFiUufqNEjxy9XZh9fQT/Rg6S3vs9cg//X+0Vcq/nCmT3gB2EpkEtEMa7n8QfC3KxE8qv"
    "zUlTsg+cuZzse8iuFw6iWWRTs10udg75EqTim5z1D+VMEOYvAAa3isz7h5glT6agqOPWBS"
    "RwvJDwp3F0iKeLxxT0zIbqmBcMHEy8Tnbx41wd5Gj/ZP+M0/MFl993nz/EtZkBeZ7SkDzD"
    "kz1qGiRwoSf4mqevefob28donv4mMXzN0y+0vObpa56+5ulrnr7m6ZclNU9fsaGlefpLoA"
    "6ap695+gobXPP0NU9f8/Q1T1/z9DVPvzxpaJ6+5ulrnr7m6Stmf83T1zx9zdPXPP2VMjlT"
    "GF9yXikKKj61XBaUVWU+4YQJabOHlcjyOi2eoPlSBo/VVMXWSEcZ2tQJqTmcHVdM3YsSjh"
    "eFdepxnXpcxdTjOgm2ToK9/r3g+pJg69T5W+nE8emEcy2XOdakgt3qyF8StVfdjROa7LK+"
    "2Ly8yl35sswXXmopbLMQ1i+DZUe4zqS/yOSrB+gz3rWM1YtSKls9BStJv6CzEsd4TnQfxj"
    "z3sv0bcLaSZFeONneoOEY8oOIbht1KgUPbiWz5EoVw+IhpDBWBLIXve01xKzNeMsfeWByj"
    "IiqvIVHsXJDxFD5nJHQJdL4kKMJ9JJRgrEqI8Q+iSEDMMEgjLs5JHzoKnZJdkKSOizEQJI"
    "4u6pHnqRuwgXNz/Q1jKhwOH6B8DyM0cgLQ+UIsbY6nBI5p/BnEjUJUIJyaAbm/6V/9kj11"
    "r0f+QM/cwNn1Mi+diPVAdX33mdiM/ohjOcAw5g+WSpMR1AyVWsyDp86obzGDxN5J8myGUy"
    "6Ee6ABLJYG/+v+Zo/g79/gQRa5xAHFL3ZI4kzIiI1djB35drm3T75g92UObhbwQfCWYEfR"
    "aOf4avHDwdQ8HIXcUD+McKJiNqjh8ysw+GeFj0bMdp/39gcghNEwcRth/dCPDDJ64S0D71"
    "+4roOrnQXI0ACemt45EeyTe/rDxFKxfuTZhzEUxHrFtjSFRICXV0A/cwK0KFSz+0/6CLUO"
    "ucw/90QD8D984jAWX4vhm5NpiM3NDHh33pWgYmg7pDeA/aEX/okhRLkHzqIg5GabQiPGHc"
    "8ggYkGxXKPrj/j8TjjKRtj8/G2iCM5oC54Z/EGcbcGI9nuBOuIXz5+EPQp6F6h6798IJzX"
    "iabA72NjRI7h8t64T26gnweEv+/A6TMfjlQGnfgmOfr14Pjw6IxAV5zxsRDy3o/9P9c5Rf"
    "c5fQdlj494Wbw7BTutl29jrnhOjFAf7M48ijM4v2Ak2ANVYewewAA3J87+zOiRwc49tjXl"
    "V6H0fRrwv865mXd0mJIOU6qyrw5T0mFKyhO8dZiSDlNSY6jpMKVc++kwJR2mpMOUVhymZI"
    "6WdUDHokoDsHAWWWZInbYZUqf1Q6qKeK3DwXQ42P/f3tX1pg1D0b9i8dRJrGhTt4e+QVt1"
    "HaytCpX2UCm44EFKSKI4Ke3D/vtsJwECcYhDAjedn0CKbzDXH/E999wTXQ5WfjnYoaBkgN"
    "VgGQqAu7fv/dQADzXNhRwgCnHkQlO9ggowkRhOPxllpsB3HYkAuX2w6nHZeW+hy2RQJbbX"
    "ug3oTSKi8bY6xDN9jNr87c5gEoA84WH4wUugKGqZNIPs/y5Bj6y3LZ65KbZb5HJ7RjD1ZT"
    "uaEtlT9Xxr/fKsRyxrzCiw6zn2ZEDeJAD3xy2yy4pSr34PEgHqVunRMkjt3d1ex80365FS"
    "S0sNSp4J827hqHL7NqBHJcrE9sPu2u/FtvvSS05jrU1e768U/2zYQfb9pSgCUxKE3TiT5z"
    "qSZ5zIZV4Pn5bFNHgTtpCleNnDFqAar/SAU39RXlWHq+ryJmYeKHne+G+n8JfWPCKnLq0p"
    "Ne8mLUl83Ggjz3HmITuIsI8/5ohZC+rOYuqQV+IhbNMF8ShnighazMRxxjRiCAm2zY39Sm"
    "yf7Vs0Hkp00r15+PRkhyylmCXSEcQN/u0qZtS4Fh6RMWfFmL64yu4xDThfyha/tcB8DnB2"
    "RkjLERK0nA40mbBWT/YLXuDnFUuKX+bFhoEX0AjXQDHvqEtcbGHBf0In5M11PJ+2nudjwy"
    "Pi+6n7rnVoNcGjMCChCR6ws86a4HGuCR6a4KEJHprgoQkemuBRo6WVQvBg0ZDKqorbg84K"
    "CqoBKOSHZ7KVMlpRe9BuFjnvPdxcSRZrQsaBGstgZQH5IXEtetnqCQkRMMmrFYJgCABBxe"
    "9ptpBH4H7ZX/RTgCX7TP1qMomusc+AyOwhD8rtzT3aHJhCA1I6vUyreh5EugZIHW1/Nh84"
    "M5KKQS+vNbNAaDqbG/6y2U4Y+s4myDLt2blAk3l9bMxNNCz8zkv9eC1hE71iyxyjwPZNCw"
    "3Jm2uyw+OwiShb6D5iAf4woOK8PjzdQrSr+QkNCsMChcWcM6aYKkldJK3KOaZW4eZG/0f7"
    "89dv39FyaSlr5Zzl0co5k2vlnG0+GSIQsCBiXDsMS8PF7BbRtqg65mtmNRrzDvEsPAt4bb"
    "5bgjoSpLHOBapEzztlnJrWEjlz8ex/HOTlWUiNxpO0Av3Gj7iGBPXC017OTbzsN5YT6jrs"
    "j6nypTbMIFOlRNTKTtP97q/D+TiLKyWtjFJnSUW3WptCtZ7duUlTyXWeoEtdtPsX7curRv"
    "o0L8HpLOB8WL9dTWd5fl8nl3rC2aw36Pax1zsWN61NPHM0baTAAtGVZhYogFdtdiEC8oBS"
    "R9ywIm4pDUsebst5WKBSQvldXL2ONV9UCh6Omn9A71aSZmO/6BM7JcThr52R4Bcrk71e5A"
    "PN2xnOLe0lPkdFuf/+A4hRP9c="
)
