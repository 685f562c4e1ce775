"""The smoothing behind the revenue forecast, on series whose future is known."""

from __future__ import annotations

import math

import pytest

from app.reports.smoothing import fit, held_out_error


def _seasonal(t: int) -> float:
    return 1000 + 20 * t + 200 * math.sin(2 * math.pi * t / 12)


def test_holt_winters_continues_a_trend_with_a_yearly_season() -> None:
    model = fit([_seasonal(t) for t in range(36)], 12)
    assert model.method == "holt_winters"
    assert model.forecast == pytest.approx([_seasonal(t) for t in range(36, 48)], abs=1e-6)


def test_a_shorter_history_gets_a_trend_and_a_tiny_one_the_mean() -> None:
    linear = fit([100, 110, 120, 130, 140, 150], 3)
    assert linear.method == "holt"
    assert linear.forecast == pytest.approx([160, 170, 180])
    short = fit([90, 110, 100], 2)
    assert short.method == "mean" and short.forecast == pytest.approx([100, 100])
    assert fit([], 2).forecast == [0.0, 0.0]


def test_the_band_widens_with_the_horizon_and_fits_a_noisy_series() -> None:
    noisy = [_seasonal(t) + (37 if t % 3 else -61) for t in range(30)]
    model = fit(noisy, 6)
    assert model.sigma > 0
    assert model.band(1) < model.band(3) < model.band(6)


def test_the_held_out_error_is_measured_on_months_the_fit_did_not_see() -> None:
    series = [_seasonal(t) for t in range(36)]
    exact = held_out_error(series, 3)
    assert exact is not None and exact.mape == pytest.approx(0, abs=1e-9)
    # The last three months doubled: the fit without them misses by about half.
    broken = series[:-3] + [2 * v for v in series[-3:]]
    missed = held_out_error(broken, 3)
    assert missed is not None and missed.mape == pytest.approx(50, abs=1e-6)
    assert missed.rmse == pytest.approx(math.sqrt(sum(v * v for v in series[-3:]) / 3), rel=1e-9)
    assert held_out_error(series[:5], 3) is None  # too little left to fit
    assert held_out_error(series, 0) is None
