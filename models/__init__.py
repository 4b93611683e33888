"""Every table of the panel, defined once: Tortoise models plus their declarative descriptions.

MODEL_MODULES lists the modules that hold models; aerich and Tortoise read exactly this list.
"""
MODEL_MODULES = [
    'models.reference',
    'models.persuratan',
    'models.accounts',
]
