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

and the same network quantized to int8 by PyTorch's post-training static quantization (QNNPACK engine, per-channel
symmetric int8 weights, uint8 activations, calibrated on the training split), from the float weights above:

    q_conv1.weight.bin [16][1][3][3] int8   q_conv1.bias.bin [16] int32   q_conv1.scale.bin [16] float32
    q_conv2.weight.bin [32][16][3][3] int8  q_conv2.bias.bin [32] int32   q_conv2.scale.bin [32] float32
    q_fc.weight.bin    [10][128] int8       q_fc.bias.bin    [10] int32   q_fc.scale.bin    [10] float32
                     weights with zero point 0, bias = round(b / (s_in * s_w[c])) (the accumulator's scale), scale the
                     requantization multiplier (s_w[c] * s_in) * (1 / s_out) as QNNPACK computes it in float32
    q_test_logits.bin [n][10] float32, the quantized model's dequantized logits for each test image
    q_test_digits.bin [n] bytes, its predicted digit (the first largest logit)
    quantized.json   the input's scale and zero point, each layer's input, weight and output scales and zero points
                     (after a fused ReLU the output zero point is 0), the logits' scale and zero point, the accuracy

`train.py --quantize` runs only this step, from the committed float weights.
"""
import json
import os
import sys

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import TensorProto, helper
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split
from torch.ao.quantization import (DeQuantStub, HistogramObserver, QConfig, QuantStub, convert, default_per_channel_weight_observer,
                                   fuse_modules, prepare)

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


class QuantizableDigitsCnn(nn.Module):
    """DigitsCnn for eager-mode static quantization: QuantStub in, ReLUs as modules (fused into the convolutions), DeQuantStub out."""

    def __init__(self):
        super().__init__()
        self.quant = QuantStub()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1)
        self.relu1 = nn.ReLU()
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.relu2 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(32 * 2 * 2, 10)
        self.dequant = DeQuantStub()

    def forward(self, x):
        x = self.pool(self.relu1(self.conv1(self.quant(x))))
        x = self.pool(self.relu2(self.conv2(x)))
        return self.dequant(self.fc(torch.flatten(x, 1)))


def write(name, array, dtype="<f4"):
    np.ascontiguousarray(array, dtype=dtype).tofile(os.path.join(OUT, name))


def split():
    """The digits as pixels / 16, split 75 % train / 25 % test, stratified, from the fixed seed."""
    digits = load_digits()
    images = (digits.images / 16.0).astype(np.float32).reshape(-1, 1, 8, 8)
    return train_test_split(images, digits.target, test_size=0.25, random_state=SEED % (2**31), stratify=digits.target)


def train():
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(1)
    x_train, x_test, y_train, y_test = split()
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


def quantize():
    """
    PyTorch's eager-mode post-training static quantization of the float model in data/ (the committed weights, read
    back, so this never changes them), calibrated on the training split, on the QNNPACK engine, whose arithmetic is
    KernelGen's integer contract: exact int32 sums with an int32 bias in the accumulator's scale, one float multiplier
    per output channel, round half to even, plus the output zero point. Writes the integer layers and PyTorch's int8
    output for each test image.
    """
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    torch.backends.quantized.engine = "qnnpack"
    x_train, x_test, y_train, y_test = split()
    model = QuantizableDigitsCnn()
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            values = np.fromfile(os.path.join(OUT, f"{name}.bin"), dtype="<f4")
            parameter.copy_(torch.from_numpy(values).reshape(parameter.shape))
    model.eval()
    model = fuse_modules(model, [["conv1", "relu1"], ["conv2", "relu2"]])
    # QNNPACK's default activation observer (uint8, affine), with per-channel symmetric int8 weights (its default is per tensor)
    model.qconfig = QConfig(activation=HistogramObserver.with_args(reduce_range=False), weight=default_per_channel_weight_observer)
    prepare(model, inplace=True)
    with torch.no_grad():
        model(torch.from_numpy(x_train))  # one batch: the whole training split
    convert(model, inplace=True)
    with torch.no_grad():
        logits = model(torch.from_numpy(x_test)).numpy()
    digits = logits.argmax(1)  # the first of equal largest logits, as the C# side picks

    input_scale, input_zero = float(model.quant.scale), int(model.quant.zero_point)
    layers = {}
    scale, zero = input_scale, input_zero
    for name in ("conv1", "conv2", "fc"):
        layer = getattr(model, name)
        weight = layer.weight()
        assert weight.qscheme() in (torch.per_channel_affine, torch.per_channel_symmetric)
        assert (weight.q_per_channel_zero_points() == 0).all()
        weight_scales = weight.q_per_channel_scales()
        # the bias as PyTorch quantizes it for QNNPACK, with scale s_in * s_w[c]; the multiplier as QNNPACK computes it
        bias = torch.quantize_per_channel(layer.bias().detach(), weight_scales * scale, torch.zeros(len(weight_scales), dtype=torch.long),
                                          0, torch.qint32).int_repr().numpy()
        multiplier = (weight_scales.float().numpy() * np.float32(scale)) * (np.float32(1) / np.float32(layer.scale))
        write(f"q_{name}.weight.bin", weight.int_repr().numpy(), dtype="i1")
        write(f"q_{name}.bias.bin", bias, dtype="<i4")
        write(f"q_{name}.scale.bin", multiplier)
        layers[name] = {"input_scale": scale, "input_zero_point": zero, "weight_scales": weight_scales.tolist(),
                        "output_scale": float(layer.scale), "output_zero_point": int(layer.zero_point)}
        scale, zero = float(layer.scale), int(layer.zero_point)
    write("q_test_logits.bin", logits)
    write("q_test_digits.bin", digits, dtype="u1")
    summary = {"engine": "qnnpack", "calibration": len(x_train), "test": len(x_test),
               "correct": int((digits == y_test).sum()), "accuracy": float((digits == y_test).mean()),
               "input": {"scale": input_scale, "zero_point": input_zero}, "layers": layers,
               "logits": {"scale": scale, "zero_point": zero}}
    with open(os.path.join(OUT, "quantized.json"), "w") as f:
        json.dump(summary, f, indent=2)
        f.write("\n")
    return {"int8_correct": summary["correct"], "int8_accuracy": summary["accuracy"]}


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
    if sys.argv[1:] != ["--quantize"]:  # --quantize: only the quantization, from the committed float weights
        summary = train()
        block()
        pooling("MaxPool", "maxpool")
        pooling("AveragePool", "avgpool", count_include_pad=1)
        with open(os.path.join(OUT, "summary.json"), "w") as f:
            json.dump(summary, f, indent=2)
            f.write("\n")
        print(json.dumps(summary))
    print(json.dumps(quantize()))
