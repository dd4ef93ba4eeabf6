# List operations learners practise.
nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.insert(0, 10)
nums.extend([4, 6])
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(3), 3 in nums, 42 not in nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums, sorted(nums, key=lambda n: (n % 3, n)))
print(nums[1:4], nums[::-1], nums[-2:], nums[:-2])
nums[1:3] = ["a", "b", "c"]
print(nums)
del nums[0]
del nums[-2:]
print(nums)
copy = nums[:]
alias = nums
alias.append("end")
print(copy, nums, copy == nums, alias is nums)
stack, queue = [], []
for i in range(3):
    stack.append(i)
    queue.append(i)
print(stack.pop(), queue.pop(0), stack, queue)
matrix = [[1, 2], [3, 4]]
shallow = list(matrix)
shallow[0][0] = 99
print(matrix)
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sorted("hello"), list(range(10, 0, -3)))
print([1, 2] + [3], [0] * 5, [[0] * 2] * 2, list("abc"), list(enumerate("ab")), list(zip("ab", [1, 2])))
words = ["banana", "kiwi", "apple", "fig"]
words.sort(key=len)
print(words, [w for w in words if len(w) > 3])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
a = [3, 1, 2]
b = a.sort()
print(b, a)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [[1], [2]] == [[1], [2]])
