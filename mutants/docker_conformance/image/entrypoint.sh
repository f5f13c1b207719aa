#!/bin/sh
# The image's command: the conformance suite against the engine whose socket is mounted, with
# the reports in $REPORTS (mount a folder there): summary.json, junit.xml, allure-results/,
# observations/ and topology.svg. Options are pytest's and the suite's: -k S-VETH-4, --explain.
# As the container's first process, this shell passes SIGTERM and SIGINT on to the suite, which
# then tears down what it made (`docker stop` waits for that) before the reports are drawn.
set -u
reports=${REPORTS:-/reports}
python -m pytest --pyargs docker_conformance.conformance -p no:cacheprovider --reports-dir "$reports" \
  --alluredir "$reports/allure-results" --clean-alluredir --junitxml "$reports/junit.xml" "$@" &
suite=$!
trap 'kill -TERM "$suite" 2>/dev/null' TERM INT
wait "$suite"
status=$?
while kill -0 "$suite" 2>/dev/null; do  # a signal ended `wait` early: the suite is tearing down
  wait "$suite"
  status=$?
done
if [ -f "$reports/observations/seed.json" ] && [ -f "$reports/summary.json" ]; then
  python -m docker_conformance.conformance.outputs.report --reports "$reports" >/dev/null || echo "the topology picture was not drawn" >&2
fi
exit "$status"
