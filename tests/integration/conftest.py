"""The `world` fixture: a configured sandbox for CLI tests."""

from __future__ import annotations

import pytest
from world import RESUME_BYTES, World


@pytest.fixture(params=["kind", "harsh"])
def world(request, tmp_path, assistant_home) -> World:
    """A configured sandbox; every scenario runs against the kind and the harsh Gmail (sandbox quirks)."""
    resume = tmp_path / "Résumé Müller.pdf"
    resume.write_bytes(RESUME_BYTES)
    w = World(home=assistant_home, resume=resume)
    w.ok("sandbox", "quirks", "profile", request.param)
    w.ok("config", "set", "name", "José Ñúñez")
    w.ok("config", "set", "phone", "+49 30 1234567")
    w.ok("config", "set", "timezone", "Europe/Berlin")
    w.ok("config", "set", "resume", str(resume))
    return w
