"""A network has any number of coordinators (was one); the old one is kept."""

from django.conf import settings
from django.db import migrations, models


def copy_coordinator(apps, schema_editor):
    Network = apps.get_model("organisations", "Network")
    for network in Network.objects.exclude(coordinator=None):
        network.coordinators.add(network.coordinator_id)


def copy_back(apps, schema_editor):
    Network = apps.get_model("organisations", "Network")
    for network in Network.objects.all():
        network.coordinator_id = network.coordinators.values_list("pk", flat=True).first()
        network.save(update_fields=["coordinator"])


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0002_contactperson_leadershipdecision_bodymember"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="network",
            name="coordinator",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="samordnare",
            ),
        ),
        migrations.AddField(
            model_name="network",
            name="coordinators",
            field=models.ManyToManyField(
                blank=True,
                related_name="coordinated_networks",
                to=settings.AUTH_USER_MODEL,
                verbose_name="samordnare",
            ),
        ),
        migrations.RunPython(copy_coordinator, copy_back),
        migrations.RemoveField(model_name="network", name="coordinator"),
        migrations.AddField(
            model_name="network",
            name="created_at",
            field=models.DateTimeField(auto_now_add=True, null=True, verbose_name="skapat"),
        ),
        migrations.AddField(
            model_name="network",
            name="description",
            field=models.TextField(blank=True, verbose_name="beskrivning"),
        ),
    ]
