"""PBL/1, the line protocol of the DIY panic box (see PROTOCOL-PBL1.md)."""
