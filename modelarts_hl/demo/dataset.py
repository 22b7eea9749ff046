"""The demo's data: an iris-like, three-class data set from fixed Gaussians, split for training and checks."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")
# Class centres and spreads close to the real iris measurements (cm).
_CENTRES = np.array([[5.0, 3.4, 1.5, 0.2], [5.9, 2.8, 4.3, 1.3], [6.6, 3.0, 5.6, 2.0]])
_SPREADS = np.array([[0.35, 0.38, 0.17, 0.10], [0.51, 0.31, 0.47, 0.20], [0.63, 0.32, 0.55, 0.27]])


@dataclass(frozen=True)
class Split:
    features: np.ndarray
    labels: np.ndarray

    def records(self) -> list[dict[str, float]]:
        return [dict(zip(FEATURES, map(float, row), strict=True)) for row in self.features]


def make(rows_per_class: int = 100, held_out_fraction: float = 0.2, seed: int = 7) -> tuple[Split, Split]:
    """Training and held-out splits, the same for every run."""
    rng = np.random.default_rng(seed)
    features = np.concatenate(
        [rng.normal(_CENTRES[c], _SPREADS[c], size=(rows_per_class, len(FEATURES))) for c in range(3)]
    ).round(1)
    labels = np.repeat(np.arange(3), rows_per_class)
    order = rng.permutation(len(labels))
    features, labels = features[order], labels[order]
    cut = int(len(labels) * (1 - held_out_fraction))
    return Split(features[:cut], labels[:cut]), Split(features[cut:], labels[cut:])


def write_training_csv(split: Split, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([*FEATURES, "label"])
        writer.writerows(
            [*map(float, row), int(label)] for row, label in zip(split.features, split.labels, strict=True)
        )


def write_batch_csv(split: Split, path: Path) -> None:
    """Feature rows only, no header: what a batch service maps column by column into requests."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([float(v) for v in row] for row in split.features)


def mapping_rule() -> dict[str, object]:
    """The request schema of the model's API with each feature's CSV column index."""
    return {
        "type": "object",
        "properties": {
            "data": {
                "type": "object",
                "properties": {
                    "req_data": {
                        "type": "array",
                        "items": [
                            {
                                "type": "object",
                                "properties": {
                                    name: {"type": "number", "index": index}
                                    for index, name in enumerate(FEATURES)
                                },
                            }
                        ],
                    }
                },
            }
        },
    }
