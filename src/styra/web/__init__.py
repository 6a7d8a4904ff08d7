"""The Django project: storage, permissions, views. Services call the core."""
