"""Migration 8_20261203062921_record_files: the same change for SQLite and PostgreSQL.

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
ALTER TABLE "permintaan_data" ADD "lampiran" JSON /* Lampiran */;
ALTER TABLE "permohonan_data_desa" ADD "lampiran" JSON /* Lampiran */;
ALTER TABLE "cuti" ADD "formulir" JSON /* Formulir Bertanda Tangan */;
ALTER TABLE "pegawai" ADD "berkas_sk" JSON /* Berkas SK */;
ALTER TABLE "realisasi_anggaran" ADD "bukti" JSON /* Bukti */;
ALTER TABLE "kegiatan_pemberdayaan" ADD "foto" JSON /* Foto Kegiatan */;
ALTER TABLE "usulan_masyarakat" ADD "lampiran" JSON /* Lampiran */;
ALTER TABLE "evaluasi_apbdes" ADD "dokumen" JSON /* Dokumen */;
ALTER TABLE "perangkat_desa" ADD "sk" JSON /* SK Pengangkatan */;
ALTER TABLE "disposisi" ADD "lampiran" JSON /* Lampiran */;
ALTER TABLE "surat_keluar" ADD "arsip" JSON /* Arsip Bertanda Tangan */;
ALTER TABLE "surat_masuk" ADD "berkas" JSON /* Scan Surat */;
ALTER TABLE "kib_a_tanah" ADD "dokumen" JSON /* Dokumen */;
ALTER TABLE "kib_a_tanah" ADD "foto" JSON /* Foto */;
ALTER TABLE "kib_b_peralatan_mesin" ADD "dokumen" JSON /* Dokumen */;
ALTER TABLE "kib_b_peralatan_mesin" ADD "foto" JSON /* Foto */;
ALTER TABLE "kib_c_gedung_bangunan" ADD "dokumen" JSON /* Dokumen */;
ALTER TABLE "kib_c_gedung_bangunan" ADD "foto" JSON /* Foto */;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "dokumen" JSON /* Dokumen */;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "foto" JSON /* Foto */;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "dokumen" JSON /* Dokumen */;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "foto" JSON /* Foto */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "dokumen" JSON /* Dokumen */;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "foto" JSON /* Foto */;
""",
    'postgres': """
ALTER TABLE "permintaan_data" ADD "lampiran" JSONB;
ALTER TABLE "permohonan_data_desa" ADD "lampiran" JSONB;
ALTER TABLE "cuti" ADD "formulir" JSONB;
ALTER TABLE "pegawai" ADD "berkas_sk" JSONB;
ALTER TABLE "realisasi_anggaran" ADD "bukti" JSONB;
ALTER TABLE "kegiatan_pemberdayaan" ADD "foto" JSONB;
ALTER TABLE "usulan_masyarakat" ADD "lampiran" JSONB;
ALTER TABLE "evaluasi_apbdes" ADD "dokumen" JSONB;
ALTER TABLE "perangkat_desa" ADD "sk" JSONB;
ALTER TABLE "disposisi" ADD "lampiran" JSONB;
ALTER TABLE "surat_keluar" ADD "arsip" JSONB;
ALTER TABLE "surat_masuk" ADD "berkas" JSONB;
ALTER TABLE "kib_a_tanah" ADD "foto" JSONB;
ALTER TABLE "kib_a_tanah" ADD "dokumen" JSONB;
ALTER TABLE "kib_b_peralatan_mesin" ADD "foto" JSONB;
ALTER TABLE "kib_b_peralatan_mesin" ADD "dokumen" JSONB;
ALTER TABLE "kib_c_gedung_bangunan" ADD "foto" JSONB;
ALTER TABLE "kib_c_gedung_bangunan" ADD "dokumen" JSONB;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "foto" JSONB;
ALTER TABLE "kib_d_jalan_irigasi_jaringan" ADD "dokumen" JSONB;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "foto" JSONB;
ALTER TABLE "kib_e_aset_tetap_lainnya" ADD "dokumen" JSONB;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "foto" JSONB;
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" ADD "dokumen" JSONB;
COMMENT ON COLUMN permintaan_data."lampiran" IS 'Lampiran';
COMMENT ON COLUMN permohonan_data_desa."lampiran" IS 'Lampiran';
COMMENT ON COLUMN cuti."formulir" IS 'Formulir Bertanda Tangan';
COMMENT ON COLUMN pegawai."berkas_sk" IS 'Berkas SK';
COMMENT ON COLUMN realisasi_anggaran."bukti" IS 'Bukti';
COMMENT ON COLUMN kegiatan_pemberdayaan."foto" IS 'Foto Kegiatan';
COMMENT ON COLUMN usulan_masyarakat."lampiran" IS 'Lampiran';
COMMENT ON COLUMN evaluasi_apbdes."dokumen" IS 'Dokumen';
COMMENT ON COLUMN perangkat_desa."sk" IS 'SK Pengangkatan';
COMMENT ON COLUMN disposisi."lampiran" IS 'Lampiran';
COMMENT ON COLUMN surat_keluar."arsip" IS 'Arsip Bertanda Tangan';
COMMENT ON COLUMN surat_masuk."berkas" IS 'Scan Surat';
COMMENT ON COLUMN kib_a_tanah."foto" IS 'Foto';
COMMENT ON COLUMN kib_a_tanah."dokumen" IS 'Dokumen';
COMMENT ON COLUMN kib_b_peralatan_mesin."foto" IS 'Foto';
COMMENT ON COLUMN kib_b_peralatan_mesin."dokumen" IS 'Dokumen';
COMMENT ON COLUMN kib_c_gedung_bangunan."foto" IS 'Foto';
COMMENT ON COLUMN kib_c_gedung_bangunan."dokumen" IS 'Dokumen';
COMMENT ON COLUMN kib_d_jalan_irigasi_jaringan."foto" IS 'Foto';
COMMENT ON COLUMN kib_d_jalan_irigasi_jaringan."dokumen" IS 'Dokumen';
COMMENT ON COLUMN kib_e_aset_tetap_lainnya."foto" IS 'Foto';
COMMENT ON COLUMN kib_e_aset_tetap_lainnya."dokumen" IS 'Dokumen';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."foto" IS 'Foto';
COMMENT ON COLUMN kib_f_konstruksi_dalam_pengerjaan."dokumen" IS 'Dokumen';
""",
}

