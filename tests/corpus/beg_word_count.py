# Counting words, letters and lines in a text, with plain dicts.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""

lines = text.splitlines()
words = text.lower().replace(",", "").replace(".", "").split()
print("lines:", len(lines), "words:", len(words), "chars:", len(text))

counts = {}
for w in words:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:<8} {n:>3} {'*' * n}")

letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
vowels = sum(v for k, v in letters.items() if k in "aeiou")
print("vowels:", vowels, "consonants:", sum(letters.values()) - vowels)
print("most common letter:", max(letters, key=letters.get))
print("unique words:", len(set(words)))
longest = max(words, key=len)
print("longest word:", longest, len(longest))
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, by_length[length])
print([line.split()[-1] for line in lines])
