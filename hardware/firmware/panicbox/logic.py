# mypy: ignore-errors
# PBL/1 panic box: protocol and state logic.
#
# Runs unchanged on MicroPython (the Pico) and CPython (the simulator and the tests), so it
# uses only what both have: no f-strings, no type hints, no dataclasses, no enum, and its own
# CRC (MicroPython's binascii has no crc_hqx). Pins live behind a board object (board_pico.py
# on the Pico, board_fake.py elsewhere); flash behind a store object with load()/save().
#
# The one rule: on a valid press the light goes on at once, before any USB traffic; the PC
# only hears of it afterwards, and a silent PC changes nothing.

FW_VERSION = "0.1.0"
MAX_LINE = 128

IDLE = "IDLE"
ALARM = "ALARM"
TEST = "TEST"

LOOP_OK = "OK"
LOOP_ACT = "ACT"
LOOP_OPEN = "OPEN"
LOOP_SHORT = "SHORT"

# ADC readings (0-65535) of the end-of-line loop: 4.7k pull-up to 3.3 V, then in the loop a
# 4.7k end-of-line resistor in series with a 4.7k alarm resistor that the button shorts.
#   normal 9.4k -> 2/3 scale, pressed 4.7k -> 1/2, cut -> full, shorted -> 0.
ADC_SHORT_BELOW = 16384  # < 0.25
ADC_ACTIVE_BELOW = 38229  # < 0.583
ADC_NORMAL_BELOW = 54613  # < 0.833, above is OPEN
ADC_NORMAL = 43690
ADC_ACTIVE = 32768
ADC_OPEN = 65535
ADC_SHORTED = 0

LOOP_FAULT_MS = 200
ALM_REPEAT_MS = 250
LAMP_FAULT_MS = 1000

DEFAULT_CFG = {"hold": 500, "deb": 30, "hb": 1000, "hostto": 5000, "snd_on_hostlost": 0}
CFG_RANGES = {
    "hold": (0, 3000),
    "deb": (0, 500),
    "hb": (200, 10000),
    "hostto": (1000, 60000),
    "snd_on_hostlost": (0, 1),
}
CFG_ORDER = ("hold", "deb", "hb", "hostto", "snd_on_hostlost")
LIGHTS = ("OFF", "ON", "FL1", "FL2")
SOUNDS = ("OFF", "ON", "PULSE")
INDICATORS = ("OFF", "ON", "BLINK")
BOX_FAULTS = ("LOOP_OPEN", "LOOP_SHORT", "LAMP_OPEN", "RELAY", "BROWNOUT")


def crc16(data):
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF): binascii.crc_hqx(data, 0xFFFF)."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def encode(type_, seq, pairs):
    """One frame; pairs is a list of (key, value); a value of "" is sent as a bare key."""
    parts = [type_, str(seq)]
    for key, value in pairs:
        value = str(value)
        parts.append(key if value == "" else key + "=" + value)
    body = " ".join(parts).encode()
    return b"$" + body + b"*" + ("%04X" % crc16(body)).encode() + b"\n"


def classify(adc):
    if adc < ADC_SHORT_BELOW:
        return LOOP_SHORT
    if adc < ADC_ACTIVE_BELOW:
        return LOOP_ACT
    if adc < ADC_NORMAL_BELOW:
        return LOOP_OK
    return LOOP_OPEN


def pattern_on(mode, ms):
    """Is an output energised now? ON steady, FL1 alarm 1 Hz, FL2 drill double blink,
    PULSE short beeps, BLINK slow."""
    phase = ms % 1000
    if mode == "ON":
        return True
    if mode == "FL1" or mode == "BLINK":
        return phase < 500
    if mode == "FL2":
        return phase < 150 or 300 <= phase < 450
    if mode == "PULSE":
        return phase < 200
    return False


class LineParser:
    """Incremental PBL/1 receiver: drops bytes until '$', drops and counts bad frames."""

    def __init__(self):
        self.buf = bytearray()
        self.in_frame = False
        self.errors = 0

    def feed(self, data):
        frames = []
        for byte in data:
            if not self.in_frame:
                if byte == 0x24:
                    self.in_frame = True
                    self.buf = bytearray()
                continue
            if byte == 0x24:
                self.errors += 1
                self.buf = bytearray()
                continue
            if byte == 0x0A:
                self.in_frame = False
                frame = self._finish(bytes(self.buf))
                if frame is None:
                    self.errors += 1
                else:
                    frames.append(frame)
                continue
            self.buf.append(byte)
            if len(self.buf) > MAX_LINE - 1 or not (0x20 <= byte <= 0x7E or byte == 0x0D):
                self.errors += 1
                self.in_frame = False
        return frames

    def _finish(self, line):
        if line[-1:] == b"\r":
            line = line[:-1]
        star = line.rfind(b"*")
        if star < 0 or len(line) - star - 1 != 4 or b"\r" in line:
            return None
        body = line[:star]
        check = line[star + 1 :]
        for c in check:
            if not (0x30 <= c <= 0x39 or 0x41 <= c <= 0x46):
                return None
        if int(check.decode(), 16) != crc16(body):
            return None
        tokens = body.decode().split(" ")
        if len(tokens) < 2 or not tokens[1].isdigit():
            return None
        type_ = tokens[0]
        if not (1 <= len(type_) <= 6) or not all("A" <= c <= "Z" for c in type_):
            return None
        fields = {}
        for token in tokens[2:]:
            if token:
                eq = token.find("=")
                if eq < 0:
                    fields[token] = ""
                else:
                    fields[token[:eq]] = token[eq + 1 :]
        return (type_, int(tokens[1]), fields)


