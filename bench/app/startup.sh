#!/usr/bin/env bash
# Start-up benchmark of the desktop app under Xvfb (real GL through Mesa): time from process start
# to the first frame showing the bundled banks, and resident memory then. Prints one JSON object.
#   bench/app/startup.sh [APP] [RUNS]     (default: build/release/bin/certdrill-app, 7 runs)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/build/release/bin/certdrill-app}"
runs="${2:-7}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$app" --data-dir "$data" --help >/dev/null # the data folder exists before timing
results=()
for _ in $(seq "$runs"); do
    results+=("$(xvfb-run -a -s "-screen 0 1280x800x24" "$app" --data-dir "$data" --measure-startup 2>/dev/null | tail -1)")
done
printf '%s\n' "${results[@]}" | python3 -c '
import json, statistics, sys
runs = [json.loads(line) for line in sys.stdin if line.strip()]
ms = [r["startup_ms"] for r in runs]
rss = [r["rss_mb"] for r in runs]
print(json.dumps({
    "benchmark": "app-startup", "platform": "xvfb", "runs": len(runs),
    "startup_ms": {"median": statistics.median(ms), "min": min(ms), "max": max(ms)},
    "rss_mb": {"median": statistics.median(rss), "max": max(rss)},
    "questions_loaded": runs[-1]["questions_loaded"],
    "targets": {"startup_ms": 1000, "rss_mb": 200},
    "meets_targets": statistics.median(ms) < 1000 and max(rss) < 200}, indent=2))'
