"""An engine this process cannot enter, reached over TCP, plain and with TLS: it is observed
through the probe (the suite's image, started on the engine's host), judged here exactly as a
local run, and nothing of the run is left on it.

The engine is a second dockerd in a network namespace of its own, listening on TCP there; this
namespace reaches it over a veth the test makes, on a benchmarking /24 no route covers. No
other address is used, and the engine's socket is not visible to the suite's discovery.
"""

from __future__ import annotations

import ipaddress
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import docker
import pytest

from docker_conformance.conformance.core.summary import Summary
from docker_conformance.conformance.model.engine import Observer
from docker_conformance.engines.launch import RunningEngine, engine
from docker_conformance.observe.netview import netlink, read_netns
from docker_conformance.observe.outside import reserved_range, wire
from docker_conformance.observe.ownership import LABEL
from tests.helpers.broken import BROKEN_BY
from tests.helpers.runner import run_suite, start_suite

pytestmark = [
    pytest.mark.engine,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="a second engine needs root"),
]


@contextmanager
def route_to(running: RunningEngine, net: ipaddress.IPv4Network) -> Iterator[str]:
    """A veth from this namespace to the engine's; yields the engine's address on it."""
    veth = f"dcfp{os.getpid() % 100000}"
    _, address = wire(None, Path(running.netns).name, veth, "probe0", net)
    try:
        yield address
    finally:
        with netlink(None) as nl:
            nl.link("del", index=nl.link_lookup(ifname=veth)[0])


def certificates(folder: Path, address: str) -> Path:
    """A CA, a server certificate for `address` and a client certificate, as DOCKER_CERT_PATH wants."""
    folder.mkdir()

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=dcf-ca",
            "-keyout", "ca-key.pem", "-out", "ca.pem")  # fmt: skip
    made = {
        "server": (
            "server-key.pem",
            "server-cert.pem",
            f"subjectAltName=IP:{address}\nextendedKeyUsage=serverAuth",
        ),
        "client": ("key.pem", "cert.pem", "extendedKeyUsage=clientAuth"),
    }
    for who, (key, cert, extensions) in made.items():
        (folder / f"{who}.ext").write_text(f"{extensions}\n")
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={who}", "-keyout", key,
                "-out", f"{who}.csr")  # fmt: skip
        openssl("x509", "-req", "-in", f"{who}.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
                "-CAcreateserial", "-days", "1", "-out", cert, "-extfile", f"{who}.ext")  # fmt: skip
    return folder


def _nothing_left(running: RunningEngine) -> None:
    client = docker.DockerClient(base_url=running.docker_host)
    assert [c.name for c in client.containers.list(all=True, filters={"label": LABEL})] == []
    assert client.networks.list(filters={"label": LABEL}) == []


@contextmanager
def tcp_engine(*flags: str, port: int = 2375, tls: Path | None = None) -> Iterator[tuple[RunningEngine, str]]:
    """A second engine listening on TCP in its namespace, and its URL from this one; with `tls`,
    behind TLS with certificates made there (the client's as DOCKER_CERT_PATH wants them)."""
    with reserved_range(read_netns(None), "e") as net:
        address = str(list(net.hosts())[1])
        if tls:
            certs = certificates(tls, address)
            pem = {
                k: str(certs / f)
                for k, f in (("ca", "ca.pem"), ("c", "server-cert.pem"), ("k", "server-key.pem"))
            }
            flags = (
                "--tlsverify",
                "--tlscacert",
                pem["ca"],
                "--tlscert",
                pem["c"],
                "--tlskey",
                pem["k"],
                *flags,
            )
        with engine("-H", f"tcp://0.0.0.0:{port}", *flags) as running, route_to(running, net):
            yield running, f"tcp://{address}:{port}"


def test_ctrl_c_during_the_probe_leaves_nothing_on_the_engine(tmp_path):
    with tcp_engine() as (running, url):
        client = docker.DockerClient(base_url=running.docker_host)
        proc = start_suite(
            "--probe-socket", urlparse(running.docker_host).path, env={"DOCKER_HOST": url}, reports=tmp_path
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not client.containers.list(filters={"label": "role=probe"}):
            time.sleep(0.2)
        assert client.containers.list(filters={"label": "role=probe"}), "the probe never started"
        time.sleep(2)  # the probe's own run is under way: its scenarios have made things
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=180)
        _nothing_left(running)


def test_an_engine_over_tcp_is_observed_through_the_probe(tmp_path):
    with tcp_engine() as (running, url):
        socket = urlparse(running.docker_host).path
        result = run_suite("--probe-socket", socket, env={"DOCKER_HOST": url}, reports=tmp_path)
        assert result.returncode == 0, result.stdout
        summary = Summary.load(tmp_path / "summary.json")
        assert summary.engine["engine.observed_by"] == Observer.PROBE
        assert summary.failed() == []
        _nothing_left(running)


def test_a_misconfigured_engine_over_tls_fails_what_its_flag_breaks(tmp_path):
    certs = tmp_path / "certs"
    with tcp_engine("--bip", "198.18.201.1/24", port=2376, tls=certs) as (running, url):
        env = {"DOCKER_HOST": url, "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(certs)}
        result = run_suite("--probe-socket", urlparse(running.docker_host).path, env=env, reports=tmp_path)
        unverified = run_suite(env={"DOCKER_HOST": url}, reports=tmp_path / "plain")
        assert result.returncode == 1, result.stdout
        summary = Summary.load(tmp_path / "summary.json")
        assert set(summary.failed()) == BROKEN_BY["bip"]
        assert unverified.returncode == 10, unverified.stdout  # no client certificate: no answer
        _nothing_left(running)
