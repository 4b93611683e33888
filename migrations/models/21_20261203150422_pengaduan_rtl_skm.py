"""Migration 21_20261203150422_pengaduan_rtl_skm: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "rencana_tindak_lanjut_skm" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "periode" VARCHAR(15) NOT NULL /* Periode SKM */,
    "unsur" VARCHAR(60) /* Prioritas Unsur */,
    "kegiatan" TEXT NOT NULL /* Program\/Kegiatan */,
    "penanggung_jawab" VARCHAR(150) NOT NULL /* Penanggung Jawab */,
    "batas_waktu" DATE NOT NULL /* Waktu (Batas Waktu) */,
    "realisasi" TEXT /* Realisasi */,
    "status" VARCHAR(20) NOT NULL /* Status */
) /* Rencana Tindak Lanjut SKM */;
CREATE TABLE IF NOT EXISTS "pengaduan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal Diterima */,
    "kanal" VARCHAR(20) NOT NULL /* Kanal Pengaduan */,
    "nama_pelapor" VARCHAR(120) /* Nama Pelapor */,
    "kontak_pelapor" VARCHAR(100) /* Kontak Pelapor */,
    "nomor_tiket" VARCHAR(30) /* Nomor Tiket LAPOR! */,
    "perihal" VARCHAR(255) NOT NULL /* Perihal */,
    "uraian" TEXT NOT NULL /* Uraian Pengaduan */,
    "tindak_lanjut" TEXT /* Tindak Lanjut */,
    "batas_waktu" DATE /* Batas Waktu */,
    "jawaban" TEXT /* Jawaban kepada Pelapor */,
    "tanggal_jawaban" DATE /* Tanggal Jawaban */,
    "status" VARCHAR(25) NOT NULL /* Status */,
    "lampiran" JSON /* Lampiran */,
    "layanan_id" INT REFERENCES "jenis_layanan" ("id") ON DELETE RESTRICT /* Layanan */
) /* Register Pengaduan */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "rencana_tindak_lanjut_skm" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "periode" VARCHAR(15) NOT NULL,
    "unsur" VARCHAR(60),
    "kegiatan" TEXT NOT NULL,
    "penanggung_jawab" VARCHAR(150) NOT NULL,
    "batas_waktu" DATE NOT NULL,
    "realisasi" TEXT,
    "status" VARCHAR(20) NOT NULL
);
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."version" IS 'Versi';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."tahun" IS 'Tahun';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."periode" IS 'Periode SKM';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."unsur" IS 'Prioritas Unsur';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."kegiatan" IS 'Program/Kegiatan';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."penanggung_jawab" IS 'Penanggung Jawab';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."batas_waktu" IS 'Waktu (Batas Waktu)';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."realisasi" IS 'Realisasi';
COMMENT ON COLUMN "rencana_tindak_lanjut_skm"."status" IS 'Status';
COMMENT ON TABLE "rencana_tindak_lanjut_skm" IS 'Rencana Tindak Lanjut SKM';
CREATE TABLE IF NOT EXISTS "pengaduan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "kanal" VARCHAR(20) NOT NULL,
    "nama_pelapor" VARCHAR(120),
    "kontak_pelapor" VARCHAR(100),
    "nomor_tiket" VARCHAR(30),
    "perihal" VARCHAR(255) NOT NULL,
    "uraian" TEXT NOT NULL,
    "tindak_lanjut" TEXT,
    "batas_waktu" DATE,
    "jawaban" TEXT,
    "tanggal_jawaban" DATE,
    "status" VARCHAR(25) NOT NULL,
    "lampiran" JSONB,
    "layanan_id" INT REFERENCES "jenis_layanan" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "pengaduan"."version" IS 'Versi';
COMMENT ON COLUMN "pengaduan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "pengaduan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "pengaduan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "pengaduan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "pengaduan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "pengaduan"."tanggal" IS 'Tanggal Diterima';
COMMENT ON COLUMN "pengaduan"."kanal" IS 'Kanal Pengaduan';
COMMENT ON COLUMN "pengaduan"."nama_pelapor" IS 'Nama Pelapor';
COMMENT ON COLUMN "pengaduan"."kontak_pelapor" IS 'Kontak Pelapor';
COMMENT ON COLUMN "pengaduan"."nomor_tiket" IS 'Nomor Tiket LAPOR!';
COMMENT ON COLUMN "pengaduan"."perihal" IS 'Perihal';
COMMENT ON COLUMN "pengaduan"."uraian" IS 'Uraian Pengaduan';
COMMENT ON COLUMN "pengaduan"."tindak_lanjut" IS 'Tindak Lanjut';
COMMENT ON COLUMN "pengaduan"."batas_waktu" IS 'Batas Waktu';
COMMENT ON COLUMN "pengaduan"."jawaban" IS 'Jawaban kepada Pelapor';
COMMENT ON COLUMN "pengaduan"."tanggal_jawaban" IS 'Tanggal Jawaban';
COMMENT ON COLUMN "pengaduan"."status" IS 'Status';
COMMENT ON COLUMN "pengaduan"."lampiran" IS 'Lampiran';
COMMENT ON COLUMN "pengaduan"."layanan_id" IS 'Layanan';
COMMENT ON TABLE "pengaduan" IS 'Register Pengaduan';
""",
}

