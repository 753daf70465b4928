"""The alarm's screens: the controller that talks to the alarm service, the banner shown on
every screen, the on-screen panic control, the alarm area, its settings and the tray icon.

The alarm itself runs in its own process (``tjdesk alarm serve``); nothing here is on the
hot path. These screens show what the service reports and send it commands.
"""
