"""Every table of the panel, defined once: Tortoise models plus their declarative descriptions.

MODEL_MODULES lists the modules that hold models; aerich and Tortoise read exactly this list.
"""
MODEL_MODULES = [
    'models.reference',
    'models.persuratan',
    'models.kepegawaian',
    'models.sarpras',
    'models.perencanaan',
    'models.keuangan',
    'models.pelayanan',
    'models.pemberdayaan',
    'models.pemerintahan_desa',
    'models.musrenbang',
    'models.informasi',
    'models.accounts',
    'models.audit',
    'models.preferences',
]
