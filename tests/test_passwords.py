"""Password hashing and the password policy (≥ 10 characters, not the username)."""
from __future__ import annotations

import pytest

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
