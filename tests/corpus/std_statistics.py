# statistics on a fixed data set.
import statistics as st

scores = [72, 85, 90, 66, 85, 93, 78, 85, 61, 99, 70, 88]
print("mean", st.mean(scores), "fmean", round(st.fmean(scores), 4))
print("median", st.median(scores), st.median_low(scores), st.median_high(scores))
print("mode", st.mode(scores), st.multimode([1, 1, 2, 2, 3]))
print("stdev", round(st.stdev(scores), 4), "pstdev", round(st.pstdev(scores), 4))
print("variance", round(st.variance(scores), 4), round(st.pvariance(scores), 4))
print("quantiles", st.quantiles(scores, n=4), st.quantiles(scores, n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([1, 10, 100]), 6))
xs = [1, 2, 3, 4, 5, 6]
ys = [2.1, 3.9, 6.2, 8.1, 9.8, 12.2]
print(round(st.correlation(xs, ys), 6), st.linear_regression(xs, ys))
nd = st.NormalDist(mu=100, sigma=15)
print(round(nd.cdf(130), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev)
print(st.mean([1.5, 2.5]), st.median([]) if False else "skip")
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]))
buckets = {}
for s in scores:
    buckets.setdefault(s // 10 * 10, []).append(s)
for lo in sorted(buckets):
    print(f"{lo}-{lo + 9}: {'#' * len(buckets[lo])}")
