"""The ground layer: errors, text folding and file helpers that every other package may import.

It imports nothing of ours, so `extractors`, `pipeline`, `generators`, `flows` and `cli` can all use it
without a cycle (tests/test_layers.py checks the direction of every import).
"""
