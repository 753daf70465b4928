"""Simulated devices: the in-process ``sim:`` driver and pseudo-terminal simulators."""
