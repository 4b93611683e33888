"""The headers of an office's own file that are not the table's labels ('Tgl Survei', 'L/P', 'Umur',
'U1'): each is mapped to a field, or skipped. The reader keeps such a column under
core.import_sheet.UNMAPPED; here it gets its field from the mapping the person chose, or the import
asks (MappingNeeded) with a suggestion for each header: the closest field by label, by name, or by
a common abbreviation. What a person chose is remembered per table and per person
(core.preferences), so the next file with the same headers is read without asking.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from core import preferences
from core.access import Actor
from core.import_cells import shown_cell
from core.import_policy import accepted_labels, importable_fields, may_import
from core.import_sheet import UNMAPPED, ImportFileError, Table, normalize_label
from forms.fields import kind_of
from locales import t
from models.table import TableSpec

Mapping = dict[str, str | None]     # header as written → the field it is read into, or None: skipped

SUGGEST_FROM = 0.72                 # a field less alike than this is not suggested
SAMPLES = 3                         # values shown under a header in the mapping step

# Words written short in office files, as the words of our labels and names say them.
ABBREVIATIONS = {'tgl': 'tanggal', 'tg': 'tanggal', 'no': 'nomor', 'nmr': 'nomor', 'thn': 'tahun', 'th': 'tahun',
                 'jml': 'jumlah', 'jmlh': 'jumlah', 'ket': 'keterangan', 'pend': 'pendidikan', 'pddk': 'pendidikan',
                 'pek': 'pekerjaan', 'pkj': 'pekerjaan', 'umur': 'usia', 'nm': 'nama', 'almt': 'alamat',
                 'jns': 'jenis', 'ds': 'desa', 'gol': 'golongan', 'jab': 'jabatan', 'lamp': 'lampiran',
                 'hal': 'perihal'}
# Whole headers (their words after ABBREVIATIONS, joined by '_') that name a field in other words,
# with the fields they may mean, the likelier first.
SYNONYMS = {'l_p': ('jenis_kelamin',), 'p_l': ('jenis_kelamin',), 'lp': ('jenis_kelamin',),
            'jk': ('jenis_kelamin',), 'kelamin': ('jenis_kelamin',), 'gender': ('jenis_kelamin',),
            'nomor': ('nomor', 'nomor_urut', 'no_agenda', 'no_registrasi'),
            'nomor_urut': ('nomor_urut', 'nomor'), 'pengirim': ('asal_surat',), 'dari': ('asal_surat', 'dari_jabatan')}


@dataclass
class HeaderChoice:
    """One header of the file as the mapping step shows it."""
    header: str                     # as written in the file
    field: str | None               # the field it is read into (its label's, remembered, suggested), or None
    labelled: bool                  # the header is that field's own label: not asked
    remembered: bool                # the field comes from the person's earlier choice
    samples: list[str]              # its first values, as the preview shows them


class MappingNeeded(ImportFileError):
    """Headers that are not the table's labels and that no mapping covers (or a mapping that cannot
    be used): the import dialog asks, starting from `headers`' fields. Its message says why."""

    def __init__(self, message: str, headers: list[HeaderChoice]) -> None:
        super().__init__(message)
        self.headers = headers


def map_columns(spec: TableSpec, table: Table, mapping: Mapping | None = None, *,
                ask: bool = False) -> tuple[Table, list[tuple[str, str | None]]]:
    """The table with every column under its field name (skipped columns left out), and the
    (header, field or None) of each header that was not a label, as the preview shows them.

    Raises MappingNeeded when a header is not a label and `mapping` (header → field or None, headers
    compared as labels are) does not say what it is, when two columns would fill one field, or
    when `ask` (the person wants to change the mapping). A file where no header is a label and
    none is like a field is refused as having no header row."""
    given = _normalized(spec, mapping)
    unmapped = [header for key, header in table.columns if key == UNMAPPED]
    if not unmapped and not ask:
        return table, []
    missing = [header for header in unmapped if normalize_label(header) not in given]
    if missing or ask:
        headers = header_choices(spec, table, given)
        if missing and not any(choice.field for choice in headers):
            raise ImportFileError(t('impor.berkas.tanpa_judul', dikenal=_known(spec)))
        raise MappingNeeded('' if ask else t('impor.berkas.kolom_asing', kolom=', '.join(missing),
                                             dikenal=_known(spec)), headers)
    names = [key if key != UNMAPPED else given[normalize_label(header)] for key, header in table.columns]
    if clash := _clash(spec, names, table.columns):
        raise MappingNeeded(clash, header_choices(spec, table, given))
    kept = [index for index, name in enumerate(names) if name is not None]
    mapped = [(header, names[index]) for index, (key, header) in enumerate(table.columns) if key == UNMAPPED]
    return Table(table.header_row, [(names[index], table.columns[index][1]) for index in kept],
                 [(number, [cells[index] for index in kept]) for number, cells in table.rows]), mapped


def check_mapping(spec: TableSpec, mapping: Mapping, labelled: dict[str, str] | None = None) -> str | None:
    """Why a mapping chosen in the dialog cannot be used (a field that is not importable, two headers
    into one field, one of them maybe a label's header in `labelled`, header → field), or None."""
    fields = set(importable_fields(spec))
    for header, name in mapping.items():
        if name is not None and name not in fields:
            return t('impor.pemetaan.isian_asing', kolom=header)
    columns = [*(labelled or {}).items(), *mapping.items()]
    return _clash(spec, [name for _, name in columns], [(name or '', header) for header, name in columns])


