"""Tortoise configuration and the start-up sequence: connect, apply migrations, seed."""
from __future__ import annotations

from pathlib import Path

import models
from core.config import ROOT

MIGRATIONS_DIR = ROOT / 'migrations'


def tortoise_config(database_url: str) -> dict:
    """The one Tortoise/aerich configuration, for any database URL."""
    if database_url.startswith('sqlite://'):
        Path(database_url.removeprefix('sqlite://')).parent.mkdir(parents=True, exist_ok=True)
    return {
        'connections': {'default': database_url},
        'apps': {
            'models': {
                'models': [*models.MODEL_MODULES, 'aerich.models'],
                'default_connection': 'default',
            },
        },
        'use_tz': True,
        'timezone': 'Asia/Jakarta',
    }
