"""A TCP proxy for fault tests: relays loopback connections to a real server, and can cut them.

Nothing here is a test; import it from tests (``from tests.faultproxy import FaultProxy``)::

    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        settings = make_settings(imap_port=proxy.port)
        ...
        proxy.down()   # every relayed connection is closed; new ones are refused (RST)
        proxy.up()     # new connections are relayed again, on the same port
        proxy.reject() # listening, but every new connection is reset at once (and timed)
        proxy.stall()  # listening, but nothing moves either way: open connections freeze,
                       # new ones are accepted and never answered (a hung server, a
                       # firewall that drops packets); up() lets them flow again

``proxy.cut_after = n`` closes each connection once it has carried n bytes from the server;
``proxy.stall_after = n`` freezes everything at that point instead (a hang mid-FETCH).

``down()`` is what a client sees when the server process dies: open connections end (FIN)
and connecting fails with ECONNREFUSED, because nothing listens on the port any more.
``cut()`` closes the open connections only and keeps accepting new ones (a server that drops
its sessions). Everything runs in daemon threads; ``close()`` stops them.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
import time

__all__ = ["FaultProxy"]

LOOPBACK = "127.0.0.1"


class FaultProxy:
    def __init__(self, target_host: str, target_port: int, *, host: str = LOOPBACK) -> None:
        self.target = (target_host, target_port)
        self.host = host
        self.port = 0
        self.accepted = 0  # connections relayed since start (for tests)
        self._lock = threading.Lock()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._listener: socket.socket | None = None
        self._accept_thread: threading.Thread | None = None
        self._closed = False
        self._rejecting = False
        self._stalled = threading.Event()
        self._held: list[socket.socket] = []  # connections accepted while stalled
        # Stall everything once one connection has carried this many bytes from the server
        # (a hang in the middle of a FETCH); None: never by itself.
        self.stall_after: int | None = None
        # Close each connection once it has carried this many bytes from the server (a flaky
        # proxy, a provider's bandwidth cut); None: never. `cuts` counts them.
        self.cut_after: int | None = None
        self.cuts = 0
        self.down_after_cut = False  # the server goes away with the cut: nothing reconnects
        self.rejected_at: list[float] = []  # time.monotonic() of each connection reject() reset

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> FaultProxy:
        self.up()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def up(self) -> None:
        """Listen (again, on the same port) and relay every new connection."""
        with self._lock:
            self._rejecting = False
            self._stalled.clear()
            held, self._held = self._held, []
            for sock in held:  # a client that waited through the stall gets a fresh start
                with contextlib.suppress(OSError):
                    sock.close()
            if self._listener is not None:
                return
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            for attempt in range(50):  # the old listener's port is free again at once
                try:
                    listener.bind((self.host, self.port))
                    break
                except OSError:
                    if attempt == 49 or self.port == 0:
                        listener.close()
                        raise
                    time.sleep(0.05)
            listener.listen(64)
            self.port = listener.getsockname()[1]
            self._listener = listener
            self._accept_thread = threading.Thread(
                target=self._accept_loop, args=(listener,), name="faultproxy-accept", daemon=True
            )
            self._accept_thread.start()

    def down(self) -> None:
        """Stop listening (new connections are refused) and cut every open connection."""
        with self._lock:
            listener, self._listener = self._listener, None
            thread, self._accept_thread = self._accept_thread, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes accept() in the thread
            listener.close()
        if thread is not None:
            thread.join(timeout=5)
        self.cut()

    def reject(self) -> None:
        """Cut every open connection; keep listening, but reset each new connection at once
        (recording when it came in `rejected_at`): a server that is down behind a balancer."""
        self.up()
        with self._lock:
            self._rejecting = True
        self.cut()

    def stall(self) -> None:
        """Keep listening and keep every connection open, but move no byte either way."""
        self.up()
        self._stalled.set()

    def cut(self) -> int:
        """Close every relayed connection (both sides); returns how many there were."""
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
        return len(pairs)

    def close(self) -> None:
        self._closed = True
        self._stalled.clear()
        with self._lock:
            held, self._held = self._held, []
        for sock in held:
            sock.close()
        self.down()

    @property
    def connections(self) -> int:
        with self._lock:
            return len(self._pairs)

    # -- relaying ----------------------------------------------------------------------------

    def _accept_loop(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _addr = listener.accept()
            except OSError:
                return  # the listener was closed: down()
            with self._lock:
                rejecting = self._rejecting
                if rejecting:
                    self.rejected_at.append(time.monotonic())
            if self._stalled.is_set():
                with self._lock:
                    self._held.append(client)
                continue
            if rejecting:
                # SO_LINGER 0: close() sends a RST, as a port without a server would.
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            with self._lock:
                if self._listener is not listener:  # went down meanwhile
                    client.close()
                    server.close()
                    return
                self._pairs.append((client, server))
                self.accepted += 1
            threading.Thread(
                target=self._relay, args=(client, server), name="faultproxy-relay", daemon=True
            ).start()

    def _relay(self, client: socket.socket, server: socket.socket) -> None:
        peer = {client: server, server: client}
        from_server = 0
        with selectors.DefaultSelector() as sel:
            try:
                sel.register(client, selectors.EVENT_READ)
                sel.register(server, selectors.EVENT_READ)
            except (OSError, ValueError):
                return  # cut before the relay started
            try:
                while True:
                    if self._stalled.is_set():
                        time.sleep(0.05)
                        if client.fileno() < 0 or server.fileno() < 0:
                            return
                        continue
                    for key, _ in sel.select(timeout=0.5):
                        src: socket.socket = key.fileobj  # type: ignore[assignment]
                        data = src.recv(65536)
                        if not data:
                            raise EOFError
                        if src is server:
                            carried, from_server = from_server, from_server + len(data)
                            if self.cut_after is not None and from_server > self.cut_after:
                                peer[src].sendall(data[: self.cut_after - carried])
                                with self._lock:
                                    self.cuts += 1
                                if self.down_after_cut:
                                    threading.Thread(target=self.down, daemon=True).start()
                                raise EOFError
                            if self.stall_after is not None and from_server >= self.stall_after:
                                peer[src].sendall(data[: max(self.stall_after - carried, 0)])
                                self._stalled.set()
                                break
                        peer[src].sendall(data)
                    if client.fileno() < 0 or server.fileno() < 0:  # cut() closed them
                        return
            except (OSError, ValueError, EOFError):
                pass
            finally:
                with self._lock:
                    if (client, server) in self._pairs:
                        self._pairs.remove((client, server))
                for sock in (client, server):
                    with contextlib.suppress(OSError):
                        sock.shutdown(socket.SHUT_RDWR)
                    sock.close()
