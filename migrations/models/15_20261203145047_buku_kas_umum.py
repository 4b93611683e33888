"""Migration 15_20261203145047_buku_kas_umum: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "buku_kas_umum" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "no_bukti" VARCHAR(60) NOT NULL /* Nomor Bukti */,
    "uraian" VARCHAR(255) NOT NULL /* Uraian */,
    "kode_rekening" VARCHAR(20) /* Kode Rekening */,
    "buku" VARCHAR(10) NOT NULL /* Buku Pembantu */,
    "penerimaan" VARCHAR(40) NOT NULL /* Penerimaan (Rp) */,
    "pengeluaran" VARCHAR(40) NOT NULL /* Pengeluaran (Rp) */
) /* Buku Kas Umum */;
CREATE TABLE IF NOT EXISTS "tutup_buku" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun Anggaran */,
    "bulan" SMALLINT NOT NULL /* Bulan */,
    "tanggal" DATE NOT NULL /* Tanggal Tutup Buku */,
    "keterangan" VARCHAR(255) /* Keterangan */
) /* Tutup Buku */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "buku_kas_umum" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "no_bukti" VARCHAR(60) NOT NULL,
    "uraian" VARCHAR(255) NOT NULL,
    "kode_rekening" VARCHAR(20),
    "buku" VARCHAR(10) NOT NULL,
    "penerimaan" DECIMAL(18,2) NOT NULL,
    "pengeluaran" DECIMAL(18,2) NOT NULL
);
COMMENT ON COLUMN "buku_kas_umum"."version" IS 'Versi';
COMMENT ON COLUMN "buku_kas_umum"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "buku_kas_umum"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "buku_kas_umum"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "buku_kas_umum"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "buku_kas_umum"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "buku_kas_umum"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "buku_kas_umum"."no_bukti" IS 'Nomor Bukti';
COMMENT ON COLUMN "buku_kas_umum"."uraian" IS 'Uraian';
COMMENT ON COLUMN "buku_kas_umum"."kode_rekening" IS 'Kode Rekening';
COMMENT ON COLUMN "buku_kas_umum"."buku" IS 'Buku Pembantu';
COMMENT ON COLUMN "buku_kas_umum"."penerimaan" IS 'Penerimaan (Rp)';
COMMENT ON COLUMN "buku_kas_umum"."pengeluaran" IS 'Pengeluaran (Rp)';
COMMENT ON TABLE "buku_kas_umum" IS 'Buku Kas Umum';
CREATE TABLE IF NOT EXISTS "tutup_buku" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "bulan" SMALLINT NOT NULL,
    "tanggal" DATE NOT NULL,
    "keterangan" VARCHAR(255)
);
COMMENT ON COLUMN "tutup_buku"."version" IS 'Versi';
COMMENT ON COLUMN "tutup_buku"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "tutup_buku"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "tutup_buku"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "tutup_buku"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "tutup_buku"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "tutup_buku"."tahun" IS 'Tahun Anggaran';
COMMENT ON COLUMN "tutup_buku"."bulan" IS 'Bulan';
COMMENT ON COLUMN "tutup_buku"."tanggal" IS 'Tanggal Tutup Buku';
COMMENT ON COLUMN "tutup_buku"."keterangan" IS 'Keterangan';
COMMENT ON TABLE "tutup_buku" IS 'Tutup Buku';
""",
}

