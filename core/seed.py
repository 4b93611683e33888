"""Reference data every installation starts with. Idempotent: running it again adds only what is missing."""
from __future__ import annotations

from models.process_map import DESA, outside_parties
from models.reference import Desa, Instansi, JenisInstansi, KlasifikasiArsip

KECAMATAN_CODE = '35.08.03'
DESA_CANDIPURO = (  # Kemendagri codes; older spellings kept as aliases
    ('2001', 'Jugosari', None),
    ('2002', 'Jarit', None),
    ('2003', 'Candipuro', None),
    ('2004', 'Sumberejo', None),
    ('2005', 'Sumberwuluh', 'Sumber Wuluh'),
    ('2006', 'Sumbermujur', 'Sumber Mujur'),
    ('2007', 'Penanggal', None),
    ('2008', 'Tambahrejo', 'Tambah Rejo'),
    ('2009', 'Kloposawit', 'Klopo Sawit'),
    ('2010', 'Tumpeng', None),
)

INSTANSI_JENIS = {
    'Bappeda': JenisInstansi.OPD, 'OPD terkait': JenisInstansi.OPD, 'OPD Terkait': JenisInstansi.OPD,
    'DPMPSTP': JenisInstansi.OPD, 'BPRD': JenisInstansi.OPD, 'BPKD': JenisInstansi.OPD,
    'Dinsos': JenisInstansi.OPD, 'Dispendukcapil': JenisInstansi.OPD, 'Dinkes': JenisInstansi.OPD,
    'Diskominfo': JenisInstansi.OPD, 'Bagian pada Setda Kabupaten Lumajang': JenisInstansi.OPD,
    'Polres/Polsek': JenisInstansi.VERTIKAL, 'Koramil': JenisInstansi.VERTIKAL, 'BPN': JenisInstansi.VERTIKAL,
    'BPJS Kesehatan': JenisInstansi.BUMN, 'BPJS Ketenagakerjaan': JenisInstansi.BUMN,
    DESA: JenisInstansi.DESA, 'Kepala Desa': JenisInstansi.DESA,
}

KLASIFIKASI_POKOK = (  # Permendagri 83/2022, top level
    ('000', 'Umum'), ('100', 'Pemerintahan'), ('200', 'Politik'), ('300', 'Keamanan dan Ketertiban'),
    ('400', 'Kesejahteraan Rakyat'), ('500', 'Perekonomian'), ('600', 'Pekerjaan Umum dan Ketenagaan'),
    ('700', 'Pengawasan'), ('800', 'Kepegawaian'), ('900', 'Keuangan'),
)

SEED_USER = 'sistem'


async def seed_reference() -> None:
    for suffix, nama, alias in DESA_CANDIPURO:
        await Desa.get_or_create(kode=f'{KECAMATAN_CODE}.{suffix}',
                                 defaults={'nama': nama, 'alias': alias, 'created_by': SEED_USER})
    known = {name.casefold() for name in await Instansi.all().values_list('nama', flat=True)}
    for party in outside_parties():
        if party.casefold() not in known:
            known.add(party.casefold())
            await Instansi.create(nama=party, jenis=INSTANSI_JENIS.get(party, JenisInstansi.LAINNYA),
                                  keterangan='Pihak pada Peta Relasi', created_by=SEED_USER)
    for kode, nama in KLASIFIKASI_POKOK:
        await KlasifikasiArsip.get_or_create(kode=kode, defaults={'nama': nama, 'created_by': SEED_USER})
