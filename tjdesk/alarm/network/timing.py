"""How soon a station that hangs is seen offline: the keepalive and what the broker makes of it.

Apart from tjdesk.alarm.network.link so that the screens that only say it (the Network page)
do not load the MQTT client with it (about 10 MB of the signed-in window; issue 18).
"""

from __future__ import annotations

KEEPALIVE_S = 4
# When the broker sends a hung station's Last Will ("offline"). The protocol promises 1.5 x
# keepalive; Mosquitto 2.0 cannot keep that, whatever its configuration (every 2.0.x release,
# Debian 12's 2.0.11 included). Its main loop wakes every 100 ms (src/mux_epoll.c:189), but
# src/keepalive.c:40 sweeps the clients only when `last_keepalive_check + 5 < db.now_s`, i.e.
# once every 6 s, and line 49 counts whole seconds (`db.now_s - context->last_msg_in <=
# keepalive*3/2`). So a station that hangs or loses its cable is offline at most
# floor(1.5 x keepalive) + 1 s after its last packet, plus up to 5 s to the next sweep (and the
# 100 ms loop): 12.1 s for keepalive 4. No keepalive of at most 5 s gets under 1.5 x keepalive
# (`sys_interval` and the like change nothing: measured). A process that dies or a computer
# that shuts down closes its connection and is offline at once. Measured: `make bench`.
BROKER_KEEPALIVE_SWEEP_S = 6
OFFLINE_WITHIN_S = KEEPALIVE_S * 3 // 2 + BROKER_KEEPALIVE_SWEEP_S + 1  # 13 s, shown on screen
# Not lower: paho pings every keepalive, up to 1 s late (its loop's 1 s select). Keepalive 4
# leaves a second to spare below Mosquitto's whole-second limit (4*3/2 = 6); 3 or 2 leave none
# (3*3/2 = 4, 2*3/2 = 3), so a busy computer would be dropped now and then, to gain 2-3 s.
