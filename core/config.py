"""Configuration from environment variables, with safe defaults.

| variable         | default                          |
|------------------|----------------------------------|
| DATA_DIR         | ./data                           |
| DATABASE_URL     | sqlite://<DATA_DIR>/panel.sqlite3 |
| HOST             | 0.0.0.0                          |
| PORT             | 8080                             |
| STORAGE_SECRET   | generated once, kept in DATA_DIR/storage_secret |
| PUBLIC_URL       | http://<first LAN address>:<PORT> |

PUBLIC_URL is the address a citizen's phone opens from the QR code of a tanda terima (the SKM form,
core/skm_public.py), e.g. https://layanan.candipuro.go.id when nginx serves the panel to the
internet; without it the QR code points at this computer on the office LAN (a phone on the office
Wi-Fi reaches it, one on mobile data does not).
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    database_url: str
    host: str
    port: int
    public_url: str = ''

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith('sqlite')

    def storage_secret(self) -> str:
        """The secret that signs browser sessions: from the environment, else generated once and kept."""
        if env := os.environ.get('STORAGE_SECRET'):
            return env
        path = self.data_dir / 'storage_secret'
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48), encoding='utf-8')
            path.chmod(0o600)
        return path.read_text(encoding='utf-8').strip()


def load_settings() -> Settings:
    """Read the settings anew (tests change the environment between runs)."""
    data_dir = Path(os.environ.get('DATA_DIR') or ROOT / 'data').resolve()
    database_url = os.environ.get('DATABASE_URL') or f'sqlite://{data_dir / "panel.sqlite3"}'
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        host=os.environ.get('HOST', '0.0.0.0'),
        port=int(os.environ.get('PORT', '8080')),
        public_url=os.environ.get('PUBLIC_URL', '').strip().rstrip('/'),
    )


def lan_addresses() -> list[str]:
    """The IPv4 addresses of this computer's network cards: the URL colleagues type (main.py prints
    them), and the address a printed SKM link points at when PUBLIC_URL is not set."""
    import ifaddr
    return sorted({str(ip.ip) for adapter in ifaddr.get_adapters() for ip in adapter.ips
                   if ip.is_IPv4 and not str(ip.ip).startswith('127.')})
