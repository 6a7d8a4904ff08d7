from django.urls import path

from . import token_views
from .api import api

TOKENS = "omraden/<str:kolada_id>/api-nycklar/"

urlpatterns = [
    path("api/v1/", api.urls),
    # The organisation's API tokens, for its admins.
    path(TOKENS, token_views.token_list, name="api-tokens"),
    path(f"{TOKENS}skapa/", token_views.token_create, name="api-token-create"),
    path(f"{TOKENS}<int:pk>/aterkalla/", token_views.token_revoke, name="api-token-revoke"),
]
