"""Migration 1_20261128214340_accounts: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "matriks_tabel" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tabel" VARCHAR(64) NOT NULL UNIQUE /* Tabel */,
    "dikenal_sejak" TIMESTAMP NOT NULL /* Dikenal sejak */
) /* Tabel yang sudah dikenal matriks hak akses */;
CREATE TABLE IF NOT EXISTS "peran" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "nama" VARCHAR(80) NOT NULL UNIQUE /* Nama Peran */,
    "jenis" VARCHAR(30) NOT NULL /* Jenis */,
    "seksi" VARCHAR(40) /* Seksi atau Subbag */
) /* Peran pengguna */;
CREATE TABLE IF NOT EXISTS "hak_akses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tabel" VARCHAR(64) NOT NULL /* Tabel */,
    "aksi" VARCHAR(10) NOT NULL /* Aksi */,
    "role_id" INT NOT NULL REFERENCES "peran" ("id") ON DELETE CASCADE /* Peran */,
    CONSTRAINT "uid_hak_akses_role_id_fafd73" UNIQUE ("role_id", "tabel", "aksi")
) /* Matriks hak akses: peran x tabel x aksi */;
CREATE TABLE IF NOT EXISTS "pengguna" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(50) NOT NULL UNIQUE /* Nama Pengguna */,
    "nama_lengkap" VARCHAR(120) NOT NULL /* Nama Lengkap */,
    "aktif" INT NOT NULL /* Aktif */,
    "password_hash" VARCHAR(255) NOT NULL /* Hash Kata Sandi */,
    "must_change_password" INT NOT NULL /* Wajib Ganti Kata Sandi */,
    "last_login" TIMESTAMP /* Login Terakhir */,
    "failed_attempts" INT NOT NULL /* Gagal Login */,
    "locked_until" TIMESTAMP /* Terkunci Sampai */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "role_id" INT NOT NULL REFERENCES "peran" ("id") ON DELETE RESTRICT /* Peran */
) /* Pengguna panel */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "matriks_tabel" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tabel" VARCHAR(64) NOT NULL UNIQUE,
    "dikenal_sejak" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "matriks_tabel"."tabel" IS 'Tabel';
COMMENT ON COLUMN "matriks_tabel"."dikenal_sejak" IS 'Dikenal sejak';
COMMENT ON TABLE "matriks_tabel" IS 'Tabel yang sudah dikenal matriks hak akses';
CREATE TABLE IF NOT EXISTS "peran" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "nama" VARCHAR(80) NOT NULL UNIQUE,
    "jenis" VARCHAR(30) NOT NULL,
    "seksi" VARCHAR(40)
);
COMMENT ON COLUMN "peran"."nama" IS 'Nama Peran';
COMMENT ON COLUMN "peran"."jenis" IS 'Jenis';
COMMENT ON COLUMN "peran"."seksi" IS 'Seksi atau Subbag';
COMMENT ON TABLE "peran" IS 'Peran pengguna';
CREATE TABLE IF NOT EXISTS "hak_akses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "tabel" VARCHAR(64) NOT NULL,
    "aksi" VARCHAR(10) NOT NULL,
    "role_id" INT NOT NULL REFERENCES "peran" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_hak_akses_role_id_fafd73" UNIQUE ("role_id", "tabel", "aksi")
);
COMMENT ON COLUMN "hak_akses"."tabel" IS 'Tabel';
COMMENT ON COLUMN "hak_akses"."aksi" IS 'Aksi';
COMMENT ON COLUMN "hak_akses"."role_id" IS 'Peran';
COMMENT ON TABLE "hak_akses" IS 'Matriks hak akses: peran x tabel x aksi';
CREATE TABLE IF NOT EXISTS "pengguna" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(50) NOT NULL UNIQUE,
    "nama_lengkap" VARCHAR(120) NOT NULL,
    "aktif" BOOL NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "must_change_password" BOOL NOT NULL,
    "last_login" TIMESTAMPTZ,
    "failed_attempts" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "role_id" INT NOT NULL REFERENCES "peran" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "pengguna"."username" IS 'Nama Pengguna';
COMMENT ON COLUMN "pengguna"."nama_lengkap" IS 'Nama Lengkap';
COMMENT ON COLUMN "pengguna"."aktif" IS 'Aktif';
COMMENT ON COLUMN "pengguna"."password_hash" IS 'Hash Kata Sandi';
COMMENT ON COLUMN "pengguna"."must_change_password" IS 'Wajib Ganti Kata Sandi';
COMMENT ON COLUMN "pengguna"."last_login" IS 'Login Terakhir';
COMMENT ON COLUMN "pengguna"."failed_attempts" IS 'Gagal Login';
COMMENT ON COLUMN "pengguna"."locked_until" IS 'Terkunci Sampai';
COMMENT ON COLUMN "pengguna"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "pengguna"."desa_id" IS 'Desa';
COMMENT ON COLUMN "pengguna"."role_id" IS 'Peran';
COMMENT ON TABLE "pengguna" IS 'Pengguna panel';
""",
}

