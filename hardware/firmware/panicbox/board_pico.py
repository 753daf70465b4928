# mypy: ignore-errors
# The Pico's pins (MicroPython only). Change the pin numbers here if you wire differently;
# README.md has the wiring sheet.
import machine

PIN_LOOP_ADC = 26  # GP26 / ADC0: the end-of-line loop (4.7k pull-up to 3V3 on the board)
PIN_LIGHT = 15  # GP15: MOSFET gate (or relay driver) for the 12 V beacon outside
PIN_SOUNDER = 14  # GP14: second MOSFET for an optional sounder
PIN_INDICATOR = 13  # GP13: the discreet in-room "received" LED (via 1k)
PIN_LAMP_SENSE = 12  # GP12: lamp current sense (optocoupler output, low = current flows)
PIN_MAINTENANCE = 22  # GP22: jumper to GND at power-up = maintenance (REPL, no firmware)
HAVE_LAMP_SENSE = True
WATCHDOG_MS = 2000


class Board:
    def __init__(self):
        self._adc = machine.ADC(PIN_LOOP_ADC)
        self._light = machine.Pin(PIN_LIGHT, machine.Pin.OUT, value=0)
        self._sounder = machine.Pin(PIN_SOUNDER, machine.Pin.OUT, value=0)
        self._indicator = machine.Pin(PIN_INDICATOR, machine.Pin.OUT, value=0)
        self._lamp = machine.Pin(PIN_LAMP_SENSE, machine.Pin.IN, machine.Pin.PULL_UP)
        self._light_on = False
        self._cause = machine.reset_cause()
        self._wdt = machine.WDT(timeout=WATCHDOG_MS)

    def uid(self):
        return "".join("%02X" % b for b in machine.unique_id())

    def reset_cause(self):
        if self._cause == machine.WDT_RESET:
            return "WDT"
        if self._cause == machine.PWRON_RESET:
            return "POR"
        return "SW"

    def read_loop(self):
        # average 4 samples: the loop wire can be metres long and picks up hum
        total = 0
        for _ in range(4):
            total += self._adc.read_u16()
        return total // 4

    def set_light(self, on):
        self._light_on = bool(on)
        self._light.value(1 if on else 0)

    def set_sounder(self, on):
        self._sounder.value(1 if on else 0)

    def set_indicator(self, on):
        self._indicator.value(1 if on else 0)

    def light_energised(self):
        return self._light_on

    def lamp_ok(self):
        if not HAVE_LAMP_SENSE:
            return None
        return self._lamp.value() == 0

    def feed_watchdog(self):
        self._wdt.feed()


class FlashStore:
    """Settings, boot counter and a latched alarm in a small JSON file on the Pico's flash.
    Written to a temporary name and renamed, so a power cut mid-write keeps the old file."""

    def __init__(self, path="pbl1.json"):
        self.path = path

    def load(self):
        import json

        try:
            with open(self.path) as f:
                return json.load(f)
        except (OSError, ValueError):
            return None

    def save(self, data):
        import json
        import os

        tmp = self.path + ".tmp"
        with open(tmp, "w") as f:
            json.dump(data, f)
        try:
            os.remove(self.path)
        except OSError:
            pass
        os.rename(tmp, self.path)
