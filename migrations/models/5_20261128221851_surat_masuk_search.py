"""Migration 5_20261128221851_surat_masuk_search: the same change for SQLite and PostgreSQL.

Made by migrations/make_migration.py from aerich's offline output for each dialect.
upgrade()/downgrade() return the SQL for the connection's dialect:
  ''    nothing to do on that dialect;
  None  no SQL: write it by hand (or, for a downgrade, the migration cannot be undone).
The SQLite SQL runs as PRAGMA foreign_keys=OFF; BEGIN; <sql> COMMIT; PRAGMA foreign_keys=ON;
so it is atomic (aerich's own transaction does not cover SQL on SQLite) and a table rebuild's
DROP TABLE does not cascade: do not put BEGIN/COMMIT in it.

Written by hand: the search index of surat_masuk (bench/grid.py measures what it buys).
- SQLite: an FTS5 table over the search fields (nomor_surat, asal_surat, perihal, ringkasan);
  core/listing.py finds `<table>_fts` and searches through it (every word matches a word, or the
  start of one, in a search field). Triggers index a new row and drop a deleted one. An edit is
  picked up by the listing before its next search: it re-indexes the rows edited since
  `surat_masuk_fts_sync.seen` (version > 1 and a later updated_at; a partial index on
  julianday(updated_at) finds them). No UPDATE trigger on purpose: SQLite counts a trigger's
  writes in the changes of the UPDATE, and core/records.py takes an update that reports other
  than 1 changed row as a lost optimistic lock. The index holds deleted rows too; the listing
  subtracts them using the partial index of deleted rows, which also makes the count of an
  unfiltered grid read indexes only.
  A later migration that rebuilds surat_masuk (SQLite cannot alter a column) drops the triggers
  with the table: it must create them again. A change of the search fields needs a new FTS table.
- PostgreSQL: pg_trgm GIN indexes on the expression Tortoise's icontains compares
  (UPPER(CAST(col AS VARCHAR))), when the extension can be created (a trusted extension since
  PostgreSQL 13: the database owner may); without it the migration still applies.
"""
from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    'sqlite': """
CREATE INDEX IF NOT EXISTS "idx_surat_masuk_deleted" ON "surat_masuk" ("id") WHERE "deleted_at" IS NOT NULL;
CREATE INDEX IF NOT EXISTS "idx_surat_masuk_changed" ON "surat_masuk" (julianday("updated_at")) WHERE "version" > 1;
CREATE VIRTUAL TABLE IF NOT EXISTS "surat_masuk_fts" USING fts5("nomor_surat", "asal_surat", "perihal", "ringkasan", tokenize='unicode61 remove_diacritics 2', prefix='2 3');
INSERT INTO "surat_masuk_fts" (rowid, "nomor_surat", "asal_surat", "perihal", "ringkasan") SELECT "id", "nomor_surat", "asal_surat", "perihal", "ringkasan" FROM "surat_masuk";
CREATE TRIGGER IF NOT EXISTS "surat_masuk_fts_insert" AFTER INSERT ON "surat_masuk" BEGIN
    INSERT INTO "surat_masuk_fts" (rowid, "nomor_surat", "asal_surat", "perihal", "ringkasan") VALUES (new."id", new."nomor_surat", new."asal_surat", new."perihal", new."ringkasan");
END;
CREATE TRIGGER IF NOT EXISTS "surat_masuk_fts_delete" AFTER DELETE ON "surat_masuk" BEGIN
    DELETE FROM "surat_masuk_fts" WHERE rowid = old."id";
END;
CREATE TABLE IF NOT EXISTS "surat_masuk_fts_sync" (
    "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
    "seen" REAL NOT NULL
);
INSERT OR REPLACE INTO "surat_masuk_fts_sync" ("id", "seen")
    VALUES (1, coalesce((SELECT max(julianday("updated_at")) FROM "surat_masuk" WHERE "version" > 1), 0));
""",
    'postgres': """
CREATE INDEX IF NOT EXISTS "idx_surat_masuk_deleted" ON "surat_masuk" ("id") WHERE "deleted_at" IS NOT NULL;
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm not available (%): the search of surat_masuk stays a scan', SQLERRM;
    END;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX IF NOT EXISTS "idx_surat_masuk_trgm_nomor_surat" ON "surat_masuk" USING GIN (UPPER(CAST("nomor_surat" AS VARCHAR)) gin_trgm_ops)';
        EXECUTE 'CREATE INDEX IF NOT EXISTS "idx_surat_masuk_trgm_asal_surat" ON "surat_masuk" USING GIN (UPPER(CAST("asal_surat" AS VARCHAR)) gin_trgm_ops)';
        EXECUTE 'CREATE INDEX IF NOT EXISTS "idx_surat_masuk_trgm_perihal" ON "surat_masuk" USING GIN (UPPER(CAST("perihal" AS VARCHAR)) gin_trgm_ops)';
        EXECUTE 'CREATE INDEX IF NOT EXISTS "idx_surat_masuk_trgm_ringkasan" ON "surat_masuk" USING GIN (UPPER(CAST("ringkasan" AS VARCHAR)) gin_trgm_ops)';
    END IF;
END $$;
""",
}