DOWNGRADE = {
    'sqlite': """
DROP TABLE IF EXISTS "rencana_tindak_lanjut_skm";
DROP TABLE IF EXISTS "pengaduan";
""",
    'postgres': """
DROP TABLE IF EXISTS "pengaduan";
DROP TABLE IF EXISTS "rencana_tindak_lanjut_skm";
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
    "eJzsvQtz27iyLvpXcH1rV+y6it9xMs6tW2XHmRlHjqOynbX2PkurtCERlmhSIBcf8Xifs/"
    "77RQN8ig8RtB5ggqqZ2JbQYLPx7u/rxv/emTsGsf39rzjwzL8e8NgmO+fof+9QPIdfyr7u"
    "oR3suumX8EEQCe7MoaDlj9gHxOZFx37g4UnAvnzEtk/YRwbxJ57pBqZDQeQBiqIXTKfIDw"
    "08Q4ZpEYptFNWFZthC2PIJf5LhTFiFJp2C6AXiD0bBjIjSfyFsewQbL8iizrO/j+ISHpma"
    "fkA8YiAbs5/I9NHc9H1WEZqxj3vId3g1lPwVDKkfYC94G7rIJ8TwkRn4yCCPOLQD5JnTGf"
    "vz0fEQ+UG8F+Q5rH6HTlgdmBqsAvYpwlNsUrQLNWJjbtI3PiIGVMNqftnbhzcJqfmvkIwC"
    "Z0pYMY+9zz/+yT42qUH+Yu8a/elao0eT2EauVUwDKuCfj4IXl392TYPfeUEw0ng0cexwTt"
    "PC7kswc2hS2qQBfDollHjMHlB94IXQOjS07ag14wYTmqZFhIoZmcg27AOQFgqkn+2MRrff"
    "Hkb3nx9Go51C+8cSmXaNPpo4FPoOU9Xnbz8FFd4eH52+P/1wcnb6gRXhaiafvP+3eHRqGC"
    "HIzXP7sPNv/j0OsCjBbZwaNemyebt+mmGv3LCJwIJtmdKLto0tuWnjisG1OG4q7DvHf41s"
    "QqfBjP15dlpjzL9d3H368+Ju9+x0D+p22AAXw/82+uaYfwX2Tu0bDeuRT56wVbTzFTNVYM"
    "5Jua0Lwgs2NyLp/fiXNi0Qf5A2QTplvaINrqL5LNG9QVvAJPaN2i9RN6hpi4frr5/vHy6+"
    "DqDmue//y+bPvHj4DN8c809fFj7dPVtot6QS9Pfrhz8R/In+17fbz9zSjh9MPf7EtNzD/9"
    "oBnXAYOCM2046wkemx8aexAf8NE9mjlRl18MEYT6xn7BmjwjfOsVNVtvjV/Hi++AmmeMqb"
    "D4wLakar2J1Tvrrxz2uXNZf1I9psORtAUeSycTQNKS5ZssR68chXG+fx0YSFg+xP99Gb+w"
    "A/onti+SYaEBuzJZHV9H0ezt/so2u2dlisY/I1xicTeBzy8Qt6npmT2ZBGyxJUOiABRnes"
    "AlbP1PxBYP1C45d4BdOLj4KLD/uJZdaeuLzCS88tUxEN4oEju/58OGyw/nw4rFx/4Kv8+v"
    "NEqOmX2/gzDefcztew82NbuYK9E+HVGHxNK82XWEtZa580sfZJtbVPCtb2YRpra+1EuJW1"
    "o867bmOLiZoN6BDdh+MxnrYx/GkTw59WG/6UG15ifU1biK1p/ATE1Cu202Uk/HsfFhL+ys"
    "XmyCyfg6QyhYaDxOTz77gLxp+mG6/UYqFPvFfa6jur4iez0Lp3bJmuVbF3y3e+6l3cDFuj"
    "xJGwfCf3ddH/cI74PhD9hfjRj/3E0TyV2+J9owQF5sQiBpoQ2473esJBwYw2M32xCZyz7Z"
    "vhiA+w2NGx//ifXOeqndo/drxox5q6WUCRf+ot3C/sP1jTFKGQBwFXbinKDYxfs4vYlH0v"
    "SqaQJuY9arJzOKreORwVtmwwqYykpoaMxPL5oRvL3CpmicJ2LG/jooF/dzxiTmmfvBT2xd"
    "Vbrm7at2obwT728HOyVmW7Fnt99tIkEKP94v7TxdXnnX9vx4XE928l25B4X1fnQko9Qk28"
    "SKI0cjEtTr87F7AT8dlm4XnmINuZ+sik++iCom+wQwkcD10RHyP2E6M+cbGNxQdsZzF2Qm"
    "qgwGFbDYIM+HAXelOfdYl9/h3baozgc41SqLjLgDMI/11iHczKqO8wKnecNlkS3zVZEt9V"
    "L4nvCksiuNl4/RZ2Zd1zWbnN7UB2dtpY/SZVVXofctxoI3JcsxM5LtgdW4H5WHLSdthMhW"
    "nVbi+SWTD2mAmty9pxt5fa70VqNl4ry+x6+e3bTQ7wubx+WLDv96+Xn5nhudlZIVOsn/EM"
    "k/EDYd9/dtjCOMP+TKaTFwSV3mf/yZREfTatontMjVZb7uN37xp0dVaqsqvz7/Lmn4d+MJ"
    "rMMJ2SUWxRyZ5fVYXaA+Hv+Mkcoz8wDUzpdtnMyLAxsyvbXZm02CD1cHVecgVY9YZ82jeg"
    "Mnpgmlgz03t1W6iETcf2KYDT2RZ/xKZNjBEOAjJ3gxJfb+X+tURyc0fiQ8lm/gNPsY1u4v"
    "65qV1tZmQ54B4dhWzsl7jMloytBdnujC42rqyQTkw2081d/PqprnPDa+IRaAQ2SmQbPS/Z"
    "KfLPOBRK/3Ksnxz5i/hYzreYkWg1kW5oTINbZTtzqHbXanft2u37WnftHZs47q4/PewUZo"
    "MVmDUee12bCZoaNTMFVhh1O07wi9Awg8808F52SlzhmW97dQ5xDOXgkNTII17tgF3uof5H"
    "CrWOsWf6YNN/SrmtL83pr+K5/u34+OTk/fHhydmHd6fv37/7cJjMqcWv6ibXy+s/YH7N7T"
    "iW+7efsRWEsrvDRGgzG8NVOLv/Hqv8S28Ls6BYY7djRmZdHsdVtLBaSEY1d2I5HfOn5lE0"
    "gi9q0IsieLFhItCmnBfq8ICSRbxg48pFOiui8nHyEvTcznnSJ6yBw3nRqF/uv92WWzUjsr"
    "jympMA/R9km75Cxr1P1X2V3w0Mkltg4866+/XiPxf78aebb5eLKydUcFkwP49+lTN/ItIN"
    "8yfqqmd+i9jO3HVKAhOr5+2szJqm7lVsRPqRmmjXZD+8A0AoiL3XZi4/OW4SJ3JcHSdyvD"
    "iXW+xM62E6xSUYW53ls1IqL5v9nKby+8BmG8G6naBshMg6PQf3geMR43ezPA4z822vznMw"
    "Jp6F2WouNnzLyXRAyH9ktb7x0fglIH4PwYMNiIkMZsT00P2fF2+P352dc56+z75D/gRTFL"
    "q2gw1WMHg2JwTIc8CZ85zn/cW2XNMjXkG+82eYPU5mTKUSCnPEIjMis91mf1V70Rp+nhV6"
    "ZXNZnQcplVHaLf+dq4l2x2aAm64eG/QpZTx4ZUfdS5Ni76XChVd6vuUDWSH7X/smElPfq7"
    "dQl9GuKNlCsR5+eX17cfdfyR4q8RPdfLv947JkF3X5Xw+fLwo5Hny2xyjr/8vSO6RynQJ3"
    "U7V/OT+eIluKP9mJ+cYch6W0/PTL2g0FWxPNkZ2UW7qhgGpRUu8CM5/yEFBso5ljmwZ+6S"
    "GMJmHAx64PZFvOyudPQwZm3XjWQ89mMOM7A4NMTAhkhJQNE2dOfPToOXPNxFeQif+DNWcU"
    "ctrQshmJzS30R5Jz2t9Aye14oDQ96FdaP8pafvwic2LJS6nsBRDNjBybNHR/rRsOCl2j5V"
    "DLS3ZqqIXjpt7Hjg61EhJmMYlF1H5yQy0vpfZQg2ZWaKgJ3k6boZaX7A7P+cqcYTd8/SlV"
    "8aFVXMYCTKdTXMFor8J+E5G6Bl7NPLqajJKJwq9qXGiwkmhLmUlptUnQ1g4AoOpjY6NAy0"
    "ZT01HN3HRUnJy6lhRth5sP3WKfn7F3JBujdYK01bNEDOxjT6a3JwJKr76gJARxkwA3d4yt"
    "J8pSEQfVNX10vDnrsEC7Drinv8RTVVKqV+eyMuPyIzcnsNR3lTwIGWxKyj0t58i6Jc8oeo"
    "jITAVeK49MQ5HijP06IeYPYnAHFWJVOWHgmwZBLvaCF7R7835vH/0dcmuDL+sZ+whCU1l5"
    "hw6pKTKVTmambUQZulmfeeFhUawqi/B0FR/RUzi3ISM4pKmAxKcg9Gh6foBgUUTYA4+Zl6"
    "ph6uym2lWmXWXaVdbN87t2lWlXmRpDTbvKtKts80NNu8p+GVdZ5xwPyblpYz6Hoybn4KPq"
    "Y/BRIdcQdeaOlM8hEVB5GruNlZRPodosh2pdEtWS6B+1fcArCgZamxP4KTRCqeipREBpN/"
    "CXWEslko7B8y3slxH1bhw6fSB/VaWQyAqqPCncZRV93dL6+T8fcqtqIdwkR5WMiy/GoCz2"
    "cnBsjcoTIdzPsW1XukYWRNXNMnVl+tyhZwmP3i5PKivlLjk5fn+WeErgjzonyf3Xi5uboq"
    "ckmlxHbupfbDE3L4q/cp7eWMwmVz7nWx0QL4hws1VP3X44HxNPLjAzJ6M0/f2ea7o5d19N"
    "Who/USVvZekMKqKE2NN20MxNE6nkOpl0KpVcuoLqOUTmGpjMgMydKxRpg0Sng0p8SK5B1n"
    "pJTKkxSyC2KqPX5myPJUZmTqRJAvdFOKsAsT3McADIWVI1gGwJnJfHzLIZ28VFs88zQgFm"
    "e+Oj/zbSpXZkkf/Wqds1CqZRMI2CddM1r1EwjYKpMdQ0CnauUTCNgmkU7FcljK/LC7UO79"
    "Ovk0kG7U6wh1HmdNoqmc9akIXNJ/re2HZga5m+U66v3Ll8QUxp67Z2Oa3Z1Zpz+7za21rG"
    "8e56AzR1wi52x/JrHbeXJly9eaSpZVXNE87v5aYBxpRtZ/BOqUs2V6JX74yNy46MuHADN2"
    "wshOInLKTr8AhrbT9ArHNCUAGO4hnQJZ6C7za6vPueBAZGfTwOXdaDKLoJ5/iJLcZo9+Zs"
    "ryecuAHcsmgnFTqPQwqiAzInHugwS+X5XZ1wUdALGrNn+ohnsEZjInJ+HB2iZ8ezmI5MpR"
    "cf4UdWN9cjrnyX/TGkzuOjOYGcY84zRT7xfkAOMZv8IDZrCycbrfFo/kV4brEeK0fEfeSO"
    "EfKEZYlB2Iv4lum68Fxef5TBxI+tkAawiaCNjzwkRGhEHfBl+8/ES9KeUZ7P7AfxjLDyLn"
    "PtkdYeae2R1h5ppc/y2iOtPdJqDDXtkdYe6c0PNe2R/mU80hsOEdjUzMljBNB9yFRB6Zmw"
    "zejSQQMKBg2wqialpLylbPZJOaFXrd57J/QsdWGowWcPwqcQ01F8N5McBlMqrPIC/cAVRo"
    "OcwkrAL9ybNKq5RK28BRbEusFuv+SeM4mL1OTmlJj5b5isY4azEgBgedRAVrYbRo3B2quM"
    "5iuPEwhwELYO/kylNxj9eWUGxDOjsAkZNnuirPw+o9E2o2aXsTg32HjumqWXE8CVG355T8"
    "4KdeGSoZuMvurdMmRG8RayQG5OSmkcd0D43hrtRvgJB07kor7WB+WmwS4/X9zMawzfHMLN"
    "dUTlwEaHNZWAEjnIWgE4LpTqLQMdRXkOOiZRl82QRyHJt+3lESAXUWoz3xIJ0SwywXNWmq"
    "ZwJPsJv5uBjx5D+9G054QGaPfmw97HBRGPTBzP8KHokAase2EL2Zg+hcE+EusQ8XnKNIxc"
    "z2FTFbY1KqdRubZzlEbl1IYKNCp3rlE5jcppVE6jchqV06hch4bWrx0nsg6PIzvGsa4jlV"
    "YqI6I0NjRI9VQCgeC5+RKGblNr56WUNjjP5ycBxW3gFgdx2B+Jw37R7PUgaEFY5UX4Qbg1"
    "bhJlFYRCI+zHZ4usj1vBRhnRbqFG96niGjTSoJEGjVYBGumQyrVDQzrSrBkApGqk2d/YPP"
    "toWtg3azOAlRXr1cE/PxIB2fxf6aNQPnN0Fv65ztyvgwUU5IfjuRn4PQ74iMdPRAERU5Xi"
    "PSILWOCg5xm/+Wbxjp3dm9/29hH4mnL3+Dw6IRP7G7ZNA8Kz0gRjuzEopLOHaVRIo0IaFe"
    "qmq1qjQhoVUmOoaVToXKNCGhXSqJBGhdREhWpy+1RPTTkhpYGKynPn1rChGVOmAoRb7sJN"
    "hFVeDv4EJVF6+G/lxD1r4sRdnHgyTtyzRbtP2KEykA+Py4ipbPNPqZrqokH6+pG1JX7U/v"
    "HV+0byFwpIWrdMtpWdN7aBzF5UpAEJBfrz6gCJ6l69AvtKxAEp3JcbG7tsYCuFA30Kg1Lg"
    "h3/eq0N6JnGJpchOXFdNHkGojKMzAOIYZGKCH97vcfwG9uShbfKLXuLUhAb73yVwRxFEbn"
    "FpyB6YJOJEl/1bdHx6cHx49B7txmj13rkAhFgP6kXJAbHvUPE70NccI1FCbC7FV+yEyQ6h"
    "/pAaoRel+uPPFN9Gmz6hxS7/N8CzEOKYbPIo3u/27XGP/XPE/umxXuYGCEPYEfIDx4kupu"
    "H5A2ObADL17JlBQOheoh7bsIxFOmOI44bq2V9+yBTiuBaHutwwCH1unCc8xgF6gZSLzEzP"
    "hOkz3R/Su9CGoCYm4DuhN2G/mzST3TDNbagxLY1ptV3pNKaltqNdY1rnGtPSmJbGtDSmpT"
    "EtjWl1aGgVlzEeCNIWIkiEN0jyfhCHox3JBhZRJGVnySZD7KTJEDupHmInhSGG7fLr4Kvn"
    "s1RCaRTsgqvZ2tJrwcHMMTbwbDTDT+bITe/jzlv+0mETMKYVJ8zyGhZaYsyqWFdTJJ9ItM"
    "V3GoQWuua6oz+Z7iu7jfzy27eb3BR3eb0Iznz/evn5bveItxMrZAqPVfEIxczpY9ukFT7C"
    "+zm27crzaUFYZb/3IFEWWeSt1IH15Pj9WXJWhT/qjqn3Xy9uboqGnoe2XHhUItAR6sLXWN"
    "+Vx0LJh5atLqRsU9ZbYyyZzaYcNnd6JRasH945QZWH9g1TFO2CpnK511Yxrn3TxyN6LGvb"
    "jJjKlr1navLdBIp2fuAN35KNj9rZ+KiLNj7ako3bmbiDFt64fTHMpgEEO8OsGgNwEsePEm"
    "mV3SoXXGOIkYbJWakDSRaOGwk4ru0ZvKIqlRtmkAUjLwQYeROBka2aqMnp/Lj6dH5cOJ0n"
    "SGjbVslVoHJb9BPMd5DFfC9jzFeN9ohB/GJz1ETFZ4W6EBX/e8xUuIRDOjUwekguSlYvSt"
    "4lU/yMJTMr54WU5gIOhKpSq/S62GluqssrCVSZt+qinZsyp/L9TCnKVPy+pcmSE1PUZUhO"
    "CzVIilxq3J0LFFUT3zSaZjXevbi/hSTI1An2EmbQBHuE8ATJRCROvvreT770IBO2QTwfCF"
    "HG/pB+ZSs6q9F7whDxDheV+gHrqMY5cJbYJxNnzhYdYoirXx++PqBPg9t7wWOCKtDunNUw"
    "4jWMXGxguCjVAWFKfhBvSKcOU4N1dZvso3vNQ9I8JM1D0jykn5AcoXlImoekxlDTPKRzzU"
    "PSPCTNQ1rbPaimW2zjW9Mtb96o9EoG0zp22ju314M2Q+joQ5NQ5A/VocgfFocQLeW61Fwv"
    "W85sUYtjdNuYwrJg3kaeyaMa1+RR0Tc5JTb2mO6uHJ1rQUzldeEPUBVdxapunzwnbDdm/1"
    "qRi1rO6llJ9Q1/mdFW1vanTWx/Wm3702LuazJ3cTCy8azMHV9z6eyCnMp2f+C6optYV1mr"
    "nzWx+lm11c+qLqyuMvvyhAZVdleVjRTnMpBoAzlOksiAbwE4bLaG+QqVKL1sCg50P9VWev"
    "1ssnpWr52LnbqDKcYHt/c7klZXKbt4MA9GE5eW2LxmBsnIdCQPSoQorGPaAGu0MGDn7LdO"
    "87Gp3ao60teYMBXrkBlTpVdtyqljO5z047qu1XYSLVSi8rbsj0hZNBgM+q12w002w9V74b"
    "LZ1JqOZTtyJNKdTvwHRI5cEs/CNkYPTClrXXsyICDJHaMzImrvvVI9lbjCSOxcaw3edPu7"
    "lSbYGcCp2MdU+rYXsQt+RXusnt5GfGKXweHNWiGVVnny/pxoKX2abnKYrj5Ll83alf2+fu"
    "au7ukKz95SPV02ricwZ2zz0GLeLhFVuffeCHVfM22sZRpfMOPIDu2yE3V1t66soBsd/AbU"
    "Ra1a51Vdnf2cF828LJittAqVw1a+hHMbz5hd5+1svMLoFZdQwzQgF17bdTJfg8qzzSDRVH"
    "K7nZ9xmoCJ1VhiAUpM7TeSRRVLRFW2P+CL6J5YDuv8B19CLw7kUGLKz9iyYrZfFjJflFd5"
    "DuIBc+gmVnWjkw57txI/VbPpJpZVuaN/ZzqiPvCsW7lTVg4ujsHJ4I/8En9WTaBPTqoLkT"
    "7cl+Kj+4ZOrI2H9ginpWRoT05I5Qkl8skexO5EqVllbSE+VU5x+RCftKYu27txqE+u30mH"
    "+mSI1KUB0ZeR1O/9O2LzGx2rLR+HGCviclxJZNW/1xkLdQEYP9wDXBIMlXzXq4uGwtlSS8"
    "OhsnXm4qEeIEUynoYQDuVQCGmyCDV57mO4px3D5/yuUGSRqSnipK4GF3v7EK/E1hbsmz0E"
    "mQhEamTW+i7kWfbIEAKjzB9xrBOkhk4kkOc8++k1oB+ZHCmNYdIXhOogptYThw5iUjuyQg"
    "cxZdpPBzHpICYdxKSDmHQQU1FSBzEpNrSKyxi/uEXWH5sIKZ0ORXhhqw5Qa3fEWuzoN4pP"
    "ZTITV0FQaZZQn2mL7jLabp+bEnrldyjWrBVexbWJatn6u9f8gsRNpITD07Bo5a8OjRx/JQ"
    "5XIbC4LpCJyeab/SvxUyGDD8DBsnvnNsyQWofPf/50zeaJ3aMPveOF/NJZ2CFv4MTvImXl"
    "nNR2TL1zuCNp6bvExbQ9c4M3TMrSscCrjbzJlJ5btK9wMkI2ep+UzM8D4k1IZdLUgnBnrB"
    "75Vnf/Y3V2/03G7OF4FPuA5QCyEkmld3z34Rj1I32VgMiyBlwFTuY5Uw/Ps6/YWcs3BctK"
    "+uArELNkbRwBkvE67CxZsrJHDEXaI96QSx5/tgKpXYZW2Mf+93k43ylB1bJf9+qAtTErOA"
    "JWRRgXXYquQd2IVY7i2nMQ2zcOq00IKw/pBQFlc/HLnC1RcQ7CMaEGZqcKjFy20yZ2CKbu"
    "xYn9crUzQ4r44B6izpxVx9QNzN6QirNHD8GxL0HxelAh8dhCxhYOx8tXH2cxhBfml8JiGo"
    "SQa5C9pAP4n0OnPgoctAuUjSCkGJ7DSlmsWvyE+Q/6hL29fQQwoo9tw+F5DyFXIYJubjAl"
    "vSQH4oT92LdIKDI2jx3HSjIi8ktdHZEEEfQe0ujlHc9gdYGdorDoSGsKnzETei9o1zREmk"
    "T2juKTyYwVZg9nz8aGwX6JKnOxH6C584M9DlR8GVI2OFn1QnNwU7N5cx9dsDI0mKGJ7fhM"
    "ePyCMHoIg9AVTcGGPLyl7UwsYnxk37H3Yu0LnQE+x+z9n4UiGr3U6GXb2Vqjl2pDKhq9PN"
    "fopUYvNXqp0UuNXmr0skNDqwy95GeL8nauwi4TkW7llXq977AYIkidET+GysxMWRml0bJb"
    "fsy+jHXdfkY0jUtuBpfcMvK+qWuQ1APewSFVbu/lsWex7AbzcVxiasnilNyRNIh8bm2svv"
    "oMaamnUAq8zIt1BScepG7R7QGZGW+srMmzch2yeaz2ho1egNaqMZ51IhSLuFsJSlECzdVc"
    "iCQK56DBBjcjCSlksGaowtriQr006gf8+NkooMXrk974bBWhT/jganCBdv36u4n29od0SP"
    "/bJj+I/d8JEMG6W2ihXSh1wJQ2p3R/bqBheHiI3z/AS/t7aOwEM/To2LbzLAKLuBKwhu2+"
    "3z88Yv8JH3xkm49DGn28fwzf4dwLmMFHlP16//CQlym+KA4ExMCe9gLRTSgKbhrSGfGYkT"
    "OQR2/hfeahHyDyl8n+jazhszZHLwR7AjcRxZjWFnEDhH0eKwWvdD6kmD1mMkOH+0eHaIIp"
    "3CglvGcRzMD7AtcPuQ4MGUAxmDyxH9HucGfyMrHNCXq0kEcemaJsxfSHO5VRVf9IKZnw/J"
    "1/aqBCAxUaqNBAhdIuHg1UaKBCjaGmgQoNVGx+qGmg4hcCKn7uMCupbeGqoqtkXbvK+9H7"
    "kZLb9+TqO7jWDVJwF0pbZ3kirPJ6exMrKZ+DsFEKwpoMhKWIEHfXSMNBiZTKpuZY0HWs6f"
    "anj+1FBm4sQdjGAwMlfOEZ/x6FtJmBU3IBl0yow3VcTd+kcepFRSb1yOF9sJrok7UGOhQD"
    "RkqAhNKokmooIQ1okcsrlsZbVmYY+5aJd9i9H3zZE357nAQp7KNxaEPSsMhtHicRC10IPg"
    "BnuKDjZ9zuHzndH5KMgUBdJrIIpkjSmiVJx3RqMe3z1j5v7fPupiNO+7y1z1uNoaZ93trn"
    "vfmhpn3ev5DPW5PzX0PO54crWcwgEVI5nf1lrORmb8bQ9PuNeLapaWO5jFWJRGcSg92Cxl"
    "tkIP/kgTv7Imzn4H7wpU23Xn3oTpx9ymebvvJpuVHyqqx4V1zdcfoqf9+AZgGH3zU1t5bN"
    "qqLb1921U9Hp1bxnp3m4Wo1h13LHTuxglsshtiClNJWhZdakNScRyzr2Fzq9bAKxnz9TVW"
    "8hfdhC95NOHbZOPIinJoKAsp0SHCj9sleH/wRQbBQHzy3HfdJ0SAW8B0IaIHMSNEZ0qYzA"
    "byIoZiGd1fPM5BEMps8TK0HXM3xIbhXlcuIuEhE5gQNR05DO8QsaE5HcqRene+rx1E4Gcs"
    "JABHdAzEp03Ee7mfxf+5MZmVgjL2RzPQeL8GNAvNGzx1aNPUjoNGdzObbIkD46IftaJIky"
    "/TjRU5wTKsnzBOoB1uQSKjTcR1fwXDBB8mYege/9KB6GFYJAEcSsLEAsHBpMY9uZIosQ1x"
    "ehIbEd2ZtDGcKUgbRXeDKLbGqK+lxoLXNCYhsHHsF+6BHvjY94nq0h3RUw2JS9GuGJwKAF"
    "mQIW9tk7w5c3eO6ansDM2DZkDknJpp6J3r8/OD48PkTPrM0gAEUYBVKCkb8CjaJpFK3tNK"
    "9RNLVd+xpFO9comkbRNIqmUTSNomkUrUND69eLHNneBT1bwNc2ZdntAGy/EuCLqh0pq8B+"
    "LTZJezi+erpxwEJOSuUVtZ/TdGuwpSL5ZS6JZwb4YsKmwb9h2zTg7p6yTPglxXq1GfG5wA"
    "iDxOhHVmR5ZnwuivjDUPw09N0vm1i457BPXGxjdEV8DL4rIc6fLByA4vGQMB5cVoYoFvL6"
    "0GOUXZ8vWwiynTBLod2b496QprRv9BTObTwbCaGRYcZvhCZOCBlUihVHKWB4zhbx2wz/4O"
    "nkfUgBE+nEXlnkfhHpaaIc85F3EqjsrOK59pdpf1nbZUb7y9Q+xGt/mfaXLdtzaH+Z9pdp"
    "f5n2l2l/mUpDq8JfNorOEK38Zllhpb08wn92l2qrvT0dovfzW+Bk5v9EQHHyLs+6n3EftF"
    "kCjg6bpcmuy5NdWAUs7qIYgYtAzquWE1Pa+hkvTCuzN0oFclSTC+SomAykym0jcWqvq2Jz"
    "U/ShZGN84VpHTjN0ldN6Cyd7HJRfQ3vj0OkD+avC9Bkxlbecn1I1X7ff+fyfD7mtToE5nW"
    "x3br7d/hEXX6RTL24/fSzHms5IKL0FkZho1kuSLp/UpQnS8ft0zrxN+dCZjqUUFxpot1M2"
    "N34Nfbb9HmP+qgUEpKRUrw4AMaLyo3leYCn8ET8I5Z+UQz0ukKg+IIIanJRMc+sjn1DDjy"
    "AExHpjOAeGLitj4QBdYfbrLEmfk1YwpBYehy6rmaLdLKP3w9nB8eHRe0H7FZbl2XV40nrf"
    "D8kbv4f+76N3OkeORis0WqHRim66UDVaodEKNYaaRis0WrH5oabRil8GrdB5ttftfQypH0"
    "q52RMBpW38HbQ8uPCbYhMbsLTl0ABLJtiOJVReH/qJltvPQ5L6COT8iQU5pb2K1U6XrfgW"
    "886jV3oY8+/WUYM39TYWul3O5/jp4v7TxdXnbbkc612NTV2Msp7FWodimQ/xHM3Y6yCCPZ"
    "vnK+Bc5lvOmQa3311/cAU8Z/Hx/3NU6jDkd2CKdAV5jvXEmUMqBUijwGvjtZgBpCeAp+6j"
    "6wBNsOeZEW87e2so5OxHUYJ58xEUgidEbOuPMVubl+I5DPxwLtI7+GjgmQ4AxH4/rm9PJP"
    "82fSwkoptCs0xs7dPUPs22c6L2aartaNE+Te3TXLab1j5N7dPUPk3t09Q+TZWGlmZgawZ2"
    "RxnYAZm7ZfNR9QKQSijtHH5I1JS/CrDZXYB1lwFWEYBZTcQLSmaEZbTfjKDKWe0juu8g1X"
    "bzh0fqBCFrzKKN60m+GTGVdzW3Qs0D+eiCTTN+wYc1SnxjxeZYchVmXrQrmcL5pZjXiUMw"
    "8e1tMU9+xgkp1QgLctu5l2DncKflFAQNkfhYt2j+xJ8rZfycVFc6/z1cYLmFa2ELIWWjbN"
    "YXmc1NubTa64GysWbRRntJYyzdqC9rDtld+4YaJk6StdKFumQH75pz16RwsYZplMKz1b29"
    "RFTlrj6I1EX3ibpKkD6esWXa1Vv7avsXBFW2/t9BWcmd/dYzluWdb9PSiEuZS8DLg28UOf"
    "KuisGQn17iLdTrDFdEu39Gw62TqlFiwRLKRrmdq6kbSfOOrJzAUg5HurXOPalwe7pt0uRm"
    "hyv8GGAPffdCOBHFt9WjkqogeZ6BfVa4ECq2+4DHxEYPb6/2T4c0qrnq+oeI+wG3axjs2I"
    "wS9fZ6iBUgxIDrKfg1HyntZDfJwzekkReWFXf4q2PbfkFwvwaNboKncZ49iCrcHzIRyAQY"
    "ilc0i4wRpqTVQ6JHo2czmPHbQbLPP0dYWG1q/mCPwVwEYRuQqJch5UwY0MAHkkocOOcAE8"
    "Tnl4iwl3ym8E4f44rE1SL8YyHIr92w8YRAFXA1RvQoagB9xfEJs3/wTPiNIKzC0IWq4ttI"
    "eJU2wT8IXKmBpthFu0z1cM7abE9c/RHRXPhj4DgAV57A7RuQdFBQcNLXLbBoPiLyr5BtnJ"
    "jxMBBgiKFZL5r10nY50KwXtaF4zXo516wXzXrRrBfNetGsF8166dDQKi5j4tRTbOZ6uksq"
    "pTTPBW5khpNrelyV2iWuguySHtYNfhaW8vWWyCpN4Ei9AleJwkrc7e6DXwJSsEm3QVFS5Z"
    "XkXmirmvldz5l6eC7X9xMRxbt8oqcSprYiD52MrbMyShu76H5Uxu7xPNHG/mWyXZhl+hl9"
    "lWgE27FK4aJq06cSSnf8G64m2oXEegd9YjckamyAJPkDTElKjgmC6FLhVUyEtsNQatECf0"
    "tUXg0/5lSGjoSDUHZGiSWU7tb3iZqyffmkSVc+qe7JJwUjS9O9tkuya8tz3B7LS+eA2AQg"
    "4cbYa3RikbN1hbTSFi+gzQNCgccV0in6gp/xeDsNESX9ljJ/TkblmIE4N7gqaZR1qpM1pz"
    "qpm2JWYHJRQmzEFTH4iqaVpu1QMfNWJLsuTjQraAQxqKV6v6rTTVOr5yZcpRKLFxqjhDhW"
    "1mDVtLHoXWUT/0S2r83/k15bijmnKsnyk2VoERoQjxiQC+jmqJdcrCo+ON6DnD0+Yn00CA"
    "Unyh/SKxNqtljVw/D46LfjzGUUqI/Zk9LPfeJioCKhA/ZH4NjY4jwr6giaFXrGLx/R88zh"
    "vCbOkDKDXsyeIsgjE8cz2AvFHKjcHaseQTHla4GTpmlOmubUdlHSNCe1uRea5nSuaU6a5q"
    "RpTprmpGlOmubUoaFVXMZ0cp8N8Z3G0hGt49cFsm7KrJftA1jXcynoL8DzaGPtdbI7ZIyd"
    "EVF5Ub5P1VTC0j85haOVnTVvQ/M2lOrLSvE2iGeZHsZ0NDbxS8nero7CUZTtTMcexLqjS9"
    "B9i8QOEQwwqsk60CSYIC+v9A47CobfXlABO5Bgt3xe+UzDeQHvWzzNCOHNTTHphcBy5xih"
    "p/x+u9F2u2a3XZjIOSrV1uCp9CYtHkNnsma/T7SV36c02qbU7FIKDpoE7hvFXqOmK2mJqM"
    "rb8AywqY5/LE7mFatW7iWr8pkUZbuVBOxvGc1XnQBswk63sOZVW7Y+8WmZvMrd+5PQd3U2"
    "XUv2U8Ox2FmBjnyeF6XtdF+sReWWuRLaovtEW/n8bI3Ss9VkZysst1yXEU/sKHV6WpBT2e"
    "4iByTsJA/+xDaeQzYiE72+NVZ/dx8QeuRorBkJpffxm6WvZm3quMbITfiEoyfgE8rZuKYG"
    "lYnD3wZXW+Rn1zCIjagvvJJDGXepzvXwpozJzNhuwE0t66UrsLIEXVj5ft3U8DUDXini6h"
    "dCTf8Gv7DvS7Md5r7v1RFWn6DkyM4UXUpW5ZWjTO0LRFWfeD/MSZLcMEnyx7P68SseoWMZ"
    "2EMuiR58zksencKdk65DCWs2EP/+HR2/Ozg+PPwNDbDPjgvHR0MakUQdzyAep5/yauEjMI"
    "KPKjMfDi5u395doiOokT1qd0AMB7YE90KbIR3E6uydI9/8K64pfh9mO5NfObnrEs9/wR68"
    "1Ee4lzIg8x6aEwszw8yZxQxWq+s5PjFCuOySc86H9BlbQZi+80fE/aEHAfYgtx8rb4RW9m"
    "vREeF3+HWKjRDTHhJRwfCEOfZDK7odc0jZ4J4F8R2aouOwdw6QyYawQYTJHh/Ze/TQEDpW"
    "+MgaOYRWG+6gXZFTchayndFH8QgcvYWArnBvyGxED9grh6xf+KYNPrmPyGLtxcYEewbX3P"
    "JZ0Y9C3WcmSdnjA+JRbMd3fmaLPeE5pC0e0sxLR5+xXgPbtehNLeITO+pEmbKEncxCOM1b"
    "JpuennBa9x5POPn3GfGSTI5AaTrP9Yw3rK8wTYGPvDsLAtc/PzjwnH3o62Njn/XEA9axYa"
    "cYHJwen569Pzn77ewAegnvNm+jbvM27TUfefXBs4OmnhO6fpyE0vTi3gpqgKdKELIHX/vo"
    "9OyA/dg/PGKdEnq36OeJPi78uW8aB4QeQPQCazHMf5uT+IdFwrfUeXt69tadW28Pj95CRW"
    "85nYL/utdDzzNzMouuTY3yTMZGEDoDEwQyWOIXJ+SdKE04OnA8dkruQW5pB3tPDtod7lz4"
    "LrFgKn5htWATSsVGGO6wnpIpMSW2Y+N8iXOUvB6vfN+P6rbweH/qwOvCZTo2s9Pbo4PDw3"
    "cHM7F7f3siroJ1Hoc01bDvgQaJySz4c3mVR+9P3h/+dvb+3WGUmzMgfwX5SSdujeMjGFTE"
    "fuQdCfJ1PjohNWK6uh84QLmfOK5J2JCA8WezOSFOcuqzWQkEvIAQNn5tVnT8gviAG1I+4s"
    "TzxTSBxCzBZC3iwuhFz45nQR818IsvLsv1yBTmHI914DGGRDBCZsKUCvgz56zN2Y8h5TMM"
    "VOKFrolnH9OUqNmZFqj3fLrio+YCRQ21MHtTB9mssZjolPUbJmYKW8TpT8es58wxm2rgQ6"
    "aQ+Yh27wibICDnrG/CwPF8EoRPIcAp7GVDeMYfbI6E1K6Dyz/Ye/Hcqwa6/nqJmIHZowYD"
    "dHTGhwZveEh96rq2ycqI6Ac2zqYzdM8E/mD9jj85yOu9JwZ9bDPksSGA+FXEsFzA7MAG5I"
    "sIRRD3DAembSN/5jzH0QsII0qeEdxhLG4bNnLVJVlcJzMHUsSyKtmLi++jVXJ/MiMTa8Rm"
    "XMcbeaFN/D0d1KCDGtoeUnRQg9pMax3UcL4YnqCDGnRQwzraQAc1ZNpPBzXooAYd1LDaoA"
    "b2U+6mtKj8amgo69ht79wyFav8d43AyEYD6qhmRB0Vh5TFrDJ1vApW8nJEOCu/QQrQrUPf"
    "soOt+T8mlacB9TM6yzdCozaoaYISkmfs1ZSlSiyIqryWDPKqqkeQiB3H0m2QkVO5Ae4jf/"
    "nXvL98kFFfvUYRzrkRd7SN2HxUMk3V829LK1AauP8i/JF/577FxHuLdkF5ZIG/vWmCzFUG"
    "vsmyz7fMOZe/ppcTzQ8eABTaIt1coFEy+55UQuXJZyBQtqQ7K7P9ScG+UQL2ya/C5XUo3S"
    "ApyDlIQc77BOT8KkBONVcFDuKMOIYj21YLoio30RXHhv+MVVWvGQRCPUqwatm2KJNXuUHu"
    "U3x+kODzKIHnf4/heTVbK6UMjBK8XrbFqupQudX6KVVikNVZvRZK6RujmL7RYikqq0Ll9h"
    "mkpJXrjMrqNY8g0rQfPGXyKjfMF0EcUnzQRMSlkZvdWko1S1kFSrdLRNWS3Exvq2FiRlnb"
    "dsnKd6FZ+lkGXT/DoFO8vWJW3yhi9cm2V5m8yu31OWYx9iMWo+ITHad2FRvl0nFsgml5my"
    "QyCw0xZkLrcr3ESIlEU1wI1prBNs/P2LNEuJDtWCR4vRvm8tu3m1xbXF4vGvv718vPd7tH"
    "C06aiqiKauJ52lQxS62ktSLJ3/t3rLcF5QymiEy+wGVTyEUphWFVxQDkj5JWyUlexlj31v"
    "yO+K7DXvTns9Q6QxoWe1lJVENJR6wObIj7vlxsQ/yIyvCGbxS4pKyt/IRqOrh4+HwLKbmt"
    "fQSXYYonezClmz4SLYtcVucLwSJiwQ+nUwKMa0HI5STeOD6AiRjEM38AxdVz5rxA9Apv/D"
    "xJeDdLDd77iHCimeCwXrEZxDPnmDNXr0wOEPnIxcBN5vRk5wfxjJBUUVH/IZLywbfUGaWv"
    "tfNPTVLVJFVNUi1Idoo5p0mq55qkqkmqmqSqSaqapKpJqh0aWsVlLNmny1CSEiGlaUgPsZ"
    "YbJRrlzzvNd9oFOaVtC6fVu5y6m997RznMyqeoqo6biLwy29nmOnGi8aqznFGzhKZ1a1oV"
    "/dNsT9HaWK+87qMBmTszpx0966wJO2txts6Qs84WF1Kg9I/cVCOZUICsnNpWh6CA15i9UW"
    "bKo5rUlEfF3JSdzAkqnG47kvZvnxJ09alYuUNScJVl5uUFsW5korzkGRT+Hiu96uk5TtHp"
    "sy21j1tl98yIdsOkcXLP+1TxVZvVJUE4LcuCXUNQTkVUPkYOUjUVuQMl4Lfmyt6CkpVS2d"
    "79nKZKXM+x+WSQmzqfby0XZISgyVk1L6T0SU4umvNnyvKoXNddT5LHSlKhtF0XcwN2sQc3"
    "tXF+BCuVwjFHFCkhOywSSaqZDr41H3m5og1oDlFxdN//umhyznF4NG3IVMa+RpxSwAQpNj"
    "0CaROzyRRPIZni+yTJVlRt8MaHjGKsEhInwUO/DVlL+M/E83uI4MkMHaHdwDSwhcbYtPZQ"
    "4KBTtOvDUhyIj3SKLM0+aDsDafaB2pCoZh+ca/aBZh9o9oFmH2j2gWYfdGholbEPfh0IF9"
    "2H3g+yFp+2SMVvQZyWWeFsXY55FSpRGnQUVwn0U22lXd5NHN7V7u7C/sA3pS+uj2WU9g9+"
    "Z0qy4zZwaTaftccl1DAN06qCEJb36nwNSnfpQU7V7WO5LuG5ml5j+0wFips+o+n2LR8eSU"
    "8lR+pPJEdIOoPeCqeS8Fjapsfq2/QYrSQp3irtfCJt5xP17XySZLOjL4KbsI0ufCpt2lP1"
    "TXuKMonrNm/Td9I2fae+Td+hKF3dPTOB+cj2FL6JxJZZNoHdCk19Jm3qM/VNfYbap2dapX"
    "HfSxv3vfrGfQ9bBpPZNNymaT9Im/aD+qb9gFaaQHGV9v5N2t6/qW/v31BZ8r2NG5c/tmjf"
    "BmkOVfdj38dKqpf4RnPINsch03Snn4zu1CdTEzwGAwKXrhtM0fIcL6XlenX0JyuSgEibvM"
    "hSGlT8MLT4tIUbbaFmk2JYWF2eAWgG98p6yHd8E9umz/bl+yhJq+gTL8Dx7Y+UXzIf38vq"
    "QueDjCy7Nyd7vSHldzyGLnCfAO5AzzNW4AeUp4RfdmgYxOih+NZB9sgIHNPUKE2NajtbaW"
    "qU2nwNTY0619QoTY3S1ChNjdLUKE2N6tDQKi5j2709cE2tyVMFxGenNkPquFGg6nFNoOpx"
    "MVD1V2KhvXogldDPbMcqzXVT3VlTCaW7602iphL91McV3ttqQ2dEVF5o71M1lbB03iMjcS"
    "wvCm7udH4oafTkdoxE180f0/mkVNqna27mywq9+nK+DfXwi0jnLd7MV5ePYcmlST9tToZN"
    "I0GPTuCUQBOmTfxy08cCi/3cnATo/yDb9BVK0vA701Vyd1dj/y/3327r7b9o6oVdOFRQuH"
    "dPJ8hY9RRO2bTmc6xCzrAFOZXNe5souzkj60QZm02UQXNt/ErT5juMGgaW7cRNzVwYyTlj"
    "M23Q7febmzr8OBfxkSTByzeBzF0qg6iWQQy/KnSobLVAbvZGlUxHKQHa892oGl7Pj6flmH"
    "p199y5QL5LsEU89Oh4KagurkRJofQeCv0Q2/ZLegGKhcehyxodrkD5NrhCuzenOjuIhsA1"
    "BK4h8G7ichoC1xC4GkNNQ+DnGgLXELiGwDUELgmBtxlJa8mSPzYNzDSQsHEqobSVL7macJ"
    "P1zG4eqrt+g1sODXDJtRs1+bATCZWXiT7XEu0GbI51HXpA5ti0m+YLWX8qcpP763xTzkO9"
    "IKWyf/o6UlUJ77SZUeaVbtTse3XR0k1dqAtdTToAJ4vypu7F9g7UqmAaNdpgVY7stTpRiz"
    "7oEl9qqaO62qUae8dHbq78Utdq/BiUPIeHof6OfdM2gxKOEw9d8nyHByt9/9r/ioIZO3F7"
    "ZEL4BdOZuKbHpBIoO8Y0CFnVJkUYxX2RBy1pr6v2urbdAWqvq9quIO111V7XZRt77XXVXl"
    "ftddVeV+11VWloaa/r5p2Am7t4d1Pn8et+K+Ou/L5di5li6ngVsUjLM9Zm5Td48+tXzNOi"
    "WtEmWsbvmlFYvm836to1PbsQNsNTiIc+nknNIAtiKvd0kUPxO6iKdsEvoo6Pe0xoEFZAC8"
    "t7fiq9wX6f83pJwTuJttvv9DqkYOU+lCQxk5RZF6SUzpgmGQO9XrymGjKQxmta4gZqmr0p"
    "eLPQ8XLgzaeL+08XV593ClPGCoytwze2k5Huux/amGY2bSXATqFMrw7XCXnp0TxffCmsIx"
    "6CFraPCzCO57ATIrZTSrwbjm1zIgAdTpEnE3Y6ApjmEU84lBMQn1PrXez77FeHQpo59r0g"
    "0L/b2x/Se1YqhC+xRxBOnnKOrsxAQE3D8Pjot2Pxd+hbgAIltexlvuXRvK4ZfxJd/a7RIo"
    "0WtV0YNFqktgtbo0XnGi3SaJFGizRapNEijRZ1aGgVlzGdO+11udNcNgrh9CczM2VllEbd"
    "BhlFpR21jaalo5p56ahkD+DFF3flbV2f/iiVUtra37maSDgFXj8TrSP9UTT0R0biFGgxcS"
    "xIv3IO2dACEV8CfJXTfdWzSeRMke/iOUGV9zoPWUXV6+A+d4uVT+bLQbhUeoMgXOyw25Fs"
    "iftE2e1jcDaeu2ZpGsGa1GpZoS6kV7vJ6KszqymIa6zaOei4rEz4FMoCoQU5lc0LmMIDV3"
    "ZzRtaZ1TabWS3tkCswrXohgbJduKmRC+NYKRQUMto6Ab5088Bb8dteHfKJRbnROCq4FPOM"
    "KkaXg6tFa+9coDmJL80CZPMS88sWiTcP/Rf8LG4eRzAaztEH9EKw56ewqB/OXTw7eML0ye"
    "whHKA5W/HQMWK7o7k/pLvfv6Ozg+PDo1OEvWAfvTtD2EfspVlfMtD4BbHvT9j3x6d7H3l9"
    "7ItYD6gCLuUy2Ebrh76CS2ObGtvU2GZHAReNbWpsU42hprHNc41tamxTY5s6Ek5HwikyVp"
    "SJhHvC43JKfzMkIiO+QSgiOtvLIhFfUmXlUeZGIHMNxlweA2cRG8/N9uZfrETpKUUExfVT"
    "baVboUkjVLdBxX1+IxvPzJK7HJYDzIlgt7Dlm1jtVcPK1Bn5UkkLEwGl52pnH933wT1I/H"
    "nbJJHriOSMu6HwSLbpwKlktxhW6F44Yb+AE3YdPdklnukYhE2tRbPez7FtV3r78pLqOvwG"
    "Qk9kkbdSbr+T4/dniccP/qhz9t1/vbi5KXr85tjHzECRTx/TkS+CeWS6cF0d3ZiOv7I3gM"
    "yz8RvEIU3r6M9l03IN5aF0UlaS7CA/Mf/8hIeNudY2ynhQBoxXz7xdD5T9/APbIfbNC3ds"
    "RO2+ABMvlOjVQcUkKjvCaeGlcHH8AHQxuLwiBSfWzsOMIB7++sZH8QMAtsXIY52K3yQaiU"
    "J2UzPwIS8quCQhnhWQZUINPPVMdHwI4PAHAQ6fvHt78n6vN6TPZjDjEPDzzLEJGofGlATn"
    "rA4m5cKhtYfG7NxEn3CMFb9DIsV6T+RY5RH0PR6NC9+mhYcUaOAzSL7KVGELIXZFqZB9z9"
    "WezMjEIgbCUwzphbn8yeF/wIMGA3R0BPr+to+4BWxnYvlo9/gQsT29yTYP3hMeUrhsC6TY"
    "LMh6dg/lvkbxt0yPFzJ3Qw8yeewlqgoyI48PjnDvc7AqrwpRJxjSKfuQZ4qFRRzNscWMnJ"
    "G8JJ6NrZBJ89e5ZzYzWbO9YEDbWUsQ+xHteuSRVTkbLXQONHd+EH9IRXVswjCQ5zz7ANnD"
    "RwZ+8Xl0894++hNMCOh8GsWsAXoN0G9qv64Beg3Qa4BeA/QaoO/eUNMAvQbolWiCXxSgD/"
    "AsLNkQ1jtyEyGlfTAPoCUCQBQ3DvlZoSeXA5CvQi83i1ruZI73sshlm2mrERmihgtRpELE"
    "0E1Qcf35ctAnlewY6JOLQFyxgxyYAX7iHZAxa1GyG/DDJegdeTU+Z7RfT6yx3cq2ZbLdsG"
    "7cZ9dpWeqMLOKGQehXEXgqUfecnMrbRgDf+7Gy6BN4YNvMw2vF32saYXnXrmsJxft2q3aR"
    "TnsSOcCLtv3q0AjaKRg3L7ZoVTJhi4i9fyV+qmPXQaI1jz1Du3duw7ThdUb9/Oma7d12jz"
    "70RKQ825ibAvaJu/1poWen9huN2RCynBL4uJH5s+IdbAYDUAyxRLJOz46vl+J1ttg0EbIz"
    "EujP6EiqYcqEu9Is0VW9A0CRYF6HAw+P2pyzTSENONK25WGzYN7j17TNcSfbxsYWWw+idh"
    "mzz0KqXLOcvKZZTjrZLPFlnn2Spo5Wrl1OX9Mupx1tlzj5fSY5t2LN8u41zfKuk81CYYML"
    "2dGAT8CW/Amb0nroCnshU5LfiPsVwvl9vM2NQOAE7PgQ2VuqjQqSXWmgB1CcNYjgtmx/hG"
    "SYNa0GyYJ8V5phkCEUPXBCEQyJh4RQ1MdMoAe8TPY3m9B6me8u4WqALZ5rPJ/Q+nZjak9I"
    "Dbu7pIIuNly+yYKZkY6r/1hd6/wmd+jk7l1MRymlTfbcWV5DhxooegGxaRNbg636AabEDg"
    "FaekWbVFTRoUaJ30CNVuFDuC3olgir7PVtg0qsG3ibsCNTqR+yPmNqRkxli38Saq4Or1hL"
    "2lSBteWIxPJQXUG8G153gdcNFpVfF1zX2siVFXTDzDG4kTP0WqFn6vCFkTVv6X60FsfLC6"
    "o8weSBvEFOb6XQvLq2aNLraxpE+S4v1yiSIYjdS3n9ldAQPEH5VXEjua9PmvTwk+oOflJ0"
    "WvDF7xlbQSi/ZiZi3ejRYq38OygN4UFP6+rThmOFcyKXTjwj04UA26tUXR1bq2Lwp46t1b"
    "G1NbG1CfjHX7kktDZfoFcXWevGRUdxr1geWJuCj2U2h4tnkwKOBzGiU/yMYYv4w/TNgF8o"
    "i+BpPR5U+8j6AZP0k+jRgH2ALQSey1CErkJh5DxDVOf4hQnzBQzxBewj+zMvQJ0gTrsAcZ"
    "4Bf0hGAuI9nR/EM0KCduOwzz0d96njPttOVjruU+1gNB33mWk/Hfep4z513KeO+9Rxn0VJ"
    "Hfep2NAqi/vUl86+Cgty3LLEy9XTUiKgdB7ah1hLeVC5GapcBysXcQcyL73waslFnImUyp"
    "P/Q6KleliycASMhCNA2vyLwkq3gnB53CTKqtcYvyo4sdqm+TlQt0vCHg+IO7eNGGIbRN6O"
    "m6R6P65O9X5cSPWuUQqNUmiUYglKQV+wHXqYXrEi1VBFoVSvHq+Iy48MJiCFWsSSCB4lQn"
    "KAMn1xVbxO8hvluSinRCQEhae88TNyjgdikMAS88skz6Nkmf8KTY/MCWtC9seEQOrLHv8q"
    "SjQ6pOxjZ85Th4JiaBcjn4egWJyPuidK47kT0gAZpj8OPR8SeUbYiEewbfqQqDTBRTziOl"
    "7g82yeQyqUdgXhnf3qx8lFB1/76Jl4hOMj4HvpId9hf7AXNX1EIOHnhBgAp4gqKPlBPJ4o"
    "M0rN6eJp2BtSGqX+9EXtMVbSQ/AFzigIsAsvpKEVDa20nWE1tKK2v1dDK+caWtHQioZWNL"
    "SioRUNrXRoaJVBKzql5npSavohZIVo7bFLpDfosUuOutJeukTb7cf3QQYht63ZE+ENWv0B"
    "nomuZW3+EKsqH3XTKOimJuamEF6MpyXu/rpg4kjg1aHDm5pLBkxh4QS6J3z222LY8FM4t8"
    "uuCayxdyrSlWDtL1xjdGX64L6zthw9z5NFVEwsTfJMVE0ryppfzEmQTYL3/O2lkvB4NqUW"
    "8doLoirv/wepqqsLUF0LvJsxKl9PrLIBcemwkwymS5slW8NC84xZFeua/ZNPWrbQTar1qx"
    "ro8tu3m1wDXV4vtsD3r5ef45uQ0+FS3Gom18DCXFl+ZKuPdk0Eu4G8J7fHxmqvGm1PAA2p"
    "VTYn1ZWZ/i7Bbq5MG7uOGmttTQM0WW873hLbWm7T+9BZP2gXN58R7dZcciMUR3fZrrPqee"
    "WXyD2j5tZFk3dWj35yEgObbC2Hcxt8U87AVeKtrL2pe6o5b+Mu1VnqLgNNnuoGeaq2k6/A"
    "xLwX9Tn55yfp2k1tXzXmcw3BNES3329utsdiizKeVhPYsgV69dy1qKgUay2SqYq17xMX2y"
    "krLXmGIIfl7qn+cAr3Pr9DTxhI1vQj+v4dncFHp8ifzNg5m1WKvNAm/t7+kA4pXA/NZIFB"
    "5jw+mhPOFIsudEbPM7jAOfCRSd0wEJc9W9R5pnDVc0apNz76wClyPnr0nDlwx+D+ahvTwO"
    "TnCyCT3fcRbAVFpTEnDQaKwZU8YUoen0b3a/+214P7mnPvyR5ydhjM0Nj0gpmBXz4OqQM0"
    "s2fTJyKnANQlnsEG5Iu/jy4WTcWeeHwIyQlOj5FDUVatnBXP3oPJ3u+xZ+ReFPnE+0GYIQ"
    "I0d/wAHaOASfma/abZb22XSM1+U5uSo9lv55r9ptlvmv2m2W+a/abZbx0aWsVljP0s8ZjU"
    "ZOrFpRfuqhUWf4ubwscLvKBGXKyjGjLWUZGNRcsSD9yaVoV9O5B14Pa638q6Z02MuzgYMr"
    "Y9K/CAxIm+vP82uLU7FVfa3l9SPbeffDeFuWZmK6Q9EewaOhapvYak6b5UapJEQOU9DSRJ"
    "v283TawlJfrULrVyTXdNJLrVT5saXTJ/TpIUPvZgthn6eelu2XWQ8d1m3J8roCmU3RXtmY"
    "5BRhYpWrk+LiEvqTKMOBCaIou8bWPQFYYpzLGPR9FeYOSLFLoyvbtKvhv9+yvTHkU7jDiB"
    "8Hr6NDVMo3zmaLZdy9eg8uI3SDRFD0wdq/HOIb8SfmiwDn6oXAU/FHbLhJo+mxlsPDfb75"
    "kXK1F75wzaon6qrfRmpMlWpHojstgEZVuQmgsWyvcfKt6tcN+Ha4amAlhcAQFK37GgMAFK"
    "E3CWdenOZi+6I1M2rxAP+BcBT09Uwf8oL9ir44F4kcjIjWUkCCHx81DywHJmCJA32JcTcR"
    "ksK8zqQYRfehRkEgpFX8Cf7FcLrvlFExt7JrOTgcYvafKiiBQxpJehiwPzjY/GZIbtxx56"
    "NoNZlJ3IZ91IXOtAeRxo8pyJ7UwsH+36hGcnil5bfLr3kRVjQmTOL2wY0sUbG6ASPzBtGz"
    "kusE6SCxw0uUKTK9pOf5pcoTbiq8kV55pcockVmlyhyRWaXKHJFR0aWsVljDvLXuVp64aH"
    "rc3AOm2SnPq0Ojn1aSE59VNohCU3ZFRPYomA0hZ+gIy2zKwtbHz8rlkG8LoU4AUzU2fuVC"
    "R1qsKrIwGVl4lbUDJ1LrTyFa/3Lm9KAuy2vsA+Fe4GLJW5vD5VfV2odppwRNayqWS37thZ"
    "XZaVErOKuyxm2DelLixaEOtGPxVXYPwZK72uHiptzIJgN8wZd8+1GbTCkM22ZFXGVGolkz"
    "DdwvrVZLNwVL1XOCrZKlR13Fp2WyfMDAS3PnHDIPQxPRCRw+1Nv46tg5hPLccjVlnI9rKJ"
    "OCPYjblDTMX9VO11TcYtTFoi2g2jxhNyZNa17hs6eMPTFbbxHA08xyf+jqRp21/stHpW96"
    "96a9kl8Z5YE67ldKFTHW0v1ZFjhXNSYvoaslVGpguMq6tUXc20UpEKpJlWmmlVf0/cFBtw"
    "p2xpdp34y96SW+EyxWQ4VBm5wgVwE2fu2mBRhMdOGEDWmXBsmxOe6cWcsIp5RhtMX9Bkhi"
    "kltqA+PTq27Ty/DV1OXIJPMPWfiRdd0ZZlNpk+urx4uLgfDT7f/tfnm8/3F9cXtyM26Vyj"
    "Z8ezICGPgV9YBY+gLr9Szg3gkrZUN7jPLaKrwx1sQ/pgwv2jV9iFpEGmy7dkEZMrx51CgO"
    "PmqgpmnhNOZ+h+cHr79uZi8O3u/0Jz/ILGhL2BQ1/mTqjz2WjKVet5UFOu1OaBaMrVuaZc"
    "acqVplxpypWmXGnKVYeGVnEZixztLXzzK3Bg/kwgvsUOrq2B0kR4g674G2YUP4yIUhLG7I"
    "Ou1UfiRjyrlV/hBmmWeLoEV5JrtSCn8jIBWZp4WoVIVyWyNVkODbDVxvRFSZWN3+favsr8"
    "68CsOVdwFJgWKVmql1AMUzGVDS+Ihg+gKhK+pjbGXz0CCJlDZlUzfrnVMyJKM2gHqZ5KMG"
    "hD9jR5XDCVUtrY37masuvppgHCgL01m6xtTJ/CkpmmviUKwirPNw9cWXSTKKteY/yi5IN1"
    "7Nqf8DMey88tGTGV+/IXoSayiIsNyb3jxmeYiPFV2SLLyWLVraJo547PpV9SxTVHbCd3St"
    "8IP+y42aalZs+yuGWx8dw1Sy/Eq2HUZIW6QKm5yeirHqfGxi+YYipHq8kLqZwP8EZo2rC7"
    "r5dbY6e6vJJew8MjM6/WQVs3Jdrku5pSXJs7AgmBsNgKi53wvTXfKU1rVFqyV5/XiMuMcs"
    "eCkR+JNWDlcHGU26ij+/7Xxebh5JyUZOM8QvogVg6JpJ/nPOFQSP3QQ2aAzLnrOXAx0+74"
    "BUU9g5cQpd/46Jlgi/hBDwHSNqTxNVW8SsHc8fd6QsRzph6eH1hkagLps4eeZ05chqkED+"
    "wB1wYusupx+s/zDAfomW11DYeS/SG9oIjM3eAlVpCJmbYNF2rFWZQW9RK3Yvn4BzE0+UaT"
    "b9puvzT5Rm1GgCbfnGvyjSbfaPKNJt9o8o0m33RoaJWRb2ZhyYaw/sqCREjpuJ+HWMuNXk"
    "0QXefQ1t2ZEd+gv/PBM59DdgpG17Iez/hOiJLD73YSGPDDalvrJ8IqLxcDZnHPBEzqe6yu"
    "rNnPmiwZZ9VLxlmRhBP5GWRhrKyc0iD5IHKo9DMKqwdhuYQCoBPSqYCiZDZMZbJqN0misI"
    "Cv2k1AjShRNduno+L+SQl0fFOtIKLydzMo+VouWGLHG9v0cVkOj/oZJieo8rx+l1VUvaml"
    "kzBu5OiPLiDaEJS7EmpxAevaDg5zTeFSpMDx+iaFxBs7JQhMoUyvDnsx49IjK1N8KeaSPA"
    "RlnpLDWi4ogronvBBALQUQRCAXEOb8QrBnv6AAe1MScPTjXyH2AgIfJhPGR3GLRFQ2+ZgX"
    "n2CXk+b+A2GPIIPtgn8QA+2y7fCcUANPPRN9ODs4Pjx6/5GV9TCamQEsVKYv9GLnOGzvaZ"
    "REoyRtZzeNkqjtutUoyblGSTRKolESjZJolESjJB0aWsVlrCr8p2ZcdSP0JzlVtTroriPS"
    "ymfHbjlTpxJKm/o+UVP63o0mU9dp9dR1WhYya5i+OcLPpXH3ZGLOsV0ZM5sTXZy9hOx+VI"
    "c6c1df6I0unpuGFdb5Jz9/uv56cbN7dNo75mZnk5UpiLPZ9lgML9FQ60qhVuG9key/qdCr"
    "e+7mrBurvPlOC76rkfBdtXX9LlSxQf9vP5yHNg7MR7T7FM5ttnt8+PuerCP4E3jv/hTeO0"
    "kX/boDwBOX5Ch4PpIcBwXZrkzkSRuwxoz4ChsfFVnjHb/C8MfdNbwClj95heVPOmx5BUx/"
    "+grTn3bX9H/bsuXbWr2jFodd5SpiktttfDjAN3KJ55elpR8Qb0Kqdu1F4a5Y/1OEa+7+xw"
    "pYHJHdf5MwewTZjmLIVi52tkJa6bNTO2LZmsNpFw1ZbAPpuNroPbOv2ekWaBpkW9EnlYq2"
    "vYGkHOV57eOvenWcDjtTaCmTI1Njnr+BPMK+ESGvFpngOedsOM8QEXvTf7oe9NgBjD7hHr"
    "oZDK7QMDw+PD7b66WsDoNgwzYp2UeCvQNsi4iacT6kl4RNEyikgWnzaFsfsbk5+IiuTMv0"
    "zHkUvMo+ilLQo4BAboyghx6IZ+P5GAeZMiLPvRnso4shjRSHBPf8Sxf7AdcoqgIeNjOnM5"
    "v9z7o7wmlu+52eZoBoBohmgGgGSPdgac0A0QwQNYaaZoCcawaIZoBoBsi6GCBPkBWqLQKW"
    "CCtNUOCJr1DF6WxzgQ+Ng2mroti2EEDbKngt0XP70ZvRMbV8FqvA0VORjgSqPaQar+2aaX"
    "AkSFlxUbBbWUP7sdo6Z+gOdy/tSBqyfZTZUbNU/jWZ/Ish3AGzCp22CeLOSqq8heznNFUv"
    "yDIIn0JZ0CMno3K+0AeuqBL4RpCo8kpUQ5QQbrXuWbkphpHrYkohF1emz7b6JmuAEuwi/b"
    "JXh14YuWLL8ItqL7V242s3vnbjazd+13yL2o2v3fhqDDXtxtdu/M0PNe3G/2Xc+L/SXbPr"
    "8MsZ2DNHT3hczgmsnp0W5ZR2zV8xZdu55NZwvaa4OKuNzYuSSlu9z9VVxu6mfKY5U/0cc9"
    "e+iXJeEfVcoCY8PbTKzN/M+5+rYIMAwMBzfOKjGzI2Z9nLG6XC8TOqbz++UIk8lj/HLY9d"
    "BbTYbDHGk01ehLdyEoG+CG/rF+Gxlw0tOVQrK6IyqCUmekwRbHFl19ZV+2f9kBlkNMe+rL"
    "WLgkrHTN2DuugrqLs5Q9fAiRnzlcwyspgif7vk5bpq8qbYYrHr5QDGTxf3ny6uPu8U55MV"
    "WDo3XH+C+aSpzbOTa87aTCt0+/3mpg7Oza6sQtdiS1xGkr/37whk4CjF1H6xRvj3OnHwz5"
    "bvEqMCB0+/7NXh4CQuNhJj0mIbQMz3l8uD+i5DK0S55xTuwfQJNdifIjUzfwISTziPLqEM"
    "HLikch5dS8m+nhNM/fhySgd5ZEJ4mmUzCsTb5fmZ+cdu0EMu9vAjcjzEhv3c7cGd4wGE2r"
    "GnTTDVyZY1Rq8xeo3RdxM41Bi9xujVGGoaoz/XGL3G6DVGv2aMfvvBNBvG69cXTVPFdq+e"
    "qVIJpTFjqYiCBZihGc5QBzQUJimfHUApbg3yJNIbvSIL0wB7CLKcWvigH3qmJw32cMXRgN"
    "kWerAqSa5dEoRTXIG5VQWPJiIqr84DoWZi8Tb2Xgtpgv3EIxdsxLqBjOELgiqb/5YpC7ZP"
    "lFXC9vHqF1QYf/m6GVRZX1HIPl43HyQaQm7hrAuJrCNedSUccgAe0wPZoMgN3ALBuqSBK7"
    "tyDW6/KNgF7P4BdF5VL14Lfp/FA9oAyzlJpZHlW2fueIiDnZtz3y5FllMkZhXQcj+pratG"
    "l8OWc72vHFzeTvBq38a++Wha7N8LzzfdnRLsrlCmVwfhWWnpEU6K65DWV/ZQDZdpuEzDZR"
    "3y4Wu4TMNlagw1DZeda7hMw2UaLlsXXGZJJki0VpodcR277Z1+y8SIq48dAb+0rB9bedSM"
    "+68z58qWLuyGPuxaJ3bJVUcBoXB4tQLzsWj5+ssyC8IqB47cCWXRhcUvKOQXfTa8c2eFd2"
    "jGJjPpqyyeEe+Cza+FuluzOmWjbsy66cwsceo1Q4sXqlB5d3QLqrJ+Hqm6nVm94GPdjsvv"
    "2+OjOSH3JAiEAQr+vnyBXp2zz2UWwkHoYTqyMI0u8V5O1RdcfF4/cPHhphuHPxTtWo4rmP"
    "k9/vEnuILnjY9ARc7Cv70e7PVAGJmUo8/i8fuLzbquZ7zCHWmFdFIRUl6xT4oF1N0oNXdL"
    "roVqUe2mpKaNpYydCGyQ+rKzEWOfNNonndRsk04OVZrA2IgEtAZTAdeUzGALJZZNYaKsCD"
    "lqNoE9sGnDhhu22CI5Jh6amj8IhdmC4MkMvRDs2S/II1PThyu62PTDTrTsN784TbWuaUiH"
    "FIQnTkjhK895RnNsEZ/Paex0R7wfPOxNRDtF1ePAmZuTc34z2PcBnB5RkAo5z2watJ2JVT"
    "XV/WMnVkXYEO5c/6eGY7YIx2Tbo+lUl5VR+ph4l1F0+2w+0d0ljyeJkNKcg4dYy42eQYDz"
    "U34AqTZnRmRzFj2UPW5wNkFW1y2xOLazQGcpHiWr8wIDpHpplo8BvoiWx+x2H4J+/X10zV"
    "Y8vtKj0AsDvs8Xf4o4YOwRtnwaRIT1iss5H02PLcw+/kGMwrq9ticN6a5PCK+WmSS0CVuS"
    "kyfvfRRXk6aeM149fAZbBfjlBT2T+AmPnjOHUOSX6vU8mZ+4iiPQWK/ommChCRaaYKE4NK"
    "UJFppgocZQ0wSLc02w0AQLTbBYXzyy9jysFv1MDzvNt9l5IaWteuvso++RopvfbwtDJe70"
    "xghMXkxpz6R8kM7mwi8rDL88+rLK9KpnLZAP22kYfKmzFmwmawHcmDwruxOj/pLlWemdGG"
    "pZepDqqURYK78IfESxb4kzSxviz2IdG0TMRQ7YK5OKFAkyLSEuF79NtN5+cnvffKxaIRvk"
    "6oiFN5mP3cS+fCL2WNHtc2lDb0po+2sdMuKqG/17qur2zV6d/r56fq/Jfq+UW0Au6/0Gdo"
    "EuoRDMH0jnjCgIKr6uLmirhPE7eMdGnxmJuNKTukK3a/zsKVIUTI6SBPbnrV2TFSWR6EI6"
    "FJ7mAF0SLxB5USSMv+m8KNl0C1JwfFFQ5bAJ+Vih9SZFsfL6LAwD2ZwoZRk2Omr3pnlRit"
    "0vlxbl7vP9w931p4dmt0CQbNb/fFvIXAORuzxAkX3OyhLTrPXuh8x9MVWEr+TelmV8r+QO"
    "m9UmjclRnUbsNdjMXmA6/SPxhRpmmsFrobymQmkqVM7CmgqlNj9DU6HONRVKU6E0FUpToT"
    "QVSlOhOjS0NBVqA1So+HDTfJedk1mXTVeRxgd4UBeJppvfbpedJmVZOVnZjhFzrjKqr5qb"
    "ozbJbDWdV3PMtt0Ga6eYYb/amtW9OC+lcie+8OWs98uyzVZhbNXIZvB8i/XVkg3bjUOnD+"
    "SvqqReWUGVj0J3saLoWhIhKd2Nf/7Ph9xGvIAQJpvxm2+3f8TFF2HDBcZfOLfxbFRNwqnf"
    "O5eIqxt4/4UriyRJOavbTLO9WvgUWpAOi7i4bE9dPceUyarc9a9ifVE/0VeJPYratMrCPK"
    "9ZlWtnVa7I5kqRKlWnmpXYnLCnszOh7zp+BLJ3lXI2Jp5Vdq9fDQEqFekCA+p+wub11Rx6"
    "NO1J05407WkdtCcjO5W2pz3lZmRFPIgizifhDClKe+qTMRgL02v66Hhz6C0l9KeSUr3aG7"
    "Ti8iMzJ7A0+1XyIJQ8CQ3CsW0WbLhzgZKnIDxl9vIDnkUKU/8Zklo5aNcRua18tqSxUYwc"
    "uocwcok3d1gfYmK737+jo9OD48PDD2gADil08m4YHh8enZyc7Z0P6SMTNNCzGcxMik4O0b"
    "PjWZCM18AvPsKPkDsLslBOPSekrBz20SP/bRee+uyZQUBopE8PRcqMmcI+K2sF4ZC62Peh"
    "wpCKUsTY66H4VzR+ES8U8NP5YHB9VaHLR/ZaqTGgDKLOkAqHpcs+cjE3DuaZupwfxDNC0i"
    "ih1kgkWvSgAXVOLU0k00SyomSn2C2aSHauiWSaSKaJZJpIpolkmkjWoaGliWSbIJJlzjvN"
    "d9oFOaVtC4yyu0RdlBy5t7MLj1g15ZNVLRFn2SylkMk3wSbDdjlNoRmakkornTPhgqsp3W"
    "dza+77Jmvu++o1930xfB/7oT+qcmTW80QWZVXe7PRBVzRIsS/lmCLcuzZKHF8ys0qJ6Ctn"
    "lw21yiX3KP4dPIroIav+ynPJRQTIVuYtFe6GgePZe63GtYgbBiGb3EbC39t2Ii+rR+k5Jd"
    "YXXaR+7jbT+uqTm4k1sa6710/tZfIqN0W0uD4QLwht019hf1/LXA/XBNcOlorNel5M5Qbh"
    "dwwbrEm+4DGHdl45RI4auRuOavwNR0WHQ9K9Ry7hwFrbmau0IpWbJxkfaJAqLH3JVxPS8m"
    "k1Z/m0QFmupsnWcHtqyLFKsnt+d7w5m6Q8PjxWN1GthemTIs5yRJ+CnNJuhUGi7eYcCTU8"
    "HzenzitpPum75QgQHbV8U6ZPof/liD6fLu4/XVx9ruP5rJO4UtYkJcyViparu0w1fWk57k"
    "r6qOXkFbja2SOsV/gBYkWRC8UmKHoiv/O0SE45Pt7bR+C9cyEc9DHAbL4GQofoX0Bs4Veo"
    "DSGtJPLD6ZTVTox99JCnnYDI0QKZhV+z5pEJYa/TQ0fvkQOEGbazZU+KKDAIswLYd+hH9o"
    "BE+YhsgpJjh+CamPJMk8xLaaqJpppoqommmigO0mmqiaaaqDHUNNXkXFNNNNVEU0001aQ7"
    "VJPsgaf5VrsoqLR14bg6yOurOSad5Zhw7KTWzV+DubzWq7+xLguoyys8+keNgnWPaqJ1j4"
    "rhuthmWskl2EkklLb2RaKmEvleXGIR7wnL3juTEVJ5CznIKqpEpguRzMw0CA3MoCwefVke"
    "tJyo0j0dlsLrWFu0238YHNxffz0YYN91vIMLK8B7bZpl9bwHYVjLoQG25BsklVO8NSA13Q"
    "M7iLgOPfj8do7NVlmn1jIq2PMn5iICIUM9Ka1A6fa4ExpnoJMXtqFB4F8KwpmlKglF3JYK"
    "W/LpNKSl60Z9S5VWoHRLiZtXYVcfaYxy0Jp6bTRhJ4/RnMxd4sXOkzb8lJJqNnltKLZNHr"
    "POdDUmjvuytyPZbp+Y/uhror9sqy3QVprMeqfVk95pYc7j5vXFW76qiTJ1qLwXi5qDHY1d"
    "HEAOsvtU7+2nB4rpuqyzuJg+VdxNt5zuuyjfLcYvOwWO2WEaHFl8xsu/y3oiOJaYvPbAVy"
    "au8hiIGKfyht3ASVDEA3DGhEzHXxDrRn/PhhB8wc94vGaOe9v5PVeByh27n1VUvjs36s01"
    "nbmCyc42mY6NrddGieXrUbkZkvkl0vcANq1kErKVtl3TfGiy0H6oXmg/1Cy0maWm3Uq7UE"
    "E3pp7ypTaOQVjHLDQ28UtJWtuvDo34oMU5PZZYNCmZmHNs71+Jn2vb+x/KbvUvQWGUHBnu"
    "3IaepTpDfv50/fXiZvfoQ++Y18aOYaZggma3+/pe4y1vW3499v9gceJTIwKgwE1vkg/Ryg"
    "Y255tPJh9ieb4+RfxHq6KrrzUv4h+eaQw88kg8SB24U8IsXyjRqyWVR+V8czT1BA15OZ8c"
    "aNtiiPoibaHvUOTPnGcfmZR9wmt/A+kHTQOyBhqQLZCNiWfTCGaQE1B8gsQbw68vaM50JM"
    "ai3df4qCEVJZ1niiCdov8GzQg22BMgQ+PzjFBkzl3HC4CKztrWAer47sTxyL74fAT1sC/3"
    "qlnkoU+8yNzE1tzxrXLHRRtILPaJgMo+7+bmzS3wZ6cN1vez08rlHb5aOC2wgcOWu5C+lE"
    "BCsPJUGDkv9qolvt0W9v99DOmEx7WMQ9Nmo93fh+f9f7I7275jO3MBDRlm/E6rQIfWEvln"
    "kzH2ZBoqEVCjieCx0k10A++ALN5Qu65p+cR+/fFjLc3DVxiZ5kkEOtw8bLtMAkDtnkIjtK"
    "N2Eqn9UfJ+6rUVLPJy4bMZCZUpkhtdumsCZuNd1CtDZb9H1XTMuE1jYjOdSqVo2Hv8gxh/"
    "M8nzTslJJf2y9pASgBPAFkvp8tPJBYKnGLCphzzozmN8TEC7GL2J63qzd458gr3JrBeV9P"
    "lhwWc7e3aQgNOGbVKLHS1YL/Be9gsnk/U9psFRoieYq/pIoY8UP++RgvdwCevG5VU2ruBw"
    "Zyc0aTs3AXrOqoGes4IvvDQ3YM1Ws5Szt4GNZiuPHp1gz8Q0nn25Xzb0wsYZGje9mzSS6G"
    "SpsLVEqjvRoc3nmW5GhjYJwtZnB3120GeHqrPDFfHxTsmxgX9ee2Iw4hLLTgvVpizZhevN"
    "ts79smw069wvCm85dO4XnfulwRFL535ZSRvo3C+Z9tO5X3Tul7U1wS+a+8ViG3+ZURWXX4"
    "2DcB277Z0+UxH1yRyir6ZeqwC4o5MmYb8n1VG/J7+OIzY+SW7fCQvEf6kkA4mAyqvDZ0jp"
    "gGxmxVY9eVX5SiQYr+v0Zwg/U3k64OS7Xp1fw8yW0r6NV3ZP7dvQvg3t2+jQgUv7NrRvQ4"
    "2hpn0b2rex+aGmfRu/jG9ju2futfg2+Ik7e85R4pawJ0LNioP38rQDifAG8y19G1ztSFr+"
    "S6zm9lP46cDrjQReK+LxGDBLWDjYKXF4xF/1asNTM4WWX3OUFs4xtaPPOe966tgONM6BF0"
    "KkFmdtD27ve+j6AKMvoReir6GBIQL0+m8HhEdwmxSj7wHMXbuDAfrtN7j46LAy6FP7UbQf"
    "RftRtB9F6R2o9qNoP4oaQ037UbQfZfNDTftRfhk/SrzhlxlZWRmF/Sl/xGeZOzjLtBlZZ0"
    "1YDNUkhl+CJ1Jxqmxi3tWnok4j1/I2rr/uKpVSOWRo57tEWN4rL7xSxD3Sx14QQtoLm03P"
    "HqTYL3GUFAv16lwmFhSHnJv58ku9J/wxaPE5hbuh59AEhII3FLwnDoUbnL3Il9K/vkSXPf"
    "Sph66Q46HP5zz3lm1S4sPXZuCj4mOGdJf8BQm1/IPx3Bh5hP++Lz7LvQhyPWh//tAJMz6/"
    "WFo8fW8ffc1oZhHiQmy9+HJIQ59H5oMHaDJjnzB9qBPMRGovrpdHpqYfEK+HfCe6JJqVYF"
    "XMWaf0zXNIBR2z8tDp+4Pjw+MjHu3Kk4oNaU5PLJKVzcehBTlDo1d3nmkPjYlvGoTbBW5W"
    "4Ksyt8EsCFz//ODAhRu1903jgNADF4ZlyF4BfpuT+AdX4i113p6+f8uvsnsL2uwl+c9yje"
    "TamIL1eb4zdPn1Ck1DpoFoFOhqXEIYqsd/505tlFwdJD7kmUbFr7Cz4Y96njnIcFg1ZpB5"
    "gYD8Fbw1jf2j4xPDsfYnzvyA9aKQ6R0cGP/zl3P09Nvz/7z12WuyR77N2u0tJKxjYyX/oV"
    "BtfxbM7b39IeUZ4Vjjv+EGRWP2ehZ6xqK5Hp2Q6cX+ACXOudXj7HG7UTraXvJ+6TN6PG/T"
    "kM6Tz3rxC6ee5x5idbMOl5qLqQCU0ngAgEnibrSHsCcs64jO/2hOiM+6CfTgHvgXx+w1Zm"
    "RiEabvFAOxSwyWKOHlRwRD74ANUnNK9+cGbyqfmZydWeFt4TSkfZDaB9l2fdY+SLUdI9oH"
    "qX2Qy84X2gepfZDaB6l9kNoHqdLQKolTM8flg6rBvTJCdIP0In6Gh9MutiFPO0+Y9JWdQu"
    "iOZHOzitRwmsEZbSTOaDJz24KY0k5KHjZ4megqTaz70IRX96GaVvehcE9odA6WMXhWRmlr"
    "32UUlb+VtYmp6+5kLfO6t+jeC2Iqr92cONq+dx83ugj3uOYi3OPiRbiRN6l87S63eEbklT"
    "cgbaqjP6Qar/quI+6EK7ipm3becmmlJw3Owa31r2+NAg3Oz1Hq+5RpiBJRpVvhv8BR+zXR"
    "F65deyGG2SoIfC1t0bk7wFo0grgETF/+9ZNz0HPdOrSCkiyzNTd/JRJduPbrEpRtMbnXGH"
    "ob132tFes2xxdsP4FnO2UYd/JlrxbbNscjPAqSgstBbXaYvUBJzTk0O/NdDx2dxkAhU9yJ"
    "MMID2CMn0GgG6utl4GI7xD7anQ/Dw8Px8V4PcUAW8GA2/gyOLdokwNYBO07PcdBD7KAfhD"
    "7iLwF3plvsI+IF5qMJMQoJSEmdueOx6tzkMntIF49tFPqh3RtS1sumOXhyH8XIKJpxNJQp"
    "TA0ToGsbkMkI0J46jgHY/NhzLEI52s3vx3K8OVMU/+BoLnJCQHSD5PIt0PrFZxoEHFONxk"
    "UPxLi4xy/kChC2wUP6gmYO6xI6RkLjkxqf1PhkN0ETjU9qfFKNoabxyXONT2p8UuOT68yj"
    "qQEyDZBpgGzVANmmDK4iQgbeihF4K8qNvpz7kKtggwwISPpAbBNLMx4umMJvY4Xl0YRGYE"
    "INllCEKGehdKxQIqR0qNADaAkkFdgvbShmKGta7n2TQmkSic6gNH+CxttEaYT7su3skRHf"
    "4NxxiU1Ldtrop5rKZ0huMmkc1+RH1tjY1rGxRydwpKCxWKALyNjvka5qYGG5A65jQVCalO"
    "UzMl0w/lWqroL2T4/beftfOmxVx7SiBVKphRYYM7F1zevJJ/LuBGRgz0RyJ6Kaprj89u0m"
    "1xSX1w8LDfD96+VnNusvLLTFTUyENY4qG2IplW1U3RqylLYNjYiI0YZW5espYbb5VrVFq1"
    "fQvJTKK+gtINPovs+230n8cruDfrOTft1Rv7BpBDR+ND8u6ctif11u/IzUq7fnG2qFmxzt"
    "YHU79FOJHTonNsh08kRAaWfKDedrXHC+hjKbxJmcpWevsPOGevCfQsXtX71DnVHKwJHyEC"
    "4KqmzuW2cf3ee03b7lg6lda/qaDUhBslv7D9mWkNuCpKQxme6cl1K5Lw9ymm6Nt60Os/Iy"
    "idcToXrlFMvFUr1lXMvxyI0lRvNEpBHrsjqEcJGDWVqyh47O8ozMHP0SsJkDkcelwMiENC"
    "6edQCt2kOhxdPnfPrUYwVnPJkNdx27sY8/YloiF48902LV8HRfPTQXWrgOO9GbPXQ56F8K"
    "AiYkEwrtgwl7LOQfEg7oHqrjY0Zpi1JK5keR/wdTYkepiswg5lIOqUiRdE1/EBqws6OPeH"
    "43eMjzzJzMeModTa3U1Mq2W2JNrVSb76WpleeaWqmplZpaqamVmlqpqZUdGlqaWtniNK6p"
    "lZpaqbDBNbVSUys1tVJTKzW1UlMri5OGplZqaqWmVmpqpWL219RKTa3U1EpNrVwltRJQdW"
    "E2CdvnhFQ2/VfgDDxEiiphb0FdGE0mUl75rJDK9v4eEzPa2Hv119JzcoiMoRMBlY18iZuf"
    "4NdPshQUGyk/YVZIZUMDuXKQaKqEtQWRSdLaqZDq1r5LNFXC2gk7TsLYiYzqti7l7m1vGu"
    "GUPNlpJBFS3diDRNPtu7mZ4cauVXF5RaWtYxHVLQ2cTjV2H54geI6kWJl5oVaYwoaMHfFX"
    "paCEV1EIC8TsgqlLXFOOR8wp7UcoQ9b5vWDbiFCdeasOmvnfcXeKP0319PBzwhhe6GXMCo"
    "KCwp/3+f7h7voTM/jWeO+f/iBGSKeXTMeQVlyfWyzVW8Z7n4ymXGI0zoo04r1/QuJhnMqe"
    "fWKB915asoeO3rfNRBzBMkMaa412L3sIeOt3l3v8a6ZAaPkmSguMIQ6FX3B9EJgGJCMek8"
    "Ch4o+9KLuxjWmAzUyS4yEVOY1tx8Ksuji1ceTCRcJ4mRtX42TG+VzJcC+uuPKUGvm8yJHE"
    "kPI3jT5Ksx/Xku2j5MeC5i8sWaTbc579C8Ee6IAn/wqZ3aAV2avYvLAPF+PuesTCLr9lmF"
    "enExpr1n1rP7dm3atNBdas+0z7ada9Zt1r1r1m3WvWfVFSs+4VG1qadd/CV6hZ95p1r7DB"
    "Netes+41616z7jXrXrPui5OGZt1r1r1m3WvWvWL216x7zbrXrHvNul8lCzwF6CXnlbyg4l"
    "PLZU5ZVeYTToWQNntQiiyv0+Ixmi9l8EhNVWzNU3ALoknL/N054U6l8b5Z4Nes7niqs3mr"
    "mc2bOqPK3Xott7Z6v67YkrqPpPbqm8g0XWnx+jTTNUckxbeEKzoslW0JOVlvxJl5UpvCBT"
    "mV+/C9ICQ+xLpuvxPzZY7bruUSmZXt1ArJG2HbCySHh6W7fF5K5Q4vzkEcWG7d6VeDKxf4"
    "+1sjmF99wWxfee2ZU+ybXzBYopJmXl62t4xsboyeQG5kCkH2V0ayEef8CvEn91D0bM4ozy"
    "pQ4J7XSryCgw6M7Zhl3gPG9RMGIrg1B/I3YcXZGC7wwOGrlE2e0sgX+OPngrXtPLOx4s9M"
    "l1Xvst/2SqnjaAlzXCAUOYI80z3DJ/8k3h8dDcPjw6OTo2NWCwI2GjIpZ4g/mrbNzMX+hP"
    "edQHv4H9HRSVT+PZSHcmNmZyuXB559OtdMcs0kL7OvZpJrJrnyHDzNJNdMcjWGmmaSZ9pP"
    "M8k1k1wzyTWTXLJtNZN8k9bWTHLNJNdMcs0k10xyzSTfOddMcs0kV2aTr5nkmkmumeRK2F"
    "8zyTWTXDPJNZN8lUzyFJmX82RlpVQ2fj+n6fbZWhH7oWTuqONpZaS6wtAaZGgeqzsPyVGX"
    "x7jEXVhPiItlumLmm5g/syUbh7hsHVzGOeyUhXO0pG115Z+YhX/DGV7KnC41i3lLKdx17I"
    "OOfehs7IOmgf96NPDPFz4JHtga5t6wN6YveKecAl4s11tG/yYjzGRGAQiN7IxUI+r3ZwRP"
    "RPyRKPPMAuO7rGAPHZ3lid4A7B5wtveyZOPj0AoPhtQlHjvlsrUdQzbxp9AI7QOX0AnTkl"
    "Xvs2Y3H01Y9Pd6USVoTLwJa3MLWcRnT8L0wCLj0MAvvArO1TYwGwezHlQfV8XvW2KVzMgz"
    "k2AqUFYDsNaDcD4OZ/zpoHcPiSuwWNGncG4D/TtKBc53IG4MYApW+JACJgnsbAxpvgVkVp"
    "pf/L/5u40yb/TfaOaw7iNI3o5jvfFR/v3Rrhn4QyoMDKYliNmVyUA+cdA4iHKWM0nfZVtD"
    "nV9cs8Jbb8o1K1xtqqpmhZ8v8rs1K1yzwtfRBpoVnmk/zQrXrHDNCtescMm21azwTVpbs8"
    "I1K1yzwjUrXLPCNSuc73I0K1yzwtXY5GtWuGaFa1a4EvbXrHDNCtescM0KXyUrvABry7RB"
    "qbDKTfGFA/SDCKBX5uTf0vwdMvx9XlUlrM7dJYJqImP1BTGVrQ7+FXSVqKrEhONmBl9Tk2"
    "dlVLb3ayaW9dwegWdy59JEQGUzX+LmLqw1c2s550xqyYwFVDbwl1jJ7RtYsPlkLJxKqGzi"
    "74mWsjY+aWLjk2obn5TsAYEoWbRxpc87FVCX3/Yl0XHzBDcv5A6zkRQfMy/UyrAb6rt3oY"
    "w/cAW2LRDBC6YucUo5HjGntB/hC1m394JtI/p25q06aOZ/x90p/jTV08PPCVd4oZcxKwjy"
    "CX/e5/uHu+tPzOBb49n/ngbxXmEbz+HETLwnXJlzvUagt4x5/zhKg5vZhp5Jj9y8eCMK/u"
    "8o1QFxJVBeiwIXv1aih47eLc2+Pmb/hhRI74Meumf/X+3lcq9nCqT3gB0EpoEtJgx3P4k/"
    "luRiR5hfm5OkZB/ShZzse8CuFw6ieWhjs1kudg75IqDim5z1z8qZTJi/ADO4lWfeP0QseT"
    "RjilKnKiCB44WIP42jQzxdPKSgJzarjrj/f3tX1Jy4DYT/yg4vTWYoadI0neae4O7mLiXJ"
    "MSE30wdmiAAF+wCbsUxIHvrfuyvLYAcM2AEirvsUAlpJXq1kaff7VqrlUeJ1OKKvE3XAae"
    "X3yoWG50dY/sCffjC1uQqmjghhii2PhdsD5aMlBIzTZ5z+3vYxjNPfZwyfcfqpkWecPuP0"
    "GafPOH3G6S9KMk7fsqnFOP0CUQfG6TNO32KFM06fcfqM02ecPuP0Gae/uGgwTp9x+ozTZ5"
    "y+ZfpnnD7j9Bmnzzj9rSI5Z2H8nOtKWtDypaWW6qwt64kGTORWe7g0srxLjcfR/FwKN920"
    "RdcER2kPhRcKtz06W7J0r0s4nhbm1OOcetzG1OOcBJuTYO9+L7i7JNicOv9djNicTjTWss"
    "ixZiZ4WIZ8E3d722Ycw2SL+mKT8jabcm0RL1zoVbjJizD7NbjoCOdM+utUvv0A/Rx3nUfr"
    "aSmbtT4LVkIj1WcrjvEa6N42OPdF/a+Isy1IHsrR5pY6TowH6view24LxKH3YbbcTEI8fB"
    "gYwxIiS+r38ireykiXTKA31nNUosozQBSlKnQd/F5C6AMaX0yK8B9BAHFVQuI/REUUuKGa"
    "MS4uoYGGIhw4Qknh+cSBAMMuKsPU8ZVsefWrO+JUeDp8QPJlYmgkBND4Qirtdh3AY5puA/"
    "xJSB0IHVdBs9749Mu81eMyfCXPXMs7Gs+9dBHXg7ob+FMYSvFkuByoGPdJzqShgzVjpQM5"
    "xlZHIhjIHhjvJEzd0NFCtAdq4cuyp/9r1o+BPt9hQwOo0YTSFzvEPBPoyK5P3JG72nEFbs"
    "h8pUebBWoInxL1GA3aJT2aaRxVrekoUBdBOKGFSg6xG4G+AkN/l/qqI4f+9LjSQiFiw5gx"
    "ovrRjnrQedEjg8+fuq5Dd3tOkBEKW53dOaEq0BRPLpUy/YNpgHNImX4ZXbqRhKLLK9DOPE"
    "UaxWqOHsQj1trWMg/H0QDofwLwpDTXYgRu3wlpuGUPn12bElaMY0fwBtQ/WuEzUYgSDY4m"
    "KtRqc3AQjeH1QLmkUCr36AcjzcfpOrJLw6fHwjA5sC585ugJjFmjkoZ+n+owD28aQptC8w"
    "r94OUDaFwnqYJ+N8qYeD1fW2MF6mjnCvTztryGDPBI1RP9wIXTv07Ofju9ADTFkZ4LobZ+"
    "sv+EcUbmc/4nlj071WXp7hQy2nFyjHXHE2IgAtS7HAtawfUFI+oYu4pz9wQnuNv3KqNeGV"
    "qlJo210FehNAKh9H+XWs0lpikxTWmZfpmmxDQl6wHeTFNimpIdU41pSonxY5oS05SYprRl"
    "mpLbKeqANqJWB2DxLFJkSp1vMqXOs6fUMuA108GYDsZ0sO3TwfblSraQDbYiA+D65ftt2Q"
    "D3ZeY6HSBEfuRCpr4DBpgODC/fGa0Mga/bElmk9vt5j7cd99Z5mdoqF9orKWP1ImFgvCc1"
    "GbihgCrd7mxNAJACHu1w8mOSM6llWsxm/dclfMfenlDkpthqsZHaVxymThdPUzp6mj/een"
    "hx1nekNa4g2F37Xv9ePmc4uH9ekt2qU+rnf+5TB9QF6tHskHr97fZLXPw1H2kptbStZEei"
    "dgufKhersXpUTCS2GXXXeym23G+dchrn2iS+f67zzys5m3X/SZPAciWEfbUn32hLvmJHnq"
    "X16G1ZLAdvStbmVLz4srUwG2/mBufwk/LmVXjevLwpy7MqPW/82EvwSwmNZEOXEpma14OW"
    "MnRcqkLg+6MIHSTxz6PbRWkN3Zk6vnySAQhPTWWgCCmiYTF93+8pgxDSaJsr70l6Ia5bKh"
    "5KOKpf3R23vAilFKNEahq4QZ8+x4ia8VB0ZY9QMW6of8U6nAnhpTzd1lSQDRA6I4Ll6BS0"
    "BAfq97FUy/shpqIzR0nRz0Q2nAQTZfwaEOOO6nIshkLjn+BIPo/9IFQnnVGvHUj9uTJ+4T"
    "y0DPAo7JBggIfdUWcGeFwywIMBHgzwYIAHAzwY4HFAU2sJwANPQ3lmVVze6qighhpY5fmh"
    "SHauiJYpb7Wadcz7DWreSRSrL3uTfCiDuYTNL4kvupcn1zqFiDXBq7kHoa0dCHn0vkzW5h"
    "FozPoLf2tnyVtMfzeRxHH7LQOSJW/zoNxeNeD1wBQakK3Dyzir515S11jCo20ORvf+QC71"
    "Qc9+K69yQqvBqB3Oiq11Q3/zJAxdb3CpvcnEj42xie2heCGqH3EJy/Akhm4PJl7oDuFBPo"
    "9d3Dw+lEHhRA8BD/gPE6X36w+VBY/2bppgp7BdTmFtc21HqFypLtJS29mm7kLNpebX6q9n"
    "f1zAbGrlzpVzvkmunPPsXDnnr98MxglY0GN8cD4sdhdjFWZZzDvmCbEDGvOaDIZiMCFu/n"
    "gL2ZFsGuuNnCrmfZfbT60O0nM2FoP/4yDP9kL5YDxpKatv/Ig5JHAd7fY2XMS3fWO5VGMf"
    "HywvXuqVmM1QKX1qxd10s36zPx2vwkplMqPyo6RMVQkTOmjr3hg0lZ7nKbjUx2rzY/XT59"
    "JyM9+C0vHAeZes7kCtfHNdp6d6StnYG7j9fn39Xti0qgzcrlNa4hYwv5RXOQXEvMw6j0D2"
    "gZJP3HaduDNhWNnH7WwcllUhoc1VvPs81jSpcmjYFP8JtbuTMBu2GEpvyRGHrp3J8F/MRd"
    "50kY9t2l6h3K1d4vOuXu5//wMJuc6o"
)
