"""Migration 3_20261128221056_audit_log: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "waktu" TIMESTAMP NOT NULL /* Waktu */,
    "pengguna" VARCHAR(50) NOT NULL /* Pengguna */,
    "aksi" VARCHAR(20) NOT NULL /* Aksi */,
    "tabel" VARCHAR(64) /* Tabel */,
    "baris_id" INT /* Baris */,
    "sebelum" JSON /* Sebelum */,
    "sesudah" JSON /* Sesudah */,
    "kelompok" VARCHAR(32) /* Kelompok (impor\/tempel) */,
    "keterangan" VARCHAR(500) /* Keterangan */
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_waktu_649da0" ON "audit_log" ("waktu");
CREATE INDEX IF NOT EXISTS "idx_audit_log_penggun_b2b837" ON "audit_log" ("pengguna");
CREATE INDEX IF NOT EXISTS "idx_audit_log_kelompo_a096cc" ON "audit_log" ("kelompok");
CREATE INDEX IF NOT EXISTS "idx_audit_log_tabel_31e135" ON "audit_log" ("tabel", "baris_id");
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "waktu" TIMESTAMPTZ NOT NULL,
    "pengguna" VARCHAR(50) NOT NULL,
    "aksi" VARCHAR(20) NOT NULL,
    "tabel" VARCHAR(64),
    "baris_id" INT,
    "sebelum" JSONB,
    "sesudah" JSONB,
    "kelompok" VARCHAR(32),
    "keterangan" VARCHAR(500)
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_waktu_649da0" ON "audit_log" ("waktu");
CREATE INDEX IF NOT EXISTS "idx_audit_log_penggun_b2b837" ON "audit_log" ("pengguna");
CREATE INDEX IF NOT EXISTS "idx_audit_log_kelompo_a096cc" ON "audit_log" ("kelompok");
CREATE INDEX IF NOT EXISTS "idx_audit_log_tabel_31e135" ON "audit_log" ("tabel", "baris_id");
COMMENT ON COLUMN "audit_log"."waktu" IS 'Waktu';
COMMENT ON COLUMN "audit_log"."pengguna" IS 'Pengguna';
COMMENT ON COLUMN "audit_log"."aksi" IS 'Aksi';
COMMENT ON COLUMN "audit_log"."tabel" IS 'Tabel';
COMMENT ON COLUMN "audit_log"."baris_id" IS 'Baris';
COMMENT ON COLUMN "audit_log"."sebelum" IS 'Sebelum';
COMMENT ON COLUMN "audit_log"."sesudah" IS 'Sesudah';
COMMENT ON COLUMN "audit_log"."kelompok" IS 'Kelompok (impor/tempel)';
COMMENT ON COLUMN "audit_log"."keterangan" IS 'Keterangan';
""",
}

