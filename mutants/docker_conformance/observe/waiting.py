"""Bounded waits on a condition (never a fixed sleep), through tenacity."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from tenacity import RetryError, Retrying, retry_if_result, stop_after_delay, wait_exponential

from docker_conformance.observe.timing import timed

T = TypeVar("T")


@timed("waits")
def wait_for(probe: Callable[[], T], *, timeout: float = 5.0, what: str = "a condition") -> T:
    """Call `probe` until it returns something truthy, at most `timeout` seconds.

    Returns the truthy value; raises TimeoutError naming `what` when time runs out.
    """
    retrying = Retrying(
        stop=stop_after_delay(timeout),
        wait=wait_exponential(multiplier=0.005, max=0.2),
        retry=retry_if_result(lambda value: not value),
    )
    try:
        return retrying(probe)
    except RetryError:
        raise TimeoutError(f"timed out after {timeout:g}s waiting for {what}") from None
