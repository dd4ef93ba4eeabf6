# statistics (pure Python; imports fractions, decimal, contextvars):
# averages, spread, and the errors for empty or invalid data.
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode(data), st.multimode("aabbc"), st.pstdev(data), st.pvariance(data))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([D("0.5"), D("0.75"), D("0.625")]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.median_grouped([52, 52, 53, 54]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 11), n=4, method="inclusive"))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 3, 2]))
print(st.linear_regression([1, 2, 3, 4], [3, 5, 7, 9]))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 6), round(nd.inv_cdf(0.5), 6), nd + 5, nd * 2)
print(st.NormalDist.from_samples([1, 2, 3, 4, 5]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]),
            lambda: st.harmonic_mean([-1, 2]), lambda: st.quantiles([1], n=4),
            lambda: st.mean(["a", "b"]), lambda: st.NormalDist(0, -1)]:
    try:
        print(bad())
    except (st.StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
