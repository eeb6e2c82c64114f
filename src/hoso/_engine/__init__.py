"""Rendering machinery: the sandboxed environment, prepared templates, atomic output."""