DOWNGRADE = {
    'sqlite': """
DROP TABLE IF EXISTS "hak_akses";
DROP TABLE IF EXISTS "pengguna";
DROP TABLE IF EXISTS "matriks_tabel";
DROP TABLE IF EXISTS "peran";
""",
    'postgres': """
DROP TABLE IF EXISTS "hak_akses";
DROP TABLE IF EXISTS "pengguna";
DROP TABLE IF EXISTS "matriks_tabel";
DROP TABLE IF EXISTS "peran";
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
    "eJztXWtv2zYX/iuEvqwFsqC5NCv6zWnSNo1zQeyuw7pBoC3aZiRTnigtDfb2v7+HknWzLh"
    "F9kemEwLDGFA919JDn8NxE/WdMXYs4fP+McGy8R/8ZDE8J/JFr30MGns3SVtHg44ETdrTi"
    "HgPue3joQ9sIO5zshZeGHp351GXQygLHEY3uEDpSNk6bAkb/CYjpu2PiT4gHF77/Dc2UWe"
    "QH4fHPmW2OKHGsHJvUEvcO203/cRa2XTD/Y9hR3G1gDl0nmLK08+zRn7gs6U2ZL1rHhBEP"
    "+0QM73uBYF9wN3/K+IkiTtMuEYsZGouMcOD4mccdmGmbYZrXN32zd943TUMCoKHLBLjAKg"
    "+ffixY+PXw4Pi343dHJ8fvoEvIZtLy28/o1ikwEWEIz3Xf+Blexz6OeoQYp6D+SzwuWGqO"
    "bIbiaXhjMOvwjRtSgNNFFaN5IAev8btg0mgR4RTRoUfEw5vYL4J6Bld8OiXlyOYpF8C15q"
    "T78R+bglp+MRtndBBETDeAGx7SumHO41yQarDtX1yd9/qdq1sx8pTzf5zwZp3+ubhyGLY+"
    "LrS+Onkt2l1QT5HOSgZB3y76n5H4if68uT4PIXa5P/bCO6b9+n8agicc+K7J3AcTWxmZj1"
    "tj5EpnfvBYnPkPE+zVz3pEtTDrgFyDeZ4z1840I9chk4ZzPcU/TIewsT+Bn2/f1Mz17527"
    "D587d6/evlmYv+v5lcPwUl7Ugpm1pKjlKXdK1IIBbgr/bopajFNG1ubcF2deTtTyVGqLmp"
    "hmhUQNbEGynKjlKdcgaq1NwQTPAt4M/t0VreI2ZoPhLyNVcf+l5KkVa9u4BBbRJZkSZuGx"
    "19QwzInUwVEDkTo4qhQpcSkvUvAvlsE57r8enDckNdfAJIo9SVmMT5qorZNqtXVSUFvYoZ"
    "jLgJwQqLw7nN9jzJADKC61kg+bwAy9qtfyYQi08NRHdsatFA0DPLQfsGeZhSvuoVvVt3hp"
    "ejhdbMEMj0MMxUOKJ5jHLS7gWTEDd68kppFc26uLa9BsLx3bWHF56tiGjm3o2MYOOVw6tq"
    "FjG2qImo5t6NhG+6KmYxsvJraxXZ97I7GN0OPO+jnS/mAjiTqoEamDokzdE0YrHO9zFkxD"
    "tCOmh6SAekLcXqjDuLk9MySR/xKzKYv4URPAj6rxPirAbYMa8jAb4xJvpyZyl6NSec+4zH"
    "Eqi/fh27cNAIdelYiH15SJeFw6mNMRteH/HfAFZ0ZJ5KPQZ68uAmKnvU2cdNehkBXXrQ6F"
    "6FCIDoXskH+mQyE6FKKGqOlQiA6FtC9qOhTyYkIhz7TMYyn/sIkc1eTDDwty9HxrOzJ+5X"
    "JQN8O6DuwC2h5oHiY8V9unoyLsvSl2nEpHp0C8lLvTkra6i5hFHcEseuXjScBeSzlAR4e/"
    "nSS+j/hR5/b0rjrdbtH3iSGjbCXEM+S7gPlFxO7WUGcgcgNYphPqLRtYXRhCZdPoWrAK63"
    "zO6nZUuiLxvjPKYfen5SVO6cW92ne3ct10ZG/F9akjezqypyN7OxRu0JE9HdlTQ9R0ZE9H"
    "9toXNR3ZezGRPQt71LzHAzAZpcpBFumUDkad4SXf42oUgDqoCUAdFANQNplhCy+DeZFSad"
    "QvQ3aVwR0gG4+xU67RygHPkNSpMoUw76ccr6THhG5awG8eDshj13XZuE9+VPnlEYnKe+8F"
    "pygXFVlN/Z//0c9p/nhFvrrq/PE6p/27N9ef4u6ZFfyhe3O6CLy4e2CXwd8skpcboMUyyV"
    "vP5YSjLhnQCepidh/4huz0ZFnffumkULzcfMC2H8jokQWyFXVJS5JxKphG32Km161OYK36"
    "wdJVvyl1i+v5lMDtQVsM8BDLLuRewvD2E47wkIFtykVYMyQq518iLYMZEvaprGJfd3CQBw"
    "CIOcVcFu0iYXvB1yVA7wl20ZVgtz2gC+mWUtyLoH90PULH7JI8FjTMAsjznEn4dMnD7Srk"
    "P+M1FremMunhhyQBU7L0AJHIqw+1c6f3oXN2bhT1yRqQzonrM9AnTTHPKtcc2sAVuv7a7R"
    "o/q3OJ6TQ4c16LM3E6p/x4eUcc7JcndF7YJPzcZBI2FM9LMBewZ5SkYbOX9+oSsZE02mnP"
    "teZivxthdYIYmLlT1zMDDyz0v3WKVqdodYq2QLlTeSOdon2vU7Q6RatTtDpFq1O0OkW7Q6"
    "JV3MYSI12mbjohUjpy1I+5bLc4OnV2mpvZeSKlUb1299HXOaPt29sRUKHnKrMXLJApndm+"
    "FryiXsyrSuntKuCfTHJXQq94qltmGuQyVH5wH8gVaKQUSi/ffsKmEm9kzYgHW3tJYUY10B"
    "kSpZG+Tfnc2jk0hZOWTIa5Hfksy6ReF8doMQEbZT3OKIuOXZaZifD8JXSdcL39WgJOR1U7"
    "ZIP8d0zcZvqbYi6f944Z3X7aO/DGhC1fRZMhVx30rymr24fdwdMZ9eQ20iyNymGBboZPJa"
    "zAGWGYieSC7PFuBULF99UFbpUAfwdLmi4BJDKTVuoKFTNlT6OTykgWCVUubJI/SmGzNTZ2"
    "np8VKz/KDiDcUdybFn0Ul1+u9OPuvNe/u/jQryv92HgFQ1RfVFXAkFQfPVW/kFRibbB8wY"
    "THgB1BVy/o6gVdvaCrFxTP++jqBV29oIao6eqF97p6QVcv6OoFXb2wM9ULsa/T3MrO0SiN"
    "qahd6CSstm9vx9lwi/rEo2UHcz6dSc/S7lgy/SzD+rrz6bow5KmNVheG7ERhCObVcNZ8LZ"
    "jXYKnWMu5wOfh0kchzKhIR97dhtZZYbfXHfeQIVfaH7mJG0YWqh37cB1MHT8zq5Hm9AV1C"
    "3p7Z90ZyOr6EzCLJZPr6LGqw14L7wMbMtJMji5oqmTJalZf+WcwvUux4Jl0OpcuhXkI51A"
    "4WicTn3mTfu9fVIrpaxMiHUXS1iNLVIll7JyPJ+bnY1EkhbflSazsXZ6PHg1xhYOpHf45N"
    "obome3mvrrxmKjra3IQGEvqPTxbYGH3RFT1iNkY8sMDqtqhNGLj787HQBNsI25wUFLbRQe"
    "GNkT8hUe8fCDsiKfiIbOY+8H0U9/DImHKfeMRCsIiIhyhHU8o5DIQm0LyHuBsOw8CX/EvI"
    "u+f/GswQJ8TiiPoczScceXQ8gZ8j10PkX+I9Is+F8V1QD3sIMwsGgFaExzBz6JUYEVtTyn"
    "7hiFhiGBj58fW+sVdaP6QrhbZYKZQs2cbvVsUECn9TrB/zKGvonBw3MHROjisNHXFp0acN"
    "xdrk5B6XnM31RJJ1kXinShoifZbw/mwrG6qKiAp22HYqSO/c8t0tbK/d1mZkHgV6eju7FV"
    "3RDORoHLBCMAO2rGi/GIW7jTsaUbFxkP3xPvoF3JIR6hGbU3QLtg5siTDS12kw/WUfXcDe"
    "YcPCDPcYTobidojjR/QwocPJX2y+LYlBb4mPkTCWYJwx/ZeI/QsNHuMdTG8+Cm4+2/3i4k"
    "a2nvB7i7dkyXeR3jVxtN9VO9rvCo52+JboslGOhFjpvM2XmEsF3iUlKxwPnhCrHLeOFDUI"
    "dIB6wWCAx8sAf9wE+ONq4I9lP/SXy1+GHhCwt5rXLbbP22QwhcRBQvlUOt25+DQn3opYfY"
    "UhnhlCm7bYMkurwnbLL75qK26CbTMJJDxtyV0txh/eo9AORD9Q6PrBv7jkOwDGDSPIp0Ob"
    "WGhIHCe29aIABYA2oTwyAqdgvllu1IAjiw7+C3+GPFdZat8Nb26xpmEWwYh+0+glxw82Vr"
    "ukTAQBV5oUFfVNrX9gZJnKpiU/JXLQLONdk/AuVNmAUpFLQWUolC7hlfFCNpt2ihX3ivmm"
    "OGKxe/g2TS9lllb5cf/bCSGF9luJGRLbdXUhpDQi1CSKFPVGM8yK6tfoCEuEg7HwMHGR44"
    "45omwfdRi6ERaK73rojHAskhwDN2AW8l2wLAiCm2Ad/lHQdhCeRfi3xO6WpVE/DFQeDt3O"
    "u14ieBaOb+OZbNAtS9diwYuxDOrdlFVp66JRoctBTaXLQbHUBds+HZX4zy7oesyqbLg5zQ"
    "LYAyDaFNrxspey4uZsrlS3e3pz082lcU4vFgtzv16dngPwIezQiUa7YrGCdIY5f3Bhu5tg"
    "XnGwXkWN+iKh0tbzZ2ASXYJaRT3MrOUK6jZRsT4NuG8OJ5iNiRkjKrnyq4ZQWxC+4Xs6QJ"
    "8w86n0vLQjGQ4GXMFmoiUl7PVJ6Dzl7rzp2xUsoz5wYk+ot/JcqJRxjvGpfeF3hKkTvqDt"
    "k+nML4ngVtqvJZTqvrTwCYt3zLrx+mz/TVXHFUFPMwDZr/iocY1sLdDujnSBXNkBG1LQdN"
    "MZXsPLO7smXvpAoJdUy5M/NINjuYhhhkLlanURPdmODtVBWB2E3Ti+qwZh0+L+RW2wBlhj"
    "2ds1TdAU1IwKVOp8zQ7x6HBilAS351f26sLbOO2z1iM1dVhaxcMzq8NH1adnKhU4ag7x5m"
    "NFQqgkEJ53f4bobuQtbrijT1iJa/Kld3Nd4ZakJIs+CR366H/IoVwhy6ox2jXgCjByTkfh"
    "xIjFwyH28t6EGOBUrhRx/ZvZz/8D99vk/w=="
)
