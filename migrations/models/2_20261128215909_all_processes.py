"""Migration 2_20261128215909_all_processes: the same change for SQLite and PostgreSQL.

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
CREATE TABLE IF NOT EXISTS "pangkat" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "golongan" VARCHAR(6) NOT NULL UNIQUE /* Golongan\/Ruang */,
    "nama" VARCHAR(40) NOT NULL /* Pangkat */,
    "urutan" SMALLINT NOT NULL /* Urutan */
) /* Pangkat */;
CREATE TABLE IF NOT EXISTS "kib_a_tanah" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode_barang" VARCHAR(18) NOT NULL /* Kode Barang */,
    "register" VARCHAR(10) NOT NULL /* Register */,
    "nama_barang" VARCHAR(200) NOT NULL /* Nama Barang */,
    "asal_usul" VARCHAR(15) NOT NULL /* Asal-usul */,
    "tahun" SMALLINT NOT NULL /* Tahun Perolehan */,
    "harga" VARCHAR(40) NOT NULL /* Harga (Rp) */,
    "kondisi" VARCHAR(12) NOT NULL /* Kondisi */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "luas_m2" VARCHAR(40) /* Luas (m²) */,
    "letak" VARCHAR(255) NOT NULL /* Letak\/Alamat */,
    "hak" VARCHAR(60) /* Hak */,
    "no_sertifikat" VARCHAR(60) /* No. Sertifikat */,
    "tgl_sertifikat" DATE /* Tanggal Sertifikat */,
    "penggunaan" VARCHAR(150) /* Penggunaan */
) /* KIB A Tanah */;
CREATE TABLE IF NOT EXISTS "kib_b_peralatan_mesin" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode_barang" VARCHAR(18) NOT NULL /* Kode Barang */,
    "register" VARCHAR(10) NOT NULL /* Register */,
    "nama_barang" VARCHAR(200) NOT NULL /* Nama Barang */,
    "asal_usul" VARCHAR(15) NOT NULL /* Asal-usul */,
    "tahun" SMALLINT NOT NULL /* Tahun Perolehan */,
    "harga" VARCHAR(40) NOT NULL /* Harga (Rp) */,
    "kondisi" VARCHAR(12) NOT NULL /* Kondisi */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "merk_type" VARCHAR(100) /* Merk\/Type */,
    "ukuran_cc" VARCHAR(30) /* Ukuran\/CC */,
    "bahan" VARCHAR(60) /* Bahan */,
    "no_pabrik" VARCHAR(60) /* No. Pabrik */,
    "no_rangka" VARCHAR(60) /* No. Rangka */,
    "no_mesin" VARCHAR(60) /* No. Mesin */,
    "no_polisi" VARCHAR(15) /* No. Polisi */,
    "no_bpkb" VARCHAR(30) /* No. BPKB */
) /* KIB B Peralatan dan Mesin */;
CREATE TABLE IF NOT EXISTS "kib_c_gedung_bangunan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode_barang" VARCHAR(18) NOT NULL /* Kode Barang */,
    "register" VARCHAR(10) NOT NULL /* Register */,
    "nama_barang" VARCHAR(200) NOT NULL /* Nama Barang */,
    "asal_usul" VARCHAR(15) NOT NULL /* Asal-usul */,
    "tahun" SMALLINT NOT NULL /* Tahun Perolehan */,
    "harga" VARCHAR(40) NOT NULL /* Harga (Rp) */,
    "kondisi" VARCHAR(12) NOT NULL /* Kondisi */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "bertingkat" INT NOT NULL /* Bertingkat */,
    "beton" INT NOT NULL /* Beton */,
    "luas_lantai_m2" VARCHAR(40) /* Luas Lantai (m²) */,
    "letak" VARCHAR(255) NOT NULL /* Letak\/Alamat */,
    "no_dokumen" VARCHAR(60) /* No. Dokumen */,
    "tgl_dokumen" DATE /* Tanggal Dokumen */,
    "status_tanah" VARCHAR(60) /* Status Tanah */
) /* KIB C Gedung dan Bangunan */;
CREATE TABLE IF NOT EXISTS "kib_d_jalan_irigasi_jaringan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode_barang" VARCHAR(18) NOT NULL /* Kode Barang */,
    "register" VARCHAR(10) NOT NULL /* Register */,
    "nama_barang" VARCHAR(200) NOT NULL /* Nama Barang */,
    "asal_usul" VARCHAR(15) NOT NULL /* Asal-usul */,
    "tahun" SMALLINT NOT NULL /* Tahun Perolehan */,
    "harga" VARCHAR(40) NOT NULL /* Harga (Rp) */,
    "kondisi" VARCHAR(12) NOT NULL /* Kondisi */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "konstruksi" VARCHAR(60) /* Konstruksi */,
    "panjang" VARCHAR(40) /* Panjang (km) */,
    "lebar" VARCHAR(40) /* Lebar (m) */,
    "luas" VARCHAR(40) /* Luas (m²) */,
    "letak" VARCHAR(255) NOT NULL /* Letak\/Lokasi */,
    "status_tanah" VARCHAR(60) /* Status Tanah */
) /* KIB D Jalan, Irigasi dan Jaringan */;
CREATE TABLE IF NOT EXISTS "kib_e_aset_tetap_lainnya" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode_barang" VARCHAR(18) NOT NULL /* Kode Barang */,
    "register" VARCHAR(10) NOT NULL /* Register */,
    "nama_barang" VARCHAR(200) NOT NULL /* Nama Barang */,
    "asal_usul" VARCHAR(15) NOT NULL /* Asal-usul */,
    "tahun" SMALLINT NOT NULL /* Tahun Perolehan */,
    "harga" VARCHAR(40) NOT NULL /* Harga (Rp) */,
    "kondisi" VARCHAR(12) NOT NULL /* Kondisi */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "judul_spesifikasi" VARCHAR(200) /* Judul\/Spesifikasi */,
    "asal_daerah" VARCHAR(100) /* Asal Daerah */,
    "pencipta" VARCHAR(100) /* Pencipta */,
    "bahan" VARCHAR(60) /* Bahan */,
    "jenis" VARCHAR(60) /* Jenis */,
    "ukuran" VARCHAR(30) /* Ukuran */,
    "jumlah" INT NOT NULL /* Jumlah */
) /* KIB E Aset Tetap Lainnya */;
CREATE TABLE IF NOT EXISTS "kib_f_konstruksi_dalam_pengerjaan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kode_barang" VARCHAR(18) NOT NULL /* Kode Barang */,
    "register" VARCHAR(10) NOT NULL /* Register */,
    "nama_barang" VARCHAR(200) NOT NULL /* Nama Barang */,
    "asal_usul" VARCHAR(15) NOT NULL /* Asal-usul */,
    "tahun" SMALLINT NOT NULL /* Tahun Perolehan */,
    "harga" VARCHAR(40) NOT NULL /* Harga (Rp) */,
    "kondisi" VARCHAR(12) NOT NULL /* Kondisi */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "bertingkat" INT NOT NULL /* Bertingkat */,
    "beton" INT NOT NULL /* Beton */,
    "luas_lantai_m2" VARCHAR(40) /* Luas (m²) */,
    "letak" VARCHAR(255) NOT NULL /* Letak\/Lokasi */,
    "no_dokumen" VARCHAR(60) /* No. Dokumen */,
    "tgl_dokumen" DATE /* Tanggal Dokumen */,
    "status_tanah" VARCHAR(60) /* Status Tanah */,
    "tanggal_mulai" DATE /* Tanggal Mulai */
) /* KIB F Konstruksi Dalam Pengerjaan */;
CREATE TABLE IF NOT EXISTS "mutasi_barang" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "kib" VARCHAR(40) NOT NULL /* KIB */,
    "kode_barang" VARCHAR(18) NOT NULL /* Kode Barang */,
    "register" VARCHAR(10) NOT NULL /* Register */,
    "nama_barang" VARCHAR(200) /* Nama Barang */,
    "jenis" VARCHAR(15) NOT NULL /* Jenis Mutasi */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "nilai" VARCHAR(40) /* Nilai (Rp) */,
    "keterangan" TEXT /* Keterangan */
) /* Mutasi Barang */;
CREATE TABLE IF NOT EXISTS "program_kegiatan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "kode" VARCHAR(20) NOT NULL /* Kode */,
    "nama" VARCHAR(255) NOT NULL /* Nama */,
    "level" VARCHAR(15) /* Level */,
    "kode_induk" VARCHAR(20) /* Kode Induk */,
    "pagu" VARCHAR(40) /* Pagu (Rp) */,
    CONSTRAINT "uid_program_keg_tahun_8173b6" UNIQUE ("tahun", "kode")
) /* Program dan Kegiatan */;
CREATE TABLE IF NOT EXISTS "jenis_layanan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nama" VARCHAR(150) NOT NULL UNIQUE /* Nama Layanan */,
    "kategori" VARCHAR(15) NOT NULL /* Kategori */,
    "persyaratan" TEXT /* Persyaratan */,
    "prosedur" TEXT /* Sistem, Mekanisme dan Prosedur */,
    "jangka_waktu_hari" SMALLINT NOT NULL /* Jangka Waktu (hari kerja) */,
    "biaya" VARCHAR(40) NOT NULL /* Biaya\/Tarif (Rp) */,
    "produk" VARCHAR(150) /* Produk Layanan */,
    "dasar_hukum" TEXT /* Dasar Hukum */
) /* Jenis Layanan */;
CREATE TABLE IF NOT EXISTS "musrenbang" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun_rencana" SMALLINT NOT NULL /* Tahun Rencana */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "tempat" VARCHAR(200) NOT NULL /* Tempat */,
    "jumlah_peserta" INT /* Jumlah Peserta */,
    "notulen" TEXT /* Notulen\/Berita Acara */
) /* Musrenbang */;
CREATE TABLE IF NOT EXISTS "pegawai" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nip" VARCHAR(18) UNIQUE /* NIP */,
    "nama" VARCHAR(120) NOT NULL /* Nama */,
    "gelar_depan" VARCHAR(30) /* Gelar Depan */,
    "gelar_belakang" VARCHAR(40) /* Gelar Belakang */,
    "tempat_lahir" VARCHAR(60) /* Tempat Lahir */,
    "tanggal_lahir" DATE NOT NULL /* Tanggal Lahir */,
    "jenis_kelamin" VARCHAR(1) NOT NULL /* Jenis Kelamin */,
    "status" VARCHAR(10) NOT NULL /* Status */,
    "tmt_pangkat" DATE /* TMT Pangkat */,
    "jabatan" VARCHAR(150) NOT NULL /* Jabatan */,
    "jenis_jabatan" VARCHAR(12) NOT NULL /* Jenis Jabatan */,
    "eselon" VARCHAR(6) /* Eselon */,
    "tmt_jabatan" DATE /* TMT Jabatan */,
    "pendidikan" VARCHAR(8) /* Pendidikan Terakhir */,
    "unit" VARCHAR(40) /* Unit Kerja */,
    "pangkat_id" INT REFERENCES "pangkat" ("id") ON DELETE RESTRICT /* Pangkat\/Golongan */
) /* Pegawai */;
CREATE TABLE IF NOT EXISTS "cuti" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "jenis" VARCHAR(30) NOT NULL /* Jenis Cuti */,
    "alasan" VARCHAR(255) NOT NULL /* Alasan Cuti */,
    "mulai" DATE NOT NULL /* Mulai */,
    "selesai" DATE NOT NULL /* Selesai */,
    "lama_hari" SMALLINT /* Lama (hari) */,
    "alamat_selama_cuti" VARCHAR(255) /* Alamat Selama Cuti */,
    "keputusan" VARCHAR(20) /* Keputusan Pejabat */,
    "pegawai_id" INT NOT NULL REFERENCES "pegawai" ("id") ON DELETE RESTRICT /* Pegawai */
) /* Cuti */;
CREATE TABLE IF NOT EXISTS "indikator_kinerja" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "uraian" VARCHAR(255) NOT NULL /* Indikator */,
    "satuan" VARCHAR(40) NOT NULL /* Satuan */,
    "kondisi_awal" VARCHAR(40) /* Kondisi Awal */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "target" VARCHAR(40) NOT NULL /* Target */,
    "cara_hitung" VARCHAR(30) NOT NULL /* Cara Hitung Realisasi */,
    "realisasi_tw1" VARCHAR(40) /* Realisasi TW I */,
    "realisasi_tw2" VARCHAR(40) /* Realisasi TW II */,
    "realisasi_tw3" VARCHAR(40) /* Realisasi TW III */,
    "realisasi_tw4" VARCHAR(40) /* Realisasi TW IV */,
    "realisasi" VARCHAR(40) /* Realisasi Tahunan */,
    "capaian_persen" VARCHAR(40) /* Capaian (%) */,
    "program_kegiatan_id" INT NOT NULL REFERENCES "program_kegiatan" ("id") ON DELETE RESTRICT /* Program\/Kegiatan */
) /* Indikator Kinerja */;
CREATE TABLE IF NOT EXISTS "laporan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "jenis" VARCHAR(20) NOT NULL /* Jenis Laporan */,
    "periode" VARCHAR(60) NOT NULL /* Periode */,
    "tenggat" DATE NOT NULL /* Tenggat */,
    "tanggal_kirim" DATE /* Tanggal Kirim */,
    "status" VARCHAR(10) NOT NULL /* Status */,
    "keterangan" TEXT /* Keterangan */,
    "tujuan_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT /* Tujuan */
) /* Laporan */;
CREATE TABLE IF NOT EXISTS "anggaran" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun Anggaran */,
    "kode_rekening" VARCHAR(20) NOT NULL /* Kode Rekening */,
    "uraian" VARCHAR(255) NOT NULL /* Uraian */,
    "pagu" VARCHAR(40) NOT NULL /* Pagu (Rp) */,
    "realisasi" VARCHAR(40) NOT NULL /* Realisasi (Rp) */,
    "sisa" VARCHAR(40) /* Sisa (Rp) */,
    "serapan_persen" VARCHAR(40) /* Serapan (%) */,
    "sub_kegiatan_id" INT NOT NULL REFERENCES "program_kegiatan" ("id") ON DELETE RESTRICT /* Sub Kegiatan */
) /* Anggaran */;
CREATE TABLE IF NOT EXISTS "realisasi_anggaran" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "bulan" SMALLINT /* Bulan */,
    "uraian" VARCHAR(255) NOT NULL /* Uraian */,
    "nilai" VARCHAR(40) NOT NULL /* Nilai (Rp) */,
    "no_bukti" VARCHAR(60) NOT NULL /* No. Bukti\/SPJ */,
    "serapan_sd_bulan" VARCHAR(40) /* Serapan s.d. Bulan Ini (%) */,
    "anggaran_id" INT NOT NULL REFERENCES "anggaran" ("id") ON DELETE RESTRICT /* Rekening Anggaran */
) /* Realisasi Anggaran */;
CREATE TABLE IF NOT EXISTS "register_layanan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun */,
    "no_registrasi" INT NOT NULL /* No. Registrasi */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "nik" VARCHAR(16) NOT NULL /* NIK Pemohon */,
    "nama_pemohon" VARCHAR(120) NOT NULL /* Nama Pemohon */,
    "status" VARCHAR(10) NOT NULL /* Status */,
    "batas_waktu" DATE /* Batas Waktu */,
    "tanggal_selesai" DATE /* Tanggal Selesai */,
    "petugas" VARCHAR(100) /* Petugas */,
    "keterangan" VARCHAR(255) /* Keterangan */,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "layanan_id" INT NOT NULL REFERENCES "jenis_layanan" ("id") ON DELETE RESTRICT /* Layanan */,
    CONSTRAINT "uid_register_la_tahun_43dc08" UNIQUE ("tahun", "no_registrasi")
) /* Register Layanan */;
CREATE TABLE IF NOT EXISTS "skm_responden" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal Survei */,
    "jenis_kelamin" VARCHAR(1) NOT NULL /* Jenis Kelamin */,
    "usia" SMALLINT NOT NULL /* Usia (tahun) */,
    "pendidikan" VARCHAR(10) NOT NULL /* Pendidikan */,
    "pekerjaan" VARCHAR(10) NOT NULL /* Pekerjaan */,
    "u1" SMALLINT NOT NULL /* U1 Persyaratan */,
    "u2" SMALLINT NOT NULL /* U2 Sistem, Mekanisme, dan Prosedur */,
    "u3" SMALLINT NOT NULL /* U3 Waktu Penyelesaian */,
    "u4" SMALLINT NOT NULL /* U4 Biaya\/Tarif */,
    "u5" SMALLINT NOT NULL /* U5 Produk Spesifikasi Jenis Pelayanan */,
    "u6" SMALLINT NOT NULL /* U6 Kompetensi Pelaksana */,
    "u7" SMALLINT NOT NULL /* U7 Perilaku Pelaksana */,
    "u8" SMALLINT NOT NULL /* U8 Penanganan Pengaduan, Saran dan Masukan */,
    "u9" SMALLINT NOT NULL /* U9 Sarana dan Prasarana */,
    "saran" TEXT /* Saran */,
    "layanan_id" INT NOT NULL REFERENCES "jenis_layanan" ("id") ON DELETE RESTRICT /* Layanan */
) /* Responden SKM */;
CREATE TABLE IF NOT EXISTS "narasumber" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nama" VARCHAR(120) NOT NULL /* Nama */,
    "bidang" VARCHAR(120) NOT NULL /* Bidang Keahlian */,
    "kontak" VARCHAR(100) /* Kontak (telepon\/email) */,
    "instansi_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT /* Instansi */
) /* Narasumber */;
CREATE TABLE IF NOT EXISTS "kegiatan_pemberdayaan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nama" VARCHAR(200) NOT NULL /* Nama Kegiatan */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "lokasi" VARCHAR(200) NOT NULL /* Lokasi */,
    "sasaran" VARCHAR(200) /* Sasaran */,
    "jumlah_peserta" INT NOT NULL /* Jumlah Peserta */,
    "anggaran" VARCHAR(40) /* Anggaran (Rp) */,
    "keterangan" TEXT /* Keterangan */,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "narasumber_id" INT REFERENCES "narasumber" ("id") ON DELETE SET NULL /* Narasumber */
) /* Kegiatan Pemberdayaan */;
CREATE TABLE IF NOT EXISTS "penerima_pembinaan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nama" VARCHAR(120) NOT NULL /* Nama */,
    "nik" VARCHAR(16) /* NIK */,
    "kategori" VARCHAR(12) NOT NULL /* Kategori */,
    "jenis_usaha" VARCHAR(100) /* Jenis Usaha (UMKM) */,
    "bentuk" VARCHAR(12) NOT NULL /* Bentuk */,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "kegiatan_id" INT NOT NULL REFERENCES "kegiatan_pemberdayaan" ("id") ON DELETE CASCADE /* Kegiatan */
) /* Penerima Pembinaan dan Fasilitasi */;
CREATE TABLE IF NOT EXISTS "usulan_masyarakat" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "pengusul" VARCHAR(150) NOT NULL /* Pengusul */,
    "uraian" TEXT NOT NULL /* Uraian Usulan */,
    "tanggal_diteruskan" DATE /* Tanggal Diteruskan */,
    "tanggapan" TEXT /* Tanggapan */,
    "status" VARCHAR(12) NOT NULL /* Status */,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "opd_tujuan_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT /* OPD Tujuan */
) /* Usulan Masyarakat */;
CREATE TABLE IF NOT EXISTS "evaluasi_apbdes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun" SMALLINT NOT NULL /* Tahun Anggaran */,
    "jenis" VARCHAR(20) NOT NULL /* Jenis */,
    "tanggal_terima" DATE NOT NULL /* Tanggal Diterima */,
    "tanggal_evaluasi" DATE /* Tanggal Evaluasi */,
    "no_keputusan" VARCHAR(100) /* No. Keputusan Camat */,
    "belanja_bidang_1" VARCHAR(40) /* Bidang Penyelenggaraan Pemerintahan Desa (Rp) */,
    "belanja_bidang_2" VARCHAR(40) /* Bidang Pelaksanaan Pembangunan Desa (Rp) */,
    "belanja_bidang_3" VARCHAR(40) /* Bidang Pembinaan Kemasyarakatan Desa (Rp) */,
    "belanja_bidang_4" VARCHAR(40) /* Bidang Pemberdayaan Masyarakat Desa (Rp) */,
    "belanja_bidang_5" VARCHAR(40) /* Bidang Penanggulangan Bencana, Darurat dan Mendesak (Rp) */,
    "total_belanja" VARCHAR(40) /* Total Belanja (Rp) */,
    "hasil" VARCHAR(20) /* Hasil Evaluasi */,
    "catatan" TEXT /* Catatan Evaluasi */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */
) /* Evaluasi APBDes */;
CREATE TABLE IF NOT EXISTS "pembinaan_desa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "topik" VARCHAR(200) NOT NULL /* Topik */,
    "temuan" TEXT /* Temuan */,
    "tindak_lanjut" TEXT /* Tindak Lanjut */,
    "batas_waktu" DATE /* Batas Waktu Tindak Lanjut */,
    "status" VARCHAR(25) NOT NULL /* Status */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */
) /* Pembinaan Desa */;
CREATE TABLE IF NOT EXISTS "perangkat_desa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nama" VARCHAR(120) NOT NULL /* Nama */,
    "nik" VARCHAR(16) NOT NULL /* NIK */,
    "jabatan" VARCHAR(30) NOT NULL /* Jabatan */,
    "no_sk" VARCHAR(100) /* No. SK */,
    "tgl_sk" DATE /* Tanggal SK */,
    "masa_jabatan_selesai" DATE /* Masa Jabatan Selesai */,
    "pendidikan" VARCHAR(8) /* Pendidikan Terakhir */,
    "jenis_kelamin" VARCHAR(1) NOT NULL /* Jenis Kelamin */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */
) /* Perangkat Desa */;
CREATE TABLE IF NOT EXISTS "berita_acara_validasi" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun_rencana" SMALLINT NOT NULL /* Tahun Rencana */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "nomor" VARCHAR(100) NOT NULL /* Nomor Berita Acara */,
    "kepala_desa" VARCHAR(120) NOT NULL /* Kepala Desa */,
    "jumlah_usulan_divalidasi" INT NOT NULL /* Jumlah Usulan Divalidasi */,
    "catatan" TEXT /* Catatan */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */
) /* Berita Acara Validasi Usulan */;
CREATE TABLE IF NOT EXISTS "usulan_musrenbang" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tahun_rencana" SMALLINT NOT NULL /* Tahun Rencana */,
    "bidang" VARCHAR(100) NOT NULL /* Bidang */,
    "kegiatan" VARCHAR(255) NOT NULL /* Kegiatan */,
    "sasaran" VARCHAR(255) /* Sasaran */,
    "lokasi" VARCHAR(200) NOT NULL /* Lokasi */,
    "volume" VARCHAR(40) NOT NULL /* Volume */,
    "satuan" VARCHAR(30) NOT NULL /* Satuan */,
    "perkiraan_biaya" VARCHAR(40) NOT NULL /* Perkiraan Biaya (Rp) */,
    "urutan_prioritas" SMALLINT NOT NULL /* Urutan Prioritas */,
    "tahap" VARCHAR(10) NOT NULL /* Tahap */,
    "status" VARCHAR(20) NOT NULL /* Status */,
    "divalidasi_oleh" VARCHAR(50) /* Divalidasi oleh */,
    "tanggal_validasi" DATE /* Tanggal Validasi */,
    "catatan_validasi" TEXT /* Catatan Validasi */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "opd_penanggung_jawab_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT /* OPD Penanggung Jawab */
) /* Usulan Musrenbang */;
CREATE TABLE IF NOT EXISTS "informasi_peraturan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "jenis" VARCHAR(15) NOT NULL /* Jenis */,
    "nomor" VARCHAR(100) /* Nomor */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "judul" VARCHAR(255) NOT NULL /* Judul */,
    "ringkasan" TEXT /* Ringkasan */,
    "jumlah_desa" SMALLINT NOT NULL /* Disampaikan ke (desa) */,
    "tanggal_penyampaian" DATE /* Tanggal Penyampaian Pertama */,
    "sumber_id" INT NOT NULL REFERENCES "instansi" ("id") ON DELETE RESTRICT /* Sumber */
) /* Informasi dan Peraturan */;
CREATE TABLE IF NOT EXISTS "penyampaian_informasi" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal Penyampaian */,
    "keterangan" VARCHAR(255) /* Keterangan (cara penyampaian) */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "informasi_id" INT NOT NULL REFERENCES "informasi_peraturan" ("id") ON DELETE CASCADE /* Informasi\/Peraturan */
) /* Penyampaian ke Desa */;
CREATE TABLE IF NOT EXISTS "permintaan_data" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "nomor" VARCHAR(100) NOT NULL /* Nomor Surat Permintaan */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "rincian" TEXT NOT NULL /* Rincian Data */,
    "tujuan_penggunaan" VARCHAR(255) /* Tujuan Penggunaan */,
    "batas_waktu" DATE /* Batas Waktu */,
    "tanggal_dipenuhi" DATE /* Tanggal Dipenuhi */,
    "status" VARCHAR(10) NOT NULL /* Status */,
    "instansi_id" INT NOT NULL REFERENCES "instansi" ("id") ON DELETE RESTRICT /* Peminta (Bagian Setda) */
) /* Permintaan Data */;
CREATE TABLE IF NOT EXISTS "permohonan_data_desa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "perihal" VARCHAR(255) NOT NULL /* Perihal */,
    "jenis_data" VARCHAR(150) NOT NULL /* Jenis Data */,
    "tindak_lanjut" TEXT /* Tindak Lanjut */,
    "tanggal_selesai" DATE /* Tanggal Selesai */,
    "status" VARCHAR(10) NOT NULL /* Status */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */
) /* Permohonan Data Desa */;
CREATE TABLE IF NOT EXISTS "verifikasi_informasi" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" INT NOT NULL /* Versi */,
    "created_at" TIMESTAMP NOT NULL /* Dibuat */,
    "created_by" VARCHAR(50) /* Dibuat oleh */,
    "updated_at" TIMESTAMP NOT NULL /* Diubah */,
    "updated_by" VARCHAR(50) /* Diubah oleh */,
    "deleted_at" TIMESTAMP /* Dihapus */,
    "tanggal" DATE NOT NULL /* Tanggal */,
    "informasi" VARCHAR(255) NOT NULL /* Informasi */,
    "hasil" VARCHAR(16) /* Hasil Verifikasi */,
    "catatan" TEXT /* Catatan */,
    "tanggal_penyampaian" DATE /* Tanggal Penyampaian */,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT /* Desa */,
    "disampaikan_ke_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT /* Disampaikan ke */
) /* Verifikasi Informasi */;
""",
    'postgres': """
CREATE TABLE IF NOT EXISTS "pangkat" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "golongan" VARCHAR(6) NOT NULL UNIQUE,
    "nama" VARCHAR(40) NOT NULL,
    "urutan" SMALLINT NOT NULL
);
COMMENT ON COLUMN "pangkat"."version" IS 'Versi';
COMMENT ON COLUMN "pangkat"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "pangkat"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "pangkat"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "pangkat"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "pangkat"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "pangkat"."golongan" IS 'Golongan/Ruang';
COMMENT ON COLUMN "pangkat"."nama" IS 'Pangkat';
COMMENT ON COLUMN "pangkat"."urutan" IS 'Urutan';
COMMENT ON TABLE "pangkat" IS 'Pangkat';
CREATE TABLE IF NOT EXISTS "kib_a_tanah" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode_barang" VARCHAR(18) NOT NULL,
    "register" VARCHAR(10) NOT NULL,
    "nama_barang" VARCHAR(200) NOT NULL,
    "asal_usul" VARCHAR(15) NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "harga" DECIMAL(18,2) NOT NULL,
    "kondisi" VARCHAR(12) NOT NULL,
    "keterangan" VARCHAR(255),
    "luas_m2" DECIMAL(14,2),
    "letak" VARCHAR(255) NOT NULL,
    "hak" VARCHAR(60),
    "no_sertifikat" VARCHAR(60),
    "tgl_sertifikat" DATE,
    "penggunaan" VARCHAR(150)
);
COMMENT ON COLUMN "kib_a_tanah"."version" IS 'Versi';
COMMENT ON COLUMN "kib_a_tanah"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "kib_a_tanah"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "kib_a_tanah"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "kib_a_tanah"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "kib_a_tanah"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "kib_a_tanah"."kode_barang" IS 'Kode Barang';
COMMENT ON COLUMN "kib_a_tanah"."register" IS 'Register';
COMMENT ON COLUMN "kib_a_tanah"."nama_barang" IS 'Nama Barang';
COMMENT ON COLUMN "kib_a_tanah"."asal_usul" IS 'Asal-usul';
COMMENT ON COLUMN "kib_a_tanah"."tahun" IS 'Tahun Perolehan';
COMMENT ON COLUMN "kib_a_tanah"."harga" IS 'Harga (Rp)';
COMMENT ON COLUMN "kib_a_tanah"."kondisi" IS 'Kondisi';
COMMENT ON COLUMN "kib_a_tanah"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "kib_a_tanah"."luas_m2" IS 'Luas (m²)';
COMMENT ON COLUMN "kib_a_tanah"."letak" IS 'Letak/Alamat';
COMMENT ON COLUMN "kib_a_tanah"."hak" IS 'Hak';
COMMENT ON COLUMN "kib_a_tanah"."no_sertifikat" IS 'No. Sertifikat';
COMMENT ON COLUMN "kib_a_tanah"."tgl_sertifikat" IS 'Tanggal Sertifikat';
COMMENT ON COLUMN "kib_a_tanah"."penggunaan" IS 'Penggunaan';
COMMENT ON TABLE "kib_a_tanah" IS 'KIB A Tanah';
CREATE TABLE IF NOT EXISTS "kib_b_peralatan_mesin" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode_barang" VARCHAR(18) NOT NULL,
    "register" VARCHAR(10) NOT NULL,
    "nama_barang" VARCHAR(200) NOT NULL,
    "asal_usul" VARCHAR(15) NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "harga" DECIMAL(18,2) NOT NULL,
    "kondisi" VARCHAR(12) NOT NULL,
    "keterangan" VARCHAR(255),
    "merk_type" VARCHAR(100),
    "ukuran_cc" VARCHAR(30),
    "bahan" VARCHAR(60),
    "no_pabrik" VARCHAR(60),
    "no_rangka" VARCHAR(60),
    "no_mesin" VARCHAR(60),
    "no_polisi" VARCHAR(15),
    "no_bpkb" VARCHAR(30)
);
COMMENT ON COLUMN "kib_b_peralatan_mesin"."version" IS 'Versi';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."kode_barang" IS 'Kode Barang';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."register" IS 'Register';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."nama_barang" IS 'Nama Barang';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."asal_usul" IS 'Asal-usul';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."tahun" IS 'Tahun Perolehan';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."harga" IS 'Harga (Rp)';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."kondisi" IS 'Kondisi';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."merk_type" IS 'Merk/Type';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."ukuran_cc" IS 'Ukuran/CC';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."bahan" IS 'Bahan';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."no_pabrik" IS 'No. Pabrik';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."no_rangka" IS 'No. Rangka';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."no_mesin" IS 'No. Mesin';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."no_polisi" IS 'No. Polisi';
COMMENT ON COLUMN "kib_b_peralatan_mesin"."no_bpkb" IS 'No. BPKB';
COMMENT ON TABLE "kib_b_peralatan_mesin" IS 'KIB B Peralatan dan Mesin';
CREATE TABLE IF NOT EXISTS "kib_c_gedung_bangunan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode_barang" VARCHAR(18) NOT NULL,
    "register" VARCHAR(10) NOT NULL,
    "nama_barang" VARCHAR(200) NOT NULL,
    "asal_usul" VARCHAR(15) NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "harga" DECIMAL(18,2) NOT NULL,
    "kondisi" VARCHAR(12) NOT NULL,
    "keterangan" VARCHAR(255),
    "bertingkat" BOOL NOT NULL,
    "beton" BOOL NOT NULL,
    "luas_lantai_m2" DECIMAL(14,2),
    "letak" VARCHAR(255) NOT NULL,
    "no_dokumen" VARCHAR(60),
    "tgl_dokumen" DATE,
    "status_tanah" VARCHAR(60)
);
COMMENT ON COLUMN "kib_c_gedung_bangunan"."version" IS 'Versi';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."kode_barang" IS 'Kode Barang';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."register" IS 'Register';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."nama_barang" IS 'Nama Barang';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."asal_usul" IS 'Asal-usul';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."tahun" IS 'Tahun Perolehan';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."harga" IS 'Harga (Rp)';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."kondisi" IS 'Kondisi';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."bertingkat" IS 'Bertingkat';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."beton" IS 'Beton';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."luas_lantai_m2" IS 'Luas Lantai (m²)';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."letak" IS 'Letak/Alamat';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."no_dokumen" IS 'No. Dokumen';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."tgl_dokumen" IS 'Tanggal Dokumen';
COMMENT ON COLUMN "kib_c_gedung_bangunan"."status_tanah" IS 'Status Tanah';
COMMENT ON TABLE "kib_c_gedung_bangunan" IS 'KIB C Gedung dan Bangunan';
CREATE TABLE IF NOT EXISTS "kib_d_jalan_irigasi_jaringan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode_barang" VARCHAR(18) NOT NULL,
    "register" VARCHAR(10) NOT NULL,
    "nama_barang" VARCHAR(200) NOT NULL,
    "asal_usul" VARCHAR(15) NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "harga" DECIMAL(18,2) NOT NULL,
    "kondisi" VARCHAR(12) NOT NULL,
    "keterangan" VARCHAR(255),
    "konstruksi" VARCHAR(60),
    "panjang" DECIMAL(14,2),
    "lebar" DECIMAL(14,2),
    "luas" DECIMAL(14,2),
    "letak" VARCHAR(255) NOT NULL,
    "status_tanah" VARCHAR(60)
);
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."version" IS 'Versi';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."kode_barang" IS 'Kode Barang';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."register" IS 'Register';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."nama_barang" IS 'Nama Barang';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."asal_usul" IS 'Asal-usul';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."tahun" IS 'Tahun Perolehan';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."harga" IS 'Harga (Rp)';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."kondisi" IS 'Kondisi';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."konstruksi" IS 'Konstruksi';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."panjang" IS 'Panjang (km)';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."lebar" IS 'Lebar (m)';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."luas" IS 'Luas (m²)';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."letak" IS 'Letak/Lokasi';
COMMENT ON COLUMN "kib_d_jalan_irigasi_jaringan"."status_tanah" IS 'Status Tanah';
COMMENT ON TABLE "kib_d_jalan_irigasi_jaringan" IS 'KIB D Jalan, Irigasi dan Jaringan';
CREATE TABLE IF NOT EXISTS "kib_e_aset_tetap_lainnya" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode_barang" VARCHAR(18) NOT NULL,
    "register" VARCHAR(10) NOT NULL,
    "nama_barang" VARCHAR(200) NOT NULL,
    "asal_usul" VARCHAR(15) NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "harga" DECIMAL(18,2) NOT NULL,
    "kondisi" VARCHAR(12) NOT NULL,
    "keterangan" VARCHAR(255),
    "judul_spesifikasi" VARCHAR(200),
    "asal_daerah" VARCHAR(100),
    "pencipta" VARCHAR(100),
    "bahan" VARCHAR(60),
    "jenis" VARCHAR(60),
    "ukuran" VARCHAR(30),
    "jumlah" INT NOT NULL
);
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."version" IS 'Versi';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."kode_barang" IS 'Kode Barang';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."register" IS 'Register';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."nama_barang" IS 'Nama Barang';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."asal_usul" IS 'Asal-usul';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."tahun" IS 'Tahun Perolehan';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."harga" IS 'Harga (Rp)';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."kondisi" IS 'Kondisi';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."judul_spesifikasi" IS 'Judul/Spesifikasi';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."asal_daerah" IS 'Asal Daerah';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."pencipta" IS 'Pencipta';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."bahan" IS 'Bahan';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."jenis" IS 'Jenis';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."ukuran" IS 'Ukuran';
COMMENT ON COLUMN "kib_e_aset_tetap_lainnya"."jumlah" IS 'Jumlah';
COMMENT ON TABLE "kib_e_aset_tetap_lainnya" IS 'KIB E Aset Tetap Lainnya';
CREATE TABLE IF NOT EXISTS "kib_f_konstruksi_dalam_pengerjaan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kode_barang" VARCHAR(18) NOT NULL,
    "register" VARCHAR(10) NOT NULL,
    "nama_barang" VARCHAR(200) NOT NULL,
    "asal_usul" VARCHAR(15) NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "harga" DECIMAL(18,2) NOT NULL,
    "kondisi" VARCHAR(12) NOT NULL,
    "keterangan" VARCHAR(255),
    "bertingkat" BOOL NOT NULL,
    "beton" BOOL NOT NULL,
    "luas_lantai_m2" DECIMAL(14,2),
    "letak" VARCHAR(255) NOT NULL,
    "no_dokumen" VARCHAR(60),
    "tgl_dokumen" DATE,
    "status_tanah" VARCHAR(60),
    "tanggal_mulai" DATE
);
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."version" IS 'Versi';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."kode_barang" IS 'Kode Barang';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."register" IS 'Register';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."nama_barang" IS 'Nama Barang';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."asal_usul" IS 'Asal-usul';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."tahun" IS 'Tahun Perolehan';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."harga" IS 'Harga (Rp)';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."kondisi" IS 'Kondisi';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."bertingkat" IS 'Bertingkat';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."beton" IS 'Beton';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."luas_lantai_m2" IS 'Luas (m²)';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."letak" IS 'Letak/Lokasi';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."no_dokumen" IS 'No. Dokumen';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."tgl_dokumen" IS 'Tanggal Dokumen';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."status_tanah" IS 'Status Tanah';
COMMENT ON COLUMN "kib_f_konstruksi_dalam_pengerjaan"."tanggal_mulai" IS 'Tanggal Mulai';
COMMENT ON TABLE "kib_f_konstruksi_dalam_pengerjaan" IS 'KIB F Konstruksi Dalam Pengerjaan';
CREATE TABLE IF NOT EXISTS "mutasi_barang" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "kib" VARCHAR(40) NOT NULL,
    "kode_barang" VARCHAR(18) NOT NULL,
    "register" VARCHAR(10) NOT NULL,
    "nama_barang" VARCHAR(200),
    "jenis" VARCHAR(15) NOT NULL,
    "tanggal" DATE NOT NULL,
    "nilai" DECIMAL(18,2),
    "keterangan" TEXT
);
COMMENT ON COLUMN "mutasi_barang"."version" IS 'Versi';
COMMENT ON COLUMN "mutasi_barang"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "mutasi_barang"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "mutasi_barang"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "mutasi_barang"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "mutasi_barang"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "mutasi_barang"."kib" IS 'KIB';
COMMENT ON COLUMN "mutasi_barang"."kode_barang" IS 'Kode Barang';
COMMENT ON COLUMN "mutasi_barang"."register" IS 'Register';
COMMENT ON COLUMN "mutasi_barang"."nama_barang" IS 'Nama Barang';
COMMENT ON COLUMN "mutasi_barang"."jenis" IS 'Jenis Mutasi';
COMMENT ON COLUMN "mutasi_barang"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "mutasi_barang"."nilai" IS 'Nilai (Rp)';
COMMENT ON COLUMN "mutasi_barang"."keterangan" IS 'Keterangan';
COMMENT ON TABLE "mutasi_barang" IS 'Mutasi Barang';
CREATE TABLE IF NOT EXISTS "program_kegiatan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "kode" VARCHAR(20) NOT NULL,
    "nama" VARCHAR(255) NOT NULL,
    "level" VARCHAR(15),
    "kode_induk" VARCHAR(20),
    "pagu" DECIMAL(18,2),
    CONSTRAINT "uid_program_keg_tahun_8173b6" UNIQUE ("tahun", "kode")
);
COMMENT ON COLUMN "program_kegiatan"."version" IS 'Versi';
COMMENT ON COLUMN "program_kegiatan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "program_kegiatan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "program_kegiatan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "program_kegiatan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "program_kegiatan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "program_kegiatan"."tahun" IS 'Tahun';
COMMENT ON COLUMN "program_kegiatan"."kode" IS 'Kode';
COMMENT ON COLUMN "program_kegiatan"."nama" IS 'Nama';
COMMENT ON COLUMN "program_kegiatan"."level" IS 'Level';
COMMENT ON COLUMN "program_kegiatan"."kode_induk" IS 'Kode Induk';
COMMENT ON COLUMN "program_kegiatan"."pagu" IS 'Pagu (Rp)';
COMMENT ON TABLE "program_kegiatan" IS 'Program dan Kegiatan';
CREATE TABLE IF NOT EXISTS "jenis_layanan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nama" VARCHAR(150) NOT NULL UNIQUE,
    "kategori" VARCHAR(15) NOT NULL,
    "persyaratan" TEXT,
    "prosedur" TEXT,
    "jangka_waktu_hari" SMALLINT NOT NULL,
    "biaya" DECIMAL(18,2) NOT NULL,
    "produk" VARCHAR(150),
    "dasar_hukum" TEXT
);
COMMENT ON COLUMN "jenis_layanan"."version" IS 'Versi';
COMMENT ON COLUMN "jenis_layanan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "jenis_layanan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "jenis_layanan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "jenis_layanan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "jenis_layanan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "jenis_layanan"."nama" IS 'Nama Layanan';
COMMENT ON COLUMN "jenis_layanan"."kategori" IS 'Kategori';
COMMENT ON COLUMN "jenis_layanan"."persyaratan" IS 'Persyaratan';
COMMENT ON COLUMN "jenis_layanan"."prosedur" IS 'Sistem, Mekanisme dan Prosedur';
COMMENT ON COLUMN "jenis_layanan"."jangka_waktu_hari" IS 'Jangka Waktu (hari kerja)';
COMMENT ON COLUMN "jenis_layanan"."biaya" IS 'Biaya/Tarif (Rp)';
COMMENT ON COLUMN "jenis_layanan"."produk" IS 'Produk Layanan';
COMMENT ON COLUMN "jenis_layanan"."dasar_hukum" IS 'Dasar Hukum';
COMMENT ON TABLE "jenis_layanan" IS 'Jenis Layanan';
CREATE TABLE IF NOT EXISTS "musrenbang" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun_rencana" SMALLINT NOT NULL,
    "tanggal" DATE NOT NULL,
    "tempat" VARCHAR(200) NOT NULL,
    "jumlah_peserta" INT,
    "notulen" TEXT
);
COMMENT ON COLUMN "musrenbang"."version" IS 'Versi';
COMMENT ON COLUMN "musrenbang"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "musrenbang"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "musrenbang"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "musrenbang"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "musrenbang"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "musrenbang"."tahun_rencana" IS 'Tahun Rencana';
COMMENT ON COLUMN "musrenbang"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "musrenbang"."tempat" IS 'Tempat';
COMMENT ON COLUMN "musrenbang"."jumlah_peserta" IS 'Jumlah Peserta';
COMMENT ON COLUMN "musrenbang"."notulen" IS 'Notulen/Berita Acara';
COMMENT ON TABLE "musrenbang" IS 'Musrenbang';
CREATE TABLE IF NOT EXISTS "pegawai" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nip" VARCHAR(18) UNIQUE,
    "nama" VARCHAR(120) NOT NULL,
    "gelar_depan" VARCHAR(30),
    "gelar_belakang" VARCHAR(40),
    "tempat_lahir" VARCHAR(60),
    "tanggal_lahir" DATE NOT NULL,
    "jenis_kelamin" VARCHAR(1) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "tmt_pangkat" DATE,
    "jabatan" VARCHAR(150) NOT NULL,
    "jenis_jabatan" VARCHAR(12) NOT NULL,
    "eselon" VARCHAR(6),
    "tmt_jabatan" DATE,
    "pendidikan" VARCHAR(8),
    "unit" VARCHAR(40),
    "pangkat_id" INT REFERENCES "pangkat" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "pegawai"."version" IS 'Versi';
COMMENT ON COLUMN "pegawai"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "pegawai"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "pegawai"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "pegawai"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "pegawai"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "pegawai"."nip" IS 'NIP';
COMMENT ON COLUMN "pegawai"."nama" IS 'Nama';
COMMENT ON COLUMN "pegawai"."gelar_depan" IS 'Gelar Depan';
COMMENT ON COLUMN "pegawai"."gelar_belakang" IS 'Gelar Belakang';
COMMENT ON COLUMN "pegawai"."tempat_lahir" IS 'Tempat Lahir';
COMMENT ON COLUMN "pegawai"."tanggal_lahir" IS 'Tanggal Lahir';
COMMENT ON COLUMN "pegawai"."jenis_kelamin" IS 'Jenis Kelamin';
COMMENT ON COLUMN "pegawai"."status" IS 'Status';
COMMENT ON COLUMN "pegawai"."tmt_pangkat" IS 'TMT Pangkat';
COMMENT ON COLUMN "pegawai"."jabatan" IS 'Jabatan';
COMMENT ON COLUMN "pegawai"."jenis_jabatan" IS 'Jenis Jabatan';
COMMENT ON COLUMN "pegawai"."eselon" IS 'Eselon';
COMMENT ON COLUMN "pegawai"."tmt_jabatan" IS 'TMT Jabatan';
COMMENT ON COLUMN "pegawai"."pendidikan" IS 'Pendidikan Terakhir';
COMMENT ON COLUMN "pegawai"."unit" IS 'Unit Kerja';
COMMENT ON COLUMN "pegawai"."pangkat_id" IS 'Pangkat/Golongan';
COMMENT ON TABLE "pegawai" IS 'Pegawai';
CREATE TABLE IF NOT EXISTS "cuti" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "jenis" VARCHAR(30) NOT NULL,
    "alasan" VARCHAR(255) NOT NULL,
    "mulai" DATE NOT NULL,
    "selesai" DATE NOT NULL,
    "lama_hari" SMALLINT,
    "alamat_selama_cuti" VARCHAR(255),
    "keputusan" VARCHAR(20),
    "pegawai_id" INT NOT NULL REFERENCES "pegawai" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "cuti"."version" IS 'Versi';
COMMENT ON COLUMN "cuti"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "cuti"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "cuti"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "cuti"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "cuti"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "cuti"."jenis" IS 'Jenis Cuti';
COMMENT ON COLUMN "cuti"."alasan" IS 'Alasan Cuti';
COMMENT ON COLUMN "cuti"."mulai" IS 'Mulai';
COMMENT ON COLUMN "cuti"."selesai" IS 'Selesai';
COMMENT ON COLUMN "cuti"."lama_hari" IS 'Lama (hari)';
COMMENT ON COLUMN "cuti"."alamat_selama_cuti" IS 'Alamat Selama Cuti';
COMMENT ON COLUMN "cuti"."keputusan" IS 'Keputusan Pejabat';
COMMENT ON COLUMN "cuti"."pegawai_id" IS 'Pegawai';
COMMENT ON TABLE "cuti" IS 'Cuti';
CREATE TABLE IF NOT EXISTS "indikator_kinerja" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "uraian" VARCHAR(255) NOT NULL,
    "satuan" VARCHAR(40) NOT NULL,
    "kondisi_awal" DECIMAL(14,2),
    "tahun" SMALLINT NOT NULL,
    "target" DECIMAL(14,2) NOT NULL,
    "cara_hitung" VARCHAR(30) NOT NULL,
    "realisasi_tw1" DECIMAL(14,2),
    "realisasi_tw2" DECIMAL(14,2),
    "realisasi_tw3" DECIMAL(14,2),
    "realisasi_tw4" DECIMAL(14,2),
    "realisasi" DECIMAL(14,2),
    "capaian_persen" DECIMAL(9,2),
    "program_kegiatan_id" INT NOT NULL REFERENCES "program_kegiatan" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "indikator_kinerja"."version" IS 'Versi';
COMMENT ON COLUMN "indikator_kinerja"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "indikator_kinerja"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "indikator_kinerja"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "indikator_kinerja"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "indikator_kinerja"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "indikator_kinerja"."uraian" IS 'Indikator';
COMMENT ON COLUMN "indikator_kinerja"."satuan" IS 'Satuan';
COMMENT ON COLUMN "indikator_kinerja"."kondisi_awal" IS 'Kondisi Awal';
COMMENT ON COLUMN "indikator_kinerja"."tahun" IS 'Tahun';
COMMENT ON COLUMN "indikator_kinerja"."target" IS 'Target';
COMMENT ON COLUMN "indikator_kinerja"."cara_hitung" IS 'Cara Hitung Realisasi';
COMMENT ON COLUMN "indikator_kinerja"."realisasi_tw1" IS 'Realisasi TW I';
COMMENT ON COLUMN "indikator_kinerja"."realisasi_tw2" IS 'Realisasi TW II';
COMMENT ON COLUMN "indikator_kinerja"."realisasi_tw3" IS 'Realisasi TW III';
COMMENT ON COLUMN "indikator_kinerja"."realisasi_tw4" IS 'Realisasi TW IV';
COMMENT ON COLUMN "indikator_kinerja"."realisasi" IS 'Realisasi Tahunan';
COMMENT ON COLUMN "indikator_kinerja"."capaian_persen" IS 'Capaian (%)';
COMMENT ON COLUMN "indikator_kinerja"."program_kegiatan_id" IS 'Program/Kegiatan';
COMMENT ON TABLE "indikator_kinerja" IS 'Indikator Kinerja';
CREATE TABLE IF NOT EXISTS "laporan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "jenis" VARCHAR(20) NOT NULL,
    "periode" VARCHAR(60) NOT NULL,
    "tenggat" DATE NOT NULL,
    "tanggal_kirim" DATE,
    "status" VARCHAR(10) NOT NULL,
    "keterangan" TEXT,
    "tujuan_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "laporan"."version" IS 'Versi';
COMMENT ON COLUMN "laporan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "laporan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "laporan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "laporan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "laporan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "laporan"."jenis" IS 'Jenis Laporan';
COMMENT ON COLUMN "laporan"."periode" IS 'Periode';
COMMENT ON COLUMN "laporan"."tenggat" IS 'Tenggat';
COMMENT ON COLUMN "laporan"."tanggal_kirim" IS 'Tanggal Kirim';
COMMENT ON COLUMN "laporan"."status" IS 'Status';
COMMENT ON COLUMN "laporan"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "laporan"."tujuan_id" IS 'Tujuan';
COMMENT ON TABLE "laporan" IS 'Laporan';
CREATE TABLE IF NOT EXISTS "anggaran" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "kode_rekening" VARCHAR(20) NOT NULL,
    "uraian" VARCHAR(255) NOT NULL,
    "pagu" DECIMAL(18,2) NOT NULL,
    "realisasi" DECIMAL(18,2) NOT NULL,
    "sisa" DECIMAL(18,2),
    "serapan_persen" DECIMAL(9,2),
    "sub_kegiatan_id" INT NOT NULL REFERENCES "program_kegiatan" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "anggaran"."version" IS 'Versi';
COMMENT ON COLUMN "anggaran"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "anggaran"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "anggaran"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "anggaran"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "anggaran"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "anggaran"."tahun" IS 'Tahun Anggaran';
COMMENT ON COLUMN "anggaran"."kode_rekening" IS 'Kode Rekening';
COMMENT ON COLUMN "anggaran"."uraian" IS 'Uraian';
COMMENT ON COLUMN "anggaran"."pagu" IS 'Pagu (Rp)';
COMMENT ON COLUMN "anggaran"."realisasi" IS 'Realisasi (Rp)';
COMMENT ON COLUMN "anggaran"."sisa" IS 'Sisa (Rp)';
COMMENT ON COLUMN "anggaran"."serapan_persen" IS 'Serapan (%)';
COMMENT ON COLUMN "anggaran"."sub_kegiatan_id" IS 'Sub Kegiatan';
COMMENT ON TABLE "anggaran" IS 'Anggaran';
CREATE TABLE IF NOT EXISTS "realisasi_anggaran" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "bulan" SMALLINT,
    "uraian" VARCHAR(255) NOT NULL,
    "nilai" DECIMAL(18,2) NOT NULL,
    "no_bukti" VARCHAR(60) NOT NULL,
    "serapan_sd_bulan" DECIMAL(9,2),
    "anggaran_id" INT NOT NULL REFERENCES "anggaran" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "realisasi_anggaran"."version" IS 'Versi';
COMMENT ON COLUMN "realisasi_anggaran"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "realisasi_anggaran"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "realisasi_anggaran"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "realisasi_anggaran"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "realisasi_anggaran"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "realisasi_anggaran"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "realisasi_anggaran"."bulan" IS 'Bulan';
COMMENT ON COLUMN "realisasi_anggaran"."uraian" IS 'Uraian';
COMMENT ON COLUMN "realisasi_anggaran"."nilai" IS 'Nilai (Rp)';
COMMENT ON COLUMN "realisasi_anggaran"."no_bukti" IS 'No. Bukti/SPJ';
COMMENT ON COLUMN "realisasi_anggaran"."serapan_sd_bulan" IS 'Serapan s.d. Bulan Ini (%)';
COMMENT ON COLUMN "realisasi_anggaran"."anggaran_id" IS 'Rekening Anggaran';
COMMENT ON TABLE "realisasi_anggaran" IS 'Realisasi Anggaran';
CREATE TABLE IF NOT EXISTS "register_layanan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "no_registrasi" INT NOT NULL,
    "tanggal" DATE NOT NULL,
    "nik" VARCHAR(16) NOT NULL,
    "nama_pemohon" VARCHAR(120) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "batas_waktu" DATE,
    "tanggal_selesai" DATE,
    "petugas" VARCHAR(100),
    "keterangan" VARCHAR(255),
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "layanan_id" INT NOT NULL REFERENCES "jenis_layanan" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_register_la_tahun_43dc08" UNIQUE ("tahun", "no_registrasi")
);
COMMENT ON COLUMN "register_layanan"."version" IS 'Versi';
COMMENT ON COLUMN "register_layanan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "register_layanan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "register_layanan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "register_layanan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "register_layanan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "register_layanan"."tahun" IS 'Tahun';
COMMENT ON COLUMN "register_layanan"."no_registrasi" IS 'No. Registrasi';
COMMENT ON COLUMN "register_layanan"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "register_layanan"."nik" IS 'NIK Pemohon';
COMMENT ON COLUMN "register_layanan"."nama_pemohon" IS 'Nama Pemohon';
COMMENT ON COLUMN "register_layanan"."status" IS 'Status';
COMMENT ON COLUMN "register_layanan"."batas_waktu" IS 'Batas Waktu';
COMMENT ON COLUMN "register_layanan"."tanggal_selesai" IS 'Tanggal Selesai';
COMMENT ON COLUMN "register_layanan"."petugas" IS 'Petugas';
COMMENT ON COLUMN "register_layanan"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "register_layanan"."desa_id" IS 'Desa';
COMMENT ON COLUMN "register_layanan"."layanan_id" IS 'Layanan';
COMMENT ON TABLE "register_layanan" IS 'Register Layanan';
CREATE TABLE IF NOT EXISTS "skm_responden" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "jenis_kelamin" VARCHAR(1) NOT NULL,
    "usia" SMALLINT NOT NULL,
    "pendidikan" VARCHAR(10) NOT NULL,
    "pekerjaan" VARCHAR(10) NOT NULL,
    "u1" SMALLINT NOT NULL,
    "u2" SMALLINT NOT NULL,
    "u3" SMALLINT NOT NULL,
    "u4" SMALLINT NOT NULL,
    "u5" SMALLINT NOT NULL,
    "u6" SMALLINT NOT NULL,
    "u7" SMALLINT NOT NULL,
    "u8" SMALLINT NOT NULL,
    "u9" SMALLINT NOT NULL,
    "saran" TEXT,
    "layanan_id" INT NOT NULL REFERENCES "jenis_layanan" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "skm_responden"."version" IS 'Versi';
COMMENT ON COLUMN "skm_responden"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "skm_responden"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "skm_responden"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "skm_responden"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "skm_responden"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "skm_responden"."tanggal" IS 'Tanggal Survei';
COMMENT ON COLUMN "skm_responden"."jenis_kelamin" IS 'Jenis Kelamin';
COMMENT ON COLUMN "skm_responden"."usia" IS 'Usia (tahun)';
COMMENT ON COLUMN "skm_responden"."pendidikan" IS 'Pendidikan';
COMMENT ON COLUMN "skm_responden"."pekerjaan" IS 'Pekerjaan';
COMMENT ON COLUMN "skm_responden"."u1" IS 'U1 Persyaratan';
COMMENT ON COLUMN "skm_responden"."u2" IS 'U2 Sistem, Mekanisme, dan Prosedur';
COMMENT ON COLUMN "skm_responden"."u3" IS 'U3 Waktu Penyelesaian';
COMMENT ON COLUMN "skm_responden"."u4" IS 'U4 Biaya/Tarif';
COMMENT ON COLUMN "skm_responden"."u5" IS 'U5 Produk Spesifikasi Jenis Pelayanan';
COMMENT ON COLUMN "skm_responden"."u6" IS 'U6 Kompetensi Pelaksana';
COMMENT ON COLUMN "skm_responden"."u7" IS 'U7 Perilaku Pelaksana';
COMMENT ON COLUMN "skm_responden"."u8" IS 'U8 Penanganan Pengaduan, Saran dan Masukan';
COMMENT ON COLUMN "skm_responden"."u9" IS 'U9 Sarana dan Prasarana';
COMMENT ON COLUMN "skm_responden"."saran" IS 'Saran';
COMMENT ON COLUMN "skm_responden"."layanan_id" IS 'Layanan';
COMMENT ON TABLE "skm_responden" IS 'Responden SKM';
CREATE TABLE IF NOT EXISTS "narasumber" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nama" VARCHAR(120) NOT NULL,
    "bidang" VARCHAR(120) NOT NULL,
    "kontak" VARCHAR(100),
    "instansi_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "narasumber"."version" IS 'Versi';
COMMENT ON COLUMN "narasumber"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "narasumber"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "narasumber"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "narasumber"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "narasumber"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "narasumber"."nama" IS 'Nama';
COMMENT ON COLUMN "narasumber"."bidang" IS 'Bidang Keahlian';
COMMENT ON COLUMN "narasumber"."kontak" IS 'Kontak (telepon/email)';
COMMENT ON COLUMN "narasumber"."instansi_id" IS 'Instansi';
COMMENT ON TABLE "narasumber" IS 'Narasumber';
CREATE TABLE IF NOT EXISTS "kegiatan_pemberdayaan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nama" VARCHAR(200) NOT NULL,
    "tanggal" DATE NOT NULL,
    "lokasi" VARCHAR(200) NOT NULL,
    "sasaran" VARCHAR(200),
    "jumlah_peserta" INT NOT NULL,
    "anggaran" DECIMAL(18,2),
    "keterangan" TEXT,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "narasumber_id" INT REFERENCES "narasumber" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "kegiatan_pemberdayaan"."version" IS 'Versi';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."nama" IS 'Nama Kegiatan';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."lokasi" IS 'Lokasi';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."sasaran" IS 'Sasaran';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."jumlah_peserta" IS 'Jumlah Peserta';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."anggaran" IS 'Anggaran (Rp)';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."keterangan" IS 'Keterangan';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."desa_id" IS 'Desa';
COMMENT ON COLUMN "kegiatan_pemberdayaan"."narasumber_id" IS 'Narasumber';
COMMENT ON TABLE "kegiatan_pemberdayaan" IS 'Kegiatan Pemberdayaan';
CREATE TABLE IF NOT EXISTS "penerima_pembinaan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nama" VARCHAR(120) NOT NULL,
    "nik" VARCHAR(16),
    "kategori" VARCHAR(12) NOT NULL,
    "jenis_usaha" VARCHAR(100),
    "bentuk" VARCHAR(12) NOT NULL,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "kegiatan_id" INT NOT NULL REFERENCES "kegiatan_pemberdayaan" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "penerima_pembinaan"."version" IS 'Versi';
COMMENT ON COLUMN "penerima_pembinaan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "penerima_pembinaan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "penerima_pembinaan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "penerima_pembinaan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "penerima_pembinaan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "penerima_pembinaan"."nama" IS 'Nama';
COMMENT ON COLUMN "penerima_pembinaan"."nik" IS 'NIK';
COMMENT ON COLUMN "penerima_pembinaan"."kategori" IS 'Kategori';
COMMENT ON COLUMN "penerima_pembinaan"."jenis_usaha" IS 'Jenis Usaha (UMKM)';
COMMENT ON COLUMN "penerima_pembinaan"."bentuk" IS 'Bentuk';
COMMENT ON COLUMN "penerima_pembinaan"."desa_id" IS 'Desa';
COMMENT ON COLUMN "penerima_pembinaan"."kegiatan_id" IS 'Kegiatan';
COMMENT ON TABLE "penerima_pembinaan" IS 'Penerima Pembinaan dan Fasilitasi';
CREATE TABLE IF NOT EXISTS "usulan_masyarakat" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "pengusul" VARCHAR(150) NOT NULL,
    "uraian" TEXT NOT NULL,
    "tanggal_diteruskan" DATE,
    "tanggapan" TEXT,
    "status" VARCHAR(12) NOT NULL,
    "desa_id" INT REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "opd_tujuan_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "usulan_masyarakat"."version" IS 'Versi';
COMMENT ON COLUMN "usulan_masyarakat"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "usulan_masyarakat"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "usulan_masyarakat"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "usulan_masyarakat"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "usulan_masyarakat"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "usulan_masyarakat"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "usulan_masyarakat"."pengusul" IS 'Pengusul';
COMMENT ON COLUMN "usulan_masyarakat"."uraian" IS 'Uraian Usulan';
COMMENT ON COLUMN "usulan_masyarakat"."tanggal_diteruskan" IS 'Tanggal Diteruskan';
COMMENT ON COLUMN "usulan_masyarakat"."tanggapan" IS 'Tanggapan';
COMMENT ON COLUMN "usulan_masyarakat"."status" IS 'Status';
COMMENT ON COLUMN "usulan_masyarakat"."desa_id" IS 'Desa';
COMMENT ON COLUMN "usulan_masyarakat"."opd_tujuan_id" IS 'OPD Tujuan';
COMMENT ON TABLE "usulan_masyarakat" IS 'Usulan Masyarakat';
CREATE TABLE IF NOT EXISTS "evaluasi_apbdes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun" SMALLINT NOT NULL,
    "jenis" VARCHAR(20) NOT NULL,
    "tanggal_terima" DATE NOT NULL,
    "tanggal_evaluasi" DATE,
    "no_keputusan" VARCHAR(100),
    "belanja_bidang_1" DECIMAL(18,2),
    "belanja_bidang_2" DECIMAL(18,2),
    "belanja_bidang_3" DECIMAL(18,2),
    "belanja_bidang_4" DECIMAL(18,2),
    "belanja_bidang_5" DECIMAL(18,2),
    "total_belanja" DECIMAL(18,2),
    "hasil" VARCHAR(20),
    "catatan" TEXT,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "evaluasi_apbdes"."version" IS 'Versi';
COMMENT ON COLUMN "evaluasi_apbdes"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "evaluasi_apbdes"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "evaluasi_apbdes"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "evaluasi_apbdes"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "evaluasi_apbdes"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "evaluasi_apbdes"."tahun" IS 'Tahun Anggaran';
COMMENT ON COLUMN "evaluasi_apbdes"."jenis" IS 'Jenis';
COMMENT ON COLUMN "evaluasi_apbdes"."tanggal_terima" IS 'Tanggal Diterima';
COMMENT ON COLUMN "evaluasi_apbdes"."tanggal_evaluasi" IS 'Tanggal Evaluasi';
COMMENT ON COLUMN "evaluasi_apbdes"."no_keputusan" IS 'No. Keputusan Camat';
COMMENT ON COLUMN "evaluasi_apbdes"."belanja_bidang_1" IS 'Bidang Penyelenggaraan Pemerintahan Desa (Rp)';
COMMENT ON COLUMN "evaluasi_apbdes"."belanja_bidang_2" IS 'Bidang Pelaksanaan Pembangunan Desa (Rp)';
COMMENT ON COLUMN "evaluasi_apbdes"."belanja_bidang_3" IS 'Bidang Pembinaan Kemasyarakatan Desa (Rp)';
COMMENT ON COLUMN "evaluasi_apbdes"."belanja_bidang_4" IS 'Bidang Pemberdayaan Masyarakat Desa (Rp)';
COMMENT ON COLUMN "evaluasi_apbdes"."belanja_bidang_5" IS 'Bidang Penanggulangan Bencana, Darurat dan Mendesak (Rp)';
COMMENT ON COLUMN "evaluasi_apbdes"."total_belanja" IS 'Total Belanja (Rp)';
COMMENT ON COLUMN "evaluasi_apbdes"."hasil" IS 'Hasil Evaluasi';
COMMENT ON COLUMN "evaluasi_apbdes"."catatan" IS 'Catatan Evaluasi';
COMMENT ON COLUMN "evaluasi_apbdes"."desa_id" IS 'Desa';
COMMENT ON TABLE "evaluasi_apbdes" IS 'Evaluasi APBDes';
CREATE TABLE IF NOT EXISTS "pembinaan_desa" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "topik" VARCHAR(200) NOT NULL,
    "temuan" TEXT,
    "tindak_lanjut" TEXT,
    "batas_waktu" DATE,
    "status" VARCHAR(25) NOT NULL,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "pembinaan_desa"."version" IS 'Versi';
COMMENT ON COLUMN "pembinaan_desa"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "pembinaan_desa"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "pembinaan_desa"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "pembinaan_desa"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "pembinaan_desa"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "pembinaan_desa"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "pembinaan_desa"."topik" IS 'Topik';
COMMENT ON COLUMN "pembinaan_desa"."temuan" IS 'Temuan';
COMMENT ON COLUMN "pembinaan_desa"."tindak_lanjut" IS 'Tindak Lanjut';
COMMENT ON COLUMN "pembinaan_desa"."batas_waktu" IS 'Batas Waktu Tindak Lanjut';
COMMENT ON COLUMN "pembinaan_desa"."status" IS 'Status';
COMMENT ON COLUMN "pembinaan_desa"."desa_id" IS 'Desa';
COMMENT ON TABLE "pembinaan_desa" IS 'Pembinaan Desa';
CREATE TABLE IF NOT EXISTS "perangkat_desa" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nama" VARCHAR(120) NOT NULL,
    "nik" VARCHAR(16) NOT NULL,
    "jabatan" VARCHAR(30) NOT NULL,
    "no_sk" VARCHAR(100),
    "tgl_sk" DATE,
    "masa_jabatan_selesai" DATE,
    "pendidikan" VARCHAR(8),
    "jenis_kelamin" VARCHAR(1) NOT NULL,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "perangkat_desa"."version" IS 'Versi';
COMMENT ON COLUMN "perangkat_desa"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "perangkat_desa"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "perangkat_desa"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "perangkat_desa"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "perangkat_desa"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "perangkat_desa"."nama" IS 'Nama';
COMMENT ON COLUMN "perangkat_desa"."nik" IS 'NIK';
COMMENT ON COLUMN "perangkat_desa"."jabatan" IS 'Jabatan';
COMMENT ON COLUMN "perangkat_desa"."no_sk" IS 'No. SK';
COMMENT ON COLUMN "perangkat_desa"."tgl_sk" IS 'Tanggal SK';
COMMENT ON COLUMN "perangkat_desa"."masa_jabatan_selesai" IS 'Masa Jabatan Selesai';
COMMENT ON COLUMN "perangkat_desa"."pendidikan" IS 'Pendidikan Terakhir';
COMMENT ON COLUMN "perangkat_desa"."jenis_kelamin" IS 'Jenis Kelamin';
COMMENT ON COLUMN "perangkat_desa"."desa_id" IS 'Desa';
COMMENT ON TABLE "perangkat_desa" IS 'Perangkat Desa';
CREATE TABLE IF NOT EXISTS "berita_acara_validasi" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun_rencana" SMALLINT NOT NULL,
    "tanggal" DATE NOT NULL,
    "nomor" VARCHAR(100) NOT NULL,
    "kepala_desa" VARCHAR(120) NOT NULL,
    "jumlah_usulan_divalidasi" INT NOT NULL,
    "catatan" TEXT,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "berita_acara_validasi"."version" IS 'Versi';
COMMENT ON COLUMN "berita_acara_validasi"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "berita_acara_validasi"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "berita_acara_validasi"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "berita_acara_validasi"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "berita_acara_validasi"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "berita_acara_validasi"."tahun_rencana" IS 'Tahun Rencana';
COMMENT ON COLUMN "berita_acara_validasi"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "berita_acara_validasi"."nomor" IS 'Nomor Berita Acara';
COMMENT ON COLUMN "berita_acara_validasi"."kepala_desa" IS 'Kepala Desa';
COMMENT ON COLUMN "berita_acara_validasi"."jumlah_usulan_divalidasi" IS 'Jumlah Usulan Divalidasi';
COMMENT ON COLUMN "berita_acara_validasi"."catatan" IS 'Catatan';
COMMENT ON COLUMN "berita_acara_validasi"."desa_id" IS 'Desa';
COMMENT ON TABLE "berita_acara_validasi" IS 'Berita Acara Validasi Usulan';
CREATE TABLE IF NOT EXISTS "usulan_musrenbang" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tahun_rencana" SMALLINT NOT NULL,
    "bidang" VARCHAR(100) NOT NULL,
    "kegiatan" VARCHAR(255) NOT NULL,
    "sasaran" VARCHAR(255),
    "lokasi" VARCHAR(200) NOT NULL,
    "volume" DECIMAL(14,2) NOT NULL,
    "satuan" VARCHAR(30) NOT NULL,
    "perkiraan_biaya" DECIMAL(18,2) NOT NULL,
    "urutan_prioritas" SMALLINT NOT NULL,
    "tahap" VARCHAR(10) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "divalidasi_oleh" VARCHAR(50),
    "tanggal_validasi" DATE,
    "catatan_validasi" TEXT,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "opd_penanggung_jawab_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "usulan_musrenbang"."version" IS 'Versi';
COMMENT ON COLUMN "usulan_musrenbang"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "usulan_musrenbang"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "usulan_musrenbang"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "usulan_musrenbang"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "usulan_musrenbang"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "usulan_musrenbang"."tahun_rencana" IS 'Tahun Rencana';
COMMENT ON COLUMN "usulan_musrenbang"."bidang" IS 'Bidang';
COMMENT ON COLUMN "usulan_musrenbang"."kegiatan" IS 'Kegiatan';
COMMENT ON COLUMN "usulan_musrenbang"."sasaran" IS 'Sasaran';
COMMENT ON COLUMN "usulan_musrenbang"."lokasi" IS 'Lokasi';
COMMENT ON COLUMN "usulan_musrenbang"."volume" IS 'Volume';
COMMENT ON COLUMN "usulan_musrenbang"."satuan" IS 'Satuan';
COMMENT ON COLUMN "usulan_musrenbang"."perkiraan_biaya" IS 'Perkiraan Biaya (Rp)';
COMMENT ON COLUMN "usulan_musrenbang"."urutan_prioritas" IS 'Urutan Prioritas';
COMMENT ON COLUMN "usulan_musrenbang"."tahap" IS 'Tahap';
COMMENT ON COLUMN "usulan_musrenbang"."status" IS 'Status';
COMMENT ON COLUMN "usulan_musrenbang"."divalidasi_oleh" IS 'Divalidasi oleh';
COMMENT ON COLUMN "usulan_musrenbang"."tanggal_validasi" IS 'Tanggal Validasi';
COMMENT ON COLUMN "usulan_musrenbang"."catatan_validasi" IS 'Catatan Validasi';
COMMENT ON COLUMN "usulan_musrenbang"."desa_id" IS 'Desa';
COMMENT ON COLUMN "usulan_musrenbang"."opd_penanggung_jawab_id" IS 'OPD Penanggung Jawab';
COMMENT ON TABLE "usulan_musrenbang" IS 'Usulan Musrenbang';
CREATE TABLE IF NOT EXISTS "informasi_peraturan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "jenis" VARCHAR(15) NOT NULL,
    "nomor" VARCHAR(100),
    "tanggal" DATE NOT NULL,
    "judul" VARCHAR(255) NOT NULL,
    "ringkasan" TEXT,
    "jumlah_desa" SMALLINT NOT NULL,
    "tanggal_penyampaian" DATE,
    "sumber_id" INT NOT NULL REFERENCES "instansi" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "informasi_peraturan"."version" IS 'Versi';
COMMENT ON COLUMN "informasi_peraturan"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "informasi_peraturan"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "informasi_peraturan"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "informasi_peraturan"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "informasi_peraturan"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "informasi_peraturan"."jenis" IS 'Jenis';
COMMENT ON COLUMN "informasi_peraturan"."nomor" IS 'Nomor';
COMMENT ON COLUMN "informasi_peraturan"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "informasi_peraturan"."judul" IS 'Judul';
COMMENT ON COLUMN "informasi_peraturan"."ringkasan" IS 'Ringkasan';
COMMENT ON COLUMN "informasi_peraturan"."jumlah_desa" IS 'Disampaikan ke (desa)';
COMMENT ON COLUMN "informasi_peraturan"."tanggal_penyampaian" IS 'Tanggal Penyampaian Pertama';
COMMENT ON COLUMN "informasi_peraturan"."sumber_id" IS 'Sumber';
COMMENT ON TABLE "informasi_peraturan" IS 'Informasi dan Peraturan';
CREATE TABLE IF NOT EXISTS "penyampaian_informasi" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "keterangan" VARCHAR(255),
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "informasi_id" INT NOT NULL REFERENCES "informasi_peraturan" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "penyampaian_informasi"."version" IS 'Versi';
COMMENT ON COLUMN "penyampaian_informasi"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "penyampaian_informasi"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "penyampaian_informasi"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "penyampaian_informasi"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "penyampaian_informasi"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "penyampaian_informasi"."tanggal" IS 'Tanggal Penyampaian';
COMMENT ON COLUMN "penyampaian_informasi"."keterangan" IS 'Keterangan (cara penyampaian)';
COMMENT ON COLUMN "penyampaian_informasi"."desa_id" IS 'Desa';
COMMENT ON COLUMN "penyampaian_informasi"."informasi_id" IS 'Informasi/Peraturan';
COMMENT ON TABLE "penyampaian_informasi" IS 'Penyampaian ke Desa';
CREATE TABLE IF NOT EXISTS "permintaan_data" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "nomor" VARCHAR(100) NOT NULL,
    "tanggal" DATE NOT NULL,
    "rincian" TEXT NOT NULL,
    "tujuan_penggunaan" VARCHAR(255),
    "batas_waktu" DATE,
    "tanggal_dipenuhi" DATE,
    "status" VARCHAR(10) NOT NULL,
    "instansi_id" INT NOT NULL REFERENCES "instansi" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "permintaan_data"."version" IS 'Versi';
COMMENT ON COLUMN "permintaan_data"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "permintaan_data"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "permintaan_data"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "permintaan_data"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "permintaan_data"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "permintaan_data"."nomor" IS 'Nomor Surat Permintaan';
COMMENT ON COLUMN "permintaan_data"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "permintaan_data"."rincian" IS 'Rincian Data';
COMMENT ON COLUMN "permintaan_data"."tujuan_penggunaan" IS 'Tujuan Penggunaan';
COMMENT ON COLUMN "permintaan_data"."batas_waktu" IS 'Batas Waktu';
COMMENT ON COLUMN "permintaan_data"."tanggal_dipenuhi" IS 'Tanggal Dipenuhi';
COMMENT ON COLUMN "permintaan_data"."status" IS 'Status';
COMMENT ON COLUMN "permintaan_data"."instansi_id" IS 'Peminta (Bagian Setda)';
COMMENT ON TABLE "permintaan_data" IS 'Permintaan Data';
CREATE TABLE IF NOT EXISTS "permohonan_data_desa" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "perihal" VARCHAR(255) NOT NULL,
    "jenis_data" VARCHAR(150) NOT NULL,
    "tindak_lanjut" TEXT,
    "tanggal_selesai" DATE,
    "status" VARCHAR(10) NOT NULL,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "permohonan_data_desa"."version" IS 'Versi';
COMMENT ON COLUMN "permohonan_data_desa"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "permohonan_data_desa"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "permohonan_data_desa"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "permohonan_data_desa"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "permohonan_data_desa"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "permohonan_data_desa"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "permohonan_data_desa"."perihal" IS 'Perihal';
COMMENT ON COLUMN "permohonan_data_desa"."jenis_data" IS 'Jenis Data';
COMMENT ON COLUMN "permohonan_data_desa"."tindak_lanjut" IS 'Tindak Lanjut';
COMMENT ON COLUMN "permohonan_data_desa"."tanggal_selesai" IS 'Tanggal Selesai';
COMMENT ON COLUMN "permohonan_data_desa"."status" IS 'Status';
COMMENT ON COLUMN "permohonan_data_desa"."desa_id" IS 'Desa';
COMMENT ON TABLE "permohonan_data_desa" IS 'Permohonan Data Desa';
CREATE TABLE IF NOT EXISTS "verifikasi_informasi" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by" VARCHAR(50),
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by" VARCHAR(50),
    "deleted_at" TIMESTAMPTZ,
    "tanggal" DATE NOT NULL,
    "informasi" VARCHAR(255) NOT NULL,
    "hasil" VARCHAR(16),
    "catatan" TEXT,
    "tanggal_penyampaian" DATE,
    "desa_id" INT NOT NULL REFERENCES "desa" ("id") ON DELETE RESTRICT,
    "disampaikan_ke_id" INT REFERENCES "instansi" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "verifikasi_informasi"."version" IS 'Versi';
COMMENT ON COLUMN "verifikasi_informasi"."created_at" IS 'Dibuat';
COMMENT ON COLUMN "verifikasi_informasi"."created_by" IS 'Dibuat oleh';
COMMENT ON COLUMN "verifikasi_informasi"."updated_at" IS 'Diubah';
COMMENT ON COLUMN "verifikasi_informasi"."updated_by" IS 'Diubah oleh';
COMMENT ON COLUMN "verifikasi_informasi"."deleted_at" IS 'Dihapus';
COMMENT ON COLUMN "verifikasi_informasi"."tanggal" IS 'Tanggal';
COMMENT ON COLUMN "verifikasi_informasi"."informasi" IS 'Informasi';
COMMENT ON COLUMN "verifikasi_informasi"."hasil" IS 'Hasil Verifikasi';
COMMENT ON COLUMN "verifikasi_informasi"."catatan" IS 'Catatan';
COMMENT ON COLUMN "verifikasi_informasi"."tanggal_penyampaian" IS 'Tanggal Penyampaian';
COMMENT ON COLUMN "verifikasi_informasi"."desa_id" IS 'Desa';
COMMENT ON COLUMN "verifikasi_informasi"."disampaikan_ke_id" IS 'Disampaikan ke';
COMMENT ON TABLE "verifikasi_informasi" IS 'Verifikasi Informasi';
""",
}

