"""The xlsx writer's child process (exports/xlsx_process.py starts it): `python -m exports.xlsx_child SCRATCH`.

It answers the web process's requests, one at a time, until its stdin closes: a length of
xlsx_process.LENGTH bytes, then a pickle of (operation, arguments) — 'open' makes an
exports.xlsx_writer.Sheet, 'rows' writes a chunk of rows to it, 'close' finishes the file and renames
it into place — each answered with one JSON line, {"result": ...} or {"error": kind, "message": ...}.
A separate module from the pool so that running it does not import it a second time through the
package (exports/__init__.py imports the writer, which imports the pool).
"""
from __future__ import annotations

import json
import pickle
import sys
import tempfile

from exports.xlsx_process import LENGTH
from exports.xlsx_writer import Sheet


def serve(scratch: str) -> int:
    tempfile.tempdir = scratch   # xlsxwriter's temporary files: in the folder the web process removes with us
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sheet: Sheet | None = None
    while True:
        head = requests.read(LENGTH)
        if len(head) < LENGTH:
            return 0   # the web process closed our stdin, or ended
        operation, arguments = pickle.loads(requests.read(int.from_bytes(head, 'little')))
        try:
            if operation == 'open':
                sheet, result = Sheet(*arguments), 0
            elif operation == 'rows':
                result = sheet.write_rows(*arguments)
            elif operation == 'close':
                sheet.close(*arguments)
                sheet, result = None, 0
            else:
                raise ValueError(f'unknown request {operation!r}')
            answer = {'result': result}
        except Exception as error:   # noqa: BLE001 - every failure goes back to the web process
            kind = 'ValueError' if isinstance(error, ValueError) else 'OSError' if isinstance(error, OSError) \
                else type(error).__name__
            answer = {'error': kind, 'message': str(error)}
        answers.write(json.dumps(answer).encode() + b'\n')
        answers.flush()


if __name__ == '__main__':
    sys.exit(serve(sys.argv[1]))
