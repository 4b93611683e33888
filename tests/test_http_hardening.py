"""The session and the HTTP answers, read as a browser receives them (the `user` fixture's HTTP
client, and once a real `python main.py` on a port): a new session cookie at login, the login form
as a plain POST, 303 to the login page before any page is built, the cookie's attributes, the
security headers, the body limits, and the deployment files that go with them."""
from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from nicegui import ui
from nicegui.testing import User

from core import auth, importer
from pages import http_hardening, sessions
from tests.conftest import open_form_by, until
from tests.helpers_auth import PASSWORD, create_account, log_in_as, login_form, submit_login

ROOT = Path(__file__).resolve().parent.parent
STAF_PELAYANAN = 'Staf Seksi Pelayanan Umum'
KEPALA_UMUM = 'Kepala Subbag Umum dan Kepegawaian'
SECURITY_HEADERS = {'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'",
                    'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin'}


def session_cookie(response: httpx.Response) -> str | None:
    """The session cookie a response sets (its whole Set-Cookie line), if any."""
    return next((line for line in response.headers.get_list('set-cookie') if line.startswith('session=')), None)


def cookie_value(line: str) -> str:
    return line.split(';')[0].removeprefix('session=')


async def get_as(user: User, path: str, cookie: str) -> httpx.Response:
    """A request with exactly this session cookie (another browser holding it)."""
    async with httpx.AsyncClient(transport=user.http_client._transport, base_url='http://test') as other:
        return await other.get(path, headers={'cookie': f'session={cookie}'})


# ---- the session id is new at login -------------------------------------------------------------

