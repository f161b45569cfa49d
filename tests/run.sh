#!/usr/bin/env bash
# Install everything the tests need and run them: ruff, mypy, then pytest with a real
# PostgreSQL server on 127.0.0.1 and Qt offscreen. Exits non-zero when anything fails.
#   bash tests/run.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: PostgreSQL server, Qt's runtime libraries, qpdf and poppler for PDF checks.
apt_packages=(postgresql qpdf poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
missing=()
for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The project and its test tools in a virtual environment of its own.
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

# One command a line: under `set -e` a failure before `&&` would not stop the script.
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"; .venv/bin/mypy
echo "== translations"; .venv/bin/python packaging/update_translations.py --check

pg_dir="${TMPDIR:-/tmp}/itepad-test-pg"
ITEPAD_TEST_POSTGRES_URL=$(bash tests/postgres.sh start "$pg_dir")
trap 'bash tests/postgres.sh stop "$pg_dir"' EXIT
export ITEPAD_TEST_POSTGRES_URL QT_QPA_PLATFORM=offscreen
echo "== pytest"; .venv/bin/pytest "$@"
