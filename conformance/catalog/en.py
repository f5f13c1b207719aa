"""The English catalog: every word the suite shows a reader in English, keyed by code.

Judges and results hold codes and values only; these words are drawn at display
(`catalog`). Another language is one more file of the same names beside this one.
"""

# each verdict's code (`Status`), as a reader sees it: "documented" names no baseline
STATUS = {
    "conforms": "conforms",
    "deviates": "deviates from the documented default",
    "documented": "differs as documented for this engine version",
    "inconsistent": "is internally inconsistent",
    "fails": "fails",
    "not-applicable": "not applicable",
}

# what a changed expectation is told against: the seed (S-*), or Docker's current documentation (D-*)
BASELINES = {"seed": "the seed", "docs": "Docker's current documentation"}

# the documented value a changed one is told against, in a verdict's reason
TOLD = {"seed": "the seed's {0!r}", "docs": "{0!r} as Docker documents it now"}

# a fact's line: "[ok ] LABEL: expected X, observed Y (...)"
LINE = {
    "expected": "expected",
    "observed": "observed",
    "documented default": "documented default",
    "host setting": "host setting",
    "changed": "changed",
}

# a verdict's reason: its opening, then each fact it rests on, "; "-joined
REASONS = {
    "nothing": ["nothing was observed", ""],
    "inconsistent": [
        "the engine does not do what its own configuration says: ",
        "{what} (configured by {setting})",
    ],
    "fails": ["", "{what}: expected {expected!r}, saw {observed!r}"],
    "deviates": ["as the host is configured: ", "{what} {observed!r} instead of {documented!r} ({setting})"],
    "documented": ["", "{what}: {observed!r}, not {told} ({change})"],
    "conforms": ["as documented", ""],
}

# who observed the engine's host (`Observer`)
OBSERVERS = {
    "process": "this process",
    "probe": "a probe on the engine's host",
    "entered": "a probe in RootlessKit's namespaces, started by the engine's owner",
    "through": "this user's suite, run as root through the engine in a helper container (the docker group)",
}

# the versions a documented change spans, and a change cited with them
SPANS = {
    "since": "since {since}",
    "before": "before {until}",
    "between": "{since} to {until}",
    "backend": "{backend} backend",
    "cited": "{source} ({engine} {span})",
}

# values shown in a sentence, and the verdict's own connecting words
LISTS = {
    "joiner": ", ",
    "more": "; and {count} more",
    "none": "(none)",
    "busy": "other containers used the networks meanwhile, in each of {attempts} attempt(s) ({activity})",
    "also": "also present {items}",
    "missing": "missing {items}",
    "rest": " (the rest was judged and holds: {facts})",
    "by hand": "by hand",
    "not told": "the profile says this engine does not document it",
}

