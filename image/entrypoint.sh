#!/bin/sh
# The image's command: the conformance suite against the engine whose socket is mounted, with
# the reports in $REPORTS (mount a folder there): summary.json, junit.xml, allure-results/,
# observations/ and topology.svg. Options are pytest's and the suite's: -k S-VETH-4, --explain.
set -u
reports=${REPORTS:-/reports}
python -m pytest conformance -p no:cacheprovider --reports-dir "$reports" \
  --alluredir "$reports/allure-results" --clean-alluredir --junitxml "$reports/junit.xml" "$@"
status=$?
if [ -f "$reports/observations/seed.json" ] && [ -f "$reports/summary.json" ]; then
  python -m conformance.report --reports "$reports" >/dev/null || echo "the topology picture was not drawn" >&2
fi
exit "$status"
