"""The judges: pure functions of (judgement, observation, profile), one module per claim family.

Each module declares its claims (`conformance.registry.claim`) beside their judges; importing
this package imports every module in it, and so fills the registry.
"""

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
