"""The user table's authentication backend: Django's ``ModelBackend``, except that a
request's user is read together with their roles, in one query.

Every signed-in page needs both (the header lists the user's organisations, every
permission asks for a role), so reading them apart cost each page a query more than it
needs: a kept page's whole work is these few queries (see nulage.pagecache). The query
is plain SQL made once, and the user built as the ORM builds one (``from_db``): a
queryset would cost more than the query itself.
"""

import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import connection

from .models import Membership


@functools.cache
def user_and_roles_query() -> tuple[str, tuple[str, ...]]:
    """The SQL and the user's field names, in the order it selects them."""
    users = get_user_model()._meta
    quote = connection.ops.quote_name
    fields = tuple(field.attname for field in users.concrete_fields)
    columns = ", ".join(f"u.{quote(field.column)}" for field in users.concrete_fields)
    sql = (
        f"SELECT {columns}, m.organisation_id, m.role FROM {quote(users.db_table)} u "
        f"LEFT JOIN {quote(Membership._meta.db_table)} m ON m.user_id = u.{quote(users.pk.column)} "
        f"WHERE u.{quote(users.pk.column)} = %s"
    )
    return sql, fields


class UserAndRolesBackend(ModelBackend):
    def get_user(self, user_id):
        users = get_user_model()
        try:
            pk = users._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        sql, fields = user_and_roles_query()
        with connection.cursor() as cursor:
            cursor.execute(sql, [pk])
            rows = cursor.fetchall()
        if not rows:
            return None
        user = users.from_db(connection.alias, fields, rows[0][: len(fields)])
        # What accounts.rules.roles_of would read with a query of its own.
        user._styra_roles = {row[-2]: row[-1] for row in rows if row[-2] is not None}
        return user if self.user_can_authenticate(user) else None
