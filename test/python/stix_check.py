"""Validates a STIX bundle with the OASIS stix2-validator and parses it back with stix2.

Prints JSON: the validator's errors and warning codes, and what stix2 parsed (counts by type and the
objects as stix2 serialises them)."""
import json
import re
import sys

import stix2
from stix2validator import ValidationOptions, validate_file

path = sys.argv[1]
results = validate_file(path, ValidationOptions(version="2.1", enforce_refs=True))
errors = [str(e) for obj in results.object_results for e in obj.errors]
warnings = sorted({m.group(1) for obj in results.object_results for w in obj.warnings for m in [re.search(r"\{(\d+)\}", str(w))] if m})

with open(path, encoding="utf-8") as f:
    bundle = stix2.parse(f.read(), allow_custom=False)
by_type = {}
for obj in bundle.objects:
    by_type[obj.type] = by_type.get(obj.type, 0) + 1
print(json.dumps({
    "valid": results.is_valid,
    "errors": errors,
    "warningCodes": warnings,
    "countsByType": by_type,
    "objects": [json.loads(obj.serialize()) for obj in bundle.objects],
}))