async def test_login_gives_a_new_session_cookie_and_the_planted_one_stays_anonymous(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    first = await user.http_client.get('/login')  # an attacker's cookie, planted in the browser
    planted = cookie_value(session_cookie(first))
    await user.open('/login')
    response = await submit_login(user, 'sari', PASSWORD)
    assert response.status_code == 303 and response.headers['location'] == '/'
    renewed = cookie_value(session_cookie(response))
    assert renewed != planted
    assert (await get_as(user, '/', renewed)).status_code == 200  # the browser is logged in
    planted_answer = await get_as(user, '/', planted)  # the planted cookie is worth nothing
    assert (planted_answer.status_code, planted_answer.headers['location']) == (303, '/login?next=/')


async def test_the_login_form_is_a_plain_post_that_keeps_next(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login?next=/tabel/desa%3Fcari%3Dja')
    action, fields = login_form(user)
    assert action == '/login' and set(fields) == {'next', 'token', 'username', 'password'}
    assert fields['next'] == '/tabel/desa?cari=ja'
    response = await submit_login(user, 'sari', PASSWORD)
    assert (response.status_code, response.headers['location']) == (303, '/tabel/desa?cari=ja')


@pytest.mark.parametrize('next_path', ['https://jahat.example/', '//jahat.example/x', '/\\jahat.example'])
async def test_next_never_leaves_the_site(user: User, next_path: str) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login')
    action, fields = login_form(user)
    response = await user.http_client.post(action, data={**fields, 'username': 'sari', 'password': PASSWORD,
                                                         'next': next_path})
    assert (response.status_code, response.headers['location']) == (303, '/')


async def test_a_form_from_elsewhere_is_refused(user: User) -> None:
    """A form posted without this browser's token (another site's page, or a stale one) logs
    nobody in, however right the password."""
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login')
    response = await user.http_client.post('/login', data={'username': 'sari', 'password': PASSWORD,
                                                           'next': '/', 'token': 'palsu'})
    assert (response.status_code, response.headers['location']) == (303, '/login?next=/')
    assert session_cookie(response) is None  # no new session
    await user.open('/login')
    await user.should_see('Halaman masuk ini sudah kedaluwarsa. Silakan isi sekali lagi.')
    assert (await user.http_client.get('/')).status_code == 303


# ---- 303 before any page is built --------------------------------------------------------------

@pytest.mark.parametrize(('path', 'login'), [
    ('/', '/login?next=/'),
    ('/tabel/surat_masuk?cari=kades&halaman=2', '/login?next=/tabel/surat_masuk%3Fcari%3Dkades%26halaman%3D2'),
    ('/pengaturan', '/login?next=/pengaturan'),
    ('/tidak-ada', '/login?next=/tidak-ada'),
    ('/unduh/token-apa-saja', '/login?next=/unduh/token-apa-saja'),
])
async def test_a_browser_not_logged_in_gets_a_303_to_the_login_page(user: User, path: str, login: str) -> None:
    response = await user.http_client.get(path)
    assert (response.status_code, response.headers['location']) == (303, login)
    assert 'client_id' not in response.text  # no page was built


async def test_the_login_page_and_niceguis_files_need_no_login(user: User) -> None:
    assert (await user.http_client.get('/login')).status_code == 200
    page = (await user.http_client.get('/login')).text
    script = re.search(r'src="(/_nicegui/[^"]+\.js)"', page).group(1)
    assert (await user.http_client.get(script)).status_code == 200


async def test_a_user_who_must_change_the_password_gets_a_303_to_the_change(user: User) -> None:
    await user.open('/login')
    response = await submit_login(user, 'admin', 'admin-rahasia-1')  # conftest's first admin login
    assert response.headers['location'] == '/ganti-sandi'
    for path in ('/', '/pengaturan', '/tabel/desa'):
        answer = await user.http_client.get(path)
        assert (answer.status_code, answer.headers['location']) == (303, '/ganti-sandi')
    assert (await user.http_client.get('/ganti-sandi')).status_code == 200


# ---- the cookie ------------------------------------------------------------------------------------

async def test_the_session_cookie_lives_as_long_as_an_idle_session(user: User) -> None:
    line = session_cookie(await user.http_client.get('/login')).lower()
    assert 'max-age=3600' in line and 'httponly' in line and 'samesite=lax' in line
    assert 'secure' not in line  # COOKIE_SECURE is off by default (plain HTTP on the LAN)


async def test_every_logged_in_request_renews_the_cookie(user: User) -> None:
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login')
    await submit_login(user, 'sari', PASSWORD)
    assert session_cookie(await user.http_client.get('/')) is not None


async def test_the_renewal_of_the_cookie_is_not_activity(user: User, monkeypatch) -> None:
    """The page asks the browser to renew the cookie while its user works in it; the renewal
    itself does not keep an idle session alive."""
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login')
    await submit_login(user, 'sari', PASSWORD)
    moment = auth.now()
    monkeypatch.setattr(auth, 'now', lambda: moment)
    assert (await user.http_client.get('/')).status_code == 200  # activity at `moment`
    later = moment.timestamp() + 50 * 60
    monkeypatch.setattr(auth, 'now', lambda: moment.fromtimestamp(later, moment.tzinfo))
    renewal = await user.http_client.post(sessions.RENEW_PATH)
    assert renewal.status_code == 204 and session_cookie(renewal) is not None
    monkeypatch.setattr(auth, 'now', lambda: moment.fromtimestamp(later + 11 * 60, moment.tzinfo))
    answer = await user.http_client.get('/')  # 61 minutes after the last real request
    assert (answer.status_code, answer.headers['location']) == (303, '/login?next=/')


async def test_a_page_in_use_asks_the_browser_to_renew_the_cookie(user: User, monkeypatch) -> None:
    """A page used for long without a page load renews the cookie through the browser, as long as
    its user is active; the timer's tick is called here instead of waited for (20 minutes), and
    what would go to the browser is read from the page's outbox."""
    await create_account('sari', STAF_PELAYANAN)
    await user.open('/login')
    await submit_login(user, 'sari', PASSWORD)
    await user.open('/')
    sent = []  # the JavaScript the page sends to the browser from now on, in order
    outbox = user.client.outbox
    real_enqueue = outbox.enqueue_message

    def noted_enqueue(message_type, data, target_id):
        if message_type == 'run_javascript':
            sent.append(data['code'])
        real_enqueue(message_type, data, target_id)

    monkeypatch.setattr(outbox, 'enqueue_message', noted_enqueue)
    with user:
        timer = next(iter(user.find(ui.timer).elements))
    assert timer.interval == 20 * 60  # a third of the idle time
    real_now = auth.now
    monkeypatch.setattr(auth, 'now', lambda: real_now() + timedelta(minutes=21))
    with user:
        timer.callback()  # idle since the last tick: no renewal, the cookie ends with the session
    monkeypatch.setattr(auth, 'now', real_now)
    with user:
        timer.callback()  # active (the page was opened just now): the browser is asked to renew
        ui.run_javascript('/* akhir */')  # sent after anything the two ticks sent
    await until(lambda: '/* akhir */' in sent)
    assert [code for code in sent if sessions.RENEW_PATH in code] == [
        f"fetch('{sessions.RENEW_PATH}', {{method: 'POST', credentials: 'same-origin'}})"]


@pytest.fixture
def cookie_secure(monkeypatch):
    """COOKIE_SECURE=1, set before the app starts (request it before `user`)."""
    monkeypatch.setenv('COOKIE_SECURE', '1')


async def test_cookie_secure_makes_the_cookie_https_only(cookie_secure, user: User) -> None:
    line = session_cookie(await user.http_client.get('/login')).lower()
    assert 'secure' in line.split('; ')


# ---- headers -------------------------------------------------------------------------------------

@pytest.mark.parametrize('path', ['/login', '/', '/favicon.ico'])
async def test_every_answer_carries_the_security_headers(user: User, path: str) -> None:
    response = await user.http_client.get(path)
    assert {name: response.headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS


# ---- body limits ---------------------------------------------------------------------------------

def test_the_upload_limit_is_the_import_limit_plus_the_envelope(monkeypatch):
    monkeypatch.delenv('IMPORT_MAX_MB', raising=False)
    assert http_hardening.upload_limit() == 10 * 1024 * 1024 + http_hardening.UPLOAD_ENVELOPE
    monkeypatch.setenv('IMPORT_MAX_MB', '2')
    assert http_hardening.upload_limit() == 2 * 1024 * 1024 + http_hardening.UPLOAD_ENVELOPE


async def upload_route(user: User) -> str:
    """The address the import dialog's upload posts to (a real ui.upload on a real page)."""
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    user.find(marker='impor').click()
    await user.should_see('Impor Excel · Surat Masuk')
    with user:
        return next(iter(user.find(marker='impor-unggah').elements)).props['url']


async def test_an_oversized_upload_is_refused_from_its_content_length(user: User, monkeypatch) -> None:
    monkeypatch.setenv('IMPORT_MAX_MB', '1')
    route = await upload_route(user)
    assert http_hardening.UPLOAD_ROUTE.fullmatch(route)
    read = []

    async def body():
        read.append(1)
        yield b'x'

    response = await user.http_client.post(route, content=body(), headers={
        'content-length': str(http_hardening.upload_limit() + 1), 'content-type': 'multipart/form-data; boundary=b'})
    assert response.status_code == 413 and 'Berkas terlalu besar; paling besar 1 MB sekali impor' in response.text
    assert read == []  # refused before a byte was read
    assert {name: response.headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS


async def test_an_oversized_upload_without_content_length_is_cut_off(user: User, monkeypatch) -> None:
    monkeypatch.setenv('IMPORT_MAX_MB', '1')
    route = await upload_route(user)
    sent = 0
    boundary = b'grens'

    async def body():
        nonlocal sent
        chunks = [b'--' + boundary + b'\r\nContent-Disposition: form-data; name="file"; filename="besar.csv"\r\n'
                  b'Content-Type: text/csv\r\n\r\n'] + [b'a;b\r\n' * 16384] * 200  # 12.5 MB, more than the limit
        for chunk in chunks:
            sent += len(chunk)
            yield chunk

    response = await user.http_client.post(route, content=body(),
                                           headers={'content-type': f'multipart/form-data; boundary={boundary.decode()}'})
    assert response.status_code == 413
    assert sent <= http_hardening.upload_limit() + 2 * 65536  # it stopped reading at the limit
    await user.should_not_see('besar.csv')  # nothing reached the dialog


async def test_a_files_input_takes_files_up_to_the_file_limit_not_the_import_limit(user: User, monkeypatch) -> None:
    monkeypatch.setenv('IMPORT_MAX_MB', '1')
    await create_account('sari', KEPALA_UMUM)
    await log_in_as(user, 'sari', next_path='/tabel/surat_masuk')
    await open_form_by(user, 'tambah')
    with user:
        route = next(iter(user.find(marker='unggah-berkas').elements)).props['url']
    boundary = 'grens'
    scan = b'%PDF-1.4\n' + b'0' * (2 * 1024 * 1024) + b'\n%%EOF\n'   # 2 MB: over the import's 1 MB, under 10 MB
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\n'
            f'Content-Type: application/pdf\r\n\r\n').encode() + scan + f'\r\n--{boundary}--\r\n'.encode()
    response = await user.http_client.post(route, content=body,
                                           headers={'content-type': f'multipart/form-data; boundary={boundary}'})
    assert response.status_code != 413, response.text
    response = await user.http_client.post(route, content=b'x', headers={
        'content-length': str(10 * 1024 * 1024 + http_hardening.UPLOAD_ENVELOPE + 1),
        'content-type': f'multipart/form-data; boundary={boundary}'})
    assert response.status_code == 413 and 'lebih besar dari batas 10 MB' in response.text


async def test_an_oversized_login_form_is_refused_before_its_password_is_checked(user: User, monkeypatch) -> None:
    checked = []
    monkeypatch.setattr(auth, 'authenticate', lambda *args: checked.append(args))
    response = await user.http_client.post('/login', data={'username': 'sari', 'password': 'x' * 100_000})
    assert response.status_code == 413 and response.text == 'Isian formulir masuk terlalu panjang.'
    assert checked == []


# ---- deployment files ----------------------------------------------------------------------------

def nginx_body_limits() -> dict[str, int]:
    limits = {}
    for conf in sorted((ROOT / 'deploy').glob('*.conf')):
        found = re.findall(r'^\s*client_max_body_size\s+(\d+)([km]?)\s*;', conf.read_text(), re.MULTILINE)
        assert len(found) == 1, f'{conf.name}: one client_max_body_size'
        number, unit = found[0]
        limits[conf.name] = int(number) * {'': 1, 'k': 1024, 'm': 1024 * 1024}[unit]
    return limits


def test_nginx_lets_through_exactly_what_the_app_accepts(monkeypatch):
    monkeypatch.delenv('IMPORT_MAX_MB', raising=False)
    limits = nginx_body_limits()
    assert set(limits) == {'nginx.conf', 'nginx-scale-out.conf'}
    assert set(limits.values()) == {http_hardening.largest_upload()}
    assert http_hardening.largest_upload() == 101 * 1024 * 1024   # the relation stated in the comment: 100 + 1 MB


def test_nginx_sends_hsts_over_https():
    conf = (ROOT / 'deploy' / 'nginx.conf').read_text()
    https = conf[conf.index('listen 443'):]
    assert re.search(r'^\s*add_header Strict-Transport-Security "max-age=\d{8,}" always;', https, re.MULTILINE)


@pytest.mark.parametrize('unit', ['panel-kecamatan.service', 'panel-kecamatan@.service'])
def test_the_services_behind_nginx_listen_on_localhost_with_a_secure_cookie(unit):
    settings = dict(re.findall(r'^Environment=(\w+)=(\S*)$', (ROOT / 'deploy' / unit).read_text(), re.MULTILINE))
    assert settings['HOST'] == '127.0.0.1' and settings['COOKIE_SECURE'] == '1'


# ---- the real server -----------------------------------------------------------------------------

def test_the_served_app_answers_like_the_simulated_one(tmp_path):
    """`python main.py` as the service runs it (COOKIE_SECURE=1): ui.run passes the cookie settings,
    the middlewares are in place, and the login form works over a real socket."""
    from tests.e2e.harness import AppServer, app_env, free_port

    port = free_port()
    server = AppServer(tmp_path / 'data', port, app_env(tmp_path / 'data', port, COOKIE_SECURE='1'))
    server.start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            anonymous = client.get('/tabel/desa')
            assert (anonymous.status_code, anonymous.headers['location']) == (303, '/login?next=/tabel/desa')
            assert {name: anonymous.headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS
            cookie = session_cookie(anonymous)
            assert {'httponly', 'secure', 'samesite=lax', 'max-age=3600'} <= set(cookie.lower().split('; '))
            planted = cookie_value(cookie)
            page = client.get('/login', headers={'cookie': f'session={planted}'}).text
            token = re.search(r'"name":"token","value":"([0-9a-f]+)"', page.replace(' ', '')).group(1)
            login = client.post('/login', headers={'cookie': f'session={planted}'}, data={
                'username': 'admin', 'password': 'admin-rahasia-1', 'next': '/', 'token': token})
            assert (login.status_code, login.headers['location']) == (303, '/ganti-sandi')
            renewed = cookie_value(session_cookie(login))
            assert renewed != planted
            assert client.get('/ganti-sandi', headers={'cookie': f'session={renewed}'}).status_code == 200
            assert client.get('/ganti-sandi', headers={'cookie': f'session={planted}'}).status_code == 303
    finally:
        server.stop()
