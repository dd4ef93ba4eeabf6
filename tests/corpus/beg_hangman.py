# Hangman with guesses read from input().
WORD = "encyclopedia"
MAX_MISSES = 6
guessed = set()
misses = 0
stages = ["", "O", "O|", "O|/", "O|/\\", "O|/\\/", "O|/\\/\\"]


def masked():
    return " ".join(c if c in guessed else "_" for c in WORD)


print("Let's play hangman!")
while misses < MAX_MISSES:
    print(f"\n{masked()}   misses: {misses}/{MAX_MISSES} {stages[misses]}")
    try:
        guess = input("guess a letter: ").strip().lower()
    except EOFError:
        print("\nout of input")
        break
    if len(guess) != 1 or not guess.isalpha():
        print("one letter please")
        continue
    if guess in guessed:
        print("already guessed", guess)
        continue
    guessed.add(guess)
    if guess in WORD:
        print(f"yes, {guess!r} appears {WORD.count(guess)} time(s)")
        if all(c in guessed for c in WORD):
            print(f"\nYou win! The word was {WORD}.")
            break
    else:
        misses += 1
        print("no", guess)
else:
    print(f"\nYou lose. The word was {WORD}.")
print("letters tried:", "".join(sorted(guessed)))
