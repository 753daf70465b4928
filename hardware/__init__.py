"""Serial device drivers for the panic button and alarm light.

Imports neither ``tjdesk`` nor ``ui``. Every driver implements :class:`hardware.base.Driver`.
"""
