"""The station's MQTT connection: paho-mqtt 2 (callback API version 2), MQTT 5, TLS with the
station's certificate, a Last Will that says "offline", keepalive 4 s (offline within 13 s of
hanging, see ``OFFLINE_WITHIN_S``), QoS 1 and a
persistent session (Clean Start off, a session that outlives a restart of the broker or the
station).

paho's network loop runs on its own thread (``loop_start``); every callback is handed to
``on_*`` callables that must return at once (the bridge queues them for its worker).
``publish`` may be called from any thread and never waits on the network: paho queues
QoS 1 messages and sends them when it is connected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion
from paho.mqtt.packettypes import PacketTypes
from paho.mqtt.properties import Properties
from paho.mqtt.subscribeoptions import SubscribeOptions

from tjdesk.alarm.network.identity import StationIdentity
from tjdesk.alarm.network.timing import (  # re-exported; the reasons are told there
    BROKER_KEEPALIVE_SWEEP_S as BROKER_KEEPALIVE_SWEEP_S,
)
from tjdesk.alarm.network.timing import KEEPALIVE_S as KEEPALIVE_S
from tjdesk.alarm.network.timing import OFFLINE_WITHIN_S as OFFLINE_WITHIN_S

SESSION_EXPIRY_S = 14 * 24 * 3600
RECONNECT_MIN_S = 1
RECONNECT_MAX_S = 2  # a desk is current again within 5 s of the broker coming back
QUEUE_LIMIT = 5000  # messages paho keeps for the broker while it is away


class StationLink:
    def __init__(
        self,
        identity: StationIdentity,
        *,
        will: bytes,
        will_topic: str,
        on_connected: Callable[[], None],
        on_disconnected: Callable[[str], None],
        on_message: Callable[[str, bytes], None],
        on_published: Callable[[int], None],
        keepalive_s: int = KEEPALIVE_S,
    ) -> None:
        self.identity = identity
        self._on_connected = on_connected
        self._on_disconnected = on_disconnected
        self._on_message = on_message
        self._on_published = on_published
        self._keepalive = keepalive_s
        client = mqtt.Client(
            CallbackAPIVersion.VERSION2,
            client_id=identity.station,
            protocol=MQTTProtocolVersion.MQTTv5,
        )
        # paho's defaults: TLS 1.2 or newer, the broker's certificate required and checked
        # against the site's CA and the broker's host name.
        client.tls_set(
            ca_certs=str(identity.ca_cert), certfile=str(identity.cert), keyfile=str(identity.key)
        )
        client.will_set(will_topic, will, qos=1, retain=True)
        client.reconnect_delay_set(RECONNECT_MIN_S, RECONNECT_MAX_S)
        client.max_queued_messages_set(QUEUE_LIMIT)
        client.on_connect = self._connected
        client.on_connect_fail = self._connect_failed
        client.on_disconnect = self._disconnected
        client.on_message = self._message
        client.on_publish = self._published
        self._client = client

    def start(self) -> None:
        properties = Properties(PacketTypes.CONNECT)  # type: ignore[no-untyped-call]
        properties.SessionExpiryInterval = SESSION_EXPIRY_S
        self._client.connect_async(
            self.identity.broker_host,
            self.identity.broker_port,
            keepalive=self._keepalive,
            clean_start=False,
            properties=properties,
        )
        self._client.loop_start()

    def stop(self) -> None:
        self._client.disconnect()
        self._client.loop_stop()

    def subscribe(self, topics: list[str]) -> None:
        # no_local: a station's own messages are not news to it.
        options = SubscribeOptions(qos=1, noLocal=True)
        self._client.subscribe([(t, options) for t in topics])

    def publish(self, topic: str, payload: bytes, *, retain: bool) -> mqtt.MQTTMessageInfo:
        """Queue a QoS 1 message (sent now, or when the broker is back); never waits."""
        return self._client.publish(topic, payload, qos=1, retain=retain)

    @property
    def connected(self) -> bool:
        return bool(self._client.is_connected())

    # ------------------------------------------------------------------ paho's thread

    def _connected(
        self, client: Any, userdata: Any, flags: Any, reason: Any, properties: Any
    ) -> None:
        if reason.is_failure:
            self._on_disconnected(str(reason))
        else:
            self._on_connected()

    def _connect_failed(self, client: Any, userdata: Any) -> None:
        self._on_disconnected("connection failed")

    def _disconnected(
        self, client: Any, userdata: Any, flags: Any, reason: Any, properties: Any
    ) -> None:
        self._on_disconnected(str(reason))

    def _message(self, client: Any, userdata: Any, message: Any) -> None:
        self._on_message(str(message.topic), bytes(message.payload))

    def _published(
        self, client: Any, userdata: Any, mid: int, reason: Any, properties: Any
    ) -> None:
        self._on_published(mid)
