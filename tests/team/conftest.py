"""A real PostgreSQL for the team store's tests (issue 16): a cluster of its own for the
session, from Debian's server programs, the way a careful IT department would set one up:
a certificate authority and a server certificate made for the run, `ssl = on`,
`password_encryption = scram-sha-256`, `pg_hba.conf` with `hostssl ... scram-sha-256`
lines only (no `host` line: plain TCP is refused), listening on 127.0.0.1 alone, on a
free port, with its unix socket in its own temporary folder.

PostgreSQL refuses to run as root, and CI runs as root: there the server programs run as
`nobody` (setpriv), in a temporary folder given to that user. Starting waits with
`pg_ctl -w`; nothing here sleeps. Without the server programs the tests are skipped and
say how to get them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

ADMIN = "pgadmin"  # the cluster's superuser (made by initdb)
OWNER = "scamscreen_owner"  # owns the database and runs `team init`, not a superuser
DATABASE = "scamscreen"
HOW_TO_GET = (
    "the PostgreSQL server programs are not installed (/usr/lib/postgresql/N/bin/initdb): "
    "on Debian or Ubuntu run `apt-get install postgresql` (or `python3 dev.py test` as "
    "root, which installs it)"
)


def server_bin() -> Path | None:
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A certificate authority and a server certificate (127.0.0.1, localhost) signed
    by it, for this run only: (ca.crt, server.crt, server.key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ScamScreen test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.crt", folder / "server.crt", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_file.chmod(0o600)
    return ca_file, cert_file, key_file


class Cluster:
    """One PostgreSQL cluster in a temporary folder. `safe=False` makes the careless
    kind `team doctor` must flag: TLS off, `trust` for every TCP connection."""

    def __init__(self, bindir: Path, *, safe: bool = True) -> None:
        self.bindir = bindir
        self.safe = safe
        self.root = Path(tempfile.mkdtemp(prefix="scamscreen-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()
        self.admin_password = secrets.token_urlsafe(18)
        self.owner_password = secrets.token_urlsafe(18)
        self.as_nobody = os.geteuid() == 0
        self.ca, cert, key = _certificates(self.root)
        self.cert, self.key = cert, key
        if self.as_nobody:  # PostgreSQL will not run as root: the folder is nobody's
            import pwd

            user = pwd.getpwnam("nobody")
            for path in (self.root, cert, key, self.ca):
                os.chown(path, user.pw_uid, user.pw_gid)
        self.root.chmod(0o700)

    # -- running the server's programs

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        prefix: list[str] = []
        if self.as_nobody:
            prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}
        done = subprocess.run(
            [*prefix, *args], cwd=self.root, env=env, capture_output=True, text=True,
            timeout=120,
        )
        if check and done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}\n{log}")
        return done

    def init(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(self.admin_password + "\n")
        if self.as_nobody:
            import pwd

            user = pwd.getpwnam("nobody")
            os.chown(pwfile, user.pw_uid, user.pw_gid)
        pwfile.chmod(0o600)
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", ADMIN,
            f"--pwfile={pwfile}", "--auth=scram-sha-256", "--encoding=UTF8",
            "--no-locale", "--no-sync",
        )
        pwfile.unlink()
        self.configure(safe=self.safe)

    def configure(self, *, safe: bool) -> None:
        """Write the settings and pg_hba.conf (`safe`: as issue 16 asks; else TLS off and
        `trust`), then reload when running."""
        self.safe = safe
        conf = [
            f"port = {self.port}",
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{self.root}'",
            "password_encryption = " + ("'scram-sha-256'" if safe else "'md5'"),
            "max_connections = 60",
            "shared_buffers = 32MB",
            "fsync = on",
            f"ssl = {'on' if safe else 'off'}",
            f"ssl_cert_file = '{self.cert}'",
            f"ssl_key_file = '{self.key}'",
            f"ssl_ca_file = '{self.ca}'",
            "ssl_min_protocol_version = 'TLSv1.2'",
        ]
        (self.data / "postgresql.auto.conf").write_text("\n".join(conf) + "\n")
        if safe:
            hba = [
                "# TYPE   DATABASE  USER  ADDRESS        METHOD",
                "local    all       all                  scram-sha-256",
                "hostssl  all       all   127.0.0.1/32   scram-sha-256",
            ]
        else:
            hba = ["local all all trust", "host all all 127.0.0.1/32 trust"]
        (self.data / "pg_hba.conf").write_text("\n".join(hba) + "\n")
        if self.as_nobody:
            import pwd

            user = pwd.getpwnam("nobody")
            for name in ("postgresql.auto.conf", "pg_hba.conf"):
                os.chown(self.data / name, user.pw_uid, user.pw_gid)
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "reload")

    def start(self) -> None:
        for _attempt in range(3):  # the free port may be taken between choosing and use
            done = self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                "-w", "-t", "60", "start", check=False,
            )
            if done.returncode == 0:
                return
            self.port = _free_port()
            self.configure(safe=self.safe)
        raise RuntimeError(f"pg_ctl start failed: {self.log.read_text(errors='replace')}")

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w",
                      "stop", check=False)

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # -- addresses

    def url(self, user: str, password: str | None = None, *, database: str = DATABASE,
            sslmode: str = "verify-full", host: str = "127.0.0.1") -> str:
        auth = quote(user, safe="")
        if password is not None:
            auth += ":" + quote(password, safe="")
        query = f"sslmode={sslmode}"
        if sslmode.startswith("verify"):
            query += f"&sslrootcert={quote(str(self.ca))}"
        return f"postgresql://{auth}@{host}:{self.port}/{database}?{query}"

    def admin_url(self, database: str = "postgres") -> str:
        if not self.safe:
            return self.url(ADMIN, self.admin_password, database=database, sslmode="disable")
        return self.url(ADMIN, self.admin_password, database=database)

    def owner_url(self) -> str:
        return self.url(OWNER, self.owner_password)

    @contextlib.contextmanager
    def admin(self, database: str = "postgres") -> Iterator[object]:
        import psycopg

        with psycopg.connect(self.admin_url(database), autocommit=True) as conn:
            yield conn

    def create_team_database(self, database: str = DATABASE) -> None:
        """The database `team init` is run on, owned by OWNER, a role that may create
        roles but is no superuser (as docs/team.md's IT guide makes it); nobody else may
        connect to it until `team init` grants it."""
        from psycopg import sql

        with self.admin() as conn:
            run = conn.execute  # type: ignore[attr-defined]
            if not run("SELECT 1 FROM pg_roles WHERE rolname = %s", [OWNER]).fetchone():
                run(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
                    sql.Identifier(OWNER), sql.Literal(self.owner_password)))
            run(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(database), sql.Identifier(OWNER)))
            run(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(
                sql.Identifier(database)))


def start_cluster(*, safe: bool = True) -> Cluster:
    bindir = server_bin()
    if bindir is None:
        pytest.skip(HOW_TO_GET)
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("as root, the PostgreSQL tests need `setpriv` (util-linux) to run "
                    "the server as nobody")
    cluster = Cluster(bindir, safe=safe)
    try:
        cluster.init()
        cluster.start()
    except BaseException:
        cluster.remove()
        raise
    return cluster


@pytest.fixture(scope="session")
def pg() -> Iterator[Cluster]:
    """The session's server, with the database `scamscreen` owned by a role that may
    create roles but is no superuser (the owner the IT guide in docs/team.md makes)."""
    cluster = start_cluster()
    try:
        cluster.create_team_database()
        yield cluster
    finally:
        cluster.remove()


class Team:
    """The session's team database, set up by `team init`, with one account of each
    kind on the desk "north" and a staff member of the desk "south"."""

    def __init__(self, cluster: Cluster) -> None:
        from scamscreen.store.team import admin

        self.cluster = cluster
        self.owner_url = cluster.owner_url()
        self.first_init = admin.init(self.owner_url)
        self.users: dict[str, str] = {}
        for name, role, desk in (("alice", "staff", "north"), ("lena", "lead", "north"),
                                 ("audrey", "auditor", "north"), ("bob", "staff", "south"),
                                 ("sam", "lead", "south")):
            made = admin.add_user(self.owner_url, name, role, desk)
            self.users[name] = made.password

    def url(self, name: str, **kw: str) -> str:
        return self.cluster.url(name, self.users[name], **kw)

    def url_without_password(self, name: str) -> str:
        return self.cluster.url(name)

    @contextlib.contextmanager
    def connect(self, name: str) -> Iterator[object]:
        """psycopg directly, as that account: what the server allows, not the client."""
        import psycopg

        with psycopg.connect(self.url(name), autocommit=True) as conn:
            yield conn


@pytest.fixture(scope="session")
def team(pg: Cluster) -> Team:
    return Team(pg)


@pytest.fixture(scope="session")
def screened(screener):
    """Screen a contact given as fields: (contact, result)."""
    from scamscreen.core.contact import parse_contact

    def _screen(**fields: object) -> tuple[object, object]:
        contact = parse_contact(fields)
        return contact, screener.screen(contact)

    return _screen


HERE = Path(__file__).parent


def run_cli(*args: str, home: Path, stdin: str = "", env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
    """`scamscreen --data-dir HOME ARGS...` as a real process, with a keyring of the
    test's own (file_keyring.py) and no team address or password from the environment
    unless `env` gives one."""
    full = {k: v for k, v in os.environ.items()
            if k not in {"SCAMSCREEN_HOME", "SCAMSCREEN_TEAM_URL", "PGPASSWORD"}}
    full.update({
        "PYTHONIOENCODING": "utf-8",
        "SCAMSCREEN_CACHE": str(home.parent / "cache"),
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "TEST_KEYRING_FILE": str(home.parent / "keyring.json"),
        "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
    })
    full.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "scamscreen", "--data-dir", str(home), *args],
        input=stdin, capture_output=True, text=True, env=full, timeout=120)


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="module")
def careless_pg() -> Iterator[Cluster]:
    """A second, small cluster set up carelessly: TLS off, md5 passwords, and `trust`
    for every connection, local and TCP (what `team doctor` must flag)."""
    cluster = start_cluster(safe=False)
    try:
        yield cluster
    finally:
        cluster.remove()
