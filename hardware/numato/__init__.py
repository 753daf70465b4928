"""Numato Lab USB relay/GPIO modules (CDC-ACM, ASCII commands)."""
