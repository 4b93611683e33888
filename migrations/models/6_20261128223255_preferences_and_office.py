"""Migration 6_20261128223255_preferences_and_office: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "pengaturan_kantor" (
    "kunci" VARCHAR(40) NOT NULL PRIMARY KEY,
    "nilai" VARCHAR(300) NOT NULL
) /* One setting of the office (kop surat, the Camat's name and NIP), set in Pengaturan. */;
CREATE TABLE IF NOT EXISTS "preferensi_grid" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tabel" VARCHAR(64) NOT NULL,
    "tersembunyi" JSON NOT NULL /* Kolom yang disembunyikan */,
    "lebar" JSON NOT NULL /* Lebar kolom (piksel) */,
    "user_id" INT NOT NULL REFERENCES "pengguna" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_preferensi__user_id_c8b8be" UNIQUE ("user_id", "tabel")
) /* The columns a person shows in a table's grid, and their widths. */;
CREATE TABLE IF NOT EXISTS "tampilan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tabel" VARCHAR(64) NOT NULL,
    "nama" VARCHAR(60) NOT NULL /* Nama tampilan */,
    "isi" JSON NOT NULL /* Pencarian, filter dan urutan */,
    "dibuat" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL REFERENCES "pengguna" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tampilan_user_id_2c4655" UNIQUE ("user_id", "tabel", "nama")
) /* A named filter of a table (a 'tampilan'): search, filters and sort, as a link's query. */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "pengaturan_kantor" (
    "kunci" VARCHAR(40) NOT NULL PRIMARY KEY,
    "nilai" VARCHAR(300) NOT NULL
);
COMMENT ON TABLE "pengaturan_kantor" IS 'One setting of the office (kop surat, the Camat''s name and NIP), set in Pengaturan.';
CREATE TABLE IF NOT EXISTS "preferensi_grid" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tabel" VARCHAR(64) NOT NULL,
    "tersembunyi" JSONB NOT NULL,
    "lebar" JSONB NOT NULL,
    "user_id" INT NOT NULL REFERENCES "pengguna" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_preferensi__user_id_c8b8be" UNIQUE ("user_id", "tabel")
);
COMMENT ON COLUMN "preferensi_grid"."tersembunyi" IS 'Kolom yang disembunyikan';
COMMENT ON COLUMN "preferensi_grid"."lebar" IS 'Lebar kolom (piksel)';
COMMENT ON TABLE "preferensi_grid" IS 'The columns a person shows in a table''s grid, and their widths.';
CREATE TABLE IF NOT EXISTS "tampilan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tabel" VARCHAR(64) NOT NULL,
    "nama" VARCHAR(60) NOT NULL,
    "isi" JSONB NOT NULL,
    "dibuat" TIMESTAMPTZ NOT NULL,
    "user_id" INT NOT NULL REFERENCES "pengguna" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tampilan_user_id_2c4655" UNIQUE ("user_id", "tabel", "nama")
);
COMMENT ON COLUMN "tampilan"."nama" IS 'Nama tampilan';
COMMENT ON COLUMN "tampilan"."isi" IS 'Pencarian, filter dan urutan';
COMMENT ON TABLE "tampilan" IS 'A named filter of a table (a ''tampilan''): search, filters and sort, as a link''s query.';
""",
}

