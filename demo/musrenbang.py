"""Demo rows of L1/L2 Musrenbang (models/musrenbang.py): the forums with their pagu indikatif and
berita acara, the usulan of every desa (validated by its Kepala Desa, demo/accounts.py), the berita
acara of their validation (jumlah usulan as recount_validated counts them), and for each forum held
the kecamatan's priority list (within the pagu, as recount_pagu sums it) and its delegasi.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from demo.accounts import kades_username
from demo.base import DUSUN, DemoData, demo_rows, stamp
from models.musrenbang import (VALIDATED, BeritaAcaraValidasi, DelegasiMusrenbang, DokumenSumber, Musrenbang,
                               PrioritasKecamatan, StatusUsulan, TahapUsulan, UsulanMusrenbang, remainder)


@demo_rows(step=100)
async def musrenbang(demo: DemoData) -> None:
    g = demo.g
    held = [(2026, date(2025, 2, 12)), (2027, date(2026, 2, 11))]
    pagu = {2026: Decimal(1_750_000_000), 2027: Decimal(1_900_000_000)}
    await demo.bulk(Musrenbang, [Musrenbang(
        tahun_rencana=tahun, tanggal=tanggal, tempat='Pendopo Kecamatan Candipuro',
        jumlah_peserta=g.rng.randrange(110, 160),
        notulen=f'Musrenbang RKPD Kecamatan Candipuro untuk tahun {tahun}: {g.rng.randrange(35, 50)} usulan desa '
                'dibahas dan diurutkan prioritasnya; hasilnya dituangkan dalam berita acara dan disampaikan ke Bappeda.',
        pagu_indikatif=pagu[tahun], jumlah_pagu=Decimal(0), sisa_pagu=pagu[tahun],
        nomor_berita_acara=f'050/{g.rng.randrange(10, 40)}/427.{g.rng.randrange(60, 70)}/{tanggal.year}',
        tanggal_berita_acara=tanggal, pimpinan_sidang='Camat Candipuro', wakil_peserta='Ketua BPD Desa Jarit',
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
    kades = {d.id: kades_username(d.nama) for d in demo.desa}   # the Kepala Desa validates (demo/accounts.py)
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
                    divalidasi_oleh=kades[desa.id] if validated else None,
                    tanggal_validasi=validasi if validated else None,
                    catatan_validasi='Sesuai RKPDes dan hasil musyawarah desa.' if validated else None,
                    dokumen_sumber=DokumenSumber.RKP_DESA, sumber_nomor=f'No. {prioritas}, hlm. {prioritas + 11}',
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
    await priority_lists(demo, held, pagu)


async def priority_lists(demo: DemoData, held: list[tuple[int, date]], pagu: dict[int, Decimal]) -> None:
    """Each forum held: its list, from the usulan it agreed (Disepakati) or validated, ranked by cost
    within the pagu indikatif; jumlah and sisa pagu as recount_pagu makes them; and four delegasi."""
    g = demo.g
    forums = {m.tahun_rencana: m for m in await Musrenbang.all()}
    lines, delegasi = [], []
    for tahun, tanggal in held:
        forum = forums.get(tahun)
        if forum is None or tanggal >= g.end:
            continue
        agreed = await UsulanMusrenbang.filter(tahun_rencana=tahun, status__in=[
            StatusUsulan.DISEPAKATI.value, StatusUsulan.DIVALIDASI.value]).order_by('-perkiraan_biaya', 'id')
        used, rank = Decimal(0), 0
        for usulan in agreed:
            if used + usulan.perkiraan_biaya > pagu[tahun] or not usulan.opd_penanggung_jawab_id:
                continue
            rank += 1
            used += usulan.perkiraan_biaya
            lines.append(PrioritasKecamatan(
                musrenbang_id=forum.id, urutan=rank, prioritas_daerah='Peningkatan infrastruktur dan ekonomi lokal',
                sasaran_daerah='Meningkatnya kualitas infrastruktur dan pelayanan dasar', program=usulan.bidang,
                kegiatan=usulan.kegiatan, sasaran_kegiatan=usulan.sasaran, lokasi=usulan.lokasi, volume=usulan.volume,
                satuan=usulan.satuan, pagu=usulan.perkiraan_biaya, perangkat_daerah_id=usulan.opd_penanggung_jawab_id,
                usulan_id=usulan.id, created_at=stamp(tanggal)))
        await Musrenbang.filter(id=forum.id).update(jumlah_pagu=used, sisa_pagu=remainder(pagu[tahun], used))
        for nama, unsur in (('Drs. Bambang Sutrisno', 'Pemerintah Kecamatan'), ('Hj. Siti Aminah', 'Unsur perempuan'),
                            ('Sugeng Riyadi', 'Kepala Desa Jarit'), ('Ahmad Fauzi', 'Tokoh masyarakat')):
            delegasi.append(DelegasiMusrenbang(musrenbang_id=forum.id, nama=nama, unsur=unsur,
                                               kontak=f'08{g.rng.randrange(10**9, 10**10)}', created_at=stamp(tanggal)))
    await demo.bulk(PrioritasKecamatan, lines)
    await demo.bulk(DelegasiMusrenbang, delegasi)
