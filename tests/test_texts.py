"""The interface texts live in one catalogue (locales/<language>/*.toml, read by locales).

Checked here, by reading the source: every key the code asks for exists, every key in the
catalogue is asked for, a translation keeps each text's placeholders, and no module writes
interface text of its own (a text in a ui call, or Indonesian prose in a string).
"""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import locales as texts
from locales import LOCALES_DIR, SOURCE_LANGUAGE, catalogue, t

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ('core', 'pages', 'forms', 'exports', 'models', 'demo')
# Data, not interface: the Peta Proses Bisnis, seeded reference rows and the demo records (all of demo/).
DATA_MODULES = {'models/process_map.py', 'core/seed.py', *(f'demo/{p.name}' for p in (ROOT / 'demo').glob('*.py'))}


def source_modules(with_data: bool = False) -> list[Path]:
    """The app's modules; with_data: also those holding data (they ask for keys too)."""
    files = [ROOT / 'main.py']
    for folder in SOURCE_DIRS:
        files += sorted((ROOT / folder).rglob('*.py'))   # packages too (core/listing/)
    return [f for f in files if with_data or f.relative_to(ROOT).as_posix() not in DATA_MODULES]


def _key_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == 't' and node.args:
            yield node.args[0]


def _key_arguments(arg: ast.AST):
    """The key expressions of one t() call: the argument, or both branches of `'a' if x else 'b'`."""
    if isinstance(arg, ast.IfExp):
        yield from _key_arguments(arg.body)
        yield from _key_arguments(arg.orelse)
    else:
        yield arg


def used_keys() -> tuple[set[str], set[str]]:
    """Keys written out in `t('...')` calls, and the fixed beginnings of keys built in f-strings."""
    literal, prefixes = set(), set()
    for path in source_modules(with_data=True):
        for call_argument in _key_calls(ast.parse(path.read_text())):
            for arg in _key_arguments(call_argument):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    literal.add(arg.value)
                elif isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
                    prefixes.add(arg.values[0].value)
    return literal, prefixes


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_key_the_code_uses_exists():
    literal, prefixes = used_keys()
    known = catalogue(SOURCE_LANGUAGE)
    assert sorted(literal - known.keys()) == []
    assert sorted(p for p in prefixes if not any(k.startswith(p) for k in known)) == []


def test_every_key_in_the_catalogue_is_used():
    literal, prefixes = used_keys()
    unused = [k for k in catalogue(SOURCE_LANGUAGE) if k not in literal and not k.startswith(tuple(prefixes))]
    assert unused == []


@pytest.mark.parametrize('code', sorted(p.name for p in LOCALES_DIR.iterdir() if p.is_dir()))
def test_each_language_keeps_the_placeholders_and_keys(code):
    source, other = catalogue(SOURCE_LANGUAGE), catalogue(code)
    assert sorted(other.keys() - source.keys()) == [], 'keys that Indonesian does not have'
    assert {k: placeholders(v) for k, v in other.items()} == {k: placeholders(source[k]) for k in other}


def test_another_language_is_used_when_chosen_and_indonesian_fills_the_gaps(tmp_path, monkeypatch):
    (tmp_path / 'id').mkdir()
    (tmp_path / 'id' / 'common.toml').write_text('simpan = "Simpan"\nhapus = "Hapus {n} baris"\n')
    (tmp_path / 'en').mkdir()
    (tmp_path / 'en' / 'common.toml').write_text('hapus = "Delete {n} rows"\n')
    monkeypatch.setattr(texts, 'LOCALES_DIR', tmp_path)
    texts.catalogue.cache_clear()
    try:
        monkeypatch.setenv('PANEL_LANGUAGE', 'en')
        assert t('common.hapus', n=3) == 'Delete 3 rows'
        assert t('common.simpan') == 'Simpan'
        with pytest.raises(KeyError):
            t('common.tidak_ada')
    finally:
        texts.catalogue.cache_clear()


# --- no interface text outside the catalogue ----------------------------------------------------

# Calls whose first argument is text a person reads, and keyword arguments that are.
TEXT_CALLS = {'label', 'button', 'notify', 'tooltip', 'link', 'tab', 'markdown', 'input', 'select',
              'checkbox', 'switch', 'item_label', 'menu_item', 'expansion', 'radio', 'number',
              'textarea', 'upload', 'chip', 'badge', 'toggle', 'date', 'time', 'step', 'print', 'echo'}
TEXT_KEYWORDS = {'label', 'placeholder', 'title', 'text', 'message', 'hint', 'caption', 'suffix', 'prefix',
                 'header', 'heading', 'headerName', 'help'}
# Exempt: how things look (Quasar/Tailwind classes, props, styles), not what they say.
STYLE_CALLS = {'classes', 'props', 'style', 'tailwind', 'default_props', 'default_classes', 'default_style',
               'mark', 'run_javascript', 'add_head_html', 'add_body_html', 'add_css', 'getenv', 'get',
               'execute_query', 'execute_script', 'info', 'debug', 'warning', 'error', 'exception'}
