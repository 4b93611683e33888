"""Migration 12_20261203110336_kib_columns: the same change for SQLite and PostgreSQL.

Made by migrations/make_migration.py from aerich's offline output for each dialect.
upgrade()/downgrade() return the SQL for the connection's dialect:
  ''    nothing to do on that dialect;
  None  no SQL: write it by hand (or, for a downgrade, the migration cannot be undone).
The SQLite SQL runs as PRAGMA foreign_keys=OFF; BEGIN; <sql> COMMIT; PRAGMA foreign_keys=ON;
so it is atomic (aerich's own transaction does not cover SQL on SQLite) and a table rebuild's
DROP TABLE does not cascade: do not put BEGIN/COMMIT in it.

The SQLite SQL is written by hand (aerich cannot change a column comment on SQLite): the new
columns of the KIB cards (issue #14: KIB C's luas tanah and nomor kode tanah, KIB D's dokumen and
nomor kode tanah, KIB E's spesifikasi, KIB F's bangunan, nomor kode tanah, pembiayaan and nilai
kontrak), all nullable, so every row stays as it was; KIB E's judul_spesifikasi keeps its old
comment on SQLite (only the label changes, to the card's "Judul/Pencipta").
"""
from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    'sqlite': """
ALTER TABLE "kib_c_gedung_bangunan" ADD "luas_tanah_m2" VARCHAR(40) /* Luas Tanah (m²) */;
ALTER TABLE "kib_c_gedung_bangunan" ADD "kode_tanah" VARCHAR(18) /* Nomor Kode Tanah */;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "kode_tanah" VARCHAR(18) /* Nomor Kode Tanah */;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "no_dokumen" VARCHAR(60) /* No. Dokumen */;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "tgl_dokumen" DATE /* Tanggal Dokumen */;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "spesifikasi" VARCHAR(200) /* Spesifikasi */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "bangunan" VARCHAR(2) /* Bangunan (P, SP, D) */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "nilai_kontrak" VARCHAR(40) /* Nilai Kontrak (Rp) */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "kode_tanah" VARCHAR(18) /* Nomor Kode Tanah */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "pembiayaan" VARCHAR(100) /* Asal-usul Pembiayaan */;
""",
    'postgres': """
ALTER TABLE "kib_c_gedung_bangunan" ADD "luas_tanah_m2" DECIMAL(14,2);
ALTER TABLE "kib_c_gedung_bangunan" ADD "kode_tanah" VARCHAR(18);
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "kode_tanah" VARCHAR(18);
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "no_dokumen" VARCHAR(60);
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "tgl_dokumen" DATE;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "spesifikasi" VARCHAR(200);
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."judul_spesifikasi" IS 'Judul/Pencipta';
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "bangunan" VARCHAR(2);
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "nilai_kontrak" DECIMAL(18,2);
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "kode_tanah" VARCHAR(18);
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "pembiayaan" VARCHAR(100);
COMMENT ON COLUMN kib_c_gedung_bangunan."luas_tanah_m2" IS 'Luas Tanah (m²)';
COMMENT ON COLUMN kib_c_gedung_bangunan."kode_tanah" IS 'Nomor Kode Tanah';
COMMENT ON COLUMN kib_d_jalan_irigasi_jaringan."kode_tanah" IS 'Nomor Kode Tanah';
COMMENT ON COLUMN kib_d_jalan_irigasi_jaringan."no_dokumen" IS 'No. Dokumen';
COMMENT ON COLUMN kib_d_jalan_irigasi_jaringan."tgl_dokumen" IS 'Tanggal Dokumen';
COMMENT ON COLUMN kib_e_aset_tetap_lainnya."spesifikasi" IS 'Spesifikasi';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."bangunan" IS 'Bangunan (P, SP, D)';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."nilai_kontrak" IS 'Nilai Kontrak (Rp)';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."kode_tanah" IS 'Nomor Kode Tanah';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."pembiayaan" IS 'Asal-usul Pembiayaan';
""",
}

