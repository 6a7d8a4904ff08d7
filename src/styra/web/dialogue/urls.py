"""Medborgardialog: the staff's pages (staff_urls.py, /omraden/<id>/dialog/…) and the
participants' (public_urls.py, /offentligt/<id>/dialog/…)."""

from .public_urls import urlpatterns as public
from .staff_urls import urlpatterns as staff

urlpatterns = [*staff, *public]