DOWNGRADE = {
    'sqlite': """
DROP TABLE IF EXISTS "tutup_buku";
DROP TABLE IF EXISTS "buku_kas_umum";
""",
    'postgres': """
DROP TABLE IF EXISTS "buku_kas_umum";
DROP TABLE IF EXISTS "tutup_buku";
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
    "eJztvQlz20iyLfxXKhRxw1I8tmQtXlr+4kVIlrtbpiwzJLnn3jea4BSJEgkBBHCxWK37Xv"
    "/3r7IKK7EQRXEp2Bkx07bBykIia89zMuv/7sxcg9nB/hca+uZfd3Rks51T8n93HDqDv1T9"
    "3CM71POyH+FBGAvuzKCgFQz5A2aLoqMg9Ok45D8+UDtg/JHBgrFveqHpOiByB0XJM3UmJI"
    "gMOiWGaTGH2iSui0ypRagVMPEmwx3zCk1nAqJnRLyYhFMmS/9FqO0zajwTy3Gfgn2SlPDZ"
    "xAxC5jOD2JT/ScyAzMwg4BWRKX/cI4ErqnHYX+G9E4TUD3+JPBIwZgTEDANisAca2SHxzc"
    "mU//PB9Qn7zvxn4ru8ftcZ8zqoY/AK+FNCJ9R0yC7USI2Z6bwKCDOgGl7z894+fEnkmP8d"
    "sWHoThgv5vPv+ee/+GPTMdhf/Fvjf3rW8MFktlFoFdOACsTzYfjsiWeXTvibKAhGGg3Hrh"
    "3NnKyw9xxOXSctbTohPJ0wh/ncHlB96EfQOk5k23FrJg0mNc2KSBVzMrFt+AOQlgpkz3aG"
    "w+uvd8PbT3fD4U6p/ROJXLvGj8auA32HqxqIr5+ACr8cHZ68O3l//PbkPS8i1EyfvPtbvj"
    "ozjBQU5rm+2/lb/E5DKksIG2dGTbts0a4fp9SvNmwqMGdbrvS8bRNLbtq4cnDNj5sa+87o"
    "X0ObOZNwyv/59qTBmH+e3Xz84+xm9+3JHtTt8gEuh/91/MuR+Ansndk3HtbDgD1Sq2znC2"
    "6q0JyxaluXhOdsbsTS+8lflmmB5EHWBNmU9YI2uIjns1T3Fm0Bk9hXx36Ou0FDW9xdfvl0"
    "e3f2ZQA1z4Lgv23xzrO7T/DLkXj6PPd09+1cu6WVkH9c3v1B4J/k/3y9/iQs7QbhxBdvzM"
    "rd/Z8d0IlGoTvkM+2QGrkemzxNDPg3TGQPVm7UwYMRHVtP1DeGpV/cI7eubPmn2dFs/gl1"
    "6EQ0HxgX1IxXsRu3enUTzxuXNY/3I6fdcjaAosTj42gSObRiyZLrxYNYbdyHBxMWDrY/2S"
    "evbkP6QG6ZFZhkwGzKl0Re07dZNHu1Ty752mHxjinWmICN4XUkoM/kaWqOp/dOvCxBpQMW"
    "UnLDK+D1TMzvDNYvMnpOVjBcfDRcfPifVGXtScprvPRccxXJIBk4quvP+9ct1p/3r2vXH/"
    "ipuP48MscMqm38yYlmws6XsPPjW7mSvVPh1Rh8TSvN50RLVWsft7H2cb21j0vWDmAaW9ba"
    "qfBS1o4777qNLSdqPqAjchuNRnSyjOFP2hj+pN7wJ8LwCutr1kJ8TRMnIK5euZ3OY+Hf+r"
    "CQiE8uN0du+RyklWk0HBQmn7+TLpg8zTZemcWigPkvtNU3XsUPZqF179hyXatm71bsfPW7"
    "uCm1hqkjYfFO7su8/+GUiH0g+YuIox//k8bzVGGL99VhJDTHFjPImNl2steTDgputKkZyE"
    "3gjG/fDFc+oHJHx/8n/il0rtup/XPHj3esmZsFFPkXbuF+Yv/BmqYIjTwItHZLUW1g+pJd"
    "xKbse1YxhbQx72GbncNh/c7hsLRlg0llqDQ15CQWzw/dWOZWMUuUtmNFG5cN/JvrM3Pi9N"
    "lzaV9cv+Xqpn3rthH8sU+f0rUq37X45/OPZqEc7We3H88uPu38vR0Xkti/VWxDkn1dkwsp"
    "8wi18SLJ0sSjTnn63TmDnUjANwtPU5fY7iQgprNPzhzyFXYooeuTCxZQADlGbuQYJHT5zo"
    "IR/hKK7h8N9w5wshB/V1jd8jL6u4Gq3aFtFro3bRa6N/UL3ZvSQgfOM1G/RT1Vp1tebnP7"
    "ip2dZax+lamqvLs4arW9OGrYXxyV7E6t0HyoOD+7fK6nTt0eLpaZM/aIC63L2km3V9rFxW"
    "q2XgGr7Hr+9etVAcY5v7ybs++3L+efuOGF2XkhU66KyQyT8+7QIHhy+XI3pcFUpZOXBLXe"
    "Pf/BlSR9Pq2SW+oYS22kj968adHVeanari5+K5p/FgXhcDylzoQNE4sq9vy6KvQeCP+gj+"
    "aI/E6d0FRul82MDJtyu/I9k+mUG6QZhC5KrgCB3pCn+gpUJndcE2tq+i9uC50Q58Q+Jcg5"
    "3+IP1LSZMaRhyGZeWOHBrd2/Vkhu7qD7WrGZf6cTapOrpH9ualebG1kuOD2HER/7FY6wBW"
    "NrTrY7o4uPKytyxiaf6WYefflU17nhNfYZNAIfJaqNXpTsFKVnFEmlfzouT4HSxQKq5jHM"
    "SSw1kW5oTIP3ZDtzKDph0Qm7dvu+1Al7wyeOm8uPdzul2WAFZk3GXtdmgrZGzU2BNUbdjm"
    "v7LDLM8JMT+s87FQ7u3K+9Jjc3hXJwSGrl5653wC72UP8zA1BH1DcDsOm/lNzW5+bkZ/Fc"
    "/3p0dHz87uj18dv3b07evXvz/nU6p5Z/appczy9/h/m1sONY7N9+olYYqe4OU6HNbAxX4e"
    "z+R6LyT70tzENdrd2OOZl1eRxX0cJ6IRn1jIjFJMsfmh3RCr5oQC/K4MWG6T2bcl7ow+5J"
    "F/GSjWsX6byIzsfJc9BzO+fJgPEGjmZlo36+/XpdbdWcyPzKa45D8v+IbQYaGfc2U/dFfj"
    "cwSGGBTTrr7pez/5zvxx+vvp7Pr5xQwXnJ/CKmVc38qUg3zJ+qq5/5LWa7M8+tCDesn7fz"
    "MmuaulexEenHapJdk//hHwBCwey9Zeby46M20R9H9dEfR/NzucXPtD51JrQCY2uyfF5K52"
    "WzX9BUfR/YbiPYtBNUjftYp+fgNnR9ZvxmVkdX5n7tNXkORsy3KF/N5YZvMUUOaPYPvNZX"
    "ARk9hyzoEXixAZGO4ZSZPrn94+yXozdvTwX7PuC/kWBMHRJ5tksNXjB8MscMOHJAjfPdp/"
    "35tlzTK15AvgumlL9OZUxlEhpzxGIzEnO5zf6q9qIN/Dwr8qvmsiYPUiajtVv+m1CT7I7M"
    "kLZdPTboU8p58KqOuuemQ/3nGhde5flWDGSN7H8ZmEROfS/eQp3Hu6J0C8V7+Pnl9dnNf6"
    "V7qNRPdPX1+vfzil3U+X/dfTorZW4I+B6jqv8vStqQyXUK3M3U/un8eJpsKf7gJ+YrcxRV"
    "ku2zHxs3FHxNNId2Wm7hhgKqJWm9c3x7RwR2UptMXds06HOPUDKOQjF2AyDbuj5/It5GDM"
    "q78bRHnsxwKnYGBhubEJ4IiRjG7owF5MF3Z8jE15CJ/503ZxxI2tKyOYnNLfSHinPan6Dk"
    "djxQSA/6mdaPqpYfPaucWIpSOnsBZDMT12Yt3V/rhoMiz1hyqBUlOzXUolFb72NHh1oFCb"
    "OcmiJuP7WhVpTSe6hBM2s01CRvZ5mhVpTsDs/5wpxSL3r5KVXzoVVexkLqTCa0htFeh/2m"
    "Ik0NvJp5dDV5IlOFX9S40GAV0ZYqk9JqU5utHQAg9cfGVoGWraamw4a56bA8OXUt1dmOMB"
    "+5poE4Y+8oNsbSac9WzxIxaEB9ld6eCmi9+oKSEMTNQtreMbaeKEtNHFSXzoPrz3iHBdp1"
    "KDz9FZ6qilK9JpeVmZQfegWBhb6r9EXE4FNS4W0FR9Y1eyLxS2S+KfBa+WwSycRl/K9jZn"
    "5nhnBQEV6VG4WBaTDiUT98JrtX7/b2yT8gYzb4sp5oQCA0lZd3nXvHlPlHx1PTNuK827zP"
    "PIuwKF6VxURWig/kMZrZkOcbUlRAOlMQejD9ICSwKBLqg8fMz9QwMWcpusrQVYausm6e39"
    "FVhq4yPYYausrQVbb5oYausp/GVdY5x0N6btqYz+GwzTn4sP4YfFjKNeS4M1fJ55AK6DyN"
    "XSdKqidGbZcZtSk1akX0j94+4BUFA63NCfwYGZFS9FQqoLUb+HOipRZJx+D9Fg2qiHpXrj"
    "O5Y3/VpZDIC+o8KdzkFX3Z0vrpP+8Kq2op3KRAlUyKz8egzPdycGwNqxMh3M6obde6RuZE"
    "9c0ydWEGwqFnSY/eLmisxhs+Pnr3NvWUwD+anCS3X86ursqeknhyHXqZf3GJuXle/IXz9M"
    "ZiNoXyBd/qgPlhjJuteuoOotmI+WqBmQUZrenvt0LTzbn7GtLSBKkqRSsrZ1CRJeSetoNm"
    "bptIpdDJlFOpFNIV1M8hKpe75AZk4VyhSRukOh3U4kNqDbLWq18qjVkBsdUZvTETeyIxNA"
    "sibdKyz8NZJYjtbkpDQM7SqgFkS+G8ImaWT8wur499mjIHYLZXAfm3kS21Q4v9G6+NRRQM"
    "UTBEwbrpmkcUDFEwPYYaomCniIIhCoYo2M9KGF+XF2od3qefJ5MM2R1Tn5Lc6XSpZD5rQR"
    "Y2n+h7Y9uBrWX6zri+aufyOTGtrbu0y2nNrtaC2+fF3tYqjnfXG6CtE3a+O1Zf1ri9NOH6"
    "zSNtLatrnnBx27YTUurw7QzdqXTJFkr0mp2xSdmhkRRu4YZNhEjyhrl0HT7jrR2EhHdOCC"
    "qgcTwDOacT8N3GV3LfstCgpE9Hkcd7kEOuohl95Isx2b16uyfu04Rrf57JiNcQEJGP+t4Z"
    "MZnC4/A1eXJ9i7+Sv+E5IPSBr+Si2vjlH0RohdTDccEnHDwxP00f5oi8YN+Zb0S1N32jZx"
    "c9u+jZRc+u1mdi9OyiZ1ePoYaeXfTsbn6ooWf3p/Hsbphqv6mZU3DtyW3EVSHZ2WqZ0YXk"
    "ew3J97yqcSW5bSErfFxNjNWr995IPStdAXrwwsPoMaLOMLnjSA3LqBTWeYG+EwqTQUFhLW"
    "AM4ccZNlxGVt0Cc2LdYImfC5+VwoVkanNKwqA3TN4xo2mFI30x+z4v2w2jJqDnRU7zlfPt"
    "QxpGSwdRZtIbjKK8MEPmm3H4gQorPFVWfZ/RapvRsMuYnxtsOvPMyiT/cHVFUN2T80JduK"
    "znKqevfrf1mHHcgiogWpDSGg8dMLG3JrsxDiEACLXoqfVBolnQyI8Xf/ISw7eHQgsdUTvQ"
    "zuVNJSE5AVbWAHdzpXqLwDtZXoB3afRiOwRPSopte3UkxVmcIiywZGIxi43pjJd2MliP/w"
    "l/N8OAPET2g2nPmBOS3av3ex/mRHw2dn0jgKL3Tsi7F7WITZ3HKNwnch1igUg9Ronnu3yq"
    "ojaicojKLTtHISqnN1SAqNwponKIyiEqh6gconKIynVoaP3c8Rbr8DjyYxzvOkrpmXIiWm"
    "NDg0xPLRAIkeMuZbq2tXZRSmuDi7x4ClDcBm5DkIf9oTzsl83eDIKWhHVehO+kW+MqVVZD"
    "KDTGfgK+yAZ0KdgoJ9ot1Og2UxxBIwSNEDRaBWiEoYlrh4YwYqsdAKRrxNaffJ59MC0amI"
    "2ZtKqK9Zrgn++pgGoerexVpJiBOQ//XObuqaESCgqi0cwMg54AfOTrx7KAjKnK8B6ZTSt0"
    "ydNU3CAzf1fN7tWve/sEfE2F+3Ae3IiL/Ult04DwrCxR124CCmEWLkSFEBVCVKibrmpEhR"
    "AV0mOoISp0iqgQokKICiEqpCcq1JAjp35qKghpDVTUnju3hg1NuTI1INxiF24qrPNy8Aco"
    "SbLD/1JO3LdtnLjzE0/Oift23u5jfqgM1cPjcmI62/xjpqa+aBBe47G2BIroH1+9b6SYmF"
    "/RulWyS9l5YxvI/IU/CEho0J9XB0jU9+oV2FchDkjjvtza2FUDWysc6GMUVgI/4nmvCekZ"
    "JyUWIjtJXQ35+KAygc4AiGOwsQl++KAn8BvYk0e2KS5MSVL8Gfz/HoO7fiByS0i7D/dOmt"
    "CSnPevydHJwdHrw3dkN0Gr904lIMR7UC/OykcD15F/B/qaa6RKyM2l/ImfMPkhNLh3jAjU"
    "F8/gnfLXeNMntdgV/w3pNII4Jps9yO+7/uWox/9zyP/T473MCwmFsCMShK4bX/DCq7p3Ep"
    "sAMvXkm2HInL1UPb5hGcm0wBDHDdXzfwURV0jgWgLq8qIwCoRxHumIhuQZUhdyMz0xrs9k"
    "/965iWwIauICgRv5Y/53U7yb8CbmP5G0kRDTQkxr2ZUOMS29He2IaZ0ipoWYFmJaiGkhpo"
    "WYVoeGVnkZE4Egy0IEqfAGSd538nC0o9jAMoqk6izZZogdtxlix/VD7Lg0xKhdfa16/XyW"
    "SWiNgp0JNZe29FpwMHNEDTodTumjOfSye62Llj93+QRMnZoTZnUNcy0x4lWsqynSJwpt8c"
    "0JI4tcCt3JH1z3ld3qff7161Vhiju/nAdnvn05/3SzeyjaiRcypceqfITi5gyobTo1PsLm"
    "S+5Lwjr7vQepssRivygdWFdxw/0sstXCo1KBjlAXviT6rjwWSj20bHUhZZuy3hpjyWw+5f"
    "C506+wYPPwLgjqPLSvuKJkFzRVy722inEdmAEdOkeqts2J6WzZW66m2E2QeOcH3vAt2fhw"
    "ORsfdtHGh1uy8XIm7qCFN25fCrNpCMHOMKsmAJzC8aNCWme3ypnQGGKkYXLW6kCSh+OGEo"
    "5b9gxeU5XODTPIg5FnEoy8isHIpZqozen8qP50flQ6nadI6LKtUqhA57bop5jvII/5nieY"
    "rx7tkYD45eZoiIrPC3UhKv63hKlwDod0x6DkLr1wWL8oeY9N6BNVzKxcFNKaCziQqiqt0u"
    "tip3mZLi8kUOW+qot2bsucKvYzrShTyfdWJktOTdGUITkr1CIpcqVxd85IXE1yb2mW1Xj3"
    "7PYakiA7briXMoPG1GdMJEhmMnHyxbd++qMPmbAN5gdAiDL2750vfEXnNfqPFCLe4aLSIO"
    "Qd1TgFzhJ/MnZnfNFhhrxC9e7LHfk4uL6VPCaoguzOeA1DUcPQowbd65HABWGHfWf+vTNx"
    "uRq8q9tsn9wiDwl5SMhDQh7SD0iOQB4S8pD0GGrIQzpFHhLykJCHtLZ7UE2v3MbXplfdvH"
    "HplQymdey0d64vB8sMocP3bUKR39eHIr+fH0JOJdel4XrZamaLXhyj69YUljnztvJMHja4"
    "Jg/LvskJs6nPdffU6FxzYjqvC7+DquQiUXX75DlpuxH/rxW7qNWsnpfU3/DnOW1VbX/Sxv"
    "Yn9bY/Kee+ZjOPhkObTqvc8Q2Xzs7J6Wz3O6EruUp0VbX62zZWf1tv9bd1F1bXmX1xQoM6"
    "u+vKRkpyGSi0gRonSWbAtwAcNpeG+UqVaL1sSg50P9NWef1ss3rWr53znbqDKcYH17c7il"
    "bXKbt4OAuHY8+psHnDDJKT6UgelBhRWMe0AdZYwoCds986zcendqvuSN9gwkysQ2bMlF61"
    "KSeu7QrSj+d51rKTaKkSnbdlv8fKksFg0F9qN9xmM1y/F66aTa3JSLUjxyLd6cS/Q+TIOf"
    "MtalNyx5Wy1rUnAwKS2jE6J6L33ivTU4srjOTOtdHgbbe/W2mCnQGcigPqKN/2InfBL2iP"
    "1dPbWMDsKji8XStk0jpP3p9SLZVP020O0/Vn6apZu7bfN8/c9T1d49lbqaerxvWE5pRvHp"
    "aYtytEde69V1Ldl0wba5nG58w4tCO76kRd361rK+hGB78CdclSrfOirs7/nJXNvCiYrbIK"
    "ncNWPkczm065XWfL2XiF0SsecwzTgFx4y66TxRp0nm0GqaaK2+3ijNMGTKzHEktQYma/oS"
    "qqWCGqs/0BXyS3zHJ55z/4HPlJIIcWU37OljWz/aKQ+bK8znOQCJgjV4mqG510+LdV+Kna"
    "TTeJrM4d/RvXkfSBZ72UO2Xl4OIInAzBMKjwZzUE+hSkuhDpI3wpAblt6cTaeGiPdFoqhv"
    "YUhHSeUGKf7EHiTlSaVdYW4lPnFFcP8clq6rK9W4f6FPqdcqhPjkhdGRB9Hkv91r9htrjR"
    "sd7ySYixJi7HlURW/b3OWKgzwPjhHuCKYKj0t15TNBTNl1oYDpWvsxAPdQcpkukkgnAo14"
    "GQJos5psh9DPe0U3gu7golFpuYMk7qYnC2tw/xSnxtoYHZI5CJQKZG5q3vQZ5ln91DYJT5"
    "PYl1gtTQqQTx3acguwb0A5djlTFMeEEoBjEtPXFgEJPekRUYxJRrPwxiwiAmDGLCICYMYi"
    "pLYhCTZkOrvIyJi1tU/bGpkNbpUKQXtu4AtXZHrMWPfsPkVKYycZUEtWYJ9bm25Can7fa5"
    "KZFffYdiw1rh11ybqJetv/ntL0jcREo4OonKVv7iOrHjr8LhKgXm1wU2Nvl8s38h/9TI4A"
    "NwsOzeeC0zpDbh858+XvJ5Yvfwfe9oLr90HnYoGjj1uyhZuSC1HVPvvN5RtPRN6mLanrnB"
    "G6Zk6UTgxUbeZErPLdpXOhkhG33AKubnAfPHrDZpakm4M1aPfau7/7E6u/+qYvZoNEx8wG"
    "oAWYWk1ju+22hE+rG+WkBkeQOuAifz3YlPZ/lP7Kzl24JlFX3wBYhZujYOAcl4GXaWLln5"
    "I4Ym7ZFsyBWPP1uB1M4jK+rT4Nssmu1UoGr5n3tNwNqIFxwCqyJKii5E16BuwisnSe0FiO"
    "2rgNXGjJeH9IKAsnn0ecaXqCQH4Yg5BuWnCko8vtNmdgSm7iWJ/Qq1c0PK+OAecdwZr46r"
    "G5q9e0eePXoEjn0piteDCpnPFzK+cLh+sfokiyF8sLgUljphBLkG+Ue6gP+5ziQgoUt2gb"
    "IRRg6F9/BSFq+WPlLxh/NI/b19AjBiQG3DFXkPIVchgW5ucCX9NAfimP+xb7FIZmweua6V"
    "ZkQUl7q6Mgki6H3vxB/v+gavC+wUh0XHWjvwjJvQfya7piHTJPJvlE/GU16Yv5y/mxoG/0"
    "tcmUeDkMzc7/x1oOLzvcMHJ69eag5uaj5v7pMzXsYJp2RsuwEXHj0TSu6iMPJkU/AhD19p"
    "u2OLGR/4b/y7ePtCZ4DnlH//k1QE0UtEL5edrRG91BtSQfTyFNFLRC8RvUT0EtFLRC87NL"
    "Sq0Etxtqhu5zrsMhXpVl6pl/sOyyGCjjsUx1CVmSkvozVadi2O2eeJrtvPiIa45GZwyS0j"
    "75u6Bkk/4B0cUtX2Xhx7lshuMB/HOXUsVZxSOJIGsc9tGauvPkNa5ilUAi+LYl3BiQeZW3"
    "R7QGbOG6tq8rxch2yeqL1ho5egtXqMZ50IxTzuVoFSVEBzDRciycIFaLDFzUhSihi8Geqw"
    "tqRQL4v6AT9+Pgpo/vqkVwFfRZxHenAxOCO7QfPdRHv7986982+bfWf2v1Mggne3yCK7UO"
    "qAK21OnP2ZQe6j16/puzv46GCPjNxwSh5c23afZGCRUALWsN13+68P+f+kDz62zYd7J368"
    "fwS/0cIHmOEHkv95//VrUab8oTSUEAN/2zNEN5E4uOnemTKfGzkHefTmvmcWBSFhf5n8v7"
    "E1At7m5JlRX+ImshjX2mJeSGggYqXgk07vHcpfM56S1/uHr8mYOnCjlPSexTCD6AtCP+K5"
    "MGQAxeDyzH4gu/c74+exbY7Jg0V89sAV5StmcL9TG1X1z4ySCe/f+RcCFQhUIFCBQIXWLh"
    "4EKhCo0GOoIVCBQMXmhxoCFT8RUPFjh1kpbQtXFV2l6trV3o/ej5XcvicX7+BaN0ghXCjL"
    "OstTYZ3X26tESfUchK1SEDZkIKxEhIS7RhkOSqV0NrXAgi4TTbc/fWwvMnBjCcI2Hhio4A"
    "vP+fccSJsZuhUXcKmEOlwm1fRNJ0m9qMmkHju8D1YTfbLWQIdywEgFkFAZVVIPJWQBLWp5"
    "xbJ4y9oMY19z8Q67t4PPe9JvT9MghX0yimxIGha7zZMkYpEHwQfgDJd0/Jzb/YOg+0OSMR"
    "BoykQWwxRpWrM06RimFkOfN/q80efdTUcc+rzR563HUEOfN/q8Nz/U0Of9E/m8kZz/EnK+"
    "OFypYgapkM7p7M8TJTd7MwbS7zfi2XZMm6plrEolOpMY7Bo03iID+QcP3NmXYTsHt4PPy3"
    "Tr1YfuJNmnAr7pq56WWyWvyot3xdWdpK8K9g1oFnD4XTrm1rJZ1XT7prt2ajq9nvfstA9X"
    "azDsWu7YSRzMajnE5qS0pjIsmTVpzUnE8o79uU6vmkDsx89U1ZtLHzbX/ZRTh60TDxKpiS"
    "CgbKcCB8p+7DXhPyEUGybBc4txnywdUgnvgZAGyJwEjRFfKiPxmxiKmUtn9TQ1RQSDGYjE"
    "StD1jACSW8W5nISLREZO0FDWdO/M6DMZMZncqZeke+qJ1E4GcaNQBndAzEp83Ce7ufxf++"
    "MpG1tDP+JzvQCL6EPI/OGTz1eNPUjoNONzObXYvfPgRvxnmSTKDJJET0lOqDTPE6gHWJPH"
    "HKnhPrmA94IJ0i/zGfwexPEwvBAEihBuZQli0cjgGtvuhFiMeYEMDUnsyL8cyjCuDKS9ou"
    "NpbFNT1udBa5ljltg49BkNIp/5rwIi8mzdO7sSBpvwT2MiERi0IFfAogH/Zvjxis4805eY"
    "Gd+GzCAp2cQ3ybt3B0evj16TJ95mEIAijQIpwdhfIaJoiKItO80jiqa3ax9RtFNE0RBFQx"
    "QNUTRE0RBF69DQ+vkiR7Z3Qc8W8LVNWXY7ANvPBPiSekfKKrBfi0/SPk2unm4dsFCQ0nlF"
    "7Rc03RpsqUl+mXPmmyE9G/Np8E9qmwbc3VOVCb+iWK8xI74QGFKQGH7PiyzOjC9EiXgZSd"
    "5GvgVVE4vwHPaZR21KLlhAwXclxcWbpQNQvh4SxoPLypDFIlEfeYiz64tli0C2E24psnt1"
    "1Lt3Mto3eYxmNp0OpdDQMJMvImM3ggwq5YrjFDAiZ4v825R+F+nkA0gBE+vEP1nmfpHpae"
    "Ic87F3EqjsvOIZ+svQX7bsMoP+Mr0P8egvQ3/Zoj0H+svQX4b+MvSXob9Mp6FV4y8bxmeI"
    "pfxmeWGtvTzSf3aTaYveng7R+8UtcCrzfyqgOXlXZN3PuQ+WWQIOX7dLk92UJ7u0CljCRT"
    "EEF4GaV60gprX1c16YpczeKhXIYUMukMNyMpA6t43Cqb2pis1N0a8VG+Oz0Dp2mpGLgtZb"
    "ONnTsPoa2ivXmdyxv2pMnxPTecv5MVPzZfudT/95V9jqlJjT6Xbn6uv170nxeTr1/PYzoG"
    "qs6ZyE1lsQhYlmvSTp6kldmSCdfE/nzNuWD53rWFpxob9EAd92j6j4xBLykfu11wR4zIrl"
    "FqIcxXoLmMYZySrLkuWfkin/HMKobwvysAAWrgWAAejDTX9wAaCDfPy/Dsluno/7/u3B0e"
    "vDdyIhveQOFwGPsTsDXjNwmkVtohYzBK4wvBURCEQglp17EIHQ2y2KCAQiEBVtjQgEIhCI"
    "QCACgQiEtkMLEQhEIDqKQIRs5lXNR/ULQCahtRf8LlVTPRV2u1zYTcmw6xzgvCbmhxUzwi"
    "K3d05Q56xOsbt7kGm7+cOj44YRb0xVJ3dOTOddzbVU80AdXduEx1sTMrWEW5r9iaUyvSav"
    "Ygw7qToXY9yn0ceY8ZSpoC6nnsSc83GXOSHzZS6Fq8NeyqSWD4729sllGED+hTAKRCaF4N"
    "7h+19es8Wrvo+ODn89yqFPpE/5m7LnAfOoRUOTHPB/hK5NLcGFdlzigoeRPNHnD+Rp6hLI"
    "3QDVEzMUdOkkh/fY9Y04ZwQ8KJCqfVZ3kyh6M9GbueyWAL2ZertY0JuJ3sxFO230ZqI3E7"
    "2Z6M1Eb6ZOQwu9mVvzZo74qUmeEdtOYJmE1t6481RNTVjA2UVh7SnAmYzWtla7BW0DycAD"
    "GlTnLq03dk5E50X5NlNTC0vbrlVJqq43dCahdZ++StXUwpv/HexXcfdwnLi7xk2SCnUmxf"
    "2fqcqrSW9/opDkO6BhpDppJBJa9+XbVE3Vvnzcpisf1/fk4/Ilrcy3TJ9SZzgy6XPF3q7p"
    "vtaybGc69iDRnZyD7lu8xSHyI75WDz3fdAHQCVS311XyWu+wvwmFySCv8IYpA/wYVz2vLL"
    "51OxXe3BSTRQConWOknur77Vbb7YbddmkiF6jUsgbPpDdp8QQ6UzX7bart9i/gzkLkhonX"
    "qO1KWiGq8zY8B2zq4x+LaUbD+lDHhRSlYUOMoypXaUNNkaTG+1MpzlGNsxSHIzZYtlU4Y5"
    "N1terecVzj6myKAY4aBzjmbep6xtBjDoypyJkMH+kTHanZuKEGnXlkXwcXZJCqTT6D2ptr"
    "AowxXTSrrCDGdFE/X4GVZQk5YXa9X7c1fMOA1yrY9zNzzOCKn725qjsV9LzC770mat4jlB"
    "zauaILaXmicpKrfY6SFzD/e+5GnjT0lzyZcG+PpNo5BoW7eOIXJ2G+g7PrX27OyeEbiPM9"
    "gXhez3UYb8QPZMC3Mtf3Dt9+sAk/+7Jg/rKeE5B5vYe0OKTFLTv5Iy1Ob64O0uJOkRaHtD"
    "ikxSEtDmlxSIvr0NAqL2P8T6Ukgkn51QAZ69ht71xzFevORa3Qo1YD6rBhRB2Wh5QVH5iW"
    "hZDy8hsEka5d5xd+ujP/x3TUgaR+Tmf1RmjVBg1NUEETCJ6pv0zuwDlRndeSQVFV/Vzsnu"
    "8GzIgqMsYuaIOcnM4NcAv3G8965AuzqGMGM0YMwRTItNevTR6pM7Ho8IlaYTTk01HFLNVM"
    "4KisQGs85LPQmPwDNCa7oDKxmP9IWzJoVsqXViUtbZmqtPNadSEQ/KSDO27khy2ylPgMYk"
    "SWymYnk9B5xhkILbXb8RjAKx5OIyuaqc71c6I6G/8CVCV/JKrqMbcrZDDI2stnE1i6Khbm"
    "81jyt/4Ns0VEfEWrxJDHTVxLrjdqMuMrjY86pKpICrMqeraKsW6t2Q0LPJd/6I9nqXUCb/"
    "O9rAJ7q+iI9fBb0vfVELjkFbUg3FcH8krwtgpCQkMBwwn8DFJkWPvk2t0n8s0+0L7MgMiW"
    "Jfy8IZPmQgKLIJpMeAXM+CAqGPGtfXDviK0WiBj8dPadGeTBd2eiQPwJrwIid2VEFt19cn"
    "0L0lsY9DnY+0BoqlkQmrYNOTN4Tfzk7PqQdkNstwO4YTCMU/e635lvRKwO2Ptndlmv4w6z"
    "z9r5F0J+CPkh5FeS7BQOgZDfKUJ+CPkh5IeQH0J+CPl1aGiVl7F0n67i4U2FtPbq3iVabt"
    "SDWzzvtN9pl+S0ti2cVm8K6m5+742Zkl94V6NZ4f++Nq2a/mku7/veWK+87JMBm7lTdznP"
    "99s2ju/52Trn9347v5ACQWLoZRqpECvycnpbHSgWLzH7Ou5n7GSMrnS6qQJqy4forj40Wj"
    "gkJfSrMi/PiXUjMvQclJag8Tqm5yRkNuBb6oAuFW2bE+2GSZNg29tM8VWb1WNhNKnKStGA"
    "/GYiOh8jB5mamuQk4/MZb1DVrGR5KZ3t3S9oqkW6rM2HLG/qfL61iOUYQVOzalFI65OcGl"
    "PkR4pF1q7rricUOYdiv9Cu8xGsXezBbW1cHMFaBRoXiCIVZId5Ikk90yGwZkO/ULQFzSEu"
    "Tm77X+ZNLjgOD6ZtMwN+JoJSwAUdavpsPp74RN4bfErkhRtxteGrgHi+yythgvAAP/56z1"
    "sieGJ+0COMjqfkkOyGpkEtMqKmtUdCl5yQ3QCW4lA+woBjZB8sOwMh+0BvSBTZB6fIPkD2"
    "AbIPkH2A7ANkH3RoaFWxD34eCJfcRv53thaftkwYZTGbzswaZ+tizKtUidago0x41c+0VX"
    "Z5t3F417u7S/uDwFS+SCaR0do/+I0ryY/bwKXZfDikxxzDNEyrDkJY3KuLNWjdpQcFVbeP"
    "5XpMBMG+xPa5CjQ3fU7T7Vs+OlSeSg71n0gOiXI+ghVOJdGRsk2P9LfpESmlGOgtkWNglX"
    "Y+Vrbzsf52Po6TA/A5+llyE7bRhU+UTXuiv2lPSC4jwOZt+kbZpm/0t+kbEucBuOUmMB9M"
    "uGuKyC3zgNlLIL4rMfVbZVO/1d/Ub0nfnXksZA43MRjXCrZx0WL0Ttm47/Q37jvYMpjcpt"
    "E2Tfte2bTv9Tft+zhtt0j1zP86oUZEnR65hfv/xBbiCw2i9oeRFdr7V2V7/6q/vX+VlqXx"
    "7kzes7j5zlxzcWVzCpaOXF3Z+uLKTafUQg7Z5jhkSHf6wehOye2/AzYbMd/gilbneKks12"
    "uiPyUXIEOkTVFkIQ0qeRmZf9vcvQtQs+lQWFg9kQFoymVcnwRuYFLbDPi+fJ88RjObTrkW"
    "AfNDCulVgPXkRFAz3KgA1zN40PkgI8vu1fFe796xmBeSyAPuE8Ad5GnKC3yH8g6DGqhhMK"
    "NHxvx93KrwyhgcQ2oUUqOWna2QGqU3XwOpUadIjUJqFFKjkBqF1CikRnVoaJWXse3exbCm"
    "1hSpApKz0zJD6qhVoOpRQ6DqUTlQ9Wdiob14IFXQz2zXqsx1U99ZMwmtu+tVqqYW/TSgNd"
    "7bekPnRHReaG8zNbWwdNEjo3AsLwtu7nT+WtHon4WuZJDpuvljupiUKvt0w5UHeaEX33qw"
    "oR5+Fuu8xSsPmvIxNOM/P25Ohk0jQQ9u6FZAE6bNgmrTJwLz/dwch+T/EdsMNErS8BvXVX"
    "F312D/z7dfr5vtP2/quV04VDBvf0yQsfIp3OHTWiCwCjXDluR0Nu91quzmjIyJMjabKMMp"
    "tPELTVvsMHoYWLUTtzVzaSQXjM21Idffrq6a8ONCxEeaBK/YBCp3qQziWgYJ/KrRoXKpBX"
    "KzN6rkOkoF0F7sRvXwenE8LcbU67vnzhkJPEYt5pMH189AdXklSgal90gURNS2n7MLUCw6"
    "ijze6HAFytfBBdm9OsHsIAiBIwSOEHg3cTmEwBEC12OoIQR+ihA4QuAIgSMErgiBLzOS1p"
    "Ilf2QalGugYONMQmsrnws1SZ/Rqd0+VHf9BrdcJ6RK105nEjovE32hJdkN+Rzruc4Bm1HT"
    "bpsvZP2pyE3hrwtMNQ/1nJTO/unLWFUtvNNmTpkXulHz39VFS7d1oc51NeUAnDzKm7kXl3"
    "eg1gXT6NEGq3Jkr9WJWvZBV/hSKx3V9S7VxDs+9ArlF7pWk9eQ9D0iDPU3Gpi2GVZwnETo"
    "kh+4Iljp25f+FxJO+YnbZ2MmLpjOxTU9pJVA2RF1wohXbTqEkqQviqAl9Lqi13XZHSB6Xf"
    "V2BaHXFb2uizb26HVFryt6XdHril5XnYYWel037wTc3MW7mzqPX/aXMu7K79u1uCkmrl8T"
    "i7Q4Y21efoM3v36hIi2qFW+iVfyuOYXV+3arrt3Qs0thMyKFeBTQqdIMMiemc0+XORS/ga"
    "pkF/wi+vi4R8wJoxpoYXHPz6Q32O8LXi8leCfVdvudHkMKVu5DSRMzKZl1TkrrjGmKMdDr"
    "xWvqIQNlvGZJ3EBPs7cFb+Y6XgG8+Xh2+/Hs4tNOacpYgbExfGM7Gem+BZFNndymrQLYKZ"
    "XpNeE6kSg9nBWLL4R15EvI3PZxDsbxXX5CpHZGifeikW2OJaAjKPJszE9HANM80LGAckIW"
    "CGq9R4OA/9V1IM0c/10S6N/s7d87t7xUBD9SnxGavuWUXJihhJruo6PDX4/kv6PAAhQorW"
    "Uv96uI5vXM5El89TuiRYgWLbswIFqktwsb0aJTRIsQLUK0CNEiRIsQLerQ0CovY5g77WW5"
    "0zw+CuH0pzIz5WW0Rt0GOUWVHbWtpqXDhnnpsGIP4CcXdxVt3Zz+KJPS2trfhJpEOgVePh"
    "OtI/1RPPSHRuoUWGLimJN+4RyyoQUiuQT4oqD7qmeT2Jmi3sULgjrvde7yiurXwQPhFque"
    "zBeDcJn0BkG4xGG3o9gSt6my28fgbDrzzMo0gg2p1fJCXUivdpXTFzOraYhrrNo56Hq8TP"
    "QYqQKhJTmdzQuYwp1QdnNGxsxqm82slnXIFZhWv5BA1S7c1silcawVCvrpO7UjGphn3siI"
    "R9gcBjpXoteEgLK47JBmhRfin8kLyNng/IKV9iI7d1NGBLb5KiDJC+BCLUr4MjoWaWJjUQ"
    "hdk9ds+eBLA7BywPwZcww68U1y9Prg6PXh+70eeTLDKaCm986I8WPWI00u6HpDZGj8B4Gp"
    "hm7IN/tmQAy+t/rOjH3yB4TJiZu5UrAUMU7EOKvsixgnYpzae4cR40SMU4+hhhjnKWKciH"
    "Eixrk+jHMaVWwIm++kT4W05qHfgZbkLHehykZvoxeRP8t6y1PhDTrLcwdN1aihZaatVtGH"
    "DcGH5djDBEMLa7KsL0bfMsluofekAHSsBXizh4mXYRnD5mW7BWp+ymm+ass67tBiXhRGgd"
    "rNZ/NyOm9urt190k+UJR/BY7UUrraesELh5hpK79bwsNwGDTd1VQl35cauOIXkgDnPDEwM"
    "KyRvnQGb8VnECYWTEBzrW7zRa868Ry9pm6NOto1NLT5k4nYZ8WeRo12zHL+kWY472SxJkr"
    "k+y0KatGuXk5e0y0lH2yUJyswFjWnWLG9e0ixvOtksDuyjgLUHgNQ5A2iK9sgF9SOupMjU"
    "+IU5ALlaW2wmAWkNY3srtVFJsisNdCdQvPMY6Nue6aeAHS57TE6Fdd4BS3RU7Ryx7qPymK"
    "9ZlVHxzVTKnJjOFv8o1Vzd2W0tfErDtaIZU+P15WS6QOu7yNRFVt8GcaON0vq0YZzpZ96u"
    "Z4NITzvikytzfOcL9Jrze8dFh0mvaJPbOzltVdlcJPJOCoi7E/km84mCn+m7GZihyOxA4G"
    "09QWN64P2AS8r8D4LJxB/wfSdsgSKZLwIKE/eJBffO6JkLj/g6EpAnaoXRB/7PooDjhklK"
    "B0gnEYqX5CSAEeV+56eSiJHdhBiFucKRGbX0ZIXMKL3pGsiMOkVmFDKjkBmFzChkRiEzqk"
    "NDq4oZhdkfXkQbcb2qXOD101IqoHUmgrtES3UnbjsvbpMbtwxcsFll5NmCiPhUSufJ/y7V"
    "Uj/frXQEDKUjQNn888Jat4J0eVylyurXGMLlMhQuF5XZek6sG7S0c+Fe+odwL622aSqm8A"
    "5mfDhn/PVAhxS2kUPM3FE08vLpH47etJnj39RP8W+2n4JdPzc6ohSIUjSiFD7fxlo0rEcp"
    "8gV6zShFXFQJpYhl6lCKPvOoTSUXSeAUSXkBNxSisd+fQDT2G/JIYXlyPpBv38hbeHRCgv"
    "HUdW1eKfEjmwUIJCCQgEACAgnd9G4ikIBAgh5DDYGEUwQSEEhAIAEvHcVLR7Uxry63jsbn"
    "0GV9gDlxre39OdNT1ebHbTr0cX1/Pi53Z3cYKCFnqYDOSzAEAt8u16vXEfsbTuxKKzegu6"
    "lEN6CCJIK9rdHVsIEZDegwHt7DQLJgVaxZJ98N237h2pN40kg4wOuwssccwzTMymTy7Wbg"
    "Yg06TxCDVFNyx9Wxpqa/zGzxvsVc8b52pnhffe+zxWw6M5dfBucr0XsxFBdB9zNtlSfsNt"
    "N1/WQ93wRV03RDjFT1HK1jeNRtHwJkJxIMwOTn+iJkCEAiANkAQF46sGyFrt83ueUfKzHI"
    "UpleEwxpJqWHVq74QiQyfQnJvaUIRjoE6h6LQiJdtOe7E5/ODpKbnmUaaAhlembUt59JSP"
    "0JC0XQ1H9H1A8ZPPQZ5XMpDcwPMmN0XDZ9LIqPqSeu7fkPcZNunC56Du8U4Oa7D7ysT8nU"
    "DCNnUswkjTgn4pyIcyLO2U3wBXFOxDn1GGqIc54izok4J+Kc68I56y4gbRhX3bh8ND1VLT"
    "Okjt60o4Q3ccJLpPCAhpVhP/WmziS0NvVtqqaqnU/aTF0n9VNXOTOZ5fJ2h1ubniqjAGVC"
    "t2prz4t2JSlcX+pNzp5WEROYpIM7UcnE94Pno1c6W64iDb303ij230zoxT13c9ZNVN58pw"
    "Xf1VD6rpZFiOaq2GDEVD+aRTYNzQey+xjNbL57vPvH3o6i9T+C9+4P6b27SXyAy0zjq2dT"
    "pC7JYfhUkeG7cRyUZLsykadtwBuTXG5nVOSNV5G+u7XhO5W9u2h4DSxfkaG7teU7laB7zv"
    "IamL4iCXdr03cqB3fR9H9u2fLLWr2jFodd5Qq4A0tufATAN/SYH1Rlsh0wf8zqdu1l4a5Y"
    "/2OMa+7+x+qSZv+qYPYYsh0mkK0aPaNGWuuz0yAGqfuxzkrHqHXRNuYNWW4DZQpH/J35z+"
    "x0C7RldtT0Sa1YHlfUc+EiuQpyR/JTr4nTYecKLWRy5GqcCyb3Gf9FZqu1mLgBHLLfPrGA"
    "7F71Hy8HPX4Acx5pj1wNBhfkPjp6ffQ2udwbWB0Go4ZtOmyfyDQXuZu8T+8dmT8jckK40D"
    "uE3/jcHH4gF6Zl+uaMPE2ZIx6R0bPMoSuuDwp7wNm06WxEw1wZ+hAyuHx8n5zdO7HikDVX"
    "/JimzI2rgJdNzcnU5v/n3Z3QNHsuMkCQAbLsVIcMEL1haWSAnCIDBBkgyABBBggyQJAB0q"
    "GhVV7Gunbl9dKxUTWns1Z8kJXf5eXxwxs/bapMZzkRra09yPRUtfPbNnZ+W2/ntxW5dsUx"
    "tXoWq8HRM5GuJITONF7XPeLCkaBkxXnBbsQIJ/HX/URtTM8q07PuKBpy+XSsh+0SBzTkDS"
    "iRwviOxBeXmZbt3pz1uSip8xayX9BUv3zPYfQYqYIeBZmlvE+bmjWEolrgG2GqygtRDVlC"
    "utW6Z+W2GEahi2mFXFyYAd/qm7wBKrCL7MdeE3phFIotwi/qvdToxkc3Prrx0Y3fNd8iuv"
    "HRja/HUEM3PrrxNz/U0I3/07jx8ea7l/nlDOqbw8bEqTUDZU5Oa9f8BVd2OZfcGpJ5Wsyj"
    "Bl3G5mVJra3eF+pqY3ezim3f7AY1K4n2Wq29l4FJCl4R/VygJrw9sqrM3877X6hggwDAwH"
    "cDFpArNjKn+ZvrlMLxc6pvP77wJ719cB0LZ1cBLT5bjOiYqnbkF1wzuHISgU1nnulXevvr"
    "M63mhbqQb/Uqp69+iVb5x0aWGqqVF9EZ1JITPXUIbHFV19ZV+2eDiBtkOKOBqrXLglrHTN"
    "2CuuQLqLs5QzfAiTnzVcwyqpii+Lr047pq8rbYYrnrFQDGj2e3H88uPu2U55MVWLowXH+A"
    "+aStzfOTa8HaXCty/e3qqgnOza+sUtdyS5zHkr/1bxhk4KjE1H6yRvh7nTj4JyvwmFGDg2"
    "c/9ppwcJYUG8oxafENIBX7y8VBfeeRFZHCewqxfV8dBpFxBlzxKlIzizcQ+YZTEVbXI6HL"
    "/+LOehB/9zTlP88YdYKeyLfMfyA+GzORZtmMA/F2RX5m8dgLe8SjPn2AW2j5sJ95PV67F0"
    "KoHX/bmDqYbBkxesToEaPvJnCIGD1i9HoMNcToTxGjR4weMfo1Y/TbD6bZMF6/vmiaOrZ7"
    "/UyVSWiNGStFFMzBDO1whiagoTRJBfwA6tRciNwC5EmlNwjyXJjUCalPIMupRQ/6kR9fTa"
    "iU2RoUF/e9QQ/WJcm1x8JoQmswt7rg0VRE59V5INVMLb6MvddCmoD7vYce2MhUvxi8IKiz"
    "+eGCcLB9qqwWtk9Wv7DG+IvXzbDO+ppC9sm6eafQEGoLZ1NIZBPxqivhkAPwmB6oBkVu4B"
    "YI3iUNWtuVG3D7ecEuYPd3oPOqevFa8Ps8HrAMsFyQ1BpZvnZnrk8E2Lk59+1CZDlDYlYB"
    "LffT2rpqdDVsudD7qsHl7QSv9m0amA+mxf975gemt1OB3ZXK9JogPCsrPaRpcQxpfWEPRb"
    "gM4TKEyzrkw0e4DOEyPYYawmWnCJchXIZw2brgMksxQaK10uyI69ht7/SXTIy4+tgR8Eur"
    "+rG1R82E/zp3rlzShd3Sh93oxK646ihkDhxerdB8KFu++bLMkrDOgSM3UllyZokLCsVFny"
    "3v3FnhHZqJyUznRRbPiXfB5pdS3a1Z3eGjbsS76dSscOq1Q4vnqtB5d3QNqvJ+Hqu6nVm9"
    "5GPdjsvv68ODOWa3LAylAUr+vmKBXpOzz+MWomHkU2doUSe+xHsxVV9y8UX9wMWHm25c8V"
    "Kya7meZOb3xOOPcAXPq4CAioKFf3052OuBMDEdgT7L1+/PN+u63vECd6QVOeOakPKafVIi"
    "oO9Gqb1bci1Ui3o3pWPaVMnYqcAGqS87GzH2cat90nHDNun4tU4TGB+RgNZQR8I1FTPYXI"
    "lFU5gsK0OO2k1gd3zasOGGLb5IjphPJuZ35sBsweh4Sp4Z9e1n4rOJGcAVXXz64Sda/reg"
    "PE0tXdO9c++A8NiNHPjJd5/IjFosEHMaP90x/7sIe5PRTnH1NHRn5vhU3Az2bQCnRxJmQu"
    "4TnwZtd2zVTXX/3ElUkTaEO9f/hXDMFuGYfHu0neryMlofE29yim6fzSe7u+LxJBXSmnNw"
    "l2i50TMIcH6qDyD15syJbM6ir1WPG4JNkNd1SyyO7SzQeYpHxeo8xwCpX5rVY4DP4uUxv9"
    "2HoN9gn1zyFU+s9CTyo1Ds8+U/ZRww9RlfPg0mw3rl5ZwPps8X5oB+Z0Zp3V7bm+6d3YAx"
    "US03SWQzviSnb977IK8mzTxnonp4BlsF+MszeWLJGx58dwahyM/163k6PwkVh6AxruhIsE"
    "CCBRIsNIemkGCBBAs9hhoSLE6RYIEECyRYrC8eGT0Pq0U/s8NO+212UUhrq167++RbrOjm"
    "99vSUKk7vTUCUxTT2jOpHqSzufDLGsMvjr6sM73uWQvUw3ZaBl9i1oLNZC2AG5OnVXdiNF"
    "+yPK28E0MvSw8yPbUIaxUXgQ8dGljyzLIM8We+jg0i5jIH7IXpyBQJKi0hLxe/TrXefnL7"
    "wHyoWyFb5OpIhDeZj92kgXoi9kTR7XNpI3/CnOWvdciJ6270b5mq2zd7ffr7+vm9Ifu9Vm"
    "4Btaz3G9gFesyBYP5QOWdESVDzdXVOWy2M38E7NvrcSMxTntQ1ul3jR0+RomFylDSwv2jt"
    "hqwoqUQX0qGINAfknPmhzIuiYPxN50XJp1tQguPLgjqHTajHCq03KYpV1GduGKjmRKnKsN"
    "FRu7fNi1LufoW0KDefbu9uLj/etbsFguWz/hfbQuUaiMLlAZrsc1aWmGatdz/k7oupI3yl"
    "97Ys4nuld9isNmlMgeo05J/BZ/YS0+mfqS/UMLMMXnPlkQqFVKiChZEKpTc/A6lQp0iFQi"
    "oUUqGQCoVUKKRCdWhoIRVqA1So5HDTfpddkFmXTVeRxgd4UGepppvfbledJlVZOXnZjhFz"
    "LnKqr5qbozfJbDWdFzlm226DtVPMaFBvzfpeXJTSuROfBWrW+2nZZqswtm5kM3i/xftqxY"
    "btynUmd+yvuqReeUGdj0I3iaLkUhEhqdyNf/rPu8JGvIQQppvxq6/XvyfF52HDOcZfNLPp"
    "dFhPwmneO1eI6xt4/1koSxRJOavbTPO9WvQYWZAOi3m0ak9dP8dUyerc9S8SfUk/1VeLPY"
    "retMrSPI+syrWzKldkc61IlbpTzSpszvjb+Zkw8NwgBtm7SjkbMd+qutevgQCViXSBAXU7"
    "5vP6ag49SHtC2hPSntZBezLyU+nytKfCjKyJB1HG+aScIU1pT7/7pjHw2QPzGXT0CurTXI"
    "leYybKuBzvGhNfdo52mSjl7BYQSjzmB65Dgqn7FEASSUpE7a8CAjX2kmRRpk+eTCOcBh/S"
    "9FHyi2UCqRnXsSLl1fpede/Iku6Tw3/lS+grMmXU4G8goRvnyZp5ri+S+fK2dSFt1u6Yzz"
    "f78vkQ6oH8WPWJrqIgSVo5YjamuNoqr0u2QeXWtc57HAvoHJPS3ryF3enbkxa707cntbtT"
    "+KmUVzFgs1HkPFesDLCbqjFyUexF29TlYlH+v4fIGYuctaPItPloD/bhff9b9ajQd213Rp"
    "4pny34Ghl/k6Urhd9mo6qbNesbKhXQo4ngtcpNdAXfQCzRULueaQXMbnkJwqabR6wwKs2T"
    "CnS4eQZsxkLKz4CPkRHZcTvJIyxJv0+/toJFXu08mJPQmRyy0aW74QCY7KJeePL7FlfTMe"
    "O2PeXlOpVOl/3eQn7ZP032tFNxUsl+bDykhACt2HIpbZOPF95iwKY+Tl8fHxPILiWvkrpe"
    "7Z2SgFF/PO3FJQNxWAj4zp4fJOC0YZuOxY8WvBf4z+Uk+ut7TYujRC++cwuPFHik+GGPFD"
    "/uLXT5CU3Zzm2Ahbf1wMLbErBQ6cxr2GpW4mYb2Ggul7FhTH2TOsnsSwy+v4R0eroezIw0"
    "ckiJUp5KdSdyo/08082ojTYBUnh2wLMDnh3qzg4XLKA7FccG8bzxxGAkJVYazo2bbYzLXj"
    "SaMS5b4y0HxmVjXDbGZW9qqGFcdq79MC4b47LX1gQ/aVy2xTf+KqMqKa/v1dY7fa4i6bMZ"
    "hA9P/KVo34fHbcIbjuujG45/HkdscpLcvhOW2mYVubshHDMR0Hl1+PQIeL7NrbhUT25Foj"
    "9sYNEfHul0ibj0M/HjXoVPI/2t1+TXMPOl0Lfxwu6Jvg30baBvo0MHLvRtoG9Dj6GGvg30"
    "bWx+qKFv46fxbWz3zL0W34Y4cefPOcrnwVYj6rBhSB2Wx5S4WKza0i1vJdusq2Pn6+BiR9"
    "HynxM1t3//GF6cspGMSJp4PAYUUhWFOxUOj+SnXmN4aq7QQuJ3rsYCUzt+LnjXE9d2oXEO"
    "/AgitQRre3B92yOXB5R8jvyIfIkMChGgl38eMDJgs5HpUPIthLlrdzAgv/56cPT69evaoE"
    "/0o6AfBf0o6EfRegeKfhT0o+gx1NCPgn6UzQ819KP8NH6UZMOvMrLyMhr7U35PzjI3cJZZ"
    "ZmS9bcNiqCcx/BQ8kZpTZRvznrSZuE7qJ66TirSXSeRa0cbN6XQzKZ1Dhna+KYTlvTB/ri"
    "bukT71wwjSXth8evYpdXYqHCXlQr0ml4kFxYfefPmF3hPxGjL/noIj5avDyAyaAO7BHjPw"
    "nrj80Yj6sS+lf3lOznvkY49cENcnn05F7i3bdFgAP5thQMqvuXd22V+QUCs4GM2Moc/E3/"
    "fls8KHEM+H9hcvHXPjQz6w+O17++RLTjOLMQ9i6+WP904UiMh88ACNp/wJ18dxw6lM7SX0"
    "8tnEDELm90ggMn2ZogSvYsY7ZWCecpX9hJVHTt4dHL0+OhTRriKp2L1T0JPKZGWzUWTxqT"
    "n5dPfJ6ZERC0yDCbt4fJ4Qq7KwwTQMveD04MCDPPv7pnHAnAMPhmXEPwH+NmPJH0KJXxz3"
    "l5N3v4hrZn4BbfbS/GeFRvJs6oD1Rb4zcv7lgkwiroFsFOhqQkIaqif+LpzaXDuL+UDfkg"
    "9HJn2m8q+wsxGvepq6xHB5NWaY+4CQ/RX+Yhr7h0fHhmvtj93ZAe9FEdc7PDD+5y/38PHX"
    "p//5JeCfyV/5S95uv0DCOj5Wig+lavvTcGbv7d87IiMcb/xXwqBkxD/PIk9UNteDG3G9+D"
    "9AiVNh9SR73G58G0Qv/b7sHT2Rt+nemaXPeskHZ57nHuF18w6XmYurAJTSZACASZJutEeo"
    "Ly3rys7/YI5ZwLsJ9OAe+BdH/DOmbGwxru+EArFLDpY4jfgHAkPvgA9Sc+LszwzRVAE3OT"
    "+zwtfCaQh9kOiDXHZ9Rh+k3o4R9EGiD3LR+QJ9kOiDRB8k+iDRB6nT0KqIUzNH1YNqMcEo"
    "Ft0gvUic4eG0S22+xXVEwqQv/BTi7Cg2N69ID6cZnNGG8oymMrfNiWntpBRhg+eprsrEuv"
    "dteHXv62l170u3sMXnYBWD52W0tvZNTlH126famLrp7qkqr/sS3XtOTOe1WxBHl+/da7nQ"
    "MfYmVa/d1RbPiXTrTt0Xr9gVd5AKJ1zJTd2281ZLaz1pCA5uo399axRocH4OM9+nSkNUiG"
    "rdCv8Fjtovqb4HA+Y8M8Nc7iLBdbSFcDuXW+CL68TJ6kpNkErMTypsbM6ovX8h/9SoEc5B"
    "Y7J74708+/7Fp4+XX86u+A6kdyRq4/t+Uyavy+8VkYO+5Vt5R5EVVl3f1XB3XSLRhavrzk"
    "HZJSb3BkOvLLusLli3OTrj+wk63anCuNMfe43Ytjka0mGYFlwMavPD7BlJay6g2bnfeuTw"
    "JAEKueJujBEewB45hUZzUF8vBxfbEQ3I7uw+ev16dLTXIwKQBTyYjz9DYIs2C6l1wI/TMx"
    "r2iLwFk4iPILtTavFHzA/FBW0hSUFKx525Pq8O6plEjqgIkGESBZHdu3d4L5sU4Ml9kiCj"
    "ZCrQUK6wY5gAXduATMaA9sR1DcDmR75rMUeg3eJ+LNefcUXpd4HmEjcCRDdML98CrZ8Drk"
    "EoMNV4XPRATIj74kKukFAbPKTPZOryLoExEohPIj6J+GQ3QRPEJxGf1GOoIT55ivgk4pOI"
    "T64zjyYCZAiQIUC2aoBsUwbXESEDb8UQvBXVRl/MfShUsEEGBCR9YLZJlRkPZ1zhXxKF1d"
    "GEVmBCA5ZQhiinkXKsUCqkdajQHWgJJBXYL20oZihvWuF9U0JpUonOoDR/gMbbRGmk+3LZ"
    "2SMnvsG545yaluq00c80Vc+Q3GbSOGrIj4zY2NaxsQc3dJWgsUSgC8jYb7GuemBhhQOua0"
    "FQmpLlczJdMP5Fpq6G9s+O20X7n7t8VadOTQtkUnMtMOJi65rX0yfq7gRiUN8kaieihqY4"
    "//r1qtAU55d3cw3w7cv5Jz7rzy205U1MjDUOaxtiIZVtWN8aqpS2DY2ImNFGVuXrqWC2BV"
    "a9RetX0KKUzivoNSDT5LbPt99p/PJyB/12J/2mo35p0who/HB2VNGX5f662vg5qRdvzzfU"
    "ClcF2sHqdugnCjt0QWxQ6eSpgNbOlCvB1zgTfA1tNolTNUtPX2DnDfXgP6SK2796x3GHGQ"
    "NHyUM4L6izua/dfXJb0Hb7lg8ndqPpGzYgJclu7T9UW0JtC5KRxlS6c1FK5748KGi6Nd62"
    "PszK8zReT4bqVVMs50v1FnEtR0MvkRjOUpFWrMv6EMJ5DmZlyR45fFtkZBbol4DNHMg8Li"
    "VGJqRx8a0DaNUeiSyRPufjxx4vOBXJbITr2Et8/DHTknh05JsWr0ak++qRmdTCc/mJ3uyR"
    "80H/XBIwIZlQZB+M+Wsh/5B0QPdIEx8zTluUUTI/yPw/1GF2nKrIDBMu5b0jUyRdOt+ZE/"
    "KzY0BEfjd4ydPUHE9Fyh2kViK1ctktMVIr9eZ7IbXyFKmVSK1EaiVSK5FaidTKDg0tpFYu"
    "cRpHaiVSKzU2OFIrkVqJ1EqkViK1EqmV5UkDqZVIrURqJVIrNbM/UiuRWonUSqRWrpJaCa"
    "i6NJuC7QtCOpv+C3AG7mJFtbC3pC4Mx2Mlr3xeSGd7f0uIGcvYe/XX0gtyiIqhUwGdjXxO"
    "25/g10+ylBQbJT9hXkhnQwO5cpBqqoW1JZFJ0dqZkO7Wvkk11cLaKTtOwdipjO62ruTubW"
    "8aEZQ81WkkFdLd2INU0+27ubnhRp5Vc3lFra0TEd0tDZxOPXYfviR4DpVYmUWhpTCFDRk7"
    "5q8qQQkvohCWiNklU1e4plyfmROnH6MMeef3nG1jQnXuqzpo5r+T7pQ8zfT06VPKGJ7rZd"
    "wKkoIi3vfp9u7m8iM3+NZ47x9/Z0bkTM65jpFTc31uuVRvEe99PJwIieEoL9KK9/6RyJcJ"
    "Knv+jSXee2XJHjl8t2wm4hiWuXcSrcnueY8Ab/3mfE/8zBWIrMAkWYERxKGIC64PQtOAZM"
    "QjFrqO/MdenN3Ypk5IzVyS43tH5jS2XYvy6pLUxrELl0jj5W5cTZIZF3Mlw7248spTxyjm"
    "RY4l7h3xpfGjLPtxI9k+Tn4saf7SkmW6veDZPzPqgw50/N8Rtxu0Iv8UWxQO4GLcXZ9Z1B"
    "O3DIvqMKExsu6X9nMj615vKjCy7nPth6x7ZN0j6x5Z98i6L0si616zoYWs+yV8hci6R9a9"
    "xgZH1j2y7pF1j6x7ZN0j6748aSDrHln3yLpH1r1m9kfWPbLukXWPrPtVssAzgF5xXikKaj"
    "61nBeU1WU+EVQIZbOHlcjyOi2eoPlKBo/V1MXWIgW3JJosmb+7INypNN5Xc/ya1R1PMZu3"
    "ntm8HXdYu1tv5NbW79c1W1L3idJefROZpmst3pxmuuGIpPmWcEWHpaotoSDrDQUzT2lTOC"
    "encx++lYTEu0TX7XdiscwJ2y25ROZlO7VCikbY9gIp4GHlLl+U0rnDy3OQAJaX7vSrwZVL"
    "/P2tEcwvPlO+r7z0zQkNzM8ULFFLM68u21tENjeGjyA3NKUg/1dOshXn/IKIN/dI/G7BKM"
    "8rUOKeN0q8gIMOjO2EZd4DxvUjBSK4NQPyN+PF+Rgu8cDhp4xNntHI5/jjp5K17T7xsRJM"
    "TY9X7/G/7VVSx8kC5rhEKAoEea57jk/+UX4/ObyPjl4fHh8e8VoIsNGI6QiG+INp29xc/J"
    "/wvWNoj+ADOTyOy7+D8lBuxO1sFfLA86czZJIjk7zKvsgkRya59hw8ZJIjk1yPoYZM8lz7"
    "IZMcmeTIJEcmuWLbIpN8k9ZGJjkyyZFJjkxyZJIjk3znFJnkyCTXZpOPTHJkkiOTXAv7I5"
    "McmeTIJEcm+SqZ5Bkyr+bJykvpbPx+QdPts7Vi9kPF3NHE08pJdYWhNcjRPFZ3HlKjLo9o"
    "hbuwmRCXyHTFzFcJf2ZLNo5o1Tq4iHPYKQsXaEnb6so/MAv/SjC8tDldIot5SyncMfYBYx"
    "86G/uANPCfjwb+6Sxg4R1fw7wr/sXOM92ppoCXy/UW0b/ZkHKZYQhCQzsn1Yr6/YnAG4l4"
    "Jcm9s8T4rirYI4dvi0RvAHYPBNt7UbLxUWRFB/eOx3x+yuVrO4Vs4o+REdkHHnPGXEtefc"
    "Cb3XwwYdHf68WVkBHzx7zNLWKxgL+JOgcWG0UGfRZVCK62Qfk4mPag+qQqcd8Sr2TKnrgE"
    "V8HhNQBrPYxmo2gq3g5694i8AosXfYxmNtC/41TgYgfiJQCmZIXfO4BJAjubQppvCZlV5h"
    "f/t/i2Ye6L/k2mLu8+kuTtutargBS/n+yaYXDvSAODaRnhduUykE8cNA7jnOVcMvD41hDz"
    "iyMrfOlNObLC9aaqIiv8dJ7fjaxwZIWvow2QFZ5rP2SFIyscWeHICldsW2SFb9LayApHVj"
    "iywpEVjqxwZIWLXQ6ywpEVrscmH1nhyApHVrgW9kdWOLLCkRWOrPBVssJLsLZKG1QK69wU"
    "nwVAP4gBem1O/kuav0OGvy2qqoXVhbtEUk1UrD4nprPVwb9CLlJVtZhwvNzga2vyvIzO9n"
    "7JxLKe2yPoVO1cmgrobOZz2t6FtWZureCcKS2ZiYDOBv6cKLl9A0s2n4qFMwmdTfwt1VLV"
    "xsdtbHxcb+Pjij0gECXLNq71eWcC+vLbPqc6bp7g5kfCYTZU4mMWhZYy7Ib67k2k4g9cgW"
    "1LRPCSqSucUq7PzInTj/GFvNt7zrYxfTv3VR00899Jd0qeZnr69CnlCs/1Mm4FST4R7/t0"
    "e3dz+ZEbfGs8+9+yIN4LatMZnJiZ/0hrc643CPQWMe8fhllwM9/Qc+mhVxRvRcH/jWQ6EK"
    "EEKWpR4uI3SvTI4ZuF2ddH/L+RA6T3QY/c8v9f7BVyr+cKZPeAHYSmQS0uDHc/yX8syMVO"
    "qLg2J03Jfu/M5WTfA3a9dBDNIpua7XKxC8iXABXfFKx/Xs7kwuIDuMGtIvP+LmbJkylX1H"
    "HrAhIEXkjE2wQ6JNLFQwp6ZvPqmBfcO5B4nezC41wd5HD/eP+toOdLLr/vPn2IazMD8jSl"
    "IXnib/aoaZDA5T3BR54+8vQ3to9Bnv4mMXzk6RdaHnn6yNNHnj7y9JGnX5ZEnr5mQwt5+k"
    "ugDsjTR56+xgZHnj7y9JGnjzx95OkjT788aSBPH3n6yNNHnr5m9keePvL0kaePPP2VMjlT"
    "GF9xXikKaj61nBeU1WU+EYQJZbOHlcjyOi2eoPlKBo/V1MXWQEcZ2tQJqTmcHVVM3YsSjh"
    "eFMfU4ph7XMfU4JsHGJNjr3wuuLwk2ps7fSieOTyeCa7nMsSYV7FZH/pKovepunNBkl/XF"
    "5uV17srnZb7wUkthm4WwfhksO8Ixk/4ik68eoM941ypWL0rpbPUUrCSDgs5aHOMF0X0Y89"
    "zL9m/A2UqSXTnaXIPiEPEAim8YdisFDm0nsuVLFPLDR0xjqAhkKfzea4pbmYmSOfbG4hgV"
    "WXkNiWLnjIyn/DkjoUt450uCItwHQgnEqoQQ/yCLBMQMgzTi4pQMeEehU7LLJanjQgwEia"
    "OLeuRp6gbs3ulf3kBMhSPgA5DvQYRGToB3vhBKm+Mp4cc08Q7iRiEoEE7NgNz2Bxevsrfu"
    "9cgf4Jm7d3a9zEsnYz1AXd99Ijaj3+NYDm4Y8ztLpcmI18wrtZjH3zqjvsUMEnsnyZMZTo"
    "UQ7IHu+WJpiH/d9vcI/P2Gv8gi5zCgxMUOSZwJGbGxC7EjN+d7++QLdF/mwGYBXsS/kttR"
    "NtopfFr8cm5qEY5C+tQPI5iomM3V8MUVGOJZ4dGI2e7T3v49F4JomLiNoH7ejwwyehYtw7"
    "+/cF2HUDsLkKEBf2t650SwT27pdxNKxfqRJ5+PoSDWK7alKSUCuLyC9zMnAIvyanb/TR94"
    "rUMh8+892QDiHz5xGIuvxfDNyTSE5mYG/3bRlXjFvO2A3sDtz3vhXxBClHvhLApCYbYpb8"
    "S44xkkMMGgUO7B9WciHmc8ZWNoPtEWcSQHr4t/s/yCuFtzI9nuBOqIPz5+Ee9TvHuFrv/8"
    "gQheJ5gCfo+NETmGK3rjPunzfh4Q8b33zoD5/Ehl0IlvksNfD45eH74lvCvOxFgIRe+H/p"
    "/rnLL7nLzjZY8ORVm4OwU6rZdvY6F4ToxQn9udeRRmcHHBSLDHVeVj94APcHPi7M+MHrnf"
    "uYW2puIqlIFPA/GvU2HmHQxTwjClKvtimBKGKWlP8MYwJQxT0mOoYZhSrv0wTAnDlDBMac"
    "VhSuZoWQd0LKo1AMvPIssMqZM2Q+qkfkhVEa8xHAzDwTAcbPXhYJtyJWsYDdaQAXDx9P2y"
    "bICb6uYiHSCRfuSluvoaIsAEMFy9M2qEwBdtiTQy+12m8apxb5GXaRgosb3yMlpPEjGN9+"
    "Cc+WZIyRnc7qwNAAiAxzCMHiPFpJZFMZ3t32fkG9f2AJCb5WaLVmZvOEwdlk9TAj1Vx1u7"
    "h7NuMayxIcDuynUmd+yvGgf3jxtk13RK/fSfd4UDain0KD2kXn29/j0pPh+PVBlaOgzYiH"
    "HrLn2qLFejdavESOytVNd5Xm66X3nIaZJrE+L9lc4/c3I62/5CBIEpJYSd25O32pI37Mjr"
    "rC5Xy+Vy8BZkdU7FyxdbDbPx1m5wup+UV9Xgqnl5Cz1Pq/S8yWdX8JdyFqmnLuUyNS8mLd"
    "XYeOeM+K47k+wgxv94MMdcWlB3nqYu+858Qp3gifkBMEUELWbiukYQM4QE2+bS+c6ckM9b"
    "QdKUZLd/ebN370iWUsISORfEDfjbp4RR49l0zAxgxZih+JXXMY2AL+WIdz1R6APAzpC0HJ"
    "GCFuhAkwkvde880ic6ylhS8DMEG0Z+FMR+DZLwjvrMozYV/Ceyy/7yXD8MDkYzY+gz8fd9"
    "7xnz0CLBY2mHBBI89EadkeBxigQPJHggwQMJHkjwQIJHh4ZWBcGDn4ZURlVSXmtUUFANtP"
    "L8AJKthGjF5bU2s8C8X2DmtaBYE2ZEaiyDTELnReJ3oeXBlUghog14lXkQhsKBoGL3Klmd"
    "W2CQ6ks+C2fJS7r+epBEb/iSBqmT17lRri8HZL5hlmqQldPLMKvnRlLXaBJHe8Z8czzdqf"
    "BAx7/0mhzQNCuzyP9c70xEb2tHvK31o7/e3arVzq+9idefrgoGlYKF4+I/oHXXspvmbwyZ"
    "U+EGgOyyNS7OTORF+Xp1s3aDcVeWq3eri9nf/z/ASek/"
)
