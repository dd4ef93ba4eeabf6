-- Day 8: bit manipulation -- binary, two's complement, n & -n, Brian
-- Kernighan's count, power-of-two test, shifts, XOR tricks.
return lesson {
  day = 8, title = "Bit manipulation",
  summary = [[
    Working directly on the binary form of integers: the bitwise
    operators, two's complement, isolating and counting set bits, powers
    of two, shifts and XOR, with their running times.
  ]],

  step {
    title = "Numbers in binary",
    text = [[
      An int is stored as bits. `bin(n)` shows them as text starting with
      `0b`; `int("1011", 2)` goes back; `format(n, "08b")` pads to 8
      digits without the prefix. You can write binary literals directly:
      `0b1100` is 12.

      Each bit position `k` is worth `2**k`: `1100` is 8 + 4 = 12. A bit
      that is 1 is called *set*.
    ]],
    code = [[
      n = 12
      print(bin(n))
      print(format(n, "08b"))
      print(int("1011", 2), 0b1100)
      print(bin(255), bin(256))
    ]],
  },

  step {
    title = "The bitwise operators",
    text = [[
      They work on each bit position separately:

      - `a & b` (AND): 1 where **both** have a 1;
      - `a | b` (OR): 1 where **either** has a 1;
      - `a ^ b` (XOR): 1 where they **differ**;
      - `~a` (NOT): flips every bit, which for Python ints always equals
        `-a - 1`.

      With `12 = 1100` and `10 = 1010`: AND is `1000` (8), OR is `1110`
      (14), XOR is `0110` (6). Like every int operation, each result is an
      int object: a cached one here, since all are small.
    ]],
    code = [[
      a = 0b1100
      b = 0b1010
      print(a & b, a | b, a ^ b)
      print(format(a & b, "04b"), format(a | b, "04b"), format(a ^ b, "04b"))
      print(~5, ~0)
    ]],
  },

  step {
    title = "Two's complement",
    text = [[
      Hardware stores negative numbers in *two's complement*: `-n` is
      `~n + 1`, flip every bit of n and add one. In 8 bits, 12 is
      `00001100` and -12 is `11110100`.

      Python ints have no fixed width: they grow as needed. Python acts as
      if a negative number had **infinitely many** 1 bits on the left, so
      the bitwise operators give two's-complement results. `bin(-12)`
      does not show that, it prints a minus sign and the magnitude,
      `-0b1100`. To see a fixed-width pattern, mask it: `-12 & 0xFF`
      keeps the lowest 8 bits.
    ]],
    code = [[
      n = 12
      print(bin(-n))
      print(format(-n & 0xFF, "08b"))
      print(~n + 1 == -n)
    ]],
  },

  step {
    title = "The rightmost set bit: n & -n",
    text = [[
      Because `-n` is `~n + 1`, the bits of `n` and `-n` are opposite
      everywhere *above* the lowest set bit, and equal at and below it.
      So `n & -n` keeps exactly one bit: the **rightmost set bit** of `n`.

      For 12 = `1100`: -12 ends in `...0100`, and `12 & -12` is `0100`,
      which is 4. It takes one operation, O(1).
    ]],
    code = [[
      for n in [12, 10, 8, 7]:
          print(n, format(n, "04b"), "->", n & -n)
    ]],
  },

  predict {
    title = "Lowest set bit",
    code = [[
      print(40 & -40)
    ]],
    question = "40 is 101000 in binary. What is printed?",
    answer_text = "8",
    explain = "The lowest 1 of 101000 is at position 3, worth 2**3 = 8.",
  },

  step {
    title = "Counting set bits: the plain way",
    text = [[
      To count the 1 bits, look at the lowest bit (`n & 1`) and shift the
      number right by one (`n >>= 1`), until nothing is left. That is one
      loop round **per bit** of `n`: O(log n) rounds, about 40 for a
      number near a trillion, whatever its bits are.

      (The loop stops only when `n` becomes 0, so it is for n >= 0: a
      negative Python int has infinitely many 1 bits.)
    ]],
    code = [[
      def count_bits_slow(n):
          count = 0
          while n > 0:
              count += n & 1
              n >>= 1
          return count

      print(count_bits_slow(12), count_bits_slow(255))
    ]],
  },

  step {
    title = "Brian Kernighan's count",
    text = [[
      `n - 1` turns the lowest set bit of n into 0 and the zeros below it
      into 1s. So `n & (n - 1)` is n with its **lowest set bit cleared**.
      Repeat until n is 0 and count the rounds: the loop runs once **per
      set bit**, O(number of set bits), which beats O(log n) for sparse
      numbers: 2**40 takes one round instead of 41.

      Step through and watch `n` in the Stack pane lose one bit per round.
    ]],
    code = [[
      def count_bits(n):
          count = 0
          while n > 0:
              n = n & (n - 1)
              count += 1
          return count

      print(count_bits(12))
      print(count_bits(255))
      print(count_bits(2 ** 40))
    ]],
  },

  step {
    title = "Is it a power of two?",
    text = [[
      A power of two has exactly **one** set bit (`1000`). Clearing the
      lowest set bit leaves 0 only if it was the only one, so:

      `n > 0 and (n & (n - 1)) == 0`

      The `n > 0` part matters: 0 has no set bit at all, and negative
      numbers are never powers of two. O(1).
    ]],
    code = [[
      def is_power_of_two(n):
          return n > 0 and (n & (n - 1)) == 0

      for n in [0, 1, 8, 10, 64, -8]:
          print(n, is_power_of_two(n))
    ]],
  },

  step {
    title = "Shifts",
    text = [[
      `n << k` moves the bits k places left: it multiplies by `2**k`.
      `n >> k` moves them right and drops the lowest k bits: it is floor
      division by `2**k`, rounding towards minus infinity, so `-5 >> 1` is
      -3, like `-5 // 2`.

      `(n >> k) & 1` reads bit k, and `n | (1 << k)` sets it. Python ints
      never overflow: `1 << 100` is simply a bigger int object (watch its
      size in the Heap pane).
    ]],
    code = [[
      print(5 << 1, 1 << 4, 40 >> 2)
      print(-40 >> 2, -5 >> 1)
      n = 0b1100
      print((n >> 2) & 1, (n >> 0) & 1)
      print(bin(n | (1 << 0)))
      big = 1 << 100
      print(big)
    ]],
  },

  predict {
    title = "Shifting a negative number",
    code = [[
      print(-7 >> 1)
    ]],
    question = "What is printed?",
    choices = { "-3", "-4", "3", "a very large positive number" },
    answer = 2,
    explain = "A right shift floors: -7 / 2 is -3.5, rounded down to -4. Python has no unsigned shift.",
  },

  step {
    title = "XOR tricks",
    text = [[
      XOR has three handy rules: `x ^ x == 0`, `x ^ 0 == x`, and the order
      does not matter. So XOR-ing a list in which every number appears
      twice except one leaves exactly that one: pairs cancel out. One
      pass, O(n) time and O(1) extra memory.

      The same rules swap two variables without a temporary. (In Python,
      `a, b = b, a` is clearer; the XOR swap is a classic interview
      question.)
    ]],
    code = [[
      print(5 ^ 5, 5 ^ 0)
      nums = [4, 1, 2, 1, 2]
      single = 0
      for x in nums:
          single ^= x
      print(single)

      a, b = 3, 9
      a ^= b
      b ^= a
      a ^= b
      print(a, b)
    ]],
  },

  quiz {
    question = "How many times does Brian Kernighan's loop run for n = 0b1000_0000_0001 (2049)?",
    choices = { "2", "11", "12", "2049" },
    answer = 1,
    explain = "The loop runs once per set bit, and 2049 = 2**11 + 1 has two set bits.",
  },

  quiz {
    question = "Which expression tests whether n is a power of two?",
    choices = {
      "n & (n - 1) == 0",
      "n > 0 and (n & (n - 1)) == 0",
      "n % 2 == 0",
      "n & -n == n - 1",
    },
    answer = 2,
    explain = [[
      In Python `&` binds more tightly than `==` (the opposite of C), so
      the first choice does mean `(n & (n - 1)) == 0`, but it accepts 0:
      `0 & -1` is 0. The `n > 0` test is needed; the parentheses make the
      intent clear to readers coming from C.
    ]],
  },

  reflect {
    question = "Explain why `n & -n` gives the rightmost set bit, and how Brian Kernighan's algorithm counts set bits faster than checking every bit.",
    model_answer = [[
      In two's complement -n equals ~n + 1. Flipping n's bits turns its
      lowest set bit into 0 and the zeros below it into 1s; adding 1 then
      carries through those 1s and sets that one position again. So n and
      -n agree on the lowest set bit and the zeros below it, and are
      opposite everywhere above; AND keeps only that bit. Kernighan's
      algorithm uses n & (n - 1), which clears the lowest set bit, and
      counts how many times it can do that before n is 0. It loops once
      per set bit, O(k) for k set bits, instead of once per bit position,
      O(log n), as the shift-and-test approach does.
    ]],
  },

  exercise {
    title = "Kernighan's count",
    task = [[
      Write `count_bits(n)` for n >= 0 that returns the number of set bits
      in n, using `n & (n - 1)` to clear one bit per round:
      `count_bits(12)` is 2, `count_bits(0)` is 0, `count_bits(255)` is 8.
    ]],
    starter = [[
      def count_bits(n):
          count = 0
          while n > 0:
              n = n - 1
              count += 1
          return count
    ]],
    solution = [[
      def count_bits(n):
          count = 0
          while n > 0:
              n = n & (n - 1)
              count += 1
          return count
    ]],
    hints = {
      "Each round must remove exactly one set bit, not subtract 1.",
      "`n = n & (n - 1)` clears the lowest set bit.",
    },
    check = function(py)
      assert(py.source():find("&", 1, true), "Use `n & (n - 1)` to clear the lowest set bit in each round.")
      for _, c in ipairs({ { "12", 2 }, { "0", 0 }, { "255", 8 }, { "1", 1 }, { "2 ** 40", 1 }, { "2 ** 40 - 1", 40 } }) do
        local ok, v = pcall(py.eval, "count_bits(" .. c[1] .. ")")
        assert(ok, "count_bits(" .. c[1] .. ") failed or ran too long: " .. tostring(v))
        assert(v == c[2], ("count_bits(%s) should be %d, got %s"):format(c[1], c[2], tostring(v)))
      end
    end,
  },

  exercise {
    title = "Powers of two",
    task = [[
      Write `is_power_of_two(n)` that returns True exactly when n is a
      power of two (1, 2, 4, 8, ...), in O(1) with bit operations. It must
      return False for 0 and for negative numbers.
    ]],
    starter = [[
      def is_power_of_two(n):
          return (n & (n - 1)) == 0
    ]],
    solution = [[
      def is_power_of_two(n):
          return n > 0 and (n & (n - 1)) == 0
    ]],
    hints = {
      "A power of two has exactly one set bit, so `n & (n - 1)` is 0.",
      "0 also gives `0 & -1 == 0`: add the test `n > 0`.",
    },
    check = function(py)
      for _, n in ipairs({ "1", "2", "64", "1024", "2 ** 70" }) do
        assert(py.eval("is_power_of_two(" .. n .. ")") == true, "is_power_of_two(" .. n .. ") should be True.")
      end
      for _, n in ipairs({ "0", "3", "10", "96", "-8", "2 ** 70 + 2" }) do
        assert(py.eval("is_power_of_two(" .. n .. ")") == false, "is_power_of_two(" .. n .. ") should be False.")
      end
    end,
  },

  exercise {
    title = "The lonely number",
    task = [[
      In `nums` every number appears exactly twice except one. Write
      `single_number(nums)` that returns that one, with XOR, in one pass
      and without building a dict or set:
      `single_number([4, 1, 2, 1, 2])` is 4.
    ]],
    starter = [[
      def single_number(nums):
          return nums[0]
    ]],
    solution = [[
      def single_number(nums):
          result = 0
          for x in nums:
              result ^= x
          return result
    ]],
    hints = {
      "x ^ x is 0 and x ^ 0 is x, in any order.",
      "Start with 0 and XOR every number into it.",
    },
    check = function(py)
      assert(py.source():find("^", 1, true), "Use XOR (`^`): pairs cancel out, x ^ x is 0.")
      for _, c in ipairs({ { "[4, 1, 2, 1, 2]", 4 }, { "[7]", 7 }, { "[2, 2, 1]", 1 }, { "[9, 3, 9, 5, 3]", 5 } }) do
        local v = py.eval("single_number(" .. c[1] .. ")")
        assert(v == c[2], ("single_number(%s) should be %d, got %s"):format(c[1], c[2], tostring(v)))
      end
    end,
  },
}
