# mypy: ignore-errors
# PBL/1 panic box firmware entry point (MicroPython on a Raspberry Pi Pico).
# Copy logic.py, board_pico.py and main.py to the Pico (see README.md).
import select
import sys
import time

import machine
import micropython

from board_pico import PIN_MAINTENANCE, Board, FlashStore
from logic import Box

TICK_MS = 10


def main():
    # Maintenance jumper (GP22 to GND at power-up): stay in the REPL so files can be changed.
    # Checked before the watchdog starts, since a started watchdog cannot be stopped.
    if machine.Pin(PIN_MAINTENANCE, machine.Pin.IN, machine.Pin.PULL_UP).value() == 0:
        print("PBL/1 maintenance mode: firmware not started")
        return
    micropython.kbd_intr(-1)  # a stray 0x03 on the line must not stop the firmware
    board = Board()
    started = time.ticks_ms()
    box = Box(board, FlashStore(), 0)
    poll = select.poll()
    poll.register(sys.stdin, select.POLLIN)
    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    while True:
        now = time.ticks_diff(time.ticks_ms(), started)  # ms since boot, never wraps back
        while poll.poll(0):
            data = stdin.read(1)
            if data:
                box.receive(data, now)
        box.tick(now)
        out = box.take_output()
        if out:
            try:
                stdout.write(out)
            except OSError:
                pass  # no host: the box runs on without one
        spent = time.ticks_diff(time.ticks_ms(), started) - now
        if spent < TICK_MS:
            time.sleep_ms(TICK_MS - spent)


main()
