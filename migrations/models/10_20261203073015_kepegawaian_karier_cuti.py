"""Migration 10_20261203073015_kepegawaian_karier_cuti: the same change for SQLite and PostgreSQL.

Made by migrations/make_migration.py from aerich's offline output for each dialect.
upgrade()/downgrade() return the SQL for the connection's dialect:
  ''    nothing to do on that dialect;
  None  no SQL: write it by hand (or, for a downgrade, the migration cannot be undone).
The SQLite SQL runs as PRAGMA foreign_keys=OFF; BEGIN; <sql> COMMIT; PRAGMA foreign_keys=ON;
so it is atomic (aerich's own transaction does not cover SQL on SQLite) and a table rebuild's
DROP TABLE does not cascade: do not put BEGIN/COMMIT in it.

The SQLite SQL is written by hand (aerich cannot change a column comment on SQLite): the new
columns of Pegawai and Cuti (issue #14), and no change of jenis_jabatan's VARCHAR length, which
SQLite does not enforce. On both dialects the pre-2014 'Struktural' becomes the jabatan of UU ASN
by its eselon: III -> Administrator, IV -> Pengawas, none -> Pelaksana (after the column is widened:
'Administrator' is 13 characters). The downgrade maps Pimpinan Tinggi, Administrator and Pengawas
back to Struktural; a Struktural without eselon that became Pelaksana stays Pelaksana.
"""
from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    'sqlite': """
ALTER TABLE "cuti" ADD "pertimbangan_atasan" VARCHAR(20) /* Pertimbangan Atasan Langsung */;
ALTER TABLE "cuti" ADD "sisa_n1" SMALLINT /* Sisa Cuti Tahunan N-1 */;
ALTER TABLE "cuti" ADD "persalinan_ke" SMALLINT /* Persalinan ke- */;
ALTER TABLE "cuti" ADD "sisa_n" SMALLINT /* Sisa Cuti Tahunan N */;
ALTER TABLE "cuti" ADD "ibadah_haji_pertama" BOOL NOT NULL DEFAULT 0 /* Untuk Ibadah Haji Pertama */;
ALTER TABLE "cuti" ADD "sisa_n2" SMALLINT /* Sisa Cuti Tahunan N-2 */;
ALTER TABLE "pegawai" ADD "latihan_jabatan_lulus" DATE /* Lulus Latihan Jabatan */;
ALTER TABLE "pegawai" ADD "latihan_jabatan" VARCHAR(150) /* Latihan Jabatan */;
ALTER TABLE "pegawai" ADD "pendidikan_lulus" SMALLINT /* Tahun Lulus */;
ALTER TABLE "pegawai" ADD "golongan_pppk" VARCHAR(4) /* Golongan PPPK */;
ALTER TABLE "pegawai" ADD "latihan_jabatan_jam" SMALLINT /* Jumlah Jam Latihan Jabatan */;
ALTER TABLE "pegawai" ADD "tmt_kgb" DATE /* TMT Gaji Berkala Terakhir */;
ALTER TABLE "pegawai" ADD "tmt_cpns" DATE /* TMT CPNS */;
ALTER TABLE "pegawai" ADD "tmt_pns" DATE /* TMT PNS */;
ALTER TABLE "pegawai" ADD "pendidikan_nama" VARCHAR(150) /* Nama Sekolah/Jurusan */;
UPDATE "pegawai" SET "jenis_jabatan" = CASE WHEN "eselon" LIKE 'III%' THEN 'Administrator' WHEN "eselon" LIKE 'IV%' THEN 'Pengawas' ELSE 'Pelaksana' END WHERE "jenis_jabatan" = 'Struktural';
""",
    'postgres': """
ALTER TABLE "cuti" ADD "pertimbangan_atasan" VARCHAR(20);
ALTER TABLE "cuti" ADD "sisa_n1" SMALLINT;
ALTER TABLE "cuti" ADD "persalinan_ke" SMALLINT;
ALTER TABLE "cuti" ADD "sisa_n" SMALLINT;
ALTER TABLE "cuti" ADD "ibadah_haji_pertama" BOOL NOT NULL DEFAULT False;
ALTER TABLE "cuti" ADD "sisa_n2" SMALLINT;
COMMENT ON COLUMN "cuti"."keputusan" IS 'Keputusan Pejabat yang Berwenang';
ALTER TABLE "pegawai" ADD "latihan_jabatan_lulus" DATE;
ALTER TABLE "pegawai" ADD "latihan_jabatan" VARCHAR(150);
ALTER TABLE "pegawai" ADD "pendidikan_lulus" SMALLINT;
ALTER TABLE "pegawai" ADD "golongan_pppk" VARCHAR(4);
ALTER TABLE "pegawai" ADD "latihan_jabatan_jam" SMALLINT;
ALTER TABLE "pegawai" ADD "tmt_kgb" DATE;
ALTER TABLE "pegawai" ADD "tmt_cpns" DATE;
ALTER TABLE "pegawai" ADD "tmt_pns" DATE;
ALTER TABLE "pegawai" ADD "pendidikan_nama" VARCHAR(150);
ALTER TABLE "pegawai" ALTER COLUMN "jenis_jabatan" TYPE VARCHAR(20) USING "jenis_jabatan"::VARCHAR(20);
UPDATE "pegawai" SET "jenis_jabatan" = CASE WHEN "eselon" LIKE 'III%' THEN 'Administrator' WHEN "eselon" LIKE 'IV%' THEN 'Pengawas' ELSE 'Pelaksana' END WHERE "jenis_jabatan" = 'Struktural';
COMMENT ON COLUMN cuti."pertimbangan_atasan" IS 'Pertimbangan Atasan Langsung';
COMMENT ON COLUMN cuti."sisa_n1" IS 'Sisa Cuti Tahunan N-1';
COMMENT ON COLUMN cuti."persalinan_ke" IS 'Persalinan ke-';
COMMENT ON COLUMN cuti."sisa_n" IS 'Sisa Cuti Tahunan N';
COMMENT ON COLUMN cuti."ibadah_haji_pertama" IS 'Untuk Ibadah Haji Pertama';
COMMENT ON COLUMN cuti."sisa_n2" IS 'Sisa Cuti Tahunan N-2';
COMMENT ON COLUMN pegawai."latihan_jabatan_lulus" IS 'Lulus Latihan Jabatan';
COMMENT ON COLUMN pegawai."latihan_jabatan" IS 'Latihan Jabatan';
COMMENT ON COLUMN pegawai."pendidikan_lulus" IS 'Tahun Lulus';
COMMENT ON COLUMN pegawai."golongan_pppk" IS 'Golongan PPPK';
COMMENT ON COLUMN pegawai."latihan_jabatan_jam" IS 'Jumlah Jam Latihan Jabatan';
COMMENT ON COLUMN pegawai."tmt_kgb" IS 'TMT Gaji Berkala Terakhir';
COMMENT ON COLUMN pegawai."tmt_cpns" IS 'TMT CPNS';
COMMENT ON COLUMN pegawai."tmt_pns" IS 'TMT PNS';
COMMENT ON COLUMN pegawai."pendidikan_nama" IS 'Nama Sekolah/Jurusan';
""",
}

