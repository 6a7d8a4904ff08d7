"""The contact form on an organisation's public site (/offentligt/<id>/kontakt/, anyone)
and the messages it received (/omraden/<id>/kontakt/, the organisation's editors)."""

from django.urls import path

from . import views

urlpatterns = [
    path("offentligt/<str:kolada_id>/kontakt/", views.contact_form, name="contact-form"),
    path("offentligt/<str:kolada_id>/kontakt/skickat/", views.sent, name="contact-sent"),
    path("omraden/<str:kolada_id>/kontakt/", views.messages_list, name="contact-messages"),
    path(
        "omraden/<str:kolada_id>/kontakt/<int:pk>/ta-bort/",
        views.message_delete,
        name="contact-message-delete",
    ),
]
