"""The test suite (a package, so that tests import tests.conftest and each other by one name)."""