INDONESIAN = re.compile(
    r'\b(yang|dan|tidak|atau|untuk|dengan|belum|sudah|harus|akan|dari|ini|itu|pada|oleh|tanpa|baris|'
    r'anda|silakan|gagal|berhasil|disimpan|dihapus|diubah|kata sandi|pengguna|peran|simpan|batal|hapus|'
    r'ubah|tambah|tutup|unduh|cari|pilih|wajib|boleh|dapat|bisa|sedang|masuk|keluar|kembali|halaman|'
    r'tabel|kolom|tampilan|terapkan|pulihkan|riwayat|sampah|cadangan|laporan|ekspor|impor|templat|'
    r'berhak|belum ada|sebelum|sesudah|setelah|isi|isian|diisi|lebih|kurang|sama|salah|benar|ganti|'
    r'menit|detik|jam|hari|minggu|per|lewat|batas waktu|nama|nomor|tanggal|jumlah|tahun|bulan)\b', re.IGNORECASE)
IDENTIFIER = re.compile(r'^[a-z0-9_.:/\-#%{}\[\]]*$')


def _is_text(value: str) -> bool:
    return any(c.isalpha() for c in value) and not IDENTIFIER.match(value)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _exempt_nodes(tree: ast.AST) -> set[int]:
    """Strings that are data or looks: docstrings, style calls, keys, table/field descriptions
    declared with the models, choice values of enums, SQL."""
    exempt = _docstrings(tree)

    def cover(node: ast.AST) -> None:
        exempt.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, 'id', '')
            if name in STYLE_CALLS or name == 't':      # their arguments, not the call they hang on
                for argument in (*node.args, *(k.value for k in node.keywords)):
                    cover(argument)
            for keyword in node.keywords:
                if keyword.arg in {'description', 'label_field', 'icon', 'color', 'type', 'position'}:
                    cover(keyword.value)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for decorator in node.decorator_list:      # @table(label=..., ...): the table's description
                cover(decorator)
            if isinstance(node, ast.ClassDef) and any(getattr(b, 'attr', getattr(b, 'id', '')) == 'Enum'
                                                      for b in node.bases):
                cover(node)                             # stored choice values are data
        elif isinstance(node, ast.Assign) and any(getattr(x, 'id', '') == 'table_description' for x in node.targets):
            cover(node.value)                           # a comment on the database table
        elif isinstance(node, ast.Subscript):
            cover(node.slice)
        elif isinstance(node, ast.Compare):
            cover(node)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                re.match(r'\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|WITH|PRAGMA)\b', node.value):
            exempt.add(id(node))
    return exempt


def interface_literals(path: Path, root: Path = ROOT) -> list[str]:
    """Texts in `path` that a person reads but that do not come from the catalogue."""
    tree = ast.parse(path.read_text())
    exempt = _exempt_nodes(tree)
    found = []

    def strings(node: ast.AST):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node, node.value
        elif isinstance(node, ast.JoinedStr):
            for part in node.values:
                if isinstance(part, ast.Constant):
                    yield part, part.value

    def flag(node: ast.AST, text: str) -> None:
        if id(node) not in exempt:
            found.append(f'{path.relative_to(root)}:{node.lineno}: {text!r}')

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, 'id', '')
            candidates = [*node.args[:1]] if name in TEXT_CALLS else []
            candidates += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            for candidate in candidates:
                for part, text in strings(candidate):
                    if _is_text(text):
                        flag(part, text)
    for node in ast.walk(tree):
        for part, text in strings(node):
            if INDONESIAN.search(text) and _is_text(text) and not any(text in f for f in found):
                flag(part, text)
    return sorted(set(found))


@pytest.mark.parametrize('path', source_modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_interface_text_outside_the_catalogue(path):
    assert interface_literals(path) == []


def test_the_check_finds_texts_written_in_place(tmp_path):
    module = tmp_path / 'page.py'
    module.write_text(
        '"""Docstrings are fine."""\n'
        'from nicegui import ui\n'
        'class Status(Enum):\n    SELESAI = "Selesai diproses"\n'
        'def page(n):\n'
        '    ui.button("Simpan")\n'
        '    ui.notify(f"{n} baris disimpan.")\n'
        '    ui.label(t("common.simpan")).classes("text-h6 q-mt-sm")\n'
        '    errors = {"nama": "Nama wajib diisi."}\n'
        '    return "SELECT id FROM tabel WHERE nama = ?"\n')
    found = [line.split(': ', 1)[1] for line in interface_literals(module, tmp_path)]
    assert found == ["'Simpan'", "' baris disimpan.'", "'Nama wajib diisi.'"]


# One term, one meaning: words a clerk would not use, and the word the panel uses instead.
PREFERRED = {'login': 'masuk', 'log in': 'masuk', 'logout': 'keluar', 'default': 'bawaan', 'record': 'data/baris',
             'field': 'isian/kolom', 'user': 'pengguna', 'username': 'nama pengguna', 'password': 'kata sandi',
             'upload': 'unggah', 'download': 'unduh', 'error': 'kesalahan', 'galat': 'bermasalah', 'null': '(kosong)',
             'database': 'basis data', 'restart': 'mulai ulang', 'sandi': 'kata sandi'}


def test_the_catalogue_says_one_thing_one_way():
    wrong = re.compile(r'(?<!kata )\b(' + '|'.join(map(re.escape, PREFERRED)) + r')\b', re.IGNORECASE)
    found = [f'{key}: {match.group(0)!r} → {PREFERRED[match.group(0).lower()]!r}'
             for key, text in catalogue(SOURCE_LANGUAGE).items()
             for match in wrong.finditer(re.sub(r'\{\w*\}', '', text))]
    assert found == []
