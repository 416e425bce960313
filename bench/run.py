#!/usr/bin/env python3
"""Tianbao's benchmark: runs whole processes of a Release build, prints one table of medians
(min–max beside) against the targets of issue 7, and writes it to bench/results.md.

Usage: bench/run.py BUILD_DIR [--quick]   (scripts/bench builds and calls this)
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUILD = Path(sys.argv[1]).resolve()
QUICK = '--quick' in sys.argv
ROOT = Path(__file__).resolve().parent.parent
TIANBAO = BUILD / 'app' / 'tianbao'
BENCH = BUILD / 'bench' / 'tianbao_bench'
MERGE_BENCH = BUILD / 'bench' / 'merge_bench'
LOAD = BUILD / 'bench' / 'tianbao_load'
WORK = Path(tempfile.mkdtemp(prefix='tianbao-bench-'))
ENV = dict(os.environ, QT_QPA_PLATFORM='offscreen', XDG_RUNTIME_DIR='/tmp/tianbao-xdg',
           HOME=str(WORK / 'home'), XDG_CACHE_HOME=str(WORK / 'home' / '.cache'))
GLYPH_CACHE = WORK / 'home' / '.cache' / 'tianbao' / 'pdf-glyphs'  # core/report/pdf/PdfGlyphCache
os.makedirs('/tmp/tianbao-xdg', exist_ok=True)

rows = []  # (what, median, low, high, unit, target text, ok or None)


def run(cmd, **kw):
    return subprocess.run([str(c) for c in cmd], env=ENV, check=True, capture_output=True,
                          text=True, **kw)


# Major page faults (pages read from the disk) of each process of the last timed() call. This
# machine's kernel pages out file pages unused for a few seconds (DAMON reclaim), so a process
# that follows a long phase of other work reads libraries and fonts back: printed beside the
# 13-row PDF's times, so that a reader can tell a slow run from a slow program.
MAJOR_FAULTS = []


def timed(cmd, repeat):
    """Wall time of a whole process in ms, `repeat` times; also the peak RSS in MB.

    The process is waited for with wait4, whose rusage gives its peak RSS: wrapped in
    /usr/bin/time instead, every figure also counted starting and ending `time` (5-8 ms)."""
    times, peak = [], 0
    MAJOR_FAULTS.clear()
    for _ in range(repeat):
        start = time.perf_counter()
        with subprocess.Popen([str(c) for c in cmd], env=ENV, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE) as process:
            stderr = process.stderr.read()
            _, status, usage = os.wait4(process.pid, 0)
            times.append((time.perf_counter() - start) * 1000)
            process.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait
        if process.returncode != 0:
            raise RuntimeError(f'{cmd} failed (exit {process.returncode}): '
                               f'{stderr[-500:].decode(errors="replace")}')
        peak = max(peak, usage.ru_maxrss // 1024)  # KB on Linux
        MAJOR_FAULTS.append(usage.ru_majflt)
    return times, peak


def record(what, times, target=None, unit='ms'):
    med = statistics.median(times)
    ok = None if target is None else med <= target
    rows.append((what, med, min(times), max(times), unit,
                 '' if target is None else f'≤ {target:g} {unit}', ok))
    print(f'{what:55} {med:10.1f} {unit}  ({min(times):.1f}–{max(times):.1f})', flush=True)
    return med


def record_value(what, value, unit, target=None, above=False):
    ok = None if target is None else (value >= target if above else value <= target)
    sign = '≥' if above else '≤'
    rows.append((what, value, value, value, unit,
                 '' if target is None else f'{sign} {target:g} {unit}', ok))
    print(f'{what:55} {value:10.1f} {unit}', flush=True)


def main():
    sizes = [13, 1000] if QUICK else [13, 1000, 10000]
    forms = {}
    for n in sizes:
        forms[n] = WORK / f'form-{n}.tianbao'
        run([BENCH, 'generate', forms[n], n])

    # Start to the window shown and filled.
    if (BUILD / 'app' / 'tianbao').exists():
        for n, target in ((13, 200), (sizes[-1], 500)):
            try:
                times = []
                for _ in range(5):
                    out = run([TIANBAO, '--startup-time', forms[n]]).stdout
                    times.append(float(out.strip().split()[-1]))
                record(f'start → window shown, {n} rows (first paint, in-process)', times, target)
            except (subprocess.CalledProcessError, ValueError, IndexError):
                print(f'start-up time for {n} rows: the app has no --startup-time yet')

    # One cell edit committed to the file.
    for n in (13, sizes[-1]):
        out = run([BENCH, 'edits', forms[n], 200 if QUICK else 1000]).stdout.split()
        median, p99 = float(out[1]), float(out[3])
        record_value(f'cell edit committed, {n} rows: median', median, 'ms', 2)
        record_value(f'cell edit committed, {n} rows: p99', p99, 'ms', 10)

    # The floor under every whole-process figure: start, make the (window-less) application,
    # print the version, exit. On a slow virtual machine this alone is tens of milliseconds.
    times, _ = timed([TIANBAO, '--version'], 9)
    record('start and exit, no work (tianbao --version)', times)

    # Exports as whole processes. A PDF export keeps the outlines of the glyphs it embeds in
    # the user's cache folder (core/report/pdf/PdfGlyphCache) and takes them from there the
    # next time, so the 13-row PDF is timed both ways: as the first export on this machine
    # (the glyph cache emptied; fontconfig's cache stays) and as any later one. The two runs
    # alternate, 15 of each: this machine's speed wanders for seconds at a time, and five runs
    # of one kind in a row could land in a slow spell the other missed.
    first, later, first_faults, later_faults = [], [], [], []
    for _ in range(15):
        shutil.rmtree(GLYPH_CACHE, ignore_errors=True)
        first += timed([TIANBAO, 'export', forms[13], '-o', WORK / 'out-13-first.pdf'], 1)[0]
        first_faults += MAJOR_FAULTS
        later += timed([TIANBAO, 'export', forms[13], '-o', WORK / 'out-13.pdf'], 1)[0]
        later_faults += MAJOR_FAULTS
    record('export PDF, 13 rows, first on this machine (empty glyph cache)', first, 100)
    ours_pdf = {13: record('export PDF, 13 rows, any later time (glyph cache filled)', later, 100)}
    record('  its major page faults (reads from the disk): first exports', first_faults,
           unit='faults')
    record('  its major page faults (reads from the disk): later exports', later_faults,
           unit='faults')
    for n in sizes:
        for fmt in ('docx', 'pdf', 'xlsx'):
            if n == 13 and fmt == 'pdf':
                continue  # above
            target = 100 if n == 13 else (10000 if fmt == 'pdf' else 2000) if n == 10000 else None
            times, peak = timed([TIANBAO, 'export', forms[n], '-o', WORK / f'out-{n}.{fmt}'],
                                5 if n < 10000 else 2)
            med = record(f'export {fmt.upper()}, {n} rows (whole process)', times, target)
            if fmt == 'pdf':
                ours_pdf[n] = med
            if n == sizes[-1]:
                record_value(f'peak RSS, export {fmt.upper()} {n} rows', peak, 'MB', 250)

    # LibreOffice turning our DOCX into PDF, side by side.
    soffice = shutil.which('soffice')
    if soffice:
        for n in (13, 1000):
            profile = WORK / f'lo-{n}'
            cmd = [soffice, f'-env:UserInstallation=file://{profile}', '--headless',
                   '--convert-to', 'pdf', '--outdir', WORK / 'lo', WORK / f'out-{n}.docx']
            run(cmd)  # first start creates the profile; not counted
            times, _ = timed(cmd, 3)
            med = record(f'LibreOffice DOCX → PDF, {n} rows (whole process)', times)
            record_value(f'our PDF export vs LibreOffice, {n} rows: × faster', med / ours_pdf[n],
                         '×', 10 if n == 13 else None, above=True)
    else:
        print('LibreOffice is not installed: no side-by-side figure')

    # Import a 1,000-row .docx (our own export of the 1,000-row form).
    times, _ = timed([TIANBAO, 'import', WORK / 'out-1000.docx', '-o', WORK / 'imported.tianbao'], 1)
    for _ in range(2):
        os.remove(WORK / 'imported.tianbao')
        more, _ = timed([TIANBAO, 'import', WORK / 'out-1000.docx', '-o', WORK / 'imported.tianbao'], 1)
        times += more
    record('import a 1,000-row .docx (whole process)', times)

    # Paging through the largest form in the window, and the window's peak memory meanwhile.
    if LOAD.exists():
        n = sizes[-1]
        result = subprocess.run(['/usr/bin/time', '-f', '%M', str(LOAD), 'scroll', str(forms[n])],
                                env=ENV, capture_output=True, text=True, check=True)
        found = re.search(r'median ([\d.]+) ms, p99 ([\d.]+) ms, longest ([\d.]+) ms',
                          result.stdout)
        record_value(f'page down in the window, {n} rows: median frame', float(found.group(1)), 'ms')
        record_value(f'page down in the window, {n} rows: p99 frame', float(found.group(2)), 'ms')
        peak = int(result.stderr.strip().splitlines()[-1]) // 1024
        record_value(f'peak RSS, window with {n} rows open (200 screens paged)', peak, 'MB', 250)

    # Print preview: the pages are laid out on a worker; the window should never stop turning.
    if LOAD.exists():
        for n in sorted({1000, sizes[-1]}):
            shown, every, pauses, peak = [], [], [], 0
            for _ in range(3 if n < 10000 else 1):
                result = subprocess.run(['/usr/bin/time', '-f', '%M', str(LOAD), 'preview',
                                         str(forms[n])], env=ENV, capture_output=True, text=True,
                                        check=True)
                found = re.search(r'preview shown (\d+) ms, all \d+ pages (\d+) ms, '
                                  r'longest pause (\d+) ms', result.stdout)
                shown.append(float(found.group(1)))
                every.append(float(found.group(2)))
                pauses.append(float(found.group(3)))
                peak = max(peak, int(result.stderr.strip().splitlines()[-1]) // 1024)
            record(f'print preview, {n} rows: first page shown (in-process)', shown)
            record(f'print preview, {n} rows: every page recorded', every)
            record(f'print preview, {n} rows: longest pause of the window', pauses)
            record_value(f'peak RSS, print preview of {n} rows', peak, 'MB', 250)

    # Merge 100 colleague files × 20 rows.
    if MERGE_BENCH.exists():
        out = run([MERGE_BENCH]).stdout
        print(out)
        for line in out.splitlines():
            found = re.match(r'merged 100 files: (\d+) ms', line)
            if found:
                record_value('merge 100 files × 20 rows', float(found.group(1)), 'ms', 2000)

    write_results()


def write_results():
    lines = ['# Benchmark results', '',
             f'Made by `scripts/bench` on {time.strftime("%Y-%m-%d %H:%M")}, '
             f'{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end (other '
             'work on the machine slows every figure, the synced edits most), Release build. '
             'Medians of whole processes unless said.',
             '', '| what | median | min–max | target | met |', '|---|---:|---:|---|---|']
    for what, med, low, high, unit, target, ok in rows:
        met = '' if ok is None else ('yes' if ok else '**no**')
        lines.append(f'| {what} | {med:.1f} {unit} | {low:.1f}–{high:.1f} | {target} | {met} |')
    history = ROOT / 'bench' / 'history.md'
    if history.exists():
        lines += ['', history.read_text(encoding='utf-8')]
    (ROOT / 'bench' / 'results.md').write_text('\n'.join(lines) + '\n', encoding='utf-8')
    print(f'\nwritten to {ROOT / "bench" / "results.md"}')


if __name__ == '__main__':  # importing it (to reuse timed()) must not run the benchmark
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
