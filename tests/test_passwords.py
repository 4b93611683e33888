"""Password hashing and the password policy (≥ 10 characters, not the username)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from core.config import ROOT
from core.passwords import generate_password, hash_password, needs_rehash, policy_error, verify_password


def test_a_hash_verifies_its_password_only():
    stored = hash_password('rahasia-benar-1')
    assert stored.startswith('$argon2id$')
    assert 'rahasia-benar-1' not in stored
    assert verify_password(stored, 'rahasia-benar-1')
    assert not verify_password(stored, 'rahasia-benar-2')
    assert not needs_rehash(stored)


@pytest.mark.parametrize('stored', [None, '', 'bukan-hash', '$argon2id$rusak'])
def test_a_missing_or_damaged_hash_never_verifies(stored):
    assert not verify_password(stored, 'rahasia-benar-1')


@pytest.mark.parametrize(('password', 'username', 'message'), [
    ('pendek', 'sari', 'Kata sandi minimal 10 karakter.'),
    ('123456789', 'sari', 'Kata sandi minimal 10 karakter.'),
    ('SariWulandari', 'sariwulandari', 'Kata sandi tidak boleh sama dengan nama pengguna.'),
    ('administrator', 'Administrator', 'Kata sandi tidak boleh sama dengan nama pengguna.'),
    ('1234567890', 'sari', None),
    ('kantor camat candipuro', 'sari', None),
])
def test_policy(password, username, message):
    assert policy_error(password, username) == message


def test_generated_passwords_pass_the_policy_and_differ():
    passwords = {generate_password() for _ in range(20)}
    assert len(passwords) == 20
    assert all(policy_error(p, 'admin') is None for p in passwords)


def test_the_cheap_hash_of_the_test_suite_never_reaches_the_app():
    """tests/conftest.py makes hashing cheap with core.passwords.use_cheap_hashing_in_tests. Outside
    pytest the app hashes at full cost, and the switch refuses (there is no setting for it)."""
    probe = ('from core import passwords\n'
             'print(passwords.hash_password("rahasia-benar-1"), flush=True)\n'
             'passwords.use_cheap_hashing_in_tests()\n')
    result = subprocess.run([sys.executable, '-c', probe], cwd=ROOT, env=dict(os.environ), capture_output=True,
                            text=True, timeout=120)
    assert '$m=65536,t=3,p=4$' in result.stdout          # argon2id's recommended cost
    assert result.returncode != 0 and 'for the test suite only' in result.stderr


def test_a_cheap_hash_made_under_test_is_renewed_at_full_cost():
    """What the suite stores verifies anywhere, and the app re-hashes it at the next good login."""
    from argon2 import PasswordHasher
    stored = hash_password('rahasia-benar-1')
    assert '$m=8,t=1,p=1$' in stored
    assert PasswordHasher().verify(stored, 'rahasia-benar-1')
    assert PasswordHasher().check_needs_rehash(stored)
