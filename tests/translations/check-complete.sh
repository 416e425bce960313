#!/usr/bin/env bash
# Every user-facing text of core, ui and app has a Chinese translation: runs lupdate on the
# sources into a scratch .ts and checks it against resources/translations/zh_CN.py.
set -euo pipefail
ROOT=$1
LUPDATE=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$LUPDATE" -silent -locations none -no-obsolete "$ROOT/core" "$ROOT/ui" "$ROOT/app" \
    -ts "$scratch/check_zh_CN.ts" >/dev/null 2>&1
python3 "$ROOT/resources/translations/fill_ts.py" --check "$scratch/check_zh_CN.ts"
echo "1 passed, 0 failed"
