"""The home page: the Peta Proses Bisnis, with record counts and overdue items per process."""
from __future__ import annotations


from nicegui import ui

from core.access import Actor
from core.dashboard_figures import anggaran_kas_kurang, pengingat_kepegawaian, table_counts
from locales import t
from forms.indonesian import format_date, format_number
from models.clock import office_today
from models.process_map import PROCESSES, Group
from pages.dashboard import dashboard
from pages.for_me import for_me_card
from pages.frame import frame, logged_in_page, process_state, process_tables, visible_tables


def owner_text(process) -> str:
    if process.owner is None:
        return t('beranda.proses.pemilik', pemilik=process.owner_note)
    if process.owner_note == 'usulan':
        return t('beranda.proses.pemilik_usulan', pemilik=process.owner.value)
    return t('beranda.proses.pemilik', pemilik=process.owner.value)


def register() -> None:
    @logged_in_page('/')
    async def home(actor: Actor) -> None:
        with frame(actor, t('beranda.judul'), subtitle=t('beranda.subjudul')):
            await for_me_card(actor)
            await dashboard(actor)
            await reminders(actor)
            await cash_plan_gaps(actor)
            with ui.row().classes('w-full gap-4 items-start'):
                for group in Group:
                    processes = [p for p in PROCESSES if p.group == group and process_state(actor, p) != 'hidden']
                    if not processes:
                        continue
                    with ui.column().classes('min-w-[18rem] flex-1 gap-2'):
                        ui.label(t('kerangka.kelompok_proses', kelompok=group.value)).classes('text-h6')
                        ui.label(t(f'beranda.kelompok.{group.name.lower()}')).classes('text-caption text-grey-7')
                        for process in processes:
                            await process_card(actor, process)


async def reminders(actor: Actor) -> None:
    """The coming KGB, kenaikan pangkat and pensiun of the pegawai this viewer may see, each linked to the Pegawai grid."""
    items = await pengingat_kepegawaian(actor, office_today())
    if not items:
        return
    with ui.card().classes('w-full q-pa-sm').mark('pengingat-kepegawaian'):
        ui.label(t('beranda.pengingat.judul')).classes('text-subtitle1')
        ui.label(t('beranda.pengingat.keterangan')).classes('text-caption text-grey-7')
        for item in items:
            ui.link(t(f'beranda.pengingat.{item.jenis}', tanggal=format_date(item.tanggal), nama=item.nama),
                    '/tabel/pegawai').classes('text-body2')


async def cash_plan_gaps(actor: Actor) -> None:
    """The rekening of this year whose anggaran kas falls short of the pagu in force (a plan above
    it is refused when typed), for who may see Anggaran, linked to its grid."""
    year = office_today().year
    gaps = await anggaran_kas_kurang(actor, year)
    if not gaps:
        return
    with ui.card().classes('w-full q-pa-sm').mark('anggaran-kas-kurang'):
        ui.label(t('beranda.anggaran_kas.judul', tahun=year)).classes('text-subtitle1')
        ui.label(t('beranda.anggaran_kas.keterangan')).classes('text-caption text-grey-7')
        for gap in gaps:
            ui.link(gap, '/tabel/anggaran').classes('text-body2')


async def process_card(actor: Actor, process) -> None:
    state = process_state(actor, process)
    specs = visible_tables(actor, process_tables(process))
    with ui.card().classes('w-full q-pa-sm' + (' bg-grey-2' if state == 'none' else '')) \
            .mark(f'proses-{process.slug}'):
        if state == 'none':
            ui.label(f'{process.code} {process.name}').classes('text-subtitle1 text-grey-7')
            ui.label(t('beranda.proses.belum_tersedia')).classes('text-caption text-grey-7')
        else:
            ui.link(f'{process.code} {process.name}', f'/proses/{process.slug}').classes('text-subtitle1')
            counts = await table_counts(actor, specs)
            total = sum(c[0] for c in counts.values())
            late = sum(c[1] for c in counts.values())
            ui.label(t('beranda.proses.jumlah_data', n=format_number(total), tabel=len(specs))).classes('text-caption')
            if late:
                ui.label(t('common.lewat_batas', n=format_number(late))).classes('text-caption text-negative')
        ui.label(owner_text(process)).classes('text-caption text-grey-7')
        if process.parties:
            ui.label(t('common.pihak_terkait', pihak=', '.join(process.parties))).classes('text-caption text-grey-7')