# a fact's label, by its key (`Fact.key`); braces name the fact's params
FACTS = {
    "upgrade_container_state": "{role} (restart {restart}) after the upgrade",
    "upgrade_network_subnet": "{network}'s subnet",
    "upgrade_network_gateway": "{network}'s gateway",
    "upgrade_network_options": "{network}'s options",
    "upgrade_given_address": "{role}'s address given with --ip",
    "upgrade_answers": "{target} answers",
    "upgrade_resolves": "{target} resolves",
    "upgrade_forwards": "{target} is reached",
    "upgrade_docker_user_kept": "DOCKER-USER's rules kept",
    "upgrade_forward_first": "FORWARD's first rule after the upgrade",
    "upgrade_rule_still_rejects": "the outside the suite's rule rejects, at the published port",
    "upgrade_user_container": "{name} (restart {restart})",
    "upgrade_never_stopped": "{name} started at",
    "upgrade_user_port": "{name}'s {port} answers",
    "aaaa_v6b_from_network_dns_holds": "AAAA of v6b from the network's DNS holds its address",
    "address": "address",
    "address_2": "the address of {gateway_name}",
    "address_outside_saw_container_come_from": "the address the outside saw the container come from (no "
    "masquerade)",
    "after_disconnect": "{host_veth} after disconnect",
    "after_removal": "{first_veth} after removal",
    "alias_on_default_bridge": "an alias on the default bridge",
    "answer_across_bridge": "an answer across the bridge",
    "base_host_etc_hosts_with_localhost": "the base (the host's /etc/hosts, with its localhost line)",
    "binding_in_inspect": "binding in inspect",
    "bridge_before_any_container": "the bridge before any container",
    "bridge_device_on_host": "bridge device on the host",
    "bridge_id": "bridge id",
    "bridge_on_host_holds_gateway": "a bridge on the host holds the gateway",
    "bridge_present": "bridge present",
    "broadcast": "broadcast",
    "built_in_networks_listed": "built-in networks listed",
    "built_in_networks_name_driver_scope": "built-in networks (name, driver, scope)",
    "busybox1_and_busybox2_veths_among_ports": "busybox1's and busybox2's veths among the ports",
    "busybox1_busybox2_addresses": "busybox1, busybox2 addresses",
    "busybox1_endpoint_after_removal": "busybox1's endpoint after removal",
    "busybox1_host_veth_was_there": "busybox1's host veth was there",
    "busybox3_address_after_busybox2": "busybox3's address = the one after busybox2's",
    "busybox3_address_busybox1_released": "busybox3's address = the one busybox1 released",
    "configonly": "ConfigOnly",
    "container_gateway_docker0_address": "container's gateway = docker0's address",
    "container_netns_engine_host": "container's netns is the engine host's",
    "d6_eth0_address_in_prefix": "d6's eth0 address is in the prefix",
    "default_bridge_dns_only_those": "default bridge, --dns {dns}: only those",
    "default_bridge_etc_hosts_knows_u2": "default bridge /etc/hosts knows u2",
    "default_bridge_ipv6_subnet": "the default bridge's IPv6 subnet",
    "default_bridge_lookup_u2_fails": "default bridge lookup of u2 fails",
    "default_bridge_no_dns": "default bridge, no --dns: {word}",
    "default_bridge_no_dns_engine_dns": "default bridge, no --dns: the engine's dns",
    "default_bridge_no_dns_engine_servers": "default bridge, no --dns: the engine's non-loopback servers",
    "default_bridge_no_dns_fallback": "default bridge, no --dns: the engine's non-loopback servers (none: the "
    "fallback)",
    "default_bridge_resolv_conf_has_no": "default bridge resolv.conf has no embedded DNS",
    "default_gateway": "default gateway",
    "default_ipv6_route": "{role}'s default IPv6 route",
    "device_link_kind": "device's link kind",
    "device_name_pattern": "device name pattern",
    "docker0_has_link_local_address": "docker0 has a link-local address",
    "docker0_holds_prefix_gateway": "docker0 holds the prefix's gateway",
    "docker_chains_ip6tables_filter": "Docker's chains in ip6tables' filter table",
    "driver": "Driver",
    "empty_bridge_carrier": "empty bridge: carrier",
    "empty_bridge_state": "empty bridge: state",
    "enableipv6_in_inspect": "EnableIPv6 in inspect",
    "endpoint_network": "{role} endpoint's network",
    "endpointid": "{role} EndpointID",
    "engine_makes_network_with": "the engine makes a network with {mode}",
    "engine_words": "the engine's words",
    "etc_hosts_had_while_connected": "/etc/hosts had {address} while connected",
    "etc_hosts_has_after": "/etc/hosts has {address} after",
    "eth0_address": "{role} eth0 address",
    "eth0_broadcast": "{role} eth0 broadcast",
    "eth0_disable_ipv6": "{role}: eth0 disable_ipv6",
    "eth0_disable_ipv6_2": "eth0 disable_ipv6",
    "eth0_flags_include": "{role} eth0 flags include",
    "eth0_ifn_names_host_veth": "{role} eth0@ifN names a host veth",
    "eth0_ipv4_addresses": "{role} eth0 IPv4 addresses",
    "eth0_ipv6_address_scopes": "eth0's IPv6 address scopes",
    "eth0_mac_inspect_macaddress": "{role} eth0 MAC = inspect MacAddress",
    "eth0_mtu": "{role} eth0 MTU",
    "eth0_scope": "{role} eth0 scope",
    "eth0_veth_indices": "{role} eth0/veth indices",
    "eth1_address_endpoint": "eth1 address = the endpoint's",
    "eth1_address_in_net2_subnet": "eth1 address is in net2's subnet",
    "eth1_after_disconnect": "eth1 after disconnect",
    "eth1_host_veth_was_seen": "eth1's host veth was seen",
    "far_side_received_payload": "far side received the payload",
    "far_side_sees_host_address_masquerade": "far side sees the host's address (masquerade)",
    "first_line": "first line",
    "flags_include": "flags include",
    "forward_chain_docker_user_exists": "FORWARD's chain DOCKER-USER exists",
    "forward_first_rule": "FORWARD's first rule",
    "from_u1_same_network": "{alias} from u1 (same network)",
    "from_v1_another_network": "{alias} from v1 (another network)",
    "g1_default_route": "g1's default route",
    "g1_g2_replies": "g1 -> g2 replies",
    "gateway": "gateway",
    "gateway_answers_ping": "gateway answers a ping",
    "global_address": "{role}'s global address",
    "global_ipv6_addresses": "{bridge}'s global IPv6 addresses",
    "has_endpoint_on": "{role} has an endpoint on {network}",
    "has_link_local_address": "{role} has a link-local address",
    "has_link_local_address_fe80_64": "{bridge} has a link-local address (fe80::/64)",
    "has_link_netnsid": "{name} has a link-netnsid",
    "host_ends_busybox1_and_busybox2_eth0": "host ends of busybox1's and busybox2's eth0 (distinct veths)",
    "host_veth_and_bridge_found": "{role} host veth and bridge found",
    "hostips_bound": "HostIps bound",
    "hostname": "hostname",
    "how_outside_reaches_host_address_port": "how the outside reaches [<host address>]:PORT",
    "i1_has_default_route": "i1 has a default route",
    "i1_routes": "i1 routes",
    "ifm_names_eth0_index": "{name}@ifM names eth0's index",
    "interfaces": "interfaces",
    "interfaces_3": "{role} interfaces",
    "ip6_lines_container_has_lo6": "the ip6 lines (the container has ::1)",
    "ip6_lines_container_no_lo6": "the ip6 lines (the container has no ::1)",
    "ip_on_default_bridge": "--ip on the default bridge",
    "ipam_config_0_subnet": "IPAM.Config[0].Subnet",
    "ipam_driver": "IPAM.Driver",
    "ipam_gateway": "IPAM Gateway",
    "ipam_iprange": "IPAM IPRange",
    "ipam_options": "IPAM.Options",
    "ipam_subnet": "IPAM Subnet",
    "ipv4_addresses": "IPv4 addresses",
    "ipv4_addresses_2": "{bridge}'s IPv4 addresses",
    "ipv4_subnet_beside": "an IPv4 subnet beside it",
    "ipv4address": "{role} IPv4Address",
    "ipv6_subnet_64_inside_fd00_8": "its IPv6 subnet: a /64 inside fd00::/8",
    "ipv6_subnet_in_inspect": "the IPv6 subnet in inspect",
    "ipv6_with_no_subnet": "--ipv6 with no subnet",
    "ipv6address": "{role} IPv6Address",
    "link_kind": "link kind",
    "link_netnsids_distinct": "link-netnsids distinct",
    "link_type": "link type",
    "listed_by_id": "{role} listed by ID",
    "lo_address": "{role} lo address",
    "lo_flags_include": "{role} lo flags include",
    "lo_ipv6_addresses": "lo's IPv6 addresses",
    "lo_mtu": "{role} lo MTU",
    "locally_administered_unicast": "locally administered unicast",
    "mac": "{role} MAC",
    "mac_prefix": "MAC prefix",
    "macaddress": "{role} MacAddress",
    "master": "{name} master",
    "mtu": "MTU",
    "mtu_2": "{name} MTU = {name2}'s",
    "name": "{role} Name",
    "name_2": "{name} name",
    "net2_lists_u1_after": "net2 lists u1 after",
    "net_ipv4_ip_forward": "net.ipv4.ip_forward",
    "netmask": "netmask",
    "network_bridge_device": "network's bridge device",
    "network_bridge_mtu": "the network's bridge MTU",
    "network_driver": "network driver",
    "network_inspect_internal": "network inspect Internal",
    "network_option_enable_icc": "network option enable_icc",
    "new_host_veths_whose_peer_on": "new host veths whose peer is on the host",
    "nft6_base_chains": "ip6 docker-bridges: Docker's base chains",
    "nft_lines_for_bridge": "ip docker-bridges: the lines for {bridge} and the suite's own",
    "not_default_bridge_subnet": "not the default bridge's subnet",
    "once_last_port_left": "{device} once its last port left",
    "options": "Options",
    "outside_at_127_0_0_1": "the outside at 127.0.0.1:LPORT through this host",
    "outside_at_container_address_8080_published": "the outside at <container address>:8080 (published)",
    "outside_at_container_address_8081_unpublished": "the outside at <container address>:8081 (unpublished)",
    "outside_at_host_address_hostport_inspect": "the outside at <host address>:{value} (the HostPort inspect "
    "shows)",
    "outside_at_host_address_port_behind": "the outside at <host address>:PORT, behind the rule",
    "outside_at_published_address_8080": "the outside at <published address>:8080",
    "outside_at_unpublished_address_8080": "the outside at <unpublished address>:8080",
    "outside_on_trusted_link_at_container": "the outside on the trusted link {outside_link} at <container "
    "address>:8080",
    "outside_reaches_host_address_there_at": "the outside reaches the host's address there, at the port "
    "published on every address",
    "outside_reads_through_host_address_port": "the outside reads through <host address>:PORT",
    "outside_received_payload": "the outside received the payload",
    "outside_refused_at_host_address_there": "the outside is refused at the host's address there, at the port "
    "published on 127.0.0.1",
    "outside_saw_connection": "the outside ({outside}) saw a connection",
    "outside_sees_host_address_masquerade": "the outside sees the host's address (masquerade)",
    "own_entry": "its own entry",
    "own_entry_id_then_any_names": "its own entry (the ID, then any names)",
    "own_namespace": "own namespace",
    "packet_loss": "packet loss %",
    "packets_seen_on": "device the packets {source} > {outside} were captured on",
    "ports_added_by_two_containers": "ports added by two containers",
    "ports_that_are_no_container_veth": "ports that are no container's veth",
    "prefix_length": "prefix length",
    "qdisc": "qdisc",
    "read_on_user_own_loopback_rootlesskit": "read on the user's own loopback (RootlessKit's port driver)",
    "read_through": "read through {host_ip}:{host_port}",
    "read_through_127_0_0_1": "read through 127.0.0.1:PORT",
    "read_through_1_port": "read through [::1]:PORT",
    "read_through_port": "read through {host_ip}:PORT",
    "reads_through_host_address": "{who} reads through the host's address",
    "replies_from_outside": "replies from the outside ({outside})",
    "replies_received": "replies received",
    "reply_ttls": "reply TTLs",
    "routes": "routes",
    "rule_counted_outside_packets": "the rule counted the outside's packets",
    "scope": "scope",
    "second_outside_on_another_link_at": "the second outside, on another link, at <container address>:8080",
    "sees_bridge_device": "sees the bridge device",
    "state": "{name} state",
    "state_with_last_port_gone": "{name}'s state with its last port gone",
    "stp_enabled": "STP enabled",
    "subnet_from_default_pools": "subnet from the default pools",
    "subnet_they_come_from": "subnet they come from",
    "suite_rule_went_into_docker_user": "the suite's rule went into DOCKER-USER",
    "suite_rule_went_into_own_table": "the suite's rule went into a table of the suite's own, hooked on "
    "forward before Docker's",
    "table_rules_naming_bridge": "{table} rules naming {bridge} and the suite's own",
    "their_kind": "their kind",
    "ttl_reply_one_routed_hop": "TTL of the reply (one routed hop)",
    "two_networks_subnets_differ": "the two networks' subnets differ",
    "u1_has_eth1": "u1 has eth1",
    "u1_resolves_u2_by_name": "u1 resolves u2 by name",
    "u1_still_running": "u1 still running",
    "u1_u2_same_network_answered": "u1 -> u2 (same network) answered",
    "u1_v1_other_network_answered": "u1 -> v1 (other network) answered",
    "user_network": "user network: {expected_}",
    "user_network_resolv_conf_nameserver": "user network resolv.conf nameserver",
    "v6a_etc_hosts_holds_own_ipv6": "v6a's /etc/hosts holds its own IPv6 address",
    "v6a_gateway_over_ipv6_replies": "v6a -> the gateway over IPv6: replies",
    "v6a_v6b_over_ipv6_replies": "v6a -> v6b over IPv6: replies",
    "veths_added_to_bridge_by_two": "veths added to the bridge by two containers",
    "veths_in_container_namespace": "veths in the container's namespace",
    "w1_address_ip": "w1's address (--ip)",
    "w1_gateway_on_enable_icc_false": "w1 -> its gateway on the enable_icc=false network answered",
    "w1_interface_on_mtu": "w1's interface on it: MTU",
    "w1_interface_on_name": "w1's interface on it: name",
    "w1_w2_on_enable_icc_false": "w1 -> w2 on the enable_icc=false network answered",
    "w1_w2_on_plain_network_icc": "w1 -> w2 on a plain network (ICC as by default) answered",
    "w2_address_in": "w2's address is in {asked}",
    "what_read_container_answer": "what it read (the container's answer)",
    "with_containers_carrier": "with containers: carrier",
    "with_containers_state": "with containers: state",
    "with_last_port_gone": "{name} with its last port gone",
    "without_rule_again_outside_reads": "without the rule again, the outside reads",
}

