"""Where a webhook may send: public internet addresses only, unless the operator allows
private ones (``SALES_WEBHOOK_ALLOW_PRIVATE_TARGETS``, for a receiver inside the same
network).

A webhook's URL is chosen by an admin or an integrator, and the API's server sits inside
the company's network: without this check a URL such as ``http://169.254.169.254/`` (a
cloud's metadata service) or ``http://10.0.0.5:5432/`` makes the worker a door into that
network (server-side request forgery). Two checks:

* when a webhook is saved, a host that is an address literal (or ``localhost``) is
  refused at once with a 422 naming ``url``: the integrator learns it while typing;
* when a delivery is sent, the host is resolved by ``GuardedNetwork`` and the connection
  is made to an address that was checked, never to a second resolution: a name that
  resolves to a public address when saved and to a private one later (DNS rebinding)
  is refused too. The refusal is the attempt's logged error.

Decision: docs/decisions/0037-webhooks.md ("Private addresses").
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class PrivateTarget(httpcore.ConnectError):
    """The host is, or resolves to, an address that is not public."""


def is_public(address: IPAddress) -> bool:
    """A globally routable unicast address (not private, loopback, link-local, shared
    carrier space, reserved, multicast; an IPv4 address inside IPv6 is judged as IPv4)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return is_public(embedded)
    return address.is_global and not address.is_multicast


def literal_refusal(host: str) -> str | None:
    """Why a URL's host is refused without resolving it, or None: an address literal
    that is not public, or a name for this machine."""
    name = host.strip("[]").lower().rstrip(".")
    if name in LOCAL_NAMES or name.endswith(".localhost"):
        return "must not point to this machine (localhost)"
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return None
    if not is_public(address):
        return f"must not point to a private or reserved address ({address})"
    return None


async def resolve(host: str, port: int) -> list[str]:
    """The host's addresses, as the system resolver gives them."""
    try:
        found = await asyncio.get_running_loop().getaddrinfo(
            host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
        )
    except socket.gaierror as error:
        raise httpcore.ConnectError(f"{host} does not resolve: {error.strerror}") from None
    return list(dict.fromkeys(str(info[4][0]) for info in found))


async def public_addresses(host: str, port: int) -> list[str]:
    """The host's addresses, every one of them public, or ``PrivateTarget``."""
    refusal = literal_refusal(host)
    if refusal is not None:
        raise PrivateTarget(f"refused: the URL {refusal}")
    addresses = await resolve(host, port)
    private = [a for a in addresses if not is_public(ipaddress.ip_address(a.split("%")[0]))]
    if private:
        # One private address is enough to refuse: the client may be given any of them.
        raise PrivateTarget(f"refused: {host} resolves to a private address ({private[0]})")
    return addresses


class GuardedNetwork(httpcore.AsyncNetworkBackend):
    """httpcore's network, connecting only to the checked addresses of a host. TLS and
    the Host header still use the name (httpcore passes it apart, to ``start_tls``)."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        last: Exception | None = None
        for address in await public_addresses(host, port):
            try:
                return await self._inner.connect_tcp(
                    address,
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        assert last is not None  # public_addresses answers at least one address
        raise last

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 (httpcore's interface)
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise PrivateTarget("refused: webhooks are sent over TCP only")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def guarded_transport() -> httpx.AsyncHTTPTransport:
    """An httpx transport over ``GuardedNetwork`` (its client must not take proxies
    from the environment: a proxy would connect on our behalf, unchecked)."""
    transport = httpx.AsyncHTTPTransport()
    # httpx builds its connection pool without a way to pass a network backend: the
    # pool is replaced by the same one over the guarded network (httpx is pinned; the
    # tests send through it, to a refused and to an allowed receiver).
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        network_backend=GuardedNetwork(),
    )
    return transport