DOWNGRADE = {
    'sqlite': """
DROP TABLE IF EXISTS "audit_log";
""",
    'postgres': """
DROP TABLE IF EXISTS "audit_log";
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
    "eJztfWtz2ziy9l9BqerU2HW0jm9xEueTHTszjmxHZTkzW2e9xYEkWIJJkVpe7PF73vnvBw"
    "Dv4kUEJVGg01W7k0Rik60mrs/zdON/OzNrTAxn74I4uHOK/rdj4hlhf0l93kUdPJ/Hn/IP"
    "XDw0xIXj8Iqh49p45LLPHrHhkK74amTTuUstk31qeobBP7RG7EJqTuKPPJP+xyOaa02IOy"
    "U2++Jf/2YfU3NM/iJO+M+5rj1SYoxTbtIxf7b4XHNf5+KzK9P9Ki7kTxtqI8vwZmZ88fzV"
    "nVpmdDU1Xf7phJjExi7ht3dtj7vPvQt+ZfiLfE/jS3wXEzZj8og9w0383KEWf9bRtNvv99"
    "rg8l7TOhIBGlkmDy5z1RG/fsJd+MfhwfGH449HJ8cf2SXCzeiTD3/7j44D4xuK8Nzed/4W"
    "32MX+1eIGMdBfSa2w12qHtmExfLwhsEsi2/4QRzguFGF0TyQC2/nd+5kp8EIxxEd2YT/eA"
    "272aBesG9cOiP5kU1bLgR3HJjuhX/ZVKjlG3Pngg493+kK4WY/cvzdNF6DjlQS2/urm8vB"
    "/dlNn9955jj/McTDzu4v+TeH4tPXhU93Tnb55xYbnvwxK7oJ+uPq/jfE/4n+5/vtpQix5b"
    "gTWzwxvu7+fzrcJ+y5lmZaLxoeJ/p8+GkYudw3P3zNvvkvU2yXv3XfauGts8hVeM+Bc828"
    "ZmQZZFrxXc/wX5pBzIk7Zf98v1/yrn8/u/vy29ndzvv9hfd3G3xzKL5KdzVvPq7Z1dKWre"
    "pq3hBXDX87u1oYp0RfC7zPvnm5rpa2Urur8desUFdja0FSr6ulLdfQ1Rp7BVM895xq4W9v"
    "18pOYzpb+Mv0qvD6Wv2pkdV2p8dcRD0yI+YYT+yqC8NUlzo4qtClDo4KuxT/Kt2l2J9YJs"
    "7h9euJ84Z6zS1zEoU7SdkYn1QZtk6Kh62TzLCFDYodmSBHBirPDpdPGJvIYFGs1ZIPq4SZ"
    "XVXclg9FoPlO/VFPbCv5B0M80l+wPdYy31iHVtG12a9mh7PFT7CJJyKG/EfyXxDgFlfst2"
    "KTbfdyMI3ou24ZrkGTVwG2sWLzBGwDsA3ANlq04QJsA7ANNboaYBuAbTTf1QDb+Gmwje3u"
    "uTeCbYgdd3KfI70frNSjDkq61EG2Tz0RkxZsvC9Nbyai7Ts9IpmoR8bNQR2d7/2LjmTkv4"
    "Vuykb8qErAj4rjfZQJt86GIRubE5yz2ylB7lJWKs8ZvZSnsvE+fP++QsDZVYURF98pg3j0"
    "DOzQR6qz/56xveC8k4N8ZK7pliEgeny1hqPLAQpZsd0CFAJQCEAhLdqfARQCUIgaXQ2gEI"
    "BCmu9qAIX8NFDIG5V51NofVulHJXz4YaYfvV1tR2JfWS/U1WJdFuxMtG028ph856q79DEb"
    "9sEMG0bhRidjXGu709Bodec7i864s2jHxVPP3JXaAB0dfjiJ9j78H2XbnsHN2fV1du8Tho"
    "yaK0U8Yd6GmF/57m4t6ibrckPWTKfUrgusLtxC5aXRLXeVtfPA1e0M6YrgfX1sTnTsdnJg"
    "vvCrbhm6N09ctAzT6yTumAx6+DnC5hhNLMPiYOw722OfIusRYdS/HXTR1TuMvnm2h268MU"
    "auha5+f0dQn8yGrLOjHy6fQXb6ffTp0zs2ju/v7nW6ABYCWAhgIYCF7UMwACwEsFCNrgZg"
    "IYCFzXc1AAt/GrAwXPDL9KykjcKg4a/hXuaO72Xq9KyTKllLxUlLPwV2WLCrrBLe4yoD13"
    "HxwHWcXSPYnpvXlsthq9iquT1OjUj/iNzcODqlCDxyQR023tH8DLD4y25paZvUZSB8WrEV"
    "ApYBWAZgGS3aYAGWAViGGl0NsAzAMprvaoBl/DRYxhjbVHvCQ5y7ByzuXYt2Su+3L3DNMj"
    "eV9DkHJfqcg6w+RydzPMZ1Yp61VDrqPeGuMnFnIZtMsJE/ouUHPGFSNpQpFPP72OOVxjE+"
    "Ni3EL4AD0rG7tszJPfmraF/um6g89145FKVQkdWG/8t/3qdG/rBF7tyc/XM3Nfpff7/9Nb"
    "w80YK/XH8/Xww8f7qn54W/mtApdYMGs0j7tuUQB12TIZ2ia2w+eW5H9vUkXd9+ZikfeB3t"
    "BeuuJzOOLJitOJY01DPOudPoj9DpdQ8nrK26Xu2k6Ni6wfZ8Ttjj2WgxxCMs25AHkcPb12"
    "OzH+npmhzCmjBRWZ7qjzLYRHx9KjuwrxscdDwWEG2GHdloZw2VJlkG3F10w91tLtAZuiU3"
    "7tmgf7VsQidmj7xmRpiFIAecifh10Y9ra8j/DttY+GncJ238EhEwOU2PRcTf1YvR+Wzw5e"
    "zispMdT9YQ6VR3fQPjSdWYJwfXVLSZV+j2x/V15+9iLjF+DUbga/ZNnAeWX3t3xMBuPqHz"
    "k72EvzdJworu2WPLBWx3cmjY5NfdMiLW7416fOVaudh/dUTyBr+xac0sW+OkfuffQNECRQ"
    "sUbcayVbwRULSnQNECRQsULVC0QNECRduirpWdxqJFuow+NzJSGjm6D71sNnc83uxUX2an"
    "jZSO6q21h34Ejja/3vYDJXauMnPBgpnSzPYt9xUNQl9VoreLAr+U5C4MveJUt8xrkGOoXO"
    "/JkxNoxBZKN9/7yE0lCtbMic2m9hxhRnGgEyZKR7of+7m1Mr2ZQtSaiR3d37PUoV4X79Eg"
    "AeuzHhfU9E+lknkTojw1uo283r6WwKGPRTNkBf47NG6S/qbYkee9Q0e3T3t79oSY9VU0CX"
    "PVg/4jdnX7YTfwbE5tuYk0aaMyLHCd8FOJVeCcmNjk5IJsfnLGUPF5dcFbJYLfQklTjwWJ"
    "zKUHdYXETMli/VKMZNZQZWGTfKXJzWps9LQ/Kyo/8s5naGncq4o+ss0vJf24uxzc3119uS"
    "+TfmxcweDri4oEDJH6aJl+IVJibVC+oLGfwWYEUC+AegHUC6BeUJz3AfUCqBfU6GqgXjgF"
    "9QKoF0C9AOqF1qgXwr1O9VV2ykbpmHLtwlnkavPr7ZANH1OX2DSv9uByJj1p2zIy/SLh+r"
    "r5dBCGLJtoQRjSCmEIdorDWdyO01ZKN+MzRy58IBJ5SyIR/nydtdacVVt5uY+Uocr7obvQ"
    "UXSlatGPJ29m4KlWTJ6XL6BzzJtb9u1Lvo5vwlkkSaavb0XN1mvek6djU9OjkkVVB5k8W5"
    "Wb/kXoL1KsPBPIoUAO9TPIoVooEgnr3iTz7kEtAmqRThpGAbWI0mqR5Hon0ZPT72JTlUKa"
    "2kutrS7ORsuDfPHc3OMZxOfdMkHNKLxi6cmV4b1Sx1aeIZuw+DsuerRsxG8mTrCkroPY8t"
    "VjwzRbGO70+ZtkgTTRee8WHR6/O9w/+MAtZrt7iG0psDblhViog8Zs6/pMxqcP5otl6+wh"
    "aIxfnfjmAsfHZheNsMExXdv/foeaI8NzmOkusric54U65DNyCEHsX4j9bs8gKPIczsUEqU"
    "/dMQSkPmrrD0DqcwpSH5D6gNQHpD4g9QGpT4u6VnYaE5nBdZGtyLhBYOve357IAlp+LnHe"
    "Bms7mcTYyGfrSrhoYyWarjEeWrhZO9IbYUdnnoFzgJNiGUVk0BL5xE3o79orvrPx3JGLXc"
    "KkJdEbxB6vO34R8pKNYDkZnDJUGba+Zo6iHe7prtQWfB0kMOZRcjXW4ni0QpxNYkDNsVZ5"
    "oXgmPEYD4bFaQ2wERdZdS6RuoPJL6EWga5+IY53UYMnmZIJfsCRDljZSWmTc911Vghqbx7"
    "6sSIslflUb41yVCku3M6WSpsPfm0PtJEJRzO4k2sJygqcguJ0zFNwGWY+CTtHJiA/1nNk5"
    "G9wiy0am5e7uoYHl2SPiIGoC6wKsC7AuwLq8HSgYWBdgXdToasC6nALrAqwLsC6bYl1MXw"
    "CZfse3dF6QTelfvZbOtImVduf2ql+nCx18rJKS8LE4I+HjYhdif0plgoTXK82o3OKqub0L"
    "4a0EMh2UoEwHWZhpQgxsM9/ncuTVgpnK88Kv3FV0Ebq6farQj92Q/VfHzA3pqCct1Q/8ec"
    "Jb2dgfV4n9cXHsj7OJ2GQ2x65m4Cm1ZSK/aKdy3O+Fr+g69FU26idVon5SHPWTwvT3grAv"
    "T38viruqDGSY/i7xDuR4SL8AvM6JI1qbosncROlp01d89GJvpefPKrNn8dz5BpLI+reDjm"
    "TU6yeOHVRLUC3JT80MIzNXY7P4RJesoZE2W3EIaWoQv7lH/djptY8fnOiUW/IlTNQeJ2I/"
    "pZtsJRDgoAQFOMjCAP4oWxrwqkP1Vl5Bp89XcA42pXN+/RF7lfdxWGnDU7LfWXwZxCFGHn"
    "VT7S3E1iqv/y4jL6VXflUWfsXrvrzxurDdl4/XxS1d4fFaqqXLjddzYo7pmOr1R5D0HVRu"
    "v/3IU3TP3NFrbmOqgFHFWFQGimK/unZpjNBW5aj/YD6y1bX9VAubWv9OPVixSeqfUkYqyy"
    "yDtd27Xy02Vlc/QGXDOqiixbW8Diq+U5vjXVkPlWp3K5QFyNe8ylQECFWkiqzG1yI/22gh"
    "gB4dnt2zL6edHMlY/GW3TDSm06GGNTe6cKlwrHd1js5QdOeUeEx8d4oMXhWA1wGY8az9iU"
    "3RwSdeBeAkqALQ6YI0DKRhIA0DaVj79CogDQNpmBpdDaRhpyANA2kYSMM2JQ3T2W5BG2Jb"
    "UuqxYKY049JjvqLzyNfty8ZsMqGOS6QUHkkbpaN9l3B0+5wsV9zVaN4LZkoHnOv1VmjeGy"
    "nFLw4y8ByvoBj/ckg6dYNGycTZkBhUvuAHPw/hH6HD8sRuJV63hNbNSpre9pFKqE9svl7a"
    "Qil41n4nOarfG8sM4OdMXCOLxfUQGVH2QvYu/D8VivFv3GO0czevWGShjC28/HLFAsmmwa"
    "7PhLPVD/Wx5yTxspDeb5nj3OKzFZP7Y/Mma2BjqssOG73Y0+2rD3S2dOfTiJzwJm2l8j6r"
    "l/JUiToWhocdbXaYs83yx4T8kCesVh5SmqrbwlxGO7MHb39/eLjGUeVYYlRhW1OsyzTtyE"
    "DpBeA19/KdX6xFmYY9lYv0dIU4N9SCf8MV64VvWq5uWppDbFfUepc8Jm/BUOVw81MeBylv"
    "tx95d2KUhr5ENJaxbIluLDwoT/JNSMvHJhPPxHILj7SVym25n/J0a7LfjLRmOyVwenR4zs"
    "8PMLga8YY41OzkSxsWr+ou0zgMtXlooc0ik0pqh3MUPQyN2f+jJ2a0D+eniPzHo/MZMV1x"
    "NMIzmVIWcgfUEKCGADUEqCGKw91OihbUEKCGUKOrgRriFNQQoIYANQSoIUANAWoIUENkAw"
    "5qCFBDgBoC1BCghgA1RHbQADWE0mqIGbF1P1gSEU8ZqRzwG+bou/vAUfnFYLXVYNlyMAsi"
    "6fwIZ200kkISkkYqx/uHcPTdly914r3+uopDPJUbSiIDlYN8jquvOjavi5jjoU2lhCcpI5"
    "UDzfUQ/chTJaJti7ICktGOjVSP9l3kqRLRjghtiWBHNqrHOpdu394wYhmF6+3iYSQyUj3Y"
    "/cjT7W/NWeCGc30oGevQRPVIn/d759tbfaij9/nyKxl75uScjajiNN18vc/iVd1lep+RNh"
    "EW2jBpUknv8wX5DxNin+QTM3qfL6do6FFjzD4CiQ9IfEDiAxKfN6c7AIkPSHzU6Gog8TkF"
    "iQ9IfEDiAxIfkPiAxAckPtmAg8QHJD4g8QGJD0h8QOKTHTRA4qO0xGfIE8kLyvifW2yEw2"
    "aBGiJluBD1IbPcVDOPPpFRRaScXWk4Of/+/Tq1tzq/ul+I94+b88vwbLh4sMkO5EPi5mHh"
    "S8Lu5qLhm4x4yEBIBdyteqZQM7EWJXoMbLqY1qzvkzJuVZmfa+E5VPvZTIRVrPZjWtrY0r"
    "0ZkRWoJKxUnkg5l38Ru7p9kQqvJ1MY8fIyNMUhV7wGjdQLkCtA4x93Gp+QUrUFL9qp3Ib9"
    "o1LzD3VprhGro0m5+IbZFHtl0wl26DfMI1GoTMm/trtMnzLWnridRn1D9q+EZSWZygUST+"
    "6i4NlCrpJ0ICNXuThFtoXHThdRm9vwu4kyNSZxXyxbL9GwnKI5Np9Yb0PURPqsiwwyxDb/"
    "B8hbQN4C8haQt7SUcwd5C8hb1OhqIG85BXkLyFtA3gLyFpC3gLwF5C3ZgIO8BeQtIG8BeQ"
    "vIW0Dekh00QN6itLxFF0/0dLns8bSV0iFPebp9HjQgLHK2tWX6ioRVW4QV/YCZ2dFnW9NT"
    "sAW0ZKAjm7aE+VowXjtbi7GHHdkQByatiTAcBLZZadC1peN6w/NGZkSQVvx80orLM4e496"
    "w1zq/ZLzZfcSdfVpG9rrtMUkE0zGw0lxtpRsKqkpziEvEnIvFIlHhmRkVxeYqGlqU7XYRt"
    "l/3H5IOoI3QUcy7MhEogIJUAqQRIJd4cfwtSCZBKqNHVQCpxClIJkEqAVAKkEiCVAKkESC"
    "WyAQepBEglQCoBUgmQSoBUIjtogFRCaanEkzf2DM1hd6KPNKSsqkY+11jlF/CNO/xukHZY"
    "nQXLGLMYSfFzC2Yqx54vUNBF5KoSRy/NiTliHkqdnpK0UTne/YSfSgQbjl7asAzriZg0R7"
    "hSMn6HBioH+Fvo5PYD7B+6JoUBRxYqh/hH5OX2D2h78mZG3hxYuGmMDdQliL9FPjbDEKsj"
    "Qvkaa1UvsIFnbFaaEPsJFxb5KDHoLpOlPGqxhpetipi1Nk+bV9KnfEWxD0g4gdJeZIQqX0"
    "+R/xa9kaj0QU00ty0OkzufkTslyG+uDrIekX/uzdzwHOQGNXVmnsErdeVoWUDGAjKWxkYp"
    "kLE0y62DjOUUZCwgYwEZC8hYQMYCMpYWdS2QsdTAFEHGAjIWhQMOMhaQsYCMBWQsIGMBGU"
    "t20AAZi9IyFjjQBg60WRZxONCm3QfaQLmKjYRWxXIVcJINnGSzwY0PnGSzhjCqUW4lvVkX"
    "L1YTcgqpZrxo2K6GfBO6vY5mrIh06MZz2YQUwHE5SqHU990yYdBMXJlAIZeLgPybF4CBnT"
    "M0mrLPCXItZJkE+Xfm0h4sxD07czIjBmWdHPMzg+bsreNpFwlipItsz8H67h66n0aW1EH8"
    "143R8PXBpK7D79JFnBoIr+AVb0LkuovYWsgyfVkRi3OgMJpjkxjMMzLSHfYBdhF1EfmLmf"
    "gFc0bWnBLHvz9/2h7q29bc4qLsnYvLwdWvt4gvr/CHo132hEf2IHHbc0/30JX5TNiq0WaO"
    "+tFM6plyVEsgWgLRUt0lLIiW1FZSgGjpFERLIFoC0RKIlkC0BKKlFnWtHNESHeZ3qgrUoG"
    "+qNLTJtlF1utRxlS51XNyl8mhYEIeBOAzEYesXhzWF1yuoDSvJ9l0+fK+W+dtUMxepv8hH"
    "42o19Q3owQTkWgNcXgOs3JwyLPJ43cSISXOh+RLRV2TRFq76lopkzu1pvkrUR9eWObknfx"
    "XgfW9XgVS2aL/8531qvR52/52bs3/uptbs199vfw0vTwwXX66/n6tDnFyZY6pj17J71OQZ"
    "y50c8iRzTbeMQKHh1ZqeuHwpiRI9BCWekiZSeKL0mI7ERYI+EUnTePZOZ+sbzAZO9ELdKe"
    "KUxSvBtvGKXGxPiCsIjf942GatgH1oE2xQh80Rggl5MINro499/gPPMWV3/C+EbYLGxKbP"
    "ZJzOuf54wtmLD585rYLRlLqeT84IvwRVAunYwGwAswHMRjvhVmA2gNlQo6sBs3EKzAYwG8"
    "BsbIrZ8GxMJSu1RRZKQ2LRrqoWDrmRowWx68mFOrZQOtSDyE0VGCSR36bhl1zwsSzrY9G0"
    "LThakNKHzl7WAUXWyfh468m/UnvLdaT8+uiNZPuNjVqT9nsfudx8o+XYleZjV3XJoYVbNJ"
    "j62/O4BN+lj2jHL+uJ7v/Y7UhG/wtH737z0bu7EAOsM4yvv7hpBElq7suBZD/I2LZlII/e"
    "AXuZ6Go7vSIZPNm0yYxtOwOvQOSPVoj8UYsjr0Doj1cI/XF7Q//7liNfN+otjThfVa6Bk6"
    "258BEEnzYntpOXxdon9ogUrdqzxm2J/peA19z5r/XpDT5JhD2gbLWQstWkKM4Ca6X3Tv2A"
    "pO4FPktto9Zb1r34NWTfwVfLJnRi9gKhTXL1vxDuQCUQ/M7kz2z1G/g7bHzhp3EntfFLRN"
    "YXtUkWIB8GFmPe5eD+7uoLeynbUXlc47ll59fQD7/qlmk6jMRFS5UciTsuJMLahH3jikRR"
    "nYzwTGg2rBfioJ3r3tNVv8s2YOYT7qLrfv8CPXiH+4cnu91Y1TEmeGxQk+yhIJucOqE04/"
    "TBPCdsmECe6VKDJ7Oy79jY7H5GF1SnNp2hlykxxUdo+Cp8cAkXrrlddE9sA8+G2E1c4+e0"
    "UncPnT2YgeOm5fpfzrHjCo+CW/CHTelkarD/s+YuUm6fiT32CChAQAFSd6gDBYjatDQoQE"
    "5BAQIKEFCAgAIEFCCgAGlR18pOYz9NelTB7qxaXlqltLSSrLTsgao2ZbtNmeEsYaJ0tPux"
    "nwqUOvO3qfmjWAGPHpu0JQ8t9njdeWhhxTcBJEhFcdGwXaXieqHbm6l4WHe8ja2brDPO4a"
    "WOZCAHkafbz7uGTD+5Jcy6Mv1SA4n35MmSHimbWuhTU6OGcFQJfsONXFmR1fCv8GG19kW5"
    "KoeRamJKMReLrFIOg5FDPBUzGXnE13JKI3gEGmMTFbFI4UVdFKWjWjZyvGHi349p7uMXxy"
    "c83l30z9COY3n2iDj8NGB+FXPeMwiKHrG792A+mOnam2iKHfSnQZ6J8adIW2UP+ZO1N0//"
    "E33t7aFzy52iR8swrBf0aFsz//G89srOh739A/a/KGGVu/75wQw+3jvk3+GU69T9jJJf7+"
    "3vi2uyPxG7u13kWPxpr8n82QdzSmwWXpM5bCPe08Zd4TZ3S7iNZp4T1CEN4+Cwty3yef0i"
    "qP5lzGudzF1OtHAahv+k0wcTs8eMpmh/72AfjbDJ6RofaGRemuQFiVbgVzudW7yPIFH31C"
    "HGI9p56IxeRwYdoUcd2eSROcoGBuehU5jE+69YvMuf3/k3cDrA6QCnk7FsFdAMnE6GnQFO"
    "BzidTbwD4HQy7AxwOsDpAKdTr2tlpzFIyEssC9eRkKdLcjV6G4iaXk2WZv1sGK9wKRPe8H"
    "qlw3sbOKlE8rlASuqyDpGxyvPtdejk9otfinrEAq6RHTNiK5VDLWoYX4Webn/4mOOJl410"
    "Sa3M0KAtuSt95m/DlTIzFEMxCp7A95JFN9Jv4zww/dq7IzxzORd+Kim7qMigvt6Mir83SS"
    "CccSa7IPch+q5bRhng5FVLqYLkPVP0wL04dYu1YOtRnANmE52Y7Ds0ZC3BfMJ+ScsUmL5z"
    "0T/b3YsrU3aRw/4UiLnDmsGcXYJt8mCG5SkFxM/x8LiWpW29OGgnLEj5mdmRAnahAOUGUB"
    "tAbQC1AdRWGg4AUBtAbTW6GoDaAGo339UA1AZQ+42A2qhoA9UIuq2FuzJpyCppqDQgK2Cr"
    "u4S320eu3mz51R+Rm0rA39tDCBsDppqHCCsWciqJ8nrLONXLbtjvSEY6LuO0vXBzNEwq0q"
    "FBWxDvAYf7thhfH2SsVyMra9yaqAfY6rZqZDnesGZ9rBxLpVd8A29YqKffSt5IMoDZuL+h"
    "mljyka+aS5LTBqUzSvKKUnImYzVCLZqyklsMRd5HuCCX3P5shVLLxjGHW8sNdjHJFr9nOb"
    "otXoYUEm/fTU68vc544a6dQf/brs+T4YiB20NDz+BcWpCJEnJr3hy5luDTZpbpTpOZLJ95"
    "eovg3rhBGUEX5PxEbN8OHA4HjBswbsC4tZsGAMYNGDc1uhowbqfAuAHjBozb5hi36Hz77H"
    "su4tsik7YUT4o9XnetH7G5ykavnLGMjFQueHIeOtkoTwlsWTNsmUkNLEfkRBat4ctuucdb"
    "ZBhMSxt6upsT5pK0p4SN0u351tpD59zTd4P+tzrNev2FAENSxmGLvvxhuRKnkzRvG6vj7I"
    "35a+GA35VJt0byhDCnHMGzYKU0uVMT0t4ww5OEl1dkd94+jdBd4HYWmp9SlcJEedtr/IrN"
    "fEIi9X23jIsQ5Xw1I3HpUhoirK0bmSycfMIGzmc6IpkKYPHZJryxjbGN5iR4MNphQ/GMmP"
    "2z23/cnaOD9+8O9w+O0ciazdkKhL24z6jPFtu3D+aItbuJZVPi8Pv7VmM8sSk65jb7wDQA"
    "0wBMAzAN7YQ/gWkApkGNrgZMAzANzXc1YBp+GqZhuwWANrHaFuV/ivZFVfrTQaUOdVDSow"
    "6yXUoPNkz5sV5eCShp3+AJBLeW+Q9+rMj/o2EwZdJ+Ej5vvzYQF4W/YjtfZlt+GMGCqcpz"
    "ST/tqnrHEcxtyyFjL6dQzZJ3kLBT+QUMqOOSWRfdEB2b1JkRUcG9n/BevXfyhM2JjrUXrL"
    "uexoajnFGqnDrNvYHSSPE34TH6g3uMdrjLSOcVjyoi82vkVoeUTVXZgJdwfpFFWxK3zrnD"
    "7+5ZkB+3SPyxEUSyMFxsofKI0xdeKrfiGWMH29rU072c46vKx/oFU5WDf8FdRb+Frqoxtt"
    "cqIWeTCZ+6VqwgdxfcJdEaFRnxpfpHYZJLitnWc1q2TLAG+uyOOHOL/dC3F6nNpgOlW1lu"
    "MlCmIZalAvkXyzFw4SMKSbjvouYee1eOy4994TSc4M8Qu5G+h7hYw3+yzbOJqIP8N4vYfk"
    "McP+Nn9XiTCbsBTwDiNxiypb3zYIqlFjdJFeLjFwQ/4RcH+asy5F+682LZOqdpx/jV2f0s"
    "cpF8zxyXGga6YPOnzZYNyLIfzAsqltsOmmN+Ko7LH2Q9E3vskQpH05iWFv8sOKMGKD+g/I"
    "DyUxwsBcoPKD81uhpQfqdA+QHlB5QflPNryRk16f1O9ZV2xk7p2PLd6l3K3ebX3pAXt1pe"
    "nElz8O9bqhflFtXHvhtrlVc91Ccza2rVQ75PqgDfi6N1Avc+yTtRSZvHHskIK5J2akedSy"
    "xWCXulgp4HJRU9D7IlPR0Xu15OvaZqAovYukF5RQi6yRJqg8hZ6chXCnxJ3DNhF4CkT/3K"
    "jMsLZiuOzU1l33KnfdJ4E8NzMFdpDltSO3mJoEunuaRpO0IazHZoEDu+7rDOietNcMHIUK"
    "T4iUxU3kb2YzflB4JqI0HZUJBVubGdoM1eqFyueNpK5Xj3Up4qkTLOPMRyCZ0JC5UrHVwQ"
    "p+opjmveZQQMmlxU00ZK7+TklCKbzY0dk7x6ytJ5sWFjaVvTrZoFm+izBRmwOQ14DXFdzG"
    "BtYwuuGuN0D1Yq0TglFMkROywKSYqVDo4+0+zUpRVkDsHlaNC7WQy50Dg8UsMgY/41EpIC"
    "ZmhiapPFfGKRG/xh9zQoTxrc1v3FQXPbYjchUT3UTw/sTTgvxHa6iODRFB2gHZeOsY6GmO"
    "q7vEjqMdpx+FTs+h9BwjGoD+qOQKA+UJsSBfXBKagPQH0A6gNQH4D6ANQHLepaeeqDn4fC"
    "RQPPfiYbwbT9glE6MfCMFoCtyzmvzE2UJh39gle92FtpyLsK4F0Md2fWBw7Nga7KZTShjd"
    "L44A/mJNtucy1N8+mQc2KO6ZjqRRTC8ladvoPSTbqfcnX7XO6ciCTYVWKfuIHioU94uv3I"
    "ewfSQ8mB+gPJAZKuR7DOqtWH0jE9VD+mhyhTYqBbo8bAOuN8JB3nI/XjfBQUB2Bj9KuvTd"
    "hGEz6WDu2x+qE9RomKAM3H9L10TN+rH9P3KKgDMGAhoI9sTeFQ5C+Z+8SowfiuJdQn0qE+"
    "UT/UJ6hnzebEJSYLMQ+u7rDoNh/cD9LB/aB+cD/wJQNlMfW2GdqP0qH9qH5oP/K5TKiX+G"
    "qBrWXx2MNmFw14fW2xhLjBjld9M7LGeH+Sjvcn9eP9yY8sDlZnvFLINhqzk197vrwES2Sk"
    "Mo49kC43nwuhbqKkFmjImtOQgdzpjcmdwlPC+2Q2JPaYOZpf4yX3um6Z/Ck6JXy+aLJUBh"
    "U+DC0+beHcBX5namI+sc5FBaApP5LZRo7l0ODM5j305M0MPGVeOMR2MS+vwlVPpsfvzE9U"
    "4MczzHnj4xVZdq6PdrsPpk7mbnBANKc70MuUXfDMrzcJvwMej8m4i0bseSyq/JEBOQbSKJ"
    "BG1R2tQBqltl4DpFGnII0CaRRIo0AaBdIokEa1qGtlp7HtnsWwobcpSgWEe6c6XeqwUqLq"
    "YUmi6mE2UfVnUqGt3JFy5GeGpefWuilurLGF0s31OnJTiXbq4AL0tjjQCROVJ9pB7KYSkU"
    "4jMhLb8qxhc7vzfcmgfxO+on7sa/Pb9OLTcEuOPEgateX05/A83C0eeVBWj6Gc/3m7NRma"
    "ZoKgQMPahxCTdStHYOVygc3YqRze28hZJUg2KNSwgUINZuodrxjadINRI8CyjbhqmDM9OR"
    "Vs5g26/XF9XcZfpjIOoiJs6Vcgc5ZHP7hLP6T/FNrUyG2/i97BRk/0SDSUHKI33YyK6d10"
    "f1rO6RY3z84ZcuYE68RGj5Ydk7r+kRwxldtFnuNhw3iND+DQ8dCbs5fOj+D43r9AO9fHUJ"
    "0CKFigYIGCbScvBBQsULBqdDWgYE+BggUKFihYoGAlKdg6PWkjVdqHdIyZBxIxji2UjvK5"
    "cBP1CJ4a1VNFNx9w3TJdLHXscWyh8jTRE16iHZeNsXPLfEdmmBpV61VsvhQ2FXidQ+UQ6g"
    "UrlfHpq8BVJdBpmnBmRRg1+bvaGOmqEOpCU5NOAEmyjDG8WB9ALUrmUOMdrAvI3iiImsWg"
    "c7DUXKC6GFIN0XFtnrp+KbQaPgZFzxFpkF+xQw3q5mhsROqM7VgiWebHTe8GuVO247bJiI"
    "gDjhN5NY/RTfi1Q2y6Hrs1NRFGYVsUSTOAugLqWncFCKir2lAQoK6Aui5b2APqCqgroK6A"
    "ugLqqlLXAtS1eRCwuYNfm9qPX/VqBXft573qLBQTyy7IhVleMTVp3+DJozdYlOXUg0W0DO"
    "6acFi+bVdq2iUtO5O2IUpYew6eSo0gC2Yqt3S/ht8P7ira4biIOhj3kJiuV0AtLG/5sXWD"
    "7T6FeknRO5G322/0kFKwdgwlKgwkFdYFK6Urdknm4G6WrymmDKT5mpq8gZphr0reLDS8FH"
    "nz5Wzw5ezispMZMtYQbEjf2E5FtB+OZ2AzsWjLIXYy13TLeB1PXK3N0pcvpXX8h6CF5eMC"
    "jWNbbIeIjVgSP/eGBh35hI6QyJMR2x1xmuYRjwSV4xJHSOvn2HHYXy2Tlzlj3/sC+ve7ew"
    "+mf+g9v84mCEdPOUUX1PWppgfv8ODTof9vz9E5CxTdZTfxrcgmndPwk+DocWCLgC2qOzEA"
    "W6Q2hA1s0SmwRcAWAVsEbBGwRcAWtahrZacxqN21Wu2uOeuFfPcnMzIlbZRm3foJR6WB2k"
    "rD0kHJuHSQswaww4Oj0rEuL78TWykd7R/CTeSDAquPRJsovxN0fW0cgQI1Bo4F6xXHkIYm"
    "iPAQ2ouU7+seTQIwRb6JpwxVXuvcJx1Vr4E7AhbLH8yXk3CxdYMkXAjYdSTfxCByFjg4BU"
    "D1dSNT1pxd4z15sixcxk7l8HJA+14421yQoaxXs2W94ga5htCql48m24SrBjnTj5Wi4C6f"
    "seFhh57Nh+Oghy0QcAtXdMvoNxJcq+H44qXkW/gAdNY/vyCZibBzPyVIEGu/OCh8AD9NCC"
    "ObtTFRIzMw5XlT/hlDNgdyOFPWJ/aMmGM8sSk63H93uH/wcbeLXqg75ZTdgzkkbI3/hMPT"
    "id4jPy/7syD0XMtlK03qoDGb2J/JeA/9xnO0xLFEEVMHBBsQbHXXjECwqY36A8F2CgQbEG"
    "xAsAHBBgQbEGwt6lp5BNvUy1kQlh/IHRkpLYK+516is8RpEo0exS3STupCtZFxg0htYqMp"
    "m7JSZ9iqlPpWkvmWTXwLCRy3oMT3cuontmwXdYxSKPtGWB9DC1GGOoFN2raLUbtMeL7uyJ"
    "qWppO553qO3LFPi3YqL25urT3UC51FXzhiVYvU2UxOm4C5NB/d0g6y76DkmKI847YcVxTU"
    "L+wT85XwEPMZ0j/tnI0ipitAQg6sb/E4o4XwHq7ybg5b+W4MrLMuE7yXIfvMM5V7LUervJ"
    "ajVr6WsMJZj8T5NMq9l+NV3stxS99LmBGYyFhS7LW8X+W1vG/lazH5OopLxjghdU44NYW7"
    "6ALbHnNSlAm8ISanXPUtviZBaWlBvKXeUcayLS/oXrB45wHRt73QTzl3WHebHBmrvAL22V"
    "G5fcSmt8ojNmflpmSX6/gSZipH/Ivv5vr2bm/ksMjGeItGZWXKKJ7UC2/bU+Gj1bb4ybkF"
    "jpMXdMuLGweXamGrqFLYOFzt58VcVDEOLxAHx7FFzgvmOMczdagr0toRf1pXyGgeWTtgln"
    "7yu1DSsA/YuodPwZ6fLM8vRtYLcR7M4SszHrJxzEEvWHe9z+yfaQPTcsN8dp5L74qHJCy4"
    "Isd6Zqtij6CdUJgDhZJBmVN7sAJljtpyAVDmnIIyB5Q5oMwBZQ4oc0CZ06KulafMgdT3lW"
    "QL1jyvEHLxsBQZKJ2GfR96KQ8iVkMRy2DELHBOZrmZT0vSgSMrlQf/+8hL9bBDHwjQfCBA"
    "OvyLxkq/BR/yuI6cVe9lCMhFE5CLzGi9YNYOWdS5gJf+EPDSel9NzhDewnT3c8Iez+V4Ij"
    "Z+F6MdySDXz30/fF9ljH9fPMS/337uu3owOrAUwFKUshQ2W8bq2C1mKZIXdMtZiuBSKZYi"
    "sCliKXpkjg3sa2EETxFeL+iGVDbwx2OeDfwePWE+PZmf0Y8f6IR/dIyc0dSyDHZTZHsGcY"
    "BIACIBiAQgEtqJbgKRAESCGl0NiIRTIBKASAAiAU5chBMXlQmvKkcuBvvQuhhgwlzpeH+L"
    "/ZSN+VGVBn1U3J6Pss3Z0hwp5iwyUHkK5omog3qtehO5p+7EyI1yCbsbWbSDKggzqKsGXY"
    "4bmGEHa0H31hxfBSsTzSL7dsT2hnmPgkEj1ABvIspzYo7pmOZW0q42AqfvoPIA0Y88RffM"
    "HX1K7TqjxccKY8XHwpHiY/6htzox8IzWnwYXb6L2ZChOwe3F3koP2FWG6+LBGiiwnAADBQ"
    "YUWDEFdk5s6uKzEbbx79igY550l0OE5V3WLaPDhsJAw9xCe06aLGXF/Gch8TAUPq3g+ApR"
    "TTfBkv3iIP/JSDzZP8zSfzw/vDLM1GGX+UdrokfLRpZJkKiMhWw/zRntXB92H8w48wY9eT"
    "MDT7XgPM4xDX8RGlkeawk5N7Ye/Ye/Emz7f5viZ+IfnTl+MAOf2E/uiqyiR8swrBdeEZjY"
    "r2g0ZUswXrCX33gGfB3wdXUHP+Dr1CYRgK87Bb4O+Drg64CvA74O+LoWda28xB+2h9CCPU"
    "T2bVcozZs0Vhp/8Ev03sXeNlqhFzKsVi1fOrNsOZ4oMFAafrzlXqIkfKAMaaQLiELLR8uK"
    "475gpnT0EyhMrbBvgt8vgm0kdu1lt2huiN6XfBnfhNcBaIYuUl5vYWf/MxQtW329A7XKgA"
    "JpYXjbToHceA5bdvM6zZ0c5iPxbbeM8Jilr1vKcqTvu5D3E98M6UQcFojNUzRlPwcRbBuv"
    "iJo+sXArCAzOPtz1+hecdPA//u+DhewgkQr0YbeLHOvBFCXMUoTHyJoRB+FHl/h3E3ehLi"
    "9Exp8KDAQwEHXHHmAg1IZFgYEABiLnXQMDAQwEMBDAQAADoWzXAgYCGIiWMhAumc3zxqOS"
    "Im+RhdIo+H3kphJl3gL0mt2J2G7OiLAM9k4Y1hoNGhrwA7i7H3vb/ObRtFyPvUxZkDthpv"
    "Kq5tZ38508u9YE4p1BZ7eDJPp0SzmemLmmW4YqBrSTLLgY8D6lGGOsU/aPOoiQxAT4uENM"
    "l9hkzPHG64NupKT2Pzjc3UNXroP8em1oZj3z4w/Y+pfdmSfjPHiHB58OE+wT6mH2pPhzh8"
    "z5WV8UveOF1ywD60ILbVrI4ggjesGvn9HL1EIz/Cpuj6gr5NI+hGmTkWXzgxl8sTVBKVG1"
    "TbiT4gdZY9Z2UfT7Ac0ENLPukgDQTLUhFkAzAc1cttIGNBPQTEAzAc0ENFOlrgVo5tbQTP"
    "+cYpkBLLZQGo07j9xURAU8ocVFkYokwLGN0rHuJRyVr35erfx5Wf3zTAF0BzvYlgt2wkTl"
    "SXkQu6lEpA1LzxVVFwc6tlC6TV9HbiqB5j/z+JGcdY9/RnkBTBIZrXzCeVNh/z1yeT3Hmh"
    "9LHGvuYDf3YJyyQcNd5VCcpoI6iNzcfqG6ObF1avMjfYcUv+as7W4sMxBOZ8KdY9uaht0P"
    "fUfn3He0czffXV8z/yjRzD3b4/XT5ja1OKGTc1ZL+fI6z17pFfYP4TDqJx1uWDLAtnH548"
    "ryOmCRcYMn4kQZAHL7GN9P+fV2peV2yWo7M5C37wyiiDqTDfsK5w5VW6aUrFIyAE1E92kh"
    "alR1Js0xVXkZniA21cHHApmRVpzquFSipJXkOCpaVjMsWfq7VJ6jnGYpSEcsiWyldMay6C"
    "rVvIO8xvXFFBIcFU5wTMbUmo+1OTF5n/LMifaEX/BQLsYld1BZR/a9f4H6kdvoG3e7uVcA"
    "OabLRpU15Jgua+driLJ/hT9gtr1dVw18SYdXKtn3yny07BmbzfjZe67HUdQckV7OVd0ymR"
    "4Nr9fmKYOlQr3oQWjMN6dJ45Rc75a8oOAh3JQfBoiRTSae4f/bJiNCn8kYPdrWDHFZn+c6"
    "dMzrjdruK9q5/rC7h/6YEi6Kc9ELdoJCpMgyH3jNZi6TG02pMUbiN/HG8opnc0zZrXQiin"
    "p8Doqg+mJBrtPjRo/UdlzEF4NCcTcmduwGdUFpB0q7uvMJKO3Ulv+A0u4UlHagtAOlHSjt"
    "QGkHSrsWda3sNCaOmalLlUTGDTIl0b5Jlin5FjorTVBV0c0cFMtmDjKqmYarcDaWKBg4qY"
    "TiDvK0V+M8nryxlxO94jYaGSithfkWeqmEfI4/X8eOfIHMlKHKg8Jd0lH1OKQg2T0fZC/X"
    "wSyYqlsR9oI6AtDTfURvh3tcUXu0/roZHCoO8cUaY/Oiebs46iS22uf1CqoeiCw3dDvebE"
    "hsOdouZaM0OToQnirBzTmRK83xRiqGuSpVlGpk0uRQ6ojT4jHkPDD+2rsjPkdSHPdEh0zt"
    "KxR5B5FP7wr5IbkX8vcmCbbcYOZQbEVBLybZEu9boymTpTRbDp2Vodju+Rl97Pvo1pxki+"
    "i8NGfGT+bjpwbySdQ/v+9lSkxOs/3ioD/H8VSr6eTPXWDBgAWrO14AC6Y2NA8s2CmwYMCC"
    "AQsGLBiwYMCCtahrZaexn4ksSKJQm0CfdNb02bZpIlvsIGml8jjVizxFO+Kk+cTutCqsun"
    "lmAZIj1r/NibW+cvvyBTOlo1sbctow1JqCfVZGW/M03m1/AVVB2MXmmMJhv5wNvpxdXHYy"
    "Y8kawg4pKFvKfODHgTGvMTbZcgZ3ciHZ1BXdcjA2vFYbhxdXgGFDIxQ+YaEosU3Y23ZcUY"
    "uY3zfIZ0DneEL9YsU86WBA3DFGPTz05qwFmejam+EnUa/4+mR3D52ZiMzm7isasjs46AXr"
    "rvdgDol/yNnBPnqxbJ2XDR7j1+ShZ8HDP4vUCt8P0+KYsPMiiiAPX/llJj8UzXom9tgjgO"
    "wCslt3sAJkV224CZBdQHZz3jUgu4DsArILyC4gu8p2rew01rDUvqmRU2jt0cBjrqB4b1Wn"
    "d4H4XkHxPbvVKFfctlQVPsoXxqrVeu98P3OhADV04a735PEih0RUtcByXEauscoT9L1wmB"
    "NDCYeVoDEEjqMJHEdmMFkwa4dK/FxgVn+ETq/94MVAQT+mrGF601rl4ZK27QhqSHpeJDxf"
    "u96+jfUmXWLTmXSVz/rlJtdf5pMGonlZNi5lpTQZ1ydiYYd2AhBcoN9yqTub4+PijIW3l/"
    "ywSuCr83CphqgcY2SxV+XzQYIpK2CNFq7qLmOO/OsFcxSlzlWjj3xLsWbMl/GfBfWpHN2v"
    "aqWTEZ6JOpYRp8T+5H+nroMePeORGjNiumjn+uPu5wUT/4RJh1/6YLqseWEdGdh88tw95A"
    "+CxBF1rzCa2xbbtWIDKCGghOqOUUAJqY1TAyV0CpQQUEJACQElBJQQUEIt6lo/t9h/E3AX"
    "28axpiNVGyhhojQx0Y/9VAL+FgXWIpll1WinrZQOuCjKJsEDLVZmqwQqlkwEBznHqIjNvu"
    "Zv9mUZuIyxypPwvQ9rXEfOKsjDBcSDwyZZB9fiLBKm7aIsBrHjwFi8CcYCkrI2zktArko1"
    "9kHVXJXfWSd/pPzs3dIaQnmXdcu4h+fIQLaCUPwolK49m+QerhIndGCfh3C84Yy6TlewDf"
    "7jR/4FfjZJTDb4dYRcC71MxdkZi6d07Fx/2t1DHOhInQTyaHnMTJzRxRNT4hJFOyEjAfWH"
    "gJIASgIoiXbipEBJACWhRlcDSiJDLgAlAZQEUBL1uhZQEuvGs0qqgxQPTSkjpVHywn3n1o"
    "iJKXOmgAFajh9GxipPB79xJ1G8+a+FIJ5UQRAXB54EgniyGPfgJHFZWiJhpnLMv8RuqktF"
    "wAEGGysdB/j4+rGRdElyyejm2ap8inv6qBMgJBRoz+sjJIpb9Rriq97J7XXacuVg53VspX"
    "igG8x+6V/3Qcgz/E/y624Z7zPjF+qOxj4gRjXC555fil55VTHHG/Njz6lOTDb7BfdCU6wj"
    "rDsks1HtnAWHqHN6R1z9F8IGh4Rekc72fs4eCq+wyYQ6riguZmBehow6aEYdhxcn44e1d5"
    "FjiduYbFH3wBun7f7DmyOHED8rBQUNCdl0MuX5LJaNyDOxX5FtsftbrLX7vJLJP0V4wpoD"
    "2uF3xOMZNX9xEBnz27A7vwJPpCJPFDXZqhvayGA9m9lNBNfvXHX2UifHFfZSJ8eFeyn+1e"
    "LKSHRrzSFPWJeG2BaNWwVo++NZ5PubxbWLKKTMem07k9ydlT+7ic9LpzV+OpFZbTrjZWRN"
    "FBajyJmy/PnCr69pPT5SPnGQvcke+mXg4kc0ILpD2c7PwGxKZHf6MfNmv+yhKzZ36Kxhij"
    "nGISMhSXDwK3qZ0tH0wQymJX7TPnEx4odxsftM6DPh8xcXQQQNFiYfBScfMzibsOrcE16v"
    "8NRzy1xEfVK9onVq/vlYhd/5WMzvfMzwO207eruuvLtOtI+qRPuoONpHmWg7fBirG+3IWG"
    "X01B+oWYf20MAbDvGkTuCPqwT+uDjwxyLwEvNrKq9E7ICYe9n3JHOqI58++9HNFOoOEoNP"
    "0U4+Tck7xF4xVj8cotKAsY4IbXrFlmhaBWu3dOMrXsVNsa5FQMLyldzNIv5wKk6pNNFfSG"
    "z92J9YzxGnfjcJculIJ2M0IoYRrvV8gIIFbUodfxE4Y8u3seV/gP0VHT/xkv9T+Fy0UvtX"
    "xw5WrDHMwh35NyzhfmL8YGNclDIIAi5cUuQHGK+yimgqvmc5Q8h20mX4oCJHWCUslKYDZX"
    "Yhm6WnwoF7RfokRCzaF9+qlEmiaeWfmLMdCEms33KWIeG6rvRQ7QgRqnSOtrgazbGZHX47"
    "Z3wl4rDFwsvUQoY1cRA1xXEs38U52pYtSnZxkmMoslYSp2gD/KPg2oHvLMTfJWa3pI36MF"
    "A+HLodpS8Hz8T9dTyXBd2Sdg2m43bqRP06dlV6dXFYaXlxWLK+OMzEHesufczZP1tsrMdm"
    "0RousFkI9pAZbSraYbOXWsUFbq6k0Tr//v06ReOcXy0q5X7cnF+ywIuws4uoPytmdUg8Pf"
    "HFYtPdFDtTmUaeMVR69fwbcxL1eK3JATbH6gh2Z57jaqMpNidECyMq2fKLbqF2R/gDP9Eh"
    "+hWbLpV+L830DAOzuLI1Ey3QkxaT0GnL9uR5XHOX0T3zRJ9Se+V3oRLjXCnd4xFTQ6TnuP"
    "y0whwEt3D9mmPZ3EZ3X/I1/4q5Zvg6bJ/Na18Ni4Oemsf6fkFuTUnfWrBtT+9i/Ur3zBFl"
    "Ix3X+P183QvSwX8mLc92EwiaEgNvLX8AQFgAYTce31VB2IIkgUZTL5QbCdaXebEdaPvMG1"
    "P30nTt104OwJ34tlsGc2N+Hd8kVcK5iwHY5Qj1v2ICdYht6vCY/lsKtj6nk58Fuf50eHh0"
    "9OFw/+jk4/vjDx/ef9yPxtTsV2WD6/nVr3x8Ta04luPbJSeKFa8OK50ntr6F4TrAbonTxN"
    "7wsjBJdVWGHRM2m0Ic1/GG1WIyihURy0WWb1odUYm+KGEvsuRFw/KexjLNlVH3RJN4JsaF"
    "k3TSROXt5Dn3czv7SYewF+zNskH9Nvh+mx/VhMnizEtHLvr/yKCOQsEdxO6uhLvxgKQm2E"
    "wVi8WCFQszJ7/BYhULh4icVrnwRybtCH/krnrh14lhzeZWTrph8bidtNnQ0L2OhUgvcBPt"
    "UPaH/Y4zFMSoelplOvvjsEr2x2Fx9sfh4liusz2tjc2J3EHOaSuVp81eylP5dWC1hWDZSl"
    "A272OjyAGx6WjayUMN/G+6pYhBfM0m4QIQtDUpaCssulzc+4urLiu1Jake4s2rTHinkohw"
    "cPkbjO5BpRH1oGREPdjP7PjYE11i5pCaxWu3hMlKazfVot3Eum2rk9nf/wf9tV1w"
)
