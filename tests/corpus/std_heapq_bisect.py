# heapq for scheduling and bisect for grading and insertion.
import bisect
import heapq

jobs = [("backup", 3, 40), ("email", 1, 5), ("report", 2, 20), ("deploy", 1, 15), ("cleanup", 5, 10)]
heap = [(prio, i, name, dur) for i, (name, prio, dur) in enumerate(jobs)]
heapq.heapify(heap)
t = 0
while heap:
    prio, _, name, dur = heapq.heappop(heap)
    print(f"t={t:3} run {name:<8} (priority {prio}, {dur} min)")
    t += dur
streams = [[1, 4, 9], [2, 3, 10], [0, 5]]
print(list(heapq.merge(*streams)), list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
top = []
for score in [50, 20, 90, 70, 10, 95, 60]:
    if len(top) < 3:
        heapq.heappush(top, score)
    else:
        heapq.heappushpop(top, score)
print(sorted(top, reverse=True), heapq.nlargest(2, jobs, key=lambda j: j[2]))
h = [5, 1, 8]
heapq.heapify(h)
print(heapq.heapreplace(h, 3), h)


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
sorted_list = []
for x in [5, 1, 4, 1, 3, 9]:
    bisect.insort(sorted_list, x)
print(sorted_list, bisect.bisect_left(sorted_list, 1), bisect.bisect_right(sorted_list, 1))
people = sorted([("ana", 31), ("ben", 25), ("cy", 40)], key=lambda p: p[1])
ages = [p[1] for p in people]
i = bisect.bisect_left(ages, 30)
print(people[i:], bisect.bisect(people, ("ben", 99), key=None) if False else "-")
print(bisect.bisect_left(people, 30, key=lambda p: p[1]))
