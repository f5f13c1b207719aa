"""The seed's picture of docker0, drawn from what a run observed (Graphviz).

The host with docker0 and its addresses (IPv6 too, where observed); each host veth with its
index and peer; each container's eth0@ifN with its addresses and MAC; the gateway route; the
egress "outside". A part whose claim failed is drawn red, with the claim IDs beside it. Nothing
is queried: the input is the saved observation and the run's verdicts.
"""

from __future__ import annotations

import graphviz

from docker_conformance.conformance.core import registry
from docker_conformance.conformance.model.netns import Link
from docker_conformance.conformance.model.seed import ContainerView, SeedObservation

FAILED = {"style": "filled", "fillcolor": "#f8d0d0", "color": "#b00020"}
PASSED = {"style": "filled", "fillcolor": "#e3f1e3", "color": "#2e7d32"}


def _style(part: str, failed: set[str]) -> tuple[dict[str, str], str]:
    bad = sorted(set(registry.parts().get(part, ())) & failed)
    return (FAILED if bad else PASSED), ("\n✗ " + ", ".join(bad) if bad else "")


def draw(seed: SeedObservation, failed: set[str]) -> graphviz.Graph:
    """The topology as a Graphviz graph; `failed` holds the IDs of failed claims."""
    graph = graphviz.Graph(
        "topology",
        graph_attr={
            "rankdir": "TB",
            "fontname": "Helvetica",
            "label": f"{seed.engine.name} {seed.engine.version}",
            "labelloc": "t",
        },
        node_attr={"shape": "box", "fontname": "Helvetica", "fontsize": "10"},
        edge_attr={"fontname": "Helvetica", "fontsize": "9"},
    )
    bridge = seed.during.bridge_link("docker0")
    style, mark = _style("bridge", failed)
    with graph.subgraph(name="cluster_host") as h:
        h.attr(label="host (engine's network namespace)", style="rounded")
        address = bridge.ipv4.cidr if bridge and bridge.ipv4 else "no address"
        h.node(
            "bridge",
            f"{bridge.name if bridge else 'docker0 (missing)'}\n{address}{_ipv6(bridge)}\n"
            f"{bridge.mac if bridge else ''}{mark}",
            **style,
        )
        for view in seed.containers():
            veth = seed.host_end(view)
            if veth is None:
                continue
            style, mark = _style("veth", failed)
            h.node(
                f"veth-{view.role}",
                f"{veth.index}: {veth.label}\nlink-netnsid {veth.link_netnsid}{mark}",
                **style,
            )
            h.edge(f"veth-{view.role}", "bridge", label="master")
        if seed.egress:
            style, mark = _style("egress", failed)
            h.node(
                "outside",
                f"outside (made by the suite)\n{seed.egress.outside}\n"
                f"sees {seed.egress.peer_seen or 'nothing'}{mark}",
                shape="ellipse",
                **style,
            )
            h.edge("bridge", "outside", label=f"masquerade via {seed.egress.host_address}", style="dashed")
    for view in seed.containers():
        _container(graph, seed, view, failed)
    style, mark = _style("ping", failed)
    graph.edge(
        "eth0-busybox2",
        "eth0-busybox1",
        label=f"ping ttl {','.join(map(str, set(seed.ping.ttls)))}{mark}",
        style="dotted",
        color=style["color"],
        constraint="false",
    )
    return graph


def _container(graph: graphviz.Graph, seed: SeedObservation, view: ContainerView, failed: set[str]) -> None:
    eth0 = view.netns.interface("eth0") if view.netns else None
    with graph.subgraph(name=f"cluster_{view.role}") as c:
        c.attr(label=f"{view.role} ({view.name})", style="rounded")
        style, mark = _style("eth0", failed)
        label = (
            f"{eth0.index}: {eth0.label}\n{eth0.ipv4.cidr if eth0.ipv4 else ''}{_ipv6(eth0)}\n{eth0.mac}"
            if eth0
            else f"eth0\n{view.endpoint.get('IPAddress')}"
        )
        c.node(f"eth0-{view.role}", label + mark, **style)
    if seed.host_end(view) is not None:
        graph.edge(f"eth0-{view.role}", f"veth-{view.role}", label="veth pair")
    style, mark = _style("gateway", failed)
    graph.edge(
        f"eth0-{view.role}",
        "bridge",
        label=f"default via {view.endpoint.get('Gateway')}{mark}",
        style="dashed",
        color=style["color"],
    )


def _ipv6(link: Link | None) -> str:
    """The link's IPv6 addresses beyond link-local, one a line, where the run observed any."""
    return "".join(f"\n{a.cidr}" for a in (link.addresses6 if link else ()) if a.scope != "link")
