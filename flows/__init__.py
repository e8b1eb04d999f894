"""Prefect orchestration. Thin: every task calls a pure function of extractors/, pipeline/ or generators/."""
