"""The outbox: certificates sent by email when there is a network (mailer.py; its rows in store/outbox.py)."""
