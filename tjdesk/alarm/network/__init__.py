"""The shelter alarm network (PROTOCOL-ALARMNET.md): every alarm service may join the
shelter's Mosquitto broker, so a press in any room reaches every desk.

- ``names``: ids and topics; ``payloads``: what crosses the wire, built and checked.
- ``pki`` and ``site``: the shelter's own certificate authority and the broker's files.
- ``identity``: a station's folder (certificate, key, CA, station.json).
- ``board``: what a station knows of the other rooms (dedupe by event id, state by seq).
- ``link``: the MQTT connection (paho-mqtt 2, MQTT 5) on its own threads.
- ``bridge``: the few hooks between the alarm service and the link.

The network is never on the alarm's hot path: the light is lit and the event journaled
before anything here hears of it.
"""