# a reason's sentence, by its code (a note, a part not judged, an Unobservable)
NOTES = {
    "upgrade_nothing_recorded": "the record holds none of the suite's {what} from before the upgrade",
    "upgrade_docker_user_empty": "DOCKER-USER held no rule before the upgrade: there was nothing there to keep",
    "upgrade_rule_not_tried": "whether the suite's rule still rejects was not seen (not tried, the probe could not act, or it did not reject before either)",
    "upgrade_no_docker_user_before": "the engine before the upgrade sent nothing to DOCKER-USER: there was nothing there to keep",
    "upgrade_not_running_before": "{role} was not running before the upgrade",
    "upgrade_nothing_given": "no container was given an address with --ip before the upgrade",
    "upgrade_not_tried": "nothing was tried of {what} before the upgrade",
    "not_recorded": "{what} was not recorded: there is nothing to judge it on",
    "upgrade_did_not_answer_before": "{target} did not answer before the upgrade either ({said})",
    "upgrade_could_not_act": "the probe could not try {target} after the upgrade ({said}): that says nothing of the network",
    "upgrade_filter_unread": "the packet filter was not read: {why}",
    "upgrade_no_user_container": "none of the user's own containers ran before the upgrade",
    "upgrade_no_user_port": "no published TCP port of the user's accepted a connection before the upgrade",
    "upgrade_port_not_expected": "{name}'s {port} was not tried: its restart policy {restart} does not bring it back, as documented",
    "upgrade_live_restore_off": "live-restore is off: the containers stop with the engine, as documented; the outages are reported, not judged",
    "upgrade_outage": "{what} {target} was out for {seconds} s while the engine was down",
    "skipped": "{why}",
    "v1_reason": "{en}",
    "address_reuse_cannot_be_judged": "the address's reuse cannot be judged: {activity}",
    "allocation_order_cannot_be_judged": "the allocation order cannot be judged: {activity}",
    "bridge_had_ports_before_run": "the bridge already had ports before the run: the empty half was not "
    "observable",
    "bridge_network_trusts_direct_routing_from": "the bridge network trusts {trusted} ({trusted2}): direct "
    "routing from there is allowed",
    "bridge_new_veths_are_not_told": "the bridge's new veths are not told apart: {activity}",
    "carrier_drop_was_not_observable": "the carrier drop was not observable: {activity}",
    "configuration_unread": "{unread}",
    "configuration_unread_live_value": "the engine's configuration could not be read ({unread}), so what it "
    "is configured to is not known; the live value is not an expectation",
    "container_namespace_could_not_be_entered": "the container's namespace could not be entered",
    "containers_namespaces_could_not_be_entered": "the containers' namespaces could not be entered: their "
    "veths were told by appearance",
    "d1_namespace_was_not_entered_no": "d1's namespace was not entered (no CAP_SYS_ADMIN)",
    "d1_namespace_was_not_entered_whether": "d1's namespace was not entered: whether it has ::1 is not known",
    "default_bridge_has_no_ipv6_engine": "the default bridge has no IPv6 (the engine's `ipv6` and "
    "`fixed-cidr-v6` are not set): nothing to judge here (S-IPAM-2 "
    "judges it off)",
    "default_bridge_not_ipv4_only_here": "the default bridge is not IPv4-only here: it has IPv6 "
    "({configured})",
    "earlier_ping_lost_while_other_containers": "{count} earlier ping(s) lost while other containers came and "
    "went",
    "earlier_ping_to_gateway_was_lost": "an earlier ping to the gateway was lost while other containers came "
    "and went",
    "empty_half_was_not_observable": "the empty half was not observable: {activity}",
    "engine_documents_no_chain_for_user": "the engine documents no chain for the user's own rules: the "
    "suite's rule was not judged",
    "engine_firewall_backend_nftables_and_tables": "the engine's firewall backend is nftables, and its tables "
    "were not read: {unread}",
    "engine_own_resolv_conf_not_readable": "the engine's own resolv.conf is not readable from here (a remote "
    "engine, or no root)",
    "engine_resolv_conf_nameserver_not_an_address": "the engine's own resolv.conf names a nameserver that is "
    "no address ({nameserver}): what the engine copies of it is not documented",
    "engine_predates": "the engine predates {mode} ({change})",
    "engine_veths_whose_container_namespace_gone": "the engine's veths whose container's namespace is gone: "
    "{stale}",
    "engine_warns_docker_info": "the engine warns (docker info): {warning}",
    "expectation_from_held": "expectation computed from what the bridge held before the run: {held}",
    "exposed_by_policy": "this host is exposed: another host reached an unpublished container port "
    "({target}); FORWARD's policy is {policy}, and the engine's version drops "
    "unpublished ports only through that policy (it sets DROP only when it enables "
    "forwarding itself)",
    "exposed_see_rules": "this host is exposed: another host reached an unpublished container port "
    "({target}); FORWARD's policy is {policy}: see the rules attached for what let it "
    "through",
    "fact_not_judged": "{fact}: {why}",
    "far_side_saw_no_connection_with": "the far side saw no connection: with masquerade off ({off}) the "
    "outside has no route back to the container's own address, so the "
    "address it would see was not observed",
    "forward_policy_not_engine_sets_only": "FORWARD's policy is {policy}, not {policy2}: the engine sets it "
    "only when it enabled forwarding itself, which cannot be told "
    "afterwards (not judged)",
    "forward_policy_origin_unknown": "FORWARD's policy is {policy}, not {policy2}: the engine sets {policy2} "
    "only when it enabled forwarding itself, and whether it or the host enabled forwarding cannot be told "
    "afterwards; what another host reaches through it is D-REACH-2's to judge",
    "forwarding_changed_with_container": "forwarding was {before} until a container ran on the default "
    "bridge: read again while one ran",
    "forwarding_stayed": "forwarding stayed {before} while a container ran on the default bridge",
    "inapplicable_setting": "{why}",
    "ip6_lines_come_from_host_etc": "the ip6 lines come from the host's /etc/hosts (not judged)",
    "ip6tables_not_judged_this_version_chains": "ip6tables is not judged: this version's chains are "
    "documented but not measured here",
    "ipv6_unavailable": "{why}",
    "listener_did_not_answer_even_from": "the {role} listener did not answer even from this host ({line}): "
    "what the outside saw would prove nothing",
    "loopback_route_failed": "{why}",
    "namespaces_not_entered": "the containers' namespaces could not be entered: {limits}",
    "new_host_veths_not_judged": "new host veths {local_pairs} not judged: {activity}",
    "no_bridge_before_first_container": "there was no bridge before the first container: the empty half was "
    "not observable",
    "no_network_was_made_in_this": "no {mode} network was made in this observation",
    "no_outside_namespace": "no outside namespace could be made: {limits}",
    "no_outside_namespace_was_made_needs": "no outside namespace was made (it needs CAP_SYS_ADMIN): no other "
    "namespace to try from",
    "other_endpoints_remain_on_bridge_carrier": "other endpoints remain on the bridge: the carrier drop was "
    "not observable",
    "other_ports_were_not_judged": "the other ports were not judged: {activity}",
    "outside_could_not_try": "the outside could not try {target}: {error}",
    "outside_could_not_try_nothing_was": "the outside could not try {target}: {error} (nothing was sent)",
    "packet_filter_unread": "{unread}",
    "ports_already_on_bridge_before_run": "ports already on the bridge before the run: {earlier}",
    "probe_could_not_act_outside_try": "the probe could not act: the outside's try at {target} was not sent "
    "({error})",
    "probe_could_not_act_sent_nothing": "the probe could not act: `{command}` sent nothing ({said!r}), which "
    "says nothing of the network",
    "published_port_does_not_answer_outside": "the published port does not answer the outside even without "
    "the rule ({line})",
    "suite_own_outsides_veths_not_judged": "the suite's own outsides' veths (not judged): {outsides}",
    "table_not_judged_this_version_rules": "the {table} table is not judged: this version's rules are "
    "documented but not measured here",
    "this_host_exposed_neighbour_sending_to": "this host is exposed: a neighbour sending to 127.0.0.1 through "
    "it reaches the container",
    "this_observation_has_no_alias_lookups": "this observation has no alias lookups (an older recording)",
    "this_observation_has_no_containers_on": "this observation has no containers on the default bridge's "
    "files (an older recording)",
    "this_observation_has_no_disconnect_older": "this observation has no disconnect (an older recording)",
    "this_observation_has_no_port_published": "this observation has no port published on every address (an "
    "older recording)",
    "this_observation_has_no_tries_inside": "this observation has no tries inside the isolated network",
    "this_observation_lacks_outside_tries": "this observation lacks the outside's tries",
    "user_defined_networks_also_listed": "user-defined networks also listed: {others}",
    "veths_that_others_added_meanwhile_not": "veths that others added meanwhile (not judged): {others}",
    "was_not_looked_up_from_v1": "{alias} was not looked up from v1 (another network): its DNS server "
    "{server} is not on its own loopback, and would forward an unknown name from "
    "the engine's host (not judged)",
    "was_not_there_when_looked_exists": "{device} was not there when it looked (it exists only while in use)",
}

