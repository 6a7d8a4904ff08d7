"""A matrix's name is unique within its organisation or network, whatever the case.

Names that already clash get a number first ("Klimat" and "klimat" → "klimat (2)"),
so the constraint can be added; nothing else about the matrices changes.
"""

import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models


def number_duplicate_titles(apps, schema_editor):
    Matrix = apps.get_model("priorities", "Matrix")
    taken: dict[tuple, set[str]] = {}
    for matrix in Matrix.objects.order_by("pk"):
        owner = (matrix.organisation_id, matrix.network_id)
        names = taken.setdefault(owner, set())
        title, number = matrix.title, 1
        while title.lower() in names:
            number += 1
            title = f"{matrix.title[:190]} ({number})"
        names.add(title.lower())
        if title != matrix.title:
            Matrix.objects.filter(pk=matrix.pk).update(title=title)


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0002_contactperson_leadershipdecision_bodymember"),
        ("priorities", "0002_prioritisation"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(number_duplicate_titles, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="matrix",
            constraint=models.UniqueConstraint(
                models.F("organisation"),
                django.db.models.functions.text.Lower("title"),
                name="interactions_matrix_unique_title",
            ),
        ),
        migrations.AddConstraint(
            model_name="matrix",
            constraint=models.UniqueConstraint(
                models.F("network"),
                django.db.models.functions.text.Lower("title"),
                name="interactions_matrix_unique_title_in_network",
            ),
        ),
    ]