DOWNGRADE = {
    'sqlite': """
DROP TABLE IF EXISTS "tampilan";
DROP TABLE IF EXISTS "pengaturan_kantor";
DROP TABLE IF EXISTS "preferensi_grid";
""",
    'postgres': """
DROP TABLE IF EXISTS "tampilan";
DROP TABLE IF EXISTS "pengaturan_kantor";
DROP TABLE IF EXISTS "preferensi_grid";
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
    "eJztfQtz2ziy7l9BqerUyHW1jl9xMs6tW2XHmRlHtqOynJmtM97iQhIswaRILR/2+J47//"
    "0C4Ft8iKAkCnS6aneSSGiy1QAaQH9fN/6nM7cmxHD2L4mDO2fofzomnhP2l9TnPdTBi0X8"
    "Kf/AxSNDNJyELUaOa+Oxyz57xIZDeuKrsU0XLrVM9qnpGQb/0BqzhtScxh95Jv2PRzTXmh"
    "J3Rmz2xZ//Yh9Tc0L+Ik74z4WuPVJiTFJq0gl/t/hcc18X4rMr0/1FNORvG2ljy/DmZtx4"
    "8erOLDNqTU2XfzolJrGxS/jjXdvj6nPtgl8Z/iJf07iJr2JCZkIesWe4iZ870uLPOpp2++"
    "1eG36517SOhIHGlsmNy1R1xK+fchX+cXR48uHk4/HpyUfWRKgZffLhb//VsWF8QWGe2/vO"
    "3+J77GK/hbBxbNRnYjtcpeqWTUisNm9ozDL7hh/EBo4HVWjNQznzdn7nSnYatHBs0bFN+I"
    "/XsJs16iX7xqVzkm/ZtOSScSeB6H74l22ZWn4wdy7pyPOVrmBu9iMn30zjNZhIJba9v7r5"
    "Mrw/vxnwJ88d5z+GeNn5/Rf+zZH49HXp0+7pHv/cYu7J91nRQ9AfV/e/If5P9N/fbr8IE1"
    "uOO7XFG+N29//d4Tphz7U003rR8CQx58NPQ8vl9vzoNdvzn2fYLu91X2qp15nlKvRzoFwz"
    "3Ywsg8wq9vUc/6UZxJy6M/bP9wclff37+d3n387vuu8PlvrvNvjmSHyVnmreYlJzqqUlWz"
    "XVvBGuav52TrXQTom5Fmif7Xm5qZaWUnuq8W5WaKqxvSCpN9XSkhuYao11wQwvPKea+ds7"
    "tbLLmM42/jKzKmxfaz41stvu9JmKqE/mxJzgqV11Y5iaUofHFabU4XHhlOJfpacU+xPL2D"
    "lsvxk7b2nW3DIlUXiSlLXxaRW3dVrstk4zbgsbFDsyRo4EVF4dvjxhbCKDWbHWSD6qYmbW"
    "qngsHwlD85P6o544VvIPRnisv2B7omW+sY6sorbZr+ZH8+VPsImnwob8R/JfEMQtrthvxS"
    "Y77uXENKLvemVxDZpsBbGNNYcnxDYgtgGxjRYduCC2AbENNaYaxDYgttH8VIPYxg8T29jt"
    "mXsrsQ1x4k6ec6TPg5Vm1GHJlDrMzqknYtKCg/cX05sLa/tKj0nG6pFwc6GOzrfBZUfS8l"
    "9DNWUtflzF4MfF9j7OmFtnbsjG5hTnnHZKIncpKZXXjH5KU1l7H71/X8HgrFWhxcV3ykQ8"
    "+gZ26CPV2X/P2Vlw0cmJfGTa9MoiIHrcWsNRcwiFrDluIRQCoRAIhbTofAahEAiFqDHVIB"
    "QCoZDmpxqEQn6YUMgbpXnUOh9WmUclePhRZh69XW5H4lxZz9TVbF1m7Iy1beZ5TH5y1V36"
    "mDX7cI4No/CgkxGuddxpyFvd+cqic64s6rp45pl7Ugeg46MPp9HZh/+j7NgzvDm/vs6efU"
    "KTUXMtiyfE22DzK1/dnVndZFNuxIbpjNp1A6tLj1B5a3TLVWXjPFB1Ny5dkXjfAJtTHbud"
    "nDBf+FWvLLq3SDRaFdPrJJ6YNHr4OcLmBE0tw+LB2He2xz5F1iPCaHA77KGrdxh99WwP3X"
    "gTjFwLXf3+jqABmY/YZEffXb6CdAcD9PPP75gfP9jb7/QgWAjBQggWQrCwfREMCBZCsFCN"
    "qQbBQggWNj/VIFj4wwQLww2/zMxKyigcNPw1PMvc8bNMnZl1WiVrqThp6YeIHRacKquY96"
    "SK4zopdlwn2T2C7bl5Y7k8bBVLNXfGqWHp75GaW49OKRIeuaQO83c0PwMs/rJXWtom1QyI"
    "T2uOQohlQCwDYhktOmBBLANiGWpMNYhlQCyj+akGsYwfJpYxwTbVnvAI554Bi2fXspzS5+"
    "1LXLPMTSV+zmEJP+cwy8/RyQJPcB2bZyWVtnpfqKuM3ZnJplNs5Hu0fIMnRMpcmUI2v481"
    "XsuPcd+0ZL8gHJC23bVlTu/JX0Xncl9E5bX3yqEoFRVZz/1/+ed9yvOHI7J7c/7PvZT3v/"
    "52+2vYPDGCP19/u1g2PH+7p+eZvxrRKfWABrNIB7blEAddkxGdoWtsPnluR7Z7kqrvPrOU"
    "O15He8G668n4kSWxNX1JQzPjgiuN/giV3rQ7YWPV9WonRcfSDY7nC8Jez7zFCI+x7EAeRg"
    "rvno/NfqSna3IR1oSIyvRU38tgE/H9qaxj33Rw0PGYQbQ5dmStnRVUGmQZcnXRDVe3OUNn"
    "4JZcu2eN/otlEzo1++Q142GWjBxgJuLXRT+urSb/Oxxj4afxnLTxSwTA5Aw9ZhH/VC+88/"
    "nw8/nll07Wn2zA0qnp+gb8SVWbJ51rytpMK3T7/fq683cxlhh3gxHomu2Ji0Dyl/4dMbCb"
    "D+j8YJ3w9zZBWDE9+2y7gO1ODgyb/LpXBsT6s1GPW24Ui/2zI5I3+INNa27ZGgf1O/8CiB"
    "YgWoBoM5Ktwo0Aoj0DiBYgWoBoAaIFiBYg2hZNrewyFm3SZfi5kZDSkaP7UMtmc8fjw071"
    "bXZaSGmr3lr76HugaPP7bd9Q4uQqsxYsiSmNbN9yXdEw1FUleLvI8CtB7kLTKw51y3SDHE"
    "Llek+eHEEjllB6+N5HaipRsGZBbLa05xAzig2dEFHa0oNYz52V6c0UotZM7Oj+maUO9Lr8"
    "jAYBWB/1uKSmfyuVTE+I8tToNtJ691wChz4WrZAV8O9QuEn4m2JHHvcOFd097O3ZU2LWZ9"
    "EkxFU3+vdY1d2b3cDzBbXlFtKkjMphgeuEnkrsAhfExCYHF2TzkzOCiq+rS9oqYfwWUpr6"
    "zEhkIe3UFSIzJYv1SyGSWUGViU3ylSa3y7HR0/qsyfzIu5+hpXavSvrIDr8U9ePuy/D+7u"
    "rzfRn1Y+sMBp9fVERgiNhHq/gLERNri/QFjf0MtiJk2At/RvGNCXXZacyvDrHUHugNQG9I"
    "WRjoDWpjrkBvOAN6A9AbgN4A9AagNwC9oUVTC+gNDdAbwsNN9V12SmZbNt3IBa/WPjqPNG"
    "1+u513mpRF2pOyLQPbLxOqbxpvV5s4spnBC7yRXffB1mkj2Cm2ZvEoTkupPIjPHTnr/bAM"
    "kk0YWzUCCX+/zsZqzoatvBRISlDlo9BdqCi6UrUgyJM3N/BMKwbWy/fOOeLN7aIPJLvjq1"
    "AWSQLtm9tMs72a9+Tp2NT0qJxRVR+TJ6vy0L8M9UWKlW5SmyqV8fPAlNo6U2pDNleKKKU6"
    "fSTH5kFBnGRCPtBIgEbSScdPgEaiNI0kudlJzOR0X2yrhEhTAayNFczZat2Qz56be2+D+L"
    "xXxrQZhy1WXmkZPit1n+U5sgmzv+OiR8tG/GHiakvqOojtXT3mptmusDvgPckMaaKL/i06"
    "Onl3dHD4gUvM9/YRO09gbcYrtFAHTdi59ZlMzh7MF8vW2UvQBL868cNF/B6bPTTGBg/m2v"
    "73XWqODc9honvI4jyfF+qQT8ghBLF/Ifa7PYOgSHO4MBMoPnV9CFB81OYdAMXnDCg+QPEB"
    "ig9QfIDiAxSfFk2t7DImUobrBrYi4QbTou7944lsQMtPMs47YO0mxRgb+VBdCQxtrIXRNb"
    "VmnQs1a1t6K9Do3DNwTuCkmEARCbSEA3QT6rvxUvDMnztytkuItMR6w1jjTdsvirxkLViO"
    "BKcEVQ5bXzNFUZdruid1BN8EAoy5lVyNjThurTDOJuFQc6RV3iieC43RUGislouNQpF19x"
    "KpB6jcCf0o6Dog4r4nNVCyBZniFyyJkKWFlCZsD3xVlYDGFrEua8JiiV/VRjtXhcLS40yp"
    "bOrw9+ZAOwlTFKM7ibGwGuApMG7nHAWPQdajgFN0MuauniM758NbZNnItNy9fTS0PHtMHE"
    "RNQF0AdQHUBVCXtxMKBtQFUBc1phqgLmeAugDqAqjLtlAX0ydApvv4li4K0ij91huZTNvY"
    "aXdurwZ1ptDhxyr5CB+L0xE+Lk8h9qdUGkjYXmlE5RZXTepdMm+lINNhSZTpMBtmmhID20"
    "z3hRx4tSSm8rrwK1cVXYaq7h4q9G03Yv/VMVND2upJSfUNf5HQVtb2J1Vsf1Js+5NsCjaZ"
    "L7CrGXhGbRnLL8upbPd7oSu6DnWVtfppFaufFlv9tDDxvcDsqxPfi+yuKgIZZr5L9IEcDu"
    "lXhtc5cERrQzSZhyi9bPqMj36srfT6WWX1LF4725ZDlsO1GdwOO5JWr584dlgtO7UkOTXj"
    "RuauxlbxqS5ZPSMttqYLacqJ39yjQaz0xv0HBzrltnwJEbX9RKyn9JCtFAQ4LIkCHGbDAL"
    "6XLTV4VVe9ky7oDPgOzsGmdMqv77HX6Y+jSgeekvPOcmcQhxh50E21XoilVd7/fYm0lN75"
    "Vdn4Fe/78vx14bgv99fFI11hfy010uX89YKYEzqhen0Pkn6CyuN3EGmK7pk6es1jTJVgVH"
    "EsKhOKYr+6dl2MUFZlq39nOrLdtf1UKza1+ZN6sGOT5D+lhFSmWQZ7u3e/WsxXV79ZZcs8"
    "qKLNtTwPKn5Sm+1dmQ+VGndrlAXI57zKVAQIWaSK7MY3Qj/baiGAPh2d37MvZ50cylj8Za"
    "+MNKbTkYY1N2q4kjjWv7pA5yh6coo8Jr47QwavCsDrAMx51v7UpujwZ14F4DSoAtDpATUM"
    "qGFADQNqWPv4KkANA2qYGlMNqGFnQA0DahhQw7ZFDdPZaUEbYVuS6rEkpjTi0me6ootI19"
    "3TxmwypY5LpBgeSRmlrX2XUHT3mCxn3NUY3ktiShuc8/XWGN5bKcMv7jDwHK+gEP/qkHTq"
    "AY2CifMRMah8wQ9+F8I/QoXlgd1KuG4JrJulNL3tq5TQgNh8v7SDOvBs/E5zWL83lhmEnz"
    "N2jSSW90NkTFmH7F/6fypk49+4xqh7t6hYZKEMLfzy+YoZki2DPR8JZ7sf6seek8DLUnq/"
    "ZU5yi89WTO6PxRv0HReY6rJuox9runv2gc627nwZkSPepKVUPmf1U5oqUcfC8LCjzY9yjl"
    "m+T8g3eUJqbZfSVN0WpjLqzh+8g4PR0Qa9yomEV2FHU6zLDO1IQOkN4DXX8p1frEWZgT2T"
    "s/RsDTs3NIJ/wxXrhW+brm5amkNsV9R6l7wfb0lQZXPz6x2HKW13b3l3apSavoQ0lpFsCW"
    "8svCNPsiek6WPTqWdiuY1HWkrlsTxIaboz2m+GWrObEjh9Orrg9wcYnI14QxxqdvKpDcut"
    "eqs4DiNtEUpo80ikEtvhAkUvQxP2/+iNGe7DxRki//HoYk5MV1yN8ExmlJncATYEsCGADQ"
    "FsiGJztxOiBTYEsCHUmGrAhjgDNgSwIYANAWwIYEMAGwLYEFmDAxsC2BDAhgA2BLAhgA2R"
    "dRrAhlCaDTEntu4bS8LiKSGVDX7DFH13Hygqvxmsthss2w5mg0g6v8JZG4+lIglJIZXt/V"
    "0o+u7z5zr23nxdxRGeybmSSEBlI1/g6ruO7fMiFnhkUyniSUpIZUNzPsQg0lQJa9uirICk"
    "tWMh1a19F2mqhLUjQFvC2JGM6rbOhdt350Yso3C/XexGIiHVjT2INN390ZwZbrTQR5K2Dk"
    "VUt/TFoH+xu92HOnyfz7+SiWdOL5hHFbfp5vN9llv1VvF9xtpUSGijpEglvs9n5L9MkH2S"
    "b8zwfT6foZFHjQn7CCg+QPEBig9QfN4c7wAoPkDxUWOqAcXnDCg+QPEBig9QfIDiAxQfoP"
    "hkDQ4UH6D4AMUHKD5A8QGKT9ZpAMVHaYrPiCeSF5Txv7CYh8NmARsiJbhk9RGT3NYwjz6R"
    "YUWklF3LnVx8+3adOltdXN0v2fv7zcWX8G642NlkHfmIuHmx8BVmd3Oj4du0eIhASBncrX"
    "qnUDO2FiV6DGy6mNas75MSblWZn2uhOVT72Y6FVaz2Y1raxNK9OZElqCSkVF5IOZZ/Gau6"
    "e5IKrydTaPHyMjTFJle8Bo1UB8gVoPGvO41vSKk6gpflVB7D/lWp+Ze6NDeI1eGkXH7FbI"
    "m9sukUO/Qr5pYoZKbkt+2t4qdMtCcup1FfkP0rIVmJpnKJxJt7KHi3oKskFcjQVS7PkG3h"
    "idND1OYy/GmiTI1J3BfL1ks4LGdogc0nNtsQNZE+7yGDjLDN/wH0FqC3AL0F6C0txdyB3g"
    "L0FjWmGtBbzoDeAvQWoLcAvQXoLUBvAXpL1uBAbwF6C9BbgN4C9Bagt2SdBtBblKa36OKN"
    "ni6XPZ6WUtrkKU13j4MGgEXOsbaMX5GQaguxYhAgM119vjM+BdtASxo6kmmLma8F4tXdmY"
    "097MiaOBBpjYXhIrDtUoOuLR3Xc89bWRGBWvHjUSu+nDvEvWejcXHNfrH5ijv5tIpsu94q"
    "SgXRMJPRXC6kGQmpSnSKL4i/EYlXosQ7MyyKL2doZFm600PYdtl/TO5EHcGjWHBiJlQCAa"
    "oEUCWAKvHm8FugSgBVQo2pBlSJM6BKAFUCqBJAlQCqBFAlgCqRNThQJYAqAVQJoEoAVQKo"
    "ElmnAVQJpakST97EMzSHPYk+0hCyqmr5XGGVO+ArV/jdMK2wOhuWCWY2ksLnlsRUtj3foK"
    "DLSFUlrl5aEHPMNJS6PSUpo7K9Bwk9lTA2XL20ZRrWEzFpDnGlxH+HAiob+Guo5O4N7F+6"
    "JhUDjiRUNvH3SMvdX9D25M2NvDWw8NAYC6gLEH+NdGwGIVaHhPJLzFW9xAaes1VpSuwnXF"
    "jko0Sgt4qW8qjFHF62K2LS2iItXomf8guKdUBCCZTWIkNU+eUM+b3ojUWlD2qihW3xMLnz"
    "Cbkzgvzh6iDrEfn33iwMz0FuUFNn7hm8UlcOlwVoLEBjacxLAY2lWWwdaCxnQGMBGgvQWI"
    "DGAjQWoLG0aGoBjaVGTBFoLEBjUdjgQGMBGgvQWIDGAjQWoLFknQbQWJSmscCFNnChzSqL"
    "w4U27b7QBspVbMW0KpargJts4CabLR584CabDZhRjXIr6cO66FhN0CmkhvGyYLsG8k2o9i"
    "aGsSLUoRvPZQtSEI7LYQqlvu+VEYPmomUiCrmaBOQ/vCAY2DlH4xn7nCDXQpZJkP9kTu3B"
    "gtzTXZA5MSib5JjfGbRgvY5nPSSAkR6yPQfre/vofhZJUgfxXzdBo9cHk7oOf0oPcWggbM"
    "Er3oSR6x5ieyHL9GlFzM4Bw2iBTWIwzchYd9gH2EXUReQvJuIXzBlbC0oc//n8bftoYFsL"
    "i5Oyu5dfhle/3iK+vcIfjvfYGx7Zi8RjLzzdQ1fmM2G7Rpsp6lszyWfKYS0BaQlIS3W3sE"
    "BaUptJAaSlMyAtAWkJSEtAWgLSEpCWWjS1ckhLdJQ/qSpAg76o0qFNdoyqM6VOqkypk+Ip"
    "lQfDAjkMyGFADts8OaypeL2C3LCSbN/V7nu9zN+mhrlI/UV+NK7WUN8CH0yEXGsElzcQVm"
    "6OGRZpvGlgxKS5ofkS0lck0Ras+paKZM7dcb5K2EfXljm9J38VxPveLgOpbNP+5Z/3qf16"
    "OP27N+f/3Evt2a+/3f4aNk+4i8/X3y7UAU6uzAnVsWvZfWryjOVODniSadMrA1Bo2FrTE8"
    "1XgijRS1DiLWkghSdKT+hYNBLwiUiaxvN3OtvfYOY40Qt1Z4hDFq8E28YrcrE9Ja4ANP7j"
    "YZuNAvahTbBBHbZGCCTkwQzaRh/7+AdeYMqe+F8I2wRNiE2fySSdc/3xlKMXHz5xWAWjGX"
    "U9H5wRegmoBNKxAdkAZAOQjXaGWwHZAGRDjakGyMYZIBuAbACysS1kw7MxlazUFkkoHRKL"
    "TlW14pBbuVoQu56cqWMJpU09jNRUAUES+W0afskNPpZlfSyLtiWOFqT0ofOXTYQi62R8vP"
    "XkX6mz5SZSfv3ojeT4jYVak/Z7H6nc/KDlsSvNj13VBYeWHtFg6m/f4xR8lz6irl/WE93/"
    "sdeRtP5nHr37zY/e3YUxwDpufPPFTaOQpOa+HErOg4xsWxx51AesM9HVbmZF0niyaZMZ2X"
    "YaXgHLH69h+eMWW14B05+sYfqT9pr+9x1bvq7VW2pxvqvcACZbc+MjAD5tQWwnL4t1QOwx"
    "Kdq1Z4XbYv3PAa7Z/a/N8Q1+ljB7ANlqIWSrSUGcBdJKn50GAUjdD3SWOkZttqx7cTdk++"
    "AXyyZ0avYDok1y979k7oAlEPzO5M9sdQ/8HQ6+8NN4ktr4JQLri8YkM5AfBhY+78vw/u7q"
    "M+uU3bA8rvHCsvNr6Idf9co4HUai0UomR+KJS4mwNmHfuCJRVCdjPBecDeuFOKh73X+6Gv"
    "TYAcx8wj10PRhcogfv6ODodK8XszomBE8MapJ9FGSTUyekZpw9mBeEuQnkmS41eDIr+475"
    "ZvcTuqQ6tekcvcyIKT5Co1ehg0s4cc3toXtiG3g+wm6ijZ/TSt19dP5gBoqblut/ucCOKz"
    "QKHsFfNqPTmcH+z4a7SLl9JvbEI8AAAQZIXVcHDBC1YWlggJwBAwQYIMAAAQYIMECAAdKi"
    "qZVdxn6Y9KiC01m1vLRKaWklWWnZC1Vtyk6bMu4sIaK0tQexngqUOvOPqflerABHj0Xako"
    "cWa7zpPLSw4psIJEhZcVmwXaXi+qHa26l4WNffxtJN1hnn4aWOpCGHkaa7z7uGTD+5Lcym"
    "Mv1SjsR78mRBj5RMrehTU15DKKoEvuFGqqyJavgt/LBa+6xcFcNIDTGlkItlVCkHwcgBno"
    "qRjDzgazWkEbwCTbCJilCksFEPRemolo0cb5T492Ma+/jJ8QGPd5eDc9R1LM8eE4ffBsxb"
    "MeU9g6DoFXv7D+aDma69iWbYQf82yDMx/i3SVtlL/s3Gm6f/G/3S30cXljtDj5ZhWC/o0b"
    "bm/ut57ZXuh/2DQ/a/KGGVq/7pwQw+3j/i3+GU6tT9hJJf7x8ciDbZn4jdvR5yLP6212T+"
    "7IM5IzYzr8kUthGfaZOeUJurJdRGc88J6pCGdnBYb4t8Xr8Iqt+Maa2ThcuBFg7D8J909m"
    "Bi9prxDB3sHx6gMTY5XOMHGpmWJnlBYhT41U4XFp8jSNQ9dYjxiLoPnfHr2KBj9Kgjmzwy"
    "RZljcB46hUm8f8bkXf7+zr8A0wFMBzCdjGSrAs2A6WTQGcB0ANPZRh8AppNBZwDTAUwHMJ"
    "16Uyu7jEFCXmJbuImEPF0Sq9HbANT0a6I0m0fDeIVLGfOG7ZU2722gpBLJ5yJSUhd1iIRV"
    "Xm+vQyV3X/xS1CMW4RpZnxFLqWxqUcP4KtR09+5jgade1tIltTJDgbbkrgyYvg1XysxADM"
    "VR8ER8L1l0I90bF4HoL/07wjOXc8NPJWUXFXHqm82o+HubAMI5R7ILch+i73plkAFOtloJ"
    "FSSfmYIH7sWtW2wEW4/iHjCb6MRk36ERGwnmE/ZLWqaC6d3LwfneflyZsocc9qeImDtsGC"
    "xYE2yTBzMsTylC/DweHteytK0XB3XDgpSfmBwpQBcKotwQ1IagNgS1IaitdDgAgtoQ1FZj"
    "qkFQG4LazU81CGpDUPuNBLVR0QGqkei2Fp7KpENWSUGlA7IibHWX0Hb3kas3W371e6SmEu"
    "Hv3UUIGwtMNR8irFjIqcTKmy3jVC+74aAjaem4jNPuzM2jYVKWDgXaEvEe8nDfDu3rBxnr"
    "1cjKCrfG6kFsdVc1shxvVLM+Vo6k0ju+oTcq5NPvJG8kacCs3d9QTSx5y1fNJckZg9IZJX"
    "lFKTmSsR6gFi1ZySOGIv0Rbsgljz87gdSydszB1nKNXQyyxf0sB7fF25BC4O2byYG31zkv"
    "3NUdDr7u+TgZjhC4fTTyDI6lBZkoIbbmLZBrCTxtbpnuLJnJ8omntwjsjQuUAXRBzk+E9n"
    "XhcjhA3ABxA8St3TAAIG6AuKkx1QBxOwPEDRA3QNy2h7hF99tn+7kIb4tE2lI8KdZ407V+"
    "xOEqa71yxDISUrngyUWoZKM4JaBlzaBlJjWwHJATSbQGL7vlGu8QYTAtbeTpbo6ZS9KeEj"
    "JKj+dbax9dcE3fDQdf6wzrzRcCDEEZh2368t1yJUwnKd42VMfZn/Bu4QG/K5PuDOQJw5xy"
    "AM+SlNLgTs2Q9pYRnmR4eU105+3DCL0lbGdp+ClVKUyUt73Gr9jMByRS3/fKsAhRzlczEk"
    "1XwhBhbd1IZOnmE+Y4n+mYZCqAxXeb8ME2wTZakODFqMtc8ZyYg/Pbf9xdoMP3744ODk/Q"
    "2Jov2A6EddwnNGCb7dsHc8zG3dSyKXH4832pCZ7aFJ1wmQNAGgBpAKQBkIZ2hj8BaQCkQY"
    "2pBkgDIA3NTzVAGn4YpGG3BYC2sdsW5X+KzkVV5tNhpQl1WDKjDrNTSg8OTPm2Xl0JKCnf"
    "4A0Et5b5D36tyP+loTFl0n4SOu++NhAnhb9iO59mW34ZwZKoymvJIK2qetcRLGzLIRMvp1"
    "DNij5IyKncAUPquGTeQzdExyZ15kRUcB8ktFevT56wOdWx9oJ119OYO8rxUuXQae4DlI4U"
    "fxUaoz+4xqjLVUY6r3hUMTK/QWx1RNlSlTV4CeYXSbQlceuCK/zunhn5cYfAH/MgkoXhYg"
    "mVPc5AaKncjmeCHWxrM0/3cq6vKvf1S6IqG/+Sq4p+C1VVw7fXKiFnkylfutasIHcXPCUx"
    "GhXx+FLzozDJJYVs6zkjW8ZYQ31+R5yFxX7o27PUdtOB0qMsNxkoMxDLUoH8xnIIXPiKQh"
    "Dum6i5x/rKcfm1LxyGE/gZYg/S9xEna/hvtnk2EXWQ37OInTfE9TN+Vo83nbIH8AQg/oAR"
    "29o7D6bYanGRVCE+3iD4CT85yN+VIb9p98WydQ7TTvCrs/dJ5CL5mjkuNQx0ydZPm20bkG"
    "U/mJdUbLcdtMD8VhyXv8h6JvbEIxWupjEtLf5ZcEcNQH4A+QHkp3iwFCA/gPzUmGoA+Z0B"
    "5AeQH0B+UM6vJXfUpM871XfaGTmlbctPq3cpdZvfe0Ne3Hp5cSbNiX/fUr0ot6h+7LuxUX"
    "nVRwMyt2ZWvcj3aZXA97K3TsS9T/NuVNIWsUYyxIqknNpW5xSLdcxeqaDnYUlFz8NsSU/H"
    "xa6XU6+pGsEilm6QXhEG3WQBtWGkrLTlKxm+xO4Zs4uApA/9yvjlJbE1fXNT2bdcaR803o"
    "Z7DtYqzWFbaicvEXTlMpcUbYdJg9UODWPFN23WBXG9KS7wDEWMn0hE5WPkIFZT3hFU8wRl"
    "riDLcmMnQZt1qFyueFpKZXv3U5oqkTLONMRyCZ0JCZUrHVwSp+otjhs+ZQQImpxV00JKn+"
    "TkmCLbzY2dkLx6ytJ5seFgadvQrZoFm5izBRmwOQN4A3ZdzmBt4wiuauP0DFYq0ThFFMkh"
    "OywTSYqZDo4+1+xU0wo0h6A5GvZvlk0uOA6P1DDIhH+NBKWACZqY2mQ5n1jkBn/YOwvKkw"
    "aPdX9y0MK22ENIVA/15wfWE84LsZ0eIng8Q4eo69IJ1tEIU32PF0k9QV2HL8Wu/xEkHAP7"
    "oK4HAvaB2pAosA/OgH0A7ANgHwD7ANgHwD5o0dTKYx/8OBAuGnr2M9lKTNsvGKUTA89pQb"
    "B1NeaVeYjSoKNf8Kofaysd8q4S8C4Od2f2Bw7NCV2V02hCGaXjg9+Zkuy4zbk0zadDLog5"
    "oROqF0EIq0d1+glKD+lBStXdY7kLIpJg17F94gGKmz6h6e4t7x1Ku5JD9R3JIZKuR7DJqt"
    "VH0jY9Ut+mRyhTYqBXo8bAJu18LG3nY/XtfBwUB2A++tXnJuxiCJ9Im/ZEfdOeoERFgOZt"
    "+l7apu/Vt+l7FNQBGDIT0Ee2p3Ao8rfMA2LUQHw3YupTaVOfqm/qU9S35gviEpOZmBtXd5"
    "h1mzfuB2njflDfuB/4loEym3q7NO1HadN+VN+0H/laJthLfLfA9rJ44mGzh4a8vrbYQtxg"
    "x6t+GNmgvX+WtvfP6tv7Z9+yONid8UohuxjMTn7t+fISLJGQynHsoXS5+dwQ6jZKagGHrD"
    "kOGdCd3hjdKbwlfEDmI2JPmKL5NV5y2/XK6E/RLeGLZZGVNKjwZWj5bUv3LvAnUxPzhXUh"
    "KgDN+JXMNnIshwZ3Nu+jJ29u4BnTwiG2i3l5Fc56Mj3+ZH6jAr+eYcEHH6/I0r0+3us9mD"
    "pZuMEF0RzuQC8z1uCZtzcJfwKeTMikh8bsfcyq/JUBOAbUKKBG1fVWQI1Sm68B1KgzoEYB"
    "NQqoUUCNAmoUUKNaNLWyy9hu72LYUm+KUgHh2anOlDqqlKh6VJKoepRNVP2RWGhrT6Qc+p"
    "lh6bm1booHayyh9HC9jtRUYpw6uCB6W2zohIjKC+0wVlMJS6cjMhLH8qxgc6fzA0mjfxW6"
    "okGsa/PH9OLbcEuuPEgKteX25/A+3B1eeVBWj6Ec/3m7NRmaRoKgQMPGXYjJppUjYuVyhs"
    "3IqWze20hZJUA2KNSwhUINZqqP1zRtesCoYWDZQVzVzJmZnDI20wbdfr++LsMvUxkHURG2"
    "dBfI3OUxCJ4yCOE/hQ41csfvoj7Y6o0eiYGSA/Smh1ExvJueT6sx3eLh2TlHzoJgndjo0b"
    "JjUNe/kiOGcnvIczxsGK/xBRw6HnkL1un8Co5vg0vUvT6B6hQAwQIECxBsO3EhgGABglVj"
    "qgEEewYQLECwAMECBCsJwdaZSVup0j6iE8w0kLBxLKG0lS+EmqhP8Myoniq6fYPrluliqW"
    "uPYwmVl4m+0BJ1XeZjF5b5jswxNarWq9h+KWwq4nUOlYtQL0mpHJ++ClRVIjpNE8qsGUZN"
    "/q42WrpqCHVpqEkngCRRxji8WD+AWpTMoUYfbCqQvdUgajYGnRNLzQ1UF4dUw+i4tki1Xx"
    "laDV+DoveINMhfsEMN6uZwbETqjO1YIlnm+03/BrkzduK2yZiIC44TeTWP0UN42xE2XY89"
    "mpoIo3AsiqQZiLpC1LXuDhCirmqHgiDqClHXVRt7iLpC1BWirhB1hairSlMLoq7NBwGbu/"
    "i1qfP4Vb+WcTd+36vOTDG17IJcmNUVU5PyDd48eoNFWU492ETLxF0TCsuP7UpDu2RkZ9I2"
    "RAlrz8EzKQ+yJKbySPdr+H3nqqIuj4uoE+MeEdP1CqCF1SM/lm5w3KeiXlLwTqTt7gc9pB"
    "RsPIYSFQaSMuuSlNIVuyRzcLeL1xRDBtJ4TU3cQE2zVwVvlgZeCrz5fD78fH75pZNxGRsw"
    "NqRv7KYi2nfHM7CZ2LTlADuZNr0yXMcTrbV5uvlKWMd/CVraPi7BOLbFTojYiCnxC29k0L"
    "EP6AiKPBmz0xGHaR7xWEA5LnEEtX6BHYf91TJ5mTP2vU+gf7+3/2D6l97zdjZBOHrLGbqk"
    "rg81PXhHhz8f+f/2HJ2jQNFT9hLfimzSBQ0/Ca4eB7QI0KK6CwOgRWqHsAEtOgO0CNAiQI"
    "sALQK0CNCiFk2t7DIGtbvWq921YLOQn/5kPFNSRmnUbZBQVDpQW8ktHZb4pcOcPYAdXhyV"
    "tnV5+Z1YSmlrfxdqIj8osL4n2kb5nWDqa5MoKFDDcSxJr+lDGlogwktoL1O6b9qbBMEU+S"
    "GeElR5r3OfVFS9Ae6IsFi+M18NwsXSDYJwYcCuI9kTw0hZwOAUCKpvOjJlLVgb78mTReEy"
    "ciqblwe074WyzRkZyno1W9YrHpAbMK16+WiyQ7iqkTPzWCkI7sszNjzs0PPFaBLMsCUAbq"
    "lFrwx+I0FbDceNV4Jv4QvQ+eDikmQWws79jCABrP3koPAF/DYhjGw2xkSNzECU5035dwzZ"
    "PJDDkbIBsefEnOCpTdHRwbujg8OPez30Qt0Zh+wezBFhe/wnHN5O9B75edmfBKDnWi7baV"
    "IHTdjC/kwm++g3nqMlriWKkDoA2ABgq7tnBIBN7ag/AGxnALABwAYAGwBsALABwNaiqZUH"
    "sM28nA1h+YXckZDSJOh7riU6T9wm0ehV3CLtpG6oNhJuMFKbOGjKpqzUcVuVUt9KMt+yiW"
    "8hgOMWlPheDf3Eku2CjlEqyr4V1MfQwihDHcMmZduFqH1JaL5py5qWppOF53qO3LVPy3Iq"
    "b25urX3UD5VFn3nEqhaos52cNhHm0vzolnaY7YOSa4ryhNtyXVFQv3BAzFfCTcxXSP+2c+"
    "ZFTFcECXlgfYfXGS2Z92idvjlqZd8YWGdTJuiXEfvMM5XrluN1uuW4ld0SVjjrkzifRrl+"
    "OVmnX05a2i9hRmAiY0mxbnm/Tre8b2W3mHwfxSljHJC6IByawj10iW2PKSnKBN4Qk0Ou+g"
    "67SUBaWmBvqT7KSLalg+4FincRAH27M/2MY4d1j8mRsMo7YB8dlTtHbPuoPGZrVm5KdjmP"
    "LyGmssU/+2pu7uz2Ri6LbAy3aJRWpgzjST3ztj0VPtpti5+cW+A42aBXXtw4aKqFo6JKYe"
    "Nwt59nc1HFOGwgLo5jm5wXzOMcz9ShrkhrR/xtPUGjeWTjgEn6ye+CScM+YPsevgR7frI8"
    "b4ysF+I8mKNXJjxifsxBL1h3vU/sn2kB03LDfHaeS++KlyQkOCPHema7Yo+gbkjMgULJwM"
    "yp7ayAmaM2XQCYOWfAzAFmDjBzgJkDzBxg5rRoauUxcyD1fS3agrXIK4Rc7JYiAaXTsO9D"
    "LeWDiNWiiGVhxGzgnMxzM59WpANHUio7//tIS/Vih34gQPMDAdLmXxZWuhf8kMd1pKx6nS"
    "FCLpoIuch46yWxdtCiLkR46Q8RXtps1+S48Bamu18Q9npOxxO28acY7UgauX7u+9H7Kj7+"
    "fbGLf7/73Hf1wuiAUgBKUYpS2Gwbq2O3GKVINuiVoxRBUymUIpApQin6ZIEN7HNhBE4Rth"
    "dwQyob+OMJzwZ+j54wX57MT+j7d3TKPzpBznhmWQZ7KLI9gzgAJACQAEACAAntjG4CkABA"
    "ghpTDYCEMwASAEgAIAFuXIQbF5UxrypXLgbn0LoxwIS40vb+Guspa/PjKgP6uHg8H2eHs6"
    "U5UshZJKDyEswTUYf1RvU2ck/dqZFr5RJ0N5JoB1QQZlBXNbocNjDHDtaC6a05PgtWxppF"
    "8u2w7Q3THgVOI+QAb8PKC2JO6ITmVtKu5oHTT1DZQQwiTdE9U0efUbuOt/hYwVd8LPQUH/"
    "MvvdWJgee0/jK4/BC1F0NxC24/1lbaYVdx18XOGiCwHAMDBAYQWDEEdkFs6uLzMbbx79ig"
    "E550lwOE5TXrlcFhIyGgYS6hPSdFVqJi/ruQeBkK31ZwfYWopptAyX5ykP9mJN7sX2bpv5"
    "5fXhlm6rBm/tWa6NGykWUSJCpjIdtPc0bd66Pegxln3qAnb27gmRbcxzmh4S9CY8tjIyHn"
    "wdaj//JXgm3/bzP8TPyrMycPZqAT+8k9kVX0aBmG9cIrAhP7FY1nbAvGC/byB88BrwO8rq"
    "7zA7xObRAB8LozwOsArwO8DvA6wOsAr2vR1MpL/GFnCC04Q2R7u0Jp3qSw0vEHv0TvXaxt"
    "oxV6IcNq3fKlc8uWw4kCAaXDj7dcS5QMHygDGukiRKHlR8uK7b4kprT1E1GYWmbfBr5fFL"
    "aROLWXPaI5F30g2RlfhdZB0AxdprTewcn+Ryhatv5+B2qVAQTSQvO2HQK58Ry27eZ1mjs5"
    "yEfi214Z4DFPt1uJcqSfu5T3Ez8M6URcFojNMzRjPwcRbBuviJo+sHArAAyOPtz1B5ccdP"
    "A//l+HS9lBIhXow14POdaDKUqYpQCPsTUnDsKPLvGfJp5CXV6IjL8VEAhAIOr6HkAg1A6L"
    "AgIBCEROXwMCAQgEIBCAQAACoezUAgQCEIiWIhAumS/y/FFJkbdIQuko+H2kphJl3oLoNX"
    "sSsd0cj7Aq7J0QrOUNGnL4Qbh7EGvb/OHRtFyPdaZskDshpvKu5tZX8508utZExDsTnd1N"
    "JNGHW8rjiZk2vbKoYgA7yQYXA9ynNMYY85T9qw6iSGIi+NglpktsMuHxxuvDXsSk9j842t"
    "tHV66D/HptaG498+sP2P6XPZkn4zx4R4c/HyXQJ9TH7E3x5w5Z8Lu+KHrHC69ZBtYFF9q0"
    "kMUjjOgFv35CLzMLzfGreDyirqBL+yFMm4wtm1/M4JOtCUqRqm3ClRQ/yJqwsYui3w/RTI"
    "hm1t0SQDRT7RALRDMhmrlqpw3RTIhmQjQTopkQzVRpakE0c2fRTP+eYhkHFksoHY27iNRU"
    "hAU8pcVFkYoowLGM0rbuJxSVr35erfx5Wf3zTAF0BzvYljN2QkTlRXkYq6mEpQ1LzyVVFx"
    "s6llB6TF9HaioRzX/m9iM5+x7/jvKCMEkktPYN502Z/fdI5c1ca34ica25g93ci3HKnIa7"
    "zqU4TRl1GKm5+0J1C2Lr1OZX+o4ofs3Z291YZkCczpg7R7Y1A3sQ6o4uuO6oe7fY29ww/y"
    "gxzD3b4/XTFja1OKCTc1dL+fY6T17pHfZ3oTAaJBVumDLAjnH5fmV1HbBIuMEbcaIMALlz"
    "jK+n/H670na7ZLedceTtu4Mogs5kzb7GvUPVtiklu5RMgCaC+7QwalR1Jc0RVXkbngA21Y"
    "mPBTQjrTjVcSVFSSvJcVS0rGZYsvR3qTxHOc5SkI5YYtlK6Yxl1lVqeAd5jZuzKSQ4Kpzg"
    "mLSptZhoC2LyOeWZU+0Jv+CRnI1LnqAyj+zb4BINIrXRV652c10AOaarvMoGckxXjfMNWN"
    "lv4TvMto/rqoYvmfBKJftemY+WPWerGb97z/V4FDWHpJfTqldG06Nhe22RElhJ1ItehCb8"
    "cJoUTtH1bskLCl7CRfllgBjZZOoZ/r9tMib0mUzQo23NEaf1ea5DJ7zeqO2+ou71h7199M"
    "eMcFKci16wExQiRZb5wGs2c5rceEaNCRK/iQ+WVzxfYMoepRNR1ONTUATVJwtynh4XeqS2"
    "4yK+GRSMuwmxYzWoC0w7YNrVXU+Aaac2/QeYdmfAtAOmHTDtgGkHTDtg2rVoamWXMXHNTF"
    "2oJBJuECmJzk2ySMnXUFlpgKoKb+awmDZzmGHNNFyFs7FEwUBJJRh3kKe9Hubx5E28HOsV"
    "j9FIQGkuzNdQSyXoc/z9OnbkC2SmBFV2CndJRdXDkIJk9/wgezkPZklU3Yqwl9QRAT3dj+"
    "h1ucYVuUebr5vBQ8VhfLGGb14WbxdGnYytDni9gqoXIsu5bsebj4gtB9ulZJQGR4dCUyWw"
    "OSdSpTncSEUzV4WKUoNMGhxKXXFa7EMuAuFf+nfEx0iK7Z6YkKlzhSJ9EOn0rhAfkuuQv7"
    "cJsOUaMwdiKzJ6MciW6G+NpkRWwmw5cFYGYrvnd/Sx76NHc5AtgvPSmBm/mY/fGsgXUf/+"
    "vpcZMTnM9pOD/j2Jl1pNJ//eAxQMULC6/gJQMLVD84CCnQEKBigYoGCAggEKBihYi6ZWdh"
    "n7kcCCZBRqG9EnnQ19dmyayhY7SEqp7Kf6kaaoK26aT5xOq4ZVt48sQHLE5o85MddX7ly+"
    "JKa0dWuHnLYcak2FfdaOtuZxvNveAVWDsMvDMRWH/Xw+/Hx++aWT8SUbMDukoOwo84FfB8"
    "a0xthk2xncyQ3Jplr0yoOxYVttEjauEIYNhVD4hqWixDZhve24ohYxf26Qz4Au8JT6xYp5"
    "0sGQuBOM+njkLdgIMtG1N8dPol7x9enePjo3EZkv3Fc0Yk9w0AvWXe/BHBH/krPDA/Ri2T"
    "ovGzzBr8lLz4KXfxKpFb4epsVjws6LKII8euXNTH4pmvVM7IlHILILkd26zgoiu2qHmyCy"
    "C5HdnL6GyC5EdiGyC5FdiOwqO7Wyy1jDVPumPKfg2qOhx1RB8dmqzuwC8r2C5Hv2qHEuuW"
    "0lK3ycT4xVa/Te+XrmhgLU4IW73pPHixwSUdUCy2EZucIqL9D3QmEODCUUVgLGEHEcTcRx"
    "ZJzJklg7WOIXImb1R6j0xi9eDBj0E8oGpjerVR4uKdsOo4ag52VC843z7dtYb9IlNp1LV/"
    "msX25y82U+aUCal0XjUlJKg3EDIjZ2qBsEwUX0Wy51Z3t4XJyx8PaSH9YxfHUcLjUQlUOM"
    "LNZVPh4kkLIC1GipVW8VcuS3F8hRlDpXDT7yJcWeMZ/Gfx7Up3J0v6qVTsZ4LupYRpgS+5"
    "P/nboOevSMR2rMiemi7vXHvU9LIv4Nkw5v+mC6bHhhHRnYfPLcfeQ7QeKIulcYLWyLnVqx"
    "AZAQQEJ1fRRAQmrHqQESOgNICCAhgIQAEgJICCChFk2tH5vsv41wFzvGsaEjVRsoIaI0MD"
    "GI9VQi/C0KrEU0y6rWTkspbXBRlE0CB1quzFYpqFiyEBzmXKMiDvuaf9iXReAywiovwvd+"
    "WOM6UlZBHC4AHhy2yDq4FmaREG0XZDGMFQfE4k0gFpCUtXVcAnJVqqEPquaq/M4m+SPld+"
    "+W1hDKa9Yrwx6eIwHZCkLxq1C69mwSe7hK3NCBfRzC8UZz6jo9gTb4rx/7Dfxskhhs8OsI"
    "uRZ6mYm7M5Zv6ehe/7y3j3igI3UTyKPlMTFxRxdPTIlLFHVDRALqDwEkAZAEQBLtjJMCJA"
    "GQhBpTDSCJDLgAkARAEgBJ1JtaAElsOp5VUh2k2DWlhJSOkheeO3cGTMyYMgUI0Or4YSSs"
    "8nLwG1cSxYf/WhHE0yoRxGXHk4ggni7bPbhJXBaWSIipbPPPsZrqQhFwgcHWSsdBfHzzsZ"
    "F0SXJJ6+bJqnyLe/qqEwAkFBjPmwMkikf1Buyr3s3tdcZyZWPnTWylcKAbzH7pX/eByTP4"
    "T/LrXhnuM+cNdUdjHxCjGuBzz5uiV15VzPEm/NpzqhOTrX7Bs9AM6wjrDskcVDvnwSXqHN"
    "4Rrf9C2OAhoVeks7Ofs4/CFjaZUscVxcUMzMuQUQfNqePw4mT8svYecizxGJNt6h744LTd"
    "f3gL5BDiZ6WgYCAhm05nPJ/FshF5JvYrsi32fIuNdh9XMvmnCE/ZcEBd/kQ8mVPzJweRCX"
    "8Me/Ir4EQq4kTRkK16oI0ENnOY3YZx/clV5yx1elLhLHV6UniW4l8t74zEtNYc8oR16RDb"
    "snCrAtq+P4t0f7Nx7SIIKbNf280id2flr27i89Jljd9OZFZbzngZWROFxShylix/vfDra1"
    "qPj5QvHGR/uo9+Grr4EQ2J7lB28jMwWxLZk77PvflP++iKrR06G5hijXHIWFASHPyKXmZ0"
    "PHswg2WJP3RAXIz4ZVzsOVP6TPj6xUkQwYCFxUfBxccM7iasuvaE7RVeem6ZimhAqle0Tq"
    "0/H6vgOx+L8Z2PGXynbVdv16V317H2cRVrHxdb+zhjbYe7sbrWjoRVjp76jppNaA8NvdEI"
    "T+sY/qSK4U+KDX8iDC+xvqbySsQJiKmX7SeZWx358jmIHqbQdJBwPkUn+TQk7xB7TVt9d4"
    "hKDmMTFtr2ji0xtAr2bunBV7yLm2FdiwIJq3dyN8vxhzNxS6WJ/kLi6Mf+xHoOOfWbSZBL"
    "xzqZoDExjHCv5wcomNFm1PE3gXO2fZtY/gfY39HxGy/5P4XORTu1Pzt2sGONwyxckX/BFu"
    "4Hjh9sDYtSJoKAC7cU+QbG6+wimrLveY4L2U26DHcqcoBVQkJpOFDmFLJdeCp03GvCJ2HE"
    "on32rQqZJIZW/o05uwkhif1bzjYk3NeVXqodRYQq3aMtWqMFNrPut3POdyIO2yy8zCxkWF"
    "MHUVNcx/JN3KNt2aJkFwc5RiJrJXGLNoR/FNw78JOF+LvE6paUUT8MlB8O3Q3TlwfPxPN1"
    "vJANuiXlGkzH7dSx+nWsqvTu4qjS9uKoZH9xlLE71l36mHN+tpivx2bRHi6QWTL2iAlty9"
    "rhsJfaxQVqrsXRuvj27ToF41xcLTPlvt9cfGGGF2Znjai/KmZ5SDw98cViy90MOzOZQZ4R"
    "VHr3/BtTEvV5rckhNifqEHbnnuNq4xk2p0QLLSo58oseofZE+AM/0RH6FZsule6XZmaGgZ"
    "ld2Z6JFvBJi0HotGR78jyuucronmmiz6i9dl+ohDhXSvd4xNQQ6Tkuv60wJ4JbuH/NkWzu"
    "oHsg2c2/Ys4Zvg7HZ/PcV8PiQU/NY3O/ILemZG4tybZndrF5pXvmmDJPxzl+P970gnTwH4"
    "nLs9sEgqbIwDvLH4AgLARht27fdYOwBUkCjaZeKOcJNpd5sZvQ9rk3oe4X07VfOzkB7sS3"
    "vbIwN+bt+CGpUpy7OAC7OkL9ZwygjrBNHW7Tf0mFrS/o9EeJXP98dHR8/OHo4Pj04/uTDx"
    "/efzyIfGr2qzLnenH1K/evqR3H6vh2yY1ixbvDSveJbW5juIlgt8RtYm94W5iEuiqHHRMy"
    "24o4bqKH1UIyihkRq0mWb5odUQm+KEEvsuBFw/SexjLNlWH3RIt4xsaFi3RSROXj5AXXcz"
    "fnSYewDvbmWaN+HX67zbdqQmR55aVjF/0/ZFBHIeMOY3XXirtxg6QW2EwVi+WCFUsrJ3/A"
    "chULh4icVjnzRyLtMH+krnrm14lhzRdWTrphsd9OymzJdW9iI9IP1ERdyv6w33GEghhVb6"
    "tMZ38cVcn+OCrO/jha9uU6O9Pa2JzKXeScllJ52eynNJXfB1bbCJbtBGXzPrYZOfjVppOB"
    "TR6JTfhGMyd6sNSiV0qUC9o5VJva/tpeoYjAjCB/IDn8ikifHOfMrBfOjGOfiKf/5CD+xK"
    "D+84xQG73QiTtz9pd7cRPPyyXuewFP0N8cAmEfCPub9k3Vzbvl/TzzkA6ZjzzzNeeIWrz9"
    "WRJbawtUj2v3vx8908/GGXnUcKnp7PP3/Z+O7CJhsRXaL2wyoeFv0jdQymsrWyWDsNOUTE"
    "dFAmp0EX+tdBdd89+AdNFR3QXVnco7qKa7hy8ccofjhITKuGCjy0EJKBiuzGuiV2oleFY2"
    "blXwKjGoVErL+CbqaAyJ6/o/MrMBTTco33+yJRG7ns1rdWHTtexqO1Ce9en4z09X90Bd3V"
    "oghz3Q7YmPP/NrSNjekasoto63V4O9Hhfme8tB9PrsrnRL71gjG0Qwn6TOeKGAuikLNXdQ"
    "m0nlL9uwmtTIu5OtJGEhFFA3U6GmsY8rHaGPS47Qx0odoYf4mUx+p+Qlz3nFX5Y6LhfPF6"
    "zDK9YpOhe+YYIe2f6J2NydBKda1MXop/BZP+2dMaeB7fGsF7R0/ApEls08DeaHY4OaOvM0"
    "bIjYr1mXtb3XVDhf94JCOXDOhnP2mz1n77Z01JYCrCJ/LenQpO1cZX04LV4eTjMAMM2D2o"
    "uPxzQXXW/gcFyP1DDGNuVX4wV+eoJN5NneJqrDb+U4PIkI2DKMoliqPVzz6n7m7RKKIPgB"
    "wQ8IfhQSd4lNx7NOHmnX/6b01IDjNttk68KWu8ktd+Gdp8XbwuJLT5XaGdbcdm8lyZtPKg"
    "kLB83foHUPK0VjDkuiMYcHmf02e6NLzJw9XvGeOyHShn237AK11d31TgNhf/9/Cng39A=="
)
