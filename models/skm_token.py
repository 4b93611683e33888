"""The one-time links of the SKM a citizen answers on their own phone (issue #15): the tanda terima
of a PATEN request carries a QR code of `<PUBLIC_URL>/skm/<token>` (exports/pdf_print.py), and the
public form at that address writes one Responden SKM row for that request (core/skm_public.py).

Only the SHA-256 of a token is kept: a copy of the database (a backup, a restored laptop) holds no
link anyone could still open. Not a grid table: the staff never edit these rows, so no @table.

The questionnaire this feeds is that of PermenPAN-RB 14/2017 (its lampiran: the profile and the
nine questions, read as a kecamatan's copy of the lampiran at
https://pdfcoffee.com/permen-14-2017-okkk-pdf-free.html); the regulation asks nothing of the link.
"""
from tortoise import fields
from tortoise.models import Model


class SkmToken(Model):
    """One link: for one register_layanan row, valid until `expires`, spent at `used_at`."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True, description='SHA-256 token')
    register = fields.ForeignKeyField('models.RegisterLayanan', related_name=False, on_delete=fields.CASCADE,
                                      description='Register Layanan')
    created = fields.DatetimeField(auto_now_add=True, description='Dibuat')
    expires = fields.DatetimeField(description='Berlaku sampai')
    used_at = fields.DatetimeField(null=True, description='Dipakai')
    responden = fields.ForeignKeyField('models.SkmResponden', null=True, related_name=False,
                                       on_delete=fields.SET_NULL, description='Jawaban SKM')

    class Meta:
        table = 'skm_token'
