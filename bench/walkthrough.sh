#!/usr/bin/env bash
# The seed's manual walk-through as a shell script: the same commands a reader types, in order
# (with the suite's ping flags, so both sides send the same packets). Used by bench/compare.py.
set -eu
image=${IMAGE:-docker-conformance/busybox:static}
n=dcf-bench-$$
trap 'docker rm -f "$n-busybox1" "$n-busybox2" >/dev/null 2>&1 || true' EXIT
docker network ls >/dev/null
ip addr show docker0 >/dev/null
docker network inspect bridge >/dev/null
docker run -d --name "$n-busybox1" --dns 127.0.0.1 "$image" sleep 600 >/dev/null
docker run -d --name "$n-busybox2" --dns 127.0.0.1 "$image" sleep 600 >/dev/null
docker network inspect bridge >/dev/null
docker exec "$n-busybox1" ip addr >/dev/null
docker exec "$n-busybox2" ip addr >/dev/null
ip -d link show type veth >/dev/null
bridge link >/dev/null
ip1=$(docker inspect -f '{{.NetworkSettings.IPAddress}}' "$n-busybox1")
docker exec "$n-busybox2" ping -c 4 -A -W 2 "$ip1" >/dev/null
docker exec "$n-busybox1" route -n >/dev/null
docker exec "$n-busybox1" ping -c 1 -W 2 172.17.0.1 >/dev/null
docker rm -f "$n-busybox1" "$n-busybox2" >/dev/null
