"""The words of the interface, kept in one catalogue per language: locales/<language>/*.toml.

The lowest layer of the code: every other layer may ask it for a text (docs/design.md §Architecture).

Every text a person reads (labels, buttons, messages, console output, Excel headings) is looked
up by key with `t('file.key', name=value)`: the part before the first dot names the TOML file,
the rest its key, and `{name}` placeholders are filled with str.format. Indonesian (`id`) is the
source and the fallback; another language is added by copying locales/id to locales/<code>,
translating the values and setting PANEL_LANGUAGE=<code>. tests/test_texts.py checks that every
key used in the code exists, that every key is used, and that a translation keeps the
placeholders.

Not in the catalogue, because they are data rather than interface: the Peta Proses Bisnis
(process names), table and field labels defined once with the models, stored choice values, the
seed and the demo data.
"""
from __future__ import annotations

import os
import tomllib
from functools import cache
from pathlib import Path

LOCALES_DIR = Path(__file__).resolve().parent
SOURCE_LANGUAGE = 'id'


def language() -> str:
    return os.environ.get('PANEL_LANGUAGE', SOURCE_LANGUAGE)


@cache
def catalogue(code: str) -> dict[str, str]:
    """All texts of one language, keyed 'file.key' (nested TOML tables join with dots)."""
    texts: dict[str, str] = {}
    folder = LOCALES_DIR / code
    for path in sorted(folder.glob('*.toml')):
        with path.open('rb') as handle:
            _flatten(path.stem, tomllib.load(handle), texts)
    return texts


def _flatten(prefix: str, table: dict, into: dict[str, str]) -> None:
    for key, value in table.items():
        if isinstance(value, dict):
            _flatten(f'{prefix}.{key}', value, into)
        else:
            into[f'{prefix}.{key}'] = str(value)


def t(key: str, /, **values: object) -> str:
    """The text for `key` in the chosen language (Indonesian when it has no translation)."""
    text = catalogue(language()).get(key)
    if text is None:
        text = catalogue(SOURCE_LANGUAGE)[key]   # an unknown key fails loudly
    return text.format(**values) if values else text
