#!/usr/bin/env bash
# The time to build Docker from moby's tagged source, and the matrix with it, as docs/measurements.md
# reports them: a build from scratch (no kept binaries, Go's build cache emptied; the sid root
# made first when it is not there), the same source again (kept), and the whole matrix.
#   bash bench/docker29.sh moby-docker-vX.Y.Z.tar.gz [ROOT]
set -u
source=$1
root=${2:-/var/lib/docker-conformance/engines}
cd "$(dirname "$0")/.."
rm -rf "$root/builds" "$root/sid/var/cache/dcf-go"
TIMEFORMAT="%R s"
for what in "build from scratch" "the same source again"; do
  echo "$what:"; time python -m docker_conformance.engines.provision --root "$root" --moby-source "$source" >/dev/null
done
echo "the whole matrix:"; time python -m docker_conformance.engines.matrix --root "$root" --moby-source "$source" \
  --reports /tmp/dcf-bench-matrix >/dev/null
