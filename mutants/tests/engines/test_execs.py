"""`docker exec` as the suite runs it: a stream the SDK lost is read again, a real silence is kept."""

from __future__ import annotations

from types import SimpleNamespace

from docker_conformance.observe.execs import run_in


class _Container:
    def __init__(self, *outputs: bytes) -> None:
        self.outputs, self.calls = list(outputs), 0

    def exec_run(self, *_: object, **__: object) -> SimpleNamespace:
        self.calls += 1
        return SimpleNamespace(exit_code=0, output=self.outputs.pop(0) if self.outputs else b"")


def test_an_output_lost_by_the_sdk_is_read_again():
    container = _Container(b"", b"1 packets transmitted, 1 packets received\n")
    result = run_in(container, "busybox2", "ping", "-c", "1", "172.17.0.2")
    assert result.output.startswith("1 packets transmitted")
    assert result.command == "docker exec busybox2 ping -c 1 172.17.0.2"


def test_retries_are_bounded_and_a_silent_command_is_not_retried():
    always_silent = _Container()
    assert run_in(always_silent, "busybox1", "ip", "addr").output == ""
    assert always_silent.calls == 3
    sender = _Container()
    run_in(sender, "busybox1", "sh", "-c", "echo x | nc 198.51.100.2 1", prints=False)
    assert sender.calls == 1
