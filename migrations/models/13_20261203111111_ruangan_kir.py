"""Migration 13_20261203111111_ruangan_kir: the same change for SQLite and PostgreSQL.

Made by migrations/make_migration.py from aerich's offline output for each dialect.
upgrade()/downgrade() return the SQL for the connection's dialect:
  ''    nothing to do on that dialect;
  None  no SQL: write it by hand (or, for a downgrade, the migration cannot be undone).
The SQLite SQL runs as PRAGMA foreign_keys=OFF; BEGIN; <sql> COMMIT; PRAGMA foreign_keys=ON;
so it is atomic (aerich's own transaction does not cover SQL on SQLite) and a table rebuild's
DROP TABLE does not cascade: do not put BEGIN/COMMIT in it.

The SQLite SQL is edited by hand: SQLite has no ALTER TABLE ... ADD CONSTRAINT, so each new
ruangan_id column is added with its REFERENCES clause (allowed for a column that defaults to NULL).
SQLite cannot DROP a column a foreign key uses, so on SQLite this migration is not undone (None).
"""
from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

UPGRADE = {
    'sqlite': r"""
CREATE TABLE IF NOT EXISTS "ruangan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode" VARCHAR(20) NOT NULL /* Kode Ruangan */,
    "nama" VARCHAR(100) NOT NULL /* Nama Ruangan */,
    "gedung" VARCHAR(150) /* Gedung\/Lantai */,
    "penanggung_jawab" VARCHAR(150) /* Penanggung Jawab Ruangan */,
    "nip_penanggung_jawab" VARCHAR(18) /* NIP Penanggung Jawab */,
    "keterangan" VARCHAR(255) /* Keterangan */
) /* Ruangan */;
ALTER TABLE "kib_b_peralatan_mesin" ADD "ruangan_id" INT REFERENCES "ruangan" ("id") ON DELETE RESTRICT /* Ruangan */;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "ruangan_id" INT REFERENCES "ruangan" ("id") ON DELETE RESTRICT /* Ruangan */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "ruangan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode" VARCHAR(20) NOT NULL,
    "nama" VARCHAR(100) NOT NULL,
    "gedung" VARCHAR(150),
    "penanggung_jawab" VARCHAR(150),
    "nip_penanggung_jawab" VARCHAR(18),
    "keterangan" VARCHAR(255)
);
COMMENT ON COLUMN "ruangan"."version" IS 'Versi';
COMMENT ON COLUMN "ruangan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "ruangan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "ruangan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "ruangan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "ruangan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "ruangan"."kode" IS 'Kode Ruangan';
COMMENT ON COLUMN "ruangan"."nama" IS 'Nama Ruangan';
COMMENT ON COLUMN "ruangan"."gedung" IS 'Gedung/Lantai';
COMMENT ON COLUMN "ruangan"."penanggung_jawab" IS 'Penanggung Jawab Ruangan';
COMMENT ON COLUMN "ruangan"."nip_penanggung_jawab" IS 'NIP Penanggung Jawab';
COMMENT ON COLUMN "ruangan"."keterangan" IS 'Keterangan';
COMMENT ON TABLE "ruangan" IS 'Ruangan';
ALTER TABLE "kib_b_peralatan_mesin" ADD "ruangan_id" INT;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "ruangan_id" INT;
COMMENT ON COLUMN kib_b_peralatan_mesin."ruangan_id" IS 'Ruangan';
COMMENT ON COLUMN kib_e_aset_tetap_lainnya."ruangan_id" IS 'Ruangan';
ALTER TABLE "kib_b_peralatan_mesin" ADD CONSTRAINT "fk_kib_b_pe_ruangan_d3df68ab" FOREIGN KEY ("ruangan_id") REFERENCES "ruangan" ("id") ON DELETE RESTRICT;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD CONSTRAINT "fk_kib_e_as_ruangan_c2f63cec" FOREIGN KEY ("ruangan_id") REFERENCES "ruangan" ("id") ON DELETE RESTRICT;
""",
}

