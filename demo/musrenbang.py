"""Demo rows of L1/L2 Musrenbang (models/musrenbang.py): the forums, the usulan of every desa, and
the berita acara of their validation (jumlah usulan as recount_validated counts them).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from demo.base import DUSUN, DemoData, demo_rows, stamp
from models.musrenbang import VALIDATED, BeritaAcaraValidasi, Musrenbang, StatusUsulan, TahapUsulan, UsulanMusrenbang


@demo_rows(step=100)
async def musrenbang(demo: DemoData) -> None:
    g = demo.g
    held = [(2026, date(2025, 2, 12)), (2027, date(2026, 2, 11))]
    await demo.bulk(Musrenbang, [Musrenbang(
        tahun_rencana=tahun, tanggal=tanggal, tempat='Pendopo Kecamatan Candipuro',
        jumlah_peserta=g.rng.randrange(110, 160),
        notulen=f'Musrenbang RKPD Kecamatan Candipuro untuk tahun {tahun}: {g.rng.randrange(35, 50)} usulan desa '
                'dibahas dan diurutkan prioritasnya; hasilnya dituangkan dalam berita acara dan disampaikan ke Bappeda.',
        created_at=stamp(tanggal)) for tahun, tanggal in held if tanggal <= g.end])
    ideas = (
        ('Infrastruktur', 'Pembangunan jalan rabat beton Dusun {dusun}', 'm', 250, 600, 450_000,
         'Dinas Pekerjaan Umum dan Penataan Ruang'),
        ('Infrastruktur', 'Pembangunan saluran irigasi tersier Dusun {dusun}', 'm', 150, 400, 380_000,
         'Dinas Pekerjaan Umum dan Penataan Ruang'),
        ('Kebencanaan', 'Pembangunan talud penahan banjir lahar Dusun {dusun}', 'm', 50, 150, 2_400_000,
         'Badan Penanggulangan Bencana Daerah'),
        ('Pendidikan', 'Rehabilitasi ruang kelas SDN {desa} 01', 'ruang', 1, 3, 95_000_000, 'Dinas Pendidikan'),
        ('Kesehatan', 'Pengadaan alat kesehatan posyandu Dusun {dusun}', 'paket', 1, 3, 12_500_000, 'Dinkes'),
        ('Ekonomi', 'Pelatihan dan bantuan alat usaha UMKM', 'paket', 1, 4, 25_000_000,
         'Dinas Koperasi dan Usaha Mikro'),
        ('Pertanian', 'Bantuan bibit pisang agung dan pupuk organik', 'paket', 1, 5, 18_000_000,
         'Dinas Pertanian dan Ketahanan Pangan'),
    )
    operator = {d.id: f'operator.{d.nama.lower()}' for d in demo.desa}
    usulan, validated_by_desa = [], defaultdict(int)
    for tahun, tanggal in held:
        if tanggal - timedelta(days=30) > g.end:
            continue
        decided = tanggal < g.end
        for desa in demo.desa:
            for prioritas in range(1, g.rng.randrange(4, 7)):
                bidang, kegiatan, satuan, low, high, unit_cost, opd = g.choice(ideas)
                volume = Decimal(g.rng.randrange(low, high + 1))
                if tahun == 2026 or (decided and g.chance(.7)):
                    status = (g.weighted(((StatusUsulan.DISEPAKATI, 70), (StatusUsulan.DITOLAK, 30)))
                              if tahun == 2026 else StatusUsulan.DIVALIDASI)
                else:
                    status = StatusUsulan.DIUSULKAN
                tahap = {StatusUsulan.DIUSULKAN: TahapUsulan.DESA, StatusUsulan.DIVALIDASI: TahapUsulan.KECAMATAN,
                         StatusUsulan.DITOLAK: TahapUsulan.KECAMATAN}.get(
                    status, g.choice((TahapUsulan.FORUM_PD, TahapUsulan.KABUPATEN)))
                validated = status in VALIDATED
                validasi = min(tanggal - timedelta(days=g.rng.randrange(5, 15)), g.end)
                if validated:
                    validated_by_desa[(desa.id, tahun)] += 1
                usulan.append(UsulanMusrenbang(
                    tahun_rencana=tahun, desa_id=desa.id, bidang=bidang,
                    kegiatan=kegiatan.format(dusun=g.choice(DUSUN), desa=desa.nama),
                    sasaran=f'Warga Desa {desa.nama}', lokasi=f'Desa {desa.nama}', volume=volume, satuan=satuan,
                    perkiraan_biaya=volume * unit_cost, opd_penanggung_jawab_id=demo.instansi_id(opd),
                    urutan_prioritas=prioritas, tahap=tahap, status=status,
                    divalidasi_oleh=operator[desa.id] if validated else None,
                    tanggal_validasi=validasi if validated else None,
                    catatan_validasi='Sesuai RKPDes dan hasil musyawarah desa.' if validated else None,
                    created_at=stamp(min(tanggal - timedelta(days=30), g.end))))
    await demo.bulk(UsulanMusrenbang, usulan)
    berita = []
    for (desa_id, tahun), count in sorted(validated_by_desa.items()):
        tanggal = min(next(t for y, t in held if y == tahun) - timedelta(days=4), g.end)
        berita.append(BeritaAcaraValidasi(
            desa_id=desa_id, tahun_rencana=tahun, tanggal=tanggal,
            nomor=f'141/BA/{g.rng.randrange(1, 20):02d}/{tanggal.year}', kepala_desa=demo.kepala_desa[desa_id],
            jumlah_usulan_divalidasi=count,  # what recount_validated makes of the usulan
            catatan='Usulan prioritas desa telah divalidasi Kepala Desa.', created_at=stamp(tanggal)))
    await demo.bulk(BeritaAcaraValidasi, berita)