DOWNGRADE = {
    'sqlite': """
DROP TABLE IF EXISTS "surat_masuk_fts_sync";
DROP TRIGGER IF EXISTS "surat_masuk_fts_delete";
DROP TRIGGER IF EXISTS "surat_masuk_fts_insert";
DROP TABLE IF EXISTS "surat_masuk_fts";
DROP INDEX IF EXISTS "idx_surat_masuk_changed";
DROP INDEX IF EXISTS "idx_surat_masuk_deleted";
""",
    'postgres': """
DROP INDEX IF EXISTS "idx_surat_masuk_trgm_nomor_surat";
DROP INDEX IF EXISTS "idx_surat_masuk_trgm_asal_surat";
DROP INDEX IF EXISTS "idx_surat_masuk_trgm_perihal";
DROP INDEX IF EXISTS "idx_surat_masuk_trgm_ringkasan";
DROP INDEX IF EXISTS "idx_surat_masuk_deleted";
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
    "eJztfWtz2ziy9l9BqerUyHW0jm9xMs4nO/bMOLIdleXMbJ3xFheSYAkmRWp5scfveee/Hw"
    "C8ixcRlESBSVftThIJTbaaAAg8z9ON/+3MrQkxnP1L4uDOGfrfjonnhP0l9XkPdfBiEX/K"
    "P3DxyBANJ2GLkePaeOyyz56w4ZCe+Gps04VLLZN9anqGwT+0xqwhNafxR55J/+MRzbWmxJ"
    "0Rm33x57/Yx9SckL+IE/5zoWtPlBiTlJt0wu8tPtfct4X47Np0fxEN+d1G2tgyvLkZN168"
    "uTPLjFpT0+WfTolJbOwSfnnX9rj73LvgV4a/yPc0buK7mLCZkCfsGW7i5460+LOOpt19fd"
    "CGVw+a1pEI0NgyeXCZq4749VPuwj+ODk8+nHw8Pj35yJoIN6NPPvzt3zoOjG8ownP30Plb"
    "fI9d7LcQMY6D+kJsh7tUPbIJi9XhDYNZFt/wgzjAcacKo3koF97O79zJToMRjiM6tgn/8R"
    "p2s0G9ZN+4dE7yI5u2XAruJDDdD/+yrVDLd+bOJR15vtMVws1+5OSrabwFA6kktg/Xt1fD"
    "h/PbAb/y3HH+Y4ibnT9c8W+OxKdvS592T/f45xabnvw5K7oI+uP64TfE/4n+5+vdlQix5b"
    "hTW9wxbvfwPx3uE/ZcSzOtVw1PEmM+/DSMXO6TH71ln/znGbbLn7pvtfTUWeQqPOfAuWYe"
    "M7IMMqv4rOf4L80g5tSdsX++Pyh51r+f33/+7fy++/5g6fndBd8cia/SQ81bTGoOtbRlq4"
    "aaN8JVw9/OoRbGKTHWAu+zT15uqKWt1B5q/DErNNTYWpDUG2ppyw0MtcYewQwvPKda+Ns7"
    "tLKvMZ0t/GVGVdi+1nhqZLXd6TMXUZ/MiTnBU7vqwjA1pA6PKwypw+PCIcW/Sg8p9ieWiX"
    "PYfjNx3tKouWNOonAnKRvj0yrT1mnxtHWambawQbEjE+TIQOW3w9UzxiYyWBRr9eSjKmFm"
    "rYr78pEINN+pP+mJbSX/YITH+iu2J1rmG+vIKmqb/Wp+NF/+BJt4KmLIfyT/BQFucc1+Kz"
    "bZdi8H04i+65XhGjTZCrCNNbsnYBuAbQC20aINF2AbgG2oMdQA2wBso/mhBtjGD4Nt7HbP"
    "vRVsQ+y4k/sc6f1gpRF1WDKkDrNj6pmYtGDjfWV6cxFt3+kxyUQ9Mm4O6uh8HVx2JCP/JX"
    "RTNuLHVQJ+XBzv40y4dTYN2dic4pzdTglyl7JS+Z3RT3kqG++j9+8rBJy1Koy4+E4ZxKNv"
    "YIc+UZ3995ztBRedHOQj06ZXhoDocWsNR80BClmz3wIUAlAIQCEt2p8BFAJQiBpDDaAQgE"
    "KaH2oAhfwwUMh3KvOotT+sMo5K+PCjzDj6frUdiX1lvVBXi3VZsDPRttnMY/Kdq+7Sp2zY"
    "h3NsGIUbnYxxre1OQ7PVve8sOufOoq6LZ565J7UBOj76cBrtffg/yrY9w9vzm5vs3icMGT"
    "XXinjCvA0xv/bd3VnUTTbkRqybzqhdF1hduoTKS6M77irr54Gru5nSFcH7Btic6tjt5MB8"
    "4Ve9MnRvkWi0CtPrJK6YDHr4OcLmBE0tw+Jg7DvbY58i6wlhNLgb9tD1O4y+eLaHbr0JRq"
    "6Frn9/R9CAzEdssKNvLn+DdAcD9PPP79g8frC33+kBWAhgIYCFABa2D8EAsBDAQjWGGoCF"
    "ABY2P9QALPxhwMJwwS8zspI2CoOGv4Z7mXu+l6kzsk6rZC0VJy39ENhhwa6ySnhPqkxcJ8"
    "UT10l2jWB7bl5fLoetYqvm9jg1Iv0tcnPr6JQi8Mglddh8R/MzwOIve6WlbVLNQPi0Zi8E"
    "LAOwDMAyWrTBAiwDsAw1hhpgGYBlND/UAMv4YbCMCbap9oxHOHcPWDy6lu2U3m9f4pplbi"
    "rpcw5L9DmHWX2OThZ4guvEPGupdNT7wl1l4s5CNp1iI39Gyw94wqRsKlMo5g+xx2vNY3xu"
    "WopfAAekY3djmdMH8lfRvtw3Ufnde+1QlEJF1pv+r/75kJr5wx7ZvT3/515q9r/5evdr2D"
    "zRgz/ffL1YDjy/u6fnhb+a0Cl1gQazSAe25RAH3ZARnaEbbD57bkf28SRd331mKZ94He0V"
    "664nM48sma05lzQ0Mi640+iP0OlNTyesr7pe7aTo2LrB/nxB2O3ZbDHCYyzbkYeRw7vXY7"
    "Mf6emaHMKaMFFZnurPMthEfH0qO7FvGhx0PBYQbY4d2WhnDZUmWYbcXXTL3W0u0Bm6JTfu"
    "2aD/YtmETs0+ecvMMEtBDjgT8euiH9fWkP8d9rHw03hM2vg1ImByuh6LiL+rF7Pz+fDz+e"
    "VVJzufbCDSqeH6HcwnVWOenFxT0WZeobtvNzedv4u5xPgxGIGv2SdxEVj+0r8nBnbzCZ0f"
    "7CH8vU0SVgzPPlsuYLuTQ8Mmv+6VEbH+aNTjlhvlYv/siOQNfmHTmlu2xkn9zr+AogWKFi"
    "jajGWreCOgaM+AogWKFihaoGiBogWKtkVDK/saixbpMvrcyEhp5Ogh9LLZ3PF4s1N9mZ02"
    "Ujqqd9Y++hY42vx62w+U2LnKvAuWzJRmtu+4r2gY+qoSvV0U+JUkd2HoFae6ZR6DHEPles"
    "+enEAjtlC6+z5EbipRsGZBbPZqzxFmFAc6YaJ0pAexnzsr05spRK2Z2NH9PUsd6nX5Gg0S"
    "sD7rcUlN/1QqmSchylOju8jr3WsJHPpU9IaswH+Hxk3S3xQ78rx36OjuaW/PnhKzvoomYa"
    "560L/Fru4+7AaeL6gt9yJN2qgMC9wk/FRiFbggJjY5uSCbn5wxVPy9uuStEsFvoaSpz4JE"
    "FtKTukJipmSxfilGMmuosrBJvtLkdjU2etqfNZUfeecztDTuVUUf2e6Xkn7cXw0f7q8/P5"
    "RJP7auYPD1RUUChkh9tEq/ECmxtihf0NjPYG+EjHrhzwjfmFCX7cb86hBL7UHeAPKGVIRB"
    "3qA25wryhjOQN4C8AeQNIG8AeQPIG1o0tEDe0IC8IdzcVF9lp2y2FdONHPBq7aPzyNPml9"
    "t5u0lZpj1p2zKy/TLh+qb5drWFI5vpvKAb2fUz2LpsBDvF0SzuxWkrlTvxuSMXvR9WQbKJ"
    "YKsmIOH311lfzVmwlZcCSRmqvBW6Dx1F16oWBHn25gaeacXEevnaOce8uVX0geTj+CKcRZ"
    "JE++YW02yt5j17OjY1PSpnVHWOybNVuetfhv4ixUo3qS2VyszzoJTaulJqQzFXSiilunwk"
    "J+ZBQZxkQj7ISEBG0knjJyAjUVpGklzsJEZy+llsq4RIUwDWxgrmbLVuyGfPzT23QXzeK1"
    "PajMMWK4+0DK+VOs/yHNmExd9x0ZNlI34xcbQldR3E1q4em6bZqrA74E+SBdJEF/07dHTy"
    "7ujg8AO3mO/tI7afwNqMV2ihDpqwfesLmZw9mq+WrbOboAl+c+KLC/wemz00xgYHc23/+y"
    "41x4bnMNM9ZHGdzyt1yCfkEILYvxD73Z5BUOQ5HJgJEp+6cwhIfNTWHYDE5wwkPiDxAYkP"
    "SHxA4gMSnxYNrexrTKQM1wW2IuMG06Ie/O2JLKDlJxnnbbB2k2KMjXyqroSGNtbi6Jp6Z5"
    "0LN2tHeivU6NwzcA5wUiygiAxaogG6Df3deCl4Np87crFLmLQkesPY403HL0JeshEsZ4JT"
    "hirD1jfMUdTlnu5JbcE3wQBjHiVXYz2ORyvE2SQm1BxrlReK58JjNBQeqzXFRlBk3bVE6g"
    "IqP4R+BLoOiDjvSQ2WbEGm+BVLMmRpI6UF2wPfVSWosUXsy5q0WOJXtTHOVamwdD9TKps6"
    "/L051E4iFMXsTqIvrCZ4CoLbOUfBZZD1JOgUnYz5VM+ZnfPhHbJsZFru3j4aWp49Jg6iJr"
    "AuwLoA6wKsy/cDBQPrAqyLGkMNWJczYF2AdQHWZVusi+kLINPP+I4uCtIo/dYbGUzbWGl3"
    "7q4HdYbQ4ccq+Qgfi9MRPi4PIfanVBpI2F5pRuUOV03qXQpvJZDpsARlOszCTFNiYJv5vp"
    "Ajr5bMVH4v/MpdRZehq7unCv3Yjdh/dczckI560lL9wF8kvJWN/UmV2J8Ux/4km4JN5gvs"
    "agaeUVsm8st2Ksf9QfiKbkJfZaN+WiXqp8VRPy1MfC8I++rE96K4q8pAhpnvEs9Ajof0K8"
    "PrnDiitSmazEWUfm36io9+7K30+7PK27P43dm2HLIcrc3gbtiRjHr9xLHDatmpJcmpmWlk"
    "7mrsLT7VJatnpM3WnEKamsRvH9Agdnrj8wcnOuWWfAkTteeJ2E/pLlsJBDgsQQEOszCAP8"
    "uWBrzqVL2TR9AZ8BWcg03plF9/xl7neRxV2vCU7HeWHwZxiJFH3VR7CrG1yuu/q8hL6ZVf"
    "lYVf8bovb74u7Pfl83VxT1d4vpbq6XLz9YKYEzqhev0ZJH0FlfvvIPIUPTB39JrbmCpgVD"
    "EWlYGi2K+uXRcjtFU56t+Yj2x1bT/XwqY2v1MPVmyS+qeUkcoyy2Bt9+5Xi83V1U9W2bIO"
    "qmhxLa+Diq/U5nhX1kOl+t0aZQHyNa8yFQFCFakiq/GNyM+2WgigT0fnD+zLWSdHMhZ/2S"
    "sTjel0pGHNjRquFI71ry/QOYqunBKPie/OkMGrAvA6AHOetT+1KTr8mVcBOA2qAHR6IA0D"
    "aRhIw0Aa1j69CkjDQBqmxlADadgZSMNAGgbSsG1Jw3S2W9BG2JaUeiyZKc249Jmv6CLydf"
    "eyMZtMqeMSKYVH0kbpaN8nHN09J8sVdzW695KZ0gHner01uvdWyvCLMww8xysoxL8akk5d"
    "oFEycT4iBpUv+MHPQvhH6LA8sVuJ1y2hdbOSpu/7KCU0IDZfL+2gDjzrv9Mc1e+tZQbwcy"
    "aukcXyeoiMKXsg+5f+nwrF+DfuMereLyoWWShjC68+X7NAstdgz2fC2eqH+thzknhZSu+3"
    "zElu8dmKyf2xeYNzxwWmuuy00Y893b36QGdLd/4akRPepK1U3mf1U54qUcfC8LCjzY9ytl"
    "n+nJAf8oTV2lNKU3VbmMuoO3/0Dg5GRxucVU4kZhW2NcW6TNeODJReAN5wL9/5xVqU6dgz"
    "uUjP1ohzQz34N1yxXvi25eqmpTnEdkWtd8nz8ZYMVQ43P95xmPJ295F3p0Zp6EtEYxnLlu"
    "jGwjPyJJ+EtHxsOvVMLLfwSFup3JcHKU93JvvNSGt2UwKnT0cX/PwAg6sRb4lDzU6+tGG5"
    "VW+VxmGkLUILbR6ZVFI7XKDoZmjC/h/dMaN9uDhD5D8eXcyJ6YqjEV7IjLKQO6CGADUEqC"
    "FADVEc7nZStKCGADWEGkMN1BBnoIYANQSoIUANAWoIUEOAGiIbcFBDgBoC1BCghgA1BKgh"
    "spMGqCGUVkPMia37wZKIeMpI5YDfMkffPQSOyi8Gq60Gy5aDWRBJ50c4a+OxFJKQNFI53t"
    "+Eo+8+f64T783XVRzhmdxUEhmoHOQLXH3VsX1dxAKPbColPEkZqRxorocYRJ4qEW1blBWQ"
    "jHZspHq07yNPlYh2RGhLBDuyUT3WuXT77qYRyyhcbxdPI5GR6sEeRJ7ufmvOAjda6CPJWI"
    "cmqkf6YtC/2N3qQx29z+dfycQzpxdsRhWn6ebrfZZb9VbpfcbaVFhoo6RJJb3PZ+TfTIh9"
    "knfM6H0+n6GRR40J+wgkPiDxAYkPSHy+O90BSHxA4qPGUAOJzxlIfEDiAxIfkPiAxAckPi"
    "DxyQYcJD4g8QGJD0h8QOIDEp/spAESH6UlPiOeSF5Qxv/CYjMcNgvUECnDpaiPmOW2unn0"
    "iYwqIuXsWtPJxdevN6m91cX1w1K8v91eXIVnw8WTTXYiHxE3DwtfEXY3Fw3fZsRDBkIq4G"
    "7VM4WaibUo0WNg08W0Zn2flHGryvzcCM+h2s92IqxitR/T0iaW7s2JrEAlYaXyi5Rz+Zex"
    "q7sXqfB6MoURLy9DUxxyxWvQSD0AuQI0/nGn8QkpVXvwsp3Kfdg/KjX/UJfmOrE6mpTLL5"
    "i9Yq9tOsUO/YJ5JAqVKflte6v0KRPtmdtp1Ddk/0pYVpKpXCJx5x4K7i3kKkkHMnKVyzNk"
    "W3ji9BC1uQ2/mihTYxL31bL1Eg3LGVpg85mNNkRNpM97yCAjbPN/gLwF5C0gbwF5S0s5d5"
    "C3gLxFjaEG8pYzkLeAvAXkLSBvAXkLyFtA3pINOMhbQN4C8haQt4C8BeQt2UkD5C1Ky1t0"
    "cUdPl8seT1spHfKUp7vnQQPCImdbW6avSFi1RVgxCJiZrj7fmZ6CLaAlAx3ZtCXMN4Lx6u"
    "4sxh52ZEMcmLQmwnAQ2HalQTeWjutNz1t5I4K04seTVlydO8R9YL1xccN+sfmGO/myimy7"
    "3ipJBdEws9FcbqQZCatKcoorxO+IxC1R4p4ZFcXVGRpZlu70ELZd9h+TT6KO0FEsuDATKo"
    "GAVAKkEiCV+O74W5BKgFRCjaEGUokzkEqAVAKkEiCVAKkESCVAKpENOEglQCoBUgmQSoBU"
    "AqQS2UkDpBJKSyWevYlnaA67En2iIWVVNfK5xio/gC/c4XfDtMPqLFgmmMVIip9bMlM59n"
    "yBgi4jV5U4emlBzDHzUOr0lKSNyvEeJPxUIthw9NKWZVjPxKQ5wpWS+Ts0UDnAX0Indx9g"
    "/9A1KQw4slA5xN8iL3d/QNuzNzfy3oGFm8bYQF2C+EvkYzMMsToilF9ireolNvCcvZWmxH"
    "7GhUU+Sgx6q2QpT1qs4WWrImatLdLmlfQpv6DYByScQGkvMkKVX86Q/xS9saj0QU20sC0O"
    "kzufkDsjyO+uDrKekH/uzcLwHOQGNXXmnsErdeVoWUDGAjKWxmYpkLE0y62DjOUMZCwgYw"
    "EZC8hYQMYCMpYWDS2QsdTAFEHGAjIWhQMOMhaQsYCMBWQsIGMBGUt20gAZi9IyFjjQBg60"
    "WRVxONCm3QfaQLmKrYRWxXIVcJINnGSzxY0PnGSzgTCqUW4lvVkXD1YTcgqpbrxs2K6OfB"
    "u6vYlurIh06NZz2QspgONylEKp73tlwqC5aJlAIVeLgPyLF4CBnXM0nrHPCXItZJkE+Vfm"
    "0h4sxD3dBZkTg7JBjvmZQQv21PGshwQx0kO252B9bx89zCJL6iD+6yZo9PZoUtfhV+khTg"
    "2ELXjFmxC57iG2FrJMX1bE4hwojBbYJAbzjIx1h32AXURdRP5iJn7BnLG1oMTxr8/vto8G"
    "trWwuCi7e3k1vP71DvHlFf5wvMfu8MRuJC574ekeujZfCFs12sxRP5pJPVOOaglESyBaqr"
    "uEBdGS2koKEC2dgWgJREsgWgLREoiWQLTUoqGVI1qio/xBVYEa9E2VhjbZNqrOkDqpMqRO"
    "iodUHg0L4jAQh4E4bPPisKbwegW1YSXZvqun7/Uyf5vq5iL1F/loXK2uvgU9mIBca4DLG4"
    "CVm1OGRR5vmhgxaS40XyL6iizawlXfUZHMuTvNV4n66MYypw/krwK87/tVIJUt2q/++ZBa"
    "r4fDv3t7/s+91Jr95uvdr2HzxHTx+ebrhTrEybU5oTp2LbtPTZ6x3MkhTzJtemUECg1ba3"
    "qi+UoSJboJStwlTaTwROkJHYtGgj4RSdN4/k5n6xvMJk70St0Z4pTFG8G28YZcbE+JKwiN"
    "/3jYZr2AfWgTbFCHvSMEE/JoBm2jj33+Ay8wZVf8L4RtgibEpi9kks65/njK2YsPnzitgt"
    "GMup5Pzgi/BFUC6djAbACzAcxGO+FWYDaA2VBjqAGzcQbMBjAbwGxsi9nwbEwlK7VFFkpD"
    "YtGuqhYOuZWjBbHryYU6tlA61MPITRUYJJHfpuHXXPCxLOtj2bQtOFqQ0ofOXzcBRdbJ+P"
    "jek3+l9pabSPn10RvJ/hsbtSbt9yFyuflOy7Erzceu6pJDS5doMPW373EJvkufUNcv64ke"
    "/tjrSEb/M0fvfvPRu/sQA6wzjW++uGkESWru66HkOMjYtmUij54Be5joejejIhk82bTJjG"
    "07A69A5I/XiPxxiyOvQOhP1gj9SXtD//uOI1836i2NOF9VboCTrbnwEQSftiC2k5fFOiD2"
    "mBSt2rPGbYn+54DX7P7X5vQGP0uEPaBstZCy1aQozgJrpfdOg4Ck7gc+S22jNlvWvfgxZJ"
    "/BL5ZN6NTsB0Kb5Op/KdyBSiD4ncmf2eon8HfY+cJP40Fq49eIrC/qkyxAPgws5ryr4cP9"
    "9Wf2UHaj8rjBC8vOr6EfftUr03QYiUYrlRyJKy4lwtqEfeOKRFGdjPFcaDasV+Kg7k3/+X"
    "rQYxsw8xn30M1gcIkevaODo9O9XqzqmBA8MahJ9lGQTU6dUJpx9mheEDZNIM90qcGTWdl3"
    "bG52P6FLqlObztHrjJjiIzR6Ez64hAvX3B56ILaB5yPsJtr4Oa3U3Ufnj2bguGm5/pcL7L"
    "jCo+AS/GYzOp0Z7P+su4uU2xdiTzwCChBQgNSd6kABojYtDQqQM1CAgAIEFCCgAAEFCChA"
    "WjS0sq+xHyY9qmB3Vi0vrVJaWklWWvZAVZuy3abMdJYwUTrag9hPBUqd+dvU/FmsgEePTd"
    "qShxZ7vOk8tLDimwASpKK4bNiuUnH90O3tVDysO9/G1k3WGefwUkcykMPI093nXUOmn9wS"
    "ZlOZfqmJxHv2ZEmPlE0t9KmpWUM4qgS/4UaurMlq+C18WK19Ua7KYaS6mFLMxTKrlMNg5B"
    "BPxUxGHvG1mtIIboEm2ERFLFLYqIeidFTLRo43Svz7Kc19/OT4hMe7y8E56jqWZ4+Jw08D"
    "5q2Y855BUHSLvf1H89FM195EM+ygfxvkhRj/Fmmr7Cb/Zv3N0/+NfunvowvLnaEnyzCsV/"
    "RkW3P/9rz2SvfD/sEh+1+UsMpd//RoBh/vH/HvcMp16n5Cya/3Dw5Em+xPxO5eDzkWv9tb"
    "Mn/20ZwRm4XXZA7biI+0SU+4zd0SbqO55wR1SMM4OOxpi3xevwiq34x5rZOFy4kWTsPwn3"
    "T2aGJ2m/EMHewfHqAxNjld4wONzEuTvCLRC/xqpwuLjxEk6p46xHhC3cfO+G1s0DF60pFN"
    "npijbGJwHjuFSbx/xuJdfv/Ov4DTAU4HOJ2MZauAZuB0MuwMcDrA6WzjGQCnk2FngNMBTg"
    "c4nXpDK/sag4S8xLJwEwl5uiRXo7eBqOnXZGk2z4bxCpcy4Q3bKx3eu8BJJZLPBVJSl3WI"
    "jFV+396ETu6++KWoRyzgGtk5I7ZSOdSihvF16Onup48FnnrZSJfUygwN2pK7MmD+NlwpM0"
    "MxFKPgCXwvWXQj/TQuAtNf+veEZy7nwk8lZRcVmdQ3m1Hx9zYJhHPOZBfkPkTf9cooA5xs"
    "tZIqSF4zRQ88iFO3WA+2nsQ5YDbRicm+QyPWE8xn7Je0TIHp3cvB+d5+XJmyhxz2p0DMHd"
    "YNFqwJtsmjGZanFBA/x8PjWpa29eqgbliQ8hOzIwXsQgHKDaA2gNoAagOorTQcAKA2gNpq"
    "DDUAtQHUbn6oAagNoPZ3Amqjog1UI+i2Fu7KpCGrpKHSgKyAre4T3u4eufpuy69+i9xUAv"
    "7eHULYGDDVPERYsZBTSZQ3W8apXnbDQUcy0nEZp92Fm6NhUpEODdqCeA853LfD+PogY70a"
    "WVnj1kQ9wFZ3VSPL8UY162PlWCq94ht6o0I9/U7yRpIBzMb9O6qJJR/5qrkkOX1QOqMkry"
    "glZzLWI9SiV1Zyi6HI8wgX5JLbn51Qatk45nBrucEuJtni5yxHt8XLkELi7avJibe3OS/c"
    "1R0Ovuz5PBmOGLh9NPIMzqUFmSght+YtkGsJPm1ume4smcnyiae3CO6NG5QRdEHOT8T2de"
    "FwOGDcgHEDxq3dNAAwbsC4qTHUgHE7A8YNGDdg3LbHuEXn22efcxHfFpm0pXhS7PGma/2I"
    "zVU2euWMZWSkcsGTi9DJRnlKYMuaYctMamA5IieyaA1fdsc93iHDYFrayNPdnDCXpD0lbJ"
    "Tuz3fWPrrgnr4bDr7U6dabLwQYkjIOW/TlT8uVOJ2kedtYHWd/wh8LB/yuTbozkieEOeUI"
    "niUrpcmdmpD2lhmeJLy8Jrvz/dMIvSVuZ6n7KVUpTJS3vcFv2MwnJFLf98q4CFHOVzMSTV"
    "fSEGFt3chk6eQTNnG+0DHJVACLzzbhnW2CbbQgwY1Rl03Fc2IOzu/+cX+BDt+/Ozo4PEFj"
    "a75gKxD24D6hAVts3z2aY9bvppZNicOv71tN8NSm6ITbHADTAEwDMA3ANLQT/gSmAZgGNY"
    "YaMA3ANDQ/1IBp+GGYht0WANrGaluU/ynaF1UZT4eVBtRhyYg6zA4pPdgw5cd6dSWgpH2D"
    "JxDcWeY/+LEi/4+GwZRJ+0n4vPvaQFwU/obtfJlt+WEES6Yqv0sGaVfVO45gYVsOmXg5hW"
    "pWPIOEncoPYEgdl8x76Jbo2KTOnIgK7oOE9+o9k2dsTnWsvWLd9TQ2HeXMUuXUae4FlEaK"
    "vwiP0R/cY9TlLiOdVzyqiMxvkFsdUfaqyga8hPOLLNqSuHXBHX73wIL8tEPij80gkoXhYg"
    "uVZ5yB8FK5Fc8EO9jWZp7u5RxfVT7XL5mqHPxL7ir6LXRVjbm9Vgk5m0z5q2vNCnL3wVUS"
    "vVGRGV9qfBQmuaSYbT2nZ8sEa6jP74mzsNgP/f4itd10oHQvy00GynTEslQgv7EcAxfeop"
    "CE+ypq7rFn5bj82BdOwwn+DLEL6fuIizX8O9s8m4g6yH+yiO03xPEzflaPN52yC/AEIH6B"
    "EVvaO4+mWGpxk1QhPt4g+Ak/OchflSG/affVsnVO007wm7P3SeQi+Z45LjUMdMnenzZbNi"
    "DLfjQvqVhuO2iB+ak4Lr+R9ULsiUcqHE1jWlr8s+CMGqD8gPIDyk9xsBQoP6D81BhqQPmd"
    "AeUHlB9QflDOryVn1KT3O9VX2hk7pWPLd6v3KXebX3tDXtx6eXEmzcG/76helFtUH/turF"
    "de99GAzK2ZVQ/5Pq0CfC/P1gnc+zTvRCVtEXskI6xI2qkddS6xWCfslQp6HpZU9DzMlvR0"
    "XOx6OfWaqgksYusG5RUh6CZLqA0jZ6UjXynwJXHPhF0Akj71KzMvL5mtOTc3lX3LnfZJ42"
    "1Mz8G7SnPYktrJSwRd+ZpLmrYjpMHbDg1jxzcd1gVxvSkumBmKFD+RicrbyEHspvxEUG0m"
    "KJsKsio3thO02QOVyxVPW6kc737KUyVSxpmHWC6hM2GhcqWDS+JUPcVxw7uMgEGTi2raSO"
    "mdnJxSZLu5sROSV09ZOi827Cxt67pVs2ATY7YgAzanA28grssZrG3swVVjnB7BSiUap4Qi"
    "OWKHZSFJsdLB0eeanWpaQeYQNEfD/u1yyIXG4YkaBpnwr5GQFDBDE1ObLOcTi9zgD3tnQX"
    "nS4LLuTw5a2Ba7CInqof78yJ6E80psp4cIHs/QIeq6dIJ1NMJU3+NFUk9Q1+GvYtf/CBKO"
    "QX1QdwYC9YHalCioD85AfQDqA1AfgPoA1AegPmjR0MpTH/w4FC4aevYL2Qqm7ReM0omB57"
    "QAbF3NeWUuojTp6Be86sfeSkPeVQDvYrg7sz5waA50VS6jCW2Uxge/MSfZdptraZpPh1wQ"
    "c0InVC+iEFb36vQVlO7Sg5Sru+dyF0Qkwa4T+8QFFA99wtPdR947lJ5KDtWfSA6RdD2CTV"
    "atPpKO6ZH6MT1CmRIDvRo1BjYZ52PpOB+rH+fjoDgAm6PffG3CLrrwiXRoT9QP7QlKVARo"
    "PqbvpWP6Xv2YvkdBHYAhCwF9YmsKhyJ/yTwgRg3GdyOhPpUO9an6oT5FfWu+IC4xWYh5cH"
    "WHRbf54H6QDu4H9YP7gS8ZKIupt8vQfpQO7Uf1Q/uRv8uEeomvFthaFk88bPbQkNfXFkuI"
    "W+x41TcjG4z3z9Lx/ln9eP/sRxYHqzNeKWQXndnJrz1fXoIlMlIZxx5Kl5vPhVC3UVILNG"
    "TNachA7vSdyZ3CU8IHZD4i9oQ5ml/jJbddr0z+FJ0Svlg2WSmDCm+Glu+2dO4CvzI1MX+x"
    "LkQFoBk/ktlGjuXQ4MzmffTszQ08Y144xHYxL6/CVU+mx6/MT1TgxzMseOfjFVm6N8d7vU"
    "dTJws3OCCa0x3odcYavPD2JuFXwJMJmfTQmN2PRZXfMiDHQBoF0qi6sxVIo9TWa4A06gyk"
    "USCNAmkUSKNAGgXSqBYNrexrbLdnMWzpaYpSAeHeqc6QOqqUqHpUkqh6lE1U/ZFUaGsPpB"
    "z5mWHpubVuijtrbKF0d72J3FSinzq4AL0tDnTCROUX7TB2U4lIpxEZiW151rC53fmBZNC/"
    "CF/RIPa1+W168Wm4JUceJI3acvpzeB7uDo88KKvHUM7/fL81GZpmgqBAw8anEJMNK0dg5X"
    "KBzdipHN67yFklSDYo1LCFQg1m6hmvGdp0h1EjwLKduGqYMyM5FWzmDbr7dnNTxl+mMg6i"
    "ImzpRyBzlscguMogpP8U2tTIbb+LnsFWT/RIdJQcojfdjYrp3fR4Ws3pFnfPzjlyFgTrxE"
    "ZPlh2Tuv6RHDGV20Oe42HDeIsP4NDxyFuwh86P4Pg6uETdmxOoTgEULFCwQMG2kxcCChYo"
    "WDWGGlCwZ0DBAgULFCxQsJIUbJ2RtJUq7SM6wcwDiRjHFkpH+UK4ifoEz4zqqaLbD7humS"
    "6WOvY4tlD5NdEXXqKuy+bYhWW+I3NMjar1KrZfCpsKvM6hcgj1kpXK+PR14KoS6DRNOLMm"
    "jJr8XW2MdFUIdamrSSeAJFnGGF6sD6AWJXOo8Qw2BWRvFUTNYtA5WGouUF0MqYbouLZItV"
    "8JrYa3QdF9RBrkL9ihBnVzNDYidcZ2LJEs8+22f4vcGdtx22RMxAHHibyap+givO0Im67H"
    "Lk1NhFHYF0XSDKCugLrWXQEC6qo2FASoK6Cuqxb2gLoC6gqoK6CugLqqNLQAdW0eBGzu4N"
    "em9uPX/VrB3fh5rzoLxdSyC3JhVldMTdo3ePLoLRZlOfVgES2DuyYclu/blbp2Sc/OpG2I"
    "Etaeg2dSM8iSmco93a/h9427irocF1EH4x4R0/UKqIXVPT+2brDfp1AvKXon8nb3nR5SCj"
    "aOoUSFgaTCumSldMUuyRzc7fI1xZSBNF9TkzdQM+xVyZuljpcibz6fDz+fX151MlPGBoIN"
    "6Ru7qYj2zfEMbCYWbTnETqZNr4zX8URrbZ5uvpLW8W+ClpaPSzSObbEdIjZiSfzCGxl07B"
    "M6QiJPxmx3xGmaJzwWVI5LHCGtX2DHYX+1TF7mjH3vC+jf7+0/mv6h97ydTRCO7nKGLqnr"
    "U02P3tHhz0f+vz1H5yxQdJW9xLcim3RBw0+Co8eBLQK2qO6LAdgitSFsYIvOgC0CtgjYIm"
    "CLgC0CtqhFQyv7GoPaXevV7lqwUch3fzIzU9JGadZtkHBUGqitNC0dlsxLhzlrADs8OCod"
    "6/LyO7GV0tH+JtxEPiiw/ky0jfI7wdDXJhEoUGPiWLJecw5p6AURHkJ7mfJ907NJAKbId/"
    "GUocprnYeko+p1cEfAYvmT+WoSLrZukIQLAbuO5JMYRs4CB6cAqL5pZMpasDbesyfLwmXs"
    "VA4vB7QfhLPNBRnKejVb1ivukBsIrXr5aLJduGqQM+NYKQru6gUbHnbo+WI0CUbYEgG31K"
    "JXRr+RoK2G48YrybfwBuh8cHFJMi/CzsOMIEGs/eSg8Ab8NCGMbNbHRI3MwJTnTflnDNkc"
    "yOFM2YDYc2JO8NSm6Ojg3dHB4ce9Hnql7oxTdo/miLA1/jMOTyd6j/y87E+C0HMtl600qY"
    "Mm7MX+Qib76DeeoyWOJYqYOiDYgGCru2YEgk1t1B8ItjMg2IBgA4INCDYg2IBga9HQyiPY"
    "Zl7OgrD8QO7ISGkR9AP3Ep0nTpNo9ChukXZSF6qNjBtEahMbTdmUlTrTVqXUt5LMt2ziW0"
    "jguAUlvldTP7Flu6hjlELZt8L6GFqIMtQJbNK2XYzaVcLzTUfWtDSdLDzXc+SOfVq2U3lx"
    "c2fto37oLPrMEatapM52ctoEzKX56JZ2mH0GJccU5Rm35biioH7hgJhvhIeYvyH9087ZLG"
    "K6AiTkwPoOjzNaCu/ROs/mqJXPxsA6GzLBcxmxzzxTucdyvM5jOW7lYwkrnPVJnE+j3HM5"
    "Wee5nLT0uYQZgYmMJcUey/t1Hsv7Vj4Wk6+juGSME1IXhFNTuIcuse0xJ0WZwFticspV3+"
    "FjEpSWFsRb6hllLNvygB4Ei3cREH27C/2Mc4d1t8mRscorYJ8dldtHbHurPGbvrNyU7HId"
    "X8JM5Yh/9t3c3N7tOzkssjHeolFZmTKKJ/XC2/ZU+Gi1LX5yboHjZINeeXHjoKkW9ooqhY"
    "3D1X5ezEUV47CBODiOLXJeMcc5XqhDXZHWjvjdekJG88T6AbP0k9+FkoZ9wNY9/BXs+cny"
    "vDGyXonzaI7emPGIzWMOesW6631i/0wbmJYb5rPzXHpX3CRhwRU51gtbFXsEdUNhDhRKBm"
    "VO7ckKlDlqywVAmXMGyhxQ5oAyB5Q5oMwBZU6LhlaeMgdS39eSLViLvELIxdNSZKB0GvZD"
    "6KU8iFgNRSyDEbPAOZnnZj6tSAeOrFSe/B8iL9XDDn0gQPOBAOnwLxsr/RR8yOMmcla9hy"
    "EgF01ALjKz9ZJZO2RRFwJe+kPAS5t9NDlTeAvT3S8Iuz2X44nY+EOMdiSDXD/3/eh9lTn+"
    "ffEU/373ue/qwejAUgBLUcpS2GwZq2O3mKVINuiVsxRBUymWIrApYin6ZIEN7GthBE8Rth"
    "d0Qyob+OMJzwZ+j54xfz2Zn9C3b+iUf3SCnPHMsgx2UWR7BnGASAAiAYgEIBLaiW4CkQBE"
    "ghpDDYiEMyASgEgAIgFOXIQTF5UJrypHLgb70LoYYMJc6Xh/if2UjflxlQ59XNyfj7Pd2d"
    "IcKeYsMlD5FcwTUYf1evU2ck/dqZEb5RJ2N7JoB1UQZlBXDbocNzDHDtaC4a05vgpWJppF"
    "9u2I7S3zHgWTRqgB3kaUF8Sc0AnNraRdbQZOX0HlCWIQeYoemDv6jNp1ZouPFeaKj4Uzxc"
    "f8Q291YuA5rf8aXL6I2i9DcQpuP/ZWesKuMl0XT9ZAgeUEGCgwoMCKKbALYlMXn4+xjX/H"
    "Bp3wpLscIiyvWa+MDhsJAw1zC+0labKSFfPvhcTNUHi3guMrRDXdBEv2k4P8OyNxZ/8wS/"
    "/2/PDKMFOHNfOP1kRPlo0skyBRGQvZfpoz6t4c9R7NOPMGPXtzA8+04DzOCQ1/ERpbHusJ"
    "ORe2nvybvxFs+3+b4RfiH505eTQDn9hP7omsoifLMKxXXhGY2G9oPGNLMF6wl194Dnwd8H"
    "V1Jz/g69QmEYCvOwO+Dvg64OuArwO+Dvi6Fg2tvMQftofQgj1E9mlXKM2bNFYaf/BL9N7H"
    "3jZaoRcyrNYtXzq3bDmeKDBQGn68416iJHygDGmkC4hCy0fLiuO+ZKZ09BMoTK2wb4PfL4"
    "JtJHbtZZdoboo+kHwYX4TXAWiGLlNe72Bn/yMULVt/vQO1yoACaWF4206B3HoOW3bzOs2d"
    "HOYj8W2vjPCYp9utZDnS113K+4kvhnQiDgvE5hmasZ+DCLaNN0RNn1i4EwQGZx/u+4NLTj"
    "r4H//34VJ2kEgF+rDXQ471aIoSZinCY2zNiYPwk0v8q4mrUJcXIuN3BQYCGIi6cw8wEGrD"
    "osBAAAOR86yBgQAGAhgIYCCAgVB2aAEDAQxESxkIl8wXefNRSZG3yEJpFPwhclOJMm8Bes"
    "2uRGw3Z0ZYBXsnDGvNBg1N+AHcPYi9bX7zaFquxx6mLMidMFN5VXPnu/lOnl1rAvHOoLO7"
    "QRJ9uqUcT8y06ZWhigHtJAsuBrxPKcYY65T9ow4iJDEBPnaJ6RKbTDjeeHPYi5TU/gdHe/"
    "vo2nWQX68Nza0XfvwBW/+yK/NknEfv6PDnowT7hPqY3Sn+3CELftYXRe944TXLwLrQQpsW"
    "sjjCiF7x2yf0OrPQHL+JyyPqCrm0D2HaZGzZ/GAGX2xNUEpUbRPupPhB1oT1XRT9fkAzAc"
    "2suyQANFNtiAXQTEAzV620Ac0ENBPQTEAzAc1UaWgBmrkzNNM/p1hmAostlEbjLiI3FVEB"
    "T2lxUaQiCXBso3Ss+wlH5aufVyt/Xlb/PFMA3cEOtuWCnTBR+aU8jN1UItKGpeeKqosDHV"
    "so3advIjeVQPNfePxIzrrHP6O8ACaJjNY+4bypsP8eubyZY81PJI41d7CbezBO2aThrnMo"
    "TlNBHUZu7r5Q3YLYOrX5kb4jit9y1na3lhkIpzPhzrFtTccehL6jC+476t4v9jbXzT9KdH"
    "PP9nj9tIVNLU7o5JzVUr68zrNXeoX9TTiMBkmHG5YMsG1c/ryyug5YZNzgiThRBoDcPsb3"
    "U369XWm5XbLazkzk7TuDKKLOZMO+xrlD1ZYpJauUDEAT0X1aiBpVfZPmmKq8DE8Qm+rgY4"
    "HMSCtOdVwpUdJKchwVLasZliz9XSrPUU6zFKQjlkS2UjpjWXSV6t5BXuPmYgoJjgonOCZj"
    "ai0m2oKYfEx55lR7xq94JBfjkiuorCP7OrhEg8ht9IW73dwjgBzTVbPKBnJMV/XzDUTZb+"
    "FPmG3v11UDXzLglUr2vTafLHvO3mb87D3X4yhqjkgvp1WvTKZHw/baImWwUqgX3QhN+OY0"
    "aZyS692RVxTchJvywwAxssnUM/x/22RM6AuZoCfbmiMu6/Nch054vVHbfUPdmw97++iPGe"
    "GiOBe9YicoRIos85HXbOYyufGMGhMkfhPvLG94vsCUXUonoqjHp6AIqi8W5Do9bvREbcdF"
    "fDEoFHcTYsduUBeUdqC0q/s+AaWd2vIfUNqdgdIOlHagtAOlHSjtQGnXoqGVfY2JY2bqUi"
    "WRcYNMSbRvkmVKvoTOShNUVXQzh8WymcOMaqbhKpyNJQoGTiqhuIM87fU4j2dv4uVEr7iP"
    "RgZKa2G+hF4qIZ/j99exI18gM2Wo8qRwn3RUPQ4pSHbPB9nLdTBLpupWhL2kjgD0dB/R63"
    "KPK2qPNl83g0PFIb5YY25eNm8XR53EVge8XkHVA5Hlpm7Hm4+ILUfbpWyUJkeHwlMluDkn"
    "cqU53kjFMFelilKdTJocSh1xWjyHXATGv/Tvic+RFMc9MSBT+wpFnkHk07tCfkjugfy9TY"
    "ItN5g5FFtR0ItJtsTz1mjKZCXNlkNnZSi2B35GH/s+ujQn2SI6L82Z8ZP5+KmB/CXqn9/3"
    "OiMmp9l+ctC/J/GrVtPJv/eABQMWrO58ASyY2tA8sGBnwIIBCwYsGLBgwIIBC9aioZV9jf"
    "1IZEEShdoG+qSzrs+2TVPZYgdJK5XnqX7kKeqKk+YTu9OqsOr2mQVIjtj8NifW+srty5fM"
    "lI5ubchpy1BrCvZZG23N03i3/QFUBWGXu2MKh/18Pvx8fnnVycwlGwg7pKDsKPOBHwfGvM"
    "bYZMsZ3MmFZFMteuVgbNhWm4SNK8CwoREK77BUlNgm7Gk7rqhFzK8b5DOgCzylfrFinnQw"
    "JO4Eoz4eeQvWg0x0483xs6hXfHO6t4/OTUTmC/cNjdgVHPSKddd7NEfEP+Ts8AC9WrbOyw"
    "ZP8Fvy0LPg5p9EaoXvh2lxTNh5FUWQR2+8mckPRbNeiD3xCCC7gOzWnawA2VUbbgJkF5Dd"
    "nGcNyC4gu4DsArILyK6yQyv7GmtYat/UzCm09mjoMVdQvLeqM7pAfK+g+J5dapwrblupCh"
    "/nC2PV6r33vp+5UIAaunDXe/Z4kUMiqlpgOS4j11jlF/SDcJgTQwmHlaAxBI6jCRxHZjJZ"
    "MmuHSvxCYFZ/hE5v/ODFQEE/oaxjerNa5eGStu0Iakh6XiY837jevo31Jl1i07l0lc/65S"
    "Y3X+aTBqJ5WTYuZaU0GTcgYmGHugEILtBvudSd7fFxccbC95f8sE7gq/NwqY6oHGNksUfl"
    "80GCKStgjZZa9VYxR357wRxFqXPV6CPfUqwZ82X850F9Kkf3q1rpZIznoo5lxCmxP/nfqe"
    "ugJ894osacmC7q3nzc+7Rk4p8w6fCmj6bLuhfWkYHNZ8/dR/4kSBxR9wqjhW2xXSs2gBIC"
    "SqjuHAWUkNo4NVBCZ0AJASUElBBQQkAJASXUoqH1Y4v9twF3sW0c6zpStYESJkoTE4PYTy"
    "Xgb1FgLZJZVo122krpgIuibBI80HJltkqgYsmL4DDnGBWx2df8zb4sA5cxVvkl/ODDGjeR"
    "swrycAHx4LCXrINrcRYJ03ZRFsPYcWAsvgvGApKyts5LQK5KNfZB1VyV39kgf6L87N3SGk"
    "J5zXpl3MNLZCBbQSi+FUrXnk1yD9eJEzqwz0M43mhOXacn2Ab/9mO/gZ9NEpMNfh0h10Kv"
    "M3F2xvIpHd2bn/f2EQc6UieBPFkeMxNndPHElLhEUTdkJKD+EFASQEkAJdFOnBQoCaAk1B"
    "hqQElkyAWgJICSAEqi3tACSmLTeFZJdZDiqSllpDRKXrjv3BkxMWPOFDBAq/HDyFjl18Fv"
    "3EkUb/5rIYinVRDE5YkngSCeLsc9OElclpZImKkc88+xm+pSEXCAwdZKxwE+vnlsJF2SXD"
    "K6ebYqn+KePuoECAkF+vPmCIniXr2B+Kp3cnudvlw52HkDWyke6BazX/rXQxDyDP+T/LpX"
    "xvvMeUPd0dgHxKhG+DzwpuiNVxVzvAk/9pzqxGRvv+BaaIZ1hHWHZDaqnfPgEHVO74jWfy"
    "FscEjoDels7+fso7CFTabUcUVxMQPzMmTUQXPqOLw4GT+svYccS1zGZIu6R945bfcf3gI5"
    "hPhZKSjoSMim0xnPZ7FsRF6I/YZsi13fYr3d55VM/inCU9YdUJdfEU/m1PzJQWTCL8Ou/A"
    "Y8kYo8UdRlq25oI4PNbGa3EVx/cNXZS52eVNhLnZ4U7qX4V8srIzGsNYc8Y10aYls2bhWg"
    "7c9nke/fLa5dRCFl1mu7ecndW/lvN/F56WuNn05kVnud8TKyJgqLUeS8svz3hV9f03p6ov"
    "zFQfan++inoYuf0JDoDmU7PwOzVyK70re5N/9pH12zd4fOOqZ4xzhkLCQJDn5DrzM6nj2a"
    "wWuJX3RAXIz4YVzsOlP6Qvj7i4sggg4LLx8FXz5mcDZh1XdP2F7hV88dcxENSPWK1qn3z8"
    "cq/M7HYn7nY4bfadvR23Xl3XWifVwl2sfF0T7ORNvh01jdaEfGKqOn/kTNBrSHht5ohKd1"
    "An9SJfAnxYE/EYGXeL+m8krEDoi5l31OMqc68tfnILqYQsNBYvIp2smnKXmH2GvG6ptDVJ"
    "owNhGhba/YEl2rYO2W7nzFq7gZ1rUISFi9krtdxh/OxCmVJvoLia0f+xPrOeLUryZBLh3r"
    "ZILGxDDCtZ4PULCgzajjLwLnbPk2sfwPsL+i4yde8n8Kn4tWan927GDFGsMs3JF/wRLuB8"
    "YPtsZFKYMg4MIlRX6A8TqriKbie54zhewmXYZPKnKEVcJCaTpQZheyXXoqnLjXpE9CxKJ9"
    "8a1KmSS6Vv6JObuBkMT6LWcZEq7rSg/VjhChSudoi9Zogc3s9Ns55ysRhy0WXmcWMqypg6"
    "gpjmP5Ks7RtmxRsouTHCORtZI4RRvgHwXXDnxnIf4u8XZL2qgPA+XDobtR+nLwTFxfxwtZ"
    "0C1p12A6bqdO1G9iV6VXF0eVlhdHJeuLo0zcse7Sp5z9s8XmemwWreECm6Vgj5jRtqIddn"
    "upVVzg5loarYuvX29SNM7F9bJS7tvtxRULvAg7a0T9t2JWh8TTE18t9rqbYWcm08kzhkqv"
    "nn9jTqI+rzU5xOZEHcHu3HNcbTzD5pRoYUQle37RJdQeCH/gZzpCv2LTpdLPpZmRYWAWV7"
    "ZmogV60mISOm3ZnjyPG+4yemCe6DNqr/0sVGKcK6V7PGFqiPQcl59WmIPgFq5fcyyb2+ge"
    "SD7mXzHXDN+E/bN57athcdBT89jYL8itKRlbS7btGV1sXOmeOaZspuMavx9veEE6+I+k5d"
    "ltAkFTYuCd5Q8ACAsg7Nbjuy4IW5Ak0GjqhXIzweYyL3YDbZ97E+pema791skBuBPf9spg"
    "bszb8U1SJZy7GIBdjVD/GROoI2xTh8f0X1Kw9QWd/ijI9c9HR8fHH44Ojk8/vj/58OH9x4"
    "NoTs1+VTa5Xlz/yufX1IpjNb5dcqJY8eqw0nlim1sYbgLsljhN7DteFiaprsqwY8JmW4jj"
    "Jp6wWkxGsSJitcjyu1ZHVKIvStiLLHnRsLynsUxzZdQ90Us8E+PCl3TSROXt5AX3czf7SY"
    "ewB+zNs0H9Mvx6lx/VhMnym5eOXfT/kUEdhYI7jN1dC3fjAUm9YDNVLJYLViy9OfkFlqtY"
    "OETktMqFPzJpR/gjd9ULv04Ma76wctINi+ftpM2Wpu5NLET6gZuoS9kf9jvOUBCj6mmV6e"
    "yPoyrZH0fF2R9Hy3O5zva0Njancgc5p61Ufm32U57KrwOrLQTLVoKyeR9bRQ6ITcezTh5q"
    "4H/TK0UM4jbbhAtA0NakoK2w6HLx6C+uuqzUlqR6iLevMuGDSiLCQfPvMLqHlWbUw5IZ9f"
    "Ags+Njd3SJmUNqFq/dEiZrrd1Ui3YT67advsz+/j8hwWbM"
)
