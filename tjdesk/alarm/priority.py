"""Ask the OS to schedule the alarm service ahead of ordinary programs, where it lets us.

On a busy two-core PC a GUI thread spinning in Python takes a whole core; the service's
reader threads then wait for the scheduler, not for the GIL (the GIL is not shared across
processes). A modestly higher priority keeps the press-to-light time short under load.
Windows grants ABOVE_NORMAL to any user; Linux and macOS grant a lower nice value only to
privileged processes (root, CAP_SYS_NICE, or a systemd unit with Nice=): elsewhere this does
nothing and says so in the status.
"""

from __future__ import annotations

import os
import sys

NICE = -5
_ABOVE_NORMAL_PRIORITY_CLASS = 0x00008000


def raise_priority() -> bool:
    """True if the priority is now above normal."""
    if sys.platform == "win32":
        try:
            import ctypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            handle = kernel32.GetCurrentProcess()
            return bool(kernel32.SetPriorityClass(handle, _ABOVE_NORMAL_PRIORITY_CLASS))
        except (AttributeError, OSError):
            return False
    try:
        if os.getpriority(os.PRIO_PROCESS, 0) <= NICE:
            return True
        os.setpriority(os.PRIO_PROCESS, 0, NICE)
    except (AttributeError, OSError):  # PermissionError for an unprivileged user
        return False
    return True
