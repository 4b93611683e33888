"""The daily e-mail digest (core.digest): off by default; turned on in Data Kantor it sends each
person who gave an address their 'Untuk saya' list, once a working day, to an SMTP server (here a
small one of the test's own, on localhost)."""
from __future__ import annotations

import asyncio
import email
from datetime import date, datetime
from email.message import Message

import pytest
from nicegui.testing import User

from core import digest
from core.office import save_smtp_settings, smtp_settings
from forms import indonesian
from forms.indonesian import WIB
from models.persuratan import Disposisi, StatusDisposisi, SuratMasuk
from models.workdays import subtract_working_days
from tests.conftest import until
from tests.helpers_auth import create_account, log_in_as

TODAY = date(2026, 11, 11)        # a Wednesday
KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr(indonesian, 'today', lambda: TODAY)


class LocalSmtp:
    """Just enough of an SMTP server (RFC 5321) to receive what smtplib sends: no TLS, no login."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []
        self.server: asyncio.Server | None = None

    @property
    def port(self) -> int:
        return self.server.sockets[0].getsockname()[1]

    async def __aenter__(self) -> 'LocalSmtp':
        self.server = await asyncio.start_server(self.talk, '127.0.0.1', 0)
        return self

    async def __aexit__(self, *_) -> None:
        self.server.close()
        await self.server.wait_closed()

    async def talk(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def say(line: str) -> None:
            writer.write(f'{line}\r\n'.encode())
        say('220 localhost')
        recipients: list[str] = []
        while line := (await reader.readline()).decode().rstrip('\r\n'):
            verb = line[:4].upper()
            if verb in ('EHLO', 'HELO'):
                say('250 localhost')
            elif verb == 'RCPT':
                recipients.append(line.split(':', 1)[1].strip('<> '))
                say('250 OK')
            elif verb == 'DATA':
                say('354 End data with <CR><LF>.<CR><LF>')
                await writer.drain()
                body = (await reader.readuntil(b'\r\n.\r\n'))[:-5].replace(b'\r\n..', b'\r\n.')
                self.messages.append((recipients, email.message_from_bytes(body)))
                recipients = []
                say('250 OK')
            elif verb == 'QUIT':
                say('221 Bye')
                await writer.drain()
                break
            else:   # MAIL, RSET, NOOP
                say('250 OK')
            await writer.drain()
        writer.close()


async def turn_on(port: int) -> None:
    assert await save_smtp_settings({'smtp_aktif': 'ya', 'smtp_host': '127.0.0.1', 'smtp_port': str(port),
                                     'smtp_starttls': 'tidak', 'smtp_pengirim': 'kecamatan@candipuro.test'}) == {}


async def waiting_disposisi(kepada: str = KEPALA_UMUM) -> Disposisi:
    day = date(2026, 11, 2)
    surat = await SuratMasuk.create(tahun=2026, no_agenda=1, tanggal_diterima=day, nomor_surat='005/1/2026',
                                    tanggal_surat=day, asal_surat='BPBD', perihal='Kesiapsiagaan lahar Semeru')
    return await Disposisi.create(surat_masuk=surat, tanggal=day, dari_jabatan='Camat Candipuro', kepada_jabatan=kepada,
                                  batas_waktu=subtract_working_days(TODAY, 2), status=StatusDisposisi.BELUM_DIBACA)


async def test_the_digest_is_off_by_default_and_needs_a_server_to_be_turned_on(user: User) -> None:
    assert not (await smtp_settings()).enabled
    assert await digest.send_digests(TODAY) == 0
    errors = await save_smtp_settings({'smtp_aktif': 'ya', 'smtp_port': '99999', 'smtp_pengirim': 'bukan-alamat'})
    assert set(errors) == {'smtp_host', 'smtp_port', 'smtp_pengirim'}
    assert not (await smtp_settings()).enabled


async def test_each_person_with_an_address_gets_their_list_once_a_working_day(user: User) -> None:
    await waiting_disposisi()
    sari = await create_account('sari', KEPALA_UMUM)
    budi = await create_account('budi', 'Staf Seksi Pelayanan Umum')   # nothing waits for him: no e-mail
    await create_account('tono', KEPALA_UMUM)                          # no address: no e-mail
    assert await digest.set_user_email(sari.id, 'sari@candipuro.test') is None
    assert await digest.set_user_email(budi.id, 'budi@candipuro.test') is None
    assert await digest.set_user_email(budi.id, 'bukan alamat') is not None
    async with LocalSmtp() as server:
        await turn_on(server.port)
        assert await digest.send_if_due(datetime(2026, 11, 11, 6, 30, tzinfo=WIB)) == 0   # before 07.00
        assert await digest.send_if_due(datetime(2026, 11, 14, 9, 0, tzinfo=WIB)) == 0    # a Saturday
        assert await digest.send_if_due(datetime(2026, 11, 11, 7, 5, tzinfo=WIB)) == 1
        assert await digest.send_if_due(datetime(2026, 11, 11, 15, 0, tzinfo=WIB)) == 0   # sent today already
        await until(lambda: len(server.messages), equals=1)
    (recipients, message), = server.messages
    assert recipients == ['sari@candipuro.test']
    assert message['From'] == 'kecamatan@candipuro.test'
    assert message['Subject'] == 'Untuk saya: 1 menunggu (11/11/2026)'
    body = message.get_payload(decode=True).decode()
    assert 'Yth. Sari,' in body
    assert '- Disposisi: 1/2026 Kesiapsiagaan lahar Semeru (dari Camat Candipuro) [Belum Dibaca] ' \
           'lewat 2 hari kerja (batas 09/11/2026)' in body


async def test_a_person_gives_their_address_on_the_untuk_saya_page(user: User) -> None:
    sari = await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/untuk-saya')
    await user.should_see('Pengiriman e-mail belum diaktifkan kantor', retries=30)
    user.find(marker='surel-saya').type('sari@')
    user.find(marker='surel-simpan').click()
    await user.should_see('Bukan alamat e-mail', retries=30)
    user.find(marker='surel-saya').clear().type('sari@candipuro.test')
    user.find(marker='surel-simpan').click()
    await user.should_see('Alamat e-mail disimpan.', retries=30)
    assert await digest.user_email(sari.id) == 'sari@candipuro.test'


async def test_the_administrator_turns_the_digest_on_in_data_kantor(user: User) -> None:
    await create_account('kasubbag.it', 'Administrator')
    await log_in_as(user, 'kasubbag.it', next_path='/pengaturan/kantor')
    await user.should_see('E-mail (ringkasan harian)', retries=30)
    with user:
        switch = next(iter(user.find(marker='kantor-smtp_aktif').elements))
    switch.value = True
    user.find(marker='kantor-smtp-simpan').click()
    await user.should_see('Pengaturan e-mail belum tersimpan', retries=30)
    user.find(marker='kantor-smtp_host').type('mail.candipuro.test')
    user.find(marker='kantor-smtp_pengirim').type('kecamatan@candipuro.test')
    user.find(marker='kantor-smtp_sandi').type('rahasia-smtp')
    user.find(marker='kantor-smtp-simpan').click()
    await user.should_see('Pengaturan e-mail tersimpan.', retries=30)
    settings = await smtp_settings()
    assert (settings.enabled, settings.host, settings.port, settings.starttls, settings.password) == (
        True, 'mail.candipuro.test', 587, True, 'rahasia-smtp')
    # the password is never shown back, and an empty one keeps it
    await user.open('/pengaturan/kantor')
    with user:
        assert next(iter(user.find(marker='kantor-smtp_sandi').elements)).value == ''
    user.find(marker='kantor-smtp-simpan').click()
    await user.should_see('Pengaturan e-mail tersimpan.', retries=30)
    assert (await smtp_settings()).password == 'rahasia-smtp'
