#!/usr/bin/env bash
# Every claim's by-hand command (docs/claims.md), typed one after another as a person would:
# serial, with the names the claims document leaves open filled in. Used by bench/compare.py.
#   bash bench/byhand.sh        every claim (S-* then D-*)
#   bash bench/byhand.sh seed   the seed claims (S-*) only
# Traffic stays on this machine: the "outside" is a namespace made here on 198.51.100.0/24.
set -u
image=${IMAGE:-docker-conformance/busybox:static}
n=dcf-byhand-$$
run() { docker run -d --dns 127.0.0.1 --name "$n-$1" "${@:2}" >/dev/null; }
inside() { docker exec "$n-$1" "${@:2}"; }
ip_of() { docker inspect -f "{{(index .NetworkSettings.Networks \"$2\").IPAddress}}" "$n-$1"; }
cleanup() {
  docker rm -f $(docker ps -aq --filter "name=$n-") >/dev/null 2>&1
  docker network rm "$n-mynet" "$n-other" "$n-inet" "$n-opts" "$n-v6" "$n-v6auto" >/dev/null 2>&1
  ip netns del "$n-out" 2>/dev/null
  iptables -D DOCKER-USER -s 198.51.100.2/32 -p tcp -m comment --comment "$n" -j REJECT --reject-with tcp-reset 2>/dev/null
}
trap cleanup EXIT
seed_claims() {
# S-INST-1, S-INST-2, S-NET-1, S-BR-1..3, S-IPAM-1
ip addr show docker0; ip -d link show docker0; docker network inspect bridge; docker network ls
busybox ifconfig docker0; ip link show docker0
# S-BR-4, S-IPAM-2..5, S-VETH-1..5, S-BRCTL-1
run busybox1 "$image" sleep 600; docker inspect "$n-busybox1"
run busybox2 "$image" sleep 600; ip link show docker0
docker network inspect bridge; inside busybox1 ip addr; inside busybox2 ip addr; ip addr
ip link show type veth; ip -d link show type veth; bridge link
# S-PING-1, S-ROUTE-1, S-ROUTE-2
# with the suite's ping flags (-A: back to back), so both sides send the same packets
inside busybox2 ping -c 4 -A -W 2 "$(ip_of busybox1 bridge)"; inside busybox1 route -n; inside busybox1 ping -c 1 172.17.0.1
# S-EGRESS-1: an outside of our own
ip netns add "$n-out"; ip link add "dcfbh$$" type veth peer name eth0 netns "$n-out"
ip addr add 198.51.100.1/24 dev "dcfbh$$"; ip link set "dcfbh$$" up
ip -n "$n-out" addr add 198.51.100.2/24 dev eth0; ip -n "$n-out" link set eth0 up
inside busybox1 ping -c 1 198.51.100.2; ip -s link show docker0
}
beyond_claims() {
# D-HOST-1, D-NONE-1
docker run --rm --dns 127.0.0.1 --network host "$image" ip addr
docker run --rm --dns 127.0.0.1 --network none "$image" ip addr
# D-LIFE-1, D-LIFE-2
docker rm -f "$n-busybox1"; ip link show type veth; docker network inspect bridge
run busybox3 "$image" sleep 600; inside busybox3 ip addr
# D-UBR-1..4
docker network create "$n-mynet"; docker network create "$n-other"; ip -d link show type bridge
docker network inspect "$n-mynet"
run c1 --network "$n-mynet" "$image" sleep 600; run c2 --network "$n-mynet" "$image" sleep 600
run o1 --network "$n-other" "$image" sleep 600
inside c1 nslookup "$n-c2" 127.0.0.11; inside c1 cat /etc/resolv.conf
inside c1 ping -c 1 -W 1 "$(ip_of o1 "$n-other")"
docker network connect "$n-mynet" "$n-busybox2"; inside busybox2 ip addr show eth1
# D-PORT-1
run web -p 127.0.0.1:18080:8080 "$image" sh -c 'while true; do echo hi | nc -l -p 8080; done'
sleep 0.2; busybox nc 127.0.0.1 18080 </dev/null
# D-INT-1
docker network create --internal "$n-inet"
run i1 --network "$n-inet" "$image" sleep 600; run i2 --network "$n-inet" "$image" sleep 600
inside i1 ping -c 1 "$(ip_of i2 "$n-inet")"; inside i1 route -n; inside i1 ping -c 1 -W 1 198.51.100.2
# D-HOSTS-1, D-HOSTGW-1, D-RESOLV-1, D-V6OFF-1 (r0 has no --dns: its one process is cat)
run d1 --add-host gw:host-gateway "$image" sleep 600; inside d1 cat /etc/hosts; inside d1 hostname
inside d1 ip addr; inside d1 cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6; inside d1 cat /etc/resolv.conf
cat /etc/resolv.conf; docker run --rm --name "$n-r0" "$image" cat /etc/resolv.conf
# D-ALIAS-1
run c3 --network "$n-mynet" --network-alias db "$image" sleep 600
inside c1 nslookup db 127.0.0.11; inside o1 nslookup db 127.0.0.11
docker run --rm --dns 127.0.0.1 --network-alias db "$image" true
# D-DISC-1
docker network disconnect "$n-mynet" "$n-busybox2"; inside busybox2 ip addr; ip link show type veth
docker network inspect "$n-mynet"; inside busybox2 cat /etc/hosts
# D-ICC-1, D-IP-1, D-MTU-1
docker network create --subnet 198.18.200.0/24 --ip-range 198.18.200.128/25 --gateway 198.18.200.254 \
  -o com.docker.network.bridge.enable_icc=false -o com.docker.network.driver.mtu=1400 "$n-opts"
run w1 --network "$n-opts" --ip 198.18.200.245 "$image" sleep 600; run w2 --network "$n-opts" "$image" sleep 600
inside w1 ping -c 1 -W 1 "$(ip_of w2 "$n-opts")"; ip -d link show type bridge; inside w1 ip link show eth0
docker network inspect "$n-opts"; docker run --rm --dns 127.0.0.1 --ip 172.17.255.253 "$image" true
# D-PORT-2, D-PORT-3, D-HAIRPIN-1
run any -p 18081:8080 "$image" nc -ll -p 8080 -e echo hi; docker port "$n-any"
sleep 0.2; busybox nc 127.0.0.1 18081 </dev/null; python3 -c 'import socket; socket.create_connection(("::1", 18081), 2).recv(9)'
ip netns exec "$n-out" busybox nc -w 1 198.51.100.1 18080 </dev/null
inside web nc -w 1 198.51.100.1 18081 </dev/null; inside any nc -w 1 198.51.100.1 18081 </dev/null
# D-OPT-1, D-FWD-1
docker network inspect bridge --format '{{json .Options}}'; sysctl net.ipv4.ip_forward; iptables -S FORWARD
# D-REACH-1..4: the outside routes the containers' addresses and 127.0.0.1 through this host
run pub -p 18082:8080 "$image" nc -ll -p 8080 -e echo hi; run lo -p 127.0.0.1:18083:8080 "$image" nc -ll -p 8080 -e echo hi
run unpub "$image" nc -ll -p 8080 -e echo hi; sleep 0.2
ip -n "$n-out" route add "$(ip_of pub bridge)/32" via 198.51.100.1; ip -n "$n-out" route add "$(ip_of unpub bridge)/32" via 198.51.100.1
ip netns exec "$n-out" busybox nc -w 1 198.51.100.1 18082 </dev/null
ip netns exec "$n-out" busybox nc -w 1 "$(ip_of unpub bridge)" 8080 </dev/null
ip netns exec "$n-out" busybox nc -w 1 "$(ip_of pub bridge)" 8080 </dev/null
ip netns exec "$n-out" sysctl -qw net.ipv4.conf.eth0.route_localnet=1; ip -n "$n-out" addr del 127.0.0.1/8 dev lo
ip -n "$n-out" route add 127.0.0.1/32 via 198.51.100.1; ip netns exec "$n-out" busybox nc -w 1 127.0.0.1 18083 </dev/null
# D-FW-1, D-FW-2
iptables -I DOCKER-USER -s 198.51.100.2/32 -p tcp -m comment --comment "$n" -j REJECT --reject-with tcp-reset
ip netns exec "$n-out" busybox nc -w 1 198.51.100.1 18082 </dev/null; iptables -S DOCKER-USER -v
iptables -D DOCKER-USER -s 198.51.100.2/32 -p tcp -m comment --comment "$n" -j REJECT --reject-with tcp-reset
iptables-save -c; ip6tables-save
# D-V6-1..7: an IPv6 network on a documentation /64, an outside on another
docker network create --ipv6 --subnet 2001:db8:dcf:f0::/64 "$n-v6"; ip -6 addr show type bridge; docker network inspect "$n-v6"
run v6a --network "$n-v6" "$image" sleep 600; run v6b --network "$n-v6" -p 18084:8080 "$image" nc -ll -p 8080 -e echo hi
inside v6a ip -6 addr; inside v6a ip -6 route; inside v6a cat /proc/sys/net/ipv6/conf/eth0/disable_ipv6
inside v6a ping -6 -c 1 2001:db8:dcf:f0::3; inside v6a ping -6 -c 1 2001:db8:dcf:f0::1
inside v6a nslookup -type=AAAA "$n-v6b" 127.0.0.11; inside v6a cat /etc/hosts
ip link add "dcfb6$$" type veth peer name eth1 netns "$n-out"; ip addr add 2001:db8:dcf:f1::1/64 dev "dcfb6$$" nodad
ip link set "dcfb6$$" up; ip -n "$n-out" addr add 2001:db8:dcf:f1::2/64 dev eth1 nodad; ip -n "$n-out" link set eth1 up
ip -n "$n-out" route add 2001:db8:dcf:f0::2/128 via 2001:db8:dcf:f1::1; sleep 2
(ip netns exec "$n-out" busybox nc -l -p 7777 -w 3 &); sleep 0.2; inside v6a sh -c 'echo hi | nc -w 2 2001:db8:dcf:f1::2 7777'
ip netns exec "$n-out" busybox nc -w 1 2001:db8:dcf:f1::1 18084 </dev/null; ip6tables -t nat -S
docker network inspect bridge --format '{{.EnableIPv6}}'; docker network create --ipv6 "$n-v6auto"
}
{ seed_claims; [ "${1:-all}" = seed ] || beyond_claims; } >/dev/null 2>&1
