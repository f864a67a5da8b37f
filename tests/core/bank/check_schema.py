#!/usr/bin/env python3
"""Checks question_banks/schema/certdrill-bank-1.schema.json with a JSON Schema validator.

The schema must be a valid draft 2020-12 schema; every shipped bank, the test bank and the
corpus banks that only carry warnings must validate; the corpus banks whose problems a schema can
express (types, required fields, ranges, enums, patterns) must not.

Usage: check_schema.py SOURCE_DIR   (needs python3-jsonschema)
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

# Malformed banks (tests/data/bad_banks) that the schema alone must reject.
MUST_REJECT = [
    "bad-date", "bad-exhibit", "bad-id", "bad-value", "bad-value-question-type", "control-character",
    "correct-count-multiple-all", "correct-count-multiple-one", "correct-count-single-none",
    "correct-count-single-two", "empty-field", "generator-bad-params", "generator-fields", "image-absolute-path", "image-backslash",
    "image-escapes-folder", "image-remote", "image-wrong-type", "missing-field", "out-of-range-choice-count",
    "out-of-range-exam", "out-of-range-item-count", "out-of-range-number-overflow", "out-of-range-tolerance",
    "out-of-range-zero-weight", "unsupported-format", "warning-unknown-fields", "wrong-type-bank-id",
    "wrong-type-fields", "wrong-type-root", "wrong-type-score-scale",
]
# Valid banks that only draw warnings: the schema accepts them.
MUST_ACCEPT = ["warning-coverage", "warning-explanations", "warning-no-alt-text", "warning-no-license"]


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    schema_file = root / "question_banks/schema/certdrill-bank-1.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    bad = root / "tests/data/bad_banks"

    accept = sorted((root / "question_banks").glob("*.json")) + [root / "tests/data/banks/mini.json",
                                                                  root / "tests/data/generated_banks/test-generated.json"]
    accept += [bad / f"{name}.json" for name in MUST_ACCEPT]
    failures = []
    for path in accept:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        for e in errors[:5]:
            failures.append(f"{path.name}: should validate: {e.json_path}: {e.message[:200]}")
    for name in MUST_REJECT:
        path = bad / f"{name}.json"
        if validator.is_valid(json.loads(path.read_text(encoding="utf-8"))):
            failures.append(f"{path.name}: should be rejected by the schema")
    for line in failures:
        print(line)
    print(f"{len(accept)} banks checked for acceptance, {len(MUST_REJECT)} for rejection, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