DOWNGRADE = {
    'sqlite': """
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "luas_tanah_m2";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "kode_tanah";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "kode_tanah";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "no_dokumen";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "tgl_dokumen";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "spesifikasi";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "bangunan";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "nilai_kontrak";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "kode_tanah";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "pembiayaan";
""",
    'postgres': """
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "luas_tanah_m2";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "kode_tanah";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "kode_tanah";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "no_dokumen";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "tgl_dokumen";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "spesifikasi";
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."judul_spesifikasi" IS 'Judul/Spesifikasi';
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "bangunan";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "nilai_kontrak";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "kode_tanah";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "pembiayaan";
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
    "eJztfQtz2ziy7l9BuepU5Loav+NknFu3yo4zM44dR2U7s3vueksLibAEkyJ5CDIe33P2v1"
    "8AfD9F6AkmXbU7SSQ22Gq8+/u6+793Zo5BLLb3Bfse/esBjyyyc4b+e8fGM/GXqq/7aAe7"
    "bvql+MCPBHdm4kGTDfkHxJKPjpjv4bHPv3zCFiP8I4OwsUddnzq2EHkQj6JXbE8QCww8RQ"
    "Y1iY0tFLWFpthE2GREvslwxrxBak+E6DmSL0b+lIRP/4Ww5RFsvCLTdl7YHoqf8MiEMp94"
    "xEAW5n8iytCMMsYbQlP+cR8xRzZjk7/8R5v52PN/CVzECDEYoj5DBnnCgeUjj06m/J9Pjo"
    "fId+K9Is/h7Tv2mLeBbYM3wD9FeIKpjXqiRWzMqP2GIWKIZnjLr7t74pcENv2vgAx9Z0L4"
    "Yx7/Pf/4J/+Y2gb5i//W6J+uOXyixDJyvUIN0YD8fOi/uvKzK9v/TT4ojDQajh0rmNnpw+"
    "6rP3Xs5Glq++LTCbGJx+0hmve9QPSOHVhW1Jtxh4Wapo+EKmZkItvwD4R0qED62c5wePv1"
    "YXj/6WE43Cn1fyyR6dfoo7Fji7HDVWXy10+ECr8cHZ68O3l/fHrynj8i1Uw+effv8NWpYU"
    "JBaZ7bh51/y++xj8MnpI1ToyZDNm/Xj1PsVRs2ESjYlitdtG1syU0bN5xcxXlTY98Z/mto"
    "EXviT/k/T08ajPnn+d3HP87veqcnu6Jth0/wcPrfRt8cya+EvVP7RtN6yMgzNst2vuSm8u"
    "mMVNu6JFywuRFJ78V/WaQH4g/SLkiXrCX64DJazxLdW/SFWMS+2tZrNAwa+uLh6sun+4fz"
    "LwPR8oyx/7LkO88fPolvjuSnr4VPe6eFfksaQX+7evgDiX+i//v19pO0tMP8iSffmD738H"
    "93hE448J0hX2mH2MiM2PjT2ID/FgvZk5mZdeKDER6bL9gzhqVvnCOn7tnyV7OjWfETbOOJ"
    "7D5hXKFmtIvdOdW7m/y8cVtz+Tiy221nA/Eocvk8mgQ2rtiywv3iSe42ztMTFRsH2ZvsoT"
    "f3Pn5C98RkFA2IhfmWyFv6Ngtmb/bQFd87TD4w5R7DyFi8DjH8il6mdDx9tKNtSTQ6ID5G"
    "d7wB3s6Efidi/0Kj13gHg81Hw82H/4lV9p74eY23nluuIhrEE0d1/3l/0GL/eX9Qu/+Ir/"
    "L7zzOxKau28Sc7mEk7X4mTHz/KleydCK/G4GvaaT7HWqpa+7iNtY/rrX1csjYTy9ii1k6E"
    "F7J2NHjXbexwoeYTOkD3wWiEJ4sY/qSN4U/qDX8iDa+wv6Y9xPc0eQPi6pX76SIS/u1abC"
    "TyJ5e7I7N9DpLGNJoOCovPv+MhGH+aHrxSiwWMeEva6htv4gez0LpPbJmhVXN2yw+++lPc"
    "FJvDxJEw/yT3peh/OEPyHIj+QvLqx//E0TqVO+J9tQny6dgkBhoTy4rPeqGDghttSll4CJ"
    "zx45vhhB/g8ETH/yf/KXWuO6n9Y8eLTqypm0Uo8k84wv3E/oM1LREaeRBw7ZGi2sB4mVPE"
    "pux7XrGEtDHvYZuTw2H9yeGwdGQTi8pQaWnISMxfH7qxza1ilSgdx/I2Lhv4N8cjdGJfk9"
    "fSubj+yNVN+9YdI/jHHn5J9qrs0OI/n/9o4oez/fz+4/nlp51/b8eFJM9vFceQ+FzX5EJK"
    "PUJtvEjh08jFdnn53TkXJxHGDwsvUwdZzoQhau+hcxt9FScU3/HQJWFYgBwjJ7AN5Dv8ZE"
    "EQfwkG94+GZwdxs5B/V9jdsjL6u4Gq3aFtNrq3bTa6t/Ub3dvSRiecZ7J9E7uqTres3ObO"
    "FTs7i1j9JlVV+XRx1Op4cdRwvjgq2R2bPn2quD87fK3Hdt0ZLpIpGHvEhdZl7XjYK53iIj"
    "Vb74BVdr34+vUmB+NcXD0U7Pvty8Unbnhpdv4QDXfFeIXJeHcwYy8O3+6mmE1VBnlJUOvT"
    "8x9cSXTNl1V0j21joYP00du3LYY6f6p2qMvv8uafBcwfjqfYnpBhbFHFkV/XhN4T4W/4mY"
    "7Q79j2qXK/bGZmWJjblZ+ZqF3ukGYQOi+5AgR6Q57qG6EyeuCamFPqLd0XOiHOsX1KkHO2"
    "x58wtYgxxL5PZq5f4cGtPb9WSG7uonug2M2/4wm20E08Pjd1qs3MLEc4PYcBn/sVjrA5c6"
    "sg253ZxeeVGdhjyle6mYuXX+o6N73GHhGdwGeJaqfnJTtF6RkFodI/HZcnR+kiDKt5DDMS"
    "Cy2kG5rTwnuynTUUnLDghF27fZd1wt7xhePu6uPDTmk1WIFZ47nXtZWgrVEzS2CNUbfj2j"
    "4PDOp/sn3vdafCwZ35tt/k5sbiOXFJauXnrnfAzvdQ/yMFUEfYo0zY9J9KbusLOvlZPNe/"
    "Hh0dH787Ojg+ff/25N27t+8PkjW1/FXT4npx9btYX3Mnjvn+7Rds+oHq6TAR2szBcBXO7r"
    "/FKv/Ux8Is1NXa7ZiRWZfHcRU9rBeSUc+ImE+y/KHZEa3giwb0ogxebJjesynnhT7snmQT"
    "L9m4dpPOiuh8nbwQem7nPskI7+BgVjbq5/uvt9VWzYgUd1469tH/IIsyjYx7n6q7lN9NGC"
    "S3wcaDtffl/O/Fcfzx5utFcecUDVyUzC9jWtXMn4h0w/yJuvqZ3ySWM3OdinDD+nU7K7Om"
    "pXsVB5HrSE3Uo/wPb18gFMTaXWQtPz5qE/1xVB/9cVRcy01+p/WwPcEVGFuT5bNSOm+b1z"
    "lN1c+B7Q6CTSdB1biPdXoO7n3HI8ZvtDq6MvNtv8lzMCKeifluHh745lPkBM3+ibf6hqHR"
    "q09YH4kXGyLS0Z8S6qH7P85/OXp7eibZ94x/h9gY2yhwLQcb/EH/hY6J4MgJapznvOwV+3"
    "JNr1iCfMemmL9OZU6lEhpzxCIzIrrYYX9VZ9EGfp4ZeFVrWZMHKZXR2i3/TaqJeiPq47a7"
    "xwZ9ShkPXtVV94La2HutceFV3m/lRNbI/leMonDpW/oIdRGdipIjFB/hF1e353f/mZyhEj"
    "/Rzdfb3y8qTlEX//nw6byUuYHxM0bV+J+XtCGV6xS4m6r90/nxNDlS/MFvzDd0FFSS7dMv"
    "Gw8UfE+kQyt5bu6BQjSLknYLfHtbBnZiC00dixr4tY8wGge+nLtMkG0dj38i34YMzIfxtI"
    "9eqD+VJwODjKkITxSJGMbOjDD05DkzYOJryMT/zrszCiRtadmMxOY2+kPFNe1PoeR2PFBA"
    "D/qZ9o+qnh+9qtxY8lI6ewHCbkaORVq6v9YNBwWuseBUy0t2aqoFo7bex45OtQoSZjk1Rd"
    "R/alMtL6X3VBPdrNFUC3k7i0y1vGR3eM6XdIrdYPlbquZTq7yN+dieTHANo70O+01Emjp4"
    "NevoavJEJgov1bmiwyqiLVUWpdWmNls7AIDqr42tAi1bLU2HDWvTYXlx6lqqsx1pPnSLmb"
    "xj7yh2xsJpz1bPEjEww57KaE8EtN59hZIiiJv4uL1jbD1Rlpo4qK7sJ8eb8QEraNe+9PRX"
    "eKoqnuo3uaxo/PzQzQnM9V0lL0IGX5Jyb8s5sm7JC4peEuabEl4rj0yCMHEZ/+uY0O/EkA"
    "4qxJtyAp9RgyAXe/4r6t28291DfxMZs4Uv6wUzJEJT+fOO/WjTMP/oeEotI8q7zcfMqwyL"
    "4k2ZRGal+ICeg5kl8nyLFBUinakQeqIe85HYFBH2hMfMS9WgkLMUXGXgKgNXWTfv7+AqA1"
    "eZHlMNXGXgKtv8VANX2U/jKuuc4yG5N23M53DY5h58WH8NPizlGrKdmaPkc0gEdF7GbmMl"
    "1ROjtsuM2pQatSL6R28f8IqCgdbmBH4OjEApeioR0NoN/DnWUoukY+L9JmZVRL0bx548kL"
    "/qUkhkBXVeFO6yii63tX76+0NuVy2Fm+SokvHjxRiU4igXjq1hdSKE+xm2rFrXSEFU3yxT"
    "l5RJh54ZevR6QmM13vDx0bvTxFMi/tHkJLn/cn5zU/aURIvr0E39iwuszUXxJdfpjcVsSu"
    "VzvtUB8fwIN1v10s2C2Yh4aoGZORmt6e/3UtPNufsa0tKwRJW8lZUzqIRPhGfaDpq5bSKV"
    "3CBTTqWSS1dQv4aoFHfJTMjcvUKTPkh02q/Fh9Q6ZK2lXyqNWQGx1Rm9MRN7LDGkOZE2ad"
    "mLcFYJYnuYYl8gZ0nTAmRL4Lw8ZpZNzB6Wj32ZElvAbG8Y+peRbrVDk/wLysYCCgYoGKBg"
    "3XTNAwoGKJgeUw1QsDNAwQAFAxTsZyWMr8sLtQ7v08+TSQb1xtjDKHM7XSiZz1qQhc0n+t"
    "7YcWBrmb5Trq/avbwgprV1F3Y5rdnVmnP7LO1treJ4d70D2jphi8Oxuljj9tKE67eOtLWs"
    "rnnCZbVt28fY5scZvFPpks090W92xsbPDo344RZu2FgIxW8opOvwCO9t5iM+OEVQAY7iGd"
    "AFngjfbVSS+574BkbXeBS4fATZ6CaY4We+GaPezemurKcpyv68ohFvgSGZj/rRHpEwhcfh"
    "AXpxPJO/kr/hlSH8xHdy2Wz08g8ytCLUw3aET5i9EC9JH2bLvGDfiWcEtZW+wbMLnl3w7I"
    "JnV+s7MXh2wbOrx1QDzy54djc/1cCz+9N4djdMtd/Uyim59ug+4Kqg9G61yOwC8r2G5Hve"
    "1LiS3DaXFT6uJsbqNXrvQj0rXQF68ML94DnA9jCucaSGZVQK67xBP0iF0SCnsBYwhvTjDB"
    "uKkVX3QEGsGyzxC+mzUihIpramxAx6g/KBGUwrHOnz2fdZ2W4YNQY9LzOar5xv72M/WDiI"
    "MpXeYBTlJfWJR6PwAxVWeKKs+jmj1TGj4ZRRXBssPHNpZZJ/UbqCVY/krFAXivXcZPTVr1"
    "oPjeIWVAHRnJTWeOiAyLM16kU4hAQg1KKn1geJpkEjP178yTKGbw+F5gaidqCdw7sqhOQk"
    "WFkD3BWe6s8D78LnJXiXRC+2Q/BCSXlsr46kOI9ShDEzTCxmkjGe8aftFNbjf4q/U5+hp8"
    "B6otaM2D7q3bzf/VAQ8cjY8QwmHn20fT68sIksbD8H/h4K9yHCZOoxjFzP4UsVtgCVA1Ru"
    "0TUKUDm9oQJA5c4AlQNUDlA5QOUAlQNUrkNT6+eOt1iHx5Ff4/jQUUrPlBHRGhsapHpqgU"
    "DIHHcJ07WttfNSWhtc5sVTgOI2UA0hvOwPw8t+2ezNIGhJWOdN+CF0a9wkymoIhUbYD+Ob"
    "LMMLwUYZ0W6hRvep4gAaAWgEoNEqQCMITVw7NAQRW+0AIF0jtv7k6+wTNTGjjZm0qh7rN8"
    "E/3xMB1Txa6atQPgNzFv65ytSpwSEUxILRjPqsLwGf8PXj8IEwpirFe8JsWr6DXqaygkyx"
    "Vk3v5tfdPSR8Tbl6OE9OwMX+xBY1RHhWmqirF4NCkIULUCFAhQAV6qarGlAhQIX0mGqACp"
    "0BKgSoEKBCgArpiQo15MipX5pyQloDFbX3zq1hQ1OuTA0IN9+FmwjrvB38IZRE6eV/ISfu"
    "aRsnbnHhyThxT4t2H/NLpa8eHpcR09nmH1M19UWDoIzH2hIogn989b6RfGJ+RetWyS5k54"
    "0dILMFfwCQ0GA8rw6QqB/VK7CvQhyQxmO5tbGrJrZWONDHwK8EfuTn/SakZxw/MRfZidtq"
    "yMcnGpPojABxDDKmwg/P+hK/EWfywKKyYEqc4s/g/3eJqPUjIrektPP0aCcJLdHF9S06Ot"
    "k/Ojh8h3oxWr17FgJCfAT1o6x8mDl2+HdBX3OMRInwcBl+xW+Y/BLKHm0jEOrLz8Q7w2+j"
    "Q1+oRU/+18fTQMQxWeQp/H23vxz1+X8O+X/6fJS5PsIi7Agx33GiAi+8qUc7tolApl486v"
    "vE3k3U4weWUZgWWMRxi+b5v1jAFZK4loS63MAPmDTOMx5hH72K1IXcTC+E6zPZe7TvAksE"
    "NXEB5gTemP+dyncj3sX8K5R0EmBagGktutMBpqW3ox0wrTPAtADTAkwLMC3AtADT6tDUKm"
    "9jMhBkUYggEd4gyfshvBztKHZwGEVSdZdsM8WO20yx4/opdlyaYtiqLqtev56lElqjYOdS"
    "zYUtvRYcjI6wgafDKX6mQzeta523/IXDF2Bs19wwq1so9MSIN7Gurkg+UeiLb7YfmOhK6o"
    "7+4LqvrKr3xdevN7kl7uKqCM58+3Lx6a53KPuJP0RDj1X5CsXNybBF7RofYXOR+5Kwzn7v"
    "QaIsMskvShfWVVS4nwWWWnhUItAR6sKXWN+Vx0Kph5atLqRsU9ZbYyyZxZccvnZ6FRZsnt"
    "45QZ2n9g1XFPWEpmq511YxrxlleGgfqdo2I6azZe+5mvI0gaKTn/CGb8nGh4vZ+LCLNj7c"
    "ko0XM3EHLbxx+2Kxmvoi2FmsqjEAp3D9qJDW2a1yLjUWMdJicdbqQpKF44YhHLfoHbymKZ"
    "07ZpAFI89DMPImAiMX6qI2t/Oj+tv5Uel2niChi/ZKrgGd++I6wXwHWcz3IsZ89eiPGMQv"
    "d0dDVHxWqAtR8b/FTIULcUm3DYwekoLD+kXJu2SCX7BiZuW8kNZcwEGoqtIuvS52mpvqsi"
    "SBKvOrumjntsyp/DjTijIV/97KZMmJKZoyJKcPtUiKXGncnXMUNRPXLU2zGvfO729FEmTb"
    "8XcTZtAYe4TIBMkkTJx8+e06+dITmbAN4jFBiDL2Hu0vfEfnLXrPWES8i0KlzOcD1TgTnC"
    "X+ydiZ8U2HGGEJ1YcvD+jj4PY+5DGJJlBvxlsYyhaGLjbwbh8xRwjb5DvxHu2Jw9XgQ90i"
    "e+geeEjAQwIeEvCQfkByBPCQgIekx1QDHtIZ8JCAhwQ8pLXVQaVuuY9vqVvdvdHTK5lM6z"
    "hp79xeDRaZQofv24Qiv68PRX5fnEJ2JdelobxsNbNFL47RbWsKS8G8rTyThw2uycOyb3JC"
    "LOxx3V01OldBTOd94XehKrqMVd0+eS603Yj/14xc1GpWz0rqb/iLjLaqtj9pY/uTetuflH"
    "Nfk5mL/aGFp1Xu+IaiswU5ne3+IHVFN7GuqlY/bWP103qrn9YVrK4z+/yEBnV215WNFOcy"
    "UOgDNU5SmAHfFOAwXRjmKzWi9bYZcqCvU22V9882u2f93lkc1B1MMT64vd9RtLpO2cX9mT"
    "8cu3aFzRtWkIxMR/KgRIjCOpYNYY0FDNg5+63TfHxpN+uu9A0mTMU6ZMZU6VWbcuJYjiT9"
    "uK5rLrqIlhrR+Vj2e6QsGgwG1wudhtschuvPwlWrqTkZqQ7kSKQ7g/h3ETlyQTwTWxg9cK"
    "XMdZ3JBAFJ7RqdEdH77JXqqUUJo/Dk2mjwtsffrXTBzkDcihm2lau9hKfgJfpj9fQ2wohV"
    "BYe364VUWufF+1OipfJtus1luv4uXbVq14775pW7fqRrvHorjXTVuB6fTvnhYYF1u0JU59"
    "F7E6q7zLKxlmW8YMahFVhVN+r6YV3bQDcG+I1QFy3UO0sNdf7nrGzmecFslU3oHLbyOZhZ"
    "eMrtOlvMxiuMXnGJbVBD5MJbdJ/Mt6DzajNINFU8budXnDZgYj2WWIISU/sNVVHFClGd7S"
    "/wRXRPTIcP/v3PgRcHcmix5GdsWbPazwuZL8vrvAbJgDl0E6u60UWH/7YKP1W75SaW1Xmg"
    "f+M6omvBs17InbJycHEknAxsyCr8WQ2BPjmpLkT6SF8KQ/ctnVgbD+0JnZaKoT05IZ0XlM"
    "gnux+7E5VWlbWF+NQ5xdVDfNKWumzv1qE+uXGnHOqTIVJXBkRfRFK/Xd8RS1Z0rLd8HGKs"
    "ictxJZFV/15nLNS5wPhFHeCKYKjku35TNBTOPjU3HCrbZi4e6kGkSMaTQIRDObYIaTKJTW"
    "XuY1GnHYvPZa1QZJIJDeOkLgfnu3siXonvLZjRPhKZCMLUyLz3XZFn2SOPIjCKfo9jnURq"
    "6EQCec4LS8uAfuBypDKGCQqEQhDTwgsHBDHpHVkBQUyZ/oMgJghigiAmCGKCIKayJAQxaT"
    "a1ytuYLNyi6o9NhLROhxJ6YesuUGt3xJr86jeMb2UqC1dJUGuW0DXXFt1ltN0+NyXwqmso"
    "NuwVXk3ZRL1s/c1rXyBxEynh8CQoW/mLY0eOvwqHayhQ3BfImPL1Zu8y/FMjgw+Eg6V357"
    "bMkNqEz3/6eMXXid7h+/5RIb90FnbIGzjxuyhZOSe1HVPvHOwoWvoucTFtz9zCG6Zk6Vhg"
    "aSNvMqXnFu0bOhlFNnpGKtbnAfHGpDZpakm4M1aPfKu9/1id3X9VMXswGsY+YDWArEJS6x"
    "PffTBC15G+WkBkWQOuAifznImHZ9mf2FnLtwXLKsbgEohZsjcOBZKxHHaWbFnZK4Ym/REf"
    "yBWvP1uB1IqjuirNYHngN6QbDB/OTbwWeQdDKVlotW4kxw/1U0zN8fIYWzE54RvGL0f2M9"
    "6/HJyj3pwKpLt7j/aj/S+LfCfWv5JkhXxoBCbqiaf2udJ8xdibGegxODjA7x7Ej2a7aOT4"
    "U/TkWJbzEsJ2UglxNeu92zs45P8TWQwximzz4dGOPt47Et/h3A+g/geU/Xrv4EA+U/6h2A"
    "/zHPK3vQrsEEXQ4aM9JR43skx+iMS8MfqF3zMLmI/IX5T/N7IG432OXgn29tBD8hjXOq0e"
    "y+RPOnu0MX/NeIoO9g4P0BjbIl9j6FnnWtrkBcmxIPVDriMGN+J/4/LEekK9x53x69iiY/"
    "RkIo88cUX5ossed2oxy3+kDg/x/p1/AogJICaAmCXJTiErAGKeAYgJICaAmABiAogJIGaH"
    "ptbPB2JuBbtUhSy1R8+uIyW3D1BChst1Q5PShVJt4vlhUImwzvvtTaykeoRfqwC/hvi+Uu"
    "kpQViQ7hrVNSOV0tnUkuJwFWu6/eVje7j7xsJvNg67l0CcNmgC/9nUxL5Tkd5SBUi4ipu5"
    "pnYc2KjJoh45vPdXg+2sFUYowzEVQEIlZlMPJaRwkVrUTspmqI3f+WqL+J3XGbF91LsffN"
    "4N/fY4CeTZQ6PAEiE5kds8DtEJXOQ70hk+c2x/mnW7fxC+eBnCExY5qo/ziWCKJGgoCemB"
    "wB3weYPPG3ze3XTEgc8bfN56TDXweYPPe/NTDXzeP5HPW1YbqO7nOo93ItKtkgrLuwHK2f"
    "Hk5UoVM0iEdE4WcxErudm8UxB0sxHPtk2tqrLaDd6/RKIzYTe3QuMtBirYznAUmFW5dRow"
    "moyM1uP51tlDF0LT/fvB50WG9epLBcWxHYwf+qqX5VahIVnxrri64+AQtmeIbhEOvyubbi"
    "1WpGbYN2Wyqxn0emaxi5XVL4Nd7GBWi9ApSGlNZVgwJmHNITpZx/6S4Tk/fhxIvxCcUxh+"
    "yoE568SDLohHfXw+5vr9iS1qiIDYCkSo6rF+EyY0kgJDLCSG37Mic2Gh8F1IvgzFb0PfWN"
    "WBXSZ4uyauKGBySRh+w1D4ZiTfHAY3hK/3CZNojhE+Fsj20JPjycRwkueERJADtxTq3Rz1"
    "H+0U7UHPMl/2MBQaGjT+RWjsBCJwotxwFPkhQzXCv03xdwFmMSYiPyKd+E8OQz7CqBSGRC"
    "jIKxpP+ZghAsHiDc8AbAKwadHVEMAmvT3gADadAdgEYBOATQA2AdgEYFOHplZNgMUwukOo"
    "giYlYa29FGHWuLtU242iKIDqLYfq2c6sio3b5LaPBDT32XMtUdZ9sMgWcHjQrjp3U3nu0i"
    "5gShfFULgIVOxeENPa+hkvzEJmbxUBcNgQAnBYjgGoc9so3NqbmtjcEn2g2BlRfbfQaYYu"
    "c1pv4WaP/ercTjeOPXkgf9WYPiOm85HzY6rmcuedT39/aAZMkuPOzdfb3+PHiyhK8fjJsB"
    "pYkpHQ+giisNCsFxupXtSVcZH493TOvG1hkMzA0goC+RIwfuweYfkTS8hH5tt+E+Axyz83"
    "F+XIt5vDNM5R2liaI+sMTfnPQQR71qtIBiWBhVsJYAj04e56cClAh/Dj/3WIegPizYht4I"
    "lH0fvT/aODw3cyD1UY95IHPMbOjDCEn3wStiZbob5ILCXeCggEIBCLrj2AQOjtFgUEAhCI"
    "ir4GBAIQCEAgAIEABELbqQUIBCAQHUUgfDJzq9aj+g0gldDaC/6QqKmeAaddCpymHDh1Dn"
    "DeEvH8ihVhnts7I6hzMFfk7h6k2m7+8mg7fmBVFexodnJnxHQ+1dyGau6ro2ub8Hgr5CVa"
    "pycxhFua/YmlZ/pNXsUIdlJ1Lka4T6OPMeUpY0ldTjyJGedjj9g+8Ygh/I03h/2ESR1+cL"
    "S7h658hpiP/UAk2vlO2KPNz7+8ZZM3/RgcHf56lEGf0DXmb0o/Z8TFJvYp2uf/8B0Lm5IL"
    "bTvIER5G9IJfP6CXqYNm+FU2j6gv6dJx6p6x4xmCtx8l6smRqj1SV0AAvJngzVz0SADeTL"
    "1dLODNBG/mvJM2eDPBmwneTPBmgjdTp6kF3syteTNH/NakVn07ldDaG3eRqKkJC7iuyGUT"
    "BTiV0drWiiVF158DiGFWnbKg3tgZEZ035ftUTS0sbTlmJam63tCphNZj+iZRUwtv/ndhv4"
    "qSI1G+nho3SSLUmcxWfyYqryar1YlKHWjsB6qLRiyh9Vi+T9RUHcvHbYbycf1IPi7XZiCe"
    "ST2M7eGI4le1cvIVsp0Z2INYd3QhdN9i8rbAC0SpaNejjgB0Koo8Nx+vq+S1PmF/kwqjQV"
    "bhDVMG+DWuel2ZX2wnEd7cEpNGAKjdY0I91c/brY7bDaft0kIuUalFDZ5Kb9LiMXSmavb7"
    "RNvt191JQ+SGsdeo7U5aIarzMTwDbOrjH4toRsP6UMe5FKVhQ4yjKldpQ10RUZXQn0pxjm"
    "qcpSgcscGyrcIZm6yr1fCO4hpXZ1MIcNQ4wDFrU8c1hi6xxZwK7MnwGb/gkZqNG1rQmUf2"
    "dXCJBona6LNQe3NdADGm81aVFcSYzhvnK7By+ES4YHZ9XLc1fMOE1yrY9zOxKbvhd2+7uv"
    "Rd7vt+EzXvWTw5tDKPzqXlycZRpvUCJY8R7zsdk5jOloT+ohfqT2UxOzGwDOwhl0QvjsN8"
    "B+e3v9xdoMO3Is73RMTzuo5NeCd+QAN+lLl9tPnxg0z43Zcw0X42OPhEyBxATTugxS28+A"
    "MtTm+uDtDizoAWB7Q4oMUBLQ5ocUCL69DUKm9j/E+lJILx86sBMtZx2t655SrW3YtaoUet"
    "JtRhw4w6LE8pM7owLQohZeU3CCLdOvYv/HZH/x+11YGk64zO6p3Qqg8auqCCJsBesbdI7s"
    "CCqM57ySCvqn4udtdzGDGCioyxc/ogI6dzB9xT5pNZH30hJrYpmxFkSKZAqr1+ffKM7YmJ"
    "hy/Y9IMhX44qVqlmAkdlA1rjIZ+lxuhvQmPUEyojk3jPuCWDZqV8aVXS0papSjsHqhuB5C"
    "ftP3AjP22RpcRXECMwVQ47qYTOK85AaqndiccQvOLhNDCDmepaXxDV2fiXQlX0R6yqHmu7"
    "QgaDtL88MhFbV8XGfBFJ/nZ9RywZEV/RKxHkcRe1khmNmqz4SvOjDqnKk8LMipGtYqx7c3"
    "ZHmOvwH/rjWWqdwFtxlFVgbxUDsR5+i8e+GgIXv6IWhPtqi7wSvK+Yj7AvYTiJn4kUGeYe"
    "EmWBwzd7gvZFGQp7FvH7Rpg0VySwYMFkwhsgxgfZwIgf7dmjLY9aQsTgt7PvxEBPnjOTD0"
    "Q/4Q1D4akMhY/2XhzPFOktDPzKdj8gnGjGfGpZImcGb4nfnB1PpN2Qx20mKgz6Uepe5zvx"
    "jIDUAXv/CIPkxLe2M0x/1s4/AfIDyA8gv5Jkp3AIgPzOAPIDyA8gP4D8APIDyK9DU6u8jS"
    "XndBUPbyKktVf3IdZyox7c/H2n/Um7JKe1bcVt9S6n7ubP3pApeclajbTC/31LzZrxSRf3"
    "fW9sVF5dowGZOVNnMc/3aRvHd3G1zvi9T4sbqSBIDN1UIxViRVZOb6sLisUyZl9HfcZOxu"
    "iGTjdVQG3xEN3Vh0ZLh2QI/aqsywWxbkSGXgilQ9B4HctzHDLL+JGa4YWibTOi3TBpHGx7"
    "nyq+arO6xA8mVVkpGpDfVETna+QgVVOTnGR8PeMdqpqVLCuls72vc5pqkS5r8yHLm7qfby"
    "1iOULQ1KyaF9L6JqfGFPmRYpG1G7rrCUXOoNhL2rUYwdrFEdzWxvkZrFWgcY4oUkF2KBJJ"
    "6pkOzJwNvdyjLWgO0ePo/vpL0eSS4/BELYsY4mskKQVc0MbUI8V44pOwbvAZCgtuRM36bx"
    "hyPYc3QiThQXz56yPvCfZCPNZHBI+n6BD1fGpgE40wNXeR76AT1GNiK/bDjyDgGNgHi65A"
    "wD7QGxIF9sEZsA+AfQDsA2AfAPsA2AcdmlpV7IOfB8JF94H3nazFpx0mjDKJhWe0xtk6H/"
    "MqNaI16BgmvLpOtVV2ebdxeNe7u0vnA0aVC8nEMlr7B79xJfl1W3BpNh8O6RLboAY16yCE"
    "+aM634LWQ3qQU3X7WK5LZBDsMrbPNKC56TOabt/ywaHyUnKo/0JyiJTzEaxwKQmOlG16pL"
    "9Nj1ApxUB/gRwDq7TzsbKdj/W383GUHICv0a8hN2EbQ/hE2bQn+pv2BGUyAmzepm+VbfpW"
    "f5u+RVEegHtuAvpERa0pFB6ZB8RaAPFdialPlU19qr+pT9G1M3OJT2xuYmFck22j0GLwTt"
    "m47/Q37jtxZKDcpsE2Tfte2bTv9Tft+yhtt0z1zP86wUaA7T66F/X/5BHiC2ZB+8vICu39"
    "q7K9f9Xf3r+GlsXR6Syss7j5wVxTuLI5BUtHSle2Lly56ZRawCHbHIcM6E4/GN0prv47IL"
    "MR8QyuaHWOl8rn+k30p7gAsoi0yYvMpUHFL0PFtxXqLoiWqY3FxurKDEBTLuN4iDmMYosy"
    "fi7fQ8/BzMJTrgUjno9FehXBerID0bKoqCDKM7hi8ImMLL2b493+o20S10eBK7hPAu5AL1"
    "P+wHfxvE1EC9gwiNFHY/4+blXxyggcA2oUUKMWXa2AGqU3XwOoUWdAjQJqFFCjgBoF1Cig"
    "RnVoapW3se3WYlhTb8pUAfHdaZEpddQqUPWoIVD1qByo+jOx0JaeSBX0M8sxK3Pd1A/WVE"
    "Lr4XqTqKnFOGW4xntbb+iMiM4b7X2qphaWzntkFK7lZcHN3c4PFI3+WeqKBqmum7+my0Wp"
    "ckw3lDzICi1d9WBDI/w80nmLJQ+a8jE04z8/bk6GTSNBT47vVEAT1CKs2vSxQHGc07GP/g"
    "dZlGmUpOE3rqvi6a7B/p/vv942279o6sIpXDRQtD8kyFj5Em7zZY1JrELNsCU5nc17myi7"
    "OSNDoozNJsqwc328pGnzA0YPA6sO4rZmLs3knLG5Nuj2281NE36ci/hIkuDlu0Cllsogam"
    "UQw68aXSoX2iA3W1ElM1AqgPb8MKqH1/PzaT6mXj88d84Rcwk2iYeeHC8F1cOSKCmU3kcB"
    "C7BlvaYFUEw8Clze6aIEytfBJerdnEB2EIDAAQIHCLybuBxA4ACB6zHVAAI/AwgcIHCAwA"
    "ECV4TAF5lJa8mSP6IG5hoo2DiV0NrKF1JNdE3w1Gofqrt+g5uO7WOlstOphM7bxLXUEvV8"
    "vsa6jr1PZphabfOFrD8VOZX+OkbVPNQFKZ3901eRqlp4p2lGmSXdqNnf1UVLt3WhFoaacg"
    "BOFuVN3YuLO1Drgmn06INVObLX6kQt+6ArfKmVjup6l2rsHR+6uefnulbj16DkPTIM9TfM"
    "qEX9Co6TDF3ymCODlb59uf6C/Cm/cXtkTGSB6Uxc01PSiHh2hG0/4E1TG2EUj0UZtAReV/"
    "C6LnoCBK+r3q4g8LqC13XewR68ruB1Ba8reF3B66rT1AKv6+adgJsrvLup+/jV9ULGXXm9"
    "XZObYuJ4NbFI8zPWZuU3WPn1C5ZpUc3oEK3id80orD62Ww3thpFdCpuRKcQDhqdKK0hBTO"
    "eRHuZQ/CZURT3hF9HHxz0ith/UQAvzR34qvcFxn/N6KcE7ibbbH/QQUrByH0qSmEnJrAUp"
    "rTOmKcZArxevqYcMlPGaBXEDPc3eFrwpDLwcePPx/P7j+eWnndKSsQJjQ/jGdjLSfWOBhe"
    "3Moa0C2Ck902/CdQL59HCWf3wurBO+BBWOjwUYx3P4DRFbKSXeDUYWHYeAjqTIkzG/HQmY"
    "5gmPJZTjEyap9S5mjP/VsUWaOf59SKB/u7v3aN/zpwLxJfYIwslbztAl9UOo6TE4Ovz1KP"
    "x3wEyBAiWt7Ga+ldG8Lo0/iUq/A1oEaNGiGwOgRXq7sAEtOgO0CNAiQIsALQK0CNCiDk2t"
    "8jYGudOWy53m8lkobn8qK1NWRmvUbZBRVNlR22pZOmxYlw4rzgBeXLgrb+vm9EeplNbW/i"
    "bVRKFTYPmVaB3pj6KpPzQSp8ACC0dBesk1ZEMbRFwE+DKn+6pXk8iZoj7Ec4I6n3Uesorq"
    "N8CZdItVL+bzQbhUeoMgXOyw21HsiftE2e1jcBaeubQyjWBDarWsUBfSq91k9IXMahriGq"
    "t2DjoufyZ4DlSB0JKczuYVmMKDVHZzRobMapvNrJYOyBWYVr+QQNUh3NbIpXmsFQr66Tu2"
    "AszouTsyohlWwEALT/SbEFASPTvE6cNz8c/4Beh8cHFJSmeRnYcpQRLbfMNQ/AJRUAsjvo"
    "2OZZrYSFSEroVltjzhSxNg5YB4M2IbeOJRdHSwf3Rw+H63j16oPxWo6aM9Ivya9YzjAl1v"
    "URga/0Fiqr7j88M+ZcjgZ6vvxNhDf4gwOVmZKwFLAeMEjLPKvoBxAsapvXcYME7AOPWYao"
    "BxngHGCRgnYJzrwzinQcWBsLkmfSKkNQ/9QWiJzjMFVTZajV5G/izqLU+EN+gsz1w0VaOG"
    "Flm2WkUfNgQflmMPYwzNr8myPh99SyW7hd6jHNCxFuDNGsZehkUMm5XtFqj5KaP5qi1rO0"
    "OTuIEfMLXKZ0U5nQ83t84euo6VRR+Fx2ohXG09YYXSzTUMvVvDw3IfNFTqqhLuSsWuKIXk"
    "gNivRJhY7JC8dwZkxlcR25dOQuFY32JFr4J5j5bpm6NO9o2FTT5lon4Z8c8CW7tuOV6mW4"
    "472S1xkrlrkoY0adcvJ8v0y0lH+yUOyswEjWnWLW+X6Za3newWW5yjBGtPAFIXREBTuI8u"
    "sRdwJWWmxi/EFpCrucVukpDWMLK3Uh+VJLvSQQ8SxbuIgL7tmX4qsMNFr8mJsM4n4BAdVb"
    "tHrPuqPOZ7VmVUfDOVMiOms8U/hmqu7u62Fj6l4ZjBjKjx+jIyXaD1XabqAqtvg7jRRml9"
    "2jDO9DNv17NBJLcd+ZMrc3xnH+g35/eOHh3Go6JNbu/4tlVlc5nIO35A1k7kh8wXLPxM3y"
    "mjvszsgMTb+pLG9MTHAZcM8z9IJhP/gJ87xREoCPNFiIeR80LYoz165cIjvo8w9IJNP/jA"
    "/5kXsB0/Tukg0kn48iUZCcGIcr7zW0lAUC8mRkGucGBGLbxYATNKb7oGMKPOgBkFzChgRg"
    "EzCphRwIzq0NSqYkZB9oelaCOOW5ULvH5ZSgS0zkTwEGup7sRt58VtcuOWgQsyq4w8mxMR"
    "n0jpvPg/JFrq57sNHQHD0BGgbP6isNa9ELo8bhJl9esM6XIZSpeLympdEOsGLe1Cupf+Jt"
    "1Lq+2aiiW8gxkfLgh/vaBDStuEU4zuKBp58fQPR2/brPFv65f4t9tPwa6fGx1QCkApGlEK"
    "jx9jTezXoxTZB/rNKEX0qBJKEcnUoRTXxMUWDrlIEqeIn5dwQy4a+/2JiMZ+i56x2J7sD+"
    "jbN3QqPjpBbDx1HIs3irzAIgyABAASAEgAIKGb3k0AEgBI0GOqAZBwBkACAAkAJEDRUSg6"
    "qo15dak6Gt1DF/UBZsS1tvfnVE9Vmx+3GdDH9eP5uDycnSFTQs4SAZ23YBEIfL/YqF5H7K"
    "8/sSqt3IDuJhLdgAriCPa2RlfDBmaY4WE0vYcsZMGqWLNOvhu2/cK1R9GiEXOA12Fll9gG"
    "NWhlMvl2K3C+BZ0XiEGiKXrg6phT6i2yWrxvsVa8r10p3lfXfTaJhWd08W2w2Ijem6EsBH"
    "2daqu8YLdZrusX62IXVC3TDTFS1Wu0juFR99ciQHYSggGQ/FxfhAwASAAgGwDIK1tsW77j"
    "XVNu+edKDLL0TL8JhqTx00Mz8/hcJDJ5Ccq8JQ9G2ki0PZYPyXTRrudMPDzbjys9h2mgRS"
    "jTK8Ge9Yp87E2IL4Om/ivAnk/Ehx7BfC3FjH4IM0ZHzyYfy8fH2JVle/5DVtKN0kUX8E4J"
    "br77wJ/1MJpSP7An+UzSgHMCzgk4J+Cc3QRfAOcEnFOPqQY45xngnIBzAs65LpyzrgBpw7"
    "zqRvHR5Fa1yJQ6etuOEt7ECS+Rwhn2K8N+6k2dSmht6vtETVU7n7RZuk7ql65yZjLT4f0u"
    "qja9VEYBhgndqq1dFO1KUrjrUG90/rKKmMA4HdyJSia+HzwfvdLdchVp6EPvjeL4TYWWHr"
    "mbs26s8uYHrfBdDUPf1aIIUaGJDUZMXQezwMI+fUK952Bm8dPjw992dxSt/1F47/4IvXd3"
    "sQ9wkWV89WyKxCU59F8qMnw3zoOSbFcW8qQPeGeiq+3MiqzxKtJ3tzZ8p7J35w2vgeUrMn"
    "S3tnynEnQXLK+B6SuScLc2fadycOdN/+eWLb+o1TtqcXGqXAF3YMGDjwT4hi7xWFUm2wHx"
    "xqTu1F4W7or1P0a4Zu8/Vpc0+1cFs0eQ7TCGbNXoGTXSWt+dBhFIfR3prHSNWhdto2jIch"
    "8oUzii35n9mZ3ugbbMjpoxqRXL4wa7jigkV0HuiL/qN3E6rMxDc5kcmRYLweQe4d+E2WpN"
    "IiuAi+y3L4Sh3s3189Wgzy9g9jPuo5vB4BI9BkcHR6dxcW/B6jAINixqkz0UprnIVPI+e7"
    "TD/BmB7YuC3r74jq/N/gd0SU3q0Rl6mRJbfoRGr2EOXVk+yO8LzqaFZyPsZ57BTz4Rxcf3"
    "0PmjHSkusubKL5OUuVET4mVTOpla/P98uCOcZM8FBggwQBZd6oABojcsDQyQM2CAAAMEGC"
    "DAAAEGCDBAOjS1yttY10peLxwbVXM7a8UHWXktL5df3vhtU2U5y4hobe1BqqeqnU/b2Pm0"
    "3s6nFbl25TW1ehWrwdFTka4khE41XlcdcelIULJiUbAbMcJx/PV1rDakZw3Ts+4oGnLxdK"
    "yH7RIHNOQNKJHC+InEk8VMy3Zvzvqcl9T5CHmd01S/fM9+8Byogh45mYW8T5taNaSiWuAb"
    "fqLKkqhG+EToVuueldtiGLkhphVycUkZP+pT3gEV2EX6Zb8JvTByj83DL+q91ODGBzc+uP"
    "HBjd813yK48cGNr8dUAzc+uPE3P9XAjf/TuPGh8t1yfjkDe3TYmDi1ZqIU5LR2zV9yZRdz"
    "ya0hmadJXGzgRWxeltTa6tdSXW3sTqvY9s1uUFpJtNdq771iFOW8Ivq5QKl4e2BWmb+d9z"
    "/XwAYBgIHnMMLQDRnRabZynVI4fkb17ccX/qTVB9excXYV0OKrxQiPsepAXqLM4MpJBBae"
    "udSr9PbXZ1rNCnUh3+pNRl/9Eq3yHxuYaqhWVkRnUCtc6LGNxBFXdW9dtX+WBdwgwxlmqt"
    "YuC2odM3Uv1EVfhLqbM3QDnJgxX8Uqo4opyl+X/LiumrwttlgeejmA8eP5/cfzy0875fVk"
    "BZbOTdcfYD1pa/Ps4pqzNtcK3X67uWmCc7M7a6hruScuIsnfru+IyMBRian9ZJ3w73Xi4J"
    "9M5hKjBgdPv+w34eAkfmwYzkmTHwCxPF/OD+q7CMwA5d6Ti+37ahMRGWeIEq8yNbN8Awrf"
    "cCbD6vrId/hfnFlfxN+9TPnXM4Jt1pf5lvkXyCNjItMs0ygQryfzM8uPXb+PXOzhJ1GFlk"
    "/7mdvnrbu+CLXjbxtjG5ItA0YPGD1g9N0EDgGjB4xej6kGGP0ZYPSA0QNGv2aMfvvBNBvG"
    "69cXTVPHdq9fqVIJrTFjpYiCAszQDmdoAhpKixTjF1C7piByC5Ankd4gyHNJse1jD4kspy"
    "bevw68qDShUmZrobis9yZGsC5Jrl3iBxNcg7nVBY8mIjrvzoNQzcTii9h7LaQJUd976Aob"
    "UfXC4DlBnc0vCoQL2yfKamH7ePfza4w/f9/066yvKWQf75sPCh2htnE2hUQ2Ea+6Eg45EB"
    "7TfdWgyA1UgeBD0sC1Q7kBty8KdgG7fxA6r2oUrwW/z+IBiwDLOUmtkeVbZ+Z4SIKdm3Pf"
    "zkWWUyRmFdDyddJaV42uhi3nRl81uLyd4NVrCzP6RE3+33OPUXenArsrPdNvgvDM9OkhTh"
    "6HkNYlRyjAZQCXAVzWIR8+wGUAl+kx1QAuOwO4DOAygMvWBZeZigkSzZVmR1zHaXvnesHE"
    "iKuPHRF+aVU/tvaomfRfZ+6VC7qwW/qwG53YFaWOfGKLy6vp06ey5ZuLZZaEdQ4cuQuVRe"
    "emLFAoC322rLmzwhqascmovZTFM+JdsPlVqO7WrG7zWTfiw3RKK5x67dDiQhM6n45uhap8"
    "nEeqbmdVL/lYt+Py+/r0RMfknvh+aICSvy//QL/J2edyC2E/8LA9NLEdFfGeT9UPufiyfc"
    "HFF5VuHPlS1DMdN2Tm9+XHH0UJnjcMCRUlC//2arDbF8KI2hJ9Dl+/V+zWdb1jCXekGdjj"
    "mpDymnNSLKDvQam9W3ItVIt6N6VNLaxk7ERgg9SXnY0Y+7jVOem44Zh0fKDTAsZnpEBrsB"
    "3CNRUrWOGJeUtY+GwYctRuAXvgy4YlKmzxTXJEPDSh34ktVguCx1P0SrBnvSKPTCgTJbr4"
    "8sNvtPxvrLxMLdzSo/1oC+GxE9jiK895QTNsEibXNH67I953GfYWRjtFzWPfmdHxmawM9m"
    "0gbo/IT4WcF74MWs7YrFvq/rETqxLaUNRc/yfAMVuEY7L90Xapy8pofU28yyi6fTZfONwV"
    "ryeJkNacg4dYy43eQQTnp/oCUm/OjMjmLHqget2QbIKsrlticWxng85SPCp25wIDpH5rVo"
    "8BPo+2x+xxXwT9sj10xXc8udOjwAt8ec4P/xnGAWOP8O3TIGFYb1ic84l6fGNm+DsxSvv2"
    "2t70aPcYIbJZbpLAInxLTt68+yEsTZp6zmTz4jNxVBB/eUUvJH7Dk+fMRCjya/1+nqxPUs"
    "Wh0Bh2dCBYAMECCBaaQ1NAsACChR5TDQgWZ0CwAIIFECzWF48MnofVop/pZaf9MTsvpLVV"
    "b5099C1SdPPn7dBQiTu9NQKTF9PaM6kepLO58Msaw8+Pvqwzve5ZC9TDdloGX0LWgs1kLR"
    "AVk6dVNTGaiyxPK2ti6GXpQaqnFmGtshD40MbMDO8sixB/im1sEDEPc8BeUjtMkaDSE2Fx"
    "8dtE6+0nt2f0qW6HbJGrIxbeZD52ipl6IvZY0e1zaQNvQuzFyzpkxHU3+rdU1e2bvT79ff"
    "363pD9Xiu3gFrW+w2cAl1ii2B+XzlnRElQ8321oK0Wxu9gjY1rbiTiKi/qGlXX+NFTpGiY"
    "HCUJ7M9buyErSiLRhXQoMs0BuiCeH+ZFUTD+pvOiZNMtKMHxZUGdwybUY4XWmxTFzOtTmA"
    "aqOVGqMmx01O5t86KUh18uLcrdp/uHu6uPD+2qQJBs1v98X6iUgcgVD9DknLOyxDRrrf2Q"
    "qRdTR/hK6rbM43slNWxWmzQmR3Ua8p/BV/YS0+kfiS/UoGkGr8LzQIUCKlTOwkCF0pufAV"
    "SoM6BCARUKqFBAhQIqFFChOjS1gAq1ASpUfLlpf8rOyazLpqtI4yN4UOeJpps/blfdJlVZ"
    "OVnZjhFzLjOqr5qbozfJbDWDFzhm2+6DtVPMMKu3Zv0ozkvpPIjPmZr1flq22SqMrRvZTL"
    "zf5GO14sB249iTB/JXXVKvrKDOV6G7WFF0pYiQVJ7GP/39IXcQLyGEyWH85uvt7/HjRdiw"
    "wPgLZhaeDutJOM1n5wpxfQPvP0tlkSIpZ3WHaX5WC54DU6TDIi6uOlPXrzFVsjoP/ctYX3"
    "Sd6KvFGUVvWmVpnQdW5dpZlSuyuVakSt2pZhU2J/zt/E7IXIdFIHtXKWcj4plVdf0aCFCp"
    "SBcYUPdjvq6v5tIDtCegPQHtaR20JyO7lC5Oe8qtyJp4EMM4n4QzpCnt6XePGgOPPBGPiI"
    "FeQX0qPNFvzEQZPceHxsQLB0e7TJTh6sYQRi7xmGMjNnVemEgiiZFs/Q1DosV+nCyKeuiF"
    "Gv6UfUjSR4W/OEwgNeM6VqS8Wt+rHu3wSefF5t/yLfQNmhJs8Dcg34nyZM1cx5PJfHnfOi"
    "JtVm/M15u98POhaEfkx6pPdBWwOGnliFiQ4mqrvK6wDyqPrnXe40hA55iU9ubNnU5PT1qc"
    "Tk9Pak+n4qtSXkVGZqPAfq3YGcRpqsbIebGljqmLxaL876fAHsuctaOAWny2sz3xvv+jel"
    "W4dixnhl4xXy34Hhn9JlNXCr9FRlWVNes7KhHQo4vEa5W76Eb8BmTKjuq51GTEalkEYdPd"
    "I3cYle5JBDrcPQMyIz7md8DnwAisqJ/CKyxKfp9+fSU2ebX7YEZCZ3LIRrfuhgtgfIpa8u"
    "b3LWqmY8Zte8vLDCqdiv3ei/yyf1LyslNxU0m/bLyk+AJascKttE0+XvEWQxzqo/T10TUB"
    "9TB6E7f1ZvcMMYK98bQfPcnkZYHxkz2/SIjbhkVtk18t+CjwXstJ9Nf3mhZXiX5UcwuuFH"
    "Cl+GGvFD9uFbrsgqZs5zbAwmk9sHBaAhYqnXkNR81K3GwDB83FMjaMsUexHa++yODnS5FO"
    "T9eLmZFEDilRyhOp7kRutF9nuhm10SZACu4OcHeAu0Pd3eGSMLxTcW2QnzfeGIz4iZWGc8"
    "NhG+Ky581miMvW+MgBcdkQlw1x2ZuaahCXnek/iMuGuOy1dcFPGpdt8oO/yqyKn9e3tPXO"
    "NVcRXZOZCB+eeAvRvg+P24Q3HNdHNxz/PI7Y+Ca5fScstmgVubshHDMW0Hl3+PQs8HyLW3"
    "GhkdyKRH/YwKI/PNKpiHjoZ+LXvQqfRvJdv8mvQbNPgW9jyeEJvg3wbYBvo0MXLvBtgG9D"
    "j6kGvg3wbWx+qoFv46fxbWz3zr0W34a8cWfvOcr3wVYz6rBhSh2W55QsLFZt6ZZVyTbr6t"
    "j5OrjcUbT851jN7dcfg8IpG8mIpInHY4BFqiJ/p8LhEX/VbwxPzTw0l/idaTHH1I4+l7zr"
    "iWM5onP2vUBEaknW9uD2vo+u9jH6HHgB+hIYWESAXv25T9CAzEbUxuibL9au3mCAfv11/+"
    "jg4KA26BP8KOBHAT8K+FG0PoGCHwX8KHpMNfCjgB9l81MN/Cg/jR8lPvCrzKysjMb+lN/j"
    "u8yduMssMrNO27AY6kkMPwVPpOZW2ca8J20WrpP6heukIu1lHLmWt3FzOt1USueQoZ1vCm"
    "F5S+bP1cQ9ck1H5w/8y+lOhYMk/bLf5CIx6WiIh37y4Fw3yfXVBTpHScs5V0nmuz46PIlT"
    "b3HFnT6Szs59MWnRCAsfVx8JRl3yD49MKPOJ10dWgBnqzR6Dg4PR0W4fyVooj7bLJwY2sI"
    "jG5LsoNvexxRvz+yjMDIrkj0C9KTb5R8TzZdI6H0Vp/PtI1lHgzYl2JoEtGxJZ6VHAAqv/"
    "aPOFZoK5UokLbg/J/GG8n9CUa2Q7XGFbFNs8Q5bwBlHxmY8mjmMgx0MjzzEJb5M5Yc4wx5"
    "txRfF3wkTuLyfwH+2enyQkE1q/Mq6Bz79lKBrmfSEmxT2ZpMxH2BIn11c0dfiQAL8R+I3A"
    "bwR+o25eZsFvBH4jPaYa+I3Ab7T5qQZ+o5/GbyRuNsPwZqMyuQpiWns2ZKzRRaKrMhvnfR"
    "syzvt6Ls77Uumm6AKpYvCsjNbWvssoql6ypo2pmwrWVLnqFhjeBTGtDS7pZosP77WUgZM1"
    "9IS3otro8wlnuQY2SDoTRBhi0cg9p1iL75dYYXXCXyu+XwPdr1xL8scu5YsGxBPnpS3UIZ"
    "Pet7Jpvzh2lGapZNdEongeImPKO2TvMvxTIxv/ITRGvTt3+bzRl58+XnFD8m2wfyRb46cf"
    "GqZdykIDBfZk6L5cdPXIiG9w7bjA1FRdNq5TTdWjRlsFjTbEjAJndetVPJ8c3ykbu6HUVS"
    "zQhUJXv0W6aph90jGDGakY5g2Wz8h0wfiXqbr62V8AZ8PZUYV3IdwKq3sgI7X0TrqhXrjJ"
    "IYSr20xPFDZTiUGqrOiJgNb3nhsJrZ5LaFWb9XyqZunpEnbe0Aj+A7esErbuzCG2M0zBcq"
    "XLfFFQZ3PfOnvoPqft9i3vT6xG0wuXcM2NsiTZ5BLWpxceQiqGck80Ld3nD58Kdk35HSrD"
    "OS+l81ge5DTdWhSkPiSoiwHvFQvzS+sXwqi9U82GKj7Vn0eLGg3dWGI4S0RaEaQuUPIymT"
    "I+eWOJLlX5ZB8dnubJUzmmlHCj7ks6VZk89WjPiGfui17to8AM+Nf7Hz/2+YNTwXeSvijk"
    "xu64iBSFXDzyqMmbkWzFPpqFWrgOP3zTProYXF+EXKlHWzjj9sf8taKcYugr6qMm6pTriY"
    "GYYU99kPwmF9vE4hLElTSniPb0aF9jzw/Qlf2d2D72+E+U9FTxkpcpHU+R4RAGLChgQS16"
    "JAYWlN7UDGBBnQELClhQwIICFhSwoIAF1aGpBSyoBW7jwIICFpTGBgcWFLCggAUFLChgQQ"
    "ELqrxoAAsKWFDAggIWlF72FwBYaD6FhSYnpPM680XAew+Roup3oHaXoKZbUNl3KlHG4Xis"
    "5EDLCuls728xhrqIvVefAFfiuCqGTgR0NvIFbn/YXj8fKkTDla70WSGdDS14UINEUy2sHX"
    "IOFK2dCulu7btEUy2snRBZFIydyOhu60qazfaWEcmeUV1GEiHdjT1INN2+R4obbuSaI0Vb"
    "xyK6W1rQr7Z3+tCH5/fxd2IE9uSCr6iBjet4fsWn+vN4fuPhREoMR1mRVjy/jyh8maTuZd"
    "9Y4vlVPtlHh+8WTZIWuaEe7Vhr1LvoI8HTu7vYlV9zBQKTUZQ+MBK8W5mPcN+nhsiTNiK+"
    "Y4f/2I0Sr1nY9jHN5F97tMN0a5ZjYt5cnHUturKi0HioV8qzlk/jJpLlC96fyJyWT9kWST"
    "za8pdGH6WJ2RrJhVFetpDWGFqyTC+UvMJXgj2ZsH/8XwG3m+hF/lMs+TDjgwj1PGJiV7Aa"
    "w+Yg1xqwDBf21wLLUG/qE7AMz4BlCCxDYBkCyxBYhsAy7NDUApbhAg4XYBkCy1BjgwPLEF"
    "iGwDIEliGwDIFlWF40gGUILENgGQLLUC/7p1hauQsuHL6xY7uGkJUTLPTDiEuua3VPPlEh"
    "ZuWUXaoXLr5+vcn1wsXVQ8H2375cfOILfmGPLZ9fJGqpbHa/EgRap8Vj4E3J4JGauthaZg"
    "cMMeEFUwvmhDuVYfCmAIWv7iQJiQb1TDRoO8PajbWRS1S/tWp1fhR0IqVtdRNJ8Got3pwB"
    "r+E0o3f6u1Wdaypy34W8mrSeY9sRXJTTeQzfh9yhyhKU2xnEcpuTtltwi8zKdmqHfAhrbm"
    "53g5RIjvKQz0vpPOBvZY4+iQEtPOhXAwHpwwW9/Iz5ufLKoxPM6GcsLFHLCK1+tj+PF2oM"
    "n4XckIaC/F8ZyVb00Esk39xH0bsl+TOrQIkm2iixBF1UkCtjQmhfkCOfseBsmjPB0yT8cT"
    "6HS5TNuM5uSPxMGZ8FqudZSLB0XvhcYVPq8uZd/rfdSpYnmkPyDJ2JOS4r1z1D/fwY/n50"
    "+BgcHRweHx7xVpAgjiBqh3V3qWVxc/F/it87Fv3BPqDD4+j5d+J58dyI29nMpajkn86A9A"
    "mkzyr7AukTSJ/a02WA9AmkTz2mGpA+z4D0CaRPIH0C6RNIn0D6BNJn2eBA+gTSJ5A+gfQJ"
    "pE8gfZYXDSB9AukTSJ9A+tTL/imIpnbpzEppvdLkNN0+sSICKiu8OU2UioxUV8gUgwwiu7"
    "qjixrLkN8bFQ2dyHTFzDcx1L0lGweYqZo4EumMhaEy93oJszeSjKHNQRAIh1vKLgk0ZaAp"
    "d5amDIzNn4+x+emcEf+B72HuDf/F9iveqWZrlp/rz2NqkiHmMkNfCA2tjFQrluYnJN6I5C"
    "tR5p0lcmbVg+VS3RXVuWtSeI4CM9h/tF3iuQHfD00scnQ+B0Zg7bvEHnMtefOMdzt9omLT"
    "3+1HjaAR8ca8z01kEsbfhO19k4wCA7/KJiSt0sB8Hkz7ovm4KZkKnjcyJS9cgqtg8xYEwd"
    "QPZqNgKt8u9I4Lh/NHn4OZJZiaUYJNeQLJVA9PS4KjFiXB/yV/2zDzi/6Fpg4fPiEf03HM"
    "Nwzlfz/qUZ892qGBhWkJ4nblMiJLp9DYjzKBcknm8qMhZO0EAufCh3IgcOrNKgMC5xkQOI"
    "HACQROIHACgRMInB2aWkDg3JYDAAicQOAEAucZEDiBwLm0XxwInEDgBAInEDiBwKk3hxAI"
    "nEDgrLZ/CYFSWXAqhXVedz5LLG0QYWnaHNIXNH+HDH+fV1ULq8ubTYgKq1i9IKaz1cVVCF"
    "0mqqo7Adp5AZrcAGUGc2bytTV5VkZney+zsKzF2Emt+7aWTgR0NvMFbn/bXDMNTtJDlLbM"
    "WEBnA3+Oldy+gUPijYqFUwmdTfwt0XI7RazzZ0DBaSrbuNY9lQroS0X5nOi4GS6KPrzC39"
    "KgpUtRm5rvShPiPePadJANAv15TMOnYRrMxU9FXHro5sVbUQ5/Q6kOSCqB8lqUuIeNEn10"
    "+HZuYsi0DPigj+75/y93c2khVeuE16SJLNYHf7TLlcGjD9AssDBtlyZSuriRoB5SyXLkz1"
    "EuLH8AN7jZXB+8hoAp/aNIvk16w86KpcMfbZETEvXEx5k20OHe8d6ppCOG3EXPefkQtUYZ"
    "epliH73wN7uYGog5fCR4wEsEXuLGNgPgJW4SswBeYq7ngZcIvETgJQIvEXiJZUngJWo2tY"
    "CXuIDrFniJwEvU2ODASwReIvASgZcIvETgJZYXDeAlAi8ReInAS9TL/lBNXLEXoJp4O4ND"
    "NXEd1h7Iirg+0+qYFRHy80F+vjXe96GM+Co4+tpl9YxoUUNJi1IaxkXBbg3kL7Haqx7GMa"
    "NtUbdJVl7noXxRpvYttBW22Qjrt0Eoy64DlpZSJFWsnpfS2eoJroAGOZ21CECRnNRhRElV"
    "comXJLtytbkVigtyslB8wx5yTUjoXwKfXz4ixLGCc577vt9EMZ/JJzNA63w6edh4Dd65c4"
    "7GU/45Qb6D+OCL+cvOE8JI0Mp7fOITi/J1QXKqXT44BONacj/6yAsYNndDOnUkSZmkPRto"
    "9PpoU5+JVnIJbhG2jQzFmt97nTRLK/uQYViPp2RsCv409hH1EfmLizApPnZcSljYvnjbHh"
    "p4juuI8L6e+Hn73AZ0Yu/NDCSu1PjdgzAg2+Wve/JlZliCLgIzQFf2d2L72ONah6aNWfLC"
    "AgPi8eOzgSceRYe/7h8dHJ4CSRtI2lX2BZI2kLS1p7cBSRtI2npMNSBpZ/oPSNpA0gaS9o"
    "pJ2nS0qE8vEtUa0+J3qkWm1EmbKXVSP6WqaGdAhgcyPJDhV0+G35R3TkMufEMSmfnL93IJ"
    "ZTY1zGVGGRS65hYa6mvgv0usrfpk1IgqzjsSaWT2h1TjVUOJ0j+v7tHvnid/ixz3Brb1jW"
    "NPHshfNf6+H5dx3XRo//T3h9x5vcRDTc7sN19vf48fL5JTtUFRzolHx9OdCvwk+qbfhJzg"
    "9Jl5kEm9Yxs8/x3x/Nefzepd/1qdENqbeP1kRTGpFCwcPf4DWnctlAD+Rp/YFS4pEQZQ42"
    "5PRZYKrNDN2psIqtjqZvbv/w/39mni"
)