DOWNGRADE = {
    'sqlite': """
ALTER TABLE "permintaan_data" DROP COLUMN "lampiran";
ALTER TABLE "permohonan_data_desa" DROP COLUMN "lampiran";
ALTER TABLE "cuti" DROP COLUMN "formulir";
ALTER TABLE "pegawai" DROP COLUMN "berkas_sk";
ALTER TABLE "realisasi_anggaran" DROP COLUMN "bukti";
ALTER TABLE "kegiatan_pemberdayaan" DROP COLUMN "foto";
ALTER TABLE "usulan_masyarakat" DROP COLUMN "lampiran";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "dokumen";
ALTER TABLE "perangkat_desa" DROP COLUMN "sk";
ALTER TABLE "disposisi" DROP COLUMN "lampiran";
ALTER TABLE "surat_keluar" DROP COLUMN "arsip";
ALTER TABLE "surat_masuk" DROP COLUMN "berkas";
ALTER TABLE "kib_a_tanah" DROP COLUMN "dokumen";
ALTER TABLE "kib_a_tanah" DROP COLUMN "foto";
ALTER TABLE "kib_b_peralatan_mesin" DROP COLUMN "dokumen";
ALTER TABLE "kib_b_peralatan_mesin" DROP COLUMN "foto";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "dokumen";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "foto";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "dokumen";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "foto";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "dokumen";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "foto";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "dokumen";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "foto";
""",
    'postgres': """
ALTER TABLE "permintaan_data" DROP COLUMN "lampiran";
ALTER TABLE "permohonan_data_desa" DROP COLUMN "lampiran";
ALTER TABLE "cuti" DROP COLUMN "formulir";
ALTER TABLE "pegawai" DROP COLUMN "berkas_sk";
ALTER TABLE "realisasi_anggaran" DROP COLUMN "bukti";
ALTER TABLE "kegiatan_pemberdayaan" DROP COLUMN "foto";
ALTER TABLE "usulan_masyarakat" DROP COLUMN "lampiran";
ALTER TABLE "evaluasi_apbdes" DROP COLUMN "dokumen";
ALTER TABLE "perangkat_desa" DROP COLUMN "sk";
ALTER TABLE "disposisi" DROP COLUMN "lampiran";
ALTER TABLE "surat_keluar" DROP COLUMN "arsip";
ALTER TABLE "surat_masuk" DROP COLUMN "berkas";
ALTER TABLE "kib_a_tanah" DROP COLUMN "foto";
ALTER TABLE "kib_a_tanah" DROP COLUMN "dokumen";
ALTER TABLE "kib_b_peralatan_mesin" DROP COLUMN "foto";
ALTER TABLE "kib_b_peralatan_mesin" DROP COLUMN "dokumen";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "foto";
ALTER TABLE "kib_c_gedung_bangunan" DROP COLUMN "dokumen";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "foto";
ALTER TABLE "kib_d_jalan_irigasi_jaringan" DROP COLUMN "dokumen";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "foto";
ALTER TABLE "kib_e_aset_tetap_lainnya" DROP COLUMN "dokumen";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "foto";
ALTER TABLE "kib_f_konstruksi_dalam_pengerjaan" DROP COLUMN "dokumen";
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
    "eJztfQtz2ziy7l9BqerU2HU1jl9xMs6tW2XHyYxjx1HZzsyeM97SQiIswaRILUHG43PO/P"
    "cLgO+nCD0oMOmq3UkioclW49Xo7+vG//RmjkEstvcZey796x6PLNI7Rf/Ts/FM/KXs6z7q"
    "4fk8+VJ84IWCvZloaLIh/4BYsumIeS4ee/zLR2wxwj8yCBu7dO5RxxYi96IpesH2BDHfwF"
    "NkUJPY2ELhs9AUmwibjMg3Gc6YP5DaEyF6huSLkTclQeu/ELZcgo0XZNrOM9tDUQuXTCjz"
    "iEsMZGH+J6IMzShj/EFoyj/uI+bIx9jkL+/BZh52vZ/9OWKEGAxRjyGDPGLf8pBLJ1P+z0"
    "fHReQbcV+Q6/DnO/aYPwPbBn8A/xThCaY22hFPxMaM2j8xRAzxGP7kl9098Ut8m/7bJ0PP"
    "mRDezOW/589/8o+pbZC/+G8N/zk3h4+UWEamV6ghHiA/H3ovc/nZpe19lA2FkUbDsWP5Mz"
    "tpPH/xpo4dt6a2Jz6dEJu43B7i8Z7ri96xfcsKezPqsEDTpEmgYkomtA3/QEgHCiSf9YbD"
    "my/3w7sP98Nhr9D/kUSqX8OPxo4txg5XlclfPxEq/Hx4cPzm+O3RyfFb3kSqGX/y5u/g1Y"
    "lhAkFpnpv73t/ye+zhoIW0cWLUeMhm7fp+it1yw8YCOdtypfO2jSzZtnGDyZWfNxX2neG/"
    "hhaxJ96U//PkuMaYv5/dvv/t7Hbn5HhXPNvhEzyY/jfhN4fyK2HvxL7htB4y8oTNop0vuK"
    "k8OiPlti4I52xuhNJ70V+W6YHog6QLkiVrhT64CNezWPcGfSEWsS+29RIOg5q+uL/8/OHu"
    "/uzzQDx5xti/LfnOs/sP4ptD+elL7tOdk1y/xQ9Bf1ze/4bEP9F/fbn5IC3tMG/iyjcm7e"
    "7/qyd0wr7nDPlKO8RGasRGn0YG/FssZI9mataJD0Z4bD5j1xgWvnEOnaq2xa9mh7P8J9jG"
    "E9l9wrhCzXAXu3XKdzf5ee22NufjyG62nQ1EUzTn82ji27hkywr2i0e52ziPj1RsHGRvso"
    "d+uvPwI7ojJqNoQCzMt0T+pK8zf/bTHrrke4fJB6bcYxgZi9chhl/Q85SOpw92uC2Jhw6I"
    "h9EtfwB/zoR+I2L/QqOXaAeDzUfDzYf/iVX2nqi9xlvPDVcRDaKJo7r/vN1vsP+83a/cf8"
    "RX2f3nidiUldv4g+3PpJ0vhefHXbmCvWPh9Rh8QzvNp0hLVWsfNbH2UbW1jwrWZmIZW9ba"
    "sfBS1g4H76aNHSzUfEL76M4fjfBkGcMfNzH8cbXhj6XhFfbXpIf4niZPQFy9Yj+dh8Ifr8"
    "RGIn9ysTtS2+cgfphG00Fh8fk7GoLRp4njlVjMZ8Rd0VZf+SO+Mwtt2mNLDa0K3y07+Kq9"
    "uCk2h3EgYbEn9zkffzhF0g9EfyF59ON/4nCdyrh4X2yCPDo2iYHGxLIiXy8IUHCjTSkLnM"
    "AZd98MJ/gABx4d/5/8p9S5ylP7s+eGHmsSZhGK/BNcuB84frChJUKjCAKudCnKDYxX8SLa"
    "su9ZyRLSxLwHTTyHg2rP4aDgsolFZai0NKQkFq8P3djm1rFKFNyxrI2LBv7ouIRO7CvyUv"
    "CLq12ubtq3yo3gH7v4Od6r0kOL/3z+o4kXzPazu/dnFx96f28nhCT9txI3JPLr6kJISUSo"
    "SRQpaI3m2C4uv70z4Ykw7iw8Tx1kOROGqL2Hzmz0RXgonuOiC8KwADlGjm8byHO4Z0EQfw"
    "mG8I+GvoM4Wci/K+xuaRn9w0Dl4dAmG93rJhvd6+qN7nVhoxPBM/l8E89Vg25pufb8il5v"
    "GatfJ6oqexeHjdyLwxr/4rBgd2x69LHk/OzwtR7bVT5cKJMz9ogLbcra0bBX8uJCNRvvgG"
    "V2Pf/y5ToD45xf3ufs+/Xz+QdueGl23ogGu2K0wqSiO5ixZ4dvd1PMpiqDvCCotff8G1cS"
    "XfFlFd1h21jKkT58/brBUOetKoe6/C5r/pnPvOF4iu0JGUYWVRz5VY/QeyL8gZ/oCP2KbY"
    "8q90s7M8PC3K7cZ6J2sUPqQeis5BoQ6JYi1ddCZXTPNTGn1F25L3RCnCP7FCDndI8/YmoR"
    "Y4g9j8zmXkkEt9J/LZFs76C7r9jNv+IJttB1ND7b8mpTM8sRQc+hz+d+SSBswdzKyXZndv"
    "F5Zfr2mPKVbjbHqy91nZteY5eITuCzRLXTs5KdovSM/EDpH47Lk6F0EYbVIoYpiaUW0pbm"
    "tIiebGcNhSAsBGE3bt9Vg7C3fOG4vXx/3yusBmswazT3urYSNDVqagmsMOp2QttnvkG9D7"
    "bnvvRKAtypb/t1YW4s2olDUqM4d3UAdnGE+s8EQB1hlzJh038qha3P6eRHiVz/cnh4dPTm"
    "cP/o5O3r4zdvXr/dj9fU4ld1i+v55a9ifc14HIvj28/Y9HxV7zAWascxXEew+49I5R/aLU"
    "xDXY3DjimZTUUc19HDeiEZ1YyIxSTL75od0Qi+qEEviuBFy/SetoIX+rB74k28YOPKTTot"
    "ovNx8lzouZ3zJCO8g/1Z0aif7r7clFs1JZLfeenYQ/+LLMo0Mu5dou5KcTdhkMwGGw3Wnc"
    "9n/8iP4/fXX87zO6d4wHnB/DKnVc38sUg3zB+rq5/5TWI5s7lTkm5YvW6nZTa0dK/DEbkK"
    "1UQ7lP/hvhIIBbF2l1nLjw6bZH8cVmd/HObXcpOfaV1sT3AJxlZn+bSUztvmVUZTdT+wmS"
    "NY5wmq5n1sMnJw5zkuMT7S8uzK1Lf9usjBiLgm5rt54PAtpsgJmv0jf+pPDI1ePML6SLzY"
    "EJmO3pRQF939dvbz4euTU8m+Z/w7xMbYRv7ccrDBG3rPdEwER05Q41zneS/flxt6xQrkOz"
    "bF/HUqcyqR0JgjFpoR0eWc/XX5ojX8PNN3y9ayughSIqN1WP6rVBPtjKiHm+4eLcaUUhG8"
    "sqPuObWx+1IRwis938qJrJH9LxlFwdK3sgt1HnpFsQvFR/j55c3Z7X/GPlQcJ7r+cvPreY"
    "kXdf6f9x/OCpUbGPcxysb/oqINiVynwN1E7R8ujqeJS3FpPzruDDMqUC1PLqQlrkVJq1oX"
    "g0bth/OMwEJfI34RMvhamXlbxmG4Ic8ofEmQzuciLGoP+UFeKP/rmNBv3DF4dJ0Z4o9yfI"
    "9Rg6A5dr0XtHP9ZncP/SEKEomaDc+YIcH84+0d+8GmQXmH8ZRaRljWaEDsF8k64Y8yiST9"
    "v0NP/swSZZREBoCoFiGEHqnLPCQmG8KuSARwEzUolITQMSfgG3GjlNaGlk1JtOdyHCiurr"
    "8LJbcTCwOi0o+0k5X1/OhF5eyUldI5HhF0M3Is0jAQt2lgyp8bS061rGSnppo/ahoH7ehU"
    "K6GDFotkhP2nNtWyUnpPNdHNGk21gEG0zFTLSnaHcX1Bp3jur35e1nxqFbexrpWwSs5NPc"
    "UuXrqS1UGTZK6D6lyug0Iql+3MHFdlLYsFdF7GbiIl1etONCs8UVd5ooRcYU8muCJppIpe"
    "EYvUrVwaOQj3icYrLVtiKcrXtvMNX4mcEgtozf75FGmpRU6neL+JWVkc9NqxJ/fkryqGfl"
    "pQ50XhNq3oalvrh3/cZ3bVApqfiURHzfMQf36Ui8DWsJxnfjfDllUZGsmJ6pvEd0GZDOiZ"
    "QURvR2isBsscHb45iSMl4h91QZK7z2fX18VISbi4DudJfHGJtTkvvuI63RolTiqfia0OiO"
    "uFFVfXvXQzfzYirhrvLSOjNbp4JzVtL9xXk/XDYlVWTFAJWgQ+bQfN3DRPJTPIlDNVMmzw"
    "6jVEpXZmakJmzhWa9EGs06tKfEitQzZaWbPUmCUQW5XRawtdRRJDmhFpUvUqD2cVILb7Kf"
    "YEchY/WoBsMZyXxczSda+C2zmep8QWMNtPDP3LSLbaoUn+BbdyAAoGKBigYN0MzQMKBiiY"
    "HlMNULBTQMEABQMUbFMo2I8EFqSjUJuIPv04iTpoZ4xdjFKn06VypTaCLLRfR6k1d2BrhZ"
    "QSrq/auTwnprV1lw45bTjUmgn7rBxtLeN4d70DmgZh88OxvBb+9qow6beOdL0Mk7zMyPYw"
    "trk7g3ulIdlMi/6CiyvDtkMjatzkCstQCEVvyN9hSXhvM0/egiyeG+YzoHM8EbHb8MajO+"
    "IZGF3hkT/nI8hG1/4MP4l7nneuT3bldQWiquoLGvEnMCTL/TzYIzJ2ZoShg3307LimuKDZ"
    "wC8M4UdxbbN4bPjydzK1ItDDdkRMmD3LC56D7Exbpl1+I67hV16kBJFdiOxCZBciu1qfiS"
    "GyC5FdPaYaRHYhstv+VIPI7g8T2W2Zat/Wyim59ujO56qg5Gy1zOwC8r2G5Hv+qHEpuW0h"
    "K3xcTozVa/TeBnqWhgL04IV7/pOP7WFUQlYNyygV1nmDvpcKx1fqLbeQbATGkHGcYU2t5/"
    "IeyIl1gyV+LmNWCvWe1daUiEFvUD4w/WlJIH0x+z4t2w2jRqDnRUrztfPtPez5SydRJtIt"
    "ZlFeUI+4NEw/UGGFx8pu/3JpC8/mtLSGmqgMyMpHclqoC7VQr1P66lcMlYZ5C6qAaEZKaz"
    "x0QKRvjXZCHEICEGrZU5uDRJOkke8v/2QVwzeHQjMDUTvQzuFdFUByEqysAO5yrfqLwLug"
    "vQTv4uzFZgheICnd9vJMirOwRBgzg8JiJhnjGW9tJ7Ae/1P8nXoMPfrWI7VmxPbQzvXb3X"
    "c5EZeMHddgoumD7fHhhU1kYfvJ9/ZQsA8RJkuPYTR3Hb5UYQtQOUDlll2jAJXTGyoAVO4U"
    "UDlA5QCVA1QOUDlA5To0tX7sfItNRBz5MY4PHaXyTCkRrbGhQaKnFgiErHEXM12bWjsrpb"
    "XBZV08BSguXxyvUVy3ZiM4KO4EwWF/GBz2i2avB0ELwjpvwvdBWOM6VlZDKDTEfhjfZBle"
    "CjZKiXYLNbpLFAfQCEAjAI3WARpBauLGoSHI2GoGAOmasfU7X2cfqYkZra2kVdasXwf/fI"
    "sFVOtoJa9C2QrMafjnMnVPDQ6gIOaPZtRjfQn4BK8fBw2CnKoE7wmqaXkOep7KG2Tyd9Xs"
    "XP+yu4dErClzH86j43Ox37FFDZGelRTq2olAIajCBagQoEKACnUzVA2oEKBCekw1QIVOAR"
    "UCVAhQIUCF9ESFamrkVC9NGSGtgYrKc+fWsKEpV6YChFscwo2Fdd4OfhNKouTwv1QQ96RJ"
    "EDe/8KSCuCd5u4/5odJTT49Liels8/eJmvqiQXCNx8YKKEJ8fP2xkWxhfkXrlskuZefWHM"
    "j0hT8ASGgwntcHSFSP6jXYVyEPSOOx3NjYZRNbKxzove+VAj/y834d0jOOWixEdqJn1dTj"
    "Ew+T6IwAcUwy9z2fifK3cYVKdH51gw6PXx3uH7wRErPdPWThGR5yT5gKWMbgHuQ3Ypw+2J"
    "kKfPHDPTz1bYEBjTH3Gw3sBt/vUHts+YyL7iJHwDbPlJF3iBEisSP+u32LoFhzAHoA6Fl2"
    "+QegR+/oMwA9pwD0ANADQA8APQD0ANDToalV3MZkdsSycfNYuEXm831wPOkpdnCQWlF2wG"
    "oyxY6aTLGj6il2VJhi2Cq/a7x6PUsktIaGzqSaS1t6I+DQzLfUsiVigY4gmZ8jfdeeGqGe"
    "abK+DJO2rLfB1JI48lK0YP2V9hlBnSPc11xRtCM0bf8ieyys5ImcJmGtKM6msKCWSOvsKJ"
    "5JjUUqlDC6VktsHIpc1pfIPEDnTriKg64D8oRHjUMh2T5o4lAcVjsUhwWHQoR6fYuWFFiu"
    "yaZKC3Uhm+pjqC86Jy4fRgZG9/FFdfplV83JBD9jxYp8WSGtMeRBoGp7kdcaVHOe6LIi8J"
    "b6VV20c1PELTvOtILaot9bWmQvNkVdZb2kUYNieqXG7Z2h8DHRfVdJNbyds7sbUTzPdrzd"
    "PXTn+O6YMERtAMIACAMgDICw7yc6D0AYAGF6TDUAwk4BCAMgDICwjd1ORefFPr6h8/LuDV"
    "uvZTJtwtPu3VwOlplCB2+bJIi8rU4QeZufQvxPpXJtUXutQa6bUEll8zaK+x3UBP4OipG/"
    "CbGwy3Wfq+GJOTGd94VfharoIlJ1++htYLsR/6+JuRrKVk9L6m/485S2qrY/bmL742rbHx"
    "crEpLZHHtDC0/Lgt01V4Hl5HS2+73UFV1Huqpa/aSJ1U+qrX5SdY1gldkXp5lV2V1XUDjK"
    "MFPoAzVoOKhLagosjy6NmhUeovW2GZBwrhJtlffPJrtn9d6ZH9QdLPw4uLnrKVpdp5qP3s"
    "wb8l18YladqCoWkaxYR3JUP9+jQaL02tcPgT2ruXwpEb3XiURPLYogB6tsrcGbLtVb6YLe"
    "QHhwDNvK9WKDFXuV/jhsdOCpOe/kO4MwYpVBN816IZHW2f/7EGup7Pk1cfyq/b6y9bpy3N"
    "ev19UjXeP1Wmmkq63Xc2Ib1BAZrsuO3ewTdB6/g1hTdM/VMZc8xjQJRlXHogqhKP6rS7yO"
    "ZraPZHW2+leuI/eu3aelYlPrP6mPiGtiNmRm0eg1nLSMVBdIaedSYXR3tfKqsRkWWuCCKr"
    "LQMkI6849DD/vVrw7fMRtTATfNRqs64qiz0ZInddnejVlpmXGnzEpLsRJKyeDnodTHq1vu"
    "EXvlhJ5cYQdNzkRrIQH+vUna3pkImImrDkp4e/F3/TriHk63WsjcSz8zQ927nxI0xxNfMP"
    "ccmyCXmPwYY0+QCLvbT1h8LsuhI5NMaEDpuxic7e7xlpjvLZjRPmJU3J5rG4jx3ufDUlxv"
    "+2CHxTPQoysLo7NEArnOM0sqnVdXxoAa6MAIXHrhAEag3jQlYASeAiMQGIHACARGIDACgR"
    "HYoalV3MZkIbxiL9fnbcdCWmfuySIaqOoAtfG8bZMf/YbRqUxl4SoIag1jXnFt0W1K2+1n"
    "CftueZnomr3CragMrZetv7rNa0C3kA4vwg9FK3927DDwVxJwDQTy+wIZU77e7F0Ef2pk8I"
    "EIsOzczhtWfajDyj68v+TrxM7B236AA/NNgAYxvzTskDVwHHdRsnJGajum7u33FC19G4eY"
    "tmduEQ1TsnQksLKRW/Jy7kS4b4v2DYKMwzlxGSlZnwfEHZMqn6Mo3Bmrh7HVnf9Yn91/UT"
    "G7PxpGMWA1gKxEUmuP784foatQXy0gsrQB14GTuc7ExbP0T+ys5ZuCZSVjcAXELN4bhwLJ"
    "WA07i7es9BFDk/6IHHLF489WILX8qC6riFEc+DWVMYLGmYnXoERGIIUMvlJXjeSoUT/B1B"
    "w3i7Hl62j8xPjhyH7Cry4GZ2iH1ZfR2N17sB/sf1nkG7H+FVxPzFvxoeGbaEe0esWV5ivG"
    "3sxAD/7+Pn5zL34020Ujx5uiR8eynOcAtpNKiKPZzpu9/QP+P1EVH6PQNu8e7PDjvUPxHc"
    "78AOq9Q+mv9/b3ZZviD8Xebh8xR7ztRWCHUd39B3tKXG5km/8SF4l5Y/Rzv2fmMw+Rvyj/"
    "b2gNxvscvRDs7qH7uBmVFwB4CLPgMgD+k04fbMxfM56i/b2DfTTGtu14KIiscy1t8ozkWJ"
    "D6obkjBjfif+PyxHpEOw+98cvYomP0aCKXPHJF+aLLHnqVmOWfScBDvL/3TwAxAcQEELMg"
    "2SlkBUDMUwAxAcQEEBNATAAxAcTs0NT68UDMrWCXqpCl9ujZVajk9gFKKBezaWhShlDKTb"
    "w4DSoW1nm/vY6UVE8ebpQ7XJM6XCiLLggLMlyjumYkUjqbWlIcLiNNt798bA93by39pnXY"
    "vQDiNEET+M+mJvackloxKkDCZfSYK2pHiY2aLOphwPvVerCdjcIIRTimBEgoxWyqoYQELl"
    "LL2knYDJX5O19skb/zMiO2h3buBp92g7g9jhN59tDIt0RKThg2j1J0/DnyHBkMnzm2N02H"
    "3d+JWLxM4RECdXk+IUwRJw3FKT2QuAMxb4h5Q8y7m4E4iHlDzFuPqQYxb4h5tz/VIOb9A8"
    "W8ZenO8n6uinjHIt2qT7p6GKBYqUoerlQxg1hI52Ix55GSrUIGkHTTTmTbpqXX/NZE/2KJ"
    "zqTd3AiNt5ioYDvDkW+qXbSaltF6PN84e+hcaPrqbvBpmWG9/rrbUW4H405f+bLcKDUkLd"
    "6VUHeUHML2DNEtIuB3adOt5YpUDPu6SnYVg17PKnaRsvpVsIsCzGoZOjkprakMS+YkbDhF"
    "Jx3YXzE95/vPA+nnknNyw0+rC1bPiUs9fDbm+v2OLWqIhNgSRKisWb8OExpJgSEWEsNvaZ"
    "GFsFDwLiRfhqK3oa+szGGXBd6uyBxbGF0Qhn9iKHgzkm8OkhuC13uESTTHCJr58nno0XFl"
    "YTjJc0IiyYFbCu1cH/Yf7ATtQU/+zMLTYSA0NGj0i9DY8UXiRPHBYeaHTNUI/jbF3wSYxZ"
    "jI/Ah14j85SPkIslIYEqkgL2g85WOGCASLP3gGYBOATcuuhgA26R0BB7DpFMAmAJsAbAKw"
    "CcAmAJs6NLUqEiyG4RlCFTQpCGsdpQiqxt0m2raKogCqtxqqZzuzMjZuXdg+FNA8Zs+1RO"
    "nwwTJbwMF+s6vu6u66K+wCpgxRDEWIQMXuOTGtrZ+Kwixl9k3ch1wVtlE4tdc9or0lel+x"
    "Mz5JrcOgGbrIaL2Fkz32yms7XTv25J78VWH6lJjOLuf7RM3V/J0P/7ivB0xid+f6y82vUf"
    "M8ipJ3PxlWA0tSElq7IAoLzWaxkfJFXRkXiX5P58zbFAZJDSytIJDPPuNu9wjLn1hAPlLf"
    "9usAj1m23UKUI/vcDKZxhpKHJTWyTtGU/xxEsGu9iGJQEli4kQCGQB9urwYXAnQIPv4/B2"
    "hnQNwZsQ08cSl6e/LqcP/gjaxDFeS9ZAGPsTMjDOFHjwRPk0+hnigsJd4KCAQgEMuuPYBA"
    "6B0WBQQCEIiSvgYEAhAIQCAAgQAEQtupBQgEIBAdRSA8MpuXrUfVG0AioXUU/D5WU70CTr"
    "MSOHU1cKoC4PxJxPVKVoRFYe+UoM7JXGG4e5Bo2/7h0XY83yq7sKM+yJ0S09mruQnUfKWO"
    "rrUR8VaoS7TJSGIAt9THEwtt+nVRxRB2Ug0uhrhPbYwx4SljSV2OI4mp4OMOsT3iEkPEG6"
    "8P+jGTOvjgcHcPXXoMMQ97vii0842wB5v7v/zJJn/0g3948MthCn1CV5i/KfmckTk2sUfR"
    "K/4Pz7GwKbnQtoMcEWFEz/jlHXqeOmiGX+TjEfUkXToq3TN2XEPw9sNCPRlStUuqLhCAaC"
    "ZEM5d1CSCaqXeIBaKZEM1c5GlDNBOimRDNhGgmRDN1mloQzdxaNHPET01qt28nElpH485j"
    "NTVhAVddcllHAU5ktLa14pWim68BxDArL1lQbeyUiM6b8l2iphaWthyzlFRdbehEQusxfR"
    "2rqUU0/5uwX8mVI2G9noowSSzUmcpWv8cqr6eq1bHKPdDY81UXjUhC67F8F6upOpaPmgzl"
    "o+qRfFS8m4G4JnUxtocjil/UrpMvke3MwB5EuqNzofsWi7f5ri+uip671BGATsklz/XudZ"
    "m81h72V6kwGqQVbpkywI9x5evK4st2YuH2lpgkA0DtHBPoqe5vN3K3a7ztwkIuUallDZ5I"
    "t2nxCDpTNftdrO32791JUuSGUdSo6U5aIqqzG54CNvWJj4U0o2F1quNCitKwJsdRlavUUl"
    "eEVCX0u1KeoxpnKUxHrLFso3TGOutqNbzDvMb12RQSHDVOcEzb1JkbwzmxxZzy7cnwCT/j"
    "kZqNa56gM4/sy+ACDWK10SehdntdADmmi1aVNeSYLhrna7By0CJYMLs+rpsavmbCa5Xs+4"
    "nYlF3zs7ddfvVd5vt+HTXvSbQcWqmmC2l58uEo9fQcJY8R9xsdk4jOFqf+omfqTeVldmJg"
    "GdhFcxK+OErzHZzd/Hx7jg5eizzfY5HPO3dswjvxHRpwV+bmwebuB5nwsy9h4vnp5OBjIb"
    "MPd9oBLW7pxR9ocXpzdYAWdwq0OKDFAS0OaHFAiwNaXIemVnEb438qFRGM2q8HyNiEt927"
    "4SpWnYsaoUeNJtRBzYw6KE4pMzwwLQshpeVbBJFuHPtnfrqj/01tdSDpKqWzeic06oOaLi"
    "ihCbAX7C5TOzAnqvNeMsiqql+Ife46jBh+ScXYBX2QktO5A+4o88isjz4TE9uUzQgyJFMg"
    "0V6/PnnC9sTEw2dsev6QL0clq1Q9gaP0AVrjIZ+kxugPoTHaESojk7hPuCGDZq18aVXS0p"
    "apSr191Y1A8pNe3XMjP26RpcRXEMM3VZydRELnFWcgtdTO4zEEr3g49U1/prrW50R1Nv6F"
    "UBX9Fqmqx9quUMEg6S+XTMTWVbIxn4eSH69uiSUz4kt6JYQ8bsOnpEajJiu+0vyoQqqypD"
    "CzZGSrGOvOnN0SNnf4D/3+LLVJ4C0/ykqwt5KBWA2/RWNfDYGLXlEJwn2xRV0J3lfMQ9iT"
    "MJzEz0SJDHMPiWuBgze7gvZFGQp6FvHzRlA0VxSwYP5kwh9AjHfyASPu2rMHW7paQsTgp7"
    "NvxECPrjOTDcKf8BNDgVeGgqY7z45rivIWBn5hu+8QjjVjHrUsUTODP4mfnB1XlN2Q7jYT"
    "Nwx6Yele5xtxDZ9UAXt/Bkly4lvbGSY/q/dPgPwA8gPIryDZKRwCIL9TgPwA8gPIDyA/gP"
    "wA8uvQ1CpuY7GfrhLhjYW0jureR1q2GsHNnneae9oFOa1tK06rtxl12/e9oVLyinc10pL4"
    "9w01K8YnXT723dqovLxCAzJzps5yke+TJoHv/Gqdinuf5DdSQZAYzhONVIgVaTm9rS4oFq"
    "uYfRP3M3YyRzcIuqkCasun6K4/NVoGJAPoV2Vdzol1IzP0XCgdgMabWJ6jlFnGXWqGl8q2"
    "TYl2w6RRsu1dovi6zTonnj8pq0pRg/wmIjofIweJmprUJOPrGe9Q1apkaSmd7X2V0VSLcl"
    "ntpyy3dT7fWsZyiKCpWTUrpPVJTo0p8j3lIms3dDeTipxCsVe0az6DtYsjuKmNszNYq0Tj"
    "DFGkhOyQJ5JUMx2YORu6maYNaA5hc3R39TlvcslxeKSWRQzxNZKUAi5oY+qSfD7xcXBv8C"
    "kKLtwIH+v9xNDcdfhDiCQ8iC9/eeA9wZ6Jy/qI4PEUHaAdjxrYRCNMzV3kOegY7TCxFXvB"
    "R5BwDOyDZVcgYB/oDYkC++AU2AfAPgD2AbAPgH0A7IMOTa0y9sGPA+GiO9/9RjYS0w4KRp"
    "nEwjNaEWxdjHkVHqI16BgUvLpKtFUOeTcJeFeHuwv+AaPKF8lEMlrHB79yJflxW3Bp2k+H"
    "nBPboAY1qyCExaM6+wSth/Qgo+r2sdw5kUmwq9g+9QDNTZ/SdPuW9w+Ul5ID/ReSA6Rcj2"
    "CNS4l/qGzTQ/1teogKJQb6S9QYWKedj5TtfKS/nY/C4gB8jX4JuAnbGMLHyqY91t+0xyhV"
    "EaB9m75Wtulr/W36GoV1AO64CegjFXdNocBlHhBrCcR3LaY+UTb1if6mPkFXzmxOPGJzEw"
    "vjmmwbFy36b5SN+0Z/474RLgPlNvW3adq3yqZ9q79p34Zlu2WpZ/7XCTZ8bPfRnbj/T7oQ"
    "nzHzmx9G1mjvX5Tt/Yv+9v4lsCwOvbPgnsX2B3PFxZX1JVg6cnVl44sr2y6pBRyy9jhkQH"
    "f6zuhO0e2/AzIbEdfgipbXeClt16+jP0UXIItMm6zIQhpU9DKUf1vu3gXxZGpjsbHOZQWg"
    "KZdxXMQcRrFFGffL99CTP7PwlGvBiOthUV5FsJ5sXzxZ3KggrmeYi8EnKrLsXB/t9h9sk8"
    "w95M8F90nAHeh5yht8E+1tIp6ADYMYfTTm7+NWFa8MwTGgRgE1atnVCqhRevM1gBp1CtQo"
    "oEYBNQqoUUCNAmpUh6ZWcRvb7l0MG+pNWSogOjstM6UOGyWqHtYkqh4WE1V/JBbayhOphH"
    "5mOWZprZvqwZpIaD1cr2M1tRinDFdEb6sNnRLReaO9S9TUwtLZiIzCsbwo2N7pfF/R6J+k"
    "rmiQ6Nr+MV0uSqVjuubKg7TQyrcetDTCz0Kdt3jlQV09hnr85/utydA2EvToeE4JNEEtws"
    "pNHwnkxzkde+h/kUWZRkUaPnJdFb27Gvt/uvtyU2//vKlzXrh4QN7+UCBj7Uu4zZc1JrEK"
    "NcMW5HQ2702sbHtGhkIZ7RbKsDN9vKJpswNGDwOrDuKmZi7M5IyxuTbo5uv1dR1+nMn4iI"
    "vgZbtA5S6VQfiUQQS/anSoXGqDbPdGldRAKQHas8OoGl7PzqfFmHr18OydITYn2CQuenTc"
    "BFQPrkRJoPQ+8pmPLesluQDFxCN/zjtdXIHyZXCBdq6PoToIQOAAgQME3k1cDiBwgMD1mG"
    "oAgZ8CBA4QOEDgAIErQuDLzKSNVMkfUQNzDRRsnEhobeVzqSa6InhqNU/V3bzBTcf2sNK1"
    "04mEztvEldQS7Xh8jZ079isyw9RqWi9k86XIqYzXMaoWoc5J6RyfvgxV1SI6TVPKrBhGTf"
    "+uLlq6aQg1N9SUE3DSKG8SXlw+gFqVTKNHH6wrkL3RIGoxBl0SSy0NVFeHVKPo+HCeab8w"
    "tBq9BsXvkWmoHzGjFvVKOE4ydclljkxW+vr56jPypvzE7ZIxkRdMp/KaHuOHiLYjbHs+fz"
    "S1EUbRWJRJSxB1hajrsh4gRF31DgVB1BWirosce4i6QtQVoq4QdYWoq05TC6Ku7QcB27t4"
    "t63z+OXVUsZd+327JjfFxHErcpEWV6xNy7d48+tnLMuimqETrRJ3TSmsPrYbDe2akV1Im5"
    "ElxH2Gp0orSE5M55Ee1FD8KlRFOyIuok+Me0Rsz6+AFhaP/ES6xXGfiXopwTuxttsf9JBS"
    "sPYYSlyYScmsOSmtK6Yp5kBvFq+phgyU8ZolcQM9zd4UvMkNvAx48/7s7v3ZxYdeYclYg7"
    "EhfWM7Fem+Mt/CdsppKwF2Cm36dbiOL1sPZ9nmC2Gd4CUo5z7mYBzX4SdEbCWU+Lk/sug4"
    "AHQkRZ6M+elIwDSPeCyhHI8wSa2fY8b4Xx1blJnj3wcE+te7ew/2HW/liy+xSxCO33KKLq"
    "gXQE0P/uHBL4fBv31mChQofspu6luZzTun0Sfh1e+AFgFatOzGAGiR3iFsQItOAS0CtAjQ"
    "IkCLAC0CtKhDU6u4jUHttNVqp835LBSnP5WVKS2jNeo2SCmqHKhttCwd1KxLByU+gBtd3J"
    "W1dX35o0RKa2t/lWqiICiw+kq0ifJH4dQfGnFQYImFIye94hrS0gYRXQJ8kdF93atJGExR"
    "H+IZQZ19nfu0ovoNcCbDYuWL+WIQLpFuEYSLAnY9xZ64i5XdPgZn4dmclpYRrCmtlhbqQn"
    "m165S+UFlNQ1xj3cFBZ87b+E++KhBakNPZvAJTuJfKtmdkqKzWbmW1ZECuwbT6pQSqDuGm"
    "Ri7MY61Q0A/fsOVjRs/mIyOcYTkMNNeiX4eAkrDtECeNF+Kf0QvQ2eD8ghR8kd79lCCJbf"
    "7EUPQCcaEWRnwbHcsysaGoSF0LrtlyRSxNgJUD4s6IbeCJS9Hh/qvD/YO3u330TL2pQE0f"
    "7BHhx6wnHF3Q9RoFqfHvJKbqOR539ilDBvetvhFjD/0m0uTkzVwxWAoYJ2CcZfYFjBMwTu"
    "2jw4BxAsapx1QDjPMUME7AOAHj3BzGOfVLHML6O+ljIa156PdCS3SWulCl1dvoZebPstHy"
    "WLjFYHnqoKmaNbTMstUo+7Am+bCYexhhaF5FlfXF6Fsi2S30HmWAjo0Ab9YwijIsY9i0bL"
    "dAzQ8pzddtWdsZmmTuez5Tu/ksL6ezc3Pj7KGrSFn0XkSslsLVNpNWKMNcwyC6NTwo9kHN"
    "TV1lwl25sSssITkg9gsRJhY7JO+dAZnxVcT2ZJBQBNa3eKNXzryHq/TNYSf7xsImnzJhv4"
    "z4Z76tXbccrdItR53slqjI3BVJUpq065fjVfrluKP9EiVlppLGNOuW16t0y+tOdost/CjB"
    "2hOA1DkR0BTuowvs+lxJWanxM7EF5GpusZskpDUM7a3URwXJrnTQvUTxzkOgb3umnwrscN"
    "ljciysswccoKNq54hNH5XHfM8qzYqvp1KmxHS2+PtAzfWd3TbCpzQc058RNV5fSqYLtL6L"
    "RF1g9bWIG7VK69OGcaafebteDSI+7cifXFrjO92gX1/fO2w6jEZFk9re0WmrzOaykHfUQN"
    "6dyJ3MZyziTN8oo56s7IDE2/qSxvTIxwGXDOo/SCYT/4D7ncIF8oN6EaIxcp4Je7BHL1x4"
    "xPcRhp6x6fnv+D+zArbjRSUdRDkJT74kJSEYUc43firxCdqJiFFQKxyYUUsvVsCM0puuAc"
    "yoU2BGATMKmFHAjAJmFDCjOjS1yphRUP1hJdqIMy+rBV69LMUCWlciuI+0VA/iNovi1oVx"
    "i8AFmZVmni3IiI+ldF7872Mt9YvdBoGAYRAIUDZ/XljrXghCHtexsvp1hgy5DGXIRWW1zo"
    "l1g5Z2LsNLf8jw0nq7pmQJ72DFh3PCXy/okNI2wRSjPUUjL1/+4fB1kzX+dfUS/3r7Jdj1"
    "C6MDSgEoRS1K4XI31sReNUqRbtCvRynCpkooRShThVJckTm2cMBFkjhF1F7CDZls7LfHIh"
    "v7NXrCYnuy36GvX9GJ+OgYsfHUcSz+UOT6FmEAJACQAEACAAndjG4CkABAgh5TDYCEUwAS"
    "AEgAIAEuHYVLR7Uxry63jobn0GVjgClxre39KdFT1eZHTQb0UfV4PioOZ2fIlJCzWEDnLV"
    "gkAt8tN6o3kfvrTaxSK9egu7FEN6CCKIO9qdHVsIEZZngYTu8hC1iwKtasku+GbT9z7VG4"
    "aEQc4E1YeU5sgxq0tJh8sxU4+wSdF4hBrCm65+qYU+ous1q8bbBWvK1cKd6W3/tsEgvP6P"
    "LbYP4hem+G8iLoq0Rb5QW7yXJdvVjnu6Bsma7JkSpfo3VMj7q7EgmykwAMgOLn+iJkAEAC"
    "AFkDQF7aYtvyHPeKcss/lWKQhTb9OhiSRq2HZqr5QiQyfglKvSULRtpIPHssG8ly0XPXmb"
    "h49iq66TkoAy1SmV4Idq0X5GF3QjyZNPVvH7seER+6BPO1FDP6LqgYHbaNP5bNx3gur+35"
    "D3mTblguOod3SnDzzTve1sVoSj3fnmQrSQPOCTgn4JyAc3YTfAGcE3BOPaYa4JyngHMCzg"
    "k456ZwzqoLSGvmVTcuH41PVctMqcPXzSjhdZzwAimcYa807afa1ImE1qa+i9VUtfNxk6Xr"
    "uHrpKlYmMx3e7+LWpufSLMCgoFu5tfOiXSkKdxXojc6e15ETGJWDO1apxPed16NXOluuow"
    "x9EL1RHL+J0Mojtz3rRiq3P2hF7GoYxK6WRYhyj2gxY+rKn/kW9ugj2nnyZxb3Hu//2O0p"
    "Wv+9iN79FkTvbqMY4DLL+PrZFHFIcug9l1T4rp0HBdmuLORxH/DORJfbmRVp45WU725s+E"
    "5V784aXgPLl1Tobmz5ThXozlleA9OXFOFubPpO1eDOmv73LVt+Wat31OLCq1wDd2BJx0cC"
    "fMM5cVlZJdsBccekymsvCnfF+u9DXHPnP9ZXNPsXBbOHkO0wgmzV6BkV0lqfnQYhSH0V6q"
    "x0jNoUbSNvyGIfKFM4wt+Z/pmd7oGmzI6KMakVy+Mazx1xkVwJuSP6ql/H6bBSjRYyOVJP"
    "zCWTu4R/E1SrNYm8AVxUv30mDO1cXz1dDvr8AGY/4T66Hgwu0IN/uH94El3uLVgdBsGGRW"
    "2yh4IyF6mbvE8f7KB+hm974kJvT3zH12bvHbqgJnXpDD1PiS0/QqOXoIauvD7I6wvOpoVn"
    "I+yl2uBHj4jLx/fQ2YMdKi6q5sov45K54SPEy6Z0MrX4//lwRziungsMEGCALLvUAQNEb1"
    "gaGCCnwAABBggwQIABAgwQYIB0aGoVt7GuXXm9dG5UxemsER9k7Xd5zfnhjZ82VZazlIjW"
    "1h4keqra+aSJnU+q7XxSUmtXHlPLV7EKHD0R6UpB6ETjTd0jLgMJSlbMC3YjRzjKv76K1I"
    "byrEF51p6iIZcvx3rQrHBATd2AAimMeySuvMy0aPf6qs9ZSZ1dyKuMpvrVe/b8J18V9MjI"
    "LBV9amvVkIpqgW94sSorohpBiyCs1j0rN8UwMkNMK+TigjLu6lPeASXYRfJlvw69MDLNFu"
    "EX1VFqCONDGB/C+BDG71psEcL4EMbXY6pBGB/C+O1PNQjj/zBhfAO7dFhb+LOio3NyWoeW"
    "L7iyy4WUNlCM0iRzbOBlbF6U1NrqV1JdbewOdzyuFoGmZWz7+jAoLSXaa7X3XjKKMlER/U"
    "KgVLzdN8vM3yz6n3lAiwDAwHUYYeiajOg0fXOdUjp+SvXt5xf+oLcPbmI56SqgxVeLER5j"
    "1YG8wjWDaycRWHg2p25ptL+60mpaqAv1Vq9T+upXaJX/WN9UQ7XSIjqDWsFCj20kjgiqe+"
    "u647PM5wYZzjBTtXZRUOucqTuhLvos1G3P0DVwYsp8JauMKqYof13847pq8qbYYnHoZQDG"
    "92d3788uPvSK68kaLJ2Zrt/BetLU5unFNWNtrhW6+Xp9XQfnpnfWQNdiT5yHkh+vbomowF"
    "GKqf1gnfD3JnFwOT2vuMeG3V4JEp7+ul+HhQez0UxarhUO/zOpZ2Q7M8cd+i4/JP0TUHJA"
    "yQElL0h2CroDlPwUUHJAyQElB5QcUHJAyTs0tYrbGFQqTbmF66hUmjrsNHezs0JaW1VcgP"
    "k1VLR9fzswlDy5quwFOTGtyQU3Qld0F+mqE8OgyvCLk96qTK8520ClGxTTCCuyUqrHcCKh"
    "9fBVyvzJwYHN8MA6QLA0rXhaxo2pTyuelnJj9LL0INFTi3L+wfWgNmZmcGZZBv3OP6NFDD"
    "xAPS4of3lPsSeCdPqbWOvt0zkYfazaIRtQECLhNhkIFDN16kGk6PaZB77LzbI8kSklrrvR"
    "vyaqbt/s1YSP6vW9hu+hVVhAjefRghc4Jza2BbhQnjhet6PmBDXfV3PaamH8DrLKrriRyF"
    "x5UdeIT4ZdRudFm9eQyWKJLjDJzoSy6Jy4nhjw6H491RI2QiszLczdEmqKuvJK2HBRUGeK"
    "2VWibXsBlhq2k5nVZ0UOTurXnUXzpKN2b0q/KQ4/rWoqpPhnVVSSmAe2iEkSc+I2SCQZ8p"
    "/Bl6oCj+TPONJkUI+fi2e4pD0QTYBokrEwEE30Rr+BaHIKRBMgmgDRBIgmQDQBokmHphYQ"
    "TVogmkSHm+ZedkZmUzZdw0FGskzOYk3bd7fLTpOqnIe0bMdoDxcp1dfNfNCbwrOewQsMnm"
    "33wcYJPJhVW7N6FGeldB7EZ0zNej8sl2cdxtaNyiPeb/KxqlwePCOo81HoNlIUXepaHSe4"
    "x35YTXGo951LxNvzovcVu+OTVBYpUh7W50xzX81/8k1sD824tlfTNaZMVuehfxHpizSrY6"
    "Y3aa2wzgNnbeOctTXZXCvKmu5EnhKbh9Wh0qUROkroGRHXxCXGr2H0JCJdoPTcjfm6vp5D"
    "D/B4gMcDPJ718XjS3mZqKc32xaaq6bQVQVxb7aiNltD51aXGwCWPxCVioJdQn3It+nX0p3"
    "nYjg+NiRsMjoUUqN79lKBgdWMIozlxmWMjNnWeGaI2/0Q+/SeGxBP7CNuGuKeeuuiZGt6U"
    "7eWNu47nlZKvfEbc8NcSC+r3bJVWFfRBqedYFbwNBXQm3Dc3b/ZqzOMGzuHJcfXVmMfFqz"
    "FdRmYj334pWZiFM1Nh5KzYSl7ickT7//vo22NhTTTyqeVRm+2J9/0/VU/9yrGcGXrB9gTx"
    "LSr8TaaulHCLjILCZU07KhbQo4vEa5W76Fr8BmTKjtqZU5MRa1fP7hEbh5qLn5LQGe9vdT"
    "uo8emjnXlFZ/5r+JiOGbep454aVOXFRrdDvP/y+EjH5I54XvAjCw5otkG9/8m3ROxxx9se"
    "8sXac5pVc+x9sQliwfOR8yjcQf6HeCnaMZ05kihlX378Hs+wx31HoaJ0HW8uB7t9ISx8y0"
    "H8+qJXuqF3rHD9osnX4YqQZ0XgIRJYjw+1XQc140EdNwmvHVeH147D8Fq1w2pTCysZOxZo"
    "MU1RcQte0thHjRCToxrE5ChATAo7wpYyh/A3YvxOyXPZ4pV8WbtweQLuswL/cvF6dSbXBg"
    "M9cv+JuGI5CU+1aAejn6Jn/bR7yhcN7I6n/bAlk8sJc1y+0mBxOLaobfKVhg8R96W4ZG3u"
    "NQ3O12I884UQztlwzt6i37rhc7Yc4SqbAi4lUWpl3N4NVxKlFzRlOzfZH06qt4eTAthVGm"
    "CuPh6X32nVwuF4uRoNY+xSbEerLzKwjUQBPV2jFUaczaaU5hBLdSebqPk6081MoiZJexD8"
    "gOAHBD+qzg4XhOFeybFBfl57YjCiFmstMQDONtQKWDSboVaAxi4H1AqAWgFQK6CtqQa1Al"
    "L9B7UCoFbAxrrgB60VYHLHXwmiC9vri9D1rriK6IrMREr7xF0qFeHgqEnKzVF1xs3RjxOI"
    "jU6S2w/CYouWJRzUpAhHAjrvDh+eMLaRxa241EhulNhxUJPZcXCoExYaxJn4ca8kphF/16"
    "+La9B0K4htrDg8IbYBsQ2IbXTowAWxDYht6DHVILYBsY32pxrENn6Y2MZ2z9wbiW3IE3f6"
    "nKN8Hmw0ow5qptRBcU7Jq8TKLd3wHrJ2Qx29L4OLnqLlP0Vqbv/GMZMvQ67yzUBZKZ33jK"
    "uMplur0qVJxKNQAaAk8lFWJaA6ApJOsI8v0YFQCIRCIBQCoRAIhUAoBEIhEAqBUAiEQiAU"
    "0s2p9cPQPJY6H6690uH3y+1Qr623+dLkLl95RP0vbHr0sWj2+krNBWGdKxveBsqiM6Es2p"
    "E3tDSsQLPGes2Ryai9ksVT4l2w+WWg7tasbvMpN+LDdEpLcq+aBVZzj9DZNboRqvJxHqq6"
    "nSVdk3jfAIty+V6vJMwXfdWvLVGTarSw0EPqiZnKDOHnss7CxLEcEYx95fo4qC2D0eDmro"
    "8uX2H0yXd99Nk3MPIcdPn7K4IGZDbikx199cQOsjMYoF9+ecXX8f3dVevJQLAQgoUQLNQz"
    "ggHBQggWLtqmIVgIwUIIFkKwEIKFOk2t4jYWOfwqMysto3HQ8NfoLHMrzjLLzKyTJllL1U"
    "lLP0TssOJU2cS86yqUmb56KapUpRK2SqR0LhHU+6pQhmvF6JQm4ZErOjq7519Oe2U8qPjL"
    "fi0BSsTFhl7ccGGY5OryHJ2h+MmZUIn87hRZIlSyMyBulHeKDkTY4+AEPTruDGIfEPuA2A"
    "fEPrp5IIPYB8Q+9JhqEPuA2Ef7Uw1iHz9M7EMQn4Yj7IbRARW+VEpM69O5rI9zHuuqnEH2"
    "tkkC2dvq/LG3RUbPhDKvrMhstcHTMlpb+zalqPrV301MXXfxd1m4aYnhnRPT2uCSuLb88N"
    "4IZw0zbA195lfcdLCYy5N5QIuJkoLMQSwahpgUeuGMK/xzpLB6kmqjHNWaFNXCfYOCxaUa"
    "A4yFtA4B3gst0YC4wl9qKRaYNi0fv5OSEPZnxw5LgxfsGkvk/SEyprxD9i6CPzWy8W9CY7"
    "RzO1/9AsCLD+8vuSH5Ntg/lE/j3g8NSoWnw9u5jF/HNkqvmGi2eqTEW1w7zjE1VZeNq0RT"
    "9UpnTRaNw5o6Z5BnvZU867TJHx3PKRr7I7UIK7d2JLDSVSot2ftjqKuGN6Y4pj8jJcO8xv"
    "IpmS4Y/yJRVz/7Wz5mw9lhSXQh2ArLeyAltfJO2lIvXHOV0c7swd/fHx2ucTM9VthMLeJh"
    "U2VFjwW0PvdcCy1fnVnick9t1vOpmqWnK9i5pRH8W6Di9qvd2s6QEdeT6Vklccmaw3xeUG"
    "dz3zh76C6j7fYt702sWtOLkHDFibIgWRcS1qcX7rmXOMGWck/ULd1n9x9ydhWXK098G6v5"
    "21kpncfyIKPp1ip36UPkOR/wXrEwP7R+JozavXJGT75VfxG1ZzScRxLDWSzSiORzjuKXyW"
    "sO4zcWKD/np4j826dz7lMGaVLfyJRykzMgAQEJCEhAQAKqNnc3mQlAAgISkB5TDUhAp0AC"
    "AhIQkICABAQkICABAQmoaHAgAQEJCEhAQAICEhCQgIqLBpCAgAQEJCAgAell/xlxzcB8Cg"
    "tNRkjndeYzV/TVfaio+hmo2SGo7hRUjJ2aPl/4huOxUgAtLaSzvb9KRV+9f7+Mvdd/Z9EI"
    "T9V20FhAZyOf4+bO9ubpQHM8cqkS3yojpLOhBQ1oEGuqhbVdWeRG0dqJkO7Wvo011cLaMY"
    "9DwdixjO62LmWZbG8ZcazKY2b1MhIL6W7sQazp9iNS3HCjuTlStHUkorulzwdX59vzPvSh"
    "ub3/lRi+PTnnK6pv4yqaW75VfxHNbTycSInhKC3SiOb2HgUvkxy39BsLNLf3p2jkU8vgHw"
    "GzDZhtwGwDZtt3R7cBZhsw2/SYasBsOwVmGzDbgNkGzDZgtgGzDZhtRYMDsw2YbcBsA2Yb"
    "MNuA2VZcNIDZBsw2YLYBs00v+49E2ZD4SqBsF5w7fGPHdgUJKCOY64cRl9zU6h5/okIGyi"
    "i7Ui+cf/lynemF88v7nO2/fj7/wBf83B5b9F9GxCuDgBaY3SsFgTZp8Qh4UzJ4qKYutpYF"
    "2Sxse5guWc0tI9ypom7XUnOo7bYZC+tY2812hpUbay1/pXpr1cp/FBQWpW21jbpjlRavLz"
    "pW483oXXFsXX5NSbkxfpr0fJZcA9d0BOfldB7Dd1LX8pvr2hvE+lCxLj5hvsVeunSCGf2E"
    "hSUqCVnlbfuLaFnG8EnIDWkgyP+VkmzEzrpA8s19FL5bsrTSChRYWhenyHWwwfqIukJGPE"
    "0WJbOJ9+y4Zg116xTNsf3EZxuiNjJnfWSREXbFP4DVBawuYHUBq6ujVBNgdQGrS4+pBqyu"
    "U2B1AasLWF3A6gJWF7C6gNVVNDiwuoDVBawuYHUBqwtYXcVFA1hdwOoCVhewuvSyvylf75"
    "tqtUKyUlqvNBlNtw//hzhdSTSnjlaUkuoKn2gQApI75mxrNCJ+blQ0dCzTFTNfS6B3Z2s2"
    "9jFTNXEo0hkLw22nm2XEXTsmXm553ogjCIyiH49R9OGMEe+ej8b5Nf/F9gvulbOJiu36i5"
    "hEZIi5zNATQkMrJdWIRfQBiTci+UqUemeBPPThFI0cx2R9hF2P/8cWiyiT9KG54CND3Sdg"
    "CAFDCBhC3x1tARhCwBDSY6oBQ+gUGELAEAKGEDCEgCEEDCFgCBUNDgwhYAgBQwgYQsAQAo"
    "ZQcdEAhhAwhIAhBAwhvez/5Bu+NWT8PfSRRkht0wWnVFjndeeTUPjVXVZhffx0A3MbKcHS"
    "OTGdbS/8cnQRq6rF/ZJzYo+5hkpXxKVldLb3IKWnFsaG+yU3zD58IjYt4WvVrN+RgM4G/h"
    "QpuX0DBzfLKkEfsYTOJv4aa7n9W2if/JlVtgdWxkoSAX15EZ9iHdshRujDvfqYULQvsIVn"
    "fFeaEPcJV5Z0qhHoL2JjPQ4T6jr3irj0cJ4Vb0TL+ogSHZBUAmW1KPCzPp6ioBf9sazrRG"
    "00dx3hd7N3yJsSFAxXhpxHFFzuN7d8hrywgtrMt0RdxhIKF7C3gL3V2ioF7K02I7vA3sr0"
    "PLC3gL0F7C1gbwF7qygJ7C3Nphawt5aIKQJ7C9hbGhsc2FvA3gL2FrC3gL0F7K3iogHsLW"
    "BvAXsL2Ft62R9u7VPsBbi1r5nB4dY+HdYeKE60OdPqWJwIruuD6/o2eN6H6/rWYEY9imtl"
    "Y1SyY4eSRaQ0jPOC3RrInyO11zGMNWHMffY9viGFUegSglzm+34dH24mW6aC74u5b8HDK2"
    "LgvTM0nvLPCfIc5NgEBU8WjDYsOW07czIjFuWTHIuLEee81/G0jyQe2Eeuz7C5u4fup7Ek"
    "ZUj8OgONXh5s6jHxlD4SiFjUQtQ3iwCbPuK+kGMHbDpu55BYN8c2sbhmZGwy/gH2EPUQ+Y"
    "uLBOXRxs6cEhY8X7xtDw1chx+r+PjZET/vFbcBndh7MwMJNwu/uRcGZLv8dY/8rfId577p"
    "o0v7G+EupMu1Dkyb5vSVMPeAuAfEvWX9WSDu6c0mAuLeKRD3gLgHxD0g7gFxD4h7HZpaJc"
    "Q9OiqfVA3g8UBU6zgnP1MtM6WOm0yp4+opVUZFAIIkECSBILl+gmRbwXsN+ZE1Ge+Ll+/V"
    "st/bGuYy/R0FobmlhvoGOJEy/rpEpHkNMeb22JGxxutGSWxaGqevIT7GEl0Brm+oTGjeHu"
    "+xhoF37diTe/JXRbzv+2Xh1TntH/5xn/HXC9yk2Ge//nLza9Q8T1jSBkU5Iy4dT3sl+En4"
    "Tb8OOcFJm0WQSXVgGyL/HYn8V/tm1aF/rTyE5ibePIFFTCoFC4fNv0PrbqSAFn+jR+ySkJ"
    "SghlaE2xORlci2ulm7DaLtVjezv/8/hslFvw=="
)
