#!/bin/sh
# A fleet task: one Swarm task per node (`python -m docker_conformance.fleet`). It judges its own node's engine
# through a probe (the suite's image started on the node with host network and PID, which a
# Swarm service cannot have), then prints its result as base64 lines `dcf-result NODE N DATA`,
# which the manager reads back from the service's logs: no registry, no volume, no network of the
# fleet's own. The result is compact (`python -m docker_conformance.conformance.outputs.compact`: verdicts, and the whole
# record of each claim that did not conform); with DCF_FULL set, the whole result set
# (summary.json, junit.xml, allure-results/).
# Exit 0 whenever a result set was sent (the verdicts are in it); else the suite's status.
set -u
node=${DCF_NODE:-$(hostname)}
if [ -n "${DCF_EXPECT_CONFIG:-}" ]; then  # the fleet's golden daemon.json (--expect-config)
  printf '%s' "$DCF_EXPECT_CONFIG" > /tmp/expected-daemon.json
  set -- --expect-config /tmp/expected-daemon.json "$@"
fi
/suite/image/entrypoint.sh --probe always "$@"
status=$?
reports=${REPORTS:-/reports}
if [ ! -f "$reports/summary.json" ]; then
  exit "$status"
fi
if [ -n "${DCF_FULL:-}" ]; then
  set -- -C "$reports" summary.json junit.xml allure-results
else
  python -m docker_conformance.conformance.outputs.compact "$reports" "$reports/compact" || exit "$status"
  set -- -C "$reports/compact" summary.json
fi
tar -czf - "$@" \
  | base64 -w 3000 | awk -v node="$node" '{ print "dcf-result " node " " NR " " $0 }'
echo "dcf-result-end $node $status"