DOWNGRADE = {
    'sqlite': """
UPDATE "pegawai" SET "jenis_jabatan" = 'Struktural' WHERE "jenis_jabatan" IN ('Pimpinan Tinggi', 'Administrator', 'Pengawas');
ALTER TABLE "cuti" DROP COLUMN "pertimbangan_atasan";
ALTER TABLE "cuti" DROP COLUMN "sisa_n1";
ALTER TABLE "cuti" DROP COLUMN "persalinan_ke";
ALTER TABLE "cuti" DROP COLUMN "sisa_n";
ALTER TABLE "cuti" DROP COLUMN "ibadah_haji_pertama";
ALTER TABLE "cuti" DROP COLUMN "sisa_n2";
ALTER TABLE "pegawai" DROP COLUMN "latihan_jabatan_lulus";
ALTER TABLE "pegawai" DROP COLUMN "latihan_jabatan";
ALTER TABLE "pegawai" DROP COLUMN "pendidikan_lulus";
ALTER TABLE "pegawai" DROP COLUMN "golongan_pppk";
ALTER TABLE "pegawai" DROP COLUMN "latihan_jabatan_jam";
ALTER TABLE "pegawai" DROP COLUMN "tmt_kgb";
ALTER TABLE "pegawai" DROP COLUMN "tmt_cpns";
ALTER TABLE "pegawai" DROP COLUMN "tmt_pns";
ALTER TABLE "pegawai" DROP COLUMN "pendidikan_nama";
""",
    'postgres': """
ALTER TABLE "cuti" DROP COLUMN "pertimbangan_atasan";
ALTER TABLE "cuti" DROP COLUMN "sisa_n1";
ALTER TABLE "cuti" DROP COLUMN "persalinan_ke";
ALTER TABLE "cuti" DROP COLUMN "sisa_n";
ALTER TABLE "cuti" DROP COLUMN "ibadah_haji_pertama";
ALTER TABLE "cuti" DROP COLUMN "sisa_n2";
COMMENT ON COLUMN "cuti"."keputusan" IS 'Keputusan Pejabat';
ALTER TABLE "pegawai" DROP COLUMN "latihan_jabatan_lulus";
ALTER TABLE "pegawai" DROP COLUMN "latihan_jabatan";
ALTER TABLE "pegawai" DROP COLUMN "pendidikan_lulus";
ALTER TABLE "pegawai" DROP COLUMN "golongan_pppk";
ALTER TABLE "pegawai" DROP COLUMN "latihan_jabatan_jam";
ALTER TABLE "pegawai" DROP COLUMN "tmt_kgb";
ALTER TABLE "pegawai" DROP COLUMN "tmt_cpns";
ALTER TABLE "pegawai" DROP COLUMN "tmt_pns";
ALTER TABLE "pegawai" DROP COLUMN "pendidikan_nama";
UPDATE "pegawai" SET "jenis_jabatan" = 'Struktural' WHERE "jenis_jabatan" IN ('Pimpinan Tinggi', 'Administrator', 'Pengawas');
ALTER TABLE "pegawai" ALTER COLUMN "jenis_jabatan" TYPE VARCHAR(12) USING "jenis_jabatan"::VARCHAR(12);
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
    "eJztfQtz2ziy7l9BuerU2HU1TvyIk3Fu3SorTmYcP6KynZk9Z7ylhURYgkmRWoKMx+ec+e"
    "8XAN8iSBF6gklX7U4SiQ22GkAD6O/rxv/sTDyLOGz/Ggc+/eseDxyyc4r+Z8fFE/EX1dcd"
    "tIOn0+xL8UEQC+5MxIM26/MPiCMfHbDAx8OAf/mIHUb4RxZhQ59OA+q5QuRePIpesDtCLL"
    "TwGFnUJi52UNwWGmMbYZsR+SbLG/IGqTsSomdIvhgFYxI9/RfCjk+w9YJs13tm+yh5wicj"
    "ygLiEws5mP+JKEMTyhhvCI35xx3EPNmMS/4KHlwWYD/4OZwiRojFEA0YssgjDp0A+XQ05v"
    "989HxEvhH/Bfkeb99zh7wN7Fq8Af4pwiNMXbQrWsTWhLo/MUQs0Qxv+WVvX/yS0KX/Dkk/"
    "8EaEP+bz3/PnP/nH1LXIX/y3xv+c2v1HShyr0CvUEg3Iz/vBy1R+duEGn+SDwkiD/tBzwo"
    "mbPTx9Ccaemz5N3UB8OiIu8bk9RPOBH4recUPHiXsz6bBI0+yRSMWcTGwb/oGQjhTIPtvp"
    "92++3PfvPt73+zul/k8kcv0afzT0XDF2uKpM/vqRUOHnw4Pjt8fvjk6O3/FHpJrpJ2//jl"
    "6dGSYSlOa5ud/5W36PAxw9IW2cGTUdskW7fhhjX23YVGDGtlzpWdsmlty0caPJNTtvKuw7"
    "wX/1HeKOgjH/58lxjTF/P7v98NvZ7e7J8Z5o2+MTPJr+N/E3h/IrYe/MvvG07jPyhO2ync"
    "+5qQI6IWpbl4RnbG7F0vvJXxbpgeSDrAsyl7VEH5zH/izVvUFfCCf2xXVe4mFQ0xf3F9cf"
    "7+7Prnui5Qlj/3bkO8/uP4pvDuWnLzOf7p7M9FvaCPrj4v43JP6J/uvLzUdpaY8FI1++MX"
    "vu/r92hE44DLw+97R9bOVGbPJpYsC/hSN7tHOzTnwwwEP7GftWv/SNd+hVPVv+anI4mf0E"
    "u3gku08YV6gZr2K3nnp1k5/XLmtTPo7cZstZTzyKpnwejUIXK5asaL14lKuN9/hIxcJB9k"
    "f76Ke7AD+iO2IzinrEwXxJ5C19nYSTn/bRBV87bD4w5RrDyFC8DjH8gp7HdDh+cONlSTTa"
    "IwFGt7wB3s6IfiNi/UKDl2QFg8XHwMWH/4l11p7keYOXnhuuIuolE0d3/Xn3usH68+515f"
    "ojviquP0/EpUxt449uOJF2vhA7P76VK9k7FV6Nwde00nxOtNS19lETax9VW/uoZG0m3Nii"
    "1k6FF7J2PHjXbezIUfMJHaK7cDDAo0UMf9zE8MfVhj+WhtdYX7Me4muaPAFx9cr91I2FP1"
    "2KhUT+5HJ35JbPXtqYQdNBw/n8nQzB5NNs45VZLGTEX9JWX3kT35mF1r1jyw2tir1bcfBV"
    "7+LG2O6ngYT5O7nr2fjDKZL7QPQXkkc//ieO/VRhi/fFJSigQ5tYaEgcJ9nrRQEKbrQxZd"
    "EmcMK3b5YXfYCjHR3/n/yn1Llqp/bnjh/vWLMwi1Dkn7CF+4HjB2tyEQZFEHDllkJtYLzM"
    "LmJT9j1TuJAm5j1osnM4qN45HJS2bMKp9LVcQ05ivn9oxzK3Ci9R2o4VbVw28CfPJ3TkXp"
    "KX0r64esvVTvtWbSP4xz5+Tteq/NDiP5//aBJEs/3s7sPZ+cedv7cTQpL7N8U2JNnX1YWQ"
    "sohQkyhS9DSaYrfsfnfOxE6E8c3C89hDjjdiiLr76MxFX8QOJfB8dE4YFiDHwAtdCwUe31"
    "kQxF+CIfxj4N5BnCzk3zVWt7yM+WEgdTi0yUL3pslC96Z6oXtTWuhE8Ey2b+OpbtAtL7e5"
    "fcXOziJWv8pU1d5dHDbaXhzW7C8OS3bHdkAfFednj/t67Fbt4WKZGWMPuNC6rJ0Me61dXK"
    "xm4xVQZdfuly9XBRine3E/Y9+v192P3PDS7PwhGq2KiYfJRXcwY88eX+7GmI11BnlJ0Ojd"
    "829cSXTJ3Sq6w6610Eb68M2bBkOdP1U51OV3RfNPQhb0h2Psjkg/sajmyK9qwuyJ8Ad+og"
    "P0K3YDqt0vm5kZDuZ25Xsm6pY7pB6ELkquAIHeUKT6SqiM7rkm9pj6S/eFSYhzYp8S5Jzv"
    "8UdMHWL1cRCQyTRQRHAr968Kyc0ddF9rdvOveIQddJWMz03tanMzyxNBz37I574iEDZnbs"
    "3Itmd28Xllh+6Qck83meLlXV3rptfQJ6IT+CzR7fSiZKsoPYMwUvqH4/IUKF2EYb2IYU5i"
    "IUe6oTktoifb8aEQhIUg7Nrtu2wQ9pY7jtuLD/c7JW+wArMmc69tnqCpUXMusMKo2wltn4"
    "UWDT66gf+yowhw577t1IW5sXhOHJIaxbmrA7DzI9R/ZgDqAPuUCZv+Uyts3aWjHyVy/cvh"
    "4dHR28PXRyfv3hy/ffvm3evUp5a/qnOu3YtfhX8t7Djmx7efsR2EurvDVGgzG8NVBLv/SF"
    "T+obeFeaircdgxJ7OuiOMqetgsJKOaETGfZPldsyMawRc16EUZvNgwvWdTwQtz2D3pIl6y"
    "ceUinRcx+TjZFXpu5zzJCO/gcFI26ue7Lzdqq+ZEZldeOgzQ/yKHMoOMe5epu1TcTRiksM"
    "Amg3X3+uwfs+P4w9WX7uzKKRrolswvc1r1zJ+KtMP8qbrmmd8mjjeZeop0w2q/nZdZk+te"
    "xUbkMlYT7VL+h/9KIBTE2VvElx8dNsn+OKzO/jic9eU2P9P62B1hBcZWZ/m8lMnL5mVBU/"
    "19YLONYN1OUDfvY52Rg7vA84n1iaqzK3PfduoiBwPi25iv5tGGbz5FTtDsH3mrPzE0eAkI"
    "6yDxYktkOgZjQn1099vZz4dvTk4l+57x7xAbYheFU8fDFn8weKZDIjhyghrne8/7s325pl"
    "csQb5jY8xfpzOnMgmDOWKxGRFdbLO/qr1oDT/PDn2VL6uLIGUyRoflv0o10e6ABrjp6rHB"
    "mFIugqc66napi/2XihCe8nwrJ7JB9r9gFEWub+ktVDfeFaVbKD7Cuxc3Z7f/me6h0jjR1Z"
    "ebX7uKXVT3P+8/npUqNzC+x1CN/3lFGzK5VoG7mdo/XBzPkC3Fhfvo+RPMqEC1AulIFVsL"
    "xVO1WwyaPN+fFgTm7jXSFyGL+8rC2wobhhvyjOKXROl8PsKi9lAY5YXyvw4J/cY3Bo++N0"
    "G8KS8MGLUImmI/eEG7V2/39tEfoiCRqNnwjBkSzD/+vOc+uDQq7zAcU8eKyxr1iPsiWSe8"
    "KZtI0v979BROHFFGSWQAiGoRQuiR+ixAYrIh7ItEAD9Tg0JJCBNzAr4RP0lpbWjZnMTmth"
    "wHmt71d6HkdmJhQFT6kVYyVc8PXnTOTkUpk+MRUTcjzyENA3HrBqbCqbXgVCtKtmqqhYOm"
    "cdCWTjUFHbRcJCPuP72pVpQye6qJbjZoqkUMokWmWlGyPYzrczrG03D587LhU6u8jLWthF"
    "V2btrR7OKFK1kdNEnmOqjO5ToopXK53sTzdXxZKmCyG7tJlNSvO9Gs8ERd5QkFucIdjXBF"
    "0kgVvSIVqfNcBm0Q7jONl3JbwhXN1rYLrVCLnJIKGM3++ZxoaUROp3i/jZkqDnrluaN78l"
    "cVQz8vaLJTuM0rutzS+vEf94VVtYTmFyLRyeOzEP/sKBeBrb6aZ343wY5TGRqZETU3ie+c"
    "MhnQs6OI3q7QWA+WOTp8e5JGSsQ/6oIkd9dnV1flSEnsXPvTLL64gG+eFV/ST2+MEieVL8"
    "RWe8QP4oqrq3bdLJwMiK/HeyvIGI0u3klNNxfuq8n6YakqSyaoRE9Ee9oWmrlpnkphkGln"
    "qhTY4NU+RKd2Zm5CFs4VhvRBqtOrSnxIr0PWWllTaUwFxFZl9NpCV4lEnxZEmlS9moWzSh"
    "Db/RgHAjlLmxYgWwrnFTGzfN2r6HaO5zFxBcz2E0P/srKltm+Tf8GtHICCAQoGKFg7Q/OA"
    "ggEKZsZUAxTsFFAwQMEABVsXCvYjgQX5KNQ6ok8/TqIO2h1iH6Pc6XShXKm1IAubr6O0se"
    "3A1gopZVxfvXP5jJjR1l045LTmUGsh7LN0tFXF8W57BzQNws4OR3Ut/O1VYTLPj7S9DJO8"
    "zMgNMHb5dgbvKEOyhSc6cy6ujJ/tW8nDTa6wjIVQ8obZOywJ720WyFuQRbtxPgPq4pGI3c"
    "Y3Ht2RwMLoEg/CKR9BLroKJ/hJ3PO8e3WyJ68rEFVVX9CAt8CQLPfz4A7I0JsQhg5eo2fP"
    "t8UFzRZ+YQg/imubRbPxy9/L1IpID9cTMWH2LC94jrIzXZl2+Y34Vlh5kRJEdiGyC5FdiO"
    "wafSaGyC5Eds2YahDZhcju5qcaRHZ/mMjuhqn2m/KckmuP7kKuCsrOVovMLiDfG0i+500N"
    "leS2uazwoZoYa9bovY30VIYCzOCFB+FTiN1+UkJWD8tQCpu8QN9LhdMr9RZzJGuBMWQcp1"
    "9T61ndAzNi7WCJd2XMSqPes55PSRj0FuUDMxwrAunz2fd52XYYNQE9z3Oar5xvH+AgXDiJ"
    "MpPeYBblOQ2IT+P0Ax1WeKrs9i+XdvBkSpU11ERlQKYeyXmhNtRCvcrpa14xVBrnLegCog"
    "Upo/HQHpF7a7Qb4xASgNDLnlofJJoljXx/+SfLGL45FFoYiMaBdh7vqgiSk2BlBXA381Rn"
    "HngXPS/BuzR7sRmCF0nKbbs6k+IsLhHG7KiwmE2GeMKfdjNYj/8p/k4Dhh5D55E6E+IGaP"
    "fq3d77GRGfDD3fYuLRBzfgwwvbyMHuUxjso2gdIkyWHsNo6nvcVWEHUDlA5Rb1UYDKmQ0V"
    "ACp3CqgcoHKAygEqB6gcoHItmlo/dr7FOiKO/BjHh45WeaaciNHYUC/T0wgEQta4S5muTa"
    "1dlDLa4LIungYUN1scr1Fct2YhOCivBNFhvx8d9stmrwdBS8ImL8L3UVjjKlXWQCg0xn4Y"
    "X2QZXgg2yom2CzW6yxQH0AhAIwCNVgEaQWri2qEhyNhqBgCZmrH1O/ezj9TGjNZW0lI91q"
    "mDf76lArp1tLJXoWIF5jz8c5G7pwZHUBALBxMasI4EfKLXD6MHopyqDO+JqmkFHnoeyxtk"
    "Zu+q2b36ZW8fiVhT4T6cRy/kYr9jh1oiPSsr1LWbgEJQhQtQIUCFABVqZ6gaUCFAhcyYao"
    "AKnQIqBKgQoEKACpmJCtXUyKl2TQUho4GKynPn1rChMVemAoSbH8JNhU1eDn4TSqLs8L9Q"
    "EPekSRB31vHkgrgns3Yf8kNloJ8elxMz2eYfMjXNRYPgGo+1FVCE+PjqYyPFwvya1lXJLm"
    "TnjW0g8xf+ACBhwHheHSBRPapXYF+NPCCDx3JjY6smtlE40IcwUAI/8vNOHdIzTJ6Yi+wk"
    "bdXU4xONSXRGgDgWGVIRh2cdid+IPXnoUHlhSlLiz+L/nxJx14/I3JLS3uODmxa0RN3LG3"
    "R4/Orw9cFbtJug1XunESDER1AnrsqHmedGfxf0Nc9KlYg2l9FX/ITJD6HswbVCob78TLwz"
    "+jbe9EVa7Mr/BngcijwmhzxGv+/m58MO/88B/0+Hj7JpgLBIO0Is8Lz4ghfe1IOb2EQgU8"
    "8+DQLi7qXq8Q3LICoLLPK4RfP8XyzkCklcS0Jd0zAImTTOEx7gAL2I0oXcTM+E6zPaf3Bv"
    "Q0ckNXEB5oX+kP+dyncj3sX8K5R2EmBagGktutIBpmV2oB0wrVPAtADTAkwLMC3AtADTat"
    "HUKi9jMhFkUYggFd4gyfs+OhztaHZwlEWiOks2mWJHTabYUfUUOypNMeyor1Wv9meZhNEo"
    "2JlUc2FLrwUHowNs4XF/jJ9of5rda120fNfjDhi7FSdMdQszPTHgTayrK9JPNPriqxuENr"
    "qQuqPfuO4ru9W7++XLVcHFdS9mwZmv192Pt7sHsp/4QzSKWJWPUNycDDvUrYgR1l9yXxI2"
    "Oe7dS5VFNvlZ68C6ihvuJ6Gjlx6VCrSEunCd6LvyXCj91LLVpZRtynprzCVzuMvhvtNXWL"
    "B+ehcETZ7aV1xRtCs01au9top5zSjDffdQ17Y5MZMte8fVlLsJFO/8RDR8SzY+WMzGB220"
    "8cGWbLyYiVto4Y3bFwtvGohkZ+FVEwBO4/ihkDY5rHImNRY50sI5G3UgycNx/QiOW/QMXt"
    "GUyR3Ty4ORZxEYeRWDkQt1UZPT+WH16fywdDpPkdBFe6XQgMl9cZlivr085ttNMF8z+iMB"
    "8cvdUZMVnxdqQ1b8p4Sp0BWHdNfC6D69cNi8LPkpGeFnrFlZuShkNBewF6mqtUqvi502zX"
    "RZkkCV+1VttHNT5lRxnBlFmUp+r7JYcmqKugrJ2UMNiiIrjbtzhuJmkntLs6rGu2d3N6II"
    "susFeykzaIh9QmSBZBIVTj7/epl+6YtK2BbxmSBEWfsP7jVf0XmL/hMWGe/iolIW8IFqnQ"
    "rOEv9k6E34okOs6ArV++t79KF3cxfxmEQTaHfCW+jLFvpTbOG9DmKeEHbJN+I/uCOPq8GH"
    "ukP20R3wkICHBDwk4CF9h+QI4CEBD8mMqQY8pFPgIQEPCXhIa7sHlU7LfXxDp+rujZ9eyW"
    "Rax0575+ait8gUOnjXJBX5XXUq8rvZKeQquS4118uqmS1mcYxuGlNYZszbKDJ5UBOaPCjH"
    "JkfEwT7XfapH55oRM3ld+FWois4TVbdPnotsN+D/teMQtZ7V85LmG76b01bX9sdNbH9cbf"
    "vjcu1rMpnioO/gsSocX3Pp7IycyXa/l7qiq0RXXaufNLH6SbXVT6ourK4y+/yCBlV2N5WN"
    "lNQy0OgDPU5SVAHfFuAwXRjmKzVi9LIZcaAvM221188mq2f12jk7qFtYYrx3c7ejaXWTqo"
    "sHk6A/nLoKm9d4kJxMS+qgxIjCOtyGsMYCBmyd/dZpPu7a7aojfY0JM7EWmTFTetWmHHmO"
    "J0k/0+nUXtSJlhoxeVv2a6ws6vV6lwvthptshqv3wipvao8GugM5FmnPIP5VZI50iW9jB6"
    "N7rpS9rj2ZICDpHaNzImbvvTI9jbjCKNq51hq86fZ3K12w0xOnYoZd7dteol3wEv2xenob"
    "YcRRweHNeiGTNtl5f0y11D5NNzlMV5+lVV67ctzXe+7qkW6w99Ya6bp5PQEd883DAn5bIW"
    "ry6L2K1F3GbazFjc+Yse+EjupEXT2sKxtoxwC/EuqihXpnqaHO/5yUzTwvmU3ZhMlpK5/D"
    "iYPH3K6TxWy8wuyVKXEtaolaeIuuk8UWTPY2vVRTze120eM0AROrscQSlJjZr6+LKipETb"
    "a/wBfRHbE9PvhffQ79JJHDCJefs2WFt5+XMl+WN9kHyYQ5dJWoulGnw3+bIk7VzN0ksiYP"
    "9K9cR3QpeNYLhVNWDi4ORJCB9ZkinlWT6FOQakOmj4ylMHTXMIi18dSeKGipmdpTEDLZoc"
    "Qx2VdJOFHLq6wtxacqKK6f4pO11GZ7N071KYw77VSfHJFamRDdjaU+Xd4SR97oWG35JMXY"
    "kJDjSjKr/l5nLtSZwPjFPcCKZKj0u05dNhTOPzU3HSrfZiEf6l6USMajUKRDea5IabKJS2"
    "XtY3FPOxafy7tCkU1GNMqTOu+d7e2LfCW+tmBGO0hUIohKI/Pen4o6yz55EIlR9FuS6yRK"
    "Q6cSyPeeWXYN6HsuR5Q5THBBKCQxLew4IInJ7MwKSGLK9R8kMUESEyQxQRITJDGVJSGJyb"
    "CpVV7G5MUtuvHYVMjocihRFLbqALX2QKzNj3795FSm47hKgkazhC65tug2p+32uSmhr75D"
    "sWat8CuuTTTL1l/95hckbqIkHB6FZStfe24c+FMEXCOB2XWBDCn3N/vn0Z8GGbwnAiy7t9"
    "OGFVLr8PmPHy64n9g9eNc5nKkvnYcdigZO4y5aVi5IbcfUO693NC19m4aYtmduEQ3TsnQi"
    "sLSRN1nSc4v2jYKMoho9Iwr/3CP+kFQWTS0Jt8bqcWx19z9WZ/dfdMweDvpJDFgPIFNIGr"
    "3juwsH6DLW1wiILG/AVeBkvjfy8ST/E1tr+aZgmWIMLoGYpWtjXyAZy2Fn6ZKVP2IY0h/J"
    "hlzz+LMVSG12VKvKDJYHfk25wejhwsRrUHcwkpIXrVaN5OShToapeX4RY5stTvgT44cj9w"
    "m/Ou+dod05N5Du7T+4D+6/HPKNOP9KixXyoRHaaFc89YorzT3G/sRCD+Hr1/jtvfjRbA8N"
    "vGCMHj3H8Z4j2E4qIY5mu2/3Xx/w/4kqhhjFtnn/4MYf7x+K73DhB9DgPcp/vf/6tXym/E"
    "NxENU55G97EdghiqHDB3dMfG5kWfwQiXljdWZ+zyRkASJ/Uf7f2BqM9zl6IdjfR/fpY1zr"
    "7PZYJn/S6YOL+WuGY/R6/+A1GmJX1GuMIutcS5c8IzkWpH5o6onBjfjfuDxxHtHuw87wZe"
    "jQIXq0kU8euaLc6bKHnUrM8s8s4CHev/NPADEBxAQQsyTZKmQFQMxTADEBxAQQE0BMADEB"
    "xGzR1PrxQMytYJe6kKXx6NllrOT2AUqocLluaFKGUNQmnp8GlQqbvN5eJUrqZ/g1SvCrye"
    "8rXT0lCAsyXKPrMzIpk00tKQ4Xiabbdx/bw903ln6zcdi9BOI0QRP4z6Y2DjxFeUsdIOEi"
    "aeaSuklioyFOPQ54v1oNtrNWGKEMxyiABCVmUw0lZHCRXtZOxmaozN/54or8nZcJcQO0e9"
    "f7vBfF7XGayLOPBqEjUnLisHmSohNOUeDJYPjEc4NxPuz+XsTiZQpPdMlRdZ5PDFOkSUNp"
    "Sg8k7kDMG2LeEPNuZyAOYt4Q8zZjqkHMG2Lem59qEPP+gWLe8rYBdT9XRbxTkXZdqbB8GK"
    "BcHU8ernQxg1TI5GIx3UTJzdadgqSbjUS2XeqortWuif6lEq1Ju7kRGm8xUcH1+oPQVtXW"
    "qcFocjJGj+cbbx91haav7nqfFxnWq78qKMntYHzTp3bLjVJD8uJtCXUnySFs3xLdIgJ+Fy"
    "7dWq5IxbCvq2RXMejNrGKXKGteBbskwKyXoTMjZTSVYcGchDWn6OQD+0um53z/eSCdmeSc"
    "meGnnZizTjyoS3wa4LMh1+937FBLJMQqECHVY506TGggBfpYSPS/5UXmwkLRu5B8GUrehr"
    "4y1YZdFni7JFNxgck5YfgnhqI3I/nmKLkhen1AmERzrOixULaHHj1fFoaTPCckkhy4pdDu"
    "1WHnwc3QHvQk62X3I6G+RZNfhIZeKBInyg3HmR8yVSP62xh/E2AWYyLzI9aJ/+Qo5SPKSm"
    "FIpIK8oOGYjxkiECze8ATAJgCbFvWGADaZHQEHsOkUwCYAmwBsArAJwCYAm1o0tSoSLPrx"
    "GUIXNCkJGx2liKrG3WbabhRFAVRvOVTP9SYqNm5d2D4WMDxmz7VE+fDBIkvAwetmt3PXXc"
    "9dWgVsGaLoixCBjt1nxIy2fi4Ks5DZG2UAHNSkAByUcwCqwjYap/a6Jjbnol9rdkZ8v1sU"
    "NEPnBa23cLLHgbq205Xnju7JXxWmz4mZvOX8kKm53H7n4z/u6wGTdLtz9eXm1+TxWRRldv"
    "vJsB5YkpMwegui4WjWi42onbo2LpL8ntaZtykMkhtYRkEg1yHj2+4Blj+xhHzkvu3UAR6T"
    "4nNzUY5iuwVM4wxljWU1sk7RmP8cRLDvvIhiUBJYuJEAhkAfbi975wJ0iD7+Pwdot0f8CX"
    "EtPPIpenfy6vD1wVtZhyrKeykCHkNvQhjCjwGJWpOt0EAUlhJvBQQCEIhFfQ8gEGaHRQGB"
    "AARC0deAQAACAQgEIBCAQBg7tQCBAASipQhEQCZTlT+qXgAyCaOj4PepmvoVcJqVwKmrgV"
    "MVAOctET9QeIR5Ye+coMnJXHG4u5dpu/nDo+sFoaO6sKM+yJ0TM3lXcxOp+UofXdtExFuj"
    "LtE6I4kR3FIfTyw906mLKsawk25wMcZ9amOMGU8ZS+pyGknMBR93iRsQn1gi3nh10EmZ1N"
    "EHh3v76CJgiAU4CEWhnW+EPbh8/8tbtnnTD+HhwS+HOfQJXWL+puxzRqbYxgFFr/g/As/B"
    "tuRCux7yRIQRPeOX9+h57KEJfpHNIxpIunRSumfo+Zbg7ceFegqkap9UXSAA0UyIZi66JY"
    "BoptkhFohmQjRz3k4bopkQzYRoJkQzIZpp0tSCaObWopkDfmrSu307kzA6GtdN1TSEBVx1"
    "yWUdBTiTMdrWmleKrr8GEMNMXbKg2tg5EZMX5btMTSMs7Xi2klRdbehMwugxfZWqaUQ0/5"
    "uwn+LKkbheT0WYJBVqTWWr31OVV1PV6ljnHmgchLpOI5EweizfpWrqjuWjJkP5qHokH5Xv"
    "ZiC+TX2M3f6A4he96+QVsq0Z2L1Ed9QVum+xeFvoh+Kq6KlPPQHoKC55rt9eq+SN3mF/lQ"
    "qjXl7hDVMG+DFO7VfmX7aTCm/OxWQZAHrnmEhP/f12o+12zW675MglKrWowTPpTVo8gc50"
    "zX6Xarv9e3eyFLl+EjVqupIqRE3ehueATXPiYzHNqF+d6jiXotSvyXHU5SptqCtiqhL6XS"
    "vPUY+zFKcj1li2UTpjnXWNGt5xXuPqbAoJjgYnOOZt6k2t/pS4Yk6F7qj/hJ/xQM/GNS2Y"
    "zCP70jtHvVRt9FmovbkugBzTeV5lBTmm88b5CqwcPRE5zLaP66aGr5nwRiX7fiYuZVf87O"
    "2qr74rfN+po+Y9iSf7Tu7RubQ82TjKtT5DyWPE/0aHJKGzpam/6JkGY3mZnRhYFvbRlMQv"
    "TtJ8e2c3P9920cEbked7LPJ5p55LeCe+Rz2+lbl5cPn2g4z42Zcw0X4+OfhYyLyGO+2AFr"
    "ew8wdanNlcHaDFnQItDmhxQIsDWhzQ4oAW16KpVV7G+J9aRQST51cDZKxjt71zw1WsOhc1"
    "Qo8aTaiDmhl1UJ5SdnxgWhRCystvEES68dyf+emO/jd19YGky5zO+p3QqA9qukBBE2Av2F"
    "+kduCMqMlrSa+oqnkh9qnvMWKFioqxc/ogJ2dyB9xRFpBJB10TG7uUTQiyJFMg0968PnnC"
    "7sjG/WdsB2GfuyOFl6oncCgbMBoP+Sw1Rn8IjdGuUBnZxH/CDRk0K+VL65KWtkxV2nmtux"
    "BIftKre27kxy2ylLgHsUJbZ7OTSZjscXpSS+N2PJbgFffHoR1OdH39jKjJxj8XqqLfElXN"
    "8O0aFQyy/vLJSCxdioW5G0t+urwljsyIV/RKDHncxq3kRqMhHl9rflQhVUVSmK0Y2TrGur"
    "Mnt4RNPf5Dvz9LrRN4mx1lCuxNMRCr4bdk7OshcMkrKkG4L66oK8H7igUIBxKGk/iZKJFh"
    "7yNxLXD0Zl/QvihDUc8ift6IiuaKAhYsHI14A8R6LxsY8K09e3DlVkuIWPx09o1Y6NH3Jv"
    "KB+Cf8xFC0K0PRo7vPnm+L8hYWfmF77xFONWMBdRxRM4O3xE/Oni/KbsjtNhM3DAZx6V7v"
    "G/GtkFQBe39GSXLiW9frZz9r558A+QHkB5BfSbJVOARAfqcA+QHkB5AfQH4A+QHk16KpVV"
    "7G0n26ToQ3FTI6qnufaLnRCG7xvNN8p12SM9q24rR6W1B383tvqJS85F2NVBH/vqF2xfik"
    "i8e+NzYqLy5Rj0y8sbdY5PukSeB71lvn4t4nswupIEj0p5lGOsSKvJzZVhcUi2XMvo77GV"
    "uZoxsF3XQBtcVTdFefGi0DkhH0q+OXZ8TakRnaFUpHoPE63HOSMsv4lprhhbJtc6LtMGmS"
    "bHuXKb5qs05JEI5UVSlqkN9MxORjZC9T05CaZNyf8Q7VrUqWlzLZ3pcFTY0ol7X5lOVNnc"
    "+3lrEcI2h6Vi0KGX2S02OKfE+5yMYN3fWkIudQ7CXtOpvB2sYR3NTGxRlsVKJxgSiiIDvM"
    "EkmqmQ7MnvT9wqMNaA7x4+ju8nrW5JLj8Egdh1jiayQpBVzQxdQns/nEx9G9wacounAjbj"
    "b4iaGp7/FGiCQ8iC9/eeA9wZ6JzzqI4OEYHaDdgFrYRgNM7T0UeOgY7TKxFAfRR5BwDOyD"
    "RT0QsA/MhkSBfXAK7ANgHwD7ANgHwD4A9kGLppaKffDjQLjoLvS/kbXEtKOCUTZx8IRWBF"
    "vnY16lRowGHaOCV5eZttoh7yYB7+pwd2l/wKj2RTKJjNHxwa9cSX7cFlyazadDTolrUYva"
    "VRDC/FFdbMHoId0rqLp9LHdKZBLsMrbPNWC46XOabt/y4YG2Kzkw35EcIO16BCt0JeGhtk"
    "0PzbfpISqVGOgsUGNglXY+0rbzkfl2PoqLA3Af/RJxE7YxhI+1TXtsvmmPUa4iwOZt+kbb"
    "pm/Mt+kbFNcBuOMmoI9U3DWFoi1zjzgLIL4rMfWJtqlPzDf1Cbr0JlMSEJebWBjXZtu4aD"
    "F8q23ct+Yb963YMlBu03Cbpn2nbdp35pv2XVy2W5Z65n8dYSvEbgfdifv/5BbiGrOw+WFk"
    "hfb+Rdvev5hv718iy+J4dxbds7j5wVxxcWV9CZaWXF3Z+OLKTZfUAg7Z5jhkQHf6zuhOye"
    "2/PTIZEN/iiqprvCif69TRn5ILkEWmTVFkLg0qeRmafdvMvQuiZepisbBOZQWgMZfxfMQ8"
    "RrFDGd+X76OncOLgMdeCET/AoryKYD25oWhZ3KggrmeYisEnKrLsXh3tdR5cm0wDFE4F90"
    "nAHeh5zB/4Jp53iWgBWxaxOmjI38etKl4Zg2NAjQJq1KLeCqhRZvM1gBp1CtQooEYBNQqo"
    "UUCNAmpUi6ZWeRnb7l0Ma+pNWSogOTstMqUOGyWqHtYkqh6WE1V/JBba0hNJQT9zPFtZ66"
    "Z6sGYSRg/Xq1RNI8YpwxXR22pD50RMXmjvMjWNsHQxIqNxLC8Lbu50/lrT6J+lrqiX6br5"
    "Y7p0SsoxXXPlQV5o6VsPNjTCz2Kdt3jlQV09hnr85/utybBpJOjRCzwFNEEdwtSmTwRmxz"
    "kdBuh/kUOZQUUaPnFdNXd3Nfb/fPflpt7+s6ae2YWLBmbtDwUyVu7CXe7WmMQq9AxbkjPZ"
    "vDepspszMhTK2GyhDLfQx0uatjhgzDCw7iBuaubSTC4Ym2uDbr5eXdXhx4WMj7QIXrELdO"
    "5S6cWt9BL41aBD5UIL5GZvVMkNFAXQXhxG1fB6cT7Nx9Srh+fOGWJTgm3io0fPz0D16EqU"
    "DErvoJCF2HFesgtQbDwIp7zTxRUoX3rnaPfqGKqDAAQOEDhA4O3E5QACBwjcjKkGEPgpQO"
    "AAgQMEDhC4JgS+yExaS5X8AbUw10DDxpmE0VbuSjXRJcFjp3mq7voNbntugLWunc4kTF4m"
    "LqWWaDfgPnbqua/IBFOnab2Q9ZcipzJex6hehHpGyuT49EWsqhHRaZpTZskwav53tdHSTU"
    "OoM0NNOwEnj/Jm4cXFA6hVyTRm9MGqAtlrDaKWY9CKWKoyUF0dUk2i4/1p4fm5odXkNSh9"
    "j0xD/YQZdWig4DjJ1CWfeTJZ6ev15TUKxvzE7ZMhkRdM5/KaHtNGxLMD7AYhb5q6CKNkLM"
    "qkJYi6QtR10R0gRF3NDgVB1BWirvM29hB1hagrRF0h6gpRV5OmFkRdNx8E3NzFu5s6j19c"
    "LmTcld+3a3NTjDy/IhdpfsXavPwGb369xrIsqh1vonXirjmF9cd2o6FdM7JLaTOyhHjI8F"
    "jLg8yImTzSoxqKX4WqaFfERcyJcQ+IG4QV0ML8kZ9Jb3DcF6JeWvBOqu32Bz2kFKw8hpIW"
    "ZtIy64yU0RXTNHOg14vXVEMG2njNgriBmWZvCt7MDLwCePPh7O7D2fnHnZLLWIGxIX1jOx"
    "XpvrLQwW5u06YAdkrPdOpwnVA+3Z8UH58L60QvQTPbxxkYx/f4CRE7GSV+Gg4cOowAHUmR"
    "J0N+OhIwzSMeSignIExS66eYMf5XzxVl5vj3EYH+zd7+g3vHnwrFl9gnCKdvOUXnNIigpo"
    "fw8OCXw+jfIbMFCpS2spf7VmbzTmnySXz1O6BFgBYtujAAWmR2CBvQolNAiwAtArQI0CJA"
    "iwAtatHUKi9jUDttudppUz4LxelPxzPlZYxG3Xo5RbUDtY3c0kGNXzpQ7AH85OKuoq3ryx"
    "9lUkZb+6tUE0VBgeU90TrKH8VTv2+lQYEFHMeM9JI+ZEMLRHIJ8HlB91V7kziYoj/EC4Im"
    "73Xu84qaN8CZDIupnfl8EC6T3iAIlwTsdjR74i5VdvsYnIMnU6osI1hTWi0v1Ibyalc5fa"
    "GymoG4xqqDg96UPxM+hbpAaEnOZPMKTOFeKrs5I0Nltc1WVssG5ApMa15KoO4Qbmrk0jw2"
    "CgX9+A07IWb0bDqw4hk2g4HOPNGpQ0BJ/GwfZw/PxT+TF6CzXveclPYiO/djgiS2+RNDyQ"
    "vEhVoY8WV0KMvExqIidS26ZssXsTQBVvaIPyGuhUc+RYevXx2+Pni310HPNBgL1PTBHRB+"
    "zHrCyQVdb1CUGv9eYqqBF/DNPmXI4nurb8TaR7+JNDl5M1cKlgLGCRinyr6AcQLGaXx0GD"
    "BOwDjNmGqAcZ4CxgkYJ2Cc68M4x6FiQ1h/J30qZDQP/V5oic5yF6ps9DZ6mfmzaLQ8Fd5g"
    "sDx30NTNGlrEbTXKPqxJPiznHiYYWlBRZX0++pZJtgu9RwWgYy3Am9NPogyLGDYv2y5Q82"
    "NO81Vb1vX6NpmGQcj0bj6blTN5c3Pj7aPLRFn0QUSsFsLV1pNWKMNc/Si61T8o90HNTV0q"
    "4bbc2BWXkOwR94UIE4sVkvdOj0y4F3EDGSQUgfUt3ug1Y97DZfrmsJV942CbT5m4Xwb8s9"
    "A1rluOlumWo1Z2S1Jk7pJkKU3G9cvxMv1y3NJ+SZIyc0ljhnXLm2W65U0ru8UV+yjB2hOA"
    "VJcIaAp30Dn2Q66krNR4TVwBudpb7CYJafVje2v1UUmyLR10L1G8bgz0bc/0Y4EdLnpMTo"
    "VN3gFH6KjeOWLdR+UhX7OUWfH1VMqcmMkW/xCpubqz21r4lJZnhxOix+vLybSB1neeqQus"
    "vg3iRhul9RnDODPPvG2vBpGeduRPVtb4zj/Qqa/vHT/aT0ZFk9reyWlLZXNZyDt5QN6dyD"
    "eZz1jEmb5RRgNZ2QGJt3UkjemRjwMuGdV/kEwm/gHfd4otUBjVixAPI++ZsAd38MKFB3wd"
    "YegZ20H4nv+zKOB6QVLSQZSTCORLchKCEeV946eSkKDdhBgFtcKBGbWwswJmlNl0DWBGnQ"
    "IzCphRwIwCZhQwo4AZ1aKppWJGQfWHpWgj3lRVC7zaLaUCRlciuE+01A/iNovi1oVxy8AF"
    "mSgzz+ZkxKdSJjv/+1RL82K3USCgHwUCtM0/K2x0L0Qhj6tUWfM6Q4Zc+jLkouOtZ8TaQU"
    "vryvDSHzK8tNquUbjwFlZ86BL+ekGHlLaJphjd0TTy4uUfDt808fFvql38m+2XYDcvjA4o"
    "BaAUtSiFz7exNg6qUYr8A516lCJ+VAuliGWqUIpLMsUOjrhIEqdInpdwQyEb+92xyMZ+g5"
    "6wWJ7c9+jrV3QiPjpGbDj2PIc3ivzQIQyABAASAEgAIKGd0U0AEgBIMGOqAZBwCkACAAkA"
    "JMClo3DpqDHmNeXW0fgcumgMMCdutL0/Z3rq2vyoyYA+qh7PR+Xh7PWZFnKWCpi8BItE4L"
    "vFRvU6cn+DkaO0cg26m0q0AypIMtibGl0PG5hghvvx9O6ziAWrY80q+XbY9pprj2KnkXCA"
    "12HlKXEtalFlMflmHrjYgskOopdqiu65OvaY+ot4i3cNfMW7Sk/xTn3vs00cPKGLL4OzjZ"
    "i9GMqLoC8zbbUddhN3Xe2sZ7tA5aZrcqTUPtrE9Ki7S5EgO4rAACh+bi5CBgAkAJA1AOSF"
    "K5atwPMvKbf8kxKDLD3TqYMhafJ03849PheJTF+Ccm8pgpEuEm0P5UOyXPTU90Y+nrxKbn"
    "qOykCLVKYXgn3nBQXYH5FAJk39O8R+QMSHPsHcl2JG30cVo+Nn04/l40M8ldf2/Ie8STcu"
    "Fz2Dd0pw8+17/qyP0ZgGoTsqVpIGnBNwTsA5AedsJ/gCOCfgnGZMNcA5TwHnBJwTcM514Z"
    "xVF5DWzKt2XD6anqoWmVKHb5pRwus44SVSOMOBMu2n2tSZhNGmvkvV1LXzcRPXdVztusqV"
    "yWyP97u4telZmQUYFXRTW3tWtC1F4S4jvdHZ8ypyApNycMc6lfi+83r0WmfLVZShj6I3mu"
    "M3E1p65G7OuonKmx+0InbVj2JXiyJEM01sMGPqMpyEDg7oI9p9CicO3z3e/7G3o2n9DyJ6"
    "91sUvbtNYoCLuPHVsynSkGQ/eFZU+K6dByXZtjjytA94Z6KL7cyKvPEU5bsbG75V1buLhj"
    "fA8ooK3Y0t36oC3TOWN8D0iiLcjU3fqhrcRdP/vmXLL2r1llpc7CpXwB1YcOMjAb7+lPhM"
    "Vcm2R/whqdq1l4XbYv0PMa65+x+rK5r9i4bZY8i2n0C2evSMCmmjz069GKS+jHXWOkati7"
    "Yxa8hyH2hTOOLfmf+Zre6BpsyOijFpFMvjCk89cZGcgtyRfNWp43Q4uYfmMjlyLc4kk/uE"
    "fxNVq7WJvAFcVL99JgztXl0+XfQ6/ADmPuEOuur1ztFDePj68CS53FuwOiyCLYe6ZB9FZS"
    "5yN3mfPrhR/YzQDcSF3oH4jvvm4D06pzb16QQ9j4krP0KDl6iGrrw+KOgIzqaDJwMc5J7B"
    "jwERl4/vo7MHN1ZcVM2VX6Ylc+MmxMvGdDR2+P/5cEc4rZ4LDBBggCzq6oABYjYsDQyQU2"
    "CAAAMEGCDAAAEGCDBAWjS1ystY2668Xjg3quJ01ogPsvK7vKb88MZPmzruLCditLV7mZ66"
    "dj5pYueTajufKGrtymOq2otV4OiZSFsKQmcar+secRlI0LLirGA7coST/OvLRG0ozxqVZ9"
    "3RNOTi5VgPmhUOqKkbUCKF8R2JLy8zLdu9vupzUdLkLeRlQVPz6j0H4VOoC3oUZBaKPm3K"
    "a0hFjcA3glSVJVGN6IkorNY+KzfFMApDzCjk4pwyvtWnvAMU2EX2ZacOvbAKj83DL6qj1B"
    "DGhzA+hPEhjN+22CKE8SGMb8ZUgzA+hPE3P9UgjP/DhPHh5rvl4nIW9mm/tnBqxUSZkTM6"
    "NH/OlV0sJLeGYp42mWILL2LzsqTRVr+U6hpjd6pi29eHQamSaG/U2nvBKCpERcwLgVLx9t"
    "BWmb9Z9L/QwAYBgJ7vMcLQFRnQcf7mOq10/Jzq288v/EFvH1zHwtlWQIt7iwEeYt2BvMQ1"
    "gysnETh4MqW+MtpfXWk1L9SGeqtXOX3NK7TKf2xo66FaeRGTQa3I0WMXiS2u7tq66vgsC7"
    "lB+hPMdK1dFjQ6Z+pOqIuuhbqbM3QNnJgzn8LL6GKK8telP66tJm+KLZaHXgFg/HB29+Hs"
    "/ONO2Z+swNKF6fod+JOmNs8714K1uVbo5uvVVR2cm19ZI13LPdGNJT9d3hJRgUOJqf1gnf"
    "D3OnFwOT0v+Y4N+zsKJDz/dacOC49mo509uVI4/M+snpHrTTy/H/r8kPRPQMkBJQeUvCTZ"
    "KugOUPJTQMkBJQeUHFByQMkBJW/R1FKh5FCpdKWVSnOHnebb7KKQ0VYVF2B+jRXd/H47Mp"
    "Q8ueqsBTNiRoPjN0JXdJfoagRCnuSuVRh+ftJblekN59XodINmGmFFVkr1GM4kjB6+Wpk/"
    "M3BgMzywDhBUphWPVSyw+rTisZIFZpale5meRpTzj64HdTGzozPLIuj3bBsbxMAj1OOc8p"
    "fvaPZElE5/k2q9fToHo49VK2QDCkIivEkGAsVMn3qQKLp95kHoc7MsTmTKiZtu9K+Zqts3"
    "ezXho9q/1/A9jAoL6PE8NrALnBIXuwJcUCeO162oM4KGr6sz2hph/Bayyi65kchU26kbxC"
    "fDPqPTss1ryGSpRBuYZGdCWdQlfiAGPLpfTbWEtdDKbAfzbQm1RV15LWy4LGgyxewy03Zz"
    "AZYatpNd1GdJDk7u150l86Sldm9KvykPP6NqKuT4Z1VUkpQHNo9JknLi1kgk6fOfwV1ViU"
    "fyZxppsmjAz8UTrHgeiCZANClYGIgmZqPfQDQ5BaIJEE2AaAJEEyCaANGkRVMLiCYbIJok"
    "h5vmu+yCzLpsuoKDjGSZnKWabn67rTpN6nIe8rItoz2c51RfNfPBbArPagYvMHi23QdrJ/"
    "BgVm3N6lFclDJ5EJ8xPev9sFyeVRjbNCqPeL/Nx6p2efCCoMlHodtEUXRhanWc6B77fjXF"
    "oX7vrBDf3C76tWZ3fJbKIk3Kw+o203yvFj6FNnb7dlqbqqmPUcmaPPTPE32RYXW4zCatlf"
    "w8cNbWzllbkc2NoqyZTuRR2DyuDpUvjdBSQs+A+DZWGL+G0ZOJtIHSczfkfn01hx7g8QCP"
    "B3g8q+Px5HebOVda7It1VdPZVARxZbWj1lpC51efWj2fPBKfiIGuoD7NPNGpoz9N4+f40B"
    "j50eCYS4HauR8TFHk3hjCaEp95LmJj75kh6vJPZOs/MSRa7CDsWuKeeuqjZ2oFY/Y++QRF"
    "v1j89QVNuI7EmrX7Gl/14EZPes8u/5YvoT+hMcEWfwMKPPQ8Ji6ik6nnB1wT/i7+GQ3Q7p"
    "D7m/3o875oh3+5t7/TqWB/hYz4sbmJAwWEtsrrivpAuXWtih7HAiYz/pubt3g353GD3enJ"
    "cfXdnMfluzl9RiaD0H1RrAxiN1Vh5KLYUtvUxZj+//cxdIfCmmgQUofPdrYv3vf/dI8Kl5"
    "7jTdAL5t6Cr5Hxb7JN5aQ7ZBBVTmvaUamAGV0kXqvdRVfiNyBbdtTulNqMOHtmdo9cYXS6"
    "JxVocff0yIQEmJ8Bn0IrdOJ+io6wKP195vWVWOT1zoM5CZPJIRtdumsOgMkuasmT39e4mZ"
    "YZt+kpLzeo1JVpt5Ol8eXxkQ7JHQmC6EeWTivFB+oPK3z7ggN+SnP7fGENvGalP3e+uASx"
    "qH3kPcrjgCdfinZtb4okpN2RH3/AExzw04RQUR4dbi56ex0hLE4bvfT1+6VzyprescRdnT"
    "Z3yhXx8YooVSKwmv3udg8Thd3ucZNY7HF1LPY4jsVWHy5c6mAtY6cCG8xp1VyPFzT2USN4"
    "7agGXjuK4LXSirClNDP8jVi/U/Kscl7Zl7WOKxDYsBOdBeb7qzPpGywRleDHI+FO4jgH2s"
    "Xop6Stn/ZOudPA/nDciZ9k0p0wz+eeBotwiUNdm3saPkT8l7LLWt9rGsRCxHjmjhBiIhAT"
    "2eK+dc0xETnCdRYFrGTcGmXcnRuuJMo7NG07N1kfTqqXh5Nml6DVnJWVwP8GTsqLFfQYYp"
    "9iN/G+yOIHZFFt0dTIkpWmPmrlxKRS7Uk9a+5n2pl21iTDE4IfEPyA4EfV2eGcMLyjODbI"
    "z2tPDFbyxErrUcBmGwpLzJvNUFjC4C0HFJaAwhJbyXaHwhLf41RL7ASFJQyaalBY4ocpLG"
    "Hzjb8WRBc/by5Ct3PJVUSXZCLqH4z8hfJWDo6a5GcdVadnHf04gdjkJLn9ICx2qCo7pSaf"
    "PBEweXX4+CQISQ634kIjuVEW0EFNGtDBoUlYaBRn4sc9RUwj/a5TF9eg+acgtrHk8ITYBs"
    "Q2ILbRogMXxDYgtmHGVIPYBsQ2Nj/VILbxw8Q2tnvmXktsQ5648+cc7fNgoxl1UDOlDspz"
    "St47p7Z0w0vrNhvq2PnSO9/RtPznRM3tX09nczfka18jVZQyec24LGi6tZJuhkQ8SuUiFJ"
    "EPVUmJ6ghIvhpDeuMShEIgFAKhEAiFQCgEQiEQCoFQCIRCIBQCoZB2Tq0fhuax0Plw5WUx"
    "v19uh34hxvXXsfe55xHF4rAd0Mey2evLepeETS6DeRspi86EsmhXXufTsFrQCot7Jyaj7l"
    "IWz4m3weYXkbpbs7rLp9yAD9MxVeReNQuszjRh8tboRqjKx3ms6nZcuiHxvh4WdysEO4ow"
    "X/JVp7ZETe6huYUeci0WKjPEn8s6CyPP8UQw9pUf4qi2DEa9m7sOuniF0efQD9F1aGFRsv"
    "Li91cE9chkwCc7+hqIFWS310O//PKK+/HXlVUqIVgIwUIIFkKw0OhjFgQLIVhoxlSDYCEE"
    "Czc/1SBY+MMEC5MNv87MyssYHDT8NTnL3IqzzCIz66RJ1lJ10tIPETusOFU2Me+qCmXm7+"
    "lKKlXphK0yKZNLBO181SjDtWR0ypDwyCUdnN3zL8c7Kh5U+mWnlgAl4mL9IH1wbpjk8qKL"
    "zlDaciFUIr87RY4Ilez2iJ/knaIDEfY4OEGPnj+B2AfEPiD2AbGPdh7IIPYBsQ8zphrEPi"
    "D2sfmpBrGPHyb2IYhP/QH24+iADl8qJ2b06VzWx+mmumpnkL1rkkD2rjp/7F2Z0TOiLFAV"
    "ma02eF7GaGvf5hTVvye+ianrbolXhZsWGN4zYkYbXBLXFh/ea+GsYYadfsjCipsO5nN5Cg"
    "1sMFFSkDmIQ+MQk0YvnHGFf04U1k9SbZSjWpOiWrobUrC4dGOAqZDRIcB7oSXqEV/slzYU"
    "C8yblo/fkSKEfe25cWnwkl1Tidn9EBlS3iH759GfBtn4N6Ex2r2dLn9Z4/nHDxfckHwZ7B"
    "zK1vjuh0alwvPh7ZmMX8+1lFdMNPMeOfEN+o4uprau27jMNNWvdNbEaRzW1DmDPOut5Fnn"
    "Tf7oBV7Z2J/E5dhqaycCS12lsiF7f4p1NfDGFM8OJ0QxzGssn5Npg/HPM3XNs78TYtafHC"
    "qiC9FSqO6BnNTSK+mGeuGKq4x2Jw/h69eDwxUupscai6lDAmzrePRUwOhzz5XQ8tWZIy73"
    "NMafj/UsPV7Czhsawb9FKm6/2q3r9RnxA5mepYhL1hzmZwVNNveNt4/uCtpu3/LByKk1vQ"
    "gJV5woS5J1IWFzeuGe7xJH2NHuiTrXfXb/ccau4nLlUehivf12UcrksdwraLq1yl3mEHm6"
    "Pd4rDuaH1mvCqLujZvTMPtWZR+0Z9KeJRH+SijQi+XRR+jJ5zWH6xhLlp3uKyL9DOuV7yi"
    "hN6hsZU25yBiQgIAEBCQhIQNXmbiczAUhAQAIyY6oBCegUSEBAAgISEJCAgAQEJCAgAZUN"
    "DiQgIAEBCQhIQEACAhJQ2WkACQhIQEACAhKQWfafEN+OzKfhaApCJvuZa67oq/tYUf0zUL"
    "NDUN0pqBw7tUPu+PrDoVYALS9ksr2/SkVfffiwiL1Xf2fRAI/1VtBUwGQjd3Hzzfb66UBT"
    "PPCpFt+qIGSyoQUNqJdqaoS1fVnkRtPamZDp1r5NNTXC2imPQ8PYqYzptlayTLbnRjyn8p"
    "hZ7UZSIdON3Us13X5EihtuMLUHmrZOREy3dLd32d3e7sMcmtuHX4kVuqMu96ihi6tobrNP"
    "debR3Ib9kZToD/IijWhuH1D0Mslxy7+xRHP7cIoGIXUs/hEw24DZBsw2YLZ9d3QbYLYBs8"
    "2MqQbMtlNgtgGzDZhtwGwDZhsw24DZVjY4MNuA2QbMNmC2AbMNmG1lpwHMNmC2AbMNmG1m"
    "2X8gyoakVwIVu6Dr8YUduxUkoILgTD8MuOS6vHv6iQ4ZqKDsUr3Q/fLlqtAL3Yv7Gdt/ve"
    "5+5A5/Zo0t718GJFBBQHPMHihBoHVaPAHetAweq2mKrWVBNge7AaYLVnMrCLeqqNuV1Bxq"
    "u63HwibWdnO9fuXCWstfqV5ajdo/CgqL1rK6ibpjlRavLzpWs5sxu+LYqvY1inJj/DQZhC"
    "y7Bq7pCJ6VM3kM30ld1TfXbW4Qm0PFOv+M+RJ74dMRZvQzFpaoJGSpn+3Mo2VZ/Sch16eR"
    "IP9XTrIRO+scyTd3UPxuydLKK1BiaZ2fIt/DFusg6gsZ0ZosSuaS4Nnz7Rrq1imaYveJzz"
    "ZEXWRPOsghA+yLfwCrC1hdwOoCVldLqSbA6gJWlxlTDVhdp8DqAlYXsLqA1QWsLmB1Aaur"
    "bHBgdQGrC1hdwOoCVhewuspOA1hdwOoCVhewusyyvy1fH9p6tUKKUkZ7moKm24f/Y5xOEc"
    "2poxXlpNrCJ+rFgOSuPdkajYifGzUNncq0xcxXEujd3ZqNQ8x0TRyLtMbCcNvpehlxV56N"
    "F3PPa9kIAqPox2MUfTxjJLjno3F6xX+x+4J31Gyi8nOdeUwi0sdcph8Iob6Tk2rEIvqIxB"
    "uRfCXKvbNEHvp4igaeZ7MOwn7A/+MKJ8okfWgq+MhQ9wkYQsAQAobQd0dbAIYQMITMmGrA"
    "EDoFhhAwhIAhBAwhYAgBQwgYQmWDA0MIGELAEAKGEDCEgCFUdhrAEAKGEDCEgCFklv2fQi"
    "t0+oy/hz7SBKlt6nCUwib7nc9C4Vd3RYXN2adbmNtIC5aeETPZ9mJfjs5TVY24X3JK3CHX"
    "UOuKuLyMyfbu5fQ0wthwv+Sa2YdPxKUKvlaN/04ETDbw50TJ7Rs4ullWC/pIJUw28ddUy+"
    "3fQvsUThzVGlgZK8kEzOVFfE513Awxwhzu1aeMon2OHTzhq9KI+E+4sqRTjUBnHhvrsZ9R"
    "1/muiEv3p0XxRrSsTyjTAUklUFGLEj/r0ymKejEcyrpO1EVT3xP7bvYeBWOCouHKkPeIos"
    "v9pk7IUBBXUJuEjqjLqKBwAXsL2Fsb81LA3tpkZBfYW4WeB/YWsLeAvQXsLWBvlSWBvWXY"
    "1AL21gIxRWBvAXvLYIMDewvYW8DeAvYWsLeAvVV2GsDeAvYWsLeAvWWW/eHWPs1egFv7mh"
    "kcbu0zwfdAcaL1mdbE4kRwXR9c17fG8z5c17cCM5pRXKsYo5Id25csIq1hPCvYroF8nai9"
    "imFsCGPuOgz4ghRHoRUEucL3nTo+3EQ+mQu+z+e+RY1XxMB3ztBwzD8nKPCQ5xIUtSwYbV"
    "hy2nanZEIcyic5FhcjTnmv43EHSTywg/yQYXtvH92PU0nKkPh1Fhq8PLg0YKKVDhKIWPKE"
    "qG+WADYdxPdCnhux6bidY2LdFLvE4ZqRoc34BzhANEDkLy4SlUcbelNKWNS+eNs+6vkeP1"
    "bx8bMrft4rbgM6cvcnFhLbLPz2XhiQ7fHXPfK3ynd0QztEF+43wreQPtc6Mm2e06dg7gFx"
    "D4h7i+5ngbhnNpsIiHunQNwD4h4Q94C4B8Q9IO61aGopiHt0oJ5UDeDxSNToOCc/Uy0ypY"
    "6bTKnj6imloiIAQRIIkkCQXD1BclPBewP5kTUZ7/Pd93LZ75sa5jL9HUWhuYWG+ho4kTL+"
    "ukCkeQUx5s2xI1ONV42SuFQZp68hPqYSbQGub6hMaN4e77GGgXfluaN78ldFvO/7ZeHVbd"
    "o//uO+sF8vcZPSPfvVl5tfk8dnCUvGoChnxKfD8Y4CP4m/6dQhJzh7Zh5kUh3Yhsh/SyL/"
    "1Xuz6tC/UTuE5iZeP4FFTCoNC8ePf4fWXUsBLf7GgLiKkJSghlaE2zORpci2pll7E0TbrS"
    "5mf/9/+bCAQg=="
)
