"""An engine this process cannot enter, reached over TCP, plain and with TLS: it is observed
through the probe (the suite's image, started on the engine's host), judged here exactly as a
local run, and nothing of the run is left on it.

The engine is a second dockerd in a network namespace of its own, listening on TCP there; this
namespace reaches it over a veth the test makes, on a benchmarking /24 no route covers. No
other address is used, and the engine's socket is not visible to the suite's discovery.
"""

from __future__ import annotations

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

from conformance.model.engine import PROBE
from conformance.summary import Summary
from engines.launch import RunningEngine, engine
from fixtures.netview import netlink, read_netns
from fixtures.outside import reserved_range
from fixtures.ownership import LABEL
from tests.runner import run_suite, start_suite
from tests.test_mutant import BROKEN_BY

pytestmark = [
    pytest.mark.engine,
    pytest.mark.root,
    pytest.mark.skipif(os.geteuid() != 0, reason="a second engine needs root"),
]


@contextmanager
def route_to(running: RunningEngine, address: str, host_address: str, prefixlen: int) -> Iterator[None]:
    """A veth from this namespace to the engine's: `host_address` here, `address` there."""
    veth = f"dcfp{os.getpid() % 100000}"
    with netlink(None) as nl:
        nl.link(
            "add", ifname=veth, kind="veth", peer={"ifname": "probe0", "net_ns_fd": Path(running.netns).name}
        )
        index = nl.link_lookup(ifname=veth)[0]
        nl.addr("add", index=index, address=host_address, prefixlen=prefixlen)
        nl.link("set", index=index, state="up")
    with netlink(running.netns) as nl:
        index = nl.link_lookup(ifname="probe0")[0]
        nl.addr("add", index=index, address=address, prefixlen=prefixlen)
        nl.link("set", index=index, state="up")
    try:
        yield
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
    assert client.containers.list(all=True, filters={"label": LABEL}) == []
    assert client.networks.list(filters={"label": LABEL}) == []


@contextmanager
def tcp_engine(*flags: str, port: int = 2375) -> Iterator[tuple[RunningEngine, str]]:
    """A second engine listening on TCP in its namespace, and its URL from this one."""
    with (
        reserved_range(read_netns(None), "e") as net,
        engine("-H", f"tcp://0.0.0.0:{port}", *flags) as running,
    ):
        host_address, address = (str(a) for a in list(net.hosts())[:2])
        with route_to(running, address, host_address, net.prefixlen):
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
        assert summary.engine["engine.observed_by"] == PROBE
        assert summary.failed() == []
        _nothing_left(running)


def test_a_misconfigured_engine_over_tls_fails_what_its_flag_breaks(tmp_path):
    with reserved_range(read_netns(None), "e") as net:
        host_address, address = (str(a) for a in list(net.hosts())[:2])
        certs = certificates(tmp_path / "certs", address)
        tls = ["--tlsverify", "--tlscacert", str(certs / "ca.pem"), "--tlscert",
               str(certs / "server-cert.pem"), "--tlskey", str(certs / "server-key.pem")]  # fmt: skip
        with engine(*tls, "-H", "tcp://0.0.0.0:2376", "--bip", "10.99.0.1/24") as running:
            socket = urlparse(running.docker_host).path
            with route_to(running, address, host_address, net.prefixlen):
                url = f"tcp://{address}:2376"
                env = {"DOCKER_HOST": url, "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(certs)}
                result = run_suite("--probe-socket", socket, env=env, reports=tmp_path)
                unverified = run_suite(env={"DOCKER_HOST": url}, reports=tmp_path / "plain")
            assert result.returncode == 1, result.stdout
            summary = Summary.load(tmp_path / "summary.json")
            assert set(summary.failed()) == BROKEN_BY["bip"]
            assert unverified.returncode == 10, unverified.stdout  # no client certificate: no answer
            _nothing_left(running)
