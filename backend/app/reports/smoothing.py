"""Exponential smoothing of a monthly series (no I/O): Holt-Winters with an additive
trend and an additive yearly season when the history holds two full years, Holt's
linear trend when it holds at least four months, else the mean.

Written here rather than taken from statsmodels (decision 0044): the forecast needs
these three models, fitted by a grid search over the smoothing weights that minimises
the one-step-ahead squared error, which is some eighty lines; statsmodels would bring
numpy, scipy and pandas (about 100 MB) into every install for them. The figures are
floats: a forecast is an estimate, printed rounded; the history it reads is exact.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

SEASON = 12
# Candidate smoothing weights (level, trend, season), each from 0.05 to 0.95.
GRID = tuple(round(0.05 + 0.1 * n, 2) for n in range(10))
Z_95 = 1.96


@dataclass(frozen=True)
class Fit:
    method: str  # "holt_winters" | "holt" | "mean"
    forecast: list[float]  # the next months, in order
    sigma: float  # the one-step-ahead errors' standard deviation
    weights: tuple[float, ...]

    def band(self, step: int) -> float:
        """Half the width of the ~95 % band ``step`` months ahead (the one-step error
        growing with the square root of the horizon: an approximation)."""
        return Z_95 * self.sigma * math.sqrt(step)


def _holt_winters(
    y: Sequence[float], alpha: float, beta: float, gamma: float, horizon: int
) -> tuple[float, list[float]]:
    """Squared one-step errors after the first season, and the forecast."""
    m = SEASON
    # The first year's mean and the change between the first two years' means start the
    # level (at the first year's last month) and the trend; the first year's months
    # less that line start the season.
    first = sum(y[:m]) / m
    trend = (sum(y[m : 2 * m]) / m - first) / m
    level = first + trend * (m - 1) / 2
    season = [value - (first + trend * (i - (m - 1) / 2)) for i, value in enumerate(y[:m])]
    sse = 0.0
    for t in range(m, len(y)):
        s = season[t % m]
        error = y[t] - (level + trend + s)
        sse += error * error
        previous = level
        level = alpha * (y[t] - s) + (1 - alpha) * (level + trend)
        trend = beta * (level - previous) + (1 - beta) * trend
        season[t % m] = gamma * (y[t] - level) + (1 - gamma) * s
    n = len(y)
    ahead = [level + h * trend + season[(n + h - 1) % m] for h in range(1, horizon + 1)]
    return sse, ahead


def _holt(y: Sequence[float], alpha: float, beta: float, horizon: int) -> tuple[float, list[float]]:
    level, trend = y[0], y[1] - y[0]
    sse = 0.0
    for value in y[1:]:
        error = value - (level + trend)
        sse += error * error
        previous = level
        level = alpha * value + (1 - alpha) * (level + trend)
        trend = beta * (level - previous) + (1 - beta) * trend
    return sse, [level + h * trend for h in range(1, horizon + 1)]


def fit(y: Sequence[float], horizon: int) -> Fit:
    """The best model the history allows, forecasting ``horizon`` months."""
    if len(y) >= 2 * SEASON:
        (sse, ahead), seasonal = min(
            (_holt_winters(y, a, b, g, horizon), (a, b, g)) for a, b, g in product(GRID, repeat=3)
        )
        return Fit("holt_winters", ahead, math.sqrt(sse / (len(y) - SEASON)), seasonal)
    if len(y) >= 4:
        (sse, ahead), linear = min(
            (_holt(y, a, b, horizon), (a, b)) for a, b in product(GRID, repeat=2)
        )
        return Fit("holt", ahead, math.sqrt(sse / (len(y) - 1)), linear)
    mean = sum(y) / len(y) if y else 0.0
    spread = math.sqrt(sum((v - mean) ** 2 for v in y) / len(y)) if y else 0.0
    return Fit("mean", [mean] * horizon, spread, ())


@dataclass(frozen=True)
class HeldOut:
    months: int
    mape: float | None  # mean absolute percentage error, over months with sales
    rmse: float


def held_out_error(y: Sequence[float], months: int) -> HeldOut | None:
    """Fit on all but the last ``months``, forecast them, and measure the miss: how
    well the method would have done on months it did not see."""
    if months <= 0 or len(y) - months < 4:
        return None
    train, test = y[:-months], y[-months:]
    ahead = fit(train, months).forecast
    misses = [actual - guess for actual, guess in zip(test, ahead, strict=True)]
    rmse = math.sqrt(sum(miss * miss for miss in misses) / months)
    shares = [abs(miss) / actual for miss, actual in zip(misses, test, strict=True) if actual]
    mape = 100 * sum(shares) / len(shares) if shares else None
    return HeldOut(months, mape, rmse)
