# Run by test_firmware_micropython.py under the MicroPython unix port (not by pytest itself):
# the firmware logic must run on MicroPython, not only on CPython. No f-strings here either.
import sys

sys.path.insert(0, sys.argv[1])
import board_fake  # noqa: E402
import logic  # noqa: E402

board = board_fake.FakeBoard()
store = board_fake.MemoryStore()
box = logic.Box(board, store, 0)
assert logic.crc16(b"123456789") == 0x29B1
out = box.take_output()
for t in range(10, 200, 10):
    box.tick(t)
board.adc = logic.ADC_ACTIVE
for t in range(200, 900, 10):
    box.tick(t)
out += box.take_output()
assert box.state == logic.ALARM, box.state
assert board.light or box.light_mode() == "FL1"
frames = logic.LineParser().feed(out)
types = [f[0] for f in frames]
assert "HELLO" in types and "ALM" in types, types
box.receive(logic.encode("OUT", 4, [("light", "OFF")]), 900)
assert box.state == logic.ALARM
box.receive(logic.encode("RESET", 5, [("id", box.alarm_id)]), 900)
assert box.state == logic.IDLE
reply = logic.LineParser().feed(box.take_output())
assert [f[0] for f in reply] == ["ACK", "ACK"], reply
assert reply[0][2]["code"] == "LATCHED" and reply[1][2]["res"] == "OK"
again = logic.Box(board_fake.FakeBoard(), store, 0)
assert again.boot == 2
print("firmware logic ok on " + sys.implementation.name)
