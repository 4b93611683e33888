"""The daily e-mail digest (issue #18): each person who gave an e-mail address gets their 'Untuk saya'
list (core.for_me) once a working day, through the office's SMTP server (core.office.smtp_settings),
which is off until the administrator turns it on in Data Kantor.

A person's address is kept in the office settings table (models.preferences.OfficeSetting) under
`surel.<user id>`, set by the person on their /untuk-saya page: the users table has no e-mail
column, and adding one needs a migration. A person with nothing waiting gets no e-mail.

`send_daily` runs while the app runs (pages.for_me registers it at start-up): it looks every
CHECK_SECONDS whether today's digest is due (a working day, from SEND_HOUR WIB) and not yet sent;
the day it was sent is stored, so a restart sends nothing twice. DAILY_MAINTENANCE=0 turns it off.
"""
from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
from datetime import date, datetime
from email.message import EmailMessage

from core.accounts import load_actor
from core.backup import run_regularly
from core.for_me import Item, deadline_text, items_for
from core.office import SmtpSettings, email_error, office_settings, smtp_settings
from forms.indonesian import WIB, format_date
from locales import t
from models.accounts import User
from models.preferences import OfficeSetting
from models.workdays import is_working_day


log = logging.getLogger('panel')
EMAIL_KEY = 'surel.{user_id}'
LAST_SENT_KEY = 'ringkasan_terakhir'
SEND_HOUR = 7
CHECK_SECONDS = 15 * 60
SMTP_TIMEOUT = 30


async def user_email(user_id: int) -> str:
    row = await OfficeSetting.get_or_none(kunci=EMAIL_KEY.format(user_id=user_id))
    return row.nilai if row else ''


async def set_user_email(user_id: int, address: str) -> str | None:
    """Store (or, empty, remove) the address a person's digest goes to; the message when it is not one."""
    address = (address or '').strip()
    key = EMAIL_KEY.format(user_id=user_id)
    if not address:
        await OfficeSetting.filter(kunci=key).delete()
        return None
    if problem := email_error(address):
        return problem
    await OfficeSetting.update_or_create(kunci=key, defaults={'nilai': address})
    return None


async def recipients() -> list[tuple[User, str]]:
    """The active users who gave an address, with it."""
    addresses = {row.kunci: row.nilai for row in await OfficeSetting.filter(kunci__startswith='surel.')}
    users = await User.filter(aktif=True).order_by('username')
    return [(user, addresses[key]) for user in users
            if (key := EMAIL_KEY.format(user_id=user.id)) in addresses and addresses[key]]


def compose(settings: SmtpSettings, office: str, to: str, name: str, items: list[Item], on: date) -> EmailMessage:
    """The digest as plain text: one line per item, most urgent first, with its deadline."""
    message = EmailMessage()
    message['Subject'] = t('untuk_saya.surel.subjek', n=len(items), tanggal=format_date(on))
    message['From'] = settings.sender
    message['To'] = to
    lines = [t('untuk_saya.surel.sapaan', nama=name), '', t('untuk_saya.surel.pembuka', n=len(items)), '']
    for item in items:
        lines.append(t('untuk_saya.surel.baris', tabel=item.kind, judul=item.title, status=item.status,
                       tenggat=deadline_text(item, on)))
    lines += ['', t('untuk_saya.surel.penutup', kantor=office)]
    message.set_content('\n'.join(lines))
    return message


def _deliver(settings: SmtpSettings, messages: list[EmailMessage]) -> None:
    """Send through one connection (blocking: run in a thread)."""
    secure = ssl.create_default_context()
    if settings.port == smtplib.SMTP_SSL_PORT:
        server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=SMTP_TIMEOUT, context=secure)
    else:
        server = smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT)
    with server:
        if settings.starttls and settings.port != smtplib.SMTP_SSL_PORT:
            server.starttls(context=secure)
        if settings.username:
            server.login(settings.username, settings.password)
        for message in messages:
            server.send_message(message)


async def send_digests(on: date | None = None) -> int:
    """Send today's digest to everyone who gave an address and has something waiting; returns how
    many were sent (0 while the SMTP setting is off)."""
    settings = await smtp_settings()
    if not settings.enabled:
        return 0
    on = on or datetime.now(WIB).date()
    office = (await office_settings())['kantor']
    messages = []
    for user, address in await recipients():
        actor = await load_actor(user.id)
        if actor is None or not (items := await items_for(actor, on)):
            continue
        messages.append(compose(settings, office, address, user.nama_lengkap or user.username, items, on))
    if messages:
        await asyncio.to_thread(_deliver, settings, messages)
    return len(messages)


async def send_if_due(moment: datetime | None = None) -> int:
    """Today's digest, when it is due and not yet sent; returns how many were sent."""
    moment = (moment or datetime.now(WIB)).astimezone(WIB)
    on = moment.date()
    if moment.hour < SEND_HOUR or not is_working_day(on) or not (await smtp_settings()).enabled:
        return 0
    last = await OfficeSetting.get_or_none(kunci=LAST_SENT_KEY)
    if last is not None and last.nilai == on.isoformat():
        return 0
    await OfficeSetting.update_or_create(kunci=LAST_SENT_KEY, defaults={'nilai': on.isoformat()})
    return await send_digests(on)


async def send_daily() -> None:
    """The digest every working day while the app runs; a failed round is logged, not retried that day."""
    await run_regularly(send_if_due, CHECK_SECONDS, lambda n: log.info('Ringkasan harian: %d e-mail terkirim', n))