DOWNGRADE = {
    'sqlite': """
DROP TABLE IF EXISTS "realisasi_anggaran";
DROP TABLE IF EXISTS "penerima_pembinaan";
DROP TABLE IF EXISTS "narasumber";
DROP TABLE IF EXISTS "musrenbang";
DROP TABLE IF EXISTS "permintaan_data";
DROP TABLE IF EXISTS "penyampaian_informasi";
DROP TABLE IF EXISTS "laporan";
DROP TABLE IF EXISTS "anggaran";
DROP TABLE IF EXISTS "permohonan_data_desa";
DROP TABLE IF EXISTS "kib_e_aset_tetap_lainnya";
DROP TABLE IF EXISTS "kib_c_gedung_bangunan";
DROP TABLE IF EXISTS "evaluasi_apbdes";
DROP TABLE IF EXISTS "kib_f_konstruksi_dalam_pengerjaan";
DROP TABLE IF EXISTS "pangkat";
DROP TABLE IF EXISTS "pembinaan_desa";
DROP TABLE IF EXISTS "kib_a_tanah";
DROP TABLE IF EXISTS "usulan_musrenbang";
DROP TABLE IF EXISTS "indikator_kinerja";
DROP TABLE IF EXISTS "jenis_layanan";
DROP TABLE IF EXISTS "verifikasi_informasi";
DROP TABLE IF EXISTS "kib_b_peralatan_mesin";
DROP TABLE IF EXISTS "program_kegiatan";
DROP TABLE IF EXISTS "perangkat_desa";
DROP TABLE IF EXISTS "kib_d_jalan_irigasi_jaringan";
DROP TABLE IF EXISTS "informasi_peraturan";
DROP TABLE IF EXISTS "kegiatan_pemberdayaan";
DROP TABLE IF EXISTS "cuti";
DROP TABLE IF EXISTS "pegawai";
DROP TABLE IF EXISTS "skm_responden";
DROP TABLE IF EXISTS "register_layanan";
DROP TABLE IF EXISTS "berita_acara_validasi";
DROP TABLE IF EXISTS "usulan_masyarakat";
DROP TABLE IF EXISTS "mutasi_barang";
""",
    'postgres': """
DROP TABLE IF EXISTS "penyampaian_informasi";
DROP TABLE IF EXISTS "kib_d_jalan_irigasi_jaringan";
DROP TABLE IF EXISTS "pangkat";
DROP TABLE IF EXISTS "permohonan_data_desa";
DROP TABLE IF EXISTS "evaluasi_apbdes";
DROP TABLE IF EXISTS "kegiatan_pemberdayaan";
DROP TABLE IF EXISTS "program_kegiatan";
DROP TABLE IF EXISTS "kib_e_aset_tetap_lainnya";
DROP TABLE IF EXISTS "realisasi_anggaran";
DROP TABLE IF EXISTS "register_layanan";
DROP TABLE IF EXISTS "kib_f_konstruksi_dalam_pengerjaan";
DROP TABLE IF EXISTS "perangkat_desa";
DROP TABLE IF EXISTS "usulan_musrenbang";
DROP TABLE IF EXISTS "kib_a_tanah";
DROP TABLE IF EXISTS "berita_acara_validasi";
DROP TABLE IF EXISTS "verifikasi_informasi";
DROP TABLE IF EXISTS "mutasi_barang";
DROP TABLE IF EXISTS "kib_b_peralatan_mesin";
DROP TABLE IF EXISTS "jenis_layanan";
DROP TABLE IF EXISTS "usulan_masyarakat";
DROP TABLE IF EXISTS "pembinaan_desa";
DROP TABLE IF EXISTS "cuti";
DROP TABLE IF EXISTS "laporan";
DROP TABLE IF EXISTS "pegawai";
DROP TABLE IF EXISTS "indikator_kinerja";
DROP TABLE IF EXISTS "anggaran";
DROP TABLE IF EXISTS "kib_c_gedung_bangunan";
DROP TABLE IF EXISTS "penerima_pembinaan";
DROP TABLE IF EXISTS "informasi_peraturan";
DROP TABLE IF EXISTS "narasumber";
DROP TABLE IF EXISTS "permintaan_data";
DROP TABLE IF EXISTS "musrenbang";
DROP TABLE IF EXISTS "skm_responden";
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
    "eJztfWtz2ziy9l9BqerU2HW0Tuw4Tsb55NvMOLIdlaXMbJ31FgeSYAkmRWp5scfveee/Hw"
    "C8ixcRlESBTlftThIJTbaaAAg8z9ON/+3MrQkxnINL4uDOKfrfjonnhP0l9XkXdfBiEX/K"
    "P3DxyBANJ2GLkePaeOyyzx6x4ZCu+Gps04VLLZN9anqGwT+0xqwhNafxR55J/+MRzbWmxJ"
    "0Rm33xr3+zj6k5IX8RJ/znQtceKTEmKTfphN9bfK65rwvx2bXp/iIa8ruNtLFleHMzbrx4"
    "dWeWGbWmpss/nRKT2Ngl/PKu7XH3uXfBrwx/ke9p3MR3MWEzIY/YM9zEzx1p8WcdTbv7Nt"
    "QGV0NN60gEaGyZPLjMVUf8+il34R9Hh8efjj9/ODn+zJoIN6NPPv3t3zoOjG8ownM37Pwt"
    "vscu9luIGMdBfSa2w12qHtmExerwhsEsi2/4QRzguFOF0TyUC2/nd+5kp8EIxxEd24T/eA"
    "272aBesm9cOif5kU1bLgV3EpgehH/ZVqjlO3Pnko483+kK4WY/cvLNNF6DgVQS2+H17dVg"
    "eHbb51eeO85/DHGzs+EV/+ZIfPq69OneyT7/3GLTkz9nRRdBf1wPf0P8n+h/vt1diRBbjj"
    "u1xR3jdsP/6XCfsOdammm9aHiSGPPhp2Hkcp/86DX75C9m2C5/6r7V0lNnkavwnAPnmnnM"
    "yDLIrOKznuO/NIOYU3fG/vnxfcmz/v3s/uK3s/u9j++Xnt9d8M2R+Co91LzFpOZQS1u2aq"
    "h5I1w1/O0camGcEmMt8D775OWGWtpK7aHGH7NCQ42tBUm9oZa23MBQa+wRzPDCc6qFv71D"
    "K/sa09nCX2ZUhe1rjadGVtudHnMR9cicmBM8tasuDFND6vBDhSF1+KFwSPGv0kOK/Yll4h"
    "y230yctzRq7piTKNxJysb4pMq0dVI8bZ1kpi1sUOzIBDkyUPntcPWEsYkMFsVaPfmoSphZ"
    "q+K+fCQCzXfqj3piW8k/GOGx/oLtiZb5xjqyitpmv5ofzZc/wSaeihjyH8l/QYBbXLPfik"
    "223cvBNKLvumW4Bk22Amxjze4J2AZgG4BttGjDBdgGYBtqDDXANgDbaH6oAbbxw2Abu91z"
    "bwXbEDvu5D5Hej9YaUQdlgypw+yYeiImLdh4X5neXETbd3pMMlGPjJuDOjrf+pcdych/Dd"
    "2UjfiHKgH/UBzvD5lw62wasrE5xTm7nRLkLmWl8jujl/JUNt5HHz9WCDhrVRhx8Z0yiEfP"
    "wA59pDr77xnbCy46OchHpk23DAHR49YajpoDFLJmvwUoBKAQgEJatD8DKASgEDWGGkAhAI"
    "U0P9QACvlhoJA3KvOotT+sMo5K+PCjzDh6u9qOxL6yXqirxbos2Jlo22zmMfnOVXfpYzbs"
    "gzk2jMKNTsa41nanodnq3ncWnXFn0Z6LZ565L7UB+nD06STa+/B/lG17BrdnNzfZvU8YMm"
    "quFfGEeRtifu27u7Oom2zIjVg3nVG7LrC6dAmVl0Z33FXWzwNXdzOlK4L39bE51bHbyYH5"
    "wq+6ZejeItFoFabXSVwxGfTwc4TNCZpahsXB2He2xz5F1iPCqH836KLrdxh99WwP3XoTjF"
    "wLXf/+jqA+mY/YYEffXf4G2ev30c8/v2Pz+Pv9g04XwEIACwEsBLCwfQgGgIUAFqox1AAs"
    "BLCw+aEGYOEPAxaGC36ZkZW0URg0/DXcy9zzvUydkXVSJWupOGnph8AOC3aVVcJ7XGXiOi"
    "6euI6zawTbc/P6cjlsFVs1t8epEenvkZtbR6cUgUcuqcPmO5qfARZ/2S0tbZNqBsKnNXsh"
    "YBmAZQCW0aINFmAZgGWoMdQAywAso/mhBljGD4NlTLBNtSc8wrl7wOLRtWyn9H77Etcsc1"
    "NJn3NYos85zOpzdLLAE1wn5llLpaPeE+4qE3cWsukUG/kzWn7AEyZlU5lCMR/GHq81j/G5"
    "aSl+ARyQjt2NZU6H5K+ifblvovK799qhKIWKrDf9X/1zmJr5wx65d3v2z/3U7H/z7e7XsH"
    "miB1/cfDtfDjy/u6fnhb+a0Cl1gQazSPu25RAH3ZARnaEbbD55bkf28SRd331mKZ94He0F"
    "664nM48sma05lzQ0Ms650+iP0OlNTyesr7pe7aTo2LrB/nxO2O3ZbDHCYyzbkQeRw7vXY7"
    "Mf6emaHMKaMFFZnurPMthEfH0qO7FvGhx0PBYQbY4d2WhnDZUmWQbcXXTL3W0u0Bm6JTfu"
    "2aD/YtmETs0eec3MMEtBDjgT8euiH9fWkP8d9rHw03hM2vglImByuh6LiL+rF7Pz2eDi7P"
    "Kqk51PNhDp1HB9A/NJ1ZgnJ9dUtJlX6O77zU3n72IuMX4MRuBr9kmcB5a/9O6Jgd18QucH"
    "ewh/b5OEFcOzx5YL2O7k0LDJr7tlRKw/GvW45Ua52H91RPIGv7BpzS1b46R+599A0QJFCx"
    "RtxrJVvBFQtKdA0QJFCxQtULRA0QJF26KhlX2NRYt0GX1uZKQ0cjQMvWw2dzze7FRfZqeN"
    "lI7qnXWAvgeONr/e9gMldq4y74IlM6WZ7TvuKxqEvqpEbxcFfiXJXRh6xalumccgx1C53p"
    "MnJ9CILZTuvsPITSUK1iyIzV7tOcKM4kAnTJSOdD/2c2dlejOFqDUTO7q/Z6lDvS5fo0EC"
    "1mc9Lqnpn0ol8yREeWp0F3m9ey2BQx+L3pAV+O/QuEn6m2JHnvcOHd097e3ZU2LWV9EkzF"
    "UP+vfY1d2H3cDzBbXlXqRJG5VhgZuEn0qsAhfExCYnF2TzkzOGir9Xl7xVIvgtlDT1WJDI"
    "QnpSV0jMlCzWL8VIZg1VFjbJV5rcrsZGT/uzpvIj73yGlsa9qugj2/1S0o/7q8Hw/vpiWC"
    "b92LqCwdcXFQkYIvXRKv1CpMTaonxBYz+DvRFAvQDqBVAvgHpBcd4H1AugXlBjqIF64RTU"
    "C6BeAPUCqBdao14I9zrVV9kpG6VjyrULZ5Grza+3QzZ8Ql1i07zag6uZ9KRty8j0y4Trm+"
    "bTQRiy6kULwpBWCEOwUxzO4n6ctlK6G585cuEDkchbEonw++ust+as2srLfaQMVd4P3YeO"
    "omtVi348eXMDz7Ri8rx8AZ1j3tyy773k4/gqnEWSZPrmVtRsveY9eTo2NT0qWVR1ksmzVb"
    "nrX4b+IsXKM4EcCuRQP4IcqoUikbDuTTLvHtQioBbppGEUUIsorRZJrncSIzn9LLZVKaSp"
    "vdTG6uJstTzIhefmHs8gPu+WCWrGYYuVJ1eG10odW3mGbMLi77jo0bIRv5g4wZK6DmLLV4"
    "9N02xhuNfnT5IF0kTnvTt0dPzu6P3hJ24x3z9AbEuBtRkvxEIdNGFb12cyOX0wXyxbZzdB"
    "E/zqxBcXOD42u2iMDY7p2v73e9QcG57DTPeRxeU8L9QhX5BDCGL/Qux3ewZBkedwLiZIfe"
    "rOISD1UVt/AFKfU5D6gNQHpD4g9QGpD0h9WjS0sq8xkRlcF9mKjBsEtob+9kQW0PJzifM2"
    "WLvJJMZGPltXwkUba9F0jfHQws3akd4KOzr3DJwDnBTLKCKDlsgnbkN/N17xnc3njlzsEi"
    "Ytid4g9njT8YuQl2wEy8nglKHKsPUNcxTtcU/3pbbgmyCBMY+Sq7Eex6MV4mwSE2qOtcoL"
    "xTPhMRoIj9WaYiMosu5aInUBlR9CLwJd+0Qc66QGS7YgU/yCJRmytJHSIuO+76oS1Ngi9m"
    "VNWizxq9oY56pUWLqfKZU0Hf7eHGonEYpidifRF1YTPAXB7Zyh4DLIehR0ik7GfKrnzM7Z"
    "4A5ZNjItd/8ADSzPHhMHURNYF2BdgHUB1uXtQMHAugDrosZQA9blFFgXYF2AddkW62L6As"
    "j0M76ji4JsSr/1RgbTNlbanbvrfp0hdPi5SkrC5+KMhM/LQ4j9KZUJErZXmlG5w1Vze5fC"
    "WwlkOixBmQ6zMNOUGNhmvi/kyKslM5XfC79yV9Fl6OruqUI/diP2Xx0zN6SjnrRUP/DnCW"
    "9lY39cJfbHxbE/ziZik/kCu5qBZ9SWifyyncpxHwpf0U3oq2zUT6pE/aQ46ieF6e8FYV+d"
    "/l4Ud1UZyDD9XeIZyPGQfgF4nRNHtDZFk7mI0q9NX/HRi72Vfn9WeXsWvzvfQBJZ/27QkY"
    "x6/cSxw2oJqiX5qZlpZO5q7C0+1SVraKTN1pxCmprEb4eoHzu98fmDE51yS76EidrzROyn"
    "dJetBAIclqAAh1kYwJ9lSwNedareySPo9PkKzsGmdM6vP2Ov8zyOKm14SvY7yw+DOMTIo2"
    "6qPYXYWuX131XkpfTKr8rCr3jdlzdfF/b78vm6uKcrPF9L9XS5+XpBzAmdUL3+DJK+gsr9"
    "tx95iobMHb3mNqYKGFWMRWWgKPara5fGCG1Vjvp35iNbXdtPtbCpze/UgxWbpP4pZaSyzD"
    "JY27371WJzdfUDVLasgypaXMvroOIrtTnelfVQqX63RlmAfM2rTEWAUEWqyGp8I/KzrRYC"
    "6NHR2ZB9OevkSMbiL7tlojGdjjSsuVHDlcKx3vU5OkPRlVPiMfHdKTJ4VQBeB2DOs/anNk"
    "WHP/MqACdBFYBOF6RhIA0DaRhIw9qnVwFpGEjD1BhqIA07BWkYSMNAGrYtaZjOdgvaCNuS"
    "Uo8lM6UZlx7zFZ1Hvu5eNmaTKXVcIqXwSNooHe37hKO752S54q5G914yUzrgXK+3RvfeSi"
    "l+cZCB53gFxfhXQ9KpCzRKJs5HxKDyBT/4eQj/CB2WJ3Yr8boltG5W0vS2j1RCfWLz9dIO"
    "SsGz/jvNUf3eWmYAP2fiGlksr4fImLIHcnDp/6lQjH/jHqO9+0XFIgtlbOHVxTULJHsNdn"
    "0mnK1+qI89J4mXpfR+y5zkFp+tmNwfmzdZAxtTXXba6MWe7l59oLOlO3+NyAlv0lYq77N6"
    "KU+VqGNheNjR5kc52yx/TsgPecJq7SmlqbotzGW0N3/w3r8fHW1wVjmWmFXY1hTrMl07Ml"
    "B6AXjDvXznF2tRpmPP5CI9WyPODfXg33DFeuHblqubluYQ2xW13iWPyVsyVDnc/JTHQcrb"
    "3UfenRqloS8RjWUsW6IbCw/Kk3wS0vKx6dQzsdzCI22lcl/upzzdmew3I63ZTQmcHh2d8/"
    "MDDK5GvCUONTv50oblVt1VGoeRtggttHlkUkntcI6im6EJ+390x4z24fwUkf94dDEnpiuO"
    "RngmM8pC7oAaAtQQoIYANURxuNtJ0YIaAtQQagw1UEOcghoC1BCghgA1BKghQA0BaohswE"
    "ENAWoIUEOAGgLUEKCGyE4aoIZQWg0xJ7buB0si4ikjlQN+yxx9NwwclV8MVlsNli0HsyCS"
    "zo9w1sZjKSQhaaRyvL8LR99dXNSJ9+brKo7wTG4qiQxUDvI5rr7q2L4uYoFHNpUSnqSMVA"
    "4010P0I0+ViLYtygpIRjs2Uj3a95GnSkQ7IrQlgh3ZqB7rXLp9d9OIZRSut4unkchI9WD3"
    "I093vzVngRst9JFkrEMT1SN93u+d7271oY7e5+JXMvHM6TmbUcVpuvl6n+VW3VV6n7E2FR"
    "baKGlSSe9zgfybCbFP8o4Zvc/FKRp51Jiwj0DiAxIfkPiAxOfN6Q5A4gMSHzWGGkh8TkHi"
    "AxIfkPiAxAckPiDxAYlPNuAg8QGJD0h8QOIDEh+Q+GQnDZD4KC3xGfFE8oIy/ucWm+GwWa"
    "CGSBkuRX3ELLfVzaNPZFQRKWfXmk7Ov327Se2tzq+HS/H+fnt+FZ4NF0822Yl8RNw8LHxF"
    "2N1cNHybEQ8ZCKmAu1XPFGom1qJEj4FNF9Oa9X1Sxq0q83MjPIdqP9uJsIrVfkxLm1i6Ny"
    "eyApWElcovUs7lX8au7l6kwuvJFEa8vAxNccgVr0Ej9QDkCtD4x53GJ6RU7cHLdir3Yf+o"
    "1PxDXZrrxOpoUi6/YvaKvbbpFDv0K+aRKFSm5LftrtKnTLQnbqdR35D9K2FZSaZyicSduy"
    "i4t5CrJB3IyFUuT5Ft4YnTRdTmNvxqokyNSdwXy9ZLNCynaIHNJzbaEDWRPu8ig4ywzf8B"
    "8haQt4C8BeQtLeXcQd4C8hY1hhrIW05B3gLyFpC3gLwF5C0gbwF5SzbgIG8BeQvIW0DeAv"
    "IWkLdkJw2Qtygtb9HFHT1dLns8baV0yFOe7p4HDQiLnG1tmb4iYdUWYUU/YGb29PnO9BRs"
    "AS0Z6MimLWG+EYzX3s5i7GFHNsSBSWsiDAeBbVcadGPpuN70vJU3IkgrfjxpxdWZQ9wh64"
    "2LG/aLzVfcyZdVZNt1V0kqiIaZjeZyI81IWFWSU1whfkckbokS98yoKK5O0ciydKeLsO2y"
    "/5h8EnWEjmLBhZlQCQSkEiCVAKnEm+NvQSoBUgk1hhpIJU5BKgFSCZBKgFQCpBIglQCpRD"
    "bgIJUAqQRIJUAqAVIJkEpkJw2QSigtlXjyJp6hOexK9JGGlFXVyOcaq/wAvnKH3w3SDquz"
    "YJlgFiMpfm7JTOXY8wUKuoxcVeLopQUxx8xDqdNTkjYqx7uf8FOJYMPRS1uWYT0Rk+YIV0"
    "rm79BA5QB/DZ3cfYD9Q9ekMODIQuUQf4+83P0BbU/e3Mh7BxZuGmMDdQnir5GPzTDE6ohQ"
    "fom1qpfYwHP2VpoS+wkXFvkoMeiukqU8arGGl62KmLW2SJtX0qf8gmIfkHACpb3ICFV+OU"
    "X+U/TGotIHNdHCtjhM7nxB7owgv7s6yHpE/rk3C8NzkBvU1Jl7Bq/UlaNlARkLyFgam6VA"
    "xtIstw4yllOQsYCMBWQsIGMBGQvIWFo0tEDGUgNTBBkLyFgUDjjIWEDGAjIWkLGAjAVkLN"
    "lJA2QsSstY4EAbONBmVcThQJt2H2gD5Sq2EloVy1XASTZwks0WNz5wks0GwqhGuZX0Zl08"
    "WE3IKaS68bJhuzrybej2JrqxItKhW89lL6QAjstRCqW+75YJg+aiZQKFXC0C8i9eAAZ2zt"
    "B4xj4nyLWQZRLkX5lLe7AQ9+wtyJwYlA1yzM8MWrCnjmddJIiRLrI9B+v7B2g4iyypg/iv"
    "m6DR64NJXYdfpYs4NRC24BVvQuS6i9hayDJ9WRGLc6AwWmCTGMwzMtYd9gF2EXUR+YuZ+A"
    "VzxtaCEse/Pr/bAerb1sLiouy9y6vB9a93iC+v8KcP++wOj+xG4rLnnu6ha/OZsFWjzRz1"
    "o5nUM+WolkC0BKKluktYEC2praQA0dIpiJZAtASiJRAtgWgJREstGlo5oiU6yh9UFahB31"
    "RpaJNto+oMqeMqQ+q4eEjl0bAgDgNxGIjDNi8OawqvV1AbVpLtu3r6Xi/zt6luLlJ/kY/G"
    "1erqW9CDCci1Bri8AVi5OWVY5PGmiRGT5kLzJaKvyKItXPUdFcmcu9N8laiPbixzOiR/Fe"
    "B9b1eBVLZov/rnMLVeD4f/3u3ZP/dTa/abb3e/hs0T08XFzbdzdYiTa3NCdexado+aPGO5"
    "k0OeZNp0ywgUGrbW9ETzlSRKdBOUuEuaSOGJ0hM6Fo0EfSKSpvH8nc7WN5hNnOiFujPEKY"
    "tXgm3jFbnYnhJXEBr/8bDNegH70CbYoA57Rwgm5MEM2kYf+/wHXmDKrvhfCNsETYhNn8kk"
    "nXP9+YSzF5++cFoFoxl1PZ+cEX4JqgTSsYHZAGYDmI12wq3AbACzocZQA2bjFJgNYDaA2d"
    "gWs+HZmEpWaosslIbEol1VLRxyK0cLYteTC3VsoXSoB5GbKjBIIr9Nwy+54GNZ1seyaVtw"
    "tCClD529bAKKrJPx8daTf6X2lptI+fXRG8n+Gxu1Ju13GLncfKfl2JXmY1d1yaGlSzSY+t"
    "vzuATfpY9ozy/riYZ/7Hcko3/B0bvffPTuPsQA60zjmy9uGkGSmvtyKDkOMrZtmcijZ8Ae"
    "JrrezahIBk82bTJj287AKxD5D2tE/kOLI69A6I/XCP1xe0P/+44jXzfqLY04X1VugJOtuf"
    "ARBJ+2ILaTl8XaJ/aYFK3as8Ztif5FwGvu/dfm9AY/S4Q9oGy1kLLVpCjOAmul9079gKTu"
    "BT5LbaM2W9a9+DFkn8Evlk3o1OwFQpvk6n8p3IFKIPidyZ/Z6ifwd9j5wk/jQWrjl4isL+"
    "qTLEA+DCzmvKvB8P76gj2U3ag8bvDCsvNr6Idfdcs0HUai0UolR+KKS4mwNmHfuCJRVCdj"
    "PBeaDeuFOGjvpvd03e+yDZj5hLvopt+/RA/e0fujk/1urOqYEDwxqEkOUJBNTp1QmnH6YJ"
    "4TNk0gz3SpwZNZ2Xdsbna/oEuqU5vO0cuMmOIjNHoVPriEC9fcLhoS28DzEXYTbfycVuoe"
    "oLMHM3DctFz/ywV2XOFRcAl+sxmdzgz2f9bdRcrtM7EnHgEFCChA6k51oABRm5YGBcgpKE"
    "BAAQIKEFCAgAIEFCAtGlrZ19gPkx5VsDurlpdWKS2tJCste6CqTdluU2Y6S5goHe1+7KcC"
    "pc78bWr+LFbAo8cmbclDiz3edB5aWPFNAAlSUVw2bFepuF7o9nYqHtadb2PrJuuMc3ipIx"
    "nIQeTp7vOuIdNPbgmzqUy/1ETiPXmypEfKphb61NSsIRxVgt9wI1fWZDX8Fj6s1r4oV+Uw"
    "Ul1MKeZimVXKYTByiKdiJiOP+FpNaQS3QBNsoiIWKWzURVE6qmUjxxsl/v2Y5j5+cnzC49"
    "1l/wztOZZnj4nDTwPmrZjznkFQdIv9gwfzwUzX3kQz7KA/DfJMjD9F2iq7yZ+sv3n6n+iX"
    "3gE6t9wZerQMw3pBj7Y192/Pa6/sfTp4f8j+FyWscte/PJjBxwdH/Duccp26X1Dy64P370"
    "Wb7E/E7n4XORa/22syf/bBnBGbhddkDtuIj7RJV7jN3RJuo7nnBHVIwzg47GmLfF6/CKrf"
    "jHmtk4XLiRZOw/CfdPpgYnab8Qy9Pzh8j8bY5HSNDzQyL03ygkQv8KudLiw+RpCoe+oQ4x"
    "HtPXTGr2ODjtGjjmzyyBxlE4Pz0ClM4v1XLN7l9+/8Gzgd4HSA08lYtgpoBk4nw84ApwOc"
    "zjaeAXA6GXYGOB3gdIDTqTe0sq8xSMhLLAs3kZCnS3I1ehuIml5NlmbzbBivcCkT3rC90u"
    "G9C5xUIvlcICV1WYfIWOX37U3o5O6LX4p6xAKukZ0zYiuVQy1qGF+Hnu5++ljgqZeNdEmt"
    "zNCgLbkrfeZvw5UyMxRDMQqewPeSRTfST+M8MP2ld0945nIu/FRSdlGRSX2zGRV/b5NAOO"
    "NMdkHuQ/Rdt4wywMlWK6mC5DVT9MBQnLrFerD1KM4Bs4lOTPYdGrGeYD5hv6RlCkzfu+yf"
    "7R/ElSm7yGF/CsTcYd1gwZpgmzyYYXlKAfFzPDyuZWlbLw7aCwtSfmF2pIBdKEC5AdQGUB"
    "tAbQC1lYYDANQGUFuNoQagNoDazQ81ALUB1H4joDYq2kA1gm5r4a5MGrJKGioNyArY6j7h"
    "7e6RqzdbfvV75KYS8PfuEMLGgKnmIcKKhZxKorzZMk71shvedyQjHZdx2l24ORomFenQoC"
    "2I94DDfTuMrw8y1quRlTVuTdQDbHVXNbIcb1SzPlaOpdIrvoE3KtTT7yRvJBnAbNzfUE0s"
    "+chXzSXJ6YPSGSV5RSk5k7EeoRa9spJbDEWeR7ggl9z+7IRSy8Yxh1vLDXYxyRY/Zzm6LV"
    "6GFBJv30xOvL3OeeGuvUH/677Pk+GIgTtAI8/gXFqQiRJya94CuZbg0+aW6c6SmSxfeHqL"
    "4N64QRlBF+T8RGzfHhwOB4wbMG7AuLWbBgDGDRg3NYYaMG6nwLgB4waM2/YYt+h8++xzLu"
    "LbIpO2FE+KPd50rR+xucpGr5yxjIxULnhyHjrZKE8JbFkzbJlJDSxH5EQWreHL7rjHO2QY"
    "TEsbebqbE+aStKeEjdL9+c46QOfc03eD/tc63XrzhQBDUsZhi778abkSp5M0bxur4xxM+G"
    "PhgN+1SXdG8oQwpxzBs2SlNLlTE9LeMsOThJfXZHfePo3QXeJ2lrqfUpXCRHnbG/yKzXxC"
    "IvV9t4yLEOV8NSPRdCUNEdbWjUyWTj5hE+czHZNMBbD4bBPe2SbYRgsS3Bjtsal4Tsz+2d"
    "0/7s/R4cd3R+8Pj9HYmi/YCoQ9uC+ozxbbdw/mmPW7qWVT4vDr+1YTPLUpOuY274FpAKYB"
    "mAZgGtoJfwLTAEyDGkMNmAZgGpofasA0/DBMw24LAG1jtS3K/xTti6qMp8NKA+qwZEQdZo"
    "eUHmyY8mO9uhJQ0r7BEwjuLPMf/FiR/0fDYMqk/SR83n1tIC4Kf8V2vsy2/DCCJVOV3yX9"
    "tKvqHUewsC2HTLycQjUrnkHCTuUHMKCOS+ZddEt0bFJnTkQF937Ce/WeyRM2pzrWXrDueh"
    "qbjnJmqXLqNPcCSiPFX4XH6A/uMdrjLiOdVzyqiMxvkFsdUfaqyga8hPOLLNqSuHXOHX43"
    "ZEF+3CHxx2YQycJwsYXKM05feKncimeCHWxrM0/3co6vKp/rl0xVDv4ldxX9Frqqxtxeq4"
    "ScTab81bVmBbn74CqJ3qjIjC81PgqTXFLMtp7Ts2WCNdDn98RZWOyHvr1IbTcdKN3LcpOB"
    "Mh2xLBXIbyzHwIW3KCThvomae+xZOS4/9oXTcII/Q+xC+gHiYg3/zjbPJqIO8p8sYvsNcf"
    "yMn9XjTafsAjwBiF9gxJb2zoMpllrcJFWIjzcIfsJPDvJXZchvuvdi2TqnaSf41dn/InKR"
    "fM8clxoGumTvT5stG5BlP5iXVCy3HbTA/FQcl9/Ieib2xCMVjqYxLS3+WXBGDVB+QPkB5a"
    "c4WAqUH1B+agw1oPxOgfIDyg8oPyjn15IzatL7neor7Yyd0rHlu9X7lLvNr70hL269vDiT"
    "5uDfd1Qvyi2qj3031iuve6hP5tbMqod8n1QBvpdn6wTufZJ3opK2iD2SEVYk7dSOOpdYrB"
    "P2SgU9D0sqeh5mS3o6Lna9nHpN1QQWsXWD8ooQdJMl1AaRs9KRrxT4krhnwi4ASZ/6lZmX"
    "l8zWnJubyr7lTvuk8Tam5+BdpTlsSe3kJYKufM0lTdsR0uBthwax45sO64K43hQXzAxFip"
    "/IROVtZD92U34iqDYTlE0FWZUb2wna7IHK5YqnrVSOdy/lqRIp48xDLJfQmbBQudLBJXGq"
    "nuK44V1GwKDJRTVtpPROTk4pst3c2AnJq6csnRcbdpa2dd2qWbCJMVuQAZvTgTcQ1+UM1j"
    "b24KoxTo9gpRKNU0KRHLHDspCkWOng6HPNTjWtIHMImqNB73Y55ELj8EgNg0z410hICpih"
    "ialNlvOJRW7wp/3ToDxpcFn3JwctbItdhET1UH9+YE/CeSG200UEj2foEO25dIJ1NMJU3+"
    "dFUo/RnsNfxa7/ESQcg/qg7gwE6gO1KVFQH5yC+gDUB6A+APUBqA9AfdCioZWnPvhxKFw0"
    "8OxnshVM2y8YpRMDz2kB2Lqa88pcRGnS0S941Yu9lYa8qwDexXB3Zn3g0BzoqlxGE9oojQ"
    "9+Z06y7TbX0jSfDrkg5oROqF5EIazu1ekrKN2l+ylXd8/lLohIgl0n9okLKB76hKe7j7x3"
    "KD2VHKo/kRwi6XoEm6xafSQd0yP1Y3qEMiUGujVqDGwyzh+k4/xB/Th/CIoDsDn61dcm7K"
    "ILH0uH9lj90B6jREWA5mP6UTqmH9WP6UcU1AEYsBDQR7amcCjyl8x9YtRgfDcS6hPpUJ+o"
    "H+oT1LPmC+ISk4WYB1d3WHSbD+4n6eB+Uj+4n/iSgbKYersM7Wfp0H5WP7Sf+btMqJf4ao"
    "GtZfHEw2YXDXh9bbGEuMWOV30zssF4/ywd75/Vj/fPfmRxsDrjlUJ20Zmd/Nrz5SVYIiOV"
    "ceyBdLn5XAh1GyW1QEPWnIYM5E5vTO4UnhLeJ/MRsSfM0fwaL7ntumXyp+iU8MWyyUoZVH"
    "gztHy3pXMX+JWpifmLdSEqAM34kcw2ciyHBmc2H6Anb27gGfPCIbaLeXkVrnoyPX5lfqIC"
    "P55hwTsfr8iyd/Nhv/tg6mThBgdEc7oDvcxYg2fe3iT8CngyIZMuGrP7sajyWwbkGEijQB"
    "pVd7YCaZTaeg2QRp2CNAqkUSCNAmkUSKNAGtWioZV9je32LIYtPU1RKiDcO9UZUkeVElWP"
    "ShJVj7KJqj+SCm3tgZQjPzMsPbfWTXFnjS2U7q43kZtK9FMHF6C3xYFOmKj8oh3EbioR6T"
    "QiI7Etzxo2tzt/Lxn0r8JX1I99bX6bXnwabsmRB0mjtpz+HJ6Hu8MjD8rqMZTzP2+3JkPT"
    "TBAUaNj4FGKyYeUIrFwusBk7lcN7FzmrBMkGhRq2UKjBTD3jNUOb7jBqBFi2E1cNc2Ykp4"
    "LNvEF3329uyvjLVMZBVIQt/QhkzvLoB1fph/SfQpsaue130TPY6okeiY6SQ/Smu1ExvZse"
    "T6s53eLu2TlDzoJgndjo0bJjUtc/kiOmcrvIczxsGK/xARw6HnkL9tD5ERzf+pdo7+YYql"
    "MABQsULFCw7eSFgIIFClaNoQYU7ClQsEDBAgULFKwkBVtnJG2lSvuITjDzQCLGsYXSUT4X"
    "bqIewTOjeqro9gOuW6aLpY49ji1Ufk30hJdoz2Vz7MIy35E5pkbVehXbL4VNBV7nUDmEes"
    "lKZXz6OnBVCXSaJpxZE0ZN/q42RroqhLrU1aQTQJIsYwwv1gdQi5I51HgGmwKytwqiZjHo"
    "HCw1F6guhlRDdFxbpNqvhFbD26DoPiIN8hfsUIO6ORobkTpjO5ZIlvl+27tF7oztuG0yJu"
    "KA40RezWN0Ed52hE3XY5emJsIo7IsiaQZQV0Bd664AAXVVGwoC1BVQ11ULe0BdAXUF1BVQ"
    "V0BdVRpagLo2DwI2d/BrU/vx616t4G78vFedhWJq2QW5MKsrpibtGzx59BaLspx6sIiWwV"
    "0TDsv37Updu6RnZ9I2RAlrz8EzqRlkyUzlnu7X8PvOXUV7HBdRB+MeEdP1CqiF1T0/tm6w"
    "36dQLyl6J/J2950eUgo2jqFEhYGkwrpkpXTFLskc3O3yNcWUgTRfU5M3UDPsVcmbpY6XIm"
    "8uzgYXZ5dXncyUsYFgQ/rGbiqifXc8A5uJRVsOsZNp0y3jdTzRWpunm6+kdfyboKXl4xKN"
    "Y1tsh4iNWBK/8EYGHfuEjpDIkzHbHXGa5hGPBZXjEkdI6xfYcdhfLZOXOWPf+wL6j/sHD6"
    "Z/6D1vZxOEo7ucokvq+lTTg3d0+POR/2/P0TkLFF1lP/GtyCZd0PCT4OhxYIuALar7YgC2"
    "SG0IG9iiU2CLgC0CtgjYImCLgC1q0dDKvsagdtd6tbsWbBTy3Z/MzJS0UZp16ycclQZqK0"
    "1LhyXz0mHOGsAOD45Kx7q8/E5spXS0vws3kQ8KrD8TbaP8TjD0tUkECtSYOJas15xDGnpB"
    "hIfQXqZ83/RsEoAp8l08ZajyWmeYdFS9Du4IWCx/Ml9NwsXWDZJwIWDXkXwSg8hZ4OAUAN"
    "U3jUxZC9bGe/JkWbiMncrh5YD2UDjbXJChrFezZb3iDrmB0KqXjybbhasGOTOOlaLgrp6x"
    "4WGHni1Gk2CELRFwSy26ZfQbCdpqOG68knwLb4DO+ueXJPMi7AxnBAli7ScHhTfgpwlhZL"
    "M+JmpkBqY8b8o/Y8jmQA5nyvrEnhNzgqc2RUfv3x29P/y830Uv1J1xyu7BHBG2xn/C4elE"
    "H5Gfl/1FEHqu5bKVJnXQhL3Yn8nkAP3Gc7TEsUQRUwcEGxBsddeMQLCpjfoDwXYKBBsQbE"
    "CwAcEGBBsQbC0aWnkE28zLWRCWH8gdGSktgh5yL9FZ4jSJRo/iFmkndaHayLhBpDax0ZRN"
    "WakzbVVKfSvJfMsmvoUEjltQ4ns19RNbtos6RimUfSusj6GFKEOdwCZt28WoXSU833RkTU"
    "vTycJzPUfu2KdlO5UXN3fWAeqFzqILjljVInW2k9MmYC7NR7e0w+wzKDmmKM+4LccVBfUL"
    "+8R8JTzE/A3pn3bOZhHTFSAhB9Z3eJzRUniP1nk2R618NgbW2ZAJnsuIfeaZyj2WD+s8lg"
    "+tfCxhhbMeifNplHsux+s8l+OWPpcwIzCRsaTYY/m4zmP52MrHYvJ1FJeMcULqnHBqCnfR"
    "JbY95qQoE3hLTE656jt8TILS0oJ4Sz2jjGVbHtBQsHjnAdG3u9DPOHdYd5scGau8AvbZUb"
    "l9xLa3ymP2zspNyS7X8SXMVI74he/m5vZub+SwyMZ4i0ZlZcoontQLb9tT4aPVtvjJuQWO"
    "kw265cWNg6Za2CuqFDYOV/t5MRdVjMMG4uA4tsh5wRzneKYOdUVaO+J36woZzSPrB8zST3"
    "4XShr2AVv38Few5yfL88bIeiHOgzl6ZcYjNo856AXrrveF/TNtYFpumM/Oc+ldcZOEBVfk"
    "WM9sVewRtBcKc6BQMihzak9WoMxRWy4AypxTUOaAMgeUOaDMAWUOKHNaNLTylDmQ+r6WbM"
    "Fa5BVCLp6WIgOl07CHoZfyIGI1FLEMRswC52Sem/m0Ih04slJ58h9GXqqHHfpAgOYDAdLh"
    "XzZW+in4kMdN5Kx6D0NALpqAXGRm6yWzdsiizgW89IeAlzb7aHKm8Bamu58TdnsuxxOx8Y"
    "cY7UgGuX7u+9HHKnP8x+Ip/uPuc9/Vg9GBpQCWopSlsNkyVsduMUuRbNAtZymCplIsRWBT"
    "xFL0yAIb2NfCCJ4ibC/ohlQ28Odjng38ET1h/noyv6Dv39EJ/+gYOeOZZRnsosj2DOIAkQ"
    "BEAhAJQCS0E90EIgGIBDWGGhAJp0AkAJEARAKcuAgnLioTXlWOXAz2oXUxwIS50vH+Gvsp"
    "G/MPVTr0h+L+/CHbnS3NkWLOIgOVX8E8EXVQr1dvI/fUnRq5US5hdyOLdlAFYQZ11aDLcQ"
    "Nz7GAtGN6a46tgZaJZZN+O2N4y71EwaYQa4G1EeUHMCZ3Q3Era1Wbg9BVUniD6kadoyNzR"
    "Z9SuM1t8rjBXfC6cKT7nH3qrEwPPaf3X4PJF1H4ZilNwe7G30hN2lem6eLIGCiwnwECBAQ"
    "VWTIGdE5u6+GyMbfw7NuiEJ93lEGF5zbpldNhIGGiYW2jPSZOVrJh/LyRuhsK7FRxfIarp"
    "Jliynxzk3xmJO/uHWfq354dXhpk6rJl/tCZ6tGxkmQSJyljI9tOc0d7NUffBjDNv0JM3N/"
    "BMC87jnNDwF6Gx5bGekHNh69G/+SvBtv+3GX4m/tGZkwcz8In95K7IKnq0DMN64RWBif2K"
    "xjO2BOMFe/mF58DXAV9Xd/IDvk5tEgH4ulPg64CvA74O+Drg64Cva9HQykv8YXsILdhDZJ"
    "92hdK8SWOl8Qe/RO997G2jFXohw2rd8qVzy5bjiQIDpeHHO+4lSsIHypBGuoAotHy0rDju"
    "S2ZKRz+BwtQK+zb4/SLYRmLXXnaJ5qbo95IP46vwOgDN0GXK6x3s7H+EomXrr3egVhlQIC"
    "0Mb9spkFvPYctuXqe5k8N8JL7tlhEe83S7lSxH+rpLeT/xxZBOxGGB2DxFM/ZzEMG28Yqo"
    "6RMLd4LA4OzDfa9/yUkH/+P/PlzKDhKpQJ/2u8ixHkxRwixFeIytOXEQfnSJfzVxFeryQm"
    "T8rsBAAANRd+4BBkJtWBQYCGAgcp41MBDAQAADAQwEMBDKDi1gIICBaCkD4ZL5Im8+Kiny"
    "FlkojYIPIzeVKPMWoNfsSsR2c2aEVbB3wrDWbNDQhB/A3f3Y2+Y3j6bleuxhyoLcCTOVVz"
    "V3vpvv5Nm1JhDvDDq7GyTRp1vK8cRMm24ZqhjQTrLgYsD7lGKMsU7ZP+ogQhIT4OMeMV1i"
    "kwnHG28Ou5GS2v/gaP8AXbsO8uu1obn1zI8/YOtfdmWejPPgHR3+fJRgn1APszvFnztkwc"
    "/6ougdL7xmGVgXWmjTQhZHGNELfv2CXmYWmuNXcXlEXSGX9iFMm4wtmx/M4IutCUqJqm3C"
    "nRQ/yJqwvoui3w9oJqCZdZcEgGaqDbEAmglo5qqVNqCZgGYCmgloJqCZKg0tQDN3hmb65x"
    "TLTGCxhdJo3HnkpiIq4CktLopUJAGObZSOdS/hqHz182rlz8vqn2cKoDvYwbZcsBMmKr+U"
    "B7GbSkTasPRcUXVxoGMLpfv0TeSmEmj+M48fyVn3+GeUF8AkkdHaJ5w3FfbfI5c3c6z5sc"
    "Sx5g52cw/GKZs03HUOxWkqqIPIzd0XqlsQW6c2P9J3RPFrztru1jID4XQm3Dm2renY/dB3"
    "dM59R3v3i/3NdfPPEt3csz1eP21hU4sTOjlntZQvr/PslV5hfxcOo37S4YYlA2wblz+vrK"
    "4DFhk3eCJOlAEgt4/x/ZRfb1dabpestjMTefvOIIqoM9mwr3HuULVlSskqJQPQRHSfFqJG"
    "Vd+kOaYqL8MTxKY6+FggM9KKUx1XSpS0khxHRctqhiVLf5fKc5TTLAXpiCWRrZTOWBZdpb"
    "p3kNe4uZhCgqPCCY7JmFqLibYgJh9TnjnVnvALHsnFuOQKKuvIvvUvUT9yG33lbjf3CCDH"
    "dNWssoEc01X9fANR9lv4E2bb+3XVwJcMeKWSfa/NR8ues7cZP3vP9TiKmiPSy2nVLZPp0b"
    "C9tkgZrBTqRTdCE745TRqn5Hp35AUFN+Gm/DBAjGwy9Qz/3zYZE/pMJujRtuaIy/o816ET"
    "Xm/Udl/R3s2n/QP0x4xwUZyLXrATFCJFlvnAazZzmdx4Ro0JEr+Jd5ZXPF9gyi6lE1HU40"
    "tQBNUXC3KdHjd6pLbjIr4YFIq7CbFjN6gLSjtQ2tV9n4DSTm35DyjtTkFpB0o7UNqB0g6U"
    "dqC0a9HQyr7GxDEzdamSyLhBpiTaN8kyJV9DZ6UJqiq6mcNi2cxhRjXTcBXOxhIFAyeVUN"
    "xBnvZ6nMeTN/FyolfcRyMDpbUwX0MvlZDP8fvr2JEvkJkyVHlSuE86qh6HFCS754Ps5TqY"
    "JVN1K8JeUkcAerqP6O1xjytqjzZfN4NDxSG+WGNuXjZvF0edxFb7vF5B1QOR5aZux5uPiC"
    "1H26VslCZHB8JTJbg5J3KlOd5IxTBXpYpSnUyaHEodcVo8h5wHxr/07onPkRTHPTEgU/sK"
    "RZ5B5NO7Qn5I7oH8vU2CLTeYORRbUdCLSbbE89ZoymQlzZZDZ2UotiE/o499H12ak2wRnZ"
    "fmzPjJfPzUQP4S9c/ve5kRk9NsPznoz0n8qtV08uc+sGDAgtWdL4AFUxuaBxbsFFgwYMGA"
    "BQMWDFgwYMFaNLSyr7EfiSxIolDbQJ901vXZtmkqW+wgaaXyPNWLPEV74qT5xO60Kqy6fW"
    "YBkiM2v82Jtb5y+/IlM6WjWxty2jLUmoJ91kZb8zTebX8AVUHY5e6YwmEvzgYXZ5dXncxc"
    "soGwQwrKjjIf+HFgzGuMTbacwZ1cSDbVolsOxoZttUnYuAIMGxqh8A5LRYltwp6244paxP"
    "y6QT4DOsdT6hcr5kkHA+JOMOrhkbdgPchEN94cP4l6xTcn+wfozERkvnBf0YhdwUEvWHe9"
    "B3NE/EPODt+jF8vWedngCX5NHnoW3PyLSK3w/TAtjgk7L6II8uiVNzP5oWjWM7EnHgFkF5"
    "DdupMVILtqw02A7AKym/OsAdkFZBeQXUB2AdlVdmhlX2MNS+2bmjmF1h4NPOYKivdWdUYX"
    "iO8VFN+zS41zxW0rVeHjfGGsWr333vczFwpQQxfuek8eL3JIRFULLMdl5Bqr/IIeCoc5MZ"
    "RwWAkaQ+A4msBxZCaTJbN2qMTPBWb1R+j0xg9eDBT0E8o6pjerVR4uaduOoIak52XC843r"
    "7dtYb9IlNp1LV/msX25y82U+aSCal2XjUlZKk3F9IhZ2aC8AwQX6LZe6sz0+Ls5YeHvJD+"
    "sEvjoPl+qIyjFGFntUPh8kmLIC1mipVXcVc+S3F8xRlDpXjT7yLcWaMV/GfxbUp3J0v6qV"
    "TsZ4LupYRpwS+5P/nboOevSMR2rMiemivZvP+1+WTPwTJh3e9MF0WffCOjKw+eS5B8ifBI"
    "kj6l5htLAttmvFBlBCQAnVnaOAElIbpwZK6BQoIaCEgBICSggoIaCEWjS0fmyx/zbgLraN"
    "Y11HqjZQwkRpYqIf+6kE/C0KrEUyy6rRTlspHXBRlE2CB1quzFYJVCx5ERzmHKMiNvuav9"
    "mXZeAyxiq/hIc+rHETOasgDxcQDw57yTq4FmeRMG0XZTGIHQfG4k0wFpCUtXVeAnJVqrEP"
    "quaq/M4G+SPlZ++W1hDKa9Yt4x6eIwPZCkLxrVC69mySe7hOnNCBfR7C8UZz6jpdwTb4tx"
    "/7Dfxskphs8OsIuRZ6mYmzM5ZP6di7+Xn/AHGgI3USyKPlMTNxRhdPTIlLFO2FjATUHwJK"
    "AigJoCTaiZMCJQGUhBpDDSiJDLkAlARQEkBJ1BtaQElsGs8qqQ5SPDWljJRGyQv3nTsjJm"
    "bMmQIGaDV+GBmr/Dr4jTuJ4s1/LQTxpAqCuDzxJBDEk+W4ByeJy9ISCTOVY34Ru6kuFQEH"
    "GGytdBzg45vHRtIlySWjm2er8inu6aNOgJBQoD9vjpAo7tUbiK96J7fX6cuVg503sJXigW"
    "4x+6V/DYOQZ/if5NfdMt5nzhvqjsY+IEY1wmfIm6JXXlXM8Sb82HOqE5O9/YJroRnWEdYd"
    "ktmods6CQ9Q5vSNa/4WwwSGhV6SzvZ9zgMIWNplSxxXFxQzMy5BRB82p4/DiZPyw9i5yLH"
    "EZky3qHnjntN1/eAvkEOJnpaCgIyGbTmc8n8WyEXkm9iuyLXZ9i/V2n1cy+acIT1l3QHv8"
    "ingyp+ZPDiITfhl25VfgiVTkiaIuW3VDGxlsZjO7jeD6g6vOXurkuMJe6uS4cC/Fv1peGY"
    "lhrTnkCevSENuycasAbX8+i3x/s7h2EYWUWa/t5iV3b+W/3cTnpa81fjqRWe11xsvImigs"
    "RpHzyvLfF359TevxkfIXBzmYHqCfBi5+RAOiO5Tt/AzMXonsSt/n3vynA3TN3h0665jiHe"
    "OQsZAkOPgVvczoePZgBq8lftE+cTHih3Gx60zpM+HvLy6CCDosvHwUfPmYwdmEVd89YXuF"
    "Xz13zEXUJ9UrWqfeP5+r8Dufi/mdzxl+p21Hb9eVd9eJ9ocq0f5QHO0PmWg7fBqrG+3IWG"
    "X01J+o2YD20MAbjfC0TuCPqwT+uDjwxyLwEu/XVF6J2AEx97LPSeZUR/767EcXU2g4SEw+"
    "RTv5NCXvEHvNWH13iEoTxiYitO0VW6JrFazd0p2veBU3w7oWAQmrV3K3y/jDqTil0kR/Ib"
    "H1Y39iPUec+s0kyKVjnUzQmBhGuNbzAQoWtBl1/EXgnC3fJpb/AfZXdPzES/5P4XPRSu1f"
    "HTtYscYwC3fk37CE+4Hxg61xUcogCLhwSZEfYLzOKqKp+J7lTCG7SZfhk4ocYZWwUJoOlN"
    "mFbJeeCifuNemTELFoX3yrUiaJrpV/Ys5uICSxfstZhoTrutJDtSNEqNI52qI1WmAzO/12"
    "zvhKxGGLhZeZhQxr6iBqiuNYvolztC1blOziJMdIZK0kTtEG+EfBtQPfWYi/S7zdkjbqw0"
    "D5cOhulL4cPBPX1/FCFnRL2jWYjtupE/Wb2FXp1cVRpeXFUcn64igTd6y79DFn/2yxuR6b"
    "RWu4wGYp2CNmtK1oh91eahUXuLmWRuv827ebFI1zfr2slPt+e37FAi/CzhpR/62Y1SHx9M"
    "QXi73uZtiZyXTyjKHSq+ffmJOox2tNDrA5UUewO/ccVxvPsDklWhhRyZ5fdAm1B8If+ImO"
    "0K/YdKn0c2lmZBiYxZWtmWiBnrSYhE5btifP44a7jIbME31G7bWfhUqMc6V0j0dMDZGe4/"
    "LTCnMQ3ML1a45lcxvd95KP+VfMNcM3Yf9sXvtqWBz01Dw29gtya0rG1pJte0YXG1e6Z44p"
    "m+m4xu/HG16QDv4jaXl2m0DQlBh4Z/kDAMICCLv1+K4LwhYkCTSaeqHcTLC5zIvdQNtnxK"
    "bjWScH3A6+6ZbB2zhuswrcLkZdAZZWC5YuLJ1UDB8V105SCjiqHuLtY0V8UElEOGj+BqO7"
    "lbMx2R1dYuZsTb4Ovt0VbEtik+U9CR276P8jgzoKrawqR7skuDwYqU1HJoV7OVu7m95N8A"
    "ucy0kRN/8y+/v/AEE2Ocw="
)
