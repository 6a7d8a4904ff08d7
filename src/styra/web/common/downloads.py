"""Every file Styra hands out is private: never kept by a browser or a shared cache.

A file response is one with a ``Content-Disposition`` header: exports (CSV, Excel),
the nulägesanalys as PDF and Word, uploaded documents. The middleware marks each
``Cache-Control: private, no-store``, so a view that returns a file needs no header of
its own and a new one cannot forget it. Static files (WhiteNoise, above this middleware)
are public and keep their long cache.
"""

PRIVATE = "private, no-store"


def is_file_response(response) -> bool:
    return response.has_header("Content-Disposition")


class PrivateDownloadMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_file_response(response):
            response["Cache-Control"] = PRIVATE
        return response
