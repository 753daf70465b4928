"""Modbus RTU relay boards with opto-inputs, through minimalmodbus."""
