"""How often one device may answer: a small token bucket per device.

A person tapping through the choices is well within it; a script sending answers in a loop
is told to wait (429) instead of filling the answers file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

# Five answers at once, then one a second.
BURST = 5
PER_SECOND = 1.0
# Past this many devices the ones with a full bucket (idle for a while) are forgotten, so a
# stream of new cookies cannot grow the table without end.
MAX_DEVICES = 10_000


@dataclass
class RateLimit:
    burst: int = BURST
    per_second: float = PER_SECOND
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, device: str) -> bool:
        """Take one answer from the device's bucket; False if it is empty."""
        now = self.clock()
        tokens, then = self._buckets.get(device, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - then) * self.per_second)
        if tokens < 1.0:
            self._buckets[device] = (tokens, now)
            return False
        self._buckets[device] = (tokens - 1.0, now)
        if len(self._buckets) > MAX_DEVICES:
            self._forget_idle(now)
        return True

    def _forget_idle(self, now: float) -> None:
        full = self.burst / self.per_second
        for device, (_, then) in list(self._buckets.items()):
            if now - then >= full:
                del self._buckets[device]
