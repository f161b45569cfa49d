#!/usr/bin/env bash
# Build the one-folder Linux bundle with PyInstaller and smoke-test it: the bundled program
# creates a demo database, writes a portfolio PDF and a module handbook, and opens its window
# (offscreen) until the dashboard has loaded.
#   bash packaging/build-linux.sh        (after tests/run.sh, or with the project in .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
# Desktop metadata first: it is cheap and the bundle ships it.
need=()
command -v appstreamcli >/dev/null || need+=(appstream)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
appstreamcli validate --no-net packaging/org.itepad.itepad.metainfo.xml
desktop-file-validate packaging/org.itepad.itepad.desktop

[ -x .venv/bin/python ] || { python3 -m venv .venv && .venv/bin/pip install -q -e .; }
.venv/bin/python -m pip install -q 'pyinstaller>=6.10'
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work packaging/itepad.spec
app=build/dist/itepad/itepad
echo "== bundle: $(du -sh build/dist/itepad | cut -f1)"

smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
export HOME="$smoke/home" XDG_DATA_HOME="$smoke/data" XDG_CONFIG_HOME="$smoke/config"
export QT_QPA_PLATFORM=offscreen
db="$smoke/demo.sqlite"
"$app" --db "$db" demo --students 40
email=$("$app" --db "$db" list students | head -n 1 | cut -f1)
"$app" --db "$db" portfolio --student "$email" --out "$smoke/portfolio.pdf"
module=$("$app" --db "$db" list modules | head -n 1 | cut -f1)
"$app" --db "$db" report module-handbook --module "$module" --out "$smoke/handbook.pdf"
"$app" list templates >/dev/null
# A review copy (form fields) and a report built on the newer parts of the engine.
"$app" --db "$db" portfolio --student "$email" --review --out "$smoke/review.pdf"
cohort=$("$app" --db "$db" list cohorts | head -n 1 | cut -f1)
"$app" --db "$db" report cohort-participation --cohort "$cohort" --out "$smoke/cohort.pdf"
head -c 4 "$smoke/review.pdf" | grep -q '%PDF'
head -c 4 "$smoke/cohort.pdf" | grep -q '%PDF'
# What the app finds as files in the bundle: translations and the user guide.
bundle=build/dist/itepad/_internal
for file in resources/translations/itepad_de.qm resources/translations/itepad_uk.qm \
    docs/user-guide/index.md; do
  [ -f "$bundle/$file" ] || { echo "missing from the bundle: $file" >&2; exit 1; }
done
head -c 4 "$smoke/portfolio.pdf" | grep -q '%PDF'
head -c 4 "$smoke/handbook.pdf" | grep -q '%PDF'
if command -v pdffonts >/dev/null; then
  # Every font embedded: the bundle found its fonts.
  ! pdffonts "$smoke/portfolio.pdf" | tail -n +3 | awk '{print $(NF-4)}' | grep -q no
fi
ITEPAD_EXIT_AFTER_SHOW=1 timeout 60 "$app" --db "$db" | grep -q "data loaded"
"$app" --db "$smoke/fresh.sqlite" list cohorts  # migrations run from the bundle
echo "== bundle smoke test passed"
