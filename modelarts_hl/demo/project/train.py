"""Trains a softmax classifier with numpy and writes a ModelArts model package to the output channel.

Run by ModelArts (or the local backend) as:
    python train.py --data_url=<input dir> --train_url=<output dir> --epochs=300 --learning_rate=0.5
"""

import argparse
import csv
import json
import os
import shutil

import numpy as np


def load(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    features = np.array([[float(v) for v in row[:-1]] for row in body])
    labels = np.array([int(row[-1]) for row in body])
    return header[:-1], features, labels


def softmax(logits):
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data_url", required=True)
    parser.add_argument("--train_url", required=True)
    parser.add_argument("--epochs", type=int, default=300)
    parser.add_argument("--learning_rate", type=float, default=0.5)
    args, unknown = parser.parse_known_args()
    if unknown:
        print("ignoring arguments:", " ".join(unknown))

    names, features, labels = load(os.path.join(args.data_url, "train.csv"))
    mean, scale = features.mean(axis=0), features.std(axis=0) + 1e-9
    x = (features - mean) / scale
    classes = int(labels.max()) + 1
    onehot = np.eye(classes)[labels]
    weights = np.zeros((x.shape[1], classes))
    bias = np.zeros(classes)
    print(f"training on {len(x)} rows, {x.shape[1]} features, {classes} classes")
    for epoch in range(1, args.epochs + 1):
        probabilities = softmax(x @ weights + bias)
        gradient = probabilities - onehot
        weights -= args.learning_rate * x.T @ gradient / len(x)
        bias -= args.learning_rate * gradient.mean(axis=0)
        if epoch % 50 == 0 or epoch == 1:
            loss = -np.log(probabilities[np.arange(len(x)), labels] + 1e-12).mean()
            accuracy = (probabilities.argmax(axis=1) == labels).mean()
            print(f"epoch {epoch:4d}  loss {loss:.4f}  accuracy {accuracy:.3f}", flush=True)

    model_dir = os.path.join(args.train_url, "model")
    os.makedirs(model_dir, exist_ok=True)
    with open(os.path.join(model_dir, "classifier.pth"), "wb") as handle:
        np.savez(handle, weights=weights, bias=bias, mean=mean, scale=scale)
    here = os.path.dirname(os.path.abspath(__file__))
    for name in ("customize_service.py", "config.json"):
        shutil.copy(os.path.join(here, name), os.path.join(model_dir, name))
    with open(os.path.join(args.train_url, "metrics.json"), "w", encoding="utf-8") as handle:
        json.dump({"train_accuracy": float(accuracy), "features": names}, handle)
    print(f"model package written to {model_dir}")


if __name__ == "__main__":
    main()