# the run's table, --explain and the session's announcements
WORDS = {
    "documented label": "Documented",
    "seed label": "The seed",
    "attach expected": "expected",
    "attach observed": "observed",
    "attach by hand": "by hand",
    "attach verdict": "verdict",
    "heading": "docker-conformance: verdicts by claim",
    "swept": "swept from earlier, dead runs: {items}",
    "summary": "summary: {path}",
    "allure": "allure results: {path}  (HTML: docker-conformance report, or tox -e report)",
    "no namespaces": "no CAP_SYS_ADMIN (not root?): containers' network namespaces cannot be entered",
    "quiet": "host activity: none seen (no other container joined or left a network meanwhile)",
    "busy": "host activity: other containers joined or left networks during {busy}",
    "explained": "{claim} explained",
    "claim": "The claim: {text}",
    "seed": "The seed shows: {seed}",
    "no seed": "Where it comes from: Docker's own documentation (the seed does not cover it)",
    "verdict": "Verdict: {verdict}: {reason}",
    "seen": "What was seen:",
    "by hand": "Check it by hand: {command}",
    "causes": "Likely causes",
    "cause": "- {text} (evidence: {evidence})",
    "no cause": "No likely cause stood out; compare what was seen with what the seed shows.",
    "skipped": "Not judged here ({count}; each says why): {claims}.",
    "the rest": "To judge them too: let the suite observe through the engine (without `--probe never`), or "
    "run it as root (`sudo -E tox -e conformance`).",
    "going through": "{user} may talk to the engine but cannot enter its containers' network namespaces (no "
    "CAP_SYS_ADMIN). Membership of the docker group grants root on this host through the "
    "engine, as Docker documents, so the suite observes through the engine: this user's own "
    "suite runs as root in a helper container (the suite's busybox image, the engine's mount "
    "namespace, the host's network and PID namespaces), and its observations are judged "
    "here. `--probe never` turns this off (the run then judges only what this user can).",
    "through": "Observed through the engine at {host}: {user} cannot enter the containers' namespaces, so "
    "this user's suite ran as root in a helper container (the docker group allows it; `--probe "
    "never` turns this off).",
    "refused": "The engine refused the helper container, so {user} judged only what it could: {why}",
    "config unread": "The engine's configuration, not read: {items}.",
    "config conflicts": "Set both on the command line and in the file: {items}.",
    "config not judged": "Configured, not judged (no claim reads these settings; values in summary.json): "
    "{items}.",
    "drift": "Drift from {file} ({count} setting(s); exit status 26):",
    "no drift": "No drift from {file}: the engine runs the configuration it names.",
    "drift heading": "Drift from {file}",
}

