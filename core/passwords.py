"""Password hashing (argon2id, via argon2-cffi) and the password policy.

Hashing is deliberately slow (tens of milliseconds): async callers run it in a worker thread
(`asyncio.to_thread`) so that a login never stalls the other users.
"""
from __future__ import annotations

import secrets
import sys
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from locales import t

MIN_LENGTH = 10

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def use_cheap_hashing_in_tests() -> None:
    """For the test suite only (tests/conftest.py calls it): argon2id at its smallest cost (one pass
    over 8 KiB), so that the accounts the tests make and log in with cost microseconds instead of
    about 0.3 s each. There is no setting for it, and it refuses to run outside pytest. Hashes made
    so are still verified by the real hasher (argon2 reads the cost from the hash) and re-hashed
    at the next good login (`needs_rehash`)."""
    global _hasher
    if 'pytest' not in sys.modules:
        raise RuntimeError('use_cheap_hashing_in_tests is for the test suite only')
    _hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    _dummy_hash.cache_clear()


@cache
def _dummy_hash() -> str:
    """A hash of a random password, verified against when the username does not exist, so that an
    unknown name takes as long as a wrong password and does not reveal which names exist. Made by
    the first check after start-up, whoever logs in (not at import: it costs a hash, about 0.15 s
    of every start-up)."""
    return _hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; False on a mismatch, an empty or a damaged hash."""
    dummy = _dummy_hash()  # before the check, for known and unknown names alike
    try:
        return _hasher.verify(password_hash or dummy, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with older parameters; re-hash it at the next good login."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except (InvalidHashError, ValueError):
        return True


def policy_error(password: str, username: str = '') -> str | None:
    """Why this password may not be used (a message for the form), or None when it is fine."""
    if len(password) < MIN_LENGTH:
        return t('masuk.sandi.terlalu_pendek', n=MIN_LENGTH)
    if username and password.strip().casefold() == username.strip().casefold():
        return t('masuk.sandi.sama_dengan_nama')
    return None


def generate_password() -> str:
    """A random password that satisfies the policy, easy to read aloud and type (no 0/O, 1/l/I)."""
    alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
    return '-'.join(''.join(secrets.choice(alphabet) for _ in range(4)) for _ in range(4))
