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
echo "fixtures written to $DATA"