# the command's help, and what list, explain, report and diff say
CLI = {
    "upgrade": "an engine upgrade in place: record before, judge after",
    "upgrade step": "before: record what the upgrade must keep; after: judge it (pytest's options follow)",
    "upgrade state": "where the record is kept (default: %(default)s)",
    "upgrade swept": "swept from crashed upgrade checks and dead runs: {items}",
    "upgrade recorded": "recorded in {folder}: the suite's {made} containers, its networks, outsides, bridge and rules on Docker {engine}; {theirs} running container(s) of yours, {ports} published port(s) of theirs answering (read only).",
    "upgrade not before": "did not answer even before the upgrade (not judged): {what} {target} ({said})",
    "upgrade next": "A watcher times every outage from now on. Upgrade the engine as you always do (or restart it), then run `docker-conformance upgrade after`.",
    "upgrade outage": "while the engine was down: {what} {target} out for {seconds} s ({failed} of {tries} tries failed)",
    "upgrade removed": "removed what `upgrade before` made ({count} thing(s)).",
    "added": "added {items}",
    "removed": "removed {items}",
    "after": "after",
    "before": "before",
    "description": "The Docker networking conformance suite and its tools.",
    "list": "every claim, its family and its words (no engine needed)",
    "run": "the conformance suite (pytest's options after it)",
    "explain": "the failed claims of a finished run, explained",
    "report": "the topology picture and the HTML report of a run",
    "diff": "what changed between two result sets: the upgrade diff",
    "fleet": "the suite on every node of a swarm, or on --hosts",
    "matrix": "the matrix's engines, and their diffs",
    "lang": "the language: en, or ko (Korean, the seed's own)",
    "json": "the claims as JSON",
    "reports": "the run's folder (default: reports of the current folder)",
    "allure": "the allure command line; generates the HTML report",
    "diff a": "the result set before (a folder with summary.json)",
    "diff b": "the result set after",
    "diff out": "where diff.md and diff.json go (default: B)",
    "no failure": "No claim failed.",
    "no run": "no finished run in {where} ({why}): run `docker-conformance run` there first",
    "unreadable": "cannot read a run's summary.json ({why})",
    "topology": "topology: {path}",
    "no topology": "topology: not drawn, this run did not observe the seed walk-through (no S-* claim ran)",
    "html": "allure report: {path} (one file: open it in a browser, no server needed)",
    "facts": "| engine fact | before | after | why (source) |",
    "claims": "| claim | before | after | values that changed | why (source) |",
    "no change": "No claim changed its verdict or its documented values.",
    "regressed": "regressed",
    "not run": "not run",
    "help": "show this help and exit",
    "usage": "usage: ",
    "options": "options",
    "positionals": "positional arguments",
}
