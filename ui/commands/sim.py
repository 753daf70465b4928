"""``tjdesk sim panicbox|numato|lcus|modbus``: a simulated device on a pseudo-terminal.

Prints the port (and a device spec to paste into the app or ``tjdesk alarm serve``), then
takes one key at a time: p press, r release, c cut the loop, s short the loop, u unplug or
plug back in, l blow (or mend) the lamp, q quit. Imports no Qt. Linux and macOS only (ptys).
"""

from __future__ import annotations

import argparse
import contextlib
import select
import sys
from collections.abc import Iterator
from typing import Any

from tjdesk.errors import InvalidInput
from tjdesk.i18n import QT_TRANSLATE_NOOP, fill

KINDS = ("panicbox", "numato", "lcus", "modbus")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "sim", help="run a simulated alarm device on a pseudo-terminal, driven by keys"
    )
    parser.add_argument("kind", choices=KINDS, help="which device to simulate")
    parser.add_argument(
        "--hold-ms",
        type=int,
        default=None,
        help="panicbox: activation hold time in ms (default: the firmware's 500)",
    )
    parser.set_defaults(func=run)


def make_simulator(kind: str, hold_ms: int | None = None) -> Any:
    try:
        from hardware.sim import pty_sims
    except ImportError as err:  # no termios/pty: Windows
        raise InvalidInput(
            QT_TRANSLATE_NOOP("cli", "Simulated devices need pseudo-terminals (Linux or macOS).")
        ) from err
    if kind == "panicbox":
        return pty_sims.PanicBoxSimulator(cfg=None if hold_ms is None else {"hold": hold_ms})
    if kind == "numato":
        return pty_sims.NumatoSimulator()
    if kind == "lcus":
        return pty_sims.LcusSimulator()
    return pty_sims.ModbusSimulator()


def describe(sim: Any, kind: str) -> str:
    """One line of what the outside world would see now."""
    if kind == "panicbox":
        return fill(
            QT_TRANSLATE_NOOP("cli", "box: %1, alarm %2, light %3, faults %4"),
            sim.state,
            sim.alarm_id or "-",
            sim.box.light_mode(),
            ", ".join(sorted(sim.box.faults)) or "-",
        )
    outputs = getattr(sim, "relays", None) or getattr(sim, "coils", None) or {}
    on = ", ".join(str(k) for k, v in sorted(outputs.items()) if v) or "-"
    return fill(QT_TRANSLATE_NOOP("cli", "outputs on: %1"), on)


# What each kind of board lacks, so a key for it says so instead of pretending.
NO_BUTTON = {"lcus"}
NO_LOOP = {"lcus", "numato", "modbus"}


def handle_key(sim: Any, key: str, kind: str = "panicbox") -> str | None:
    """Apply one key; returns what happened, or None for quit."""
    if key == "q":
        return None
    if key in "pr" and kind in NO_BUTTON:
        return QT_TRANSLATE_NOOP("cli", "This board has no button: it only switches the light.")
    if key in "csl" and kind in NO_LOOP:
        return QT_TRANSLATE_NOOP("cli", "This board has no supervised loop or lamp sense.")
    if key == "p":
        sim.press()
        return QT_TRANSLATE_NOOP("cli", "button pressed")
    if key == "r":
        sim.release()
        return QT_TRANSLATE_NOOP("cli", "button released (loop normal)")
    if key == "c":
        sim.cut_loop()
        return QT_TRANSLATE_NOOP("cli", "loop cut")
    if key == "s":
        sim.short_loop()
        return QT_TRANSLATE_NOOP("cli", "loop shorted")
    if key == "u":
        sim.toggle_plug()
        if sim.plugged:
            return QT_TRANSLATE_NOOP("cli", "plugged back in")
        return QT_TRANSLATE_NOOP("cli", "unplugged")
    if key == "l":
        if getattr(sim, "board", None) is not None and sim.board.lamp_blown:
            sim.fix_lamp()
            return QT_TRANSLATE_NOOP("cli", "lamp mended")
        sim.blow_lamp()
        return QT_TRANSLATE_NOOP("cli", "lamp blown")
    return QT_TRANSLATE_NOOP(
        "cli", "keys: p press, r release, c cut, s short, u unplug, l lamp, q quit"
    )


@contextlib.contextmanager
def single_keys() -> Iterator[None]:
    """Keys without Enter when stdin is a terminal; plain lines otherwise."""
    if not sys.stdin.isatty():
        yield
        return
    import termios
    import tty

    saved = termios.tcgetattr(sys.stdin)
    try:
        tty.setcbreak(sys.stdin)
        yield
    finally:
        termios.tcsetattr(sys.stdin, termios.TCSADRAIN, saved)


def run(args: argparse.Namespace) -> int:
    sim = make_simulator(args.kind, args.hold_ms)
    try:
        print(fill(QT_TRANSLATE_NOOP("cli", "Simulated %1 on %2"), args.kind, sim.port))
        print(fill(QT_TRANSLATE_NOOP("cli", "Device spec: %1:%2"), args.kind, sim.port))
        print(handle_key(sim, "?"))
        last = describe(sim, args.kind)
        print(last, flush=True)
        with single_keys():
            while True:
                ready, _, _ = select.select([sys.stdin], [], [], 0.2)
                if ready:
                    chunk = sys.stdin.read(1)
                    if chunk == "":
                        return 0  # end of input
                    if chunk.isspace():
                        continue
                    said = handle_key(sim, chunk.lower(), args.kind)
                    if said is None:
                        return 0
                    print(said, flush=True)
                now = describe(sim, args.kind)
                if now != last:
                    print(now, flush=True)
                    last = now
    finally:
        sim.close()
