#!/usr/bin/env bash
# Smoke test of a jpackage app image: the bundled runtime must carry every JDK module the app needs at run time
# (a missing one, e.g. jdk.zipfs for reading the templates out of the jar, only shows when the image runs).
# Usage: installers/smoke-test.sh IMAGE_DIR DESIGNS_DIR
set -euo pipefail
image=$1; designs=$2
baton="$image/bin/baton"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

echo "smoke: $baton --version"; "$baton" --version
echo "smoke: validate the samples"; "$baton" validate "$designs"/*.baton.json > "$work/validate.txt"
tail -1 "$work/validate.txt"
echo "smoke: run a sample headless"
"$baton" run "$designs/research-pipeline.baton.json" --db "$work/trace" > "$work/run.txt" 2>&1 || { cat "$work/run.txt"; exit 1; }
head -1 "$work/run.txt"
if command -v xvfb-run > /dev/null; then
  echo "smoke: open the designer under Xvfb and take a screenshot"
  # HOME is redirected so the smoke test never restores or writes the user's own recovery files.
  HOME="$work" timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$baton" "$designs/support-handoff.baton.json" \
      --screenshot="$work/designer.png"
  test -s "$work/designer.png" || { echo "smoke: no screenshot written"; exit 1; }
  echo "smoke: screenshot $(stat -c %s "$work/designer.png") bytes"
else
  echo "smoke: xvfb-run not installed, designer start not checked"
fi
echo "smoke: ok"
