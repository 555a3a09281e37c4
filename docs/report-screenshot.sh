#!/usr/bin/env bash
# Re-takes docs/report-screenshot.png, the README's picture of the report: the top 3000 px of the
# HTML page at 1280 px wide, in headless Chromium (Debian's package, installed here if missing).
# Run from the repository root after the README's report command, which writes the page;
# commit the report's stdout to bench/results/ with it, so the picture has its numbers.
set -euo pipefail
page=${1:-bench/target/poolson-report.html}
[[ -f $page ]] || { echo "no $page: run the README's report command first" >&2; exit 1; }
if ! command -v chromium >/dev/null; then
    apt-get install -y -q chromium >/dev/null
fi
# --no-sandbox: Chromium refuses to run its sandbox as root, which is who runs it in a container.
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,3000 \
    --screenshot="$PWD/docs/report-screenshot.png" "file://$(realpath "$page")" 2>/dev/null
echo "docs/report-screenshot.png from $page"
