# mypy: ignore-errors
# A board with no pins, for CPython: the simulator and the tests set its inputs and read its
# outputs. Same methods as board_pico.Board.


class FakeBoard:
    def __init__(self, uid="E6614C311B5F2A21", reset_cause="POR"):
        self.adc = 43690  # logic.ADC_NORMAL: the loop at rest
        self.light = False
        self.sounder = False
        self.indicator = False
        self.lamp_blown = False
        self.lamp_sense = True  # False: a box built without lamp-current feedback
        self.watchdog_feeds = 0
        self._uid = uid
        self._reset_cause = reset_cause

    def uid(self):
        return self._uid

    def reset_cause(self):
        return self._reset_cause

    def read_loop(self):
        return self.adc

    def set_light(self, on):
        self.light = bool(on)

    def set_sounder(self, on):
        self.sounder = bool(on)

    def set_indicator(self, on):
        self.indicator = bool(on)

    def light_energised(self):
        return self.light

    def lamp_ok(self):
        if not self.lamp_sense:
            return None
        return self.light and not self.lamp_blown

    def feed_watchdog(self):
        self.watchdog_feeds += 1


class MemoryStore:
    """Flash stand-in: what survives a (simulated) power cut."""

    def __init__(self, data=None):
        self.data = data
        self.saves = 0

    def load(self):
        return None if self.data is None else dict(self.data)

    def save(self, data):
        self.data = dict(data)
        self.saves += 1
