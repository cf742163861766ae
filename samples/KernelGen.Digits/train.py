#!/usr/bin/python3
"""Trains the digits CNN of samples/KernelGen.Digits and writes everything the sample, its test and the benchmarks read.

Run with Debian's packages (apt-get install python3-torch python3-onnx python3-sklearn):

    /usr/bin/python3 samples/KernelGen.Digits/train.py

Deterministic: a fixed seed, a fixed stratified split, one thread. Writes into data/ beside this script:

    conv1.weight.bin [16][1][3][3]   conv1.bias.bin [16]       (little-endian float32, PyTorch's layouts,
    conv2.weight.bin [32][16][3][3]  conv2.bias.bin [32]        which are KernelGen's)
    fc.weight.bin    [10][128]       fc.bias.bin    [10]
    test_images.bin  [n][1][8][8] float32, pixels / 16      test_labels.bin [n] bytes
    test_logits.bin  [n][10] float32, PyTorch's output for each test image
    digits.onnx      the same model (dynamic batch), for ONNX Runtime
    block.onnx, block.weight.bin [64][64][3][3], block.bias.bin [64]
                     the larger network of the benchmarks, random weights: Conv2d(64, 64, 3, padding 1) + ReLU +
                     MaxPool2d(3, stride 2, padding 1) at 56x56 (the first block of ResNet-18 after its stem)
    maxpool.onnx, avgpool.onnx   single-node models of the pooling benchmarks ([1, 64, 56, 56], 3x3, stride 2, pad 1)
    summary.json     sizes, accuracy, seed
"""
import json
import os

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import TensorProto, helper
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

SEED = 20261202
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")


class DigitsCnn(nn.Module):
    """Conv2d(1->16, 3x3, pad 1) + ReLU -> MaxPool 2 -> Conv2d(16->32, 3x3, pad 1) + ReLU -> MaxPool 2 -> Linear(128->10)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(32 * 2 * 2, 10)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv1(x)))
        x = self.pool(torch.relu(self.conv2(x)))
        return self.fc(torch.flatten(x, 1))


def write(name, array, dtype="<f4"):
    np.ascontiguousarray(array, dtype=dtype).tofile(os.path.join(OUT, name))


def train():
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(1)
    digits = load_digits()
    images = (digits.images / 16.0).astype(np.float32).reshape(-1, 1, 8, 8)
    x_train, x_test, y_train, y_test = train_test_split(
        images, digits.target, test_size=0.25, random_state=SEED % (2**31), stratify=digits.target)
    model = DigitsCnn()
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3)
    loss_fn = nn.CrossEntropyLoss()
    xt, yt = torch.from_numpy(x_train), torch.from_numpy(y_train).long()
    generator = torch.Generator().manual_seed(SEED)
    for epoch in range(40):
        order = torch.randperm(len(xt), generator=generator)
        for i in range(0, len(xt), 32):
            batch = order[i:i + 32]
            optimizer.zero_grad()
            loss = loss_fn(model(xt[batch]), yt[batch])
            loss.backward()
            optimizer.step()

    model.eval()
    with torch.no_grad():
        logits = model(torch.from_numpy(x_test)).numpy()
    accuracy = float((logits.argmax(1) == y_test).mean())
    os.makedirs(OUT, exist_ok=True)
    for name, tensor in model.state_dict().items():
        write(f"{name}.bin", tensor.numpy())
    write("test_images.bin", x_test)
    write("test_labels.bin", y_test, dtype="u1")
    write("test_logits.bin", logits)
    torch.onnx.export(model, torch.zeros(1, 1, 8, 8), os.path.join(OUT, "digits.onnx"), opset_version=13,
                      input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}})
    return {"seed": SEED, "train": len(x_train), "test": len(x_test), "accuracy": accuracy,
            "correct": int((logits.argmax(1) == y_test).sum())}


def block():
    """The larger network of the benchmarks, random weights from the same seed."""
    torch.manual_seed(SEED + 1)
    conv = nn.Conv2d(64, 64, 3, padding=1)
    net = nn.Sequential(conv, nn.ReLU(), nn.MaxPool2d(3, stride=2, padding=1)).eval()
    write("block.weight.bin", conv.weight.detach().numpy())
    write("block.bias.bin", conv.bias.detach().numpy())
    torch.onnx.export(net, torch.zeros(1, 64, 56, 56), os.path.join(OUT, "block.onnx"), opset_version=13,
                      input_names=["input"], output_names=["output"])


def pooling(op, name, **attributes):
    """A single-node pooling model built with onnx.helper, as the benchmarks feed it."""
    node = helper.make_node(op, ["input"], ["output"], kernel_shape=[3, 3], strides=[2, 2], pads=[1, 1, 1, 1], **attributes)
    graph = helper.make_graph([node], name,
                              [helper.make_tensor_value_info("input", TensorProto.FLOAT, [1, 64, 56, 56])],
                              [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 64, 28, 28])])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="KernelGen train.py")
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(OUT, f"{name}.onnx"))


if __name__ == "__main__":
    summary = train()
    block()
    pooling("MaxPool", "maxpool")
    pooling("AveragePool", "avgpool", count_include_pad=1)
    with open(os.path.join(OUT, "summary.json"), "w") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")
    print(json.dumps(summary))
