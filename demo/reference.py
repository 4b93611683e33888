"""Demo rows of the reference tables (models/reference.py): the seed fills desa, instansi, the full
klasifikasi arsip of Permendagri 83/2022 and pangkat; the demo adds the OPD and Bagian Setda its
rows name.
"""
from __future__ import annotations

from demo.base import DemoData, demo_rows
from models.reference import Instansi, JenisInstansi


@demo_rows(step=10)
async def reference(demo: DemoData) -> None:
    """The seed fills desa, instansi, klasifikasi and pangkat; add the OPD and Bagian Setda that
    the demo rows name."""
    extra = [
        ('Dinas Pekerjaan Umum dan Penataan Ruang', JenisInstansi.OPD),
        ('Dinas Pendidikan', JenisInstansi.OPD),
        ('Dinas Pertanian dan Ketahanan Pangan', JenisInstansi.OPD),
        ('Dinas Koperasi dan Usaha Mikro', JenisInstansi.OPD),
        ('Dinas Pemberdayaan Masyarakat dan Desa', JenisInstansi.OPD),
        ('Badan Penanggulangan Bencana Daerah', JenisInstansi.OPD),
        ('Bagian Pemerintahan Setda Kabupaten Lumajang', JenisInstansi.OPD),
        ('Bagian Perekonomian Setda Kabupaten Lumajang', JenisInstansi.OPD),
        ('Bagian Kesejahteraan Rakyat Setda Kabupaten Lumajang', JenisInstansi.OPD),
        ('Bagian Organisasi Setda Kabupaten Lumajang', JenisInstansi.OPD),
        ('Puskesmas Candipuro', JenisInstansi.LAINNYA),
    ]
    known = {i.nama.casefold() for i in await Instansi.all()}
    await demo.bulk(Instansi, [Instansi(nama=nama, jenis=jenis, keterangan='Data demo')
                               for nama, jenis in extra if nama.casefold() not in known])
    demo.instansi = {i.nama: i for i in await Instansi.filter(deleted_at__isnull=True)}