def _clash(spec: TableSpec, names: list[str | None], columns: list[tuple[str, str]]) -> str | None:
    headers_of: dict[str, list[str]] = {}
    for name, (_, header) in zip(names, columns):
        if name is not None:
            headers_of.setdefault(name, []).append(header)
    for name, headers in headers_of.items():
        if len(headers) > 1:
            return t('impor.pemetaan.ganda', kolom=', '.join(f'"{header}"' for header in headers),
                     isian=spec.label_of(name))
    return None


def header_choices(spec: TableSpec, table: Table, given: Mapping) -> list[HeaderChoice]:
    """Every header of the file with the field it goes to: its label's, the one `given`, or the
    suggestion; a field is suggested for one header at most, and not for one a label already fills."""
    taken = {key for key, _ in table.columns if key != UNMAPPED}
    taken |= {name for header, name in given.items() if name is not None}
    open_headers = [header for key, header in table.columns if key == UNMAPPED and normalize_label(header) not in given]
    suggested = suggest(spec, open_headers, taken)
    choices = []
    for index, (key, header) in enumerate(table.columns):
        samples: list[str] = []
        for _, cells in table.rows:
            if cells[index] is not None and (shown := shown_cell(cells[index])) not in samples:
                samples.append(shown)
                if len(samples) == SAMPLES:
                    break
        label = normalize_label(header)
        if key != UNMAPPED:
            choices.append(HeaderChoice(header, key, True, False, samples))
        elif label in given:
            choices.append(HeaderChoice(header, given[label], False, True, samples))
        else:
            choices.append(HeaderChoice(header, suggested.get(header), False, False, samples))
    return choices


def suggest(spec: TableSpec, headers: list[str], taken: set[str] = frozenset()) -> dict[str, str | None]:
    """The closest importable field for each header (None when none is alike enough), each field
    for one header at most and none of `taken`: the best fits are given first."""
    fields = [name for name in importable_fields(spec) if name not in taken]
    scored = sorted(((score, -h, -f, header, name)
                     for h, header in enumerate(headers) for f, name in enumerate(fields)
                     if (score := likeness(spec, header, name)) >= SUGGEST_FROM), reverse=True)
    found: dict[str, str | None] = dict.fromkeys(headers)
    used: set[str] = set()
    for _, _, _, header, name in scored:
        if found[header] is None and name not in used:
            found[header] = name
            used.add(name)
    return found


def likeness(spec: TableSpec, header: str, name: str) -> float:
    """How alike a header and a field are, from 0 to 1: near 1 for its label or name (abbreviations
    written out) or a synonym, then by the likeness of their words; a header starting with
    'Tgl'/'Tanggal' is only like a date field, and like the table's only one whatever follows."""
    words = _words(header)
    if not words:
        return 0.0
    synonyms = SYNONYMS.get('_'.join(words), ())
    if name in synonyms:
        return 1.0 - 0.01 * synonyms.index(name)
    label = spec.label_of(name)
    forms = [_words(label), _words(re.sub(r'\(.*?\)', ' ', label)), _words(name)]
    for exact, form in zip((1.0, .98, .97), forms):   # what people see first: the label
        if words == form:
            return exact
    is_date = kind_of(spec.field(name)).name in ('date', 'datetime')
    if words[0] == 'tanggal' and not is_date:
        return 0.0
    text = ' '.join(words)
    score = max(SequenceMatcher(None, text, ' '.join(form)).ratio() for form in forms if form)
    if any(form and (form[:len(words)] == words or words[:len(form)] == form) for form in forms):
        score = max(score, .85)
    if words[0] == 'tanggal' and is_date:   # the table's date field, or of its date fields the one named alike
        dates = [other for other in importable_fields(spec) if kind_of(spec.field(other)).name in ('date', 'datetime')]
        rest = ' '.join(words[1:])
        score = max(score, (.8 if len(dates) == 1 else .6) + .2 * max(
            SequenceMatcher(None, rest, ' '.join(form[1:])).ratio() for form in forms if form))
    return score


def _words(text: str) -> list[str]:
    words = re.sub(r'[^\w]+|_', ' ', str(text).casefold()).split()
    return [ABBREVIATIONS.get(word, word) for word in words]


def _normalized(spec: TableSpec, mapping: Mapping | None) -> Mapping:
    """A mapping with its headers compared as labels are, and without fields the file cannot fill."""
    fields = set(importable_fields(spec))
    return {normalize_label(header): name for header, name in (mapping or {}).items()
            if isinstance(header, str) and (name is None or name in fields)}


def _known(spec: TableSpec) -> str:
    return t('impor.berkas.kolom_dikenal', kolom=', '.join(label for label, name in accepted_labels(spec).items()
                                                         if name is not None))


async def remembered_mapping(actor: Actor, spec: TableSpec) -> Mapping:
    """What this person mapped the headers of their files of this table to, header → field or None."""
    fields = set(importable_fields(spec))
    return {header: name for header, name in (await preferences.import_mapping(actor, spec)).items()
            if name is None or name in fields}


async def remember_mapping(actor: Actor, spec: TableSpec, mapping: Mapping) -> None:
    """Keep a mapping the person chose (added to what they chose before, a header's newest choice
    winning), for whoever may import into the table."""
    if not may_import(actor, spec) or check_mapping(spec, mapping) is not None:
        return
    await preferences.save_import_mapping(actor, spec, {normalize_label(header): name
                                                        for header, name in mapping.items()})


def labelled_columns(headers: list[HeaderChoice]) -> dict[str, str]:
    """header → field of the headers that are labels (the mapping step shows them, fixed)."""
    return {choice.header: choice.field for choice in headers if choice.labelled and choice.field}
