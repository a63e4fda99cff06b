"""Adapters to this machine, outside Gmail and the database: the OS scheduler
(systemd user timer or crontab line) and the file lock a sync holds."""