class Box:
    """The panic box. Call tick(now_ms) every ~10 ms and receive(bytes, now_ms) with what the
    host sent; send what take_output() returns. now_ms only ever grows."""

    def __init__(self, board, store, now_ms, fw=FW_VERSION, hw="pico-r1"):
        self.board = board
        self.store = store
        self.fw = fw
        self.hw = hw
        saved = store.load() or {}
        self.cfg = dict(DEFAULT_CFG)
        for key, value in (saved.get("cfg") or {}).items():
            if key in CFG_RANGES and CFG_RANGES[key][0] <= value <= CFG_RANGES[key][1]:
                self.cfg[key] = value
        self.boot = int(saved.get("boot", 0)) + 1
        self.t0 = now_ms
        self.seq = 0
        self.out = []
        self.parser = LineParser()
        self.state = IDLE
        self.alarm_id = None
        self.alarm_src = None
        self.acked = False
        self.alarm_n = 0
        self.pending = []  # [alarm id, frame bytes] repeated every 250 ms until ACKed
        self.next_repeat = now_ms
        self.test_until = 0
        self.host_last = now_ms
        self.host_lost = False
        self.faults = {}
        self.loop_raw = None
        self.loop_since = now_ms
        self.loop = LOOP_OK
        self.press_done = False
        self.host_light = "OFF"
        self.snd = "OFF"
        self.snd_until = 0
        self.ind = "OFF"
        self.ind_until = 0
        self.lamp_dark_ms = 0
        self.last_tick = now_ms
        self.modes = ("OFF", "OFF", "OFF")
        self.mode_since = [now_ms, now_ms, now_ms]
        latched = saved.get("latched")
        if latched:
            # power came back during an alarm: the light goes straight back on, same id
            self.state = ALARM
            self.alarm_id = latched.get("id")
            self.alarm_src = latched.get("src", "BTN")
            self.apply_outputs(now_ms)
        self.save()
        self.send_hello()
        self.next_hb = now_ms
        if self.state == ALARM:
            self.queue_alm(self.alarm_id, self.alarm_src, False, now_ms)

    # -- persistence ---------------------------------------------------------------------
    def save(self):
        latched = None
        if self.state == ALARM:
            latched = {"id": self.alarm_id, "src": self.alarm_src}
        self.store.save({"boot": self.boot, "cfg": dict(self.cfg), "latched": latched})

    # -- output frames -------------------------------------------------------------------
    def send(self, type_, pairs, seq=None):
        if seq is None:
            seq = self.seq
            self.seq = (self.seq + 1) & 0xFFFF
        frame = encode(type_, seq, pairs)
        self.out.append(frame)
        return frame

    def take_output(self):
        data = b"".join(self.out)
        self.out = []
        return data

    def up(self, now_ms):
        return now_ms - self.t0

    def send_hello(self):
        pairs = [
            ("proto", 1),
            ("fw", self.fw),
            ("hw", self.hw),
            ("uid", self.board.uid()),
            ("boot", self.boot),
            ("caps", "btn,loop,light,snd,lfb"),
            ("rst", self.board.reset_cause()),
        ]
        self.send("HELLO", pairs)
        # The settings would push HELLO past 128 bytes, so a CFG line follows it at once.
        self.send("CFG", [(key, self.cfg[key]) for key in CFG_ORDER])

    def status_name(self):
        if self.state == ALARM:
            return ALARM
        if self.state == TEST:
            return TEST
        for code in BOX_FAULTS:
            if code in self.faults:
                return "FAULT"
        return IDLE

    def send_hb(self, now_ms):
        pairs = [
            ("up", self.up(now_ms)),
            ("st", self.status_name()),
            ("loop", self.loop),
            ("light", self.light_mode()),
            ("snd", self.snd),
            ("lfb", self.lamp_field()),
            ("host", "LOST" if self.host_lost else "OK"),
            ("alarm", self.alarm_id if self.state == ALARM else "0"),
        ]
        if self.parser.errors:
            pairs.append(("crcerr", self.parser.errors))
        self.send("HB", pairs)

    def lamp_field(self):
        if self.board.lamp_ok() is None:
            return "NA"
        return "OPEN" if "LAMP_OPEN" in self.faults else "OK"

    def fault(self, code, on, now_ms):
        if on == (code in self.faults):
            return
        if on:
            self.faults[code] = True
        else:
            del self.faults[code]
        self.send("FLT", [("code", code), ("state", "SET" if on else "CLEAR"), ("up", self.up(now_ms))])

    # -- outputs -----------------------------------------------------------------------------
    def light_mode(self):
        if self.state == ALARM:
            return self.host_light if self.host_light in ("ON", "FL2") else "FL1"
        if self.state == TEST:
            return "FL2"
        return self.host_light

    def apply_outputs(self, now_ms):
        # each pattern starts with its on-phase the moment its mode changes: an alarm lights
        # the beacon at once, not at the next whole second
        modes = (self.light_mode(), self.snd, self.ind)
        for i in range(3):
            if modes[i] != self.modes[i]:
                self.mode_since[i] = now_ms
        self.modes = modes
        self.board.set_light(pattern_on(modes[0], now_ms - self.mode_since[0]))
        self.board.set_sounder(pattern_on(modes[1], now_ms - self.mode_since[1]))
        self.board.set_indicator(pattern_on(modes[2], now_ms - self.mode_since[2]))

    # -- activations -------------------------------------------------------------------------
    def new_id(self):
        self.alarm_n += 1
        return "%d.%d" % (self.boot, self.alarm_n)

    def activate(self, src, now_ms, alarm_id=None):
        """A press, a shorted loop, or RAISE. Returns the alarm id, or None if already latched."""
        if self.state == ALARM:
            return None
        if alarm_id is None:
            alarm_id = self.new_id()
        test = self.state == TEST
        if not test:
            self.state = ALARM
            self.alarm_id = alarm_id
            self.alarm_src = src
            self.acked = False
            if self.host_lost and self.cfg["snd_on_hostlost"]:
                self.snd = "ON"  # nobody sees the screen: make the outside sounder heard
                self.snd_until = 0
        self.apply_outputs(now_ms)  # light first, before any USB traffic
        if not test:
            self.save()
        self.queue_alm(alarm_id, src, test, now_ms)
        return alarm_id

    def queue_alm(self, alarm_id, src, test, now_ms):
        pairs = [
            ("id", alarm_id),
            ("src", src),
            ("loop", self.loop_raw or self.loop),
            ("test", 1 if test else 0),
            ("up", self.up(now_ms)),
        ]
        frame = self.send("ALM", pairs)
        self.pending.append([alarm_id, frame])
        self.next_repeat = now_ms + ALM_REPEAT_MS

    # -- time --------------------------------------------------------------------------------
    def tick(self, now_ms):
        self.board.feed_watchdog()
        dt = now_ms - self.last_tick
        self.last_tick = now_ms
        self.sample_loop(now_ms)
        if self.state == TEST and now_ms >= self.test_until:
            self.state = IDLE
        if self.snd_until and now_ms >= self.snd_until:
            self.snd = "OFF"
            self.snd_until = 0
        if self.ind_until and now_ms >= self.ind_until:
            self.ind = "OFF"
            self.ind_until = 0
        if not self.host_lost and now_ms - self.host_last >= self.cfg["hostto"]:
            self.host_lost = True
            self.fault("HOST_LOST", True, now_ms)
        self.apply_outputs(now_ms)
        self.check_lamp(dt, now_ms)
        if self.pending and now_ms >= self.next_repeat:
            for _, frame in self.pending:
                self.out.append(frame)  # a retransmission repeats its SEQ: same bytes
            self.next_repeat = now_ms + ALM_REPEAT_MS
        if now_ms >= self.next_hb:
            self.send_hb(now_ms)
            self.next_hb = now_ms + self.cfg["hb"]

    def sample_loop(self, now_ms):
        cls = classify(self.board.read_loop())
        if cls != self.loop_raw:
            self.loop_raw = cls
            self.loop_since = now_ms
        stable = now_ms - self.loop_since
        if stable >= self.cfg["deb"]:
            self.loop = cls
        if cls == LOOP_ACT:
            if not self.press_done and stable >= max(self.cfg["deb"], self.cfg["hold"]):
                self.press_done = True
                self.activate("BTN", now_ms)
        else:
            self.press_done = False
        if stable >= LOOP_FAULT_MS:
            self.fault("LOOP_OPEN", cls == LOOP_OPEN, now_ms)
            if cls == LOOP_SHORT and "LOOP_SHORT" not in self.faults:
                self.activate("LOOP_SHORT", now_ms)  # fail-safe: a shorted wire is an alarm
            self.fault("LOOP_SHORT", cls == LOOP_SHORT, now_ms)

    def check_lamp(self, dt, now_ms):
        lamp = self.board.lamp_ok()
        if lamp is None or not self.board.light_energised():
            return
        if lamp:
            self.lamp_dark_ms = 0
            self.fault("LAMP_OPEN", False, now_ms)
        else:
            self.lamp_dark_ms += dt
            if self.lamp_dark_ms >= LAMP_FAULT_MS:
                self.fault("LAMP_OPEN", True, now_ms)

    # -- host frames ---------------------------------------------------------------------------
    def receive(self, data, now_ms):
        for type_, seq, fields in self.parser.feed(data):
            self.host_last = now_ms
            if self.host_lost:
                self.host_lost = False
                self.fault("HOST_LOST", False, now_ms)
            self.handle(type_, seq, fields, now_ms)

    def ack(self, ref, code=None):
        if code is None:
            self.send("ACK", [("ref", ref), ("res", "OK")])
        else:
            self.send("ACK", [("ref", ref), ("res", "ERR"), ("code", code)])

    def handle(self, type_, seq, fields, now_ms):
        if type_ == "HB":
            return
        if type_ == "ACK":
            alarm_id = fields.get("id")
            self.pending = [p for p in self.pending if p[0] != alarm_id]
            if self.state == ALARM and alarm_id == self.alarm_id and not self.acked:
                self.acked = True
                self.ind = "BLINK"  # discreet "received" in the room
                self.ind_until = 0
            return
        handler = getattr(self, "cmd_" + type_.lower(), None)
        if handler is None:
            self.ack(seq, "UNKNOWN")
            return
        handler(seq, fields, now_ms)
        self.apply_outputs(now_ms)

    def cmd_out(self, seq, fields, now_ms):
        light = fields.get("light")
        snd = fields.get("snd")
        ind = fields.get("ind")
        dur = fields.get("dur", "0")
        if (
            (light is not None and light not in LIGHTS)
            or (snd is not None and snd not in SOUNDS)
            or (ind is not None and ind not in INDICATORS)
            or not dur.isdigit()
            or int(dur) > 86400
        ):
            self.ack(seq, "RANGE")
            return
        if light == "OFF" and self.state == ALARM:
            self.ack(seq, "LATCHED")  # a stale or buggy command never clears a live alarm
            return
        until = now_ms + int(dur) * 1000 if int(dur) else 0
        if light is not None:
            self.host_light = light
        if snd is not None:
            self.snd = snd
            self.snd_until = until if snd != "OFF" else 0
        if ind is not None:
            self.ind = ind
            self.ind_until = until if ind != "OFF" else 0
        self.ack(seq)

    def cmd_raise(self, seq, fields, now_ms):
        alarm_id = fields.get("id", "")
        src = fields.get("src", "UI")
        if not alarm_id or src not in ("UI", "HOTKEY"):
            self.ack(seq, "RANGE")
            return
        self.ack(seq)
        self.activate(src, now_ms, alarm_id)

    def cmd_reset(self, seq, fields, now_ms):
        alarm_id = fields.get("id")
        if self.state == ALARM and alarm_id == self.alarm_id:
            self.state = IDLE
            self.alarm_id = None
            self.alarm_src = None
            self.acked = False
            self.host_light = "OFF"
            self.snd = "OFF"
            self.ind = "OFF"
            self.pending = [p for p in self.pending if p[0] != alarm_id]
            self.save()
            self.ack(seq)
        elif alarm_id is not None and any(p[0] == alarm_id for p in self.pending):
            self.pending = [p for p in self.pending if p[0] != alarm_id]  # a drill press
            self.ack(seq)
        else:
            self.ack(seq, "BADID")

    def cmd_test(self, seq, fields, now_ms):
        if "off" in fields:
            if self.state == TEST:
                self.state = IDLE
            self.ack(seq)
            return
        on = fields.get("on", "")
        if not on.isdigit() or not 1 <= int(on) <= 3600:
            self.ack(seq, "RANGE")
            return
        if self.state == ALARM:
            self.ack(seq, "LATCHED")
            return
        self.state = TEST
        self.test_until = now_ms + int(on) * 1000
        self.ack(seq)

    def cmd_cfg(self, seq, fields, now_ms):
        new = dict(self.cfg)
        for key in CFG_ORDER:
            if key in fields:
                value = fields[key]
                low, high = CFG_RANGES[key]
                if not value.isdigit() or not low <= int(value) <= high:
                    self.ack(seq, "RANGE")
                    return
                new[key] = int(value)
        self.cfg = new
        self.save()
        self.ack(seq)

    def cmd_q(self, seq, fields, now_ms):
        self.ack(seq)
        self.send_hello()
        self.send_hb(now_ms)
        self.next_hb = now_ms + self.cfg["hb"]
