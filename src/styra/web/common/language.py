"""Swedish unless the user chose English with the language switch.

Django's LocaleMiddleware would also follow the browser's Accept-Language, so a
politician on an English-language computer would get English without asking
for it. Styra is Swedish first: only the language cookie that Django's
``set_language`` view writes picks another language. (In its place in
settings.MIDDLEWARE: after the session, before anything that translates.)
"""

from django.conf import settings
from django.utils import translation


class SwedishFirstLocaleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        available = dict(settings.LANGUAGES)
        translation.activate(chosen if chosen in available else settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response
