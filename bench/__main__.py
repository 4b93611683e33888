"""Run the benchmarks: `python -m bench` (10k/100k/1M rows), `python -m bench --quick` (small sizes).

    python -m bench [--quick] [--profile] [--only grid,browser,export,import,concurrency,startup,rekap,added_column,filter_page,during_export]

Each figure is a ratio to the raw library measured in the same run; the table printed at the end is
what README.md's "Benchmarks" section holds.
"""
from __future__ import annotations

import argparse
import asyncio
import sys

from bench.common import Report, machine, now_text

ALL = ('grid', 'browser', 'export', 'import', 'concurrency', 'startup', 'rekap', 'added_column', 'filter_page', 'during_export')


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog='python -m bench', description=__doc__.splitlines()[0])
    parser.add_argument('--quick', action='store_true', help='small sizes only (no 1M-row runs)')
    parser.add_argument('--only', default=','.join(ALL), help='comma-separated: ' + ', '.join(ALL))
    parser.add_argument('--profile', action='store_true',
                        help='browser: also break each action into its parts (bench/browser_profile.py)')
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(',') if name.strip()]
    unknown = set(chosen) - set(ALL)
    if unknown:
        parser.error(f'unknown benchmark(s): {", ".join(sorted(unknown))}')
    report = Report()
    print(f'Machine: {machine()}\nDate: {now_text()}\nMode: {"quick" if args.quick else "full"}', flush=True)
    if 'grid' in chosen:
        from bench import grid
        asyncio.run(grid.run(report, [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000],
                             repeat=31 if args.quick else 101))   # a page costs milliseconds: many samples
    if 'browser' in chosen:
        from bench import browser_grid
        browser_grid.run(report, [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000],
                         repeat=3 if args.quick else 5, profile=args.profile)
    if 'export' in chosen:
        from bench import export
        export.run(report, [20_000] if args.quick else [100_000, 1_000_000])
    if 'import' in chosen:
        from bench import importing
        importing.run(report, 20_000 if args.quick else 100_000)
    if 'concurrency' in chosen:
        from bench import concurrency
        concurrency.run(report, users=50, operations=6 if args.quick else 12)
    if 'startup' in chosen:
        from bench import startup
        startup.run(report, repeat=3 if args.quick else 5)
    if 'rekap' in chosen:
        from bench import rekap
        asyncio.run(rekap.run(report, [10_000, 100_000] if args.quick else [100_000, 1_000_000],
                              repeat=7 if args.quick else 11))
    if 'added_column' in chosen:
        from bench import added_column
        asyncio.run(added_column.run(report, [10_000, 100_000] if args.quick else [100_000, 1_000_000],
                                     repeat=21 if args.quick else 51))
    if 'filter_page' in chosen:
        from bench import filter_page
        asyncio.run(filter_page.run(report, [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000],
                                    repeat=11 if args.quick else 21))
    if 'during_export' in chosen:
        from bench import during_export
        asyncio.run(during_export.run(report, 20_000 if args.quick else 100_000, rounds=2 if args.quick else 3))
    print('\n' + report.table())
    return 0


if __name__ == '__main__':
    sys.exit(main())