DOWNGRADE = {
    'sqlite': None,
    'postgres': """
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP CONSTRAINT IF EXISTS "fk_kib_e_as_ruangan_c2f63cec";
ALTER TABLE "kib_b_peralatan_mesin" DROP CONSTRAINT IF EXISTS "fk_kib_b_pe_ruangan_d3df68ab";
ALTER TABLE "kib_b_peralatan_mesin" DROP COLUMN "ruangan_id";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "ruangan_id";
DROP TABLE IF EXISTS "ruangan";
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
    "eJztfQtz2ziy7l9BuepU7Lpav+NknFu3yo4zM44cR2U7s3vueksLibAEkyJ5CDIe33Pmv1"
    "8AfD9F6AkmXbU7SSQ22Gq8+/u6+793Zo5BLLb/Bfse/fMBjyyyc47+e8fGM/GXqq97aAe7"
    "bvql+MCPBHdm4kGTDfkHxJKPjpjv4bHPv3zCFiP8I4OwsUddnzq2EHkQj6JXbE8QCww8RQ"
    "Y1iY0tFLWFpthE2GREvslwxrxBak+E6AWSL0b+lIRP/4mw5RFsvCLTdl7YPoqf8MiEMp94"
    "xEAW5n8iytCMMsYbQlP+cQ8xRzZjkz/9R5v52PP/FriIEWIwRH2GDPKEA8tHHp1M+T+fHA"
    "+R78R7RZ7D23fsMW8D2wZvgH+K8ARTG+2KFrExo/YbhoghmuEtv+7ti18S2PS/AjL0nQnh"
    "j3n89/zzX/xjahvkT/5bo3+65vCJEsvI9Qo1RAPy86H/6srPrm3/V/mgMNJoOHasYGanD7"
    "uv/tSxk6ep7YtPJ8QmHreHaN73AtE7dmBZUW/GHRZqmj4SqpiRiWzDPxDSoQLpZzvD4e3X"
    "h+H9p4fhcKfU/7FEpl+jj8aOLcYOV5XJXz8RKvzt+Oj03en7k7PT9/wRqWbyybu/wlenhg"
    "kFpXluH3b+kt9jH4dPSBunRk2GbN6uH6fYqzZsIlCwLVe6aNvYkps2bji5ivOmxr4z/OfQ"
    "IvbEn/J/np02GPOPi7uPv1/c7Z6d7om2HT7Bw+l/G31zLL8S9k7tG03rISPP2Czb+Yqbyq"
    "czUm3rknDB5kYkvR//ZZEeiD9IuyBdspbog6toPUt0b9EXYhH7aluv0TBo6IuH6y+f7h8u"
    "vgxEyzPG/suS77x4+CS+OZafvhY+3T0r9FvSCPr79cPvSPwT/d+vt5+kpR3mTzz5xvS5h/"
    "+7I3TCge8M+Uo7xEZmxMafxgb8SyxkT2Zm1okPRnhsvmDPGJa+cY6dumfLX82OZ8VPsI0n"
    "svuEcYWa0S5251TvbvLzxm3N5ePIbredDcSjyOXzaBLYuGLLCveLJ7nbOE9PVGwcZH+yj9"
    "7c+/gJ3ROTUTQgFuZbIm/p2yyYvdlH13zvMPnAlHsMI2PxOsTwK3qZ0vH00Y62JdHogPgY"
    "3fEGeDsT+p2I/QuNXuMdDDYfDTcf/idW2Xvi5zXeem65imgQTxzV/ef9YYv95/1h7f4jvs"
    "rvP8/Epqzaxp/sYCbtfC1OfvwoV7J3Irwag69pp/kca6lq7ZM21j6pt/ZJydpMLGOLWjsR"
    "Xsja0eBdt7HDhZpP6ADdB6MRnixi+NM2hj+tN/ypNLzC/pr2EN/T5A2Iq1fup8tI+Ne+2E"
    "jkTy53R2b7HCSNaTQdFBafv+IhGH+aHrxSiwWMeEva6htv4gez0LpPbJmhVXN2yw+++lPc"
    "FJvDxJEw/yT3peh/OEfyHIj+RPLqx//E0TqVO+J9tQny6dgkBhoTy4rPeqGDghttSll4CJ"
    "zx45vhhB/g8ETH/yf/KXWuO6n9c8eLTqypm0Uo8i84wv3E/oM1LREaeRBw7ZGi2sB4mVPE"
    "pux7UbGEtDHvUZuTw1H9yeGodGQTi8pQaWnISMxfH7qxza1ilSgdx/I2Lhv4V8cjdGL3yW"
    "vpXFx/5OqmfeuOEfxjD78ke1V2aPGfz3808cPZfnH/8eLq085f23EhyfNbxTEkPtc1uZBS"
    "j1AbL1L4NHKxXV5+dy7ESYTxw8LL1EGWM2GI2vvowkZfxQnFdzx0RRgWIMfICWwD+Q4/WR"
    "DEX4LB/aPh2UHcLOTfFXa3rIz+bqBqd2ibje5tm43ubf1G97a00QnnmWzfxK6q0y0rt7lz"
    "xc7OIla/SVVVPl0ctzpeHDecL45LdsemT58q7s8OX+uxXXeGi2QKxh5xoXVZOx72Sqe4SM"
    "3WO2CVXS+/fr3JwTiX1w8F+377cvmJG16anT9Ew10xXmEy3h3M2IvDt7spZlOVQV4S1Pr0"
    "/DtXEvX5sorusW0sdJA+fvu2xVDnT9UOdfld3vyzgPnD8RTbEzKMLao48uua0Hsi/B0/0x"
    "H6Dds+Ve6XzcwMC3O78jMTtcsd0gxC5yVXgEBvyFN9I1RGD1wTc0q9pftCJ8Q5tk8Jcs72"
    "+BOmFjGG2PfJzPUrPLi159cKyc1ddA8Vu/k3PMEWuonH56ZOtZmZ5Qin5zDgc7/CETZnbh"
    "VkuzO7+LwyA3tM+Uo3c/HyS13nptfYI6IT+CxR7fS8ZKcoPaMgVPqn4/LkKF2EYTWPYUZi"
    "oYV0Q3NaeE+2s4aCExacsGu377JO2Du+cNxdf3zYKa0GKzBrPPe6thK0NWpmCawx6nZc2x"
    "eBQf1Ptu+97lQ4uDPf9prc3Fg8Jy5Jrfzc9Q7Y+R7qf6YA6gh7lAmb/kvJbX1JJz+L5/qX"
    "4+OTk3fHhydn79+evnv39v1hsqaWv2paXC+vfxPra+7EMd+//YJNP1A9HSZCmzkYrsLZ/f"
    "dY5Z/6WJiFulq7HTMy6/I4rqKH9UIy6hkR80mWPzQ7ohV80YBelMGLDdN7NuW80Ifdk2zi"
    "JRvXbtJZEZ2vk5dCz+3cJxnhHRzMykb9fP/1ttqqGZHizkvHPvofZFGmkXHvU3WX8rsJg+"
    "Q22Hiw7n65+EdxHH+8+XpZ3DlFA5cl88uYVjXzJyLdMH+irn7mN4nlzFynItywft3Oyqxp"
    "6V7FQaQfqYl2Kf/DOxAIBbH2FlnLT47bRH8c10d/HBfXcpPfaT1sT3AFxtZk+ayUzttmP6"
    "ep+jmw3UGw6SSoGvexTs/Bve94xPiVVkdXZr7tNXkORsQzMd/NwwPffIqcoNk/8VbfMDR6"
    "9QnrIfFiQ0Q6+lNCPXT/+8Xfjt+enUv2PePfITbGNgpcy8EGf9B/oWMiOHKCGuc5L/vFvl"
    "zTK5Yg37Ep5q9TmVOphMYcsciMiC522F/VWbSBn2cGXtVa1uRBSmW0dst/k2qi3RH1cdvd"
    "Y4M+pYwHr+qqe0lt7L3WuPAq77dyImtk/2tGUbj0LX2EuoxORckRio/wy+vbi7v/TM5QiZ"
    "/o5uvtb5cVp6jL/3z4dFHK3MD4GaNq/M9L2pDKdQrcTdX+6fx4mhwpfuc35hs6CirJ9umX"
    "jQcKvifSoZU8N/dAIZpFSbsFvr0tAzuxhaaORQ382kMYjQNfzl0myLaOxz+Rb0MG5sN42k"
    "Mv1J/Kk4FBxlSEJ4pEDGNnRhh68pwZMPE1ZOJ/590ZBZK2tGxGYnMb/ZHimvaHUHI7Hiig"
    "B/1M+0dVz49eVW4seSmdvQBhNyPHIi3dX+uGgwLXWHCq5SU7NdWCUVvvY0enWgUJs5yaIu"
    "o/tamWl9J7qolu1miqhbydRaZaXrI7POcrOsVusPwtVfOpVd7GfGxPJriG0V6H/SYiTR28"
    "mnV0NXkiE4WX6lzRYRXRliqL0mpTm60dAED118ZWgZatlqajhrXpqLw4dS3V2Y40H7rFTN"
    "6xdxQ7Y+G0Z6tniRiYYU9ltCcCWu++QkkRxE183N4xtp4oS00cVNf2k+PN+IAVtGtfevor"
    "PFUVT/WaXFY0fn7o5gTm+q6SFyGDL0m5t+UcWbfkBUUvCfNNCa+VRyZBmLiM/3VM6HdiSA"
    "cV4k05gc+oQZCLPf8V7d6829tHfxcZs4Uv6wUzJEJT+fOO/WjTMP/oeEotI8q7zcfMqwyL"
    "4k2ZRGal+ICeg5kl8nyLFBUinakQeqIe85HYFBH2hMfMS9WgkLMUXGXgKgNXWTfv7+AqA1"
    "eZHlMNXGXgKtv8VANX2U/jKuuc4yG5N23M53DU5h58VH8NPirlGrKdmaPkc0gEdF7GbmMl"
    "1ROjtsuM2pQatSL6R28f8IqCgdbmBH4OjEApeioR0NoN/DnWUoukY+L9JmZVRL0bx548kD"
    "/rUkhkBXVeFO6yii63tX76x0NuVy2Fm+SokvHjxRiU4igXjq1hdSKE+xm2rFrXSEFU3yxT"
    "V5RJh54ZevR2hcZqvOGT43dniadE/KPJSXL/5eLmpuwpiRbXoZv6FxdYm4viS67TG4vZlM"
    "rnfKsD4vkRbrbqpZsFsxHx1AIzczJa09/vpaabc/c1pKVhiSp5KytnUAmfCM+0HTRz20Qq"
    "uUGmnEoll66gfg1RKe6SmZC5e4UmfZDodFCLD6l1yFpLv1QaswJiqzN6Yyb2WGJIcyJt0r"
    "IX4awSxPYwxb5AzpKmBciWwHl5zCybmD0sH/syJbaA2d4w9G8j3WqHJvk3lI0FFAxQMEDB"
    "uumaBxQMUDA9phqgYOeAggEKBijYz0oYX5cXah3ep58nkwzaHWMPo8ztdKFkPmtBFjaf6H"
    "tjx4GtZfpOub5q9/KCmNbWXdjltGZXa87ts7S3tYrj3fUOaOuELQ7H6mKN20sTrt860tay"
    "uuYJl9W2bR9jmx9n8E6lSzb3RK/ZGRs/OzTih1u4YWMhFL+hkK7DI7y3mY/44BRBBTiKZ0"
    "CXeCJ8t1FJ7nviGxj18Shw+Qiy0U0ww898M0a7N2d7sp6mKPvzika8BYZkPupHe0TCFB5H"
    "h+jF8Uz+Sv6GV4bwE9/JZbPRyz/I0IpQD9sRPmH2QrwkfZgt84J9J54R1Fb6Bs8ueHbBsw"
    "ueXa3vxODZBc+uHlMNPLvg2d38VAPP7k/j2d0w1X5TK6fk2qP7gKuC0rvVIrMLyPcaku95"
    "U+NKcttcVvi4mhir1+i9C/WsdAXowQv3g+cA28O4xpEallEprPMG/SAVRoOcwlrAGNKPM2"
    "woRlbdAwWxbrDEL6XPSqEgmdqaEjPoDcoHZjCtcKTPZ99nZbth1Bj0vMpovnK+vY/9YOEg"
    "ylR6g1GUV9QnHo3CD1RY4Ymy6ueMVseMhlNGcW2w8MyllUn+RekKVj2Ss0JdKNZzk9FXv2"
    "o9NIpbUAVEc1Ja46EDIs/WaDfCISQAoRY9tT5INA0a+fHiT5YxfHsoNDcQtQPtHN5VISQn"
    "wcoa4K7wVG8eeBc+L8G7JHqxHYIXSspje3UkxUWUIoyZYWIxk4zxjD9tp7Ae/1P8nfoMPQ"
    "XWE7VmxPbR7s37vQ8FEY+MHc9g4tFH2+fDC5vIwvZz4O+jcB8iTKYew8j1HL5UYQtQOUDl"
    "Fl2jAJXTGyoAVO4cUDlA5QCVA1QOUDlA5To0tX7ueIt1eBz5NY4PHaX0TBkRrbGhQaqnFg"
    "iEzHGXMF3bWjsvpbXBZV48BShuA9UQwsv+MLzsl83eDIKWhHXehB9Ct8ZNoqyGUGiE/TC+"
    "yTK8EGyUEe0WanSfKg6gEYBGABqtAjSC0MS1Q0MQsdUOANI1YusPvs4+URMz2phJq+qxXh"
    "P88z0RUM2jlb4K5TMwZ+Gf60ydGhxCQSwYzajPehLwCV8/Dh8IY6pSvCfMpuU76GUqK8gU"
    "a9Xs3vyyt4+ErylXD+fJCbjYH9iihgjPShN17cagEGThAlQIUCFAhbrpqgZUCFAhPaYaoE"
    "LngAoBKgSoEKBCeqJCDTly6pemnJDWQEXtvXNr2NCUK1MDws134SbCOm8HvwslUXr5X8iJ"
    "e9bGiVtceDJO3LOi3cf8Uumrh8dlxHS2+cdUTX3RICjjsbYEiuAfX71vJJ+YX9G6VbIL2X"
    "ljB8hswR8AJDQYz6sDJOpH9QrsqxAHpPFYbm3sqomtFQ70MfArgR/5ea8J6RnHT8xFduK2"
    "GvLxicYkOiNAHIOMqfDDs57Eb8SZPLCoLJgSp/gz+P9dImr9iMgtKe08PdpJQkt02b9Fx6"
    "cHx4dH79BujFbvnYeAEB9BvSgrH2aOHf5d0NccI1EiPFyGX/EbJr+EskfbCIT68jPxzvDb"
    "6NAXarEr/+vjaSDimCzyFP6+278d9/h/jvh/enyUuT7CIuwIMd9xogIvvKlHO7aJQKZePO"
    "r7xN5L1OMHllGYFljEcYvm+b9YwBWSuJaEutzAD5g0zjMeYR+9itSF3EwvhOsz2X+07wJL"
    "BDVxAeYE3pj/ncp3I97F/CuUdBJgWoBpLbrTAaalt6MdMK1zwLQA0wJMCzAtwLQA0+rQ1C"
    "pvYzIQZFGIIBHeIMn7Ibwc7Sh2cBhFUnWXbDPFTtpMsZP6KXZSmmLYqi6rXr+epRJao2AX"
    "Us2FLb0WHIyOsIGnwyl+pkM3rWudt/ylwxdgbNfcMKtbKPTEiDexrq5IPlHoi2+2H5joWu"
    "qOfue6r6yq9+XXrze5Je7yugjOfPty+elu90j2E3+Ihh6r8hWKm5Nhi9o1PsLmIvclYZ39"
    "3oNEWWSSvyldWFdR4X4WWGrhUYlAR6gLX2J9Vx4LpR5atrqQsk1Zb42xZBZfcvja6VVYsH"
    "l65wR1nto3XFG0KzRVy722innNKMND+1jVthkxnS17z9WUpwkUnfyEN3xLNj5azMZHXbTx"
    "0ZZsvJiJO2jhjdsXi9XUF8HOYlWNATiF60eFtM5ulQupsYiRFouzVheSLBw3DOG4Re/gNU"
    "3p3DGDLBh5EYKRNxEYuVAXtbmdH9ffzo9Lt/MECV20V3IN6NwX/QTzHWQx38sY89WjP2IQ"
    "v9wdDVHxWaEuRMX/GjMVLsUl3TYwekgKDusXJe+SCX7BipmV80JacwEHoapKu/S62Gluqs"
    "uSBKrMr+qindsyp/LjTCvKVPx7K5MlJ6ZoypCcPtQiKXKlcXcuUNRMXLc0zWq8e3F/K5Ig"
    "246/lzCDxtgjRCZIJmHi5Ktv/eRLT2TCNojHBCHK2H+0v/AdnbfoPWMR8S4KlTKfD1TjXH"
    "CW+CdjZ8Y3HWKEJVQfvjygj4Pb+5DHJJpAuzPewlC2MHSxgfd6iDlC2CbfifdoTxyuBh/q"
    "FtlH98BDAh4S8JCAh/QDkiOAhwQ8JD2mGvCQzoGHBDwk4CGtrQ4qdct9fEvd6u6Nnl7JZF"
    "rHSXvn9nqwyBQ6et8mFPl9fSjy++IUsiu5Lg3lZauZLXpxjG5bU1gK5m3lmTxqcE0elX2T"
    "E2Jhj+vuqtG5CmI67wu/CVXRVazq9slzoe1G/L9m5KJWs3pWUn/DX2a0VbX9aRvbn9bb/r"
    "Sc+5rMXOwPLTytcsc3FJ0tyOls9wepK7qJdVW1+lkbq5/VW/2srmB1ndnnJzSos7uubKQ4"
    "l4FCH6hxksIM+KYAh+nCMF+pEa23zZAD3U+1Vd4/2+ye9XtncVB3MMX44PZ+R9HqOmUX92"
    "f+cOzaFTZvWEEyMh3JgxIhCutYNoQ1FjBg5+y3TvPxpd2su9I3mDAV65AZU6VXbcqJYzmS"
    "9OO6rrnoIlpqROdj2W+RsmgwGPQXOg23OQzXn4WrVlNzMlIdyJFIdwbxbyJy5JJ4JrYweu"
    "BKmes6kwkCkto1OiOi99kr1VOLEkbhybXR4G2Pv1vpgp2BuBUzbCtXewlPwUv0x+rpbYQR"
    "qwoOb9cLqbTOi/enREvl23Sby3T9Xbpq1a4d980rd/1I13j1VhrpqnE9Pp3yw8MC63aFqM"
    "6j9yZUd5llYy3LeMGMQyuwqm7U9cO6toFuDPAboS5aqHeWGur8z1nZzPOC2Sqb0Dls5XMw"
    "s/CU23W2mI1XGL3iEtughsiFt+g+mW9B59VmkGiqeNzOrzhtwMR6LLEEJab2G6qiihWiOt"
    "tf4IvonpgOH/wHnwMvDuTQYsnP2LJmtZ8XMl+W13kNkgFz6CZWdaOLDv9tFX6qdstNLKvz"
    "QP/GdUR9wbNeyJ2ycnBxJJwMbMgq/FkNgT45qS5E+khfCkP3LZ1YGw/tCZ2WiqE9OSGdF5"
    "TIJ3sQuxOVVpW1hfjUOcXVQ3zSlrps79ahPrlxpxzqkyFSVwZEX0ZSv/bviCUrOtZbPg4x"
    "1sTluJLIqr/WGQt1ITB+UQe4Ihgq+a7XFA2Fs0/NDYfKtpmLh3oQKZLxJBDhUI4tQppMYl"
    "OZ+1jUacfic1krFJlkQsM4qavBxd6+iFfiewtmtIdEJoIwNTLvfVfkWfbIowiMot/jWCeR"
    "GjqRQJ7zwtIyoB+4HKmMYYICoRDEtPDCAUFMekdWQBBTpv8giAmCmCCICYKYIIipLAlBTJ"
    "pNrfI2Jgu3qPpjEyGt06GEXti6C9TaHbEmv/oN41uZysJVEtSaJdTn2qK7jLbb56YEXnUN"
    "xYa9wqspm6iXrb957QskbiIlHJ4EZSt/cezI8VfhcA0FivsCGVO+3uxfhX9qZPCBcLDs3r"
    "ktM6Q24fOfPl7zdWL36H3vuJBfOgs75A2c+F2UrJyT2o6pdw53FC19l7iYtmdu4Q1TsnQs"
    "sLSRN5nSc4v2DZ2MIhs9IxXr84B4Y1KbNLUk3BmrR77V3f9Ynd1/UTF7MBrGPmA1gKxCUu"
    "sT330wQv1IXy0gsqwBV4GTec7Ew7PsT+ys5duCZRVjcAnELNkbhwLJWA47S7as7BVDk/6I"
    "D+SK15+tQGrFUV2VZrA88BvSDYYP5yZei7yDoZQstFo3kuOHeimm5nh5jK2YnPAN45cj+x"
    "kfXA0u0O6cCqR7+4/2o/1vi3wn1r+TZIV8aAQm2hVPHXCl+YqxPzPQY3B4iN89iB/N9tDI"
    "8afoybEs5yWE7aQS4mq2+27/8Ij/T2QxxCiyzYdHO/p4/1h8h3M/gPofUPbr/cND+Uz5h2"
    "I/zHPI3/YqsEMUQYeP9pR43Mgy+SES88boFX7PLGA+In9S/t/IGoz3OXol2NtHD8ljXOu0"
    "eiyTP+n80cb8NeMpOtw/OkRjbIt8jaFnnWtpkxckx4LUD7mOGNyI/43LE+sJ7T7ujF/HFh"
    "2jJxN55Ikryhdd9rhTi1n+M3V4iPfv/AtATAAxAcQsSXYKWQEQ8xxATAAxAcQEEBNATAAx"
    "OzS1fj4QcyvYpSpkqT161o+U3D5ACRku1w1NShdKtYnnh0ElwjrvtzexkuoRfq0C/Bri+0"
    "qlpwRhQbprVNeMVEpnU0uKw3Ws6faXj+3h7hsLv9k47F4CcdqgCfxnUxP7TkV6SxUg4Tpu"
    "pk/tOLBRk0U9cngfrAbbWSuMUIZjKoCESsymHkpI4SK1qJ2UzVAbv/PVFvE7rzNi+2j3fv"
    "B5L/Tb4ySQZx+NAkuE5ERu8zhEJ3CR70hn+Myx/WnW7f5B+OJlCE9Y5Kg+zieCKZKgoSSk"
    "BwJ3wOcNPm/weXfTEQc+b/B56zHVwOcNPu/NTzXwef9EPm9ZbaC6n+s83olIt0oqLO8GKG"
    "fHk5crVcwgEdI5WcxlrORm805B0M1GPNs2tarKajd4/xKJzoTd3AqNtxioYDvDUWBW5dZp"
    "wGgyMlqP51tnH10KTQ/uB58XGdarLxUUx3YwfuirXpZbhYZkxbvi6o6DQ9i+IbpFOPyubb"
    "q1WJGaYd+Uya5m0OuZxS5WVr8MdrGDWS1CpyClNZVhwZiENYfoZB37S4bn/PhxIL1CcE5h"
    "+CkH5qwTD7okHvXxxZjr9we2qCECYisQoarHek2Y0EgKDLGQGH7PisyFhcJ3IfkyFL8NfW"
    "NVB3aZ4K1PXFHA5Iow/Iah8M1IvjkMbghf7xMm0RwjfCyQ7aEnx5OJ4STPCYkgB24ptHtz"
    "3Hu0U7QHPct82cNQaGjQ+BehsROIwIlyw1HkhwzVCP82xd8FmMWYiPyIdOI/OQz5CKNSGB"
    "KhIK9oPOVjhggEizc8A7AJwKZFV0MAm/T2gAPYdA5gE4BNADYB2ARgE4BNHZpaNQEWw+gO"
    "oQqalIS19lKEWePuUm03iqIAqrccqmc7syo2bpPbPhLQ3GfPtURZ98EiW8DRYbvq3E3luU"
    "u7gCldFEPhIlCxe0FMa+tnvDALmb1VBMBRQwjAUTkGoM5to3Brb2pic0v0oWJnRPXdQqcZ"
    "usppvYWbPfarczvdOPbkgfxZY/qMmM5Hzo+pmsuddz7946EZMEmOOzdfb3+LHy+iKMXjJ8"
    "NqYElGQusjiMJCs15spHpRV8ZF4t/TOfO2hUEyA0srCORLwPixe4TlTywhH5lve02Axyz/"
    "3FyUI99uDtO4QGljaY6sczTlPwcR7FmvIhmUBBZuJYAh0Ie7/uBKgA7hx//rCO0OiDcjto"
    "EnHkXvzw6OD4/eyTxUYdxLHvAYOzPCEH7ySdiabIX6IrGUeCsgEIBALLr2AAKht1sUEAhA"
    "ICr6GhAIQCAAgQAEAhAIbacWIBCAQHQUgfDJzK1aj+o3gFRCay/4Q6KmegacdilwmnLg1D"
    "nAeUvE8ytWhHlu74ygzsFckbt7kGq7+cuj7fiBVVWwo9nJnRHT+VRzG6p5oI6ubcLjrZCX"
    "aJ2exBBuafYnlp7pNXkVI9hJ1bkY4T6NPsaUp4wldTnxJGacj7vE9olHDOFvvDnqJUzq8I"
    "PjvX107TPEfOwHItHOd8IebX7+5S2bvOnH4Pjol+MM+oT6mL8p/ZwRF5vYp+iA/8N3LGxK"
    "LrTtIEd4GNELfv2AXqYOmuFX2TyivqRLx6l7xo5nCN5+lKgnR6r2SF0BAfBmgjdz0SMBeD"
    "P1drGANxO8mfNO2uDNBG8meDPBmwneTJ2mFngzt+bNHPFbk1r17VRCa2/cZaKmJizguiKX"
    "TRTgVEZrWyuWFF1/DiCGWXXKgnpjZ0R03pTvUzW1sLTlmJWk6npDpxJaj+mbRE0tvPnfhf"
    "0qSo5E+Xpq3CSJUGcyW/2RqLyarFanKnWgsR+oLhqxhNZj+T5RU3Usn7QZyif1I/mkXJuB"
    "eCb1MLaHI4pf1crJV8h2ZmAPYt3RpdB9i8nbAi8QpaJdjzoC0Kko8tx8vK6S1/qE/U0qjA"
    "ZZhTdMGeDXuOp1ZX6xnUR4c0tMGgGgdo8J9VQ/b7c6bjectksLuUSlFjV4Kr1Ji8fQmarZ"
    "7xNtt193Jw2RG8Zeo7Y7aYWozsfwDLCpj38sohkN60Md51KUhg0xjqpcpQ11RURVQn8oxT"
    "mqcZaicMQGy7YKZ2yyrlbDO4prXJ1NIcBR4wDHrE0d1xi6xBZzKrAnw2f8gkdqNm5oQWce"
    "2dfBFRokaqPPQu3NdQHEmM5bVVYQYzpvnK/AyuET4YLZ9XHd1vANE16rYN/PxKbsht+97e"
    "rSd7nve03UvGfx5NDKPDqXlicbR5nWC5Q8RrzvdExiOlsS+oteqD+VxezEwDKwh1wSvTgO"
    "8x1c3P7t7hIdvRVxvqcintd1bMI78QMa8KPM7aPNjx9kwu++hIn2s8HBp0LmEGraAS1u4c"
    "UfaHF6c3WAFncOtDigxQEtDmhxQIsDWlyHplZ5G+N/KiURjJ9fDZCxjtP2zi1Xse5e1Ao9"
    "ajWhjhpm1FF5SpnRhWlRCCkrv0EQ6dax/8Zvd/T/UVsdSOpndFbvhFZ90NAFFTQB9oq9RX"
    "IHFkR13ksGeVX1c7G7nsOIEVRkjJ3TBxk5nTvgnjKfzHroCzGxTdmMIEMyBVLt9euTZ2xP"
    "TDx8waYfDPlyVLFKNRM4KhvQGg/5LDVGfxcao12hMjKJ94xbMmhWypdWJS1tmaq0c6i6EU"
    "h+0sEDN/LTFllKfAUxAlPlsJNK6LziDKSW2p14DMErHk4DM5iprvUFUZ2NfyVURb/Hquqx"
    "titkMEj7yyMTsXVVbMyXkeSv/TtiyYj4il6JII+7qJXMaNRkxVeaH3VIVZ4UZlaMbBVj3Z"
    "uzO8Jch//QH89S6wTeiqOsAnurGIj18Fs89tUQuPgVtSDcV1vkleB9xXyEfQnDSfxMpMgw"
    "95EoCxy+2RO0L8pQ2LOI3zfCpLkigQULJhPeADE+yAZG/GjPHm151BIiBr+dfScGevKcmX"
    "wg+glvGApPZSh8dPfF8UyR3sLAr2zvA8KJZsynliVyZvCW+M3Z8UTaDXncZqLCoB+l7nW+"
    "E88ISB2w988wSE58azvD9Gft/AsgP4D8APIrSXYKhwDI7xwgP4D8APIDyA8gP4D8OjS1yt"
    "tYck5X8fAmQlp7dR9iLTfqwc3fd9qftEtyWttW3Fbvcupu/uwNmZKXrNVIK/zft9SsGZ90"
    "cd/3xkbldR8NyMyZOot5vs/aOL6Lq3XG731W3EgFQWLophqpECuycnpbXVAsljH7Ouozdj"
    "JGN3S6qQJqi4forj40WjokQ+hXZV0uiHUjMvRSKB2CxutYnuOQWcaP1AwvFG2bEe2GSeNg"
    "2/tU8VWb1SV+MKnKStGA/KYiOl8jB6mamuQk4+sZ71DVrGRZKZ3t3c9pqkW6rM2HLG/qfr"
    "61iOUIQVOzal5I65ucGlPkR4pF1m7oricUOYNiL2nXYgRrF0dwWxvnZ7BWgcY5okgF2aFI"
    "JKlnOjBzNvRyj7agOUSPo/v+l6LJJcfhiVoWMcTXSFIKuKCNqUeK8cSnYd3gcxQW3Iia9d"
    "8w5HoOb4RIwoP48pdH3hPshXishwgeT9ER2vWpgU00wtTcQ76DTtEuE1uxH34EAcfAPlh0"
    "BQL2gd6QKLAPzoF9AOwDYB8A+wDYB8A+6NDUqmIf/DwQLroPvO9kLT7tMGGUSSw8ozXO1v"
    "mYV6kRrUHHMOFVP9VW2eXdxuFd7+4unQ8YVS4kE8to7R/8xpXk123Bpdl8OKRLbIMa1KyD"
    "EOaP6nwLWg/pQU7V7WO5LpFBsMvYPtOA5qbPaLp9ywdHykvJkf4LyRFSzkewwqUkOFa26b"
    "H+Nj1GpRQDvQVyDKzSzifKdj7R384nUXIAvka/htyEbQzhU2XTnupv2lOUyQiweZu+Vbbp"
    "W/1t+hZFeQDuuQnoExW1plB4ZB4QawHEdyWmPlM29Zn+pj5DfWfmEp/Y3MTCuCbbRqHF4J"
    "2ycd/pb9x34shAuU2DbZr2vbJp3+tv2vdR2m6Z6pn/dYKNANs9dC/q/8kjxBfMgvaXkRXa"
    "+xdle/+iv71/CS2Lo9NZWGdx84O5pnBlcwqWjpSubF24ctMptYBDtjkOGdCdfjC6U1z9d0"
    "BmI+IZXNHqHC+Vz/Wa6E9xAWQRaZMXmUuDil+Gim8r1F0QLVMbi43VlRmAplzG8RBzGMUW"
    "Zfxcvo+eg5mFp1wLRjwfi/QqgvVkB6JlUVFBlGdwxeATGVl2b072eo+2SVwfBa7gPgm4A7"
    "1M+QPfxfM2ES1gwyBGD435+7hVxSsjcAyoUUCNWnS1AmqU3nwNoEadAzUKqFFAjQJqFFCj"
    "gBrVoalV3sa2W4thTb0pUwXEd6dFptRxq0DV44ZA1eNyoOrPxEJbeiJV0M8sx6zMdVM/WF"
    "MJrYfrTaKmFuOU4Rrvbb2hMyI6b7T3qZpaWDrvkVG4lpcFN3c7P1Q0+mepKxqkum7+mi4X"
    "pcox3VDyICu0dNWDDY3wi0jnLZY8aMrH0Iz//Lg5GTaNBD05vlMBTVCLsGrTxwLFcU7HPv"
    "ofZFGmUZKGX7muiqe7Bvt/vv9622z/oqkLp3DRQNH+kCBj5Uu4zZc1JrEKNcOW5HQ2722i"
    "7OaMDIkyNpsow8718ZKmzQ8YPQysOojbmrk0k3PG5tqg2283N034cS7iI0mCl+8ClVoqg6"
    "iVQQy/anSpXGiD3GxFlcxAqQDa88OoHl7Pz6f5mHr98Ny5QMwl2CQeenK8FFQPS6KkUHoP"
    "BSzAlvWaFkAx8ShweaeLEihfB1do9+YUsoMABA4QOEDg3cTlAAIHCFyPqQYQ+DlA4ACBAw"
    "QOELgiBL7ITFpLlvwRNTDXQMHGqYTWVr6UaqI+wVOrfaju+g1uOraPlcpOpxI6bxN9qSXa"
    "9fka6zr2AZlharXNF7L+VORU+usYVfNQF6R09k9fR6pq4Z2mGWWWdKNmf1cXLd3WhVoYas"
    "oBOFmUN3UvLu5ArQum0aMPVuXIXqsTteyDrvClVjqq612qsXd86Oaen+tajV+DkvfIMNRf"
    "MaMW9Ss4TjJ0yWOODFb69qX/BflTfuP2yJjIAtOZuKanpBHx7AjbfsCbpjbCKB6LMmgJvK"
    "7gdV30BAheV71dQeB1Ba/rvIM9eF3B6wpeV/C6gtdVp6kFXtfNOwE3V3h3U/fx6/5Cxl15"
    "vV2Tm2LieDWxSPMz1mblN1j59QuWaVHN6BCt4nfNKKw+tlsN7YaRXQqbkSnEA4anSitIQU"
    "znkR7mUPwmVEW7wi+ij497RGw/qIEW5o/8VHqD4z7n9VKCdxJttz/oIaRg5T6UJDGTklkL"
    "UlpnTFOMgV4vXlMPGSjjNQviBnqavS14Uxh4OfDm48X9x4urTzulJWMFxobwje1kpPvGAg"
    "vbmUNbBbBTeqbXhOsE8unhLP/4XFgnfAkqHB8LMI7n8BsitlJKvBuMLDoOAR1JkSdjfjsS"
    "MM0THksoxydMUutdzBj/q2OLNHP8+5BA/3Zv/9G+508F4kvsEYSTt5yjK+qHUNNjcHz0y3"
    "H474CZAgVKWtnLfCujeV0afxKVfge0CNCiRTcGQIv0dmEDWnQOaBGgRYAWAVoEaBGgRR2a"
    "WuVtDHKnLZc7zeWzUNz+VFamrIzWqNsgo6iyo7bVsnTUsC4dVZwBvLhwV97WzemPUimtrf"
    "1NqolCp8DyK9E60h9FU39oJE6BBRaOgvSSa8iGNoi4CPBVTvdVryaRM0V9iOcEdT7rPGQV"
    "1W+AM+kWq17M54NwqfQGQbjYYbej2BP3ibLbx+AsPHNpZRrBhtRqWaEupFe7yegLmdU0xD"
    "VW7Rx0XP5M8ByoAqElOZ3NKzCFB6ns5owMmdU2m1ktHZArMK1+IYGqQ7itkUvzWCsU9NN3"
    "bAWY0Qt3ZEQzrICBFp7oNSGgJHp2iNOH5+Kf8QvQxeDyipTOIjsPU4IktvmGofgFoqAWRn"
    "wbHcs0sZGoCF0Ly2x5wpcmwMoB8WbENvDEo+j48OD48Oj9Xg+9UH8qUNNHe0T4NesZxwW6"
    "3qIwNP6DxFR9x+eHfcqQwc9W34mxj34XYXKyMlcClgLGCRhnlX0B4wSMU3vvMGCcgHHqMd"
    "UA4zwHjBMwTsA414dxToOKA2FzTfpESGse+oPQEl1kCqpstBq9jPxZ1FueCG/QWZ65aKpG"
    "DS2ybLWKPmwIPizHHsYYml+TZX0++pZKdgu9RzmgYy3AmzWMvQyLGDYr2y1Q81NG81Vb1n"
    "aGJnEDP2Bqlc+Kcjofbm6dfdSPlUUfhcdqIVxtPWGF0s01DL1bw6NyHzRU6qoS7krFriiF"
    "5IDYr0SYWOyQvHcGZMZXEduXTkLhWN9iRa+CeY+X6ZvjTvaNhU0+ZaJ+GfHPAlu7bjlZpl"
    "tOOtktcZK5PklDmrTrl9Nl+uW0o/0SB2VmgsY065a3y3TL2052iy3OUYK1JwCpSyKgKdxD"
    "V9gLuJIyU+MXYgvI1dxiN0lIaxjZW6mPSpJd6aAHieJdRkDf9kw/FdjhotfkRFjnE3CIjq"
    "rdI9Z9VR7zPasyKr6ZSpkR09niH0M1V3d3Wwuf0nDMYEbUeH0ZmS7Q+q5SdYHVt0HcaKO0"
    "Pm0YZ/qZt+vZIJLbjvzJlTm+sw/0mvN7R48O41HRJrd3fNuqsrlM5B0/IGsn8kPmCxZ+pu"
    "+UUV9mdkDibT1JY3ri44BLhvkfJJOJf8DPneIIFIT5IsTDyHkh7NEevXLhEd9HGHrBph98"
    "4P/MC9iOH6d0EOkkfPmSjIRgRDnf+a0kIGg3JkZBrnBgRi28WAEzSm+6BjCjzoEZBcwoYE"
    "YBMwqYUcCM6tDUqmJGQfaHpWgjjluVC7x+WUoEtM5E8BBrqe7EbefFbXLjloELMquMPJsT"
    "EZ9I6bz4PyRa6ue7DR0Bw9ARoGz+orDWvRC6PG4SZfXrDOlyGUqXi8pqXRDrBi3tUrqX/i"
    "7dS6vtmoolvIMZHy4Jf72gQ0rbhFOM7igaefH0D8dv26zxb+uX+LfbT8GunxsdUApAKRpR"
    "Co8fY03s16MU2Qd6zShF9KgSShHJ1KEUfeJiC4dcJIlTxM9LuCEXjf3+VERjv0XPWGxP9g"
    "f07Rs6Ex+dIjaeOo7FG0VeYBEGQAIACQAkAJDQTe8mAAkAJOgx1QBIOAcgAYAEABKg6CgU"
    "HdXGvLpUHY3uoYv6ADPiWtv7c6qnqs1P2gzok/rxfFIezs6QKSFniYDOW7AIBL5fbFSvI/"
    "bXn1iVVm5AdxOJbkAFcQR7W6OrYQMzzPAwmt5DFrJgVaxZJ98N237h2qNo0Yg5wOuwskts"
    "gxq0Mpl8uxU434LOC8Qg0RQ9cHXMKfUWWS3et1gr3teuFO+r6z6bxMIzuvg2WGxE781QFo"
    "Lup9oqL9htluv6xbrYBVXLdEOMVPUarWN41H1fBMhOQjAAkp/ri5ABAAkAZAMAeW2Lbct3"
    "vD7lln+uxCBLz/SaYEgaPz00M4/PRSKTl6DMW/JgpI1E22P5kEwX7XrOxMOzg7jSc5gGWo"
    "QyvRLsWa/Ix96E+DJo6r8C7PlEfOgRzNdSzOiHMGN09GzysXx8jF1Ztuc/ZCXdKF10Ae+U"
    "4Oa7D/xZD6Mp9QN7ks8kDTgn4JyAcwLO2U3wBXBOwDn1mGqAc54Dzgk4J+Cc68I56wqQNs"
    "yrbhQfTW5Vi0yp47ftKOFNnPASKZxhvzLsp97UqYTWpr5P1FS182mbpeu0fukqZyYzHd7v"
    "omrTS2UUYJjQrdraRdGuJIXrh3qji5dVxATG6eBOVTLx/eD56JXulqtIQx96bxTHbyq09M"
    "jdnHVjlTc/aIXvahj6rhZFiApNbDBiqh/MAgv79AntPgczi58eH/6+t6No/Y/Ce/d76L27"
    "i32Aiyzjq2dTJC7Jof9SkeG7cR6UZLuykCd9wDsTXW9nVmSNV5G+u7XhO5W9O294DSxfka"
    "G7teU7laC7YHkNTF+RhLu16TuVgztv+j+2bPlFrd5Ri4tT5Qq4AwsefCTAN3SJx6oy2Q6I"
    "NyZ1p/aycFes/zHCNXf/Y3VJs39RMHsE2Q5jyFaNnlEjrfXdaRCB1P1IZ6Vr1LpoG0VDlv"
    "tAmcIR/c7sz+x0D7RldtSMSa1YHjfYdUQhuQpyR/xVr4nTYWUemsvkyLRYCCb3CP8mzFZr"
    "ElkBXGS/fSEM7d70n68HPX4Bs59xD90MBlfoMTg+PD6Li3sLVodBsGFRm+yjMM1FppL3+a"
    "Md5s8IbF8U9PbFd3xt9j+gK2pSj87Qy5TY8iM0eg1z6MryQX5PcDYtPBthP/MMfvKJKD6+"
    "jy4e7UhxkTVXfpmkzI2aEC+b0snU4v/nwx3hJHsuMECAAbLoUgcMEL1haWCAnAMDBBggwA"
    "ABBggwQIAB0qGpVd7GulbyeuHYqJrbWSs+yMprebn88sZvmyrLWUZEa2sPUj1V7XzWxs5n"
    "9XY+q8i1K6+p1atYDY6einQlIXSq8brqiEtHgpIVi4LdiBGO46/7sdqQnjVMz7qjaMjF07"
    "EetUsc0JA3oEQK4ycSTxYzLdu9OetzXlLnI2Q/p6l++Z794DlQBT1yMgt5nza1akhFtcA3"
    "/ESVJVGN8InQrdY9K7fFMHJDTCvk4ooyftSnvAMqsIv0y14TemHkHpuHX9R7qcGND258cO"
    "ODG79rvkVw44MbX4+pBm58cONvfqqBG/+nceND5bvl/HIG9uiwMXFqzUQpyGntmr/iyi7m"
    "kltDMk+TuNjAi9i8LKm11ftSXW3sTqvY9s1uUFpJtNdq771mFOW8Ivq5QKl4e2BWmb+d9z"
    "/XwAYBgIHnMMLQDRnRabZynVI4fkb17ccX/qTVB9excXYV0OKrxQiPsepAXqLM4MpJBBae"
    "udSr9PbXZ1rNCnUh3+pNRl/9Eq3yHxuYaqhWVkRnUCtc6LGNxBFXdW9dtX+WBdwgwxlmqt"
    "YuC2odM3Uv1EVfhLqbM3QDnJgxX8Uqo4opyl+X/LiumrwttlgeejmA8ePF/ceLq0875fVk"
    "BZbOTdcfYD1pa/Ps4pqzNtcK3X67uWmCc7M7a6hruScuI8lf+3dEZOCoxNR+sk74a504+C"
    "eTucSowcHTL3tNODiJHxuGc9LkB0Asz5fzg/ouAzNAuffkYvu+2kRExhmixKtMzSzfgMI3"
    "nMuwuh7yHf4XZ9YT8XcvU/71jGCb9WS+Zf4F8siYyDTLNArE25X5meXHrt9DLvbwk6hCy6"
    "f9zO3x1l1fhNrxt42xDcmWAaMHjB4w+m4Ch4DRA0avx1QDjP4cMHrA6AGjXzNGv/1gmg3j"
    "9euLpqlju9evVKmE1pixUkRBAWZohzM0AQ2lRYrxC6hdUxC5BciTSG8Q5Lmi2Paxh0SWUx"
    "Mf9AMvKk2olNlaKC7rvYkRrEuSa5f4wQTXYG51waOJiM678yBUM7H4IvZeC2lC1PceusJG"
    "VL0weE5QZ/OLAuHC9omyWtg+3v38GuPP3zf9OutrCtnH++aDQkeobZxNIZFNxKuuhEMOhM"
    "f0QDUocgNVIPiQNHDtUG7A7YuCXcDuH4TOqxrFa8Hvs3jAIsByTlJrZPnWmTkekmDn5ty3"
    "c5HlFIlZBbTcT1rrqtHVsOXc6KsGl7cTvNq3MKNP1OT/vfAYdXcqsLvSM70mCM9Mnx7i5H"
    "EIaV1yhAJcBnAZwGUd8uEDXAZwmR5TDeCyc4DLAC4DuGxdcJmpmCDRXGl2xHWctnf6CyZG"
    "XH3siPBLq/qxtUfNpP86c69c0IXd0ofd6MSuKHXkE1tcXk2fPpUt31wssySsc+DIXagsuj"
    "BlgUJZ6LNlzZ0V1tCMTUbtpSyeEe+Cza9DdbdmdZvPuhEfplNa4dRrhxYXmtD5dHQrVOXj"
    "PFJ1O6t6yce6HZff16cnOib3xPdDA5T8ffkHek3OPpdbCPuBh+2hie2oiPd8qn7IxZftCy"
    "6+qHTjyJeiXdNxQ2Z+T378UZTgecOQUFGy8G+vB3s9IYyoLdHn8PX7xW5d1zuWcEeagT2u"
    "CSmvOSfFAvoelNq7JddCtah3U9rUwkrGTgQ2SH3Z2YixT1qdk04ajkknhzotYHxGCrQG2y"
    "FcU7GCFZ6Yt4SFz4YhR+0WsAe+bFiiwhbfJEfEQxP6ndhitSB4PEWvBHvWK/LIhDJRoosv"
    "P/xGy//GysvUwi092o+2EB47gS2+8pwXNMMmYXJN47c74n2XYW9htFPUPPadGR2fy8pg3w"
    "bi9oj8VMh54cug5YzNuqXunzuxKqENRc31fwEcs0U4JtsfbZe6rIzW18S7jKLbZ/OFw13x"
    "epIIac05eIi13OgdRHB+qi8g9ebMiGzOooeq1w3JJsjquiUWx3Y26CzFo2J3LjBA6rdm9R"
    "jgi2h7zB73RdAv20fXfMeTOz0KvMCX5/zwn2EcMPYI3z4NEob1hsU5n6jHN2aGvxOjtG+v"
    "7U2P9i4jRDbLTRJYhG/JyZv3PoSlSVPPmWxefCaOCuIvr+iFxG948pyZCEV+rd/Pk/VJqj"
    "gUGsOODgQLIFgAwUJzaAoIFkCw0GOqAcHiHAgWQLAAgsX64pHB87Ba9DO97LQ/ZueFtLbq"
    "rbOPvkWKbv68HRoqcae3RmDyYlp7JtWDdDYXfllj+PnRl3Wm1z1rgXrYTsvgS8hasJmsBa"
    "Ji8rSqJkZzkeVpZU0MvSw9SPXUIqxVFgIf2piZ4Z1lEeJPsY0NIuZhDtgraocpElR6Iiwu"
    "fptovf3k9ow+1e2QLXJ1xMKbzMdOMVNPxB4run0ubeBNiL14WYeMuO5G/5aqun2z16e/r1"
    "/fG7Lfa+UWUMt6v4FToEtsEczvK+eMKAlqvq8WtNXC+B2ssdHnRiKu8qKuUXWNHz1FiobJ"
    "UZLA/ry1G7KiJBJdSIci0xygS+L5YV4UBeNvOi9KNt2CEhxfFtQ5bEI9Vmi9SVHMvD6Faa"
    "CaE6Uqw0ZH7d42L0p5+OXSotx9un+4u/740K4KBMlm/c/3hUoZiFzxAE3OOStLTLPW2g+Z"
    "ejF1hK+kbss8vldSw2a1SWNyVKch/xl8ZS8xnf6Z+EINmmbwKjwPVCigQuUsDFQovfkZQI"
    "U6ByoUUKGACgVUKKBCARWqQ1MLqFAboELFl5v2p+yczLpsuoo0PoIHdZFouvnjdtVtUpWV"
    "k5XtGDHnKqP6qrk5epPMVjN4gWO27T5YO8UMs3pr1o/ivJTOg/iCqVnvp2WbrcLYupHNxP"
    "tNPlYrDmw3jj15IH/WJfXKCup8FbqLFUXXighJ5Wn80z8ecgfxEkKYHMZvvt7+Fj9ehA0L"
    "jL9gZuHpsJ6E03x2rhDXN/D+s1QWKZJyVneY5me14DkwRTos4uKqM3X9GlMlq/PQv4r1Rf"
    "1EXy3OKHrTKkvrPLAq186qXJHNtSJV6k41q7A54W/nd0LmOiwC2btKORsRz6yq69dAgEpF"
    "usCAuh/zdX01lx6gPQHtCWhP66A9GdmldHHaU25F1sSDGMb5JJwhTWlPv3nUGHjkiXhEDP"
    "QK6lPhiV5jJsroOT40Jl44ONplogxXN4YwconHHBuxqfPCRBJJjGTrbxgSLfbiZFHUQy/U"
    "8KfsQ5I+KvzFYQKpGdexIuXV+l71aIdPOi82/5ZvoW/QlGCDvwH5TpQna+Y6nkzmy/vWEW"
    "mzdsd8vdkPPx+KdkR+rPpEVwGLk1aOiAUprrbK6wr7oPLoWuc9jgR0jklpb97c6fTstMXp"
    "9Oy09nQqvirlVWRkNgrs14qdQZymaoycF1vqmLpYLMr/fgrsscxZOwqoxWc72xfv+z+qV4"
    "W+Yzkz9Ir5asH3yOg3mbpS+C0yqqqsWd9RiYAeXSReq9xFN+I3IFN21K5LTUaslkUQNt09"
    "codR6Z5EoMPdMyAz4mN+B3wOjMCK+im8wqLk9+nXV2KTV7sPZiR0JodsdOtuuADGp6glb3"
    "7fomY6Zty2t7zMoNKp2O+9yC/7ByUvOxU3lfTLxkuKL6AVK9xK2+TjFW8xxKE+Sl8fXRPQ"
    "LkZv4rbe7J0jRrA3nvaiJ5m8LDB+sucXCXHbsKht8qsFHwXeazmJ/vpe0+Iq0YtqbsGVAq"
    "4UP+yV4setQpdd0JTt3AZYOKsHFs5KwEKlM6/hqFmJm23goLlYxoYx9ii249UXGfx8KdLp"
    "6XoxM5LIISVKeSLVnciN9utMN6M22gRIwd0B7g5wd6i7O1wRhncqrg3y88YbgxE/sdJwbj"
    "hsQ1z2vNkMcdkaHzkgLhvisiEue1NTDeKyM/0HcdkQl722LvhJ47JNfvBXmVXx8/qWtt7p"
    "cxVRn8xE+PDEW4j2fXTSJrzhpD664eTnccTGN8ntO2GxRavI3Q3hmLGAzrvDp2eB51vcig"
    "uN5FYk+qMGFv3RsU5FxEM/E7/uVfg0ku96TX4Nmn0KfBtLDk/wbYBvA3wbHbpwgW8DfBt6"
    "TDXwbYBvY/NTDXwbP41vY7t37rX4NuSNO3vPUb4PtppRRw1T6qg8p2RhsWpLt6xKtllXx8"
    "7XwdWOouU/x2puv/4YFE7ZSEYkTTweAyxSFfk7FQ6P+KteY3hq5qG5xO9MizmmdvS55F1P"
    "HMsRnXPgBSJSS7K2B7f3PXR9gNHnwAvQl8DAIgL0+o8DggZkNqI2Rt98sXbtDgbol18Ojg"
    "8PD2uDPsGPAn4U8KOAH0XrEyj4UcCPosdUAz8K+FE2P9XAj/LT+FHiA7/KzMrKaOxP+S2+"
    "y9yJu8wiM+usDYuhnsTwU/BEam6Vbcx72mbhOq1fuE4r0l7GkWt5Gzen002ldA4Z2vmmEJ"
    "a3ZP5cTdwjfTq6eOBfTncqHCTpl70mF4lJR0M89JMH57pJ+teX6AIlLedcJZnveujoNE69"
    "xRV3ekg6Ow/EpEUjLHxcPSQYdck/PDKhzCdeD1kBZmh39hgcHo6O93pI1kJ5tF0+MbCBRT"
    "Qm30WxeYAt3pjfQ2FmUCR/BNqdYpN/RDxfJq3zUZTGv4dkHQXenGhnEtiyIZGVHgUssHqP"
    "Nl9oJpgrlbjg9pHMH8b7CU25RrbDFbZFsc1zZAlvEBWf+WjiOAZyPDTyHJPwNpkT5gxzvB"
    "lXFH8nTOT+cgL/0d71k4RkQutXxjXw+bcMRcO8J8SkuCeTlPkIW+Lk+oqmDh8S4DcCvxH4"
    "jcBv1M3LLPiNwG+kx1QDvxH4jTY/1cBv9NP4jcTNZhjebFQmV0FMa8+GjDW6THRVZuO8b0"
    "PGeV/PxXlfKt0UXSBVDJ6V0dradxlF1UvWtDF1U8GaKlfdAsO7IKa1wSXdbPHhvZYycLKG"
    "nvBWVBt9PuEs18AGSWeCCEMsGrnnFGvx/S1WWJ3w14rv10D3K9eS/LFL+aIB8cR5aQt1yK"
    "T3rWzaL44dpVkq2TWRKJ6HyJjyDtm/Cv/UyMa/C43R7p27fN7oq08fr7kh+TbYO5at8dMP"
    "DdMuZaGBAnsydF8uunpkxDe4dlxiaqouG/1UU/Wo0VZBow0xo8BZ3XoVzyfHd8rGbih1FQ"
    "t0odDVr5GuGmafdMxgRiqGeYPlMzJdMP5Vqq5+9hfA2XB2XOFdCLfC6h7ISC29k26oF25y"
    "COHqNtNThc1UYpAqK3oioPW950ZCqxcSWtVmPZ+qWXq6hJ03NIJ/xy2rhK07c4jtDFOwXO"
    "kyXxTU2dy3zj66z2m7fcv7E6vR9MIlXHOjLEk2uYT16YWHkIqh3BNNS/fFw6eCXVN+h8pw"
    "zkvpPJYHOU23FgWpDwnqcsB7xcL80vqFMGrvVLOhik/15tGiRkM3lhjOEpFWBKlLlLxMpo"
    "xP3liiS1U+2UNHZ3nyVI4pJdyoB5JOVSZPPdoz4pkHold7KDAD/vXBx489/uBU8J2kLwq5"
    "sTsuIkUhF488avJmJFuxh2ahFq7DD9+0hy4H/cuQK/VoC2fcwZi/VpRTDH1FPdREnXI9MR"
    "Az7KkPkt/kYptYXIK4kuYU0Z4e7T72/ABd29+J7WOP/0RJTxUveZnS8RQZDmHAggIW1KJH"
    "YmBB6U3NABbUObCggAUFLChgQQELClhQHZpawIJa4DYOLChgQWlscGBBAQsKWFDAggIWFL"
    "CgyosGsKCABQUsKGBB6WV/AYCF5lNYaHJCOq8zXwS89xApqn4HancJaroFlX2nEmUcjsdK"
    "DrSskM72/hZjqIvYe/UJcCWOq2LoREBnI1/i9oft9fOhQjRc6UqfFdLZ0IIHNUg01cLaIe"
    "dA0dqpkO7Wvks01cLaCZFFwdiJjO62rqTZbG8ZkewZ1WUkEdLd2INE0+17pLjhRq45UrR1"
    "LKK7pQX9So/ThxdysYZKBKq80ELuvw0ZO6KaKXn9lmL7lDiUJVNX3CIdj9CJ3Y8cglk/Vc"
    "G2Efcx86s6aOa/4uEUf5rq6eGXhNxXGGXcCiFaLN/36f7h7vojN/jWKKoffyNGYE8uuY6B"
    "jesoqsWnevMoquPhREoMR1mRVhTVjyh8mWSdZt9YoqhWPtlDR+8Wze8XeVAf7VhrtHvZQ4"
    "Jiene5J7/mCgQmoyh9YCQo4zKV5oFPDZHib0R8xw7/sRflDLSw7WOaSR34aIeZAi3HxLy5"
    "OGFg5G1BofHQbilFYD4DoajzICirIulfPttgJPFoy18afZTmFGzkxUYpBUNGbmjJMjNWUm"
    "JfCfZkrYnxfwXcbqIX+U+x5MOMDyK06xETu4KQGzYHaQKBILsw1AAEWb1Ze0CQPQeCLBBk"
    "gSALBFkgyAJBtkNTCwiyC/gKgSALBFmNDQ4EWSDIAkEWCLJAkAWCbHnRAIIsEGSBIAsEWb"
    "3sn2Jp5S64dPjGju0aLmFOsNAPIy65rtU9+USFU5hTdqleuPz69SbXC5fXDwXbf/ty+Ykv"
    "+IU9tnx+kailstn9ShBonRaPgTclg0dq6mJrmdgyxIQXzIqZE+5UcsybAhS+upMk5MjUM0"
    "em7QxrN9ZGGlz91qrV+VEw4ZS21U3kb6y1eHPyxobTjN6ZG1d1rqlI2xjyatJSpG1HcFFO"
    "5zF8H3KHKqunbmcQy21O2m7BLTIr26kd8iEsF7vdDVIiOcpDPi+l84C/leklJQa08KBfDQ"
    "SkT7rSq8+YnyuvPTrBjH7GwhK1jNDqZ3vzeKHG8FnIDWkoyP+VkWxFD71C8s09FL1bkj+z"
    "CpRooo0SS9BFBbkyJoT2BDnyGQvOpjkTPE3CH+dzuETZjEtEh8TPlPFZoHqehwRL54XPFT"
    "alLm/e5X/bq2R5ojkkz9CZmOOyct0z1M+P4e9HR4/B8eHRydExbwUJ4giidlgymloWNxf/"
    "p/i9Y9Ef7AM6OomefyeeF8+NuJ3NXHZV/ukMSJ9A+qyyL5A+gfSpPV0GSJ9A+tRjqgHp8x"
    "xIn0D6BNInkD6B9AmkTyB9lg0OpE8gfQLpE0ifQPoE0md50QDSJ5A+gfQJpE+97J+CaGqX"
    "zqyU1itNTtPtEysioLLCm9NEqchIdYVMMcggsqs7uqixDPm9UdHQiUxXzHwTQ91bsnGAma"
    "qJI5HOWBiKyq+XMHsjyRjaHASBcLilxKhAUwaacmdpysDY/PkYm58uGPEf+B7m3vBfbL/i"
    "nWq2Zvm53jymJhliLjP0hdDQyki1Yml+QuKNSL4SZd5ZImdWPViuMl9RWL4mhecoMIODR9"
    "slnhvw/dDEIkfnc2AE1oFL7DHXkjfPeLfTJyo2/b1e1AgaEW/M+9xEJmH8Tdg+MMkoMPCr"
    "bELSKg3M58G0J5qPm5JVDHgjU/LCJbgKNm9BEEz9YDYKpvLtQu+45j1/9DmYWYKpGSXYlC"
    "eQTOH7tJo9alHN/t/ytw0zv+jfaOrw4RPyMR3HfMNQ/vejXeqzRzs0sDAtQdyuXEZk6RQa"
    "+1EmUC7JXH40hKydQOBc+FAOBE69WWVA4DwHAicQOIHACQROIHACgbNDUwsInNtyAACBEw"
    "icQOA8BwInEDiX9osDgRMInEDgBAInEDj15hACgRMInNX2LyFQKgtOpbDO685niaUNIixN"
    "m0P6gubvkOHv86pqYXV5swlRYRWrF8R0trq4CqGrRFV1J0A7L0CTG6DMYM5MvrYmz8robO"
    "9lFpa1GFsSHFQsnQjobOZL3P62uWYanKSHKG2ZsYDOBv4cK7l9A4fEGxULpxI6m/hbouX2"
    "66+HnKayjWvdU6mAvlSUz4mOm+eiQEF7KGi/YTP/FQ+nThe0/zWNt7sSZdX5gWpCvGdcm8"
    "m0QaA3jyT7NEzjEPmBnksP3bx4K7bsryjVAUklUF6LEm22UaKHjt7OzWmaVrAf9NA9///V"
    "Xi6jqWqJ+5oMp8XS9o92uah99AGaBRam7TKcSnQGCdYslQRd/hzlwvIHcIObzaXta7jD0r"
    "WP5NukI/e8WPX+0RbpTNGu+DjTBjraP9k/k0zakHbrOS8fotYoQy9T7KMX/mYXUwMxh48E"
    "Dyi1QKnd2DkGKLWbhNuAUpvreaDUAqUWKLVAqQVKbVkSKLWaTS2g1C6AOgClFii1GhscKL"
    "VAqQVKLVBqgVILlNryogGUWqDUAqUWKLV62T9fzz7fBXMqsmcFN1iWPflEqS57VlldirMn"
    "Re2VzO5XgkDrtHgMvCkZPFJTF1uXa9kXnGlzq/zmhCGhJyT01DGhJ6SWhNSSa7zvrz21JC"
    "Sk3cogDjt2KGlRSsO4KNitgfwlVnvVwzhmtC3qNsnK6zyUL8vUvoW2wjYbYf02WPZZQX7a"
    "eSZfPZaWUiRVrJ6X0tnqCa6ABjmdtYidkpzUYURJVXKJlyS7crW5FYoLcrJQfMMe8hLHfz"
    "sk9C+Bzy8fEeJYwTnPfd9ropjP5JMZoHU+nTxsvAbv3LlA4yn/nCDfQXzwxfxl5wlhJGjl"
    "u3ziE4vydUFyql0+OATjWnI/esgLGDb3Qjp1JEmZpD0baPT6aFOfiVZyuZkRto0MxZrfe5"
    "00wTD7kGFYj6dkbAr+NPYR9RH5k4swKT52XEpY2L542z4aeI7riMjUXfHzDrgN6MTenxlI"
    "XKnxuwdhQLbHX/fky6TGBF0GZoCu7e/E9rHHtQ5NG7PkhQUGxOPHZwNPPIqOfjk4Pjw6A5"
    "I2kLSr7AskbSBpa09vA5I2kLT1mGpA0s70H5C0gaQNJO0Vk7TpaFGfXiSqNabF71SLTKnT"
    "NlPqtH5KVdHOgAwPZHggw6+eDL8p75yGXPiG/Efzl+/lciFtapjLZEgodM0tNNTXwH+XWF"
    "v1yagRVZx3JNLI7A+pxquGEqV/Xt2j3z1P/hY57g1s6xvHnjyQP2v8fT8u47rp0P7pHw+5"
    "83qJh5qc2W++3v4WP14kp2qDosSpiyoAlExWo3rsJJPVaT5qUpMnaecCeY4zE+iAwBCcpy"
    "c65tIv1J+il6lDvhMPYZu9EI+hJ8dDAqCYOI7Bwswxfez5OdAheg3a7V/f7T3alkQ45JPX"
    "l+hSYh1hTcwIO3EtPCYGorYARMS3vI1pIAAbW77rBYtBIrAPicCEYAqxxbLHn3q0n/ELHq"
    "HIEj35tcgSFHgBi04BslWpAXGxhdF9f3CFdsmfruP57GA0M4YekX/fd18hZw3AIQCHABzS"
    "TR8twCEAh+gx1QAOOQc4BOAQgEPWmbNG1T+vvQ9NOubV0gYXfJetXJcNnssqd7Gqn1h7M0"
    "sP8RJmXguPdkKMQM0nn0rovEn8JrU8uJExjIs5hltZu2GjOCrvFKkHYSgdCCp2r5LVuQcG"
    "ib7os3SWLDP019EZNnWHy3RInbzOnXJ7PUDFjlmoQ1YOxkIGkI3Ezmrigr4gHh1Pdyo80N"
    "E3vSYHNE6fmed/rncmgre1I97W+tlf727V6uTX3sTrj5cXk0rBwtHjP6B113Ka5m/0iV3h"
    "BhCZaGpcnKnIUrl9dLP2JvL6bHUz++v/A79eX4g="
)
