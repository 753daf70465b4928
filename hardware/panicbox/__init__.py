"""The DIY PBL/1 panic box (firmware in hardware/firmware/panicbox)."""
