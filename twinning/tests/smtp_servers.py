"""Real SMTP peers on loopback for the outbox tests: one that accepts connections and
never answers, and a working one (aiosmtpd) that keeps what it receives."""

import socket
import threading
from contextlib import contextmanager
from email import message_from_bytes

from aiosmtpd.controller import Controller


class StalledServer:
    """Accepts TCP connections and never says a word, like an SMTP server that hangs."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        while True:
            try:
                conn, _address = self.sock.accept()
            except OSError:
                return
            self.connections.append(conn)

    def close(self):
        self.sock.close()
        for conn in self.connections:
            conn.close()


class _Keep:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def stalled_smtp():
    server = StalledServer()
    try:
        yield server
    finally:
        server.close()


@contextmanager
def working_smtp():
    """Yields (port, messages): every message the server accepted, in order."""
    handler = _Keep()
    port = _free_port()  # aiosmtpd checks its own start by connecting to the port it got
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler.messages
    finally:
        controller.stop()
