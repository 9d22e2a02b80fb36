"""rennbericht: German motorsport press releases in, validated result records out."""

from __future__ import annotations

__version__ = "0.1.0"

from pipeline.api import extract  # noqa: E402

__all__ = ["__version__", "extract"]
