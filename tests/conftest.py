from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "examples"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (EXAMPLES / "kasachstan-2022-01-06.de.txt").read_text(encoding="utf-8")
