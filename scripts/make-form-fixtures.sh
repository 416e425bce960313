#!/usr/bin/env bash
# Regenerates the checked-in .tianbao fixtures (tests/data/schema, tests/data/bad) with the
# current build. Run by hand after a format change; keep the old version's fixture forever.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T="$ROOT/build/app/tianbao"
DATA="$ROOT/tests/data"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# A filled form of the current format, kept as the fixture of its version.
f="$WORK/form.tianbao"
"$T" new "$f" --unit 乡村振兴学院 >/dev/null
"$T" set "$f" --attachment existing --seq 1 --field progress \
    --value "天冬组培快繁技术实现部分量产，为天润天冬企业节省成本30%。" >/dev/null
"$T" set "$f" --attachment existing --seq 1 --field plan --value "扩大天冬种苗生产规模。" >/dev/null
"$T" props "$f" --date 2023-12-26 --no-new-projects true >/dev/null
v=$(sqlite3 "$f" 'PRAGMA user_version')
mkdir -p "$DATA/schema" "$DATA/bad"
[ -f "$DATA/schema/v$v.tianbao" ] || cp "$f" "$DATA/schema/v$v.tianbao"

bad="$DATA/bad"
: > "$bad/empty.tianbao"
printf '成渝地区双城经济圈教育协同发展\n这不是数据库。\n' > "$bad/text.tianbao"
python3 -c "import random,sys; random.seed(7); sys.stdout.buffer.write(bytes(random.randrange(256) for _ in range(8192)))" > "$bad/random-bytes.tianbao"
rm -f "$bad/foreign-sqlite.tianbao"
sqlite3 "$bad/foreign-sqlite.tianbao" "CREATE TABLE contacts(name TEXT, phone TEXT); INSERT INTO contacts VALUES('闫雪莲','49891702');"
cp "$f" "$bad/newer-version.tianbao" && sqlite3 "$bad/newer-version.tianbao" "PRAGMA user_version = 99"
cp "$f" "$bad/missing-table.tianbao" && sqlite3 "$bad/missing-table.tianbao" "DROP TABLE cell_changes"
cp "$f" "$bad/missing-column.tianbao" && sqlite3 "$bad/missing-column.tianbao" "ALTER TABLE rows DROP COLUMN plan"
head -c 6000 "$f" > "$bad/truncated.tianbao"
# Pages overwritten in the middle: the header is intact, the b-trees are not.
cp "$f" "$bad/corrupt-pages.tianbao"
python3 - "$bad/corrupt-pages.tianbao" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, 'rb').read())
for page in range(1, len(b) // 4096):
    start = page * 4096
    b[start:start + 64] = b'\xa5' * 64
open(p, 'wb').write(bytes(b))
PY
# Bytes that are not UTF-8 in a cell (another program wrote them): shown with replacement
# characters, never a crash.
cp "$f" "$bad/invalid-utf8.tianbao"
sqlite3 "$bad/invalid-utf8.tianbao" \
    "UPDATE rows SET progress = CAST(x'e5a4a9ff80fe2dc3' || x'28e586ac' AS TEXT) WHERE rowid = (SELECT min(rowid) FROM rows)"
# A 10 MB cell (3.5 million 天): opens; the window shows the start and does not edit it in place.
cp "$f" "$bad/huge-cell.tianbao"
sqlite3 "$bad/huge-cell.tianbao" \
    "UPDATE rows SET content = replace(hex(zeroblob(1750000)), '0', '天') WHERE rowid = (SELECT min(rowid) FROM rows); VACUUM"
# A hot journal: a process killed in the middle of a transaction big enough to have spilled
# pages into the file. FILE and FILE-journal are a pair; opening rolls back to the last commit.
rm -f "$bad/hot-journal.tianbao" "$bad/hot-journal.tianbao-journal"
cp "$f" "$bad/hot-journal.tianbao"
python3 - "$bad/hot-journal.tianbao" <<'PY'
import os, signal, sqlite3, sys
pid = os.fork()
if pid == 0:  # the child is killed mid-transaction; the parent waits for it
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute('PRAGMA journal_mode = DELETE')
    db.execute('PRAGMA cache_size = 2')  # spill changed pages into the file before the commit
    db.execute('BEGIN')
    for i in range(40):
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ('junk%d' % i, 'x' * 3000))
    db.execute("UPDATE rows SET progress = 'NEVER COMMITTED'")
    os.kill(os.getpid(), signal.SIGKILL)
os.waitpid(pid, 0)
PY
[ -s "$bad/hot-journal.tianbao-journal" ] || { echo "no hot journal was left" >&2; exit 1; }
echo "fixtures written to $DATA"
