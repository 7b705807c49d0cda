"""A throwaway certificate authority for TLS tests, made with ``cryptography``.

Nothing here is a test; import it from tests (``from tests.tlsca import TestCA``)::

    ca = TestCA(tmp_path)          # CA + a server certificate for 127.0.0.1 and localhost
    ca.ca_file                     # the CA certificate (PEM): what a client must trust
    ca.cert_file, ca.key_file      # the server's certificate chain and key (PEM)
    ca.server_context()            # an ssl.SSLContext a server can wrap sockets with
    ca.client_context()            # an ssl.SSLContext that trusts only this CA

A client trusts it the way an operator's machine trusts a real CA: ``SSL_CERT_FILE=ca.ca_file``
(OpenSSL's own variable, read by ``ssl.create_default_context()`` each time it is called).
EC P-256 keys: making a CA and a server certificate takes a few milliseconds.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = ["TestCA"]

DEFAULT_HOSTS = ("127.0.0.1", "localhost")


class TestCA:
    """A CA key and self-signed certificate, and one server certificate it signed for
    ``hosts`` (SubjectAltName: IP addresses as iPAddress, names as dNSName), written as PEM
    files under ``directory`` (created if missing; the key files are 0600)."""

    __test__ = False  # not a pytest test class, whatever its name says

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        name: str = "grantbox test CA",
        hosts: tuple[str, ...] = DEFAULT_HOSTS,
        days: int = 2,
    ) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.hosts = hosts
        now = datetime.datetime.now(datetime.UTC)
        not_before, not_after = now - datetime.timedelta(hours=1), now + datetime.timedelta(days)

        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        self.ca_cert = (
            x509.CertificateBuilder()
            .subject_name(ca_name)
            .issuer_name(ca_name)
            .public_key(self.ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.ca_key.public_key()),
                critical=False,
            )
            .sign(self.ca_key, hashes.SHA256())
        )

        self.server_key = ec.generate_private_key(ec.SECP256R1())
        names: list[x509.GeneralName] = []
        for host in hosts:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        self.server_cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
            .issuer_name(ca_name)
            .public_key(self.server_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.ca_key.public_key()),
                critical=False,
            )
            .sign(self.ca_key, hashes.SHA256())
        )

        self.ca_file = self.directory / "ca.pem"
        self.cert_file = self.directory / "server.pem"
        self.key_file = self.directory / "server.key"
        self.ca_file.write_bytes(self.ca_cert.public_bytes(serialization.Encoding.PEM))
        self.cert_file.write_bytes(self.server_cert.public_bytes(serialization.Encoding.PEM))
        _write_private(
            self.key_file,
            self.server_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )

    def server_context(self) -> ssl.SSLContext:
        """A server-side context with this CA's server certificate and key."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts this CA only (for test helpers)."""
        return ssl.create_default_context(cafile=str(self.ca_file))


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
